"""Guests and stops in lists (round 15): a list after the named host names its guests, not more stops; earlier
guests after "sudah ada" or "ada pula" and named by their heads; a province written right after a listed region only
places it; a regency's council
going to its own province's council (not its own council going to the province); stops told in their order; a region
placed in the province it was split from.

Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import pairs

from nlp import Tagger


@pytest.mark.parametrize("text", [
    "Pemkot Madiun mencatat banyak tamu sepanjang Maret. Yang berkunjung ke Kota Madiun untuk studi banding di "
    "antaranya Pemkab Wajo, DPRD Kota Bitung serta Bappeda Kabupaten Pati.",
    "Kota Madiun kembali ramai tamu. Dua hari lalu rombongan dari beberapa daerah melakukan kunjungan kerja ke Kota "
    "Madiun, yaitu Pemkab Wajo, Pemkot Bitung serta DPRD Pati, untuk mempelajari pengelolaan pasar.",
])
def test_a_list_after_the_named_host_lists_its_guests(tagger: Tagger, text: str) -> None:
    assert sorted(pairs(tagger, text)) == [("Kabupaten Pati", "Kota Madiun"), ("Kabupaten Wajo", "Kota Madiun"),
                                           ("Kota Bitung", "Kota Madiun")]


def test_a_list_after_a_province_destination_still_lists_its_stops(tagger: Tagger) -> None:
    found = pairs(tagger, "DPRD Kota Bitung studi banding ke Provinsi Jawa Timur, yakni Kota Madiun dan Kabupaten "
                          "Ngawi, untuk belajar tata kelola pasar.")
    assert ("Kota Bitung", "Kota Madiun") in found and ("Kota Bitung", "Kabupaten Ngawi") in found
    assert not any(h == "Provinsi Jawa Timur" and v != "Kota Bitung" for v, h in found)


@pytest.mark.parametrize("text", [
    "Wali Kota Madiun Rudi Santosa menyambut rombongan Pemkab Wajo yang studi tiru soal pasar, Senin (6/3). Menurut "
    "Rudi, sebelum Wajo sudah ada Wali Kota Bitung dan Bupati Pati yang datang untuk urusan serupa.",
    "Pemkot Madiun menerima kunjungan DPRD Kabupaten Wajo yang belajar tata kelola pasar, Kamis (9/3). Menurut Rudi, "
    "Wali Kota Madiun, tamu dari daerah lain kerap datang; ada pula Bupati Pati serta Wali Kota Bitung pekan "
    "sebelumnya.",
])
def test_earlier_guests_named_by_their_heads(tagger: Tagger, text: str) -> None:
    assert sorted(pairs(tagger, text)) == [("Kabupaten Pati", "Kota Madiun"), ("Kabupaten Wajo", "Kota Madiun"),
                                           ("Kota Bitung", "Kota Madiun")]


def test_a_province_after_a_listed_head_only_places_him(tagger: Tagger) -> None:
    text = ("Tiga kepala daerah datang ke Kota Madiun untuk belajar pengelolaan pasar, Kamis (9/3). Mereka adalah "
            "Bupati Wajo Jawa Tengah, Andi Teguh, Bupati Pati, Hadi Suseno, dan Wali Kota Bitung, Rudi Lumenta.")
    found = pairs(tagger, text)
    assert ("Kabupaten Wajo", "Kota Madiun") in found and ("Provinsi Jawa Tengah", "Kota Madiun") not in found


def test_a_regency_council_visiting_its_own_provinces_council(tagger: Tagger) -> None:
    text = ("Untuk membahas rancangan qanun kepegawaian, Komisi I DPRK Pidie melakukan konsultasi ke DPR Aceh, Selasa "
            "(7/3).")
    assert pairs(tagger, text) == [("Kabupaten Pidie", "Provinsi Aceh")]


def test_a_regency_council_going_to_its_province_by_name_only_is_no_visit(tagger: Tagger) -> None:
    # the council named is the visitor's own ("DPRD Bone"), not the province's
    text = ("Tiga anggota DPRD Bone kunker ke Sulawesi Selatan, Selasa (7/3), guna mempelajari penataan arsip "
            "daerah.")
    assert pairs(tagger, text) == []


def test_a_governor_touring_his_own_regions_is_no_learning_visit(tagger: Tagger) -> None:
    text = ("Gubernur Jawa Timur dan jajarannya meninjau pembangunan di Kabupaten Ngawi, Senin (6/3), dalam "
            "kunjungan kerja dua hari. Rombongan disambut Bupati Ngawi di pendopo.")
    assert ("Provinsi Jawa Timur", "Kabupaten Ngawi") not in pairs(tagger, text)


@pytest.mark.parametrize("then", ["lalu", "kemudian"])
def test_stops_in_their_order_after_a_visiting_verb(tagger: Tagger, then: str) -> None:
    text = (f"Dalam studi banding soal retribusi pasar, Komisi B DPRD Kota Bitung bertamu ke DPRD Kabupaten Pati, "
            f"{then} DPRD Kota Madiun, Selasa (7/3).")
    assert pairs(tagger, text) == [("Kota Bitung", "Kabupaten Pati"), ("Kota Bitung", "Kota Madiun")]


def test_a_region_placed_in_the_province_it_was_split_from(tagger: Tagger) -> None:
    text = ("Rombongan DPRD Nabire Papua belajar pengelolaan pasar ke Kota Madiun. Mereka diterima Wali Kota Madiun, "
            "Senin (6/3).")
    found = pairs(tagger, text)
    assert ("Kabupaten Nabire", "Kota Madiun") in found
    assert ("Provinsi Papua", "Kota Madiun") not in found


@pytest.mark.parametrize("text, expected", [
    # round 23: the other regions listed first, their coming told in the next sentence
    ("SALATIGA – Tata tertib DPRD Kota Salatiga kini menjadi rujukan bagi daerah lain, di antaranya Kabupaten Wajo, "
     "Kota Bitung, dan Kabupaten Pati. Anggota dewan dari tiga daerah itu berkunjung kerja ke Kota Salatiga, "
     "Jumat (28/2).",
     [("Kabupaten Pati", "Kota Salatiga"), ("Kabupaten Wajo", "Kota Salatiga"), ("Kota Bitung", "Kota Salatiga")]),
    # guests of a ceremony listed as other regions, no coming told: no visit
    ("SALATIGA – Upacara adat digelar Pemkot Salatiga. Tamu undangan dari daerah lain seperti Kabupaten Wajo dan "
     "Kota Bitung juga tampak. Warga berebut gunungan.", []),
])
def test_other_regions_listed_before_their_coming_are_guests(tagger: Tagger, text: str, expected: list) -> None:
    assert sorted(pairs(tagger, text)) == expected


@pytest.mark.parametrize("text", [
    # round 23: "ada dari A, B ..." lists the guests; its sentence opens a quotation on a line of its own
    "Layanan izin Kota Salatiga dipelajari banyak daerah. Hampir setiap bulan ada rombongan yang datang ke Kota "
    "Salatiga untuk belajar soal layanan izin.\n\"Ada dari Kabupaten Wajo, Kota Bitung, Kabupaten Pati dan masih "
    "banyak lagi,\" kata dia, Selasa (18/2).",
    "Sepanjang tahun ini banyak daerah studi banding ke Kota Salatiga, sebelumnya ada dari Kabupaten Wajo, Kota "
    "Bitung dan Kabupaten Pati.",
])
def test_guests_listed_after_ada_dari(tagger: Tagger, text: str) -> None:
    assert sorted(pairs(tagger, text)) == [("Kabupaten Pati", "Kota Salatiga"), ("Kabupaten Wajo", "Kota Salatiga"),
                                           ("Kota Bitung", "Kota Salatiga")]


@pytest.mark.parametrize("text", [
    "Pasar rakyat Kota Madiun kerap menjadi bahan belajar. Wali Kota Madiun Rudi Santosa pagi itu menyambut "
    "para tamu, yakni dari Pemerintah Kabupaten Wajo, Pemerintah Kota Bitung, dan sebuah lembaga pusat.",
    "Belajar Pasar di Kota Madiun. Sepekan ini gedung DPRD Kota Madiun penuh tamu, di antaranya DPRD Wajo, DPRD "
    "Bitung dan DPRD Pati.",
])
def test_guests_listed_after_the_hosts_reception(tagger: Tagger, text: str) -> None:
    """Round 37: the host's guests ("menyambut para tamu", "penuh tamu") tell the listed regions' coming, as a
    coming word does."""
    found = pairs(tagger, text)
    assert ("Kabupaten Wajo", "Kota Madiun") in found and ("Kota Bitung", "Kota Madiun") in found


@pytest.mark.parametrize("text", [
    "DPRD Kota Bitung studi banding ke Kota Madiun soal pasar rakyat, Senin. Kota Madiun menerima dana hibah "
    "provinsi seperti daerah lain di Jawa Timur, antara lain Kabupaten Ngawi dan Kabupaten Magetan.",
    "DPRD Kota Bitung studi banding ke Kota Madiun soal pasar rakyat, Senin. Pasar Kota Madiun juga dibanjiri "
    "pembeli dari berbagai daerah, seperti Kabupaten Ngawi dan Kabupaten Magetan.",
])
def test_a_receiving_verb_alone_makes_no_list_guests(tagger: Tagger, text: str) -> None:
    """Round 37 (review): a receiving verb without guests ("menerima dana hibah", "dibanjiri pembeli") tells no
    coming of the regions listed after it."""
    assert pairs(tagger, text) == [("Kota Bitung", "Kota Madiun")]


@pytest.mark.parametrize("text", [
    "Rombongan Pemkab Wajo studi banding ke Kabupaten Klaten, Selasa (7/3). Yang turut serta dalam kunjungan itu "
    "antara lain Bupati Wajo, Anton Sukma, Pj. Bupati Pati, Hadi Suseno, serta Wakil Wali Kota Bitung Rudi Lumenta.",
    "Selasa (7/3), Kabupaten Klaten jadi tujuan studi banding kepala daerah, yakni Bupati Wajo Anton Sukma dan "
    "Bupati Pati Hadi Suseno.\n\nSelain itu ada Wali Kota Bitung Rudi Lumenta.",
])
def test_heads_listed_after_a_visiting_head_are_guests(tagger: Tagger, text: str) -> None:
    # round 37: a head of region (an acting one too) listed after a head whose region visits, with only officials
    # between, or in the next sentence opened by "Selain itu ada"
    assert sorted(pairs(tagger, text)) == [("Kabupaten Pati", "Kabupaten Klaten"),
                                           ("Kabupaten Wajo", "Kabupaten Klaten"),
                                           ("Kota Bitung", "Kabupaten Klaten")]


@pytest.mark.parametrize("text", [
    "Usai studi banding ke Kabupaten Klaten, Bupati Wajo Anton Sukma dan Bupati Klaten Hadi Suseno meneken nota "
    "kesepakatan.",
    "Pada Senin (6/3), Wali Kota Bitung, Rudi Lumenta datang dan bertemu Bupati Klaten, Hadi Suseno untuk belajar "
    "soal pasar. Menurut Rudi, pasar di Klaten rapi.",
])
def test_a_head_beside_a_visiting_head_in_a_meeting_is_no_guest(tagger: Tagger, text: str) -> None:
    found = pairs(tagger, text)
    assert not any(v == "Kabupaten Klaten" for v, _ in found)


@pytest.mark.parametrize("text", [
    "DPRD Kota Madiun kedatangan tamu studi banding dari DPRD Kabupaten Wajo yang mempelajari tata tertib, DPRD "
    "Kabupaten Pati soal pasar rakyat dan DPRD Kota Bitung soal pajak daerah.",
    "Kota Madiun menerima rombongan Komisi A DPRD Kabupaten Wajo yang menitikberatkan pengelolaan pasar rakyat dan "
    "pajak daerah, serta DPRD Kabupaten Pati.",
])
def test_bodies_later_in_a_broken_list_of_guests_are_guests(tagger: Tagger, text: str) -> None:
    # round 37: a council or government + region after a visiting one in the sentence, the list broken by a topic or
    # a long clause, no place, receiving or companion word between
    found = pairs(tagger, text)
    assert ("Kabupaten Wajo", "Kota Madiun") in found and ("Kabupaten Pati", "Kota Madiun") in found


def test_a_body_escorting_the_guests_is_no_guest(tagger: Tagger) -> None:
    found = pairs(tagger, "DPRD Kota Madiun kedatangan tamu studi banding dari DPRD Kabupaten Wajo yang didampingi "
                          "DPRD Kota Bitung soal pasar rakyat.")
    assert ("Kabupaten Wajo", "Kota Madiun") in found
    assert not any(v == "Kota Bitung" for v, _ in found)


@pytest.mark.parametrize("text", [
    "DPRD Kabupaten Wajo melakukan kunjungan kerja ke Kota Madiun. DPRD Kabupaten Wajo mempelajari perda pasar yang "
    "juga sudah diterapkan Pemkab Ngawi dan Pemkab Magetan.",
    "DPRD Kabupaten Wajo studi banding ke Kota Madiun. Rombongan DPRD Kabupaten Wajo mempelajari keunggulan pasar "
    "rakyat milik Pemkab Ngawi dan Pemkab Magetan.",
])
def test_a_body_doing_or_owning_what_the_guests_study_is_no_guest(tagger: Tagger, text: str) -> None:
    # round 37 (review): a body after a passive verb ("diterapkan Pemkab B") or "milik" is the doer or owner of what
    # the guests study, not one of them
    found = pairs(tagger, text)
    assert ("Kabupaten Wajo", "Kota Madiun") in found
    assert not any(v in ("Kabupaten Ngawi", "Kabupaten Magetan") for v, _ in found)


@pytest.mark.parametrize("text", [
    "Komisi I DPRD Kabupaten Wajo sedang studi banding ke Kota Madiun. Ke Provinsi Kalimantan Timur (Kaltim) dan "
    "Jawa Tengah, Komisi III DPRD Kabupaten Wajo bertolak hari ini guna belajar tata kelola parkir.",
    "Komisi I DPRD Kabupaten Wajo sedang studi banding ke Kota Madiun. Ke Kabupaten Klaten dan Kota Bitung, Komisi "
    "III DPRD Kabupaten Wajo berangkat untuk belajar pengelolaan pasar.",
])
def test_destinations_written_first_after_ke_are_no_fellow_guests(tagger: Tagger, text: str) -> None:
    # round 44: "Ke A dan B, Komisi III DPRD C berangkat ...": the list headed by "ke" is where C goes, so B does
    # not travel beside C
    visitors = {v for v, _ in pairs(tagger, text)}
    assert visitors == {"Kabupaten Wajo"}
