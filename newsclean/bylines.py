"""Read bylines and credits into authors with roles.

Forms: ``Author: A, role; B``, ``By A and B``, ``Von A``, ``Par A``, ``Por A``,
``作者：A``, ``Reporting by A; Editing by B``, and bylines split over lines.

`parse_byline(line)` returns the credited `Author`s, or an empty tuple when the
line is not a byline. Every pattern here is linear: names are split with
`str.split`, never with nested quantifiers (a plausible author regex backtracks
for seconds on a 379-character byline).
"""

from __future__ import annotations

from dataclasses import replace

import regex

from newsclean.dates import find_date
from newsclean.model import Author, Draft, LineKind, next_nonblank
from newsclean.options import Options

__all__ = [
    "NAME_REASONS",
    "dateline_authors",
    "is_name_connector",
    "labelled_name",
    "mark_split_bylines",
    "parse_byline",
    "person_name",
]

# A label that introduces the credited people, up to its colon or the names.
_LABELLED = regex.compile(
    r"(?:(?:text|texte|autor(?:in|en|es|a)?|authors?|auteure?s?|writers?|reporters?|"
    r"redakteur(?:in)?|redacción|redação|reportage|bericht|written by|story by|words by|"
    r"posted by|publié par|escrito por|geschrieben von|作者|文|记者|撰文|编辑|автор(?:ы)?|"
    r"текст|корреспондент)\s*[:：|]\s*)",
    regex.IGNORECASE,
)
_BY = regex.compile(
    r"(?:(?:text|texte|words|story|fotos?|photos?|bilder|recherche|ein (?:interview|kommentar|"
    r"gastbeitrag|beitrag)|un (?:article|entretien)|posted|written|reported)\s+)?"
    r"(?:by|von|par|por|di|door|przez|от)\s+(?=\p{Lu})",
    regex.IGNORECASE,
)
_CREDIT = regex.compile(
    r"(?P<role>(?:additional\s+)?(?:reporting|writing|editing|research|photos?|"
    r"photography|graphics|video|compiled|produced)\s+by)\s+(?P<names>[^;]{1,300})",
    regex.IGNORECASE,
)
_NAME_SPLIT = regex.compile(
    r"(?<!\s)\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bи\b|、|，)\s*"
)
_AGENCY = regex.compile(r"(?<!\s)\s*[(（](?P<agency>[^()（）]{2,40})[)）]\s*$")
_TRAILER = regex.compile(r"[|•·–—-]\s|\s\s")
"""Where what follows the names starts: "By A | Updated ...", "By A  Photos ..."."""
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
    r"(?:posted|published|updated|veröffentlicht|aktualisiert|publié|publicado)\b[^|]{0,60}?"
    r"\b(?:by|von|par|por)\s+(?=\p{Lu})",
    regex.IGNORECASE,
)
_JOB_TITLE = regex.compile(
    r"\b(?:reporter|editor|correspondent|writer|columnist|contributor|staff|journalist|"
    r"photographer|producer|redakteur\w*|korrespondent\w*|journalist\w*|autor\w*|"
    r"rédact\w*|envoyé\w*|redactor\w*|corresponsal\w*|correspondant\w*|periodista)\b",
    regex.IGNORECASE,
)
_PLACE = regex.compile(r"(?<!\s)\s+(?:in|aus|à|en|em|из)\s+\p{Lu}[\p{L}\s.-]{0,40}$")
_DATE_LEAD = regex.compile(
    r"(?:[|•·,–—-]|\b(?:updated|published|am|on|le|el))\s*$", regex.IGNORECASE
)
_BY_SUFFIX = regex.compile(r"\s+by$", regex.IGNORECASE)
_BULLET = regex.compile(r"[-*•·]\s+")


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
    return all(_NAME_WORD.fullmatch(word) for word in words)


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
                    authors.append(Author(name=item, role=role_from_agency))
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


def _without_trailer(text: str) -> str:
    date = find_date(text)
    if date is not None:
        text = text[: date.start]
        text = _DATE_LEAD.sub("", text.rstrip())
    trailer = _TRAILER.search(text)
    return (text[: trailer.start()] if trailer else text).strip()


def parse_byline(line: str) -> tuple[Author, ...]:
    """Return the people a byline credits, or ``()`` if `line` is not a byline.

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
    if not text or len(text) > _MAX_BYLINE_CHARS:
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
    posted = _POSTED_BY.match(text)
    if posted:  # "Posted 2024-04-16 by A and B"
        return _people(_without_trailer(text[posted.end() :]), strict=True)
    labelled = _LABELLED.match(text)
    if labelled:
        return _people(_without_trailer(text[labelled.end() :]))
    by = _BY.match(text) or _LEAD_BY.match(text)
    if by:
        rest = _without_trailer(text[by.end() :])
        if len(rest) <= 200:
            return _people(rest, strict=True)
    return ()


_AFTER_DATE = regex.compile(r"[\s|•·,/–—-]*")
_NUMBER_AFTER = regex.compile(r"\s\d")
_BY_WORD = regex.compile(r"(?:by|von|par|por|di|door)\s+", regex.IGNORECASE)


def dateline_authors(line: str) -> tuple[Author, ...]:
    """The people a dateline credits after its date ("12 June 2017 by gizzmo", "2019 - A B").

    >>> [a.name for a in dateline_authors("Veröffentlicht am 12. Juni 2017 von gizzmo")]
    ['gizzmo']
    """
    found = find_date(line)
    if found is None:
        return ()
    rest = line[found.end :]
    rest = rest[_AFTER_DATE.match(rest).end() :]  # type: ignore[union-attr]
    by = _BY_WORD.match(rest)
    if by:
        names = _without_trailer(rest[by.end() :])
        name = labelled_name(_NUMBER_AFTER.split(names, maxsplit=1)[0])
        return parse_byline(rest) or ((Author(name=name),) if name else ())
    name = person_name(_without_trailer(rest))
    return (Author(name=name),) if name else ()


# A byline label alone on its line: the names follow on the next lines
# (``get_text(separator="\n")`` splits "By <a>Name</a>").
_LABEL_ALONE = regex.compile(
    r"(?:(?:\p{L}{1,30}\s+){0,3}(?:by|von|par|por|di|door|przez)|text|texte|autor(?:in)?|author|"
    r"un (?:article|entretien) de|作者|记者|автор)\s*[:：]?",
    regex.IGNORECASE,
)
# A label that is only a byline's lead word: what follows may be a one-word
# name or a user handle ("von" / "gizzmo", "Author:" / "Redaktion").
_BARE_LABEL = regex.compile(
    r"(?:by|von|par|por|di|door|przez|от|autor(?:in)?|author|text|texte|"
    r"(?:written|posted|verfasst|geschrieben|erstellt|publié|escrito|publicado)\s+"
    r"(?:by|von|par|por))\s*[:：|-]?",
    regex.IGNORECASE,
)
_HANDLE = regex.compile(r"\p{L}[\p{L}\p{N}_.-]{1,29}")
_CONNECTOR = regex.compile(r"(?:and|und|et|y|e|и|&|,|und von|sowie)", regex.IGNORECASE)
_FUNCTION_WORDS = frozenset(
    "and und et the die das mit with for of in on to im am zu auf für les des el los las "
    "nach über unter was wie wir sie ist are is new neue neuer".split()
)
# Words of site furniture that a capitalised two-word line ("Main Menu",
# "Recent Posts", "Neueste Beiträge") has, and a person's name has not.
_NOT_NAME_WORDS = frozenset(
    "menu menü main home homepage startseite posts post beiträge beitrag artikel article "
    "articles recent neueste neue latest alle all follow folgen author authors autor autoren "
    "download audio video videos podcast news newsletter scholar search suche login anmelden "
    "kontakt contact impressum datenschutz privacy archiv archive kategorie kategorien "
    "category categories tags share teilen kommentare comments weiterlesen mehr more "
    "editor writer staff team redaktionsteam profil profile website blog online".split()
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
    name = _BULLET.sub("", text).strip(" ,;")
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


def _furniture_word(word: str) -> bool:
    return word.strip(".,:;").casefold() in _NOT_NAME_WORDS


def labelled_name(text: str) -> str | None:
    """The name on a line after a bare byline label ("von" / "Name").

    The label vouches for it, so a one-word name or a handle counts too.

    >>> labelled_name("gizzmo"), labelled_name("Der Spendenteddy"), labelled_name("Standard page")
    ('gizzmo', 'Der Spendenteddy', None)
    """
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
        return name if _HANDLE.fullmatch(name) and not name.isdigit() else None
    return name if all(word[:1].isupper() for word in words) else None


def is_name_connector(text: str) -> bool:
    """Whether `text` only joins two names: "and", "und", "," ..."""
    return _CONNECTOR.fullmatch(text.strip()) is not None


def mark_split_bylines(draft: Draft, options: Options) -> Draft:
    """Step: find bylines split over lines ("By" / "Name") and names beside a dateline."""
    lines = list(draft.lines)
    for index, line in enumerate(lines):
        if _LABEL_ALONE.fullmatch(line.text.strip()):
            bare = _BARE_LABEL.fullmatch(line.text.strip()) is not None
            j = next_nonblank(lines, index)
            found: list[int] = []
            names: list[int] = []
            while j is not None:
                text = lines[j].text
                if person_name(text, allow_cjk=True) or (
                    bare and not found and labelled_name(text)
                ):
                    names.append(j)
                elif not (found and _CONNECTOR.fullmatch(text.strip())):
                    break
                found.append(j)
                j = next_nonblank(lines, j)
            while found and found[-1] not in names:  # a trailing "," joins nothing
                found.pop()
            if names:
                lines[index] = line.relabel(LineKind.BYLINE, "byline label")
                for k in found:
                    reason = "name after a byline label" if k in names else "byline label"
                    lines[k] = lines[k].relabel(LineKind.BYLINE, reason)
        elif line.kind is LineKind.DATELINE:
            for j in (index - 1, index + 1):
                if (
                    0 <= j < len(lines)
                    and lines[j].kind is LineKind.HEADING
                    and person_name(lines[j].text)
                ):
                    lines[j] = lines[j].relabel(LineKind.BYLINE, "name beside the dateline")
    return replace(draft, lines=tuple(lines))
