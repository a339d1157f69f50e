"""From evidence to visits: :class:`PairResolver` sums the firings into visitor and host scores, rejects the
losers (below ``MIN_SCORE``, called off, rather the other side, a short form), with no host left takes back a torn
host (one whose hosting lost only to its own visitor evidence while another region travels: "Pemkab A Kunker ke B",
B's people read as a delegation too; :meth:`PairResolver._torn_host`), finds an unwritten visitor or host (a
government beside the trip, the one other region whose officials are named, the dateline region for either), pairs
visitors with hosts and runs the post-steps (the places of :mod:`nlp.visit_places`, a trip told in its own
sentence, the hosts' earlier trip, a return visit, each visit's date as :mod:`nlp.visit_dates` decides it, its
delegation size), and builds each :class:`~nlp.visit_records.Visit` (:meth:`PairResolver._visit`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from nlp import delegation_size
from nlp.dates import DateMention
from nlp.lexicon import Region
from nlp.official_merge import Official
from nlp.regions import DIRECTIONS, PROV, RegionMention
from nlp.textutil import aside_at, fold
from nlp.visit_dates import date_visits, visit_day
from nlp.visit_patterns import (
    BODY_BEFORE,
    EARLIER,
    EARLIER_OR_RETURN,
    EARLIER_TRIP,
    GOVERNED_BEFORE,
    GOVERNMENT_BEFORE,
    MIN_SCORE,
    MINISTER,
    OWN_COUNCIL,
    PRESIDENCY,
    RETURN_VISIT,
    TO_STOP,
    Cues,
)
from nlp.visit_records import Firing, Trace, Visit
from nlp.visit_rules import FORMER, dateline
from nlp.visit_scan import Scan, official_aside

# a place opening a dateline: "Kota" before it or not, one to three capitalised words (round 38,
# PairResolver._seat_dateline)
SEAT_RUN = re.compile(r"(?:(?i:kota)[ \t]+)?(?P<seat>[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+){0,2})")

STOP_REACH = 40  # how far before a firing "ke" or a list's "dan" may stand (``written_as_stop``)


def written_as_stop(text: str, f: Firing) -> bool:
    """The firing's region written as a destination, "ke (Kota) B" or a list's "dan B", not "di B" (``TO_STOP``
    within ``STOP_REACH`` characters before it, in its own sentence)."""
    return TO_STOP.search(text, max(f.sentence[0], f.start - STOP_REACH), f.start) is not None


class PairResolver:
    """The resolution of pairs of ``nlp.visits.VisitFinder``. Reads ``self.regions``, ``self.cues``, ``self.kind_of``
    and ``self.capital_of`` (set only in ``VisitFinder.__init__``), and the finder's other parts: the places of
    :class:`nlp.visit_places.PlaceRules` and the likely leader of :class:`nlp.visit_leaders.LeaderChooser`; each
    visit's date is :mod:`nlp.visit_dates`' (:func:`~nlp.visit_dates.visit_day`,
    :func:`~nlp.visit_dates.date_visits`)."""

    regions: dict[str, Region]  # set by VisitFinder
    cues: Cues  # set by VisitFinder
    kind_of: dict[str, str]  # set by VisitFinder
    capital_of: dict[str, str]  # set by VisitFinder
    seat_of: dict[str, str]  # set by VisitFinder (visit_places.PlaceRules._init_places)

    # -- from evidence to visits ------------------------------------------------------------------------
    def _resolve(self, scan: Scan, mentions: list[RegionMention], officials: list[Official],
                 dates: list[DateMention], programs: list, leaders: dict[str, Official],
                 receivers: list[Official]) -> list[Visit]:
        text, trace = scan.text, scan.trace
        visitor_score: dict[str, float] = {}
        host_score: dict[str, float] = {}
        evidence: dict[str, tuple[int, int]] = {}
        host_sentences: dict[str, set[tuple[int, int]]] = {}
        visitor_sentences: set[tuple[int, int]] = set()
        sentences_of: dict[str, set[tuple[int, int]]] = {}  # visitor -> the sentences of its own evidence
        for f in trace.firings:
            if f.weight <= 0:
                continue
            if f.role == "visitor":
                visitor_score[f.code] = visitor_score.get(f.code, 0.0) + f.weight
                evidence.setdefault(f.code, f.sentence)
                visitor_sentences.add(f.sentence)
                sentences_of.setdefault(f.code, set()).add(f.sentence)
            else:
                host_score[f.code] = host_score.get(f.code, 0.0) + f.weight
                host_sentences.setdefault(f.code, set()).add(f.sentence)
        self._place_in_province(scan, mentions, visitor_score, host_score, host_sentences)
        called_off = {f.code for f in trace.firings if f.role == "host" and f.note.startswith("called off")}
        # "batal ke Y, dialihkan ke Z": the trip went to another host
        # (told called off more often than gone to, or sent elsewhere: not "sempat ditunda ... akhirnya tiba di Y")
        elsewhere = any(v >= max(MIN_SCORE, visitor_score.get(c, 0.0)) for c, v in host_score.items()
                        if c not in called_off)
        for c in called_off & set(host_score):  # "batal ke Y ... berencana ke Y": the plan was called off
            told = [f for f in trace.firings if f.role == "host" and f.code == c]
            off = sum(f.note.startswith("called off") for f in told) > sum(f.weight > 0 and not f.planned
                                                                             for f in told) \
                or any(f.note.startswith("called off") and self.cues.redirected.search(text, *f.sentence) for f in told)
            if (elsewhere and off) or all(f.planned for f in told if f.weight > 0):
                trace.rejected.append(("host", c, "a trip there was called off" if elsewhere
                                       else "a planned trip there was called off"))
                del host_score[c]
        if not any(v >= MIN_SCORE and v >= host_score.get(c, 0.0) for c, v in visitor_score.items()):
            # no delegation written, or only regions that rather host ("DPRD Maluku" learning from its guests)
            # (never a region the rules saw travel only as one of its organisations: "Karang Taruna A belajar ke B ...
            # Ketua Karang Taruna A, Budi": A's government did not go)
            organised = {f.code for f in trace.firings if f.role == "visitor" and f.organisation} - {
                f.code for f in trace.firings if f.role == "visitor" and f.weight > 0}
            rule, note = "government_beside_trip", "the only government named in a sentence about a trip to the host"
            found = self._implicit_visitor(scan, mentions, host_score, host_sentences)
            if not found:
                rule, note = "officials_region", "the only other region whose officials the article names"
                found = self._visitor_by_officials(scan, officials, host_score, host_sentences)
            if not found:
                rule, note = "dateline_visitor", "the dateline's region, with a host and no delegation written"
                found = self._dateline_visitor(scan, mentions, host_score, host_sentences)
            if found and found[0] in organised:
                trace.rejected.append(("visitor", found[0], f"{rule}: only an organisation of the region travelled"))
                found = None
            if not found and not visitor_score:
                trace.rejected.append(("visits", "-", "no region has visitor evidence"))
                return []
            if found:
                code, sentence = found
                trace.firings.append(Firing(rule, "visitor", code, MIN_SCORE, sentence[0], sentence, note))
                visitor_score[code] = max(visitor_score.get(code, 0.0), MIN_SCORE)
                evidence.setdefault(code, sentence)
                visitor_sentences.add(sentence)
                sentences_of.setdefault(code, set()).add(sentence)
        seats = {c for c in host_score if self._national_seat(scan, mentions, c)}
        for c in seats:
            trace.rejected.append(("host", c, "only the seat of a national body the delegation went to"))
            del host_score[c]
            if c in visitor_score:  # "datang dari Jakarta, tiba di B": the seat sends no delegation either
                trace.rejected.append(("visitor", c, "only the seat of a national body the delegation went to"))
                del visitor_score[c]
        for c in [c for c in visitor_score if self._capital_seat(scan, c)]:
            # "sepulang berkonsultasi ke Kemendagri di Jakarta ... rombongan yang datang dari Jakarta": the capital,
            # only the seat of the national body the trip went to, sends no delegation (also when it hosts nothing)
            trace.rejected.append(("visitor", c, "the nation's capital, only the seat of a national body"))
            del visitor_score[c]
        for c in [c for c in host_score if c in self.capital_of and self._bare(scan, c)]:
            p = self.capital_of[c]
            if p in host_score and any(m.code == p and GOVERNMENT_BEFORE.search(text, max(0, m.start - 30), m.start)
                                       for m in mentions):
                # "ke Yogyakarta ... studi banding ke DPRD DI Yogyakarta": the bare name is the province visited
                trace.rejected.append(("host", c, f"a bare name of the province {p}, named as a government"))
                host_score[p] += host_score.pop(c)
                host_sentences[p] |= host_sentences.pop(c)
        for c in [c for c in host_score if self._bare(scan, c)]:
            longer = self._shortened(c, host_score, compass=True)
            if longer is not None:
                # "Belajar ke Minahasa" (headline), "di Kabupaten Minahasa Utara" (body): a host always written bare
                # whose name, with a compass word after it, is another host's is a short form of that host
                trace.rejected.append(("host", c, f"a short form of the host {longer}"))
                host_score[longer] += host_score.pop(c)
                host_sentences.setdefault(longer, set()).update(host_sentences.pop(c, set()))
        # "studi banding ke Kalsel ... ke DPRD A ... ke DPRD B": a province holding scored hosts only places them
        best_host = max((v for c, v in host_score.items() if not any(
            self.contains(c, o) and w >= MIN_SCORE for o, w in host_score.items())), default=0.0)
        hosts, weak = [], set()
        for c, v in host_score.items():
            # a weaker host counts when it is named in a sentence that also names the delegation, as the next
            # stop after the main host, or told gone to with a word of learning ("para tamu pun studi tiru pula ke B")
            below = v < best_host / 2 and not self._tour_stop(text, trace, c, host_score, host_sentences, best_host) \
                and not self._refines(c, host_score) \
                and not self._trip_told_there(text, trace, c) \
                and not self._listed_destination(text, trace, c)
            weaker = below and not host_sentences[c] & visitor_sentences
            if v < MIN_SCORE:
                trace.rejected.append(("host", c, f"host score {v:g} below {MIN_SCORE:g}"))
            elif v < visitor_score.get(c, 0.0):
                trace.rejected.append(("host", c, f"host score {v:g} below its visitor score "
                                                  f"{visitor_score[c]:g}"))
            elif weaker:
                trace.rejected.append(("host", c, f"host score {v:g} under half the best ({best_host:g}) and "
                                                  "not named with the delegation"))
            else:
                hosts.append(c)
                if below:
                    weak.add(c)
        torn = self._torn_host(scan, visitor_score, host_score, hosts)
        if torn is not None:
            # "Pemkab A Kunker ke B" (headline), B's head "dan jajarannya" among those present: B's people, read as a
            # delegation too, outscored B's hosting; with no other host (or only the province holding B) B hosts A
            trace.rejected = [r for r in trace.rejected if r[:2] != ("host", torn)]
            trace.rejected += [("host", h, f"only the province of the host {torn}") for h in hosts]
            trace.rejected.append(("visitor", torn, "the only host left, its visitor evidence weaker than another "
                                                    "delegation's or its hosting told in the headline"))
            hosts = [torn]
        own = [c for c, v in host_score.items() if v > 0 and any(self.contains(c, w) for w in visitor_score)]
        if not hosts and own:  # "Bupati X silaturahmi ke Gubernur P, disambut Gubernur": his own province
            trace.rejected.append(("visits", "-", f"the delegation went to its own province {own[0]}, no dateline "
                                                  "host"))
            return []
        if not hosts:  # "KOTA – Rombongan Pemkab X ... diterima Sekda Y": the publisher hosts
            implicit = self._implicit_host(scan, mentions, visitor_score, seats)
            if not implicit:
                trace.rejected.append(("visits", "-", "no host: none scored, no dateline, no receiving region"))
                return []
            trace.implicit_host = implicit
            hosts = [implicit]
            for off in officials:  # officials with an inferred region who receive them serve the host
                if not off.explicit_region and off.region in visitor_score and off in receivers:
                    off.region = implicit
        if len(hosts) == 1:  # "Rombongan diterima Kepala Bappeda Agus": he serves the host
            for off in receivers:
                off.region = hosts[0]
        visitors = []
        for c, v in sorted(visitor_score.items(), key=lambda kv: -kv[1]):
            if v < MIN_SCORE:
                trace.rejected.append(("visitor", c, f"visitor score {v:g} below {MIN_SCORE:g}"))
            elif c == torn:
                continue
            elif host_score.get(c, 0.0) > v:
                trace.rejected.append(("visitor", c, f"visitor score {v:g} below its host score {host_score[c]:g}"))
            elif (longer := self._shortened(c, visitor_score)) is not None:
                trace.rejected.append(("visitor", c, f"a short form of {longer} named elsewhere"))
            else:
                visitors.append(c)
        program_names = [p.name for p in programs]
        governed = self._governed(text, trace, visitor_score, host_score, host_sentences, sentences_of, mentions)
        by_capital = self._placed_by_capital(scan)
        governed |= set(by_capital)
        # the capital's rule leader leads the province's delegation (round 39: also a province already governed, its
        # council spelt out, whose group is led "from the capital C")
        for prov, city in by_capital.items():
            if prov not in leaders and city in leaders:
                leaders[prov] = leaders[city]
        for c in [c for c in visitors if any(p != c and self.contains(p, c) for p in governed & set(visitors))]:
            rules = {f.rule for f in trace.firings if f.role == "visitor" and f.code == c and f.weight > 0}
            if rules <= {"from_group", "listed_with_visitor"}:
                # "BPSDM Provinsi P menunjuk B ... peserta berasal dari A, C": the province's course travels
                trace.rejected.append(("visitor", c, "participants from the province's own regions in its delegation"))
                visitors.remove(c)
        # a trip told only as planned pairs only with the party named in its own sentence (with several
        # delegations in the text): "Rombongan Pemkab A tiba di Kota B. Pemkab C akan ke D": D is no host of A
        counted = [(f.role, f.code, f.planned) for f in trace.firings if f.weight > 0]
        only_planned = {(r, c) for r, c, _ in counted} - {(r, c) for r, c, p in counted if not p}

        def make(visitor: str, host: str) -> Visit:
            visit = self._visit(text, visitor, host, leaders, officials, evidence, dates, program_names)
            visit.planned = ("visitor", visitor) in only_planned or ("host", host) in only_planned
            return visit

        visits = []
        contained = []  # pairs of a region and its own province: rejected unless the fallback below keeps one
        for visitor in visitors:
            for host in hosts:
                if host == visitor or ((self.contains(host, visitor) or self.contains(visitor, host))
                                       and not {host, visitor} & governed):
                    if host != visitor:
                        contained.append((visitor, host))
                    continue
                home = any(self.contains(host, w) for w in visitors)
                planned = (("visitor", visitor) in only_planned or ("host", host) in only_planned) \
                    and len(visitors) > 1
                # a party told of only in "Baca juga" lines pairs only with the party named in its line
                aside = any(ss and all(aside_at(text, s_) for s_, _ in ss)
                            for ss in (host_sentences.get(host, set()), sentences_of.get(visitor, set())))
                own_sentences = sentences_of.get(visitor, set())
                apart = not host_sentences.get(host, set()) & own_sentences
                # "A studi banding ke B. ... C belajar di D": each party named with its own other one, in no
                # sentence together, belongs to another delegation
                crossed = apart and len(visitors) > 1 and len(hosts) > 1 \
                    and any(h != host and host_sentences.get(h, set()) & own_sentences for h in hosts) \
                    and any(v != visitor and sentences_of.get(v, set()) & host_sentences.get(host, set())
                            for v in visitors)
                if crossed:
                    trace.rejected.append(("pair", f"{visitor} -> {host}", "each named with another party of its "
                                                                            "own, never together"))
                    continue
                if (host in weak or home or planned or aside) and apart:
                    # "A dan B studi banding ke C. B jadi percontohan di Provinsi D": D (weak, or B's own
                    # province) is no host of A
                    trace.rejected.append(("pair", f"{visitor} -> {host}", "a weak host or another delegation's "
                                                                            "province, not named with this one"))
                    continue
                visits.append(make(visitor, host))

        def named_as_body(code: str) -> bool:
            return any(m.code == code and (GOVERNED_BEFORE.search(text, max(0, m.start - 30), m.start)
                                           or OWN_COUNCIL.search(text, max(0, m.start - 30), m.start))
                       for m in mentions)

        # "Komisi I DPRK A melakukan konsultasi ke DPR P", "DPRD Kabupaten A menimba ilmu di DPRD Provinsi P": with no
        # other pair, a region goes to its own province named as a government body (the other way round, a
        # province's governor or council touring its own regions, is oversight, not learning)
        kept = [] if visits else [(v, h) for v, h in contained if self.contains(h, v) and named_as_body(h)]
        visits += [make(visitor, host) for visitor, host in kept]
        trace.rejected += [("pair", f"{visitor} -> {host}", "one region contains the other")
                           for visitor, host in contained if (visitor, host) not in kept]
        visits = self._drop_provinces(self._drop_shared_capitals(scan, visits), trace, governed)
        if any(self.contains(v.visitor, v.host) for v in visits) and not self.cues.studies.search(text):
            # "DPRD Provinsi P kunker ke Kabupaten X" (its own region) with no word of learning: oversight
            for v in [v for v in visits if self.contains(v.visitor, v.host)]:
                trace.rejected.append(("pair", f"{v.visitor} -> {v.host}", "a province's working visit to one of "
                                                                            "its own regions, no learning told"))
                visits.remove(v)
        visits = self._drop_capitals(scan, visits, governed)
        visits += self._sentence_pairs(scan, visits, officials, dates, program_names)
        visits += self._hosts_earlier_trips(scan, visits, officials, program_names)
        returned = RETURN_VISIT.search(text)
        if returned and len({(v.visitor, v.host) for v in visits}) == 1:
            # "kunjungan balasan atas kedatangan Ketua DPRD B ke A": B's earlier visit to A counts too (undated)
            sentence = scan.sentence_of(returned.start())
            back = self._visit(text, visits[0].host, visits[0].visitor, {}, officials, {visits[0].host: sentence}, [],
                               program_names)
            trace.firings.append(Firing("return_visit", "visitor", back.visitor, 0.0, returned.start(), sentence,
                                        "the hosts came first: a return visit"))
            back.earlier = True
            visits.append(back)
        date_visits(scan, visits, host_sentences, dates, mentions)
        starts = sorted({v.evidence[0] for v in visits if v.evidence and not v.earlier})
        visiting = {v.visitor for v in visits if not v.earlier}
        several = len({v.visitor for v in visits if not v.earlier}) > 1
        planned_days = {d.value for d in dates if d.planned}
        for v in visits:
            if v.earlier:
                continue  # the hosts' earlier trip: the article counts today's guests
            # "rombongan dijadwalkan tiba pada <d> <m>": a day dates moved past the report (DateMention.planned)
            # is a trip still to come, whatever the visit's own cue said
            v.planned = v.planned or v.date in planned_days
            if not several:
                v.delegation_size = delegation_size.size(text, 0, len(text))
                continue
            after = next((delegation_size.number(m.group(1)) for mention in mentions if mention.code == v.visitor
                          and (m := delegation_size.SIZE_AFTER_NAME.match(text, mention.end))), None)
            if after is not None:  # "rombongan DPRD B 21 orang": counted right after its name
                v.delegation_size = after
                continue
            if v.evidence:  # from its evidence sentence up to the next delegation's
                scope = (v.evidence[0], next((s_ for s_ in starts if s_ > v.evidence[0]), len(text)))
                v.delegation_size = delegation_size.size(text, *scope)
            if v.delegation_size is None:  # "dari A, rombongan sebanyak 15 orang": counted where A is named alone
                v.delegation_size = delegation_size.own_size(scan.text, scan.sentence_of, mentions, v.visitor,
                                                                  visiting)
        return visits

    def _torn_host(self, scan: Scan, visitor_score: dict[str, float], host_score: dict[str, float],
                   hosts: list[str]) -> str | None:
        """With no host left, or only provinces that hold it, each only a place, never a government nor written with
        its level word ("belajar di P" over a city of P; not "diterima Sekda P", "ke Pemprov P"), the region
        whose hosting (at least ``MIN_SCORE``) lost only to its own visitor evidence while another region, not
        containing it nor inside it, travels (at least ``MIN_SCORE``): it hosts when its visitor score is below that
        other region's or a host firing for it stands in the headline ("Pemkab A Kunker ke B")."""
        best: tuple[float, str] | None = None
        for c, v in host_score.items():
            own = visitor_score.get(c, 0.0)
            if not MIN_SCORE <= v < own or not all(self.contains(h, c) and self._bare(scan, h) for h in hosts):
                continue
            others = [w for o, w in visitor_score.items() if o != c and w >= MIN_SCORE
                      and not self.contains(o, c) and not self.contains(c, o)]
            if not others:
                continue
            told = [f for f in scan.trace.firings if f.role == "host" and f.code == c and f.weight > 0]
            cues = self.cues
            if any(cues.abroad.search(scan.text, *f.sentence) or cues.to_national.search(scan.text, *f.sentence)
                   for f in told):
                continue  # "Lawatan ke <negara>, Bupati A ...": the trip went abroad or to a national body
            headline = any(scan.in_title(f.start) for f in told)
            if (own < max(others) or headline) and (best is None or v > best[0]):
                best = (v, c)
        return best[1] if best else None

    def _sentence_pairs(self, scan: Scan, visits: list[Visit], officials: list[Official], dates: list[DateMention],
                        program_names: list[str]) -> list[Visit]:
        """"Kunjungan balasan: Pemkot A berkunjung ke B tahun lalu. Pemkab B studi banding ke Kota A": when the earlier
        trip won both regions' roles in the totals, today's trip is read from the sentence that tells it (and the
        earlier one is marked so, undated)."""
        trace = scan.trace
        conflicted = {c for role, c, why in trace.rejected if role in ("host", "visitor") and "below its" in why}
        if not conflicted:
            return []
        pairs = {(v.visitor, v.host) for v in visits}
        by_sentence: dict[tuple[int, int], dict[tuple[str, str], float]] = {}
        for f in trace.firings:
            if f.weight > 0 and not f.planned:
                scores = by_sentence.setdefault(f.sentence, {})
                scores[(f.role, f.code)] = scores.get((f.role, f.code), 0.0) + f.weight
        out: list[Visit] = []
        for sentence, scores in sorted(by_sentence.items()):
            for (role, a), va in scores.items():
                for (role_b, b), vb in scores.items():
                    if role != "visitor" or role_b != "host" or a == b or min(va, vb) < MIN_SCORE \
                            or not {a, b} & conflicted or (a, b) in pairs or (b, a) not in pairs:
                        continue
                    back = next(v for v in visits if (v.visitor, v.host) == (b, a))
                    if not (back.evidence and EARLIER_OR_RETURN.search(scan.text, *back.evidence)) \
                            or EARLIER_OR_RETURN.search(scan.text, *sentence):
                        continue  # only a return visit: the trip told as earlier won both roles
                    back.earlier = True  # undated (visit_dates.date_visits)
                    visit = self._visit(scan.text, a, b, {}, officials, {a: sentence}, dates, program_names)
                    trace.firings.append(Firing("sentence_pair", "visitor", a, 0.0, sentence[0], sentence,
                                                f"{a} went to {b} in this sentence (roles taken apart)"))
                    pairs.add((a, b))
                    out.append(visit)
        return out

    def _hosts_earlier_trips(self, scan: Scan, visits: list[Visit], officials: list[Official],
                             program_names: list[str]) -> list[Visit]:
        """"Pemkab B (the host) juga pernah mengunjungi Kabupaten A (the guests) beberapa waktu lalu": the host's
        earlier trip to its guests, told in passing, is a visit too (undated)."""
        out: list[Visit] = []
        pairs = {(v.visitor, v.host) for v in visits}
        going = {"subject_visits", "subject_learns", "official_goes"}
        for f in scan.trace.firings:
            if f.role != "visitor" or f.weight <= 0 or f.rule not in going or not EARLIER_TRIP.search(scan.text,
                                                                                                      *f.sentence):
                continue
            for v in visits:
                if v.host == f.code and (v.host, v.visitor) not in pairs and any(
                        g.role == "host" and g.code == v.visitor and g.sentence == f.sentence and g.weight > 0
                        for g in scan.trace.firings):
                    back = self._visit(scan.text, v.host, v.visitor, {}, officials, {v.host: f.sentence}, [],
                                       program_names)
                    back.earlier = True
                    pairs.add((v.host, v.visitor))
                    out.append(back)
        return out

    def _implicit_host(self, scan: Scan, mentions: list[RegionMention], visitor_score: dict[str, float],
                       seats: Collection[str]) -> str | None:
        """The host of a delegation whose destination is not written: the dateline region (or the regency whose
        seat of government the dateline names, :meth:`_seat_dateline`), else (when the text says someone received
        them: "diterima", "kedatangan", "ke kabupaten ini") the region the article names most; never a region the
        trip reached only as the seat of a national body (``seats``), and none when a dateline in the nation's
        capital stands over a national body's business ("JAKARTA - ... Sekretaris Badan X Kementerian Y menerima
        kunjungan kerja Pemkab A": the report was written at that body). The dateline region may carry visitor
        evidence of its own when another region's is stronger (round 35: "PONOROGO - Rombongan DPRD Kabupaten A
        datang ... Ponorogo juga pernah belajar ...": its people's talk of learning, read as a delegation, does not
        make the dateline no host)."""
        text = scan.text
        if not any(v >= 3.0 for v in visitor_score.values()):
            return None
        if any(f.role == "visitor" and f.weight > 0 and (self.cues.to_national.search(text, *f.sentence)
                                                          or self.cues.abroad.search(text, *f.sentence))
               for f in scan.trace.firings):
            return None  # "konsultasi ke Kemendagri", "studi banding ke Jepang": not to a region
        if any(f.role == "host" and f.weight > 0 and f.rule in ("host_link", "visit_object") and f.code in visitor_score
               for f in scan.trace.firings):
            return None  # "Bupati X berkunjung ke Desa A, Kecamatan B, X": a tour of its own region

        # "JAKARTA - ... Sekretaris Badan X Kementerian Y menerima kunjungan kerja Pemkab A": a dateline in the
        # nation's capital over a national body's business is that body's seat, not a region receiving
        national = any(not aside_at(text, n.start()) for n in self.cues.national.finditer(text))

        def eligible_apart(code: str) -> bool:  # eligible, the region's own visitor evidence aside
            return code not in seats and not self._capital_seat(scan, code) \
                and not any(self.contains(code, v) or self.contains(v, code) for v in visitor_score if v != code)

        def eligible(code: str) -> bool:
            return code not in visitor_score and eligible_apart(code)

        for m in mentions[:3]:
            if dateline(text, m.start, text[m.end:m.end + 80], m.end):
                if national and m.code in self.national_capital and m.code not in visitor_score:
                    return None  # the report was written at the national body the guests went to
                if (m.code not in visitor_score or self._weaker_visitor(m.code, visitor_score)) \
                        and eligible_apart(m.code):
                    return m.code
        seat = self._seat_dateline(scan, mentions)
        if seat is not None and eligible(seat):
            return seat
        if not self.cues.implied_host.search(text):
            return None
        counts: dict[str, int] = {}
        for m in mentions:
            if eligible(m.code) and not aside_at(text, m.start):  # not in a "Baca juga" line
                counts[m.code] = counts.get(m.code, 0) + 1
        if not counts:
            return None
        best = max(counts.values())
        top = [c for c, n in counts.items() if n == best]
        return top[0] if len(top) == 1 else None

    def _seat_dateline(self, scan: Scan, mentions: list[RegionMention]) -> str | None:
        """(round 38) "SENGKANG (Kabar) - Rombongan DPRD A datang ...": a dateline written as a kabupaten's seat of
        government (``seat_of``: ``data/regions.csv`` column capital), a town whose name is no region's, is that
        kabupaten's dateline; read only before the body names any region (the dateline opens the body)."""
        text = scan.text
        first = next((m.start for m in mentions if m.start >= scan.body_start), len(text))
        line = scan.body_start
        while line < min(first, scan.body_start + 300):
            end = text.find("\n", line)
            end = len(text) if end < 0 else end
            # the line's start, or after a comma or full stop within its first 40 characters (an outlet's name)
            starts = [line] + [line + g.end() for g in re.finditer(r"[,.][ \t]*", text[line:min(end, line + 40)])]
            for at in starts:
                run = SEAT_RUN.match(text, at, end)
                if run is None:
                    continue
                words = run.group("seat").split()
                for n in range(len(words), 0, -1):  # the longest seat name first
                    code = self.seat_of.get(fold(" ".join(words[:n])))
                    stop = run.start("seat") + len(" ".join(words[:n]))
                    if code is not None and text[run.start("seat"):stop] == " ".join(words[:n]) \
                            and dateline(text, run.start("seat"), text[stop:stop + 80], stop):
                        return code
            line = end + 1
        return None

    def _implicit_visitor(self, scan: Scan, mentions: list[RegionMention], host_score: dict[str, float],
                          host_sentences: dict[str, set[tuple[int, int]]]) -> tuple[str, tuple[int, int]] | None:
        """"Usai studi banding ke A, DPRD B minta ...": with a host but no written delegation, the
        one regional government (Pemkab, DPRD, Bupati ... X) named in a sentence about the trip travelled."""
        found: dict[str, tuple[int, int]] = {}
        for host, score in host_score.items():
            if score < MIN_SCORE:
                continue
            for sentence in host_sentences[host]:
                for m in mentions:
                    if sentence[0] <= m.start < sentence[1] and m.code != host \
                            and not self.contains(host, m.code) and not self.contains(m.code, host) \
                            and GOVERNMENT_BEFORE.search(scan.text, max(sentence[0], m.start - 30), m.start) \
                            and not FORMER.search(scan.text, max(sentence[0], m.start - 30), m.start):
                        found.setdefault(m.code, sentence)
        hosts = [h for h, score in host_score.items() if score >= MIN_SCORE]
        if not found and not self._national_visit(scan, hosts, host_sentences):
            # "Para anggota DPRD A ... Kini mereka kunker ke B": the one government body the article names
            for m in mentions:
                if hosts and m.code not in host_score and not any(
                        self.contains(h, m.code) or self.contains(m.code, h) for h in hosts) \
                        and not aside_at(scan.text, m.start) \
                        and BODY_BEFORE.search(scan.text, max(0, m.start - 30), m.start) \
                        and not FORMER.search(scan.text, max(0, m.start - 30), m.start):
                    found.setdefault(m.code, scan.sentence_of(m.start))
        if len(found) != 1 or any(c in host_score for c in found):
            return None
        return next(iter(found.items()))

    def _dateline_visitor(self, scan: Scan, mentions: list[RegionMention], host_score: dict[str, float],
                          host_sentences: dict[str, set[tuple[int, int]]]) -> tuple[str, tuple[int, int]] | None:
        """"PACITAN - Dua puluh kepala desa berangkat studi banding ke Kabupaten B ... desa di Pacitan": with a host but
        no written delegation, no government beside the trip and no other region's officials, the region of the
        dateline (round 35: the dateline host of :meth:`_implicit_host` seen from the other side; the outlet writes
        from the delegation's home) travelled. Not when the dateline is the end of an outlet's name ("KABAR X -"), a
        bare name of a town and a regency alike ("MADIUN -"), named nowhere else in the article, the nation's or a
        province's capital (where national and provincial outlets write from), as strong a host as any, or a region
        containing a host, lying in one or sharing a host's name."""
        hosts = [h for h, score in host_score.items() if score >= MIN_SCORE]
        if not hosts or self._national_visit(scan, hosts, host_sentences):
            return None
        text = scan.text
        for m in mentions[:3]:
            if not dateline(text, m.start, text[m.end:m.end + 80], m.end):
                continue
            code = m.code
            core = fold(self.regions[code].core)
            opening = text[text.rfind("\n", 0, m.start) + 1:m.start].rstrip()
            if opening and opening[-1] not in ",|:-–—":
                return None  # "KABAR X – ...": the end of an outlet's name, no place written from
            if m.start == m.name_start and any(o.code != code and fold(o.core) == core for o in self.regions.values()):
                return None  # "BEKASI (outlet) - ...": a bare name of a town and a regency alike
            if not any(o.code == code and o.start != m.start for o in mentions):
                return None  # "X, <outlet> ~ Sejumlah senator ... mendatangi P": X is named only as the dateline
            if code in self.national_capital or self._provincial_capital(code) \
                    or host_score.get(code, 0.0) >= max(host_score.values()) \
                    or any(self.contains(h, code) or self.contains(code, h) or fold(self.regions[h].core) == core
                           for h in hosts if h != code):
                return None
            return code, scan.sentence_of(m.start)
        return None

    @staticmethod
    def _national_visit(scan: Scan, hosts: list[str], host_sentences: dict[str, set[tuple[int, int]]]) -> bool:
        """"Presiden dijadwalkan kunjungan kerja ke B", "Menteri X sambangi B": a sentence that gives a host
        names the president or a minister: a national visit, no region travelled."""
        return any(PRESIDENCY.search(scan.text, *s_) or MINISTER.search(scan.text, *s_)
                   for h in hosts for s_ in host_sentences[h])

    @staticmethod
    def _weaker_visitor(code: str, visitor_score: dict[str, float]) -> bool:
        """The region's visitor evidence is below another region's, which is at least ``MIN_SCORE``."""
        own = visitor_score.get(code, 0.0)
        return any(o != code and w >= MIN_SCORE and w > own for o, w in visitor_score.items())

    def _place_in_province(self, scan: Scan, mentions: list[RegionMention], visitor_score: dict[str, float],
                           host_score: dict[str, float], host_sentences: dict[str, set[tuple[int, int]]]) -> None:
        """"Kades Kabupaten A studi tiru ke Bali ... di Desa B, Kecamatan C, Kabupaten X": a province host whose only
        regency or town named in the body (no visitor candidate, no host yet, not the province's capital) says where
        in it a regency's or town's delegation went; that region hosts too (the province then gives way,
        :meth:`_drop_provinces`). Not for a province's delegation (a province visits a province) or an unwritten
        one, nor for a province named as a government ("DPRD P": its own council hosts), nor in the nation's
        capital."""
        delegations = [c for c, v in visitor_score.items() if v >= MIN_SCORE]
        if not delegations or any(self.regions[c].level == PROV for c in delegations):
            return
        for p, score in list(host_score.items()):
            if score < MIN_SCORE or not self._open_province(scan, mentions, p, host_score):
                continue
            code = self._only_region_named(scan, mentions, p, visitor_score)
            if code is None:
                continue
            m = next(m for m in mentions if m.code == code and m.start >= scan.body_start)
            sentence = scan.sentence_of(m.start)
            scan.trace.firings.append(Firing("placed_in_province", "host", code, MIN_SCORE, m.start, sentence,
                                             f"the only region of the host province {p} named"))
            host_score[code] = MIN_SCORE
            host_sentences.setdefault(code, set()).add(sentence)

    def _open_province(self, scan: Scan, mentions: list[RegionMention], p: str, host_score: dict[str, float]) -> bool:
        """A province host no region of which hosts yet, not the nation's capital, never named as a government."""
        return self.regions[p].level == PROV and p not in self.national_capital \
            and not any(c != p and self.contains(p, c) for c in host_score) \
            and not any(m.code == p and GOVERNMENT_BEFORE.search(scan.text, max(0, m.start - 30), m.start)
                        for m in mentions)

    def _only_region_named(self, scan: Scan, mentions: list[RegionMention], p: str,
                           visitor_score: dict[str, float]) -> str | None:
        """The one region of province ``p`` the body names (no visitor candidate, not the province's capital), if
        only one is named."""
        capital = fold(self.regions[p].capital)
        inner = {m.code for m in mentions if m.start >= scan.body_start and m.code != p
                 and self.contains(p, m.code) and m.code not in visitor_score
                 and fold(self.regions[m.code].core) != capital}
        return inner.pop() if len(inner) == 1 else None

    def _refines(self, code: str, host_score: dict[str, float]) -> bool:
        """"Kunker ke Bali ... ke Bedugul, Kabupaten Tabanan": a region inside a province the trip went to says
        where in it (the province then gives way, :meth:`_drop_provinces`)."""
        return host_score.get(code, 0.0) >= MIN_SCORE and any(
            p != code and self.contains(p, code) and v >= MIN_SCORE for p, v in host_score.items())

    def _trip_told_there(self, text: str, trace: Trace, code: str) -> bool:
        """"Esoknya para tamu pun studi tiru pula ke Kabupaten A dan Kabupaten B": a host told gone to in a
        sentence with a word of learning or of a working visit, written "ke B" or after a list's "dan" (not "di
        B"), in a sentence with no word of a plan or of an earlier trip ("direncanakan", "pernah"), is a
        destination of the trip, however weaker its evidence than the main host's."""
        return any(f.code == code and f.role == "host" and f.weight > 0 and not f.planned
                   and written_as_stop(text, f)
                   and self.cues.learning.search(text, *f.sentence) and not EARLIER.search(text, *f.sentence)
                   and not self.cues.planned_word.search(text, *f.sentence) for f in trace.firings)

    @staticmethod
    def _listed_destination(text: str, trace: Trace, code: str) -> bool:
        """"singgah di tiga lokasi tujuan, yaitu A, B serta C": a region in the list of the trip's destinations
        (rule ``destination_listed``, not planned, no earlier trip told in its sentence) is one of the trip's hosts,
        however weaker its evidence than the main host's, named in the headline and again and again in the body
        (round 38)."""
        return any(f.code == code and f.role == "host" and f.rule == "destination_listed" and f.weight > 0
                   and not f.planned and not EARLIER.search(text, *f.sentence) for f in trace.firings)

    @staticmethod
    def _tour_stop(text: str, trace: Trace, code: str, host_score: dict[str, float],
                   host_sentences: dict[str, set[tuple[int, int]]], best: float) -> bool:
        """"kunker ke Kota A berlangsung 22-24 Oktober, dilanjutkan ke Kota B": a destination written ("ke B", not
        "di B") in a sentence with the main host is the next stop of the same trip."""
        written = {f.sentence for f in trace.firings if f.code == code and f.role == "host" and f.weight > 0
                   and f.rule in ("host_link", "listed_with_host")
                   and written_as_stop(text, f)}
        return any(o != code and v >= best and written & host_sentences[o] for o, v in host_score.items())

    def _visitor_by_officials(self, scan: Scan, officials: list[Official], host_score: dict[str, float],
                              host_sentences: dict[str, set[tuple[int, int]]]) -> tuple[str, tuple[int, int]] | None:
        """"Wakil Wali Kota A menemui Wali Kota B", "Kepala Dinas X Kabupaten A mempelajari ...": with a host but no
        written delegation, the one other region whose officials the article names (their region written, no
        national office, not receiving the guests, not in a "Baca juga" line) travelled."""
        hosts = [h for h, score in host_score.items() if score >= MIN_SCORE]
        if not hosts or self._national_visit(scan, hosts, host_sentences):
            return None
        if any(f.note.startswith("planned trip on national") for f in scan.trace.firings):
            return None  # "Presiden dijadwalkan kunjungan kerja ke B": the head of B prepares, no one travels
        receiving = {f.start for f in scan.trace.firings if f.rule == "received_by"}
        placed = {f.code for f in scan.trace.firings if f.role == "host"}  # a destination, even one ignored
        found: dict[str, tuple[int, int]] = {}
        for o in officials:
            code = o.region
            if not code or not o.explicit_region or code in placed or self.is_national(o.position) \
                    or any(self.contains(h, code) or self.contains(code, h) for h in hosts) \
                    or any(s_ in receiving for s_, _ in o.mentions) or official_aside(scan.text, o) \
                    or FORMER.search(scan.text, max(0, o.position_span[0] - 30), o.position_span[0]):
                continue
            found.setdefault(code, scan.sentence_of(min(s_ for s_, _ in o.mentions)))
        if len(found) != 1:
            return None
        return next(iter(found.items()))

    def _shortened(self, code: str, scores: dict[str, float], compass: bool = False) -> str | None:
        """"Rombongan Pemkab Gorontalo" in an article about Kabupaten Gorontalo Utara's delegation: a region whose name
        begins another scoring region's name (same level, more evidence) is a short form of it. With ``compass``, the
        other is of any level, its name ``code``'s and a compass word (``data/region_words.csv`` kind direction), and
        scores at least as much and at least ``MIN_SCORE`` ("Minahasa" -> "Minahasa Utara")."""
        r = self.regions[code]
        core = r.core.lower()
        for other, score in scores.items():
            o = self.regions[other]
            if other == code or not o.core.lower().startswith(core + " "):
                continue
            if compass and o.core.lower()[len(core) + 1:] in DIRECTIONS and score >= max(scores[code], MIN_SCORE):
                return other
            if not compass and o.level == r.level and score > scores[code]:
                return other
        return None

    def _visit(self, text: str, visitor: str, host: str, leaders: dict[str, Official], officials: list[Official],
               evidence: dict[str, tuple[int, int]], dates: list[DateMention], program_names: list[str]) -> Visit:
        leader = leaders.get(visitor)
        if leader is not None and self.cues.visit_word.search(leader.name):
            leader = None  # "Wali Kota X Laksanakan Kunjungan Kerja": a headline's words, no name
        if leader is None:
            leader = self._likely_leader(text, visitor, officials)
        ev = evidence.get(visitor)
        m = self.cues.kinds.search(text)
        kind = self.kind_of.get(" ".join(m.group(0).lower().split())) if m else None
        date = visit_day(text, ev, dates, self.cues.dated_word)
        visit = Visit(visitor, host, date, leader, None, kind, list(program_names), evidence=ev)
        visit.read_officials(officials)
        return visit
