"""Officials in the phrasings of ordinary regional news (round 5): council members known by their party,
commissions joined in one post, bodies "diketuai" by their chair.

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials


@pytest.mark.parametrize("text, expected", [
    # a faction or party after each name marks a council member of the council named before
    ("Rombongan DPRD Ngawi tiba di Madiun. Ia merinci, yang berangkat adalah Wirangga Pelu dari Fraksi Gerindra, "
     "Bonte Galis (F Golkar), Sekar Nirmala (F-PKB) dan Laras Ambarwati (Fraksi Demokrat).",
     [("Wirangga Pelu", "Anggota DPRD", "Kabupaten Ngawi"), ("Bonte Galis", "Anggota DPRD", "Kabupaten Ngawi"),
      ("Sekar Nirmala", "Anggota DPRD", "Kabupaten Ngawi"), ("Laras Ambarwati", "Anggota DPRD", "Kabupaten Ngawi")]),
    # a national party's name alone in brackets; the electoral district
    ("Anggota DPRD Kota Madiun yang hadir: Bonte Galis (Golkar), Sekar Nirmala (PKS), dan Laras Ambarwati (Dapil 3).",
     [("Bonte Galis", "Anggota DPRD", "Kota Madiun"), ("Sekar Nirmala", "Anggota DPRD", "Kota Madiun"),
      ("Laras Ambarwati", "Anggota DPRD", "Kota Madiun")]),
    # members of the national parliament's commission: no region
    ("Rombongan Komisi V DPR RI tiba di Ngawi. Dalam rombongan tersebut terlihat Hj Sekar Nirmala dari Fraksi "
     "Partai Amanat Nasional (PAN) dan Bonte Galis (Fraksi Partai Demokrat).",
     [("Sekar Nirmala", "Anggota Komisi V DPR RI", None), ("Bonte Galis", "Anggota Komisi V DPR RI", None)]),
    # a bare party after "dari"; a list of members each with a party
    ("Rombongan DPRD Kota Madiun dipimpin Ketua Komisi A, Sekar Nirmala dari Partai Demokrat, bersama Bonte Galis "
     "dari Partai PAN dan Laras Ambarwati dari Demokrat.",
     [("Sekar Nirmala", "Ketua Komisi A DPRD", "Kota Madiun"), ("Bonte Galis", "Anggota DPRD", "Kota Madiun"),
      ("Laras Ambarwati", "Anggota DPRD", "Kota Madiun")]),
    # a position written beside the name stays the person's position
    ("Ketua Komisi II DPRD Ngawi Wirangga Pelu (F-PKB) menerima tamu.",
     [("Wirangga Pelu", "Ketua Komisi II DPRD", "Kabupaten Ngawi")]),
])
def test_council_members_known_by_their_party(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    # a party's own long name before its acronym is no person
    "Kader Partai Amanat Nasional (PAN) di Ngawi menggelar rapat.",
    # a word in brackets that names no party, or a party man outside any council's sentence
    "Warga Ngawi, Bonte Galis (45), menyambut baik bantuan itu.",
    "Pengusaha Bonte Galis dari Partai Golkar membuka toko baru di Ngawi.",
    "Tamu dari DPRD Ngawi disambut warga, antara lain Bonte Galis dari Madiun.",
])
def test_no_member_without_a_council(text: str) -> None:
    assert officials(text) == []


@pytest.mark.parametrize("text, expected", [
    # commissions joined by "dan" or commas share one post
    ("Pimpinan serta anggota Komisi I dan IV DPRD Ngawi turut dalam rombongan, di antaranya Wirangga Pelu, "
     "Bonte Galis, H. Laras Ambarwati, dan beberapa lainnya.",
     [("Wirangga Pelu", "Anggota Komisi I dan IV DPRD", "Kabupaten Ngawi"),
      ("Bonte Galis", "Anggota Komisi I dan IV DPRD", "Kabupaten Ngawi"),
      ("Laras Ambarwati", "Anggota Komisi I dan IV DPRD", "Kabupaten Ngawi")]),
    ("Anggota Komisi A, B, dan C DPRD Kota Madiun Sekar Nirmala menyambut tamu.",
     [("Sekar Nirmala", "Anggota Komisi A, B, dan C DPRD", "Kota Madiun")]),
])
def test_commissions_joined_in_one_post(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "<body> diketuai <name>": the body's chair; a field of the commission may come between
    ("Komisi I DPRD Ngawi diketuai H Wirangga Pelu, dan Komisi III Bidang Pembangunan dan Infrastruktur diketuai "
     "Bonte Galis.",
     [("Wirangga Pelu", "Ketua Komisi I DPRD", "Kabupaten Ngawi"),
      ("Bonte Galis", "Ketua Komisi III DPRD", "Kabupaten Ngawi")]),
    ("Bapemperda DPRD Kota Madiun yang diketuai oleh Sekar Nirmala menerima rombongan.",
     [("Sekar Nirmala", "Ketua Bapemperda DPRD", "Kota Madiun")]),
    # a committee "diketuai" by a position is no name
    ("Komisi II DPRD Ngawi diketuai Wakil Ketua DPRD.", []),
])
def test_a_body_chaired_by(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Ka" glued to an office's acronym
    ("Kadispora, Bonte Galis S.STP MSi, dan Kadisparbud Ngawi Laras Ambarwati hadir.",
     [("Bonte Galis", "Kepala Dinas Pemuda dan Olahraga", "Kabupaten Ngawi"),
      ("Laras Ambarwati", "Kepala Dinas Pariwisata dan Kebudayaan", "Kabupaten Ngawi")]),
    # commissions numbered in digits
    ("Ketua Komisi 3 DPRD Kabupaten Ngawi, H Bonte Galis SPdI, menyampaikan.",
     [("Bonte Galis", "Ketua Komisi III DPRD", "Kabupaten Ngawi")]),
    # short forms of a city's government and secretary ("Pemko", "Sekdako"), a village head written in one word
    ("Plt Sekdako Madiun Bonte Galis menyerahkan plakat kepada Asisten II Pemko Madiun Sekar Nirmala.",
     [("Bonte Galis", "Pelaksana Tugas Sekretaris Daerah", "Kota Madiun"),
      ("Sekar Nirmala", "Asisten II", "Kota Madiun")]),
    ("Rombongan disambut Walinagari Sungai Pua, Bonte Galis, bersama warga.",
     [("Bonte Galis", "Wali Nagari", None)]),
    # sections written with a stop ("Sub. Bagian") and the abbreviated field of regional autonomy
    ("Hadir Kabag Otda Ngawi Bonte Galis dan Kepala Sub. Bagian Umum Sekar Nirmala.",
     [("Bonte Galis", "Kepala Bagian Otonomi Daerah", "Kabupaten Ngawi"),
      ("Sekar Nirmala", "Kepala Subbagian Umum", "Kabupaten Ngawi")]),
    # an office acronym closing the sentence after a lower-case head written after the name
    ('"Semua siap," ujar Drs. Bonte Galis, kepala Bapelitbangda.',
     [("Bonte Galis", "Kepala Bapelitbangda", None)]),
])
def test_offices_in_short(text: str, expected: list) -> None:
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


def test_a_short_name_after_an_office_held_by_another() -> None:
    # "bersama Wagub, Galis menerangkan": the deputy governor is named already; Galis is the mayor
    text = ("Wakil Gubernur Jawa Timur, Sekar Nirmala, mendatangi Kantor Wali Kota Madiun. Wagub disambut Wali Kota "
            "Madiun, Ir. Bonte Galis, MM. Sambil berjalan bersama Wagub, Galis menerangkan lokasi acara.")
    assert officials(text) == [("Sekar Nirmala", "Wakil Gubernur", "Provinsi Jawa Timur"),
                               ("Bonte Galis", "Wali Kota", "Kota Madiun")]


@pytest.mark.parametrize("text, expected", [
    # abbreviated fields of an assistant or a section ("Kesra", "Ekbang")
    ("Kunjungan itu dipimpin Asisten I Bidang Pemerintahan dan Kesra Drs. H. Bonte Galis, M.Si, di Ngawi.",
     [("Bonte Galis", "Asisten I Bidang Pemerintahan dan Kesra", "Kabupaten Ngawi")]),
    ("Rombongan Ngawi dipimpin Kabag Ekbang Bonte Galis serta sejumlah pejabat.",
     [("Bonte Galis", "Kepala Bagian Ekbang", "Kabupaten Ngawi")]),
    # a council's standing body written out
    ("Delegasi DPRD Ngawi, di antaranya Anggota Badan Musyawarah (Banmus), Bonte Galis, serta Ketua Badan "
     "Kehormatan, Sekar Nirmala.",
     [("Bonte Galis", "Anggota Badan Musyawarah DPRD", "Kabupaten Ngawi"),
      ("Sekar Nirmala", "Ketua Badan Kehormatan DPRD", "Kabupaten Ngawi")]),
    # the council's representatives listed after "perwakilan"
    ("Rombongan diterima oleh perwakilan DPRD Ngawi, yaitu Dr H Bonte Galis, SH, MH, HM Sekar Nirmala, SH dan "
     "Laras Ambarwati, S.Pd.I, M.Si.",
     [("Bonte Galis", "Anggota DPRD", "Kabupaten Ngawi"), ("Sekar Nirmala", "Anggota DPRD", "Kabupaten Ngawi"),
      ("Laras Ambarwati", "Anggota DPRD", "Kabupaten Ngawi")]),
    # initials in capitals start a name; a full stop after a capitalised word at a name's end still ends it
    ("Ikut Ketua DPRD Kota Madiun H. AR. Bonte Galis dan Asisten I.",
     [("AR. Bonte Galis", "Ketua DPRD", "Kota Madiun")]),
    ("Bupati Ngawi Bonte Galis hadir. AR. Sekar ikut.", [("Bonte Galis", "Bupati", "Kabupaten Ngawi")]),
])
def test_fields_bodies_and_initials(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a degree, then the position with no comma between
    ('"Kami siap," ujar Drs. Bonte Galis, MM Kepala Dinas Komunikasi dan Informatika Ngawi.',
     [("Bonte Galis", "Kepala Dinas Komunikasi dan Informatika", "Kabupaten Ngawi")]),
    # an address form is no degree
    ('"Maaf, Ibu Wabup, kami datang terlambat," kata Bupati Ngawi Bonte Galis.',
     [("Bonte Galis", "Bupati", "Kabupaten Ngawi")]),
])
def test_names_before_their_position_after_a_degree(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare "Wakil Ketua" or "Sekretaris" listed after a council post shares its council
    ("Unsur legislatif hadir, di antaranya Ketua DPRK Ngawi Bonte Galis, Wakil Ketua Sekar Nirmala, serta "
     "jajaran Komisi I.",
     [("Bonte Galis", "Ketua DPRK", "Kabupaten Ngawi"), ("Sekar Nirmala", "Wakil Ketua DPRK", "Kabupaten Ngawi")]),
    ("Ketua Komisi II DPRD Ngawi Bonte Galis dan Sekretaris Laras Ambarwati hadir.",
     [("Bonte Galis", "Ketua Komisi II DPRD", "Kabupaten Ngawi"),
      ("Laras Ambarwati", "Sekretaris Komisi II DPRD", "Kabupaten Ngawi")]),
    # not across sentences; after an office's head a bare "Sekretaris" is that office's, a bare "Ketua" nobody's
    ("Ketua DPRD Ngawi Bonte Galis hadir. Ketua Sekar Nirmala juga.",
     [("Bonte Galis", "Ketua DPRD", "Kabupaten Ngawi")]),
    ("Kepala Dinas Kesehatan Ngawi Bonte Galis dan Sekretaris Sekar Nirmala hadir.",
     [("Bonte Galis", "Kepala Dinas Kesehatan", "Kabupaten Ngawi"),
      ("Sekar Nirmala", "Sekretaris Dinas Kesehatan", "Kabupaten Ngawi")]),
    ("Kepala Dinas Kesehatan Ngawi Bonte Galis dan Ketua Sekar Nirmala hadir.",
     [("Bonte Galis", "Kepala Dinas Kesehatan", "Kabupaten Ngawi")]),
])
def test_a_bare_council_post_after_another(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Karo" is a head of a bureau before its field, and a region after a regional head
    ("Hadir Karo Administrasi Pimpinan Bonte Galis dan Bupati Karo Sekar Nirmala.",
     [("Bonte Galis", "Kepala Biro Administrasi Pimpinan", None), ("Sekar Nirmala", "Bupati", "Kabupaten Karo")]),
    # "Setprov" leads to the province
    ("Mereka disambut Asisten Administrasi Umum Setprov Jatim Bonte Galis.",
     [("Bonte Galis", "Asisten Administrasi Umum", "Provinsi Jawa Timur")]),
    # a status in lower case closed by a comma
    ("Hal itu dibenarkan Ketua DPRD Ngawi sementara, Bonte Galis, S.Sos, di ruang kerjanya.",
     [("Bonte Galis", "Ketua DPRD", "Kabupaten Ngawi")]),
    # the faction by its party's short name before the member's name
    ("Hadir Anggota DPRD Ngawi Fraksi Demokrat Bonte Galis di gedung dewan.",
     [("Bonte Galis", "Anggota DPRD", "Kabupaten Ngawi")]),
    # a field with its abbreviation in brackets before the secretariat
    ("Asisten I Bidang Pemerintahan dan Otonomi Khusus (Otsus) Setda Ngawi, Bonte Galis, SE MM, melaporkan.",
     [("Bonte Galis", "Asisten I Bidang Pemerintahan dan Otonomi Khusus", "Kabupaten Ngawi")]),
    # fields written as short words ("Ekraf", "Sosial Budaya")
    ("Rombongan terdiri atas Sekda Ngawi Bonte Galis dan Kadis Pariwisata dan Ekraf, Laras Ambarwati.",
     [("Bonte Galis", "Sekretaris Daerah", "Kabupaten Ngawi"),
      ("Laras Ambarwati", "Kepala Dinas Pariwisata dan Ekraf", "Kabupaten Ngawi")]),
])
def test_more_offices_in_short(text: str, expected: list) -> None:
    assert officials(text) == expected


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


def test_holders_after_a_place_the_gazetteer_lacks() -> None:
    # "Tubari" is a place the gazetteer lacks, written in brackets as an abbreviation: the holders follow the comma
    text = ("Rombongan DPRD Tulungagung Barat (Tubari) dipimpin langsung Ketua dan Wakil Ketua DPRD Tubari, Sope'a "
            "dan H. Bonte Galis S.E.")
    assert [name for name, _, _ in officials(text)] == ["Sope'a", "Bonte Galis"]


@pytest.mark.parametrize("text, expected", [
    # one word and a comma after a village post: the holder when no name follows the comma, else the place
    ("Ikut serta Sekdes Mawarto, kaur keuangan, dan warga.", [("Mawarto", "Sekretaris Desa", None)]),
    ("Menurut Camat Paron, Bonte Galis, warga siap.", [("Bonte Galis", "Camat", None)]),
])
def test_a_village_post_before_one_word_and_a_comma(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_name_like_a_ministry_in_short_stays_a_name() -> None:
    assert officials("Bupati Ngawi Kemal Santosa menyambut tamu.") == [("Kemal Santosa", "Bupati", "Kabupaten Ngawi")]
