"""Round 15: a headline's line lengthens no name with its capitalised common words; a roll of council members after
a longer clause that names a place; a Minangkabau title of custom kept in the name; a province between a
post and its holder skipped; "Sekkota" and "Dispendik" in the vocabulary.

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import KEBUMEN, officials


@pytest.mark.parametrize("text, expected", [
    # a function word on the link's line ends the name: "Tidak" is no surname
    ("Baca juga: Soal Banjir, Darmono Tidak Mau Menunggu\nBupati Kebumen Darmono membuka rapat desa.",
     [("Darmono", "Bupati", KEBUMEN)]),
    # the link's capitals go on after the added words: no name closes there
    ("Baca juga: Pagi Ini Darmono Ajak Petani Menanam Jagung\nBupati Kebumen Darmono meninjau sawah warga.",
     [("Darmono", "Bupati", KEBUMEN)]),
    # a word the text writes in lower case elsewhere is a common word
    ("Baca juga: Pagi Ini Darmono Tinjau Sawah\nBupati Kebumen Darmono akan tinjau ulang irigasi.",
     [("Darmono", "Bupati", KEBUMEN)]),
    # a link that closes the full name (a quote's colon after it) still lengthens it
    ("Baca juga: Darmono Wiratmaja: Kebumen Siap Jadi Tuan Rumah\nBupati Kebumen Darmono membuka rapat desa.",
     [("Darmono Wiratmaja", "Bupati", KEBUMEN)]),
])
def test_a_headline_line_lengthens_no_name_with_common_words(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    # "kebun" written in lower case in the body: "Kebun Jagung" is no surname, though the link's line ends there
    "Baca juga: Darmono Kebun Jagung\nBupati Kebumen Darmono membuka rapat desa dan kebun warga.",
    # the capitals go on after the two words a name may add ("Warga Desa"): none is added
    "Baca juga: Darmono Kebun Jagung Warga Desa\nBupati Kebumen Darmono membuka rapat desa.",
    # a function word alone stops the name: "Tidak Puas" would close the link's line
    "Baca juga: Soal Banjir, Darmono Tidak Puas\nBupati Kebumen Darmono membuka rapat desa.",
])
def test_each_headline_line_rule_alone_keeps_the_short_name(text: str) -> None:
    assert officials(text) == [("Darmono", "Bupati", KEBUMEN)]


def test_a_region_name_after_a_company_is_no_holder() -> None:
    # the region step leaves "Sulawesi Tenggara" unread after the company's name: no official named after it
    text = "Direktur Utama PT Karya Sulawesi Tenggara menyambut tamu dari Kebumen."
    assert all(name != "Sulawesi Tenggara" for name, _, _ in officials(text))


def test_a_roll_of_members_after_a_clause_that_names_a_place() -> None:
    text = ("Lima anggota DPRD Kabupaten Kebumen yang terbang ke Kota Medan pekan lalu adalah Rano Kelimutu, "
            "Sinta Maharani, Bayu Prasetyadi dan Wulan Sari. Mereka pulang hari Minggu.")
    assert officials(text) == [(name, "Anggota DPRD", KEBUMEN) for name in
                               ("Rano Kelimutu", "Sinta Maharani", "Bayu Prasetyadi", "Wulan Sari")]


def test_a_longer_clause_with_a_person_before_the_list_is_no_roll() -> None:
    # another person heads the clause: whose list it is stays unread (``PERSON_NOUN``)
    text = ("Anggota DPRD Kabupaten Kebumen yang diterima pejabat Kota Medan kemarin, yaitu Rano Kelimutu dan "
            "Sinta Maharani, memberi cendera mata.")
    assert ("Rano Kelimutu", "Anggota DPRD", KEBUMEN) not in officials(text)


@pytest.mark.parametrize("text, expected", [
    # one given name and the title of custom: the whole is the name, the bare given name later is the same person
    ("Asisten II Kabupaten Kebumen Wiranto Dt. Rajo Mudo membuka acara. Wiranto mengatakan pasar itu ramai.",
     [("Wiranto Dt. Rajo Mudo", "Asisten II", KEBUMEN)]),
    # "Datuk" written out, then a comma and degrees
    ("Sekda Kebumen, Hendra Datuk Rangkayo Basa, SH, menerima tamu.",
     [("Hendra Datuk Rangkayo Basa", "Sekretaris Daerah", KEBUMEN)]),
    # "Dt." with no capitalised word after it ends the name
    ("Sekda Kebumen, Hendra Dt. dan rombongan menerima tamu.", [("Hendra", "Sekretaris Daerah", KEBUMEN)]),
])
def test_a_title_of_custom_is_part_of_the_name(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the regency's province written after it, unread by the region step: skipped, the holder after it read
    ("Hadir pula Bupati Banggai Kepulauan Sulawesi Tengah, Rano Kelimutu, dan rombongan.",
     [("Rano Kelimutu", "Bupati", "Kabupaten Banggai Kepulauan")]),
    ("Hadir pula Bupati Banggai Kepulauan, Sulawesi Tengah, Rano Kelimutu, dan rombongan.",
     [("Rano Kelimutu", "Bupati", "Kabupaten Banggai Kepulauan")]),
    ("Hadir pula Bupati Banggai Kepulauan Sulawesi Tengah Rano Kelimutu dan rombongan.",
     [("Rano Kelimutu", "Bupati", "Kabupaten Banggai Kepulauan")]),
])
def test_a_province_between_post_and_holder_is_no_name(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_province_and_its_short_form_between_post_and_holder() -> None:
    text = "Hadir pula Asisten I Banggai Kepulauan Sulawesi Tengah (Sulteng) Rano Kelimutu di Kebumen."
    assert officials(text) == [("Rano Kelimutu", "Asisten I", "Kabupaten Banggai Kepulauan")]


@pytest.mark.parametrize("text, expected", [
    # "Sekkota": a city's secretary, written short
    ("Wali Kota Madiun Hadi Susanto didampingi Sekkota Rano Kelimutu menerima tamu dari Kebumen.",
     [("Hadi Susanto", "Wali Kota", "Kota Madiun"), ("Rano Kelimutu", "Sekretaris Daerah", "Kota Madiun")]),
    # "Dispendik": the education office, written short
    ("Sekretaris Dispendik Kebumen Rano Kelimutu menyambut tamu dari Madiun.",
     [("Rano Kelimutu", "Sekretaris Dinas Pendidikan", KEBUMEN)]),
])
def test_short_forms_of_a_city_secretary_and_the_education_office(text: str, expected: list) -> None:
    assert officials(text) == expected


# Round 34 third wave: on a headline's line a verb in me-/ber-/ter-/di- (or the bare "Tiba", "Turun") after a name
# is no part of it, whether the name reader reads it there or a shorter name is lengthened there (``longest_names``).
@pytest.mark.parametrize("text, expected", [
    # a link's line that ends at the verb: "Berpamitan" closes the line, yet it is no surname
    ("Baca juga: Bupati Kebumen Darmono Berpamitan\nBupati Kebumen Darmono membuka rapat desa.",
     [("Darmono", "Bupati", KEBUMEN)]),
    ("Baca juga: Wartini Wiratmaja Dilantik\nBupati Kebumen Wartini membuka rapat desa.",
     [("Wartini", "Bupati", KEBUMEN)]),
])
def test_a_headline_verb_in_a_prefix_lengthens_no_name(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, name", [
    ("Bupati Kebumen Darmono Wiratmaja Menerima Tamu\nBupati Kebumen Darmono Wiratmaja membuka rapat desa.",
     "Darmono Wiratmaja"),
    ("Bupati Kebumen Darmono Wiratmaja Tiba\nBupati Kebumen Darmono Wiratmaja membuka rapat desa.",
     "Darmono Wiratmaja"),
    ("Bupati Kebumen Darmono Turun ke Sawah\nBupati Kebumen Darmono membuka rapat desa.", "Darmono"),
])
def test_the_name_reader_stops_at_a_headline_verb(text: str, name: str) -> None:
    assert officials(text, body_start=text.index("\n") + 1) == [(name, "Bupati", KEBUMEN)]


def test_a_surname_in_me_or_di_outside_a_headline_is_kept() -> None:
    # the body is no headline's line: a surname that looks like a verb ("Merapi", "Dirgantoro") stays
    assert officials("Bupati Kebumen Darmono Merapi membuka rapat desa bersama Camat Wartini Dirgantoro.") == [
        ("Darmono Merapi", "Bupati", KEBUMEN), ("Wartini Dirgantoro", "Camat", KEBUMEN)]


def test_a_professors_title_after_a_holder_is_no_name() -> None:
    # cut at the headline's verb, "Guru Besar Universitas X" is written in the body too: "Guru" starts no name
    text = ("Anggota DPRD Kebumen Darmono dan Guru Besar Universitas Lembah Sari Bertamu ke Pendopo\n"
            "Anggota DPRD Kebumen Darmono bersama Guru Besar Universitas Lembah Sari, Prof. Wartini, bertamu.")
    assert [o[0] for o in officials(text, body_start=text.index("\n") + 1)] == ["Darmono"]
