"""Round 34's speed changes give exactly what the code gave before: the Tagger's results without the entity tags
(``"entities": False`` in the pipeline's context) equal those with them; ``_release`` still empties every Word,
Sentence and Document; ``official_titles.words_before_bracket`` keeps the words the search after every word kept."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import Tagger
from nlp.official_titles import TITLE_WORD, words_before_bracket
from nlp.pipeline import tag_entities
from nlp.tagger import _release

# invented articles (invented people; regions from the gazetteer), with officials, programs, titles spelt out
# before their acronyms in brackets, and visits
ARTICLES = [
    {"id": "s1", "title": "Pemkab Wajo Timba Ilmu Tata Kelola Pasar ke Kota Tomohon",
     "text": "Rombongan Pemkab Wajo dipimpin Sekda Wajo, Rakai Pandanwangi, tiba di Kota Tomohon, Selasa (9/4). "
             "Mereka diterima Wakil Wali Kota Tomohon Lintang Asmarani dan Kepala Badan Perencanaan Pembangunan "
             "Daerah (Bappeda) Tomohon, Sekar Kedaton.\nKepada wartawan, Rakai menyebut program \"Pasar Rukun "
             "Sejahtera\" layak ditiru di Wajo."},
    {"id": "s2", "text": "Wakil Ketua (Waket) Komisi III DPRD Kabupaten Klaten, Bagas Wiratama, bersama 14 anggota "
                         "melakukan kunjungan kerja ke Kabupaten Pati untuk mempelajari layanan Mobil Sehat Keliling "
                         "(Mosehat). Ketua Badan Pembentukan Peraturan Daerah (Bapemperda) DPRD Pati, Ratri "
                         "Kencanawati, menyambut rombongan."},
    {"id": "s3", "title": "Studi Tiru Sampah",
     "text": "KLATEN - Kepala Dinas Lingkungan Hidup (DLH) Kota Salatiga, Damar Wulanjati, menerima tamu dari "
             "Kabupaten Klaten.\n\nTamu itu belajar soal Gerakan Pilah Dari Rumah (GPDR), kata Damar, Rabu."},
    {"id": "s4", "text": "Tidak ada kunjungan. Harga cabai naik di pasar (Rp 40.000/kg), menurut pedagang."},
]


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(profile="free")


def test_the_tagger_asks_for_no_entity_tags_and_its_results_are_those_with_them(tagger: Tagger,
                                                                                monkeypatch) -> None:
    pipeline = tagger.pipeline
    fast = [tagger.extract(article) for article in ARTICLES]
    assert pipeline.kunker_context["entities"] is False
    original = type(pipeline).__call__

    def with_entities(self, doc, *args, **kwargs):  # the context the Tagger set, the entity tags asked for
        self.kunker_context = {**self.kunker_context, "entities": True}
        return original(self, doc, *args, **kwargs)

    tagged = []
    monkeypatch.setattr(type(pipeline), "__call__", with_entities)
    monkeypatch.setattr("nlp.pipeline.tag_entities", lambda doc, real=tag_entities: tagged.append(1) or real(doc))
    slow = [tagger.extract(article) for article in ARTICLES]
    assert len(tagged) == len(ARTICLES)
    assert fast == slow
    assert any(r["officials"] for r in fast) and any(r["visits"] for r in fast) and any(r["programs"] for r in fast)


def test_entity_tags_are_skipped_only_when_asked(tagger: Tagger) -> None:
    pipeline = tagger.pipeline
    text = ARTICLES[0]["text"]
    pipeline.kunker_context = {"published": None}
    tagged = pipeline(text)
    assert tagged.ents and any(t.ner for s in tagged.sentences for t in s.tokens)
    pipeline.kunker_context = {"published": None, "entities": False}
    bare = pipeline(text)
    assert not bare.ents and not any(t.ner for s in bare.sentences for t in s.tokens)
    assert [(m.start, m.end) for m in bare.kunker_regions] == [(m.start, m.end) for m in tagged.kunker_regions]
    assert [o.mentions for o in bare.kunker_officials] == [o.mentions for o in tagged.kunker_officials]


def test_release_empties_every_word_sentence_and_the_document(tagger: Tagger) -> None:
    pipeline = tagger.pipeline
    pipeline.kunker_context = {"published": None}
    doc = pipeline(ARTICLES[1]["text"])
    sentences = list(doc.sentences)
    words = [w for s in sentences for w in s.words]
    tokens = [t for s in sentences for t in s.tokens]
    assert words and all(vars(w) for w in words)
    _release(doc)
    assert not vars(doc)
    assert all(not vars(s) for s in sentences)
    assert all(not vars(w) for w in words)
    assert all(vars(t) for t in tokens)  # the tokens are freed with their words: as before


def _searched(text: str, bracket: int, reach: int = 160) -> list[re.Match]:
    """The filter as it was written before round 34: a search of what follows every word."""
    words = list(TITLE_WORD.finditer(text, max(0, bracket - reach), bracket))
    return [w for w in words if not re.search(r"[^\w\s,&]|\n", text[w.end():bracket].replace(",", ""))]


def _spans(matches: list[re.Match]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


ALPHABET = "abcXYZé_ 0 9\t\n,,&&.-()'\"/:;ı"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=220), st.integers(0, 230))
def test_words_before_bracket_equals_a_search_after_every_word(text: str, at: int) -> None:
    bracket = min(at, len(text))
    assert _spans(words_before_bracket(text, bracket)) == _spans(_searched(text, bracket))


def test_words_before_bracket_on_invented_titles() -> None:
    rng = random.Random(34)
    pieces = ["Wakil", "Ketua", "Badan", "Pembentukan", "Peraturan", "Daerah", "&", ",", ", ", " ", "\n", ".",
              "Sekar", "(", ")", "-", "Dinas", "Hidup", "dan", "P2KB", "Plt.", ":", "“", "”"]
    for _ in range(2000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) + " (Waket)"
        bracket = text.rindex(" (")
        assert _spans(words_before_bracket(text, bracket)) == _spans(_searched(text, bracket))
    text = "Kepala Badan Perencanaan Pembangunan Daerah (Bappeda)"
    assert [w.group() for w in words_before_bracket(text, text.index(" ("))] == text[:text.index(" (")].split()
    text = "kata Sekar: Kepala Badan (KB)"
    assert [w.group() for w in words_before_bracket(text, text.index(" ("))] == ["Kepala", "Badan"]
    text = "Ketua\nBadan Pembentukan (BP)"
    assert [w.group() for w in words_before_bracket(text, text.index(" ("))] == ["Badan", "Pembentukan"]
