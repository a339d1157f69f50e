"""A name and its position in other orders than "Position Name": the name first (with or without a comma, after a
degree), appositions closed by a verb, "sekaligus" or a line's end, "yang merupakan", "selaku", a time aside, a
relative clause ("yang juga Ketua X,", "yang baru,"), caption asides, the holder in brackets, former holders; a town
the gazetteer lacks, written elsewhere as a place, between a single holder's title and his fuller name ("Wali Kota
Lindevik, Marten Aaslund, ... ke Lindevik"), an electoral district closing an apposed post, a name written before its
position after an address form ("Bapak Banyu Prasojo Gubernur X").

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import KEBUMEN, officials


@pytest.mark.parametrize("text, expected", [
    ("Di antara tamu yang hadir adalah Tuta Sekarwangi, Wali Kota Madiun sekaligus Ketua asosiasi wilayah itu.",
     [("Tuta Sekarwangi", "Wali Kota", "Kota Madiun")]),
    ("\"Kami ingin belajar banyak,\" ujar Rano Kelimutu Anggota DPRD Jatim\nRombongan lalu pulang.",
     [("Rano Kelimutu", "Anggota DPRD", "Provinsi Jawa Timur")]),
])
def test_an_apposition_closed_by_sekaligus_or_a_line_end(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # captions: a lower-case aside in brackets after the name, a dash before the position
    ("Tampak dalam foto, Rano Kelimutu (tengah), Ketua DPRD Wajo, bersama rombongan.",
     [("Rano Kelimutu", "Ketua DPRD", "Kabupaten Wajo")]),
    ("Rano Kelimutu, S.Sos, MM - Kepala Dinas Pariwisata Wajo\nRombongan tiba pagi hari.",
     [("Rano Kelimutu", "Kepala Dinas Pariwisata", "Kabupaten Wajo")]),
])
def test_caption_asides_and_dashes(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a dateline's dash opens the holder's name written before his post
    ("WAJO, Kabarlontar.com – Rano Kelimutu, Anggota DPRD Kabupaten Wajo, menyambut rombongan mahasiswa.",
     [("Rano Kelimutu", "Anggota DPRD", "Kabupaten Wajo")]),
    ("WAJO - Tuta Sekarwangi, Plt Sekwan DPRD Kabupaten Wajo, memaparkan agenda kunjungan kerja.",
     [("Tuta Sekarwangi", "Pelaksana Tugas Sekretaris DPRD", "Kabupaten Wajo")]),
    # a day after the dash, stripped from the run: what is left is no name
    ("Pertemuan kedua – Rabu Legi, Anggota DPRD Kabupaten Wajo mengulas hasilnya.", []),
])
def test_a_name_after_a_datelines_dash(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause opening with the holder's name, no comma, a speech verb after the position
    ("Sementara itu, Rano Kelimutu Kepala Bidang Destinasi pada Dinas Pariwisata Wajo mengatakan pihaknya siap.",
     [("Rano Kelimutu", "Kepala Bidang Destinasi", "Kabupaten Wajo")]),
    ("Rombongan tiba pagi. Rano Kelimutu Kepala Dinas Pariwisata Wajo mengatakan, kunjungan itu penting.",
     [("Rano Kelimutu", "Kepala Dinas Pariwisata", "Kabupaten Wajo")]),
    # events and buildings named after a post are no holders
    ("Pekan Raya Bupati Wajo dibuka kemarin. Rumah Makan Bupati Wajo ramai.", []),
    ("Sebenarnya Pak Bupati Wajo dijadwalkan ikut.", []),
])
def test_a_clause_opening_with_the_holders_name(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rano Kelimutu memimpin rapat itu. Rano merupakan Kepala Dinas Pariwisata Kabupaten Wajo.",
     [("Rano Kelimutu", "Kepala Dinas Pariwisata", "Kabupaten Wajo")]),
    # a former holder named as such (GUIDELINES: "Mantan Bupati")
    ("Rano Kelimutu, mantan Kepala Dinas Pariwisata Wajo, kini menjabat Asisten II.",
     [("Rano Kelimutu", "Mantan Kepala Dinas Pariwisata", "Kabupaten Wajo")]),
    # a conjunction opening the clause is no name: the holder follows
    ("Sejak menjabat Penjabat Gubernur Jambi, Rano memerintahkan pembentukan tim.",
     [("Rano", "Penjabat Gubernur", "Provinsi Jambi")]),
])
def test_holds_without_yang_and_former_holders(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) kala itu, Rano Kelimutu, ikut berangkat.",
     [("Rano Kelimutu", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", None)]),
    ("Bupati Wajo saat itu, Rano Kelimutu, menandatangani perjanjian.",
     [("Rano Kelimutu", "Bupati", "Kabupaten Wajo")]),
])
def test_a_time_aside_between_post_and_holder(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 36 third wave: a relative clause between the post and its holder, a second post inside it
    ("Wali Kota Kediri yang juga Ketua Asosiasi Pemerintah Kota, Tarno Wiragati, mengaku kagum.",
     [("Tarno Wiragati", "Wali Kota", "Kota Kediri")]),
    ("Anggota Komisi A DPRD Kabupaten Wajo yang juga Ketua Badan Pembuatan Perda, Tarno Wiragati, menyatakan hal itu.",
     [("Tarno Wiragati", "Anggota Komisi A DPRD", "Kabupaten Wajo")]),
    ("Kepala Dinas Perhubungan Kabupaten Wajo yang baru, Tarno Wiragati, menyampaikan hal itu.",
     [("Tarno Wiragati", "Kepala Dinas Perhubungan", "Kabupaten Wajo")]),
])
def test_a_relative_clause_between_post_and_holder(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tuta Sekarwangi, Kepala Bagian Organisasi Setda Kota Madiun mengungkapkan, bahwa inovasi dapat dimulai.",
     [("Tuta Sekarwangi", "Kepala Bagian Organisasi", "Kota Madiun")]),
    ("Sementara itu, Tuta Sekarwangi, Kepala Dinas Pariwisata Kabupaten Wajo menjelaskan bahwa kunjungan itu penting.",
     [("Tuta Sekarwangi", "Kepala Dinas Pariwisata", "Kabupaten Wajo")]),
    ("Hal itu disampaikan Tuta Sekarwangi, Sekretaris Daerah Wajo saat menerima rombongan.",
     [("Tuta Sekarwangi", "Sekretaris Daerah", "Kabupaten Wajo")]),
    # a name that ends an introductory clause is no apposition: the position is the next clause's subject
    ("Sesudah itu, lanjut Tuta, Gubernur Sulsel diagendakan meninjau pasar.", []),
    ("Menurut Tuta, anggota Komisi I dibagi menjadi dua rombongan.", []),
])
def test_an_apposition_closed_by_a_verb(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ketua rombongan, Tuta Sekarwangi yang merupakan Kepala Bappeda Wajo menerangkan program itu.",
     [("Tuta Sekarwangi", "Kepala Bappeda", "Kabupaten Wajo")]),
    ("Tuta Sekarwangi yang kini menjabat Sekretaris Camat menerima rombongan.",
     [("Tuta Sekarwangi", "Sekretaris Camat", None)]),
])
def test_a_name_that_holds_the_position_after_it(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an office written out in brackets after the name
    ("Diskusi bersama narasumber Dr. Tulebo Arkanis (Dirjen Keuangan Daerah Kemendagri), Rano Kelimutu (Ketua "
     "Komisi II DPR RI), dan perwakilan BPK.",
     [("Tulebo Arkanis", "Direktur Jenderal", None), ("Rano Kelimutu", "Ketua Komisi II DPR RI", None)]),
    # a Balinese name starting with "I" before "selaku"
    ("“Yang hadir 49 orang,” ujar I Nyoman Tulebo selaku Ketua DPRD Bali sementara, kemudian rapat dibuka.",
     [("I Nyoman Tulebo", "Ketua DPRD", "Provinsi Bali")]),
])
def test_names_before_their_office(text: str, expected: list) -> None:
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
    # an apposition closed by a relative clause or by the holder's party
    ("Rombongan diterima Galuh Pertiwi, ketua Komisi II, bersama Ayunda Cempaka, anggota DPRD "
     "Jatim yang baru dilantik.",
     [("Galuh Pertiwi", "Ketua Komisi II DPRD", None), ("Ayunda Cempaka", "Anggota DPRD", "Provinsi Jawa Timur")]),
    ("Di tempat yang sama, Sadewo Tumiwang, Ketua Komisi II DPRD Kabupaten Ngawi dari Fraksi PDI Perjuangan, "
     "membenarkan hal itu.", [("Sadewo Tumiwang", "Ketua Komisi II DPRD", "Kabupaten Ngawi")]),
    # ... or by its short name after "asal" or "dari" (with "partai" in any case)
    ("Menurut Sadewo Tumiwang, anggota DPRD Kabupaten Ngawi asal PAN, jadwal itu sudah pasti.",
     [("Sadewo Tumiwang", "Anggota DPRD", "Kabupaten Ngawi")]),
    ("Pada sisi lain, Galuh Pertiwi, Anggota DPRD Ngawi dari partai Gerindra, menilai anggaran itu cukup.",
     [("Galuh Pertiwi", "Anggota DPRD", "Kabupaten Ngawi")]),
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


@pytest.mark.parametrize("text, expected", [
    # a rank or address form opens a name written before its position, with no comma
    ("Bupati Ngawi menerima tamu yang didampingi Letkol Ardi Santoso Dandim 0805 Ngawi di ruang kerjanya.",
     [("Ardi Santoso", "Komandan Distrik Militer", None)]),
    # a faction closes an apposition
    ("Di Ngawi, hal senada diutarakan Gatra Wiloso, anggota DPRD Fraksi PKB. Menurutnya, kunjungan itu penting.",
     [("Gatra Wiloso", "Anggota DPRD", "Kabupaten Ngawi")]),
    # an office acronym after a typed secretary
    ("Sekretaris Dinas PUPRKP Kabupaten Ngawi, Rina Kartika, menyambut rombongan.",
     [("Rina Kartika", "Sekretaris Dinas PUPRKP", "Kabupaten Ngawi")]),
    # "anggota dewan": a council member
    ("Anggota dewan kabupaten Madiun Dodi Haryanto menambahkan penjelasan.",
     [("Dodi Haryanto", "Anggota DPRD", "Kabupaten Madiun")]),
    # a headline verb doubled with a hyphen is no name
    ("Anggota Dewan Beramai-ramai Kunker ke Madiun", []),
])
def test_names_before_positions_and_council_words(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a speech word, the name and its position with no comma between them
    ("Menurut Banyu Prasojo Kepala Dinas Pariwisata Ngawi, kunjungan itu penting.",
     [("Banyu Prasojo", "Kepala Dinas Pariwisata", "Kabupaten Ngawi")]),
    ("Hal itu dikatakan Banyu Prasojo Kepala Dinas Pariwisata Ngawi kepada wartawan.",
     [("Banyu Prasojo", "Kepala Dinas Pariwisata", "Kabupaten Ngawi")]),
    # capitalised common words before a position are no name
    ("Dalam Kesempatan Itu Kepala Dinas Pariwisata Ngawi mengatakan hal itu.", []),
])
def test_a_name_before_its_position_without_comma(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_selaku_written_with_a_capital() -> None:
    text = "Di Ngawi, Banyu Prasojo, M.Si. Selaku Asisten Pemerintahan menyambut rombongan."
    assert officials(text) == [("Banyu Prasojo", "Asisten Pemerintahan", "Kabupaten Ngawi")]


@pytest.mark.parametrize("text, expected", [
    # a town abroad (one word the gazetteer lacks, written as a place elsewhere), then the holder's name in
    # apposition and a lower-case clause
    ("Wali Kota Lindevik, Marten Aaslund, salah satu tamu, memuji pasar itu. Rombongan lalu terbang ke Lindevik.",
     [("Marten Aaslund", "Wali Kota", None)]),
    ("Dari Varnholm datang kabar baik. Gubernur Varnholm, Dr. Elsa Brandvik, menerima rombongan dari Kebumen.",
     [("Elsa Brandvik", "Gubernur", None)]),
    # a word written nowhere else (a town abroad, a region misspelt), then a fuller name in an apposition closed by a
    # comma and a lower-case clause, a comma and a day, or the sentence's end
    ("Wali Kota Lindevik, Marten Aaslund, memuji tata kelola pasar di kota itu.",
     [("Marten Aaslund", "Wali Kota", None)]),
    ("Kepala Satpol PP Madiunn, Rano Kelimutu, menjelaskan tugas pasukannya kepada tamu.",
     [("Rano Kelimutu", "Kepala Satuan Polisi Pamong Praja", None)]),
    ("Rapat itu juga diikuti Asisten I Setda Tanaraya, Banyu Prasojo.", [("Banyu Prasojo", "Asisten I", None)]),
    ("Hal itu dikatakan Kepala Bagian Umum Setda Tanaraya, Banyu Prasojo, Senin (3/2).",
     [("Banyu Prasojo", "Kepala Bagian Umum", None)]),
])
def test_a_town_the_gazetteer_lacks_then_the_holder(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, holder", [
    # a clause after the comma: the one word is the holder's name
    ("Kata Bupati Sutarno, Taman Kota Baru selesai bulan depan.", ("Sutarno", "Bupati")),
    # the one word is nowhere written as a place and the name after the comma opens a clause (no apposition closed
    # by a comma): the one word is the holder, the name after the comma someone else
    ("Rombongan diterima Bupati Sutarno, Dewi Kartika selaku ketua panitia, dan para camat.",
     ("Sutarno", "Bupati")),
    ("Kata Bupati Sutarno, Dewi Kartika sudah dua kali datang.", ("Sutarno", "Bupati")),
    ("Menurut Gubernur Sutarno, Dewi Kartika layak menerima penghargaan.", ("Sutarno", "Gubernur")),
    ("Wakil Wali Kota Sutarno, Hartawan Wirasena mengatakan kota itu siap.", ("Sutarno", "Wakil Wali Kota")),
    ("Sekda Sutarno, Dewi Kartika selaku Kabag Umum, dan Yosef Laban hadir di Kebumen.",
     ("Sutarno", "Sekretaris Daerah")),
])
def test_one_word_stays_the_holder(text: str, holder: tuple[str, str]) -> None:
    found = officials(text)
    assert found[0][:2] == holder
    assert not any(position == holder[1] and name != holder[0] for name, position, _ in found)


def test_a_list_of_members_after_one_word() -> None:
    """A list of members: the first word is a member, not a place."""
    assert officials("Hadir anggota DPRD Hartawan, Dewi Kartika dan Yosef Laban di Kebumen.") == [
        ("Hartawan", "Anggota DPRD", KEBUMEN), ("Dewi Kartika", "Anggota DPRD", KEBUMEN),
        ("Yosef Laban", "Anggota DPRD", KEBUMEN)]


def test_an_electoral_district_closes_the_apposed_post() -> None:
    text = "Warga mengadu kepada H. Hartawan Wirasena, anggota DPRD Kebumen dari daerah pemilihan Gombong, kemarin."
    assert officials(text) == [("Hartawan Wirasena", "Anggota DPRD", KEBUMEN)]


def test_an_address_form_opens_a_name_written_before_its_position() -> None:
    assert officials("Hadir pula Bapak Hartawan Wirasena Bupati Kebumen serta para camat.") == [
        ("Hartawan Wirasena", "Bupati", KEBUMEN)]


@pytest.mark.parametrize("text", [
    "Acara Hartawan Wirasena Bupati Kebumen serta para camat.",
    # "Ibu" in a program's name ("ibu menyusui", "ibu hamil"), one word after it: no name
    "Sosialisasi Gizi Ibu Menyusui Wakil Bupati Kebumen digelar di aula.",
    "Program Kelas Ibu Hamil Bupati Kebumen diluncurkan di pendopo.",
])
def test_no_name_before_the_position(text: str) -> None:
    """Without an address form, a rank or a speech word, or with one word after "Ibu", no holder is read before."""
    assert officials(text) == []


@pytest.mark.parametrize("text, expected", [
    # a speech verb, the holder's name (one word too), then the position with no comma between
    ("\"Pasar kami sudah tertata,\" kata Wirasena Wakil Ketua DPRD Kebumen, di ruang rapat.",
     [("Wirasena", "Wakil Ketua DPRD", KEBUMEN)]),
    ("\"Pelayanan harus cepat,\" ujar Wirasena Ketua DPRD Kota Madiun. \"Kami terus berbenah.\"",
     [("Wirasena", "Ketua DPRD", "Kota Madiun")]),
    # a place after the position closes it
    ("\"Kami pulang membawa gagasan,\" kata Rano Kelimutu Ketua DPRD Kota Madiun di Gedung Serbaguna.",
     [("Rano Kelimutu", "Ketua DPRD", "Kota Madiun")]),
    # no speech verb before a word of one name: not read this way
    ("Rombongan Wirasena Ketua DPRD Kota Madiun di Gedung Serbaguna.", []),
])
def test_a_speech_verbs_holder_before_the_position(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a roll of "name selaku post": each post is the name's before it, not the next item's after its comma
    ("Rombongan disambut Letkol Inf Banyu Prasojo selaku Dandim 0709/Kebumen, AKBP Tuta Sekarwangi selaku Kapolres "
     "Kebumen, serta Rano Kelimutu selaku Camat Sruweng.",
     [("Banyu Prasojo", "Komandan Distrik Militer", None), ("Tuta Sekarwangi", "Kepala Kepolisian Resor", None),
      ("Rano Kelimutu", "Camat", KEBUMEN)]),
    ("Pimpinan dewan yang baru ialah Banyu Prasojo selaku Ketua DPRD Kebumen, Tuta Sekarwangi sebagai Wakil Ketua I "
     "serta Rano Kelimutu sebagai Wakil Ketua II.",
     [("Banyu Prasojo", "Ketua DPRD", KEBUMEN), ("Tuta Sekarwangi", "Wakil Ketua DPRD", KEBUMEN),
      ("Rano Kelimutu", "Wakil Ketua DPRD", KEBUMEN)]),
    ("Rombongan berdiskusi bersama Banyu Prasojo selaku Kepala Dinas Pariwisata Kebumen, Tuta Sekarwangi selaku "
     "Kepala Bidang Promosi, serta staf lain.",
     [("Banyu Prasojo", "Kepala Dinas Pariwisata", KEBUMEN), ("Tuta Sekarwangi", "Kepala Bidang Promosi", KEBUMEN)]),
    # no name before "sebagai": the holder after the post, as before
    ("Gubernur menetapkan sebagai Penjabat Bupati Kebumen, Banyu Prasojo, mulai pekan depan.",
     [("Banyu Prasojo", "Penjabat Bupati", KEBUMEN)]),
    # a capitalised "Selaku" opens a sentence: the holder follows the post, not the name ending the sentence before
    ("\"Kami siap,\" kata Banyu Prasojo, M.Si. Selaku Kepala Dinas Pariwisata Kebumen, Tuta Sekarwangi menambahkan.",
     [("Tuta Sekarwangi", "Kepala Dinas Pariwisata", KEBUMEN)]),
])
def test_a_post_opened_by_selaku_is_the_name_before_it(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 41: a post's place or office of two words before a comma, then the holder in apposition
    ("Gubernur Jawa Tengah menerima staf khusus Presiden RI Pokja Tanaraya, Banyu Prasojo, bersama rombongan.",
     ("Banyu Prasojo", "Staf Khusus Presiden", None)),
    ("Menurut Kepala Pusat Kajian Aparatur II (PKA II) LAN Tanaraya, Banyu Prasojo, laboratorium itu dibuka.",
     ("Banyu Prasojo", "Kepala Pusat Kajian Aparatur II", None)),
    ("Menurut Wakil Ketua DPRD Tanaraya Jaya, Banyu Prasojo, rapat itu berjalan lancar.",
     ("Banyu Prasojo", "Wakil Ketua DPRD", None)),
])
def test_two_words_before_a_comma_are_the_posts_place(text: str, expected: tuple) -> None:
    assert officials(text) == [expected]


def test_two_word_holders_in_a_list_stay() -> None:
    # guards: a list of holders after one post, and local heads each with his own place
    assert officials("Anggota Komisi II Banyu Prasojo, Tuta Sekarwangi, dan Rano Kelimutu hadir.") == [
        ("Banyu Prasojo", "Anggota Komisi II DPRD", None), ("Tuta Sekarwangi", "Anggota Komisi II DPRD", None),
        ("Rano Kelimutu", "Anggota Komisi II DPRD", None)]
    assert officials("Hadir Kepala Desa Suka Maju, Banyu Prasojo, dan Kepala Desa Karang Asri, Tuta Sekarwangi.") \
        == [("Banyu Prasojo", "Kepala Desa", None), ("Tuta Sekarwangi", "Kepala Desa", None)]


@pytest.mark.parametrize("text, expected", [
    # round 41: a region's seat of government (regions.csv capital) is never a holder
    ("Turut hadir Ketua Pengadilan Negeri Kepanjen dan Kapolres Malang dalam rapat itu.", []),
    ("Hadir pula Kepala Kejaksaan Negeri Kepanjen, Banyu Prasojo, dan Ketua DPRD Kabupaten Malang.",
     [("Banyu Prasojo", "Kepala Kejaksaan Negeri", None)]),
])
def test_a_regions_seat_is_no_holder(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_seat_after_a_rank_or_honorific_is_a_persons_name() -> None:
    # review of round 41: a person may bear one word that is a seat's name; a rank or honorific before it says so
    assert officials("Menurut Kepala Dinas Sosial Kabupaten Sleman Drs. Seba, bantuan itu sudah disalurkan.") == [
        ("Seba", "Kepala Dinas Sosial", "Kabupaten Sleman")]
    assert [o[0] for o in officials("Kapolres Sleman AKBP Gido hadir dalam rapat itu bersama Bupati Sleman.")] == [
        "Gido"]


@pytest.mark.parametrize("text, expected", [
    ("Rombongan tiba di Kabupaten Sleman. Sukmo Hartawan, perwakilan Komisi II DPRD Kabupaten Sleman, mengatakan hal "
     "itu.", [("Sukmo Hartawan", "Anggota Komisi II DPRD", "Kabupaten Sleman")]),
    ("Rombongan tiba di Kabupaten Sleman. Hal itu disampaikan Widarti Lamban selaku perwakilan Banmus DPRD Kabupaten "
     "Sleman.", [("Widarti Lamban", "Anggota Badan Musyawarah DPRD", "Kabupaten Sleman")]),
    ("Rombongan tiba. Dedi Prasaja, Perwakilan dari seluruh anggota DPRD Kabupaten Sleman, menerima cenderamata.",
     [("Dedi Prasaja", "Anggota DPRD", "Kabupaten Sleman")]),
    # (review) a council of Aceh's own name, as council_variants derives its posts
    ("Rombongan tiba di Kabupaten Aceh Besar. Rudi Santana, perwakilan DPRK Aceh Besar, mengatakan hal itu.",
     [("Rudi Santana", "Anggota DPRK", "Kabupaten Aceh Besar")]),
])
def test_a_name_then_perwakilan_of_a_council_body_is_its_member(text: str, expected: list) -> None:
    """Round 41 third wave: "<name>, perwakilan <a council's body>" read as a member of the body."""
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    "Rombongan Tim Perwakilan Komisi D DPRD Kabupaten Sleman berangkat pagi.",  # no name and no separator before it
    "Rombongan disambut di Kabupaten Sleman. Perwakilan Komisi II DPRD Kabupaten Sleman juga hadir.",
    # (review) a commission that is a body of its own, no council's numbered commission
    "Rombongan tiba di Kabupaten Sleman. Rudi Santana, perwakilan Komisi Informasi Kabupaten Sleman, mengatakan itu.",
])
def test_perwakilan_without_a_name_before_it_names_no_one(text: str) -> None:
    assert officials(text) == []
