"""Learning visits: visitor, host, leader, date, kind; several delegations; what is no visit (delegation sizes are in
test_nlp_sizes.py)."""

from __future__ import annotations

import pytest
from nlp_helpers import visits

from nlp import Tagger


def test_delegation_led_by_secretary_with_companions(tagger: Tagger) -> None:
    text = ("Rombongan Pemkab Ngawi melakukan studi banding ke Kabupaten Sumedang, Rabu (8/3). Rombongan dipimpin "
            "Sekda Ngawi, Mokh. Safiq Darmoyuwono, yang mengajak sebelas orang kepala OPD untuk belajar "
            "pelayanan perizinan. Mereka diterima Bupati Sumedang Darsono Adi Wiratma.")
    assert visits(tagger, text) == [("Kabupaten Ngawi", "Kabupaten Sumedang", "2023-03-08",
                                     "Mokh. Safiq Darmoyuwono", 12, "studi banding")]


def test_host_official_receives_a_visit(tagger: Tagger) -> None:
    text = ("Wakil Bupati Sleman Darmaji Wisesa menerima kunjungan kerja Pemerintah Kota Cimahi di Ruang Rapat "
            "Sekda, Kamis (9/3). Rombongan berjumlah 40 orang dipimpin Asisten Pemerintahan Kota Cimahi, "
            "Hella Haerani, yang ingin mempelajari pengelolaan sampah desa.")
    assert visits(tagger, text) == [("Kota Cimahi", "Kabupaten Sleman", "2023-03-09", "Hella Haerani", 40,
                                     "kunjungan kerja")]


def test_several_heads_of_region_are_several_visits(tagger: Tagger) -> None:
    text = ("Banyuwangi kedatangan tiga kepala daerah sekaligus, yakni Bupati Lombok Timur Sukiman Azhar, "
            "Bupati Maros Chaidir Samudra, dan Wali Kota Tual Adam Renwarin, Sabtu (4/3). Mereka ingin belajar "
            "pengembangan wisata.")
    got = visits(tagger, text)
    assert [(v[0], v[1], v[3]) for v in got] == [
        ("Kabupaten Lombok Timur", "Kabupaten Banyuwangi", "Sukiman Azhar"),
        ("Kabupaten Maros", "Kabupaten Banyuwangi", "Chaidir Samudra"),
        ("Kota Tual", "Kabupaten Banyuwangi", "Adam Renwarin")]
    assert {v[2] for v in got} == {"2023-03-04"}


def test_one_delegation_two_hosts(tagger: Tagger) -> None:
    text = ("Usai berkunjung ke Kota Salatiga, rombongan Pemkab Kepulauan Meranti bergerak ke Kabupaten Boyolali. "
            "Di sana mereka diterima Sekda Boyolali, Masruri, dan ingin meniru pelayanan terpadu.")
    got = visits(tagger, text)
    assert [(v[0], v[1], v[3]) for v in got] == [
        ("Kabupaten Kepulauan Meranti", "Kabupaten Boyolali", None),
        ("Kabupaten Kepulauan Meranti", "Kota Salatiga", None)]


def test_regency_visitor_rather_than_its_province(tagger: Tagger) -> None:
    text = "Rombongan Pemkab Lebak Banten studi tiru ke Kabupaten Purwakarta untuk mempelajari tata kota."
    assert [(v[0], v[1], v[5]) for v in visits(tagger, text)] == [
        ("Kabupaten Lebak", "Kabupaten Purwakarta", "studi tiru")]


def test_leader_named_as_head_of_delegation(tagger: Tagger) -> None:
    text = ("Pejabat Pemkab Tapin belajar tata kelola arsip di Kota Banjarbaru. Sekda Tapin Sufiansyah selaku "
            "pimpinan rombongan berterima kasih kepada Pemkot Banjarbaru.")
    assert [(v[0], v[1], v[3]) for v in visits(tagger, text)] == [
        ("Kabupaten Tapin", "Kota Banjarbaru", "Sufiansyah")]


@pytest.mark.parametrize("text", [
    "Gubernur Jawa Timur melakukan kunjungan kerja ke Kabupaten Jember untuk meninjau banjir, Senin (6/3).",
    "Bupati Gresik meluncurkan aplikasi Curhat Bupati di Kantor Bupati Gresik, Senin (6/3).",
    "Pemkab Pati menerima penghargaan dari Gubernur Jawa Tengah di Semarang.",
])
def test_no_learning_visit(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == []


def test_undated_without_publication_year(tagger: Tagger) -> None:
    text = "Rombongan Pemkab Ngawi studi banding ke Kabupaten Sumedang, Rabu (8/3), untuk belajar perizinan."
    assert visits(tagger, text, published=None)[0][2] is None


def test_evidence_sentence(tagger: Tagger) -> None:
    text = ("Hari hujan. Rombongan Pemkot Pariaman studi banding ke Kabupaten Gianyar untuk belajar. "
            "Acara selesai sore.")
    result = tagger.extract({"id": "e", "url": None, "title": None, "published": None, "text": text})
    evidence = result["visits"][0]["evidence"]
    assert evidence["text"] == "Rombongan Pemkot Pariaman studi banding ke Kabupaten Gianyar untuk belajar."
    assert text[evidence["start"]:evidence["end"]] == evidence["text"]


def test_official_as_the_travelling_subject(tagger: Tagger) -> None:
    text = ("Bupati Kebumen Arif Sugiyanto datang bersama 12 orang kepala OPD ke Kabupaten Banyuwangi, kemarin, "
            "untuk studi banding pelayanan publik. Mereka disambut Bupati Banyuwangi Rukmini Pratiwisari.")
    assert visits(tagger, text) == [("Kabupaten Kebumen", "Kabupaten Banyuwangi", "2023-03-09", "Arif Sugiyanto",
                                     13, "studi banding")]


def test_learning_from_a_region_and_last_weekday(tagger: Tagger) -> None:
    text = ("Kabupaten Lebak belajar pengelolaan wisata dari Kabupaten Pangandaran, Senin lalu. Rombongan "
            "beranggotakan 18 orang itu dipimpin Wakil Bupati Lebak Ade Sukmajaya.")
    # published Friday 2023-03-10: the last Monday is 2023-03-06
    assert visits(tagger, text) == [("Kabupaten Lebak", "Kabupaten Pangandaran", "2023-03-06", "Ade Sukmajaya", 18,
                                     None)]


def test_a_stop_on_the_way_is_no_host(tagger: Tagger) -> None:
    text = ("Dalam perjalanan, rombongan Pemkot Denpasar singgah untuk makan siang di Kabupaten Situbondo. "
            "Rombongan lalu studi banding ke Kabupaten Banyuwangi untuk belajar soal pasar.")
    assert [(v[0], v[1]) for v in visits(tagger, text)] == [("Kota Denpasar", "Kabupaten Banyuwangi")]


def test_guests_from_a_region(tagger: Tagger) -> None:
    text = ("Wakil Wali Kota Batu Gilang Santika menerima tamu dari Kabupaten Tabalong yang ingin belajar "
            "pengelolaan desa wisata.")
    assert [(v[0], v[1]) for v in visits(tagger, text)] == [("Kabupaten Tabalong", "Kota Batu")]


def test_dateline_region_is_not_the_delegation(tagger: Tagger) -> None:
    text = ("SIAK – Rombongan Pemkab Sambas melakukan kunjungan kerja ke Kabupaten Siak, Senin (6/3). Rombongan "
            "dipimpin Asisten Pemerintahan Sambas, Ir. Rudi Hartanto, S.E., yang mengajak 8 orang pejabat untuk "
            "belajar pelayanan kependudukan.\nKedatangan mereka disambut Kadis Pariwisata Siak Dr. Dewi Permana, "
            "M.Si. di kantor bupati.")
    assert visits(tagger, text) == [("Kabupaten Sambas", "Kabupaten Siak", "2023-03-06", "Rudi Hartanto", 9,
                                     "kunjungan kerja")]


def test_host_named_by_its_government_and_council_delegation(tagger: Tagger) -> None:
    text = ("Rombongan dari DPRD Kabupaten Sinjai melakukan studi banding ke Pemkab Bantaeng untuk belajar "
            "pengelolaan rumah sakit daerah.")
    assert [(v[0], v[1]) for v in visits(tagger, text)] == [("Kabupaten Sinjai", "Kabupaten Bantaeng")]


def test_village_heads_from_a_region_to_a_village_in_another(tagger: Tagger) -> None:
    text = ("Sebanyak 25 kepala desa dari Kabupaten Lumajang belajar pengelolaan desa wisata ke Desa Pujon Kidul, "
            "Kabupaten Malang, Senin (6/3).")
    assert visits(tagger, text) == [("Kabupaten Lumajang", "Kabupaten Malang", "2023-03-06", None, 25, None)]


def test_host_as_the_destination_of_a_study(tagger: Tagger) -> None:
    text = ("Kabupaten Trenggalek menjadi tujuan studi banding Pemkab Pacitan, Kamis (9/3). Kegiatan itu diikuti "
            "18 peserta dari sejumlah dinas.")
    assert visits(tagger, text) == [("Kabupaten Pacitan", "Kabupaten Trenggalek", "2023-03-09", None, 18,
                                     "studi banding")]


def test_receiving_official_without_region_serves_the_host(tagger: Tagger) -> None:
    text = ("Pemkab Trenggalek menerima kunjungan studi banding rombongan Pemkab Pacitan yang ingin belajar "
            "perizinan. Mereka diterima Kepala Bappeda Ahmad Yusuf di ruang rapat.")
    result = tagger.extract({"id": "r", "url": None, "title": None, "published": None, "text": text})
    assert [(o["name"], o["region"]) for o in result["officials"]] == [("Ahmad Yusuf", "Kabupaten Trenggalek")]
    (visit,) = result["visits"]
    assert (visit["visitor"], visit["host"], visit["host_officials"]) == (
        "Kabupaten Pacitan", "Kabupaten Trenggalek", ["Ahmad Yusuf"])


def test_destinations_listed_are_each_a_visit(tagger: Tagger) -> None:
    text = ("DPRD Kota Bitung melakukan kunjungan kerja ke Jawa Timur untuk belajar tata kelola pasar. Daerah "
            "tujuan kunjungan antara lain Blitar, Kabupaten Ngawi dan Kabupaten Magetan. Kunjungan itu "
            "berlangsung sejak Senin (4/3/2024).")
    got = visits(tagger, text, published="2024-03-08")
    assert [(v[0], v[1], v[2]) for v in got] == [
        ("Kota Bitung", "Kabupaten Magetan", "2024-03-04"), ("Kota Bitung", "Kabupaten Ngawi", "2024-03-04"),
        ("Kota Bitung", "Kota Blitar", "2024-03-04")]


def test_several_delegations_received_at_once(tagger: Tagger) -> None:
    text = ("Bupati Klaten Sri Wahyuningrum menerima kunjungan Bupati Wajo Anton Sukma, Wali Kota Bitung Rudi Lumenta, "
            "dan Bupati Pati Hadi Suseno, Rabu (6/3). Ketiganya ingin belajar pengelolaan sampah.")
    got = visits(tagger, text)
    assert [(v[0], v[1], v[3]) for v in got] == [("Kabupaten Pati", "Kabupaten Klaten", "Hadi Suseno"),
                                                 ("Kabupaten Wajo", "Kabupaten Klaten", "Anton Sukma"),
                                                 ("Kota Bitung", "Kabupaten Klaten", "Rudi Lumenta")]


def test_receiving_head_with_staff_is_the_host(tagger: Tagger) -> None:
    text = ("Sekda Kabupaten Wajo Anton Sukma berkunjung kerja ke Kabupaten Klaten, Kamis (7/3). Bupati Klaten "
            "Sri Wahyuningrum bersama jajaran pemerintah setempat menerima rombongan yang ingin belajar.")
    assert [(v[0], v[1], v[3]) for v in visits(tagger, text)] == [("Kabupaten Wajo", "Kabupaten Klaten",
                                                                   "Anton Sukma")]


def test_headline_receiving_and_listed_visitors(tagger: Tagger) -> None:
    text = "DPRD Kabupaten Klaten menyambut kunjungan kerja DPRD Kabupaten Wajo dan Kabupaten Pati untuk belajar."
    got = visits(tagger, text, title="DPRD Klaten Terima Kunjungan Kerja dari Wajo dan Pati")
    assert [(v[0], v[1]) for v in got] == [("Kabupaten Pati", "Kabupaten Klaten"),
                                           ("Kabupaten Wajo", "Kabupaten Klaten")]


def test_provinces_placing_a_visitor_are_no_visitors(tagger: Tagger) -> None:
    text = ("Bupati Klaten Sri Wahyuningrum menyambut kunjungan kerja DPRD Kabupaten Wajo, Provinsi Sulawesi Selatan, "
            "yang ingin belajar tata kelola pasar. Rombongan Pemkab Pinrang Provinsi Sulawesi Barat, Sulawesi "
            "Selatan juga belajar ke Klaten.")
    assert [(v[0], v[1]) for v in visits(tagger, text)] == [("Kabupaten Pinrang", "Kabupaten Klaten"),
                                                            ("Kabupaten Wajo", "Kabupaten Klaten")]


def test_a_place_visited_is_no_visitor(tagger: Tagger) -> None:
    text = ("Rombongan Pemkab Wajo studi banding ke Kota Madiun. Di Kabupaten Ngawi, rombongan mendatangi sentra "
            "kerajinan.")
    assert [(v[0], v[1]) for v in visits(tagger, text)] == [("Kabupaten Wajo", "Kota Madiun")]


@pytest.mark.parametrize("text", [
    "Kunjungan kerja ke Sekolah Alam Kabupaten Klaten dilakukan Wakil Bupati Wajo, Ani Susanti, Selasa (5/3).",
    "Rombongan Pemkab Wajo studi banding ke Pasar Induk Kabupaten Klaten, Selasa (5/3).",
    "Rombongan Pemkab Wajo belajar di Dinas Kesehatan Kabupaten Klaten, Selasa (5/3).",
])
def test_host_behind_a_place_of_the_visit(tagger: Tagger, text: str) -> None:
    got = visits(tagger, text)
    assert [(v[0], v[1], v[2]) for v in got] == [("Kabupaten Wajo", "Kabupaten Klaten", "2023-03-05")]
