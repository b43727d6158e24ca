"""Find and parse the publication date of a dateline, in many languages.

`find_date(text)` returns a `FoundDate` (the datetime and where it was read) or
None. Handles ISO 8601, English, German, French, Spanish, Portuguese, Italian,
Dutch, Polish, Russian and Chinese/Japanese forms, with times (``21:12``,
``3:15 PM``, ``14.05 Uhr``, ``10h30``) and zones (``+08:00``, ``Z``, ``UTC``,
``EDT``, ``MESZ`` ...). A datetime is timezone-aware only when the text gives
the zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

import regex

__all__ = [
    "FoundDate",
    "find_date",
    "find_stamp",
    "is_date_label",
    "is_labelled_published",
    "names_a_period",
    "signs_an_embedded_post",
]

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan janvier janv januar jänner jän enero ene janeiro gennaio gen januari "
        "stycznia styczeń января январь янв",
        "february feb février févr fevrier februar feber febrero fevereiro fev febbraio "
        "februari lutego luty февраля февраль фев",
        "march mar mars märz maerz mär marzo março marco maart marca marzec марта март",
        "april apr avril avr abril abr aprile kwietnia kwiecień апреля апрель",
        "may mai mayo maio maggio mag mei maja maj мая май",
        "june jun juin juni junio junho giugno giu czerwca czerwiec июня июнь",
        "july jul juillet juil juli julio julho luglio lug lipca lipiec июля июль",
        "august aug août aout agosto ago augustus sierpnia sierpień августа август авг",
        "september sep sept septembre septiembre setiembre setembro set settembre "
        "września wrzesień сентября сентябрь сен",
        "october oct octobre oktober okt octubre outubro out ottobre ott oktober "
        "października październik октября октябрь",
        "november nov novembre noviembre novembro november listopada listopad ноября ноябрь",
        "december dec décembre decembre dezember dez diciembre dic dezembro "
        "dicembre dic december grudnia grudzień декабря декабрь дек",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)

_ZONES = {
    "utc": 0, "gmt": 0, "z": 0, "wet": 0, "bst": 60, "cet": 60, "mez": 60,
    "cest": 120, "mesz": 120, "eet": 120, "eest": 180, "msk": 180, "ist": 330,
    "sgt": 480, "hkt": 480, "awst": 480, "jst": 540, "kst": 540, "aest": 600,
    "aedt": 660, "nzst": 720, "nzdt": 780, "edt": -240, "est": -300, "cdt": -300,
    "mdt": -360, "mst": -420, "pdt": -420, "pst": -480, "akdt": -480, "hst": -600,
}  # fmt: skip
# CST is left out on purpose: China (+8) or US Central (-6)?

_MONTH_NAME = r"(?P<month_name>\p{L}{3,12})\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.|º)?"
_GLUED_CLOCK_AHEAD = r"(?=[0-2]\d:[0-5]\d(?!\d))"
_YEAR_END = r"(?:(?!\d)|(?=[0-3]?\d(?:[./-]|\.?\s))|" + _GLUED_CLOCK_AHEAD + ")"
"""After a year: no digit, unless another date or a clock is glued to it
("19. Mai 202419. Mai 2024", "3 de mayo de 202221:25")."""
_DATE_PATTERNS = [
    # 2024-04-16, 2024/04/16, 2024.04.16, optionally followed by a time
    regex.compile(
        r"(?<!\d)" + _YEAR + r"(?P<sep>[-/.])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d)"
    ),
    # 2024年4月16日
    regex.compile(_YEAR + r"\s?年\s?(?P<month>[01]?\d)\s?月\s?(?P<day>[0-3]?\d)\s?日"),
    # 16.04.2024, 16. 04. 2024, 16/04/2024, 04/16/2024
    regex.compile(
        r"(?<![\d.])(?P<a>[0-3]?\d)(?P<sep>\.\s?|[/-])(?P<b>[0-3]?\d)(?P=sep)" + _YEAR
        + r"(?!:[0-5]\d)" + _YEAR_END
    ),  # "28.09.1912:44" is a two-digit year and a glued clock, not 1912
    # 16.04.24, 04/16/24: a two-digit year only with two-digit day and month
    regex.compile(
        r"(?<![\d.,/])(?P<a>[0-3]\d)(?P<sep>[./])(?P<b>[0-3]\d)(?P=sep)(?P<short_year>\d\d)"
        r"(?:(?!\d|[.,/]\d)|" + _GLUED_CLOCK_AHEAD + ")"
    ),
    # 1.11.23 20:19: a one-digit day or month with a two-digit year when a clock follows
    regex.compile(
        r"(?<![\d.,/])(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[01]?\d)(?P=sep)(?P<short_year>\d\d)"
        r"(?=\s{1,3}[0-2]?\d:[0-5]\d(?!\d))"
    ),
    # 16 April 2024, 16. März 2024, 16 de abril de 2024, 16 апреля 2024
    regex.compile(
        r"(?<!\d)" + _DAY + r"\s*(?:de\s+|di\s+)?" + _MONTH_NAME
        + r",?\s*(?:de\s+|del\s+)?" + _YEAR + _YEAR_END
    ),
    # April 16, 2024; Apr. 16 2024; Sun October 6, 2024
    regex.compile(_MONTH_NAME + r"\s*" + _DAY + r",?\s+" + _YEAR + _YEAR_END),
]  # fmt: skip
_DATE_TIME_GAP = regex.compile(r"[\s,T]*(?:à|a las|um|at|às|alle|o|ore)?\s*", regex.IGNORECASE)
_TIME = regex.compile(
    r"(?<![\d:])(?P<hour>[0-2]?\d)\s?(?:[:h.]|時)\s?(?P<minute>[0-5]\d)(?:(?::|分)(?P<second>[0-5]\d))?"
    r"(?!\d)(?:\s*(?P<ampm>[ap]\.?m\.?)(?![\p{L}]))?(?:\s*(?:Uhr|hs|h)(?!\p{L}))?",
    regex.IGNORECASE,
)
_GLUED_CLOCK = regex.compile(
    r"(?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?!\d)(?P<ampm>)"
)
"""A clock glued to the year before it, when markup is dropped ("28.09.1912:44")."""
_TWELVE_HOUR_CLOCK = regex.compile(
    r"[\s,]{0,3}(?:at\s)?\s{0,2}[01]?\d:[0-5]\d(?::[0-5]\d)?\s?[ap]\.?m\b", regex.IGNORECASE
)
_OFFSET = regex.compile(
    r"\s{0,3}(?:(?P<z>Z)(?!\p{L})|(?P<name>UTC|GMT)?\s{0,3}(?P<sign>[+-])(?P<oh>\d{1,2}):?(?P<om>\d\d)?(?!\d)"
    r"|(?P<abbr>[A-Z]{1,5})(?!\p{L}))"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class FoundDate:
    """A date found in a text, and where."""

    value: datetime
    start: int
    end: int
    """End of the date, including the time and zone when they follow it."""


def _ymd(match: regex.Match[str], text: str) -> tuple[int, int, int] | None:
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else 2000 + int(groups["short_year"])
    if "month_name" in groups and groups["month_name"] is not None:
        month = _MONTHS.get(groups["month_name"].casefold().rstrip("."), 0)
        day = int(groups["day"])
    elif "a" in groups and groups["a"] is not None:
        first, second = int(groups["a"]), int(groups["b"])
        # Day first, as in most of the world, unless only month-first is valid
        # or a slashed date is told with a 12-hour clock, as in the US.
        month_first = second > 12 >= first or (
            first <= 12
            and groups["sep"] == "/"
            and _TWELVE_HOUR_CLOCK.match(text, match.end(), match.end() + 30) is not None
        )
        day, month = (second, first) if month_first else (first, second)
    else:
        month, day = int(groups["month"]), int(groups["day"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return year, month, day


def _zone(text: str, position: int) -> tuple[timezone | None, int]:
    match = _OFFSET.match(text, position)
    if match is None:
        return None, position
    if match.group("z"):
        return UTC, match.end()
    if match.group("sign"):
        hours, minutes = int(match.group("oh")), int(match.group("om") or 0)
        if hours > 14 or minutes > 59:
            return None, position
        offset = timedelta(hours=hours, minutes=minutes)
        return timezone(-offset if match.group("sign") == "-" else offset), match.end()
    if match.group("abbr") and match.group("abbr").casefold() in _ZONES:
        return timezone(timedelta(minutes=_ZONES[match.group("abbr").casefold()])), match.end()
    name = match.group("name")
    if name:
        return UTC, match.end()
    return None, position


def _time_near(text: str, start: int, end: int) -> tuple[int, int, int, timezone | None, int, int]:
    """Find a time right after the date (or right before it); return h, m, s, tz, span."""
    after = _GLUED_CLOCK.match(text, end) or _TIME.search(text, end, min(len(text), end + 20))
    candidates = []
    if after is not None and _DATE_TIME_GAP.fullmatch(text, end, after.start()):
        candidates.append(after)
    before = None
    for match in _TIME.finditer(text, max(0, start - 30), start):
        before = match
    if before is not None and not candidates:
        candidates.append(before)
    for match in candidates:
        hour, minute = int(match.group("hour")), int(match.group("minute"))
        second = int(match.group("second") or 0)
        ampm = (match.group("ampm") or "").casefold().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 23:
            continue
        zone, zone_end = _zone(text, match.end())
        return hour, minute, second, zone, match.start(), max(match.end(), zone_end)
    return 0, 0, 0, None, start, end


def find_date(text: str) -> FoundDate | None:
    """Find the first full date (day, month, year) in `text`.

    >>> find_date("Release time:Apr 16, 2024 21:12 PM").value.isoformat()
    '2024-04-16T21:12:00'
    >>> find_date("Published 3:15 PM EDT, Sun October 6, 2024").value.isoformat()
    '2024-10-06T15:15:00-04:00'
    >>> find_date("12.03.2024, 14:05 Uhr").value.isoformat()
    '2024-03-12T14:05:00'
    >>> find_date("16 avril 2024 à 10h30").value.isoformat()
    '2024-04-16T10:30:00'
    >>> find_date("2024年4月16日 21:12").value.isoformat()
    '2024-04-16T21:12:00'
    >>> find_date("2024-04-16T21:12:00+08:00").value.isoformat()
    '2024-04-16T21:12:00+08:00'
    >>> find_date("no date here") is None
    True
    """
    if len(text) > 2000:
        text = text[:2000]  # a dateline is short; bound the work on long lines
    if not any(ch.isdigit() for ch in text):
        return None
    best: tuple[int, regex.Match[str], tuple[int, int, int]] | None = None
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            ymd = _ymd(match, text)
            if ymd is not None:
                if best is None or match.start() < best[0]:
                    best = (match.start(), match, ymd)
                break
    if best is None:
        return None
    _, match, (year, month, day) = best
    hour, minute, second, zone, t_start, t_end = _time_near(text, match.start(), match.end())
    if zone is None and t_end == match.end():
        zone, t_end = _zone(text, match.end())
    try:
        value = datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError:
        try:
            value = datetime(year, month, day, tzinfo=zone)
        except ValueError:
            return None
    return FoundDate(value=value, start=min(match.start(), t_start), end=max(match.end(), t_end))


_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|"
    r"thurs|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|"
    r"mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|"
    r"viernes|sábado|sabado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
    r"segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|poniedziałek|wtorek|"
    r"środa|czwartek|piątek|sobota|niedziela|понедельник|вторник|среда|четверг|пятница|"
    r"суббота|воскресенье)"
)
_STAMP_LEAD = regex.compile(
    r"(?:[\W_]{0,6}" + _WEEKDAY + r")?[\W_]{0,6}",
    regex.IGNORECASE,
)
"""What may stand before a time stamp that opens a line: marks, a weekday."""
_STAMP_CUE = regex.compile(
    r"(?:published|posted|updated|dated|created|written|"
    r"veröffentlicht|publiziert|erschienen|erstellt|geschrieben|gespeichert|aktualisiert|"
    r"geändert|stand|datum|date|publié|mis à jour|publicado|publicada|actualizado|"
    r"pubblicato|aggiornato|opublikowano|gepubliceerd|" + _WEEKDAY + r"|[|•·/–—])"
    r"[\s:,.]{0,3}(?:on|am|le|el|il|the|at|um|vom|of)?[\s:,.]{0,3}\Z",
    regex.IGNORECASE,
)
"""A word or mark that says the date after it stamps the page ("Posted on", "Stand:", "|")."""
_STAMP_TAIL = regex.compile(r"[\s)\]]{0,3}(?:$|[|•·/–—]|-\s)|\p{L}")
"""What may follow a time stamp: the end of the line, a separator, a word glued to it."""
_CUE_REACH = 30
_CLOCK = regex.compile(
    r"(?<!\d)[0-2]?\d\s?[:h時]\s?[0-5]\d(?!\d)|\d\s?(?:uhr|[ap]\.?\s?m\b)", regex.IGNORECASE
)
"""A time of day, told so that it cannot be part of a numeric date."""


def _placed_like_stamp(text: str, found: FoundDate) -> bool:
    before = text[max(0, found.start - _CUE_REACH) : found.start]
    if _STAMP_LEAD.fullmatch(text, 0, found.start) or (before and before[-1].isalpha()):
        return True  # opens the line, or is glued to the word before it
    if _STAMP_CUE.search(before):
        return True
    has_time = _CLOCK.search(text, found.start, found.end) is not None
    return (
        has_time
        or _STAMP_TAIL.match(text, found.end) is not None
        or _another_date_glued(text, found.end)
    )


def _another_date_glued(text: str, position: int) -> bool:
    """Whether a second date is glued to the first, as published and updated stamps are."""
    if position >= len(text) or not text[position].isdigit():
        return False
    following = find_date(text[position : position + 40])
    return following is not None and following.start == 0


def is_date_label(text: str) -> bool:
    """Whether the line is only the label of a date on the next line ("Posted on").

    >>> is_date_label("Veröffentlicht am"), is_date_label("Posted on a rainy day")
    (True, False)
    """
    return _STAMP_CUE.fullmatch(text.strip()) is not None


def find_stamp(text: str) -> FoundDate | None:
    """Find the first date placed like a time stamp rather than told in a sentence.

    A stamp opens the line, is glued to the word before it (as when markup is
    dropped), follows a label such as "Posted on" or "Veröffentlicht am" or a
    separator, carries a time, or closes the line.

    >>> find_stamp("Officials met on 4 May 2024 to plan the works.") is None
    True
    >>> find_stamp("Harbour wall repaired | Posted on 4 May 2024 by Ann").value.date()
    datetime.date(2024, 5, 4)
    """
    offset = 0
    text = text[:2000]
    while offset < len(text):
        found = find_date(text[offset:])
        if found is None:
            return None
        found = FoundDate(value=found.value, start=found.start + offset, end=found.end + offset)
        if _placed_like_stamp(text, found):
            return found
        offset = found.end
    return None


_PUBLISHED_LABEL = regex.compile(
    r"(?:published|posted|veröffentlicht|publiziert|erschienen|erscheinungsdatum|publié|"
    r"publiée|publicado|publicada|pubblicato|opublikowano|gepubliceerd|опубликовано|发布时间|"
    r"发表于)[\s:：,.]{0,3}(?:on|am|le|el|em|il|the|dnia)?[\s:：,.]{0,3}\Z",
    regex.IGNORECASE,
)
_PERIOD_LEAD = regex.compile(
    r"(?:\b(?:bis|until|till|through|ab|seit|since|from|between|zwischen|jusqu'au|hasta|"
    r"desde|fino al|do|od|до|с)\s{0,3}(?:zum|dem|to|the|au|le|el|al)?|\d\.?\s{0,2}[-–—])\s{0,3}\Z",
    regex.IGNORECASE,
)
_PERIOD_TAIL = regex.compile(r"\s{0,3}(?:[-–—]|bis|to|au|al|until)\s{0,3}", regex.IGNORECASE)


def is_labelled_published(text: str, found: FoundDate) -> bool:
    """Whether the date follows a publication label ("Posted on", "Veröffentlicht am")."""
    return _PUBLISHED_LABEL.search(text[max(0, found.start - _CUE_REACH) : found.start]) is not None


def names_a_period(text: str, found: FoundDate) -> bool:
    """Whether the date starts or ends a period ("bis 31.12.2024", "1 May 2024 - 3 May 2024").

    >>> names_a_period("Antrag bis 31.12.2024", find_date("Antrag bis 31.12.2024"))
    True
    """
    before = text[max(0, found.start - _CUE_REACH) : found.start]
    if _PERIOD_LEAD.search(before):
        return True
    link = _PERIOD_TAIL.match(text, found.end)
    if link is None or link.end() == found.end:
        return False
    second = find_date(text[link.end() : link.end() + 40])
    return second is not None and second.start == 0 and not _CLOCK.match(text, link.end())


_EMBED_SIGNATURE = regex.compile(
    r"(?:\A[\s>*]{0,4}[—–―]|shared\sby|geteilt\svon|compartida\spor|compartilhada\spor|"
    r"partagée\spar|condiviso\sda)[^()\n]{0,100}"
    r"\(@[\w.]{1,30}\)[\s:,.]{0,3}(?:\p{L}{1,3}[\s:,.]{1,3})?\Z",
    regex.IGNORECASE,
)
"""The signature of a quoted post: a dash or "shared by", a name, a handle in brackets."""
_EMBED_REACH = 150


def signs_an_embedded_post(text: str, found: FoundDate) -> bool:
    """Whether the date signs a quoted social media post ("— Ann Lee (@annlee) May 4, 2024").

    >>> text = "A post shared by Ann Lee (@ann.lee) on May 4, 2024 at 9:24am PDT"
    >>> signs_an_embedded_post(text, find_date(text))
    True
    """
    before = text[max(0, found.start - _EMBED_REACH) : found.start]
    return _EMBED_SIGNATURE.search(before) is not None
