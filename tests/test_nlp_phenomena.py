"""Own articles covering phenomena of regional-government news (tests/fixtures/nlp/phenomena.jsonl).

Each article states only the facts it is about: ``visits`` (exactly), ``programs`` (at least these),
``not_programs``, ``officials`` (at least these), ``official_names`` (names found, whatever their
position) and ``no_officials`` (names that must not be read).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp import Tagger

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "nlp" / "phenomena.jsonl"
ARTICLES = [json.loads(line) for line in FIXTURES.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger()


@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_phenomenon(tagger: Tagger, article: dict) -> None:
    expected = article["expected"]
    result = tagger.extract(article)
    if "visits" in expected:
        got = sorted([v["visitor"], v["host"], v["date"], v["leader"], v["delegation_size"]]
                     for v in result["visits"])
        assert got == sorted(expected["visits"])
    programs = {p["name"] for p in result["programs"]}
    if "programs" in expected:
        assert set(expected["programs"]) <= programs
        if not expected["programs"]:
            assert programs == set()
    assert not set(expected.get("not_programs", [])) & programs
    officials = [[o["name"], o["position"], o["region"]] for o in result["officials"]]
    for official in expected.get("officials", []):
        assert official in officials
    assert set(expected.get("official_names", [])) <= {o[0] for o in officials}
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
