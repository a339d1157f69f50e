"""Officials across a text's lines: headlines and lines written like one (their verbs and nouns are no names),
hard-wrapped bodies read across their line breaks.

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials

from nlp.textutil import unwrapped

WRAPPED = ("Rombongan Pemkab Wajo yang berjumlah dua belas orang itu disambut Wakil Wali Kota\n"
           "Madiun, Rano Kelimutu bersama Asisten Pemerintahan Budi Hartono dan jajaran lain\n"
           "di ruang rapat utama balai kota. Rombongan dipimpin Kepala Badan\n"
           "Kepegawaian Daerah (BKD) Wajo Andi Baso yang datang bersama\n"
           "sejumlah kepala bagian. Mereka ingin belajar tentang aplikasi\n"
           "kepegawaian yang dipakai di Madiun sejak tahun lalu dan hasilnya\n"
           "dinilai baik oleh banyak daerah lain di Jawa Timur.\n")


@pytest.mark.parametrize("text, expected", [
    # "promosi kuliner" is written in lower case in the body: the headline's capitals made no name of it
    ("Baca juga: Sekda Kebumen Promosi Kuliner Daerah di Jakarta\nSekda Kebumen, Hartawan Wirasena, mengatakan "
     "promosi kuliner itu penting.",
     [("Hartawan Wirasena", "Sekretaris Daerah", "Kabupaten Kebumen")]),
    # a real name in such a line stays: none of its words is written in lower case
    ("Baca juga: Bupati Kebumen Hartawan Wirasena Resmikan Pasar\nPasar itu ramai dikunjungi warga.",
     [("Hartawan Wirasena", "Bupati", "Kabupaten Kebumen")]),
])
def test_headline_style_lines(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_line_written_like_a_headline_names_nobody_when_the_body_writes_its_words_in_lower_case():
    text = ("Rombongan Wajo datang ke Kebumen.\nSekda Kebumen Bimbang Soal Anggaran Desa\nSekda Kebumen, Hartawan "
            "Wirasena, mengaku bimbang.")
    assert officials(text) == [("Hartawan Wirasena", "Sekretaris Daerah", "Kabupaten Kebumen")]


def test_a_hard_wrapped_body_is_read_across_its_line_breaks():
    assert officials(WRAPPED) == [("Rano Kelimutu", "Wakil Wali Kota", "Kota Madiun"),
                                  ("Budi Hartono", "Asisten Pemerintahan", "Kota Madiun"),
                                  ("Andi Baso", "Kepala Badan Kepegawaian Daerah", "Kabupaten Wajo")]


def test_only_a_hard_wrapped_body_is_unwrapped():
    assert unwrapped(WRAPPED) == WRAPPED.replace("\n", " ")[:-1] + "\n"
    text = "Bupati Wajo Andi Baso\nRombongan datang kemarin.\nMereka belajar.\nLalu pulang.\n"
    assert unwrapped(text) == text


@pytest.mark.parametrize("text", [
    "Wali Kota Madiun Laksanakan Kunjungan Kerja ke Ngawi",
    "Wali Kota Madiun Kunjungan Kerja dan Bersilaturahmi ke Ngawi",
    "Gubernur Jatim Pertemuan dengan Bupati Ngawi",
])
def test_headline_verbs_and_nouns_are_no_names(text: str) -> None:
    assert officials(text) == []
