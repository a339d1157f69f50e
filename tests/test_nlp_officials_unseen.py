"""Officials in phrasings found on unseen news (round 6): factions before listed names, appositions closed by a
verb, "yang merupakan", a local head's place after a name, police units and ranks.

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials


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
    ("Tuta Sekarwangi, Camat Pamboang menyampaikan terima kasih.", [("Tuta Sekarwangi", "Camat", None)]),
    # no name before: the word after the head is the holder
    ("Hadir Bupati, Camat Tulebo menjelaskan.", [("Tulebo", "Camat", None)]),
])
def test_a_local_heads_place_after_a_name(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('"Iya, ini kunjungan kerja," kata Kabid Humas Polda Sulsel Kombes Tulebo Arkanis saat dikonfirmasi.',
     [("Tulebo Arkanis", "Kepala Bidang Hubungan Masyarakat", None)]),
    ("Tamu disambut Kapolda Sulsel Irjen Tulebo Arkanis dan Wakapolda Sulsel Brigjen Wirasto.",
     [("Tulebo Arkanis", "Kepala Kepolisian Daerah", None),
      ("Wirasto", "Wakil Kepala Kepolisian Daerah", None)]),
    ("Hadir pula Kasat Reskrim Polres Wajo, AKP Tulebo Arkanis, dan Kapolsek Tempe Iptu Rano Kelimutu.",
     [("Tulebo Arkanis", "Kepala Satuan Reserse Kriminal", None),
      ("Rano Kelimutu", "Kepala Kepolisian Sektor", None)]),
])
def test_police_posts_units_and_ranks(text: str, expected: list) -> None:
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
    # long position words misspelt by one letter
    ("Rombongan dipimpin Seketaris Daerah kab Sintang Ibu Tuta Sekarwangi beserta jajarannya.",
     [("Tuta Sekarwangi", "Sekretaris Daerah", "Kabupaten Sintang")]),
    ("Rombongan dipimpin Asisiten II Setda Wajo Tulebo Arkanis.", [("Tulebo Arkanis", "Asisten II", "Kabupaten Wajo")]),
    ("Menteri menerima cinderamata dari Gubenrur Sulawesi Selatan Tulebo Arkanis.",
     [("Tulebo Arkanis", "Gubernur", "Provinsi Sulawesi Selatan")]),
    ("Rombongan disambut Anggita DPRD Balikpapan Tulebo Arkanis dan Rano Kelimutu.",
     [("Tulebo Arkanis", "Anggota DPRD", "Kota Balikpapan"), ("Rano Kelimutu", "Anggota DPRD", "Kota Balikpapan")]),
    # a short word one letter from a position is no position: "kepada" is not "kepala"
    ("Cinderamata diserahkan kepada Tulebo Arkanis.", []),
])
def test_position_words_misspelt_by_one_letter(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Asisten" with any field written out, "bidang" in lower case and a list of fields
    ("Rombongan diterima Asisten Ekonomi Pembangunan Kota Batam, Tulebo Arkanis, Kasubag Dokumentasi, Rano Kelimutu, "
     "dan Kasubag Publikasi, Wiro Ambarita. Pada kesempatan itu rombongan berdiskusi.",
     [("Tulebo Arkanis", "Asisten Ekonomi Pembangunan", "Kota Batam"),
      ("Rano Kelimutu", "Kepala Subbagian Dokumentasi", "Kota Batam"),
      ("Wiro Ambarita", "Kepala Subbagian Publikasi", "Kota Batam")]),
    ("Rombongan diterima Asisten bidang Ekonomi, Keuangan, Pembangunan dan Kesra, Ir H Tulebo Arkanis, yang mewakili "
     "Bupati.", [("Tulebo Arkanis", "Asisten Ekonomi, Keuangan, Pembangunan dan Kesra", None)]),
    ("Rombongan diterima asisten pelatih Tulebo.", []),
    # an office's type word before a known unit; a secretary of an office known only by its acronym
    ("Rombongan diterima Sekretaris Badan Kominfo Kota Batam, Rano Kelimutu.",
     [("Rano Kelimutu", "Sekretaris Dinas Komunikasi dan Informatika", "Kota Batam")]),
    ("Hadir Sekretaris BNPP, Tulebo Arkanis, dalam rapat itu.", [("Tulebo Arkanis", "Sekretaris BNPP", None)]),
    ("Hadir Sekretaris DPD Golkar, Tulebo Arkanis.", []),
    ("Pertemuan dengan Sekretaris Utama LAN RI, Dr. Tulebo Arkanis, M.Si, serta Deputi Bidang Inovasi LAN RI, "
     "Rano Kelimutu.",
     [("Tulebo Arkanis", "Sekretaris Utama LAN RI", None), ("Rano Kelimutu", "Deputi Bidang Inovasi LAN RI", None)]),
])
def test_assistants_sections_and_secretaries(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ia didampingi Inspektur Pembantu Khusus (Irbansus) Inspektorat Wajo, H Tulebo, yang mewakili Inspektur Daerah, "
     "Rano Kelimutu.",
     [("Tulebo", "Inspektur Pembantu Khusus", "Kabupaten Wajo"), ("Rano Kelimutu", "Inspektur", "Kabupaten Wajo")]),
    ("Adapun dari Kejaksaan ialah Kasi Intel Tulebo Arkanis, Kasi Pidum Rano Kelimutu dan Kasi Datun, Wiro Ambarita "
     "beserta dua jaksanya.",
     [("Tulebo Arkanis", "Kepala Seksi Intelijen", None), ("Rano Kelimutu", "Kepala Seksi Pidana Umum", None),
      ("Wiro Ambarita", "Kepala Seksi Perdata dan Tata Usaha Negara", None)]),
    # a long title run before "yang juga menjabat": the name starts after the last rank
    ("Tim disambut Ketua Satgas Saber Pungli AKBP Tulebo Arkanis SIK MH MM yang juga menjabat Waka Polresta Batam, "
     "bersama pejabat lain.", [("Tulebo Arkanis", "Wakil Kepala Kepolisian Resor Kota", None)]),
])
def test_inspectors_prosecutors_and_police_sections(text: str, expected: list) -> None:
    assert officials(text) == expected


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
    # an abbreviated head written with a full stop, its unit after it
    ("Rombongan diterima oleh Bapak Tulebo, SH, selaku Kasubag. Kajian Hukum dan perundang-undangan, serta Bapak "
     "Rano Kelimutu, ST, selaku Kasubag. Akuntansi DPRD Kab. Demak.",
     [("Tulebo", "Kepala Subbagian Kajian Hukum dan Perundang-undangan", "Kabupaten Demak"),
      ("Rano Kelimutu", "Kepala Subbagian Akuntansi DPRD", "Kabupaten Demak")]),
    ("Rombongan diterima Kasubag. Kemudian rombongan pulang.", []),
    ("Menurut Sekretaris Badan Perencanaan Kota Depok, Tulebo, rombongan datang.",
     [("Tulebo", "Sekretaris Badan Perencanaan", "Kota Depok")]),
    # districts named with a compass word or as an island before the camat's name
    ("Empat camat ikut, yakni camat pulau Hiri Irwan Bakarudin, camat Ternate utara Marus Ishakto dan camat Ternate "
     "barat Hamid Muhamad.",
     [("Irwan Bakarudin", "Camat", "Kota Ternate"), ("Marus Ishakto", "Camat", "Kota Ternate"),
      ("Hamid Muhamad", "Camat", "Kota Ternate")]),
    ("Hadir Camat Wajo Selatan Tulebo Arkanis.", [("Tulebo Arkanis", "Camat", "Kabupaten Wajo")]),
])
def test_sections_secretaries_and_districts(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_spouses_posts_are_no_public_office(tagger) -> None:
    # found (so that the wife is not taken for another post's holder), then left out of the result
    text = ("Wali Kota Madiun Tulebo Arkanis hadir bersama Ketua TP PKK Kota Madiun Ny. Rina Tulebo Arkanis dan Ketua "
            "Dekranasda Kota Madiun Ani Lestariana.")
    assert officials(text) == [("Tulebo Arkanis", "Wali Kota", "Kota Madiun"),
                               ("Rina Tulebo Arkanis", "Ketua Tim Penggerak PKK", "Kota Madiun"),
                               ("Ani Lestariana", "Ketua Dekranasda", "Kota Madiun")]
    result = tagger.extract({"id": "pkk", "url": None, "title": None, "published": "2024-05-02", "text": text})
    assert [(o["name"], o["position"]) for o in result["officials"]] == [("Tulebo Arkanis", "Wali Kota")]


@pytest.mark.parametrize("text, expected", [
    # a bare "Sekretaris" after an office's head is that office's secretary
    ("Rombongan didampingi Kepala Dinas Pariwisata Wajo Tulebo Arkanis beserta Sekretaris Ibu Rina Kelimutu, S.Sos "
     "dan staf.",
     [("Tulebo Arkanis", "Kepala Dinas Pariwisata", "Kabupaten Wajo"),
      ("Rina Kelimutu", "Sekretaris Dinas Pariwisata", "Kabupaten Wajo")]),
    ("Hadir Kepala Desa Sukamaju Tulebo Arkanis dan Sekretaris Rano Kelimutu.",
     [("Tulebo Arkanis", "Kepala Desa", None)]),
    # a functional post written capitalised, its office skipped
    ("Hadir dari Widyaiswara BPSDM Provinsi Bali Ibu A.A Rai Kartono, S.Sos.,M.Si.",
     [("A.A Rai Kartono", "Widyaiswara", "Provinsi Bali")]),
    ("Para widyaiswara Tulebo hadir.", []),
    # a list with a doubled comma goes on
    ("Anggota Komisi I DPRD Wajo turut dalam rombongan, di antaranya Rano Kelimutu, Rohadit,, Holilo, dan lainnya.",
     [("Rano Kelimutu", "Anggota Komisi I DPRD", "Kabupaten Wajo"),
      ("Rohadit", "Anggota Komisi I DPRD", "Kabupaten Wajo"),
      ("Holilo", "Anggota Komisi I DPRD", "Kabupaten Wajo")]),
])
def test_secretaries_functional_posts_and_lists(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_district_heads_of_papua_and_no_crowd() -> None:
    text = ("Hadir di antaranya kepala distrik Sukamaju Tulebo Arkanis, Kepala Kampung Watiaro Rano Kelimutu, dan "
            "Masyarakat Distrik Sukamaju.")
    assert officials(text) == [("Tulebo Arkanis", "Kepala Distrik", None), ("Rano Kelimutu", "Kepala Kampung", None)]


@pytest.mark.parametrize("text, expected", [
    # an expert staff's field written without "Bidang", or after it in lower case
    ('"Kami menerima kunjungan Pemkab Wajo," ujar Staf Ahli Ekonomi Sosial dan Pembangunan Drs H Tulebo MSi di '
     "Stabat, Senin.", [("Tulebo", "Staf Ahli Bidang Ekonomi Sosial dan Pembangunan", "Kabupaten Wajo")]),
    ("Hadir Staf Ahli Bupati Bidang kemasyarakatan dan SDM Tulebo Arkanis di kantor Bupati Wajo.",
     [("Tulebo Arkanis", "Staf Ahli Bupati Bidang Kemasyarakatan dan SDM", "Kabupaten Wajo")]),
    ("Hadir Staf Ahli Tulebo Arkanis di kantor Bupati Wajo.", [("Tulebo Arkanis", "Staf Ahli", "Kabupaten Wajo")]),
    ("Kabag Perundang Undangan Tuta Sekarwangi hadir.",
     [("Tuta Sekarwangi", "Kepala Bagian Perundang Undangan", None)]),
    # names listed with no blank after the commas
    ("Hadir anggota Komisi I DPRD Wajo Tulebo,Rano,Wiro dan Ambarita,SE di ruang rapat.",
     [("Tulebo", "Anggota Komisi I DPRD", "Kabupaten Wajo"), ("Rano", "Anggota Komisi I DPRD", "Kabupaten Wajo"),
      ("Wiro", "Anggota Komisi I DPRD", "Kabupaten Wajo"), ("Ambarita", "Anggota Komisi I DPRD", "Kabupaten Wajo")]),
])
def test_expert_staff_fields_and_tight_lists(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_region_level_words_misspelt_by_one_letter() -> None:
    text = "Ia mengajak kepala Bappeda kabupten Wajo, Tulebo Arkanis, dan Kadis Sosial Provinis Sulsel Rano Kelimutu."
    assert officials(text) == [("Tulebo Arkanis", "Kepala Bappeda", "Kabupaten Wajo"),
                               ("Rano Kelimutu", "Kepala Dinas Sosial", "Provinsi Sulawesi Selatan")]
