"""parse_byline: who a byline credits, with roles; and what is not a byline."""

from __future__ import annotations

import time

import pytest

import newsclean
from newsclean import LineKind, parse_byline

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
        pytest.param("Von der Leyen visits the flooded towns", id="von-der-leyen"),
        pytest.param("Von Montag an gilt die neue Regel.", id="von-montag"),
        pytest.param("Par ailleurs, le maire a démissionné.", id="par-ailleurs"),
        pytest.param("Por la tarde, volvió a llover.", id="por-la-tarde"),
        pytest.param("Dana Whitlock", id="bare-name"),
        pytest.param("", id="empty"),
        pytest.param("By", id="by-alone"),
        pytest.param("Share on Facebook", id="share"),
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
