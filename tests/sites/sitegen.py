"""Random regional-news sites for crawl tests, each built from a seed so a failure can be replayed.

``generate(seed)`` draws one site from combinations of: URL schemes (query ids, id + slug, date paths, plain
slugs; ``.html`` / ``.php`` / none), templates and class names, a home page with teasers, a plain home page
or a home page that is the listing, the listing's path and how it is linked, pagination styles (``?page=N``,
``?p=N``, ``/page/N``, ``?start=N``, ``?per_page=N``, ``/index/N``, ``/halaman/N``; numbered links with
``«``/``»``, "Selanjutnya", "Berikutnya", "Lanjut", "Older posts", "Next", ``rel=next``), date formats
(Indonesian and English, with or without JSON-LD), paragraphs as ``<p>``, ``<div>`` or ``<br>`` text,
widgets (related, popular, latest, tag cloud, agenda, share, comments), static pages, an RSS feed of the
latest items or none, charset faults (windows-1252 sent as UTF-8, UTF-8 declared ISO-8859-1, double-encoded
text) and trap links (an endless calendar, search, print views, tag clouds, off-site links).

The site knows its articles (path, title, date, text) and serves every page from ``routes`` (for
:class:`sites.server.SiteServer`). ``python tests/sites/sitegen.py SEED`` prints a site's shape.
"""

from __future__ import annotations

import html
import json
import random
import sys
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from sites.newsgen import Article  # one article record for both site generators

MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SUBJECTS = ("Bupati", "Wakil Bupati", "Sekretaris Daerah", "Kepala Dinas Kesehatan", "Camat", "Kepala Bappeda",
            "Ketua DPRD", "Kepala Dinas Pendidikan", "Wali Kota", "Kepala Desa")
ACTIONS = ("meresmikan", "meninjau", "membuka", "memimpin rapat tentang", "menerima kunjungan terkait",
           "menyerahkan bantuan untuk", "mengevaluasi", "menandatangani kesepakatan", "mensosialisasikan")
THINGS = ("pasar rakyat", "jembatan desa", "posyandu", "irigasi sawah", "sekolah dasar", "mal pelayanan publik",
          "bank sampah", "rumah sakit daerah", "jalan kabupaten", "balai latihan kerja", "perpustakaan keliling",
          "taman kota", "program beasiswa", "pelatihan UMKM", "vaksinasi anak", "air bersih")
PLACES = ("Kecamatan Sukamaju", "Desa Mekarsari", "Kelurahan Tanjung", "Kecamatan Lembah Hijau", "Desa Sumber",
          "Kecamatan Pesisir", "Desa Karangrejo", "Kelurahan Kota Baru")
FILLER = ("Kegiatan ini dihadiri oleh para kepala perangkat daerah, tokoh masyarakat dan warga sekitar",
          "Pemerintah daerah berkomitmen melanjutkan program tersebut pada tahun anggaran berikutnya",
          "Warga menyambut baik kegiatan tersebut karena manfaatnya langsung dirasakan",
          "Anggaran kegiatan bersumber dari dana alokasi khusus dan pendapatan asli daerah",
          "Pelaksanaan kegiatan diawasi bersama oleh inspektorat dan aparat kecamatan",
          "Ke depan, kegiatan serupa akan diperluas ke seluruh wilayah kabupaten",
          "Menurutnya, kerja sama lintas sektor menjadi kunci keberhasilan program ini")
CLASS_WORDS = ("konten", "isi", "naskah", "tulisan", "kolom", "blok", "utama", "detail", "baca", "artikel",
               "wrap", "box", "xq", "cnt", "art", "txt", "rd", "main-col", "primer", "lembar")
LISTING_PATHS = ("/berita", "/kabar", "/warta", "/index.php/berita", "/news", "/informasi/berita",
                 "/publikasi/berita", "/arsip-berita")
LISTING_LINK_TEXTS = ("Berita", "Indeks Berita", "Semua Berita", "Kabar", "Warta", "Lihat semua berita",
                      "Berita Daerah", "Arsip")
PAGINATIONS = ("page_q", "p_q", "path_page", "start", "per_page", "index_offset", "halaman")
PAGINATION_LINKS = ("numbers", "selanjutnya", "berikutnya", "lanjut", "older", "next", "rel_next", "raquo")
DATE_FORMATS = ("id_long", "id_day", "id_wib", "slash", "iso", "en_long", "en_day", "en_short", "dash_time")
SCHEMES = ("query_php", "query_index", "idslug_detail", "idslug_read", "idslug_dash", "date_path", "date_month",
           "slug_berita", "slug_post")
EXTS = ("", ".html", ".php")
CHARSETS = ("none", "none", "cp1252_as_utf8", "utf8_as_latin1", "double_encoded")
HOMES = ("teasers", "plain", "listing")
BODIES = ("p", "p", "div", "br")


@dataclass
class Site:
    seed: int
    shape: dict[str, str]
    articles: list[Article]
    routes: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # path[?query] -> (body, content type)

    def handler(self, request_handler) -> None:
        """Serve ``routes``; unknown paths 404 (a SiteServer route for every path)."""
        parts = urlsplit(request_handler.path)
        key = parts.path + (f"?{parts.query}" if parts.query else "")
        found = self.routes.get(key)
        if found is None and parts.path.startswith(("/agenda", "/jadwal")):
            found = (calendar_page(self, parts.query).encode(), "text/html; charset=utf-8")
        if found is None and parts.path.startswith(("/cari", "/search")):
            found = (search_page(self).encode(), "text/html; charset=utf-8")
        if found is None:
            request_handler.reply(404, b"<html><body><h1>404 Halaman tidak ditemukan</h1></body></html>")
            return
        request_handler.reply(200, *found)


def slugify(text: str) -> str:
    return "-".join("".join(c for c in w.lower() if c.isalnum()) for w in text.split() if any(c.isalnum() for c in w))


def _path(scheme: str, ext: str, n: int, slug: str, published: str) -> str:
    y, m, d = published.split("-")
    return {
        "query_php": f"/berita.php?id={n}",
        "query_index": f"/index.php?mod=berita&act=detail&id={n}",
        "idslug_detail": f"/berita/detail/{n}/{slug}{ext}",
        "idslug_read": f"/read/{n}/{slug}{ext}",
        "idslug_dash": f"/kabar/{n}-{slug}{ext}",
        "date_path": f"/{y}/{m}/{d}/{slug}{ext or '/'}",
        "date_month": f"/warta/{y}/{m}/{slug}{ext}",
        "slug_berita": f"/berita/{slug}{ext}",
        "slug_post": f"/post/{slug}-{n}{ext}",
    }[scheme]


def _date_text(fmt: str, published: str, rng: random.Random) -> str:
    y, m, d = (int(x) for x in published.split("-"))
    import datetime

    weekday = datetime.date(y, m, d).weekday()
    hour = f"{rng.randint(7, 20):02d}:{rng.choice(('00', '15', '30', '45'))}"
    return {
        "id_long": f"{d} {MONTHS_ID[m - 1]} {y}",
        "id_day": f"{DAYS_ID[weekday]}, {d} {MONTHS_ID[m - 1]} {y}",
        "id_wib": f"{d} {MONTHS_ID[m - 1]} {y} {hour} WIB",
        "slash": f"{d:02d}/{m:02d}/{y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "en_long": f"{MONTHS_EN[m - 1]} {d}, {y}",
        "en_day": f"{DAYS_EN[weekday]}, {d} {MONTHS_EN[m - 1]} {y}",
        "en_short": f"{d} {MONTHS_EN[m - 1][:3]} {y}",
        "dash_time": f"{d:02d}-{m:02d}-{y} {hour}",
    }[fmt]


def _cls(rng: random.Random) -> str:
    return "-".join(rng.sample(CLASS_WORDS, rng.randint(1, 2)))


def make_articles(rng: random.Random, seed: int, count: int, scheme: str, ext: str) -> list[Article]:
    articles = []
    used: set[str] = set()
    for n in range(1, count + 1):
        while True:
            subject, action, thing, place = (rng.choice(SUBJECTS), rng.choice(ACTIONS), rng.choice(THINGS),
                                             rng.choice(PLACES))
            title = f"{subject} {action.capitalize()} {thing.title()} di {place}"
            if title not in used:
                used.add(title)
                break
        number = seed * 1000 + n
        published = f"{rng.choice((2021, 2022, 2023, 2024))}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        paragraphs = [
            f"{place} – {subject} {action} {thing} di {place} bersama jajaran pemerintah daerah, kegiatan "
            f"bernomor {number} dalam agenda tahun ini.",
            f"“Kami ingin {thing} ini memberi manfaat nyata bagi warga,” kata {subject.lower()} dalam "
            f"sambutannya di hadapan {rng.randint(20, 400)} peserta.",
        ]
        for _ in range(rng.randint(1, 4)):
            paragraphs.append(f"{rng.choice(FILLER)} — termasuk {rng.choice(THINGS)} dan {rng.choice(THINGS)} "
                              f"yang direncanakan di {rng.choice(PLACES)}.")
        path = _path(scheme, ext, number, slugify(title), published)
        articles.append(Article(number, path, title, published, paragraphs))
    articles.sort(key=lambda a: (a.published, a.number), reverse=True)  # newest first, as listings show them
    return articles


def generate(seed: int) -> Site:
    """One random site; the same seed gives the same site."""
    rng = random.Random(seed)

    def rotate(values: tuple[str, ...], step: int) -> str:
        """Every value within ``len(values)`` consecutive seeds (so any 32 seeds cover them all), in an order
        scrambled per dimension and site."""
        return values[(seed * step + rng.randrange(2)) % len(values)]

    shape = {
        "scheme": rotate(SCHEMES, 7), "ext": rng.choice(EXTS), "home": rotate(HOMES, 5),
        "listing": rng.choice(LISTING_PATHS), "listing_text": rng.choice(LISTING_LINK_TEXTS),
        "pagination": rotate(PAGINATIONS, 3), "pagination_links": rotate(PAGINATION_LINKS, 5),
        "date": rotate(DATE_FORMATS, 4), "json_ld": rng.choice(("yes", "no")), "body": rng.choice(BODIES),
        "title_tag": rng.choice(("h1", "h1", "h2", "div")), "charset": rotate(CHARSETS, 3),
        "feed": rng.choice(("no", "no", "no", "rss")), "per_page": str(rng.choice((4, 5, 6, 8, 10))),
        "widgets": ",".join(sorted(rng.sample(("related", "popular", "latest", "tags", "agenda", "share",
                                                "comments"), rng.randint(2, 6)))),
    }
    articles = make_articles(rng, seed, rng.randint(10, 24), shape["scheme"], shape["ext"])
    site = Site(seed, shape, articles)
    build(site, rng)
    return site


# -- pages ---------------------------------------------------------------------------------------------
def _e(text: str) -> str:
    return html.escape(text, quote=False)


def page_shell(site: Site, title: str, main: str, rng: random.Random, head: str = "",
               charset: str = "utf-8") -> str:
    s = site.shape
    nav_items = [("/", "Beranda"), ("/profil/sejarah", "Sejarah"), ("/profil/visi-misi", "Visi dan Misi"),
                 (s["listing"], s["listing_text"]), ("/layanan", "Layanan Publik"), ("/cari?q=", "Cari"),
                 ("/agenda", "Agenda")]
    nav = "".join(f'<li><a href="{h}">{_e(t)}</a></li>' for h, t in nav_items)
    feed = '<link rel="alternate" type="application/rss+xml" href="/rss.xml">' if s["feed"] == "rss" else ""
    menu = rng.choice((f'<nav class="{_cls(rng)}"><ul>{nav}</ul></nav>',
                       f'<div id="menu-utama" class="menu"><ul>{nav}</ul></div>',
                       f'<header><ul class="{_cls(rng)}">{nav}</ul></header>'))
    footer = ("<footer><p>Pemerintah Kabupaten Contoh — Jalan Merdeka No. 1. Hak cipta dilindungi.</p>"
              '<a href="https://www.contoh-luar.invalid/portal">Portal Nasional</a></footer>')
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="{charset}"><title>{_e(title)}</title>'
            f"{feed}{head}</head><body>{menu}<div class=\"{_cls(rng)}\">{main}</div>{footer}</body></html>")


def _widgets(site: Site, article: Article | None, rng: random.Random) -> str:
    s = site.shape
    others = [a for a in site.articles if a is not article]
    out = []
    widgets = s["widgets"].split(",")
    if "related" in widgets and article is not None:
        chosen = rng.sample(others, min(3, len(others)))
        items = "".join(f'<li><a href="{a.path}">{_e(a.title)}</a></li>' for a in chosen)
        out.append(f'<div class="{rng.choice(("related", "terkait", "baca-lainnya", "xr"))}">'
                   f"<h4>Berita Terkait</h4><ul>{items}</ul></div>")
    if "popular" in widgets:
        chosen = rng.sample(others, min(4, len(others)))
        items = "".join(f'<li><a href="{a.path}">{_e(a.title)}</a></li>' for a in chosen)
        out.append(f'<div class="{rng.choice(("populer", "sidebar", "kanan", "side-box"))}"><h3>Terpopuler</h3>'
                   f"<ol>{items}</ol></div>")
    if "latest" in widgets:
        items = "".join(f'<li><a href="{a.path}">{_e(a.title)}</a> <small>{a.published}</small></li>'
                        for a in others[:4])
        out.append(f'<aside class="{_cls(rng)}"><h3>Berita Terbaru</h3><ul>{items}</ul></aside>')
    if "tags" in widgets:
        tags = ["pembangunan", "kesehatan", "pendidikan", "ekonomi", "desa", "umkm"]
        cloud = " ".join(f'<a href="/tag/{t}">{t}</a>' for t in tags)
        out.append(f'<div class="tagcloud">{cloud}</div>')
    if "agenda" in widgets:
        out.append('<div class="agenda-box"><h3>Agenda</h3><a href="/agenda?bulan=2024-03">Maret 2024</a> '
                   '<a href="/jadwal?tgl=2024-03-01">Jadwal kegiatan</a></div>')
    return "".join(out)


def article_page(site: Site, article: Article, rng: random.Random) -> str:
    s = site.shape
    date = _date_text(s["date"], article.published, rng)
    if s["body"] == "p":
        body = "".join(f"<p>{_e(p)}</p>" for p in article.paragraphs)
    elif s["body"] == "div":
        body = "".join(f"<div>{_e(p)}</div>" for p in article.paragraphs)
    else:
        body = "<br><br>\n".join(_e(p) for p in article.paragraphs)
    tag = s["title_tag"]
    title = (f'<{tag} class="{rng.choice(("judul", "title", "entry-title", "jdl"))}">{_e(article.title)}</{tag}>'
             if tag != "div" else f'<div class="judul-berita"><h1>{_e(article.title)}</h1></div>')
    date_el = rng.choice((f'<span class="tanggal">{date}</span>',
                          f'<div class="meta">Diposting {date} oleh Admin</div>',
                          f"<time>{date}</time>", f'<p class="info-post">{date} | Humas</p>'))
    ld = ""
    if s["json_ld"] == "yes":
        ld = ('<script type="application/ld+json">' + json.dumps({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
            "datePublished": f"{article.published}T08:00:00+07:00"}) + "</script>")
    share = ('<div class="share">Bagikan: <a href="https://wa.me/?text=x">WhatsApp</a> '
             '<a href="https://facebook.invalid/share">Facebook</a></div>') if "share" in s["widgets"] else ""
    comments = ('<div id="comments"><h3>Tinggalkan Komentar</h3><form><textarea></textarea></form></div>'
                if "comments" in s["widgets"] else "")
    printed = f'<a href="{print_path(site, article)}">Cetak</a>'
    main = (f'<div class="{_cls(rng)}">{title}{date_el}<div class="{_cls(rng)}">{body}</div>{share}'
            f"{printed}{comments}</div><div class=\"{_cls(rng)}\">{_widgets(site, article, rng)}</div>")
    return page_shell(site, f"{article.title} | Pemerintah Kabupaten Contoh", main, rng, head=ld)


def print_path(site: Site, article: Article) -> str:
    return f"/cetak/{article.number}" if article.number % 2 else f"{article.path.split('?')[0]}?print=1"


def teaser(article: Article, rng: random.Random, style: str) -> str:
    excerpt = _e(article.paragraphs[0][:150].rsplit(" ", 1)[0]) + "…"
    date = article.published
    if style == "card":
        return (f'<div class="card"><img src="/img/{article.number}.jpg" alt=""><h3><a href="{article.path}">'
                f'{_e(article.title)}</a></h3><span class="tgl">{date}</span><p>{excerpt}</p></div>')
    if style == "flat":
        return f'<h2><a href="{article.path}">{_e(article.title)}</a></h2><small>{date}</small><p>{excerpt}</p>'
    if style == "list":
        return f'<li><a href="{article.path}">{_e(article.title)}</a> <em>{date}</em></li>'
    return (f'<article class="post"><h4 class="post-title"><a href="{article.path}">{_e(article.title)}</a></h4>'
            f'<div class="post-meta">{date}</div><div class="excerpt">{excerpt}</div>'
            f'<a href="{article.path}">Baca selengkapnya</a></article>')


def page_url(site: Site, number: int) -> str:
    """The listing's page ``number`` (1 is the listing itself)."""
    s = site.shape
    base = "/" if s["home"] == "listing" else s["listing"]
    per = int(s["per_page"])
    if number == 1:
        return base
    root = base.rstrip("/")
    return {
        "page_q": f"{base}?page={number}", "p_q": f"{base}?p={number}", "path_page": f"{root}/page/{number}",
        "start": f"{base}?start={(number - 1) * per}", "per_page": f"{base}?per_page={(number - 1) * per}",
        "index_offset": f"{root}/index/{(number - 1) * per}", "halaman": f"{root}/halaman/{number}",
    }[s["pagination"]]


def pagination_nav(site: Site, number: int, pages: int, rng: random.Random) -> tuple[str, str]:
    """(links in the page, a <link rel=next> for the head)."""
    style = site.shape["pagination_links"]
    head = ""
    if number < pages and style == "rel_next":
        head = f'<link rel="next" href="{page_url(site, number + 1)}">'
    nums = "".join(f'<a href="{page_url(site, k)}">{k}</a> ' if k != number else f"<span>{k}</span> "
                   for k in range(1, pages + 1))
    prev = f'<a href="{page_url(site, number - 1)}">«</a> ' if number > 1 else ""
    nxt = ""
    if number < pages:
        text = {"numbers": "»", "selanjutnya": "Selanjutnya", "berikutnya": "Berikutnya »", "lanjut": "Lanjut",
                "older": "Older posts", "next": "Next »", "rel_next": "", "raquo": "»"}[style]
        nxt = f'<a href="{page_url(site, number + 1)}">{text}</a>' if text else ""
    if style in ("numbers", "raquo", "rel_next"):
        links = prev + nums + nxt
    else:
        links = prev + nxt
    return f'<div class="{rng.choice(("pagination", "pager", "nav-links", "hlm", "paging-x"))}">{links}</div>', head


def listing_page(site: Site, chunk: list[Article], number: int, pages: int, rng: random.Random,
                 home_extra: str = "") -> str:
    style = rng.choice(("card", "flat", "list", "post"))
    items = "".join(teaser(a, rng, style) for a in chunk)
    items = f"<ul>{items}</ul>" if style == "list" else items
    nav, head = pagination_nav(site, number, pages, rng)
    main = (f'{home_extra}<div class="{_cls(rng)}"><h1>{_e(site.shape["listing_text"])}</h1>{items}{nav}</div>'
            f'<div class="{_cls(rng)}">{_widgets(site, None, rng)}</div>')
    return page_shell(site, f"{site.shape['listing_text']} - Halaman {number}", main, rng, head=head)


def home_page(site: Site, rng: random.Random) -> str:
    s = site.shape
    featured = "".join(teaser(a, rng, "card") for a in site.articles[:3])
    latest = "".join(f'<li><a href="{a.path}">{_e(a.title)}</a></li>' for a in site.articles[3:8])
    agenda = ('<div class="agenda-box"><h3>Agenda Kegiatan</h3><ul><li>Rapat koordinasi, 12 Maret</li></ul>'
              '<a href="/agenda?bulan=2024-03">Kalender</a></div>')
    services = ('<div class="layanan"><h2>Layanan</h2><a href="/layanan">Pengaduan</a> '
                '<a href="/profil/sejarah">Sejarah Singkat Pemerintah Kabupaten Contoh Sejak Berdiri</a></div>')
    more = f'<a href="{s["listing"]}">{_e(s["listing_text"])}</a>'
    if s["home"] == "teasers":
        main = (f'<div class="{_cls(rng)}">{featured}</div><div class="{_cls(rng)}"><h3>Berita Terbaru</h3>'
                f"<ul>{latest}</ul>{more}</div>{agenda}{services}")
    else:  # plain
        main = (f'<div class="{_cls(rng)}"><h1>Selamat Datang di Portal Resmi Kabupaten Contoh</h1><p>Portal ini '
                "menyajikan informasi pemerintahan, layanan publik dan kegiatan daerah bagi seluruh warga."
                f"</p></div>{services}{agenda}")
    return page_shell(site, "Beranda | Pemerintah Kabupaten Contoh", main, rng)


STATIC_TEXT = ("Kabupaten Contoh dibentuk berdasarkan undang-undang pembentukan daerah dan terus berkembang "
               "menjadi pusat pertanian serta perdagangan di wilayahnya.",
               "Visi pemerintah daerah adalah mewujudkan masyarakat yang sejahtera, mandiri dan berdaya saing "
               "melalui pelayanan publik yang cepat dan terbuka.",
               "Misi tersebut dijabarkan dalam rencana pembangunan jangka menengah daerah yang disusun bersama "
               "seluruh pemangku kepentingan.")


def static_page(site: Site, title: str, rng: random.Random) -> str:
    body = "".join(f"<p>{_e(p)}</p>" for p in STATIC_TEXT)
    return page_shell(site, f"{title} | Pemerintah Kabupaten Contoh", f"<h1>{_e(title)}</h1>{body}", rng)


def calendar_page(site: Site, query: str) -> str:
    """An endless calendar: every month links to the next and the previous one."""
    month = parse_qs(query).get("bulan", ["2024-03"])[0]
    try:
        y, m = (int(x) for x in month.split("-"))
    except ValueError:
        y, m = 2024, 3
    nxt = f"{y + (m == 12)}-{m % 12 + 1:02d}"
    prv = f"{y - (m == 1)}-{(m - 2) % 12 + 1:02d}"
    return (f"<html><body><h1>Agenda {month}</h1><table><tr><td>1</td><td>2</td></tr></table>"
            f'<a href="/agenda?bulan={prv}">«</a> <a href="/agenda?bulan={nxt}">»</a>'
            f'<a href="/jadwal?tgl={month}-02">Berikutnya</a></body></html>')


def search_page(site: Site) -> str:
    items = "".join(f'<li><a href="{a.path}">{_e(a.title)}</a></li>' for a in site.articles[:3])
    return f'<html><body><h1>Hasil pencarian</h1><ul>{items}</ul><a href="/cari?q=x&hal=2">»</a></body></html>'


def encode(site: Site, page: str, number: int) -> tuple[bytes, str]:
    """The page's bytes and Content-Type, with the site's charset fault on some of its article pages."""
    fault = site.shape["charset"]
    if fault == "none" or number % 3:
        return page.encode("utf-8"), "text/html; charset=utf-8"
    if fault == "cp1252_as_utf8":
        return page.encode("cp1252"), "text/html; charset=utf-8"
    if fault == "utf8_as_latin1":
        return page.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">').encode("utf-8"), \
            "text/html; charset=iso-8859-1"
    # double-encoded: UTF-8 bytes read as windows-1252 (Latin-1 where it has no character), saved again as UTF-8
    sloppy = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in page.encode("utf-8"))
    return sloppy.encode("utf-8"), "text/html; charset=utf-8"


def build(site: Site, rng: random.Random) -> None:
    s = site.shape
    html_type = "text/html; charset=utf-8"
    routes = site.routes
    for article in site.articles:
        page = article_page(site, article, rng)
        routes[article.path] = encode(site, page, article.number)
        printed = page.replace("<nav", "<div").replace("</nav>", "</div>")
        routes[print_path(site, article)] = (printed.encode("utf-8"), html_type)
    per = int(s["per_page"])
    chunks = [site.articles[i:i + per] for i in range(0, len(site.articles), per)]
    for number, chunk in enumerate(chunks, start=1):
        routes[page_url(site, number)] = (listing_page(site, chunk, number, len(chunks), rng).encode(), html_type)
    if s["home"] != "listing":
        routes["/"] = (home_page(site, rng).encode(), html_type)
        if s["listing"].endswith("/"):
            routes[s["listing"].rstrip("/")] = routes[s["listing"]]
    for path, title in (("/profil/sejarah", "Sejarah Kabupaten Contoh"), ("/profil/visi-misi", "Visi dan Misi"),
                        ("/layanan", "Layanan Publik Kabupaten Contoh")):
        routes[path] = (static_page(site, title, rng).encode(), html_type)
    for tag in ("pembangunan", "kesehatan", "pendidikan", "ekonomi", "desa", "umkm"):
        routes[f"/tag/{tag}"] = (listing_page(site, site.articles[:3], 1, 1, rng).encode(), html_type)
    if s["feed"] == "rss":
        items = "".join(f"<item><title>{_e(a.title)}</title><link>{{HOST}}{_e(a.path)}</link></item>"
                        for a in site.articles[:8])
        routes["/rss.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Berita'
                              f"</title>{items}</channel></rss>".encode(), "application/rss+xml")
    routes["/robots.txt"] = (b"User-agent: *\nDisallow: /admin/\n", "text/plain")


def with_host(site: Site, host: str) -> None:
    """Absolute links (the feed) need the server's address, known once it listens."""
    for path, (body, kind) in list(site.routes.items()):
        if b"{HOST}" in body:
            site.routes[path] = (body.replace(b"{HOST}", host.encode()), kind)


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        generated = generate(int(arg))
        print(arg, json.dumps(generated.shape), f"{len(generated.articles)} articles")
