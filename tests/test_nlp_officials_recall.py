"""Officials as regional news writes them: names as written, parties, names before positions, listed members.

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials


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
])
def test_names_as_written(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_short_form_joins_the_name_with_glued_initials() -> None:
    text = "Bupati Ngawi Yostinus R.K.Tolangi menyambut tamu. Menurut Bupati Tolangi, pasar itu ramai."
    assert officials(text) == [("Yostinus R.K.Tolangi", "Bupati", "Kabupaten Ngawi")]


@pytest.mark.parametrize("text", [
    "Wali Kota Madiun Laksanakan Kunjungan Kerja ke Ngawi",
    "Wali Kota Madiun Kunjungan Kerja dan Bersilaturahmi ke Ngawi",
    "Gubernur Jatim Pertemuan dengan Bupati Ngawi",
])
def test_headline_verbs_and_nouns_are_no_names(text: str) -> None:
    assert officials(text) == []


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
    # an apposition closed by a relative clause or by the holder's party
    ("Rombongan diterima Galuh Pertiwi, ketua Komisi II, bersama Ayunda Cempaka, anggota DPRD "
     "Jatim yang baru dilantik.",
     [("Galuh Pertiwi", "Ketua Komisi II DPRD", None), ("Ayunda Cempaka", "Anggota DPRD", "Provinsi Jawa Timur")]),
    ("Di tempat yang sama, Sadewo Tumiwang, Ketua Komisi II DPRD Kabupaten Ngawi dari Fraksi PDI Perjuangan, "
     "membenarkan hal itu.", [("Sadewo Tumiwang", "Ketua Komisi II DPRD", "Kabupaten Ngawi")]),
    # a sentence's full stop ends the run of capitalised words before the name
    ("Rombongan diterima Sekretaris DPRD Ngawi. Sadewo Tumiwang, Kabag Umum Setwan Ngawi, memandu acara.",
     [("Sadewo Tumiwang", "Kepala Bagian Umum", "Kabupaten Ngawi")]),
    # a verb before the name is no part of it; a local head's place in brackets
    ("Hadir Nirmala Kandaka (Kepala Dinas Pendidikan Kabupaten Ngawi) dan Kinasih Sembada (Camat Paron).",
     [("Nirmala Kandaka", "Kepala Dinas Pendidikan", "Kabupaten Ngawi"),
      ("Kinasih Sembada", "Camat", "Kabupaten Ngawi")]),
])
def test_names_before_their_position(text: str, expected: list) -> None:
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


@pytest.mark.parametrize("text", [
    "Rombongan DPRD Ngawi terdiri dari 25 orang.",
    "Rombongan DPRD Ngawi, antara lain Ketua Komisi A, tiba pagi.",
    "Kepala Dinas Kesehatan Kabupaten Wajo mengatakan warga yang hadir yakni Welas dan Gandring senang.",
])
def test_no_members_without_names(text: str) -> None:
    assert officials(text) == []


@pytest.mark.parametrize("text, expected", [
    # an office the lexicon lacks, written out after "Kepala", ends at a bracket, comma or region
    ("Ia menelepon Kepala Balai Pelaksana Jalan Nasional (BPJN) Sulawesi Tengah, Pagarra Runtukahu, kemarin.",
     [("Pagarra Runtukahu", "Kepala Balai Pelaksana Jalan Nasional", None)]),
    ("Hadir Kepala Pusat Kajian Kebijakan Publik, Gatra Wiloso, di Kota Madiun.",
     [("Gatra Wiloso", "Kepala Pusat Kajian Kebijakan Publik", "Kota Madiun")]),
    ("Kepala Balai Karantina Kota Madiun Bagas Wirotomo hadir.",
     [("Bagas Wirotomo", "Kepala Balai Karantina", None)]),
    ("Kepala Pusat Kajian Hukum, Ekonomi, dan Inovasi, Gatra Wiloso, hadir.",
     [("Gatra Wiloso", "Kepala Pusat Kajian Hukum, Ekonomi, dan Inovasi", None)]),
    ("Kepala Balai Besar Wilayah Sungai Bagas Wirotomo hadir.", []),  # office and name run together: not read
    # an adviser's field ends where the name starts
    ("Rombongan diterima Staf Ahli Wali Kota Bidang Administrasi Umum Bagas Wirotomo di Kota Madiun.",
     [("Bagas Wirotomo", "Staf Ahli Wali Kota Bidang Administrasi Umum", "Kota Madiun")]),
    # "provinsi itu": the region named before
    ("Rombongan tiba di Jawa Timur. Mereka dijamu wakil gubernur provinsi itu, Gatra Wiloso.",
     [("Gatra Wiloso", "Wakil Gubernur", "Provinsi Jawa Timur")]),
    # council bodies after "Ketua (tim)"
    ("Ketua tim Banmus DPRD Kota Madiun Kinasih Sembada mengatakan hal itu.",
     [("Kinasih Sembada", "Ketua Badan Musyawarah DPRD", "Kota Madiun")]),
    ("Wakil Ketua Banggar DPRD Ngawi, Galuh Pertiwi, hadir.",
     [("Galuh Pertiwi", "Wakil Ketua Badan Anggaran DPRD", "Kabupaten Ngawi")]),
    # the office after "di": the region after it
    ("Rombongan disambut Kasubag Organisasi di Bagian Organisasi Setda Ngawi Sadewo Tumiwang di aula.",
     [("Sadewo Tumiwang", "Kepala Subbagian Organisasi", "Kabupaten Ngawi")]),
    # a place followed by a demonstrative; an office glued to "Ka."
    ("Ia mantan Camat Medan Sukajadi itu, kata warga Kota Medan.", []),
    ("Hadir Sekda Ngawi, Ka.Bappeda, Kadis Pertanian, dan lainnya.", []),
])
def test_offices_and_fields_written_out(text: str, expected: list) -> None:
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


def test_functional_posts_of_a_secretariat() -> None:
    text = ("Tamu didampingi Kabag Risalah dan Persidangan Lemartu Jinemo, Perancang Peraturan Perundang-undangan "
            "Sigabo, Perisalah Legislatif Ragado, dan Pengadministrasi Data Peraturan Perundang-undangan Tulelo "
            "Ditu di Kabupaten Wajo. Turut pula Pejabat Fungsional, Nele Sirabo.")
    assert officials(text) == [
        ("Lemartu Jinemo", "Kepala Bagian Risalah dan Persidangan", "Kabupaten Wajo"),
        ("Sigabo", "Perancang Peraturan Perundang-undangan", "Kabupaten Wajo"),
        ("Ragado", "Perisalah Legislatif", "Kabupaten Wajo"),
        ("Tulelo Ditu", "Pengadministrasi Data Peraturan Perundang-undangan", "Kabupaten Wajo"),
        ("Nele Sirabo", "Pejabat Fungsional", "Kabupaten Wajo")]


def test_one_person_under_two_spellings_of_one_office() -> None:
    text = ("Rombongan dipimpin Ketua Komisi II Jile Molota Wuta tiba di Kota Medan. "
            "Ketua Komisi II DPR RI Jile Molota menyampaikan salam.")
    got = officials(text)
    assert [g[0] for g in got] == ["Jile Molota Wuta"]


@pytest.mark.parametrize("text, expected", [
    # the holder in brackets; an acronym or a region in brackets is an aside
    ("Rencananya acara dihadiri Wakil Presiden (Sadewo Tumiwang), tetapi belum pasti.",
     [("Sadewo Tumiwang", "Wakil Presiden", None)]),
    ("Bupati Ngawi (Bagas Wirotomo, S.H.) dan Wakil Bupati Ngawi (Gaku Doraka) hadir.",
     [("Bagas Wirotomo", "Bupati", "Kabupaten Ngawi"), ("Gaku Doraka", "Wakil Bupati", "Kabupaten Ngawi")]),
    ("Penjabat Sekretaris Daerah (Pj Sekda) Kota Madiun, Sadewo Tumiwang, menerima tamu.",
     [("Sadewo Tumiwang", "Penjabat Sekretaris Daerah", "Kota Madiun")]),
    ("Kadis Pertanian dan Ketahanan Pangan (Distan dan KP) Gapene Silori membuka acara di Kabupaten Wajo.",
     [("Gapene Silori", "Kepala Dinas Pertanian dan Ketahanan Pangan", "Kabupaten Wajo")]),
    # a title written with its commas, or without the last one
    ("Dalam lawatan itu, Menteri Desa, Pembangunan Daerah Tertinggal dan Transmigrasi (PDTT), Kenwu Kubori "
     "Gadora, meninjau pasar desa.",
     [("Kenwu Kubori Gadora", "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi", None)]),
    # a short form of the first name under the same office is the same person
    ("Dalam pidatonya, Bupati Wajo, Leonardus Kenmar, menyapa warga. Bupati Leon lalu mengajak warga menanam pohon.",
     [("Leonardus Kenmar", "Bupati", "Kabupaten Wajo")]),
    # an office's coined acronym, headline verbs, an office after a name
    ("Hadir pula Dirjen PDTu dan para direktur di Kabupaten Ngawi.", []),
    ("Lewat Program Desa, Bupati Ngawi Gali Potensi Desa", []),
    ("Rombongan disambut Kabag Persidangan, Turawu Bagian Umum, di Kota Madiun.",
     [("Turawu", "Kepala Bagian Persidangan", "Kota Madiun")]),
])
def test_brackets_commas_and_short_forms(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_short_form_under_another_office_is_another_person() -> None:
    got = officials("Bupati Ngawi Leonardus Kenmar hadir. Camat Paron, Leon, ikut di Kabupaten Ngawi.")
    assert [g[0] for g in got] == ["Leonardus Kenmar", "Leon"]


@pytest.mark.parametrize("text, expected", [
    # national and military offices written out in full, closed by a comma or a rank
    ("Menurut Deputi Bidang Pelayanan Publik Kementerian PANRB, Nesiken Rapewu, inovasi itu layak direplikasi.",
     [("Nesiken Rapewu", "Deputi Bidang Pelayanan Publik Kementerian PANRB", None)]),
    ("Sadewo Tumiwang, Duta Besar Indonesia untuk Turki, menyambut rombongan.",
     [("Sadewo Tumiwang", "Duta Besar Indonesia untuk Turki", None)]),
    ("Tampak pula Komandan Kodim 1406 Wajo, Letkol Inf Bagas Wirotomo, serta Ketua DPD RI Lewune Tatale.",
     [("Bagas Wirotomo", "Komandan Kodim 1406 Wajo", None), ("Lewune Tatale", "Ketua DPD", None)]),
    ("Hadir Komandan Paspampres Marsda TNI Dogane Kulole.",
     [("Dogane Kulole", "Komandan Paspampres", None)]),
    ("Kepala Pusjianbang SDM BKPN, Sawu Margado, menutup pelatihan.",
     [("Sawu Margado", "Kepala Pusjianbang SDM BKPN", None)]),
    ("Koordinator Bidang Komisi B DPRD Kabupaten Wajo Takuji Rora mengatakan rombongannya tiba.",
     [("Takuji Rora", "Koordinator Bidang Komisi B DPRD", "Kabupaten Wajo")]),
    # not read: office and name run together, a list of fields, a school, an election
    ("Deputi Pengembangan Destinasi Kementerian Pariwisata Tapedi Kenbolo hadir.", []),
    ("Hadir Deputi Bidang Protokol, Pers, dan Media Sekretariat Kabinet Tawuta Kenlega.", []),
    ("Kepala Sekolah SMPN 1 Ngawi, Bagas Wirotomo, hadir.", []),
    ("Pemilihan Kepala Daerah (Pilkada) Serentak Tahun 2015 digelar di Kota Jambi.", []),
])
def test_offices_written_out_after_open_heads(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_place_the_gazetteer_lacks_before_a_titled_holder() -> None:
    text = ("Bupati Ngawi didampingi Ketua DPRD Tanaraya, DR. H. Pesa Lowulo, serta Sekda Tanaraya, Dr. H. Sibo "
            "Lejiwu, menerima rombongan.")
    assert officials(text) == [("Pesa Lowulo", "Ketua DPRD", "Kabupaten Ngawi"),
                               ("Sibo Lejiwu", "Sekretaris Daerah", "Kabupaten Ngawi")]
    # with the region written, the word after the position is a name
    assert [g[0] for g in officials("Bupati Ngawi Tuga, Dr. Kule Pediri, dan Nenetu hadir.")][0] == "Tuga"


@pytest.mark.parametrize("text", [
    "Acara dihadiri Sekretaris Daerah Kabupaten Ngawi, Forkopimda, dan pimpinan OPD.",
    "Itu kewenangan Provinsi, Kemendagri, Menpan RB, katanya.",
    "Komisi C DPRD Kota Madiun Kunjungi Ngawi",
])
def test_bodies_and_groups_are_no_names(text: str) -> None:
    assert officials(text) == []


def test_a_sentence_after_a_list_of_members_is_no_member() -> None:
    got = officials("Hadir anggota Pansus DPRD Kota Madiun, yaitu Galuh Pertiwi, ST, serta Nirmala Kandaka, ST. "
                    "Turut hadir pejabat lain.")
    assert [g[0] for g in got] == ["Galuh Pertiwi", "Nirmala Kandaka"]


@pytest.mark.parametrize("text, expected", [
    # a command's unit code, then the holder's rank and name
    ("Presiden disambut Pangdam I/Bukit Barisan Mayjen TNI Wudo Kenga dan Danlanud Halim Marsma TNI Lota "
     "Dimoji.", [("Wudo Kenga", "Panglima Komando Daerah Militer", None),
                 ("Lota Dimoji", "Komandan Pangkalan Udara", None)]),
    ("Turut hadir Dandim 0801 Ngawi Letkol Czi Jiken Lesiken.",
     [("Jiken Lesiken", "Komandan Distrik Militer", None)]),
    # an abbreviation between the words leading to the region
    ("Kepala Bagian Humas Pemerintah Kabupaten (Pemkab) Ngawi, Rikentu, S.Sos, menyebutkan hal itu.",
     [("Rikentu", "Kepala Bagian Hubungan Masyarakat", "Kabupaten Ngawi")]),
    # "WK I": a council's deputy chair
    ("Tamu diterima Ketua DPRD Wajo, Nirmala Kandaka, didampingi WK I, Doku Kensido, S.H.",
     [("Nirmala Kandaka", "Ketua DPRD", "Kabupaten Wajo"), ("Doku Kensido", "Wakil Ketua DPRD", "Kabupaten Wajo")]),
    ("Rombongan diikuti Kadis Perkim Kota Madiun Gagado.",
     [("Gagado", "Kepala Dinas Perumahan dan Kawasan Permukiman", "Kota Madiun")]),
])
def test_commands_and_abbreviated_councils(text: str, expected: list) -> None:
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
    # short forms of council posts: "Waka I", "Bamus"
    ("Waka II DPRD Provinsi Jawa Tengah, Tulebo, S.Sos, menyatakan.",
     [("Tulebo", "Wakil Ketua DPRD", "Provinsi Jawa Tengah")]),
    ("Dalam sambutannya, ketua Bamus DPRD Wajo Jiwu Nemar menerangkan.",
     [("Jiwu Nemar", "Ketua Badan Musyawarah DPRD", "Kabupaten Wajo")]),
])
def test_secretariat_leads_and_short_council_posts(text: str, expected: list) -> None:
    assert officials(text) == expected


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


def test_staff_spelled_with_two_fs() -> None:
    assert officials("Rombongan diterima Staff Ahli Bupati Bidang Ekonomi Tuta Sekarwangi di kantor Bupati Wajo.") == [
        ("Tuta Sekarwangi", "Staf Ahli Bupati Bidang Ekonomi", "Kabupaten Wajo")]


@pytest.mark.parametrize("text, expected", [
    # a bureau's or section's field written out over "dan"
    ("Kepala Biro Otonomi Daerah dan Kerjasama Tulebo hadir.",
     [("Tulebo", "Kepala Biro Otonomi Daerah dan Kerjasama", None)]),
    ("Kasubag Rumah Tangga dan Perlengkapan Sekretariat DPRD Wajo Tuta Sekarwangi hadir.",
     [("Tuta Sekarwangi", "Kepala Subbagian Rumah Tangga dan Perlengkapan Sekretariat DPRD", "Kabupaten Wajo")]),
])
def test_fields_of_bureaus_and_sections(text: str, expected: list) -> None:
    assert officials(text) == expected
