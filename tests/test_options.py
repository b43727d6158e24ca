"""`Options`: defaults, validation of every field, immutability, and that options act."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import pytest

import newsclean
from newsclean import DEFAULT_OPTIONS, InvalidOptionsError, NewscleanError, Options

POSITIVE_INTS = [
    "max_tag_chars",
    "min_paragraph_chars",
    "max_heading_chars",
    "max_title_chars",
    "glue_min_joins",
    "language_sample_chars",
    "language_min_chars",
]


def test_defaults() -> None:
    assert dataclasses.asdict(DEFAULT_OPTIONS) == {
        "tag_separators": ("|", "｜"),
        "max_tag_chars": 60,
        "min_paragraph_chars": 100,
        "max_heading_chars": 150,
        "max_title_chars": 300,
        "glue_min_joins": 3,
        "language_sample_chars": 2000,
        "language_min_chars": 40,
        "language_min_probability": 0.80,
    }
    assert Options() == DEFAULT_OPTIONS


def test_every_field_is_validated_by_a_case_below() -> None:
    names = {field.name for field in dataclasses.fields(Options)}
    assert names == {*POSITIVE_INTS, "tag_separators", "language_min_probability"}


_BAD_INTS = [
    pytest.param(name, value, id=f"{name}={label}")
    for name in POSITIVE_INTS
    for value, label in [
        (0, "0"),
        (-1, "-1"),
        (True, "True"),
        (1.5, "1.5"),
        ("3", "str"),
        (None, "None"),
    ]
]
_BAD_OTHERS = [
    pytest.param("tag_separators", "|", id="tag_separators=str"),
    pytest.param("tag_separators", ["|"], id="tag_separators=list"),
    pytest.param("tag_separators", ("",), id="tag_separators=empty-string"),
    pytest.param("tag_separators", (" ",), id="tag_separators=space"),
    pytest.param("tag_separators", ("|", 1), id="tag_separators=int-item"),
    pytest.param("tag_separators", None, id="tag_separators=None"),
    pytest.param("language_min_probability", -0.1, id="language_min_probability=-0.1"),
    pytest.param("language_min_probability", 1.5, id="language_min_probability=1.5"),
    pytest.param("language_min_probability", math.nan, id="language_min_probability=nan"),
    pytest.param("language_min_probability", math.inf, id="language_min_probability=inf"),
    pytest.param("language_min_probability", True, id="language_min_probability=True"),
    pytest.param("language_min_probability", "0.5", id="language_min_probability=str"),
    pytest.param("language_min_probability", None, id="language_min_probability=None"),
]


@pytest.mark.parametrize(("name", "value"), _BAD_INTS + _BAD_OTHERS)
def test_out_of_range_option_raises_naming_the_option(name: str, value: Any) -> None:
    with pytest.raises(InvalidOptionsError) as excinfo:
        Options(**{name: value})
    message = str(excinfo.value)
    assert message.startswith(f"{name} must be ")
    assert repr(value) in message


@pytest.mark.parametrize(("name", "value"), _BAD_INTS[:3] + _BAD_OTHERS[-3:])
def test_replace_validates_too(name: str, value: Any) -> None:
    with pytest.raises(InvalidOptionsError, match=f"^{name} must be "):
        dataclasses.replace(DEFAULT_OPTIONS, **{name: value})


def test_invalid_options_error_is_a_value_error_and_a_newsclean_error() -> None:
    with pytest.raises(ValueError, match="max_tag_chars"):
        Options(max_tag_chars=0)
    assert issubclass(InvalidOptionsError, NewscleanError)


def test_str_separator_message_suggests_the_tuple() -> None:
    with pytest.raises(InvalidOptionsError) as excinfo:
        Options(tag_separators="·")  # type: ignore[arg-type]
    assert str(excinfo.value).endswith("did you mean ('·',)?")


@pytest.mark.parametrize(
    "kwargs",
    [pytest.param({name: 1}, id=f"{name}=1") for name in POSITIVE_INTS]
    + [
        pytest.param({"language_min_probability": 0}, id="probability=0"),
        pytest.param({"language_min_probability": 1.0}, id="probability=1.0"),
        pytest.param({"tag_separators": ("·", "•", " - ")}, id="separators"),
    ],
)
def test_boundary_values_are_accepted(kwargs: dict[str, Any]) -> None:
    options = Options(**kwargs)
    for name, value in kwargs.items():
        assert getattr(options, name) == value


def test_options_are_frozen_keyword_only_and_hashable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_OPTIONS.max_tag_chars = 10  # type: ignore[misc]
    with pytest.raises(TypeError):
        Options(("|",))  # type: ignore[call-arg]
    assert {Options(), Options()} == {DEFAULT_OPTIONS}
    assert "max_tag_chars=60" in repr(DEFAULT_OPTIONS)


# --- options act on the result ----------------------------------------------------

PAGE = (
    "Harbour wall repaired after the storm · Weather · Coast\n\n"
    "Workers finished repairing the harbour wall on Friday, two weeks after the storm "
    "broke it in three places and flooded the fish market.\n"
)


def test_language_min_chars_option_acts() -> None:
    assert newsclean.clean(PAGE).language is not None
    assert newsclean.clean(PAGE, options=Options(language_min_chars=1000)).language is None


def test_glue_min_joins_option_acts() -> None:
    text = "HomeNews and moreSport today"
    assert newsclean.clean(text).source == text
    assert newsclean.clean(text, options=Options(glue_min_joins=2)).source == (
        "Home\nNews and more\nSport today"
    )


def test_tag_separators_option_gives_the_headline_and_its_tags() -> None:
    # Bug: segment.assemble splits the title with the default separators, not options'.
    article = newsclean.clean(PAGE, options=Options(tag_separators=("·",)))
    assert article.title == "Harbour wall repaired after the storm"
    assert article.tags == ("Weather", "Coast")


def test_tag_separators_option_replaces_the_default_ones() -> None:
    page = PAGE.replace(" · Weather · Coast", " | Weather")
    assert newsclean.clean(page).tags == ("Weather",)
    article = newsclean.clean(page, options=Options(tag_separators=("·",)))
    assert article.tags == ()
