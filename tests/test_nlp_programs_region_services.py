"""A city's own service under an English label after its name ("<city> Command Center") is a program even in a
sentence with no program word, also as a place one goes to see it (train's gold names it after "meninjau", "ke",
"di"); the label alone is no program."""

from __future__ import annotations

from nlp_helpers import programs

from nlp import Tagger


def test_a_citys_command_center_is_its_program(tagger: Tagger) -> None:
    text = ("Wali kota memperlihatkan Kendari Command Center (KCC) yang menjadi pusat kendali kota kepada tamu. "
            "Tamu juga bertanya tentang Command Center di daerah mereka.")
    assert programs(tagger, text) == ["Kendari Command Center"]


def test_a_citys_command_center_visited_is_its_program(tagger: Tagger) -> None:
    text = "Sore harinya rombongan bergerak ke Ambon Command Center untuk melihat layar pemantau lalu lintas."
    assert programs(tagger, text) == ["Ambon Command Center"]
