"""Provinces split from an older one (the ``split_from`` column of data/regions.csv): the news still places a
region of the newer province in the older one ("DPRD Raja Ampat Papua"), so the older province contains it and is
no second party of the visit. Sentences of our own."""

from __future__ import annotations

from nlp_helpers import pairs

from nlp import Tagger, lexicon
from nlp.visits import VisitFinder


def test_a_province_contains_the_provinces_split_from_it_and_their_splits() -> None:
    finder = VisitFinder(lexicon.load())
    code = {r.name: r.code for r in finder.regions.values()}
    papua, kaltim = code["Provinsi Papua"], code["Provinsi Kalimantan Timur"]
    assert finder.contains(papua, code["Kabupaten Mimika"])  # Papua Tengah, split from Papua
    assert finder.contains(papua, code["Kabupaten Raja Ampat"])  # Papua Barat Daya, split from Papua Barat
    assert finder.contains(code["Provinsi Papua Barat"], code["Kabupaten Raja Ampat"])
    assert finder.contains(kaltim, code["Kabupaten Nunukan"])  # Kalimantan Utara
    assert not finder.contains(code["Provinsi Papua Barat Daya"], code["Kabupaten Mimika"])
    assert not finder.contains(code["Provinsi Kalimantan Utara"], code["Kota Samarinda"])


def test_a_region_of_a_twice_split_province_placed_in_the_first_one(tagger: Tagger) -> None:
    text = ("Rombongan DPRD Raja Ampat Papua belajar tata kelola pelabuhan ke Kota Tegal. Mereka diterima Wali Kota "
            "Tegal di ruang rapat, Rabu (8/3).")
    found = pairs(tagger, text)
    assert ("Kabupaten Raja Ampat", "Kota Tegal") in found
    assert ("Provinsi Papua", "Kota Tegal") not in found
