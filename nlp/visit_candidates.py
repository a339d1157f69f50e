"""The candidates of the visit rules and their evidence: :class:`EvidenceReader` turns an article's region
mentions (a province or city only placing the one before it left out) and official mentions into the items the
rules of :mod:`nlp.visit_rules` read, and applies the rule table to each (:meth:`EvidenceReader._apply`: the
rules that fire count for the item's region as visitor or host, weighed by :meth:`nlp.visit_scan.Scan.add`).
"""

from __future__ import annotations

import re
from typing import Any

from nlp.lexicon import Region
from nlp.official_merge import Official
from nlp.regions import PROV, RegionMention
from nlp.rule_cues import RuleGates
from nlp.textutil import aside_at
from nlp.visit_patterns import APPOSED_GAP, GOVERNED_BEFORE, WALI_BEFORE, Cues
from nlp.visit_rules import OFFICIAL_AFTER, OFFICIAL_BEFORE, REGION_AFTER, REGION_BEFORE, Rule
from nlp.visit_scan import OfficialItem, RegionItem, Scan, undot


class EvidenceReader:
    """The candidates of ``nlp.visits.VisitFinder`` and the rule table applied to them. Reads ``self.regions`` and
    ``self.capital_of`` (set only in ``VisitFinder.__init__``) and the finder's ``contains``
    (:class:`nlp.visit_places.PlaceRules`)."""

    regions: dict[str, Region]  # set by VisitFinder
    capital_of: dict[str, str]  # set by VisitFinder
    cues: Cues  # set by VisitFinder

    def rule_gates(self, rules: tuple[Rule, ...]) -> RuleGates:
        """The cue words of the rule table ``rules`` (:class:`nlp.rule_cues.RuleGates`), built once per table."""
        cache: dict[int, RuleGates] = self.__dict__.setdefault("_rule_gates", {})
        gates = cache.get(id(rules))
        if gates is None or gates.rules is not rules:
            gates = cache[id(rules)] = RuleGates(rules, self.cues)
        return gates

    @staticmethod
    def _apply(scan: Scan, rules: tuple[Rule, ...], item: Any, code: str | None, pos: int,
               official: Official | None, leaders: dict[str, Official]) -> tuple[set[str], str | None]:
        """The short loop: every rule of the table on one item (but those whose cue words its window lacks:
        :meth:`nlp.visit_scan.Scan.silent_rules`); returns the rules that fired and the region they counted for."""
        fired: list[Rule] = []
        names: set[str] = set()
        silent = scan.silent_rules(rules, item)
        for i, rule in enumerate(rules):
            if silent >> i & 1:
                continue
            if (not rule.unless or names.isdisjoint(rule.unless)) and rule.fires(scan, item):
                fired.append(rule)
                names.add(rule.name)
        if official is not None and scan.finder.is_national(official.position):
            code = None  # "Wakil Ketua DPD RI Provinsi X", "Menteri X": a national office, no region's delegation
        if official is not None and not official.explicit_region and any(r.leads for r in fired):
            # "Rombongan dipimpin Asisten II, Budi": a leader's region guessed from the text around him (often
            # the host's, named nearby) is no evidence of who travelled
            code = None
        for rule in fired:
            scan.mark(getattr(item, "mention", item), rule.name)
            if code and rule.name == "received_by" and official is not None and not official.explicit_region:
                rule = Rule(rule.name, rule.role, 1.0, rule.scope, rule.fires, rule.examples)  # inferred: weaker
            if scan.add(rule, code, pos) and rule.leads and official is not None and code:
                leaders.setdefault(code, official)
        return names, code

    def _region_items(self, scan: Scan, mentions: list[RegionMention]) -> list[RegionItem]:
        text = scan.text
        context: set[int] = set()  # "Kabupaten Sintang, Kalimantan Barat": the province is named for context
        for i in range(1, len(mentions)):
            if self._appositive_province(text, mentions[i - 1], mentions[i], i - 1 in context) \
                    or self._office_seat(text, mentions[i - 1], mentions[i]):
                context.add(i)
        kept = [i for i in range(len(mentions)) if i not in context]
        items = []
        for k, i in enumerate(kept):
            m = mentions[i]
            sentence = scan.sentence_of(m.start)
            prev = mentions[kept[k - 1]] if k else None  # list neighbours, provinces placing them skipped
            nxt = mentions[kept[k + 1]] if k + 1 < len(kept) else None
            # "menyambangi Wali Kota X": the level word belongs to the title before the name
            cut = m.name_start if m.name_start > m.start and WALI_BEFORE.search(text, max(0, m.start - 8), m.start) \
                else m.start
            before = undot(text[max(sentence[0], cut - REGION_BEFORE):cut])
            # what follows, up to the next region ("KOTA – Rombongan Pemkab X ...": the dateline region is
            # not the one that travels)
            j = i + 1
            while j in context:  # "Kabupaten X di Provinsi Y didatangi ...": the placing province is skipped
                j += 1
            go_on = mentions[j - 1].end if j > i + 1 else m.end
            stop = mentions[j].start if j < len(mentions) else len(text)
            after = text[go_on:min(go_on + REGION_AFTER, stop)]
            items.append(RegionItem(m, before, undot(after), go_on, sentence, prev, nxt))
        return items

    def _office_seat(self, text: str, prev: RegionMention, m: RegionMention) -> bool:
        """"ke DPRD Provinsi Jawa Timur di Surabaya": a city of the province after its council or government only
        says where that office sits."""
        return self.regions[prev.code].level == PROV and self.contains(prev.code, m.code) \
            and re.fullmatch(r"\s*,?\s*di\s+(?:kota\s+)?", text[prev.end:m.start], re.IGNORECASE) is not None \
            and GOVERNED_BEFORE.search(text, max(0, prev.start - 30), prev.start) is not None

    def _appositive_province(self, text: str, prev: RegionMention, m: RegionMention, prev_context: bool) -> bool:
        """A province written right after a kabupaten/kota (or after such a province) only places it: "Pemkab X,
        Provinsi Y", "Kabupaten X (Y)", "Kabupaten X (XX), Y", "Kabupaten X di Provinsi Y", "Kabupaten X Y" (Y its
        own province, or any with X's level word written), "Kabupaten X (XY), Provinsi Y" (its short form unread),
        even when the writer names the province it used to belong to (or a wrong one)."""
        gap = text[prev.end:m.start]
        if m.code in self.capital_of and m.start == m.name_start and prev.code != m.code \
                and self.regions[prev.code].province_code == self.capital_of[m.code] and "\n" not in gap \
                and (not gap.strip() or APPOSED_GAP.fullmatch(gap)):
            return True  # "DPRD Kabupaten Kulon Progo Yogyakarta": the bare name shared with the province places it
        return (self.regions[m.code].level == PROV and (self.regions[prev.code].level != PROV or prev_context)
                and (APPOSED_GAP.fullmatch(gap) is not None
                     or (not gap.strip() and "\n" not in gap
                         and (m.start != m.name_start or self.contains(m.code, prev.code)
                              or (prev.start != prev.name_start and self.regions[prev.code].level != PROV)))))

    @staticmethod
    def _official_items(text: str, officials: list[Official]) -> list[OfficialItem]:
        at = sorted(((s, e, o) for o in officials for s, e in o.mentions if not aside_at(text, s)),
                    key=lambda x: x[0])
        return [OfficialItem(o, s, e, undot(text[max(0, s - OFFICIAL_BEFORE):s]),
                             undot(text[e:e + OFFICIAL_AFTER])) for s, e, o in at]
