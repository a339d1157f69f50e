"""Round 21 (leaders and sizes from letter x's errors, each shape counted on the older letters): a group counted with
"ke" before its number ("ke-12 anggota", "ke 12 anggota rombongan"), a count right after the trip's noun with its
kind or short form ("tujuan kunjungan kerja (Kunker) tujuh anggota DPRD X", "Study Banding 30 kepala desa"), the
secretariat's own trip led by its clerks, a head whose name ends in a region's word, and the head the host received
("Bupati Budi, SH disambut Wakil Bupati Y") leading when nothing else names a leader.

Sentences of our own (nlp/delegation_size.py, nlp/visit_leaders.py, nlp/leaders.py).
"""

from __future__ import annotations

import pytest
from nlp_helpers import facts, visits

from nlp import Tagger
from nlp.delegation_size import size


@pytest.mark.parametrize("sentence, expected", [
    # "ke" and a number before the people: the whole group counted
    ("Kesan itu disampaikan mewakili ke 12 anggota rombongan dari Pemkab Wajo.", 12),
    ("Ke-18 anggota Komisi B itu kemudian menyimak paparan tentang bank sampah.", 18),
    ("Ke 9 Kepala Desa itu pulang membawa banyak catatan.", 9),
    # no people after the number: no count ("HUT ke 25 Kabupaten Wajo")
    ("Kunjungan itu bertepatan dengan HUT ke 25 Kabupaten Wajo.", None),
])
def test_a_group_counted_with_ke_before_its_number(tagger: Tagger, sentence: str, expected: int | None) -> None:
    text = f"Pemkab Wajo studi banding ke Kabupaten Klaten, Senin (4/3). {sentence}"
    assert visits(tagger, text)[0][4] == expected


@pytest.mark.parametrize("text, expected", [
    # the trip's noun, its kind and its short form in brackets before the count
    ("Kabupaten Klaten menjadi tujuan kunjungan kerja (Kunker) tujuh anggota DPRD Komisi C Kabupaten Wajo.", 7),
    ("Desa wisata di Kabupaten Klaten menjadi tujuan Study Banding 30 Kepala Desa dari Kabupaten Wajo.", 30),
    ("Kabupaten Klaten menjadi tujuan kunjungan belajar 14 pegawai Kabupaten Wajo.", 14),
])
def test_a_count_right_after_the_trip_and_its_kind(text: str, expected: int) -> None:
    assert size(text, 0, len(text)) == expected


def test_the_secretariats_own_trip_is_led_by_its_secretary(tagger: Tagger) -> None:
    title = "Sekretariat DPRD Wajo Sambangi Klaten untuk Belajar Tata Kelola Persidangan"
    text = ("Sekretariat DPRD Kabupaten Wajo bertandang ke Sekretariat DPRD Kabupaten Klaten, Senin "
            "(4/3). Sekretaris DPRD Wajo Andi Rahmat Sutomo berterima kasih atas sambutan hangat tuan rumah. "
            "Menurutnya, kunjungan ini untuk berbagi pengetahuan soal persidangan.")
    assert [v[3] for v in facts(tagger, text, title=title)] == ["Andi Rahmat Sutomo"]


def test_a_council_secretary_telling_of_the_councils_trip_does_not_lead_it(tagger: Tagger) -> None:
    # the headline sends the council, not its secretariat: the secretary only tells of the trip
    title = "DPRD Wajo Sambangi Klaten untuk Belajar Tata Kelola Persidangan"
    text = ("DPRD Kabupaten Wajo bertandang ke DPRD Kabupaten Klaten, Senin (4/3). Sekretaris DPRD "
            "Wajo Andi Rahmat Sutomo mengatakan kunjungan ini untuk berbagi pengetahuan soal persidangan.")
    assert [v[3] for v in facts(tagger, text, title=title)] == [None]


def test_a_head_whose_name_ends_in_a_regions_word(tagger: Tagger) -> None:
    # "Demak" is a region; the words before it name the head of the group
    text = ("Pemkot Bitung berkunjung ke Kota Kotamobagu, Senin (4/3), untuk belajar pengendalian harga. "
            "Ketua rombongan Pemkot Bitung, Harun Salim Demak, sehari-hari Kepala Dinas Koperasi, mengatakan "
            "kunjungan ini untuk bertukar pengalaman.")
    assert [v[3] for v in facts(tagger, text)] == ["Harun Salim"]


def test_the_head_received_by_the_host_leads_the_guests(tagger: Tagger) -> None:
    # his region is unwritten: the one received, not one of the hosts
    text = ("Kunjungan kerja ke Kabupaten Sigi dilakukan Pemerintah Kabupaten Wajo, Senin (4/3). Bupati Arman "
            "Sutedjo,SH disambut Wakil Bupati Sigi Ratna Kumala beserta jajaran di kantor bupati. Pertemuan itu "
            "membahas kerja sama pertanian.")
    assert [(v[0], v[3]) for v in facts(tagger, text)] == [("Kabupaten Wajo", "Arman Sutedjo")]
