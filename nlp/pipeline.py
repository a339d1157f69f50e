"""kunker's processors registered in stanza, and the pipelines of both profiles.

Processors (run in this order after tokenization, each reading and writing the one ``Document``):
``kunker_regions`` -> ``doc.kunker_regions``; ``kunker_officials`` -> ``doc.kunker_officials``;
``kunker_programs`` -> ``doc.kunker_programs``; ``kunker_visits`` -> ``doc.kunker_visits`` and the
entity tags (``token.ner`` BIOES, ``doc.ents``: REGION, PERSON, PROGRAM).
Article metadata (publication date) travels in ``pipeline.kunker_context``; ``"entities": False`` there skips the
entity tags (``nlp.tagger.Tagger`` reads only the ``kunker_*`` lists and releases the document right after; the
context stays on its pipeline, so a caller of ``Tagger.pipeline`` who wants the tags sets a context of its own).
"""

from __future__ import annotations

import bisect
import json
import logging
import re
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

import stanza
from stanza.models.common.doc import Document, Span
from stanza.pipeline.processor import (
    Processor,
    ProcessorVariant,
    register_processor,
    register_processor_variant,
)

from nlp import lexicon as lexicon_mod
from nlp.dates import find_dates
from nlp.fastdoc import build_document
from nlp.leaders import delegation_heads
from nlp.models import models_problem
from nlp.ner import check_officials, checked_programs, ner_model, ner_program_spans, vetoed_programs
from nlp.official_merge import longest_names, merge_officials, public_officials
from nlp.officials import OfficialFinder
from nlp.program_model import deciding_weights
from nlp.programs import ProgramFinder
from nlp.regions import RegionMatcher, resolve
from nlp.syntax import has_syntax, object_programs, refine_officials
from nlp.tokenizer import tokenize
from nlp.visits import Trace, VisitFinder

MINIMAL_RESOURCES = {"id": {"lang_name": "Indonesian", "packages": {}, "tokenize": {"default": {}}}}
KUNKER_PROCESSORS = ("kunker_regions", "kunker_officials", "kunker_programs", "kunker_visits")


class Components:
    """The matchers, built once per process from the reference data."""

    def __init__(self) -> None:
        lex = lexicon_mod.load()
        self.lexicon = lex
        self.regions = RegionMatcher(lex)
        self.officials = OfficialFinder(lex)
        self.programs = ProgramFinder({r.core.lower() for r in lex.regions.values()},
                                      deciding_weights())
        self.visits = VisitFinder(lex)


@lru_cache(maxsize=1)
def components() -> Components:
    return Components()


def sentence_spans(doc: Document) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets; a line break always ends a sentence (headers, datelines), whichever
    tokenizer ran."""
    spans = getattr(doc, "kunker_sentences", None)
    if spans is None:
        spans = []
        text = doc.text
        for s in doc.sentences:
            if not s.tokens:
                continue
            start, end = s.tokens[0].start_char, s.tokens[-1].end_char
            if text.find("\n", start, end) < 0:  # one line (nearly every sentence)
                if text[start:end].strip():
                    spans.append((start, end))
                continue
            for line in re.finditer(r"[^\n]+", text[start:end]):
                if line.group().strip():
                    spans.append((start + line.start(), start + line.end()))
        doc.kunker_sentences = spans
    return spans


@register_processor_variant("tokenize", "kunker")
class KunkerTokenizer(ProcessorVariant):
    """Rule-based tokens and sentences with character offsets (see :mod:`nlp.tokenizer`)."""

    OVERRIDE = True

    def __init__(self, config: dict) -> None:
        pass

    def process(self, document: Any) -> Document:
        text = document.text if isinstance(document, Document) else document
        return build_document(tokenize(text), text)


class _KunkerProcessor(Processor):
    REQUIRES_DEFAULT = {"tokenize"}

    def __init__(self, config: dict, pipeline: Any, device: Any) -> None:
        super().__init__(config, pipeline, device)
        self.parts = components()

    def context(self) -> dict:
        return getattr(self._pipeline, "kunker_context", None) or {}


@register_processor("kunker_regions")
class RegionsProcessor(_KunkerProcessor):
    PROVIDES_DEFAULT = {"kunker_regions"}

    def process(self, doc: Document) -> Document:
        mentions = self.parts.regions.find(doc.text, self.context().get("body_start", 0))
        resolve(mentions, self.parts.lexicon.regions, doc.text)
        doc.kunker_regions = mentions
        return doc


@register_processor("kunker_officials")
class OfficialsProcessor(_KunkerProcessor):
    PROVIDES_DEFAULT = {"kunker_officials"}
    REQUIRES_DEFAULT = {"tokenize", "kunker_regions"}

    def process(self, doc: Document) -> Document:
        body_start = self.context().get("body_start", 0)
        rules = found = self.parts.officials.find(doc.text, doc.kunker_regions, body_start)
        if has_syntax(doc):  # full profile: UPOS and dependencies
            found = refine_officials(doc, found, self.parts.officials, doc.kunker_regions, body_start)
        found = check_officials(doc, found, self.parts.officials, doc.kunker_regions, body_start, rules)  # NER
        found += delegation_heads(doc.text, doc.kunker_regions, found, self.parts.officials, body_start)
        doc.kunker_officials = merge_officials(found)
        self.parts.officials.council_regions(doc.text, doc.kunker_officials, doc.kunker_regions)  # "Ketua DPRD"
        self.parts.officials.one_holder_regions(doc.kunker_officials, doc.kunker_regions)  # "Bupati Budi" not X's
        self.parts.officials.place_regions(doc.text, doc.kunker_officials, doc.kunker_regions)  # "Kepala Desa A"
        longest_names(doc.text, doc.kunker_officials, self.parts.officials, body_start)
        doc.kunker_officials = public_officials(doc.kunker_officials)  # no PKK or Dekranasda posts
        return doc


@register_processor("kunker_programs")
class ProgramsProcessor(_KunkerProcessor):
    PROVIDES_DEFAULT = {"kunker_programs"}
    REQUIRES_DEFAULT = {"tokenize", "kunker_regions", "kunker_officials"}

    def process(self, doc: Document) -> Document:
        regions = [(m.start, m.end, m.start != m.name_start) for m in doc.kunker_regions]
        people = [span for o in doc.kunker_officials for span in o.mentions]
        extra = object_programs(doc) if has_syntax(doc) else []  # full profile: objects of program verbs
        extra = checked_programs(doc, extra)  # full profile with the NER model: where it reads a PROGRAM
        # the model's own PROGRAM spans are no candidates: on the 245
        # train articles the model never saw they added no right program and two wrong ones (nlp/MEASUREMENTS.md,
        # "The learned program scorer: measurements", 2026-12-04); they are features of the learned scorer
        ner = ner_program_spans(doc)  # None without a NER model
        programs = self.parts.programs.find(doc.text, regions, people, self.context().get("body_start", 0), extra, ner)
        doc.kunker_programs = vetoed_programs(doc, programs)  # full profile: none the model reads as no program
        return doc


@register_processor("kunker_visits")
class VisitsProcessor(_KunkerProcessor):
    PROVIDES_DEFAULT = {"kunker_visits"}
    REQUIRES_DEFAULT = {"tokenize", "kunker_regions", "kunker_officials", "kunker_programs"}

    def process(self, doc: Document) -> Document:
        ctx = self.context()
        text = doc.text
        sentences = sentence_spans(doc)
        finder = self.parts.visits
        doc.kunker_visits = []
        doc.kunker_visit_trace = Trace()
        cue = finder.visit_cue(text, sentences)
        if cue:
            dates = find_dates(text, ctx.get("published"), ctx.get("month_end"))
            doc.kunker_visits = finder.find(text, sentences, doc.kunker_regions, doc.kunker_officials, dates,
                                            doc.kunker_programs, cue, doc.kunker_visit_trace,
                                            ctx.get("body_start", 0))
            # a post joined to the visit's leader by "didampingi": the leader's region, not the host's (round 40)
            # and the leader himself the visitor's unless his region is written by his name (round 42); a council's
            # member or delegation's head with no region, the one visitor's (round 43)
            self.parts.officials.delegation_regions(text, sentences, doc.kunker_officials, doc.kunker_visits,
                                                    doc.kunker_regions)
        if ctx.get("entities", True):  # the Tagger reads none of them: 3-4 % of its time (round 34)
            tag_entities(doc)
        return doc


def tag_entities(doc: Document) -> None:
    """BIOES ``token.ner`` for regions, officials and programs (first come, no overlaps), then ``doc.ents``
    (built only for the sentences that hold an entity; the others get none)."""
    tokens = [t for s in doc.sentences for t in s.tokens]
    starts = [t._start_char for t in tokens]  # the attribute behind Token.start_char (a property: slower)
    taken: set[int] = set()
    spans = [(m.start, m.end, "REGION") for m in doc.kunker_regions]
    spans += [(s, e, "PERSON") for o in doc.kunker_officials for s, e in o.mentions]
    spans += [(s, e, "PROGRAM") for p in doc.kunker_programs for s, e in p.mentions]
    tagged: dict[int, list[tuple[int, int, str]]] = {}
    crossing = False
    for start, end, label in spans:
        i = bisect.bisect_left(starts, start)
        j = bisect.bisect_left(starts, end)
        if i >= j or i >= len(tokens) or tokens[i].start_char != start or taken.intersection(range(i, j)):
            continue
        if j - i == 1:
            tokens[i].ner = f"S-{label}"
        else:
            tokens[i].ner = f"B-{label}"
            for k in range(i + 1, j - 1):
                tokens[k].ner = f"I-{label}"
            tokens[j - 1].ner = f"E-{label}"
        taken.update(range(i, j))
        tagged.setdefault(id(tokens[i].sent), []).append((i, j, label))
        crossing = crossing or tokens[j - 1].sent is not tokens[i].sent
    ents = []
    for sentence in doc.sentences:
        marked = tagged.get(id(sentence))
        if marked:
            for t in sentence.tokens:
                if t.ner is None:
                    t.ner = "O"
            if crossing:  # an entity over a sentence break: stanza's own decoding of the tags, whatever it makes
                ents += sentence.build_ents()
                continue
            sentence.ents = [_entity(doc, sentence, tokens[i:j], label) for i, j, label in sorted(marked)]
            ents += sentence.ents
        else:
            sentence.ents = []
    doc.ents = ents


def _entity(doc: Document, sentence: Any, tokens: list[Any], label: str) -> Span:
    """The ``Span`` that ``Sentence.build_ents`` makes of one entity's BIOES tags, without decoding them."""
    span = Span.__new__(Span)
    start, end = tokens[0]._start_char, tokens[-1]._end_char
    span.__dict__.update(_text=doc.text[start:end], _type=label, _start_char=start, _end_char=end, _tokens=tokens,
                         _words=[w for t in tokens for w in t.words], _doc=doc, _sent=sentence)
    return span


@lru_cache(maxsize=1)
def resources_dir() -> str:
    """A folder holding the minimal resources.json stanza needs to start without downloading."""
    folder = Path(tempfile.gettempdir()) / "kunker-stanza"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "resources.json"
    if not path.exists() or json.loads(path.read_text() or "{}") != MINIMAL_RESOURCES:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(MINIMAL_RESOURCES))
        tmp.replace(path)
    return str(folder)


def build_pipeline(profile: str = "free", models: str | Path | None = None) -> stanza.Pipeline:
    """One stanza pipeline: kunker's tokenizer (free) or stanza's neural tokenize/pos/lemma/depparse from
    ``models`` (full), then kunker's processors."""
    logging.getLogger("stanza").setLevel(logging.WARNING)
    kunker = {name: "default" for name in KUNKER_PROCESSORS}
    if profile == "free":
        return stanza.Pipeline(lang="id", dir=resources_dir(), download_method=None,
                               processors={"tokenize": "kunker", **kunker}, logging_level="WARN")
    m = Path(models) if models else None
    if m is None:
        raise ValueError("profile 'full' needs a models folder (--models DIR)")
    problem = models_problem(m)
    if problem:
        raise FileNotFoundError(problem)
    resources = str(m) if (m / "resources.json").exists() else resources_dir()
    ner = ner_model(m)
    if ner is not None and not ner.is_file():
        raise FileNotFoundError(f"NER model {ner} not found (KUNKER_NER_MODEL)")
    extra: dict[str, Any] = {}
    if ner is not None:  # trained by python -m nlp.train_ner on the same word vectors
        kunker = {"ner": "default", "kunker_ner": "default", **kunker}
        extra = {"ner_model_path": str(ner), "ner_pretrain_path": str(m / "pretrain.pt")}
    return stanza.Pipeline(
        lang="id", dir=resources, download_method=None, logging_level="WARN",
        processors={"tokenize": "default", "pos": "default", "lemma": "identity", "depparse": "default", **kunker},
        tokenize_model_path=str(m / "tokenize.pt"), pos_model_path=str(m / "pos.pt"),
        pos_pretrain_path=str(m / "pretrain.pt"), depparse_model_path=str(m / "depparse.pt"),
        depparse_pretrain_path=str(m / "pretrain.pt"), **extra)
