"""Delegation sizes, round 11: colleagues taken along count with the one who takes them ("memboyong tiga rekan
sejawatnya" is 4; the count_noun rows of data/visit_cues.csv marked companion and the count_companion row rekan)."""

from __future__ import annotations

import pytest
from nlp_helpers import visits

from nlp import Tagger


@pytest.mark.parametrize("sentence, size", [
    ("Dalam kunjungan itu, Kepala Dinas Kesehatan Pinrang memboyong tiga rekan sejawatnya.", 4),
    ("Ia datang bersama 8 rekan dari Bappeda Pinrang.", 9),
    ("Banyak rekan kami di Pinrang menanti hasil kunjungan ini.", None),  # no count
])
def test_colleagues_taken_along(tagger: Tagger, sentence: str, size: int | None) -> None:
    text = f"Pemkab Pinrang studi tiru ke Kota Salatiga, Selasa (5/3). {sentence}"
    assert visits(tagger, text)[0][4] == size
