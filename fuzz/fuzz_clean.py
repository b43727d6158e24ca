r"""Coverage-guided fuzzing of ``newsclean.clean`` with atheris.

Each input is fed twice: as raw bytes (the decode path) and as a str taken from
the same data by ``FuzzedDataProvider`` (the str path).  Any exception, or any
broken invariant, is a finding:

* spans of the lines partition ``source``; each line's text is its span minus
  the ``\\n``; lines are numbered 0..n-1; no line is UNKNOWN;
* every other span lies inside ``source``;
* ``Article.from_dict(json.loads(json.dumps(a.to_dict(include_lines=True)))) == a``;
* the output is UTF-8 encodable;
* a second call gives an equal Article.

Run (see fuzz/README.md)::

    python fuzz/fuzz_clean.py -max_total_time=1800 fuzz/corpus
    python fuzz/fuzz_clean.py --make-corpus fuzz/corpus   # (re)write the seed files
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import newsclean
    from newsclean import Article, LineKind


def check(article: Article, what: str) -> None:
    """Raise AssertionError (a finding) when `article` breaks an invariant."""
    source = article.source
    pos = 0
    for i, line in enumerate(article.lines):
        assert line.number == i, (what, "line number", i, line.number)
        assert line.span.start == pos, (what, "gap or overlap before line", i)
        piece = source[line.span.start : line.span.end]
        assert piece, (what, "empty line", i)
        assert line.text == piece.removesuffix("\n"), (what, "line text != span", i)
        assert "\n" not in line.text, (what, "newline inside line", i)
        assert piece.endswith("\n") or i == len(article.lines) - 1, (what, "no \\n", i)
        assert line.kind != LineKind.UNKNOWN, (what, "UNKNOWN line", i, line.text)
        pos = line.span.end
    assert pos == len(source), (what, "lines do not cover source", pos, len(source))
    spans = [b.span for b in article.body] + [b.span for b in article.boilerplate]
    spans += [t.span for t in article.teasers] + [r.span for r in article.repairs]
    for span in spans:
        assert 0 <= span.start <= span.end <= len(source), (what, "span outside source", span)
    assert article.text == "\n\n".join(b.text for b in article.body), (what, "text")
    data = json.dumps(article.to_dict(include_lines=True), ensure_ascii=False)
    data.encode("utf-8")
    again = Article.from_dict(json.loads(data))
    assert again == article, (what, "to_dict/from_dict round trip differs")


def test_one_input(data: bytes) -> None:
    """Clean `data` as bytes and as str; any exception or broken invariant is a finding."""
    first = newsclean.clean(data)
    check(first, "bytes")
    assert newsclean.clean(data) == first, ("bytes", "second call differs")

    fdp = atheris.FuzzedDataProvider(data)
    if len(data) % 2:
        text = fdp.ConsumeUnicodeNoSurrogates(len(data))
    else:  # lone surrogates too
        text = fdp.ConsumeUnicode(len(data))
    article = newsclean.clean(text)
    check(article, "str")
    assert newsclean.clean(text) == article, ("str", "second call differs")

    # the same str as UTF-8 bytes must give the same Article apart from decoded_as
    if "\ufeff" not in text[:1]:
        try:
            encoded = text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: not representable
            return
        via_bytes = newsclean.clean(encoded)
        assert via_bytes.source == article.source, ("utf-8 bytes", "source differs from str")


# --------------------------------------------------------------------------
# Seed corpus: small synthetic pages written for this harness
# --------------------------------------------------------------------------

_SEEDS: dict[str, str] = {
    "page_en.txt": (
        "Home\nNews\nFerry timetable changes from May | Community\n"
        "Published 9:40 AM EDT, Tue March 19, 2024\nBy Mara Lindqvist and Tobias Brenner\n"
        "The harbour council approved the new timetable on Monday.The vote was close.\n"
        "Boats will leave every twenty minutes during the rush.\n"
        "Share this article\n"
        "School reopens after storm | Community | Education\n"
        "School reopens after storm | Community | Education\n"
        "Pupils returned on Thursday after three weeks of...\n"
        "© 2024 Northwind Gazette. All rights reserved.\n"
    ),
    "page_de_crlf.txt": (
        "Stadtrat beschließt Sanierung | Regionales\r\n19.03.2024, 08:30 Uhr\r\n"
        "Von Lena Haverkamp\r\nDer Stadtrat hat die Sanierung der Brücke beschlossen.\r\n"
    ),
    "page_zh.txt": (
        "城市图书馆延长开放时间 | 社会\n2024年5月8日 09:30\n"
        "本市图书馆宣布，从下月起延长开放时间。不少市民对此表示欢迎。\n分享到\n"
    ),
    "glued.txt": (
        "HomeAbout UsContactLocal NewsFerry plans | Situation | HarbourStrictly follow "
        "the rules | Politics | CouncilCan the island connect to the grid | Energy"
    ),
    "author.txt": (
        "Author: Mara Lindqvist, Professor at Northwind University; "
        "Kofi Osei, graduate student at the Institute\n"
    ),
    "credits.txt": "Reporting by Ines Castellane; Editing by Pieter Zhou\n",
    "controls.txt": "a\x00b\x85c\u2028d\u200b\ufeff\x1b[0m\r\n\u00a0|\u00a0|\n",
    "entities.txt": "AT&amp;T &lt;b&gt; &#39;quoted&#39; &amp;lt;x&amp;gt;\nx < y\nR&amp;D\n",
}


def _seed_bytes() -> dict[str, bytes]:
    seeds = {name: text.encode("utf-8") for name, text in _SEEDS.items()}
    page = _SEEDS["page_en.txt"] + "Größe déjà vu Straße œuvre “quoted” – dash\n"
    mojibake = page.encode("utf-8").decode("cp1252", errors="ignore")
    seeds["mojibake.txt"] = mojibake.encode("utf-8")
    german = "Der Bürgermeister erklärt die Größe der Straße. Coût: 3 € — déjà.\n"
    seeds["cp1252.txt"] = german.encode("cp1252")
    seeds["utf16.txt"] = _SEEDS["page_de_crlf.txt"].encode("utf-16")
    zh = _SEEDS["page_zh.txt"].encode("utf-8")
    seeds["stray_byte.txt"] = zh[:21] + b"\x92" + zh[21:]
    seeds["scrambled.bin"] = bytes((i * 73 + 41) % 256 for i in range(256))
    return seeds


def make_corpus(directory: Path) -> None:
    """Write the synthetic seed inputs into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    seeds = _seed_bytes()
    for name, data in seeds.items():
        (directory / name).write_bytes(data)
    print(f"wrote {len(seeds)} seed files to {directory}")


def main() -> None:
    """Fuzz, or with ``--make-corpus DIR`` write the seed corpus."""
    if len(sys.argv) >= 3 and sys.argv[1] == "--make-corpus":
        make_corpus(Path(sys.argv[2]))
        return
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
