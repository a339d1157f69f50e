"""General shapes of unseen regional news that the visit finder missed or misread (round 9; sentences of our
own, several phrasings each)."""

from __future__ import annotations

from functools import partial

import pytest
from nlp_helpers import VISIT_FIELDS
from nlp_helpers import visits as visit_tuples

from nlp import Tagger

visits = partial(visit_tuples, fields=VISIT_FIELDS[:2])  # visitor and host


def regions(tagger: Tagger, text: str) -> list[str]:
    result = tagger.extract({"id": "r", "url": None, "title": None, "published": "2023-03-10", "text": text})
    return [r["name"] for r in result["regions"]]


@pytest.mark.parametrize("text", [
    "Rombongan DPRD Kota Madiun dan Kabupaten Ngawi studi banding ke DPRD Provinsi Jawa Tengah, Selasa (7/3). "
    "Kunjungan kerja itu diterima Ketua DPRD Provinsi Jawa Tengah. Menurutnya, Jawa Timur kerap belajar ke Jawa "
    "Tengah.",
    "Rombongan DPRD Kota Madiun dan Kabupaten Ngawi studi banding ke DPRD Provinsi Jawa Tengah, Selasa (7/3). "
    "Rombongan Jawa Timur itu diterima Ketua DPRD Provinsi Jawa Tengah.",
])
def test_a_province_of_the_delegations_is_no_visitor_of_a_governed_host(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == [("Kabupaten Ngawi", "Provinsi Jawa Tengah"),
                                    ("Kota Madiun", "Provinsi Jawa Tengah")]


def test_a_province_after_a_bracketed_short_form_only_places_the_region(tagger: Tagger) -> None:
    text = ("Rombongan anggota DPRD Kota Palangka Raya dan Kabupaten Barito Timur (Bartim), Kalimantan Tengah "
            "(Kalteng) ketika berkunjung ke Gedung DPRD Provinsi Jawa Tengah untuk studi banding, Selasa (7/3).")
    assert visits(tagger, text) == [("Kabupaten Barito Timur", "Provinsi Jawa Tengah"),
                                    ("Kota Palangka Raya", "Provinsi Jawa Tengah")]


def test_a_lampung_village_named_like_a_city_is_no_region(tagger: Tagger) -> None:
    text = "Gubernur Lampung meninjau posyandu di Pekon Bandung Baru, Kecamatan Adiluwih, Kabupaten Pringsewu."
    assert regions(tagger, text) == ["Provinsi Lampung", "Kabupaten Pringsewu"]


@pytest.mark.parametrize("text", [
    "Rombongan Pemkot Madiun studi banding ke Kota Bitung, Jumat (3/3). Wali Kota Madiun berharap Wali Kota Bitung "
    "dan rombongan turut berkunjung ke Kota Madiun sebagai kunjungan balasan.",
    "Rombongan Pemkot Madiun studi banding ke Kota Bitung, Jumat (3/3). Ia berharap ke depan Pemerintah Kota Bitung "
    "bisa melakukan kunjungan balasan ke Madiun.",
    "Rombongan Pemkot Madiun studi banding ke Kota Bitung, Jumat (3/3). Wali Kota Madiun mengundang jajaran "
    "Pemkot Bitung untuk berkunjung balik ke Kota Madiun.",
    # the trip the sentence reports before its hope stays
    "Pemkot Madiun studi banding ke Kota Bitung dan berharap Bitung melakukan kunjungan balasan ke Madiun.",
])
def test_a_return_visit_only_hoped_for_is_none(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == [("Kota Madiun", "Kota Bitung")]


@pytest.mark.parametrize("text", [
    "Rombongan DPRD Kabupaten Klaten studi banding ke Bali. Kami mendatangi tiga kabupaten, yaitu Badung, Gianyar "
    "dan Tabanan.",
    "Rombongan DPRD Kabupaten Klaten studi banding ke Bali. Rombongan dibagi untuk mengunjungi tiga kabupaten, "
    "yakni Badung, Tabanan dan Gianyar.",
])
def test_a_list_after_its_category_counts_names_that_are_common_words(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == [("Kabupaten Klaten", "Kabupaten Badung"), ("Kabupaten Klaten", "Kabupaten Gianyar"),
                                    ("Kabupaten Klaten", "Kabupaten Tabanan")]


@pytest.mark.parametrize("text, expected", [
    ("Seluruh anggota DPRD Kabupaten Wajo kunjungan kerja ke luar daerah. Komisi A sedang berada di Kota Madiun, "
     "Komisi B di Kabupaten Ngawi.", [("Kabupaten Wajo", "Kabupaten Ngawi"), ("Kabupaten Wajo", "Kota Madiun")]),
    ("DPRD Kabupaten Wajo menggelar kunjungan kerja. Komisi II menuju Kota Madiun, sedangkan Komisi III ke "
     "Kabupaten Ngawi.", [("Kabupaten Wajo", "Kabupaten Ngawi"), ("Kabupaten Wajo", "Kota Madiun")]),
    ("DPRD Kabupaten Wajo dijadwalkan studi banding pekan depan. Komisi A yang dijadwalkan ke DPRD Kota Madiun "
     "akan membahas perda pasar.", [("Kabupaten Wajo", "Kota Madiun")]),
])
def test_a_committee_going_with_a_verb_between(tagger: Tagger, text: str, expected: list) -> None:
    assert visits(tagger, text) == expected


def test_a_committee_working_at_home_hosts_nothing(tagger: Tagger) -> None:
    text = ("Rombongan Pemkab Ngawi studi banding ke Kota Madiun. Komisi I yang membidangi pemerintahan di "
            "Kabupaten Wajo tidak ikut.")
    assert visits(tagger, text) == [("Kabupaten Ngawi", "Kota Madiun")]


def test_a_place_by_two_names_after_ke_is_no_subject(tagger: Tagger) -> None:
    text = ("Rombongan DPRD Kabupaten Wajo studi banding ke Kota Madiun, Senin (6/3). Komisi B kemudian bertamasya ke "
            "Surakarta atau Solo untuk belajar penataan PKL.")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kota Madiun"), ("Kabupaten Wajo", "Kota Surakarta")]


@pytest.mark.parametrize("text", [
    "DPRD Kota Bitung studi banding ke Kota Madiun (Jawa Timur) dan Kota Bandung (Jawa Barat), Senin (6/3).",
    "DPRD Kota Bitung mengadakan kunjungan kerja ke Provinsi Jawa Timur dan Jawa Barat. Kunjungan kerja ke Kota "
    "Madiun(Jawa Timur) dan Bandung(Jawa Barat) dilakukan untuk bertukar informasi.",
])
def test_destinations_each_placed_by_a_province_in_brackets(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == [("Kota Bitung", "Kota Bandung"), ("Kota Bitung", "Kota Madiun")]


@pytest.mark.parametrize("text, expected", [
    ("DPRD Kota Madiun kedatangan tamu dari berbagai daerah. Adapun wakil rakyat dari Kabupaten Wajo terbang khusus "
     "ke Madiun guna mempelajari tata kelola pasar.", [("Kabupaten Wajo", "Kota Madiun")]),
    ("Karangasem (Antara) - Sebanyak 17 perbekel dari Kecamatan Tempeh, Lumajang, Jawa Timur mempelajari aplikasi "
     "desa digital.", [("Kabupaten Lumajang", "Kabupaten Karangasem")]),
])
def test_people_sent_by_a_region(tagger: Tagger, text: str, expected: list) -> None:
    assert visits(tagger, text) == expected


def test_a_region_whose_official_receives_is_no_subject_and_a_humas_office_stands_for_its_region(
        tagger: Tagger) -> None:
    text = ("Kabag Humas Pemkot Madiun Budi Santoso ketika menerima kunjungan kerja Humas Pemkab Wajo, Rabu (8/3), "
            "menjelaskan layanan terpadu.")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


def test_the_regions_listed_after_a_visit_verb_are_its_objects(tagger: Tagger) -> None:
    title = "DPRD Kabupaten Wajo Datangi Ngawi dan Madiun demi Menggali Pengetahuan Baru"
    text = "DPRD Kabupaten Wajo menggelar kunjungan kerja ke DPRD Kabupaten Ngawi dan DPRD Kota Madiun, Senin (6/3)."
    assert visits(tagger, text, title=title) == [("Kabupaten Wajo", "Kabupaten Ngawi"),
                                                 ("Kabupaten Wajo", "Kota Madiun")]


def test_a_course_named_between_the_group_and_its_regions(tagger: Tagger) -> None:
    text = ("Di Balai Kota Madiun, rombongan Benchmarking Diklat PIM IV Angkatan I Kota Bitung dan Kabupaten Wajo "
            "diterima langsung Wali Kota Madiun, Senin (6/3). Mereka datang untuk belajar inovasi.")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kota Madiun"), ("Kota Bitung", "Kota Madiun")]


@pytest.mark.parametrize("title, text", [
    ("Kunker DPRD Wajo ke Jakarta", "BALIKBUKIT - DPRD Kabupaten Wajo mengadakan kunjungan kerja ke sejumlah "
     "kementerian di Jakarta, Selasa (7/3)."),
    (None, "DPRD Kabupaten Wajo berkunjung kerja ke Jakarta. Komisi I DPRD Kabupaten Wajo berkunjung kerja ke "
     "Kementerian Dalam Negeri dan Direktorat Jenderal Dukcapil di Jakarta, Selasa (7/3)."),
    (None, "JAKARTA - Sejumlah anggota DPRD Kabupaten Wajo mengadakan kunjungan kerja ke Komisi II DPR RI di Gedung "
     "Nusantara, Senayan, Kamis (9/3)."),
    (None, "Tiga komisi DPRD Kota Bitung dijadwalkan berangkat ke Ibu Kota Jakarta. Kunjungan ke Ibu Kota Jakarta itu "
     "dimaksudkan untuk berkonsultasi ke sejumlah kementerian."),
])
def test_jakarta_as_the_seat_of_national_bodies_hosts_nothing(tagger: Tagger, title: str | None, text: str) -> None:
    assert visits(tagger, text, title=title) == []


def test_jakartas_own_government_still_hosts(tagger: Tagger) -> None:
    text = "Rombongan DPRD Kota Bitung studi banding ke Pemprov DKI Jakarta untuk belajar pengelolaan transportasi."
    assert visits(tagger, text) == [("Kota Bitung", "Provinsi Daerah Khusus Ibukota Jakarta")]


@pytest.mark.parametrize("text, expected", [
    ("Bupati Wajo Anton Sukma menyambangi Wali Kota Madiun di Balai Kota, Kamis (9/3), untuk bertukar pengalaman "
     "mengelola pasar.", [("Kabupaten Wajo", "Kota Madiun")]),
    ("Wakil Wali Kota Bitung Rudi Lumenta didampingi Asisten III Setdako Bitung Anton Sukma menemui Wali Kota Madiun "
     "di kantornya, Kamis (9/3). Wali Kota Madiun menerima kedatangan orang nomor dua itu untuk bertukar "
     "pengalaman.", [("Kota Bitung", "Kota Madiun")]),
    ("Bupati Wajo Anton Sukma mengunjungi kebun warga di Kecamatan Tempe. Ia juga menerima kunjungan kerja DPRD "
     "Kota Madiun.", [("Kota Madiun", "Kabupaten Wajo")]),
])
def test_an_official_visits_the_head_he_meets(tagger: Tagger, text: str, expected: list) -> None:
    assert visits(tagger, text) == expected


def test_a_meeting_that_did_not_happen_makes_no_leader(tagger: Tagger) -> None:
    text = ("Rombongan DPRD Kabupaten Wajo dipimpin Ketua DPRD Kabupaten Wajo Anton Sukma studi banding ke Kota "
            "Madiun, Senin (6/3). Wakil Ketua DPRD Kabupaten Wajo Budi Santoso tak menemui Wali Kota Madiun.")
    result = tagger.extract({"id": "m", "url": None, "title": None, "published": "2023-03-10", "text": text})
    assert [(v["visitor"], v["host"], v["leader"]) for v in result["visits"]] == [
        ("Kabupaten Wajo", "Kota Madiun", "Anton Sukma")]


def test_a_list_of_guests_goes_on_past_a_misspelt_city(tagger: Tagger) -> None:
    text = ("DPRD Kabupaten Klaten kerap dikunjungi DPRD daerah lain. Berikut daftar DPRD yang berkunjung, antara lain "
            "DPRD Kabupaten Wajo, DPRD Kota Pariamn Sumbar, DPRD Sumbawa Barat dan DPRD Klungkung.")
    assert visits(tagger, text) == [("Kabupaten Klungkung", "Kabupaten Klaten"),
                                    ("Kabupaten Sumbawa Barat", "Kabupaten Klaten"),
                                    ("Kabupaten Wajo", "Kabupaten Klaten"), ("Kota Pariaman", "Kabupaten Klaten")]


@pytest.mark.parametrize("text", [
    "MADIUN - Dari 30 anggota dewan, sebanyak 27 orang bertolak ke Kabupaten Buleleng untuk studi referensi. Mereka "
    "berangkat Minggu (5/3) dan kembali tiba di Kota Madiunn Selasa (7/3), kata Ketua DPRD Kota Madiun Budi Santoso.",
    "Dari 30 anggota dewan, sebanyak 27 orang bertolak ke Kabupaten Buleleng untuk studi referensi, kata Ketua DPRD "
    "Kota Madiun Budi Santoso. Mereka tiba kembali di Kota Madiun pada Selasa (7/3).",
])
def test_arriving_back_home_is_no_destination(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == [("Kota Madiun", "Kabupaten Buleleng")]


@pytest.mark.parametrize("text, expected", [
    ("Hampir semua anggota DPRD Kabupaten Wajo pergi ke beberapa kota seperti Bali, Yogyakarta, Solo hingga Batam "
     "untuk studi banding.", [("Kabupaten Wajo", "Kota Batam"), ("Kabupaten Wajo", "Kota Surakarta"),
                              ("Kabupaten Wajo", "Kota Yogyakarta"), ("Kabupaten Wajo", "Provinsi Bali")]),
    ("DPRD Kota Bitung studi banding ke tiga daerah, yakni Kota Madiun, Kabupaten Ngawi dan Kabupaten Magetan.",
     [("Kota Bitung", "Kabupaten Magetan"), ("Kota Bitung", "Kabupaten Ngawi"), ("Kota Bitung", "Kota Madiun")]),
])
def test_destinations_listed_after_ke_and_their_category(tagger: Tagger, text: str, expected: list) -> None:
    assert visits(tagger, text) == expected


def test_a_list_of_destinations_goes_on_past_a_misspelt_province(tagger: Tagger) -> None:
    text = ("Kunjungan kerja DPRD Kabupaten Wajo ke luar daerah. Tujuannya adalah Kota Bitung Provinsi Sulawesi Utaraa "
            "dan Palembang Provinsi Sumatera Selatan.")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kota Bitung"), ("Kabupaten Wajo", "Kota Palembang")]


def test_the_aceh_council_named_by_its_short_form_stands_for_the_province(tagger: Tagger) -> None:
    text = ("Panitia kerja DPRA menjalani kunjungan kerja ke DPRD Provinsi Jawa Tengah, Kamis (9/3). Rombongan DPRA "
            "itu disambut Wakil Ketua DPRD Provinsi Jawa Tengah.")
    assert visits(tagger, text) == [("Provinsi Aceh", "Provinsi Jawa Tengah")]


def test_a_provinces_working_visit_to_its_own_region_is_oversight(tagger: Tagger) -> None:
    text = ("DPRD Provinsi Jawa Timur melakukan kunjungan kerja ke Kabupaten Ngawi, Senin (6/3), untuk mendata "
            "kebutuhan prioritas daerah itu.")
    assert visits(tagger, text) == []
    learning = text.replace("untuk mendata kebutuhan prioritas daerah itu", "untuk belajar pengelolaan pasar")
    assert visits(tagger, learning) == [("Provinsi Jawa Timur", "Kabupaten Ngawi")]
