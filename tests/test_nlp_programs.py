"""Programs: trigger words, lists, learning objects, shapes; generic topics and institutions are not programs;
services as regional news writes them (e-services in lower case, the name a program goes by, acronyms inside
names, names told in full after "atau", names with an apostrophe), the bodies, predicates, devices and visits
around them that are no programs, and the near misses each rule must leave alone."""

from __future__ import annotations

import pytest

from nlp import Tagger


def programs(tagger: Tagger, text: str, title: str | None = None) -> list[str]:
    result = tagger.extract({"id": "p", "url": None, "title": title, "published": None, "text": text})
    return sorted(p["name"] for p in result["programs"])


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


def test_coined_names_in_an_innovation_list(tagger: Tagger) -> None:
    text = ("Inovasi Pemkab Sidoarjo antara lain Sidoarjo Sehat, layanan antar dokumen, Si Cantik, hingga "
            "air bersih gratis lewat aplikasi tirtaKu.")
    assert programs(tagger, text) == ["Si Cantik", "Sidoarjo Sehat", "TirtaKu"]


def test_what_a_delegation_came_to_learn(tagger: Tagger) -> None:
    text = "Rombongan tertarik dengan Digital Village Hub, Rumah Pintar Warga, serta pengelolaan pasar."
    assert programs(tagger, text) == ["Digital Village Hub", "Rumah Pintar Warga"]


def test_english_and_program_head_shapes(tagger: Tagger) -> None:
    text = ("Bupati meluncurkan Batik Care Center di alun-alun. Pendampingan Klinik Pelayanan Publik "
            "Kabupaten Ngawi terus berjalan.")
    assert programs(tagger, text) == ["Batik Care Center", "Klinik Pelayanan Publik"]


def test_acronym_names_the_same_program(tagger: Tagger) -> None:
    text = ("Pemkab Sragen membentuk Layanan Terpadu Warga Miskin (LTWM). Program LTWM kini ditiru "
            "daerah lain.")
    result = tagger.extract({"id": "a", "url": None, "title": None, "published": None, "text": text})
    (program,) = result["programs"]
    assert program["name"] == "Layanan Terpadu Warga Miskin"
    assert [m["text"] for m in program["mentions"]] == ["Layanan Terpadu Warga Miskin", "LTWM"]


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


def test_facilities_are_no_programs(tagger: Tagger) -> None:
    text = "Bupati meninjau Smart City Command Center dan Museum Blambangan, lalu membuka Klinik Kopi Lereng."
    assert programs(tagger, text) == ["Klinik Kopi Lereng"]


def test_short_quoted_names_and_e_words(tagger: Tagger) -> None:
    text = ('Warga memanfaatkan “Desa Digital Mandiri” sejak tahun lalu. Pegawai memakai aplikasi e-Presensi. '
            'Ia berkata, "Kami senang sekali dengan layanan ini."')
    assert programs(tagger, text) == ["Desa Digital Mandiri", "E-Presensi"]


def test_titled_events_and_named_means(tagger: Tagger) -> None:
    text = ("Pemkot menggelar kegiatan bertajuk Kediri Bersinar Expo di alun-alun. Keluhan warga ditampung "
            "melalui Jumat Curhat Bersama setiap pekan, bukan melalui Dinas Sosial. Gebyar Produk Desa juga "
            "ramai dikunjungi.")
    assert programs(tagger, text) == ["Jumat Curhat Bersama"]  # events (expo, gebyar) are no programs


def test_events_and_documents_are_no_programs(tagger: Tagger) -> None:
    text = ("Pemkab menggelar Festival Durian Lokal dan Wajo Culture Festival. Program Perda Pasar Rakyat "
            "dibahas, sedangkan inovasi Kartu Petani Cerdas terus berjalan.")
    assert programs(tagger, text) == ["Kartu Petani Cerdas"]


def test_lower_case_name_before_yang(tagger: Tagger) -> None:
    assert programs(tagger, "Warga ikut program tabungan sampah ceria yang digagas kelurahan.") == [
        "Tabungan Sampah Ceria"]
    assert programs(tagger, "Pemkab menambah anggaran program bedah rumah yang menyasar warga miskin.") == []


def test_named_services_launches_and_city_programs(tagger: Tagger) -> None:
    text = ("Rombongan meninjau Mal Pelayanan Publik Wajo. Pemkot menata kawasan melalui program Kota Tanpa Sampah "
            "(KOTAPAS). Sekda membuka Launching SIGAP WARGA di pendopo.")
    assert programs(tagger, text) == ["Kota Tanpa Sampah", "Mal Pelayanan Publik Wajo", "SIGAP WARGA"]


def test_frameworks_nicknames_and_generic_services_are_no_programs(tagger: Tagger) -> None:
    text = ("Pemkab meraih nilai Sistem Akuntabilitas Kinerja Instansi Pemerintah yang baik. Daerah berjuluk Bumi "
            "Panrita itu juga membuka Layanan Administrasi Kependudukan dan aplikasi Sigap Desa.")
    assert programs(tagger, text) == ["Sigap Desa"]


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


def test_a_list_of_innovations_with_their_owners(tagger: Tagger) -> None:
    text = ("Sejumlah inovasi masuk jajaran terbaik, seperti Rumah Singgah Pintar dari Dinas Sosial, Cakap Tani "
            "dari Dinas Pertanian, Peternakan dan Perikanan, serta Jaga Pesisir dari Dinas Kelautan.")
    assert programs(tagger, text) == ["Cakap Tani", "Jaga Pesisir", "Rumah Singgah Pintar"]


def test_a_numbered_list_after_a_colon(tagger: Tagger) -> None:
    text = ("Ada tiga inovasi baru yang diterapkan tahun ini, yakni:\n1. Sagu Sehat (Sajian Gizi untuk Balita)\n"
            "2. Lumbung Ikan Desa\n3. Pena Emas\nKetiganya dinilai tim juri.")
    assert programs(tagger, text) == ["Lumbung Ikan Desa", "Pena Emas", "Sagu Sehat"]


def test_positions_units_and_awards_are_no_programs(tagger: Tagger) -> None:
    text = ("Tiga perangkat daerah pemrakarsa inovasi, yakni Inspektur Kabupaten, Kepala Bappeda, serta Camat "
            "Kota, hadir. Pemkab meraih penghargaan Green Harbour Award tahun lalu. Rapat digelar lewat "
            "Bappeda Pemerintah Kota Bitung, bersama Pokja Smart Living.")
    assert programs(tagger, text) == []


def test_a_name_half_in_lower_case_and_a_lone_word_closing_the_list(tagger: Tagger) -> None:
    text = "Dari pokja itu lahir inovasi Ambulans siaga serta Pelangi, yaitu layanan rumah layak huni."
    assert programs(tagger, text) == ["Ambulans siaga", "Pelangi"]


def test_a_region_after_a_trigger_starts_no_list(tagger: Tagger) -> None:
    text = "Sebagai pengelola inovasi Sulteng, Balitbangda Sulteng terus menghadirkan inovasi baru."
    assert programs(tagger, text) == []


def test_capital_e_services_and_dashed_names(tagger: Tagger) -> None:
    text = ("Warga memakai E-Kalender Tani. Pemkot juga mengembangkan inovasi Wisata Bahari–Pulau Indah, "
            "bukan sekadar E-Mail dinas.")
    assert programs(tagger, text) == ["E-Kalender Tani", "Wisata Bahari–Pulau Indah"]


def test_an_ordinal_list_of_innovations(tagger: Tagger) -> None:
    text = ("Kelima inovasi itu ialah, pertama, smart desa Sehati v 2.0 - urusan pelayanan dasar; kedua, smart "
            "KAMPUNGKU; ketiga, Inovasi Layanan Antar (LANTAR); keempat, mobil sehat keliling; dan kelima, Membaca "
            "Cerita Bersama (Mecerita). Program itu pertama kali digelar. Kedua, kami pulang.")
    assert programs(tagger, text) == ["Layanan Antar", "Membaca Cerita Bersama", "Mobil sehat keliling",
                                      "Smart KAMPUNGKU", "Smart desa Sehati v 2.0"]


def test_a_name_in_brackets_after_its_lower_case_description(tagger: Tagger) -> None:
    text = ("Berikutnya sistem informasi wisata Palu, Sulawesi Tengah (Sip Wisata) direplikasi. Ia memuji "
            "layanan kesehatan Dinas Kesehatan (Dinkes) di sana.")
    assert programs(tagger, text) == ["Sip Wisata"]


def test_subheadings_and_links_to_other_articles(tagger: Tagger) -> None:
    text = ("Pemkab Sikka meluncurkan Kartu Warga Sehat bulan lalu.\nBaca juga: Mal Pelayanan Publik "
            "Diresmikan Bupati\nSinergi Data dan Pengambilan Keputusan\nWarga memakai Kartu Warga Sehat.")
    assert programs(tagger, text) == ["Kartu Warga Sehat"]


def test_an_expansion_in_brackets_and_a_leading_app_word(tagger: Tagger) -> None:
    text = ("BPBD meluncurkan Siaga Ojek (Sistem Ojek Online Peduli Bencana). Gubernur meluncurkan Aplikasi "
            "SIMANTAP dan aplikasi Warga Lapor.")
    assert programs(tagger, text) == ["SIMANTAP", "Siaga Ojek", "Warga Lapor"]


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


def test_a_status_and_a_government_field_are_no_programs(tagger: Tagger) -> None:
    text = ("Kota Palu meraih status Kota Sangat Inovatif. Pendampingan dilakukan lewat Bidang Riset Daerah "
            "setiap bulan.")
    assert programs(tagger, text) == []


def test_a_coined_name_and_what_it_stands_for(tagger: Tagger) -> None:
    text = ("Proyek pertama, Sarinda (Sapa Warga Ringankan Pendapatan Daerah), dikerjakan Badan Pendapatan Daerah "
            "(Bapenda). Kepala Bapenda (Badan Pendapatan Daerah) hadir. Kota itu unggul di sektor MICE (Meeting, "
            "Incentive, Convention, and Exhibition).")
    assert programs(tagger, text) == ["Sarinda"]


def test_english_words_alone_need_a_sentence_about_a_program(tagger: Tagger) -> None:
    text = ("Rombongan meninjau pusat komando Sorong Smart City di balai kota. Komunitas Bitung Creative Hub ikut "
            "hadir. Pemkot Bitung menerapkan Bitung Green Office sejak 2024.")
    assert programs(tagger, text) == ["Bitung Green Office"]


def test_an_acronym_then_a_verb_and_joiners_inside_a_name(tagger: Tagger) -> None:
    text = ("Inovasi SIMANIS dikembangkan seorang guru. Warga belajar memakai Aplikasi Data Terpadu untuk Warga "
            "Sejahtera (DATUWS). Ada 15 jenis inovasi SDM yang dipamerkan.")
    assert programs(tagger, text) == ["Data Terpadu untuk Warga Sejahtera", "SIMANIS"]


def test_a_framework_explained_in_brackets_is_no_program(tagger: Tagger) -> None:
    text = ("Nilai SPBE (Sistem Pemerintahan Berbasis Elektronik) naik, begitu pula SAKIP (Sistem Akuntabilitas "
            "Kinerja Instansi Pemerintah) daerah itu.")
    assert programs(tagger, text) == []


def test_parser_and_model_spans_need_a_sentence_about_a_program() -> None:
    from nlp.programs import ProgramFinder

    text = "Rombongan disambut Tari Gending Sriwijaya. Pemkot menerapkan Sapa Lansia Mandiri sejak 2024."
    spans = [(text.index("Tari"), text.index(".")), (text.index("Sapa"), text.index(" sejak"))]
    assert [p.name for p in ProgramFinder(set()).find(text, [], [], extra=spans)] == ["Sapa Lansia Mandiri"]


@pytest.mark.parametrize("text", [
    # organisations: a party, a foreign agency, scouts, a foundation
    "Ketua Komisi I berasal dari Partai Gerakan Rakyat Makmur (Gerama).",
    "Kedutaan Besar Belanda membawa program Dutch Water Partnership Agency ke Kota Blitar.",
    "Siswa mengikuti kegiatan Gerakan Pramuka di Kabupaten Bantul.",
    "Bantuan itu disalurkan lewat Yayasan Cahaya Bangsa Sejahtera.",
    # a local government written as Pemda
    "Surat itu diterima melalui Pemda Karanganyar pekan lalu.",
    # a status or nickname in quotes
    'Kemendagri menetapkan Kota Blitar sebagai "Kota Sangat Inovatif" tahun ini.',
    'Bantul dijuluki "Bumi Projotamansari" oleh warganya.',
    # a gate, a student placement, a course numbered in roman numerals
    "Rombongan melewati gerbang Candi Prambanan sebelum rapat.",
    "Mereka mahasiswa yang menjalani program Kuliah Kerja Nyata (KKN) di desa itu.",
    "Peserta Kursus Singkat Angkatan (KSA) XLII Lembaga Pertahanan Negara (LPN) berkunjung ke Pemkab.",
])
def test_organisations_statuses_and_everyday_nouns_are_no_programs(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == []


def test_headline_name_needs_its_capitals_in_the_body(tagger: Tagger) -> None:
    title = "Pemkab Kudus Belajar Pengelolaan Pesisir ke Jepara"
    text = "Pemkab Kudus belajar pengelolaan pesisir ke Kabupaten Jepara, Senin."
    assert programs(tagger, text, title) == []
    title = "Pemkab Kudus Belajar Kampung Pesisir Lestari ke Jepara"
    text = "Pemkab Kudus belajar program Kampung Pesisir Lestari ke Kabupaten Jepara, Senin."
    assert programs(tagger, text, title) == ["Kampung Pesisir Lestari"]


def test_a_listed_name_is_not_the_next_clause_subject(tagger: Tagger) -> None:
    text = "Soal program Sapa Lansia, Budi Hartono menegaskan inovasi itu lahir dari keluhan warga."
    assert programs(tagger, text) == ["Sapa Lansia"]


def test_an_acronym_whose_letters_stray_names_the_program_before_it(tagger: Tagger) -> None:
    text = ("Dinas Pendidikan memamerkan inovasi Sistem Pelaporan Kekerasan Terpadu dan Responsif (SIKATOK).\n"
            "Inovasi SIKATOK dikembangkan guru SMA setempat.")
    assert programs(tagger, text) == ["Sistem Pelaporan Kekerasan Terpadu dan Responsif"]


@pytest.mark.parametrize("text, expected", [
    # examples after a program word
    ("Pemkot punya 40 program strategis, salah satunya Kota Bersinar Terang.", ["Kota Bersinar Terang"]),
    # the service hall, however the source spells it
    ("Rombongan studi tiru ke Mall Perizinan Warga Kabupaten Wonogiri. Mal Perizinan Warga itu buka tiap hari.",
     ["Mall Perizinan Warga"]),
    # a name and its acronym owned by a unit
    ("Mereka melihat Pusat Layanan Tani Terpadu (PLTT) yang dikelola Dinas Pertanian.", ["Pusat Layanan Tani Terpadu"]),
    # what a delegation is interested in managing
    ("Ketua rombongan tertarik pada pengelolaan Sekolah Nelayan Muda (SNM) di Kabupaten Wonogiri.",
     ["Sekolah Nelayan Muda"]),
    ("Ia tertarik pada pengelolaan Sekolah Nelayan Muda (SNM) serta pengelolaan pertanian lain.",
     ["Sekolah Nelayan Muda"]),
    # a described system named in brackets after a place
    ("Berikutnya sistem informasi wisata Tuban, Jawa Timur (Sip Wisata) yang direplikasi Dinas Pariwisata.",
     ["Sip Wisata"]),
])
def test_examples_halls_owned_and_learned_names(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text", [
    "Pendapatan daerah naik melalui Dana Alokasi Khusus (DAK) dan pajak.",
    "Kunjungan ini dalam rangka Program Kunjungan Kerja Komisi III DPRD Kabupaten Wonogiri.",
    "Rombongan ingin mempelajari penerapan Rencana Kerja DPRD Jateng tahun ini.",
    "Lalu pemerintah pusat lewat Kemen PAN-RB meminta daerah membangun mal pelayanan.",
    'Puncak hari jadi itu bertema "Bersatu kita maju, rakyat sejahtera".',
    "Mereka studi tiru mengenai sistem desa adat, pemilihan perbekel (Kades-red), dan pariwisata.",
    "Dewan meminta program bus gratis diperluas ke desa.",
])
def test_budget_visits_bodies_themes_and_free_services_are_no_programs(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == []


@pytest.mark.parametrize("text", [
    "Program itu dijalankan melalui Asisten Perekonomian dan Pembangunan Setda.",
    "Pemprov menggagas Rencana Aksi Daerah (RAD) Pangan dan Gizi bersama Bappeda.",
    "Rombongan belajar tentang Reformasi Birokrasi dan Manajemen Risiko di Pemkot.",
])
def test_positions_plans_and_evaluation_frameworks_are_no_programs(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == []


@pytest.mark.parametrize("text, expected", [
    # a numbered list in the sentence
    ("Program unggulan yang dipaparkan yaitu 1) Kartu Peternak Sejahtera, 2) Beasiswa Anak Nelayan.",
     ["Beasiswa Anak Nelayan", "Kartu Peternak Sejahtera"]),
    # a name and, after "atau", its acronym: one program
    ("Inovasi lainnya adalah Sistem Antrean Daring Warga atau SADW yang bisa diakses warga.",
     ["Sistem Antrean Daring Warga"]),
    # what a study visit was about
    ("Rombongan melakukan studi tiru tentang Kampung Siaga Banjir yang dikembangkan BPBD.", ["Kampung Siaga Banjir"]),
])
def test_numbered_lists_alternative_acronyms_and_study_topics(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text", [
    "Pertemuan dilanjutkan melalui Zoom Meeting dengan para camat.",
    "Informasi program dapat diakses melalui Google Form yang disebar dinas.",
    "Rombongan makan siang di Sukamaju Food Court sebelum melihat layanan kependudukan.",
    "Mereka juga menerima penjelasan mengenai layanan Kartu Keluarga di kecamatan.",
])
def test_meeting_tools_venues_and_civil_documents_are_no_programs(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == []


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


def test_a_units_service_is_no_program(tagger: Tagger) -> None:
    assert programs(tagger, "Layanan PDAM dan layanan Puskesmas dipaparkan dalam pertemuan itu.") == []


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


@pytest.mark.parametrize("text", [
    # sectors and indicators spelt out near a program word
    "Rombongan datang guna mempelajari kemandirian Usaha Mikro Kecil Menengah (UMKM), program kesehatan, serta "
    "cara menurunkan Angka Kematian Bayi (AKB).",
    # "seperti ini" closes a lower-case phrase after "program"
    "Harapannya, program bantuan seperti ini terus berjalan.",
    # listed goals written with capitals and an award
    "Kota itu dikenal lewat beberapa program, antara lain Penataan Pasar Rakyat, Penguatan Ekonomi Warga dan "
    "Penghargaan Piala Kebersihan.",
    # a course's cohort, and the rules of procedure of a council
    "Rombongan peserta program Kursus Pimpinan Angkatan 40 tiba di kantor bupati.",
    "Pansus DPRD itu mempelajari Tatib Persidangan yang baru disahkan DPRD provinsi tetangga.",
])
def test_sectors_goals_awards_cohorts_and_rules_of_procedure_are_no_programs(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Kesejahteraan warga naik lewat program anak asuh kelurahan, kata lurah.", ["Anak Asuh Kelurahan"]),
    ("Dana itu dipakai untuk program prioritas daerah, kata sekda.", []),
])
def test_a_lower_case_name_may_end_with_its_level(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


def test_a_trigger_inside_a_quoted_theme_names_no_program(tagger: Tagger) -> None:
    text = 'Upacara itu mengusung tema "Sukseskan Program Imunisasi Anak Menuju Kota Sehat dan Sejahtera".'
    assert programs(tagger, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Kota itu bersih lewat gerakan moral Salimbu, yang berarti sampah diambil lalu dibuang.", ["Salimbu"]),
    ("Warga desa ikut program desa Sukamaju tahun ini.", []),
])
def test_a_coined_word_explained_after_a_description(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Peserta akan melihat Stadion Utama, Perpustakaan Daerah dan ke Mal KTM sore nanti.", []),
    ("Pemkab meresmikan Mal Pelayanan Warga di pusat kota.", ["Mal Pelayanan Warga"]),
])
def test_a_shopping_mall_is_no_program(tagger: Tagger, text: str, expected: list[str]) -> None:
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


@pytest.mark.parametrize("text", [
    # the short form of a generic phrase
    "Kunjungan itu membahas penyusunan program kerja (Proker) dewan tahun depan.",
    # a lower-case phrase after "program" that opens with a preposition
    "Hasilnya dipakai untuk perbaikan program sesuai hasil penilaian.",
    # a seminar's title, with "melalui" inside it
    "Hal itu disampaikan dalam Seminar Nasional Memperkuat Budaya Kerja melalui Kolaborasi Antar Daerah di Sukamaju.",
    # a management concept, however it is written
    "Pemkab menggandeng swasta lewat program Corporate Social Responsibility (CSR) untuk membangun taman.",
])
def test_generic_short_forms_prepositions_and_event_titles_are_no_programs(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == []


def test_a_listed_program_described_in_lower_case_with_its_name_in_brackets(tagger: Tagger) -> None:
    text = ("Kementerian itu punya empat program untuk desa, seperti produk andalan kampung (Prodeska), lumbung "
            "desa, dan terakhir Sahabat Baca Desa (Sabades).")
    assert programs(tagger, text) == ["Prodeska", "Sahabat Baca Desa"]


@pytest.mark.parametrize("text, expected", [
    # a list after "programnya" (a program word with its suffix); a certification is no program
    ("Kabupaten itu dikenal lewat programnya, yakni Kampung Hijau Lestari (KHL), Sertifikasi Halal Mandiri, dan "
     "Sekolah Alam Desa. Semua berjalan.", ["Kampung Hijau Lestari", "Sekolah Alam Desa"]),
    # an example after "pelayanan"
    ("Pemkot membangun pusat pelayanan terpadu, misalnya Pusat Pelayanan Satu Atap (PPSA). Warga senang.",
     ["Pusat Pelayanan Satu Atap"]),
    # an e-service written in lower case after a trigger
    ("Dinas itu meluncurkan aplikasi e-rapor yang memudahkan warga.", ["E-rapor"]),
    # everyday activities written with capitals after a lower-case "program" name programs; in lower case they don't
    ("Bupati dulu menjalankan program Bedah Rumah dan Air Bersih bagi warga.", ["Air Bersih", "Bedah Rumah"]),
    ("Warga butuh program bedah rumah dan air bersih.", []),
    # a name with its acronym set up as a pilot project
    ("Desa itu ditetapkan sebagai pilot project dalam bentuk Peta Desa Akurat (PDA) oleh kementerian.",
     ["Peta Desa Akurat"]),
])
def test_program_suffixes_examples_e_services_and_named_activities(tagger: Tagger, text: str,
                                                                    expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text", [
    # the central government's programs
    "Daerah itu masih bergantung pada program Pusat yang masuk ke desa.",
    # a port's shipping service
    "Bupati mempromosikan layanan pelayaran Pelabuhan Tanjung Sari ke Pulau Seberang.",
    # a student course, and its acronym afterwards
    "Pemkab bekerja sama dengan Program Kuliah Kerja Nyata (KKN) kampus. Lewat program KKN, mahasiswa membantu desa.",
    # a room named after a concept
    "Rombongan melihat ruangan Big Data terkait aplikasi warga.",
])
def test_owners_ports_courses_and_concepts_are_no_programs(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == []


def test_an_acronym_joins_a_name_that_a_list_split_at_dan(tagger: Tagger) -> None:
    text = "Rombongan datang untuk belajar tentang Pusat Layanan Air dan Sanitasi (PLAS) milik Pemkot Sukamaju."
    assert programs(tagger, text) == ["Pusat Layanan Air dan Sanitasi"]


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
    # a tourism village and a waste site are places
    ("Mereka belajar pengelolaan Desa Wisata Sukamulya.", []),
    ("Studi banding difokuskan pada Tempat Pengolahan Sampah Terpadu (TPST) milik Pemkot.", []),
    ("Pemkab meluncurkan program Desa Wisata Digital.", ["Desa Wisata Digital"]),
])
def test_places_are_no_programs(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # quoted spirits, slogans, nicknames, dances and advice are no programs
    ('Bupati mengajak warga dengan semangat “Gotong Royong Membangun Desa” untuk bekerja.', []),
    ('Pemkot mengusung jargon "Sukamulya Maju Bersama" dalam lima tahun.', []),
    ('Ia menyebut kota itu "Kota Seribu Taman" karena hijau.', []),
    ('Rombongan juga menyaksikan "Tari Gandrung" di pendopo.', []),
    ('Kepala dinas berpesan agar "Jangan Pernah Berhenti Belajar" kepada peserta.', []),
    # a quoted name that a naming verb gives a program
    ('Bupati menyebut program "Desa Kita Maju" berhasil.', ["Desa Kita Maju"]),
])
def test_quoted_slogans_nicknames_and_art_are_no_programs(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # named programs put to work, the second repeating the first one's head
    ("Kabupaten itu sedang gencar menerapkan Desa Terbuka dan Desa Ramah Difabel.",
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
    # a list after a colon, after a program word or a change project
    ("Pemkot memaparkan tiga inovasi: Posyandu Digital, Si Jempol dan Rumah Gizi.",
     ["Posyandu Digital", "Rumah Gizi", "Si Jempol"]),
    ("Peserta diklat membuat empat proyek perubahan yang dirancang dinas: Sapa Tani, Kebun Kita, dan Lumbung Pintar "
     "Desa.", ["Kebun Kita", "Lumbung Pintar Desa", "Sapa Tani"]),
    # the stages of a laboratory named with the word
    ("Inovasi itu melewati tahapan Kelas Inovasi: Drum Up, Diagnose dan Design.", []),
])
def test_lists_after_a_colon(tagger: Tagger, text: str, expected: list[str]) -> None:
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
    # the quoted name of an award is no program, unless a program word names what won it
    ("Kota itu menerima penghargaan dari Presiden yaitu, “Satya Karya Utama” pada 2019.", []),
    ("Pemkot meraih penghargaan berkat inovasi “Sapa Warga Malam” tahun ini.", ["Sapa Warga Malam"]),
    # groups of employees in a list of programs
    ("Wali kota memaparkan program seperti Jumat Peduli, sedekah nasi bagi ASN dan PTT.", ["Jumat Peduli"]),
])
def test_awards_and_groups_in_lists(tagger: Tagger, text: str, expected: list[str]) -> None:
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


@pytest.mark.parametrize("text, expected", [
    # the title of a law or a regulation, and a unit's name inside a position, are no programs
    ("Anggota DPR menyerap masukan mengenai Rancangan Undang-Undang (RUU) Sistem Pendidikan Nasional di daerah.", []),
    ("Kepala Bagian Persidangan, Hukum, Alat Kelengkapan Dewan (AKD) dan Layanan Aspirasi Sekretariat DPRD Sukamaju "
     "menjelaskan jadwal rapat.", []),
    # the plural describes programs; a legislative programme and a health restriction are no named programs
    ("Kami ingin mendengar program-program pro rakyat yang bersentuhan langsung dengan warga.", []),
    ("Bapemperda menyusun program Pembentukan Perda bersama pemerintah daerah.", []),
    ("Pemprov kembali menerapkan Pembatasan Sosial Berskala Besar (PSBB) sehingga kunjungan dibatalkan.", []),
])
def test_laws_units_plurals_and_restrictions(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # quoted nicknames of a building or a city
    ('Rombongan datang ke "Rumah Rakyat" (Gedung DPRD Provinsi Sukamaju), Senin.', []),
    ('Anggota dewan kembali meninggalkan "Rumah Rakyat", gedung legislatif provinsi, pekan depan.', []),
    ('Pimpinan rombongan wakil rakyat "Kota Bunga" Malang menyampaikan sejumlah pertanyaan.', []),
    # a quoted name of a program is still one
    ('Dinas itu memperkenalkan "Rumah Baca Warga" kepada tamu dari daerah lain.', ["Rumah Baca Warga"]),
])
def test_quoted_nicknames_of_places(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


def test_an_acronym_in_the_headline_joins_the_program_it_names(tagger: Tagger) -> None:
    text = ("Tim mempelajari program Layanan Sehat Terpadu (LST) di puskesmas kota. Mereka melihat penerapan LST "
            "yang berjalan. Peraturan Menteri Kesehatan (Permenkes) tentang Layanan Sehat Tingkat Pertama (LST) juga "
            "dibahas.")
    result = tagger.extract({"id": "h", "url": None, "title": "Dinkes Studi Tiru LST ke Kota Sukamaju",
                             "published": None, "text": text})
    assert [p["name"] for p in result["programs"]] == ["Layanan Sehat Terpadu"]


@pytest.mark.parametrize("text, expected", [
    # networks, forums and communities are organisations
    ("Kota itu bergabung dengan Jaringan Kota Hijau Nusantara sejak 2019 untuk program lingkungan.", []),
    ("Program itu dibantu German Technical Cooperation selama tiga tahun.", []),
    # one program however its dash is typed
    ("Desa meluncurkan Wisata Alam–Desa Hijau tahun lalu. Kini inovasi Wisata Alam-Desa Hijau ramai dikunjungi.",
     ["Wisata Alam–Desa Hijau"]),
])
def test_organisations_and_dashes(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an action's object after a description is no name: "pengendalian" waits for what it controls
    ("Dinas menggelar gerakan massal pengendalian HPTK di sentra jeruk.", []),
    ("Pemkab menjalankan program pengentasan kemiskinan Gerak Warga Mandiri sejak 2022.", ["Gerak Warga Mandiri"]),
    # staff named by their post's acronym
    ("Dinas menempatkan tenaga PHPT (Pengamat Hama Penyakit Tanaman) di tiap kecamatan.", []),
])
def test_objects_of_actions_and_staff_posts(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


def test_participants_of_a_course_spell_no_program(tagger: Tagger) -> None:
    text = ("Sukamaju Tempat Studi Inovasi\n\nSUKAMAJU - Peserta Pelatihan Kepemimpinan Administrator (PKA) dari "
            "berbagai daerah memanfaatkan Kabupaten Sukamaju sebagai tempat studi lapangan.")
    assert programs(tagger, text) == []


@pytest.mark.parametrize("text, expected", [
    # a linked article's title (written in capitals) names a program only after a trigger, up to a verb
    ("Rombongan tiba pukul sembilan.\nBaca Juga: Pemkot Digitalisasi Sekolah Lewat Aplikasi Sapa Guru\nMereka "
     "disambut sekda.", ["Sapa Guru"]),
    ("Rombongan tiba pukul sembilan.\nBaca Juga: Dukung Kota Cerdas, Dinas Luncurkan Layanan Baru\nMereka disambut "
     "sekda.", []),
])
def test_linked_titles(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


def test_a_coined_word_and_its_spelt_out_name_are_one_program(tagger: Tagger) -> None:
    text = ("Desa itu mengembangkan sejumlah aplikasi. Ada SiMantap (Sistem Informasi Manajemen Tata Pangan) untuk "
            "warga. Aplikasi SiMantap kini dipakai semua dusun.")
    assert programs(tagger, text) == ["SiMantap"]


@pytest.mark.parametrize("text", [
    # concepts and frameworks written with capitals are no named programs
    "Pemkot Sukamaju menerapkan konsep Dynamic Governance dalam pelayanan.",
    "Warga diajak mengembangkan Urban Farming di pekarangan rumah melalui program kelurahan.",
    "Inovasi itu tumbuh dari kolaborasi Lintas Sektor di kabupaten.",
    "Bappeda memperkuat Sistem Inovasi Daerah lewat aplikasi pelaporan.",
])
def test_concepts_with_capitals(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == []


@pytest.mark.parametrize("text, expected", [
    # a capitalised trigger opening a sentence after one that ends in a name still introduces a program
    ("Warga menyambut baik langkah Pemkot Sukamaju. Program Kampung Iklim kini berjalan di tiap RW.",
     ["Kampung Iklim"]),
    ("Rombongan tiba di Sukamaju. Inovasi Peserta Pelatihan itu dinilai.", []),
    # an adjective between the trigger and a quoted name
    ('Dinas itu memperkenalkan aplikasi andalan "Simpel" kepada tamu.', ["Simpel"]),
])
def test_sentence_initial_triggers_and_quoted_names(tagger: Tagger, text: str, expected: list[str]) -> None:
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
    # laws, budget and planning documents, competitions: no programs
    ("Mereka juga membahas Qanun Nomor 5 Tahun 2020 tentang Layanan Berobat Tanpa Biaya.", []),
    ("Rombongan belajar tentang Kebijakan Umum Anggaran (KUA) dan Prioritas Plafon Anggaran Sementara (PPAS).", []),
    ("Studi tiru itu mempelajari Laporan Keuangan Pemerintah Daerah (LKPD) dan Opini WTP.", []),
    ("Inovasi itu meraih Top 45 Kompetisi Inovasi Pelayanan Publik (KIPP) tahun lalu.", []),
    # a coined two-word item of a list of innovations, its second word an English program word
    ("Bupati memaparkan sejumlah inovasi, yakni Sapa Warga, Si Cepat, dan Desa Digital.",
     ["Desa Digital", "Sapa Warga", "Si Cepat"]),
])
def test_documents_and_listed_english_names(tagger: Tagger, text: str, expected: list[str]) -> None:
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
    ("Rombongan mempelajari penerapan aplikasi SIPANTAS dan SIPD di Sukamaju.", ["SIPANTAS", "SIPD"]),
    ("Mereka belajar soal SIPANTAS, aplikasi arsip dinamis.", ["SIPANTAS"]),
    ("Mereka mempelajari aplikasi Sapa Warga dan BPKAD di sana.", ["Sapa Warga"]),
])
def test_acronyms_coordinated_or_explained(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what guests came to learn: the use of a named program
    ("Rombongan ingin mempelajari pemanfaatan Sapa Warga di Sukamaju.", ["Sapa Warga"]),
    # a new autonomous region is a concept
    ("Komisi I mempelajari keberhasilan DOB di kabupaten itu.", []),
])
def test_the_use_of_a_program_learnt(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a government, a law's plan and a faculty after a trigger are no programs
    ("Langkah inovasi Pemerintahan Desa Sukamakmur dalam mengelola hutan adat diapresiasi.", []),
    ("Dananya berasal dari program Pemko Sukamaju untuk pemerataan pembangunan.", []),
    ("Mereka mempelajari Program Legislasi Daerah (Prolegda) tahun ini.", []),
    ("Diskusi digelar di gedung program Studi Sejarah, Fakultas Ilmu Budaya, Universitas Sukamaju.", []),
    # a group spelt out before its common acronym
    ("Kami mempelajari sistem manajemen Aparatur Sipil Negara (ASN) di sana.", []),
    # a possessive closing the name
    ("Kami akan meniru aplikasi Sidarling-nya mulai besok.", ["Sidarling"]),
])
def test_bodies_groups_and_possessives(tagger: Tagger, text: str, expected: list[str]) -> None:
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
    # a short form of a generic phrase or of a law's outreach after a lower-case description
    ("Pertemuan juga membahas inovasi layanan publik (Yansik) di kecamatan.", []),
    ("Dewan menjalankan program rutin berupa penyuluhan Perda (Sosda) tiap bulan.", []),
    # an acronym spelt out as a post or a body in brackets
    ("Tamu mempelajari sistem PPIK (Pejabat Pengelola Informasi Kelurahan) di sana.", []),
    # an owner in brackets after a listed name is no expansion
    ("Inovasinya antara lain Kebun Pintar atau Kelas Tanam Sayur (Dinas Pertanian) dan Simaya.",
     ["Kebun Pintar", "Kelas Tanam Sayur", "Simaya"]),
])
def test_short_forms_of_generic_phrases_and_posts(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


def test_a_headline_written_again_in_the_text(tagger: Tagger) -> None:
    title = ("Mahasiswa Dorong Pendataan Warga dan Gerakan Sapu Bersih, Wabup Sukamaju: Kolaborasi Ini Menentukan "
             "Capaian Kita")
    text = title + "\n\nMahasiswa magang di Kabupaten Sukamaju membantu pendataan warga miskin."
    assert programs(tagger, text, title) == []


def test_a_lower_case_list_item_of_indonesian_words(tagger: Tagger) -> None:
    text = ("Aplikasi itu melayani banyak hal, seperti pembuatan surat desa, data kependudukan warga, dan warga "
            "corner.")
    assert programs(tagger, text) == ["Warga corner"]


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
    from nlp.programs import _says_what
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
    # bodies and places after a trigger
    ("Pelatihan itu bagian dari program BPBD Jatim untuk relawan.", []),
    ("Sejak 2019 pemkab menjalankan Program Beasiswa untuk mahasiswa.", []),
    # the Indonesian word for a concept that names no program
    ('Mereka mempelajari pengembangan "Kota Cerdas" di daerah itu.', []),
    # a quoted name of a building, or of what the capitalised word before it names
    ("Suasana ‘Rumah Rakyat’ gedung DPRD ramai sejak pagi.", []),
    ('Tamu mampir ke gerai Kelompok Tani "Tunas Harapan" dan melihat program Dapur Gizi Dusun.',
     ["Dapur Gizi Dusun"]),
    # ... but a unit's or a region's word before a quoted name is its owner
    ('Inovasi Dinas Kesehatan "Jemput Bola Lansia" dijelaskan kepada tamu.', ["Jemput Bola Lansia"]),
    ('Pemkab memamerkan inovasi Kabupaten Banyumas "Sapa Warga" kepada tamu.', ["Sapa Warga"]),
    # a lone e-service or a capitalised system in a link to another article
    ("Panen raya dimulai.\n\nLihat juga: Puskesmas Sukamaju Mulai Pakai E-Antrean\n\nPetani senang.", []),
    ("Panen raya dimulai.\n\nBaca juga: Rektor Minta Mahasiswa Pahami Sistem Hukum Adat\n\nPetani senang.",
     []),
    # ... unless another trigger leads it
    ("Dewan membahas sekolah.\n\nBaca Juga: Sukamaju Masuk Program Gerakan Sekolah Teduh\n\nRapat selesai.",
     ["Gerakan Sekolah Teduh"]),
])
def test_bodies_concepts_and_names_of_other_things(tagger: Tagger, text: str, expected: list[str]) -> None:
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


@pytest.mark.parametrize("text, expected", [
    # e-services in lower case in a list, the dash maybe a space when another e-service stands beside it
    ("Sekretariat daerah memodernkan kerjanya dengan layanan daring, antara lain e-nota, e gudang, arsip "
     "terpadu dan sebagainya.", ["E gudang", "E-nota"]),
    ("Dua kabupaten itu memakai sistem e lelang dan e tagihan untuk belanja barang.", ["E lelang", "E tagihan"]),
    # the name a program goes by, right after it: "X, yang biasa disebut “Y”"
    ("Wali kota menghidupkan lagi program unggulan Lurah Berkantor di Pasar, yang biasa disebut “Lubang Pasar”, "
     "sejak Januari.", ["Lubang Pasar"]),
    # a name with an acronym the text spells out is the program named with its words
    ("Tamu meninjau Pojok Layanan Kependudukan Terpadu (Lakadu) di kecamatan. Camat menyebut program Pojok "
     "Lakadu kini hadir di sembilan kelurahan.", ["Pojok Layanan Kependudukan Terpadu"]),
    # "Name (ACR) Rest": the words after the acronym are no name of their own
    ("Dinas mengirim berkas Gerai Izin Nelayan (GIN) Versi Daring ke provinsi, lalu aplikasi GIN Versi Daring "
     "diuji di tiga pelabuhan.", ["GIN Versi Daring", "Gerai Izin Nelayan"]),
    # "A atau B" with B spelling A: one program told in full
    ("Dua terobosan dinas itu ialah Gema Tani atau Gerakan Masyarakat Tanam Sayur Organik (Dinas Pertanian), serta "
     "Lencana TBS atau Teman Belajar Sebaya (Dinas Pendidikan).", ["Gema Tani", "Lencana TBS"]),
    # an apostrophe inside a coined name
    ("Camat membanggakan beberapa terobosan, di antaranya Ru’ah Baca, Ma’mur Tani dan Lentera Dusun.",
     ["Lentera Dusun", "Ma’mur Tani", "Ru’ah Baca"]),
])
def test_services_as_regional_news_writes_them(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym and a predicate about it, no lower-case complement of its name
    ("Sejak dibuka, kunjungan warga ke layanan LPK tergolong ramai.", ["LPK"]),
    # the agencies serving in a public-service hall
    ("Lantai dua ruang itu diisi loket Imigrasi, Samsat, PLN, BPN dan Telkom bagi warga kota.", []),
    # a national body: a body's word opening a name closed by the nation
    ("Tim itu merujuk catatan Badan Pengawas Pangan Republik Indonesia ketika memeriksa dapur sekolah.", []),
    # devices spelt out in brackets
    ("Setiap halte dipasangi CCTV (Closed Circuit Television), sedangkan armada memakai GPS (Global Positioning "
     "System).", []),
    ("Dinas itu kini memakai SIDA (Sistem Informasi Data Aset) untuk mencatat barang.", ["SIDA"]),
    # a concept, however it is introduced
    ("Pemkot menerapkan sistem bernama Electronic Government di semua dinas.", []),
    # a working visit is no program
    ("Fraksi itu menjadwalkan program Kunker Reses Anggota (KRA) dua kali setahun.", []),
])
def test_bodies_predicates_devices_and_visits(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


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
    ("Pemkab memperluas TKD (Tabungan Kesehatan Desa) ke semua kecamatan.", ["TKD"]),
    # a name closed by the nation without a body's word first, and a "... Day" program, stay programs
    ("Sekolah menjalankan program Gerakan Sekolah Bersih Republik Indonesia sejak tahun lalu.",
     ["Gerakan Sekolah Bersih Republik Indonesia"]),
    ("Dinas memamerkan inovasi Clean River Day kepada rombongan tamu.", ["Clean River Day"]),
])
def test_near_misses_of_the_rules(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected
