"""The demo's local news sites: two government portals with different layouts, served over HTTP.

- ``trenggalek``: a WordPress-like regency portal. Home ``/``, listing ``/berita/`` and
  ``/berita/page/N/`` (5 per page), articles ``/YYYY/MM/DD/<slug>/``, month archives ``/YYYY/MM/``,
  a long date ("Selasa, 14 Maret 2023") on the page and ``article:published_time`` in a meta tag.
- ``salatiga``: a custom city portal. Listing ``/berita?page=N`` (6 per page), articles
  ``/berita/detail/<id>/<slug>.html``, a numeric date ("14-03-2023 10:15 WIB"), no date metadata,
  breadcrumbs and "Baca Juga" links.

Each portal runs its own :class:`~http.server.ThreadingHTTPServer` in a background thread
(``DemoSite(...).start()`` or ``with DemoSite() as site``). Pages are rendered from the article files with
:class:`string.Template` (``templates/``); every text goes through :func:`html.escape`. ``robots.txt``
allows all but ``/admin/``.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from string import Template
from urllib.parse import parse_qs, urlsplit

from kunker.demo.content import Article, load_articles, long_date, numeric_date

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
ROBOTS_TXT = "User-agent: *\nDisallow: /admin/\n"
HTML = "text/html; charset=UTF-8"


@dataclass
class Response:
    status: int
    body: str
    content_type: str = HTML
    headers: dict[str, str] = field(default_factory=dict)


def redirect(location: str) -> Response:
    return Response(301, f'<html><body><a href="{escape(location)}">Moved</a></body></html>',
                    headers={"Location": location})


def _template(name: str) -> Template:
    return Template((TEMPLATES_DIR / name).read_text(encoding="utf-8"))


def _paragraphs(article: Article, dateline_tag: str | None = None) -> str:
    """Body paragraphs as HTML; ``dateline_tag`` wraps a leading "KOTA –" dateline (e.g. in <strong>)."""
    out = []
    for index, paragraph in enumerate(article.paragraphs):
        text = escape(paragraph)
        match = re.match(r"^([A-Z][A-Z .]+) – ", paragraph) if index == 0 and dateline_tag else None
        if match:
            text = f"<{dateline_tag}>{escape(match.group(1))}</{dateline_tag}> – " + escape(
                paragraph[match.end():])
        out.append(f"<p>{text}</p>")
    return "\n".join(out)


def _pick(articles: list[Article], count: int, seed: int) -> list[Article]:
    """A deterministic, varied selection (the "popular" widgets)."""
    ranked = sorted(articles, key=lambda a: (a.number * 7919 + seed) % 97)
    return ranked[:count]


class Portal:
    """One news portal: its identity, its articles and how it renders and routes pages."""

    key = ""
    layout = ""
    per_page = 5

    def __init__(self, name: str, tagline: str, region: str, articles: list[Article]) -> None:
        self.name = name
        self.tagline = tagline
        self.region = region
        self.articles = sorted(articles, key=lambda a: (a.published, a.number), reverse=True)
        self.base_url = ""  # set when served, for canonical links

    @property
    def pages(self) -> int:
        return max(1, math.ceil(len(self.articles) / self.per_page))

    def page(self, number: int) -> list[Article]:
        return self.articles[(number - 1) * self.per_page:number * self.per_page]

    def handle(self, target: str) -> Response:
        """Route one request target (path and query) to a response."""
        parts = urlsplit(target)
        path = parts.path
        if path == "/robots.txt":
            return Response(200, ROBOTS_TXT, "text/plain; charset=UTF-8")
        if path == "/admin" or path.startswith("/admin/"):
            return self.error(403, "Akses ditolak")
        return self.route(path, parse_qs(parts.query)) or self.error(404, "Halaman tidak ditemukan")

    def route(self, path: str, query: dict[str, list[str]]) -> Response | None:
        raise NotImplementedError

    def article_path(self, article: Article) -> str:
        raise NotImplementedError

    def error(self, status: int, message: str) -> Response:
        main = f"<h1>{status}</h1><p>{escape(message)}.</p><p><a href=\"/\">Kembali ke beranda</a></p>"
        return Response(status, self.render(message, main, ""))

    def render(self, title: str, main: str, sidebar: str, head_extra: str = "", body_class: str = "") -> str:
        raise NotImplementedError


class WordPressPortal(Portal):
    """A regency portal on a WordPress theme."""

    key = "trenggalek"
    layout = "wordpress"
    per_page = 5

    def article_path(self, article: Article) -> str:
        return f"/{article.published:%Y/%m/%d}/{article.slug}/"

    def route(self, path: str, query: dict[str, list[str]]) -> Response | None:
        if path == "/":
            return self.listing(1, home=True)
        if path in ("/berita", "/berita/page/1", "/berita/page/1/"):
            return redirect("/berita/")
        if path == "/berita/":
            return self.listing(1)
        if match := re.fullmatch(r"/berita/page/(\d+)(/?)", path):
            number = int(match.group(1))
            if not 1 <= number <= self.pages:
                return None
            return self.listing(number) if match.group(2) else redirect(path + "/")
        if match := re.fullmatch(r"/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)(/?)", path):
            for article in self.articles:
                if self.article_path(article) == path.rstrip("/") + "/":
                    return self.article(article) if match.group(5) else redirect(path + "/")
            return None
        if match := re.fullmatch(r"/(\d{4})/(\d{2})/", path):
            return self.archive(int(match.group(1)), int(match.group(2)))
        if path in ("/profil/", "/kontak/"):
            return self.static_page(path.strip("/"))
        if path in ("/profil", "/kontak"):
            return redirect(path + "/")
        return None

    def _time(self, article: Article) -> str:
        return (f'<time class="entry-date published" datetime="{article.published:%Y-%m-%dT%H:%M:%S}+07:00">'
                f"{escape(long_date(article.published))}</time>")

    def _summary(self, article: Article) -> str:
        url = escape(self.article_path(article))
        return (
            f'<article id="post-{article.number}" class="post type-post status-publish hentry">\n'
            f'<header class="entry-header"><h2 class="entry-title"><a href="{url}" rel="bookmark">'
            f"{escape(article.title)}</a></h2>\n"
            f'<div class="entry-meta"><span class="posted-on">{self._time(article)}</span>'
            f'<span class="byline"> oleh <span class="author vcard">{escape(article.author)}</span></span>'
            f"</div></header>\n"
            f'<div class="entry-summary"><p>{escape(article.excerpt())}</p></div>\n'
            f'<a class="more-link" href="{url}">Baca Selengkapnya<span class="screen-reader-text"> '
            f"{escape(article.title)}</span></a>\n</article>"
        )

    def _pagination(self, current: int) -> str:
        def href(n: int) -> str:
            return "/berita/" if n == 1 else f"/berita/page/{n}/"

        items = []
        if current > 1:
            items.append(f'<a class="prev page-numbers" href="{href(current - 1)}">« Sebelumnya</a>')
        for n in range(1, self.pages + 1):
            if n == current:
                items.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
            else:
                items.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
        if current < self.pages:
            items.append(f'<a class="next page-numbers" href="{href(current + 1)}">Selanjutnya »</a>')
        return ('<nav class="navigation pagination" aria-label="Pos"><h2 class="screen-reader-text">'
                'Navigasi pos</h2><div class="nav-links">' + "\n".join(items) + "</div></nav>")

    def listing(self, number: int, home: bool = False) -> Response:
        posts = "\n".join(self._summary(a) for a in self.page(number))
        if home:
            heading = '<h1 class="page-title">Berita Terbaru</h1>'
            more = ('<p class="more-news"><a href="/berita/page/2/">Berita Lainnya »</a></p>'
                    if self.pages > 1 else "")
            return Response(200, self.render(self.name, heading + posts + more, self.sidebar(),
                                             body_class="home blog"))
        heading = '<header class="page-header"><h1 class="page-title">Berita</h1></header>'
        title = "Berita" + (f" – Halaman {number}" if number > 1 else "")
        return Response(200, self.render(title, heading + posts + self._pagination(number), self.sidebar(),
                                         body_class="archive category paged"))

    def archive(self, year: int, month: int) -> Response | None:
        posts = [a for a in self.articles if (a.published.year, a.published.month) == (year, month)]
        if not posts:
            return None
        label = long_date(datetime(year, month, 1)).split(", 1 ")[1]
        main = (f'<header class="page-header"><h1 class="page-title">Bulan: {escape(label)}</h1></header>'
                + "\n".join(self._summary(a) for a in posts))
        return Response(200, self.render(f"Arsip {label}", main, self.sidebar(), body_class="archive date"))

    def sidebar(self) -> str:
        popular = "\n".join(f'<li><a href="{escape(self.article_path(a))}">{escape(a.title)}</a></li>'
                            for a in _pick(self.articles, 5, seed=3))
        months = list(dict.fromkeys((a.published.year, a.published.month) for a in self.articles))
        archive = "\n".join(
            f'<li><a href="/{y}/{m:02d}/">{escape(long_date(datetime(y, m, 1)).split(", 1 ")[1])}</a></li>'
            for y, m in months[:12])
        return (f'<section id="popular-posts" class="widget widget_top-posts"><h2 class="widget-title">'
                f"Berita Terpopuler</h2><ul>{popular}</ul></section>\n"
                f'<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Arsip</h2>'
                f"<ul>{archive}</ul></section>")

    def article(self, article: Article) -> Response:
        path = self.article_path(article)
        url = self.base_url + path
        index = self.articles.index(article)
        newer = self.articles[index - 1] if index > 0 else None
        older = self.articles[index + 1] if index + 1 < len(self.articles) else None
        head = (
            f'<link rel="canonical" href="{escape(url)}">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{escape(article.title)}">\n'
            f'<meta property="og:description" content="{escape(article.excerpt(25))}">\n'
            f'<meta property="og:url" content="{escape(url)}">\n'
            f'<meta property="og:site_name" content="{escape(self.name)}">\n'
            f'<meta property="article:published_time" '
            f'content="{article.published:%Y-%m-%dT%H:%M:%S}+07:00">\n'
            f'<meta name="author" content="{escape(article.author)}">'
        )
        share = "".join(
            f'<li class="share-{k}"><a rel="nofollow noopener" class="share-{k} sd-button" '
            f'href="{escape(path)}?share={k}" target="_blank"><span>{label}</span></a></li>'
            for k, label in (("facebook", "Facebook"), ("twitter", "X"), ("whatsapp", "WhatsApp"),
                             ("telegram", "Telegram")))
        nav = []
        if older:
            nav.append(f'<div class="nav-previous"><a href="{escape(self.article_path(older))}" rel="prev">'
                       f"← {escape(older.title)}</a></div>")
        if newer:
            nav.append(f'<div class="nav-next"><a href="{escape(self.article_path(newer))}" rel="next">'
                       f"{escape(newer.title)} →</a></div>")
        main = _template("wordpress_article.html").substitute(
            post_id=article.number, title=escape(article.title), path=escape(path),
            time=self._time(article), author=escape(article.author), body=_paragraphs(article),
            share=share, post_nav="".join(nav))
        body_class = f"post-template-default single single-post postid-{article.number}"
        return Response(200, self.render(article.title, main, self.sidebar(), head, body_class=body_class))

    def static_page(self, which: str) -> Response:
        if which == "profil":
            title = "Profil Daerah"
            text = (f"<p>{escape(self.region)} terletak di pesisir selatan Provinsi Jawa Timur. Halaman ini "
                    "memuat ringkasan geografi, visi dan misi daerah, serta susunan organisasi perangkat "
                    "daerah.</p><p>Visi: Terwujudnya masyarakat yang sejahtera, mandiri, dan berdaya "
                    "saing.</p>")
        else:
            title = "Kontak"
            text = ("<p>Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah.</p>"
                    "<p>Alamat dan nomor telepon pada situs demonstrasi ini fiktif.</p>")
        main = f'<article class="page type-page"><h1 class="entry-title">{title}</h1>' \
               f'<div class="entry-content">{text}</div></article>'
        return Response(200, self.render(title, main, self.sidebar(), body_class="page"))

    def render(self, title: str, main: str, sidebar: str, head_extra: str = "", body_class: str = "") -> str:
        page_title = title if title == self.name else f"{title} – {self.name}"
        return _template("wordpress.html").substitute(
            page_title=escape(page_title), head_extra=head_extra, body_class=escape(body_class),
            site_name=escape(self.name), tagline=escape(self.tagline), main=main, sidebar=sidebar)


class PemkotPortal(Portal):
    """A city portal on a home-grown CMS."""

    key = "salatiga"
    layout = "pemkot"
    per_page = 6

    def article_path(self, article: Article) -> str:
        return f"/berita/detail/{article.external_id}/{article.slug}.html"

    def route(self, path: str, query: dict[str, list[str]]) -> Response | None:
        if path == "/":
            return self.home()
        if path == "/berita/":
            return redirect("/berita")
        if path == "/berita":
            raw = (query.get("page") or ["1"])[0]
            if not raw.isdigit() or not 1 <= int(raw) <= self.pages:
                return None
            return self.listing(int(raw))
        if match := re.fullmatch(r"/berita/detail/(\d+)/([a-z0-9-]+)\.html", path):
            for article in self.articles:
                if article.external_id == int(match.group(1)):
                    if article.slug != match.group(2):
                        return redirect(self.article_path(article))
                    return self.article(article)
            return None
        if path == "/profil":
            main = ('<ol class="breadcrumb"><li><a href="/">Beranda</a></li>'
                    '<li class="active">Profil</li></ol>'
                    f'<h3 class="judul-halaman">Profil {escape(self.region)}</h3>'
                    "<p>Gambaran umum wilayah, sejarah singkat, dan visi misi pemerintah kota.</p>")
            return Response(200, self.render("Profil", main, self.sidebar()))
        return None

    def _item(self, article: Article) -> str:
        url = escape(self.article_path(article))
        return (f'<div class="item-berita media"><div class="media-body">\n'
                f'<h4 class="media-heading"><a href="{url}">{escape(article.title)}</a></h4>\n'
                f'<p class="tgl-berita"><i class="fa fa-clock-o"></i> {numeric_date(article.published)}</p>\n'
                f"<p>{escape(article.excerpt(28))}</p>\n"
                f'<a class="btn btn-default btn-xs" href="{url}">Selengkapnya</a></div></div>')

    def _pagination(self, current: int) -> str:
        items = []
        if current > 1:
            items.append(f'<li><a href="/berita?page={current - 1}" rel="prev">&lsaquo;</a></li>')
        else:
            items.append('<li class="disabled"><span>&lsaquo;</span></li>')
        for n in range(1, self.pages + 1):
            items.append(f'<li class="active"><span>{n}</span></li>' if n == current
                         else f'<li><a href="/berita?page={n}">{n}</a></li>')
        if current < self.pages:
            items.append(f'<li><a href="/berita?page={current + 1}" rel="next">&rsaquo;</a></li>')
        else:
            items.append('<li class="disabled"><span>&rsaquo;</span></li>')
        return '<ul class="pagination">' + "".join(items) + "</ul>"

    def home(self) -> Response:
        latest = "\n".join(self._item(a) for a in self.articles[:4])
        main = ('<div class="panel"><div class="panel-heading">Berita Terkini</div>'
                f'<div class="panel-body">{latest}</div></div>'
                '<p class="indeks"><a href="/berita">Indeks Berita &raquo;</a></p>')
        return Response(200, self.render("Beranda", main, self.sidebar()))

    def listing(self, number: int) -> Response:
        items = "\n".join(self._item(a) for a in self.page(number))
        main = ('<ol class="breadcrumb"><li><a href="/">Beranda</a></li><li class="active">Berita</li></ol>'
                '<h3 class="judul-halaman">Berita Kota</h3>'
                f'<div class="list-berita">{items}</div>{self._pagination(number)}')
        return Response(200, self.render(f"Berita - Halaman {number}", main, self.sidebar()))

    def sidebar(self) -> str:
        popular = "".join(f'<li><a href="{escape(self.article_path(a))}">{escape(a.title)}</a></li>'
                          for a in _pick(self.articles, 5, seed=11))
        return ('<div class="panel"><div class="panel-heading">Berita Populer</div>'
                f'<div class="panel-body"><ol>{popular}</ol></div></div>'
                '<div class="panel"><div class="panel-heading">Agenda Kota</div><div class="panel-body"><ul>'
                "<li>Car Free Day setiap Minggu pagi di Jalan Jenderal Sudirman</li>"
                "<li>Pelayanan KTP-el keliling kelurahan setiap Kamis</li></ul></div></div>"
                '<div class="panel"><div class="panel-heading">Link Terkait</div><div class="panel-body"><ul>'
                "<li>Pemerintah Provinsi Jawa Tengah</li><li>LPSE Kota</li><li>PPID Kota</li></ul>"
                "</div></div>")

    def article(self, article: Article) -> Response:
        others = [a for a in self.articles if a is not article]
        related = _pick(others, 3, seed=article.number)
        related_html = "".join(f'<li><a href="{escape(self.article_path(a))}">{escape(a.title)}</a></li>'
                               for a in related)
        views = f"{(article.external_id or 0) * 37 % 4000 + 250:,}".replace(",", ".")
        share_text = escape(f"{article.title} {self.base_url}{self.article_path(article)}")
        main = _template("pemkot_article.html").substitute(
            title=escape(article.title), date=numeric_date(article.published), author=escape(article.author),
            views=views, body=_paragraphs(article, dateline_tag="strong"), share_text=share_text,
            related=related_html)
        head = f'<meta name="description" content="{escape(article.excerpt(25))}">'
        return Response(200, self.render(article.title, main, self.sidebar(), head))

    def render(self, title: str, main: str, sidebar: str, head_extra: str = "", body_class: str = "") -> str:
        return _template("pemkot.html").substitute(
            page_title=escape(f"{title} | {self.name}"), head_extra=head_extra, site_name=escape(self.name),
            tagline=escape(self.tagline), today_line="Selamat datang di portal resmi", main=main,
            sidebar=sidebar)


def default_portals() -> list[Portal]:
    """The two demo portals with their bundled articles."""
    return [
        WordPressPortal("Pemerintah Kabupaten Trenggalek", "Portal Resmi Pemerintah Kabupaten Trenggalek",
                        "Kabupaten Trenggalek", load_articles("trenggalek")),
        PemkotPortal("Pemerintah Kota Salatiga", "Kota Kecil, Pelayanan Besar", "Kota Salatiga",
                     load_articles("salatiga")),
    ]


def _handler_for(portal: Portal, verbose: bool) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "Apache"
        sys_version = ""

        def do_GET(self) -> None:  # noqa: N802
            self._reply(portal.handle(self.path), with_body=True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._reply(portal.handle(self.path), with_body=False)

        def _reply(self, response: Response, with_body: bool) -> None:
            body = response.body.encode("utf-8")
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if with_body:
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            if verbose:
                super().log_message(format, *args)

    return Handler


class DemoSite:
    """Serve the demo portals, one HTTP server each, in background threads.

    ``ports`` gives one port per portal (0 = any free port). ``urls`` maps portal key -> base URL.
    """

    def __init__(self, host: str = "127.0.0.1", ports: Iterable[int] | None = None,
                 portals: list[Portal] | None = None, verbose: bool = False) -> None:
        self.host = host
        self.portals = portals if portals is not None else default_portals()
        self.ports = list(ports) if ports is not None else [0] * len(self.portals)
        if len(self.ports) != len(self.portals):
            raise ValueError(f"need {len(self.portals)} ports, got {len(self.ports)}")
        self.verbose = verbose
        self.servers: list[ThreadingHTTPServer] = []
        self.threads: list[threading.Thread] = []
        self.urls: dict[str, str] = {}

    def start(self) -> DemoSite:
        try:
            for portal, port in zip(self.portals, self.ports, strict=True):
                server = ThreadingHTTPServer((self.host, port), _handler_for(portal, self.verbose))
                server.daemon_threads = True
                self.servers.append(server)
                url = f"http://{self.host}:{server.server_address[1]}"
                portal.base_url = url
                self.urls[portal.key] = url + "/"
                thread = threading.Thread(target=server.serve_forever, name=f"demo-site-{portal.key}",
                                          daemon=True)
                thread.start()
                self.threads.append(thread)
        except OSError:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()
        for thread in self.threads:
            thread.join()
        self.servers.clear()
        self.threads.clear()

    def __enter__(self) -> DemoSite:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def sources(self) -> list[dict[str, str]]:
        """The sources-file entries (``{name, url, region}``) for crawling the running portals."""
        return [{"name": f"demo-{p.key}", "url": self.urls[p.key], "region": p.region, "kind": "government"}
                for p in self.portals]
