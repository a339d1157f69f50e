"""Who leads each leg of a tour (nlp/leaders.leg_leader): one delegation visiting several hosts, its committees or
groups each going to some of them, the head named with a host leads that host's visit ("Lalu Komisi B berkunker ke
DPRD A. Ketua Komisi B, Budi menjelaskan ..."; "Komisi II ke Kota A dan Kota B, dipimpin Ketua DPRD Budi"); a head
said to lead the whole tour and named with no leg keeps every leg. Beside them: one who governs a place ("kota yang
dipimpin Wali Kota X") leads no group (visit_rules._led_by), and a committee's vice chair ranks above its secretary
(visits.LEADING_HEADS); a region's name read as a person's ("Bupati Konawe Kepulauan Sulawesi Tenggara, X") leads
nothing (visits.VisitFinder.region_names).

Sentences of our own.
"""

from __future__ import annotations

from nlp_helpers import visits as visit_tuples

from nlp import Tagger

TRIO = ("visitor", "host", "leader")


def test_each_committee_chair_leads_the_leg_of_his_committee(tagger: Tagger) -> None:
    text = ("Empat komisi DPRD Kabupaten Wajo menggelar kunjungan kerja ke sejumlah daerah, Selasa (7/3). "
            "Komisi A DPRD Wajo berkunjung ke DPRD Kota Madiun. Menurut Ketua Komisi A, Gilang Saputro, kunker itu "
            "membahas penataan aset. Lalu Komisi B berkunker ke DPRD Kabupaten Klaten. Ketua Komisi B, Wening Astuti "
            "menjelaskan, kunker kali ini membahas pengelolaan pasar.")
    assert visit_tuples(tagger, text, fields=TRIO) == [
        ("Kabupaten Wajo", "Kabupaten Klaten", "Wening Astuti"),
        ("Kabupaten Wajo", "Kota Madiun", "Gilang Saputro")]


def test_the_head_named_with_a_group_going_to_two_hosts_leads_both(tagger: Tagger) -> None:
    text = ("DPRD Kabupaten Wajo menggelar studi banding ke tiga daerah, Selasa (7/3). Komisi I ke DPRD Kota Madiun, "
            "dipimpin Wakil Ketua DPRD Wajo Lintang Pramudita. Adapun Komisi II ke DPRD Kabupaten Klaten dan "
            "Pemerintah Kota Bitung, dipimpin Ketua DPRD Surya Atmaja.")
    assert visit_tuples(tagger, text, fields=TRIO) == [
        ("Kabupaten Wajo", "Kabupaten Klaten", "Surya Atmaja"),
        ("Kabupaten Wajo", "Kota Bitung", "Surya Atmaja"),
        ("Kabupaten Wajo", "Kota Madiun", "Lintang Pramudita")]


def test_a_head_leading_the_whole_tour_keeps_every_leg(tagger: Tagger) -> None:
    text = ("Rombongan DPRD Kabupaten Wajo yang dipimpin Ketua DPRD Wajo Surya Atmaja studi banding ke Kota Madiun "
            "dan Kabupaten Klaten, Selasa (7/3). Di Kota Madiun, Ketua Komisi A, Gilang Saputro bertanya soal "
            "penataan pasar.")
    assert [v[2] for v in visit_tuples(tagger, text, fields=TRIO)] == ["Surya Atmaja", "Surya Atmaja"]


def test_one_who_governs_the_place_leads_no_group(tagger: Tagger) -> None:
    text = ("Pemkab Wajo studi banding ke Kota Madiun, Selasa (7/3). Mereka datang ke kota yang dipimpin Wali Kota "
            "Raden Wicaksono itu untuk belajar pengelolaan sampah.")
    assert visit_tuples(tagger, text, fields=TRIO) == [("Kabupaten Wajo", "Kota Madiun", None)]


def test_a_committees_vice_chair_ranks_above_its_secretary(tagger: Tagger) -> None:
    text = ("Komisi I DPRD Provinsi Jambi berkunjung ke Dinas Kominfo Provinsi Bali, Selasa (7/3). Wakil Ketua "
            "Komisi I Bidang Pemerintahan, Gilang Saputro dan Sekretaris Komisi I Bidang Pemerintahan, Wening "
            "Astuti tampak serius mengikuti paparan.")
    assert visit_tuples(tagger, text, fields=TRIO) == [("Provinsi Jambi", "Provinsi Bali", "Gilang Saputro")]


def test_a_region_read_as_a_name_leads_nothing(tagger: Tagger) -> None:
    text = ("Bupati Konawe Kepulauan Sulawesi Tenggara, Surya Atmaja berkunjung ke Kabupaten Klaten, Selasa (7/3), "
            "untuk belajar pengelolaan pasar.")
    # the name after the comma is the officials' reading; the province before it is no one's name
    assert [v[2] for v in visit_tuples(tagger, text, fields=TRIO)] in ([None], ["Surya Atmaja"])
