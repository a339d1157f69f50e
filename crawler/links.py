"""URL rules of the generic spider: which links are articles, which are listing pages or pagination.

The patterns cover the common Indonesian regional-government CMS shapes (WordPress, Joomla K2, OpenSID,
id-plus-slug sites). A source can add its own ``follow`` / ``skip`` regular expressions.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

ARTICLE_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    r"/(berita|artikel|news|post|posts|read|baca|detail|kabar|info|informasi)/detail/\d+[/-][^/]+",
    r"/berita/detail/[^/]+",
    r"/(read|baca|news|berita|artikel|post)/\d+/[^/]+",
    r"/\d{4}/\d{1,2}/\d{1,2}/[^/]+[a-z][^/]*/?$",
    r"/\d{4}/\d{1,2}/[a-z0-9]+(-[a-z0-9]+){2,}(\.html?)?/?$",
    r"/index\.php/artikel/\d{4}/\d{1,2}/\d{1,2}/[^/]+",
    r"/artikel/\d{4}/\d{1,2}/\d{1,2}/[^/]+",
    r"/item/\d+-[^/]+",
    r"/(berita|artikel|news|post|kabar|read|baca|berita-daerah|informasi)/[a-z0-9]+(-[a-z0-9]+){2,}(\.html?)?/?$",
    r"/\d+-[a-z0-9]+(-[a-z0-9]+){2,}(\.html?)?/?$",
    r"/[a-z0-9]+(-[a-z0-9]+){3,}\.html?$",
    r"/(berita|news|artikel|post|read|baca)/(?!(19|20)\d\d/?$)\d{3,}/?$",
    r"/(berita|news|artikel|post|informasi)/(detail|baca|read|view|lihat|show)/[^/]+",
)]
QUERY_ARTICLE_RE = re.compile(r"(^|&)(p|id_berita|idberita|news_id|artikel_id|berita_id)=\d+($|&)", re.IGNORECASE)
QUERY_ID_PATH_RE = re.compile(r"(berita|news|artikel|detail|read|baca)[^/]*$", re.IGNORECASE)
QUERY_ID_RE = re.compile(r"(^|&)id=\d+($|&)", re.IGNORECASE)
PAGINATION_PATH_RE = re.compile(r"/(page|halaman|hal|index)/\d+/?$", re.IGNORECASE)
PAGINATION_QUERY_RE = re.compile(r"(^|&)(page|paged|start|hal|halaman|offset|limitstart|per_page|pg|pagenum)=\d+",
                                 re.IGNORECASE)
LISTING_PATH_RE = re.compile(
    r"^/(index\.php/)?(berita|news|artikel|kabar|informasi|info|post|posts|blog|kanal|rubrik|category|"
    r"kategori|berita-daerah|berita-terkini|arsip|archives?)(/[^/]+){0,2}/?$",
    re.IGNORECASE,
)
SKIP_RE = re.compile(
    r"/(tag|tags|author|penulis|user|login|logout|register|wp-admin|wp-login|admin|feed|rss|print|cetak|"
    r"share|search|cari|galeri|gallery|foto|video|download|unduh|agenda|kalender|calendar|event|events|"
    r"kontak|contact|comment|komentar|attachment|cdn-cgi|xmlrpc\.php|wp-content|wp-includes|wp-json)(/|$)|"
    r"[?&](replytocom|share|print|s|q|lang|amp)=|/amp/?$|"
    r"\.(jpe?g|png|gif|webp|svg|bmp|ico|pdf|docx?|xlsx?|pptx?|zip|rar|7z|gz|mp3|mp4|avi|mov|css|js|xml|json)$",
    re.IGNORECASE,
)
NEXT_TEXT_RE = re.compile(
    r"^\s*(selanjutnya|berikutnya|halaman berikutnya|berita selanjutnya|lanjut|lanjutkan|next( page)?|"
    r"older posts|older entries|(berita|artikel|postingan|posting) (lama|sebelumnya)|lebih lama|"
    r"»|›|>|>>|→|»»)\s*(»|›|>|>>|→)?\s*$",
    re.IGNORECASE,
)
# Link texts of numbered pagination: page numbers, first/last/previous arrows.
PAGE_LINK_TEXT_RE = re.compile(
    r"^\s*(\d{1,5}|«|‹|<|<<|←|«\s*(prev|previous|sebelumnya)|(prev|previous|sebelumnya)|first|last|awal|akhir|"
    r"terakhir|pertama|newer posts|newer entries)\s*$",
    re.IGNORECASE,
)
# Link texts that lead to a listing of articles ("Berita", "Indeks Berita", "Lihat semua").
LISTING_TEXT_RE = re.compile(
    r"^\s*((semua|indeks|arsip|daftar|kumpulan|index)\s+)?(berita|news|artikel|kabar|warta|informasi|"
    r"siaran pers|rilis|publikasi|berita daerah|berita terkini|berita terbaru|berita lainnya|more news|"
    r"all news|archives?|arsip)(\s+(daerah|terkini|terbaru|lainnya|kabupaten|kota|utama))?\s*(»|›|>)?\s*$|"
    r"^\s*(lihat|tampilkan)\s+(semua|selengkapnya|lainnya)\b|^\s*(indeks|index)\s*$",
    re.IGNORECASE,
)
READ_MORE_RE = re.compile(r"^\s*(baca|lihat|klik)\s+(selengkapnya|lebih lanjut|di sini)", re.IGNORECASE)
TRACKING_PARAMS_RE = re.compile(r"^(utm_\w+|fbclid|gclid|ref|source|amp)$", re.IGNORECASE)


def normalize_url(url: str) -> str:
    """Drop the fragment and tracking parameters; lower-case scheme and host."""
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = [(k, v) for k, v in pairs if not TRACKING_PARAMS_RE.match(k)]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), ""))


def host_key(url: str) -> str:
    """The host without ``www.``, to keep a crawl on its source's site."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def same_site(url: str, site: str) -> bool:
    host = host_key(url)
    return host == site or host.endswith("." + site)


def is_article_url(url: str) -> bool:
    parts = urlsplit(url)
    if SKIP_RE.search(parts.path) or PAGINATION_PATH_RE.search(parts.path):
        return False
    if QUERY_ARTICLE_RE.search(parts.query):
        return True
    if QUERY_ID_RE.search(parts.query) and QUERY_ID_PATH_RE.search(parts.path):
        return True  # berita.php?id=12, detail_berita.php?id=12
    return any(p.search(parts.path) for p in ARTICLE_PATTERNS)


def is_pagination_url(url: str) -> bool:
    parts = urlsplit(url)
    return bool(PAGINATION_PATH_RE.search(parts.path) or PAGINATION_QUERY_RE.search(parts.query))


def is_listing_url(url: str) -> bool:
    parts = urlsplit(url)
    return bool(LISTING_PATH_RE.match(parts.path)) and not is_article_url(url)


def is_skipped(url: str) -> bool:
    parts = urlsplit(url)
    return bool(SKIP_RE.search(parts.path + ("?" + parts.query if parts.query else "")))


def looks_like_headline(text: str) -> bool:
    """Link text that reads like a news headline (six words or more, not a "read more" link)."""
    words = text.split()
    return len(words) >= 6 and len(text) <= 250 and not READ_MORE_RE.match(text)


def is_next_text(text: str) -> bool:
    return bool(NEXT_TEXT_RE.match(text))


def page_link_text(text: str) -> bool:
    """A page number, or a first/last/previous arrow, as numbered pagination writes them."""
    return bool(PAGE_LINK_TEXT_RE.match(text))


NUMBER_RE = re.compile(r"\d+")


def same_shape(current: str, target: str) -> bool:
    """``target`` is another page of the listing ``current``: the same URL but for a number (``?page=3``,
    ``/index/20``, ``?start=40``), or ``current`` with a page number added (``/berita`` -> ``/berita/page/2``,
    ``/berita?p=2``)."""
    a, b = urlsplit(current), urlsplit(target)
    if a.netloc != b.netloc or target == current:
        return False
    if NUMBER_RE.sub("#", a.path) == NUMBER_RE.sub("#", b.path):
        qa = [(k, NUMBER_RE.sub("#", v)) for k, v in parse_qsl(a.query, keep_blank_values=True)]
        qb = [(k, NUMBER_RE.sub("#", v)) for k, v in parse_qsl(b.query, keep_blank_values=True)]
        if sorted(qa) == sorted(qb):
            return True
        extra = [p for p in qb if p not in qa]
        return len(extra) == 1 and extra[0][1] == "#" and all(p in qb for p in qa)
    base = a.path.rstrip("/")
    rest = b.path[len(base):] if b.path.startswith(base) else ""
    return bool(re.fullmatch(r"(/[a-z_-]{1,12})?/\d{1,6}/?", rest, re.IGNORECASE)) and a.query == b.query


def is_pagination_link(current: str, target: str, text: str, rel: list[str]) -> bool:
    """A link to the next (or another) page of the listing ``current``: rel=next/prev, a "next" text
    ("Selanjutnya", "Berikutnya", "Lanjut", "Older posts", "Next", "»"), a page number or arrow whose URL has
    the listing's shape, or a pagination URL (``/page/N``, ``?page=N``, ``?start=N``, ``/index/N``)."""
    if {"next", "prev", "previous"} & {r.lower() for r in rel}:
        return True
    if is_next_text(text) or page_link_text(text):
        return same_shape(current, target) or is_pagination_url(target) or is_next_text(text)
    return is_pagination_url(target) and not is_article_url(target)


SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){2,}", re.IGNORECASE)
ID_RE = re.compile(r"(^|/)\d{1,9}([/-]|\.\w+$|$)|[?&][a-z_]*id[a-z_]*=\d+", re.IGNORECASE)


def article_score(url: str, text: str, in_heading: bool, in_chrome: bool) -> int:
    """How article-like a link looks (URL pattern, a slug, an id, a headline-like text); 2 or more: fetch it."""
    parts = urlsplit(url)
    score = 3 if is_article_url(url) else 0
    if looks_like_headline(text) or (in_heading and len(text.split()) >= 3):
        score += 2
    elif READ_MORE_RE.match(text):
        score += 2
    if SLUG_RE.search(parts.path.rsplit("/", 1)[-1] or parts.path):
        score += 1
    if ID_RE.search(parts.path + ("?" + parts.query if parts.query else "")):
        score += 1
    if in_chrome:
        score -= 2
    return score


def listing_score(url: str, text: str) -> int:
    """How listing-like a link looks (a listing path, "Berita", "Indeks", "Lihat semua"); 2 or more: follow."""
    score = 3 if is_listing_url(url) else 0
    if LISTING_TEXT_RE.search(text):
        score += 2
    return score
