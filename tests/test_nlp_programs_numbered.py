"""Names that open with a number after "program" (round 32): a figure or a number word, then lower-case words that
close their clause ("program 500 petani milenial yang ...", "program sejuta ikan lele dan ..."); not a span of
time or a work plan, not words going on into a place ("... di tepi sungai"), and a number word opens no name after
another trigger ("layanan satu pintu"). Each text holds a name the rule finds (base code: none) beside one it must
not take."""

from __future__ import annotations

import pytest
from nlp_helpers import programs

from nlp import Tagger


@pytest.mark.parametrize("text, expected", [
    # a figure and two lower-case words, closed by "yang"; a span of time is no name
    ("Bupati Sukamaju memaparkan program 500 petani milenial yang dibiayai daerah. Pemkab menyusun program lima "
     "tahun ke depan bersama dewan.", ["500 petani milenial"]),
    # a figure and one word, closed by "dan"; a work plan is no name
    ("Wali kota menjelaskan program 300 beasiswa dan bantuan seragam bagi warga. Ia juga menjelaskan program 100 "
     "hari kerja pertama kepala daerah.", ["300 beasiswa"]),
    # number words, closed by "dan" and by the sentence's end; words going on into a place are no name
    ("Kabupaten itu menjalankan program sejuta ikan lele dan program seribu sumur. Pemkab menjalankan program "
     "sejuta pohon di tepi sungai desa.", ["Sejuta Ikan Lele", "Seribu Sumur"]),
    # a number word repeated inside the name, closed by the end of its line; a number word after another trigger
    ("Tamu tertarik pada beberapa hal:\nprogram satu kampung satu penghafal\nWarga kini dilayani lewat layanan "
     "satu pintu warga Sukamaju yang baru.", ["Satu Kampung Satu Penghafal"]),
])
def test_a_name_opening_with_a_number_after_program(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected
