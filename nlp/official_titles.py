"""Positions as written: a title or head with its prefixes ("Plt", "Wakil") and its unit ("Kepala Dinas
Kesehatan"), offices the lexicon lacks written out after a head, acronyms in brackets after a title, a ministry's unit
heads. ``TitleReader`` is mixed into ``nlp.officials.OfficialFinder``, which builds the lexicon tables it reads
(``positions``, ``units``, ``prefixes`` ...)."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from nlp.lexicon import COUNCIL_NAMES, NATIONAL_HOUSES, alternation, companion_words
from nlp.official_merge import Official, derived_noun, verb_like
from nlp.official_patterns import (
    COMMA_THEN_NAME,
    COMMISSION_MORE,
    COUNCIL_POST,
    EVENT_OPENING,
    FIELD_WORDS,
    FORCE_RANK,
    LOCAL,
    LOCAL_COUNCILS,
    OFFICE_LIST_END,
    REGION_LEADS,
    REGION_LEADS_CASED,
    TOPIC_COMMITTEES,
    UNIT_ACRONYM,
    UNIT_TYPES,
    UNIT_WORD,
    UNIT_WORDS,
    WORDS,
    _key,
    _region_index,
    _skip_paren,
    _starts_region,
    party_short,
)
from nlp.regions import RegionMention
from nlp.textutil import is_word_char, lower_same_length

# the grade of a functional post (jabatan fungsional): "Analis Kebijakan Ahli Muda", "Pranata Komputer Terampil"; the
# older grades, capitalised, without "Ahli": "Widyaiswara Utama", "Analis Kebijakan Muda"
FUNCTIONAL_HEADS = frozenset(WORDS["functional_head"])
FUNCTIONAL_FIRST = frozenset(h.split()[0] for h in FUNCTIONAL_HEADS) | frozenset(WORDS["functional_title"])
FUNCTIONAL_GRADE = re.compile(r"[ \t]+((?:Ahli[ \t]+(?:Pertama|Muda|Madya|Utama))|Terampil|Mahir|Penyelia|Pemula"
                              r"|(?-i:Pertama|Muda|Madya|Utama))\b", re.IGNORECASE)
PLACE_NOUNS = frozenset(WORDS["place_head"])  # "kecamatan", "desa": a place's name follows, no field
UNIT_SKIP = frozenset(WORDS["unit_skip"])  # "Asisten Bidang Administrasi" -> "Asisten Administrasi"
SMALL = frozenset(WORDS["field_joiner"])  # "dan", "serta"
UNIT_TOKEN = re.compile(r"[\w\-]+|,|&")  # "&" stands for "dan" between a unit's words (``_key``)
_GOV = r"(?:Kabupaten|Kota|Provinsi|Pemkab|Pemkot|Pemprov|Setda\w*)\b"
# an assistant's or adviser's field right after the post, "bidang" in either case, up to a comma or the region
FIELD_AFTER = re.compile(r"[ \t]+([Bb]idang[ \t]+[A-Z][\w\-]*"
                         r"(?:[ \t]+(?:dan[ \t]+)?(?!" + _GOV + r")[A-Z][\w\-]*){0,5})"
                         r"(?=[ \t]*,|[ \t]+" + _GOV + ")")
# posts whose field follows them ("Bidang Hukum", "bidang Ekonomi"): advisers (expert and special staff), assistants;
# a staff's field may be written without "bidang" ("Staf Ahli Ekonomi dan Pembangunan Budi"), an assistant's not
STAFF = ("Staf Ahli", "Staf Khusus")
# a company's head ("PT", "PDAM", "Perumda"): its own name follows; "Tirta" and one word: a water company's name
COMPANY_HEADS = frozenset(w.lower() for w in WORDS["company_head"])
COMPANY_NAME_WORDS = frozenset(w.lower() for w in WORDS["company_name_word"])
COMPANY_RUN = re.compile(r"[ \t]+((?:[A-Z][\w'&\-]*\.?)(?:[ \t]+[A-Z][\w'&\-]*\.?)*)")
ADVISERS = (*STAFF, "Asisten")
# an assistant's or adviser's field written after the region, closed by a comma: "Staf Ahli Bupati X Bidang Hukum,"
_FIELD_WORD = r"[A-Z][\w\-]*"
LATE_FIELD = re.compile(r"[ \t]+(Bidang[ \t]+" + _FIELD_WORD + r"(?:(?:[ \t]*,[ \t]*" + _FIELD_WORD
                        + r")*,?[ \t]+dan[ \t]+" + _FIELD_WORD
                        + r"|(?:[ \t]+(?:dan[ \t]+)?" + _FIELD_WORD + r"){0,5}))(?=[ \t]*[,.])")
TRAILING_NUMERAL = re.compile(r"[ \t]*,[ \t]*(?:I{1,3}|IV|V)$")
# "staf ahli wali kota X bidang ekonomi ..., Budi"; in title case with no comma: "Staf Ahli Bupati X Bidang Hukum Budi"
LATE_FIELD_WORD = re.compile(r"[ \t]+[Bb]idang[ \t]+")
# the bill a special committee works on, written as an acronym: "Pansus LKPJ DPRD", "Panja APBD DPRD"
# "Ketua Pansus RPJMD DPRD", "Ketua Pansus Tatib DPRD": a word written in title case is a topic only before "DPRD"
# a number ("Pansus 7 DPRD X, Budi", "Ketua Pansus 12, Ani") or up to three title-case words before "DPRD" ("Wakil
# Ketua Pansus Revisi Tatib DPRD X, Budi") name the committee too
COMMITTEE_TOPIC = re.compile(r"[ \t]+([A-Z]{2,8}(?=[ \t]+DPRD\b|[ \t]*,|[ \t]+[A-Z])"
                             r"|[A-Z](?=[ \t]+DPRD\b)"  # a committee's letter or number one: "Pansus B DPRD X"
                             # the same before its chair's name: "Ketua Pansus I Budi", "Ketua Pansus C Ani", the
                             # other one-letter numerals "Pansus V Budi", "Pansus X Ani" ("II", "IV" are read above;
                             # not "H", Haji, nor the "I" of a Balinese name: "Ketua Pansus I Wayan Budi")
                             r"|(?:[A-GVX]|I(?![ \t]+(?i:" + alternation(WORDS["balinese"]) + r")\b))"
                             r"(?=[ \t]+[A-Z][a-z])"
                             r"|[1-9][0-9]?(?=[ \t]+DPRD\b|[ \t]*,)"
                             r"|(?:[A-Z][a-z]{2,12}[ \t]+){0,2}[A-Z][a-z]{2,7}(?=[ \t]+DPRD\b))(?:[ \t]+DPRD\b)?")
# the bill a special committee works on, written out after it: "Ketua Pansus Raperda Pasar Rakyat, Budi", "Ketua Panitia
# Khusus (Pansus) Ranperda tentang Tata Ruang DPRD Kota X Budi", "Ketua Pansus Raperda penataan pasar desa,
# Budi": its words (any case) up to a comma or "DPRD" are the bill's, no name
COMMITTEE_BILL = re.compile(r"(?:[ \t]*\([A-Z][A-Za-z]{1,9}\))?[ \t]+"
                            r"(?:Raperda|Ranperda|RAPERDA|RANPERDA|Rancangan[ \t]+(?:Peraturan[ \t]+Daerah|Perda))"
                            r"(?:[ \t]+(?!DPRD\b)[\w\-/()]+){1,8}?(?=[ \t]*,|[ \t]+DPRD\b)(?:[ \t]+DPRD\b)?")
# a commission's field after its number, left out of the post: "Ketua Komisi II Bidang Perekonomian dan Keuangan
# DPRD X Budi", "Wakil Ketua Komisi C bidang pembangunan DPRD X", "Anggota Komisi I Bidang Pemerintahan, Ani"
COMMISSION_FIELD = re.compile(r"[ \t]+[Bb]idang(?:[ \t]+(?!DPRD\b|Dewan\b)[A-Za-z][a-z]+){1,6}?"
                              r"(?=[ \t]*,|[ \t]+(?:DPRD|Dewan)\b)")
AFTER_REGION_COLON = re.compile(r"[^,:()\n]{1,40}[:(]")
GOV_WORD = re.compile(_GOV)
# title-case words of a sub-unit's field up to a comma: "Kepala Bidang Sarana dan Prasarana Kesehatan, Budi"
SUB_FIELD_TO_COMMA = re.compile(r"[ \t]+([A-Z][\w\-]*(?:[ \t]+(?:[A-Z][\w\-]*|dan|&)){0,5})[ \t]*,[ \t]*")
UNIT_RUN_WORD = re.compile(r"[ \t]+([A-Z][\w\-]*|dan|&)")  # a word of a unit written out: "Dinas Ketahanan Pangan"
JOINERS = frozenset(WORDS["unit_gap_joiner"])  # "dan", "&" between the words of a unit written out
HEAD_ABBREV = re.compile(r"[ \t]*\([A-Z][A-Za-z.]{1,10}\)(?=[ \t]+[A-Za-z])")
# a party after "Fraksi": "Fraksi Golkar DPRD", "Fraksi PDI Perjuangan, ", "Fraksi Partai Amanat Nasional (PAN)"
FACTION_NAME = re.compile(r"[ \t]+((?:Partai[ \t]+)?[A-Z][\w\-]*(?:[ \t]+(?!DPRD\b|DPR\b)[A-Z][\w\-]*){0,3}"
                          r"(?:[ \t]*\([A-Z]{2,8}\))?)(?:[ \t]+(?P<dprd>DPRD|DPRA|DPRK|DPRP|DPR)\b|(?=[ \t]*,))")
# a faction written by its party's short name, then the holder with no comma: "Ketua Fraksi PKS Budi", "Bendahara
# Fraksi Partai Perindo Ani", "Anggota Fraksi Nasdem-PSI Cici" (the short names: kind ``party`` in not_names.csv)
FACTION_SHORT = re.compile(r"[ \t]+(" + party_short(joint=True) + r")"
                           r"(?=[ \t]+(?!DPRD\b|DPRA\b|DPRK\b|DPRP\b|DPR\b)[A-Z][a-z])")
TOPIC_POSTS = tuple(f"{c} DPRD" for c in TOPIC_COMMITTEES)  # "Ketua Pansus DPRD": a topic may follow the committee
AND_FIELD = re.compile(r"[ \t]+dan[ \t]+(?=[A-Z])")
FIELD_WORD = re.compile(r"[ \t]+(?:Bidang[ \t]+(?=[A-Z])|(?i:bidang)[ \t]+(?=[a-z])|(?=[A-Z][a-z]))")
# "kepala dinas setempat, Budi", "wakil gubernur provinsi itu, Ani": the region is the one named before
LOCAL_WORD = re.compile(r"[ \t]+(?:(?:provinsi|kabupaten|kota|daerah|pemkab|pemkot|pemprov)[ \t]+)?"
                        r"(?:setempat|tersebut|itu)\b")
# the capitalised word right after a point: a unit's acronym after a sub-unit's field, "Kabid Humas Diskominfo Budi"
# (``_unit_then_holder``); a company's head after a field, "Direktur Teknik Perumda ..." (``_company_name``)
CAPITAL_WORD_AFTER = re.compile(r"[ \t]+([A-Z][\w\-]*)\b")
# capitalised words after a typed head up to a comma or a level word: a unit the lexicon does not know
WRITTEN_UNIT = re.compile(r"[ \t]+(?P<unit>[A-Z][\w\-]*(?:[ \t]+(?:dan[ \t]+)?[A-Z][\w\-]*){0,6}?)"
                          r"(?P<stop>[ \t]*,|[ \t]+" + _GOV + ")")
# the term of office between a post (and its region) and the holder: "Bupati X periode 2016-2021 Budi", "Wali Kota Y
# periode 2020-sekarang Ani", "Gubernur Z masa jabatan 2019–2024, Budi"
TENURE = re.compile(r"[ \t]*,?[ \t]+(?:[Pp]eriode|[Mm]asa[ \t]+[Jj]abatan)[ \t]+(?:[Tt]ahun[ \t]+)?(?:19|20)[0-9]{2}"
                    r"[ \t]*[-–—/][ \t]*(?:(?:19|20)[0-9]{2}|[Ss]ekarang|[Kk]ini)\b")
# a holder's name closed as an apposition is closed: a comma, a full stop, "dan"; or a verb in lower case
# (``TitleReader._holder_closed``)
HOLDER_CLOSED = re.compile(r"[ \t]*(?:[,.;]|$)|[ \t]*\n|[ \t]+(?:dan|serta|bersama|beserta|yang)\b")
NEXT_LOWER = re.compile(r"[ \t]+([a-z]+)\b")
COUNCIL_NUMBER = re.compile(r"[ \t]+(I{1,3}|IV|V)\b(?![.\w])")
# the office of a head: "Kepala Dinas Pariwisata" -> "Dinas Pariwisata", "Kepala Bappeda" -> "Bappeda"
OFFICE_HEAD = re.compile(r"^Kepala ((?!Desa$|Daerah$|Kelurahan$|Kampung$)[A-Z].*)$")
# a regional council written before a bare chair in its sentence ("DPRD X dipimpin Wakil Ketua Budi"), and the
# holder's capitalised name right after the chair
COUNCIL_BEFORE_CHAIR = re.compile(r"\b(?:" + "|".join(LOCAL_COUNCILS) + r")\b")
CHAIR_NAME_NEXT = re.compile(r"[ \t]+([A-Z][a-z][\w\-]*)")
NATIONAL_COUNCIL = re.compile(r"\b(?:" + "|".join(NATIONAL_HOUSES) + r")\b")  # a national council between
CHAIR_RUN = re.compile(r"[^,;.()\n]{0,40}")  # the words after a bare chair, up to a comma, bracket or stop
BODY_ACRONYM = re.compile(r"[A-Z]{2,}")
SHARED_LINK = re.compile(r"(?:,|\b(?:" + alternation(companion_words()["shared_members"]) + r"))[ \t]*"
                         r"(?:(?:dua|tiga|empat|lima|para|kedua|ketiga|keempat|kelima)[ \t]+)?$")  # "bersama tiga"
# a sub-unit's head, whose office may follow after a comma: "Kepala Bidang X, Dinas Y Kabupaten Z, Budi"
SUB_UNITS = frozenset(w for w in WORDS["sub_unit"] if " " not in w)  # "Bidang", "Seksi": a field follows the head
SUB_UNIT_HEAD = re.compile(r"^(?:Wakil |Pelaksana Tugas )?Kepala (?:" + alternation(WORDS["sub_unit"], " ") + ") ")
OFFICE_AFTER_COMMA = re.compile(r"(?P<tail>(?:[ \t]+[A-Z][\w\-]*){0,3})[ \t]*,[ \t]*(?=[A-Z])")
KANTOR_OF = frozenset(WORDS["kantor_of"])  # "Kepala Kantor Kementerian Agama X", "Kepala Kantor Pertanahan X"
# a ministry written out after "Menteri", closed by "RI": "Menteri Pembangunan Daerah Tertinggal dan Transmigrasi RI"
MINISTER_RUN = re.compile(r"[ \t]+(?P<words>[A-Z][\w\-]*(?:[ \t]*,?[ \t]+(?:dan[ \t]+)?[A-Z][\w\-]*){0,8}?)[ \t]+"
                          r"(?:RI|Republik[ \t]+Indonesia)\b")
MINISTRY_LIST_END = re.compile(r",[ \t]*dan[ \t]+[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)*$")
# an office written out, then its acronym in brackets: "Badan Pemberdayaan Masyarakat Desa (BPMD)"
WRITTEN_ACRONYM = re.compile(r"[ \t]+(?P<words>[A-Z][\w\-]*(?:[ \t]+(?:dan[ \t]+)?(?!" + _GOV + r")[A-Z][\w\-]*){0,7})"
                             r"[ \t]*\((?P<acr>[A-Z][A-Za-z\-]{1,12})\)")
# a ministry written as one word: "Kemenkumham", "Kemendagri" (one place: officials.py REGIONAL_BRANCH reads it too)
MINISTRY_WORD = r"Kemen[a-z]{2,14}"
MINISTRY_AFTER = re.compile(r"[ \t]+(" + MINISTRY_WORD + r"|Kemen[A-Z][\w\-]{1,12})(?=[ \t]*[,.]|[ \t]+[A-Z])")
# a holder's name and a comma right before a position: "Banyu Prasojo, Kasubbag X, ..."
APPOSED = re.compile(r"[A-Z][\w'’\-]*[ \t]*,[ \t]*$")
# the word after a comma that closes a post's run (past the holder's degrees): "Kepala Pusat X, Budi", "..., serta"
NEXT_ITEM = re.compile(r"[ \t]*,[ \t]*([A-Za-z][\w\-']*)?")
# a field written in title case after a typed head, closed by a comma: "Kasubbag Alat Kelengkapan Dewan dan Rapat,"
TITLE_FIELD = re.compile(r"[ \t]+([A-Z][\w\-]*(?:[ \t]+(?:dan[ \t]+)?[A-Z][\w\-]*){0,5})(?=[ \t]*,)")
# a council member's or chair's post, then the commission written after the council
COUNCIL_MEMBER = re.compile(r"^(?P<head>(?:Wakil )?(?:Anggota|Ketua)) (?:DPRD|DPRK|DPRA|DPRP|DPR RI|DPR)$")
COMMISSION_AFTER = re.compile(r"[ \t]+Komisi[ \t]+([A-E]|X{0,1}(?:IX|IV|V?I{0,3}))\b(?=[ \t]*,|[ \t]+[A-Z])")
# offices the lexicon lacks, written out after "Kepala": "Balai ...", "Pusat ...", "Lembaga ..."
OFFICE_START = re.compile(r"[ \t]+((?:Balai|Pusat|Lembaga|Direktorat|Perwakilan|Loka|Biro|Kantor|Unit)\b)")
# a word of such an office; "dan", "untuk" or "di" may open it: "Duta Besar X untuk Y", "Konsul Jenderal X di Kota Y,"
# (round 40 fifth wave: a mission's place after "di", the run still closed by a comma or bracket)
OFFICE_WORD = re.compile(r"(?:[ \t]+|,[ \t]*)((?:(?:dan|untuk|di)[ \t]+)?[A-Z0-9][\w\-/]*)")
OPEN_OFFICE_START = re.compile(r"[ \t]+((?!(?:Kabupaten|Kota|Provinsi|Pemkab|Pemkot|Pemprov|Sekolah|Madrasah|SD|SMP"
                               r"|SMA|SMK|SDN|SMPN|SMAN|SMKN|MTs|MAN|Pondok|Yayasan|PT|CV|Daerah)\b)[A-Z][\w\-]*)")
REGIONAL_OPEN_HEADS = frozenset(WORDS["regional_open_head"])
# a national body's office in a province, its place written after the office ("Kepala Kanwil Kemenag Jambi Budi"):
# the office ends before a region's name even where the region finder reads no region (a branch's place)
BRANCH_OPEN_HEADS = WORDS["branch_open_head"]  # a tuple: ``str.startswith`` reads it as it is
# up to three capitalised words where a region's name may start (``TitleReader._region_name_at``)
PLACE_WORDS = re.compile(r"[ \t]*(?P<words>[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,2})")
# heads whose office is written out in full, a comma or bracket closing it
OPEN_HEADS = frozenset(WORDS["open_head"]) | REGIONAL_OPEN_HEADS
# a party's boards, whose secretaries hold no public office: "Sekretaris DPD Partai X"
PARTY_BODIES = frozenset(w.lower() for w in WORDS["party_body"])
# a ministry's unit head, the title written out up to its ministry, then the holder: "Direktur Penataan Daerah
# Kementerian Dalam Negeri, Budi", "Deputi Bidang X Kementerian PANRB Ani", "Dirjen X dan Y Kemenaker RI Drs Budi";
# the ministry ends at its acronym (written or in brackets), "Dalam Negeri", "RI" or a comma, never in a name
_MINISTRY_WORDS = alternation(WORDS["ministry"], r"[ \t]+")
# an acronym in brackets among a national title's words ("Kepala Badan X (BX) Kementerian Y"), left out of its post
_TITLE_BRACKET = r"\([A-Z][\w\-]*\)"
# an acronym's word in brackets after a ministry or a title's written-out words: "(Kemendagri)", "(Waket)"
_BRACKET_WORD = r"[A-Z][A-Za-z\-]{1,11}"
NATIONAL_TITLE = re.compile(
    r"\b(?P<head>(?:(?:Plt\.?|Pelaksana[ \t]+Tugas)[ \t]+)?(?:"
    + alternation(sorted(WORDS["national_head"] + WORDS["open_head"], key=len, reverse=True), r"[ \t]+") + r"))"
    r"(?P<title>(?:[ \t]+(?:(?:dan|untuk)[ \t]+)?(?:[A-Z][\w\-/]*|" + _TITLE_BRACKET + r")){1,12}?)[ \t]+"
    r"(?P<ministry>(?:" + _MINISTRY_WORDS + r")[ \t]+(?:Dalam[ \t]+Negeri\b|[A-Z][A-Za-z\-]*[A-Z][A-Za-z\-]*\b"
    r"|[A-Z][a-z][\w\-]*(?:[ \t]+(?:dan[ \t]+)?[A-Z][a-z][\w\-]*){0,5}"
    r"(?=[ \t]*\([A-Z]|[ \t]+RI\b|[ \t]+Republik[ \t]+Indonesia\b|[ \t]*,))"
    r"|(?:" + alternation(WORDS["national_body"]) + r")\b"
    r"|(?!(?:" + _MINISTRY_WORDS + r")\b)(?:" + MINISTRY_WORD + r"\b(?:-[A-Z]+\b)?|Kemen[A-Z][\w\-]{1,12}\b)"
    r"(?:[ \t]+[A-Z]{2,6}\b(?=[ \t]*,))?)"
    r"(?:[ \t]*\(" + _BRACKET_WORD + r"\))?(?:[ \t]+(?:RI|Republik[ \t]+Indonesia)\b)?[ \t]*,?[ \t]*(?=[A-Z])")
# an acronym in brackets inside a national title (read on its ``title`` group only), left out of its post
BRACKETED = re.compile(r"[ \t]*" + _TITLE_BRACKET)
# an acting holder's prefix before a post (read here and by nlp/visit_leaders.py)
ACTING = re.compile(r"^(?:Penjabat|Pelaksana\s+Tugas|Pelaksana\s+Harian|Plt\.?|Plh\.?|Pj\.?)\s+")
# an acronym in brackets: "(Waket)", "(DPRD)", "(Menpan RB)"; the words of a title before it
BRACKET_ACRONYM = re.compile(r"[ \t]*\((" + _BRACKET_WORD + r"(?:[ \t][A-Z][A-Za-z]{1,5})?)\)")
TITLE_WORD = re.compile(r"[A-Za-z][\w\-]*\.?|&")
# a character that cannot stand between a written-out title's words and its bracketed acronym
TITLE_STOP = re.compile(r"[^\w\s,&]|\n")
# an office acronym, with a suffix ("Diskominfo-SP")
OFFICE_ACRONYM = re.compile(r"[ \t]+((?:[A-Z]{2,7}|(?:Bap|Pus|Dis|Din|Bad|Bal|Kan)[a-z]{4,12})(?:-[A-Z]{1,4})?"
                            r"(?:(?:[ \t]+[A-Z]{2,6})+(?=[ \t]*,))?)(?=[ \t]*,|[ \t]+[A-Z]|\.(?:\s|$))")
# a council's deputy chair written without "Ketua" ("Wakil DPRD X, Budi"); in lower case, someone the council sent
COUNCIL_DEPUTY = re.compile("wakil (?:" + "|".join(re.escape(c.lower()) for c in (*LOCAL_COUNCILS, *COUNCIL_NAMES))
                            + ")")
# "Ka" glued to a dinas's acronym the lexicon lacks ("Kadisparpora", "Kadiskanlut"): the head of that dinas; the
# known ones ("Kadisdik", "Kadispora" when its unit is listed) are the lexicon's own rows and win
GLUED_DINAS_HEAD = re.compile(r"\bKadis[a-z]{3,14}\b")
GLUED_DINAS_KEY = "kadis-"  # the positions' key of such a head: never a word of a text, so never in the automaton
GLUED_DINAS_ROW = ("Kepala Dinas", "region", "title")  # its row of the positions (``OfficialFinder`` registers it)
# a short glued word may be a personal name ("Kadisman", "Kadisun"): then a comma or a region must follow (its level
# word, or its name: ``TitleReader._glued_dinas_at``); a longer one is an acronym of fields ("Kadisparbudpora Budi")
GLUED_DINAS_NAME_LIKE = len("Kadis") + 4  # letters at most
# a dinas's acronym the lexicon lacks, standing alone after a post ("Sekretaris Disxyz X, Budi"): one capital "D",
# then lower case only (a region or a comma after it, as after ``GLUED_DINAS_HEAD``)
DINAS_ACRONYM = re.compile(r"[ \t]+(Dis[a-z]{3,14})\b")
GLUED_DINAS_COMMA = re.compile(r"[ \t]*,")
# an aside in brackets closed by a comma: "Kepala Balai X (BPJN) Sulawesi, Budi" -> the office ends there
BRACKET_THEN_COMMA = re.compile(r"[ \t]*\([^()\n]{1,30}\)[ \t]*,")


@dataclass(frozen=True, slots=True)
class PositionMention:
    start: int
    end: int
    canonical: str  # "Kepala Dinas Kesehatan"
    level: str  # kabupaten | kota | provinsi | region | national | district | village
    region: str | None  # region code written right after the position
    after: int  # where the text goes on after position and region (the name usually starts here)


def words_before_bracket(text: str, bracket: int, reach: int = 160) -> list[re.Match]:
    """The title words (:data:`TITLE_WORD`) of the ``reach`` characters before ``bracket`` that only words, spaces,
    commas and "&" follow up to it (no line break, no other mark: :data:`TITLE_STOP`): those ending after the last
    such mark. One scan of the stretch instead of a search after every word (round 34, speed; the test compares
    the two)."""
    lo = max(0, bracket - reach)
    last_stop = max((b.start() for b in TITLE_STOP.finditer(text, lo, bracket)), default=-1)
    return [w for w in TITLE_WORD.finditer(text, lo, bracket) if w.end() > last_stop]


class TitleReader:
    """Reading positions; mixed into ``OfficialFinder``."""

    def has_office_word(self, text: str) -> bool:
        """A word of a position or a unit in ``text``: "Pelayanan Terpadu Satu Pintu", "Budi Humas" name no person."""
        return any(w.lower() in self.position_words or w.lower() in UNIT_WORDS for w in text.split())

    def _rank_at(self, text: str, word: re.Match) -> bool:
        """The office word ``word`` (group 1) opens a holder's rank: an honorific ("Marsda") or a rank written in
        words before its grade or "TNI" ("Laksamana Muda")."""
        return word.group(1).lower().replace(".", "") in self.honorifics or bool(FORCE_RANK.match(text, word.start(1)))

    def _position_hits(self, text: str) -> list[tuple[int, int, str]]:
        low = lower_same_length(text)
        n = len(text)
        hits = []
        for end_idx, (form, key) in self.automaton.iter(low):
            start, end = end_idx - len(form) + 1, end_idx + 1
            if start > 0 and is_word_char(text[start - 1]):
                continue
            if end < n and is_word_char(text[end]):
                # possessive "walikotanya" (its mayor) is still the title
                if not (low[end:end + 3] == "nya" and (end + 3 >= n or not is_word_char(text[end + 3]))):
                    continue
                end += 3
            hits.append((start, end, key))
        hits += [(m.start(), m.end(), GLUED_DINAS_KEY) for m in GLUED_DINAS_HEAD.finditer(text)
                 if _key(m.group()) not in self.positions
                 and (len(m.group()) > GLUED_DINAS_NAME_LIKE or self._glued_dinas_at(text, m.end()))]
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out, last = [], -1
        for h in hits:
            if h[0] >= last:
                out.append(h)
                last = h[1]
        return out

    def _glued_dinas_at(self, text: str, end: int) -> bool:
        """A short head glued to a dinas's acronym ending at ``end`` is followed by a comma or a region ("Kadistan
        Kabupaten X", "Kadistan X Budi", "Kadistan, Budi"); "Kadisman Hartono" is a person's name."""
        if GLUED_DINAS_COMMA.match(text, end):
            return True
        m = PLACE_WORDS.match(text, end)
        if not m or text[end:end + 1] not in " \t":
            return False
        return m.group("words").split()[0].rstrip(".") in REGION_LEADS_CASED or bool(self.region_name_at(text, end))

    def position_at(self, text: str, start: int, end: int, key: str,
                    region_starts: frozenset[int] = frozenset()) -> tuple[int, int, str, str] | None:
        """Extend a position hit with its prefixes and unit: (start, end, canonical, level), or None for a
        bare head without unit ("Kepala", "Ketua")."""
        canonical, level, kind = self.positions[key]
        if COUNCIL_DEPUTY.fullmatch(key) and not text[start].isupper():
            return None  # "wakil DPRD X, Budi, wakil Polres": someone the council sent, no deputy chair
        if canonical.split()[0] in FUNCTIONAL_FIRST and not text[start].isupper():
            return None  # "pengelola inovasi daerah" is a common noun; the post is written capitalised
        if kind == "head":
            abbrev = HEAD_ABBREV.match(text, end)  # "Kepala Bagian (Kabag) Umum"
            if not abbrev and " " not in key and key != canonical.lower() and text[end:end + 2] == ". ":
                end += 1  # "Kasubag. Kajian Hukum": an abbreviated head written with a full stop
            apposed = bool(APPOSED.search(text, max(0, start - 40), start))  # "Budi, Kasubbag X, ..."
            unit_at = abbrev.end() if abbrev else end
            unit = self._unit_after(text, unit_at, canonical, region_starts, apposed)
            if unit is None and canonical.split()[-1] in UNIT_TYPES and len(canonical.split()) >= 2 \
                    and COMMA_THEN_NAME.match(text, end):
                unit = ("", end)  # "Sekretaris Dinas, Budi": the office is the one the text is about
            if unit is None:
                return None
            unit_canon, end = unit
            company = self._company_name(text, end, region_starts) if unit_canon else None
            if company:  # "Direktur PDAM Tirta Lestari Madiun, Budi": the company's own name stays in the unit,
                unit_canon, end = " ".join(text[unit_at:company].split()), company  # the unit as written
            if unit_canon and any(w.lower() in COMPANY_HEADS for w in text[unit_at:end].split()):
                end = self._bare_region_end(text, end, region_starts) or end  # "Direktur PT X Madiun Budi"
            if EVENT_OPENING.search(unit_canon):
                return None  # "Sekretaris Panitia Festival X": an event's, no office
            inner = self._unit_after(text, end, "Kepala", region_starts) \
                if unit_canon.startswith("Unit Pelaksana Teknis") else None
            if inner and inner[0] in self.unit_level:  # "Kepala UPTD Puskesmas X, Budi": the unit's own office
                short = "UPTD" if unit_canon.endswith("Daerah") else "UPT"
                unit_canon, end = f"{short} {inner[0]}", inner[1]
                level = self.unit_level[inner[0]]
            canonical = compose_title(canonical, unit_canon) if unit_canon else canonical
            if self.unit_level.get(unit_canon) in LOCAL:  # "Kepala Puskesmas Kepanjen, Rina Aprilia Dewanti"
                level = self.unit_level[unit_canon]
        if canonical.split()[0] in FUNCTIONAL_FIRST:  # "Pranata Komputer Ahli Muda Budi"
            grade = FUNCTIONAL_GRADE.match(text, end)
            if grade:
                canonical, end = f"{canonical} {grade.group(1).title()}", grade.end(1)
        start, canonical = self._modifier(lower_same_length(text), start, canonical)
        return start, end, canonical, level

    def _unit_after(self, text: str, pos: int, head: str, region_starts: frozenset[int] = frozenset(),
                    apposed: bool = False) -> tuple[str, int] | None:
        """The unit named after a head: a lexicon unit ("Dinas Kesehatan", "Bappeda", "TP PKK"; "Kadis
        Pariwisata" reads as "Dinas Pariwisata"), else lower-case unit words ("dinas koperasi, perindustrian")."""
        words = []
        for m in UNIT_TOKEN.finditer(text, pos):
            gap = text[(words[-1][2] if words else pos):m.start()]
            if gap.strip() or "\n" in gap:
                break
            words.append((m.group(), m.start(), m.end()))
            if len(words) >= self.max_unit_words + 2:
                break
        implied = head.split()[-1].lower() if head.split()[-1] in UNIT_TYPES else ""
        while words and words[0][0].lower() in UNIT_SKIP:
            words.pop(0)
        free, free_end = self._unit(text, pos)
        for n in range(len(words), 0, -1):
            if words[n - 1][0] == ",":
                continue
            key = _key(" ".join(w for w, _, _ in words[:n] if w != ","))
            typed = key.split(" ", 1)[1] if n > 1 and words[0][0] in UNIT_TYPES else ""  # "Badan Kominfo"
            for candidate in ((f"{implied} {key}", key) if implied else (key, typed) if typed else (key,)):
                if candidate in self.units:
                    if implied and free_end > words[n - 1][2]:
                        # "kepala dinas pertanian, perikanan, dan ketahanan pangan": the list goes on
                        return f"{head.split()[-1]} {free}", free_end
                    more = AND_FIELD.match(text, words[n - 1][2])
                    if not implied and more and free_end > more.end() and self._own_field(text, more.end()):
                        return free, free_end  # "Kepala DPMD dan Kependudukan Kabupaten X": one office
                    return self.units[candidate], words[n - 1][2]
        if head in FUNCTIONAL_HEADS:  # "Analis Keuangan Ani": the field is written in unit words
            return (free, free_end) if free else None
        minister = MINISTER_RUN.match(text, pos) if head in ("Menteri", "Wakil Menteri") else None
        if minister and ("," not in minister.group("words") or MINISTRY_LIST_END.search(minister.group("words"))):
            # "Menteri Pembangunan Daerah Tertinggal dan Transmigrasi RI Budi": the ministry up to "RI"; a comma
            # only in a list of fields closed by "dan" ("Menteri X, Budi, Ketua Komisi II DPR RI" is no ministry)
            return minister.group("words"), minister.end()
        written = WRITTEN_ACRONYM.match(text, pos) if implied or head == "Kepala" else None
        if written and any(written.start("words") <= r < written.end("words") for r in region_starts):
            written = None  # "Kepala Badan X Kabupaten Y (BKD)": the acronym after the region restates the office
        if written:  # "Kepala Badan Pemberdyaan Masyarakat Desa (BPMD) X Budi": the office by its acronym
            acronym = self.units.get(_key(written.group("acr")))
            if acronym and (not implied or acronym.split()[0] == head.split()[-1]):
                return acronym, written.end()
            ministry = MINISTRY_AFTER.match(text, written.end())
            if implied and ministry:  # "Kepala Badan Strategi Kebijakan Dalam Negeri (BSKDN) Kemendagri, Budi"
                return f"{head.split()[-1]} {written.group('words')} {ministry.group(1)}", ministry.end()
        if head.removeprefix("Wakil ").split()[0] in ("Kepala", "Asisten", "Menteri", "Direktur", "Inspektur"):
            unit, end = free, free_end
            if unit and (implied or head != "Kepala"):
                return (f"{head.split()[-1]} {unit}" if implied else unit), end
            if unit and head == "Kepala" and unit.split()[0] in UNIT_TYPES:
                return unit, end
            if head == "Kepala":  # "Kepala PMD Ani", "Kepala Bapelitbang X, Budi": an office acronym the lexicon lacks
                m = OFFICE_ACRONYM.match(text, pos)
                if m and m.group(1).lower() not in REGION_LEADS and m.group(1).lower() not in self.region_acronyms:
                    return m.group(1), m.end(1)
                office = self._office_run(text, pos, region_starts) \
                    or self._office_run(text, pos, region_starts, any_start=True, stop_at_region=False)
                if office:
                    return office
        if implied and free and head.removeprefix("Wakil ").startswith("Sekretaris "):
            return f"{head.split()[-1]} {free}", free_end  # "Sekretaris Dinas PUPRKP Kabupaten X, Budi"
        if head == "Sekretaris" and free and free.split()[0] in UNIT_TYPES and len(free.split()) >= 2:
            return free, free_end  # "Sekretaris Badan Perencanaan Kota X, Budi"
        if head == "Sekretaris":  # "Sekretaris BNPP, Budi": the acronym of an office the lexicon lacks
            m = OFFICE_ACRONYM.match(text, pos)
            if m and m.group(1).isupper() and m.group(1).lower() not in REGION_LEADS | PARTY_BODIES \
                    and m.group(1).lower() not in self.region_acronyms and text[m.end(1):m.end(1) + 1] == ",":
                return m.group(1), m.end(1)
            dinas = DINAS_ACRONYM.match(text, pos)
            if dinas and self._glued_dinas_at(text, dinas.end(1)):
                return dinas.group(1), dinas.end(1)  # "Sekretaris Disxyz X Budi": a dinas's acronym the lexicon lacks
        if head in OPEN_HEADS:  # "Deputi Bidang Pelayanan Publik Kementerian X, Budi": as written
            return self._office_run(text, pos, region_starts, any_start=True,
                                    stop_at_region=head in REGIONAL_OPEN_HEADS, region_names=head in BRANCH_OPEN_HEADS)
        if implied:  # "Kepala Bidang Pemasaran Dinas Pariwisata Kabupaten Sleman, Wulan Sari": as written
            m = WRITTEN_UNIT.match(text, pos)
            inner = m.group("unit").split()[1:] if m else []
            if m and (any(w in UNIT_TYPES or _key(w) in self.units for w in inner)
                      or (implied == "kantor" and m.group("unit").split()[0] in KANTOR_OF)):
                # "Kepala Kantor Kementerian Agama Kabupaten X Budi": a ministry's office in the region
                cut = self._unit_before_name(text, m, region_starts)  # "Kabid X Disbudpar Budi,": the holder after it
                unit = text[m.start("unit"):cut] if cut else m.group("unit")
                return f"{head.split()[-1]} {unit}", cut or m.end("unit")
            field_ = TITLE_FIELD.match(text, pos) if apposed else None
            if field_:  # "Budi, Kasubbag Alat Kelengkapan Dewan, mengatakan": the holder before, a comma after
                cut = self._holder_tail(text, field_.start(1), field_.end(1))
                return f"{head.split()[-1]} {text[field_.start(1):cut or field_.end(1)]}", cut or field_.end(1)
            written = self._unit_before_region(text, pos, region_starts)
            if written:  # "Kadis Perindag Kota X, Budi": a unit the lexicon lacks, as written up to its region
                return f"{head.split()[-1]} {written[0]}", written[1]
            field_ = SUB_FIELD_TO_COMMA.match(text, pos) if head.split()[-1] in SUB_UNITS else None
            if field_ and self._field_to_comma(text, field_, region_starts, derived_nouns=True):
                # "Kasi Analisis Harga, Budi, mengaku puas": a sub-unit's field the lexicon lacks, up to the comma
                return f"{head.split()[-1]} {field_.group(1)}", field_.end(1)
        return None

    def _company_name(self, text: str, end: int, region_starts: frozenset[int]) -> int:
        """The end of a company's or body's own proper name written after a unit that ends in a company's head
        (official_words.csv kind ``company_head``: "PT", "PDAM", "Perumda"; a head right after the unit is taken
        with it: "Direktur Teknik Perumda ..."), so that the name reader takes the person after it, not the
        company: up to a region's name inside the run ("PDAM Tirta Lestari Madiun Budi" -> after "Lestari"; the
        region stays the post's), up to a comma closing the run with a name, not a post, after it ("PT Kencana
        Raya, Budi"), or a ``company_name_word`` and one word ("PDAM Tirta Lestari Banyu Prasojo"); 0 when the run
        opens with a region or an honorific, or none of these ends it."""
        last = re.search(r"([\w\-]+)\W*$", text[:end])
        ahead = CAPITAL_WORD_AFTER.match(text, end)
        if ahead and ahead.group(1).lower() in COMPANY_HEADS:
            end = ahead.end()  # "Direktur Teknik Perumda Air Minum Tirta X Kota Y Budi": the field, then the company
        elif not last or last.group(1).lower() not in COMPANY_HEADS:
            return 0
        m = COMPANY_RUN.match(text, end)
        if not m:
            return 0
        words = list(re.finditer(r"\S+", m.group(1)))
        starts = [m.start(1) + w.start() for w in words]
        first = words[0].group().rstrip(".")
        if starts[0] in region_starts or self.region_name_at(text, end) or self._is_honorific(first) \
                or first.lower() in COMPANY_HEADS:
            return 0  # "PDAM Kota Bogor Budi", "PT H. Budi": no company's name here
        at = next((k for k in range(1, len(words)) if starts[k] in region_starts
                   or self.region_name_at(text, m.start(1) + words[k - 1].end())), 0)
        if at:
            return m.start(1) + words[at - 1].end()
        after = NEXT_ITEM.match(text, m.end(1)) if text[m.end(1):m.end(1) + 1] == "," else None
        if after and after.group(1) and after.group(1).lower().rstrip(".") not in self.title_starts \
                and self._clean_name_at(text, m.end(1) + 1) and len(words) <= 4:
            return m.end(1)  # "PT Kencana Raya, Budi"; not "Dirut PDAM Budi, Sekretaris Dinas X Ani": a roll
        if first.lower() in COMPANY_NAME_WORDS and len(words) >= 3:
            return m.start(1) + words[1].end()
        return 0

    def _bare_region_end(self, text: str, end: int, region_starts: frozenset[int]) -> int:
        """The end of a region's name written bare right after a company's name (``end``), one the region finder left
        unread there, when a clean name, not another place, follows it: "Direktur PT PLN Madiun Budi" -> after
        "Madiun", so the region ends the unit and is no part of the holder's name (round 43's review); 0 otherwise."""
        place = PLACE_WORDS.match(text, end)
        if not place or place.start("words") in region_starts:
            return 0
        bare = self.region_name_at(text, end)
        after = PLACE_WORDS.match(text, bare) if bare else None
        if after and after.start("words") not in region_starts and not self.region_name_at(text, bare) \
                and self._clean_name_at(text, bare):
            return bare
        return 0

    def _holder_tail(self, text: str, start: int, end: int) -> int:
        """The end of a field written up to a comma (``start``..``end``) without the holder's name that closes it: two
        or more name-like words after at least one other word, as in a roll of posts and names ("Asisten II Budi,
        Kadis Infokom Banyu Prasojo, serta ...": "Infokom", then the holder), the comma after it or after his degrees
        followed by no name (not "Kepala Pusat Kajian Publik, Budi"); a region's name (of one or two words) and an
        acronym end no name, an honorific is the name's and opens it ("Kasi Bimbingan Umat H Budi"), and of three or
        more such words the first is the unit's place when the text writes it as a place elsewhere (``_is_place``:
        "Desa Sukamaju"; not a first name written alone: "kata Banyu"); 0 when the run holds no name."""
        if not NEXT_ITEM.match(text, end):
            return 0
        item = NEXT_ITEM.match(text, self._skip_degrees(text, end))
        if item and item.group(1) and self._name_like(item.group(1)) and not self._is_honorific(item.group(1)) \
                and self._clean_name_at(text, item.start(1)):
            return 0  # "Kepala Pusat Kajian Publik, Budi", "Kepala Pusat X Budi, S.Sos, Ani, ...": a name after
        words = list(re.finditer(r"\S+", text[start:end]))
        tail = 0
        while tail < len(words) - 1 and (self._is_honorific(word := words[-1 - tail].group()) or (
                self._name_like(word) and not word.isupper() and not self.is_region_name(word)
                and not self.is_region_name(f"{words[-2 - tail].group()} {word}"))):
            tail += 1  # "... HAM Lemhannas RI", "Bandara X Palu", "Ombudsman Papua Barat Budi": no name's words;
            # an honorific is the name's ("Kasi X H Budi")
        opening = next((k for k in range(tail, 2, -1) if self._is_honorific(words[-k].group())
                        and not self._is_honorific(words[-k + 1].group())), 0)
        if opening:  # "Kasi Bimbingan Umat H Budi Prasojo": the name opens at its honorific
            tail = opening
        elif tail >= 3 and self._is_place(text, words[-tail].group()):
            tail -= 1  # "Direktur BUMDes Sukamaju Budi Prasojo" where "Desa Sukamaju" is written: the unit's place
        return start + words[-1 - tail].end() if tail >= 2 else 0

    def _unit_before_name(self, text: str, m: re.Match, region_starts: Iterable[int]) -> int:
        """The end of a unit's acronym the lexicon knows inside a unit written out (``WRITTEN_UNIT``) when a holder's
        name runs from it to the unit's end: "Kepala Bidang Tradisi Disbudpar Banyu Prasojo," -> after "Disbudpar"
        (not a unit's type, "Kementerian"; not before a region); 0 when there is none."""
        for word in list(UNIT_WORD.finditer(text, m.start("unit"), m.end("unit")))[1:-1]:
            if word.group() in UNIT_TYPES or _key(word.group()) not in self.units or word.end() + 1 in region_starts:
                continue
            name = self._clean_name_at(text, word.end())
            if name and name[1] >= m.end("unit") and not any(name[0] <= r < name[1] for r in region_starts):
                return word.end()
        return 0

    def _unit_then_holder(self, text: str, end: int, canonical: str, region_at: dict[int, RegionMention]) -> int:
        """The end of a sub-unit's post read up to its field when its unit's acronym the lexicon knows follows with no
        region, then the holder, a comma between or not: "Kabid Humas Diskominfo Banyu Prasojo", "Kabag Humas Setda,
        Ani" -> after the acronym (the post stays "Kepala Bidang Humas", as "Kabid Humas Diskominfo Kebumen Budi"
        reads it); a region read as the office's own (``RegionMention.org``: "Kabid Humas Diskominfo Sukamaju Budi")
        is passed over too. 0 when there is none."""
        if not SUB_UNIT_HEAD.match(canonical) or canonical.split()[-1] in UNIT_TYPES:
            return 0  # "Kepala Seksi Pembinaan Dinas X": the typed unit is read otherwise
        m = CAPITAL_WORD_AFTER.match(text, end)
        if not m or m.group(1) in UNIT_TYPES or _key(m.group(1)) not in self.units or m.start(1) in region_at:
            return 0
        region, after = self._region_after(text, m.end(1), region_at)
        if region is not None:
            return 0  # "Kabid Humas Diskominfo Kebumen Budi": read as before
        place = self.region_name_at(text, after)
        return (place or m.end(1)) if self._clean_name_at(text, place or after) else 0

    def _field_to_comma(self, text: str, m: re.Match, region_starts: Iterable[int], derived_nouns: bool) -> bool:
        """A sub-unit's field of any words read up to a comma (``SUB_FIELD_TO_COMMA``): no region, level word, post's
        head or place noun inside, a holder's name closed after the comma (``_holder_closed``), and its last two
        words not a name of their own ("Kabid Pemasaran Banyu Prasojo, Dewi": two name-like words). With
        ``derived_nouns`` (a field the lexicon knows no word of, ``_unit_after``; not after a field's first unit
        words, ``_field_run``) a noun derived with pe-/ke- ... -an such as "Pengelolaan", "Peningkatan" is no
        name-like word there ("Kasi Pengelolaan Arsip, Budi")."""
        run = m.group(1).split()
        if any(m.start(1) <= r < m.end(1) for r in region_starts) or any(GOV_WORD.fullmatch(w) for w in run) \
                or any(w.lower() in self.title_starts or w.lower() in PLACE_NOUNS for w in run):
            return False
        tail = [w for w in run if w not in JOINERS][-2:]
        if all(self._name_like(w) and not (derived_nouns and derived_noun(w.lower())) for w in tail):
            return False
        name = self._clean_name_at(text, m.end())
        return bool(name) and self._holder_closed(text, name[1])

    def _unit_before_region(self, text: str, pos: int, region_starts: frozenset[int]) -> tuple[str, int] | None:
        """Up to five capitalised words after a typed head, ending right before a region ("Kepala Dinas Ketahanan
        Pangan Kabupaten X", "Kabid Sarpras Dispora Kota X"), none of them a common word or a verb unless a unit
        word: a unit the lexicon lacks, as written (not "Kepala Dinas Sambut Rombongan Kota X"). Not
        ``_office_run``: any capitalised word starts this one, and it must end at a region, not a comma or bracket."""
        end = pos
        for k, m in enumerate(UNIT_RUN_WORD.finditer(text, pos)):
            if m.start() != end or k >= 7 or (m.group(1) in JOINERS and not k):
                break
            end = m.end()
            if m.group(1) not in JOINERS and end + 1 in region_starts and text[end:end + 1] == " ":
                if AFTER_REGION_COLON.match(text, end):
                    return None  # "Kadis X Kota Y: ...", "Kasi X Kota Y (Kantor Z) Budi": a statement, an aside
                words = [w for w in text[pos:end].split() if w not in JOINERS]
                if len(words) > 5 or any(self._no_unit_word(w) for w in words):
                    return None
                return " ".join(text[pos:end].split()), end
        return None

    def _no_unit_word(self, word: str, honorifics: bool = False) -> bool:
        """A word no unit written out holds: a common word (``not_names``) or a verb ("Sambut"), unless a unit's
        word; with ``honorifics`` also an honorific (a person inside the run) unless a unit's name."""
        key = word.lower()
        if key in UNIT_WORDS or (honorifics and _key(word) in self.units):
            return False
        return key in self.not_names or verb_like(key, self.verbs) or (honorifics and self._is_honorific(word))

    def region_name_at(self, text: str, pos: int) -> int:
        """The end of a region's name (or "Provinsi"/"Kota" ... and a name) written at ``pos`` after blanks, the
        longest of up to three capitalised words; 0 when there is none."""
        m = PLACE_WORDS.match(text, pos)
        if not m:
            return 0
        words = list(re.finditer(r"\S+", m.group("words")))
        if words[0].group().rstrip(".") in REGION_LEADS_CASED and len(words) > 1:
            words = words[1:]
        k = next((k for k in range(len(words), 0, -1)
                  if self.is_region_name(" ".join(w.group() for w in words[:k]))), 0)
        return m.start("words") + words[k - 1].end() if k else 0

    def _office_run(self, text: str, pos: int, region_starts: frozenset[int],
                    any_start: bool = False, stop_at_region: bool = True,
                    region_names: bool = False) -> tuple[str, int] | None:
        """An office the lexicon lacks, written out after "Kepala": "Balai Pelaksana Jalan Nasional (BPJN) X,",
        "Pusat Kajian Kebijakan Publik, Budi". It ends before a bracket, a comma or a region; ending in any
        other way it may hold the holder's name, and is not read. With ``any_start`` (open heads: "Deputi",
        "Komandan" ...) any capitalised word starts it; unless ``stop_at_region``, only a bracket or a comma ends
        it, a region inside being part of the office ("Komandan Kodim 0801 Ngawi, Budi"). With ``region_names`` a
        region's name ends it too where the region finder read none ("Kepala Kanwil Kemenag Jambi Budi")."""
        m = (OPEN_OFFICE_START if any_start else OFFICE_START).match(text, pos)
        if not m or EVENT_OPENING.match(m.group(1)):
            return None  # "Koordinator Festival Musik X, Budi": an event's, no office
        end, words = m.end(), 1
        while True:
            w = OFFICE_WORD.match(text, end)
            if not w or (stop_at_region and (w.start(1) in region_starts
                                             or w.group(1).split()[-1] in REGION_LEADS_CASED)):
                break
            if region_names and w.group().lstrip()[:1] != "," and self.region_name_at(text, w.start(1)):
                break
            if len(w.group(1).split()) > 1 and w.group(1).split()[-1].lower() in self.position_starts:
                break  # "Komandan Kodim X dan Kepala ...": the next position
            if any_start and self._rank_at(text, w):
                break  # "Komandan Paspampres Marsda TNI Budi": a rank starts the holder's name
            words += 1
            if w.group().lstrip()[:1] == "," and (any_start or (not w.group(1).startswith("dan")
                                                                and not OFFICE_LIST_END.match(text, end))):
                break  # a comma goes on only in a list of fields closed by "dan": "SDM, Digitalisasi, dan Inovasi"
            end = w.end()
        rest = text[end:end + 2]
        if rest.strip()[:1] == ",":  # "Direktur Operasi Banyu Prasojo, serta ...": the holder closes the run (the
            # run is still read as closed by that comma: ``rest`` stays)
            end = self._holder_tail(text, m.start(1), end) or end
        if any_start and not stop_at_region:
            ranked = OFFICE_WORD.match(text, end)  # a rank follows: "Komandan Paspampres Marsda TNI Budi"
            closed = rest.strip()[:1] == "," and not OFFICE_LIST_END.match(text, end) \
                or bool(BRACKET_THEN_COMMA.match(text, end)) \
                or bool(ranked and self._rank_at(text, ranked))
            return (text[m.start(1):end], end) if closed and words <= 7 else None
        if not (rest[:1] in (",", "(") or rest.strip()[:1] in (",", "(") or end + 1 in region_starts
                or (end < len(text) and text[end] in " \t" and _starts_region(text, end, region_starts))
                or (region_names and text[end:end + 1] in " \t" and self.region_name_at(text, end))):
            return None
        return text[m.start(1):end], end

    def _unit_word(self, word: str) -> bool:
        """A word that names a unit: its type ("Dinas"), a unit or field word ("Dinkes", "Pendapatan") or an
        acronym ("(DPP)", "P2KB")."""
        bare = word.strip("()")
        return bare in UNIT_TYPES or _key(bare) in self.units or bare.lower() in UNIT_WORDS \
            or (2 <= len(bare) <= 8 and bare.isupper())

    def _own_field(self, text: str, pos: int) -> bool:
        """The words after "dan" widen the office's field rather than name a second office."""
        m = UNIT_WORD.match(text, pos)
        return bool(m) and m.group() not in UNIT_TYPES and _key(m.group()) not in self.units

    def position_mentions(self, text: str, regions: list[RegionMention],
                          region_at: dict[int, RegionMention] | None = None) -> list[PositionMention]:
        """Every position written in ``text`` with the region written right after it (if any); ``region_at`` is
        ``_region_index(regions)`` when the caller has it already."""
        region_at = _region_index(regions) if region_at is None else region_at
        region_starts = frozenset(region_at)
        out = []
        for start, end, key in self._position_hits(text):
            position = self.position_at(text, start, end, key, region_starts)
            if position is None:
                shared = self._shared_body(text, start, end, key, out) or self._council_chair(text, start, end, key,
                                                                                             region_at)
                if shared:  # "Ketua DPRK X Budi, Wakil Ketua Ani": the council named before
                    out.append(shared)
                continue
            start, end, canonical, level = position
            if canonical.split()[-1] in UNIT_TYPES and COMMA_THEN_NAME.match(text, end):
                canonical = self._office_before(text, start, canonical, out)  # "sekretaris Dinas, Budi"
            field_ = FIELD_AFTER.match(text, end)
            listed = FIELD_WORD.match(text, end)
            if listed and canonical.startswith(ADVISERS):  # "Bidang Ekonomi, Keuangan dan ..."
                unit, unit_end = self._unit(text, listed.end())
                written = "bidang" in text[end:listed.end()].lower()  # "Staf Ahli Ekonomi dan Pembangunan Budi"
                if unit and (written or canonical.startswith(STAFF)) and (
                        "," in text[listed.end():unit_end] or not field_ or (
                        field_.end(1) > unit_end and not self._name(text, field_.end(1)))):
                    # "Staf Ahli Bupati Bidang Administrasi Umum Ani": the field's words end before the name
                    canonical, end, field_ = f"{canonical} Bidang {unit}", unit_end, None
            if field_ and canonical.startswith(ADVISERS):
                # "Asisten I bidang Hukum Provinsi X, Budi": the field in title case, "bidang" written in lower case
                canonical, end = f"{canonical} B{field_.group(1)[1:]}", field_.end(1)
            topic = COMMITTEE_TOPIC.match(text, end)
            if topic and " " in topic.group(1) and not self._holder_after_council(text, topic.end(), region_at):
                topic = None  # "Ketua Pansus Banyu Prasojo DPRD X hadir": a name, no committee's title
            bill = COMMITTEE_BILL.match(text, end) if topic is None and canonical.endswith(TOPIC_POSTS) else None
            if bill:  # "Ketua Pansus Raperda Pasar Rakyat, Budi": the bill's words (no short topic), then the holder
                end = bill.end()
            if topic and topic.group(1).lower() not in REGION_LEADS and topic.group(1).lower() not in \
                    self.region_acronyms and canonical.endswith(TOPIC_POSTS):
                # "Ketua Pansus RPJMD DPRD X, Budi", "Ketua Pansus RPJMD Sulawesi Tengah Budi"
                canonical, end = f"{canonical.removesuffix(' DPRD')} {topic.group(1)} DPRD", topic.end()
            commission = re.search(r"Komisi [A-Z]+$", canonical.removesuffix(" DPRD"))
            detail = COMMISSION_FIELD.match(text, end) if commission else None
            if detail and not any(detail.start() < r < detail.end() for r in region_at):
                end = detail.end()  # the commission's field: not part of the post
            joined = COMMISSION_MORE.match(text, end) if commission else None
            if joined:  # "Anggota Komisi I dan IV DPRD X": one post in several commissions
                others = re.sub(r"\s*,\s*", ", ", " ".join(text[end:joined.end()].split())).removesuffix(" DPRD")
                at = re.search(r"Komisi [A-Z]+", canonical).end()
                canonical = canonical[:at] + ("" if others[:1] == "," else " ") + others + canonical[at:]
                if not canonical.endswith("DPRD") and joined.group("house"):
                    canonical += " DPRD"
                end = joined.end()
            party = FACTION_NAME.match(text, end) if canonical.endswith("Fraksi") else None
            short = FACTION_SHORT.match(text, end) if canonical.endswith("Fraksi") else None
            if short and not (party and party.group("dprd")) and short.end() + 1 not in region_at:
                # "Ketua Fraksi Partai Golkar Budi": the known party ends the faction, the holder follows
                canonical, end, party = f"{canonical} {short.group(1)}", short.end(), None
            if party and not any(party.start(1) <= r < party.end(1) for r in region_at):
                # "Ketua Fraksi Golkar DPRD X, Budi", "Ketua Fraksi PDI Perjuangan, Ani": the party is no name
                dprd = party.group("dprd")
                canonical = f"{canonical} {party.group(1)}" + (" DPRD" if dprd else "")
                end = party.end("dprd") if dprd else party.end(1)
            more = AND_FIELD.match(text, end)
            if more and canonical.startswith(("Asisten", "Kepala Biro", "Kepala Bagian")):
                # "Asisten Perekonomian dan Sosial Budi", "Kepala Biro Hukum dan Organisasi": the field goes on
                unit, unit_end = self._unit(text, more.end())
                if unit:
                    canonical, end = f"{canonical} dan {unit}", unit_end
            field_ = SUB_FIELD_TO_COMMA.match(text, end) if SUB_UNIT_HEAD.match(canonical) else None
            if field_ and self._field_run(text, field_, SUB_UNIT_HEAD.sub("", canonical).split(), region_at):
                # "Kepala Bidang Sarana dan Prasarana Kesehatan, Budi": the field as written up to the comma
                canonical, end = f"{canonical} {field_.group(1)}", field_.end(1)
            office = self._office_after_comma(text, end, canonical, region_at)
            if office:  # "Kepala Bidang Informasi Publik, Diskominfo Kota X, Budi": the office after a comma
                canonical, end = office
            else:  # "Kabid Humas Diskominfo Budi": the unit's acronym, no comma, then the holder
                end = self._unit_then_holder(text, end, canonical, region_at) or end
            paren = _skip_paren(text, end)
            inner = text[end:paren].strip(" \t()")
            if "," in inner or (len(inner.split()) >= 2 and text.find(inner, end) not in region_at
                                and all(w[:1].isupper() and not w.isupper() and not self._office_word(w)
                                        for w in inner.split())):
                paren = end  # "anggota Komisi B (Ani, Budi, Cici)", "Wakil Presiden (Bagas Wirotomo)": the holders
            region, after = self._region_after(text, paren, region_at)
            if region is None:  # "Kasubag Organisasi di Bagian Organisasi Setda X Budi": the office, then its region
                region, after = self._region_after_office(text, paren, region_at, (region, after))
            commission = COMMISSION_AFTER.match(text, after) if COUNCIL_MEMBER.match(canonical) else None
            if commission:  # "Anggota DPR RI Komisi II, Budi": the commission after the council
                head = COUNCIL_MEMBER.match(canonical).group("head")
                body = "DPR RI" if canonical.endswith(("DPR RI", "DPR")) else canonical.split()[-1]
                canonical = f"{head} Komisi {commission.group(1)} {body}"
                after = commission.end()
            late = LATE_FIELD.match(text, after) if canonical.startswith(ADVISERS) \
                and "Bidang" not in canonical else None
            if late:  # "Staf Ahli Bupati X Bidang Hukum, Budi": the field after the region
                canonical, after = f"{canonical} {late.group(1)}", late.end(1)
            elif canonical.startswith(ADVISERS) and "Bidang" not in canonical \
                    and (field_word := LATE_FIELD_WORD.match(text, after)):
                # "staf ahli bupati X bidang Kemasyarakatan dan SDM, Budi", "... bidang pembangunan, ekonomi dan
                # keuangan Budi": the field in unit words, in lower case or not
                unit, unit_end = self._unit(text, field_word.end())
                numeral = TRAILING_NUMERAL.search(text, field_word.end(), unit_end)
                if numeral:  # "bidang Kemasyarakatan dan SDM, I Ketut Arkaniwa": a Balinese name, no numeral
                    unit_end = numeral.start()
                    unit = _title_unit(text[field_word.end():unit_end])
                if unit:
                    canonical, after = f"{canonical} Bidang {unit}", unit_end
            local = LOCAL_WORD.match(text, after)  # "kepala dinas pariwisata setempat, Budi": region inferred
            if local and region is None:
                after = local.end()
            tenure = TENURE.match(text, after) if region is not None else None
            if tenure:  # "Bupati X periode 2016-2021 Budi": the term, then the holder (a post of a named region only:
                # "Orientasi Anggota DPRD Periode 2029-2034 Lancar" in a headline is no holder)
                after = tenure.end()
            out.append(PositionMention(start, end, canonical, level, region, after))
        return out

    def _holder_after_council(self, text: str, end: int, region_at: dict[int, RegionMention]) -> bool:
        """A name, not degrees only, follows ``end`` (after "DPRD") and the council's region if one is written."""
        region = region_at.get(end + 1) if text[end:end + 1] == " " else None
        return bool(self._clean_name_at(text, region.end if region else end))

    def _field_run(self, text: str, m: re.Match, read: list[str], region_at: dict[int, RegionMention]) -> bool:
        """A sub-unit's field (its words ``read`` so far) runs on to a comma (``SUB_FIELD_TO_COMMA``) when half its
        words or more are unit words, its last word one too or a unit's acronym ("Dispora"), no region lies inside
        and a name follows the comma (not "Kabid Pemasaran Banyu Prasojo, Dewi Kartika" nor "Kabid Pelayanan Kesehatan
        Banyu Prasojo, Dewi Kartika": a name ends the run, nor "Kabid Pemasaran Banyu Prasojo, S.Sos"). A field of
        any other words runs on too when the holder's name after the comma is closed (``_holder_closed``), its last
        two words are not both name-like and it holds no post's head nor place noun ("Kepala Bidang Tata Kelola
        Perizinan Daring, Budi, hadir"; not "Kasubag Keuangan Budi dan Kabid Promosi, Ani")."""
        run = m.group(1).split()
        words = [w for w in read + run if w not in JOINERS]
        if (run[-1].lower() in UNIT_WORDS or UNIT_ACRONYM.match(run[-1])) \
                and 2 * sum(w.lower() in UNIT_WORDS for w in words) >= len(words):
            # "Kabid X Kabupaten Y, Budi": a region unread, no field
            return not any(m.start(1) <= r < m.end(1) for r in region_at) \
                and not any(GOV_WORD.fullmatch(w) for w in run) and bool(self._clean_name_at(text, m.end()))
        # any other field runs to the comma as a field of any words does ("Kasi Pemerintahan Kecamatan X, Budi": a
        # place's name ends the run, no field)
        return self._field_to_comma(text, m, region_at, derived_nouns=False)

    def _holder_closed(self, text: str, end: int) -> bool:
        """The holder's name ending at ``end`` is closed as an apposition is: a comma, a full stop, "dan", "yang", or
        a verb in lower case ("Budi menyambut ...", ``verb_like``)."""
        if HOLDER_CLOSED.match(text, end):
            return True
        word = NEXT_LOWER.match(text, end)
        return bool(word and verb_like(word.group(1), self.verbs, lower=True))

    def _office_after_comma(self, text: str, end: int, canonical: str,
                            region_at: dict[int, RegionMention]) -> tuple[str, int] | None:
        """The office of a sub-unit's head written after a comma, its region and a comma after it: "Kepala Bidang
        Pemasaran, Dinas Pariwisata Kabupaten X, Budi" -> "Kepala Bidang Pemasaran Dinas Pariwisata" (the field's
        last capitalised words before the comma belong to it: "Kepala Bidang Informasi Publik, Diskominfo X,")."""
        if not SUB_UNIT_HEAD.match(canonical):
            return None
        m = OFFICE_AFTER_COMMA.match(text, end)
        if not m:
            return None
        tail = m.group("tail").split()
        if any(not self._name_like(w) and _key(w) not in FIELD_WORDS | SMALL for w in tail):
            return None
        words = list(UNIT_WORD.finditer(text, m.end(), m.end() + 80))
        for n in range(1, min(len(words), 6) + 1):
            gap = text[words[n - 1].end():words[n].start()] if n < len(words) else "."
            if gap.strip(" \t"):
                return None
            if words[n].start() in region_at or words[n].group() in REGION_LEADS_CASED:
                unit_text = text[m.end():words[n - 1].end()]
                if any(not w[:1].isupper() and w not in SMALL for w in unit_text.split()):
                    return None
                region, after = self._region_after(text, words[n - 1].end(), region_at)
                if region is None or not text[after:after + 1] == ",":
                    return None
                key = _key(unit_text)
                first = unit_text.split()[0]
                unit = self.units.get(key) or (unit_text if first in UNIT_TYPES or _key(first) in self.units
                                                or UNIT_ACRONYM.match(first) else None)
                if unit is None:
                    return None
                field_ = " ".join([canonical] + tail)
                return f"{field_} {unit}", words[n - 1].end()
        return None

    def _office_before(self, text: str, start: int, head: str, before: list[PositionMention]) -> str:
        """A typed head written without its unit ("Sekretaris Dinas, Budi") takes the office of that type named
        before it in its sentence: "mewakili Kepala Dinas Pendidikan X, sekretaris Dinas, Budi" -> Sekretaris
        Dinas Pendidikan; "Rombongan DPUPR X dipimpin Sekretaris Dinas, Budi" -> Sekretaris Dinas Pekerjaan ..."""
        kind = head.split()[-1]
        sentence = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 200)
        for p in reversed(before):
            office = OFFICE_HEAD.match(p.canonical)
            if p.end > sentence and office and office.group(1).split()[0] == kind:
                return compose_title(head, office.group(1))
        for m in reversed(list(UNIT_WORD.finditer(text, max(0, sentence), start))):
            unit = self.units.get(m.group().lower())
            if unit and unit.split()[0] == kind:
                return compose_title(head, unit)
        return head

    def unbracketed(self, text: str, regions: list[RegionMention]) -> tuple[str, list[tuple[int, int]]]:
        """``text`` with the acronym in brackets after a title's written-out words taken out, the title moved right
        over it (same length): "Wakil ketua (Waket) Komisi VIII Budi" -> "...Wakil ketua Komisi VIII Budi"; an
        acronym the lexicon knows stands for its words: "Ketua Badan Pembuat Peraturan Daerah (Bapemperda) DPRD X"
        -> "...Ketua Bapemperda DPRD X". Only where the words spell the acronym, a title word opens them or (an
        acronym the lexicon knows) comes before them, and every capitalised word among them is a word of titles or
        units (no name: "Kepala Bidang Pariwisata Budi (KBPB)"). Also the stretches moved: offsets inside them
        are not the text's (``unshifted``)."""
        if "(" not in text:
            return text, []
        out = None
        moved = []
        for m in BRACKET_ACRONYM.finditer(text):
            acronym = m.group(1)
            words = words_before_bracket(text, m.start())
            letters = acronym.replace(" ", "").replace("-", "").lower()
            at = _spelt_from(tuple(w.group() for w in words), letters)
            titled = inside = False
            if at is None and len(letters) >= 4:
                # a syllable of a word inside it: "Komandan Resor Militer (Danrem)", "Kepala Seksi Penerangan Hukum
                # (Kasi Penkum)"; only the title's own words (a title word opens them, checked below)
                at = _spelt_from(tuple(w.group() for w in words), letters, inside=True)
                inside = True  # a unit's acronym spelt so stands for its words as written: they are read instead
                # the short form opens with a title's own ("Kasi", "Kabid"): the words spelling it are that title's
                titled = at is not None and _key(acronym.split()[0]) in self.positions
            if at is None:
                continue
            first = at
            while first > 0 and self._title_word(words[first - 1].group()) \
                    and not text[words[first - 1].end():words[first].start()].strip():
                first -= 1
            # spelt so from an office's own words, a post's short form names the office, no post: "Kepala Bagian
            # Umum Sekretariat Dewan (Sekwan)", "pegawai Kementerian Dalam Negeri (Mendagri)"
            opening = words[at].group()
            office = inside and not self._title_word(opening) \
                and (self._unit_word(opening) or opening in WORDS["ministry"])
            known = (acronym.lower() in self.positions and not office) or (acronym.lower() in self.units and not inside)
            if not known and not self._title_word(opening):
                continue  # "Presiden Raka Wiradana (Rakawira)", "Badan Strategi ... (BSKDN)": as written
            if known and first == at and acronym.lower() not in self.positions:
                continue  # no title before the office: "Universitas Gadjah Mada (UGM)"
            if not known and not titled and not all(self._office_word(w.group()) for w in words[first:]):
                continue  # a name among the words: "Kepala Bidang Pariwisata Budi (KBPB)"
            start, end = words[first].start(), m.end()
            if any(r.start < end and start < r.end for r in regions):
                continue  # a region inside: its offsets must stay
            head = " ".join(w.group() for w in words[first:at])
            compact = f"{head} {acronym}".strip() if known else " ".join(text[start:words[-1].end()].split())
            out = (out or list(text))
            out[start:end] = " " * (end - start - len(compact)) + compact
            moved.append((start, end))
        return ("".join(out), moved) if out else (text, [])

    def _office_word(self, word: str) -> bool:
        """A word that may stand in a written-out title or unit: lower-case, or a word of titles, units or fields
        ("Wakil", "Dewan", "Perwakilan", "Kesehatan"); no name ("Budi")."""
        key = _key(word.rstrip("."))
        return not word[:1].isupper() or key in SMALL or self._title_word(word) or key in self.position_words \
            or key in self.units or key in UNIT_WORDS or key in FIELD_WORDS or word in UNIT_TYPES

    def _title_word(self, word: str) -> bool:
        """A word of a title or its prefix: "Ketua", "Wakil", "Kepala", "Plt."."""
        key = _key(word.rstrip("."))
        return key in self.title_starts or key in self.positions

    def _shared_body(self, text: str, start: int, end: int, key: str, before: list[PositionMention]
                     ) -> PositionMention | None:
        """A bare "Ketua", "Wakil Ketua II" or "Sekretaris" listed right after a council post shares its council:
        "Ketua DPRK X Budi, Wakil Ketua Ani" -> Wakil Ketua DPRK of X."""
        if key not in ("ketua", "sekretaris") or not before:
            return None
        prev = before[-1]
        body = COUNCIL_POST.match(prev.canonical)
        start, canonical = self._modifier(lower_same_length(text), start, self.positions[key][0])
        gap = text[prev.end:start]
        if len(gap) > 100 or self._sentence_end(text, prev.end, start) or not SHARED_LINK.search(gap):
            return None
        office = OFFICE_HEAD.match(prev.canonical)
        if not body and office and canonical == "Sekretaris" and not text[end:end + 1].isalpha():
            # "Kepala BKPSDM X Ani beserta Sekretaris Ibu Rina": the secretary of the office named before
            return PositionMention(start, end, f"Sekretaris {office.group(1)}", prev.level, prev.region, end)
        if not body:
            return None
        number = COUNCIL_NUMBER.match(text, end)
        if number:
            canonical, end = f"{canonical} {number.group(1)}", number.end()
        return PositionMention(start, end, f"{canonical} {body.group('body')}", prev.level, prev.region, end)

    def _council_chair(self, text: str, start: int, end: int, key: str, region_at: dict[int, RegionMention]
                       ) -> PositionMention | None:
        """A bare "Ketua" or "Wakil Ketua" right before a name, in a sentence that names a regional council before
        it, chairs that council: "Rombongan DPRD X dipimpin Wakil Ketua Budi" -> Wakil Ketua DPRD of X; a bare
        "Wakil Ketua" also in the sentence right after (:func:`_far_deputy_chair`)."""
        nxt = CHAIR_NAME_NEXT.match(text, end)
        if key != "ketua" or not text[start:start + 1].isupper() or not nxt or \
                nxt.group(1).lower() in self.position_words or _key(nxt.group(1)) in self.units:
            return None  # "Ketua Koperasi X", "Ketua Banleg": a body, no name
        council = None
        for m in COUNCIL_BEFORE_CHAIR.finditer(text, 0, start):
            council = m
        if council is None:
            return None
        ends = list(self._sentence_ends(text, council.end(), start))
        far = council.start() < start - 200 or bool(ends)
        start, canonical = self._modifier(lower_same_length(text), start, self.positions[key][0])
        if far and not _far_deputy_chair(text, council, start, end, canonical, ends):
            return None
        region, _ = self._region_after(text, council.end(), region_at)
        return PositionMention(start, end, f"{canonical} {council.group()}", "region", region, end)

    def _national_titles(self, text: str) -> list[tuple[PositionMention, list[tuple[int, int]]]]:
        """A ministry's unit head whose title is written out up to the ministry, the holder after it ("Direktur
        Penataan Daerah Kementerian Dalam Negeri, Budi", "Kasubdit Wilayah I Kemendagri Ani"): a national post."""
        out = []
        for m in NATIONAL_TITLE.finditer(text):
            span = self._name(text, m.end())
            if not span:
                continue
            acting = ACTING.match(m.group("head"))
            head = " ".join(m.group("head")[acting.end() if acting else 0:].split())
            known = self.positions.get(_key(f"{head}{m.group('title')}"))
            head = self.positions.get(_key(head), (head,))[0]  # "Dirjen" -> "Direktur Jenderal"
            # "Dirjen Dukcapil Kementerian Dalam Negeri, Budi": the lexicon's post for a title it reads in full
            title = BRACKETED.sub("", m.group("title"))  # "Kepala Badan X (BX) Kementerian Y": the acronym is no word
            post = known[0] if known else " ".join(f"{head}{title} {m.group('ministry')}".split())
            canonical = f"Pelaksana Tugas {post}" if acting else post
            out.append((PositionMention(m.start(), m.end("ministry"), canonical, "national", None, m.end()), [span]))
        return out

    def _abbreviates(self, word: str, p: PositionMention) -> bool:
        """``word`` may shorten the position or its region ("Gubri" for "Gubernur Riau", "Wj" for "Wajo"): it starts
        like one of their words, or its letters are theirs in order."""
        words = p.canonical.split() + (self.regions[p.region].core.split() if p.region else [])
        if word[:3].lower() in {w[:3].lower() for w in words}:
            return True
        letters = iter("".join(words).lower())
        return all(c in letters for c in word.lower())

    def _modifier(self, low: str, start: int, canonical: str) -> tuple[int, str]:
        """Extend a position over the prefixes before it: "Plt Sekretaris Daerah", "Pj Bupati", "Wakil Ketua"."""
        titles = []
        while True:
            stripped = low[:start].rstrip()
            paren = re.search(r"\(\s*[\w.\- ]{1,12}\)$", stripped)
            if paren and titles == [] and any(stripped[:paren.start()].rstrip().endswith(f)
                                              for f, _ in self.prefixes):
                stripped = stripped[:paren.start()].rstrip()  # "Penjabat (Pj) Bupati"
            for form, title in self.prefixes:
                at = len(stripped) - len(form)
                if stripped.endswith(form) and (at == 0 or not is_word_char(stripped[at - 1])):
                    titles.insert(0, title)
                    start = at
                    break
            else:
                break
        return start, " ".join(titles + [canonical])

    def _unit(self, text: str, pos: int) -> tuple[str, int]:
        """The unit name after an open head: lexicon words, short acronyms, "dan", commas between them."""
        first = last = None
        end = pos
        for m in UNIT_WORD.finditer(text, pos):
            gap = text[end:m.start()]
            if gap.strip() not in ("", ",") or "\n" in gap:
                break
            tok = m.group().rstrip(".")
            low = tok.lower()
            if gap.strip() == "," and (first is None or (low not in FIELD_WORDS and low not in SMALL)):
                break
            if first is None and low in UNIT_SKIP:
                end = m.end()
                continue
            if low in FIELD_WORDS or low in SMALL or (tok.isupper() and 2 <= len(tok) <= 8
                                                      and low not in REGION_LEADS
                                                      and low not in self.region_acronyms):
                if first is None:
                    if low in SMALL:
                        break
                    first = m.start()
                if low not in SMALL:
                    last = m.start() + len(tok)
                end = m.start() + len(tok)
                continue
            break
        if first is None or last is None:
            return "", pos
        return _title_unit(text[first:last]), last


@functools.lru_cache(maxsize=512)
def _spelt_from(words: tuple[str, ...], letters: str, inside: bool = False) -> int | None:
    """The first of the last ``words`` whose letters spell ``letters`` in order, each word giving a run of its letters
    that starts with its first ("Dewan Perwakilan Rakyat Daerah" spells "dprd", "Wakil ketua" "waket", "Badan Pembuat
    Peraturan Daerah" "bapemperda"); "dan", "serta", "&" may give none. The longest such run of words, or None.
    ``inside``: a word's run may start at any of its letters ("Komandan Resor Militer" spells "danrem"), and the
    shortest such run of words is taken."""
    lows = [w.lower() for w in words]

    @functools.cache
    def spells(i: int, k: int) -> bool:  # words[i:] spell letters[k:]
        if i == len(lows):
            return k == len(letters)
        w = lows[i]
        if w in SMALL or w == "&":
            return spells(i + 1, k)
        if k == len(letters):
            return False
        firsts = [0] if not inside else [a for a, c in enumerate(w) if c == letters[k]]
        if not firsts or w[firsts[0]] != letters[k]:
            return False
        for a in firsts:
            j = k + 1
            ends = [j]
            for c in w[a + 1:]:  # every longer run of the word's letters, in order
                if j < len(letters) and c == letters[j]:
                    j += 1
                    ends.append(j)
            if any(spells(i + 1, e) for e in reversed(ends)):
                return True
        return False

    best = None
    for i in range(len(lows) - 1, max(-1, len(lows) - len(letters) - 4), -1):
        if lows[i] not in SMALL and spells(i, 0):
            best = i
            if inside:  # the shortest run: a syllable is found in too many words
                break
    return best


def unshifted(found: list[Official], moved: list[tuple[int, int]]) -> list[Official]:
    """``found`` with offsets read on the unbracketed text put back on the text as written: a position reaching into a
    moved stretch covers all of it ("Sekretaris Dinas Kesehatan (Sekdinkes)"); a name inside one is dropped."""
    out = []
    for o in found:
        if any(a < e and s < b for a, b in o.mentions for s, e in moved):
            continue
        start, end = o.position_span
        for s, e in moved:
            if start < e and s < end:
                start, end = min(start, s), max(end, e)
        out.append(dataclasses.replace(o, position_span=(start, end)))
    return out


def compose_title(head: str, unit: str) -> str:
    """ "Kepala" + "Dinas Kesehatan"; "Kepala Dinas" + "Badan Pemberdayaan ..." -> "Kepala Dinas Pemberdayaan ..."."""
    head_words, unit_words = head.split(), unit.split()
    if head_words[-1] in UNIT_TYPES and unit_words[0] in UNIT_TYPES:
        return " ".join(head_words + unit_words[1:])
    if head_words[-1] in UNIT_TYPES and len(unit_words) == 1:  # "Kepala Badan" + "Bappeda" -> "Kepala Bappeda"
        return " ".join(head_words[:-1] + unit_words)
    return f"{head} {unit}"


def _title_unit(raw: str) -> str:
    """ "koperasi, perindustrian, dan perdagangan" -> "Koperasi, Perindustrian, dan Perdagangan"."""
    out = []
    for w in raw.split():
        core = w.rstrip(",")
        low = core.lower()
        if low in SMALL:
            core = low
        elif not (core.isupper() and len(core) >= 2):
            core = core[:1].upper() + core[1:].lower()
        out.append(core + w[len(core):])
    return " ".join(out)


def _far_deputy_chair(text: str, council: re.Match, start: int, end: int, canonical: str,
                      ends: list[re.Match]) -> bool:
    """Whether a bare chair ``canonical`` at ``start``-``end``, far from the ``council`` before it (over 200
    characters, or the council in an earlier sentence; ``ends``: the sentence ends between them), still chairs that
    council. Round 42: a deputy chair named bare in the sentence after the one that names the council ("Komisi II
    DPRD X ... Ketua Komisi Budi, Wakil Ketua Ani, ..."): that council's, unless a sentence stands between (round 42
    review: the bound), a national council is named nearer ("Komisi II DPR RI dipimpin Wakil Ketua Budi") or the
    words after it are a body's ("Wakil Ketua Senat FX, Ani": an acronym in them); a bare "Ketua" so far away is as
    often an association's head."""
    between = text[ends[0].end():ends[-1].start() if ends[-1].group(1) is None else ends[-1].end(1)] if ends else ""
    return canonical == "Wakil Ketua" and not between.strip() \
        and not NATIONAL_COUNCIL.search(text, council.end(), start) \
        and not any(BODY_ACRONYM.fullmatch(w) for w in CHAIR_RUN.match(text, end).group().split())
