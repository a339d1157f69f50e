"""Region mentions: every gazetteer name and alias, found with one Aho-Corasick pass, resolved by context.

"Kabupaten/Kab./Pemkab/Bupati X" means the kabupaten X, "Kota/Pemkot/Wali Kota X" the kota X,
"Provinsi/Pemprov/Gubernur X" the province. A bare name shared by several regions takes the kota in a
dateline ("SERANG -"), the province after a region of that province ("Bantul, Yogyakarta"), the level of the
list it stands in, else the level the article gives it elsewhere, else province > kota > kabupaten: an
unqualified town name ("warga Malang") usually means the city, and the kabupaten is usually written out
("Kabupaten Malang", "Pemkab Bogor"); a name shared across provinces ("Banjar") takes the article's province.
In a list a name takes the level of the list ("Kota Batu, Ponorogo dan Madiun") and a capital after a province the
province's. A bare "Papua" beside a province split from it ("Papua Selatan") is the land they share, no province,
unless a region inside Papua is named or it stands listed beside a province ("Papua Barat dan Papua").
Names inside villages, streets, islands, organisations, media and products are not regions; a bare name ending an
organisation's name ("Ketua IWA X") is one only when the article names X elsewhere; a nickname ("Kota Pahlawan")
names its region only when the article names that region otherwise too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import ahocorasick

from nlp.dates import DATELINE_DASHES, DAY_NAMES, MONTHS
from nlp.lexicon import Lexicon, alternation, government_words, longest_first, official_words, region_words
from nlp.textutil import aside_at, is_word_char, joined_lines, lower_same_length, may_contain, on_title_line, one_edit

KAB, KOTA, PROV = "kabupaten", "kota", "provinsi"
WORDS = region_words()  # level words, compass words and the stop-lists below, by kind (data/region_words.csv)


def spellings(name: str) -> set[str]:
    """A name of two words or a hyphenated one as written, spaced, joined and hyphenated ("Batu Bara", "Batubara",
    "Batu-Bara"): the matcher's keys, and the weak names' too."""
    return {name, name.replace("-", " "), name.replace(" ", ""), name.replace(" ", "-"), name.replace("-", "")}


# the word just before a name that fixes its level ("Pemkab Serang", "Wali Kota Serang", "Gubernur Banten")
LEVEL_HINTS = {word: level for level in (KAB, KOTA, PROV) for word in WORDS[f"{level}_word"]}
# type words that belong to the mention itself ("Kabupaten Serang")
TYPE_WORDS = WORDS["type_word"]

# a name right after these words is a place or body inside a region, not the region itself
BLOCK_BEFORE = WORDS["block_before"]
# media names that are also words ("antara" between, "suara" voice): they block a name only when capitalised
MEDIA_NAMES = WORDS["media_name"]
BLOCK_AFTER = WORDS["block_after"]
DIRECTIONS = WORDS["direction"]  # compass words that end region names ("Bolaang Mongondow Utara")
# organisations whose name may carry a region further left ("Universitas Brawijaya Malang", national training
# centres and offices: "Pusdiklat ... Regional X", "LAN X", "Kanwil ... X"); a hotel's longer name ends with the
# town it stands in ("Hotel Grand Mutiara Kendari"): a region; an airport's ("Bandara Sultan Hasanuddin Makassar")
# is where a delegation lands on the way, no region of the trip
ORG_HEADS = WORDS["org_head"]
# bare names that are also ordinary words, given names, islands or peoples (data/README.md): counted only
# with a level word, or when the article names the same region with one elsewhere; a name of two words is as weak
# written joined or hyphenated ("Batubara": a Batak clan name and the word for coal, as "Batu Bara")
WEAK_NAMES = frozenset(v for w in WORDS["weak_name"] for v in spellings(w))
TYPO_LEVEL_WORDS = ("Pemkab", "Kabupaten", "Pemkot", "Pemprov", "Provinsi", "Kota")  # the others are heads' titles
TYPO_SLOT = re.compile(r"\b(Bupati|Wakil Bupati|Wabup|Pemkab|Kabupaten|Wali Kota|Walikota|Pemkot|Gubernur|"
                       r"Pemprov|Provinsi|Kota)\s+([A-Z][a-z]{4,14})\b")
# a category named before a list of bare names: "kabupaten lain, misalnya Probolinggo dan Pasuruan", "tiga
# kabupaten, yaitu Badung, Gianyar dan Tabanan" (its words: data/region_words.csv kinds category_level,
# category_qualifier, category_intro)
CATEGORY_LIST = re.compile(r"\b(" + alternation(longest_first(WORDS["category_level"])) + r")(?:\s+(?:"
                           + alternation(longest_first(WORDS["category_qualifier"])) + r"))?\s*,?\s*(?:"
                           + alternation(longest_first(WORDS["category_intro"])) + r")\s+$")
# "Dinas Pemberdayaan Masyarakat dan Desa X", "puluhan Wali Nagari X": the region's office or village heads
ROAD_BEFORE = re.compile(r"\b(?:jalan|jl|jln)\.?\s+raya\s+$")  # "Jalan Raya Bogor": a road, not the region
OFFICE_OF_VILLAGES = re.compile(r"(?:masyarakat\s+(?:dan\s+)?desa|(?:\d|(?:puluh|belas|ratus)(?:an)?|\b(?:para|"
                                r"seluruh|sejumlah|semua))\s*(?:orang\s+)?(?:wali|kepala|perangkat|aparatur)\s+"
                                r"(?:desa|nagari|kampung|gampong))\s*$")
AFTER_RE = re.compile(r"(\.|\s+|-)(\w+)")
DOMAINS = frozenset("com id co net org go".split())
# the first level word is written capitalised ("Kabupaten dan Kota Bogor"); in lower case or after a count
# ("29 kabupaten dan Kota Semarang", "se-kabupaten", "seluruh kabupaten") it is a category, not a region
BOTH_LEVELS = re.compile(r"\b((?-i:Kabupaten|KABUPATEN|Pemkab|PEMKAB|Pemerintah\s+Kabupaten|Kota|KOTA|Pemkot|PEMKOT|"
                         r"Pemko|PEMKO|Pemerintah\s+Kota))\s+"
                         r"(?:dan|serta|&)\s+(?:kabupaten|pemkab|kota|pemkot|pemko|pemerintah\s+(?:kabupaten|kota))\s+$",
                         re.IGNORECASE)
# the other items of a list of capitalised names, between an island and a province ("Jawa, Sumatera, Papua, Bali")
LIST_ITEMS = r"(?:[ \t]*,[ \t]*[A-Z]\w+)*"


def listed_beside(anchor: str, items: str = LIST_ITEMS) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A name in a list of capitalised ``items`` (commas, "dan", "serta") that holds an ``anchor`` word (an
    alternation, any case, standing as an item itself, group ``anchor``): the list before the name (searched up to
    its start) and after it (matched from its end). The islands' list and the peoples' list."""
    word = r"(?i:\b(?P<anchor>" + anchor + r"))(?=[ \t]*(?:[,.;)]|(?:dan|serta)\b))"
    return (re.compile(word + items + r"[ \t]*(?:,|,?[ \t]*(?:dan|serta)(?:[ \t]+[Jj]uga)?)[ \t]*$"),
            re.compile(items + r"[ \t]*,?[ \t]*(?:(?:dan|serta)[ \t]+)?" + word))


# a bare name listed beside a people's name that is no region's ("suku Anu, Ana dan X", "ada Bali, Sunda, X"): a
# people too, at any level (data/region_words.csv kind people); a list's items may be two words ("Sumatera Barat")
PEOPLE_LIST_BEFORE, PEOPLE_LIST_AFTER = listed_beside(alternation(longest_first(WORDS["people"])),
                                                      r"(?:[ \t]*,[ \t]*[A-Z]\w+(?:[ \t]+[A-Z]\w+)?)*")
COUNTED_BEFORE = re.compile(r"(?:\d|\bse-|\bseluruh\s+)\s*$", re.IGNORECASE)
# a dateline: the town opens the line, maybe after the outlet's name ("KORAN.ID, KOTA –", "Koran (Kota) -"),
# maybe followed by it ("KOTA, KORAN.ID –", "Kota (ANTARA) -", "KOTA KORAN.COM -")
# ("KORAN-ANU.COM, KOTA -", "Kota, (WARTA Kota) -")
DATELINE_BEFORE = re.compile(r"[ \t]*(?:[A-Z][\w.-]*(?:[ \t][A-Z][\w.-]*){0,2}[ \t]*(?:,|\()[ \t]*)?")
DATELINE_END = re.compile(r"\)?[ \t]*(?:,[ \t]*[\w./ ]{1,30}?|,?[ \t]*\([\w. ]{1,30}\)|[ \t]+[A-Z][\w.]{1,20})?[ \t]*[-"
                          + DATELINE_DASHES + "]")
DATELINE_DASH = r"(?:(?<!\w)-|-(?!\w)|[" + DATELINE_DASHES + "])"  # a dateline's dash, not a hyphen inside a word
# a dateline's two parts around its comma ("KORAN ANU, KOTA –", "KOTA, Warta Anu –"): a name that shares its part with
# other words ("KABAR SULUT", "Warta Anu Sulteng") is in the outlet's name; not the agency in brackets ("KOTA, Sulteng
# (ANTARA) -"), nor a hyphen inside a word ("Menurut Anu, stok Jateng naik-turun")
DATELINE_PARTS = re.compile(r"([A-Z][\w.-]*(?:[ \t][A-Z][\w.-]*){0,2})[ \t]*,[ \t]*([^\n,(]{1,30}?)[ \t]*"
                            r"(?:\([^\n)]{1,30}\))?[ \t]*,?[ \t]*" + DATELINE_DASH)
# a dateline that is an outlet's name of a few capitalised words holding the name, without a comma ("Warta Sulut –",
# "KABAR ANU JABAR -", "Kota (Gema Maluku) –"); not a domain ("KORAN.COM LAMPUNG -": the town's dateline after it)
OUTLET_RUN_BEFORE = re.compile(r"[ \t]*((?:[A-Z][\w'&-]*[ \t]+){0,3})")
OUTLET_RUN_AFTER = re.compile(r"((?:[ \t]+[A-Z][\w'&-]*){0,3})[ \t]*" + DATELINE_DASH)
OUTLET_BRACKET_BEFORE = re.compile(r"[ \t]*[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2}[ \t]*,?[ \t]*\("
                                   r"((?:[A-Z][\w'&-]*[ \t]+){0,3})")
OUTLET_BRACKET_AFTER = re.compile(r"((?:[ \t]+[A-Z][\w'&-]*){0,3})[ \t]*\)[ \t]*,?[ \t]*" + DATELINE_DASH)
# "dari Sabang sampai Merauke": all of Indonesia, not the two regions
FROM_END_TO_END = re.compile(r"\bdari\s+Sabang\s+(?:sampai|hingga|ke)\s+Merauke\b", re.IGNORECASE)
# a site's menu or category line: "BERANDA | KOTA | OLAHRAGA", "NEWS / DAERAH / NASIONAL"
MENU_SEPARATOR = re.compile(r"[ \t][|/][ \t]")
# an organisation's acronym the text defines or gives its head ("Universitas Jember (Unej)", "Rektor Unej"): a
# region after it belongs to the organisation's name ("Unej Jember")
ORG_ACRONYM = re.compile(r"\b(?:(?:Universitas|Institut|Politeknik|Sekolah|Akademi|Bank)(?:[ \t]+[A-Z0-9][\w'.-]*){1,5}"
                         r"[ \t]+\(([A-Z][A-Za-z]{1,7})\)|Rektor[ \t]+([A-Z][A-Za-z]{1,7})\b)")
ORG_ACRONYM_WORDS = ("Rektor", "niversitas", "nstitut", "oliteknik", "Sekolah", "Akademi", "Bank")
WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
NEXT_WORD = re.compile(r" ([A-Z][a-z]{4,8})\b")
NEAR_DIRECTIONS = WORDS["near_direction"]  # words one letter from a direction ("Timor Tengah Selatan")
TYPO_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]{3,7})\b")
# a capitalised word after a bare name in running text ("di wilayah Padang Sari.", "cara Tegal Indah mengelola")
PLACE_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)(?=[ \t]+[a-z]|[.;:])")
TIME_WORDS = frozenset(DAY_NAMES.split("|")) | frozenset(MONTHS.split("|"))  # "tiba di Malang Jumat lalu"
# a given name before a name, maybe after an honorific or degree: "Drs. Wiryo Samosir", "Pak Ahmad Sidoarjo"; a
# Balinese name's "I" or "Ni" counts as one before a birth-order or caste name ("I Wayan Badung": official_words.csv
# kind balinese), no roman numeral ("Angkatan I Diklat X")
BALINESE_OPENING = r"(?:I|Ni)(?=[ \t]+(?i:" + alternation(official_words()["balinese"]) + r")[ \t])"
GIVEN_NAME_BEFORE = re.compile(r"(\b(?:(?:Bapak|Ibu|Pak|Bu|Sdr|Saudara|Drs?|Ir|H|Hj|dr|Prof|KH)\.?|"
                               + BALINESE_OPENING + r")[ \t]+)?\b([A-Z][a-z]{2,})[ \t]+$")
# a person's name between a region and a comma: "Kepala Bapenda X, Anu Ana Y, yang ...", "Bupati X, I Anu Y, dalam"
NAME_AFTER_REGION = re.compile(r",[ \t]+((?:[A-Z][a-z]*\.?[ \t]+){1,3})")
COMMA_AFTER = re.compile(r"[ \t]*,")
PROSE_BEFORE = re.compile(r"\b([a-z]+)[ \t]+$")  # a lower-case word before (also ``NameReader._written_lower``)
_TITLED_DIRECTIONS = "|".join(sorted(w.capitalize() for w in DIRECTIONS))  # "Utara|Selatan|..."
ABBREV_DIRECTION = re.compile(r"[ \t]*\([\w.-]{2,12}\)[ \t]+(" + _TITLED_DIRECTIONS + r")\b")
# a compass word right after a name that does not end a region's name with it ("Kecamatan Anu Selatan", "calon DOB
# Anu Utara", "PT Anu Timur"): another unit named after the region (round 38)
DIRECTION_AFTER = re.compile(r"[ \t]+(" + _TITLED_DIRECTIONS + "|" + "|".join(sorted(w.upper() for w in DIRECTIONS))
                             + r")\b")
# but a district named after its town ("Camat Anu Timur", "se-Kecamatan Anu Selatan"): its group comes from the region
DISTRICT_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(WORDS["district_before"])) + r")\.?\s+$")
ADDRESS_GAP = re.compile(r"\s*(?:,|-|–|\()\s*$")
SPACE_GAP = re.compile(r"[ \t]+")  # "Kabupaten Anu Yogyakarta": an address without its comma
NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")
AND_GAP = re.compile(r"^,?\s+(?:dan|serta)\s+$", re.IGNORECASE)
ENUM_GAP = re.compile(r"^\s*(?:,|,?\s+(?:dan|serta|hingga|atau|kemudian))\s*$", re.IGNORECASE)  # "A, B kemudian C"
# read backwards from a name (on the reversed text before it): "(Pemkab) ", "Kab. ", the last word
PAREN_HINT_REV = re.compile(r"\s*\)(\w+)\(")
LEVEL_WORD_REV = re.compile(r"[ \t]*\.?(\w+)")
LAST_WORD_REV = re.compile(r"[ \t.)]*(\w+)")  # not across a comma: "Gedung Sate, Bandung"
# "kabupaten lain, misalnya X": the last word of a list's opening, where the finder looks back for the category
CATEGORY_LAST_WORDS = frozenset(intro.split()[-1] for intro in WORDS["category_intro"])
# an organisation's acronym right before a bare name ("Ketua IWA X", "Asosiasi ... (IPRN) X"), or the last word of
# a capitalised run after a lower-case word ("tim riset Sekolah Tinggi Anu X", "bersama Jalinan Anu X")
ACRONYM = re.compile(r"\(?([A-Z][A-Z0-9&-]{1,8})\)?")
ROMAN = re.compile(r"[IVXLC]+")
RUN_WORD = re.compile(r"[A-Z][\w'&-]*")
PLACE_IN = WORDS["place_in"]  # "Kecamatan Kota Anu", "Desa Kota Anu": a place inside a region named "Kota Anu"
PLACE_WORDS = PLACE_IN | WORDS["place_preposition"]  # "di Kampung Anu X", "kecamatan Anu X": a place
LONG_LEVEL_WORDS = tuple(w for w in LEVEL_HINTS if len(w) >= 6)  # and their typos: "Pemrov"
AGENCY_OFFICE_WORDS = WORDS["office_before"]  # "Kepala BA X", "Perwakilan BA X": an agency's office in X
BRANCH_WORDS = WORDS["branch"]  # "Bank Anu Cabang X": an organisation's branch in X
RULER_TITLES = WORDS["ruler_title"]  # "melawan raja X", "Sultan X Anu II": an old kingdom, not the region
NAMED_ELSEWHERE_BEFORE = BRANCH_WORDS | RULER_TITLES  # a bare name right after one counts only when named elsewhere
# a police, election, prosecution or party office right before a bare name in a "Baca juga" line ("Baca juga: Polres
# X Gelar ...", "DPW Partai Anu X"): the office of a story linked to, a region only when named elsewhere (round 35);
# the office opens the linked headline or follows a comma or a lower-case word, not a post ("Kabid Humas Polda X")
LINK_OFFICE_BEFORE = re.compile(r"(?:[:,;]|(?i:\bjuga|\bterkait)|\b[a-z][\w-]*)\s*"
                                r"(?i:(?:dpw|dpd|dpc)\s+partai(?:\s+\w+){1,3}|"
                                + alternation(longest_first(WORDS["link_office"])) + r")\s+$")
# "©" opening a line or after a space, not the mojibake "Ã©"; MULTILINE: a line's "^" also when searched from there
COPYRIGHT = re.compile(r"(?:^|[\s(])©|\bcopyright\b|\bhak\s+cipta\b", re.IGNORECASE | re.MULTILINE)
COPYRIGHT_WORDS = ("copyright", "cipta")  # a word every match of COPYRIGHT without "©" holds
OWN_ACRONYMS = WORDS["own_acronym"]  # the region's own things: "HUT X", "APBD X", "ASN X" (data/region_words.csv)
# the first letters of a regional office's acronym ("Disanu", "Bapanu"): government_words.csv
OFFICE_OPENINGS = tuple(w.lower() for w in government_words().get("office_acronym_opening", ()))


@dataclass(slots=True)
class RegionMention:
    start: int
    end: int
    codes: tuple[str, ...]  # candidates; one after resolution
    hint: str | None  # level fixed by context
    core: str  # lower-case core name (for article-level resolution)
    alias: bool
    name_start: int = -1  # where the name itself starts (after "Kabupaten ")
    # a WEAK_NAMES name without level word, or the end of an organisation's name (org): kept only if the article
    # confirms it
    weak: bool = False
    org: bool = False  # the end of an organisation's name ("Ketua IWA X"): kept only if the article names X elsewhere
    # a nickname ("Kota Pahlawan", "Pulau Dewata"): kept only if the article names its region otherwise too
    nickname: bool = False

    @property
    def code(self) -> str:
        return self.codes[0]


class RegionMatcher:
    """Finds region mentions in text; build once (about 50 ms), match in microseconds per article."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.regions = lexicon.regions
        # the last word of a position title or unit ("Kapolres", "Sekda", "Disparbud") before a weak name
        # confirms it as the region ("Kapolres Pati"), without fixing a level
        self.title_words = frozenset(form.lower().rstrip(".").split()[-1] for form, _, level, kind in
                                     lexicon.positions if kind in ("title", "unit") and level != "national")
        # words of a region's government, its posts and offices: a capitalised run holding one is no organisation
        # of its own ("Kepala Dinas Pariwisata X", "Bupati X")
        gov = government_words()
        self.office_words = frozenset(w for kind in ("government", "council", "secretariat", "office", "office_acronym")
                                      for w in gov.get(kind, ()) if " " not in w)
        # the first word of a post or office ("Kepala", "Dinas", "Kapolres", "Bupati"), one-word units ("Bappeda")
        self.post_heads = self.office_words | frozenset(LEVEL_HINTS) | frozenset(
            form.lower().replace(".", "").split()[0] for form, *_ in lexicon.positions) | frozenset(
            form.lower() for form, _, _, kind in lexicon.positions if kind == "unit" and " " not in form)
        # units written in several words ("Satpol PP"): an acronym ending one is the region's unit; an acronym after
        # an office or one-word unit is part of its name ("Dinkes KBA X")
        self.unit_forms = frozenset(form.lower() for form, _, _, kind in lexicon.positions if kind == "unit")
        self.not_names = frozenset(word for word, _ in lexicon.extra.get("not_names", ()))  # "Forkopimda": no name
        self.unit_heads = self.office_words | frozenset(f for f in self.unit_forms if " " not in f)
        # a region's training agency ("BPSDM X"; data/visit_cues.csv role training_body) is the region's
        self.unit_heads |= frozenset(cue for cue, _, role in lexicon.visit_cues
                                     if role == "training_body" and " " not in cue)
        keys: dict[str, tuple[set[str], bool]] = {}
        self.markers: dict[str, tuple[str, str]] = {}  # key -> (marker, alias as written)
        self._org_acronyms: set[str] = set()  # of the text being matched (ORG_ACRONYM)
        self._person_names: set[tuple[str, str]] = set()  # (given name, key) of the text being matched
        self._text, self._body_start = "", 0  # the text being matched and where its body starts
        self._copyright = False

        def add(key: str, code: str, alias: bool) -> None:
            key = " ".join(key.lower().split())
            if len(key) < 3 and not alias:
                return
            codes, was_alias = keys.setdefault(key, (set(), alias))
            codes.add(code)
            keys[key] = (codes, was_alias and alias)

        for r in self.regions.values():
            core = r.core
            for variant in spellings(core):
                add(variant, r.code, False)
        by_core = {r.core.lower(): r.code for r in self.regions.values()}
        for alias, code, marker in lexicon.aliases:
            add(alias, code, True)
            if marker:
                self.markers[" ".join(alias.lower().split())] = (marker, alias)
            for direction in DIRECTIONS:  # "Bolmong Utara" as "Bolmong" names Bolaang Mongondow
                other = by_core.get(f"{self.regions[code].core.lower()} {direction}")
                if other and not marker and alias.lower() != self.regions[code].core.lower():
                    add(f"{alias} {direction}", other, True)
        self.by_core = by_core
        self.name_words = frozenset(w for k in keys for w in k.split())
        self.one_word_names = frozenset(k for k in keys if " " not in k)  # "badung", not "tinggi" (Tebing Tinggi)
        # the first word of a longer name by the rest ("riau" -> kepulauan, Kepulauan Riau), for typos of it
        self.first_words: dict[str, list[tuple[str, str]]] = {}
        for r in self.regions.values():
            first, _, rest = r.core.lower().partition(" ")
            if rest in keys and len(first) >= 5:
                self.first_words.setdefault(rest, []).append((first, r.code))
        # a one-word name written as two capitalised words ("Tulung Agung", "Jaya Wijaya", "Karang Anyar")
        self.split_at: dict[str, int] = {}
        written = set(keys)
        for r in self.regions.values():
            core = r.core.lower()
            for i in range(3, len(core) - 2) if core.isalpha() and len(core) >= 7 else ():
                key = f"{core[:i]} {core[i:]}"
                if key not in written and core[:i] not in LEVEL_HINTS:
                    self.split_at[key] = i
                    add(key, r.code, True)
        # island words: the first word of a province's name that is no region itself ("Jawa", "Sulawesi");
        # a province right after one is part of an island group ("Jawa-Bali", "Sumatera, Riau")
        cores = [r.core.lower().split() for r in self.regions.values() if r.level == PROV]
        firsts = {c[0] for c in cores if len(c) > 1} | {  # and their spellings: "Sumatra Utara"
            a.lower().split()[0] for a, c, _ in lexicon.aliases
            if self.regions[c].level == PROV and a.lower().split()[1:] == self.regions[c].core.lower().split()[1:]
            and " " in a}
        islands = sorted(w for w in firsts - set(by_core) - {"daerah"} if w.isalpha())
        self.island_group = re.compile(r"\b(?:" + "|".join(islands) + r")(?:[ \t]*[-–—,/][ \t]*|[ \t]+)$",
                                       re.IGNORECASE)
        # a province in a list of islands ("di Jawa, Sumatera, Sulawesi, Papua, Bali, dan Kalimantan"): the island
        self.island_list_before, self.island_list_after = listed_beside(
            "|".join(w for w in islands if w not in ("kepulauan", "nusa")))
        self.by_initial: dict[str, list[str]] = {}
        self.two_words: dict[str, list[tuple[str, str, str]]] = {}
        for r in self.regions.values():
            if len(r.core) >= 5 and " " not in r.core:
                self.by_initial.setdefault(r.core[0].lower(), []).append(r.code)
            words = r.core.lower().split()
            if len(words) == 2 and words[1] in DIRECTIONS:
                self.two_words.setdefault(words[0][0], []).append((words[0], words[1], r.code))
        # "Kabupaten dan Kota Bogor": the other level of the same name
        self.by_core_level = {(r.core.lower(), r.level): r.code for r in self.regions.values()}
        # a province's capital city that carries the province's name ("Yogyakarta", "Bengkulu"): with a province
        # word ("Propinsi Jogja") or after a region of that province ("Bantul, Yogyakarta") it names the province
        self.capital_of: dict[str, str] = {}
        for r in self.regions.values():
            p = self.regions.get(r.province_code)
            if r.level == KOTA and p and p.capital.lower() == r.core.lower() and r.core.lower() in p.core.lower():
                self.capital_of[r.code] = p.code
        # a region's seat whose name ends with another region's name ("Pangkalan Kerinci", the seat of Pelalawan):
        # the name's key -> the words before it in such seats
        self.seat_prefixes: dict[str, tuple[str, ...]] = {}
        for r in self.regions.values():
            words = r.capital.lower().split()
            for i in range(1, len(words)):
                tail = " ".join(words[i:])
                if tail in keys and r.code not in keys[tail][0]:
                    self.seat_prefixes[tail] = (*self.seat_prefixes.get(tail, ()), " ".join(words[:i]) + " ")
        self.automaton = ahocorasick.Automaton()
        for key, (codes, alias) in keys.items():
            self.automaton.add_word(key, (key, tuple(sorted(codes, key=self._rank)), alias))
        self.automaton.make_automaton()

    def _rank(self, code: str) -> tuple[int, str]:
        return ({PROV: 0, KOTA: 1, KAB: 2}.get(self.regions[code].level, 3), code)

    def find(self, text: str, body_start: int = 0) -> list[RegionMention]:
        """All region mentions of ``text``, resolved within the text (call :func:`resolve` per article); the text
        before ``body_start`` is the headline."""
        low = lower_same_length(joined_lines(text))  # "Pemko Banda\nAceh", "Kota\nPayakumbuh": wrapped
        n = len(text)
        hits = []
        for end_idx, (key, codes, alias) in self.automaton.iter(low):
            start, end = end_idx - len(key) + 1, end_idx + 1
            if start > 0 and (is_word_char(text[start - 1]) or text[start - 1] in "@"):
                continue
            if end < n and is_word_char(text[end]):
                continue
            hits.append((start, end, key, codes, alias))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        hits = self._with_typos(text, hits)
        if "Sabang" in text or "SABANG" in text:
            idioms = [m.span() for m in FROM_END_TO_END.finditer(text)]
            hits = [h for h in hits if not any(a <= h[0] < b for a, b in idioms)]
        mentions: list[RegionMention] = []
        last_end = -1
        self._person_names = set()
        self._text, self._body_start = text, body_start
        # a copyright line somewhere (most texts have none: the pattern is searched only where one of its words is)
        self._copyright = ("\u00a9" in text or may_contain(text, low, COPYRIGHT_WORDS)) \
            and COPYRIGHT.search(text) is not None
        self._org_acronyms = {a or b for a, b in ORG_ACRONYM.findall(text)} \
            if any(word in text for word in ORG_ACRONYM_WORDS) else set()
        for start, end, key, codes, alias in hits:
            if start < last_end:
                continue
            mention = self._accept(text, low, start, end, key, codes, alias, mentions)
            if mention:
                mentions.append(mention)
                last_end = mention.end
        _listed_weak_names(text, mentions, self.regions)
        return self._both_levels(text, mentions)

    def _both_levels(self, text: str, mentions: list[RegionMention]) -> list[RegionMention]:
        """"ke Kabupaten dan Kota Bogor", "Pemkab dan Pemkot Malang": the first level word names the other
        region of the same name (a mention spanning that word)."""
        out = []
        for m in mentions:
            name = m.name_start if m.name_start > m.start else m.start  # "Kota Bogor" starts at its level word
            both = BOTH_LEVELS.search(text, max(0, m.start - 40), name)
            if both and not COUNTED_BEFORE.search(text, max(0, both.start(1) - 12), both.start(1)):
                first = KAB if both.group(1).lower().endswith(("kabupaten", "pemkab")) else KOTA
                r = self.regions.get(m.codes[0])
                code = self.by_core_level.get((r.core.lower(), first)) if r and r.level != first else None
                if code:
                    out.append(RegionMention(both.start(1), both.end(1), (code,), first, r.core.lower(), False,
                                             both.end(1)))
            out.append(m)
        return out

    def _province_after_region(self, text: str, start: int, codes: tuple[str, ...],
                               previous: RegionMention) -> str | None:
        """"Kabupaten Bantul, Yogyakarta", "Kaur, Bengkulu": a bare name that may be a province, right after a
        region of that province or listed after another province named as one ("ke Jawa Tengah dan Yogyakarta";
        a list of towns may hold "Bali" or "Jakarta"), is the province."""
        if len(codes) == 1 and codes[0] not in self.capital_of:
            return None
        province = next((c if self.regions[c].level == PROV else self.capital_of[c] for c in codes
                         if self.regions[c].level == PROV or c in self.capital_of), None)
        if province and len(previous.codes) == 1 and previous.codes[0] != province and (ADDRESS_GAP.match(
                text, previous.end, start) or SPACE_GAP.fullmatch(text, previous.end, start)) \
                and self.regions[previous.codes[0]].province_code == province:
            return province
        if province and len(previous.codes) == 1 and self.regions[previous.codes[0]].level == PROV \
                and previous.codes[0] != province and ENUM_GAP.match(text[previous.end:start]) \
                and (previous.hint == PROV or " " in text[previous.start:previous.end]):  # not "Bali, Jogja"
            return province
        return None

    def _directed(self, code: str, direction: str) -> str | None:
        """The region named like ``code``'s region with ``direction`` after it ("Bolaang Mongondow" and "timur":
        Bolaang Mongondow Timur), if there is one."""
        return self.by_core.get(f"{self.regions[code].core.lower()} {direction}")

    def _typo_around(self, text: str, start: int, end: int, key: str, codes: tuple[str, ...],
                     hint: str | None) -> tuple[int, int, tuple[str, ...]] | None:
        """A longer name written with a one-letter typo in its direction word ("Manggarai Timir") or in its
        first word ("Kepualauan Riau"): its span and code."""
        m = TYPO_WORD_AFTER.match(text, end)
        if m and m.group(1).lower() not in DIRECTIONS and m.group(1).lower() not in NEAR_DIRECTIONS:
            word = m.group(1).lower()
            for direction in DIRECTIONS:
                if one_edit(word, direction):
                    other = self._directed(codes[0], direction)
                    return (start, m.end(), (other,)) if other else None
        if hint is None:
            firsts = self.first_words.get(key)
            m = WORD_BEFORE.search(text, max(0, start - 16), start) if firsts else None
            if m and m.group(1)[:1].isupper():
                word = m.group(1).lower()
                found = [code for first, code in firsts if one_edit(word, first)]
                if len(found) == 1:
                    return m.start(1), end, (found[0],)
        return None

    def _with_typos(self, text: str, hits: list) -> list:
        """Add one-letter typos of a name right after a level word or head title ("Bupati Melawu" for
        Melawi), when the word is no other region and exactly one name of that level is one edit away; after a
        head's title, not a word that goes on as a person's name ("Bupati Suleman Hadi")."""
        extra = []
        covered = {h[0] for h in hits}
        for m in TYPO_SLOT.finditer(text):
            start, end = m.span(2)
            if start in covered:
                continue
            level = LEVEL_HINTS.get(m.group(1).split()[-1].lower())
            word = m.group(2).lower()
            second = NEXT_WORD.match(text, end)  # "Bengkolu Selatan", "Lampong Timur": a two-word name
            if second:
                pair = (word, second.group(1).lower())
                found = {code for first, last, code in self.two_words.get(word[0], ()) if self.regions[code].level
                         == level and (first == pair[0] or one_edit(first, pair[0]))
                         and (last == pair[1] or one_edit(last, pair[1])) and (first, last) != pair}
                if len(found) == 1:
                    code = found.pop()
                    extra.append((start, second.end(1), self.regions[code].core.lower(), (code,), True))
                    continue
            if m.group(1) not in TYPO_LEVEL_WORDS and NAME_GOES_ON.match(text, end):
                continue  # "Bupati Kendar Wijaya": a head's own name, not a typo of Kendal
            found = {code for code in self.by_initial.get(word[0], ()) if self.regions[code].level == level
                     and one_edit(word, self.regions[code].core.lower())}
            if len(found) == 1:
                code = found.pop()
                extra.append((start, end, self.regions[code].core.lower(), (code,), True))
        if not extra:
            return hits
        return sorted(hits + extra, key=lambda h: (h[0], -(h[1] - h[0])))

    def _accept(self, text: str, low: str, start: int, end: int, key: str, codes: tuple[str, ...],
                alias: bool, previous: list[RegionMention]) -> RegionMention | None:
        before = low[max(0, start - 60):start]
        rev = before[::-1]
        hint, type_start = self._hint(before, rev)
        if type_start is not None:
            type_start += max(0, start - 60)
            if hint == KOTA and _word_before(text, type_start, 14).lower() in PLACE_IN:
                return None  # "Kecamatan Kota Anu": a district named "Kota Anu", not the kota
        m = LAST_WORD_REV.match(rev, 0, 30)
        word_before = m.group(1)[::-1] if m else ""
        # "Desa Serang", "Jalan Malang", "sapi Bali", "Radar Banyuwangi", "Universitas Brawijaya Malang"
        if word_before in MEDIA_NAMES and not _word_before(text, start)[:1].isupper():
            word_before = ""  # "kerja sama antara Bali dan NTB": the word, not the news agency
        if hint is None and (word_before in BLOCK_BEFORE or self._inside_org(text, start)
                             or (word_before == "raya" and ROAD_BEFORE.search(before))
                             or (self._org_acronyms and _word_before(text, start) in self._org_acronyms)) \
                and not OFFICE_OF_VILLAGES.search(before):
            return None
        m = AFTER_RE.match(text, end)
        if m and ((m.group(1) == "." and m.group(2).lower() in DOMAINS)
                  or (m.group(1) != "." and m.group(2).lower() in BLOCK_AFTER and m.group(2)[0].isupper())):
            return None  # "Bali Post", "Banyuwangi.com"
        m = ABBREV_DIRECTION.match(text, end)
        if m and len(codes) == 1:  # "Kabupaten Ogan Komering Ulu (OKU) Selatan"
            other = self._directed(codes[0], m.group(1).lower())
            if other:
                codes, end, key = (other,), m.end(), self.regions[other].core.lower()
        m = DIRECTION_AFTER.match(text, end)
        if m and not DISTRICT_BEFORE.search(before):
            direction = m.group(1).lower()
            other = next((o for c in codes if (o := self._directed(c, direction))), None)
            if other is None:
                return None  # "Kecamatan Anu Selatan", "calon DOB Anu Utara": a district or a proposed region
            codes, end, key = (other,), m.end(), self.regions[other].core.lower()  # "Kabupaten Anurawas Utara"
        typo = self._typo_around(text, start, end, key, codes, hint)
        if typo:  # "Manggarai Timir", "Kepualauan Riau"
            start, end, codes = typo
            key = self.regions[codes[0]].core.lower()
        if hint is None and (place := PLACE_AFTER.match(text, end)) and place.group(1).lower() not in self.name_words \
                and place.group(1).lower() not in TIME_WORDS and PROSE_BEFORE.search(text, max(0, start - 30), start) \
                and not on_title_line(self._text, self._body_start, start):
            return None  # "warga di wilayah Padang Sari.", "cara Tegal Indah mengelola": a place named after it
        if hint is None and key in self.seat_prefixes and low.endswith(self.seat_prefixes[key], 0, start):
            return None  # "Pangkalan Kerinci": the seat of another region, named after this one
        if hint is None and self._person_name(text, start, key):
            return None  # "Drs. Wiryo Samosir", and later "kata Wiryo Samosir": a person's name
        if hint is None and previous and self._name_after_region(text, start, end, key, previous[-1]):
            return None  # "Kepala Bapenda X, Anu Ana Y, yang ...": the official's name after the post's region
        if text[start:end].isupper() and hint is None and _in_menu(text, start, end):
            return None
        split = self.split_at.get(key)
        if split and not (text[start].isupper() and text[start + split + 1].isupper()):
            return None
        marker = self.markers.get(key)
        if marker and marker[0] == "case" and text[start:end] != marker[1]:
            return None  # "Solo" the city, not "solo" the word
        if hint is None and (not text[start].isupper() or (marker and marker[0] == "context")):
            return None
        if hint is None and all(self.regions[c].level == PROV for c in codes) \
                and (self.island_group.search(text, max(0, start - 20), start)
                     or self.island_list_before.search(text, max(0, start - 80), start)
                     or self.island_list_after.match(text, end)):
            return None  # "listrik Jawa-Bali", "wilayah Sumatera, Riau", "Sulawesi, Maluku dan Papua"
        if hint is None and _in_people_list(text, start, end):
            return None  # "suku Anu, Ana dan X", "ada Bali, Sunda, X": a people, not the region
        if hint is None and previous:
            province = self._province_after_region(text, start, codes, previous[-1])
            if province:
                return RegionMention(start, end, (province,), PROV, key, alias, start)
        if hint is None and previous and len(codes) > 1 and ENUM_GAP.match(text[previous[-1].end:start]) \
                and all(self.regions[c].level != PROV for c in previous[-1].codes):
            # "Bekasi, Gorontalo": the item before only; ``_capital_among_towns`` (in ``resolve``) reads both sides
            # and refuses a province beside, so this step stays apart from it (round 42)
            codes = tuple(c for c in codes if self.regions[c].level != PROV) or codes
        # a same-level list continues the level of its head ("Kabupaten Wonogiri, Sragen, dan Bogor"), or of its
        # last item of one level ("DPRD Kota Batu, Ponorogo dan Madiun": a kabupaten), not into a
        # person's name ("Wali Kota Bogor, Bima Prakoso")
        if hint is None and previous and previous[-1].hint and ENUM_GAP.match(text[previous[-1].end:start]) \
                and not (key in WEAK_NAMES and NAME_GOES_ON.match(text, end)):
            last = self.regions[previous[-1].codes[0]].level if len(previous[-1].codes) == 1 else PROV
            hint = last if last != PROV else previous[-1].hint
        candidates = codes
        if hint:
            fitting = tuple(c for c in codes if self.regions[c].level == hint)
            if not fitting and hint == PROV:  # "Propinsi Jogja", "Provinsi Istimewa Yogya"
                fitting = tuple(self.capital_of[c] for c in codes if c in self.capital_of)
            if fitting:
                candidates = fitting
            else:
                type_start = None  # "tata kota Purwakarta": the level word does not belong to the name
        if hint is None and len(candidates) > 1 and self._dateline(text, start, end):
            candidates = tuple(c for c in candidates if self.regions[c].level == KOTA) or candidates
        mention_start = type_start if type_start is not None else start
        # a title right before it ("Kapolres Pati") confirms it; not across a comma or bracket ("KOTA, PUNCAK")
        weak = hint is None and key in WEAK_NAMES and _word_before(text, start, 25).lower() not in self.title_words
        # the end of an organisation's name ("Ketua IWA X"): a region only when the article names it so elsewhere
        org = not weak and hint is None and not text[start:end].isupper() and self._org_before(text, start)
        # an outlet's edition in its copyright line ("Hak cipta © Warta Anu Jawa Barat 2020"): the outlet's, a
        # region only when the article names it elsewhere
        org = org or (not weak and self._copyright and _on_copyright_line(text, start))
        # an outlet's name on a dateline ("KABAR SULUT, KOTA –"): a region only when the article names it elsewhere
        org = org or (not weak and hint is None and (_in_dateline_outlet(text, start, end)
                                                     or self._outlet_dateline(text, start, end)))
        # a dateline's second part after a region's name ("KOTA, ANU –"): the outlet's name, unless a province
        # ("Kabupaten, PROVINSI –": the region's province), or the first part is itself an outlet's ("KABAR ANU,
        # KOTA –": the town); a region only when the article names it elsewhere
        org = org or (not weak and hint is None and bool(previous) and not previous[-1].weak
                      and all(self.regions[c].level != PROV for c in codes)
                      and _outlet_after_dateline_region(text, start, end, previous[-1]))
        # a police, election or party office in a "Baca juga" line ("Baca juga: Polres X Gelar ..."): the linked
        # story's office, a region only when the article names it elsewhere
        org = org or (not weak and hint is None and _office_in_aside(text, start))
        nickname = marker is not None and marker[0] == "nickname"
        return RegionMention(mention_start, end, candidates, hint, key, alias, start, weak or org or nickname, org,
                             nickname)

    @staticmethod
    def _hint(before: str, rev: str) -> tuple[str | None, int | None]:
        """Level word right before a name, and where a type word starts (to include it in the mention);
        ``rev`` is ``before`` reversed (the patterns read backwards from the name, in linear time)."""
        if rev[:1] == ")" or rev[:1].isspace():
            m = PAREN_HINT_REV.match(rev)  # "Pemerintah Kabupaten (Pemkab) Pamekasan"
            if m and m.group(1)[::-1] in LEVEL_HINTS:
                return LEVEL_HINTS[m.group(1)[::-1]], None
        m = LEVEL_WORD_REV.match(rev)  # a level word on the same line
        if not m:
            return None, None
        word = m.group(1)[::-1]
        level = LEVEL_HINTS.get(word) or _typo_level(word)
        if level is None:
            if word not in CATEGORY_LAST_WORDS:
                return None, None
            m2 = CATEGORY_LIST.search(before)  # "kabupaten lain, misalnya Probolinggo"
            return (LEVEL_HINTS[m2.group(1)], None) if m2 else (None, None)
        offset = None
        if word in TYPE_WORDS or _typo_level(word):
            offset = len(before) - m.end()
        return level, offset

    def _person_name(self, text: str, start: int, key: str) -> bool:
        """The name ends a person's name: after an honorific and a given name ("Drs. Wiryo Samosir",
        "Pak Ahmad Sidoarjo"), or after a given name so used before in the text."""
        m = GIVEN_NAME_BEFORE.search(text, max(0, start - 24), start)
        if not m:
            return False
        given = m.group(2).lower()
        if (given, key) in self._person_names:
            return True
        if m.group(1) and given not in self.name_words and given not in self.title_words:
            self._person_names.add((given, key))
            return True
        return False

    def _name_after_region(self, text: str, start: int, end: int, key: str, previous: RegionMention) -> bool:
        """The name ends a person's name written between commas right after a region ("Kepala Bapenda X, Anu Ana
        Y, yang ...", "Bupati X, I Anu Y, dalam ..."): a one-word name after one to three capitalised words, none a
        region's, a post's, an office's, a level's, a place's or a no-name word ("Forkopimda"); the given name then
        counts as one for later mentions."""
        if " " in key:
            return False  # "Kabupaten Banyumas, Purwokerto Jawa Tengah,": a place and its province, no surname
        m = NAME_AFTER_REGION.fullmatch(text, previous.end, start)
        if not m or not COMMA_AFTER.match(text, end):
            return False
        words = [w.lower().rstrip(".") for w in m.group(1).split()]
        names = [w for w in words if len(w) > 1]  # "I Anu": the Balinese name's first letter is no word of its own
        if not names or any(w in self.name_words or w in self.title_words or w in self.post_heads or w in PLACE_WORDS
               or w in BLOCK_BEFORE or w in TYPE_WORDS or w in self.not_names for w in names):
            return False
        self._person_names.add((words[-1], key))
        return True

    def _org_before(self, text: str, start: int) -> bool:
        """A bare name ends an organisation's name: right after its acronym ("Ketua IWA X", "Perhimpunan Anu
        Nusantara (PAN) X"; not a regional office's, "Dinas Anu (Disanu) X", nor the region's own things, "HUT X",
        "APBD X"), or after a capitalised run that follows a lower-case word in running text and holds no post,
        office, region or place ("tim riset Sekolah Anu X"; not "di Kampung Anu X", "Kepala Dinas Anu X"); or right
        after a branch word ("Bank Anu Cabang X") or a ruler's title ("melawan raja X": an old kingdom)."""
        line_start, _ = _line_bounds(text, start)
        words = text[max(line_start, start - 80):start].split(" ")
        if len(words) < 2 or words[-1] != "":
            return False
        words = words[:-1]
        if words[-1].lower() in NAMED_ELSEWHERE_BEFORE:  # "Bank Anu Cabang X": a branch; "melawan raja X": a kingdom
            return True
        acronym = ACRONYM.fullmatch(words[-1])
        if acronym:
            word = acronym.group(1).lower()
            if ROMAN.fullmatch(acronym.group(1)) or word in self.post_heads or word in self.unit_heads \
                    or word in OWN_ACRONYMS \
                    or word.startswith(OFFICE_OPENINGS) or word in self.name_words \
                    or any(" ".join(words[-n:]).lower() in self.unit_forms for n in (2, 3)) \
                    or (len(words) > 1 and words[-2].lower().strip("(),") in self.unit_heads):
                return False  # "Satpol PP X": a unit of the region
            # a national agency's office in the region ("Kepala BA X", "Kepala Perwakilan BA RI X"): the region's
            # (CONVENTIONS: offices of national agencies take their province)
            agency = len(words) - (2 if words[-1] == "RI" else 1)
            if agency > 0 and words[agency - 1].lower().strip("(),.") in AGENCY_OFFICE_WORDS:
                return False
            if words[-1][0] != "(":  # "Gedung Anu X": a building where the town is
                return len(words) < 2 or words[-2].lower() not in BLOCK_BEFORE
            # what the bracketed acronym stands for: an office ("Badan Anu (BA) X") or the region's ("Dewan Adat X")
            expansion = [w.lower().strip("(),") for w in words[:-1] if w.lower() not in ("dan", "&")]
            expansion = expansion[-min(len(word), 6):]
            return not any(w in self.office_words or w in self.name_words for w in expansion)
        if on_title_line(self._text, self._body_start, start):
            return False
        run = 0
        for word in reversed(words):
            low = word.lower()
            if run and low in ("dan", "&"):  # "Dinas Pariwisata dan Kebudayaan X"
                continue
            if not RUN_WORD.fullmatch(word):
                return run > 0 and word.isalpha() and word.islower() and low not in LEVEL_HINTS \
                    and low not in BLOCK_BEFORE and low not in PLACE_WORDS
            if low in self.post_heads or low in self.name_words or low in BLOCK_BEFORE or low in TIME_WORDS \
                    or ROMAN.fullmatch(word) or any(one_edit(low, w) for w in LONG_LEVEL_WORDS):
                return False
            run += 1
            if run > 4:
                return False
        return False

    @staticmethod
    def _dateline(text: str, start: int, end: int) -> bool:
        """The name opens a news line as its dateline ("SERANG –", "KORAN.ID, BENGKULU -", "Media (Solok)-")."""
        line_start, _ = _line_bounds(text, start)
        return bool(DATELINE_BEFORE.fullmatch(text, line_start, start) and DATELINE_END.match(text, end))

    def _outlet_dateline(self, text: str, start: int, end: int) -> bool:
        """The name stands in an outlet's name that makes the dateline ("Warta Sulut –", "KABAR ANU JABAR -",
        "Kota (Gema Maluku) –"): with other capitalised words, none of them a region's word."""
        line_start, _ = _line_bounds(text, start)
        for before, after in ((OUTLET_RUN_BEFORE, OUTLET_RUN_AFTER), (OUTLET_BRACKET_BEFORE, OUTLET_BRACKET_AFTER)):
            m, n = before.fullmatch(text, line_start, start), after.match(text, end)
            if m and n:
                words = (m.group(1) + n.group(1)).lower().split()
                return bool(words) and not any(w in self.name_words or w in LEVEL_HINTS for w in words) \
                    and not any(_place_named(text, w) for w in words)
        return False

    def _inside_org(self, text: str, start: int) -> bool:
        """The name ends a capitalised run headed by an organisation word ("Universitas Brawijaya Malang"), the head
        among the last four words, or among the last eight when no word after the head is a one-word region name, a
        level, post or office word or a village's or district's word (`PLACE_IN`), and the head is none of the last
        ("Bank Anu Ana Ani Anudesa Malang"; not "Desa Anu Kecamatan Ana Kabupaten Ani Jawa Tengah", "Perumda Anu Ana
        Ani Badung Bali": an address, a region named before its province; not a headline's "Kunjungi Desa Anu Ana Ani
        Warga X", "Belajar Bersama Dinkes X": the region's people or its office)."""
        chunk = text[max(0, start - 100, text.rfind("\n", 0, start) + 1):start].split()  # on the name's line
        plain = True  # the words passed name no region and hold no level word
        for n, word in enumerate(reversed(chunk[-8:])):
            if n >= 4 and not plain:
                break
            if word.isdigit() or (word[:1] == "(" and word[-1:] == ")"):
                continue  # "Universitas 45 Makassar", "Universitas Jember (Unej) Jember"
            if not word[:1].isupper() or word[-1:] in ",;:.)(":
                break
            low = word.lower()
            if low in ORG_HEADS and (n < 4 or low not in PLACE_IN):  # "Desa" far back heads an address
                return True
            if low in self.post_heads or low in PLACE_IN or low in self.one_word_names:
                plain = False  # post_heads holds the level words
        return False


def _in_people_list(text: str, start: int, end: int) -> bool:
    """A bare name listed beside a people's name that is no region's ("suku Anu, Ana dan X", "ada Bali, Sunda, X");
    not when the people's word ends a longer capitalised name ("Selat Sunda", "Anu Mandar": a strait, a regency)."""
    m = PEOPLE_LIST_BEFORE.search(text, max(0, start - 80), start) or PEOPLE_LIST_AFTER.match(text, end)
    return bool(m) and not _word_before(text, m.start("anchor"))[:1].isupper()


def _place_named(text: str, word: str) -> bool:
    """The text names ``word`` as a place inside a region ("Desa Anu", "Kecamatan Anu"; PLACE_IN words): the
    dateline's village, not an outlet's word ("ANU KOTA –" over "... di Desa Anu")."""
    return re.search(r"\b(?:" + "|".join(sorted(PLACE_IN)) + r")\s+" + re.escape(word) + r"\b", text,
                     re.IGNORECASE) is not None


def _word_before(text: str, start: int, reach: int = 12) -> str:
    """The word just before ``start`` on its line, as written (looking at most ``reach`` characters back)."""
    m = WORD_BEFORE.search(text, max(0, start - reach), start)
    return m.group(1) if m else ""


def _line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Where the line holding ``text[start:end]`` starts and ends (its newline's offset, else the text's end)."""
    line_end = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, line_end if line_end >= 0 else len(text)


def _on_copyright_line(text: str, start: int) -> bool:
    """The name stands on a copyright line ("COPYRIGHT © KORAN ANU Jawa Barat 2020")."""
    return COPYRIGHT.search(text, *_line_bounds(text, start)) is not None


def _in_dateline_outlet(text: str, start: int, end: int) -> bool:
    """The name stands in a dateline's part with other words ("KABAR SULUT, KOTA –", "KOTA, Warta Anu Sulteng –")."""
    line_start, _ = _line_bounds(text, start)
    m = DATELINE_PARTS.match(text, line_start)
    if not m or end > m.end(2):
        return False
    part = 1 if end <= m.end(1) else 2
    if start < m.start(part):
        return False
    rest = text[m.start(part):start] + text[end:m.end(part)]
    return any(c.isalpha() for c in rest)


def _outlet_after_dateline_region(text: str, start: int, end: int, previous: RegionMention) -> bool:
    """The name is the whole second part of a dateline whose first part is the region ``previous`` ("KOTA, ANU –",
    "Kabupaten Anu, ANA -"): the outlet's name after the town it writes from."""
    if start - previous.end > 3 or "," not in text[previous.end:start]:
        return False  # most names: no comma right before them
    line_start, _ = _line_bounds(text, start)
    m = DATELINE_PARTS.match(text, line_start)
    return bool(m) and m.start(2) == start and m.end(2) == end \
        and m.start(1) <= previous.start and previous.end <= m.end(1)


def _office_in_aside(text: str, start: int) -> bool:
    """The name follows a police, election or party office in a "Baca juga" line ("Baca juga: Polres X Gelar ...",
    "BACA JUGA:KPU X Rakor ...", "Baca juga: ..., DPW Partai Anu X ..."; data/region_words.csv kind ``link_office``)."""
    line_start = text.rfind("\n", 0, start) + 1
    return LINK_OFFICE_BEFORE.search(text, max(line_start, start - 40), start) is not None and aside_at(text, start)


def _in_menu(text: str, start: int, end: int) -> bool:
    """The capitalised name is one item of a menu or category line ("BERANDA | KOTA | OLAHRAGA")."""
    line_start, line_end = _line_bounds(text, start, end)
    line = text[line_start:line_end]
    if not MENU_SEPARATOR.search(line):
        return False
    before = MENU_SEPARATOR.split(text[line_start:start])
    after = MENU_SEPARATOR.split(text[end:line_start + len(line)])
    item = before[-1] + text[start:end] + after[0]
    if not item.isupper() or re.search(r"[–—-]|\d", item):
        return False
    return (len(before) > 1 and len(after) > 1) or line.isupper()


def _listed_weak_names(text: str, mentions: list[RegionMention], regions: dict) -> None:
    """A name that is also a common word counts in a list of regions ("dari Rembang, Blora,
    dan Pati", "ke Gianyar dan Badung") and before its own province ("di Badung, Provinsi Bali"); before a comma
    and another region it is more likely a place's address ("Lembah Bone, Luwu")."""
    for i, m in enumerate(mentions):
        if not m.weak or NAME_GOES_ON.match(text, m.end):
            continue  # "Wali Kota Bogor, Bima Prakoso": a person's name
        before = mentions[i - 1] if i else None
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if before and not before.weak and ENUM_GAP.match(text[before.end:m.start]) \
                and not _outlet_after_dateline_region(text, m.start, m.end, before):  # "KOTA, BATANG –": no list
            m.weak = False
        elif after and not after.weak and (AND_GAP.match(text[m.end:after.start]) or (
                ADDRESS_GAP.match(text[m.end:after.start]) and len(after.codes) == 1
                and any(regions[c].province_code == after.codes[0] for c in m.codes))):
            m.weak = False


def resolve(mentions: list[RegionMention], regions: dict, text: str = "") -> list[RegionMention]:
    """Give every ambiguous mention one code: the level the article uses elsewhere for that name, else the
    level its context words favour (Pemkab / Bupati / DPRD Kabupaten / the kabupaten's capital town against
    Pemkot / Wali Kota), else the first candidate (province > kota > kabupaten). Weak mentions stay only when
    the article also names the same region with a level word ("Bupati Badung ... di Badung"); the end of an
    organisation's name (``org``: "Ketua IWA X") stays, no longer weak, when the article names X elsewhere at all,
    bare or with a level word; a nickname (``nickname``: "Kota Pahlawan") stays when another mention names its
    region. Returns the kept mentions."""
    confirmed = {m.core for m in mentions if m.hint and not m.weak}
    named_elsewhere = {m.core for m in mentions if not m.weak}
    named_codes = {c for m in mentions if not m.weak for c in m.codes}
    mentions[:] = [m for m in mentions if not m.weak or m.core in confirmed or (m.org and m.core in named_elsewhere)
                   or (m.nickname and not m.org and m.codes[0] in named_codes)]
    for m in mentions:
        if m.org or m.nickname:  # named elsewhere: the organisation's region ("Kepala Badan Anu (BA) X, Budi")
            m.weak = False
    explicit: dict[str, dict[str, int]] = {}
    for m in mentions:
        if len(m.codes) == 1 and m.hint:
            levels = explicit.setdefault(m.core, {})
            level = regions[m.codes[0]].level
            levels[level] = levels.get(level, 0) + 1
    named = {m.codes[0] for m in mentions if len(m.codes) == 1}
    provinces: dict[str, int] = {}
    for code in named:
        provinces[regions[code].province_code] = provinces.get(regions[code].province_code, 0) + 1
    for i, m in enumerate(mentions):
        if len(m.codes) > 1:
            # the article names one of the candidates unambiguously ("Bumi Majapahit" / "Mojokerto")
            known = [c for c in m.codes if c in named]
            if len(known) == 1 and not explicit.get(m.core):
                m.codes = (known[0],)
                continue
            levels = explicit.get(m.core) or (_context_level(m, regions, text, mentions) if text else None)
            if levels:
                best = max(levels, key=lambda lv: levels[lv])
                chosen = [c for c in m.codes if regions[c].level == best]
                if chosen:
                    m.codes = (chosen[0],)
                    continue
            # a province's name that is also its capital's, listed among kota and kabupaten of other provinces
            # ("dari Anu, Sabang dan Jambi"): the capital, as the list's other items are towns
            capital = _capital_among_towns(mentions, i, regions, text)
            if capital:
                m.codes = (capital,)
                continue
            # a name shared across provinces ("Banjar"): the one in the province the article is about
            near = [c for c in m.codes if provinces.get(regions[c].province_code)]
            m.codes = (max(near, key=lambda c: provinces[regions[c].province_code]),) if near else m.codes[:1]
    old_lands = _old_lands({m.codes[0] for m in mentions}, regions)
    if old_lands:
        mentions[:] = [m for i, m in enumerate(mentions) if m.hint or m.codes[0] not in old_lands
                       or _listed_with_province(mentions, i, regions, text)]
    return mentions


def _capital_among_towns(mentions: list[RegionMention], i: int, regions: dict, text: str) -> str | None:
    """The capital kota of the i-th mention, a bare name shared with its province ("Jambi"), when it stands in a
    list (``_list_neighbours``) beside a kota or kabupaten of another province and beside no province; not an
    address ("Kabupaten Anu, Jambi": a region of that province before it). ``find``'s own step for a listed
    non-province item before the name ("Bekasi, Gorontalo") stays apart: it sees only the item before and keeps
    reading where this one refuses (a province or another shared name beside: "Anu, Jambi, Provinsi Ana"); this
    one adds the item after the name, which ``find`` cannot see yet (round 42)."""
    m = mentions[i]
    if m.hint:
        return None
    prov = next((c for c in m.codes if regions[c].level == PROV), None)
    capital = next((c for c in m.codes if regions[c].level == KOTA and regions[c].province_code == prov), None)
    if not prov or not capital:
        return None
    beside = _list_neighbours(mentions, i, text)
    if not beside or any(regions[c].level == PROV or regions[c].province_code == prov
                         for o in beside for c in o.codes):
        return None
    return capital


def _list_neighbours(mentions: list[RegionMention], i: int, text: str) -> list[RegionMention]:
    """The mentions right before and after the i-th one that stand in a list with it (``ENUM_GAP`` between)."""
    m = mentions[i]
    beside = []
    if i and ENUM_GAP.match(text[mentions[i - 1].end:m.start]):
        beside.append(mentions[i - 1])
    if i + 1 < len(mentions) and ENUM_GAP.match(text[m.end:mentions[i + 1].start]):
        beside.append(mentions[i + 1])
    return beside


def _listed_with_province(mentions: list[RegionMention], i: int, regions: dict, text: str) -> bool:
    """The i-th mention stands in a list right beside a province ("Papua Selatan dan Papua", "Papua, Maluku")."""
    return any(regions[o.codes[0]].level == PROV for o in _list_neighbours(mentions, i, text))


def _old_lands(codes: set[str], regions: dict) -> set[str]:
    """Provinces named bare that a named province was split from and that begin its name ("Papua" beside "Papua
    Selatan"): written alone, the old province's name is the land the new provinces share, not the province
    (``split_from`` of data/regions.csv); not when the article names a region still inside the old province."""
    inside = {regions[c].province_code for c in codes if regions[c].level != PROV}
    lands = set()
    for code in codes:
        r = regions[code]
        outer = r.split_from if r.level == PROV else ""
        while outer and outer in regions and outer not in lands:
            if outer in codes and outer not in inside and r.core.lower().startswith(regions[outer].core.lower() + " "):
                lands.add(outer)
            outer = regions[outer].split_from
    return lands


KAB_CONTEXT = re.compile(r"\b(?:pemkab|bupati|wabup|wakil\s+bupati|dprd\s+kabupaten|setdakab|kabupaten)\b",
                         re.IGNORECASE)
KOTA_CONTEXT = re.compile(r"\b(?:pemkot|pemko|wali\s*kota|wawali|wakil\s+wali\s*kota|dprd\s+kota|setdakot|"
                          r"balai\s*kota)\b", re.IGNORECASE)


def _context_level(m: RegionMention, regions: dict, text: str,
                   mentions: Sequence[RegionMention] = ()) -> dict[str, int] | None:
    """A bare shared name ("Malang") read from the article's words: the kabupaten when its capital town is
    named ("Kepanjen") or a kabupaten word stands just before it ("DPRD Kabupaten setempat, Malang"), not one
    that opens another region's mention ("tim Kabupaten Anu menemui DPRD Malang"); None when the words do not
    decide (the kota is the default)."""
    kab = next((c for c in m.codes if regions[c].level == KAB), None)
    kota = next((c for c in m.codes if regions[c].level == KOTA), None)
    if not kab or not kota:
        return None
    capital = regions[kab].capital
    near = text[max(0, m.start - 150):m.end + 150]  # "di Kepanjen, Malang": the capital beside the name
    if capital and capital.lower() != m.core and re.search(r"\b" + re.escape(capital) + r"\b", near):
        return {KAB: 1}
    # a government word right before the bare name in the same clause: "Pemkab setempat ... Malang"
    offset = max(0, m.start - 40)
    before = text[offset:m.start]
    words = list(KAB_CONTEXT.finditer(before))
    if words and not KOTA_CONTEXT.search(before):
        start, end = offset + words[-1].start(), offset + words[-1].end()
        if not any(o is not m and (o.start == start or end < o.name_start <= end + 2) for o in mentions):
            return {KAB: 1}
    return None


def _typo_level(word: str) -> str | None:
    """A one-letter typo of a level word: "kabupatan", "provinsu"."""
    if len(word) >= 7 and word[:3] in ("kab", "pro"):
        for full, level in (("kabupaten", KAB), ("provinsi", PROV)):
            if one_edit(word, full):
                return level
    return None
