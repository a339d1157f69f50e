"""The words for a region's government bodies (data/government_words.csv) and the visit rules that read them."""

from __future__ import annotations

import re

from nlp import Tagger
from nlp.lexicon import government_words
from tests.test_data_lexicons import read_csv

KINDS = {"government", "council", "secretariat", "office", "office_acronym"}


def test_government_words_are_valid():
    rows = read_csv("government_words.csv", ["word", "kind", "comment"])
    words = [r["word"] for r in rows]
    assert len(words) == len(set(words)), "a word has one kind"
    assert {r["kind"] for r in rows} == KINDS
    assert all(re.fullmatch(r"[a-z]+", w) for w in words)
    words_by_kind = government_words()
    assert {"pemkab", "pemko"} <= set(words_by_kind["government"]) and "dprd" in words_by_kind["council"]


def _visits(title: str, text: str) -> set[tuple[str, str]]:
    result = Tagger(profile="free").extract({"id": "t", "title": title, "text": text})
    return {(v["visitor"], v["host"]) for v in result["visits"]}


def test_pemko_names_the_visiting_city():
    # "Pemko" (Pemerintah Kota, as written in Sumatra) is the city's government, like "Pemkot"
    visits = _visits("Wali Kota Padang Sambut Studi Banding Pemko Sibolga",
                     "Wali Kota Padang menyambut rombongan studi banding Pemko Sibolga, Senin (3/2/2025). "
                     "Rombongan ingin belajar tata kelola pasar.")
    assert visits == {("Kota Sibolga", "Kota Padang")}


def test_offices_known_by_acronym_in_a_list_of_visitors():
    # "Dukcapil A, Dukcapil B dan DPRD C": each listed office came from its region
    visits = _visits("Disdukcapil Kota Madiun Jadi Tujuan Kunker",
                     "Disdukcapil Kota Madiun sudah menerima tiga kunjungan kerja dari daerah lain tahun ini. Mereka "
                     "yang berkunjung ialah Dukcapil Pekalongan, Dukcapil Kabupaten Wajo dan DPRD Kabupaten Pati. "
                     "Para tamu ingin belajar cara menerbitkan akta kelahiran.")
    assert {("Kota Pekalongan", "Kota Madiun"), ("Kabupaten Wajo", "Kota Madiun"),
            ("Kabupaten Pati", "Kota Madiun")} <= visits
