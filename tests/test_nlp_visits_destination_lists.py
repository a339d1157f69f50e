"""Visits: lists of destinations ("ke dua kota di Jawa Timur, yakni A dan B")."""

from __future__ import annotations

from nlp import Tagger


def _visits(title: str, text: str) -> set[tuple[str, str]]:
    result = Tagger(profile="free").extract({"id": "t", "title": title, "text": text})
    return {(v["visitor"], v["host"]) for v in result["visits"]}


def test_destinations_listed_after_their_province():
    # the province only places the listed cities: they are the hosts, not it
    visits = _visits("Anggota DPRD Kota Bitung Studi Banding",
                     "Sebanyak 30 anggota DPRD Kota Bitung studi banding ke dua kota di Jawa Timur, yakni Madiun dan "
                     "Blitar, Selasa (2/12/2025), untuk belajar pengelolaan pasar.")
    assert visits == {("Kota Bitung", "Kota Madiun"), ("Kota Bitung", "Kota Blitar")}


def test_a_place_and_a_comma_before_the_delegation_do_not_place_it():
    # "Selain ke <place>, Komisi A DPRD X ...": X's council acts; the earlier destination it lists is a host too
    visits = _visits("Komisi A DPRD Wajo Kaji Tiru ke Karanganyar",
                     "Komisi A DPRD Kabupaten Wajo berkunjung kerja ke Tawangmangu, Kabupaten Karanganyar, untuk "
                     "belajar pengelolaan retribusi. \u201cBanyak yang bisa kami pelajari dari Karanganyar,\u201d "
                     "ujar ketua komisi. Selain ke Tawangmangu, Komisi A DPRD Wajo sebelumnya juga sudah "
                     "berkunjung serupa ke kabupaten lain, di antaranya Kabupaten Pati.")
    assert visits == {("Kabupaten Wajo", "Kabupaten Karanganyar"), ("Kabupaten Wajo", "Kabupaten Pati")}
