"""Who leads a visit as the visit finder reads the trip's sentences: a named person, a mistyped title, a head leading
his own region's team, the guest official received, the head named first; the press officer or clerk telling of it
does not lead. Heads named by their role in the group (nlp/leaders.py): test_nlp_leaders.py.

Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import facts
from nlp_helpers import visits as visit_tuples

from nlp import Tagger


def test_a_trip_led_by_a_mistyped_title_takes_the_name_after_its_region(tagger: Tagger) -> None:
    text = ("Pemkab Klaten menerima kunjungan kerja Pemkab Wajo, Selasa (7/3). Rombongan yang langsung dipimpin "
            "Sekertaris Daerah kab Wajo Ibu Ratna Dewi Lestari itu ingin belajar pengelolaan keuangan daerah.")
    assert facts(tagger, text) == [("Kabupaten Wajo", "Kabupaten Klaten", "2023-03-07", "Ratna Dewi Lestari", None)]


def test_a_trip_noun_led_by_a_named_person(tagger: Tagger) -> None:
    text = ("Pemkab Wajo berkunjung ke Kota Bitung, Selasa (7/3), untuk studi tiru. Kunker yang diketuai "
            "Teguh Prasetyo itu membahas pelayanan perizinan.")
    assert [v[3] for v in facts(tagger, text)] == ["Teguh Prasetyo"]


def test_a_head_leading_his_team_to_a_province_leads_his_own_region(tagger: Tagger) -> None:
    # the destination written after the team is not the leader's region
    text = ("Tim Pemkab Wajo berkunjung ke Kota Bitung, Selasa (7/3). Asisten Bidang Kesejahteraan Pemerintah "
            "Kabupaten (Pemkab) Wajo (Wj), Teguh Prasetyo, memimpin langsung puluhan anggota tim dalam studi tiru ke "
            "Sulawesi Utara itu.")
    assert facts(tagger, text) == [("Kabupaten Wajo", "Kota Bitung", "2023-03-07", "Teguh Prasetyo", None)]


def test_a_council_body_under_the_lead_of_a_named_person(tagger: Tagger) -> None:
    text = ("Pansus Tata Tertib DPRD Kota Bitung di bawah pimpinan Teguh Prasetyo menjalankan studi banding ke "
            "DPRD Kabupaten Klaten, Selasa (7/3).")
    assert facts(tagger, text) == [("Kota Bitung", "Kabupaten Klaten", "2023-03-07", "Teguh Prasetyo", None)]


def test_leader_whose_region_is_unwritten_leads_the_delegation(tagger: Tagger) -> None:
    text = ("Rombongan Pemkab Kebumen studi tiru ke Kabupaten Gunungkidul, Kamis (9/3). Rombongan yang dipimpin "
            "Asisten Administrasi Umum, Teguh Prasetyo, itu ingin belajar pengelolaan pasar desa.")
    assert facts(tagger, text) == [("Kabupaten Kebumen", "Kabupaten Gunungkidul", "2023-03-09", "Teguh Prasetyo",
                                    None)]


@pytest.mark.parametrize("text, leader", [
    ("Asisten Administrasi Umum Setda Kabupaten Wajo, Anton Sukma, SH, yang juga memimpin rombongan, menjelaskan "
     "bahwa Kabupaten Klaten dipilih sebagai tujuan studi banding.", "Anton Sukma"),
    ("Pimpinan DPRD Kabupaten Wajo, Anton Sukma, menerangkan bahwa kedatangannya ke Kabupaten Klaten untuk studi "
     "banding.", "Anton Sukma"),
])
def test_leader_without_dipimpin(tagger: Tagger, text: str, leader: str) -> None:
    assert [(v[0], v[1], v[3]) for v in facts(tagger, text)] == [("Kabupaten Wajo", "Kabupaten Klaten", leader)]


def test_head_of_delegation_named_after_his_words_and_companions_counted(tagger: Tagger) -> None:
    text = ("Sebanyak 9 orang dari Komisi II DPRD Kabupaten Balangan, disertai 3 orang pendamping dari Sekretariat "
            "DPRD, mendatangi DPRD Kabupaten Katingan guna melakukan sinkronisasi pengawasan, Senin (6/3). "
            "\"Kami senang diterima di sini,\" tutur Marwan Efendi Saragi, Pimpinan Rombongan Komisi II DPRD Balangan.")
    assert facts(tagger, text) == [("Kabupaten Balangan", "Kabupaten Katingan", "2023-03-06", "Marwan Efendi Saragi",
                                    12)]


def test_press_officer_who_tells_of_the_trip_does_not_lead_it(tagger: Tagger) -> None:
    text = ("Dua puluh anggota DPRD Kota Sorong berkunjung ke Kota Kendari, Senin (6/3). Kabar itu dibenarkan "
            "Kepala Subbagian Humas DPRD Kota Sorong Demianus Korwanda saat dihubungi wartawan.")
    assert facts(tagger, text) == [("Kota Sorong", "Kota Kendari", "2023-03-06", None, 20)]


@pytest.mark.parametrize("text, leader", [
    ("Wali Kota Bitung Rudi Lumenta, bersama Sekda Kota Bitung Anton Sukma, berkunjung ke Kabupaten Klaten untuk "
     "belajar.", "Rudi Lumenta"),
    ("Rombongan DPRD Kabupaten Wajo studi banding ke Kabupaten Klaten. Anggota DPRD Kabupaten Wajo, Banyu Prasojo, "
     "mengatakan kunjungan itu bermanfaat.", "Banyu Prasojo"),
])
def test_leader_is_the_head_named_first_or_the_one_official_of_the_delegation(tagger: Tagger, text: str,
                                                                              leader: str) -> None:
    assert [v[3] for v in facts(tagger, text)] == [leader]


def test_the_council_clerk_who_tells_of_a_trip_does_not_lead_it(tagger: Tagger) -> None:
    text = ("DPRD Kabupaten Wajo melaksanakan studi banding ke Kota Bitung, Senin (6/3). Hal itu disampaikan Kepala "
            "Bagian Persidangan Sekretariat DPRD Kabupaten Wajo, Banyu Prasojo.")
    assert facts(tagger, text) == [("Kabupaten Wajo", "Kota Bitung", "2023-03-06", None, None)]


def test_passive_verb_written_apart_still_names_the_leader(tagger: Tagger) -> None:
    text = ("Pemerintah Kota Bitung melakukan kunjungan kerja ke Pemkot Madiun, Senin (6/3). Kunjungan kerja yang di "
            "pimpin oleh Wali Kota Bitung Rudi Lumenta itu di terima Wakil Wali Kota Madiun, Anton Sukma.")
    assert facts(tagger, text) == [("Kota Bitung", "Kota Madiun", "2023-03-06", "Rudi Lumenta", None)]


def test_the_guest_official_received_leads_his_regions_delegation(tagger: Tagger) -> None:
    text = ("Wakil Wali Kota Madiun menerima kunjungan Kepala Bappeda Kabupaten Wajo Anton Sukma beserta rombongan, "
            "Selasa (7/3).")
    assert visit_tuples(tagger, text, fields=("visitor", "host", "leader")) == [
        ("Kabupaten Wajo", "Kota Madiun", "Anton Sukma")]
