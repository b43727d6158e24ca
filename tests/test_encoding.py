"""Encoding: ftfy's configuration, mojibake repairs with spans, and decoding bytes."""

from __future__ import annotations

import codecs

import pytest

import newsclean
from newsclean import decode, fix_encoding
from newsclean.encoding import decode_bytes

# --- fix_encoding: what ftfy must leave alone ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("“Curly” ‘quotes’ and „German“ «French»", id="curly-quotes"),
        pytest.param("你好，世界！（测试）", id="cjk-full-width-punctuation"),
        pytest.param("「引用」と、句読点。", id="japanese-punctuation"),
        pytest.param("ｶﾀｶﾅ and ＡＢＣ", id="half-and-full-width-forms"),
        pytest.param("ﬁnance ﬂow ﬀ", id="latin-ligatures"),
        pytest.param("naïve café, Ærø, Łódź, Ελλάδα, Москва", id="accented-and-other-scripts"),
        pytest.param("AT&amp;T &lt;b&gt;", id="html-entities-left-to-normalize"),
        pytest.param("¯\\_(ツ)_/¯", id="shrug"),
        pytest.param("Temperature: 25°C, price: 3½ €", id="symbols"),
    ],
)
def test_fix_encoding_keeps_content(text: str) -> None:
    assert fix_encoding(text) == text


# --- fix_encoding: what it repairs ---------------------------------------------------


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        pytest.param("dÃ©jÃ  vu", "déjà vu", id="utf8-as-latin1"),
        pytest.param("itâ€™s", "it’s", id="apostrophe"),
        pytest.param("â€œquotedâ€\x9d", "“quoted”", id="double-quotes"),
        pytest.param("Ã¼ber MÃ¼nchen", "über München", id="german"),
        pytest.param("Ã\x85sa", "Åsa", id="latin1-with-c1-byte"),
        pytest.param("dÃ©jÃ  vu\nitâ€™s", "déjà vu\nit’s", id="two-lines"),
    ],
)
def test_fix_encoding_repairs_mojibake(broken: str, fixed: str) -> None:
    assert fix_encoding(broken) == fixed
    assert fix_encoding(fixed) == fixed


@pytest.mark.parametrize(
    "text",
    ["a\x85b\nc", "Ã\x85sa\n\nx", "line\u2028line\n", "\r\nx\r"],
    ids=["c1-nel", "mojibake-nel", "line-separator", "crlf"],
)
def test_fix_encoding_never_changes_the_line_count(text: str) -> None:
    assert fix_encoding(text).count("\n") == text.count("\n")


def test_repairs_record_the_mojibake_with_spans_into_the_fixed_text() -> None:
    page = (
        "Le dÃ©jÃ  vu du maire | Politique\n\n"
        "Le maire a dit que câ€™Ã©tait une erreur, et que le conseil lâ€™avait compris.\n"
        "The council agreed, itâ€™s said.\n"
    )
    article = newsclean.clean(page)
    assert article.source == (
        "Le déjà vu du maire | Politique\n\n"
        "Le maire a dit que c’était une erreur, et que le conseil l’avait compris.\n"
        "The council agreed, it’s said.\n"
    )
    assert {r.kind for r in article.repairs} == {"mojibake"}
    assert len(article.repairs) == 3  # one per changed line
    for repair in article.repairs:
        assert article.source[repair.span.start : repair.span.end] == repair.after
    first, second, third = article.repairs
    assert (first.before, first.after) == ("Ã©jÃ ", "éjà")
    assert second.before.startswith("â€™Ã©tait")
    assert second.before.endswith("lâ€™")
    assert (third.before, third.after) == ("â€™", "’")
    assert article.repairs == tuple(sorted(article.repairs, key=lambda r: r.span.start))


def test_repair_spans_stay_right_when_a_later_repair_lands_inside() -> None:
    # Bug: the mojibake repair of this line spans "â€™Ã©tait ... itâ€™"; the glue repair
    # then inserts a space inside that span, and the mojibake repair's `after` no longer
    # matches the source at its span (the property test_repairs_point_at_their_replacement).
    page = "Le maire a dit que câ€™Ã©tait une erreur.The council agreed, itâ€™s said.\n"
    article = newsclean.clean(page)
    assert "c’était une erreur. The council agreed, it’s said." in article.source
    assert {r.kind for r in article.repairs} == {"mojibake", "glued_sentence"}
    for repair in article.repairs:
        assert article.source[repair.span.start : repair.span.end] == repair.after, repair


def test_clean_text_without_mojibake_has_no_encoding_repairs() -> None:
    article = newsclean.clean("“Curly” and 你好，世界！（测试） and ﬁnance.\n")
    assert article.repairs == ()
    assert article.source == "“Curly” and 你好，世界！（测试） and ﬁnance.\n"


# --- decode -------------------------------------------------------------------------

GERMAN = (
    "Die Bürgermeisterin äußerte sich am Dienstag über die Straßenbäume und die "
    "Grünflächen der Stadt – „endlich“, sagte sie."
)
FRENCH = (
    "L’été à Châteauneuf : les élèves ont rencontré le maire, déjà très ému, "
    "pour parler de l’œuvre « commune » et du budget de 3 000 €."
)
LONG_UTF8 = "Der Sturm traf die Küste und richtete große Schäden an. " * 40


@pytest.mark.parametrize(
    ("data", "hint", "text", "encoding"),
    [
        pytest.param(codecs.BOM_UTF8 + "Grüße".encode(), None, "Grüße", "utf-8-sig", id="bom-utf8"),
        pytest.param("Grüße".encode("utf-16"), None, "Grüße", "utf-16", id="bom-utf16"),
        pytest.param(
            codecs.BOM_UTF16_BE + "Grüße".encode("utf-16-be"),
            None,
            "Grüße",
            "utf-16",
            id="bom-utf16-be",
        ),
        pytest.param("Grüße".encode("utf-32"), None, "Grüße", "utf-32", id="bom-utf32"),
        pytest.param(
            codecs.BOM_UTF8 + "Grüße".encode(), "cp1252", "Grüße", "utf-8-sig", id="bom-beats-hint"
        ),
        pytest.param(GERMAN.encode(), None, GERMAN, "utf-8", id="strict-utf8"),
        pytest.param(b"", None, "", "utf-8", id="empty"),
        pytest.param(b"plain ascii", None, "plain ascii", "utf-8", id="ascii"),
        pytest.param(GERMAN.encode("cp1252"), None, GERMAN, "cp1252", id="cp1252-german"),
        pytest.param(FRENCH.encode("cp1252"), None, FRENCH, "cp1252", id="cp1252-french"),
        pytest.param(
            GERMAN.encode("cp1252"), "Windows-1252", GERMAN, "windows-1252", id="hint-cp1252"
        ),
        pytest.param(
            FRENCH.encode("iso-8859-15", "replace"),
            "ISO-8859-15",
            FRENCH.replace("’", "?"),
            "iso-8859-15",
            id="hint-latin9",
        ),
        pytest.param(
            "Привет, мир".encode("koi8-r"), "koi8-r", "Привет, мир", "koi8-r", id="hint-koi8-r"
        ),
        pytest.param(GERMAN.encode(), "x-no-such-codec", GERMAN, "utf-8", id="bogus-hint-utf8"),
        pytest.param(
            GERMAN.encode("cp1252"), "x-no-such-codec", GERMAN, "cp1252", id="bogus-hint-cp1252"
        ),
        pytest.param(GERMAN.encode(), "ascii", GERMAN, "utf-8", id="hint-fails-strictly"),
    ],
)
def test_decode_paths(data: bytes, hint: str | None, text: str, encoding: str) -> None:
    decoded = decode_bytes(data, hint)
    assert decoded.text == text
    assert decoded.encoding == encoding
    assert decode(data, hint) == text


def test_utf8_with_a_few_bad_bytes_is_still_utf8() -> None:
    data = LONG_UTF8.encode() + b"stray \x96 byte " + LONG_UTF8.encode()
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8/replace"
    assert decoded.text == LONG_UTF8 + "stray \ufffd byte " + LONG_UTF8
    article = newsclean.clean(data)
    assert article.decoded_as == "utf-8/replace"
    assert "große Schäden" in article.text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Grüße aus Köln", id="de-headline"),
        pytest.param("Le maire a inauguré le pont.", id="fr-one-accent"),
        pytest.param("Ça va très bien, merci.", id="fr-short"),
    ],
)
def test_short_cp1252_text_decodes_as_cp1252(text: str) -> None:
    # Bug: a short legacy-encoded line is read as UTF-16-BE, Big5 or cp1006, or, with a
    # single non-ASCII byte and no valid UTF-8 sequence at all, as 'utf-8/replace' (the
    # character is lost to U+FFFD).
    assert decode(text.encode("cp1252")) == text


@pytest.mark.parametrize(
    "data",
    [b"\xff\xfe\x00", b"\x80" * 100, bytes(range(256)), b"\xef\xbb\xbf\xff", b"\x00" * 10],
    ids=["truncated-utf16", "continuation-bytes", "all-bytes", "bom-then-garbage", "nul"],
)
def test_decode_never_raises_and_gives_encodable_text(data: bytes) -> None:
    text = decode(data)
    text.encode("utf-8")
    assert isinstance(newsclean.clean(data), newsclean.Article)


def test_decode_rejects_text_naming_bytes() -> None:
    with pytest.raises(TypeError, match=r"^decode\(\) expects bytes, got str$"):
        decode("already text")  # type: ignore[arg-type]


def test_decode_accepts_bytearray_and_memoryview() -> None:
    data = GERMAN.encode()
    assert decode(bytearray(data)) == decode(memoryview(data)) == GERMAN  # type: ignore[arg-type]
