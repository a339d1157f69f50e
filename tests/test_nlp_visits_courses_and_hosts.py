"""A course of a national training body is no region's visit (its trainees' home regions send no delegation): a
ministry's training centre or hall, the national civil-service agency (LAN: its acronym in capitals only), also when
only the headline tells of the course's trip and the body names the centre without a trip word; a visitor
told only in a "Baca juga" line beside a dateline host pairs with no host; a dateline in the nation's capital over a
national body's business hosts nothing (without a national body the capital still hosts); a place in capitals glued to
a dash is a dateline, a name in small letters is not; with no other host, a region whose hosting lost only to its own
visitor evidence hosts the region that plainly travels (not when the trip went abroad); a province's office with a
long name makes the province a host; a trip's counted places after "di" list its hosts; a host always written bare is
a short form of another host named with a compass word after it ("Minahasa" beside "Minahasa Utara"), unless written
with its level word. Sentences of our own.
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
def test_a_course_of_a_national_training_body_is_no_regions_visit(tagger: Tagger, title: str | None,
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


def test_the_agencys_acronym_in_lower_case_is_no_agency(tagger: Tagger) -> None:
    # "lan" written small (a word of a quoted local tongue) names no agency: the region's own course travels
    text = ("Rombongan peserta diklatpim lan kawan-kawan dari Kabupaten Lebak studi banding ke Kabupaten Sragen, "
            "Senin (2/10), untuk belajar pelayanan publik.")
    assert pairs(tagger, text) == [("Kabupaten Lebak", "Kabupaten Sragen")]


def test_a_visitor_told_only_in_a_read_also_line_pairs_with_no_dateline_host(tagger: Tagger) -> None:
    # the dateline town is an implicit host, the only visitor stands in a "Baca juga" line: no pair, no crash
    text = ("Kota Pasuruan - Peserta pendidikan sebuah lembaga nasional melakukan studi lapangan pekan ini.\n"
            "Baca juga: Dua puluh kepala desa dari Kabupaten Lebak belajar menata pasar desa\n"
            "Para peserta mendengar paparan tentang pertanian dan perikanan.")
    result = tagger.extract({"id": "b", "url": None, "title": None, "published": "2024-03-08", "text": text})
    assert result["visits"] == []
    assert not any("failed" in w for w in result.get("warnings", []))


def test_a_capital_dateline_over_a_national_body_hosts_nothing(tagger: Tagger) -> None:
    text = ("JAKARTA - Rombongan Pemkab Lebak disambut pejabat Biro Perencanaan Kementerian Sosial dalam kunjungan "
            "kerja, Selasa (3/10), untuk meminta masukan soal data warga miskin.")
    assert pairs(tagger, text) == []


def test_a_capital_dateline_without_a_national_body_still_hosts(tagger: Tagger) -> None:
    # no ministry or national body named: the capital's own government received the guests
    text = ("JAKARTA - Rombongan Pemkab Lebak studi banding tentang penataan trotoar, Selasa (3/10). Mereka diterima "
            "Asisten Pembangunan di balai kota dan berkeliling melihat jalur pejalan kaki.")
    assert pairs(tagger, text) == [("Kabupaten Lebak", "Provinsi Daerah Khusus Ibukota Jakarta")]


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


def test_a_headline_host_outscored_by_its_own_people_still_hosts(tagger: Tagger) -> None:
    # the hosts' head "dan jajarannya" and their dancers' earlier show read as a delegation and outscore the
    # hosting told in the headline
    title = "Pemkab Lebak Studi Banding ke Sragen"
    text = ("Jamuan di gedung pertemuan itu dihadiri Wakil Bupati Lebak Rudolf Wanaputra dengan sejumlah kepala OPD "
            "Kabupaten Lebak, juga Bupati Sragen Yosef Tambariki dan jajarannya. Dua tahun silam, rombongan penari "
            "Sragen sempat pentas di sebuah festival.")
    assert pairs(tagger, text, title=title) == [("Kabupaten Lebak", "Kabupaten Sragen")]


def test_a_host_outscored_by_its_own_people_hosts_over_its_province(tagger: Tagger) -> None:
    # the host city's own earlier trip reads it as a delegation too; the headline names only its province: the city,
    # not the province that holds it, hosts
    title = "Menimba Ilmu Pelayanan Terpadu di Jawa Tengah"
    text = ("Rombongan Pemkab Lebak yang dipimpin Sekda Rudolf Wanaputra berkunjung ke gedung pelayanan terpadu itu, "
            "Senin (4/3). Rombongan itu diterima Kabag Humas Pemkot Salatiga Yosef Tambariki. Menurut Rudolf, Pemkab "
            "Lebak ingin belajar tata kelola gedung itu. Menurut Yosef, gedung itu dirancang setelah kunjungan "
            "rombongan Pemkot Salatiga ke daerah lain.")
    assert pairs(tagger, text, title=title) == [("Kabupaten Lebak", "Kota Salatiga")]


@pytest.mark.parametrize("title, text, province", [
    # the province's government receives; its city, the venue, has the mayor "dan jajarannya" among those present
    ("Rombongan Pemkab Lebak Belajar Tata Kelola ke Pemprov DIY",
     "Rombongan Pemkab Lebak yang dipimpin Sekda Rudolf Wanaputra berkunjung ke Kantor Gubernur DIY di Kota "
     "Yogyakarta, Senin (4/3). Rombongan Pemkab Lebak diterima Asisten Sekda DIY Yosef Tambariki. Turut hadir Wali "
     "Kota Yogyakarta dan jajarannya.", "Provinsi Daerah Istimewa Yogyakarta"),
    # the province's government receives; a city of it is a stop whose mayor and staff join the meeting
    ("Rombongan Pemkab Lebak Belajar ke Jawa Tengah",
     "Rombongan Pemkab Lebak berkunjung ke Pemprov Jawa Tengah, Senin (4/3), dan diterima Sekda Provinsi Jawa Tengah. "
     "Rombongan Pemkab Lebak juga meninjau mal pelayanan di Kota Salatiga. Wali Kota Salatiga dan jajarannya hadir "
     "dalam pertemuan di Semarang.", "Provinsi Jawa Tengah"),
])
def test_a_province_named_as_a_government_keeps_hosting_over_its_torn_city(tagger: Tagger, title: str, text: str,
                                                                             province: str) -> None:
    # the city's hosting lost to its own people, as in the test above, but the province that holds it is named as
    # the government visited, not only as a place: the province is no stand-in for the city and hosts
    assert ("Kabupaten Lebak", province) in pairs(tagger, text, title=title)


def test_a_headline_trip_abroad_makes_no_torn_host(tagger: Tagger) -> None:
    # the headline's "ke" goes abroad: the head named after it hosts no one, the others travel with him
    title = "Lawatan ke Korea Selatan, Bupati Lebak Perkenalkan Batik Daerah"
    text = ("Bupati Lebak dan rombongan melakukan kunjungan kerja ke Korea Selatan selama lima hari. Dalam perjalanan "
            "itu ia ditemani beberapa kepala daerah, antara lain Wali Kota Pasuruan Gerson Latumahina, Bupati Sragen "
            "Yosef Tambariki serta Wali Kota Tidore Kepulauan Rudolf Wanaputra.")
    assert [host for _, host in pairs(tagger, text, title=title) if host == "Kabupaten Lebak"] == []


def test_a_provinces_office_with_a_long_name_makes_it_a_government(tagger: Tagger) -> None:
    # "Dinas A, B dan C Provinsi P" (a name with commas, longer than four words) names the province as a government:
    # it hosts, not giving way to one of its cities named later for another stop
    title = "Pemkab Lebak Timba Ilmu Pengelolaan Rusun di Jawa Tengah"
    text = ("LEBAK – Pada Jumat (1/3), Dinas Perumahan, Permukiman, Tata Ruang dan Pertanahan Provinsi Jawa Tengah "
            "didatangi Wakil Bupati Lebak Rudolf Wanaputra beserta rombongan. Mereka menimba ilmu soal penarikan sewa "
            "rusun.\n\"Setelah ini kami juga akan belajar di Kota Semarang,\" ujar Rudolf.")
    assert ("Kabupaten Lebak", "Provinsi Jawa Tengah") in pairs(tagger, text, title=title)


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


def test_a_course_headline_over_a_national_training_centre_is_no_regions_visit(tagger: Tagger) -> None:
    # the centre is named without a trip word in its sentence; the headline tells of the course's trip
    title = "Visitasi Diklat PIM Angkatan Ketiga Sasar Layanan Perizinan Kota Pasuruan"
    text = ("Wakil Wali Kota Pasuruan menyambut rombongan di balai kota, Kamis (12/9), untuk belajar perizinan "
            "daring.\n"
            "Penyelenggara pelatihan itu, Balai Diklat Kemendagri wilayah timur, menjadwalkan tiga kota tahun ini.\n"
            "Angkatan ini diisi pejabat eselon dari Kabupaten Lebak dan beberapa daerah lain.")
    assert pairs(tagger, text, title=title) == []


def test_a_course_headline_without_a_national_centre_keeps_the_visit(tagger: Tagger) -> None:
    # a region's own course (no national centre named anywhere) travels for that region
    title = "Visitasi Diklat PIM Kabupaten Lebak Sasar Layanan Perizinan Kota Pasuruan"
    text = ("Rombongan pelatihan Kabupaten Lebak studi lapangan ke Kota Pasuruan, Kamis (12/9), guna belajar izin "
            "usaha daring.")
    assert pairs(tagger, text, title=title) == [("Kabupaten Lebak", "Kota Pasuruan")]
