"""normalize_text: spaces, invisible and control characters, line ends, entities, NFC."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import normalize_text
from newsclean.normalize import decode_entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("a\u00a0b", "a b", id="nbsp"),
        pytest.param("a\u202fb", "a b", id="narrow-nbsp"),
        pytest.param("a\u2009b", "a b", id="thin-space"),
        pytest.param("a\tb", "a b", id="tab"),
        pytest.param("a\u3000b", "a b", id="ideographic-space"),
        pytest.param("a  b", "a b", id="double-space"),
        pytest.param("  padded  ", "padded", id="strip-line-ends"),
        pytest.param(" one \n  two  ", "one\ntwo", id="strip-every-line"),
        pytest.param("left   right", "left\nright", id="layout-gap-is-a-break"),
    ],
)
def test_spaces(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("zero\u200bwidth", "zerowidth", id="zero-width-space"),
        pytest.param("word\u2060joiner", "wordjoiner", id="word-joiner"),
        pytest.param("\ufeffbom inside", "bom inside", id="bom"),
        pytest.param("soft\u00adhyphen", "softhyphen", id="soft-hyphen"),
        pytest.param("bidi\u202e\u202ctext", "biditext", id="bidi-controls"),
        pytest.param("\u2066isolate\u2069", "isolate", id="bidi-isolates"),
        pytest.param("نیم\u200cفاصله", "نیم\u200cفاصله", id="zwnj-kept"),
        pytest.param("👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧", id="zwj-kept"),
    ],
)
def test_invisible_characters(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("nul\x00byte", "nulbyte", id="nul"),
        pytest.param("bell\x07", "bell", id="bell"),
        pytest.param("esc\x1b[0m", "esc[0m", id="escape"),
        pytest.param("del\x7f", "del", id="del"),
        pytest.param("c1\x90\x9f", "c1", id="c1"),
        pytest.param("\x01\x02\x03", "", id="only-controls"),
    ],
)
def test_control_characters(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("one\r\ntwo\r\n", "one\ntwo\n", id="crlf"),
        pytest.param("one\rtwo", "one\ntwo", id="lone-cr"),
        pytest.param("one\r\n\r\ntwo", "one\n\ntwo", id="crlf-blank"),
        pytest.param("one\r\rtwo", "one\n\ntwo", id="two-cr"),
        pytest.param("one\n\rtwo", "one\n\ntwo", id="lf-cr"),
        pytest.param("one\u2028two\u2029three", "one\ntwo\nthree", id="unicode-separators"),
        pytest.param("one\x0btwo\x0cthree", "one\ntwo\nthree", id="vt-ff"),
    ],
)
def test_line_endings(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("AT&amp;T", "AT&T", id="amp"),
        pytest.param("&lt;b&gt;bold&lt;/b&gt;", "<b>bold</b>", id="lt-gt"),
        pytest.param("it&#8217;s", "it’s", id="decimal"),
        pytest.param("it&#x2019;s", "it’s", id="hex"),
        pytest.param("caf&eacute; &Uuml;ber", "café Über", id="named"),
        pytest.param("&quot;quoted&quot;", '"quoted"', id="quot"),
        pytest.param("a&nbsp;b", "a b", id="nbsp-entity"),
        pytest.param("&amp;amp;", "&", id="double-escaped"),
        pytest.param("&amp;amp;amp;amp;", "&", id="quadruple-escaped"),
        pytest.param("&amp;lt;tag&amp;gt;", "<tag>", id="escaped-lt"),
        pytest.param("&amp;#8217;", "’", id="escaped-numeric"),
    ],
)
def test_entities_with_semicolon_are_decoded_to_a_fixpoint(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("AT&T", id="at-and-t"),
        pytest.param("R&D costs", id="r-and-d"),
        pytest.param("&amp without semicolon", id="amp-no-semicolon"),
        pytest.param("?a=1&para=2&copy=3", id="query-string"),
        pytest.param("&copy 2024", id="copy-no-semicolon"),
        pytest.param("Tom & Jerry; Ben & Holly", id="ampersand-and-semicolon"),
        pytest.param("&;", id="empty-entity"),
    ],
)
def test_entity_like_text_without_semicolon_is_kept(text: str) -> None:
    assert normalize_text(text) == text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("&notice;", id="not-prefix"),
        pytest.param("&copy2024;", id="copy-prefix"),
        pytest.param("&para_id;", id="underscore"),
    ],
)
def test_unknown_entity_is_kept_whole(text: str) -> None:
    # Bug: html.unescape decodes the legacy no-';' prefix inside an unknown entity,
    # so "&notice;" becomes "¬ice;" although no entity "&notice;" exists.
    assert decode_entities(text) == text
    assert normalize_text(text) == text


def test_nfc() -> None:
    assert normalize_text("Cafe\u0301") == "Café"
    assert normalize_text("\u1100\u1161") == "가"


NASTY = [
    "Caf\u0065\u0301\u00a0&amp; co\u200b\r\n  two   columns \r",
    "&amp;amp;amp;lt;",
    "&\u200bamp;",
    "a\r\n\r\n\r\nb",
    "\t\u00a0 \u3000",
    "x\u2028\u2029\x85y",
    "left    right   and   more",
    "&#13;&#10;entity breaks",
    "  &nbsp;  ",
    "\ud800 lone surrogate",
    "",
]


@pytest.mark.parametrize("text", NASTY, ids=[f"nasty-{i}" for i in range(len(NASTY))])
def test_normalize_text_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


def test_normalize_step_records_what_it_changed() -> None:
    page = "Storm\u00a0hits | Weather\r\nAT&amp;T\u200b said so.\n"
    article = newsclean.clean(page)
    assert article.source == "Storm hits | Weather\nAT&T said so.\n"
    kinds = [r.kind for r in article.repairs]
    assert kinds == ["line_break+nbsp", "entity+invisible"]
    for repair in article.repairs:
        assert article.source[repair.span.start : repair.span.end] == repair.after


def test_crlf_page_gives_the_same_lines_as_lf() -> None:
    page = "Storm hits the coast | Weather\n\nThe storm reached the coast on Monday night.\n"
    crlf = newsclean.clean(page.replace("\n", "\r\n"))
    lf = newsclean.clean(page)
    assert crlf.source == lf.source
    assert crlf.lines == lf.lines
    assert [r.kind for r in crlf.repairs] == ["line_break"] * 3
