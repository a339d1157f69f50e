"""The program veto with the trained NER model (``PROGRAM_VETO`` belongs to the model it was fitted for): a
program named plainly in a learning visit keeps a chance far above the threshold, and a name that opens with a
number stays whatever the model reads. Invented sentences; skipped without the models."""

from __future__ import annotations

import pytest
from nlp_helpers import programs

from nlp import Tagger
from nlp.models import default_models_dir
from nlp.ner import PROGRAM_VETO, ner_model

MODELS = default_models_dir()
NER = ner_model(MODELS) if MODELS and (MODELS / "pretrain.pt").exists() else None

pytestmark = [
    pytest.mark.skipif(MODELS is None or not (MODELS / "pretrain.pt").exists(),
                       reason="stanza test-grade models not found (set KUNKER_MODELS or provide "
                              "../shared/models/stanza-id)"),
    pytest.mark.skipif(NER is None, reason="no NER model: run `python -m nlp.train_ner --through ad` "
                                           "(writes data/models/ner-id.pt)"),
]


def program_chances(tagger: Tagger, text: str, name: str) -> float:
    """The model's highest chance of a PROGRAM tag over the words of ``name`` in ``text``."""
    doc = tagger.pipeline(text)
    start = text.index(name)
    return max(c for s, e, c in doc.kunker_program_chances if s < start + len(name) and start < e)


def test_a_program_named_in_a_learning_visit_stays(full_tagger: Tagger) -> None:
    text = ("Rombongan DPRD Kota Sukamaju berkunjung ke Kabupaten Klaten untuk mempelajari program Kampung Cakap "
            "Mandiri. Program Kampung Cakap Mandiri dinilai berhasil menekan angka kemiskinan.")
    assert program_chances(full_tagger, text, "Kampung Cakap Mandiri") > 10 * PROGRAM_VETO
    assert programs(full_tagger, text) == ["Kampung Cakap Mandiri"]


def test_a_numbered_program_stays_whatever_the_model_reads(full_tagger: Tagger) -> None:
    # the model reads such names poorly (it met few in training): the veto leaves them to the rules
    text = ("Rombongan Pemkab Sukamaju belajar program 3 rumah 1 sumur di Kabupaten Klaten. Program itu membantu "
            "warga miskin.")
    assert programs(full_tagger, text) == ["3 rumah 1 sumur"]


def test_the_full_profile_adds_no_program_to_the_free_ones(full_tagger: Tagger, tagger: Tagger) -> None:
    # round 34 (nlp/MEASUREMENTS.md, "The full profile's programs, round 34"): on 953 train articles the model never
    # saw, the full profile's programs were the free ones minus the veto's (the parser's objects added none)
    text = ("Rombongan Pemkot Sukamaju belajar ke Kabupaten Klaten tentang inovasi Sapa Warga Ceria dan program "
            "Rumah Pintar Lestari. Program Rumah Pintar Lestari mengajak warga menanam sayur di pekarangan.")
    free, full = programs(tagger, text), programs(full_tagger, text)
    assert set(full) <= set(free)
    assert "Rumah Pintar Lestari" in full
