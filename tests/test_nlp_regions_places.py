"""Regions: a name that spells a region but stands for another place: a district named "Kota Anu", a region's seat
named after another region ("Pangkalan Kerinci"), "Papua" alone beside a province split from it (the land, unless a
region still inside Papua is named, or it stands listed beside another province). Our own sentences with invented
names."""

from __future__ import annotations

import pytest
from nlp_helpers import region_names as names


@pytest.mark.parametrize("text", [
    "Posyandu baru dibuka di Kecamatan Kota Sorong pada pekan kedua.",
    "Warga Kelurahan Kota Bima menanam mangrove di pesisir.",
])
def test_a_district_named_kota_anu_is_no_kota(text: str) -> None:
    assert names(text) == []


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


def test_a_route_of_travel_still_names_its_towns() -> None:
    assert names("Penerbangan rute Sorong-Manokwari dibuka kembali pekan ini.") == ["Kabupaten Manokwari",
                                                                                  "Kota Sorong"]


def test_a_river_named_after_a_town_names_no_region() -> None:
    assert names("Sawah di tepi Bengawan Solo kembali terendam air.") == []


@pytest.mark.parametrize("text", [
    "Usulan pemekaran Kabupaten Jepara Selatan dibahas dewan provinsi pekan ini.",
    "Pansus calon daerah otonom baru Nabire Timur dan Jepara Selatan mulai bekerja.",
])
def test_a_compass_word_after_a_name_that_ends_no_region_is_another_unit(text: str) -> None:
    # round 38: a proposed region, a district or a company named after the region, not the region itself
    assert names(text) == []


def test_a_compass_word_after_another_spelling_takes_the_longer_region() -> None:
    assert names("Rombongan Kabupaten Bolaangmongondow Timur tiba di Kabupaten Kebumen.") == [
        "Kabupaten Bolaang Mongondow Timur", "Kabupaten Kebumen"]


def test_a_compass_word_that_ends_a_region_or_a_district_head_keeps_the_region() -> None:
    assert names("Rombongan Kabupaten Lampung Timur dan Kota Jakarta Selatan tiba di Kabupaten Kebumen.") == [
        "Kabupaten Kebumen", "Kabupaten Lampung Timur", "Kota Administrasi Jakarta Selatan"]
    assert names("Camat Klaten Utara menyambut tamu dari Kabupaten Sragen.") == ["Kabupaten Klaten",
                                                                               "Kabupaten Sragen"]
    assert names("Warga Jepara Selatan menanam pohon bersama Pemkab Jepara.") == ["Kabupaten Jepara"]


@pytest.mark.parametrize("text", [
    "Wakil Ketua Komisi, Rusmanto Batubara, memimpin rombongan ke Kabupaten Kebumen.",
    "Truk pengangkut Batubara melintas setiap malam di jalan Kabupaten Kebumen.",
])
def test_a_weak_two_word_name_written_joined_is_as_weak(text: str) -> None:
    # round 39: "Batubara" is a clan name and the word for coal, as "Batu Bara" is (weak_name rows)
    assert names(text) == ["Kabupaten Kebumen"]


def test_a_weak_name_written_joined_with_its_level_word_stays_the_region() -> None:
    assert names("Pemkab Batubara menyambut tamu dari Kabupaten Kebumen.") == ["Kabupaten Batu Bara",
                                                                            "Kabupaten Kebumen"]


@pytest.mark.parametrize("text", [
    "Bupati Sleman I Nyoman Tabanan memimpin rombongan ke Kabupaten Kebumen.",
    "Wakil Bupati Sleman Ni Komang Buleleng memimpin rombongan ke Kabupaten Kebumen.",
])
def test_a_balinese_name_ending_with_a_region_word_is_a_person(text: str) -> None:
    # round 39: "I" and "Ni" open a Balinese name as an honorific opens others ("Drs. Anu Samosir")
    assert names(text) == ["Kabupaten Kebumen", "Kabupaten Sleman"]


def test_a_roman_numeral_i_before_a_word_opens_no_name() -> None:
    # round 39: "I" opens a Balinese name only before a birth-order or caste name (official_words.csv balinese)
    assert names("Peserta Angkatan I Diklat Sleman berkunjung ke Kabupaten Kebumen.") == ["Kabupaten Kebumen",
                                                                                          "Kabupaten Sleman"]


@pytest.mark.parametrize("text", [
    "Peserta Balai Diklat Keagamaan Palembang berkunjung ke Kabupaten Kebumen.",
    "Kepala Balai Pendidikan dan Pelatihan Keagamaan Palembang membuka kunjungan di Kabupaten Kebumen.",
])
def test_the_ministry_of_religions_training_hall_names_no_region(text: str) -> None:
    # round 39: a national hall standing in a city (org_head row "keagamaan"), as "Pusdiklat ... X"
    assert names(text) == ["Kabupaten Kebumen"]


@pytest.mark.parametrize("text", [
    "Pemerintah Kabupaten Kebumen mencatat, di dusun itu hidup suku Dayak, Melayu dan Palembang berdampingan.",
    "Di pasar itu berbaur pedagang Palembang, Sasak dan Betawi, kata Bupati Kebumen.",
    "Kampung kecil di Kabupaten Kebumen ini dihuni pendatang Bugis dan Pontianak sejak lama.",
])
def test_a_name_listed_beside_a_peoples_name_is_a_people(text: str) -> None:
    # round 41: a people's name that is no region's (region_words.csv kind people) makes the bare names listed
    # beside it peoples too, at any level
    assert names(text) == ["Kabupaten Kebumen"]


def test_a_peoples_word_ending_a_longer_name_opens_no_list() -> None:
    # round 41: "Selat Sunda" is the strait, so the city listed after it stays
    assert "Kota Cilegon" in names("Kapal feri melintasi Selat Sunda, Cilegon dan Merak, kata Bupati Kebumen.")


@pytest.mark.parametrize("text", [
    "Rombongan Pemkab Kebumen belajar ke Bandung dan Jawa Timur, lalu ke Makassar dan Jawa.",
    "Pembeli kopi Kebumen datang dari Jawa, Bandung dan Makassar.",
])
def test_the_island_of_java_is_no_peoples_list(text: str) -> None:
    # round 41 review: "Jawa" is far more often the island than the people; the island's list holds provinces
    # only, so a city listed beside it stays
    assert {"Kota Bandung", "Kota Makassar"} <= set(names(text))
