"""Where a holder's name starts and ends and how it is written: a month's word or particle inside a name, nicknames,
degrees and ranks (degrees glued into one word, "S.Sos.M.AP"), initials (a chain of initials stays as written,
"Hartawan H.R.T Wirasena"; a title glued to a name is taken off, "H.Tulebo"), lower-case words after a name, one person
under two spellings (the spelling the text writes most) or a short form, offices and unit words that are no names.

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import KEBUMEN, officials

from nlp.official_names import _spelt_alike


@pytest.mark.parametrize("text, expected", [
    # a month's word opens a name when a name's word follows; a date ("1 Agustus Wakil Ketua") is none
    ("Rombongan disambut Wakil Bupati Klaten Juli Hartanto di pendopo.",
     [("Juli Hartanto", "Wakil Bupati", "Kabupaten Klaten")]),
    ("Kepala Dinas Pariwisata Sleman Agustus Manurung menjelaskan program itu.",
     [("Agustus Manurung", "Kepala Dinas Pariwisata", "Kabupaten Sleman")]),
    ("Pada 1 Agustus Wakil Ketua DPRD Klaten Sari Wulan sudah berada di sana.",
     [("Sari Wulan", "Wakil Ketua DPRD", "Kabupaten Klaten")]),
])
def test_a_month_word_opening_a_name(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kepala Dinas Kesehatan Kota Madiun Rano \"Ucok\" Kelimutu mengatakan pihaknya siap berbagi.",
     [("Rano Kelimutu", "Kepala Dinas Kesehatan", "Kota Madiun")]),
    ("Rombongan disambut Camat Sukamaju, Tuta ‘Nunung’ Sekarwangi, di kantornya.",
     [("Tuta Sekarwangi", "Camat", None)]),
])
def test_a_nickname_in_quotes_inside_a_name(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Wali Kota Madiun Dr. (H.C.) Rano Kelimutu hadir.", [("Rano Kelimutu", "Wali Kota", "Kota Madiun")]),
    ("Ketua DPRD Wajo DR (HC) H Rano Kelimutu SH MH hadir.", [("Rano Kelimutu", "Ketua DPRD", "Kabupaten Wajo")]),
    # two words and a comma after a local head are its holder when only degrees follow the comma
    ("Camat Wajo Rano Kelimutu, S.IP., M.AP mengatakan.", [("Rano Kelimutu", "Camat", "Kabupaten Wajo")]),
])
def test_honorary_degrees_and_degrees_after_a_local_holder(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Wakil Ketua DPRD Kota Kupang Rina Tolumanu de Vries menyambut.",
     [("Rina Tolumanu de Vries", "Wakil Ketua DPRD", "Kota Kupang")]),
    ("Kepala Dinas Pariwisata Kota Kupang Rano da Costa menjelaskan.",
     [("Rano da Costa", "Kepala Dinas Pariwisata", "Kota Kupang")]),
])
def test_lower_case_particles_inside_names(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_name_spelt_two_ways_is_one_person_under_the_form_written_most():
    text = ("Bupati Kebumen Hartawan Wirasena menerima tamu dari Wajo. Dalam sambutannya, Bupati Kebumen Hartawan "
            "Wirasena berharap kerja sama berlanjut. Bupati Kebumen Hartawan Wirasna lalu mengajak tamu makan.")
    assert officials(text) == [("Hartawan Wirasena", "Bupati", "Kabupaten Kebumen")]


@pytest.mark.parametrize("a, b, alike", [
    ("Khairunas", "Khairunnas", True),
    ("Banyu Prasoja", "Banyu Prasojo", True),
    ("Banyu Prasojo", "Budi Susanto", False),  # two people
    ("Andi Baso", "Andi Basa", False),  # too short to tell
    ("Rina Wulandari", "Rina Wulan Dari", False),  # another number of words
])
def test_spellings_alike(a: str, b: str, alike: bool) -> None:
    assert _spelt_alike(a, b) is alike


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


def test_a_lower_case_last_name_before_a_degree_glued_after_a_full_stop() -> None:
    # "Budi hartono.SE": the degree after a full stop with no space keeps the lower-case last name
    text = "Kepala Dinas Kesehatan Kebumen Hartawan wirasena.SE .M.Si beserta stafnya meninjau puskesmas."
    assert officials(text) == [("Hartawan wirasena", "Kepala Dinas Kesehatan", KEBUMEN)]


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


def test_a_name_shortened_in_brackets_after_a_title_stays_as_written():
    text = "Presiden Joko Widarto (Jokowar) meresmikan pasar di Kebumen."
    assert officials(text) == [("Joko Widarto", "Presiden", None)]


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


@pytest.mark.parametrize("text, expected", [
    # a retired rank's mark among the holder's titles
    ("Wakil Menteri PANRB, Komjen Pol (Purn) Bonte Galis, berkunjung ke Ngawi.",
     [("Bonte Galis", "Wakil Menteri PANRB", None)]),
    ("Menteri Dalam Negeri Republik Indonesia Jenderal Polisi (Purn) Prof. Drs. H. Bonte Galis, B.A., M.A., Ph.D., "
     "memberi arahan.", [("Bonte Galis", "Menteri Dalam Negeri", None)]),
    # the country after a national office
    ("Menteri Pekerjaan Umum Republik Indonesia, Bonte Galis, berkunjung.",
     [("Bonte Galis", "Menteri Pekerjaan Umum", None)]),
    # an abbreviation restating the office after its region
    ("Kepala Badan Kepegawaian dan Diklat Kabupaten Ngawi (BKD), Bonte Galis, menerima rombongan.",
     [("Bonte Galis", "Kepala Badan Kepegawaian dan Diklat", "Kabupaten Ngawi")]),
    ("Pelaksana Tugas Gubernur Jawa Timur (Plt Gubjatim), H Bonte Galis, menyambut tamu.",
     [("Bonte Galis", "Pelaksana Tugas Gubernur", "Provinsi Jawa Timur")]),
    # a name in brackets after the region stays the holder
    ("Bupati Ngawi (Bonte Galis) menyambut tamu.", [("Bonte Galis", "Bupati", "Kabupaten Ngawi")]),
])
def test_titles_and_asides_around_the_holder(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a nickname names the holder when nothing else does
    ("Bupati Ngawi yang akrab dipanggil Bonte itu menyambut tamu.", [("Bonte", "Bupati", "Kabupaten Ngawi")]),
    ("Sekretaris DPRD Ngawi, Bonte Galis, menjelaskan. Semua siap, kata Sekwan Ngawi yang akrab disapa Ibon itu.",
     [("Bonte Galis", "Sekretaris DPRD", "Kabupaten Ngawi")]),
])
def test_nicknames(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_short_name_after_an_office_held_by_another() -> None:
    # "bersama Wagub, Galis menerangkan": the deputy governor is named already; Galis is the mayor
    text = ("Wakil Gubernur Jawa Timur, Sekar Nirmala, mendatangi Kantor Wali Kota Madiun. Wagub disambut Wali Kota "
            "Madiun, Ir. Bonte Galis, MM. Sambil berjalan bersama Wagub, Galis menerangkan lokasi acara.")
    assert officials(text) == [("Sekar Nirmala", "Wakil Gubernur", "Provinsi Jawa Timur"),
                               ("Bonte Galis", "Wali Kota", "Kota Madiun")]


def test_a_name_like_a_ministry_in_short_stays_a_name() -> None:
    assert officials("Bupati Ngawi Kemal Santosa menyambut tamu.") == [("Kemal Santosa", "Bupati", "Kabupaten Ngawi")]


@pytest.mark.parametrize("text, expected", [
    # initials glued by full stops stay as written; glued honorifics go
    ("Bupati Ngawi Yostinus R.K.Tolangi hadir.", [("Yostinus R.K.Tolangi", "Bupati", "Kabupaten Ngawi")]),
    ("Wakil Wali Kota Madiun Dr.H.Gatra Wiloso,SE menyambut.",
     [("Gatra Wiloso", "Wakil Wali Kota", "Kota Madiun")]),
    ("Kepala Bappeda Ngawi Ir.H.M.Tirtomulyo hadir.", [("M.Tirtomulyo", "Kepala Bappeda", "Kabupaten Ngawi")]),
    # a degree written apart, with no comma before it
    ("Kadis Kominfo Ngawi Bagas Wirotomo S. Sos, M. AP hadir.",
     [("Bagas Wirotomo", "Kepala Dinas Komunikasi dan Informatika", "Kabupaten Ngawi")]),
    ("Kadis Kominfo Ngawi Bagas Wirotomo S.Sos MSP hadir.",
     [("Bagas Wirotomo", "Kepala Dinas Komunikasi dan Informatika", "Kabupaten Ngawi")]),
    # ... and with no full stop at all: an "S" or "M", then the rest of a known degree
    ("Tamu dari Madiun dibawa Ketua Komisi C DPRD Ngawi Bagas Wirotomo S Ag ke ruang rapat.",
     [("Bagas Wirotomo", "Ketua Komisi C DPRD", "Kabupaten Ngawi")]),
    ("Kepala Dinas Kesehatan Kota Madiun Sari Wulan M AP menyambut tamu.",
     [("Sari Wulan", "Kepala Dinas Kesehatan", "Kota Madiun")]),
])
def test_names_as_written(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_short_form_joins_the_name_with_glued_initials() -> None:
    text = "Bupati Ngawi Yostinus R.K.Tolangi menyambut tamu. Menurut Bupati Tolangi, pasar itu ramai."
    assert officials(text) == [("Yostinus R.K.Tolangi", "Bupati", "Kabupaten Ngawi")]


def test_one_person_under_two_spellings_of_one_office() -> None:
    text = ("Rombongan dipimpin Ketua Komisi II Jile Molota Wuta tiba di Kota Medan. "
            "Ketua Komisi II DPR RI Jile Molota menyampaikan salam.")
    got = officials(text)
    assert [g[0] for g in got] == ["Jile Molota Wuta"]


def test_a_short_form_under_another_office_is_another_person() -> None:
    got = officials("Bupati Ngawi Leonardus Kenmar hadir. Camat Paron, Leon, ikut di Kabupaten Ngawi.")
    assert [g[0] for g in got] == ["Leonardus Kenmar", "Leon"]


def test_a_bracketed_abbreviation_of_the_region_is_no_name() -> None:
    text = "Asisten I Pemerintah Kabupaten (Pemkab) Ngawi (Ngw), Banyu Prasojo, memimpin rombongan."
    assert officials(text) == [("Banyu Prasojo", "Asisten I", "Kabupaten Ngawi")]


@pytest.mark.parametrize("text, expected", [
    ("Rapat dibuka pukul sembilan oleh Sekda Kebumen Nadia H.S.W Purbasari di ruang utama.",
     [("Nadia H.S.W Purbasari", "Sekretaris Daerah", KEBUMEN)]),
    ("Wakil Ketua DPRD Kebumen Yosef H.D Laban, S.E. memimpin rapat.",
     [("Yosef H.D Laban", "Wakil Ketua DPRD", KEBUMEN)]),
    ("Ketua DPRD Kebumen H.Tulebo hadir.", [("Tulebo", "Ketua DPRD", KEBUMEN)]),
    ("Ketua DPRD Kebumen Dr.H.Dewi Kartika hadir.", [("Dewi Kartika", "Ketua DPRD", KEBUMEN)]),
])
def test_initials_stay_in_the_name(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_name_spelt_two_ways_takes_the_form_written_most() -> None:
    """Each spelling found once beside a position: the one the text writes more often wins, not the longer."""
    text = ("Sekretaris DPRD Kebumen, Yosef Lab, ST, hadir. Yosef Lab menjelaskan tugasnya. Menurut Yosef Lab, "
            "kunjungan itu penting. \"Kami senang,\" ujar Sekwan Kebumen Yosef Labi kepada wartawan.")
    assert [name for name, _, _ in officials(text)] == ["Yosef Lab"]


@pytest.mark.parametrize("text, expected", [
    # a last name in lower case, a degree right after it
    ("Usai rapat, Wakil Walikota Madiun Dr.Banyu prasojo SE,MSM berbincang dengan para tamu.",
     [("Banyu prasojo", "Wakil Wali Kota", "Kota Madiun")]),
    ("Asisten Tata Praja Kota Madiun, L. Rano kelimutu, SH mengaku bangga.",
     [("L. Rano kelimutu", "Asisten Tata Praja", "Kota Madiun")]),
    # a first name in lower case after a degree
    ("Di ruang rapat, Bupati Wajo, H. tuta Sekarwangi, S.Sos,MM, memaparkan rencana kerja tahun depan.",
     [("tuta Sekarwangi", "Bupati", "Kabupaten Wajo")]),
    # a verb or a word followed by a name's honorific is no part of the name; a branch of the forces is no name
    ("Bupati Wajo Rano Kelimutu menyebut MPP memudahkan warga.", [("Rano Kelimutu", "Bupati", "Kabupaten Wajo")]),
    ("Kepala Dinas Kesehatan Kota Madiun Rano Kelimutu kemarin, H. Tuta Sekarwangi menyambut.",
     [("Rano Kelimutu", "Kepala Dinas Kesehatan", "Kota Madiun")]),
    # a bare acronym after a lower-case word, no comma and no chain of degrees: no degree, the word no name
    ("Wali Kota Madiun Rano Kelimutu kalah MA, ujarnya.", [("Rano Kelimutu", "Wali Kota", "Kota Madiun")]),
    ("Bupati Wajo Rano Kelimutu tentang SE itu tidak berkomentar.", [("Rano Kelimutu", "Bupati", "Kabupaten Wajo")]),
    ("Bupati Wajo Rano Kelimutu yakni, SH hadir.", [("Rano Kelimutu", "Bupati", "Kabupaten Wajo")]),
])
def test_a_name_word_in_lower_case(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_the_capitalised_form_of_a_name_written_once_in_lower_case() -> None:
    text = "Bupati Wajo H. tuta Sekarwangi membuka pameran. Kemudian Bupati Wajo Tuta Sekarwangi berkeliling."
    assert [o[0] for o in officials(text)] == ["Tuta Sekarwangi"]


@pytest.mark.parametrize("text", [
    "Komandan Lanal Wajo, Kolonel Laut (P) Rano Kelimutu, meninjau dermaga.",
    "Dandim Wajo Letkol Inf darat Rano Kelimutu meninjau lokasi banjir.",
    "Danlanud Wajo Kolonel udara Rano Kelimutu meninjau landasan.",
])
def test_a_branch_of_the_forces_after_a_rank_is_no_name(text: str) -> None:
    """'laut', 'udara', 'darat' after a rank (data/not_names.csv) start no holder's name."""
    assert not any(w in name.lower() for name, _, _ in officials(text) for w in ("laut", "udara", "darat"))


@pytest.mark.parametrize("text, position", [
    ("Turut menyambut Danlanal Wajo Kolonel Laut Rano Kelimutu dan para nelayan.", "Komandan Pangkalan TNI AL"),
    ("Turut menyambut Danlanal Wajo Kolonel Laut (P) Rano Kelimutu dan para nelayan.", "Komandan Pangkalan TNI AL"),
    ("Turut menyambut Danlanal Wajo Letkol marinir Rano Kelimutu dan para nelayan.", "Komandan Pangkalan TNI AL"),
    ("Rombongan disambut Panglima Komando Armada II Laksamana Muda Rano Kelimutu, dan para nelayan.",
     "Panglima Komando Armada II"),
    ("Hadir pula Danlantamal V Wajo Laksamana Pertama TNI Rano Kelimutu di dermaga.",
     "Komandan Pangkalan Utama TNI AL"),
    ("Rombongan disambut Panglima Komando Armada II Laksamana Muda TNI Rano Kelimutu, dan para nelayan.",
     "Panglima Komando Armada II"),
])
def test_a_rank_of_the_navy_written_out_before_the_holder(text: str, position: str) -> None:
    """A branch of the forces after a rank ("Kolonel Laut (P)") and a rank in two words ("Laksamana Muda"; kinds
    ``force_branch`` and ``force_rank`` of data/official_words.csv) are passed over before the holder's name."""
    assert officials(text) == [("Rano Kelimutu", position, None)]


@pytest.mark.parametrize("text, name, position", [
    ("Bupati Ngawi Laksamana Wirabuana meninjau sawah warga pagi tadi.", "Laksamana Wirabuana", "Bupati"),
    ("Ketua DPRD Ngawi, Marsekal Wirabuana, membuka rapat paripurna.", "Marsekal Wirabuana", "Ketua DPRD"),
    ("Wakil Bupati Ngawi H. Muda Wirabuana meninjau sawah warga pagi tadi.", "Muda Wirabuana", "Wakil Bupati"),
])
def test_a_rank_word_without_its_grade_or_tni_opens_a_name(text: str, name: str, position: str) -> None:
    """"Laksamana" and "Marsekal" are ranks only before a grade or "TNI"; alone they are given names, and a grade
    word is a name's word after anything else (a guard: these pass on 8c1722b and failed on the first version of
    the rule, which made the bare words honorifics)."""
    assert officials(text) == [(name, position, "Kabupaten Ngawi")]


def test_a_name_read_after_a_rank_is_the_holder_not_a_place() -> None:
    text = "Hadir Danramil 1402-03/Tanaraya Mayor Inf Rampesa, Letda Tuta Sekarwangi yang mewakili Danlanud, dan warga."
    assert officials(text) == [("Rampesa", "Komandan Rayon Militer", None)]


@pytest.mark.parametrize("degrees", ["S.SP", "S.Sos.M.AP", "S.M.Si"])
def test_degrees_glued_into_one_word_are_no_part_of_the_name(degrees: str) -> None:
    text = f"Sekretaris Daerah Kabupaten Paser, Latif {degrees}, meninjau sawah warga pagi tadi."
    assert officials(text) == [("Latif", "Sekretaris Daerah", "Kabupaten Paser")]


@pytest.mark.parametrize("written", ["R.K.Wardoyo", "R.K. Wardoyo"])
def test_initials_glued_to_each_other_or_to_a_name_stay(written: str) -> None:
    # initials glued to a name, or glued to each other with no degree among them ("R.K."), are no degrees
    assert [n for n, _, _ in officials(f"Bupati Paser {written} meninjau pasar.")] == [written]


@pytest.mark.parametrize("written", ["Bpk", "Bp", "Ibuk"])
def test_short_forms_of_bapak_and_ibu_are_no_part_of_the_name(written: str) -> None:
    text = f"Pameran itu dibuka Kepala Dinas Pertanian Jambi, {written} Hartono Wibisono, pagi hari."
    assert officials(text) == [("Hartono Wibisono", "Kepala Dinas Pertanian", "Provinsi Jambi")]


def test_mr_before_a_foreign_guests_name_is_no_part_of_it() -> None:
    # "Mr" (an English form of address) is dropped like "Bapak"
    text = "Kepala Dinas Pertanian Jambi, Mr Hartono Wibisono, membuka pameran itu."
    assert officials(text) == [("Hartono Wibisono", "Kepala Dinas Pertanian", "Provinsi Jambi")]


@pytest.mark.parametrize("text, expected", [
    # a head's post glued into one word opens the next item of a roll with no comma before it
    ("Hadir Kabag Umum Tuta Sekarwangi Kabag Hukum Banyu Prasojo serta para camat.",
     [("Tuta Sekarwangi", "Kepala Bagian Umum", None), ("Banyu Prasojo", "Kepala Bagian Hukum", None)]),
    ("Turut mendampingi Kabid Tata Ruang, Rina Kartika Kabid Cipta Karya Banyu Prasojo, dan staf.",
     [("Rina Kartika", "Kepala Bidang Tata Ruang", None), ("Banyu Prasojo", "Kepala Bidang Cipta Karya", None)]),
    # "Karo" (Kepala Biro) is a clan name inside a name too
    ("Rombongan disambut Kepala Dinas Sosial Sleman, Rina Karo Sembiring, di kantornya.",
     [("Rina Karo Sembiring", "Kepala Dinas Sosial", "Kabupaten Sleman")]),
    # "Copot" (dismisses) is a headline's verb, no name
    ("Wali Kota Madiun Copot Kabag Umum dari jabatannya.", []),
])
def test_a_glued_head_ends_the_name_before_it(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    "Pameran benih dibuka Dr. Ir. Rano Kelimutu, M.Agr (Bupati Wajo) pada pagi hari.",
    "Pameran benih dibuka Bupati Wajo Rano Kelimutu M.Agr pada pagi hari.",
])
def test_a_masters_in_agriculture_is_a_degree(text: str) -> None:
    # "M.Agr" (data/honorifics.txt "magr") is no name of its own and no part of the holder's
    assert officials(text) == [("Rano Kelimutu", "Bupati", "Kabupaten Wajo")]


@pytest.mark.parametrize("text", [
    "Kabupaten Sleman mendapat kunjungan kerja dari Wali Kota Madiun Capt. Bagas Wirotomo pada Senin pagi.",
    "Kabupaten Sleman mendapat kunjungan kerja dari Wali Kota Madiun Kapt. Bagas Wirotomo pada Senin pagi.",
])
def test_an_abbreviated_captain_opens_no_name(text: str) -> None:
    assert officials(text) == [("Bagas Wirotomo", "Wali Kota", "Kota Madiun")]


@pytest.mark.parametrize("text, expected", [
    # a name's word typed in lower case between two capitalised ones, or closed by a comma, a bracket or "dan"; a time
    # word or a nickname's mark stays out ("Budi besok,", "Budi alias Ucok": data/official_words.csv, lower_stop)
    ("Wali Kota Madiun Banyu prasetya Wiratama membuka acara itu di pendopo.",
     [("Banyu prasetya Wiratama", "Wali Kota", "Kota Madiun")]),
    ("Tamu itu diterima Kepala Dinas Pariwisata Kebumen Sarpan wijaya, didampingi Sekretaris Dinas Tuta Sekarwangi.",
     [("Sarpan wijaya", "Kepala Dinas Pariwisata", KEBUMEN)]),
    ("Kepala Desa Sukamaju Rini astaguna (kanan) menyambut tamunya.", [("Rini astaguna", "Kepala Desa", None)]),
    # in a list the lower-case word no longer breaks it
    ("Kunjungan itu dibawa Ketua Komisi B DPRD Kebumen, Hartawan Wirasena, didampingi beberapa anggota Komisi B, yaitu "
     "Dewi Kartika, Rini astaguna Putri, Yosef Laban dan Lintang Sari.",
     [("Hartawan Wirasena", "Ketua Komisi B DPRD", KEBUMEN), ("Dewi Kartika", "Anggota Komisi B DPRD", KEBUMEN),
      ("Rini astaguna Putri", "Anggota Komisi B DPRD", KEBUMEN), ("Yosef Laban", "Anggota Komisi B DPRD", KEBUMEN),
      ("Lintang Sari", "Anggota Komisi B DPRD", KEBUMEN)]),
])
def test_a_names_word_typed_in_lower_case(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, name", [
    # a name's word in lower case is read, but a lower-case word before a full stop ends the sentence: no name's word,
    # and the name never runs on past it
    ("Hal itu membuat Wakil Bupati Madiun Banyu prasojo Wiratama geram. Sebab acara itu digelar tanpa izin.",
     "Banyu prasojo Wiratama"),
    ("Rombongan disambut Wakil Bupati Madiun Banyu prasojo Wiratama kecewa. Alasannya jelas.",
     "Banyu prasojo Wiratama"),
])
def test_a_lower_case_word_before_a_full_stop_ends_the_name(text: str, name: str) -> None:
    assert officials(text) == [(name, "Wakil Bupati", "Kabupaten Madiun")]


@pytest.mark.parametrize("text, words", [
    # a title of custom after a degree's full stop goes on with the name
    ("Wakil Bupati Kebumen Joren Aaslund SH. Dt. Rajo Mudo menanam pohon.", "Dt. Rajo Mudo"),
    # "St." (one capital) is the Minangkabau title of a name, no degree
    ("Wakil Bupati Kebumen Joren Aaslund St. Rajo Nan Kayo menanam pohon.", "St. Rajo Nan Kayo"),
])
def test_a_degrees_full_stop_before_more_of_the_name(text: str, words: str) -> None:
    # a rule ending a name at a degree's full stop (round 29, measured and not landed) must leave these whole
    assert words in officials(text)[0][0]


@pytest.mark.parametrize("text, expected", [
    # a degree's full stop ends the sentence: the next sentence's pronoun, verb or common word is no surname
    ("Rombongan dipimpin Ketua Komisi II DPRD Wajo, Rano Kelimutu SE. Mereka diterima di aula.",
     [("Rano Kelimutu", "Ketua Komisi II DPRD", "Kabupaten Wajo")]),
    ("Tamu disambut Bupati Wajo Rano Kelimutu MM. Kunjungan itu berlangsung dua hari.",
     [("Rano Kelimutu", "Bupati", "Kabupaten Wajo")]),
    ("Tamu disambut Bupati Wajo Rano Kelimutu SE. Ia berharap kerja sama berlanjut.",
     [("Rano Kelimutu", "Bupati", "Kabupaten Wajo")]),
    # after a run of degrees, and after the name itself
    ("Tamu disambut Sekda Wajo Rano Kelimutu SPd MSi. Turut hadir para camat.",
     [("Rano Kelimutu", "Sekretaris Daerah", "Kabupaten Wajo")]),
    ("Tamu disambut Bupati Wajo Rano Kelimutu. Ia berharap kerja sama berlanjut.",
     [("Rano Kelimutu", "Bupati", "Kabupaten Wajo")]),
    # an honorific's or an initial's full stop before the name opens it, no sentence ends there
    ("Tamu disambut Bupati Wajo Dr. Rano Kelimutu di pendopo.", [("Rano Kelimutu", "Bupati", "Kabupaten Wajo")]),
    ("Tamu disambut Kepala Dinas Pariwisata Wajo R. Kelimutu di kantornya.",
     [("R. Kelimutu", "Kepala Dinas Pariwisata", "Kabupaten Wajo")]),
    # a shortened first name's full stop before a name word that is also a listed word, the name going on after it
    ("Tamu disambut Bupati Wajo Muh. Dewan Kelimutu di pendopo.",
     [("Muh. Dewan Kelimutu", "Bupati", "Kabupaten Wajo")]),
])
def test_a_degrees_full_stop_that_ends_the_sentence_ends_the_name(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Kembang" (a name's word) has the shape of a ministry's short form ("Kemdagri"): the name was cut after it
    ("Wakil Bupati Kebumen I Wayan Kembang Wirasena meninjau pasar.",
     [("I Wayan Kembang Wirasena", "Wakil Bupati", "Kabupaten Kebumen")]),
    ("Rombongan disambut Kepala Dinas Pertanian Kebumen Kembang Wiratmaja di kantornya.",
     [("Kembang Wiratmaja", "Kepala Dinas Pertanian", "Kabupaten Kebumen")]),
    # guard: a ministry's short form before the holder is still no part of the name
    ("Dirjen Bina Desa Kemdagri Banyu Prasojo meninjau pasar.", [("Banyu Prasojo", "Direktur Jenderal", None)]),
])
def test_a_names_word_shaped_like_a_ministrys_short_form(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, name", [
    # a word read alone as the holder that the text writes in lower case as an ordinary word is no name
    ("Kasubag Layanan Berita, Sekarwangi, hadir. Ia membaca berita di kantornya.", "Sekarwangi"),
    # guards: a name typed in lower case after a speech verb or a degree is still a name
    ("Bupati Kebumen Sekarwangi hadir. Hal itu, kata sekarwangi, penting.", "Sekarwangi"),
    ("Bupati Kebumen Sekarwangi hadir. Hal itu disampaikan Drs sekarwangi di kantornya.", "Sekarwangi"),
    # guard: a name that is also a common word, quoted as a speaker, is still a name
    ("Camat Kebumen Bagus menyambut rombongan. Hasilnya sangat bagus, kata Bagus.", "Bagus"),
])
def test_a_common_word_written_in_lower_case_elsewhere_is_no_holder(text: str, name: str) -> None:
    assert [o[0] for o in officials(text)] == [name]


@pytest.mark.parametrize("text, expected", [
    # round 39: "Tgk" (Teungku) and "Datuk" before a holder's name are forms of address, dropped
    ("Rombongan diterima Wakil Bupati Klaten Tgk Rano Kelimutu di pendopo.",
     [("Rano Kelimutu", "Wakil Bupati", "Kabupaten Klaten")]),
    ("Rombongan diterima Wakil Bupati Klaten Tgk Kelimutu di pendopo.",
     [("Kelimutu", "Wakil Bupati", "Kabupaten Klaten")]),
    ("Rombongan diterima Bupati Wajo Datuk Tuta Sekarwangi di pendopo.",
     [("Tuta Sekarwangi", "Bupati", "Kabupaten Wajo")]),
    # round 44: "Hajah", a spelling of the listed "Hajjah" and "Hj", before a one-word name
    ("Rombongan diterima Wakil Ketua DPRD Klaten Hajah Kelimutu di ruang rapat.",
     [("Kelimutu", "Wakil Ketua DPRD", "Kabupaten Klaten")]),
])
def test_a_regional_form_of_address_before_a_name(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 40 fourth wave: initials glued to a name by a full stop with no blank go on with the name
    ("Rombongan dipimpin Bupati Klaten Rano KL.Kelimutu beserta stafnya.",
     [("Rano KL.Kelimutu", "Bupati", "Kabupaten Klaten")]),
    ("Dalam paparannya, Ketua DPRD Klaten H. Rano.K, SE menjelaskan program itu.",
     [("Rano.K", "Ketua DPRD", "Kabupaten Klaten")]),
    # guards: degrees glued or written apart after the full stop, a sentence run on with no blank
    ("Rombongan dipimpin Bupati Klaten Rano Kelimutu.M.Si beserta stafnya.",
     [("Rano Kelimutu", "Bupati", "Kabupaten Klaten")]),
    ("Rombongan dipimpin Bupati Klaten Rano Kelimutu.S. Sos beserta stafnya.",
     [("Rano Kelimutu", "Bupati", "Kabupaten Klaten")]),
    ("Rombongan dipimpin Bupati Klaten Rano Kelimutu.AP beserta stafnya.",
     [("Rano Kelimutu", "Bupati", "Kabupaten Klaten")]),
    ("Kunjungan dipimpin Bupati Klaten Rano Kelimutu.Rombongan tiba di pendopo.",
     [("Rano Kelimutu", "Bupati", "Kabupaten Klaten")]),
    # a place glued after an initial of capitals; a sentence run on that opens with a name's bare initial
    ("Rombongan dipimpin Bupati Klaten Rano KL.Semarang menjadi tujuan berikutnya.",
     [("Rano KL", "Bupati", "Kabupaten Klaten")]),
    ("Rombongan dipimpin Bupati Klaten Rano Kelimutu.M Sari selaku Sekda mendampingi.",
     [("Rano Kelimutu", "Bupati", "Kabupaten Klaten"), ("M Sari", "Sekretaris Daerah", "Kabupaten Klaten")]),
])
def test_initials_glued_to_a_name_by_a_full_stop(text: str, expected: list) -> None:
    assert officials(text) == expected
