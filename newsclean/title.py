"""Pick the headline: the step `pick_title` and its primitive `headline_parts`.

Scrapers' text often starts with the page's ``<title>`` (``Headline | Site``)
and repeats the headline as the ``<h1>`` just before the article. Candidates are
the lines before the main text; the best one repeats part of the page title,
is marked as a Markdown ``# h1``, sits close to the body or to the dateline,
and reads like a headline rather than like site furniture.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

import regex

from newsclean.classify import ends_like_sentence, split_tag_trail, word_count
from newsclean.dates import find_date, is_date_label
from newsclean.model import BODY_KINDS, Draft, Line, LineKind, next_nonblank
from newsclean.options import Options
from newsclean.weights import shipped_weights

__all__ = ["headline_anchor", "headline_parts", "pick_title", "title_and_tags"]

K = LineKind
_PART_SEPARATOR = regex.compile(r"(?<!\s)\s+(?:[|｜–—»·:]|-{1,2}|::)\s+")
_STRONG_SEPARATOR = regex.compile(r"(?<!\s)\s+(?:[|｜»]|::)\s+")
"""Separators that set a site or section apart; dashes and colons also occur inside headlines."""
_MARKDOWN_H = regex.compile(r"(#{1,6})\s+(?=\S)")
_LIST_MARK = regex.compile(r"[*+•·–-]\s+")
_BULLET = regex.compile(r"[*+•]\s+")
_NOT_A_HEADLINE = regex.compile(
    r"©|\bwww\.|https?://|@\w|\.(?:jpe?g|png|gif|webp)\b|\bgetty\s{0,2}images\b|\bistock\b|"
    r"\b(?:photo|foto|bild|quelle|source|fuente|photographer)\s{0,2}:|"
    r"\w\(\)|\.php\b|(?<!\S)/\w+/\w+/",
    regex.IGNORECASE,
)
"""A link, a handle, an image file or a photo credit anywhere in the line; or a program's
error message, with its function "name()" and its file's path."""
_CREDIT_LABEL = regex.compile(
    r"\(?(?:fotos?|photos?|photographer|bild|bilder|image(?:\s{1,3}credit)?|credits?|crédits?|"
    r"quelle|source|fuente|imagen|symbolbild|text\s{1,3}&\s{1,3}fotos?)\s{0,3}:",
    regex.IGNORECASE,
)
"""A photo or source credit ("Foto: ...", "Image credit: ..."), never the headline."""
_SENTENCE_BREAK = regex.compile(
    r"(?<!\p{L})(?!\p{Lu}\p{Ll}{0,2}\.)\p{L}{0,40}\p{Ll}[.!?][\"”’»」]?\s{1,5}[\"“„«「]?\p{Lu}"
)
"""A sentence's end and the next one's start, quotes between them or not; "Mr. Gay" and
"Dr. Ann" are a title before a name."""
_RUNS_ON = regex.compile(r"\s{1,5}[\p{Ll}\p{Lo}]")
"""A lower-case word after the page title's headline part: the same sentence goes on."""
_LABELLED_VALUE = regex.compile(
    r"(?:[\p{L}\-]{1,30}\s{0,2}:\s{1,3}|[\p{L}\-]{1,4}\s{0,2}：\s{0,3})\S{1,40}(?:\s{1,3}\S{1,40}){0,2}"
)
"""A one-word label and a value of at most three words: "Publisher: Example Inc", "来源：日报".

A CJK label has at most four characters ("责任编辑"); a longer clause before a full-width
colon opens a headline."""
_BREADCRUMB = regex.compile(r"(?<!\s)\s+(?:»|>|›|/)\s+")
_CRUMB_ARROW = regex.compile(r"\s{0,3}[»>›]\s{0,3}")
"""An arrow between a breadcrumb's entries, spaced or not: "Home>Articles> Storm hits"."""
_MENU_MARK = regex.compile(r"(?:[*+•·–-]|\d{1,2}\.)\s+(?=\S)")
"""A list item's mark, a number among them: breadcrumbs are also numbered lists."""
_CRUMB_WORDS = 3
"""Words of a breadcrumb's entries above the last one: section names, not headlines."""
_CRUMB_DEPTH = 5
"""Entries a breadcrumb may have above its last one; a longer list is a menu."""
_LOOKBACK = 40
"""How many non-blank lines before the main text may hold the headline."""
_FURNITURE = frozenset(
    {"navigation", "share buttons", "subscribe prompt", "cookie notice", "copyright",
     "comments", "advertisement", "read more", "editor credit", "server message"}
)  # fmt: skip


def _without_marks(text: str) -> str:
    """The text after a leading list marker "* " or Markdown "# " (or both: "* ## ")."""
    for mark in (_LIST_MARK, _MARKDOWN_H):
        found = mark.match(text)
        if found:
            text = text[found.end() :]
    return text.strip()


def headline_parts(page_title: str) -> tuple[str, ...]:
    """Split a page title into its parts, longest first.

    >>> headline_parts("Storm hits the coast | Weather | The Daily Example")
    ('Storm hits the coast', 'The Daily Example', 'Weather')

    A dash or colon splits the title only when no bar does:

    >>> headline_parts("Storm hits the coast – again | The Daily Example")
    ('Storm hits the coast – again', 'The Daily Example')
    """
    separator = _STRONG_SEPARATOR if _STRONG_SEPARATOR.search(page_title) else _PART_SEPARATOR
    parts = [p.strip() for p in separator.split(page_title) if p.strip()]
    return tuple(sorted(parts, key=lambda p: (-word_count(p), parts.index(p))))


def _plain(text: str) -> str:
    return _without_marks(text).casefold()


_TOKEN = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]|[^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{1,80}"
)
_SIMILAR = 0.5
"""Token overlap (Dice) from which a line counts as repeating the page title."""
_BODY_PEEK = 12
"""How many non-blank lines into the main text the headline may hide (main text found too early)."""
_NEAR = 5
"""How many non-blank lines after the headline may hold its byline or dateline."""
_PAGE_TITLE_WORDS = 3
"""Words in the longest part of a first line that reads as a page title, not a menu."""
_KICKER_WORDS = 5
"""A line of at most this many words above a headline is its kicker, not a headline itself."""
_DATE_REACH = 40
"""How many characters at a line's start may hold the date that opens it."""
_BYLINED_WORDS = 4
"""Words from which a line right above a byline reads as a headline, not as a name."""
_STANDFIRST_WORDS = 12
"""A standfirst, the summary under the headline, has at least this many words."""
_SIBLING_REACH = 8
"""How many lines around a listed heading may hold another one of the same list."""
_LIST_REACH = 2
"""How many non-blank lines below the page's first line may start its menu."""
_MENU_ITEMS = 3
_MENU_ITEM_WORDS = 2
"""A line of this many parts or more, none longer than this many words, is a menu."""


@dataclass(frozen=True)
class TitleWeights:
    """How much each sign counts for (or, below zero, against) a line being the headline.

    The values ship as data (``data/title_weights.json``); see
    ``benchmarks/fit_title.py`` for how they were fitted. A line is the
    headline if its score is the best and at least `least_score`.
    """

    page_title_likeness: float = 8.0
    menu_entry: float = -3.0
    link_or_credit: float = -5.0
    numbers_or_date: float = -3.0
    h1_mark: float = 5.0
    heading_mark: float = 1.0
    near_body: float = 3.0
    depth_in_text: float = 0.5
    credit_nearby: float = 2.0
    right_above_credit: float = 1.0
    headline_length: float = 1.5
    full_stop: float = -2.5
    page_title_with_site: float = 3.5
    page_title_alone: float = 2.0
    header_opener: float = 2.0
    above_standfirst: float = 2.0
    heads_byline: float = 2.0
    under_dateline: float = 3.0
    under_dateline_depth: float = 0.5
    quoted_later: float = 2.0
    echo: float = 6.0
    tag_list: float = -6.0
    glued_words: float = -6.0
    follows_dateline: float = 2.0
    crumb_end: float = 8.0
    set_apart: float = 6.0
    points_elsewhere: float = -6.0
    menu_row: float = -6.0
    above_subtitle: float = 2.0
    form_prompt: float = -6.0
    site_chrome: float = -6.0
    opens_with_ellipsis: float = -3.0
    repeated_tail: float = -4.0
    site_name_likeness: float = 8.0
    least_score: float = 2.0

    @classmethod
    def load(cls) -> TitleWeights:
        """The shipped weights."""
        return shipped_weights(cls, "title_weights.json")

    def score(self, features: dict[str, float]) -> float:
        """The weighted sum of a line's features."""
        return sum(float(getattr(self, name)) * value for name, value in features.items())


WEIGHTS = TitleWeights.load()


def _tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(_plain(text)))


def _overlap(a: Counter[str], b: Counter[str]) -> float:
    """Dice coefficient of two token bags."""
    total = sum(a.values()) + sum(b.values())
    return 2.0 * sum((a & b).values()) / total if total else 0.0


def _repeats_page_title(text: str, parts: tuple[str, ...]) -> bool:
    plain = _plain(text)
    if word_count(plain) < 2:
        return False
    sentence = plain.endswith((".", "。"))  # a headline has no full stop
    for part in parts:
        key = part.casefold()
        if word_count(key) < 2:
            continue
        if plain == key:
            return True
        if word_count(key) < _PAGE_TITLE_WORDS:
            continue  # a bare site name that a longer line begins with: its slogan
        if not sentence and (plain.startswith(key) or key.startswith(plain)):
            return True
    return False


def _page_title_likeness(text: str, page_title: Counter[str], parts: tuple[str, ...]) -> float:
    """How much of the page title a line repeats, 0 to 1."""
    if parts and _repeats_page_title(text, parts[:1]):
        return 1.0
    if _repeats_page_title(text, parts[1:]):
        return 0.5  # a shorter part is more often the site's or the section's name
    likeness = _overlap(_tokens(text), page_title)
    return likeness if likeness >= _SIMILAR else 0.0


def headline_anchor(lines: list[Line] | tuple[Line, ...], options: Options) -> int | None:
    """The first line to repeat the page title's headline, if it is dated or signed below.

    Such a line is the article's headline beyond doubt: the main text follows it.
    """
    nonblank = [i for i, line in enumerate(lines) if line.kind is not K.BLANK]
    if len(nonblank) < 2 or len(lines[nonblank[0]].text) > options.max_title_chars:
        return None
    parts = headline_parts(lines[nonblank[0]].text)
    if not parts or word_count(parts[0]) < _PAGE_TITLE_WORDS:
        return None
    repeats = (i for i in nonblank[1:] if _repeats_page_title(lines[i].text, parts[:1]))
    first = next(repeats, None)  # a later copy may be a teaser of the same article
    if first is None or lines[first].kind not in {K.HEADING, K.TITLE}:
        return None
    return first if _dated_or_signed(list(lines), first) else None


def _is_menu_line(line: Line) -> bool:
    """A site menu or breadcrumb line; share bars, which may follow the headline, are not."""
    if line.reason == "share buttons":
        return False
    if line.kind is K.BOILERPLATE and line.reason == "navigation":
        return True
    parts = headline_parts(line.text)
    if len(parts) >= _MENU_ITEMS and word_count(parts[0]) <= _MENU_ITEM_WORDS:
        return True  # "Home | World | Business"
    return bool(_LIST_MARK.match(line.text)) or bool(_BREADCRUMB.search(line.text))


_CLOSING_QUOTES = "\"”“»«’'」』"
_FULL_STOPS = (".", "。")
_OPEN_ENDS = ("?", "!", "？", "！")
"""A question or a cry may end a headline."""


def _ends_with_full_stop(text: str) -> bool:
    """Whether a line ends like a sentence.

    A question, a cry or a closing bracket ("... (video)") may end a headline, but
    not a bracket after a sentence ("The plumes. (Photo: NASA)"): that is a caption.

    >>> _ends_with_full_stop("Storm floods the harbour (video)")
    False
    >>> _ends_with_full_stop("The plumes seen from orbit. (Photo: Lena Brandt/NASA)")
    True

    A quotation at the end ends the line as its own last mark does:

    >>> _ends_with_full_stop("Mayor on the flood: «We will rebuild the bridge»")
    False
    >>> _ends_with_full_stop('The mayor said: "We will rebuild the bridge."')
    True
    """
    text = text.rstrip(" *_")
    if text.endswith((")", "）")):
        opening = max(text.rfind("("), text.rfind("（"))
        return opening > 0 and ends_like_sentence(text[:opening].rstrip())
    quoted = text.rstrip(_CLOSING_QUOTES)
    if quoted != text:
        return quoted.endswith(_FULL_STOPS)  # a quotation at the end: its own last mark decides
    return ends_like_sentence(text) and not text.endswith(_OPEN_ENDS)


def _header_opener(lines: list[Line], head: list[int]) -> int | None:
    """The first headline-shaped line after the last menu line: the article header's start."""
    after_menu = head
    for position, index in enumerate(head):
        if _is_menu_line(lines[index]):
            after_menu = head[position + 1 :]
    for index in after_menu:
        text = lines[index].text
        letters = [t for t in _TOKEN.findall(text) if not t.isdigit()]
        if lines[index].kind in {K.DATELINE, K.BYLINE, K.NOTE} or len(letters) < 3:
            continue
        if _ends_with_full_stop(text):
            continue
        if _SENTENCE_BREAK.search(text):
            continue  # two sentences: a notice or a teaser, not a headline
        return index
    return None


_HEADER_END = frozenset({K.BYLINE, K.DATELINE, *BODY_KINDS})
"""What follows the headline: its byline or dateline, or the text itself."""


def _kicker_above_headline(lines: list[Line], index: int, after: list[int]) -> bool:
    """Whether this line is the kicker of the headline below it.

    The line below is headline-shaped and ends the header: a byline, a
    dateline or the text itself follows it. A kicker is short or shorter than
    that headline, while a headline is shorter than the standfirst below it.
    """
    if len(after) < 2 or lines[after[1]].kind not in _HEADER_END:
        return False
    below = lines[after[0]]
    if below.kind in {K.DATELINE, K.BYLINE, K.NOTE} or word_count(below.text) < 2:
        return False
    if _SENTENCE_BREAK.search(below.text):
        return False  # a standfirst of two sentences
    if _ends_with_full_stop(below.text):
        return False
    words = word_count(lines[index].text)
    return words <= _KICKER_WORDS or word_count(below.text) <= words


def _reads_as_headline(text: str) -> bool:
    """Whether a line has a headline's shape: one clause, no closing full stop.

    A label with its value ("Publisher: Example Inc") and a breadcrumb that
    opens with its arrow (">Home>Politics") are the header's furniture.
    """
    if _SENTENCE_BREAK.search(text) or _LABELLED_VALUE.fullmatch(text):
        return False
    if text.startswith((">", "›", "»", "/")) and not text.endswith(("«", "»")):
        return False
    return not _ends_with_full_stop(text)


def _above_standfirst(lines: list[Line], index: int, after: list[int]) -> bool:
    """Whether this headline-shaped line stands above its standfirst.

    The standfirst is a longer line that ends the header: a byline, a dateline
    or the text itself follows it. A section label or kicker above the pair
    has no such line below it. A standfirst taken for the text's first
    paragraph still has the byline or dateline below it, and no heading
    under that: a blog's name and slogan stand above a dated post's heading.
    """
    if len(after) < 2 or not _ends_header(lines, after[1:]):
        return False
    text, below = lines[index].text, lines[after[0]]
    signed = lines[after[1]].kind in {K.DATELINE, K.BYLINE} and not (
        len(after) > 2 and lines[after[2]].kind is K.HEADING
    )
    if below.kind in {K.DATELINE, K.BYLINE, K.NOTE} or not _reads_as_headline(text):
        return False
    if below.kind in BODY_KINDS and not signed:
        return False
    words = word_count(text)
    return words >= 2 and word_count(below.text) >= max(_STANDFIRST_WORDS, words + 1)


_BUTTONS = 2
"""How many buttons or menu lines ("Close", "Share") may sit between the header and its end."""


def _ends_header(lines: list[Line], following: list[int]) -> bool:
    """Whether the header ends here: a byline, a dateline or the text, after a button or two."""
    for index in following[: _BUTTONS + 1]:
        line = lines[index]
        if line.kind in _HEADER_END:
            return True
        if line.kind is not K.BOILERPLATE or line.reason not in _FURNITURE:
            return False
    return False


def _heads_byline(lines: list[Line], index: int, after: list[int]) -> bool:
    """Whether this line reads as a headline and its byline or dateline follows it."""
    if not after or lines[after[0]].kind not in {K.DATELINE, K.BYLINE}:
        return False
    text = lines[index].text
    if _mostly_numbers(text) or _opens_with_date(text):
        return False  # a date the dateline parser missed
    return word_count(text) >= _BYLINED_WORDS and _reads_as_headline(text)


def _under_dateline(lines: list[Line], index: int, after: list[int]) -> bool:
    """Whether this headline-shaped line sits between its dateline or byline and the text.

    Some headers put the date first and the headline under it, just above the text.
    A row of lower-case words there is a share bar's labels ("facebook twitter mail").
    """
    if not _follows_dateline(lines, index) or not after or lines[after[0]].kind not in BODY_KINDS:
        return False
    text = _without_marks(lines[index].text)
    return not text[:1].islower() and _reads_as_headline(text)


def _follows_dateline(lines: list[Line], index: int) -> bool:
    """Whether the nearest non-blank line above this one is a dateline or a byline."""
    above = next((j for j in range(index - 1, -1, -1) if lines[j].kind is not K.BLANK), None)
    return above is not None and lines[above].kind in {K.DATELINE, K.BYLINE}


def _labels_headline(lines: list[Line], index: int, after: list[int]) -> bool:
    """Whether this line is a kicker or a section label above the headline."""
    if _kicker_above_headline(lines, index, after):
        return True
    return bool(after) and _above_standfirst(lines, after[0], after[1:])


def _repeated_later(plain: str, page_texts: frozenset[str]) -> bool:
    """Whether another line quotes this one, as breadcrumbs and "comments on ..." do.

    `page_texts` holds each distinct line of the page once, as `_plain` gives it.
    A copy word for word is no quote: site names and widgets repeat whole.
    """
    if word_count(plain) < 3:
        return False
    return any(plain in other and plain != other for other in page_texts)


_REPEATED_WORDS = 4
"""Words from which a line repeated on the page is no chance match or widget label."""


def _repeated_elsewhere(plain: str, page_copies: frozenset[str]) -> bool:
    """Whether the page gives this line again outside the text, whole or inside a longer line.

    A headline comes back in breadcrumbs, "most read" lists and comment headers;
    `page_copies` holds each line outside the main text once, as `_plain` gives it.
    """
    return word_count(plain) >= _REPEATED_WORDS and any(plain in other for other in page_copies)


def _breadcrumb_ends(lines: list[Line], nonblank: list[int]) -> dict[str, int]:
    """The last entries of the page's breadcrumbs, each mapped to its breadcrumb's line.

    A breadcrumb is a line of short entries between arrows ("Home > News > Storm
    hits the coast") or a list with one entry an item ("* Home", "* News", ...);
    its last entry is the page's own headline. Entries are as `_plain` gives them.
    """
    ends = {}
    for rank, index in enumerate(nonblank):
        text = lines[index].text
        crumbs = [c for c in _CRUMB_ARROW.split(_without_marks(text)) if c.strip()]
        if 3 <= len(crumbs) <= _CRUMB_DEPTH + 1 and all(
            word_count(c) <= _CRUMB_WORDS for c in crumbs[:-1]
        ):
            ends[_plain(crumbs[-1])] = index
        if _ends_menu_list(lines, nonblank, rank):
            ends[_plain(_MENU_MARK.sub("", text, count=1))] = index
    return ends


def _ends_menu_list(lines: list[Line], nonblank: list[int], rank: int) -> bool:
    """Whether this line ends a short list of short entries and is longer than each.

    Only items with the same mark count: "+ " items under a "* " item are a submenu.
    """
    text = lines[nonblank[rank]].text
    if not _MENU_MARK.match(text):
        return False
    if rank + 1 < len(nonblank) and _MENU_MARK.match(lines[nonblank[rank + 1]].text):
        return False
    above = []
    for index in reversed(nonblank[max(0, rank - _CRUMB_DEPTH) : rank]):
        mark = _MENU_MARK.match(lines[index].text)
        if mark is None or _mark_kind(lines[index].text) != _mark_kind(text):
            break
        above.append(word_count(lines[index].text[mark.end() :]))
    words = word_count(_MENU_MARK.sub("", text, count=1))
    return len(above) >= 2 and max(above) <= min(_CRUMB_WORDS, words - 1)


def _mark_kind(text: str) -> str:
    """A list item's mark, any number standing for all: "1." and "2." mark the same list."""
    return "1" if text[:1].isdigit() else text[:1]


def _is_listed_heading(text: str) -> bool:
    """A Markdown heading inside a list item: "* ## Title"."""
    listed = _LIST_MARK.match(text)
    return listed is not None and _MARKDOWN_H.match(text, listed.end()) is not None


def _has_listed_sibling(lines: list[Line], index: int) -> bool:
    """Whether another listed heading stands near: a list of related posts."""
    window = range(max(0, index - _SIBLING_REACH), min(len(lines), index + _SIBLING_REACH + 1))
    return any(j != index and _is_listed_heading(lines[j].text) for j in window)


def _candidate_features(
    lines: list[Line], index: int, distance: int, likeness: float, nonblank_after: list[int]
) -> dict[str, float] | None:
    """What speaks for and against this line being the headline; None if it cannot be."""
    line = lines[index]
    text = line.text
    words = word_count(_plain(text))
    if words < 2 or line.kind in {K.DATELINE, K.BYLINE, K.NOTE, K.BLANK}:
        return None
    if is_date_label(_without_marks(text)):
        return None
    if line.kind is K.BOILERPLATE and line.reason in _FURNITURE:
        return None
    if line.kind is K.TEASER and line.reason != "tag trail":
        return None
    listed = _LIST_MARK.match(text)
    marker = _MARKDOWN_H.match(text[listed.end() :] if listed else text)
    nearby = [lines[j].kind for j in nonblank_after[:_NEAR]]
    bylined = bool(nearby) and nearby[0] in {K.DATELINE, K.BYLINE}
    lone_post = not _has_listed_sibling(lines, index)
    # A post's heading signed right below it is its headline at any level; a standfirst is longer.
    signed_post = bylined and not listed and words < _STANDFIRST_WORDS
    top_mark = marker is not None and (len(marker.group(1)) == 1 or signed_post)
    return {
        "page_title_likeness": likeness,
        # a menu entry; a lone listed heading above its byline is a post's title
        "menu_entry": float(bool(listed) and not (marker and bylined and lone_post)),
        "link_or_credit": float(
            bool(_NOT_A_HEADLINE.search(text) or _CREDIT_LABEL.match(_without_marks(text)))
        ),
        # a date, a clock time or a price: the header's furniture
        "numbers_or_date": float(_mostly_numbers(text) or _opens_with_date(text)),
        "h1_mark": float(top_mark),
        "heading_mark": float(marker is not None and not top_mark),
        "near_body": max(0.0, 1.0 - distance / 8) if distance >= 0 else 0.0,
        "depth_in_text": float(min(distance, 0)),  # inside what was taken for the main text
        "credit_nearby": float(K.DATELINE in nearby or K.BYLINE in nearby),
        # the headline sits right above its byline; a site name above both
        "right_above_credit": float(bylined),
        "headline_length": float(4 <= words <= 25),
        "full_stop": float(
            _ends_with_full_stop(text) and not text.rstrip().endswith(("“", "”", '"'))
        ),
        **_shape_features(text),
    }


_TAG_LIST = regex.compile(r"[^,;]{1,30}(?:\s{0,2}[,;]\s{0,2}[^,;]{1,30}){2,}")
_GLUED_WORDS = regex.compile(r"\p{Ll}{2}\p{Lu}\p{Ll}|\p{Ll}{3}\d")


def _repeats_its_tail(text: str) -> bool:
    """Whether the line's last words repeat the words before them: a link given twice."""
    words = text.split()
    return any(words[-size:] == words[-2 * size : -size] for size in range(2, len(words) // 2 + 1))


def _shape_features(text: str) -> dict[str, float]:
    """Signs in the line's own text: its length, its marks, a list's shape."""
    plain = _without_marks(text)
    words = word_count(plain)
    return {
        # a list of tags: "Radweg, Stadtrat, Uferstraße, Verkehr"
        "tag_list": float(bool(_TAG_LIST.fullmatch(plain)) and words <= 3 * (plain.count(",") + 1)),
        # a breadcrumb glued into one line: "StartseiteVerkehrRadwege2021"
        "glued_words": float(len(_GLUED_WORDS.findall(plain)) >= 2),
        # "...the trick with the stalk": the rest of the line above, a subtitle
        "opens_with_ellipsis": float(plain.startswith(("...", "…"))),
        "repeated_tail": float(_repeats_its_tail(plain)),
        "points_elsewhere": float(_points_elsewhere(plain)),
        "form_prompt": float(bool(_FORM_PROMPT.search(plain[:_PROMPT_REACH]))),
        "site_chrome": float(bool(_SITE_CHROME.match(plain))),
    }


_SITE_CHROME = regex.compile(
    r"(?:zur\s+|to\s+the\s+)?(?:navigation|hauptnavigation|men[üu]|startseite|home\s?page|"
    r"skip\s+to|zum\s+inhalt|page\s+d'accueil|página\s+de\s+inicio|strona\s+główna)\b",
    regex.IGNORECASE,
)
"""A line that names the site's navigation or home page: a skip link, the logo's text."""


_FORM_PROMPT = regex.compile(
    r"\b(?:log\s?in|sign\s?(?:in|up)|register|create\s+an\s+account|leave\s+a\s+(?:reply|comment)|"
    r"write\s+a\s+(?:reply|comment)|(?:enter|type)\s+(?:your\s+)?(?:text|search)|search\s+for|"
    r"what\s+are\s+you\s+looking\s+for|"
    r"einloggen|anmelden|registrieren|schreibe?\s+(?:eine\s+antwort|einen\s+kommentar)|"
    r"kommentar\s+(?:schreiben|verfassen)|text\s+hier\s+eingeben|suchbegriff|"
    r"(?:was|wonach)\s+(?:möchtest|suchst|möchten)\s+(?:du|sie)\b.{0,20}such|"
    r"ingres[ae]\s|reg[ií]str(?:ese|ate)|inicia\s+sesi[oó]n|introduzca\s+el\s+texto|"
    r"deja\s+(?:un|tu)\s+comentario|connectez-vous|inscrivez-vous|laisser\s+un\s+commentaire|"
    r"zaloguj|zarejestruj)",
    regex.IGNORECASE,
)
"""A prompt of the site's forms: to log in, to register, to search, to write a comment."""
_PROMPT_REACH = 40
"""How many characters at a line's start may hold its prompt: a headline may report on one."""


_ARROWS_BEFORE = ("←", "‹", "<")
_ARROWS_AFTER = ("→", "›", ">")


def _points_elsewhere(text: str) -> bool:
    """Whether an arrow opens or closes the line: a link to the previous or next post."""
    return text.startswith(_ARROWS_BEFORE) or text.endswith(_ARROWS_AFTER)


_MENU_ROW_SEPARATOR = regex.compile(r"(?<!\s)\s+[/|｜]\s+")
_ROW_LABEL = regex.compile(r"[^:：]{1,30}[:：]\s*")
_MENU_ROW_WORDS = 3
"""Words an item of a menu row has at most: "Videos / Reisen / Rezepte"."""
_MENU_ITEMS_NOT_TITLE = 4
"""Short items from which a first line is a menu: a <title> has "Headline | Section | Site"."""


def _is_menu_row(text: str, least_items: int = _MENU_ITEMS) -> bool:
    """Whether the line is a row of short items set apart by slashes or bars.

    A label may lead it ("Our channels: ..."); a breadcrumb ends in the headline, a long item.
    """
    label = _ROW_LABEL.match(text)
    items = [i for i in _MENU_ROW_SEPARATOR.split(text[label.end() if label else 0 :]) if i.strip()]
    return len(items) >= least_items and max(word_count(i) for i in items) <= _MENU_ROW_WORDS


def _opens_with_date(text: str) -> bool:
    """Whether a full date opens the line: a time stamp with its section or author."""
    found = find_date(_without_marks(text)[:_DATE_REACH])
    return found is not None and found.start == 0


_NUMBER = regex.compile(r"\d+(?:[.,:/]\d+)*")
"""A number with its decimal or time separators: "4,80", "13:48", "18.10.2019" are one each."""


def _mostly_numbers(text: str) -> bool:
    """Whether more than a third of the line's words are numbers, glued to a word or not.

    A number keeps its decimal or time separators, and a headline may end in a year:

    >>> _mostly_numbers("12. November 2015 / 13:48"), _mostly_numbers("Two jars for 4,80 €")
    (True, False)
    >>> _mostly_numbers("Cycling accidents 2022"), _mostly_numbers("Updated 12 May 2022")
    (False, True)

    A counter glued to the headline is a number too:

    >>> _mostly_numbers("0 337Cycling accidents")
    True
    """
    numbers = len(_NUMBER.findall(text))
    words = len(_TOKEN.findall(_NUMBER.sub(" ", text)))
    return numbers > 0 and 3 * numbers > numbers + words


def _is_headline_sentence(lines: list[Line], index: int, options: Options) -> bool:
    """A short first "paragraph" followed by a byline or dateline is the headline."""
    line = lines[index]
    if line.kind is not K.PARAGRAPH or len(line.text) > options.max_heading_chars:
        return False
    return _dated_or_signed(lines, index)


def _peeked_into_body(
    lines: list[Line],
    body: list[int],
    options: Options,
    likeness: dict[int, float],
    page_copies: frozenset[str],
) -> list[int]:
    """Lines at the top of the main text that may be the headline.

    After the first paragraph a heading heads a section, unless it is marked
    as the page's ``# h1``, repeats the page title, a byline or dateline
    follows it as it follows a headline, or the page repeats it elsewhere.
    """
    peeked = []
    prose_before = False
    for index in body[:_BODY_PEEK]:
        line = lines[index]
        marker = _MARKDOWN_H.match(line.text)
        # The page lists its own headline under "recent posts": the text's first line then.
        repeated = _repeated_elsewhere(_plain(line.text), page_copies)
        headline_signs = (
            (marker is not None and len(marker.group(1)) == 1)
            or likeness.get(index, 0.0) > 0.0
            or _dated_or_signed(lines, index)
            or _follows_dateline(lines, index)
            or repeated
        )
        # A headline in quotation marks ("« ... »") reads as a quote.
        quoted_headline = line.kind is K.QUOTE and likeness.get(index, 0.0) > 0.0
        if (
            _is_headline_sentence(lines, index, options)
            or _opens_text_as_headline(lines, index, prose_before, options)
            or (line.kind is K.HEADING and (not prose_before or headline_signs))
            or (quoted_headline and not prose_before)
            or (line.kind is K.PARAGRAPH and not prose_before and repeated)
        ):
            peeked.append(index)
        elif line.kind in {K.PARAGRAPH, K.QUOTE}:
            prose_before = True
    return peeked


def _opens_text_as_headline(
    lines: list[Line], index: int, prose_before: bool, options: Options
) -> bool:
    """Whether the main text's first "paragraph" has a headline's shape.

    Renderings that keep no heading markup give the headline as a plain line
    of its own below the site's header; the text begins below it. A line that
    opens the page has no header above it: cleaned text starts that way, and
    its first paragraph stays in the text when it is cleaned again. Prose
    follows the headline: were it a heading, the text would start with that
    heading, and cleaning it again would read the heading as the page title.
    """
    line = lines[index]
    if prose_before or line.kind is not K.PARAGRAPH or len(line.text) > options.max_title_chars:
        return False
    if word_count(line.text) < 2 or not _reads_as_headline(line.text):
        return False
    following = next_nonblank(lines, index)
    if following is None or lines[following].kind not in {K.PARAGRAPH, K.QUOTE}:
        return False
    return any(above.kind is not K.BLANK for above in lines[:index])


def _dated_or_signed(lines: list[Line], index: int) -> bool:
    following = [ln for ln in lines[index + 1 : index + 8] if ln.kind is not K.BLANK][:3]
    return any(ln.kind in {K.BYLINE, K.DATELINE} for ln in following)


def _reads_as_page_title(lines: list[Line], first: int, options: Options) -> bool:
    """Whether the page's first line may be its ``<title>``.

    Some renderings drop the ``<title>`` and start with the site's menu or a
    skip link: such a first line must not lend its words to the headline.
    """
    line = lines[first]
    if len(line.text) > options.max_title_chars or word_count(line.text) < 1:
        return False
    if _LIST_MARK.match(line.text) or _MARKDOWN_H.match(line.text):
        return False  # markup comes from the page's body, never from its <title>
    if len(headline_parts(line.text)) < 2 and _heads_a_list(lines, first):
        return False  # the site's name above its menu; "Headline | Site" is a <title>
    if _is_menu_row(line.text, _MENU_ITEMS_NOT_TITLE):
        return False  # the site's menu; a <title> has at most its headline, section and site
    return not (line.kind is K.BOILERPLATE and line.reason in _FURNITURE)


def _heads_a_list(lines: list[Line], index: int) -> bool:
    """Whether a list item follows within the next few non-blank lines.

    A ``<title>`` comes before the page's body, so no bullet follows it: such
    bullets come from the page's own lists. Dashes are left out: a line of the
    body may begin with one.
    """
    following = [ln for ln in lines[index + 1 : index + 8] if ln.kind is not K.BLANK]
    return any(_BULLET.match(ln.text) for ln in following[:_LIST_REACH])


_ECHO_LINES = 10
"""How many prose lines of the main text a headline's words are looked up in."""
_ECHO_WORDS = 5
"""Words a line needs for its echo in the text to count in full: few words match by chance."""
_ECHO_TEXT_WORDS = 120
"""Words the main text's first prose lines need for a headline to be judged by them."""
_STEM = 5
"""Letters that stand for a word, so that "Polizisten" finds "Polizist"."""


def _content_words(text: str) -> Counter[str]:
    """The line's words of four letters or more, cut to their stem.

    A CJK character is too common alone to tell a headline from a share bar.
    """
    words = (t for t in _TOKEN.findall(text.casefold()) if len(t) >= 4)
    return Counter(w[:_STEM] for w in words if not w.isdigit())


def _prose_lines(lines: list[Line], body: list[int]) -> list[int]:
    return [i for i in body if lines[i].kind in {K.PARAGRAPH, K.QUOTE}][:_ECHO_LINES]


def _text_words(lines: list[Line], prose: list[int]) -> Counter[str]:
    """For each word of the main text's first prose lines, how many of those lines hold it.

    A text too short to judge by (a teaser, a few comments taken for the text) gives none.
    """
    counts: Counter[str] = Counter()
    if sum(word_count(lines[i].text) for i in prose) < _ECHO_TEXT_WORDS:
        return counts
    for i in prose:
        counts.update(set(_content_words(lines[i].text)))
    return counts


def _echo(lines: list[Line], index: int, prose: list[int], text_words: Counter[str]) -> float:
    """How much of a line the main text repeats, 0 to 1: a headline sums up its text.

    Site furniture ("Article history", "Dark mode") shares no words with the text.
    A line of the text itself does not count its own words.
    """
    words = _content_words(lines[index].text)
    own = 1 if index in prose else 0
    repeated = sum(n for word, n in words.items() if text_words[word] > own)
    return repeated / max(_ECHO_WORDS, sum(words.values()))


def _is_h1(text: str) -> bool:
    marker = _MARKDOWN_H.match(text)
    return marker is not None and len(marker.group(1)) == 1


@dataclass(frozen=True)
class _Page:
    """What the headline's signs look up about the whole page."""

    lines: list[Line]
    nonblank: list[int]
    first: int
    parts: tuple[str, ...]
    opener: int | None
    marked: bool
    prose: list[int]
    text_words: Counter[str]
    page_texts: frozenset[str]
    position: dict[int, int]
    crumb_ends: dict[str, int]


def _set_apart(lines: list[Line], index: int) -> bool:
    """Whether blank lines (or the page's start and end) stand right above and below this line.

    A layout-keeping rendering sets a heading off as a block of its own; a menu's
    entries and a teaser's lines run on with their neighbours.
    """
    above = lines[index - 1].kind if index > 0 else K.BLANK
    below = lines[index + 1].kind if index + 1 < len(lines) else K.BLANK
    return above is K.BLANK and below is K.BLANK


def _repeats_crumb_end(page: _Page, index: int) -> bool:
    """Whether this line repeats the end of a breadcrumb above it: the page's own headline.

    A list item repeating one is a menu given twice (for phones and for desktops).
    """
    text = page.lines[index].text
    crumb = page.crumb_ends.get(_plain(text), index)
    return crumb < index and word_count(text) >= 2 and not _MENU_MARK.match(text)


_PROSE_ABOVE_HEADLINE = 60
"""Words of prose from which a text above a line is the article's, not a box beside it."""


def _dated_before_prose(page: _Page, index: int) -> bool:
    """Whether the article was dated or signed above its prose, which stands above this line.

    A date further down belongs to a post the text quotes, not to the article's header.
    """
    above = [i for i in page.prose if i < index]
    if sum(word_count(page.lines[i].text) for i in above) < _PROSE_ABOVE_HEADLINE:
        return False
    header = page.lines[: above[0]]
    return any(line.kind in {K.DATELINE, K.BYLINE} for line in header)


def _header_features(page: _Page, index: int, distance: int, after: list[int]) -> dict[str, float]:
    """Signs of the line's place in the article's header and of its echo in the text."""
    lines = page.lines
    plain = _plain(lines[index].text)
    rank = page.position[index]
    above = page.nonblank[rank - 1] if rank else None
    standfirst = above is not None and _above_standfirst(lines, above, [index, *after])
    later = index != page.first
    # a page title with a headline in it: the fallback, surer with the site set off
    headline_first = (
        not later and bool(page.parts) and word_count(page.parts[0]) >= _PAGE_TITLE_WORDS
    )
    # the main text found above the dateline began too early: no penalty for the depth
    under_dateline = (
        later
        and not page.marked
        and _under_dateline(lines, index, after)
        and not _dated_before_prose(page, index)
    )
    # A standfirst sums up the text at more length than its headline; where the page
    # marks its headings, only its "# h1" is the headline however well others sum up.
    summing_up = not standfirst and (not page.marked or _is_h1(lines[index].text))
    return {
        "page_title_with_site": float(headline_first and len(page.parts) >= 2),
        "page_title_alone": float(headline_first and len(page.parts) == 1),
        # The page title comes before the header; the headline repeats it, not the reverse.
        "header_opener": float(
            later and index == page.opener and not _labels_headline(lines, index, after)
        ),
        "above_standfirst": float(
            later and distance >= 0 and _above_standfirst(lines, index, after)
        ),
        "heads_byline": float(
            later and _heads_byline(lines, index, after) and not (standfirst or page.marked)
        ),
        "under_dateline": float(under_dateline),
        "under_dateline_depth": max(0.0, -distance) if under_dateline else 0.0,
        "quoted_later": float(later and _repeated_later(plain, page.page_texts)),
        "echo": _echo(lines, index, page.prose, page.text_words) if summing_up else 0.0,
        "follows_dateline": float(_follows_dateline(lines, index)),
        "crumb_end": float(_repeats_crumb_end(page, index)),
        "set_apart": float(_set_apart(lines, index)),
        # the page title may list its site and sections: "Headline | Site | Section"
        "menu_row": float(later and _is_menu_row(_without_marks(lines[index].text))),
        "above_subtitle": float(later and _above_subtitle(lines, index, after)),
    }


_SUBTITLED_WORDS = 4
"""Words from which a line above a longer headline-shaped line is the headline, not its kicker."""


def _above_subtitle(lines: list[Line], index: int, after: list[int]) -> bool:
    """Whether this line is the headline above its subtitle, the two above the byline or dateline.

    A kicker above a headline is a word or three; a headline is shorter than its subtitle.
    """
    if len(after) < 2 or lines[after[1]].kind not in {K.DATELINE, K.BYLINE}:
        return False
    text, below = _without_marks(lines[index].text), _without_marks(lines[after[0]].text)
    if lines[after[0]].kind in {K.DATELINE, K.BYLINE, K.NOTE}:
        return False
    if not (_reads_as_headline(text) and _reads_as_headline(below)):
        return False
    return _SUBTITLED_WORDS <= word_count(text) < word_count(below)


def _candidate_lines(
    lines: list[Line], options: Options
) -> tuple[dict[int, dict[str, float]], int | None]:
    """The features of each line that may be the headline; also the page title's index."""
    nonblank = [i for i, line in enumerate(lines) if line.kind is not K.BLANK]
    if not nonblank:
        return {}, None
    body_start = next((i for i in nonblank if lines[i].kind in BODY_KINDS), len(lines))
    before = [i for i in nonblank if i < body_start]
    body = [i for i in nonblank if i >= body_start]
    first = nonblank[0]
    page_title = lines[first].text if _reads_as_page_title(lines, first, options) else ""
    parts = headline_parts(page_title) if page_title else ()
    page_tokens = _tokens(page_title)
    fits = [i for i in nonblank if len(lines[i].text) <= options.max_title_chars]
    likeness = {
        i: _page_title_likeness(lines[i].text, page_tokens, parts) if i != first else 0.0
        for i in fits
    }
    head = [i for i in before[-_LOOKBACK:] if i in likeness]
    # Far above a main text found too late, the headline still repeats the page title or is dated.
    far = [
        i
        for i in before[:-_LOOKBACK]
        if i in likeness and (likeness[i] > 0.0 or _dated_or_signed(lines, i))
    ]
    # The text's own lines may take up an intertitle's words: they are no copy of a headline.
    page_copies = frozenset(
        _plain(lines[i].text) for i in nonblank if lines[i].kind not in BODY_KINDS
    )
    peeked = _peeked_into_body(lines, body, options, likeness, page_copies)
    peeked = [i for i in peeked if i in likeness]
    candidates = sorted(set(far + head + peeked))
    if first not in candidates and first < body_start and page_title:
        candidates.insert(0, first)
    opener = _header_opener(lines, head)
    page_texts = frozenset(_plain(lines[i].text) for i in nonblank)
    position = {index: rank for rank, index in enumerate(nonblank)}
    start_rank = position.get(body_start, len(nonblank))
    # Markdown headings mark the headline better than the line above a byline does.
    marked = any(_MARKDOWN_H.match(lines[i].text) for i in candidates)
    prose = _prose_lines(lines, body)
    text_words = _text_words(lines, prose)
    page = _Page(
        lines=lines, nonblank=nonblank, first=first, parts=parts, opener=opener,
        marked=marked, prose=prose, text_words=text_words, page_texts=page_texts,
        position=position, crumb_ends=_breadcrumb_ends(lines, nonblank),
    )  # fmt: skip
    features = {}
    for index in candidates:
        distance = start_rank - 1 - position[index]
        after = nonblank[position[index] + 1 :]
        found = _candidate_features(lines, index, distance, likeness.get(index, 0.0), after)
        if found is not None:
            features[index] = found | _header_features(page, index, distance, after)
            # a page title of one part is more often the site's name than the headline
            if len(parts) < 2:
                features[index]["site_name_likeness"] = found["page_title_likeness"]
                features[index]["page_title_likeness"] = 0.0
    return features, first if page_title else None


def pick_title(draft: Draft, options: Options) -> Draft:
    """Step: label the headline line as the title."""
    lines = list(draft.lines)
    candidates, first = _candidate_lines(lines, options)
    scores = {index: WEIGHTS.score(features) for index, features in candidates.items()}
    index = max(scores, key=lambda i: (scores[i], -i)) if scores else None
    if index is None or scores[index] < WEIGHTS.least_score:
        _opening_heading_as_title(lines)
    else:
        reason = "headline before the main text"
        if index == first:
            reason = "page title"
        elif first is not None and _page_title_likeness(
            lines[index].text, _tokens(lines[first].text), headline_parts(lines[first].text)
        ):
            reason = "headline repeated from the page title"
            lines[first] = lines[first].relabel(K.BOILERPLATE, "page title (repeats the headline)")
        lines[index] = lines[index].relabel(K.TITLE, reason)
    _drop_headings_alone(lines)
    return replace(draft, lines=tuple(lines))


def _opening_heading_as_title(lines: list[Line]) -> None:
    """With no headline found, a heading that opens the main text is the headline.

    Cleaned again, that line would open the page and be its title, so it is the
    title the first time too.
    """
    body = next((i for i, line in enumerate(lines) if line.kind in BODY_KINDS), None)
    if body is not None and lines[body].kind is K.HEADING:
        lines[body] = lines[body].relabel(K.TITLE, "heading that opens the main text")


def _drop_headings_alone(lines: list[Line]) -> None:
    """A main text of headings alone is no text: they are headlines with nothing under them.

    Cleaned again, the first of them would open the page and be its title.
    """
    body = [i for i, line in enumerate(lines) if line.kind in BODY_KINDS]
    if body and all(lines[i].kind is K.HEADING for i in body):
        for i in body:
            lines[i] = lines[i].relabel(K.BOILERPLATE, "heading with no text under it")


def _glued_headline(text: str, page_title: str) -> str | None:
    """The page title's headline part when `text` starts with it and runs on.

    Without markup the headline may be glued to what follows it (a date, the
    byline, the lede): "Storm hits the coastPosted by Ann".
    """
    parts = headline_parts(page_title)
    if not parts or word_count(parts[0]) < _PAGE_TITLE_WORDS:
        return None
    size = len(parts[0])
    if len(text) <= size or text[:size].casefold() != parts[0].casefold():
        return None
    rest = text[size:]
    if rest[0].isalpha() or _RUNS_ON.match(rest) or _PART_SEPARATOR.match(rest):
        return None  # the headline goes on: the page title has only its start
    return text[:size]


def title_and_tags(
    line: Line, separators: tuple[str, ...], page_title: str = ""
) -> tuple[str, tuple[str, ...]]:
    """Read the headline (and its section or tags) from the title line.

    `page_title` is the page's first line; a headline glued to the text after
    it is cut back to the headline part of the page title.
    """
    text = _without_marks(line.text)
    if line.reason != "page title":
        glued = _glued_headline(text, page_title)
        if glued is not None:
            return glued, ()
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
