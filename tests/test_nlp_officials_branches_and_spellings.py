"""Round 20, from the freshest letter: a national office's regional branch between a post and its holder, a dinas
head glued to an acronym the lexicon lacks, a council's deputy written without "Ketua", a region's name as a
holder's surname, older and misspelt forms (the province spelt "Propinsi"/"Prop.", ranks in -jend) and closed-class
words that open no name ("Saya", "Jangan").

Invented sentences only (names of convenience; places from the gazetteer).
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials

from nlp.lexicon import load
from nlp.officials import OfficialFinder


@pytest.mark.parametrize("text, position", [
    ("Pelatihan itu dibuka Kepala Pusdiklat Kemenkeu Regional Manado, Hartono Wibisono, di aula kantor.",
     "Kepala Pusdiklat Kemenkeu Regional Manado"),
    ("Rombongan dipimpin Kepala Pusdiklat Regional Manado Hartono Wibisono yang tiba pagi tadi.",
     "Kepala Pusdiklat Regional Manado"),
])
def test_a_regional_branch_is_part_of_the_post(text: str, position: str) -> None:
    assert officials(text) == [("Hartono Wibisono", position, None)]


def test_a_regional_branch_needs_a_region_or_a_numeral() -> None:
    finder = OfficialFinder(load())
    text = "Kepala Pusdiklat Regional Timur Jauh, Hartono"
    assert finder._regional_branch(text, len("Kepala Pusdiklat")) is None
    text = "Kepala Pusdiklat Regional IV, Hartono"
    assert finder._regional_branch(text, len("Kepala Pusdiklat")) == (len(text) - len(" Hartono"), "Regional IV")


def test_a_dinas_head_glued_to_an_acronym_the_lexicon_lacks() -> None:
    text = "Kadisparpora Kabupaten Sleman, Wulan Saraswati, menyerahkan piala kepada juara."
    assert officials(text) == [("Wulan Saraswati", "Kepala Dinas", "Kabupaten Sleman")]


def test_a_council_deputy_written_without_ketua() -> None:
    text = "Wakil DPRD Kabupaten Sleman, Gandung Priyatmo, membuka acara itu."
    assert officials(text) == [("Gandung Priyatmo", "Wakil Ketua DPRD", "Kabupaten Sleman")]


def test_a_region_as_the_last_word_of_a_name_set_off_by_commas() -> None:
    text = "Rombongan disambut Ketua DPRD Kota Madiun, Joko Sleman, di ruang rapat."
    assert officials(text) == [("Joko Sleman", "Ketua DPRD", "Kota Madiun")]


def test_the_older_spelling_of_provinsi_leads_to_the_region() -> None:
    text = "Studi banding ke Sleman diikuti Kepala Bappeda Prop. Kaltim, H. Wahyu Prasojo, dan tiga stafnya."
    assert ("Wahyu Prasojo", "Kepala Bappeda", "Provinsi Kalimantan Timur") in officials(text)
    assert "Prop" not in [name for name, _, _ in officials(text)]


def test_a_rank_spelt_with_jend_is_no_name() -> None:
    text = "Pasar itu ditinjau Penjabat Gubernur Maluku Letjend Rudi Hartanto pagi tadi."
    assert officials(text) == [("Rudi Hartanto", "Penjabat Gubernur", "Provinsi Maluku")]


@pytest.mark.parametrize("text", [
    "Anggota DPRD Kota Madiun, Budi Laksono, memuji layanan itu. “Saya dari Fraksi Hanura mendukung "
    "penuh rencana ini,” katanya.",
    "Bupati Sleman berpesan kepada para camat, yakni Jangan menunda laporan dan jangan menolak tamu.",
])
def test_a_pronoun_or_an_imperative_opens_no_name(text: str) -> None:
    names = [name for name, _, _ in officials(text)]
    assert "Saya" not in names and "Jangan" not in names


@pytest.mark.parametrize("text, word", [
    ("Rapat dihadiri Ketua DPRD Kota Madiun Joko Santosa serta calon Anggota DPR-RI Dapil Jatim 5.", "Dapil"),
    ("Menurut camat, Bulog akan menyerap gabah petani Sleman sejak awal musim panen.", "Bulog"),
    ("Hadir pula Anggota DPRD Kabupaten Sleman lainnya, Dosen UGM, Wahyu Prasojo, dan para camat.", "Dosen"),
    ("Ketua Pansus DPRD Kota Madiun, Raperda Pajak Daerah segera rampung.", "Raperda"),
])
def test_a_noun_of_an_institution_opens_no_name(text: str, word: str) -> None:
    assert not any(name.split()[0] == word for name, _, _ in officials(text))


@pytest.mark.parametrize("text, position, region", [
    ("Kata Ketua Komis B DPRD Kota Madiun, Sinta Larasvati, usai rapat kerja.", "Ketua Komisi B DPRD", "Kota Madiun"),
    ("Rombongan dipimpin Wakil Ketua Komosi 2 DPRD Kabupaten Sleman, Sinta Larasvati, pada hari pertama.",
     "Wakil Ketua Komisi II DPRD", "Kabupaten Sleman"),
    ("Anggota Komsi C DPRD Kota Madiun Sinta Larasvati menyerahkan cendera mata.", "Anggota Komisi C DPRD",
     "Kota Madiun"),
])
def test_a_committee_word_misspelt_by_one_letter(text: str, position: str, region: str) -> None:
    assert officials(text) == [("Sinta Larasvati", position, region)]


@pytest.mark.parametrize("text, position", [
    ("Ketua Komisi lll DPRD Kabupaten Sleman Sinta Larasvati membuka diskusi.", "Ketua Komisi III DPRD"),
    ("Pertanyaan itu dijawab Anggota Komisi lV DPRD Kabupaten Sleman, Sinta Larasvati.", "Anggota Komisi IV DPRD"),
    ("Wakil Ketua Komisi l DPRD Kabupaten Sleman, Sinta Larasvati, memimpin rombongan.", "Wakil Ketua Komisi I DPRD"),
])
def test_a_committee_numeral_typed_with_a_lower_case_l(text: str, position: str) -> None:
    assert officials(text) == [("Sinta Larasvati", position, "Kabupaten Sleman")]
