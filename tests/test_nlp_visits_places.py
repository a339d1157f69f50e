"""Which region a place name in a visit stands for: a province that only places a region, capitals named like their
province, villages, islands and streets before their region, a government with its short form in brackets, a region
word after a person's name; the words for a region's government bodies and offices (data/government_words.csv:
"Pemko", "Bappeda", "Dukcapil") naming the region they belong to.

Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import facts, pairs, visits

from nlp import Tagger


def regions(tagger: Tagger, text: str) -> list[str]:
    result = tagger.extract({"id": "r", "url": None, "title": None, "published": "2023-03-10", "text": text})
    return [r["name"] for r in result["regions"]]


def test_a_province_after_a_bracketed_short_form_only_places_the_region(tagger: Tagger) -> None:
    text = ("Rombongan anggota DPRD Kota Palangka Raya dan Kabupaten Barito Timur (Bartim), Kalimantan Tengah "
            "(Kalteng) ketika berkunjung ke Gedung DPRD Provinsi Jawa Tengah untuk studi banding, Selasa (7/3).")
    assert pairs(tagger, text) == [("Kabupaten Barito Timur", "Provinsi Jawa Tengah"),
                                   ("Kota Palangka Raya", "Provinsi Jawa Tengah")]


def test_a_lampung_village_named_like_a_city_is_no_region(tagger: Tagger) -> None:
    text = "Gubernur Lampung meninjau posyandu di Pekon Bandung Baru, Kecamatan Adiluwih, Kabupaten Pringsewu."
    assert regions(tagger, text) == ["Provinsi Lampung", "Kabupaten Pringsewu"]


def test_a_place_by_two_names_after_ke_is_no_subject(tagger: Tagger) -> None:
    text = ("Rombongan DPRD Kabupaten Wajo studi banding ke Kota Madiun, Senin (6/3). Komisi B kemudian bertamasya ke "
            "Surakarta atau Solo untuk belajar penataan PKL.")
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Madiun"), ("Kabupaten Wajo", "Kota Surakarta")]


@pytest.mark.parametrize("text", [
    "Anggota DPRD Kabupaten Pati (Pti), Jawa Tengah, menjalani studi banding di Kabupaten Gianyar, Bali.",
    "Anggota DPRD Kabupaten Pati (Pti), Provinsi Jawa Tengah, belajar pengelolaan sampah di Kabupaten Gianyar.",
])
def test_a_province_after_an_unread_short_form_only_places_the_delegation(tagger: Tagger, text: str) -> None:
    assert pairs(tagger, text) == [("Kabupaten Pati", "Kabupaten Gianyar")]


@pytest.mark.parametrize(("text", "visitor"), [
    ("Rombongan Komisi C DPRD Kabupaten Gunungkidul Yogyakarta yang diketuai Banyu Prasojo berkunjung ke DPRD Kota "
     "Kendari untuk studi banding, Senin (6/3).", "Kabupaten Gunungkidul"),
    ("Anggota DPRD Kabupaten Bantul Yogyakarta berkunjung kerja ke DPRD Kota Kendari, Senin (6/3).",
     "Kabupaten Bantul"),
])
def test_a_bare_capital_named_like_its_province_after_one_of_its_regions_only_places_it(
        tagger: Tagger, text: str, visitor: str) -> None:
    assert pairs(tagger, text) == [(visitor, "Kota Kendari")]


@pytest.mark.parametrize("text", [
    "Sebanyak 50 kepala desa Kabupaten Ngawi studi banding ke Yogyakarta, Senin (6/3). Lokasi yang dikunjungi "
    "adalah Desa Wukirsari, Sleman, Yogyakarta.",
    "Pemkab Ngawi studi banding ke Yogyakarta, Senin (6/3). Tujuan kunjungan yakni Desa Wukirsari di Kabupaten "
    "Sleman.",
])
def test_a_bare_capital_named_like_its_province_gives_way_to_a_region_of_the_province(
        tagger: Tagger, text: str) -> None:
    assert pairs(tagger, text) == [("Kabupaten Ngawi", "Kabupaten Sleman")]


@pytest.mark.parametrize("text", [
    "Sebanyak 15 anggota DPRD Kabupaten Ngawi berangkat ke Yogyakarta, Rabu (8/3). Studi banding ke DPRD DI "
    "Yogyakarta itu untuk mempelajari tata tertib dewan. Yogyakarta dipilih karena tata tertibnya baru.",
    "Pansus DPRD Kabupaten Ngawi studi banding ke Yogyakarta, Rabu (8/3). Rombongan diterima di gedung DPRD "
    "Provinsi DIY.",
])
def test_a_bare_capital_named_like_its_province_is_the_province_named_as_a_government(
        tagger: Tagger, text: str) -> None:
    assert pairs(tagger, text) == [("Kabupaten Ngawi", "Provinsi Daerah Istimewa Yogyakarta")]


@pytest.mark.parametrize(("title", "text"), [
    ("Pemkab Wajo Kirim Pemuda Belajar Kerajinan ke Yogyakarta",
     "Sebanyak 12 pemuda Kabupaten Wajo dikirim pemerintah kabupaten untuk mempelajari kerajinan perak di Daerah "
     "Istimewa Yogyakarta. \"Selama sepekan mereka berlatih di Yogyakarta,\" kata Kepala Dinas Koperasi Wajo, "
     "Senin (6/3)."),
    ("Kelompok Tani Wajo Belajar ke Yogyakarta",
     "Kelompok tani Kabupaten Wajo berkunjung ke Daerah Istimewa Yogyakarta untuk belajar pertanian organik, Senin "
     "(6/3). Yogyakarta menjadi pilihan sebab petaninya berhasil."),
])
def test_a_bare_capital_named_like_its_province_is_the_province_written_out_elsewhere(
        tagger: Tagger, title: str, text: str) -> None:
    # round 40: the province written out (not as a government) beside the bare name takes the part
    result = tagger.extract({"id": "p", "url": None, "title": title, "published": "2023-03-10", "text": text})
    assert [(v["visitor"], v["host"]) for v in result["visits"]] == [
        ("Kabupaten Wajo", "Provinsi Daerah Istimewa Yogyakarta")]


def test_the_capital_written_as_a_city_stays_the_city_beside_its_province(tagger: Tagger) -> None:
    result = tagger.extract({"id": "p", "url": None, "title": "Kelompok Tani Wajo Belajar ke Yogyakarta",
                             "published": "2023-03-10",
                             "text": "Kelompok tani Kabupaten Wajo berkunjung ke Kota Yogyakarta untuk belajar "
                                     "pertanian kota, Senin (6/3). Daerah Istimewa Yogyakarta punya banyak "
                                     "kebun kota."})
    assert [(v["visitor"], v["host"]) for v in result["visits"]] == [("Kabupaten Wajo", "Kota Yogyakarta")]


def test_a_wrong_province_after_a_regency_with_its_level_word_only_places_it(tagger: Tagger) -> None:
    text = ("Kepala desa Kalisari mengabarkan bahwa Desa Wetan di Kabupaten Sleman Jawa Timur menjadi objek studi tiru "
            "para kades dari Kabupaten Minahasa tersebut.")
    assert pairs(tagger, text) == [("Kabupaten Minahasa", "Kabupaten Sleman")]


def test_a_village_of_aceh_placed_before_its_region_is_where_the_trip_went(tagger: Tagger) -> None:
    text = ("Sejumlah keuchik asal Kabupaten Aceh Tamiang melakukan studi tiru ke Gampong Baru, Kecamatan Setia Bakti, "
            "Aceh Jaya, Kamis (9/3). Mereka mempelajari pengelolaan badan usaha gampong.")
    assert pairs(tagger, text) == [("Kabupaten Aceh Tamiang", "Kabupaten Aceh Jaya")]


def test_an_island_before_its_province_without_a_comma_places_the_host(tagger: Tagger) -> None:
    text = ("Dinas Pariwisata Kabupaten Wajo melakukan studi tiru ke Flores Nusa Tenggara Timur. Rombongan tiba "
            "Selasa (7/3).")
    assert facts(tagger, text) == [("Kabupaten Wajo", "Provinsi Nusa Tenggara Timur", "2023-03-07", None, None)]


def test_a_street_before_a_city_is_no_island(tagger: Tagger) -> None:
    text = ("Komisi II DPRD Kabupaten Wajo melakukan kunjungan kerja ke DPRD Provinsi Sulawesi Utara yang berkantor "
            "di Jalan Sam Ratulangi Manado, Selasa (7/3).")
    assert [(v[0], v[1]) for v in facts(tagger, text)] == [("Kabupaten Wajo", "Provinsi Sulawesi Utara")]


@pytest.mark.parametrize("text", [
    "Rombongan DPRD Kabupaten Wajo studi banding ke Pemerintah Kota (Pemkot) Madiun, Senin (8/5).",
    "Rombongan Pemerintah Kabupaten (Pemkab) Wajo belajar ke Pemerintah Kota (Pemkot) Madiun, Senin (8/5).",
    "Usai studi banding ke Pemerintah Kota (Pemkot) Madiun, Pemerintah Kabupaten (Pemkab) Wajo minta OPD berbenah.",
])
def test_a_government_written_with_its_short_form_in_brackets(tagger: Tagger, text: str) -> None:
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


def test_a_region_word_after_a_persons_name_is_part_of_the_name(tagger: Tagger) -> None:
    text = ("Kunjungan kerja Pemkot Bitung diterima Sekda Kota Madiun, Selasa (7/3). Ketua rombongan Pemkot Bitung "
            "yang juga Kepala Dinas Perdagangan Rudi Lumenta Demak ingin belajar pengendalian inflasi.")
    assert pairs(tagger, text) == [("Kota Bitung", "Kota Madiun")]


def test_pemko_names_each_visiting_city(tagger):
    # "Pemko" (Pemerintah Kota, as written in Sumatra) is a city's government, like "Pemkot", in a list of guests too
    found = pairs(tagger, "Pemkot Madiun menerima kunjungan dari Pemko Binjai dan Pemko Medan, Rabu (3/12/2025), "
                          "untuk belajar tata kelola pasar.", title="Pemkot Madiun Terima Tamu")
    assert found == [("Kota Binjai", "Kota Madiun"), ("Kota Medan", "Kota Madiun")]


def test_offices_known_by_acronym_in_a_list_of_guests(tagger):
    # "antara lain Bappeda A, Dukcapil B serta Dinkes C": each listed office came from its region
    found = pairs(tagger, "Disdukcapil Kota Madiun sepanjang November menerima kunjungan kerja dari berbagai daerah. "
                          "Tamu yang datang antara lain Bappeda Wajo, Dukcapil Kabupaten Pati serta Dinkes Ngawi. "
                          "Mereka belajar layanan akta kelahiran daring.", title="Disdukcapil Madiun Ramai Tamu")
    assert found == [("Kabupaten Ngawi", "Kota Madiun"), ("Kabupaten Pati", "Kota Madiun"),
                     ("Kabupaten Wajo", "Kota Madiun")]


@pytest.mark.parametrize("text, pair", [
    # the trip goes to the capital town, written with its province, whose government the article names
    ("Badan anggaran DPRD Kabupaten Wajo berangkat konsultasi ke Pekanbaru, Riau, Rabu (8/3). Di sana mereka "
     "berdiskusi dengan Biro Keuangan Pemprov Riau soal penyusunan anggaran.", ("Kabupaten Wajo", "Provinsi Riau")),
    # the same, its government named before the town
    ("Tim Pemprov Riau menerima rombongan DPRD Kabupaten Wajo. Kunjungan kerja ke Pekanbaru, Riau itu membahas "
     "penyusunan anggaran.", ("Kabupaten Wajo", "Provinsi Riau")),
])
def test_a_capital_town_places_its_provinces_government(tagger: Tagger, text: str, pair: tuple[str, str]) -> None:
    assert pairs(tagger, text) == [pair]


def test_the_leader_of_a_delegation_from_the_capital_leads_the_provinces(tagger: Tagger) -> None:
    text = ("Bupati Wajo menyambut kunjungan kerja Komisi B DPRD Provinsi Sulawesi Tengah, Senin (6/3). Rombongan "
            "dari ibu kota Palu yang dipimpin oleh Teguh Prasetyo itu belajar soal layanan kependudukan.")
    assert [(v[0], v[3]) for v in facts(tagger, text)] == [("Provinsi Sulawesi Tengah", "Teguh Prasetyo")]


@pytest.mark.parametrize("text, pair", [
    ("Sebanyak 40 kepala desa dari Kabupaten Wajo berangkat studi tiru ke Bali, Senin (6/3). Materi yang dipelajari "
     "adalah pengelolaan BUMDes. Rombongan disambut warga Desa Sukamaju, Kecamatan Kuta Utara, Kabupaten Badung.",
     ("Kabupaten Wajo", "Kabupaten Badung")),
    ("Rombongan DPRD Kabupaten Wajo pekan lalu bertolak ke Jawa Tengah untuk studi banding. Para legislator "
     "mempelajari pengelolaan pasar rakyat yang dikelola Pemerintah Kabupaten Klaten.",
     ("Kabupaten Wajo", "Kabupaten Klaten")),
])
def test_the_only_region_named_inside_a_province_destination_is_the_host(tagger: Tagger, text: str,
                                                                         pair: tuple[str, str]) -> None:
    """A regency's trip "ke Bali" whose body names one regency of Bali (no capital, the province no government):
    that regency is where the trip went."""
    assert pairs(tagger, text) == [pair]


@pytest.mark.parametrize("text, pair", [
    ("Kepala Desa Sukamaju, Kabupaten Klaten, menyambut tamu dari 12 desa di Kabupaten Wajo, Selasa (7/3). Mereka "
     "ingin belajar tata kelola BUMDes.",
     ("Kabupaten Wajo", "Kabupaten Klaten")),
    ("Peserta dari tujuh desa yang ada di Kabupaten Wajo melakukan studi tiru ke Desa Sukamaju, Kabupaten Klaten, "
     "Selasa (7/3).",
     ("Kabupaten Wajo", "Kabupaten Klaten")),
    ("Kepala Desa Sukamaju, Kabupaten Klaten, menyambut peserta dari satu Kecamatan Tempe, Kabupaten Wajo, Selasa "
     "(7/3). Mereka ingin belajar tata kelola BUMDes.",
     ("Kabupaten Wajo", "Kabupaten Klaten")),
])
def test_villages_counted_before_their_region_place_the_people_who_come(tagger: Tagger, text: str,
                                                                        pair: tuple[str, str]) -> None:
    """Round 39: "tamu dari 12 desa di Kabupaten X", "peserta dari tujuh desa yang ada di Kabupaten X", "peserta dari
    satu Kecamatan A, Kabupaten X": villages or districts counted, not named, before their region (PLACE_IN): the people
    from them are the region's delegation."""
    assert pairs(tagger, text) == [pair]


@pytest.mark.parametrize("text, expected", [
    ("Pimpinan DPRD Kota Madiun menyambut kunjungan dari Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Wajo, Selasa "
     "(7/3). Tamu belajar soal penyusunan perda.",
     [("Kabupaten Wajo", "Kota Madiun")]),
    ("Pimpinan DPRD Kota Madiun menyambut kunjungan dari Dewan Perwakilan Rakyat Daerah (DPRD) Provinsi Sulawesi "
     "Selatan, Kabupaten Klaten dan Kota Bitung, Selasa (7/3). Para tamu belajar soal penyusunan perda.",
     [("Provinsi Sulawesi Selatan", "Kota Madiun"), ("Kabupaten Klaten", "Kota Madiun"),
      ("Kota Bitung", "Kota Madiun")]),
])
def test_a_council_spelt_out_with_its_acronym_in_brackets_is_the_region(tagger: Tagger, text: str,
                                                                        expected: list[tuple[str, str]]) -> None:
    """Round 39: "Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten X": the body spelt out, its acronym in brackets
    (GOVERNMENT), stands for the region as "DPRD Kabupaten X" does."""
    assert sorted(pairs(tagger, text)) == sorted(expected)


def test_the_leader_of_a_delegation_from_the_capital_leads_a_council_spelt_out(tagger: Tagger) -> None:
    """Round 39: the province's council, spelt out, is read as a government, so the province is governed before the
    capital step; the capital's led group still gives the province's delegation its leader."""
    title = "Komisi B DPRD Sulteng Belajar Perizinan di Wajo"
    text = ("Bupati Wajo menyambut kunjungan kerja Komisi B Dewan Perwakilan Rakyat Daerah (DPRD) Provinsi Sulawesi "
            "Tengah di kantornya, Senin (6/3).\nTeguh Prasetyo memimpin delegasi dari ibu kota Palu yang belajar soal "
            "layanan perizinan.")
    assert visits(tagger, text, title=title, fields=("visitor", "leader")) == [
        ("Provinsi Sulawesi Tengah", "Teguh Prasetyo")]
