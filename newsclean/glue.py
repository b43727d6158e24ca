"""Repair boundaries that a scraper glued together when it dropped markup.

* A sentence end glued to the next sentence (``world.The``) gets a space.
* A line with several lower-to-upper joins (``HomeWorldBusiness``, or a trail
  of teaser titles ``... | ShanghaiStrictly abide ...``) is split at them into
  lines, so that later steps see one element per line.

Names written in camel case (``iPhone``, ``McDonald``, ``YouTube``, ``PhD``,
``LinkedIn``) are never split. Every insertion is recorded as a `Repair`.
"""

from __future__ import annotations

import unicodedata

import regex

from newsclean._edits import Edit, apply_edits
from newsclean.bylines import parse_byline, person_name
from newsclean.classify import (
    READ_MORE_CUES,
    boilerplate_reason,
    ends_like_sentence,
    looks_like_caption,
    word_count,
)
from newsclean.dates import find_date
from newsclean.model import Author, Draft
from newsclean.options import Options

__all__ = [
    "find_glued_bylines",
    "find_glued_dated_names",
    "find_glued_joins",
    "find_glued_sentences",
    "repair_glue",
]

# Two lowercase letters or digits, a sentence end, maybe a closing quote, then
# a capitalised word: "world.The", "2024.Police", "said.”The". One lowercase
# letter is not enough ("Mr.Smith", "U.S.Army", "e.g.The" are left alone).
_SENTENCE_GLUE = regex.compile(r"[\p{Ll}\d]{2}[.!?][\"”’»)]?(?=\p{Lu}\p{Ll})")
# A lowercase letter (or a year) glued to a capitalised word; a word in capitals glued
# to one ("MOST READStoltenberg", "READ MOREWhat"); a time, a label's colon or a closing
# bracket glued to one ("10:24Wenig", "Lizenz:Freeware", "(Opens in new window)Click");
# a version number that ends a credit or a menu item ("cc by sa 2.0Berlin", "FM 94.9More").
_JOIN = regex.compile(
    r"(?:\p{Ll}|(?<!\d)\d{4}|\p{Ll}{2}:|[\p{L}\p{N}]\)|(?<![\d.])\d{1,3}\.\d)(?=\p{Lu}\p{Ll})"
    r"|\p{Lu}{2}(?=\p{Lu}\p{Ll}{2})|(?<=\d:)\d{2}(?=(?!Uhr)\p{Lu}\p{Ll})"
)
_MAX_WORD = 64
_GLUED_BYLINE = regex.compile(r"(?:By|Von|Par|Por)\s+\p{Lu}")
_WORD_BEFORE = regex.compile(r"[\p{L}\p{M}'’]*", regex.REVERSE)
_JOIN_AT_NAME = regex.compile(r"\p{Ll}")
_WORD_CHARS = regex.compile(r"[\p{L}\p{M}'’]*")

# Brand and family names in camel case, compared case-insensitively with the
# whole word (a plural or possessive "s" is allowed).
_CAMEL_NAMES_CASED = tuple(
    """
    YouTube LinkedIn JavaScript TypeScript PowerPoint PowerShell PlayStation
    WhatsApp GitHub GitLab PayPal FedEx HuffPost BlackRock SoftBank DeepMind OpenAI
    WordPress SharePoint FaceTime TikTok WeChat AstraZeneca GlaxoSmithKline
    ExxonMobil BlackBerry MasterCard PricewaterhouseCoopers DreamWorks SpaceX
    MySpace McKinsey DiCaprio LeBron WikiLeaks NetEase AliExpress JetBlue SkyTeam
    BioNTech DuckDuckGo PepsiCo CocaCola FreeBSD MySQL PostgreSQL NordVPN ExpressVPN
    StubHub GoFundMe OnlyFans SoundCloud DropBox HubSpot MailChimp ZipRecruiter
    LaGuardia MacArthur MacBook McLaren McCain McConnell McCarthy McDonald McDonalds
    McGregor McIlroy McKenzie McLean McMahon StarCraft WarCraft SmackDown
    CinemaScope DisneyPlus HelloFresh AirBnb BuzzFeed NextEra ChatGPT OnePlus
    ThinkPad IntelliJ CrowdStrike SolarWinds SalesForce iPhone iPad iPod iMac iTunes
    iCloud iOS iPadOS eBay eBook eCommerce
    """.split()
)
# Short family-name prefixes: "DeMar", "VanDyke", "O'Neill" stay whole.
_NAME_PREFIXES = frozenset({"mc", "mac", "de", "di", "da", "la", "le", "van", "von", "o'", "d'"})


def _script(char: str) -> str:
    if char.isdigit():
        return "digit"
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0]


def _same_script(before: str, upper: str, lower: str) -> bool:
    script = _script(upper)
    return _script(lower) == script and _script(before) in {script, "digit"}


def _camel_parts() -> dict[str, tuple[str, ...]]:
    """Map each head of a camel-case name to the rests that may follow it."""
    parts: dict[str, set[str]] = {}
    for name in _CAMEL_NAMES_CASED:
        for index in range(1, len(name)):
            if name[index].isupper() and name[index - 1].isalpha():
                parts.setdefault(name[:index].casefold(), set()).add(name[index:].casefold())
    return {head: tuple(rests) for head, rests in parts.items()}


_CAMEL_PARTS = _camel_parts()
_MAX_HEAD = max(len(head) for head in _CAMEL_PARTS)


def _camel_name_start(text: str, join: int) -> int | None:
    """Where the camel-case name that the join before ``text[join]`` lies in starts."""
    for size in range(1, _MAX_HEAD + 1):
        head = text[join - size : join].casefold()
        if join - size < 0:
            break
        for rest in _CAMEL_PARTS.get(head, ()):
            if text[join : join + len(rest)].casefold() == rest:
                return join - size
    return None


def _is_camel_name(text: str, join: int) -> bool:
    """Whether the join before ``text[join]`` lies inside a camel-case name."""
    if _camel_name_start(text, join) is not None:
        return True
    left = _WORD_BEFORE.match(text, max(0, join - _MAX_WORD), join)
    start = left.start() if left else join
    head = text[start:join]
    if len(head) == 1 or head.casefold() in _NAME_PREFIXES:
        return True  # iPhone, eBay, McDonald
    # A family name glued to what came before: "MarketsMcDonald".
    return text[join - 2 : join] in {"Mc", "O'"} or text[join - 3 : join] == "Mac"


def find_glued_sentences(line: str) -> list[int]:
    """Offsets in `line` where a space belongs between two glued sentences.

    >>> line = "around the world.The concept, e.g. U.S.Army No.1 3.5 example.org"
    >>> [line[i - 6 : i + 4] for i in find_glued_sentences(line)]
    ['world.The ']
    """
    if "." not in line and "!" not in line and "?" not in line:
        return []
    offsets = []
    for match in _SENTENCE_GLUE.finditer(line):
        floor = max(0, match.start() - _MAX_WORD)
        token_start = max(floor, line.rfind(" ", floor, match.start()) + 1)
        token = line[token_start : match.end() + 1]
        if "/" in token or "@" in token or "www" in token:
            continue  # URLs, e-mail addresses and domain names
        offsets.append(match.end())
    return offsets


def find_glued_joins(line: str) -> list[int]:
    """Offsets in `line` where a lowercase letter is glued to a capitalised word.

    >>> line = "News | ShanghaiStrictly abide | iPhone McDonald YouTube PhD LinkedIn"
    >>> [line[i - 3 : i + 3] for i in find_glued_joins(line)]
    ['haiStr']
    """
    joins = []
    for match in _JOIN.finditer(line):
        join = match.end()
        before = line[join - 2] if line[join - 1] in ":)" else line[join - 1]
        if not _same_script(before, line[join], line[join + 1]):
            continue  # "феÑтиваль": mojibake, not two words glued together
        start = _camel_name_start(line, join)
        if start is not None:
            # "GadgetsiPhone": the name is glued to the element before it.
            if start > 0 and line[start - 1].isalpha() and _JOIN_AT_NAME.match(line, start - 1):
                joins.append(start)
            continue
        if not _is_camel_name(line, join):
            joins.append(join)
    return sorted(set(joins))


# A by-word glued to what came before it: "Lake BerryessaByJ.R. Stone",
# "offenders'By James", "2022Von: A/dpa", "a.m.Por Gloria", "eine FAQ.von Lars".
_GLUED_BY_WORD = regex.compile(
    r"(?<=\S)(?:By|Von|Por|Par)(?=\s{0,3}:?\s{0,3}\p{Lu})|(?<=[.!?])(?:by|von|por|par)(?=\s\p{Lu})"
)
# A by-word set apart by a space inside a long line: "... ruling' By Ana Ruiz, May 4, 2024".
# Prose has "By" after a sentence end too, so only names with a date after them count.
_SPACED_BY_WORD = regex.compile(r"(?<=\s)(?:By|Von|Por|Par)(?=\s{1,3}\p{Lu})")
# A by-word in any case right after a date: "Posted 11 March 2024 by Ana Ruiz".
_DATED_BY_WORD = regex.compile(
    r"(?<=\d\s{0,3}|\p{L}\s{1,3})(?:[Bb]y|[Vv]on|[Pp]or|[Pp]ar)(?=\s{1,3}\p{Lu})"
)
_DATE_BEFORE_WINDOW = 48
"""Characters before a by-word where the date it follows is looked for."""
_DATE_MAX_WORDS = 8
"""Words a date and its time span at most: "Monday, 3 March 2024, 14:20 Uhr"."""
_WORD_START = regex.compile(r"(?<!\S)\S")
# What may follow the names of a byline after a date, so that prose ("by Ana Ruiz
# and her team", "by Ana Ruiz, who") is left alone: the line's end, a capitalised
# word, a number or a separator.
_AFTER_DATED_NAMES = regex.compile(r"\s*(?:$|[\p{Lu}\p{N}|•·–—-])")
# A byline label after a sentence end, or glued to a word: "... in May. Text von Ana Ruiz",
# "Websites.Autor: Ana Ruiz". Prose has these words too, so only names that close the
# line or stand before a separator count.
_TAIL_LABEL = regex.compile(
    r"(?:(?<=[.!?…][\"”’»)]?\s{0,3})|(?<=\p{Ll}))"
    r"(?:Text(?:\s{1,3}von|\s{0,3}:)|Autor(?:in)?\s{0,3}:?|Author\s{0,3}:?|Words\s{1,3}by)"
    r"(?=\s{1,3}\p{Lu})"
)
_AFTER_TAIL_NAMES = regex.compile(r"\s*(?:$|[:/|•·])")
_COLON_THEN_TEXT = regex.compile(r"\s{0,2}:\s{0,3}(?=\p{Lu}\p{Ll})")
"""A colon after the names, then the article's first sentence: "By Ana Ruiz: The ..."."""
_BYLINE_WINDOW = 160
"""Characters after a glued by-word where its names and date are looked for."""
_GLUED_HANDLE = regex.compile(r"(?<=\p{L})@")
"""A handle or e-mail address glued to the last name: "Ana Ruiz@anaruiz"."""
_SEPARATORS = regex.compile(r"[\s|•·,/–—-]{0,6}")
_WEEKDAY = regex.compile(r"\p{L}{2,12},?\s{1,3}")
"""What may stand between the names and their date: separators, then maybe a weekday."""
_TIME_AFTER_DATE = regex.compile(
    r"(?:[\s,|–—-]{0,4}\d{1,2}[:.]\d{2})?(?:\s?(?:AM|PM|am|pm|Uhr|h)(?!\p{Ll}))?"
)


def find_glued_bylines(line: str) -> list[int]:
    """Offsets in `line` where a byline glued to its neighbours starts and ends.

    The byline runs over its names and the date and time right after them.

    >>> line = "Lake BerryessaByJ.R. Stone Thursday, November 9, 2023 7:35AMEMBED video"
    >>> [line[a:b] for a, b in [find_glued_bylines(line)]]
    ['ByJ.R. Stone Thursday, November 9, 2023 7:35AM']
    """
    offsets: list[int] = []
    glued = [(match.span(), False) for match in _GLUED_BY_WORD.finditer(line)]
    spaced = [(match.span(), True) for match in _SPACED_BY_WORD.finditer(line)]
    after_date = {
        match.span()
        for match in _DATED_BY_WORD.finditer(line)
        if _follows_date(line, match.start())
    }
    if after_date and parse_byline(line):
        after_date = set()  # "Posted 3 May 2024 by A and B" is a byline line already
    tail_labels = {match.span() for match in _TAIL_LABEL.finditer(line)}
    by_words = dict.fromkeys(after_date | tail_labels, True) | dict(spaced + glued)
    for (start, names_at), needs_date in sorted(by_words.items()):
        window = line[start : _before_next_join(line, names_at)]
        lead_in = _COLON_THEN_TEXT.search(window, names_at - start)
        if lead_in:
            window = window[: lead_in.start()]
        authors = parse_byline(window)
        last = window.rfind(authors[-1].name) if authors else -1
        if last < 0:
            continue
        names_end = start + last + len(authors[-1].name)
        end = _past_date(line, names_end)
        dated = (start, names_at) in after_date and _AFTER_DATED_NAMES.match(line, names_end)
        tail = (start, names_at) in tail_labels and _AFTER_TAIL_NAMES.match(line, names_end)
        closes = names_end == len(line.rstrip()) and _all_people(authors)
        lead_in = _COLON_THEN_TEXT.match(line, names_end)
        if lead_in and _all_people(authors):
            end = lead_in.end()  # "By Ana Ruiz: The council voted ...": the text follows
        elif needs_date and end == names_end and not (dated or tail or closes):
            continue
        offsets.append(start)
        while end < len(line) and line[end] == " ":
            end += 1
        if end < len(line):
            offsets.append(end)
    return offsets


# A person's name at the start of an element, then "am"/"on" and a date and time:
# "... nicht zurück.Ana Ruiz am 24. Januar 2022 um 15:47 Durch das ...". A bare date
# after a name is as often a teaser's stamp in a list.
_DATED_NAME = regex.compile(
    r"(?:^|(?<=[.!?…][\"”’»)]?\s{0,3})|(?<=\p{Ll}))"
    r"(?P<name>\p{Lu}[\p{L}'’.-]{1,30}(?:\s{1,3}\p{Lu}[\p{L}'’.-]{0,30}){1,3})"
    r"\s{1,3}(?:am|on|le|el)\s{1,3}(?=[\d\p{Lu}])"
)
_CLOCK = regex.compile(r"\d{1,2}(?::|h)\d{2}")
"""A time of day; prose names a person before a date, seldom before a date and a time."""


def find_glued_dated_names(line: str) -> list[int]:
    """Offsets in `line` around a person's name and the date and time after it.

    A byline glued between a headline and the text: its name opens an element
    and a time closes its date.

    >>> line = "Storm hits the coastAna Ruiz am 4. Mai 2024 um 11:23 Der Sturm kam früh."
    >>> [line[a:b].strip() for a, b in [find_glued_dated_names(line)]]
    ['Ana Ruiz am 4. Mai 2024 um 11:23']
    """
    offsets: list[int] = []
    taken = 0
    for match in _DATED_NAME.finditer(line, overlapped=True):  # "Neue PistenAna Ruiz am"
        if match.start() < taken:
            continue  # "Ruiz am" inside "Ana Ruiz am"
        date = find_date(line[match.end() : match.end() + _BYLINE_WINDOW])
        if date is None or date.start > 0 or person_name(match.group("name")) is None:
            continue
        end = match.end() + date.end
        if not _CLOCK.search(line, match.end(), end):
            continue
        taken = end
        if match.start() > 0:
            offsets.append(match.start())
        while end < len(line) and line[end] == " ":
            end += 1
        if end < len(line):
            offsets.append(end)
    return offsets


def _all_people(authors: tuple[Author, ...]) -> bool:
    """Whether every name reads as a person's ("Ana Ruiz"), not a word ("Stand By Me")."""
    return all(person_name(author.name) is not None for author in authors)


def _follows_date(line: str, at: int) -> bool:
    """Whether a date (and time) ends right before `line[at]`, spaces aside."""
    before = line[max(0, at - _DATE_BEFORE_WINDOW) : at].rstrip()
    if not any(char.isdigit() for char in before):
        return False
    starts = [word.start() for word in _WORD_START.finditer(before)][-_DATE_MAX_WORDS:]
    for start in starts:
        found = find_date(before[start:])
        if found is not None and found.start == 0 and start + found.end == len(before):
            return True
    return False


def _before_next_join(line: str, start: int) -> int:
    """Where the names from `start` end: at the next element glued to them, or a window on.

    "Por Ana RuizFacebook" ends at "Facebook", "Por Ana Ruiz@anaruiz" at the handle.
    """
    window = line[start : start + _BYLINE_WINDOW]
    ends = find_glued_joins(window)[:1]
    handle = _GLUED_HANDLE.search(window)
    if handle:
        ends.append(handle.start())
    return start + min(ends, default=len(window))


def _past_date(line: str, end: int) -> int:
    """Where a byline ends that names its people up to `end`: past a date that follows."""
    at = _SEPARATORS.match(line, end).end()  # type: ignore[union-attr]
    weekday = _WEEKDAY.match(line, at)
    for start in (at, weekday.end()) if weekday else (at,):
        date = find_date(line[start : start + _BYLINE_WINDOW])
        if date is not None and date.start == 0:
            time = _TIME_AFTER_DATE.match(line, start + date.end)
            return time.end() if time else start + date.end
    return end


_HEADLINE_JOIN = regex.compile(
    r"(?<=\p{Lu}\p{Ll}{2,})(?=\p{Lu}\p{Ll}*[\s,])|(?<=\d)(?=\p{Lu}\p{Ll}+[\s,])"
)
_BIG_WORD = regex.compile(r"[\"“‘'(]?[\p{Lu}\p{N}\p{Sc}]")
_LAST_HEADLINE_WORD = regex.compile(r"[\p{L}\p{N}'’,-]+")
_HEADLINE_SMALL_WORDS = frozenset(
    "& a an and as at by for from in into of on or over the to vs. with".split()
)
_SENTENCE_END = regex.compile(r"[.!?…]")
_INDENT = regex.compile(r"\s*(?:[*+•-]\s+)?")
_HEADLINE_START = regex.compile(r"[\"“‘'«„]?[\p{L}\p{N}]")
_MAX_HEADLINE_CHARS = 140
_MIN_HEADLINE_WORDS = 4
"""Capitalised words (or numbers) a glued headline has besides its small words."""
_SNIPPET_START_WORDS = 8
_MIN_LOWERCASE_STARTS = 3
"""Words in lowercase among the snippet's first words: it reads as a sentence."""


def _is_title_cased(words: list[str]) -> bool:
    """Every word capitalised, a number, or one of the small words a title leaves lowercase."""
    big = [word for word in words if word not in _HEADLINE_SMALL_WORDS]
    return (
        len(big) >= _MIN_HEADLINE_WORDS
        and all(_BIG_WORD.match(word) for word in big)
        and bool(_LAST_HEADLINE_WORD.fullmatch(words[-1]))
    )


def find_glued_headline(line: str) -> int | None:
    """Where a title-cased headline at the start of `line` ends, glued to a sentence.

    A teaser's headline and snippet rendered without a space between them.

    >>> line = "Bridge Closes For Winter RepairsThe county will close the bridge in May."
    >>> line[: find_glued_headline(line)]
    'Bridge Closes For Winter Repairs'
    >>> find_glued_headline("© 2024 Harbour Media GmbH. All rights reserved.") is None
    True
    """
    start = _INDENT.match(line).end()  # type: ignore[union-attr]
    for match in _HEADLINE_JOIN.finditer(line, start, start + _MAX_HEADLINE_CHARS):
        join = match.start()
        words = line[start:join].split()
        snippet = line[join:]
        starts = [word[0] for word in snippet.split()[:_SNIPPET_START_WORDS]]
        if (
            _HEADLINE_START.match(line, start)
            and _is_title_cased(words)
            and not _SENTENCE_END.search(line, start, join)
            and _SENTENCE_END.search(snippet)
            and sum(start.islower() for start in starts) >= _MIN_LOWERCASE_STARTS
        ):
            return join
    return None


# A read-more cue run into the text before it: after a sentence end or a wide gap, and
# with a colon, an ellipsis, a wide gap or the next headline glued on after it.
_GLUED_READ_MORE = regex.compile(
    r"(?:(?<=[.!?…\"”])\s{0,3}|(?<=\S)\s{2,})"
    r"(" + READ_MORE_CUES + r"(?:\s{0,3}[:：…]|(?=\s{2,}\S|(?-i:\p{Lu}|\d))))",
    regex.IGNORECASE,
)


def find_glued_read_more(line: str) -> list[int]:
    """Offsets around a read-more cue run into a longer line, where the line splits.

    >>> line = "The vote is on Friday.Read moreSchools close early"
    >>> [line[i:i + 9] for i in find_glued_read_more(line)]
    ['Read more', 'Schools c']
    """
    offsets = []
    for match in _GLUED_READ_MORE.finditer(line):
        offsets.append(match.start(1))
        if line[match.end(1) :].strip():
            offsets.append(match.end(1))
    return offsets


# A sentence's end, then what follows it in the same line: "... Sekunden. Tags",
# "... vermeiden helfen“. Weitere Beiträge" (a quotation closes before the full stop).
_SENTENCE_THEN = regex.compile(r"\p{Ll}{2}[\"“”’»)]?[.!?…][\"”’»)]?\s{0,3}(?=[\p{Lu}©\[])")
_MAX_LABEL_WORDS = 2
_DOMAIN = regex.compile(r"\.\p{Ll}{2}")
_MAX_TAIL_WORDS = 5
_MAX_TAIL_CHARS = 60
_MIN_TAIL_HEAD_CHARS = 40
"""Prose before the tail: a short line ending in "ca. 3 Stunden" is left alone."""


def find_glued_tail(line: str) -> int | None:
    """Where a short label glued after the line's last sentence starts.

    A paragraph ends with a sentence; a few words after it without an end of their own
    are the next element (a tag label, a "most read" heading, a photo credit).

    >>> line = "The race ended in a new record of 53.86 seconds.Tags"
    >>> line[find_glued_tail(line) :]
    'Tags'
    >>> find_glued_tail("The race ended in a new record. It was his first win.") is None
    True
    """
    text = line.rstrip()
    window = max(_MIN_TAIL_HEAD_CHARS, len(text) - _MAX_TAIL_CHARS)
    last = None
    for last in _SENTENCE_THEN.finditer(text, window - 3):  # noqa: B007
        pass
    if last is None or ends_like_sentence(text) or not _is_label(text[last.end() :]):
        return None
    if looks_like_caption(text) or boilerplate_reason(text):
        return None  # "Ana at the finish. © AFP / Ben Roy" is one caption with its credit
    return last.end()


def _is_label(text: str) -> bool:
    """A word or two, or furniture by what it says ("© AFP / Ana Ruiz", "Related Topics").

    A longer tail that says nothing of the kind may be a sentence without its full stop.
    """
    if "|" in text or _DOMAIN.search(text):
        return False  # "weg! Oder?) | Tages": a headline's trail; "buchmesse.ARD.de": a domain
    words = word_count(text)
    if words <= _MAX_LABEL_WORDS:
        return True
    return words <= _MAX_TAIL_WORDS and boilerplate_reason(text) is not None


# A breadcrumb trail: "Home » Recipes » Bread", each step a few words.
_BREADCRUMB = regex.compile(r"(?:[^\s»›>]{1,30}\s){1,3}[»›>](?:\s[^»›>]{1,40}\s[»›>]){1,8}\s")


def _has_separator(line: str, options: Options) -> bool:
    return any(f" {sep} " in line for sep in options.tag_separators) or bool(
        _BREADCRUMB.match(line)
    )


def _tails(line: str, changes: dict[int, str]) -> list[int]:
    """Where a label glued after a sentence starts, in each part the line splits into."""
    breaks = [offset for offset, text in sorted(changes.items()) if text == "\n"]
    tails = []
    for start, end in zip([0, *breaks], [*breaks, len(line)], strict=True):
        tail = find_glued_tail(line[start:end])
        if tail is not None:
            tails.append(start + tail)
    return tails


def repair_glue(draft: Draft, options: Options) -> Draft:
    """Step: space out glued sentences and split lines with glued elements."""
    edits: list[Edit] = []
    start = 0
    for line in draft.source.split("\n"):
        joins = find_glued_joins(line)
        split = len(joins) >= options.glue_min_joins or (
            bool(joins) and _has_separator(line, options)
        )
        if not split:  # "...lose powerBy Dana Reyes": a byline glued to the headline
            joins = [j for j in joins if _GLUED_BYLINE.match(line, j)]
            split = bool(joins)
        changes = dict.fromkeys(find_glued_sentences(line), " ")
        if split:
            changes.update(dict.fromkeys(joins, "\n"))
        changes.update(dict.fromkeys(find_glued_bylines(line), "\n"))
        changes.update(dict.fromkeys(find_glued_dated_names(line), "\n"))
        changes.update(dict.fromkeys(find_glued_read_more(line), "\n"))
        headline_end = find_glued_headline(line)
        if headline_end is not None:
            changes[headline_end] = "\n"
        changes.update(dict.fromkeys(_tails(line, changes), "\n"))
        previous = 0
        for offset in sorted(changes):
            text = changes[offset]
            kind = "glued_sentence" if text == " " else "glued_elements"
            # A split takes the spaces before it: no line ends in a space ("Text. " / "Related").
            left = offset
            while text == "\n" and left > previous and line[left - 1] in " \t":
                left -= 1
            edits.append(Edit(start + left, start + offset, text, kind))
            previous = offset
        start += len(line) + 1
    return apply_edits(draft, edits)
