"""Visits: the host named after a long learning clause ("mempelajari A, B dan C di Kota X")."""

from __future__ import annotations

from nlp import Tagger


def _visits(title: str, text: str) -> set[tuple[str, str]]:
    result = Tagger(profile="free").extract({"id": "t", "title": title, "text": text})
    return {(v["visitor"], v["host"]) for v in result["visits"]}


def test_host_after_a_long_learning_clause():
    visits = _visits("Rombongan DPRD Wajo",
                     "Rombongan DPRD Kabupaten Wajo melakukan studi banding untuk mempelajari pengelolaan sampah, bank "
                     "sampah digital dan tata kelola pasar di Kota Madiun, Senin (1/12/2025).")
    assert visits == {("Kabupaten Wajo", "Kota Madiun")}


def test_no_host_past_a_clause_joined_on():
    # "belajar dari orang berpengalaman, dan menilai ... di X": X is where someone else's innovations are
    visits = _visits("Wali Kota Bitung Bertemu Mantan Wali Kota",
                     "Wali Kota Bitung mengatakan ia senang belajar dari orang berpengalaman, dan menilai mantan wali "
                     "kota itu punya banyak inovasi di Kota Madiun.")
    assert visits == set()
