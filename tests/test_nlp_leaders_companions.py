"""Leaders: an official listed among the companions of one named before him ("Bupati A bersama Ketua B, Anggota C
dan OPD terkait berkunjung ke ...", "dipimpin A, bersama anggota lainnya, yaitu C") goes along; the one named first
leads (visit_rules._listed_companion, _led_by)."""

from __future__ import annotations

import pytest

from nlp import Tagger


def leaders(tagger: Tagger, text: str) -> dict[tuple[str, str], str | None]:
    result = tagger.extract({"id": "c", "url": None, "title": None, "published": "2024-03-08", "text": text})
    return {(v["visitor"], v["host"]): v["leader"] for v in result["visits"]}


@pytest.mark.parametrize("text, visit, leader", [
    # the last of a list of companions stands right before the verb of going: he does not lead
    ("Bupati Wajo Andi Rahman bersama Ketua Komisi II DPRD Wajo Hasanuddin, SH, M.Si, Anggota Komisi II DPRD Wajo "
     "Sulaiman, SH dan OPD terkait berkunjung kerja ke Kabupaten Klaten untuk belajar.",
     ("Kabupaten Wajo", "Kabupaten Klaten"), "Andi Rahman"),
    ("Wali Kota Bitung Roni Lumenta didampingi Sekda Bitung Hendra Tampi dan Kepala Bappeda Bitung Yosef Karundeng "
     "berkunjung ke Kota Madiun untuk studi banding.",
     ("Kota Bitung", "Kota Madiun"), "Roni Lumenta"),
    # the members named after a led-by cue and a companion word go along with the one the cue names
    ("Rombongan DPRD Kabupaten Wajo yang berangkat studi banding ke Kabupaten Klaten dipimpin Wakil Ketua I, "
     "Andi Rahman, bersama sejumlah anggota dewan lainnya, yaitu Anggota DPRD Wajo Sulaiman dan Hasanuddin.",
     ("Kabupaten Wajo", "Kabupaten Klaten"), "Andi Rahman"),
    # alone before the verb, he leads as before
    ("Kepala Bappeda Kabupaten Wajo Sulaiman berkunjung ke Kabupaten Klaten untuk studi banding.",
     ("Kabupaten Wajo", "Kabupaten Klaten"), "Sulaiman"),
])
def test_companion_listed_does_not_lead(tagger: Tagger, text: str, visit: tuple[str, str], leader: str) -> None:
    assert leaders(tagger, text)[visit] == leader
