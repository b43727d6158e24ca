"""Check newsclean against the hand-made gold segmentation of the seed page.

Reads ``../shared/seed/page.txt`` and ``expected.json`` at run time, runs
`newsclean.clean`, and reports every check with PASS or FAIL. Exit status 1 if
any check fails.

    python benchmarks/seed_check.py [--seed-dir PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

if "PYTHONPATH" not in os.environ:  # check this checkout, not a copy installed from another
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import newsclean

DEFAULT_SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"

Check = tuple[str, bool, str]


def _title_checks(article: newsclean.Article, gold: dict[str, Any]) -> Iterator[Check]:
    want = gold["title"]["equals"]
    yield "title equals", article.title == want, repr(article.title)
    want_tags = gold["title_tags"]["equals"]
    yield "title tags equal", list(article.tags) == want_tags, repr(article.tags)
    published = article.published.isoformat() if article.published else None
    want_date = gold["published"]["equals"]
    yield "published equals", published == want_date, repr(published)
    names = [author.name for author in article.authors]
    yield "author names", names == gold["authors"]["names"], repr(names)
    code = article.language.code if article.language else None
    yield "language", code == gold["language"]["equals"], repr(code)


def _body_checks(article: newsclean.Article, gold: dict[str, Any]) -> Iterator[Check]:
    body = gold["body"]
    blocks = article.body
    yield "body block count", len(blocks) == body["blocks"], str(len(blocks))
    headings = [b.text for b in blocks if b.kind == newsclean.LineKind.HEADING]
    yield "body headings", headings == body["headings"], repr(headings)
    paragraphs = [b.text for b in blocks if b.kind == newsclean.LineKind.PARAGRAPH]
    starts = body["paragraph_starts"]
    ok = len(paragraphs) == len(starts) and all(
        p.startswith(s) for p, s in zip(paragraphs, starts, strict=True)
    )
    yield "body paragraph starts", ok, f"{len(paragraphs)} paragraphs"
    text = article.text
    for needle in body["contains"]:
        yield f"body contains {needle!r}", needle in text, ""
    for needle in body["excludes"]:
        yield f"body excludes {needle!r}", needle not in text, ""
    for start in gold["notes"]["starts"]:
        found = any(note.startswith(start) for note in article.notes)
        yield f"note starts {start!r}", found, repr([n[:40] for n in article.notes])


def _teaser_checks(article: newsclean.Article, gold: dict[str, Any]) -> Iterator[Check]:
    teasers = article.teasers
    want = gold["teasers"]
    yield "teaser count", len(teasers) == len(want), str(len(teasers))
    for number, (teaser, expected) in enumerate(zip(teasers, want, strict=False), 1):
        for name, ok in _one_teaser(teaser, expected):
            yield f"teaser {number} {name}", ok, f"{teaser.title[:50]!r} {teaser.tags!r}"


def _one_teaser(teaser: newsclean.Teaser, expected: dict[str, Any]) -> Iterator[tuple[str, bool]]:
    if "title_equals" in expected:
        yield "title", teaser.title == expected["title_equals"]
    if "title_starts" in expected:
        yield "title start", teaser.title.startswith(expected["title_starts"])
    if "title_ends" in expected:
        yield "title end", teaser.title.endswith(expected["title_ends"])
    yield "tags", set(expected["tags_include"]) <= set(teaser.tags)
    snippet = expected["snippet_starts"]
    if snippet is None:
        yield "no snippet", teaser.snippet is None
    else:
        yield "snippet", (teaser.snippet or "").startswith(snippet)


def run_checks(seed_dir: Path) -> list[Check]:
    """Run every check of ``expected.json`` against ``clean(page.txt)``."""
    gold = json.loads((seed_dir / "expected.json").read_text(encoding="utf-8"))
    page = (seed_dir / gold.get("input", "page.txt")).read_text(encoding="utf-8")
    article = newsclean.clean(page)
    return [
        *_title_checks(article, gold),
        *_body_checks(article, gold),
        *_teaser_checks(article, gold),
    ]


def main(argv: list[str] | None = None) -> int:
    """Print every check and return 1 if any failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed-dir", type=Path, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    checks = run_checks(args.seed_dir)
    failed = 0
    for name, ok, detail in checks:
        failed += not ok
        line = f"{'PASS' if ok else 'FAIL'}  {name}"
        print(line if ok or not detail else f"{line}  -> {detail}")
    print(f"seed check: {len(checks) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
