"""One program written twice, and English labels the text only writes twice (round 35).

A kept name that is another kept name with words after it (an owner, a place, a version: "X Polres Y", "X-Plus") is
that program, named as the shorter name; not when the shorter holds a word in capitals (a coined brand whose longer
forms name its other things) nor when the longer has its own acronym in brackets. A capitalised run found only for its
English words needs a program word in its sentence; being written twice is enough only when an acronym in brackets
follows it."""

from __future__ import annotations

import pytest
from nlp_helpers import programs

from nlp import Tagger


@pytest.mark.parametrize("text, expected", [
    ("Rombongan dari Kabupaten Sukamulya mempelajari program Lumbung Siaga Banyu. Program Lumbung Siaga Banyu "
     "Polres Wanareja itu dinilai berhasil.", ["Lumbung Siaga Banyu"]),
    ("Rombongan dari Kabupaten Sukamulya mempelajari program Sapa Petani. Inovasi Sapa Petani-Plus menyusul tahun "
     "depan.", ["Sapa Petani"]),
])
def test_a_longer_form_of_a_kept_name_is_the_same_program(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a coined brand with a word in capitals: its longer form names another thing of it
    ("Pemkot Sukamulya meluncurkan aplikasi Pasar RAKYAT bagi pedagang. Program Pasar RAKYAT Keliling juga "
     "diluncurkan untuk desa terpencil.", ["Pasar RAKYAT", "Pasar RAKYAT Keliling"]),
    # the longer form spelt by its own acronym: a program in its own right
    ("Rombongan mempelajari program Kebun Pintar di sekolah. Program Kebun Pintar Remaja (KPR) juga dipaparkan "
     "kepada tamu.", ["Kebun Pintar", "Kebun Pintar Remaja"]),
])
def test_longer_forms_that_stay_programs_of_their_own(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # written twice, no program word in either sentence: a farm one visits
    ("Rombongan dewan mengunjungi Green Valley Farm di lereng bukit. Green Valley Farm dikenal sebagai tujuan wisata "
     "petik buah.", []),
    # written twice with an acronym in brackets after it: named in its own right
    ("Rombongan juga menyaksikan Green Valley Market (GVM) di pusat kota. Green Valley Market dikelola pemuda "
     "setempat.", ["Green Valley Market"]),
    # a program word in its sentence
    ("Dalam kunjungan itu, wali kota memaparkan inovasi Smart Lumbung Lestari. Tamu memuji Smart Lumbung Lestari yang "
     "dibuat dinas.", ["Smart Lumbung Lestari"]),
])
def test_english_labels_written_twice_need_a_program_word(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected
