"""Officials in the phrasings of ordinary regional news (round 5): council members known by their party,
commissions joined in one post, bodies "diketuai" by their chair.

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest

from nlp.officials import longest_names, merge_officials
from nlp.pipeline import components
from nlp.regions import resolve

PARTS = components()


def officials(text: str) -> list[tuple[str, str, str | None]]:
    mentions = resolve(PARTS.regions.find(text), PARTS.lexicon.regions, text)
    found = merge_officials(PARTS.officials.find(text, mentions))
    longest_names(text, found, PARTS.officials)
    return [(o.name, o.position, PARTS.lexicon.regions[o.region].name if o.region else None) for o in found]


@pytest.mark.parametrize("text, expected", [
    # a faction or party after each name marks a council member of the council named before
    ("Rombongan DPRD Ngawi tiba di Madiun. Ia merinci, yang berangkat adalah Wirangga Pelu dari Fraksi Gerindra, "
     "Bonte Galis (F Golkar), Sekar Nirmala (F-PKB) dan Laras Ambarwati (Fraksi Demokrat).",
     [("Wirangga Pelu", "Anggota DPRD", "Kabupaten Ngawi"), ("Bonte Galis", "Anggota DPRD", "Kabupaten Ngawi"),
      ("Sekar Nirmala", "Anggota DPRD", "Kabupaten Ngawi"), ("Laras Ambarwati", "Anggota DPRD", "Kabupaten Ngawi")]),
    # a national party's name alone in brackets; the electoral district
    ("Anggota DPRD Kota Madiun yang hadir: Bonte Galis (Golkar), Sekar Nirmala (PKS), dan Laras Ambarwati (Dapil 3).",
     [("Bonte Galis", "Anggota DPRD", "Kota Madiun"), ("Sekar Nirmala", "Anggota DPRD", "Kota Madiun"),
      ("Laras Ambarwati", "Anggota DPRD", "Kota Madiun")]),
    # members of the national parliament's commission: no region
    ("Rombongan Komisi V DPR RI tiba di Ngawi. Dalam rombongan tersebut terlihat Hj Sekar Nirmala dari Fraksi "
     "Partai Amanat Nasional (PAN) dan Bonte Galis (Fraksi Partai Demokrat).",
     [("Sekar Nirmala", "Anggota Komisi V DPR RI", None), ("Bonte Galis", "Anggota Komisi V DPR RI", None)]),
    # a position written beside the name stays the person's position
    ("Ketua Komisi II DPRD Ngawi Wirangga Pelu (F-PKB) menerima tamu.",
     [("Wirangga Pelu", "Ketua Komisi II DPRD", "Kabupaten Ngawi")]),
])
def test_council_members_known_by_their_party(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    # a party's own long name before its acronym is no person
    "Kader Partai Amanat Nasional (PAN) di Ngawi menggelar rapat.",
    # a word in brackets that names no party, or a party man outside any council's sentence
    "Warga Ngawi, Bonte Galis (45), menyambut baik bantuan itu.",
    "Pengusaha Bonte Galis dari Partai Golkar membuka toko baru di Ngawi.",
])
def test_no_member_without_a_council(text: str) -> None:
    assert officials(text) == []


@pytest.mark.parametrize("text, expected", [
    # commissions joined by "dan" or commas share one post
    ("Pimpinan serta anggota Komisi I dan IV DPRD Ngawi turut dalam rombongan, di antaranya Wirangga Pelu, "
     "Bonte Galis, H. Laras Ambarwati, dan beberapa lainnya.",
     [("Wirangga Pelu", "Anggota Komisi I dan IV DPRD", "Kabupaten Ngawi"),
      ("Bonte Galis", "Anggota Komisi I dan IV DPRD", "Kabupaten Ngawi"),
      ("Laras Ambarwati", "Anggota Komisi I dan IV DPRD", "Kabupaten Ngawi")]),
    ("Anggota Komisi A, B, dan C DPRD Kota Madiun Sekar Nirmala menyambut tamu.",
     [("Sekar Nirmala", "Anggota Komisi A, B, dan C DPRD", "Kota Madiun")]),
])
def test_commissions_joined_in_one_post(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "<body> diketuai <name>": the body's chair; a field of the commission may come between
    ("Komisi I DPRD Ngawi diketuai H Wirangga Pelu, dan Komisi III Bidang Pembangunan dan Infrastruktur diketuai "
     "Bonte Galis.",
     [("Wirangga Pelu", "Ketua Komisi I DPRD", "Kabupaten Ngawi"),
      ("Bonte Galis", "Ketua Komisi III DPRD", "Kabupaten Ngawi")]),
    ("Bapemperda DPRD Kota Madiun yang diketuai oleh Sekar Nirmala menerima rombongan.",
     [("Sekar Nirmala", "Ketua Bapemperda DPRD", "Kota Madiun")]),
    # a committee "diketuai" by a position is no name
    ("Komisi II DPRD Ngawi diketuai Wakil Ketua DPRD.", []),
])
def test_a_body_chaired_by(text: str, expected: list) -> None:
    assert officials(text) == expected
