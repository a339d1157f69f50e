"""Programs, the basic cases: names after trigger words, what a delegation came to learn, English and program-head
shapes, the longer name winning, headline names needing the body, launched names, learning objects and topics,
programs put to work, names closing with a region or village, parser and model spans, and the near misses each rule
must leave alone. Lists, names, what is no program and services have their own modules (test_nlp_programs_*.py)."""

from __future__ import annotations

import pytest
from nlp_helpers import programs

from nlp import Tagger


@pytest.mark.parametrize("text, expected", [
    ("Pemkab Jombang menggulirkan program Kartu Sehat Warga sejak 2020.", ["Kartu Sehat Warga"]),
    ('Dinas itu membuat aplikasi "Lapor Cepat" untuk warga.', ["Lapor Cepat"]),
    ("Pemkot punya inovasi bernama Sapa Lansia yang populer.", ["Sapa Lansia"]),
    ("Mereka mempelajari program RTLH terpadu yang dijalankan Pemkab Sumenep.", ["RTLH Terpadu"]),
    ("Warga diajak ikut program tabungan sampah.", ["Tabungan Sampah"]),
])
def test_after_trigger_words(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text", [
    "Pemkab fokus pada program pengentasan kemiskinan.",
    "Mereka ingin belajar program kemiskinan di Ngawi.",
    "Pemkot meluncurkan program Peduli kebersihan lingkungan.",
    "Program tersebut berjalan baik.",
    "Pemkab Pati meraih Innovative Government Award tahun ini.",
    "Kami bekerja sama dengan Badan Pemeriksa Keuangan (BPK) sejak lama.",
])
def test_not_programs(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == []


def test_what_a_delegation_came_to_learn(tagger: Tagger) -> None:
    text = "Rombongan tertarik dengan Digital Village Hub, Rumah Pintar Warga, serta pengelolaan pasar."
    assert programs(tagger, text) == ["Digital Village Hub", "Rumah Pintar Warga"]


def test_english_and_program_head_shapes(tagger: Tagger) -> None:
    text = ("Bupati meluncurkan Batik Care Center di alun-alun. Pendampingan Klinik Pelayanan Publik "
            "Kabupaten Ngawi terus berjalan.")
    assert programs(tagger, text) == ["Batik Care Center", "Klinik Pelayanan Publik"]


def test_longer_name_wins(tagger: Tagger) -> None:
    assert programs(tagger, "Ia memuji program Gerakan Hemat Energi Sekolah.") == ["Gerakan Hemat Energi Sekolah"]


def test_headline_program_needs_the_body(tagger: Tagger) -> None:
    assert programs(tagger, "Isi berita tanpa nama itu.", title="Smart Parking City Ditiru Daerah Lain") == []
    assert programs(tagger, "Mereka belajar Smart Parking City di Malang.",
                    title="Smart Parking City Ditiru") == ["Smart Parking City"]


def test_launched_names_and_branded_words(tagger: Tagger) -> None:
    text = ("Pemkab Pati meluncurkan Sapa Warga Pati dan mencanangkan Gerakan Pati Bersih. Pemkab Kebumen "
            "menerapkan Kebumen LIVE setiap pekan.")
    assert programs(tagger, text) == ["Gerakan Pati Bersih", "Kebumen LIVE", "Sapa Warga Pati"]


def test_titled_events_and_named_means(tagger: Tagger) -> None:
    text = ("Pemkot menggelar kegiatan bertajuk Kediri Bersinar Expo di alun-alun. Keluhan warga ditampung "
            "melalui Jumat Curhat Bersama (JCB) setiap pekan, bukan melalui Dinas Sosial. Gebyar Produk Desa juga "
            "ramai dikunjungi.")
    assert programs(tagger, text) == ["Jumat Curhat Bersama"]  # events (expo, gebyar) are no programs


def test_subheadings_and_links_to_other_articles(tagger: Tagger) -> None:
    text = ("Pemkab Sikka meluncurkan Kartu Warga Sehat bulan lalu.\nBaca juga: Mal Pelayanan Publik "
            "Diresmikan Bupati\nSinergi Data dan Pengambilan Keputusan\nWarga memakai Kartu Warga Sehat.")
    assert programs(tagger, text) == ["Kartu Warga Sehat"]


def test_words_after_a_name_and_units_after_a_trigger(tagger: Tagger) -> None:
    text = ("Kabid Riset dan Inovasi Daerah Bappeda Kota Bima hadir. Menurutnya, sistem SIMPEDA masih baru. "
            "Warga terbantu oleh inovasi Bappeda yang digagas kepala bidang. Datanya masuk "
            "Sistem Informasi Pemerintah Daerah yang baru.")
    assert programs(tagger, text) == ["SIMPEDA", "Sistem Informasi Pemerintah Daerah"]


def test_a_region_closing_a_name_and_a_unit_of_a_region(tagger: Tagger) -> None:
    text = ("Pemkab Kolaka Timur memperkenalkan aplikasi Simpatik Koltim. Warga memakai aplikasi Simpatik. "
            "Tamu kagum dengan inovasi Disdukcapil Koltim. Menurutnya, Penerimaan tamu berjalan lancar.")
    result = tagger.extract({"id": "a", "url": None, "title": None, "published": None, "text": text})
    (program,) = result["programs"]
    assert program["name"] == "Simpatik Koltim"
    assert [m["text"] for m in program["mentions"]] == ["Simpatik Koltim", "Simpatik"]


def test_english_words_alone_need_a_sentence_about_a_program(tagger: Tagger) -> None:
    text = ("Rombongan meninjau pusat komando Sorong Smart City di balai kota. Komunitas Bitung Creative Hub ikut "
            "hadir. Pemkot Bitung menerapkan Bitung Green Office sejak 2024.")
    assert programs(tagger, text) == ["Bitung Green Office"]


def test_parser_and_model_spans_need_a_sentence_about_a_program() -> None:
    from nlp.programs import ProgramFinder

    text = "Rombongan disambut Tari Gending Sriwijaya. Pemkot menerapkan Sapa Lansia Mandiri sejak 2024."
    spans = [(text.index("Tari"), text.index(".")), (text.index("Sapa"), text.index(" sejak"))]
    assert [p.name for p in ProgramFinder(set()).find(text, [], [], extra=spans)] == ["Sapa Lansia Mandiri"]


def test_headline_name_needs_its_capitals_in_the_body(tagger: Tagger) -> None:
    title = "Pemkab Kudus Belajar Pengelolaan Pesisir ke Jepara"
    text = "Pemkab Kudus belajar pengelolaan pesisir ke Kabupaten Jepara, Senin."
    assert programs(tagger, text, title) == []
    title = "Pemkab Kudus Belajar Kampung Pesisir Lestari ke Jepara"
    text = "Pemkab Kudus belajar program Kampung Pesisir Lestari ke Kabupaten Jepara, Senin."
    assert programs(tagger, text, title) == ["Kampung Pesisir Lestari"]


def test_headline_name_with_a_program_head_the_body_repeats_in_lower_case(tagger: Tagger) -> None:
    # round 36: a headline name opening with a program head ("Mal", "Kartu", "Laboratorium") counts when the body
    # writes it again in lower case; a headline's topic and a trigger word's lower-case description do not
    title = "Pelajari Mal Layanan Warga Terpadu, Rombongan Kudus ke Jepara"
    text = "Rombongan Pemkab Kudus mempelajari pengelolaan mal layanan warga terpadu di Kabupaten Jepara, Senin."
    assert programs(tagger, text, title) == ["Mal Layanan Warga Terpadu"]
    title = "Tahun Depan, Nelayan Dapat Kartu Nelayan Pesisir Sejahtera"
    text = "Pemkab Kudus menyiapkan kartu nelayan pesisir sejahtera untuk nelayan kecil tahun depan."
    assert programs(tagger, text, title) == ["Kartu Nelayan Pesisir Sejahtera"]
    title = "Pelajari Sistem Saluran Kota, Rombongan Kudus ke Jepara"
    text = "Rombongan Pemkab Kudus mempelajari sistem saluran kota di Kabupaten Jepara, Senin."
    assert programs(tagger, text, title) == []


@pytest.mark.parametrize("text, expected", [
    # topics the guests came to learn, written with capitals, are no programs
    ("Mereka belajar tentang Penanganan Stunting dan Pengelolaan Sampah Terpadu.", []),
    ("Kunjungan ini untuk mempelajari Tata Kelola Keuangan Desa yang baik.", []),
    ("Rombongan belajar Manajemen Aset Daerah.", []),
    # a name opened by a capitalised "Program", or with its acronym, is one
    ("Mereka mempelajari Program Penguatan Ekonomi Desa yang dijalankan Pemkab.", ["Penguatan Ekonomi Desa"]),
    ("Mereka mempelajari Layanan Terpadu Anak Sehat (Pelangi) di sana.", ["Layanan Terpadu Anak Sehat"]),
])
def test_what_guests_came_to_learn_may_be_a_topic(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a means written with capitals: a topic or a meeting format, unless it has its acronym
    ("Pemkab berupaya menekan angka stunting melalui Sosialisasi Pencegahan Stunting di desa.", []),
    ("Hal itu dicapai lewat Penguatan Kapasitas Aparatur Desa.", []),
    ("Mereka belajar melalui Focus Group Discussion bersama OPD.", []),
    # the dimensions of a smart city are concepts
    ("Mereka belajar Smart Governance dan Smart Economy yang diterapkan Pemkot.", []),
    # a national agenda, and a civil servants' basic training
    ("Ini sejalan dengan program Asta Cita pemerintah.", []),
    ("Rombongan mengikuti program Latsar CPNS di sana.", []),
    # the group a program serves
    ("Program itu menyasar Keluarga Penerima Manfaat (KPM) di desa.", []),
    ("Warga terbantu melalui Pelayanan Keliling Sehat (Palingsehat).", ["Pelayanan Keliling Sehat"]),
])
def test_a_means_may_be_a_topic(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # named programs put to work, the second repeating the first one's head
    ("Kabupaten itu sedang giat menerapkan Desa Terbuka dan Desa Ramah Difabel.",
     ["Desa Ramah Difabel", "Desa Terbuka"]),
    ("Dinas mereplikasi Kebun Gizi Warga dari Kabupaten Sleman.", ["Kebun Gizi Warga"]),
    # rules, budgets, legal mechanisms and health protocols put to work are no programs
    ("Pemkab menerapkan Peraturan Bupati Nomor 5.", []),
    ("Dinas menjalankan Anggaran Pendapatan dan Belanja Daerah.", []),
    ("Daerah itu menjalankan Tugas Pembantuan dari provinsi.", []),
    ("Warga diminta menerapkan Protokol Kesehatan selama acara.", []),
])
def test_programs_put_to_work(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what "merupakan program" says of a topic or an activity, and the unit that runs a program
    ("Kegiatan Bakti Sosial merupakan program tahunan Pemkab.", []),
    ("Penanganan Stunting merupakan program prioritas daerah.", []),
    ("Jumat Curhat merupakan program Polres setempat.", ["Jumat Curhat"]),
    # an innovation is named
    ("Pelayanan Malam Hari merupakan inovasi Disdukcapil.", ["Pelayanan Malam Hari"]),
])
def test_what_is_said_to_be_a_program(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a breakthrough names a program like an innovation does
    ("Terobosan lain adalah Warung Data Desa yang dikelola karang taruna.", ["Warung Data Desa"]),
    ("Kecamatan itu membuat terobosan bernama Antar Jemput Berkas.", ["Antar Jemput Berkas"]),
    ("Terobosan Pemkab itu diapresiasi menteri.", []),
])
def test_a_breakthrough_names_a_program(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title after an event noun or a theme is no program; after a program word it names one
    ("Pemkab menggelar dialog publik bertajuk “Sinergi Membangun Desa Mandiri” di aula kantor bupati.", []),
    ("Rombongan mengikuti studi tiru bertema, \"Program Wawasan Lapangan\" selama dua hari.", []),
    ("Dinas sosial menjalankan program bertajuk Sapa Lansia Malam sejak 2021.", ["Sapa Lansia Malam"]),
    # a method named by its acronym and its verbs
    ("Peserta diminta menerapkan sistem ATM (Amati Tiru dan Modifikasi) sepulang dari studi tiru.", []),
    # a topic written with capitals after a description: no name; a coined name is one
    ("Kedua daerah berbagi program soal pencegahan Pungutan Liar di pelabuhan.", []),
    ("Pemkot menjalankan program pencegahan Perkawinan Anak di sekolah.", []),
    ("Pemkab punya inovasi kesehatan Senyum Warga yang menjangkau desa.", ["Senyum Warga"]),
])
def test_titles_methods_and_capitalised_topics(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a linked article's title (written in capitals) names a program only after a trigger, up to a verb, and
    # (round 27) only one the text writes again outside such lines, as a headline's
    ("Rombongan tiba pukul sembilan.\nBaca Juga: Pemkot Digitalisasi Sekolah Lewat Aplikasi Sapa Guru\nMereka "
     "disambut sekda, lalu melihat Sapa Guru dipakai di kelas.", ["Sapa Guru"]),
    ("Rombongan tiba pukul sembilan.\nBaca Juga: Pemkot Digitalisasi Sekolah Lewat Aplikasi Sapa Guru\nMereka "
     "disambut sekda.", []),
    ("Rombongan tiba pukul sembilan.\nBaca Juga: Dukung Kota Cerdas, Dinas Luncurkan Layanan Baru\nMereka disambut "
     "sekda.", []),
])
def test_linked_titles(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Kampung ..." and "Rumah ..." name programs in a sentence about programs
    ("Tamu itu ingin mempelajari pengelolaan Rumah Gizi Anak dan Kampung Siaga Banjir.",
     ["Kampung Siaga Banjir", "Rumah Gizi Anak"]),
    ("Pengurus Kampung ASI Sukamaju Indah memaparkan program itu kepada tamu.", ["Kampung ASI"]),
    # ... and places or buildings otherwise
    ("Program itu dijalankan di Kampung Baru Sejahtera.", []),
    ("Rombongan diterima di Rumah Dinas Bupati lalu ke Rumah Adat Sukamaju untuk belajar program desa.", []),
    ("Sukamaju menjadi Tuan Rumah Pekan Inovasi Daerah.", []),
    ('Mereka datang ke "Rumah Sukamaju" untuk belajar.', []),
    ("Rombongan meninjau Kampung Tenun Sukamaju dan pasar.", []),
    ("Rombongan meninjau Kampung Tenun Sukamaju untuk mempelajari program desa.", []),
])
def test_kampung_and_rumah_heads(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name read as an official's after a title is still a program when a program's head opens it
    ("Warga senang. Program unggulan Bupati, yakni Gerbang Desa Mandiri, terus digalakkan.", ["Gerbang Desa Mandiri"]),
    # a topic coordinated with a concept after a capitalised trigger is no program
    ("Rombongan menerima paparan tentang Sistem Merit serta Manajemen Talenta.", []),
])
def test_heads_over_names_and_coordinated_topics(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


def test_a_program_with_its_region_after_it_is_the_same_program(tagger: Tagger) -> None:
    text = ("Kabupaten Sukamaju kini memiliki program Sekolah Lansia. Rombongan meninjau program Sekolah Lansia "
            "Ketapang di sana.")
    assert programs(tagger, text) == ["Sekolah Lansia"]


@pytest.mark.parametrize("text, expected", [
    # what guests came to learn: the use of a named program
    ("Rombongan ingin mempelajari pemanfaatan Sapa Warga di Sukamaju.", ["Sapa Warga"]),
    # a new autonomous region is a concept
    ("Komisi I mempelajari keberhasilan DOB di kabupaten itu.", []),
])
def test_the_use_of_a_program_learnt(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a village closing a program's name: after a name of two words, or a village the text names as a place
    ("Rombongan meninjau aplikasi Smart Dusun Desa Sukamakmur di Kecamatan Ciater.", ["Smart Dusun"]),
    ("Tamu mempelajari Simdeskita Sukamakmur. Mereka datang ke Desa Sukamakmur, Kecamatan Ciater.", ["Simdeskita"]),
    # a village word inside the name stays
    ("Pemkab meluncurkan Gerakan Desa Sehat Mandiri tahun ini.", ["Gerakan Desa Sehat Mandiri"]),
    # the village alone inside a name, not closing it, cuts nothing
    ("Tamu datang ke Desa Sukamakmur, Kecamatan Ciater. Mereka mempelajari program Gerakan Sukamakmur Bersih Sehat.",
     ["Gerakan Sukamakmur Bersih Sehat"]),
])
def test_a_village_closing_a_name(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


def test_a_headline_written_again_in_the_text(tagger: Tagger) -> None:
    title = ("Mahasiswa Dorong Pendataan Warga dan Gerakan Sapu Bersih, Wabup Sukamaju: Kolaborasi Ini Menentukan "
             "Capaian Kita")
    text = title + "\n\nMahasiswa magang di Kabupaten Sukamaju membantu pendataan warga miskin."
    assert programs(tagger, text, title) == []


@pytest.mark.parametrize("text, expected", [
    # a lone "e" before a function word, a pronoun or a word in -nya, or with no e-service beside it
    ("Peserta program e berikutnya akan dilatih di balai desa.", []),
    ("Warga membuka aplikasi e ketika mengurus surat pindah.", []),
    ("Kecamatan menyiapkan layanan e mereka sendiri tahun depan.", []),
    ("Pemkab menyiapkan layanan, antara lain e-rapor, e-piket dan e lainnya.", ["E-piket", "E-rapor"]),
    ("Guru mengunduh aplikasi e terbaru dari dinas pendidikan.", []),
    # a place's or a person's nickname, and a name not right after the program's own
    ("Gubernur memaparkan program pangan di wilayah itu, yang dikenal dengan Gudang Jagung Timur.", []),
    ("Tamu mempelajari program pangan di Sukamaju, yang dikenal dengan Kota Seribu Surau.", []),
    ("Bupati menjelaskan program irigasi karena daerahnya dikenal dengan Lumbung Gabah Selatan.", []),
    ("Warga menyambut program Camat yang disebut Bapak Jalan Desa oleh para petani.", []),
    # "A atau B" where B does not spell A: two programs
    ("Pemkab membawa dua inovasi, yaitu Warung Sehat atau Bilik Arsip Keluarga, ke lomba provinsi.",
     ["Bilik Arsip Keluarga", "Warung Sehat"]),
    # short acronyms spelt out that name programs stay
    ("Rombongan mempelajari SPAL (Sanitasi Pemukiman Aman Lestari) di desa itu.", ["SPAL"]),
    ("Pemkab memperluas penerapan TKD (Tabungan Kesehatan Desa) ke semua kecamatan.", ["TKD"]),
    # a name closed by the nation without a body's word first, and a "... Day" program, stay programs
    ("Sekolah menjalankan program Gerakan Sekolah Bersih Republik Indonesia sejak tahun lalu.",
     ["Gerakan Sekolah Bersih Republik Indonesia"]),
    ("Dinas memamerkan inovasi Clean River Day kepada rombongan tamu.", ["Clean River Day"]),
])
def test_near_misses_of_the_rules(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "program" misspelt (a letter dropped or two swapped) still introduces a name
    ("Kami tertarik pada progam Kebun Gizi Warga yang dijalankan kelurahan.", ["Kebun Gizi Warga"]),
    ("Para guru lalu memaparkan Porgram Satu Hari Tanpa Plastik di sekolah mereka.", ["Satu Hari Tanpa Plastik"]),
])
def test_a_misspelt_program_is_a_trigger(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected
