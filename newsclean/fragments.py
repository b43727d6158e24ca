"""Rejoin paragraphs that a scraper broke at inline markup.

``get_text(separator="\\n")`` puts every link and emphasis on a line of its
own: ``"Read the"`` / ``"full report"`` / ``"on Monday."``. Each piece alone
looks like a short heading; together they are one paragraph. `join_fragments`
finds such runs (a line that starts in lower case or with punctuation continues
the one before) and labels them as one paragraph when the joined text is prose.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from newsclean.bylines import user_name
from newsclean.classify import TAG_LABEL, classify_line
from newsclean.dates import find_date
from newsclean.model import Draft, Line, LineKind
from newsclean.options import Options

__all__ = ["CONTINUES", "FRAGMENT_START", "join_fragments", "joined_text"]

FRAGMENT_START = "paragraph split by markup"
CONTINUES = "continues the line before"

_CONTINUATION = regex.compile(r"[\p{Ll},.;:!?)\]}»”’%]")
_OPEN_END = regex.compile(r"[\p{Ll}\p{N},(\[“‘«-]$")
_JOINABLE = frozenset(
    {LineKind.PARAGRAPH, LineKind.HEADING, LineKind.BOILERPLATE, LineKind.LIST_ITEM}
)
_MAX_PIECE_CHARS = 120
_FUNCTION_WORD_END = regex.compile(r"\p{Ll}{1,4}")
"""A short lower-case word ("der", "the", "beim", "de"): no sentence or headline ends on it."""
_NO_SPACE_BEFORE = regex.compile(r"[,.;:!?)\]}»”’%]")


def joined_text(pieces: list[str]) -> str:
    """Join fragments with a space, except before closing punctuation.

    >>> joined_text(["Read the", "full report", ", he said."])
    'Read the full report, he said.'
    """
    text = pieces[0]
    for piece in pieces[1:]:
        text += piece if _NO_SPACE_BEFORE.match(piece) else " " + piece
    return text


def _continues(lines: tuple[Line, ...], index: int) -> bool:
    """Whether line `index` continues the line before it (no blank line between)."""
    if index == 0:
        return False
    before, line = lines[index - 1], lines[index]
    if line.kind is LineKind.BYLINE and before.kind in _JOINABLE:
        return _byline_in_a_sentence(lines, index)
    if before.kind is LineKind.BYLINE and not _byline_in_a_sentence(lines, index - 1):
        return False
    if (before.kind not in _JOINABLE and before.kind is not LineKind.BYLINE) or (
        line.kind not in _JOINABLE
    ):
        return False
    if TAG_LABEL in (before.reason, line.reason):
        return False  # "Tags: autos" / "bendición": the tags under a label are no sentence
    if _CONTINUATION.match(line.text):
        return not _user_name_over_date(lines, index)
    # "Read the" / "Full Report" / "on Monday.": a short piece between an open
    # end and a lower-case continuation.
    following = lines[index + 1] if index + 1 < len(lines) else None
    return bool(
        _OPEN_END.search(before.text)
        and len(line.text) <= _MAX_PIECE_CHARS
        and following is not None
        and following.kind in _JOINABLE
        and _CONTINUATION.match(following.text)
    )


_SEPARATOR_LINE = regex.compile(r"[|/·•–—-]{1,3}")


def _user_name_over_date(lines: tuple[Line, ...], index: int) -> bool:
    """Whether line `index` holds a user name alone, above a dateline: "zed_99" / "3. Mai 2024".

    It credits the post that the date stamps; it does not continue the line before.
    """
    following = index + 1
    while following < len(lines) and _SEPARATOR_LINE.fullmatch(lines[following].text.strip()):
        following += 1
    return (
        following < len(lines)
        and lines[following].kind is LineKind.DATELINE
        and user_name(lines[index].text.strip()) is not None
    )


def _byline_in_a_sentence(lines: tuple[Line, ...], index: int) -> bool:
    """Whether a "by"/"von" line is a link inside a sentence split by markup.

    "... ist in der" / "Backstube von Ana Ruiz" / "das Team dran.": the line
    before stops at a function word, and the sentence runs on after it.
    """
    before = lines[index - 1]
    following = lines[index + 1] if index + 1 < len(lines) else None
    last_word = before.text.rsplit(maxsplit=1)[-1] if before.text.strip() else ""
    return bool(
        _FUNCTION_WORD_END.fullmatch(last_word)
        and following is not None
        and following.kind in _JOINABLE
        and _CONTINUATION.match(following.text)
        and find_date(following.text) is None
    )


def join_fragments(draft: Draft, options: Options) -> Draft:
    """Step: label runs of fragments that read as one paragraph."""
    lines = list(draft.lines)
    index = 0
    while index < len(lines):
        end = index + 1
        while end < len(lines) and _continues(draft.lines, end):
            end += 1
        if end - index >= 2:
            text = joined_text([line.text for line in lines[index:end]])
            kind, _ = classify_line(text, options)
            if kind is LineKind.PARAGRAPH:
                lines[index] = lines[index].relabel(LineKind.PARAGRAPH, FRAGMENT_START)
                for j in range(index + 1, end):
                    lines[j] = lines[j].relabel(LineKind.PARAGRAPH, CONTINUES)
        index = end
    return replace(draft, lines=tuple(lines))
