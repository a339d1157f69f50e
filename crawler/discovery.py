"""Ways into a site, tried in order: WordPress REST API, RSS/Atom feeds, XML sitemaps, listing pages.

Pure parsing helpers (no I/O): the ``news`` spider fetches, these read. Each returns what it found so the
spider can record which entry method it chose and why.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import lxml.etree
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler.dates import parse_date
from crawler.extract import extract_body, parse_html

ENTRY_METHODS = ("wp-json", "feed", "sitemap", "listing")
WP_POSTS_PATH = "/wp-json/wp/v2/posts"
WP_FIELDS = "id,link,date,title,content"
WP_PER_PAGE = 50
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+xml", "application/xml",
              "text/xml")
SITEMAP_GUESSES = ("/sitemap.xml", "/sitemap_index.xml", "/wp-sitemap.xml", "/news-sitemap.xml")
# Child sitemaps of an index that hold articles rather than pages, categories, tags or authors.
SITEMAP_SKIP_RE = re.compile(r"(page|category|categories|kategori|tag|author|user|taxonom|attachment|"
                             r"galeri|gallery|image|video)", re.IGNORECASE)
SITEMAP_PREFER_RE = re.compile(r"(post|berita|news|artikel|article)", re.IGNORECASE)


def site_root(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/", "", ""))


def wp_posts_url(url: str, page: int = 1, per_page: int = WP_PER_PAGE) -> str:
    return urljoin(site_root(url), f"{WP_POSTS_PATH}?per_page={per_page}&page={page}&_fields={WP_FIELDS}")


@dataclass
class WpPost:
    url: str
    title: str
    published: str | None
    text: str
    external_id: str


def parse_wp_posts(body: bytes | str) -> list[WpPost] | None:
    """Posts of one WordPress REST API page, or None when the body is not a WordPress posts answer."""
    try:
        data = json.loads(body)
    except (ValueError, TypeError):
        return None
    if not isinstance(data, list) or not all(isinstance(p, dict) and "link" in p for p in data):
        return None
    posts = []
    for post in data:
        title = post.get("title", {})
        content = post.get("content", {})
        title = title.get("rendered", "") if isinstance(title, dict) else str(title or "")
        content = content.get("rendered", "") if isinstance(content, dict) else str(content or "")
        soup = parse_html(f'<div class="wp-api-content">{content}</div>')
        text, _ = extract_body(soup, None, [".wp-api-content"])
        title_text = " ".join(parse_html(f"<p>{title}</p>").get_text(" ").split())
        posts.append(WpPost(url=str(post["link"]), title=html.unescape(title_text),
                            published=parse_date(str(post.get("date") or "")), text=text,
                            external_id=f"wp:{post.get('id')}"))
    return posts


def feed_links(page_html: str, base_url: str) -> list[str]:
    """Feeds announced by ``<link rel=alternate type=application/rss+xml|atom+xml>``."""
    soup = parse_html(page_html)
    found = []
    for link in soup.find_all("link", href=True):
        rel = link.get("rel") or []
        rel = rel if isinstance(rel, list) else [rel]
        kind = (link.get("type") or "").lower()
        if "alternate" in [r.lower() for r in rel] and kind in FEED_TYPES[:3]:
            href = urljoin(base_url, link["href"].strip())
            if "comments" not in href.lower():
                found.append(href)
    return list(dict.fromkeys(found))


@dataclass
class FeedEntry:
    url: str
    published: str | None


def parse_feed(body: bytes) -> list[FeedEntry] | None:
    """Entries of an RSS or Atom feed, or None when the body is not a feed."""
    try:
        root = lxml.etree.fromstring(body, parser=lxml.etree.XMLParser(recover=True, resolve_entities=False,
                                                                       no_network=True))
    except (lxml.etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    tag = lxml.etree.QName(root).localname.lower()
    if tag not in ("rss", "feed", "rdf"):
        return None
    entries = []
    for item in root.iter():
        if not isinstance(item.tag, str) or lxml.etree.QName(item).localname.lower() not in ("item", "entry"):
            continue
        url = published = None
        for child in item:
            if not isinstance(child.tag, str):
                continue
            name = lxml.etree.QName(child).localname.lower()
            if name == "link":
                href = child.get("href")
                if href and child.get("rel", "alternate") == "alternate":
                    url = href.strip()
                elif child.text and child.text.strip():
                    url = child.text.strip()
            elif name in ("pubdate", "published", "date", "updated") and not published:
                published = _feed_date(child.text or "")
        if url:
            entries.append(FeedEntry(url=url, published=published))
    return entries


def _feed_date(text: str) -> str | None:
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text.strip()).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return parse_date(text)


def robots_sitemaps(robots_txt: bytes, base_url: str) -> list[str]:
    return list(dict.fromkeys(sitemap_urls_from_robots(robots_txt, base_url=base_url)))


@dataclass
class SitemapResult:
    kind: str  # "urlset" or "sitemapindex"
    urls: list[str]


def parse_sitemap(body: bytes) -> SitemapResult | None:
    """URLs of a sitemap or the child sitemaps of an index (article-like ones first), or None."""
    if not body.lstrip().startswith(b"<"):
        return None
    try:
        sitemap = Sitemap(body)
        entries = list(sitemap)
    except (lxml.etree.XMLSyntaxError, StopIteration, ValueError):
        return None
    if sitemap.type not in ("urlset", "sitemapindex"):
        return None
    urls = [e["loc"].strip() for e in entries if e.get("loc")]
    if sitemap.type == "sitemapindex":
        urls = [u for u in urls if not SITEMAP_SKIP_RE.search(urlsplit(u).path.rsplit("/", 1)[-1])]
        urls.sort(key=lambda u: not SITEMAP_PREFER_RE.search(u))
    return SitemapResult(kind=sitemap.type, urls=urls)
