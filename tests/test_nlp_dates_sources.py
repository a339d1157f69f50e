"""Dates of a visit, round 11: a byline's stamp with its clock time is the day of writing, a URL's year alone
gives a day name's date its year, and a stay "mulai (dari) tanggal 5 hingga 9 Mei" begins on its first day."""

from __future__ import annotations

from nlp import Tagger
from nlp.dates import find_dates, year_from_url


def visit_dates(tagger: Tagger, text: str, published: str | None = None, url: str | None = None) -> dict:
    result = tagger.extract({"id": "d", "url": url, "title": None, "published": published, "text": text})
    return {(v["visitor"], v["host"]): v["date"] for v in result["visits"]}


def test_byline_stamp_is_no_visit_day(tagger: Tagger) -> None:
    text = ("Oleh Humas Kabupaten Wajo, Kamis, 7 Maret 2024 | 09:15 WIB - Redaktur: Tim\n\n"
            "Rombongan Pemkab Wajo tiba di Kantor Wali Kota Madiun untuk studi banding, Rabu (6/3).")
    assert visit_dates(tagger, text, "2024-03-07")[("Kabupaten Wajo", "Kota Madiun")] == "2024-03-06"


def test_url_year_gives_a_day_name_its_year(tagger: Tagger) -> None:
    text = "Rombongan DPRD Kabupaten Wajo melakukan studi banding ke Kota Madiun, Jumat (13/1)."
    url = "https://berita.example/daerah/dprd-wajo-studi-banding/2023/amp/"
    assert visit_dates(tagger, text, None, url)[("Kabupaten Wajo", "Kota Madiun")] == "2023-01-13"
    # the URL's year, but 13 January 2023 is no Monday: no date
    wrong_day = text.replace("Jumat", "Senin")
    assert visit_dates(tagger, wrong_day, None, url)[("Kabupaten Wajo", "Kota Madiun")] is None


def test_url_year_only_without_fuller_url_date() -> None:
    assert year_from_url("https://berita.example/x/2023/amp/") == 2023
    assert year_from_url("https://berita.example/2023/06/21/x") is None  # a full date: read by date_from_url
    assert year_from_url("https://berita.example/x-2023") is None
    assert year_from_url(None) is None


def test_url_year_yields_to_years_the_text_writes() -> None:
    text = "Kunjungan itu pada Kamis (7/11). Program ini berjalan sejak 2024."
    found = [d for d in find_dates(text, None, None, 2023) if d.text.startswith("(")]
    assert found and str(found[0].value) == "2024-11-07"  # the text's year, a Thursday; the URL's 2023 not tried
    assert str(find_dates("Kunjungan itu pada Kamis (9/11).", None, None, 2023)[0].value) == "2023-11-09"


def test_stay_opened_by_mulai_tanggal_gives_its_first_day(tagger: Tagger) -> None:
    text = ("Komisi II DPRD Kabupaten Wajo studi banding ke Kota Madiun. Foto bersama saat studi banding, Rabu "
            "(8/5/2024). Kegiatan kami mulai dari tanggal 6 hingga 9 Mei kemarin, kata ketua komisi.")
    assert visit_dates(tagger, text, "2024-05-10")[("Kabupaten Wajo", "Kota Madiun")] == "2024-05-06"


def test_letter_number_year_gives_a_day_name_its_year() -> None:
    # no publication date: the year of a letter number ("/IV/2025") is a year the text writes
    text = "Kunjungan itu menindaklanjuti surat nomor 005/12/DPRD/IV/2025, kata Ketua DPRD, Rabu (30/4)."
    found = [d for d in find_dates(text, None) if d.text == "(30/4)"]
    assert found and str(found[0].value) == "2025-04-30"
    # a fiscal year "2024/2025" is no such year: 30 April 2024 is a Tuesday, no date
    text = "Anggaran 2024/2025 dibahas saat kunjungan, Rabu (30/4)."
    assert [d.value for d in find_dates(text, None) if d.text == "(30/4)"] == [None]
