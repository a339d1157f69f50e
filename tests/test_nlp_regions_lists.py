"""Regions, round 21 (from the errors of train letter x, each checked on the older letters; our own sentences with
invented names): a province's namesake capital listed right before another province is the province, a district
named "Kota Anu" is no kota, "D.I Yogyakarta" without its last dot is the province, a region's seat named after another
region is the seat, "Papua" alone beside a province split from it is the land, not the province, and a kabupaten word
that opens another region's mention says nothing of a shared name after it; a name inside an outlet's name on a
dateline counts only when the article names it elsewhere."""

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


@pytest.mark.parametrize("text", [
    "Posyandu baru dibuka di Kecamatan Kota Sorong pada pekan kedua.",
    "Warga Kelurahan Kota Bima menanam mangrove di pesisir.",
])
def test_a_district_named_kota_anu_is_no_kota(text: str) -> None:
    assert names(text) == []


def test_di_yogyakarta_without_its_last_dot_is_the_province() -> None:
    assert names("Lokakarya literasi digelar di Sleman, D.I Yogyakarta, selama dua hari.") == [
        "Kabupaten Sleman", "Provinsi Daerah Istimewa Yogyakarta"]


@pytest.mark.parametrize("text", [
    "PANGKALAN KERINCI, WARTAKITA.COM - Dewan Kabupaten Pelalawan meninjau pasar ikan.",
    "Rombongan Kabupaten Pelalawan kembali ke Pangkalan Kerinci sore harinya.",
])
def test_a_seat_named_after_another_region_is_the_seat(text: str) -> None:
    assert names(text) == ["Kabupaten Pelalawan"]


def test_papua_written_alone_beside_a_province_split_from_it_is_the_land() -> None:
    assert names("Bibit sagu dari Papua dibagikan Pemerintah Provinsi Papua Selatan kepada petani.") == [
        "Provinsi Papua Selatan"]
    assert names("Delegasi Kota Jayapura dan Provinsi Papua Selatan membahas kopi dari Papua.") == [
        "Kota Jayapura", "Provinsi Papua", "Provinsi Papua Selatan"]


def test_papua_listed_beside_a_province_stays_the_province() -> None:
    assert names("Penari dari Papua, Maluku, dan Provinsi Papua Selatan tampil di festival itu.") == [
        "Provinsi Maluku", "Provinsi Papua", "Provinsi Papua Selatan"]


def test_a_kabupaten_word_opening_another_regions_mention_does_not_make_a_shared_name_the_kabupaten() -> None:
    assert names("Selasa lalu, Kabupaten Muna disambangi DPRD Malang guna belajar tata kelola irigasi.") == [
        "Kabupaten Muna", "Kota Malang"]
    assert names("Rapat DPRD Kabupaten setempat, Malang, membahas retribusi parkir.") == ["Kabupaten Malang"]


@pytest.mark.parametrize("text", [
    "GARDA MALUKU, BURU – Petani Kabupaten Buru memanen cengkih.",
    "BURU, Kabar Maluku – Petani Kabupaten Buru memanen cengkih.",
])
def test_a_name_inside_an_outlets_name_on_a_dateline_counts_only_when_named_elsewhere(text: str) -> None:
    assert names(text) == ["Kabupaten Buru"]
    assert names(text + " Hasilnya dijual ke pedagang di Maluku.") == ["Kabupaten Buru", "Provinsi Maluku"]


@pytest.mark.parametrize(("text", "province"), [
    ("Ampana, Sulteng (ANTARA) - Petani cengkih di Kabupaten Tojo Una-Una memanen hasil.", "Provinsi Sulawesi Tengah"),
    ("Menurut Budi, stok Jawa Tengah naik-turun sejak Mei.", "Provinsi Jawa Tengah"),
])
def test_an_agency_in_brackets_or_a_hyphenated_word_makes_no_outlet_name(text: str, province: str) -> None:
    assert province in names(text)
