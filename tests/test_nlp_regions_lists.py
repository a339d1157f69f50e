"""Regions in lists: a province's namesake capital listed right before another province is the province (not before
a province that is one city), and "Papua" listed beside a province stays the province. Our own sentences with invented
names."""

from __future__ import annotations

import pytest

from nlp.lexicon import load
from nlp.regions import RegionMatcher, resolve

LEX = load()
MATCHER = RegionMatcher(LEX)


def names(text: str) -> list[str]:
    mentions = MATCHER.find(text)
    resolve(mentions, LEX.regions, text)
    return sorted({LEX.regions[m.code].name for m in mentions})


@pytest.mark.parametrize(("text", "province"), [
    ("Para perajin anyaman belajar ke Jogja dan Kalbar bulan lalu.", "Provinsi Kalimantan Barat"),
    ("Kelompok tani itu menimba pengalaman di Yogyakarta dan Jawa Timur selama sepekan.", "Provinsi Jawa Timur"),
    ("Tamu festival datang dari Yogyakarta, Bali, dan Lampung.", "Provinsi Bali"),
])
def test_a_namesake_capital_listed_before_a_province_is_the_province(text: str, province: str) -> None:
    found = names(text)
    assert "Provinsi Daerah Istimewa Yogyakarta" in found and province in found
    assert "Kota Yogyakarta" not in found


def test_a_namesake_capital_listed_before_a_city_province_stays_the_city() -> None:
    found = names("Perpustakaan keliling itu sudah singgah di kota seperti Yogyakarta, Jakarta, dan Batam.")
    assert "Kota Yogyakarta" in found and "Provinsi Daerah Istimewa Yogyakarta" not in found


def test_papua_listed_beside_a_province_stays_the_province() -> None:
    assert names("Penari dari Papua, Maluku, dan Provinsi Papua Selatan tampil di festival itu.") == [
        "Provinsi Maluku", "Provinsi Papua", "Provinsi Papua Selatan"]
