"""Visit details, round 16 (sentences of our own): a written day name that the calendar denies sets the year right
in two cases (a January date still written with the old year, a year before any news) and for a day/month without
a year; a day/month set in the future ("dijadwalkan pada ...") is the next such day; head counts written joined
("31orang"), counted by the host before one named body's delegation ("<verb> N rombongan <body> Kabupaten X", not
delegations counted), listed with more kinds of parts ("serta N ketua ...", "N Setwan"), the ones who join named
further from their verb, a count before "ke Kota X", a headline's "<takes> N <people>" that the body counts as the
whole group; heads who lead named as "<title> yang memimpin rombongan, <name>," and "<name>, <office>, selaku ketua
rombongan"."""

from __future__ import annotations

import datetime as dt

import pytest
from nlp_helpers import visits

from nlp import Tagger
from nlp.dates import find_dates
from nlp.delegation_size import size


def values(text: str, published: dt.date | None) -> list[dt.date | None]:
    return [d.value for d in find_dates(text, published)]


@pytest.mark.parametrize("text, published, expected", [
    # 16 January 2025 was a Thursday, 16 January 2026 is a Friday: the old year still written in January
    ("Rombongan tiba di kantor bupati, Jumat (16/01/2025).", dt.date(2026, 1, 17), dt.date(2026, 1, 16)),
    ("Rombongan tiba di kantor bupati pada Jumat, 16 Januari 2025.", dt.date(2026, 1, 17), dt.date(2026, 1, 16)),
    # a year before any news: the century (7 November 2024 was a Thursday, 7 November 1924 a Friday)
    ("Para tamu dijamu makan siang di pendopo pada Kamis, 7 November 1924.", None, dt.date(2024, 11, 7)),
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


def test_a_moved_day_is_marked_planned() -> None:
    assert [d.planned for d in find_dates("Rombongan akan tiba pada 3 November.", dt.date(2025, 10, 20))] == [True]
    assert [d.planned for d in find_dates("Rombongan tiba pada 3 November.", dt.date(2025, 10, 20))] == [False]


def test_a_planned_day_is_not_dropped_as_after_the_report(tagger: Tagger) -> None:
    text = ("Rombongan Pemkab Wajo dijadwalkan studi banding ke Kabupaten Klaten pada 23 Maret. Mereka akan "
            "belajar tata kelola arsip.")
    assert visits(tagger, text, published="2023-03-10")[0][2] == "2023-03-23"


TRIP = "Pemkab Bantaeng belajar pengelolaan sampah ke Kota Salatiga, Kamis (9/5). "


@pytest.mark.parametrize("sentence, size_", [
    ("Rombongan berjumlah 31orang dan tiba pukul sepuluh.", 31),  # a count written joined to its noun
    # a count in digits before one named body's delegation, received: its people
    ("Kemarin Sekretariat DPRD Kota Salatiga menerima kunjungan 42 rombongan DPRD Kabupaten Bantaeng.", 42),
    ("Balai Kota Salatiga dikunjungi empat rombongan dari sejumlah daerah pekan ini.", None),  # delegations counted
    ("Tim itu terdiri atas 22 kepala sekolah serta 4 ketua komite.", 26),  # the parts add up
    ("Delegasi tersebut berjumlah 8 anggota Komisi II, 3 tenaga ahli serta 2 Setwan.", 13),
    ("Tercatat 23 orang pegawai Dinas Pendidikan Kabupaten Bantaeng yang turut dalam perjalanan itu.", 23),
    ("Pemkab Bantaeng memberangkatkan pelatihan bagi 120 kepala desa ke Kota Salatiga.", 120),
])
def test_more_head_count_forms(tagger: Tagger, sentence: str, size_: int | None) -> None:
    assert visits(tagger, TRIP + sentence)[0][4] == size_


@pytest.mark.parametrize("text", [
    "Pekan itu Pemkot Salatiga menerima kunjungan dua rombongan DPRD, yakni dari Kabupaten Bantaeng dan Kota Bima.",
    "Gedung dewan dikunjungi 14 rombongan DPRD dari berbagai provinsi sepanjang tahun.",
    "Selama Mei pendopo dikunjungi tiga rombongan pemkab sekaligus.",
])
def test_delegations_counted_are_no_head_count(text: str) -> None:
    assert size(text, 0, len(text)) is None


def test_a_headline_taking_count_the_body_counts_as_the_whole_group(tagger: Tagger) -> None:
    title = "Sekda Bantaeng Ajak 27 Pegawai ke Kota Salatiga"
    whole = TRIP + "Rombongan berjumlah 27 orang, termasuk Sekda Bantaeng Yosef Manurung."
    assert visits(tagger, whole, title=title)[0][4] == 27
    other = TRIP + "Mereka melihat bank sampah di tiga kelurahan."
    assert visits(tagger, other, title=title)[0][4] == 28


@pytest.mark.parametrize("text, leader", [
    ("Komisi C DPRD Kabupaten Bantaeng belajar pengelolaan sampah ke Kota Salatiga, Kamis (9/5).\n\nHasil "
     "kunjungan itu, ujar Wakil Ketua DPRD Bantaeng yang memimpin rombongan, Yosef Manurung, akan dibahas dalam "
     "rapat kerja.", "Yosef Manurung"),
    (TRIP + "\n\nDalam sambutannya, Hendra Wiratmoko, Dinas Lingkungan Hidup Kabupaten Bantaeng, selaku ketua "
     "rombongan memuji cara warga Salatiga memilah plastik.", "Hendra Wiratmoko"),
    (TRIP + "Hendra Wiratmoko memimpin sendiri rombongan Dinas Lingkungan Hidup Kabupaten Bantaeng itu.",
     "Hendra Wiratmoko"),
])
def test_heads_who_lead_the_group(tagger: Tagger, text: str, leader: str) -> None:
    found = tagger.extract({"id": "l", "url": None, "title": None, "published": "2023-03-10", "text": text})
    assert leader in [o["name"] for o in found["officials"]]
    assert [v["leader"] for v in found["visits"]] == [leader]


@pytest.mark.parametrize("sentence, size_", [
    ("Mereka cuma datang berdua, tanpa staf, dan mencatat banyak hal.", 2),  # the verb's "ber-" numeral
    ("Keduanya berangkat bertiga dengan seorang sopir.", 3),
    ("Mereka duduk berdua di ruang tamu.", None),  # no verb of coming
])
def test_a_group_counted_by_its_verb(tagger: Tagger, sentence: str, size_: int | None) -> None:
    text = f"Dinas Sosial Kabupaten Wajo studi banding ke Kabupaten Klaten, Senin (6/3). {sentence}"
    assert visits(tagger, text)[0][4] == size_


def test_the_head_of_the_region_spoken_of_does_not_lead(tagger: Tagger) -> None:
    text = (TRIP + "\n\nBank sampah menjadi program unggulan di kabupaten yang dipimpin oleh Bupati Martinus Lopa "
            "itu. Kepala Dinas Lingkungan Hidup Bantaeng Hendra Wiratmoko bersama stafnya hadir untuk mencatat. "
            "Di bawah kepemimpinan Martinus Lopa, Bantaeng menargetkan nol sampah liar.")
    assert [v[3] for v in visits(tagger, text)] == ["Hendra Wiratmoko"]


def test_a_role_after_a_slash_in_brackets(tagger: Tagger) -> None:
    text = ("Tim percepatan investasi studi tiru ke Kota Salatiga, Kamis (9/5). Ikut di dalamnya empat pegawai dan "
            "Hendra Wiratmoko (Kepala Bappeda Kabupaten Bantaeng/Ketua Tim).")
    found = tagger.extract({"id": "l", "url": None, "title": None, "published": "2023-03-10", "text": text})
    assert [(v["visitor"], v["leader"]) for v in found["visits"]] == [("Kabupaten Bantaeng", "Hendra Wiratmoko")]


@pytest.mark.parametrize("text, expected", [
    # without a publication date, the year in which the day falls on its day name (the text writes 2021)
    ("Sejak 2021 program itu berjalan. Rombongan tiba Kamis siang (14/10) di balai.", dt.date(2021, 10, 14)),
    ("Sejak 2021 program itu berjalan. Para tamu pulang Jumat lalu (17/12).", dt.date(2021, 12, 17)),
    ("Sejak 2021 program itu berjalan. Tim tamu singgah Kamis,14/10 di balai desa.", dt.date(2021, 10, 14)),
])
def test_a_day_name_gives_a_date_its_year_without_a_publication_date(text: str, expected: dt.date) -> None:
    assert [v for v in values(text, None) if v] == [expected]
