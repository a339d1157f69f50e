"""Special places of the visit step: which region contains which (a province its kabupaten/kota, also those of
the provinces split from it), a national office, the nation's capital and other seats of national bodies (no host,
no delegation), provinces that take part as a government body (:meth:`PlaceRules._governed`), and the pairs
given way to a region inside them (a province, a capital written bare with its province's name, a province's
capital town): :class:`PlaceRules`.
"""

from __future__ import annotations

import re

from nlp.lexicon import Lexicon, Region
from nlp.regions import KOTA, PROV, RegionMention
from nlp.textutil import aside_at, fold
from nlp.visit_patterns import (
    CAPITAL_NAME,
    GOVERNED_BEFORE,
    GOVERNED_REACH,
    GOVERNMENT_BEFORE,
    MIN_SCORE,
    SEAT_AFTER,
    Cues,
)
from nlp.visit_records import Trace, Visit
from nlp.visit_rules import GOVERNMENTS_JOINED
from nlp.visit_scan import Scan


class PlaceRules:
    """The special places of ``nlp.visits.VisitFinder``. Reads ``self.regions``, ``self.cues`` and
    ``self.national_positions``, set only in ``VisitFinder.__init__``, and its own tables ``self.split_off``,
    ``self.capital_of`` and ``self.national_capital``, built by :meth:`_init_places`, which that ``__init__``
    calls."""

    regions: dict[str, Region]  # set by VisitFinder
    cues: Cues  # set by VisitFinder
    national_positions: set[str]  # set by VisitFinder
    split_off: dict[str, frozenset[str]]  # set by _init_places
    capital_of: dict[str, str]  # set by _init_places
    seat_of: dict[str, str]  # set by _init_places
    national_capital: frozenset[str]  # set by _init_places

    def _init_places(self, lexicon: Lexicon) -> None:
        """The place tables, from ``self.regions`` and ``lexicon``: ``capital_of``, ``seat_of``, ``split_off`` and
        ``national_capital``."""
        # a province's capital city that carries the province's name ("Yogyakarta", "Bengkulu"): bare, it may name
        # either
        self.capital_of = {r.code: p.code for r in self.regions.values()
                           if r.level == KOTA and (p := self.regions.get(r.province_code)) is not None
                           and p.capital.lower() == r.core.lower() and r.core.lower() in p.core.lower()}
        # a regency's seat of government whose name is no region's ("Sengkang" for Kabupaten Wajo; data/regions.csv
        # column capital), folded -> that regency, when it seats one only (round 38: the seat dateline,
        # ``PairResolver._seat_dateline``)
        # (of ``Lexicon.seated``, the seats of every region, those that seat one regency or city and no province)
        seated = {seat: [code for code in codes if self.regions[code].level != PROV]
                  for seat, codes in lexicon.seated.items() if not lexicon.is_region_name(seat)}
        self.seat_of = {seat: codes[0] for seat, codes in seated.items() if len(codes) == 1}
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

    def is_national(self, position: str) -> bool:
        """``position`` is a national post or opens with one ("Menteri Dalam Negeri"): the position up to each of its
        spaces looked up in the set (round 32, speed: no loop over every national post)."""
        if position in self.national_positions:
            return True
        cut = position.find(" ")
        while cut >= 0:
            if position[:cut] in self.national_positions:
                return True
            cut = position.find(" ", cut + 1)
        return False

    def _national_seat(self, scan: Scan, mentions: list[RegionMention], code: str) -> bool:
        """"ke luar daerah, yaitu ke Jakarta ... kunjungan kerja ke DPR di Jakarta": the region is named as the seat of
        a national body the trip went to, never as a government of its own ("Pemprov DKI", "DPRD DKI")."""
        seat = False
        for m in mentions:
            if m.code != code:
                continue
            if GOVERNMENT_BEFORE.search(scan.text, max(0, m.start - 30), m.start):
                return False
            s_start, s_end = scan.sentence_of(m.start)
            to = list(self.cues.to_national.finditer(scan.text, max(s_start, m.start - 80), m.start))
            if to and re.fullmatch(r"(?:[^.;,\n]{0,60}?\bdi)?\s+", scan.text[to[-1].end():m.start], re.IGNORECASE):
                seat = True
            # "ke Jakarta (KPU Pusat)", "ke Jakarta untuk berkonsultasi ke Kemendagri"
            after = SEAT_AFTER.match(scan.text, m.end, s_end)
            if after and self.cues.national.search(after.group(0)):
                seat = True
        return seat or self._capital_seat(scan, code)

    def _capital_seat(self, scan: Scan, code: str) -> bool:
        """"DPRD A konsultasi ke Jakarta ... ke Kemendagri": the nation's capital, never named as a government ("Pemprov
        DKI", "Dinas X DKI"), in an article telling of a trip to a national body (or of consulting in the capital:
        "berkonsultasi ke Jakarta", ``Cues.consult_to``) is that body's seat (once per region and article)."""
        if code not in self.national_capital:
            return False
        found = scan.capital_seats.get(code)
        if found is None:
            consult_to = self.cues.consult_to
            found = scan.capital_seats[code] = (any(
                not aside_at(scan.text, t.start()) for t in self.cues.to_national.finditer(scan.text)) or any(
                consult_to.search(scan.text, max(0, m.start - 40), m.start) for m in scan.mentions if m.code == code)
            ) and not any(
                GOVERNMENT_BEFORE.search(scan.text, max(0, m.start - 30), m.start)
                or GOVERNED_BEFORE.search(scan.text, max(0, m.start - 40), m.start)
                for m in scan.mentions if m.code == code)
        return found

    def contains(self, outer: str, inner: str) -> bool:
        """A province contains its kabupaten/kota (also those of the provinces later split from it, as the news
        still places them: "DPRD Nabire Papua", "Kabupaten A, Kalimantan Timur" for a regency now of Kalimantan
        Utara)."""
        return self.regions[outer].level == PROV and (self.regions[inner].province_code == outer or (
            self.regions[inner].level != PROV and self.regions[inner].province_code in self.split_off.get(outer, ())))

    def _governed(self, text: str, trace: Trace, visitor_score: dict[str, float], host_score: dict[str, float],
                  host_sentences: dict[str, set[tuple[int, int]]],
                  sentences_of: dict[str, set[tuple[int, int]]], mentions: list[RegionMention]) -> set[str]:
        """Provinces that take part as a government body ("DPRD Provinsi Riau", "Pemprov Maluku", named so where
        a rule fired for them, with two firings' worth of evidence or in a sentence that also gives evidence
        for one of its own regions): such a province visits or receives one of its own regions ("DPRD Kabupaten
        X konsultasi ke DPRD Provinsi Y"), unlike a province named only to place a region or a trip. A firing on an
        official ("dipimpin Kepala BPSDMD Provinsi P, Budi") counts where the firing's sentence names the body. The body
        is read up to ``GOVERNED_REACH`` characters before the name: an office's full name ("Dinas A, B dan C
        Provinsi P") runs long."""
        out = set()
        for f in trace.firings:
            if f.weight > 0 and self.regions[f.code].level == PROV \
                    and (GOVERNED_BEFORE.search(text, max(0, f.start - GOVERNED_REACH), f.start)
                         or any(m.code == f.code and f.sentence[0] <= m.start < f.sentence[1]
                                and GOVERNED_BEFORE.search(text, max(0, m.start - GOVERNED_REACH), m.start)
                                for m in mentions)):
                score = (visitor_score if f.role == "visitor" else host_score).get(f.code, 0.0)
                others = sentences_of if f.role == "host" else host_sentences
                inner = any(self.contains(f.code, c) and f.sentence in ss for c, ss in others.items())
                # "kaji banding ke DPRD Provinsi P dan DPRD Kabupaten X": two governments visited
                inner = inner or (f.role == "host" and any(
                    self.contains(f.code, c) and f.sentence in ss and GOVERNMENTS_JOINED.search(text, *f.sentence)
                    for c, ss in host_sentences.items()))
                if score >= 2 * MIN_SCORE or inner:
                    out.add(f.code)
        return out

    def _placed_by_capital(self, scan: Scan) -> dict[str, str]:
        """Provinces whose capital town fires in the same part as they do ("studi banding ke Kota C, Provinsi P",
        "tamu dari ibu kota C"), where the article names the province as a government body somewhere
        ("Pemprov P", "DPRD Provinsi P") and the town never as a city government: the province's government takes
        the part, as in :meth:`_governed` (the capital then gives way, :meth:`_drop_capitals`); a province
        :meth:`_governed` already took is kept, so that the capital's led group still gives it its leader. Province
        -> its capital."""
        fired = {(f.role, f.code) for f in scan.trace.firings if f.weight > 0}
        out = {}
        for role, city in fired:
            prov = self.regions[city].province_code
            if prov not in self.regions or (role, prov) not in fired \
                    or not self._is_capital_of(scan, city, prov):
                continue
            if any(m.code == prov and GOVERNED_BEFORE.search(scan.text, max(0, m.start - GOVERNED_REACH), m.start)
                   for m in scan.mentions):
                out[prov] = city
        return out

    def _drop_provinces(self, visits: list[Visit], trace: Trace, governed: set[str]) -> list[Visit]:
        """A province visitor/host is dropped when the same visit names one of its regencies/cities (unless the
        province is named as a government body)."""
        out = []
        for v in visits:
            # "DPRD A dan B, Provinsi P, studi banding ke DPRD Provinsi Q": P (placing A and B) gives way to them
            # though Q, the host, takes part as a government (a province governed as a visitor keeps its host
            # province: "DPRD P ke Kota C, Provinsi Q ... memilih Provinsi Q")
            inner_visitor = any(o is not v and o.host == v.host and self.contains(v.visitor, o.visitor) for o in visits)
            inner_host = any(o is not v and o.visitor == v.visitor and self.contains(v.host, o.host) for o in visits)
            if (inner_visitor and v.visitor not in governed) or (inner_host and not {v.visitor, v.host} & governed):
                trace.rejected.append(("pair", f"{v.visitor} -> {v.host}",
                                       "a province where one of its own regions takes the part"))
                continue
            out.append(v)
        return out

    @staticmethod
    def _bare(scan: Scan, code: str) -> bool:
        """The region is always written by its bare name, never with its level word or as a government."""
        return all(m.start == m.name_start and not GOVERNMENT_BEFORE.search(scan.text, max(0, m.start - 30), m.start)
                   for m in scan.mentions if m.code == code)

    def _drop_shared_capitals(self, scan: Scan, visits: list[Visit]) -> list[Visit]:
        """"studi banding ke Yogyakarta ... lokasinya Desa A, Bantul": a capital always written bare with the name
        of its province gives way, as the province would, to another region of that province in the same part.
        Round 40: it gives way to the province itself, in the same part, where the article writes the province
        otherwise than the capital's bare name ("ke Daerah Istimewa Yogyakarta ... berlatih di Yogyakarta"):
        the bare name is the province's (:meth:`_spelt_province`)."""
        def takes_its_part(code: str, other: str) -> bool:  # another region of its province, or the province spelt out
            return other != code and (self.regions[other].level != PROV
                                      and self.regions[other].province_code == self.capital_of[code]
                                      or other == self.capital_of[code] and self._spelt_province(scan, code))

        out = []
        for v in visits:
            if (v.host in self.capital_of and self._bare(scan, v.host)
                    and any(o.visitor == v.visitor and takes_its_part(v.host, o.host) for o in visits)) \
                    or (v.visitor in self.capital_of and self._bare(scan, v.visitor)
                        and any(o.host == v.host and takes_its_part(v.visitor, o.visitor) for o in visits)):
                scan.trace.rejected.append(("pair", f"{v.visitor} -> {v.host}", "a bare name shared with its "
                                            "province, where another region of the province or the province "
                                            "written out takes the part"))
                continue
            out.append(v)
        return out

    def _spelt_province(self, scan: Scan, capital: str) -> bool:
        """The province of ``capital`` (a capital named like it, :attr:`capital_of`) is written somewhere otherwise
        than the capital is ("Daerah Istimewa Yogyakarta", "Provinsi Gorontalo", "DIY" beside a bare
        "Yogyakarta")."""
        prov = self.capital_of[capital]
        written = {scan.text[m.start:m.end].lower() for m in scan.mentions if m.code == capital}
        return any(m.code == prov and scan.text[m.start:m.end].lower() not in written for m in scan.mentions)

    def _provincial_capital(self, code: str) -> bool:
        """The region is its province's capital town ("Tanjung Pinang" is "Tanjungpinang"; where a province's outlets
        write from)."""
        r = self.regions[code]
        p = self.regions.get(r.province_code)
        return r.level != PROV and p is not None and bool(p.capital) and fold(p.capital) == fold(r.core)

    def _is_capital_of(self, scan: Scan, city: str, prov: str) -> bool:
        """The town is the province's capital (:meth:`_provincial_capital`), never named as a city government
        (Pemkot, Wali Kota, DPRD Kota)."""
        return self.regions[prov].level == PROV and self.regions[city].province_code == prov \
            and self._provincial_capital(city) and not any(
                m.code == city and GOVERNMENT_BEFORE.search(scan.text, max(0, m.start - 30), m.start)
                for m in scan.mentions)

    def _drop_capitals(self, scan: Scan, visits: list[Visit], governed: set[str]) -> list[Visit]:
        """"studi banding ke Kota Ambon ... Banmus DPRD Maluku": a province's capital, never named as a city
        government (:meth:`_is_capital_of`), only places the province's own government that takes the part."""
        pairs = {(v.visitor, v.host) for v in visits}
        out = []
        for v in visits:
            if any((v.visitor, p) in pairs and self._is_capital_of(scan, v.host, p) for p in governed) or \
                    any((p, v.host) in pairs and self._is_capital_of(scan, v.visitor, p) for p in governed):
                scan.trace.rejected.append(("pair", f"{v.visitor} -> {v.host}", "the capital town of a province "
                                                                                "whose government takes the part"))
                continue
            out.append(v)
        return out
