"""Council trips: consultations between councils, a province's council and its regencies' councils, commissions going
separately or numbered, the one council an article names, a capital town giving way to its province's council, lists
of visiting councils, a council named by its short form.

Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import facts, pairs

from nlp import Tagger


def test_the_aceh_council_named_by_its_short_form_stands_for_the_province(tagger: Tagger) -> None:
    text = ("Panitia kerja DPRA menjalani kunjungan kerja ke DPRD Provinsi Jawa Tengah, Kamis (9/3). Rombongan DPRA "
            "itu disambut Wakil Ketua DPRD Provinsi Jawa Tengah.")
    assert pairs(tagger, text) == [("Provinsi Aceh", "Provinsi Jawa Tengah")]


def test_a_province_council_and_a_regency_council_of_it_both_host(tagger: Tagger) -> None:
    text = ("Panitia khusus DPRD Kabupaten Sikka bertolak untuk kaji banding ke DPRD Provinsi Sulawesi Utara dan DPRD "
            "Kabupaten Minahasa, 4 hingga 6 Mei 2023.")
    assert pairs(tagger, text) == [("Kabupaten Sikka", "Kabupaten Minahasa"),
                                   ("Kabupaten Sikka", "Provinsi Sulawesi Utara")]


def test_a_list_of_visiting_councils_may_name_members_and_secretariats(tagger: Tagger) -> None:
    text = ("DPRD Kabupaten Klaten rutin menerima kunjungan kerja dari daerah lain. Daerah yang berkunjung tahun "
            "ini, antara lain Anggota dan Sekretariat DPRD kab. Wajo, DPRD Kota Bitung, Sekretariat DPRD Pati.")
    assert [(v[0], v[1]) for v in facts(tagger, text)] == [("Kabupaten Pati", "Kabupaten Klaten"),
                                                         ("Kabupaten Wajo", "Kabupaten Klaten"),
                                                         ("Kota Bitung", "Kabupaten Klaten")]


def test_consultation_between_councils_is_a_visit_without_a_learning_word(tagger: Tagger) -> None:
    text = ("Komisi I DPRD Kabupaten Wonosobo berkonsultasi ke DPRD Kabupaten Temanggung, Selasa (7/3). "
            "Di gedung dewan, para tamu diterima Wakil Ketua DPRD Temanggung, Gilang Kusumajati.")
    assert facts(tagger, text) == [("Kabupaten Wonosobo", "Kabupaten Temanggung", "2023-03-07", None, None)]


def test_regency_council_consulting_its_provincial_council_is_a_visit(tagger: Tagger) -> None:
    text = ("Badan Musyawarah DPRD Kabupaten Kampar berkonsultasi ke DPRD Provinsi Riau, Senin (6/3). Rombongan "
            "disambut Wakil Ketua DPRD Provinsi Riau, Hendra Putra, di ruang rapat DPRD Provinsi Riau.")
    assert [(v[0], v[1], v[2]) for v in facts(tagger, text)] == [("Kabupaten Kampar", "Provinsi Riau", "2023-03-06")]


def test_each_commission_goes_to_an_office_of_another_city(tagger: Tagger) -> None:
    text = ("Tiga komisi DPRD Kota Sorong melaksanakan kunjungan kerja ke luar daerah sejak Senin (6/3). "
            "Komisi I berkunker ke inspektorat Kota Kendari terkait temuan BPK. Komisi II berkunker ke Badan "
            "Pendapatan Daerah (Bapenda) Kota Makasar untuk membahas PAD. Komisi III melakukan stuban ke dinas "
            "Pemberdayaan Perempuan dan Perlindungan Anak Kota Palu. Dalam kunjungan ke luar daerah, tiap komisi "
            "juga membawa satu orang staf untuk mendampingi.")
    assert facts(tagger, text) == [("Kota Sorong", "Kota Kendari", "2023-03-06", None, None),
                                   ("Kota Sorong", "Kota Makassar", "2023-03-06", None, None),
                                   ("Kota Sorong", "Kota Palu", "2023-03-06", None, None)]


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
    assert [(v[0], v[1]) for v in facts(tagger, text)] == expected


def test_a_committee_is_numbered(tagger: Tagger) -> None:
    # "kunker komisi di X": the committees' trip to X, not a delegation of X's committee "di"
    text = ("Puluhan anggota DPRD Kabupaten Badung kembali kunjungan kerja ke luar negeri, tepatnya ke Australia. "
            "Sisanya menjalani kunker komisi di Kota Tangerang, Banten.")
    assert pairs(tagger, text) == [("Kabupaten Badung", "Kota Tangerang")]


def test_a_capital_town_gives_way_to_its_provinces_council(tagger: Tagger) -> None:
    text = ("Anggota Banmus DPRD Kabupaten Wajo menggelar studi banding ke Kota Ambon guna mendalami tugas Banmus di "
            "DPRD Maluku. Rombongan diterima Ketua DPRD Provinsi Maluku Rudi Lumenta.")
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Provinsi Maluku")]


def test_a_capital_written_in_two_words_gives_way_too(tagger: Tagger) -> None:
    # the gazetteer writes the capital in one word ("Tanjungpinang"), the text in two
    text = ("Anggota Banmus DPRD Kabupaten Wajo menggelar studi banding ke Kota Tanjung Pinang guna mendalami tugas "
            "Banmus di DPRD Kepulauan Riau. Rombongan diterima Ketua DPRD Provinsi Kepulauan Riau Rudi Lumenta.")
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Provinsi Kepulauan Riau")]


def test_the_one_council_the_article_names_made_the_trips(tagger: Tagger) -> None:
    text = ("KOTA - Para anggota DPRD Kota Bitung periode baru sungguh sibuk. Kini mereka beramai-ramai melakukan "
            "kunjungan kerja ke luar daerah. Komisi C yang dipimpin Rudi Lumenta lebih dulu berangkat kunker ke "
            "Kota Kediri dan Kota Mojokerto.")
    assert pairs(tagger, text) == [("Kota Bitung", "Kota Kediri"), ("Kota Bitung", "Kota Mojokerto")]


@pytest.mark.parametrize("text, expected", [
    # (round 34) "sebagian ... sebagian lainnya": each part of the group is the subject of its own leg
    ("Rombongan DPRD Kabupaten Sinjai berangkat studi banding hari ini. Sebagian anggota berangkat menuju Kota "
     "Pariaman, sebagian lainnya ke Kabupaten Pati.", [("Kabupaten Sinjai", "Kabupaten Pati"),
                                                      ("Kabupaten Sinjai", "Kota Pariaman")]),
    # a part that stays somewhere ("di") makes no leg: only "ke" and "menuju" follow a group part
    ("Anggota DPRD Kabupaten Sinjai melakukan studi banding pekan ini. Sebagian menuju Kota Pariaman, sebagian "
     "lagi masih berada di Kota Makassar mengikuti rapat.", [("Kabupaten Sinjai", "Kota Pariaman")]),
    # a group word before an ordinal ("gelombang kedua", "Tim II")
    ("Pemkab Sinjai menggelar studi tiru bagi kepala desa dalam dua gelombang. Gelombang pertama belajar ke Kota "
     "Pariaman pada Senin, gelombang kedua bertolak menuju Kabupaten Pati dua hari kemudian.",
     [("Kabupaten Sinjai", "Kabupaten Pati"), ("Kabupaten Sinjai", "Kota Pariaman")]),
    ("Pemkab Sinjai menggelar studi tiru bagi kepala desa. Tim II berangkat menuju Kabupaten Pati pada Rabu.",
     [("Kabupaten Sinjai", "Kabupaten Pati")]),
    # "masing-masing" between two committees and their going word
    ("DPRD Kabupaten Sinjai menjadwalkan kunjungan kerja pekan ini. Komisi I bertolak ke Kota Pariaman. Adapun "
     "Komisi II dan Komisi III masing-masing ke Kabupaten Pati dan Kabupaten Blora.",
     [("Kabupaten Sinjai", "Kabupaten Blora"), ("Kabupaten Sinjai", "Kabupaten Pati"),
      ("Kabupaten Sinjai", "Kota Pariaman")]),
])
def test_each_part_of_a_split_delegation_goes_its_own_way(tagger: Tagger, text: str, expected: list) -> None:
    assert sorted((v[0], v[1]) for v in facts(tagger, text)) == expected
