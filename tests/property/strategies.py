"""Hypothesis strategies that build realistic synthetic news pages from parts.

Every word, name and phrase here was written for these tests; no page text of
``shared/seed`` or ``shared/corpus`` is used.

A page is assembled the way a scraper would have flattened it: navigation,
the headline with its section tags behind pipes, a dateline, a byline, the body
(paragraphs of sentences in Latin, Cyrillic or CJK script, with headings),
share/subscribe lines, related-article teasers (``Title | tag | tag`` twice and
a truncated snippet) and a footer.  Then the noise a scraper adds is injected:
mojibake, CRLF, NBSP, zero-width characters, indentation and, for `pages` only,
lossy mojibake, HTML entities and glued lines.

`pages()` gives the text; `labelled_pages()` gives ``(text, PageTruth)`` with the
generated title, tags and body paragraphs, for ground-truth checks.  The noise
used for labelled pages is only the kind the library promises to undo.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

import ftfy.bad_codecs  # noqa: F401  registers the "sloppy-windows-1252" codec
from hypothesis import strategies as st

from newsclean.model import BODY_KINDS, Article, LineKind

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hypothesis.strategies import DrawFn

__all__ = [
    "HOSTILE_CHARS",
    "LANGUAGES",
    "PageTruth",
    "check_article",
    "hostile_text",
    "labelled_pages",
    "mojibake",
    "mojibake_text",
    "pages",
]

# --------------------------------------------------------------------------
# Vocabularies (invented for these tests)
# --------------------------------------------------------------------------


def _w(text: str, sep: str | None = None) -> tuple[str, ...]:
    return tuple(text.split(sep))


_EN_WORDS = _w(
    "the council river harbour plan budget school market report weather "
    "farmers bridge village museum station league season players coach "
    "research team survey results water energy prices housing rents "
    "students teachers library garden festival mayor residents officials "
    "network cable storm coast ferry tunnel vote election district court "
    "hospital nurses doctors patients program funding grant project local "
    "new old large small early late quiet busy public private annual "
    "said announced expects reported opened closed approved delayed "
    "plans will would could should might about after before during "
    "with without under over between across through into from for "
    "and but because while although since if when where which that this "
    "their its our many several some most every each other three seven "
    "twelve hundred percent million weeks months years morning evening"
)

_DE_WORDS = _w(
    "der die das und mit für über nach während gegen ohne unter zwischen "
    "Stadt Gemeinde Brücke Schule Straße Größe Bürger Bürgermeister Wähler "
    "Flüsse Gebäude Häuser Mieten Preise Öffnung Prüfung Änderung Lösung "
    "Gespräch Forschung Ergebnis Bericht Haushalt Ausschuss Zuschuss "
    "größer kleiner schnell langsam öffentlich privat jährlich möglich "
    "wurde hatte sagte erklärte eröffnete prüfte verschob genehmigte "
    "drei sieben zwölf hundert Prozent Millionen Wochen Monate Jahre "
    "heute morgen gestern künftig außerdem jedoch trotzdem bereits"
)

_FR_WORDS = _w(
    "le la les des une un et avec pour sur après pendant contre sans entre "
    "ville commune pont école rue marché élèves enseignants maire habitants "
    "hôpital médecins réseau tempête côte tunnel élection tribunal budget "
    "été hiver année mois semaines résultats énergie prix logement loyers "
    "déjà très près où même âgé première dernière publique privée annuelle "
    "a annoncé prévoit a ouvert a fermé a approuvé a reporté sera serait "
    "trois sept douze cent pour cent millions œuvre cœur fête théâtre"
)

_RU_WORDS = _w(
    "город совет мост школа рынок доклад погода фермеры деревня музей "
    "станция сезон игроки тренер исследование команда вода энергия цены "
    "жильё студенты учителя библиотека фестиваль мэр жители чиновники "
    "сеть буря побережье паром тоннель выборы суд больница врачи "
    "новый старый большой малый ранний поздний тихий общественный "
    "сообщил объявил ожидает открыл закрыл одобрил отложил "
    "и но потому что пока хотя если когда где который этот "
    "три семь двенадцать сто процентов миллионов недель месяцев лет"
)

_ZH_WORDS = _w(
    "城市 委员会 河流 港口 计划 预算 学校 市场 报告 天气 农民 大桥 村庄 "
    "博物馆 车站 联赛 球员 教练 研究 团队 调查 结果 用水 能源 价格 住房 "
    "学生 教师 图书馆 花园 节日 市长 居民 官员 网络 风暴 海岸 渡轮 隧道 "
    "选举 法院 医院 护士 医生 患者 项目 资金 今年 去年 明年 已经 正在 "
    "宣布 表示 预计 开放 关闭 批准 推迟 增加 减少 提高 支持 发展 建设"
)

_EN_HEADING = _w(
    "What comes next|Why it matters|The numbers|A long road|Voices from the "
    "harbour|Funding questions|Looking ahead|How the vote went|Behind the plan",
    "|",
)
_DE_HEADING = _w("Wie es weitergeht|Die Zahlen|Was Bürger sagen|Ein langer Weg", "|")
_FR_HEADING = _w("Et maintenant|Les chiffres|Ce que disent les habitants", "|")
_RU_HEADING = _w("Что дальше|Цифры|Мнение жителей|Долгий путь", "|")
_ZH_HEADING = _w("下一步|数字说话|居民怎么说|漫长的道路", "|")

_EN_TAGS = ("Community", "World", "Politics", "Science", "Business", "Local News", "Sport")
_DE_TAGS = ("Politik", "Wirtschaft", "Regionales", "Kultur", "Sport")
_FR_TAGS = ("Politique", "Économie", "Société", "Culture", "Sports")
_RU_TAGS = ("Политика", "Экономика", "Общество", "Культура", "Спорт")
_ZH_TAGS = ("国内", "国际", "财经", "社会", "体育", "科技")

_GIVEN = (
    "Mara",
    "Tobias",
    "Ines",
    "Oskar",
    "Lena",
    "Farid",
    "Juno",
    "Pieter",
    "Amaya",
    "Kofi",
    "Sanna",
    "Dmitri",
    "Wen",
    "Rosalind",
    "Teodor",
)
_FAMILY = (
    "Lindqvist",
    "Okafor",
    "Brenner",
    "Castellane",
    "Haverkamp",
    "Nakamura",
    "Osei",
    "Valdés",
    "Petrenko",
    "Marchetti",
    "Quillfeather",
    "Zhou",
)
_AFFILIATIONS = (
    "Professor at Northwind University",
    "graduate student at the Institute of Coastal Studies",
    "senior reporter",
    "Science Editor",
)

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

_NAV = (
    "Skip to main content",
    "Home",
    "News",
    "World",
    "Local",
    "Sport",
    "Menu",
    "Search",
    "Log in",
    "Subscribe",
)
_BOILERPLATE_MID = (
    "Share this article",
    "Share on Facebook",
    "Share on X",
    "Copy link",
    "Advertisement",
    "Sign up for our daily briefing",
    "Subscribe to our newsletter for the latest updates",
)
# "Read more" and "Related articles" are not used inside the body: they announce
# the teasers after an article, so a paragraph after them is as likely a teaser
# snippet as the article's last section.
_BOILERPLATE_END = (
    "We use cookies to improve your experience. Accept all cookies",
    "© 2024 Northwind Gazette. All rights reserved.",
    "Copyright © 2023 Harbour Media Group",
    "Terms of Use | Privacy Policy | Contact Us",
    "Back to top",
)


@dataclass(frozen=True)
class _Lang:
    code: str
    words: tuple[str, ...]
    headings: tuple[str, ...]
    tags: tuple[str, ...]
    cjk: bool
    stop: str
    """Sentence-final punctuation."""


LANGUAGES: dict[str, _Lang] = {
    "en": _Lang("en", tuple(_EN_WORDS), tuple(_EN_HEADING), _EN_TAGS, False, "."),
    "de": _Lang("de", tuple(_DE_WORDS), tuple(_DE_HEADING), _DE_TAGS, False, "."),
    "fr": _Lang("fr", tuple(_FR_WORDS), tuple(_FR_HEADING), _FR_TAGS, False, "."),
    "ru": _Lang("ru", tuple(_RU_WORDS), tuple(_RU_HEADING), _RU_TAGS, False, "."),
    "zh": _Lang("zh", tuple(_ZH_WORDS), tuple(_ZH_HEADING), _ZH_TAGS, True, "。"),
}


@dataclass(frozen=True)
class PageTruth:
    """What the generator put into a labelled page."""

    title: str
    tags: tuple[str, ...]
    paragraphs: tuple[str, ...]
    """The body paragraphs, as they should appear in `Article.text`."""
    language: str
    headings: tuple[str, ...] = ()
    dateline: str | None = None
    byline: str | None = None
    teaser_titles: tuple[str, ...] = ()
    noise: tuple[str, ...] = ()
    """Which transforms were applied to the text (for failure reports)."""


# --------------------------------------------------------------------------
# Parts
# --------------------------------------------------------------------------


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


@st.composite
def sentences(draw: DrawFn, lang: _Lang) -> str:
    """One sentence in `lang`, starting with a capital, ending with punctuation.

    Words do not repeat within a sentence, so that shrinking gives plausible text
    ("Der die das und mit für."), not "Der der der der der der.", which trips the
    repetition heuristics for reasons no real page has.
    """
    if lang.cjk:
        words = draw(st.lists(st.sampled_from(lang.words), min_size=6, max_size=14, unique=True))
        if len(words) > 8 and draw(st.booleans()):
            words.insert(len(words) // 2, "，")
        return "".join(words) + lang.stop
    words = draw(st.lists(st.sampled_from(lang.words), min_size=6, max_size=16, unique=True))
    words[0] = _cap(words[0])
    if len(words) > 9 and draw(st.booleans()):
        words[len(words) // 2] += ","
    stop = draw(st.sampled_from((".", ".", ".", "?", "!")))
    sentence = " ".join(words) + stop
    if draw(st.integers(0, 9)) == 0:
        sentence = f"“{sentence}”"
    return sentence


@st.composite
def paragraphs(draw: DrawFn, lang: _Lang) -> str:
    """Two to five sentences: long enough to be unambiguous body text."""
    parts = draw(st.lists(sentences(lang), min_size=2, max_size=5, unique=True))
    return ("" if lang.cjk else " ").join(parts)


@st.composite
def titles(draw: DrawFn, lang: _Lang) -> str:
    """A headline: several words, no final full stop."""
    if lang.cjk:
        words = draw(st.lists(st.sampled_from(lang.words), min_size=4, max_size=9, unique=True))
        return "".join(words)
    words = draw(st.lists(st.sampled_from(lang.words), min_size=5, max_size=11, unique=True))
    style = draw(st.sampled_from(("sentence", "title")))
    if style == "title":
        words = [_cap(w) for w in words]
    else:
        words[0] = _cap(words[0])
    # No "?" at the end: a question alone on the first line, straight before the
    # body, cannot be told from a body that opens with a question, and cleaning
    # reads it as body so that clean(article.text) keeps the body (idempotence).
    return " ".join(words)


@st.composite
def datelines(draw: DrawFn, lang: _Lang) -> str:
    """A dateline in one of the shapes news sites use."""
    year = draw(st.integers(2015, 2025))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    hour = draw(st.integers(0, 23))
    minute = draw(st.integers(0, 59))
    h12 = hour % 12 or 12
    ampm = "AM" if hour < 12 else "PM"
    weekday, month_name = _WEEKDAYS[day % 7], _MONTHS[month - 1]
    shapes = {
        "en": (
            f"Published {h12}:{minute:02d} {ampm} EDT, {weekday} {month_name} {day}, {year}",
            f"Release time:{_MONTHS[month - 1][:3]} {day}, {year} {hour:02d}:{minute:02d}",
            f"{_MONTHS[month - 1]} {day}, {year}",
            f"Updated {year}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00Z",
        ),
        "de": (f"{day:02d}.{month:02d}.{year}, {hour:02d}:{minute:02d} Uhr",),
        "fr": (f"Publié le {day:02d}/{month:02d}/{year} à {hour:02d}h{minute:02d}",),
        "ru": (f"{day:02d}.{month:02d}.{year} {hour:02d}:{minute:02d}",),
        "zh": (f"{year}年{month}月{day}日 {hour:02d}:{minute:02d}",),
    }[lang.code]
    return draw(st.sampled_from(shapes))


@st.composite
def names(draw: DrawFn) -> str:
    return f"{draw(st.sampled_from(_GIVEN))} {draw(st.sampled_from(_FAMILY))}"


@st.composite
def bylines(draw: DrawFn) -> str:
    """A byline or credit line."""
    first = draw(names())
    second = draw(names())
    shape = draw(st.integers(0, 3))
    if shape == 0:
        return f"By {first}"
    if shape == 1:
        return f"By {first} and {second}"
    if shape == 2:
        aff1 = draw(st.sampled_from(_AFFILIATIONS))
        aff2 = draw(st.sampled_from(_AFFILIATIONS))
        return f"Author: {first}, {aff1}; {second}, {aff2}"
    return f"Reporting by {first}; Editing by {second}"


@st.composite
def teasers(draw: DrawFn, lang: _Lang) -> tuple[str, list[str]]:
    """A related-article teaser: ``Title | tag | tag`` twice, then a snippet.

    Returns ``(title, lines)``.
    """
    title = draw(titles(lang))
    tags = draw(st.lists(st.sampled_from(lang.tags), min_size=1, max_size=3, unique=True))
    head = " | ".join([title, *tags])
    snippet = draw(sentences(lang))
    cut = draw(st.integers(min_value=max(1, len(snippet) // 3), max_value=len(snippet)))
    ellipsis = draw(st.sampled_from(("...", "…", " ...")))
    return title, [head, head, snippet[:cut].rstrip() + ellipsis]


# --------------------------------------------------------------------------
# Noise
# --------------------------------------------------------------------------


def mojibake(text: str, *, lossy: bool = False, codec: str = "sloppy-windows-1252") -> str:
    """Encode as UTF-8 and decode with a single-byte codec, as broken sites do.

    With `lossy`, decode as strict cp1252 ignoring the five undefined bytes
    (the text can then not be restored exactly).
    """
    data = text.encode("utf-8", errors="surrogatepass")
    if lossy:
        return data.decode("cp1252", errors="ignore")
    return data.decode(codec)


@st.composite
def mojibake_text(draw: DrawFn) -> str:
    """Short text, often run through a mojibake chain: for fix_encoding tests."""
    base = draw(
        st.one_of(
            st.text(alphabet="aeiouäöüßéèàçœ€“”‘’—–…中文Жж \n\t&;#<>", max_size=60),
            st.text(max_size=40),
        )
    )
    steps = draw(
        st.lists(
            st.sampled_from(("sloppy-windows-1252", "latin-1", "sloppy-windows-1251", "mac_roman")),
            max_size=2,
        )
    )
    for codec in steps:
        base = mojibake(base, codec=codec)
    return base


def _sprinkle(text: str, char: str, positions: Sequence[int]) -> str:
    """Replace the spaces at the given indexes (modulo their count) with `char`."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    chosen = {spaces[p % len(spaces)] for p in positions}
    return "".join(char if i in chosen else c for i, c in enumerate(text))


# --------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------


@st.composite
def _body(draw: DrawFn, lang: _Lang) -> tuple[list[str], list[str], list[str]]:
    """Paragraphs, with headings and share/ad lines between them: (lines, paragraphs, headings)."""
    lines: list[str] = []
    paras: list[str] = []
    headings: list[str] = []
    for i in range(draw(st.integers(min_value=1, max_value=7))):
        para = draw(paragraphs(lang))
        if para in paras:  # a repeated paragraph reads as a teaser: keep pages plausible
            continue
        if i > 0 and draw(st.integers(0, 4)) == 0:
            heading = draw(st.sampled_from(lang.headings))
            headings.append(heading)
            lines.append(heading)
        paras.append(para)
        lines.append(para)
        if draw(st.integers(0, 5)) == 0:
            lines.append(draw(st.sampled_from(_BOILERPLATE_MID)))
    return lines, paras, headings


@st.composite
def _page(draw: DrawFn, *, hostile: bool) -> tuple[str, PageTruth]:
    lang = LANGUAGES[draw(st.sampled_from(sorted(LANGUAGES)))]
    title = draw(titles(lang))
    tags_drawn = draw(st.lists(st.sampled_from(lang.tags), max_size=3, unique=True))
    tags = tuple(tags_drawn)

    lines: list[str] = []
    if draw(st.booleans()):
        nav = draw(st.lists(st.sampled_from(_NAV), min_size=1, max_size=6))
        lines.extend(nav)

    lines.append(" | ".join([title, *tags]))
    dateline = draw(datelines(lang)) if draw(st.booleans()) else None
    byline = draw(bylines()) if draw(st.booleans()) else None
    if draw(st.booleans()):  # byline before or after the dateline
        lines.extend(x for x in (dateline, byline) if x is not None)
    else:
        lines.extend(x for x in (byline, dateline) if x is not None)

    body_lines, body_paras, headings = draw(_body(lang))
    lines.extend(body_lines)

    teaser_titles: list[str] = []
    n_teasers = draw(st.integers(min_value=0, max_value=4))
    if n_teasers:
        lines.append(draw(st.sampled_from(("Related articles", "More from News", "Read more"))))
    for _ in range(n_teasers):
        t = draw(teasers(lang))
        if t[0] == title or t[0] in teaser_titles:
            continue
        teaser_titles.append(t[0])
        lines.extend(t[1])

    footer = draw(st.lists(st.sampled_from(_BOILERPLATE_END), max_size=3, unique=True))
    lines.extend(footer)

    noise: list[str] = []
    if draw(st.booleans()):
        # indentation and trailing blanks, as innerText and get_text() leave them
        pad = st.sampled_from(("", " ", "  ", "\t", "    "))
        pads = draw(st.lists(pad, min_size=len(lines), max_size=len(lines)))
        lines = [f"{p}{ln}{p[:1]}" for p, ln in zip(pads, lines, strict=True)]
        noise.append("indent")

    if hostile and draw(st.integers(0, 5)) == 0 and len(lines) > 2:
        # a dropped newline: two lines glued, as where markup met
        k = draw(st.integers(0, len(lines) - 2))
        lines[k : k + 2] = [lines[k] + lines[k + 1]]
        noise.append("glued")

    separator = draw(st.sampled_from(("\n", "\n\n", "\n \n")))
    text = separator.join(lines) + draw(st.sampled_from(("", "\n", "\n\n")))
    text = draw(_noisy(text, noise, hostile=hostile))

    truth = PageTruth(
        title=title,
        tags=tags,
        paragraphs=tuple(body_paras),
        language=lang.code,
        headings=tuple(headings),
        dateline=dateline,
        byline=byline,
        teaser_titles=tuple(teaser_titles),
        noise=tuple(noise),
    )
    return text, truth


@st.composite
def _noisy(draw: DrawFn, text: str, noise: list[str], *, hostile: bool) -> str:
    """Inject character-level noise into a page; record what was done in `noise`."""
    if draw(st.integers(0, 3)) == 0:
        positions = draw(st.lists(st.integers(0, 10_000), min_size=1, max_size=12))
        text = _sprinkle(text, "\u00a0", positions)
        noise.append("nbsp")
    if draw(st.integers(0, 3)) == 0:
        positions = draw(st.lists(st.integers(0, 10_000), min_size=1, max_size=8))
        text = _sprinkle(text, "\u200b ", positions)
        noise.append("zwsp")
    if draw(st.integers(0, 7)) == 0:
        text = "\ufeff" + text
        noise.append("bom")
    if hostile and draw(st.integers(0, 5)) == 0:
        text = text.replace(" and ", " &amp; ").replace("'", "&#39;")
        noise.append("entities")
    if hostile and draw(st.integers(0, 6)) == 0:
        text = text.replace(" ", "\u00ad ", 3)
        noise.append("soft-hyphen")

    moji = draw(st.integers(0, 5))
    if moji == 0:
        text = mojibake(text)
        noise.append("mojibake")
    elif moji == 1:
        # only some lines are broken, as when a template and a body differ
        parts = text.split("\n")
        flags = draw(st.lists(st.booleans(), min_size=len(parts), max_size=len(parts)))
        text = "\n".join(mojibake(p) if f else p for p, f in zip(parts, flags, strict=True))
        noise.append("mojibake-lines")
    elif hostile and moji == 2:
        codec = draw(st.sampled_from(("lossy", "latin-1")))
        text = mojibake(text, lossy=True) if codec == "lossy" else mojibake(text, codec=codec)
        noise.append(f"mojibake-{codec}")

    if draw(st.integers(0, 3)) == 0:
        text = text.replace("\n", "\r\n")
        noise.append("crlf")
    elif hostile and draw(st.integers(0, 7)) == 0:
        text = text.replace("\n", "\r")
        noise.append("cr")
    return text


@st.composite
def pages(draw: DrawFn) -> str:
    """A synthetic news page as a scraper would return it, with any noise."""
    text, _truth = draw(_page(hostile=True))
    return text


@st.composite
def labelled_pages(draw: DrawFn) -> tuple[str, PageTruth]:
    """``(text, truth)``: a page with only the noise the library promises to undo."""
    return draw(_page(hostile=False))


# --------------------------------------------------------------------------
# Hostile text, and the checks every Article must pass
# --------------------------------------------------------------------------

HOSTILE_CHARS = (
    "\x00\x01\x07\x08\x0b\x0c\x1b\x1c\x1d\x1e\x1f\x7f\x80\x85\x8d\x9d\x9f"
    "\r\n\t \u00a0\u00ad\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u2060\ufeff\ufffd"
    "\ud800\udbff\udc00\udfff"
    "|.!?:;,'\"&#<>/-…“”‘’«»—–"
    "aAzZéÃ©â€™\x99ÂåäöüßŒœ€"
    "ЖжШш中文日本語한국어العربيةעברית"
    "0123456789"
    "😀👨\u200d👩\u200d👧\U0001f1fa\U0001f1f8"
)
"""Characters that break text processing: controls, C1, separators, invisibles,
surrogates, mojibake pieces, pipes, RTL, CJK and emoji."""


def hostile_text(max_size: int = 400) -> st.SearchStrategy[str]:
    """Arbitrary text, heavy on `HOSTILE_CHARS`, lone surrogates included."""
    return st.text(
        alphabet=st.one_of(
            st.sampled_from(HOSTILE_CHARS),
            st.characters(exclude_categories=()),
        ),
        max_size=max_size,
    )


def check_article(article: object) -> None:
    """Assert the invariants that hold for every result of ``newsclean.clean``.

    * it is an ``Article``;
    * no text lost: the line spans are contiguous from 0 to ``len(source)``,
      their concatenation is ``source``, each line's text is its span minus the
      trailing ``\\n``, and the lines are numbered 0..n-1;
    * no line is UNKNOWN, every body block has a body kind;
    * every span lies inside ``source``; ``text`` is the body joined by blank lines;
    * everything is UTF-8 encodable.
    """
    assert isinstance(article, Article), type(article)
    source = article.source
    assert isinstance(source, str)
    pos = 0
    pieces = []
    for i, line in enumerate(article.lines):
        assert line.number == i, f"line {i} is numbered {line.number}"
        assert line.span.start == pos, f"line {i} starts at {line.span.start}, expected {pos}"
        assert line.span.end > line.span.start, f"line {i} is empty: {line.span}"
        piece = source[line.span.start : line.span.end]
        pieces.append(piece)
        is_last = i == len(article.lines) - 1
        if piece.endswith("\n"):
            assert line.text == piece[:-1], f"line {i}: text {line.text!r} != span {piece!r}"
        else:
            assert is_last, f"line {i} does not end in \\n but is not the last: {piece!r}"
            assert line.text == piece, f"line {i}: text {line.text!r} != span {piece!r}"
        assert "\n" not in line.text, f"line {i} contains a newline: {line.text!r}"
        assert line.kind != LineKind.UNKNOWN, f"line {i} is UNKNOWN: {line.text!r}"
        assert isinstance(line.kind, LineKind), f"line {i} kind {line.kind!r}"
        pos = line.span.end
    assert pos == len(source), f"lines cover [0, {pos}) of a source of {len(source)}"
    assert "".join(pieces) == source

    size = len(source)
    spans = [("body", b.span) for b in article.body]
    spans += [("boilerplate", b.span) for b in article.boilerplate]
    spans += [("teaser", t.span) for t in article.teasers]
    spans += [("repair", r.span) for r in article.repairs]
    for what, span in spans:
        assert 0 <= span.start <= span.end <= size, f"{what} span {span} outside [0, {size}]"
    for block in article.body:
        assert block.kind in BODY_KINDS, f"body block of kind {block.kind!r}"
    assert article.text == "\n\n".join(b.text for b in article.body)

    dumped = json.dumps(article.to_dict(include_lines=True), ensure_ascii=False)
    dumped.encode("utf-8")  # raises UnicodeEncodeError on a lone surrogate
    source.encode("utf-8")
