"""The data model: lines and spans, frozen records, reprs, dict round trips."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean import (
    Article,
    Author,
    Block,
    Draft,
    Language,
    Line,
    LineKind,
    Repair,
    Span,
    Teaser,
    split_lines,
)
from newsclean.model import BODY_KINDS

ROOT = Path(__file__).resolve().parents[1]
STORM = (ROOT / "examples" / "pages" / "storm.txt").read_text(encoding="utf-8")


# --- split_lines -------------------------------------------------------------------


@pytest.mark.parametrize(
    "separator",
    ["\u0085", "\u2028", "\u2029", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"],
    ids=["NEL-U+0085", "LS-U+2028", "PS-U+2029", "CR", "VT", "FF", "FS", "GS", "RS"],
)
def test_split_lines_splits_on_newline_only(separator: str) -> None:
    text = f"one{separator}two\nthree"
    assert len(text.splitlines()) == 3  # what split_lines must not do
    assert [ln.text for ln in split_lines(text)] == [f"one{separator}two", "three"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("", [], id="empty"),
        pytest.param("\n", [("", 0, 1)], id="newline"),
        pytest.param("a", [("a", 0, 1)], id="one-line"),
        pytest.param("a\n", [("a", 0, 2)], id="final-newline"),
        pytest.param("a\n\nbc", [("a", 0, 2), ("", 2, 3), ("bc", 3, 5)], id="blank-between"),
        pytest.param("\n\n", [("", 0, 1), ("", 1, 2)], id="two-blank"),
        pytest.param("Ã\x85sa\nx", [("Ã\x85sa", 0, 5), ("x", 5, 6)], id="mojibake-nel"),
    ],
)
def test_split_lines_spans(text: str, expected: list[tuple[str, int, int]]) -> None:
    lines = split_lines(text)
    assert [(ln.text, ln.span.start, ln.span.end) for ln in lines] == expected
    assert [ln.number for ln in lines] == list(range(len(lines)))
    assert all(ln.kind is LineKind.UNKNOWN and ln.reason == "" for ln in lines)


@pytest.mark.parametrize(
    "text",
    [
        "x",
        "a\nb\n",
        "\n\na\u2028b\n\n",
        "Storm | Weather\r\nBody.\r\n",
        "no final newline\nhere",
        STORM,
    ],
    ids=["x", "two-lines", "blank-and-LS", "crlf", "no-final-newline", "storm-page"],
)
def test_split_lines_partitions_the_text(text: str) -> None:
    lines = split_lines(text)
    position = 0
    for line in lines:
        assert line.span.start == position
        piece = text[line.span.start : line.span.end]
        assert piece in (line.text, line.text + "\n")
        position = line.span.end
    assert position == len(text)
    assert "".join(text[ln.span.start : ln.span.end] for ln in lines) == text


@pytest.mark.parametrize(
    "page",
    [STORM, "Title | Tag\r\nBody text here.\r\n", "a\u2028b\x85c\n\nd", "only one line"],
    ids=["storm", "crlf", "odd-breaks", "one-line"],
)
def test_article_lines_partition_source(page: str) -> None:
    article = newsclean.clean(page)
    assert (
        "".join(article.source[ln.span.start : ln.span.end] for ln in article.lines)
        == article.source
    )
    assert [ln.text for ln in article.lines] == [ln.text for ln in split_lines(article.source)]
    assert all(ln.kind is not LineKind.UNKNOWN for ln in article.lines)
    for block in article.body + article.boilerplate:
        assert article.source[block.span.start : block.span.end] == block.text


# --- frozen, slotted, keyword-only records -------------------------------------------

SPAN = Span(start=0, end=5)
RECORDS: dict[str, Any] = {
    "Span": SPAN,
    "Line": Line(number=0, span=SPAN, text="Storm", kind=LineKind.TITLE, reason="r"),
    "Block": Block(kind=LineKind.PARAGRAPH, text="Storm", span=SPAN, reason="prose"),
    "Author": Author(name="Dana Whitlock", role="Reporting"),
    "Teaser": Teaser(title="Ferry", tags=("Transport",), snippet=None, span=SPAN),
    "Language": Language(code="en", probability=0.99),
    "Repair": Repair(kind="mojibake", span=SPAN, before="â€™", after="’"),
    "Draft": Draft.from_text("Storm"),
    "Article": newsclean.clean(STORM),
}


@pytest.mark.parametrize("name", list(RECORDS))
def test_records_are_frozen_slotted_keyword_only_dataclasses(name: str) -> None:
    record = RECORDS[name]
    cls = type(record)
    params = cls.__dataclass_params__
    assert params.frozen
    assert "__slots__" in cls.__dict__
    assert not hasattr(record, "__dict__")
    first = dataclasses.fields(record)[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, first.name, getattr(record, first.name))
    with pytest.raises(TypeError):
        cls(*[getattr(record, f.name) for f in dataclasses.fields(record)])
    assert all(f.kw_only for f in dataclasses.fields(record))


def test_article_collections_are_tuples() -> None:
    article = RECORDS["Article"]
    for field in dataclasses.fields(article):
        value = getattr(article, field.name)
        assert not isinstance(value, list | dict | set), field.name
    assert all(isinstance(t.tags, tuple) for t in article.teasers)


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 2)], ids=["negative", "end-before-start"])
def test_span_rejects_bad_ranges(start: int, end: int) -> None:
    with pytest.raises(ValueError, match=r"bad span"):
        Span(start=start, end=end)


def test_line_relabel_returns_a_new_line() -> None:
    line = RECORDS["Line"]
    other = line.relabel(LineKind.BOILERPLATE, "why")
    assert (other.kind, other.reason, other.text, other.span) == (
        LineKind.BOILERPLATE,
        "why",
        "Storm",
        SPAN,
    )
    assert line.kind is LineKind.TITLE


# --- LineKind ------------------------------------------------------------------------


def test_line_kind_values() -> None:
    assert [kind.value for kind in LineKind] == [
        "title",
        "dateline",
        "byline",
        "heading",
        "paragraph",
        "quote",
        "list_item",
        "caption",
        "note",
        "teaser",
        "teaser_snippet",
        "boilerplate",
        "blank",
        "unknown",
    ]
    assert str(LineKind.LIST_ITEM) == "list_item"
    assert f"{LineKind.TITLE}" == "title"
    assert LineKind("teaser") is LineKind.TEASER
    assert {
        LineKind.HEADING,
        LineKind.PARAGRAPH,
        LineKind.QUOTE,
        LineKind.LIST_ITEM,
        LineKind.CAPTION,
    } == BODY_KINDS


# --- reprs ---------------------------------------------------------------------------


def test_article_repr_is_one_line_summary() -> None:
    article = RECORDS["Article"]
    assert repr(article) == (
        "<Article title='Storm Idris floods the harbour town of Port Elwin' tags=('Weather',) "
        f"published=2025-03-04T06:40:00+00:00 authors=2 body={len(article.body)} blocks "
        "teasers=2 language='en'>"
    )
    assert repr(Article()) == (
        "<Article title=None tags=() published=None authors=0 body=0 blocks teasers=0 "
        "language=None>"
    )


def test_article_repr_shortens_a_long_title() -> None:
    text = repr(Article(title="Storm " * 30))
    assert "\n" not in text
    assert "…'" in text
    assert len(text) < 200


def test_draft_repr_counts() -> None:
    draft = newsclean.DEFAULT_PIPELINE(Draft.from_text(STORM), newsclean.DEFAULT_OPTIONS)
    assert repr(Draft.from_text("abc")) == "<Draft 3 chars, 0 lines, 0 repairs, 0 teasers>"
    assert (
        repr(draft)
        == f"<Draft {len(draft.source)} chars, {STORM.count(chr(10))} lines, 2 repairs, 2 teasers>"
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Span", "Span(start=0, end=5)"),
        ("Author", "Author(name='Dana Whitlock', role='Reporting')"),
        ("Language", "Language(code='en', probability=0.99)"),
        ("Repair", "Repair(kind='mojibake', span=Span(start=0, end=5), before='â€™', after='’')"),
    ],
)
def test_small_record_reprs(name: str, expected: str) -> None:
    assert repr(RECORDS[name]) == expected


def test_line_repr_shows_kind_and_text() -> None:
    text = repr(RECORDS["Line"])
    assert "LineKind.TITLE" in text
    assert "'Storm'" in text


# --- to_dict / from_dict -------------------------------------------------------------


@pytest.mark.parametrize("name", [n for n in RECORDS if n not in {"Draft", "Article"}])
def test_record_dict_round_trip(name: str) -> None:
    record = RECORDS[name]
    assert type(record).from_dict(record.to_dict()) == record


def test_article_dict_round_trip_with_datetime() -> None:
    article = Article(
        title="T",
        published=datetime(2024, 4, 16, 21, 12, tzinfo=UTC),
        authors=(Author(name="A B"),),
        language=Language(code="de", probability=1.0),
    )
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_dict({}) == Article()


def test_article_text_joins_blocks_with_a_blank_line() -> None:
    blocks = (
        Block(kind=LineKind.HEADING, text="Head", span=Span(start=0, end=4)),
        Block(kind=LineKind.PARAGRAPH, text="Body.", span=Span(start=5, end=10)),
    )
    assert Article(body=blocks).text == "Head\n\nBody."
    assert Article().text == ""
