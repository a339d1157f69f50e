"""Officials: a title's second word misspelt by one letter ("Sekretaris Daerha", "Asisten Perekonomain") is still the
title, after the heads that news often misspell (``typo_head`` in data/official_words.csv); short second words are not
(real words lie one letter away)."""

from __future__ import annotations

import pytest
from nlp_helpers import officials

KEBUMEN = "Kabupaten Kebumen"


@pytest.mark.parametrize("text, expected", [
    ("Menurut Sekretaris Daerha Kabupaten Kebumen Hartawan Wirasena, rapat ditunda.",
     [("Hartawan Wirasena", "Sekretaris Daerah", KEBUMEN)]),
    ("Rombongan diterima Asisten Perekonomain Setda Kebumen, Dewi Kartika, di aula.",
     [("Dewi Kartika", "Asisten Perekonomian", KEBUMEN)]),
])
def test_a_misspelt_second_word_of_a_title(text: str, expected: list) -> None:
    assert officials(text) == expected
