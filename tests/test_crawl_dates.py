"""A source's own ``date_format`` and yearless datelines ("Sabtu (26/3)") resolved by their weekday: unit tests
with a controlled reference date, and a real crawl of a local site whose dates only parse this way."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sites.server import SiteServer

from crawler.dates import (
    YEARLESS_MAX_BACK,
    check_date_format,
    find_date,
    find_formatted_date,
    find_short_date,
    reference_date,
    resolve_yearless,
)
from crawler.extract import extract_article
from crawler.pagemeta import PageDates

ROOT = Path(__file__).resolve().parent.parent
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "RETRY_TIMES=1"]
FORMAT = "%m/%d/%Y %H:%M"  # the test site writes dates month first, as no Indonesian date chain expects


# -- date_format -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "fmt", "expected"), [
    ("Diposting 07-05-2017 19:01 WIB oleh admin", "%d-%m-%Y %H:%M WIB", "2017-05-07"),
    ("Selasa, 26 Maret 2024", "%A, %d %B %Y", "2024-03-26"),
    ("Jum'at, 17 Agt 2023", "%a, %d %b %Y", "2023-08-17"),
    ("17 Agustus 2023", "%d %b %Y", "2023-08-17"),  # a full month name where the format says %b
    ("26 Mar 24, 09.15 WIB", "%d %b %y, %H.%M WIB", "2024-03-26"),
    ("5 Agustus 23", "%d %B %y", "2023-08-05"),
    ("5 Agustus 2023", "%d %B %y", None),  # %y never reads half of a four-digit year
    ("17 - Apr - 2024, 07:29", "%d - %b - %Y, %H:%M", "2024-04-17"),
    ("04/05/2024 10:00", FORMAT, "2024-04-05"),
    ("02/30/2024 10:00", FORMAT, None),  # no 30 February
    ("00/00/0000 00:00", FORMAT, None),
    ("Rabu, 13 Maret 2024", FORMAT, None),
])
def test_date_format_reads_indonesian_names_and_finds_the_date_in_text(text, fmt, expected):
    assert find_formatted_date(text, fmt) == expected


def test_date_format_without_year_is_completed_by_its_weekday():
    assert find_formatted_date("Sabtu (26/3)", "%A (%d/%m)", date(2024, 4, 1)) == "2022-03-26"
    assert find_formatted_date("Kamis, 29/2", "%A, %d/%m", date(2025, 1, 1)) == "2024-02-29"
    assert find_formatted_date("Sabtu (26/3)", "%A (%d/%m)") is None  # no reference date: no guess


@pytest.mark.parametrize("fmt", ["%d-%m-%Y %H:%M WIB", "%A, %d %B %Y", "%A (%d/%m)", "%d %b %y", "%m/%d/%Y"])
def test_valid_formats(fmt):
    assert check_date_format(fmt) is None


@pytest.mark.parametrize(("fmt", "problem"), [
    ("Selasa (6/2)", "needs a day (%d), a month"),
    ("20 February 2025", "needs a day (%d), a month"),
    ("%d %B", "needs a day (%d), a month"),  # neither a year nor a weekday
    ("%B %Y", "needs a day (%d), a month"),
    ("%d %Q %Y", 'unknown directive "%Q"'),
    ("%d-%m-%Y %", "unknown directive"),
    ("", "must be a strptime format string"),
    (20240101, "must be a strptime format string"),
])
def test_invalid_formats(fmt, problem):
    assert problem in check_date_format(fmt)


# -- yearless datelines ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("day", "month", "weekday", "reference", "expected"), [
    (26, 3, 5, date(2024, 4, 1), "2022-03-26"),  # Sabtu (26/3): 26 March 2024 is a Tuesday, 2022 a Saturday
    (26, 3, 1, date(2024, 4, 1), "2024-03-26"),  # Selasa (26/3)
    (26, 3, 1, date(2024, 3, 26), "2024-03-26"),  # the reference day itself
    (26, 3, 1, date(2024, 3, 25), "2019-03-26"),  # never after the reference date
    (10, 5, 2, date(2026, 11, 27), "2023-05-10"),  # Rabu (10/5)
    (29, 2, 3, date(2026, 11, 27), "2024-02-29"),  # Kamis (29/2): only leap years
    (29, 2, 0, date(2026, 11, 27), None),  # no Monday 29 February within 6 years back
    (31, 4, 0, date(2026, 11, 27), None),  # no such day
    (26, 3, None, date(2024, 4, 1), None),  # no weekday: left null
])
def test_resolve_yearless(day, month, weekday, reference, expected):
    assert resolve_yearless(day, month, weekday, reference) == expected
    if expected:
        found = date.fromisoformat(expected)
        assert found.weekday() == weekday and found <= reference
        assert reference.year - found.year <= YEARLESS_MAX_BACK


def test_yearless_dateline_in_text():
    reference = date(2024, 4, 1)
    assert find_short_date("Banyuwangi, Sabtu (26/3) - Bupati", None, reference) == "2022-03-26"
    assert find_short_date("Contoh, Jum'at (22/3) – Warga", None, reference) == "2024-03-22"
    assert find_short_date("Contoh, Selasa, (26/3) - x", None, reference) == "2024-03-26"
    assert find_short_date("Contoh (26/3) - no weekday", None, reference) is None
    assert find_short_date("Contoh, Sabtu (26/3) - x", 2023, reference) == "2023-03-26"  # the URL's year wins
    assert find_short_date("Sabtu (26/3)", None, None) is None
    assert find_date("Sabtu (26/3)") is None  # the general chain still does not guess


def test_reference_date_is_last_modified_or_fetch_date_never_later():
    now = datetime(2024, 4, 1, 3, 0, tzinfo=UTC)
    assert reference_date(b"Sat, 26 Mar 2022 10:00:00 GMT", now) == date(2022, 3, 26)
    assert reference_date("Sat, 26 Mar 2022 20:00:00 GMT", now) == date(2022, 3, 27)  # 05:00 WIT next day
    assert reference_date("Mon, 01 Jan 2035 00:00:00 GMT", now) == date(2024, 4, 1)  # not in the future
    assert reference_date("not a date", now) == date(2024, 4, 1)
    assert reference_date(None, datetime(2024, 3, 31, 16, 0, tzinfo=UTC)) == date(2024, 4, 1)  # 01:00 WIT


# -- the test site ---------------------------------------------------------------------------------------------
PARAGRAPHS = ("Pemerintah Kabupaten Contoh menggelar kegiatan pelayanan terpadu bagi warga di balai desa, "
              "melibatkan dinas kependudukan, dinas kesehatan dan kantor kecamatan setempat.",
              "Warga menyambut baik layanan tersebut karena tidak perlu lagi datang ke pusat kabupaten untuk "
              "mengurus dokumen kependudukan dan layanan kesehatan dasar.",
              "Kegiatan serupa akan digelar bergiliran di seluruh kecamatan hingga akhir tahun anggaran.")


def fetch_reference() -> date:
    """The fetch date as the crawler takes it (UTC+9), computed independently."""
    return (datetime.now(UTC) + timedelta(hours=9)).date()


def latest_weekday_date(day: int, month: int, weekday: int, reference: date) -> str:
    """Brute force over every day of the last six years: the latest ``day``/``month`` on ``weekday``."""
    found = None
    current = date(reference.year - 6, 1, 1)
    while current <= reference:
        if (current.day, current.month, current.weekday()) == (day, month, weekday):
            found = current
        current += timedelta(days=1)
    return found.isoformat()


def site_pages() -> dict[str, dict]:
    """path -> {title, meta (the date line, or None), lead, headers, expected, without (date with no override)}."""
    rabu = latest_weekday_date(10, 5, 2, fetch_reference())
    pages = {
        "/read/101/pelayanan-terpadu-desa-sukamaju": dict(
            meta="03/26/2024 09:15", lead="Contoh - ", expected="2024-03-26", without=None),
        "/read/102/vaksinasi-massal-di-kecamatan-kota": dict(
            meta="04/05/2024 10:00", lead="Contoh - ", expected="2024-04-05", without="2024-05-04"),
        "/read/103/bupati-resmikan-pasar-rakyat": dict(  # not in the site's format: the normal chain reads it
            meta="Selasa, 12 Maret 2024", lead="Contoh - ", expected="2024-03-12", without="2024-03-12"),
        "/read/104/sosialisasi-adminduk-keliling": dict(  # yearless, resolved against Last-Modified
            meta=None, lead="Contoh, Sabtu (26/3) - ", headers={"Last-Modified": "Mon, 04 Apr 2022 03:00:00 GMT"},
            expected="2022-03-26", without="2022-03-26"),
        "/read/105/rapat-koordinasi-penanganan-banjir": dict(  # yearless, resolved against the fetch date
            meta=None, lead="Contoh, Rabu (10/5) - ", expected=rabu, without=rabu),
        "/read/106/lomba-desa-tingkat-kabupaten": dict(  # no weekday, no year anywhere: left null
            meta=None, lead="Contoh (26/3) - ", expected=None, without=None),
    }
    for number, (path, page) in enumerate(pages.items(), start=1):
        page["title"] = " ".join(w.capitalize() for w in path.rsplit("/", 1)[1].split("-"))
        page.setdefault("headers", {})
        page["number"] = number
    return pages


def article_html(page: dict) -> str:
    meta = f'<div class="tanggal">{page["meta"]}</div>' if page["meta"] else ""
    lead = f"<p>{page['lead']}Kegiatan {page['title'].lower()} berlangsung sejak pagi di kantor kecamatan.</p>"
    body = lead + "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return (f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>{page['title']} | Pemkab Contoh"
            f"</title></head><body><nav><a href='/'>Beranda</a></nav><div class='detail-berita'>"
            f"<h1>{page['title']}</h1>{meta}<div class='isi'>{body}</div></div>"
            f"<footer>Hak cipta 2024 Pemerintah Kabupaten Contoh</footer></body></html>")


def serve(pages: dict[str, dict]) -> SiteServer:
    links = "".join(f"<li><a href='{path}'>{page['title']}</a></li>" for path, page in pages.items())
    home = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Pemkab Contoh</title></head><body>"
            f"<h1>Berita Pemkab Contoh</h1><ul>{links}</ul></body></html>").encode()
    routes = {"/": lambda h: h.reply(200, home)}
    for path, page in pages.items():
        routes[path] = lambda h, page=page: h.reply(200, article_html(page).encode(), headers=page["headers"])
    return SiteServer(ROOT / "tests" / "sites" / "layouts", routes=routes)  # any folder: every page is a route


def test_site_pages_with_and_without_the_override():
    """Without the source's format the month-first pages give no date or the wrong one; without a reference
    date the yearless datelines stay null."""
    for path, page in site_pages().items():
        url = "http://contoh.test" + path
        reference = date(2022, 4, 4) if page["number"] == 4 else fetch_reference()
        assert extract_article(article_html(page), url, reference=reference).published == page["without"], path
        assert extract_article(article_html(page), url, {}, FORMAT, reference).published == page["expected"], path
        if page["number"] >= 4:
            assert extract_article(article_html(page), url, {}, FORMAT).published is None, path
    one = site_pages()["/read/101/pelayanan-terpadu-desa-sukamaju"]
    assert extract_article(article_html(one), "http://contoh.test/x", {"date": ".tanggal"}, FORMAT).published \
        == "2024-03-26"
    assert extract_article(article_html(one), "http://contoh.test/x", {"date": ".isi"}, FORMAT).published is None


def test_page_dates_resolve_in_one_order():
    """The source's format in the date texts, the date selector's element, the format in the lead (no
    selector), the tree's dates, the lead's own date."""
    lead = "Contoh, 2021.06.05 - Bupati membuka rapat."
    found = dict(url="http://contoh.test/x", date_format="%Y.%m.%d", reference=None, has_element=False,
                 formatted="2024-01-01", element="2024-02-02", tree="2024-03-03")
    assert PageDates(**found).resolve(lead) == "2024-01-01"
    assert PageDates(**found | {"formatted": None}).resolve(lead) == "2024-02-02"
    assert PageDates(**found | {"formatted": None, "element": None}).resolve(lead) == "2021-06-05"
    assert PageDates(**found | {"formatted": None, "element": None, "has_element": True}).resolve(lead) \
        == "2024-03-03"  # a source's date element that gave no date: its format is not tried on the lead
    bare = found | {"formatted": None, "element": None, "tree": None, "date_format": None}
    assert PageDates(**bare).resolve("Contoh, 5 Juni 2021 - Bupati membuka rapat.") == "2021-06-05"
    assert PageDates(**bare).resolve("") is None


def test_crawl_uses_date_format_and_resolves_yearless_datelines(tmp_path):
    pages = site_pages()
    db = tmp_path / "kunker.db"
    with serve(pages) as site:
        sources = tmp_path / "sources.yml"
        sources.write_text(f'- name: "Pemkab Contoh"\n  url: "{site.url("/")}"\n  date_format: "{FORMAT}"\n',
                           encoding="utf-8")
        result = subprocess.run([sys.executable, "-m", "crawler.runner", "--sources", str(sources), "--db", str(db),
                                 *FAST], cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr[-3000:]
        conn = sqlite3.connect(db)
        stored = dict(conn.execute("SELECT url, published FROM articles").fetchall())
        conn.close()
        assert stored == {site.url(path): page["expected"] for path, page in pages.items()}
