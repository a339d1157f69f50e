"""Generic labels are no programs (annotation conventions): an everyday concept under an English label stays
refused when it is written with capitals after "program", while an Indonesian everyday activity written so still
names a program ("program Jalan Desa")."""

from __future__ import annotations

import pytest
from nlp_helpers import programs

from nlp import Tagger


@pytest.mark.parametrize("text, expected", [
    ("Wali kota memaparkan program Smart City kepada tamu, lalu memperkenalkan aplikasi Lapor Warga Sigap.",
     ["Lapor Warga Sigap"]),
    ("Rombongan dewan ingin meniru program Super App milik pemkot dan program Jalan Desa bagi warga pesisir.",
     ["Jalan Desa"]),
])
def test_english_labels_after_program_are_generic(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Wali kota memperkenalkan City Gallery dan aplikasi Warga Tangguh Sejahtera dalam lawatan tamu dari luar "
     "daerah.", ["Warga Tangguh Sejahtera"]),
    ("Peserta studi tiru meninjau Data Center milik pemkot. Data Center itu juga menyimpan laporan inovasi Kebun "
     "Warga Lestari.", ["Kebun Warga Lestari"]),
    ("Usai inovasi Kebun Warga Lestari dipaparkan, rombongan melihat pembangunan Sport Centre di pinggir kota.",
     ["Kebun Warga Lestari"]),
])
def test_english_facility_labels_are_no_programs(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected
