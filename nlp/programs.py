"""Programs: named government programs, innovations and services.

Where a name is found:
- after a trigger word: "program Smart Dusun", "inovasi bernama Sigaruda", "aplikasi “Lapor Pak”";
  an acronym keeps its lower-case complement ("program PKK mandiri" -> PKK Mandiri), and a lower-case
  name closing a sentence after "program" is kept when it is no generic topic ("program kampung rukun.");
- in a list after "inovasi ... seperti / antara lain" (coined items only: capitalised or CamelCase);
- in what a delegation came to learn: "tertarik dengan Smart Dusun, Kampung Cakap Digital, serta ...";
- by shape: capitalised names with English program words ("Smart Parking Week") or a program head
  ("Klinik Usaha Rakyat", "Gerakan ..."), and "Name (ACRONYM)" after a program verb
  ("membentuk Pusat Layanan Usaha Terpadu (PLUT)"); the acronym then names it too.
Generic topics ("program kemiskinan", "pelayanan publik"), institutions and awards are not programs. In a
headline (every word capitalised) a name counts only when the body repeats it.

The step's modules: ``ProgramFinder`` (here: the flow of ``find``, one program per name, the learned scorer's
``FEATURES`` and ``item_features``) with the vocabulary and patterns of ``nlp.program_patterns``, the candidate
finders of ``nlp.program_candidates`` (every pattern), ``nlp.program_triggers`` (names after a trigger word) and
``nlp.program_lists`` (list items), the reading of a name of ``nlp.program_names``, the stop-list checks of
``nlp.program_refusals`` and the scorer's weights of ``nlp.program_model``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from nlp.program_candidates import CandidateFinder
from nlp.program_model import Weights
from nlp.program_names import Candidate, camel, generic_word, spells_from_first
from nlp.program_patterns import (
    ACRONYM_AFTER,
    CUED_HEADS,
    ENGLISH,
    GOVERNMENT_HEADS,
    GOVERNMENTS,
    NAME_CONNECTORS,
    OWNED,
    OWNER_AFTER,
    POSITION_WORDS,
    PROGRAM_CUE,
    PROGRAM_HEADS,
    PROGRAM_OR_CUED_HEADS,
    QUOTES,
    STOP_AFTER,
    TRIGGER_WORDS,
    TRIGGERED_HEADS,
    VILLAGE_LEVELS,
    VISIT_CUE,
)
from nlp.program_refusals import REFUSALS, Item, RefusalChecks, cue_around
from nlp.textutil import fold, sentence_bounds


@dataclass
class Program:
    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)


class ProgramFinder(CandidateFinder, RefusalChecks):
    def __init__(self, region_cores: set[str], weights: dict[str, Weights] | None = None) -> None:
        """``weights``: the learned scorer's, per profile (``nlp.program_model``); a profile without keeps what the
        stop-lists do not refuse (the hand rules)."""
        self.region_cores = region_cores
        self.weights = weights
        self.keep_items = False  # set by the trainer: ``last_items`` then holds the last text's items and features
        self.last_items: tuple = ()

    def find(self, text: str, regions: list[tuple[int, int, bool]], people: list[tuple[int, int]],
             body_start: int = 0, extra: list[tuple[int, int]] | None = None,
             ner: list[tuple[int, int]] | None = None) -> list[Program]:
        """Programs of ``text``. ``regions`` are region mentions (start, end, written with a level word): a
        program may contain a bare region name ("Bangga Buatan Sleman") but ends before "Kabupaten X";
        ``people`` are officials' names, which no program overlaps; ``extra`` are candidate spans found by
        the parser (full profile), filtered like the others; ``ner`` the NER model's PROGRAM spans (full
        profile with a NER model; None otherwise): features of the learned scorer."""
        blocked = [(s, e) for s, e, _ in regions]
        cands, acronyms = self._candidates(text, regions, blocked, people, extra, body_start)
        weights = (self.weights or {}).get("free" if ner is None else "full")
        items = self._gather(text, cands, blocked, acronyms, body_start, every=weights is not None or self.keep_items)
        if weights is None and not self.keep_items:
            keep = [not item.refusals for item in items]
        else:
            rows = item_features(text, items, blocked, ner)
            keep = [weights.accept(f) for f in rows] if weights else [not item.refusals for item in items]
            if self.keep_items:  # for training (nlp/train_programs.py)
                self.last_items = (text, items, rows, acronyms)
        return self._select(text, items, acronyms, keep)

    def _select(self, text: str, items: list[Item], acronyms: dict[str, tuple[int, int]],
                keep: list[bool]) -> list[Program]:
        """The programs of the items to ``keep``, one per key; an acronym spelt out by a kept name joins it."""
        programs: dict[str, Program] = {}
        by_span: dict[tuple[int, int], Program] = {}
        for item, kept in zip(items, keep, strict=True):
            if not kept:
                continue
            c, name, span = item.cand, item.name, item.span
            acronym = self._at_a_place(c, name, acronyms) or (name if name in acronyms else None)
            if acronym:
                named = [p for (s, e), p in by_span.items() if s < acronyms[acronym][1] and acronyms[acronym][0] < e]
                if named:  # "program PLUT", "PLUT Sukamaju" (at a place): the program named earlier
                    if span not in named[0].mentions:
                        named[0].mentions.append(span)
                    continue
            if name in acronyms:
                long = text[acronyms[name][0]:acronyms[name][1]]
                spelt = long.split()
                if not c.triggered or spelt[0].lower() in TRIGGERED_HEADS:
                    continue  # "program KKN" after "Kuliah Kerja Nyata (KKN)": a course, so its acronym too
                if item.key not in programs and spells_from_first(name, long):
                    # "program SPAK" after "Sistem Pelaporan Aduan Kota (SPAK)": the program is named as the text
                    # first wrote it, spelt out
                    programs[item.key] = Program(long[:1].upper() + long[1:], [acronyms[name]])
            prog = programs.get(item.key)
            if prog is None:
                prog = programs[item.key] = Program(name[:1].upper() + name[1:], [span])
            elif span not in prog.mentions:
                prog.mentions.append(span)
            by_span[(c.start, c.end)] = prog
        return _merge_extended(text, _merge_described(
            self._merge_region_tails(_merge_acronym_forms(text, programs, acronyms))))

    def _at_a_place(self, c: Candidate, name: str, acronyms: dict[str, tuple[int, int]]) -> str | None:
        """The acronym opening ``name`` when the capitalised words after it say where that program runs: "ACR
        Sukamaju" after "Name Of The Program (ACR)" (learnt about, a village's, a region's); none when they name
        another program ("ACR Versi Daring", "ACR Digital")."""
        first, *rest = name.split()
        if not rest or first not in acronyms or not all(
                w[:1].isupper() and not camel(w) and w.lower() not in ENGLISH and w.lower() not in PROGRAM_HEADS
                for w in rest):
            return None
        placed = c.topical or rest[0].lower() in VILLAGE_LEVELS or " ".join(rest).lower() in self.region_cores
        return first if placed else None

    def _merge_region_tails(self, programs: dict[str, Program]) -> list[Program]:
        """ "Sekolah Lansia Sukamaju" beside "Sekolah Lansia": the program of a region named after it is the
        same program (its region written bare, without a level word)."""
        for key, prog in list(programs.items()):
            words = prog.name.split()
            for n in (1, 2):
                if len(words) - n < 2 or " ".join(words[-n:]).lower() not in self.region_cores:
                    continue
                other = next((p for k, p in programs.items() if k != key
                              and fold(p.name) == fold(" ".join(words[:-n]))), None)
                if other:
                    other.mentions.extend(m for m in prog.mentions if m not in other.mentions)
                    del programs[key]
                    break
        return list(programs.values())


# what each feature of ``item_features`` means (written beside the weights in data/program_weights.csv)
FEATURES = {
    "triggered": "introduced by a trigger word (program, inovasi, aplikasi ...)",
    "listed": "an item of a list of programs",
    "topical": "what guests came to learn, or a means ('melalui X')",
    "quoted": "written in quotes",
    "acronym_after": "an acronym in brackets follows it",
    "acronym": "one word in capitals (three letters or more)",
    "coined": "a coined word inside (CamelCase, e-Service)",
    "english": "an English program word inside (smart, center ...)",
    "program_head": "opens with a program head or trigger (Gerakan, Kartu, Sistem ...)",
    "lower_word": "a word in lower case inside (not a connector)",
    "digit": "a number inside",
    "words_1": "one word", "words_2": "two words", "words_3": "three words", "words_4": "four words or more",
    "cue_sentence": "its sentence speaks of a program (program, inovasi, meluncurkan ...) outside the name",
    "cue_near": "a program word within three words before it",
    "visit_sentence": "its sentence tells of a visit or of learning",
    "position_inside": "a position title inside (Bupati, Kepala ...)",
    "government_inside": "a government body's word inside (Dinas, Badan, Pemkab ...)",
    "region_inside": "a region's name inside",
    "stop_inside": "a clause word inside (yang, di, untuk ...)",
    "generic_first": "opens with a topic noun (pe-...-an, ke-...-an)",
    "repeated": "the text writes the name at least twice",
    "many_patterns": "more than one pattern found it",
    "headline": "in the headline or a line written like one",
    "owner_after": "an owner or a clause about it follows (yang digagas, milik, dari ...)",
    "refused": "at least one stop-list refuses it (the hand rules drop it)",
    "ner": "overlaps a PROGRAM span of the NER model (full profile)",
    "ner_same": "is a PROGRAM span of the NER model, to the character (full profile)",
}
FEATURES.update({"src_" + s: f"found by the pattern '{s}'" for s in (
    "quoted", "quoted_name", "naming", "titled", "through", "named", "list", "colon_list", "example_list",
    "line_list", "ordinal", "learn", "acronym", "explained", "si_acronym", "e_service", "launch", "apply", "is_a",
    "appositive", "extra", "shape", "english", "trigger", "described", "coordinated", "head_lower")})
FEATURES.update({"refused_" + r: f"refused by the stop-list check '{r}'" for r in REFUSALS})


def _merge_described(programs: list[Program]) -> list[Program]:
    """ "Pembinaan Kebun Gizi" or "Layanan SiCepat" beside "Kebun Gizi" / "SiCepat", and "SiKataWarganya" beside
    "SiKataWarga": a kept name that is another kept name with words before it (what is done with it, the kind
    of thing it is; not a program head's place, "Gerai X") or with the possessive -nya after it is that program,
    named as the shorter name."""
    words = {id(p): [fold(w) for w in p.name.split()] for p in programs}

    def longer_form(prog: Program, core: Program) -> bool:
        mine, theirs = words[id(prog)], words[id(core)]
        # not after a program head ("Gerai X", "Kampung X": where program X runs, one more)
        return len(mine) > len(theirs) and mine[-len(theirs):] == theirs \
            and mine[0] not in PROGRAM_OR_CUED_HEADS \
            or fold(prog.name) == fold(core.name) + "nya"
    return _merge_forms(programs, programs, longer_form)


def _merge_extended(text: str, programs: list[Program]) -> list[Program]:
    """ "Lumbung Tani Mini" or "Kampung Sehat Polres X" beside "Lumbung Tani" / "Kampung Sehat", and
    "Sapa Petani-Plus" beside "Sapa Petani": a kept name that is another kept name with words after it is that
    program, named as the shorter name (one program written twice: the longer form adds a kind, a place, an owner
    or a version). Not when the shorter holds a word in capitals, a coined brand whose longer forms name its
    other things ("LAPOR" beside "Lapor Wali": a national channel and a city's own; "Sukamaju GO" beside
    "Sukamaju Go Hall", the app and its hall), nor when the longer is spelt out by its own acronym in brackets
    ("Sukamaju Go Hall (SGH)"): two programs."""
    words = {id(p): [fold(w) for w in re.split(r"[\s\-]+", p.name) if fold(w)] for p in programs}

    def longer_form(prog: Program, core: Program) -> bool:
        mine, theirs = words[id(prog)], words[id(core)]
        return len(theirs) < len(mine) and mine[:len(theirs)] == theirs \
            and not any(ACRONYM_AFTER.match(text, end) for _, end in prog.mentions) \
            and not any(len(w) >= 2 and w.isupper() for w in core.name.split())
    return _merge_forms(programs, sorted(programs, key=lambda p: -len(words[id(p)])), longer_form)


def _merge_forms(programs: list[Program], order: list[Program],
                 longer_form: Callable[[Program, Program], bool]) -> list[Program]:
    """Each program of ``order`` that ``longer_form(prog, core)`` says is another kept program written longer joins
    that program (its mentions added), which keeps its name."""
    if len(programs) < 2:
        return programs
    kept = list(programs)
    for prog in order:
        core = next((p for p in kept if p is not prog and longer_form(prog, p)), None)
        if core:
            core.mentions.extend(m for m in prog.mentions if m not in core.mentions)
            kept.remove(prog)
    return kept


def _merge_acronym_forms(text: str, programs: dict[str, Program],
                         acronyms: dict[str, tuple[int, int]]) -> dict[str, Program]:
    """ "Kios Sipkam" beside "Kios Sistem Informasi Kampung (Sipkam)": a name with an acronym the text spells out is
    the program named with the words it stands for."""
    if not acronyms or len(programs) < 2:
        return programs
    folded = {fold(p.name): key for key, p in programs.items()}
    for key, prog in list(programs.items()):
        words = prog.name.split()
        if len(words) < 2 or not any(w in acronyms for w in words):
            continue
        long = " ".join(text[acronyms[w][0]:acronyms[w][1]] if w in acronyms else w for w in words)
        other = folded.get(fold(long))
        if other and other != key and other in programs:
            programs[other].mentions.extend(m for m in prog.mentions if m not in programs[other].mentions)
            del programs[key]
    return programs


def item_features(text: str, items: list[Item], blocked: list[tuple[int, int]],
                  ner: list[tuple[int, int]] | None) -> list[dict[str, float]]:
    """The general features of each item (names in ``FEATURES``): how it was found, its shape, its sentence,
    the stop-lists it hits; no word of any particular name."""
    patterns: dict[str, set[str]] = {}
    for item in items:
        patterns.setdefault(item.key, set()).update(item.sources)
    rows = []
    for item in items:
        c, (start, end) = item.cand, item.span
        words = item.name.split()
        lows = [w.lower() for w in words]
        f = dict.fromkeys(("src_" + s for s in item.sources if s), 1.0)
        f.update(dict.fromkeys(("refused_" + r for r in item.refusals), 1.0))
        lo, hi = sentence_bounds(text, start, end)
        before = text[lo:start]
        flags = {
            "triggered": c.triggered, "listed": c.listed, "topical": c.topical,
            "quoted": (start > 0 and text[start - 1] in QUOTES) or (end < len(text) and text[end] in QUOTES),
            "acronym_after": ACRONYM_AFTER.match(text, c.end) is not None,
            "acronym": len(words) == 1 and words[0].isupper() and len(words[0]) >= 3,
            "coined": any(camel(w) for w in words),
            "english": not ENGLISH.isdisjoint(lows),
            "program_head": lows[0] in PROGRAM_HEADS or lows[0] in TRIGGER_WORDS or lows[0] in CUED_HEADS,
            "lower_word": any(w.islower() and w not in NAME_CONNECTORS for w in words),
            "digit": any(ch.isdigit() for ch in item.name),
            "words_" + str(min(len(words), 4)): True,
            "cue_sentence": cue_around(text, start, end),
            "cue_near": PROGRAM_CUE.search(" ".join(before.split()[-3:])) is not None,
            "visit_sentence": VISIT_CUE.search(text, lo, hi) is not None,
            "position_inside": not POSITION_WORDS.isdisjoint(lows),
            "government_inside": not (GOVERNMENT_HEADS | GOVERNMENTS).isdisjoint(lows),
            "region_inside": any(s < end and start < e for s, e in blocked),
            "stop_inside": not (STOP_AFTER - NAME_CONNECTORS).isdisjoint(lows),
            "generic_first": generic_word(words[0]),
            "repeated": text.count(text[start:end]) >= 2,
            "many_patterns": len(patterns[item.key] - {""}) >= 2,
            "headline": item.in_heading,
            "owner_after": OWNED.match(text, c.end) is not None or OWNER_AFTER.match(text, c.end) is not None,
            "refused": bool(item.refusals),
        }
        if ner is not None:
            flags["ner"] = any(s < end and start < e for s, e in ner)
            flags["ner_same"] = any(s == start and e == end for s, e in ner)
        f.update((k, 1.0) for k, v in flags.items() if v)
        rows.append(f)
    return rows
