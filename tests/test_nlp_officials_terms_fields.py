"""Officials, round 16: a term of office between a post and its holder ("Bupati X periode 2016-2021 Budi"), and a
sub-unit's field written in title case up to a comma whatever its words ("Kepala Bidang Tata Kelola Pemerintahan
Elektronik, Budi,"), when the holder's name is closed after the comma and the field's end reads as no name.

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
    "Sekretariat Siapkan Pelantikan Anggota DPRD Periode 2024-2029 Tuntas\n\nPelantikan digelar di gedung dewan.",
])
def test_a_term_of_a_post_without_region_reads_no_holder(text: str) -> None:
    assert officials(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Tamu didampingi Kepala Bidang Tata Kelola Pemerintahan Elektronik, Rano Kelimutu, dan stafnya.",
     [("Rano Kelimutu", "Kepala Bidang Tata Kelola Pemerintahan Elektronik", None)]),
])
def test_a_sub_units_field_of_any_words_up_to_a_comma(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the run holds a name and another post: each head keeps its own field and holder
    ("Tim itu ialah Kasi Intel Rano Kelimutu, Kasi Pidum Tuta Sekarwangi dan Kasi Datun, Sari Wulandira beserta staf.",
     [("Rano Kelimutu", "Kepala Seksi Intelijen", None), ("Tuta Sekarwangi", "Kepala Seksi Pidana Umum", None),
      ("Sari Wulandira", "Kepala Seksi Perdata dan Tata Usaha Negara", None)]),
])
def test_a_field_run_stops_at_a_name_or_another_post(text: str, expected: list) -> None:
    assert officials(text) == expected

