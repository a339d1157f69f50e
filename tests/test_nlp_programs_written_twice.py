"""One program written twice (round 35).

A kept name that is another kept name with words after it (an owner, a place, a version: "X Polres Y", "X-Plus") is
that program, named as the shorter name; not when the shorter holds a word in capitals (a coined brand whose longer
forms name its other things) nor when the longer has its own acronym in brackets."""

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
    # round 43 counted whole-article facts (a name written again, in the title, after a trigger and alone, in a
    # learning sentence, in lower case) for right and wrong outputs on all of train; none separates them, so nothing
    # was refused or added (nlp/MEASUREMENTS.md "Programs, round 43"): these pin what stays
    # written once, in a learning sentence: still a program
    ("Rombongan Kabupaten Sungai Kerlap datang untuk belajar tentang program Lumbung Padi Merona di Kota Palimbara.",
     ["Lumbung Padi Merona"]),
    # after its trigger in one place and alone in another: one program
    ("Pemkot Palimbara memaparkan inovasi Jaring Bahari Tangguh. Jaring Bahari Tangguh kini dipakai di tiga "
     "kecamatan.", ["Jaring Bahari Tangguh"]),
])
def test_whole_article_facts_measured_in_round_43_change_nothing(tagger: Tagger, text: str,
                                                                  expected: list[str]) -> None:
    assert programs(tagger, text) == expected
