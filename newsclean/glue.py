"""Repair boundaries that a scraper glued together when it dropped markup.

* A sentence end glued to the next sentence (``world.The``) gets a space.
* A line with several lower-to-upper joins (``HomeWorldBusiness``, or a trail
  of teaser titles ``... | ShanghaiStrictly abide ...``) is split at them into
  lines, so that later steps see one element per line.

Names written in camel case (``iPhone``, ``McDonald``, ``YouTube``, ``PhD``,
``LinkedIn``) are never split. Every insertion is recorded as a `Repair`.
"""

from __future__ import annotations

import regex

from newsclean._edits import Edit, apply_edits
from newsclean.model import Draft
from newsclean.options import Options

__all__ = ["find_glued_joins", "find_glued_sentences", "repair_glue"]

# Two lowercase letters or digits, a sentence end, maybe a closing quote, then
# a capitalised word: "world.The", "2024.Police", "said.”The". One lowercase
# letter is not enough ("Mr.Smith", "U.S.Army", "e.g.The" are left alone).
_SENTENCE_GLUE = regex.compile(r"[\p{Ll}\d]{2}[.!?][\"”’»)]?(?=\p{Lu}\p{Ll})")
# A lowercase letter (or a year) glued to a capitalised word.
_JOIN = regex.compile(r"(?:\p{Ll}|(?<!\d)\d{4})(?=\p{Lu}\p{Ll})")
_MAX_WORD = 64
_WORD_BEFORE = regex.compile(r"[\p{L}\p{M}'’]*", regex.REVERSE)
_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}*")
_WORD_CHARS = regex.compile(r"[\p{L}\p{M}'’]*")

# Brand and family names in camel case, compared case-insensitively with the
# whole word (a plural or possessive "s" is allowed).
_CAMEL_NAMES = frozenset(
    name.casefold()
    for name in """
    YouTube LinkedIn JavaScript TypeScript PowerPoint PowerShell PlayStation WhatsApp
    GitHub GitLab PayPal FedEx HuffPost BlackRock SoftBank DeepMind OpenAI WordPress
    SharePoint FaceTime TikTok WeChat AstraZeneca GlaxoSmithKline ExxonMobil BlackBerry
    MasterCard PricewaterhouseCoopers DreamWorks SpaceX MySpace McKinsey DiCaprio LeBron
    WikiLeaks NetEase AliExpress JetBlue SkyTeam BioNTech DuckDuckGo PepsiCo CocaCola
    FreeBSD MySQL PostgreSQL NordVPN ExpressVPN StubHub GoFundMe OnlyFans SoundCloud
    DropBox HubSpot MailChimp ZipRecruiter LaGuardia MacArthur MacBook McLaren McCain
    McConnell McCarthy McDonald McDonalds McGregor McIlroy McKenzie McLean McMahon
    StarCraft WarCraft SmackDown CinemaScope DisneyPlus HelloFresh AirBnb BuzzFeed
    NextEra ChatGPT OnePlus ThinkPad IntelliJ CrowdStrike SolarWinds SalesForce
    """.split()
)
# Short family-name prefixes: "DeMar", "VanDyke", "O'Neill" stay whole.
_NAME_PREFIXES = frozenset({"mc", "mac", "de", "di", "da", "la", "le", "van", "von", "o'", "d'"})


def _is_camel_name(text: str, join: int) -> bool:
    """Whether the join before ``text[join]`` lies inside a camel-case name."""
    # Look at most _MAX_WORD characters either way: a name is short, and an
    # unbounded scan would make a 1 MB run of letters quadratic.
    left = _WORD_BEFORE.match(text, max(0, join - _MAX_WORD), join)
    start = left.start() if left else join
    word_end = _WORD_CHARS.match(text, join, min(len(text), join + _MAX_WORD))
    end = word_end.end() if word_end else join
    word = text[start:end].casefold()
    if word in _CAMEL_NAMES or word.rstrip("s’'") in _CAMEL_NAMES:
        return True
    head = text[start:join]
    if len(head) == 1 or head.casefold() in _NAME_PREFIXES:
        return True  # iPhone, eBay, McDonald
    right = _CAPITALISED.match(text, join, end)
    return right is not None and right.end() - join <= 2 and right.end() == end


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
    return [
        match.end()
        for match in _JOIN.finditer(line)
        if not _is_camel_name(line, match.end())
    ]


def _has_separator(line: str, options: Options) -> bool:
    return any(f" {sep} " in line for sep in options.tag_separators)


def repair_glue(draft: Draft, options: Options) -> Draft:
    """Step: space out glued sentences and split lines with glued elements."""
    edits: list[Edit] = []
    start = 0
    for line in draft.source.split("\n"):
        joins = find_glued_joins(line)
        split = len(joins) >= options.glue_min_joins or (
            bool(joins) and _has_separator(line, options)
        )
        changes = {offset: " " for offset in find_glued_sentences(line)}
        if split:
            changes.update(dict.fromkeys(joins, "\n"))
        for offset in sorted(changes):
            text = changes[offset]
            kind = "glued_sentence" if text == " " else "glued_elements"
            edits.append(Edit(start + offset, start + offset, text, kind))
        start += len(line) + 1
    return apply_edits(draft, edits)
