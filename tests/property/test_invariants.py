"""Property tests for the invariants of DESIGN.md.

The number of examples comes from the hypothesis profile that ``tests/conftest.py``
loads (``NEWSCLEAN_HYPOTHESIS_PROFILE``: dev, ci, long, fast); nothing here sets
``max_examples``.  ``deadline=None`` because the first call loads the language
profiles, and timing is checked in ``tests/test_pathological.py`` instead.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, assume, example, given, note, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Article

from .strategies import (
    PageTruth,
    check_article,
    hostile_text,
    labelled_pages,
    mojibake_text,
    pages,
)

relaxed = settings(
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
    # The explain phase traces every line while it replays the failure: on these
    # pages that made one shrink outlast pytest-timeout and hid the counterexample.
    phases=tuple(phase for phase in Phase if phase is not Phase.explain),
)

# Room for the profile's examples (a page property needs up to ~0.25 s per example
# on a busy machine) plus hypothesis's own 5-minute shrink limit, so that a failure
# is reported with its counterexample instead of being cut off by the global 300 s.
pytestmark = pytest.mark.timeout(int(600 + 0.25 * settings().max_examples))

EDGE_STRINGS = (
    "",
    "\n",
    "\n\n\n",
    " ",
    "\x00",
    "\ud800",
    "a\udfffb",
    "\r",
    "\r\n\r\n",
    "\x85",
    "\u2028",
    "\ufeff",
    "|",
    " | ",
    "Title | Tag",
    "😀",
    "Ã©",
)


def _body(article: Article) -> list[tuple[str, str]]:
    return [(str(b.kind), b.text) for b in article.body]


def _roundtrip(article: Article) -> Article:
    return Article.from_dict(json.loads(json.dumps(article.to_dict(include_lines=True))))


# --------------------------------------------------------------------------
# Total: any str or bytes gives an Article; anything else a TypeError
# --------------------------------------------------------------------------


@relaxed
@given(st.text())
def test_total_over_text(text: str) -> None:
    assert isinstance(newsclean.clean(text), Article)


@relaxed
@given(hostile_text())
@example("")
@example("\ud800")
@example("\x00" * 3)
def test_total_over_hostile_text(text: str) -> None:
    assert isinstance(newsclean.clean(text), Article)


@relaxed
@given(st.binary())
@example(b"")
@example(b"\xff\xfe")
@example(b"\xef\xbb\xbf")
@example(b"\x80abc\x92")
def test_total_over_bytes(data: bytes) -> None:
    assert isinstance(newsclean.clean(data), Article)


@relaxed
@given(pages())
def test_total_over_pages(page: str) -> None:
    assert isinstance(newsclean.clean(page), Article)


@pytest.mark.parametrize(
    "value",
    [None, 3, 2.5, ["a page"], ("a", "page"), {"text": "a page"}, object()],
    ids=["None", "int", "float", "list", "tuple", "dict", "object"],
)
def test_non_text_raises_type_error_naming_what_to_pass(value: Any) -> None:
    with pytest.raises(TypeError) as info:
        newsclean.clean(value)
    message = str(info.value)
    assert "str" in message, message
    assert type(value).__name__ in message, message


# --------------------------------------------------------------------------
# No text lost (and the other structural invariants of check_article)
# --------------------------------------------------------------------------


@pytest.mark.parametrize("text", EDGE_STRINGS, ids=[repr(s) for s in EDGE_STRINGS])
def test_no_text_lost_on_edge_strings(text: str) -> None:
    check_article(newsclean.clean(text))


@relaxed
@given(st.text())
def test_no_text_lost_over_text(text: str) -> None:
    check_article(newsclean.clean(text))


@relaxed
@given(hostile_text())
def test_no_text_lost_over_hostile_text(text: str) -> None:
    check_article(newsclean.clean(text))


@relaxed
@given(st.binary())
def test_no_text_lost_over_bytes(data: bytes) -> None:
    check_article(newsclean.clean(data))


@relaxed
@given(pages())
def test_no_text_lost_over_pages(page: str) -> None:
    check_article(newsclean.clean(page))


@relaxed
@given(hostile_text())
def test_split_lines_partitions_any_text(text: str) -> None:
    lines = newsclean.split_lines(text)
    assert "".join(text[ln.span.start : ln.span.end] for ln in lines) == text
    assert [ln.number for ln in lines] == list(range(len(lines)))
    assert all(ln.text == text[ln.span.start : ln.span.end].removesuffix("\n") for ln in lines)


@relaxed
@given(pages())
def test_repairs_point_at_their_replacement(page: str) -> None:
    article = newsclean.clean(page)
    for repair in article.repairs:
        found = article.source[repair.span.start : repair.span.end]
        assert found == repair.after, f"{repair!r} but source has {found!r} there"


# --------------------------------------------------------------------------
# Deterministic
# --------------------------------------------------------------------------


@relaxed
@given(hostile_text())
def test_deterministic_over_text(text: str) -> None:
    assert newsclean.clean(text) == newsclean.clean(text)


@relaxed
@given(pages())
def test_deterministic_over_pages(page: str) -> None:
    first = newsclean.clean(page)
    second = newsclean.clean(page)
    assert first == second
    assert first.to_dict(include_lines=True) == second.to_dict(include_lines=True)


@relaxed
@given(pages(), pages())
def test_result_does_not_depend_on_previous_pages(a: str, b: str) -> None:
    before = newsclean.clean(b)
    newsclean.clean(a)
    after = newsclean.clean(b)
    assert before == after


@relaxed
@given(st.binary(), pages())
def test_bytes_result_does_not_depend_on_previous_pages(data: bytes, page: str) -> None:
    before = newsclean.clean(data)
    newsclean.clean(page.encode("utf-8"))
    newsclean.clean(page)
    assert newsclean.clean(data) == before


# --------------------------------------------------------------------------
# Idempotent: cleaning article.text again gives the same body
# --------------------------------------------------------------------------


@relaxed
@given(pages())
@example(  # a headline, then one heading with no text under it (found in CI)
    "\xef\xbb\xbfSkip\xc2\xa0to\xe2\u20ac\u2039\xc2\xad main\xc2\xad "
    "contentDer\xc2\xad die das und mit\r\n"
    "\xe2\u20ac\u0153Der die das und mit f\xc3\xbcr.\xe2\u20ac "
    "\xe2\u20ac\u0153Der die das und mit f\xc3\xbcr \xc3\xbcber.\xe2\u20ac\r\n"
    "Share this article\r\nRelated articles"
)
@example(  # a sentence under the headline, read as the headline when cleaned again
    "\xef\xbb\xbfDer\xc2\xa0die\xe2\u20ac\u2039\xc2\xad das\xc2\xad und\xc2\xad "
    "mit\xe2\u20ac\u0153Der die das und mit f\xc3\xbcr.\xe2\u20ac \xe2\u20ac\u0153Der "
    "die das und mit f\xc3\xbcr \xc3\xbcber.\xe2\u20ac\r\n"
    "Wie es weitergeht\r\n"
    "\xe2\u20ac\u0153W\xc3\xa4hrend \xc3\xb6ffentlich der die genehmigte "
    "zwischen.\xe2\u20ac \xe2\u20ac\u0153B\xc3\xbcrgermeister der die das und "
    "\xc3\xb6ffentlich w\xc3\xa4hrend.\xe2\u20ac\r\n"
    "Share this article\r\n"
    "Wie es weitergeht\r\n"
    "\xe2\u20ac\u0153Der die das und mit f\xc3\xbcr.\xe2\u20ac \xe2\u20ac\u0153Der "
    "die das und mit f\xc3\xbcr \xc3\xbcber nach w\xc3\xa4hrend gegen ohne unter "
    "zwischen Stadt Gemeinde.\xe2\u20ac \xe2\u20ac\u0153Der die das und mit "
    "f\xc3\xbcr \xc3\xbcber nach w\xc3\xa4hrend gegen ohne unter zwischen Stadt "
    "Gemeinde Br\xc3\xbccke.\xe2\u20ac\r\n"
    "Share this article"
)
@example(  # a headline-shaped first line above a repeated heading, cleaned again
    "\xef\xbb\xbfSkip\xc2\xad to\xc2\xad main\xc2\xad content\r\n"
    "Der \xc3\xb6ffentlich die das und mit \xc3\u2013ffnung w\xc3\xa4hrend\xe2\u20ac"
    "\u0153Der zwischen w\xc3\xa4hrend \xc3\xb6ffentlich gegen \xc3\xbcber Schule.\xe2"
    "\u20ac B\xc3\xbcrgermeister der die w\xc3\xa4hrend Gemeinde \xc3\xb6ffentlich Br"
    "\xc3\xbccke mit!\r\n"
    "Wie es weitergeht\r\n"
    "Der die das und mit f\xc3\xbcr Gemeinde ohne \xc3\u201enderung L\xc3\xb6sung j\xc3"
    "\xa4hrlich Fl\xc3\xbcsse sieben. Der die das und mit hatte!\r\n"
    "Share this article\r\n"
    "\xe2\u20ac\u0153Der die das und mit f\xc3\xbcr.\xe2\u20ac \xe2\u20ac\u0153Der die "
    "das und mit f\xc3\xbcr \xc3\xbcber, nach w\xc3\xa4hrend gegen ohne unter zwischen."
    "\xe2\u20ac \xe2\u20ac\u0153Der die das und mit f\xc3\xbcr \xc3\xbcber nach w\xc3"
    "\xa4hrend gegen.\xe2\u20ac \xe2\u20ac\u0153Der die das und mit f\xc3\xbcr \xc3\xbc"
    "ber nach.\xe2\u20ac \xe2\u20ac\u0153Der die das und mit f\xc3\xbcr \xc3\xbcber nac"
    "h w\xc3\xa4hrend gegen ohne unter zwischen Stadt Gemeinde zw\xc3\xb6lf.\xe2\u20ac"
    "\r\n"
    "Wie es weitergeht\r\n"
    "\xe2\u20ac\u0153Der die das und mit f\xc3\xbcr \xc3\xbcber nach w\xc3\xa4hrend Fl"
    "\xc3\xbcsse gegen Gemeinde ohne.\xe2\u20ac Der die Fl\xc3\xbcsse das und mit f\xc3"
    "\xbcr sagte!\r\n"
    "Share this article\r\n"
    "Wie es weitergeht\r\n"
    "\xe2\u20ac\u0153Der die das und mit f\xc3\xbcr.\xe2\u20ac Der die das und mit f"
    "\xc3\xbcr.\r\n"
    "Share this article\r\n"
    "Wie es weitergeht\r\n"
    "\xe2\u20ac\u0153Der die das und mit f\xc3\xbcr \xc3\xbcber nach w\xc3\xa4hrend geg"
    "en.\xe2\u20ac \xe2\u20ac\u0153Der die das und mit f\xc3\xbcr \xc3\xbcber.\xe2"
    "\u20ac\r\n"
    "Share this article"
)
def test_body_is_idempotent(page: str) -> None:
    first = newsclean.clean(page)
    again = newsclean.clean(first.text)
    note(f"first.text = {first.text!r}")
    assert _body(again) == _body(first)


@relaxed
@given(labelled_pages())
def test_body_is_idempotent_on_labelled_pages(labelled: tuple[str, PageTruth]) -> None:
    first = newsclean.clean(labelled[0])
    again = newsclean.clean(first.text)
    note(f"first.text = {first.text!r}")
    assert _body(again) == _body(first)


# --------------------------------------------------------------------------
# JSON round trip; UTF-8 encodable output
# --------------------------------------------------------------------------


@relaxed
@given(hostile_text())
def test_json_round_trip_over_text(text: str) -> None:
    article = newsclean.clean(text)
    assert _roundtrip(article) == article


@relaxed
@given(st.binary())
def test_json_round_trip_over_bytes(data: bytes) -> None:
    article = newsclean.clean(data)
    assert _roundtrip(article) == article


@relaxed
@given(pages())
def test_json_round_trip_over_pages(page: str) -> None:
    article = newsclean.clean(page)
    assert _roundtrip(article) == article


@relaxed
@given(st.one_of(hostile_text(), pages(), st.binary()))
def test_output_is_utf8_encodable(value: str | bytes) -> None:
    article = newsclean.clean(value)
    data = json.dumps(article.to_dict(include_lines=True), ensure_ascii=False)
    data.encode("utf-8")
    article.source.encode("utf-8")
    article.text.encode("utf-8")
    for line in article.lines:
        line.text.encode("utf-8")


# --------------------------------------------------------------------------
# The text primitives
# --------------------------------------------------------------------------


@relaxed
@given(st.one_of(hostile_text(), mojibake_text(), pages()))
def test_fix_encoding_is_idempotent(text: str) -> None:
    once = newsclean.fix_encoding(text)
    assert newsclean.fix_encoding(once) == once
    once.encode("utf-8")


@relaxed
@given(st.one_of(hostile_text(), mojibake_text(), pages()))
def test_normalize_text_is_idempotent(text: str) -> None:
    once = newsclean.normalize_text(text)
    assert newsclean.normalize_text(once) == once


@relaxed
@given(st.binary())
def test_decode_never_raises_and_gives_encodable_text(data: bytes) -> None:
    text = newsclean.decode(data)
    assert isinstance(text, str)
    text.encode("utf-8")


@relaxed
@given(hostile_text())
def test_utf8_bytes_decode_to_the_same_text(text: str) -> None:
    valid = text.encode("utf-8", errors="replace").decode("utf-8")
    expected = valid.removeprefix("\ufeff")  # one BOM is a BOM, not text
    assert newsclean.decode(valid.encode("utf-8")) == expected


# --------------------------------------------------------------------------
# Ground truth on labelled synthetic pages
#
# These check segmentation quality, not an invariant: a failure here means the
# headline, its tags or a body paragraph of a plain generated page was missed.
# --------------------------------------------------------------------------


class TestGroundTruth:
    """GROUND TRUTH: the generated title, tags and paragraphs are found."""

    @relaxed
    @given(labelled_pages())
    def test_ground_truth_title(self, labelled: tuple[str, PageTruth]) -> None:
        text, truth = labelled
        article = newsclean.clean(text)
        # ftfy declines some mojibake on purpose ("Å’uvre" next to a curly
        # quote); a title it cannot restore is not a segmentation miss.
        assume(truth.title in newsclean.fix_encoding(newsclean.normalize_text(text)))
        assert article.title == truth.title, (
            f"GROUND TRUTH title: got {article.title!r}, generated {truth.title!r} "
            f"(language {truth.language}, noise {truth.noise})"
        )

    @relaxed
    @given(labelled_pages())
    def test_ground_truth_tags(self, labelled: tuple[str, PageTruth]) -> None:
        text, truth = labelled
        article = newsclean.clean(text)
        assert article.tags == truth.tags, (
            f"GROUND TRUTH tags: got {article.tags!r}, generated {truth.tags!r} "
            f"(title {truth.title!r}, language {truth.language}, noise {truth.noise})"
        )

    @relaxed
    @given(labelled_pages())
    def test_ground_truth_paragraphs_in_text(self, labelled: tuple[str, PageTruth]) -> None:
        text, truth = labelled
        article = newsclean.clean(text)
        missing = [p for p in truth.paragraphs if p not in article.text]
        assert not missing, (
            f"GROUND TRUTH body: {len(missing)} of {len(truth.paragraphs)} generated "
            f"paragraphs are not in Article.text (language {truth.language}, noise "
            f"{truth.noise}); first missing: {missing[0]!r}; body kinds: "
            f"{[(str(b.kind), b.text[:40]) for b in article.body]!r}; line kinds: "
            f"{[(str(ln.kind), ln.text[:40]) for ln in article.lines]!r}"
        )

    @relaxed
    @given(labelled_pages())
    def test_ground_truth_teaser_titles_not_in_body(self, labelled: tuple[str, PageTruth]) -> None:
        text, truth = labelled
        article = newsclean.clean(text)
        leaked = [
            b.text
            for b in article.body
            if any(b.text.startswith(t + " |") for t in truth.teaser_titles)
        ]
        assert not leaked, f"GROUND TRUTH teasers: teaser lines kept in the body: {leaked!r}"
