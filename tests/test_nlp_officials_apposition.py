"""Officials in apposition (round 11): a town the gazetteer lacks, written elsewhere in the text as a place, between
a single holder's title and his fuller name ("Wali Kota Lindevik, Marten Aaslund, salah satu tamu ... ke
Lindevik"), an electoral district closing an apposed post, and a name written before its position after an address
form ("Bapak Banyu Prasojo Gubernur X").

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials

KEBUMEN = "Kabupaten Kebumen"


@pytest.mark.parametrize("text, expected", [
    # a town abroad (one word the gazetteer lacks, written as a place elsewhere), then the holder's name in
    # apposition and a lower-case clause
    ("Wali Kota Lindevik, Marten Aaslund, salah satu tamu, memuji pasar itu. Rombongan lalu terbang ke Lindevik.",
     [("Marten Aaslund", "Wali Kota", None)]),
    ("Dari Varnholm datang kabar baik. Gubernur Varnholm, Dr. Elsa Brandvik, menerima rombongan dari Kebumen.",
     [("Elsa Brandvik", "Gubernur", None)]),
])
def test_a_town_the_gazetteer_lacks_then_the_holder(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, holder", [
    # a clause after the comma: the one word is the holder's name
    ("Kata Bupati Sutarno, Taman Kota Baru selesai bulan depan.", ("Sutarno", "Bupati")),
    # the one word is nowhere written as a place: it is the holder, the name after the comma someone else
    ("Rombongan diterima Bupati Sutarno, Dewi Kartika selaku ketua panitia, dan para camat.",
     ("Sutarno", "Bupati")),
    ("Kata Bupati Sutarno, Dewi Kartika sudah dua kali datang.", ("Sutarno", "Bupati")),
    ("Menurut Gubernur Sutarno, Dewi Kartika layak menerima penghargaan.", ("Sutarno", "Gubernur")),
    ("Wakil Wali Kota Sutarno, Hartawan Wirasena mengatakan kota itu siap.", ("Sutarno", "Wakil Wali Kota")),
    ("Sekda Sutarno, Dewi Kartika selaku Kabag Umum, dan Yosef Laban hadir di Kebumen.",
     ("Sutarno", "Sekretaris Daerah")),
    # a town written once, never after a preposition: still no place
    ("Wali Kota Lindevik, Marten Aaslund, salah satu tamu, memuji pasar itu.", ("Lindevik", "Wali Kota")),
])
def test_one_word_stays_the_holder(text: str, holder: tuple[str, str]) -> None:
    found = officials(text)
    assert found[0][:2] == holder
    assert not any(position == holder[1] and name != holder[0] for name, position, _ in found)


def test_a_list_of_members_after_one_word() -> None:
    """A list of members: the first word is a member, not a place."""
    assert officials("Hadir anggota DPRD Hartawan, Dewi Kartika dan Yosef Laban di Kebumen.") == [
        ("Hartawan", "Anggota DPRD", KEBUMEN), ("Dewi Kartika", "Anggota DPRD", KEBUMEN),
        ("Yosef Laban", "Anggota DPRD", KEBUMEN)]


def test_an_electoral_district_closes_the_apposed_post() -> None:
    text = "Warga mengadu kepada H. Hartawan Wirasena, anggota DPRD Kebumen dari daerah pemilihan Gombong, kemarin."
    assert officials(text) == [("Hartawan Wirasena", "Anggota DPRD", KEBUMEN)]


def test_an_address_form_opens_a_name_written_before_its_position() -> None:
    assert officials("Hadir pula Bapak Hartawan Wirasena Bupati Kebumen serta para camat.") == [
        ("Hartawan Wirasena", "Bupati", KEBUMEN)]


@pytest.mark.parametrize("text", [
    "Acara Hartawan Wirasena Bupati Kebumen serta para camat.",
    # "Ibu" in a program's name ("ibu menyusui", "ibu hamil"), one word after it: no name
    "Sosialisasi Gizi Ibu Menyusui Wakil Bupati Kebumen digelar di aula.",
    "Program Kelas Ibu Hamil Bupati Kebumen diluncurkan di pendopo.",
])
def test_no_name_before_the_position(text: str) -> None:
    """Without an address form, a rank or a speech word, or with one word after "Ibu", no holder is read before."""
    assert officials(text) == []
