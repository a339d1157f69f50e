"""A city's own service under an English label after its name ("<city> Command Center") is a program even in a
sentence with no program word; the label alone is no program, and such a centre as a place one goes to stays
a place."""

from __future__ import annotations

from nlp_helpers import programs

from nlp import Tagger


def test_a_citys_command_center_is_its_program(tagger: Tagger) -> None:
    text = ("Wali kota memperlihatkan Kendari Command Center (KCC) yang menjadi pusat kendali kota kepada tamu. "
            "Tamu juga bertanya tentang command center di daerah mereka. Sore harinya rombongan bergerak ke "
            "Ambon Command Center untuk makan siang bersama.")
    assert programs(tagger, text) == ["Kendari Command Center"]
