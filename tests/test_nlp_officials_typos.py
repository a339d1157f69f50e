"""Officials misspelt: a title's second word one letter off ("Sekretaris Daerha", "Asisten Perekonomain") is still the
title, after the heads that news often misspell (``typo_head`` in data/official_words.csv); short second words are not
(real words lie one letter away). A name spelt two ways takes the spelling the text writes most."""

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


def test_a_name_spelt_two_ways_takes_the_form_written_most() -> None:
    """Each spelling found once beside a position: the one the text writes more often wins, not the longer."""
    text = ("Sekretaris DPRD Kebumen, Yosef Lab, ST, hadir. Yosef Lab menjelaskan tugasnya. Menurut Yosef Lab, "
            "kunjungan itu penting. \"Kami senang,\" ujar Sekwan Kebumen Yosef Labi kepada wartawan.")
    assert [name for name, _, _ in officials(text)] == ["Yosef Lab"]
