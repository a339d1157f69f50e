"""The page-markup vocabulary shared by the body extractor (``crawler/extract.py``, beautifulsoup4) and the
metadata reader (``crawler/pagemeta.py``, lxml): boilerplate and date class names, title separators, meta keys.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nlp.lexicon import function_words

# class names, ids and roles of page chrome, matched on the lower-cased names (:func:`is_boilerplate_attrs`;
# a case-insensitive pattern costs five times as much)
BOILERPLATE_RE = re.compile(
    r"(^|[\s_-])(nav|navbar|navigation|menu|menubar|sidebar|side-bar|widget|footer|header|masthead|"
    r"breadcrumbs?|share|sharing|social|sosmed|addthis|sharethis|related|terkait|comments?|komentar|"
    r"respond|reply|disqus|pagination|pager|paging|tags?|tagcloud|advert\w*|ads|iklan|banner|popup|modal|"
    r"newsletter|subscribe|author-box|post-nav\w*|byline|entry-meta|post-meta|article-meta|meta|"
    r"print|cookie|skip-link|screen-reader-text|sr-only|hidden|caption|wp-caption-text|"
    r"jp-relatedposts|sharedaddy|baca-juga|readmore|read-more|most-popular|populer|terpopuler|terbaru|"
    r"latest|recent|itemextrafields|itemtoolbar|itemlinks|itemrelated|itemnavigation|itemtagsblock|"
    r"itemsocialsharing|itemcomments\w*|itemauthor\w*|itemratingblock|itemhits|itemdatemodified)($|[\s_-])",
)
BOILERPLATE_ROLES = ("navigation", "banner", "contentinfo", "complementary", "menu")
CHROME_TAGS = ("nav", "header", "footer", "aside")
# words whose presence in a class name or id marks the date line (in any case, anywhere in the name:
# :func:`says_date`)
DATE_CLASS_RE = re.compile(r"date|time|tanggal|tgl|meta|byline|posted|published|waktu")
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " » ")
ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "report"}
# (attribute, value) of <meta> elements holding the publication date, most trusted first
META_DATE_KEYS = (
    ("property", "article:published_time"), ("property", "og:published_time"),
    ("name", "article:published_time"), ("itemprop", "datePublished"), ("name", "pubdate"),
    ("name", "publishdate"), ("name", "publish-date"), ("name", "date"), ("name", "DC.date.issued"),
    ("name", "dc.date"), ("name", "sailthru.date"), ("name", "parsely-pub-date"),
)
# Body containers of Indonesian regional-government CMSs (home-grown "isi"/"detail-berita" sites, OpenSID,
# Joomla K2): where one of them is on the page, kunker's own body extraction reads it (pemda layer); elsewhere
# trafilatura does. Class names, in the order they are tried.
PEMDA_BODY_CLASSES = ("isi-berita", "detail-berita", "content-berita", "berita-content", "isi", "teks", "itemBody")
INDONESIAN_MIN_WORDS = 2  # distinct function words among a text's first words
# languages a regional-government page may declare in <html lang>: Indonesian (and its old code "in"), Javanese,
# Sundanese, Malay, and English (site templates left as they came); none declared counts as any
PEMDA_LANGUAGES = ("", "id", "in", "jv", "su", "ms", "en")
# Lines of an extracted body that are the page's widgets, not its article, in Indonesian and English: a line
# opening with a pointer to other pages, a subscription or share call, or a copyright notice ("Copyright" /
# "Hak cipta" only with a year, a © sign or "all rights"), up to BOILERPLATE_LINE_CHARS long, and lines that are
# only a widget's heading. Checked on extractor output lines (``crawler.extract.drop_widget_lines``).
BOILERPLATE_LINE_RE = re.compile(
    r"^\W{0,3}(related( (posts?|articles?|stories|content|links?))?\s*:|read more\s*:|see more\s*:|also on\b|"
    r"more\s*:|click here to (subscribe|sign up|get)|sign up\b|subscribe\b|follow (us|me)\b|don'?t miss\b|"
    r"you (may|might) also like|popular on\b|more from\b|recommended( for you| stories| articles| reading)?\s*(:|$)|"
    r"get the latest\b|like this (story|article)|share (this|it)\b|baca (juga|pula|selengkapnya)\b|"
    r"(berita|artikel) terkait\b|ikuti (kami|berita|kanal|update)\b|bagikan\b|simak (juga|berita|video)\b|"
    r"tonton (juga|video)\b|lihat juga\b|"
    r"(copyright|hak cipta)\b(?=.*(©|ⓒ|\(c\)|\b(19|20)\d\d\b|all rights|dilindungi))|©|ⓒ|\(c\)\s*\d{4})",
    re.IGNORECASE,
)
BOILERPLATE_LINE_CHARS = 160
WIDGET_HEADING_RE = re.compile(
    r"^\W*(\d+\s+)?(comments?|komentar|tags?|topik|share|bagikan|tell us what you think)\W*$", re.IGNORECASE)
INLINE_TAGS = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
               "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
               "ins", "del"}


def clean_space(text: str) -> str:
    """``text`` with every run of whitespace (no-break spaces too: ``str.isspace``, which is what ``\\s`` matches)
    made one space, stripped."""
    return " ".join(text.split())


def reads_indonesian(text: str, words: int = 300) -> bool:
    """``text`` (its first ``words`` words) has :data:`INDONESIAN_MIN_WORDS` distinct Indonesian function words
    (``data/function_words.csv``): a CMS container without them (a Joomla K2 "itemBody" in German) is not a
    regional-government page, and gets no pemda layer."""
    found = function_words("id").intersection(text.lower().split(None, words)[:words])
    return len(found) >= INDONESIAN_MIN_WORDS


def attrs_text(classes: list[str] | str, ident: str | None, role: str | None) -> str:
    """An element's class names, id and role in one string (what :data:`BOILERPLATE_RE` is matched on)."""
    names = classes.split() if isinstance(classes, str) else classes
    return " ".join([*names, ident or "", role or ""])


def is_boilerplate_attrs(tag: str, attrs: str, role: str | None) -> bool:
    """Class, id or role (``attrs``: :func:`attrs_text`) naming page chrome: navigation, widgets, share boxes."""
    if not attrs.strip() or tag in ("html", "body", "article", "main"):
        return False
    return bool(BOILERPLATE_RE.search(attrs.lower())) or role in BOILERPLATE_ROLES


def says_date(attrs: str) -> bool:
    """Class names or id (``attrs``) naming the date line: one of :data:`DATE_CLASS_RE`'s words, in any case."""
    return DATE_CLASS_RE.search(attrs.lower()) is not None


def ancestry_in_boilerplate(ancestry: Iterable[tuple[str, str, str | None]]) -> bool:
    """The boilerplate rule, on an element's ``(tag, attrs, role)`` from itself up to the root (``attrs``:
    :func:`attrs_text`): inside page chrome (a chrome tag, or a boilerplate class, id or role that does not name
    the date line) before any <article>/<main>. One rule for both trees: ``crawler.pagemeta.in_boilerplate``
    (lxml) and the body extractor's (beautifulsoup4) give it their elements' ancestry."""
    for tag, attrs, role in ancestry:
        if tag in ("article", "main"):
            return False
        if tag in CHROME_TAGS:
            return True
        if tag != "body" and is_boilerplate_attrs(tag, attrs, role) and not says_date(attrs):
            return True
    return False
