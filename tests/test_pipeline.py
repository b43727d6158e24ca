"""`Pipeline` editing by name, `trace`, `MapLines`, step checks and pickling."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest

import newsclean
from newsclean import (
    DEFAULT_OPTIONS,
    DEFAULT_PIPELINE,
    Draft,
    LineKind,
    MapLines,
    NewscleanError,
    Options,
    Pipeline,
    UnknownStepError,
)

ROOT = Path(__file__).resolve().parents[1]
STORM = (ROOT / "examples" / "pages" / "storm.txt").read_text(encoding="utf-8")


# Module-level steps, so that the pipelines that hold them pickle.
def identity(draft: Draft, options: Options) -> Draft:
    return draft


def shout(text: str) -> str:
    return text.upper()


def returns_a_string(draft: Draft, options: Options) -> Draft:
    return draft.source  # type: ignore[return-value]


def returns_none(draft: Draft, options: Options) -> Draft:
    return None  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class MarkPrefix:
    """A configurable step: label lines starting with `prefix` boilerplate."""

    prefix: str

    def __call__(self, draft: Draft, options: Options) -> Draft:
        lines = tuple(
            ln.relabel(LineKind.BOILERPLATE, f"starts with {self.prefix!r}")
            if ln.text.startswith(self.prefix)
            else ln
            for ln in draft.lines
        )
        return dataclasses.replace(draft, lines=lines)


T = TypeVar("T")


def _pickled(value: T) -> T:
    copy: T = pickle.loads(pickle.dumps(value))  # noqa: S301 - our own data, in memory
    return copy


P = Pipeline((("a", identity), ("b", identity), ("c", identity)))


# --- editing by name ----------------------------------------------------------


def test_names_and_repr() -> None:
    assert P.names == ("a", "b", "c")
    assert repr(P) == "Pipeline(a -> b -> c)"
    assert DEFAULT_PIPELINE.names[0] == "fix_encoding"
    assert DEFAULT_PIPELINE.names[-1] == "detect_language"
    assert repr(DEFAULT_PIPELINE) == f"Pipeline({' -> '.join(DEFAULT_PIPELINE.names)})"


def test_replace_swaps_the_step_in_place() -> None:
    step = MarkPrefix("x")
    edited = P.replace("b", step)
    assert edited.names == ("a", "b", "c")
    assert edited.steps[1] == ("b", step)
    assert P.steps[1] == ("b", identity)


@pytest.mark.parametrize(
    ("method", "anchor", "expected"),
    [
        pytest.param("insert_before", "a", ("new", "a", "b", "c"), id="before-first"),
        pytest.param("insert_before", "c", ("a", "b", "new", "c"), id="before-last"),
        pytest.param("insert_after", "a", ("a", "new", "b", "c"), id="after-first"),
        pytest.param("insert_after", "c", ("a", "b", "c", "new"), id="after-last"),
    ],
)
def test_insert(method: str, anchor: str, expected: tuple[str, ...]) -> None:
    edited = getattr(P, method)(anchor, "new", identity)
    assert edited.names == expected
    assert P.names == ("a", "b", "c")


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        pytest.param(("b",), ("a", "c"), id="one"),
        pytest.param(("a", "c"), ("b",), id="two"),
        pytest.param((), ("a", "b", "c"), id="none"),
        pytest.param(("a", "b", "c"), (), id="all"),
    ],
)
def test_without(names: tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert P.without(*names).names == expected


def test_default_pipeline_without_language_detection() -> None:
    article = newsclean.clean(STORM, pipeline=DEFAULT_PIPELINE.without("detect_language"))
    assert article.language is None
    assert article.title == newsclean.clean(STORM).title


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda p: p.replace("nope", identity), id="replace"),
        pytest.param(lambda p: p.insert_before("nope", "x", identity), id="insert_before"),
        pytest.param(lambda p: p.insert_after("nope", "x", identity), id="insert_after"),
        pytest.param(lambda p: p.without("a", "nope"), id="without"),
    ],
)
def test_unknown_step_error_lists_the_steps(edit: object) -> None:
    with pytest.raises(UnknownStepError) as excinfo:
        edit(P)  # type: ignore[operator]
    assert str(excinfo.value) == "no step named 'nope'; the steps are a, b, c"
    assert isinstance(excinfo.value, KeyError)
    assert isinstance(excinfo.value, NewscleanError)


def test_unknown_step_error_on_the_default_pipeline_names_every_step() -> None:
    with pytest.raises(UnknownStepError) as excinfo:
        DEFAULT_PIPELINE.without("detect_langauge")
    message = str(excinfo.value)
    assert message.startswith("no step named 'detect_langauge'; the steps are fix_encoding, ")
    for name in DEFAULT_PIPELINE.names:
        assert name in message


@pytest.mark.parametrize(
    "build",
    [
        pytest.param(lambda: Pipeline((("a", identity), ("a", identity))), id="constructor"),
        pytest.param(lambda: P.insert_after("a", "b", identity), id="insert_after"),
        pytest.param(lambda: P.insert_before("a", "c", identity), id="insert_before"),
    ],
)
def test_duplicate_names_are_refused(build: object) -> None:
    with pytest.raises(ValueError, match="duplicate step names"):
        build()  # type: ignore[operator]


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        pytest.param(
            [("a", identity)], "steps must be a tuple of (name, step) pairs, got list", id="list"
        ),
        pytest.param(
            (("a", 3),),
            "each step must be a (name, callable) pair, got ('a', 3)",
            id="not-callable",
        ),
        pytest.param(
            ((1, identity),), "each step must be a (name, callable) pair", id="name-not-str"
        ),
        pytest.param((identity,), "each step must be a (name, callable) pair", id="bare-function"),
    ],
)
def test_pipeline_checks_its_steps(steps: object, message: str) -> None:
    with pytest.raises(TypeError) as excinfo:
        Pipeline(steps)  # type: ignore[arg-type]
    assert str(excinfo.value).startswith(message)


def test_pipeline_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        P.steps = ()  # type: ignore[misc]


# --- running ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("step", "type_name"),
    [
        pytest.param(returns_a_string, "str", id="str"),
        pytest.param(returns_none, "NoneType", id="None"),
    ],
)
def test_a_step_returning_a_non_draft_is_named(step: newsclean.Step, type_name: str) -> None:
    pipeline = DEFAULT_PIPELINE.insert_after("normalize", "broken", step)
    with pytest.raises(TypeError) as excinfo:
        newsclean.clean(STORM, pipeline=pipeline)
    assert str(excinfo.value) == f"step 'broken' returned {type_name}, expected Draft"


def test_empty_pipeline_still_labels_every_line() -> None:
    article = newsclean.clean(
        "Storm | Weather\nThe storm reached the coast.\n", pipeline=Pipeline(())
    )
    assert [ln.text for ln in article.lines] == ["Storm | Weather", "The storm reached the coast."]
    assert all(ln.kind is not LineKind.UNKNOWN for ln in article.lines)


def test_trace_gives_the_draft_after_every_step() -> None:
    start = Draft.from_text(STORM)
    states = DEFAULT_PIPELINE.trace(start, DEFAULT_OPTIONS)
    assert tuple(name for name, _ in states) == DEFAULT_PIPELINE.names
    assert all(isinstance(draft, Draft) for _, draft in states)
    assert states[-1][1] == DEFAULT_PIPELINE(start, DEFAULT_OPTIONS)
    assert start == Draft.from_text(STORM)  # the input draft is untouched
    by_name = dict(states)
    assert by_name["fix_encoding"].lines == ()
    assert "county’s" in by_name["fix_encoding"].source
    assert "coast. The" in by_name["repair_glue"].source
    assert len(by_name["split_into_lines"].lines) == STORM.count("\n")
    assert {ln.kind for ln in by_name["split_into_lines"].lines} == {LineKind.UNKNOWN}
    assert LineKind.UNKNOWN not in {ln.kind for ln in by_name["classify_lines"].lines}
    assert by_name["fix_encoding"].language is None
    assert by_name["detect_language"].language is not None


def test_trace_shows_a_custom_step_at_work() -> None:
    pipeline = DEFAULT_PIPELINE.insert_after("classify_lines", "mark_listen", MarkPrefix("Listen"))
    states = dict(pipeline.trace(Draft.from_text(STORM), DEFAULT_OPTIONS))
    listen = next(
        i for i, ln in enumerate(states["classify_lines"].lines) if ln.text.startswith("Listen")
    )
    assert states["classify_lines"].lines[listen].kind is LineKind.HEADING
    assert states["mark_listen"].lines[listen].kind is LineKind.BOILERPLATE
    assert states["mark_listen"].lines[listen].reason == "starts with 'Listen'"
    article = newsclean.clean(STORM, pipeline=pipeline)
    assert "Listen to this article" in [b.text for b in article.boilerplate]
    assert "Listen to this article" not in article.text


# --- MapLines ------------------------------------------------------------------------


def test_map_lines_before_splitting_records_repairs() -> None:
    pipeline = DEFAULT_PIPELINE.insert_after("normalize", "shout", MapLines(shout, kind="upper"))
    article = newsclean.clean(
        "Storm | Weather\n\nThe storm reached the coast on Monday.\n", pipeline=pipeline
    )
    assert article.source == "STORM | WEATHER\n\nTHE STORM REACHED THE COAST ON MONDAY.\n"
    assert {r.kind for r in article.repairs} == {"upper"}
    for repair in article.repairs:
        assert article.source[repair.span.start : repair.span.end] == repair.after


def test_map_lines_never_adds_lines() -> None:
    step = MapLines(lambda text: text.replace(" ", "\n"))
    draft = step(Draft.from_text("a b\nc d"), DEFAULT_OPTIONS)
    assert draft.source == "a b\nc d"


def test_map_lines_after_splitting_keeps_lines_and_labels() -> None:
    pipeline = DEFAULT_PIPELINE.insert_after("classify_lines", "shout", MapLines(shout))
    article = newsclean.clean(STORM, pipeline=pipeline)
    plain = newsclean.clean(STORM)
    assert len(article.lines) == len(plain.lines)
    assert [ln.text for ln in article.lines] == [ln.text.upper() for ln in plain.lines]
    assert all(ln.kind is not LineKind.UNKNOWN for ln in article.lines)


def test_map_lines_is_a_frozen_dataclass() -> None:
    step = MapLines(shout)
    with pytest.raises(dataclasses.FrozenInstanceError):
        step.fn = str.lower  # type: ignore[misc]
    assert _pickled(step) == step


# --- pickling (process pools, Spark, Dask) ------------------------------------------


def test_default_pipeline_pickles() -> None:
    copy = _pickled(DEFAULT_PIPELINE)
    assert copy == DEFAULT_PIPELINE
    assert copy.names == DEFAULT_PIPELINE.names
    assert newsclean.clean(STORM, pipeline=copy) == newsclean.clean(STORM)


def test_edited_pipeline_with_configured_steps_pickles() -> None:
    pipeline = DEFAULT_PIPELINE.insert_after(
        "classify_lines", "mark_listen", MarkPrefix("Listen")
    ).insert_after("normalize", "shout", MapLines(shout))
    copy = _pickled(pipeline)
    assert copy == pipeline
    assert newsclean.clean(STORM, pipeline=copy) == newsclean.clean(STORM, pipeline=pipeline)


@pytest.mark.parametrize(
    "options",
    [
        DEFAULT_OPTIONS,
        Options(max_tag_chars=20, tag_separators=("|", "·"), language_min_probability=0.5),
    ],
    ids=["default", "custom"],
)
def test_options_pickle(options: Options) -> None:
    copy = _pickled(options)
    assert copy == options
    assert hash(copy) == hash(options)
