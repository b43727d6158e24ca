"""Picking the headline: synthetic pages in several languages."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import LineKind

_BODY_DE = (
    "Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, entlang des Flusses "
    "einen breiten Radweg zu bauen, der die beiden Ufer miteinander verbindet.\n\n"
    "Die Arbeiten sollen im Frühjahr beginnen und nach Angaben der Verwaltung etwa zwei Jahre "
    "dauern, wobei der Verkehr auf der Uferstraße zeitweise umgeleitet wird.\n"
)
_BODY_EN = (
    "The city council voted on Tuesday night to build a wide cycle lane along the river, "
    "linking both banks of the town for the first time in decades.\n\n"
    "Work is due to start in the spring and should take about two years, the council said, "
    "with traffic on the river road diverted at times while the lane is built.\n"
)
_BODY_ES = (
    "El ayuntamiento aprobó el martes por la noche construir un amplio carril bici a lo largo "
    "del río que unirá por primera vez las dos orillas de la ciudad.\n\n"
    "Las obras comenzarán en primavera y durarán unos dos años, según el ayuntamiento, y el "
    "tráfico de la avenida del río se desviará en algunos momentos.\n"
)

_LONG_BODY_DE = (
    "Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, entlang des Flusses "
    "einen breiten Radweg zu bauen, der die beiden Ufer der Stadt miteinander verbindet.\n\n"
    "Die Arbeiten am Radweg sollen im Frühjahr beginnen und nach Angaben der Verwaltung etwa "
    "zwei Jahre dauern, wobei der Verkehr auf der Uferstraße zeitweise umgeleitet wird.\n\n"
    "Im Stadtrat stimmten nur die Vertreter einer kleinen Fraktion gegen den Radweg; sie "
    "hielten die Kosten von rund zwölf Millionen Euro für zu hoch und fürchten Staus.\n\n"
    "Anwohner der Uferstraße hatten sich seit Jahren einen sicheren Radweg am Fluss gewünscht, "
    "weil der Verkehr dort vor allem morgens dicht ist und Kinder auf dem Weg zur Schule "
    "zwischen parkenden Autos fahren müssen.\n\n"
    "Die Verwaltung will im Sommer zu einer Bürgerversammlung einladen, auf der die Pläne für "
    "den Radweg, die neuen Ampeln und die Bäume am Ufer im Einzelnen vorgestellt werden.\n"
)
"""Words enough (120) for a line to be judged by how much of it the text repeats."""

_LONG_BODY_EN = (
    "The city council voted on Tuesday night to build a wide cycle lane along the river, "
    "linking both banks of the town for the first time in decades, after years of debate.\n\n"
    "Work on the lane is due to start in the spring and should take about two years, the "
    "council said, with traffic on the river road diverted at times while it is built.\n\n"
    "Only one small group on the council voted against the plan; its members said the cost "
    "of about twelve million pounds was too high and feared queues on the river road.\n\n"
    "People living on the river road have asked for a safe cycle lane for years, because "
    "traffic there is heavy in the mornings and children ride between parked cars to school.\n\n"
    "The council will hold a public meeting in the summer to present the plans for the lane, "
    "the new traffic lights and the trees along the bank in detail.\n"
)


def test_headline_opening_the_article_header_beats_the_kicker_below_it() -> None:
    page = (
        "* Startseite\n\n* Politik\n\n* Sport\n\n* Kultur\n\n"
        "Stadtrat beschließt neuen Radweg am Fluss\n\n"
        "Der Umbau der Uferstraße beginnt im Frühjahr und dauert wohl zwei Jahre\n\n"
        "Veröffentlicht am 3. März 2021\n\n" + _BODY_DE
    )
    assert newsclean.clean(page).title == "Stadtrat beschließt neuen Radweg am Fluss"


def test_a_photo_credit_is_not_the_headline() -> None:
    page = (
        "We use cookies to improve your experience on this site\n\n"
        "Council approves riverside cycle lane\n\n"
        "Image credit: Example Agency archive picture\n\n"
        "March 3, 2021\n\n" + _BODY_EN
    )
    assert newsclean.clean(page).title == "Council approves riverside cycle lane"


def test_headline_far_above_the_text_is_found_through_the_page_title() -> None:
    menu = "".join(f"* Sección número {n}\n" for n in range(60))
    page = (
        "El ayuntamiento aprueba el carril bici del río | Diario Ejemplo\n\n"
        "El ayuntamiento aprueba el carril bici del río\n\n" + menu + "\n" + _BODY_ES
    )
    assert newsclean.clean(page).title == "El ayuntamiento aprueba el carril bici del río"


def test_the_site_name_part_of_the_page_title_loses_to_the_headline_part() -> None:
    page = (
        "Council approves riverside cycle lane on Tuesday | The Example Gazette Morning Edition\n\n"
        "* Home\n* News\n\n"
        "Council approves riverside cycle lane on Tuesday\n\n"
        "The Example Gazette Morning Edition\n\n" + _BODY_EN
    )
    assert newsclean.clean(page).title == "Council approves riverside cycle lane on Tuesday"


def test_headline_inside_a_text_that_was_found_too_early() -> None:
    promo = (
        "Nos partenaires vous proposent chaque semaine des offres exclusives sur les voyages, "
        "les livres et les spectacles, à découvrir dans notre lettre d'information gratuite.\n\n"
    )
    body = (
        "Le conseil municipal a voté mardi soir la construction d'une large piste cyclable le "
        "long du fleuve, qui reliera pour la première fois les deux rives de la ville.\n\n"
        "Les travaux commenceront au printemps et dureront environ deux ans, selon la mairie, "
        "et la circulation sur le quai sera parfois déviée pendant le chantier.\n"
    )
    page = (
        promo + "La mairie approuve une piste cyclable le long du fleuve\n\n"
        "Publié le 3 mars 2021\n\n" + body
    )
    assert newsclean.clean(page).title == "La mairie approuve une piste cyclable le long du fleuve"


def test_headline_quoted_again_further_down_the_page() -> None:
    page = (
        "* Start\n* Blog\n\n"
        "Gedanken aus dem Garten und der Küche\n\n"
        "Ein neuer Anfang im Mai\n\n"
        "Heute mal etwas ganz anderes\n\n" + _BODY_DE + "\n"
        "Keine Kommentare zu „Ein neuer Anfang im Mai“\n"
    )
    assert newsclean.clean(page).title == "Ein neuer Anfang im Mai"


def test_section_heading_after_the_first_paragraph_is_not_the_headline() -> None:
    text = (
        "Der Stadtrat hat am Dienstag den Bau eines Radwegs am Fluss beschlossen, der zum "
        "ersten Mal beide Ufer der Stadt verbinden wird.\n\n"
        "Was die Anwohner sagen\n\n"
        "Eine Anwohnerin sagt, sie könne endlich mit dem Rad zur Arbeit fahren, ohne jeden "
        "Morgen über die enge Brücke in der Altstadt zu müssen.\n\n"
        "Was die Anwohner sagen\n\n"
        "Ein Nachbar rechnet dagegen mit zwei Jahren Lärm von der Baustelle und fragt, "
        "warum die Arbeiten nicht schon im Winter beginnen.\n"
    )
    article = newsclean.clean(text)
    assert article.title is None
    assert [b.text for b in article.body].count("Was die Anwohner sagen") == 2


def test_a_headline_glued_to_its_date_is_cut_back_to_the_page_title_part() -> None:
    page = (
        "Stadtrat beschließt neuen Radweg am Fluss | Beispiel-Zeitung\n\n"
        "* Startseite\n* Politik\n\n"
        "Stadtrat beschließt neuen Radweg am Fluss03.03.2021, 10:27 Uhr\n\n" + _BODY_DE
    )
    assert newsclean.clean(page).title == "Stadtrat beschließt neuen Radweg am Fluss"


def test_a_headline_glued_to_its_lede_is_cut_back_to_the_page_title_part() -> None:
    page = (
        "Council approves riverside cycle lane - The Example Gazette\n\n"
        "* Home\n* News\n\n"
        "Council approves riverside cycle lane Work starts in the spring, officials say\n\n"
        "March 3, 2021\n\n" + _BODY_EN
    )
    assert newsclean.clean(page).title == "Council approves riverside cycle lane"


def test_a_headline_longer_than_the_page_title_is_kept_whole() -> None:
    page = (
        "El ayuntamiento aprueba el carril bici | Diario Ejemplo\n\n"
        "* Inicio\n* Noticias\n\n"
        "El ayuntamiento aprueba el carril bici del río tras años de espera\n\n"
        "3 de marzo de 2021\n\n" + _BODY_ES
    )
    title = "El ayuntamiento aprueba el carril bici del río tras años de espera"
    assert newsclean.clean(page).title == title


def test_a_heading_inside_a_list_item_is_a_post_title_not_a_menu_entry() -> None:
    page = (
        "Notizen vom Fluss\n\n"
        "Ein Blog über die Stadt und ihre Menschen\n\n"
        "  * ## Stadtrat beschließt neuen Radweg am Fluss\n\n"
        "Veröffentlicht von Anna Schmidt am 3. März 2021\n\n" + _BODY_DE
    )
    assert newsclean.clean(page).title == "Stadtrat beschließt neuen Radweg am Fluss"


def test_the_headline_right_above_the_byline_beats_the_kicker_above_it() -> None:
    page = (
        "Skip to content\n\n"
        "Die besten Reisegeschichten\n\n"
        "Ski fahren auf den Spuren der Trolle\n\n"
        "Von Anna Schmidt\n\n" + _BODY_DE
    )
    assert newsclean.clean(page).title == "Ski fahren auf den Spuren der Trolle"


def test_the_label_of_a_date_on_the_next_line_is_not_the_headline() -> None:
    sections = ("Inicio", "Noticias", "Deportes", "Cultura", "Opinión")
    menu = "".join(f"* {name}\n" for name in sections)
    page = (
        "El ayuntamiento aprueba el carril bici del río | Diario Ejemplo\n\n"
        + menu
        + "\nPublicado el\n\n3 de marzo de 2021\n\n"
        + _BODY_ES
    )
    assert newsclean.clean(page).title == "El ayuntamiento aprueba el carril bici del río"


def test_a_list_of_related_posts_with_headings_is_not_the_headline() -> None:
    page = (
        "Exemple Magazine\n\n* Accueil\n* Actualités\n\nDans les médias\n\n"
        "# « La ville doit garder ses transports publics »\n\n"
        "jeudi 4 mars 2021, par Anne Martin\n\n"
        "Mots-clés > Transports, Démocratie\n\n"
        "## Sur le même sujet\n\n"
        "  * ### Les travaux du pont commencent au printemps\n\n"
        "Article // 3 mars 2021\n\n"
        "  * ### La ville ouvre un nouveau parc au bord du fleuve\n\n"
        "Vidéo // 2 mars 2021\n\n"
        "Le conseil municipal a voté mardi soir la construction d'une large piste cyclable le "
        "long du fleuve, qui reliera pour la première fois les deux rives de la ville.\n\n"
        "Les travaux commenceront au printemps et dureront environ deux ans, selon la mairie.\n"
    )
    assert newsclean.clean(page).title == "« La ville doit garder ses transports publics »"


def test_a_menu_entry_opening_the_page_is_not_taken_for_the_page_title() -> None:
    page = (
        "* Geschichten vom Land und aus der Stadt\n\n"
        "Geschichten vom Land und der Stadt\n\n* Termine\n* Kontakt\n\n"
        "Stadtrat beschließt neuen Radweg am Fluss\n\n"
        "Veröffentlicht am 3. März 2021\n\n" + _BODY_DE
    )
    assert newsclean.clean(page).title == "Stadtrat beschließt neuen Radweg am Fluss"


def test_a_dash_inside_the_headline_does_not_split_it_when_a_bar_sets_off_the_site() -> None:
    page = (
        "Radweg am Fluss – Stadtrat stimmt endlich zu | Notizen aus der alten Stadt\n\n"
        "* Startseite\n* Politik\n\n"
        "Notizen aus der alten Stadt\n\n"
        "Radweg am Fluss – Stadtrat stimmt endlich zu\n\n"
        "Veröffentlicht von Anna Schmidt am 3. März 2021\n\n" + _BODY_DE
    )
    assert newsclean.clean(page).title == "Radweg am Fluss – Stadtrat stimmt endlich zu"


def test_a_kicker_opening_the_header_loses_to_the_signed_headline_below_it() -> None:
    page = (
        "* Inicio\n* Noticias\n* Deportes\n\n"
        "Entrevista con la alcaldesa\n\n"
        "El carril bici del río estará listo en dos años\n\n"
        "Por Ana García\n\n" + _BODY_ES
    )
    assert newsclean.clean(page).title == "El carril bici del río estará listo en dos años"


def test_a_date_the_dateline_parser_misses_is_not_the_headline() -> None:
    page = (
        "* Startseite\n* Archiv\n\n"
        "Ein neuer Radweg für die Altstadt\n\n"
        "03 Mittwoch März 2021\n\n"
        "Verfasst von Anna in Stadtleben\n\n" + _BODY_DE
    )
    assert newsclean.clean(page).title == "Ein neuer Radweg für die Altstadt"


def test_a_sidebar_heading_repeated_word_for_word_is_not_quoted() -> None:
    sidebar = "Die neuesten Beiträge aus unserem Blog über die Stadt\n\n"
    page = (
        "* Startseite\n* Politik\n\n"
        "Stadtrat beschließt neuen Radweg am Fluss\n\n"
        + sidebar
        + _BODY_DE
        + "\n"
        + sidebar
        + "* Ein Sommer am See\n* Die neue Brücke\n"
    )
    assert newsclean.clean(page).title == "Stadtrat beschließt neuen Radweg am Fluss"


def test_a_kicker_above_a_headline_that_the_text_follows_is_not_the_headline() -> None:
    page = (
        "* Home\n* Travel\n* Food\n\n"
        "Journeys in winter\n\n"
        "Skiing the empty slopes of the far north\n\n" + _BODY_EN
    )
    assert newsclean.clean(page).title == "Skiing the empty slopes of the far north"


def test_the_slogan_beginning_with_a_two_word_site_name_does_not_repeat_it() -> None:
    page = (
        "Quiet Streets\n\n"
        "Quiet Streets and the people who walk them every day\n\n"
        "Skip to content\n\n* Home\n* About\n\n"
        "The river path reopens after two years of work\n\n"
        "Posted on March 3, 2021 by Anna\n\n" + _BODY_EN
    )
    assert newsclean.clean(page).title == "The river path reopens after two years of work"


def test_a_site_name_above_its_menu_is_not_the_page_title() -> None:
    page = (
        "Neue Stadtzeitung am Fluss\n\n* Startseite\n* Politik\n* Kultur\n\n"
        "Neue Stadtzeitung am Fluss\n\n"
        "Stadtrat beschließt neuen Radweg am Fluss\n\n"
        "Veröffentlicht am 3. März 2021\n\n" + _BODY_DE
    )
    assert newsclean.clean(page).title == "Stadtrat beschließt neuen Radweg am Fluss"


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        pytest.param(
            "* Home\n* News\n* Sport\n\nin Local News\n\n"
            "Council approves riverside cycle lane\n\n"
            "The new lane will link both banks of the river for the first time and should "
            "open in two years\n\n" + _BODY_EN,
            "Council approves riverside cycle lane",
            id="en-section-label-above",
        ),
        pytest.param(
            "* Startseite\n* Politik\n\nErneut kein Radweg\n\n"
            "Der Stadtrat vertagt die Entscheidung über den Radweg am Fluss auf das kommende "
            "Frühjahr\n\n" + _BODY_DE,
            "Erneut kein Radweg",
            id="de-short-headline",
        ),
    ],
)
def test_the_headline_above_its_standfirst_beats_the_standfirst(head: str, headline: str) -> None:
    assert newsclean.clean(head).title == headline


_LONG_HEADLINE_DE = (
    "Stadtrat beschließt nach langer Debatte einen neuen Radweg am Fluss und an der Uferstraße"
)


@pytest.mark.parametrize(
    "label",
    [
        pytest.param("Herausgeber: Stadt Musterhausen", id="label-and-value"),
        pytest.param(">Neue Stadtzeitung>Politik", id="breadcrumb-opening-with-its-arrow"),
    ],
)
def test_a_label_above_a_long_headline_is_not_the_headline(label: str) -> None:
    page = "* Startseite\n* Presse\n\n" + label + "\n\n" + _LONG_HEADLINE_DE + "\n\n" + _BODY_DE
    assert newsclean.clean(page).title == _LONG_HEADLINE_DE


def test_a_section_label_above_a_headline_and_its_standfirst_is_not_the_headline() -> None:
    page = (
        "* Inicio\n* Noticias\n\nModo noche\n\nen Noticias de la ciudad\n\n"
        "Carril bici aprobado\n\n"
        "Los vecinos celebran una obra que unirá por primera vez las dos orillas de la ciudad\n\n"
        + _BODY_ES
    )
    assert newsclean.clean(page).title == "Carril bici aprobado"


def test_a_picture_credit_right_above_the_text_is_not_the_headline() -> None:
    page = (
        "* Home\n* News\n\nCouncil approves riverside cycle lane\n\n"
        "Jane Roe/Getty Images The river seen from the old bridge\n\n" + _BODY_EN
    )
    assert newsclean.clean(page).title == "Council approves riverside cycle lane"


def test_the_line_right_above_the_byline_beats_the_blog_slogan() -> None:
    page = (
        "Ein Hundetagebuch\n\n~ Hunde & was mich so bewegt\n\nSuchen:\n\n"
        "Nach langer Zeit mal wieder ein Beitrag\n\n"
        "Veröffentlicht am 3. März 2021 von Anna\n\n"
        "Hinterlasse einen Kommentar\n\nSchlagwörter\n\n" + _BODY_DE
    )
    assert newsclean.clean(page).title == "Nach langer Zeit mal wieder ein Beitrag"


def test_the_standfirst_right_above_the_byline_is_not_the_headline() -> None:
    page = (
        "* Inicio\n* Noticias\n\nen Noticias de la ciudad\n\n"
        "El ayuntamiento aprueba el carril bici del río\n\n"
        "Los vecinos celebran una obra que unirá por primera vez las dos orillas de la ciudad\n\n"
        "Por Ana García 3 de marzo de 2021\n\n" + _BODY_ES
    )
    assert newsclean.clean(page).title == "El ayuntamiento aprueba el carril bici del río"


def test_a_markdown_headline_beats_a_link_to_the_next_post_above_the_dateline() -> None:
    page = (
        "* Startseite\n\n← Ein Winter in den Bergen\n\n"
        "Nachdenken über den Sommer am See →\n\n3. März 2021 · 14:05\n\n"
        "↓ Zu den Kommentaren\n\n# Der neue Radweg\n\n"
        "* Der Radweg · Stadtrat (2021)\n\nBewerten:\n\n" + _BODY_DE
    )
    assert newsclean.clean(page).title == "Der neue Radweg"


def test_a_line_opening_with_a_date_is_not_the_headline() -> None:
    page = (
        "* Startseite\n* Archiv\n\nRadweg am Fluss\n\n"
        "03.03.2021 / / Politik / Stadt / Verkehr / Umwelt / Top-Nachrichten / Wirtschaft\n\n"
        "Von Anna Schmidt\n\n" + _BODY_DE
    )
    assert newsclean.clean(page).title == "Radweg am Fluss"


def test_a_dated_headline_far_above_the_text_is_found_without_a_page_title() -> None:
    archive = "".join(f"* Archiv Eintrag {n}\n" for n in range(60))
    page = (
        "# Flussblog\n\n"
        "## Stadtrat beschließt neuen Radweg am Fluss\n\n"
        "3. März 2021 um 20:15\n\n"
        "Kurzer Gedanke zum Abend.\n\n"
        "### Teilen mit:\n\n* Twitter\n\n* Facebook\n\n" + archive + "\n" + _BODY_DE
    )
    assert newsclean.clean(page).title == "Stadtrat beschließt neuen Radweg am Fluss"


def test_a_post_heading_signed_right_below_it_beats_the_blog_name_above() -> None:
    page = (
        "Skip to content\n\n"
        "# Notes from the River Town\n\n"
        "## Council approves riverside cycle lane\n\n"
        "Posted in Local by riverwriter on March 3, 2021\n\n" + _BODY_EN
    )
    assert newsclean.clean(page).title == "Council approves riverside cycle lane"


def test_a_headline_ending_in_a_bracket_is_no_sentence() -> None:
    page = (
        "Home\n\nPolitik\n\nSport\n\n"
        "Stadtrat beschließt neuen Radweg am Fluss (mit Video)\n\n"
        "Der Umbau der Uferstraße beginnt im Frühjahr und dauert nach Angaben der Stadt "
        "wohl zwei Jahre.\n\n"
        "3. März 2021\n\n" + _BODY_DE
    )
    assert newsclean.clean(page).title == "Stadtrat beschließt neuen Radweg am Fluss (mit Video)"


def test_a_page_title_setting_off_its_site_beats_an_unmarked_line_above_the_text() -> None:
    menu = "".join(f"* Section {name}\n\n" for name in ("News", "Sport", "Arts", "Travel", "Money"))
    page = (
        "Council approves riverside cycle lane – The Example Gazette\n\n" + menu + "* Weather\n\n"
        "* Podcasts\n\n* Puzzles\n\nOur weekly letter for local readers\n\n* Sign up\n\n" + _BODY_EN
    )
    assert newsclean.clean(page).title == "Council approves riverside cycle lane"


def test_a_heading_opening_the_main_text_is_the_title_when_none_was_found() -> None:
    # Found by the idempotence property test: mojibake leaves the quotes unbalanced,
    # so the one line of text is a heading.
    page = (
        "\ufeffDer\xa0die das und mit01.01.2015, 00:00 Uhr\r\n"
        "â€œDer die das und mit fÃ¼r.â€ â€œDer die das und mit fÃ¼r Ã¼ber.â€\r\n"
        "Share this article"
    )
    first = newsclean.clean(page)
    assert first.title is not None
    assert first.title.endswith("für über.â€")
    assert first.text == ""
    assert newsclean.clean(first.text).body == first.body


def test_headings_with_no_text_under_them_are_no_main_text() -> None:
    # Found by the idempotence property test: the one line under the headline is a
    # heading; cleaned again it would be the title and the body would be empty.
    page = (
        "River festival returns | Culture\n\nBoats, bands and a night market\n\nShare this article"
    )
    first = newsclean.clean(page)
    assert first.title == "River festival returns"
    assert first.body == ()
    dropped = [line for line in first.lines if line.text == "Boats, bands and a night market"]
    assert [line.kind for line in dropped] == [LineKind.BOILERPLATE]
    assert newsclean.clean(first.text).body == first.body


@pytest.mark.parametrize(
    ("header", "headline", "body"),
    [
        (
            "* Startseite\n\n* Nachrichten\n\n* Aktuelle Meldungen\n\n"
            "Stadt und Land\n\n04.03.2021 | 13:10 Uhr | Anna Schmidt\n\n",
            "Stadtrat beschließt neuen Radweg am Fluss",
            _BODY_DE,
        ),
        (
            "* Home\n\n* News\n\nAround the town\n\nMarch 4, 2021\n\n",
            "Council approves riverside cycle lane",
            _BODY_EN,
        ),
    ],
)
def test_the_headline_between_its_dateline_and_the_text_is_the_title(
    header: str, headline: str, body: str
) -> None:
    page = header + headline + "\n\n" + body
    assert newsclean.clean(page).title == headline


def test_a_share_bar_between_the_byline_and_the_text_is_not_the_headline() -> None:
    page = (
        "* Home\n\n* Motoring\n\nMarch 4, 2021\n\n"
        "Council approves riverside cycle lane\n\n"
        "The new lane links both banks of the river and should open within two years\n\n"
        "By Jane Roe\n\nfacebook twitter whatsapp email print\n\n" + _BODY_EN
    )
    assert newsclean.clean(page).title == "Council approves riverside cycle lane"


def test_a_heading_under_the_dateline_is_the_headline_when_the_text_began_above_it() -> None:
    page = (
        "...\n\n"
        "Flussgeschichten ist ein kleines Blog über unsere Stadt am Fluss. Hier schreibe ich "
        "über Radwege, Brücken und alles, was sonst noch am Ufer geschieht.\n\n"
        "Dienstag, 3. März 2021\n\n"
        "Endlich ein Radweg!\n\n" + _BODY_DE
    )
    assert newsclean.clean(page).title == "Endlich ein Radweg!"


_MORE_EN = (
    "Shop owners on the river road welcomed the decision, saying that more cyclists would "
    "bring more customers, while some residents worried about the loss of parking spaces.\n\n"
    "The council promised to plant new trees along the lane and to light it at night, and "
    "it will ask schools, clubs and neighbours how the old harbour path should be used "
    "once the new lane is open to everyone.\n"
)
_MORE_DE = (
    "Die Geschäftsleute an der Uferstraße begrüßten den Beschluss, weil mehr Radfahrer auch "
    "mehr Kundschaft bringen, während einige Anwohner den Verlust von Parkplätzen fürchten.\n\n"
    "Die Stadt versprach, entlang des Radwegs neue Bäume zu pflanzen und ihn nachts zu "
    "beleuchten. Schulen, Vereine und Nachbarn sollen mitreden, wie der alte Hafenweg künftig "
    "genutzt wird, und im Sommer lädt die Verwaltung zu einem Rundgang am Ufer "
    "mit allen Interessierten ein. Auch die Fähre zum anderen Ufer soll dann öfter fahren.\n"
)
_MORE_ES = (
    "Los comerciantes de la avenida del río celebraron la decisión, porque más ciclistas traen "
    "más clientes, mientras algunos vecinos temen perder plazas de aparcamiento.\n\n"
    "El ayuntamiento prometió plantar árboles nuevos junto al carril e iluminarlo de noche. "
    "Escuelas, clubes y vecinos podrán opinar sobre el uso del antiguo camino del puerto, y en "
    "verano habrá un paseo guiado por la orilla "
    "abierto a todos los vecinos.\n"
)


@pytest.mark.parametrize(
    ("headline", "header", "body"),
    [
        (
            "Council approves wide cycle lane along the river",
            [
                "Reuters",
                "* March 4, 2021",
                "Article history",
                "Online: March 4, 2021",
                "Last modified: March 4, 2021",
                "* Print",
                "* Share",
            ],
            _BODY_EN + "\n" + _MORE_EN,
        ),
        (
            "Stadtrat beschließt breiten Radweg entlang des Flusses",
            [
                "dpa",
                "* 4. März 2021",
                "Verlauf des Artikels",
                "Online: 4. März 2021",
                "Zuletzt geändert: 4. März 2021",
                "* Drucken",
                "* Teilen",
            ],
            _BODY_DE + "\n" + _MORE_DE,
        ),
        (
            "El ayuntamiento aprueba un carril bici junto al río",
            [
                "EFE",
                "* 4 de marzo de 2021",
                "Historial del artículo",
                "En línea: 4 de marzo de 2021",
                "Última modificación: 4 de marzo de 2021",
                "* Imprimir",
                "* Compartir",
            ],
            _BODY_ES + "\n" + _MORE_ES,
        ),
    ],
    ids=["en", "de", "es"],
)
def test_the_headline_whose_words_the_text_repeats_beats_a_widget_above_the_text(
    headline: str, header: list[str], body: str
) -> None:
    page = "\n\n".join(["* Home", "* News", headline, *header, body])
    assert newsclean.clean(page).title == headline


def test_a_quoted_headline_at_the_top_of_the_main_text_is_the_title() -> None:
    """A headline in « » reads as a quote; repeating the page title, it is the headline."""
    page = (
        "« La ville doit garder ses transports publics »\n\n"
        "Accueil >\n\nActualités\n\n>\n\nDans les médias\n\n"
        "« La ville doit garder ses transports publics »\n\n"
        "jeudi 4 mars 2021, par Anne Martin\n\n"
        "Le conseil municipal a voté mardi soir la construction d'une large piste cyclable le "
        "long du fleuve, qui reliera pour la première fois les deux rives de la ville.\n\n"
        "Les travaux commenceront au printemps et dureront environ deux ans, selon la mairie, "
        "qui promet de garder les bus en service pendant tout le chantier.\n"
    )
    assert newsclean.clean(page).title == "« La ville doit garder ses transports publics »"


@pytest.mark.parametrize(
    ("headline", "standfirst", "byline"),
    [
        (
            "Bürgermeisterin Weber: «Der Radweg kommt – egal, wie lange es dauert»",
            "Die Stadt will mit dem neuen Radweg am Fluss ein Zeichen für den Verkehr von morgen "
            "setzen",
            "von Redaktion 3. März 2021, 12:01",
        ),
        (
            'Mayor Ruiz on the new lane: "We are building it for our children"',
            "The town wants the cycle lane along the river to show how people will get around "
            "in the years to come",
            "By Staff Reporter March 3, 2021, 12:01",
        ),
    ],
    ids=["de-guillemets", "en-quotes"],
)
def test_a_headline_ending_in_a_quotation_without_full_stop_is_no_sentence(
    headline: str, standfirst: str, byline: str
) -> None:
    """The quotation's own last mark decides, not the closing quote after it."""
    header = ["* Start", "* Politik", "in Politik", headline, standfirst, byline, "Teilen Drucken"]
    page = "\n\n".join([*header, _BODY_DE + "\n" + _MORE_DE])
    assert newsclean.clean(page).title == headline


@pytest.mark.parametrize(
    ("headline", "standfirst", "byline"),
    [
        (
            "Mr. Brown opens the new cycle lane along the river",
            "The mayor says the lane will link both banks of the town for the first time in "
            "decades and bring more visitors",
            "By Staff Reporter, March 3, 2021",
        ),
        (
            "Dr. Brandt übernimmt die Praxis am Fluss",
            "Die junge Ärztin will im Sommer anfangen und auch Hausbesuche in den Dörfern am "
            "Ufer machen, sagt die Stadt",
            "von Redaktion 3. März 2021",
        ),
    ],
    ids=["en", "de"],
)
def test_a_title_before_a_name_is_no_sentence_break_in_the_headline(
    headline: str, standfirst: str, byline: str
) -> None:
    """ "Mr. Brown" keeps the headline one clause, so it beats its standfirst."""
    body = _BODY_EN + "\n" + _MORE_EN if byline.startswith("By") else _BODY_DE + "\n" + _MORE_DE
    header = ["* Home", "* Region", "in Region", headline, standfirst, byline, "Share Print"]
    page = "\n\n".join([*header, body])
    assert newsclean.clean(page).title == headline


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("Ein Radweg für beide Ufer: der Stadtrat sagt Ja!", _BODY_DE + "\n" + _MORE_DE),
        ("Carril bici en el río: ¡el ayuntamiento dice sí!", _BODY_ES + "\n" + _MORE_ES),
        ("A cycle lane for both banks: the council says yes!", _BODY_EN + "\n" + _MORE_EN),
    ],
    ids=["de", "es", "en"],
)
def test_a_plain_line_opening_the_text_with_a_headline_shape_is_the_headline(
    headline: str, body: str
) -> None:
    """Without heading markup the headline is the text's first line, with no full stop."""
    page = "\n\n".join(["* Home", "* Mode", "* Reisen", "* Über mich", headline, body])
    assert newsclean.clean(page).title == headline


def test_a_heading_that_the_page_repeats_in_a_list_is_the_headline_below_notices() -> None:
    """A notice taken for the text's start hides the headline; its copy further down shows it."""
    notices = (
        "Vielen Dank für Ihre Anmeldung. Wir wünschen Ihnen viel Freude beim Lesen.\n\n"
        "Sie haben die Ausgabe für Österreich gewählt. Wir wünschen Ihnen viel Freude.\n\n"
    )
    headline = "Stadtrat beschließt breiten Radweg entlang des Flusses"
    page = (
        notices + headline + "\n\n" + _BODY_DE + "\n" + _MORE_DE + "\n"
        "Meistgelesen\n\n* Die Fähre fährt ab Juni wieder öfter\n\n* " + headline + "\n"
    )
    assert newsclean.clean(page).title == headline


@pytest.mark.parametrize(
    ("headline", "standfirst", "byline", "body"),
    [
        (
            "Endlich grünes Signal",
            "Der Stadtrat will den Radweg an der Uferstraße bauen, die Verwaltung rechnet "
            "mit zwei Jahren Arbeit am Ufer.",
            "Anna Berger am 3. März 2021",
            _BODY_DE + "\n" + _MORE_DE,
        ),
        (
            "A long wait is over",
            "The council will build the cycle lane along the river road, and the work on the "
            "lane should take about two years.",
            "By Anna Berger",
            _BODY_EN + "\n" + _MORE_EN,
        ),
    ],
    ids=["de", "en"],
)
def test_the_headline_above_a_standfirst_taken_for_the_text_is_the_title(
    headline: str, standfirst: str, byline: str, body: str
) -> None:
    """The byline under the long line shows it as the standfirst, still part of the header."""
    section = "Kultur und Freizeit" if byline.startswith("Anna") else "Culture and leisure"
    page = "\n\n".join(["* Start", "* Kultur", section, headline, standfirst, byline, body])
    assert newsclean.clean(page).title == headline


def test_a_blog_slogan_above_the_dateline_is_no_standfirst_of_the_blog_name() -> None:
    """Under the dateline stands the post's heading: the lines above it are the blog's."""
    page = "\n\n".join(
        [
            "Ferry Diaries Of Anna Berger: Cycle Lane Along The River Approved",
            "Ferry Diaries Of Anna Berger",
            "Here I write about the river, its old bridges and the people who cross them on "
            "their way to work every day.",
            "Wednesday, March 3, 2021",
            "Cycle Lane Along The River Approved",
            _BODY_EN + "\n" + _MORE_EN,
        ]
    )
    assert newsclean.clean(page).title == "Cycle Lane Along The River Approved"


@pytest.mark.parametrize(
    ("headline", "standfirst", "button", "byline", "body"),
    [
        (
            "A tough new rule for careless drivers",
            "Fines for drivers who park on the new lane are to rise to a maximum of £500 "
            "from next spring onwards",
            "Close",
            "By Anna Berger",
            _BODY_EN + "\n" + _MORE_EN,
        ),
        (
            "Harte Zeiten für Falschparker",
            "Wer auf dem neuen Radweg parkt, soll ab dem Frühjahr bis zu 500 Euro Bußgeld "
            "zahlen müssen",
            "Schließen",
            "Von Anna Berger",
            _BODY_DE + "\n" + _MORE_DE,
        ),
    ],
    ids=["en", "de"],
)
def test_a_button_between_the_standfirst_and_the_byline_still_ends_the_header(
    headline: str, standfirst: str, button: str, byline: str, body: str
) -> None:
    page = "\n\n".join(["* Home", "* News", "News", headline, standfirst, button, byline, body])
    assert newsclean.clean(page).title == headline


def test_two_quoted_sentences_opening_like_the_page_title_are_no_headline() -> None:
    """A quote that repeats the page title and goes on ("“...” “Wer kommt?”") is text."""
    page = (
        "Der Rat tagt im alten Saal\n"
        "By Mara Lindqvist\n"
        "“Der Rat tagt im alten Saal.” “Wer kommt zur Sitzung?”\n"
        "Wie es weitergeht\n"
        "“Der Rat will im Mai entscheiden.” “Bis dahin bleibt die Brücke zu.”\n"
        "Share this article\n"
    )
    article = newsclean.clean(page)
    assert article.title == "Der Rat tagt im alten Saal"
    assert "“Wer kommt zur Sitzung?”" in article.text


def test_a_list_of_tags_that_the_text_repeats_is_not_the_headline() -> None:
    page = (
        "* Startseite\n\n* Archiv\n\n"
        "Radweg am Fluss beschlossen\n\n"
        "Schlagwörter\n\n"
        "Radweg, Stadtrat, Uferstraße, Verkehr, Fluss\n\n" + _LONG_BODY_DE
    )
    assert newsclean.clean(page).title == "Radweg am Fluss beschlossen"


def test_a_breadcrumb_glued_into_one_line_is_not_the_headline() -> None:
    page = (
        "Zum Inhalt springen\n\n"
        "Stadtrat beschließt Radweg am Fluss\n\n"
        "Radweg Stadtrat Uferstraße Verkehr StartseiteFluss Bürgerversammlung2021\n\n"
        + _LONG_BODY_DE
    )
    assert newsclean.clean(page).title == "Stadtrat beschließt Radweg am Fluss"


def test_the_headline_under_its_dateline_beats_the_column_name_above_it() -> None:
    page = (
        "* Startseite\n\n* Archiv\n\n"
        "Aus dem Rathaus: Notizen und Meinungen\n\n"
        "3. März 2021\n\n"
        "Stadtrat beschließt Radweg am Fluss\n\n"
        "Teilen auf Facebook\n\n" + _LONG_BODY_DE
    )
    assert newsclean.clean(page).title == "Stadtrat beschließt Radweg am Fluss"


def test_a_server_error_printed_above_the_page_is_not_the_headline() -> None:
    page = (
        "Notice: Undefined index: lang in /var/www/blog/header.php on line 12\n\n"
        "Warning: Division by zero in /var/www/blog/wp-content/plugins/stats/counter.php "
        "on line 88\n\n"
        "Stadtrat beschließt Radweg am Fluss\n\n"
        "Schlagwörter\n\n" + _BODY_DE
    )
    assert newsclean.clean(page).title == "Stadtrat beschließt Radweg am Fluss"


def test_the_texts_first_line_that_the_page_lists_under_recent_posts_is_the_headline() -> None:
    page = (
        "Zum Inhalt springen\n\n"
        "Veröffentlicht am 3. März 2021 von Anna\n\n"
        "Radweg am Fluss: Endlich ist es so weit.\n\n" + _BODY_DE + "\n"
        "Neueste Beiträge\n\n"
        "* Radweg am Fluss: Endlich ist es so weit. 3. März 2021\n\n"
        "* Ein Winter auf dem Rad 12. Februar 2021\n"
    )
    article = newsclean.clean(page)
    assert article.title == "Radweg am Fluss: Endlich ist es so weit."
    assert not article.text.startswith("Radweg am Fluss")


@pytest.mark.parametrize(
    ("breadcrumb", "headline", "subtitle", "byline", "body"),
    [
        (
            "* Startseite\n* Nachrichten\n* Region\n* Stadtrat beschließt Radweg am Fluss",
            "Stadtrat beschließt Radweg am Fluss",
            "Umbau der Uferstraße: Bürger sollen mitreden",
            "Von Anna Berger",
            _LONG_BODY_DE,
        ),
        (
            "Skip to content\n\nSign in\n\nHome>News>Local> Council approves riverside cycle lane",
            "Council approves riverside cycle lane",
            "Riders and drivers will share the river road until the spring",
            "By Ann Lee",
            "\n".join([_BODY_EN] * 3),
        ),
        (
            "1. Inicio\n2. Noticias\n3. Ciudad\n"
            "4. El ayuntamiento aprueba un carril bici junto al río",
            "El ayuntamiento aprueba un carril bici junto al río",
            "Las obras empiezan en primavera y durarán dos años",
            "Por Ana Ruiz",
            "\n".join([_BODY_ES] * 3),
        ),
    ],
    ids=["de-list", "en-arrows", "es-numbered"],
)
def test_the_line_repeating_the_end_of_the_breadcrumb_beats_the_subtitle_above_the_byline(
    breadcrumb: str, headline: str, subtitle: str, byline: str, body: str
) -> None:
    """A breadcrumb ends in the page's own headline; the header gives it again below."""
    page = "\n\n".join([breadcrumb, headline, subtitle, byline, body])
    assert newsclean.clean(page).title == headline


@pytest.mark.parametrize(
    ("menu", "headline", "body"),
    [
        (
            "Navigation Stadtverwaltung Musterstadt\n\n* Leichte Sprache\n\n* Suche\n\n"
            "1. Startseite\n2. Aktuelle Meldungen",
            "Unfallzahlen Radverkehr 2022",
            _LONG_BODY_DE,
        ),
        (
            "Navigation City Council of Exampletown\n\n* Easy read\n\n* Search\n\n"
            "1. Home\n2. Latest news",
            "Cycling accidents 2022",
            "\n".join([_BODY_EN] * 3),
        ),
    ],
    ids=["de", "en"],
)
def test_a_short_headline_ending_in_a_year_is_no_date(menu: str, headline: str, body: str) -> None:
    page = "\n\n".join([menu, headline, body])
    assert newsclean.clean(page).title == headline


@pytest.mark.parametrize(
    ("header", "headline", "body"),
    [
        (
            "* Blog\n* Archive\n\nNotes from the summer street festival in the old town\n"
            "March 3, 2021 · 14:20\nJump to the comments",
            "Council approves riverside cycle lane",
            "\n".join([_BODY_EN] * 3),
        ),
        (
            "* Blog\n* Archiv\n\nNotizen vom Sommerfest in der Altstadt und am Hafen\n"
            "3. März 2021 · 14:20\nZu den Kommentaren",
            "Stadtrat beschließt neuen Radweg am Fluss",
            _LONG_BODY_DE,
        ),
        (
            "* Blog\n* Archivo\n\nNotas de la fiesta de verano en el casco antiguo\n"
            "3 de marzo de 2021 · 14:20\nIr a los comentarios",
            "El ayuntamiento aprueba un carril bici junto al río",
            "\n".join([_BODY_ES] * 3),
        ),
    ],
    ids=["en", "de", "es"],
)
def test_the_headline_set_apart_by_blank_lines_beats_a_link_run_on_with_the_dateline(
    header: str, headline: str, body: str
) -> None:
    """A layout-keeping rendering gives the headline a block of its own."""
    page = "\n\n".join([header, headline, body])
    assert newsclean.clean(page).title == headline


def test_links_to_the_previous_and_next_post_are_not_the_headline() -> None:
    page = (
        "* Home\n\n* About\n\n"
        "← Notes from the spring market\n\n"
        "Why the old bridge still matters to the town →\n\n"
        "March 3, 2021 · 09:15\n\n"
        "Council approves riverside cycle lane\n\n"
        "Leave a comment\n\n" + _BODY_EN
    )
    assert newsclean.clean(page).title == "Council approves riverside cycle lane"


def test_a_row_of_channels_set_apart_by_slashes_is_not_the_headline() -> None:
    page = (
        "* Home\n\n* Videos\n\n"
        "Meine Kanäle: Comedy & Cartoons / Reisen / Kochen\n\n"
        "12. November 2015 / 13:48\n\n"
        "Drei verrückte Orte in Hamburg\n\n"
        "Zum Video\n\n" + _LONG_BODY_DE
    )
    assert newsclean.clean(page).title == "Drei verrückte Orte in Hamburg"


_BODY_ZH = (
    "市议会周二晚间以压倒性多数通过决议，将沿河修建一条宽阔的自行车道，首次连接城市两岸。"
    "工程预计于春季开工，历时约两年，其间沿河道路的交通将不时改道。\n\n"
    "议会中只有一个小党团投了反对票，他们认为约一千二百万元的造价过高，并担心沿河道路出现拥堵。"
    "沿河居民多年来一直希望有一条安全的自行车道，因为早上那里交通繁忙。\n"
)


def test_a_headline_with_a_full_width_colon_is_no_label() -> None:
    page = (
        "* 首页\n* 新闻\n* 财经\n* 体育\n\n"
        "新闻 正文\n\n"
        "河畔的声音：有坚持的你，才有美丽的城！\n\n"
        "2021-03-03 09:15:00 来源： 晨报\n\n" + _BODY_ZH
    )
    assert newsclean.clean(page).title == "河畔的声音：有坚持的你，才有美丽的城！"


def test_a_price_in_the_headline_does_not_make_it_a_row_of_numbers() -> None:
    page = (
        "* Angebote\n\n* Gutscheine\n\n"
        "Deal des Tages bei Mara\n\n"
        "Kaffee Gold Instant 2 Gläser für 4,80 €\n\n"
        "Eingestellt von Mara, 18.10.2019, 15:07 Uhr\n\n" + _LONG_BODY_DE
    )
    assert newsclean.clean(page).title == "Kaffee Gold Instant 2 Gläser für 4,80 €"


def test_a_heading_under_a_quoted_posts_date_inside_the_text_is_not_the_headline() -> None:
    page = (
        "Science Weekly Health\n\n"
        "Rumours and the virus: how a false claim becomes a fact\n\n"
        "By Nora Castel, 14.09.2020 at 11:46\n\n" + _LONG_BODY_EN + "\n"
        "Maybe the lane should go on the other bank\n\n"
        "— Jo Example (@joexample) March 16, 2020\n\n"
        "Why the council's cycle lane plan along the river divides the town\n\n"
        "Those who ride to work welcome the lane, while shop owners on the river road fear "
        "that the two years of building work will keep their customers away.\n"
    )
    assert newsclean.clean(page).title == "Rumours and the virus: how a false claim becomes a fact"


def test_a_first_line_of_many_short_menu_items_is_not_the_page_title() -> None:
    page = (
        "Über uns | Lexikon A - Z | Labor, Industrie | Stellenbörse | Sonstiges\n\n"
        "Impressum, Kontakt\n\n"
        "Lexikon A - Z\n\n"
        "Radweg am Fluss beschlossen\n\n" + _LONG_BODY_DE
    )
    assert newsclean.clean(page).title == "Radweg am Fluss beschlossen"


def test_the_headline_above_its_longer_subtitle_is_the_title() -> None:
    page = (
        "* Startseite\n\n* Presse\n\n"
        "Radwege sind kein rechtsfreier Raum\n\n"
        "Eine neue Streife der Polizei beginnt ihren Dienst\n\n"
        "Datum: 3. März 2021\n\n" + _LONG_BODY_DE + "\n"
        "Keine Kommentare zu „Radwege sind kein rechtsfreier Raum“\n"
    )
    assert newsclean.clean(page).title == "Radwege sind kein rechtsfreier Raum"


def test_a_server_error_message_is_not_the_headline() -> None:
    warning = "Warning: mysql_connect(): {} in /var/www/blog/db.php on line 12\n\n"
    page = (
        warning.format("Access denied for user")
        + warning.format("A link to the server could not be made")
        + "Zum Inhalt springen\n\n* Startseite\n\n* Allgemein\n\n"
        "Alles neu im Mai\n\n"
        "Nachdem ich mein Blog zwei Jahre lang liegen gelassen habe, wird es Zeit für einen "
        "neuen Anfang mit frischen Farben und einer neuen Schrift.\n\n"
        "Der Anfang ist gemacht, jetzt muss ich nur noch ab und zu zum Schreiben kommen.\n"
    )
    assert newsclean.clean(page).title == "Alles neu im Mai"


def test_a_prompt_of_the_comment_form_is_not_the_headline() -> None:
    page = (
        "* Publikationen\n\n* Suchen\n\n* Impressum\n\n"
        "Rasende Radfahrer\n\n"
        "Schreibe eine Antwort\n\n" + _LONG_BODY_DE
    )
    assert newsclean.clean(page).title == "Rasende Radfahrer"


def test_a_placeholder_of_the_search_box_is_not_the_headline() -> None:
    page = (
        "* Inicio\n\n* Economía\n\n"
        "El ayuntamiento aprueba el carril bici del río\n\n"
        "Compartir esta noticia\n\n*\n\n*\n\n*\n\nSEGUIR\n\n"
        "Introduzca el texto aquí\n\n" + _BODY_ES
    )
    assert newsclean.clean(page).title == "El ayuntamiento aprueba el carril bici del río"


def test_a_line_naming_the_sites_navigation_or_home_page_is_not_the_headline() -> None:
    page = (
        "Navigation Bundesamt für Radwege und Uferstraßen\n\n"
        "* Aktuelles\n\n* Themen\n\n* Service\n\n"
        "1. Startseite\n\n2. Aktuelle Meldungen\n\n"
        "Radweg & Uferstraße 2021\n\n" + _LONG_BODY_DE
    )
    assert newsclean.clean(page).title == "Radweg & Uferstraße 2021"


def test_a_line_opening_with_an_ellipsis_continues_the_headline_above_it() -> None:
    page = (
        "* Startseite\n\n* Ratgeber\n\n"
        "Radweg am Fluss\n\n"
        "...und warum die Uferstraße umgebaut wird\n\n"
        "Von Anna Berg\n\n" + _LONG_BODY_DE
    )
    assert newsclean.clean(page).title == "Radweg am Fluss"


def test_a_link_given_twice_in_one_line_is_not_the_headline() -> None:
    page = (
        "* Podcasts\n\n* Reportagen\n\n"
        "Neuer Radweg für die Stadt\n\n"
        "Radweg am Fluss Radweg am Fluss\n\n" + _LONG_BODY_DE
    )
    assert newsclean.clean(page).title == "Neuer Radweg für die Stadt"
