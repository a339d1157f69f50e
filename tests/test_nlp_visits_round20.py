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
    ("Dua Puluh Pejabat Dari Empat Provinsi Pelajari Pasar Digital Pasuruan",
     "PASURUAN - Dua puluh peserta pelatihan dari Maluku, Bali, Aceh dan Papua mendatangi Pemkot Pasuruan, Rabu "
     "(4/10), untuk belajar pasar digital. Mereka sedang mengikuti kursus di Puslatbang Wilayah Timur Lembaga "
     "Administrasi Negara di Makassar."),
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
    text = ("JAKARTA - Kepala Biro Perencanaan Kementerian Sosial menerima kunjungan kerja Pemkab Lebak di ruang "
            "rapat kantornya, Selasa (3/10). Pemkab Lebak ingin belajar menyusun data kemiskinan.")
    assert pairs(tagger, text) == []


def test_a_capital_dateline_without_a_national_body_still_hosts(tagger: Tagger) -> None:
    # no ministry or national body named: the capital's own government received the guests
    text = ("JAKARTA - Rombongan Pemkab Lebak studi banding tentang penataan trotoar, Selasa (3/10). Mereka diterima "
            "Asisten Pembangunan di balai kota dan berkeliling melihat jalur pejalan kaki.")
    assert pairs(tagger, text) == [("Kabupaten Lebak", "Provinsi Daerah Khusus Ibukota Jakarta")]


def test_a_headline_host_outscored_by_its_own_people_still_hosts(tagger: Tagger) -> None:
    # the hosts' head "dan jajarannya" reads as a delegation and outscores the hosting told in the headline
    title = "Pemkab Lebak Lakukan Kunker ke Sragen"
    text = ("Pertemuan di pendapa itu diikuti Bupati Lebak Rudolf Wanaputra bersama para kepala dinas Kabupaten Lebak, "
            "serta Bupati Sragen Yosef Tambariki dan jajarannya. Tahun lalu, delegasi kesenian Sragen juga pernah "
            "tampil di sebuah pasar malam.")
    assert pairs(tagger, text, title=title) == [("Kabupaten Lebak", "Kabupaten Sragen")]


def test_a_headline_trip_abroad_makes_no_torn_host(tagger: Tagger) -> None:
    # the headline's "ke" goes abroad: the head named after it hosts no one, the others travel with him
    title = "Kunker ke Jepang, Wali Kota Pasuruan Bawa Kopi Lokal"
    text = ("Wali Kota Pasuruan bersama rombongan berkunjung kerja ke Jepang pekan lalu. Ikut pula dalam rombongan "
            "itu sejumlah kepala daerah lain, yakni Bupati Lebak Rudolf Wanaputra, Bupati Sragen Yosef Tambariki dan "
            "Wali Kota Tidore Kepulauan Gerson Latumahina.")
    assert ("Kabupaten Lebak", "Kota Pasuruan") not in pairs(tagger, text, title=title)


def test_a_dateline_glued_to_the_first_word_is_no_subject(tagger: Tagger) -> None:
    # "KLATEN-Dalam kunjungan kerja Gubernur ...": the place of the report, not a region on a working visit
    title = "Kunjungan Pertama ke Sragen, Gubernur Ingin Melihat Sawah Organik"
    text = ("KLATEN-Dalam kunjungan kerja Gubernur Rudolf Wanaputra ke sejumlah kabupaten, Sragen menjadi tujuan "
            "pertama. Gubernur melihat sawah organik bersama warga.")
    assert pairs(tagger, text, title=title) == []


def test_a_name_in_small_letters_glued_to_a_dash_is_no_dateline(tagger: Tagger) -> None:
    # only a place written in capitals opens a dateline with a glued dash: "Klaten-Sragen" is a route, Klaten goes
    text = "Pemkab Klaten-Rombongan studi banding ke Kabupaten Sragen, Senin (2/10), untuk belajar pasar desa."
    assert pairs(tagger, text) == [("Kabupaten Klaten", "Kabupaten Sragen")]


@pytest.mark.parametrize("sentence, size", [
    ("Studi banding ke Kabupaten Sragen itu dijalani 18 kepala desa dari Kabupaten Lebak.", 18),
    ("Kunjungan kerja tersebut dilakukan oleh 26 orang dari DPRD Kabupaten Lebak.", 26),
    ("Kunjungan kerja ke Kabupaten Sragen dijalani oleh 14 anggota DPRD Kabupaten Lebak.", 14),
])
def test_a_passive_trip_verb_counts_its_doers(sentence: str, size: int) -> None:
    from nlp.delegation_size import size as count

    assert count(sentence, 0, len(sentence)) == size


def test_a_provinces_office_with_a_long_name_makes_it_a_government(tagger: Tagger) -> None:
    # "Dinas A, B dan C Provinsi P" (a name with commas, longer than four words) names the province as a government:
    # it hosts, not giving way to one of its cities named later for another stop
    title = "Pemkab Lebak Sambangi Dinas Perumahan Jawa Tengah untuk Studi Tiru"
    text = ("LEBAK – Dinas Pemukiman, Tata Ruang dan Pertanahan Provinsi Jawa Tengah didatangi Wakil Bupati Lebak "
            "Rudolf Wanaputra bersama rombongan, Jumat (1/3). Pemkab Lebak ingin studi tiru tentang ketentuan rumah "
            "susun yang diterapkan Disperkimtaru Provinsi Jawa Tengah, agar bisa menjadi rujukan dalam menata rusun.\n"
            "\"Sebelum menyusun perbup, kami juga akan belajar di Kota Semarang,\" katanya.")
    assert ("Kabupaten Lebak", "Provinsi Jawa Tengah") in pairs(tagger, text, title=title)
