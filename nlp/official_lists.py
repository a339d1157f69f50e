"""Several holders under one post: members listed after a council post, a roll or a group ("Rombongan
Komisi I DPRD X terdiri dari A, B, dan C"), deputies, members known by their party, a body led by its chair, and the
list reading itself (", B, dan C", degrees between the names). ``ListReader`` is mixed into
``nlp.officials.OfficialFinder``."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from nlp.lexicon import PROVINCIAL_COUNCILS, ROMAN, alternation, companion_words
from nlp.official_merge import derived_noun, lower_case_words, verb_like
from nlp.official_patterns import (
    _ACRONYM_BRACKET,
    _FROM_PARTY,
    _PARTY_BRACKET,
    COMMA_THEN_NAME,
    COMMISSION_MORE,
    COUNCIL_POST,
    COUNTED,
    DAPIL,
    FIELD_WORDS,
    FUNCTION_WORDS,
    LOCAL_COUNCILS,
    MEMBERS_CLAUSE,
    MEMBERS_INTRO,
    NAME_ABBREVS,
    PARTIES,
    TOPIC_COMMITTEES,
    UNIT_WORDS,
    WORDS,
    _key,
    party_short,
)
from nlp.official_titles import PositionMention
from nlp.regions import RegionMention

NAME_NEXT = re.compile(r"[ \t]+[A-Z]")
# a faction written by its party's short name, with no comma: "Anggota DPRD Fraksi Demokrat Budi", "F-PKB Ani"
FACTION_PARTY = re.compile(r"[ \t]+(?:dari[ \t]+(?:(?:Fraksi|F\-|F(?=[A-Z]))[ \t]*)?|(?:Fraksi|F\-|F(?=[A-Z]))[ \t]*)"
                           + party_short())  # "Anggota DPR RI dari PDIP Budi"
# a military or police unit's number after a list item: "Kodim 0808/Blitar", "Yonif 512" (no year: "2019")
UNIT_CODE_AFTER = re.compile(r"[ \t]+(?:(?!19[0-9]{2}\b|20[0-9]{2}\b)[0-9]{3,4}\b|[0-9]{1,4}/)")
# a head's or staff's word a few words before a committee: "Ketua Tim Komisi IV, Budi", "Tenaga Ahli Banmus DPRD X,
# Budi", "koordinator Bapemperda, Budi": Budi holds that post, no member named alone after the committee
HEAD_NEAR_BEFORE = re.compile(r"\b(?i:" + alternation(WORDS["committee_head"], r"[ \t]+") + r")\b"
                              r"(?:[ \t]+[\w.]+){0,2}[ \t]+$")  # data/official_words.csv kind committee_head
OWN_HEAD_BEFORE = re.compile(r"\b(?i:ketua|sekretaris|anggota|wakil|pimpinan|unsur)(?:[ \t]+(?:I{1,3}|IV))?[ \t]+$")
# "Bupati X beserta wakilnya Budi", "Ketua DPRD X didampingi dua wakilnya, A dan B": the deputies of that post
DEPUTIES = re.compile(r"\b(?:beserta|bersama|didampingi|dan|serta|dengan)[ \t]+"
                      r"(?:(?:dua|tiga|empat|kedua|ketiga|para|\d)[ \t]+)?[Ww]akilnya[ \t]*,?[ \t]*(?=[A-Z])")
# "A, B dan C", also "A,B,C" with no blank after the comma
LIST_SEPARATOR = re.compile(r"[ \t]*(?:,{1,2}[ \t]*(?:(?P<and1>dan|serta|hingga|lalu)[ \t]+)?"
                            r"|[ \t]+(?P<and>dan|serta|hingga)[ \t]+)(?=[A-Z]|[a-z]{1,4}\.[ \t]*[A-Z])")  # "drg. Ani"
# a council's group whose members are listed: "rombongan Komisi I DPRD", "jajaran Komisi II", "delegasi DPRK", the
# committee's visit ("Kunjungan Komisi I DPRD X yang terdiri atas A, B")
_COMMITTEE_NUMBER = r"(?:[A-E]|IV|V|I{1,3})"  # "Komisi D", "Komisi IV"
_COUNCIL_UNIT = r"Komisi[ \t]+" + _COMMITTEE_NUMBER + r"\b|Pansus|Panja|Banmus|Banggar|Bapemperda"
_HOUSE = "|".join(LOCAL_COUNCILS)  # "DPRD|DPRK|DPRA|DPRP"
# a group's committee written in capitals ("Rombongan BAPEMPERDA DPRD X"): read as its capitalised form
_COUNCIL_UNIT_UPPER = r"PANSUS|PANJA|BANMUS|BANGGAR|BAPEMPERDA"
# the case rule of committees, in one place: "Komisi I" everywhere; "komisi I" in lower case only where its members
# follow at once (COMMITTEE: ``ListReader._council_lists``, "disambut komisi I DPRD X, yakni A, B, C"); group, body and
# roll patterns read capitalised committees only
_COUNCIL_UNIT_ANY_CASE = r"[Kk]" + _COUNCIL_UNIT.removeprefix("K")
COUNCIL_GROUP = re.compile(r"\b(?i:rombongan|delegasi|jajaran|tim|perwakilan|personil|personel|kunjungan)[ \t]+"
                           r"(?P<body>(?P<unit>" + _COUNCIL_UNIT + "|" + _COUNCIL_UNIT_UPPER
                           + r"|Badan[ \t]+(?:Musyawarah|Anggaran|Kehormatan))?"
                           r"[ \t]*(?P<house>" + _HOUSE + r")?)\b")
# a council body: "DPRD X", "Komisi II DPRD X", "Bapemperda DPR X"
COUNCIL_BODY = re.compile(r"\b(?P<unit>" + _COUNCIL_UNIT + r")?"
                          r"[ \t]*(?P<house>" + _HOUSE + r"|DPR)\b|\b(?P<alone>Bapemperda|Banmus|Banggar|Pansus"
                          r"|Komisi[ \t]+" + _COMMITTEE_NUMBER + r"\b)")
# a council committee, its council written or not: "Komisi D DPRD", "Pansus"
COMMITTEE = re.compile(r"\b(?P<unit>" + _COUNCIL_UNIT_ANY_CASE + r")(?:[ \t]*(?:" + _HOUSE + r"|DPR)\b)?")
# its members' list opened by a list word: "disambut komisi I DPRD X, yakni A, B, C dan anggota lainnya"
# a list word opening names: "yakni A", "antara lain: A", "di antaranya A"
LIST_WORD = r"(?:" + alternation(WORDS["list_intro"], r"[ \t]+") + r")[ \t]*:?[ \t]*(?=[A-Z])"
COMMA_INTRO = re.compile(r"[ \t]*,?[ \t]*" + LIST_WORD)
# "Ketua Komisi III Budi dan anggota Ani serta Cici": members of the body of the post named before
# a sentence's end: a full stop after a word (not after a title, an initial or a degree: "Hi. Budi", "S.Sos. dan";
# ``_sentence_end``), a semicolon or colon, a line break
SENTENCE_END = re.compile(r"(\w*)[.!?][\"”]?\s|[;:]\s|\n")
# "Wakil II Budi": a council's deputy chair by number, "Ketua" left out
NUMBERED_DEPUTY = re.compile(r"\bWakil[ \t]+(I{1,3}|IV)\b[ \t]*,?[ \t]*(?=[A-Z])")
# also after a comma: "Wakil Ketua DPRD X Budi, anggota Ani, Cici, dan Dedi"
# (the words before "anggota": data/companion_words.csv reader shared_members)
SHARED_MEMBERS = re.compile(r"(?:\b(?:" + alternation(companion_words()["shared_members"])
                            + r")[ \t]+(?:para[ \t]+)?anggota[ \t]+(?=[A-Z])"
                            r"|,[ \t]*anggota[ \t]+(?=[A-Z][a-z]))")  # not "anggota BK Budi": an office
# a bare "anggota" in lower case whose names follow: "diikuti sejumlah anggota, antara lain"
BARE_MEMBERS = re.compile(r"\b(?:sejumlah|beberapa|para|seluruh)?[ \t]*anggota(?:nya)?\b(?![ \t]+[A-Z])")
# "Rombongan DPRD X dipimpin Wakil Ketua Budi, bersama anggotanya Ani, Cici, dan Dedi": the names follow directly
OWN_MEMBERS = re.compile(r"\b(?:bersama|beserta|dengan|didampingi|dan|serta)[ \t]+(?:para[ \t]+)?anggotanya"
                         r"[ \t]+(?=[A-Z])")
# "... yang dipimpin langsung oleh (wakil) ketuanya, Budi"
LED_BY_CHAIR = re.compile(r"[ \t]*,?[ \t]*(?:yang[ \t]+)?dipimpin[ \t]+(?:langsung[ \t]+)?(?:oleh[ \t]+)?"
                          r"(?P<deputy>wakil[ \t]+)?ketuanya[ \t]*,?[ \t]*")
# "Komisi I DPRD X yang diwakili A dan B", "..., diwakili oleh A", "DPRD X yang diwakilkan kepada A": members
# speaking for the body
REPRESENTED_BY = re.compile(r"[ \t]*,?[ \t]*(?:yang[ \t]+)?diwakil(?:i|kan)(?:[ \t]+(?:oleh|kepada))?[ \t]+(?=[A-Z])")
# "Komisi III Bidang Hukum dan Pemerintahan diketuai Budi", "Bapemperda diketuai oleh Ani": its chair
# the passive prefix is often written apart ("yang di Ketuai Budi"); a special committee's topic in title case before
# it names the committee ("Pansus Retribusi Parkir yang diketuai Budi": Ketua Pansus Retribusi Parkir DPRD)
_CHAIRED = r"di[ \t]*[Kk]etuai"
CHAIRED_BY = re.compile(r"(?P<topic>(?:[ \t]+(?!Bidang\b|DPRD\b)[A-Z][\w\-]*){1,3}"
                        r"(?=[ \t]+(?:yang[ \t]+)?" + _CHAIRED + r"\b))?"
                        r"(?:[ \t]+Bidang(?:[ \t]+(?:dan[ \t]+)?[A-Z][\w\-]*){1,5})?[ \t]*,?[ \t]*(?:yang[ \t]+)?"
                        r"(?:" + _CHAIRED + r"[ \t]+(?:oleh[ \t]+)?"
                        r"|(?:berada[ \t]+)?di[ \t]+bawah[ \t]+pimpinan[ \t]+)")
# a party written after a council member's name: "Budi (F-Golkar)", "Ani (Fraksi PKS)", "Cici (Golkar)", "Dedi
# (Dapil 2)", "Eko dari Fraksi Gerindra", "Fani dari Partai Golkar"
PARTY_ASIDE = re.compile(r"[ \t]*\([ \t]*(?P<kind>F[.\- ]+|F(?=[A-Z]{2,6}\))|Fraksi[ \t]+|Partai[ \t]+|Dapil\b)?"
                         r"(?P<party>[^()\n]{1,30})\)"
                         r"|[ \t]+dari[ \t]+(?:(?P<from>Fraksi|Partai)[ \t]+(?=[A-Z])|(?P<bare>[A-Z][\w\-]+)\b)")
# a roll of council members: the member word heads the clause right before a list word ("Keempat anggota DPRD yang
# hadir itu ialah A, B", "tiga anggota diduga tidak ikut, yaitu A, B"), then two names or more
ROLL_MEMBERS = re.compile(r"\b(?i:anggota|legislator|wakil[ \t]+rakyat)\b")
# "anggota dewan yang ikut, yaitu", "anggota legislatif, antara lain"; "anggota DPRD X yang ..."
ROLL_COUNCIL = re.compile(r"[ \t]+(?:dewan|legislatif)\b")
# the council's committee named between the member word and the roll: "Anggota Komisi IV yang ikut ialah A, B",
# "anggota Panitia Kerja (Panja), di antaranya A, B"; a bare "komisi" (no number) is the committee named last before:
# "semua anggota komisi, yakni A, B"
ROLL_UNIT = re.compile(r"[ \t]+(?:(?P<unit>" + _COUNCIL_UNIT + r")"
                       r"|Panitia[ \t]+(?:Kerja|Khusus)(?:[ \t]*\([A-Za-z]+\))?"
                       r"|[Kk]omisi\b(?![ \t]+(?:" + _COMMITTEE_NUMBER + r"|[1-9])\b))")
# a longer clause before the list word, capitalised places in it: "Anggota DPRD yang pergi ke Kota Lama pekan lalu
# ialah A, B" (``MEMBERS_INTRO`` reads lower-case clauses only); no full stop, comma or bracket inside; up to three
# lower-case words may stand before "yang" ("anggota DPRD X lintas fraksi yang ikut berangkat ialah A, B": round 38),
# no verb (me-, ber-, di-) or "para" among them: "anggota DPRD X bertemu para petani yang hadir yakni A, B" lists others
ROLL_CLAUSE = re.compile(r"(?:[ \t]+(?!me|ber(?!bagai)|di|para\b)[a-z]+){0,3}?"
                         r"[ \t]+yang(?:[ \t]+[\w\-]+){1,8}?[ \t]*,?[ \t]*" + LIST_WORD)
# counted members (or all of them), then a clause of any words, places and bodies too, and a comma before the list word:
# "Dua legislator dari Komisi I DPRD X datang ke pasar lama pagi tadi, yakni A, B", "Semua anggota Komisi B DPRD X
# ikut dalam kunjungan ke Semarang itu, di antaranya A, B" (no full stop, bracket or colon inside)
COUNTED_CLAUSE = re.compile(r"(?:[ \t]+[\w\-/]+){1,12}?[ \t]*,[ \t]*" + LIST_WORD)
ALL_OF = re.compile(r"\b(?i:seluruh|semua)[ \t]+$")
# counted members whose roll opens the next sentence (or paragraph) with "Mereka": "bersama tujuh anggota dewan
# lainnya. Mereka antara lain A, B, dan C", "enam anggota ikut rapat pagi itu. Mereka ialah A (F-X), B"
# (lower-case words only between the member word and the full stop)
ROLL_NEXT = re.compile(r"(?:[ \t]+[a-z]+){0,6}[ \t]*\.[ \t]*\n?[ \t]*(?<=[\s])Mereka[ \t]+" + LIST_WORD)
# a committee's post written without its number, the holder right after: "Ketua Komisi Budi", "Wakil Ketua Komisi,
# Ani", "Sekretaris Komisi Cici" (the committee is the one the text named before: ``ListReader._unnumbered_chairs``)
UNNUMBERED_CHAIR = re.compile(r"\b(?P<post>Ketua|Wakil[ \t]+[Kk]etua|Sekretaris)[ \t]+Komisi[ \t]*,?[ \t]+"
                              r"(?!(?:" + _COMMITTEE_NUMBER + r"|VI{1,3}|IX|X{1,3}I{0,3}|DPR[ADKP]?|Dewan|Bidang)\b)"
                              r"(?=[A-Z])")  # no number after "Komisi", not even a higher one than _COMMITTEE_NUMBER's
# a council member told by the council or committee he comes from, after his name: "ujar Budi dari DPRD X", "Ani
# dari Komisi II DPRD Y", "didampingi Cici dari Komisi 4" (``ListReader._from_council``)
FROM_COUNCIL = re.compile(r"[ \t]+(?:dari|asal)[ \t]+(?:(?P<unit>Komisi[ \t]+(?:" + _COMMITTEE_NUMBER + r"|[1-5]))\b)?"
                          r"[ \t]*(?P<house>" + _HOUSE + r")?\b")
BLANKS = re.compile(r"[ \t]*")
ROLL_ASIDE = re.compile(r"(?:saya|kami)[ \t]*,[ \t]*(?=[A-Z])")  # "antara lain saya, A, B": the speaker aside
LIST_INTRO = re.compile(r"\b(?:" + alternation(WORDS["list_intro"], r"[ \t]+") + r")\b")
# another person between the members and the list, whose list it is: "anggota DPRD X disambut pejabat Y, yaitu A, B"
PERSON_NOUN = re.compile(r"\b(?i:" + alternation(WORDS["person_noun"], r"[ \t]+") + r")(?:nya)?\b")
# a bare council role in brackets after a listed member: "Budi (Ketua), Ani (Wakil Ketua), Cici (Sekretaris), Dedi
# (anggota)": the role in the committee (or council) the text names last before him (``ListReader._party_members``);
# "Sekertaris" is a common misspelling
BARE_ROLE = re.compile(r"(?i:ketua|wakil[ \t]+ketua(?:[ \t]+(?:I{1,3}|IV|[1-4]))?|sekretaris|sekertaris|bendahara"
                       r"|anggota)")
# a capitalised word in brackets after a listed name: that item's own role or post ("Fani (Bendahara)")
BRACKET_NEXT = re.compile(r"[ \t]*\([ \t]*[A-Z]")
COUNCIL_CONTEXT = re.compile(r"\b(?:DPRD?|DPR[AKP]|dewan|anggota|legislator|legislatif|Komisi|Fraksi|rombongan"
                             r"|wakil rakyat)\b")
# a party or seat written after a listed name: "Budi (F-Golkar), Ani (Dapil 2), Cici dari Fraksi PKB, ..."
ASIDE_AFTER = re.compile(_PARTY_BRACKET + r"|" + _FROM_PARTY + r"(?:[ \t]+[A-Z][\w\-]*){1,3}" + _ACRONYM_BRACKET
                         + r"|[ \t]+dari[ \t]+(?:Dapil|daerah[ \t]+pemilihan)(?:[ \t]+[A-Z0-9][\w\-]*){1,3}")
# a degree the lexicon lacks, known by its shape: initials with full stops ending in a full stop ("S.Tr.T.",
# "Sp.KJ.") or capitals closed by one ("CHRMP."); a glued name ("M.Lembayung") has no full stop after it
DEGREE_SHAPE = re.compile(r"(?:[A-Z][a-z]{0,2}\.)+[A-Z][A-Za-z]{0,4}\.|[A-Z]{3,7}\.")
DEGREE_STOP = re.compile(r"(?<=[A-Za-z])\.(?=[ \t]*,)")
DEGREE_AFTER = re.compile(r"[ \t]*,?[ \t]*([A-Za-z][A-Za-z.]{0,7})(?=[ \t]*[,;)]|[ \t]+(?:dan|serta)\b|[ \t]*$)")
# a lower-case word ending a listed name, a comma or "dan" + name after it: "Sarpan koko, Ani", "Lintang syah dan Budi";
# read only inside a long list: ``LONG_LIST`` other names in it with the one it ends
LOWER_TAIL = re.compile(r"[ \t]+([a-z][a-z'\-]{1,11})(?=[ \t]*,|[ \t]+(?:dan|serta)[ \t]+[A-Z])")
LONG_LIST = 3
# where a bare listed name ends its item: a comma, a full stop, "dan"/"serta", the line's end
ITEM_END = re.compile(r"[ \t]*(?:[,.;]|(?:dan|serta)\b|$)", re.M)
LONG_LAST = re.compile(r"\w{4,}$")  # a full stop after a word of four letters or more ends the list, not "Dg."


class ListReader:
    """Reading lists of holders; mixed into ``OfficialFinder``."""

    def _known_party(self, text: str, pos: int) -> int | None:
        """The end of a faction written by a known party's short name right before a capitalised name (or the
        holder's electoral district): "Fraksi PDIP Budi", "F-PKB Ani", "Fraksi X Dapil Y II, Budi"; None when no
        such faction is written at ``pos``."""
        party = FACTION_PARTY.match(text, pos)
        if party and (DAPIL.match(text, party.end()) or NAME_NEXT.match(text, party.end())):
            return party.end()
        return None

    def _party_members(self, text: str, regions: list[RegionMention], region_at: dict[int, RegionMention]
                       ) -> list[tuple[PositionMention, tuple[int, int]]]:
        """Council members known by the party written after their name: "Budi (F-Golkar), Ani (PKS)" -> "Anggota
        DPRD" of the council the text names last before them (DPR RI: national); "dari Partai X" counts only in
        a sentence about a council; the names listed bare after such a member are members too (``_bare_after``)."""
        out: list[tuple[PositionMention, tuple[int, int]]] = []
        bare: list[tuple[PositionMention, tuple[int, int]]] = []
        for m in PARTY_ASIDE.finditer(text):
            party = m.group("party") if m.group("party") is not None else m.group("bare")
            role = BARE_ROLE.fullmatch(party.strip()) if m.group("party") is not None and not m.group("kind") else None
            if role:
                out += self._bare_role(text, m, role, regions, region_at)
                continue
            if party is not None and m.group("kind") in (None, "F") and party.strip().lower() not in PARTIES:
                continue  # "Budi (45)", "Ani dari Jakarta", "Focus Group Discussion (FGD)": no party
            offset = max(0, m.start() - 160)
            span = None
            for degrees_only in (True, False):  # "Ani dari Partai X (PKB)": the party's own name, then its acronym
                span = self._name_run(self._strip_item(text[offset:m.start()], degrees_only), offset, regions)
                if span and not {w.lower() for w in text[offset:span[0]].split()[-1:] + text[span[0]:span[1]].split()} \
                        & {"partai", "fraksi"}:
                    break
                span = None
            if not span:
                continue
            if m.group("from") == "Partai" or m.group("kind") == "Partai " or m.group("bare"):
                sentence = text[max(text.rfind(". ", 0, span[0]), text.rfind("\n", 0, span[0]), 0):span[0]]
                if not COUNCIL_CONTEXT.search(sentence):
                    continue
            bodies = [b for b in COUNCIL_BODY.finditer(text) if b.group("house")]
            body = next((b for b in reversed(bodies) if b.end() <= span[0]), None) or next(iter(bodies), None)
            region, _ = self._region_after(text, body.end(), region_at) if body else (None, 0)
            unit = " ".join((body.group("unit") or "").split()) if body else ""
            if body and body.group("house") == "DPR" and region is None:
                p = PositionMention(span[0], span[0], " ".join(w for w in ("Anggota", unit, "DPR RI") if w),
                                    "national", None, span[0])
            else:
                p = PositionMention(span[0], span[0], " ".join(w for w in ("Anggota", unit, "DPRD") if w), "region",
                                    region, span[0])
            out.append((p, span))
            if m.group("party") is not None:  # "Ani (PKS), Cici, Dedi (PKB)": the bare names after a bracket
                bare += [(dataclasses.replace(p, start=item[0], end=item[0], after=item[0]), item)
                         for item in self._bare_after(text, m.end())]
        read = {span for _, span in out}  # "Eko, S.E. (PKB)": read by his own bracket already
        return out + [o for o in bare if o[1] not in read]

    def _bare_after(self, text: str, pos: int) -> list[tuple[int, int]]:
        """The names listed right after a member closed by his party or his role in brackets (``_party_members``,
        ``_bare_role``), up to one with an aside of its own ("Ani (PKS), Cici, Dedi dan Eko (PKB)": Cici and Dedi;
        Eko is read by his own bracket). Each name must end its item ("Ani (PKS) dan Cici el Dedi (PKB)": no bare
        name)."""
        out = []
        for start, end in self._list_after(text, pos, False):
            after = self._skip_degrees(text, end)
            stop = after + (text[after:after + 1] == ".")  # "Eko, S.E. (PKB)": the degree's full stop
            if "(" in text[end:after] or " dari " in text[end:after] or BRACKET_NEXT.match(text, stop):
                break  # an aside of its own
            if not ITEM_END.match(text, after) or (text[after:after + 1] == "."
                                                   and not LONG_LAST.search(text, start, after)):
                break  # "Cici el Dedi (PKB)", "Cici Dg. Dedi": the name goes on
            out.append((start, end))
        return out

    def _bare_role(self, text: str, m: re.Match, role: re.Match, regions: list[RegionMention],
                   region_at: dict[int, RegionMention]) -> list[tuple[PositionMention, tuple[int, int]]]:
        """A listed member closed by a bare role in brackets, "Budi (Wakil Ketua)": that role in the council body
        named last before him in his sentence or the two before ("Komisi A DPRD X ... Budi (Ketua), Ani (Sekretaris)"
        -> Ketua Komisi A DPRD of X; a numbered roll's lines count as sentences), when a council or its committee is
        named there; nothing otherwise (a school board's "Dewan Pendidikan" is none). The names listed after him with
        no bracket of their own are members of that body ("Ani (Sekretaris), Cici, Dedi dan Eko": Anggota;
        ``_bare_after``)."""
        span = self._name_run(self._strip_item(text[max(0, m.start() - 160):m.start()], True),
                              max(0, m.start() - 160), regions)
        if not span or not all(self._name_like(w) for w in text[span[0]:span[1]].split()
                               if w[:1].isupper() and not self._is_honorific(w)):
            return []
        begin = span[0]
        for _ in range(3):  # his sentence (or line of a numbered roll) and the two before it
            begin = max(text.rfind(". ", 0, begin), text.rfind("\n", 0, begin), 0)
            while begin > 0 and text[begin - 1:begin].isdigit():  # "2. Budi (Wakil Ketua)": a roll's number
                begin = max(text.rfind(". ", 0, begin), text.rfind("\n", 0, begin), 0)
        bodies = list(COUNCIL_BODY.finditer(text, max(begin, span[0] - 400), span[0]))
        if not bodies:
            return []  # "Budi (Ketua)" of a club, a school board or a committee of guests: no council named near
        if PERSON_NOUN.search(text, bodies[-1].end(), span[0]):
            return []  # "Komisi B DPRD X tiba. Panitia lomba ialah Budi (Ketua)": another body's officers after it
        units = [b for b in bodies if b.group("unit") or b.group("alone")]
        body, region = self._council_before(text, span[0], region_at)
        unit = " ".join((units[-1].group("unit") or units[-1].group("alone")).split()) if units else ""
        post = " ".join(w.capitalize() if w.isalpha() else w for w in role.group().split()).replace("Sekertaris",
                                                                                                    "Sekretaris")
        national = body is not None and body.group("house") == "DPR" and region is None
        house, level, region = ("DPR RI", "national", None) if national else ("DPRD", "region", region)
        out = [(PositionMention(span[0], span[0], " ".join(w for w in (post, unit, house) if w), level, region,
                                span[0]), span)]
        for item in self._bare_after(text, m.end()):  # "Ani (Sekretaris), Cici, Dedi dan Eko": members
            out.append((PositionMention(item[0], item[0], " ".join(w for w in ("Anggota", unit, house) if w), level,
                                        region, item[0]), item))
        return out

    def _deputies(self, text: str, mentions: list[PositionMention]
                  ) -> list[tuple[PositionMention, list[tuple[int, int]]]]:
        """Deputies named after "wakilnya" following a post that has a deputy: "Bupati X Budi beserta wakilnya
        Ani" -> Ani, Wakil Bupati of X; "Ketua DPRD X didampingi dua wakilnya, A dan B" -> Wakil Ketua DPRD."""
        out = []
        for m in DEPUTIES.finditer(text) if "akilnya" in text else ():
            prev = self._post_before(text, mentions, m.start(), 120)
            if prev is None:
                continue
            deputy = self.positions.get(_key(f"Wakil {prev.canonical}"))
            first = self._name(text, m.end())
            if deputy is None or first is None:
                continue
            p = PositionMention(m.start(), m.end(), deputy[0], prev.level, prev.region, m.end())
            out.append((p, self._with_list(text, first)))
        return out

    def _numbered_deputies(self, text: str, mentions: list[PositionMention]
                           ) -> list[tuple[PositionMention, list[tuple[int, int]]]]:
        """A council's deputy chairs written "Wakil I", "Wakil II" after a post of that council: "Ketua DPRD X Budi,
        bersama Wakil I Ani, Wakil II Cici" -> Ani, Wakil Ketua I DPRD of X; Cici, Wakil Ketua II DPRD."""
        out = []
        for m in NUMBERED_DEPUTY.finditer(text) if "Wakil " in text else ():
            prev = self._post_before(text, mentions, m.start(), 160)
            if prev is None:
                continue
            body = COUNCIL_POST.match(prev.canonical)
            first = self._name(text, m.end())
            if body is None or first is None or not body.group("body").startswith("DPR"):
                continue
            post = f"Wakil Ketua {m.group(1)} {body.group('body')}"
            out.append((PositionMention(m.start(), m.end(), post, prev.level, prev.region, m.end()), [first]))
        return out

    def _post_before(self, text: str, mentions: list[PositionMention], at: int, reach: int
                     ) -> PositionMention | None:
        """The last post of ``mentions`` ending before ``at``, when it ends at most ``reach`` characters before it and
        no sentence ends between: the post whose deputies or members a word at ``at`` goes on to name ("Bupati X Budi
        beserta wakilnya Ani", "Ketua DPRD X Budi, bersama Wakil I Ani"); else None."""
        prev = next((p for p in reversed(mentions) if p.end <= at), None)
        if prev is None or at - prev.end > reach or self._sentence_end(text, prev.end, at):
            return None
        return prev

    def _sentence_end(self, text: str, start: int, end: int) -> bool:
        """A sentence ends between ``start`` and ``end``: "... rapat itu. Wakil ..." (not "H. Budi", "A. Yani",
        "S.Sos. dan")."""
        return next(self._sentence_ends(text, start, end), None) is not None

    def _sentence_ends(self, text: str, start: int, end: int) -> Iterator[re.Match]:
        """The matches of SENTENCE_END between ``start`` and ``end`` that end a sentence (see ``_sentence_end``)."""
        for m in SENTENCE_END.finditer(text, start, end):
            word = m.group(1)
            if word is None or not (len(word) == 1 or word.lower() in self.honorifics
                                    or word.lower() in NAME_ABBREVS or text[m.start(1) - 1:m.start(1)] == "."):
                yield m

    def _shared_members(self, text: str, mentions: list[PositionMention]
                        ) -> list[tuple[PositionMention, list[tuple[int, int]]]]:
        """Members named after a council post in lower case, sharing its body: "Ketua Komisi III Budi dan anggota Ani
        serta Cici" -> Ani and Cici, Anggota Komisi III DPRD."""
        out = []
        for m in SHARED_MEMBERS.finditer(text) if "nggota" in text else ():
            prev = self._post_before(text, mentions, m.start(), 120)
            if prev is None:
                continue
            body = COUNCIL_POST.match(prev.canonical)
            first = self._name(text, m.end())
            if body is None or first is None:
                continue
            p = PositionMention(m.start(), m.end(), f"Anggota {body.group('body')}", prev.level, prev.region, m.end())
            out.append((p, self._with_list(text, first)))
        return out

    def _council_lists(self, text: str, region_at: dict[int, RegionMention]
                       ) -> list[tuple[PositionMention, list[tuple[int, int]]]]:
        """Members of a council's group listed by name: "Rombongan Komisi I DPRD X terdiri dari A, B, dan C",
        "jajaran Komisi II seperti A, B, hingga C", "rombongan DPRD X beranggotakan A (Dapil 1), B" -> each is
        "Anggota Komisi I DPRD" / "Anggota DPRD" of the group's region."""
        out = []
        for m in COUNCIL_GROUP.finditer(text):
            unit, house = m.group("unit"), m.group("house")
            if not unit and not house:
                continue
            region, after = self._region_after(text, m.end(), region_at)
            intro = MEMBERS_INTRO.match(text, after)
            first = self._name(text, intro.end()) if intro and intro.group().strip() != "(" else None
            if not first:
                continue
            unit = unit.capitalize() if unit and unit.isupper() else unit  # "BAPEMPERDA" is "Bapemperda"
            canonical = "Anggota " + " ".join(w for w in (" ".join((unit or "").split()), house or "DPRD") if w)
            p = PositionMention(m.start("body"), m.end(), canonical, "region", region, after)
            out.append((p, self._with_list(text, first)))
        for m in COMMITTEE.finditer(text):  # "disambut Komisi D DPRD X, A, B, dan C": a comma list of members
            unit = m.group("unit")
            if text.find(",", m.end(), m.end() + 60) < 0:
                continue  # no list follows
            if OWN_HEAD_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
                    or COMMISSION_MORE.match(text, m.end()):  # "Komisi I, III dan IV DPRD X": more commissions
                continue  # "Ketua Komisi D DPRD X, Budi": the chair
            region, after = self._region_after(text, m.end(), region_at)
            intro = COMMA_INTRO.match(text, after)
            comma = intro or COMMA_THEN_NAME.match(text, after)
            first = self._name(text, comma.end()) if comma else None
            more = self._list_after(text, first[1], require_and=not intro) if first else []
            lone = first and not more and not intro and self._lone_member(text, first, unit) \
                and not HEAD_NEAR_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if more or lone:  # "Komisi V DPRD X, Budi, mengatakan": one member named after the comma
                unit = unit[0].upper() + unit[1:]  # "komisi I" is "Komisi I"
                canonical = " ".join(w for w in ("Anggota", " ".join(unit.split()), "DPRD") if w)
                out.append((PositionMention(m.start(), m.end(), canonical, "region", region, after), [first] + more))
        return out

    def _lone_member(self, text: str, span: tuple[int, int], unit: str) -> bool:
        """``span`` (named after "Komisi V DPRD X,") is one person closed by a comma or a full stop, not another
        committee misspelt ("dari Komisi A, Komis B, Komis C")."""
        after = self._skip_degrees(text, span[1])
        words = [w for w in text[span[0]:span[1]].split() if w[:1].isupper() and not self._is_honorific(w)]
        return bool(re.match(r"[ \t]*[,.]", text[after:after + 3])) and bool(words) \
            and words[0][:5].lower() != unit[:5].lower() and all(self._name_like(w) for w in words)

    def _body_members(self, text: str, region_at: dict[int, RegionMention]
                      ) -> list[tuple[PositionMention, list[tuple[int, int]]]]:
        """Members listed after a bare "anggota" that refers to the council body named just before: "Bapemperda
        DPRD X dipimpin ketuanya, diikuti sejumlah anggota, antara lain A dan B, C" -> "Anggota Bapemperda DPRD"."""
        out = []
        own = OWN_MEMBERS.finditer(text) if "anggotanya" in text else ()
        for m in [*BARE_MEMBERS.finditer(text), *own]:
            if m.re is OWN_MEMBERS:  # "bersama anggotanya A, B, dan C": a list closed by "dan"
                first = self._name(text, m.end())
                if not first or not self._list_after(text, first[1], require_and=True):
                    continue
            else:
                at = m.start() + m.group().rfind("anggota")
                intro = MEMBERS_INTRO.match(text, m.end()) or (
                    MEMBERS_CLAUSE.match(text, m.end()) if COUNTED.search(text[max(0, at - 30):at])
                    else None)  # "sembilan anggota ..., yaitu": counted people
                first = self._name(text, intro.end()) if intro and intro.group().strip() != "(" else None
            if not first:
                continue
            start = max(0, m.start() - 300, text.rfind("\n", 0, m.start()) + 1)
            body = next((b for b in reversed(list(COUNCIL_BODY.finditer(text, start, m.start())))
                         if b.group("house") in LOCAL_COUNCILS), None)
            if body is None:
                continue
            region, _ = self._region_after(text, body.end(), region_at)
            unit = " ".join((body.group("unit") or "").split())
            canonical = " ".join(w for w in ("Anggota", unit, "DPRD") if w)
            out.append((PositionMention(m.start(), m.end(), canonical, "region", region, m.end()),
                        self._with_list(text, first)))
        return out

    def _council_roll(self, text: str, region_at: dict[int, RegionMention]
                      ) -> list[tuple[PositionMention, list[tuple[int, int]]]]:
        """Council members named in a roll after a clause about members: "Keempat anggota DPRD yang berangkat ke X
        itu ialah A, B, C dan D", "sembilan anggota diduga tidak ikut, yaitu A, B", "anggota yang ikut antara lain
        saya, A, B" -> each is "Anggota DPRD" of the council named last before (in its sentence or earlier)."""
        out = []
        for m in ROLL_MEMBERS.finditer(text):
            dewan = ROLL_COUNCIL.match(text, m.end())
            pos = dewan.end() if dewan else m.end()
            named = ROLL_UNIT.match(text, pos) if not dewan else None
            pos = named.end() if named else pos
            # the council after a bracketed committee: "Anggota Panitia Khusus (Pansus) DPRD X, di antaranya A, B"
            body = COUNCIL_BODY.match(text, BLANKS.match(text, pos).end() if named else pos)
            pos = self._region_after(text, body.end(), region_at)[1] if body else pos
            counted = COUNTED.search(text, max(0, m.start() - 30), m.start()) \
                or ALL_OF.search(text, max(0, m.start() - 30), m.start())
            intro = MEMBERS_INTRO.match(text, pos) or (MEMBERS_CLAUSE.match(text, pos) if counted else None) \
                or ROLL_CLAUSE.match(text, pos) or (ROLL_NEXT.match(text, pos) if counted else None) \
                or (COUNTED_CLAUSE.match(text, pos) if counted else None)
            if not intro or not LIST_INTRO.search(text, pos, intro.end()) or PERSON_NOUN.search(text, pos, intro.end()):
                continue  # "Anggota DPRD X menyoroti dua hal, yaitu ...": the clause is no roll of members
            start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), m.start() - 200) + 1
            aside = ROLL_ASIDE.match(text, intro.end())
            first = self._name(text, aside.end() if aside else intro.end())
            names = self._with_list(text, first) if first else []
            if len(names) < 2 or not all(self._name_like(w) for a, b in names for w in text[a:b].split()
                                         if w[:1].isupper() and not self._is_honorific(w)):
                continue  # "... adalah Kampung Sehat dan Lumbung Tarman": no persons
            # a region's council (not the national "DPR") named last with its region, else the last one; after a
            # counted clause, the council it names only when none follows the member word ("Dua legislator dari
            # Komisi I DPRD X datang ..., yakni"; not "Seluruh anggota DPRD X berkunjung ke DPRD Y, yakni": X's)
            clause_council = intro.re is COUNTED_CLAUSE and not (dewan or named or body)
            body, region = self._council_before(text, intro.end() if clause_council else intro.start(),
                                                region_at, LOCAL_COUNCILS)
            if body is None:
                continue
            unit = " ".join((body.group("unit") or "").split()) if body.start() >= start else ""
            house = "DPRD"
            if named and named.group("unit"):  # "Anggota Komisi IV yang ikut ialah": the committee named
                unit = " ".join(named.group("unit").split())
            elif named and named.group().strip().lower() == "komisi" \
                    and (committee := self._committee_before(text, start, m.start())):
                # "anggota komisi": the committee the sentence named last, of its council when written there
                unit, council = committee
                if council:  # "Ketua Komisi II DPRP Budi, Sekretaris Komisi II Ani serta anggota komisi"
                    house = council.group("house")
                    region = self._region_after(text, council.end(), region_at)[0] or (
                        None if house in PROVINCIAL_COUNCILS else region)  # a province's council: found by make
            canonical = " ".join(w for w in ("Anggota", unit, house) if w)
            out.append((PositionMention(m.start(), m.end(), canonical, "region", region, intro.end()), names))
        return out

    def _council_chairs(self, text: str, region_at: dict[int, RegionMention]
                        ) -> list[tuple[PositionMention, list[tuple[int, int]]]]:
        """A council body led by "its chair": "rombongan DPRD X dipimpin ketuanya, Budi" -> Ketua DPRD of X;
        "Bapemperda DPR Y dipimpin wakil ketuanya, Ani" -> Wakil Ketua Bapemperda DPRD of Y."""
        out = []
        for m in COUNCIL_BODY.finditer(text):
            unit = m.group("unit") or m.group("alone")
            region, after = self._region_after(text, m.end(), region_at)
            led = LED_BY_CHAIR.match(text, after) or CHAIRED_BY.match(text, after)
            span = self._name(text, led.end()) if led else None
            represented = REPRESENTED_BY.match(text, after) if not span and (m.group("house") or (
                (m.group("alone") or "").startswith("Komisi") and self._council_before(text, m.start(), region_at)[0]
            )) else None  # "Komisi II, yang diwakili Ani": a bare committee of the council named before
            first = self._name(text, represented.end()) if represented else None
            if first:  # "Komisi I DPRD X yang diwakili A dan B": members of the body
                body = " ".join(w for w in ("Anggota", " ".join((unit or "").split()), "DPRD") if w)
                out.append((PositionMention(m.start(), m.end(), body, "region", region, after),
                            self._with_list(text, first)))
                continue
            if not span:
                continue
            topic = led.groupdict().get("topic")
            if topic and unit not in TOPIC_COMMITTEES:
                continue  # "Komisi II Banyu Prasojo diketuai ...": only a special committee is named by its topic
            body = " ".join(w for w in (" ".join((unit or "").split()), " ".join((topic or "").split()), "DPRD") if w)
            canonical = ("Wakil Ketua " if led.groupdict().get("deputy") else "Ketua ") + body
            out.append((PositionMention(m.start(), m.end(), canonical, "region", region, after), [span]))
        return out

    def _from_council(self, text: str, regions: list[RegionMention], region_at: dict[int, RegionMention]
                      ) -> list[tuple[PositionMention, list[tuple[int, int]]]]:
        """A council member named with the council or committee he comes from: "kata Budi dari DPRD X" -> Anggota
        DPRD of X; "Ani dari Komisi 4" -> Anggota Komisi IV DPRD (of the council the text named last before with its
        region); a bare committee counts only in a text that names a council."""
        out: list[tuple[PositionMention, list[tuple[int, int]]]] = []
        lower: set[str] | None = None  # the words the text writes in lower case, read at the first candidate
        for m in FROM_COUNCIL.finditer(text) if ("DPR" in text or "Komisi" in text) else ():
            unit, house = m.group("unit"), m.group("house")
            if not unit and not house:
                continue
            offset = max(0, m.start() - 80, text.rfind("\n", 0, m.start()) + 1)
            head = self._strip_item(text[offset:m.start()], True)
            span = self._name_run(head, offset, regions)
            if not span or span[1] != offset + len(head):
                continue
            words = [w for w in text[span[0]:span[1]].split() if w[:1].isupper() and not self._is_honorific(w)]
            if lower is None:
                lower = lower_case_words(text)
            if not all(self._name_like(w) and w.lower() not in lower for w in words):
                continue  # "lalu Peserta dari Komisi B" (the text writes "peserta"), "Bali dari Komisi 1": no person
            if len(words) == 1 and re.search(r"(?:^|[.!?\n][\"”]?)[ \t]*$", text[:span[0]]):
                continue  # one capitalised word opening a sentence may be a common word
            if not house and not any(b.group("house") for b in COUNCIL_BODY.finditer(text, 0, m.start())):
                continue  # a bare committee counts only in a text that names a council before
            region = self._region_after(text, m.end(), region_at)[0] if house else None
            if region is None:
                region = self._council_before(text, m.start(), region_at)[1]
            if unit:
                number = unit.split()[-1]
                unit = f"Komisi {ROMAN[int(number) - 1] if number.isdigit() else number}"
            canonical = " ".join(w for w in ("Anggota", unit, "DPRD") if w)
            out.append((PositionMention(span[0], span[0], canonical, "region", region, span[0]), [span]))
        return out

    def _unnumbered_chairs(self, text: str, region_at: dict[int, RegionMention]
                           ) -> list[tuple[PositionMention, list[tuple[int, int]]]]:
        """A committee's chair, deputy chair or secretary written without the committee's number: "Ketua Komisi Budi"
        after "Komisi D DPRD X" -> Budi, Ketua Komisi D DPRD of X (the committee named last before, its council's
        region the one written last before with a council); nothing when no numbered committee is named before."""
        out = []
        for m in UNNUMBERED_CHAIR.finditer(text) if "Komisi" in text else ():
            span = self._name(text, m.end())
            committees = [b for b in COUNCIL_BODY.finditer(text, 0, m.start()) if b.group("unit")
                          or (b.group("alone") or "").startswith("Komisi")]
            if not span or not committees or not all(self._name_like(w) for w in text[span[0]:span[1]].split()
                                                      if w[:1].isupper() and not self._is_honorific(w)):
                continue  # "Ketua Komisi Informasi Budi": another commission's chair
            unit = " ".join((committees[-1].group("unit") or committees[-1].group("alone")).split())
            if not unit.startswith("Komisi"):
                continue
            region = self._council_before(text, m.start(), region_at)[1]
            post = " ".join(m.group("post").split()).replace("ketua", "Ketua")
            if committees[-1].group("house") == "DPR":  # "Komisi X DPR": the national parliament's
                p = PositionMention(m.start(), m.end(), f"{post} {unit} DPR RI", "national", None, m.end())
            else:
                p = PositionMention(m.start(), m.end(), f"{post} {unit} DPRD", "region", region, m.end())
            out.append((p, [span]))
            members = self._list_after(text, span[1], require_and=True)  # "Sekretaris Komisi A, B, dan C"
            if members:
                out.append((dataclasses.replace(p, canonical=p.canonical.replace(post, "Anggota", 1)), members))
        return out

    @staticmethod
    def _committee_before(text: str, start: int, end: int) -> tuple[str, re.Match | None] | None:
        """The council committee written last between ``start`` and ``end`` ("Komisi II"), and its last mention with
        a regional council ("Komisi II DPRP") in the paragraph before ``end`` (initials such as "M.F. Budi" may have
        cut the sentence short), else None for it; None when no committee is written."""
        def committees(begin: int) -> list[tuple[str, re.Match]]:
            return [(" ".join((b.group("unit") or b.group("alone")).split()), b)
                    for b in COUNCIL_BODY.finditer(text, begin, end)
                    if (b.group("unit") or b.group("alone") or "").startswith("Komisi")]
        named = committees(start)
        if not named:
            return None
        unit = named[-1][0]
        return unit, next((b for u, b in reversed(committees(text.rfind("\n", 0, end) + 1))
                           if u == unit and b.group("house") in LOCAL_COUNCILS), None)

    def _council_before(self, text: str, end: int, region_at: dict[int, RegionMention],
                        houses: tuple[str, ...] | None = None) -> tuple[re.Match | None, RegionMention | None]:
        """The council written last before ``end`` with its region ("DPRD Kota X ... Komisi D") and that region,
        else the council written last before ``end`` and None, else (None, None); only councils named by one of
        ``houses`` when given."""
        bodies = [b for b in COUNCIL_BODY.finditer(text, 0, end)
                  if b.group("house") and (houses is None or b.group("house") in houses)]
        for b in reversed(bodies):
            if (region := self._region_after(text, b.end(), region_at)[0]) is not None:
                return b, region
        return (bodies[-1] if bodies else None), None

    def _with_list(self, text: str, first: tuple[int, int], require_and: bool = False) -> list[tuple[int, int]]:
        """``first`` and the names listed after it (``_list_after``). In a long list a name may end in a lower-case
        word ("Sarpan koko, Ani, Cici, dan Dedi"): three or more other names in the list, not two ("Banyu Prasojo
        pulang, Ani dan Cici tetap tinggal")."""
        tail = self._lower_tail(text, first)
        rest = self._list_after(text, tail[1], require_and) if tail != first else []
        return [tail] + rest if len(rest) >= LONG_LIST else [first] + self._list_after(text, first[1], require_and)

    def _lower_tail(self, text: str, span: tuple[int, int]) -> tuple[int, int]:
        """``span`` with the lower-case word after it when that word ends a listed name: "Sarpan koko, ..." (no
        function word, verb, derived noun or office word)."""
        m = LOWER_TAIL.match(text, span[1])
        if not m:
            return span
        low = m.group(1)
        if low in FUNCTION_WORDS or low in self.not_names or low in self.position_words or low in UNIT_WORDS \
                or low in FIELD_WORDS or verb_like(low, self.verbs) or derived_noun(low):
            return span
        return span[0], m.end(1)

    def _list_after(self, text: str, pos: int, require_and: bool) -> list[tuple[int, int]]:
        """Further names after a name: ", B, dan C" (degrees between them skipped). With ``require_and`` the list
        must close with "dan"/"serta" + name, else it is an apposition ("Kepala Dinas X, Budi, mengatakan")."""
        spans: list[tuple[int, int]] = []
        closed = False
        while not (closed and require_and):  # a list of holders may go on after "dan": "A dan B, C dan D"
            m = LIST_SEPARATOR.match(text, self._skip_degrees(text, pos))
            if not m:
                break
            closed = closed or bool(m.group("and") or m.group("and1"))
            span = self._name(text, m.end())
            if not span or "\n" in text[pos:span[0]]:
                break
            first = text[span[0]:span[1]].split()[0].rstrip(".,").lower()
            if first in self.positions or first in self.units or first in self.position_words:
                break  # "..., dan Kabag Humas Sri": the next item is another position
            tail = self._lower_tail(text, span)  # "A, B, Lintang syah, C": inside a long list, a lower-case last word
            if tail != span and len(spans) + 1 + len(self._list_after(text, tail[1], False)) >= LONG_LIST:
                span = tail
            after = self._skip_degrees(text, span[1])
            if UNIT_CODE_AFTER.match(text, span[1]):
                break  # "..., dan Pasiter Kodim 0808/Blitar Kapten Budi": a unit's code, the item is a post
            if not closed and not re.match(r"\s*(?:[,.;)]|dan\b|serta\b|hingga\b|beserta\b|bersama\b)|\s*$",
                                           text[after:after + 9]):
                break  # "..., Budi mengatakan": no list item
            spans.append(span)
            pos = span[1]
        if require_and and not closed:
            return []
        return spans

    def _skip_degrees(self, text: str, pos: int) -> int:
        """Past the degrees and party after a name: ", SH, MH", " S.Sos.", " (F-PKB)", " dari Fraksi Golkar"."""
        while True:
            if DEGREE_STOP.match(text, pos):  # "Budi Sp.KJ., CHRMP.,": the full stop of a degree read with the name
                pos += 1
            m = DEGREE_AFTER.match(text, pos)
            if m and (m.group(1).lower().replace(".", "") in self.honorifics or DEGREE_SHAPE.fullmatch(m.group(1))):
                pos = m.end()
                continue
            m = ASIDE_AFTER.match(text, pos)
            if not m:
                return pos
            pos = m.end()
