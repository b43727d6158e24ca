"""Score newsclean's extraction quality on the shared development corpus.

For every page and plain-text rendering in ``../shared/corpus`` (see its
README), run ``newsclean.clean`` and two baselines on the same text, then
score the body (bag-of-tokens P/R/F1 against the gold body for ``aeb``
pages, must-keep / must-drop snippets for ``trafeval`` pages), the title,
the authors and the publication date.  The corpus is read at run time only.

    python benchmarks/quality.py [--styles bs4-sep ...] [--jobs 2] [--check]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

if "PYTHONPATH" not in os.environ:  # measure this checkout, not a copy installed from another
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import newsclean

STYLES = ("bs4-sep", "bs4-glued", "inscriptis", "html2text")
SYSTEMS = ("newsclean", "whole", "c4")
METRICS = ("aeb_f1", "snippet_f1", "title_f1", "author_f1", "date_acc")
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DEFAULT_JSON = Path(__file__).resolve().parent / "quality-latest.json"


# Floors for --check, set about 0.015 under what newsclean measured on
# 2026-11-30 (see the closing notes of issue 3). Raise them as quality improves;
# never lower one: where a later change cost a page or two, the earlier figure stays.
_MEASURED = {
    "bs4-sep": {"aeb_f1": 0.922, "snippet_f1": 0.886, "title_f1": 0.899, "author_f1": 0.736,
                "date_acc": 0.893},
    "bs4-glued": {"aeb_f1": 0.898, "snippet_f1": 0.885, "title_f1": 0.894, "author_f1": 0.706,
                  "date_acc": 0.866},
    "inscriptis": {"aeb_f1": 0.921, "snippet_f1": 0.889, "title_f1": 0.852, "author_f1": 0.746,
                   "date_acc": 0.877},
    "html2text": {"aeb_f1": 0.923, "snippet_f1": 0.886, "title_f1": 0.880, "author_f1": 0.743,
                  "date_acc": 0.877},
}  # fmt: skip
FLOORS: dict[tuple[str, str], float] = {
    (style, metric): round(value - 0.015, 3)
    for style, values in _MEASURED.items()
    for metric, value in values.items()
}

# Han (with iteration marks), Hiragana, Katakana, Hangul: one token per char.
_CJK = (
    "\u1100-\u11ff\u3005\u3007\u3021-\u3029\u3038-\u303b\u3040-\u30ff"
    "\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f"
    "\uac00-\ud7ff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f"
)
_TOKEN = re.compile(f"[{_CJK}]|[^\\W{_CJK}]+")
C4_END = (".", "!", "?", '"', "'")
C4_WORDS = 3
_DATE = re.compile(r"(\d{4})[-./](\d{2})[-./](\d{2})")

Record = dict[str, Any]


def tokens(text: str | None) -> Counter[str]:
    """Return the multiset of tokens: NFKC, casefold, word runs, CJK chars."""
    if not text:
        return Counter()
    return Counter(_TOKEN.findall(unicodedata.normalize("NFKC", text).casefold()))


def prf(pred: str | None, gold: str | None) -> tuple[float, float, float]:
    """Bag-of-tokens precision, recall and F1 of ``pred`` against ``gold``."""
    p_tok, g_tok = tokens(pred), tokens(gold)
    if not p_tok and not g_tok:
        return 1.0, 1.0, 1.0
    overlap = sum((p_tok & g_tok).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    p = overlap / sum(p_tok.values())
    r = overlap / sum(g_tok.values())
    return p, r, 2 * p * r / (p + r)


def squash(text: str) -> str:
    """NFKC-normalise and remove all whitespace (for snippet matching)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def gold_date(value: str | None) -> str | None:
    """Return the gold date as ``YYYY-MM-DD``, or None if absent or malformed."""
    match = _DATE.match(value or "")
    return "-".join(match.groups()) if match else None


def c4_filter(text: str) -> str:
    """C4-style baseline: keep lines of 3+ words ending in terminal punctuation."""
    lines = (raw.strip() for raw in text.splitlines())
    return "\n".join(
        line
        for line in lines
        if line.endswith(C4_END) and not line.endswith("...") and len(line.split()) >= C4_WORDS
    )


def run_system(name: str, text: str) -> tuple[str, str | None, str | None, str | None]:
    """Run one system; return (body, title, authors, published ISO date)."""
    if name == "whole":
        return text, None, None, None
    if name == "c4":
        return c4_filter(text), None, None, None
    article = newsclean.clean(text)
    authors = "; ".join(a.name for a in article.authors)
    date = article.published.date().isoformat() if article.published else None
    return article.text, article.title, authors, date


def score_page(task: tuple[str, str, Record]) -> Record:
    """Score every system on one page rendering (a Pool worker)."""
    style, corpus, page = task
    root = Path(corpus)
    text = (root / "text" / style / f"{page['id']}.txt").read_bytes().decode("utf-8")
    gold_body = None
    if page["gold"] == "body":
        gold_body = (root / "gold" / f"{page['id']}.txt").read_text(encoding="utf-8")
    with_ = [s for s in map(squash, page.get("with") or []) if s]
    without = [s for s in map(squash, page.get("without") or []) if s]
    record: Record = {"id": page["id"], "source": page["source"]}
    for name in SYSTEMS:
        start = time.perf_counter()
        error = None
        try:
            body, title, authors, date = run_system(name, text)
        except Exception as exc:  # any failure is scored as empty output
            error = f"{type(exc).__name__}: {exc}"
            body, title, authors, date = "", None, None, None
        seconds = time.perf_counter() - start
        res: Record = {"seconds": round(seconds, 4), "error": error}
        if gold_body is not None:
            res["aeb"] = dict(zip(("p", "r", "f1"), prf(body, gold_body), strict=True))
        if page["gold"] == "snippets":
            flat = squash(body)
            found_with = [s in flat for s in with_]
            found_without = [s in flat for s in without]
            res["snip"] = {
                "tp": sum(found_with),
                "fn": len(found_with) - sum(found_with),
                "fp": sum(found_without),
                "tn": len(found_without) - sum(found_without),
            }
        if page.get("title") is not None:
            res["title_f1"] = prf(title, page["title"])[2]
        if page.get("author") is not None:
            res["author_f1"] = prf(authors, page["author"])[2]
        if gold_date(page.get("date")) is not None:
            res["date_ok"] = date == gold_date(page.get("date"))
        record[name] = res
    return record


def mean(values: list[float]) -> float | None:
    """Arithmetic mean, or None for an empty list."""
    return sum(values) / len(values) if values else None


def summarise(records: list[Record], name: str) -> dict[str, Any]:
    """Aggregate the per-page results of one system."""
    res = [r[name] for r in records]
    aeb = [x["aeb"] for x in res if "aeb" in x]
    snip = Counter[str]()
    for x in res:
        snip.update(x.get("snip", {}))
    sp = snip["tp"] / (snip["tp"] + snip["fp"]) if snip["tp"] + snip["fp"] else 0.0
    sr = snip["tp"] / (snip["tp"] + snip["fn"]) if snip["tp"] + snip["fn"] else 0.0
    sf1 = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
    has_snip = any("snip" in x for x in res)
    return {
        "aeb_p": mean([a["p"] for a in aeb]),
        "aeb_r": mean([a["r"] for a in aeb]),
        "aeb_f1": mean([a["f1"] for a in aeb]),
        "snippet_p": sp if has_snip else None,
        "snippet_r": sr if has_snip else None,
        "snippet_f1": sf1 if has_snip else None,
        "snippets": dict(snip),
        "title_f1": mean([x["title_f1"] for x in res if "title_f1" in x]),
        "author_f1": mean([x["author_f1"] for x in res if "author_f1" in x]),
        "date_acc": mean([float(x["date_ok"]) for x in res if "date_ok" in x]),
        "pages": len(res),
        "errors": sum(1 for x in res if x["error"]),
        "seconds": sum(x["seconds"] for x in res),
    }


COLUMNS = (
    ("aeb P", "aeb_p"), ("aeb R", "aeb_r"), ("aeb F1", "aeb_f1"),
    ("snip P", "snippet_p"), ("snip R", "snippet_r"), ("snip F1", "snippet_f1"),
    ("title F1", "title_f1"), ("author F1", "author_f1"), ("date acc", "date_acc"),
    ("pages", "pages"), ("errors", "errors"), ("seconds", "seconds"),
)  # fmt: skip


def table(style: str, summary: dict[str, dict[str, Any]]) -> str:
    """Render one rendering's results as a markdown table."""

    def cell(value: object) -> str:
        if value is None:
            return "-"
        return f"{value:.3f}" if isinstance(value, float) else str(value)

    head = ["system"] + [c[0] for c in COLUMNS]
    rows = [[name] + [cell(summary[name][key]) for _, key in COLUMNS] for name in SYSTEMS]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]

    def fmt(row: list[str]) -> str:
        cells = (
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        return "| " + " | ".join(cells) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([f"### {style}", "", fmt(head), rule, *map(fmt, rows)])


def worst(records: list[Record], k: int) -> list[str]:
    """Describe the K worst newsclean pages by aeb F1 and by snippet errors."""
    out = []
    aeb = [r for r in records if "aeb" in r["newsclean"]]
    aeb.sort(key=lambda r: r["newsclean"]["aeb"]["f1"])
    for r in aeb[:k]:
        a = r["newsclean"]["aeb"]
        out.append(f"  aeb  {r['id']}  F1={a['f1']:.3f} P={a['p']:.3f} R={a['r']:.3f}")
    snip = [r for r in records if "snip" in r["newsclean"]]
    snip.sort(key=lambda r: -(r["newsclean"]["snip"]["fn"] + r["newsclean"]["snip"]["fp"]))
    for r in snip[:k]:
        s = r["newsclean"]["snip"]
        if s["fn"] + s["fp"]:
            out.append(f"  snip {r['id']}  missed={s['fn']} kept-junk={s['fp']}")
    errors = [r for r in records if r["newsclean"]["error"]]
    out += [f"  err  {r['id']}  {r['newsclean']['error']}" for r in errors]
    return out


def check(summaries: dict[str, dict[str, dict[str, Any]]]) -> list[str]:
    """Return one message per FLOORS entry missed (or error) by newsclean."""
    problems = []
    for style, summary in summaries.items():
        ours = summary["newsclean"]
        if ours["errors"]:
            problems.append(f"{style}: clean() raised on {ours['errors']} page(s)")
        for (floor_style, metric), floor in FLOORS.items():
            value = ours.get(metric)
            if floor_style == style and value is not None and value < floor:
                problems.append(f"{style}: {metric} = {value:.4f} is below floor {floor:.4f}")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; return the process exit code."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus folder")
    ap.add_argument("--styles", nargs="+", choices=STYLES, default=list(STYLES))
    ap.add_argument("--limit", type=int, help="score only the first N pages")
    ap.add_argument("--source", choices=("aeb", "trafeval"), help="score one source only")
    ap.add_argument("--worst", type=int, default=0, metavar="K", help="print K worst pages")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes")
    ap.add_argument("--json", type=Path, default=DEFAULT_JSON, help="per-page JSON output")
    ap.add_argument("--check", action="store_true", help="fail if below FLOORS")
    args = ap.parse_args(argv)

    lines = (args.corpus / "pages.jsonl").read_text(encoding="utf-8").splitlines()
    pages = [json.loads(line) for line in lines if line.strip()]
    if args.source:
        pages = [p for p in pages if p["source"] == args.source]
    if args.limit is not None:
        pages = pages[: args.limit]
    bad_dates = [p["id"] for p in pages if p.get("date") and not gold_date(p["date"])]
    if bad_dates:
        print(f"note: malformed gold date skipped for {', '.join(bad_dates)}\n")

    print(f"newsclean: {getattr(newsclean, '__file__', None)}; corpus: {args.corpus}\n")
    summaries: dict[str, dict[str, dict[str, Any]]] = {}
    per_page: dict[str, list[Record]] = {}
    pool = multiprocessing.Pool(args.jobs) if args.jobs > 1 else None
    try:
        for style in args.styles:
            start = time.perf_counter()
            tasks = [(style, str(args.corpus), p) for p in pages]
            records = list(pool.imap(score_page, tasks, 4) if pool else map(score_page, tasks))
            wall = time.perf_counter() - start
            per_page[style] = records
            summaries[style] = {name: summarise(records, name) for name in SYSTEMS}
            print(table(style, summaries[style]))
            print(f"\n{style}: {len(pages)} pages, {wall:.1f} s wall, {args.jobs} job(s)")
            if args.worst:
                print(f"worst pages for {style}:", *worst(records, args.worst), sep="\n")
            print()
    finally:
        if pool:
            pool.terminate()
            pool.join()

    args.json.parent.mkdir(parents=True, exist_ok=True)
    report = {"corpus": str(args.corpus), "summary": summaries, "pages": per_page}
    args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"per-page scores written to {args.json}")

    if args.check:
        problems = check(summaries)
        for problem in problems:
            print(f"CHECK FAILED: {problem}", file=sys.stderr)
        if problems:
            return 1
        print("check passed: all floors met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
