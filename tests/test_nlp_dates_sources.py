"""Dates of a visit, round 11: a byline's stamp (date, pipe, clock time) is the day of writing, not the visit's; a
stay's range counts in a sentence that names the visit, also with its kind written joined ("studitiru"); years
come from the text or the publication date only (not a letter number's "/II/2019", not a URL's bare "/2019/")."""

from __future__ import annotations

import pytest

from nlp import Tagger


def visit_dates(tagger: Tagger, text: str, published: str | None = None, url: str | None = None) -> dict:
    result = tagger.extract({"id": "d", "url": url, "title": None, "published": published, "text": text})
    return {(v["visitor"], v["host"]): v["date"] for v in result["visits"]}


SIBOLGA = ("Kota Sibolga", "Kabupaten Purworejo")


def test_byline_stamp_is_no_visit_day(tagger: Tagger) -> None:
    # the headline tells of the visit without a date; the first date of the text is the byline's stamp
    text = ("Pemkot Sibolga Sambangi Kabupaten Purworejo, Pelajari Pasar Rakyat\n\n"
            "Ditulis oleh Tim Humas Kota Sibolga, Rabu, 12 Juni 2024 | 14:20 WIB\n\n"
            "Selasa (11/6) pagi, tim dari Kota Sibolga sudah menunggu di pendopo Purworejo. Mereka datang untuk "
            "melihat langsung pengelolaan pasar rakyat.")
    assert visit_dates(tagger, text, "2024-06-12")[SIBOLGA] == "2024-06-11"


@pytest.mark.parametrize("clock", ["pukul 08.30 WIB", "08.30 WIB"])
def test_visit_day_with_its_hour_is_no_stamp(tagger: Tagger, clock: str) -> None:
    # no pipe: the day and hour the delegation arrived, not a byline; the later meeting's date is not the visit's
    text = (f"Kamis (13/6/2024) {clock}, rombongan Pemkot Sibolga tiba di Kabupaten Purworejo untuk studi tiru.\n"
            "Agenda studi tiru itu sudah dibahas dalam rapat pimpinan pada 27 Mei 2024.")
    assert visit_dates(tagger, text, "2024-06-14")[SIBOLGA] == "2024-06-13"


def test_stay_range_with_the_kind_written_joined(tagger: Tagger) -> None:
    text = ("DPRD Kabupaten Pinrang melakukan studi tiru ke Kota Salatiga. Foto bersama di depan balai kota diambil "
            "Selasa (14/5/2024). Jadwal studitiru itu sendiri 13 sampai 16 Mei 2024.")
    assert visit_dates(tagger, text, "2024-05-20")[("Kabupaten Pinrang", "Kota Salatiga")] == "2024-05-13"


def test_another_events_range_is_no_stay(tagger: Tagger) -> None:
    text = ("DPRD Kabupaten Pinrang melakukan studi tiru ke Kota Salatiga, Selasa (14/5/2024). Pameran batik Salatiga "
            "digelar mulai tanggal 10 hingga 20 Mei 2024.")
    assert visit_dates(tagger, text, "2024-05-20")[("Kabupaten Pinrang", "Kota Salatiga")] == "2024-05-14"


def test_no_year_from_a_letter_number_or_a_url_number(tagger: Tagger) -> None:
    # 6 March 2019 was a Wednesday, by chance: neither "/II/2019" nor "/read/2019/" is the year of the report
    text = "Pemkab Pinrang studi tiru ke Kota Salatiga, Rabu (6/3), merujuk surat nomor 050/17/Bappeda/II/2019."
    assert visit_dates(tagger, text)[("Kabupaten Pinrang", "Kota Salatiga")] is None
    text = "Pemkab Pinrang studi tiru ke Kota Salatiga, Rabu (6/3)."
    url = "https://warta.example/read/2019/pemkab-pinrang-studi-tiru"
    assert visit_dates(tagger, text, url=url)[("Kabupaten Pinrang", "Kota Salatiga")] is None
