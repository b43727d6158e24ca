"""`newsclean.clean`: input types, bytes and the encoding hint, argument checks, JSON."""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean import DEFAULT_OPTIONS, DEFAULT_PIPELINE, Article, clean

ROOT = Path(__file__).resolve().parents[1]
STORM = (ROOT / "examples" / "pages" / "storm.txt").read_text(encoding="utf-8")
BRIDGE = (ROOT / "examples" / "pages" / "bridge.txt").read_text(encoding="utf-8")


# --- the input type ----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "type_name"),
    [
        pytest.param(None, "NoneType", id="None"),
        pytest.param(3, "int", id="int"),
        pytest.param(3.5, "float", id="float"),
        pytest.param(["Storm | Weather"], "list", id="list"),
        pytest.param({"text": "x"}, "dict", id="dict"),
        pytest.param(Path("page.txt"), "PosixPath", id="path"),
    ],
)
def test_clean_rejects_other_types_naming_what_to_pass(value: Any, type_name: str) -> None:
    with pytest.raises(TypeError) as excinfo:
        clean(value)
    message = str(excinfo.value)
    assert message == (
        f"clean() expects the page as str (or bytes, decoded for you), got {type_name}"
    )


def test_clean_is_positional_for_the_page_and_keyword_only_for_the_rest() -> None:
    untyped: Any = clean
    with pytest.raises(TypeError):
        untyped(STORM, DEFAULT_OPTIONS)
    with pytest.raises(TypeError):
        untyped(text=STORM)


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        pytest.param(
            {"options": {"max_tag_chars": 10}},
            "options must be a newsclean.Options, got dict",
            id="options-dict",
        ),
        pytest.param(
            {"options": None},
            "options must be a newsclean.Options, got NoneType",
            id="options-none",
        ),
        pytest.param(
            {"options": DEFAULT_PIPELINE},
            "options must be a newsclean.Options, got Pipeline",
            id="options-swapped",
        ),
        pytest.param(
            {"pipeline": list(DEFAULT_PIPELINE.steps)},
            "pipeline must be a newsclean.Pipeline, got list",
            id="pipeline-list",
        ),
        pytest.param(
            {"pipeline": DEFAULT_OPTIONS},
            "pipeline must be a newsclean.Pipeline, got Options",
            id="pipeline-swapped",
        ),
    ],
)
def test_clean_checks_options_and_pipeline_types(kwargs: dict[str, Any], fragment: str) -> None:
    with pytest.raises(TypeError, match="^" + fragment.replace(".", r"\.") + "$"):
        clean(STORM, **kwargs)


def test_empty_and_blank_pages_give_empty_articles() -> None:
    for text in ("", "\n\n", "   ", b""):
        article = clean(text)
        assert isinstance(article, Article)
        assert article.title is None
        assert article.body == ()
        assert article.language is None


# --- bytes and the encoding hint ----------------------------------------------


@pytest.mark.parametrize(
    "wrap",
    [bytes, bytearray, memoryview],
    ids=["bytes", "bytearray", "memoryview"],
)
def test_bytes_give_the_same_article_as_text(wrap: Any) -> None:
    from_bytes = clean(wrap(STORM.encode("utf-8")))
    assert from_bytes.decoded_as == "utf-8"
    assert dataclasses.replace(from_bytes, decoded_as=None) == clean(STORM)


def test_text_input_has_no_decoded_as() -> None:
    assert clean(STORM).decoded_as is None


def test_encoding_hint_is_used_for_bytes() -> None:
    article = clean(BRIDGE.encode("cp1252"), encoding="windows-1252")
    assert article.decoded_as == "windows-1252"
    assert article.title == "Neue Fußgängerbrücke in Kellberg eröffnet"
    assert "Bürgermeisterin" in article.text
    assert article.repairs == clean(BRIDGE).repairs


def test_encoding_hint_that_does_not_decode_falls_back() -> None:
    # UTF-8 bytes declared as ASCII (a common server misconfiguration).
    article = clean(BRIDGE.encode("utf-8"), encoding="ascii")
    assert article.decoded_as == "utf-8"
    assert article.title == "Neue Fußgängerbrücke in Kellberg eröffnet"


def test_unknown_encoding_hint_is_ignored() -> None:
    article = clean(STORM.encode("utf-8"), encoding="x-no-such-codec")
    assert article.decoded_as == "utf-8"
    assert article.title == "Storm Idris floods the harbour town of Port Elwin"


def test_byte_order_mark_wins_over_the_hint() -> None:
    article = clean(BRIDGE.encode("utf-16"), encoding="cp1252")
    assert article.decoded_as == "utf-16"
    assert article.tags == ("Lokales", "Verkehr")


# --- JSON ----------------------------------------------------------------------


def _through_json(data: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(json.dumps(data, ensure_ascii=False))
    return result


@pytest.mark.parametrize("page", [STORM, BRIDGE], ids=["storm", "bridge"])
def test_json_round_trip_with_lines(page: str) -> None:
    article = clean(page)
    again = Article.from_dict(_through_json(article.to_dict(include_lines=True)))
    assert again == article
    assert again.published == article.published
    assert again.lines == article.lines


def test_json_round_trip_without_lines_keeps_everything_else() -> None:
    article = clean(STORM)
    data = article.to_dict()
    assert "source" not in data
    assert "lines" not in data
    again = Article.from_dict(_through_json(data))
    assert again.source == ""
    assert again.lines == ()
    assert again == dataclasses.replace(article, source="", lines=())


def test_json_keeps_the_time_zone() -> None:
    article = clean(STORM)
    data = _through_json(article.to_dict())
    assert data["published"] == "2025-03-04T06:40:00+00:00"
    published = Article.from_dict(data).published
    assert published is not None
    assert published.utcoffset() == timedelta(0)


def test_to_dict_is_plain_json_data() -> None:
    data = clean(STORM).to_dict(include_lines=True)
    assert _through_json(data) == data
    assert list(data) == [
        "title",
        "tags",
        "published",
        "dateline",
        "authors",
        "body",
        "notes",
        "teasers",
        "boilerplate",
        "language",
        "repairs",
        "decoded_as",
        "source",
        "lines",
    ]
    assert data["body"][0] == {
        "kind": "paragraph",
        "text": data["source"][data["body"][0]["span"][0] : data["body"][0]["span"][1]],
        "span": data["body"][0]["span"],
        "reason": data["body"][0]["reason"],
    }


# --- the public surface --------------------------------------------------------


def test_public_names_are_importable_and_dir_shows_only_them() -> None:
    for name in newsclean.__all__:
        assert getattr(newsclean, name) is not None
    assert sorted(dir(newsclean)) == sorted(newsclean.__all__)
    assert newsclean.__version__.count(".") == 2


def test_clean_does_not_depend_on_a_previous_call() -> None:
    first = clean(STORM)
    clean(BRIDGE.encode("cp1252"), encoding="cp1252")
    assert clean(STORM) == first


def test_a_step_error_keeps_its_type_and_names_the_step() -> None:
    pipeline = DEFAULT_PIPELINE.insert_after("normalize", "explode", _explode)
    with pytest.raises(ZeroDivisionError) as excinfo:
        clean(STORM, pipeline=pipeline)
    assert excinfo.value.__notes__ == ["(raised in newsclean pipeline step 'explode')"]


def _explode(draft: newsclean.Draft, options: newsclean.Options) -> newsclean.Draft:
    raise ZeroDivisionError("boom")
