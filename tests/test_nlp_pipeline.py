"""The tagger runs inside a real stanza pipeline with kunker's tokenizer variant and processors."""

from __future__ import annotations

import asyncio
import gc
import json
import types
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

import pytest
import stanza
from nlp_helpers import needs_models
from stanza.pipeline.registry import NAME_TO_PROCESSOR_CLASS

from nlp import tagger as tagger_module
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


GC_ARTICLE = {"id": "gc", "title": "Studi Banding ke Kota Batu",
              "text": "Rombongan Pemkab Lumajang dipimpin Sekda Lumajang, Agus Tribuana, studi banding ke Kota Batu, "
                      "Selasa (31/5). Mereka disambut Wali Kota Batu Dewanti Larasati."}
TAGGER_MODULES = ("nlp", "stanza")  # kunker's tagger and stanza: the article's Document, Sentences, Tokens, Words


def _name(obj: object) -> str:
    """``module.Class`` of an object; ``module.function()`` of a function (a closure in a cycle)."""
    if isinstance(obj, types.FunctionType):
        return f"{obj.__module__}.{obj.__qualname__}()"
    return f"{type(obj).__module__}.{type(obj).__qualname__}"


def cyclic_garbage(run: Callable[[], object]) -> Counter[str]:
    """What the cyclic collector would free after ``run()``, counted by ``_name``, starting from a collected heap.

    The heap is collected first, and again as long as there is something to collect: what other tests of the
    worker left (an unclosed event loop, a Datasette, a site server), then what its finalizers left in turn (a
    pending task's coroutine, closed by the collection, runs its ``except`` and ``finally`` blocks, and an exception
    kept in a local there is a new cycle of exception, traceback and frame)."""
    gc.disable()
    try:
        for _ in range(10):
            if not gc.collect():
                break
        gc.set_debug(gc.DEBUG_SAVEALL)  # the collector keeps what it would free in gc.garbage
        try:
            run()
            gc.collect()
            return Counter(_name(o) for o in gc.garbage)
        finally:
            gc.set_debug(0)
            gc.garbage.clear()
    finally:
        gc.enable()


def of_the_tagger(garbage: Counter[str]) -> Counter[str]:
    """The tagger's and stanza's objects in ``garbage``, not what else the test process may drop meanwhile: other
    threads run while the tagger does (pytest-xdist's, a test server's handler thread, the executor threads of
    Datasettes and event loops other tests left, which end when the collection frees their executor)."""
    return Counter({name: n for name, n in garbage.items() if name.split(".")[0] in TAGGER_MODULES})


@pytest.mark.parametrize("profile", ["tagger", pytest.param("full_tagger", marks=needs_models)])
def test_tagging_leaves_no_cyclic_garbage(profile: str, request: pytest.FixtureRequest) -> None:
    """An article's stanza objects are freed as soon as its result is built (nlp/tagger.py ``_release``): the
    collector finds nothing of it to free, in the free profile and in the full one (its stanza Document)."""
    tagger = request.getfixturevalue(profile)
    assert tagger.extract(GC_ARTICLE)["visits"]
    assert of_the_tagger(cyclic_garbage(lambda: tagger.tag(GC_ARTICLE))) == {}


async def _keeps_its_exception() -> None:
    try:
        await asyncio.sleep(3600)
    except BaseException as exc:
        kept = exc  # noqa: F841 - the frame holds its exception: closing the coroutine leaves a cycle
        raise


def _leave_a_pending_task() -> None:
    """What another test may leave: an unclosed event loop with a pending task, in a cycle."""
    loop = asyncio.new_event_loop()
    loop.create_task(_keeps_its_exception())
    loop.run_until_complete(asyncio.sleep(0))
    holder: dict[str, object] = {"loop": loop}
    holder["self"] = holder


def test_the_garbage_check_sees_an_unreleased_article_and_only_the_tagger(tagger, monkeypatch) -> None:
    """Without ``_release`` the article's stanza objects are cyclic garbage and the check above finds them; what
    other tests left (and its finalizers leave) and garbage of other modules made meanwhile are not counted."""
    assert tagger.extract(GC_ARTICLE)["visits"]

    def with_foreign_garbage() -> None:
        loop = asyncio.new_event_loop()
        loop.close()
        holder: dict[str, object] = {"loop": loop, "pending": loop.create_future()}
        holder["self"] = holder
        tagger.tag(GC_ARTICLE)

    _leave_a_pending_task()
    garbage = cyclic_garbage(with_foreign_garbage)
    assert garbage["asyncio.unix_events._UnixSelectorEventLoop"] == 1 and of_the_tagger(garbage) == {}
    assert "builtins.GeneratorExit" not in garbage  # the leftover task's closing was collected before ``run``
    monkeypatch.setattr(tagger_module, "_release", lambda doc: None)
    found = of_the_tagger(cyclic_garbage(lambda: tagger.tag(GC_ARTICLE)))
    assert {f"stanza.models.common.doc.{name}" for name in ("Document", "Sentence", "Token", "Word")} <= set(found)


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
