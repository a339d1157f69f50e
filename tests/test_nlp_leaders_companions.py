"""Leaders: an official listed among the companions of one named before him ("Bupati A bersama Ketua B, Anggota C
dan OPD terkait berkunjung ke ...", "dipimpin A, didampingi beberapa anggota, antara lain C") goes along; the one
named first leads (visit_rules._listed_companion, _led_by)."""

from __future__ import annotations

import pytest

from nlp import Tagger


def leaders(tagger: Tagger, text: str) -> dict[tuple[str, str], str | None]:
    result = tagger.extract({"id": "c", "url": None, "title": None, "published": "2024-03-08", "text": text})
    return {(v["visitor"], v["host"]): v["leader"] for v in result["visits"]}


@pytest.mark.parametrize("text, visit, leader", [
    # degrees between the listed companions; the last of them, with his party, stands right before the verb of going
    ("Wakil Bupati Pinrang Andarias Pallawa beserta Kepala Dinas Perdagangan Pinrang Welmince Tandiayu, S.E., M.M., "
     "Ketua Komisi B DPRD Pinrang Fadel Mappasessu (F-PKB) serta camat se-Pinrang berkunjung ke Kota Salatiga untuk "
     "studi tiru.",
     ("Kabupaten Pinrang", "Kota Salatiga"), "Andarias Pallawa"),
    # the members named after a led-by cue and a companion word go along with the one the cue names
    ("Kunjungan kerja Komisi III DPRD Kabupaten Enrekang ke Kota Pekalongan dipimpin Ketua Komisi III, Yohanis "
     "Kombong, didampingi beberapa anggota, antara lain Anggota DPRD Enrekang Yermias Datusila dan Nurhaeda Pasulu.",
     ("Kabupaten Enrekang", "Kota Pekalongan"), "Yohanis Kombong"),
    # alone before the verb, he leads as before
    ("Pagi itu Sekretaris DPRD Enrekang Yermias Datusila menyambangi Kota Pekalongan untuk studi banding.",
     ("Kabupaten Enrekang", "Kota Pekalongan"), "Yermias Datusila"),
])
def test_companion_listed_does_not_lead(tagger: Tagger, text: str, visit: tuple[str, str], leader: str) -> None:
    assert leaders(tagger, text)[visit] == leader


@pytest.mark.parametrize("gap", [
    " bersama Kepala Bappeda Pinrang Welmince Tandiayu" + ", " * 30 + "para staf, ",
    " bersama" + " " * 40 + "rombongan, ",
])
def test_long_gap_before_a_listed_companion(tagger: Tagger, gap: str) -> None:
    # a long run of commas and spaces, then a group with no name, is read in one pass (it once backtracked for
    # minutes); the Sekda after it is listed among the Wakil Bupati's companions
    text = ("Wakil Bupati Pinrang Andarias Pallawa" + gap + "Sekda Pinrang Fadel Mappasessu berkunjung ke Kota "
            "Salatiga untuk studi tiru, Selasa (5/3).")
    assert leaders(tagger, text)[("Kabupaten Pinrang", "Kota Salatiga")] == "Andarias Pallawa"


def test_a_capitalised_word_is_no_degree(tagger: Tagger) -> None:
    # "Tim" is no degree: the gap holds more than officials, so the one before the verb is no listed companion
    text = ("Wakil Bupati Pinrang Andarias Pallawa bersama Kepala Bappeda Pinrang Welmince Tandiayu, Tim Ahli, "
            "Sekda Pinrang Fadel Mappasessu berkunjung ke Kota Salatiga untuk studi tiru, Selasa (5/3).")
    assert leaders(tagger, text)[("Kabupaten Pinrang", "Kota Salatiga")] == "Fadel Mappasessu"
