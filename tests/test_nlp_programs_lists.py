"""Programs in lists: innovations listed after a trigger, numbered, ordinal and colon lists, a lone word or a region
closing or opening a list, listed names split at "dan" or described in lower case with their name in brackets; a
program word's list wins over a title read as its holders ("program andalan Bupati, yakni A, B"), and a title's
holders in a list are no programs; a leadership course's change projects listed after "proyek perubahan ... ialah"
(the list intro reads the colon list's words); a headline's colon list ("Dua Inovasi Kota X: A dan B", every word
capitalised) names programs the body writes again."""

from __future__ import annotations

import pytest
from nlp_helpers import programs

from nlp import Tagger


def test_coined_names_in_an_innovation_list(tagger: Tagger) -> None:
    text = ("Inovasi Pemkab Sidoarjo antara lain Sidoarjo Sehat, layanan antar dokumen, Si Cantik, hingga "
            "air bersih gratis lewat aplikasi tirtaKu.")
    assert programs(tagger, text) == ["Si Cantik", "Sidoarjo Sehat", "TirtaKu"]


def test_a_list_of_innovations_with_their_owners(tagger: Tagger) -> None:
    text = ("Sejumlah inovasi masuk jajaran terbaik, seperti Rumah Singgah Pintar dari Dinas Sosial, Cakap Tani "
            "dari Dinas Pertanian, Peternakan dan Perikanan, serta Jaga Pesisir dari Dinas Kelautan.")
    assert programs(tagger, text) == ["Cakap Tani", "Jaga Pesisir", "Rumah Singgah Pintar"]


def test_a_numbered_list_after_a_colon(tagger: Tagger) -> None:
    text = ("Ada tiga inovasi baru yang diterapkan tahun ini, yakni:\n1. Sagu Sehat (Sajian Gizi untuk Balita)\n"
            "2. Lumbung Ikan Desa\n3. Kapal Sehat Nelayan\nKetiganya dinilai tim juri.")
    assert programs(tagger, text) == ["Kapal Sehat Nelayan", "Lumbung Ikan Desa", "Sagu Sehat"]


def test_a_name_half_in_lower_case_and_a_lone_word_closing_the_list(tagger: Tagger) -> None:
    text = "Dari pokja itu lahir inovasi Ambulans siaga serta Pelangi, yaitu layanan rumah layak huni."
    assert programs(tagger, text) == ["Ambulans siaga", "Pelangi"]


def test_a_region_after_a_trigger_starts_no_list(tagger: Tagger) -> None:
    text = "Sebagai pengelola inovasi Sulteng, Balitbangda Sulteng terus menghadirkan inovasi baru."
    assert programs(tagger, text) == []


def test_an_ordinal_list_of_innovations(tagger: Tagger) -> None:
    text = ("Kelima inovasi itu ialah, pertama, smart desa Sehati v 2.0 - urusan pelayanan dasar; kedua, smart "
            "KAMPUNGKU; ketiga, Inovasi Layanan Antar (LANTAR); keempat, mobil sehat keliling; dan kelima, Membaca "
            "Cerita Bersama (Mecerita). Program itu pertama kali digelar. Kedua, kami pulang.")
    assert programs(tagger, text) == ["Layanan Antar", "Membaca Cerita Bersama", "Mobil sehat keliling",
                                      "Smart KAMPUNGKU", "Smart desa Sehati v 2.0"]


def test_a_listed_name_is_not_the_next_clause_subject(tagger: Tagger) -> None:
    text = "Soal program Sapa Lansia, Budi Hartono menegaskan inovasi itu lahir dari keluhan warga."
    assert programs(tagger, text) == ["Sapa Lansia"]


@pytest.mark.parametrize("text, expected", [
    # a numbered list in the sentence
    ("Program unggulan yang dipaparkan yaitu 1) Kartu Peternak Sejahtera, 2) Beasiswa Anak Nelayan.",
     ["Beasiswa Anak Nelayan", "Kartu Peternak Sejahtera"]),
    # a name and, after "atau", its acronym: one program
    ("Inovasi lainnya adalah Sistem Antrean Daring Warga atau SADW yang bisa diakses warga.",
     ["Sistem Antrean Daring Warga"]),
    # what a study visit was about
    ("Rombongan melakukan studi tiru tentang Kampung Siaga Banjir yang dikembangkan BPBD.", ["Kampung Siaga Banjir"]),
])
def test_numbered_lists_alternative_acronyms_and_study_topics(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


def test_a_listed_program_described_in_lower_case_with_its_name_in_brackets(tagger: Tagger) -> None:
    text = ("Kementerian itu punya empat program untuk desa, seperti produk andalan kampung (Prodeska), lumbung "
            "desa, dan terakhir Sahabat Baca Desa (Sabades).")
    assert programs(tagger, text) == ["Prodeska", "Sahabat Baca Desa"]


def test_an_acronym_joins_a_name_that_a_list_split_at_dan(tagger: Tagger) -> None:
    text = "Rombongan datang untuk belajar tentang Pusat Layanan Air dan Sanitasi (PLAS) milik Pemkot Sukamaju."
    assert programs(tagger, text) == ["Pusat Layanan Air dan Sanitasi"]


@pytest.mark.parametrize("text, expected", [
    # a list after a colon, after a program word or a change project
    ("Pemkot memaparkan tiga inovasi: Posyandu Digital, Si Jempol dan Rumah Gizi.",
     ["Posyandu Digital", "Rumah Gizi", "Si Jempol"]),
    ("Peserta diklat membuat empat proyek perubahan yang dirancang dinas: Sapa Tani, Kebun Kita, dan Lumbung Pintar "
     "Desa.", ["Kebun Kita", "Lumbung Pintar Desa", "Sapa Tani"]),
    # the stages of a laboratory named with the word
    ("Inovasi itu melewati tahapan Kelas Inovasi: Drum Up, Diagnose dan Design.", []),
])
def test_lists_after_a_colon(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the quoted name of an award is no program, unless a program word names what won it
    ("Kota itu menerima penghargaan dari Presiden yaitu, “Satya Karya Utama” pada 2019.", []),
    ("Pemkot meraih penghargaan berkat inovasi “Sapa Warga Malam” tahun ini.", ["Sapa Warga Malam"]),
    # groups of employees in a list of programs
    ("Wali kota memaparkan program seperti Jumat Peduli, sedekah nasi bagi ASN dan PTT.", ["Jumat Peduli"]),
])
def test_awards_and_groups_in_lists(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # laws, budget and planning documents, competitions: no programs
    ("Mereka juga membahas Qanun Nomor 5 Tahun 2020 tentang Layanan Berobat Tanpa Biaya.", []),
    ("Rombongan belajar tentang Kebijakan Umum Anggaran (KUA) dan Prioritas Plafon Anggaran Sementara (PPAS).", []),
    ("Studi tiru itu mempelajari Laporan Keuangan Pemerintah Daerah (LKPD) dan Opini WTP.", []),
    ("Inovasi itu meraih Top 45 Kompetisi Inovasi Pelayanan Publik (KIPP) tahun lalu.", []),
    # a coined two-word item of a list of innovations, its second word an English program word
    ("Bupati memaparkan sejumlah inovasi, yakni Sapa Warga, Si Cepat, dan Desa Digital.",
     ["Desa Digital", "Sapa Warga", "Si Cepat"]),
])
def test_documents_and_listed_english_names(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


def test_a_lower_case_list_item_of_indonesian_words(tagger: Tagger) -> None:
    text = ("Aplikasi itu melayani banyak hal, seperti pembuatan surat desa, data kependudukan warga, dan warga "
            "corner.")
    assert programs(tagger, text) == ["Warga corner"]


def test_a_program_list_wins_over_a_title_read_as_its_holders(tagger: Tagger) -> None:
    # the officials step reads "Bupati, yakni A, B" as a title and its holders; after a program word the list
    # names programs
    text = ("Hal itu mendukung program andalan Bupati, yakni Sarapan Sehat Pelajar, Periksa Mata Gratis, Lumbung "
            "Jagung Warga dan Rumah Murah.")
    assert programs(tagger, text) == ["Lumbung Jagung Warga", "Periksa Mata Gratis", "Rumah Murah",
                                      "Sarapan Sehat Pelajar"]


def test_a_title_s_holders_in_a_list_are_no_programs(tagger: Tagger) -> None:
    # a list item read as an official's name stays a program only with a program vocabulary word, or with three
    # words or more none of which names the person elsewhere
    assert programs(tagger, "Program Kampung Sehat itu dihadiri Bupati Sragen, yakni Darso Wangsadipa, serta Wakil "
                            "Bupati, Ani Lestari.") == ["Kampung Sehat"]
    assert programs(tagger, "Program Kampung Sehat itu dihadiri Bupati Sragen, yakni Darso Wangsadipa Kusumo. Menurut "
                            "Bupati Kusumo, program itu berjalan.") == ["Kampung Sehat"]
    assert "Joko Paminggir" not in programs(tagger, "Program unggulan Bupati, yaitu Joko Paminggir, di antaranya Dapur "
                                                  "Sehat Keluarga dan Periksa Mata Gratis.")


def test_change_projects_listed_after_ialah_are_programs(tagger: Tagger) -> None:
    text = ("Proyek perubahan yang dipaparkan para peserta pelatihan dalam seminar itu ialah Lentera Pesisir, "
            "Sitaruna, Dapur Gizi Gotong Royong, dan Jaga Sungai Bening.")
    assert sorted(programs(tagger, text)) == ["Dapur Gizi Gotong Royong", "Jaga Sungai Bening", "Lentera Pesisir",
                                              "Sitaruna"]
    # a list of officials after the same words names no program
    text = "Menurut panitia, penggagas semua proyek perubahan tadi adalah Kepala Dinas Perikanan Ahmad Sulaiman."
    assert programs(tagger, text) == []


def test_the_words_an_acronym_stands_for_are_no_list_of_programs(tagger: Tagger) -> None:
    # the words after "yaitu" spell the acronym before it: what it means, not six programs
    text = ("Sejak awal tahun kelurahan itu menjalankan program BERKAH, yaitu Bersih, Elok, Rindang, Kompak, Aman "
            "dan Hijau, di setiap gang.")
    assert programs(tagger, text) == ["BERKAH"]
    # a list of names after an acronym whose letters they do not spell stays a list of programs
    text = "Badan itu mengelola program unggulan PKT, yaitu Sipintar, Lumbung Desa dan Sidaring, sejak tiga tahun lalu."
    assert sorted(programs(tagger, text)) == ["Lumbung Desa", "PKT", "Sidaring", "Sipintar"]


def test_a_headline_lists_innovations_after_a_colon(tagger: Tagger) -> None:
    title = "Rombongan Pusat Menilai Dua Inovasi Kota Sukamaju: Tapak Sigap, Lumbung Warga dan Pojok Baca Pasar"
    text = "Penilai meninjau Tapak Sigap di puskesmas dan Lumbung Warga di kelurahan, Selasa pagi."
    result = tagger.extract({"id": "a", "url": None, "title": title, "published": None, "text": text})
    # the third name is not written in the body: a headline's name counts only when the body repeats it
    assert [p["name"] for p in result["programs"]] == ["Tapak Sigap", "Lumbung Warga"]
    # outside a headline a capitalised word before the kind word makes it part of a name ("Kelas Inovasi: ...")
    assert programs(tagger, "Ia ikut Kelas Inovasi: Bedah Masalah, Rancang Solusi dan Uji Coba.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # after an item naming a place ("Desa Wisata X", "Desa X"), the lone words listed with it are places too
    ("Pengurus Pokdarwis Sukamaju mengikuti program belajar ke tiga desa wisata di Jawa Tengah, yaitu Desa Wisata "
     "Sumberayu, Kalimelati, dan Watugede.", []),
    # ... while a list of coined names with no place in it keeps its lone words
    ("Rombongan Pemkab Sukamaju mempelajari inovasi unggulan, yaitu Sigap Warga, Kebun Sigap Rakyat, dan "
     "Lumbungku.", ["Kebun Sigap Rakyat", "Lumbungku", "Sigap Warga"]),
])
def test_lone_words_listed_after_a_place_are_places(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Sejak Maret warga pesisir menjalankan inovasi Pantai Teduh, Bersih, Hijau dan Asri atau PATEBHA bersama karang "
     "taruna.",
     ["Pantai Teduh, Bersih, Hijau dan Asri"]),
    ("Sejak Maret warga pesisir menjalankan inovasi Pantai Teduh, Bersih, Hijau dan Asri (PATEBHA) bersama karang "
     "taruna.",
     ["Pantai Teduh, Bersih, Hijau dan Asri"]),
    ("Pemprov tengah menjalankan program bernama Kampung Hijau, Rapi dan Sejuk (Kahiras) tahun ini.",
     ["Kampung Hijau, Rapi dan Sejuk"]),
])
def test_a_name_whose_commas_its_acronym_spells_is_one_program(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


def test_listed_names_each_with_its_own_acronym_stay_apart(tagger: Tagger) -> None:
    text = "Pemkab meluncurkan inovasi Sapa Warga, Lapor Cepat dan Siaga Aman (SIAMAN) pekan lalu."
    assert programs(tagger, text) == ["Lapor Cepat", "Sapa Warga", "Siaga Aman"]


@pytest.mark.parametrize("text, first", [
    ("Pemkab memamerkan inovasi Sistem Data Warga Terpadu, Kartu Sehat Lansia dan Bank Sampah (SDWT) kepada tamu.",
     "Sistem Data Warga Terpadu"),
    ("Pemkab memamerkan inovasi Pojok Baca Desa, Kartu Sehat Lansia dan Warung Tani Kita (PBD) kepada tamu.",
     "Pojok Baca Desa"),
])
def test_a_list_whose_first_item_the_acronym_spells_alone_is_no_one_name(tagger: Tagger, text: str,
                                                                          first: str) -> None:
    found = programs(tagger, text)
    assert first in found
    assert not any(name.startswith(first + ",") for name in found)


def test_a_bracket_explaining_an_item_holds_no_more_items(tagger: Tagger) -> None:
    text = ("Di pameran itu dinas memajang dua inovasinya, yaitu Lumbung Warga (Gudang Beras dan Benih), serta Lapak "
            "Tani Cerdas.")
    assert programs(tagger, text) == ["Lapak Tani Cerdas", "Lumbung Warga"]


@pytest.mark.parametrize("text, expected", [
    # "program Name, yakni A, B dan C": the list after the named program's comma is its parts (the villages it
    # serves, its steps), no programs of their own
    ("Dinas Pertanian menjalankan program Kebun Sahabat, yakni Desa Lereng Wangi, Desa Batu Merah, dan Desa Ujung "
     "Tirta.", ["Kebun Sahabat"]),
    ("Warga menyambut program Gerai Pintar, yaitu Hemat Belanja, Cermat Menabung, dan Rapi Mencatat sejak awal "
     "tahun.", ["Gerai Pintar"]),
    # a program word with no name before the comma, or an owner (a body, a known region) names programs still
    ("Dinas Pertanian memiliki program unggulan, yakni Kebun Lestari Mandiri dan Sahabat Tani Cerdas.",
     ["Kebun Lestari Mandiri", "Sahabat Tani Cerdas"]),
    ("Bupati memaparkan program Dinas Kelautan, yakni Kebun Lestari Mandiri dan Sahabat Tani Cerdas.",
     ["Kebun Lestari Mandiri", "Sahabat Tani Cerdas"]),
    ("Bupati memaparkan inovasi Banyuwangi, yakni Kebun Lestari Mandiri dan Sahabat Tani Cerdas.",
     ["Kebun Lestari Mandiri", "Sahabat Tani Cerdas"]),
    # a post's programs, a year's programs
    ("Camat memaparkan program Walikota, yakni Kebun Lestari Mandiri dan Sahabat Tani Cerdas.",
     ["Kebun Lestari Mandiri", "Sahabat Tani Cerdas"]),
    ("Dinas Pertanian menyiapkan program 2025, yakni Kebun Lestari Mandiri dan Sahabat Tani Cerdas.",
     ["Kebun Lestari Mandiri", "Sahabat Tani Cerdas"]),
])
def test_the_parts_of_a_named_program_are_no_programs(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected
