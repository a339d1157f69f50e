"""Delegation sizes, round 11: a count written in digits with its words in brackets, as official reports do
("beranggotakan 14 (empat belas) orang"), and one named on top of the ones counted right after a dateline."""

from __future__ import annotations

import pytest
from nlp_helpers import visits

from nlp import Tagger


@pytest.mark.parametrize("sentence, size", [
    ("Tim itu beranggotakan 14 (empat belas) orang dari bagian pemerintahan.", 14),
    ("Tercatat sebanyak 30 (Tiga Puluh) Kader ikut dalam perjalanan itu.", 30),
    ("Mereka juga membawa 3 (tiga) buah buku profil daerah.", None),  # no people counted
])
def test_digits_with_words_in_brackets(tagger: Tagger, sentence: str, size: int | None) -> None:
    text = f"Pemkab Enrekang melakukan studi tiru ke Kota Pekalongan, Kamis (7/3). {sentence}"
    assert visits(tagger, text)[0][4] == size


@pytest.mark.parametrize("dash", ["-", "–"])
def test_one_named_on_top_after_a_dateline(tagger: Tagger, dash: str) -> None:
    # "Bersama Kepala X, tujuh staf ..." right after a dateline's dash (plain or en): the Kepala comes on top
    text = (f"PEKALONGAN {dash} Bersama Kepala Bappeda Enrekang, Yohanis Kombong, tujuh staf perencana menyambangi "
            "Kota Pekalongan untuk studi tiru, Kamis (7/3).")
    assert visits(tagger, text)[0][4] == 8
