"""Officials in phrasings of unseen regional news (round 9): a name spelt two ways, headline-style lines, places
abroad, streets named after an office, plural posts.

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials

from nlp.officials import _spelt_alike
from nlp.textutil import unwrapped


def test_a_name_spelt_two_ways_is_one_person_under_the_form_written_most():
    text = ("Bupati Kebumen Hartawan Wirasena menerima tamu dari Wajo. Dalam sambutannya, Bupati Kebumen Hartawan "
            "Wirasena berharap kerja sama berlanjut. Bupati Kebumen Hartawan Wirasna lalu mengajak tamu makan.")
    assert officials(text) == [("Hartawan Wirasena", "Bupati", "Kabupaten Kebumen")]


@pytest.mark.parametrize("a, b, alike", [
    ("Khairunas", "Khairunnas", True),
    ("Budi Santosa", "Budi Santoso", True),
    ("Budi Santoso", "Budi Susanto", False),  # two people
    ("Andi Baso", "Andi Basa", False),  # too short to tell
    ("Rina Wulandari", "Rina Wulan Dari", False),  # another number of words
])
def test_spellings_alike(a: str, b: str, alike: bool) -> None:
    assert _spelt_alike(a, b) is alike


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


@pytest.mark.parametrize("text, expected", [
    ("Tujuh Wali Kota Swedia datang ke Kota Madiun untuk belajar.", []),
    ("Direktur IHS Universitas Erasmus Belanda, Dewi Kartika, menerima rombongan.",
     [("Dewi Kartika", "Direktur IHS", None)]),
])
def test_a_country_closes_a_place_not_a_name(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    "Rombongan berkumpul di Jalan Gubernur Suryo Kota Madiun.",
    "Rombongan melintas di Jl. Bupati Sulaiman sebelum tiba.",
    "Hadir pula para petinggi Bawaslu RI dan KPU dalam acara itu.",
])
def test_streets_and_plural_posts_hold_no_one(text: str) -> None:
    assert officials(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Di sisi lain, Kepala Dinas Pengelolaan Pasar (DPP) Kota Madiun, Rano Kelimutu, menjelaskan kunjungan itu.",
     [("Rano Kelimutu", "Kepala Dinas Pengelolaan Pasar", "Kota Madiun")]),
    ("Dalam sambutannya, Sekretaris Dinkes P2KB Kebumen, dr. Wulan Sari, menyatakan kegiatan ini bermanfaat.",
     [("Wulan Sari", "Sekretaris Dinkes P2KB", "Kabupaten Kebumen")]),
    ("Tamu dilayani Kasubag Alat Kelengkapan Dewan dan Rapat Sekretariat DPRD (Setwan) Jatim M Wiryo Santa SSTP.",
     [("M Wiryo Santa", "Kepala Subbagian Alat Kelengkapan Dewan dan Rapat Sekretariat DPRD", "Provinsi Jawa Timur")]),
    # fields listed with commas go on; a name after a comma does not
    ("Hadir Sekretaris Badan Pemberdayaan Masyarakat, Pemerintahan dan Pembangunan Desa Kabupaten Wajo Andi Baso.",
     [("Andi Baso", "Sekretaris Badan Pemberdayaan Masyarakat, Pemerintahan dan Pembangunan Desa",
       "Kabupaten Wajo")]),
    # chairs of bodies that are no government, and the heads of all villages, are not read this way
    ("Hadir pula Ketua Forum Warga Peduli Sungai Kota Madiun Rano Kelimutu.", []),
    ("Para Kepala Desa Se Kabupaten Wajo Belajar ke Kebumen.", []),
])
def test_an_office_written_out_up_to_its_region_then_the_holder(text: str, expected: list) -> None:
    assert officials(text) == expected


WRAPPED = ("Rombongan Pemkab Wajo yang berjumlah dua belas orang itu disambut Wakil Wali Kota\n"
           "Madiun, Rano Kelimutu bersama Asisten Pemerintahan Budi Hartono dan jajaran lain\n"
           "di ruang rapat utama balai kota. Rombongan dipimpin Kepala Badan\n"
           "Kepegawaian Daerah (BKD) Wajo Andi Baso yang datang bersama\n"
           "sejumlah kepala bagian. Mereka ingin belajar tentang aplikasi\n"
           "kepegawaian yang dipakai di Madiun sejak tahun lalu dan hasilnya\n"
           "dinilai baik oleh banyak daerah lain di Jawa Timur.\n")


def test_a_hard_wrapped_body_is_read_across_its_line_breaks():
    assert officials(WRAPPED) == [("Rano Kelimutu", "Wakil Wali Kota", "Kota Madiun"),
                                  ("Budi Hartono", "Asisten Pemerintahan", "Kota Madiun"),
                                  ("Andi Baso", "Kepala Badan Kepegawaian Daerah", "Kabupaten Wajo")]


def test_only_a_hard_wrapped_body_is_unwrapped():
    assert unwrapped(WRAPPED) == WRAPPED.replace("\n", " ")[:-1] + "\n"
    text = "Bupati Wajo Andi Baso\nRombongan datang kemarin.\nMereka belajar.\nLalu pulang.\n"
    assert unwrapped(text) == text


@pytest.mark.parametrize("text, expected", [
    # a titled name after a comma is the next holder in the list, not the holder after a place
    ("Hadir Anggota Komisi II, Rano Kelimutu, H Budi Hartono SE, dan Ani Lestari.",
     [("Rano Kelimutu", "Anggota Komisi II DPRD", None), ("Budi Hartono", "Anggota Komisi II DPRD", None),
      ("Ani Lestari", "Anggota Komisi II DPRD", None)]),
])
def test_a_titled_name_after_a_comma_lists_the_next_holder(text: str, expected: list) -> None:
    assert officials(text) == expected
