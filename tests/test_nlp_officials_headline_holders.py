"""Round 33: a "name" read only on a line written like a headline after a post whose holder the text names
elsewhere, under another name, is the line's verb, epithet, place or nickname, not a second holder
(``official_names.held_elsewhere``).

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import KEBUMEN, officials


@pytest.mark.parametrize("line, body, expected", [
    # an adjective after the post on the headline's line; the body names the regent in full
    ("Bupati Kebumen Sumringah Sambangi Pasar Lindevik",
     "Bupati Kebumen Rano Kelimutu menyambangi pasar tradisional pada pagi hari.",
     [("Rano Kelimutu", "Bupati", KEBUMEN)]),
    # a nickname of the regent on the line, his full name in the body
    ("Bupati Kebumen Ranok Sapa Pedagang Pasar Lindevik",
     "Bupati Kebumen Rano Kelimutu menyapa pedagang yang berjualan di pasar.",
     [("Rano Kelimutu", "Bupati", KEBUMEN)]),
    # a nickname of two words on the line, the holder named in full in the body
    ("Bupati Kebumen Abah Ranok Sapa Pedagang Pasar Lindevik",
     "Bupati Kebumen Rano Kelimutu menyapa pedagang yang berjualan di pasar.",
     [("Rano Kelimutu", "Bupati", KEBUMEN)]),
])
def test_a_headline_word_after_a_post_held_in_the_body_is_no_name(line: str, body: str, expected: list) -> None:
    assert officials(f"{line}\n{body}") == expected
    # guard: after a members' post (many hold it) the line's one-word name stays
    assert ("Prasojo", "Anggota DPRD", KEBUMEN) in officials(
        "Anggota DPRD Kebumen Prasojo Sambangi Pasar Lindevik\n"
        "Anggota DPRD Kebumen Rano Kelimutu menyambangi pasar tradisional pada pagi hari.")
