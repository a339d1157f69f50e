"""Learning visits: a regional government's delegation visiting another region to learn.

An article is read for visits when it speaks of learning (studi banding / tiru, belajar, menimba ilmu ...) or of
a plain working visit (berkunjung, konsultasi, silaturahmi, menerima kunjungan: role ``visit``).
The named rules of :mod:`nlp.visit_rules` give regions evidence of being visitors (a delegation: "rombongan
Pemkab X", "dipimpin Sekda X", a list of visiting heads of region) or hosts (where it goes: "studi banding ke
X"; whose officials receive it: "diterima Sekda X"). Each (visitor, host) pair that wins is one visit, with
its leader, size, date, kind, programs, host officials and the evidence sentence. Every firing and every
rejected candidate is kept in a :class:`Trace` for ``--explain``.

The step's modules: ``VisitFinder`` (here: where a visit cue is read, the flow of ``find`` and its choice of
leaders) with the vocabulary and patterns of ``nlp.visit_patterns``, the records of ``nlp.visit_records``
(``Visit``, ``Firing``, ``Trace``), the article as the rules see it of ``nlp.visit_scan`` (``Scan``: a firing
weighed by its sentence), the candidates and their evidence of ``nlp.visit_candidates``, the rule table of
``nlp.visit_rules``, the resolution of pairs and its post-steps of ``nlp.visit_pairs``, the capital, national
bodies, provinces and other special places of ``nlp.visit_places``, a visit's day of ``nlp.visit_dates`` and the
likely leader of ``nlp.visit_leaders``.
"""

from __future__ import annotations

import re

from nlp.dates import DateMention
from nlp.leaders import (
    along,
    committee_regions,
    fullest,
    host_leader,
    leg_leader,
    stand_in,
    title_regions,
    tour_legs,
    trip_of,
)
from nlp.lexicon import Lexicon
from nlp.official_merge import Official
from nlp.regions import KOTA, RegionMention
from nlp.textutil import sentence_around
from nlp.visit_candidates import EvidenceReader
from nlp.visit_dates import DateReader
from nlp.visit_leaders import AT_HOME, SECRETARIAT, SPOKESMAN, LeaderChooser, _rank
from nlp.visit_pairs import PairResolver
from nlp.visit_patterns import BODY, CAPITAL_NAME, Cues
from nlp.visit_places import PlaceRules
from nlp.visit_records import Trace, Visit
from nlp.visit_rules import LIST_RULES, OFFICIAL_RULES, REGION_RULES
from nlp.visit_scan import Scan, _inside, _sentence_at


class VisitFinder(EvidenceReader, PairResolver, PlaceRules, DateReader, LeaderChooser):
    """Cue words come from ``data/visit_cues.csv``; rules from :mod:`nlp.visit_rules`."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.regions = lexicon.regions
        self.cues = Cues(lexicon.visit_cues)
        self.kind_of = self.cues.kind_of
        self.national_positions = {canonical for _, canonical, level, _ in lexicon.positions if level == "national"}
        # a province's capital city that carries the province's name ("Yogyakarta", "Bengkulu"): bare, it may name
        # either
        self.capital_of = {r.code: p.code for r in self.regions.values()
                           if r.level == KOTA and (p := self.regions.get(r.province_code)) is not None
                           and p.capital.lower() == r.core.lower() and r.core.lower() in p.core.lower()}
        # a province -> the provinces later split from it, also split again ("split_from" of data/regions.csv: Papua
        # contains Papua Barat and, through it, Papua Barat Daya)
        self.split_off: dict[str, frozenset[str]] = {}
        for r in self.regions.values():
            outer, seen = r.split_from, {r.code}
            while outer in self.regions and outer not in seen:
                self.split_off[outer] = self.split_off.get(outer, frozenset()) | {r.code}
                seen.add(outer)
                outer = self.regions[outer].split_from
        # the nation's capital, as its province's official name says ("Daerah Khusus Ibukota Jakarta"), and its kota:
        # where the national bodies sit (:meth:`_national_seat`)
        self.national_capital = frozenset(
            r.code for r in self.regions.values()
            if (p := self.regions.get(r.province_code)) is not None and CAPITAL_NAME.search(p.name))

    def visit_cue(self, text: str, sentences: list[tuple[int, int]]) -> re.Match | None:
        """The cue that opens the search for visits: a learning cue ("studi banding", "belajar", "menimba ilmu"
        ...), or a plain visit cue ("berkunjung", "berkonsultasi", "menerima kunjungan" ...) in a sentence naming
        two government bodies ("DPRD X berkonsultasi ke DPRD Y", "Pemkab X menerima kunjungan Pemkot Y"); None:
        the article tells of no visit."""
        return self.cues.learning.search(text) or self._plain_visit(text, sentences)

    def _plain_visit(self, text: str, sentences: list[tuple[int, int]]) -> re.Match | None:
        starts = [s for s, _ in sentences]
        for m in self.cues.plain.finditer(text):
            span = _sentence_at(sentences, starts, m.start(), len(text))
            sentence = text[slice(*span)]
            if self.cues.not_visit.search(sentence) or self.cues.to_national.search(sentence):
                continue
            bodies = {n.lower() for n in BODY.findall(sentence)}
            if bodies and len(bodies) < 2 and span[0]:  # "Wali Kota A menilai ... saat berkunjung ke B"
                before = text[slice(*_sentence_at(sentences, starts, span[0] - 1, len(text)))]
                if before != sentence and not self.cues.not_visit.search(before):
                    bodies |= {n.lower() for n in BODY.findall(before)}
            if len(bodies) >= 2:
                return m
        return None

    def find(self, text: str, sentences: list[tuple[int, int]], mentions: list[RegionMention],
             officials: list[Official], dates: list[DateMention], programs: list, cue: re.Match,
             trace: Trace | None = None, body_start: int = 0) -> list[Visit]:
        """The visits of an article in which :meth:`visit_cue` found ``cue`` (``body_start``: where the body
        starts after the headline)."""
        trace = trace if trace is not None else Trace()
        trace.learning_cue = cue.group(0)
        if body_start and self.cues.not_visit.search(text, 0, body_start) and not self.cues.learning.search(text):
            # "Bupati A Hadiri Open House Lebaran Wali Kota B": the headline tells of an event, and no word of learning
            # or of a working visit anywhere: guests at the event, no visit
            trace.rejected.append(("visits", "-", "the headline tells of an event and nothing of learning"))
            return []
        scan = Scan(self, text, sentences, officials, trace, body_start)
        names = sorted((s, e) for o in officials for s, e in o.mentions)
        ends = {e for _, e in names}
        # "Budi Laksono Demak": a bare region word inside or right after a person's name is part of the name
        mentions = [m for m in mentions if not _inside(names, m.start, m.end)
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
            if (code is None) and fired & leading and not self._national(off.position) and off not in unplaced:
                unplaced.append(off)
        visits = self._resolve(scan, mentions, officials, dates, programs, leaders, receivers)
        single = len({v.visitor for v in visits if not v.earlier}) == 1
        # "Kejari Sigi": a name that holds a region's is an office or a place, no one to guess as leader
        placed = {id(o) for o in officials for s, e in o.mentions
                  if any(rs < e and s < re_ for rs, re_ in scan.region_spans)}

        def receives(off: Official) -> bool:  # named receiving the guests, or at home
            return any(self.cues.receive_any.search(sentence) or AT_HOME.search(sentence)
                       for sentence in (sentence_around(text, s) for s, _ in off.mentions))

        for v in visits:
            said = [o for o in said_to_lead if o in unplaced or o.region == v.visitor]
            told = v.leader in said_to_lead or not (said and (single or any(o.region == v.visitor for o in said)))
            if v.earlier or (v.leader is not None and v.leader is leaders.get(v.visitor) and told
                             and not (along(text, v.leader) and said_to_lead)):
                continue  # the text says he leads (not only that he went along, when it says someone leads; not
                # only that he went, when it says another leads: "Budi mengatakan kunker itu dipimpin Ani")
            # one the text says leads ("dipimpin X") whose region it leaves open leads his own region's
            # delegation (with one delegation: that one), before the official whose trip the text names, before
            # the highest-ranked official of the region, who is not one of the hosts; other heads whose region
            # the text leaves open only after those
            leader = next((o for o in said if o.region == v.visitor), None) or (said[0] if single and said else None) \
                or trip_of(text, v.visitor, officials) \
                or self._likely_leader(text, v.visitor, officials, frozenset(hosting | placed)) \
                or next((o for o in unplaced if o.region == v.visitor), None) \
                or (unplaced[0] if single and unplaced else None) \
                or stand_in(text, v.visitor, officials, frozenset(hosting | placed), _rank, receives)
            if leader is not v.leader:
                v.led_by(leader, officials)
        tours: dict[str, frozenset[str]] = {}  # a visitor's hosts, when it visits several
        for v in visits:
            if not v.earlier:
                tours[v.visitor] = tours.get(v.visitor, frozenset()) | {v.host}
        named: dict[tuple[int, str], tuple[frozenset[str], frozenset[str]]] = {}  # (official, visitor) -> tour_legs

        def legs_of(off: Official, visitor: str) -> tuple[frozenset[str], frozenset[str]]:
            key = (id(off), visitor)
            if key not in named:
                named[key] = tour_legs(off, visitor, tours[visitor], mentions, scan.sentence_of, text)
            return named[key]

        def heads_visitor(off: Official, v: Visit) -> bool:
            """He may lead a leg of ``v``'s tour: a head of the visitor (or of no region) who neither receives
            nor only goes along; one whose region was only inferred as a host's only when the text sends him or his
            committee to a host ("Lalu Komisi B ke DPRD A"), not one named at a host ("Di DPRD A, Ketua Komisi B")."""
            ours = off.region == v.visitor or off in unplaced or (
                not off.explicit_region and off.region in tours[v.visitor] and bool(legs_of(off, v.visitor)[1]))
            return (ours and bool(off.mentions) and id(off) not in hosting | placed and _rank(off.position) is not None
                    and not receives(off) and not along(text, off) and not SPOKESMAN.search(off.position)
                    and not SECRETARIAT.match(off.position))

        for v in visits:
            if not v.earlier and len(tours.get(v.visitor, ())) > 1:
                heads = [o for o in officials if heads_visitor(o, v)]
                leg = leg_leader(v.leader, v.host, heads, lambda o, visitor=v.visitor: legs_of(o, visitor)[0], _rank)
                if leg is not v.leader:
                    v.led_by(leg, officials)
                    if leg is not None and leg.region != v.visitor and not leg.explicit_region and (
                            leg in unplaced or legs_of(leg, v.visitor)[1]):
                        leg.region = v.visitor  # he or his committee went on the tour: he is the visitor's
        for v in visits:
            if not v.earlier and v.leader is not None:
                own = host_leader(v.leader, v.host, [o for o in officials if o.region == v.visitor or o in unplaced],
                                  led_in, mentions)
                if own is not v.leader:
                    v.led_by(own, officials)
            if v.leader in unplaced:
                v.leader.region = v.visitor
            if v.leader is not None and not v.earlier and fullest(v.leader, officials) is not v.leader:
                v.led_by(fullest(v.leader, officials), officials)
        return visits
