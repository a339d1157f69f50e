"""Visits in the phrasings of regional news: plain visit words between governments, lists of guests and
hosts, leaders named in passing, grand totals, trips to ministries and abroad (sentences of our own)."""

from __future__ import annotations

from functools import partial

import pytest
from nlp_helpers import VISIT_FIELDS
from nlp_helpers import visits as visit_tuples

from nlp import Tagger

visits = partial(visit_tuples, fields=VISIT_FIELDS[:-1])  # all but the kind


def test_abbreviated_title_does_not_cut_the_sentence_of_a_plain_visit_cue(tagger: Tagger) -> None:
    # split at "Dr. H." the sentence with "menerima rombongan" would name one government only
    text = ("Bupati Klaten Dr. H. Gilang Kusumajati menerima rombongan DPRD Kabupaten Wajo di pendopo, Senin (6/3).")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kabupaten Klaten", "2023-03-06", None, None)]


def test_consultation_between_councils_is_a_visit_without_a_learning_word(tagger: Tagger) -> None:
    text = ("Komisi I DPRD Kabupaten Wonosobo berkonsultasi ke DPRD Kabupaten Temanggung, Selasa (7/3). "
            "Di gedung dewan, para tamu diterima Wakil Ketua DPRD Temanggung, Gilang Kusumajati.")
    assert visits(tagger, text) == [("Kabupaten Wonosobo", "Kabupaten Temanggung", "2023-03-07", None, None)]


def test_leader_whose_region_is_unwritten_leads_the_delegation(tagger: Tagger) -> None:
    text = ("Rombongan Pemkab Kebumen studi tiru ke Kabupaten Gunungkidul, Kamis (9/3). Rombongan yang dipimpin "
            "Asisten Administrasi Umum, Teguh Prasetyo, itu ingin belajar pengelolaan pasar desa.")
    assert visits(tagger, text) == [("Kabupaten Kebumen", "Kabupaten Gunungkidul", "2023-03-09", "Teguh Prasetyo",
                                     None)]


def test_province_named_for_the_trip_does_not_outweigh_the_hosts_in_it(tagger: Tagger) -> None:
    text = ("Anggota Badan Anggaran DPRD Kota Bitung studi banding ke Jawa Timur. Rombongan menyambangi DPRD Kota "
            "Madiun. Pada agenda kedua, mereka berkunjung ke DPRD Kabupaten Ngawi untuk belajar penyusunan APBD.")
    assert [(v[0], v[1]) for v in visits(tagger, text)] == [("Kota Bitung", "Kabupaten Ngawi"),
                                                          ("Kota Bitung", "Kota Madiun")]


def test_working_visit_to_a_governor_is_a_visit_to_his_province(tagger: Tagger) -> None:
    text = ("Wali Kota Pariaman, Rudi Santosa, melakukan kunjungan kerja ke Gubernur Jambi, Senin (6/3), untuk "
            "bertukar pengalaman tata kelola pemerintahan.")
    assert [(v[0], v[1], v[2]) for v in visits(tagger, text)] == [("Kota Pariaman", "Provinsi Jambi", "2023-03-06")]


@pytest.mark.parametrize("sentence, size", [
    ("Ketua DPRD Kabupaten Wajo, Andi Rahman, membawa serta 13 anggotanya.", 14),
    ("Ketua DPRD Kabupaten Klaten menerima kedatangan lima anggota DPRD Kabupaten Wajo.", 5),
    ("Sebelas kepala desa Kabupaten Wajo studi banding ke Kabupaten Klaten.", 11),
])
def test_delegation_size_phrasings(tagger: Tagger, sentence: str, size: int) -> None:
    text = "DPRD Kabupaten Wajo berkunjung ke DPRD Kabupaten Klaten untuk belajar, Senin (6/3). " + sentence
    assert [v[4] for v in visits(tagger, text)] == [size]


def test_day_of_a_statement_is_not_the_day_of_a_visit_to_one_of_two_hosts(tagger: Tagger) -> None:
    text = ("Seluruh anggota DPRD Kota Bima kunjungan kerja ke Kota Mataram dan Kabupaten Lombok Barat, mulai "
            "Selasa (7/3). \"Dua komisi kunker di Kota Mataram, satu komisi di Lombok Barat,\" ujarnya, Sabtu (4/3).")
    assert [(v[1], v[2]) for v in visits(tagger, text)] == [("Kabupaten Lombok Barat", "2023-03-07"),
                                                          ("Kota Mataram", "2023-03-07")]


@pytest.mark.parametrize("text, expected", [
    ("Bupati Pandeglang Agus Wiryo menerima kunjungan kerja Bupati Lebak Hasan Basri dan Wali Kota Cilegon Tomi "
     "Saputra di Pendopo Pandeglang, Kamis (7/3).",
     [("Kabupaten Lebak", "Kabupaten Pandeglang", "2023-03-07", "Hasan Basri", None),
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
    assert visits(tagger, text) == expected


def test_regency_council_consulting_its_provincial_council_is_a_visit(tagger: Tagger) -> None:
    text = ("Badan Musyawarah DPRD Kabupaten Kampar berkonsultasi ke DPRD Provinsi Riau, Senin (6/3). Rombongan "
            "disambut Wakil Ketua DPRD Provinsi Riau, Hendra Putra, di ruang rapat DPRD Provinsi Riau.")
    assert [(v[0], v[1], v[2]) for v in visits(tagger, text)] == [("Kabupaten Kampar", "Provinsi Riau", "2023-03-06")]


def test_governor_touring_a_regency_of_his_province_is_no_visit(tagger: Tagger) -> None:
    text = ("Gubernur Riau Hendra Putra melakukan kunjungan kerja ke Kabupaten Kampar, Senin (6/3), untuk meninjau "
            "jalan. Ia disambut Bupati Kampar di Bangkinang.")
    assert visits(tagger, text) == []


def test_consultation_at_a_ministry_has_no_host_from_the_dateline(tagger: Tagger) -> None:
    text = ("JAKARTA – Pansus tapal batas DPRD Provinsi Jambi berkonsultasi ke Kemendagri, Rabu (8/3). Rombongan "
            "pansus dipimpin ketua pansus itu, Baskara Wirodipuro.")
    assert visits(tagger, text) == []


@pytest.mark.parametrize("text", [
    "Bupati Wajo Anton Sukma berkunjung ke Kecamatan Tanasitolo untuk meninjau pasar, didampingi Sekda Wajo.",
    "Dalam kunjungan kali ini, Bupati didampingi Sekda dan para kepala dinas.",
    "Pansus DPRD Kabupaten Wajo berkonsultasi ke Kemendagri soal batas dengan Pemkab Sidrap.",
])
def test_plain_visit_cue_without_two_governments_opens_no_visit(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == []


@pytest.mark.parametrize("text, leader", [
    ("Asisten Administrasi Umum Setda Kabupaten Wajo, Anton Sukma, SH, yang juga memimpin rombongan, menjelaskan "
     "bahwa Kabupaten Klaten dipilih sebagai tujuan studi banding.", "Anton Sukma"),
    ("Pimpinan DPRD Kabupaten Wajo, Anton Sukma, menerangkan bahwa kedatangannya ke Kabupaten Klaten untuk studi "
     "banding.", "Anton Sukma"),
])
def test_leader_without_dipimpin(tagger: Tagger, text: str, leader: str) -> None:
    assert [(v[0], v[1], v[3]) for v in visits(tagger, text)] == [("Kabupaten Wajo", "Kabupaten Klaten", leader)]


@pytest.mark.parametrize("text", [
    "MAKASSAR – DPRD Kabupaten Wajo melakukan kunjungan kerja ke Malaysia untuk belajar pariwisata. Rombongan "
    "dipimpin Ketua DPRD Wajo Anton Sukma.",
    "MATARAM – Bupati Bima Anton Sukma beserta rombongan berada di Jerman untuk studi tentang keuangan mikro.",
])
def test_trip_abroad_takes_no_host_from_the_dateline(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Bupati Wajo Anton Sukma dan rombongan disambut hangat Wali Kota Bitung Rudi Lumenta di rumah dinasnya, "
     "Senin (6/3).", [("Kabupaten Wajo", "Kota Bitung", "2023-03-06", "Anton Sukma", None)]),
    ("Kunjungan rombongan DPRD Kabupaten Wajo ke Kota Bitung disambut Asisten I Setda Kota Bitung, Senin (6/3).",
     [("Kabupaten Wajo", "Kota Bitung", "2023-03-06", None, None)]),
])
def test_visit_told_by_its_welcome(tagger: Tagger, text: str, expected: list) -> None:
    assert visits(tagger, text) == expected


def test_every_region_of_a_list_of_earlier_visitors(tagger: Tagger) -> None:
    text = ("Inovasi pasar desa Klaten sudah ditiru banyak daerah, di antaranya Kabupaten Pati, Kota Bitung, dan "
            "Kabupaten Wajo, yang sebelumnya datang studi banding ke Kabupaten Klaten.")
    assert [(v[0], v[1]) for v in visits(tagger, text)] == [("Kabupaten Pati", "Kabupaten Klaten"),
                                                          ("Kabupaten Wajo", "Kabupaten Klaten"),
                                                          ("Kota Bitung", "Kabupaten Klaten")]


def test_each_commission_goes_to_an_office_of_another_city(tagger: Tagger) -> None:
    text = ("Tiga komisi DPRD Kota Sorong melaksanakan kunjungan kerja ke luar daerah sejak Senin (6/3). "
            "Komisi I berkunker ke inspektorat Kota Kendari terkait temuan BPK. Komisi II berkunker ke Badan "
            "Pendapatan Daerah (Bapenda) Kota Makasar untuk membahas PAD. Komisi III melakukan stuban ke dinas "
            "Pemberdayaan Perempuan dan Perlindungan Anak Kota Palu. Dalam kunjungan ke luar daerah, tiap komisi "
            "juga membawa satu orang staf untuk mendampingi.")
    assert visits(tagger, text) == [("Kota Sorong", "Kota Kendari", "2023-03-06", None, None),
                                    ("Kota Sorong", "Kota Makassar", "2023-03-06", None, None),
                                    ("Kota Sorong", "Kota Palu", "2023-03-06", None, None)]


def test_head_of_delegation_named_after_his_words_and_companions_counted(tagger: Tagger) -> None:
    text = ("Sebanyak 9 orang dari Komisi II DPRD Kabupaten Balangan, disertai 3 orang pendamping dari Sekretariat "
            "DPRD, mendatangi DPRD Kabupaten Katingan guna melakukan sinkronisasi pengawasan, Senin (6/3). "
            "\"Kami senang diterima di sini,\" tutur Marwan Efendi Saragi, Pimpinan Rombongan Komisi II DPRD Balangan.")
    assert visits(tagger, text) == [("Kabupaten Balangan", "Kabupaten Katingan", "2023-03-06", "Marwan Efendi Saragi",
                                     12)]


def test_grand_total_outweighs_its_parts_and_head_after_a_title(tagger: Tagger) -> None:
    text = ("Sebanyak 40 kepala desa dari Kabupaten Buru menjalani studi banding ke Kabupaten Subang, Senin (6/3). "
            "Selain 40 kepala desa, rombongan juga terdiri atas pendamping dan pimpinan rombongan, Asisten Satu "
            "Hamzah Latuconsina, sehingga totalnya 43 orang.")
    assert visits(tagger, text) == [("Kabupaten Buru", "Kabupaten Subang", "2023-03-06", "Hamzah Latuconsina", 43)]


def test_press_officer_who_tells_of_the_trip_does_not_lead_it(tagger: Tagger) -> None:
    text = ("Dua puluh anggota DPRD Kota Sorong berkunjung ke Kota Kendari, Senin (6/3). Kabar itu dibenarkan "
            "Kepala Subbagian Humas DPRD Kota Sorong Demianus Korwanda saat dihubungi wartawan.")
    assert visits(tagger, text) == [("Kota Sorong", "Kota Kendari", "2023-03-06", None, 20)]


def test_set_off_to_a_province_then_its_regencies_named(tagger: Tagger) -> None:
    text = ("Anggota DPRD Kabupaten Wonogiri berangkat ke Jawa Timur, tepatnya ke Kabupaten Lamongan dan Tuban, "
            "Rabu (8/3). Sekretaris DPRD Wonogiri membenarkan bahwa anggota dewan menjalankan studi banding ke "
            "Jawa Timur sejak Rabu (8/3).")
    assert visits(tagger, text) == [("Kabupaten Wonogiri", "Kabupaten Lamongan", "2023-03-08", None, None),
                                    ("Kabupaten Wonogiri", "Kabupaten Tuban", "2023-03-08", None, None)]


def test_day_the_visit_was_held_beats_the_day_of_a_statement(tagger: Tagger) -> None:
    text = ("Rombongan DPRD Kabupaten Wonogiri studi banding ke DPRD Kabupaten Lamongan, ujar Ketua Komisi I, "
            "Kamis (9/3). Kunjungan itu berlangsung pada Selasa (7/3) di gedung dewan.")
    assert visits(tagger, text) == [("Kabupaten Wonogiri", "Kabupaten Lamongan", "2023-03-07", None, None)]


@pytest.mark.parametrize("text, expected", [
    ("DPRD Kabupaten Wajo dijadwalkan studi banding ke Kabupaten Klaten dan Kota Madiun pekan depan.",
     [("Kabupaten Wajo", "Kabupaten Klaten"), ("Kabupaten Wajo", "Kota Madiun")]),
    ("Rencananya, Komisi II DPRD Kota Bitung akan berkunjung ke DPRD Kabupaten Pati untuk belajar pengelolaan pasar.",
     [("Kota Bitung", "Kabupaten Pati")]),
    ("Sebanyak 40 kepala desa di Kabupaten Ngawi dalam waktu dekat akan studi tiru ke Kabupaten Klaten.",
     [("Kabupaten Ngawi", "Kabupaten Klaten")]),
])
def test_planned_trip_between_regions_is_a_reported_visit(tagger: Tagger, text: str, expected: list) -> None:
    assert [(v[0], v[1]) for v in visits(tagger, text)] == expected


def test_former_head_of_a_region_is_no_delegation_of_it(tagger: Tagger) -> None:
    text = ("Menteri Desa Budi Raharjo dijadwalkan kunjungan kerja ke Kabupaten Klaten. Mantan Gubernur Jambi itu juga "
            "akan berkunjung ke Kabupaten Boyolali.")
    assert visits(tagger, text) == []


def test_a_regions_trip_abroad_told_in_passing_is_no_evidence_it_travelled_here(tagger: Tagger) -> None:
    text = ("Rombongan DPRD Kabupaten Wajo ingin mempelajari tata cara kunjungan anggota DPRD Kota Bitung ke luar "
            "negeri. Rombongan diterima Ketua DPRD Kota Bitung, Rudi Lumenta.")
    assert [(v[0], v[1]) for v in visits(tagger, text)] == [("Kabupaten Wajo", "Kota Bitung")]


def test_earlier_trips_listed_with_a_repeated_preposition_are_visits_without_the_new_trips_date(
        tagger: Tagger) -> None:
    text = ("Biro Umum Setda Provinsi Gorontalo melakukan studi tiru di Provinsi Jawa Tengah, Senin (4/3/2024). "
            "Tahun lalu, biro itu pernah melakukan studi tiru di Provinsi Lampung, Provinsi Riau dan di Provinsi Bali.")
    assert [(v[0], v[1], v[2]) for v in visits(tagger, text, published="2024-03-05")] == [
        ("Provinsi Gorontalo", "Provinsi Bali", None), ("Provinsi Gorontalo", "Provinsi Jawa Tengah", "2024-03-04"),
        ("Provinsi Gorontalo", "Provinsi Lampung", None), ("Provinsi Gorontalo", "Provinsi Riau", None)]


@pytest.mark.parametrize("text, expected", [
    ("DPRD Kabupaten Klaten Sambut Kunker DPRD Kota Bitung. Rombongan tiba Senin (6/3).",
     [("Kota Bitung", "Kabupaten Klaten", "2023-03-06", None, None)]),
    ("Pj Wali Kota Madiun Terima Studi Banding Pemkab Wajo. Rombongan Pemkab Wajo dipimpin Asisten II Budi Santoso.",
     [("Kabupaten Wajo", "Kota Madiun", None, "Budi Santoso", None)]),
])
def test_headline_host_receiving_a_trip_is_no_visitor(tagger: Tagger, text: str, expected: list) -> None:
    assert visits(tagger, text) == expected


def test_the_one_who_chooses_the_locus_of_a_study_trip_travels(tagger: Tagger) -> None:
    text = ("Sebanyak 17 peserta pelatihan kepemimpinan BPSDM Provinsi Jambi memilih Kabupaten Klaten sebagai lokus "
            "studi lapangan, Senin (6/3).")
    assert visits(tagger, text) == [("Provinsi Jambi", "Kabupaten Klaten", "2023-03-06", None, 17)]


@pytest.mark.parametrize("text, leader", [
    ("Wali Kota Bitung Rudi Lumenta, bersama Sekda Kota Bitung Anton Sukma, berkunjung ke Kabupaten Klaten untuk "
     "belajar.", "Rudi Lumenta"),
    ("Rombongan DPRD Kabupaten Wajo studi banding ke Kabupaten Klaten. Anggota DPRD Kabupaten Wajo, Budi Santoso, "
     "mengatakan kunjungan itu bermanfaat.", "Budi Santoso"),
])
def test_leader_is_the_head_named_first_or_the_one_official_of_the_delegation(tagger: Tagger, text: str,
                                                                              leader: str) -> None:
    assert [v[3] for v in visits(tagger, text)] == [leader]


def test_return_visit_tells_of_the_hosts_earlier_visit(tagger: Tagger) -> None:
    text = ("Rombongan DPRD Kota Bitung berkunjung ke DPRD Kabupaten Wajo, Jumat (3/3). Kunjungan itu sebagai "
            "kunjungan balasan atas kedatangan Ketua DPRD Kabupaten Wajo ke Kota Bitung tahun lalu. Ketua DPRD "
            "Kabupaten Wajo Anton Sukma menyambut rombongan.")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kota Bitung", None, "Anton Sukma", None),
                                    ("Kota Bitung", "Kabupaten Wajo", "2023-03-03", None, None)]


def test_a_hoped_for_return_visit_is_none(tagger: Tagger) -> None:
    text = ("Rombongan DPRD Kota Bitung berkunjung ke DPRD Kabupaten Wajo, Jumat (3/3). Ketua DPRD Kota Bitung "
            "berharap ada kunjungan balasan dari DPRD Kabupaten Wajo.")
    assert [(v[0], v[1]) for v in visits(tagger, text)] == [("Kota Bitung", "Kabupaten Wajo")]


def test_trainees_of_a_regions_course_on_a_field_orientation_visit_the_host(tagger: Tagger) -> None:
    text = ("Sebanyak 40 peserta diklat kepemimpinan Tingkat IV Angkatan XVIII Kabupaten Wajo, Sulawesi Selatan, "
            "melakukan orientasi lapangan di Pemkot Bitung, Senin (6/3), untuk mengadopsi inovasi.")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kota Bitung", "2023-03-06", None, 40)]


def test_a_head_calling_on_his_own_governor_takes_no_dateline_host(tagger: Tagger) -> None:
    text = ("PALEMBANG – Bupati Lahat Budi Santoso beserta jajaran bersilaturahmi ke rumah dinas Gubernur Sumatera "
            "Selatan, Senin (6/3). Rombongan Pemkab Lahat disambut hangat Gubernur Anton Sukma.")
    assert visits(tagger, text) == []


@pytest.mark.parametrize("text, expected", [
    # the village heads "yang ada di" a region are its people, not a place
    ("BITUNG – Sejumlah kepala desa (kades) yang ada di Kabupaten Wajo (Sulsel) melakukan studi banding di Kota "
     "Bitung, Senin (6/3).", [("Kabupaten Wajo", "Kota Bitung")]),
    # a title-case headline: "Rombongan Study Banding Ke Desa ... Jateng" names where they go, not who goes
    ("Camat Tempe Lepas Rombongan Study Banding Ke Desa Sukamaju Jateng. Rombongan kepala desa Kabupaten Wajo "
     "berangkat ke Kabupaten Klaten, Senin (6/3).", [("Kabupaten Wajo", "Kabupaten Klaten")]),
    # committees sent to different hosts
    ("DPRD Kabupaten Wajo melaksanakan studi banding pekan ini. 'Komisi A ke Kota Bitung dan Komisi B dan C ke "
     "Kabupaten Klaten,' kata Ketua DPRD Wajo.", [("Kabupaten Wajo", "Kabupaten Klaten"),
                                                  ("Kabupaten Wajo", "Kota Bitung")]),
])
def test_who_goes_where_in_village_and_council_trips(tagger: Tagger, text: str, expected: list) -> None:
    assert [(v[0], v[1]) for v in visits(tagger, text)] == expected


def test_the_council_clerk_who_tells_of_a_trip_does_not_lead_it(tagger: Tagger) -> None:
    text = ("DPRD Kabupaten Wajo melaksanakan studi banding ke Kota Bitung, Senin (6/3). Hal itu disampaikan Kepala "
            "Bagian Persidangan Sekretariat DPRD Kabupaten Wajo, Budi Santoso.")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kota Bitung", "2023-03-06", None, None)]


@pytest.mark.parametrize("sentence, size", [
    ("Rombongan terdiri dari 12 anggota dewan dan 5 staf sekretariat.", 17),
    ("Sebanyak 12 anggota DPRD dan 4 staf ikut dalam rombongan.", 16),
    ("Kunker diikuti oleh 9 anggota Komisi II dan 3 orang pendamping.", 12),
    ("Kunjungan 15 anggota Komisi I itu diterima Wakil Ketua DPRD Klaten.", 15),
    ("Belasan anggota dewan ikut serta.", None),
    ("Pada hari itu DPRD Klaten menerima kunjungan kerja dua rombongan sekaligus.", None),
])
def test_delegation_size_parts_add_up_and_guests_counted_in_the_visit(tagger: Tagger, sentence: str,
                                                                       size: int | None) -> None:
    text = "DPRD Kabupaten Wajo berkunjung ke DPRD Kabupaten Klaten untuk belajar, Senin (6/3). " + sentence
    assert [v[4] for v in visits(tagger, text)] == [size]


def test_kaji_tiru_with_a_head_and_his_companion_and_other_regions_listed(tagger: Tagger) -> None:
    text = ("Wakil Wali Kota Bitung, Rudi Lumenta didampingi Sekretaris Daerah Kota Bitung, Anton Sukma memimpin "
            "kunjungan kerja dalam rangka Kaji Tiru pengelolaan sampah di Kabupaten Klaten, Senin (6/3). Selain Kota "
            "Bitung, ada dua daerah lain yang turut mengikuti Kaji Tiru di Kabupaten Klaten, diantaranya dari daerah "
            "Kabupaten Wajo dan Kabupaten Pati.")
    assert [(v[0], v[1], v[3]) for v in visits(tagger, text)] == [
        ("Kabupaten Pati", "Kabupaten Klaten", None), ("Kabupaten Wajo", "Kabupaten Klaten", None),
        ("Kota Bitung", "Kabupaten Klaten", "Rudi Lumenta")]


def test_passive_verb_written_apart_still_names_the_leader(tagger: Tagger) -> None:
    text = ("Pemerintah Kota Bitung melakukan kunjungan kerja ke Pemkot Madiun, Senin (6/3). Kunjungan kerja yang di "
            "pimpin oleh Wali Kota Bitung Rudi Lumenta itu di terima Wakil Wali Kota Madiun, Anton Sukma.")
    assert visits(tagger, text) == [("Kota Bitung", "Kota Madiun", "2023-03-06", "Rudi Lumenta", None)]


def test_the_hosts_earlier_trip_to_their_guests_is_a_visit_without_date_or_size(tagger: Tagger) -> None:
    text = ("Sekda Kabupaten Wajo Budi Santoso bersama 15 orang tim teknis belajar pengelolaan sampah ke Kabupaten "
            "Klaten, Senin (6/3). Bupati Klaten Anton Sukma menyambut rombongan. Ia menjelaskan, Pemkab Klaten "
            "beberapa waktu lalu juga pernah mengunjungi Kabupaten Wajo untuk belajar pariwisata.")
    assert visits(tagger, text) == [("Kabupaten Klaten", "Kabupaten Wajo", None, "Anton Sukma", None),
                                    ("Kabupaten Wajo", "Kabupaten Klaten", "2023-03-06", "Budi Santoso", 16)]


@pytest.mark.parametrize("text, expected", [
    ("DPRD Provinsi Sulawesi Selatan studi banding ke DPRD Provinsi Jawa Timur di Surabaya, Senin (6/3).",
     [("Provinsi Sulawesi Selatan", "Provinsi Jawa Timur")]),
    ("Pemkab Wajo studi tiru ke Desa Sukamaju, Kecamatan Wedi, Kabupaten Klaten, Jawa Tengah, Senin (6/3).",
     [("Kabupaten Wajo", "Kabupaten Klaten")]),
])
def test_host_is_the_government_visited_not_the_city_of_its_seat_nor_the_village(tagger: Tagger, text: str,
                                                                                   expected: list) -> None:
    assert [(v[0], v[1]) for v in visits(tagger, text)] == expected


def test_a_host_counting_its_guests_lists_them(tagger: Tagger) -> None:
    text = ("Sepanjang 2023, Kabupaten Klaten menerima 25 kunjungan studi banding, antara lain dari Kabupaten Wajo, "
            "Kota Bitung, dan Provinsi Jambi.")
    assert [(v[0], v[1]) for v in visits(tagger, text)] == [("Kabupaten Wajo", "Kabupaten Klaten"),
                                                          ("Kota Bitung", "Kabupaten Klaten"),
                                                          ("Provinsi Jambi", "Kabupaten Klaten")]
