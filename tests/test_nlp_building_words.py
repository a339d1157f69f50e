"""The building words of data/government_words.csv (kinds ``building``, ``room``, ``room_name``,
``building_official``, ``building_visit``) stop both rules that read them: a town after "Pendapa Bupati X," is no
holder (nlp/officials.py), a region after "di lobi" does not travel (nlp/visit_rules.py); and the own-tour words of
data/visit_cues.csv (role ``own_tour``) are the ones OWN_TOUR reads.

Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials, pairs

from nlp import Tagger, visit_rules
from nlp import officials as official_finder
from nlp.lexicon import government_words, visit_cue_words

WORDS = government_words()


@pytest.mark.parametrize("building, holders", [
    ("Pendapa", []),  # kind building: both rules
    ("Rumdin", []),  # kind building_official: the officials finder only
    ("Ruang Rapat", []),  # kinds room and room_name
    ("Ruang Sidang", [("Paron", "Bupati", "Kabupaten Ngawi")]),  # no room_name row: the officials finder reads on
    ("Lobi", [("Paron", "Bupati", "Kabupaten Ngawi")]),  # kind building_visit: the visit rules only
    ("Tenda", [("Paron", "Bupati", "Kabupaten Ngawi")]),  # no row
])
def test_a_town_after_a_building_of_the_data_holds_no_post(building: str, holders: list) -> None:
    assert officials(f"Acara digelar di {building} Bupati Ngawi, Paron, Senin.") == holders


@pytest.mark.parametrize("building, found", [
    ("pendapa", []), ("lobi", []), ("ruang sidang", []),  # building, building_visit, room with any word
    ("tenda", [("Kabupaten Wajo", "Kota Madiun")]),  # no row
])
def test_a_region_after_a_building_of_the_data_is_a_place(tagger: Tagger, building: str, found: list) -> None:
    text = f"Acara di {building} Kabupaten Wajo studi banding ke Kota Madiun untuk belajar pelayanan terpadu."
    assert pairs(tagger, text) == found


def test_every_building_row_is_read_by_its_rules() -> None:
    for word in WORDS["building"] + WORDS["building_official"]:
        assert official_finder.OFFICE_BUILDING_BEFORE.search(f"di {word.title()} "), word
    for word in WORDS["building"] + WORDS["building_visit"]:
        assert visit_rules.BUILDING_BEFORE.search(f"di {word} bupati "), word
    for room in WORDS["room"]:
        assert official_finder.ROOM_BEFORE.search(f"di {room} ") and visit_rules.BUILDING_BEFORE.search(
            f"di {room} sidang ")
        for name in WORDS["room_name"]:
            assert official_finder.ROOM_BEFORE.search(f"di {room} {name} "), name
    assert not official_finder.OFFICE_BUILDING_BEFORE.search("di halaman ")  # building_visit
    assert not official_finder.ROOM_BEFORE.search("di halaman ")
    assert not visit_rules.BUILDING_BEFORE.search("di rumdin ")  # building_official


def test_every_own_tour_row_is_read() -> None:
    for word in visit_cue_words()["own_tour"]:
        assert visit_rules.OWN_TOUR.match(f" langsung {word} sawit"), word
    assert not visit_rules.OWN_TOUR.match(" kantor")
