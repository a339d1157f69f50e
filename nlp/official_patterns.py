"""The officials finder's shared vocabulary: the word sets read from ``data/official_words.csv`` and
``data/not_names.csv``, the patterns more than one of its readers use (``nlp/official_titles.py``,
``official_regions.py``, ``official_lists.py``, ``official_names.py``), and the small helpers they share (``_key``,
the region index)."""

from __future__ import annotations

import re

from nlp.lexicon import (
    COUNCILS,
    alternation,
    function_words,
    load_words,
    longest_first,
    official_words,
    unit_words,
    visit_cue_words,
)
from nlp.regions import RegionMention

WORDS = official_words()  # data/official_words.csv
# words of government units, one set with nlp/program_patterns.py: one-word units ("dinkes") and field words
UNIT_WORDS = unit_words()
# the words that may form a unit name in lower case ("kepala dinas koperasi, perindustrian, dan perdagangan")
FIELD_WORDS = frozenset(w.lower() for w in WORDS["field"])
# words leading from a position to its region, not part of the name: "Sekda Setdakab Pamekasan"
REGION_LEADS = frozenset(w.lower() for w in WORDS["region_lead"])
# capitalised words that never start a person's name (data/not_names.csv; the finder reads the same rows)
NOT_NAME = frozenset(w for w, kind in load_words("not_names.csv") if kind != "skip")
NAME_ABBREVS = frozenset(w.lower() for w in WORDS["name_abbrev"])  # "Moch. Budi": a name, no title
UNIT_WORD = re.compile(r"[\w\-]+")
# a comma, then the capital that opens the holder's name: what closes a head's office written out ("Kabid Tata
# Niaga dan Sarana Pasar, Ani"), a typed head written without its unit ("dipimpin Sekretaris Dinas, Budi") or a
# council's committee before its first listed member ("disambut Komisi D DPRD X, A, B, dan C")
COMMA_THEN_NAME = re.compile(r"[ \t]*,[ \t]*(?=[A-Z])")
UNIT_TYPES = frozenset(WORDS["unit_type"])  # "Dinas", "Badan", "Bagian" ...: as written
# council committees named by their topic: "Pansus", "Panja" ("Ketua Pansus Hak Angket DPRD X"); as written
TOPIC_COMMITTEES = tuple(WORDS["topic_committee"])
# the parties by their short names (data/not_names.csv, kind ``party``; the one read, for the patterns below and the
# party asides of ``official_lists``): "PKB", "PDI-P"
PARTIES = frozenset(w for w, kind in load_words("not_names.csv") if kind == "party")
_PARTY = r"(?i:" + alternation(longest_first(PARTIES)) + r")"
_JOINT_PART = r"(?i:" + alternation(longest_first(w for w in PARTIES if "-" not in w)) + r")"


def party_short(joint: bool = False) -> str:
    """The one pattern of a party written by its short name between a council post and its holder, as a whole
    word in any case: "PKB", "Partai Golkar", "PDI Perjuangan" (group ``short``: the short name); ``joint``: also
    a faction of several parties joined by hyphens, "Nasdem-PSI" (``official_titles.FACTION_SHORT``)."""
    short = _PARTY + (r"|" + _JOINT_PART + r"(?:\-" + _JOINT_PART + r")+" if joint else "")
    return r"(?:Partai[ \t]+)?(?P<short>" + short + r")(?![\w\-])(?:[ \t]+Perjuangan\b)?+"


# parts of the asides after a name (``official_names.TRAILING_ASIDE``, ``official_lists.ASIDE_AFTER``)
_PARTY_BRACKET = r"[ \t]*\((?:F[.\- ]|F(?=[A-Z]{2,6}\))|Fraksi|Partai|Dapil)[^()\n]{1,30}\)"  # "(F-Golkar)", "(FPKS)"
_FROM_PARTY = r"[ \t]+dari[ \t]+(?:Fraksi|Partai)"  # " dari Fraksi ..."
_ACRONYM_BRACKET = r"(?:[ \t]*\([A-Z]{2,8}\))?"  # " (PAN)"
# "Kemendagri", "Kemdagri", "Kemkes" (a consonant after "kem": "Kemal" is a name; not "b": "Kembang" is a name's
# word, "kembali", "kembar" common words, and a ministry's short form writes "Kemen" before a "b": "Kemenbud")
MINISTRY = re.compile(r"kemen[a-z]{2,14}$|kem[c-df-hj-np-tv-z][a-z]{2,9}$|kementerian$|ri$")
# office names coined from syllables: "Disparpora", "Dinkopukm", "Bapperida", "DPUPR", "BPKAD"
UNIT_ACRONYM = re.compile(r"(?:Dis|Din|Bapp?e|Bad|Kan)[a-z]{3,12}$|[A-Z]{3,8}$")
# a street named after an office ("Jalan Gubernur Suryo", "Jl. Bupati Sulaiman") or a plural ("para petinggi X")
NO_HOLDER_BEFORE = re.compile(r"(?:\b(?:[Jj]alan|[Jj]ln?\.?)|\bpara)[ \t]+$")
# an electoral district written between a council post and its holder, closed by its number or a comma: "Daerah
# Pemilihan Jawa Timur II, Budi", "Dapil Aceh I Bapak Budi", "dari Dapil 3 Ani", "Dapil Wajo, Budi"
DAPIL = re.compile(r"[ \t]*,?[ \t]+(?:dari[ \t]+)?(?i:daerah[ \t]+pemilihan|dapil)[ \t]+(?:(?:[A-Z][\w\-]*[ \t]+){0,3}"
                   r"(?:[IVX]{1,4}|\d{1,2})\b[ \t]*,?|(?:[A-Z][\w\-]*[ \t]+){0,2}[A-Z][\w\-]*[ \t]*,)")
# a council post and its body: "Ketua DPRK" -> "DPRK", "Wakil Ketua Komisi II DPRD" -> "Komisi II DPRD"
COUNCIL_POST = re.compile(r"^(?:Pelaksana Tugas |Wakil )?(?:Ketua|Sekretaris|Anggota)(?: (?:I{1,3}|IV|V))? "
                          r"(?P<body>(?:Komisi|Badan|Pansus|Panja|Fraksi|Bapemperda|DPR)[\w ]*)$")
# a list of names introduced after a position: "anggota pansus, yaitu A, B, serta C"
# "anggota pansus lain yang ikut hadir ialah A, B", "... yang hadir, yakni", "... beranggotakan A, B"
# "... lainnya juga ikut, yakni", "... turut dalam rombongan, di antaranya": a short clause of joining words;
# "rombongan Pansus X yang beranggotakan A, B", "... yang berjumlah 9 orang beranggotakan A, B": "yang" and a
# clause of lower-case words and counts, or none
_JOINING = r"(?:lain(?:nya)?|juga|pun|ikut|turut|hadir|serta|dalam|rombongan|tersebut|tampak|terlihat|bergabung)"
# "anggota Komisi II lainnya: A, B", "anggota yang datang untuk belajar kali itu ialah A, B": a short clause, then the
# list word (or the colon after "lainnya")
MEMBERS_INTRO = re.compile(r"[ \t]*(?:,?[ \t]*(?:lain(?:nya)?[ \t]+|lainnya,?[ \t]+)?"
                           r"(?:(?:yang(?:[ \t]+(?:[a-z]+|\d{1,3})){0,6}?"
                           r"|" + _JOINING + r"(?:[ \t]+" + _JOINING + r"){0,3})"
                           r"[ \t]*,?[ \t]*)?(?:yaitu|yakni|antara[ \t]+lain|di[ \t]*antaranya|masing-masing|"
                           r"terdiri[ \t]+(?:dari|atas)|seperti|ialah|adalah|beranggotakan)[ \t]*:?|\("
                           r"|lain(?:nya)?[ \t]*:)[ \t]*")
# after a post many hold, counted: any short lower-case clause before "yaitu" ("sembilan anggota diduga tidak ikut,
# yaitu A, B"); not after an uncounted one ("Anggota DPRD X menyoroti dua hal, yaitu Dana Desa dan ...")
MEMBERS_CLAUSE = re.compile(r"(?:[ \t]+[a-z]+){1,4}[ \t]*,[ \t]*(?:yaitu|yakni)[ \t]*:?[ \t]*")
COUNTED = re.compile(r"\b(?i:\d{1,3}|(?:se|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)(?:[ \t]+(?:belas|puluh))?"
                     r"|sepuluh|sebelas|beberapa|sejumlah)[ \t]+(?:orang[ \t]+)?$")
OFFICE_LIST_END = re.compile(r"(?:,[ \t]*[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,3})+,?[ \t]+dan[ \t]+[A-Z]")
REGION_LEADS_CASED = frozenset({"Kabupaten", "Kota", "Provinsi", "Pemkab", "Pemkot", "Pemprov", "Kab", "Prov"})
# a region's council under each of its names (a province's or regency's; "DPR" is the national parliament)
LOCAL_COUNCILS = ("DPRD", *COUNCILS)
# a region's council as the text writes it before its region or with its committee: "DPRD Kota X", "DPRK
# X", "Dewan Perwakilan Rakyat Daerah X", "Komisi B DPRD"
COUNCIL_WORD = r"(?:" + "|".join(LOCAL_COUNCILS) + r"|Dewan[ \t]+Perwakilan[ \t]+Rakyat[ \t]+Daerah)"
# the commissions joined to one: "Anggota Komisi I dan IV DPRD X", "Komisi A, B, dan C"
_COMMISSION = r"(?:[A-E]|IV|VI|V|I{1,3})\b"
COMMISSION_MORE = re.compile(r"(?:[ \t]*,[ \t]*" + _COMMISSION + r")*[ \t]*,?[ \t]*(?:dan|serta|&)[ \t]+"
                             r"(?:Komisi[ \t]+)?" + _COMMISSION + r"(?P<house>[ \t]+DPRD\b)?")
# an event or a programme opening a phrase of an office: "Koordinator Festival X Kota Y Budi", "Kepala Bagian Hukum,
# Program X" head no office ("Kepala Sub Bagian Perencanaan Program dan Keuangan" does)
EVENT_OPENING = re.compile(r"(?:^|,[ \t]*|\bdan[ \t]+)(?:" + alternation(WORDS["event_word"], r"[ \t]+") + r")\b")
FUNCTION_WORDS = function_words("id")
# positions held by many people at once: a bare comma list after them is a list of holders
PLURAL_POSITION = re.compile(r"^(?:Anggota|Unsur|Para)\b")
# a police or military unit written after a post ("Kasat Reskrim Polres X AKP Budi")
FORCE_WORDS = frozenset(w.lower() for w in WORDS["force_unit"])
# a rank of the navy or air force written in words, before its grade or "TNI" ("Laksamana Pertama", "Marsekal Muda",
# "Laksamana TNI"; alone a given name: "Bupati X Laksamana Budi"), and a branch of the forces after any rank with its
# corps letter ("Kolonel Laut (P)", "Letkol Marinir"): passed over before the holder's name
FORCE_RANK = re.compile(r"(?i:" + alternation(WORDS["force_rank"]) + r")(?:[ \t]+(?i:"
                        + alternation(WORDS["force_grade"]) + r")\b|(?=[ \t]+TNI\b))")
FORCE_BRANCH = re.compile(r"(?i:" + alternation(WORDS["force_branch"]) + r")\b(?:[ \t]*\([A-Z]{1,3}\))?")
LOCAL = frozenset(WORDS["local_level"])  # levels held in a district or village


def _region_index(regions: list[RegionMention]) -> dict[int, RegionMention]:
    """Region mentions by where they start, with or without their lead word ("Kabupaten Ngawi", "Ngawi")."""
    region_at = {m.start: m for m in regions}
    region_at.update({m.name_start: m for m in regions if m.name_start >= 0})
    return region_at


def _starts_region(text: str, pos: int, region_starts: frozenset[int]) -> bool:
    """A region (or its level word) starts after the blanks at ``pos``."""
    m = re.compile(r"[ \t]+").match(text, pos)
    p = m.end() if m else pos
    return p in region_starts or text[p:].split(" ", 1)[0] in REGION_LEADS_CASED


def _skip_paren(text: str, pos: int, regions_only: bool = False,
                region_at: dict[int, RegionMention] | None = None) -> int:
    m = re.compile(r"[ \t]*\(([^()\n]{1,40})\)").match(text, pos)
    if not m:
        return pos
    if regions_only:
        inner = m.start(1)
        if region_at is None or inner not in region_at:
            return pos
    return m.end()


def _one_letter_off(word: str) -> set[str]:
    """The spellings of ``word`` one typing slip away: a letter dropped, added, changed or two swapped."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    return out - {word}


def _key(form: str) -> str:
    """A lexicon key: lower case, commas dropped, "&" read as "dan" ("Kabag Humas & Protokol" is the lexicon's
    "Humas dan Protokol")."""
    return " ".join(form.lower().replace(",", " ").replace("&", " dan ").split())


# an organisation of a region that is no government ("APDESI", "asosiasi", "KNPI", "LSM": visit_cues.csv role
# organisation, the visit rules' guard too; ``leaders`` and ``OfficialFinder._bare_head_holders``)
ORGANISATION = re.compile(r"\b(?:" + alternation(visit_cue_words()["organisation"]) + r")\b", re.IGNORECASE)
