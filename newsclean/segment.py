"""Revise line labels from their context, and assemble the Article.

Steps, in pipeline order:

* `mark_teasers`: a ``Title | tag`` line repeated (link text, then heading)
  and the snippet after it form a teaser.
* `mark_body`: the main text is the contiguous run of lines with the best
  balance of prose over furniture (a maximum-sum run, as in jusText's
  context pass); short lines inside it are headings, text outside it is
  boilerplate or, after it, teasers.

`assemble` turns the final draft into the public `Article`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from itertools import pairwise

import regex

from newsclean.bylines import (
    NAME_REASONS,
    SEPARATORS,
    dateline_authors,
    is_name_connector,
    is_visual_credit,
    labelled_names,
    listed_names,
    name_beside_date,
    opens_with_by_word,
    parse_byline,
    person_name,
    responsible_editor,
)
from newsclean.classify import (
    TABLE_ROW,
    TABLE_RULE,
    ends_like_sentence,
    looks_like_author_bio,
    says_at_end,
    visual_length,
    without_list_mark,
    without_marks,
    word_count,
)
from newsclean.dates import (
    FoundDate,
    find_date,
    find_stamp,
    is_labelled_published,
    names_a_period,
    signs_an_embedded_post,
)
from newsclean.fragments import CONTINUES, FRAGMENT_START, joined_text
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
    next_nonblank,
)
from newsclean.options import DEFAULT_OPTIONS, Options
from newsclean.teasers import split_title_and_tags
from newsclean.title import headline_anchor, title_and_tags
from newsclean.weights import shipped_weights

__all__ = ["assemble", "mark_body", "mark_credits", "mark_teasers"]

K = LineKind
_HEAD_WINDOW = 25
"""How many non-blank lines before the body the headline, dateline and byline may be."""
_ABOVE_TITLE = 3
"""Non-blank lines right above the headline where its byline may stand."""
_TAIL_WINDOW = 4
"""How many non-blank lines after the body a byline or note may be."""


def _has_letters(text: str) -> bool:
    """Whether a line holds a word: a bare "##" or "*" left by markup holds none."""
    return any(char.isalpha() for char in text)


def _nonblank(lines: tuple[Line, ...]) -> list[int]:
    return [i for i, line in enumerate(lines) if line.kind is not K.BLANK]


def mark_teasers(draft: Draft, options: Options) -> Draft:
    """Step: a repeated ``Title | tag`` line and the snippet after it are a teaser."""
    lines = list(draft.lines)
    teasers = list(draft.teasers)
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.kind is not K.TEASER:
            index += 1
            continue
        following = next_nonblank(draft.lines, index)
        if following is not None and lines[following].text == line.text:
            lines[index] = line.relabel(K.TEASER, "teaser title")
            lines[following] = lines[following].relabel(K.TEASER, "repeated teaser title")
            end = lines[following].span.end
            snippet = None
            after = next_nonblank(draft.lines, following)
            if after is not None and lines[after].kind in {K.PARAGRAPH, K.HEADING}:
                lines[after] = lines[after].relabel(K.TEASER_SNIPPET, "snippet of a teaser")
                snippet = lines[after].text
                end = lines[after].span.end
                following = after
            parsed = split_title_and_tags(line.text, options.tag_separators, options.max_tag_chars)
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


_COMMENTS_HEADER = regex.compile(
    r"[\[(]?\s{0,3}(?:\d{1,6}\s{1,3})?(?:(?:top(?: rated)?|reader|all|latest|newest) comments|"
    r"comments?|kommentare?|commentaires?|comentarios?|комментари\w*|评论|"
    r"(?:leave|write) a (?:reply|comment)|"
    r"(?:schreiben sie|schreibe|hinterlasse(?:n sie)?|verfasse) einen kommentar|"
    r"kommentar (?:verfassen|schreiben|hinterlassen|abgeben)|"
    r"laisser un commentaire|dej(?:a|ar) un comentario|lascia un commento|join the discussion)"
    r"(?:\s*\(\d{1,6}\))?\s*:?"
    r"\s{0,3}[\])]?",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class LineWeights:
    """How much each kind of line weighs for or against being main text.

    The values ship as data (``data/line_weights.json``), fitted on the
    development corpus by ``benchmarks/fit_weights.py``.
    """

    paragraph_offset: float = 60.0
    unfinished_paragraph: float = 0.5
    heading_cost: float = 5.0
    heading_cost_per_char: float = 0.2
    boilerplate_cost: float = 15.0
    boilerplate_cost_per_char: float = 0.5
    teaser_cost: float = 60.0
    short_run_penalty: float = 15.0

    @classmethod
    def load(cls) -> LineWeights:
        """The shipped weights."""
        return shipped_weights(cls, "line_weights.json")


WEIGHTS = LineWeights.load()
_MIN_COMMENTERS = 2
"""Lines ending in "says:" that make a comment thread (one may open a quotation)."""
_BARRIER_REASONS = frozenset({"comment policy", "comment header", "comment form"})
_BARRIER = -800.0
_HEADING_MARK = regex.compile(r"#{1,6}\s+")
"""A comment section's header: the main text does not run on past it."""


def _without_heading_mark(text: str) -> str:
    """The text after a Markdown heading mark ("### Comments"; "* Comments" is a link)."""
    mark = _HEADING_MARK.match(text)
    return text[mark.end() :] if mark else text


def _score(line: Line, options: Options, offset: float | None = None) -> float:
    """How much a line speaks for being part of the main text (negative: against)."""
    weights = WEIGHTS
    offset = weights.paragraph_offset if offset is None else offset
    size = visual_length(line.text)
    kind = line.kind
    if kind is K.BLANK:
        return 0.0
    if kind is K.PARAGRAPH or (kind is K.QUOTE and ends_like_sentence(line.text)):
        if line.reason == CONTINUES:
            return 0.0  # counted with the line that starts the paragraph
        # The offset makes a short paragraph, such as a teaser's snippet, weigh
        # little against the headline and time stamp around it.
        finished = ends_like_sentence(line.text)
        size_score = float(size) if finished else size * weights.unfinished_paragraph
        return size_score - offset
    if kind in {K.QUOTE, K.LIST_ITEM}:
        if line.reason == TABLE_ROW:
            return 0.0  # a table neither makes the main text nor breaks it
        if size >= options.min_paragraph_chars:
            return size * weights.unfinished_paragraph
        return -weights.heading_cost
    if kind is K.HEADING:
        return -(weights.heading_cost + size * weights.heading_cost_per_char)
    if kind is K.BOILERPLATE:
        if line.reason == TABLE_RULE:
            return 0.0  # weighs like the rows of its table
        if line.reason in _BARRIER_REASONS or (
            line.reason == "comments"
            and _COMMENTS_HEADER.fullmatch(_without_heading_mark(line.text))
        ):
            return _BARRIER
        if line.reason == "picture credit":
            return -weights.heading_cost  # weighs like the caption it stands for
        return -(weights.boilerplate_cost + size * weights.boilerplate_cost_per_char)
    if kind in {K.TEASER, K.TEASER_SNIPPET}:
        return -(weights.teaser_cost + size)
    return -weights.heading_cost


def _scores(lines: list[Line], options: Options, offset: float, entries: list[int]) -> list[float]:
    """Score every line; a paragraph split by markup is scored as a whole, on its first line.

    `entries` are the lines of lists of dated entries (`_list_entries`).
    """
    scores = [_score(line, options, offset) for line in lines]
    index = 0
    while index < len(lines):
        if lines[index].reason == FRAGMENT_START:
            end = index + 1
            while end < len(lines) and lines[end].reason == CONTINUES:
                end += 1
            whole = joined_text([line.text for line in lines[index:end]])
            scores[index] = _score(
                replace(lines[index], text=whole, reason="prose"), options, offset
            )
            index = end
        else:
            index += 1
    for index in entries:
        scores[index] = 0.0
    for index in _comment_links_in_share_bars(lines):
        scores[index] = _score(replace(lines[index], reason="share buttons"), options, offset)
    commenters = [i for i, line in enumerate(lines) if says_at_end(line.text)]
    if len(commenters) >= _MIN_COMMENTERS:
        for index in commenters:
            scores[index] = _BARRIER
    for index in _deep_in_short_runs(lines):
        scores[index] -= WEIGHTS.short_run_penalty
    for index in _bios_under_about_headings(lines):
        scores[index] = -abs(scores[index])
    return _after_comments_header(scores)


def _bios_under_about_headings(lines: list[Line]) -> list[int]:
    """Paragraphs right under an "About Jo Lee" header: a box about the writer, not the article."""
    return [
        index
        for index, line in enumerate(lines)
        if line.kind is K.PARAGRAPH and _under_about_heading(lines, index) is not None
    ]


def _comment_links_in_share_bars(lines: list[Line]) -> list[int]:
    """A "Comments" line beside a share button: a link in a share bar, not a section header."""
    nonblank = [i for i, line in enumerate(lines) if line.kind is not K.BLANK]
    found = []
    for pos, index in enumerate(nonblank):
        if lines[index].reason != "comments":
            continue
        neighbours = nonblank[max(0, pos - 1) : pos] + nonblank[pos + 1 : pos + 2]
        if any(lines[i].reason == "share buttons" for i in neighbours):
            found.append(index)
    return found


_SHORT_RUN_FREE = 3
"""Short lines in a row that an article may have (a subheading, a credit, a label)."""


def _deep_in_short_runs(lines: list[Line]) -> list[int]:
    """Lines past the third in a run of short non-prose lines: a menu, link list or tag cloud.

    Each such line weighs more against the main text than a lone heading, so
    the main text does not run on across a menu to prose beyond it.
    """
    found: list[int] = []
    run = 0
    for index, line in enumerate(lines):
        if line.kind is K.BLANK:
            continue
        if _is_short(line):
            run += 1
            if run > _SHORT_RUN_FREE:
                found.append(index)
        else:
            run = 0
    return found


_SHORT_KINDS = frozenset({K.HEADING, K.BOILERPLATE, K.TEASER, K.DATELINE, K.BYLINE})
_SHORT_ITEM_CHARS = 40
"""A list item shorter than this is a menu entry or a link, not an item of the article."""


def _is_short(line: Line) -> bool:
    """A short non-prose line: a heading, a piece of furniture, a short list item.

    Markdown and layout renderings keep a menu's list marks ("* World",
    "+ Africa"): such items count like the bare lines of other renderings.
    """
    if line.reason == CONTINUES:
        return False
    if line.kind is K.LIST_ITEM:
        return visual_length(line.text) < _SHORT_ITEM_CHARS
    return line.kind in _SHORT_KINDS


_MAX_ENTRY_HEAD = 3
_ENTRY_HEAD_KINDS = frozenset({K.HEADING, K.BYLINE})
"""Short lines (headline, name) an entry of a list may have before its date."""
_NEXT_ENTRY_WITHIN = 8
"""Non-blank lines from one entry's date to the next one's in the same list."""


def _list_entries(lines: list[Line]) -> list[int]:
    """The lines of a list of dated entries: teasers of other articles, comments, a gallery.

    An entry is a headline or a name, a dateline and one paragraph; two entries
    close together make a list (an article's own head is followed by more
    than one paragraph). Entries weigh nothing in the search for the main
    text: a list after the article does not extend it, a gallery inside it
    does not cut it in two; `mark_body` then takes them out of the body.
    """
    nonblank = [
        i for i, line in enumerate(lines) if line.kind is not K.BLANK and line.reason != CONTINUES
    ]
    entries: list[int] = []  # positions in `nonblank` of the entries' datelines
    for pos, index in enumerate(nonblank):
        if lines[index].kind is not K.DATELINE or pos == 0:
            continue
        following = [lines[i].kind for i in nonblank[pos + 1 : pos + 3]]
        if following[:1] != [K.PARAGRAPH] or following[1:] == [K.PARAGRAPH]:
            continue
        if lines[nonblank[pos - 1]].kind in _ENTRY_HEAD_KINDS:
            entries.append(pos)
    listed = {pos for a, b in pairwise(entries) if b - a <= _NEXT_ENTRY_WITHIN for pos in (a, b)}
    found: list[int] = []
    for pos in sorted(listed):
        head = pos - 1
        while (
            head > 0
            and pos - head < _MAX_ENTRY_HEAD
            and lines[nonblank[head - 1]].kind in _ENTRY_HEAD_KINDS
        ):
            head -= 1
        found.extend(nonblank[head : pos + 2])
    return found


# A day and month (maybe a year) at the start of a line, then its headline:
# "9/11 Storm closes the port", "04.08.2022 Neue Regeln". A list of dated teasers
# whose dates were glued to their headlines when the markup was dropped.
_STAMPED_ENTRY = regex.compile(
    r"\s{0,8}(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{4}-\d{2}-\d{2})\s{1,3}\S"
)
_MIN_STAMPED_ENTRIES = 3


def _stamped_entries(lines: list[Line]) -> list[int]:
    """Paragraphs in a row that each open with a date: a list of dated teasers in one line each."""
    found: list[int] = []
    run: list[int] = []
    for index, line in enumerate([*lines, None]):
        if line is not None and (line.kind is K.BLANK or line.reason == CONTINUES):
            continue
        if line is not None and line.kind is K.PARAGRAPH and _STAMPED_ENTRY.match(line.text):
            run.append(index)
            continue
        if len(run) >= _MIN_STAMPED_ENTRIES:
            found.extend(run)
        run = []
    return found


_RECORD_HEAD = (2, 4)
"""Short lines (kicker, headline, source, tags) before a teaser's one-paragraph snippet."""
_MIN_RECORDS = 3
_MAX_SNIPPET_CHARS = 200
_LETTER = regex.compile(r"\p{L}")
_NOT_CARD_REASONS = frozenset({"picture credit", "share buttons"})
"""Short lines that the article's own sections have: a gallery's credit, a share bar."""


def _teaser_records(lines: list[Line]) -> list[int]:
    """The lines of a run of undated teasers: two to four short lines, then one paragraph.

    An article's sections have one heading and more than one paragraph; a
    list of other articles repeats kicker, headline, source and snippet.
    """
    nonblank = [
        i for i, line in enumerate(lines) if line.kind is not K.BLANK and line.reason != CONTINUES
    ]
    records: list[list[int]] = []  # each: the record's lines, head first
    run: list[list[int]] = []
    head: list[int] = []
    for pos, index in enumerate(nonblank):
        line = lines[index]
        if line.kind is K.PARAGRAPH:
            following = nonblank[pos + 1] if pos + 1 < len(nonblank) else None
            single = following is None or lines[following].kind is not K.PARAGRAPH
            short = visual_length(line.text) <= _MAX_SNIPPET_CHARS
            if single and short and _RECORD_HEAD[0] <= len(head) <= _RECORD_HEAD[1]:
                run.append([*head, index])
            else:
                if len(run) >= _MIN_RECORDS:
                    records.extend(run)
                run = []
            head = []
        elif not _LETTER.search(line.text):
            continue  # a rule ("___", "* * *") between sections
        elif _is_short(line) and line.reason not in _NOT_CARD_REASONS:
            head.append(index)
        else:
            head = []
    if len(run) >= _MIN_RECORDS:
        records.extend(run)
    return [index for record in records for index in record]


_MIN_ARTICLE_BEFORE_COMMENTS = 250.0
"""Prose needed before a comments header for what follows it to count as comments."""


def _after_comments_header(scores: list[float]) -> list[float]:
    """Prose after a comment section's header, once an article came before it, is comments."""
    prose = 0.0
    for index, score in enumerate(scores):
        if score <= _BARRIER and prose >= _MIN_ARTICLE_BEFORE_COMMENTS:
            return scores[:index] + [min(s, -abs(s)) for s in scores[index:]]
        prose += max(score, 0.0)
    return scores


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
    entries = sorted(
        set(_list_entries(lines)) | set(_teaser_records(lines)) | set(_stamped_entries(lines))
    )
    anchor = headline_anchor(lines, options)
    run = _main_run(lines, options, entries, anchor)
    # No lede before the headline, when the main text starts below it.
    earliest = anchor if anchor is not None and run is not None and run[0] > anchor else 0
    start, end = run if run is not None else (len(lines), len(lines))
    start = _start_of_main_text(lines, start, earliest)
    if anchor is not None and earliest == anchor:
        start = _with_standfirst(lines, start, anchor)
    end = _end_of_main_text(lines, start, end)
    for index in entries:
        if start <= index < end and lines[index].kind in BODY_KINDS:
            lines[index] = lines[index].relabel(K.BOILERPLATE, "entry of a list of dated entries")
    for index, line in enumerate(lines):
        if line.kind is K.BLANK or start <= index < end:
            continue
        if line.kind in BODY_KINDS:
            reason = "before the main text" if index < start else "after the main text"
            lines[index] = line.relabel(K.BOILERPLATE, reason)
        elif line.kind is K.NOTE and index < start:
            lines[index] = line.relabel(K.BOILERPLATE, "bracketed text before the main text")
    for index in _repeated_paragraphs(lines, start, end):
        lines[index] = lines[index].relabel(K.BOILERPLATE, "repeated paragraph")
    lines = _mark_teaser_trail(lines, end, options)
    return replace(draft, lines=tuple(lines), teasers=_trail_teasers(draft, lines, end, options))


def _main_run(
    lines: list[Line], options: Options, entries: list[int], anchor: int | None
) -> tuple[int, int] | None:
    """The run of lines that scores best as the main text, below the headline if there is one."""
    longest = max(
        (visual_length(line.text) for line in lines if line.kind is K.PARAGRAPH), default=0
    )
    # The offset is a quarter of the longest paragraph, at most 60 or so: on a page of
    # short paragraphs only, short paragraphs are the article.
    offset = min(WEIGHTS.paragraph_offset, longest / 4)
    scores = _scores(lines, options, offset, entries)
    run = _best_run(scores)
    if run is not None and anchor is not None and run[0] < anchor:
        after_headline = _best_run([min(s, -abs(s)) for s in scores[:anchor]] + scores[anchor:])
        run = after_headline or run
    if run is None:  # only short paragraphs: a short page, judged without the offset
        run = _best_run(_scores(lines, options, 0.0, entries))
    return run if run is not None else _fallback_run(lines)


def _start_of_main_text(lines: list[Line], start: int, earliest: int) -> int:
    """Move the start back over a cut-off lede and a place line; relabel the place line."""
    start = _with_lede(lines, start)
    place = _place_lead(lines, start)
    if place is not None and place >= earliest:  # one paragraph: "KOBE –" / "A total of ..."
        lines[place] = lines[place].relabel(K.PARAGRAPH, FRAGMENT_START)
        lines[start] = lines[start].relabel(K.PARAGRAPH, CONTINUES)
        start = place
    start = max(start, earliest)
    # A paragraph split by markup is kept or dropped whole.
    while 0 < start < len(lines) and lines[start].reason == CONTINUES:
        start -= 1
    return start


_MAX_STANDFIRST_GAP = 8
"""Lines (bylines, dates, a reading time) that may stand between a standfirst and the body."""
_MIN_STANDFIRST_WORDS = 8
_MAX_GAP_LINE_WORDS = 4


def _with_standfirst(lines: list[Line], start: int, headline: int) -> int:
    """Move the start back to a standfirst, the line of prose right under the headline.

    "Headline" / "Summary" / "By Jo Lee" / "May 2" / body: the byline and date
    between the standfirst and the body do not part them. Other short lines
    there ("@jolee", "4 min read") are relabelled furniture.
    """
    between = [i for i in range(headline + 1, start) if lines[i].kind is not K.BLANK]
    # The headline's anchor may be its kicker: "Rent strike" / "Headline" / "Summary" / ...
    if between and not _opens_with_standfirst([lines[i] for i in between]):
        if lines[between[0]].kind not in {K.HEADING, K.TITLE}:
            return start
        between = between[1:]
    if not _opens_with_standfirst([lines[i] for i in between]):
        return start
    for index in between[1:]:
        if lines[index].kind not in {K.BYLINE, K.DATELINE}:
            lines[index] = lines[index].relabel(K.BOILERPLATE, "between standfirst and main text")
    return between[0]


def _opens_with_standfirst(lines: list[Line]) -> bool:
    """A line of prose, then only bylines, dates and a few short lines ("@handle", "4 min")."""
    if not 2 <= len(lines) <= _MAX_STANDFIRST_GAP + 1:
        return False
    standfirst, rest = lines[0], lines[1:]
    # A standfirst often ends without a full stop, as a headline does, but is not set in
    # the headline's capitals.
    if standfirst.kind is not K.PARAGRAPH and standfirst.reason != "short line":
        return False
    if word_count(standfirst.text) < _MIN_STANDFIRST_WORDS:
        return False
    return any(line.kind in {K.BYLINE, K.DATELINE} for line in rest) and all(
        line.kind in {K.BYLINE, K.DATELINE} or word_count(line.text) <= _MAX_GAP_LINE_WORDS
        for line in rest
    )


def _end_of_main_text(lines: list[Line], start: int, end: int) -> int:
    """Move the end over a last section or an announced list, and back before a bio."""
    end = _with_announced_list(lines, _with_last_section(lines, end))
    end = _before_author_bio(lines, start, end)
    while end < len(lines) and lines[end].reason == CONTINUES:
        end += 1
    return end


_MIN_REPEATED_CHARS = 60
"""A body paragraph at least this long, said again word for word, is a copy of the page."""
_SPACE = regex.compile(r"\s+")


def _repeated_paragraphs(lines: list[Line], start: int, end: int) -> list[int]:
    """The lines of body paragraphs in `lines[start:end]` that repeat an earlier one.

    Some renderings hold the article twice (a print or app copy of the page); the
    copy would count every word twice. A question repeated alone, such as the one
    put to each person in an interview series, stays.
    """
    paragraphs: list[tuple[range, bool]] = []  # each: its lines, whether it repeats
    seen: set[str] = set()
    index = start
    while index < end:
        stop = index + 1
        while stop < end and lines[stop].reason == CONTINUES:
            stop += 1
        if lines[index].kind in BODY_KINDS and lines[index].reason != CONTINUES:
            text = joined_text([line.text for line in lines[index:stop]])
            key = _SPACE.sub("", text).casefold()
            if len(key) >= _MIN_REPEATED_CHARS:
                paragraphs.append((range(index, stop), key in seen))
                seen.add(key)
        index = stop
    found: list[int] = []
    for position, (span, repeats) in enumerate(paragraphs):
        neighbours = (
            paragraphs[max(0, position - 1) : position] + paragraphs[position + 1 : position + 2]
        )
        question = lines[span[-1]].text.rstrip().endswith("?")
        if repeats and (not question or any(other for _, other in neighbours)):
            found.extend(i for i in span if lines[i].kind in BODY_KINDS)
    return found


def mark_credits(draft: Draft, options: Options) -> Draft:
    """Step: keep bylines near the headline and the main text; find a bare name there.

    A byline is kept between the headline and the body, in the lines just before
    the body, or (when it says "By", "Von" ...) just after it. A line holding
    only a person's name right after the headline is a byline too.
    """
    lines = list(draft.lines)
    nonblank = _nonblank(draft.lines)
    body = [i for i in nonblank if lines[i].kind in BODY_KINDS]
    if not body:
        return draft
    start, end = body[0], body[-1] + 1
    title = next((i for i in nonblank if lines[i].kind is K.TITLE and i < start), None)
    head = [i for i in nonblank if i < start]
    near = set(head[-_HEAD_WINDOW:]) | {i for i in head if title is not None and i > title}
    if title is not None:  # "by" / "A B" / headline: a byline just above the headline
        near |= set([i for i in head if i < title][-_ABOVE_TITLE:])
    tail = [i for i in nonblank if i >= end][:_TAIL_WINDOW]
    if title is not None:
        following = [i for i in nonblank if i > title and _has_letters(lines[i].text)][:6]
        for position, i in enumerate(following[:2]):
            if lines[i].reason in _NAME_LINE_REASONS and person_name(without_marks(lines[i].text)):
                lines[i] = lines[i].relabel(K.BYLINE, "name beside the dateline")
                _mark_more_names(lines, following[position + 1 :])
                break
    _mark_names_across_blank(lines)
    bylines = [i for i in nonblank if lines[i].kind is K.BYLINE]
    kept = [
        i for i in bylines
        if i in near or start <= i < end or (i in tail and lines[i].reason == "byline")
    ]  # fmt: skip
    if not kept:
        kept = _nearest_labelled_group(lines, bylines, start, end)
    for index in set(bylines) - set(kept):
        lines[index] = lines[index].relabel(K.BOILERPLATE, "byline far from the main text")
    return replace(draft, lines=tuple(lines))


_MAX_DATELINES_FOR_BLANK_REACH = 3
"""Datelines a page may have for a name a blank line from one to be its byline."""


def _mark_names_across_blank(lines: list[Line]) -> None:
    """A person's name a blank line from a dateline that names nobody is its byline.

    Renderers that set every block apart with a blank line (inscriptis,
    html2text) set the byline apart from its date too. On a page of many dates
    (a forum, a list of posts) such a name is as often a poster's, and a
    headline a blank line from the date is the title already picked.
    """
    datelines = [i for i, line in enumerate(lines) if line.kind is K.DATELINE]
    if len(datelines) > _MAX_DATELINES_FOR_BLANK_REACH:
        return
    for index in datelines:
        if dateline_authors(without_marks(lines[index].text)):
            continue
        for j in _set_apart_beside(lines, index):
            if _holds_bare_name(lines, j):
                lines[j] = lines[j].relabel(K.BYLINE, "name beside the dateline")


_REACH_ACROSS_BLANK = 3
"""Lines with letters on each side of a dateline, blank lines apart, where its byline may stand."""


def _set_apart_beside(lines: list[Line], index: int) -> list[int]:
    """The lines with letters near line `index`, on each side, that a blank line sets apart.

    Past a line of furniture ("Imprimir", "* Twitter", an e-mail address) the
    search goes on, as far as `_REACH_ACROSS_BLANK` lines; a line of marks
    alone ("*", "|") does not count.
    """
    found: list[int] = []
    for step in (-1, 1):
        j, reach, apart = index + step, 0, False
        while 0 <= j < len(lines) and reach < _REACH_ACROSS_BLANK:
            line = lines[j]
            apart = apart or line.kind is K.BLANK
            if _has_letters(line.text):
                reach += 1
                if apart:
                    found.append(j)
                if line.kind is not K.BOILERPLATE:
                    break
            j += step
    return found


def _holds_bare_name(lines: list[Line], index: int) -> bool:
    """Whether line `index` holds only a person's name, as a byline set apart from its date.

    A list item counts when no other item with words stands beside it ("* Ana Ruiz"
    between "*" and "*", not in "* Startseite" / "* Ana Ruiz" / "* Kultur"); a Markdown
    heading when it holds the name alone ("### Ana Ruiz").
    """
    line = lines[index]
    if line.reason not in _NAME_LINE_REASONS and line.kind is not K.LIST_ITEM:
        return False
    if _worded_item(line.text) and any(_worded_item(lines[j].text) for j in _around(lines, index)):
        return False
    text = without_marks(line.text).strip().rstrip(SEPARATORS)
    if opens_with_by_word(text):  # "von gizzmo": the by-word vouches for a user name
        return name_beside_date(text) is not None
    return person_name(text) is not None


def _worded_item(text: str) -> bool:
    """Whether `text` is a list item with words: "* Kultur", not "*"."""
    item = without_list_mark(text)
    return item != text and _has_letters(item)


def _around(lines: list[Line], index: int) -> list[int]:
    """The nearest non-blank line on each side of line `index`."""
    before = next((j for j in range(index - 1, -1, -1) if lines[j].kind is not K.BLANK), None)
    after = next_nonblank(lines, index)
    return [j for j in (before, after) if j is not None]


def _nearest_labelled_group(
    lines: list[Line], bylines: list[int], start: int, end: int
) -> list[int]:
    """With no byline near the body, the labelled one ("von" / "A") closest to it.

    Bylines that follow a comment section's header are commenters, not authors.
    """
    barrier = next(
        (i for i in range(end, len(lines)) if _score(lines[i], DEFAULT_OPTIONS) <= _BARRIER),
        len(lines),
    )
    groups: list[list[int]] = []
    for index in bylines:
        if index >= barrier:
            break
        between = range(groups[-1][-1] + 1, index) if groups else range(0)
        if groups and all(lines[j].kind is K.BLANK for j in between):
            groups[-1].append(index)
        else:
            groups.append([index])
    labelled = [
        group for group in groups
        if any(lines[i].reason in _LABELLED_REASONS for i in group)
    ]  # fmt: skip
    if not labelled:
        return _author_box(lines, groups, end)
    return min(labelled, key=lambda g: start - g[-1] if g[-1] < start else g[0] - end + 1)


_AUTHOR_BOX_REACH = 8
"""Non-blank lines after the main text where its author box ("A B" / "3. Mai 2024") may stand."""


def _author_box(lines: list[Line], groups: list[list[int]], end: int) -> list[int]:
    """The first unlabelled byline group just after the main text, before any comment.

    A post that names its author only at its foot ("Last updated" / date / name).
    """
    after = [group for group in groups if group[0] >= end]
    if not after:
        return []
    between = [i for i in range(end, after[0][0]) if lines[i].kind is not K.BLANK]
    if len(between) > _AUTHOR_BOX_REACH or any(
        lines[i].reason in _COMMENT_REASONS for i in between
    ):
        return []
    return after[0]


_COMMENT_REASONS = frozenset({"comments", "comment header", "comment policy"})


_CONTEXT_REASONS = frozenset({"short line", "before the main text", "after the main text"})
"""Labels given for position or shape only, which a more specific reading may replace."""
_NAME_LINE_REASONS = _CONTEXT_REASONS | {"markdown heading"}
"""Labels of a line that may hold a byline's bare name ("Ana Ruiz", "### Ana Ruiz")."""
_MAX_LEDE_GAP = 2
"""Short lines (a share bar, a photo credit) that may stand between the lede and the body."""


# The place that opens a lede, set apart by markup: "KOBE –", "MADRID —".
_PLACE_LEAD = regex.compile(r"\p{Lu}[\p{L}.()/ -]{0,40}\s[–—-]")
_MAX_PLACE_WORDS = 4


def _place_lead(lines: list[Line], start: int) -> int | None:
    """The place that opens the first paragraph, split off onto the line just above it."""
    above = start - 1
    if (
        above >= 0
        and start < len(lines)
        and lines[start].kind is K.PARAGRAPH
        and lines[start].reason in {"prose", FRAGMENT_START}
        and lines[above].kind in {K.HEADING, K.BOILERPLATE}
        and word_count(lines[above].text) <= _MAX_PLACE_WORDS
        and _PLACE_LEAD.fullmatch(lines[above].text)
        and not parse_byline(lines[above].text)
    ):
        return above
    return None


def _with_lede(lines: list[Line], start: int) -> int:
    """Move the start of the main text back over a lede cut off by a line or two."""
    while True:
        gap = 0
        index = start - 1
        while index >= 0 and (lines[index].kind is K.BLANK or gap < _MAX_LEDE_GAP):
            line = lines[index]
            if line.kind is K.BLANK:
                index -= 1
                continue
            if line.kind in {K.PARAGRAPH, K.QUOTE} and ends_like_sentence(line.text):
                break
            if (
                line.kind in {K.TEASER, K.TEASER_SNIPPET}
                or _score(line, DEFAULT_OPTIONS) <= _BARRIER
            ):
                return start
            gap += 1
            index -= 1
        if index < 0 or lines[index].kind not in {K.PARAGRAPH, K.QUOTE}:
            return start
        if not ends_like_sentence(lines[index].text):
            return start
        start = index


def _mark_more_names(lines: list[Line], indexes: list[int]) -> None:
    """After a bare name: ", " / "Name" / "and" / "Name" ... are more bylines."""
    for i in indexes:
        text = lines[i].text.strip()
        if lines[i].reason not in _CONTEXT_REASONS:
            return
        if is_name_connector(text):
            lines[i] = lines[i].relabel(K.BYLINE, "byline label")
        elif person_name(text):
            lines[i] = lines[i].relabel(K.BYLINE, "name beside the dateline")
        else:
            return


_SECTION_GAP_REASONS = frozenset(
    {"short line", "capitalised like a headline", "share buttons", "advertisement",
     "subscribe prompt"}
)  # fmt: skip


def _with_last_section(lines: list[Line], end: int) -> int:
    """Move the end of the main text over a short last section ("Heading" / "Paragraph.").

    Only whole sentences count: a teaser's snippet is cut off ("..."), a last
    paragraph is not.
    """
    while True:
        while end < len(lines) and lines[end].reason == CONTINUES:
            end += 1  # the rest of a paragraph split by markup
        gap = 0
        index = end
        while index < len(lines):
            line = lines[index]
            if line.kind is K.BLANK:
                index += 1
                continue
            if line.kind in {K.PARAGRAPH, K.QUOTE}:
                break
            if gap >= _MAX_LEDE_GAP or line.reason not in _SECTION_GAP_REASONS:
                return end
            gap += 1
            index += 1
        if index >= len(lines) or not ends_like_sentence(lines[index].text):
            return end
        end = index + 1


_ANNOUNCES = ("：", ":")
_LIST_KINDS = frozenset({K.LIST_ITEM, K.HEADING, K.PARAGRAPH, K.QUOTE})
_MAX_ANNOUNCED_ITEMS = 100
_DIGIT = regex.compile(r"\d")


# Signs of a line of code or a shell command: an assignment, a variable, braces, a
# call, a shebang, a comment that names a file ("# .tmux.conf"; "# Title" is a Markdown
# heading), a command-line option.
_CODE_SIGN = regex.compile(
    r"[=$`{}]|;$|\w\(|^(?:#!|//|\./)|^#\s?[\w~-]*[./][\w./~-]*$|"
    r"(?:^|\s)--?[a-z][\w-]*(?:\s|$)|->|::"
)


def _is_listed_item(line: Line) -> bool:
    """A line of a list of data or of code.

    A marked item, a short line with a date, price or count, or a line of a program.
    """
    if line.kind not in _LIST_KINDS or _score(line, DEFAULT_OPTIONS) <= _BARRIER:
        return False
    return (
        line.kind is K.LIST_ITEM
        or bool(_DIGIT.search(line.text))
        or bool(_CODE_SIGN.search(line.text))
    )


def _announces_a_list(line: Line) -> bool:
    return line.kind is K.PARAGRAPH and line.text.rstrip().endswith(_ANNOUNCES)


def _announcement_at_end(lines: list[Line], end: int) -> int | None:
    """The line that announces a list: the body's last paragraph, or a heading right after it.

    "These are the dates:" may be followed by the list's first items already;
    "How to take part:" set as a heading stands just below the last paragraph.
    """
    index = end - 1
    while index >= 0 and not _announces_a_list(lines[index]):
        if lines[index].kind is not K.BLANK and not _is_listed_item(lines[index]):
            break
        index -= 1
    else:
        return index if index >= 0 else None
    following = next((i for i in range(end, len(lines)) if lines[i].kind is not K.BLANK), None)
    if (
        following is not None
        and lines[following].kind is K.HEADING
        and lines[following].text.rstrip().endswith(_ANNOUNCES)
    ):
        return following
    return None


def _with_announced_list(lines: list[Line], end: int) -> int:
    """Move the end of the main text over a list that its end announces.

    "The tour dates:" / "Here are the offers:" and then a list of dates,
    products or steps: the list is the article's, however short its lines.
    It ends at the first line that is not such an item.
    """
    announcement = _announcement_at_end(lines, end)
    if announcement is None:
        return end
    items = 0
    for index in range(announcement + 1, len(lines)):
        line = lines[index]
        if line.kind is K.BLANK:
            continue
        if items >= _MAX_ANNOUNCED_ITEMS or not _is_listed_item(line):
            break
        items += 1
        end = max(end, index + 1)
    return end


_BIO_REACH = 3
"""How many of the body's last paragraphs may be the writer's bio."""


# The header of a box about the writer or the site: "About Jo Lee", "Über den
# Autor", "Über uns". A person's name has two to four words.
_ABOUT_HEADING = regex.compile(
    r"(?i:about|über|à propos de|sobre|o)\s{1,3}(?:(?i:the author|(?:den|die) autor(?:in)?|"
    r"l'auteur|(?:el|la) autor(?:a)?|us|uns|nous|nosotros|autorze)|"
    r"\p{Lu}[\p{L}'’.-]{0,30}(?:\s{1,3}\p{Lu}[\p{L}'’.-]{0,30}){1,3})\s{0,3}:?"
)


def _under_about_heading(lines: list[Line], index: int) -> int | None:
    """The "About Jo Lee" header just above the paragraph at `index`, if there is one."""
    above = index - 1
    while above >= 0 and lines[above].kind is K.BLANK:
        above -= 1
    if above >= 0 and _ABOUT_HEADING.fullmatch(lines[above].text.strip(" #*")):
        return above
    return None


def _before_author_bio(lines: list[Line], start: int, end: int) -> int:
    """End the main text before a bio of its writer among its last paragraphs."""
    paragraphs = [i for i in range(start, end) if lines[i].kind is K.PARAGRAPH]
    for index in paragraphs[-_BIO_REACH:]:
        if index <= start:
            continue
        heading = _under_about_heading(lines, index)
        if heading is not None and heading > start:
            return heading
        if looks_like_author_bio(lines[index].text):
            return index
    return end


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
        before = next(
            (lines[j] for j in range(index - 1, end - 1, -1) if lines[j].kind is not K.BLANK), None
        )
        after = next(
            (lines[j] for j in range(index + 1, len(lines)) if lines[j].kind is not K.BLANK), None
        )
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


def _block(line: Line) -> Block:
    text = line.text
    offset = 0
    if line.kind is K.HEADING:
        mark = _HEADING_MARK.match(text)
        if mark:
            offset = mark.end()
    start = line.span.start + offset
    return Block(
        kind=line.kind,
        text=text[offset:],
        span=Span(start=start, end=line.span.start + len(text)),
        reason=line.reason,
    )


def _body_blocks(lines: tuple[Line, ...]) -> tuple[Block, ...]:
    """Body blocks in page order; a paragraph split by markup becomes one block."""
    blocks: list[Block] = []
    pieces: list[str] = []
    for index, line in enumerate(lines):
        if line.kind not in BODY_KINDS:
            continue
        joins = (
            line.reason == CONTINUES
            and blocks
            and pieces
            and lines[index - 1].kind is K.PARAGRAPH
            and blocks[-1].span.end == lines[index - 1].span.start + len(lines[index - 1].text)
        )
        if joins:
            pieces.append(line.text)
            blocks[-1] = replace(
                blocks[-1],
                text=joined_text(pieces),
                span=Span(start=blocks[-1].span.start, end=line.span.start + len(line.text)),
            )
            continue
        blocks.append(_block(line))
        pieces = [line.text]
    return tuple(blocks)


_LABEL_REACH = 8
"""How many lines after the headline a publication label outranks a bare date, body or not."""


def _publication_date(
    dated: list[tuple[int, FoundDate, str]], title_at: int | None, body_at: int | None
) -> tuple[datetime | None, str | None]:
    """The date closest after the headline (a date before it counts double distance)."""
    dated = [
        d
        for d in dated
        if not names_a_period(d[2], d[1]) and not signs_an_embedded_post(d[2], d[1])
    ]
    if not dated:
        return None, None
    head_end = body_at if body_at is not None else max(d[0] for d in dated) + 1
    if title_at is not None:  # the body may be found to start at a lede above the label
        head_end = max(head_end, title_at + _LABEL_REACH)
    labelled = [d for d in dated if d[0] < head_end and is_labelled_published(d[2], d[1])]
    if labelled:  # "Posted on" before the text outranks a bare date, such as a comment's
        dated = labelled
    if title_at is None and body_at is not None:
        title_at = body_at
    if title_at is None:
        _, found, text = dated[0]
    else:
        _, found, text = min(
            dated, key=lambda d: d[0] - title_at if d[0] > title_at else 2 * (title_at - d[0])
        )
    return found.value, text


_STAMP_REACH = (2, 4)
"""How many non-blank lines before and after the headline may hold a date stamp in running text."""


def _stamps(
    lines: tuple[Line, ...], title_at: int | None, body_at: int | None
) -> list[tuple[int, FoundDate, str]]:
    """Dates placed like time stamps inside other lines next to the headline.

    When markup is dropped, a page's time stamp may be glued to the headline,
    the byline or the lede ("Politik12.03.2024", "Von A // 3. März 2025").
    """
    anchor = title_at if title_at is not None else body_at
    if anchor is None:
        return []
    nonblank = _nonblank(lines)
    before, after = _STAMP_REACH
    position = next((n for n, i in enumerate(nonblank) if i >= anchor), len(nonblank))
    window = range(max(0, position - before), min(len(nonblank), position + after + 1))
    return _unlisted_stamps(lines, nonblank, window)


def _far_stamps(lines: tuple[Line, ...]) -> list[tuple[int, FoundDate, str]]:
    """Dates placed like time stamps anywhere on the page.

    The last resort for a page with no dateline: its stamp may sit in the
    footer, or be glued to a long line.
    """
    nonblank = _nonblank(lines)
    return _unlisted_stamps(lines, nonblank, range(len(nonblank)))


def _unlisted_stamps(
    lines: tuple[Line, ...], nonblank: list[int], window: range
) -> list[tuple[int, FoundDate, str]]:
    """The stamps of the non-blank lines in `window`, but for entries of a list of dated posts."""
    stamps = {
        n: stamp
        for n in range(max(0, window.start - 1), min(len(nonblank), window.stop + 1))
        for stamp in (find_stamp(lines[nonblank[n]].text),)
        if stamp is not None
    }
    found = []
    for n in window:
        line = lines[nonblank[n]]
        if n not in stamps or line.kind in {K.DATELINE, K.BYLINE}:
            continue
        in_a_list = any(
            m in stamps and lines[nonblank[m]].kind is line.kind for m in (n - 1, n + 1)
        )  # a list of dated posts, not the page's own stamp
        if not in_a_list:
            found.append((nonblank[n], stamps[n], line.text))
    return found


_LABELLED_REASONS = frozenset({"byline", "byline label", "name after a byline label"})


def _line_authors(line: Line) -> tuple[Author, ...]:
    if line.kind is K.DATELINE:
        return dateline_authors(without_marks(line.text))
    if line.reason == "name after a byline label":
        return labelled_names(without_marks(line.text))
    if line.reason == "names listed alone":
        return listed_names(without_marks(line.text))
    if line.reason in NAME_REASONS:
        name = name_beside_date(without_marks(line.text))
        return (Author(name=name),) if name else ()
    return parse_byline(without_marks(line.text))  # "* Von A", "## By A", as classify read it


def _authors(lines: tuple[Line, ...], body_at: int) -> tuple[Author, ...]:
    """The credited people: from the bylines before the body if there are any.

    Credits with a role ("Editing by B") after the body are kept beside them.
    A name the page labels ("By A", "von" / "A") outranks a bare name on its
    own line, which outranks a bare name beside a date ("A B | 3.5.2022").
    """
    found = [
        (index, _label_rank(line), people)
        for index, line in enumerate(lines)
        if line.kind in {K.BYLINE, K.DATELINE}
        for people in (_line_authors(line),)
        if people
    ]
    best = max((rank for _, rank, _ in found), default=0)
    found = [entry for entry in found if entry[1] == best]
    if any(index < body_at for index, _, _ in found):  # credits with a role may close the text
        found = [e for e in found if e[0] < body_at or all(a.role for a in e[2])]
    authors: dict[str, Author] = {}
    for _, _, people in found:
        for author in people:
            authors.setdefault(author.name, author)
    writers = [a for a in authors.values() if not is_visual_credit(a)]
    return tuple(writers or authors.values())


def _editors(lines: tuple[Line, ...]) -> tuple[Author, ...]:
    """The responsible editor, who stands for the authors when no byline names them.

    Chinese news pages credit their reporters seldom, their editor always; a renderer
    may put the label and the name on lines of their own ("责任编辑：" / "王小明").
    """
    editor = responsible_editor("\n".join(line.text for line in lines))
    return (editor,) if editor else ()


def _label_rank(line: Line) -> int:
    """How surely a line names the authors: 2 labelled, 1 a bare name, 0 a name beside a date."""
    text = without_marks(line.text)
    if (
        line.reason in _LABELLED_REASONS
        or (line.reason in NAME_REASONS and opens_with_by_word(text))  # "von gizzmo" / date
        or (line.kind is K.DATELINE and dateline_authors(text, bare=False))
    ):
        return 2
    if line.kind is K.DATELINE or not person_name(name_beside_date(text) or text, allow_cjk=True):
        return 0  # a name beside a date, or a user name ("zed_99") on its own line
    return 1


def assemble(draft: Draft, options: Options = DEFAULT_OPTIONS) -> Article:
    """Build the public `Article` from a finished draft."""
    lines = tuple(
        line
        if line.kind is not K.UNKNOWN
        else line.relabel(K.PARAGRAPH, "not labelled by any step")
        for line in draft.lines
    )
    title: str | None = None
    tags: tuple[str, ...] = ()
    notes: list[str] = []
    title_at: int | None = None
    dated: list[tuple[int, FoundDate, str]] = []
    for index, line in enumerate(lines):
        if line.kind is K.TITLE and title is None:
            page_title = next((ln.text for ln in lines if ln.kind is not K.BLANK), "")
            title, tags = title_and_tags(line, options.tag_separators, page_title)
            title_at = index
        elif line.kind in {K.DATELINE, K.BYLINE}:
            found = find_date(line.text)
            if found is not None:
                dated.append((index, found, line.text))
        if line.kind is K.NOTE:
            text = line.text
            bracketed = text.startswith("[") and text.endswith("]")
            notes.append((text[1:-1] if bracketed else text).strip())
    body_at = next((i for i, line in enumerate(lines) if line.kind in BODY_KINDS), None)
    authors = _authors(lines, len(lines) if body_at is None else body_at) or _editors(lines)
    published, dateline = _publication_date(
        dated + _stamps(lines, title_at, body_at), title_at, body_at
    )
    if published is None:
        published, dateline = _publication_date(_far_stamps(lines), title_at, body_at)
    return Article(
        title=title,
        tags=tags,
        published=published,
        dateline=dateline,
        authors=authors,
        body=_body_blocks(lines),
        notes=tuple(notes),
        teasers=draft.teasers,
        boilerplate=tuple(_block(line) for line in lines if line.kind is K.BOILERPLATE),
        language=draft.language,
        repairs=draft.repairs,
        source=draft.source,
        lines=lines,
        decoded_as=draft.decoded_as,
    )
