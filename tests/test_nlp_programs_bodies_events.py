"""Bodies, posts, halls, study trips and courses written like programs, which the guidelines call no program: a
ministry's short name ("Kemen" and its field), a village government (Pemdes), a university's course of study
("program studi X"), posts joined by a slash ("Bupati/Wakil Bupati"), a hall ("Graha X"), a study trip ("Kaji Tiru",
"... Study"), a course ("... Course", "Kursus ..."), the fields a body's name lists ("Dinas A, B, dan C") and a
group's acronym ("Kelompok ..."), a national insurance body ("BPJS X"), a directorate, an election (Pilkada,
Pemilu), a study visit spelt in English ("Bench Marking") and an organisation's structure ("Susunan Organisasi ...");
the programs beside them stay."""

from __future__ import annotations

import pytest
from nlp_helpers import programs

from nlp import Tagger


@pytest.mark.parametrize("ministry", ["Kemenhutbun", "Kemhutbun", "KemenPKB"])
def test_a_ministry_short_name_is_no_program(tagger: Tagger, ministry: str) -> None:
    # the short names in lower case are those the officials read (official_patterns.MINISTRY), "Kem" ones too
    text = (f"Warga Desa Lumbangsari mengikuti penyuluhan program {ministry} tentang kebun bibit yang digelar di "
            "balai desa.")
    assert programs(tagger, text) == []


def test_a_village_government_is_no_program(tagger: Tagger) -> None:
    text = "Studi tiru itu untuk melihat inovasi Pemdes Karangwetan di bidang pertanian."
    assert programs(tagger, text) == []


def test_a_course_of_study_is_no_program(tagger: Tagger) -> None:
    text = "Tiga dosen program studi Pendidikan Seni Tari IKIP Nusa Raya mendampingi praktik itu."
    assert programs(tagger, text) == []


def test_posts_joined_by_a_slash_are_no_program(tagger: Tagger) -> None:
    text = ("Rapat itu membahas program prioritas Gubernur/Wakil Gubernur, yaitu Lumbung Beras Warga dan Sekolah "
            "Tangguh Sukamulya.")
    assert programs(tagger, text) == ["Lumbung Beras Warga", "Sekolah Tangguh Sukamulya"]


def test_a_hall_is_no_program(tagger: Tagger) -> None:
    assert programs(tagger, "Layanan pengaduan warga Graha Wiratama Praja dibuka setiap hari.") == []


def test_a_study_trip_is_no_program(tagger: Tagger) -> None:
    assert programs(tagger, "Aparatur kecamatan dibekali melalui Kaji Tiru di Kota Sukamaju selama dua hari.") == []
    text = ("Sesudah kelas, aparatur menjalani Village Field Study di dua kabupaten dan mencoba aplikasi Sitandu "
            "Desa.")
    assert programs(tagger, text) == ["Sitandu Desa"]


def test_a_course_is_no_program(tagger: Tagger) -> None:
    assert programs(tagger, "Kerja sama itu dijalankan lewat Governance Course bagi aparatur kecamatan.") == []
    assert programs(tagger, "Aparatur desa dibekali melalui Kursus Desa Melayani selama dua minggu.") == []


def test_a_body_named_with_its_fields_is_no_list_of_programs(tagger: Tagger) -> None:
    text = "Penyuluh menjalankan program Dinas Peternakan, Agribisnis, dan Pangan di tiap kecamatan."
    assert programs(tagger, text) == []
    # a government's program named after it stays
    text = "Inovasi Pemerintah Kabupaten Sukamaju, Lapak Warga, dikunjungi tamu dari Kota Sukamulya."
    assert programs(tagger, text) == ["Lapak Warga"]


def test_a_group_spelt_out_is_no_program(tagger: Tagger) -> None:
    text = ("Rombongan juga membawa pengurus KPW (Kelompok Penenun Wastra) dari tiap kelurahan untuk melihat inovasi "
            "Lapak Warga Online.")
    assert programs(tagger, text) == ["Lapak Warga Online"]


def test_a_government_unit_after_a_trigger_is_no_program(tagger: Tagger) -> None:
    text = "Tim juri menilai inovasi Satuan Polisi Pamong Praja bersama puluhan usulan dari kecamatan."
    assert programs(tagger, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a national insurance body, a ministry's directorate or its short name after a trigger or a preposition
    ("Pemkab mengikutkan perangkat desa dalam program BPJS Ketenagakerjaan dan program Sapa Nelayan Pesisir.",
     ["Sapa Nelayan Pesisir"]),
    ("Dinas mengirim usulan dermaga apung lewat Direktorat Pengembangan Pulau Terluar pekan lalu.", []),
    ("Lurah memuji gerakan KemenPAN RB dan meresmikan Pojok Sapa Kelurahan.", ["Pojok Sapa Kelurahan"]),
    # an election is an event
    ("Camat mengajak warga mendukung program Pilkada Serentak agar berjalan aman.", []),
    ("Program unggulan kecamatan tahun ini antara lain Pemilu Tertib dan Kampung Bebas Sampah.",
     ["Kampung Bebas Sampah"]),
    # a study visit spelt in English, as "kaji banding"
    ("Melalui Bench Marking tahun ini, para lurah mempelajari layanan kependudukan di kota tujuan.", []),
    ("Tim dinas belajar lewat inovasi Benchmarking Kinerja Aparatur di provinsi lain.", []),
    # an organisation's structure is a topic
    ("Anggota pansus belajar tentang Susunan Organisasi Tata Kerja di provinsi tetangga.", []),
])
def test_insurance_bodies_directorates_elections_and_benchmarking_are_no_programs(
        tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a region's fiscal transfers, by their long forms, are budget lines (also two of them read as one name)
    ("Pemerintah Kabupaten Sukamaju menerima Dana Alokasi Khusus (DAK) untuk jalan desa. Program ini dibiayai "
     "Dana Alokasi Umum (DAU) dan Dana Bagi Hasil (DBH).", []),
    ("Rombongan DPRD Kota Mawar belajar tentang pengelolaan Dana Alokasi Khusus dan Dana Insentif Daerah (DID) "
     "di Kabupaten Sukamaju.", []),
    # ... while a fund named otherwise stays a name
    ("Tim dari Pemkab Sukamaju hendak mempelajari pengelolaan Dana Cadangan Beasiswa Warga di sana.",
     ["Dana Cadangan Beasiswa Warga"]),
    # concepts written with capitals: appropriate technology, information technology, digital transformation
    ("Rombongan datang guna mempelajari Teknologi Tepat Guna di Kota Sukamaju.", []),
    ("Tamu dari Pemkab Mawar mempelajari Sistem Antrean Pintar dan Teknologi Informasi di kantor itu.",
     ["Sistem Antrean Pintar"]),
    ("Rombongan Pemkab Mawar datang untuk mempelajari Transformasi Digital di Kota Sukamaju.", []),
    # a landfill named by its place is a facility, not a program
    ("Rombongan mempelajari Sistem Pilah Sampah serta TPA Sukamaju pada hari kedua.", ["Sistem Pilah Sampah"]),
])
def test_fiscal_transfers_concepts_and_landfills_are_no_programs(tagger: Tagger, text: str,
                                                                 expected: list[str]) -> None:
    assert programs(tagger, text) == expected


def test_a_gate_is_no_program_head(tagger: Tagger) -> None:
    # round 34: "Gerbang" opens no program by its shape alone (a gate, an area, a bank, a nickname: 4 wrong outputs
    # over train in 4 letters); after a trigger, in quotes or in a list of programs it still names one
    text = "Warga berkumpul di Pintu Gerbang Kawasan Lumbangsari sebelum rombongan tiba."
    assert programs(tagger, text) == []
    text = "Rombongan meninjau program Gerbang Tani Lumbangsari yang menyalurkan bibit ke kelompok tani."
    assert programs(tagger, text) == ["Gerbang Tani Lumbangsari"]


@pytest.mark.parametrize("text", [
    "Rombongan dewan meninjau Pusat Riset Karang Lestari (PRKL) milik Dinas Kelautan di pesisir Wanareja.",
    "Para peserta meninjau Wanareja Agro Trade Center (WATC) milik pemerintah provinsi di tepi pelabuhan.",
    "Pertemuan itu membahas Kawasan Agro Terpadu (KAT) yang dikelola Dinas Pertanian di lereng bukit.",
    "Para petani melapor ke Unit Pengawas Irigasi (UPI) yang dikelola kecamatan di hulu sungai.",
])
def test_a_site_spelt_out_before_its_acronym_is_no_program(tagger: Tagger, text: str) -> None:
    # a centre, an area or a unit that only the pattern "Name (ACR)" proposes (round 37 second wave)
    assert programs(tagger, text) == []


def test_a_program_spelt_out_before_its_acronym_stays(tagger: Tagger) -> None:
    text = "Rombongan dewan meninjau Gerakan Sedekah Sampah (GSS) milik Dinas Lingkungan di pesisir Wanareja."
    assert programs(tagger, text) == ["Gerakan Sedekah Sampah"]
    text = "Dinas itu meluncurkan program Pusat Layanan Tani (PLT) bagi petani di lereng bukit."
    assert programs(tagger, text) == ["Pusat Layanan Tani"]
    # a trigger word inside names a service, a programme: "Pusat Layanan ..." spelt out before its acronym
    text = "Rombongan dewan meninjau Pusat Layanan Nelayan Mandiri (PLNM) milik Dinas Kelautan di pesisir Wanareja."
    assert programs(tagger, text) == ["Pusat Layanan Nelayan Mandiri"]
