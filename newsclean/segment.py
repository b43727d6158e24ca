"""Revise line labels from their context, and assemble the Article.

Steps, in pipeline order:

* `mark_teasers`: a ``Title | tag`` line repeated (link text, then heading)
  and the snippet after it form a teaser.
* `mark_body`: the main text is the contiguous run of lines with the best
  balance of prose over furniture (a maximum-sum run, as in jusText's
  context pass); short lines inside it are headings, text outside it is
  boilerplate or, after it, teasers.
* `pick_title`: the headline is read near the start of the main text.

`assemble` turns the final draft into the public `Article`.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from newsclean.bylines import parse_byline
from newsclean.classify import ends_like_sentence, split_tag_trail, word_count
from newsclean.dates import find_date
from newsclean.model import (
    BODY_KINDS,
    Article,
    Author,
    Block,
    Draft,
    Line,
    LineKind,
    Span,
    Teaser,
)
from newsclean.options import Options
from newsclean.teasers import split_title_and_tags

__all__ = ["assemble", "mark_body", "mark_teasers", "pick_title"]

K = LineKind
_HEAD_WINDOW = 12
"""How many non-blank lines before the body the headline, dateline and byline may be."""
_TAIL_WINDOW = 8
"""How many non-blank lines after the body a byline or note may be."""


def _nonblank(lines: tuple[Line, ...]) -> list[int]:
    return [i for i, line in enumerate(lines) if line.kind is not K.BLANK]


def _next_nonblank(lines: tuple[Line, ...], index: int) -> int | None:
    for j in range(index + 1, len(lines)):
        if lines[j].kind is not K.BLANK:
            return j
    return None


def mark_teasers(draft: Draft, options: Options) -> Draft:
    """Step: a repeated ``Title | tag`` line and the snippet after it are a teaser."""
    lines = list(draft.lines)
    teasers = list(draft.teasers)
    index = 0
    while index < len(lines):
        line = lines[index]
        following = _next_nonblank(draft.lines, index)
        if (
            line.kind is K.TEASER
            and following is not None
            and lines[following].text == line.text
        ):
            lines[index] = line.relabel(K.TEASER, "teaser title")
            lines[following] = lines[following].relabel(K.TEASER, "repeated teaser title")
            end = lines[following].span.end
            snippet = None
            after = _next_nonblank(draft.lines, following)
            if after is not None and lines[after].kind in {K.PARAGRAPH, K.HEADING}:
                lines[after] = lines[after].relabel(K.TEASER_SNIPPET, "snippet of a teaser")
                snippet = lines[after].text
                end = lines[after].span.end
                following = after
            parsed = split_title_and_tags(
                line.text, options.tag_separators, options.max_tag_chars
            )
            teasers.append(
                Teaser(
                    title=parsed.title,
                    tags=parsed.tags,
                    snippet=snippet,
                    span=Span(start=line.span.start, end=end),
                )
            )
            index = following + 1
            continue
        index += 1
    return replace(draft, lines=tuple(lines), teasers=tuple(teasers))


def _score(line: Line, options: Options) -> float:
    """How much a line speaks for being part of the main text (negative: against)."""
    size = len(line.text)
    kind = line.kind
    if kind is K.BLANK:
        return 0.0
    if kind is K.PARAGRAPH:
        return float(size) if ends_like_sentence(line.text) else size * 0.5
    if kind in {K.QUOTE, K.LIST_ITEM}:
        return size * 0.5 if size >= options.min_paragraph_chars else -5.0
    if kind is K.HEADING:
        return -(5.0 + size * 0.2)
    if kind is K.BOILERPLATE:
        return -(30.0 + size * 0.5)
    if kind in {K.TEASER, K.TEASER_SNIPPET}:
        return -(60.0 + size)
    return -5.0


def _best_run(scores: list[float]) -> tuple[int, int] | None:
    """The maximum-sum run ``[start, end)`` of `scores`, or None if none is positive."""
    best_sum = 0.0
    best: tuple[int, int] | None = None
    run_sum = 0.0
    run_start = 0
    for index, score in enumerate(scores):
        if run_sum <= 0:
            run_sum, run_start = 0.0, index
        run_sum += score
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, index + 1)
    return best


def mark_body(draft: Draft, options: Options) -> Draft:
    """Step: find the main text and relabel what lies outside it."""
    lines = list(draft.lines)
    run = _best_run([_score(line, options) for line in lines])
    if run is None:
        run = _fallback_run(lines)
    start, end = run if run is not None else (len(lines), len(lines))
    nonblank = _nonblank(draft.lines)
    head = {i for i in nonblank if i < start}
    head_near = set(sorted(head)[-_HEAD_WINDOW:])
    tail_near = set([i for i in nonblank if i >= end][:_TAIL_WINDOW])
    for index, line in enumerate(lines):
        if line.kind is K.BLANK or start <= index < end:
            continue
        if line.kind in BODY_KINDS:
            reason = "before the main text" if index < start else "after the main text"
            lines[index] = line.relabel(K.BOILERPLATE, reason)
        elif line.kind in {K.DATELINE, K.BYLINE} and index not in head_near | tail_near:
            lines[index] = line.relabel(K.BOILERPLATE, f"{line.kind} far from the main text")
        elif line.kind is K.NOTE and index < start:
            lines[index] = line.relabel(K.BOILERPLATE, "bracketed text before the main text")
    lines = _mark_teaser_trail(lines, end, options)
    return replace(draft, lines=tuple(lines), teasers=_trail_teasers(draft, lines, end, options))


def _fallback_run(lines: list[Line]) -> tuple[int, int] | None:
    """With no prose at all, the longest body-like line is the main text."""
    candidates = [i for i, line in enumerate(lines) if line.kind in BODY_KINDS]
    if not candidates:
        return None
    best = max(candidates, key=lambda i: (len(lines[i].text), -i))
    return best, best + 1


def _mark_teaser_trail(lines: list[Line], end: int, options: Options) -> list[Line]:
    """After the body, short title lines between tag trails are teaser titles too."""
    for index in range(end, len(lines)):
        line = lines[index]
        if line.kind is not K.BOILERPLATE or line.reason != "after the main text":
            continue
        before = next((lines[j] for j in range(index - 1, end - 1, -1) if lines[j].kind is not K.BLANK), None)
        after = next((lines[j] for j in range(index + 1, len(lines)) if lines[j].kind is not K.BLANK), None)
        neighbours = [n for n in (before, after) if n is not None]
        if (
            neighbours
            and all(n.kind is K.TEASER and n.reason == "tag trail" for n in neighbours)
            and not ends_like_sentence(line.text)
            and word_count(line.text) >= 3
        ):
            lines[index] = line.relabel(K.TEASER, "title between teasers")
    return lines


def _trail_teasers(
    draft: Draft, lines: list[Line], end: int, options: Options
) -> tuple[Teaser, ...]:
    taken = {(t.span.start) for t in draft.teasers}
    found = list(draft.teasers)
    for index in range(end, len(lines)):
        line = lines[index]
        if (
            line.kind is K.TEASER
            and line.reason in {"tag trail", "title between teasers"}
            and line.span.start not in taken
        ):
            parsed = split_title_and_tags(line.text, options.tag_separators, options.max_tag_chars)
            found.append(
                Teaser(
                    title=parsed.title,
                    tags=parsed.tags,
                    snippet=None,
                    span=Span(start=line.span.start, end=line.span.start + len(line.text)),
                )
            )
    found.sort(key=lambda t: t.span.start)
    return tuple(found)


_TITLE_SUFFIX = regex.compile(r"\s+[-–—|｜·]\s+[^-–—|｜·]{2,60}$")
_MARKDOWN_TITLE = regex.compile(r"#\s+(?=\S)")


def _title_core(text: str) -> str:
    """The headline part of a page title: "Storm hits coast - The Times" -> "Storm hits coast"."""
    return _TITLE_SUFFIX.sub("", _MARKDOWN_TITLE.sub("", text, count=1)).strip()


def pick_title(draft: Draft, options: Options) -> Draft:
    """Step: find the headline just before the main text, or repeated near the top."""
    lines = list(draft.lines)
    body = [i for i, line in enumerate(lines) if line.kind in BODY_KINDS]
    start = body[0] if body else len(lines)
    head = [i for i in _nonblank(draft.lines)[:60] if i < start]
    candidates = [
        i
        for i in head
        if lines[i].kind in {K.TEASER, K.HEADING, K.BOILERPLATE}
        and lines[i].reason not in {"teaser title", "repeated teaser title"}
        and 2 <= word_count(lines[i].text)
        and len(lines[i].text) <= options.max_title_chars
        and not ends_like_sentence(lines[i].text.rstrip("?!"))
    ]
    choice: int | None = None
    reason = ""
    # 1. A line repeated near the top (<title> text, then the <h1>).
    cores = {}
    for i in candidates:
        core = _title_core(lines[i].text).casefold()
        if word_count(core) < 2:
            continue
        if core in cores:
            choice, reason = i, "headline repeated near the top"
            lines[cores[core]] = lines[cores[core]].relabel(K.BOILERPLATE, "page title (repeats the headline)")
            break
        cores[core] = i
    # 2. A "# Headline", or a "Headline | Section" line before the body.
    if choice is None:
        for i in candidates:
            if _MARKDOWN_TITLE.match(lines[i].text):
                choice, reason = i, "markdown headline"
                break
    if choice is None:
        for i in candidates:
            if split_tag_trail(lines[i].text, options.tag_separators) and word_count(
                split_tag_trail(lines[i].text, options.tag_separators)[0]
            ) >= 3:
                choice, reason = i, "headline with its section or tags"
                break
    # 3. A heading just before the dateline, byline or first paragraph.
    if choice is None:
        near = [i for i in candidates if i in head[-6:] and lines[i].kind is K.HEADING]
        if near:
            choice, reason = near[-1], "short line just before the main text"
    # 4. The page's first line (a scraper's text starts with the <title>).
    if choice is None and candidates and candidates[0] == (head[0] if head else None):
        choice, reason = candidates[0], "first line of the page"
    if choice is not None:
        lines[choice] = lines[choice].relabel(K.TITLE, reason)
    return replace(draft, lines=tuple(lines))


def _block(line: Line) -> Block:
    text = line.text
    offset = 0
    if line.kind is K.HEADING:
        mark = regex.match(r"#{1,6}\s+", text)
        if mark:
            offset = mark.end()
    start = line.span.start + offset
    return Block(
        kind=line.kind,
        text=text[offset:],
        span=Span(start=start, end=line.span.start + len(text)),
        reason=line.reason,
    )


_NOTE_BRACKETS = regex.compile(r"^\[(.*)\]$")


def assemble(draft: Draft) -> Article:
    """Build the public `Article` from a finished draft."""
    lines = tuple(
        line if line.kind is not K.UNKNOWN else line.relabel(K.PARAGRAPH, "not labelled by any step")
        for line in draft.lines
    )
    title: str | None = None
    tags: tuple[str, ...] = ()
    published = None
    dateline = None
    authors: list[Author] = []
    notes: list[str] = []
    for line in lines:
        if line.kind is K.TITLE and title is None:
            text = _MARKDOWN_TITLE.sub("", line.text, count=1)
            if split_tag_trail(text):
                parsed = split_title_and_tags(text)
                title, tags = parsed.title, parsed.tags
            else:
                title = _title_core(text) if line.reason == "first line of the page" or line.reason.startswith("headline repeated") else text
        elif line.kind is K.DATELINE and dateline is None:
            found = find_date(line.text)
            if found is not None:
                published, dateline = found.value, line.text
        elif line.kind is K.BYLINE:
            for author in parse_byline(line.text):
                if author.name not in {a.name for a in authors}:
                    authors.append(author)
        elif line.kind is K.NOTE:
            notes.append(_NOTE_BRACKETS.sub(r"\1", line.text).strip())
    if published is None:
        for line in lines:
            if line.kind is K.BYLINE:
                found = find_date(line.text)
                if found is not None:
                    published, dateline = found.value, line.text
                    break
    return Article(
        title=title,
        tags=tags,
        published=published,
        dateline=dateline,
        authors=tuple(authors),
        body=tuple(_block(line) for line in lines if line.kind in BODY_KINDS),
        notes=tuple(notes),
        teasers=draft.teasers,
        boilerplate=tuple(_block(line) for line in lines if line.kind is K.BOILERPLATE),
        language=draft.language,
        repairs=draft.repairs,
        source=draft.source,
        lines=lines,
        decoded_as=draft.decoded_as,
    )
