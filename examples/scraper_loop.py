"""Clean pages the way a scraper gets them: bytes, a process pool, JSON lines out.

Only the standard library is used. The "responses" are the example pages,
encoded the way servers send them (UTF-8, Windows-1252 with a charset header,
UTF-16 with a byte-order mark). Each body is decoded exactly once, inside
`newsclean.clean`, with the header's charset as a hint.

Run from anywhere::

    python examples/scraper_loop.py              # JSON lines on stdout
    python examples/scraper_loop.py out.jsonl    # or into a file
"""

from __future__ import annotations

import json
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import newsclean

PAGES = Path(__file__).resolve().parent / "pages"


@dataclass(frozen=True, slots=True)
class Response:
    """What an HTTP client hands over: the URL, the body and the declared charset."""

    url: str
    body: bytes
    charset: str | None


def fake_responses() -> list[Response]:
    storm = (PAGES / "storm.txt").read_text(encoding="utf-8")
    bridge = (PAGES / "bridge.txt").read_text(encoding="utf-8")
    return [
        Response("https://news.example/storm", storm.encode("utf-8"), "utf-8"),
        Response("https://lokal.example/bruecke", bridge.encode("cp1252"), "windows-1252"),
        # No header at all: the byte-order mark says UTF-16.
        Response("https://lokal.example/bruecke-app", bridge.encode("utf-16"), None),
    ]


def write_json_lines(responses: list[Response], out: TextIO) -> int:
    """Clean `responses` in two worker processes; write one JSON object per page."""
    # newsclean.clean is a module-level function and Options/Pipeline are
    # frozen data, so everything pickles; a page never affects another one.
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [
            pool.submit(newsclean.clean, response.body, encoding=response.charset)
            for response in responses
        ]
        for response, future in zip(responses, futures, strict=True):
            article = future.result()
            record = {"url": response.url, **article.to_dict()}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(responses)


def main(argv: list[str]) -> int:
    responses = fake_responses()
    if argv:
        with Path(argv[0]).open("w", encoding="utf-8") as out:
            count = write_json_lines(responses, out)
        print(f"wrote {count} pages to {argv[0]}", file=sys.stderr)
    else:
        write_json_lines(responses, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
