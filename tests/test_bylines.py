"""parse_byline: who a byline credits, with roles; and what is not a byline."""

from __future__ import annotations

import time

import pytest

import newsclean
from newsclean import LineKind, parse_byline
from newsclean.bylines import (
    dateline_authors,
    labelled_name,
    listed_names,
    name_before_date,
    person_name,
    user_name,
)

BYLINES = [
    pytest.param(
        "Author: Helga Brun, Professor of Geography at Lakeside University; "
        "Piet Olsen, graduate student at the Coastal Institute",
        [
            ("Helga Brun", "Professor of Geography at Lakeside University"),
            ("Piet Olsen", "graduate student at the Coastal Institute"),
        ],
        id="author-colon-with-roles",
    ),
    pytest.param(
        "By Dana Whitlock and Oren Falk",
        [("Dana Whitlock", None), ("Oren Falk", None)],
        id="by-a-and-b",
    ),
    pytest.param(
        "By Dana Whitlock, Oren Falk and Lina Marsh",
        [("Dana Whitlock", None), ("Oren Falk", None), ("Lina Marsh", None)],
        id="by-a-b-and-c",
    ),
    pytest.param("By Dana Whitlock (Reuters)", [("Dana Whitlock", "Reuters")], id="by-with-agency"),
    pytest.param(
        "By Dana Whitlock | Updated 6:10 AM EST, Fri January 10, 2025",
        [("Dana Whitlock", None)],
        id="by-with-date-trailer",
    ),
    pytest.param(
        "Von Jana Roth und Felix Baum", [("Jana Roth", None), ("Felix Baum", None)], id="von"
    ),
    pytest.param(
        "Par Claire Dubois et Marc Petit", [("Claire Dubois", None), ("Marc Petit", None)], id="par"
    ),
    pytest.param(
        "Par Claire Dubois, correspondante à Lyon",
        [("Claire Dubois", "correspondante à Lyon")],
        id="par-with-role",
    ),
    pytest.param(
        "Por Lucía Ortega y Diego Sanz", [("Lucía Ortega", None), ("Diego Sanz", None)], id="por"
    ),
    pytest.param("作者：王小明", [("王小明", None)], id="zuozhe"),
    pytest.param("作者：王小明、李华", [("王小明", None), ("李华", None)], id="zuozhe-two"),
    pytest.param("Автор: Иван Петров", [("Иван Петров", None)], id="avtor"),
    pytest.param("Text: Jana Roth", [("Jana Roth", None)], id="text-colon"),
    pytest.param(
        "Reporting by Ann Lee; Editing by Tom Fox",
        [("Ann Lee", "Reporting"), ("Tom Fox", "Editing")],
        id="reporting-editing",
    ),
    pytest.param(
        "Reporting by Ann Lee and Sam Okoro; Editing by Tom Fox",
        [("Ann Lee", "Reporting"), ("Sam Okoro", "Reporting"), ("Tom Fox", "Editing")],
        id="two-reporters",
    ),
    pytest.param(
        "Additional reporting by Ann Lee in Paris; Editing by Tom Fox",
        [("Ann Lee", "Additional reporting"), ("Tom Fox", "Editing")],
        id="reporting-in-a-city",
    ),
    pytest.param("Photos by Ann Lee", [("Ann Lee", "Photos")], id="photos-by"),
    pytest.param(
        "12.03.2024 - Redaktion: Lena Vogt (Pressesprecherin)",
        [("Lena Vogt", "Pressesprecherin")],
        id="de-date-then-labelled-name",
    ),
    pytest.param(
        "By Dana Whitlockfacebooktwitterwhatsapp", [("Dana Whitlock", None)], id="en-share-links"
    ),
    pytest.param("Von Jana RothFacebookTwitter", [("Jana Roth", None)], id="de-share-links"),
    pytest.param(
        "May 4, 2024 | Author: Jane Doe", [("Jane Doe", None)], id="en-date-then-labelled-name"
    ),
    pytest.param("Von Lena Hartwig·4", [("Lena Hartwig", None)], id="de-count-after-a-dot"),
    pytest.param("By June Okafor", [("June Okafor", None)], id="en-name-like-a-month"),
]


@pytest.mark.parametrize(("line", "expected"), BYLINES)
def test_parse_byline(line: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(author.name, author.role) for author in parse_byline(line)] == expected


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "By the time the firefighters arrived, the roof had collapsed.", id="by-the-time"
        ),
        pytest.param("By 2030 the port will run on electricity alone.", id="by-a-year"),
        pytest.param("By Monday, the water had receded.", id="by-a-weekday"),
        pytest.param("By March 2020, the virus had spread to every state.", id="by-a-month"),
        pytest.param("Von März 2021 an gilt die neue Regel.", id="von-a-month"),
        pytest.param("Von der Leyen visits the flooded towns", id="von-der-leyen"),
        pytest.param("Von Montag an gilt die neue Regel.", id="von-montag"),
        pytest.param("Par ailleurs, le maire a démissionné.", id="par-ailleurs"),
        pytest.param("Por la tarde, volvió a llover.", id="por-la-tarde"),
        pytest.param("Dana Whitlock", id="bare-name"),
        pytest.param("", id="empty"),
        pytest.param("By", id="by-alone"),
        pytest.param("Share on Facebook", id="share"),
        pytest.param("Skip to contentHikes by NatureOne Walker in the Alps", id="en-glued-menu"),
        pytest.param("Zum InhaltWandern by NaturEin Bergfex in Tirol", id="de-glued-menu"),
    ],
)
def test_not_a_byline(line: str) -> None:
    assert parse_byline(line) == ()


def test_byline_on_a_page_gives_the_authors() -> None:
    page = (
        "Harbour wall repaired after the storm | Weather\n\n"
        "Workers finished repairing the harbour wall on Friday, two weeks after the storm "
        "broke it in three places and flooded the fish market.\n\n"
        "Reporting by Ann Lee; Editing by Tom Fox\n"
    )
    article = newsclean.clean(page)
    assert [(a.name, a.role) for a in article.authors] == [
        ("Ann Lee", "Reporting"),
        ("Tom Fox", "Editing"),
    ]
    assert "Ann Lee" not in article.text


def test_sentence_starting_with_by_stays_in_the_body() -> None:
    page = (
        "Floods close the coast road | Weather\n\n"
        "Heavy rain closed the coast road between Port Elwin and Sandholm on Sunday, and "
        "several villages were cut off for most of the day.\n\n"
        "By Monday, the water had receded.\n\n"
        "Engineers will inspect the two bridges on the road before it reopens, the county "
        "said in a statement on Monday evening.\n"
    )
    article = newsclean.clean(page)
    assert article.authors == ()
    assert [ln.kind for ln in article.lines if ln.text.startswith("By Monday")] == [
        LineKind.PARAGRAPH
    ]
    assert "By Monday, the water had receded." in article.text


def test_long_byline_is_fast() -> None:
    # A plausible author regex backtracks for seconds on a long byline like this one.
    line = (
        "Author: "
        + "; ".join(
            f"Name{i} Surname{i}, Professor of Something at the University of Somewhere {i}"
            for i in range(6)
        )
        + " and "
        + "a " * 30
    )
    start = time.perf_counter()
    parse_byline(line)
    parse_byline(line.replace(";", ","))
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("marlene_k", "marlene_k", id="handle"),
        pytest.param("Redaktion", "Redaktion", id="one-word"),
        pytest.param("Der Bücherwurm", "Der Bücherwurm", id="pen-name-with-article"),
        pytest.param("die Fenja", "die Fenja", id="pen-name-with-lowercase-article"),
        pytest.param("Marta Ríos @martarios", "Marta Ríos", id="name-and-social-handle"),
        pytest.param("die neue Welt", None, id="lowercase-phrase"),
        pytest.param("Recent Posts", None, id="furniture"),
        pytest.param("2024", None, id="number"),
        pytest.param("the rest of the story", None, id="phrase"),
    ],
)
def test_labelled_name(text: str, expected: str | None) -> None:
    assert labelled_name(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Publié le 3 mars 2021 par Léa Martin", ["Léa Martin"], id="fr-par"),
        pytest.param("14.02.2022 - Jonas Berger", ["Jonas Berger"], id="dash-name"),
        pytest.param("May 5, 2023 by pixelfox 12 Comments", ["pixelfox"], id="handle-count"),
        pytest.param("May 5, 2023 | Sports", [], id="section"),
        pytest.param("Redaktion - 31. Januar 2024", ["Redaktion"], id="de-newsroom"),
        pytest.param("12 de marzo de 2024 | Redacción", ["Redacción"], id="es-newsroom"),
        pytest.param("No date by anyone here", [], id="no-date"),
    ],
)
def test_dateline_authors(line: str, expected: list[str]) -> None:
    assert [a.name for a in dateline_authors(line)] == expected


def _author_names(page: str) -> list[str]:
    return [author.name for author in newsclean.clean(page).authors]


_LIFTS_HEAD = "Lifts stay closed | Valley News\n\nLifts stay closed\n\n"
"""The page title and the headline of the ski-lift article below."""
_ARTICLE = (
    "Warm winter keeps the ski lifts closed in the valley, and hotels count the losses of "
    "a season that never started.\n\n"
    "Owners say the snow cannons cannot help when nights stay above freezing for weeks, "
    "and the banks are asking for new plans before they lend again.\n\n"
)


def test_split_label_gives_a_one_word_author() -> None:
    page = "Lifts stay closed | Valley News\n\n3. Februar 2024\n\nvon\n\nbergfex77\n\n" + _ARTICLE
    assert _author_names(page) == ["bergfex77"]


def test_labelled_byline_outranks_a_bare_name() -> None:
    page = (
        "Lifts stay closed | Valley News\n\nMain Street\n\nLifts stay closed\n\n"
        "Anna Keller\n\nBy\n\nTom Weber\n\nMarch 3, 2024\n\n" + _ARTICLE
    )
    assert _author_names(page) == ["Tom Weber"]


def test_author_box_after_the_body_does_not_add_authors() -> None:
    page = (
        "Lifts stay closed | Valley News\n\nBy Tom Weber\n\nMarch 3, 2024\n\n"
        + _ARTICLE
        + "About the author\n\nBy\n\nLena Hofer\n\nRecent Posts\n"
    )
    assert _author_names(page) == ["Tom Weber"]


def test_labelled_byline_far_from_the_body_is_used_when_there_is_no_other() -> None:
    page = (
        "Lifts stay closed | Valley News\n\n" + _ARTICLE + "Share\n\nPrint\n\nTags\n\nWinter\n\n"
        "Sport\n\nWritten by\n\nLena Hofer\n\nComments\n\nJan\n\nGreat piece, thanks.\n"
    )
    assert _author_names(page) == ["Lena Hofer"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("By: Nora Lindqvist", ["Nora Lindqvist"], id="by-colon"),
        pytest.param("Von : Jonas Perlhuber", ["Jonas Perlhuber"], id="von-space-colon"),
        pytest.param("Interview: Mara Feldkamp", ["Mara Feldkamp"], id="interview-label"),
        pytest.param("Redaktion: Till Ostwald (Sprecher)", ["Till Ostwald"], id="redaktion-label"),
        pytest.param("Text & Fotos: Ivo Brenner 3 120", ["Ivo Brenner"], id="text-and-photos"),
        pytest.param("Autor Lukas Amsel:", ["Lukas Amsel"], id="label-without-colon"),
        pytest.param("Auteur Basile Fontaine", ["Basile Fontaine"], id="auteur-without-colon"),
        pytest.param("Author: Rita Kallas, Datum: 03. Apr. 21", ["Rita Kallas"], id="next-field"),
        pytest.param("VonMaxima Stern", ["Maxima Stern"], id="glued-von"),
        pytest.param("ByOwen Hartley 12 min read", ["Owen Hartley"], id="glued-by"),
        pytest.param("Posted by K. L. Marsh at 4:15 PM", ["K. L. Marsh"], id="posted-at-time"),
        pytest.param("Eingestellt von pixelwolf um 21:11", ["pixelwolf"], id="eingestellt-handle"),
        pytest.param("Publié par Léon Brassac à 08:00", ["Léon Brassac"], id="publie-par-time"),
        pytest.param(
            "Posted in Gardening by lenny_k on May 3, 2021", ["lenny_k"], id="posted-in-section"
        ),
        pytest.param(
            "Verfasst von: gartenkauz | 4. März 2019", ["gartenkauz"], id="verfasst-von-colon"
        ),
        pytest.param(
            "Erstellt von Heinz am Freitag 9. Mai 2014", ["Heinz"], id="erstellt-weekday-date"
        ),
        pytest.param(
            "7. März 2021 von Ilse Wendt in Reisen, Kultur", ["Ilse Wendt"], id="date-then-von"
        ),
        pytest.param("5. Mai 20215. Mai 2021 by tomtit", ["tomtit"], id="two-glued-dates-then-by"),
        pytest.param(
            "von Ada Rosner Profil auf Mastodon von Ada Rosner",
            ["Ada Rosner"],
            id="followed-by-profile-link-words",
        ),
        pytest.param("von Ole Brandt Twitter", ["Ole Brandt"], id="followed-by-social-word"),
        pytest.param("Von Kira Lenz Aktualisiert 12.01.24", ["Kira Lenz"], id="then-updated"),
        pytest.param("Por Ramiro Quispe rquispe@example.org", ["Ramiro Quispe"], id="email"),
        pytest.param("Von Der Nachtfalter - 2. Mai 2022", ["Der Nachtfalter"], id="pen-name-date"),
        pytest.param("Von Udo Kamm für Beispiel.de", ["Udo Kamm"], id="von-a-fuer-site"),
    ],
)
def test_byline_names_among_other_things(line: str, expected: list[str]) -> None:
    assert [a.name for a in parse_byline(line)] == expected


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("A post shared by Wren Halloway (@wrenhalloway)", id="instagram-embed-en"),
        pytest.param("Ein Beitrag geteilt von Lotte Marek (@lottemarek)", id="instagram-embed-de"),
        pytest.param(
            "Von Ärzten und Pflegern wird erwartet, dass sie länger arbeiten.", id="von-sentence"
        ),
        pytest.param("Author Recent Posts", id="label-before-a-menu"),
        pytest.param("Eingestellt von der Redaktion um", id="article-not-a-handle"),
    ],
)
def test_not_a_byline_among_other_things(line: str) -> None:
    assert parse_byline(line) == ()


def test_picture_credits_with_von_carry_their_role() -> None:
    assert [(a.name, a.role) for a in parse_byline("Illustration von Pia Sommer")] == [
        ("Pia Sommer", "Illustration")
    ]


def test_picture_credits_are_not_the_writers() -> None:
    page = (
        "Lifts stay closed | Valley News\n\nText von Hanne Vogt\n\nIllustration von Pia Sommer\n\n"
        "March 3, 2024\n\n" + _ARTICLE
    )
    assert _author_names(page) == ["Hanne Vogt"]


def test_picture_credits_alone_stay_authors_with_their_role() -> None:
    page = "Lifts stay closed | Valley News\n\nPhotos by Ann Lee\n\nMarch 3, 2024\n\n" + _ARTICLE
    assert [(a.name, a.role) for a in newsclean.clean(page).authors] == [("Ann Lee", "Photos")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("von pixelfox · 31. Oktober 2023", ["pixelfox"], id="von-handle-before"),
        pytest.param("Greta Sommer | 06.11.23", ["Greta Sommer"], id="name-bar-date"),
        pytest.param("Ivo Lind, 21. Jan. 2015", ["Ivo Lind"], id="name-comma-date"),
        pytest.param("Mira Olsen 3/5/2022 22:41", ["Mira Olsen"], id="name-space-date"),
        pytest.param(
            "Mira Olsen Zuletzt geändert am 06.11.2023", ["Mira Olsen"], id="name-updated-date"
        ),
        pytest.param("kx 15. Oktober 2023", ["kx"], id="lowercase-handle-before"),
        pytest.param("Zed_99 — 2. Februar 2022", ["Zed_99"], id="handle-with-underscore"),
        pytest.param("19.10.2019 11:36 stadtfunk", ["stadtfunk"], id="handle-after-time"),
        pytest.param(
            "04.02.2022 | 15:33 Uhr | Greta Sommer", ["Greta Sommer"], id="name-after-time"
        ),
        pytest.param("8 May, 2009 | Dark_Lord | 12 replies", ["Dark_Lord"], id="handle-between"),
        pytest.param(
            "Greta Sommer | 29. Mai 2022 | HR-Praxis", ["Greta Sommer"], id="name-before-section"
        ),
        pytest.param("mardi 5 juin 2018", [], id="weekday-fr"),
        pytest.param("Montag, 3. Mai 2021", [], id="weekday-de"),
        pytest.param("BERLIN, 3. Mai 2021", [], id="place-in-capitals"),
        pytest.param("Berlin 3. Mai 2021", [], id="one-capitalised-word"),
        pytest.param("example.org/2019/12/26/a-post", [], id="date-in-a-link"),
        pytest.param("Print Date: 31.10.2023", [], id="print-date"),
        pytest.param("4.11.23 18:02 von Greta Sommer", ["Greta Sommer"], id="short-date-by-name"),
        pytest.param("lunes, 6 de mayo de 202408:10 hs", [], id="clock-unit-hs-glued"),
        pytest.param(
            "Marta Gil Pradomartagilprado@example.com 6 de mayo de 2024",
            ["Marta Gil Prado"],
            id="name-glued-to-its-email",
        ),
        pytest.param(
            "Greta Sommergretasommer@example.de | 29. Mai 2022",
            ["Greta Sommer"],
            id="name-glued-to-its-handle",
        ),
    ],
)
def test_dateline_authors_beside_the_date(line: str, expected: list[str]) -> None:
    assert [a.name for a in dateline_authors(line)] == expected


def test_dateline_authors_labelled_only() -> None:
    assert dateline_authors("Greta Sommer | 06.11.23", bare=False) == ()
    assert [a.name for a in dateline_authors("von pixelfox · 31. Oktober 2023", bare=False)] == [
        "pixelfox"
    ]


def test_labelled_byline_outranks_a_name_beside_a_date() -> None:
    page = (
        "Lifts stay closed | Valley News\n\nLena Marsch - 3. März 2024\n\nVon Tom Weber\n\n"
        + _ARTICLE
    )
    assert _author_names(page) == ["Tom Weber"]


def test_name_on_its_own_line_outranks_a_name_beside_a_later_date() -> None:
    page = (
        "Lifts stay closed | Valley News\n\nLifts stay closed\n\nAnna Keller\n\nMarch 3, 2024\n\n"
        + _ARTICLE
        + "Related\n\nJonas Ried - 1. März 2024\n\nSnow returns to the upper valley\n"
    )
    assert _author_names(page) == ["Anna Keller"]


def test_name_beside_the_date_gives_the_author() -> None:
    page = "Lifts stay closed | Valley News\n\nGreta Sommer | 06.11.23\n\n" + _ARTICLE
    assert _author_names(page) == ["Greta Sommer"]


def test_name_a_share_button_away_from_the_dateline_is_a_byline() -> None:
    page = (
        "Lifts stay closed | Valley News\n\nLifts stay closed\n\nWinter\n\nSki season\n\n"
        "Nerea Solís Vidal\nCompartir en X\n19 FEB 2024 - 18:37 CET\n\n" + _ARTICLE
    )
    assert _author_names(page) == ["Nerea Solís Vidal"]


def test_dateline_that_names_its_author_takes_no_name_beside_it() -> None:
    page = (
        "Lifts stay closed | Valley News\n\nLifts stay closed\n\nWinter\n\nSki season\n\n"
        "Winter Guide\nGreta Sommer · 6. November 2023\n\n" + _ARTICLE
    )
    assert _author_names(page) == ["Greta Sommer"]


@pytest.mark.parametrize(
    "byline",
    [
        pytest.param("* Von Ilse Hartwig und Bruno Kessler", id="bullet-von"),
        pytest.param("- By Ilse Hartwig and Bruno Kessler", id="dash-by"),
        pytest.param("• Por Ilse Hartwig y Bruno Kessler", id="dot-por"),
    ],
)
def test_byline_in_a_list_item_gives_the_authors(byline: str) -> None:
    page = "Lifts stay closed | Valley News\n\n" + byline + "\n\n" + _ARTICLE
    assert _author_names(page) == ["Ilse Hartwig", "Bruno Kessler"]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param("Greta Sommer\n/\n06.11.2023, 14:05 Uhr", ["Greta Sommer"], id="slash-line"),
        pytest.param("Oskar Lind\n|\n9 Jun 2023, 02:32 PM", ["Oskar Lind"], id="pipe-line"),
        pytest.param("Inés Robles\n,\n4 de mayo de 2023", ["Inés Robles"], id="comma-line"),
        pytest.param("bergfex77\n·\nApril 19, 2023", ["bergfex77"], id="user-name"),
        pytest.param("Recent Posts\n—\n2. Februar 2023", [], id="not-a-name"),
    ],
)
def test_name_a_separator_line_away_from_the_dateline(head: str, expected: list[str]) -> None:
    page = (
        "Lifts stay closed | Valley News\n\nLifts stay closed\n\nWinter\n\nSki season\n\n"
        + head
        + "\n\n"
        + _ARTICLE
    )
    assert _author_names(page) == expected


def test_user_name_beside_the_dateline_yields_to_a_person_name() -> None:
    page = (
        "Lifts stay closed | Valley News\n\nLifts stay closed\n\nAnna Keller\n\n"
        "snowdesk\n12. März 2024\n\n" + _ARTICLE
    )
    assert _author_names(page) == ["Anna Keller"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("pixelfox", "pixelfox", id="lowercase"),
        pytest.param("Zed_99", "Zed_99", id="underscore-digit"),
        pytest.param("MaxiBerg", "MaxiBerg", id="inner-capital"),
        pytest.param("Politik", None, id="capitalised-word"),
        pytest.param("CET", None, id="time-zone"),
        pytest.param("Stadt-Zeitung.", None, id="hyphenated-headline"),
        pytest.param("AKTUELL", None, id="capitals"),
        pytest.param("Lena Hofer", None, id="two-words"),
    ],
)
def test_user_name(text: str, expected: str | None) -> None:
    assert user_name(text) == expected


@pytest.mark.parametrize(
    ("foot", "expected"),
    [
        pytest.param(
            "Zuletzt geändert am\n12.03.2024\nLena Hofer\nMehr zum Thema", ["Lena Hofer"], id="de"
        ),
        pytest.param("Last updated\nMarch 12, 2024\nTom Weber\nRelated", ["Tom Weber"], id="en"),
        pytest.param("Comments\nAnna Keller\nMarch 12, 2024\nGreat piece.", [], id="commenter"),
    ],
)
def test_author_box_after_the_body_when_no_byline_precedes_it(
    foot: str, expected: list[str]
) -> None:
    page = _LIFTS_HEAD + _ARTICLE + foot + "\n"
    assert _author_names(page) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Letzte Aktualisierung", id="last-update-de"),
        pytest.param("Letzte Veröffentlichung", id="last-published-de"),
        pytest.param("AKTUELL", id="capitals"),
    ],
)
def test_dateline_labels_are_no_names_beside_the_date(text: str) -> None:
    page = (
        "Lifts stay closed | Valley News\n\nLifts stay closed\n\nWinter\n\nSki season\n\n"
        + text
        + "\n12.03.2024\n\n"
        + _ARTICLE
    )
    assert newsclean.clean(page).authors == ()


@pytest.mark.parametrize(
    "split",
    [
        pytest.param(
            "In einer Woche arbeitet in der\nBäckerei von Jonas Perlhuber\n"
            "das erste Team, in der nächsten das zweite.",
            id="de-lead-von",
        ),
        pytest.param(
            "The new rules were drafted with help from the\nTeam by Clara Voss\n"
            "and approved in March by the council.",
            id="en-lead-by",
        ),
        pytest.param(
            "La investigación se hizo con el\nEquipo por Ana Ruiz\n"
            "y otros grupos de la universidad.",
            id="es-lead-por",
        ),
    ],
)
def test_by_line_inside_a_sentence_split_by_markup_is_no_byline(split: str) -> None:
    page = _LIFTS_HEAD + _ARTICLE + split + "\n"
    assert newsclean.clean(page).authors == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("## By Ilse Hartwig.", ["Ilse Hartwig"], id="heading-by"),
        pytest.param(
            "#### Von Bruno Kessler | 3. Mai 2024 | Zuletzt geändert: 5. Mai 2024",
            ["Bruno Kessler"],
            id="heading-von-with-dates",
        ),
        pytest.param("###### Inés Robles Soto 3/5/2024 22:41", ["Inés Robles Soto"], id="dateline"),
    ],
)
def test_byline_under_a_markdown_heading_mark(line: str, expected: list[str]) -> None:
    page = "Lifts stay closed | Valley News\n\n# Lifts stay closed\n\n" + line + "\n\n" + _ARTICLE
    assert _author_names(page) == expected


def test_markdown_heading_with_words_before_von_is_the_headline() -> None:
    page = (
        "Lifts stay closed | Valley News\n\n### Auf den Spuren von Jonas Perlhuber\n\n"
        "3. März 2024\n\n" + _ARTICLE
    )
    article = newsclean.clean(page)
    assert (article.title, article.authors) == ("Auf den Spuren von Jonas Perlhuber", ())


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Ana Ruiz , 01. Dez. 2017, 12:01 Uhr 3 min Lesezeit Kommentare 4", id="de"),
        pytest.param("Ana Ruiz | March 3, 2024 | 5 min read | 12 comments | Share", id="en"),
        pytest.param("Ana Ruiz - 3 de marzo de 2024 - Lectura de 5 minutos y comentarios", id="es"),
    ],
)
def test_name_before_the_date_of_a_long_meta_line(line: str) -> None:
    page = (
        "Lifts stay closed | Valley News\n\nLifts stay closed\n\nWinter\n\nSki season\n\n"
        + line
        + "\n\n"
        + _ARTICLE
    )
    assert _author_names(page) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(
            "Inés Robles Soto | Publicado hace 3 horas", ["Inés Robles Soto"], id="es-line"
        ),
        pytest.param("Jonas Perlhuber vor 2 Stunden", ["Jonas Perlhuber"], id="de-line"),
        pytest.param("Dana Reyes · 5 hours ago", ["Dana Reyes"], id="en-line"),
        pytest.param("Vor 3 Stunden kam der Schnee", [], id="prose"),
        pytest.param("Inés Robles Sotohace 4 minutos", [], id="glued-list-entry"),
    ],
)
def test_name_beside_a_relative_time(head: str, expected: list[str]) -> None:
    page = (
        "Lifts stay closed | Valley News\n\nLifts stay closed\n\nWinter\n\nSki season\n\n"
        + head
        + "\n\n"
        + _ARTICLE
    )
    assert _author_names(page) == expected


def test_name_glued_to_a_date_is_no_meta_line() -> None:
    assert name_before_date("Offener Dachstuhl03.05.2024 - 11:24Stadtwerke | Feuerwehr") is None
    assert name_before_date("Ana Ruiz | 03.05.2024 - 11:24 | Stadtwerke | Feuerwehr") == "Ana Ruiz"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param("Von\n:\nJonas Perlhuber", ["Jonas Perlhuber"], id="de-name"),
        pytest.param("Por\n:\nsnowfox", ["snowfox"], id="es-handle"),
    ],
)
def test_byline_label_with_its_colon_on_a_line_of_its_own(head: str, expected: list[str]) -> None:
    page = _LIFTS_HEAD + head + "\n\n" + _ARTICLE
    assert _author_names(page) == expected


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        pytest.param(
            "Eingestellt von\n\nkrokusblau\n\num\n\n21:11", ["krokusblau"], id="de-handle"
        ),
        pytest.param(
            "Eingestellt von\n\nder Klaus\n\num\n\n08:40", ["der Klaus"], id="de-pen-name"
        ),
    ],
)
def test_blog_post_footer_label_names_a_one_word_author(tail: str, expected: list[str]) -> None:
    page = _LIFTS_HEAD + _ARTICLE + tail + "\n"
    assert _author_names(page) == expected


def test_byline_label_alone_then_name_with_social_handle() -> None:
    page = (
        "Lifts stay closed | Valley News\n\nLifts stay closed\n\nPor\n\n"
        "Tomás Villalba @tvillalba\n\n-\n\nmayo 4, 2024\n\n" + _ARTICLE
    )
    assert _author_names(page) == ["Tomás Villalba"]


@pytest.mark.parametrize(
    ("credit", "date"),
    [
        pytest.param("Redaktion", "12. März 2024", id="de"),
        pytest.param("Redacción", "12 de marzo de 2024", id="es"),
    ],
)
def test_newsroom_credit_beside_a_date_is_the_author(credit: str, date: str) -> None:
    page = (
        _LIFTS_HEAD
        + _ARTICLE.split("\n\n", maxsplit=1)[0]
        + f"\n\n{credit}\n-\n{date}\n\n"
        + _ARTICLE
    )
    assert _author_names(page) == [credit]


def test_a_bare_markup_line_under_the_headline_leaves_the_name_within_reach() -> None:
    page = (
        "Lifts stay closed | Valley News\n\n# Lifts stay closed for the winter\n\n##\n\n"
        "* The valley's lifts will not open again this winter, the operators said\n\n"
        "Anna Keller\n\n+ FOLLOW\n\nPublished: 10:00am, 3 Mar, 2024\n\n" + _ARTICLE
    )
    assert _author_names(page) == ["Anna Keller"]


_LEDE = "Hotels in the valley count the losses of a season that never started.\n\n"
"""A standfirst between the headline and the byline."""


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param("June 3, 2024\n\nMara Quint", ["Mara Quint"], id="en-name-after"),
        pytest.param(
            "12. März 2024, 09:15 Uhr\n\nJonas Weidner", ["Jonas Weidner"], id="de-name-after"
        ),
    ],
)
def test_name_a_blank_line_from_the_dateline(head: str, expected: list[str]) -> None:
    """Renderers that set every block apart with a blank line set the byline apart too."""
    page = _LIFTS_HEAD + _LEDE + head + "\n\n" + _ARTICLE
    assert _author_names(page) == expected


def test_name_a_blank_line_from_a_date_of_a_list_of_posts_is_no_byline() -> None:
    posts = "".join(
        f"{day}. März 2024\n\nKarl Brenner\n\nNeue Pisten am Hang und längere Öffnungszeiten.\n\n"
        for day in (4, 11, 18, 25)
    )
    assert _author_names(_LIFTS_HEAD + _ARTICLE + posts) == []


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(
            "* 19. Oktober 2024\n* Boris Kaiser\n* 1 Kommentar", ["Boris Kaiser"], id="de-byline"
        ),
        pytest.param("* Mara Quint\n/ June 3, 2024, 09:15 AM", ["Mara Quint"], id="en-byline"),
        pytest.param("* Ski Season\n* Mountain Valley\n12. März 2024", [], id="tag-list"),
        pytest.param("* 3. Mai 2024\n* Frohe Ostern\n* 1. Mai 2024", [], id="list-of-posts"),
    ],
)
def test_name_in_a_list_item_beside_the_dateline(head: str, expected: list[str]) -> None:
    page = _LIFTS_HEAD + _LEDE + head + "\n\n" + _ARTICLE
    assert _author_names(page) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(
            "Elena Varga\n\nelenavarga\n\nelena.varga@example.org\n\n12 de marzo de 2024",
            ["Elena Varga"],
            id="es-past-handle-and-mail",
        ),
        pytest.param(
            "Guardar\n\nJonas Weidner\n\n* Twitter\n\n12. März 2024, 09:15 Uhr",
            ["Jonas Weidner"],
            id="de-past-share-link",
        ),
        pytest.param(
            "*\n\n* Mara Quint\n\n*\n*\n* June 3, 2024", ["Mara Quint"], id="en-bare-marks"
        ),
        pytest.param("* Mara Quint\n\n/ June 3, 2024, 09:15 AM", ["Mara Quint"], id="en-item"),
        pytest.param(
            "* Startseite\n* Rüdiger Kamp\n* Reportagen\n\n12. März 2024",
            [],
            id="de-menu-item",
        ),
    ],
)
def test_name_blank_lines_and_furniture_away_from_the_dateline(
    head: str, expected: list[str]
) -> None:
    """A renderer that sets every block apart sets the byline apart from its date too."""
    page = _LIFTS_HEAD + _LEDE + "Opinion\n\n" + head + "\n\n" + _ARTICLE
    assert _author_names(page) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(
            "* Von\n\n* Rüdiger Kamp\n* 12.03.24, 08:16 Uhr\n* E-Mail",
            ["Rüdiger Kamp"],
            id="de-label-in-a-list",
        ),
        pytest.param(
            "* By\n* Mara Quint\n* June 3, 2024\n* Share", ["Mara Quint"], id="en-label-in-a-list"
        ),
        pytest.param(
            "*\n*\n* Mara Quint\n*\n*\n+ June 3, 2024", ["Mara Quint"], id="en-empty-items"
        ),
        pytest.param("von pixelfox\n\n3. Mai 2024", ["pixelfox"], id="de-by-word-user-name"),
    ],
)
def test_byline_in_list_markup_beside_the_dateline(head: str, expected: list[str]) -> None:
    page = _LIFTS_HEAD + _LEDE + "Opinion\n\n" + head + "\n\n" + _ARTICLE
    assert _author_names(page) == expected


def test_user_name_under_a_markdown_heading_mark_after_a_label_alone() -> None:
    page = (
        "Chapter 2: The Pass | Story Shelf\n\nby\n\n### zed_99\n\n####\n\n"
        "# Chapter 2: The Pass\n\nFiction Page\n\n" + _ARTICLE
    )
    assert _author_names(page) == ["zed_99"]


def test_publishers_after_a_label_alone_are_no_authors() -> None:
    page = (
        _LIFTS_HEAD + _ARTICLE + "Herausgegeben von\n\nGreta Lind,\n\nOskar Brandt und\n\n"
        "Mira Feld.\n\n"
    )
    assert _author_names(page) == []


def test_name_under_a_markdown_heading_mark_after_the_headline() -> None:
    page = (
        "Lifts stay closed | Valley News\n\n# Lifts stay closed\n\n"
        "### Anna Keller\n\n#### Search for this author in:\n\n" + _ARTICLE
    )
    assert _author_names(page) == ["Anna Keller"]


@pytest.mark.parametrize("text", ["Link Copied", "Link kopiert", "Enlace copiado"])
def test_a_share_button_message_is_no_name(text: str) -> None:
    assert person_name(text) is None


def test_name_after_a_by_word_beside_the_dateline_outranks_a_bare_name() -> None:
    """ "von pixelfox" is labelled by its by-word; "Mara Quint" alone is only a name."""
    page = _LIFTS_HEAD + "Mara Quint\n\nSki\n\nvon pixelfox\nam 3. Mai 2024\n\n" + _ARTICLE
    assert _author_names(page) == ["pixelfox"]


_ZH_PAGE = (
    "山区滑雪场因暖冬推迟开放_新闻频道\n\n山区滑雪场因暖冬推迟开放\n\n"
    "{byline}"
    "今年冬天气温偏高，山区多家滑雪场宣布推迟开放，周边酒店的预订量明显下降，"
    "不少经营者表示损失严重。\n\n"
    "当地旅游部门表示，将与气象部门合作，评估人工造雪的可行性，并为受影响的企业提供"
    "临时补贴和贷款支持。\n\n"
    "【纠错】 责任编辑： 王小明\n\n"
)


def test_responsible_editor_stands_for_the_authors_when_no_byline_names_them() -> None:
    assert _author_names(_ZH_PAGE.format(byline="")) == ["王小明"]


def test_a_byline_outranks_the_responsible_editor() -> None:
    assert _author_names(_ZH_PAGE.format(byline="作者：李华\n\n")) == ["李华"]


def test_three_names_listed_alone_under_the_headline_are_the_authors() -> None:
    page = (
        "Lifts stay closed | Valley News\n\nLifts stay closed\n\n"
        "Greta Sommer, Tom Weber & Lena Marsch\n\n" + _ARTICLE
    )
    assert _author_names(page) == ["Greta Sommer", "Tom Weber", "Lena Marsch"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(
            "* Ana Ruiz, Tom Berg y Lea Kim", ["Ana Ruiz", "Tom Berg", "Lea Kim"], id="es"
        ),
        pytest.param(
            "Ana Ruiz , Tom Berg & Lea Kim", ["Ana Ruiz", "Tom Berg", "Lea Kim"], id="spaced"
        ),
        pytest.param("Ana Ruiz und Tom Berg", [], id="two-names-may-be-a-headline"),
        pytest.param("Ana Ruiz, Tom Berg & the Valley Band", [], id="not-all-names"),
    ],
)
def test_listed_names(line: str, expected: list[str]) -> None:
    assert [a.name for a in listed_names(line)] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(
            "3. Mai 2024 @ 18:13 // Autor: zed_99 // Lesezeit: 2 Minuten", ["zed_99"], id="de-at"
        ),
        pytest.param("May 3, 2024 @ 9:15 am by Ana Ruiz", ["Ana Ruiz"], id="en-at"),
    ],
)
def test_byline_after_a_date_and_an_at_sign_time(line: str, expected: list[str]) -> None:
    assert [a.name for a in parse_byline(line)] == expected


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Powered by Harbour Media", id="powered-by"),
        pytest.param("Theme by Lena Marsch", id="theme-by"),
        pytest.param("Website Design by Blue Fox Studio", id="design-by"),
        pytest.param("Herausgegeben von Jana Roth, Felix Baum, Tom Weber", id="herausgegeben"),
        pytest.param("Interview: Kann der Tourismus den Winter noch retten?", id="question"),
    ],
)
def test_site_credits_and_questions_are_no_bylines(line: str) -> None:
    assert parse_byline(line) == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(
            "Autor: Rechtsanwalt Jonas Weidner", ("Jonas Weidner", "Rechtsanwalt"), id="de"
        ),
        pytest.param(
            "Von Online-Expertin Lena Marsch", ("Lena Marsch", "Online-Expertin"), id="de-compound"
        ),
        pytest.param("By Correspondent Ana Ruiz", ("Ana Ruiz", "Correspondent"), id="en"),
    ],
)
def test_job_title_before_the_name_is_its_role(line: str, expected: tuple[str, str]) -> None:
    assert [(a.name, a.role) for a in parse_byline(line)] == [expected]


def test_job_title_before_a_name_beside_the_dateline_is_no_part_of_it() -> None:
    page = _LIFTS_HEAD + "Wetter-Experte Jonas Weidner\n12. März 2024, 10:29\n\n" + _ARTICLE
    assert _author_names(page) == ["Jonas Weidner"]


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("Von\nJana Roth und\nFelix Baum\n", id="de-connector-ends-line"),
        pytest.param("By\nJana Roth,\nFelix Baum\n", id="en-comma-ends-line"),
        pytest.param("von\nJana Roth, Felix Baum\nNeue Pläne im Tal\n", id="names-on-one-line"),
    ],
)
def test_split_byline_with_names_glued_to_their_connectors(head: str) -> None:
    assert _author_names(_LIFTS_HEAD + head + "\n" + _ARTICLE) == ["Jana Roth", "Felix Baum"]


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("von pixelfox\n3. Mai 2024\n", id="de"),
        pytest.param("by zed_99\n—\nMay 3, 2024\n", id="en-separator"),
    ],
)
def test_user_name_after_a_by_word_beside_the_dateline(head: str) -> None:
    assert _author_names(_LIFTS_HEAD + head + "\n" + _ARTICLE) in (["pixelfox"], ["zed_99"])


_LONG_HEADLINE = (
    "Die Lifte im Tal bleiben diesen Winter geschlossen, und die Hotels im Ort zählen ihre Verluste"
)
"""A headline that reads as prose when a line is joined to it (100 characters or more)."""


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param("pixelfox\n3. Mai 2024\n", ["pixelfox"], id="de"),
        pytest.param("zed_99\n—\nMay 3, 2024\n", ["zed_99"], id="separator"),
    ],
)
def test_user_name_over_a_dateline_continues_no_headline(head: str, expected: list[str]) -> None:
    page = f"{_LONG_HEADLINE} | Bergbote\n\n{_LONG_HEADLINE}\n{head}\n{_ARTICLE}"
    assert _author_names(page) == expected


def test_responsible_editor_label_and_name_on_lines_of_their_own() -> None:
    page = _ZH_PAGE.format(byline="").replace("责任编辑： 王小明", "责任编辑：\n王小明")
    assert _author_names(page) == ["王小明"]


@pytest.mark.parametrize(
    "line", ["Zur Hauptnavigation Valley News", "Zum Inhalt Springen", "Beim Bergbote Lesen"]
)
def test_link_to_a_part_of_the_site_is_no_name(line: str) -> None:
    assert person_name(line) is None


@pytest.mark.parametrize("label", ["Auteur", "Auteure", "Autore"])
def test_author_label_alone_in_french_and_italian(label: str) -> None:
    page = _LIFTS_HEAD + label + "\nClaire Dubois\n\n" + _ARTICLE
    lines = {line.text: line for line in newsclean.clean(page).lines}
    assert (lines[label].kind, lines[label].reason) == (LineKind.BYLINE, "byline label")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Ana Ruiz, Online-Redaktion", [("Ana Ruiz", "Online-Redaktion")], id="de"),
        pytest.param("Tom Berg, Correspondent", [("Tom Berg", "Correspondent")], id="en"),
    ],
)
def test_name_and_role_after_a_label_alone(text: str, expected: list[tuple[str, str]]) -> None:
    page = _LIFTS_HEAD + "von\n" + text + "\n\n" + _ARTICLE
    assert [(a.name, a.role) for a in newsclean.clean(page).authors] == expected


def test_labelled_byline_just_above_the_headline_outranks_a_menu_item_below_it() -> None:
    menu = "".join(f"Menu item {n}\n" for n in range(30))
    page = (
        "Lifts stay closed | Valley News\n\n"
        "by\npixelfox\nLifts stay closed\nWinter Sports\nJune 3, 2024\n" + menu + "\n" + _ARTICLE
    )
    assert _author_names(page) == ["pixelfox"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Von: ana/dpa", ["ana/dpa"], id="de-shorthand-agency"),
        pytest.param("Autor: tb/afp/dpa", ["tb/afp/dpa"], id="de-two-agencies"),
    ],
)
def test_editor_shorthand_and_agency_after_a_label(line: str, expected: list[str]) -> None:
    assert [a.name for a in parse_byline(line)] == expected
