"""The tagger runs inside a real stanza pipeline with kunker's tokenizer variant and processors."""

from __future__ import annotations

import json
from pathlib import Path

import stanza
from stanza.pipeline.registry import NAME_TO_PROCESSOR_CLASS

from nlp.pipeline import KUNKER_PROCESSORS, build_pipeline, resources_dir


def test_processors_are_registered_by_name() -> None:
    for name in KUNKER_PROCESSORS:
        assert name in NAME_TO_PROCESSOR_CLASS


def test_minimal_resources_file() -> None:
    data = json.loads((Path(resources_dir()) / "resources.json").read_text())
    assert data["id"]["tokenize"] == {"default": {}}


def test_free_pipeline_fills_the_document() -> None:
    pipeline = build_pipeline("free")
    assert isinstance(pipeline, stanza.Pipeline)
    pipeline.kunker_context = {"published": None}
    text = ("Rombongan Pemkab Lumajang dipimpin Sekda Lumajang, Agus Triyono, studi banding ke Kota Batu. "
            "Mereka disambut Wali Kota Batu Dewanti Rumpoko.")
    doc = pipeline(text)
    assert len(doc.sentences) == 2
    for token in doc.sentences[0].tokens:
        assert text[token.start_char:token.end_char] == token.text
    ents = [(e.type, e.text) for e in doc.ents]
    assert ("REGION", "Lumajang") in ents and ("REGION", "Kota Batu") in ents
    assert ("PERSON", "Agus Triyono") in ents and ("PERSON", "Dewanti Rumpoko") in ents
    assert [t.ner for t in doc.sentences[1].tokens][-3:] == ["B-PERSON", "E-PERSON", "O"]
    (visit,) = doc.kunker_visits
    assert (visit.visitor, visit.host, visit.leader.name) == ("35.08", "35.79", "Agus Triyono")
