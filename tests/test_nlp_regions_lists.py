"""Regions, round 21 (from the errors of train letter x, each checked on the older letters; our own sentences with
invented names): a province's namesake capital listed right before another province is the province, a district
named "Kota Anu" is no kota, and "D.I Yogyakarta" without its last dot is the province."""

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
    ("Para perajin anyaman belajar ke Jogja dan Jateng bulan lalu.", "Provinsi Jawa Tengah"),
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


@pytest.mark.parametrize("text", [
    "Posyandu baru dibuka di Kecamatan Kota Padang pada pekan kedua.",
    "Warga Kelurahan Kota Bima menanam mangrove di pesisir.",
])
def test_a_district_named_kota_anu_is_no_kota(text: str) -> None:
    assert names(text) == []


def test_di_yogyakarta_without_its_last_dot_is_the_province() -> None:
    assert names("Lokakarya literasi digelar di Sleman, D.I Yogyakarta, selama dua hari.") == [
        "Kabupaten Sleman", "Provinsi Daerah Istimewa Yogyakarta"]
