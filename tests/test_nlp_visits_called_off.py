"""Trips that did not, or not yet, happen: called off, forbidden, sent elsewhere, postponed or rescheduled, planned,
hoped for; a meeting that did not take place.

Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import facts, pairs

from nlp import Tagger


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
    assert pairs(tagger, text) == [("Kota Madiun", "Kota Bitung")]


def test_a_meeting_that_did_not_happen_makes_no_leader(tagger: Tagger) -> None:
    text = ("Rombongan DPRD Kabupaten Wajo dipimpin Ketua DPRD Kabupaten Wajo Anton Sukma studi banding ke Kota "
            "Madiun, Senin (6/3). Wakil Ketua DPRD Kabupaten Wajo Banyu Prasojo tak menemui Wali Kota Madiun.")
    result = tagger.extract({"id": "m", "url": None, "title": None, "published": "2023-03-10", "text": text})
    assert [(v["visitor"], v["host"], v["leader"]) for v in result["visits"]] == [
        ("Kabupaten Wajo", "Kota Madiun", "Anton Sukma")]


@pytest.mark.parametrize("text", [
    "Komisi A DPRD Sulawesi Tengah bersama Biro Hukum provinsi dan Pemkab Donggala berencana mendatangi Kemendagri "
    "guna membahas tapal batas. Sebelumnya dalam kunjungan kerja DPRD Sulawesi Tengah ke wilayah sendiri, Komisi A "
    "mendatangi Kabupaten Sigi.",
    "Pemkab Donggala akan menyambangi Kementerian Dalam Negeri bulan depan. Dalam kunjungan kerja DPRD Sulawesi "
    "Tengah ke dalam wilayah, Komisi A mendatangi Kabupaten Sigi.",
])
def test_a_plan_to_go_to_a_ministry_makes_no_delegation(tagger: Tagger, text: str) -> None:
    assert pairs(tagger, text) == []


@pytest.mark.parametrize("text", [
    "Karena urung kunker ke Lombok, DPRD Kabupaten Magetan melakukan kunjungan kerja ke Kota Palu, Kamis (9/3). "
    "Sebagian anggota sempat ingin kunker ke Lombok tetap jalan, namun rencana itu dibatalkan dan dialihkan ke Palu.",
    "Kunker Komisi B DPRD Kabupaten Magetan ke Lombok dibatalkan dan dialihkan ke Kota Palu, Kamis (9/3). Pembahasan "
    "rencana ke Lombok sempat alot.",
])
def test_a_trip_called_off_and_sent_elsewhere_hosts_only_the_new_destination(tagger: Tagger, text: str) -> None:
    assert pairs(tagger, text) == [("Kabupaten Magetan", "Kota Palu")]


def test_a_trip_once_postponed_that_took_place_keeps_its_host(tagger: Tagger) -> None:
    text = ("Studi banding DPRD Kabupaten Ngawi ke Kota Batu sempat ditunda pekan lalu. Rabu (8/3), rombongan akhirnya "
            "tiba di Kota Batu dan diterima Wali Kota Batu. Rombongan juga mengunjungi Kabupaten Malang. Di Kota Batu "
            "mereka belajar pengelolaan wisata.")
    assert pairs(tagger, text) == [("Kabupaten Ngawi", "Kabupaten Malang"), ("Kabupaten Ngawi", "Kota Batu")]


@pytest.mark.parametrize("text", [
    "Kunjungan kerja Komisi A DPRD Kabupaten Purworejo urung ke Kabupaten Tabanan, dialihkan ke Kota Malang, Selasa "
    "(19/3). Rombongan belajar soal perizinan.",
    "Studi banding Pemkab Purworejo ke Kabupaten Tabanan ditunda karena hujan deras. Rombongan tetap berkunjung ke "
    "Kota Malang, Selasa (19/3). Kunjungan ke Tabanan dijadwalkan ulang bulan depan.",
])
def test_a_trip_sent_elsewhere_or_rescheduled_hosts_where_it_went(tagger: Tagger, text: str) -> None:
    assert pairs(tagger, text) == [("Kabupaten Purworejo", "Kota Malang")]


def test_a_called_off_trip_diverted_elsewhere_keeps_the_new_hosts_only(tagger: Tagger) -> None:
    text = ("DPRD Kabupaten Wajo urung kunker ke Kota Bitung. Sebelumnya dua Pansus berencana studi komparasi ke "
            "Kota Bitung. Kita batalkan perjalanan anggota Pansus DPRD Wajo yang mau studi komparasi ke Bitung "
            "itu. Selanjutnya, studi komparasi Pansus dialihkan ke Kabupaten Klaten dan ke Kabupaten Pati.")
    assert [(v[0], v[1]) for v in facts(tagger, text)] == [("Kabupaten Wajo", "Kabupaten Klaten"),
                                                         ("Kabupaten Wajo", "Kabupaten Pati")]


def test_a_called_off_trip_alone_is_no_visit(tagger: Tagger) -> None:
    text = "Kunjungan kerja DPRD Kabupaten Wajo ke Kota Bitung yang dijadwalkan Selasa (7/3) dibatalkan."
    assert facts(tagger, text) == []


@pytest.mark.parametrize("text, expected", [
    ("DPRD Kabupaten Wajo dijadwalkan studi banding ke Kabupaten Klaten dan Kota Madiun pekan depan.",
     [("Kabupaten Wajo", "Kabupaten Klaten"), ("Kabupaten Wajo", "Kota Madiun")]),
    ("Rencananya, Komisi II DPRD Kota Bitung akan berkunjung ke DPRD Kabupaten Pati untuk belajar pengelolaan pasar.",
     [("Kota Bitung", "Kabupaten Pati")]),
    ("Sebanyak 40 kepala desa di Kabupaten Ngawi dalam waktu dekat akan studi tiru ke Kabupaten Klaten.",
     [("Kabupaten Ngawi", "Kabupaten Klaten")]),
])
def test_planned_trip_between_regions_is_a_reported_visit(tagger: Tagger, text: str, expected: list) -> None:
    assert [(v[0], v[1]) for v in facts(tagger, text)] == expected


def test_a_hoped_for_return_visit_is_none(tagger: Tagger) -> None:
    text = ("Rombongan DPRD Kota Bitung berkunjung ke DPRD Kabupaten Wajo, Jumat (3/3). Ketua DPRD Kota Bitung "
            "berharap ada kunjungan balasan dari DPRD Kabupaten Wajo.")
    assert [(v[0], v[1]) for v in facts(tagger, text)] == [("Kota Bitung", "Kabupaten Wajo")]


def test_a_trip_forbidden_is_no_visit(tagger: Tagger) -> None:
    text = "Bupati Wajo melarang para kepala desa studi banding ke Kota Madiun tahun ini demi menghemat anggaran."
    assert pairs(tagger, text) == []


def test_a_plan_called_off_in_the_next_sentence_is_no_visit(tagger: Tagger) -> None:
    text = "Pemkab Wajo berencana belajar ke Kota Madiun. Namun rencana itu ditunda karena anggaran terbatas."
    assert pairs(tagger, text) == []


@pytest.mark.parametrize("text", [
    "Rombongan DPRD Kabupaten Wajo kunker ke Kota Bitung, Senin (6/3). Studi banding ke Kabupaten Pati yang juga "
    "dijadwalkan pekan itu, Ketua DPRD akhirnya membatalkannya karena cuaca buruk.",
    "Rombongan DPRD Kabupaten Wajo kunker ke Kota Bitung, Senin (6/3). Kunjungan ke Kabupaten Pati dan Kota Madiun "
    "terpaksa ditundanya hingga bulan depan.",
])
def test_a_trip_called_off_with_the_suffix_nya_hosts_nothing(tagger: Tagger, text: str) -> None:
    # round 44: "kunjungan ke Y ... membatalkannya": the "-nya" points back at the trip just named
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Bitung")]


def test_a_cancelled_budget_cut_calls_off_no_trip(tagger: Tagger) -> None:
    # a guard: "batalnya" before the trip word cancels something else ("pemangkasan anggaran"), not the trip
    text = ("Batalnya pemangkasan anggaran kunker membuat DPRD Kabupaten Wajo tetap studi banding ke Kota Bitung, "
            "Senin (6/3).")
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Bitung")]
