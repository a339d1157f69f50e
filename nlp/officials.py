"""Officials: a position word followed (after its unit and region) by a person's name.

"sekretaris daerah Pemkab Serang, H. Wulan Prameswari, S.E." -> Wulan Prameswari, Sekretaris Daerah,
Kabupaten Serang. Positions and their written forms come from ``data/positions.csv``; degrees and honorifics
(``data/honorifics.txt``) are dropped from names; the finder's word lists come from ``data/official_words.csv``.
Merging one person's mentions ("Bupati Kartapradja", "Kartapradja", "Wiradarma Sulistyo Kartapradja") is
``nlp/official_merge.py``.

The rules live in readers mixed into ``OfficialFinder``: positions in ``nlp/official_titles.py``, a position's
region in ``nlp/official_regions.py``, several holders under one post in ``nlp/official_lists.py``, names in
``nlp/official_names.py``; their shared words and patterns in ``nlp/official_patterns.py``. The finder builds the
lexicon tables they read and runs them in ``find``.
"""

from __future__ import annotations

import dataclasses
import re

import ahocorasick

from nlp.lexicon import (
    COUNCILS,
    PROVINCIAL_COUNCILS,
    Lexicon,
    alternation,
    government_words,
    longest_first,
    region_words,
)
from nlp.official_lists import ListReader
from nlp.official_merge import Official, derived_noun, name_tokens, whole_occurrences
from nlp.official_names import NameReader, held_elsewhere, one_spelling, outside_titles
from nlp.official_patterns import (
    COUNTED,
    DAPIL,
    FIELD_WORDS,
    FORCE_RANK,
    FORCE_WORDS,
    FUNCTION_WORDS,
    LOCAL,
    MEMBERS_CLAUSE,
    MEMBERS_INTRO,
    MINISTRY,
    NO_HOLDER_BEFORE,
    ORGANISATION,
    PLURAL_POSITION,
    UNIT_WORD,
    UNIT_WORDS,
    WORDS,
    _key,
    _one_letter_off,
    _region_index,
    party_short,
)
from nlp.official_regions import TITLED_RUN_WORD, WRITTEN_OUT_HEADS, RegionReader
from nlp.official_titles import (
    BRANCH_OPEN_HEADS,
    GLUED_DINAS_KEY,
    GLUED_DINAS_ROW,
    JOINERS,
    MINISTRY_WORD,
    PositionMention,
    TitleReader,
    compose_title,
    unshifted,
)
from nlp.regions import PROV, RegionMention
from nlp.textutil import PLACE_ITEM, fold, occurs_in, title_spans, unwrapped

# the words written before a district's name (in full or short) and before a district's or a village's name, in one
# place; and any place a local head's place may open with, read from the "place_head" rows of
# data/official_words.csv ("Kades Kampung X, Budi"; an island's "pulau" opens none)
_DISTRICT = r"(?:Kecamatan|Kec\.)"
_PLACE_KIND = r"(?:Kecamatan|Kec\.|Kelurahan|Desa)"  # a district or a village
_LOCAL_PLACE_WORD = "(?:" + "|".join(w.capitalize() for w in WORDS["place_head"] if w != "pulau") + ")"
# the place of a local head, then its district: "Camat di Karangnongko Sri", "Kepala Desa Wangen, Kecamatan
# Karangnongko, Sri"; a place of two words right before its district, whose second word may close with a comma: "Kades
# Tegal Sari Kecamatan Sungai Rawa, Budi"
LOCAL_CHAIN = re.compile(r"(?:[ \t]+[A-Z][\w'\-]*){2}[ \t]+" + _DISTRICT + r"[ \t]+[A-Z][\w'\-]*"
                         r"(?:[ \t]+[A-Z][\w'\-]*(?=[ \t]*,))?[ \t]*,?"
                         r"|(?:[ \t]+[A-Z][\w'\-]*)?(?:[ \t]*,?[ \t]*(?:di|" + _PLACE_KIND + r")[ \t]+"
                         r"[A-Z][\w'\-]*)+[ \t]*,?")
TITLE_AFTER_WORD = re.compile(r"[ \t]+([A-Za-z]{1,5}\.?)[ \t]*(?=[A-Z])")
TITLED_NAME_AFTER = re.compile(r",[ \t]*([A-Za-z]{1,5}\.?)[ \t]*(?=[A-Z])")
# a word of a unit's code or place before the holder's rank; a comma may end the unit ("Dandim 0712/BK, Letkol Budi")
UNIT_CODE_WORD = re.compile(r"[ \t]*(,)?[ \t]+([\w/\-]+\.?)")
HOSPITAL = re.compile(r"\b(?:RSUD|RSU|RS|Rumah Sakit)\b")  # a hospital's post: its own name may be a person's
RANKED_NAME = re.compile(r"[ \t]+[A-Z]")  # a rank after the unit's comma opens the name: "..., Letkol Czi Budi"
COUNCIL_WORD = re.compile(r"\bDPR[AKP]?\b")  # the council a position belongs to: "Anggota DPRA" -> "DPRA"
BARE_LEVEL = re.compile(r"[ \t]+(Provinsi|Kabupaten|Kota)[ \t]+(?=[A-Z])")  # "Sekda Provinsi Banyu Prasojo"
NAME_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*(?=[A-Z])")
CLAN_NAMES = frozenset({"kaban", "karo"})  # glued heads (Kepala Badan, Kepala Biro) that are Batak clan names too
MIXED_ACRONYM = re.compile(r"[A-Z]{2,}[a-z]{1,3}")
POST_STATUS = re.compile(r"[ \t]+(?:Non[ \t\-]?(?:Definitif|Defenitif)|Sementara|Definitif|Terpilih"
                         r"|(?:sementara|terpilih)(?=[ \t]*,)"
                         r"|lainnya(?=[ \t]*,[ \t]*[A-Z]|[ \t]+dari[ \t]))\b")  # "Wakil Ketua DPRD X lainnya, Budi"
# "Kadis X kala itu, Budi"; "Kadis X yang baru, Budi", "Wali Kota X yang juga Ketua Y, Budi": a relative clause
THEN_ASIDE = re.compile(rf"[ \t]+(?:(?:{alternation(WORDS['then_aside'])})[ \t]+itu"
                        r"|yang[ \t]+(?:baru|juga[ \t]+[A-Z][^,.;:\n()\"“”]{2,80}?))[ \t]*,[ \t]*(?=[A-Z])")
# a national legislator's seat between the post (its acronym in brackets after it written out) and the holder:
# "anggota DPD asal X, Budi" (``AFTER_SEAT`` the region's acronym in brackets and a comma after it)
ELECTED_FROM = re.compile(r"(?:[ \t]*\([A-Z][\w\-]{1,10}\))?[ \t]+(?:asal|dari|[Pp]erwakilan)[ \t]+")
AFTER_SEAT = re.compile(r"(?:[ \t]*\([A-Z][\w\-]{1,10}\))?[ \t]*,?")
# after a name in apposition: a lower-case word that is no list's "dan"/"serta", after a comma ("Banyu Prasojo, salah
# satu tamu": CLOSED_APPOSITION) or with the comma left out, a verb ("Banyu Prasojo menjelaskan": APPOSED_CLAUSE)
_LOWER_CLAUSE = r"[ \t]*(?!dan\b|serta\b)[a-z]"
APPOSED_CLAUSE = re.compile(r"[ \t]*,?" + _LOWER_CLAUSE)
CLOSED_APPOSITION = re.compile(r"[ \t]*," + _LOWER_CLAUSE)
DAY_AFTER = re.compile(r"[ \t]*,[ \t]*(\w+)")  # "..., Banyu Prasojo, Senin (3/2)": a day closes the name
SENTENCE_CLOSE = re.compile(r"[ \t]*\.(?:\s|$)")  # "..., Setda Tanaraya, Banyu Prasojo.": the name ends the sentence
DEMONSTRATIVE = re.compile(r"[ \t]+(?:itu|tersebut|ini)\b")
FACTION = re.compile(r"[ \t]*,?[ \t]*(?:dari[ \t]+)?(?i:fraksi|partai|daerah[ \t]+pemilihan|dapil)\b"
                     r"(?:[ \t]*\(Dapil\))?[ \t]+[\w\- ]{1,40}?(?:\([\w ]{1,12}\))?[ \t]*,")
# a party written by its short name alone between a post and the holder: "Anggota DPRD X dari PKB, Budi"
FROM_SHORT_PARTY = re.compile(r"[ \t]*,?[ \t]*dari[ \t]+" + party_short() + r"[ \t]*,[ \t]*(?=[A-Z])")
# a building named after an office: "Kantor Bupati X, Stabat", "Rumah Jabatan Bupati X Lamolo", "Kantor Camat
# Sukamaju" name its town or place after the post, not the holder (data/government_words.csv kinds building and
# building_official); a room of it only before a comma: "Ruang Kerja Bupati X, Stabat" (kinds room and room_name;
# "di ruang rapat Wakil Bupati Budi" is his)
_BUILDINGS = government_words()
OFFICE_BUILDING_BEFORE = re.compile(r"\b(?i:" + alternation(_BUILDINGS["building"] + _BUILDINGS["building_official"],
                                                           r"[ \t]+") + r")[ \t]+$")
ROOM_BEFORE = re.compile(r"\b(?i:" + alternation(_BUILDINGS["room"], r"[ \t]+")
                         + r"(?:[ \t]+(?:" + alternation(_BUILDINGS["room_name"], r"[ \t]+") + r"))?)[ \t]+$")
# the words that link a name to its own post after it ("Budi selaku Kepala Dinas X"; ``REPRESENTATIVE`` too)
OWN_POST_WORDS = r"selaku|sebagai"
OWN_POST = re.compile(r"[ \t]*,?[ \t]+(?:" + OWN_POST_WORDS + r")[ \t]+")
# "Budi selaku Kepala Dinas X, Ani selaku Camat Y": a post opened by "selaku" or "sebagai" is held by the name before
# it, not by the next item's name after its comma; in lower case only: a capitalised "Selaku" opens a sentence whose
# holder follows the post ("kata Budi, M.Si. Selaku Kepala Dinas X, Ani menambahkan"); the link of OWN_POST
OWN_POST_BEFORE = re.compile(r"[\w.]" + OWN_POST.pattern + r"$")
# a program the post owns, written before it with up to two words between: "program prioritas Wali Kota, yaitu ..."
PROGRAM_OWNER = re.compile(r"\b(?i:" + alternation(WORDS["program_owner"]) + r")(?:[ \t]+[a-z]+){0,2}[ \t]+$")
LIST_WORD = re.compile(r"yaitu|yakni|antara|masing|terdiri|beranggotakan")
# a one-word office between a position and its holder: "Asisten Ekobang Setda Budi" (no region written)
OFFICE_BEFORE_NAME = re.compile(r"[ \t]+([\w\-]+)(?=[ \t]+[A-Z])")
# a nickname after a position: "Bupati yang akrab disapa Budi", "Camat yang biasa dipanggil Ani"
NICKNAME = re.compile(r"[ \t]*,?[ \t]+yang[ \t]+(?:akrab|biasa|karib)[ \t]+(?:di)?(?:sapa|panggil|kenal)"
                      r"(?:[ \t]+dengan)?[ \t]+(?=[A-Z])")
# a council's committee word and its slips in news: a letter dropped or a vowel changed ("Komis A", "Komosi 3")
COMMITTEE_WORD = "komisi"
COMMITTEE_KEY = re.compile(r"\b" + COMMITTEE_WORD + r"\b")
COMMITTEE_SLIPS = frozenset(
    {COMMITTEE_WORD[:i] + COMMITTEE_WORD[i + 1:] for i in range(len(COMMITTEE_WORD))}
    | {COMMITTEE_WORD[:i] + v + COMMITTEE_WORD[i + 1:] for i, c in enumerate(COMMITTEE_WORD) if c in "aiueo"
       for v in "aiueo"}) - {COMMITTEE_WORD}
# a committee's roman numeral typed with a lower-case L for each I ("Komisi lll", "Komisi lV")
COMMITTEE_NUMERAL = re.compile(r"(?<=\b" + COMMITTEE_WORD + r" )([iv]+)\b")


# "Budi, perwakilan Komisi II DPRD X", "Ani selaku perwakilan Banmus": a name, then the council's body he stands for;
# read as a member of it (round 41 third wave). Rewritten in place, the text's length kept, before positions are read.
# A council's commission is numbered or lettered ("Komisi II", "Komisi B"): "Komisi Informasi" is a body of its own;
# the councils are DPRD and its Aceh and Papua forms (``COUNCILS``), as ``council_variants`` derives their posts.
# The link before "perwakilan" is ``OWN_POST``'s words in any case, or a comma alone (no blank needed after it)
REPRESENTATIVE = re.compile(r"(?:[ \t]*,[ \t]*(?:(?i:" + OWN_POST_WORDS + r")[ \t]+)?|[ \t]+(?i:" + OWN_POST_WORDS
                            + r")[ \t]+)"
                            r"(?P<word>(?i:perwakilan)[ \t]+(?:(?i:dari)[ \t]+)?(?:(?i:seluruh)[ \t]+)?)"
                            r"(?P<member>(?i:anggota)[ \t]+)?(?=(?:[Kk]omisi[ \t]+(?:[A-E]|[IVX]{1,4}|\d{1,2})"
                            r"|Banmus|Bamus|Banggar|Pansus|" + "|".join(("DPRD", *COUNCILS)) + r")\b)")


def as_members(text: str) -> str:
    """``text`` with "perwakilan" before a council's body read as "Anggota" (same length: offsets stay)."""
    def member(m: re.Match) -> str:
        word = m.group("word")
        held = m.group("member") or ""
        read = "Anggota" + (held[7:] or " ")  # "Anggota" is 7 letters, "perwakilan" 10: room for it and a space
        return " " * (len(word) + len(held) - len(read)) + read
    return REPRESENTATIVE.sub(lambda m: m.group()[:m.start("word") - m.start()] + member(m), text)


def committee_spellings(key: str) -> set[str]:
    """The forms of a position key naming a council's committee as news misspells it: the committee word slipped
    (``COMMITTEE_SLIPS``: "ketua komis a", "ketua komosi 3") and the roman numeral with an L for each I ("ketua
    komisi lll", "anggota komisi lv")."""
    if not COMMITTEE_KEY.search(key):
        return set()
    forms = {COMMITTEE_KEY.sub(slip, key, count=1) for slip in COMMITTEE_SLIPS}
    forms.add(COMMITTEE_NUMERAL.sub(lambda m: m.group(1).replace("i", "l"), key))
    return forms - {key}


# long position words misspelt in news by one letter ("Seketaris", "Asisiten", "Gubenrur", "Anggita"); short ones
# ("kepala" / "kepada", "ketua") have real words one letter away
TYPO_HEADS = frozenset(w.lower() for w in WORDS["typo_head"])
# a national office's regional branch between the post and its holder: "Kepala Balai X Kemenkeu Regional Banyu,
# Budi", "Kepala Kantor Regional III BKN Ani": the branch (a region's name or a numeral, maybe its office's acronym)
REGIONAL_BRANCH = re.compile(r"(?:[ \t]+(?:" + MINISTRY_WORD
                             + r"|Kementerian(?:[ \t]+[A-Z][a-z]+){1,3}?|[A-Z]{2,8}))?"
                             r"[ \t]+Regional[ \t]+(?P<place>[IVX]{1,4}\b|[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,2})")
REGIONAL_AFTER = re.compile(r"(?:[ \t]+[A-Z]{2,8}\b)?[ \t]*,?")  # "Regional II BKN", the comma before the holder
FORCE_UNIT = re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, WORDS["force_unit"])) + r")\b")
NATIONAL = frozenset(WORDS["national_level"])  # levels of positions.csv whose holders take no region
LOCAL_NAMED_PLACE = re.compile(r"[ \t]+[A-Z][\w'\-]*(?:[ \t]+[A-Za-z][\w'\-]*)?[ \t]*,[ \t]*")
# a place of three title-case words, only when a name follows the comma: "Wali Nagari Koto Baru Timur, Budi"
LOCAL_LONG_PLACE = re.compile(r"[ \t]+[A-Z][\w'\-]*(?:[ \t]+[A-Z][\w'\-]*){2}[ \t]*,[ \t]*")
# places listed after a local head's own place, no post among them: "Camat Sukamaju, Wonoasri, Karangrejo dan Tegal
# Sari" (the heads of several districts, no holder named), up to the last item and what closes it
PLACE_LIST = re.compile(r"[ \t]*(?P<items>" + PLACE_ITEM + r"(?:[ \t]*,[ \t]*" + PLACE_ITEM + r")*)[ \t]*,?[ \t]+"
                        r"(?:dan|serta)[ \t]+(?P<last>(?:[A-Z][a-z]+[ \t]+)?" + PLACE_ITEM + r")"
                        r"(?=[ \t]*[.;]|[ \t]*,?[ \t]+[a-z]|[ \t]*$)")
PLACE_KIND_BEFORE = re.compile(r"\b" + _PLACE_KIND + r"[ \t]*$")  # "kades di Kecamatan A, B dan C"
# a head whose office may be written out after it, with a capitalised word after it (``_bare_head_holders``)
# (not "Staf": a staff member heads no unit)
BARE_HEAD = re.compile(r"\b(?:" + "|".join(sorted(WRITTEN_OUT_HEADS - {"Staf"})) + r")\b(?=[ \t]+[A-Z])")
LIST_NEXT = re.compile(r"[ \t]*,?[ \t]*(?:dan|serta)[ \t]+[A-Z]|[ \t]*,[ \t]*[A-Z]")  # "..., Ani, dan Budi": a list
# a district or village named with a compass word or as an island: "Ternate Utara", "Ternate barat", "pulau Hiri"
# posts of vertical (national) institutions and of the central government: police, military, prosecutors ("Kepala
# Kepolisian Resor"), "Wakil Menteri X", "Kepala Perpustakaan Nasional", "Kepala Pusat X"; none after a regional
# office's word ("Kepala Dinas Pendidikan Nasional" is a regency's): their holders have no region (match from the start)
VERTICAL = re.compile(r"^(?:(?!\b(?:" + "|".join(map(re.escape, WORDS["regional_office_word"])) + r")\b).)*?\b(?:"
                      + "|".join(map(re.escape, WORDS["vertical"])) + r")\b")
_DIRECTIONS = sorted(region_words()["direction"])  # the compass words: data/region_words.csv kind direction
_COMPASS = "|".join(map(re.escape, _DIRECTIONS))
COMPASS_PLACE = re.compile(r"[ \t]+(?:(?i:pulau)[ \t]+[A-Z][\w'\-]*|[A-Z][\w'\-]*[ \t]+(?i:" + _COMPASS + r"))"
                           r"(?=[ \t]+[A-Z])")
COMPASS_TAIL = re.compile(r"[ \t]+(?i:" + _COMPASS + r")(?=[ \t]+[A-Z])")
COMPASS_END = re.compile(r"[ \t](?:" + "|".join(re.escape(w.title()) for w in _DIRECTIONS) + r")$")  # "... Utara"
# one capitalised word between a local head and a region: "Camat Rancaekek Kabupaten X"
PLACE_WORD = re.compile(r"[ \t]+[A-Z][\w'\-]*[ \t]+")
LOCAL_PLACE = re.compile(r"[ \t]*" + _LOCAL_PLACE_WORD + r"[ \t]+"
                         r"(?:[A-Z][\w'\-]*(?:[ \t]+[A-Z][\w'\-]*){0,3},|[A-Z][\w'\-]*,?)[ \t]+")


# between two posts whose holders are named after the second, in the same order: "Bupati dan Wakil Bupati X, A dan B"
PAIRED_POSTS = re.compile(r"[ \t]+(?:dan|&)[ \t]+")
# the second holder after the first one's short name in brackets: "Banyu Prasojo (BP) dan Ani"
NEXT_HOLDER = re.compile(r"[ \t]*\([A-Za-z.]{1,12}\)[ \t]*,?[ \t]+(?:dan|&)[ \t]+[A-Z]")


def _first_of_longer(name: str, text: str) -> bool:
    """A one-word name that ``text`` also writes as the first word of a longer name: "Budi" beside "Budi Harjo"."""
    return " " not in name and re.search(r"\b" + re.escape(name) + r"[ \t]+[A-Z][a-z]", text) is not None


class OfficialFinder(TitleReader, RegionReader, ListReader, NameReader):
    def __init__(self, lexicon: Lexicon) -> None:
        self.regions = lexicon.regions
        self.honorifics = lexicon.honorifics
        words = lexicon.extra.get("not_names", ())  # data/not_names.csv
        self.not_names = frozenset(w for w, kind in words if kind != "skip")  # never start a name
        # capitalised verbs of headline style after a position are no names: "Bupati Sleman Hadir", "Resmikan"
        self.verbs = frozenset(w for w, kind in words if kind == "headline")  # stop a name
        self.days = frozenset(w for w, kind in words if kind == "day")  # "Budi Senin (3/2)": a day ends a name
        self.months = frozenset(w for w, kind in words if kind == "month")  # "Juli Hartanto": a name only before one
        self.skip_words = frozenset(w for w, kind in words if kind == "skip")  # "Asisten II Ekbang H. Amir"
        # one-word "names" that are words of region names: "Bupati Meranti", "Camat Tengah"
        # first words of region names and aliases: "Kabupaten Tanaraya Budi" holds a place, not a name
        self.region_starts = frozenset(w.split()[0].lower() for w in [r.core for r in lexicon.regions.values()]
                                       + [a for a, _, _ in lexicon.aliases] if w.split())
        # the provinces of a provincial council's family by name: "Aceh" -> {"11"}, "Papua" -> the Papua provinces
        self.council_provinces = {family: frozenset(r.code for r in lexicon.regions.values()
                                                    if r.level == PROV and family in r.core.split())
                                  for family in PROVINCIAL_COUNCILS.values()}
        abroad = [c for c, _, role in lexicon.visit_cues if role == "abroad"]  # the abroad rows, read once
        self.abroad = frozenset(c for c in abroad if " " not in c)
        states = longest_first(abroad)
        # a foreign state's mission between a post and its holder, the state (or a name before a comma) closing it:
        # "Juru Bicara Kedubes Negeri X, Ani", "Atase Konsulat Jenderal Negeri X Budi"
        self.foreign_mission = re.compile(
            r"[ \t]*,?[ \t]+(?P<mission>(?i:" + alternation(longest_first(WORDS["foreign_mission"]), r"[ \t]+")
            + r")(?:[ \t]+[A-Z][\w\-]*)*?(?:[ \t]+(?i:" + alternation(states, r"[ \t]+") + r")\b|(?=[ \t]*,)))"
            r"[ \t]*,?[ \t]*(?=[A-Z])")
        # the first two words of regions named in three or more: "tanjung jabung" (Timur, Barat)
        self.region_heads = frozenset(" ".join(r.core.lower().split()[:2]) for r in lexicon.regions.values()
                                      if len(r.core.split()) >= 3)
        self.region_words = frozenset(w for r in lexicon.regions.values() for w in r.core.lower().split()
                                      if len(w) >= 5)
        self.is_region_name = lexicon.is_region_name  # "Sulawesi Tenggara": no holder's name, nor a group's head's
        # regions' seats of government (``regions.csv`` capital): a town, never a holder ("Bupati X, Kepanjen, ...")
        self.is_seat_name = lexicon.is_seat_name
        # provinces: skipped between post and holder; keys folded as ``Lexicon.is_region_name`` folds them
        self.province_names = frozenset(fold(r.core) for r in lexicon.regions.values() if r.level == PROV)
        self.positions: dict[str, tuple[str, str, str]] = {}  # titles and heads: key -> canonical, level, kind
        self.units: dict[str, str] = {}  # "dinas kesehatan" / "dinkes" -> "Dinas Kesehatan"
        self.prefixes: list[tuple[str, str]] = []
        self.unit_level: dict[str, str] = {}  # "Puskesmas" -> "district": its head serves a named place
        written: dict[str, str] = {}  # a form with its commas ("menteri desa, pembangunan ...") -> key
        for form, canonical, level, kind in lexicon.positions:
            key = _key(form)
            if "," in form and kind in ("title", "head"):
                written.setdefault(" ".join(form.lower().split()), key)
            if kind == "unit":
                self.units.setdefault(key, canonical)
                self.unit_level.setdefault(canonical, level)
            elif kind == "prefix":
                self.prefixes.append((key, canonical))
            else:
                self.positions.setdefault(key, (canonical, level, kind))
        self.prefixes.sort(key=lambda p: -len(p[0]))
        for key, canonical in self.units.items():  # "Kadispora", "Kabapenda": "Ka" glued to an office's acronym
            if " " not in key and len(key) >= 5 and key.startswith(("dis", "din", "bap", "bad")) \
                    and f"ka{key}" not in self.positions:
                self.positions[f"ka{key}"] = (compose_title("Kepala", canonical), self.unit_level[canonical], "title")
        self.automaton = ahocorasick.Automaton()
        for key in self.positions:
            self.automaton.add_word(key, (key, key))
        for form, key in written.items():
            self.automaton.add_word(form, (form, key))
        for key in list(self.positions):  # "Seketaris Daerah", "Asisiten II", "Gubenrur": one letter off
            first, _, rest = key.partition(" ")
            if first in TYPO_HEADS and rest.count(" ") <= 1:  # short forms only: the automaton stays small
                for typo in _one_letter_off(first):
                    form = f"{typo} {rest}".rstrip()
                    if form not in self.positions and form not in written:
                        self.automaton.add_word(form, (form, key))
        for key in list(self.positions):  # "Ketua Komis A", "Ketua Komisi lll": a committee's word or numeral misspelt
            for form in committee_spellings(key):
                if form not in self.positions and form not in written:
                    self.automaton.add_word(form, (form, key))
        self.automaton.make_automaton()
        self.positions[GLUED_DINAS_KEY] = GLUED_DINAS_ROW  # read by its pattern, not the automaton
        self.name_intros = frozenset(w.lower() for w in WORDS["name_intro"])  # "kata Budi Kepala Dinas X"
        self.speech_verbs = frozenset(w.lower() for w in WORDS["speech_verb"])  # "Budi Kepala Dinas X mengatakan"
        # one-word titles of district and village heads, written with their place: "Camat Dlingo"
        self.local_titles = frozenset(k for k, (_, level, kind) in self.positions.items()
                                      if " " not in k and level in LOCAL and kind == "title")
        self.position_words = frozenset(w for key in self.positions for w in key.split() if len(w) >= 3)
        self.position_starts = frozenset(key.split()[0] for key, (_, _, kind) in self.positions.items()
                                         if kind == "title" and len(key) >= 3) | {p[0] for p in self.prefixes}
        # a head's post glued into one word ("Kabag", "Kabid", "Kasubag", "Dirut"): the next post of a roll, no word of
        # the name before it ("Kabag Umum Budi Kabag Humas Ani"); "Kaban" and "Karo" are clan names too
        self.glued_heads = frozenset(k for k, (canonical, _, kind) in self.positions.items()
                                     if kind == "head" and " " not in k and " " in canonical) - CLAN_NAMES
        # the first words of titles and heads and the words of prefixes ("ketua", "kepala", "wakil", "plt")
        self.title_starts = frozenset(key.split()[0] for key, (_, _, kind) in self.positions.items()
                                      if kind in ("title", "head")) | {w for f, _ in self.prefixes for w in f.split()}
        # "Kadis Pariwisata NTB": an upper-case region alias is no part of a unit's name
        self.region_acronyms = frozenset(a.lower() for a, _, _ in lexicon.aliases if a.isupper())
        self.max_unit_words = max((len(k.split()) for k in self.units), default=1)
        # one-word secretariats ("setda", "setwan"): an office written between a position and its holder
        self.secretariats = frozenset(k for k, c in self.units.items() if " " not in k and c.startswith("Sekretariat"))
        self._places: tuple[str | None, dict[str, list[int]]] = (None, {})  # see _is_place
        self._read: tuple[str | None, int] = (None, 0)  # the text ``find`` reads and its body start (see _name)
        # heads of offices (positions.csv kind head, as written, longest first): "Kepala", "Kasubag", "Sekretaris"
        heads = sorted({form for form, _, level, kind in lexicon.positions if kind == "head" and level != "national"
                        and form[:1].isupper() and form not in WORDS["civic_head"]}, key=lambda f: -len(f))
        self.head_canonical = {_key(form): canonical for form, canonical, _, kind in lexicon.positions
                               if kind == "head"}
        self.head_run = re.compile(r"(?<![\w.])(?:" + alternation(heads, r"[ \t]+") + r")(?![\w\-])")

    def find(self, text: str, regions: list[RegionMention], body_start: int = 0) -> list[Official]:
        """Officials named in ``text``; ``regions`` are the resolved region mentions of the same text.

        Text before ``body_start`` is a headline, where every word is capitalised: a name found there
        counts only when the body also has it ("Bupati Badung Terinspirasi ..." names nobody)."""
        text = unwrapped(text, body_start)  # same length: offsets stay
        text = as_members(text)
        text, moved = self.unbracketed(text, regions)  # "Wakil Ketua (Waket) Komisi VIII": same length too
        titles = title_spans(text, body_start)  # the headline, "Baca juga" links, lines written like headlines
        self._read = (text, body_start)
        found: list[Official] = []
        nicknamed: list[Official] = []  # "Sekwan X yang akrab disapa Nunung": a nickname names the holder
        region_starts = {m.start: m for m in regions}
        region_at = _region_index(regions)
        for p, spans in self._council_lists(text, region_at) + self._council_chairs(text, region_at) \
                + self._body_members(text, region_at) + self._unnumbered_chairs(text, region_at) \
                + self._from_council(text, regions, region_at):
            found += [o for o in (self.make(text, span, p, regions, body_start) for span in spans) if o]
        by_party = [o for o in (self.make(text, span, p, regions, body_start)
                             for p, span in self._party_members(text, regions, region_at)) if o]
        national = [(p, o) for p, spans in self._national_titles(text)
                    if (o := self.make(text, spans[0], p, regions, body_start))]
        found += [o for _, o in national]
        mentions = [p for p in self.position_mentions(text, regions, region_at)
                    if not any(q.start <= p.start < q.end for q, _ in national)]  # read whole by the rule above
        for p, spans in self._deputies(text, mentions) + self._shared_members(text, mentions) \
                + self._numbered_deputies(text, mentions):
            found += [o for o in (self.make(text, span, p, regions, body_start) for span in spans) if o]
        for p in mentions:
            if OWN_POST_BEFORE.search(text, max(0, p.start - 12), p.start):
                held = [o for o in (self.make(text, span, p, regions, body_start)
                                    for span in self._name_before(text, p, regions)) if o]
                if held:  # "Budi selaku Kepala Dinas X, Ani selaku ...": Budi's post; Ani's comes after her name
                    found += held
                    continue
            written = self._office_to_region(text, p, region_at) \
                if p.region is None and p.level not in NATIONAL | LOCAL else None
            if written:  # "Kepala Bagian Persidangan, Hukum dan Aspirasi Sekretariat DPRD X Budi": read whole
                official = self.make(text, written[1], written[0], regions, body_start)
                if official:
                    found.append(official)
                    continue
            place = LOCAL_PLACE.match(text, p.after) if p.level in LOCAL or p.region is None else None
            if p.level in LOCAL and not place:
                place = LOCAL_NAMED_PLACE.match(text, p.after)  # "Camat Borobudur, Subiyanto"
                longer = LOCAL_LONG_PLACE.match(text, p.after) if not place else None
                after_long = self._clean_name_at(text, longer.end(), True) if longer else None
                if after_long and not LIST_NEXT.match(text, after_long[1]) \
                        and not any(map(self._office_acronym, text[after_long[0]:after_long[1]].split())):
                    # not before degrees only ("Camat X Banyu Prasojo, S.Pt"), nor a list of names, nor an office
                    # ("Camat X Banyu Prasojo, TP PKK Kabupaten Y": the next item of a roll)
                    place = longer
                named = self._clean_name_at(text, place.end(), True) if place else None  # not degrees only
                after_comma = text[place.end():place.end() + 12].split(" ", 1)[0].strip(",;") if place else ""
                if place and not named and not text[:p.start].rstrip().endswith(",") and (
                        len(place.group().split()) == 1 or self._is_honorific(after_comma)):
                    # "Sekdes Mawarto, kaur keuangan ...": no name after the comma, so no place; "Camat X Budi
                    # Santoso, S.IP": only degrees after it
                    place = None  # "Sukirman, Kepala Desa Sumberejo, ...": the holder before
            name_at = place.end() if place else p.after
            if p.level in LOCAL and not place:  # "Camat Rancaekek Kabupaten X Hj Ani": the place, then its region
                word = PLACE_WORD.match(text, p.after)
                region = region_starts.get(word.end()) if word else None
                if region is not None:
                    name_at, place = region.end, word
            office = OFFICE_BEFORE_NAME.match(text, name_at) if p.region is None else None
            if office and office.group(1).lower() in self.secretariats:
                name_at = office.end()  # "Asisten Ekobang Setda Budi"
            level = BARE_LEVEL.match(text, name_at) if p.region is None and p.level not in NATIONAL | LOCAL else None
            if level and self._bare_level_holder(text, level.end()):
                # "Sekretaris Daerah Provinsi Banyu Prasojo": the level word alone, the region is the one of that
                # level named in the text
                name_at, p = level.end(), dataclasses.replace(p, level=level.group(1).lower())
            status = POST_STATUS.match(text, name_at) or THEN_ASIDE.match(text, name_at)
            if status:  # "Wakil Ketua DPRD X Non Definitif Budi", "Kepala Dinas X kala itu, Budi"
                name_at = status.end()
            if p.canonical.removeprefix("Wakil ").startswith(("Komandan", "Panglima", "Kepala Kepolisian", "Perwira")) \
                    or FORCE_UNIT.match(text, name_at):
                # "Kabid Humas Polda Metro Jaya Kombes Budi": a police or military unit, then the holder's rank
                # "Pangdam I/Bukit Barisan Mayjen TNI Budi", "Dandim 0801 Ngawi Letkol Budi": the unit's code, a rank;
                # "Pabung TNI Kodim 0801/X Mayor Inf Budi": a liaison officer's unit too
                name_at = self._past_unit(text, name_at)
            elif HOSPITAL.search(p.canonical):  # "Direktur RSUD Sekar Wangi drg. Budi": the hospital's own name first
                name_at = self._past_unit(text, name_at, capitals_only=True)
            nickname = NICKNAME.match(text, name_at)  # "Bupati yang akrab disapa Budi itu"
            if nickname:
                name_at = nickname.end()
            party = self._known_party(text, name_at)  # "Anggota DPRD Fraksi PDIP Budi dan Ani, ..."
            faction = FACTION.match(text, name_at) if party is None else None
            if faction is None and party is None:
                faction = FROM_SHORT_PARTY.match(text, name_at)  # "Anggota DPRD X dari PKB, Budi"
            if faction:  # "Anggota Komisi III DPRD Kota X dari Fraksi Y, Budi"
                name_at = faction.end()
            party = party or self._known_party(text, name_at)  # "Anggota DPRD Fraksi Demokrat Budi"
            if party:
                name_at = party
            dapil = DAPIL.match(text, name_at)  # "Anggota DPR RI Fraksi X Daerah Pemilihan Jawa Timur II, Budi"
            if dapil:
                name_at = dapil.end()
            elif p.level in NATIONAL and p.region is None and (origin := ELECTED_FROM.match(text, name_at)) \
                    and (seat := region_starts.get(origin.end())) is not None:
                # "anggota DPD asal X Budi", "Anggota DPR RI perwakilan X (Y), Budi": the
                # region a national legislator was elected in, then the holder; the post keeps no region
                name_at = AFTER_SEAT.match(text, seat.end).end()
            branch = self._regional_branch(text, name_at)
            if branch:  # "Kepala Balai X Regional Banyu, Budi": a national office's branch, no region's post
                name_at, p = branch[0], dataclasses.replace(p, canonical=f"{p.canonical} {branch[1]}",
                                                           level="national", region=None)
            if p.region is None and p.canonical.startswith(BRANCH_OPEN_HEADS):
                place_end = self.region_name_at(text, name_at)
                if place_end:  # "Kepala Kanwil Kemenag Jambi Budi": the branch's place, then the holder
                    place_text = " ".join(text[name_at:place_end].split())
                    name_at = REGIONAL_AFTER.match(text, place_end).end()
                    p = dataclasses.replace(p, canonical=f"{p.canonical} {place_text}")
            mission = self.foreign_mission.match(text, name_at)
            if mission:  # "Juru Bicara Kedubes Negeri X, Ani": a post of a foreign state's mission, no region's
                name_at = mission.end()
                p = dataclasses.replace(p, canonical=f"{p.canonical} {' '.join(mission.group('mission').split())}",
                                        level="national", region=None)
            compass = COMPASS_PLACE.match(text, name_at) if p.level in LOCAL and not place else None
            if compass and p.region is None:  # "camat Ternate utara Budi", "camat pulau Hiri Ani": the place first
                name_at, place = compass.end(), compass
            elif p.level in LOCAL and (tail := COMPASS_TAIL.match(text, name_at)):
                name_at = tail.end()  # "Camat Wajo Selatan Budi": the region names the district's first part
            chain = LOCAL_CHAIN.match(text, name_at) if p.level in LOCAL else None
            if chain:  # "Camat di Karangnongko Sri Lestiyani", "Kepala Desa Wangen, Kecamatan Karangnongko, Sri"
                name_at, place = chain.end(), place or chain
            if p.level in LOCAL and place and self._more_places(text, name_at, p, mentions):
                continue  # "Camat Sukamaju, Wonoasri dan Wates Lor yang absen": more places, no holder
            name_span = self._name(text, name_at, p.level in LOCAL)  # "Perbekel Desa Gapene I Made"
            if name_span and status and status.group().strip() == "lainnya" and \
                    _first_of_longer(text[name_span[0]:name_span[1]], text):
                name_span = None  # "Anggota DPRD X lainnya, Budi" after "Budi Harjo": a short name of one named before
            if name_span and NO_HOLDER_BEFORE.search(text, max(0, p.start - 8), p.start):
                continue  # "Jalan Gubernur Suryo": a street; "para petinggi Bawaslu": no one person
            comma_before = "," in text[p.end:name_span[0]] if name_span else False
            if name_span and ((OFFICE_BUILDING_BEFORE.search(text, max(0, p.start - 20), p.start)
                               and (comma_before or not text[p.after:name_span[0]].strip(" \t-()")))
                              or (comma_before and ROOM_BEFORE.search(text, max(0, p.start - 20), p.start))):
                # "Kantor Bupati Langkat, Stabat", "Rumah Dinas Bupati X Lamolo": the building's place (not after a
                # rank: "rujab Kapolda X Irjen Pol Budi" is his house)
                continue
            if name_span and p.level in LOCAL and text[:p.start].rstrip().endswith("(") \
                    and text[name_span[1]:name_span[1] + 1] == ")":
                # "Ani (Camat Sukamaju)": the word in the brackets is the place, the holder comes before
                p, name_span = dataclasses.replace(p, after=name_span[1]), None
            if name_span and p.level in LOCAL and not place and p.region is None \
                    and " " not in text[name_span[0]:name_span[1]].strip() and text[:p.start].rstrip().endswith(",") \
                    and not text[p.after:name_span[0]].strip() and not text[name_span[0]:name_span[1]].isupper():
                # "Banyu Prasojo, Camat Sukamaju mengatakan": one word after a local head is its place when a name
                # stands before in apposition
                before = self._name_before(text, dataclasses.replace(p, after=name_span[1]), regions)
                if before:
                    found += [o for o in (self.make(text, span, p, regions, body_start) for span in before) if o]
                    continue
            bracket = NAME_IN_BRACKETS.match(text, name_at) if not name_span else None
            if bracket:  # "Wakil Presiden (Bagas Wirotomo)": the holder in brackets
                span = self._name(text, bracket.end())
                if span and text[self._skip_degrees(text, span[1]):].lstrip(" \t").startswith(")"):
                    official = self.make(text, span, p, regions, body_start, bracketed=True)
                    if official:
                        found.append(official)
                        continue
                    if len(text[span[0]:span[1]].split()) > 1:
                        continue
                    # "Asisten I Pemkab X (Xy), Budi": an abbreviation in brackets, then the holder
                    name_span = self._name(text, text.index(")", span[1]) + 1)
            listed = MEMBERS_INTRO.match(text, name_span[1]) if name_span and p.region is None \
                and PLURAL_POSITION.match(p.canonical) and " " not in text[name_span[0]:name_span[1]] else None
            if listed and LIST_WORD.search(listed.group()) and self._name(text, listed.end()):
                name_at, name_span = name_span[1], None  # "anggota DPRD Tuba turut dalam rombongan, di antaranya A, B"
            intro = (MEMBERS_INTRO.match(text, name_at) or (MEMBERS_CLAUSE.match(text, name_at)
                                                           if PLURAL_POSITION.match(p.canonical)
                                                           and COUNTED.search(text[max(0, p.start - 30):p.start])
                                                           else None)) if not name_span else None
            if intro:  # "anggota pansus, yaitu A, B, serta C": every listed name holds the position
                first = self._name(text, intro.end())
                if first and PROGRAM_OWNER.search(text, max(0, p.start - 40), p.start) and \
                        LIST_NEXT.match(text, first[1]):
                    continue  # "program unggulan Bupati, yakni A, B": the post's programs are listed, not its holders
                if first:
                    for span in self._with_list(text, first):
                        if OWN_POST.match(text, self._skip_degrees(text, span[1])):
                            continue  # "anggota dewan lain, di antaranya Budi selaku Ketua BK": his own post
                        official = self.make(text, span, p, regions, body_start)
                        if official:
                            found.append(official)
                    continue
            if not name_span:  # "Tuga, Kepala Desa Sumber Rejo, berkata": the place closes the apposition
                spans = self._name_before(text, p, regions, closed=bool(place and place.group().rstrip()[-1:] == ","))
                run = self._unit_run_holder(text, name_at, p, region_at) if not spans and not place else None
                if run:  # "Kabid Tata Niaga dan Sarana Pasar, Ani Lestari, ...": the unit goes on, then the holder
                    p, spans = run[0], [run[1]]
                if not spans and not run and (titled := self._titled_after_unit(text, name_at, p)):
                    spans = [titled]  # "Kadis Pangan & Perikanan H Budi": an honorific opens the holder
                for span in spans:
                    official = self.make(text, span, p, regions, body_start)
                    if official:
                        found.append(official)
                continue
            run = list(re.finditer(r"\S+", text[p.after:name_span[1]])) if p.level in LOCAL and not place \
                and p.region is None else []  # from the head: a place word _name skipped counts
            known = self._place_words(text, [w.group() for w in run]) if len(run) >= 3 else 0
            if known and p.after + run[known].start() >= name_span[0]:
                # "Kades Watu Kidul Hartono" where "Kepala Desa Watu Kidul, Hartono" is written too
                name_span = (p.after + run[known].start(), name_span[1])
            elif p.level in LOCAL and not place and p.region is None and not text[p.after:name_span[0]].strip():
                # "Camat Sukamaju Wira Santoso", "Kepala Desa Kebonrejo Tulebo": the place comes first
                # a run of two words is the holder's name unless the text names its first word as a place
                # elsewhere ("Lurah Tuta Sekarwangi", but "Lurah Pasteur Dede ... di Pasteur")
                words = list(re.finditer(r"\S+", text[name_span[0]:name_span[1]]))
                if len(words) >= 2 and not words[0].group().endswith(",") and (
                        len(words) >= 3 or self._is_place(text, words[0].group())
                        or derived_noun(words[0].group().lower())):  # "Lurah Penarukan Sugeng"
                    name_span = (name_span[0] + words[1].start(), name_span[1])
            first_word = UNIT_WORD.match(text, name_span[0])
            ranked = TITLE_AFTER_WORD.match(text, first_word.end()) if p.region is None else None
            if ranked and len(ranked.group(1).rstrip(".")) >= 2 and not ranked.group(1).isupper() \
                    and self._is_honorific(ranked.group(1)) and (later := self._name(text, ranked.start(1))) \
                    and "\n" not in text[ranked.start():later[1]]:
                name_span = later  # "Kepala Balai Ngawi Ir. Budi": the place, then the titled holder
            titled = TITLED_NAME_AFTER.match(text, name_span[1])
            before_name = text[p.after:name_span[0]].split()  # "Mayor Inf" in "Danramil X Mayor Inf Budi"
            if titled and p.region is None and len(text[name_span[0]:name_span[1]].split()) <= 2 \
                    and "," not in text[p.after:name_span[0]] and self._is_honorific(titled.group(1)) \
                    and not (before_name and self._is_honorific(before_name[-1])):
                # "Ketua DPRD Tanaraya, Dr. H. Pesa": a place the gazetteer lacks, then the titled holder (no place
                # after a comma: "Anggota Komisi II, Rano Kelimutu, H Budi" lists holders; none after a rank:
                # "Danramil X Mayor Inf Budi, Letda Laut Ani" names the holder first)
                later = self._name(text, titled.start(1))
                if later:
                    name_span = later
            for m in regions:  # a region inside the "name" ends it: "Asisten Sekdakab Pamekasan"
                if name_span[0] <= m.start < name_span[1] and not self._region_surname(text, name_span, m, p):
                    name_span = (name_span[0], len(text[:m.start].rstrip(" ,")))
                    break
            official = self.make(text, name_span, p, regions, body_start)
            comma = re.compile(r"[ \t]*,[ \t]*").match(text, name_span[1])
            words = text[name_span[0]:name_span[1]].split()
            if comma and p.region is None and words and (len(words) <= 2 or words[-1].lower() in self.abroad) \
                    and (not official or not PLURAL_POSITION.match(p.canonical)):
                # "Ketua DPRD Tuba, Budi dan Ani" where "Tuba" is a place the gazetteer lacks: the holders follow;
                # "Gubernur Provinsi Quirino Filipina, Budi": a place abroad; "Wali Kota Lindevik, Marten Aaslund,
                # salah satu tamu ... di Lindevik": one word the text also writes as a place, then a fuller name in
                # apposition, is the holder's (foreign) town; two words likewise ("Staf Khusus X Pokja Tanaraya, Banyu
                # Prasojo, bersama ...", "Kepala Pusat X LAN Tanaraya, Banyu Prasojo, ...": round 41)
                later_span = self._name(text, comma.end())
                if later_span and not self._office_word(text[later_span[0]:later_span[1]].split()[0]) \
                        and not any(r.start < later_span[1] and later_span[0] < r.end for r in regions) \
                        and (not official or (len(words) <= 2
                                              and self._place_not_holder(text, " ".join(words), later_span)
                                              and len(later := self.clean_name(text[later_span[0]:later_span[1]])
                                                      .split()) >= 2
                                              and not self._is_honorific("".join(later))  # "S. Pd", a degree
                                              and all(self._name_like(w) or len(w.rstrip(".")) == 1 for w in later))):
                    name_span = later_span
                    official = self.make(text, name_span, p, regions, body_start)
            if official and nickname:
                nicknamed.append(official)
            elif official:
                # "Anggota Komisi II Ani, Budi, dan Cahyo": a list of names after one position
                spans = self._with_list(text, name_span, require_and=not PLURAL_POSITION.match(p.canonical))
                if spans[0] != name_span:  # "Anggota DPRD Sarpan koko, Budi, Cici, dan Dedi": a lower-case last word
                    official = self.make(text, spans[0], p, regions, body_start) or official
                paired = self._paired_post(text, p, mentions) if not any(a <= p.start < b for a, b in titles) and (
                    len(spans) == 2 or (len(spans) == 1 and NEXT_HOLDER.match(text, self._skip_degrees(
                        text, name_span[1])))) else None
                if paired:  # "Bupati dan Wakil Bupati X, Budi dan Ani": each holds his own post, in order
                    official = self.make(text, spans[0], paired, regions, body_start) or official
                found.append(official)
                for span in spans[1:]:
                    listed = self.make(text, span, p, regions, body_start)
                    if listed:
                        found.append(listed)
        # a nickname counts only when the text names the office's holder in no other way
        found += [o for o in nicknamed if not any(f.position == o.position and f.region == o.region for f in found)]
        found += self._office_region_holders(text, regions, region_starts, found + by_party, body_start)
        taken = {span for o in found + by_party for span in o.mentions}
        for p, spans in self._council_roll(text, region_at):  # a roll no other rule has read
            found += [o for o in (self.make(text, span, p, regions, body_start) for span in spans
                                  if not any(a < span[1] and span[0] < b for a, b in taken)) if o]
        for p, span in self._bare_head_holders(text, mentions, region_at):  # a head no mention reads, its unit written
            # out to a comma, then the holder
            if not any(a < span[1] and span[0] < b for a, b in taken):
                official = self.make(text, span, p, regions, body_start)
                if official and not any(name_tokens(official.name) <= name_tokens(o.name) for o in found):
                    # the person read already, under this name or one that holds it
                    found.append(official)
        found = one_spelling(outside_titles(found + by_party, text, titles), text)  # a position beside the name first
        found = held_elsewhere(found, titles)  # after one spelling per person: a misspelt caption is his
        return unshifted(found, moved) if moved else found

    def _unit_run_holder(self, text: str, pos: int, p: PositionMention, region_at: dict[int, RegionMention]
                         ) -> tuple[PositionMention, tuple[int, int]] | None:
        """A post whose unit goes on past what the titles reader read, closed by a comma (``_office_walk`` to a
        comma), then its holder closed as an apposition is: "Kabid Tata Niaga dan Sarana Pasar, Ani Lestari,
        menjelaskan", "Kasubbag Umum & Rumah Tangga, Budi, S.Sos, dan ...". The post with the run's words (up to a
        region written in it, whose post it then is) and the holder's span; None when no such run, when a word of
        the run is a verb, a common word or an honorific (a person inside the run), or when the holder is not
        closed."""
        if p.level in LOCAL or p.level in NATIONAL:
            return None
        walk = self._office_walk(text, pos, region_at, to_comma=True)
        if walk is None:
            return None
        words = [w.strip("()") for w in " ".join(walk.words).split() if w not in JOINERS]
        if any(self._no_unit_word(w, honorifics=True) for w in words) \
                or any(self._title_word(w) for w in words):  # "Bupati dan Wabup X, Budi": a second post
            return None
        span = self._name(text, walk.after)
        if not span or not self._holder_closed(text, self._skip_degrees(text, span[1])) \
                or not 1 <= len(text[span[0]:span[1]].split()) <= 4 \
                or all(self._office_word(w) for w in text[span[0]:span[1]].split()):
            return None  # "Direktorat Tata Wilayah, Pelayanan Terpadu dan ...": fields listed, no holder
        region = p.region
        if walk.name is not None:  # a region's name the region step left unread closes the run: the post's region
            # when the region step read that name elsewhere in the text as one region ("Kepala Dinas X (ACR)
            # Banyuwangi, Budi" where "Kabupaten Banyuwangi" is read before)
            codes = {m.code for m in region_at.values() if fold(self.regions[m.code].core) == walk.name}
            region = codes.pop() if len(codes) == 1 and region is None else region
        elif walk.region is not None:
            if region is not None:
                return None  # "Kepala Dinas X Kabupaten Y Kecamatan Z, ...": a second region, no unit
            region = walk.region
        unit = " ".join(text[pos:walk.cut].split()).rstrip(" ,")
        unit = re.sub(r"\s*\([^)]*\)", "", unit).strip()  # an acronym in brackets is no word of the post
        canonical = f"{p.canonical} {unit}".replace(" & ", " dan ") if unit else p.canonical
        return dataclasses.replace(p, canonical=canonical, region=region, after=walk.after), span

    def _titled_after_unit(self, text: str, pos: int, p: PositionMention) -> tuple[int, int] | None:
        """A post whose unit goes on past what the titles reader read, with no comma, then an honorific that opens
        its holder's name: "Kadis Pangan & Perikanan H Budi", "Asisten II Setda Pemkab Ir Budi MT tersebut",
        "Kepala Badan Sumber Air (BSA) H Budi, ...". Up to six words of an office (``_office_word``), an acronym,
        "dan"/"&" or an acronym in brackets stand between; the honorific is one the name reader passes over (the
        name starts after it) and the holder is closed as an apposition is. None otherwise: a name-like word in the
        run is a person ("Kadis X Budi dan H Ani"), a lower-case word a clause ("Kadis X didampingi H Ani"). A walk of
        its own beside ``RegionReader._office_walk`` (which reads an office's words for the post, capitalised words
        only, up to a region or a comma), sharing its word classes (``TITLED_RUN_WORD`` in
        ``nlp/official_regions.py``)."""
        if OFFICE_BUILDING_BEFORE.search(text, max(0, p.start - 20), p.start):
            return None  # "Rumah Dinas Wali Kota Jalan KH Budi": the house's street
        run = list(TITLED_RUN_WORD.finditer(text, pos, min(len(text), pos + 160)))
        at = pos
        for i, w in enumerate(run):
            if w.start() != at or i > 6:
                return None
            word = w.group(1)
            span = self._name(text, w.start(1))
            if i and span and span[0] > w.start(1) and self._is_honorific(word.rstrip(".")) \
                    and (word[:1].islower() or not self._office_word(word)):
                end = self._skip_degrees(text, span[1])
                if run[i - 1].group(1) in JOINERS or not 1 <= len(text[span[0]:span[1]].split()) <= 4 \
                        or not (self._holder_closed(text, end) or DEMONSTRATIVE.match(text, end)):
                    return None  # "Sekda X dan Ir. Ani": a second person
                return span
            if not (word in JOINERS or word.startswith("(") or (word[:1].isupper() and (
                    self._office_word(word) or not self._name_like(word) or word.isupper()
                    or MIXED_ACRONYM.fullmatch(word)))) \
                    or (word[:1].isupper() and self._is_honorific(word)):
                return None
            at = w.end()
        return None

    def _bare_head_holders(self, text: str, mentions: list[PositionMention], region_at: dict[int, RegionMention]
                           ) -> list[tuple[PositionMention, tuple[int, int]]]:
        """A head whose office may be written out (``WRITTEN_OUT_HEADS``: "Kepala", "Sekretaris", "Asisten" ...) that
        no position mention reads, its unit written out in capitalised words to a comma, then the holder closed as
        an apposition (``_unit_run_holder``): "Kepala Kantor Wilayah, Banyu Prasojo, itu", "Asisten Pengawasan Mutu,
        Banyu Prasojo, di ..."; not after "para" ("para Kepala OPD, A, B": no one holder), nor in an organisation
        that is no government (``ORGANISATION``: "Sekretaris LSM X, Budi")."""
        out = []
        for h in BARE_HEAD.finditer(text):
            if any(q.start <= h.start() < q.after for q in mentions) \
                    or NO_HOLDER_BEFORE.search(text, max(0, h.start() - 8), h.start()):
                continue
            run = self._unit_run_holder(text, h.end(), PositionMention(h.start(), h.end(), h.group(), "region", None,
                                                                       h.end()), region_at)
            if run and not ORGANISATION.search(run[0].canonical):  # "Sekretaris LSM X, Budi": no government's post
                out.append(run)
        return out

    @staticmethod
    def _paired_post(text: str, p: PositionMention, mentions: list[PositionMention]) -> PositionMention | None:
        """The post written just before ``p`` and joined to it by "dan" ("Bupati dan Wakil Bupati X, Budi dan
        Ani", "Gubernur X dan Wakil Gubernur X, ..."), with ``p``'s region, for the first of two names after ``p``;
        None when no such post is written or it names another region."""
        q = next((q for q in reversed(mentions) if q.after <= p.start), None)
        if q is None or not PAIRED_POSTS.fullmatch(text, q.after, p.start) or q.canonical == p.canonical \
                or q.region not in (None, p.region):
            return None
        return dataclasses.replace(q, region=p.region)

    def _place_not_holder(self, text: str, word: str, later: tuple[int, int]) -> bool:
        """The one word (or two: round 41) after a post and before a comma is the post's place, not its holder, when a
        fuller name in apposition follows it (``later``): the text also writes the word as a place and a lower-case
        clause follows the name ("Wali Kota Lindevik, Marten Aaslund, salah satu tamu ... di Lindevik"), or the text
        writes the word nowhere else (a place the gazetteer lacks or misspells; a holder's one-word name is written
        again) and the apposition is closed: by a comma and a lower-case clause, a comma and a day, or the sentence's
        end ("Kepala Satpol PP Madiunn, Rano Kelimutu, menjelaskan", "Setda Tanaraya, Banyu Prasojo."; not "Kata Bupati
        Sutarno, Dewi Kartika sudah datang")."""
        end = self._skip_degrees(text, later[1])
        if self._is_place(text, word):
            return bool(APPOSED_CLAUSE.match(text, end))
        day = DAY_AFTER.match(text, end)
        closed = CLOSED_APPOSITION.match(text, end) or SENTENCE_CLOSE.match(text, end) \
            or (day and day.group(1).lower() in self.days)
        return bool(closed) and len(list(whole_occurrences(word, text))) == 1

    @staticmethod
    def _more_places(text: str, at: int, p: PositionMention, mentions: list[PositionMention]) -> bool:
        """After a local head's place and its comma, a list of places with no post inside (but the same head before
        the last one) up to a full stop or a lower-case word: "Camat Sukamaju, Wonoasri, Karangrejo dan Camat Wates
        Lor.", "kades di Kecamatan Sukamaju, Wonoasri dan Wates Lor, ditambah ...": no holder is named."""
        if not text[max(0, at - 4):at].rstrip().endswith(",") \
                and not PLACE_KIND_BEFORE.search(text, max(0, at - 12), at):
            return False
        listed = PLACE_LIST.match(text, at)
        if not listed:
            return False
        items = listed.group("items")  # before "dan", its own comma left out: "A, B, dan C" and "A, B dan C" alike
        if "," not in items and len(items.split()) > 1:
            return False  # "Kades X, Banyu Prasojo dan Tuta Sekarwangi hadir": two people more likely than two places
        last = listed.start("last") if "," in items else listed.end()
        return not any(at <= q.start < listed.end() and not (q.start >= last and q.canonical == p.canonical)
                       for q in mentions)

    def _region_surname(self, text: str, span: tuple[int, int], m: RegionMention, p: PositionMention) -> bool:
        """A region's bare name closing a holder's name written off by commas is his surname: "Ketua DPRD X, Budi
        Sleman, mengatakan" (the words before it read as a name's, no level word before the region, a comma
        right after it); not after a local head, whose place may follow the holder."""
        words = text[span[0]:m.start].split()
        return m.end == span[1] and m.start == m.name_start and p.level not in LOCAL and bool(words) \
            and all(self._name_like(w) for w in words) \
            and text[span[1]:span[1] + 1] == "," and text[:p.after].rstrip()[-1:] != "(" \
            and "," in text[p.end:span[0]]

    def _past_unit(self, text: str, pos: int, capitals_only: bool = False) -> int:
        """Where the holder's name starts after a unit written between the post and him: at the rank or title that
        follows the unit's code or name within five words ("Dandim 0801 Ngawi Letkol Budi", "Dandim 0712/BK, Letkol
        Budi"; a comma ends the unit, and a rank after it must open a name); ``capitals_only``: the unit's words are
        capitalised ("Direktur RSUD Sekar Wangi drg. Budi"); ``pos`` itself when no rank or title follows."""
        q = pos
        for k in range(5):
            word = UNIT_CODE_WORD.match(text, q)
            if not word or (capitals_only and not (word.group(2)[:1].isupper() or self._is_honorific(word.group(2)))):
                break
            ranked = self._is_honorific(word.group(2)) or bool(FORCE_RANK.match(text, word.start(2)))
            if k and ranked and (not word.group(1) or RANKED_NAME.match(text, word.end())):
                return word.start(2)
            if word.group(1):
                break  # "Kapolres X AKBP Budi, SH": past the comma, no rank before a name
            q = word.end()
        return pos

    def _regional_branch(self, text: str, pos: int) -> tuple[int, str] | None:
        """The end of a national office's regional branch written at ``pos`` and the branch as written ("Kemendagri
        Regional Banyu", "Regional IV LKPP"): "Regional", then a numeral or a region's whole name."""
        m = REGIONAL_BRANCH.match(text, pos)
        if not m:
            return None
        words = list(re.finditer(r"\S+", m.group("place")))
        k = 1 if words[0].group()[0] in "IVX" and words[0].group().isupper() else next(
            (k for k in range(len(words), 0, -1) if self.is_region_name(" ".join(w.group() for w in words[:k]))), 0)
        if not k:
            return None  # "Rumah Sakit Regional Pusat": no region named
        end = m.start("place") + words[k - 1].end()
        after = REGIONAL_AFTER.match(text, end)
        return after.end(), " ".join(text[m.start():after.end()].rstrip(", \t").split())

    def _office_acronym(self, word: str) -> bool:
        """A word written in capitals that names an office or a council: "PKK", "BIN", "DPRD" (not an initial
        or a degree, which ``clean_name`` leaves out or keeps as a name's letters: "IGN", "HM")."""
        bare = word.rstrip(".,")
        return len(bare) >= 2 and bare.isupper() and bare.isalpha() and (
            _key(bare) in self.units or bare.lower() in UNIT_WORDS or bool(COUNCIL_WORD.fullmatch(bare)))

    def make(self, text: str, name_span: tuple[int, int], p: PositionMention, regions: list[RegionMention],
             body_start: int = 0, bracketed: bool = False) -> Official | None:
        """An official from a name span and its position, or None when the name is no person's name;
        ``bracketed``: written in brackets right after the position ("Bupati X (Budi)", not "(Gubri)")."""
        if name_span[1] <= name_span[0]:
            return None
        name_span = self._past_place(text, name_span)  # "Anggota DPRD OI Banyu Prasojo": the place is no name
        name = self.clean_name(text[name_span[0]:name_span[1]])
        if not name or (len(name) <= 3 and name.isupper()) or name.endswith("-"):  # "Wakil Presiden RI", "Se-"
            return None
        if " " not in name and (name.lower() in self.region_words or name.lower() in self.not_names
                                or name.lower() in FIELD_WORDS or name.lower() in UNIT_WORDS
                                or name.lower() in FORCE_WORDS  # "Kepala Bidang ... Publik", "Kabid Humas Polda"
                                or MIXED_ACRONYM.fullmatch(name) or (len(name) >= 4 and name.isupper())
                                or self._written_lower(text, name)  # "Bupati X Terutama": "terutama" in the body
                                or (re.search(r"\(\s*" + re.escape(name) + r"\s*\)", text)
                                    and not (bracketed and not self._abbreviates(name, p)))):
            return None  # "Bupati Meranti": a place; "Dirjen PDTu", "BPKAD", "Gubernur Riau (Gubri)": an office
        if " " in name and any(self._office_acronym(w) for w in name.split()):
            return None  # "TP PKK", "Korwil BIN Budi", "Sekretariat DPRD X": an office's acronym is no name's word
        if name_span[0] < body_start and not occurs_in(name, text[body_start:]):
            return None
        if self.is_region_name(name) or (self.is_seat_name(name) and not (
                (before := text[max(0, name_span[0] - 20):name_span[0]].split()) and self._is_honorific(before[-1]))):
            return None  # "Bupati X Sulawesi Tenggara, Budi": a region the region step left unread, not the holder;
            # "Ketua Pengadilan Negeri Kepanjen", "Kantor Bupati X, Kepanjen": a region's seat (round 41), unless a
            # rank or honorific opens it: a person's one word ("Kapolres X AKBP Gido", "Kepala Dinas X Drs. Seba")
        words = name.split()
        ministry = [i for i, w in enumerate(words) if len(w) > 2 and w[:1].isupper() and MINISTRY.match(w.lower())]
        if ministry:  # "Direktur X Pemdes Kementerian Dalam Negeri": the ministry is no holder; one it closes may
            # follow ("Dirjen X Kementerian Banyu Prasojo")
            rest = words[ministry[-1] + 1:]
            if not rest or not all(self._name_like(w) and w.lower() not in FUNCTION_WORDS for w in rest):
                return None
            name_span = (name_span[1] - len(" ".join(rest)), name_span[1])
            name = " ".join(rest)
            if self.is_region_name(name):
                return None  # "Kanwil Kemenag Jawa Tengah": the ministry's regional office, then its province
        if self._is_place(text, text[name_span[0]:name_span[1]]):
            return None  # "Bupati Hulu Seberang ... wisata di Hulu Seberang": a place the gazetteer lacks
        if name.split()[-1].lower() in self.abroad:
            return None  # "Wali Kota Swedia", "Direktur IHS Universitas Erasmus Belanda": a country closes a place
        if COMPASS_END.search(name):
            return None  # "Camat Lubuk Jauh dan Talang Utara": a compass word closes a place's name, not a person's
        if p.level in LOCAL and DEMONSTRATIVE.match(text, name_span[1]):
            return None  # "mantan Camat Medan Denai itu": a place, not a person
        region = p.region
        if VERTICAL.match(p.canonical):
            region = None  # "Kapolres X", "Dandim X", "Wakil Menteri X": a national institution's post
        elif region is None and (council := COUNCIL_WORD.search(p.canonical)) \
                and council.group() in PROVINCIAL_COUNCILS:
            region = self._council_province(p.start, regions, PROVINCIAL_COUNCILS[council.group()])
        elif region is None and p.level not in NATIONAL:
            region = self._region_before(p.start, regions, p.level, text)
        return Official(name, p.canonical, region, [name_span], (p.start, p.end), p.region is not None)
