"""Who travels: a visitor named through its officials or people it sends, the agent of a passive visit, an official's
own coming, a head bringing his officials, committees and courses on a trip, lists of guests and of delegations,
several delegations at one event, two delegations each named with a host of its own (never crossed), a government
sending a group to study, a government written in lower case or by a short form of its name; a head one learns from,
a study of a region, a former head or an organisation of a region (a trade association's branch, an election body
too) is no delegation.

Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import facts, pairs
from nlp_helpers import visits as visit_tuples

from nlp import Tagger


@pytest.mark.parametrize("text", [
    "Rombongan DPRD Kota Madiun dan Kabupaten Ngawi studi banding ke DPRD Provinsi Jawa Tengah, Selasa (7/3). "
    "Kunjungan kerja itu diterima Ketua DPRD Provinsi Jawa Tengah. Menurutnya, Jawa Timur kerap belajar ke Jawa "
    "Tengah.",
    "Rombongan DPRD Kota Madiun dan Kabupaten Ngawi studi banding ke DPRD Provinsi Jawa Tengah, Selasa (7/3). "
    "Rombongan Jawa Timur itu diterima Ketua DPRD Provinsi Jawa Tengah.",
])
def test_a_province_of_the_delegations_is_no_visitor_of_a_governed_host(tagger: Tagger, text: str) -> None:
    assert pairs(tagger, text) == [("Kabupaten Ngawi", "Provinsi Jawa Tengah"),
                                   ("Kota Madiun", "Provinsi Jawa Tengah")]


@pytest.mark.parametrize("text, expected", [
    ("Seluruh anggota DPRD Kabupaten Wajo kunjungan kerja ke luar daerah. Komisi A sedang berada di Kota Madiun, "
     "Komisi B di Kabupaten Ngawi.", [("Kabupaten Wajo", "Kabupaten Ngawi"), ("Kabupaten Wajo", "Kota Madiun")]),
    ("DPRD Kabupaten Wajo menggelar kunjungan kerja. Komisi II menuju Kota Madiun, sedangkan Komisi III ke "
     "Kabupaten Ngawi.", [("Kabupaten Wajo", "Kabupaten Ngawi"), ("Kabupaten Wajo", "Kota Madiun")]),
    ("DPRD Kabupaten Wajo dijadwalkan studi banding pekan depan. Komisi A yang dijadwalkan ke DPRD Kota Madiun "
     "akan membahas perda pasar.", [("Kabupaten Wajo", "Kota Madiun")]),
])
def test_a_committee_going_with_a_verb_between(tagger: Tagger, text: str, expected: list) -> None:
    assert pairs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("DPRD Kota Madiun kedatangan tamu dari berbagai daerah. Adapun wakil rakyat dari Kabupaten Wajo terbang khusus "
     "ke Madiun guna mempelajari tata kelola pasar.", [("Kabupaten Wajo", "Kota Madiun")]),
    ("Karangasem (Antara) - Sebanyak 17 perbekel dari Kecamatan Tempeh, Lumajang, Jawa Timur mempelajari aplikasi "
     "desa digital.", [("Kabupaten Lumajang", "Kabupaten Karangasem")]),
])
def test_people_sent_by_a_region(tagger: Tagger, text: str, expected: list) -> None:
    assert pairs(tagger, text) == expected


def test_a_course_named_between_the_group_and_its_regions(tagger: Tagger) -> None:
    text = ("Di Balai Kota Madiun, rombongan Benchmarking Diklat PIM IV Angkatan I Kota Bitung dan Kabupaten Wajo "
            "diterima langsung Wali Kota Madiun, Senin (6/3). Mereka datang untuk belajar inovasi.")
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Madiun"), ("Kota Bitung", "Kota Madiun")]


def test_a_list_of_guests_goes_on_past_a_misspelt_city(tagger: Tagger) -> None:
    text = ("DPRD Kabupaten Klaten kerap dikunjungi DPRD daerah lain. Berikut daftar DPRD yang berkunjung, antara lain "
            "DPRD Kabupaten Wajo, DPRD Kota Pariamn Sumbar, DPRD Sumbawa Barat dan DPRD Klungkung.")
    assert pairs(tagger, text) == [("Kabupaten Klungkung", "Kabupaten Klaten"),
                                   ("Kabupaten Sumbawa Barat", "Kabupaten Klaten"),
                                   ("Kabupaten Wajo", "Kabupaten Klaten"), ("Kota Pariaman", "Kabupaten Klaten")]


def test_a_list_of_delegations_goes_on_through_the_council_leaders_of_the_last(tagger: Tagger) -> None:
    text = ("Kunjungan kerja ke Sragen dilakukan empat rombongan DPRD dari Jawa Timur. \"Kami menerima empat "
            "rombongan, yaitu pimpinan DPRD Kota Blitar, komisi DPRD Kabupaten Kediri, Nganjuk dan pimpinan DPRD "
            "Kabupaten Tuban,\" kata Kabag Umum Sekretariat DPRD, Banyu Prasojo, di DPRD Sragen, Rabu (8/3).")
    assert pairs(tagger, text) == [("Kabupaten Kediri", "Kabupaten Sragen"), ("Kabupaten Nganjuk", "Kabupaten Sragen"),
                                   ("Kabupaten Tuban", "Kabupaten Sragen"), ("Kota Blitar", "Kabupaten Sragen")]


def test_the_local_government_written_in_lower_case_travels(tagger: Tagger) -> None:
    text = ("MAGETAN - Kegiatan studi tiru ke Provinsi Sumatera Barat bulan lalu, yang melibatkan 120 perangkat desa "
            "serta sejumlah kepala dinas pemerintah daerah Magetan, dinilai boros anggaran.")
    assert pairs(tagger, text) == [("Kabupaten Magetan", "Provinsi Sumatera Barat")]


def test_a_visiting_head_receiving_a_briefing_with_his_group_still_visits(tagger: Tagger) -> None:
    text = ("Rombongan Pemkab Ngawi studi banding ke Kabupaten Banyuwangi, Rabu (8/3). Sekda Ngawi Banyu Prasojo "
            "bersama rombongan menerima paparan dari Kepala Bappeda Banyuwangi soal pelayanan publik.")
    assert pairs(tagger, text) == [("Kabupaten Ngawi", "Kabupaten Banyuwangi")]


def test_guests_listed_with_a_relative_clause_after_the_list_are_each_a_visit(tagger: Tagger) -> None:
    text = ("DPRD Kabupaten Klaten menerima kunjungan kerja DPRD dari tiga daerah sekaligus. Mereka datang untuk "
            "belajar soal pariwisata. Ketiganya ialah DPRD Kabupaten Wajo, DPRD Kota Bitung dan DPRD Pati, yang "
            "dikumpulkan di ruang sidang.")
    assert [(v[0], v[1]) for v in facts(tagger, text)] == [("Kabupaten Pati", "Kabupaten Klaten"),
                                                         ("Kabupaten Wajo", "Kabupaten Klaten"),
                                                         ("Kota Bitung", "Kabupaten Klaten")]


@pytest.mark.parametrize("text, expected", [
    ("Bupati Pandeglang Agus Wiryo menerima kunjungan kerja Bupati Lebak Hamdan Basyir dan Wali Kota Cilegon Tomi "
     "Saputra di Pendopo Pandeglang, Kamis (7/3).",
     [("Kabupaten Lebak", "Kabupaten Pandeglang", "2023-03-07", "Hamdan Basyir", None),
      ("Kota Cilegon", "Kabupaten Pandeglang", "2023-03-07", "Tomi Saputra", None)]),
    ("Pemkab Klaten menerima kunjungan dari Pemkab Wajo, Pemkot Bitung, dan Pemkab Pati, Senin (6/3). Ketiga "
     "daerah itu ingin mengetahui pengelolaan pasar.",
     [("Kabupaten Pati", "Kabupaten Klaten", "2023-03-06", None, None),
      ("Kabupaten Wajo", "Kabupaten Klaten", "2023-03-06", None, None),
      ("Kota Bitung", "Kabupaten Klaten", "2023-03-06", None, None)]),
    ("DPRD Provinsi Sumatera Barat menerima kunjungan kerja Komisi II DPRD Kabupaten Kampar dan DPRD Kabupaten "
     "Siak, Selasa (7/3).",
     [("Kabupaten Kampar", "Provinsi Sumatera Barat", "2023-03-07", None, None),
      ("Kabupaten Siak", "Provinsi Sumatera Barat", "2023-03-07", None, None)]),
])
def test_several_delegations_received_in_one_event(tagger: Tagger, text: str, expected: list) -> None:
    assert facts(tagger, text) == expected


def test_former_head_of_a_region_is_no_delegation_of_it(tagger: Tagger) -> None:
    text = ("Menteri Desa Budi Raharjo dijadwalkan kunjungan kerja ke Kabupaten Klaten. Mantan Gubernur Jambi itu juga "
            "akan berkunjung ke Kabupaten Boyolali.")
    assert facts(tagger, text) == []


def test_the_one_who_chooses_the_locus_of_a_study_trip_travels(tagger: Tagger) -> None:
    text = ("Sebanyak 17 peserta pelatihan kepemimpinan BPSDM Provinsi Jambi memilih Kabupaten Klaten sebagai lokus "
            "studi lapangan, Senin (6/3).")
    assert facts(tagger, text) == [("Provinsi Jambi", "Kabupaten Klaten", "2023-03-06", None, 17)]


def test_trainees_of_a_regions_course_on_a_field_orientation_visit_the_host(tagger: Tagger) -> None:
    text = ("Sebanyak 40 peserta diklat kepemimpinan Tingkat IV Angkatan XVIII Kabupaten Wajo, Sulawesi Selatan, "
            "melakukan orientasi lapangan di Pemkot Bitung, Senin (6/3), untuk mengadopsi inovasi.")
    assert facts(tagger, text) == [("Kabupaten Wajo", "Kota Bitung", "2023-03-06", None, 40)]


@pytest.mark.parametrize("text, expected", [
    # the visitor named only through its officials' region
    ("Wakil Wali Kota Bitung Rudi Lumenta menemui Wali Kota Madiun di kantornya, Kamis (4/5). Wali Kota Madiun "
     "menerima kedatangan tamunya itu untuk bertukar pengalaman.", [("Kota Bitung", "Kota Madiun")]),
    ("Sebanyak 20 instansi datang ke Dinas Kependudukan Kota Madiun untuk studi banding sepanjang tahun ini. "
     "Kepala Dinas Kependudukan Kabupaten Wajo, Anton Sukma, mengaku banyak mempelajari layanan daring di sana.",
     [("Kabupaten Wajo", "Kota Madiun")]),
    ("Kabupaten Klaten kerap dijadikan tujuan studi tiru. Sekretaris Daerah Kabupaten Ngawi Hadi Suseno "
     "mengatakan rombongannya ingin meniru pelayanan terpadu di Klaten.", [("Kabupaten Ngawi", "Kabupaten Klaten")]),
])
def test_a_visitor_named_only_through_its_officials(tagger: Tagger, text: str, expected: list) -> None:
    assert pairs(tagger, text) == expected


def test_a_study_to_a_region_is_no_delegation_of_it(tagger: Tagger) -> None:
    text = ("Wali Kota Bitung Rudi Lumenta bersama Kepala Bappeda melakukan studi ke Kabupaten Ngawi untuk melihat "
            "cara daerah itu mengolah sampah. Rombongan yang ingin belajar itu diterima Bupati Ngawi Hadi Suseno.")
    assert pairs(tagger, text) == [("Kota Bitung", "Kabupaten Ngawi")]


@pytest.mark.parametrize("text, expected", [
    ("Kabupaten Ngawi menjadi lokus studi lapangan Pelatihan Kepemimpinan Administrator (PKA) yang diselenggarakan "
     "Badan Pengembangan Sumber Daya Manusia Daerah (BPSDMD) Provinsi Jawa Timur, Selasa (3/6). Rombongan peserta "
     "disambut Wakil Bupati Ngawi.", [("Provinsi Jawa Timur", "Kabupaten Ngawi")]),
    ("Pemkab Klaten menerima kunjungan peserta studi lapangan PKP dari BPSDM Provinsi Jambi, Rabu (4/6). Kepala "
     "BKPSDM Kabupaten Klaten Banyu Prasojo menyebut studi lapangan itu bermanfaat.",
     [("Provinsi Jambi", "Kabupaten Klaten")]),
    ("Sekda Kabupaten Klaten menyambut peserta pelatihan kepemimpinan dari Pemprov Jambi yang datang untuk studi "
     "lapangan, Kamis (5/6).", [("Provinsi Jambi", "Kabupaten Klaten")]),
])
def test_a_training_agency_takes_its_course_on_a_field_study(tagger: Tagger, text: str, expected: list) -> None:
    assert pairs(tagger, text) == expected


@pytest.mark.parametrize("text", [
    # the only region scored as a traveller rather hosts ("belajar" of the hosts' own speech)
    "Ketua DPRD Kota Madiun, Banyu Prasojo, menjelaskan bahwa kunjungan kerja 12 anggota DPRD Kabupaten Wajo ke DPRD "
    "Kota Madiun membahas kode etik. DPRD Kota Madiun juga ingin belajar dari tamunya.",
    # the delegation named only through its officials, the host's own people also learning
    "Kedatangan mereka ke Kota Madiun dimaksudkan untuk bertukar pengalaman. Rombongan diterima Wali Kota Madiun "
    "Banyu Prasojo. Kota Madiun juga ingin belajar. "
    "Wakil Ketua DPRD Kabupaten Wajo, Anton Sukma, memuji keterbukaan tuan rumah.",
])
def test_with_no_delegation_that_wins_the_officials_region_travels(tagger: Tagger, text: str) -> None:
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


def test_a_head_one_learns_from_is_no_traveller(tagger: Tagger) -> None:
    text = ("Rombongan DPRD Kabupaten Wajo datang ke Kota Madiun untuk menimba ilmu dari Wali Kota Madiun Rudi "
            "Lumenta dalam kunjungan kerja, Jumat (3/3).")
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


def test_a_short_form_of_a_delegations_name_is_the_same_delegation(tagger: Tagger) -> None:
    text = ("Pemkot Madiun kedatangan tamu dari Pemerintah Kabupaten Gorontalo Utara untuk studi tiru, Kamis (2/3). "
            "Rombongan Pemkab Gorontalo itu disambut Wakil Wali Kota Madiun. Pemkab Gorontalo Utara ingin belajar "
            "pengelolaan pasar.")
    assert pairs(tagger, text) == [("Kabupaten Gorontalo Utara", "Kota Madiun")]


def test_an_organisation_of_a_region_is_no_government(tagger: Tagger) -> None:
    text = ("Pengurus KNPI Kabupaten Wajo studi banding pariwisata ke Provinsi Bali, Selasa (7/3). Sebanyak 40 "
            "anggota KNPI Wajo berangkat ke Bali.")
    assert pairs(tagger, text) == []


@pytest.mark.parametrize("body", ["PHRI", "ASITA"])
def test_a_trade_association_with_branches_in_every_region_is_no_government(tagger: Tagger, body: str) -> None:
    # the hotel and restaurant owners' (PHRI) or travel agents' (ASITA) branch of a region is no delegation of it
    text = (f"Pengurus {body} Kabupaten Wajo bertandang untuk studi banding wisata kuliner ke Kota Madiun, Rabu (8/3). "
            f"Rombongan {body} Wajo diterima pengurus cabang setempat.")
    assert pairs(tagger, text) == []


@pytest.mark.parametrize("body", ["KPU", "Bawaslu"])
def test_an_election_body_of_a_region_is_no_government(tagger: Tagger, body: str) -> None:
    # a region's election commission or election supervisor belongs to the national election system: its study
    # trip is no visit between regions
    text = (f"Komisioner {body} Kabupaten Wajo bertandang untuk studi banding soal pemutakhiran data pemilih ke "
            f"Kota Madiun, Rabu (8/3). Rombongan {body} Wajo diterima ketua {body} setempat.")
    assert pairs(tagger, text) == []


def test_the_agent_of_a_passive_visit_travels(tagger: Tagger) -> None:
    text = ("Kunjungan kerja ke Kabupaten Klaten dilakukan Wakil Bupati Wajo Anton Sukma, Selasa (7/3). Ia ingin "
            "mempelajari inovasi pendidikan yang dijalankan Klaten dan menerapkannya di daerahnya.")
    assert visit_tuples(tagger, text, fields=("visitor", "host", "leader")) == [
        ("Kabupaten Wajo", "Kabupaten Klaten", "Anton Sukma")]


def test_an_officials_own_coming_is_his_regions_trip(tagger: Tagger) -> None:
    text = ("Komisi C DPRD Kabupaten Wajo dan Komisi C DPRD Kabupaten Pati berkunjung ke DPRD Kota Batam, Kamis (9/5). "
            "Ketua Komisi C DPRD Kabupaten Pati, Anton Sukma, menyebut tujuan utama kedatangannya ke Batam ialah "
            "mempelajari sistem perpustakaan.")
    assert pairs(tagger, text) == [("Kabupaten Pati", "Kota Batam"), ("Kabupaten Wajo", "Kota Batam")]


def test_a_provinces_course_travels_not_its_participants_home_regions(tagger: Tagger) -> None:
    text = ("KOTA – BPSDM Provinsi Jawa Tengah menunjuk Pemkab Klaten sebagai lokasi studi lapangan Pelatihan "
            "Kepemimpinan Pengawas, Selasa (7/3). Ke-120 peserta itu berasal dari Kabupaten Pati, Kota Salatiga dan "
            "Kabupaten Kudus.")
    assert pairs(tagger, text) == [("Provinsi Jawa Tengah", "Kabupaten Klaten")]


def test_a_head_bringing_his_officials_to_a_region_travels(tagger: Tagger) -> None:
    text = ("Bupati Wajo Anton Sukma memboyong sejumlah kepala OPD ke Kota Madiun, Selasa (7/3), untuk mempelajari "
            "pengelolaan pasar.")
    assert visit_tuples(tagger, text, fields=("visitor", "host", "leader")) == [
        ("Kabupaten Wajo", "Kota Madiun", "Anton Sukma")]


def test_an_organisation_of_the_region_is_not_readmitted_through_its_officials(tagger: Tagger) -> None:
    # round 16: the fallback (the one other region whose officials the article names) skips a region the rules saw
    # travel only as one of its organisations
    text = ("Dua belas pengurus Komite Olahraga Nasional Indonesia (KONI) Klaten pekan lalu studi banding pembinaan "
            "atlet ke Kota Yogyakarta. Iuran pengurus menanggung seluruh ongkos perjalanan, tutur Sekretaris KONI "
            "Klaten Budi Sasmito, Kamis.")
    assert pairs(tagger, text, title="KONI Klaten Studi Banding ke Yogyakarta") == []


def test_two_delegations_each_named_with_its_own_host_are_not_crossed(tagger: Tagger) -> None:
    title = "Pemkot Madiun Belajar Layanan Kependudukan ke Kabupaten Lebak"
    text = ("Rombongan Pemkot Madiun berkunjung ke Kabupaten Lebak untuk mempelajari layanan akta kelahiran keliling.\n"
            "Bupati Lebak menjelaskan mobil layanan itu menyambangi desa terpencil.\n"
            "DPRD Kota Tidore Kepulauan Timba Ilmu Pengelolaan Sampah di Kabupaten Sragen\n"
            "Kepala Dinas Kependudukan Kota Madiun mencatat cara Lebak menjadwalkan layanan.")
    assert sorted(pairs(tagger, text, title=title)) == [("Kota Madiun", "Kabupaten Lebak"),
                                                        ("Kota Tidore Kepulauan", "Kabupaten Sragen")]


def test_a_government_sending_a_group_to_study_travels_for_it(tagger: Tagger) -> None:
    text = ("Dinas Pendidikan Kota Tidore Kepulauan memberangkatkan lima belas kepala sekolah guna mengikuti "
            "studi tiru ke Kabupaten Sragen tahun depan.")
    assert pairs(tagger, text) == [("Kota Tidore Kepulauan", "Kabupaten Sragen")]


@pytest.mark.parametrize("joiner", ["dan", "serta"])
def test_an_office_whose_name_joins_two_fields_with_dan_is_the_delegation(tagger: Tagger, joiner: str) -> None:
    """"Dinas Kebudayaan dan Pariwisata Kabupaten X": "dan" or "serta" before a capitalised word goes on in the unit's
    name."""
    text = (f"Wali Kota Blitar menyambut kunjungan kerja Dinas Pemuda {joiner} Olahraga Kabupaten Tegal di ruang "
            "rapat, Rabu (10/5). Dalam rombongan itu ada 12 pegawai.")
    assert pairs(tagger, text) == [("Kabupaten Tegal", "Kota Blitar")]


def test_village_heads_written_as_one_word_are_a_delegation(tagger: Tagger) -> None:
    """"walinagari" (glued) like "wali nagari": the heads of villages sent by their regency."""
    text = ("KLATEN - Tiga puluh walinagari dari Kabupaten Pesisir Selatan mengikuti studi banding tentang pupuk "
            "organik, Selasa (9/5).")
    assert pairs(tagger, text) == [("Kabupaten Pesisir Selatan", "Kabupaten Klaten")]


@pytest.mark.parametrize("text", [
    "Pekan lalu studi tiru tentang posyandu di Kabupaten Sragen diadakan oleh Tim Penggerak PKK Kota Tidore "
    "Kepulauan bersama para kader.",
    "Kunjungan belajar soal bank sampah ke Kabupaten Sragen dijalani Lembaga Pemberdayaan Masyarakat (LPM) Kota "
    "Tidore Kepulauan pada Senin (6/5).",
    "Studi banding soal pasar desa ke Kabupaten Sragen dilaksanakan 35 ketua RT se Kota Tidore Kepulauan, Senin (6/5).",
])
def test_a_group_named_as_the_agent_of_a_passive_trip_travels_for_its_region(tagger: Tagger, text: str) -> None:
    """"diadakan oleh Tim Penggerak PKK X", "dijalani Lembaga ... (LPM) X", "dilaksanakan 35 ketua RT se X": the
    passive's agent is a group of X, named in capitalised words (an acronym in brackets after them) or as a count of
    people."""
    assert pairs(tagger, text) == [("Kota Tidore Kepulauan", "Kabupaten Sragen")]

