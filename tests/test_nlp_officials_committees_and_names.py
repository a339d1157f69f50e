"""Council committees and their members where the usual shape is missing: a committee's chair, deputy or
secretary written without its number takes the committee named before (and the names listed after him are its
members); a member told by the council or committee he comes from after his name ("dari DPRD X", "dari Komisi 4").
Names: a one-word nickname blended from a holder's full name is that holder.

Invented sentences only (names and places of convenience).
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials


@pytest.mark.parametrize("text, full", [
    ("Presiden Rangga Sudibyo meresmikan jembatan itu. Dalam sambutannya, Presiden Rangsu meminta warga merawatnya.",
     "Rangga Sudibyo"),
    ("Bupati Halim Marsono membuka pameran. Bupati Halma mengajak warga datang.", "Halim Marsono"),
])
def test_blended_nickname_is_the_full_name(text: str, full: str) -> None:
    assert [name for name, _, _ in officials(text)] == [full]


def test_blend_needs_two_letters_of_each_word() -> None:
    # "Ranggas" takes only one letter of "Sudibyo": no blend, another person
    got = [name for name, _, _ in officials("Presiden Rangga Sudibyo tiba. Presiden Ranggas menyusul kemudian.")]
    assert "Ranggas" in got


def test_unnumbered_committee_posts_take_the_committee_named_before() -> None:
    text = ("Komisi B DPRD Kota Tidore menggelar rapat kerja. Ketua Komisi Rasmini Hadijah membuka rapat itu, lalu "
            "Sekretaris Komisi Latif Bakri membacakan agenda.")
    got = officials(text)
    assert ("Rasmini Hadijah", "Ketua Komisi B DPRD", "Kota Tidore Kepulauan") in got
    assert ("Latif Bakri", "Sekretaris Komisi B DPRD", "Kota Tidore Kepulauan") in got


def test_unnumbered_committee_post_needs_a_committee_before() -> None:
    assert officials("Menurut Ketua Komisi Rasmini Hadijah, warga puas.") == []


def test_unnumbered_committee_post_needs_a_name_after() -> None:
    # another commission's chair, named after a council committee: no post of that committee
    text = "Komisi A DPRD Kota Bogor menggelar rapat kerja. Hadir pula Ketua Komisi Informasi Banyu Prasojo."
    assert [o for o in officials(text) if "Komisi A" in o[1]] == []


def test_members_listed_after_an_unnumbered_committee_post() -> None:
    text = ("Komisi III DPRD Kabupaten Paser meninjau bendungan. Sekretaris Komisi Latif Bakri, Wardah Sulaiman, "
            "Yosef Ndeta, dan Marlina Tuasikal menyusuri tanggulnya.")
    got = officials(text)
    assert ("Latif Bakri", "Sekretaris Komisi III DPRD", "Kabupaten Paser") in got
    for name in ("Wardah Sulaiman", "Yosef Ndeta", "Marlina Tuasikal"):
        assert (name, "Anggota Komisi III DPRD", "Kabupaten Paser") in got


def test_a_member_named_with_the_council_he_comes_from() -> None:
    text = "Jalan desa di sini mulus, ujar Rahmat Wijaya dari DPRD Kabupaten Solok. Rombongan lalu makan siang."
    assert officials(text) == [("Rahmat Wijaya", "Anggota DPRD", "Kabupaten Solok")]


def test_members_named_with_their_numbered_committee() -> None:
    text = ("Rombongan DPRD Kabupaten Paser dipimpin Sekda Latif Bakri, didampingi Wardah Sulaiman dari Komisi 1 "
            "dan Yosef Ndeta dari Komisi 4.")
    got = officials(text)
    assert ("Wardah Sulaiman", "Anggota Komisi I DPRD", "Kabupaten Paser") in got
    assert ("Yosef Ndeta", "Anggota Komisi IV DPRD", "Kabupaten Paser") in got


@pytest.mark.parametrize("text", [
    "Para peserta duduk. Sesudah itu Peserta dari Komisi I DPRD Kota Bogor berdiri.",
    "Peserta dari Komisi I DPRD Kota Bogor berdiri.",
    "Rombongan DPRD Kota Bogor tiba. Kunjungan rombongan asal Bali dari Komisi 1 itu singkat.",
    "Hal itu disampaikan Rahmat Wijaya dari Komisi 2 kepada wartawan.",  # a bare committee, no council named
])
def test_no_member_from_a_common_word_or_place(text: str) -> None:
    assert officials(text) == []


@pytest.mark.parametrize("text, expected", [
    # the bill's words up to the comma, then the holder
    ("Ketua Pansus Raperda Pasar Rakyat, Rina Kusuma Larasati, berkata studi itu berguna bagi dewan.",
     ("Rina Kusuma Larasati", "Ketua Pansus DPRD", None)),
    ("Ketua Pansus Raperda perlindungan sawah abadi, H Banyu Prasojo, berkata rombongan pulang Jumat.",
     ("Banyu Prasojo", "Ketua Pansus DPRD", None)),
    # the bill's words up to "DPRD", then the council's region and the holder
    ("Hal itu dijelaskan Ketua Pansus Ranperda tentang Tata Ruang DPRD Kabupaten Wajo Joren Aaslund di Sengkang.",
     ("Joren Aaslund", "Ketua Pansus DPRD", "Kabupaten Wajo")),
    # the committee written out with its short form in brackets
    ("Anggota Panitia Khusus (Pansus) Raperda Penataan Pasar, Dewi Kartika, berkata rombongan pulang Jumat.",
     ("Dewi Kartika", "Anggota Pansus DPRD", None)),
    ("Sekretaris Panitia Khusus (Pansus) DPRD Wajo, Dewi Kartika, berkata rombongan pulang Jumat.",
     ("Dewi Kartika", "Sekretaris Pansus DPRD", "Kabupaten Wajo")),
])
def test_a_special_committees_bill_before_its_holder(text: str, expected: tuple) -> None:
    assert officials(text) == [expected]


@pytest.mark.parametrize("text", [
    "Dewi Kartika, dulu Sekretaris Panitia Khusus Rancangan Perda Pasar Rakyat, menilai aturan itu perlu. Ketua Pansus "
    "Raperda Pasar Ikan, Joren Aaslund, setuju.",
    "Dewi Kartika, kini Anggota Panitia Khusus Pokok Aturan Rakyat, menilai aturan itu perlu. Ketua Pansus "
    "Raperda Pasar Ikan, Joren Aaslund, setuju.",
])
def test_a_special_committees_bill_or_topic_is_no_holder(text: str) -> None:
    names = [name for name, _, _ in officials(text)]
    assert "Joren Aaslund" in names
    assert not any(name.split()[0] in ("Rancangan", "Pokok") for name in names)
