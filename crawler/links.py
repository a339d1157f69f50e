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
PAGINATION_PATH_RE = re.compile(r"/(page|halaman|hal)/\d+/?$", re.IGNORECASE)
PAGINATION_QUERY_RE = re.compile(r"(^|&)(page|paged|start|hal|halaman|offset|limitstart)=\d+",
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
    r"^\s*(selanjutnya|berikutnya|halaman berikutnya|berita selanjutnya|next( page)?|older posts|"
    r"(berita|artikel|postingan) (lama|sebelumnya)|lebih lama|»|›|>|>>|next\s*»|selanjutnya\s*»|»»)\s*$",
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
