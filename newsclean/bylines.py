"""Read bylines and credits into authors with roles.

Forms: ``Author: A, role; B``, ``By A and B``, ``Von A``, ``Par A``, ``Por A``,
``作者：A``, ``Reporting by A; Editing by B``, and bylines split over lines.

`parse_byline(line)` returns the credited `Author`s, or an empty tuple when the
line is not a byline. Every pattern here is linear: names are split with
`str.split`, never with nested quantifiers (a plausible author regex backtracks
for seconds on a 379-character byline).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from newsclean.dates import find_date
from newsclean.model import Author, Draft, Line, LineKind, next_nonblank
from newsclean.options import Options

__all__ = [
    "NAME_REASONS",
    "SEPARATORS",
    "dateline_authors",
    "is_name_connector",
    "is_visual_credit",
    "labelled_name",
    "labelled_names",
    "lines_across_blank",
    "mark_split_bylines",
    "name_before_date",
    "name_beside_date",
    "opens_with_by_word",
    "parse_byline",
    "person_name",
    "user_name",
    "without_job_title",
    "without_trailing_connector",
]

# A label that introduces the credited people, up to its colon or the names.
_LABELLED = regex.compile(
    r"(?:(?:(?:text|texte|words)(?:\s{0,3}(?:&|und|and|\+)\s{0,3}(?:fotos?|photos?|bilder))?|"
    r"autor(?:in|en|es|a)?|authors?|auteure?s?|writers?|reporters?|by|von|par|por|interview|"
    r"redakteur(?:in)?|redaktion|redacción|redação|reportage|bericht|written by|story by|words by|"
    r"posted by|publié par|escrito por|geschrieben von|作者|文|记者|撰文|编辑|автор(?:ы)?|"
    r"текст|корреспондент)\s*[:：|]\s*)",
    regex.IGNORECASE,
)
_BY = regex.compile(
    r"(?:(?:text|texte|words|story|fotos?|photos?|bilder|recherche|ein (?:interview|kommentar|"
    r"gastbeitrag|beitrag)|un (?:article|entretien)|posted|written|reported)\s+)?"
    r"(?:(?:by|von|par|por|di|door|przez|от)\s+(?=\p{Lu})|(?:by|von)(?=(?-i:\p{Lu})))",
    regex.IGNORECASE,
)
_CREDIT = regex.compile(
    r"(?P<role>(?:additional\s+)?(?:reporting|writing|editing|research|photos?|photograph(?:y|s)?|"
    r"graphics|video|compiled|produced|illustrations?)\s+by|(?:fotos?|bilder|illustrations?(?:en)?|"
    r"video|grafik(?:en)?)\s+von)\s+(?P<names>[^;]{1,300})",
    regex.IGNORECASE,
)
_NAME_SPLIT = regex.compile(
    r"(?<!\s)\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bи\b|、|，)\s*"
)
_AGENCY = regex.compile(r"(?<!\s)\s*[(（](?P<agency>[^()（）]{2,40})[)）]\s*$")
_TRAILER = regex.compile(r"[|•·–—-]\s|[•·](?=\d)|\s\s")
"""Where what follows the names starts: "By A | Updated ...", "By A  Photos ...", "By A·3"."""
_NAME_WORD = regex.compile(
    r"(?:\p{Lu}[\p{L}\p{M}'’.-]{0,40}|van|von|de|der|den|da|del|di|du|le|la|bin|al|y)"
)
_CJK_NAME = regex.compile(r"[\p{Han}\p{Hangul}\p{Katakana}·・]{2,8}")
_MAX_BYLINE_CHARS = 600
# "Eine Kolumne von A", "Tipps und Fotos von A": a few capitalised words, then "von".
_LEAD_BY = regex.compile(
    r"\p{Lu}\p{L}{0,30}(?:\s+\p{L}{1,30}){0,3}\s+(?:by|von|par|por|door)\s+"
    r"(?=\p{Lu}\p{L}{1,30}\s+\p{Lu})"
)
_POSTED_BY = regex.compile(
    r"(?:posted|published|updated|written|veröffentlicht|aktualisiert|eingestellt|gespeichert|"
    r"erstellt|verfasst|geschrieben|publié|publicado|escrito)\b[^|]{0,60}?"
    r"(?:\b(?:by|von|par|por)(?:\s{0,3}:\s{0,3}|\s{1,3})(?=\S)|(?:by|von)(?=(?-i:\p{Lu})))",
    regex.IGNORECASE,
)
_JOB_TITLE = regex.compile(
    r"\b(?:reporter|editor|correspondent|writer|columnist|contributor|staff|journalist|"
    r"photographer|producer|redakteur\w*|redaktion|korrespondent\w*|journalist\w*|autor\w*|"
    r"rédact\w*|envoyé\w*|redactor\w*|corresponsal\w*|correspondant\w*|periodista)\b",
    regex.IGNORECASE,
)
_PLACE = regex.compile(r"(?<!\s)\s+(?:in|aus|à|en|em|из)\s+\p{Lu}[\p{L}\s.-]{0,40}$")
_DATE_LEAD = regex.compile(
    r"(?:[|•·,/–—-]|\b(?:updated|published|am|on|le|el|at|um|à|a las|alle))\s*$",
    regex.IGNORECASE,
)
_TIME = regex.compile(r"\b\d{1,2}:\d{2}")
# Words that follow the names on a byline line and are no part of them:
# "A B Erstellt am ...", "A B Twitter Account", "Text von A Illustration von B".
_AFTER_NAME_WORDS = frozenset(
    "erstellt zuletzt geändert aktualisiert veröffentlicht updated published posted lesezeit "
    "modified edited revised "
    "twitter facebook instagram linkedin account profil profile illustration illustrationen "
    "fotos foto photos photo bilder grafik grafiken video text words kommentare comments "
    "alle all mehr more "
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch "
    "donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo print date update "
    "actualizado".split()
)
# "Author Jane Doe", "Autor Max Muster:": the label without its colon.
_LABEL_WORD = regex.compile(
    r"(?:autor(?:in)?|author|auteure?)\s{1,3}(?=(?-i:\p{Lu}))", regex.IGNORECASE
)
# An embedded social media post names its poster with "by"/"von": no author of the page.
_NOT_A_BYLINE = regex.compile(
    r"(?:a post shared by|ein beitrag geteilt von|une publication partagée par|"
    r"una publicación compartida por)\b",
    regex.IGNORECASE,
)
# Who made the site or publishes the paper, in its footer or masthead: "Powered by A",
# "Theme by A", "Herausgegeben von A, B". They credit no article.
_SITE_CREDIT = regex.compile(
    r"\b(?:powered|design|designed|theme|template|website|hosted|herausgegeben)\s{1,3}"
    r"(?:by|von)\b",
    regex.IGNORECASE,
)
_BY_SUFFIX = regex.compile(r"\s{1,3}(?:by|von)$", regex.IGNORECASE)
_BULLET = regex.compile(r"[-*•·]\s+")


_HEADING_MARK = regex.compile(r"#{1,6}\s+")


def _without_heading_mark(text: str) -> str:
    """`text` without the Markdown heading mark that opens it: "### Ana Ruiz" -> "Ana Ruiz"."""
    mark = _HEADING_MARK.match(text)
    return text[mark.end() :] if mark else text


def _without_bullet(text: str) -> str:
    """`text` without the bullet that opens it: "* Von" -> "Von"."""
    bullet = _BULLET.match(text)
    return text[bullet.end() :] if bullet else text


def _looks_like_name(text: str) -> bool:
    """Whether `text` reads like a person's name (1–5 capitalised words, or CJK)."""
    if _CJK_NAME.fullmatch(text):
        return True
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 60:
        return False
    if any(ch.isdigit() for ch in text):
        return False
    if not words[0][:1].isupper() or words[0].casefold() in _ARTICLES:
        return False
    if any(word.casefold() in _AFTER_NAME_WORDS or _glued_words(word) for word in words):
        return False
    return all(_NAME_WORD.fullmatch(word) for word in words)


_WORD_JOIN = regex.compile(r"\p{Ll}(?=\p{Lu}\p{Ll})")
"""A lowercase letter glued to a capitalised word; "ReutersVIENNA" is a name and a dateline."""
_NAME_PREFIXES = frozenset("Mc Mac De Di Da La Le Van Von".split())
"""Heads of a family name with a capital inside: "McKay", "DeShawn", "VanDyke"."""


def _glued_words(word: str) -> bool:
    """Whether a capitalised word is two glued together ("NatureEin"), not one name ("McKay").

    >>> _glued_words("NatureEin"), _glued_words("McKay"), _glued_words("DeShawn")
    (True, False, False)
    """
    return any(word[: join.start() + 1] not in _NAME_PREFIXES for join in _WORD_JOIN.finditer(word))


def _people(text: str, *, strict: bool = False) -> tuple[Author, ...]:
    """Split ``A, role; B, role`` or ``A, B and C`` into authors.

    With `strict` (a "By ..." line, which may also open a sentence), a role
    must be capitalised ("By Jane Doe, Senior Reporter"), so "By Monday, the
    water had receded." credits nobody.
    """
    authors: list[Author] = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        agency = _AGENCY.search(part)
        role_from_agency = agency.group("agency") if agency else None
        names = part[: agency.start()] if agency else part
        items = [item.strip(" .") for item in _NAME_SPLIT.split(names) if item.strip(" .")]
        if not items:
            continue
        roles = [_AGENCY.search(item) for item in items]
        if any(roles):  # "孙悦（记者）、周晨（实习生）": each name with its own role
            named = [
                Author(name=item[: r.start()].strip(), role=r.group("agency"))
                if r
                else Author(name=item, role=role_from_agency)
                for item, r in zip(items, roles, strict=True)
            ]
            if all(_looks_like_name(a.name) for a in named):
                authors.extend(named)
                continue
        if all(_looks_like_name(item) for item in items):
            for item in items:
                if _JOB_TITLE.search(item) and authors:  # "Jane Doe, Senior Reporter"
                    authors[-1] = Author(name=authors[-1].name, role=item)
                else:
                    name, title = without_job_title(item)
                    authors.append(Author(name=name, role=title or role_from_agency))
            continue
        # "Name, Professor at X and Y": the first item is the name, the rest its role.
        name, _, role = names.partition(",")
        name, role = name.strip(" ."), role.strip(" .")
        if strict and (
            not (role[:1].isupper() or _JOB_TITLE.search(role)) or len(name.split()) < 2
        ):
            return ()
        if _looks_like_name(name):
            authors.append(Author(name=name, role=role or role_from_agency))
    return tuple(authors)


# Share links glued to the last name where markup was dropped: "By Ana Ruizfacebooktwitter".
_GLUED_SHARE_LINKS = regex.compile(
    r"(?<=\p{Ll})(?:facebook|twitter|flipboard|whatsapp|instagram|linkedin|pinterest|reddit|"
    r"telegram)",
    regex.IGNORECASE,
)


def _before_glued_handle(text: str) -> str:
    """`text` up to a user name or e-mail address glued to the last name.

    The handle repeats the first and the last name in lower case, which tells
    where it starts.

    >>> _before_glued_handle("Ana Ruiz Vegaanaruizvega@example.org 3 May 2024")
    'Ana Ruiz Vega'
    """
    at = text.find("@")
    words = text[:at].split() if at > 0 else []
    if len(words) < 2 or text[at - 1].isspace():
        return text
    first, glued = words[0].casefold(), words[-1]
    start = glued.casefold().find(first, 1)
    if len(first) < _MIN_HANDLE_NAME_CHARS or start < 1:
        return text
    if glued[:start].casefold() not in glued[start:].casefold():
        return text  # "Ana Santana@...": "ana" was part of the last name
    return text[: at - len(glued) + start]


_MIN_HANDLE_NAME_CHARS = 3


def _without_trailer(text: str) -> str:
    """The names that open a byline, without the date, time or links that follow them."""
    text = _before_glued_handle(text)
    cut = len(text)
    date = find_date(text)
    if date is not None:
        cut = date.start
    time = _TIME.search(text, 0, cut)
    if time is not None:
        cut = time.start()
    share = _GLUED_SHARE_LINKS.search(text, 0, cut)
    if share is not None:
        cut = share.start()
    if cut < len(text):
        text = text[:cut]
        for _ in range(2):  # "A, am 3. Mai", "A at 2:33"
            text = _DATE_LEAD.sub("", text.rstrip())
    trailer = _TRAILER.search(text)
    return _before_other_words(text[: trailer.start()] if trailer else text).strip(" |•·–—-/:")


def _before_other_words(text: str) -> str:
    """Cut `text` at the first word after a name that is no part of one.

    >>> _before_other_words("Ana Ruiz Erstellt am"), _before_other_words("Ana Ruiz 0 12")
    ('Ana Ruiz', 'Ana Ruiz')
    """
    words = text.split(" ")
    for index, word in enumerate(words[1:], start=1):
        bare = word.strip(",.:;()")
        if (
            bare.casefold() in _AFTER_NAME_WORDS
            or bare[:1].isdigit()
            or "@" in bare
            or (word.endswith(":") and index < len(words) - 1)  # "A B, Datum: 3. Mai"
        ):
            return " ".join(words[:index]).rstrip(" ,;")
    return text


def parse_byline(line: str, *, lead_words: bool = True) -> tuple[Author, ...]:
    """Return the people a byline credits, or ``()`` if `line` is not a byline.

    With `lead_words` false, words before the by-word ("Eine Kolumne von A")
    do not count: on a heading, "Auf den Spuren von A" is the headline.

    >>> [a.name for a in parse_byline("By Jane Doe and John Smith")]
    ['Jane Doe', 'John Smith']
    >>> authors = parse_byline("Author: Li Wei, Professor at Example U; Ann Ho, student")
    >>> [(a.name, a.role) for a in authors]
    [('Li Wei', 'Professor at Example U'), ('Ann Ho', 'student')]
    >>> [(a.name, a.role) for a in parse_byline("Reporting by Ann Lee; Editing by Tom Fox")]
    [('Ann Lee', 'Reporting'), ('Tom Fox', 'Editing')]
    >>> parse_byline("By the time we arrived, it was over.")
    ()
    """
    text = line.strip()
    if (
        not text
        or len(text) > _MAX_BYLINE_CHARS
        or text.endswith("?")  # "Interview: Kann ... helfen?" is a headline
        or _NOT_A_BYLINE.match(text)
        or _SITE_CREDIT.search(text)
    ):
        return ()
    credits = [_CREDIT.fullmatch(part.strip()) for part in text.split(";")]
    if all(credits):
        authors: list[Author] = []
        for match in credits:
            assert match is not None  # noqa: S101 - narrowed by all() above
            role = _BY_SUFFIX.sub("", match.group("role"))
            names = _people(_PLACE.sub("", _without_trailer(match.group("names"))))
            authors.extend(Author(name=a.name, role=role.capitalize()) for a in names)
        return tuple(authors)
    names_at = _after_posted_by(text)
    if names_at is not None:  # "Posted 2024-04-16 by A and B", "3. Mai 2020 von gizzmo"
        return _named(text[names_at:], strict=True, handle=True)
    labelled = _LABELLED.match(text)
    if labelled:
        return _named(text[labelled.end() :], strict=False, handle=True)
    label = _LABEL_WORD.match(text)
    if label:  # "Author Recent Posts" is a menu, not a credit
        people = _named(text[label.end() :], strict=True, handle=False)
        return () if any(_furniture_word(w) for a in people for w in a.name.split()) else people
    by = _BY.match(text) or (_LEAD_BY.match(text) if lead_words else None)
    if by and _MONTH_AND_YEAR.match(text, by.end()):
        return ()  # "By March 2020, the virus had spread": a time, not a name
    if by and len(text) - by.end() <= _MAX_BY_REST_CHARS:
        return _named(text[by.end() :], strict=True, handle=False)
    return _name_before_relative_time(text)


_RELATIVE_TIME = regex.compile(
    r"(?:(?:vor|hace|il y a|há)\s{1,3}(?:\d{1,3}|einer?|un[ao]?|une)\s{1,3}(?:sekunden?|minuten?|"
    r"stunden?|tag(?:en)?|wochen?|segundos?|minutos?|horas?|días?|dias?|secondes?|minutes?|"
    r"heures?|jours?|semanas?|semaines?)|\d{1,3}\s{1,3}(?:seconds?|minutes?|mins?|hours?|hrs?|"
    r"days?|weeks?)\s{1,3}ago)\b",
    regex.IGNORECASE,
)


def _name_before_relative_time(text: str) -> tuple[Author, ...]:
    """The person a relative time stamps: "A B | Publicado hace 3 horas", "A B vor 2 Stunden"."""
    found = _RELATIVE_TIME.search(text)
    if found is None or (found.start() > 0 and text[found.start() - 1] not in SEPARATORS):
        return ()  # "Ana Ruizhace 4 minutos": glued to its stamp, a teaser in a list
    before = text[: found.start()].rstrip()
    words = before.split()
    if words and words[-1].casefold() in _STAMP_WORDS:
        before = before[: before.rfind(words[-1])]
    name = person_name(before.rstrip(SEPARATORS))
    return (Author(name=name),) if name else ()


_MONTH_AND_YEAR = regex.compile(r"\p{Lu}\p{Ll}{2,9}\.?\s{1,3}(?:1[89]|20)\d\d\b")
"""One capitalised word and a year after a by-word: "By June 2016", "Von März 2021"."""
_STAMP_WORDS = frozenset("publicado publicada veröffentlicht posted published publié".split())
_MAX_BY_REST_CHARS = 200
_MAX_WORDS_BEFORE_DATE = 2
"""Words a dated byline may have before its date ("Posted on", "am")."""


def _after_posted_by(text: str) -> int | None:
    """Where the names start on "Posted ... by A", "3. Mai 2020 von A" or "3.5.2020 - Autor: A"."""
    posted = _POSTED_BY.match(text)
    if posted:
        return posted.end()
    date = find_date(text)
    if date is None or len(text[: date.start].split()) > _MAX_WORDS_BEFORE_DATE:
        return None
    after = _past_dates(text, date.end)
    by = _BY_WORD.match(text, after) or _LABELLED.match(text, after)  # "3.5.2022 - Autor: A"
    return by.end() if by else None


def _past_dates(text: str, end: int) -> int:
    """Where the text after a date goes on, past separators, a time and a second date.

    A page may print when it was published and when it was updated, glued: "3. Mai 20223. Mai 2022".
    """
    for _ in range(2):
        end = _AFTER_DATE.match(text, end).end()  # type: ignore[union-attr]
        time = _TIME_AFTER.match(text, end)
        if time:
            end = time.end()
        again = find_date(text[end:])
        if again is None or again.start > 0:
            break
        end += again.end
    return end


def _named(text: str, *, strict: bool, handle: bool) -> tuple[Author, ...]:
    """The people a byline names in `text`, which follows its label.

    The names may be followed by a place or a section ("A in Politik"); with
    `strict` (a "By ..." line, which may open a sentence), only when the word
    after them is such a preposition. With `handle` (after "Posted by"), one
    word may be a user name ("gizzmo").
    """
    rest = _without_trailer(text)
    people = _people(rest, strict=strict)
    if people:
        return people
    leading = _leading_names(rest)
    after = rest[len(leading) :].split(maxsplit=1)
    if leading and (not strict or not after or after[0].casefold() in _PREPOSITIONS):
        people = _people(leading, strict=strict)
    if people:
        return people
    pen_name = labelled_name(rest) if len(rest.split()) > 1 or handle else None
    if pen_name is None and handle and rest:
        pen_name = _handle(rest.split()[0])
    return (Author(name=pen_name),) if pen_name else ()


_PREPOSITIONS = frozenset("in at on um am à en bei aus für for pour para via".split())
"""Words that may follow a byline's names: "Von A in Berlin", "By A for Example News"."""


def _handle(word: str) -> str | None:
    """A user name ("gizzmo", "Zed_99"), not an article or a function word."""
    if word.casefold() in _ARTICLES or word.casefold() in _FUNCTION_WORDS:
        return None
    return labelled_name(word)


def _leading_names(text: str) -> str:
    """The names that open `text`, up to the first word that is no part of one.

    >>> _leading_names("Ana Ruiz und Tom Berg in Politik, Kultur")
    'Ana Ruiz und Tom Berg'
    """
    kept: list[str] = []
    for word in text.split():
        bare = word.strip(",;")
        if not (_NAME_WORD.fullmatch(bare) or _CONNECTOR.fullmatch(bare)) or not bare:
            break
        kept.append(word)
        if word.endswith(";"):
            break
    while kept and _CONNECTOR.fullmatch(kept[-1].strip(",;") or ","):
        kept.pop()
    return " ".join(kept).strip(" ,;")


_AFTER_DATE = regex.compile(r"[\s|•·,/–—@-]*")
"""What joins a date to what follows it: "3. Mai 2024 | A", "3. Mai 2024 @ 18:13"."""
_NUMBER_AFTER = regex.compile(r"\s\d")
_BY_WORD = regex.compile(r"(?:by|von|par|por|di|door)\s+", regex.IGNORECASE)


def dateline_authors(line: str, *, bare: bool = True) -> tuple[Author, ...]:
    """The people a dateline credits beside its date.

    After the date: "12 June 2017 by gizzmo", "2019 - A B", "3.5.2022 | 15:33 | A B";
    before it: "von gizzmo · 12. Juni 2017", "A B | 06.11.23", "zed_99 15. Mai 2023".

    With `bare` false, only names a by-word labels count ("von A", not "A |").

    >>> [a.name for a in dateline_authors("Veröffentlicht am 12. Juni 2017 von gizzmo")]
    ['gizzmo']
    """
    found = find_date(line)
    if found is None or line[: found.start].endswith("/"):
        return ()  # the date is part of a link: "example.org/2019/12/26/a-post"
    rest = line[_past_dates(line, found.end) :]
    after = _authors_after_date(rest, bare=bare)
    if after and not _BY_WORD.match(rest) and bare:
        # "A B | 29. Mai 2022 | Wirtschaft": a person's name before the date
        # outranks a word after it, which is as often a section.
        before = person_name(_before_date(line[: found.start]))
        return (Author(name=before),) if before else after
    return after or _authors_before_date(line[: found.start], bare=bare)


def name_before_date(line: str) -> str | None:
    """The person's name that opens a line and stands before its date, else None.

    >>> name_before_date("Ana Ruiz , 01. Dez. 2017, 12:01 Uhr 3 min Lesezeit Kommentare 4")
    'Ana Ruiz'
    """
    found = find_date(line)
    if found is None or (found.start > 0 and line[found.start - 1] not in SEPARATORS):
        return None  # "Ana Ruiz03.05.2022": glued to its date, a teaser in a list
    return person_name(_before_date(line[: found.start]))


def _before_date(text: str) -> str:
    """The words before a date, without the separators and lead words that join them."""
    for _ in range(2):  # "A B, am", "A B Zuletzt geändert am"
        text = _DATE_LEAD.sub("", text.rstrip())
    return _without_trailer(text)


def _authors_after_date(rest: str, *, bare: bool) -> tuple[Author, ...]:
    by = _BY_WORD.match(rest)
    if by:
        names = _without_trailer(rest[by.end() :])
        name = labelled_name(_NUMBER_AFTER.split(names, maxsplit=1)[0])
        return parse_byline(rest) or ((Author(name=name),) if name else ())
    name = _bare_name(_without_trailer(rest)) if bare else None
    return (Author(name=name),) if name else ()


def _authors_before_date(text: str, *, bare: bool) -> tuple[Author, ...]:
    for _ in range(2):  # "A B, am", "A B Zuletzt geändert am"
        text = _DATE_LEAD.sub("", text.rstrip())
    by = _BY_WORD.match(text)
    if by:
        return _named(text[by.end() :], strict=True, handle=True)
    name = _bare_name(_without_trailer(text)) if bare else None
    return (Author(name=name),) if name else ()


def _bare_name(text: str) -> str | None:
    """A person's name, a user name ("zed_99") or a newsroom ("Redaktion") beside a date."""
    if text.isupper():  # "BERLIN", "NEW YORK": a place
        return None
    words = text.split()
    if len(words) == 1 and _looks_like_handle(words[0]):
        return _handle(words[0])
    return person_name(text) or _newsroom(text)


_NEWSROOM = frozenset("redaktion newsroom redacción rédaction redazione redactie redação".split())
"""One word that credits a site's editorial team, as a byline beside a date does."""


def name_beside_date(text: str) -> str | None:
    """The person's name or user name on a line beside a dateline ("A B |", "zed_99 ·").

    >>> name_beside_date("Redaktion -")
    'Redaktion'
    """
    name = _without_by_word(text.strip().rstrip(SEPARATORS))
    return _newsroom(name) or person_name(name, allow_cjk=True) or user_name(name)


def _without_by_word(text: str) -> str:
    """`text` without the by-word that opens it: "von gizzmo" beside "3. Mai 2024"."""
    by = _BY_WORD.match(text)
    return text[by.end() :] if by else text


def opens_with_by_word(text: str) -> bool:
    """Whether a by-word opens `text`, which labels the name after it.

    >>> opens_with_by_word("von gizzmo"), opens_with_by_word("Ana Ruiz")
    (True, False)
    """
    return _BY_WORD.match(text) is not None


def _newsroom(text: str) -> str | None:
    """The one word on a line that credits a site's editorial team ("Redaktion"), else None."""
    return text if text.casefold() in _NEWSROOM else None


def user_name(text: str) -> str | None:
    """A user name standing alone: one word that no prose word looks like.

    >>> user_name("pixelfox"), user_name("Zed_99"), user_name("Politik")
    ('pixelfox', 'Zed_99', None)
    """
    words = text.split()
    if len(words) != 1 or not _shaped_like_user_name(words[0]):
        return None
    return _handle(words[0]) if _looks_like_handle(words[0]) else None


_USER_NAME_CHARS = regex.compile(r"[\p{L}\p{N}_.-]{1,29}[\p{L}\p{N}_]")
_CAMEL_JOIN = regex.compile(r"\p{Ll}\p{Lu}")


def _shaped_like_user_name(word: str) -> bool:
    """Lower case first, or a digit, an underscore or a camel-case join inside.

    "zed_99", "MaxiBerg"; not "AKTUELL" (a section label) or "Stadt-Zeitung." (a headline).
    """
    return _USER_NAME_CHARS.fullmatch(word) is not None and (
        word[:1].islower()
        or any(ch.isdigit() or ch == "_" for ch in word)
        or _CAMEL_JOIN.search(word) is not None
    )


def _looks_like_handle(word: str) -> bool:
    """Lowercase, or with a digit, an underscore or a capital inside: not a word of prose."""
    return (
        (
            word[:1].islower()
            or any(ch.isdigit() or ch == "_" for ch in word)
            or any(ch.isupper() for ch in word[1:])
        )
        and not _furniture_word(word)
        and word.casefold() not in _NOT_HANDLES | _AFTER_NAME_WORDS
    )


_TIME_AFTER = regex.compile(
    r"\d{1,2}[:.]\d{2}(?:\s{0,3}(?:uhr|hs|h|am|pm))?[\s|•·,/–—-]{0,9}", regex.IGNORECASE
)
_NOT_HANDLES = frozenset(
    "at um am pm uhr hs ago min read von by par por de le à "
    "utc gmt cet cest mez mesz est edt cst cdt pst pdt bst ist jst".split()  # time zones
)


# A byline label alone on its line: the names follow on the next lines
# (``get_text(separator="\n")`` splits "By <a>Name</a>").
_LABEL_ALONE = regex.compile(
    r"(?:(?:\p{L}{1,30}\s+){0,3}(?:by|von|par|por|di|door|przez)|text|texte|autor(?:in)?|author|"
    r"auteure?|autore|un (?:article|entretien) de|作者|记者|автор)\s*[:：]?",
    regex.IGNORECASE,
)
_COLON_LINE = regex.compile(r"[:：]")
# A label that is only a byline's lead word: what follows may be a one-word
# name or a user handle ("von" / "gizzmo", "Author:" / "Redaktion").
_BARE_LABEL = regex.compile(
    r"(?:by|von|par|por|di|door|przez|от|autor(?:in)?|author|auteure?|autore|text|texte|"
    r"(?:written|posted|verfasst|geschrieben|erstellt|eingestellt|publié|escrito|publicado)\s+"
    r"(?:by|von|par|por))\s*[:：|-]?",
    regex.IGNORECASE,
)
_HANDLE = regex.compile(r"\p{L}[\p{L}\p{N}_.-]{1,29}")
_SHORTHAND_CREDIT = regex.compile(r"\p{L}{2,6}(?:/\p{L}{2,8}){1,2}")
"""An editor's shorthand and the agency, as a label credits them: "Von: ana/dpa"."""
_CONNECTOR = regex.compile(r"(?:and|und|et|y|e|и|&|,|und von|sowie)", regex.IGNORECASE)
_FUNCTION_WORDS = frozenset(
    "and und et the die das mit with for of in on to im am zu zum zur vom beim auf für les "
    "des el los las nach über unter was wie wir sie ist are is new neue neuer".split()
)
# Words of site furniture that a capitalised two-word line ("Main Menu",
# "Recent Posts", "Neueste Beiträge") has, and a person's name has not.
_NOT_NAME_WORDS = frozenset(
    "menu menü main home homepage startseite posts post beiträge beitrag artikel article "
    "articles recent neueste neue latest alle all follow folgen author authors autor autoren "
    "download audio video videos podcast news newsletter scholar search suche login anmelden "
    "kontakt contact impressum datenschutz privacy archiv archive kategorie kategorien "
    "category categories tags share teilen kommentare comments weiterlesen mehr more "
    "editor writer staff team redaktionsteam profil profile website blog online "
    "aktualisierung erstveröffentlichung veröffentlichung update "
    "copied kopiert copiado copié copiato".split()
)
_ARTICLES = frozenset("der die das the le la les el los las il lo a an ein eine".split())
_PHRASE_WORDS = _FUNCTION_WORDS - _ARTICLES
"""Words of a phrase; an article may open a pen name ("Der Bücherwurm")."""
_MAX_BARE_NAME_WORDS = 4
NAME_REASONS = frozenset({"name after a byline label", "name beside the dateline"})
"""Reasons of byline lines that hold one bare name."""


def person_name(text: str, *, allow_cjk: bool = False) -> str | None:
    """The name on a line that holds only a person's name, else None.

    >>> person_name("Jane Q. Doe,"), person_name("Weather Videos Today and more")
    ('Jane Q. Doe', None)
    """
    name, _ = without_job_title(_BULLET.sub("", text).strip(" ,;"))
    if _CJK_NAME.fullmatch(name):
        return name if allow_cjk else None  # "下一步" is no name without a label
    words = name.split()
    if any(word.casefold() in _FUNCTION_WORDS for word in words) or (
        words and words[0].casefold() in _ARTICLES
    ):
        return None  # "Der Die Das Und Mit" is a capitalised phrase, not a name
    if len(words) > _MAX_BARE_NAME_WORDS or any(_furniture_word(word) for word in words):
        return None
    return name if _looks_like_name(name) and len(name.split()) >= 2 else None


# Job titles that a byline puts before the name, as the ends of its first word:
# "Rechtsanwalt Ana Ruiz", "Online-Expertin Ana Ruiz", "Senior-Reporter Tom Berg".
_TITLES_BEFORE_NAME = tuple(
    "experte expertin redakteur redakteurin reporter reporterin korrespondent korrespondentin "
    "anwalt anwältin journalist journalistin kolumnist kolumnistin autor autorin editor "
    "correspondent columnist periodista redactor redactora".split()
)


def without_job_title(name: str) -> tuple[str, str | None]:
    """A name without the job title before it, and that title.

    >>> without_job_title("Rechtsanwalt Ana Ruiz"), without_job_title("Ana Ruiz")
    (('Ana Ruiz', 'Rechtsanwalt'), ('Ana Ruiz', None))
    """
    title, _, rest = name.partition(" ")
    if (
        len(rest.split()) >= 2
        and title.replace("-", "").replace(".", "").isalpha()
        and title.casefold().endswith(_TITLES_BEFORE_NAME)
    ):
        return rest, title
    return name, None


_SPACED_COMMA = regex.compile(r"\s{1,3},")
_MIN_LISTED_NAMES = 3


def listed_names(text: str) -> tuple[Author, ...]:
    """The people a line lists and does nothing else with, else ``()``.

    Three names or more are a team of authors; two may be a headline's subjects.

    >>> [a.name for a in listed_names("Ana Ruiz, Tom Berg & Lea Kim")]
    ['Ana Ruiz', 'Tom Berg', 'Lea Kim']
    """
    names = _names_in_list(text)
    return names if len(names) >= _MIN_LISTED_NAMES else ()


def _names_in_list(text: str) -> tuple[Author, ...]:
    """The people of a line that only lists people's names, else ``()``."""
    items = _NAME_SPLIT.split(_SPACED_COMMA.sub(",", _BULLET.sub("", text).strip()))
    names = [person_name(item) for item in items]
    return tuple(Author(name=name) for name in names if name) if all(names) else ()


def labelled_names(text: str) -> tuple[Author, ...]:
    """The people on a line after a bare byline label ("von" / "Ana Ruiz, Tom Berg").

    >>> [a.name for a in labelled_names("Ana Ruiz, Tom Berg und")]
    ['Ana Ruiz', 'Tom Berg']
    >>> labelled_names("Ana Ruiz, Online-Redaktion")
    (Author(name='Ana Ruiz', role='Online-Redaktion'),)
    """
    text = without_trailing_connector(text)
    people = _people(text) if "," in text else ()
    if people and all(person_name(author.name) for author in people):
        return people  # "Ana Ruiz, Online-Redaktion": a name and its role
    name = labelled_name(text)
    return (Author(name=name),) if name else _names_in_list(text)


def _furniture_word(word: str) -> bool:
    return word.strip(".,:;").casefold() in _NOT_NAME_WORDS


_TRAILING_HANDLE = regex.compile(r"\s+@[\p{L}\p{N}_]{1,30}\s*$")
"""A social media handle after a byline's name ("Ann Lee @annlee")."""
_TRAILING_CONNECTOR = regex.compile(
    r"(?:\s{1,3}(?:and|und|et|y|e|&)|\s{0,3},)\s*$", regex.IGNORECASE
)


def without_trailing_connector(text: str) -> str:
    """A name line without the word that joins it to the next: "Ann Lee und" / "Tom Berg".

    >>> without_trailing_connector("Ann Lee und")
    'Ann Lee'
    """
    return _TRAILING_CONNECTOR.sub("", text)


def labelled_name(text: str) -> str | None:
    """The name on a line after a bare byline label ("von" / "Name").

    The label vouches for it, so a one-word name or a handle counts too.

    >>> labelled_name("gizzmo"), labelled_name("Der Spendenteddy"), labelled_name("Standard page")
    ('gizzmo', 'Der Spendenteddy', None)
    """
    text = _TRAILING_HANDLE.sub("", text)
    name = person_name(text, allow_cjk=True)
    if name:
        return name
    name = _BULLET.sub("", text).strip(" ,;:|")
    words = name.split()
    if not 1 <= len(words) <= 3 or len(name) > 40:
        return None
    if any(_furniture_word(word) or word.casefold() in _PHRASE_WORDS for word in words):
        return None
    if len(words) == 1:
        shaped = _HANDLE.fullmatch(name) or _SHORTHAND_CREDIT.fullmatch(name)
        return name if shaped and not name.isdigit() else None
    if words[0] in _ARTICLES:  # a pen name with its article: "der Michel"
        words = words[1:]
    return name if all(word[:1].isupper() for word in words) else None


_VISUAL_ROLE = regex.compile(
    r"(?:additional\s+)?(?:photos?|photograph(?:y|s)?|graphics|video|illustrations?(?:en)?|"
    r"fotos?|bilder|grafik(?:en)?)",
    regex.IGNORECASE,
)


def is_visual_credit(author: Author) -> bool:
    """Whether `author` is credited for the pictures, not the words ("Photos by A").

    >>> is_visual_credit(Author(name="Ann Lee", role="Photos"))
    True
    """
    return author.role is not None and _VISUAL_ROLE.fullmatch(author.role) is not None


_EDITOR_CREDIT = regex.compile(r"责任编辑\s{0,3}[:：]\s{0,3}(?P<name>\p{Han}{2,4})(?!\p{Han})")
"""The responsible editor a Chinese news page names at its foot: "责任编辑：王小明"."""


def responsible_editor(text: str) -> Author | None:
    """The editor a "责任编辑：" credit names, else None.

    >>> responsible_editor("【纠错】 责任编辑： 王小明")
    Author(name='王小明', role='责任编辑')
    """
    found = _EDITOR_CREDIT.search(text)
    return Author(name=found.group("name"), role="责任编辑") if found else None


def is_name_connector(text: str) -> bool:
    """Whether `text` only joins two names: "and", "und", "," ..."""
    return _CONNECTOR.fullmatch(text.strip()) is not None


SEPARATORS = " |/,·∙•–—-"
"""What joins a byline's name to its date on one line: "A B | 3.5.2022", "A B, 3. Mai"."""
_SEPARATOR_LINE = regex.compile(r"[|/,·∙•–—*+-]{1,3}")
"""A line that only separates a byline's parts, or an empty list item ("*"), as a
markup-splitting renderer leaves it."""
_REACH_BESIDE_DATELINE = 2
"""Non-blank lines on each side of a dateline where its byline may stand (past a share bar)."""


def _beside(lines: list[Line], index: int) -> list[int]:
    """The lines that touch line `index`, and those past a share bar or other furniture.

    A blank line or a headline apart, a short capitalised line is as often a headline.
    """
    found: list[int] = []
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(lines) and lines[j].kind is not LineKind.BLANK:
            if _SEPARATOR_LINE.fullmatch(lines[j].text.strip()):  # "A B" / "|" / "3. Mai 2024"
                j += step
                continue
            found.append(j)
            if (
                lines[j].kind is not LineKind.BOILERPLATE
                or abs(j - index) >= _REACH_BESIDE_DATELINE
            ):
                break
            j += step
    return found


def _nearest_nonblank(lines: Sequence[Line], index: int, step: int) -> int | None:
    """The index of the nearest non-blank line before (`step` -1) or after (1) `index`."""
    j = index + step
    while 0 <= j < len(lines) and lines[j].kind is LineKind.BLANK:
        j += step
    return j if 0 <= j < len(lines) else None


def _neighbours(lines: list[Line], index: int) -> list[Line]:
    """The nearest non-blank line on each side of line `index`."""
    nearest = (_nearest_nonblank(lines, index, step) for step in (-1, 1))
    return [lines[j] for j in nearest if j is not None]


def _lone_list_item(lines: list[Line], index: int) -> bool:
    """A list item with no other item beside it, nor a date on both sides.

    "* 3. Mai 2024" / "* Ana Ruiz" / "* 2 Kommentare" is a byline in list markup;
    "* Blogartikel" / "* Staatliche Planung" is a list of tags, and a line
    between two dates is the title of an entry in a list of dated posts.
    """
    kinds = [
        line.kind
        for line in _neighbours(lines, index)
        if not _SEPARATOR_LINE.fullmatch(line.text.strip())  # "*" / "* Ana Ruiz" / "*"
    ]
    return LineKind.LIST_ITEM not in kinds and kinds != [LineKind.DATELINE] * 2


def _name_beside_dateline(lines: list[Line], index: int) -> bool:
    """Whether line `index`, beside a dateline, holds only the name of its author."""
    line = lines[index]
    text = _without_by_word(line.text.strip().rstrip(SEPARATORS))
    if line.kind is LineKind.LIST_ITEM:
        return _lone_list_item(lines, index) and person_name(text) is not None
    return line.kind is LineKind.HEADING and bool(
        person_name(text) or user_name(text) or _newsroom(text)
    )


def lines_across_blank(lines: Sequence[Line], index: int) -> list[int]:
    """The nearest non-blank line on each side of line `index` that blank lines set apart."""
    nearest = (_nearest_nonblank(lines, index, step) for step in (-1, 1))
    return [j for j in nearest if j is not None and abs(j - index) > 1]


def _name_run(lines: list[Line], j: int | None, *, bare: bool) -> tuple[list[int], list[int]]:
    """The lines from `j` on that a byline label's names and connectors fill, and the names.

    One line may list several names ("A, B und" / "C"); unless a connector closes
    it, the run ends there.
    """
    found: list[int] = []
    names: list[int] = []
    while j is not None:
        text = _without_heading_mark(lines[j].text)  # "by" / "### zed_99"
        joined = without_trailing_connector(text)
        several = len(_names_in_list(joined)) > 1
        if (
            person_name(joined, allow_cjk=True)
            or several
            or (bare and not found and labelled_name(text))
        ):
            names.append(j)
        elif not (found and _CONNECTOR.fullmatch(text.strip())):
            break
        found.append(j)
        if several and joined == text:
            break
        j = next_nonblank(lines, j)
    return found, names


def mark_split_bylines(draft: Draft, options: Options) -> Draft:
    """Step: find bylines split over lines ("By" / "Name") and names beside a dateline."""
    lines = list(draft.lines)
    for index, line in enumerate(lines):
        label = _without_bullet(line.text.strip())  # "* Von" / "* Ana Ruiz"
        if _LABEL_ALONE.fullmatch(label) and not _SITE_CREDIT.search(label):
            bare = _BARE_LABEL.fullmatch(label) is not None
            j = next_nonblank(lines, index)
            colon = j if j is not None and _COLON_LINE.fullmatch(lines[j].text.strip()) else None
            if colon is not None:  # "Von" / ":" / "A B": the label's colon on its own line
                j = next_nonblank(lines, colon)
            found, names = _name_run(lines, j, bare=bare)
            while found and found[-1] not in names:  # a trailing "," joins nothing
                found.pop()
            if names:
                lines[index] = line.relabel(LineKind.BYLINE, "byline label")
                for k in [colon, *found] if colon is not None else found:
                    reason = "name after a byline label" if k in names else "byline label"
                    lines[k] = lines[k].relabel(LineKind.BYLINE, reason)
        elif line.kind in {LineKind.HEADING, LineKind.LIST_ITEM} and listed_names(line.text):
            lines[index] = line.relabel(LineKind.BYLINE, "names listed alone")
        elif line.kind is LineKind.DATELINE and not dateline_authors(line.text):
            for j in _beside(lines, index):
                if _name_beside_dateline(lines, j):
                    lines[j] = lines[j].relabel(LineKind.BYLINE, "name beside the dateline")
    return replace(draft, lines=tuple(lines))
