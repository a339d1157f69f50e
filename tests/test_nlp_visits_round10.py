"""General shapes of unseen regional news that the visit finder missed or misread (round 10; sentences of our
own, several phrasings each)."""

from __future__ import annotations

from functools import partial

import pytest
from nlp_helpers import VISIT_FIELDS
from nlp_helpers import visits as visit_tuples

from nlp import Tagger

visits = partial(visit_tuples, fields=VISIT_FIELDS[:2])  # visitor and host


@pytest.mark.parametrize("text", [
    "Anggota DPRD Kabupaten Pati (Pti), Jawa Tengah, menjalani studi banding di Kabupaten Gianyar, Bali.",
    "Anggota DPRD Kabupaten Pati (Pti), Provinsi Jawa Tengah, belajar pengelolaan sampah di Kabupaten Gianyar.",
])
def test_a_province_after_an_unread_short_form_only_places_the_delegation(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == [("Kabupaten Pati", "Kabupaten Gianyar")]


@pytest.mark.parametrize("text", [
    "Jakarta, Kabar.id - Ketua DPRD Kabupaten Wonosobo, Budi Santoso, bersama jajaran pimpinan dewan menerima "
    "kunjungan kerja DPRD Kabupaten Purbalingga. Kunjungan kerja itu untuk belajar penyusunan tata tertib.",
    "Jakarta, Kabar.id - Ketua DPRD Kabupaten Wonosobo, Budi Santoso, bersama para wakil ketua menerima kunjungan "
    "kerja DPRD Kabupaten Purbalingga yang ingin belajar soal tata tertib.",
])
def test_a_head_receiving_with_his_people_hosts_before_a_national_outlets_dateline(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == [("Kabupaten Purbalingga", "Kabupaten Wonosobo")]


@pytest.mark.parametrize(("text", "visitor"), [
    ("Rombongan Komisi C DPRD Kabupaten Gunungkidul Yogyakarta yang diketuai Budi Santoso berkunjung ke DPRD Kota "
     "Kendari untuk studi banding, Senin (6/3).", "Kabupaten Gunungkidul"),
    ("Anggota DPRD Kabupaten Bantul Yogyakarta berkunjung kerja ke DPRD Kota Kendari, Senin (6/3).",
     "Kabupaten Bantul"),
])
def test_a_bare_capital_named_like_its_province_after_one_of_its_regions_only_places_it(
        tagger: Tagger, text: str, visitor: str) -> None:
    assert visits(tagger, text) == [(visitor, "Kota Kendari")]


@pytest.mark.parametrize("text", [
    "Sebanyak 50 kepala desa Kabupaten Ngawi studi banding ke Yogyakarta, Senin (6/3). Lokasi yang dikunjungi "
    "adalah Desa Wukirsari, Sleman, Yogyakarta.",
    "Pemkab Ngawi studi banding ke Yogyakarta, Senin (6/3). Tujuan kunjungan yakni Desa Wukirsari di Kabupaten "
    "Sleman.",
])
def test_a_bare_capital_named_like_its_province_gives_way_to_a_region_of_the_province(
        tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == [("Kabupaten Ngawi", "Kabupaten Sleman")]


@pytest.mark.parametrize("text", [
    "Para kepala desa se-Kabupaten Ngawi studi banding di dua desa di Provinsi Bali, yakni Desa Sanur Kauh di Kota "
    "Denpasar dan Desa Mengwi di Kabupaten Badung.",
    "Para kepala desa se-Kabupaten Ngawi studi banding ke dua desa, yaitu Desa Sanur Kauh, Kota Denpasar, dan Desa "
    "Mengwi, Kabupaten Badung.",
])
def test_villages_in_a_list_of_destinations_keep_their_regions_listed(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == [("Kabupaten Ngawi", "Kabupaten Badung"), ("Kabupaten Ngawi", "Kota Denpasar")]


@pytest.mark.parametrize("text", [
    "Sebanyak 15 anggota DPRD Kabupaten Ngawi berangkat ke Yogyakarta, Rabu (8/3). Studi banding ke DPRD DI "
    "Yogyakarta itu untuk mempelajari tata tertib dewan. Yogyakarta dipilih karena tata tertibnya baru.",
    "Pansus DPRD Kabupaten Ngawi studi banding ke Yogyakarta, Rabu (8/3). Rombongan diterima di gedung DPRD "
    "Provinsi DIY.",
])
def test_a_bare_capital_named_like_its_province_is_the_province_named_as_a_government(
        tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == [("Kabupaten Ngawi", "Provinsi Daerah Istimewa Yogyakarta")]


def test_a_headline_naming_two_councils_without_ke_gives_no_reversed_visit(tagger: Tagger) -> None:
    text = ("DPRD Wonogiri Studi Banding DPRD Gianyar\n\nWONOGIRI - Rombongan Komisi A DPRD Kabupaten Wonogiri "
            "bertandang ke DPRD Kabupaten Gianyar, Selasa (19/3). Mereka mempelajari tata kelola pariwisata desa.")
    assert ("Kabupaten Gianyar", "Kabupaten Wonogiri") not in visits(tagger, text)


def test_an_earlier_trip_told_with_bila_still_counts(tagger: Tagger) -> None:
    text = ("Bila DPRD Kabupaten Blora berguru ke Kabupaten Magetan bulan lalu, kini giliran Komisi C DPRD Kabupaten "
            "Ngawi kunjungan kerja ke Kabupaten Magetan, Selasa (19/3).")
    assert visits(tagger, text) == [("Kabupaten Blora", "Kabupaten Magetan"), ("Kabupaten Ngawi", "Kabupaten Magetan")]


def test_coming_home_after_the_trip_is_no_earlier_stop(tagger: Tagger) -> None:
    text = ("Puluhan anggota DPRD Kabupaten Kudus berkunjung kerja ke Kabupaten Sleman, Selasa (7/3). \"Kunker itu "
            "bertujuan menimba ilmu, agar sepulang ke Kudus mereka gampang menjalankan tugas,\" katanya. Ia menyebut "
            "waktu kunker dipilih saat tidak ada agenda penting di DPRD Kudus.")
    assert visits(tagger, text) == [("Kabupaten Kudus", "Kabupaten Sleman")]


@pytest.mark.parametrize("text", [
    # (with "Kantor Perwakilan" for "Kantor Penghubung" the trip would go to Jakarta: only the cue rejects it)
    "Komisi II DPRD Jawa Tengah melakukan kunjungan kerja ke Badan Penghubung Provinsi Jawa Tengah di Jakarta, Rabu "
    "(8/3), untuk menghimpun data pembangunan.",
    "Anggota Komisi A DPRD Kabupaten Ngawi melakukan kunjungan kerja ke Kantor Penghubung Provinsi Jawa Timur di "
    "Jakarta, Rabu (8/3).",
])
def test_a_trip_to_the_own_liaison_office_in_the_capital_is_no_visit(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == []


@pytest.mark.parametrize("text", [
    "LLDikti Wilayah VII Surabaya menggelar kunjungan kerja studi komparatif ke Kabupaten Banyuwangi, Rabu (8/3). "
    "Rombongan diterima Bupati Banyuwangi.",
    "Kanwil Kemenkumham Provinsi Jawa Timur melakukan studi banding ke Kabupaten Badung, Rabu (8/3).",
])
def test_a_regional_service_of_a_national_body_is_no_delegation_of_its_region(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == []


def test_a_list_of_delegations_goes_on_through_the_council_leaders_of_the_last(tagger: Tagger) -> None:
    text = ("Kunjungan kerja ke Sragen dilakukan empat rombongan DPRD dari Jawa Timur. \"Kami menerima empat "
            "rombongan, yaitu pimpinan DPRD Kota Blitar, komisi DPRD Kabupaten Kediri, Nganjuk dan pimpinan DPRD "
            "Kabupaten Tuban,\" kata Kabag Umum Sekretariat DPRD, Budi Santoso, di DPRD Sragen, Rabu (8/3).")
    assert visits(tagger, text) == [("Kabupaten Kediri", "Kabupaten Sragen"), ("Kabupaten Nganjuk", "Kabupaten Sragen"),
                                    ("Kabupaten Tuban", "Kabupaten Sragen"), ("Kota Blitar", "Kabupaten Sragen")]


@pytest.mark.parametrize(("text", "visit"), [
    ("Kunker Komisi I DPRD Jawa Timur dibagi menjadi dua kelompok, yakni ke Kemendagri untuk konsultasi, serta studi "
     "komparasi ke provinsi tetangga, Jawa Tengah.", ("Provinsi Jawa Timur", "Provinsi Jawa Tengah")),
    ("Rombongan Pemkab Ngawi studi banding ke kabupaten tetangga, Kabupaten Sragen, Rabu (8/3).",
     ("Kabupaten Ngawi", "Kabupaten Sragen")),
])
def test_a_destination_named_after_its_neighbourhood_hosts(tagger: Tagger, text: str, visit: tuple) -> None:
    assert visits(tagger, text) == [visit]


def test_the_local_government_written_in_lower_case_travels(tagger: Tagger) -> None:
    text = ("MAGETAN - Kegiatan studi tiru ke Provinsi Sumatera Barat bulan lalu, yang melibatkan 120 perangkat desa "
            "serta sejumlah kepala dinas pemerintah daerah Magetan, dinilai boros anggaran.")
    assert visits(tagger, text) == [("Kabupaten Magetan", "Provinsi Sumatera Barat")]


def test_an_office_of_the_own_province_receives_its_regions_delegation(tagger: Tagger) -> None:
    text = ("NGAWI - DPRD Kabupaten Ngawi mengadakan kunjungan kerja ke Dinas Perpustakaan Provinsi Jawa Timur, Rabu "
            "(8/3). Rombongan yang dipimpin Wakil Ketua DPRD Ngawi, Budi Santoso, mengunjungi kota Surabaya.")
    assert visits(tagger, text) == [("Kabupaten Ngawi", "Provinsi Jawa Timur")]


@pytest.mark.parametrize("text", [
    "Komisi A DPRD Sulawesi Tengah bersama Biro Hukum provinsi dan Pemkab Donggala berencana mendatangi Kemendagri "
    "guna membahas tapal batas. Sebelumnya dalam kunjungan kerja DPRD Sulawesi Tengah ke wilayah sendiri, Komisi A "
    "mendatangi Kabupaten Sigi.",
    "Pemkab Donggala akan menyambangi Kementerian Dalam Negeri bulan depan. Dalam kunjungan kerja DPRD Sulawesi "
    "Tengah ke dalam wilayah, Komisi A mendatangi Kabupaten Sigi.",
])
def test_a_plan_to_go_to_a_ministry_makes_no_delegation(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == []


@pytest.mark.parametrize("text", [
    "Karena urung kunker ke Lombok, DPRD Kabupaten Magetan melakukan kunjungan kerja ke Kota Palu, Kamis (9/3). "
    "Sebagian anggota sempat ingin kunker ke Lombok tetap jalan, namun rencana itu dibatalkan dan dialihkan ke Palu.",
    "Kunker Komisi B DPRD Kabupaten Magetan ke Lombok dibatalkan dan dialihkan ke Kota Palu, Kamis (9/3). Pembahasan "
    "rencana ke Lombok sempat alot.",
])
def test_a_trip_called_off_and_sent_elsewhere_hosts_only_the_new_destination(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == [("Kabupaten Magetan", "Kota Palu")]


def test_a_wrong_province_after_a_regency_with_its_level_word_only_places_it(tagger: Tagger) -> None:
    text = ("Kepala desa Kalisari mengabarkan bahwa Desa Wetan di Kabupaten Sleman Jawa Timur menjadi objek studi tiru "
            "para kades dari Kabupaten Minahasa tersebut.")
    assert visits(tagger, text) == [("Kabupaten Minahasa", "Kabupaten Sleman")]


def test_a_province_council_and_a_regency_council_of_it_both_host(tagger: Tagger) -> None:
    text = ("Panitia khusus DPRD Kabupaten Sikka bertolak untuk kaji banding ke DPRD Provinsi Sulawesi Utara dan DPRD "
            "Kabupaten Minahasa, 4 hingga 6 Mei 2023.")
    assert visits(tagger, text) == [("Kabupaten Sikka", "Kabupaten Minahasa"),
                                    ("Kabupaten Sikka", "Provinsi Sulawesi Utara")]


def test_a_village_of_aceh_placed_before_its_region_is_where_the_trip_went(tagger: Tagger) -> None:
    text = ("Sejumlah keuchik asal Kabupaten Aceh Tamiang melakukan studi tiru ke Gampong Baru, Kecamatan Setia Bakti, "
            "Aceh Jaya, Kamis (9/3). Mereka mempelajari pengelolaan badan usaha gampong.")
    assert visits(tagger, text) == [("Kabupaten Aceh Tamiang", "Kabupaten Aceh Jaya")]


def test_a_visiting_head_receiving_a_briefing_with_his_group_still_visits(tagger: Tagger) -> None:
    text = ("Rombongan Pemkab Ngawi studi banding ke Kabupaten Banyuwangi, Rabu (8/3). Sekda Ngawi Budi Santoso "
            "bersama rombongan menerima paparan dari Kepala Bappeda Banyuwangi soal pelayanan publik.")
    assert visits(tagger, text) == [("Kabupaten Ngawi", "Kabupaten Banyuwangi")]


def test_a_trip_once_postponed_that_took_place_keeps_its_host(tagger: Tagger) -> None:
    text = ("Studi banding DPRD Kabupaten Ngawi ke Kota Batu sempat ditunda pekan lalu. Rabu (8/3), rombongan akhirnya "
            "tiba di Kota Batu dan diterima Wali Kota Batu. Rombongan juga mengunjungi Kabupaten Malang. Di Kota Batu "
            "mereka belajar pengelolaan wisata.")
    assert visits(tagger, text) == [("Kabupaten Ngawi", "Kabupaten Malang"), ("Kabupaten Ngawi", "Kota Batu")]


@pytest.mark.parametrize("text", [
    "Kunjungan kerja Komisi A DPRD Kabupaten Purworejo urung ke Kabupaten Tabanan, dialihkan ke Kota Malang, Selasa "
    "(19/3). Rombongan belajar soal perizinan.",
    "Studi banding Pemkab Purworejo ke Kabupaten Tabanan ditunda karena hujan deras. Rombongan tetap berkunjung ke "
    "Kota Malang, Selasa (19/3). Kunjungan ke Tabanan dijadwalkan ulang bulan depan.",
])
def test_a_trip_sent_elsewhere_or_rescheduled_hosts_where_it_went(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == [("Kabupaten Purworejo", "Kota Malang")]
