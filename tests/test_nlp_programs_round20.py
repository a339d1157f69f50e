"""Round 20, from the freshest letter's errors, each shape counted on the older letters: names the guidelines call
no program (a draft law, "Rancangan ..."; an award's category, "Kategori ..."; a government's apparatus, "Perangkat
Daerah"; a competition's level, "Tingkat ..."; a boarding school, "Pondok Pesantren X"; a body's central office,
"ACR Pusat"), a sentence's adverb read as an appositive ("Baginya, salah satu aplikasi ..."), and a cued head in
lower case before an acronym ("kampung TANGKAS")."""

from __future__ import annotations

from nlp_helpers import programs

from nlp import Tagger


def test_a_draft_law_is_no_program(tagger: Tagger) -> None:
    assert programs(tagger, "Pekan depan dewan membentuk Rancangan Peraturan Desa (Ranperdes) soal irigasi.") == []
    text = "Bupati menggagas Rancangan Induk Wisata Sukamaju sebagai pedoman tahun depan."
    assert programs(tagger, text) == []


def test_an_award_category_is_no_program(tagger: Tagger) -> None:
    text = ("Berkat inovasi warganya, Dusun Tegalsari meraih Anugerah Kampung Lestari (AKL) 2023 Kategori Digital "
            "dari pemerintah provinsi.")
    assert programs(tagger, text) == []


def test_a_governments_apparatus_is_no_program(tagger: Tagger) -> None:
    text = "Tahun ini juri menilai Inovasi Perangkat Daerah dari dua belas kecamatan di Sukamaju."
    assert programs(tagger, text) == []


def test_a_competitions_level_is_no_program(tagger: Tagger) -> None:
    text = "Lomba tahun ini dibuka untuk inovasi Lumbung Warga Sejahtera serta inovasi Desa Tangguh, Tingkat Provinsi."
    assert sorted(programs(tagger, text)) == ["Desa Tangguh", "Lumbung Warga Sejahtera"]


def test_a_boarding_school_is_no_program(tagger: Tagger) -> None:
    text = ("Saat berbincang di Pondok Pesantren Nurul Falah Sukamaju, Bupati menjelaskan program Sapa Santri "
            "kepada para tamu.")
    assert sorted(programs(tagger, text)) == ["Sapa Santri"]


def test_a_sentence_adverb_is_no_appositive_name(tagger: Tagger) -> None:
    text = "Dinas itu menerima banyak penghargaan. Baginya, salah satu aplikasi terbaik lahir dari ide warga."
    assert programs(tagger, text) == []


def test_a_cued_head_in_lower_case_with_an_acronym_is_a_program(tagger: Tagger) -> None:
    text = "Salah satu program unggulan desa itu adalah kampung TANGKAS, yang dikelola kader posyandu."
    assert programs(tagger, text) == ["Kampung TANGKAS"]
    # a place ("tuan rumah") and a body's building ("rumah PKK": the PKK is a unit of positions.csv) are none
    assert programs(tagger, "Kota itu menjadi tuan rumah PORDA dalam program olahraga tahun ini.") == []
    assert programs(tagger, "Program swadaya warga membangun rumah PKK baru di ujung dusun.") == []


def test_a_bodys_central_office_is_no_program(tagger: Tagger) -> None:
    text = "Program itu kini diperluas lewat BPSW Pusat ke semua provinsi mulai tahun depan."
    assert programs(tagger, text) == []
