"""Who leads each leg of a tour (nlp/leaders.leg_leader, tour_legs): one delegation visiting several hosts, its
committees or groups each going to some of them, the head named with a host leads that host's visit (his own
sentence, or his committee sent there: "Sementara itu Komisi I bertolak ke DPRD A. ... Ketua Komisi I, Budi");
a head said to lead the whole tour and named with no leg keeps every leg; a host's chair, or a host's committee
of the same name, leads nothing. Beside them: one who governs a place ("daerah yang dipimpin Wali Kota X") leads
no group (visit_rules._led_by, the governed_place cues), a committee's vice chair ranks above its secretary
(visit_leaders.LEADING_HEADS), and a region's name read as a person's leads nothing (lexicon.Lexicon.is_region_name,
asked where officials and group heads are read).

Sentences of our own.
"""

from __future__ import annotations

from nlp_helpers import visits as visit_tuples

from nlp import Tagger

TRIO = ("visitor", "host", "leader")


def test_each_committee_chair_leads_the_leg_of_his_committee(tagger: Tagger) -> None:
    text = ("Kunjungan kerja DPRD Kota Sorong terbagi atas dua tim pada Rabu (14/2). Tim Komisi III DPRD Sorong "
            "menyambangi DPRD Kabupaten Sleman untuk membahas retribusi parkir, dan Ketua Komisi III, Bagas Wirawan, "
            "berharap Sorong bisa meniru cara Sleman. Sementara itu Komisi I bertolak ke DPRD Kota Salatiga. Soal "
            "pelayanan perizinan, Ketua Komisi I, Nyoman Suparta, menyebut Salatiga sudah lebih dulu memakai "
            "aplikasi daring.")
    assert visit_tuples(tagger, text, fields=TRIO) == [
        ("Kota Sorong", "Kabupaten Sleman", "Bagas Wirawan"),
        ("Kota Sorong", "Kota Salatiga", "Nyoman Suparta")]


def test_a_head_named_in_his_own_sentence_with_one_host_leads_that_leg(tagger: Tagger) -> None:
    # main gave the council's chair both legs; the vice chair's sentence names only Sleman
    text = ("DPRD Kota Sorong studi banding ke DPRD Kota Salatiga dan DPRD Kabupaten Sleman, Rabu (14/2). Ketua DPRD "
            "Sorong Bagas Wirawan bersama anggota Komisi I bertemu pimpinan DPRD Salatiga. Di Sleman, Wakil Ketua "
            "DPRD Sorong Nyoman Suparta berdiskusi soal retribusi parkir.")
    assert visit_tuples(tagger, text, fields=TRIO) == [
        ("Kota Sorong", "Kabupaten Sleman", "Nyoman Suparta"),
        ("Kota Sorong", "Kota Salatiga", "Bagas Wirawan")]


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


def test_a_hosts_chair_named_at_his_council_leads_no_leg(tagger: Tagger) -> None:
    text = ("DPRD Kota Sorong melakukan kunjungan kerja ke DPRD Kabupaten Sleman dan DPRD Kota Salatiga, Rabu (14/2). "
            "Setiba di DPRD Kota Salatiga, Ketua Komisi B, Yosef Laban, menjelaskan pengelolaan pasar rakyat "
            "Salatiga.")
    assert visit_tuples(tagger, text, fields=TRIO) == [
        ("Kota Sorong", "Kabupaten Sleman", None), ("Kota Sorong", "Kota Salatiga", None)]
    officials = tagger.extract({"id": "v", "url": None, "title": None, "published": "2024-02-20", "text": text})
    assert [(o["name"], o["region"]) for o in officials["officials"]] == [("Yosef Laban", "Kota Salatiga")]


def test_the_hosts_committee_of_the_same_name_is_not_the_visitors(tagger: Tagger) -> None:
    text = ("Dua komisi DPRD Kota Sorong bertolak ke Pulau Jawa, Rabu (14/2). Komisi A DPRD Sorong mendatangi DPRD "
            "Kabupaten Sleman; Ketua Komisi A, Bagas Wirawan, menanyakan penataan aset daerah. Komisi B bertolak ke "
            "DPRD Kota Salatiga dan disambut Komisi A DPRD Kota Salatiga. Perihal pasar rakyat, Ketua Komisi B, "
            "Nyoman Suparta, mencatat banyak hal.")
    assert visit_tuples(tagger, text, fields=TRIO) == [
        ("Kota Sorong", "Kabupaten Sleman", "Bagas Wirawan"),
        ("Kota Sorong", "Kota Salatiga", "Nyoman Suparta")]


def test_one_who_governs_the_place_leads_no_group(tagger: Tagger) -> None:
    text = ("Tim Pemkab Wajo belajar pengelolaan sampah di Kota Madiun, Selasa (7/3). Daerah yang dipimpin Wali Kota "
            "Raden Wicaksono itu dinilai berhasil mengurangi sampah plastik.")
    assert visit_tuples(tagger, text, fields=TRIO) == [("Kabupaten Wajo", "Kota Madiun", None)]


def test_a_committees_vice_chair_ranks_above_its_secretary(tagger: Tagger) -> None:
    text = ("Rombongan DPRD Kota Sorong tiba di Kabupaten Sleman, Rabu (14/2), untuk studi banding tata kelola parkir. "
            "Hadir dalam kunjungan itu Sekretaris Komisi II DPRD Sorong Nyoman Suparta serta Wakil Ketua Komisi II "
            "DPRD Sorong Bagas Wirawan.")
    assert visit_tuples(tagger, text, fields=TRIO) == [("Kota Sorong", "Kabupaten Sleman", "Bagas Wirawan")]


def test_a_province_between_a_post_and_its_holder_is_skipped(tagger: Tagger) -> None:
    # "Sulawesi Selatan" between the head's post and his name is skipped: the holder leads
    text = ("Kepala Bappeda Pangkajene dan Kepulauan Sulawesi Selatan, Yohanes Bili bertandang ke Kota Salatiga, "
            "Rabu (14/2), untuk mempelajari layanan adminduk.")
    assert [v[2] for v in visit_tuples(tagger, text, fields=TRIO)] == ["Yohanes Bili"]
