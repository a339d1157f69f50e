"""Officials in phrasings of unseen regional news (round 10): lists of members opened in more ways, names ending in
a lower-case word inside a list.

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials


@pytest.mark.parametrize("text, expected", [
    # a comma and a lower-case "anggota" after a council post: the names listed share its council
    ("Rombongan dipimpin Wakil Ketua DPRD Kabupaten Kebumen Hartawan Wirasena, anggota Dewi Kartika, Yosef Laban, "
     "dan Rini Astaguna.",
     [("Hartawan Wirasena", "Wakil Ketua DPRD", "Kabupaten Kebumen"),
      ("Dewi Kartika", "Anggota DPRD", "Kabupaten Kebumen"), ("Yosef Laban", "Anggota DPRD", "Kabupaten Kebumen"),
      ("Rini Astaguna", "Anggota DPRD", "Kabupaten Kebumen")]),
    # the colon after "lainnya" opens the list
    ("Kunjungan dipimpin Ketua Komisi II DPRD Kabupaten Kebumen, Hartawan Wirasena, bersama anggota Komisi II "
     "lainnya: Dewi Kartika, Yosef Laban, dan Rini Astaguna.",
     [("Hartawan Wirasena", "Ketua Komisi II DPRD", "Kabupaten Kebumen"),
      ("Dewi Kartika", "Anggota Komisi II DPRD", "Kabupaten Kebumen"),
      ("Yosef Laban", "Anggota Komisi II DPRD", "Kabupaten Kebumen"),
      ("Rini Astaguna", "Anggota Komisi II DPRD", "Kabupaten Kebumen")]),
    # a relative clause of six words before "ialah"
    ("Di antara anggota Komisi III DPRD Kebumen yang datang untuk belajar kali itu ialah Dewi Kartika dan Yosef "
     "Laban.",
     [("Dewi Kartika", "Anggota Komisi III DPRD", "Kabupaten Kebumen"),
      ("Yosef Laban", "Anggota Komisi III DPRD", "Kabupaten Kebumen")]),
    # after a post many hold, any short clause before "yaitu"
    ("Sebanyak tiga anggota DPRD Kebumen dikabarkan tidak ikut, yaitu Dewi Kartika, Yosef Laban, dan Rini Astaguna.",
     [("Dewi Kartika", "Anggota DPRD", "Kabupaten Kebumen"), ("Yosef Laban", "Anggota DPRD", "Kabupaten Kebumen"),
      ("Rini Astaguna", "Anggota DPRD", "Kabupaten Kebumen")]),
])
def test_members_listed_after_more_openings(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    # a head of region is held by one person: "yaitu" after his clause names an award, not holders
    "Bupati Kebumen meraih penghargaan tertinggi, yaitu Parahita Utama, tahun lalu.",
    # "ini." is no abbreviated title before a name
    "Hal itu dibahas anggota DPRD yang berkunjung ke daerah seperti ini. Sebelumnya, rombongan tiba di Kebumen.",
])
def test_no_holders_listed(text: str) -> None:
    assert officials(text) == []


def test_an_office_after_a_comma_and_anggota_is_no_list_of_members():
    """ "anggota BK Budi" is a member of the ethics board, not a list of members opened by "anggota"."""
    text = "Hadir Ketua BK DPRD Kebumen Hartawan Wirasena, anggota BK Dewi Kartika, lalu Yosef Laban."
    assert ("BK Dewi Kartika", "Anggota DPRD", "Kabupaten Kebumen") not in officials(text)


def test_a_listed_name_may_end_in_a_lower_case_word():
    text = "Rombongan DPRD Kabupaten Kebumen terdiri dari Sarpan koko, Dewi Kartika, Lintang syah, dan Yosef Laban."
    assert officials(text) == [("Sarpan koko", "Anggota DPRD", "Kabupaten Kebumen"),
                               ("Dewi Kartika", "Anggota DPRD", "Kabupaten Kebumen"),
                               ("Lintang syah", "Anggota DPRD", "Kabupaten Kebumen"),
                               ("Yosef Laban", "Anggota DPRD", "Kabupaten Kebumen")]


def test_a_lower_case_word_after_a_lone_name_stays_out():
    text = "Kepala Dinas Kesehatan Kebumen Hartawan Wirasena kemarin, Senin, meninjau puskesmas."
    assert officials(text) == [("Hartawan Wirasena", "Kepala Dinas Kesehatan", "Kabupaten Kebumen")]


@pytest.mark.parametrize("text, expected", [
    # the acronym of the written-out title in brackets: the title goes on after it
    ("Hadir pula Wakil ketua (Waket) Komisi II DPRD Kebumen Dewi Kartika.",
     [("Dewi Kartika", "Wakil Ketua Komisi II DPRD", "Kabupaten Kebumen")]),
    # an office the lexicon knows by its acronym, written out before it
    ("Rombongan diterima Ketua Badan Pembuat Peraturan Daerah (Bapemperda) DPRD Kabupaten Kebumen, Hartawan Wirasena.",
     [("Hartawan Wirasena", "Ketua Bapemperda DPRD", "Kabupaten Kebumen")]),
    ("Rombongan diterima Ketua Dewan Perwakilan RakyatDaerah (DPRD) Kabupaten Kebumen Hartawan Wirasena di gedung "
     "dewan.", [("Hartawan Wirasena", "Ketua DPRD", "Kabupaten Kebumen")]),
])
def test_an_acronym_in_brackets_inside_a_title(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_name_shortened_in_brackets_after_a_title_stays_as_written():
    text = "Presiden Joko Widarto (Jokowar) meresmikan pasar di Kebumen."
    assert officials(text) == [("Joko Widarto", "Presiden", None)]


@pytest.mark.parametrize("text, expected", [
    ("Rapat dipimpin Ketua Komisi X DPR-RI Hartawan Wirasena di Kebumen.",
     [("Hartawan Wirasena", "Ketua Komisi X DPR RI", None)]),
    ("Hadir Wakil Ketua Komisi IX Dewi Kartika serta Anggota Komisi VIII DPR RI Yosef Laban.",
     [("Dewi Kartika", "Wakil Ketua Komisi IX DPR RI", None), ("Yosef Laban", "Anggota Komisi VIII DPR RI", None)]),
])
def test_the_commissions_of_dpr_ri_above_v(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the first words of a longer region's name, left unread by the region finder, are no part of the name
    ("Rombongan dipimpin Ketua DPRD Tanjung Jabung Hartawan dan didampingi staf.",
     [("Hartawan", "Ketua DPRD", None)]),
    # a passive verb opening a sentence starts no name
    ("Didampingi Hartawan Wirasena (Kabag Hukum), Dewi menjelaskan sejarah Kota Tangerang Selatan.",
     [("Hartawan Wirasena", "Kepala Bagian Hukum", "Kota Tangerang Selatan")]),
    # a kinship word is no name
    ("Gubernur Aceh, Hartawan Wirasena, dan Istri, Dewi Kartika, tiba di pendopo.",
     [("Hartawan Wirasena", "Gubernur", "Provinsi Aceh")]),
    # "salah seorang" between a name and its post
    ('"Di sini masih kaku," ujar Hartawan Wirasena, salah seorang Anggota DPRD Kabupaten Kebumen.',
     [("Hartawan Wirasena", "Anggota DPRD", "Kabupaten Kebumen")]),
    # "Wakilnya" written with a capital
    ("Ia menilai terobosan Bupati Kebumen Hartawan Wirasena dan Wakilnya Dewi Kartika layak dipelajari.",
     [("Hartawan Wirasena", "Bupati", "Kabupaten Kebumen"), ("Dewi Kartika", "Wakil Bupati", "Kabupaten Kebumen")]),
])
def test_the_start_of_a_name(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_deputy_chairs_by_number_after_a_council_post():
    text = ("Rombongan dipimpin Ketua DPRD Kabupaten Kebumen, Hi. Hartawan Wirasena, bersama Wakil I Hi. Dewi Kartika, "
            "S.E., Wakil II Yosef Laban dan Wakil III Rini Astaguna.")
    assert officials(text) == [("Hartawan Wirasena", "Ketua DPRD", "Kabupaten Kebumen"),
                               ("Dewi Kartika", "Wakil Ketua I DPRD", "Kabupaten Kebumen"),
                               ("Yosef Laban", "Wakil Ketua II DPRD", "Kabupaten Kebumen"),
                               ("Rini Astaguna", "Wakil Ketua III DPRD", "Kabupaten Kebumen")]


def test_a_deputy_by_number_needs_a_council_post_before():
    assert officials("Bupati Kebumen Hartawan Wirasena hadir. Wakil II Dewi Kartika tidak hadir.") == [
        ("Hartawan Wirasena", "Bupati", "Kabupaten Kebumen")]


def test_members_speaking_for_their_commission():
    text = "Komisi I DPRD Kebumen yang diwakili Hartawan Wirasena, SE dan Dewi Kartika bersama staf hadir di sana."
    assert officials(text) == [("Hartawan Wirasena", "Anggota Komisi I DPRD", "Kabupaten Kebumen"),
                               ("Dewi Kartika", "Anggota Komisi I DPRD", "Kabupaten Kebumen")]


def test_the_committees_of_dpd_ri():
    text = "Kunjungan dipimpin Wakil Ketua Komite I DPD RI, Hartawan Wirasena."
    assert officials(text) == [("Hartawan Wirasena", "Wakil Ketua Komite I DPD", None)]


@pytest.mark.parametrize("text, expected", [
    # a one-word "name" that is a unit's field word or a police or military unit is none
    ("Baca juga: Kabid Humas Polda Banten Terima Permohonan Warga\nWarga Kebumen datang.", []),
    ("Dari kiri, Kepala Bidang Informasi dan Komunikasi Publik Diskominfo Kabupaten Kebumen Hartawan Wirasena.",
     [("Hartawan Wirasena", "Kepala Bidang Informasi dan Komunikasi Publik", "Kabupaten Kebumen")]),
    # a faction's treasurer is a post, not a name listed after the secretary
    ("Sekretaris Fraksi, Dr. Hartawan Wirasena, dan Bendahara Fraksi, H. Dewi Kartika, menerima kunjungan DPRD "
     "Kebumen.",
     [("Hartawan Wirasena", "Sekretaris Fraksi", "Kabupaten Kebumen"),
      ("Dewi Kartika", "Bendahara Fraksi", "Kabupaten Kebumen")]),
])
def test_offices_are_no_names(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_deputies_counted_in_figures():
    text = ("Rombongan didampingi Hartawan Wirasena selaku Ketua DPRD Kebumen dan 3 wakilnya, Drs Dewi Kartika, Yosef "
            "Laban, dan Hj Rini Astaguna, serta dua pendamping.")
    assert officials(text) == [("Hartawan Wirasena", "Ketua DPRD", "Kabupaten Kebumen"),
                               ("Dewi Kartika", "Wakil Ketua DPRD", "Kabupaten Kebumen"),
                               ("Yosef Laban", "Wakil Ketua DPRD", "Kabupaten Kebumen"),
                               ("Rini Astaguna", "Wakil Ketua DPRD", "Kabupaten Kebumen")]
