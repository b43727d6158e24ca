"""Context-free line labels: site furniture by what a line says."""

from __future__ import annotations

from dataclasses import replace

import pytest

import newsclean
from newsclean.classify import (
    boilerplate_reason,
    classify_line,
    classify_lines,
    looks_like_author_bio,
    looks_like_comment_header,
    looks_like_comment_policy,
    says_at_end,
    split_into_lines,
    without_list_mark,
)
from newsclean.model import Draft, Line, LineKind, split_lines
from newsclean.options import Options


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param(
            "Click to share on Facebook (Opens in new window)", "share buttons", id="click"
        ),
        pytest.param("Zum Teilen klicken", "share buttons", id="de-click"),
        pytest.param("Udostępnij na Facebooku", "share buttons", id="pl-share-on"),
        pytest.param("Zobacz także:", "read more", id="pl-see-also"),
        pytest.param("Lees ook", "read more", id="nl-read-also"),
        pytest.param("Veja também", "read more", id="pt-see-also"),
        pytest.param(
            "Lea también: El puerto cierra dos días por el temporal", "read more", id="es-read-also"
        ),
        pytest.param("Le puede interesar: Suben los alquileres", "read more", id="es-interest"),
        pytest.param("Mire: Cierran la autopista del norte por obras", "read more", id="es-look"),
        pytest.param("PUEDES VER: Las playas con bandera azul", "read more", id="es-you-can-see"),
        pytest.param(
            "Lesen Sie auchNeue Radwege im Süden: Die Stadt plant drei Strecken bis zum Sommer",
            "read more",
            id="de-glued-read-also",
        ),
        pytest.param(
            "You may also likeThe best coastal walks for a long weekend in the autumn",
            "read more",
            id="en-glued-also-like",
        ),
        pytest.param(
            "Das könnte Sie auch interessieren:Neue Radwege im Süden der Stadt werden schon "
            "im März gebaut, sagt das Amt",
            "read more",
            id="de-glued-interest",
        ),
        pytest.param("Ähnliche Beiträge", "read more", id="de-similar"),
        pytest.param("Verwandte Themen", "read more", id="de-related"),
        pytest.param("Das könnte dich auch interessieren", "read more", id="de-du-interest"),
        pytest.param("Auch lesen: Drei Wege durch den Winter", "read more", id="de-also-read"),
        pytest.param(
            "Lesen Sie auch unsere anderen Beiträge zum Thema:", "read more", id="de-also-words"
        ),
        pytest.param("Lire aussi notre dossier :", "read more", id="fr-also-words"),
        pytest.param(
            "Lea: El puerto de Vigo cierra dos días por el temporal", "read more", id="es-read"
        ),
        pytest.param("READ: Five things to know about the budget", "read more", id="en-read"),
        pytest.param("(Alle Angaben ohne Gewähr)", "legal notice", id="de-no-warranty"),
        pytest.param(
            "Wir achten auf deine Privatsphäre: Ohne dein Einverständnis laden wir keine "
            "Inhalte von Instagram. Hier kannst du das ändern.",
            "embed consent",
            id="de-embed",
        ),
        pytest.param(
            "This post from YouTube is hidden to protect your privacy. Click to enable "
            "external content.",
            "embed consent",
            id="en-embed",
        ),
        pytest.param("Pour approfondir", "read more", id="fr-further"),
        pytest.param("Artículos relacionados", "read more", id="es-related"),
        pytest.param("Você também pode gostar...", "read more", id="pt-may-like"),
        pytest.param(
            "Like this story? Share it with a friend!", "share buttons", id="share-prompt"
        ),
        pytest.param(
            "Hat Ihnen dieser Artikel gefallen? Teilen Sie ihn!", "share buttons", id="de-share"
        ),
        pytest.param("Potrebbe interessarti anche", "read more", id="it-may-interest"),
        pytest.param("Vous aimerez aussi", "read more", id="fr-may-like"),
        pytest.param("También te puede gustar", "read more", id="es-may-like"),
        pytest.param("Lea: Suben los alquileres en el centro", "read more", id="es-read"),
        pytest.param("Weitere Beiträge", "read more", id="de-more-posts"),
        pytest.param("Weiterführende Links", "read more", id="de-further-links"),
        pytest.param("Alle Nachrichten zur Energiewende", "read more", id="de-all-news-on"),
        pytest.param("Alle Artikel aus dem Ressort Kultur", "read more", id="de-all-articles-from"),
        pytest.param("Las más vistas", "read more", id="es-most-viewed"),
        pytest.param("Lo más leído", "read more", id="es-most-read"),
        pytest.param("Mais lidas", "read more", id="pt-most-read"),
        pytest.param("Les plus lus", "read more", id="fr-most-read"),
        pytest.param("Più lette", "read more", id="it-most-read"),
        pytest.param(
            "Lena Graf Tel.: +49 (0)89 123 45-67 E-Mail: presse@stadtwerke-beispiel.de",
            "contact details",
            id="de-phone-and-mail",
        ),
        pytest.param(
            "Oficina de prensa Teléfono: (+34) 912 345 678 prensa@puerto-ejemplo.es",
            "contact details",
            id="es-phone-and-mail",
        ),
        pytest.param("Schlagworte", "tag label", id="de-tags"),
        pytest.param("Etiquetas:", "tag label", id="es-tags"),
        pytest.param("Tags: Wahl, Stadtrat, Verkehr", "tag label", id="de-tags-listed"),
        pytest.param("Etiquetas: autos", "tag label", id="es-tags-listed"),
        pytest.param("Tagged with: harbour, ferries", "tag label", id="en-tagged-with"),
        pytest.param("Über den Autor", "author box", id="de-about-author"),
        pytest.param("About the author", "author box", id="about-author"),
        pytest.param("Artikel teilen", "share buttons", id="de-share-article"),
        pytest.param("Kommentieren Sie hier", "comments", id="de-comment"),
        pytest.param("Reklama", "advertisement", id="pl-ad"),
        pytest.param("Inhaltsverzeichnis", "navigation", id="de-contents"),
        pytest.param("Dieses Blog durchsuchen", "navigation", id="de-search-blog"),
        pytest.param("« Previous Post", "navigation", id="previous-post"),
        pytest.param("Vorheriger Beitrag", "navigation", id="de-previous-post"),
        pytest.param(
            "Nächster BeitragSo pflanzt man Tomaten auf dem Balkon",
            "navigation",
            id="de-next-glued",
        ),
        pytest.param("next post How we built the garden shed", "navigation", id="next-post-title"),
        pytest.param("Entrada anterior", "navigation", id="es-previous-entry"),
        pytest.param(
            "Your email address will not be published. Required fields are marked *",
            "comment form",
            id="comment-form",
        ),
        pytest.param(
            "Schreibe einen Kommentar Antworten abbrechenDeine E-Mail-Adresse wird nicht "
            "veröffentlicht.",
            "comment form",
            id="de-comment-form-glued",
        ),
        pytest.param("Votre adresse e-mail ne sera pas publiée.", "comment form", id="fr-form"),
        pytest.param(
            "Share this:Click to share on Mastodon (Opens in new window)Click to share on "
            "Bluesky (Opens in new window)Click to email a link to a friend (Opens in new window)",
            "share buttons",
            id="glued-share-bar",
        ),
        pytest.param(
            "The information provided on this website is for general guidance only and "
            "does not replace the advice of a doctor or other professional.",
            "legal notice",
            id="disclaimer",
        ),
        pytest.param(
            "Tablet and phone names used on this page are registered trademarks of their "
            "owners in many countries of the world.",
            "legal notice",
            id="trademarks",
        ),
        pytest.param(
            "Trotz sorgfältiger Prüfung übernehmen wir keine Haftung für die Inhalte externer "
            "Links; für deren Inhalt sind allein die Betreiber verantwortlich.",
            "legal notice",
            id="de-liability",
        ),
        pytest.param(
            "All photographs in this blog are licensed under a Creative Commons Attribution "
            "licence unless a caption says otherwise.",
            "legal notice",
            id="licence",
        ),
        pytest.param(
            "Les informations sur ce site sont fournies à titre indicatif et ne remplacent "
            "pas un avis professionnel.",
            "legal notice",
            id="fr-disclaimer",
        ),
        pytest.param(
            "Die Texte dieses Blogs stehen unter einer Creative Commons-Lizenz.",
            "legal notice",
            id="de-short-licence",
        ),
        pytest.param(
            "Für die Inhalte dieser Website wird keine Gewähr übernommen.",
            "legal notice",
            id="de-website",
        ),
        pytest.param(
            "Für Links auf dieser Seite erhalten wir beim Kauf gegebenenfalls eine Provision.",
            "legal notice",
            id="de-affiliate-links",
        ),
        pytest.param(
            "This post contains affiliate links, and we may earn a small commission.",
            "legal notice",
            id="en-affiliate-links",
        ),
        pytest.param(
            "Dieser Beitrag steht unter der Lizenz CC BY-SA 4.0.", "legal notice", id="cc-by"
        ),
        pytest.param(
            "Ich bin mit der Speicherung meiner Daten gemäß der Datenschutzerklärung "
            "einverstanden und kann die Einwilligung jederzeit widerrufen.",
            "consent form",
            id="de-consent",
        ),
        pytest.param(
            "I agree to receive the weekly newsletter by email and to the processing of my "
            "personal data as described in the privacy policy.",
            "consent form",
            id="en-consent",
        ),
        pytest.param(
            "[ ] J'accepte que mes données soient utilisées pour l'envoi de la lettre.",
            "consent form",
            id="fr-consent-box",
        ),
        pytest.param("Mit %s verbinden", "template placeholder", id="printf-placeholder"),
        pytest.param("%d readers like this:", "template placeholder", id="printf-count"),
        pytest.param("Welcome back, {{ username }}", "template placeholder", id="mustache"),
        pytest.param("Vorheriges", "navigation", id="de-pager"),
        pytest.param("Older posts »", "navigation", id="en-pager"),
        pytest.param("Entradas anteriores", "navigation", id="es-pager"),
        pytest.param("Categories:", "tag label", id="en-categories"),
        pytest.param("Kategorie", "tag label", id="de-category"),
        pytest.param(
            "Auf Facebook teilen Auf WhatsApp teilen Auf Telegram teilen Per E-Mail senden",
            "share buttons",
            id="de-share-bar-of-platforms",
        ),
        pytest.param("分享：微信 微博 QQ空间", "share buttons", id="zh-share-bar"),
        pytest.param(
            "Deprecated: Function split() is deprecated in /var/www/blog/inc/theme.php on line 88",
            "server message",
            id="php-deprecated",
        ),
        pytest.param(
            "Warning: Cannot modify header information - headers already sent by (output started "
            "at /srv/site/index.php:3) in /srv/site/lib/session.php on line 41",
            "server message",
            id="php-warning",
        ),
    ],
)
def test_boilerplate_reason(text: str, reason: str) -> None:
    assert boilerplate_reason(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The company said the new phones were registered with the regulator in May.",
            id="registered",
        ),
        pytest.param("Click beetles can jump many times their own height.", id="click-beetles"),
        pytest.param("Lo que sabemos más sobre el virus", id="es-more-about-mid-line"),
        pytest.param("Tags of the old city walls", id="tags-in-a-heading"),
        pytest.param("Lea Berg: Mein Jahr auf der Alm", id="name-lea"),
        pytest.param("Nächste Beitragsrunde im Mai", id="de-next-round"),
        pytest.param(
            "I agree with the mayor that the data on rents is out of date, one tenant said.",
            id="i-agree-in-prose",
        ),
        pytest.param("Prices rose 5%d by the end of the year", id="percent-sign-in-text"),
        pytest.param("Nächste Woche im Stadtrat", id="de-next-week"),
        pytest.param(
            "Lesen Sie auch die Zahlen der Stadt: Die Mieten stiegen um vier Prozent.",
            id="de-read-also-in-prose",
        ),
        pytest.param(
            "Die Behörde prüft, ob Facebook gegen den Datenschutz verstoßen hat; sie will im "
            "Mai entscheiden, sagte ihr Sprecher.",
            id="de-platform-privacy-news",
        ),
        pytest.param(
            "Facebook said it had not given its consent to the study, a spokesman told "
            "reporters on Monday.",
            id="platform-consent-news",
        ),
        pytest.param(
            "Facebook, Twitter and Telegram were down for hours on Monday, the companies said.",
            id="platforms-in-the-news",
        ),
        pytest.param(
            "Warning: the bridge on line 4 of the tram network in /Nord stays closed until May.",
            id="warning-in-a-notice",
        ),
        pytest.param("Weitere Beiträge folgen im Mai", id="de-more-posts-in-a-sentence"),
        pytest.param(
            "Alle Artikel zum Thema wurden geprüft, sagt die Redaktion.", id="de-all-in-prose"
        ),
        pytest.param("Las más vistas del festival llegan a los cines", id="es-most-in-a-title"),
        pytest.param(
            "Wer Fragen zum neuen Tarif hat, erreicht die Stadtwerke unter Tel. 089 123 45-67.",
            id="phone-without-mail",
        ),
        pytest.param(
            "Auskunft gibt Lena Graf unter Tel. 089 123 45-67 (graf@stadtwerke-beispiel.de).",
            id="phone-and-mail-in-a-sentence",
        ),
        pytest.param(
            "Die Stadtwerke haben am Montag eine Hotline für alle Fragen zum neuen Tarif "
            "eingerichtet, die werktags von acht bis achtzehn Uhr besetzt ist und auch am "
            "Wochenende Auskunft gibt: Tel. 089 123 45-67, E-Mail tarif@stadtwerke-beispiel.de. "
            "Wer lieber schreibt, bekommt binnen zwei Tagen eine Antwort.",
            id="phone-and-mail-in-a-paragraph",
        ),
    ],
)
def test_prose_is_not_boilerplate(text: str) -> None:
    assert boilerplate_reason(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Please keep your comments civil and on topic.", True, id="en"),
        pytest.param(
            "Bitte beachten Sie unsere Netiquette: beleidigende Kommentare werden gelöscht.",
            True,
            id="de",
        ),
        pytest.param(
            "Por favor, seu comentário será aprovado pelo moderador antes de aparecer.",
            True,
            id="pt",
        ),
        pytest.param(
            "The network said it would moderate comments on its pages more strictly.",
            False,
            id="news-about-moderation",
        ),
    ],
)
def test_comment_policy(text: str, expected: bool) -> None:
    assert looks_like_comment_policy(text) is expected


def test_comment_policy_line_is_boilerplate() -> None:
    kind, reason = classify_line(
        "As you comment, please be respectful of other readers and their views.", Options()
    )
    assert (kind, reason) == (LineKind.BOILERPLATE, "comment policy")


def test_long_line_without_punctuation_is_a_list_of_words() -> None:
    cloud = " ".join(
        "harbour tram budget council school weather market bridge festival library "
        "parking river election museum hospital police theatre airport stadium park "
        "housing taxes water energy transport culture sport health climate youth".split()
    )
    assert classify_line(cloud, Options()) == (LineKind.BOILERPLATE, "list of words")


def test_tag_cloud_with_brackets_and_initials_is_a_list_of_words() -> None:
    cloud = (
        "Allgemein Bergkristall (Pop)kultur E. T. A. Hoffmann Familie Film Geschichte(n) "
        "Literatur Musik Philosophie Politik Theater Ästhetik Ästhetik und Film Ästhetik und "
        "Musik Ästhetik und Politik Hänsel und Gretel Indian Summer Zettelkasten"
    )
    assert classify_line(cloud, Options()) == (LineKind.BOILERPLATE, "list of words")


def test_long_line_with_a_comma_or_a_clause_end_is_not_a_list_of_words() -> None:
    words = " ".join(["Wort"] * 15)
    for text in (
        f"{words}, {words}",
        f"{words}: {words}",
        f"Der Sturm {words} traf die UN. {words}",
    ):
        assert classify_line(text, Options())[1] != "list of words"


def test_long_sentence_and_cjk_line_are_not_lists_of_words() -> None:
    sentence = " ".join(["word"] * 40) + "."
    assert classify_line(sentence, Options())[1] != "list of words"
    assert classify_line("城市交通" * 20, Options())[1] != "list of words"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("sagt:", True, id="says-alone"),
        pytest.param("Ann Ho on March 3, 2024 at 9:12 pm said:", True, id="dated"),
        pytest.param("Léa Martin le 3 mars 2024 à 21h12 a écrit :", True, id="fr"),
        pytest.param("The minister said:", False, id="quote-intro"),
    ],
)
def test_comment_header(text: str, expected: bool) -> None:
    assert looks_like_comment_header(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("1. tramfan77 says:", True, id="numbered"),
        pytest.param("* Karl Ott sagt:", True, id="de"),
        pytest.param("The mayor told the council on Monday what she says:", False, id="long"),
        pytest.param("Ann says nothing", False, id="no-colon"),
    ],
)
def test_says_at_end(text: str, expected: bool) -> None:
    assert says_at_end(text) is expected


def test_prose_with_a_pipe_in_it_is_not_a_tag_trail() -> None:
    line = (
        "The council approved the budget on Monday | City Hall, after a debate that lasted "
        "well into the night, in which members of every party argued about the cost of the "
        "new tram line, the closing of two libraries and the price of parking in the old "
        "town, and in the end the mayor's plan passed with a majority of only two votes."
    )
    assert classify_line(line, Options())[0] is not LineKind.TEASER
    assert classify_line("Tram line opens | City | Transport", Options()) == (
        LineKind.TEASER,
        "tag trail",
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param("12 Responses to “Harbour wall repaired”", "comment header", id="en-count"),
        pytest.param("One thought on “Harbour wall repaired”", "comment header", id="en-one"),
        pytest.param("3 Kommentare zu „Neuer Radweg am Fluss“", "comment header", id="de-count"),
        pytest.param(
            "This entry was posted in Local news and tagged harbour, storm.",
            "post metadata",
            id="wp-footer",
        ),
        pytest.param(
            "Dieser Beitrag wurde am 3. Mai veröffentlicht in Garten und verschlagwortet "
            "mit Rosen.",
            "post metadata",
            id="de-wp-footer",
        ),
        pytest.param(
            "Follow The Harbour Gazette on Twitter and Instagram and like us on Facebook.",
            "post metadata",
            id="follow-us",
        ),
    ],
)
def test_blog_furniture(text: str, reason: str) -> None:
    assert classify_line(text, Options()) == (LineKind.BOILERPLATE, reason)


def test_sentence_about_comments_is_prose() -> None:
    assert classify_line("Two comments on the plan stood out.", Options())[0] is not (
        LineKind.BOILERPLATE
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mara Lind is a senior reporter covering transport and the city council.", True),
        ("Dana K. Reyes Jr. is a staff writer. She lives by the harbour.", True),
        ("Jonas Weber ist Redakteur im Ressort Lokales und schreibt über Verkehr.", True),
        ("Ich bin Lotte, Gründerin dieses Blogs über Gärten in der Stadt.", True),
        ("Lucía Gómez es periodista y corresponsal en Bruselas desde 2019.", True),
        ("Mara Lind is a farmer who lost her barn in the flood last spring.", False),
        ("The Senate is the author of the new rules on rents.", False),
        ("The new model was unveiled ahead of the motor show on Sunday.", False),
    ],
)
def test_author_bio(text: str, expected: bool) -> None:
    assert looks_like_author_bio(text) is expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Foto: Jan Berg/dpa", LineKind.BOILERPLATE),
        ("Titelbild: Stadtarchiv Kiel", LineKind.BOILERPLATE),
        ("Photo credit: Ana Ruiz for the Herald", LineKind.BOILERPLATE),
        ("Beitragsbild: Titelseite einer Zeitung, Ausschnitt.", LineKind.BOILERPLATE),
        ("Foto: Der Bürgermeister eröffnet die Brücke. Hunderte kamen.", LineKind.CAPTION),
        (
            "Photo: Firefighters walk past the burned barn on the old mill road at dawn",
            LineKind.CAPTION,
        ),
    ],
)
def test_picture_credit_alone_is_furniture_and_a_caption_is_not(text: str, kind: LineKind) -> None:
    assert classify_line(text, Options())[0] is kind


@pytest.mark.parametrize(
    "text",
    [
        "Rauch über dem Hafen am Morgen nach dem Brand. Bild: Jana Kurz/Shutterstock.com",
        "La plaza mayor vacía durante el toque de queda. Foto: Archivo del diario.",
        "A stoat in its white winter coat on the snow. iStock.com",
        "Getty Images",
    ],
)
def test_caption_ending_in_its_picture_credit(text: str) -> None:
    assert classify_line(text, Options())[0] is LineKind.CAPTION


@pytest.mark.parametrize(
    "text",
    [
        "Abbildung 3: Schneehöhen an der Station im Januar. Der Winter blieb trocken.",
        "Figure 2. Monthly rainfall at the harbour gauge, 1990 to 2020",
        "Abb. 4: Aufbau der Messanlage",
        "Fig. 7: The new bridge seen from the north bank",
    ],
)
def test_numbered_figure_is_a_caption(text: str) -> None:
    assert classify_line(text, Options())[0] is LineKind.CAPTION


def test_sentence_starting_with_figures_is_not_a_caption() -> None:
    text = "Figure 2.5 million people as the number who left the city in the last ten years."
    assert classify_line(text, Options())[0] is LineKind.PARAGRAPH


@pytest.mark.parametrize(
    "text",
    [
        "Neugierig? Wir schicken dir die besten Reportagen jeden Freitag in deinen Posteingang.",
        "Get our morning briefing by email and never miss a story from the valley",
        "Keine Nachrichten aus der Region mehr verpassen:",
    ],
)
def test_newsletter_offer_without_the_word_is_a_subscribe_prompt(text: str) -> None:
    assert classify_line(text, Options()) == (LineKind.BOILERPLATE, "subscribe prompt")


def test_inbox_in_a_news_sentence_is_prose() -> None:
    text = "The council's inbox filled with complaints after the bins were not emptied."
    assert classify_line(text, Options()) == (LineKind.PARAGRAPH, "prose")


def test_sentence_naming_a_photo_is_not_a_caption() -> None:
    text = "The mayor said the photo was real and that she had taken it herself on Monday."
    assert classify_line(text, Options())[0] is LineKind.PARAGRAPH


def test_two_capitalised_german_sentences_are_prose_not_a_headline() -> None:
    # German capitalises every noun: a line can look title-cased and still be prose.
    text = "Die Stadt Kiel Baut Brücken. „Für Alle Bürger Und Gäste.“"
    assert classify_line(text, Options()) == (LineKind.PARAGRAPH, "prose")
    assert classify_line("Die Stadt Kiel Baut Neue Brücken", Options())[0] is LineKind.HEADING


def test_sentence_ending_in_an_emoji_is_prose_and_a_headline_with_one_is_not() -> None:
    text = "Nach dem dritten Lauf im Regen fühle ich mich richtig gut 😊"
    assert classify_line(text, Options()) == (LineKind.PARAGRAPH, "prose")
    headline = "Die besten Ausflüge für den Sommer am See ☀️"
    assert classify_line(headline, Options())[0] is LineKind.HEADING


def _labelled(page: str) -> tuple[Line, ...]:
    options = Options()
    return classify_lines(split_into_lines(Draft.from_text(page), options), options).lines


def test_markdown_table_rows_are_rows_and_the_rule_is_boilerplate() -> None:
    page = (
        "Team | Played | Points\n---|---|---\nHarbour FC | 12 | 28\nNordstadt SV | 12 | 25\n"
        "Text & Fotos: Lena Brandt | 3 Kommentare\n"
    )
    labels = [(line.kind, line.reason) for line in _labelled(page)]
    assert labels[0] == (LineKind.LIST_ITEM, "table row")
    assert labels[1] == (LineKind.BOILERPLATE, "table rule")
    assert labels[2] == labels[3] == (LineKind.LIST_ITEM, "table row")
    assert labels[4][0] is LineKind.BYLINE


def test_a_layout_table_holding_a_paragraph_is_not_a_data_table() -> None:
    paragraph = (
        "The first trams on the new line left the depot at six in the morning, and by noon "
        "more than four thousand people had ridden the three kilometres to the harbour, "
        "the transport office said, adding that the line cost less than planned."
    )
    page = f"Home | News\n---|---\nMarch 4, 2024 | {paragraph}\n"
    labels = [line.reason for line in _labelled(page)]
    assert labels[2] != "table row"


def _labels(text: str) -> list[tuple[str, LineKind]]:
    draft = Draft.from_text(text)
    draft = classify_lines(replace(draft, lines=split_lines(draft.source)), Options())
    return [(line.text, line.kind) for line in draft.lines if line.kind is not LineKind.BLANK]


@pytest.mark.parametrize(
    "table",
    [
        pytest.param(
            "Station | Rain in May | Rain in June\n---|---|---\n"
            "Harbour | 41 mm | 38 mm\nAirport | 52 mm | 47 mm\n",
            id="en-rain",
        ),
        pytest.param(
            "Sorte | Preis | Herkunft\n:---|---:|---\n"
            "Elstar | 2,40 € | Altes Land\nBoskoop | 2,10 € | Bodensee\n",
            id="de-apples",
        ),
    ],
)
def test_rows_of_a_markdown_table_are_data_not_tag_trails(table: str) -> None:
    labels = _labels(table)
    rows = [text for text, kind in labels if kind is LineKind.LIST_ITEM]
    assert len(rows) == 3  # the header and two rows; the rule under the header is furniture
    assert not [text for text, kind in labels if kind is LineKind.TEASER]


def test_pipes_without_a_table_rule_are_still_a_tag_trail() -> None:
    assert _labels("World | Europe | Politics\n") == [
        ("World | Europe | Politics", LineKind.TEASER)
    ]


def test_related_stories_in_a_sentence_are_prose() -> None:
    text = "Related stories ran in the evening paper, which the council had asked to wait."
    assert boilerplate_reason(text) is None


@pytest.mark.parametrize("text", ["o Advertise with Us", "o Über die Redaktion", "o 24 Stunden"])
def test_an_o_bullet_opens_a_list_item(text: str) -> None:
    assert without_list_mark(text) == text[2:]


@pytest.mark.parametrize("text", ["o meu pai chegou cedo", "online edition"])
def test_a_word_o_is_no_bullet(text: str) -> None:
    assert without_list_mark(text) == text


@pytest.mark.parametrize("text", ["* ##### Harbour festival moves to June", "+ ### Neue Buslinie"])
def test_a_markdown_heading_in_a_list_item_is_a_heading(text: str) -> None:
    assert classify_line(text, Options()) == (LineKind.HEADING, "markdown heading")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("##### Artikel teilen", "share buttons"),
        ("#### Schlagwörter", "tag label"),
        ("### Related articles:", "read more"),
        ("## Über den Autor", "author box"),
    ],
)
def test_furniture_under_a_markdown_heading_mark_is_still_furniture(text: str, reason: str) -> None:
    assert classify_line(text, Options()) == (LineKind.BOILERPLATE, reason)


@pytest.mark.parametrize("label", ["Foto:", "Bildnachweis:", "Photos :", "Titelbild:"])
def test_a_credit_label_and_the_names_under_it_are_furniture(label: str) -> None:
    article = newsclean.clean(
        "Die neue Brücke ist offen\n\n3. Mai 2024\n\n"
        f"{label}\nJan Berg\n\n"
        "Die neue Brücke über den Fluss ist fertig und wurde am Montag von der "
        "Bürgermeisterin eröffnet; viele Menschen kamen zum Fest am Ufer.\n\n"
        "Sie kostet zwölf Millionen Euro und verbindet zwei Stadtteile, die bisher nur über "
        "die Autobahn verbunden waren.\n"
    )
    credit = [line for line in article.lines if line.text == "Jan Berg"]
    assert [line.reason for line in credit] == ["picture credit"]
    assert article.authors == ()


def test_a_long_headline_with_an_elision_and_no_comma_is_no_list_of_words() -> None:
    text = (
        "The city's council of elders handed out small bronze plaques to the members of the "
        "old harbour board who are no longer on the board after this year's vote in the "
        "town of Millbrook"
    )
    assert classify_line(text, Options())[1] != "list of words"
