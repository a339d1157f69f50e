"""Delegation sizes, round 11: a count written in digits with its words in brackets, as official reports do
("Sebanyak 9 (sembilan) anggota", "40 (empat puluh) peserta")."""

from __future__ import annotations

import pytest
from nlp_helpers import visits

from nlp import Tagger


@pytest.mark.parametrize("sentence, size", [
    ("Pada hari Kamis, sebanyak 9 (Sembilan) Anggota Komisi II DPRD Wajo mengadakan studi komparasi.", 9),
    ("Kegiatan itu diikuti 25 (dua puluh lima) orang dari Dinas Pariwisata Wajo.", 25),
    ("Sebanyak 40 (empat puluh) peserta ikut belajar.", 40),
    ("Tim itu membawa 2 (dua) unit kendaraan dinas.", None),  # no people counted
])
def test_digits_with_words_in_brackets(tagger: Tagger, sentence: str, size: int | None) -> None:
    text = f"Rombongan DPRD Kabupaten Wajo studi banding ke Kabupaten Klaten, Senin (4/3). {sentence}"
    assert visits(tagger, text)[0][4] == size


def test_one_named_on_top_after_a_dateline(tagger: Tagger) -> None:
    # "Didampingi Sekda X, sembilan kepala bagian ..." right after a dateline's dash: the Sekda comes on top
    text = ("WAJO – Didampingi Sekretaris Daerah Wajo, Andi Baso, sembilan kepala bagian mengunjungi Kabupaten Klaten "
            "untuk studi banding, Senin (4/3).")
    assert visits(tagger, text)[0][4] == 10
