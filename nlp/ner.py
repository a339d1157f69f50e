"""Full profile: stanza's NER model trained by ``python -m nlp.train_ner`` (PERSON, POSITION, PROGRAM), used
as evidence by the officials and programs steps.

- ``kunker_ner`` (a processor that runs right after stanza's ``ner``) keeps the model's entities as
  ``doc.kunker_ner`` and clears ``token.ner`` / ``doc.ents``, which kunker's own tagging fills later.
- Officials (:func:`check_officials`): the rules' officials stay, but for names written only in headings that
  the model reads nowhere as a PERSON; those only the parser added need the model's PERSON. A PERSON the rules
  missed (outside title-cased lines) becomes an official when a position stands right before it ("Sekda
  Kabupaten X Banyu Prasojo", "Anggota DPRD X lainnya, Budi", "anggota Komisi B (Ani, Budi, dan Citra)": a list
  takes the position of its first name; "anggota yang tidak hadir, yaitu Ani, Budi": a list opened after the
  position in its sentence, also one the rules began) or right after it ("Banyu Prasojo, Sekda X", "Banyu Prasojo
  Sekretaris Komisi IV") or with only the capitalised words of a unit or place the rules do not know between
  them ("Kepala Dusun Karang Wetan Lor, Banyu Prasojo": :func:`_unit_opening`; such a name opens no list); the
  position is the rules' reading of it (canonical form and region), else the
  model's POSITION text. Honorifics may stand between position and name. A PERSON that is a short name of one
  official found ("Budi" of "Banyu Prasojo") is one more mention of that official.
- Programs: the parser's objects of program verbs are candidates only where the model reads a PROGRAM
  (:func:`checked_programs`); the model's PROGRAM spans (:func:`ner_program_spans`) are features of the learned
  program scorer, no candidates: as candidates (filtered like the rules' own) they added only wrong programs
  on the train articles the model never saw (2026-12-04). Its POSITION spans block no program (that lost
  right programs on the sealed test, 2026-12-03). A program the rules found is dropped when the model gives
  none of its words even a small chance of being part of a program (:func:`vetoed_programs`: the CRF's
  marginal probability of a PROGRAM tag, from the same forward pass as its spans, below ``PROGRAM_VETO``):
  a date, a nickname, a lower-case phrase after "program" ("program berbagi resep"), a public body. Fitted on
  the 356 train articles the model was not trained on: 5 wrong programs stood under 0.005, the lowest right
  one at 0.0059 (see ``PROGRAM_VETO``); a name opening with a number (not a date) is never vetoed. The full
  profile's programs are the free rules' minus those vetoed. No veto, and a logged warning, when the model has
  no PROGRAM tags or more than one NER model runs; scores that do not fit the document raise
  :class:`NerScoresError`.
"""

from __future__ import annotations

import bisect
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from stanza.models.common import utils as stanza_utils
from stanza.models.common.doc import Document
from stanza.pipeline.processor import Processor, register_processor

from nlp.dates import DAY_NAMES, MONTHS
from nlp.lexicon import alternation, longest_first, official_words
from nlp.models import REPO_ROOT
from nlp.official_names import BALINESE_NAMES
from nlp.official_titles import PositionMention
from nlp.textutil import ACRONYM, title_lines

LOG = logging.getLogger("kunker")
MODEL_NAME = "ner-id.pt"
DEFAULT_MODEL = REPO_ROOT / "data" / "models" / MODEL_NAME
# what may stand between a position (and its region) and the name after it, or between a name and ", position"
# ("Anggota DPRD X lainnya, Budi": one more of the post's holders)
GAP_BEFORE = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:lainnya[ \t]*(?=,))?[,(]?[ \t]*$")
LIST_GAP = re.compile(r"[ \t]*(?:,{1,2}[ \t]*(?:dan[ \t]+|serta[ \t]+)?|dan[ \t]+|serta[ \t]+)$")
# a list of names opened after a position in its sentence: "anggota yang tidak hadir, yaitu A, B" (list_intro words)
LIST_OPENS = re.compile(r"(?:[ \t,]|^)(?:" + alternation(official_words()["list_intro"], r"[ \t]+")
                        + r")[ \t]*:?[ \t]*$|\([ \t]*$", re.IGNORECASE)
LIST_REACH = 100  # characters a list's opening may stand after its position
SENTENCE_END = re.compile(r"[.!?\n]")
NAME_START = re.compile(r"[A-Z]")
NAME_THEN_POST = re.compile(r"[ \t]+")
# the capitalised words of a unit or place the rules do not know, between a position and a name further on:
# "Kepala Dusun Karang Wetan Lor, Ani", "Sekretaris Camat Rawa Kidul Budi"
UNIT_JOINERS = frozenset(official_words()["unit_gap_joiner"])  # "dan", "&": never right before the name
UNIT_WORDS = UNIT_JOINERS | set(official_words()["unit_gap_word"])  # "dari", "asal"
UNIT_WORD = re.compile(r"\(?[A-Z][A-Za-z0-9'-]*\)?")  # "(PMD)": a unit's acronym in brackets too (round 23)
# ... but no company, school, hospital, foundation or foreign body ("PT X, Budi" is the firm's director), nor a
# foreign state's mission under any of its names ("Kedubes X, Budi": kind foreign_mission, read as the rules read it)
UNIT_STOP = re.compile(r"\b(?:" + alternation(longest_first(official_words()["unit_gap_stop"]
                                                            + official_words()["foreign_mission"]), r"[ \t]+") + r")\b",
                       re.IGNORECASE)
DATE_WORD = re.compile(r"(?:" + DAY_NAMES + "|" + MONTHS + r")", re.IGNORECASE)  # ... and no "Kamis," or "Mei"
UNIT_REACH = 60  # characters such words may fill
# how the words between a position and a name, or between two names, are split
GAP_WORDS = re.compile(r"[\s,.()]+")
LIST_WORDS = re.compile(r"[\s,]+")
UNIT_GAP_WORDS = re.compile(r"[ \t]+|,[ \t]*")
GAP_AFTER = re.compile(r"[ \t]*(?:,|\()[ \t]*(?:yang[ \t]+juga[ \t]+|selaku[ \t]+|sebagai[ \t]+)?")
# a program none of whose words the model gives this chance of a PROGRAM tag is no program. Fitted for the model
# trained on the 1,129-article train (round 11, 2026-12-04) on the 356 train articles it was not trained on (its
# split's held-out part, 219, and stanza's dev part, 137, which chose the model; rules of main 95131ed): 137
# programs, 108 right; the 5 lowest all wrong (0.0010-0.0040: a phrase, a slang word, a public body, a visit's
# name), the lowest right ones at 0.0059 and 0.0064, then wrong ones at 0.0061 and 0.0090. The margin is thin
# (at 0.01 two right ones go); the model before it (round 9) gave right programs 0.0032 and needed 0.003: a
# retrained model needs it measured again. Re-measured for the model of round 12 (1,254-article train, 3,000 steps;
# the 403 train articles it was not trained on, held-out 251 and stanza's dev part 152): held-out, 4 wrong under
# 0.0044 and the lowest right one at 0.0071; dev part, right ones at 0.0009 and 0.0022 among wrong ones at 0.0006
# and 0.0031. Programs F1 on the 403: no veto .770, 0.0008 .775, 0.002 .777, 0.005 .778 (drops 6 wrong, 2 right)
PROGRAM_VETO = 0.005
# ... but a name that opens with a number (not a date) stays: no such candidate among the articles measured, the
# model met few in training, and it gives a right one ("program 3 rumah 1 sumur") 0.0035 (0.001 before)
NUMBERED = re.compile(r"\d[\d.]*[ \t]+(?!(?:" + MONTHS + r")\b)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    label: str  # PERSON | POSITION | PROGRAM


def ner_model(models: str | os.PathLike | None) -> Path | None:
    """The NER model the full profile uses: ``KUNKER_NER_MODEL`` (``none``: no model), else ``ner-id.pt`` in
    the models folder, else ``data/models/ner-id.pt`` (written by ``python -m nlp.train_ner``); None when there
    is none."""
    env = os.environ.get("KUNKER_NER_MODEL")
    if env:
        return None if env.lower() == "none" else Path(env)
    for candidate in ([Path(models) / MODEL_NAME] if models else []) + [DEFAULT_MODEL]:
        if candidate.is_file():
            return candidate
    return None


def ner_description(models: str | os.PathLike | None) -> str:
    """How the full profile finds entities, for ``Tagger.description``."""
    model = ner_model(models)
    return f"NER model {model}" if model else "no NER model (python -m nlp.train_ner --through ad)"


class NerScoresError(RuntimeError):
    """The NER model's kept scores do not fit the document's tokens: the program veto cannot be read."""


class _Emissions:
    """Keeps the NER tagger's emission scores of each sentence it tags (from the forward pass stanza runs
    anyway) and its CRF transitions, so that :class:`NerSpansProcessor` can tell how likely each token is to
    be part of a program. ``columns``: the model's tags of that label (none: nothing is kept)."""

    def __init__(self, trainer: Any, label: str = "PROGRAM") -> None:
        self.sentences: list[np.ndarray] = []
        self.transitions: np.ndarray | None = None
        vocab = trainer.vocab["tag"]  # a CompositeVocab of one column: an id's tag is a list of one
        size = vocab.lens()[0] if hasattr(vocab, "lens") else len(vocab)
        self.tags: list[str] = [t[0] if isinstance(t, list) and t else str(t) for t in map(vocab.id2unit, range(size))]
        self.columns = [k for k, t in enumerate(self.tags) if t.endswith("-" + label)]
        if not self.columns:
            return
        self._last: tuple = ()
        model, forward, predict = trainer.model, trainer.model.forward, trainer.predict

        def kept_forward(*args: Any, **kwargs: Any) -> Any:
            out = forward(*args, **kwargs)
            self._last = (out[1][0], args[5] if len(args) > 5 else kwargs.get("sentlens"), out[2][0])
            return out

        def kept_predict(batch: Any, unsort: bool = True) -> Any:
            tags = predict(batch, unsort)
            logits, lengths, transitions = self._last
            scores = logits.data.cpu().numpy()
            per = [scores[i, :lengths[i]] for i in range(scores.shape[0])]
            self.sentences.extend(stanza_utils.unsort(per, batch[5]) if unsort else per)
            self.transitions = transitions.data.cpu().numpy()
            return tags

        model.forward = kept_forward
        trainer.predict = kept_predict

    def program_chances(self, doc: Document) -> list[tuple[int, int, float]]:
        """Per token of ``doc`` (start, end, marginal probability of a tag of ``columns``). Clears the kept
        scores. Raises :class:`NerScoresError` when they do not fit the document's sentences and tokens (no
        silent loss of the veto)."""
        sentences, self.sentences = self.sentences, []
        if not doc.sentences:
            return []
        if self.transitions is None or len(sentences) != len(doc.sentences):
            raise NerScoresError(f"NER scores kept for {len(sentences)} sentences, the document has "
                                 f"{len(doc.sentences)}: the program veto cannot be read (one document at a time)")
        out = []
        for n, (sentence, scores) in enumerate(zip(doc.sentences, sentences, strict=True)):
            if len(sentence.tokens) != len(scores):
                raise NerScoresError(f"NER scores kept for {len(scores)} tokens of sentence {n + 1}, it has "
                                     f"{len(sentence.tokens)}: the program veto cannot be read")
            chances = _marginals(scores, self.transitions)[:, self.columns].sum(axis=1)
            out.extend((t.start_char, t.end_char, float(c)) for t, c in zip(sentence.tokens, chances, strict=True))
        return out


def _logsumexp(x: np.ndarray, axis: int) -> np.ndarray:
    top = np.max(x, axis=axis, keepdims=True)
    return (top + np.log(np.exp(x - top).sum(axis=axis, keepdims=True))).squeeze(axis)


def _marginals(scores: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """Each token's probability of each tag under a linear-chain CRF (forward-backward; ``transitions[a, b]``
    scores tag a followed by tag b, as stanza's Viterbi decoder reads them)."""
    n = len(scores)
    alpha = np.zeros_like(scores)
    beta = np.zeros_like(scores)
    alpha[0] = scores[0]
    for t in range(1, n):
        alpha[t] = scores[t] + _logsumexp(alpha[t - 1][:, None] + transitions, 0)
    for t in range(n - 2, -1, -1):
        beta[t] = _logsumexp(transitions + (scores[t + 1] + beta[t + 1])[None, :], 1)
    return np.exp(alpha + beta - _logsumexp(alpha[-1], 0))


def program_emissions(ner: Any) -> _Emissions | None:
    """What keeps the chances of a PROGRAM tag from stanza's ``ner`` processor; None (no veto, and a logged
    warning: a misconfigured model, not a silent loss) unless it runs exactly one model with PROGRAM tags."""
    trainers = getattr(ner, "trainers", None) or []
    if len(trainers) != 1:  # the veto reads one model's scores
        LOG.warning("%d NER models loaded: the full profile vetoes no program (it needs exactly one)", len(trainers))
        return None
    emissions = _Emissions(trainers[0])
    if not emissions.columns:  # a model of PERSON and POSITION only (KUNKER_NER_MODEL)
        LOG.warning("NER model %s has no PROGRAM tags: the full profile vetoes no program",
                    (getattr(ner, "config", None) or {}).get("model_path", "(unnamed)"))
        return None
    return emissions


@register_processor("kunker_ner")
class NerSpansProcessor(Processor):
    """Keep stanza's NER entities as ``doc.kunker_ner`` and each token's chance of a PROGRAM tag as
    ``doc.kunker_program_chances``; leave ``token.ner`` and ``doc.ents`` empty."""

    PROVIDES_DEFAULT = {"kunker_ner"}
    REQUIRES_DEFAULT = {"tokenize", "ner"}

    def __init__(self, config: dict, pipeline: Any, device: Any) -> None:
        super().__init__(config, pipeline, device)
        self._emissions = program_emissions(pipeline.processors.get("ner"))

    def process(self, doc: Document) -> Document:
        doc.kunker_ner = [Entity(e.start_char, e.end_char, e.type) for e in doc.ents]
        doc.kunker_program_chances = self._emissions.program_chances(doc) if self._emissions else None  # no veto
        for sentence in doc.sentences:
            for token in sentence.tokens:
                token.ner = None
            sentence.ents = []
        doc.ents = []
        return doc


def entities(doc: Any, label: str) -> list[Entity]:
    return [e for e in getattr(doc, "kunker_ner", None) or () if e.label == label]


def checked_programs(doc: Any, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parser's program candidates (objects of program verbs) that the model reads as a PROGRAM; all of
    them when the pipeline has no NER model. Unchecked, they added only wrong programs on the held-out
    articles (the part of a regulation's title after its "dan"), 2026-12-03."""
    if getattr(doc, "kunker_ner", None) is None:
        return spans
    programs = entities(doc, "PROGRAM")
    return [(s, e) for s, e in spans if any(s < p.end and p.start < e for p in programs)]


def ner_program_spans(doc: Any) -> list[tuple[int, int]] | None:
    """The model's PROGRAM spans as they are (features of the learned program scorer); None without a NER model."""
    if getattr(doc, "kunker_ner", None) is None:
        return None
    return [(p.start, p.end) for p in entities(doc, "PROGRAM")]


def vetoed_programs(doc: Any, programs: list) -> list:
    """``programs`` without those none of whose words the model gives a chance of ``PROGRAM_VETO`` or more of
    being part of a program; those whose name opens with a number stay (:data:`PROGRAM_VETO`). Unchanged
    without a NER model or one without PROGRAM tags (``doc.kunker_program_chances`` None)."""
    chances = getattr(doc, "kunker_program_chances", None)
    if chances is None:
        return programs
    starts = [s for s, _, _ in chances]

    def best(start: int, end: int) -> float:
        i = max(0, bisect.bisect_right(starts, start) - 1)
        found = 0.0
        while i < len(chances) and chances[i][0] < end:
            if chances[i][1] > start:
                found = max(found, chances[i][2])
            i += 1
        return found

    return [p for p in programs if NUMBERED.match(p.name) or any(best(s, e) >= PROGRAM_VETO for s, e in p.mentions)]


def check_officials(doc: Any, found: list, finder: Any, regions: list, body_start: int = 0,
                    rules: list | None = None) -> list:
    """``found`` without the officials the syntax step added to the ``rules``' own that the model reads
    nowhere as a PERSON, plus the officials made of PERSON entities (outside title-cased lines) that no found
    official covers and that have a position right before or after them. Unchanged when the pipeline has no
    NER model."""
    if getattr(doc, "kunker_ner", None) is None:
        return found
    headings = title_lines(doc.text, body_start)  # title-cased lines: the model reads any capitalised pair as a name
    every_person = [p for e in entities(doc, "PERSON") if (p := _name_part(e, doc.text))]
    persons = [p for p in every_person if not any(s <= p.start < e for s, e in headings)]
    model_positions = entities(doc, "POSITION")
    ruled = None if rules is None else {id(o) for o in rules}
    out = [o for o in found if _confirmed(o, persons, ruled is None or id(o) in ruled)
           and not _heading_only(o, headings, every_person)]
    text = doc.text
    # what may stand between a position and a name: regions, and a "name" the model rejected
    blank = [(r.start, r.end) for r in regions] + [span for o in found if o not in out for span in o.mentions]
    gaps = list(text)
    for s, e in blank:
        gaps[s:e] = " " * (e - s)
    gaps_text = "".join(gaps)
    covered = [span for o in out for span in o.mentions]
    rule_positions = finder.position_mentions(text, regions)
    listed = _listed_officials(gaps_text, out, rule_positions)
    previous: tuple[int, Any] | None = None  # end of the last listed official, and its position
    for person in persons:
        if any(s < person.end and person.start < e for s, e in covered):
            # a list the rules began goes on with the model's names: "di antaranya Budi harjo, Ani Lestari"
            member = next((pos for span, pos in listed if span[0] < person.end and person.start < span[1]), None)
            if member is not None:
                previous = (person.end, member)
            continue
        if any(r.start < person.end and person.start < r.end for r in regions):
            continue  # a region read as a name
        if not _personal(text[person.start:person.end], finder):
            continue
        position = _position_for(gaps_text, person, rule_positions, model_positions, finder)
        if position is None and previous and _list_gap(gaps_text, previous[0], person.start, finder):
            position = previous[1]  # "anggota Komisi B (Ani, Budi, dan Citra)"
        if position is None:
            position = _list_opening(gaps_text, person, persons, rule_positions, model_positions)
        by_unit = position is None
        if by_unit:  # a name the model reads after a position and a unit the rules do not know opens no list
            position = _unit_opening(gaps_text, person, every_person, rule_positions, covered)
        if position is None:
            continue
        official = finder.make(text, (person.start, person.end), position, regions, body_start)
        if official:
            # "Anggota DPRD X lainnya, Budi": the one official already named "Budi Harjo" named again
            holder = [o for o in out if _words(official.name) < _words(o.name)]
            if len(holder) == 1:
                holder[0].mentions.append((person.start, person.end))
            else:
                out.append(official)
            covered.append((person.start, person.end))
            previous = None if by_unit else (person.end, position)
    return out


def _words(name: str) -> set[str]:
    return {w.lower() for w in re.split(r"[\s.]+", name) if w}


def _list_gap(text: str, start: int, end: int, finder: Any) -> bool:
    """Only a comma (or two), "dan" / "serta" and honorifics between two names of a list ("A, H. B,, dan C")."""
    if start > end or end - start > 30:
        return False
    if LIST_GAP.fullmatch(text, start, end):
        return True
    return "," in text[start:end] and _gap_words(text[start:end], LIST_WORDS, lambda w: w in ("dan", "serta")
                                                 or finder.clean_name(w) == "") is not None


def _gap_words(gap: str, split: re.Pattern[str], allowed: Callable[[str], bool]) -> list[str] | None:
    """The words of ``gap`` (``split`` separates them) when each is ``allowed``, else None."""
    words = [w for w in split.split(gap) if w]
    return words if all(allowed(w) for w in words) else None


def _opens_list(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, between a position and a name, opens a list in the same sentence: "anggota yang
    tidak ikut, yaitu", "Widyaiswara pendampingnya adalah", "anggota Komisi B ("."""
    return 0 <= end - start <= LIST_REACH and not SENTENCE_END.search(text, start, end) \
        and LIST_OPENS.search(text[start:end]) is not None


def _listed_officials(text: str, officials: list, rule_positions: list) -> list[tuple[tuple[int, int], Any]]:
    """The mentions of officials the rules found as the first names of a list opened after their position, with
    that position: the model's names after them continue the list."""
    by_span = {(p.start, p.end): p for p in rule_positions}
    out = []
    for o in officials:
        p = by_span.get(o.position_span)
        if p is None:
            continue
        for start, end in o.mentions:
            if start >= p.end and _opens_list(text, p.end, start):
                out.append(((start, end), p))
    return out


def _list_opening(text: str, person: Entity, persons: list[Entity], rule_positions: list,
                  model_positions: list[Entity]) -> Any:
    """The nearest position before ``person`` in its sentence when a list opens between them and no other name
    stands there: "sembilan anggota diduga tidak ikut, yaitu A, B, serta C" (the rules' reading of it first)."""
    lo = person.start - LIST_REACH
    if any(lo <= p.start and p.end <= person.start for p in persons if p is not person):
        lo = max(p.end for p in persons if p.end <= person.start)
    candidates = [(p.end, 0, p) for p in rule_positions if lo <= p.start and p.end <= person.start] \
        + [(m.end, 1, m) for m in model_positions if lo <= m.start and m.end <= person.start]
    if not candidates:
        return None
    end, kind, p = max(candidates, key=lambda c: (c[0], -c[1]))
    if not _opens_list(text, end, person.start):
        return None
    return p if kind == 0 else _model_position(text, p)


def _unit_opening(text: str, person: Entity, persons: list[Entity], rule_positions: list,
                  covered: list[tuple[int, int]]) -> Any:
    """The rules' position nearest before ``person`` when only the capitalised words of a unit or place the rules
    do not know stand between them, none of them a name to the model or an official's name found, no company,
    school or foreign body (``UNIT_STOP``), day or month, ending in a comma or a space ("Kepala Dusun Karang Wetan
    Lor, Ani Lestari", "Sekretaris Camat Rawa Kidul Budi Harjo"), within a sentence."""
    before = [p for p in rule_positions if p.end <= person.start and person.start - p.end <= UNIT_REACH]
    if not before:
        return None
    p = max(before, key=lambda q: q.end)
    if text[p.start:p.end].islower() or any(p.end <= q.start and q.end <= person.start for q in persons) \
            or any(s < person.start and p.end < e for s, e in covered):
        return None
    gap = text[p.end:person.start]
    if not gap[:1].isspace():  # "Kepala Desa, X": a comma right after the position, which speaks of itself
        return None
    if SENTENCE_END.search(gap):  # no "Kab." either: a sentence may end there
        return None
    if UNIT_STOP.search(text, p.start, person.start):  # "Direktur Utama PT", as the rules read it, and "X, Budi"
        return None
    words = _gap_words(gap, UNIT_GAP_WORDS, lambda w: w in UNIT_WORDS
                       or (UNIT_WORD.fullmatch(w) is not None and not DATE_WORD.fullmatch(w)))
    if not words or words[-1] in UNIT_JOINERS:
        return None
    return p


def _confirmed(official: Any, persons: list[Entity], by_rules: bool) -> bool:
    """The rules' own officials stay; one only the syntax step found ("Hemat Biaya" in a title-cased line)
    needs the model's PERSON. Dropping the rules' names the model missed or read inside a POSITION cost more
    than it caught: it misses list members ("anggota Komisi B (A, B, C)") and its POSITION spans run into
    the name after them (held-out and dev, 2026-12-03)."""
    return by_rules or any(s < p.end and p.start < e for s, e in official.mentions for p in persons)


def _heading_only(official: Any, headings: list[tuple[int, int]], persons: list[Entity]) -> bool:
    """Named only in the headline, title-cased lines and "Baca juga" links, and nowhere a PERSON to the model:
    "Wali Kota X Menyambut", "Sekda X: Kolaborasi Ini Menentukan", "Kepala Desa X Tengok Aplikasi Y" (the rules
    take any capitalised words after a title there; on the unseen shard such names were wrong 8 times in 9)."""
    return all(any(s <= start < e for s, e in headings) for start, _ in official.mentions) \
        and not any(s < p.end and p.start < e for s, e in official.mentions for p in persons)


def _personal(name: str, finder: Any) -> bool:
    """No position or unit word ("Budi Humas") and no word with a possessive "-nya" ("Arahannya"): the
    model's PERSON spans that were no names on the held-out articles, 2026-12-03. The "I" opening a Balinese
    name ("I Wayan Budi": a ``balinese`` row after it) is no roman numeral of a unit ("Komisi I")."""
    words = name.split()
    if len(words) > 2 and words[0] == "I" and words[1].lower() in BALINESE_NAMES:
        name = " ".join(words[1:])
    return not finder.has_office_word(name) and not any(w.lower().endswith("nya") for w in name.split())


def _name_part(person: Entity, text: str) -> Entity | None:
    """The name in a PERSON span after any acronym the model took into it ("PLBN Sentosa BNPP Budi": "Budi");
    None when nothing is left."""
    start = person.start
    for m in ACRONYM.finditer(text, person.start, person.end):
        start = m.end()
    rest = NAME_START.search(text, start, person.end)
    return Entity(rest.start(), person.end, person.label) if rest else None


def _gap_before(text: str, start: int, end: int, finder: Any) -> bool:
    """Only punctuation, a parenthesis or honorifics ("H.", "Dr. Drs.") between a position and a name."""
    if start > end or end - start > 40 or "\n" in text[start:end]:
        return False
    if GAP_BEFORE.fullmatch(text, start, end):
        return True
    return _gap_words(text[start:end], GAP_WORDS, lambda w: finder.clean_name(w) == "") is not None


def _position_for(text: str, person: Entity, rule_positions: list, model_positions: list[Entity],
                  finder: Any) -> Any:
    """The position written right before ``person`` (after it: ", position"), preferring the rules' reading.
    A position in lower case and a comma before the name speak of the office, not of the name after it
    ("Menurut gubernur, Pekan Raya ...")."""
    for p in rule_positions:  # "Bupati Sleman Budi": the rules know where the position and its region end
        if text[p.start:p.end].islower() and "," in text[p.end:person.start]:
            continue
        if any(_gap_before(text, at, person.start, finder) for at in {p.after, p.end}):
            return p
    after = GAP_AFTER.match(text, person.end)
    if after:
        for p in rule_positions:
            if p.start == after.end():
                return p
    if NAME_THEN_POST.match(text, person.end):  # "diwakili Budi Harjo Sekretaris Komisi IV, serta ..."
        for p in rule_positions:
            if p.start == NAME_THEN_POST.match(text, person.end).end() and text[p.start].isupper():
                return p
    for m in model_positions:
        if text[m.start:m.end].islower() and "," in text[m.end:person.start]:
            continue
        if _gap_before(text, m.end, person.start, finder) \
                or (after and m.start == after.end()):
            return _model_position(text, m)
    return None


def _model_position(text: str, m: Entity) -> Any:
    words = text[m.start:m.end].split()
    canonical = " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in words)
    return PositionMention(m.start, m.end, canonical, "region", None, m.end)
