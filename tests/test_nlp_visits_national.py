"""National bodies and abroad: Jakarta as the seat of national bodies or the way to one, consultations at ministries,
liaison offices, regional services of national bodies, national senators, the president's trips, trips abroad and
foreign delegations.

Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import facts, pairs

from nlp import Tagger


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
    assert pairs(tagger, text, title=title) == []


def test_jakartas_own_government_still_hosts(tagger: Tagger) -> None:
    text = "Rombongan DPRD Kota Bitung studi banding ke Pemprov DKI Jakarta untuk belajar pengelolaan transportasi."
    assert pairs(tagger, text) == [("Kota Bitung", "Provinsi Daerah Khusus Ibukota Jakarta")]


@pytest.mark.parametrize("text", [
    # (with "Kantor Perwakilan" for "Kantor Penghubung" the trip would go to Jakarta: only the cue rejects it)
    "Komisi II DPRD Jawa Tengah melakukan kunjungan kerja ke Badan Penghubung Provinsi Jawa Tengah di Jakarta, Rabu "
    "(8/3), untuk menghimpun data pembangunan.",
    "Anggota Komisi A DPRD Kabupaten Ngawi melakukan kunjungan kerja ke Kantor Penghubung Provinsi Jawa Timur di "
    "Jakarta, Rabu (8/3).",
])
def test_a_trip_to_the_own_liaison_office_in_the_capital_is_no_visit(tagger: Tagger, text: str) -> None:
    assert pairs(tagger, text) == []


@pytest.mark.parametrize("text", [
    "LLDikti Wilayah VII Surabaya menggelar kunjungan kerja studi komparatif ke Kabupaten Banyuwangi, Rabu (8/3). "
    "Rombongan diterima Bupati Banyuwangi.",
    "Kanwil Kemenkumham Provinsi Jawa Timur melakukan studi banding ke Kabupaten Badung, Rabu (8/3).",
])
def test_a_regional_service_of_a_national_body_is_no_delegation_of_its_region(tagger: Tagger, text: str) -> None:
    assert pairs(tagger, text) == []


def test_a_foreign_delegation_under_a_named_lead_is_no_official(tagger: Tagger) -> None:
    result = tagger.extract({"id": "v", "url": None, "title": None, "published": "2023-03-10",
                             "text": "Delegasi Mongolia di bawah pimpinan Teguh Prasetyo berkunjung ke Kota Bitung."})
    assert result["officials"] == [] and result["visits"] == []


def test_a_regions_trip_abroad_told_in_passing_is_no_evidence_it_travelled_here(tagger: Tagger) -> None:
    text = ("Rombongan DPRD Kabupaten Wajo ingin mempelajari tata cara kunjungan anggota DPRD Kota Bitung ke luar "
            "negeri. Rombongan diterima Ketua DPRD Kota Bitung, Rudi Lumenta.")
    assert [(v[0], v[1]) for v in facts(tagger, text)] == [("Kabupaten Wajo", "Kota Bitung")]


def test_a_consultation_at_a_ministrys_directorate_is_national(tagger: Tagger) -> None:
    text = ("Pansus DPRD Kabupaten Wajo berkonsultasi ke Direktorat Jenderal Bina Keuangan Daerah Kementerian Dalam "
            "Negeri di Jakarta, Selasa (7/3). Rombongan disambut Direktur Fasilitasi Keuangan Daerah.")
    assert pairs(tagger, text) == []


def test_the_seat_of_a_national_body_hosts_nothing(tagger: Tagger) -> None:
    text = ("Anggota DPRD Kabupaten Wajo menggelar kunjungan kerja ke luar daerah, yaitu ke Jakarta dan Kabupaten "
            "Badung. Wakil Ketua DPRD Wajo yang menjalani kunjungan kerja ke DPR di Jakarta mempelajari tata tertib.")
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kabupaten Badung")]


def test_a_national_senator_leads_no_regions_delegation(tagger: Tagger) -> None:
    text = ("Komite I DPD RI menggelar kunjungan kerja di Kabupaten Manokwari, Selasa (7/3). Kunker dipimpin Wakil "
            "Ketua DPD RI Provinsi Maluku, Teguh Prasetyo.")
    assert pairs(tagger, text) == []


def test_a_presidents_trip_takes_no_delegation_from_the_article(tagger: Tagger) -> None:
    text = ("Presiden dijadwalkan kunjungan kerja ke Kabupaten Bangka Selatan, Kamis (9/3). Pemkab Bangka Barat "
            "menyiapkan acara penyambutan di bandara.")
    assert pairs(tagger, text) == []


def test_the_capital_named_only_as_the_way_to_a_national_body_hosts_nothing(tagger: Tagger) -> None:
    text = ("Komisi A DPRD Kabupaten Wajo berangkat ke Jakarta untuk berkonsultasi ke Kemendagri, Selasa (7/3). "
            "Komisi B DPRD Kabupaten Wajo studi banding ke Kota Madiun.")
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


def test_the_seat_of_a_national_body_is_no_implicit_host_either(tagger: Tagger) -> None:
    # round 16: Jakarta, rejected as the seat of the national body visited, came back as the region the article
    # names most
    text = ("BLORAKITA.COM – Badan Anggaran DPRD Kabupaten Blora bertolak ke Jakarta guna beraudiensi dengan Bappenas "
            "perihal usulan proyek jalan lingkar Kabupaten Blora.\nSetibanya di Jakarta, badan anggaran diterima "
            "seorang deputi Bappenas, Kamis (9/3).")
    assert pairs(tagger, text, title="Banggar DPRD Blora Audiensi ke Bappenas") == []
