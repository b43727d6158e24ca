"""Glued boundaries: sentence ends (``world.The``) and glued elements in trails."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import DEFAULT_OPTIONS, Draft, LineKind
from newsclean.glue import (
    find_glued_bylines,
    find_glued_dated_names,
    find_glued_headline,
    find_glued_joins,
    find_glued_read_more,
    find_glued_sentences,
    find_glued_tail,
    repair_glue,
)

BODY = (
    "City council backs new tram line | Transport\n\n"
    "The city council voted on Tuesday to build a new tram line linking the northern "
    "suburbs with the main railway station, ending a decade of debate about the route.\n\n"
    "Construction is due to start next spring and will take about three years, the "
    "transport department said, with the first trams expected to run in 2029.\n\n"
)


# --- glued sentences --------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("around the world.The concept", "around the world. The concept", id="period"),
        pytest.param("Is it over?Nobody knows.", "Is it over? Nobody knows.", id="question"),
        pytest.param("It is over!Officials said.", "It is over! Officials said.", id="exclamation"),
        pytest.param("she said.”The mayor", "she said.” The mayor", id="closing-quote"),
        pytest.param("in 2024.Police said", "in 2024. Police said", id="after-a-year"),
        pytest.param("one.Two.Three words here.", "one. Two. Three words here.", id="twice"),
    ],
)
def test_glued_sentence_gets_a_space(line: str, expected: str) -> None:
    offsets = find_glued_sentences(line)
    assert len(offsets) == expected.count(" ") - line.count(" ")
    article = newsclean.clean(line)
    assert article.source == expected
    repairs = [r for r in article.repairs if r.kind == "glued_sentence"]
    assert len(repairs) == len(offsets)
    for repair in repairs:
        assert (repair.before, repair.after) == ("", " ")
        assert article.source[repair.span.start : repair.span.end] == " "


def test_glued_sentence_repair_points_into_the_source() -> None:
    article = newsclean.clean("Storm | Weather\n\nIt rained around the world.The concept spread.\n")
    (repair,) = article.repairs
    assert repair.kind == "glued_sentence"
    assert article.source[repair.span.start - 6 : repair.span.end + 3] == "world. The"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("The U.S.Army base and the U.S. Navy", id="U.S."),
        pytest.param("Cities, e.g.Paris, and i.e.Rome", id="e.g."),
        pytest.param("Prices rose 3.5 percent", id="3.5"),
        pytest.param("He is ranked No.1 in the world", id="No.1"),
        pytest.param("Mr.Smith and Dr.Jones", id="titles"),
        pytest.param("see https://example.org/News.Today for more", id="url"),
        pytest.param("visit www.example.Com or news.example.com today", id="domain"),
        pytest.param("write to desk@example.News.com", id="email"),
        pytest.param("version 2.0.The", id="version-number"),
        pytest.param("file report.PDF attached", id="extension-upper"),
    ],
)
def test_not_a_glued_sentence(line: str) -> None:
    assert find_glued_sentences(line) == []
    assert newsclean.clean(line).source == line


# --- glued elements -----------------------------------------------------------------

TRAIL = (
    "Deputies gather for the annual session of the provincial assembly | Situation | "
    "ShanghaiStrictly abide by the new rules on household waste sorting | Politics | "
    "Party GroupCan the river ports of the delta be connected by 2030 | Economy | Ports"
)


def test_trail_joins_are_found() -> None:
    assert [TRAIL[i - 13 : i + 3] for i in find_glued_joins(TRAIL)] == [
        "on | ShanghaiStr",
        "| Party GroupCan",
    ]


def test_glued_trail_gives_separate_teasers() -> None:
    article = newsclean.clean(BODY + TRAIL)
    assert [(t.title, t.tags, t.snippet) for t in article.teasers] == [
        (
            "Deputies gather for the annual session of the provincial assembly",
            ("Situation", "Shanghai"),
            None,
        ),
        (
            "Strictly abide by the new rules on household waste sorting",
            ("Politics", "Party Group"),
            None,
        ),
        ("Can the river ports of the delta be connected by 2030", ("Economy", "Ports"), None),
    ]
    assert [r.kind for r in article.repairs] == ["glued_elements", "glued_elements"]
    assert all(article.source[r.span.start : r.span.end] == "\n" for r in article.repairs)
    assert "Shanghai" not in article.text
    assert article.title == "City council backs new tram line"


def test_glued_menu_is_split_into_segments() -> None:
    draft = repair_glue(
        Draft.from_text("HomeAbout MeContact MeRaising BoysParenting"), DEFAULT_OPTIONS
    )
    assert draft.source.split("\n") == [
        "Home",
        "About Me",
        "Contact Me",
        "Raising Boys",
        "Parenting",
    ]
    assert {r.kind for r in draft.repairs} == {"glued_elements"}


def test_two_joins_without_a_separator_are_left_alone() -> None:
    line = "HomeNews and moreSport today"
    assert len(find_glued_joins(line)) == 2
    assert newsclean.clean(line).source == line


def test_glue_repair_is_idempotent() -> None:
    once = repair_glue(Draft.from_text(BODY + TRAIL + "\nIt ended.The end.\n"), DEFAULT_OPTIONS)
    twice = repair_glue(Draft.from_text(once.source), DEFAULT_OPTIONS)
    assert twice.source == once.source
    assert twice.repairs == ()


# --- camel-case names are never split --------------------------------------------------

NAMES = ["iPhone", "McDonald", "YouTube", "PhD", "LinkedIn"]


@pytest.mark.parametrize("name", NAMES)
def test_camel_case_name_in_a_trail_is_not_split(name: str) -> None:
    line = f"Phone makers report a record quarter | Tech | {name} news of the week | Business"
    assert find_glued_joins(line) == []
    article = newsclean.clean(BODY + line)
    assert name in article.source.split("\n")[-1]


@pytest.mark.parametrize("name", NAMES)
def test_camel_case_name_in_a_sentence_is_not_split(name: str) -> None:
    line = f"The new {name} store opened on Monday.The {name}s of this world were there."
    article = newsclean.clean(line)
    assert article.source == line.replace(".The", ". The")


@pytest.mark.parametrize("name", NAMES)
def test_camel_case_name_glued_to_the_previous_element_stays_whole(name: str) -> None:
    # Bug: the join before the name is found, and then one inside it as well:
    # "GadgetsiPhone" -> "Gadgetsi|Phone", "MarketsMcDonald" -> "Markets|Mc|Donald",
    # "LocalYouTube" -> "Local|You|Tube" (PhD and LinkedIn come out right).
    line = (
        f"Phone makers report a record quarter | Tech | Gadgets{name} sales slow in spring "
        "| Business | Markets"
    )
    article = newsclean.clean(BODY + line)
    segments = article.source.split("\n")[-2:]
    assert segments == [
        "Phone makers report a record quarter | Tech | Gadgets",
        f"{name} sales slow in spring | Business | Markets",
    ]
    assert [t.title for t in article.teasers][-1] == f"{name} sales slow in spring"


def test_trail_teaser_lines_are_labelled_teasers() -> None:
    article = newsclean.clean(BODY + TRAIL)
    trail_lines = [ln for ln in article.lines if "|" in ln.text][1:]
    assert len(trail_lines) == 3
    assert {ln.kind for ln in trail_lines} == {LineKind.TEASER}


# --- bylines glued inside a line ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        pytest.param(
            "Tram line approvedByDana Reyes Tuesday, March 5, 2024 9:10AMWatch the video",
            "ByDana Reyes Tuesday, March 5, 2024 9:10AM",
            id="en-weekday-time",
        ),
        pytest.param(
            "'Work starts in spring'By Omar Haddad - May 4, 2024ShareFacebook",
            "By Omar Haddad - May 4, 2024",
            id="en-after-quote",
        ),
        pytest.param(
            "Was sich jetzt ändert, erklärt eine FAQ.von Jonas Perlhuber und Mia Kranz",
            "von Jonas Perlhuber und Mia Kranz",
            id="de-after-sentence",
        ),
        pytest.param(
            "11 de mayo de 2024 - 3:40 a.m.Por Inés Robles",
            "Por Inés Robles",
            id="es-after-time",
        ),
        pytest.param(
            "11 de mayo de 2024 - 3:40 a.m.Por Inés RoblesFacebookTwitterEmail",
            "Por Inés Robles",
            id="es-name-glued-to-share-links",
        ),
        pytest.param(
            "la sala cierra en junio.Por Inés Robles Vega@inesroblesv · Política",
            "Por Inés Robles Vega",
            id="es-name-glued-to-a-handle",
        ),
        pytest.param(
            "Die Stadt plant neu.Von Jonas Weidner@jonas.weidner@example.de Teilen",
            "Von Jonas Weidner",
            id="de-name-glued-to-an-email",
        ),
        pytest.param(
            "Home Fashion GuidesStore Finder By Julia Marten",
            "By Julia Marten",
            id="en-spaced-names-close-the-line",
        ),
        pytest.param(
            "Accueil Guides Recettes Par Claire Dubois et Marc Vidal",
            "Par Claire Dubois et Marc Vidal",
            id="fr-spaced-names-close-the-line",
        ),
        pytest.param(
            "'The ruling changes everything' By Mara Quint, March 5, 2024 2:30 pm More",
            "By Mara Quint, March 5, 2024 2:30 pm",
            id="en-spaced-with-date",
        ),
        pytest.param(
            "Neue Pisten und längere Öffnungszeiten Von Jonas Weidner 12. März 2024 Teilen",
            "Von Jonas Weidner 12. März 2024",
            id="de-spaced-with-date",
        ),
        pytest.param(
            "Two cameras, one film roll Posted 14 June 2024  by  Lena van Dijk    "
            "Photos Lena: Utrecht",
            "by  Lena van Dijk",
            id="en-lowercase-after-date",
        ),
        pytest.param(
            "Die Mieten steigen weiter. Aktualisiert am 3. Mai 2024 14:20 von Paul Renner "
            "Profil von Paul Renner Facebook",
            "von Paul Renner Profil von Paul Renner",
            id="de-lowercase-after-date-and-time",
        ),
        pytest.param(
            "Los vecinos piden más autobuses. Publicado el 9 de julio de 2024 por Marta Quiroga · "
            "Política",
            "por Marta Quiroga",
            id="es-lowercase-after-date",
        ),
        pytest.param(
            "Ein Rundgang durch die Altstadt von Passau. Text von Lena Graf",
            "Text von Lena Graf",
            id="de-label-after-a-sentence",
        ),
        pytest.param(
            "Eine neue Studie zu Werbebannern.Autor Mark Polder:",
            "Autor Mark Polder",
            id="de-label-glued-to-a-sentence",
        ),
        pytest.param(
            "Jetzt anmelden! Text: Karin Wolf / werkstattblatt.de Zurück zur Übersicht",
            "Text: Karin Wolf",
            id="de-label-before-a-separator",
        ),
        pytest.param(
            "Posted: Monday, May 6, 2024. By Dana Reyes: The ferry will sail twice a day again.",
            "By Dana Reyes:",
            id="en-names-then-a-colon-and-the-text",
        ),
        pytest.param(
            "Publicado el 9 de julio de 2024. Por Marta Quiroga: Los vecinos piden más autobuses.",
            "Por Marta Quiroga:",
            id="es-names-then-a-colon-and-the-text",
        ),
        pytest.param(
            "Photo: river-stock.comAuthor: Tom Hale",
            "Author: Tom Hale",
            id="en-label-glued-to-a-word",
        ),
    ],
)
def test_glued_byline_is_found(line: str, byline: str) -> None:
    offsets = find_glued_bylines(line)
    assert line[offsets[0] : offsets[1] if len(offsets) > 1 else len(line)].rstrip() == byline


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("A StandBy mode for the trams", id="no-name-after"),
        pytest.param("The BabyBy the river stayed", id="by-opens-a-sentence"),
        pytest.param("Built by Dana Reyes in 2024", id="spaced-prose"),
        pytest.param(
            "The plan was drawn up in May. By Dana Reyes and her team, it seems.",
            id="spaced-by-without-a-date",
        ),
        pytest.param(
            "The bill was signed on March 3, 2024 by Dana Reyes and two other mayors.",
            id="by-after-a-date-in-prose",
        ),
        pytest.param(
            "Am 3. Mai 2024 von Paul Renner, dem Bürgermeister, eröffnet.",
            id="von-after-a-date-in-prose",
        ),
        pytest.param("Posted 3 May 2024 by Anna Berg and Tom Fox", id="whole-line-is-a-byline"),
        pytest.param("The band closed the night with Stand By Me", id="by-a-word-closes-a-line"),
        pytest.param("Nothing ever happens By Design", id="by-a-noun-closes-a-line"),
        pytest.param(
            "The rules change in May. By Law: Every owner must register the boat.",
            id="by-a-noun-then-a-colon",
        ),
        pytest.param(
            "He said so. Author Jane Doe wrote the book in a month.", id="label-word-in-prose"
        ),
    ],
)
def test_no_glued_byline(line: str) -> None:
    assert find_glued_bylines(line) == []


def test_glued_byline_gives_the_author() -> None:
    page = (
        "City council backs new tram line | Transport\n\n"
        "'A new tram line at last'By Dana Reyes - March 5, 2024The city council voted "
        "on Tuesday to build a new tram line linking the northern suburbs with the main "
        "railway station, ending a decade of debate about the route.\n\n" + BODY.split("\n\n", 1)[1]
    )
    assert [a.name for a in newsclean.clean(page).authors] == ["Dana Reyes"]


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        pytest.param(
            "Harbour Crane Collapses During Storm Night ShiftA crane at the north quay fell "
            "into the water on Sunday, and nobody was hurt.",
            "Harbour Crane Collapses During Storm Night Shift",
            id="en-single-letter-word",
        ),
        pytest.param(
            "  * Council Approves Budget For 2,500The council approved the money for the "
            "new school buses on Monday evening.",
            "Council Approves Budget For 2,500",
            id="en-number-indented-item",
        ),
        pytest.param(
            "Bakery Wins The Regional Bread Prize For $5,000 And A TrophyIt is the third "
            "time the family bakery has won the prize, the jury said.",
            "Bakery Wins The Regional Bread Prize For $5,000 And A Trophy",
            id="en-money",
        ),
    ],
)
def test_glued_headline_before_its_snippet_is_found(line: str, headline: str) -> None:
    end = find_glued_headline(line)
    assert end is not None
    assert line[:end].strip(" *") == headline


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Since the AirPods first launched, users have asked for a smaller case.",
            id="brand-in-a-sentence",
        ),
        pytest.param(
            "Stadt Und Hafen Feiern Das NeueHafenfest Mit Musik Und Tanz Im Mai.",
            id="title-cased-after",
        ),
        pytest.param("Rail Strike Ends After Two WeeksTrains Run Again", id="no-sentence-after"),
        pytest.param(
            "The mayor opened the New Harbour MarketThe stalls were busy all day long.",
            id="not-title-cased",
        ),
        pytest.param("© 2024 Harbour Media GmbH. All rights reserved.", id="copyright"),
    ],
)
def test_no_glued_headline(line: str) -> None:
    assert find_glued_headline(line) is None


def test_glued_headline_and_snippet_become_two_lines() -> None:
    page = "Ferry Service Returns To The Island After Repairs"
    page += "The ferry will sail twice a day again from Monday, the operator said.\n"
    lines = [line.text for line in newsclean.clean(page).lines if line.kind is not LineKind.BLANK]
    assert lines[:2] == [
        "Ferry Service Returns To The Island After Repairs",
        "The ferry will sail twice a day again from Monday, the operator said.",
    ]


def test_spaced_byline_in_a_long_line_gives_the_author() -> None:
    page = (
        "Neue Pisten im Tal | Bergbote\n\n"
        "Neue Pisten im Tal Die Liftbetreiber bauen aus Von Jonas Weidner 12. März 2024 "
        "Die Liftbetreiber im Tal wollen im kommenden Winter drei neue Pisten eröffnen und "
        "die Öffnungszeiten bis in den späten Abend verlängern.\n\n"
        "Die Gemeinde hat den Plänen am Dienstag zugestimmt, nachdem die Umweltprüfung "
        "ohne Einwände abgeschlossen worden war.\n\n"
    )
    assert [a.name for a in newsclean.clean(page).authors] == ["Jonas Weidner"]


@pytest.mark.parametrize(
    ("line", "cue", "after"),
    [
        ("The vote is on Friday.Read moreSchools close early", "Read more", "Schools close early"),
        ("gebaut werden.Mehr zum Thema100 neue Busse", "Mehr zum Thema", "100 neue Busse"),
        ("bedeutet.  Das könnte dich auch interessieren: Umzug",
         "Das könnte dich auch interessieren:", " Umzug"),
        ("de la ciudad.Le puede interesar: Nuevo puente", "Le puede interesar:", " Nuevo puente"),
        ("rund ums Thema Zug  Siehe auch  Fahrplan 2025", "Siehe auch", "  Fahrplan 2025"),
    ],
)  # fmt: skip
def test_glued_read_more_cue_is_found(line: str, cue: str, after: str) -> None:
    start, end = find_glued_read_more(line)
    assert line[start:end] == cue
    assert line[end:] == after


@pytest.mark.parametrize(
    "line",
    [
        "Er sagte es. Mehr zum Thema Energie steht im Bericht.",
        "Siehe auch unten auf der Karte.",
        "We will read more books this year.Then we talk.",
        "Reaktion hinzufügen Auch interessant  Wie geht das",
    ],
)
def test_no_glued_read_more_cue(line: str) -> None:
    assert find_glued_read_more(line) == []


def test_teasers_glued_after_a_read_more_cue_leave_the_body() -> None:
    page = (
        "Neue Tramlinie für den Norden | Stadtbote\n\n"
        "Der Stadtrat hat am Dienstag beschlossen, eine neue Tramlinie vom Norden bis zum "
        "Hauptbahnhof zu bauen, nach zehn Jahren Streit über die Strecke.\n\n"
        "Die Bauarbeiten sollen im Frühjahr beginnen und drei Jahre dauern, sagte die "
        "Bürgermeisterin nach der Sitzung vor dem Rathaus.  Das könnte Sie auch interessieren: "
        "Busse fahren ab Mai elektrisch, und der Radweg am Fluss wird breiter – Stadtbote\n"
    )
    article = newsclean.clean(page)
    assert "vor dem Rathaus." in article.text
    assert "Radweg am Fluss" not in article.text


def test_byline_after_a_date_in_a_long_line_gives_the_author() -> None:
    page = (
        "Neue Pisten im Tal | Bergbote\n\n"
        "Neue Pisten im Tal\n\n"
        "Die Liftbetreiber bauen aus. Veröffentlicht am 12. März 2024 09:35 von Jonas Weidner "
        "Profil von Jonas Weidner Facebook\n\n"
        "Die Liftbetreiber im Tal wollen im kommenden Winter drei neue Pisten eröffnen und "
        "die Öffnungszeiten bis in den späten Abend verlängern.\n\n"
        "Die Gemeinde hat den Plänen am Dienstag zugestimmt, nachdem die Umweltprüfung "
        "ohne Einwände abgeschlossen worden war.\n\n"
    )
    assert [a.name for a in newsclean.clean(page).authors] == ["Jonas Weidner"]


def test_label_closing_a_long_line_gives_the_author() -> None:
    page = (
        "Neue Pisten im Tal | Bergbote\n\n"
        "Neue Pisten im Tal\n\n"
        "Die Liftbetreiber bauen im Tal aus. Text von Jonas Weidner\n\n"
        "Die Liftbetreiber im Tal wollen im kommenden Winter drei neue Pisten eröffnen und "
        "die Öffnungszeiten bis in den späten Abend verlängern.\n\n"
        "Die Gemeinde hat den Plänen am Dienstag zugestimmt, nachdem die Umweltprüfung "
        "ohne Einwände abgeschlossen worden war.\n\n"
    )
    assert [a.name for a in newsclean.clean(page).authors] == ["Jonas Weidner"]


# --- a label glued after a paragraph's last sentence --------------------------------


@pytest.mark.parametrize(
    ("line", "label"),
    [
        pytest.param(
            "Die Läuferin gewann das Finale in neuer Bestzeit von 53,86 Sekunden.Tags",
            "Tags",
            id="de-tags",
        ),
        pytest.param(
            "The council approved the budget for the coming year on Tuesday. Most Read",
            "Most Read",
            id="en-most-read",
        ),
        pytest.param(
            "La ministra presentó el plan de vivienda ante el Congreso.Temas Relacionados",
            "Temas Relacionados",
            id="es-related",
        ),
        pytest.param(
            "Die Ministerin will das Gesetz „noch vor dem Sommer“ vorlegen, sagte sie „ohne "
            "Abstriche“. Weitere Beiträge",
            "Weitere Beiträge",
            id="de-quote-before-the-stop",
        ),
        pytest.param(
            'The mayor called the new bridge "a promise kept". Most Read',
            "Most Read",
            id="en-quote-before-the-stop",
        ),
        pytest.param(
            "Głos w obronie fundacji zabrała również organizacja z Krakowa. [czytaj więcej]",
            "[czytaj więcej]",
            id="pl-read-more",
        ),
        pytest.param(
            "Der neue Radweg am Fluss soll im Frühjahr fertig werden, sagte die Stadt. "
            "© Stadtbote / Ana Ruiz",
            "© Stadtbote / Ana Ruiz",
            id="de-credit",
        ),
    ],
)
def test_label_glued_after_the_last_sentence_is_found(line: str, label: str) -> None:
    assert line[find_glued_tail(line) :] == label
    article = newsclean.clean(line)
    assert article.source.split("\n")[-1] == label


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        pytest.param(
            "Neue PistenJonas Weidner am 12. März 2024 um 09:35 Die Liftbetreiber bauen aus.",
            "Jonas Weidner am 12. März 2024 um 09:35",
            id="de-glued-to-headline",
        ),
        pytest.param(
            "The lifts stay closed.Mara Quint on May 3, 2024 at 9:15 am Owners count the losses.",
            "Mara Quint on May 3, 2024 at 9:15 am",
            id="en-after-sentence-end",
        ),
    ],
)
def test_name_before_a_date_and_time_is_split_out(line: str, byline: str) -> None:
    offsets = find_glued_dated_names(line)
    assert [line[a:b].strip() for a, b in [offsets]] == [byline]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Der Preis lag nach Angaben der Polizei bei ca. 100 Euro", id="number"),
        pytest.param(
            "So sähe die Tabelle der Liga nach dem 10. Spieltag ohne Fehlentscheidungen aus",
            id="ordinal",
        ),
        pytest.param(
            "Wie fährt sich der neue Roller mit dem Akku im Koffer? Wir haben ihn getestet",
            id="sentence-without-stop",
        ),
        pytest.param("The mayor opened the bridge on Monday. It was the first in years.", id="end"),
        pytest.param(
            "Die Läuferin jubelt nach dem Sieg im Ziel. © Stadtbote / Ana Ruiz", id="caption"
        ),
        pytest.param("Short one. Tags", id="short-line"),
        pytest.param(
            "Berichte, Videos und Gespräche von der Messe finden Sie auf messe.ARD.de",
            id="domain",
        ),
        pytest.param(
            "Wir sind dann mal weg (und dieser Titel muss auch weg! Oder?) | Tages", id="trail"
        ),
    ],
)
def test_no_glued_label(line: str) -> None:
    assert find_glued_tail(line) is None


def test_label_after_a_sentence_inside_a_glued_line_is_split() -> None:
    line = (
        "Die Läuferin gewann das Finale in neuer Bestzeit von 53,86 Sekunden.Tags"
        "LeichtathletikHallensaisonBerlin 2024"
    )
    draft = repair_glue(Draft.from_text(line), DEFAULT_OPTIONS)
    assert draft.source.split("\n") == [
        "Die Läuferin gewann das Finale in neuer Bestzeit von 53,86 Sekunden.",
        "Tags",
        "Leichtathletik",
        "Hallensaison",
        "Berlin 2024",
    ]


# --- more kinds of glued elements ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        pytest.param(
            "MOST READStoltenberg visits the harbour",
            ["MOST READ", "Stoltenberg visits the harbour"],
            id="capitals",
        ),
        pytest.param(
            "20.10.2021 - 10:24Neue Wache eröffnet",
            ["20.10.2021 - 10:24", "Neue Wache eröffnet"],
            id="time",
        ),
        pytest.param("Lizenz:Freeware", ["Lizenz:", "Freeware"], id="colon"),
        pytest.param(
            "Foto: Jan Berg / CC BY-SA 4.0Die Fähre fährt wieder",
            ["Foto: Jan Berg / CC BY-SA 4.0", "Die Fähre fährt wieder"],
            id="licence-version",
        ),
        pytest.param("Radio Costa 98.9Noticias", ["Radio Costa 98.9", "Noticias"], id="frequency"),
        pytest.param(
            "Share on Reddit (Opens in new window)Click to print",
            ["Share on Reddit (Opens in new window)", "Click to print"],
            id="bracket",
        ),
    ],
)
def test_more_kinds_of_joins_are_found(line: str, pieces: list[str]) -> None:
    (join,) = find_glued_joins(line)
    assert [line[:join], line[join:]] == pieces


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("PDFs, URLs and CEOs", id="plural-acronyms"),
        pytest.param("Am 12.03.2024 um 14:05Uhr", id="time-uhr"),
        pytest.param("Die Version 2.0 kommt im Mai, 10.5 Prozent mehr", id="spaced-version"),
        pytest.param("Die UNO tagt", id="acronym-word"),
    ],
)
def test_capitals_and_times_that_are_no_joins(line: str) -> None:
    assert find_glued_joins(line) == []


def test_headline_glued_to_its_breadcrumb_trail_is_split() -> None:
    line = "Home » Recipes » Baking » Olive Herb BreadOlive Herb Bread"
    draft = repair_glue(Draft.from_text(line), DEFAULT_OPTIONS)
    assert draft.source.split("\n") == [
        "Home » Recipes » Baking » Olive Herb Bread",
        "Olive Herb Bread",
    ]


def test_guillemets_in_a_sentence_are_no_breadcrumb_trail() -> None:
    line = "Le ministre a dit « non » à la réforme, selon la radio FranceInfo ce matin."
    assert len(find_glued_joins(line)) == 1
    assert repair_glue(Draft.from_text(line), DEFAULT_OPTIONS).source == line


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Das sagte Jonas Weidner am 12. März 2024 um 09:35 im Rat.", id="mid-sentence"
        ),
        pytest.param("Der Rat tagte. Jonas Weidner am 12. März 2024 im Rat.", id="no-time"),
        pytest.param("Der Rat tagte. Neue Pisten am 12. März 2024 um 09:35 offen.", id="no-name"),
    ],
)
def test_no_dated_name_in_prose(line: str) -> None:
    assert find_glued_dated_names(line) == []


def test_dated_name_glued_into_the_text_gives_the_author() -> None:
    page = (
        "Neue Pisten im Tal | Bergbote\n\n"
        "Neue Pisten im TalJonas Weidner am 12. März 2024 um 09:35 Die Liftbetreiber im Tal "
        "wollen im kommenden Winter drei neue Pisten eröffnen und die Öffnungszeiten bis in "
        "den späten Abend verlängern.\n\n"
        "Die Gemeinde hat den Plänen am Dienstag zugestimmt, nachdem die Umweltprüfung "
        "ohne Einwände abgeschlossen worden war.\n\n"
    )
    assert [a.name for a in newsclean.clean(page).authors] == ["Jonas Weidner"]


def test_split_takes_the_spaces_before_it() -> None:
    # "… über.” Related articles": the quote line must not keep the space, or it is no
    # longer read as a quote when its clean text is cleaned again.
    page = (
        "Brückenstreit im Rat\n"
        "“Wir bauen die Brücke erst im Sommer.” “Das Geld dafür fehlt noch.” Related articles\n"
        "Neue Radwege im Süden | Politik\n"
    )
    article = newsclean.clean(page)
    lines = [line.text for line in article.lines]
    assert "“Wir bauen die Brücke erst im Sommer.” “Das Geld dafür fehlt noch.”" in lines
    assert not any(text != text.rstrip() for text in lines)
    again = newsclean.clean(article.text)
    assert [(b.kind, b.text) for b in again.body] == [(b.kind, b.text) for b in article.body]
