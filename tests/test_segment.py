"""Finding the main text among lists: dated entries after or inside an article."""

from __future__ import annotations

import pytest

import newsclean

_HEAD = (
    "New tram line opens in the old town | City\n\n"
    "New tram line opens in the old town\n\n"
    "By Mara Lind\n\n"
    "March 4, 2024\n\n"
)
_FIRST_HALF = (
    "The first trams on the new line left the depot at six in the morning, and by noon "
    "more than four thousand people had ridden the three kilometres to the harbour.\n\n"
    "The line cost the city less than planned, the transport office said, because the "
    "old rails under the market square could be reused for most of the route.\n\n"
)
_SECOND_HALF = (
    "Shop owners on the route, who had complained about two years of building work, said "
    "they hoped the trams would bring back the customers they had lost.\n\n"
    "A second line to the university is planned for 2027, if the regional government "
    "agrees to pay for half of it, the mayor told reporters at the opening.\n\n"
)


def _article_then(tail: str) -> newsclean.Article:
    """The whole tram article (head, both halves), then `tail`, cleaned."""
    return newsclean.clean(_HEAD + _FIRST_HALF + _SECOND_HALF + tail)


def _entry(headline: str, name: str, date: str, snippet: str) -> str:
    return f"{headline}\n\n{name}\n\n{date}\n\n{snippet}\n\n"


_MORE_STORIES = "More stories\n\n" + "".join(
    _entry(h, n, d, s)
    for h, n, d, s in [
        (
            "Council votes on parking fees",
            "Jon Berg",
            "March 3, 2024",
            "The council will vote next week on doubling parking fees in the centre, a plan "
            "that shop owners have fought since the summer.",
        ),
        (
            "Harbour festival moves to June",
            "Eva Stone",
            "March 2, 2024",
            "The harbour festival will take place two weeks earlier this year, because the "
            "quay will be closed for repairs in July and August.",
        ),
        (
            "Library extends its opening hours",
            "Tom Reed",
            "March 1, 2024",
            "From April the central library will open on Sundays, after a trial last autumn "
            "brought more visitors than any other day of the week.",
        ),
    ]
)


def test_list_of_dated_teasers_after_the_article_is_not_body() -> None:
    article = _article_then(_MORE_STORIES)
    assert "mayor told reporters" in article.text
    assert "parking fees" not in article.text
    assert "library will open on Sundays" not in article.text


def test_dated_gallery_inside_the_article_is_dropped_and_both_halves_kept() -> None:
    gallery = "".join(
        _entry(
            "Town in pictures",
            "Photo desk",
            f"{day} Februar 2024",
            f"Ein Bild vom Markt am {day}. Februar, aufgenommen kurz nach Sonnenaufgang.",
        )
        for day in range(10, 4, -1)
    )
    article = newsclean.clean(_HEAD + _FIRST_HALF + gallery + _SECOND_HALF)
    assert "four thousand people" in article.text
    assert "second line to the university" in article.text
    # The last caption is followed by the article's next paragraph, so nothing
    # tells it apart from an article's own head: it stays (a known limit).
    assert article.text.count("Sonnenaufgang") == 1
    assert "5. Februar" in article.text
    assert article.title == "New tram line opens in the old town"


def test_main_text_does_not_run_on_across_a_menu() -> None:
    menu = "".join(f"{entry}\n\n" for entry in [
        "Politics", "Business", "Sport", "Culture", "Travel", "Weather", "Science",
        "Opinion", "Podcasts", "Video", "Puzzles", "Archive",
    ])  # fmt: skip
    footer = (
        "Our reporters cover the city council, the courts and the schools of the whole "
        "region every day, and they answer readers' letters every Friday afternoon.\n"
    )
    article = newsclean.clean(_HEAD + _FIRST_HALF + _SECOND_HALF + menu + footer)
    assert "mayor told reporters" in article.text
    assert "Podcasts" not in article.text
    assert "readers' letters" not in article.text


def test_main_text_does_not_run_on_across_a_menu_of_list_items() -> None:
    # Markdown and layout renderings keep the menu's list marks.
    menu = "".join(f"{mark} {entry}\n" for mark, entry in [
        ("*", "Politik"), ("+", "Inland"), ("+", "Ausland"), ("+", "Europa"),
        ("*", "Wirtschaft"), ("+", "Börse"), ("+", "Unternehmen"), ("+", "Verbraucher"),
        ("*", "Sport"), ("+", "Fußball"), ("+", "Tennis"), ("+", "Wintersport"),
        ("*", "Kultur"), ("+", "Kino"), ("+", "Bücher"), ("+", "Musik"),
        ("*", "Reise"), ("+", "Europa"), ("+", "Fernreisen"), ("+", "Städtereisen"),
        ("*", "Wissen"), ("+", "Klima"), ("+", "Medizin"), ("+", "Weltall"),
        ("*", "Service"), ("+", "Wetter"), ("+", "Newsletter"), ("+", "Archiv"),
    ])  # fmt: skip
    footer = (
        "\nAlle Kursdaten werden von einem externen Dienstleister geliefert und erscheinen "
        "mit einer Verzögerung von mindestens fünfzehn Minuten; für ihre Richtigkeit wird "
        "keine Gewähr übernommen, und sie sind keine Empfehlung zum Kauf oder Verkauf von "
        "Wertpapieren. Die Angaben dienen allein der Information unserer Leserinnen und "
        "Leser und werden von der Redaktion nicht geprüft.\n"
    )
    article = newsclean.clean(_HEAD + _FIRST_HALF + _SECOND_HALF + menu + footer)
    assert "mayor told reporters" in article.text
    assert "Wintersport" not in article.text
    assert "Kursdaten" not in article.text


def test_site_disclaimer_is_not_body() -> None:
    disclaimer = (
        "The information provided on this website is for general information only and "
        "is not a substitute for professional advice; always ask a qualified expert "
        "before you act on anything you read here.\n"
    )
    article = _article_then(disclaimer)
    assert "mayor told reporters" in article.text
    assert "general information only" not in article.text


def test_comment_house_rules_end_the_main_text() -> None:
    comments = (
        "Please keep your comments civil and on topic; our moderators remove abusive posts.\n\n"
        "Karl Ott\n\n"
        "I ride this line every morning now and it is much faster than the bus ever was, "
        "although the trams are far too full before eight.\n"
    )
    article = _article_then(comments)
    assert "mayor told reporters" in article.text
    assert "too full before eight" not in article.text


def test_markdown_comments_heading_ends_the_main_text() -> None:
    comments = (
        "### Comments\n\n"
        "Karl Ott\n\n"
        "I ride this line every morning now and it is much faster than the bus ever was, "
        "although the trams are far too full before eight, and the ticket machines at the "
        "harbour stop have been broken for a week, which nobody at the office seems to mind.\n"
    )
    article = _article_then(comments)
    assert "mayor told reporters" in article.text
    assert "too full before eight" not in article.text


@pytest.mark.parametrize("header", ["[ 14 comments ]", "## Top Rated Comments", "(3 Kommentare)"])
def test_bracketed_or_ranked_comments_header_ends_the_main_text(header: str) -> None:
    comments = (
        f"{header}\n\n"
        "Karl Ott\n\n"
        "I ride this line every morning now and it is much faster than the bus ever was, "
        "although the trams are far too full before eight, and the ticket machines at the "
        "harbour stop have been broken for a week, which nobody at the office seems to mind.\n"
    )
    article = _article_then(comments)
    assert "mayor told reporters" in article.text
    assert "too full before eight" not in article.text


@pytest.mark.parametrize(
    "share_bar",
    [
        "Facebook\n\nTwitter\n\nComments\n\nPrint\n\n",
        "Teilen\n\nKommentare\n\nDrucken\n\n",
        "微信\n\n微博\n\nQzone\n\n评论\n\n",
    ],
)
def test_comments_link_in_a_share_bar_does_not_end_the_main_text(share_bar: str) -> None:
    article = newsclean.clean(_HEAD + _FIRST_HALF + share_bar + _SECOND_HALF)
    assert "four thousand people" in article.text
    assert "mayor told reporters" in article.text


def test_dated_commenter_headers_end_the_main_text() -> None:
    comments = "".join(
        f"{name} on March {day}, 2024 at 9:1{day} pm said:\n\n{text}\n\n"
        for name, day, text in [
            ("Karl Ott", 5, "I ride this line every morning now and it is much faster than the "
             "bus ever was, although the trams are far too full before eight, and the ticket "
             "machines at the harbour stop have been broken for a week already."),
            ("Ida Lund", 6, "Same here; the new timetable works well for me and my children, "
             "who now get to school without changing twice, which saves us half an hour."),
        ]
    )  # fmt: skip
    article = _article_then(comments)
    assert "mayor told reporters" in article.text
    assert "too full before eight" not in article.text
    assert "half an hour" not in article.text


def test_several_commenters_who_say_end_the_main_text() -> None:
    comments = (
        "1. tramfan77 says:\n\n"
        "I ride this line every morning now and it is much faster than the bus ever was, "
        "although the trams are far too full before eight.\n\n"
        "2. Ida Lund says:\n\n"
        "Same here; the new timetable works well for me and my children, who now get to "
        "school without changing twice, which saves us half an hour every morning.\n"
    )
    article = _article_then(comments)
    assert "mayor told reporters" in article.text
    assert "too full before eight" not in article.text
    assert "half an hour" not in article.text


def test_one_line_ending_in_says_may_open_a_quotation() -> None:
    quoted = (
        "The mayor says:\n\n"
        "“This line is only the beginning, and the next one will reach the university and "
        "the hospital before the end of the decade.”\n\n"
    )
    article = newsclean.clean(_HEAD + _FIRST_HALF + quoted + _SECOND_HALF)
    assert "only the beginning" in article.text
    assert "mayor told reporters" in article.text


def test_main_text_follows_a_dated_headline_that_repeats_the_page_title() -> None:
    teasers = "".join(
        f"{headline}\n\n{snippet}\n\n"
        for headline, snippet in [
            ("The 4 Best Bakeries In The Old Town", "We looked at reviews to find the best "
             "bakeries in the old town, from sourdough to cinnamon buns, and here they are."),
            ("Where To Skate This Winter", "The rink on the market square opens on Friday, and "
             "two more will follow in the parks before Christmas, the city said today."),
            ("Five Walks Along The River", "Autumn is the best time to walk along the river, "
             "when the trees turn and the paths are quiet on weekday mornings."),
        ]
    )  # fmt: skip
    page = (
        "New tram line opens in the old town | City\n\n"
        + teasers
        + "New tram line opens in the old town\n\nMarch 4, 2024\n\n"
        + _FIRST_HALF
    )
    article = newsclean.clean(page)
    assert "four thousand people" in article.text
    assert "sourdough" not in article.text
    assert "paths are quiet" not in article.text


_TOUR_HEAD = (
    "Harbour Band announce a farewell tour | Music\n\n"
    "Harbour Band announce a farewell tour\n\n"
    "By Lena Holm\n\n"
    "May 2, 2024\n\n"
    "Forty years after their first concert in a fishing town pub, the Harbour Band will "
    "play their last tour next spring, the four members said on Thursday.\n\n"
    "Tickets go on sale next Friday; the band said the last show would be in the town "
    "where they started, and that every seat there would cost the same.\n\n"
)


_TOUR_DATES_ARE = (
    "The band will play six concerts in six cities, starting in Bristol at the beginning "
    "of March and ending at home; these are the dates:\n\n"
)


def test_list_announced_by_the_last_paragraph_is_body() -> None:
    dates = "".join(
        f"{date} -- {place}\n"
        for date, place in [
            ("March 3", "Riverside Hall, Bristol"), ("March 5", "Old Market, Leeds"),
            ("March 8", "Pier Arena, Brighton"), ("March 12", "Castle Yard, Cardiff"),
            ("March 14", "Town Hall, Hull"), ("March 20", "The Anchor, Whitby"),
        ]
    )  # fmt: skip
    text = _TOUR_HEAD + _TOUR_DATES_ARE + dates + "\nShare this article\n\nMore music\n"
    article = newsclean.clean(text)
    assert "March 3 -- Riverside Hall, Bristol" in article.text
    assert "March 20 -- The Anchor, Whitby" in article.text
    assert "More music" not in article.text


def test_last_sentence_ending_in_an_emoji_is_body() -> None:
    last = "And yes, I will ride it again tomorrow morning 😄"
    article = _article_then(last + "\n\nShare this article\n\nMore stories\n")
    assert last in article.text
    assert "More stories" not in article.text


def test_numbered_offers_announced_by_the_last_paragraph_are_body() -> None:
    text = (
        "Ofertas para nostálgicos en el Black Friday\n\n"
        "24 Nov 2023\n\n"
        "Llega el Black Friday y, como cada año, las tiendas bajan los precios de juguetes, "
        "películas y discos que muchos tuvimos de niños y que hoy vuelven a estar de moda.\n\n"
        "Hemos buscado las ofertas que más nos han gustado; los precios pueden cambiar en "
        "cualquier momento. Estas son nuestras favoritas:\n\n"
        "1) Coche teledirigido clásico de los ochenta\n"
        "2) Caja con las tres películas de la saga espacial (Blu-ray)\n"
        "3) Vinilo remasterizado de un disco de 1979\n"
        "4) Consola portátil con 200 juegos antiguos\n"
    )
    article = newsclean.clean(text)
    assert "4) Consola portátil con 200 juegos antiguos" in article.text


def test_announced_list_ends_at_a_line_that_is_no_item() -> None:
    # Headlines of related articles hold no date, price or count: the list has ended.
    text = (
        _TOUR_HEAD + _TOUR_DATES_ARE + "March 3 -- Riverside Hall, Bristol\n"
        "March 5 -- Old Market, Leeds\n"
        "Related stories\n"
        "Why old bands keep touring\n"
        "The pub where it all began\n"
    )
    article = newsclean.clean(text)
    assert "March 5 -- Old Market, Leeds" in article.text
    assert "The pub where it all began" not in article.text


def test_code_announced_by_the_last_paragraph_is_body() -> None:
    text = (
        "Mit rsync Fotos sichern\n\n"
        "12. März 2023\n\n"
        "Seit einigen Wochen sichere ich die Fotos vom Laptop jeden Abend auf die kleine "
        "Festplatte im Keller. Das geht ohne zusätzliche Programme und dauert kaum eine Minute.\n\n"
        "Wichtig ist nur, dass die Platte eingehängt ist, bevor das Skript startet, sonst "
        "landen die Bilder im leeren Ordner. Das Skript sieht so aus:\n\n"
        "# ~/bin/fotos-sichern.sh\n"
        "ziel=/mnt/keller/fotos\n"
        'mkdir -p "$ziel"\n'
        'rsync -a --delete ~/Bilder/ "$ziel"\n'
        "Linux\n"
        "Backup\n"
        "Kommentar schreiben\n"
    )
    article = newsclean.clean(text)
    assert 'mkdir -p "$ziel"' in article.text
    assert 'rsync -a --delete ~/Bilder/ "$ziel"' in article.text
    assert "Backup" not in article.text


def test_writer_bio_after_the_article_is_not_body() -> None:
    bio = (
        "Mara Lind is a senior reporter covering transport and the city council. "
        "Before that she wrote about schools for ten years.\n"
    )
    article = _article_then(bio)
    assert "mayor told reporters" in article.text
    assert "senior reporter" not in article.text


@pytest.mark.parametrize(
    ("header", "box"),
    [
        pytest.param(
            "About Mara Lind",
            "Sixteen years on the city desk, three of them in Brussels, and a runner on the "
            "river path every morning before the first tram.",
            id="en-about-name",
        ),
        pytest.param(
            "Über uns",
            "Seit zwanzig Jahren bringen wir Neuigkeiten aus der Stadt und dem Umland zu "
            "unseren Leserinnen und Lesern, gedruckt und im Netz.",
            id="de-about-us",
        ),
    ],
)
def test_box_under_an_about_header_after_the_article_is_not_body(header: str, box: str) -> None:
    article = _article_then(f"{header}\n\n{box}\n")
    assert "mayor told reporters" in article.text
    assert box not in article.text


def test_short_article_wins_over_a_longer_box_about_its_writer() -> None:
    text = (
        "Folge 12: Zu Gast beim Wissensforum\n\n"
        "Veröffentlicht am 4. März 2024 von Lena Hoff\n\n"
        "Beim Wissensforum in Leipzig haben wir live aufgenommen und mit zwei Gästen über "
        "ihre Eindrücke vom ersten Tag gesprochen.\n\n"
        "Teilen mit:\n\nFacebook\n\nTwitter\n\n"
        "Über Lena Hoff\n\n"
        "Beraterin für Wissensmanagement seit vielen Jahren. Nach dem Studium der Informatik "
        "hat sie Teams in Behörden und Unternehmen begleitet, leitet heute eine kleine "
        "Akademie und schreibt über gemeinsames Lernen, Archive und gute Besprechungen.\n\n"
        "Zeige alle Beiträge von Lena Hoff\n"
    )
    article = newsclean.clean(text)
    assert "live aufgenommen" in article.text
    assert "Beraterin für Wissensmanagement" not in article.text


def test_german_writer_bio_after_the_article_is_not_body() -> None:
    bio = "Jonas Weber ist Redakteur im Ressort Lokales und schreibt vor allem über Verkehr.\n"
    article = _article_then(bio)
    assert "Ressort Lokales" not in article.text


def test_person_introduced_early_in_the_article_stays() -> None:
    # Only the last paragraphs may be the writer's bio.
    article = newsclean.clean(
        _HEAD + "Eva Stone is a former reporter who has driven trams on the old line for twenty "
        "years, and she was the first to take passengers on the new one.\n\n"
        + _FIRST_HALF
        + _SECOND_HALF
    )
    assert "Eva Stone is a former reporter" in article.text


def test_comment_form_ends_the_main_text() -> None:
    tail = (
        "Your email address will not be published. Required fields are marked *\n\n"
        "Jon Berg\n\n"
        "I rode the new line this morning and it was full by the second stop, which shows "
        "how much the city needed it after all these years of waiting for it.\n\n"
        "Eva Stone\n\n"
        "The trams are quiet, but the stop at the market has no roof yet, so everyone got "
        "wet while waiting there this morning; please fix it before the winter.\n\n"
    )
    article = _article_then(tail)
    assert "mayor told reporters" in article.text
    assert "full by the second stop" not in article.text


@pytest.mark.parametrize(
    "header", ["Kommentar verfassen", "Schreibe einen Kommentar", "Write a comment"]
)
def test_a_short_article_ends_at_a_comment_header(header: str) -> None:
    text = (
        "Ein Abend am Kanal\n\n"
        "12. Juni 2023\n\n"
        "Gestern saßen wir bis spät am Kanal, und als die Lampen angingen, kam der letzte "
        "Ausflugsdampfer vorbei. Am Ufer spielte jemand Akkordeon, und die Enten hatten sich "
        "längst unter die Brücke zurückgezogen.\n\n"
        "Auf dem Heimweg haben wir noch Eis gegessen, an dem kleinen Stand neben der "
        "Schleuse, der nur im Sommer und nur bei gutem Wetter geöffnet hat. Die Sorte "
        "mit Holunder war leider schon aus.\n\n"
        f"{header}\n\n"
        "Mia\n\n"
        "Wie schön beschrieben! Wir waren letzten Sommer auch dort und haben genau so einen "
        "Abend erlebt, mit Musik vom anderen Ufer und viel zu vielen Mücken.\n\n"
        "Ole\n\n"
        "Danke für den Tipp, am Wochenende fahren wir hin und nehmen die Räder mit, dann "
        "schaffen wir auch noch den Weg zur alten Schleuse und zurück.\n\n"
        "Jan\n\n"
        "Das Akkordeon kenne ich, der Mann spielt dort fast jeden Abend und freut sich über "
        "jede Münze, die man ihm in den Hut legt; im Winter steht er am Bahnhof.\n\n"
    )
    article = newsclean.clean(text)
    assert "Ausflugsdampfer" in article.text
    assert "Mücken" not in article.text


def _card(kicker: str, headline: str, source: str, snippet: str) -> str:
    return f"{kicker}\n{headline}\n{source}\n{snippet}\n"


_CARDS = "".join(
    _card(k, h, s, p)
    for k, h, s, p in [
        ("WHAT A CATCH", "Fisherman Lands A Record Pike", "3 votes outdoors.example Sport",
         "The fish weighed more than twenty kilos, the local angling club said on Sunday, "
         "and it took two men to lift it into the boat."),
        ("SPACE IS BIG", "A New Map Of The Milky Way", "12 votes skynews.example Science",
         "Astronomers have charted two billion stars in the most detailed map so far, and "
         "they say the next one will be ten times larger."),
        ("OLD BUT GOLD", "Why Vinyl Keeps Selling", "5 votes sound.example Music",
         "Sales of records rose for the fifteenth year in a row, a trade group said, led by "
         "reissues of albums that are older than most of their buyers."),
        ("NIGHT SHIFT", "What Bakers Do At 3 A.M.", "8 votes food.example Food",
         "We spent a night in a city bakery to see how the morning bread is made, and who "
         "makes it while the rest of the town is asleep."),
    ]
)  # fmt: skip


def test_cards_of_other_articles_after_the_article_are_not_body() -> None:
    article = _article_then(_CARDS)
    assert "mayor told reporters" in article.text
    assert "two billion stars" not in article.text
    assert "Why Vinyl Keeps Selling" not in article.text


def test_sections_under_a_rule_and_one_head_stay() -> None:
    questions = (
        "WHO PAYS FOR THE LINE?", "WHEN DOES IT REACH THE PORT?",
        "WHAT DO SHOP OWNERS SAY?", "WHAT COMES NEXT?",
    )  # fmt: skip
    answers = (_FIRST_HALF + _SECOND_HALF).split("\n\n")
    sections = "".join(f"___\n{q}\n{a}\n" for q, a in zip(questions, answers, strict=False))
    article = newsclean.clean(_HEAD + sections)
    assert "WHAT COMES NEXT?" in article.text
    assert "mayor told reporters" in article.text
    assert "four thousand people" in article.text


def test_sections_under_a_share_bar_and_a_heading_stay() -> None:
    # A share bar and a heading over each short section: the article's own, not teaser cards.
    sections = "".join(
        f"Share this article\nWhat happens next\n{paragraph}\n"
        for paragraph in [
            "The trams run every ten minutes. Night trams follow in May.",
            "Tickets cost the same as on the buses. Children ride free.",
            "The depot will open to visitors in June. Tours are free.",
        ]
    )
    article = newsclean.clean(_HEAD + _FIRST_HALF + sections)
    assert "Children ride free." in article.text
    assert "Tours are free." in article.text


def test_a_second_copy_of_the_article_is_dropped() -> None:
    article = newsclean.clean(_HEAD + _FIRST_HALF + _SECOND_HALF + _FIRST_HALF + _SECOND_HALF)
    assert article.text.count("four thousand people") == 1
    assert article.text.count("mayor told reporters") == 1
    assert "repeated paragraph" in {block.reason for block in article.boilerplate}


def test_a_paragraph_said_twice_is_dropped_once() -> None:
    page = _HEAD + _FIRST_HALF + _SECOND_HALF + _FIRST_HALF.split("\n\n", maxsplit=1)[0] + "\n"
    assert newsclean.clean(page).text.count("four thousand people") == 1


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        (
            "What do you cook when friends come over, and what would you never eat at all?",
            [
                "I make a big pot of fish soup, because it is easy to share and everybody "
                "likes it, and I would never eat raw oysters again.",
                "Mostly pasta with whatever the garden gives that week, and I stay away from "
                "anything with too much coriander in it.",
            ],
        ),
        (
            "Was kochen Sie, wenn Freunde kommen, und was würden Sie niemals essen wollen?",
            [
                "Meistens einen großen Topf Linsensuppe, weil man sie gut teilen kann, und "
                "Innereien würde ich nie wieder essen.",
                "Ich backe Brot und stelle Käse dazu, dann kann jeder nehmen, was er mag, nur "
                "rohe Austern kommen mir nicht auf den Tisch.",
            ],
        ),
    ],
)
def test_the_same_question_to_each_person_in_an_interview_stays(
    question: str, answers: list[str]
) -> None:
    people = ("Lena Brandt", "Tomas Weil")
    body = "".join(
        f"{person}\n\n{question}\n\n{answer}\n\n"
        for person, answer in zip(people, answers, strict=True)
    )
    article = newsclean.clean(_HEAD + _FIRST_HALF + body + _SECOND_HALF)
    assert article.text.count(question) == 2


@pytest.mark.parametrize(
    "table",
    [
        "Stop | First tram | Last tram\n---|---|---\nDepot | 5:40 | 23:10\n"
        "Market Square | 5:48 | 23:18\nHarbour | 5:55 | 23:25\n\n",
        "Haltestelle | Erste Bahn | Letzte Bahn\n---|---|---\nDepot | 5:40 | 23:10\n"
        "Marktplatz | 5:48 | 23:18\nHafen | 5:55 | 23:25\n\n",
    ],
)
def test_a_markdown_table_inside_the_article_stays_in_the_body(table: str) -> None:
    article = newsclean.clean(_HEAD + _FIRST_HALF + table + _SECOND_HALF)
    assert "Depot | 5:40 | 23:10" in article.text
    assert "four thousand people" in article.text
    assert "mayor told reporters" in article.text
    assert "---|---|---" not in article.text


def test_list_announced_by_a_heading_below_the_last_paragraph_is_body() -> None:
    steps = (
        "So geht’s:\n\n"
        "1. Zwei Packungen Tee im Laden kaufen.\n"
        "2. Den Kassenbon fotografieren.\n"
        "3. Das Foto auf der Seite hochladen.\n\n"
        "Teilen\n\nMehr Angebote\n"
    )
    text = (
        "Gutschein für Tee im Oktober\n\n"
        "3. Oktober 2024\n\n"
        "Wer im Oktober zwei Packungen Tee kauft, bekommt vom Hersteller einen Gutschein "
        "über drei Euro, der bis zum Jahresende in allen Filialen eingelöst werden kann.\n\n"
        "Die Aktion gilt nur für die großen Packungen; kleine Packungen und Teebeutel im "
        "Einzelverkauf sind ausgenommen, schreibt der Hersteller auf seiner Seite.\n\n" + steps
    )
    article = newsclean.clean(text)
    assert "3. Das Foto auf der Seite hochladen." in article.text
    assert "Mehr Angebote" not in article.text


def test_steps_announced_by_an_english_heading_are_body() -> None:
    article = _article_then(
        "How to enter:\n\n"
        "1. Ride the new line before the end of March.\n"
        "2. Keep your ticket and write your name on the back.\n"
        "3. Drop it in the box at the harbour stop.\n\n"
        "Share this article\n"
    )
    assert "3. Drop it in the box at the harbour stop." in article.text
    assert "Share this article" not in article.text


def test_a_menu_with_o_bullets_stays_out_of_the_body() -> None:
    editions = " ".join(
        f"{country} ({language})"
        for country, language in [
            ("Deutschland", "Deutsch"),
            ("España", "español"),
            ("France", "français"),
            ("Italia", "italiano"),
            ("Nederland", "Nederlands"),
            ("Polska", "polski"),
            ("United Kingdom", "English"),
            ("United States", "English"),
            ("Österreich", "Deutsch"),
            ("Schweiz", "Deutsch"),
        ]
    )
    sections = [
        "Local politics and the council",
        "Weather and traffic reports",
        "Sport from the region",
        "Culture and nightlife",
        "Money and property",
        "Jobs in the region",
        "Obituaries and notices",
    ]
    menu = f"o Choose your edition: {editions}\n" + "".join(f"o {s}\n" for s in sections)
    article = newsclean.clean(menu + "\n" + _HEAD + _FIRST_HALF + _SECOND_HALF)
    assert "Choose your edition" not in article.text
    assert "four thousand people" in article.text


def test_linked_markdown_headlines_of_other_stories_stay_out_of_the_body() -> None:
    more = "## More from the city\n\n" + "".join(
        f"* ##### {headline}\n\n{date}\n\n{snippet}\n\n"
        for headline, date, snippet in [
            (
                "Council votes on parking fees",
                "March 3, 2024 at 9:10 am",
                "The council will vote next week on doubling parking fees in the centre, a "
                "plan that shop owners have fought since the summer and that drivers dislike.",
            ),
            (
                "Harbour festival moves to June",
                "March 2, 2024 at 4:45 pm",
                "The harbour festival will take place two weeks earlier this year, because "
                "the quay will be closed for repairs in July and August, the organisers said.",
            ),
            (
                "Library opens on Sundays",
                "March 1, 2024 at 11:30 am",
                "From April the central library will open on Sunday afternoons, after more "
                "than two thousand readers signed a petition asking for longer opening hours.",
            ),
        ]
    )
    article = _article_then(more)
    assert "mayor told reporters" in article.text
    assert "parking fees" not in article.text
    assert "petition" not in article.text


@pytest.mark.parametrize("place", ["OSAKA –", "Rosenheim —", "SEVILLA -"])
def test_the_place_that_opens_the_lede_on_its_own_line_is_kept(place: str) -> None:
    text = (
        "Masks go missing from a hospital store\n"
        "May 4, 2024\n"
        "SHARE\n"
        f"{place}\n"
        "Some 4,000 masks have gone missing from a locked store room of a city hospital, "
        "staff said on Tuesday, and the police have been told.\n"
        "The boxes had been kept on the second floor, where only staff with a key card may "
        "enter, and were last counted a week ago.\n"
    )
    article = newsclean.clean(text)
    assert article.text.startswith(f"{place} Some 4,000 masks")
    assert newsclean.clean(article.text).text == article.text


def test_a_byline_ending_in_a_dash_is_no_place() -> None:
    text = (
        "Masks go missing from a hospital store\n"
        "By Jana Roth -\n"
        "Some 4,000 masks have gone missing from a locked store room of a city hospital, "
        "staff said on Tuesday, and the police have been told.\n"
    )
    article = newsclean.clean(text)
    assert "Jana Roth" not in article.text


@pytest.mark.parametrize(
    "entries",
    [
        pytest.param(
            "12/3 Council votes on parking fees in the centre (City desk, News)\n\n"
            "11/3 Harbour festival moves to June after quay repairs (Eva Stone, Culture)\n\n"
            "9/3 Library extends its opening hours to Sundays (Tom Reed, City)\n\n",
            id="day-month",
        ),
        pytest.param(
            "4/3 [Crónica] Nuevas reglas para aparcar en el centro (Ana Ruiz, Ciudad)\n\n"
            "2/3 [Vídeo] La fiesta del puerto se traslada a junio (Luis Gil, Cultura)\n\n"
            "28/2 La biblioteca abrirá también los domingos (Redacción, Ciudad)\n\n",
            id="spanish",
        ),
    ],
)
def test_dated_teasers_one_line_each_after_the_article_are_not_body(entries: str) -> None:
    """Without markup a teaser's date is glued to its headline on one line."""
    article = _article_then("Latest news\n\n" + entries)
    assert "mayor told reporters" in article.text
    assert "Harbour festival" not in article.text
    assert "fiesta del puerto" not in article.text


def test_a_last_section_whose_paragraph_markup_split_is_kept() -> None:
    text = (
        "Branches block forest roads again\n"
        "May 4, 2024\n"
        "For weeks, unknown people have been dragging branches across the forest roads near "
        "the old mill, so that farmers, hunters and owners cannot get through, and in an "
        "emergency an ambulance could not either.\n"
        "The roads had been blocked several times before, the\n"
        "forestry office\n"
        "said, and each time its staff needed a whole morning to clear them again.\n"
        "Police ask for witnesses\n"
        "The police ask anyone who saw something to call them.\n"
    )
    article = newsclean.clean(text)
    assert article.text.endswith("The police ask anyone who saw something to call them.")
    assert newsclean.clean(article.text).text == article.text


_DECK_PAGE = (
    "Schools in the valley switch to a four-day week | Education | Valley Courier\n"
    "Home\nNews\nEducation\n"
    "Schools in the valley switch to a four-day week\n"
    "Teachers welcome the change, parents worry about childcare on Fridays\n"
    "By\nNadia Brook\n@nadiabrook\n"
    "14 March 2024\n"
    "Five primary schools in the upper valley will teach from Monday to Thursday from "
    "September, the county's education board decided on Wednesday evening.\n"
    "The board said the longer school days would save on buses and heating, and that the "
    "children would be taught the same number of hours as before.\n"
    "Parents at the meeting asked who would look after the youngest children on Fridays; "
    "the board promised a club at each school for a small fee.\n"
    "Share this article\n"
)


def test_standfirst_between_headline_and_byline_opens_the_main_text() -> None:
    article = newsclean.clean(_DECK_PAGE)
    assert article.text.startswith("Teachers welcome the change, parents worry")
    assert "@nadiabrook" not in article.text
    assert [author.name for author in article.authors] == ["Nadia Brook"]


def test_menu_between_headline_and_byline_is_no_standfirst() -> None:
    page = _DECK_PAGE.replace(
        "Teachers welcome the change, parents worry about childcare on Fridays\n",
        "Teachers welcome the change, parents worry about childcare on Fridays\n"
        "Most read\nHow the valley voted\nThe bus timetable\nWinter sports\n",
    )
    article = newsclean.clean(page)
    assert article.text.startswith("Five primary schools")
