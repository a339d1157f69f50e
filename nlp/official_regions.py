"""Which region a position belongs to: the region written right after it or after its office, the nearest
fitting one before it, a provincial council's province; and the holders after a head whose office is written out up
to its region. ``RegionReader`` is mixed into ``nlp.officials.OfficialFinder``."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from typing import TYPE_CHECKING

from nlp.lexicon import alternation, companion_words, visit_cue_words
from nlp.official_merge import Official, name_tokens, verb_like
from nlp.official_patterns import (
    COMMA_THEN_NAME,
    COUNCIL_WORD,
    EVENT_OPENING,
    FIELD_WORDS,
    FORCE_WORDS,
    LOCAL,
    NO_HOLDER_BEFORE,
    OFFICE_LIST_END,
    REGION_LEADS,
    UNIT_ACRONYM,
    UNIT_WORDS,
    WORDS,
    _key,
    _one_letter_off,
    _skip_paren,
)
from nlp.official_titles import PositionMention
from nlp.regions import KAB, KOTA, PROV, RegionMention
from nlp.textutil import fold, on_title_line

if TYPE_CHECKING:
    from nlp.visit_records import Visit

COUNCIL_LEADS = frozenset(w.lower() for w in WORDS["council_lead"])  # "Wakil Ketua I DPR Papua Barat Budi"
# "Kasubag X di Bagian Organisasi Setda Y": the office a position is held in, before its region
UNIT_ON = re.compile(r"[ \t]+(?:di|pada)[ \t]+"
                     r"(?=(?:Bagian|Bidang|Dinas|Badan|Sekretariat|Kantor|Biro|Setda\w*|Setwan)\b)")
# spaces and a comma that may be left out, between a region and the holder's name ("Dinas X Kota Y, Budi")
NAME_GAP = re.compile(r"[ \t]*,?")
# The two walks over a unit written out past the lexicon, two concepts sharing their word classes (the joiners
# between its words, ``data/official_words.csv`` kind unit_gap_joiner, and an acronym, bare or in brackets):
# ``RegionReader._office_walk`` reads an office's words, which the post takes, up to what closes the office (a region,
# a comma), capitalised words only; ``OfficialFinder._titled_after_unit`` passes over a unit's words, which the post
# does not take, up to the honorific that opens its holder, any word that is no name (a lower-case or dotted
# honorific ends it).
UNIT_JOINER = alternation(WORDS["unit_gap_joiner"])  # "dan", "&"
UNIT_ACRONYM_WORD = r"[A-Z][\w\-]*"  # "DPP", "Setwan": inside brackets "(DPP)"
# a word of an office written out after a head the lexicon cannot read, up to its region (the third walk,
# ``RegionReader._office_region_holders``): "Pengelolaan", "dan", "(DPP)", "P2KB"; the unit's joiners and "serta"
OFFICE_RUN_WORD = re.compile(r"(?:[ \t]+|,[ \t]*(?=(?:dan[ \t]+)?(?P<field>[A-Z][\w\-]*)))"
                             rf"(?P<word>\([A-Z][\w.\-]{{1,12}}\)|(?:{UNIT_JOINER}|serta)(?=[ \t]+[A-Z])"
                             r"|[A-Z0-9][\w\-/]*)")
# heads whose office may be written out after them up to its region, and a word of that office (``_office_walk``; a
# pair of acronyms in brackets, "(ACR Acr)", only in an office closed by a comma)
WRITTEN_OUT_HEADS = frozenset(WORDS["written_out_head"])
OFFICE_RUN = re.compile(rf"(?:[ \t]*,[ \t]*(?:dan[ \t]+)?|[ \t]+(?:(?:{UNIT_JOINER})[ \t]+)?)"
                        rf"(?P<w>\({UNIT_ACRONYM_WORD}(?:[ \t]+(?:dan[ \t]+{UNIT_ACRONYM_WORD}"
                        rf"|(?P<pair>{UNIT_ACRONYM_WORD})))?\)"
                        r"|[A-Z][\w\-/]*|e-[A-Z]\w*)")
# a word of a unit passed over up to an honorific (``OfficialFinder._titled_after_unit``): "& Perikanan", "(BSA)", "H"
TITLED_RUN_WORD = re.compile(rf"[ \t]+([^\s,.;:()\"]+\.?|\({UNIT_ACRONYM_WORD}\))")
# an abbreviation restating the office after its region: "Kepala BKD Kabupaten X (BKD), Budi", "(Plt Gubri)"
OFFICE_ASIDE = re.compile(r"[ \t]*\(([A-Za-z][\w.\-]*)(?:[ \t]+[\w.\-]+){0,2}\)")
LEAD_ASIDE = re.compile(r"\([A-Za-z]{2,10}\)[ \t]*")
LEAD_RE = re.compile(r"(\w+)\.?[ \t]+")
# posts one person holds in a region at a time; the heads of a level hold it in a region of that level only
ONE_HOLDER_OF_LEVEL = frozenset({"Bupati", "Wakil Bupati", "Wali Kota", "Wakil Wali Kota", "Gubernur",
                                 "Wakil Gubernur"})
ONE_HOLDER = ONE_HOLDER_OF_LEVEL | {"Sekretaris Daerah", "Ketua DPRD"}
# a post of a regency's, city's or province's council ("Ketua Komisi B DPRD", "Sekretaris Dewan"), and a council
# the text names with its region ("DPRD Kabupaten X", "DPRK X", "Dewan Perwakilan Rakyat Daerah (DPRD) X")
COUNCIL_OFFICER = re.compile(r"\b(?:DPRD|DPRK)\b|^Sekretaris Dewan$")  # DPRA and DPRP name their province themselves
COUNCIL_NAMED = re.compile(r"\b" + COUNCIL_WORD + r"[ \t]+(?:" + LEAD_ASIDE.pattern + ")?")


@dataclasses.dataclass(frozen=True)
class OfficeWalk:
    """Where a head's office written out ends (``RegionReader._office_walk``): its ``words`` as read (brackets among
    them, joiners not), ``cut`` the end of the office's words, the ``region`` that closes it (None: none read),
    ``after`` past the region or the comma, ``name`` a region's name closing it that the region step left unread
    (folded)."""

    words: tuple[str, ...]
    cut: int
    region: str | None
    after: int
    name: str | None


class RegionReader:
    """Reading a position's region; mixed into ``OfficialFinder``."""

    def _office_region_holders(self, text: str, regions: list[RegionMention], region_starts: dict[int, RegionMention],
                               found: list[Official], body_start: int
                               ) -> list[Official]:
        """Holders after a head whose office the lexicon cannot read, written out up to the office's region:
        "Kepala Dinas Pengelolaan Pasar (DPP) Solo, Budi", "Sekretaris Dinkes P2KB Tuban, dr. Ani", "Kasubag Alat
        Kelengkapan Dewan dan Rapat Sekretariat DPRD (Setwan) Kalsel Budi"; the region closes the office."""
        taken = [span for o in found for span in [*o.mentions, o.position_span]]
        out: list[Official] = []
        for m in self.head_run.finditer(text):
            if any(a <= m.start() < b for a, b in taken) or NO_HOLDER_BEFORE.search(text, max(0, m.start() - 8),
                                                                                   m.start()):
                continue
            pos, words, region = m.end(), [], None
            while len(words) <= 12:
                w = OFFICE_RUN_WORD.match(text, pos)
                if w and w.start("word") in region_starts:
                    region = region_starts[w.start("word")]
                    break
                word = w.group("word").lower() if w else ""
                field_ = w.group("field") if w else None
                if not w or word in self.days or word == "se" or verb_like(word, self.verbs) \
                        or (field_ and (field_.lower() not in UNIT_WORDS or not OFFICE_LIST_END.match(text, pos))):
                    break  # "Kepala Desa Se Kabupaten X": the heads of all villages; a comma goes on in fields only
                words.append(w.group("word"))
                pos = w.end()
            if region is None or region.weak or "\n" in text[m.start():region.start] \
                    or on_title_line(text, body_start, m.start()) or not any(self._unit_word(w) for w in words):
                continue
            name_at = NAME_GAP.match(text, region.end).end()
            name_span = self._name(text, name_at)
            if not name_span or any(a < name_span[1] and name_span[0] < b for a, b in taken):
                continue
            office = " ".join(w for w in words if not w.startswith("("))
            canonical = f"{self.head_canonical.get(_key(m.group()), m.group())} {office}"
            p = PositionMention(m.start(), region.start, canonical, "region", region.code, region.end)
            official = self.make(text, name_span, p, regions, body_start)
            if official:
                out.append(official)
                taken += [name_span, (m.start(), region.end)]
        return out

    def _council_province(self, start: int, regions: list[RegionMention], family: str) -> str | None:
        """The province of a provincial council ("Anggota DPRA" -> Aceh, "Wakil Ketua DPRP" -> a Papua province):
        the province of the region of that family named nearest before (else after) the position."""
        provinces = self.council_provinces[family]
        near = [m for m in regions if self.regions[m.code].province_code in provinces]
        before = [m for m in near if m.start < start]
        if before or near:
            return (before[-1] if before else near[0]).code[:2]
        return next(iter(provinces)) if len(provinces) == 1 else None

    def _region_after(self, text: str, pos: int,
                      region_at: dict[int, RegionMention]) -> tuple[str | None, int]:
        """A region written right after the position: "Bupati Badung", "Sekda Pemkab Serang",
        "Asisten I Setda KLU", "Bupati Sintang (Kalbar)", "Bupati Pandeglang Banten"."""
        region = None
        while True:
            p = pos
            while True:
                while p < len(text) and text[p] in " \t":
                    p += 1
                if p in region_at:
                    break
                aside = LEAD_ASIDE.match(text, p)
                if aside and p > pos:  # "Pemerintah Kabupaten (Pemkab) Sumbawa": an abbreviation between leads
                    p = aside.end()
                    continue
                w = LEAD_RE.match(text, p)
                if w and region is None and w.group(1)[:1].isupper() and w.end() in region_at \
                        and region_at[w.end()].start != region_at[w.end()].name_start \
                        and UNIT_ACRONYM.match(w.group(1)):
                    p = w.end()  # "Kabid Pariwisata Disparpora Kabupaten Kebumen": an office the lexicon lacks
                    continue
                if not w or (w.group(1).lower() not in LEAD_WORDS
                             and _key(w.group(1)) not in self.units):
                    break  # "Kabag Humas Setda Pati", "Kabid Pariwisata Disparbud Pati": the unit is skipped
                p = w.end()
            if p not in region_at:
                return region, pos
            mention = region_at[p]
            if region is None:
                region = mention.code
            pos = _skip_paren(text, mention.end, regions_only=True, region_at=region_at)
            aside = OFFICE_ASIDE.match(text, pos)
            if aside and (aside.group(1).isupper() or self._office_word(aside.group(1))):
                pos = aside.end()  # "Kepala BKD Kabupaten X (BKD), Budi", "Plt Gubernur X (Plt Gubri), Ani"
            # an appositive province: "Bupati Kabupaten Badung, Provinsi Bali, I Nyoman ..."
            m = re.compile(r"\s*[,\-–]\s*").match(text, pos)  # "Bupati Ngawi-Jawa Timur, Rina Kartika"
            if m and m.end() in region_at and self.regions[region_at[m.end()].code].level == PROV:
                pos = m.end()
            else:
                pos = self._past_province(text, pos)

    def _past_province(self, text: str, pos: int) -> int:
        """``pos`` past a province's name (two words or more) the region step left unread after a region ("Bupati
        X Sulawesi Tenggara, Budi": the regency's province, then the holder); ``pos`` when none is written."""
        m = PROVINCE_WORDS.match(text, pos)
        if not m:
            return pos
        words = m.group(1).split()
        for k in range(len(words), 1, -1):
            if fold(" ".join(words[:k])) in self.province_names:
                end = m.start(1) + sum(map(len, words[:k])) + k - 1  # one blank between the words
                short = PROVINCE_SHORT.match(text, end)  # "Sulawesi Tenggara (Sultra)": its short form too
                return short.end() if short else end
        return pos

    def _office_walk(self, text: str, pos: int, region_at: dict[int, RegionMention], to_comma: bool = False
                     ) -> OfficeWalk | None:
        """The walk over a head's office written out up to what closes it, in capitalised words from ``pos`` ("dan"/
        "&" between, an acronym in brackets; a title word, the next post, or a force's word stops it, None): the
        words the post takes. Not the only walk over a unit's words: ``OfficialFinder._titled_after_unit`` passes
        over words the post does not take up to an honorific, and ``_office_region_holders`` walks an office the
        lexicon cannot read to its region, each its own concept. Without ``to_comma`` it
        ends at the region read right after a word (``_region_after``: "Kepala Bagian Persidangan, Hukum dan Aspirasi
        Sekretariat DPRD X", commas between its words, up to ten words); with ``to_comma`` at a comma before a
        capital, no comma inside (up to seven words: "Kabid Tata Niaga dan Sarana Pasar, Ani"), where a region
        mention starting at a word, or a region's name the region step left unread closing the run
        (``region_name_at``), ends the office's words (``cut``) and gives its region."""
        words: list[str] = []
        bracket, cut, region, name = False, None, None, None
        while True:
            if not to_comma:
                region, after = self._region_after(text, pos, region_at)
                if region is not None:
                    return OfficeWalk(tuple(words), pos, region, after, None)
            else:
                start = pos + len(text[pos:]) - len(text[pos:].lstrip(" \t"))
                if cut is None and start in region_at and region_at[start].start == start:
                    cut, region = start, region_at[start].codes[0]
                comma = COMMA_THEN_NAME.match(text, pos)
                if comma and words:
                    return OfficeWalk(tuple(words), pos if cut is None else cut, region, comma.end(), name)
                end = self.region_name_at(text, pos) if cut is None and name is None else 0
                if end and COMMA_THEN_NAME.match(text, end) and start < end:
                    cut, name = start, fold(" ".join(text[start:end].split()))
            if len(words) == (7 if to_comma else 10):
                return None
            w = OFFICE_RUN.match(text, pos)
            if not w or (to_comma and "," in text[pos:w.start("w")]) or (w.group("pair") and not to_comma):
                return None  # a comma inside a run to a comma; an acronym pair in brackets only before a comma
            word = w.group("w")
            if word.lower() in FORCE_WORDS or word.lower().rstrip(".") in self.title_starts or (bracket and not (
                    self._unit_word(word) or self._office_word(word) or word.lower() in FIELD_WORDS
                    or w.start("w") == cut)):
                # "Kabid Humas Polda X": police, read elsewhere; "... dan Kabag X": the next post; "Kepala Dinas X
                # (PMD) Budi": a name after the acronym (a region after it ends the office)
                return None
            pos, bracket = w.end(), word.startswith("(")
            words.append(word)

    def _office_to_region(self, text: str, p: PositionMention, region_at: dict[int, RegionMention]
                          ) -> tuple[PositionMention, tuple[int, int]] | None:
        """A head's office written out in capitalised words (commas, "dan", an acronym in brackets) up to its
        region (``_office_walk``), then the holder: "Kepala Bagian Persidangan, Hukum dan Aspirasi Sekretariat DPRD
        Kalsel Budi", "Asisten I Administrasi Umum dan Pembangunan Kota X Budi" -> the post as written, the region,
        the name."""
        if p.canonical.split()[0] not in WRITTEN_OUT_HEADS or NO_HOLDER_BEFORE.search(text, max(0, p.start - 8),
                                                                                       p.start):
            return None  # "para Kepala OPD Lingkup Pemerintah Kota X, A, B": no one holder
        walk = self._office_walk(text, p.end, region_at)
        if walk is None:
            return None
        pos, after = walk.cut, walk.after
        span = self._name(text, after)
        if not walk.words or not span or not self._name_like(text[span[0]:span[1]].split()[0]) or (
                text[p.end:pos].lstrip()[:1] == "," and not re.search(r"\bdan\b", text[p.end:pos])):
            return None  # "Asisten X, Sekretariat Daerah Y Budi": a comma after the post opens no office
        canonical = " ".join(text[p.start:pos].replace(",", ", ").split()).replace(" ,", ",")  # as written
        if EVENT_OPENING.search(canonical.split(" ", 1)[1]):
            return None  # "Kepala Bagian Hukum, Program Lorong Asri Tanjung Kota X Budi": a programme
        return dataclasses.replace(p, canonical=canonical, region=walk.region, after=after), span

    def _region_after_office(self, text: str, pos: int, region_at: dict[int, RegionMention],
                             default: tuple[str | None, int]) -> tuple[str | None, int]:
        """The region after "di/pada <office>" following a position, or ``default`` when none is written."""
        on = UNIT_ON.match(text, pos)
        if not on:
            return default
        q = on.end()
        for _ in range(8):
            w = re.compile(r"([A-Z][\w\-]*)[ \t]*").match(text, q)
            if not w or q in region_at or w.group(1).lower() in REGION_LEADS:
                break
            q = w.end()
        region, after = self._region_after(text, q, region_at)
        return (region, after) if region else default

    def _region_before(self, start: int, regions: list[RegionMention], level: str, text: str) -> str | None:
        """The region an unmarked position belongs to: the nearest fitting region named before it, else the
        first named after it (a dateline or lead usually names it), of the position's level if it has one. A
        trip's destination (``DESTINATION``: "ke <region>", "menuju <region>") with a delegation's word
        (``DELEGATION_WITH``: "didampingi", "bersama", "rombongan") and no word of receiving (``RECEIVED_WORD``)
        between it and the post is passed over: "kunjungan kerja ke Kota Y. ... didampingi Kepala Dinas Ani"
        makes Ani one of the travellers, not Y's (round 43)."""
        def fits(m: RegionMention) -> bool:
            r_level = self.regions[m.code].level
            return r_level == level if level in (KAB, KOTA, PROV) else r_level != PROV

        best = None
        for m in regions:
            if m.start >= start:
                break
            if fits(m) and not _travellers_after(text, m, start):
                best = m.code
        if best is None:
            best = next((m.code for m in regions if m.start >= start and fits(m)), None)
        return best

    def one_holder_regions(self, officials: list[Official], regions: list[RegionMention]) -> None:
        """A post one person holds in a region (``ONE_HOLDER``: "Bupati", "Sekretaris Daerah", "Ketua DPRD") whose
        region was only inferred, where another person holds it with that region written beside the post, is of
        another region: "Bupati Budi ... dalam kunker diterima oleh Bupati X, Ani" makes Budi no head of X. He
        takes the nearest other region of the post's level named before his post (else the first after it); none
        such, he stays. Two or more so inferred for one post and region are none of them moved: one post cannot
        have them all, so the post is misread ("Asisten Sekda A dan B" read as "Sekda"). Run on merged officials
        (one per person)."""
        held: dict[tuple[str, str], list[Official]] = {}
        inferred: dict[tuple[str | None, str], int] = {}
        for o in officials:
            if o.explicit_region and o.region:
                held.setdefault((o.position, o.region), []).append(o)
            elif o.region:
                inferred[o.position, o.region] = inferred.get((o.position, o.region), 0) + 1
        for off in officials:
            if off.explicit_region or off.region is None or off.position not in ONE_HOLDER or " " not in off.name \
                    or (off.position, off.region) not in held or inferred[off.position, off.region] > 1 \
                    or any(_name_words(o.name) & _name_words(off.name) for o in held[off.position, off.region]):
                continue  # "Wagub Moh. Banyu" beside "Wakil Gubernur X, Mohamad Banyu": one man spelt twice; one
                # word after the post is an epithet more often than a second holder ("dijuluki 'Bupati Wayang'")
            level = self.regions[off.region].level
            fits = (lambda m, lv=level: self.regions[m.code].level == lv) if level == PROV or \
                off.position in ONE_HOLDER_OF_LEVEL else (lambda m: self.regions[m.code].level != PROV)
            taken = {r for p, r in held if p == off.position}
            start = off.position_span[0] if off.position_span != (0, 0) else min(s for s, _ in off.mentions)
            free = [m for m in regions if not m.weak and m.code not in taken and fits(m)]
            before = [m for m in free if m.start < start]
            other = before[-1] if before else next((m for m in free if m.start >= start), None)
            if other is not None:
                off.region = other.code

    def council_regions(self, text: str, officials: list[Official], regions: list[RegionMention]) -> None:
        """A regional council's member or officer whose region was only inferred (the nearest named before him,
        often the other side of a visit) is of the one council the text names with its region: "Komisi A DPRD
        Kabupaten X studi banding ke Kota Y ... Wakil Ketua DPRD, Budi" makes Budi of X. Two or more councils named
        ("DPRD X" and "DPRD Y"): he stays."""
        if not any(o.region and not o.explicit_region and COUNCIL_OFFICER.search(o.position) for o in officials):
            return
        region_starts = {m.start: m for m in regions if not m.weak}
        codes = {r.code for m in COUNCIL_NAMED.finditer(text) if (r := region_starts.get(m.end())) is not None}
        if len(codes) != 1:
            return
        code = codes.pop()
        for off in officials:
            if off.region and not off.explicit_region and COUNCIL_OFFICER.search(off.position):
                off.region = code

    def place_regions(self, text: str, officials: list[Official], regions: list[RegionMention]) -> None:
        """A village's or district's head whose region was only inferred (the nearest named before him, often the
        other side of a visit) is of the regency or city the text writes right after his place's name, anywhere:
        "Kepala Desa Sukamaju Budi" with "Desa Sukamaju, Kecamatan Wates, Kabupaten X" (or "Sukamaju X") written
        elsewhere makes Budi of X; one such region in the text, else he stays."""
        if not any(o.region and not o.explicit_region and o.position in self.local_posts for o in officials):
            return
        region_starts = {m.start: m for m in regions if not m.weak}
        for off in officials:
            if off.explicit_region or off.region is None or off.position not in self.local_posts \
                    or off.position_span == (0, 0):
                continue
            end = off.position_span[1]
            name = next((s for s, _ in sorted(off.mentions) if 0 <= s - end <= 40), None)
            place = " ".join(text[end:name].replace(",", " ").split()) if name is not None else ""
            if not place or not place[:1].isupper() or len(place.split()) > 3 or "\n" in text[end:name]:
                continue  # "Kepala Desa Budi": no place written between the post and the holder
            codes = set()
            for at in re.finditer(r"(?<!\w)" + re.escape(place).replace(r"\ ", r"[ \t]+") + r"(?!\w)", text):
                tail = PLACE_TAIL.match(text, at.end())
                region = region_starts.get(tail.end())
                if region is not None and self.regions[region.code].level in (KAB, KOTA):
                    codes.add(region.code)
            if len(codes) == 1:
                off.region, off.explicit_region = codes.pop(), True  # written in the text, if not beside the post

    @staticmethod
    def delegation_regions(text: str, sentences: list[tuple[int, int]], officials: list[Official],
                           visits: list[Visit], regions: list[RegionMention]) -> None:
        """In a visit article, a post whose region was only inferred (the nearest fitting region before it, most
        often the host the sentence names after "ke") and that the same sentence joins to a visit's leader or to an
        official whose region is written and is a visit's side, by a delegation word (``DELEGATION_WITH``:
        "didampingi", "bersama", "beserta") between them, is of that person's region: "Bupati X Budi berkunjung ke
        Kota Y didampingi Kepala Dinas Z Ani" makes Ani of X; the leader stands for the visitor. A word of receiving
        or standing in (``RECEIVED_WORD``: "disambut", "diterima", "oleh", "mewakili") anywhere between, or a verb in
        me- after the delegation word ("bersama staf, memuji ... Bupati"), leaves him: he is of the other side or
        of another clause. The leader himself, when his region is not the visitor's and is not written by his name
        (``regions``: the article's region mentions), is first made the visitor's (``_leader_regions``), and a
        council's member or delegation's head with no region at all the one visitor's (``_member_regions``). Run after
        the visits are found (their leaders and sides); the visits' members and host officials are then read again,
        always: the leaders step (``nlp/visit_leaders.py``) may have made a leader the visitor's after they were read
        (round 43 review)."""
        if not visits:
            return
        sides = {v.visitor for v in visits} | {v.host for v in visits}
        leaders = {id(v.leader): v.visitor for v in visits if v.leader is not None}
        starts = [s for s, _ in sentences]
        _leader_regions(text, regions, visits, starts)
        _member_regions(text, sentences, officials, visits)
        anchors = sorted([(s, leaders[id(o)]) for o in officials if id(o) in leaders for s, _ in o.mentions]
                         + [(s, o.region) for o in officials if id(o) not in leaders and o.explicit_region
                            and o.region in sides for s, _ in o.mentions])
        for o in officials:
            if o.explicit_region or o.region is None or o.position_span == (0, 0) or id(o) in leaders:
                continue
            start = o.position_span[0]
            i = bisect.bisect_right(starts, start) - 1
            first = sentences[i][0] if i >= 0 else 0
            near = [(s, r) for s, r in anchors if first <= s < start]
            if not near or near[-1][1] == o.region:
                continue
            at, region = near[-1]
            cue = max(DELEGATION_WITH.finditer(text, at, start), key=lambda m: m.start(), default=None)  # the last
            if cue is None or RECEIVED_WORD.search(text, at, start) or ME_VERB.search(text, cue.end(), start):
                continue
            o.region = region
        for v in visits:
            v.read_officials(officials)

    @functools.cached_property
    def local_posts(self) -> frozenset[str]:
        """The posts held in a district or village ("Kepala Desa", "Camat", "Lurah")."""
        return frozenset(canonical for canonical, level, *_ in self.positions.values() if level in LOCAL)


def _member_regions(text: str, sentences: list[tuple[int, int]], officials: list[Official],
                    visits: list[Visit]) -> None:
    """A council's member or a delegation's head with no region at all (``COUNCIL_OFFICER`` or ``DELEGATION_HEAD``:
    "yakni Ketua BK Budi, anggota BK Ani, ...", "Komisi II dipimpin Budi", "terdiri atas Budi, ketua tim, Ani")
    is of the visitor when the article's visits have one visitor and no word of receiving (``RECEIVED_WORD``:
    "diterima", "disambut", "oleh") and no host's official (one whose region is a visit's host) stands before his
    first mention in its sentence ("Ketua DPRD Y Budi didampingi Sekretaris DPRD Y, Ani, dan Kepala Bagian Umum
    DPRD, Rudi": Rudi is Y's): in a visit article a council travels; the host's council receives (round 43)."""
    visitors = {v.visitor for v in visits}
    if len(visitors) != 1:
        return
    visitor = visitors.pop()
    hosts = {v.host for v in visits}
    starts = [s for s, _ in sentences]
    for o in officials:
        if o.region is not None or not o.mentions or not (COUNCIL_OFFICER.search(o.position)
                                                          or o.position == DELEGATION_HEAD):
            continue
        at = min(s for s, _ in o.mentions)
        i = bisect.bisect_right(starts, at) - 1
        first = sentences[i][0] if i >= 0 else 0
        if RECEIVED_WORD.search(text, first, at) or any(first <= s < at for h in officials
                                                        if h.region in hosts for s, _ in h.mentions):
            continue
        o.region = visitor


def _leader_regions(text: str, regions: list[RegionMention], visits: list[Visit], starts: list[int]) -> None:
    """A visit's leader whose region is not the visitor's is of the visitor unless that region is written right by
    his name: the visits step lets a man the text says leads the delegation lead even when the officials step gave
    him another region (the host's, read from a sentence before: "... ke DPRD Kota Y. Ketua Komisi B, Rano Kelimutu
    memimpin rombongan"); he leads the visitor's delegation. Written by his name (``_written_by``) keeps it ("Ketua
    DPRD Provinsi Z, Rano Kelimutu"), and so does a leader of two visits from different visitors or a leader with no
    region (round 42)."""
    visitors: dict[int, set[str]] = {}
    for v in visits:
        if v.leader is not None:
            visitors.setdefault(id(v.leader), set()).add(v.visitor)
    for v in visits:
        leader = v.leader
        if leader is None or leader.region is None or leader.region == v.visitor or len(visitors[id(leader)]) != 1 \
                or _written_by(text, regions, leader, starts):
            continue
        leader.region = v.visitor


# what may stand between a region written before a name and the name: capitalised words (the rest of the post),
# abbreviations, commas and brackets ("Kabupaten X, Dr. H. "); a lower-case word ("yang dipimpin oleh") is another
# phrase (``_written_by`` adds the 40 characters and the one sentence)
REGION_TO_NAME_GAP = re.compile(r"(?:[\s,()\-–]|\b[A-Z][\w'\-]*\.?)*")


def _written_by(text: str, regions: list[RegionMention], official: Official, starts: list[int]) -> bool:
    """The official's region is written right before one of his name's mentions in his sentence (only the post's
    capitalised words between; ``starts``: the sentences' starts) or right after it (", Provinsi X")."""
    spans = [(m.start, m.end) for m in regions if m.codes == (official.region,)]
    for s, e in official.mentions:
        for rs, re_ in spans:
            if re_ <= s and s - re_ <= 40 and REGION_TO_NAME_GAP.fullmatch(text, re_, s) \
                    and bisect.bisect_right(starts, rs) == bisect.bisect_right(starts, s) \
                    or e <= rs and rs - e <= 3 and not text[e:rs].strip(" ,("):
                return True
    return False


def _travellers_after(text: str, m: RegionMention, start: int) -> bool:
    """``m`` is a trip's destination ("ke Kota Y", "menuju Pemkab Y") and a delegation's word, with no word of
    receiving, stands between it and the post at ``start``: the post is the travellers', not the destination's
    (``RegionReader._region_before``)."""
    return bool(DESTINATION.search(text, max(0, m.start - 60), m.start) and DELEGATION_WITH.search(text, m.end, start)
                and not RECEIVED_WORD.search(text, m.end, start))


def _name_words(name: str) -> set[str]:
    """The words of a name that tell people apart (three letters or more): "Moh. Banyu" -> {"moh", "banyu"}."""
    return {w for w in name_tokens(name) if len(w) >= 3}


# between a village's name and its regency: nothing, a comma, or its district ("Sukamaju, Kecamatan Wates, Kabupaten X")
PLACE_TAIL = re.compile(r"[ \t]*,?[ \t]*(?:(?:Kecamatan|Kec\.)[ \t]+[A-Z][\w'\-]*"
                        r"(?:[ \t]+(?!(?:Kabupaten|Kab|Kota|Provinsi)\b)[A-Z][\w'\-]*){0,2}[ \t]*,?[ \t]*)?")
# up to four capitalised words after a region, a comma or a dash first: a province's name, maybe
PROVINCE_WORDS = re.compile(r"[ \t]*[,\-–]?[ \t]*([A-Z][\w\-]*(?:[ \t][A-Z][\w\-]*){1,3})\b")
PROVINCE_SHORT = re.compile(r"[ \t]*\([ \t]*[A-Za-z]{2,10}[ \t]*\)")
# the long level words of a region misspelt by one letter: "kabupetan Serang", "Provisi Bali"
LEAD_TYPOS = frozenset(t for word in ("kabupaten", "provinsi") for t in _one_letter_off(word))
LEAD_WORDS = REGION_LEADS | COUNCIL_LEADS | LEAD_TYPOS
# a delegation's word joining a post to a leader or official before it (data/companion_words.csv reader delegation),
# and a word of receiving or standing in that joins him to the other side: the visit's receiving cues
# (data/visit_cues.csv role receive: "disambut", "diterima", "dijamu") and the officials' kind received_word
# ("menerima", "mewakili", "oleh"); ``RegionReader.delegation_regions``
DELEGATION_WITH = re.compile(r"\b(?:" + "|".join(map(re.escape, companion_words()["delegation"])) + r")\b", re.I)
RECEIVED_WORD = re.compile(r"\b(?:" + "|".join(map(re.escape, visit_cue_words()["receive"] + WORDS["received_word"]))
                           + r")\b", re.I)
DELEGATION_HEAD = "Ketua Rombongan"  # the post the leaders step (nlp/leaders.py) gives a delegation's head
# a trip's destination: "ke" or "menuju" and up to four capitalised words (the office, "(Pemkot)") before a region
DESTINATION = re.compile(r"\b(?:ke|menuju)[ \t]+(?:[A-Z(][\w)]*[ \t]+){0,4}$")
ME_VERB = re.compile(r"\bme[a-z]{4,}\b")  # "bersama staf Pemkot X, memuji kebijakan Bupati Y": another clause
