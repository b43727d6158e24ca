"""Memory stability: clean 10,000 synthetic pages in one process and watch RSS.

Prints VmRSS (from /proc/self/status, Linux) after 100, 1000, 2500, 5000, 7500 and
10000 pages, and the growth between page 1000 (everything warmed up, language
profiles loaded) and the last page.  A library that keeps state between pages
(caches, interned strings, growing registries) shows up as steady growth.

    python benchmarks/rss.py            # report
    python benchmarks/rss.py --check    # exit 1 if growth 1000 -> 10000 exceeds 20 MB

The pages are generated with a seeded ``random.Random``: varied languages (en, de,
fr, ru, zh), sizes, noise (mojibake, CRLF, NBSP, zero-width), teasers and
boilerplate, and every page is distinct.  All text is synthetic.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

import newsclean

CHECKPOINTS = (100, 1000, 2500, 5000, 7500, 10000)
LIMIT_MB = 20.0


def _w(text: str) -> list[str]:
    return text.split()


_WORDS = {
    "en": _w(
        "the council harbour ferry plan budget school market report weather farmers "
        "bridge village museum station season players research team survey results "
        "water energy prices housing students library festival mayor residents "
        "officials storm coast tunnel election court hospital doctors funding local "
        "said announced expects opened closed approved delayed will would could "
        "with from into after before during and but because while when which"
    ),
    "de": _w(
        "der die das und mit für über nach Stadt Gemeinde Brücke Schule Straße "
        "Bürger Bürgermeister Gebäude Häuser Mieten Preise Öffnung Prüfung Änderung "
        "Lösung Forschung Bericht Haushalt größer öffentlich jährlich möglich "
        "wurde hatte sagte erklärte eröffnete heute morgen gestern außerdem jedoch"
    ),
    "fr": _w(
        "le la les des une et avec pour sur après ville commune pont école rue "
        "marché élèves maire habitants hôpital réseau tempête côte élection été "
        "hiver année énergie prix logement déjà très où même première annoncé"
    ),
    "ru": _w(
        "город совет мост школа рынок доклад погода фермеры деревня музей станция "
        "сезон игроки тренер исследование команда вода энергия цены жители мэр "
        "сообщил объявил ожидает открыл закрыл одобрил и но потому что когда"
    ),
    "zh": _w(
        "城市 委员会 河流 港口 计划 预算 学校 市场 报告 天气 农民 大桥 村庄 博物馆 "
        "车站 研究 团队 调查 结果 能源 价格 住房 学生 图书馆 市长 居民 官员 宣布 表示"
    ),
}
_TAGS = ("Community", "World", "Politics", "Science", "Business", "Sport", "Kultur", "社会")
_NAMES = ("Mara Lindqvist", "Tobias Brenner", "Ines Castellane", "Kofi Osei", "Wen Zhou")
_BOILER = (
    "Share this article",
    "Subscribe to our newsletter",
    "Advertisement",
    "Read more",
    "We use cookies to improve your experience. Accept all cookies",
    "© 2024 Northwind Gazette. All rights reserved.",
    "Home",
    "Menu",
    "Log in",
)


def _sentence(rng: random.Random, lang: str) -> str:
    words = [rng.choice(_WORDS[lang]) for _ in range(rng.randint(6, 18))]
    if lang == "zh":
        return "".join(words) + "。"
    words[0] = words[0][:1].upper() + words[0][1:]
    # a page-unique token, so no two pages (or paragraphs) are identical
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), str(rng.randrange(10**6)))
    return " ".join(words) + rng.choice(".?!.")


def make_page(rng: random.Random, number: int) -> str | bytes:
    """One varied synthetic page (a tenth of them as UTF-8 bytes)."""
    lang = rng.choice(tuple(_WORDS))
    sep = "" if lang == "zh" else " "
    title = sep.join(rng.choice(_WORDS[lang]) for _ in range(rng.randint(4, 10)))
    tags = rng.sample(_TAGS, rng.randint(0, 3))
    lines = [rng.choice(_BOILER) for _ in range(rng.randint(0, 4))]
    lines.append(" | ".join([title.capitalize(), *tags]))
    lines.append(f"March {rng.randint(1, 28)}, {rng.randint(2015, 2025)}")
    if rng.random() < 0.6:
        lines.append(f"By {rng.choice(_NAMES)}")
    for _ in range(rng.randint(1, 40)):
        lines.append(sep.join(_sentence(rng, lang) for _ in range(rng.randint(1, 6))))
        if rng.random() < 0.1:
            lines.append(rng.choice(_BOILER))
    for _ in range(rng.randint(0, 4)):
        head = sep.join(rng.choice(_WORDS[lang]) for _ in range(5))
        teaser = " | ".join([head, *rng.sample(_TAGS, 2)])
        lines += [teaser, teaser, _sentence(rng, lang)[:60] + "..."]
    lines.append(f"Page {number}")
    text = rng.choice(("\n", "\n\n")).join(lines)
    roll = rng.random()
    if roll < 0.1:
        text = text.encode("utf-8").decode("cp1252", errors="ignore")
    elif roll < 0.2:
        text = text.replace("\n", "\r\n")
    elif roll < 0.3:
        text = text.replace(" ", "\u00a0", 5).replace(".", ".\u200b", 3)
    if rng.random() < 0.1:
        return text.encode("utf-8")
    return text


def rss_mb() -> float:
    """Resident set size of this process in MB (VmRSS)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status (Linux only)")


def main(argv: list[str] | None = None) -> int:
    """Clean the pages, print RSS at the checkpoints; 1 if --check and RSS grew too much."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help=f"exit 1 if growth > {LIMIT_MB:g} MB")
    parser.add_argument("--pages", type=int, default=CHECKPOINTS[-1])
    parser.add_argument("--seed", type=int, default=20240319)
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)  # noqa: S311  (reproducible test data, not crypto)
    checkpoints = [c for c in CHECKPOINTS if c <= args.pages]
    seen: dict[int, float] = {}
    chars = 0
    start = time.perf_counter()
    print(f"start: RSS {rss_mb():.1f} MB")
    for i in range(1, args.pages + 1):
        page = make_page(rng, i)
        chars += len(page)
        article = newsclean.clean(page)
        del article, page
        if i in checkpoints:
            gc.collect()
            seen[i] = rss_mb()
            elapsed = time.perf_counter() - start
            print(
                f"after {i:>6} pages: RSS {seen[i]:7.1f} MB "
                f"({elapsed:6.1f} s, {chars / 1e6:.1f} M chars)"
            )
    if 1000 in seen and args.pages in seen:
        growth = seen[args.pages] - seen[1000]
        print(f"growth 1000 -> {args.pages}: {growth:+.1f} MB (limit {LIMIT_MB:g} MB)")
        if args.check and growth > LIMIT_MB:
            print("FAIL: RSS keeps growing", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
