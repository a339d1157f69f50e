"""Refusals and cued heads (each shape counted on the older letters): names the guidelines call no program (a draft
law, "Rancangan ..."; an award's category, "Kategori ..."; a government's apparatus, "Perangkat Daerah"; a
competition's level, "Tingkat ..."; a boarding school, "Pondok Pesantren X"; a body's central office, "ACR Pusat"; a
university's degree programme, "Program Magister X"; a sector, "Sektor X"; a medium, "Media X"), a sentence's adverb
read as an appositive ("Baginya, salah satu aplikasi ..."), and a cued head in lower case before an acronym ("kampung
TANGKAS")."""

from __future__ import annotations

from nlp_helpers import programs

from nlp import Tagger


def test_a_draft_law_is_no_program(tagger: Tagger) -> None:
    assert programs(tagger, "Pekan depan dewan membentuk Rancangan Peraturan Desa (Ranperdes) soal irigasi.") == []
    text = "Bupati menggagas Rancangan Induk Wisata Sukamaju sebagai pedoman tahun depan."
    assert programs(tagger, text) == []


def test_an_award_category_is_no_program(tagger: Tagger) -> None:
    text = "Desa Mekarjaya menjadi juara inovasi Kategori Pangan Lokal dalam lomba yang digelar pemprov."
    assert programs(tagger, text) == []


def test_a_governments_apparatus_is_no_program(tagger: Tagger) -> None:
    text = "Panitia lomba menilai inovasi Perangkat Desa dari seluruh kecamatan tahun ini."
    assert programs(tagger, text) == []


def test_a_competitions_level_is_no_program(tagger: Tagger) -> None:
    text = ("Pemenang lomba inovasi Desa Tangguh, Tingkat Provinsi, diumumkan pekan depan bersama inovasi Lumbung "
            "Warga Sejahtera.")
    assert sorted(programs(tagger, text)) == ["Desa Tangguh", "Lumbung Warga Sejahtera"]


def test_a_boarding_school_is_no_program(tagger: Tagger) -> None:
    text = "Para santri Pondok Pesantren Al Hikmah Mekarsari ikut menanam pohon dalam program Sapa Santri pekan lalu."
    assert sorted(programs(tagger, text)) == ["Sapa Santri"]


def test_a_sentence_adverb_is_no_appositive_name(tagger: Tagger) -> None:
    text = "Dinas itu menerima banyak penghargaan. Baginya, salah satu aplikasi terbaik lahir dari ide warga."
    assert programs(tagger, text) == []


def test_a_cued_head_in_lower_case_with_an_acronym_is_a_program(tagger: Tagger) -> None:
    text = "Warga menyebut gerakan gotong royong di desanya kampung TANGKAS, dan inovasi itu kini ditiru desa tetangga."
    assert programs(tagger, text) == ["Kampung TANGKAS"]
    # a place ("tuan rumah") and a body's building ("rumah PKK": the PKK is a unit of positions.csv) are none
    assert programs(tagger, "Kota itu menjadi tuan rumah PORDA dalam program olahraga tahun ini.") == []
    assert programs(tagger, "Program timbang bayi memakai rumah PKK sebagai pos layanan setiap bulan.") == []


def test_a_bodys_central_office_is_no_program(tagger: Tagger) -> None:
    text = "Laporan program dikirim melalui BPSW Pusat setiap akhir bulan."
    assert programs(tagger, text) == []


def test_a_degree_programme_is_no_program(tagger: Tagger) -> None:
    text = ("Sebanyak dua puluh mahasiswa Program Magister Kebijakan Publik mengikuti kuliah lapangan di sebuah "
            "kecamatan.")
    assert programs(tagger, text) == []


def test_a_sector_is_no_program(tagger: Tagger) -> None:
    text = "Selama dua hari rombongan belajar tentang Sektor Perkebunan Rakyat di kabupaten tetangga."
    assert programs(tagger, text) == []


def test_a_medium_is_no_program(tagger: Tagger) -> None:
    text = ("Pekan lalu bupati berbincang dengan wartawan tentang pemberitaan lewat Media Daring dan Media Radio di "
            "daerahnya.")
    assert programs(tagger, text) == []
