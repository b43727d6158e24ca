"""Pathological inputs: huge, repetitive, control-laden or badly encoded pages.

Each case runs under a generous pytest-timeout guard and then checks that the
result is sane (`check_article`: no text lost, no UNKNOWN line, UTF-8 encodable).
The growth tests time ``clean()`` on N and 4N copies of an adversarial shape: a
linear library gives a ratio near 4, a quadratic one 16; the bound is 12.
"""

from __future__ import annotations

import codecs
import json
import time
from typing import TYPE_CHECKING

import pytest

import newsclean
from newsclean import LineKind

if TYPE_CHECKING:
    from collections.abc import Callable


def check_article(article: newsclean.Article) -> None:
    """No text lost, no UNKNOWN line, spans inside `source`, UTF-8 encodable.

    (A compact copy of ``tests/property/strategies.check_article``: importing that
    module from here would give mypy the same file under two module names.)
    """
    source = article.source
    pos = 0
    for i, line in enumerate(article.lines):
        assert line.number == i, f"line {i} is numbered {line.number}"
        assert line.span.start == pos, f"line {i} starts at {line.span.start}, expected {pos}"
        piece = source[line.span.start : line.span.end]
        assert piece, f"line {i} is empty"
        assert line.text == piece.removesuffix("\n"), f"line {i}: {line.text!r} != {piece!r}"
        assert "\n" not in line.text, f"line {i} contains a newline"
        assert piece.endswith("\n") or i == len(article.lines) - 1, f"line {i} lacks its \\n"
        assert line.kind != LineKind.UNKNOWN, f"line {i} is UNKNOWN: {line.text[:80]!r}"
        pos = line.span.end
    assert pos == len(source), f"lines cover [0, {pos}) of a source of {len(source)}"
    spans = [b.span for b in article.body] + [b.span for b in article.boilerplate]
    spans += [t.span for t in article.teasers] + [r.span for r in article.repairs]
    for span in spans:
        assert 0 <= span.start <= span.end <= len(source), f"span {span} outside source"
    json.dumps(article.to_dict(include_lines=True), ensure_ascii=False).encode("utf-8")


_SENTENCES = (
    "The harbour council met again on Tuesday to discuss the ferry timetable.",
    "Residents said the boats had been late on most mornings this winter.",
    "A spokesperson for the operator promised twelve new crew members by May.",
    "Funding for the plan will come from the regional transport budget.",
    "Several speakers asked whether the fares would rise next year.",
    "The mayor said a decision would be made before the summer holidays.",
)


def _prose(size: int) -> str:
    """About `size` characters of varied English prose on one line."""
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        sentence = _SENTENCES[i % len(_SENTENCES)]
        if i % 7 == 3:
            sentence = sentence.replace("the", f"the {i % 97}")
        out.append(sentence)
        total += len(sentence) + 1
        i += 1
    return " ".join(out)


def _page_of_paragraphs(size: int) -> str:
    """A page of about `size` characters: title, dateline, many paragraphs, footer."""
    head = "Harbour council approves a new ferry timetable | Community\nMarch 19, 2024\n\n"
    paragraphs: list[str] = []
    total = len(head)
    i = 0
    while total < size:
        para = " ".join(_SENTENCES[(i + k) % len(_SENTENCES)] for k in range(3 + i % 4))
        para = f"{para} Paragraph number {i} ends here."
        paragraphs.append(para)
        total += len(para) + 2
        i += 1
    return head + "\n\n".join(paragraphs) + "\n\nShare this article\n© 2024 Northwind Gazette\n"


def _clean_and_check(value: str | bytes) -> newsclean.Article:
    article = newsclean.clean(value)
    check_article(article)
    return article


# --------------------------------------------------------------------------
# Huge and repetitive text
# --------------------------------------------------------------------------

HUGE: dict[str, Callable[[], str]] = {
    "prose_1mb_single_line": lambda: _prose(1_000_000),
    "pipes_100k": lambda: "|" * 100_000,
    "a_pipe_b_20k": lambda: "A | B | " * 20_000,
    "identical_lines_50k": lambda: "The same line of text appears here once more.\n" * 50_000,
    "blank_lines_50k": lambda: "\n" * 50_000,
    "aA_200k": lambda: "aA" * 200_000,
    "end_dot_Start_50k": lambda: "end.Start" * 50_000,
    "spaces_100k_then_text": lambda: "a" + " " * 100_000 + "b",
    "spaces_100k_line_end": lambda: "word" + " " * 100_000 + "\nnext line",
    "dense_mojibake_500k": lambda: "Ã©â€™Ã¼Ã¶ " * 50_000,
    "author_list_200k": lambda: "Author: " + "Mara Lindqvist, Professor at Northwind; " * 5_000,
    "glued_teaser_trail_200k": lambda: "Harbour plans | Situation | Northwind" * 5_000,
    "title_words_150k": lambda: "Harbour Council Ferry Timetable " * 5_000,
    "by_by_by_100k": lambda: "By " * 33_000,
    "dates_100k": lambda: "19.03.2024, 08:30 Uhr " * 5_000,
    "zero_width_100k": lambda: "\u200b" * 100_000,
    "entities_100k": lambda: "&amp;" * 20_000,
    "nbsp_runs_100k": lambda: "word\u00a0" * 20_000,
    "crlf_lines_50k": lambda: "Line of text\r\n" * 50_000,
    "cr_only_50k": lambda: "Line of text\r" * 50_000,
    "dots_100k": lambda: ". " * 50_000,
    "ellipses_100k": lambda: "…" * 100_000,
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", sorted(HUGE))
def test_huge_input_finishes_and_is_sane(name: str) -> None:
    _clean_and_check(HUGE[name]())


@pytest.mark.timeout(180)
def test_ten_megabyte_page() -> None:
    page = _page_of_paragraphs(10_000_000)
    assert len(page) >= 10_000_000
    article = _clean_and_check(page)
    assert len(article.body) > 1000
    assert "Paragraph number 5000 ends here." in article.text


@pytest.mark.timeout(120)
def test_prose_line_keeps_its_text() -> None:
    text = _prose(1_000_000)
    article = _clean_and_check(text)
    # repairs may split the line, but no word may change or go missing
    assert " ".join(article.source.split()) == text


# --------------------------------------------------------------------------
# Odd characters
# --------------------------------------------------------------------------

_PARA = "The ferry left the harbour at seven in the morning and arrived on time."

ODD_TEXT: dict[str, str] = {
    "nul": f"Title of the page\n{_PARA}\x00{_PARA}\n\x00\x00\n",
    "only_nul": "\x00" * 1000,
    "lone_high_surrogate": f"Title\n{_PARA} \ud800 {_PARA}\n",
    "lone_low_surrogate": f"\udfff{_PARA}\udc00\n",
    "surrogate_only": "\ud800",
    "reversed_pair": "\udc00\ud800",
    "c0_controls": "".join(map(chr, range(32))) + _PARA + "".join(map(chr, range(32))),
    "c1_controls": "".join(chr(i) for i in range(0x80, 0xA0)) + _PARA + "\x7f",
    "each_control_on_its_line": "\n".join(
        f"{chr(i)}{_PARA}{chr(i)}" for i in [*range(32), *range(0x7F, 0xA0)]
    ),
    "nel": f"{_PARA}\x85{_PARA}\x85\n\x85",
    "line_separator": f"{_PARA}\u2028{_PARA}\u2029{_PARA}",
    "vt_ff_fs": f"{_PARA}\x0b{_PARA}\x0c{_PARA}\x1c{_PARA}\x1d\x1e",
    "bom_everywhere": f"\ufeff{_PARA}\ufeff\n\ufeff\ufeff",
    "bidi_controls": f"\u202e{_PARA}\u202c\u2066x\u2069\u200f\u200e",
    "variation_selectors": "a\ufe0f\ufe0e" + "\U000e0100" * 5,
    "private_use": "\ue000\uf8ff\U000f0000" + _PARA,
    "noncharacters": "\ufffe\uffff\U0010ffff" + _PARA,
    "combining_pileup": "e" + "\u0301" * 5000,
    "crlf_mix": f"{_PARA}\r\n{_PARA}\r{_PARA}\n\r\n\r",
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", sorted(ODD_TEXT))
def test_odd_characters_are_sane(name: str) -> None:
    _clean_and_check(ODD_TEXT[name])


_ARABIC = (
    "أعلن مجلس المدينة يوم الثلاثاء عن خطة جديدة لتحسين خدمات العبارات في الميناء، "
    "وقال رئيس البلدية إن القرار سيدخل حيز التنفيذ في شهر مايو."
)
_HEBREW = (
    "מועצת העיר הודיעה ביום שלישי על תוכנית חדשה לשיפור שירות המעבורות בנמל, "
    "וראש העירייה אמר שההחלטה תיכנס לתוקף בחודש מאי."
)
_CJK = "市政府周二宣布，将改善港口渡轮服务！（测试）：新时刻表于五月生效。"
_JAPANESE = (
    "市議会は火曜日、港のフェリー運航を改善する新しい計画を発表した。「５月から実施」とした。ｶﾀｶﾅ"
)
_KOREAN = "시의회는 화요일 항구 여객선 서비스를 개선하기 위한 새로운 계획을 발표했다."
_EMOJI = "Great news for commuters 😀 👨\u200d👩\u200d👧 🇺🇸 👍🏽 ❤️ and more."


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "snippet",
    [_ARABIC, _HEBREW, _CJK, _JAPANESE, _KOREAN, _EMOJI],
    ids=["arabic", "hebrew", "chinese", "japanese", "korean", "emoji"],
)
def test_scripts_survive_unchanged(snippet: str) -> None:
    """RTL, CJK (full-width punctuation, half-width kana) and emoji are kept as written."""
    page = f"{snippet}\n\n{snippet}\n\n{_PARA}\n"
    article = _clean_and_check(page)
    assert snippet in article.source, f"changed to {article.source!r}"


# --------------------------------------------------------------------------
# Bytes
# --------------------------------------------------------------------------

_GERMAN = (
    "Der Bürgermeister hat am Dienstag erklärt, dass die Größe der neuen Brücke über "
    "die Straße hinaus geändert wird. Die Kosten betragen 12 Millionen €. "
    "„Wir müssen schnell handeln“, sagte er. Außerdem öffnet die Schule früher.\n"
)
_FRENCH = (
    "Le maire a déjà annoncé que l'école où étudient les élèves sera rénovée cet été. "
    "Le coût de l'œuvre dépasse 3 millions d'euros, soit 3 000 000 € — une première. "
    "« Nous agissons vite », a-t-il déclaré à la fête du théâtre.\n"
)
_MIXED = "Die Brücke über den Fluss. Le théâtre où l'on joue. 市政府宣布新计划。Мост закрыт.\n"

INVALID_UTF8: dict[str, bytes] = {
    "ff_fe_fd_run": b"\xff\xfe\xfd" * 1000,
    "stray_continuation": b"abc\x80\x81def\n" * 10,
    "truncated_multibyte": "Grösse".encode()[:3] + b"\n" + "中".encode()[:2],
    "overlong_slash": b"path\xc0\xafetc\n",
    "encoded_surrogate": b"a\xed\xa0\x80b\n",
    "beyond_unicode": b"\xf4\x90\x80\x80\xf8\x88\x80\x80\x80\n",
    "nul_bytes": b"\x00" * 100 + b"text\x00\n",
    "random_high": bytes(range(128, 256)) * 20,
    "all_bytes": bytes(range(256)) * 4,
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", sorted(INVALID_UTF8))
def test_invalid_utf8_bytes_are_sane(name: str) -> None:
    _clean_and_check(INVALID_UTF8[name])


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
    ids=["utf-16-le", "utf-16-be"],
)
def test_utf16_with_bom_decodes(bom: bytes, codec: str) -> None:
    data = bom + (_GERMAN + _MIXED).encode(codec)
    article = _clean_and_check(data)
    assert "Bürgermeister" in article.source
    assert "市政府宣布新计划" in article.source
    assert "\ufeff" not in article.source
    assert "\x00" not in article.source


@pytest.mark.timeout(60)
def test_utf8_with_bom_decodes() -> None:
    article = _clean_and_check(codecs.BOM_UTF8 + _MIXED.encode("utf-8"))
    assert article.source.startswith("Die Brücke"), article.source[:40]


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            _GERMAN * 3,
            ("Bürgermeister", "Größe", "Straße", "geändert", "€", "„Wir müssen", "öffnet"),
        ),
        (
            _FRENCH * 3,
            ("déjà", "école où", "élèves", "été", "œuvre", "€ —", "« Nous", "fête", "théâtre"),
        ),
    ],
    ids=["german", "french"],
)
def test_cp1252_bytes_decode_to_the_right_characters(text: str, words: tuple[str, ...]) -> None:
    data = text.encode("cp1252")
    article = _clean_and_check(data)
    for word in words:
        assert word in article.source, (
            f"{word!r} not in {article.source[:200]!r} (decoded_as {article.decoded_as})"
        )
    assert newsclean.decode(data, encoding="cp1252") == text
    for word in words:
        assert word in newsclean.decode(data), word


@pytest.mark.timeout(60)
@pytest.mark.parametrize("language", ["german", "chinese", "russian"])
def test_utf8_with_one_stray_byte_keeps_the_rest(language: str) -> None:
    """A single cp1252 byte in UTF-8 must not send the page to a legacy codec."""
    text = {
        "german": _GERMAN * 4,
        "chinese": "市政府周二宣布，将改善港口渡轮服务。新时刻表于五月生效。" * 10,
        "russian": "Мэр города объявил во вторник о новом плане для паромов. " * 10,
    }[language]
    data = text.encode("utf-8")
    cut = len(data) // 2
    while (data[cut] & 0xC0) == 0x80:  # do not split a character
        cut += 1
    data = data[:cut] + b"\x92" + data[cut:]
    article = _clean_and_check(data)
    first_sentence = text[: text.index(".") if "." in text else text.index("。")]
    assert first_sentence in article.source, article.source[:200]


# --------------------------------------------------------------------------
# Linear growth
# --------------------------------------------------------------------------

GROWTH: dict[str, Callable[[int], str]] = {
    "prose_line": lambda n: _prose(60 * n),
    "pipes": lambda n: "|" * (60 * n),
    "a_pipe_b": lambda n: "A | B | " * (8 * n),
    "identical_lines": lambda n: "The same line of text appears here once more.\n" * n,
    "aA": lambda n: "aA" * (30 * n),
    "end_dot_Start": lambda n: "end.Start" * (7 * n),
    "spaces_then_text": lambda n: "a" + " " * (60 * n) + "b",
    "dense_mojibake": lambda n: "Ã©â€™Ã¼Ã¶ " * (5 * n),
    "author_list": lambda n: "Author: " + "Mara Lindqvist, Professor at Northwind; " * n,
    "glued_trail": lambda n: "Harbour plans | Situation | Northwind" * n,
    "paragraph_page": lambda n: _page_of_paragraphs(60 * n),
}

_N = 2_000  # about 120 K characters for the small input, 480 K for the large one


def _best_time(text: str, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        newsclean.clean(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.timeout(240)
@pytest.mark.parametrize("shape", sorted(GROWTH))
def test_time_grows_linearly(shape: str) -> None:
    newsclean.clean(_PARA * 20)  # load the language profiles outside the timing
    small = GROWTH[shape](_N)
    large = GROWTH[shape](4 * _N)
    t_small = max(_best_time(small), 1e-3)  # below a millisecond is noise
    t_large = _best_time(large)
    ratio = t_large / t_small
    assert ratio < 12, (
        f"{shape}: {len(small):,} chars took {t_small:.3f} s, "
        f"{len(large):,} chars took {t_large:.3f} s (ratio {ratio:.1f}, linear is 4)"
    )
