"""Visits told by a headline without "ke": "DPRD A Studi Banding DPRD B", "Pemkab A Studi Tiru Pemkot B"."""

from __future__ import annotations

from nlp import Tagger


def _visits(title: str, text: str) -> set[tuple[str, str]]:
    result = Tagger(profile="free").extract({"id": "t", "title": title, "text": text})
    return {(v["visitor"], v["host"]) for v in result["visits"]}


BODY = "Rombongan melakukan studi banding soal tata kelola pasar, Senin (1/12/2025), dan diterima Sekretaris DPRD."


def test_council_studies_council_without_ke():
    assert _visits("DPRD Kabupaten Wajo Studi Banding DPRD Kota Madiun", BODY) == {("Kabupaten Wajo", "Kota Madiun")}


def test_government_studies_government_without_ke():
    assert _visits("Pemkab Wajo Studi Tiru Pemkot Madiun", BODY) == {("Kabupaten Wajo", "Kota Madiun")}


def test_the_delegation_after_a_receiving_verb_stays_the_visitor():
    # "Pemkot B Sambut Studi Banding DPRD A": the body after the study is the delegation, as before
    assert _visits("Pemkot Madiun Sambut Studi Banding DPRD Wajo", BODY) == {("Kabupaten Wajo", "Kota Madiun")}
