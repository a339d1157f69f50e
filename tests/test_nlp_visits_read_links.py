"""A link to another story written "Baca: ..." (no "juga") is a "Baca juga" line (round 42): an official named only
there sends no delegation, so the fallback visitor by officials' regions (`officials_region`) takes no region from
it; the same official named in the story itself still travels. Sentences of our own.
"""

from __future__ import annotations

from nlp_helpers import pairs

from nlp import Tagger
from nlp.textutil import aside_at

TRIP = "Kunjungan kerja rombongan ke Kabupaten Sragen berlangsung dua jam, Kamis (5/9), di kawasan sentra tenun."
LINK = "Bupati Wonogiri Hartono Wicaksono Resmikan Pasar Ikan Baru"


def test_a_bare_read_line_is_a_link() -> None:
    text = "Awal berita.\nBaca: " + LINK + "\nAkhir berita."
    assert aside_at(text, text.index("Bupati"))
    assert aside_at(text.replace("Baca:", "BACA :"), text.index("Bupati"))
    assert not aside_at(text, text.index("Akhir"))
    assert not aside_at("Baca buku itu di Kabupaten Sragen.", 20)  # the verb, no colon: the story itself
    assert not aside_at("Baca buku itu dulu: pesan Kepala Dinas Sragen.", 30)  # a colon later: a sentence


def test_an_official_named_only_in_a_bare_read_line_sends_no_delegation(tagger: Tagger) -> None:
    text = TRIP + "\nBaca: " + LINK + "\nRombongan lalu meninjau gudang benang."
    assert pairs(tagger, text) == []


def test_the_same_official_in_the_story_still_travels(tagger: Tagger) -> None:
    text = TRIP + "\nBupati Wonogiri Hartono Wicaksono ikut meninjau gudang benang.\nRombongan lalu pulang."
    assert pairs(tagger, text) == [("Kabupaten Wonogiri", "Kabupaten Sragen")]
