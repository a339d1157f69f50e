"""Visits, round 20: a course of the national civil-service agency (or of a ministry's training hall) is no region's
visit; a dateline in the nation's capital over a national body's business hosts nothing; with no other host, a region
whose hosting lost only to its own visitor evidence hosts the region that plainly travels. Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import pairs

from nlp import Tagger


@pytest.mark.parametrize("title, text", [
    # the agency's training centre named out in full, its trainees' home provinces listed
    (None,
     "PASURUAN - Sebanyak dua puluh peserta kursus dari Provinsi Maluku, Provinsi Bali dan Provinsi Aceh mengunjungi "
     "Pemkot Pasuruan, Kamis (7/9), guna mempelajari pasar daring. Kursus para peserta itu diselenggarakan "
     "Puslatbang Wilayah Timur Lembaga Administrasi Negara."),
    # its acronym, in capitals, after the course
    (None, "Rombongan peserta Diklatpim LAN angkatan kedua yang berasal dari Kabupaten Lebak dan Kota Tidore "
     "Kepulauan studi lapangan ke Kabupaten Sragen untuk belajar pelayanan publik."),
    # a ministry's training hall
    (None, "Rombongan peserta Balai Diklat Teknis Kementerian Sosial dari Kabupaten Lebak dan Kota Tidore Kepulauan "
     "studi lapangan ke Kabupaten Sragen untuk belajar pelayanan publik."),
])
def test_a_course_of_the_national_civil_service_agency_is_no_regions_visit(tagger: Tagger, title: str | None,
                                                                           text: str) -> None:
    assert pairs(tagger, text, title=title) == []


def test_the_agencys_acronym_in_lower_case_is_no_agency(tagger: Tagger) -> None:
    # "lan" written small (a word of a quoted local tongue) names no agency: the region's own course travels
    text = ("Rombongan peserta diklatpim lan kawan-kawan dari Kabupaten Lebak studi banding ke Kabupaten Sragen, "
            "Senin (2/10), untuk belajar pelayanan publik.")
    assert pairs(tagger, text) == [("Kabupaten Lebak", "Kabupaten Sragen")]


def test_a_capital_dateline_over_a_national_body_hosts_nothing(tagger: Tagger) -> None:
    text = ("JAKARTA - Rombongan Pemkab Lebak disambut pejabat Biro Perencanaan Kementerian Sosial dalam kunjungan "
            "kerja, Selasa (3/10), untuk meminta masukan soal data warga miskin.")
    assert pairs(tagger, text) == []


def test_a_capital_dateline_without_a_national_body_still_hosts(tagger: Tagger) -> None:
    # no ministry or national body named: the capital's own government received the guests
    text = ("JAKARTA - Rombongan Pemkab Lebak studi banding tentang penataan trotoar, Selasa (3/10). Mereka diterima "
            "Asisten Pembangunan di balai kota dan berkeliling melihat jalur pejalan kaki.")
    assert pairs(tagger, text) == [("Kabupaten Lebak", "Provinsi Daerah Khusus Ibukota Jakarta")]


def test_a_headline_host_outscored_by_its_own_people_still_hosts(tagger: Tagger) -> None:
    # the hosts' head "dan jajarannya" and their dancers' earlier show read as a delegation and outscore the
    # hosting told in the headline
    title = "Pemkab Lebak Studi Banding ke Sragen"
    text = ("Jamuan di gedung pertemuan itu dihadiri Wakil Bupati Lebak Rudolf Wanaputra dengan sejumlah kepala OPD "
            "Kabupaten Lebak, juga Bupati Sragen Yosef Tambariki dan jajarannya. Dua tahun silam, rombongan penari "
            "Sragen sempat pentas di sebuah festival.")
    assert pairs(tagger, text, title=title) == [("Kabupaten Lebak", "Kabupaten Sragen")]


def test_a_headline_trip_abroad_makes_no_torn_host(tagger: Tagger) -> None:
    # the headline's "ke" goes abroad: the head named after it hosts no one, the others travel with him
    title = "Lawatan ke Korea Selatan, Bupati Lebak Perkenalkan Batik Daerah"
    text = ("Bupati Lebak dan rombongan melakukan kunjungan kerja ke Korea Selatan selama lima hari. Dalam perjalanan "
            "itu ia ditemani beberapa kepala daerah, antara lain Wali Kota Pasuruan Gerson Latumahina, Bupati Sragen "
            "Yosef Tambariki serta Wali Kota Tidore Kepulauan Rudolf Wanaputra.")
    assert [host for _, host in pairs(tagger, text, title=title) if host == "Kabupaten Lebak"] == []


def test_a_dateline_glued_to_the_first_word_is_no_subject(tagger: Tagger) -> None:
    # "KLATEN-Dalam ...": the place of the report, not a region on a working visit
    text = ("KLATEN-Dalam kunjungan kerja hari kedua, Gubernur Rudolf Wanaputra menyambangi Kabupaten Sragen. "
            "Gubernur meninjau panen padi bersama kelompok tani.")
    assert pairs(tagger, text) == []


def test_a_name_in_small_letters_glued_to_a_dash_is_no_dateline(tagger: Tagger) -> None:
    # only a place written in capitals opens a dateline with a glued dash: "Pemkab Klaten-Rombongan" keeps its
    # subject, Klaten goes
    text = "Pemkab Klaten-Rombongan studi banding ke Kabupaten Sragen, Senin (2/10), untuk belajar pasar desa."
    assert pairs(tagger, text) == [("Kabupaten Klaten", "Kabupaten Sragen")]


@pytest.mark.parametrize("sentence, size", [
    ("Perjalanan belajar ke Kabupaten Sragen pekan depan dijalani 18 kepala desa.", 18),
    ("Lawatan kerja itu dilakukan oleh 26 orang dari DPRD Kabupaten Lebak.", 26),
    ("Kunjungan ke Sragen dijalani oleh 14 anggota Komisi B.", 14),
    ("Kunjungan ke Sragen dilakukan 12 pejabat Bappeda Kabupaten Lebak.", 12),
    ("Studi lapangan ke Sragen dilaksanakan oleh 30 orang dari Kabupaten Lebak.", 30),
])
def test_a_passive_trip_verb_counts_its_doers(sentence: str, size: int) -> None:
    from nlp.delegation_size import size as count

    assert count(sentence, 0, len(sentence)) == size


def test_a_provinces_office_with_a_long_name_makes_it_a_government(tagger: Tagger) -> None:
    # "Dinas A, B dan C Provinsi P" (a name with commas, longer than four words) names the province as a government:
    # it hosts, not giving way to one of its cities named later for another stop
    title = "Pemkab Lebak Timba Ilmu Pengelolaan Rusun di Jawa Tengah"
    text = ("LEBAK – Pada Jumat (1/3), Dinas Perumahan, Permukiman, Tata Ruang dan Pertanahan Provinsi Jawa Tengah "
            "didatangi Wakil Bupati Lebak Rudolf Wanaputra beserta rombongan. Mereka menimba ilmu soal penarikan sewa "
            "rusun.\n\"Setelah ini kami juga akan belajar di Kota Semarang,\" ujar Rudolf.")
    assert ("Kabupaten Lebak", "Provinsi Jawa Tengah") in pairs(tagger, text, title=title)
