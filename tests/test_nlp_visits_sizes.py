"""Delegation sizes, round 17: the parts a count adds up are the count_part nouns of data/visit_cues.csv and the
count nouns of the ones an official takes along (count_noun rows of kind companion), one list read from both roles
instead of two lists repeating each other. Sentences of our own."""

from __future__ import annotations

import pytest
from nlp_helpers import TRIP, visits

from nlp import Tagger, lexicon


@pytest.mark.parametrize("sentence, size_", [
    ("Rombongan berjumlah 12 orang dan 3 personil protokol.", 15),  # a companion noun the parts did not list
    ("Rombongan berjumlah 12 orang dan 3 staf sekretariat.", 15),
    ("Rombongan berjumlah 12 orang, disertai 2 wartawan.", 14),
])
def test_every_companion_noun_is_a_part(tagger: Tagger, sentence: str, size_: int) -> None:
    assert visits(tagger, TRIP + sentence)[0][4] == size_


def test_the_part_nouns_are_not_repeated_in_the_data() -> None:
    words = lexicon.visit_cue_words()
    assert not set(words["count_part"]) & set(words["count_companion"])
