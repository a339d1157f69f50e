"""Round 20, second wave: a national body's office in a province with its place written before the holder
("Kepala Kanwil X Jambi Budi", no comma), the council written out in full after a committee's number, and a short
word glued to "Kadis" that may be a personal name.

Invented sentences only (names of convenience; places from the gazetteer).
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials

from nlp.lexicon import load
from nlp.officials import OfficialFinder


@pytest.mark.parametrize("text", [
    "Tamu itu diantar Kepala Kanwil Kemenkumham Jawa Tengah Hartono Wibisono ke ruang pameran.",
    "Tamu itu diantar Kepala Kantor Wilayah DJKN Jambi Hartono Wibisono ke ruang pameran.",
    "Tamu itu diantar Kepala Kanwil Kemenkumham Provinsi Jawa Tengah Hartono Wibisono ke ruang pameran.",
])
def test_a_regional_office_place_before_its_holder(text: str) -> None:
    found = officials(text)
    assert [name for name, _, _ in found] == ["Hartono Wibisono"]
    assert found[0][1].startswith("Kepala Kantor Wilayah")


def test_kepala_kanwil_is_the_head_of_a_regional_office() -> None:
    text = "Sore itu Kepala Kanwil Kemenag Jambi, Drs. Hartono Wibisono, meresmikan perpustakaan madrasah."
    assert [(n, p[:21]) for n, p, _ in officials(text)] == [("Hartono Wibisono", "Kepala Kantor Wilayah")]


def test_a_region_name_where_a_place_is_written() -> None:
    finder = OfficialFinder(load())
    text = "di Jawa Tengah Hartono"
    assert finder.region_name_at(text, len("di")) == len("di Jawa Tengah")
    assert finder.region_name_at("di Provinsi Jambi Budi", len("di")) == len("di Provinsi Jambi")
    assert finder.region_name_at("di Hartono Wibisono", len("di")) == 0


@pytest.mark.parametrize("text, position", [
    ("Usulan itu dinilai layak oleh Sekretaris Komisi E Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Sleman, "
     "Hartono Wibisono.", "Sekretaris Komisi E DPRD"),
    ("Usulan itu dibela Anggota Komisi C Dewan Perwakilan Rakyat Daerah Kabupaten Sleman Hartono Wibisono.",
     "Anggota Komisi C DPRD"),
])
def test_a_council_written_out_after_a_committee(text: str, position: str) -> None:
    assert officials(text) == [("Hartono Wibisono", position, "Kabupaten Sleman")]


def test_a_short_word_glued_to_kadis_may_be_a_name() -> None:
    text = "Lomba itu dimenangi Kadisrum Hartono, warga Desa Sukamaju, tahun lalu."
    assert all(position != "Kepala Dinas" for _, position, _ in officials(text))


@pytest.mark.parametrize("text", [
    "Kadisrum Kabupaten Sleman, Wulan Saraswati, menyerahkan piala kepada juara.",
    "Kadisrum, Wulan Saraswati, menyerahkan piala kepada juara.",
    "Kadisparpora Wulan Saraswati menyerahkan piala kepada juara.",
])
def test_a_glued_dinas_head_before_a_region_a_comma_or_a_long_acronym(text: str) -> None:
    assert [(n, p) for n, p, _ in officials(text)] == [("Wulan Saraswati", "Kepala Dinas")]


@pytest.mark.parametrize("text, word", [
    ("Kepala Dinas Pertanian Sleman Terpukau Oleh Sawah Apung", "Terpukau"),
    ("Menurut Sekda, Satuan Tugas Pangan sudah bergerak sejak pagi.", "Satuan"),
    ("Hadir pula Wakil Bupati, Assisten Bidang Kearsipan, dan kepala dinas terkait.", "Assisten"),
])
def test_common_words_open_no_name(text: str, word: str) -> None:
    assert all(not name.startswith(word) for name, _, _ in officials(text))


@pytest.mark.parametrize("text, region", [
    ("Tamu itu diajak berkeliling oleh Sekretaris Disxyzab Sleman H Darmono hingga sore.", "Kabupaten Sleman"),
    ("Menurut Sekretaris Disxyzab Bali, Darmono, semua arsip sudah digital.", "Provinsi Bali"),
])
def test_a_secretary_of_a_dinas_acronym_the_lexicon_lacks(text: str, region: str) -> None:
    assert officials(text) == [("Darmono", "Sekretaris Disxyzab", region)]


def test_a_secretary_before_a_name_like_dis_word_reads_no_dinas() -> None:
    assert officials("Sekretaris Dismanto Wibisono menerima rombongan itu.") == []
