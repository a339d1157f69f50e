"""Officials in apposition (round 11): a town the gazetteer lacks between a single holder's title and his fuller name
("Wali Kota Lindevik, Marten Aaslund, salah satu tamu"), an electoral district closing an apposed post, and a
name written before its position after an address form ("Bapak Budi Santoso Gubernur X").

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials

KEBUMEN = "Kabupaten Kebumen"


@pytest.mark.parametrize("text, expected", [
    # a town abroad (one word the gazetteer lacks), then the holder's name in apposition and a lower-case clause
    ("Wali Kota Lindevik, Marten Aaslund, salah satu tamu, memuji pasar itu.",
     [("Marten Aaslund", "Wali Kota", None)]),
    ("Gubernur Varnholm, Dr. Elsa Brandvik, menerima rombongan dari Kebumen.",
     [("Elsa Brandvik", "Gubernur", None)]),
])
def test_a_town_the_gazetteer_lacks_then_the_holder(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause after the comma: the one word is the holder's name
    ("Kata Bupati Hartawan, Taman Kota Baru selesai bulan depan.", [("Hartawan", "Bupati", None)]),
    # a list of members: the first word is a member, not a place
    ("Hadir anggota DPRD Hartawan, Dewi Kartika dan Yosef Laban di Kebumen.",
     [("Hartawan", "Anggota DPRD", KEBUMEN), ("Dewi Kartika", "Anggota DPRD", KEBUMEN),
      ("Yosef Laban", "Anggota DPRD", KEBUMEN)]),
])
def test_one_word_stays_the_holder(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_an_electoral_district_closes_the_apposed_post() -> None:
    text = "Warga mengadu kepada H. Hartawan Wirasena, anggota DPRD Kebumen dari daerah pemilihan Gombong, kemarin."
    assert officials(text) == [("Hartawan Wirasena", "Anggota DPRD", KEBUMEN)]


@pytest.mark.parametrize("text", [
    "Hadir pula Bapak Hartawan Wirasena Bupati Kebumen serta para camat.",
    # a capitalised word before the address form is no part of the name
    "” Insyaallah Bapak Hartawan Wirasena Bupati Kebumen serta para camat juga hadir.",
])
def test_an_address_form_opens_a_name_written_before_its_position(text: str) -> None:
    assert officials(text) == [("Hartawan Wirasena", "Bupati", KEBUMEN)]


def test_a_name_before_a_position_needs_its_opening() -> None:
    """Without an address form, a rank or a speech word, a name run before a position is no holder's."""
    assert officials("Acara Hartawan Wirasena Bupati Kebumen serta para camat.") == []
