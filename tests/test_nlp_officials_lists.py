"""Several holders under one post: members listed after a council post ("yaitu", "yakni", "di antaranya", "anggotanya",
a colon, a joining clause), a list closed by "beserta", names listed before a shared position, deputies after
"wakilnya" or counted, members speaking for their commission, a listed member's own post of that council written in
brackets after his name; and what opens no list.

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import KEBUMEN, officials

from nlp.lexicon import load
from nlp.official_patterns import COMMA_THEN_NAME
from nlp.official_titles import PositionMention
from nlp.officials import OfficialFinder


@pytest.mark.parametrize("text, expected", [
    ("Kunjungan diikuti Ketua Komisi III DPRD Wajo Rano Kelimutu dan anggota Tuta Sekarwangi serta Andi Baso.",
     [("Rano Kelimutu", "Ketua Komisi III DPRD", "Kabupaten Wajo"),
      ("Tuta Sekarwangi", "Anggota Komisi III DPRD", "Kabupaten Wajo"),
      ("Andi Baso", "Anggota Komisi III DPRD", "Kabupaten Wajo")]),
])
def test_members_in_lower_case_after_a_council_post(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a titled name after a comma is the next holder in the list, not the holder after a place
    ("Hadir Anggota Komisi II, Rano Kelimutu, H Budi Hartono SE, dan Ani Lestari.",
     [("Rano Kelimutu", "Anggota Komisi II DPRD", None), ("Budi Hartono", "Anggota Komisi II DPRD", None),
      ("Ani Lestari", "Anggota Komisi II DPRD", None)]),
])
def test_a_titled_name_after_a_comma_lists_the_next_holder(text: str, expected: list) -> None:
    assert officials(text) == expected


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
    # a two-word party before a list of names with their electoral districts
    ("Kegiatan itu dihadiri Anggota DPR RI Fraksi PDI Perjuangan Tuta Sekarwangi dari Dapil Maluku, Rano Kelimutu, "
     "Wiro Ambarita dan Ani Lestariana beserta sejumlah mitra kerja.",
     [("Tuta Sekarwangi", "Anggota DPR", None), ("Rano Kelimutu", "Anggota DPR", None),
      ("Wiro Ambarita", "Anggota DPR", None), ("Ani Lestariana", "Anggota DPR", None)]),
    # members listed after a bare "anggota" belong to the council body named before; glued factions "(FPKS)"
    ("Rombongan dipimpin langsung Ketua Bapemperda DPRD Kota Padang Tulebo Arkanis dan diikuti sejumlah anggota, "
     "antara lain Rano Kelimutu dan Wiro Ambarita (FPKS), Ani Lestariana (F-Gerindra), Dasmanto dan Mukhrijal "
     "(F-Berkarya), serta didampingi Kabag Hukum.",
     [("Tulebo Arkanis", "Ketua Bapemperda DPRD", "Kota Padang"),
      ("Rano Kelimutu", "Anggota Bapemperda DPRD", "Kota Padang"),
      ("Wiro Ambarita", "Anggota Bapemperda DPRD", "Kota Padang"),
      ("Ani Lestariana", "Anggota Bapemperda DPRD", "Kota Padang"),
      ("Dasmanto", "Anggota Bapemperda DPRD", "Kota Padang"), ("Mukhrijal", "Anggota Bapemperda DPRD", "Kota Padang")]),
    ("Pemkab Wajo mengirim sejumlah anggota tim, antara lain Rano Kelimutu dan Wiro Ambarita.", []),
    ("Para peserta membahas Focus Group Discussion (FGD) di aula DPRD Wajo.", []),
    # deputies counted before their list share the council of the post before
    ("Rombongan dipimpin Ketua DPRD Sleman Tulebo Arkanis bersama tiga Wakil Ketua, yakni Rano Kelimutu, Wiro "
     "Ambarita dan R Sukamtono. Rombongan itu diterima.",
     [("Tulebo Arkanis", "Ketua DPRD", "Kabupaten Sleman"), ("Rano Kelimutu", "Wakil Ketua DPRD", "Kabupaten Sleman"),
      ("Wiro Ambarita", "Wakil Ketua DPRD", "Kabupaten Sleman"),
      ("R Sukamtono", "Wakil Ketua DPRD", "Kabupaten Sleman")]),
    # a special committee "di bawah pimpinan" its chair
    ("Panitia Khusus DPRD Kota Bontang di bawah pimpinan Tulebo menjalankan studi banding.",
     [("Tulebo", "Ketua DPRD", "Kota Bontang")]),
])
def test_council_members_and_their_lists(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the list's last name before "beserta jajarannya"
    ("Rombongan DPRD Ngawi, di antaranya H. Bonte Galis, Sekar Nirmala, H. Laras Ambarwati beserta jajarannya, "
     "disambut di Madiun.",
     [("Bonte Galis", "Anggota DPRD", "Kabupaten Ngawi"), ("Sekar Nirmala", "Anggota DPRD", "Kabupaten Ngawi"),
      ("Laras Ambarwati", "Anggota DPRD", "Kabupaten Ngawi")]),
])
def test_a_list_closed_by_beserta(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    "Rombongan disambut Galuh Pertiwi, Nirmala Kandaka, dan Kinasih Sembada selaku anggota Komisi I DPRD "
    "Kabupaten Ngawi.",
    "Rombongan disambut Galuh Pertiwi dari Fraksi Golkar, Nirmala Kandaka dari Fraksi NasDem, dan Kinasih Sembada dari "
    "Fraksi PKB selaku anggota Komisi I DPRD Kabupaten Ngawi.",
    "Rombongan disambut Galuh Pertiwi (F-Golkar), Nirmala Kandaka, S.H. (F-PKB) serta Kinasih Sembada sebagai anggota "
    "Komisi I DPRD Kabupaten Ngawi.",
])
def test_a_list_of_names_before_a_shared_position(text: str) -> None:
    assert officials(text) == [(name, "Anggota Komisi I DPRD", "Kabupaten Ngawi")
                               for name in ("Galuh Pertiwi", "Nirmala Kandaka", "Kinasih Sembada")]


def test_a_list_before_a_single_position_names_only_its_last_item() -> None:
    assert officials("Hadir Galuh Pertiwi, Nirmala Kandaka, dan Kinasih Sembada selaku Ketua Komisi I DPRD Kabupaten "
                     "Ngawi.") == [("Kinasih Sembada", "Ketua Komisi I DPRD", "Kabupaten Ngawi")]


@pytest.mark.parametrize("text, position, region", [
    ("Anggota DPRD Kabupaten Ngawi yang hadir yakni Galuh Pertiwi, Nirmala Kandaka, serta Kinasih Sembada.",
     "Anggota DPRD", "Kabupaten Ngawi"),
    ("Selain Sadewo Tumiwang, anggota DPRD Ngawi lain yang ikut hadir ialah Galuh Pertiwi, Nirmala Kandaka, dan "
     "Kinasih Sembada.", "Anggota DPRD", "Kabupaten Ngawi"),
    ("Hadir pula anggota Komisi A DPRD Kota Madiun, yaitu Galuh Pertiwi (F-Golkar), Nirmala Kandaka (Dapil 2), dan "
     "Kinasih Sembada dari Fraksi PKB.", "Anggota Komisi A DPRD", "Kota Madiun"),
    # a council's group, no position written: its members are listed
    ("Rombongan Komisi I DPRD Kabupaten Ngawi terdiri dari Galuh Pertiwi, Nirmala Kandaka, dan Kinasih Sembada.",
     "Anggota Komisi I DPRD", "Kabupaten Ngawi"),
    ("Rombongan DPRD Ngawi beranggotakan Galuh Pertiwi (Dapil 1), Nirmala Kandaka (Dapil 2), dan Kinasih Sembada, S.E. "
     "(Dapil 5).", "Anggota DPRD", "Kabupaten Ngawi"),
    ("Hadir pula jajaran Komisi I DPRD Ngawi seperti Galuh Pertiwi, Nirmala Kandaka, hingga Kinasih Sembada.",
     "Anggota Komisi I DPRD", "Kabupaten Ngawi"),
])
def test_members_listed_after_an_intro(text: str, position: str, region: str) -> None:
    names = ("Galuh Pertiwi", "Nirmala Kandaka", "Kinasih Sembada")
    assert officials(text) == [(name, position, region) for name in names]


@pytest.mark.parametrize("text, position", [
    ("Rombongan Komisi I DPRD Ngawi yang terdiri atas Galuh Pertiwi, Nirmala Kandaka, dan Kinasih Sembada "
     "tiba pagi.", "Anggota Komisi I DPRD"),
    ("Rombongan Pansus DPRD Ngawi yang berjumlah 9 orang itu beranggotakan Galuh Pertiwi, Nirmala Kandaka, dan "
     "Kinasih Sembada.", "Anggota Pansus DPRD"),
    ("Rombongan BAPEMPERDA DPRD Ngawi yang beranggotakan Dr. H. Galuh Pertiwi, SH., Nirmala Kandaka dan Kinasih "
     "Sembada disambut hangat.", "Anggota Bapemperda DPRD"),
    ("Kunjungan Komisi I DPRD Ngawi yang terdiri atas H Galuh Pertiwi, SH., Nirmala Kandaka, Kinasih Sembada, ST., "
     "beserta jajarannya itu membahas batas desa.", "Anggota Komisi I DPRD"),
])
def test_members_listed_after_a_group_and_a_relative_clause(text: str, position: str) -> None:
    """"yang" right before the list word, or a clause with a count between ("yang berjumlah 9 orang itu"); a
    committee in capitals; a visit of the committee as its group."""
    names = ("Galuh Pertiwi", "Nirmala Kandaka", "Kinasih Sembada")
    assert officials(text) == [(name, position, "Kabupaten Ngawi") for name in names]


@pytest.mark.parametrize("text", [
    "Rombongan DPRD Ngawi terdiri dari 25 orang.",
    "Rombongan DPRD Ngawi, antara lain Ketua Komisi A, tiba pagi.",
    "Kepala Dinas Kesehatan Kabupaten Wajo mengatakan warga yang hadir yakni Welas dan Gandring senang.",
])
def test_no_members_without_names(text: str) -> None:
    assert officials(text) == []


def test_a_sentence_after_a_list_of_members_is_no_member() -> None:
    got = officials("Hadir anggota Pansus DPRD Kota Madiun, yaitu Galuh Pertiwi, ST, serta Nirmala Kandaka, ST. "
                    "Turut hadir pejabat lain.")
    assert [g[0] for g in got] == ["Galuh Pertiwi", "Nirmala Kandaka"]


@pytest.mark.parametrize("text, expected", [
    # a short clause of joining words between the members' position and the list
    ("Sejumlah anggota Komisi II DPRD Wajo ikut dalam rombongan, di antaranya Tuta Sekarwangi, Mone Sile, "
     "H. Netu Adikara, dan Marku Pewu.",
     [("Tuta Sekarwangi", "Anggota Komisi II DPRD", "Kabupaten Wajo"), ("Mone Sile", "Anggota Komisi II DPRD",
                                                                  "Kabupaten Wajo"),
      ("Netu Adikara", "Anggota Komisi II DPRD", "Kabupaten Wajo"), ("Marku Pewu", "Anggota Komisi II DPRD",
                                                                  "Kabupaten Wajo")]),
    ("Anggota DPRD Wajo lainnya juga ikut, yakni Tuta Sekarwangi, Mone Sile, serta Marku Pewu.",
     [("Tuta Sekarwangi", "Anggota DPRD", "Kabupaten Wajo"), ("Mone Sile", "Anggota DPRD", "Kabupaten Wajo"),
      ("Marku Pewu", "Anggota DPRD", "Kabupaten Wajo")]),
    # any other clause is no list intro
    ("Anggota DPRD Wajo menilai dua hal penting, yakni Pendidikan dan Kesehatan.", []),
])
def test_members_listed_after_a_joining_clause(text: str, expected: list) -> None:
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
    text = ("Dipimpin Ketua Komisi I DPRD Kota Madiun, Banyu Prasojo, para personil Komisi I yakni Rina Kartika, "
            "Dodi Haryanto dan Wulan Prameswari berdialog.")
    assert officials(text) == [("Banyu Prasojo", "Ketua Komisi I DPRD", "Kota Madiun"),
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
    # a comma list of names after a council committee: its members
    ("Rombongan disambut Komisi D DPRD Kota Madiun, Banyu Prasojo, Rina Kartika, dan Dodi Haryanto.",
     [("Banyu Prasojo", "Anggota Komisi D DPRD", "Kota Madiun"),
      ("Rina Kartika", "Anggota Komisi D DPRD", "Kota Madiun"),
      ("Dodi Haryanto", "Anggota Komisi D DPRD", "Kota Madiun")]),
    # one name in apposition is no list
    ("Komisi C DPRD Ngawi, Banyu Prasojo mengatakan hal itu.", []),
    # more commissions, not names
    ("Komisi I, III dan IV DPRD Kota Madiun berkunjung.", []),
    # one name in brackets after the position; an abbreviation of the position or region is none
    ("Bupati Ngawi (Budi) menyambut rombongan.", [("Budi", "Bupati", "Kabupaten Ngawi")]),
    ("Gubernur Riau (Gubri) menyambut rombongan.", []),
    # "Kalaksa": the executive head of a disaster agency
    ("Kalaksa BPBD Ngawi Banyu Prasojo hadir.",
     [("Banyu Prasojo", "Kepala Pelaksana BPBD", "Kabupaten Ngawi")]),
])
def test_committee_lists_bracketed_names_and_heads(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 44: one name set off by commas after a council's committee is its member
    ("Rombongan juga disambut Komisi V DPRD Klaten, Rano Kelimutu, di ruang rapat.",
     [("Rano Kelimutu", "Anggota Komisi V DPRD", "Kabupaten Klaten")]),
    ("Menurut Komisi I DPRD Kabupaten Klaten, Rano Kelimutu, kunjungan itu penting.",
     [("Rano Kelimutu", "Anggota Komisi I DPRD", "Kabupaten Klaten")]),
    # guards: a day, a province, a post of its own after the comma; a head's or staff's word before the committee;
    # another committee misspelt; no comma after the name (an apposition)
    ("Kunjungan Komisi I DPRD Kabupaten Klaten, Rabu (12/3), diterima Sekda.", []),
    ("Rombongan Komisi I DPRD Kabupaten Klaten, Provinsi Jawa Tengah, tiba di Solo.", []),
    ("Rombongan Komisi I DPRD Klaten, Kepala Dinas Sosial Rano Kelimutu, tiba di Solo.",
     [("Rano Kelimutu", "Kepala Dinas Sosial", "Kabupaten Klaten")]),
    ("Rombongan diterima Ketua Tim Komisi IV, Rano Kelimutu, di Klaten.", []),
    ("Rombongan disambut Tenaga Ahli Banmus DPRD Kabupaten Klaten, Rano Kelimutu, di ruang rapat.",
     [("Rano Kelimutu", "Tenaga Ahli Badan Musyawarah DPRD", "Kabupaten Klaten")]),
    ("Seluruh Komisi di DPRD Klaten, dari Komisi A, Komis B, Komis C sampai Komisi D DPRD Klaten, bekerja.", []),
    ("Komisi C DPRD Ngawi, Banyu Prasojo mengatakan hal itu.", []),
])
def test_one_member_named_after_a_committee(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Sidang paripurna DPRD Kabupaten Pacitan sepi. Lima anggota Komisi B belum sempat hadir, yakni Ani Lestari, "
     "Yosef Laban dan Rano Kelimutu.",
     [("Ani Lestari", "Anggota Komisi B DPRD", "Kabupaten Pacitan"),
      ("Yosef Laban", "Anggota Komisi B DPRD", "Kabupaten Pacitan"),
      ("Rano Kelimutu", "Anggota Komisi B DPRD", "Kabupaten Pacitan")]),
    ("Studi tiru DPRD Kota Blitar ke Kabupaten Pacitan berjalan lancar. Legislator yang turut dalam rombongan di "
     "antaranya kami, Ani Lestari dan Yosef Laban.",
     [("Ani Lestari", "Anggota DPRD", "Kota Blitar"), ("Yosef Laban", "Anggota DPRD", "Kota Blitar")]),
    ("DPRD Kota Blitar menggelar rapat dengar pendapat. Anggota dewan yang mengajukan pertanyaan, antara lain Ani "
     "Lestari, Yosef Laban dan Rano Kelimutu.",
     [("Ani Lestari", "Anggota DPRD", "Kota Blitar"), ("Yosef Laban", "Anggota DPRD", "Kota Blitar"),
      ("Rano Kelimutu", "Anggota DPRD", "Kota Blitar")]),
    ("Rombongan diterima Ketua DPRD Kota Blitar, Ani Lestari, bersama tujuh anggota dewan lainnya.\nMereka antara "
     "lain Yosef Laban, Rano Kelimutu, dan Dewi Kartika.",
     [("Ani Lestari", "Ketua DPRD", "Kota Blitar"), ("Yosef Laban", "Anggota DPRD", "Kota Blitar"),
      ("Rano Kelimutu", "Anggota DPRD", "Kota Blitar"), ("Dewi Kartika", "Anggota DPRD", "Kota Blitar")]),
    ("Dari dua belas anggota DPRD Kota Blitar, enam anggota ikut rapat pagi itu. Mereka ialah Yosef Laban dan "
     "Rano Kelimutu.",
     [("Yosef Laban", "Anggota DPRD", "Kota Blitar"), ("Rano Kelimutu", "Anggota DPRD", "Kota Blitar")]),
])
def test_a_roll_of_council_members_after_a_clause_about_members(text: str, expected: list) -> None:
    """Members named after a clause the member word heads and a list word ("yakni", "antara lain", "di antaranya";
    the speaker aside "kami," skipped), or counted members whose roll opens the next sentence with "Mereka": two names
    or more, each a member of the council named last with its region."""
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    "Direksi menerima tamu. Anggota DPRD Kota Blitar disambut pejabat Pemkab Pacitan, yaitu Ani Lestari dan Yosef "
    "Laban.",
    "Anggota DPRD Kota Blitar kemudian bertemu warga, antara lain Ani Lestari, Yosef Laban dan Rano Kelimutu.",
    "Sebelumnya anggota DPRD Kota Blitar didampingi tenaga ahli, yaitu Ani Lestari dan Yosef Laban.",
    "Anggota DPRD Kota Blitar menyimak paparan narasumber, yakni Ani Lestari dan Yosef Laban dari Bappenas.",
    "Menurut anggota DPRD Kota Blitar, pembicaranya adalah Ani Lestari dan Yosef Laban.",
    "Anggota DPRD Kota Blitar menyoroti dua hal, yaitu Dana Desa dan Alokasi Khusus.",
    "Anggota DPRD Kota Blitar ikut hadir. Mereka antara lain Ani Lestari dan Yosef Laban.",
])
def test_no_roll_when_the_list_is_another_persons_or_no_persons(text: str) -> None:
    """The list belongs to another person noun between the members and the list word ("pejabat", "warga", "tenaga
    ahli", "narasumber", "pembicara"), or the members head no clause right before it, or the members are not counted
    before a roll in the next sentence: no council roll."""
    assert officials(text) == []


@pytest.mark.parametrize("text, expected", [
    # the committee named between the member word and the roll; a lower-case degree before a listed name
    ("Komisi IV DPRD Kota Madiun berangkat dengan bus. Anggota Komisi IV yang turut dalam bus itu adalah "
     "Banyu Prasojo, drg. Rina Kartika, dan Dodi Haryanto.",
     [("Banyu Prasojo", "Anggota Komisi IV DPRD", "Kota Madiun"),
      ("Rina Kartika", "Anggota Komisi IV DPRD", "Kota Madiun"),
      ("Dodi Haryanto", "Anggota Komisi IV DPRD", "Kota Madiun")]),
    ("Dari DPRD Kabupaten Pacitan datang lima anggota Panitia Kerja (Panja), masing-masing Ani Lestari, ST, Yosef "
     "Laban, ST, dan Rano Kelimutu, ST, serta dua rekan mereka.",
     [("Ani Lestari", "Anggota DPRD", "Kabupaten Pacitan"), ("Yosef Laban", "Anggota DPRD", "Kabupaten Pacitan"),
      ("Rano Kelimutu", "Anggota DPRD", "Kabupaten Pacitan")]),
    # "anggota legislatif": the council's members
    ("Wakil Ketua DPRD Kabupaten Pacitan ditemani tiga anggota legislatif, masing-masing Ani Lestari, Yosef "
     "Laban, dan Rano Kelimutu.",
     [("Ani Lestari", "Anggota DPRD", "Kabupaten Pacitan"), ("Yosef Laban", "Anggota DPRD", "Kabupaten Pacitan"),
      ("Rano Kelimutu", "Anggota DPRD", "Kabupaten Pacitan")]),
    # a committee in lower case whose members a list word opens, the list closed by "dan anggota lainnya"
    ("Para mahasiswa itu berdialog dengan komisi I DPRD Kota Madiun, yaitu Banyu Prasojo, Rina Kartika, Dodi "
     "Haryanto dan dua rekan mereka.",
     [("Banyu Prasojo", "Anggota Komisi I DPRD", "Kota Madiun"),
      ("Rina Kartika", "Anggota Komisi I DPRD", "Kota Madiun"),
      ("Dodi Haryanto", "Anggota Komisi I DPRD", "Kota Madiun")]),
    # the council written after a bracketed committee ("Panitia Khusus" written out is the committee's post, as
    # "Pansus" is, since round 29)
    ("Anggota Panitia Khusus (Pansus) DPRD Kabupaten Pacitan, masing-masing Ani Lestari dan Yosef Laban, ikut "
     "berdiskusi.",
     [("Ani Lestari", "Anggota Pansus DPRD", "Kabupaten Pacitan"),
      ("Yosef Laban", "Anggota Pansus DPRD", "Kabupaten Pacitan")]),
])
def test_member_rolls_opened_after_the_committees_name(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_units_number_ends_a_rolls_item() -> None:
    text = ("Rombongan dari Kota Madiun disambut Asisten II Kabupaten Blitar Rano Kelimutu, Kepala Bappeda Blitar "
            "Intan Purbaningrum, dan Pasiter Kodim 0808/Blitar Kapten Bayu Ranggasena di pendopo.")
    assert officials(text) == [("Rano Kelimutu", "Asisten II", "Kabupaten Blitar"),
                               ("Intan Purbaningrum", "Kepala Bappeda", "Kabupaten Blitar")]


def test_a_listed_member_keeps_his_own_post_written_in_brackets() -> None:
    got = officials("Turut hadir anggota DPRD Kota Bogor, Sarmini Putri (Ketua Banleg), Latif Bakri (Golkar), "
                    "dan Yosef Ndeta (PKS).")
    assert got == [("Sarmini Putri", "Ketua Badan Legislasi DPRD", "Kota Bogor"),
                   ("Latif Bakri", "Anggota DPRD", "Kota Bogor"), ("Yosef Ndeta", "Anggota DPRD", "Kota Bogor")]


@pytest.mark.parametrize("text, expected", [
    # "komisi" in lower case, no number: the committee the sentence named before with its council
    ("Rombongan Komisi C DPRD Kota Blitar tiba pagi tadi; yang datang wakil ketuanya dan semua anggota komisi, di "
     "antaranya Banyu Prasojo, Rina Kartika, dan Dodi Haryanto.",
     [("Banyu Prasojo", "Anggota Komisi C DPRD", "Kota Blitar"),
      ("Rina Kartika", "Anggota Komisi C DPRD", "Kota Blitar"),
      ("Dodi Haryanto", "Anggota Komisi C DPRD", "Kota Blitar")]),
    # the committee named in the sentence, its council with a region named earlier
    ("DPRD Kabupaten Pacitan berkunjung. Ketua Komisi III Tuta Sekarwangi datang dengan beberapa Anggota komisi, "
     "yaitu Ani Lestari, Yosef Laban, dan Rano Kelimutu.",
     [("Tuta Sekarwangi", "Ketua Komisi III DPRD", "Kabupaten Pacitan"),
      ("Ani Lestari", "Anggota Komisi III DPRD", "Kabupaten Pacitan"),
      ("Yosef Laban", "Anggota Komisi III DPRD", "Kabupaten Pacitan"),
      ("Rano Kelimutu", "Anggota Komisi III DPRD", "Kabupaten Pacitan")]),
    # the committee's own council written in the sentence: a province's council (DPRP), not the regency named after
    # an earlier mention of it
    ("Komisi I DPRP singgah di Kabupaten Jayapura pagi itu. Sesudah makan siang, Ketua Komisi I DPRP Yulius Manobi "
     "membuka rapat bersama semua anggota komisi, yakni Markus Iyai, Selfi Rumkorem, dan Obet Kogoya.",
     [("Yulius Manobi", "Ketua Komisi I DPRP", "Provinsi Papua"),
      ("Markus Iyai", "Anggota Komisi I DPRP", "Provinsi Papua"),
      ("Selfi Rumkorem", "Anggota Komisi I DPRP", "Provinsi Papua"),
      ("Obet Kogoya", "Anggota Komisi I DPRP", "Provinsi Papua")]),
])
def test_a_roll_after_members_of_an_unnumbered_committee(text: str, expected: list) -> None:
    """"anggota komisi, di antaranya A, B, dan C": the committee is the one named last before in the sentence, of its
    council and that council's region when written with it; each listed name is its member."""
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the committee named in the sentence before; a role in lower case and "Sekertaris" misspelt read the same
    ("Rombongan Komisi B DPRD Kebumen tiba di Semarang. Yang ikut ialah Rano Kelimutu (Ketua), Tuta Sekarwangi "
     "(Wakil Ketua), Andi Baso (Sekertaris), serta Dewi Kartika (anggota).",
     [("Rano Kelimutu", "Ketua Komisi B DPRD", KEBUMEN), ("Tuta Sekarwangi", "Wakil Ketua Komisi B DPRD", KEBUMEN),
      ("Andi Baso", "Sekretaris Komisi B DPRD", KEBUMEN), ("Dewi Kartika", "Anggota Komisi B DPRD", KEBUMEN)]),
    # the first item's post names the committee; the bare roles after it are of the same committee
    ("Rombongan DPRD Kebumen beranggotakan Hartawan Wirasena (Ketua Komisi D), Yosef Laban (Wakil Ketua), dan "
     "Lintang Parama (Sekretaris).",
     [("Hartawan Wirasena", "Ketua Komisi D DPRD", KEBUMEN), ("Yosef Laban", "Wakil Ketua Komisi D DPRD", KEBUMEN),
      ("Lintang Parama", "Sekretaris Komisi D DPRD", KEBUMEN)]),
    # the names listed after the roles with no bracket of their own are the committee's members; one with a
    # capitalised word in brackets holds a post of his own
    ("Komisi B DPRD Kebumen tiba di Semarang. Yang ikut Rano Kelimutu (Ketua), Tuta Sekarwangi (Sekretaris), Andi "
     "Baso, Dewi Kartika dan Yosef Laban.",
     [("Rano Kelimutu", "Ketua Komisi B DPRD", KEBUMEN), ("Tuta Sekarwangi", "Sekretaris Komisi B DPRD", KEBUMEN),
      ("Andi Baso", "Anggota Komisi B DPRD", KEBUMEN), ("Dewi Kartika", "Anggota Komisi B DPRD", KEBUMEN),
      ("Yosef Laban", "Anggota Komisi B DPRD", KEBUMEN)]),
    # a numbered roll: its lines' numbers are no sentence ends, the committee two lines up
    ("Berikut anggota Pansus DPRD Kebumen;\n1. Rano Kelimutu (Ketua)\n2. Tuta Sekarwangi (Wakil Ketua)\n",
     [("Rano Kelimutu", "Ketua Pansus DPRD", KEBUMEN), ("Tuta Sekarwangi", "Wakil Ketua Pansus DPRD", KEBUMEN)]),
    # no council named near: a club's, a contest's or a school board's officers are no officials
    ("Panitia lomba terdiri dari Rano Kelimutu (Ketua), Tuta Sekarwangi (Sekretaris) dan Andi Baso (Bendahara).",
     []),
    ("Rombongan Dewan Pendidikan Kebumen dipimpin Rano Kelimutu, bersama Tuta Sekarwangi (wakil sekretaris), Andi "
     "Baso (Bendahara), Dewi Kartika (anggota), dan Yosef Laban (anggota).", []),
    # a council named before, but another body's officers (an event's committee, a club's board) between it and
    # the list claim the list (a person noun of `data/official_words.csv`)
    ("Komisi B DPRD Kebumen tiba di Semarang. Mereka disambut panitia festival, yakni Rano Kelimutu (Ketua), Tuta "
     "Sekarwangi (Sekretaris), Dewi Kartika dan Yosef Laban.", []),
    ("Wakil Ketua DPRD Kebumen Hartawan Wirasena menerima pengurus klub sepak bola. Klub itu dipimpin Rano Kelimutu "
     "(Ketua), Tuta Sekarwangi (Wakil Ketua), Dewi Kartika dan Yosef Laban.",
     [("Hartawan Wirasena", "Wakil Ketua DPRD", KEBUMEN)]),
])
def test_listed_council_members_with_a_bare_role_in_brackets(text: str, expected: list) -> None:
    """"A (Ketua), B (Wakil Ketua), C (Sekretaris)": each listed name holds that role in the council body the text
    names last before it (its sentence and the two before); with no council or committee named there, nobody."""
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # lower-case words between the council's region and "yang ... ialah"
    ("Kelima anggota DPRD Kebumen lintas fraksi yang ikut berangkat ialah Dewi Kartika, Yosef Laban, dan Rini "
     "Astaguna.",
     [("Dewi Kartika", "Anggota DPRD", KEBUMEN), ("Yosef Laban", "Anggota DPRD", KEBUMEN),
      ("Rini Astaguna", "Anggota DPRD", KEBUMEN)]),
    # all of the members, a clause naming a place, a comma, then the list word
    ("Seluruh anggota Komisi B DPRD Kebumen ikut dalam kunjungan ke Semarang itu, di antaranya Dewi Kartika dan "
     "Yosef Laban.",
     [("Dewi Kartika", "Anggota Komisi B DPRD", KEBUMEN), ("Yosef Laban", "Anggota Komisi B DPRD", KEBUMEN)]),
    # counted members, the council named inside the clause
    ("Dua legislator dari Komisi I DPRD Kebumen datang ke pasar lama pagi tadi, yakni Dewi Kartika, Yosef Laban dan "
     "Rini Astaguna.",
     [("Dewi Kartika", "Anggota Komisi I DPRD", KEBUMEN), ("Yosef Laban", "Anggota Komisi I DPRD", KEBUMEN),
      ("Rini Astaguna", "Anggota Komisi I DPRD", KEBUMEN)]),
    # uncounted members before a long clause: no roll (the clause may be about anything)
    ("Anggota DPRD Kebumen menerima tamu dari Semarang itu, yakni Dewi Kartika dan Yosef Laban.", []),
    # a roll of places, not persons
    ("Seluruh anggota DPRD Kebumen ikut meninjau dua desa itu, yakni Kampung Sehat dan Lumbung Tarman.", []),
    # the members' own council named after the member word: not the council the clause visits
    ("Seluruh anggota DPRD Kebumen berkunjung ke DPRD Kota Semarang, yakni Dewi Kartika dan Yosef Laban.",
     [("Dewi Kartika", "Anggota DPRD", KEBUMEN), ("Yosef Laban", "Anggota DPRD", KEBUMEN)]),
    # another body's ranks, or a place's figures, in the clause: the list is theirs
    ("Semua anggota DPRD Kebumen disambut jajaran Pemerintah Kota Semarang, di antaranya Dewi Kartika dan Yosef "
     "Laban.", []),
    ("Semua anggota DPRD Kebumen hadir bersama tokoh masyarakat, yaitu Dewi Kartika dan Yosef Laban.", []),
    # a verb and other persons before "yang": their roll, not the members'
    ("Anggota DPRD Kebumen bertemu para petani yang hadir yakni Dewi Kartika dan Yosef Laban.", []),
])
def test_a_members_clause_before_the_list_word(text: str, expected: list) -> None:
    """Round 38: a members' roll whose clause before the list word holds lower-case words before "yang", or, after
    counted members (or all of them), any words and a comma; the council is the one named last up to the list."""
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # bare names between members closed by their party: members of the same council (round 39 third wave)
    ("Rombongan DPRD Kota Bogor terdiri atas Latif Bakri (Golkar), Nirmala Kandaka, Yosef Ndeta (PKS), "
     "Rano Kelimutu, dan Tuta Sekarwangi.",
     [("Latif Bakri", "Anggota DPRD", "Kota Bogor"), ("Nirmala Kandaka", "Anggota DPRD", "Kota Bogor"),
      ("Yosef Ndeta", "Anggota DPRD", "Kota Bogor"), ("Rano Kelimutu", "Anggota DPRD", "Kota Bogor"),
      ("Tuta Sekarwangi", "Anggota DPRD", "Kota Bogor")]),
    # a name that goes on past a lower-case word, or past a short word's full stop, is no bare item
    ("Hadir anggota DPRD Kota Bogor Latif Bakri (Golkar) dan Nirmala el Kandaka (PKS).",
     [("Latif Bakri", "Anggota DPRD", "Kota Bogor"), ("Kandaka", "Anggota DPRD", "Kota Bogor")]),
])
def test_bare_names_after_a_member_known_by_his_party(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_the_post_before_a_word_that_names_its_deputies_or_members() -> None:
    """``ListReader._post_before``: the last post ending before the point, within its reach, in the same sentence
    (the one rule of ``_deputies``, ``_numbered_deputies`` and ``_shared_members``)."""
    finder = OfficialFinder(load())
    text = "Ketua DPRD Ngawi Tarno Wicaksono, bersama Wakil I Rina Kartika. Lalu Wakil II Lutfi Darmadi."
    chair = PositionMention(0, len("Ketua DPRD Ngawi"), "Ketua DPRD", "region", None, len("Ketua DPRD Ngawi"))
    later = PositionMention(text.index("Lalu"), text.index("Lalu") + 4, "Lalu", "region", None, 0)
    first, second = text.index("Wakil I "), text.index("Wakil II")
    assert finder._post_before(text, [chair, later], first, 160) is chair
    assert finder._post_before(text, [chair], first, first - chair.end - 1) is None  # out of reach
    assert finder._post_before(text, [chair], second, 160) is None  # a sentence ended between
    assert finder._post_before(text, [later], first, 160) is None  # no post before


def test_a_comma_then_a_name() -> None:
    """``official_patterns.COMMA_THEN_NAME``, read by the office walk, the typed head and the committee's list: a
    comma, then a capital."""
    assert COMMA_THEN_NAME.match("Sarana Pasar , Ani", len("Sarana Pasar")).end() == len("Sarana Pasar , ")
    assert COMMA_THEN_NAME.match("Sarana Pasar, dan Ani", len("Sarana Pasar")) is None
