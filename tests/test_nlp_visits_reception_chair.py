"""Visits: the host's official chairing the reception ("Audiensi dipimpin Sekda Kota B") leads no delegation."""

from __future__ import annotations

from nlp import Tagger


def _visits(title: str, text: str) -> set[tuple[str, str, str | None]]:
    result = Tagger(profile="free").extract({"id": "t", "title": title, "text": text})
    return {(v["visitor"], v["host"], v["leader"]) for v in result["visits"]}


def test_host_official_chairing_the_meeting_keeps_the_visit():
    visits = _visits("Kunjungan DPRD Wajo",
                     "Anggota DPRD Kabupaten Wajo berkunjung ke Kota Madiun untuk belajar pengelolaan pasar. Audiensi "
                     "dipimpin langsung oleh Sekda Kota Madiun Budi Santoso didampingi para kepala dinas.")
    assert visits == {("Kabupaten Wajo", "Kota Madiun", None)}


def test_the_delegation_led_by_its_own_head_still_leads():
    visits = _visits("Kunjungan DPRD Wajo",
                     "Anggota DPRD Kabupaten Wajo berkunjung ke Kota Madiun untuk belajar pengelolaan pasar. Rapat "
                     "dipimpin Asisten I Setda Kota Madiun Budi Santoso. Rombongan dipimpin Wakil Ketua DPRD Wajo "
                     "Andi Budiman.")
    assert visits == {("Kabupaten Wajo", "Kota Madiun", "Andi Budiman")}
