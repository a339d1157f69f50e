"""Officials, round 16: a term of office between a post and its holder ("Bupati X periode 2016-2021 Budi"); a
sub-unit's field written in title case up to a comma whatever its words ("Kepala Bidang Tata Kelola Perizinan Daring,
Budi,"), when the holder's name is closed after the comma and the field's end reads as no name; a capitalised
function word in a headline's line is no name; degrees of unknown shape inside a roll.

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials


@pytest.mark.parametrize("text, expected", [
    ("Penghargaan diterima Bupati Wajo periode 2016-2021 Rano Kelimutu di Jakarta.",
     [("Rano Kelimutu", "Bupati", "Kabupaten Wajo")]),
    ("Hadir Wali Kota Madiun Jawa Timur Periode 2021-sekarang Dr. H. Tuta Sekarwangi, M.Si. di panggung.",
     [("Tuta Sekarwangi", "Wali Kota", "Kota Madiun")]),
    ("Menurut Bupati Wajo masa jabatan 2019–2024, Rano Kelimutu, lomba itu ramai.",
     [("Rano Kelimutu", "Bupati", "Kabupaten Wajo")]),
])
def test_a_term_of_office_before_the_holder(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    # a post of no named region: the words after its term are no holder (a headline-like line)
    "Baca juga: Persiapan Pelantikan Anggota DPRD Periode 2024-2029 Rampung\nPelantikan digelar di gedung dewan.",
])
def test_a_term_of_a_post_without_region_reads_no_holder(text: str) -> None:
    assert officials(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Tamu didampingi Kepala Bidang Tata Kelola Perizinan Daring, Rano Kelimutu, dan stafnya.",
     [("Rano Kelimutu", "Kepala Bidang Tata Kelola Perizinan Daring", None)]),
])
def test_a_sub_units_field_of_any_words_up_to_a_comma(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the run holds a name and another post: each head keeps its own field and holder
    ("Dari kejaksaan hadir Kasi Datun Rano Kelimutu, Kasi Pidum Tuta Sekarwangi dan Kasi Intel, Sari Wulandira, "
     "di aula.",
     [("Rano Kelimutu", "Kepala Seksi Perdata dan Tata Usaha Negara", None),
      ("Tuta Sekarwangi", "Kepala Seksi Pidana Umum", None), ("Sari Wulandira", "Kepala Seksi Intelijen", None)]),
])
def test_a_field_run_stops_at_a_name_or_another_post(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_function_word_in_a_headline_line_is_no_name(tagger) -> None:
    """A function word capitalised in a line written like a headline (data/not_names.csv, kind ``headline``: "soal",
    "belum", "mau", "dulu" ...) never starts a name and ends one written before it."""
    text = ("Rombongan DPRD Kota Madiun berkunjung ke Kabupaten Wajo.\nBaca juga: Wakil Ketua DPRD Madiun: Soal "
            "Anggaran Masih Tunggu Evaluasi\nWakil Ketua DPRD Kota Madiun Tuta Sekarwangi memimpin rombongan.")
    found = tagger.extract({"id": "t", "url": None, "title": "Studi banding ke Wajo", "published": "2024-03-08",
                            "text": text})["officials"]
    assert [o["name"] for o in found] == ["Tuta Sekarwangi"]


MEMBERS = ["Rano Kelimutu", "Tuta Sekarwangi", "Sari Wulandira", "Budi Hartawan", "Dedi Purnama"]


@pytest.mark.parametrize("text, names", [
    # degrees the lexicon lacks, known by their shape, between the names of a roll
    ("Anggota Komisi IV yang ikut ialah Rano Kelimutu, S.Tr.T., CHRMP., drg. Tuta Sekarwangi, Sari Wulandira, Budi "
     "Hartawan, dan Dedi Purnama.", MEMBERS),
    ("Anggota Komisi IV yang ikut ialah Rano Kelimutu, dr. Tuta Sekarwangi Sp.KJ., CHRMP., Sari Wulandira, "
     "Budi Hartawan, dan Dedi Purnama.", MEMBERS),
    # a glued name with no full stop after it is a member, no degree
    ("Anggota Komisi IV yang ikut ialah Rano Kelimutu, M.Yusuf, Sari Wulandira, dan Dedi Purnama.",
     ["Rano Kelimutu", "M.Yusuf", "Sari Wulandira", "Dedi Purnama"]),
])
def test_a_degree_of_unknown_shape_inside_a_roll(text: str, names: list) -> None:
    assert [name for name, _, _ in officials(text)] == names


@pytest.mark.parametrize("text, expected", [
    # the passive prefix written apart, and a special committee named by its topic
    ("Kedua pansus itu adalah Pansus Pajak Daerah yang di Ketuai Rano Kelimutu dari Fraksi PAN, dan Pansus Hak Angket "
     "di ketuai oleh Tuta Sekarwangi dari Fraksi Golkar.",
     [("Rano Kelimutu", "Ketua Pansus Pajak Daerah DPRD", None),
      ("Tuta Sekarwangi", "Ketua Pansus Hak Angket DPRD", None)]),
    ("Komisi II Bidang Ekonomi DPRD Kota Madiun yang di ketuai Rano Kelimutu berkunjung ke Wajo.",
     [("Rano Kelimutu", "Ketua Komisi II DPRD", "Kota Madiun")]),
])
def test_a_committee_chaired_by_its_chair_written_apart(text: str, expected: list) -> None:
    assert officials(text) == expected
