"""Visits in phrasings first met on news nobody tuned on: a host's welcome, a visit a government "gets",
per-delegation head counts, named leaders of a trip (sentences of our own)."""

from __future__ import annotations

from functools import partial

from nlp_helpers import VISIT_FIELDS
from nlp_helpers import visits as visit_tuples

from nlp import Tagger

visits = partial(visit_tuples, fields=VISIT_FIELDS[:-1])  # all but the kind


def test_the_official_who_says_welcome_serves_the_host(tagger: Tagger) -> None:
    # "selamat datang" is the host's word, not the going of his region
    text = ("Kunker Komisi B DPRD Kabupaten Wonosobo diterima oleh Sekretaris Daerah Kabupaten Kebumen, Gilang "
            "Kusumajati, Selasa (7/3). Sekda, atas nama warga Kabupaten Kebumen, mengucapkan selamat datang kepada "
            "rombongan.")
    assert visits(tagger, text) == [("Kabupaten Wonosobo", "Kabupaten Kebumen", "2023-03-07", None, None)]


def test_a_government_that_gets_a_visit_from_a_kabupaten_hosts_it(tagger: Tagger) -> None:
    text = ("KOTA – Pemerintah Kota (Pemko) Bitung mendapat kunjungan rombongan dari Kabupaten Wajo, Selasa (7/3). "
            "Rombongan dipimpin Asisten Administrasi Umum, Teguh Prasetyo.")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kota Bitung", "2023-03-07", "Teguh Prasetyo", None)]


def test_each_delegation_takes_the_head_count_written_with_its_own_name(tagger: Tagger) -> None:
    text = ("DPRD Kabupaten Klaten menerima kunjungan dari DPRD Kabupaten Wajo dan Kabupaten Pati, Selasa (7/3). "
            "Tamu dari Pati sebanyak 12 orang ingin studi banding soal pasar desa. Sedangkan dari Wajo, rombongan "
            "sebanyak 9 orang datang untuk belajar tata tertib dewan.")
    assert [(v[0], v[4]) for v in visits(tagger, text)] == [("Kabupaten Pati", 12), ("Kabupaten Wajo", 9)]


def test_companions_written_as_pendampingan_add_to_the_count(tagger: Tagger) -> None:
    text = ("Komisi I DPRD Kabupaten Wajo studi banding ke DPRD Kota Bitung, Selasa (7/3). Rombongan terdiri atas "
            "enam orang anggota Komisi I dengan pendampingan dua orang kepala dinas.")
    assert [v[4] for v in visits(tagger, text)] == [8]


def test_a_trip_led_by_a_mistyped_title_takes_the_name_after_its_region(tagger: Tagger) -> None:
    text = ("Pemkab Klaten menerima kunjungan kerja Pemkab Wajo, Selasa (7/3). Rombongan yang langsung dipimpin "
            "Sekertaris Daerah kab Wajo Ibu Ratna Dewi Lestari itu ingin belajar pengelolaan keuangan daerah.")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kabupaten Klaten", "2023-03-07", "Ratna Dewi Lestari", None)]


def test_a_trip_noun_led_by_a_named_person(tagger: Tagger) -> None:
    text = ("Pemkab Wajo berkunjung ke Kota Bitung, Selasa (7/3), untuk studi tiru. Kunker yang diketuai "
            "Teguh Prasetyo itu membahas pelayanan perizinan.")
    assert [v[3] for v in visits(tagger, text)] == ["Teguh Prasetyo"]


def test_a_head_leading_his_team_to_a_province_leads_his_own_region(tagger: Tagger) -> None:
    # the destination written after the team is not the leader's region
    text = ("Tim Pemkab Wajo berkunjung ke Kota Bitung, Selasa (7/3). Asisten Bidang Kesejahteraan Pemerintah "
            "Kabupaten (Pemkab) Wajo (Wj), Teguh Prasetyo, memimpin langsung puluhan anggota tim dalam studi tiru ke "
            "Sulawesi Utara itu.")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kota Bitung", "2023-03-07", "Teguh Prasetyo", None)]


def test_an_island_before_its_province_without_a_comma_places_the_host(tagger: Tagger) -> None:
    text = ("Dinas Pariwisata Kabupaten Wajo melakukan studi tiru ke Flores Nusa Tenggara Timur. Rombongan tiba "
            "Selasa (7/3).")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Provinsi Nusa Tenggara Timur", "2023-03-07", None, None)]


def test_a_street_before_a_city_is_no_island(tagger: Tagger) -> None:
    text = ("Komisi II DPRD Kabupaten Wajo melakukan kunjungan kerja ke DPRD Provinsi Sulawesi Utara yang berkantor "
            "di Jalan Sam Ratulangi Manado, Selasa (7/3).")
    assert [(v[0], v[1]) for v in visits(tagger, text)] == [("Kabupaten Wajo", "Provinsi Sulawesi Utara")]


def test_guests_listed_with_a_relative_clause_after_the_list_are_each_a_visit(tagger: Tagger) -> None:
    text = ("DPRD Kabupaten Klaten menerima kunjungan kerja DPRD dari tiga daerah sekaligus. Mereka datang untuk "
            "belajar soal pariwisata. Ketiganya ialah DPRD Kabupaten Wajo, DPRD Kota Bitung dan DPRD Pati, yang "
            "dikumpulkan di ruang sidang.")
    assert [(v[0], v[1]) for v in visits(tagger, text)] == [("Kabupaten Pati", "Kabupaten Klaten"),
                                                          ("Kabupaten Wajo", "Kabupaten Klaten"),
                                                          ("Kota Bitung", "Kabupaten Klaten")]


def test_a_list_of_visiting_councils_may_name_members_and_secretariats(tagger: Tagger) -> None:
    text = ("DPRD Kabupaten Klaten rutin menerima kunjungan kerja dari daerah lain. Daerah yang berkunjung tahun "
            "ini, antara lain Anggota dan Sekretariat DPRD kab. Wajo, DPRD Kota Bitung, Sekretariat DPRD Pati.")
    assert [(v[0], v[1]) for v in visits(tagger, text)] == [("Kabupaten Pati", "Kabupaten Klaten"),
                                                          ("Kabupaten Wajo", "Kabupaten Klaten"),
                                                          ("Kota Bitung", "Kabupaten Klaten")]


def test_two_delegations_counted_in_one_sentence_each_take_their_own_count(tagger: Tagger) -> None:
    text = ("Senin (6/3), DPRD Kabupaten Wajo dan DPRD Kota Bitung studi banding ke Pemkab Klaten. Rombongan DPRD "
            "Kabupaten Wajo berjumlah 14 orang dan rombongan DPRD Kota Bitung 17 orang; keduanya diterima di aula.")
    assert [(v[0], v[4]) for v in visits(tagger, text)] == [("Kabupaten Wajo", 14), ("Kota Bitung", 17)]


def test_a_count_written_before_jumlahnya(tagger: Tagger) -> None:
    text = ("Wakil Bupati Wajo datang ke Kota Bitung bersama para kepala dinas, sekira 45 orang jumlahnya, untuk "
            "studi tiru pengelolaan aset, Selasa (7/3).")
    assert [v[4] for v in visits(tagger, text)] == [45]


def test_a_called_off_trip_diverted_elsewhere_keeps_the_new_hosts_only(tagger: Tagger) -> None:
    text = ("DPRD Kabupaten Wajo urung kunker ke Kota Bitung. Sebelumnya dua Pansus berencana studi komparasi ke "
            "Kota Bitung. Kita batalkan perjalanan anggota Pansus DPRD Wajo yang mau studi komparasi ke Bitung "
            "itu. Selanjutnya, studi komparasi Pansus dialihkan ke Kabupaten Klaten dan ke Kabupaten Pati.")
    assert [(v[0], v[1]) for v in visits(tagger, text)] == [("Kabupaten Wajo", "Kabupaten Klaten"),
                                                          ("Kabupaten Wajo", "Kabupaten Pati")]


def test_a_called_off_trip_alone_is_no_visit(tagger: Tagger) -> None:
    text = "Kunjungan kerja DPRD Kabupaten Wajo ke Kota Bitung yang dijadwalkan Selasa (7/3) dibatalkan."
    assert visits(tagger, text) == []


def test_a_council_body_under_the_lead_of_a_named_person(tagger: Tagger) -> None:
    text = ("Pansus Tata Tertib DPRD Kota Bitung di bawah pimpinan Teguh Prasetyo menjalankan studi banding ke "
            "DPRD Kabupaten Klaten, Selasa (7/3).")
    assert visits(tagger, text) == [("Kota Bitung", "Kabupaten Klaten", "2023-03-07", "Teguh Prasetyo", None)]


def test_a_foreign_delegation_under_a_named_lead_is_no_official(tagger: Tagger) -> None:
    result = tagger.extract({"id": "v", "url": None, "title": None, "published": "2023-03-10",
                             "text": "Delegasi Mongolia di bawah pimpinan Teguh Prasetyo berkunjung ke Kota Bitung."})
    assert result["officials"] == [] and result["visits"] == []


def test_earlier_guests_listed_before_today_are_visits_too(tagger: Tagger) -> None:
    text = ("Pemkot Magelang menerima kunjungan kerja Pemkab Kebumen untuk studi tiru pelayanan perizinan, Selasa "
            "(7/3). \"Mulai dari Pemkot Salatiga, Wonosobo kemudian Purworejo, dan kini kami senang bertemu rekan "
            "dari Pemkab Kebumen,\" kata Wali Kota Magelang.")
    assert sorted(v[0] for v in visits(tagger, text)) == ["Kabupaten Kebumen", "Kabupaten Purworejo",
                                                          "Kabupaten Wonosobo", "Kota Salatiga"]


def test_a_count_of_the_hosts_own_people_is_not_the_delegation(tagger: Tagger) -> None:
    text = ("Pemkot Magelang menerima studi banding Pemkab Kebumen, Selasa (7/3). Kota Magelang sudah melatih "
            "sebanyak 300 kader posyandu. Rombongan Kebumen berjumlah 25 orang.")
    assert [v[4] for v in visits(tagger, text)] == [25]


def test_a_host_receiving_a_counted_group_hosts_it(tagger: Tagger) -> None:
    text = "Pemkot Magelang menerima 25 orang rombongan Pemkab Kebumen yang studi banding, Selasa (7/3)."
    assert visits(tagger, text) == [("Kabupaten Kebumen", "Kota Magelang", "2023-03-07", None, 25)]


def test_a_head_named_only_in_a_read_also_line_does_not_lead(tagger: Tagger) -> None:
    text = ("Dalam studi tiru ke Kota Bitung itu, Sekda Kabupaten Wajo Teguh Prasetyo bersama Ketua TP PKK Wajo Sri "
            "Handayani memimpin rombongan mewakili Bupati Wajo, Selasa (7/3).\nBaca Juga: Bupati Wajo Andi Rahman "
            "Berkunjung ke Pasar Desa\nRombongan diterima Sekda Bitung, Gilang Kusumajati.")
    assert [(v[0], v[1], v[3]) for v in visits(tagger, text)] == [("Kabupaten Wajo", "Kota Bitung",
                                                                  "Teguh Prasetyo")]
