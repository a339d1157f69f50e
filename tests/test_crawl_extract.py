"""Article extraction, Indonesian dates and the spider's URL rules, on small pages of our own."""

from __future__ import annotations

import importlib.util
import json
import tomllib
from datetime import datetime
from pathlib import Path

import pytest
import trafilatura
import trafilatura.core
import trafilatura.settings
import trafilatura.utils
from lxml import etree
from sites.server import SITES

from crawler import links, pagemeta, trafilatura_tree
from crawler.dates import find_date, parse_date
from crawler.extract import article_text, drop_widget_lines, extract_article, looks_like_article, site_link_texts


@pytest.mark.parametrize(("text", "expected"), [
    ("Kamis, 13 September 2012", "2012-09-13"),
    ("Diposting Jumat, 18 Nov 2022 08:16:27", "2022-11-18"),
    ("07-05-2017 19:01 WIB", "2017-05-07"),
    ("13/09/2012", "2012-09-13"),
    ("Banyuwangi (26/3/2024) - Bupati membuka acara", "2024-03-26"),
    ("Senin (3/8/20) rombongan tiba", "2020-08-03"),
    ("Kamis , 17 April 2025", "2025-04-17"),
    ("Senin 7 Maret 2022", "2022-03-07"),
    ("20 February 2025", "2025-02-20"),
    ("2024-03-12T09:15:00+07:00", "2024-03-12"),
    ("8 Agustus 2023", "2023-08-08"),
    ("17 Agt 2023", "2023-08-17"),
    ("00/00/0000", None),
    ("Tanggal: 00-00-0000 00:00", None),
    ("Sabtu (26/3)", None),  # no year: not guessed
    ("Kamis, tiga belas September dua ribu dua belas", None),  # no digit: no date form
    ("31/02/2020", None),
    ("Nomor 12/34/2020", None),
])
def test_dates(text, expected):
    assert find_date(text) == expected


def test_yearless_dateline_takes_the_year_from_the_url():
    page = ("<html><body><article><h1>Bupati Tinjau Pasar</h1><div class='isi'><p>Contoh, Sabtu (26/3) - "
            "Bupati meninjau pasar tradisional yang baru selesai direnovasi bersama dinas terkait.</p>"
            "<p>Pedagang menyambut baik renovasi yang membuat pasar lebih bersih dan nyaman.</p></div>"
            "</article></body></html>")
    assert extract_article(page, "https://contoh.go.id/2022/03/bupati-tinjau-pasar").published == "2022-03-26"
    assert extract_article(page, "https://contoh.go.id/berita/bupati-tinjau-pasar").published is None


def test_placeholder_date_skipped_for_the_real_one():
    assert find_date("00/00/0000 | Contoh (13/9/2012) - Anggota DPRD") == "2012-09-13"
    assert parse_date(None) is None and parse_date("") is None


@pytest.mark.parametrize(("url", "article"), [
    ("https://contoh.go.id/berita/detail/331/pemkot-pelajari-smart-dusun.html", True),
    ("https://contoh.go.id/read/1021/kominfo-gelar-pelatihan", True),
    ("https://contoh.go.id/2023/11/05/rapat-koordinasi-stunting/", True),
    ("https://contoh.go.id/index.php/artikel/2019/3/2/musdes-rkp-desa", True),
    ("https://contoh.go.id/berita/item/2245-gubernur-buka-pameran-ukm", True),
    ("https://contoh.go.id/berita/bupati-terima-rombongan-studi-banding", True),
    ("https://contoh.go.id/?p=4412", True),
    ("https://contoh.go.id/berita", False),
    ("https://contoh.go.id/berita/page/2", False),
    ("https://contoh.go.id/berita?start=20", False),
    ("https://contoh.go.id/tag/studi-banding-daerah-lain", False),
    ("https://contoh.go.id/wp-content/uploads/2024/03/foto-kegiatan-bupati.jpg", False),
    ("https://contoh.go.id/berita/kanal/umum", False),
])
def test_article_urls(url, article):
    assert links.is_article_url(url) is article


def test_pagination_listing_and_normalisation():
    assert links.is_pagination_url("https://a.go.id/berita/page/3")
    assert links.is_pagination_url("https://a.go.id/index.php/berita?start=40")
    assert links.is_pagination_url("https://a.go.id/berita?page=2")
    assert links.is_listing_url("https://a.go.id/berita/kanal/umum")
    assert links.is_next_text("Selanjutnya »") and links.is_next_text("Berikutnya")
    assert links.is_next_text("»") and not links.is_next_text("Berita Utama")
    normal = links.normalize_url("HTTPS://A.go.id/berita/x?utm_source=fb&id=3#top")
    assert normal == "https://a.go.id/berita/x?id=3"
    assert links.same_site("https://www.a.go.id/x", "a.go.id")
    assert links.same_site("https://b.a.go.id/", "a.go.id")
    assert not links.same_site("https://evil.example/a.go.id", "a.go.id")


PAGE = """<html><head><title>Pemkot Tetap Siaga Banjir | Pemerintah Kota Contoh</title></head><body>
<div id="menu"><a href="/">Beranda</a> <a href="/berita">Berita</a></div>
<div class="main"><h1>Pemkot Tetap Siaga Banjir</h1>
<div class="post-meta">Ditulis: Rabu, 7 Februari 2024 | Admin</div>
<div class="content">Wali kota meminta seluruh camat siaga menghadapi <b>musim hujan</b> yang diperkirakan
berlangsung hingga Maret.<br><br>
Petugas kebersihan diminta membersihkan saluran air di titik rawan
genangan setiap pagi.<br>
<br>Warga dapat melapor melalui layanan pengaduan 112 selama 24 jam.
<p>Baca juga: <a href="/berita/x">Banjir di kawasan pasar surut</a></p>
</div>
<div class="social-share">Share: <a href="#">FB</a></div>
</div>
<div id="sidebar"><h3>Populer</h3>
<p>Rabu, 1 Januari 2020 Pengumuman lelang yang sangat panjang sekali isinya.</p></div>
</body></html>"""


def test_extraction_of_a_br_separated_page_without_paragraph_tags():
    article = extract_article(PAGE, "https://contoh.go.id/berita/pemkot-tetap-siaga-banjir")
    assert article.title == "Pemkot Tetap Siaga Banjir"
    assert article.published == "2024-02-07"
    assert article.text == (
        "Wali kota meminta seluruh camat siaga menghadapi musim hujan yang diperkirakan berlangsung hingga "
        "Maret.\n\nPetugas kebersihan diminta membersihkan saluran air di titik rawan genangan setiap pagi."
        "\n\nWarga dapat melapor melalui layanan pengaduan 112 selama 24 jam.")
    assert looks_like_article(article)


def test_a_listing_page_is_not_an_article():
    cards = "".join(
        f'<div class="item"><h3><a href="/berita/judul-berita-nomor-{i}-hari-ini">Judul berita nomor {i} '
        f'hari ini tentang pembangunan</a></h3><span class="date">{i} Maret 2024</span>'
        f'<p>Ringkasan berita nomor {i}.</p>'
        f'<a href="/berita/judul-berita-nomor-{i}-hari-ini">Selengkapnya</a></div>' for i in range(1, 8))
    html = f"<html><head><title>Berita</title></head><body><h1>Berita</h1><main>{cards}</main></body></html>"
    assert not looks_like_article(extract_article(html, "https://contoh.go.id/indeks"))


LAYOUTS = json.loads((SITES / "layouts" / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_common_cms_layouts(name):
    """OpenSID, Joomla K2 (intro + full text) and Blogger pages, each with its own boilerplate."""
    page = (SITES / "layouts" / name).read_text(encoding="utf-8")
    article = extract_article(page, f"https://contoh.go.id/{name}")
    assert (article.title, article.published, article.text) == tuple(LAYOUTS[name].values())
    assert looks_like_article(article)


@pytest.mark.parametrize(("url", "article"), [
    ("https://contoh.go.id/berita/48213", True),
    ("https://contoh.go.id/berita/2024", False),  # a year archive
    ("https://contoh.go.id/detail_berita.php?id=12", True),
    ("https://contoh.go.id/halaman.php?id=12", False),
    ("https://contoh.go.id/news/view/rapat-koordinasi", True),
])
def test_more_article_url_shapes(url, article):
    assert links.is_article_url(url) is article


def test_headline_links():
    assert links.looks_like_headline("Bupati Resmikan Jembatan Gantung di Desa Sukamaju")
    assert not links.looks_like_headline("Baca selengkapnya tentang berita ini di sini ya")
    assert not links.looks_like_headline("Profil Daerah")


def _page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


LATER = "Pedagang yang sempat pindah ke pasar darurat kini kembali menempati kios masing-masing."
LONG = "Bupati meninjau pasar tradisional yang baru selesai direnovasi bersama dinas terkait pada pagi hari."


@pytest.mark.parametrize(("body", "pemda"), [
    (f"<div class='konten isi'><p>{LONG}</p></div>", True),
    (f"<div class='isi'><p>{LONG}</p></div><div class='isi'><p>{LONG}</p></div>", False),  # two: not the body
    (f"<div class='isian'><p>{LONG}</p></div>", False),  # a class name containing one is not one
    (f"<div class='isi'><p>Pendek.</p></div><div class='teks'><p>{LONG}</p></div>", True),
    # a CMS container in another language (Joomla K2 is used everywhere): not a regional-government page
    ("<div class='itemBody'><p>The council approved the new harbour budget after a long debate on Tuesday.</p></div>",
     False),
])
def test_pemda_container_is_one_cms_body_class_with_text(body, pemda):
    assert extract_article(_page(body), "https://contoh.go.id/berita/1").pemda is pemda


@pytest.mark.parametrize(("lang", "pemda"), [("id", True), ("id-ID", True), ("en-US", True), ("jv", True),
                                             ("de", False), ("fr-FR", False)])
def test_pemda_container_only_on_pages_declaring_a_regional_language(lang, pemda):
    page = _page(f"<div class='isi'><p>{LONG}</p></div>").replace("<html>", f"<html lang='{lang}'>")
    assert extract_article(page, "https://contoh.go.id/berita/1").pemda is pemda


def test_metadata_read_from_the_lxml_tree():
    """Title without the site name, the date in a class named with quotes, author and type from JSON-LD, and
    the canonical URL, all from one parse."""
    head = ("<title>Pasar Rakyat Dibuka Kembali | Pemkab Contoh</title><link rel='canonical' href='/berita/7'>"
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": {\"name\": \"Humas\"}}"
            "</script>")
    body = (f"<header class='site-header'><h1>Pemkab Contoh</h1></header><main><h1>Pasar Rakyat Dibuka "
            f"Kembali</h1><span class=\"post-date it's\">Rabu, 6 Maret 2024</span><p>{LONG}</p><p>{LATER}</p></main>")
    got = extract_article(_page(body, head), "https://contoh.go.id/berita/7?utm=x")
    assert (got.title, got.published, got.author, got.canonical_url, got.is_article_type) == (
        "Pasar Rakyat Dibuka Kembali", "2024-03-06", "Humas", "https://contoh.go.id/berita/7", True)
    assert f"{LONG}\n\n{LATER}" in got.text


def test_a_fragment_without_html_element_still_yields_its_text():
    """trafilatura's loader turns down a lone element; the page is still read."""
    for engine in ("bs4", "trafilatura"):
        assert extract_article(f"<p>{LONG}</p>", "https://contoh.go.id/berita/8", engine=engine).text == LONG


THIRD = "Kepala dinas menambahkan bahwa renovasi tahap kedua akan dimulai setelah hari raya tahun ini."
RELATED = ("Jalan Desa Sukamaju Selesai Diaspal Bulan Ini", "Pemkab Contoh Gelar Lomba Kebersihan Pasar")


def test_widget_lines_dropped_from_an_extracted_body():
    """Headlines of the site's own links in a list or at the end, pointer / share / copyright lines and a lone
    widget heading go; a paragraph that merely holds a link, and a link to another site, stay."""
    links = {"Jalan Desa Sukamaju Selesai Diaspal Bulan Ini", "Pemkab Contoh Gelar Lomba Kebersihan Pasar",
             "Dinas Pasar Kabupaten Contoh"}
    keys = {" ".join(t.lower().split()) for t in links}
    text = "\n\n".join([LONG, "Baca juga: Jalan Desa Sukamaju Selesai Diaspal Bulan Ini", LATER,
                         f"Menurut Dinas Pasar Kabupaten Contoh, {THIRD}", "Tags", *RELATED,
                         "Ikuti kami di media sosial untuk kabar terbaru", "Hak cipta 2024 Pemkab Contoh"])
    assert drop_widget_lines(text, keys) == "\n\n".join([LONG, LATER, f"Menurut Dinas Pasar Kabupaten Contoh, {THIRD}"])
    # a single linked headline early in the body is a sub-heading of the article, not a widget
    assert drop_widget_lines("\n\n".join([LONG, RELATED[0], LATER, THIRD]), keys) == "\n\n".join(
        [LONG, RELATED[0], LATER, THIRD])
    assert drop_widget_lines("Komentar", keys) == "Komentar"  # nothing left: kept whole


def test_site_link_texts_are_links_to_the_page_own_site():
    body = ("<a href='/berita/9'>Jalan Desa Sukamaju Selesai Diaspal</a>"
            "<a href='https://www.contoh.go.id/berita/10'>Pemkab Contoh Gelar Lomba Kebersihan</a>"
            "<a href='https://toko.example.com/x'>Sepatu Kulit Asli Diskon Besar</a><a href='/'>Beranda</a>"
            "<a href='mailto:humas@contoh.go.id'>Kirim surat elektronik ke humas</a>")
    root = pagemeta.load(_page(body))
    assert site_link_texts(root, "https://contoh.go.id/berita/8") == {
        "jalan desa sukamaju selesai diaspal", "pemkab contoh gelar lomba kebersihan"}
    # without the page's URL, the site is the host most linked to
    assert "sepatu kulit asli diskon besar" not in site_link_texts(root)


def test_related_headlines_after_the_article_are_not_its_text():
    related = "".join(f"<p><a href='/berita/{n}'>{t}</a> Warga senang.</p>" for n, t in enumerate(RELATED))
    body = f"<main><h1>Pasar Rakyat Dibuka Kembali</h1><p>{LONG}</p><p>{LATER}</p><p>{THIRD}</p>{related}</main>"
    html, url = _page(body), "https://contoh.go.id/berita/7"
    crawled = extract_article(html, url, engine="bs4")  # the crawl: kunker's page reading, then the body
    for text in (extract_article(html, url).text, article_text(html, url, crawled)):
        assert f"{LONG}\n\n{LATER}\n\n{THIRD}" in text
        assert all(t not in text for t in RELATED)


@pytest.mark.parametrize(("line", "widget"), [
    ("Baca juga: Jembatan Gantung Desa Sukamaju Diresmikan", True),
    ("Ikuti kami di kanal berita daerah untuk kabar terbaru", True),
    ("Hak cipta dilindungi undang-undang", True),
    ("Copyright © 2024 Pemkab Contoh. All rights reserved.", True),
    ("Read more: New bridge opens in the regency", True),
    ("3 Komentar", True),
    ("Hak cipta motif batik warga kini didaftarkan ke kementerian.", False),  # news about copyright, no notice
    ("Recommended doses were handed out at every health post.", False),
    ("Bagian ini menjelaskan anggaran yang disetujui dewan.", False),
])
def test_widget_line_vocabulary(line, widget):
    kept = drop_widget_lines(f"{LONG}\n\n{line}\n\n{LATER}", set())
    assert (line not in kept) is widget


@pytest.mark.parametrize("page", sorted(p.relative_to(SITES).as_posix() for p in SITES.rglob("*.html")))
def test_trafilatura_on_kunker_tree_gives_trafilatura_text(page):
    """The tree kunker parsed goes to trafilatura's cascade without the copy ``trafilatura.extract`` makes
    (``crawler/trafilatura_tree.py``, trafilatura's internal API): same text as ``extract`` on the page's bytes, so
    a trafilatura upgrade that changes the cascade fails here."""
    data = (SITES / page).read_bytes()
    url = f"https://contoh.go.id/{page}"
    expected = trafilatura.extract(data, url=url, include_comments=False, include_tables=True,
                                   include_formatting=False, output_format="txt", deduplicate=False) or ""
    assert expected  # every test page has a body trafilatura finds
    assert trafilatura_tree.extract_text(pagemeta.load(data), url) == expected


@pytest.mark.parametrize("url", ["https://contoh.go.id/berita/1", None, "", "https://contoh.go.id/\udcff"])
def test_page_options_are_those_extract_makes(url, monkeypatch):
    """The per-page copy of trafilatura's options (made once, ``trafilatura_tree.page_options``) equals a fresh
    ``Extractor`` for the page's URL on every field, on a later day than the one it was made on (its date
    parameters hold the day)."""

    class Later(datetime):
        @classmethod
        def now(cls, tz=None):  # noqa: ANN206 - datetime's signature
            return datetime(2031, 5, 6, 12, 0)

    monkeypatch.setattr(trafilatura.settings, "datetime", Later)
    fresh = trafilatura_tree.Extractor(url=url or None, **trafilatura_tree.OPTIONS)
    copied = trafilatura_tree.page_options(url)
    assert {k: getattr(copied, k) for k in fresh.__slots__} == {k: getattr(fresh, k) for k in fresh.__slots__}


PAGE_STARTS = [
    b"<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n",
    b"<!DOCTYPE html/>\n", b"<!DOCTYPE html/>", b"<!doctype html>\n", b"\xef\xbb\xbf<!DOCTYPE html>\n", b"\xc2\xa0\n",
    b"<!DOCTYPE html>\n<html lang='id'/>\n", b"",
]


@pytest.mark.parametrize("start", PAGE_STARTS)
@pytest.mark.parametrize("body", ["<p>Bupati meninjau pasar.</p>", "<p>Bupati\x0b meninjau pasar\ufffe.</p>",
                                  "<p>Bupati meninjau pasar — Rp 5 juta.</p>"])
def test_page_parsed_from_its_bytes_is_trafilaturas_tree(start, body):
    """A UTF-8 page is parsed from its bytes (``pagemeta._utf8_tree``) when trafilatura's repairs would change no
    more than its doctype line, else as trafilatura does; either way the tree is the one trafilatura's loader
    makes (doctype lines, a byte order mark, a self-closing <html/>, leading no-break space, characters XML
    forbids)."""
    page = f"<html><head><meta charset='iso-8859-1'><title>Pasar</title></head><body>{body}</body></html>"
    data = start + page.encode()
    assert etree.tostring(pagemeta.load(data)) == etree.tostring(trafilatura.utils.load_html(data))


@pytest.mark.parametrize("page", sorted(p.relative_to(SITES).as_posix() for p in SITES.rglob("*.html")))
def test_test_pages_parse_as_trafilatura_parses_them(page):
    data = (SITES / page).read_bytes()
    assert etree.tostring(pagemeta.load(data)) == etree.tostring(trafilatura.utils.load_html(data))


def test_trafilatura_is_the_version_trafilatura_tree_was_written_for():
    """crawler/trafilatura_tree.py uses trafilatura's internal API: the installed trafilatura, pyproject.toml's
    pin and the module's ``PINNED_VERSION`` are one version, so an upgrade is a deliberate change of all three."""
    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [d.split("==", 1)[1] for d in project["project"]["dependencies"] if d.startswith("trafilatura==")]
    assert pins == [trafilatura_tree.PINNED_VERSION] == [trafilatura.__version__], \
        "crawler/trafilatura_tree.py: trafilatura's pin, PINNED_VERSION and the installed version differ"


def test_trafilatura_without_the_cascade_fails_the_import_in_one_line(monkeypatch):
    """A trafilatura that lacks ``trafilatura_sequence``: importing crawler/trafilatura_tree.py (a fresh copy,
    the loaded module untouched) fails with a line naming the module and the pinned version."""
    monkeypatch.delattr(trafilatura.core, "trafilatura_sequence")
    spec = importlib.util.spec_from_file_location("trafilatura_tree_copy", trafilatura_tree.__file__)
    with pytest.raises(ImportError) as failed:
        spec.loader.exec_module(importlib.util.module_from_spec(spec))
    message = str(failed.value)
    assert message.startswith(f"crawler.trafilatura_tree uses trafilatura {trafilatura_tree.PINNED_VERSION}'s")
    assert "trafilatura_sequence" in message and "\n" not in message
