"""Round 32's speed changes give exactly what the code they replace gave: the output line's escapes
(``nlp.cli.json_line``), a sentence cue's match read once (``nlp.visit_scan.Scan.first_in``), the copyright
pattern searched only where one of its words may stand (``nlp.textutil.may_contain``), national posts looked up by
prefix (``nlp.visit_places.PlaceRules.is_national``)."""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.cli import json_line
from nlp.regions import COPYRIGHT, COPYRIGHT_WORDS
from nlp.textutil import CASE_ODD, lower_same_length, may_contain
from nlp.visit_places import PlaceRules
from nlp.visit_records import Trace
from nlp.visit_scan import Scan, undot

OLD_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})
PIECES = ["\u2028", "\u2029", "\x85", "\n", "é", "“", "Rombongan tiba", "\"", "\\", "\u0130", "\u0131", "\u017f",
          "\u212a", "©", "Hak  Cipta", "COPYRIGHT", "copyrights", "cipta", "hak\ncipta", "(©", " © ", "CİPTA",
          "copyrıght", "ſeluruh", "Dr.", "Ir. ", "A. ", "ke Kota Anu.", "  "]
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_json_line_escapes_as_the_translate_table_did(text: str) -> None:
    result = {"id": "x1", "text": text, "nested": [{"sentence": text[::-1]}]}
    old = (json.dumps(result, ensure_ascii=False).translate(OLD_BREAKS) + "\n").encode("utf-8")
    assert json_line(result) == old
    assert len(json_line(result).decode("utf-8").splitlines()) == 1


@settings(max_examples=600, deadline=None)
@given(texts)
def test_copyright_is_searched_wherever_it_can_match(text: str) -> None:
    """The skip never hides a match: every text COPYRIGHT matches holds the sign or passes ``may_contain``."""
    low = lower_same_length(text)
    if COPYRIGHT.search(text):
        assert "©" in text or may_contain(text, low, COPYRIGHT_WORDS)


def test_letters_lowering_does_not_fold_are_the_odd_ones() -> None:
    """Every non-ASCII character ``re.IGNORECASE`` matches to an ASCII letter either lowers to that letter alone
    or is one of CASE_ODD (so ``may_contain`` answers true for a text holding it)."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    odd = [c for c in map(chr, range(0x80, 0x110000)) if letter.fullmatch(c)
           and not (len(c.lower()) == 1 and c.lower().isascii())]
    assert sorted(odd) == sorted(CASE_ODD)
    assert may_contain("Hak Cİpta", lower_same_length("Hak Cİpta"), COPYRIGHT_WORDS)
    assert COPYRIGHT.search("Hak Cİpta") and COPYRIGHT.search("copyrıght")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Menteri", "Dalam", "Negeri", "Ketua", "DPR", "RI", "Bupati", "", " "]),
                max_size=5).map(" ".join))
def test_national_posts_by_prefix_as_by_the_loop(position: str) -> None:
    rules = PlaceRules.__new__(PlaceRules)
    rules.national_positions = {"Menteri", "Menteri Dalam Negeri", "Ketua DPR", "", "DPR RI"}
    loop = any(position == p or position.startswith(p + " ") for p in rules.national_positions)
    assert rules.is_national(position) == loop


class _Finder:
    cues = None
    regions: dict = {}


def test_first_in_reads_each_sentence_once_and_as_search_does() -> None:
    text = "Tim dari Kota Anu tiba. Mereka belajar di sini. Lalu pulang."
    sentences = [(0, 23), (24, 47), (48, len(text))]
    scan = Scan(_Finder(), text, sentences, [], Trace())
    rx = re.compile(r"\bbelajar\b")
    for sentence in sentences * 2:
        found = scan.first_in(rx, sentence)
        expected = rx.search(text, *sentence)
        assert (found and found.span()) == (expected and expected.span())
        assert scan.in_sentence(rx, sentence) == (expected is not None)
    assert len(scan._in_sentence) == len(sentences)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_undot_skips_only_texts_without_a_full_stop(text: str) -> None:
    from nlp.visit_patterns import ABBREV_DOT
    assert undot(text) == ABBREV_DOT.sub(lambda m: m.group(1) + " ", text)
