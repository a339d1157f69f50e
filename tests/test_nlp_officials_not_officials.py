"""What holds no post: streets and buildings named after an office, plural posts, bodies and groups, places and words
taken for names, places listed after a local head's own place, spouses' posts (no public office); words after a
position that name no holder: a bare verb in -kan on a headline's line, "Tak", "se-" ("all of"), a street after the
office, a year (in a body sentence a word in -kan may be a surname or the place after a camat or lurah); a dash between
title and name leaves the holder.

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import KEBUMEN, officials


@pytest.mark.parametrize("text", [
    "Rombongan berkumpul di Jalan Gubernur Suryo Kota Madiun.",
    "Rombongan melintas di Jl. Bupati Sulaiman sebelum tiba.",
    "Hadir pula para petinggi Bawaslu RI dan KPU dalam acara itu.",
])
def test_streets_and_plural_posts_hold_no_one(text: str) -> None:
    assert officials(text) == []


def test_spouses_posts_are_no_public_office(tagger) -> None:
    # found (so that the wife is not taken for another post's holder), then left out of the result
    text = ("Wali Kota Madiun Tulebo Arkanis hadir bersama Ketua TP PKK Kota Madiun Ny. Rina Tulebo Arkanis dan Ketua "
            "Dekranasda Kota Madiun Ani Lestariana.")
    assert officials(text) == [("Tulebo Arkanis", "Wali Kota", "Kota Madiun"),
                               ("Rina Tulebo Arkanis", "Ketua Tim Penggerak PKK", "Kota Madiun"),
                               ("Ani Lestariana", "Ketua Dekranasda", "Kota Madiun")]
    result = tagger.extract({"id": "pkk", "url": None, "title": None, "published": "2024-05-02", "text": text})
    assert [(o["name"], o["position"]) for o in result["officials"]] == [("Tulebo Arkanis", "Wali Kota")]


@pytest.mark.parametrize("text", [
    # a "name" written elsewhere as a place is a place the gazetteer lacks
    "Bupati dan Wakil Bupati Hulu Seberang menjajaki Kota Madiun. Pariwisata masih baru di Hulu Seberang.",
    # bays, islands, associations and village staff start no name
    "Kepala KSOP Teluk Lamong, Pimpinan Instansi Vertikal, dan Bupati Ngawi hadir.",
    "Peserta meliputi Kepala Desa, Perangkat Desa, BPD, dan RT.",
    # a directorate's ministry in short is no name; headline verbs in a "Baca juga" line
    "Desa itu ditetapkan Dirjen Otda Kemdagri sebagai pilot project.",
    "Desa itu ditetapkan Dirjen Otda Kemkes sebagai pilot project.",
    "Baca Juga: Bupati Ngawi Soroti Penyerapan Dana Desa",
])
def test_places_and_words_are_no_names(text: str) -> None:
    assert officials(text) == []


@pytest.mark.parametrize("text, expected", [
    # an office building's town after a comma is no holder
    ("Acara digelar di Ruang Pola Kantor Bupati Ngawi, Paron, Senin.", []),
    # a short form written in brackets elsewhere is an abbreviation or a nickname, not another person
    ("Gubernur Jawa Timur (Gubjatim) hadir. Menurut Gubernur Gubjatim, acara itu penting.", []),
    ("Presiden Bonte Galis (Bonte) hadir. Presiden Bonte menyapa warga.", [("Bonte Galis", "Presiden", None)]),
    # an office in capitals is no name; a conjunction opening a sentence neither
    ("Sekretaris Dinas Kesehatan Kota Madiun BPPKAD hadir.", []),
    ("Rombongan diterima Ketua DPRD Kota Madiun. Walau demikian, rapat berjalan.", []),
])
def test_buildings_abbreviations_and_words_are_no_holders(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    "Acara dihadiri Sekretaris Daerah Kabupaten Ngawi, Forkopimda, dan pimpinan OPD.",
    "Itu kewenangan Provinsi, Kemendagri, Menpan RB, katanya.",
    "Komisi C DPRD Kota Madiun Kunjungi Ngawi",
])
def test_bodies_and_groups_are_no_names(text: str) -> None:
    assert officials(text) == []


@pytest.mark.parametrize("text", [
    # nouns of offices, markets and the country after a post open no name: the post's unit, not its holder
    "Pelatihan itu dibuka Kepala Biro Penataan Aparatur Daerah pada Senin pagi.",
    "Usai rapat, Sekretaris Daerah Jambi Promosi Produk Lokal di pameran itu.",
    "Para kepala dinas pariwisata se Indonesia berkumpul di Bogor pekan depan.",
])
def test_nouns_of_units_and_the_country_are_no_names(text: str) -> None:
    assert officials(text) == []


@pytest.mark.parametrize("text, expected", [
    # a headline's verb in -kan ends the name; the verb and its object are no part of it
    ("Reses di Desa, Wakil Ketua DPRD Kebumen Galih Prameswara Suarakan Nasib Petani Tembakau\n\n"
     "Galih Prameswara berbicara di balai desa.",
     [("Galih Prameswara", "Wakil Ketua DPRD", KEBUMEN)]),
    ("Lomba Tumpeng, Sekda Kebumen Nadia Purbasari Adakan Hadiah untuk Warga\n\n"
     "Nadia Purbasari menyerahkan hadiah di alun-alun.",
     [("Nadia Purbasari", "Sekretaris Daerah", KEBUMEN)]),
    # a noun in pe-/ke- ... -kan is no verb: the office goes on over it
    ("Kepala Dinas Pendidikan Kebumen, Dewi Kartika, membuka acara.",
     [("Dewi Kartika", "Kepala Dinas Pendidikan", KEBUMEN)]),
])
def test_a_headline_verb_ends_the_name(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # in a body sentence a word in -kan is a surname
    ("Bupati Kebumen Hartawan Sulaikan membuka acara itu.", [("Hartawan Sulaikan", "Bupati", KEBUMEN)]),
    # the place after a camat may end in -kan
    ("Camat Marunggikan Hartawan Wirasena membuka acara di Bandung.",
     [("Hartawan Wirasena", "Camat", "Kota Bandung")]),
])
def test_a_word_in_kan_outside_a_headline(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    "Baca juga: Bupati Kebumen Hentikan Izin Tambang Pasir",
    "Ketua DPRD Kebumen Tak Hadiri Undangan Warga Pesisir",
    "Longsor di Perbukitan, Bupati Kebumen Kirim Beras ke Dusun Terisolasi",
    # "se-" is "all of": no name
    "Rapat Kerja Bupati (Rakerbup) Se-Kalimantan Ketiga ditutup di Kebumen.",
    # a year after a minister's title
    "Penghargaan Gubernur Tahun 2019 diberikan kepada Kebumen.",
    # a street after the office and its region
    "Parkir bus berada di sisi kantor Bupati Kebumen Jl. Veteran nomor 3.",
])
def test_no_holder(text: str) -> None:
    assert officials(text) == []


@pytest.mark.parametrize("text, name", [
    # a hyphen or a dash between the title and the name: the holder all the same
    ("Bupati Kebumen - Hartawan Wirasena, membuka acara.", "Hartawan Wirasena"),
    ("Bupati Kebumen-Hartawan Wirasena membuka acara.", "Hartawan Wirasena"),
    ("Kunjungan Bupati-Dewi Kartika ke Kebumen berlangsung singkat.", "Dewi Kartika"),
])
def test_a_name_after_a_dash_is_the_holder(text: str, name: str) -> None:
    assert officials(text) == [(name, "Bupati", KEBUMEN)]


@pytest.mark.parametrize("text, expected", [
    # a word with the suffix -nya before or after a post is no name
    ("Menurutnya Gubernur Jawa Timur sudah memberi izin.", []),
    ("Buktinya, Wali Kota Madiun hadir di sana.", []),
    ("Sorenya Gubernur Maluku menerima tamu dari Wajo.", []),
    ("Tamu dari Wajo datang berenam. Pemandunya Dra Hj Tuta Sekarwangi, Anggota Komisi I DPRD Wajo.",
     [("Tuta Sekarwangi", "Anggota Komisi I DPRD", "Kabupaten Wajo")]),
    # after a post, the -nya word is no name before a comma, an honorific or a post; a name when a name word follows
    ("Wali Kota Madiun Menurutnya, kunjungan itu penting.", []),
    ("Bupati Wajo Ketuanya Dra Hj Tuta Sekarwangi hadir.", []),
    ("Kepala Bappeda Wajo Cahyanya Atmaja menjelaskan.", [("Cahyanya Atmaja", "Kepala Bappeda", "Kabupaten Wajo")]),
    # a term of office after the post
    ("Daftar kepala daerah itu memuat Bupati Wajo Periode 2021-2026 dan Wali Kota Madiun.", []),
])
def test_words_that_are_no_holders_name(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    # an office's acronym read as the next item of a roll is no person, nor does it make the three words before the
    # comma the camat's place: the camat is the holder (with or without the dot of "TP.")
    "Dalam kunjungan itu Wakil Bupati Wajo mengajak Camat Sabbangparu Tuta Sekarwangi, TP. PKK Kabupaten Wajo, dan "
    "beberapa kepala desa.",
    "Dalam kunjungan itu Wakil Bupati Wajo mengajak Camat Sabbangparu Tuta Sekarwangi, TP PKK Kabupaten Wajo, dan "
    "beberapa kepala desa.",
])
def test_an_offices_acronym_is_no_word_of_a_name(text: str) -> None:
    assert officials(text) == [("Tuta Sekarwangi", "Camat", "Kabupaten Wajo")]


def test_the_chamber_of_commerce_stays_no_office() -> None:
    assert officials("Acara di Kota Kediri dihadiri Ketua Kadin Kota Kediri Rano Kelimutu dan pengusaha.") == []


def test_a_province_after_a_ministrys_regional_office_is_no_name() -> None:
    text = "Seusai rapat, Analis Hukum Kanwil Kemenkumham Bali mengulas draf dari Kota Kediri."
    assert officials(text) == []


def test_a_posts_programs_listed_after_it_are_no_holders() -> None:
    text = ("Tim Kota Kediri mempelajari program prioritas Wali Kota, yaitu Rumah Layak Huni, Beasiswa Pintar, "
            "dan Pasar Rakyat.")
    assert officials(text) == []


def test_the_holder_named_after_a_post_that_owns_a_program_stays() -> None:
    assert officials("Tim Kota Kediri mempelajari program Wali Kota Kediri Rano Kelimutu di bidang pangan.") == [
        ("Rano Kelimutu", "Wali Kota", "Kota Kediri")]


@pytest.mark.parametrize("text", [
    "Piala diserahkan kepada Camat Sungai Tengah dan Bukit Timur di akhir acara.",
    "Dua pemenang lomba, Camat Lubuk Selatan dan Talang Barat, menerima piala.",
])
def test_a_compass_word_closes_a_place_not_a_holder(text: str) -> None:
    assert officials(text) == []


def test_village_government_as_a_field_is_no_holder() -> None:
    # "Pemdes" (village government) closes a sub-unit's field; the heads named by post alone hold no name
    text = "Pertanyaan peserta ditanggapi Kabid Penataan Pemdes dan Kasi Kelembagaan Desa bergantian."
    assert officials(text) == []


@pytest.mark.parametrize("text", [
    # a local head's place, then more places with no post among them: the heads of several districts, no holder
    "Tiga lurah berhalangan, yaitu Lurah Wonoasri, Karangrejo dan Wates Lor yang sedang cuti.",
    "Piagam dibagikan kepada Kades Sukamaju, Wonoasri, Wates Lor, dan Karangrejo pada penutupan.",
    "Sebelas kades di Kecamatan Sukamaju, Wonoasri dan Wates Lor, ditambah dua lurah, mengikuti pelatihan.",
])
def test_places_listed_after_a_local_heads_place_are_no_holders(text: str) -> None:
    assert officials(text) == []


@pytest.mark.parametrize("text", [
    "Semua camat hadir, kecuali Camat Sukamaju, Wonoasri, Karangrejo, dan Camat Wates Lor.",
    "Semua camat hadir, kecuali Camat Sukamaju, Wonoasri, Karangrejo dan Camat Wates Lor.",
])
def test_the_same_head_may_stand_before_the_last_listed_place(text: str) -> None:
    # the places before it hold no name, with or without a comma before "dan" (what the last head's own words are
    # read as is another rule's)
    assert not {"Wonoasri", "Karangrejo"} & {name for name, _, _ in officials(text)}


@pytest.mark.parametrize("text, expected", [
    # two people after the place's comma, or another post among the listed: the holder stays
    ("Menurut Kepala Desa Wonoasri, Rano Kelimutu dan Tuta Sekarwangi hadir dalam musyawarah.",
     [("Rano Kelimutu", "Kepala Desa", None), ("Tuta Sekarwangi", "Kepala Desa", None)]),
    ("Menurut Kepala Desa Wonoasri, Rano Kelimutu, dan Tuta Sekarwangi hadir dalam musyawarah.",
     [("Rano Kelimutu", "Kepala Desa", None), ("Tuta Sekarwangi", "Kepala Desa", None)]),
    ("Ikut pula Camat Sukamaju, Rano Kelimutu dan Lurah Wonoasri, Tuta Sekarwangi.",
     [("Rano Kelimutu", "Camat", None), ("Tuta Sekarwangi", "Lurah", None)]),
    ("Ikut pula Kades Sukamaju, Kelimutu dan Kades Wonoasri menanam pohon.",
     [("Kelimutu", "Kepala Desa", None), ("Wonoasri", "Kepala Desa", None)]),
])
def test_a_holder_after_a_local_heads_place_stays_before_a_list(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_place_after_an_office_buildings_post_holds_no_post() -> None:
    # the building's place follows its post with no comma: "Kantor Camat Sukamaju", "Rumah Jabatan Bupati X Lamolo"
    assert officials("Rombongan diterima di Kantor Camat Lamolo, Senin, lalu makan siang.") == []
    assert officials("Rombongan dijamu di Rumah Jabatan Bupati Ngawi Lamolo, Senin.") == []
    assert officials("Pertemuan digelar di Aula Wali Kota Taman Lamolo, Senin.") == []
    # a room before the holder's name keeps him ("dalam ruang rapat Wakil Bupati Budi"), and so does a rank before it
    assert officials("Rombongan menuju rumah jabatan Kapolda Jawa Timur Irjen Pol Banyu Prasojo, Senin.") == [
        ("Banyu Prasojo", "Kepala Kepolisian Daerah", None)]
    assert officials("Tamu dijamu dalam ruang rapat Wakil Bupati Ngawi Banyu Prasojo, Senin.") == [
        ("Banyu Prasojo", "Wakil Bupati", "Kabupaten Ngawi")]
