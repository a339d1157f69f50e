"""Who leads a delegation when the text does not say: :class:`LeaderChooser` (the highest-ranked official of the
visiting region, not one receiving the guests, speaking from home, standing in or named only in a "Baca juga"
line), the rank of a position (:func:`_rank`) and the patterns of officials who tell of a trip without leading it.
The rules that read a leader in the text are in :mod:`nlp.visit_rules`; tours, stand-ins and a leg's leader in
:mod:`nlp.leaders`; the order in which a visit's leader is chosen among all these is
:meth:`LeaderChooser._choose_leaders`'s (``nlp.visits.VisitFinder.find`` calls it once the rules have fired).
"""

from __future__ import annotations

import re

from nlp.leaders import (
    HEAD_WORD,
    TRIP,
    along,
    fullest,
    host_leader,
    leg_leader,
    spoken_of,
    stand_in,
    tour_legs,
    trip_of,
)
from nlp.lexicon import ROMAN
from nlp.official_merge import Official
from nlp.official_titles import ACTING
from nlp.regions import RegionMention
from nlp.textutil import sentence_around
from nlp.visit_patterns import Cues
from nlp.visit_records import Visit
from nlp.visit_rules import RANK
from nlp.visit_scan import Scan, official_aside

# "X saat dikonfirmasi membenarkan bahwa dewan kunker ke ...", "ketika ditemui di gedung DPRD": told at home (not
# "saat dihubungi": a phone call may reach the head on the trip)
AT_HOME = re.compile(r"\b(?:dikonfirmasi|ditemui\s+di\s+(?:ruang|kantor|gedung))\b", re.IGNORECASE)
REPRESENTED = re.compile(r"\b(?:mewakili|atas\s+nama)\s+$", re.IGNORECASE)
# a press or protocol officer tells of the trip; he leads it only when the text says so
SPOKESMAN = re.compile(r"\b(?:humas|hubungan\s+masyarakat|protokol|subbagian|subbag)\b", re.IGNORECASE)
# the council's or the government's clerks tell of a trip they do not lead: "Kabag Risalah Setwan", "Sekwan"
SECRETARIAT = re.compile(r"(?:Kepala\s+Bagian|Kepala\s+Subbagian|Kabag|Kasubag|Sekretaris\s+(?:DPRD|Dewan)|Staf)\b")
# "Sekretariat DPRD X Sambangi Y", "Setwan X Belajar ke Y": the headline sends the secretariat itself, whose clerks
# then lead it
SECRETARIAT_TRIP = re.compile(r"\b(?:Sekretariat\s+(?:DPRD|Dewan)|Setwan|Sekwan)\b", re.IGNORECASE)
# "Bupati Budi, SH disambut Wakil Bupati Y": the one received is a guest
RECEIVED_AFTER = re.compile(r"(?:[ \t]*,[ \t]*[A-Z][\w.]{0,6})*[ \t]*,?[ \t]*(?:(?:beserta|bersama|dan)[ \t]+"
                            r"(?:rombongan|rombongannya|jajarannya)[ \t]+)?(?:disambut|diterima)\b")
# "Rombongan Bupati X diwakili Asisten I Y", "dipimpin Bupati X, yang diwakili Plh. Asisten I Y, datang ...",
# "Rombongan Pemkab X diwakili oleh Asisten Y": the one standing in for the delegation's head leads it (not "rombongan
# diterima Bupati Z yang diwakili Asisten W": the host's stand-in)
STANDS_IN = re.compile(r"\bdiwakili(?:[ \t]+oleh)?[ \t]+(?:(?:Plt|Plh|Pj)\.?[ \t]+)?$", re.IGNORECASE)
DELEGATION_BEFORE = re.compile(r"\b(?:rombongan|delegasi|dipimpin)\b", re.IGNORECASE)
# "rombongan ... kepada Sekretaris DPRD Y yang diwakili Z": the words after the delegation pass to another party
OTHER_PARTY = re.compile(r"\b(?:kepada|oleh|ke|dengan|di)\b", re.IGNORECASE)
# "Ketua Komisi III DPRD", "Ketua Pansus Tatib DPRD": the chair of a council's committee, whose committee may be the
# delegation ("anggota Komisi 3 DPRD X berkunjung ke ...")
COMMITTEE_CHAIR = re.compile(r"^Ketua[ \t]+((?:Komisi|Pansus)(?:[ \t]+(?:[A-E]|[IVX]{1,4}|\d{1,2}))?)\b")
# "Ketua Komisi I", "Wakil Ketua Komisi I": the committee in a head's title ("anggota Komisi I": the group may travel)
CHAIR_BEFORE = re.compile(r"\b(?:Ketua|Wakil|Sekretaris)[ \t]+$", re.IGNORECASE)
# "Ketua DPRD bersama Komisi B DPRD X tiba di ...": the council's heads travel with the committee and lead it
COUNCIL_TOO = re.compile(r"\b(?:pimpinan|ketua)[ \t]+(?:DPRD|dewan)[ \t]+(?:dan|serta|bersama|beserta)[ \t]+$",
                         re.IGNORECASE)
# the field of a clerk's office in his position ("Kepala Bagian Humas", "Kabag Kerjasama Biro ...": Humas, Kerjasama),
# and that office named in the text, up to five words before its field ("Bagian Humas dan Protokol", "Biro Tata
# Pemerintahan dan Kerjasama")
CLERK_FIELD = re.compile(r"\b(?:Bagian|Biro|Subbagian|Kabag|Kasubag|Kasubbag)[ \t]+(\w{4,})")
# the offices whose own trip its clerk may lead: the press, protocol and co-operation offices (not an office that only
# arranges the trip of others, as an economy office that co-ordinates the agencies' study tour)
TRAVELLING_OFFICES = frozenset({"humas", "hubungan", "protokol", "prokopim", "kerjasama", "kerja"})
OFFICE_BEFORE = r"\b(?:Bagian|Biro|Subbagian|Subbag)[ \t]+(?:[\w(),]+[ \t]+){0,5}?"
# "Ketua Rombongan", "pimpinan rombongan", "ketua delegasi", "Ketua Tim", "Ketua Tim DPRD X", "Ketua Tim Studi Banding":
# the head of the group the text names; not the head of a team with a name of its own ("Ketua Tim Penggerak PKK",
# "Ketua Tim Percepatan ...", "ketua tim penilai ...": a post of the host or of no trip)
GROUP_HEAD = re.compile(r"\b" + HEAD_WORD + r"[ \t]+(?:rombongan|delegasi|tim(?=[ \t]*(?:[^\w \t]|$)|[ \t]+(?:dari|asal"
                        r"|DPRD|dewan|komisi|pansus|pemerintah|pemkab|pemkot|pemprov|pemda|kabupaten|kota|provinsi|"
                        + TRIP + r")\b))\b", re.IGNORECASE)
# the head of the group named after the official ("Budi selaku ketua rombongan", "Ani (Asisten II/Ketua Tim)",
# "Wakil Ketua DPRD X sekaligus ketua rombongan, Budi")
BRACKET = re.compile(r"[()]")
GROUP_HEAD_AFTER = re.compile(r"[^.;:\n]{0,45}?(?:selaku|sebagai|sekaligus|yang[ \t]+juga|/)[ \t]*(?:menjadi[ \t]+)?$",
                              re.IGNORECASE)
# what stands between two officials listed side by side: a comma or "dan|serta", then the second's title of
# capitalised words (degrees after the first's name too: "A, SH, Wakil Ketua B")
LISTED_NEXT = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:dan|serta)[ \t]+)?|(?:dan|serta)[ \t]+)"
                         r"(?:[A-Z][\w.()/-]*,?[ \t]+|(?:dan|serta)[ \t]+){0,8}")
LEADING_HEADS = ("Ketua", "Pimpinan", "Kepala", "Wakil Ketua", "Asisten", "Sekretaris", "Staf Ahli", "Inspektur",
                 "Direktur")


class LeaderChooser:
    """The likely leader of ``nlp.visits.VisitFinder``'s delegations. Reads ``self.cues``, set only in
    ``VisitFinder.__init__``."""

    cues: Cues  # set by VisitFinder

    def _at_reception(self, text: str, official: Official, told_from_home: bool = True) -> bool:
        """An official named only in sentences about receiving the guests, when his region is only inferred
        ("Kadis X menyambut rombongan didampingi Kabid Y": likely one of the hosts), or (``told_from_home``) where
        he confirms the trip to a reporter ("saat dikonfirmasi membenarkan ...": he speaks from home; not the chair
        of a committee that travels, who confirms his own committee's trip)."""
        return all(told_from_home and AT_HOME.search(sentence_around(text, s)) or not official.explicit_region
                   and self.cues.receive_any.search(sentence_around(text, s)) for s, _ in official.mentions)

    def _stands_in(self, text: str, official: Official) -> bool:
        """Whether ``official`` is named right after "diwakili" (:data:`STANDS_IN`) where the words before tell of the
        delegation and, after its last word, of no one receiving it and no other party (:data:`OTHER_PARTY`): he
        stands in for the delegation's head."""
        starts = [s for s, _ in official.mentions]
        if official.position_span != (0, 0):
            starts.append(official.position_span[0])
        for s in starts:
            cue = STANDS_IN.search(text, max(0, s - 20), s)
            if cue is None:
                continue
            before = text[max(text.rfind("\n", 0, cue.start()) + 1, cue.start() - 150):cue.start()]
            told = list(DELEGATION_BEFORE.finditer(before))
            if told and not self.cues.receive_any.search(before, told[-1].start()) \
                    and not OTHER_PARTY.search(before, told[-1].end()):
                return True
        return False

    def _chairs_travelling_committee(self, text: str, official: Official) -> bool:
        """The official chairs a council's committee (:data:`COMMITTEE_CHAIR`) that the text names, not in a head's
        title, in a sentence of a visit ("Komisi I DPRD X berkunjung kerja ke Y"), and not with the council's heads
        (:data:`COUNCIL_TOO`): the committee travels, and its chair is likelier to lead it than the council's heads the
        text also names (:func:`_committee_rank`)."""
        chair = COMMITTEE_CHAIR.match(ACTING.sub("", official.position))
        if chair is None:
            return False
        named = _committee_pattern(chair.group(1))
        travels = [m for m in named.finditer(text) if not CHAIR_BEFORE.search(text, max(0, m.start() - 20), m.start())
                   and self.cues.visit_word.search(sentence_around(text, m.start()))]
        return bool(travels) and not any(COUNCIL_TOO.search(text, max(0, m.start() - 40), m.start()) for m in travels)

    def _office_travels(self, text: str, official: Official) -> bool:
        """A press, protocol or co-operation clerk's own office is sent ("Bagian Humas Setda X studi banding ke Y",
        "lewat Biro ... Kerjasama X datang ke Y" for the head of that office, :data:`CLERK_FIELD`,
        :data:`TRAVELLING_OFFICES`): named, with a visit word, in a sentence that does not name him; then he may lead,
        as a secretariat's clerk does when the headline sends the secretariat."""
        field = CLERK_FIELD.search(official.position)
        if field is None or field.group(1).lower() not in TRAVELLING_OFFICES:
            return False
        own = {sentence_around(text, s) for s, _ in official.mentions}
        office = re.compile(OFFICE_BEFORE + re.escape(field.group(1)) + r"\b", re.IGNORECASE)
        return any((sentence := sentence_around(text, m.start())) not in own and self.cues.visit_word.search(sentence)
                   for m in office.finditer(text))

    def _likely_leader(self, text: str, visitor: str, officials: list[Official],
                       hosting: frozenset[int] = frozenset()) -> Official | None:
        """With no official the text says leads: the highest-ranked official of the visiting region (the one
        the text names most among holders of one position; one who only goes along last), else the one
        official of that region it names; not one of ``hosting`` (ids: those who receive the delegation,
        names holding a region's), nor a press officer or clerk unless the text sends his own office
        (:meth:`_office_travels`) or the headline the secretariat."""
        clerks_go = bool(SECRETARIAT_TRIP.search(text, 0, max(0, text.find("\n\n"))))  # the secretariat travels
        committee = {id(o) for o in officials if o.region == visitor and self._chairs_travelling_committee(text, o)}
        own = [o for o in officials if o.region == visitor and id(o) not in hosting
               and not self._at_reception(text, o, told_from_home=id(o) not in committee) and not _represented(text, o)
               and not official_aside(text, o) and not self.cues.visit_word.search(o.name)
               and (self._office_travels(text, o) or not SPOKESMAN.search(o.position)
                    and (clerks_go or not _clerk(o.position)))]
        first = {}  # officials of one position (a name and a headline's words after "Gubernur X") together
        for o in sorted(own, key=lambda o: min(s for s, _ in o.mentions)):
            first.setdefault(o.position, min(s for s, _ in o.mentions))
        ranked = sorted((o for o in own if _rank(o.position) is not None),
                        key=lambda o: (along(text, o), spoken_of(text, o), _committee_rank(o, committee, own, text),
                                       first[o.position],
                                       -len(o.mentions),
                                       min(s for s, _ in o.mentions)))
        if ranked:
            return ranked[0]
        return own[0] if len(own) == 1 else None

    def _choose_leaders(self, text: str, scan: Scan, visits: list[Visit], officials: list[Official],
                        mentions: list[RegionMention], leaders: dict[str, Official], said_to_lead: list[Official],
                        unplaced: list[Official], hosting: set[int], led_in: dict[int, list[tuple[int, int]]]) -> None:
        """Each visit's leader, in place (``v.led_by``), once the rules have fired: first one standing in for the
        delegation's head ("Rombongan Bupati X diwakili Asisten Y", :meth:`_stands_in`); then the one the rules
        found where the text says he leads (or the higher-ranked co-leader listed beside him,
        :func:`_higher_co_leader`); else, in this order, one the text says leads (``said_to_lead``), the
        official whose trip the text names, the likely leader of :meth:`_likely_leader`, a head whose region the
        text leaves open (``unplaced``), a stand-in; then the leader of each leg of a tour of several hosts, his own
        region's head at a host, and the fullest record of him. ``leaders``: the rules' leader by visitor;
        ``hosting``: the officials (ids) who receive the delegation; ``led_in``: official (id) -> the sentences
        saying he leads or goes."""
        single = len({v.visitor for v in visits if not v.earlier}) == 1
        # a receiving rule that fired on an official whose written region is a delegation's and no visit's host
        # ("studi banding ke Y ... diterima Pemkab Y; yang datang Wali Kota X Budi"): the host it read him as lost to
        # his region's delegation, so he receives no one; unless a sentence of his names another delegation ("tamu
        # dari Z diterima Wakil Ketua DPRD X Budi"): he receives that one, and his own region's trip is a misreading
        guests = {v.visitor for v in visits} - {v.host for v in visits}

        def guest_head(o: Official) -> bool:
            if not (o.explicit_region and o.region in guests):
                return False
            spans = {scan.sentence_of(s) for s, _ in o.mentions}
            return not any(lo <= m.start < hi and m.code in guests and m.code != o.region
                           for m in mentions for lo, hi in spans)
        hosting = hosting - {id(o) for o in officials if id(o) in hosting and guest_head(o)}
        # "Kejari Sigi": a name that holds a region's is an office or a place, no one to guess as leader
        placed = {id(o) for o in officials for s, e in o.mentions
                  if any(rs < e and s < re_ for rs, re_ in scan.region_spans)}

        def receives(off: Official) -> bool:  # named receiving the guests, or at home
            return any(self.cues.receive_any.search(sentence) or AT_HOME.search(sentence)
                       for sentence in (sentence_around(text, s) for s, _ in off.mentions))

        deputies = [o for o in officials if o.mentions and id(o) not in hosting and self._stands_in(text, o)]
        for v in visits:
            deputy = next((o for o in deputies if o.region == v.visitor or single and not o.explicit_region), None)
            if deputy is not None and not v.earlier:  # "Rombongan Bupati X diwakili Asisten Y": Y leads
                if deputy is not v.leader:
                    v.led_by(deputy, officials)
                continue
            said = [o for o in said_to_lead if o in unplaced or o.region == v.visitor]
            told = v.leader in said_to_lead or not (said and (single or any(o.region == v.visitor for o in said)))
            if v.earlier or (v.leader is not None and v.leader is leaders.get(v.visitor) and told
                             and not (along(text, v.leader) and said_to_lead)):
                fellow = None if v.earlier else _higher_co_leader(text, v.leader, said, led_in)
                if fellow is not None:  # "Ketua DPRD A, Wakil Ketua B dan C memimpin rombongan": A leads
                    v.led_by(fellow, officials)
                continue  # the text says he leads (not only that he went along, when it says someone leads; not
                # only that he went, when it says another leads: "Budi mengatakan kunker itu dipimpin Ani")
            # one the text says leads ("dipimpin X") whose region it leaves open leads his own region's
            # delegation (with one delegation: that one), before the official whose trip the text names, before
            # the highest-ranked official of the region, who is not one of the hosts; other heads whose region
            # the text leaves open only after those
            # (round 42) with one delegation: of those the text says lead, a head of region or council first (the
            # first named among others: "dipimpin Wakil Bupati A dan Ketua DPRD B", "Bupati A memimpin rombongan,
            # yang beranggotakan ... Asisten III B"); and one it says leads whose region the officials step gives
            # another than the visitor's (the host's, a province's: written or guessed; "rombongan Komisi II dipimpin
            # Budi" where the post read for him is a host's), unless a sentence saying he leads tells of receiving
            # (the host's chair)
            if single and said:
                said = sorted(said, key=_head_order)
            elsewhere = [o for o in said_to_lead if single and o not in said and id(o) not in hosting
                         and not any(self.cues.receive_any.search(text, lo, hi) for lo, hi in led_in.get(id(o), ()))]
            leader = (said[0] if single and said else next((o for o in said if o.region == v.visitor), None)) \
                or next(iter(elsewhere), None) \
                or trip_of(text, v.visitor, officials) \
                or self._likely_leader(text, v.visitor, officials, frozenset(hosting | placed)) \
                or next((o for o in unplaced if o.region == v.visitor), None) \
                or (unplaced[0] if single and unplaced else None) \
                or stand_in(text, v.visitor, officials, frozenset(hosting | placed), _rank, receives) \
                or (_received_guest(text, v, officials, frozenset(hosting | placed)) if single else None) \
                or _group_head(text, v, officials, frozenset(hosting))
            if leader is not v.leader:
                v.led_by(leader, officials)
                if leader is not None and leader.region != v.visitor and not leader.explicit_region:
                    leader.region = v.visitor  # his region only inferred as another's: he leads the visitor's group
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
                    and not _clerk(off.position))

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


def _higher_co_leader(text: str, leader: Official, said: list[Official],
                      led_in: dict[int, list[tuple[int, int]]]) -> Official | None:
    """Of the officials one sentence says lead together, listed side by side (:func:`_listed_together`: "Ketua DPRD A,
    Wakil Ketua B dan C memimpin rombongan", "dipimpin Kabag B serta Ketua DPRD A"), the highest ranked
    (:func:`_rank`), when he outranks ``leader``."""
    together = set(led_in.get(id(leader), ()))
    fellows = [o for o in said if o is not leader and _rank(o.position) is not None
               and together & set(led_in.get(id(o), ())) and _listed_together(text, leader, o)]
    best = min(fellows, key=lambda o: _rank(o.position) or 0, default=None)
    own = _rank(leader.position)
    return best if best is not None and (own is None or (_rank(best.position) or 0) < own) else None


def _listed_together(text: str, a: Official, b: Official) -> bool:
    """``a`` and ``b`` named side by side in one list: between a mention of one and a mention of the other only a
    comma or "dan|serta" and the second's title, its words capitalised (:data:`LISTED_NEXT`: "A, Wakil Ketua B",
    "A serta Kepala Bagian Umum DPRD Kota B"; not "A, yang meminta ... Wali Kota B")."""
    return any(LISTED_NEXT.fullmatch(text, first_end, second_start)
               for (s1, e1), (s2, e2) in ((x, y) for x in a.mentions for y in b.mentions)
               for first_end, second_start in ((e1, s2), (e2, s1)) if 0 <= second_start - first_end <= 80)


def _received_guest(text: str, v: Visit, officials: list[Official], hosting: frozenset[int]) -> Official | None:
    """With no other leader: the one head the text has received ("Bupati Budi disambut Wakil Bupati Y"), his
    region unwritten (none, or only inferred as the host's or the visitor's), leads the guests."""
    guests = [o for o in officials if not o.explicit_region and o.region in (None, v.host, v.visitor)
              and id(o) not in hosting and _rank(o.position) is not None
              and any(RECEIVED_AFTER.match(text, e) for _, e in o.mentions)]
    return guests[0] if len(guests) == 1 else None


def _group_head(text: str, v: Visit, officials: list[Official], hosting: frozenset[int]) -> Official | None:
    """With no other leader: the one official the text names head of the group ("Ketua Rombongan, Budi", "Budi
    selaku pimpinan rombongan", "Ani (Asisten II/Ketua Tim)", :data:`GROUP_HEAD`), not one receiving it, of the visitor
    or of no region (the first visit without a leader then makes him the visitor's)."""
    heads = [o for o in officials if id(o) not in hosting and o.region in (None, v.visitor)
             and _named_group_head(text, o)]
    return heads[0] if len({o.name for o in heads}) == 1 else None


def _named_group_head(text: str, official: Official) -> bool:
    """The text names ``official`` head of the group next to a mention: "Ketua Rombongan" up to 60 characters before
    his name in its sentence, with no bracket between (not "A (Asisten/Ketua Tim), B (wakil ketua)" for B), or after
    it behind "selaku|sebagai|sekaligus|yang juga|/". His post alone does not do: the officials step writes "Ketua
    Rombongan" for the head of any team ("Ketua Tim Percepatan ..., Budi" of the host)."""
    for s, e in official.mentions:
        line_start = max(text.rfind(".", 0, s), text.rfind("\n", 0, s)) + 1
        before = [m.end() for m in GROUP_HEAD.finditer(text, max(line_start, s - 60), s)]
        if before and not BRACKET.search(text, before[-1], s):
            return True
        after = GROUP_HEAD.search(text, e, e + 70)
        if after and GROUP_HEAD_AFTER.search(text, e, after.start()):
            return True
    return False


def _committee_rank(official: Official, committee: set[int], own: list[Official], text: str) -> float:
    """:func:`_rank` of a ranked official, with the chair of a travelling committee (ids in ``committee``) just before
    the council's heads ("Ketua DPRD", who may only tell of the trip), unless one of them is named in a sentence with
    him ("Wakil Ketua DPRD Ani bersama Ketua Komisi B Budi tiba di ...": they go together, the higher one leads)."""
    rank = _rank(official.position) or 0  # called for ranked officials only
    council = RANK.index("Ketua DPRD")
    if id(official) not in committee:
        return rank
    sentences = {sentence_around(text, s) for s, _ in official.mentions}
    together = any(_rank(o.position) in (council, council + 1)
                   and any(sentence_around(text, s) in sentences for s, _ in o.mentions) for o in own)
    return rank if together else council - 0.5


def _committee_pattern(committee: str) -> re.Pattern[str]:
    """A committee's name as the text writes it, its number in Roman or Arabic figures ("Komisi III", "Komisi 3"),
    not "Komisi I-nya" or "Komisi B/C"."""
    words = committee.split()
    if len(words) == 2 and words[1] in ROMAN:
        words[1] = f"(?:{words[1]}|{ROMAN.index(words[1]) + 1})"
    else:
        words = [re.escape(w) for w in words]
    return re.compile(r"\b" + r"[ \t]+".join(words) + r"\b(?![ \t]*[-–/])", re.IGNORECASE)


def _represented(text: str, official: Official) -> bool:
    """"Mewakili Bupati X, Sekda Y ...": X is not there; whoever stands in for him is."""
    starts = [official.position_span[0]] if official.position_span != (0, 0) else [s for s, _ in official.mentions]
    return all(REPRESENTED.search(text, max(0, s - 20), s) for s in starts)


def _head_order(official: Official) -> int:
    """An official of ``RANK`` (a head of region or his deputy, the regional secretary, the council's chair or deputy
    chair) by his rank; every other official after them, all alike."""
    rank = _rank(official.position)
    return rank if rank is not None and rank < len(RANK) else len(RANK)


def _clerk(position: str) -> bool:
    """A secretariat's clerk (:data:`SECRETARIAT`), read as :func:`_rank` reads a post: without an acting official's
    prefix (:data:`~nlp.official_titles.ACTING`), so "Plt. Sekretaris DPRD" is a clerk as "Sekretaris DPRD" is."""
    return SECRETARIAT.match(ACTING.sub("", position)) is not None


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
