"""Who hosts a visit: the government that receives, welcomes, is met or "gets" a visit, its head and officials, a place
of the host visited, a region whose success one learns from, a place named before a passive visit, a destination
named after its neighbourhood, the own province's office, the government visited rather than the city of its seat.

Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import facts, pairs

from nlp import Tagger


def test_a_region_whose_official_receives_is_no_subject_and_a_humas_office_stands_for_its_region(
        tagger: Tagger) -> None:
    text = ("Kabag Humas Pemkot Madiun Banyu Prasojo ketika menerima kunjungan kerja Humas Pemkab Wajo, Rabu (8/3), "
            "menjelaskan layanan terpadu.")
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


@pytest.mark.parametrize("text, expected", [
    ("Bupati Wajo Anton Sukma menyambangi Wali Kota Madiun di Balai Kota, Kamis (9/3), untuk bertukar pengalaman "
     "mengelola pasar.", [("Kabupaten Wajo", "Kota Madiun")]),
    ("Wakil Wali Kota Bitung Rudi Lumenta didampingi Asisten III Setdako Bitung Anton Sukma menemui Wali Kota Madiun "
     "di kantornya, Kamis (9/3). Wali Kota Madiun menerima kedatangan orang nomor dua itu untuk bertukar "
     "pengalaman.", [("Kota Bitung", "Kota Madiun")]),
    ("Bupati Wajo Anton Sukma mengunjungi kebun warga di Kecamatan Tempe. Ia juga menerima kunjungan kerja DPRD "
     "Kota Madiun.", [("Kota Madiun", "Kabupaten Wajo")]),
])
def test_an_official_visits_the_head_he_meets(tagger: Tagger, text: str, expected: list) -> None:
    assert pairs(tagger, text) == expected


@pytest.mark.parametrize(("text", "visit"), [
    ("Kunker Komisi I DPRD Jawa Timur dibagi menjadi dua kelompok, yakni ke Kemendagri untuk konsultasi, serta studi "
     "komparasi ke provinsi tetangga, Jawa Tengah.", ("Provinsi Jawa Timur", "Provinsi Jawa Tengah")),
    ("Rombongan Pemkab Ngawi studi banding ke kabupaten tetangga, Kabupaten Sragen, Rabu (8/3).",
     ("Kabupaten Ngawi", "Kabupaten Sragen")),
])
def test_a_destination_named_after_its_neighbourhood_hosts(tagger: Tagger, text: str, visit: tuple) -> None:
    assert pairs(tagger, text) == [visit]


def test_an_office_of_the_own_province_receives_its_regions_delegation(tagger: Tagger) -> None:
    text = ("NGAWI - DPRD Kabupaten Ngawi mengadakan kunjungan kerja ke Dinas Perpustakaan Provinsi Jawa Timur, Rabu "
            "(8/3). Rombongan yang dipimpin Wakil Ketua DPRD Ngawi, Banyu Prasojo, mengunjungi kota Surabaya.")
    assert pairs(tagger, text) == [("Kabupaten Ngawi", "Provinsi Jawa Timur")]


def test_the_official_who_says_welcome_serves_the_host(tagger: Tagger) -> None:
    # "selamat datang" is the host's word, not the going of his region
    text = ("Kunker Komisi B DPRD Kabupaten Wonosobo diterima oleh Sekretaris Daerah Kabupaten Kebumen, Gilang "
            "Kusumajati, Selasa (7/3). Sekda, atas nama warga Kabupaten Kebumen, mengucapkan selamat datang kepada "
            "rombongan.")
    assert facts(tagger, text) == [("Kabupaten Wonosobo", "Kabupaten Kebumen", "2023-03-07", None, None)]


def test_a_government_that_gets_a_visit_from_a_kabupaten_hosts_it(tagger: Tagger) -> None:
    text = ("KOTA – Pemerintah Kota (Pemko) Bitung mendapat kunjungan rombongan dari Kabupaten Wajo, Selasa (7/3). "
            "Rombongan dipimpin Asisten Administrasi Umum, Teguh Prasetyo.")
    assert facts(tagger, text) == [("Kabupaten Wajo", "Kota Bitung", "2023-03-07", "Teguh Prasetyo", None)]


def test_a_host_receiving_a_counted_group_hosts_it(tagger: Tagger) -> None:
    text = "Pemkot Magelang menerima 25 orang rombongan Pemkab Kebumen yang studi banding, Selasa (7/3)."
    assert facts(tagger, text) == [("Kabupaten Kebumen", "Kota Magelang", "2023-03-07", None, 25)]


def test_working_visit_to_a_governor_is_a_visit_to_his_province(tagger: Tagger) -> None:
    text = ("Wali Kota Pariaman, Rudi Santosa, melakukan kunjungan kerja ke Gubernur Jambi, Senin (6/3), untuk "
            "bertukar pengalaman tata kelola pemerintahan.")
    assert [(v[0], v[1], v[2]) for v in facts(tagger, text)] == [("Kota Pariaman", "Provinsi Jambi", "2023-03-06")]


@pytest.mark.parametrize("text, expected", [
    ("DPRD Provinsi Sulawesi Selatan studi banding ke DPRD Provinsi Jawa Timur di Surabaya, Senin (6/3).",
     [("Provinsi Sulawesi Selatan", "Provinsi Jawa Timur")]),
    ("Pemkab Wajo studi tiru ke Desa Sukamaju, Kecamatan Wedi, Kabupaten Klaten, Jawa Tengah, Senin (6/3).",
     [("Kabupaten Wajo", "Kabupaten Klaten")]),
])
def test_host_is_the_government_visited_not_the_city_of_its_seat_nor_the_village(tagger: Tagger, text: str,
                                                                                   expected: list) -> None:
    assert [(v[0], v[1]) for v in facts(tagger, text)] == expected


def test_a_host_counting_its_guests_lists_them(tagger: Tagger) -> None:
    text = ("Sepanjang 2023, Kabupaten Klaten menerima 25 kunjungan studi banding, antara lain dari Kabupaten Wajo, "
            "Kota Bitung, dan Provinsi Jambi.")
    assert [(v[0], v[1]) for v in facts(tagger, text)] == [("Kabupaten Wajo", "Kabupaten Klaten"),
                                                         ("Kota Bitung", "Kabupaten Klaten"),
                                                         ("Provinsi Jambi", "Kabupaten Klaten")]


@pytest.mark.parametrize("text", [
    "Rombongan Pemkab Wajo disambut hangat oleh Pemerintah Kota Madiun, Senin (8/5), untuk belajar tata kelola pasar.",
    "Bupati Wajo dan Rombongan Mendapat Sambutan Hangat dari Pemkot Madiun\nKunjungan kerja Pemkab Wajo diterima "
    "Pemerintah Kota Madiun untuk belajar tata kelola pasar.",
    "Delegasi Pemkab Wajo yang ingin belajar tata kelola pasar diterima langsung oleh Pemkot Madiun.",
])
def test_the_government_that_receives_hosts(tagger: Tagger, text: str) -> None:
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


@pytest.mark.parametrize("text", [
    "Rombongan Pemkab Wajo studi banding ke Pemkot Madiun, Jumat (5/5). Mereka diterima para pejabat dinas setempat "
    "yang dipimpin Asisten II Setda Kota Madiun Rudi Lumenta.",
    "Rombongan Pemkab Wajo belajar ke Kota Madiun. Tamu itu disambut jajaran Dinas Perdagangan yang dipimpin "
    "Kepala Dinas Perdagangan Kota Madiun Rudi Lumenta.",
])
def test_the_head_of_those_who_receive_is_a_host(tagger: Tagger, text: str) -> None:
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


@pytest.mark.parametrize("text", [
    "Desa Wisata Sukamaju, Kecamatan Paron, Kabupaten Ngawi, didatangi rombongan studi banding dari Kabupaten Wajo.",
    "Kabupaten Ngawi, Jawa Timur, kedatangan rombongan Pemkab Wajo yang ingin belajar pengelolaan desa wisata.",
])
def test_a_place_named_before_a_passive_visit_hosts(tagger: Tagger, text: str) -> None:
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kabupaten Ngawi")]


@pytest.mark.parametrize("text", [
    "Peserta Pelatihan Kepemimpinan BPSDM Provinsi Jambi Jadikan Kabupaten Klaten Lokus Studi Lapangan",
    "BPSDM Provinsi Jambi memilih Kabupaten Klaten tujuan studi lapangan peserta pelatihan kepemimpinan.",
    "Kepala desa se-Kabupaten Wajo menjalani studi tiru. Desa Sukamaju di Kabupaten Klaten menjadi objek studi "
    "tiru para kepala desa itu.",
])
def test_the_chosen_place_hosts(tagger: Tagger, text: str) -> None:
    host = pairs(tagger, text)
    assert [h for _, h in host] == ["Kabupaten Klaten"]


def test_a_region_with_its_abbreviation_before_a_passive_visit_hosts(tagger: Tagger) -> None:
    text = ("KENDARI - Provinsi Sulawesi Tenggara (Sultra) dikunjungi Bupati Wajo, Anton Sukma, Selasa (7/3). "
            "Kunjungan itu untuk studi banding tata kelola pelabuhan.")
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Provinsi Sulawesi Tenggara")]


@pytest.mark.parametrize("text", [
    "Rombongan Pemkab Wajo menemui Bupati Klaten untuk belajar tata kelola pasar, Senin (8/5).",
    "Dalam studi banding itu, delegasi DPRD Kabupaten Wajo temui Pemkab Klaten di pendopo, Senin (8/5).",
])
def test_the_government_a_delegation_meets_hosts(tagger: Tagger, text: str) -> None:
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kabupaten Klaten")]


def test_a_place_of_the_host_visited_names_the_host(tagger: Tagger) -> None:
    text = ("Dalam rangka studi banding, rombongan Pemkab Wajo mengunjungi Mal Pelayanan Publik Kota Madiun, Selasa "
            "(7/3).")
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


def test_learning_from_a_regions_success_names_the_host(tagger: Tagger) -> None:
    text = "Rombongan Pemkab Wajo belajar dari keberhasilan Kota Madiun mengelola sampah, Selasa (7/3)."
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


def test_a_deputy_heads_visit_told_with_its_host_in_the_sentence_before(tagger: Tagger) -> None:
    text = ("Kubu Raya - Wakil Bupati Kubu Raya Anton Sukma menyambut kunjungan Wabup Natuna Rudi Lumenta di Kantor "
            "Bupati Kubu Raya, Selasa (12/11).")
    assert pairs(tagger, text) == [("Kabupaten Natuna", "Kabupaten Kubu Raya")]


@pytest.mark.parametrize("text", [
    "Pemerintah Desa se-Kabupaten Wajo memilih Desa Sukamaju, Kecamatan Lembah, Kabupaten Klaten sebagai salah satu "
    "lokasi belajar pasar.",
    "Ketua DPRD Wajo, Anton Sukma, menuturkan Kabupaten Klaten terpilih menjadi salah satu tujuan belajar karena "
    "pasarnya tertata.",
])
def test_a_place_chosen_as_one_of_the_destinations_hosts(tagger: Tagger, text: str) -> None:
    # "sebagai salah satu lokasi belajar": one of the trip's destinations, not a region that learns
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kabupaten Klaten")]


def test_a_hard_wrapped_body_reads_its_host_across_a_wrapped_line(tagger: Tagger) -> None:
    # round 38: the splitter cuts a hard-wrapped body at each wrapped line; the visit rules read it as running text
    text = ("Hari Kamis (7/3/2024) pagi, rombongan studi tiru pengawas muda Kabupaten Wajo\n"
            "sampai di kantor Bupati Klaten di Jawa Tengah. Rombongan itu\n"
            "dibawa oleh Tirta Wicaksana, kepala bidang\n"
            "pengembangan kompetensi, beserta dua pendamping dan\n"
            "empat staf bidangnya.\n"
            "Setibanya di ruang rapat, tim\n"
            "segera dijamu pejabat setempat dan\n"
            "mendengar penjelasan ringkas mengenai\n"
            "perizinan daring.")
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kabupaten Klaten")]
