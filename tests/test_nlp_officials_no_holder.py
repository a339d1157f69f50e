"""Officials: words after a position that name no holder (round 11): a bare verb in -kan on a headline's line, "Tak",
"se-" ("all of"), a street after the office, a year. In a body sentence a word in -kan may be a surname or the place
after a camat or lurah.

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials

KEBUMEN = "Kabupaten Kebumen"


@pytest.mark.parametrize("text, expected", [
    # a headline's verb in -kan ends the name; the verb and its object are no part of it
    ("Reses di Desa, Wakil Ketua DPRD Kebumen Galih Prameswara Suarakan Nasib Petani Tembakau\n\n"
     "Galih Prameswara berbicara di balai desa.",
     [("Galih Prameswara", "Wakil Ketua DPRD", KEBUMEN)]),
    ("Lomba Tumpeng, Sekda Kebumen Nadia Purbasari Adakan Hadiah untuk Warga\n\n"
     "Nadia Purbasari menyerahkan hadiah di alun-alun.",
     [("Nadia Purbasari", "Sekretaris Daerah", KEBUMEN)]),
    # a noun in pe-/ke- ... -kan is no verb: the office goes on over it
    ("Kepala Dinas Pendidikan Kebumen, Dewi Kartika, membuka acara.",
     [("Dewi Kartika", "Kepala Dinas Pendidikan", KEBUMEN)]),
])
def test_a_headline_verb_ends_the_name(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # in a body sentence a word in -kan is a surname
    ("Bupati Kebumen Hartawan Sulaikan membuka acara itu.", [("Hartawan Sulaikan", "Bupati", KEBUMEN)]),
    # the place after a camat may end in -kan
    ("Camat Marunggikan Hartawan Wirasena membuka acara di Bandung.",
     [("Hartawan Wirasena", "Camat", "Kota Bandung")]),
])
def test_a_word_in_kan_outside_a_headline(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    "Baca juga: Bupati Kebumen Hentikan Izin Tambang Pasir",
    "Ketua DPRD Kebumen Tak Hadiri Undangan Warga Pesisir",
    "Longsor di Perbukitan, Bupati Kebumen Kirim Beras ke Dusun Terisolasi",
    # "se-" is "all of": no name
    "Rapat Kerja Bupati (Rakerbup) Se-Kalimantan Ketiga ditutup di Kebumen.",
    # a year after a minister's title
    "Penghargaan Gubernur Tahun 2019 diberikan kepada Kebumen.",
    # a street after the office and its region
    "Parkir bus berada di sisi kantor Bupati Kebumen Jl. Veteran nomor 3.",
])
def test_no_holder(text: str) -> None:
    assert officials(text) == []


@pytest.mark.parametrize("text, name", [
    # a hyphen or a dash between the title and the name: the holder all the same
    ("Bupati Kebumen - Hartawan Wirasena, membuka acara.", "Hartawan Wirasena"),
    ("Bupati Kebumen-Hartawan Wirasena membuka acara.", "Hartawan Wirasena"),
    ("Kunjungan Bupati-Dewi Kartika ke Kebumen berlangsung singkat.", "Dewi Kartika"),
])
def test_a_name_after_a_dash_is_the_holder(text: str, name: str) -> None:
    assert officials(text) == [(name, "Bupati", KEBUMEN)]
