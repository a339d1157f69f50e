"""Officials as regional news writes them: names as written, parties, names before positions, listed members.

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest

from nlp.officials import longest_names, merge_officials
from nlp.pipeline import components
from nlp.regions import resolve

PARTS = components()


def officials(text: str) -> list[tuple[str, str, str | None]]:
    mentions = resolve(PARTS.regions.find(text), PARTS.lexicon.regions, text)
    found = merge_officials(PARTS.officials.find(text, mentions))
    longest_names(text, found, PARTS.officials)
    return [(o.name, o.position, PARTS.lexicon.regions[o.region].name if o.region else None) for o in found]


@pytest.mark.parametrize("text, expected", [
    # initials glued by full stops stay as written; glued honorifics go
    ("Bupati Ngawi Ferdinandus G.L.Kombet hadir.", [("Ferdinandus G.L.Kombet", "Bupati", "Kabupaten Ngawi")]),
    ("Wakil Wali Kota Madiun Dr.H.Andi Wijaya,SE menyambut.",
     [("Andi Wijaya", "Wakil Wali Kota", "Kota Madiun")]),
    ("Kepala Bappeda Ngawi Ir.H.M.Sukarno hadir.", [("M.Sukarno", "Kepala Bappeda", "Kabupaten Ngawi")]),
    # a degree written apart, with no comma before it
    ("Kadis Kominfo Ngawi Budi Santoso S. Sos, M. AP hadir.",
     [("Budi Santoso", "Kepala Dinas Komunikasi dan Informatika", "Kabupaten Ngawi")]),
    ("Kadis Kominfo Ngawi Budi Santoso S.Sos MSP hadir.",
     [("Budi Santoso", "Kepala Dinas Komunikasi dan Informatika", "Kabupaten Ngawi")]),
])
def test_names_as_written(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_short_form_joins_the_name_with_glued_initials() -> None:
    text = "Bupati Ngawi Ferdinandus G.L.Kombet menyambut tamu. Menurut Bupati Kombet, pasar itu ramai."
    assert officials(text) == [("Ferdinandus G.L.Kombet", "Bupati", "Kabupaten Ngawi")]


@pytest.mark.parametrize("text", [
    "Wali Kota Madiun Laksanakan Kunjungan Kerja ke Ngawi",
    "Wali Kota Madiun Kunjungan Kerja dan Bersilaturahmi ke Ngawi",
    "Gubernur Jatim Pertemuan dengan Bupati Ngawi",
])
def test_headline_verbs_and_nouns_are_no_names(text: str) -> None:
    assert officials(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Ketua Fraksi Golkar DPRD Kabupaten Ngawi, Agus Salim, turut hadir.",
     [("Agus Salim", "Ketua Fraksi Golkar DPRD", "Kabupaten Ngawi")]),
    ("Ketua Fraksi PDI Perjuangan DPRD Kota Madiun Budi Raharjo menerima tamu.",
     [("Budi Raharjo", "Ketua Fraksi PDI Perjuangan DPRD", "Kota Madiun")]),
    ("Wakil Ketua Fraksi Gerindra DPRD Ngawi Wiratmo Lukito hadir.",
     [("Wiratmo Lukito", "Wakil Ketua Fraksi Gerindra DPRD", "Kabupaten Ngawi")]),
    ("Ketua Fraksi Kota Madiun, Wiratmo Lukito, hadir.", [("Wiratmo Lukito", "Ketua Fraksi", "Kota Madiun")]),
])
def test_the_party_after_fraksi_is_no_name(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an apposition closed by a relative clause or by the holder's party
    ("Rombongan diterima Agus Salim, ketua Komisi II, bersama Dewi Lestari, anggota DPRD Jatim yang baru dilantik.",
     [("Agus Salim", "Ketua Komisi II DPRD", None), ("Dewi Lestari", "Anggota DPRD", "Provinsi Jawa Timur")]),
    ("Di tempat yang sama, Wiratmo Lukito, Ketua Komisi II DPRD Kabupaten Ngawi dari Fraksi PDI Perjuangan, "
     "membenarkan hal itu.", [("Wiratmo Lukito", "Ketua Komisi II DPRD", "Kabupaten Ngawi")]),
    # a sentence's full stop ends the run of capitalised words before the name
    ("Rombongan diterima Sekretaris DPRD Ngawi. Wiratmo Lukito, Kabag Umum Setwan Ngawi, memandu acara.",
     [("Wiratmo Lukito", "Kepala Bagian Umum", "Kabupaten Ngawi")]),
    # a verb before the name is no part of it; a local head's place in brackets
    ("Hadir Budi Raharjo (Kepala Dinas Pendidikan Kabupaten Ngawi) dan Siti Aminah (Camat Paron).",
     [("Budi Raharjo", "Kepala Dinas Pendidikan", "Kabupaten Ngawi"), ("Siti Aminah", "Camat", "Kabupaten Ngawi")]),
])
def test_names_before_their_position(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    "Rombongan disambut Agus Salim, Budi Raharjo, dan Siti Aminah selaku anggota Komisi I DPRD Kabupaten Ngawi.",
    "Rombongan disambut Agus Salim dari Fraksi Golkar, Budi Raharjo dari Fraksi NasDem, dan Siti Aminah dari "
    "Fraksi PKB selaku anggota Komisi I DPRD Kabupaten Ngawi.",
    "Rombongan disambut Agus Salim (F-Golkar), Budi Raharjo, S.H. (F-PKB) serta Siti Aminah sebagai anggota "
    "Komisi I DPRD Kabupaten Ngawi.",
])
def test_a_list_of_names_before_a_shared_position(text: str) -> None:
    assert officials(text) == [(name, "Anggota Komisi I DPRD", "Kabupaten Ngawi")
                               for name in ("Agus Salim", "Budi Raharjo", "Siti Aminah")]


def test_a_list_before_a_single_position_names_only_its_last_item() -> None:
    assert officials("Hadir Agus Salim, Budi Raharjo, dan Siti Aminah selaku Ketua Komisi I DPRD Kabupaten "
                     "Ngawi.") == [("Siti Aminah", "Ketua Komisi I DPRD", "Kabupaten Ngawi")]


@pytest.mark.parametrize("text, position, region", [
    ("Anggota DPRD Kabupaten Ngawi yang hadir yakni Agus Salim, Budi Raharjo, serta Siti Aminah.",
     "Anggota DPRD", "Kabupaten Ngawi"),
    ("Selain Wiratmo Lukito, anggota DPRD Ngawi lain yang ikut hadir ialah Agus Salim, Budi Raharjo, dan "
     "Siti Aminah.", "Anggota DPRD", "Kabupaten Ngawi"),
    ("Hadir pula anggota Komisi A DPRD Kota Madiun, yaitu Agus Salim (F-Golkar), Budi Raharjo (Dapil 2), dan "
     "Siti Aminah dari Fraksi PKB.", "Anggota Komisi A DPRD", "Kota Madiun"),
    # a council's group, no position written: its members are listed
    ("Rombongan Komisi I DPRD Kabupaten Ngawi terdiri dari Agus Salim, Budi Raharjo, dan Siti Aminah.",
     "Anggota Komisi I DPRD", "Kabupaten Ngawi"),
    ("Rombongan DPRD Ngawi beranggotakan Agus Salim (Dapil 1), Budi Raharjo (Dapil 2), dan Siti Aminah, S.E. "
     "(Dapil 5).", "Anggota DPRD", "Kabupaten Ngawi"),
    ("Hadir pula jajaran Komisi I DPRD Ngawi seperti Agus Salim, Budi Raharjo, hingga Siti Aminah.",
     "Anggota Komisi I DPRD", "Kabupaten Ngawi"),
])
def test_members_listed_after_an_intro(text: str, position: str, region: str) -> None:
    assert officials(text) == [(name, position, region) for name in ("Agus Salim", "Budi Raharjo", "Siti Aminah")]


@pytest.mark.parametrize("text", [
    "Rombongan DPRD Ngawi terdiri dari 25 orang.",
    "Rombongan DPRD Ngawi, antara lain Ketua Komisi A, tiba pagi.",
    "Kepala Dinas Kesehatan Kabupaten Wajo mengatakan warga yang hadir yakni Ani dan Cahyo senang.",
])
def test_no_members_without_names(text: str) -> None:
    assert officials(text) == []


@pytest.mark.parametrize("text, expected", [
    # an office the lexicon lacks, written out after "Kepala", ends at a bracket, comma or region
    ("Ia menelepon Kepala Balai Pelaksana Jalan Nasional (BPJN) Sulawesi Tengah, Bambang Wirayuda, kemarin.",
     [("Bambang Wirayuda", "Kepala Balai Pelaksana Jalan Nasional", "Provinsi Sulawesi Tengah")]),
    ("Hadir Kepala Pusat Kajian Kebijakan Publik, Andi Wijaya, di Kota Madiun.",
     [("Andi Wijaya", "Kepala Pusat Kajian Kebijakan Publik", "Kota Madiun")]),
    ("Kepala Balai Karantina Kota Madiun Budi Santoso hadir.",
     [("Budi Santoso", "Kepala Balai Karantina", "Kota Madiun")]),
    ("Kepala Pusat Kajian Hukum, Ekonomi, dan Inovasi, Andi Wijaya, hadir.",
     [("Andi Wijaya", "Kepala Pusat Kajian Hukum, Ekonomi, dan Inovasi", None)]),
    ("Kepala Balai Besar Wilayah Sungai Budi Santoso hadir.", []),  # office and name run together: not read
    # an adviser's field ends where the name starts
    ("Rombongan diterima Staf Ahli Wali Kota Bidang Administrasi Umum Budi Santoso di Kota Madiun.",
     [("Budi Santoso", "Staf Ahli Wali Kota Bidang Administrasi Umum", "Kota Madiun")]),
    # "provinsi itu": the region named before
    ("Rombongan tiba di Jawa Timur. Mereka dijamu wakil gubernur provinsi itu, Andi Wijaya.",
     [("Andi Wijaya", "Wakil Gubernur", "Provinsi Jawa Timur")]),
    # council bodies after "Ketua (tim)"
    ("Ketua tim Banmus DPRD Kota Madiun Siti Aminah mengatakan hal itu.",
     [("Siti Aminah", "Ketua Badan Musyawarah DPRD", "Kota Madiun")]),
    ("Wakil Ketua Banggar DPRD Ngawi, Agus Salim, hadir.",
     [("Agus Salim", "Wakil Ketua Badan Anggaran DPRD", "Kabupaten Ngawi")]),
    # the office after "di": the region after it
    ("Rombongan disambut Kasubag Organisasi di Bagian Organisasi Setda Ngawi Wiratmo Lukito di aula.",
     [("Wiratmo Lukito", "Kepala Subbagian Organisasi", "Kabupaten Ngawi")]),
    # a place followed by a demonstrative; an office glued to "Ka."
    ("Ia mantan Camat Medan Sukajadi itu, kata warga Kota Medan.", []),
    ("Hadir Sekda Ngawi, Ka.Bappeda, Kadis Pertanian, dan lainnya.", []),
])
def test_offices_and_fields_written_out(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an abbreviation in brackets between head and unit
    ("Rombongan itu disambut Kepala Bagian (Kabag) Umum DPRD kota Madiun, Sardono, bersama stafnya.",
     [("Sardono", "Kepala Bagian Umum DPRD", "Kota Madiun")]),
    # councils' interim chairs and status words after the region
    ("Demikian disampaikan Ketua Sementara DPRD Madiun Hamdanu di akhir pekan.",
     [("Hamdanu", "Ketua DPRD Sementara", "Kota Madiun")]),
    ("Menurut Wakil Ketua DPRD Kota Madiun Non Definitif Syarifudin, usul itu ditolak.",
     [("Syarifudin", "Wakil Ketua DPRD", "Kota Madiun")]),
    # bureau words of secretariats and a national-named office
    ("Kadis Pendidikan Nasional Drs. Wirabudi Santoso hadir di Kabupaten Ngawi.",
     [("Wirabudi Santoso", "Kepala Dinas Pendidikan Nasional", "Kabupaten Ngawi")]),
    ("Kepala Bagian Protokol dan Kehumasan Ngawi Eko Wirapati menjelaskan.",
     [("Eko Wirapati", "Kepala Bagian Protokol dan Kehumasan", "Kabupaten Ngawi")]),
    # a relative clause closed by "itu" after a name
    ("Rombongan yang dipimpin Asisten Pemerintahan dan Kesra Mahasena itu diterima di Kota Madiun.",
     [("Mahasena", "Asisten Pemerintahan dan Kesejahteraan Rakyat", "Kota Madiun")]),
    # advisers by number; an assistant's field before the name
    ("Ia datang bersama Staf Ahli I, Simon Rumahorbo; Staf Ahli II, I Putu Wirada, di Kabupaten Ngawi.",
     [("Simon Rumahorbo", "Staf Ahli I", "Kabupaten Ngawi"), ("I Putu Wirada", "Staf Ahli II", "Kabupaten Ngawi")]),
    ("Mereka diterima Asisten III Bidang Administrasi Corri Santana di Kota Madiun.",
     [("Corri Santana", "Asisten III Bidang Administrasi", "Kota Madiun")]),
    # the electoral district between position and name
    ("Kunjungan itu dipimpin anggota DPRD Jatim dari daerah pemilihan (Dapil) Ngawi, Maryati Tamrin, kemarin.",
     [("Maryati Tamrin", "Anggota DPRD", "Provinsi Jawa Timur")]),
    ("Rombongan disambut Ketua Badan Pembentukan Peraturan Daerah Handaya Wibisono di Kabupaten Ngawi.",
     [("Handaya Wibisono", "Ketua Bapemperda DPRD", "Kabupaten Ngawi")]),
    # a provincial council called DPR (Papua)
    ("Kunjungan dipimpin Wakil Ketua I DPR Papua Barat Ranmo Mansiwan, S.E. itu.",
     [("Ranmo Mansiwan", "Wakil Ketua DPRD", "Provinsi Papua Barat")]),
    # a district's name with a lower-case second word
    ("Camat Bojong kidul, Aniya Rachmasari, ikut di Kota Bandung.", [("Aniya Rachmasari", "Camat", "Kota Bandung")]),
    # a committee's bill without "DPRD"
    ("Ketua Pansus RPJMD Sulawesi Tengah Yasmin Simanjorang menjelaskan.",
     [("Yasmin Simanjorang", "Ketua Pansus RPJMD DPRD", "Provinsi Sulawesi Tengah")]),
    ("Ketua Pansus DPRD Ngawi Budiono menjelaskan.", [("Budiono", "Ketua Pansus DPRD", "Kabupaten Ngawi")]),
])
def test_council_and_secretariat_posts(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_functional_posts_of_a_secretariat() -> None:
    text = ("Hadir Kabag Risalah dan Persidangan Rahmita Qurnia, Perancang Peraturan Perundang-undangan Elizabet, "
            "Perisalah Legislatif Fitriana, serta Pengadministrasi Data Peraturan Perundang-undangan Sarifa Yulian "
            "di Kabupaten Siak. Ada pula Pejabat Fungsional, Sahrin Salampessy.")
    assert officials(text) == [
        ("Rahmita Qurnia", "Kepala Bagian Risalah dan Persidangan", "Kabupaten Siak"),
        ("Elizabet", "Perancang Peraturan Perundang-undangan", "Kabupaten Siak"),
        ("Fitriana", "Perisalah Legislatif", "Kabupaten Siak"),
        ("Sarifa Yulian", "Pengadministrasi Data Peraturan Perundang-undangan", "Kabupaten Siak"),
        ("Sahrin Salampessy", "Pejabat Fungsional", "Kabupaten Siak")]


def test_one_person_under_two_spellings_of_one_office() -> None:
    text = ("Rombongan dipimpin Ketua Komisi II Wirajaya Kusuma Hadinata tiba di Kota Medan. "
            "Ketua Komisi II DPR RI Wirajaya Kusuma menyampaikan salam.")
    got = officials(text)
    assert [g[0] for g in got] == ["Wirajaya Kusuma Hadinata"]


@pytest.mark.parametrize("text, expected", [
    # the holder in brackets; an acronym or a region in brackets is an aside
    ("Rencananya acara dihadiri Wakil Presiden (Wiratmo Lukito), tetapi belum pasti.",
     [("Wiratmo Lukito", "Wakil Presiden", None)]),
    ("Bupati Ngawi (Budi Santoso, S.H.) dan Wakil Bupati Ngawi (Dwi Rianto) hadir.",
     [("Budi Santoso", "Bupati", "Kabupaten Ngawi"), ("Dwi Rianto", "Wakil Bupati", "Kabupaten Ngawi")]),
    ("Penjabat Sekretaris Daerah (Pj Sekda) Kota Madiun, Wiratmo Lukito, menerima tamu.",
     [("Wiratmo Lukito", "Penjabat Sekretaris Daerah", "Kota Madiun")]),
    ("Kadis Sosial dan Pemberdayaan Masyarakat Desa (Dinsos dan PMD) Bobi Najoan hadir di Kabupaten Ngawi.",
     [("Bobi Najoan", "Kepala Dinas Sosial dan Pemberdayaan Masyarakat Desa", "Kabupaten Ngawi")]),
    # a title written with its commas, or without the last one
    ("Setibanya di desa, Menteri Desa, Pembangunan Daerah Tertinggal dan Transmigrasi (PDTT), Abdul Halim "
     "Suryanto, disambut secara adat.",
     [("Abdul Halim Suryanto", "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi", None)]),
    # a short form of the first name under the same office is the same person
    ("Kata Bupati Ngawi, Stefanus Wirabria, dalam sambutannya. Bupati Stef meminta menteri menuntaskan program.",
     [("Stefanus Wirabria", "Bupati", "Kabupaten Ngawi")]),
    # an office's coined acronym, headline verbs, an office after a name
    ("Hadir pula Dirjen PDTu dan para direktur di Kabupaten Ngawi.", []),
    ("Lewat Program Desa, Bupati Ngawi Gali Potensi Desa", []),
    ("Rombongan disambut Kabag Persidangan, Makmur Bagian Umum, di Kota Madiun.",
     [("Makmur", "Kepala Bagian Persidangan", "Kota Madiun")]),
])
def test_brackets_commas_and_short_forms(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_short_form_under_another_office_is_another_person() -> None:
    got = officials("Bupati Ngawi Stefanus Wirabria hadir. Camat Paron, Stef, ikut di Kabupaten Ngawi.")
    assert [g[0] for g in got] == ["Stefanus Wirabria", "Stef"]


@pytest.mark.parametrize("text, expected", [
    # national and military offices written out in full, closed by a comma or a rank
    ("Menurut Deputi Bidang Pelayanan Publik Kementerian PANRB, Dian Wirasari, inovasi itu layak direplikasi.",
     [("Dian Wirasari", "Deputi Bidang Pelayanan Publik Kementerian PANRB", None)]),
    ("Wiratmo Lukito, Duta Besar Indonesia untuk Turki, menyambut rombongan.",
     [("Wiratmo Lukito", "Duta Besar Indonesia untuk Turki", None)]),
    ("Hadir Komandan Kodim 0801 Ngawi, Letkol Inf Budi Santoso, dan Ketua DPD RI Oesman Wirajaya.",
     [("Budi Santoso", "Komandan Kodim 0801 Ngawi", None), ("Oesman Wirajaya", "Ketua DPD", None)]),
    ("Hadir Komandan Paspampres Marsda TNI Wahyu Sudarmoko.",
     [("Wahyu Sudarmoko", "Komandan Paspampres", None)]),
    ("Kepala Puslatbang KMP LAN, Andi Taufan, membuka pelatihan.",
     [("Andi Taufan", "Kepala Puslatbang KMP LAN", None)]),
    ("Koordinator Bidang Komisi III DPRD Kabupaten Ngawi Timbul Jaya menyebut pihaknya datang.",
     [("Timbul Jaya", "Koordinator Bidang Komisi III DPRD", "Kabupaten Ngawi")]),
    # not read: office and name run together, a list of fields, a school, an election
    ("Deputi Pengembangan Destinasi Kementerian Pariwisata Dadang Riswan hadir.", []),
    ("Hadir Deputi Bidang Protokol, Pers, dan Media Sekretariat Kabinet Bima Wirasetya.", []),
    ("Kepala Sekolah SMPN 1 Ngawi, Budi Santoso, hadir.", []),
    ("Pemilihan Kepala Daerah (Pilkada) Serentak Tahun 2015 digelar di Kota Jambi.", []),
])
def test_offices_written_out_after_open_heads(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_place_the_gazetteer_lacks_before_a_titled_holder() -> None:
    text = ("Wakil Bupati Ngawi bersama Ketua DPRD Mateng, DR. H. Arsal Arasy, dan Sekda Mateng, Dr. H. Askar "
            "Anwari, menyambut tamu.")
    assert officials(text) == [("Arsal Arasy", "Ketua DPRD", "Kabupaten Ngawi"),
                               ("Askar Anwari", "Sekretaris Daerah", "Kabupaten Ngawi")]
    # with the region written, the word after the position is a name
    assert [g[0] for g in officials("Bupati Ngawi Budi, Dr. Ani Wijaya, dan Cici hadir.")][0] == "Budi"


@pytest.mark.parametrize("text", [
    "Acara dihadiri Sekretaris Daerah Kabupaten Ngawi, Forkopimda, dan pimpinan OPD.",
    "Itu kewenangan Provinsi, Kemendagri, Menpan RB, katanya.",
    "Komisi C DPRD Kota Madiun Kunjungi Ngawi",
])
def test_bodies_and_groups_are_no_names(text: str) -> None:
    assert officials(text) == []


def test_a_sentence_after_a_list_of_members_is_no_member() -> None:
    got = officials("Hadir anggota Pansus DPRD Kota Madiun, yaitu Agus Salim, ST, serta Budi Raharjo, ST. Turut hadir "
                    "pejabat lain.")
    assert [g[0] for g in got] == ["Agus Salim", "Budi Raharjo"]


@pytest.mark.parametrize("text, expected", [
    # a command's unit code, then the holder's rank and name
    ("Presiden disambut Pangdam I/Bukit Barisan Mayjen TNI Wiranto Sukardi dan Danlanud Halim Marsma TNI Budi "
     "Kusuma.", [("Wiranto Sukardi", "Panglima Komando Daerah Militer", None),
                 ("Budi Kusuma", "Komandan Pangkalan Udara", None)]),
    ("Turut hadir Dandim 0801 Ngawi Letkol Czi Agus Wirawan.",
     [("Agus Wirawan", "Komandan Distrik Militer", "Kabupaten Ngawi")]),
    # an abbreviation between the words leading to the region
    ("Kepala Bagian Humas Pemerintah Kabupaten (Pemkab) Ngawi, Amrizal, S.Sos, menyebutkan hal itu.",
     [("Amrizal", "Kepala Bagian Hubungan Masyarakat", "Kabupaten Ngawi")]),
    # "WK I": a council's deputy chair
    ("Rombongan dipimpin Ketua DPRD Ngawi, Budi Raharjo, bersama WK I, Sugeng Wiranto, S.H.",
     [("Budi Raharjo", "Ketua DPRD", "Kabupaten Ngawi"), ("Sugeng Wiranto", "Wakil Ketua DPRD", "Kabupaten Ngawi")]),
    ("Rombongan diikuti Kadis Perkim Kota Madiun Zulkarnain.",
     [("Zulkarnain", "Kepala Dinas Perumahan dan Kawasan Permukiman", "Kota Madiun")]),
])
def test_commands_and_abbreviated_councils(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dalam kunker itu, rombongan DPRD Ngawi dipimpin ketuanya, Wiratmo Lukito.",
     [("Wiratmo Lukito", "Ketua DPRD", "Kabupaten Ngawi")]),
    ("Tim Bapemperda DKI Jakarta yang dipimpin ketuanya, Budi Raharjo, berdiskusi dengan Bapemperda DPR Papua.",
     [("Budi Raharjo", "Ketua Bapemperda DPRD", "Provinsi Daerah Khusus Ibukota Jakarta")]),
    ("Bapemperda DPR Papua dipimpin wakil ketuanya, Siti Aminah, didampingi anggota.",
     [("Siti Aminah", "Wakil Ketua Bapemperda DPRD", "Provinsi Papua")]),
    ("Rombongan Komisi II DPRD Kota Madiun yang dipimpin langsung oleh ketuanya Agus Salim tiba.",
     [("Agus Salim", "Ketua Komisi II DPRD", "Kota Madiun")]),
    ("Rombongan DPRD Ngawi dipimpin ketuanya yang baru.", []),
])
def test_a_council_led_by_its_chair(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Sekretariat Daerah" and "Sekdako" lead from the post to its region
    ("Asisten Ekonomi dan Pembangunan Sekretariat Daerah Wajo, Sumarno, hadir.",
     [("Sumarno", "Asisten Ekonomi dan Pembangunan", "Kabupaten Wajo")]),
    ("Rombongan diketuai Asisten III Sekdako Bitung Hendra Lumintang.",
     [("Hendra Lumintang", "Asisten III", "Kota Bitung")]),
    # short forms of council posts: "Waka I", "Bamus"
    ("Waka II DPRD Provinsi Jawa Tengah, Sumarno, S.Sos, menyatakan.",
     [("Sumarno", "Wakil Ketua DPRD", "Provinsi Jawa Tengah")]),
    ("Dalam sambutannya, ketua Bamus DPRD Wajo Ilham Pratama menerangkan.",
     [("Ilham Pratama", "Ketua Badan Musyawarah DPRD", "Kabupaten Wajo")]),
])
def test_secretariat_leads_and_short_council_posts(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a short clause of joining words between the members' position and the list
    ("Sejumlah anggota Komisi II DPRD Wajo ikut dalam rombongan, di antaranya Budi Harjo, Sari Dewi, "
     "H. Hasan Wirayuda, dan Tono Prasetya.",
     [("Budi Harjo", "Anggota Komisi II DPRD", "Kabupaten Wajo"), ("Sari Dewi", "Anggota Komisi II DPRD",
                                                                  "Kabupaten Wajo"),
      ("Hasan Wirayuda", "Anggota Komisi II DPRD", "Kabupaten Wajo"), ("Tono Prasetya", "Anggota Komisi II DPRD",
                                                                  "Kabupaten Wajo")]),
    ("Anggota DPRD Wajo lainnya juga ikut, yakni Budi Harjo, Sari Dewi, serta Tono Prasetya.",
     [("Budi Harjo", "Anggota DPRD", "Kabupaten Wajo"), ("Sari Dewi", "Anggota DPRD", "Kabupaten Wajo"),
      ("Tono Prasetya", "Anggota DPRD", "Kabupaten Wajo")]),
    # any other clause is no list intro
    ("Anggota DPRD Wajo menilai dua hal penting, yakni Pendidikan dan Kesehatan.", []),
])
def test_members_listed_after_a_joining_clause(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "lalu" goes on with a list; "anggota BK", "Bapem Perda": council bodies in short
    ("Yang hadir yakni Ketua BK DPRD Wajo Budi Harjo, anggota BK Sari Dewi, lalu Hasan Wirayuda, serta Dedi Kurnia.",
     [("Budi Harjo", "Ketua Badan Kehormatan DPRD", "Kabupaten Wajo"),
      ("Sari Dewi", "Anggota Badan Kehormatan DPRD", "Kabupaten Wajo"),
      ("Hasan Wirayuda", "Anggota Badan Kehormatan DPRD", "Kabupaten Wajo"),
      ("Dedi Kurnia", "Anggota Badan Kehormatan DPRD", "Kabupaten Wajo")]),
    ("Wakil Ketua Bapem Perda DPRD Wajo, Budi Harjo, S.H, M.H, menyampaikan.",
     [("Budi Harjo", "Wakil Ketua Bapemperda DPRD", "Kabupaten Wajo")]),
    # a committee's topic written in title case before "DPRD"; a name after "Pansus" stays a name
    ("Ketua Pansus Tatib DPRD Provinsi Jawa Tengah, Budi Harjo, menjelaskan.",
     [("Budi Harjo", "Ketua Pansus Tatib DPRD", "Provinsi Jawa Tengah")]),
    ("Ketua Pansus Budi Harjo menjelaskan.", [("Budi Harjo", "Ketua Pansus DPRD", None)]),
])
def test_council_bodies_in_short_and_lists_going_on(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_staff_spelled_with_two_fs() -> None:
    assert officials("Rombongan diterima Staff Ahli Bupati Bidang Ekonomi Budi Harjo di kantor Bupati Wajo.") == [
        ("Budi Harjo", "Staf Ahli Bupati Bidang Ekonomi", "Kabupaten Wajo")]


@pytest.mark.parametrize("text, expected", [
    # a bureau's or section's field written out over "dan"
    ("Kepala Biro Otonomi Daerah dan Kerjasama Sumarno hadir.",
     [("Sumarno", "Kepala Biro Otonomi Daerah dan Kerjasama", None)]),
    ("Kasubag Rumah Tangga dan Perlengkapan Sekretariat DPRD Wajo Budi Harjo hadir.",
     [("Budi Harjo", "Kepala Subbagian Rumah Tangga dan Perlengkapan Sekretariat DPRD", "Kabupaten Wajo")]),
])
def test_fields_of_bureaus_and_sections(text: str, expected: list) -> None:
    assert officials(text) == expected
