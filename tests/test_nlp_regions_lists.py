"""Regions in lists: "Papua" listed beside a province stays the province. Our own sentences with invented names."""

from __future__ import annotations

from nlp.lexicon import load
from nlp.regions import RegionMatcher, resolve

LEX = load()
MATCHER = RegionMatcher(LEX)


def names(text: str) -> list[str]:
    mentions = MATCHER.find(text)
    resolve(mentions, LEX.regions, text)
    return sorted({LEX.regions[m.code].name for m in mentions})


def test_papua_listed_beside_a_province_stays_the_province() -> None:
    assert names("Penari dari Papua, Maluku, dan Provinsi Papua Selatan tampil di festival itu.") == [
        "Provinsi Maluku", "Provinsi Papua", "Provinsi Papua Selatan"]
