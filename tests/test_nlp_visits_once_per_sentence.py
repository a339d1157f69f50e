"""A rule counts a region once per sentence (round 41): a region named twice in one sentence ("kunjungan balasan ke
A dan belajar di A"), or a body whose head and members are listed one after another after "yang diketuai",
gives the rule's weight once, not once per name; the same rule in another sentence still counts again.

Sentences of our own.
"""

from __future__ import annotations

from nlp_helpers import pairs

from nlp import Tagger

RETURN_PLANNED = ("\"Nanti kami akan melakukan kunjungan balasan ke Ngawi dan belajar langsung di Ngawi,\" kata Bupati "
                  "Magetan Wiraguna Pratala.")


def _weights(tagger: Tagger, rule: str, role: str, code: str) -> list[float]:
    return [f.weight for f in tagger.last_trace.firings if f.rule == rule and f.role == role and f.code == code]


def test_a_region_named_twice_in_one_sentence_is_counted_once(tagger: Tagger) -> None:
    text = ("Di Pendopo Kabupaten Magetan, Bupati Ngawi beserta rombongan disambut Wakil Bupati Magetan Sekar "
            "Lintangsari untuk belajar pengelolaan pasar. " + RETURN_PLANNED)
    assert pairs(tagger, text) == [("Kabupaten Ngawi", "Kabupaten Magetan")]
    assert _weights(tagger, "host_link", "host", "35.21") == [2.0, 0.0]  # Kabupaten Ngawi: the second ignored
    notes = [f.note for f in tagger.last_trace.firings if f.weight == 0 and f.rule == "host_link"]
    assert notes == ["the rule counted once per sentence: ignored"]


def test_the_same_rule_in_another_sentence_still_counts(tagger: Tagger) -> None:
    text = ("Rombongan Pemkab Ngawi studi banding ke Kabupaten Magetan, Senin (6/3). Kunjungan kerja ke Kabupaten "
            "Magetan itu memakan dua hari.")
    assert pairs(tagger, text) == [("Kabupaten Ngawi", "Kabupaten Magetan")]
    assert _weights(tagger, "host_link", "host", "35.20") == [2.0, 2.0]  # Kabupaten Magetan: two sentences
