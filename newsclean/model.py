"""The public data model: lines, blocks, teasers, repairs and the Article.

Every record is a frozen, slotted, keyword-only dataclass with tuple fields,
and round-trips through ``to_dict()`` / ``from_dict()`` to plain JSON.
`split_lines` lives here because it defines what a line is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Self

__all__ = [
    "BODY_KINDS",
    "Article",
    "Author",
    "Block",
    "Draft",
    "Language",
    "Line",
    "LineKind",
    "Repair",
    "Span",
    "Teaser",
    "split_lines",
]


class LineKind(StrEnum):
    """What a line (or a block) of the page is."""

    TITLE = "title"
    DATELINE = "dateline"
    BYLINE = "byline"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    LIST_ITEM = "list_item"
    CAPTION = "caption"
    NOTE = "note"
    TEASER = "teaser"
    TEASER_SNIPPET = "teaser_snippet"
    BOILERPLATE = "boilerplate"
    BLANK = "blank"
    UNKNOWN = "unknown"


BODY_KINDS = frozenset(
    {
        LineKind.HEADING,
        LineKind.PARAGRAPH,
        LineKind.QUOTE,
        LineKind.LIST_ITEM,
        LineKind.CAPTION,
    }
)
"""The kinds whose lines make up `Article.body`."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A half-open range ``[start, end)`` of offsets into `Article.source`."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def to_dict(self) -> list[int]:
        """Return ``[start, end]``."""
        return [self.start, self.end]

    @classmethod
    def from_dict(cls, data: list[int]) -> Self:
        """Inverse of `to_dict`."""
        start, end = data
        return cls(start=start, end=end)


@dataclass(frozen=True, slots=True, kw_only=True)
class Line:
    """One ``\\n``-terminated line of `source`, with its label and the reason."""

    number: int
    """Position of the line in the page, from 0."""
    span: Span
    """Where the line lies in `source`, including its ``\\n`` if it has one."""
    text: str
    """The line's text without its ``\\n``."""
    kind: LineKind = LineKind.UNKNOWN
    """The label."""
    reason: str = ""
    """Why the line got its label, in a few words."""

    def __repr__(self) -> str:
        return (
            f"Line(number={self.number}, span=[{self.span.start}, {self.span.end}), "
            f"kind=LineKind.{self.kind.name}, reason={self.reason!r}, "
            f"text={_short(self.text, 40)})"
        )

    def relabel(self, kind: LineKind, reason: str) -> Line:
        """Return a copy with another label."""
        return Line(number=self.number, span=self.span, text=self.text, kind=kind, reason=reason)

    def to_dict(self) -> dict[str, Any]:
        """Return JSON-ready data."""
        return {
            "number": self.number,
            "span": self.span.to_dict(),
            "text": self.text,
            "kind": str(self.kind),
            "reason": self.reason,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Inverse of `to_dict`."""
        return cls(
            number=data["number"],
            span=Span.from_dict(data["span"]),
            text=data["text"],
            kind=LineKind(data["kind"]),
            reason=data["reason"],
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Block:
    """A piece of the article body, or a removed piece of boilerplate."""

    kind: LineKind
    """heading, paragraph, quote, list_item or caption (boilerplate for removed text)."""
    text: str
    span: Span
    reason: str = ""
    """Why the text was kept or removed."""

    def to_dict(self) -> dict[str, Any]:
        """Return JSON-ready data."""
        return {
            "kind": str(self.kind),
            "text": self.text,
            "span": self.span.to_dict(),
            "reason": self.reason,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Inverse of `to_dict`."""
        return cls(
            kind=LineKind(data["kind"]),
            text=data["text"],
            span=Span.from_dict(data["span"]),
            reason=data["reason"],
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Author:
    """A person credited on the page."""

    name: str
    role: str | None = None
    """Affiliation, title or credit ("Editing"), when the page gives one."""

    def to_dict(self) -> dict[str, Any]:
        """Return JSON-ready data."""
        return {"name": self.name, "role": self.role}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Inverse of `to_dict`."""
        return cls(name=data["name"], role=data["role"])


@dataclass(frozen=True, slots=True, kw_only=True)
class Teaser:
    """A related-article teaser: a title, its tags and, if given, a snippet."""

    title: str
    tags: tuple[str, ...] = ()
    snippet: str | None = None
    span: Span
    """From the start of the title to the end of the snippet (or of the tags)."""

    def to_dict(self) -> dict[str, Any]:
        """Return JSON-ready data."""
        return {
            "title": self.title,
            "tags": list(self.tags),
            "snippet": self.snippet,
            "span": self.span.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Inverse of `to_dict`."""
        return cls(
            title=data["title"],
            tags=tuple(data["tags"]),
            snippet=data["snippet"],
            span=Span.from_dict(data["span"]),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Language:
    """A detected language: an ISO 639-1 code (``zh-cn`` style for Chinese)."""

    code: str
    probability: float

    def to_dict(self) -> dict[str, Any]:
        """Return JSON-ready data."""
        return {"code": self.code, "probability": self.probability}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Inverse of `to_dict`."""
        return cls(code=data["code"], probability=data["probability"])


@dataclass(frozen=True, slots=True, kw_only=True)
class Repair:
    """One change made to the text, and where it is in `source`."""

    kind: str
    """What was fixed: ``mojibake``, ``entity``, ``glued_sentence`` ..."""
    span: Span
    """The replacement's place in `source` (empty for a deletion)."""
    before: str
    after: str

    def to_dict(self) -> dict[str, Any]:
        """Return JSON-ready data."""
        return {
            "kind": self.kind,
            "span": self.span.to_dict(),
            "before": self.before,
            "after": self.after,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Inverse of `to_dict`."""
        return cls(
            kind=data["kind"],
            span=Span.from_dict(data["span"]),
            before=data["before"],
            after=data["after"],
        )


def split_lines(text: str) -> tuple[Line, ...]:
    r"""Split `text` on ``\n`` only; every line's span includes its ``\n``.

    The spans are contiguous and cover `text` exactly. An empty text has no
    lines; a text ending in ``\n`` has no empty last line.

    >>> [(ln.text, ln.span.to_dict()) for ln in split_lines("a\n\nbc")]
    [('a', [0, 2]), ('', [2, 3]), ('bc', [3, 5])]
    """
    lines = []
    start = 0
    size = len(text)
    number = 0
    while start < size:
        end = text.find("\n", start)
        stop = size if end < 0 else end + 1
        lines.append(
            Line(
                number=number,
                span=Span(start=start, end=stop),
                text=text[start : stop if end < 0 else end],
            )
        )
        number += 1
        start = stop
    return tuple(lines)


def next_nonblank(lines: Sequence[Line], index: int) -> int | None:
    """The index of the first non-blank line after `index`, or None."""
    for j in range(index + 1, len(lines)):
        if lines[j].kind is not LineKind.BLANK:
            return j
    return None


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    """The working state that pipeline steps pass along (not a public result).

    Steps before ``split_into_lines`` rewrite `source`; later steps relabel
    `lines` and fill in the other fields.
    """

    source: str
    lines: tuple[Line, ...] = ()
    repairs: tuple[Repair, ...] = ()
    teasers: tuple[Teaser, ...] = ()
    language: Language | None = None
    decoded_as: str | None = None
    """How bytes were decoded (``utf-8``, ``utf-8/replace``, ``cp1252`` ...); None for str."""

    @classmethod
    def from_text(cls, text: str, *, decoded_as: str | None = None) -> Self:
        """Start a draft from the page's text."""
        return cls(source=text, decoded_as=decoded_as)

    def __repr__(self) -> str:
        return (
            f"<Draft {len(self.source)} chars, {len(self.lines)} lines, "
            f"{len(self.repairs)} repairs, {len(self.teasers)} teasers>"
        )


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _short(text: str | None, size: int = 60) -> str:
    if text is None:
        return "None"
    return repr(text if len(text) <= size else text[: size - 1] + "…")


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """The clean, typed record of one scraped news page."""

    title: str | None = None
    """The headline."""
    tags: tuple[str, ...] = ()
    """Section or tag items that trailed the headline (``Title | Community``)."""
    published: datetime | None = None
    """When the article was published; timezone-aware when the page gives the zone."""
    dateline: str | None = None
    """The text `published` was read from."""
    authors: tuple[Author, ...] = ()
    body: tuple[Block, ...] = ()
    """Headings, paragraphs, quotes, list items and captions, in page order."""
    notes: tuple[str, ...] = ()
    """Footnotes, funding and editor's notes, corrections."""
    teasers: tuple[Teaser, ...] = ()
    boilerplate: tuple[Block, ...] = ()
    """Removed lines, each with the reason."""
    language: Language | None = None
    repairs: tuple[Repair, ...] = ()
    source: str = ""
    """The repaired text that every span points into."""
    lines: tuple[Line, ...] = ()
    """Every line of `source`, labelled; their spans partition `source`."""
    decoded_as: str | None = None
    """How bytes input was decoded; None when the input was str."""

    @property
    def text(self) -> str:
        """The body as one string, blocks separated by a blank line."""
        return "\n\n".join(block.text for block in self.body)

    def __repr__(self) -> str:
        lang = self.language.code if self.language else None
        return (
            f"<Article title={_short(self.title)} tags={self.tags!r} "
            f"published={_iso(self.published)} authors={len(self.authors)} "
            f"body={len(self.body)} blocks teasers={len(self.teasers)} "
            f"language={lang!r}>"
        )

    def to_dict(self, *, include_lines: bool = False) -> dict[str, Any]:
        """Return JSON-ready data; `source` and `lines` only with `include_lines`."""
        data: dict[str, Any] = {
            "title": self.title,
            "tags": list(self.tags),
            "published": _iso(self.published),
            "dateline": self.dateline,
            "authors": [a.to_dict() for a in self.authors],
            "body": [b.to_dict() for b in self.body],
            "notes": list(self.notes),
            "teasers": [t.to_dict() for t in self.teasers],
            "boilerplate": [b.to_dict() for b in self.boilerplate],
            "language": self.language.to_dict() if self.language else None,
            "repairs": [r.to_dict() for r in self.repairs],
            "decoded_as": self.decoded_as,
        }
        if include_lines:
            data["source"] = self.source
            data["lines"] = [ln.to_dict() for ln in self.lines]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Inverse of `to_dict`; `source` and `lines` are empty if they were left out."""
        published = data.get("published")
        language = data.get("language")
        return cls(
            title=data.get("title"),
            tags=tuple(data.get("tags", ())),
            published=None if published is None else datetime.fromisoformat(published),
            dateline=data.get("dateline"),
            authors=tuple(Author.from_dict(a) for a in data.get("authors", ())),
            body=tuple(Block.from_dict(b) for b in data.get("body", ())),
            notes=tuple(data.get("notes", ())),
            teasers=tuple(Teaser.from_dict(t) for t in data.get("teasers", ())),
            boilerplate=tuple(Block.from_dict(b) for b in data.get("boilerplate", ())),
            language=None if language is None else Language.from_dict(language),
            repairs=tuple(Repair.from_dict(r) for r in data.get("repairs", ())),
            source=data.get("source", ""),
            lines=tuple(Line.from_dict(ln) for ln in data.get("lines", ())),
            decoded_as=data.get("decoded_as"),
        )
