"""find_date: datelines in many shapes and languages, and the time zone."""

from __future__ import annotations

from datetime import timedelta

import pytest

import newsclean
from newsclean import find_date
from newsclean.dates import (
    find_stamp,
    is_labelled_published,
    names_a_period,
    signs_an_embedded_post,
)

CASES = [
    # (id, dateline, ISO result, text that must be covered by the found span)
    (
        "en-release-time",
        "Release time:Apr 16, 2024 21:12 PM",
        "2024-04-16T21:12:00",
        "Apr 16, 2024 21:12 PM",
    ),
    (
        "en-published-edt",
        "Published 3:15 PM EDT, Sun October 6, 2024",
        "2024-10-06T15:15:00-04:00",
        "3:15 PM EDT, Sun October 6, 2024",
    ),
    (
        "en-updated-est",
        "Updated 6:10 AM EST, Fri January 10, 2025",
        "2025-01-10T06:10:00-05:00",
        "6:10 AM EST, Fri January 10, 2025",
    ),
    (
        "en-at-am-edt",
        "April 16, 2024 at 9:05 a.m. EDT",
        "2024-04-16T09:05:00-04:00",
        "April 16, 2024 at 9:05 a.m. EDT",
    ),
    ("en-12-am", "Mar 4, 2025 12:30 AM", "2025-03-04T00:30:00", "Mar 4, 2025 12:30 AM"),
    ("en-12-pm", "Mar 4, 2025 12:30 PM", "2025-03-04T12:30:00", "Mar 4, 2025 12:30 PM"),
    (
        "en-gb-bst",
        "Tue 16 Jul 2024 14.32 BST",
        "2024-07-16T14:32:00+01:00",
        "16 Jul 2024 14.32 BST",
    ),
    (
        "en-rfc2822",
        "Mon, 15 Jan 2024 08:00:00 +0100",
        "2024-01-15T08:00:00+01:00",
        "15 Jan 2024 08:00:00 +0100",
    ),
    ("de-uhr", "12.03.2024, 14:05 Uhr", "2024-03-12T14:05:00", "12.03.2024, 14:05 Uhr"),
    (
        "de-um-uhr-mez",
        "12.03.2024 um 14:05 Uhr MEZ",
        "2024-03-12T14:05:00+01:00",
        "12.03.2024 um 14:05 Uhr MEZ",
    ),
    ("de-month-name", "16. April 2024", "2024-04-16T00:00:00", "16. April 2024"),
    ("de-maerz", "Veröffentlicht am 3. März 2025", "2025-03-03T00:00:00", "3. März 2025"),
    ("fr-avril", "16 avril 2024", "2024-04-16T00:00:00", "16 avril 2024"),
    (
        "fr-avril-10h30",
        "Publié le 16 avril 2024 à 10h30",
        "2024-04-16T10:30:00",
        "16 avril 2024 à 10h30",
    ),
    ("fr-1er-mai", "1er mai 2024", "2024-05-01T00:00:00", "1er mai 2024"),
    ("es-de-abril", "16 de abril de 2024", "2024-04-16T00:00:00", "16 de abril de 2024"),
    (
        "es-de-abril-time",
        "16 de abril de 2024, 10:30",
        "2024-04-16T10:30:00",
        "16 de abril de 2024, 10:30",
    ),
    ("zh-nian-yue-ri", "2024年4月16日 21:12", "2024-04-16T21:12:00", "2024年4月16日 21:12"),
    (
        "zh-source-line",
        "发布时间：2024年4月16日 21:12 来源：本报",
        "2024-04-16T21:12:00",
        "2024年4月16日 21:12",
    ),
    (
        "iso-offset",
        "2024-04-16T21:12:00+08:00",
        "2024-04-16T21:12:00+08:00",
        "2024-04-16T21:12:00+08:00",
    ),
    ("iso-z", "2024-04-16T21:12:00Z", "2024-04-16T21:12:00+00:00", "2024-04-16T21:12:00Z"),
    (
        "iso-date-utc",
        "Posted 2024-04-16 21:12 UTC",
        "2024-04-16T21:12:00+00:00",
        "2024-04-16 21:12 UTC",
    ),
    ("ru-aprelya", "16 апреля 2024", "2024-04-16T00:00:00", "16 апреля 2024"),
    ("ru-aprelya-time", "16 апреля 2024, 09:15", "2024-04-16T09:15:00", "16 апреля 2024, 09:15"),
    ("day-first-slashes", "16/04/2024", "2024-04-16T00:00:00", "16/04/2024"),
    ("month-first-when-only-valid", "04/16/2024", "2024-04-16T00:00:00", "04/16/2024"),
    ("month-first-day-over-19", "Posted 12/30/2023", "2023-12-30T00:00:00", "12/30/2023"),
    ("month-first-dotted", "01.21.2020 07:00", "2020-01-21T07:00:00", "01.21.2020 07:00"),
    ("de-spaced-dots", "Geschrieben am 18. 05. 2014", "2014-05-18T00:00:00", "18. 05. 2014"),
    (
        "de-two-digit-year",
        "Erstellt am 09.04.23 um 08:35",
        "2023-04-09T08:35:00",
        "09.04.23 um 08:35",
    ),
    (
        "de-two-dates-glued",
        "Veröffentlicht am 19. Mai 202421. Mai 2024 von Redaktion",
        "2024-05-19T00:00:00",
        "19. Mai 2024",
    ),
    ("slashes-two-dates-glued", "15/01/202514/02/2025", "2025-01-15T00:00:00", "15/01/2025"),
    (
        "fr-two-dates-glued",
        "20 janvier 202022 janvier 2020",
        "2020-01-20T00:00:00",
        "20 janvier 2020",
    ),
    ("us-slashes-12-hour-clock", "03/04/25 5:19 pm", "2025-03-04T17:19:00", "03/04/25 5:19 pm"),
    (
        "day-first-slashes-24-hour-clock",
        "03/04/2025, 17:19",
        "2025-04-03T17:19:00",
        "03/04/2025, 17:19",
    ),
    (
        "de-clock-glued-to-a-two-digit-year",
        "Sport28.09.2412:44 Uhr",
        "2024-09-28T12:44:00",
        "28.09.2412:44",
    ),
    (
        "de-clock-glued-to-a-two-digit-year-like-a-year",
        "Kommentar von anna28.09.1912:44",
        "2019-09-28T12:44:00",
        "28.09.1912:44",
    ),
    (
        "de-one-digit-day-two-digit-year-with-clock",
        "3.5.24 09:41 von Ana Ruiz",
        "2024-05-03T09:41:00",
        "3.5.24 09:41",
    ),
    (
        "es-clock-in-hours-hs",
        "jueves, 9 de mayo de 2024 07:15 hs Ana Ruiz",
        "2024-05-09T07:15:00",
        "9 de mayo de 2024 07:15 hs",
    ),
    (
        "de-clock-before-a-word-starting-with-h",
        "9. Mai 2024 07:15 heute aktualisiert",
        "2024-05-09T07:15:00",
        "9. Mai 2024 07:15",
    ),
    (
        "es-clock-glued-to-the-year",
        "3 de mayo de 202421:25 Diario",
        "2024-05-03T21:25:00",
        "3 de mayo de 202421:25",
    ),
]


@pytest.mark.parametrize(
    ("text", "iso", "covered"),
    [pytest.param(text, iso, covered, id=label) for label, text, iso, covered in CASES],
)
def test_find_date(text: str, iso: str, covered: str) -> None:
    found = find_date(text)
    assert found is not None
    assert found.value.isoformat() == iso
    assert text[found.start : found.end] == covered


def test_published_edt_is_timezone_aware() -> None:
    found = find_date("Published 3:15 PM EDT, Sun October 6, 2024")
    assert found is not None
    assert found.value.tzinfo is not None
    assert found.value.utcoffset() == timedelta(hours=-4)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Release time:Apr 16, 2024 21:12 PM", id="no-zone-en"),
        pytest.param("12.03.2024, 14:05 Uhr", id="no-zone-de"),
        pytest.param("2024年4月16日 21:12", id="no-zone-zh"),
        pytest.param("21:12 CST, April 16, 2024", id="ambiguous-cst"),
    ],
)
def test_without_a_zone_the_datetime_is_naive(text: str) -> None:
    found = find_date(text)
    assert found is not None
    assert found.value.tzinfo is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("no date here", id="words"),
        pytest.param("May 2024", id="no-day"),
        pytest.param("31 February 2024", id="impossible-day"),
        pytest.param("2024-13-45", id="impossible-month"),
        pytest.param("Call 0800 123 4567 today", id="phone-number"),
        pytest.param("Score: 3:1 after 90 minutes", id="score"),
        pytest.param("Version 1.2.3 released", id="version"),
        pytest.param("Version 1.11.23 released", id="version-like-a-short-date"),
        pytest.param("Version 10.11.12.5 released", id="four-part-version"),
        pytest.param("Ticket 12/34/56", id="not-a-day-and-month"),
        pytest.param("On March 4, 20251234 people came", id="year-runs-into-a-number"),
    ],
)
def test_no_date(text: str) -> None:
    assert find_date(text) is None


@pytest.mark.parametrize(
    ("dateline", "iso"),
    [
        pytest.param(text, iso, id=label)
        for label, text, iso, _ in CASES[:3]
        + CASES[8:9]
        + CASES[12:13]
        + CASES[15:16]
        + CASES[17:18]
        + CASES[22:23]
    ],
)
def test_dateline_on_a_page_becomes_published(dateline: str, iso: str) -> None:
    page = (
        "Harbour wall repaired after the storm | Weather\n\n"
        f"{dateline}\n\n"
        "Workers finished repairing the harbour wall on Friday, two weeks after the storm "
        "broke it in three places and flooded the fish market.\n"
    )
    article = newsclean.clean(page)
    assert article.dateline == dateline
    assert article.published is not None
    assert article.published.isoformat() == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        pytest.param("Stadtrat tagt bis spät Politik12.03.2024", "2024-03-12", id="glued-de"),
        pytest.param("March 4, 2025Council approves the budget", "2025-03-04", id="opens-line"),
        pytest.param("Von Anna Berg // 3. März 2025 (Foto: privat)", "2025-03-03", id="separator"),
        pytest.param("Publié le 16 avril 2024 par la rédaction", "2024-04-16", id="cue-fr"),
        pytest.param(
            "Texto y fotos: Ana Ruiz viernes, 6 de mayo de 2022", "2022-05-06", id="end-es"
        ),
        pytest.param(
            "By Ann Lee Thursday, May 9, 2024 7:35AM Share", "2024-05-09", id="weekday-en"
        ),
        pytest.param("Erstellt am 12.03.24 um 08:35", "2024-03-12", id="clock-de"),
        pytest.param(
            "»Quiz« im Test 28. Juni 202414. Januar 2025 | Klaus Berg",
            "2024-06-28",
            id="published-and-updated-glued-de",
        ),
        pytest.param("Our new app 3 March 20255 March 2025 · Ann Lee", "2025-03-03", id="glued-en"),
    ],
)
def test_find_stamp(text: str, iso: str) -> None:
    found = find_stamp(text)
    assert found is not None
    assert found.value.date().isoformat() == iso


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The bridge opened on 4 May 2024 after two years of works.", id="sentence-en"),
        pytest.param("Anträge können bis zum 28. Februar 2022 gestellt werden.", id="deadline-de"),
        pytest.param("Das Zentrum wurde am 18. Oktober 2021 am Berg eröffnet", id="event-de"),
        pytest.param("Smith J. Nature, vol. 3, 15. Januar 2021, doi 10.1/x", id="citation"),
        pytest.param("El 6 de mayo de 2022 se celebró la final en Madrid", id="sentence-es"),
    ],
)
def test_no_stamp_in_a_sentence(text: str) -> None:
    assert find_stamp(text) is None


def test_stamp_glued_to_the_headline_becomes_published() -> None:
    page = (
        "Harbour wall repaired after the storm Weather12.03.2024, 14:05 | Local\n\n"
        "Workers finished repairing the harbour wall on Friday, two weeks after the storm "
        "broke it in three places and flooded the fish market.\n\n"
        "The council said the repairs cost less than expected and were finished early.\n"
    )
    article = newsclean.clean(page)
    assert article.published is not None
    assert article.published.isoformat() == "2024-03-12T14:05:00"


def test_a_list_of_dated_posts_gives_no_stamp() -> None:
    page = (
        "Neue Brücke über den Fluss eröffnet\n\n"
        "* [ 3. März 2025 ] Stadtrat beschließt den Haushalt für das nächste Jahr Politik\n"
        "* [ 1. März 2025 ] Neues Schwimmbad öffnet im Sommer seine Türen Freizeit\n"
        "* [ 27. Februar 2025 ] Bauarbeiten an der Hauptstraße dauern länger Verkehr\n\n"
        "Die neue Brücke über den Fluss ist am Freitag für den Verkehr freigegeben worden, "
        "nach zwei Jahren Bauzeit und mehreren Verzögerungen wegen des Hochwassers.\n\n"
        "Der Bürgermeister sprach von einem wichtigen Tag für die ganze Region am Fluss.\n"
    )
    assert newsclean.clean(page).published is None


_LONG_BODY = (
    "The new footbridge across the river opened to walkers and cyclists on Friday after "
    "two years of works and several delays caused by the spring floods.\n\n"
    "The mayor said the bridge would shorten the way to school for hundreds of children "
    "living on the eastern bank, and thanked the builders for their patience.\n\n"
    "Traffic on the old road bridge is expected to ease once the cycle lanes are linked.\n\n"
)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "Footbridge opens to walkers\n\n"
            + _LONG_BODY
            + "Share this story\n\nUpdated on 14 March 2024. Permalink: "
            "https://example.org/news/2024/footbridge-opens.html\n",
            "2024-03-14",
            id="footer-en",
        ),
        pytest.param(
            "Neue Fußgängerbrücke eröffnet\n\nStartseite\n\nNachrichten\n\nRegion\n\n"
            "Sport\n\nKultur\n\nLokales\n\n"
            "01.02.2024 „Die neue Brücke ist ein großer Gewinn für die Stadt“, sagte der "
            "Bürgermeister am Freitag, als er die Brücke nach zwei Jahren Bauzeit für "
            "Fußgänger und Radfahrer freigab. Die Arbeiten hatten sich wegen des Hochwassers "
            "im Frühjahr mehrfach verzögert.\n",
            "2024-02-01",
            id="glued-to-the-lede-de",
        ),
    ],
)
def test_a_stamp_far_from_the_headline_is_the_last_resort(page: str, expected: str) -> None:
    published = newsclean.clean(page).published
    assert published is not None
    assert published.date().isoformat() == expected


def test_the_last_resort_skips_a_list_of_dated_posts() -> None:
    page = (
        "Footbridge opens to walkers\n\n" + _LONG_BODY + "More from the region\n\n"
        "* 3 March 2024 | Council approves next year's budget\n"
        "* 1 March 2024 | New swimming pool opens in summer\n"
        "* 27 February 2024 | Works on the high street take longer\n"
    )
    assert newsclean.clean(page).published is None


def test_a_label_under_the_headline_outranks_the_date_in_the_site_header() -> None:
    page = (
        "Mittwoch, 8. Mai 2024 09:51\n\nNeue Fußgängerbrücke eröffnet\n\n"
        "Die neue Brücke über den Fluss ist am Freitag für Fußgänger und Radfahrer "
        "freigegeben worden, nach zwei Jahren Bauzeit und mehreren Verzögerungen.\n\n"
        "Der Bürgermeister sprach von einem wichtigen Tag für die ganze Region am Fluss.\n\n"
        "Veröffentlicht am 26. April 2024\n\n"
        "Die Bauarbeiter wurden für ihre Geduld während des langen Winters gelobt.\n\n"
        "Der Verkehr auf der alten Straßenbrücke soll bald deutlich abnehmen.\n"
    )
    published = newsclean.clean(page).published
    assert published is not None
    assert published.date().isoformat() == "2024-04-26"


@pytest.mark.parametrize(
    ("text", "embedded"),
    [
        pytest.param("— Ann Lee (@annlee) May 4, 2024", True, id="tweet-en"),
        pytest.param(
            "Ein Beitrag geteilt von Anna Berg (@anna.berg) am Mai 4, 2024 um 4:47 PDT",
            True,
            id="instagram-de",
        ),
        pytest.param("Publicado por Ana Ruiz (@anaruiz) el 4 de mayo de 2024", False, id="name-es"),
        pytest.param("Posted on 4 May 2024 by Ann Lee", False, id="stamp"),
    ],
)
def test_signs_an_embedded_post(text: str, embedded: bool) -> None:
    found = find_date(text)
    assert found is not None
    assert signs_an_embedded_post(text, found) is embedded


def test_an_embedded_post_does_not_date_the_page() -> None:
    page = (
        "Footbridge opens to walkers\n\n"
        "Finally open! Walked across with the kids this morning.\n\n"
        "— Ann Lee (@annlee) May 4, 2024\n\n" + _LONG_BODY + "Share this story\n\n"
        "Published 6 May 2024\n"
    )
    published = newsclean.clean(page).published
    assert published is not None
    assert published.date().isoformat() == "2024-05-06"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        pytest.param("Förderprogramm (bis 31.12.2024)", True, id="deadline-de"),
        pytest.param("Offen hasta el 5 de mayo de 2024", True, id="deadline-es"),
        pytest.param("Archived 09 Jan 2024 - 01 Jan 2025", True, id="range-en"),
        pytest.param("Wochenbericht 14. - 20. Januar 2024", True, id="day-range-de"),
        pytest.param("Politik - 12.03.2024", False, id="separator-before"),
        pytest.param("12.03.2024 - 14:05 Uhr", False, id="time-after-dash"),
        pytest.param("Published 4 May 2024", False, id="stamp"),
    ],
)
def test_names_a_period(text: str, period: bool) -> None:
    found = find_date(text)
    assert found is not None
    assert names_a_period(text, found) is period


@pytest.mark.parametrize(
    ("text", "labelled"),
    [
        pytest.param("Posted on 4 May 2024 by Ann", True, id="en"),
        pytest.param("Veröffentlicht am: 4. Mai 2024", True, id="de"),
        pytest.param("Publié le 4 mai 2024", True, id="fr"),
        pytest.param("Updated 4 May 2024", False, id="updated"),
        pytest.param("4 May 2024", False, id="bare"),
    ],
)
def test_is_labelled_published(text: str, labelled: bool) -> None:
    found = find_date(text)
    assert found is not None
    assert is_labelled_published(text, found) is labelled


_BODY = (
    "Workers finished repairing the harbour wall on Friday, two weeks after the storm "
    "broke it in three places and flooded the fish market.\n\n"
    "The council said the repairs cost less than expected and were finished early.\n"
)


def test_a_deadline_is_not_the_publication_date() -> None:
    page = f"Harbour wall repaired after the storm\n\nGrants open (until 31.12.2025)\n\n{_BODY}"
    assert newsclean.clean(page).published is None


def test_a_labelled_date_before_the_text_outranks_a_bare_one() -> None:
    page = (
        "Posted on 3 March 2025 by Ann Lee\n\n"
        "Harbour wall repaired after the storm\n\n"
        "Last reply: 9 March 2025\n\n"
        f"{_BODY}"
    )
    article = newsclean.clean(page)
    assert article.published is not None
    assert article.published.date().isoformat() == "2025-03-03"
