"""Officials in phrasings of regional news (round 8): names opened by a month's word, appositions closed by
"sekaligus" or a line's end, an office written after a comma, a bare level word, quoted nicknames, national
offices and provincial councils.

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials


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
    ("Di antara tamu yang hadir adalah Tuta Sekarwangi, Wali Kota Madiun sekaligus Ketua asosiasi wilayah itu.",
     [("Tuta Sekarwangi", "Wali Kota", "Kota Madiun")]),
    ("\"Kami ingin belajar banyak,\" ujar Rano Kelimutu Anggota DPRD Jatim\nRombongan lalu pulang.",
     [("Rano Kelimutu", "Anggota DPRD", "Provinsi Jawa Timur")]),
])
def test_an_apposition_closed_by_sekaligus_or_a_line_end(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kepala Bidang Informasi dan Komunikasi Publik, Diskominfo Kota Madiun, Rano Kelimutu menyambut rombongan.",
     [("Rano Kelimutu", "Kepala Bidang Informasi dan Komunikasi Publik Dinas Komunikasi dan Informatika",
       "Kota Madiun")]),
    ("Menurut Kepala Seksi Perencanaan, Bappeda Litbang Kabupaten Wajo, Tuta Sekarwangi, data itu lengkap.",
     [("Tuta Sekarwangi", "Kepala Seksi Perencanaan Bappeda Litbang", "Kabupaten Wajo")]),
])
def test_a_sub_units_office_after_a_comma(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gubernur Jawa Timur diwakili Sekretaris Daerah Provinsi Rano Kelimutu dalam acara itu.",
     [("Rano Kelimutu", "Sekretaris Daerah", "Provinsi Jawa Timur")]),
    # a place after the level word is no holder: a foreign province, a place the gazetteer lacks
    ("Bupati Sleman menerima Gubernur Provinsi Quezon Filipina di pendopo.", []),
])
def test_a_bare_level_word_before_the_holder(text: str, expected: list) -> None:
    assert [o for o in officials(text) if o[1] != "Bupati"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Kepala Dinas Kesehatan Kota Madiun Rano \"Ucok\" Kelimutu mengatakan pihaknya siap berbagi.",
     [("Rano Kelimutu", "Kepala Dinas Kesehatan", "Kota Madiun")]),
    ("Rombongan disambut Camat Sukamaju, Tuta ‘Nunung’ Sekarwangi, di kantornya.",
     [("Tuta Sekarwangi", "Camat", None)]),
])
def test_a_nickname_in_quotes_inside_a_name(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Staf ahli Bupati Wajo bidang Kemasyarakatan dan SDM, I Ketut Arkaniwa menyambut rombongan.",
     [("I Ketut Arkaniwa", "Staf Ahli Bupati Bidang Kemasyarakatan dan SDM", "Kabupaten Wajo")]),
    ("Tamu disambut staf ahli wali kota Madiun bidang pembangunan, ekonomi dan keuangan Rano Kelimutu.",
     [("Rano Kelimutu", "Staf Ahli Wali Kota Bidang Pembangunan, Ekonomi dan Keuangan", "Kota Madiun")]),
])
def test_an_advisers_field_in_lower_case_after_the_region(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # DPRA is Aceh's provincial council, DPRP a Papua province's: never the city the text names before
    ("Rombongan tiba di Kota Banda Aceh. Anggota DPRA Rano Kelimutu menyambut mereka.",
     [("Rano Kelimutu", "Anggota DPRA", "Provinsi Aceh")]),
    ("Di Kota Jayapura, Wakil Ketua DPRP Tuta Sekarwangi menerima rombongan dari Provinsi Papua.",
     [("Tuta Sekarwangi", "Wakil Ketua DPRP", "Provinsi Papua")]),
])
def test_a_provincial_council_belongs_to_its_province(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # national institutions' posts have no region, whatever region the text names around them
    ("Di Kabupaten Wajo, Kepala Puslatbang Rano Kelimutu membuka pelatihan.", [("Rano Kelimutu", "Kepala Puslatbang",
                                                                             None)]),
    ("Bupati Wajo menerima Sekretaris BNPP, Tuta Sekarwangi, di kantornya.",
     [("Tuta Sekarwangi", "Sekretaris BNPP", None)]),
])
def test_national_institutions_posts_have_no_region(text: str, expected: list) -> None:
    assert [o for o in officials(text) if o[1] != "Bupati"] == expected


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
    # after a local head with no place, two words are the holder's name, unless the first is a place in the text
    ("Camat Tanasitolo Rano Kelimutu bersama Lurah Tuta Sekarwangi menyambut tamu.",
     [("Rano Kelimutu", "Camat", None), ("Tuta Sekarwangi", "Lurah", None)]),
    ("Lomba itu digelar di Pasirjaya. Lurah Pasirjaya Dedi menyambut rombongan.", [("Dedi", "Lurah", None)]),
    ("Kepala Desa Tetap Berangkat Meski Ditolak Warga", []),
])
def test_a_local_heads_place_and_a_two_word_name(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kepala UPTD Puskesmas Tanasitolo, Rano Kelimutu, memaparkan inovasi.",
     [("Rano Kelimutu", "Kepala UPTD Puskesmas", None)]),
    ("Hadir pula Kepala Kantor Kementerian Agama Kabupaten Wajo Rano Kelimutu.",
     [("Rano Kelimutu", "Kepala Kantor Kementerian Agama", None)]),
    ("Direktur RSUD Lamaddukelleng dr. Rano Kelimutu Sp.PD memaparkan layanan.",
     [("Rano Kelimutu", "Direktur Rumah Sakit Umum Daerah", None)]),
])
def test_technical_units_ministry_offices_and_specialist_degrees(text: str, expected: list) -> None:
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
    ("Kunjungan diikuti Ketua Komisi III DPRD Wajo Rano Kelimutu dan anggota Tuta Sekarwangi serta Andi Baso.",
     [("Rano Kelimutu", "Ketua Komisi III DPRD", "Kabupaten Wajo"),
      ("Tuta Sekarwangi", "Anggota Komisi III DPRD", "Kabupaten Wajo"),
      ("Andi Baso", "Anggota Komisi III DPRD", "Kabupaten Wajo")]),
])
def test_members_in_lower_case_after_a_council_post(text: str, expected: list) -> None:
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
    # a ministry written out after "Menteri" up to "RI"; a comma only in a list of fields closed by "dan"
    ("Penghargaan diberikan Menteri Pembangunan Daerah Tertinggal dan Transmigrasi RI Rano Kelimutu di Lampung.",
     [("Rano Kelimutu", "Menteri Pembangunan Daerah Tertinggal dan Transmigrasi", None)]),
    ("Hadir Wakil Menteri Dalam Negeri, Rano Kelimutu, Ketua Komisi II DPR RI, Tuta Sekarwangi, di Sambas.",
     [("Rano Kelimutu", "Wakil Menteri Dalam Negeri", None), ("Tuta Sekarwangi", "Ketua Komisi II DPR RI", None)]),
    # an office written out with its acronym in brackets: the acronym names it (a typo in the words), or a ministry
    # closes it
    ("Menurut Kepala Badan Pemberdyaan Masyarakat Desa (BPMD) Kabupaten Wajo Rano Kelimutu, program itu lahir.",
     [("Rano Kelimutu", "Kepala Badan Pemberdayaan Masyarakat dan Desa", "Kabupaten Wajo")]),
    ("Kepala Badan Strategi Kebijakan Dalam Negeri (BSKDN) Kemendagri, Rano Kelimutu, meninjau jembatan di Sambas.",
     [("Rano Kelimutu", "Kepala Badan Strategi Kebijakan Dalam Negeri Kemendagri", None)]),
])
def test_offices_written_out_with_ri_or_an_acronym(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kepala Dinas Komunikasi, Informatika, dan Statistika Kota Madiun Rano Kelimutu mengatakan.",
     [("Rano Kelimutu", "Kepala Dinas Komunikasi, Informatika, dan Statistika", "Kota Madiun")]),
    ("Kepala Bagian Persidangan dan Perundangan DPRD Kota Madiun, Rano Kelimutu, menyampaikan.",
     [("Rano Kelimutu", "Kepala Bagian Persidangan dan Perundangan DPRD", "Kota Madiun")]),
])
def test_field_words_of_council_and_statistics_offices(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the holder and a comma before a typed head: its field in title case up to the next comma
    ("Hal itu diterangkan Rano Kelimutu, Kasubbag Alat Kelengkapan Dewan dan Rapat, seperti dikutip media.",
     [("Rano Kelimutu", "Kepala Subbagian Alat Kelengkapan Dewan dan Rapat", None)]),
])
def test_a_title_case_field_after_an_apposed_typed_head(text: str, expected: list) -> None:
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
    ("Wakil Ketua DPRD Kota Kupang Rina Tolumanu de Vries menyambut.",
     [("Rina Tolumanu de Vries", "Wakil Ketua DPRD", "Kota Kupang")]),
    ("Kepala Dinas Pariwisata Kota Kupang Rano da Costa menjelaskan.",
     [("Rano da Costa", "Kepala Dinas Pariwisata", "Kota Kupang")]),
])
def test_lower_case_particles_inside_names(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) kala itu, Rano Kelimutu, ikut berangkat.",
     [("Rano Kelimutu", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", None)]),
    ("Bupati Wajo saat itu, Rano Kelimutu, menandatangani perjanjian.",
     [("Rano Kelimutu", "Bupati", "Kabupaten Wajo")]),
])
def test_a_time_aside_between_post_and_holder(text: str, expected: list) -> None:
    assert officials(text) == expected
