"""Officials: words after a position that name no holder (round 11): a headline's bare verb in -kan, "Tak", a
place glued to the title by a hyphen, "se-" ("all of"), a street after the office, a year.

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials

KEBUMEN = "Kabupaten Kebumen"


@pytest.mark.parametrize("text, expected", [
    # a headline's verb in -kan ends the name; the verb and its object are no part of it
    ("Ketua DPRD Kebumen Hartawan Wirasena Bicarakan Jalan Desa\n\nHartawan Wirasena hadir di Kebumen.",
     [("Hartawan Wirasena", "Ketua DPRD", KEBUMEN)]),
    ("Anggota DPRD Kebumen Yosef Laban Adakan Sosialisasi\n\nYosef Laban menyapa warga Kebumen.",
     [("Yosef Laban", "Anggota DPRD", KEBUMEN)]),
    # a noun in pe-/ke- ... -kan is no verb: the office goes on over it
    ("Kepala Dinas Pendidikan Kebumen, Dewi Kartika, membuka acara.",
     [("Dewi Kartika", "Kepala Dinas Pendidikan", KEBUMEN)]),
])
def test_a_headline_verb_ends_the_name(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    "Baca juga: Bupati Kebumen Hentikan Izin Tambang Pasir",
    "Ketua DPRD Kebumen Tak Hadiri Undangan Warga Pesisir",
    "Wabup Kebumen Kirim Tenda dan Selimut untuk Pengungsi",
    # a place glued to the title by a hyphen: the office's building, no holder
    "Jamuan makan malam digelar di pendopo Bupati-Gombong setelah rapat.",
    # "se-" is "all of": no name
    "Rapat Kerja Bupati (Rakerbup) Se-Kalimantan Ketiga ditutup di Kebumen.",
    # a year after a minister's title
    "Penghargaan Gubernur Tahun 2019 diberikan kepada Kebumen.",
    # a street after the office and its region
    "Parkir bus berada di sisi kantor Bupati Kebumen Jl. Veteran nomor 3.",
])
def test_no_holder(text: str) -> None:
    assert officials(text) == []


def test_a_name_after_a_spaced_dash_is_still_the_holder() -> None:
    """Only a hyphen glued between two words blocks: a dash with spaces still leads to the holder."""
    assert officials("Bupati Kebumen - Hartawan Wirasena, membuka acara.") == [
        ("Hartawan Wirasena", "Bupati", KEBUMEN)]
