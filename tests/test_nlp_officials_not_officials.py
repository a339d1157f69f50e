"""What holds no post: streets and buildings named after an office, plural posts, bodies and groups, places and words
taken for names, spouses' posts (no public office).

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials


@pytest.mark.parametrize("text", [
    "Rombongan berkumpul di Jalan Gubernur Suryo Kota Madiun.",
    "Rombongan melintas di Jl. Bupati Sulaiman sebelum tiba.",
    "Hadir pula para petinggi Bawaslu RI dan KPU dalam acara itu.",
])
def test_streets_and_plural_posts_hold_no_one(text: str) -> None:
    assert officials(text) == []


def test_spouses_posts_are_no_public_office(tagger) -> None:
    # found (so that the wife is not taken for another post's holder), then left out of the result
    text = ("Wali Kota Madiun Tulebo Arkanis hadir bersama Ketua TP PKK Kota Madiun Ny. Rina Tulebo Arkanis dan Ketua "
            "Dekranasda Kota Madiun Ani Lestariana.")
    assert officials(text) == [("Tulebo Arkanis", "Wali Kota", "Kota Madiun"),
                               ("Rina Tulebo Arkanis", "Ketua Tim Penggerak PKK", "Kota Madiun"),
                               ("Ani Lestariana", "Ketua Dekranasda", "Kota Madiun")]
    result = tagger.extract({"id": "pkk", "url": None, "title": None, "published": "2024-05-02", "text": text})
    assert [(o["name"], o["position"]) for o in result["officials"]] == [("Tulebo Arkanis", "Wali Kota")]


@pytest.mark.parametrize("text", [
    # a "name" written elsewhere as a place is a place the gazetteer lacks
    "Bupati dan Wakil Bupati Hulu Seberang menjajaki Kota Madiun. Pariwisata masih baru di Hulu Seberang.",
    # bays, islands, associations and village staff start no name
    "Kepala KSOP Teluk Lamong, Pimpinan Instansi Vertikal, dan Bupati Ngawi hadir.",
    "Peserta meliputi Kepala Desa, Perangkat Desa, BPD, dan RT.",
    # a directorate's ministry in short is no name; headline verbs in a "Baca juga" line
    "Desa itu ditetapkan Dirjen Otda Kemdagri sebagai pilot project.",
    "Desa itu ditetapkan Dirjen Otda Kemkes sebagai pilot project.",
    "Baca Juga: Bupati Ngawi Soroti Penyerapan Dana Desa",
])
def test_places_and_words_are_no_names(text: str) -> None:
    assert officials(text) == []


@pytest.mark.parametrize("text, expected", [
    # an office building's town after a comma is no holder
    ("Acara digelar di Ruang Pola Kantor Bupati Ngawi, Paron, Senin.", []),
    # a short form written in brackets elsewhere is an abbreviation or a nickname, not another person
    ("Gubernur Jawa Timur (Gubjatim) hadir. Menurut Gubernur Gubjatim, acara itu penting.", []),
    ("Presiden Bonte Galis (Bonte) hadir. Presiden Bonte menyapa warga.", [("Bonte Galis", "Presiden", None)]),
    # an office in capitals is no name; a conjunction opening a sentence neither
    ("Sekretaris Dinas Kesehatan Kota Madiun BPPKAD hadir.", []),
    ("Rombongan diterima Ketua DPRD Kota Madiun. Walau demikian, rapat berjalan.", []),
])
def test_buildings_abbreviations_and_words_are_no_holders(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    "Acara dihadiri Sekretaris Daerah Kabupaten Ngawi, Forkopimda, dan pimpinan OPD.",
    "Itu kewenangan Provinsi, Kemendagri, Menpan RB, katanya.",
    "Komisi C DPRD Kota Madiun Kunjungi Ngawi",
])
def test_bodies_and_groups_are_no_names(text: str) -> None:
    assert officials(text) == []
