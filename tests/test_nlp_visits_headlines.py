"""Headlines and "Baca juga" lines: a headline's verb of going, its host receiving, two councils or governments
without "ke" ("DPRD A Studi Banding DPRD B", "Pemkab A Studi Tiru Pemkot B"), a read-also line pairing only within
itself, a head named only in one.

Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import facts, pairs

from nlp import Tagger


def test_a_headline_naming_two_councils_without_ke_gives_no_reversed_visit(tagger: Tagger) -> None:
    text = ("DPRD Wonogiri Studi Banding DPRD Gianyar\n\nWONOGIRI - Rombongan Komisi A DPRD Kabupaten Wonogiri "
            "bertandang ke DPRD Kabupaten Gianyar, Selasa (19/3). Mereka mempelajari tata kelola pariwisata desa.")
    assert ("Kabupaten Gianyar", "Kabupaten Wonogiri") not in pairs(tagger, text)


def test_a_head_named_only_in_a_read_also_line_does_not_lead(tagger: Tagger) -> None:
    text = ("Dalam studi tiru ke Kota Bitung itu, Sekda Kabupaten Wajo Teguh Prasetyo bersama Ketua TP PKK Wajo Sri "
            "Handayani memimpin rombongan mewakili Bupati Wajo, Selasa (7/3).\nBaca Juga: Bupati Wajo Andi Rahman "
            "Berkunjung ke Pasar Desa\nRombongan diterima Sekda Bitung, Gilang Kusumajati.")
    assert [(v[0], v[1], v[3]) for v in facts(tagger, text)] == [("Kabupaten Wajo", "Kota Bitung",
                                                                 "Teguh Prasetyo")]


@pytest.mark.parametrize("text, expected", [
    ("DPRD Kabupaten Klaten Sambut Kunker DPRD Kota Bitung. Rombongan tiba Senin (6/3).",
     [("Kota Bitung", "Kabupaten Klaten", "2023-03-06", None, None)]),
    ("Pj Wali Kota Madiun Terima Studi Banding Pemkab Wajo. Rombongan Pemkab Wajo dipimpin Asisten II Banyu Prasojo.",
     [("Kabupaten Wajo", "Kota Madiun", None, "Banyu Prasojo", None)]),
])
def test_headline_host_receiving_a_trip_is_no_visitor(tagger: Tagger, text: str, expected: list) -> None:
    assert facts(tagger, text) == expected


@pytest.mark.parametrize("title, text", [
    ("Bamus DPRD Kabupaten Wajo Kunjungi DPRD Kota Madiun",
     "Wakil Ketua DPRD Kota Madiun Banyu Prasojo membuka pertemuan silaturrahmi dengan Badan Musyawarah DPRD Kabupaten "
     "Wajo, Senin (13/5)."),
    ("Pansus DPRD Kabupaten Wajo Sambangi DPRD Kota Madiun",
     "Pertemuan itu membahas tata tertib dewan, kata Ketua DPRD Kota Madiun Banyu Prasojo, Senin (13/5)."),
])
def test_a_headline_verb_of_going_opens_the_search(tagger: Tagger, title: str, text: str) -> None:
    result = tagger.extract({"id": "t", "url": None, "title": title, "published": "2024-05-14", "text": text})
    assert [(v["visitor"], v["host"]) for v in result["visits"]] == [("Kabupaten Wajo", "Kota Madiun")]


def test_a_read_also_line_pairs_only_within_itself(tagger: Tagger) -> None:
    text = ("Rombongan Pemkab Wajo studi banding ke Kota Semarang, Selasa (7/3).\nBaca Juga: Pemkot Bitung Studi "
            "Tiru Layanan Darurat ke Kota Padang\nRombongan diterima Sekda Kota Semarang.")
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Semarang"), ("Kota Bitung", "Kota Padang")]


BODY = "Rombongan melakukan studi banding soal tata kelola pasar, Senin (1/12/2025), dan diterima Sekretaris DPRD."


def test_council_studies_council_without_ke(tagger):
    found = pairs(tagger, BODY, title="DPRD Kabupaten Wajo Studi Banding DPRD Kota Madiun")
    assert found == [("Kabupaten Wajo", "Kota Madiun")]


def test_government_studies_government_without_ke(tagger):
    found = pairs(tagger, BODY, title="Pemkab Wajo Studi Tiru Pemkot Madiun")
    assert found == [("Kabupaten Wajo", "Kota Madiun")]


def test_the_delegation_after_a_receiving_verb_stays_the_visitor(tagger):
    # "Pemkot B Sambut Studi Banding DPRD A": the body after the study is the delegation, as before
    found = pairs(tagger, BODY, title="Pemkot Madiun Sambut Studi Banding DPRD Wajo")
    assert found == [("Kabupaten Wajo", "Kota Madiun")]


def test_a_body_sentence_of_the_same_shape_is_no_headline(tagger):
    # in a sentence of the body the study names no host without "ke" (here it is criticised)
    found = pairs(tagger, "Ketua DPRD Kabupaten Pati mengkritik Pemkab Wajo studi tiru Pemkot Madiun yang tidak jelas "
                          "hasilnya.", title="Pati Kritik Studi Tiru")
    assert ("Kabupaten Wajo", "Kota Madiun") not in found


def test_a_headline_ending_with_the_study_hosts_no_dateline(tagger):
    # the headline stops at the study; the region opening the body on the next line (a dateline) hosts nothing
    found = pairs(tagger, "Kota Bitung, Senin (1/12/2025) - Rombongan itu kemudian belajar ke Kabupaten Pati soal "
                          "pengelolaan pasar.", title="DPRD Kabupaten Wajo Studi Banding")
    assert found == [("Kabupaten Wajo", "Kabupaten Pati")]


def test_a_bare_name_after_the_study_is_no_body_studied(tagger):
    # "Studi Banding Kota B" with no government word: not this rule's shape (other rules decide)
    found = pairs(tagger, "Ketua DPRD Kabupaten Pati menyebut studi banding Kota Madiun kerap ditiru.",
                  title="Ketua DPRD Pati Bicara Pasar")
    assert ("Kabupaten Pati", "Kota Madiun") not in found
