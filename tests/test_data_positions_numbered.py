"""positions.csv: a range of Roman numbers in braces is one row per number (``nlp.lexicon.numbered``)."""

from __future__ import annotations

import pytest
from nlp_helpers import officials

from nlp import lexicon


def test_a_range_expands_to_one_form_per_number() -> None:
    assert lexicon.numbered("Ketua Komisi {VI-VIII} DPR", "Ketua Komisi {VI-VIII} DPR RI") == [
        ("Ketua Komisi VI DPR", "Ketua Komisi VI DPR RI"), ("Ketua Komisi VII DPR", "Ketua Komisi VII DPR RI"),
        ("Ketua Komisi VIII DPR", "Ketua Komisi VIII DPR RI")]
    assert lexicon.numbered("Sekda", "Sekretaris Daerah") == [("Sekda", "Sekretaris Daerah")]


@pytest.mark.parametrize("form, canonical", [
    ("Ketua Komisi {IX-VI} DPR", "Ketua Komisi {IX-VI} DPR RI"),  # reversed
    ("Ketua Komisi {VI-IX} DPR", "Ketua Komisi DPR RI"),  # the canonical lacks the range
])
def test_a_bad_range_names_its_row(form: str, canonical: str) -> None:
    with pytest.raises(ValueError, match="Ketua Komisi"):
        lexicon.numbered(form, canonical)


def test_the_national_commissions_are_read_from_their_ranges() -> None:
    rows = {form: (canonical, level) for form, canonical, level, _ in lexicon.load_positions()}
    for n in ("VI", "IX", "XIII"):
        for form in (f"Anggota Komisi {n}", f"Anggota Komisi {n} DPR", f"Anggota Komisi {n} DPR RI",
                     f"Anggota Komisi {n} DPR-RI"):
            assert rows[form] == (f"Anggota Komisi {n} DPR RI", "national"), form
    assert not any("{" in form or "{" in canonical for form, (canonical, _) in rows.items())


def test_a_commission_of_a_range_is_found_in_text() -> None:
    assert officials("Anggota Komisi XI DPR RI Hartawan Wirasena berkunjung ke Kebumen.") == [
        ("Hartawan Wirasena", "Anggota Komisi XI DPR RI", None)]
