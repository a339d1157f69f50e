"""A course of a ministry's training centre is no region's visit (its trainees' home regions send no delegation);
a visitor told only in a "Baca juga" line beside a dateline host pairs with no host; a trip's counted places after
"di" list its hosts; a host always written bare is a short form of another host named with a compass word after it
("Minahasa" beside "Minahasa Utara"), unless written with its level word. Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import pairs

from nlp import Tagger


@pytest.mark.parametrize("title, text", [
    # the course's trainees come from many regions: their home regions send no delegation
    ("Tiga Puluh Abdi Negara Belajar Tata Kelola Pasar di Pasuruan",
     "PASURUAN - Kota Pasuruan menerima tiga puluh peserta pelatihan Pusdiklat Kemensos asal Kabupaten Lebak, "
     "Kabupaten Sorong dan Kota Tidore Kepulauan yang belajar tata kelola pasar, Rabu (4/10). Sekda Kota Pasuruan "
     "menyambut mereka di ruang rapat."),
    (None, "Bupati Lebak dan kelompoknya, peserta pelatihan PPSDM Regional Timur, belajar tata kelola perizinan ke "
     "Kabupaten Sragen."),
    # a ministry's orientation course, told by its participants
    (None, "Bupati Lebak, yang sedang menjadi peserta orientasi pimpinan daerah Kementerian Sosial, belajar tata "
     "kelola perizinan ke Kabupaten Sragen."),
    # a training_body row (Badan Diklat) read by the course pattern too
    (None, "Rombongan pejabat Kabupaten Lebak yang dikirim Badan Diklat Kemensos Regional Timur studi lapangan ke "
     "Kabupaten Sragen untuk belajar pelayanan publik."),
])
def test_a_course_of_a_ministrys_training_centre_is_no_regions_visit(tagger: Tagger, title: str | None,
                                                                     text: str) -> None:
    assert pairs(tagger, text, title=title) == []


def test_a_ministrys_training_centre_named_without_its_course_trip_keeps_the_visit(tagger: Tagger) -> None:
    # the centre named only for a guideline it wrote, no participant or trip of its own in that sentence
    text = ("Rombongan DPRD Kabupaten Lebak studi banding ke DPRD Kota Pasuruan, Senin (2/10). Tuan rumah memaparkan "
            "tata tertib dewan yang disusun berdasarkan pedoman Badan Diklat Kementerian Dalam Negeri.")
    assert pairs(tagger, text) == [("Kabupaten Lebak", "Kota Pasuruan")]


def test_orientation_near_a_ministry_is_no_course(tagger: Tagger) -> None:
    # "orientasi" alone is a plain noun (and opens the kind "orientasi lapangan"): no course, the visit stays
    text = ("Rombongan DPRD Kabupaten Lebak studi banding ke Kabupaten Sragen, Senin (2/10). Rombongan mempelajari "
            "orientasi ekspor produk desa bersama Kemendag.")
    assert pairs(tagger, text) == [("Kabupaten Lebak", "Kabupaten Sragen")]


def test_a_visitor_told_only_in_a_read_also_line_pairs_with_no_dateline_host(tagger: Tagger) -> None:
    # the dateline town is an implicit host, the only visitor stands in a "Baca juga" line: no pair, no crash
    text = ("Kota Pasuruan - Peserta pendidikan sebuah lembaga nasional melakukan studi lapangan pekan ini.\n"
            "Baca juga: Dua puluh kepala desa dari Kabupaten Lebak belajar menata pasar desa\n"
            "Para peserta mendengar paparan tentang pertanian dan perikanan.")
    result = tagger.extract({"id": "b", "url": None, "title": None, "published": "2024-03-08", "text": text})
    assert result["visits"] == []
    assert not any("failed" in w for w in result.get("warnings", []))


def test_a_trips_counted_places_after_di_list_its_hosts(tagger: Tagger) -> None:
    # "<trip>, <when>, di dua kabupaten, yaitu A dan B": the listed regions are where it went, not guests who came
    text = ("Komisi I DPRD Kabupaten Lebak menggelar kunjungan kerja yang berlangsung tiga hari, mulai Senin lalu, di "
            "dua kabupaten, yaitu Kabupaten Sragen dan Kabupaten Wonogiri.")
    assert pairs(tagger, text) == [("Kabupaten Lebak", "Kabupaten Sragen"), ("Kabupaten Lebak", "Kabupaten Wonogiri")]


def test_a_bare_host_is_a_short_form_of_the_host_named_with_its_compass_word(tagger: Tagger) -> None:
    # the headline's bare "Minahasa" is the "Minahasa Utara" of the body (not Kabupaten Minahasa), one host
    title = "Dinas Perikanan Lebak Belajar Budidaya Rumput Laut ke Minahasa"
    text = ("LEBAK - Dinas Perikanan Kabupaten Lebak belajar budidaya rumput laut di Kabupaten Minahasa Utara, Kamis "
            "(5/10). Rombongan diterima Kepala Dinas Perikanan Kabupaten Minahasa Utara di kantornya.")
    assert pairs(tagger, text, title=title) == [("Kabupaten Lebak", "Kabupaten Minahasa Utara")]


def test_a_host_written_with_its_level_word_is_no_short_form(tagger: Tagger) -> None:
    text = ("Dinas Perikanan Kabupaten Lebak belajar budidaya rumput laut ke Kabupaten Minahasa dan Kabupaten Minahasa "
            "Utara, Kamis (5/10).")
    assert pairs(tagger, text) == [("Kabupaten Lebak", "Kabupaten Minahasa"),
                                   ("Kabupaten Lebak", "Kabupaten Minahasa Utara")]
