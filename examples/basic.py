"""Clean one scraped page and print what newsclean found in it.

Run from anywhere: ``python examples/basic.py [PAGE.txt]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsclean

PAGE = Path(__file__).resolve().parent / "pages" / "storm.txt"


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else PAGE
    # Read bytes and let newsclean decode them: a scraper's files are not always UTF-8.
    article = newsclean.clean(path.read_bytes())

    print(repr(article))
    print("title:    ", article.title)
    print("tags:     ", ", ".join(article.tags) or "-")
    print("published:", article.published.isoformat() if article.published else "-")
    print("authors:  ", ", ".join(author.name for author in article.authors) or "-")
    print("language: ", article.language.code if article.language else "-")
    paragraphs = [b.text for b in article.body if b.kind is newsclean.LineKind.PARAGRAPH]
    print("first paragraph:")
    print("   ", paragraphs[0] if paragraphs else "-")
    print(
        f"{len(article.teasers)} teasers, {len(article.boilerplate)} boilerplate lines, "
        f"{len(article.repairs)} repairs"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
