"""A delegation's stops named by their bodies' buildings (round 44): "ke Kantor DPRD A dan Kantor DPRD B" lists two
destinations, as "ke DPRD A dan DPRD B" does (`visit_rules.LIST_GAP` reads a building word of
`data/government_words.csv`, kind building, before the second body). Sentences of our own.
"""

from __future__ import annotations

from nlp_helpers import pairs

from nlp import Tagger

TRIP = ("Untuk studi banding soal pajak daerah, rombongan DPRD Kabupaten Sleman berkunjung ke Kantor DPRD Kabupaten "
        "Jember {link} Kabupaten Lumajang pada Kamis (2/5/2024).")


def test_a_second_stop_named_by_its_building_is_listed(tagger: Tagger) -> None:
    for link in ("dan Kantor DPRD", "serta Gedung DPRD"):
        assert sorted(pairs(tagger, TRIP.format(link=link))) == [
            ("Kabupaten Sleman", "Kabupaten Jember"), ("Kabupaten Sleman", "Kabupaten Lumajang")], link


def test_a_building_with_no_body_after_it_lists_nothing(tagger: Tagger) -> None:
    # "dan kantor" before a person's post, not a body: the gap is no list's link (the post's region is not a stop)
    text = TRIP.format(link="dan kantor Bupati")
    assert ("Kabupaten Sleman", "Kabupaten Lumajang") not in pairs(tagger, text)
