"""Command line: ``newsclean PAGE.txt ...`` or ``newsclean -`` (stdin).

Prints one JSON object per page (JSON lines), or with ``--text`` the clean body.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from newsclean.api import clean

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean and segment text scraped from news pages.",
    )
    parser.add_argument("pages", nargs="+", help="text files of scraped pages, or - for stdin")
    parser.add_argument("--text", action="store_true", help="print the clean body only")
    parser.add_argument(
        "--lines", action="store_true", help="include source and labelled lines in the JSON"
    )
    parser.add_argument("--encoding", default=None, help="encoding of the files (default: guess)")
    parser.add_argument("--indent", type=int, default=None, help="indent the JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    status = 0
    for name in args.pages:
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        except OSError as exc:
            sys.stderr.write(f"newsclean: cannot read {name}: {exc.strerror}\n")
            status = 1
            continue
        article = clean(data, encoding=args.encoding)
        if args.text:
            sys.stdout.write(article.text + "\n")
        else:
            record = {"page": name, **article.to_dict(include_lines=args.lines)}
            sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=args.indent) + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
