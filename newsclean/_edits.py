"""Apply text edits to a draft while keeping every repair's span correct.

Steps that change the text (encoding, normalisation, glue repair) describe
their changes as `Edit`s on the current source. `apply_edits` makes the new
source, records each edit as a `Repair` whose span points into it, and moves the
spans of earlier repairs so that they still point at the right text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from newsclean.model import Draft, Repair, Span


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``source[start:end]`` with `replacement`, as a repair of `kind`."""

    start: int
    end: int
    replacement: str
    kind: str


def _encodable(text: str) -> str:
    """Lone surrogates, written as escapes, so that every repair can be UTF-8 encoded."""
    if text.isascii():
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def narrowed(start: int, before: str, after: str, kind: str) -> Edit | None:
    """Return the smallest edit turning `before` (found at `start`) into `after`.

    >>> narrowed(10, "a  b", "a b", "whitespace")
    Edit(start=12, end=13, replacement='', kind='whitespace')
    >>> narrowed(0, "same", "same", "x") is None
    True
    """
    if before == after:
        return None
    limit = min(len(before), len(after))
    head = 0
    while head < limit and before[head] == after[head]:
        head += 1
    tail = 0
    while tail < limit - head and before[len(before) - 1 - tail] == after[len(after) - 1 - tail]:
        tail += 1
    return Edit(
        start=start + head,
        end=start + len(before) - tail,
        replacement=after[head : len(after) - tail],
        kind=kind,
    )


def apply_edits(draft: Draft, edits: list[Edit]) -> Draft:
    """Apply sorted, non-overlapping `edits` to ``draft.source``.

    >>> d = apply_edits(Draft.from_text("a.B c"), [Edit(2, 2, " ", "glue")])
    >>> d.source, d.repairs[0].span.to_dict()
    ('a. B c', [2, 3])
    """
    if not edits:
        return draft
    source = draft.source
    pieces: list[str] = []
    new_repairs: list[Repair] = []
    # Old edit starts, and the shift of positions at or after each edit's end.
    starts: list[int] = []
    ends: list[int] = []
    new_starts: list[int] = []
    shifts: list[int] = []
    cursor = 0
    shift = 0
    for edit in edits:
        pieces.append(source[cursor : edit.start])
        new_start = edit.start + shift
        pieces.append(edit.replacement)
        new_repairs.append(
            Repair(
                kind=edit.kind,
                span=Span(start=new_start, end=new_start + len(edit.replacement)),
                before=_encodable(source[edit.start : edit.end]),
                after=edit.replacement,
            )
        )
        shift += len(edit.replacement) - (edit.end - edit.start)
        starts.append(edit.start)
        ends.append(edit.end)
        new_starts.append(new_start)
        shifts.append(shift)
        cursor = edit.end
    pieces.append(source[cursor:])

    def moved(position: int, *, is_end: bool) -> int:
        # An end is moved by the edits that start before it, a start also by
        # those that start at it (an insertion there goes before the repair).
        find = bisect_left if is_end else bisect_right
        index = find(starts, position) - 1
        if index < 0:
            return position
        if position >= ends[index]:
            return position + shifts[index]
        # Inside an edited range: snap to its new bounds.
        if is_end:
            return new_starts[index] + len(edits[index].replacement)
        return new_starts[index]

    new_source = "".join(pieces)
    old_repairs = []
    for repair in draft.repairs:
        start = moved(repair.span.start, is_end=False)
        end = max(start, moved(repair.span.end, is_end=True))
        # A later edit inside an earlier repair changes what the region reads now.
        old_repairs.append(
            replace(repair, span=Span(start=start, end=end), after=new_source[start:end])
        )
    repairs = sorted([*old_repairs, *new_repairs], key=lambda r: (r.span.start, r.span.end))
    return replace(draft, source=new_source, repairs=tuple(repairs))
