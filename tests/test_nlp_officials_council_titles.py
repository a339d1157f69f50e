"""Officials: a council's deputy chair written short ("wakil DPRD X", "Wakil Pimpinan DPRD X") is its Wakil Ketua;
"Balitbang" is an office (a research agency), no holder."""

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


def test_balitbang_is_an_office_not_a_holder() -> None:
    """ "Balitbang" (a research agency) after a head and in brackets after its written-out name is no one's name."""
    assert officials("Hadir Kepala Dinas Sosial, Balitbang, dan Kepala Desa Sukamaju.") == []
    text = "Kepala Badan Penelitian dan Pengembangan Kebumen (Balitbang Kebumen) Dewi Kartika membuka acara."
    assert [name for name, _, _ in officials(text)] == ["Dewi Kartika"]
