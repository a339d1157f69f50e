"""Visits, round 21 (from letter x): a headline telling of a course's trip over a body naming a national training
centre is no region's visit; a destination written after a bare comma with a clause going on after it is the
subject of that clause, no further stop ("Belajar ke A, Kota B Tata ..."); two delegations each named with a party
of its own, never together, are not crossed; a government that sends a group to study travels for it. Sentences of
our own.
"""

from __future__ import annotations

from nlp_helpers import pairs

from nlp import Tagger


def test_a_course_headline_over_a_national_training_centre_is_no_regions_visit(tagger: Tagger) -> None:
    # the centre is named without a trip word in its sentence; the headline tells of the course's trip
    title = "Peserta Diklatpim Angkatan Kedua Timba Ilmu Tata Kelola Pasar di Pasuruan"
    text = ("Wakil Wali Kota Pasuruan menyambut rombongan di pendopo kota, Rabu (4/10).\n"
            "Ketua kelas, Budi Santosa, bercerita tentang Pusdiklat Regional Lebak yang menaunginya, salah satu unit "
            "Kemendagri di luar ibu kota.\n"
            "Tahun ini ada banyak angkatan, dan peserta dari Kabupaten Lebak terdiri dari aneka jabatan.")
    assert pairs(tagger, text, title=title) == []


def test_a_course_headline_without_a_national_centre_keeps_the_visit(tagger: Tagger) -> None:
    # a region's own course (no national centre named anywhere) travels for that region
    title = "Peserta Diklatpim Kabupaten Lebak Timba Ilmu Tata Kelola Pasar di Pasuruan"
    text = ("Rombongan peserta pelatihan dari Kabupaten Lebak studi lapangan ke Kota Pasuruan, Rabu (4/10), "
            "untuk belajar tata kelola pasar rakyat.")
    assert pairs(tagger, text, title=title) == [("Kabupaten Lebak", "Kota Pasuruan")]


def test_a_region_after_a_bare_comma_starting_a_clause_is_no_further_stop(tagger: Tagger) -> None:
    # (the headline repeated as the first line: read as a stop, Tidore would host more than it travels)
    title = "Menimba Ilmu ke Sragen, Kota Tidore Kepulauan Tata Ulang Pasar Rakyat"
    text = (title + "\n\nStudi tiru ke Kabupaten Sragen, Jawa Tengah, digelar Wali Kota Tidore Kepulauan, Budi "
            "Santosa. Pasar rakyat di sana tertata rapi.")
    assert pairs(tagger, text, title=title) == [("Kota Tidore Kepulauan", "Kabupaten Sragen")]


def test_a_list_of_stops_after_a_comma_still_lists_hosts(tagger: Tagger) -> None:
    text = "Rombongan DPRD Kota Tidore Kepulauan studi banding ke Kabupaten Sragen, Kota Madiun dan Kabupaten Ngawi."
    assert sorted(pairs(tagger, text)) == [("Kota Tidore Kepulauan", "Kabupaten Ngawi"),
                                           ("Kota Tidore Kepulauan", "Kabupaten Sragen"),
                                           ("Kota Tidore Kepulauan", "Kota Madiun")]


def test_two_delegations_each_named_with_its_own_host_are_not_crossed(tagger: Tagger) -> None:
    title = "Pemkab Lebak Studi Banding ke Pemkot Madiun"
    text = ("Rombongan Pemkab Lebak studi banding ke Pemkot Madiun untuk belajar parkir elektronik.\n"
            "Dinas Perhubungan Lebak ingin menaikkan pendapatan parkir tahun depan.\n"
            "Bappeda Sulteng Belajar Tata Ruang di Sragen\n"
            "Sekda Kota Madiun menerangkan sistem parkir itu kepada para tamu.")
    assert sorted(pairs(tagger, text, title=title)) == [("Kabupaten Lebak", "Kota Madiun"),
                                                        ("Provinsi Sulawesi Tengah", "Kabupaten Sragen")]


def test_a_government_sending_a_group_to_study_travels_for_it(tagger: Tagger) -> None:
    text = ("Dinas Pemberdayaan Masyarakat Desa Kabupaten Lebak akan mengirim dua puluh sekretaris desa untuk studi "
            "banding ke Kabupaten Sragen bulan depan.")
    assert pairs(tagger, text) == [("Kabupaten Lebak", "Kabupaten Sragen")]
