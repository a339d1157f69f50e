"""Program names: quoted and given names, acronyms (in brackets, spelt out, coordinated, in the headline), coined
names and what they stand for, lower-case names, names explained by their kind, aliases and names opening with a
number; a slash joining a name's words ("Sekolah/Madrasah ..."), names opened by a head that opens bodies as often
(koperasi, madrasah, pesantren, taman: after a trigger, in a list, or a cued head in talk of programs); a position
title doing something ("Bupati Menyapa ...") names a program; a quoted name after a naming verb with no program word
("bernama “X”"); a named fund learned by a delegation ("Dana X"); a preposition ends a name ("antara") and the
possessive -nya is no part of its last word ("Gerai Izin Terpadunya")."""

from __future__ import annotations

import pytest
from nlp_helpers import programs

from nlp import Tagger


def test_acronym_names_the_same_program(tagger: Tagger) -> None:
    text = ("Pemkab Sragen membentuk Layanan Terpadu Warga Miskin (LTWM). Program LTWM kini ditiru "
            "daerah lain.")
    result = tagger.extract({"id": "a", "url": None, "title": None, "published": None, "text": text})
    (program,) = result["programs"]
    assert program["name"] == "Layanan Terpadu Warga Miskin"
    assert [m["text"] for m in program["mentions"]] == ["Layanan Terpadu Warga Miskin", "LTWM"]


def test_short_quoted_names_and_e_words(tagger: Tagger) -> None:
    text = ('Warga memanfaatkan “Desa Digital Mandiri” sejak tahun lalu. Pegawai memakai aplikasi e-Lembur. '
            'Ia berkata, "Kami senang sekali dengan layanan ini."')
    assert programs(tagger, text) == ["Desa Digital Mandiri", "E-Lembur"]
    # a quoted name no trigger leads needs talk of programs: its sentence ("inovasi") or the text naming it twice
    text = ('Warga memanfaatkan “Desa Digital Mandiri”, inovasi kelurahan, sejak tahun lalu. Pegawai memakai aplikasi '
            'e-Lembur.')
    assert programs(tagger, text) == ["Desa Digital Mandiri", "E-Lembur"]


def test_lower_case_name_before_yang(tagger: Tagger) -> None:
    assert programs(tagger, "Warga ikut program tabungan sampah ceria yang digagas kelurahan.") == [
        "Tabungan Sampah Ceria"]
    assert programs(tagger, "Pemkab menambah anggaran program jalan desa yang menyasar dusun terpencil.") == []


def test_an_acronym_spells_out_where_the_name_starts(tagger: Tagger) -> None:
    text = ("Tim Kemitraan untuk Layanan Air Desa (KLAD), program kerja sama dua negara, datang ke Kabupaten "
            "Sumenep. Kepala Dinas Pemberdayaan Masyarakat dan Desa (PMD) menyambut mereka.")
    assert programs(tagger, text) == ["Kemitraan untuk Layanan Air Desa"]


def test_an_app_and_its_acronym_are_one_program(tagger: Tagger) -> None:
    text = ("Pemkot Sorong mempelajari Aplikasi Sorong Sigap Warga (SOSIWA). Aplikasi SOSIWA akan "
            "disesuaikan dengan kebutuhan warga.")
    result = tagger.extract({"id": "a", "url": None, "title": None, "published": None, "text": text})
    (program,) = result["programs"]
    assert program["name"] == "Sorong Sigap Warga"
    assert [m["text"] for m in program["mentions"]] == ["Sorong Sigap Warga", "SOSIWA"]


def test_a_name_in_brackets_after_its_lower_case_description(tagger: Tagger) -> None:
    text = ("Berikutnya sistem informasi wisata Palu, Sulawesi Tengah (Sip Wisata) direplikasi. Ia memuji "
            "layanan kesehatan Dinas Kesehatan (Dinkes) di sana.")
    assert programs(tagger, text) == ["Sip Wisata"]


def test_an_expansion_in_brackets_and_a_leading_app_word(tagger: Tagger) -> None:
    text = ("BPBD meluncurkan Siaga Ojek (Sistem Ojek Online Peduli Bencana). Gubernur meluncurkan Aplikasi "
            "SIRINDANG dan aplikasi Warga Lapor.")
    assert programs(tagger, text) == ["SIRINDANG", "Siaga Ojek", "Warga Lapor"]


def test_a_coined_name_and_what_it_stands_for(tagger: Tagger) -> None:
    text = ("Inovasi pertama, Sarinda (Sapa Warga Ringankan Pendapatan Daerah), digarap oleh Badan Pendapatan "
            "Daerah (Bapenda) sepanjang tahun. Kepala Bapenda (Badan Pendapatan Daerah) hadir. Kota itu juga "
            "giat menggarap MICE (Meeting, Incentive, Convention, and Exhibition).")
    assert programs(tagger, text) == ["Sarinda"]


def test_an_acronym_then_a_verb_and_joiners_inside_a_name(tagger: Tagger) -> None:
    text = ("Inovasi SIMANIS dikembangkan seorang guru. Warga belajar memakai Aplikasi Data Terpadu untuk Warga "
            "Sejahtera (DATUWS). Ada 15 jenis inovasi SDM yang dipamerkan.")
    assert programs(tagger, text) == ["Data Terpadu untuk Warga Sejahtera", "SIMANIS"]


def test_an_acronym_whose_letters_stray_names_the_program_before_it(tagger: Tagger) -> None:
    text = ("Dinas Pendidikan memamerkan inovasi Sistem Pelaporan Kekerasan Terpadu dan Responsif (SIKATOK).\n"
            "Inovasi SIKATOK dikembangkan guru SMA setempat.")
    assert programs(tagger, text) == ["Sistem Pelaporan Kekerasan Terpadu dan Responsif"]


@pytest.mark.parametrize("text, expected", [
    # an information system named by its acronym alone, in a sentence about an application
    ("Aplikasi pajak itu terhubung dengan SIMPATIK dan portal Bapenda.", ["SIMPATIK"]),
    ("SINERGI PEMKAB DAN DPRD DALAM INOVASI DAERAH", []),
    # a coined lower-case name in a list of innovations
    ("Inovasi yang sudah dibuat antara lain warga corner, kebijakan kependudukan lain, serta anjungan mandiri.",
     ["Warga corner"]),
])
def test_acronym_only_and_lower_case_names(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Pemkot menjalankan program Kampung Sehat Mandiri Tahun 2025 di semua kelurahan.", ["Kampung Sehat Mandiri"]),
    ("Rombongan belajar program Desa Digital 2024 yang digagas Pemkab.", ["Desa Digital"]),
])
def test_a_name_ends_before_its_year(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lower-case description whose initials the acronym in brackets spells is the name; the acronym joins it
    ("Pemkot menjalankan program gerakan warga bersih sungai (GWBS) di 40 kelurahan. GWBS diikuti ribuan warga.",
     ["Gerakan warga bersih sungai"]),
    ("Warga ikut gerakan tanam pohon keluarga (GTPK) setiap bulan.", ["Gerakan tanam pohon keluarga"]),
    # a clause before a common acronym is no name
    ("Menurutnya, aplikasi itu merupakan hasil karya aparatur sipil negara (ASN) setempat.", []),
])
def test_lower_case_names_spelt_by_their_acronym(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kesejahteraan warga naik lewat program kakak asuh kelurahan, kata lurah.", ["Kakak Asuh Kelurahan"]),
    ("Dana itu dipakai untuk program prioritas daerah, kata sekda.", []),
])
def test_a_lower_case_name_may_end_with_its_level(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kota itu bersih lewat gerakan moral Salimbu, yang berarti sampah diambil lalu dibuang.", ["Salimbu"]),
    ("Warga desa ikut program desa Sukamaju tahun ini.", []),
])
def test_a_coined_word_explained_after_a_description(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # names in curly single quotes, and the name a unit gave its program
    ("Kelurahan Sukamulya menamai programnya ‘Ronda Sapa Warga’ sejak tahun lalu.", ["Ronda Sapa Warga"]),
    ("Kecamatan Tirtajaya menamakan program mereka Jaga Kali Bersih dan warga ikut serta.", ["Jaga Kali Bersih"]),
    # the words a name stands for, in brackets after the quoted name, are the same program
    ('Sebutan "Pagi Ceria" (Pelayanan Gigih Ceria Rakyat) merupakan program dari Kecamatan Sukamulya.', ["Pagi Ceria"]),
])
def test_quoted_and_given_names(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # names explained in mid-sentence by a bare program word and a description
    ("Ia mencontohkan kolaborasi seperti Tabungan Emas Warga dan Pinjam Tanpa Bunga, program pinjaman tanpa bunga "
     "bagi UMKM.", ["Pinjam Tanpa Bunga", "Tabungan Emas Warga"]),
    ("Ia menyebut Sapa Warga Desa, aplikasi pengaduan warga yang dibuat dinas.", ["Sapa Warga Desa"]),
    # a speaker or a place before the comma is no name
    ("Kata Bupati Sukamaju, program pembangunan jalan desa dipercepat tahun ini.", []),
    ("Menurut Banyu Prasojo, program ini bagus.", []),
    # e-government is a concept, however it is written
    ("Rombongan ingin belajar pengembangan E-Gov di kota itu.", []),
])
def test_names_explained_by_a_bare_program_word(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


def test_an_acronym_in_the_headline_joins_the_program_it_names(tagger: Tagger) -> None:
    text = ("Tim mempelajari program Layanan Sehat Terpadu (LST) di puskesmas kota. Mereka melihat penerapan LST "
            "yang berjalan. Peraturan Menteri Kesehatan (Permenkes) tentang Layanan Sehat Tingkat Pertama (LST) juga "
            "dibahas.")
    result = tagger.extract({"id": "h", "url": None, "title": "Dinkes Studi Tiru LST ke Kota Sukamaju",
                             "published": None, "text": text})
    assert [p["name"] for p in result["programs"]] == ["Layanan Sehat Terpadu"]


def test_a_coined_word_and_its_spelt_out_name_are_one_program(tagger: Tagger) -> None:
    text = ("Desa itu mengembangkan sejumlah aplikasi. Ada SiRindang (Sistem Informasi Rincian Dana Gampong) untuk "
            "warga. Aplikasi SiRindang kini dipakai semua dusun.")
    assert programs(tagger, text) == ["SiRindang"]


@pytest.mark.parametrize("text, expected", [
    # a capitalised trigger opening a sentence after one that ends in a name still introduces a program
    ("Warga menyambut baik langkah Pemkot Sukamaju. Program Kampung Teduh kini berjalan di tiap RW.",
     ["Kampung Teduh"]),
    ("Rombongan tiba di Sukamaju. Inovasi Peserta Pelatihan itu dinilai.", []),
    # an adjective between the trigger and a quoted name
    ('Dinas itu memperkenalkan aplikasi andalan "Sitandu" kepada tamu.', ["Sitandu"]),
])
def test_sentence_initial_triggers_and_quoted_names(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quoted name after a trigger and its lower-case description
    ('Dinkes meluncurkan inovasi layanan kesehatan "Sikesra" bagi lansia.', ["Sikesra"]),
    ('Ini program kesehatan "gratis" bagi warga.', []),
    ('Program kerja sama "Sister Province" dibahas kedua gubernur.', []),
])
def test_quoted_names_after_a_description(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a coined name addressing a head of region is a program; a post or a body is not
    ("Bupati memaparkan sejumlah inovasi, yakni Sapa Warga, Curhat Bupati, dan Desa Digital.",
     ["Curhat Bupati", "Desa Digital", "Sapa Warga"]),
    ("Pemkot punya aplikasi Lapor Gubernur untuk aduan warga.", ["Lapor Gubernur"]),
    ("Rombongan mempelajari program Staf Ahli Bupati.", []),
])
def test_names_addressing_a_head_of_region(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Pemkot punya program yang dikenal dengan sebutan Jumat Curhat.", ["Jumat Curhat"]),
    ("Dinkes membuat inovasi dengan nama Sapa Lansia.", ["Sapa Lansia"]),
    ("Rapat itu dihadiri tamu dengan nama Budi dari Kota Sukamaju.", []),
])
def test_names_given_with_nama_or_sebutan(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym coordinated with a triggered name, or explained by a bare program word
    ("Rombongan mempelajari penerapan aplikasi SIPANTAS dan SIPERKASA di Sukamaju.", ["SIPANTAS", "SIPERKASA"]),
    ("Mereka belajar soal SIPANTAS, aplikasi arsip dinamis.", ["SIPANTAS"]),
    ("Mereka mempelajari aplikasi Sapa Warga dan BPKAD di sana.", ["Sapa Warga"]),
])
def test_acronyms_coordinated_or_explained(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym spelt out earlier names its program as the text first wrote it
    ("Warga kini mengenal Jaring Aduan Warga Asri (Jawara) sejak tahun lalu. Kini aplikasi Jawara dipakai di semua "
     "kecamatan.", ["Jaring Aduan Warga Asri"]),
    # a name explained after it keeps its short form
    ("Tamu tertarik pada aplikasi Sidarling (Sistem Informasi Darurat Lingkungan) milik dinas.", ["Sidarling"]),
])
def test_an_acronym_is_named_as_first_written(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # lower-case e-services coordinated after a trigger
    ("Tamu mempelajari aplikasi e-absensi dan e-cuti milik pemkot.", ["E-absensi", "E-cuti"]),
    # a program's head word and its lower-case name spelt out by an acronym
    ("Rombongan diajak ke mal pelayanan publik (MPP) di pusat kota.", ["Mal pelayanan publik"]),
    # an acronym of capitals its lower-case description does not spell is a foreign term
    ("Pasar itu dibangun dengan sistem bangun guna serah (BOT) sejak 1995.", []),
])
def test_lower_case_names(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name and, in brackets, the kind of thing it is, whatever its letters
    ("Di stan pameran, petugas memperagakan Tanam Tuai (layanan konsultasi pupuk bagi petani) dan Jaga Bumil "
     "(aplikasi pemantauan ibu hamil).", ["Jaga Bumil", "Tanam Tuai"]),
    ("Bupati menghadiri Launching SIAP KERJA (Sistem Informasi Pencari Kerja) di pendopo.", ["SIAP KERJA"]),
    # ... not a framework or a body spelt out after its kind word
    ("Dinas itu menilai SPBE (Sistem Pemerintahan Berbasis Elektronik) di tiap kecamatan.", []),
])
def test_a_name_explained_by_its_kind_in_brackets(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


def test_a_bracketed_kind_is_read_by_whole_words() -> None:
    from nlp.program_candidates import _says_what
    assert _says_what("aplikasi penilaian sistem meritokrasi pegawai")  # not "sistem merit"
    assert not _says_what("aplikasi penilaian sistem merit pegawai")


@pytest.mark.parametrize("text, expected", [
    # a name after "atau" spelt by the one-word name before it is the same program
    ("Dinas pertanian memperkenalkan aplikasi Sipanen atau Sistem Pencatatan Panen bagi petani.",
     ["Sipanen"]),
    # ... but two names of several words are two programs
    ("Dewan terinspirasi program Rumah Sahabat Lansia atau Rumah Aman Lansia di daerah itu.",
     ["Rumah Aman Lansia", "Rumah Sahabat Lansia"]),
    # a date coordinated after a name is no program, a day name inside a name is no date
    ("Warga diajak memakai aplikasi Lapor Sampah, Kamis 9 Oktober, di aula kecamatan.", ["Lapor Sampah"]),
    ("Sekolah itu menjalankan Gerakan Jumat 15 Menit Membaca bagi murid.", ["Gerakan Jumat 15 Menit Membaca"]),
    # a name coordinated inside the brackets that spell out another one
    ("Inovasinya antara lain SIPADU (Sistem Pengaduan Terpadu Warga Unggul dan Ramah) untuk aduan warga.",
     ["SIPADU"]),
])
def test_aliases_dates_and_spelt_out_parts(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a coined possessive names an app or a service in a sentence about programs, or after a program head
    ("Ibu-ibu mencatat tumbuh kembang anak lewat GiziKu, inovasi puskesmas setempat.", ["GiziKu"]),
    ("Relawan mengajar anak-anak di Rumah BacaKU tiap sore.", ["Rumah BacaKU"]),
    # ... or just after one
    ("Puskesmas itu rajin berinovasi. Ibu hamil di desa terpencil kini dipantau bidan lewat BumilKu.", ["BumilKu"]),
    # ... not a hotel or a song in a sentence about no program
    ("Para tamu bermalam di Wisma CendanaKu dekat alun-alun.", []),
    ("Paduan suara membawakan tembang DesaKu sebelum acara.", []),
])
def test_a_coined_possessive_name(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an English-shaped name one goes to is a place: "menuju / mengunjungi X Center"
    ("Rombongan lalu menuju Sukamaju Creative Center untuk melihat program Sapa Warga.", ["Sapa Warga"]),
    ("Program Sapa Warga dipantau dari Sukamaju Creative Center setiap hari.", ["Sapa Warga"]),
    # ... but after a learning or program word and "dari", the region it comes from, then its name
    ("Anggota dewan menimba ilmu dari Bantul Smart Nagari yang digagas pemkab.", ["Smart Nagari"]),
    ("Program Sapa Warga dipantau dari Bantul Creative Center setiap hari.", ["Sapa Warga"]),
])
def test_an_english_name_one_goes_to(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name that opens with a number after a trigger, up to a clause word
    ("Warga antusias mengikuti program 3 rumah 1 sumur resapan yang digagas lurah.", ["3 rumah 1 sumur resapan"]),
    ("Kota itu masuk program 50 smart school dari pemerintah pusat.", ["50 smart school"]),
    # ... not a year, a duration or a count of things
    ("Pemkab menyiapkan program 2025 untuk warga miskin.", []),
    ("Warga bisa memakai layanan 24 jam nonstop di kantor camat.", []),
    ("Pemkot menyalurkan program 3 juta rumah bagi warga.", []),
    # ... nor a work plan counted in days; a name ends before a time word or a title
    ("Wakil rakyat menagih program 99 hari kerja Wali Kota yang baru.", []),
    ("Desa itu memperluas program 2 kolam 1 keluarga tahun depan.", ["2 kolam 1 keluarga"]),
    ("Camat memuji program 5 desa 1 Bidan Camat Sukamaju.", ["5 desa 1 Bidan"]),
    # ... and the same count in a capitalised name is the same program
    ("Sekolah kami terpilih dalam Gerakan Seribu 7 Taman Baca. Lewat gerakan 7 taman baca itu, buku dibagikan.",
     ["Gerakan Seribu 7 Taman Baca"]),
    # ... but two names that only share a number are two programs
    ("Desa itu menjalankan program 2 kolam 1 keluarga dan program Kampung 2 Bahasa sejak lama.",
     ["2 kolam 1 keluarga", "Kampung 2 Bahasa"]),
])
def test_a_name_opening_with_a_number(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


def test_a_slash_joins_the_words_of_a_name(tagger: Tagger) -> None:
    assert programs(tagger, "Dinas menjalankan program Sekolah/Madrasah Ramah Lansia di tiga kecamatan.") == [
        "Sekolah/Madrasah Ramah Lansia"]


def test_a_cooperative_may_be_a_program_in_talk_of_programs(tagger: Tagger) -> None:
    # "koperasi" opens bodies as often as programs: a cued head, no organisation opener
    assert programs(tagger, "Pemkab meluncurkan program Koperasi Nelayan/Petani Makmur Jaya untuk menyerap "
                            "hasil panen warga.") == ["Koperasi Nelayan/Petani Makmur Jaya"]
    # without a trigger the cued head decides: a program in a sentence about programs, else none (the latter a guard:
    # it held before the row too)
    assert programs(tagger, "Koperasi Nelayan Sejahtera menjadi salah satu program unggulan Pemkab tahun "
                            "ini.") == ["Koperasi Nelayan Sejahtera"]
    assert programs(tagger, "Pemkab juga membentuk Koperasi Nelayan Sejahtera yang kini beranggota 300 "
                            "orang.") == []


def test_a_park_a_madrasah_a_pesantren_may_open_a_program(tagger: Tagger) -> None:
    # organisation heads of the region lexicon: "madrasah", "pesantren", "ponpes" are cued heads here, "taman" (a
    # park as often) a head refused only without a trigger or a list
    assert programs(tagger, "Bupati meluncurkan program Taman Gizi Balita di tiap desa.") == ["Taman Gizi Balita"]
    assert programs(tagger, "Program unggulan itu, yakni Taman Baca Warga, Madrasah Ramah Anak dan Pesantren "
                            "Hijau, berjalan baik.") == ["Madrasah Ramah Anak", "Pesantren Hijau", "Taman Baca Warga"]
    assert programs(tagger, "Rombongan berkunjung ke Pesantren Darul Ilmi di Kecamatan Sukamaju.") == []
    assert programs(tagger, "Program itu dipamerkan di dekat air mancur Taman Puspa Sari.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Rombongan itu ingin meniru Program Bupati Menyapa Warga yang berjalan sejak 2021.", ["Bupati Menyapa Warga"]),
    ('Camat Lembang memperkenalkan inovasi "Camat Ngopi di Kampung" kepada rombongan tamu.',
     ["Camat Ngopi di Kampung"]),
    # titles of two words as data/positions.csv writes them
    ("Para tamu mempelajari Program Wali Kota Mendengar Pedagang yang digagas tiga tahun lalu.",
     ["Wali Kota Mendengar Pedagang"]),
    ("Delegasi itu tertarik pada Program Wakil Bupati Bersepeda Sehat yang rutin digelar tiap Jumat.",
     ["Wakil Bupati Bersepeda Sehat"]),
])
def test_a_position_title_doing_something_names_a_program(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


def test_a_position_title_before_its_region_names_no_program(tagger: Tagger) -> None:
    assert programs(tagger, "Program Bupati Sukamara berjalan baik, ujar Sekda.") == []


@pytest.mark.parametrize(("text", "name"), [
    # a name opening with a program's head word after "Ketua" is no office's unit
    ("Ketua Kampung Bebas Jentik Melati, Rina Wulandari, menyambut para tamu di balai warga. Para tamu ingin meniru "
     "Program Kampung Bebas Jentik yang dinilai berhasil menekan kasus demam berdarah.", "Kampung Bebas Jentik"),
    # a manager ("Pengelola") runs a program, not an office
    ("Pengelola Bank Sampah Asri, Dedi Kurnia, memandu rombongan berkeliling gudang. Rombongan itu ingin menerapkan "
     "program Bank Sampah Asri di desa mereka.", "Bank Sampah Asri"),
    # a name opening with a trigger word ("Sistem", "Aplikasi") after a coordinator's title
    ("Koordinator Sistem Antrean Pasien Terpadu, Sari Wulan, memandu tamu. Para tamu ingin meniru Sistem Antrean "
     "Pasien Terpadu di daerah mereka.", "Sistem Antrean Pasien Terpadu"),
])
def test_a_name_written_once_after_a_title_may_still_name_a_program(tagger: Tagger, text: str, name: str) -> None:
    assert name in programs(tagger, text)


def test_a_village_after_the_title_of_its_head_stays_no_program(tagger: Tagger) -> None:
    # "Kepala Kampung" is a title: the village after it is a place, also where a program is talked of
    text = ("Kepala Kampung Mambesak, Yopi Rumere, menyambut rombongan yang ingin belajar. Inovasi Kampung Mambesak "
            "kini ditiru daerah lain.")
    assert "Kampung Mambesak" not in programs(tagger, text)


def test_a_program_acronym_with_a_place_after_it_is_that_program(tagger: Tagger) -> None:
    # "ACR Place" after "Name Of The Program (ACR)" is the program where it runs, no second program
    text = ("Pemkab meluncurkan program Serambi Gizi Keluarga Mandiri (SGKM) tahun lalu. Rombongan dari Kabupaten "
            "Sukamaju datang untuk mempelajari SGKM Sukorejo Wetan serta SGKM Karang Asri.")
    assert programs(tagger, text) == ["Serambi Gizi Keluarga Mandiri"]
    # named after a trigger, not as what guests learn: a village (by its level word) or a region after it
    text = ("Pemkab meluncurkan program Serambi Gizi Keluarga Mandiri (SGKM) tahun lalu. Inovasi SGKM Desa Sukorejo "
            "kini melayani dua ratus keluarga.")
    assert programs(tagger, text) == ["Serambi Gizi Keluarga Mandiri"]
    text = ("Pemkab meluncurkan program Serambi Gizi Keluarga Mandiri (SGKM) tahun lalu. Kini program SGKM Banyumas "
            "melayani dua ratus keluarga.")
    assert programs(tagger, text) == ["Serambi Gizi Keluarga Mandiri"]
    # an English or program word after the acronym names another program
    text = ("Pemkab meluncurkan program Serambi Gizi Keluarga Mandiri (SGKM) tahun lalu. Para tamu tertarik "
            "dengan SGKM Digital.")
    assert programs(tagger, text) == ["SGKM Digital", "Serambi Gizi Keluarga Mandiri"]


def test_a_quoted_name_after_a_naming_verb_is_a_program(tagger: Tagger) -> None:
    text = "Koperasi warga menyediakan truk antar jemput gabah bernama \"Jemari Tani\" sejak musim tanam lalu."
    assert programs(tagger, text) == ["Jemari Tani"]
    # without quotes or a program word a naming verb names no program, nor "dengan nama" a site
    assert programs(tagger, "Sebuah perahu motor bernama Jemari Tani bersandar di dermaga desa.") == []
    text = "Bukit itu tercatat sebagai cagar budaya dengan nama \"Bukit Batu Bersusun\" sejak lama."
    assert programs(tagger, text) == []


def test_a_preposition_ends_a_name_after_a_trigger(tagger: Tagger) -> None:
    text = "Para penyuluh pertanian saling berbagi program antara kelompok tani."
    assert programs(tagger, text) == []


def test_the_possessive_nya_is_no_part_of_a_name(tagger: Tagger) -> None:
    text = "Kabupaten itu membuka loket akta kelahiran di Gerai Izin Terpadunya pada awal bulan ini."
    assert programs(tagger, text) == ["Gerai Izin Terpadu"]


def test_a_name_with_what_is_done_with_it_before_it_is_the_same_program(tagger: Tagger) -> None:
    # "Layanan X" beside "X": one program, named as the shorter name
    text = ("Tamu dari provinsi tetangga mempelajari Layanan Kebun Gizi Mandiri. Program Kebun Gizi Mandiri "
            "berjalan sejak 2019.")
    assert programs(tagger, text) == ["Kebun Gizi Mandiri"]
    # the possessive -nya on a coined name written again
    text = ("Kelurahan itu meluncurkan aplikasi SiKataWarga untuk seluruh RW. Para tamu ingin meniru cara kerja "
            "SiKataWarganya yang tertib.")
    assert programs(tagger, text) == ["SiKataWarga"]


def test_a_program_head_before_a_name_is_a_program_of_its_own(tagger: Tagger) -> None:
    # "Gerai X" is where program X is served: both names stay
    text = ("Pemkab merilis aplikasi Sirindang untuk perizinan usaha. Warga yang tidak punya ponsel bisa datang ke "
            "Gerai Sirindang di pasar induk.")
    assert sorted(programs(tagger, text)) == ["Gerai Sirindang", "Sirindang"]


@pytest.mark.parametrize("text", [
    "Kepala desa berharap program kami bertahan lama.",
    "Kepala desa berharap program saya bertahan lama.",
    "Kepala desa berharap program kita bertahan lama.",
    "Dinas itu juga punya banyak program layanan lain.",
])
def test_a_pronoun_or_lain_ends_a_lower_case_name(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == []


def test_an_appositive_name_does_not_start_inside_a_longer_name(tagger: Tagger) -> None:
    # the capitalised words before "inovasi ..." are the tail of the head's name, no program
    text = ("Dalam masa jabatan Wali Kota Tirtamaya (Tmy) Gilang Arum Saptaji, inovasi perizinan di kota itu makin "
            "beragam.")
    assert programs(tagger, text) == []
    text = "Warga mengenal Kartu Sehat Lansia, program bantuan berobat bagi warga lanjut usia."
    assert programs(tagger, text) == ["Kartu Sehat Lansia"]


def test_an_appositive_name_after_a_sentence_s_first_word_is_kept(tagger: Tagger) -> None:
    # a capitalised word that opens the sentence is no part of the name after it
    assert programs(tagger, "Lewat SiGesit, aplikasi pelaporan warga, keluhan cepat ditangani.") == ["SiGesit"]
    assert programs(tagger, "\" Lewat SiGesit, aplikasi pelaporan warga, keluhan cepat ditangani, \" ujarnya.") \
        == ["SiGesit"]


@pytest.mark.parametrize("text, expected", [
    # a fund is named like any program: "dana" is no refused head (its generic phrases stay refused: "dana desa")
    ("Tim dari Pemkab Sukamaju hendak mempelajari pengelolaan Dana Cadangan Beasiswa Warga di sana.",
     ["Dana Cadangan Beasiswa Warga"]),
    # ... while a generic fund in the same frame stays refused (the `dana desa` generic_activity row)
    ("Tim dari Pemkab Sukamaju hendak mempelajari pengelolaan Dana Desa di sana.", []),
])
def test_a_named_fund_learned_by_a_delegation(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 41: a coined name with its explanation in brackets is named by the coined name alone (gold names it so
    # 70 times over train to 28 for the whole or the explanation): neither the pair nor the explanation is output
    ("Rombongan dari Kota Sarbela mempelajari inovasi Ranting Padi (Rancangan Tanam Padi Terpadu) milik Pemkab "
     "Lorema.", ["Ranting Padi"]),
    # ... two names joined by "dan" stay two (joining them costs 30 right pairs of train for 4 to 6 gained)
    ("Pemkab Lorema memperkenalkan program Kartu Warga Sehat dan Kartu Warga Pintar kepada tamu dari Kota Sarbela.",
     ["Kartu Warga Pintar", "Kartu Warga Sehat"]),
    # ... and two names that share words (as score.py matches them) are not merged into one (11 right pairs lost)
    ("Tamu dari Kota Sarbela mempelajari inovasi Gerakan Peduli Nelayan dan Gerakan Peduli Petani milik Pemkab "
     "Lorema.", ["Gerakan Peduli Nelayan", "Gerakan Peduli Petani"]),
])
def test_near_names_keep_their_boundaries(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 44: an acronym in capitals whose bracket spells it word by word is named by the acronym (gold names the
    # acronym 49 times over train to 15 for the spelt-out form, even with the bracket spelling it from each word's
    # first letters: 12 to 2); the newest letters name the spelt-out form (au 3, aw 1), the rest of train does not
    ("Juara pertama diraih Dinas Sosial lewat program SIGERAK (Sistem Informasi Gerak Rakyat Kecamatan) yang "
     "mempercepat layanan bantuan.", ["SIGERAK"]),
    # ... a name and its other-language name joined by "atau" stay two (dropping either half of such pairs over
    # train loses 5 to 9 right outputs for 9 to 5 wrong ones)
    ("Rombongan Kabupaten Sungai Kerlap mempelajari program Kampung Hijau Lestari atau Green Kampung di Kota "
     "Palimbara.", ["Green Kampung", "Kampung Hijau Lestari"]),
    # ... a capitalised run after a naming verb with no program word is no new name (5 gold to 44 none over train)
    ("Bappeda Kabupaten Sungai Kerlap meraih penghargaan lewat inovasi yang diberi nama Strategi Cegah Banjir Kota "
     "di ajang tersebut.", []),
    # ... and a name after a trigger running over "untuk" into a second capitalised name stays whole (cutting it at
    # "untuk" loses 2 right outputs of the 4 right of 5 such outputs on train)
    ("Wali Kota juga menjalankan Program Melatisasi untuk Palimbara Sejuta Melati sebagai upaya memperindah kota.",
     ["Melatisasi untuk Palimbara Sejuta Melati"]),
])
def test_shapes_measured_in_round_44_stay_as_they_are(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected
