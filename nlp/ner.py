"""Full profile: stanza's NER model trained by ``python -m nlp.train_ner`` (PERSON, POSITION, PROGRAM), used
as evidence by the officials and programs steps.

- ``kunker_ner`` (a processor that runs right after stanza's ``ner``) keeps the model's entities as
  ``doc.kunker_ner`` and clears ``token.ner`` / ``doc.ents``, which kunker's own tagging fills later.
- Officials (:func:`add_officials`): a PERSON the rules missed becomes an official when a position stands
  right before it ("Sekda Kabupaten X Budi Santoso") or right after it ("Budi Santoso, Sekda X"); the
  position is the rules' reading of it (canonical form and region), else the model's POSITION text.
- Programs (:func:`program_spans`): PROGRAM spans are candidates for :class:`nlp.programs.ProgramFinder`,
  filtered like the rules' own.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stanza.models.common.doc import Document
from stanza.pipeline.processor import Processor, register_processor

from nlp.models import REPO_ROOT
from nlp.officials import PositionMention

MODEL_NAME = "ner-id.pt"
DEFAULT_MODEL = REPO_ROOT / "data" / "models" / MODEL_NAME
# what may stand between a position (and its region) and the name after it, or between a name and ", position"
GAP_BEFORE = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?,?[ \t]*$")
GAP_AFTER = re.compile(r"[ \t]*(?:,|\()[ \t]*(?:yang[ \t]+juga[ \t]+|selaku[ \t]+|sebagai[ \t]+)?")


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    label: str  # PERSON | POSITION | PROGRAM


def ner_model(models: str | os.PathLike | None) -> Path | None:
    """The NER model the full profile uses: ``KUNKER_NER_MODEL``, else ``ner-id.pt`` in the models folder,
    else ``data/models/ner-id.pt`` (written by ``python -m nlp.train_ner``); None when there is none."""
    env = os.environ.get("KUNKER_NER_MODEL")
    if env:
        return Path(env)
    for candidate in ([Path(models) / MODEL_NAME] if models else []) + [DEFAULT_MODEL]:
        if candidate.is_file():
            return candidate
    return None


@register_processor("kunker_ner")
class NerSpansProcessor(Processor):
    """Keep stanza's NER entities as ``doc.kunker_ner``; leave ``token.ner`` and ``doc.ents`` empty."""

    PROVIDES_DEFAULT = {"kunker_ner"}
    REQUIRES_DEFAULT = {"tokenize", "ner"}

    def process(self, doc: Document) -> Document:
        doc.kunker_ner = [Entity(e.start_char, e.end_char, e.type) for e in doc.ents]
        for sentence in doc.sentences:
            for token in sentence.tokens:
                token.ner = None
            sentence.ents = []
        doc.ents = []
        return doc


def entities(doc: Any, label: str) -> list[Entity]:
    return [e for e in getattr(doc, "kunker_ner", None) or () if e.label == label]


def program_spans(doc: Any) -> list[tuple[int, int]]:
    """The model's PROGRAM spans (none when the pipeline has no NER model)."""
    return [(e.start, e.end) for e in entities(doc, "PROGRAM")]


def add_officials(doc: Any, found: list, finder: Any, regions: list, body_start: int = 0) -> list:
    """``found`` plus the officials made of PERSON entities that no found official covers and that have a
    position right before or after them."""
    persons = entities(doc, "PERSON")
    if not persons:
        return found
    text = doc.text
    covered = [span for o in found for span in o.mentions]
    rule_positions = finder.position_mentions(text, regions)
    model_positions = entities(doc, "POSITION")
    out = list(found)
    for person in persons:
        if any(s < person.end and person.start < e for s, e in covered):
            continue
        if any(r.start < person.end and person.start < r.end for r in regions):
            continue  # a region read as a name
        position = _position_for(text, person, rule_positions, model_positions)
        if position is None:
            continue
        official = finder.make(text, (person.start, person.end), position, regions, body_start)
        if official:
            out.append(official)
            covered.append((person.start, person.end))
    return out


def _position_for(text: str, person: Entity, rule_positions: list, model_positions: list[Entity]) -> Any:
    """The position written right before ``person`` (after it: ", position"), preferring the rules' reading."""
    for p in rule_positions:  # "Bupati Sleman Budi": the rules know where the position and its region end
        if p.after <= person.start and GAP_BEFORE.fullmatch(text, p.after, person.start):
            return p
    after = GAP_AFTER.match(text, person.end)
    if after:
        for p in rule_positions:
            if p.start == after.end():
                return p
    for m in model_positions:
        if m.end <= person.start and GAP_BEFORE.fullmatch(text, m.end, person.start) \
                or (after and m.start == after.end()):
            return _model_position(text, m)
    return None


def _model_position(text: str, m: Entity) -> Any:
    words = text[m.start:m.end].split()
    canonical = " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in words)
    return PositionMention(m.start, m.end, canonical, "region", None, m.end)
