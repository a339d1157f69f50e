"""Every named visit rule fires on its own examples, and the table is applied as documented."""

from __future__ import annotations

import pytest
from nlp_helpers import fired_for, visits

from nlp import Tagger
from nlp.visit_rules import RULES


def fired(tagger: Tagger, text: str) -> set[str]:
    tagger.extract({"id": "r", "url": None, "title": None, "published": "2024-03-08", "text": text})
    return {f.rule for f in tagger.last_trace.firings if f.weight > 0}


@pytest.mark.parametrize("rule,example", [(r, e) for r in RULES for e in r.examples],
                         ids=[f"{r.name}-{i}" for r in RULES for i, _ in enumerate(r.examples)])
def test_rule_fires_on_its_example(tagger: Tagger, rule, example: str) -> None:
    assert rule.name in fired(tagger, example)


def test_rule_names_are_unique_and_every_rule_has_examples() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert all(r.examples and r.role in ("visitor", "host") and r.weight > 0 for r in RULES)


def test_receiving_head_with_staff_is_no_visitor(tagger: Tagger) -> None:
    text = ("Bupati Klaten Sri Handayaningsih bersama jajaran menyambut rombongan Pemkab Wajo yang ingin belajar "
            "pengelolaan pasar.")
    assert "official_with_group" not in fired(tagger, text)


@pytest.mark.parametrize("text", [
    "Di hadapan Wali Kota Tomohon beserta jajaran, Bupati Wajo menyampaikan maksud kunjungan kerjanya.",
    "Bupati Wajo berterima kasih atas sambutan Wali Kota Tomohon dan jajarannya dalam kunjungan itu.",
    # the receiving verb after the group's own region ("beserta jajaran Pemkot Tomohon menyambut")
    "Wali Kota Tomohon beserta jajaran Pemkot Tomohon menyambut rombongan Pemkab Wajo yang ingin belajar.",
    "Wali Kota Tomohon berfoto bersama rombongan Pemkab Wajo usai kunjungan kerja.",
    # the same past a placing province (the words after the region begin past "Sulawesi Utara")
    "Wali Kota Tomohon, Sulawesi Utara, berfoto bersama rombongan Pemkab Wajo usai kunjungan kerja.",
])
def test_host_head_met_with_his_people_leads_no_group(tagger: Tagger, text: str) -> None:
    assert "head_with_group" not in fired(tagger, text)


def test_planned_visit_is_reported_and_counted(tagger: Tagger) -> None:
    tagger.extract({"id": "p", "text": "Pemkab Wajo berencana studi banding ke Kabupaten Klaten tahun depan."})
    notes = {(f.rule, f.weight, f.note) for f in tagger.last_trace.firings}
    assert ("host_link", 2.0, "planned: counted, status planned") in notes


@pytest.mark.parametrize("text, expected", [
    ("Pemkab Wajo berencana studi banding ke Kabupaten Klaten tahun depan.",
     [("Kabupaten Wajo", "Kabupaten Klaten", "planned")]),
    ("Pemkab Wajo studi banding ke Kabupaten Klaten, Senin (6/3).",
     [("Kabupaten Wajo", "Kabupaten Klaten", "reported")]),
    ("Sekda Kabupaten Wajo Banyu Prasojo belajar pengelolaan sampah ke Kabupaten Klaten, Senin (6/3). Bupati Klaten "
     "Anton Sukma menyambut rombongan. Ia menjelaskan, Pemkab Klaten beberapa waktu lalu juga pernah mengunjungi "
     "Kabupaten Wajo untuk belajar pariwisata.",
     [("Kabupaten Klaten", "Kabupaten Wajo", "earlier"), ("Kabupaten Wajo", "Kabupaten Klaten", "reported")]),
])
def test_a_visit_says_whether_it_is_reported_planned_or_earlier(tagger: Tagger, text: str, expected: list) -> None:
    assert visits(tagger, text, fields=("visitor", "host", "status")) == expected


@pytest.mark.parametrize("text, note", [
    ("Bupati Wajo Anton Sukma meminta jajaran Pemkab Wajo studi banding ke Kabupaten Klaten.",
     "urged, not done: ignored"),
    ("Studi banding DPRD Kabupaten Wajo ke Kabupaten Klaten batal karena anggaran dipangkas.", "called off: ignored"),
    # a trip that should be or should have been made ("semestinya") is none
    ("Sekda Kota Parepare Rina Lestari menilai Pemkot Parepare semestinya juga berkunjung ke Kabupaten Wajo untuk "
     "belajar perizinan.", "urged, not done: ignored"),
])
def test_urged_or_called_off_trip_is_recorded_but_not_counted(tagger: Tagger, text: str, note: str) -> None:
    result = tagger.extract({"id": "p", "text": text})
    assert result["visits"] == []
    assert ("host_link", 0.0, note) in {(f.rule, f.weight, f.note) for f in tagger.last_trace.firings}


@pytest.mark.parametrize("sentence, not_fired", [
    # a head touring his own region's places
    ("Pj Bupati Klaten, H Anton Sukma (kiri), mengunjungi kebun sawit warga.", ("subject_visits", "Kabupaten Klaten")),
    # the counterpart the guests talk with
    ("Sekda Wajo, Banyu Prasojo, berdiskusi dengan jajaran Pemkab Klaten di sela Kunjungan Belajar (Study Trip), "
     "Selasa (5/3).", ("subject_learns", "Kabupaten Klaten")),
    # another subject (the president) makes the trip
    ("Plt. Wali Kota Bitung menyampaikan, presiden RI berkunjung ke Kabupaten Minahasa pada 18 November.",
     ("subject_visits", "Kota Bitung")),
])
def test_subject_rules_need_the_region_to_make_the_trip(tagger: Tagger, sentence: str, not_fired: tuple) -> None:
    text = "Rombongan Pemkab Wajo studi banding ke Kabupaten Klaten. " + sentence
    got = fired_for(tagger, text)
    assert ("delegation_of", "Kabupaten Wajo") in got and not_fired not in got


@pytest.mark.parametrize("trip,fires", [("kunjungan kami", True), ("kedatangannya", True),
                                        ("kunjungan mereka", False), ("kunjungan pihaknya", False),
                                        ("kunjungan kerja mereka", False)])
def test_own_trip_is_the_speakers_side_not_theirs(tagger: Tagger, trip: str, fires: bool) -> None:
    # round 43: OWN_TRIP no longer reads "mereka" and "pihaknya"; SOMEONE_ELSE refused them anyway
    text = f"Ketua Komisi C DPRD Wajo, Anton Sukma, menyebut tujuan {trip} ke Klaten untuk belajar."
    assert ("own_trip" in fired(tagger, text)) is fires
