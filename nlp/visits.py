"""Learning visits: a regional government's delegation visiting another region to learn.

An article is read for visits when it speaks of learning (studi banding / tiru, belajar, menimba ilmu ...) or of
a plain working visit (berkunjung, konsultasi, silaturahmi, menerima kunjungan: role ``visit``).
The named rules of :mod:`nlp.visit_rules` give regions evidence of being visitors (a delegation: "rombongan
Pemkab X", "dipimpin Sekda X", a list of visiting heads of region) or hosts (where it goes: "studi banding ke
X"; whose officials receive it: "diterima Sekda X"). Each (visitor, host) pair that wins is one visit, with
its leader, size, date, kind, programs, host officials and the evidence sentence. Every firing and every
rejected candidate is kept in a :class:`Trace` for ``--explain``.

The step's modules: ``VisitFinder`` (here: where a visit cue is read and the flow of ``find``) with the vocabulary
and patterns of ``nlp.visit_patterns``, the records of ``nlp.visit_records`` (``Visit``, ``Firing``, ``Trace``),
the article as the rules see it of ``nlp.visit_scan`` (``Scan``: a firing weighed by its sentence), the candidates
and their evidence of ``nlp.visit_candidates``, the rule table of ``nlp.visit_rules``, the resolution of pairs and
its post-steps of ``nlp.visit_pairs``, the capital, national bodies, provinces and other special places of
``nlp.visit_places``, a visit's day of ``nlp.visit_dates`` and the likely leader and the order in which each
visit's leader is chosen of ``nlp.visit_leaders``.
"""

from __future__ import annotations

import re

from nlp.dates import DateMention
from nlp.leaders import committee_regions, title_regions
from nlp.lexicon import Lexicon
from nlp.official_merge import Official
from nlp.regions import RegionMention
from nlp.textutil import unwrapped
from nlp.visit_candidates import EvidenceReader
from nlp.visit_leaders import LeaderChooser
from nlp.visit_pairs import PairResolver
from nlp.visit_patterns import BODY, Cues
from nlp.visit_places import PlaceRules
from nlp.visit_records import Trace, Visit
from nlp.visit_rules import LIST_RULES, OFFICIAL_RULES, REGION_RULES
from nlp.visit_scan import Scan, inside, sentence_at


def _joined_sentences(text: str, joined: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(round 38) The splitter's sentences of a hard-wrapped body with those it cut only at a wrapped line's break
    (no full stop before it, no capital after it, the break a space in ``joined``: :func:`nlp.textutil.unwrapped`)
    made one: "rombongan Kabupaten A\nsampai di kantor Bupati B"."""
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        if out and "\n" in text[out[-1][1]:s] and "\n" not in joined[out[-1][1]:s] \
                and text[out[-1][0]:out[-1][1]].rstrip()[-1:] not in ".!?\"\u201d" and not text[s:s + 1].isupper():
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


class VisitFinder(EvidenceReader, PairResolver, PlaceRules, LeaderChooser):
    """Cue words come from ``data/visit_cues.csv``; rules from :mod:`nlp.visit_rules`."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.regions = lexicon.regions
        self.cues = Cues(lexicon.visit_cues)
        self.kind_of = self.cues.kind_of
        self.national_positions = {canonical for _, canonical, level, _ in lexicon.positions if level == "national"}
        self._init_places(lexicon)

    def visit_cue(self, text: str, sentences: list[tuple[int, int]]) -> re.Match | None:
        """The cue that opens the search for visits: a learning cue ("studi banding", "belajar", "menimba ilmu"
        ...), or a plain visit cue ("berkunjung", "berkonsultasi", "menerima kunjungan" ...) in a sentence naming
        two government bodies ("DPRD X berkonsultasi ke DPRD Y", "Pemkab X menerima kunjungan Pemkot Y"), never
        a courtesy call or a welcome alone ("bersilaturahmi", "audiensi", "menyambut": role ``courtesy``); None:
        the article tells of no visit."""
        return self.cues.learning.search(text) or self._plain_visit(text, sentences)

    def _plain_visit(self, text: str, sentences: list[tuple[int, int]]) -> re.Match | None:
        starts = [s for s, _ in sentences]
        for m in self.cues.plain.finditer(text):
            if " ".join(m.group(0).lower().split()) in self.cues.courtesy:
                continue  # (round 40) "X bersilaturahmi dengan Y", "Y menyambut X": a courtesy call, no trip told
            span = sentence_at(sentences, starts, m.start(), len(text))
            sentence = text[slice(*span)]
            if self.cues.not_visit.search(sentence) or self.cues.to_national.search(sentence):
                continue
            bodies = {n.lower() for n in BODY.findall(sentence)}
            if bodies and len(bodies) < 2 and span[0]:  # "Wali Kota A menilai ... saat berkunjung ke B"
                before = text[slice(*sentence_at(sentences, starts, span[0] - 1, len(text)))]
                if before != sentence and not self.cues.not_visit.search(before):
                    bodies |= {n.lower() for n in BODY.findall(before)}
            if len(bodies) >= 2:
                return m
        return None

    def _national_course(self, text: str, sentences: list[tuple[int, int]], body_start: int = 0) -> bool:
        """A sentence naming a ministry's training centre or course with a word of its trip ("peserta",
        "studi lapangan", "kunjungan": role ``course_trip``); or a headline telling of a course's trip (a course
        word, roles ``training_body`` and ``national_course``, and a trip word) over a body naming such a centre
        ("Visitasi Diklat PIM ke B" ... "penyelenggaranya, Balai Diklat Kementerian X")."""
        headline_course = bool(body_start) and bool(self.cues.course_word.search(text, 0, body_start)) \
            and bool(self.cues.course_trip.search(text, 0, body_start))
        starts = [s for s, _ in sentences]
        for m in self.cues.national_course.finditer(text):
            if headline_course or self.cues.course_trip.search(text, *sentence_at(sentences, starts, m.start(),
                                                                                       len(text))):
                return True
        return False

    def find(self, text: str, sentences: list[tuple[int, int]], mentions: list[RegionMention],
             officials: list[Official], dates: list[DateMention], programs: list, cue: re.Match,
             trace: Trace | None = None, body_start: int = 0) -> list[Visit]:
        """The visits of an article in which :meth:`visit_cue` found ``cue`` (``body_start``: where the body
        starts after the headline)."""
        trace = trace if trace is not None else Trace()
        trace.learning_cue = cue.group(0)
        # (round 38) a hard-wrapped body ("rombongan Kabupaten A\nsampai di kantor Bupati B") read as running text,
        # as the officials' reader reads it (same length: offsets stay)
        joined = unwrapped(text, body_start)
        if joined is not text:
            sentences = _joined_sentences(text, joined, sentences)
        text = joined
        if body_start and self.cues.not_visit.search(text, 0, body_start) and not self.cues.learning.search(text):
            # "Bupati A Hadiri Open House Lebaran Wali Kota B": the headline tells of an event, and no word of learning
            # or of a working visit anywhere: guests at the event, no visit
            trace.rejected.append(("visits", "-", "the headline tells of an event and nothing of learning"))
            return []
        if body_start and self.cues.regions_association.search(text, 0, body_start) \
                and not self.cues.came.search(text, 0, body_start):
            # "Wali Kota A Ikuti Sharing Session APEKSI di B", "Raker Apeksi B": the headline tells of a gathering of an
            # association of regional governments, and of no trip (``came``: trip words and kinds of visit): its
            # guests are many heads at an event, no visit, whatever the body tells (kept: "Sambangi B, Pemko A
            # Matangkan Raker Apeksi", a trip word in the headline)
            trace.rejected.append(("visits", "-", "the headline tells of an association's gathering and of no trip"))
            return []
        if self._national_course(text, sentences, body_start):
            # "para peserta pelatihan PPSDM Kementerian X Regional Y tiba di Kota B": a ministry's course with
            # participants from many regions, no region's delegation (CONVENTIONS: courses run by a national agency)
            trace.rejected.append(("visits", "-", "the trip of a course of a ministry's training centre"))
            return []
        scan = Scan(self, text, sentences, officials, trace, body_start)
        names = sorted((s, e) for o in officials for s, e in o.mentions)
        ends = {e for _, e in names}
        # "Budi Laksono Demak": a bare region word inside or right after a person's name is part of the name
        mentions = [m for m in mentions if not inside(names, m.start, m.end)
                    and not (m.start == m.name_start and m.start - 1 in ends and text[m.start - 1] == " ")]
        scan.mentions = mentions
        committee_regions(text, officials, mentions)  # "Ketua Komisi B" of the "Komisi B DPRD Kota X" named before
        title_regions(text, officials, mentions)  # "Ketua Komisi I Fraksi X DPRK A, Budi": of A
        scan.region_spans = [(m.start, m.end) for m in mentions]
        leaders: dict[str, Official] = {}
        region_items = self._region_items(scan, mentions)
        for rules in (REGION_RULES, LIST_RULES):
            for item in region_items:
                self._apply(scan, rules, item, item.mention.code, item.mention.start, None, leaders)
        receivers = []  # officials receiving the delegation whose region was only inferred
        unplaced = []  # "Ketua rombongan studi tiru, Budi": he leads, his region unwritten
        hosting: set[int] = set()  # officials who receive the delegation (ids)
        said_to_lead: list[Official] = []  # "dipimpin X", "X selaku ketua rombongan"
        leading = {r.name for r in OFFICIAL_RULES if r.leads}
        led_in: dict[int, list[tuple[int, int]]] = {}  # official (id) -> the sentences saying he leads or goes
        for item in self._official_items(text, officials):
            off = item.official
            fired, code = self._apply(scan, OFFICIAL_RULES, item, off.region, item.start, off, leaders)
            if "led_by" in fired:
                said_to_lead.append(off)
            if fired & leading:
                led_in.setdefault(id(off), []).append(scan.sentence_of(item.start))
            if "received_by" in fired:
                hosting.add(id(off))
                if not off.explicit_region:
                    receivers.append(off)
            if (code is None) and fired & leading and not self.is_national(off.position) and off not in unplaced:
                unplaced.append(off)
        visits = self._resolve(scan, mentions, officials, dates, programs, leaders, receivers)
        self._choose_leaders(text, scan, visits, officials, mentions, leaders, said_to_lead, unplaced, hosting, led_in)
        return visits
