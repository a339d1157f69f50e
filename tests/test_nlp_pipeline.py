"""The tagger runs inside a real stanza pipeline with kunker's tokenizer variant and processors."""

from __future__ import annotations

import gc
import json
from dataclasses import asdict
from pathlib import Path

import pytest
import stanza
from nlp_helpers import needs_models
from stanza.pipeline.registry import NAME_TO_PROCESSOR_CLASS

from nlp.pipeline import KUNKER_PROCESSORS, build_pipeline, resources_dir, sentence_spans


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
    text = ("Rombongan Pemkab Lumajang dipimpin Sekda Lumajang, Agus Tribuana, studi banding ke Kota Batu. "
            "Mereka disambut Wali Kota Batu Dewanti Larasati.")
    doc = pipeline(text)
    assert len(doc.sentences) == 2
    for token in doc.sentences[0].tokens:
        assert text[token.start_char:token.end_char] == token.text
    ents = [(e.type, e.text) for e in doc.ents]
    assert ("REGION", "Lumajang") in ents and ("REGION", "Kota Batu") in ents
    assert ("PERSON", "Agus Tribuana") in ents and ("PERSON", "Dewanti Larasati") in ents
    assert [t.ner for t in doc.sentences[1].tokens][-3:] == ["B-PERSON", "E-PERSON", "O"]
    (visit,) = doc.kunker_visits
    assert (visit.visitor, visit.host, visit.leader.name) == ("35.08", "35.79", "Agus Tribuana")


def test_json_form_is_dataclasses_asdict(tagger) -> None:
    """``Result.to_dict`` is written out for speed; it gives what ``dataclasses.asdict`` gives, key order too."""
    fixtures = Path(__file__).parent / "fixtures" / "nlp" / "articles.jsonl"
    articles = [json.loads(line) for line in fixtures.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles.append({"id": ["a", {"b": 1}], "title": "Judul", "text": "Bupati Sleman meninjau pasar."})
    for article in articles:
        result = tagger.tag(article)
        data = asdict(result)
        expected = {key: data[key] for key in ("id", "regions", "officials", "programs", "visits", "warnings",
                                               "tagger")}
        assert json.dumps(result.to_dict()) == json.dumps(expected)
    assert result.to_dict()["id"] is not article["id"]  # a copy, as asdict made


def test_tagging_leaves_the_garbage_collector_as_it_found_it(tagger) -> None:
    article = {"id": "gc", "text": "Rombongan Pemkab Lumajang studi banding ke Kota Batu."}
    assert gc.isenabled()
    tagger.tag(article)
    tagger.tag({"id": "gc", "text": 5})
    assert gc.isenabled()
    gc.disable()
    try:
        tagger.tag(article)
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("profile", ["tagger", pytest.param("full_tagger", marks=needs_models)])
def test_tagging_leaves_no_cyclic_garbage(profile: str, request: pytest.FixtureRequest) -> None:
    """An article's stanza objects are freed as soon as its result is built (nlp/tagger.py ``_release``): the
    collector finds nothing of it to free, in the free profile and in the full one (its stanza Document)."""
    tagger = request.getfixturevalue(profile)
    article = {"id": "gc", "title": "Studi Banding ke Kota Batu",
               "text": "Rombongan Pemkab Lumajang dipimpin Sekda Lumajang, Agus Tribuana, studi banding ke Kota Batu, "
                       "Selasa (31/5). Mereka disambut Wali Kota Batu Dewanti Larasati."}
    assert tagger.extract(article)["visits"]
    gc.collect()
    gc.disable()
    try:
        tagger.tag(article)
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_sentence_spans_split_at_line_breaks() -> None:
    pipeline = build_pipeline("free")
    pipeline.kunker_context = {"published": None}
    text = 'Ia berkata, "Kami belajar.\n" Lalu pulang. Dua  kalimat.\n\nAkhir'
    doc = pipeline(text)
    assert [text[s:e] for s, e in sentence_spans(doc)] == ['Ia berkata, "Kami belajar.', '"', "Lalu pulang.",
                                                          "Dua  kalimat.", "Akhir"]


def _span_fields(span) -> tuple:
    return (list(vars(span)), span.text, span.type, span.start_char, span.end_char, [id(t) for t in span.tokens],
            [id(w) for w in span.words], span.doc, span.sent)


def test_entities_are_what_stanza_decodes_from_the_tags() -> None:
    """``doc.ents`` are built straight from kunker's spans; stanza's ``build_ents`` reads the same from the tags."""
    pipeline = build_pipeline("free")
    pipeline.kunker_context = {"published": None}
    text = ("Rombongan Pemkab Lumajang dipimpin Sekda Lumajang, Agus Tribuana, studi banding ke Kota Batu dan "
            "Kabupaten Malang.\nMereka disambut Wali Kota Batu Dewanti Larasati.\n\nTidak ada nama di sini.")
    doc = pipeline(text)
    ours = [_span_fields(e) for e in doc.ents]
    per_sentence = [[_span_fields(e) for e in s.ents] for s in doc.sentences]
    assert len(ours) >= 5 and per_sentence[-1] == []
    assert [[_span_fields(e) for e in s.build_ents()] for s in doc.sentences[:-1]] == per_sentence[:-1]
    assert ours == [f for s in per_sentence for f in s]
