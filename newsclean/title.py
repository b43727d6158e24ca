"""Pick the headline: the step `pick_title` and its primitive `headline_parts`.

Scrapers' text often starts with the page's ``<title>`` (``Headline | Site``)
and repeats the headline as the ``<h1>`` just before the article. Candidates are
the lines before the main text; the best one repeats part of the page title,
is marked as a Markdown ``# h1``, sits close to the body or to the dateline,
and reads like a headline rather than like site furniture.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from newsclean.classify import ends_like_sentence, split_tag_trail, word_count
from newsclean.model import BODY_KINDS, Draft, Line, LineKind
from newsclean.options import Options

__all__ = ["headline_parts", "pick_title", "title_and_tags"]

K = LineKind
_PART_SEPARATOR = regex.compile(r"(?<!\s)\s+(?:[|｜–—»·:]|-{1,2}|::)\s+")
_MARKDOWN_H = regex.compile(r"(#{1,6})\s+(?=\S)")
_LIST_MARK = regex.compile(r"[*+•·–-]\s+")
_NOT_A_HEADLINE = regex.compile(r"©|\bwww\.|https?://|@\w", regex.IGNORECASE)
_BREADCRUMB = regex.compile(r"(?<!\s)\s+(?:»|>|›|/)\s+")
_LOOKBACK = 40
"""How many non-blank lines before the main text may hold the headline."""
_FURNITURE = frozenset(
    {"navigation", "share buttons", "subscribe prompt", "cookie notice", "copyright",
     "comments", "advertisement", "read more", "editor credit"}
)  # fmt: skip


def _without_marks(text: str) -> str:
    """The text after a leading Markdown "# " or list marker "* "."""
    for mark in (_MARKDOWN_H, _LIST_MARK):
        found = mark.match(text)
        if found:
            text = text[found.end() :]
    return text.strip()


def headline_parts(page_title: str) -> tuple[str, ...]:
    """Split a page title into its parts, longest first.

    >>> headline_parts("Storm hits the coast | Weather | The Daily Example")
    ('Storm hits the coast', 'The Daily Example', 'Weather')
    """
    parts = [p.strip() for p in _PART_SEPARATOR.split(page_title) if p.strip()]
    return tuple(sorted(parts, key=lambda p: (-word_count(p), parts.index(p))))


def _plain(text: str) -> str:
    return _without_marks(text).casefold()


def _repeats_page_title(text: str, parts: tuple[str, ...]) -> bool:
    plain = _plain(text)
    if word_count(plain) < 2:
        return False
    sentence = plain.endswith((".", "。"))  # a headline has no full stop
    for part in parts:
        key = part.casefold()
        if word_count(key) < 2:
            continue
        if plain == key or (not sentence and (plain.startswith(key) or key.startswith(plain))):
            return True
    return False


def _candidate_score(lines: list[Line], index: int, distance: int, parts: tuple[str, ...]) -> float:
    line = lines[index]
    text = line.text
    words = word_count(_plain(text))
    if words < 2 or line.kind in {K.DATELINE, K.BYLINE, K.NOTE, K.BLANK}:
        return float("-inf")
    if line.kind is K.BOILERPLATE and line.reason in _FURNITURE:
        return float("-inf")
    if line.kind is K.TEASER and line.reason != "tag trail":
        return float("-inf")
    score = 0.0
    if parts and _repeats_page_title(text, parts):
        score += 6.0
    if _LIST_MARK.match(text):
        score -= 3.0  # a menu entry, not a headline
    if _NOT_A_HEADLINE.search(text):
        score -= 5.0
    marker = _MARKDOWN_H.match(text)
    if marker:
        score += 5.0 if len(marker.group(1)) == 1 else 1.0
    score += 3.0 * max(0.0, 1.0 - distance / 8)  # close to the body
    nearby = [lines[j].kind for j in range(index + 1, min(len(lines), index + 6))]
    if K.DATELINE in nearby or K.BYLINE in nearby:
        score += 2.0
    if 4 <= words <= 25:
        score += 1.5
    if ends_like_sentence(text) and not text.rstrip().endswith(("?", "!", "“", "”", '"')):
        score -= 2.5
    return score


def _is_headline_sentence(lines: list[Line], index: int, options: Options) -> bool:
    """A short first "paragraph" followed by a byline or dateline is the headline."""
    line = lines[index]
    if line.kind is not K.PARAGRAPH or len(line.text) > options.max_heading_chars:
        return False
    following = [ln for ln in lines[index + 1 : index + 8] if ln.kind is not K.BLANK][:3]
    return any(ln.kind in {K.BYLINE, K.DATELINE} for ln in following)


def pick_title(draft: Draft, options: Options) -> Draft:
    """Step: label the headline line as the title."""
    lines = list(draft.lines)
    nonblank = [i for i, line in enumerate(lines) if line.kind is not K.BLANK]
    if not nonblank:
        return draft
    body_start = next((i for i in nonblank if lines[i].kind in BODY_KINDS), len(lines))
    head = [i for i in nonblank if i < body_start][-_LOOKBACK:]
    first = nonblank[0]
    page_title = lines[first].text if len(lines[first].text) <= options.max_title_chars else ""
    parts = headline_parts(page_title) if page_title else ()
    candidates = [i for i in head if len(lines[i].text) <= options.max_title_chars]
    if body_start < len(lines) and _is_headline_sentence(lines, body_start, options):
        candidates.append(body_start)
    if first not in candidates and first < body_start and page_title:
        candidates.insert(0, first)
    best: tuple[float, int] | None = None
    for rank, index in enumerate(reversed(candidates)):
        score = _candidate_score(lines, index, rank, parts if index != first else ())
        if best is None or score > best[0]:
            best = (score, index)
    if best is None or best[0] < 2.0:
        return draft
    index = best[1]
    reason = "headline before the main text"
    if index != first and parts and _repeats_page_title(lines[index].text, parts):
        reason = "headline repeated from the page title"
        lines[first] = lines[first].relabel(K.BOILERPLATE, "page title (repeats the headline)")
    elif index == first:
        reason = "page title"
    lines[index] = lines[index].relabel(K.TITLE, reason)
    return replace(draft, lines=tuple(lines))


def title_and_tags(line: Line, separators: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """Read the headline (and its section or tags) from the title line."""
    text = _without_marks(line.text)
    crumbs = _BREADCRUMB.split(text)
    if len(crumbs) >= 3:  # "Home » Section » Headline"
        text = crumbs[-1]
    if line.reason == "page title":
        parts = headline_parts(text)
        if split_tag_trail(text, separators) and parts:
            items = split_tag_trail(text, separators)
            return items[0], tuple(items[1:])
        return (parts[0] if parts else text), ()
    items = split_tag_trail(text, separators)
    if items and word_count(items[0]) >= 2:
        return items[0], tuple(items[1:])
    return text, ()
