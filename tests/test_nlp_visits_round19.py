"""Visits, round 19 (from the errors of train letters u and v, each shape counted on the older letters): a course of
a ministry's training centre is no region's visit; a visitor told only in a "Baca juga" line beside a dateline host;
a trip's counted places after "di" list its hosts. Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import pairs

from nlp import Tagger


@pytest.mark.parametrize("title, text", [
    # the course's trainees come from many regions: their home regions send no delegation
    ("Kota Pasuruan Jadi Lokasi Studi Lapangan Peserta Pelatihan PPSDM Kemendagri",
     "PASURUAN - Sebanyak 36 peserta asal Kabupaten Lebak, Kabupaten Sorong dan Kota Tidore Kepulauan menjalani studi "
     "lapangan di Kota Pasuruan, Rabu (4/10). Mereka disambut Sekda Kota Pasuruan di ruang rapat."),
    (None, "Selama mengikuti orientasi bagi kepala daerah baru (OKDB) Kementerian Dalam Negeri, Bupati Lebak "
     "bersama kelompoknya melakukan observasi lapangan ke Kabupaten Sragen untuk belajar tata kelola perizinan."),
    (None, "Rombongan peserta diklat dari Kabupaten Lebak yang dikirim Pusat Pendidikan dan Pelatihan (Pusdiklat) "
     "Regional Bukittinggi studi lapangan ke Kabupaten Sragen untuk belajar pelayanan publik."),
])
def test_a_course_of_a_ministrys_training_centre_is_no_regions_visit(tagger: Tagger, title: str | None,
                                                                     text: str) -> None:
    assert pairs(tagger, text, title=title) == []


def test_a_ministrys_training_centre_named_without_its_course_trip_keeps_the_visit(tagger: Tagger) -> None:
    # the centre named only for a rule it set, no participant or trip of its own in that sentence
    text = ("Rombongan DPRD Kabupaten Lebak studi banding ke DPRD Kota Pasuruan, Senin (2/10). Sekwan Kota Pasuruan "
            "menjelaskan bimtek dewan harus sesuai ketentuan Badan Diklat Kementerian Dalam Negeri.")
    assert pairs(tagger, text) == [("Kabupaten Lebak", "Kota Pasuruan")]


def test_a_visitor_told_only_in_a_read_also_line_pairs_with_no_dateline_host(tagger: Tagger) -> None:
    # the dateline town is an implicit host, the only visitor stands in a "Baca juga" line: no pair, no crash
    text = ("Kota Pasuruan - Peserta pendidikan sebuah lembaga nasional melakukan studi lapangan pekan ini.\n"
            "Baca juga: Dua puluh kepala desa dari Kabupaten Lebak belajar menata pasar desa\n"
            "Para peserta mendengar paparan tentang pertanian dan perikanan.")
    result = tagger.extract({"id": "b", "url": None, "title": None, "published": "2024-03-08", "text": text})
    assert result["visits"] == []
    assert not any("failed" in w for w in result.get("warnings", []))


def test_a_trips_counted_places_after_di_list_its_hosts(tagger: Tagger) -> None:
    # "<trip> ... di dua kabupaten, yakni A dan B": the listed regions are where it went, not guests who came
    text = ("Sebanyak sembilan anggota Komisi III DPRD Kabupaten Lebak menjalankan kunjungan kerja selama empat hari, "
            "sejak 3 hingga 6 Oktober 2023, di dua kabupaten, yakni Kabupaten Sragen dan Kabupaten Wonogiri.")
    assert pairs(tagger, text) == [("Kabupaten Lebak", "Kabupaten Sragen"), ("Kabupaten Lebak", "Kabupaten Wonogiri")]


def test_a_bare_host_is_a_short_form_of_the_host_named_with_its_compass_word(tagger: Tagger) -> None:
    # the headline's bare "Bandung" is the "Bandung Barat" of the body (not the city), one host
    title = "Komisi II DPRD Lebak Timba Ilmu Pertanian Organik ke Bandung"
    text = ("LEBAK - Komisi II DPRD Kabupaten Lebak menimba ilmu pertanian organik ke Kabupaten Bandung Barat, Kamis "
            "(5/10). Rombongan diterima Kepala Dinas Pertanian Kabupaten Bandung Barat di kantornya.")
    assert pairs(tagger, text, title=title) == [("Kabupaten Lebak", "Kabupaten Bandung Barat")]


def test_a_host_written_with_its_level_word_is_no_short_form(tagger: Tagger) -> None:
    text = ("Komisi II DPRD Kabupaten Lebak menimba ilmu pertanian organik ke Kota Bandung dan Kabupaten Bandung "
            "Barat, Kamis (5/10).")
    assert pairs(tagger, text) == [("Kabupaten Lebak", "Kabupaten Bandung Barat"), ("Kabupaten Lebak", "Kota Bandung")]
