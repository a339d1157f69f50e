"""Faults: a real crawl of a local server that misbehaves on purpose. The crawl finishes, stores every good
article exactly, records every failure with its URL and reason, and the database passes integrity_check."""

from __future__ import annotations

import html
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sites import newsgen
from sites.dbquery import query
from sites.server import SiteServer

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "RETRY_TIMES=1",
            "-s", "DOWNLOAD_TIMEOUT=1", "-s", "KUNKER_DISCOVERY=False"]
CP1252_TITLE = "Kafé Literasi “Ruang Baca” Dibuka di Alun-alun"
CP1252_PARAS = ["Bupati meresmikan kafé literasi “Ruang Baca” yang menyediakan 2.000 buku bagi warga – gratis.",
                "Pengelola berharap kafé itu menjadi tempat belajar anak muda setiap akhir pekan."]


def cp1252_page() -> bytes:
    body = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in CP1252_PARAS)
    text = (f'<html><head><meta charset="utf-8"><title>{CP1252_TITLE}</title></head><body><article>'
            f'<h1>{CP1252_TITLE}</h1><div class="date">Rabu, 10 April 2024</div>{body}</article></body></html>')
    return text.encode("cp1252")


def broken_html(article: newsgen.Article) -> str:
    """Unclosed tags, stray closing tags, an unterminated comment-free mess around a real article."""
    paras = "".join(f"<p>{p}" for p in article.paragraphs)  # no closing </p>
    return (f"<html><head><title>{article.title}</title><body><div class=wrapper><table><tr><td>"
            f"<nav><a href=/>Beranda</a></div></nav><h1>{article.title}</h1></span>"
            f'<div class="tanggal">{article.day_line}</div><div class="isi">{paras}</div></td></tr>'
            f"</table></b></i><footer>Hak cipta")


@pytest.fixture(scope="module")
def faulty(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faults")
    good = newsgen.make_articles(8, "/read/{n}/{slug}")
    release = threading.Event()
    calls: dict[str, int] = {}
    site = SiteServer(tmp)
    host = site.url("")
    other_host = f"http://localhost:{site.port}"

    def flaky(handler):  # 503 the first time, then the article
        calls["flaky"] = calls.get("flaky", 0) + 1
        if calls["flaky"] == 1:
            handler.reply(503, b"<h1>Service Unavailable</h1>")
        else:
            handler.reply(200, newsgen.article_html(good[6]).encode())

    def hang(handler):  # never answers while the crawl runs
        release.wait(60)

    def reset(handler):  # closes the connection without a response
        handler.close_connection = True
        handler.connection.shutdown(2)

    def huge(handler):
        chunk = b"<p>" + b"Isi yang sangat panjang sekali. " * 1000 + b"</p>\n"
        body = b"<html><body><h1>Halaman Raksasa</h1>" + chunk * 650 + b"</body></html>"  # about 20 MB
        handler.reply(200, body)

    def trap(handler):  # an endless pagination trap repeating the same article links
        number = int(handler.path.rstrip("/").rsplit("/", 1)[-1]) if "/page/" in handler.path else 1
        cards = "".join(f'<div class="post"><h2><a href="{a.path}">{a.title}</a></h2></div>' for a in good[:2])
        handler.reply(200, f'<html><body><main>{cards}</main><a href="/indeks/page/{number + 1}">Berikutnya</a>'
                           f"</body></html>".encode())

    def calendar(handler):  # an endless calendar of empty months
        month = int(handler.path.split("bulan=")[-1]) if "bulan=" in handler.path else 1
        handler.reply(200, f'<html><body><h1>Arsip</h1><a href="/arsip?bulan={month + 1}">Bulan berikutnya</a>'
                           f"</body></html>".encode())

    faults = {
        "/read/101/artikel-yang-sudah-dihapus-admin": (lambda h: h.reply(404, b"<h1>Tidak ditemukan</h1>")),
        "/read/102/server-sibuk-sebentar-lalu-pulih": flaky,
        "/read/103/server-rusak-terus-menerus": (lambda h: h.reply(500, b"<h1>Internal Server Error</h1>")),
        "/read/104/halaman-yang-lambat-sekali-dimuat": hang,
        "/read/105/koneksi-diputus-oleh-server": reset,
        "/read/106/dialihkan-ke-situs-lain-sekali": (
            lambda h: h.reply(302, b"", headers={"Location": other_host + "/read/1/di-situs-lain-saja"})),
        "/read/107/pengalihan-berputar-putar-terus": (
            lambda h: h.reply(302, b"", headers={"Location": "/read/108/pengalihan-berputar-putar-balik"})),
        "/read/108/pengalihan-berputar-putar-balik": (
            lambda h: h.reply(302, b"", headers={"Location": "/read/107/pengalihan-berputar-putar-terus"})),
        "/read/109/halaman-raksasa-dua-puluh-megabita": huge,
        "/read/110/kafe-literasi-ruang-baca-dibuka": newsgen.page(cp1252_page()),
        "/read/111/halaman-html-yang-berantakan-sekali": newsgen.page(broken_html(good[7])),
        "/read/112/halaman-kosong-tanpa-isi-apapun": newsgen.page(b""),
    }
    cards = [f'<div class="post"><h2><a href="{p}">{p.rsplit("/", 1)[-1]}</a></h2></div>' for p in faults
             if not p.startswith("/read/108/")]  # reached only through the redirect loop
    cards += [f'<div class="post"><h2><a href="{a.path}">{a.title}</a></h2></div>' for a in good[:6]]
    cards += ['<a href="/indeks">Indeks</a> <a href="/arsip">Arsip</a>']
    site.routes.update({
        "/": newsgen.page(f"<html><body><main>{''.join(cards)}</main></body></html>"),
        **faults, **newsgen.article_routes(good[:6]), "/indeks": trap, "/arsip": calendar,
    })
    site.routes.update({f"/indeks/page/{n}": trap for n in range(2, 200)})
    db = tmp / "kunker.db"
    sources = tmp / "sources.yml"
    sources.write_text(f'- name: "Pemkab Rusak"\n  url: "{host}/"\n', encoding="utf-8")
    with site:
        result = subprocess.run(
            [sys.executable, "-m", "crawler.runner", "--sources", str(sources), "--db", str(db), *SETTINGS],
            cwd=ROOT, capture_output=True, text=True, timeout=300,
        )
        release.set()
        requested = site.paths()
    return {"db": db, "result": result, "requested": requested, "good": good, "host": host,
            "calls": calls}



def test_crawl_finishes_and_stores_every_good_article(faulty):
    # 8 failed URLs of 15 pages: the source fails its error-rate check, so the crawl exits 1
    assert faulty["result"].returncode == 1, faulty["result"].stderr[-3000:]
    assert "Pemkab Rusak: FAILED check error rate: 8 errors / 15 pages" in faulty["result"].stdout
    host, good = faulty["host"], faulty["good"]
    stored = {url[len(host):]: (title, published, text)
              for url, title, published, text in query(faulty["db"], "SELECT url, title, published, text "
                                                                     "FROM articles")}
    expected = {a.path: (a.title, a.published, a.text) for a in good[:6]}
    expected["/read/102/server-sibuk-sebentar-lalu-pulih"] = (good[6].title, good[6].published, good[6].text)
    expected["/read/110/kafe-literasi-ruang-baca-dibuka"] = (CP1252_TITLE, "2024-04-10", "\n\n".join(CP1252_PARAS))
    expected["/read/111/halaman-html-yang-berantakan-sekali"] = (good[7].title, good[7].published, good[7].text)
    assert stored == expected


def test_every_failure_recorded_with_url_and_reason(faulty):
    host = faulty["host"]
    errors = {url[len(host):]: reason for url, reason in query(faulty["db"], "SELECT url, reason FROM crawl_errors")}
    assert set(errors) == {
        "/read/101/artikel-yang-sudah-dihapus-admin", "/read/103/server-rusak-terus-menerus",
        "/read/104/halaman-yang-lambat-sekali-dimuat", "/read/105/koneksi-diputus-oleh-server",
        "/read/106/dialihkan-ke-situs-lain-sekali", "/read/107/pengalihan-berputar-putar-terus",
        "/read/109/halaman-raksasa-dua-puluh-megabita", "/read/112/halaman-kosong-tanpa-isi-apapun",
    }, errors
    assert errors["/read/101/artikel-yang-sudah-dihapus-admin"] == "HTTP 404"
    assert errors["/read/103/server-rusak-terus-menerus"] == "HTTP 500"
    assert errors["/read/104/halaman-yang-lambat-sekali-dimuat"] == (
        f"DownloadTimeoutError: Getting {host}/read/104/halaman-yang-lambat-sekali-dimuat took longer than "
        "1.0 seconds.")
    assert errors["/read/105/koneksi-diputus-oleh-server"] == \
        "DownloadFailedError: ConnectionDone: Connection was closed cleanly."
    assert errors["/read/106/dialihkan-ke-situs-lain-sekali"] == \
        f"redirected off-site to {host.replace('127.0.0.1', 'localhost')}/read/1/di-situs-lain-saja"
    assert errors["/read/107/pengalihan-berputar-putar-terus"] == (
        f"redirect loop: {host}/read/107/pengalihan-berputar-putar-terus -> "
        f"{host}/read/108/pengalihan-berputar-putar-balik -> {host}/read/107/pengalihan-berputar-putar-terus")
    assert errors["/read/109/halaman-raksasa-dua-puluh-megabita"].startswith(
        "DownloadCancelledError: Expected to receive 20805250 bytes which is larger than download max size "
        "(8388608)")
    assert errors["/read/112/halaman-kosong-tanpa-isi-apapun"] == "empty response"
    (run,) = query(faulty["db"], "SELECT status, errors, articles_new FROM crawl_runs")
    assert run == ("errors", 8, 9)


def test_retries_and_traps_are_bounded(faulty):
    requested = faulty["requested"]
    assert faulty["calls"]["flaky"] == 2  # 503, retried, then served
    assert requested.count("/read/103/server-rusak-terus-menerus") == 2  # RETRY_TIMES=1
    assert requested.count("/read/101/artikel-yang-sudah-dihapus-admin") == 1  # 404 is not retried
    assert len([p for p in requested if p.startswith("/indeks")]) <= 2  # page 2 repeats page 1: stop
    assert len([p for p in requested if p.startswith("/arsip")]) <= 3  # empty months lead nowhere
    assert not [p for p in requested if "di-situs-lain" in p]


def test_database_integrity(faulty):
    assert query(faulty["db"], "PRAGMA integrity_check") == [("ok",)]
    assert query(faulty["db"], "SELECT count(*), count(DISTINCT url) FROM articles") == [(9, 9)]
