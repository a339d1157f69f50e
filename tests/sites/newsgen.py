"""Generated news sites for crawl tests: N articles served as HTML pages, and optionally through a WordPress
REST API, an RSS feed, XML sitemaps and paginated listings. Every article's expected title, date and text
are known, so tests can compare what the crawler stored exactly.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

PLACES = ("Kabupaten Sleman", "Kota Malang", "Kabupaten Gowa", "Kota Pekalongan", "Kabupaten Siak")
TOPICS = ("pengelolaan sampah", "pelayanan terpadu", "dana desa", "smart dusun", "penurunan stunting")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")


@dataclass
class Article:
    number: int
    path: str
    title: str
    published: str  # YYYY-MM-DD
    paragraphs: list[str]

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def day_line(self) -> str:
        year, month, day = self.published.split("-")
        return f"{int(day)} {MONTHS[int(month) - 1]} {year}"


def make_articles(count: int, pattern: str = "/berita/{n}/{slug}", first: int = 1) -> list[Article]:
    """``count`` distinct articles numbered from ``first`` (sites with different numbers share no text)."""
    articles = []
    for n in range(first, first + count):
        place, topic = PLACES[n % len(PLACES)], TOPICS[n % len(TOPICS)]
        title = f"Rombongan {place} Belajar {topic.title()} ke Kabupaten Contoh Nomor {n}"
        slug = "-".join(title.lower().split())
        published = f"2024-{(n % 12) + 1:02d}-{(n % 27) + 1:02d}"
        paragraphs = [
            f"Rombongan {place} yang berjumlah {n + 10} orang mengunjungi Kabupaten Contoh untuk belajar "
            f"tentang {topic}, Senin.",
            f"Kepala dinas menjelaskan bahwa program {topic} di Kabupaten Contoh telah berjalan sejak "
            f"{2010 + n % 10} dan melibatkan seluruh kecamatan.",
            f"Kunjungan nomor {n} ditutup dengan peninjauan lapangan ke lokasi layanan dan diskusi bersama "
            f"warga penerima manfaat.",
        ]
        articles.append(Article(n, pattern.format(n=n, slug=slug), title, published, paragraphs))
    return articles


def article_html(article: Article, charset: str = "utf-8") -> str:
    body = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in article.paragraphs)
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="{charset}">
<title>{html.escape(article.title)} | Pemkab Contoh</title></head><body>
<header><nav><a href="/">Beranda</a> <a href="/berita">Berita</a></nav></header>
<main><article><h1>{html.escape(article.title)}</h1>
<div class="meta">Diposting pada {article.day_line}</div>
<div class="entry-content">{body}
<div class="share">Bagikan: <a href="https://wa.me/?x">WhatsApp</a></div></div></article></main>
<footer><p>Pemerintah Kabupaten Contoh, hak cipta dilindungi undang-undang.</p></footer></body></html>"""


def listing_html(articles: list[Article], page: int, has_next: bool, base: str = "/berita") -> str:
    cards = "\n".join(f'<div class="post"><h2><a href="{a.path}">{html.escape(a.title)}</a></h2>'
                      f'<span class="date">{a.day_line}</span></div>' for a in articles)
    next_link = f'<a href="{base}/page/{page + 1}">Berikutnya</a>' if has_next else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Berita</title></head><body>
<nav><a href="/">Beranda</a></nav><main><h1>Berita</h1>{cards}</main>
<div class="pagination">{next_link}</div></body></html>"""


Route = Callable[..., None]


def page(body: str | bytes, content_type: str = "text/html; charset=utf-8", status: int = 200,
         headers: dict[str, str] | None = None) -> Route:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return lambda handler: handler.reply(status, data, content_type, headers)


def article_routes(articles: list[Article]) -> dict[str, Route]:
    return {a.path: page(article_html(a)) for a in articles}


def listing_routes(articles: list[Article], per_page: int = 10, base: str = "/berita") -> dict[str, Route]:
    routes = {}
    pages = [articles[i:i + per_page] for i in range(0, len(articles), per_page)]
    for number, chunk in enumerate(pages, start=1):
        path = base if number == 1 else f"{base}/page/{number}"
        routes[path] = page(listing_html(chunk, number, number < len(pages), base))
    return routes


def wp_api_route(articles: list[Article], host: Callable[[], str]) -> Route:
    """``/wp-json/wp/v2/posts`` with ``per_page`` and ``page``, as WordPress answers it."""

    def route(handler) -> None:
        query = parse_qs(urlsplit(handler.path).query)
        per_page = int(query.get("per_page", ["10"])[0])
        number = int(query.get("page", ["1"])[0])
        total_pages = max(1, -(-len(articles) // per_page))
        if number > total_pages:
            handler.reply(400, b'{"code":"rest_post_invalid_page_number"}', "application/json")
            return
        chunk = articles[(number - 1) * per_page: number * per_page]
        posts = [{"id": a.number, "link": host() + a.path, "date": a.published + "T09:00:00",
                  "title": {"rendered": html.escape(a.title)},
                  "content": {"rendered": "".join(f"<p>{html.escape(p)}</p>\n" for p in a.paragraphs)
                              + '<div class="sharedaddy"><h3>Bagikan ini:</h3><a>Facebook</a></div>'}}
                 for a in chunk]
        handler.reply(200, json.dumps(posts).encode(), "application/json; charset=UTF-8",
                      {"X-WP-Total": str(len(articles)), "X-WP-TotalPages": str(total_pages)})

    return route


def rss(articles: list[Article], host: str) -> str:
    items = "".join(f"<item><title>{html.escape(a.title)}</title><link>{host}{a.path}</link>"
                    f"<pubDate>Mon, 01 Jan 2024 09:00:00 +0700</pubDate></item>" for a in articles)
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Berita</title>' \
           f"{items}</channel></rss>"


def urlset(urls: list[str]) -> str:
    entries = "".join(f"<url><loc>{html.escape(u)}</loc></url>" for u in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?>' \
           f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'


def sitemapindex(urls: list[str]) -> str:
    entries = "".join(f"<sitemap><loc>{html.escape(u)}</loc></sitemap>" for u in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?>' \
           f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>'
