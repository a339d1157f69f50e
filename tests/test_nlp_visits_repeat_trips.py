"""Visits: the same delegation's earlier trip to the same host, told in passing ("kali kedua ... Pada Mei lalu tim
Pemkab A sudah datang ke B"), is a visit of its own (status earlier)."""

from __future__ import annotations

from nlp import Tagger


def _visits(title: str, text: str) -> list[tuple[str, str, str]]:
    result = Tagger(profile="free").extract({"id": "t", "title": title, "text": text})
    return sorted((v["visitor"], v["host"], v["status"]) for v in result["visits"])


def test_a_repeat_trip_counts_the_earlier_one():
    visits = _visits("Pemkab Wajo Kembali Belajar ke Madiun",
                     "Tim Pemkab Wajo berkunjung ke Kota Madiun untuk belajar tata kelola pasar, Senin (1/12/2025). "
                     "Ini merupakan kedatangan kali kedua tim Pemkab Wajo. Pada Mei lalu tim Pemkab Wajo sudah datang "
                     "ke Madiun untuk berdiskusi soal investasi.")
    assert visits == [("Kabupaten Wajo", "Kota Madiun", "earlier"), ("Kabupaten Wajo", "Kota Madiun", "reported")]


def test_one_trip_told_twice_is_one_visit():
    # no word of a repeat: "Sebelumnya rombongan sudah tiba di B" tells the same trip
    visits = _visits("Pemkab Wajo Belajar ke Madiun",
                     "Tim Pemkab Wajo berkunjung ke Kota Madiun untuk belajar tata kelola pasar, Senin (1/12/2025). "
                     "Sebelumnya rombongan sudah tiba di Madiun pada Minggu malam.")
    assert visits == [("Kabupaten Wajo", "Kota Madiun", "reported")]
