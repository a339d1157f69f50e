"""Visits, round 19 (from the errors of train letters u and v, each shape counted on the older letters): the heads of
all the villages of a region ("kades se-Kabupaten X") travel for it; a visitor told only in a "Baca juga" line beside
a dateline host. Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import fired_for, pairs

from nlp import Tagger


@pytest.mark.parametrize("text", [
    "Para kades se-Kecamatan Cibeber, Kabupaten Lebak studi tiru pengelolaan BUMDes ke Kabupaten Sragen, Senin (2/10).",
    "Sebanyak 28 kepala desa se-Kabupaten Lebak studi tiru pengelolaan BUMDes ke Kabupaten Sragen, Senin (2/10).",
])
def test_the_heads_of_all_a_regions_villages_travel_for_it(tagger: Tagger, text: str) -> None:
    assert ("from_group", "Kabupaten Lebak") in fired_for(tagger, text)
    assert pairs(tagger, text) == [("Kabupaten Lebak", "Kabupaten Sragen")]


def test_a_visitor_told_only_in_a_read_also_line_pairs_with_no_dateline_host(tagger: Tagger) -> None:
    # the dateline town is an implicit host, the only visitor stands in a "Baca juga" line: no pair, no crash
    text = ("Kota Pasuruan - Peserta pendidikan sebuah lembaga nasional melakukan studi lapangan pekan ini.\n"
            "Baca juga: Bupati minta para kades se-Kabupaten Lebak rajin turun ke desa\n"
            "Para peserta mendengar paparan tentang pertanian dan perikanan.")
    result = tagger.extract({"id": "b", "url": None, "title": None, "published": "2024-03-08", "text": text})
    assert result["visits"] == []
    assert not any("failed" in w for w in result.get("warnings", []))


def test_a_trips_counted_places_after_di_list_its_hosts(tagger: Tagger) -> None:
    # "<trip> ... di dua kabupaten, yakni A dan B": the listed regions are where it went, not guests who came
    text = ("Sebanyak sembilan anggota Komisi III DPRD Kabupaten Lebak menjalankan kunjungan kerja selama empat hari, "
            "sejak 3 hingga 6 Oktober 2023, di dua kabupaten, yakni Kabupaten Sragen dan Kabupaten Wonogiri.")
    assert pairs(tagger, text) == [("Kabupaten Lebak", "Kabupaten Sragen"), ("Kabupaten Lebak", "Kabupaten Wonogiri")]
