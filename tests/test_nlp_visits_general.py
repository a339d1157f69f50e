"""General shapes of regional news that tell a visit without a written delegation word or with its host only
implied (round 8; sentences of our own, several phrasings each)."""

from __future__ import annotations

from functools import partial

import pytest
from nlp_helpers import VISIT_FIELDS
from nlp_helpers import visits as visit_tuples

from nlp import Tagger

visits = partial(visit_tuples, fields=VISIT_FIELDS[:2])  # visitor and host


@pytest.mark.parametrize("text, expected", [
    # the visitor named only through its officials' region
    ("Wakil Wali Kota Bitung Rudi Lumenta menemui Wali Kota Madiun di kantornya, Kamis (4/5). Wali Kota Madiun "
     "menerima kedatangan tamunya itu untuk bertukar pengalaman.", [("Kota Bitung", "Kota Madiun")]),
    ("Sebanyak 20 instansi datang ke Dinas Kependudukan Kota Madiun untuk studi banding sepanjang tahun ini. "
     "Kepala Dinas Kependudukan Kabupaten Wajo, Anton Sukma, mengaku banyak mempelajari layanan daring di sana.",
     [("Kabupaten Wajo", "Kota Madiun")]),
    ("Kabupaten Klaten kerap dijadikan tujuan studi tiru. Sekretaris Daerah Kabupaten Ngawi Hadi Suseno "
     "mengatakan rombongannya ingin meniru pelayanan terpadu di Klaten.", [("Kabupaten Ngawi", "Kabupaten Klaten")]),
])
def test_a_visitor_named_only_through_its_officials(tagger: Tagger, text: str, expected: list) -> None:
    assert visits(tagger, text) == expected


def test_the_head_of_a_region_preparing_a_presidents_visit_travels_nowhere(tagger: Tagger) -> None:
    text = ("Presiden dijadwalkan kunjungan kerja ke Kabupaten Ngawi besok. Selain ke Ngawi, Presiden juga akan "
            "berkunjung ke Kabupaten Magetan. Bupati Ngawi Hadi Suseno memantau persiapan di pasar.")
    assert visits(tagger, text) == []


@pytest.mark.parametrize("text", [
    "Rombongan Pemkab Wajo disambut hangat oleh Pemerintah Kota Madiun, Senin (8/5), untuk belajar tata kelola pasar.",
    "Bupati Wajo dan Rombongan Mendapat Sambutan Hangat dari Pemkot Madiun\nKunjungan kerja Pemkab Wajo diterima "
    "Pemerintah Kota Madiun untuk belajar tata kelola pasar.",
    "Delegasi Pemkab Wajo yang ingin belajar tata kelola pasar diterima langsung oleh Pemkot Madiun.",
])
def test_the_government_that_receives_hosts(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


@pytest.mark.parametrize("text", [
    "Rombongan Pemkab Wajo studi banding ke Pemkot Madiun, Jumat (5/5). Mereka diterima para pejabat dinas setempat "
    "yang dipimpin Asisten II Setda Kota Madiun Rudi Lumenta.",
    "Rombongan Pemkab Wajo belajar ke Kota Madiun. Tamu itu disambut jajaran Dinas Perdagangan yang dipimpin "
    "Kepala Dinas Perdagangan Kota Madiun Rudi Lumenta.",
])
def test_the_head_of_those_who_receive_is_a_host(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


@pytest.mark.parametrize("text", [
    "Desa Wisata Sukamaju, Kecamatan Paron, Kabupaten Ngawi, didatangi rombongan studi banding dari Kabupaten Wajo.",
    "Kabupaten Ngawi, Jawa Timur, kedatangan rombongan Pemkab Wajo yang ingin belajar pengelolaan desa wisata.",
])
def test_a_place_named_before_a_passive_visit_hosts(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kabupaten Ngawi")]


@pytest.mark.parametrize("text", [
    "Peserta Pelatihan Kepemimpinan BPSDM Provinsi Jambi Jadikan Kabupaten Klaten Lokus Studi Lapangan",
    "BPSDM Provinsi Jambi memilih Kabupaten Klaten tujuan studi lapangan peserta pelatihan kepemimpinan.",
    "Kepala desa se-Kabupaten Wajo menjalani studi tiru. Desa Sukamaju di Kabupaten Klaten menjadi objek studi "
    "tiru para kepala desa itu.",
])
def test_the_chosen_place_hosts(tagger: Tagger, text: str) -> None:
    host = visits(tagger, text)
    assert [h for _, h in host] == ["Kabupaten Klaten"]


def test_a_study_to_a_region_is_no_delegation_of_it(tagger: Tagger) -> None:
    text = ("Wali Kota Bitung Rudi Lumenta bersama Kepala Bappeda melakukan studi ke Kabupaten Ngawi untuk melihat "
            "cara daerah itu mengolah sampah. Rombongan yang ingin belajar itu diterima Bupati Ngawi Hadi Suseno.")
    assert visits(tagger, text) == [("Kota Bitung", "Kabupaten Ngawi")]


@pytest.mark.parametrize("text, expected", [
    ("Enam anggota DPRD Kabupaten Wajo kunjungan kerja ke Kota Madiun. Menurutnya, kunker ke Kota Madiun "
     "berlangsung dua hari, lalu dilanjutkan ke Kota Kediri. Di Madiun mereka mempelajari penganggaran. Kota "
     "Madiun punya banyak inovasi.",
     [("Kabupaten Wajo", "Kota Kediri"), ("Kabupaten Wajo", "Kota Madiun")]),
    ("DPRD Kabupaten Wajo datang ke DPRD Kota Madiun. Rombongan berkunjung ke DPRD Kota Madiun. Kunker kami untuk "
     "belajar di DPRD Kota Madiun, lalu berlanjut ke DPRD Kabupaten Pati, kata Ketua DPRD Wajo.",
     [("Kabupaten Wajo", "Kabupaten Pati"), ("Kabupaten Wajo", "Kota Madiun")]),
])
def test_the_next_stop_after_the_main_host(tagger: Tagger, text: str, expected: list) -> None:
    assert sorted(visits(tagger, text)) == expected


def test_destinations_listed_after_tujuannya(tagger: Tagger) -> None:
    text = ("Kunjungan kerja ke luar Jawa akan dilakukan anggota DPRD Kabupaten Wajo. Tujuannya adalah Kabupaten "
            "Ngawi, Kota Madiun dan Kabupaten Pati.")
    assert sorted(visits(tagger, text)) == [("Kabupaten Wajo", "Kabupaten Ngawi"), ("Kabupaten Wajo", "Kabupaten Pati"),
                                            ("Kabupaten Wajo", "Kota Madiun")]


@pytest.mark.parametrize("text, expected", [
    ("Kabupaten Ngawi menjadi lokus studi lapangan Pelatihan Kepemimpinan Administrator (PKA) yang diselenggarakan "
     "Badan Pengembangan Sumber Daya Manusia Daerah (BPSDMD) Provinsi Jawa Timur, Selasa (3/6). Rombongan peserta "
     "disambut Wakil Bupati Ngawi.", [("Provinsi Jawa Timur", "Kabupaten Ngawi")]),
    ("Pemkab Klaten menerima kunjungan peserta studi lapangan PKP dari BPSDM Provinsi Jambi, Rabu (4/6). Kepala "
     "BKPSDM Kabupaten Klaten Budi Santoso menyebut studi lapangan itu bermanfaat.",
     [("Provinsi Jambi", "Kabupaten Klaten")]),
    ("Sekda Kabupaten Klaten menyambut peserta pelatihan kepemimpinan dari Pemprov Jambi yang datang untuk studi "
     "lapangan, Kamis (5/6).", [("Provinsi Jambi", "Kabupaten Klaten")]),
])
def test_a_training_agency_takes_its_course_on_a_field_study(tagger: Tagger, text: str, expected: list) -> None:
    assert visits(tagger, text) == expected


@pytest.mark.parametrize("title, text", [
    ("Bamus DPRD Kabupaten Wajo Kunjungi DPRD Kota Madiun",
     "Wakil Ketua DPRD Kota Madiun Budi Santoso membuka pertemuan silaturrahmi dengan Badan Musyawarah DPRD Kabupaten "
     "Wajo, Senin (13/5)."),
    ("Pansus DPRD Kabupaten Wajo Sambangi DPRD Kota Madiun",
     "Pertemuan itu membahas tata tertib dewan, kata Ketua DPRD Kota Madiun Budi Santoso, Senin (13/5)."),
])
def test_a_headline_verb_of_going_opens_the_search(tagger: Tagger, title: str, text: str) -> None:
    result = tagger.extract({"id": "t", "url": None, "title": title, "published": "2024-05-14", "text": text})
    assert [(v["visitor"], v["host"]) for v in result["visits"]] == [("Kabupaten Wajo", "Kota Madiun")]


def test_a_region_with_its_abbreviation_before_a_passive_visit_hosts(tagger: Tagger) -> None:
    text = ("KENDARI - Provinsi Sulawesi Tenggara (Sultra) dikunjungi Bupati Wajo, Anton Sukma, Selasa (7/3). "
            "Kunjungan itu untuk studi banding tata kelola pelabuhan.")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Provinsi Sulawesi Tenggara")]


@pytest.mark.parametrize("text", [
    # the only region scored as a traveller rather hosts ("belajar" of the hosts' own speech)
    "Ketua DPRD Kota Madiun, Budi Santoso, menjelaskan bahwa kunjungan kerja 12 anggota DPRD Kabupaten Wajo ke DPRD "
    "Kota Madiun membahas kode etik. DPRD Kota Madiun juga ingin belajar dari tamunya.",
    # the delegation named only through its officials, the host's own people also learning
    "Kedatangan mereka ke Kota Madiun dimaksudkan untuk bertukar pengalaman. Rombongan diterima Wali Kota Madiun "
    "Budi Santoso. Kota Madiun juga ingin belajar. "
    "Wakil Ketua DPRD Kabupaten Wajo, Anton Sukma, memuji keterbukaan tuan rumah.",
])
def test_with_no_delegation_that_wins_the_officials_region_travels(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


def test_a_dateline_after_the_outlets_name_hosts(tagger: Tagger) -> None:
    text = ("Beritaku.com, Madiun - Rombongan Pemkab Wajo yang dipimpin Sekda Wajo Anton Sukma datang untuk studi "
            "banding pelayanan terpadu, Rabu (3/5).")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


def test_a_region_named_inside_a_province_destination_says_where(tagger: Tagger) -> None:
    text = ("Anggota DPRD Kabupaten Wajo menjalani kunjungan kerja ke tiga daerah, yaitu Kota Madiun, Kota Kediri dan "
            "Jawa Tengah. Komisi A ke Kota Madiun, Komisi B ke Kota Kediri dan Komisi C ke Jawa Tengah. Ketua Komisi C "
            "memastikan pihaknya kunker ke Desa Wisata Sukamaju Kabupaten Klaten.")
    assert sorted(visits(tagger, text)) == [("Kabupaten Wajo", "Kabupaten Klaten"), ("Kabupaten Wajo", "Kota Kediri"),
                                            ("Kabupaten Wajo", "Kota Madiun")]


@pytest.mark.parametrize("text", [
    "Rombongan Pemkab Wajo menemui Bupati Klaten untuk belajar tata kelola pasar, Senin (8/5).",
    "Dalam studi banding itu, delegasi DPRD Kabupaten Wajo temui Pemkab Klaten di pendopo, Senin (8/5).",
])
def test_the_government_a_delegation_meets_hosts(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kabupaten Klaten")]


@pytest.mark.parametrize("text", [
    "Rombongan DPRD Kabupaten Wajo studi banding ke Pemerintah Kota (Pemkot) Madiun, Senin (8/5).",
    "Rombongan Pemerintah Kabupaten (Pemkab) Wajo belajar ke Pemerintah Kota (Pemkot) Madiun, Senin (8/5).",
    "Usai studi banding ke Pemerintah Kota (Pemkot) Madiun, Pemerintah Kabupaten (Pemkab) Wajo minta OPD berbenah.",
])
def test_a_government_written_with_its_short_form_in_brackets(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


def test_destinations_told_in_their_order(tagger: Tagger) -> None:
    text = ("Camat bersama tujuh kepala desa di Kabupaten Wajo akan berangkat studi banding ke tiga daerah. Tujuan "
            "pertama Kota Madiun, lalu Kabupaten Ngawi, dan terakhir Kabupaten Pati.")
    assert sorted(visits(tagger, text)) == [("Kabupaten Wajo", "Kabupaten Ngawi"), ("Kabupaten Wajo", "Kabupaten Pati"),
                                            ("Kabupaten Wajo", "Kota Madiun")]


@pytest.mark.parametrize("text", [
    "DPRD Kabupaten Wajo kunjungan kerja ke Jawa Timur. Rombongan bertatap muka dengan jajaran Pemerintah Kabupaten "
    "Ngawi untuk belajar tata kelola pasar.",
    "DPRD Kabupaten Wajo kunjungan kerja ke Jawa Timur. Dalam kunjungan itu rombongan menemui Dinas Pasar dan Dinas "
    "Perdagangan Kabupaten Ngawi untuk belajar.",
])
def test_the_government_met_inside_a_province_destination_hosts(tagger: Tagger, text: str) -> None:
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kabupaten Ngawi")]
