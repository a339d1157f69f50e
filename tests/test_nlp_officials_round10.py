"""Officials in phrasings of unseen regional news (round 10): lists of members opened in more ways, acronyms in
brackets inside a title, deputies and members of a council named after its post.

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials

from nlp.pipeline import components
from nlp.regions import resolve

KEBUMEN = "Kabupaten Kebumen"


def spans(text: str) -> list[tuple[str, str, str]]:
    """(name, the text under each name mention, the text under the position) for every official found."""
    parts = components()
    mentions = resolve(parts.regions.find(text), parts.lexicon.regions, text)
    return [(o.name, "|".join(text[a:b] for a, b in o.mentions), text[o.position_span[0]:o.position_span[1]])
            for o in parts.officials.find(text, mentions, 0)]


@pytest.mark.parametrize("text, expected", [
    # a comma and a lower-case "anggota" after a council post: the names listed share its council
    ("Kunjungan itu diikuti Ketua DPRD Kebumen Hartawan Wirasena, anggota Dewi Kartika dan Yosef Laban.",
     [("Hartawan Wirasena", "Ketua DPRD", KEBUMEN), ("Dewi Kartika", "Anggota DPRD", KEBUMEN),
      ("Yosef Laban", "Anggota DPRD", KEBUMEN)]),
    # the colon after "lainnya" opens the list
    ("Ikut pula anggota Komisi C DPRD Kebumen lainnya: Dewi Kartika, Yosef Laban, serta Rini Astaguna.",
     [("Dewi Kartika", "Anggota Komisi C DPRD", KEBUMEN), ("Yosef Laban", "Anggota Komisi C DPRD", KEBUMEN),
      ("Rini Astaguna", "Anggota Komisi C DPRD", KEBUMEN)]),
    # a relative clause of six words before "ialah"
    ("Anggota Komisi D DPRD Kebumen yang pagi tadi ikut meninjau lokasi ialah Dewi Kartika dan Yosef Laban.",
     [("Dewi Kartika", "Anggota Komisi D DPRD", KEBUMEN), ("Yosef Laban", "Anggota Komisi D DPRD", KEBUMEN)]),
    # counted members, then any short clause before "yakni"
    ("Lima anggota DPRD Kebumen berhalangan hadir, yakni Dewi Kartika, Yosef Laban, dan Rini Astaguna.",
     [("Dewi Kartika", "Anggota DPRD", KEBUMEN), ("Yosef Laban", "Anggota DPRD", KEBUMEN),
      ("Rini Astaguna", "Anggota DPRD", KEBUMEN)]),
])
def test_members_listed_after_more_openings(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    # a head of region is held by one person: "yaitu" after his clause names an award, not holders
    "Bupati Kebumen meraih penghargaan tertinggi, yaitu Parahita Utama, tahun lalu.",
    # uncounted members: "yaitu" after their clause names things, not people
    "Anggota DPRD Kebumen menyoroti dua hal penting, yaitu Dana Desa dan Kartu Sehat.",
    "Para anggota mempelajari beberapa hal, yaitu Gerai Sayur Kenari dan Rumah Kompos Melati di Kebumen.",
    # "ini." is no abbreviated title before a name
    "Hal itu dibahas anggota DPRD yang berkunjung ke daerah seperti ini. Sebelumnya, rombongan tiba di Kebumen.",
])
def test_no_holders_listed(text: str) -> None:
    assert officials(text) == []


def test_an_office_after_a_comma_and_anggota_is_no_list_of_members():
    """ "anggota BK Dewi" is a member of the ethics board, not a list of members opened by "anggota"."""
    text = ("Hadir Ketua BK DPRD Kebumen Hartawan Wirasena, anggota BK Dewi Kartika, dan Kepala Dinas Sosial Kebumen "
            "Yosef Laban.")
    assert officials(text) == [("Hartawan Wirasena", "Ketua Badan Kehormatan DPRD", KEBUMEN),
                               ("Dewi Kartika", "Anggota Badan Kehormatan DPRD", KEBUMEN),
                               ("Yosef Laban", "Kepala Dinas Sosial", KEBUMEN)]


@pytest.mark.parametrize("text, expected", [
    # a lower-case word after a name is no part of it, in a list or alone
    ("Anggota DPRD Kebumen Hartawan Wirasena pulang, Dewi Kartika dan Yosef Laban tetap tinggal.",
     [("Hartawan Wirasena", "Anggota DPRD", KEBUMEN)]),
    ("Rombongan DPRD Kebumen terdiri dari Hartawan Wirasena kemarin, Dewi Kartika, dan Yosef Laban.",
     [("Hartawan Wirasena", "Anggota DPRD", KEBUMEN)]),
    ("Kepala Dinas Kesehatan Kebumen Hartawan Wirasena kemarin, Senin, meninjau puskesmas.",
     [("Hartawan Wirasena", "Kepala Dinas Kesehatan", KEBUMEN)]),
])
def test_a_lower_case_word_after_a_name_stays_out(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # opening a list with three names after it, or with two names before it: a lower-case last word of a name
    ("Rombongan DPRD Kabupaten Kebumen terdiri dari Sarpan koko, Dewi Kartika, Lintang syah, Rini Astaguna, dan Yosef "
     "Laban.",
     [("Sarpan koko", "Anggota DPRD", KEBUMEN), ("Dewi Kartika", "Anggota DPRD", KEBUMEN),
      ("Lintang syah", "Anggota DPRD", KEBUMEN), ("Rini Astaguna", "Anggota DPRD", KEBUMEN),
      ("Yosef Laban", "Anggota DPRD", KEBUMEN)]),
    ("Anggota DPRD Kebumen Sarpan koko, Dewi Kartika, Rini Astaguna, dan Yosef Laban meninjau pasar.",
     [("Sarpan koko", "Anggota DPRD", KEBUMEN), ("Dewi Kartika", "Anggota DPRD", KEBUMEN),
      ("Rini Astaguna", "Anggota DPRD", KEBUMEN), ("Yosef Laban", "Anggota DPRD", KEBUMEN)]),
])
def test_a_name_well_inside_a_list_may_end_in_a_lower_case_word(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the acronym of the written-out title in brackets: the title goes on after it
    ("Sambutan disampaikan Wakil ketua (Waka) Komisi C DPRD Kebumen Dewi Kartika.",
     [("Dewi Kartika", "Wakil Ketua Komisi C DPRD", KEBUMEN)]),
    # an office the lexicon knows by its acronym, written out before it
    ("Rombongan diterima Ketua Badan Pembuat Peraturan Daerah (Bapemperda) DPRD Kabupaten Kebumen, Hartawan Wirasena.",
     [("Hartawan Wirasena", "Ketua Bapemperda DPRD", KEBUMEN)]),
    ("Wakil Ketua Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Kebumen, Dewi Kartika, membuka rapat.",
     [("Dewi Kartika", "Wakil Ketua DPRD", KEBUMEN)]),
])
def test_an_acronym_in_brackets_inside_a_title(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name among the words spelling the acronym: nothing moves
    ("Kepala Bidang Pemasaran Dewi (KBPD) hadir di Kebumen.",
     [("Dewi", "Dewi", "Kepala Bidang Pemasaran")]),
    # the title moved over the bracket: the position covers what is written, the name stays where it is
    ("Sekretaris Dinas Kesehatan (Sekdinkes) Yosef Laban hadir di Kebumen.",
     [("Yosef Laban", "Yosef Laban", "Sekretaris Dinas Kesehatan (Sekdinkes)")]),
    ("Sambutan disampaikan Wakil ketua (Waka) Komisi C DPRD Kebumen Dewi Kartika.",
     [("Dewi Kartika", "Dewi Kartika", "Wakil ketua (Waka) Komisi C DPRD")]),
])
def test_offsets_near_a_bracket_are_the_texts(text: str, expected: list) -> None:
    assert spans(text) == expected


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
    ("Didampingi Yosef Laban (Kabag Umum), Dewi meninjau ruang arsip Kota Tangerang Selatan.",
     [("Yosef Laban", "Kepala Bagian Umum", "Kota Tangerang Selatan")]),
    # a kinship word is no name
    ("Bupati Kebumen Hartawan Wirasena beserta suami, Yosef Laban, meninjau pasar.",
     [("Hartawan Wirasena", "Bupati", KEBUMEN)]),
    # "salah satu" between a name and its post
    ("Menurut Dewi Kartika, salah satu anggota Komisi A DPRD Kebumen, program itu layak ditiru.",
     [("Dewi Kartika", "Anggota Komisi A DPRD", KEBUMEN)]),
    # "Wakilnya" written with a capital
    ("Program itu digagas Wali Kota Magelang Hartawan Wirasena dan Wakilnya Dewi Kartika sejak 2021.",
     [("Hartawan Wirasena", "Wali Kota", "Kota Magelang"), ("Dewi Kartika", "Wakil Wali Kota", "Kota Magelang")]),
])
def test_the_start_of_a_name(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # deputies counted in figures
    ("Ketua DPRD Kebumen Hartawan Wirasena datang bersama 2 wakilnya, Dewi Kartika dan Yosef Laban.",
     [("Hartawan Wirasena", "Ketua DPRD", KEBUMEN), ("Dewi Kartika", "Wakil Ketua DPRD", KEBUMEN),
      ("Yosef Laban", "Wakil Ketua DPRD", KEBUMEN)]),
    # a degree's full stop ends no sentence
    ("Rombongan disambut Bupati Kebumen Hartawan Wirasena, S.H. beserta wakilnya Dewi Kartika.",
     [("Hartawan Wirasena", "Bupati", KEBUMEN), ("Dewi Kartika", "Wakil Bupati", KEBUMEN)]),
    # a sentence's end, after a short word too: the deputy is no longer of the post named before
    ("Ketua DPRD Kebumen Hartawan Wirasena pulang lebih dulu. Ani datang dengan wakilnya Dewi Kartika.",
     [("Hartawan Wirasena", "Ketua DPRD", KEBUMEN)]),
    ("Ketua DPRD Kebumen Hartawan Wirasena memimpin rapat itu. Wakil II Dewi Kartika absen kemarin.",
     [("Hartawan Wirasena", "Ketua DPRD", KEBUMEN)]),
    # a council's deputy chairs by number, "Ketua" left out
    ("Ketua DPRD Kebumen Hartawan Wirasena hadir bersama Wakil I Dewi Kartika dan Wakil III Yosef Laban.",
     [("Hartawan Wirasena", "Ketua DPRD", KEBUMEN), ("Dewi Kartika", "Wakil Ketua I DPRD", KEBUMEN),
      ("Yosef Laban", "Wakil Ketua III DPRD", KEBUMEN)]),
    # ... only after a council's post
    ("Bupati Kebumen Hartawan Wirasena hadir bersama Wakil II Dewi Kartika.",
     [("Hartawan Wirasena", "Bupati", KEBUMEN)]),
])
def test_deputies_of_the_post_named_before(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_members_speaking_for_their_commission():
    text = "Dalam pertemuan itu Komisi C DPRD Kebumen diwakili oleh Dewi Kartika dan Yosef Laban."
    assert officials(text) == [("Dewi Kartika", "Anggota Komisi C DPRD", KEBUMEN),
                               ("Yosef Laban", "Anggota Komisi C DPRD", KEBUMEN)]


@pytest.mark.parametrize("text, expected", [
    ("Kunjungan dipimpin Wakil Ketua Komite I DPD RI, Hartawan Wirasena.",
     [("Hartawan Wirasena", "Wakil Ketua Komite I DPD", None)]),
    ("Anggota Komite III DPD RI Dewi Kartika meninjau pasar di Kebumen.",
     [("Dewi Kartika", "Anggota Komite III DPD", None)]),
])
def test_the_committees_of_dpd_ri(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word "name" that is a unit's field word or a police or military unit is none
    ("Menurut Kabid Humas Polda, situasi aman.", []),
    ("Materi dipaparkan Kepala Bidang Informasi dan Komunikasi Publik Dinas Kominfo Kebumen, Dewi Kartika.",
     [("Dewi Kartika", "Kepala Bidang Informasi dan Komunikasi Publik Dinas Kominfo", KEBUMEN)]),
    # a faction's treasurer is a post
    ("Hadir pula Bendahara Fraksi PKB DPRD Kebumen Yosef Laban.",
     [("Yosef Laban", "Bendahara Fraksi PKB DPRD", KEBUMEN)]),
    # "sekertariat" (misspelt) is a unit word
    ("Kegiatan diikuti Staf Ahli Bidang Hukum Sekertariat, lalu rombongan pulang ke Kebumen.", []),
    # an assistant of the regional secretary by "Asda"
    ("Asda II Pemkab Kebumen Yosef Laban menyambut rombongan.", [("Yosef Laban", "Asisten II", KEBUMEN)]),
])
def test_offices_are_no_names(text: str, expected: list) -> None:
    assert officials(text) == expected
