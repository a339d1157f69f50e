"""Officials: a council's deputy chair written short, "wakil DPRD X" or "Wakil Pimpinan DPRD X", is its Wakil Ketua."""

from __future__ import annotations

import pytest
from nlp_helpers import officials

KEBUMEN = "Kabupaten Kebumen"


@pytest.mark.parametrize("text", [
    "Tamu disambut Bupati Kebumen yang didampingi wakil DPRD Kebumen, Hartawan Wirasena, di pendopo.",
    "Menurut Wakil Pimpinan DPRD Kebumen Hartawan Wirasena, rapat itu penting.",
])
def test_a_short_deputy_chair(text: str) -> None:
    assert ("Hartawan Wirasena", "Wakil Ketua DPRD", KEBUMEN) in officials(text)
