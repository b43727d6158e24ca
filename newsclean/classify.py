"""Label each line on its own, from its text alone (the context-free pass).

Primitives: `split_tag_trail`, `boilerplate_reason`, `classify_line`.
Steps: `split_into_lines` and `classify_lines`. Later steps in segment.py
revise these labels from the context.
"""

from __future__ import annotations

import functools
from dataclasses import replace

import regex

from newsclean.bylines import name_before_date, parse_byline
from newsclean.dates import find_date
from newsclean.model import Draft, Line, LineKind, split_lines
from newsclean.options import Options

__all__ = [
    "READ_MORE_CUES",
    "TAG_LABEL",
    "boilerplate_reason",
    "classify_line",
    "classify_lines",
    "looks_like_author_bio",
    "looks_like_caption",
    "looks_like_comment_header",
    "looks_like_comment_policy",
    "looks_like_note",
    "looks_like_quote",
    "looks_like_title_case",
    "says_at_end",
    "split_into_lines",
    "split_tag_trail",
    "without_list_mark",
    "without_marks",
    "word_count",
]

_WORD = regex.compile(r"\w+")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_TERMINAL = ".!?…:;\"”»’'。！？」』）)：；"
# "o " is the bullet of a third-level list in some renderings (inscriptis).
_LIST_MARK = regex.compile(r"(?:[-*•·–+▪■►]|o(?=\s+[\p{Lu}\p{N}])|\d{1,2}[.)])\s+(?=\S)")
_LIST_MARK_CHARS = frozenset("-*•·–+▪■►o")
_HEADING_MARK = regex.compile(r"#{1,6}\s+")
_OPENING_QUOTES = '"“„«「'
_CLOSING_QUOTES = '"”“»」'
_MIN_QUOTE_CHARS = 22
# Captions are recognised by how they start or how they end. No pattern here
# starts with ".*": every one stays linear when searched over a long line.
_CAPTION_LEAD = regex.compile(
    r"(?:photo|foto|image|bild|picture|illustration|grafik|graphic|credit|crédit|"
    r"video|photograph|abbildung|imagen|图|照片|фото)s?\s*(?:credit)?\s*[:：/]|图为|"
    # A numbered figure: "Figure 3:", "Abb. 2.", "Abbildung 4: ..."
    r"(?:fig(?:ure|\.)|abb(?:ildung|\.)|figura|afbeelding)\s?\d{1,3}[a-z]?\s?[:.]\s",
    regex.IGNORECASE,
)
_CAPTION_TAIL = regex.compile(
    r"(?:[（(][^（()）]{0,30}摄[)）]|\((?:photo|foto|image|bild|picture)[^()]{0,80}\)"
    r"|(?:/|photo:?|foto:?)\s*(?:getty images|afp|ap|reuters|dpa|epa|imago|"
    r"picture alliance|ap photo|xinhua)\.?"
    r"|(?<=[.!?]\s{1,3})(?:photo|foto|bild|image|imagen|picture)s?\s*[:：]\s*[^.!?:]{1,60}\.?"
    r"|(?:shutterstock|istock(?:photo)?|getty ?images|adobe ?stock|unsplash|pixabay)"
    r"(?:\.com)?\.?)$",
    regex.IGNORECASE,
)
_MAX_CAPTION_CHARS = 400
_CREDIT_WORDS = (
    r"(?:(?:title|titel|beitrags|header|vorschau)?(?:bild|image|photo|foto)s?|bilder|imagen|"
    r"picture|credits?|crédits? photo|photo credits?)"
)
"""The words that label a picture credit: "Foto", "Titelbild", "Photo credit"."""
# A credit alone, with no caption: "Foto: Jan Berg/dpa", "Titelbild: Stock".
_PICTURE_CREDIT = regex.compile(
    _CREDIT_WORDS + r"\s*[:：]\s*(?!.*[.!?]\s+\p{Lu})\S", regex.IGNORECASE
)
_MAX_PICTURE_CREDIT_WORDS = 9
# A credit's label on a line of its own, its names on the next: "Foto:" / "Jan Berg".
_CREDIT_LABEL = regex.compile(
    rf"(?:{_CREDIT_WORDS}|bildnachweis|bildquelle)\s*[:：]\s*", regex.IGNORECASE
)
_MAX_CREDIT_NAME_WORDS = 6
_NOTE_LEAD = regex.compile(
    r"\*{1,3}(?=\S)|[¹²³⁴⁵⁶⁷⁸⁹]\s*\S|\[\d{1,3}\]\s*\S"
    r"|(?:corrections?|clarification|editor[’']?s note|note|update|anmerkung der redaktion|"
    r"korrektur|hinweis der redaktion|note de la rédaction|n\.d\.l\.r\.|rectificatif|"
    r"nota del editor|nota de la redacción|fe de erratas|примечание|поправка|注|编者按)"
    r"\s*[:：]\s*\S",
    regex.IGNORECASE,
)
_MIN_NOTE_CHARS = 12
_MIN_BRACKETED_NOTE_CHARS = 22


def looks_like_note(text: str) -> bool:
    """A footnote, funding note, editor's note or correction.

    >>> looks_like_note("[This study was funded by the Example Trust.]")
    True
    >>> looks_like_note("Correction: An earlier version misspelled a name.")
    True
    """
    if text.startswith("[") and text.endswith("]"):
        return len(text) >= _MIN_BRACKETED_NOTE_CHARS
    return len(text) >= _MIN_NOTE_CHARS and _NOTE_LEAD.match(text) is not None


def looks_like_caption(text: str) -> bool:
    """A photo caption or credit ("Photo: ...", "... / Reuters", "（记者 摄）")."""
    if len(text) > _MAX_CAPTION_CHARS:
        return False
    return bool(_CAPTION_LEAD.match(text) or _CAPTION_TAIL.search(text))


def looks_like_quote(text: str) -> bool:
    """A quotation: a Markdown ``>`` line, or a line wholly inside quotation marks."""
    if text.startswith(">"):
        return len(text.strip("> ")) > 0
    return (
        len(text) >= _MIN_QUOTE_CHARS and text[0] in _OPENING_QUOTES and text[-1] in _CLOSING_QUOTES
    )


TAG_LABEL = "tag label"

# Short lines that are site furniture, by what they say: (reason, pattern, the
# most words a line may have to be judged by it). An article that mentions
# cookies or newsletters keeps its paragraphs; "More than 100 people ..." is not
# a "More" link.
_BOILERPLATE_PATTERNS: tuple[tuple[str, regex.Pattern[str], int], ...] = tuple(
    (reason, regex.compile(pattern, regex.IGNORECASE), max_words)
    for reason, pattern, max_words in (
        ("cookie notice", r"cookie|consent|datenschutz|privacy (?:policy|settings)|"
         r"données personnelles|política de privacidad|конфиденциальн|隐私", 12),
        ("subscribe prompt", r"subscri|newsletter|abonn|suscr[ií]b|sign up|anmelden|"
         r"registr|inscri|подпис|订阅|log ?in\b|sign in|einloggen|se connecter|"
         r"iniciar sesión|войти|登录|my account|mein konto|paywall|\babo\b", 8),
        ("copyright", r"©|\(c\)\s*\d{4}|copyright|all rights reserved|alle rechte|"
         r"tous droits|derechos reservados|права защищены|版权所有|impressum|imprint|"
         r"terms of (?:use|service)|nutzungsbedingungen|\bagb\b|mentions légales|"
         r"aviso legal", 12),
        ("share buttons", r"^(?:share|teilen|partager|compartir|condividi|udostępnij|"
         r"поделиться|分享|tweet|facebook|twitter|whatsapp|e-?mail|print|drucken|imprimer|"
         r"pinterest|linkedin|reddit|telegram|xing|flipboard|copy link|link kopieren|"
         r"messenger|mail|instagram|youtube|tiktok|tumblr|mastodon|bluesky|vk|qzone|微信|微博)(?:\s+(?:on|via|auf|sur|en|na|this|"
         r"article|artikel|story)\b.*)?$|share (?:this|on|via)|teilen auf|partager sur|"
         r"compartir en|\bshares?$|^(?:artikel|beitrag|seite) teilen", 5),
        ("share buttons", r"share (?:it|this(?: article| story)?) with (?:a friend|friends|your "
         r"friends)|^(?:like|enjoy(?:ed)?) this (?:story|article)\?|"
         r"^(?:hat )?(?:ihnen|dir) (?:dieser|der) (?:artikel|beitrag) gefallen\?", 10),
        ("share buttons", r"click to (?:share|email|print|tweet)|opens? in (?:a )?new window|"
         r"in neuem fenster öffnen|zum teilen klicken", 12),
        ("read more", r"read (?:more|also|next)|more (?:from|on|about|stories|news)|"
         r"weiterlesen|mehr (?:zum thema|lesen|dazu|aus|news)|auch interessant|"
         r"lire (?:aussi|la suite|plus)|à lire|leer más|lee también|ver más|leia também|"
         r"leggi anche|читайте также|подробнее|相关(?:新闻|阅读|文章)|延伸阅读|related|"
         r"recommended|you (?:may|might) (?:also )?like|most (?:read|popular|viewed)|"
         r"meistgelesen|trending|top stories|empfehlungen|das könnte sie|weitere artikel|"
         r"^(?:lo|las|los) más (?:vist[oa]s|leíd[oa]s?)$|^(?:as |os )?mais (?:lid|vist)[oa]s$|"
         r"^(?:les )?plus (?:lus|vus)$|^(?:i )?più (?:lett|vist)[ie]$|^weiterführende links$|"
         r"see also|siehe auch|voir aussi|click here|hier klicken|continue reading|"
         r"zobacz (?:też|także|również)|czytaj (?:też|także|więcej)|lees (?:ook|meer)|"
         r"veja também|leia mais|te puede interesar|ti potrebbe interessare|"
         r"mirá también|informate más|^más sobre|artículos relacionados|"
         r"(?:ähnliche|verwandte) (?:beiträge|artikel|themen|links)|"
         r"(?:weitere|mehr) (?:beiträge|artikel|geschichten) (?:zu|zum|aus)|"
         r"^alle (?:nachrichten|artikel|beiträge|meldungen|news) (?:zu|zum|zur|über|aus)\b[^.!?]*$|"
         r"^(?:weitere|mehr) (?:beiträge|geschichten|nachrichten)$|"
         r"empfohlen für|könnte (?:dich|sie|euch) auch interessieren|meist gelesen|"
         r"pour approfondir|en savoir plus|entdecke(?:n sie)? (?:weitere|mehr|jetzt)|"
         r"voc[eê] (?:tamb[eé]m )?(?:pode|poder[aá]) gostar|potrebbe(?:ro)? interessarti|"
         r"ti potrebbe(?:ro)? piacere|vous aimerez (?:aussi|également)|"
         r"(?:también )?te puede gustar", 10),
        (TAG_LABEL, r"^(?:tags|schlagw(?:o|ö)rter?|stichw(?:o|ö)rter?|markiert mit|"
         r"etiquetas|étiquettes|mots-clés|tagi|temas|themen zum artikel|categor(?:y|ies)|"
         r"kategorien?|catégories?|categorías?|categorie|categoria)\s*:?$", 4),
        # The label with its tags: "Tags: Wahl, Berlin", "Etiquetas: autos".
        (TAG_LABEL, r"^(?:tags|schlagw(?:o|ö)rter?|stichw(?:o|ö)rter?|markiert mit|"
         r"etiquetas|étiquettes|mots-clés|tagi|tagged(?: with)?)\s*:\s*\S", 15),
        ("author box", r"^(?:about the author|über (?:den|die) autor(?:in)?|"
         r"sobre (?:el|la|o|a) autor[ae]?|à propos de l'auteur|zum autor)\s*:?$", 5),
        ("comments", r"comment|kommentar|kommentier|commentaire|comentario|коммент|评论|留言|"
         r"\breply\b|antworten|répondre|responder|ответить|leave a reply|"
         r"join the (?:discussion|conversation)|diskutieren sie", 6),
        ("advertisement", r"^(?:advertisement|anzeige|werbung|publicité|publicidad|"
         r"pubblicità|реклама|reklama|广告|sponsored|gesponsert|ad)$|sponsored content|"
         r"advertising|affiliate", 8),
        ("navigation", r"^(?:home|startseite|accueil|inicio|главная|首页|menu|menü|"
         r"search|suche|rechercher|buscar|поиск|搜索|skip to (?:main )?content|"
         r"skip navigation|toggle navigation|zum inhalt|back to top|nach oben|"
         r"retour en haut|volver arriba|next|previous|weiter|zurück|suivant|précédent|"
         r"siguiente|anterior|close|schließen|fermer|cerrar|contact(?: us)?|kontakt|"
         r"about(?: us)?|über uns|à propos|quiénes somos|sitemap|faq|help|hilfe|aide|"
         r"ayuda|rss|archive|archiv|jobs|karriere|careers|mediadaten|sections?|rubriken|"
         r"themen|topics|more|mehr|plus|más|ещё|更多|loading|lädt|chargement|"
         r"cargando|show (?:sub ?)?menu|sie sind hier|you are here|"
         r"inhaltsverzeichnis|table of contents)\b|durchsuchen$", 4),
        # A link to the blog's previous or next post, often with that post's title.
        # A pager: "Vorheriges", "Older posts »".
        ("navigation", r"^[«‹<←\s]*(?:vorherige[rs]?|nächste[rs]?|(?:older|newer) posts|"
         r"(?:ältere|neuere) (?:beiträge|einträge)|entradas (?:anteriores|más recientes))"
         r"[\s»›>→]*$", 4),
        ("navigation", r"^[«‹<←\s]*(?:(?:previous|next|older|newer|vorherige[rs]?|"
         r"nächste[rs]?|ältere[rs]?|neuere[rs]?) (?:post|article|story|entry|beitrag|artikel|"
         r"eintrag)|(?:article|post|articolo) (?:précédent|suivant|precedente|successivo)|"
         r"(?:entrada|artículo|nota) (?:anterior|siguiente)|siguiente (?:artículo|entrada))"
         r"(?-i:(?!\p{Ll}))", 20),
        ("editor credit", r"^(?:责任编辑|编辑|审核|校对)[:：]", 6),
        # A widget's text whose value was never filled in: "Connect with %s".
        ("template placeholder", r"(?<!\S)%[sd](?!\w)|\{\{\s*\w+\s*\}\}", 12),
        ("time stamp", r"^(?:updated\s+)?(?:\d+\s*(?:[smhd]|mins?|minutes?|hrs?|hours?|days?|"
         r"weeks?)"
         r"\s+ago|vor\s+\d+\s+(?:sek|min|std|stunden?|tag|tagen|woche)\w*|il y a\s+\d+\s+\w+|"
         r"hace\s+\d+\s+\w+|\d+\s+(?:минут|час|дн)\w*\s+назад|\d+\s*(?:分钟|小时|天)前|"
         r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}|"
         r"\d{1,2}\.?\s+(?:jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez)\w*\.?|"
         r"\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|just now|gerade eben|today|yesterday|heute|gestern)"
         r"(?:\s+\d+\s+(?:photos|fotos|bilder))?$", 6),
    )
)  # fmt: skip
_MAX_BOILERPLATE_WORDS = 12
_MAX_COOKIE_NOTICE_WORDS = 80
_COOKIE = regex.compile(r"cookie", regex.IGNORECASE)
# An embedded post held back until the reader agrees: "Wir respektieren deine
# Privatsphäre und stellen ohne dein Einverständnis keine Verbindung zu Twitter her."
_EMBED_PLATFORM = regex.compile(
    r"twitter|youtube|instagram|facebook|tiktok|vimeo|spotify|soundcloud|"
    r"extern(?:e[nrs]?|al) (?:inhalt|content|dienst|media|medien)",
    regex.IGNORECASE,
)
_EMBED_CONSENT = regex.compile(
    r"einverständnis|einwilligung|zustimmung|consent|privatsphäre|privacy|datenschutz",
    regex.IGNORECASE,
)
# Spoken to the reader, or asking for a click: German "Sie" may be "they", so it is left out.
_READER = regex.compile(
    r"\b(?:du|dein\w*|dich|you|your|klick\w*|aktivier\w*|click|enable)\b", regex.IGNORECASE
)
_CONSENT = regex.compile(
    r"accept|consent|agree|zustimm|einverstanden|akzeptier|accepter|aceptar|acept|"
    r"privacy|datenschutz|settings|einstellungen|paramètres",
    regex.IGNORECASE,
)

# A site's disclaimer, licence or trademark notice: "this website", trademarks,
# liability, a Creative Commons licence.
_LEGAL = regex.compile(
    r"(?:information|content|material)s? (?:provided |contained |published )?on this "
    r"(?:web ?)?site|(?:are|is a|are the) (?:registered )?trademarks? of|"
    r"(?:inhalte|informationen) (?:auf )?dieser (?:web)?(?:seite|site)|"
    r"(?:informations|contenus?) (?:de|sur) ce site|"
    r"(?:información|contenido) (?:de|en) este sitio|"
    r"keine haftung für|haftungsausschluss|(?:alle )?angaben ohne gewähr|"
    r"creative commons[- ](?:namensnennung|attribution|licen[cs]e|lizenz)|"
    r"licensed under (?:a |the )?creative commons|\bcc[- ]by(?:-[a-z]{2}){0,3}\b|"
    r"\blinks?\b.{0,80}\b(?:provision|commission)\b|"
    r"contains (?:affiliate links|references to products)",
    regex.IGNORECASE,
)


def word_count(text: str) -> int:
    """Count words; a CJK character counts as half a word.

    >>> word_count("Ein kurzer Satz."), word_count("你好世界")
    (3, 2)
    """
    cjk = len(_CJK.findall(text)) if not text.isascii() else 0
    words = len(_WORD.findall(text)) if cjk == 0 else len(_WORD.findall(_CJK.sub(" ", text)))
    return words + cjk // 2


def visual_length(text: str) -> int:
    """Length in Latin-character equivalents: a CJK character counts three.

    >>> visual_length("abc"), visual_length("城市。")
    (3, 7)
    """
    if text.isascii():
        return len(text)
    return len(text) + 2 * len(_CJK.findall(text))


def split_tag_trail(text: str, separators: tuple[str, ...] = ("|", "｜")) -> tuple[str, ...]:
    """Split a ``Title | tag | tag`` line at its separators; ``()`` if it has none.

    >>> split_tag_trail("World | Europe | Politics")
    ('World', 'Europe', 'Politics')
    >>> split_tag_trail("No trail here")
    ()
    """
    if not any(sep in text for sep in separators):
        return ()
    parts = tuple(p.strip() for p in _separator_pattern(separators).split(text))
    parts = tuple(p for p in parts if p)
    return parts if len(parts) >= 2 else ()


READ_MORE_CUES = (
    r"(?:read (?:more|also|next)|more on this|see also|lire aussi|à lire aussi|à lire également|"
    r"leia também|lee también|leer más|leggi anche|lesen sie auch|mehr zum thema|auch interessant|"
    r"lea (?:también|más)|(?:también )?(?:te|le) puede interesar|mirá también|auch lesen|"
    r"(?:también lea|(?:también )?(?:puedes ver|mire|vea)|lea|leia|read)(?=\s*:)|"
    r"lesen sie (?:hier|mehr)|czytaj (?:też|także|więcej)|zobacz (?:też|także)|"
    r"siehe auch|читайте также|смотрите также|相关(?:新闻|阅读)|"
    r"(?:das )?könnte (?:dich|sie|euch) auch interessieren|(?:am )?meist(?:en)? gelesen|"
    r"you (?:may|might) also like|related (?:articles|stories|posts))"
)
"""Phrases that announce links to other articles ("Read more", "Mehr zum Thema"); no flags."""
_READ_MORE_LEAD = regex.compile(
    READ_MORE_CUES
    # A colon or an arrow after the cue, or the next headline glued to it ("auchNeue"),
    # or a few words and a colon that ends the line ("Lesen Sie auch unsere Beiträge:").
    + r"(?:\s*[:：»>–-]|(?-i:(?<=\p{Ll})\p{Lu})|(?:\s+[^\s:：]+){1,5}\s*[:：]\s*$)",
    regex.IGNORECASE,
)
_MAX_READ_MORE_WORDS = 30
# The form under an article for a new comment.
_COMMENT_FORM = regex.compile(
    r"(?:e-?mail(?:-adresse)?|address|adresse) (?:will not|won't|wird nicht|ne sera pas|"
    r"no será|non sarà|nie zostanie) (?:be )?(?:published|veröffentlicht|publiée?|"
    r"publicad[ao]|pubblicat[ao]|opublikowany)|required fields are marked|"
    r"erforderliche felder sind|pflichtfelder sind|notify me of (?:follow-up|new)|"
    r"benachrichtige mich (?:über|bei)|save my name,? (?:e-?mail|email)|"
    r"meinen namen,? (?:meine )?e-mail|cancel reply|antworten abbrechen|annuler la réponse|"
    r"cancelar respuesta",
    regex.IGNORECASE,
)
_MAX_COMMENT_FORM_WORDS = 60
# A sign-up form's consent box: "I agree to the processing of my data ...".
_DATA_CONSENT = regex.compile(
    r"^\W{0,4}(?:i (?:hereby )?(?:agree|consent|accept)|i have read|"
    r"ich (?:willige|stimme|akzeptiere|habe die|"
    r"bin (?:damit |mit \w+(?: \w+){0,8} )?einverstanden)|"
    r"j'accepte|je consens|j'ai lu|acepto|he leído|accetto|ho letto)\b",
    regex.IGNORECASE,
)
_PERSONAL_DATA = regex.compile(
    r"privacy|datenschutz|(?:my|personal|meine[rn]?|persönlichen?) (?:\w+ )?dat(?:a|en)|"
    r"données|confidentialité|datos|privacidad|dati personali|newsletter|e-?mail",
    regex.IGNORECASE,
)
_SHARE_PLATFORM = regex.compile(
    r"\b(?:facebook|twitter|whatsapp|telegram|messenger|linkedin|pinterest|reddit|xing|"
    r"flipboard|tumblr|threads|bluesky|mastodon|pocket|e-?mail)\b|微信|微博|qq空间",
    regex.IGNORECASE,
)
_SHARE_PLATFORMS = 3
_WORDS_PER_PLATFORM = 4
"""A share bar names several platforms with a verb or two each ("Auf Facebook teilen ...")."""
_SERVER_MESSAGE = regex.compile(
    r"(?:php )?(?:warning|notice|deprecated|strict standards|fatal error|parse error)\s{0,2}:"
    r".{1,400}\bin\s{1,2}/\S{1,300}\s{1,2}on\s{1,2}line\s{1,2}\d{1,6}\b",
    regex.IGNORECASE,
)
"""A PHP error printed into the page: "Warning: ... in /var/www/x.php on line 12"."""
_NEW_WINDOW = regex.compile(
    r"opens? in (?:a )?new (?:window|tab)|in neuem fenster|wird in neuem fenster",
    regex.IGNORECASE,
)


# A telephone number behind its label, and an e-mail address: "Tel.: +49 30 1234-56".
_PHONE = regex.compile(
    r"(?:tel(?:efon|éfono)?|phone|fax|tél(?:éphone)?)\.?\s{0,3}:?\s{0,3}"
    r"[(+]{0,2}\d[\d ()/.-]{5,20}\d",
    regex.IGNORECASE,
)
_EMAIL = regex.compile(r"\w@[\w-]{1,63}\.\p{L}{2,}")
_MAX_CONTACT_WORDS = 40
"""A press office's name, address, telephone and e-mail; a paragraph is longer."""


def boilerplate_reason(text: str) -> str | None:
    """Why a line is site furniture, or None if it does not look like it.

    >>> boilerplate_reason("Share on Facebook")
    'share buttons'
    >>> boilerplate_reason("We use cookies to improve your experience. Accept all")
    'cookie notice'
    >>> boilerplate_reason("The council met on Monday to discuss the budget.") is None
    True
    """
    words = word_count(text)
    if words <= _MAX_READ_MORE_WORDS and _READ_MORE_LEAD.match(text):
        return "read more"
    if words <= _MAX_COMMENT_FORM_WORDS and _COMMENT_FORM.search(text):
        return "comment form"
    if (
        words <= _MAX_COOKIE_NOTICE_WORDS
        and _DATA_CONSENT.search(text)
        and _PERSONAL_DATA.search(text)
    ):
        return "consent form"
    if len(_NEW_WINDOW.findall(text)) >= 2:
        return "share buttons"  # a glued share bar: "Click to share on X (Opens in new window)..."
    if _SERVER_MESSAGE.match(text):
        return "server message"
    platforms = {found.casefold() for found in _SHARE_PLATFORM.findall(text)}
    if len(platforms) >= _SHARE_PLATFORMS and words <= _WORDS_PER_PLATFORM * len(platforms):
        return "share buttons"
    if (
        words <= _MAX_CONTACT_WORDS
        and not ends_like_sentence(text)  # "For details call Tel. 0123 45 or mail ana@x.de."
        and _PHONE.search(text)
        and _EMAIL.search(text)
    ):
        return "contact details"
    if words > _MAX_BOILERPLATE_WORDS:
        if words <= _MAX_COOKIE_NOTICE_WORDS and _COOKIE.search(text) and _CONSENT.search(text):
            return "cookie notice"
        if words <= _MAX_COOKIE_NOTICE_WORDS and _LEGAL.search(text):
            return "legal notice"
        if (
            words <= _MAX_COOKIE_NOTICE_WORDS
            and _EMBED_PLATFORM.search(text)
            and _EMBED_CONSENT.search(text)
            and _READER.search(text)
        ):
            return "embed consent"
        return None
    for reason, pattern, max_words in _BOILERPLATE_PATTERNS:
        if words <= max_words and pattern.search(text):
            return reason
    return "legal notice" if _LEGAL.search(text) else None


_SMALL_WORDS = frozenset(
    """
    a an the of in on at to for and or but nor by with from as is are vs via de la
    le du des et en y el los las del al da do dos di und der die das im am zu von
    mit
    """.split()
)
_PROMO = regex.compile(
    r"newsletter|unsubscribe|subscribe|sign up for|get (?:breaking )?news alerts|"
    r"all rights reserved|affiliate commission|earn (?:a|an) (?:small )?commission|"
    r"abonnieren sie|jetzt abonnieren|abonnez-vous|suscríbete|подпишитесь|"
    # A newsletter offered without the word: "... every week, straight to your inbox".
    r"(?:in|to|into) (?:your|deinen|ihren) (?:inbox|posteingang|postfach)|"
    r"never miss (?:a |an |our |the )?(?:top )?(?:stor|update|post|issue|article)|"
    r"(?:nichts|keine (?:\p{L}+ ){1,4})mehr verpassen",
    regex.IGNORECASE,
)
_MAX_PROMO_WORDS = 45
# A sentence's end, then the next sentence: "... Gemeinde. “Für ...".
_TWO_SENTENCES = regex.compile(r"\p{Ll}\p{Ll}[.!?][\"”»']?\s+[\"“„«]?\p{Lu}")
_MIN_PROSE_WORDS = 6
_LETTER_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")


# A comment section's house rules: they speak of comments, of moderation or
# guidelines, and to the reader ("please", "your").
_COMMENT_WORD = regex.compile(
    r"comment|kommentar|commentaire|comentario|comentário|commento|коммент", regex.IGNORECASE
)
_MODERATION = regex.compile(
    r"moderat|guideline|richtlinie|netiquette|civil\b|respectful|respekt|on[ -]topic|"
    r"beleidig|offensive|abusive|profan|approv|aprovad|freigeschaltet|frei ?geschaltet|"
    r"schaltet\b|log ?in|anmelden|register|registrier|community standards",
    regex.IGNORECASE,
)
_TO_THE_READER = regex.compile(
    r"\b(?:please|bitte|your|you|ihr(?:e|en)?|sie|kindly|we ask|we reserve|thank you|"
    r"por favor|seu|sua|votre|vos|veuillez)\b",
    regex.IGNORECASE,
)


def looks_like_comment_policy(text: str) -> bool:
    """A comment section's house rules ("Please keep comments civil ...").

    >>> looks_like_comment_policy("Please keep your comments civil and on topic.")
    True
    >>> looks_like_comment_policy("The network said it would moderate comments more strictly.")
    False
    """
    return bool(
        _COMMENT_WORD.search(text) and _MODERATION.search(text) and _TO_THE_READER.search(text)
    )


@functools.lru_cache(maxsize=16)
def _separator_pattern(separators: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(rf"\s*(?:{'|'.join(regex.escape(sep) for sep in separators)})\s*")


def looks_like_title_case(text: str) -> bool:
    """Whether most words are capitalised, as in an English headline.

    >>> looks_like_title_case("Motorist Misses Exit, Stops In The Highway")
    True
    >>> looks_like_title_case("The mayor said the bridge would open in May.")
    False
    """
    words = [w for w in _LETTER_WORD.findall(text) if w.casefold() not in _SMALL_WORDS]
    if len(words) < 3 or text.rstrip().endswith("."):
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= 0.8 * len(words)


# A blogger's sentence may end in an emoji instead of a full stop ("... und das
# gefällt mir 😉"); a headline's emoji follows a capitalised word or stands alone.
_EMOJI_END = regex.compile(
    r"(?:^|\s)\p{Ll}[\p{L}'’-]{0,40}\s?\p{Extended_Pictographic}"
    r"[\p{Extended_Pictographic}\uFE0F\u200D\s]{0,8}$"
)


def ends_like_sentence(text: str) -> bool:
    """Whether `text` ends with sentence punctuation (closing quotes allowed) or an emoji."""
    stripped = text.rstrip(" *_")
    if stripped.endswith("..."):
        return False
    return bool(stripped) and (stripped[-1] in _TERMINAL or _EMOJI_END.search(stripped) is not None)


_SAYS = regex.compile(
    r"(?:said|says|wrote|writes|sagt|schrieb|schreibt|meint|dit|a écrit|écrit|dice|dijo|"
    r"escribió|disse|escreveu|ha scritto|napisał|пишет|написал)\s{0,3}:",
    regex.IGNORECASE,
)
_MAX_COMMENT_HEADER_WORDS = 16
# "12 Responses to “Headline”", "One thought on", "3 Kommentare zu „…“".
_COMMENT_COUNT_HEADER = regex.compile(
    r"(?:\d{1,5}|one|two|three|ein|eine|zwei|drei|un|une|deux|una|dos)\s{1,3}"
    r"(?:responses?|thoughts?|comments?|replies|antworten|kommentare?|gedanken|"
    r"réponses?|commentaires?|respuestas?|comentarios?)\s{1,3}"
    r"(?:to|on|about|zu|auf|zum|zur|à|sur|au|a|en|para)\b",
    regex.IGNORECASE,
)
# A blog post's footer: "This entry was posted in News and tagged ...".
_POST_META = regex.compile(
    r"this (?:entry|post) was posted in|posted in .{0,80}\btagged\b|"
    r"dieser (?:beitrag|eintrag|artikel) wurde .{0,60}(?:veröffentlicht|abgelegt|"
    r"verschlagwortet)|abgelegt unter|cet article a été publié dans|"
    r"esta entrada (?:fue publicada|se publicó) en|"
    r"follow (?:us|\S{1,40}(?: \S{1,40}){0,3}) on (?:twitter|facebook|instagram|linkedin|"
    r"tiktok|youtube)",
    regex.IGNORECASE,
)
_MAX_POST_META_WORDS = 40
_MAX_COMMENTER_WORDS = 6


# An author's bio: "Jo Lee is a senior writer for ...", "Ana Ruiz ist Redakteurin
# bei ...", "Ich bin Eva, Betreiberin von ...", "I'm Sam, a food blogger".
_BIO_NAME = (
    r"\p{Lu}[\p{L}'’-]{0,30}\.?"
    r"(?:\s{1,3}(?:\p{Lu}[\p{L}'’-]{0,30}\.?|van|von|de|da|del|der|di|le|la)){1,4}"
)
_BIO_LEAD = regex.compile(
    rf"^(?:(?!(?i:the|der|die|das|le|la|el|il)\s)(?:{_BIO_NAME})\s{{1,3}}"
    r"(?:is|ist|est|es|è|jest|é)\s|"
    r"(?i:ich bin|i'm|i am|je suis|soy|sono|sou)\s{1,3}\p{Lu}[\p{L}'’-]{0,30}\s{0,3},)",
)
_BIO_ROLE = regex.compile(
    r"\b(?:writer|reporter|editor|journalist|correspondent|contributor|columnist|author|"
    r"freelance|founder|blogger|producer|analyst|consultant|expert|head of|"
    r"redakteur|autor|journalist|korrespondent|volontär|gründer|betreiber|"
    r"rédact|journaliste|chroniqueu|periodista|redactor|corresponsal|columnista|"
    r"giornalista|redattore|dziennikar|redaktor|jornalista)",
    regex.IGNORECASE,
)
_SENTENCE_END = regex.compile(r"(?<=\p{Ll}\p{Ll}|\d)[.!?](?:\s|$)")  # not "Jr." or "B."
_MAX_BIO_CHARS = 600


def looks_like_author_bio(text: str) -> bool:
    """Whether a paragraph introduces the writer: a name, "is a", and a trade.

    >>> looks_like_author_bio("Jo Lee is a senior writer covering science.")
    True
    >>> looks_like_author_bio("Jo Lee is a farmer who lost her barn in the flood.")
    False
    """
    if len(text) > _MAX_BIO_CHARS or not _BIO_LEAD.match(text):
        return False
    end = _SENTENCE_END.search(text)
    first_sentence = text[: end.end()] if end else text
    return bool(_BIO_ROLE.search(first_sentence))


def says_at_end(text: str) -> bool:
    """Whether a short line ends in "says:" ("1. Ann Ho says:", "Karl sagt:").

    One such line may open a quotation; several on a page are commenters.
    """
    text = text.strip()
    if word_count(text) > _MAX_COMMENTER_WORDS:
        return False
    ending = _SAYS.search(text[-20:])
    return ending is not None and ending.end() == len(text[-20:])


def looks_like_comment_header(text: str) -> bool:
    """A commenter's header: "says:" alone, or "Name on <date> said:".

    >>> looks_like_comment_header("Ann Ho on March 3, 2024 at 9:12 pm said:")
    True
    >>> looks_like_comment_header("The minister said:")
    False
    """
    text = text.strip()
    if _SAYS.fullmatch(text):
        return True
    ending = _SAYS.search(text[-20:])
    return (
        ending is not None
        and ending.end() == len(text[-20:])
        and word_count(text) <= _MAX_COMMENT_HEADER_WORDS
        and find_date(text) is not None
    )


_MAX_TRAIL_PART_CHARS = 250
"""A part of a ``Title | tag`` trail longer than this is prose with a pipe in it."""

# Thirty words without a comma or the end of a clause are a tag cloud or a menu
# glued into one line, not prose (the longest such line in written prose is
# a headline-like sentence of about 20 words).
_MIN_WORD_LIST_WORDS = 30
# Prose has commas, ends of clauses or elisions ("People's", "l'été"); a list may have
# brackets and initials ("E. T. A.").
_CLAUSE_END = regex.compile(
    r"[,।]|(?:[\p{Ll}\p{Lo}\p{M}\p{N}]|\p{Lu}\p{Lu})[.!?;:](?!\S)|\p{L}['’]\p{L}"
)


def without_list_mark(text: str) -> str:
    """`text` without the list marker that opens it ("* ", "- ", "1. ").

    >>> without_list_mark("* Von Ana Ruiz")
    'Von Ana Ruiz'
    """
    mark = _LIST_MARK.match(text) if text[:1] in _LIST_MARK_CHARS else None
    return text[mark.end() :] if mark else text


def without_marks(text: str) -> str:
    """`text` without its list marker and Markdown heading mark ("* ## By Ana Ruiz").

    >>> without_marks("#### Von Ana Ruiz | 3. Mai 2024")
    'Von Ana Ruiz | 3. Mai 2024'
    """
    text = without_list_mark(text)
    mark = _HEADING_MARK.match(text)
    return text[mark.end() :] if mark else text


def classify_line(text: str, options: Options) -> tuple[LineKind, str]:
    """Label one line from its text alone; return the kind and the reason.

    >>> classify_line("", Options())
    (<LineKind.BLANK: 'blank'>, 'empty line')
    >>> classify_line("Release time:Apr 16, 2024 21:12 PM", Options())
    (<LineKind.DATELINE: 'dateline'>, 'date')
    """
    if not text.strip():
        return LineKind.BLANK, "empty line"
    words = word_count(text)
    core = without_list_mark(text)
    if looks_like_comment_header(core) or (
        words <= _MAX_COMMENT_HEADER_WORDS
        and _COMMENT_COUNT_HEADER.match(core)
        and not core.rstrip().endswith(".")  # "Two comments on the plan stood out."
    ):
        return LineKind.BOILERPLATE, "comment header"
    if words <= _MAX_POST_META_WORDS and _POST_META.search(core):
        return LineKind.BOILERPLATE, "post metadata"
    marked = without_marks(core)
    if parse_byline(core) or (marked != core and parse_byline(marked, lead_words=False)):
        return LineKind.BYLINE, "byline"
    if len(core) <= 150 and words <= 14:
        date = find_date(core)
        if date is not None and (
            word_count(core[: date.start] + core[date.end :]) <= 5 or name_before_date(core)
        ):
            return LineKind.DATELINE, "date"
    reason = boilerplate_reason(marked)  # "## Share this" is furniture as much as "Share this"
    if reason is not None:
        return LineKind.BOILERPLATE, reason
    trail = split_tag_trail(text, options.tag_separators)
    if trail and max(visual_length(part) for part in trail) <= _MAX_TRAIL_PART_CHARS:
        return LineKind.TEASER, "tag trail"
    if words <= _MAX_PROMO_WORDS and _PROMO.search(text):
        return LineKind.BOILERPLATE, "subscribe prompt"
    if words <= _MAX_PROMO_WORDS and looks_like_comment_policy(text):
        return LineKind.BOILERPLATE, "comment policy"
    if looks_like_note(text):
        return LineKind.NOTE, "note or footnote"
    if (
        _PICTURE_CREDIT.match(text) and words <= _MAX_PICTURE_CREDIT_WORDS
    ) or _CREDIT_LABEL.fullmatch(text):
        return LineKind.BOILERPLATE, "picture credit"
    if looks_like_caption(text):
        return LineKind.CAPTION, "photo credit or caption"
    if _HEADING_MARK.match(core) and len(text) <= options.max_heading_chars:
        return LineKind.HEADING, "markdown heading"
    if _LIST_MARK.match(text):
        return LineKind.LIST_ITEM, "list marker"
    if looks_like_quote(text):
        return LineKind.QUOTE, "quotation"
    if words >= _MIN_WORD_LIST_WORDS and not _CLAUSE_END.search(text) and not _CJK.search(text):
        return LineKind.BOILERPLATE, "list of words"
    if len(text) <= options.max_heading_chars and looks_like_title_case(text):
        if not (words >= _MIN_PROSE_WORDS and _TWO_SENTENCES.search(text)):
            return LineKind.HEADING, "capitalised like a headline"
        return LineKind.PARAGRAPH, "prose"  # German capitalises nouns: two sentences are prose
    if visual_length(text) >= options.min_paragraph_chars or (
        words >= 6 and ends_like_sentence(text)
    ):
        return LineKind.PARAGRAPH, "prose"
    return LineKind.HEADING, "short line"


def split_into_lines(draft: Draft, options: Options) -> Draft:
    """Step: split the source into ``\\n`` lines with spans (all unlabelled)."""
    return replace(draft, lines=split_lines(draft.source))


def classify_lines(draft: Draft, options: Options) -> Draft:
    """Step: label every line on its own (`classify_line`), then the rows of tables."""
    labelled: list[Line] = []
    for line in draft.lines:
        kind, reason = classify_line(line.text, options)
        labelled.append(line.relabel(kind, reason))
    for index in _credits_after_a_label(labelled):
        labelled[index] = labelled[index].relabel(LineKind.BOILERPLATE, "picture credit")
    for index in _table_rows(labelled):
        if _TABLE_RULE.fullmatch(labelled[index].text):
            labelled[index] = labelled[index].relabel(LineKind.BOILERPLATE, TABLE_RULE)
        else:
            labelled[index] = labelled[index].relabel(LineKind.LIST_ITEM, TABLE_ROW)
    return replace(draft, lines=tuple(labelled))


def _credits_after_a_label(lines: list[Line]) -> list[int]:
    """The short line right after a bare credit label ("Foto:"): the names it credits."""
    found = []
    for index, line in enumerate(lines[:-1]):
        following = lines[index + 1]
        if (
            _CREDIT_LABEL.fullmatch(line.text)
            and following.kind is not LineKind.BLANK
            and word_count(following.text) <= _MAX_CREDIT_NAME_WORDS
            and not ends_like_sentence(following.text)
        ):
            found.append(index + 1)
    return found


TABLE_ROW = "table row"
TABLE_RULE = "table rule"
_TABLE_RULE = regex.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*){1,30}\|?\s*")


def _table_rows(lines: list[Line]) -> list[int]:
    """The lines of Markdown tables: a header row, its rule ("---|---"), and the rows below.

    A table in an article (results, prices, a timetable) is content, not a trail of tags.
    """
    found: list[int] = []
    for index, line in enumerate(lines):
        if not _TABLE_RULE.fullmatch(line.text):
            continue
        rows = [index]
        if index > 0 and "|" in lines[index - 1].text:
            rows.append(index - 1)
        below = index + 1
        while below < len(lines) and "|" in lines[below].text:
            rows.append(below)
            below += 1
        found.extend(
            row
            for row in rows
            if lines[row].kind in _TABLE_CELL_KINDS and _is_data_row(lines[row].text)
        )
    return sorted(set(found))


_TABLE_CELL_KINDS = frozenset(
    {LineKind.TEASER, LineKind.HEADING, LineKind.PARAGRAPH, LineKind.LIST_ITEM}
)
"""What a row may be labelled alone; bylines, datelines and boilerplate in a table stay so."""
_MAX_CELL_CHARS = 200
"""A longer cell holds a paragraph: the table lays out the page, it holds no data."""


def _is_data_row(text: str) -> bool:
    return max(visual_length(cell) for cell in text.split("|")) <= _MAX_CELL_CHARS
