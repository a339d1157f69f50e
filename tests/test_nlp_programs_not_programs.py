"""What is no program: positions, bodies and organisations, places and venues, devices, dates and events, documents
and laws, frameworks, awards, slogans and nicknames, concepts and everyday nouns; an organisation head of the region
lexicon (data/region_words.csv kind org_head: a regional enterprise, a bank) opens no program; competition rankings,
a council's rules of procedure and events named like programs (a study trip, "Kaji Banding" too, an evaluation, a
handover, a numbered expo, a camp, a birthday, a law), while the program they are about stays; a name the text writes
after a position title ("Kepala Kampung X"), a body, a document, a tour, an award or a position written another way,
and an acronym an award spells out; a plural (a reduplicated first word), a health laboratory and a name closed by a
national body ("... RI", a ministry's short name); a means named only after "melalui / lewat", and an acronym spelt
out in brackets in a sentence that speaks of no program; a lower-case phrase after "inovasi" or "aplikasi" (read as
a name only after "program"); the capitalised words after a bare "belajar" (a visiting group, a place, a word run
together), while "mempelajari" and "belajar tentang" still name what was learnt; the words after a trigger that
follows a capitalised word (a unit's "Bidang Pengembangan Sistem ..."), even one the text writes in lower case too."""

from __future__ import annotations

import pytest
from nlp_helpers import programs

from nlp import Tagger


def test_facilities_are_no_programs(tagger: Tagger) -> None:
    text = "Bupati meninjau Smart City Command Center dan Museum Blambangan, lalu membuka Klinik Kopi Lereng."
    assert programs(tagger, text) == ["Klinik Kopi Lereng"]


def test_events_and_documents_are_no_programs(tagger: Tagger) -> None:
    text = ("Pemkab menggelar Festival Durian Lokal dan Wajo Culture Festival. Program Perda Pasar Rakyat "
            "dibahas, sedangkan inovasi Kartu Petani Cerdas terus berjalan.")
    assert programs(tagger, text) == ["Kartu Petani Cerdas"]


def test_frameworks_nicknames_and_generic_services_are_no_programs(tagger: Tagger) -> None:
    text = ("Pemkab meraih nilai Sistem Akuntabilitas Kinerja Instansi Pemerintah yang baik. Daerah berjuluk Bumi "
            "Panrita itu juga membuka Layanan Administrasi Kependudukan dan aplikasi Sigap Desa.")
    assert programs(tagger, text) == ["Sigap Desa"]


def test_positions_units_and_awards_are_no_programs(tagger: Tagger) -> None:
    text = ("Tiga perangkat daerah pemrakarsa inovasi, yakni Inspektur Kabupaten, Kepala Bappeda, serta Camat "
            "Kota, hadir. Pemkab meraih penghargaan Green Harbour Award tahun lalu. Rapat digelar lewat "
            "Bappeda Pemerintah Kota Bitung, bersama Pokja Smart Living.")
    assert programs(tagger, text) == []


def test_a_status_and_a_government_field_are_no_programs(tagger: Tagger) -> None:
    text = ("Kota Palu meraih status Kota Sangat Inovatif. Pendampingan dilakukan lewat Bidang Riset Daerah "
            "setiap bulan.")
    assert programs(tagger, text) == []


def test_a_framework_explained_in_brackets_is_no_program(tagger: Tagger) -> None:
    text = ("Nilai SPBE (Sistem Pemerintahan Berbasis Elektronik) naik, begitu pula SAKIP (Sistem Akuntabilitas "
            "Kinerja Instansi Pemerintah) daerah itu.")
    assert programs(tagger, text) == []


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


@pytest.mark.parametrize("text", [
    "Kunjungan ini dalam rangka Program Kunjungan Kerja Komisi III DPRD Kabupaten Wonogiri.",
    "Rombongan ingin mempelajari penerapan Rencana Kerja DPRD Jateng tahun ini.",
    "Lalu pemerintah pusat lewat Kemen PAN-RB meminta daerah membangun mal pelayanan.",
    'Puncak hari jadi itu bertema "Bersatu kita maju, rakyat sejahtera".',
    "Mereka studi tiru mengenai sistem desa adat, pemilihan perbekel (Kades-red), dan pariwisata.",
    "Dewan meminta program bus gratis diperluas ke desa.",
])
def test_visit_agendas_plans_bodies_themes_and_free_services_are_no_programs(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == []


@pytest.mark.parametrize("text", [
    "Program itu dijalankan melalui Asisten Perekonomian dan Pembangunan Setda.",
    "Pemprov menggagas Rencana Aksi Daerah (RAD) Pangan dan Gizi bersama Bappeda.",
    "Rombongan belajar tentang Reformasi Birokrasi dan Manajemen Risiko di Pemkot.",
])
def test_positions_plans_and_evaluation_frameworks_are_no_programs(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == []


@pytest.mark.parametrize("text", [
    "Pertemuan dilanjutkan melalui Zoom Meeting dengan para camat.",
    "Informasi program dapat diakses melalui Google Form yang disebar dinas.",
    "Rombongan makan siang di Sukamaju Food Court sebelum melihat layanan kependudukan.",
    "Mereka juga menerima penjelasan mengenai layanan Kartu Keluarga di kecamatan.",
])
def test_meeting_tools_venues_and_civil_documents_are_no_programs(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == []


def test_a_units_service_is_no_program(tagger: Tagger) -> None:
    assert programs(tagger, "Layanan PDAM dan layanan Puskesmas dipaparkan dalam pertemuan itu.") == []


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


def test_a_trigger_inside_a_quoted_theme_names_no_program(tagger: Tagger) -> None:
    text = 'Upacara itu mengusung tema "Sukseskan Program Imunisasi Anak Menuju Desa Sehat dan Sejahtera".'
    assert programs(tagger, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Peserta akan melihat Stadion Utama, Perpustakaan Daerah dan ke Mal KTM sore nanti.", []),
    ("Pemkab meresmikan Mal Pelayanan Warga di pusat kota.", ["Mal Pelayanan Warga"]),
])
def test_a_shopping_mall_is_no_program(tagger: Tagger, text: str, expected: list[str]) -> None:
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
    ('Dinas itu memperkenalkan inovasinya, "Rumah Baca Warga", kepada tamu dari daerah lain.', ["Rumah Baca Warga"]),
    ('Dinas itu memperkenalkan "Rumah Baca Warga" kepada tamu. Tamu memuji "Rumah Baca Warga" itu.',
     ["Rumah Baca Warga"]),
])
def test_quoted_nicknames_of_places(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


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
    # ... nor, since round 27, a name a trigger leads there that the text writes nowhere else (as a headline's)
    ("Dewan membahas sekolah.\n\nBaca Juga: Sukamaju Masuk Program Gerakan Sekolah Teduh\n\nRapat selesai.",
     []),
])
def test_bodies_concepts_and_names_of_other_things(tagger: Tagger, text: str, expected: list[str]) -> None:
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
    # quotes alone mark slogans, brandings, dances and a head's name too: no program outside talk of programs
    ('Dinas pariwisata memasang baliho bergambar “Sukamaju Kota Rotan” di gerbang kota.', []),
    ('Menurut camat, "Bersatu Membangun Negeri" sudah lama dipegang warga.', []),
    ("Malam itu ditampilkan tari ‘Mekar Sari Bumi’ oleh pelajar setempat.", []),
    ('Rombongan disambut hangat oleh “Rano Kelimutu”, bupati setempat, di pendopo.', []),
    # ... and stays one where the sentence speaks of a program, or the text names it twice
    ('Dinas itu meluncurkan "Sapa Petani Muda" bulan lalu.', ["Sapa Petani Muda"]),
    ('Warga antusias menyambut "Kamis Bersih Kampung". Setiap pekan "Kamis Bersih Kampung" diikuti ratusan orang.',
     ["Kamis Bersih Kampung"]),
    # ... or of learning it on a visit (data/visit_cues.csv), or of an activity
    ('Para kades ingin mencontoh "Lumbung Beras Warga" yang sudah berjalan di sana.', ["Lumbung Beras Warga"]),
    ('Tim kaji banding dari provinsi menyimak paparan "Pasar Tani Online" pagi itu.', ["Pasar Tani Online"]),
    ('Kegiatan "Sabtu Sehat Lansia" rutin digelar di balai warga.', ["Sabtu Sehat Lansia"]),
    # a name inside a longer capitalised run is no second naming
    ('Warga memasang spanduk "Bumi Hijau". Kemarin Yayasan Bumi Hijau Lestari menggelar rapat.', []),
])
def test_quoted_names_need_talk_of_programs(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym that stands for an award, a council or a group is no program
    ("Tahun lalu desa wisata itu dianugerahi SWTA (Sukamaju Wonderful Tourism Award) oleh provinsi.", []),
    ("Ajang Sukamaju Government Award (SGA) digelar setiap tahun oleh provinsi. Semua inovasi dinas sudah diunggah ke "
     "aplikasi SGA sejak Juni.", []),
    ("Setiap bulan IOPS (Ikatan Organisasi Petani Sukamaju) menggelar rapat anggota di balai desa.", []),
    ("Laporan tahunan desa itu diperiksa BPKS (Badan Pengawas Keuangan Sukamaju) tiap semester.", []),
    # ... while one that spells a system, a movement or a service stays one
    ("Dinas itu kini memakai aplikasi SIPAK (Sistem Informasi Pajak Kota) untuk warga.", ["SIPAK"]),
    ("Kelurahan menjalankan inovasi Ronda Malam (Rombongan Ngaji Dalam Malam) di tiap RW.", ["Ronda Malam"]),
    # ... or a body's online service; an event's acronym after a trigger stays one too
    ("Para kades mempelajari SIPERDES (Badan Usaha Milik Desa Online) sepanjang pagi.", ["SIPERDES"]),
    ("Dinas memamerkan inovasi FEDUR (Festival Durian) kepada tamu dari provinsi.", ["FEDUR"]),
    # an organisation word inside a longer name is no group's acronym
    ("Kantor itu memakai aplikasi Sistem Informasi Organisasi Petani untuk mendata anggota.",
     ["Sistem Informasi Organisasi Petani"]),
])
def test_acronyms_of_awards_councils_and_groups(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # lower-case words after "program" describe it, name none, when a verb or a process noun opens them or a span of
    # time stands in them
    ("Kecamatan itu menjalankan program berbasis data warga. Hasilnya bagus.", []),
    ("Kelurahan menuntaskan program modernisasi pasar desa, kata lurah.", []),
    ("Dana itu dipakai untuk program dua tahun, sesuai rencana.", []),
    ("Kegiatan ini melanjutkan program bulan lalu, ketika relawan datang.", []),
    # ... while a coined lower-case name stays one
    ("Dinas itu menggagas program kakak asuh sekolah yang digagas Pemkab Sukamaju.", ["Kakak Asuh Sekolah"]),
    # ... and nouns shaped like verbs, time words in no span of time do not make a description
    ("Kecamatan itu menjalankan program digital dusun mandiri. Hasilnya bagus.", ["Digital Dusun Mandiri"]),
    ("Kecamatan itu menjalankan program ternak itik bergilir. Hasilnya bagus.", ["Ternak Itik Bergilir"]),
    ("Kecamatan itu menjalankan program minggu ceria sekolah. Hasilnya bagus.", ["Minggu Ceria Sekolah"]),
])
def test_lower_case_descriptions_after_program(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


def test_an_organisation_head_of_the_region_lexicon_opens_no_program(tagger: Tagger) -> None:
    # data/region_words.csv kind org_head: a regional enterprise, a bank
    assert programs(tagger, "DPRD menyoroti program Perumda Tirta Sentosa yang belum berjalan.") == []
    assert programs(tagger, "Inovasi itu didukung pembiayaan dari mitra, di antaranya Bank Sukamaju dan BPR.") == []


@pytest.mark.parametrize("text, expected", [
    # a competition's ranking: the title after "Top N Inovasi" is the competition's, the ranking no name
    ("Aplikasi Sapa Tani Cerdas lolos Top 20 Inovasi Layanan Warga Jatim tahun ini.", ["Sapa Tani Cerdas"]),
    ("Wali kota menerima trofi TOP 15 Inovasi Desa Nasional di Bandung.", []),
    ("Temuan itu karya Budi, peraih inovasi TOP 25, yang pernah juara.", []),
    # the rules of procedure of a council are a document, not a program
    ("Pansus ingin membandingkan Kode Etik dan Tata Tertib (Tatib) milik dewan kota lain.", []),
    # ... each alone too, even quoted or after a trigger
    ('Dewan meluncurkan "Kode Etik" baru bagi anggotanya.', []),
    ("Badan Kehormatan menerapkan aplikasi Kode Etik bagi anggota dewan.", []),
])
def test_rankings_and_council_rules(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


def test_a_program_beside_a_ranking_stays(tagger: Tagger) -> None:
    text = "Pemkab meluncurkan program Kebun Gizi Warga. Program itu kini naik ke Top 30 inovasi daerah."
    assert programs(tagger, text) == ["Kebun Gizi Warga"]


@pytest.mark.parametrize("text", [
    'Dinas Arsip menggelar program "Study Tiru Tata Kelola Arsip" bersama Pemkot Blitar.',
    "Menteri hadir pada acara Serah Terima Layanan Digital Terpadu di Kota Madiun.",
    # an event word before a Roman number: the expo's edition, even after "program"
    "Dinas Pariwisata membuka program Borneo Kriya Expo IX di lapangan kota.",
    # an evaluation opening a name is an event, whatever English program word follows
    "Penilai provinsi memimpin Evaluasi Pekan Kedua Layanan Digital Terpadu di kantor camat.",
    # a comparative study is a visit, even after "program"
    "Rombongan dewan mengikuti program Comparative Study Pasar Ikan Higienis ke Kabupaten Sumedang pekan lalu.",
    "Kedua kota menyiapkan pertukaran pelajar, program youth camp, serta beasiswa.",
    "Bupati memberi hadiah lomba inovasi saat Hari Ulang Tahun (HUT) Kabupaten Blora.",
    "Aturan itu diganti melalui Undang Undang Nomor 99 Tahun 2031.",
])
def test_events_and_laws_named_like_programs(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == []


@pytest.mark.parametrize("text", [
    "Hasil Comparative Study Penerapan Kampung Online di Sumedang menjadi bahan kajian pansus.",
    "Tim penilai hadir pada Evaluasi Lapangan Program Kampung Online di kantor camat.",
])
def test_the_program_a_study_or_an_evaluation_is_about_stays(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == ["Kampung Online"]


def test_an_evaluation_system_after_a_trigger_stays(tagger: Tagger) -> None:
    text = "Kecamatan memakai aplikasi Sistem Evaluasi Layanan Desa untuk menilai kantor desa."
    assert programs(tagger, text) == ["Sistem Evaluasi Layanan Desa"]


def test_a_place_the_text_writes_after_a_position_title_is_no_program(tagger: Tagger) -> None:
    text = ("Kata Kepala Kampung Waibiru Lama Markus Ibo, timnya belajar mengolah limbah sagu. \"Bagi Kampung "
            "Waibiru Lama, cara itu cocok sekali,\" tuturnya.")
    assert programs(tagger, text) == []


@pytest.mark.parametrize("text", [
    "Desa Sukaraja mengembangkan program BUMDesa untuk menampung hasil panen warga.",  # a body, spelt whole
    "Dinas menyusun program SOP Pelayanan Tamu Daerah tahun ini.",  # a document
    "Dinas Pariwisata meluncurkan program Tur Sejarah Kota bagi pelajar.",  # a tour: an event
    "Kelurahan itu didaftarkan ke program Anugrah Pelopor Sanitasi tahun depan.",  # an award, spelt so
    "Pemkot menjawab keluhan pedagang lewat Juru Bicara Pemkot Rahmat Sudrajat di balai kota.",  # a position
])
def test_bodies_documents_tours_awards_and_positions_written_otherwise(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == []


def test_an_acronym_an_award_spells_out_is_no_program(tagger: Tagger) -> None:
    text = ("Dua desa di kabupaten itu diusulkan ke program anugerah pelopor sanitasi mandiri (APSM). Penilaian "
            "program APSM dilakukan juri dari provinsi.")
    assert programs(tagger, text) == []


def test_kaji_banding_a_study_trip_is_no_program(tagger: Tagger) -> None:
    text = "Melalui Kaji Banding ke kabupaten tetangga, para kader posyandu mencatat program Gudang Beras Warga."
    assert programs(tagger, text) == ["Gudang Beras Warga"]


@pytest.mark.parametrize("text, kept", [
    # a plural (a reduplicated word, also with a typo in its second half) names many things, no one program
    ("Rombongan dewan datang untuk mempelajari Retribusi-retribusi yang paling besar menyumbang pendapatan.", []),
    ("Usai anggaran disahkan pada awal tahun, program dijalankan OPD-OPD yang langsung di bawah wali kota.", []),
    ("Mereka tertarik pada Program-Progam Kampung Sehat dan Gerakan Pilah Sampah di kota itu.",
     ["Gerakan Pilah Sampah"]),
])
def test_a_plural_is_no_program(tagger: Tagger, text: str, kept: list[str]) -> None:
    # no name opens with the plural; what follows it ("Kampung Sehat") is neither required nor forbidden
    found = programs(tagger, text)
    assert set(kept) <= set(found)
    assert [name for name in found if "-" in name.split()[0]] == []


@pytest.mark.parametrize("text", [
    # a health laboratory is a facility, whatever its name's last word
    "Rombongan meninjau Laboratorium Kesehatan Daerah (Labkesda) milik pemkab dan Pasar Rapi.",
    "Pembahasan menyangkut pengembangan Laboratorium Kesehatan Masyarakat serta strategi retribusinya.",
])
def test_a_health_laboratory_is_no_program(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == []


@pytest.mark.parametrize("text, kept", [
    # a name closed by "RI" or a ministry's short name is the national body or what it runs, no program of a region
    ("Dalam kunjungan itu rombongan belajar inovasi Sistem Pelacak Arsip Kemendesa yang dipakai seluruh desa.", []),
    ("Para camat mempelajari aplikasi Pantau Kinerja KemenPKB untuk diterapkan di daerahnya.", []),
    ("Warga menyampaikan keluhan lewat aplikasi Lapor Cepat RI, sedangkan desa memakai inovasi Lapak Tani Sehat.",
     ["Lapak Tani Sehat"]),
])
def test_a_name_closed_by_a_national_body_is_no_program(tagger: Tagger, text: str, kept: list[str]) -> None:
    assert programs(tagger, text) == kept


@pytest.mark.parametrize("text, kept", [
    # a capitalised means after "melalui / lewat" that no other pattern names: a body, a place or a person
    ("Pemkab menyalurkan bibit jagung kepada petani lewat Koperasi Tani Maju Bersama setiap musim tanam.", []),
    ("Rombongan kemudian kembali ke daerah asalnya melalui Bandar Udara Raja Kelana di ibu kota provinsi.", []),
    # a program word before it names it still
    ("Warga mengurus surat pindah melalui aplikasi Kartu Warga Praktis tanpa datang ke kantor.",
     ["Kartu Warga Praktis"]),
])
def test_a_means_only_through_names_is_no_program(tagger: Tagger, text: str, kept: list[str]) -> None:
    assert programs(tagger, text) == kept


@pytest.mark.parametrize("text, kept", [
    # an acronym spelt out in brackets, in a sentence that speaks of no program: named in passing
    ("Rombongan dewan menanyakan kesiapan daerah menghadapi KPR (Kawasan Perdagangan Regional) tahun depan.", []),
    ("Sesudah itu gubernur menanam bibit di lahan TKL (Tanah Kas Lingkungan) di pinggir kampung.", []),
    # a program word in its sentence keeps it
    ("Dinas pertanian meluncurkan Sitanam (Sistem Informasi Tanam) bagi petani pekan lalu.", ["Sitanam"]),
])
def test_an_acronym_spelt_out_in_passing_is_no_program(tagger: Tagger, text: str, kept: list[str]) -> None:
    assert programs(tagger, text) == kept


@pytest.mark.parametrize("text, kept", [
    # a competition's category, a program word and all (round 40): a class of entries, not one programme
    ("Kabupaten Tanjung Merak meraih juara pertama kategori Inovasi Pelayanan Nelayan Pesisir pada lomba tahun ini.",
     []),
    ("Tim Kota Lembah Sunyi menang di ajang itu untuk kategori “Inovasi Timbang Ikan Terpadu” pada akhir pekan.", []),
    # the entry itself, named by its program word, stays a program
    ("Kota Lembah Sunyi mengirim aplikasi Sapa Petani Muda untuk kategori pelayanan publik.", ["Sapa Petani Muda"]),
    # ... and so does a winner after another prize word: only "kategori" reads through a program word
    ("Kota Lembah Sunyi meraih penghargaan inovasi Sapa Petani Muda dari gubernur tahun ini.", ["Sapa Petani Muda"]),
])
def test_a_competitions_category_is_no_program(tagger: Tagger, text: str, kept: list[str]) -> None:
    assert programs(tagger, text) == kept


@pytest.mark.parametrize("text, kept", [
    # a lower-case phrase after "inovasi" or "aplikasi" is read as no name (round 40 third wave: read as one, it made
    # 4 right and 30 wrong outputs over train, most a clause's words: an obligation, a "not merely" phrase)
    ("Kelurahan Tanjung Pelita menjalankan inovasi dapur umum keliling, dan warga menyambutnya.", []),
    ("Warga Desa Lembah Sunyi kini memakai aplikasi lapor jalan rusak, kata kepala desa.", []),
    # after "program" a short lower-case name closing its clause is still read
    ("Kelurahan Tanjung Pelita menjalankan program dapur umum keliling, dan warga menyambutnya.",
     ["Dapur Umum Keliling"]),
])
def test_a_lower_case_phrase_after_an_innovation_word_is_no_name(tagger: Tagger, text: str, kept: list[str]) -> None:
    assert programs(tagger, text) == kept


@pytest.mark.parametrize("text, kept", [
    # a bare "belajar" opens no list of what was learnt (round 41 second wave: after it the `learn` pattern alone read
    # a visiting group, a hamlet, a headline's topic, a photo credit: 10 wrong and 1 right over train, 8 letters)
    ("Kunjungan belajar Kelompok Tani Sumber Rejeki ke Desa Lembah Sunyi berlangsung Senin.", []),
    ("Pertemuan berlangsung di Rumah Belajar Taman Kenanga, Dusun Lembah Sunyi, Rabu siang.", []),
    ("Rombongan datang belajar di daerah ini supaya pulang membawa bekal untukDesa, ujarnya.", []),
    # "mempelajari" and "belajar tentang" still name what the guests came to learn
    ("Rombongan Kota Lembah Sunyi mempelajari Sapa Petani Muda di Kabupaten Tanjung Pelita.", ["Sapa Petani Muda"]),
    ("Rombongan Kota Lembah Sunyi belajar tentang Sapa Petani Muda di Kabupaten Tanjung Pelita.",
     ["Sapa Petani Muda"]),
])
def test_a_bare_learning_word_opens_no_list(tagger: Tagger, text: str, kept: list[str]) -> None:
    assert programs(tagger, text) == kept


@pytest.mark.parametrize("text, kept", [
    # a trigger after a capitalised word stays inside that word's name ("Bidang Pengembangan Sistem ..."), even when
    # the text writes the word before it in lower case elsewhere (round 42, programs recall: reading a name after
    # such a trigger gained 6 right programs and added 25 wrong over train)
    ("Kepala Bidang Pengembangan Sistem Pelayanan Warga Kota Lembah Sunyi, Rina Sari, hadir. Ia menjelaskan "
     "pengembangan layanan itu.", []),
])
def test_a_trigger_inside_a_capitalised_run_opens_no_name(tagger: Tagger, text: str, kept: list[str]) -> None:
    assert programs(tagger, text) == kept
