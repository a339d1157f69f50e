"""Visits in the phrasings of regional news that round 3 generalises to (sentences of our own)."""

from __future__ import annotations

from nlp import Tagger


def visits(tagger: Tagger, text: str, published: str | None = "2023-03-10", title: str | None = None) -> list:
    result = tagger.extract({"id": "v3", "url": None, "title": title, "published": published, "text": text})
    return sorted((v["visitor"], v["host"], v["date"], v["leader"], v["delegation_size"]) for v in result["visits"])


def test_consultation_between_councils_is_a_visit_without_a_learning_word(tagger: Tagger) -> None:
    text = ("Komisi I DPRD Kabupaten Wonosobo berkonsultasi ke DPRD Kabupaten Temanggung, Selasa (7/3). "
            "Rombongan diterima Wakil Ketua DPRD Temanggung, Hartono Wibisono.")
    assert visits(tagger, text) == [("Kabupaten Wonosobo", "Kabupaten Temanggung", "2023-03-07", None, None)]


def test_leader_whose_region_is_unwritten_leads_the_delegation(tagger: Tagger) -> None:
    text = ("Rombongan Pemkab Kebumen studi tiru ke Kabupaten Gunungkidul, Kamis (9/3). Rombongan yang dipimpin "
            "Asisten Administrasi Umum, Teguh Prasetyo, itu ingin belajar pengelolaan pasar desa.")
    assert visits(tagger, text) == [("Kabupaten Kebumen", "Kabupaten Gunungkidul", "2023-03-09", "Teguh Prasetyo",
                                     None)]
