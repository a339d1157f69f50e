"""The dateline's town as host: after the outlet's name, before a national outlet's dateline; a dateline and a town
hall are places, not delegations; no host from the dateline for a ministry, a trip abroad, a call on the own
governor or a head touring his own region. Round 35: the dateline's region as the delegation's home when no delegation
is written (not an outlet's name, a province's capital or a name of a town and a regency alike), and as host though
its people's own talk of learning gave it weaker visitor evidence.

Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import facts, pairs

from nlp import Tagger
from nlp.dates import DATELINE_DASHES
from nlp.regions import DATELINE_END


@pytest.mark.parametrize("text", [
    "Jakarta, Kabar.id - Ketua DPRD Kabupaten Wonosobo, Banyu Prasojo, bersama jajaran pimpinan dewan menerima "
    "kunjungan kerja DPRD Kabupaten Purbalingga. Kunjungan kerja itu untuk belajar penyusunan tata tertib.",
    "Jakarta, Kabar.id - Ketua DPRD Kabupaten Wonosobo, Banyu Prasojo, bersama para wakil ketua menerima kunjungan "
    "kerja DPRD Kabupaten Purbalingga yang ingin belajar soal tata tertib.",
])
def test_a_head_receiving_with_his_people_hosts_before_a_national_outlets_dateline(tagger: Tagger, text: str) -> None:
    assert pairs(tagger, text) == [("Kabupaten Purbalingga", "Kabupaten Wonosobo")]


def test_consultation_at_a_ministry_has_no_host_from_the_dateline(tagger: Tagger) -> None:
    text = ("JAKARTA – Pansus tapal batas DPRD Provinsi Jambi berkonsultasi ke Kemendagri, Rabu (8/3). Rombongan "
            "pansus dipimpin ketua pansus itu, Baskara Wirodipuro.")
    assert facts(tagger, text) == []


@pytest.mark.parametrize("text", [
    "MAKASSAR – DPRD Kabupaten Wajo melakukan kunjungan kerja ke Malaysia untuk belajar pariwisata. Rombongan "
    "dipimpin Ketua DPRD Wajo Anton Sukma.",
    "MATARAM – Bupati Bima Anton Sukma beserta rombongan berada di Jerman untuk studi tentang keuangan mikro.",
])
def test_trip_abroad_takes_no_host_from_the_dateline(tagger: Tagger, text: str) -> None:
    assert facts(tagger, text) == []


def test_a_head_calling_on_his_own_governor_takes_no_dateline_host(tagger: Tagger) -> None:
    text = ("PALEMBANG – Bupati Lahat Banyu Prasojo beserta jajaran bersilaturahmi ke rumah dinas Gubernur Sumatera "
            "Selatan, Senin (6/3). Rombongan Pemkab Lahat disambut hangat Gubernur Anton Sukma.")
    assert facts(tagger, text) == []


def test_a_dateline_after_the_outlets_name_hosts(tagger: Tagger) -> None:
    text = ("Beritaku.com, Madiun - Rombongan Pemkab Wajo yang dipimpin Sekda Wajo Anton Sukma datang untuk studi "
            "banding pelayanan terpadu, Rabu (3/5).")
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


def test_a_dateline_after_an_outlets_name_of_two_words_hosts(tagger: Tagger) -> None:
    # the dateline host reads the dateline as the rules do (visit_rules.dateline): any outlet's name up to 40
    # characters before the town
    text = ("Warta Kita, Madiun - Rombongan Pemkab Wajo yang dipimpin Sekda Wajo Anton Sukma datang untuk studi "
            "banding pelayanan terpadu, Rabu (3/5).")
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


def test_a_dateline_and_a_town_hall_are_places_not_delegations(tagger: Tagger) -> None:
    text = ("Berita.com, Madiun - Puluhan anggota DPRD Kabupaten Wajo berharap bisa menyerap ilmu dalam kunjungan "
            "kerja ke Kota Madiun, Jumat (3/3). Mereka diterima di ruang sidang Balai Kota Madiun, lalu mempelajari "
            "beragam inovasi.")
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


def test_a_head_touring_his_own_region_takes_no_dateline_host(tagger: Tagger) -> None:
    text = ("PATI - Bupati Wajo Anton Sukma beserta rombongan berkunjung ke Desa Tosora, Kecamatan Majauleng, "
            "Kabupaten Wajo untuk menggali potensi desa.")
    assert pairs(tagger, text) == []


def test_a_dateline_closed_by_a_tilde_is_no_delegation(tagger: Tagger) -> None:
    # round 16: "KOTA, Outlet ~ ..." is a dateline like "KOTA, Outlet – ..." (the implicit host already read it so)
    text = ("Ternate, Warta Kie Raha ~ Belajar budi daya rumput laut, sejumlah senator Dewan Perwakilan Daerah (DPD) "
            "RI mendatangi Provinsi Nusa Tenggara Timur, Kamis (9/3). Mereka dijamu Gubernur Nusa Tenggara Timur Budi "
            "Santosa.")
    assert pairs(tagger, text, title="Senator Belajar Rumput Laut di NTT") == []


def test_a_dateline_with_the_outlets_name_after_the_town_is_no_delegation(tagger: Tagger) -> None:
    # round 16: "Jayapura Kini – ...": the town and the outlet's name without a comma, then the dash
    text = ("Jayapura Kini – Kunjungan kerja ke Kabupaten Keerom dan Kabupaten Sarmi menjadi agenda Gubernur Papua "
            "Budi Sasmito pekan ini. Selasa (7/3/2023), ia meninjau puskesmas di Keerom.")
    assert pairs(tagger, text, title="Gubernur Papua Tinjau Puskesmas di Keerom") == []


def test_a_dateline_with_the_outlets_name_after_the_town_hosts(tagger: Tagger) -> None:
    # round 16: one reading of a dateline (visit_rules.DATELINE_DASH) for the acting delegation and the dateline host;
    # round 36: the outlet in brackets, as "Town Word –" without them reads as an outlet's own name (regions'
    # _outlet_dateline: train writes outlets so, and no town followed by an outlet's word)
    text = ("Banyumas (Warta Kita) – Rombongan Komisi A DPRD Kabupaten Kebumen belajar tata kelola pasar tradisional, "
            "Senin (6/3/2023). Rombongan dipimpin Ketua Komisi A, Budi Sasmito.")
    assert pairs(tagger, text, title="Kunker DPRD Kebumen") == [("Kabupaten Kebumen", "Kabupaten Banyumas")]


def test_the_regions_dateline_takes_every_dash_of_the_visits_dateline() -> None:
    # one dash class (dates.DATELINE_DASHES) for the region reader's dateline test and the visit rules' one
    for dash in "-" + DATELINE_DASHES:
        assert DATELINE_END.match(f"SERANG {dash} Rombongan tiba.", len("SERANG")), dash


def test_a_dateline_with_the_outlet_in_brackets_after_a_comma_hosts(tagger: Tagger) -> None:
    """"Kota, (Outlet) - ...": the town before the bracketed outlet is the dateline, the host of a visit with no
    written destination."""
    text = ("Sleman, (Warta Desa) - Sebanyak 25 kepala desa dari Kabupaten Solok belajar menata air bersih dalam "
            "studi banding, Rabu (10/5).")
    assert pairs(tagger, text) == [("Kabupaten Solok", "Kabupaten Sleman")]


@pytest.mark.parametrize("text", [
    "PACITAN – Dua puluh kepala desa berangkat studi banding ke Kabupaten Banyuwangi untuk belajar pengelolaan badan "
    "usaha milik desa, Senin (4/3). Banyak desa di Pacitan kini mulai menata wisata pantai.",
    "Lensa Warga, Pacitan – Dua puluh kepala desa berangkat studi banding ke Kabupaten Banyuwangi untuk belajar "
    "pengelolaan badan usaha milik desa, Senin (4/3). Banyak desa di Pacitan kini mulai menata wisata pantai.",
])
def test_a_dateline_names_the_delegations_home_when_no_delegation_is_written(tagger: Tagger, text: str) -> None:
    # round 35: with a host and no delegation written, the dateline's region (named again in the body, no host
    # candidate) is the visitor
    assert pairs(tagger, text) == [("Kabupaten Pacitan", "Kabupaten Banyuwangi")]


@pytest.mark.parametrize(("dateline", "town"), [
    ("KABAR PACITAN", "Pacitan"),  # the end of an outlet's name, no place written from
    ("MATARAM", "Mataram"),  # a province's capital, where a province's outlets write from
    ("MADIUN", "Madiun"),  # a bare name of a town and a regency alike
])
def test_no_delegation_from_an_outlets_name_a_provincial_capital_or_a_shared_name(tagger: Tagger, dateline: str,
                                                                                   town: str) -> None:
    # the dateline's region named again in the body, so that only the guard under test refuses it
    text = (f"{dateline} – Dua puluh kepala desa berangkat studi banding ke Kabupaten Banyuwangi untuk belajar "
            f"pengelolaan badan usaha milik desa, Senin (4/3). Banyak desa di {town} kini mulai menata wisata pantai.")
    assert pairs(tagger, text) == []


def test_the_dateline_hosts_though_its_region_learnt_less_than_the_guests(tagger: Tagger) -> None:
    # round 35: the dateline's region with visitor evidence weaker than another delegation's still hosts
    text = ("PONOROGO – Rombongan DPRD Kabupaten Wajo yang dipimpin Tirta Wicaksana datang untuk studi banding "
            "pengelolaan pasar, Rabu (3/5). Menurut Tirta, Ponorogo juga pernah belajar tentang pasar.")
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kabupaten Ponorogo")]


@pytest.mark.parametrize("dateline", ["SENGKANG (Kabar) -", "Kabar.id, KOTA SENGKANG -", "Sengkang, Kabar -"])
def test_a_dateline_written_as_a_regencys_seat_hosts_as_that_regency(tagger: Tagger, dateline: str) -> None:
    # round 38: "Sengkang", the seat of Kabupaten Wajo (data/regions.csv), is no region's name of its own
    text = (f"{dateline} Rombongan DPRD Kabupaten Pinrang datang untuk studi banding tentang pengelolaan pasar, "
            "Rabu (3/5). Mereka diterima Asisten II Setda.")
    assert pairs(tagger, text) == [("Kabupaten Pinrang", "Kabupaten Wajo")]


def test_a_seat_dateline_of_the_delegations_own_regency_hosts_nothing(tagger: Tagger) -> None:
    text = ("SENGKANG - Rombongan DPRD Kabupaten Wajo berangkat untuk studi banding tentang pengelolaan pasar, "
            "Rabu (3/5).")
    assert pairs(tagger, text) == []
