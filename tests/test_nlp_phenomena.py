"""Own articles covering phenomena of regional-government news (tests/fixtures/nlp/phenomena.jsonl).

Each article states only the facts it is about, and those exactly: ``visits``, ``regions`` and ``programs`` (each
the whole list), ``not_programs``, ``officials`` (name, position, region of every official found) with
``official_names`` (officials found whose position or region the text leaves open: the names together are the
whole list) and ``no_officials`` (names that must not be read).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp import Tagger

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "nlp" / "phenomena.jsonl"
ARTICLES = [json.loads(line) for line in FIXTURES.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_phenomenon(tagger: Tagger, article: dict) -> None:
    expected = article["expected"]
    result = tagger.extract(article)
    if "visits" in expected:
        got = sorted([v["visitor"], v["host"], v["date"], v["leader"], v["delegation_size"]]
                     for v in result["visits"])
        assert got == sorted(expected["visits"])
    if "regions" in expected:
        assert sorted(r["name"] for r in result["regions"]) == sorted(expected["regions"])
    programs = {p["name"] for p in result["programs"]}
    if "programs" in expected:
        assert programs == set(expected["programs"])
    assert not set(expected.get("not_programs", [])) & programs
    officials = [[o["name"], o["position"], o["region"]] for o in result["officials"]]
    if "officials" in expected or "official_names" in expected:
        named = {o[0] for o in expected.get("officials", [])}
        assert sorted(o for o in officials if o[0] in named) == sorted(expected.get("officials", []))
        assert {o[0] for o in officials} == named | set(expected.get("official_names", []))
    assert not {o[0] for o in officials} & set(expected.get("no_officials", []))


@pytest.mark.parametrize("text, expected", [
    ("Penyanyi itu tampil solo di panggung.", []),  # [case]: "Solo" only capitalised
    ("Rombongan tiba di Solo kemarin.", ["Kota Surakarta"]),
    ("Dia bernama Tala dan tinggal di desa.", []),  # [context]: only after a level word or title
    ("Bupati Tala Sukamta hadir.", ["Kabupaten Tanah Laut"]),
    ("Pemkab Tala menggelar acara.", ["Kabupaten Tanah Laut"]),
    ("KTT ASEAN digelar di Bali.", ["Provinsi Bali"]),
    ("Bupati KTT Ibrahim hadir.", ["Kabupaten Tana Tidung"]),
])
def test_alias_markers(tagger: Tagger, text: str, expected: list[str]) -> None:
    result = tagger.extract({"id": "m", "url": None, "title": None, "published": None, "text": text})
    assert [r["name"] for r in result["regions"]] == expected


def test_football_clubs_and_companies_are_no_regions(tagger: Tagger) -> None:
    text = "Pertandingan Persebaya Surabaya melawan Arema Malang berlangsung di Kota Surabaya. Semen Padang menonton."
    result = tagger.extract({"id": "c", "url": None, "title": None, "published": None, "text": text})
    assert [r["name"] for r in result["regions"]] == ["Kota Surabaya"]
