"""The pipeline: an immutable, ordered sequence of named steps.

A step is any callable ``(Draft, Options) -> Draft`` that returns a new draft
and keeps no state. Users edit a pipeline by step name (`replace`,
`insert_before`, `insert_after`, `without`); every edit returns a new pipeline.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeAlias

from newsclean.errors import UnknownStepError
from newsclean.model import Draft
from newsclean.options import Options

__all__ = ["MapLines", "Pipeline", "Step"]

Step: TypeAlias = Callable[[Draft, Options], Draft]
"""A pipeline step: returns a new Draft; must not mutate its input or keep state."""


@dataclass(frozen=True, slots=True)
class Pipeline:
    """An ordered, immutable sequence of named steps.

    >>> p = Pipeline((("a", MapLines(str.upper)),))
    >>> p.names
    ('a',)
    """

    steps: tuple[tuple[str, Step], ...]

    def __post_init__(self) -> None:
        if not isinstance(self.steps, tuple):
            raise TypeError(
                f"steps must be a tuple of (name, step) pairs, got {type(self.steps).__name__}"
            )
        items: tuple[object, ...] = self.steps
        for item in items:
            if not (
                isinstance(item, tuple)
                and len(item) == 2
                and isinstance(item[0], str)
                and callable(item[1])
            ):
                raise TypeError(f"each step must be a (name, callable) pair, got {item!r}")
        if len(set(self.names)) != len(self.names):
            raise ValueError(f"duplicate step names in {self.names}")

    @property
    def names(self) -> tuple[str, ...]:
        """The step names, in order."""
        return tuple(name for name, _ in self.steps)

    def _index(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            raise UnknownStepError(
                f"no step named {name!r}; the steps are {', '.join(self.names)}"
            ) from None

    def replace(self, name: str, step: Step) -> Pipeline:
        """Return a pipeline with the step `name` replaced by `step`."""
        index = self._index(name)
        return Pipeline((*self.steps[:index], (name, step), *self.steps[index + 1 :]))

    def insert_before(self, anchor: str, name: str, step: Step) -> Pipeline:
        """Return a pipeline with `step` added before the step `anchor`."""
        index = self._index(anchor)
        return Pipeline((*self.steps[:index], (name, step), *self.steps[index:]))

    def insert_after(self, anchor: str, name: str, step: Step) -> Pipeline:
        """Return a pipeline with `step` added after the step `anchor`."""
        index = self._index(anchor) + 1
        return Pipeline((*self.steps[:index], (name, step), *self.steps[index:]))

    def without(self, *names: str) -> Pipeline:
        """Return a pipeline without the named steps."""
        for name in names:
            self._index(name)
        return Pipeline(tuple(item for item in self.steps if item[0] not in names))

    def __call__(self, draft: Draft, options: Options) -> Draft:
        """Run every step in order; a step's exception is annotated with its name."""
        for name, step in self.steps:
            try:
                result = step(draft, options)
            except Exception as exc:
                exc.add_note(f"(raised in newsclean pipeline step {name!r})")
                raise
            if not isinstance(result, Draft):
                raise TypeError(f"step {name!r} returned {type(result).__name__}, expected Draft")
            draft = result
        return draft

    def trace(self, draft: Draft, options: Options) -> tuple[tuple[str, Draft], ...]:
        """Run the pipeline, returning the draft after every step (for notebooks)."""
        states = []
        for name, step in self.steps:
            draft = Pipeline(((name, step),))(draft, options)
            states.append((name, draft))
        return tuple(states)

    def __repr__(self) -> str:
        return f"Pipeline({' -> '.join(self.names)})"


@dataclass(frozen=True, slots=True)
class MapLines:
    """Lift a ``str -> str`` function into a step that rewrites the source line by line.

    Use it before ``split_into_lines``; each changed line is recorded as a repair.
    """

    fn: Callable[[str], str]
    kind: str = "custom"

    def __call__(self, draft: Draft, options: Options) -> Draft:
        """Rewrite every line of the source with `fn`, recording changes as repairs."""
        from newsclean._edits import Edit, apply_edits, narrowed  # noqa: PLC0415

        edits: list[Edit] = []
        start = 0
        for line in draft.source.split("\n"):
            edit = narrowed(start, line, self.fn(line).replace("\n", " "), self.kind)
            if edit is not None:
                edits.append(edit)
            start += len(line) + 1
        draft = apply_edits(draft, edits)
        if draft.lines:  # already split: keep the lines in step with the source
            from newsclean.model import split_lines  # noqa: PLC0415

            labels = [(ln.kind, ln.reason) for ln in draft.lines]
            relined = split_lines(draft.source)
            draft = dataclasses.replace(
                draft,
                lines=tuple(
                    ln.relabel(*labels[i]) if i < len(labels) else ln
                    for i, ln in enumerate(relined)
                ),
            )
        return draft
