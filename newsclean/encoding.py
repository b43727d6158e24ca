"""Turn bytes into text, and repair mojibake with ftfy.

Primitives: `decode` (bytes -> str) and `fix_encoding` (str -> str).
Step: `fix_encoding_step`, which runs ftfy one ``\\n`` line at a time and
records each changed line as a `Repair`.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import ftfy
import regex

from newsclean._edits import Edit, apply_edits, narrowed
from newsclean.model import Draft
from newsclean.options import Options

__all__ = ["FTFY_CONFIG", "Decoded", "decode", "decode_bytes", "fix_encoding", "fix_encoding_step"]

# ftfy, configured for news text in any script:
# - fix_encoding, restore_byte_a0, replace_lossy_sequences, decode_inconsistent_utf8
#   and fix_c1_controls repair mojibake, which is what ftfy is for.
# - uncurl_quotes, fix_latin_ligatures and fix_character_width are off: curly
#   quotes, ligatures, full-width CJK punctuation and half-width kana are content
#   (the defaults turn "你好，世界！" into "你好,世界!"). Off is also 1.5x faster.
# - unescape_html is off, never "auto": in auto mode one "<" on a line stops
#   unescaping on every later line. normalize.py decodes entities explicitly.
# - fix_line_breaks and remove_control_chars are off so that ftfy never changes
#   the number of lines it is given; normalize.py does both and records them.
# - normalization is None: normalize.py applies NFC after the invisible
#   characters are gone.
# - fix_surrogates stays on, so the output can always be encoded as UTF-8.
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)
_EXPLAIN_CONFIG = FTFY_CONFIG._replace(explain=True)

# UTF-8 with a few bad bytes is still UTF-8: one stray cp1252 byte in a UTF-8
# page makes charset detectors return nothing or a wrong legacy codec.
_MAX_BAD_BYTE_SHARE = 0.001
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _needs_ftfy(line: str) -> bool:
    # ASCII without control characters has no mojibake, escapes or surrogates
    # (ftfy costs about 13 us a line even when it changes nothing).
    return not (line.isascii() and (line.isprintable() or "\x1b" not in line))


def fix_encoding(text: str) -> str:
    r"""Repair mojibake, C1 controls, terminal escapes and lone surrogates.

    Works one ``\n`` line at a time and never changes the number of lines.

    >>> fix_encoding("cafÃ© au lait, itâ€™s “quoted”")
    'café au lait, it’s “quoted”'
    >>> fix_encoding("你好，世界！")
    '你好，世界！'
    """
    if not _needs_ftfy(text):
        return text
    return "\n".join(
        ftfy.fix_text(line, FTFY_CONFIG) if _needs_ftfy(line) else line for line in text.split("\n")
    )


def _repair_kind(before: str) -> str:
    steps = ftfy.fix_and_explain(before, config=_EXPLAIN_CONFIG).explanation or []
    if any(action in {"encode", "decode", "transcode"} for action, _ in steps):
        return "mojibake"
    names = sorted({name for _, name in steps})
    return "+".join(names) if names else "encoding"


def fix_encoding_step(draft: Draft, options: Options) -> Draft:
    """Step: run `fix_encoding` over every line, recording each change."""
    edits: list[Edit] = []
    start = 0
    for line in draft.source.split("\n"):
        if _needs_ftfy(line):
            fixed = ftfy.fix_text(line, FTFY_CONFIG)
            if fixed != line:
                edit = narrowed(start, line, fixed, _repair_kind(line))
                if edit is not None:
                    edits.append(edit)
        start += len(line) + 1
    return apply_edits(draft, edits)


@dataclass(frozen=True, slots=True, kw_only=True)
class Decoded:
    """Text decoded from bytes, and how it was decoded."""

    text: str
    encoding: str
    """The codec, with ``/replace`` when undecodable bytes became U+FFFD."""


def decode_bytes(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode a page's bytes; never raises on content.

    Order: a byte-order mark; the declared `encoding`, if Python knows it and it
    decodes without error; strict UTF-8; UTF-8 with U+FFFD when at most 0.1 %
    of the bytes are bad; charset-normalizer; cp1252 with replacement.

    >>> decode_bytes("Grüße".encode("cp1252")).encoding
    'cp1252'
    >>> decode_bytes(b"caf\\xc3\\xa9").text
    'café'
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"decode() expects bytes, got {type(data).__name__}")
    data = bytes(data)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Decoded(text=data.decode(codec, errors="replace"), encoding=codec)
    if encoding:
        try:
            codecs.lookup(encoding)
            return Decoded(text=data.decode(encoding), encoding=encoding.lower())
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return Decoded(text=data.decode("utf-8"), encoding="utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    has_utf8 = len(text) - bad < len(data) - bad  # some multi-byte sequence decoded
    if has_utf8 and bad <= max(1, len(data) * _MAX_BAD_BYTE_SHARE):
        return Decoded(text=text, encoding="utf-8/replace")
    detected = _detect(data)
    if detected is not None:
        return detected
    return Decoded(text=data.decode("cp1252", errors="replace"), encoding="cp1252/replace")


# cp1252 is by far the most common legacy codec of Latin-script pages (WHATWG
# reads latin-1 labels as cp1252), and detectors guess badly on short Latin
# texts (measured: French cp1252 read as mac_latin2, Spanish as cp1250, "Grüße"
# as cp1006). So cp1252 is taken first when its reading looks like a Western
# language: few accented letters, and no symbol inside a word (Cyrillic or Greek
# read as cp1252 is all accented letters; Polish cp1250 gives "³" and "¹").
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_MAX_ACCENTED_SHARE = 0.5
_SYMBOL_IN_WORD = regex.compile(r"(?<=\p{L})[^\p{L}\p{M}\s\x00-\x7f’‘´'·–—]+(?=\p{L})")


def _reads_as_cp1252(data: bytes) -> str | None:
    if _CP1252_UNDEFINED.intersection(data):
        return None
    text = data.decode("cp1252")
    letters = [ch for ch in text if ch.isalpha()]
    accented = sum(1 for ch in letters if not ch.isascii())
    if not letters or accented > _MAX_ACCENTED_SHARE * len(letters):
        return None
    if _SYMBOL_IN_WORD.search(text):
        return None
    return text


def _detect(data: bytes) -> Decoded | None:
    western = _reads_as_cp1252(data)
    if western is not None:
        return Decoded(text=western, encoding="cp1252")
    from charset_normalizer import from_bytes  # noqa: PLC0415 - slow import, rarely needed

    best = from_bytes(data).best()
    if best is None or not best.encoding:
        return None
    return Decoded(text=data.decode(best.encoding, errors="replace"), encoding=best.encoding)


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode a page's bytes to text; never raises on content (see `decode_bytes`).

    >>> decode("Ärger".encode("utf-16"))
    'Ärger'
    """
    return decode_bytes(data, encoding).text
