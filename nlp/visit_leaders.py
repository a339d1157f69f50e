"""Who leads a delegation when the text does not say: :class:`LeaderChooser` (the highest-ranked official of the
visiting region, not one receiving the guests, speaking from home, standing in or named only in a "Baca juga"
line), the rank of a position (:func:`_rank`) and the patterns of officials who tell of a trip without leading it.
The rules that read a leader in the text are in :mod:`nlp.visit_rules`; tours, stand-ins and a leg's leader in
:mod:`nlp.leaders`; the order in which a visit's leader is chosen among all these is ``nlp.visits.VisitFinder.find``'s.
"""

from __future__ import annotations

import re

from nlp.leaders import along, spoken_of
from nlp.official_merge import Official
from nlp.official_titles import ACTING
from nlp.textutil import sentence_around
from nlp.visit_patterns import Cues
from nlp.visit_rules import RANK
from nlp.visit_scan import _aside

# "X saat dikonfirmasi membenarkan bahwa dewan kunker ke ...", "ketika ditemui di gedung DPRD": told at home (not
# "saat dihubungi": a phone call may reach the head on the trip)
AT_HOME = re.compile(r"\b(?:dikonfirmasi|ditemui\s+di\s+(?:ruang|kantor|gedung))\b", re.IGNORECASE)
REPRESENTED = re.compile(r"\b(?:mewakili|atas\s+nama)\s+$", re.IGNORECASE)
# a press or protocol officer tells of the trip; he leads it only when the text says so
SPOKESMAN = re.compile(r"\b(?:humas|hubungan\s+masyarakat|protokol|subbagian|subbag)\b", re.IGNORECASE)
# the council's or the government's clerks tell of a trip they do not lead: "Kabag Risalah Setwan", "Sekwan"
SECRETARIAT = re.compile(r"(?:Kepala\s+Bagian|Kepala\s+Subbagian|Kabag|Kasubag|Sekretaris\s+(?:DPRD|Dewan)|Staf)\b")
LEADING_HEADS = ("Ketua", "Pimpinan", "Kepala", "Wakil Ketua", "Asisten", "Sekretaris", "Staf Ahli", "Inspektur",
                 "Direktur")


class LeaderChooser:
    """The likely leader of ``nlp.visits.VisitFinder``'s delegations. Reads ``self.cues``, set only in
    ``VisitFinder.__init__``."""

    cues: Cues  # set by VisitFinder

    def _at_reception(self, text: str, official: Official) -> bool:
        """An official named only in sentences about receiving the guests, when his region is only inferred
        ("Kadis X menyambut rombongan didampingi Kabid Y": likely one of the hosts), or where he confirms the
        trip to a reporter ("saat dikonfirmasi membenarkan ...": he speaks from home)."""
        return all(AT_HOME.search(sentence_around(text, s)) or not official.explicit_region
                   and self.cues.receive_any.search(sentence_around(text, s)) for s, _ in official.mentions)

    def _likely_leader(self, text: str, visitor: str, officials: list[Official],
                       hosting: frozenset[int] = frozenset()) -> Official | None:
        """With no official the text says leads: the highest-ranked official of the visiting region (the one
        the text names most among holders of one position; one who only goes along last), else the one
        official of that region it names; not one of ``hosting`` (ids: those who receive the delegation,
        names holding a region's)."""
        own = [o for o in officials if o.region == visitor and id(o) not in hosting and not self._at_reception(text, o)
               and not _represented(text, o)
               and not _aside(text, o) and not self.cues.visit_word.search(o.name)
               and not SPOKESMAN.search(o.position) and not SECRETARIAT.match(o.position)]
        first = {}  # officials of one position (a name and a headline's words after "Gubernur X") together
        for o in sorted(own, key=lambda o: min(s for s, _ in o.mentions)):
            first.setdefault(o.position, min(s for s, _ in o.mentions))
        ranked = sorted((o for o in own if _rank(o.position) is not None),
                        key=lambda o: (along(text, o), spoken_of(text, o), _rank(o.position), first[o.position],
                                       -len(o.mentions),
                                       min(s for s, _ in o.mentions)))
        if ranked:
            return ranked[0]
        return own[0] if len(own) == 1 else None


def _represented(text: str, official: Official) -> bool:
    """"Mewakili Bupati X, Sekda Y ...": X is not there; whoever stands in for him is."""
    starts = [official.position_span[0]] if official.position_span != (0, 0) else [s for s, _ in official.mentions]
    return all(REPRESENTED.search(text, max(0, s - 20), s) for s in starts)


def _rank(position: str) -> int | None:
    """How likely an official leads a delegation: heads of region first, then chairs, heads of office; None for
    members and others, who lead only when the text says so."""
    core = ACTING.sub("", position)
    if core in RANK:
        return RANK.index(core)
    for i, head in enumerate(LEADING_HEADS):
        if core.startswith(head):
            return len(RANK) + i
    return None
