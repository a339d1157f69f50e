"""An earlier guest named before the turn word right after its comma (round 44): "Setelah A, kini B ...",
"Setelah A, giliran B ...", "Sesudah Bupati A, kini Bupati B ..." (`visit_rules.TURN_AFTER`; before, the earlier
turn needed "kini giliran" or ", dan kini" in the sentence). Sentences of our own.
"""

from __future__ import annotations

from nlp_helpers import pairs

from nlp import Tagger

TEXT = ("{earlier}, {turn} Pemkab Kabupaten Banyumas yang studi banding pengelolaan sampah ke Kota Madiun, "
        "Selasa (4/6/2024).")


def test_an_earlier_guest_before_a_bare_turn_word_is_a_visitor(tagger: Tagger) -> None:
    for earlier, turn in (("Setelah Kabupaten Kendal", "kini"), ("Setelah Kendal", "giliran"),
                          ("Sesudah Bupati Kendal", "kini")):
        got = sorted(pairs(tagger, TEXT.format(earlier=earlier, turn=turn)))
        assert got == [("Kabupaten Banyumas", "Kota Madiun"), ("Kabupaten Kendal", "Kota Madiun")], (earlier, turn)


def test_a_trip_after_an_event_is_no_earlier_guest(tagger: Tagger) -> None:
    # "Setelah ... di Kabupaten Kendal, kini ...": a place the delegation went to, not a guest before it
    text = TEXT.format(earlier="Setelah rapat kerja di Kabupaten Kendal", turn="kini")
    assert ("Kabupaten Kendal", "Kota Madiun") not in pairs(tagger, text)
