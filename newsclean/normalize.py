"""Normalise text: line endings, invisible characters, entities, spaces, NFC.

Primitive: `normalize_text` (str -> str, idempotent). Step: `normalize_step`,
which records one `Repair` per changed line, naming what was changed.
"""

from __future__ import annotations

import html
import html.entities
import unicodedata

import ftfy.badness
import regex

from newsclean._edits import Edit, apply_edits, narrowed
from newsclean.encoding import fix_encoding
from newsclean.model import Draft
from newsclean.options import Options

__all__ = ["decode_entities", "normalize_step", "normalize_text"]

# Line breaks other than "\n"; U+0085 is only seen here after ftfy, which maps
# a mojibake 0x85 to "…" first.
_BREAKS = regex.compile(r"\r\n?|[\u0085\u2028\u2029\x0b\x0c]")
# C0/C1 controls (not tab or newline), DEL, zero-width space, word joiner, BOM,
# soft hyphen and bidi embedding controls that scrapers leave behind. ZWJ and
# ZWNJ stay: they are meaningful in Persian, Indic scripts and emoji.
_INVISIBLE = regex.compile(
    r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069]+"
)
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
# Entities need their ";": "AT&T" and "?a=1&para=2" are left alone.
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_WIDE_SPACE = regex.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_SPACE_RUN = regex.compile(r" {2,}")
# Three or more spaces inside a line are a layout gap between two elements
# (BeautifulSoup text without separator, inscriptis columns): a line break.
_GAP = regex.compile(r"(?<=\S) {3,}(?=\S)")


def _decode_entity(match: regex.Match[str]) -> str:
    entity = match.group()
    if entity[1] != "#" and entity[1:] not in html.entities.html5:
        return entity  # "&notice;" is no entity, though html.unescape reads "&not"
    return html.unescape(entity)


# html2text escapes Markdown punctuation ("5\\. November", "\\- item"); a plain
# text reader wants the character. An escaped backslash is left alone.
_MARKDOWN_ESCAPE = regex.compile(r"(?<!\\)\\([.\-*_#\[\]()!+`>|])")


def decode_entities(text: str) -> str:
    """Decode HTML character references that end in ``;``, until none is left.

    >>> decode_entities("AT&amp;T &#8217;s &amp;amp; &para")
    'AT&T ’s & &para'
    """
    while "&" in text:
        decoded = _ENTITY.sub(_decode_entity, text)
        if decoded == text:
            break
        text = decoded
    return text


def _strip_invisibles_and_entities(text: str) -> str:
    # An entity can decode to an invisible character and removing one can
    # complete an entity ("&\u200bamp;"); repeat until stable (each round shortens).
    while True:
        cleaned = decode_entities(_INVISIBLE.sub("", _SURROGATE.sub("\ufffd", text)))
        if cleaned == text:
            return text
        text = cleaned


def normalize_text(text: str) -> str:
    r"""Normalise line breaks, invisible characters, entities, spaces and to NFC.

    >>> normalize_text("Caf\u0065\u0301\u00a0&amp; co\u200b\r\n  two   columns \r")
    'Café & co\ntwo\ncolumns\n'
    """
    text = _BREAKS.sub("\n", text)
    text = _strip_invisibles_and_entities(text)
    text = _BREAKS.sub("\n", text)  # an entity may have been a line break
    if "\\" in text:
        text = _MARKDOWN_ESCAPE.sub(r"\1", text)
    text = _WIDE_SPACE.sub(" ", text)
    text = _GAP.sub("\n", text)
    text = "\n".join(_SPACE_RUN.sub(" ", line).strip(" ") for line in text.split("\n"))
    return unicodedata.normalize("NFC", text)


def _change_kinds(before: str) -> str:
    kinds = []
    if _BREAKS.search(before):
        kinds.append("line_break")
    if "&" in before and _ENTITY.search(before):
        kinds.append("entity")
    if _INVISIBLE.search(before) or _SURROGATE.search(before):
        kinds.append("invisible")
    if "\u00a0" in before:
        kinds.append("nbsp")
    if "\\" in before and _MARKDOWN_ESCAPE.search(before):
        kinds.append("markdown_escape")
    if _GAP.search(before):
        kinds.append("layout_gap")
    if not before.isascii() and not unicodedata.is_normalized("NFC", before):
        kinds.append("nfc")
    return "+".join(kinds) if kinds else "whitespace"


_MAX_REFIX_ROUNDS = 3


def _refix(line: str) -> str:
    # Removing a soft hyphen or NBSP can complete a mojibake sequence that ftfy
    # could not read before ("â€\u00ad" ...); fix again so that cleaning the
    # output a second time changes nothing.
    for _ in range(_MAX_REFIX_ROUNDS):
        if line.isascii() or not ftfy.badness.is_bad(line):
            break
        fixed = normalize_text(fix_encoding(line))
        if fixed == line:
            break
        line = fixed
    return line


def normalize_step(draft: Draft, options: Options) -> Draft:
    """Step: apply `normalize_text` line by line, recording each change."""
    edits: list[Edit] = []
    start = 0
    for line in draft.source.split("\n"):
        # The "\r" of a CRLF goes away; it does not make a line of its own.
        fixed = normalize_text(line[:-1] if line.endswith("\r") else line)
        if fixed != line:
            fixed = _refix(fixed)
            edit = narrowed(start, line, fixed, _change_kinds(line))
            if edit is not None:
                edits.append(edit)
        start += len(line) + 1
    return apply_edits(draft, edits)
