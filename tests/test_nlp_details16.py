"""Visit details, round 16 (sentences of our own): a written day name that the calendar denies sets the year right
in two cases (a January date still written with the old year, a year before any news) and for a day/month without
a year; a day/month set in the future ("dijadwalkan pada ...") is the next such day; head counts written joined
("31orang"), counted as received by a passive verb ("didatangi 30 rombongan DPRD X"), listed with more kinds of
parts ("dan 2 ketua", "3 Setwan"), the ones who join named further from their verb, a count before "ke Kabupaten
X", a headline's "Bawa 60 Orang" that the body counts as the whole group; heads who lead named as "<title> yang
memimpin rombongan, Budi" and "Budi, <office>, sebagai pemimpin rombongan"."""

from __future__ import annotations

import datetime as dt

import pytest
from nlp_helpers import visits

from nlp import Tagger
from nlp.dates import find_dates


def values(text: str, published: dt.date | None) -> list[dt.date | None]:
    return [d.value for d in find_dates(text, published)]


@pytest.mark.parametrize("text, published, expected", [
    # 16 January 2025 was a Thursday, 16 January 2026 is a Friday: the old year still written in January
    ("Rombongan tiba di kantor bupati, Jumat (16/01/2025).", dt.date(2026, 1, 17), dt.date(2026, 1, 16)),
    ("Rombongan tiba di kantor bupati pada Jumat, 16 Januari 2025.", dt.date(2026, 1, 17), dt.date(2026, 1, 16)),
    # a year before any news: the century (12 March 2024 was a Tuesday)
    ("Kunjungan berlangsung Selasa, 12 Maret 1924, di aula.", None, dt.date(2024, 3, 12)),
    # outside January the written year stands, even when the day name errs
    ("Rombongan tiba di kantor bupati, Jumat (15/05/2025).", dt.date(2026, 5, 20), dt.date(2025, 5, 15)),
    # the day name agrees: as written
    ("Rombongan tiba di kantor bupati, Kamis (16/01/2025).", dt.date(2026, 1, 17), dt.date(2025, 1, 16)),
])
def test_a_day_name_sets_a_mistyped_year_right(text: str, published: dt.date | None, expected: dt.date) -> None:
    assert values(text, published) == [expected]


def test_a_day_name_picks_the_year_of_a_date_without_one() -> None:
    # published Tuesday 6 January 2026: 31 December 2025 was a Wednesday, 31 December 2024 a Tuesday
    assert values("Rombongan tiba Selasa (31/12) di pendopo.", dt.date(2026, 1, 6)) == [dt.date(2024, 12, 31)]
    assert values("Rombongan tiba Rabu (31/12) di pendopo.", dt.date(2026, 1, 6)) == [dt.date(2025, 12, 31)]


@pytest.mark.parametrize("text, expected", [
    ("Studi banding itu dijadwalkan pada 22 sampai 24 Oktober di Kota Madiun.", dt.date(2025, 10, 22)),
    ("Rombongan akan tiba pada 3 November.", dt.date(2025, 11, 3)),
    ("Rombongan tiba pada (4/11) mendatang.", dt.date(2025, 11, 4)),
    ("Rombongan tiba pada 3 November.", dt.date(2024, 11, 3)),  # told as done: the last such day
    ("Rombongan yang akan belajar itu telah tiba pada 3 November.", dt.date(2024, 11, 3)),
])
def test_a_planned_day_is_the_next_one(text: str, expected: dt.date) -> None:
    assert values(text, dt.date(2025, 10, 20)) == [expected]


def test_a_planned_day_is_not_dropped_as_after_the_report(tagger: Tagger) -> None:
    text = ("Rombongan Pemkab Wajo dijadwalkan studi banding ke Kabupaten Klaten pada 23 Maret. Mereka akan "
            "belajar tata kelola arsip.")
    assert visits(tagger, text, published="2023-03-10")[0][2] == "2023-03-23"


@pytest.mark.parametrize("sentence, size", [
    ("Rombongan berjumlah 31orang dan tiba pukul sepuluh.", 31),  # a count written joined to its noun
    ("Kantor Pemkab Klaten didatangi 30 rombongan DPRD Kabupaten Wajo.", 30),  # one body's delegation, received
    ("Kantor Pemkab Klaten didatangi tiga rombongan dari berbagai daerah.", None),  # delegations counted
    ("Studi banding itu diikuti 48 kepala desa dan 3 ketua bumdes.", 51),  # the parts add up
    ("Rombongan beranggotakan 6 anggota dewan, 2 staf ahli dan 3 Setwan.", 11),
    ("Mereka berangkat Minggu. Ada 19 anggota DPRD Provinsi Sulawesi Tenggara yang ikut.", 19),
    ("Pemkab Wajo memberangkatkan pelatihan bagi 120 kepala desa ke Kabupaten Klaten.", 120),
])
def test_more_head_count_forms(tagger: Tagger, sentence: str, size: int | None) -> None:
    text = f"Rombongan Pemkab Wajo studi banding ke Kabupaten Klaten, Senin (6/3). {sentence}"
    assert visits(tagger, text)[0][4] == size


def test_a_headline_taking_count_the_body_counts_as_the_whole_group(tagger: Tagger) -> None:
    text = ("Rombongan Pemkab Wajo studi banding ke Kabupaten Klaten, Senin (6/3). Rombongan beranggotakan 45 orang "
            "yang dipimpin Wakil Bupati Wajo Andi Pamelo.")
    assert visits(tagger, text, title="Wabup Wajo Bawa 45 Orang Belajar ke Klaten")[0][4] == 45
    other = "Rombongan Pemkab Wajo studi banding ke Kabupaten Klaten, Senin (6/3). Mereka belajar tata kelola arsip."
    assert visits(tagger, other, title="Wabup Wajo Bawa 45 Orang Belajar ke Klaten")[0][4] == 46


@pytest.mark.parametrize("text, leader", [
    ("Komisi III DPRD Kabupaten Wajo studi banding ke Kabupaten Klaten, Senin (6/3).\n\nKetua Komisi III yang "
     "memimpin rombongan, Rustam Palallo, mengatakan pihaknya ingin belajar tata kelola arsip.", "Rustam Palallo"),
    ("Rombongan Pemkab Wajo studi banding ke Kabupaten Klaten, Senin (6/3).\n\nRustam Palallo, Dinas Perpustakaan "
     "Kabupaten Wajo, sebagai pemimpin rombongan menuturkan Klaten dipilih karena arsipnya tertata.", "Rustam Palallo"),
    ("Rombongan Pemkab Wajo studi banding ke Kabupaten Klaten, Senin (6/3). Rustam Palallo memimpin sendiri "
     "rombongan Dinas Perpustakaan Kabupaten Wajo itu.", "Rustam Palallo"),
])
def test_heads_who_lead_the_group(tagger: Tagger, text: str, leader: str) -> None:
    found = tagger.extract({"id": "l", "url": None, "title": None, "published": "2023-03-10", "text": text})
    assert leader in [o["name"] for o in found["officials"]]
    if "yang memimpin rombongan," not in text:  # (that one names no region: who leads is the visit rules' choice)
        assert [v["leader"] for v in found["visits"]] == [leader]


@pytest.mark.parametrize("sentence, size", [
    ("Mereka cuma datang berdua, tanpa staf, dan mencatat banyak hal.", 2),  # the verb's "ber-" numeral
    ("Keduanya berangkat bertiga dengan seorang sopir.", 3),
    ("Mereka duduk berdua di ruang tamu.", None),  # no verb of coming
])
def test_a_group_counted_by_its_verb(tagger: Tagger, sentence: str, size: int | None) -> None:
    text = f"Dinas Sosial Kabupaten Wajo studi banding ke Kabupaten Klaten, Senin (6/3). {sentence}"
    assert visits(tagger, text)[0][4] == size


def test_the_head_of_the_region_spoken_of_does_not_lead(tagger: Tagger) -> None:
    text = ("Pemkab Wajo studi banding pengelolaan arsip ke Kabupaten Klaten, Senin (6/3).\n\nSejak kepemimpinan "
            "Bupati Wajo Andi Marlina, Pemkab Wajo berbenah. Wakil Bupati Wajo Rustam Palallo beserta tim diutus "
            "untuk belajar. Arsip adalah persoalan lama di kabupaten yang dipimpin oleh Bupati Andi Marlina itu.")
    assert [v[3] for v in visits(tagger, text)] == ["Rustam Palallo"]


def test_a_role_after_a_slash_in_brackets(tagger: Tagger) -> None:
    text = ("Tim kerja sama daerah studi banding ke Kabupaten Klaten, Senin (6/3). Anggota tim itu antara lain "
            "Rustam Palallo (Asisten II Setda Kabupaten Wajo/Ketua Tim), Andi Marlina (Kabag Kerja Sama Setda "
            "Kabupaten Wajo/sekretaris), serta lima staf.")
    found = tagger.extract({"id": "l", "url": None, "title": None, "published": "2023-03-10", "text": text})
    assert [(v["visitor"], v["leader"]) for v in found["visits"]] == [("Kabupaten Wajo", "Rustam Palallo")]


@pytest.mark.parametrize("text, expected", [
    # without a publication date, the year in which the day falls on its day name (the text writes 2022)
    ("Anggaran 2022 habis. Rombongan tiba Selasa pagi (19/7) di pendopo.", dt.date(2022, 7, 19)),  # a part of the day
    ("Anggaran 2022 habis. Rombongan berangkat sejak Selasa lalu (9/8).", dt.date(2022, 8, 9)),
    ("Anggaran 2022 habis. Pada Senin,26/09 kemarin, rombongan tiba.", dt.date(2022, 9, 26)),  # no space after a comma
])
def test_a_day_name_gives_a_date_its_year_without_a_publication_date(text: str, expected: dt.date) -> None:
    assert [v for v in values(text, None) if v] == [expected]
