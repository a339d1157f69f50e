"""Delegation sizes, round 11: colleagues taken along count with the one who takes them ("Kabid X bersama enam
rekannya" is 7; role ``count_companion`` of data/visit_cues.csv)."""

from __future__ import annotations

import pytest
from nlp_helpers import visits

from nlp import Tagger


@pytest.mark.parametrize("sentence, size", [
    ("Kepala Bidang Ekonomi Bappeda Wajo, Andi Rosmini, bersama enam rekannya dari Bappeda langsung berdiskusi.", 7),
    ("Sekretaris Dinas Pariwisata Wajo mengajak 4 rekan dari dinas itu.", 5),
    ("Andi Rosmini mengaku banyak rekan di daerah lain yang ingin belajar.", None),  # no count
])
def test_colleagues_taken_along(tagger: Tagger, sentence: str, size: int | None) -> None:
    text = f"Tim Pemkab Wajo studi banding ke Kabupaten Klaten, Senin (4/3). {sentence}"
    assert visits(tagger, text)[0][4] == size
