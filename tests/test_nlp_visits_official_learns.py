"""The visitor named only through its official telling of his side's learning (round 42, rule `official_learns`):
"<post> <region>, <name>, mengatakan ia ... mempelajari ...", "... menegaskan dirinya ... belajar ...", "...,
pihaknya ... belajar ..." gives the official's region visitor evidence; not when a receiving word, the guests or
another official stand between him and the learning word.

Sentences of our own.
"""

from __future__ import annotations

from nlp_helpers import pairs

from nlp import Tagger

OPENING = "Kota Sukabumi menerima kunjungan studi banding Pemkab Ciamis soal bank sampah, Selasa (4/6). "


def _fired(tagger: Tagger, rule: str) -> list[str]:
    return [f.code for f in tagger.last_trace.firings if f.rule == rule]


def test_an_official_telling_of_his_sides_learning_names_a_second_visitor(tagger: Tagger) -> None:
    text = OPENING + ("Sementara itu, Bupati Cianjur, Raka Wibisana, mengatakan ia dan stafnya mempelajari "
                      "pengelolaan bank sampah di Kota Sukabumi.")
    assert pairs(tagger, text) == [("Kabupaten Ciamis", "Kota Sukabumi"), ("Kabupaten Cianjur", "Kota Sukabumi")]
    assert _fired(tagger, "official_learns") == ["32.03"]


def test_the_host_official_receiving_learners_is_no_visitor(tagger: Tagger) -> None:
    text = OPENING + "Wali Kota Sukabumi, Dimas Arjuna, menyatakan pihaknya menerima rombongan yang ingin belajar."
    assert pairs(tagger, text) == [("Kabupaten Ciamis", "Kota Sukabumi")]
    assert _fired(tagger, "official_learns") == []


def test_another_official_between_takes_the_pronoun(tagger: Tagger) -> None:
    text = OPENING + ("Di depan Bupati Ciamis Dimas Arjuna, Wali Kota Sukabumi Raka Wibisana menuturkan ia "
                      "dulu juga belajar soal bank sampah.")
    assert pairs(tagger, text) == [("Kabupaten Ciamis", "Kota Sukabumi")]
    assert "32.07" not in _fired(tagger, "official_learns")
