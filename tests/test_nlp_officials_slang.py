"""Officials in regional-office and council slang: an office between position and holder, councils called by
their level, typed heads without their unit, members listed after "anggotanya" or after a council's personnel.

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials


@pytest.mark.parametrize("text, expected", [
    # a secretariat between position and holder, with no region after it
    ("Tamu disambut Asisten Ekobang Setda Wulan Prameswari di pendopo Ngawi.",
     [("Wulan Prameswari", "Asisten Ekonomi dan Pembangunan", "Kabupaten Ngawi")]),
    # "Setkab", "Setkot": a secretariat before the region
    ("Hal itu dikatakan Kepala Bagian Umum Setkab Ngawi, Wulan Prameswari, kepada wartawan.",
     [("Wulan Prameswari", "Kepala Bagian Umum", "Kabupaten Ngawi")]),
    # "Dekab" / "Dekot": the council by its level
    ("Ketua Dekab Ngawi, Dodi Haryanto, menyampaikan kiat.", [("Dodi Haryanto", "Ketua DPRD", "Kabupaten Ngawi")]),
    # fields of a bureau or section joined by "dan"
    ("Di Ngawi hadir Kabag Penganggaran dan Pengawasan, Rina Kartika.",
     [("Rina Kartika", "Kepala Bagian Penganggaran dan Pengawasan", "Kabupaten Ngawi")]),
    # a typed head without its unit, its holder after a comma
    ("Rombongan DPUPR Kabupaten Ngawi dipimpin Sekretaris Dinas, Dodi Haryanto, bersama staf.",
     [("Dodi Haryanto", "Sekretaris Dinas Pekerjaan Umum dan Penataan Ruang", "Kabupaten Ngawi")]),
    ("Rombongan dipimpin Sekretaris Dinas, Dodi Haryanto, bersama staf.",
     [("Dodi Haryanto", "Sekretaris Dinas", None)]),
    ("Mewakili Kepala Dinas Pendidikan Ngawi, sekretaris Dinas, Budi Santoso mengaku bahagia.",
     [("Budi Santoso", "Sekretaris Dinas Pendidikan", "Kabupaten Ngawi")]),
])
def test_offices_and_councils_in_slang(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_members_listed_after_anggotanya() -> None:
    text = ("Rombongan DPRD Ngawi yang dipimpin Wakil Ketua DPRD Surono, bersama anggotanya Drs. Dodi Haryanto, "
            "Wulan Sari, dan H. Bagas Wirotomo, disambut di Madiun.")
    assert officials(text) == [("Surono", "Wakil Ketua DPRD", "Kabupaten Ngawi"),
                               ("Dodi Haryanto", "Anggota DPRD", "Kabupaten Ngawi"),
                               ("Wulan Sari", "Anggota DPRD", "Kabupaten Ngawi"),
                               ("Bagas Wirotomo", "Anggota DPRD", "Kabupaten Ngawi")]


def test_anggotanya_needs_a_list() -> None:
    text = "Rombongan DPRD Ngawi dipimpin Wakil Ketua DPRD Surono bersama anggotanya Dodi Haryanto tiba."
    assert officials(text) == [("Surono", "Wakil Ketua DPRD", "Kabupaten Ngawi")]


def test_a_council_committee_personnel_listed() -> None:
    text = ("Dipimpin Ketua Komisi I DPRD Kota Madiun, Budi Santoso, para personil Komisi I yakni Rina Kartika, "
            "Dodi Haryanto dan Wulan Prameswari berdialog.")
    assert officials(text) == [("Budi Santoso", "Ketua Komisi I DPRD", "Kota Madiun"),
                               ("Rina Kartika", "Anggota Komisi I DPRD", "Kota Madiun"),
                               ("Dodi Haryanto", "Anggota Komisi I DPRD", "Kota Madiun"),
                               ("Wulan Prameswari", "Anggota Komisi I DPRD", "Kota Madiun")]


@pytest.mark.parametrize("text, expected", [
    # "wakilnya": the deputy of the post named before
    ("Tamu disambut Bupati Ngawi Tarno Wicaksono SE MM beserta wakilnya H Lutfi Darmadi ST MH di ruang kerja.",
     [("Tarno Wicaksono", "Bupati", "Kabupaten Ngawi"), ("Lutfi Darmadi", "Wakil Bupati", "Kabupaten Ngawi")]),
    ("Rombongan dipimpin Ketua DPRD Ngawi I Wayan Sudira yang didampingi dua wakilnya, I Nyoman Weda dan "
     "I Made Rakta.", [("I Wayan Sudira", "Ketua DPRD", "Kabupaten Ngawi"),
                         ("I Nyoman Weda", "Wakil Ketua DPRD", "Kabupaten Ngawi"),
                         ("I Made Rakta", "Wakil Ketua DPRD", "Kabupaten Ngawi")]),
    # a post without a deputy title takes none
    ("Kepala Dinas Kesehatan Ngawi Budi beserta wakilnya Ani hadir.",
     [("Budi", "Kepala Dinas Kesehatan", "Kabupaten Ngawi")]),
])
def test_deputies_after_wakilnya(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rank or address form opens a name written before its position, with no comma
    ("Bupati Ngawi menerima tamu yang didampingi Letkol Ardi Santoso Dandim 0805 Ngawi di ruang kerjanya.",
     [("Ardi Santoso", "Komandan Distrik Militer", None)]),
    # a faction closes an apposition
    ("Di Ngawi, hal senada diutarakan Gatra Wiloso, anggota DPRD Fraksi PKB. Menurutnya, kunjungan itu penting.",
     [("Gatra Wiloso", "Anggota DPRD", "Kabupaten Ngawi")]),
    # an office acronym after a typed secretary
    ("Sekretaris Dinas PUPRKP Kabupaten Ngawi, Rina Kartika, menyambut rombongan.",
     [("Rina Kartika", "Sekretaris Dinas PUPRKP", "Kabupaten Ngawi")]),
    # "anggota dewan": a council member
    ("Anggota dewan kabupaten Madiun Dodi Haryanto menambahkan penjelasan.",
     [("Dodi Haryanto", "Anggota DPRD", "Kabupaten Madiun")]),
    # a headline verb doubled with a hyphen is no name
    ("Anggota Dewan Beramai-ramai Kunker ke Madiun", []),
])
def test_names_before_positions_and_council_words(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_place_word_before_a_member_list() -> None:
    # "Tuba" is a place the gazetteer leaves out; the listed names after "di antaranya" hold the post
    text = ("Di Ngawi, anggota Komisi I DPRD Tuba turut dalam rombongan, di antaranya Sarwo Edi Jatmiko, Lukito Harjo, "
            "dan Karsimin.")
    assert [o[:2] for o in officials(text)] == [("Sarwo Edi Jatmiko", "Anggota Komisi I DPRD"),
                                                 ("Lukito Harjo", "Anggota Komisi I DPRD"),
                                                 ("Karsimin", "Anggota Komisi I DPRD")]


def test_a_listed_member_with_a_post_of_his_own() -> None:
    text = ("Ketua DPRD Ngawi menyambut tamu bersama anggota dewan lain, di antaranya Sartono Waluyo selaku Ketua "
            "Badan Kehormatan DPRD dan Anggota DPRD Ngawi, Wiryani Lestari.")
    assert officials(text) == [("Sartono Waluyo", "Ketua Badan Kehormatan DPRD", "Kabupaten Ngawi"),
                               ("Wiryani Lestari", "Anggota DPRD", "Kabupaten Ngawi")]


@pytest.mark.parametrize("text, expected", [
    # a village or district written between a post and its holder
    ("Di Ngawi, Kasi Pemerintahan Kecamatan Sukamaju, Budi Santoso, hadir.",
     [("Budi Santoso", "Kepala Seksi Pemerintahan", "Kabupaten Ngawi")]),
    # a section's field as offices abbreviate it, then the office
    ("Kabid Aptika Diskominfo Ngawi Budi Santoso menyambut.",
     [("Budi Santoso", "Kepala Bidang Aptika", "Kabupaten Ngawi")]),
    # prosecutors' and police offices lead to the region like other units
    ("Kasi Intel Kejari Ngawi Budi Santoso hadir.", [("Budi Santoso", "Kepala Seksi Intelijen", "Kabupaten Ngawi")]),
    ("Danramil Ngawi Kapten Budi Santoso hadir.", [("Budi Santoso", "Komandan Rayon Militer", None)]),
    # an adviser's field written after the region
    ("Staf Ahli Bupati Ngawi Bidang Hukum, Budi Santoso, hadir.",
     [("Budi Santoso", "Staf Ahli Bupati Bidang Hukum", "Kabupaten Ngawi")]),
    ("Tamu disambut oleh Budi Santoso, Staf Ahli Wali Kota Madiun Bidang Pembangunan, Ekonomi, dan Keuangan.",
     [("Budi Santoso", "Staf Ahli Wali Kota Bidang Pembangunan, Ekonomi, dan Keuangan", "Kota Madiun")]),
    # a title after a place word starts the holder's name
    ("Direktur RSUD Sukamaju dr. Budi Santoso hadir.", [("Budi Santoso", "Direktur Rumah Sakit Umum Daerah", None)]),
])
def test_units_places_and_fields_around_the_name(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a comma list of names after a council committee: its members
    ("Rombongan disambut Komisi D DPRD Kota Madiun, Budi Santoso, Rina Kartika, dan Dodi Haryanto.",
     [("Budi Santoso", "Anggota Komisi D DPRD", "Kota Madiun"),
      ("Rina Kartika", "Anggota Komisi D DPRD", "Kota Madiun"),
      ("Dodi Haryanto", "Anggota Komisi D DPRD", "Kota Madiun")]),
    # one name in apposition is no list
    ("Komisi C DPRD Ngawi, Budi Santoso mengatakan hal itu.", []),
    # more commissions, not names
    ("Komisi I, III dan IV DPRD Kota Madiun berkunjung.", []),
    # one name in brackets after the position; an abbreviation of the position or region is none
    ("Bupati Ngawi (Budi) menyambut rombongan.", [("Budi", "Bupati", "Kabupaten Ngawi")]),
    ("Gubernur Riau (Gubri) menyambut rombongan.", []),
    # "Kalaksa": the executive head of a disaster agency
    ("Kalaksa BPBD Ngawi Budi Santoso hadir.",
     [("Budi Santoso", "Kepala Pelaksana Badan Penanggulangan Bencana Daerah", "Kabupaten Ngawi")]),
])
def test_committee_lists_bracketed_names_and_heads(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Anggota DPR RI Komisi II, Budi Santoso hadir.", [("Budi Santoso", "Anggota Komisi II DPR RI", None)]),
    ("Anggota DPRD Ngawi Komisi C Budi Santoso hadir.",
     [("Budi Santoso", "Anggota Komisi C DPRD", "Kabupaten Ngawi")]),
])
def test_a_commission_written_after_the_council(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_local_heads_place_is_no_name_before_the_next_position() -> None:
    text = "Tamu disambut Bupati Ngawi Budi Santoso, Camat Sukamaju, Lurah, serta para pelaku wisata."
    assert officials(text) == [("Budi Santoso", "Bupati", "Kabupaten Ngawi")]


@pytest.mark.parametrize("text, expected", [
    # a speech word, the name and its position with no comma between them
    ("Menurut Budi Santoso Kepala Dinas Pariwisata Ngawi, kunjungan itu penting.",
     [("Budi Santoso", "Kepala Dinas Pariwisata", "Kabupaten Ngawi")]),
    ("Hal itu dikatakan Budi Santoso Kepala Dinas Pariwisata Ngawi kepada wartawan.",
     [("Budi Santoso", "Kepala Dinas Pariwisata", "Kabupaten Ngawi")]),
    # capitalised common words before a position are no name
    ("Dalam Kesempatan Itu Kepala Dinas Pariwisata Ngawi mengatakan hal itu.", []),
])
def test_a_name_before_its_position_without_comma(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kepala Subbag Umum Dinas Kesehatan Ngawi, Budi Santoso, hadir.",
     [("Budi Santoso", "Kepala Subbagian Umum Dinas Kesehatan", "Kabupaten Ngawi")]),
    ("Di Ngawi, Kasi Trantib Kecamatan Paron, Budi Santoso, hadir.",
     [("Budi Santoso", "Kepala Seksi Trantib", "Kabupaten Ngawi")]),
    ("Di Ngawi, Sekretaris Kecamatan Paron, Budi Santoso, hadir.",
     [("Budi Santoso", "Sekretaris Camat", "Kabupaten Ngawi")]),
])
def test_section_heads_and_district_secretaries(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_bracketed_abbreviation_of_the_region_is_no_name() -> None:
    text = "Asisten I Pemerintah Kabupaten (Pemkab) Ngawi (Ngw), Budi Santoso, memimpin rombongan."
    assert officials(text) == [("Budi Santoso", "Asisten I", "Kabupaten Ngawi")]


def test_selaku_written_with_a_capital() -> None:
    text = "Di Ngawi, Budi Santoso, M.Si. Selaku Asisten Pemerintahan menyambut rombongan."
    assert officials(text) == [("Budi Santoso", "Asisten Pemerintahan", "Kabupaten Ngawi")]
