"""Visits: a stop on the way, told by its purpose ("menuju hotel di Kota X untuk beristirahat"), hosts nothing."""

from __future__ import annotations

from nlp import Tagger


def _visits(title: str, text: str) -> set[tuple[str, str]]:
    result = Tagger(profile="free").extract({"id": "t", "title": title, "text": text})
    return {(v["visitor"], v["host"]) for v in result["visits"]}


def test_a_rest_stop_is_no_host():
    visits = _visits("Pemprov Jambi Berkunjung ke Sulawesi Selatan",
                     "Rombongan Pemerintah Provinsi Jambi berkunjung ke Provinsi Sulawesi Selatan untuk belajar "
                     "pelayanan publik, Kamis (4/12/2025). Sesudahnya, rombongan menuju salah satu hotel di Kota "
                     "Parepare untuk beristirahat sebelum pulang.")
    assert visits == {("Provinsi Jambi", "Provinsi Sulawesi Selatan")}
