"""One article as the visit rules see it: :class:`Scan` (text, sentences, officials, region spans, the firings so
far, and the weighing of each firing by its sentence in :meth:`Scan.add`: called off, urged, planned, an
organisation's, an event's), the items the rules read (:class:`RegionItem`, :class:`OfficialItem`), and the
helpers that place a position in the text (its sentence, an official's mentions all in "Baca juga" lines, a span
inside a name, abbreviations' dots blanked; a position's own "Baca juga" line and its sentence within its line are
read by :func:`nlp.textutil.aside_at` and :func:`nlp.textutil.sentence_around`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any, Protocol

from nlp.lexicon import Region
from nlp.official_merge import Official
from nlp.regions import RegionMention
from nlp.rule_cues import ArticleCues, RuleGates
from nlp.textutil import aside_at, on_title_line
from nlp.visit_patterns import ABBREV_DOT, LIST_LEFTOVER, OFFICE_LEFTOVER, PRESIDENCY, REGION_LEFTOVER, Cues
from nlp.visit_records import Firing, Trace
from nlp.visit_rules import (
    LIST_CLOSED_BY,
    LIST_GAP,
    OFFICIAL_BEFORE,
    OFFICIAL_READS_AFTER,
    PLACING_GAP,
    PROVINCE_WORD_GAP,
    REGION_AFTER,
    REGION_BEFORE,
    UNKNOWN_ITEM,
    Rule,
    past_short_form,
)


@dataclass
class RegionItem:
    mention: RegionMention
    before: str
    after: str
    after_start: int  # where ``after`` begins in the text: the mention's end, or past a placing province
    sentence: tuple[int, int]
    previous: RegionMention | None
    next: RegionMention | None = None

    def window(self, kind: str) -> tuple[int, int]:
        """The span of the text holding what a rule gated on ``kind`` reads (:mod:`nlp.rule_cues`): ``before``
        (at most :data:`REGION_BEFORE` characters up to the name), ``after`` (:data:`REGION_AFTER` from
        ``after_start``), both (``around``) or the sentence."""
        m = self.mention
        before = (max(self.sentence[0], m.start - REGION_BEFORE), max(m.start, m.name_start))
        if kind == "before":
            return before
        if kind == "after":
            return self.after_start, self.after_start + REGION_AFTER
        if kind == "around":
            return before[0], self.after_start + REGION_AFTER
        if kind == "sentence":
            return self.sentence
        raise ValueError(kind)


@dataclass
class OfficialItem:
    official: Official
    start: int
    end: int
    before: str
    after: str

    def window(self, kind: str) -> tuple[int, int]:
        """The span of the text holding what a rule gated on ``kind`` reads (:mod:`nlp.rule_cues`): ``before``
        (:data:`OFFICIAL_BEFORE` characters up to the mention), ``after`` (:data:`OFFICIAL_READS_AFTER` from its
        end) or both (``around``)."""
        if kind == "before":
            return max(0, self.start - OFFICIAL_BEFORE), self.start
        if kind == "after":
            return self.end, self.end + OFFICIAL_READS_AFTER
        if kind == "around":
            return max(0, self.start - OFFICIAL_BEFORE), self.end + OFFICIAL_READS_AFTER
        raise ValueError(kind)


class Finder(Protocol):
    """What a :class:`Scan` and the rule loop read of the finder (``nlp.visits.VisitFinder``, which this module
    cannot import: it stands below it)."""

    cues: Cues
    regions: dict[str, Region]

    def contains(self, outer: str, inner: str) -> bool: ...

    def is_national(self, position: str) -> bool: ...

    def rule_gates(self, rules: tuple[Rule, ...]) -> RuleGates: ...


def _own_spans(o: Official) -> list[tuple[int, int]]:
    """An official's post together with the first mention of his name after it, and his other mentions alone."""
    p, q = o.position_span
    if (p, q) == (0, 0):
        return list(o.mentions)
    first = min((m for m in o.mentions if m[0] >= p), default=None)
    return [(p, max(q, first[1])) if m == first else m for m in o.mentions] + ([] if first else [(p, q)])


class Scan:
    """One article as the rules see it: text, sentences, officials, and the firings so far (``finder``: the
    ``nlp.visits.VisitFinder``)."""

    def __init__(self, finder: Finder, text: str, sentences: list[tuple[int, int]],
                 officials: list[Official], trace: Trace, body_start: int = 0) -> None:
        self.finder = finder
        self.body_start = body_start
        self.cues = finder.cues
        self.text = text
        self.sentences = sentences
        self.starts = [s for s, _ in sentences]
        self.trace = trace
        self.official_spans = sorted((o.position_span[0] if o.position_span != (0, 0) else s, e)
                                     for o in officials for s, e in o.mentions)
        # the heads of regions by where their post is written, with their region (round 37: a head listed after a
        # visiting head is a guest too, ``visit_rules._listed_after_guest``)
        self.placed_heads = sorted((o.position_span[0], o.position_span[1], o.region) for o in officials
                                   if o.explicit_region and o.region and o.position_span != (0, 0))
        # each official's post with the name right after it, and his other mentions alone (``official_spans`` runs
        # every later mention from his post on: "Wali Kota A, Budi datang dan bertemu Wali Kota B ... Budi")
        self.listed_spans = sorted(span for o in officials for span in _own_spans(o))
        self._fired: dict[int, set[str]] = {}  # id of item mention -> rule names
        self.region_spans: list[tuple[int, int]] = []
        self.mentions: list[RegionMention] = []
        self._members: tuple[list[RegionMention], list[int]] | None = None
        self._in_sentence: dict[tuple[int, tuple[int, int]], re.Match | None] = {}
        self.capital_seats: dict[str, bool] = {}  # region code -> the capital only seats national bodies here
        self._cue_reads: dict[int, ArticleCues | None] = {}  # id of a rule table -> its cue words in the text

    def silent_rules(self, rules: tuple[Rule, ...], item: Any) -> int:
        """The bit mask of the rules of ``rules`` (by index) that cannot fire on ``item``: none of their cue words
        stands in their window (:mod:`nlp.rule_cues`; the table's words found once per article)."""
        try:
            found = self._cue_reads[id(rules)]
        except KeyError:
            found = self._cue_reads[id(rules)] = self.finder.rule_gates(rules).read(self.text)
        return found.silent(item) if found is not None else 0

    def in_sentence(self, rx: re.Pattern, sentence: tuple[int, int]) -> bool:
        """``rx`` matches somewhere in ``sentence`` (remembered: a cheap test before a rule's costlier patterns on
        the text up to each region of the sentence)."""
        return self.first_in(rx, sentence) is not None

    def first_in(self, rx: re.Pattern, sentence: tuple[int, int]) -> re.Match | None:
        """``rx.search(text, *sentence)``, searched once per article for each pattern and sentence (round 32,
        speed: the sentence cues of :meth:`add` are read again for every firing in the sentence)."""
        key = (id(rx), sentence)
        try:
            return self._in_sentence[key]
        except KeyError:
            found = self._in_sentence[key] = rx.search(self.text, *sentence)
            return found

    def in_title(self, pos: int) -> bool:
        """``pos`` is on the headline or a line written like one (``textutil.on_title_line``)."""
        return on_title_line(self.text, self.body_start, pos)

    def list_members(self) -> tuple[list[RegionMention], list[int]]:
        """The region mentions that can stand in a list, each with the end of the province placing it ("DPRD A
        Sumatera Barat serta DPRD B": the list goes on after the province); computed once per article."""
        if self._members is None:
            items: list[RegionMention] = []
            ends: list[int] = []
            for j, r in enumerate(self.mentions):
                prev = self.mentions[j - 1] if j else None
                if prev is not None and items and items[-1] is prev and self.contains(r.code, prev.code) \
                        and PLACING_GAP.fullmatch(self.text[prev.end:r.start]):
                    ends[-1] = r.end
                    continue
                items.append(r)
                ends.append(r.end)
            self._members = (items, ends)
        return self._members

    def sentence_of(self, pos: int) -> tuple[int, int]:
        return sentence_at(self.sentences, self.starts, pos, len(self.text))

    def contains(self, outer: str, inner: str) -> bool:
        return self.finder.contains(outer, inner)

    def fired(self, mention: Any, names: tuple[str, ...]) -> bool:
        return bool(self._fired.get(id(mention), set()) & set(names))

    def fired_as(self, mention: Any, names: tuple[str, ...]) -> bool:
        """Like :meth:`fired`, also through an abbreviation in brackets: "Provinsi A (AA)"."""
        if self.fired(mention, names):
            return True
        i = bisect.bisect_left(self.region_spans, (mention.start, mention.end))
        if i == 0 or not re.fullmatch(r"\s*\(\s*", self.text[self.region_spans[i - 1][1]:mention.start]):
            return False
        before = self.mentions[i - 1]
        return before.code == mention.code and self.fired(before, names)

    def visiting(self, code: str) -> bool:
        """A rule so far counted for region ``code`` as a visitor."""
        return any(f.code == code and f.role == "visitor" and f.weight > 0 for f in self.trace.firings)

    def hosted(self, code: str) -> bool:
        """A rule so far counted for region ``code`` as a host."""
        return any(f.code == code and f.role == "host" and f.weight > 0 for f in self.trace.firings)

    def mark(self, item: Any, name: str) -> None:
        self._fired.setdefault(id(item), set()).add(name)

    def only_regions_between(self, start: int, end: int, offices: bool = False) -> bool:
        """Between ``start`` and ``end`` stand only region names, level words, commas and "dan" (with ``offices``
        also office acronyms: "DPMPTSP A, Dinkes B")."""
        return self._only_between(self.region_spans, start, end, OFFICE_LEFTOVER if offices else REGION_LEFTOVER,
                                  inner=UNKNOWN_ITEM)

    def level(self, code: str) -> str:
        return self.finder.regions[code].level

    def closed_list(self, pos: int) -> bool:
        """The list of regions going on at ``pos`` closes with "dan"/"serta" ("A, B, dan C") or goes on in order
        ("singgah ke DPRD A, lalu ke DPRD B"), not with commas only ("Kecamatan X, Kabupaten Y, Yogyakarta" places
        X). Round 35: also when its "dan"/"serta" stands before an item that is no region ("ke A, B, C dan beberapa
        lembaga pusat", "A, B, dan tim lainnya ke C": ``LIST_CLOSED_BY``; not "dan sekitarnya")."""
        i = bisect.bisect_left(self.region_spans, (pos, pos))
        end = pos
        for s, e in self.region_spans[i:]:
            gap = self.text[end:s]
            if gap.strip() == "(":  # "Kota A (P) dan B", "Kota A (AA), B": a name in brackets only places A
                end = e
                continue
            placing = PROVINCE_WORD_GAP.match(self.text, end)
            if placing and not self.text[placing.end():s].strip():  # "Kab. A Prov. P (PP), Kota B": P places A
                end = e
                continue
            gap = past_short_form(gap)
            if not LIST_GAP.match(gap):
                # "ke A, B, C dan beberapa lembaga pusat", "A, B dan lainnya": the list closes with "dan" before
                # an item that is no region
                return bool(LIST_CLOSED_BY.match(gap))
            if re.search(r"\b(?:dan|serta|kemudian|lalu)\b", gap):
                return True
            end = e
        return bool(LIST_CLOSED_BY.match(self.text, end))  # "... Kota C dan beberapa lembaga pusat."

    def only_listed_officials_between(self, start: int, end: int) -> bool:
        """Like :meth:`only_officials_between`, each official's later mentions by their own spans."""
        return self._only_between(self.listed_spans, start, end, LIST_LEFTOVER)

    def only_officials_between(self, start: int, end: int) -> bool:
        """Between ``start`` and ``end`` stand only officials (position, region, name), commas and "dan"."""
        return self._only_between(self.official_spans, start, end, LIST_LEFTOVER)

    def _only_between(self, spans: list[tuple[int, int]], start: int, end: int, leftover: re.Pattern,
                      inner: re.Pattern | None = None) -> bool:
        """The text between ``start`` and ``end`` outside ``spans`` is all ``leftover`` (separators); with ``inner``,
        a piece between two spans may be that instead (an item of the list that is no span)."""
        pieces, pos = [], start
        for s, e in spans:
            if e <= start or s >= end:
                continue
            pieces.append(self.text[pos:max(pos, s)])
            pos = max(pos, e)
        pieces.append(self.text[pos:end])
        return all(leftover.match(p) or (inner is not None and k and inner.match(p)) for k, p in enumerate(pieces))

    def _hoped_from(self, sentence: tuple[int, int], pos: int) -> bool:
        """``pos`` lies in a return visit only hoped for or invited, from its cue on."""
        hoped = self.first_in(self.cues.hoped_return, sentence)
        return hoped is not None and pos >= hoped.start()

    def _called_off_at(self, sentence: tuple[int, int], pos: int) -> bool:
        """The trip the sentence calls off goes to ``pos``: "studi banding ke Y batal", "batal kunker ke Y" (not Z in
        "batal ke Y, rombongan menjalani kunker ke Z", nor "Kunker ke Y dibatalkan dan dialihkan ke Z")."""
        for m in self.cues.called_off.finditer(self.text, *sentence):
            if m.start() <= pos <= m.end():
                return True
            if m.end() < pos <= m.end() + 40 and not any(m.end() <= s_ < pos for s_, _ in self.region_spans) \
                    and not self.cues.redirected.search(self.text, m.end(), pos):
                return True
        return False

    def add(self, rule: Rule, code: str | None, pos: int) -> bool:
        """Count ``rule``'s evidence for region ``code`` at ``pos`` (weakened or ignored by its sentence)."""
        if not code:
            return False
        text = self.text
        sentence = self.sentence_of(pos)
        weight, note, planned, organisation = rule.weight, "", False, False
        if rule.role == "host" and self._called_off_at(sentence, pos):
            # "studi banding DPRD X ke Y batal": Y hosts nothing; X may still go elsewhere ("dialihkan ke Z")
            weight, note = 0.0, "called off: ignored"
        elif (self.in_sentence(self.cues.urged, sentence) or self._hoped_from(sentence, pos)) \
                and not self.in_sentence(self.cues.happened, sentence):
            # "Bupati meminta OPD studi banding ke Kota Y", "berharap B turut berkunjung sebagai kunjungan balasan"
            # (only what is named after "berharap": the trip the sentence reports first stays)
            weight, note = 0.0, "urged, not done: ignored"
        elif self.in_sentence(self.cues.planned, sentence) and not self.in_sentence(self.cues.happened, sentence):
            i = bisect.bisect_right(self.starts, sentence[0])
            after = self.sentences[i] if i < len(self.sentences) else sentence
            if self.in_sentence(self.cues.national, sentence) or self.in_sentence(PRESIDENCY, sentence):
                weight, note = 0.0, "planned trip on national business: ignored"  # "akan ke Jakarta menemui Menteri"
            elif after != sentence and self.cues.plan_dropped.search(text, *after):
                weight, note = 0.0, "the plan is called off in the next sentence: ignored"  # "Namun rencana itu batal"
            else:
                # "Pemkab X berencana studi banding ke Y"
                note, planned = "planned: counted, status planned", True
        elif rule.scope == "region" and rule.role == "visitor" and self.cues.organisation.search(
                text, max(sentence[0], pos - 80), pos):
            weight, note, organisation = 0.0, "an organisation of the region, not its government: ignored", True
        elif self.in_sentence(self.cues.not_visit, sentence):
            weight, note = weight / 2, "launch/award/inspection cue in the sentence: halved"
        # a rule counts a region once per sentence (round 41): a region named twice in one sentence ("ke A ... di A"),
        # or a body "yang diketuai" its head and then its deputy and members, each name firing the rule again; the
        # first firing that counted keeps its weight: the weakening above that depends on the name's place gives 0
        # (counts nothing), the halving holds for the whole sentence, so a later firing would carry no more
        if weight > 0 and any(f.rule == rule.name and f.code == code and f.role == rule.role and f.weight > 0
                              and f.sentence == sentence for f in self.trace.firings):
            weight, note = 0.0, "the rule counted once per sentence: ignored"
        self.trace.firings.append(Firing(rule.name, rule.role, code, weight, pos, sentence, note, planned,
                                         organisation))
        return weight > 0


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """``start``-``end`` lies inside one of the sorted ``spans``."""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and end <= spans[i][1]


def official_aside(text: str, official: Official) -> bool:
    """Every mention of the official stands in a "Baca juga" line: he is not part of this story."""
    return bool(official.mentions) and all(aside_at(text, s) for s, _ in official.mentions)


def sentence_at(sentences: list[tuple[int, int]], starts: list[int], pos: int, length: int) -> tuple[int, int]:
    """The sentence (of ``sentences``, starting at ``starts``) that holds ``pos``; the whole text before the first."""
    i = bisect.bisect_right(starts, pos) - 1
    return sentences[i] if i >= 0 else (0, length)


def undot(text: str) -> str:
    """Blank the full stops of abbreviations ("Ir.", "Dr.", "H.", "M.Si.") so they do not read as sentence
    ends; offsets are kept."""
    return ABBREV_DOT.sub(lambda m: m.group(1) + " ", text) if "." in text else text
