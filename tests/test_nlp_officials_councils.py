"""Council posts: factions and parties, electoral districts, commissions of DPRD, DPR RI and DPD RI, council bodies in
short ("BK", "Bapemperda", "Banleg"), a body "diketuai" by its chair, bare council posts after another, councils
called by their level; a commission's field ("Komisi II Bidang Perekonomian") and a committee's number ("Pansus 7")
between post and holder; a deputy chair written short ("Wakil Pimpinan DPRD X" is its Wakil Ketua, "wakil DPRD X" a
representative); "Balitbang" is an office (a research agency), no holder.

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import KEBUMEN, officials


@pytest.mark.parametrize("text, expected", [
    # the electoral district between a council post (and its faction) and the holder
    ("Anggota Komisi IV DPR RI Fraksi Gerindra Daerah Pemilihan Jawa Timur II, Ir. H. Rano Kelimutu, MM, menerima "
     "kunjungan itu.", [("Rano Kelimutu", "Anggota Komisi IV DPR RI", None)]),
    ("Ia menyapa Anggota DPR RI Daerah Pemilihan Jawa Timur I Bapak Rano Kelimutu.",
     [("Rano Kelimutu", "Anggota DPR", None)]),
    # the faction written in lower case, the party spelt out with its acronym
    ("Anggota Komisi III DPRD Kota Madiun dari fraksi Partai Solidaritas Indonesia (PSI), Rano Kelimutu, turut.",
     [("Rano Kelimutu", "Anggota Komisi III DPRD", "Kota Madiun")]),
])
def test_a_faction_and_an_electoral_district_before_the_holder(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 37: the region a national legislator was elected in ("asal", "dari", "perwakilan"), then the holder
    ("Rombongan disambut anggota DPD asal Jawa Tengah Tulebo Arkanis di Jakarta.",
     [("Tulebo Arkanis", "Anggota DPD", None)]),
    ("Rombongan disambut anggota DPR RI perwakilan Kepulauan Riau (Kepri) Tulebo Arkanis di Jakarta.",
     [("Tulebo Arkanis", "Anggota DPR", None)]),
    ("Rombongan disambut anggota Dewan Perwakilan Daerah (DPD) asal Jawa Tengah, Tulebo Arkanis, di Jakarta.",
     [("Tulebo Arkanis", "Anggota DPD", None)]),
    ("Rombongan disambut Anggota Dewan Perwakilan Daerah Republik Indonesia (DPD-RI) Perwakilan Jawa Tengah, "
     "Tulebo Arkanis, di Jakarta.", [("Tulebo Arkanis", "Anggota DPD", None)]),
    # a list's next word after the seat: no holder
    ("Rombongan disambut anggota DPD asal Jawa Tengah, serta Tulebo Arkanis, di Jakarta.", []),
    # a regional council written out stays a regional post
    ("Rombongan disambut Anggota Dewan Perwakilan Rakyat Daerah Kebumen Tulebo Arkanis di Jakarta.",
     [("Tulebo Arkanis", "Anggota DPRD", KEBUMEN)]),
])
def test_a_national_legislators_seat_before_the_holder(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rapat dipimpin Ketua Komisi X DPR-RI Hartawan Wirasena di Kebumen.",
     [("Hartawan Wirasena", "Ketua Komisi X DPR RI", None)]),
    ("Hadir Wakil Ketua Komisi IX Dewi Kartika serta Anggota Komisi VIII DPR RI Yosef Laban.",
     [("Dewi Kartika", "Wakil Ketua Komisi IX DPR RI", None), ("Yosef Laban", "Anggota Komisi VIII DPR RI", None)]),
])
def test_the_commissions_of_dpr_ri_above_v(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kunjungan dipimpin Wakil Ketua Komite I DPD RI, Hartawan Wirasena.",
     [("Hartawan Wirasena", "Wakil Ketua Komite I DPD", None)]),
    ("Anggota Komite III DPD RI Dewi Kartika meninjau pasar di Kebumen.",
     [("Dewi Kartika", "Anggota Komite III DPD", None)]),
])
def test_the_committees_of_dpd_ri(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a faction by its party's short name, then a list of names: the faction does not swallow the first name
    ("Tampak anggota Komisi III DPR RI Fraksi PDIP Tuta Sekarwangi dan Rano Kelimutu, hingga anggota Komisi III "
     "DPR RI Fraksi PKS Wiro Ambarita.",
     [("Tuta Sekarwangi", "Anggota Komisi III DPR RI", None), ("Rano Kelimutu", "Anggota Komisi III DPR RI", None),
      ("Wiro Ambarita", "Anggota Komisi III DPR RI", None)]),
    ("Hadir anggota Komisi II DPRD Fraksi PDIP Tuta Sekarwangi, Rano Kelimutu dan Wiro Ambarita.",
     [("Tuta Sekarwangi", "Anggota Komisi II DPRD", None), ("Rano Kelimutu", "Anggota Komisi II DPRD", None),
      ("Wiro Ambarita", "Anggota Komisi II DPRD", None)]),
    # the party's full name closed by a comma still leads to the name
    ("Hadir anggota Komisi II DPRD Wajo dari Fraksi Partai Keadilan Sejahtera, Tuta Sekarwangi.",
     [("Tuta Sekarwangi", "Anggota Komisi II DPRD", "Kabupaten Wajo")]),
])
def test_a_faction_before_listed_names(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # council posts numbered in Arabic figures or written out in full
    ("Wakil Ketua 2 DPRD Kota Madiun, M.Tulebo membenarkan jadwal rapat itu.",
     [("M.Tulebo", "Wakil Ketua DPRD", "Kota Madiun")]),
    ("Sebelumnya, Sekretaris Dewan Perwakilan Rakyat Daerah (DPRD), Tulebo angkat bicara soal rencana itu.",
     [("Tulebo", "Sekretaris DPRD", None)]),
    ("Hadir Wakil Ketua Dewan Perwakilan Rakyat Daerah (DPRD) Kalimantan Utara Tulebo Arkanis.",
     [("Tulebo Arkanis", "Wakil Ketua DPRD", "Provinsi Kalimantan Utara")]),
    # a party named after "dari" without "Fraksi"
    ("Tampak Anggota DPR RI dari PDIP Tulebo Arkanis, dan eks Gubernur Wajo Rano Kelimutu.",
     [("Tulebo Arkanis", "Anggota DPR", None), ("Rano Kelimutu", "Mantan Gubernur", "Kabupaten Wajo")]),
    ("Hadir anggota DPRD Wajo dari Makassar Tulebo Arkanis.", []),
    # deputies of prosecutors' offices are posts of their own, not names
    ('"Nanti datang Kajati, Wakajati," kata Sekwan DPRD Wajo Tulebo Arkanis.',
     [("Tulebo Arkanis", "Sekretaris DPRD", "Kabupaten Wajo")]),
    ("Hadir Kajati Sulsel Tulebo Arkanis dan Wakajati Sulsel Rano Kelimutu.",
     [("Tulebo Arkanis", "Kepala Kejaksaan Tinggi", None),
      ("Rano Kelimutu", "Wakil Kepala Kejaksaan Tinggi", None)]),
])
def test_council_and_prosecutor_posts_in_other_spellings(text: str, expected: list) -> None:
    assert officials(text) == expected


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
    ("Ketua Fraksi Golkar DPRD Kabupaten Ngawi, Galuh Pertiwi, turut hadir.",
     [("Galuh Pertiwi", "Ketua Fraksi Golkar DPRD", "Kabupaten Ngawi")]),
    ("Ketua Fraksi PDI Perjuangan DPRD Kota Madiun Nirmala Kandaka menerima tamu.",
     [("Nirmala Kandaka", "Ketua Fraksi PDI Perjuangan DPRD", "Kota Madiun")]),
    ("Wakil Ketua Fraksi Gerindra DPRD Ngawi Sadewo Tumiwang hadir.",
     [("Sadewo Tumiwang", "Wakil Ketua Fraksi Gerindra DPRD", "Kabupaten Ngawi")]),
    ("Ketua Fraksi Kota Madiun, Sadewo Tumiwang, hadir.", [("Sadewo Tumiwang", "Ketua Fraksi", "Kota Madiun")]),
])
def test_the_party_after_fraksi_is_no_name(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an abbreviation in brackets between head and unit
    ("Rombongan itu disambut Kepala Bagian (Kabag) Umum DPRD kota Madiun, Pelodi, bersama stafnya.",
     [("Pelodi", "Kepala Bagian Umum DPRD", "Kota Madiun")]),
    # councils' interim chairs and status words after the region
    ("Demikian disampaikan Ketua Sementara DPRD Madiun Marrawu di akhir pekan.",
     [("Marrawu", "Ketua DPRD Sementara", "Kota Madiun")]),
    ("Menurut Wakil Ketua DPRD Kota Madiun Non Definitif Kenleta, usul itu ditolak.",
     [("Kenleta", "Wakil Ketua DPRD", "Kota Madiun")]),
    # bureau words of secretariats and a national-named office
    ("Kadis Pendidikan Nasional Drs. Lomarsa Netamar hadir di Kabupaten Ngawi.",
     [("Lomarsa Netamar", "Kepala Dinas Pendidikan Nasional", "Kabupaten Ngawi")]),
    ("Kepala Bagian Protokol dan Kehumasan Ngawi Tajisa Pebora menjelaskan.",
     [("Tajisa Pebora", "Kepala Bagian Protokol dan Kehumasan", "Kabupaten Ngawi")]),
    # a relative clause closed by "itu" after a name
    ("Rombongan yang dipimpin Asisten Pemerintahan dan Kesra Rikudo itu diterima di Kota Madiun.",
     [("Rikudo", "Asisten Pemerintahan dan Kesejahteraan Rakyat", "Kota Madiun")]),
    # advisers by number; an assistant's field before the name
    ("Ia datang bersama Staf Ahli I, Dimoken Lesido; Staf Ahli II, I Putu Taritu, di Kabupaten Ngawi.",
     [("Dimoken Lesido", "Staf Ahli I", "Kabupaten Ngawi"), ("I Putu Taritu", "Staf Ahli II", "Kabupaten Ngawi")]),
    ("Tamu disambut Asisten II Bidang Perekonomian Jirido Kulebo di Kota Bitung.",
     [("Jirido Kulebo", "Asisten II Bidang Perekonomian", "Kota Bitung")]),
    # the electoral district between position and name
    ("Kunjungan itu dipimpin anggota DPRD Jatim dari daerah pemilihan (Dapil) Ngawi, Moneri Sawuji, kemarin.",
     [("Moneri Sawuji", "Anggota DPRD", "Provinsi Jawa Timur")]),
    ("Rombongan disambut Ketua Badan Pembentukan Peraturan Daerah Dolomar Raboji di Kabupaten Ngawi.",
     [("Dolomar Raboji", "Ketua Bapemperda DPRD", "Kabupaten Ngawi")]),
    # a provincial council called DPR (Papua)
    ("Kunjungan dipimpin Wakil Ketua I DPR Papua Barat Tasabo Margaji, S.E. itu.",
     [("Tasabo Margaji", "Wakil Ketua DPRD", "Provinsi Papua Barat")]),
    # a district's name with a lower-case second word
    ("Camat Sumber rejo, Pewuri Lokenga, turut hadir di Kota Bitung.", [("Pewuri Lokenga", "Camat", "Kota Bitung")]),
    # a committee's bill without "DPRD"
    ("Ketua Pansus RPJMD Sulawesi Tengah Takenle Borimar menjelaskan.",
     [("Takenle Borimar", "Ketua Pansus RPJMD DPRD", "Provinsi Sulawesi Tengah")]),
    ("Ketua Pansus DPRD Ngawi Kendita menjelaskan.", [("Kendita", "Ketua Pansus DPRD", "Kabupaten Ngawi")]),
])
def test_council_and_secretariat_posts(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dalam kunker itu, rombongan DPRD Ngawi dipimpin ketuanya, Sadewo Tumiwang.",
     [("Sadewo Tumiwang", "Ketua DPRD", "Kabupaten Ngawi")]),
    ("Tim Bapemperda DKI Jakarta yang dipimpin ketuanya, Nirmala Kandaka, berdiskusi dengan Bapemperda DPR Papua.",
     [("Nirmala Kandaka", "Ketua Bapemperda DPRD", "Provinsi Daerah Khusus Ibukota Jakarta")]),
    ("Bapemperda DPR Papua dipimpin wakil ketuanya, Kinasih Sembada, didampingi anggota.",
     [("Kinasih Sembada", "Wakil Ketua Bapemperda DPRD", "Provinsi Papua")]),
    ("Rombongan Komisi II DPRD Kota Madiun yang dipimpin langsung oleh ketuanya Galuh Pertiwi tiba.",
     [("Galuh Pertiwi", "Ketua Komisi II DPRD", "Kota Madiun")]),
    ("Rombongan DPRD Ngawi dipimpin ketuanya yang baru.", []),
])
def test_a_council_led_by_its_chair(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Sekretariat Daerah" and "Sekdako" lead from the post to its region
    ("Asisten Ekonomi dan Pembangunan Sekretariat Daerah Wajo, Tulebo, hadir.",
     [("Tulebo", "Asisten Ekonomi dan Pembangunan", "Kabupaten Wajo")]),
    ("Rombongan diketuai Asisten III Sekdako Bitung Kensi Losape.",
     [("Kensi Losape", "Asisten III", "Kota Bitung")]),
    # short forms of council posts: "Waka I", "Bamus", "Banleg" (a council body like its sisters)
    ("Waka II DPRD Provinsi Jawa Tengah, Tulebo, S.Sos, menyatakan.",
     [("Tulebo", "Wakil Ketua DPRD", "Provinsi Jawa Tengah")]),
    ("Dalam sambutannya, ketua Bamus DPRD Wajo Jiwu Nemar menerangkan.",
     [("Jiwu Nemar", "Ketua Badan Musyawarah DPRD", "Kabupaten Wajo")]),
    ("Rancangan itu dijelaskan Ketua Banleg DPRD Wajo Tuta Sekarwangi.",
     [("Tuta Sekarwangi", "Ketua Badan Legislasi DPRD", "Kabupaten Wajo")]),
    ("Usulan itu dibahas Wakil Ketua Banleg DPRD Kota Madiun Sekar Nirmala bersama Anggota Banleg Bayu Tirta.",
     [("Sekar Nirmala", "Wakil Ketua Badan Legislasi DPRD", "Kota Madiun"),
      ("Bayu Tirta", "Anggota Badan Legislasi DPRD", "Kota Madiun")]),
])
def test_secretariat_leads_and_short_council_posts(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "lalu" goes on with a list; "anggota BK", "Bapem Perda": council bodies in short
    ("Yang hadir yakni Ketua BK DPRD Wajo Tuta Sekarwangi, anggota BK Mone Sile, lalu Netu Adikara, serta Dora Kenmo.",
     [("Tuta Sekarwangi", "Ketua Badan Kehormatan DPRD", "Kabupaten Wajo"),
      ("Mone Sile", "Anggota Badan Kehormatan DPRD", "Kabupaten Wajo"),
      ("Netu Adikara", "Anggota Badan Kehormatan DPRD", "Kabupaten Wajo"),
      ("Dora Kenmo", "Anggota Badan Kehormatan DPRD", "Kabupaten Wajo")]),
    ("Wakil Ketua Bapem Perda DPRD Wajo, Tuta Sekarwangi, S.H, M.H, menyampaikan.",
     [("Tuta Sekarwangi", "Wakil Ketua Bapemperda DPRD", "Kabupaten Wajo")]),
    # a committee's topic written in title case before "DPRD"; a name after "Pansus" stays a name
    ("Ketua Pansus Tatib DPRD Provinsi Jawa Tengah, Tuta Sekarwangi, menjelaskan.",
     [("Tuta Sekarwangi", "Ketua Pansus Tatib DPRD", "Provinsi Jawa Tengah")]),
    ("Ketua Pansus Tuta Sekarwangi menjelaskan.", [("Tuta Sekarwangi", "Ketua Pansus DPRD", None)]),
])
def test_council_bodies_in_short_and_lists_going_on(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Anggota DPR RI Komisi II, Banyu Prasojo hadir.", [("Banyu Prasojo", "Anggota Komisi II DPR RI", None)]),
    ("Anggota DPRD Ngawi Komisi C Banyu Prasojo hadir.",
     [("Banyu Prasojo", "Anggota Komisi C DPRD", "Kabupaten Ngawi")]),
])
def test_a_commission_written_after_the_council(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_short_deputy_chair() -> None:
    text = "Menurut Wakil Pimpinan DPRD Kebumen Hartawan Wirasena, rapat itu penting."
    assert ("Hartawan Wirasena", "Wakil Ketua DPRD", KEBUMEN) in officials(text)


def test_a_representative_of_the_council_is_no_deputy_chair() -> None:
    """ "wakil DPRD" in lower case is someone sent by the council, beside others sent by other bodies."""
    text = "Rapat dihadiri wakil DPRD Kebumen, Hartawan Wirasena, wakil Polres dan wakil Kodim."
    assert not any(position == "Wakil Ketua DPRD" for _, position, _ in officials(text))


def test_balitbang_is_an_office_not_a_holder() -> None:
    """ "Balitbang" (a research agency) after a head and in brackets after its written-out name is no one's name."""
    assert officials("Hadir Kepala Dinas Sosial, Balitbang, dan Kepala Desa Sukamaju.") == []
    text = "Kepala Badan Penelitian dan Pengembangan Kebumen (Balitbang Kebumen) Dewi Kartika membuka acara."
    assert [name for name, _, _ in officials(text)] == ["Dewi Kartika"]


@pytest.mark.parametrize("text, expected", [
    # a commission's field between its number and the council: no part of the post, and no holder
    ("Ketua Komisi II Bidang Perekonomian dan Keuangan DPRD Kabupaten Kebumen Rano Kelimutu menjelaskan hal itu.",
     [("Rano Kelimutu", "Ketua Komisi II DPRD", KEBUMEN)]),
    ("Wakil Ketua Komisi C bidang pembangunan DPRD Kota Madiun Hj. Dewi Kartika meminta laporan itu.",
     [("Dewi Kartika", "Wakil Ketua Komisi C DPRD", "Kota Madiun")]),
    ("Di Kebumen, Anggota Komisi I Bidang Pemerintahan, Yosef Laban, ikut bertanya.",
     [("Yosef Laban", "Anggota Komisi I DPRD", KEBUMEN)]),
    # a committee named by its number or by title-case words before "DPRD"
    ("Ketua Pansus 7 DPRD Kota Madiun, Rano Kelimutu, memimpin rombongan.",
     [("Rano Kelimutu", "Ketua Pansus 7 DPRD", "Kota Madiun")]),
    ("Rombongan dari Kebumen dipimpin Ketua Pansus 12, Dewi Kartika, SE.",
     [("Dewi Kartika", "Ketua Pansus 12 DPRD", KEBUMEN)]),
    ("Rapat dibuka Ketua Pansus Ranperda Pajak DPRD Kota Madiun, Dewi Kartika MMA, pagi itu.",
     [("Dewi Kartika", "Ketua Pansus Ranperda Pajak DPRD", "Kota Madiun")]),
])
def test_a_commission_field_or_a_committee_number_before_the_holder(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_name_before_dprd_is_no_committee_title() -> None:
    """Title-case words before "DPRD" name a committee only when a holder follows the council."""
    assert all("Rano" not in post for _, post, _ in officials("Ketua Pansus Rano Kelimutu DPRD Kebumen hadir."))


@pytest.mark.parametrize("text, expected", [
    ("Sidang paripurna DPRD Kota Kediri diikuti Wakil Ketua Fraksi PKS Rano Kelimutu sampai malam.",
     [("Rano Kelimutu", "Wakil Ketua Fraksi PKS", "Kota Kediri")]),
    ("Sidang paripurna DPRD Kota Kediri diikuti Bendahara Fraksi Partai Perindo Intan Purbaningrum, "
     "dan Wakil Sekretaris Fraksi PDI-P Bayu Ranggasena.",
     [("Intan Purbaningrum", "Bendahara Fraksi Partai Perindo", "Kota Kediri"),
      ("Bayu Ranggasena", "Wakil Sekretaris Fraksi PDI-P", "Kota Kediri")]),
    # a faction of two parties joined by a hyphen
    ("Sidang paripurna DPRD Kota Kediri diikuti anggota Fraksi Nasdem-PSI Sekar Manohara sampai malam.",
     [("Sekar Manohara", "Anggota Fraksi Nasdem-PSI", "Kota Kediri")]),
])
def test_a_faction_by_its_partys_short_name_then_the_holder(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Perjuangan" belongs to the party, not to the holder's name
    ("Pertemuan di DPRD Kota Kediri dihadiri Ketua Fraksi PDI Perjuangan Rano Kelimutu hingga sore.",
     [("Rano Kelimutu", "Ketua Fraksi PDI Perjuangan", "Kota Kediri")]),
    # the council after the party stays part of the post
    ("Pertemuan dihadiri Ketua Fraksi Golkar DPRD Kota Kediri Rano Kelimutu hingga sore.",
     [("Rano Kelimutu", "Ketua Fraksi Golkar DPRD", "Kota Kediri")]),
])
def test_a_faction_written_out_or_with_its_council(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jadwal itu diumumkan Ketua Pansus B DPRD Kota Kediri, Rano Kelimutu, kemarin.",
     [("Rano Kelimutu", "Ketua Pansus B DPRD", "Kota Kediri")]),
    ("Usulan dibahas Ketua Pansus I DPRD Provinsi Maluku Intan Purbaningrum bersama tim ahli.",
     [("Intan Purbaningrum", "Ketua Pansus I DPRD", "Provinsi Maluku")]),
    # the letter or number one before the chair's name, no council between (round 36)
    ("Menurut Ketua Pansus I Wirasena, pihaknya ingin belajar dari Kebumen.",
     [("Wirasena", "Ketua Pansus I DPRD", KEBUMEN)]),
    ("Kemudian Ketua Pansus C Banyu Prasojo memaparkan raperda itu di DPRD Kebumen.",
     [("Banyu Prasojo", "Ketua Pansus C DPRD", KEBUMEN)]),
    ("Kemudian Ketua Pansus V Banyu Prasojo memaparkan raperda itu di DPRD Kebumen.",
     [("Banyu Prasojo", "Ketua Pansus V DPRD", KEBUMEN)]),
    # "H" (Haji) and the "I" of a Balinese name are the holder's
    ("Rombongan dipimpin Ketua Pansus H Banyu Prasojo dari DPRD Kebumen.",
     [("Banyu Prasojo", "Ketua Pansus DPRD", KEBUMEN)]),
    ("Rombongan dipimpin Ketua Pansus I Wayan Sukarsa dari DPRD Kebumen.",
     [("I Wayan Sukarsa", "Ketua Pansus DPRD", KEBUMEN)]),
])
def test_a_special_committee_named_by_a_letter(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_an_initial_after_a_committee_without_council_is_the_holders() -> None:
    assert officials("Ketua Pansus M Rano Kelimutu ikut bersama Anggota DPRD Kota Kediri.") == [
        ("M Rano Kelimutu", "Ketua Pansus DPRD", "Kota Kediri")]


@pytest.mark.parametrize("text, expected", [
    ("Adapun Wakil Ketua DPRD Kota Kediri lainnya, Rano Kelimutu, menilai jadwal itu padat.",
     [("Rano Kelimutu", "Wakil Ketua DPRD", "Kota Kediri")]),
    ("Seorang anggota DPRD Kota Kediri lainnya dari Partai Perindo, Intan Purbaningrum, mengaku puas.",
     [("Intan Purbaningrum", "Anggota DPRD", "Kota Kediri")]),
    ("Anggota DPRD Kota Kediri dari PKB, Bayu Ranggasena, menyebut tarif itu wajar.",
     [("Bayu Ranggasena", "Anggota DPRD", "Kota Kediri")]),
])
def test_another_member_and_a_party_between_post_and_holder(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_place_after_from_is_no_party() -> None:
    assert officials("Anggota DPRD dari Kota Kediri, Kota Blitar dan Kota Madiun berkumpul.") == []


@pytest.mark.parametrize("text, expected", [
    ("Lawatan ke Kota Madiun dilakukan DPRD Kota Kediri yang dipimpin Wakil Ketua Rano Kelimutu pekan lalu.",
     [("Rano Kelimutu", "Wakil Ketua DPRD", "Kota Kediri")]),
    ("Sebanyak sembilan legislator DPRD Kota Kediri tiba di Madiun, diantar Ketua Intan Purbaningrum beserta kedua "
     "wakilnya, Bayu dan Sekar.",
     [("Intan Purbaningrum", "Ketua DPRD", "Kota Kediri"), ("Bayu", "Wakil Ketua DPRD", "Kota Kediri"),
      ("Sekar", "Wakil Ketua DPRD", "Kota Kediri")]),
])
def test_a_bare_chair_after_a_council_in_its_sentence(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    "Tim DPRD Kota Kediri disambut Ketua Koperasi Tani Makmur di balai desa.",
    "Tim DPRD Kota Kediri bertemu Ketua Banleg di ruang rapat.",
    # the council in the sentence before: no chair of it
    "Tim DPRD Kota Kediri tiba pagi. Acara dibuka Ketua Rano Kelimutu di aula.",
])
def test_a_bare_chair_of_a_body_or_far_from_the_council_is_none(text: str) -> None:
    assert officials(text) == []


def test_a_short_name_after_another_member_is_the_one_named_before() -> None:
    text = ("Hadir Anggota Komisi A DPRD Kota Kediri Rano Kelimutu. Anggota DPRD Kota Kediri lainnya, Rano, "
            "menilai jadwal itu padat.")
    assert officials(text) == [("Rano Kelimutu", "Anggota Komisi A DPRD", "Kota Kediri")]


def test_a_council_represented_by_members_named_after_kepada() -> None:
    text = "Undangan dari DPRD Kota Jambi diwakilkan kepada Hartono Wibisono dan Dewi Lestari yang duduk di depan."
    assert officials(text) == [
        ("Hartono Wibisono", "Anggota DPRD", "Kota Jambi"), ("Dewi Lestari", "Anggota DPRD", "Kota Jambi")]


def test_a_bare_committee_of_the_council_named_before_represented_by_a_member() -> None:
    text = ("Tamu dari DPRD Kota Jambi tiba siang hari. Dari pihak tamu, Komisi IV, diwakili Hartono Wibisono, "
            "bertanya soal tarif parkir.")
    assert officials(text) == [("Hartono Wibisono", "Anggota Komisi IV DPRD", "Kota Jambi")]


def test_a_bare_committee_with_no_council_before_names_no_member() -> None:
    assert officials("Dari pihak tamu, Komisi IV, diwakili Hartono Wibisono, bertanya soal tarif parkir.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # the legislation body of a council in short ("Baleg", beside "Banleg") and written out
    ("Wakil Ketua DPRD Kebumen Hartono Wibisono membuka diskusi, lalu Ketua Baleg, Wulan Sari, memaparkan jadwal.",
     [("Hartono Wibisono", "Wakil Ketua DPRD", KEBUMEN), ("Wulan Sari", "Ketua Badan Legislasi DPRD", KEBUMEN)]),
    ("Rapat itu dibuka Ketua Badan Legislasi DPRD Kebumen Wulan Sari pada pagi hari.",
     [("Wulan Sari", "Ketua Badan Legislasi DPRD", KEBUMEN)]),
    ("Usulan dibacakan Anggota Baleg DPRD Kebumen, Wulan Sari, dengan runtut.",
     [("Wulan Sari", "Anggota Badan Legislasi DPRD", KEBUMEN)]),
])
def test_the_legislation_body_of_a_council(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 42: the council named in an earlier sentence; its deputy chair written bare in a roll after it
    ("Komisi III DPRD Kota Madiun berkunjung ke sini pada Senin. Ketua Komisi Rano Kelimutu ST, Wakil Ketua "
     "Sekar Anjani, Sekretaris Dimas Praba, serta anggota Tulebo Arkanis.",
     [("Rano Kelimutu", "Ketua Komisi III DPRD", "Kota Madiun"), ("Sekar Anjani", "Wakil Ketua DPRD", "Kota Madiun"),
      ("Dimas Praba", "Sekretaris DPRD", "Kota Madiun"),
      ("Tulebo Arkanis", "Anggota DPRD", "Kota Madiun")]),
    ("Rombongan tiba di Gedung DPRD Kota Madiun pada Rabu. Kedua rombongan disambut Wakil Ketua Sekar Anjani di "
     "ruang rapat.", [("Sekar Anjani", "Wakil Ketua DPRD", "Kota Madiun")]),
    # round 42 review: a paragraph break after the council's sentence is no sentence between
    ("Rombongan tiba di Gedung DPRD Kota Madiun pada Rabu.\n\nKedua rombongan disambut Wakil Ketua Sekar Anjani di "
     "ruang rapat.", [("Sekar Anjani", "Wakil Ketua DPRD", "Kota Madiun")]),
])
def test_a_bare_deputy_chair_after_the_sentence_that_names_the_council(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a national council named nearer, or a body's acronym after the chair: not the regional council's deputy
    ("Rombongan DPRD Kota Madiun tiba pada Rabu. Mereka diterima Komisi II DPR RI yang dipimpin wakil Ketua Rano "
     "Kelimutu.", []),
    ("Rombongan tiba di DPRD Kota Madiun pada Rabu. Hadir pula Wakil Ketua Senat FKIP UNSA, Sekar Anjani.", []),
    # round 42 review: the national council written with a hyphen; the council two sentences before the chair
    ("Rombongan DPRD Kota Madiun tiba pada Rabu. Mereka diterima Komisi II DPR-RI yang dipimpin wakil Ketua Rano "
     "Kelimutu.", []),
    ("Rombongan DPRD Kota Madiun tiba pada Rabu. Hujan turun sepanjang hari itu. Hadir pula Wakil Ketua Rano "
     "Kelimutu di ruang rapat.", []),
    # a bare "Ketua" so far from the council is an association's as often: left
    ("Rombongan tiba di DPRD Kota Madiun pada Rabu. Hadir pula Ketua Paguyuban Seni Rano Kelimutu.", []),
])
def test_a_bare_chair_far_from_the_council_that_is_not_its_deputy(text: str, expected: list) -> None:
    assert officials(text) == expected
