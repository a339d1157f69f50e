"""Officials: a chain of initials inside a name stays as written ("Hartawan H.R.T Wirasena"): its "H." is an initial,
not the honorific Haji glued to the next one; a title glued to a name is still taken off ("H.Tulebo")."""

from __future__ import annotations

import pytest
from nlp_helpers import officials

KEBUMEN = "Kabupaten Kebumen"


@pytest.mark.parametrize("text, expected", [
    ("Rapat dibuka pukul sembilan oleh Sekda Kebumen Nadia H.S.W Purbasari di ruang utama.",
     [("Nadia H.S.W Purbasari", "Sekretaris Daerah", KEBUMEN)]),
    ("Wakil Ketua DPRD Kebumen Yosef H.D Laban, S.E. memimpin rapat.",
     [("Yosef H.D Laban", "Wakil Ketua DPRD", KEBUMEN)]),
    ("Ketua DPRD Kebumen H.Tulebo hadir.", [("Tulebo", "Ketua DPRD", KEBUMEN)]),
    ("Ketua DPRD Kebumen Dr.H.Dewi Kartika hadir.", [("Dewi Kartika", "Ketua DPRD", KEBUMEN)]),
])
def test_initials_stay_in_the_name(text: str, expected: list) -> None:
    assert officials(text) == expected
