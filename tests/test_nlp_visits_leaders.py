"""Who leads a visit as the visit finder reads the trip's sentences: a named person, a mistyped title, a head leading
his own region's team, the guest official received, the head named first; the press officer or clerk telling of it does
not lead, unless the headline sends the secretariat itself ("Setwan X Pelajari ..."); the head the host received
("Bupati X, SE diterima Wali Kota Y") leads when nothing else names one, and is of the visitor's region; the host's
official chairing the reception ("Audiensi dipimpin Sekda Kota B") leads no delegation (visit_rules._hosts_official); an
official listed among the companions of one named before him ("Bupati A bersama Ketua B, Anggota C dan OPD terkait
berkunjung ke ...", "dipimpin A, didampingi ..., antara lain C") goes along, the one named first leads
(visit_rules._listed_companion, _led_by). The visit rules' leader tests live here; heads named by their role in the
group (nlp/leaders.py): test_nlp_leaders.py.

Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import facts
from nlp_helpers import visits as visit_tuples

from nlp import Tagger

TRIO = ("visitor", "host", "leader")


def test_a_trip_led_by_a_mistyped_title_takes_the_name_after_its_region(tagger: Tagger) -> None:
    text = ("Pemkab Klaten menerima kunjungan kerja Pemkab Wajo, Selasa (7/3). Rombongan yang langsung dipimpin "
            "Sekertaris Daerah kab Wajo Ibu Ratna Dewi Lestari itu ingin belajar pengelolaan keuangan daerah.")
    assert facts(tagger, text) == [("Kabupaten Wajo", "Kabupaten Klaten", "2023-03-07", "Ratna Dewi Lestari", None)]


def test_a_trip_noun_led_by_a_named_person(tagger: Tagger) -> None:
    text = ("Pemkab Wajo berkunjung ke Kota Bitung, Selasa (7/3), untuk studi tiru. Kunker yang diketuai "
            "Teguh Prasetyo itu membahas pelayanan perizinan.")
    assert [v[3] for v in facts(tagger, text)] == ["Teguh Prasetyo"]


def test_a_head_leading_his_team_to_a_province_leads_his_own_region(tagger: Tagger) -> None:
    # the destination written after the team is not the leader's region
    text = ("Tim Pemkab Wajo berkunjung ke Kota Bitung, Selasa (7/3). Asisten Bidang Kesejahteraan Pemerintah "
            "Kabupaten (Pemkab) Wajo (Wj), Teguh Prasetyo, memimpin langsung puluhan anggota tim dalam studi tiru ke "
            "Sulawesi Utara itu.")
    assert facts(tagger, text) == [("Kabupaten Wajo", "Kota Bitung", "2023-03-07", "Teguh Prasetyo", None)]


def test_a_council_body_under_the_lead_of_a_named_person(tagger: Tagger) -> None:
    text = ("Pansus Tata Tertib DPRD Kota Bitung di bawah pimpinan Teguh Prasetyo menjalankan studi banding ke "
            "DPRD Kabupaten Klaten, Selasa (7/3).")
    assert facts(tagger, text) == [("Kota Bitung", "Kabupaten Klaten", "2023-03-07", "Teguh Prasetyo", None)]


def test_leader_whose_region_is_unwritten_leads_the_delegation(tagger: Tagger) -> None:
    text = ("Rombongan Pemkab Kebumen studi tiru ke Kabupaten Gunungkidul, Kamis (9/3). Rombongan yang dipimpin "
            "Asisten Administrasi Umum, Teguh Prasetyo, itu ingin belajar pengelolaan pasar desa.")
    assert facts(tagger, text) == [("Kabupaten Kebumen", "Kabupaten Gunungkidul", "2023-03-09", "Teguh Prasetyo",
                                    None)]


@pytest.mark.parametrize("text, leader", [
    ("Asisten Administrasi Umum Setda Kabupaten Wajo, Anton Sukma, SH, yang juga memimpin rombongan, menjelaskan "
     "bahwa Kabupaten Klaten dipilih sebagai tujuan studi banding.", "Anton Sukma"),
    ("Pimpinan DPRD Kabupaten Wajo, Anton Sukma, menerangkan bahwa kedatangannya ke Kabupaten Klaten untuk studi "
     "banding.", "Anton Sukma"),
])
def test_leader_without_dipimpin(tagger: Tagger, text: str, leader: str) -> None:
    assert [(v[0], v[1], v[3]) for v in facts(tagger, text)] == [("Kabupaten Wajo", "Kabupaten Klaten", leader)]


def test_head_of_delegation_named_after_his_words_and_companions_counted(tagger: Tagger) -> None:
    text = ("Sebanyak 9 orang dari Komisi II DPRD Kabupaten Balangan, disertai 3 orang pendamping dari Sekretariat "
            "DPRD, mendatangi DPRD Kabupaten Katingan guna melakukan sinkronisasi pengawasan, Senin (6/3). "
            "\"Kami senang diterima di sini,\" tutur Marwan Efendi Saragi, Pimpinan Rombongan Komisi II DPRD Balangan.")
    assert facts(tagger, text) == [("Kabupaten Balangan", "Kabupaten Katingan", "2023-03-06", "Marwan Efendi Saragi",
                                    12)]


def test_press_officer_who_tells_of_the_trip_does_not_lead_it(tagger: Tagger) -> None:
    text = ("Dua puluh anggota DPRD Kota Sorong berkunjung ke Kota Kendari, Senin (6/3). Kabar itu dibenarkan "
            "Kepala Subbagian Humas DPRD Kota Sorong Demianus Korwanda saat dihubungi wartawan.")
    assert facts(tagger, text) == [("Kota Sorong", "Kota Kendari", "2023-03-06", None, 20)]


@pytest.mark.parametrize("text, leader", [
    ("Wali Kota Bitung Rudi Lumenta, bersama Sekda Kota Bitung Anton Sukma, berkunjung ke Kabupaten Klaten untuk "
     "belajar.", "Rudi Lumenta"),
    ("Rombongan DPRD Kabupaten Wajo studi banding ke Kabupaten Klaten. Anggota DPRD Kabupaten Wajo, Banyu Prasojo, "
     "mengatakan kunjungan itu bermanfaat.", "Banyu Prasojo"),
])
def test_leader_is_the_head_named_first_or_the_one_official_of_the_delegation(tagger: Tagger, text: str,
                                                                              leader: str) -> None:
    assert [v[3] for v in facts(tagger, text)] == [leader]


def test_the_council_clerk_who_tells_of_a_trip_does_not_lead_it(tagger: Tagger) -> None:
    text = ("DPRD Kabupaten Wajo melaksanakan studi banding ke Kota Bitung, Senin (6/3). Hal itu disampaikan Kepala "
            "Bagian Persidangan Sekretariat DPRD Kabupaten Wajo, Banyu Prasojo.")
    assert facts(tagger, text) == [("Kabupaten Wajo", "Kota Bitung", "2023-03-06", None, None)]


@pytest.mark.parametrize("post", ["Sekretaris DPRD", "Plt. Sekretaris DPRD", "Pelaksana Tugas Sekretaris DPRD",
                                  "Plh Kepala Bagian Umum Sekretariat DPRD"])
def test_an_acting_council_clerk_who_tells_of_a_trip_does_not_lead_it(tagger: Tagger, post: str) -> None:
    # round 43: the refusal reads the post as _rank does, without the acting official's prefix
    text = ("DPRD Kabupaten Wajo melaksanakan studi banding ke Kota Bitung, Senin (6/3). Kegiatan itu dibenarkan "
            f"{post} Kabupaten Wajo, Banyu Prasojo.")
    assert [v[3] for v in facts(tagger, text)] == [None]


def test_passive_verb_written_apart_still_names_the_leader(tagger: Tagger) -> None:
    text = ("Pemerintah Kota Bitung melakukan kunjungan kerja ke Pemkot Madiun, Senin (6/3). Kunjungan kerja yang di "
            "pimpin oleh Wali Kota Bitung Rudi Lumenta itu di terima Wakil Wali Kota Madiun, Anton Sukma.")
    assert facts(tagger, text) == [("Kota Bitung", "Kota Madiun", "2023-03-06", "Rudi Lumenta", None)]


def test_the_guest_official_received_leads_his_regions_delegation(tagger: Tagger) -> None:
    text = ("Wakil Wali Kota Madiun menerima kunjungan Kepala Bappeda Kabupaten Wajo Anton Sukma beserta rombongan, "
            "Selasa (7/3).")
    assert visit_tuples(tagger, text, fields=TRIO) == [
        ("Kabupaten Wajo", "Kota Madiun", "Anton Sukma")]


def test_host_official_chairing_the_meeting_keeps_the_visit(tagger):
    found = visit_tuples(tagger, "Anggota DPRD Kabupaten Wajo berkunjung ke Kota Madiun untuk belajar pengelolaan "
                                 "pasar. Audiensi dipimpin langsung oleh Sekda Kota Madiun Gatot Surendra didampingi "
                                 "para kepala dinas.", title="Kunjungan DPRD Wajo", fields=TRIO)
    assert found == [("Kabupaten Wajo", "Kota Madiun", None)]


def test_the_delegation_led_by_its_own_head_still_leads(tagger):
    found = visit_tuples(tagger, "Anggota DPRD Kabupaten Wajo berkunjung ke Kota Madiun untuk belajar pengelolaan "
                                 "pasar. Rapat dipimpin Asisten I Setda Kota Madiun Gatot Surendra. Rombongan dipimpin "
                                 "Wakil Ketua DPRD Wajo Andi Budiman.", title="Kunjungan DPRD Wajo", fields=TRIO)
    assert found == [("Kabupaten Wajo", "Kota Madiun", "Andi Budiman")]


def test_a_trip_led_by_an_official_of_the_visiting_region_still_leads(tagger):
    # the one who leads is of the travelling region: he leads the trip, as before
    found = visit_tuples(tagger, "Rombongan Pemkab Wajo yang bertandang ke Kota Madiun dipimpin Sekda Kabupaten Wajo "
                                 "Yusran Palelo untuk belajar pengelolaan pasar.", title="Pemkab Wajo ke Madiun",
                         fields=TRIO)
    assert found == [("Kabupaten Wajo", "Kota Madiun", "Yusran Palelo")]


def leaders(tagger: Tagger, text: str) -> dict[tuple[str, str], str | None]:
    result = tagger.extract({"id": "c", "url": None, "title": None, "published": "2024-03-08", "text": text})
    return {(v["visitor"], v["host"]): v["leader"] for v in result["visits"]}


@pytest.mark.parametrize("text, visit, leader", [
    # degrees between the listed companions; the last of them, with his party, stands right before the verb of going
    ("Wakil Bupati Pinrang Andarias Pallawa beserta Kepala Dinas Perdagangan Pinrang Welmince Tandiayu, S.E., M.M., "
     "Ketua Komisi B DPRD Pinrang Fadel Mappasessu (F-PKB) serta camat se-Pinrang berkunjung ke Kota Salatiga untuk "
     "studi tiru.",
     ("Kabupaten Pinrang", "Kota Salatiga"), "Andarias Pallawa"),
    # the members named after a led-by cue and a companion word go along with the one the cue names
    ("Kunjungan kerja Komisi III DPRD Kabupaten Enrekang ke Kota Pekalongan dipimpin Ketua Komisi III, Yohanis "
     "Kombong, didampingi beberapa anggota, antara lain Anggota DPRD Enrekang Yermias Datusila dan Nurhaeda Pasulu.",
     ("Kabupaten Enrekang", "Kota Pekalongan"), "Yohanis Kombong"),
    # alone before the verb, he leads as before
    ("Pagi itu Sekretaris DPRD Enrekang Yermias Datusila menyambangi Kota Pekalongan untuk studi banding.",
     ("Kabupaten Enrekang", "Kota Pekalongan"), "Yermias Datusila"),
])
def test_companion_listed_does_not_lead(tagger: Tagger, text: str, visit: tuple[str, str], leader: str) -> None:
    assert leaders(tagger, text)[visit] == leader


@pytest.mark.parametrize("gap", [
    " bersama Kepala Bappeda Pinrang Welmince Tandiayu" + ", " * 30 + "para staf, ",
    " bersama" + " " * 40 + "rombongan, ",
])
def test_long_gap_before_a_listed_companion(tagger: Tagger, gap: str) -> None:
    # a long run of commas and spaces, then a group with no name, is read in one pass (it once backtracked for
    # minutes); the Sekda after it is listed among the Wakil Bupati's companions
    text = ("Wakil Bupati Pinrang Andarias Pallawa" + gap + "Sekda Pinrang Fadel Mappasessu berkunjung ke Kota "
            "Salatiga untuk studi tiru, Selasa (5/3).")
    assert leaders(tagger, text)[("Kabupaten Pinrang", "Kota Salatiga")] == "Andarias Pallawa"


def test_a_capitalised_word_is_no_degree(tagger: Tagger) -> None:
    # "Tim" is no degree: the gap holds more than officials, so the one before the verb is no listed companion
    text = ("Wakil Bupati Pinrang Andarias Pallawa bersama Kepala Bappeda Pinrang Welmince Tandiayu, Tim Ahli, "
            "Sekda Pinrang Fadel Mappasessu berkunjung ke Kota Salatiga untuk studi tiru, Selasa (5/3).")
    assert leaders(tagger, text)[("Kabupaten Pinrang", "Kota Salatiga")] == "Fadel Mappasessu"


BODY = ("{who} Kabupaten Bantaeng studi banding ke DPRD Kota Salatiga, Kamis (9/5). Kepala Bagian Persidangan "
        "Setwan Bantaeng, Nurhayati Sambo, menyebut rombongan ingin mempelajari notulensi rapat paripurna.")


@pytest.mark.parametrize("headline, who, leader", [
    # the headline sends the secretariat itself: its clerk leads
    ("Setwan Bantaeng Pelajari Notulensi Rapat di Salatiga", "Sekretariat DPRD", "Nurhayati Sambo"),
    # the headline sends the council: its clerk only tells of the trip
    ("DPRD Bantaeng Pelajari Notulensi Rapat di Salatiga", "DPRD", None),
])
def test_the_secretariats_own_trip_is_led_by_its_clerk(tagger: Tagger, headline: str, who: str,
                                                      leader: str | None) -> None:
    assert [v[3] for v in facts(tagger, BODY.format(who=who), title=headline)] == [leader]


def test_the_head_received_by_the_host_leads_the_guests(tagger: Tagger) -> None:
    # his region is unwritten: the one received, not one of the hosts, leads
    text = ("Rombongan Pemerintah Kabupaten Bantaeng tiba di Kabupaten Sragen, Kamis (9/5), untuk studi tiru "
            "pengelolaan pasar. Di Sragen, Bupati Hendra Wicaksono,SE diterima Wakil Bupati Sragen Lestari Anjani.")
    found = tagger.extract({"id": "g", "url": None, "title": None, "published": "2023-03-10", "text": text})
    assert [(v["visitor"], v["leader"]) for v in found["visits"]] == [("Kabupaten Bantaeng", "Hendra Wicaksono")]
    # read near the host's words, his region is the visitor's once he leads it
    assert [o["region"] for o in found["officials"] if o["name"] == "Hendra Wicaksono"] == ["Kabupaten Bantaeng"]


@pytest.mark.parametrize("text, leader", [
    # the delegation's head stands in by another: the one who stands in leads (round 23b)
    ("Rombongan Bupati Bantaeng Hendra Wicaksono, SH diwakili Asisten I Lestari Anjani, tiba di Kabupaten Sragen, "
     "Kamis (9/5), untuk studi tiru pengelolaan pasar.", "Lestari Anjani"),
    ("Rombongan yang dipimpin Bupati Bantaeng, Hendra Wicaksono, S.H., yang diwakili Plh. Asisten I, Lestari Anjani, "
     "datang ke Kabupaten Sragen, Kamis (9/5), untuk studi tiru pengelolaan pasar.", "Lestari Anjani"),
    # the host's head stands in by another: the delegation's own head leads
    ("Rombongan Bupati Bantaeng Hendra Wicaksono tiba di Kabupaten Sragen, Kamis (9/5), untuk studi tiru "
     "pengelolaan pasar. Rombongan diterima Bupati Sragen yang diwakili Asisten I Lestari Anjani.", "Hendra Wicaksono"),
])
def test_the_one_standing_in_for_the_delegations_head_leads(tagger: Tagger, text: str, leader: str) -> None:
    assert [v[3] for v in facts(tagger, text)] == [leader]


COMMITTEE_TRIP = ("Komisi II DPRD Kabupaten Wajo berkunjung kerja ke Kota Bitung, Selasa (7/3), untuk belajar tata "
                  "kelola retribusi pasar. {chair} Ketua DPRD Wajo Teguh Prasetyo menyebut agenda itu sudah "
                  "disetujui Badan Musyawarah.")


@pytest.mark.parametrize("chair", [
    # the committee travels and its chair tells of the trip: he leads, not the council's chair who comments on it
    "Ketua Komisi II DPRD Wajo Ratna Dewi Lestari mengatakan komisinya ingin meniru sistem pembayaran nontunai.",
    # the committee's number in figures, and the chair confirming his own committee's trip to a reporter
    "Ketua Komisi 2 DPRD Wajo Ratna Dewi Lestari, saat dikonfirmasi, membenarkan komisinya sedang berada di Bitung.",
])
def test_the_chair_of_the_travelling_committee_leads_it(tagger: Tagger, chair: str) -> None:
    assert [v[3] for v in facts(tagger, COMMITTEE_TRIP.format(chair=chair))] == ["Ratna Dewi Lestari"]
    # the council's heads travel with the committee: its chair leads no more
    text = COMMITTEE_TRIP.format(chair=chair).replace("Komisi II DPRD Kabupaten Wajo berkunjung",
                                                      "Pimpinan Dewan bersama Komisi II DPRD Kabupaten Wajo berkunjung")
    assert [v[3] for v in facts(tagger, text)] == ["Teguh Prasetyo"]


@pytest.mark.parametrize("text, leader", [
    # the clerk's own office is sent: its head leads (round 29)
    ("Bagian Humas Setda Kabupaten Wajo berangkat ke Kota Bitung untuk studi banding, Senin (6/3). Kepala Bagian Humas "
     "Setda Kabupaten Wajo, Teguh Prasetyo, berharap media sosial daerahnya makin tertata.", "Teguh Prasetyo"),
    # the council is sent: its press officer only tells of the trip
    ("DPRD Kabupaten Wajo berangkat ke Kota Bitung untuk studi banding, Senin (6/3). Kepala Bagian Humas Setwan "
     "Kabupaten Wajo, Teguh Prasetyo, membenarkan kunjungan itu.", None),
    # an office that only arranges the agencies' trip: its clerk tells of it (review)
    ("Bagian Perekonomian Setda Kabupaten Wajo mengoordinasi studi tiru ke Kota Bitung, Senin (6/3). Kegiatan itu "
     "diikuti dinas-dinas penerima dana bagi hasil. Hal itu dijelaskan Kepala Bagian Perekonomian Setda Kabupaten "
     "Wajo, Teguh Prasetyo, di kantornya.", None),
])
def test_the_clerk_whose_own_office_travels_leads_it(tagger: Tagger, text: str, leader: str | None) -> None:
    assert [v[3] for v in facts(tagger, text)] == [leader]


@pytest.mark.parametrize("text, leader", [
    # the head of the group named, his region left open by the officials step: he leads the delegation no one else is
    # found to lead (round 30)
    ("Pemkab Klaten menerima kunjungan kerja dua daerah, Senin (6/3). Rombongan pertama dari DPRD Kabupaten "
     "Soppeng, rombongan kedua dari para legislator Kota Palu yang dipimpin Ratna Dewi Lestari. Pada kesempatan "
     "tersebut, Wakil Ketua DPRD Soppeng sekaligus ketua rombongan, Teguh Prasetyo, mengatakan daerahnya ingin "
     "belajar soal pajak daerah.", ["Teguh Prasetyo", "Ratna Dewi Lestari"]),
    # the host's head of a team with a name of its own (and of its family-welfare team) is no head of the guests
    ("Pemkab Klaten menerima kunjungan kerja dua daerah, Senin (6/3). Rombongan pertama dari DPRD Kabupaten "
     "Soppeng, rombongan kedua dari para legislator Kota Palu yang dipimpin Ratna Dewi Lestari. Wakil Ketua DPRD "
     "Soppeng sekaligus ketua rombongan, Teguh Prasetyo, mengatakan daerahnya ingin belajar soal pajak daerah. Ketua "
     "Tim Percepatan Pemulihan Ekonomi setempat, Arga Pranaja, lalu memaparkan programnya. Para tamu juga diterima "
     "Rina Lestiani, Ketua Tim Penggerak PKK setempat.", ["Teguh Prasetyo", "Ratna Dewi Lestari"]),
])
def test_the_head_of_the_group_named_leads_it(tagger: Tagger, text: str, leader: list[str | None]) -> None:
    assert [v[3] for v in facts(tagger, text)] == leader


@pytest.mark.parametrize("text, leader", [
    # co-leaders listed side by side in the sentence that says they lead: the highest ranked leads (round 32)
    ("DPRD Kabupaten Wajo berkunjung ke Kota Bitung untuk studi banding, Senin (6/3). Rombongan itu dipimpin oleh "
     "Wakil Ketua DPRD Wajo Teguh Prasetyo, Ketua DPRD Wajo Ratna Dewi Lestari dan Arga Pranaja.",
     "Ratna Dewi Lestari"),
    ("DPRD Kabupaten Wajo berkunjung ke Kota Bitung untuk studi banding, Senin (6/3). Rombongan dipimpin Koordinator "
     "Relawan DPRD Wajo Teguh Prasetyo serta Kepala Bagian Umum DPRD Wajo Rina Lestiani.", "Rina Lestiani"),
    # one named in the same sentence, not beside him in a list, is no co-leader: the led one stays
    ("DPRD Kabupaten Wajo berkunjung ke Kota Bitung untuk studi banding, Senin (6/3). Rombongan dipimpin Ketua DPRD "
     "Wajo Ratna Dewi Lestari, yang meminta salinan Peraturan Bupati Wajo Teguh Prasetyo.", "Ratna Dewi Lestari"),
])
def test_the_highest_of_co_leaders_listed_together_leads(tagger: Tagger, text: str, leader: str | None) -> None:
    assert [v[3] for v in facts(tagger, text)] == [leader]


@pytest.mark.parametrize("text, leader", [
    # a receiving rule read the guests' head as a host's ("diterima Pemkab B; yang datang Wali Kota A ..."); his
    # region is the delegation's and hosts no visit, so he receives no one and leads (round 34)
    ("Studi banding ke Klaten pada Rabu 8 Maret 2023 diterima Pemkab Klaten; yang datang Wali Kota Bitung Teguh "
     "Prasetyo bersama para kepala dinasnya. Dalam paparannya Wali Kota Bitung Teguh Prasetyo mengatakan, daerahnya "
     "sedang menata ulang pasar tradisional. Ikut pula Sekretaris Daerah Kota Bitung Arga Pranaja dan Kepala Dinas "
     "Perdagangan Kota Bitung Rina Lestiani.", "Teguh Prasetyo"),
    # the host's own head receiving them still receives: the host's official leads no delegation
    ("Rombongan Pemkot Bitung bertandang ke Kabupaten Klaten guna belajar pengelolaan pasar, Rabu (8/3). Mereka "
     "diterima Bupati Klaten Teguh Prasetyo di pendapa.", None),
])
def test_a_guests_head_read_as_receiving_still_leads(tagger: Tagger, text: str, leader: str | None) -> None:
    assert [v[3] for v in facts(tagger, text)] == [leader]


def test_a_host_receiving_another_delegation_leads_no_trip_of_his_region(tagger: Tagger) -> None:
    # his region read as travelling to the other host (a misreading), but his sentence names the guests he receives:
    # he stays a host and leads no one (round 34, review)
    text = ("Anggota DPRD Kota Bitung dan DPRD Kabupaten Minahasa memuji kunjungan kerja DPRD Klaten, Senin "
            "(12/6/2023). Di Bitung, tamu dari Klaten diterima Wakil Ketua DPRD Kota Bitung Doni Saputra di ruang "
            "rapat. Sedangkan di Minahasa, tamu disambut Kepala Bagian Umum Sekretariat DPRD Kabupaten Minahasa Arga "
            "Pranaja.")
    assert "Doni Saputra" not in [v[3] for v in facts(tagger, text)]


@pytest.mark.parametrize("text, leader", [
    # the period of an honorific between "dipimpin" and the name is no full stop: the one named leads (round 38)
    ("Pemerintah Kabupaten Klaten menerima tim dari Kota Bitung yang ingin belajar penanganan gizi buruk. Tim "
     "Pemerintah Kota Bitung yang dipimpin Kepala Dinas Kesehatan dr. Arga Pranaja, MM, bersama para kepala puskesmas "
     "diterima Bupati Klaten Teguh Prasetyo di pendopo.", "Arga Pranaja"),
    # a guard: degrees before the name where the text already named him (passes before and after)
    ("Rombongan DPRD Kota Bitung yang berkunjung ke Kabupaten Klaten dipimpin Ketua Komisi B Drs. H. Doni Saputra "
     "untuk belajar tata kelola pasar.", "Doni Saputra"),
])
def test_an_honorifics_period_after_dipimpin_is_no_stop(tagger: Tagger, text: str, leader: str | None) -> None:
    assert [v[3] for v in facts(tagger, text)] == [leader]


def test_a_full_stop_after_a_short_last_name_ends_the_led_by_sentence(tagger: Tagger) -> None:
    # "Eko." is no abbreviation: the head named in the next sentence is not led by the cue, nor a delegation of his own
    text = ("Tim Pemerintah Kabupaten Wajo berkunjung ke Kota Bitung, Selasa (7/3), untuk belajar pengelolaan sampah. "
            "Rombongan dipimpin Sekretaris Daerah Kabupaten Wajo Agus Eko. Sementara itu hadir pula Bupati Bantaeng "
            "Doni Saputra.")
    assert [v[3] for v in facts(tagger, text)] == ["Agus Eko"]


def test_of_those_said_to_lead_a_head_of_region_comes_before_a_member_of_his_group(tagger: Tagger) -> None:
    # the led-by rule also fires on a member listed after the group; the head of region the text says leads it comes
    # first (round 42: before, the member, whose region was written, was taken over the head, whose was not)
    text = ("Pemkab Wajo berkunjung ke Kabupaten Klaten, Selasa (7/3), untuk belajar pengelolaan pasar. Bupati Doni "
            "Saputra memimpin langsung delegasi, yang beranggotakan Ketua Dharma Wanita Wajo, Asisten II Arga "
            "Pranaja, para lurah dan pengurus koperasi.")
    assert [v[3] for v in facts(tagger, text)] == ["Doni Saputra"]


def test_one_said_to_lead_whose_post_was_read_as_the_hosts_leads_the_one_delegation(tagger: Tagger) -> None:
    # the officials step reads a host's post for him ("Kepada Staf Ahli Kabupaten Klaten, Teguh ..."); the text
    # says he leads the group and names him receiving no one: he leads it (round 42)
    text = ("DPRD Kabupaten Wajo melakukan kunjungan kerja ke Pemkab Klaten, Selasa (7/3). Tamu dari Wajo diterima "
            "Sekda Klaten Arga Pranaja di ruang rapat. Rombongan Komisi II dipimpin Teguh Prasetyo bersama empat "
            "legislator lain. Kepada Staf Ahli Kabupaten Klaten, Teguh Prasetyo menjelaskan minat mereka pada "
            "irigasi.")
    assert [v[3] for v in facts(tagger, text)] == ["Teguh Prasetyo"]


def test_the_hosts_committee_chair_said_to_lead_while_receiving_leads_no_delegation(tagger: Tagger) -> None:
    # a guard (passes before and after round 42): the sentence that says he chairs tells of receiving the guests
    text = ("Komisi II DPRD Kabupaten Wajo studi banding ke DPRD Kabupaten Klaten, Selasa (7/3). Komisi B DPRD Klaten "
            "yang diketuai Teguh Prasetyo, bersama anggotanya Arga Pranaja, menyambut tamu dari Wajo di ruang "
            "rapat.")
    assert [v[3] for v in facts(tagger, text)] == [None]
