"""Visits: lists of guests, told after the place they came to ("yang datang belajar ke X, antara lain A dan B")."""

from __future__ import annotations

from nlp import Tagger


def _visits(title: str, text: str) -> set[tuple[str, str]]:
    result = Tagger(profile="free").extract({"id": "t", "title": title, "text": text})
    return {(v["visitor"], v["host"]) for v in result["visits"]}


def test_guests_listed_after_the_place_they_came_to():
    visits = _visits("Kota Madiun Jadi Contoh Tata Kelola Pasar",
                     "MADIUN - Pemkab Ngawi menggelar studi tiru di Kota Madiun, Kamis (4/12/2025). Tahun ini "
                     "sudah ada beberapa daerah yang datang belajar ke Madiun soal pasar rakyat, antara lain "
                     "Pemkab Wajo dan DPRD Pati.")
    assert {("Kabupaten Ngawi", "Kota Madiun"), ("Kabupaten Wajo", "Kota Madiun"),
            ("Kabupaten Pati", "Kota Madiun")} <= visits


def test_destinations_listed_after_the_going_verb_stay_hosts():
    # no relative clause of coming: "studi banding ke tiga daerah, yaitu A, B dan C" lists where they go
    visits = _visits("DPRD Kota Bitung Studi Banding",
                     "Komisi I DPRD Kota Bitung studi banding ke tiga daerah, yaitu Kabupaten Wajo, Kota Madiun dan "
                     "Kabupaten Pati, untuk belajar pelayanan publik.")
    assert {("Kota Bitung", "Kabupaten Wajo"), ("Kota Bitung", "Kota Madiun"),
            ("Kota Bitung", "Kabupaten Pati")} <= visits
