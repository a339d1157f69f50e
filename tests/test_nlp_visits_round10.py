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
    "Jakarta, Warta.id - Ketua DPRD Kabupaten Ngawi, Budi Santoso, bersama unsur pimpinan dan anggota menerima "
    "kunjungan kerja DPRD Kabupaten Pacitan. Kunjungan kerja itu untuk mempelajari penyusunan LKPJ.",
    "Jakarta, Warta.id - Bupati Ngawi Budi Santoso beserta jajaran menerima kunjungan kerja DPRD Kabupaten "
    "Pacitan yang ingin belajar soal LKPJ.",
])
def test_a_head_receiving_with_his_people_hosts_before_a_national_outlets_dateline(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == [("Kabupaten Pacitan", "Kabupaten Ngawi")]


@pytest.mark.parametrize(("text", "visitor"), [
    ("Padang - Tamu dari Komisi II DPRD Kabupaten Sleman Yogyakarta yang dipimpin Budi Santoso datang ke DPRD Kota "
     "Padang untuk studi banding, Senin (6/3).", "Kabupaten Sleman"),
    ("Rombongan DPRD Kabupaten Bantul Yogyakarta studi banding ke DPRD Kota Padang, Senin (6/3).",
     "Kabupaten Bantul"),
])
def test_a_bare_capital_named_like_its_province_after_one_of_its_regions_only_places_it(
        tagger: Tagger, text: str, visitor: str) -> None:
    assert visits(tagger, text) == [(visitor, "Kota Padang")]


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
    "Komisi II DPRD Jawa Tengah melakukan kunjungan kerja, Rabu (8/3). Tujuan kunjungan Komisi II ke Badan Penghubung "
    "Provinsi Jawa Tengah di Jakarta adalah menghimpun data pembangunan.",
    "Anggota DPRD Kabupaten Ngawi melakukan kunjungan kerja ke kantor penghubung Pemkab Ngawi di Jakarta, Rabu (8/3).",
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
    text = ("NGAWI - Program studi banding ke Provinsi Bali pekan lalu, yang diikuti 200 kepala desa dan 19 camat "
            "beserta sejumlah pejabat struktural pemerintah daerah Ngawi, diduga meleset dari sasaran.")
    assert visits(tagger, text) == [("Kabupaten Ngawi", "Provinsi Bali")]


def test_an_office_of_the_own_province_receives_its_regions_delegation(tagger: Tagger) -> None:
    text = ("NGAWI - DPRD Kabupaten Ngawi mengadakan kunjungan kerja ke Dinas Perpustakaan Provinsi Jawa Timur, Rabu "
            "(8/3). Rombongan yang dipimpin Wakil Ketua DPRD Ngawi, Budi Santoso, mengunjungi kota Surabaya.")
    assert visits(tagger, text) == [("Kabupaten Ngawi", "Provinsi Jawa Timur")]


@pytest.mark.parametrize("text", [
    "Komisi I DPRD Jawa Timur bersama Biro Pemerintahan provinsi dan Pemkab Ngawi berencana mendatangi Kemendagri "
    "untuk menanyakan soal batas wilayah. Dalam kunjungan kerja Komisi-Komisi DPRD Jawa Timur ke dalam daerah pekan "
    "lalu, Komisi II mendatangi Kabupaten Madiun.",
    "Pemkab Ngawi akan menyambangi Kementerian Dalam Negeri bulan depan. Dalam kunjungan kerja DPRD Jawa Timur ke "
    "dalam daerah, Komisi II mendatangi Kabupaten Madiun.",
])
def test_a_plan_to_go_to_a_ministry_makes_no_delegation(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == []


@pytest.mark.parametrize("text", [
    "Karena batal kunker ke Bali, DPRD Kabupaten Ngawi menjalani kunjungan kerja ke Kota Kupang, Senin (6/3). DPRD "
    "Ngawi sudah menerima uang jalan untuk kunker ke Bali pekan lalu. Sebagian anggota ingin kunker ke Bali "
    "dibatalkan dan dialihkan ke Kupang.",
    "Kunjungan kerja DPRD Kabupaten Ngawi ke Bali dibatalkan dan dialihkan ke Kota Kupang, Senin (6/3). Rapat "
    "pembahasan kunker ke Bali sempat ribut.",
])
def test_a_trip_called_off_and_sent_elsewhere_hosts_only_the_new_destination(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == [("Kabupaten Ngawi", "Kota Kupang")]


def test_a_wrong_province_after_a_regency_with_its_level_word_only_places_it(tagger: Tagger) -> None:
    text = ("Kepala desa Kalisari mengabarkan bahwa Desa Wetan di Kabupaten Sleman Jawa Timur menjadi objek studi tiru "
            "para kades dari Kabupaten Minahasa tersebut.")
    assert visits(tagger, text) == [("Kabupaten Minahasa", "Kabupaten Sleman")]


def test_a_province_council_and_a_regency_council_of_it_both_host(tagger: Tagger) -> None:
    text = ("Bapemperda DPRD Kabupaten Kapuas menjalankan kaji banding ke DPRD Provinsi Kalimantan Selatan dan DPRD "
            "Kabupaten Banjar pada 6 sampai 8 Maret 2023.")
    assert visits(tagger, text) == [("Kabupaten Kapuas", "Kabupaten Banjar"),
                                    ("Kabupaten Kapuas", "Provinsi Kalimantan Selatan")]


def test_a_village_of_aceh_placed_before_its_region_is_where_the_trip_went(tagger: Tagger) -> None:
    text = ("Rombongan tuha peut dari Kabupaten Aceh Utara menggelar kunjungan lapangan ke Gampong Lamreh, Kecamatan "
            "Mesjid Raya, Aceh Besar, Selasa (7/3). Mereka belajar pengelolaan dana gampong.")
    assert visits(tagger, text) == [("Kabupaten Aceh Utara", "Kabupaten Aceh Besar")]


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
