"""Officials: a position word followed (after its unit and region) by a person's name.

"sekretaris daerah Pemkab Serang, H. Wulan Prameswari, S.E." -> Wulan Prameswari, Sekretaris Daerah,
Kabupaten Serang. Positions and their written forms come from ``data/positions.csv``; degrees and honorifics
(``data/honorifics.txt``) are dropped from names; the finder's word lists come from ``data/official_words.csv``.
Merging one person's mentions ("Bupati Kartapradja", "Kartapradja", "Wiradarma Sulistyo Kartapradja") is
``nlp/official_merge.py``.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import re
from dataclasses import dataclass

import ahocorasick

from nlp.lexicon import (
    PROVINCIAL_COUNCILS,
    Lexicon,
    alternation,
    function_words,
    load_words,
    official_words,
    region_words,
    unit_words,
)
from nlp.official_merge import (
    ADAT_TITLES,
    NOT_PUBLIC_OFFICES,
    Official,
    longest_names,
    merge_officials,
    public_officials,
    whole_occurrences,
)
from nlp.official_merge import derived_noun as _derived_noun
from nlp.official_merge import headline_verb as _headline_verb
from nlp.official_merge import verb_like as _verb_like
from nlp.regions import KAB, KOTA, PROV, RegionMention
from nlp.textutil import is_word_char, lower_same_length, occurs_in, on_title_line, title_spans, unwrapped

# merging and the result's filter live in nlp/official_merge.py; importers use them from here too
__all__ = ["NOT_PUBLIC_OFFICES", "Official", "OfficialFinder", "PositionMention", "longest_names", "merge_officials",
           "public_officials"]

WORDS = official_words()  # data/official_words.csv
# words of government units, one set with nlp/programs.py: one-word units ("dinkes") and field words
UNIT_WORDS = unit_words()
# the words that may form a unit name in lower case ("kepala dinas koperasi, perindustrian, dan perdagangan")
FIELD_WORDS = frozenset(w.lower() for w in WORDS["field"])
# the grade of a functional post (jabatan fungsional): "Analis Kebijakan Ahli Muda", "Pranata Komputer Terampil"
FUNCTIONAL_HEADS = frozenset(WORDS["functional_head"])
FUNCTIONAL_FIRST = frozenset(h.split()[0] for h in FUNCTIONAL_HEADS) | frozenset(WORDS["functional_title"])
FUNCTIONAL_GRADE = re.compile(r"[ \t]+((?:Ahli[ \t]+(?:Pertama|Muda|Madya|Utama))|Terampil|Mahir|Penyelia|Pemula)\b",
                              re.IGNORECASE)
UNIT_SKIP = frozenset(WORDS["unit_skip"])  # "Asisten Bidang Administrasi" -> "Asisten Administrasi"
SMALL = frozenset(WORDS["field_joiner"])  # "dan", "serta"
# words leading from a position to its region, not part of the name: "Sekda Setdakab Pamekasan"
REGION_LEADS = frozenset(w.lower() for w in WORDS["region_lead"])
COUNCIL_LEADS = frozenset(w.lower() for w in WORDS["council_lead"])  # "Wakil Ketua I DPR Papua Barat Budi"
# capitalised words that never start a person's name (data/not_names.csv; the finder reads the same rows)
NOT_NAME = frozenset(w for w, kind in load_words("not_names.csv") if kind != "skip")
NAME_LINKERS = frozenset(w.lower() for w in WORDS["name_linker"])  # "Ahmad bin Ali"
ADDRESS_FORMS = frozenset(w.lower() for w in WORDS["address_form"])  # "Ibu Kustini" is "Kustini"
NAME_ABBREVS = frozenset(w.lower() for w in WORDS["name_abbrev"])  # "Moch. Budi": a name, no title
UNIT_TOKEN = re.compile(r"[\w\-]+|,")
UNIT_WORD = re.compile(r"[\w\-]+")
UNIT_TYPES = frozenset(WORDS["unit_type"])  # "Dinas", "Badan", "Bagian" ...: as written
# a capitalised run right before ", <position>" or " selaku <position>"
# what links a name to the position after it: ", ", ", selaku ", " yang juga menjabat sebagai ", " ("
_HOLDS = (r"(?:(?:juga|kini|saat[ \t]+ini|sekaligus)[ \t]+)?(?:menjabat(?:[ \t]+sebagai)?|merupakan|adalah)"
          r"|juga(?:[ \t]+sebagai)?")  # "Budi yang merupakan Kepala Dinas X", "Ani yang kini menjabat Camat Y"
_HOLDS_BARE = r"(?:kini[ \t]+)?(?:merupakan|menjabat(?:[ \t]+sebagai)?)"  # "Budi merupakan Kepala Dinas X"
SEP_BEFORE = re.compile(r"(?:,[ \t]*(?:(?i:selaku)[ \t]+|sebagai[ \t]+|yang[ \t]+(?:(?:" + _HOLDS + r")[ \t]+)?"
                        r"|salah[ \t]+(?:seorang|satu)[ \t]+)?"  # "Budi, salah seorang anggota DPRD X, ..."
                        r"|[ \t]+(?:(?i:selaku)|sebagai|yang[ \t]+(?:" + _HOLDS + r")|" + _HOLDS_BARE + r")"
                        r"[ \t]+|[ \t]*\([ \t]*|[ \t]+[\-–—][ \t]+)$")  # "Budi, S.Sos - Kepala Dinas X" (a caption)
# a capitalised run ending the text before a position: no word with a sentence's full stop inside ("Ngawi. Budi")
NAME_RUN = re.compile(r"(?:^|[.,;:(\n\"“”][ \t]*|\b[a-z]\w*[ \t]+)(?P<name>(?:(?:[A-Z][\w'’\-]{0,3}\.[ \t]*|"
                      r"[A-Z][\w'’\-]*[ \t]+)(?:bin[ \t]+|binti[ \t]+)?){0,5}[A-Z][\w'’\-]*)$")
# a capitalised run of any length ending the text before a position ("Ketua Satgas Saber Pungli AKBP Budi")
LONG_RUN = re.compile(r"(?:^|[.,;:(\n\"“”][ \t]*|\b[a-z]\w*[ \t]+)(?P<name>(?:[A-Z][\w'’\-.]*[ \t]+){2,14}"
                      r"[A-Z][\w'’\-]*)$")
# the text after a position that closes an apposition: "Budi, Sekda X, ...", "Budi, anggota DPRD X yang baru ...",
# "Budi, Wali Kota X sekaligus Ketua Y", a line's end
APPOSITION_END = re.compile(r"\s*(?:[,.;)]|$)|[ \t]*\n|[ \t]+(?:yang|sekaligus|dari[ \t]+(?:Fraksi|Partai"
                            r"|(?i:daerah[ \t]+pemilihan|dapil)))\b"
                            r"|[ \t]+Fraksi[ \t]+[\w\-]+(?:[ \t]+[\w\-]+)?[ \t]*[,.;]")  # "..., anggota DPRD Fraksi X."
# "Budi, Kepala Bappeda X mengatakan ...", "... disampaikan Budi, Sekda X saat menerima ...": a verb or a
# conjunction in lower case closes it too, unless the name ends a clause of its own ("Menurut Budi, ...")
VERB_CLOSE = re.compile(r"[ \t]+(?:saat|ketika|sewaktu|usai|seusai|sebelum|setelah|sesudah|selepas|bahwa|kepada)\b"
                        r"|[ \t]+(?!(?:dinas|daerah|desa|dewan|direktorat|bidang|bagian|badan)\b)"
                        r"(?:me|ber|ter|di)[a-z]{4,}\b(?![ \t]+[A-Z])")
CLAUSE_INTRO = re.compile(r"\b(?i:menurut|lanjut|kata|ujar|ucap|jelas|tutur|ungkap|imbuh|tambah|sebut|tegas|bagi|oleh"
                          r"|bersama|dengan|dan|serta)[ \t]+$")
# a list item's link back to the item before it: "A, B, dan C"
LIST_BACK = re.compile(r"(?:,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+)$")
# a degree, party or seat written after a name: "Budi, M.Si", "Budi dari Fraksi Golkar", "Ani (F-PKB)", "Cici (Dapil 2)"
_PARTY_BRACKET = r"[ \t]*\((?:F[.\- ]|F(?=[A-Z]{2,6}\))|Fraksi|Partai|Dapil)[^()\n]{1,30}\)"  # "(F-Golkar)", "(FPKS)"
_FROM_PARTY = r"[ \t]+dari[ \t]+(?:Fraksi|Partai)"  # " dari Fraksi ..."
_ACRONYM_BRACKET = r"(?:[ \t]*\([A-Z]{2,8}\))?"  # " (PAN)"
_CAPTION_ASIDE = r"[ \t]*\([a-z][^()\n]{0,30}\)"  # "Budi (kanan), Kepala Dinas X", "Ani (berkerudung)"
TRAILING_ASIDE = re.compile(r"(?:,?[ \t]*(?<![\w.])(?P<degree>[A-Za-z][A-Za-z.]{0,7})"
                            r"|" + _FROM_PARTY + r"[ \t]+[\w\- ]{1,30}?" + _ACRONYM_BRACKET
                            + r"|" + _PARTY_BRACKET + r"|" + _CAPTION_ASIDE + r")[ \t]*,?[ \t]*$")
_GOV = r"(?:Kabupaten|Kota|Provinsi|Pemkab|Pemkot|Pemprov|Setda\w*)\b"
FIELD_AFTER = re.compile(r"[ \t]+(Bidang[ \t]+[A-Z][\w\-]*(?:[ \t]+(?:dan[ \t]+)?(?!" + _GOV + r")[A-Z][\w\-]*){0,5})"
                         r"(?=[ \t]*,|[ \t]+" + _GOV + ")")
# an assistant's or adviser's field written after the region, closed by a comma: "Staf Ahli Bupati X Bidang Hukum,"
_FIELD_WORD = r"[A-Z][\w\-]*"
LATE_FIELD = re.compile(r"[ \t]+(Bidang[ \t]+" + _FIELD_WORD + r"(?:(?:[ \t]*,[ \t]*" + _FIELD_WORD
                        + r")*,?[ \t]+dan[ \t]+" + _FIELD_WORD
                        + r"|(?:[ \t]+(?:dan[ \t]+)?" + _FIELD_WORD + r"){0,5}))(?=[ \t]*[,.])")
TRAILING_NUMERAL = re.compile(r"[ \t]*,[ \t]*(?:I{1,3}|IV|V)$")
LATE_FIELD_LOWER = re.compile(r"[ \t]+bidang[ \t]+")  # "staf ahli wali kota X bidang ekonomi ..., Budi"
# the bill a special committee works on, written as an acronym: "Pansus LKPJ DPRD", "Panja APBD DPRD"
# "Ketua Pansus RPJMD DPRD", "Ketua Pansus Tatib DPRD": a word written in title case is a topic only before "DPRD"
COMMITTEE_TOPIC = re.compile(r"[ \t]+([A-Z]{2,8}(?=[ \t]+DPRD\b|[ \t]*,|[ \t]+[A-Z])|[A-Z][a-z]{2,7}(?=[ \t]+DPRD\b))"
                             r"(?:[ \t]+DPRD\b)?")
HEAD_ABBREV = re.compile(r"[ \t]*\([A-Z][A-Za-z.]{1,10}\)(?=[ \t]+[A-Za-z])")
# a party after "Fraksi": "Fraksi Golkar DPRD", "Fraksi PDI Perjuangan, ", "Fraksi Partai Amanat Nasional (PAN)"
FACTION_NAME = re.compile(r"[ \t]+((?:Partai[ \t]+)?[A-Z][\w\-]*(?:[ \t]+(?!DPRD\b|DPR\b)[A-Z][\w\-]*){0,3}"
                          r"(?:[ \t]*\([A-Z]{2,8}\))?)(?:[ \t]+(?P<dprd>DPRD|DPRA|DPRK|DPRP|DPR)\b|(?=[ \t]*,))")
AND_FIELD = re.compile(r"[ \t]+dan[ \t]+(?=[A-Z])")
FIELD_WORD = re.compile(r"[ \t]+(?:Bidang[ \t]+(?=[A-Z])|(?i:bidang)[ \t]+(?=[a-z])|(?=[A-Z][a-z]))")
# "Kemendagri", "Kemdagri", "Kemkes" (a consonant after "kem": "Kemal" is a name)
MINISTRY = re.compile(r"kemen[a-z]{2,14}$|kem[b-df-hj-np-tv-z][a-z]{2,9}$|kementerian$|ri$")
# office names coined from syllables: "Disparpora", "Dinkopukm", "Bapperida", "DPUPR", "BPKAD"
UNIT_ACRONYM = re.compile(r"(?:Dis|Din|Bapp?e|Bad|Kan)[a-z]{3,12}$|[A-Z]{3,8}$")
LOCAL_CHAIN = re.compile(r"(?:[ \t]+[A-Z][\w'\-]*)?(?:[ \t]*,?[ \t]*(?:di|Kecamatan|Kec\.|Kelurahan|Desa)[ \t]+"
                         r"[A-Z][\w'\-]*)+[ \t]*,?")
# "Kasubag X di Bagian Organisasi Setda Y": the office a position is held in, before its region
UNIT_ON = re.compile(r"[ \t]+(?:di|pada)[ \t]+"
                     r"(?=(?:Bagian|Bidang|Dinas|Badan|Sekretariat|Kantor|Biro|Setda\w*|Setwan)\b)")
TITLE_AFTER_WORD = re.compile(r"[ \t]+([A-Za-z]{1,5}\.?)[ \t]*(?=[A-Z])")
TITLED_NAME_AFTER = re.compile(r",[ \t]*([A-Za-z]{1,5}\.?)[ \t]*(?=[A-Z])")
UNIT_CODE_WORD = re.compile(r"[ \t]+([\w/\-]+\.?)")
# a nickname in quotes inside a name, a name's word after it: 'Wardi "Ucok" Simanjuntak', "Ani 'Nunung' Lestari"
QUOTES = frozenset("\"“”'‘’")
QUOTED_NICKNAME = re.compile(r"[\"“'‘][A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?[\"”'’](?=[ \t]+[A-Z])()")
COUNCIL_WORD = re.compile(r"\bDPR[AKP]?\b")  # the council a position belongs to: "Anggota DPRA" -> "DPRA"
BARE_LEVEL = re.compile(r"[ \t]+(Provinsi|Kabupaten|Kota)[ \t]+(?=[A-Z])")  # "Sekda Provinsi Banyu Prasojo"
MONTH_NAME_NEXT = re.compile(r"[ \t]+([A-Z][a-z'’\-]{2,})\b")  # "Juli Hartanto", not "Juli 2024"
NAME_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*(?=[A-Z])")
MIXED_ACRONYM = re.compile(r"[A-Z]{2,}[a-z]{1,3}")
POST_STATUS = re.compile(r"[ \t]+(?:Non[ \t\-]?(?:Definitif|Defenitif)|Sementara|Definitif|Terpilih"
                         r"|(?:sementara|terpilih)(?=[ \t]*,))\b")
# "Kadis X kala itu, Budi"
THEN_ASIDE = re.compile(rf"[ \t]+(?:{alternation(WORDS['then_aside'])})[ \t]+itu[ \t]*,[ \t]*(?=[A-Z])")
# a word of an office written out after its head, up to the region: "Pengelolaan", "dan", "(DPP)", "P2KB"
OFFICE_RUN_WORD = re.compile(r"(?:[ \t]+|,[ \t]*(?=(?:dan[ \t]+)?(?P<field>[A-Z][\w\-]*)))"
                             r"(?P<word>\([A-Z][\w.\-]{1,12}\)|(?:dan|serta|&)(?=[ \t]+[A-Z])|[A-Z0-9][\w\-/]*)")
COMMA_AFTER = re.compile(r"[ \t]*,?")
# after a name in apposition: a comma and a lower-case word, or a lower-case verb ("Banyu Prasojo, salah satu ...")
APPOSED_CLAUSE = re.compile(r"[ \t]*,?[ \t]*(?!dan\b|serta\b)[a-z]")
# what may stand between a position and its holder's name: spaces, commas, colons, dashes ("Bupati X: Budi")
SEPARATORS = re.compile(r"[\s,:;–—\-]*")
# a street named after an office ("Jalan Gubernur Suryo", "Jl. Bupati Sulaiman") or a plural ("para petinggi X")
NO_HOLDER_BEFORE = re.compile(r"(?:\b(?:[Jj]alan|[Jj]ln?\.?)|\bpara)[ \t]+$")
DEMONSTRATIVE = re.compile(r"[ \t]+(?:itu|tersebut|ini)\b")
# "kepala dinas setempat, Budi", "wakil gubernur provinsi itu, Ani": the region is the one named before
LOCAL_WORD = re.compile(r"[ \t]+(?:(?:provinsi|kabupaten|kota|daerah|pemkab|pemkot|pemprov)[ \t]+)?"
                        r"(?:setempat|tersebut|itu)\b")
TRAILING_DEGREE = re.compile(r"(,?[ \t]*)([A-Za-z][A-Za-z.]{0,7})[ \t]*,[ \t]*$")
# the last degree of a name written right before its position: "ujar Budi, MM Kepala Dinas X"
LAST_DEGREE = re.compile(r"(,[ \t]*)([A-Z][A-Za-z.]{0,7})[ \t]+$")
NAME_INTRO = frozenset(w.lower() for w in WORDS["name_lead"])  # "Menurut Budi, ...": no part of the name
# capitalised words after a typed head up to a comma or a level word: a unit the lexicon does not know
WRITTEN_UNIT = re.compile(r"[ \t]+(?P<unit>[A-Z][\w\-]*(?:[ \t]+(?:dan[ \t]+)?[A-Z][\w\-]*){0,6}?)"
                          r"(?P<stop>[ \t]*,|[ \t]+" + _GOV + ")")
FACTION = re.compile(r"[ \t]*,?[ \t]*(?:dari[ \t]+)?(?i:fraksi|partai|daerah[ \t]+pemilihan|dapil)\b"
                     r"(?:[ \t]*\(Dapil\))?[ \t]+[\w\- ]{1,40}?(?:\([\w ]{1,12}\))?[ \t]*,")
# an electoral district written between a council post and its holder, closed by its number or a comma: "Daerah
# Pemilihan Jawa Timur II, Budi", "Dapil Aceh I Bapak Budi", "dari Dapil 3 Ani", "Dapil Wajo, Budi"
DAPIL = re.compile(r"[ \t]*,?[ \t]+(?:dari[ \t]+)?(?i:daerah[ \t]+pemilihan|dapil)[ \t]+(?:(?:[A-Z][\w\-]*[ \t]+){0,3}"
                   r"(?:[IVX]{1,4}|\d{1,2})\b[ \t]*,?|(?:[A-Z][\w\-]*[ \t]+){0,2}[A-Z][\w\-]*[ \t]*,)")
# a council post and its body: "Ketua DPRK" -> "DPRK", "Wakil Ketua Komisi II DPRD" -> "Komisi II DPRD"
COUNCIL_POST = re.compile(r"^(?:Pelaksana Tugas |Wakil )?(?:Ketua|Sekretaris|Anggota)(?: (?:I{1,3}|IV|V))? "
                          r"(?P<body>(?:Komisi|Badan|Pansus|Panja|Fraksi|Bapemperda|DPR)[\w ]*)$")
COUNCIL_NUMBER = re.compile(r"[ \t]+(I{1,3}|IV|V)\b(?![.\w])")
# the office of a head: "Kepala Dinas Pariwisata" -> "Dinas Pariwisata", "Kepala Bappeda" -> "Bappeda"
OFFICE_HEAD = re.compile(r"^Kepala ((?!Desa$|Daerah$|Kelurahan$|Kampung$)[A-Z].*)$")
SHARED_LINK = re.compile(r"(?:,|\b(?:dan|serta|bersama|beserta|didampingi))[ \t]*"
                         r"(?:(?:dua|tiga|empat|lima|para|kedua|ketiga|keempat|kelima)[ \t]+)?$")  # "bersama tiga"
NAME_NEXT = re.compile(r"[ \t]+[A-Z]")
# a faction written by its party's short name, with no comma: "Anggota DPRD Fraksi Demokrat Budi", "F-PKB Ani"
FACTION_PARTY = re.compile(r"[ \t]+(?:dari[ \t]+(?:(?:Fraksi|F\-|F(?=[A-Z]))[ \t]*)?|(?:Fraksi|F\-|F(?=[A-Z]))[ \t]*)"
                           r"(?:Partai[ \t]+)?([\w\-]+)(?:[ \t]+Perjuangan\b)?")  # "Anggota DPR RI dari PDIP Budi"
# a sub-unit's head, whose office may follow after a comma: "Kepala Bidang X, Dinas Y Kabupaten Z, Budi"
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
MINISTRY_AFTER = re.compile(r"[ \t]+(Kemen[a-z]{2,14}|Kemen[A-Z][\w\-]{1,12})(?=[ \t]*[,.]|[ \t]+[A-Z])")
# a holder's name and a comma right before a position: "Banyu Prasojo, Kasubbag X, ..."
APPOSED = re.compile(r"[A-Z][\w'’\-]*[ \t]*,[ \t]*$")
# a field written in title case after a typed head, closed by a comma: "Kasubbag Alat Kelengkapan Dewan dan Rapat,"
TITLE_FIELD = re.compile(r"[ \t]+([A-Z][\w\-]*(?:[ \t]+(?:dan[ \t]+)?[A-Z][\w\-]*){0,5})(?=[ \t]*,)")
# a building named after an office: "Kantor Bupati X, Stabat" names a town after the comma, not the holder
BUILDING_BEFORE = re.compile(r"\b(?i:kantor|rumah[ \t]+dinas|rumah[ \t]+jabatan|rumdin|rujab|pendopo|pendapa|ruang"
                             r"(?:[ \t]+(?:kerja|rapat|pola))?|aula|gedung|balai)[ \t]+$")
# a list of names introduced after a position: "anggota pansus, yaitu A, B, serta C"
# "anggota pansus lain yang ikut hadir ialah A, B", "... yang hadir, yakni", "... beranggotakan A, B"
# "... lainnya juga ikut, yakni", "... turut dalam rombongan, di antaranya": a short clause of joining words
_JOINING = r"(?:lain(?:nya)?|juga|pun|ikut|turut|hadir|serta|dalam|rombongan|tersebut|tampak|terlihat|bergabung)"
# "anggota Komisi II lainnya: A, B", "anggota yang datang untuk belajar kali itu ialah A, B": a short clause, then the
# list word (or the colon after "lainnya")
MEMBERS_INTRO = re.compile(r"[ \t]*(?:,?[ \t]*(?:lain(?:nya)?[ \t]+|lainnya,?[ \t]+)?(?:(?:yang(?:[ \t]+[a-z]+){1,6}?"
                           r"|" + _JOINING + r"(?:[ \t]+" + _JOINING + r"){0,3})"
                           r"[ \t]*,?[ \t]*)?(?:yaitu|yakni|antara[ \t]+lain|di[ \t]*antaranya|masing-masing|"
                           r"terdiri[ \t]+(?:dari|atas)|seperti|ialah|adalah|beranggotakan)[ \t]*:?|\("
                           r"|lain(?:nya)?[ \t]*:)[ \t]*")
# after a post many hold, counted: any short lower-case clause before "yaitu" ("sembilan anggota diduga tidak ikut,
# yaitu A, B"); not after an uncounted one ("Anggota DPRD X menyoroti dua hal, yaitu Dana Desa dan ...")
MEMBERS_CLAUSE = re.compile(r"(?:[ \t]+[a-z]+){1,4}[ \t]*,[ \t]*(?:yaitu|yakni)[ \t]*:?[ \t]*")
COUNTED = re.compile(r"\b(?i:\d{1,3}|(?:se|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)(?:[ \t]+(?:belas|puluh))?"
                     r"|sepuluh|sebelas|beberapa|sejumlah)[ \t]+(?:orang[ \t]+)?$")
OWN_POST = re.compile(r"[ \t]*,?[ \t]+(?:selaku|sebagai)[ \t]+")
# a council member's or chair's post, then the commission written after the council
COUNCIL_MEMBER = re.compile(r"^(?P<head>(?:Wakil )?(?:Anggota|Ketua)) (?:DPRD|DPRK|DPRA|DPRP|DPR RI|DPR)$")
COMMISSION_AFTER = re.compile(r"[ \t]+Komisi[ \t]+([A-E]|X{0,1}(?:IX|IV|V?I{0,3}))\b(?=[ \t]*,|[ \t]+[A-Z])")
INTRO_WORD = re.compile(r"(\w+)[ \t]+$")
# a clause opening right before a name: a sentence's or line's start, "Sementara itu, ", "Adapun, "
SPEECH_AFTER = re.compile(r"[ \t]*,?[ \t]+([a-z]+)\b")  # "... Kepala Dinas X mengatakan"
CLAUSE_OPENING = re.compile(r"(?:[.!?\n][ \t\"“”]*|\b(\w+)[ \t]*,[ \t]*)$")
COMMA_THEN_NAME = re.compile(r"[ \t]*,[ \t]*(?=[A-Z])")
OWN_HEAD_BEFORE = re.compile(r"\b(?i:ketua|sekretaris|anggota|wakil|pimpinan|unsur)(?:[ \t]+(?:I{1,3}|IV))?[ \t]+$")
LIST_WORD = re.compile(r"yaitu|yakni|antara|masing|terdiri|beranggotakan")
# "Bupati X beserta wakilnya Budi", "Ketua DPRD X didampingi dua wakilnya, A dan B": the deputies of that post
DEPUTIES = re.compile(r"\b(?:beserta|bersama|didampingi|dan|serta|dengan)[ \t]+"
                      r"(?:(?:dua|tiga|empat|kedua|ketiga|para|\d)[ \t]+)?[Ww]akilnya[ \t]*,?[ \t]*(?=[A-Z])")
# "A, B dan C", also "A,B,C" with no blank after the comma
LIST_SEPARATOR = re.compile(r"[ \t]*(?:,{1,2}[ \t]*(?:(?P<and1>dan|serta|hingga|lalu)[ \t]+)?"
                            r"|[ \t]+(?P<and>dan|serta|hingga)[ \t]+)(?=[A-Z])")
# offices the lexicon lacks, written out after "Kepala": "Balai ...", "Pusat ...", "Lembaga ..."
OFFICE_START = re.compile(r"[ \t]+((?:Balai|Pusat|Lembaga|Direktorat|Perwakilan|Loka|Biro|Kantor|Unit)\b)")
OFFICE_WORD = re.compile(r"(?:[ \t]+|,[ \t]*)((?:(?:dan|untuk)[ \t]+)?[A-Z0-9][\w\-/]*)")
OFFICE_LIST_END = re.compile(r"(?:,[ \t]*[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,3})+,?[ \t]+dan[ \t]+[A-Z]")
OPEN_OFFICE_START = re.compile(r"[ \t]+((?!(?:Kabupaten|Kota|Provinsi|Pemkab|Pemkot|Pemprov|Sekolah|Madrasah|SD|SMP"
                               r"|SMA|SMK|SDN|SMPN|SMAN|SMKN|MTs|MAN|Pondok|Yayasan|PT|CV|Daerah)\b)[A-Z][\w\-]*)")
REGIONAL_OPEN_HEADS = frozenset(WORDS["regional_open_head"])
# heads whose office is written out in full, a comma or bracket closing it
OPEN_HEADS = frozenset(WORDS["open_head"]) | REGIONAL_OPEN_HEADS
# a party's boards, whose secretaries hold no public office: "Sekretaris DPD Partai X"
PARTY_BODIES = frozenset(w.lower() for w in WORDS["party_body"])
REGION_LEADS_CASED = frozenset({"Kabupaten", "Kota", "Provinsi", "Pemkab", "Pemkot", "Pemprov", "Kab", "Prov"})
# a council's group whose members are listed: "rombongan Komisi I DPRD", "jajaran Komisi II", "delegasi DPRK"
_COUNCIL_UNIT = r"Komisi[ \t]+(?:[A-E]|IV|V|I{1,3})\b|Pansus|Panja|Banmus|Banggar|Bapemperda"
COUNCIL_GROUP = re.compile(r"\b(?i:rombongan|delegasi|jajaran|tim|perwakilan|personil|personel)[ \t]+"
                           r"(?P<body>(?P<unit>" + _COUNCIL_UNIT
                           + r"|Badan[ \t]+(?:Musyawarah|Anggaran|Kehormatan))?"
                           r"[ \t]*(?P<house>DPRD|DPRA|DPRK|DPRP)?)\b")
# a council body: "DPRD X", "Komisi II DPRD X", "Bapemperda DPR X"
COUNCIL_BODY = re.compile(r"\b(?P<unit>" + _COUNCIL_UNIT + r")?"
                          r"[ \t]*(?P<house>DPRD|DPRA|DPRK|DPRP|DPR)\b|\b(?P<alone>Bapemperda|Banmus|Banggar|Pansus"
                          r"|Komisi[ \t]+(?:[A-E]|IV|V|I{1,3})\b)")
# a council committee, its council written or not: "Komisi D DPRD", "Pansus"
COMMITTEE = re.compile(r"\b(?P<unit>" + _COUNCIL_UNIT + r")(?:[ \t]*(?:DPRD|DPRA|DPRK|DPRP|DPR)\b)?")
# "Ketua Komisi III Budi dan anggota Ani serta Cici": members of the body of the post named before
# a sentence's end: a full stop after a word (not after a title, an initial or a degree: "Hi. Budi", "S.Sos. dan";
# ``_sentence_end``), a semicolon or colon, a line break
SENTENCE_END = re.compile(r"(\w*)[.!?][\"”]?\s|[;:]\s|\n")
# "Wakil II Budi": a council's deputy chair by number, "Ketua" left out
NUMBERED_DEPUTY = re.compile(r"\bWakil[ \t]+(I{1,3}|IV)\b[ \t]*,?[ \t]*(?=[A-Z])")
# also after a comma: "Wakil Ketua DPRD X Budi, anggota Ani, Cici, dan Dedi"
SHARED_MEMBERS = re.compile(r"(?:\b(?:dan|serta|bersama|beserta|didampingi)[ \t]+(?:para[ \t]+)?anggota[ \t]+(?=[A-Z])"
                            r"|,[ \t]*anggota[ \t]+(?=[A-Z][a-z]))")  # not "anggota BK Budi": an office
# a bare "anggota" in lower case whose names follow: "diikuti sejumlah anggota, antara lain"
BARE_MEMBERS = re.compile(r"\b(?:sejumlah|beberapa|para|seluruh)?[ \t]*anggota(?:nya)?\b(?![ \t]+[A-Z])")
# "Rombongan DPRD X dipimpin Wakil Ketua Budi, bersama anggotanya Ani, Cici, dan Dedi": the names follow directly
OWN_MEMBERS = re.compile(r"\b(?:bersama|beserta|dengan|didampingi|dan|serta)[ \t]+(?:para[ \t]+)?anggotanya"
                         r"[ \t]+(?=[A-Z])")
# "... yang dipimpin langsung oleh (wakil) ketuanya, Budi"
LED_BY_CHAIR = re.compile(r"[ \t]*,?[ \t]*(?:yang[ \t]+)?dipimpin[ \t]+(?:langsung[ \t]+)?(?:oleh[ \t]+)?"
                          r"(?P<deputy>wakil[ \t]+)?ketuanya[ \t]*,?[ \t]*")
# "Komisi I DPRD X yang diwakili A dan B", "..., diwakili oleh A": members speaking for the body
REPRESENTED_BY = re.compile(r"[ \t]*,?[ \t]*(?:yang[ \t]+)?diwakili(?:[ \t]+oleh)?[ \t]+(?=[A-Z])")
# "Komisi III Bidang Hukum dan Pemerintahan diketuai Budi", "Bapemperda diketuai oleh Ani": its chair
CHAIRED_BY = re.compile(r"(?:[ \t]+Bidang(?:[ \t]+(?:dan[ \t]+)?[A-Z][\w\-]*){1,5})?[ \t]*,?[ \t]*(?:yang[ \t]+)?"
                        r"(?:diketuai[ \t]+(?:oleh[ \t]+)?|(?:berada[ \t]+)?di[ \t]+bawah[ \t]+pimpinan[ \t]+)")
# the commissions joined to one: "Anggota Komisi I dan IV DPRD X", "Komisi A, B, dan C"
_COMMISSION = r"(?:[A-E]|IV|VI|V|I{1,3})\b"
COMMISSION_MORE = re.compile(r"(?:[ \t]*,[ \t]*" + _COMMISSION + r")*[ \t]*,?[ \t]*(?:dan|serta|&)[ \t]+"
                             r"(?:Komisi[ \t]+)?" + _COMMISSION + r"(?P<house>[ \t]+DPRD\b)?")
# a party written after a council member's name: "Budi (F-Golkar)", "Ani (Fraksi PKS)", "Cici (Golkar)", "Dedi
# (Dapil 2)", "Eko dari Fraksi Gerindra", "Fani dari Partai Golkar"
PARTY_ASIDE = re.compile(r"[ \t]*\([ \t]*(?P<kind>F[.\- ]+|F(?=[A-Z]{2,6}\))|Fraksi[ \t]+|Partai[ \t]+|Dapil\b)?"
                         r"(?P<party>[^()\n]{1,30})\)"
                         r"|[ \t]+dari[ \t]+(?:(?P<from>Fraksi|Partai)[ \t]+(?=[A-Z])|(?P<bare>[A-Z][\w\-]+)\b)")
# a ministry's unit head, the title written out up to its ministry, then the holder: "Direktur Penataan Daerah
# Kementerian Dalam Negeri, Budi", "Deputi Bidang X Kementerian PANRB Ani", "Dirjen X dan Y Kemenaker RI Drs Budi";
# the ministry ends at its acronym (written or in brackets), "Dalam Negeri", "RI" or a comma, never in a name
_MINISTRY_WORDS = alternation(WORDS["ministry"], r"[ \t]+")
NATIONAL_TITLE = re.compile(
    r"\b(?P<head>(?:(?:Plt\.?|Pelaksana[ \t]+Tugas)[ \t]+)?(?:"
    + alternation(sorted(WORDS["national_head"] + WORDS["open_head"], key=len, reverse=True), r"[ \t]+") + r"))"
    r"(?P<title>(?:[ \t]+(?:(?:dan|untuk)[ \t]+)?(?:[A-Z][\w\-/]*|\([A-Z][\w\-]*\))){1,12}?)[ \t]+"
    r"(?P<ministry>(?:" + _MINISTRY_WORDS + r")[ \t]+(?:Dalam[ \t]+Negeri\b|[A-Z][A-Za-z\-]*[A-Z][A-Za-z\-]*\b"
    r"|[A-Z][a-z][\w\-]*(?:[ \t]+(?:dan[ \t]+)?[A-Z][a-z][\w\-]*){0,5}"
    r"(?=[ \t]*\([A-Z]|[ \t]+RI\b|[ \t]+Republik[ \t]+Indonesia\b|[ \t]*,))"
    r"|(?:" + alternation(WORDS["national_body"]) + r")\b"
    r"|(?!(?:" + _MINISTRY_WORDS + r")\b)(?:Kemen[a-z]{2,14}\b(?:-[A-Z]+\b)?|Kemen[A-Z][\w\-]{1,12}\b)"
    r"(?:[ \t]+[A-Z]{2,6}\b(?=[ \t]*,))?)"
    r"(?:[ \t]*\([A-Z][A-Za-z\-]{1,11}\))?(?:[ \t]+(?:RI|Republik[ \t]+Indonesia)\b)?[ \t]*,?[ \t]*(?=[A-Z])")
# an acting holder's prefix before a post (read here and by nlp/visits.py)
ACTING = re.compile(r"^(?:Penjabat|Pelaksana\s+Tugas|Pelaksana\s+Harian|Plt\.?|Plh\.?|Pj\.?)\s+")
# a roll of council members: the member word heads the clause right before a list word ("Keempat anggota DPRD yang
# hadir itu ialah A, B", "tiga anggota diduga tidak ikut, yaitu A, B"), then two names or more
ROLL_MEMBERS = re.compile(r"\b(?i:anggota|legislator|wakil[ \t]+rakyat)\b")
ROLL_COUNCIL = re.compile(r"[ \t]+dewan\b")  # "anggota dewan yang ikut, yaitu"; "anggota DPRD X yang ..."
ROLL_ASIDE = re.compile(r"(?:saya|kami)[ \t]*,[ \t]*(?=[A-Z])")  # "antara lain saya, A, B": the speaker aside
LIST_INTRO = re.compile(r"\b(?:" + alternation(WORDS["list_intro"], r"[ \t]+") + r")\b")
# another person between the members and the list, whose list it is: "anggota DPRD X disambut pejabat Y, yaitu A, B"
PERSON_NOUN = re.compile(r"\b(?i:" + alternation(WORDS["person_noun"], r"[ \t]+") + r")(?:nya)?\b")
# heads whose office may be written out after them up to its region, and a word of that office
WRITTEN_OUT_HEADS = frozenset(WORDS["written_out_head"])
# an event or a programme opening a phrase of an office: "Koordinator Festival X Kota Y Budi", "Kepala Bagian Hukum,
# Program X" head no office ("Kepala Sub Bagian Perencanaan Program dan Keuangan" does)
EVENT_OPENING = re.compile(r"(?:^|,[ \t]*|\bdan[ \t]+)(?:" + alternation(WORDS["event_word"], r"[ \t]+") + r")\b")
OFFICE_RUN = re.compile(r"(?:[ \t]*,[ \t]*(?:dan[ \t]+)?|[ \t]+(?:(?:dan|&)[ \t]+)?)"
                        r"(?P<w>\([A-Z][\w\-]*(?:[ \t]+dan[ \t]+[A-Z][\w\-]*)?\)|[A-Z][\w\-/]*|e-[A-Z]\w*)")
COUNCIL_CONTEXT = re.compile(r"\b(?:DPRD?|DPR[AKP]|dewan|anggota|legislator|legislatif|Komisi|Fraksi|rombongan"
                             r"|wakil rakyat)\b")
# a party or seat written after a listed name: "Budi (F-Golkar), Ani (Dapil 2), Cici dari Fraksi PKB, ..."
ASIDE_AFTER = re.compile(_PARTY_BRACKET + r"|" + _FROM_PARTY + r"(?:[ \t]+[A-Z][\w\-]*){1,3}" + _ACRONYM_BRACKET
                         + r"|[ \t]+dari[ \t]+(?:Dapil|daerah[ \t]+pemilihan)(?:[ \t]+[A-Z0-9][\w\-]*){1,3}")
# an acronym in brackets: "(Waket)", "(DPRD)", "(Menpan RB)"; the words of a title before it
BRACKET_ACRONYM = re.compile(r"[ \t]*\(([A-Z][A-Za-z\-]{1,11}(?:[ \t][A-Z][A-Za-z]{1,5})?)\)")
TITLE_WORD = re.compile(r"[A-Za-z][\w\-]*\.?|&")
DEGREE_AFTER = re.compile(r"[ \t]*,?[ \t]*([A-Za-z][A-Za-z.]{0,7})(?=[ \t]*[,;)]|[ \t]+(?:dan|serta)\b|[ \t]*$)")
# a lower-case word ending a listed name, a comma or "dan" + name after it: "Sarpan koko, Ani", "Lintang syah dan Budi";
# read only inside a long list: ``LONG_LIST`` other names in it with the one it ends
LOWER_TAIL = re.compile(r"[ \t]+([a-z][a-z'\-]{1,11})(?=[ \t]*,|[ \t]+(?:dan|serta)[ \t]+[A-Z])")
LONG_LIST = 3
FUNCTION_WORDS = function_words("id")
# positions held by many people at once: a bare comma list after them is a list of holders
PLURAL_POSITION = re.compile(r"^(?:Anggota|Unsur|Para)\b")
# an office acronym, with a suffix ("Diskominfo-SP")
OFFICE_ACRONYM = re.compile(r"[ \t]+((?:[A-Z]{2,7}|(?:Bap|Pus|Dis|Din|Bad|Bal|Kan)[a-z]{4,12})(?:-[A-Z]{1,4})?"
                            r"(?:(?:[ \t]+[A-Z]{2,6})+(?=[ \t]*,))?)(?=[ \t]*,|[ \t]+[A-Z]|\.(?:\s|$))")
# a typed head written without its unit, its holder after a comma: "dipimpin Sekretaris Dinas, Budi,"
BARE_TYPED_HEAD = re.compile(r"[ \t]*,[ \t]*(?=[A-Z])")
# a one-word office between a position and its holder: "Asisten Ekobang Setda Budi" (no region written)
OFFICE_BEFORE_NAME = re.compile(r"[ \t]+([\w\-]+)(?=[ \t]+[A-Z])")
# a nickname after a position: "Bupati yang akrab disapa Budi", "Camat yang biasa dipanggil Ani"
NICKNAME = re.compile(r"[ \t]*,?[ \t]+yang[ \t]+(?:akrab|biasa|karib)[ \t]+(?:di)?(?:sapa|panggil|kenal)"
                      r"(?:[ \t]+dengan)?[ \t]+(?=[A-Z])")
# long position words misspelt in news by one letter ("Seketaris", "Asisiten", "Gubenrur", "Anggita"); short ones
# ("kepala" / "kepada", "ketua") have real words one letter away
TYPO_HEADS = frozenset(w.lower() for w in WORDS["typo_head"])
# a police or military unit written after a post ("Kasat Reskrim Polres X AKP Budi")
FORCE_WORDS = frozenset(w.lower() for w in WORDS["force_unit"])
FORCE_UNIT = re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, WORDS["force_unit"])) + r")\b")
# the rest of an office in brackets after a name: "Ani (Dirjen Bina Keuangan Daerah Kemendagri)"
OFFICE_THEN_CLOSE = re.compile(r"(?:[ \t]+(?:dan[ \t]+)?[A-Z][\w\-]*){0,5}[ \t]*\)")
# a retired rank's mark inside a holder's titles: "Komjen Pol (Purn) Budi", "Brigjen TNI (Purn.) Ani"
RETIRED = re.compile(r"\([ \t]*(?:[Pp]urn|H\.?[ \t]*C)\.?[ \t]*\)")  # also an honorary degree: "Dr. (H.C.) Budi"
# an abbreviation restating the office after its region: "Kepala BKD Kabupaten X (BKD), Budi", "(Plt Gubri)"
OFFICE_ASIDE = re.compile(r"[ \t]*\(([A-Za-z][\w.\-]*)(?:[ \t]+[\w.\-]+){0,2}\)")
# a place: the name is written elsewhere after a preposition or a place word ("di Hulu Seberang", "Desa Paron")
PLACE_BEFORE = re.compile(r"\b(?:di|ke|Kecamatan|Kelurahan|Desa|Nagari|Kampung|Gampong|Pulau)[ \t]+(?=[A-Z])")
SPEECH_BEFORE = re.compile(r"\b(?:kata|ujar|ucap|jelas|tutur|ungkap|imbuh|tambah|sebut|tegas)[ \t]+$")
INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+\.?")  # "H.R.T", "R.K.": a chain of initials, one part of a name
GLUED_TITLE = re.compile(r"([A-Za-z]{1,4}\.)(?=[A-Z])")
LEAD_ASIDE = re.compile(r"\([A-Za-z]{2,10}\)[ \t]*")
LEAD_RE = re.compile(r"(\w+)\.?[ \t]+")
TOKEN_RE = re.compile(r"[A-Za-zÀ-ÿ][\w'’\-]*\.?|\S", re.UNICODE)
NATIONAL = frozenset(WORDS["national_level"])  # levels of positions.csv whose holders take no region
LOCAL = frozenset(WORDS["local_level"])  # levels held in a district or village
LOCAL_NAMED_PLACE = re.compile(r"[ \t]+[A-Z][\w'\-]*(?:[ \t]+[A-Za-z][\w'\-]*)?[ \t]*,[ \t]*")
# an aside in brackets closed by a comma: "Kepala Balai X (BPJN) Sulawesi, Budi" -> the office ends there
BRACKET_THEN_COMMA = re.compile(r"[ \t]*\([^()\n]{1,30}\)[ \t]*,")
# a district or village named with a compass word or as an island: "Ternate Utara", "Ternate barat", "pulau Hiri"
# posts of vertical (national) institutions: police, military, prosecutors ("Kepala Kepolisian Resor")
VERTICAL = re.compile(r"\b(?:" + "|".join(map(re.escape, WORDS["vertical"])) + r")\b")
_COMPASS = "|".join(map(re.escape, sorted(region_words()["direction"])))  # data/region_words.csv kind direction
COMPASS_PLACE = re.compile(r"[ \t]+(?:(?i:pulau)[ \t]+[A-Z][\w'\-]*|[A-Z][\w'\-]*[ \t]+(?i:" + _COMPASS + r"))"
                           r"(?=[ \t]+[A-Z])")
COMPASS_TAIL = re.compile(r"[ \t]+(?i:" + _COMPASS + r")(?=[ \t]+[A-Z])")
# one capitalised word between a local head and a region: "Camat Rancaekek Kabupaten X"
PLACE_WORD = re.compile(r"[ \t]+[A-Z][\w'\-]*[ \t]+")
LOCAL_PLACE = re.compile(r"[ \t]*(?:Desa|Kelurahan|Kecamatan|Kampung|Nagari|Gampong|Dusun)[ \t]+"
                         r"(?:[A-Z][\w'\-]*(?:[ \t]+[A-Z][\w'\-]*){0,3},|[A-Z][\w'\-]*,?)[ \t]+")


@dataclass(frozen=True, slots=True)
class PositionMention:
    start: int
    end: int
    canonical: str  # "Kepala Dinas Kesehatan"
    level: str  # kabupaten | kota | provinsi | region | national | district | village
    region: str | None  # region code written right after the position
    after: int  # where the text goes on after position and region (the name usually starts here)


class OfficialFinder:
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
        self.parties = frozenset(w for w, kind in words if kind == "party")  # "Budi (Golkar)"
        # one-word "names" that are words of region names: "Bupati Meranti", "Camat Tengah"
        # first words of region names and aliases: "Kabupaten Tanaraya Budi" holds a place, not a name
        self.region_starts = frozenset(w.split()[0].lower() for w in [r.core for r in lexicon.regions.values()]
                                       + [a for a, _, _ in lexicon.aliases] if w.split())
        # the provinces of a provincial council's family by name: "Aceh" -> {"11"}, "Papua" -> the Papua provinces
        self.council_provinces = {family: frozenset(r.code for r in lexicon.regions.values()
                                                    if r.level == PROV and family in r.core.split())
                                  for family in PROVINCIAL_COUNCILS.values()}
        self.abroad = frozenset(c for c, _, role in lexicon.visit_cues if role == "abroad" and " " not in c)
        # the first two words of regions named in three or more: "tanjung jabung" (Timur, Barat)
        self.region_heads = frozenset(" ".join(r.core.lower().split()[:2]) for r in lexicon.regions.values()
                                      if len(r.core.split()) >= 3)
        self.region_words = frozenset(w for r in lexicon.regions.values() for w in r.core.lower().split()
                                      if len(w) >= 5)
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
                self.positions[f"ka{key}"] = (_compose("Kepala", canonical), self.unit_level[canonical], "title")
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
        self.automaton.make_automaton()
        self.name_intros = frozenset(w.lower() for w in WORDS["name_intro"])  # "kata Budi Kepala Dinas X"
        self.speech_verbs = frozenset(w.lower() for w in WORDS["speech_verb"])  # "Budi Kepala Dinas X mengatakan"
        # one-word titles of district and village heads, written with their place: "Camat Dlingo"
        self.local_titles = frozenset(k for k, (_, level, kind) in self.positions.items()
                                      if " " not in k and level in LOCAL and kind == "title")
        self.position_words = frozenset(w for key in self.positions for w in key.split() if len(w) >= 3)
        self.position_starts = frozenset(key.split()[0] for key, (_, _, kind) in self.positions.items()
                                         if kind == "title" and len(key) >= 3) | {p[0] for p in self.prefixes}
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

    # -- positions ---------------------------------------------------------------------------------

    def has_office_word(self, text: str) -> bool:
        """A word of a position or a unit in ``text``: "Pelayanan Terpadu Satu Pintu", "Budi Humas" name no person."""
        return any(w.lower() in self.position_words or w.lower() in UNIT_WORDS for w in text.split())

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
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out, last = [], -1
        for h in hits:
            if h[0] >= last:
                out.append(h)
                last = h[1]
        return out

    def position_at(self, text: str, start: int, end: int, key: str,
                    region_starts: frozenset[int] = frozenset()) -> tuple[int, int, str, str] | None:
        """Extend a position hit with its prefixes and unit: (start, end, canonical, level), or None for a
        bare head without unit ("Kepala", "Ketua")."""
        canonical, level, kind = self.positions[key]
        if canonical.split()[0] in FUNCTIONAL_FIRST and not text[start].isupper():
            return None  # "pengelola inovasi daerah" is a common noun; the post is written capitalised
        if kind == "head":
            abbrev = HEAD_ABBREV.match(text, end)  # "Kepala Bagian (Kabag) Umum"
            if not abbrev and " " not in key and key != canonical.lower() and text[end:end + 2] == ". ":
                end += 1  # "Kasubag. Kajian Hukum": an abbreviated head written with a full stop
            apposed = bool(APPOSED.search(text, max(0, start - 40), start))  # "Budi, Kasubbag X, ..."
            unit = self._unit_after(text, abbrev.end() if abbrev else end, canonical, region_starts, apposed)
            if unit is None and canonical.split()[-1] in UNIT_TYPES and len(canonical.split()) >= 2 \
                    and BARE_TYPED_HEAD.match(text, end):
                unit = ("", end)  # "Sekretaris Dinas, Budi": the office is the one the text is about
            if unit is None:
                return None
            unit_canon, end = unit
            if EVENT_OPENING.search(unit_canon):
                return None  # "Sekretaris Panitia Festival X": an event's, no office
            inner = self._unit_after(text, end, "Kepala", region_starts) \
                if unit_canon.startswith("Unit Pelaksana Teknis") else None
            if inner and inner[0] in self.unit_level:  # "Kepala UPTD Puskesmas X, Budi": the unit's own office
                short = "UPTD" if unit_canon.endswith("Daerah") else "UPT"
                unit_canon, end = f"{short} {inner[0]}", inner[1]
                level = self.unit_level[inner[0]]
            canonical = _compose(canonical, unit_canon) if unit_canon else canonical
            if self.unit_level.get(unit_canon) in LOCAL:  # "Kepala Puskesmas Kepanjen, Siti Aminah"
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
        if head in OPEN_HEADS:  # "Deputi Bidang Pelayanan Publik Kementerian X, Budi": as written
            return self._office_run(text, pos, region_starts, any_start=True,
                                    stop_at_region=head in REGIONAL_OPEN_HEADS)
        if implied:  # "Kepala Bidang Pemasaran Dinas Pariwisata Kabupaten Sleman, Wulan Sari": as written
            m = WRITTEN_UNIT.match(text, pos)
            inner = m.group("unit").split()[1:] if m else []
            if m and (any(w in UNIT_TYPES or _key(w) in self.units for w in inner)
                      or (implied == "kantor" and m.group("unit").split()[0] in KANTOR_OF)):
                # "Kepala Kantor Kementerian Agama Kabupaten X Budi": a ministry's office in the region
                return f"{head.split()[-1]} {m.group('unit')}", m.end("unit")
            field_ = TITLE_FIELD.match(text, pos) if apposed else None
            if field_:  # "Budi, Kasubbag Alat Kelengkapan Dewan, mengatakan": the holder before, a comma after
                return f"{head.split()[-1]} {field_.group(1)}", field_.end(1)
        return None

    def _office_run(self, text: str, pos: int, region_starts: frozenset[int],
                    any_start: bool = False, stop_at_region: bool = True) -> tuple[str, int] | None:
        """An office the lexicon lacks, written out after "Kepala": "Balai Pelaksana Jalan Nasional (BPJN) X,",
        "Pusat Kajian Kebijakan Publik, Budi". It ends before a bracket, a comma or a region; ending in any
        other way it may hold the holder's name, and is not read. With ``any_start`` (open heads: "Deputi",
        "Komandan" ...) any capitalised word starts it; unless ``stop_at_region``, only a bracket or a comma ends
        it, a region inside being part of the office ("Komandan Kodim 0801 Ngawi, Budi")."""
        m = (OPEN_OFFICE_START if any_start else OFFICE_START).match(text, pos)
        if not m or EVENT_OPENING.match(m.group(1)):
            return None  # "Koordinator Festival Musik X, Budi": an event's, no office
        end, words = m.end(), 1
        while True:
            w = OFFICE_WORD.match(text, end)
            if not w or (stop_at_region and (w.start(1) in region_starts
                                             or w.group(1).split()[-1] in REGION_LEADS_CASED)):
                break
            if len(w.group(1).split()) > 1 and w.group(1).split()[-1].lower() in self.position_starts:
                break  # "Komandan Kodim X dan Kepala ...": the next position
            if any_start and w.group(1).lower().replace(".", "") in self.honorifics:
                break  # "Komandan Paspampres Marsda TNI Budi": a rank starts the holder's name
            words += 1
            if w.group().lstrip()[:1] == "," and (any_start or (not w.group(1).startswith("dan")
                                                                and not OFFICE_LIST_END.match(text, end))):
                break  # a comma goes on only in a list of fields closed by "dan": "SDM, Digitalisasi, dan Inovasi"
            end = w.end()
        rest = text[end:end + 2]
        if any_start and not stop_at_region:
            ranked = OFFICE_WORD.match(text, end)  # a rank follows: "Komandan Paspampres Marsda TNI Budi"
            closed = rest.strip()[:1] == "," and not OFFICE_LIST_END.match(text, end) \
                or bool(BRACKET_THEN_COMMA.match(text, end)) \
                or bool(ranked and ranked.group(1).lower().replace(".", "") in self.honorifics)
            return (text[m.start(1):end], end) if closed and words <= 7 else None
        if not (rest[:1] in (",", "(") or rest.strip()[:1] in (",", "(") or end + 1 in region_starts
                or (end < len(text) and text[end] in " \t" and _starts_region(text, end, region_starts))):
            return None
        return text[m.start(1):end], end

    def _unit_word(self, word: str) -> bool:
        """A word that names a unit: its type ("Dinas"), a unit or field word ("Dinkes", "Pendapatan") or an
        acronym ("(DPP)", "P2KB")."""
        bare = word.strip("()")
        return bare in UNIT_TYPES or _key(bare) in self.units or bare.lower() in UNIT_WORDS \
            or (2 <= len(bare) <= 8 and bare.isupper())

    def _office_word(self, word: str) -> bool:
        """A word of positions or offices ("Pj", "Sekda", "Dinsos"), not of a name."""
        key = _key(word.rstrip("."))
        return key in self.units or key in self.positions or key in self.position_words \
            or any(key == form for form, _ in self.prefixes)

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
                shared = self._shared_body(text, start, end, key, out)
                if shared:  # "Ketua DPRK X Budi, Wakil Ketua Ani": the council named before
                    out.append(shared)
                continue
            start, end, canonical, level = position
            if canonical.split()[-1] in UNIT_TYPES and BARE_TYPED_HEAD.match(text, end):
                canonical = self._office_before(text, start, canonical, out)  # "sekretaris Dinas, Budi"
            field_ = FIELD_AFTER.match(text, end)
            listed = FIELD_WORD.match(text, end)
            if listed and canonical.startswith(("Staf Ahli", "Asisten")):  # "Bidang Ekonomi, Keuangan dan ..."
                unit, unit_end = self._unit(text, listed.end())
                written = "bidang" in text[end:listed.end()].lower()  # "Staf Ahli Ekonomi dan Pembangunan Budi"
                if unit and (written or canonical.startswith("Staf Ahli")) and (
                        "," in text[listed.end():unit_end] or not field_ or (
                        field_.end(1) > unit_end and not self._name(text, field_.end(1)))):
                    # "Staf Ahli Bupati Bidang Administrasi Umum Ani": the field's words end before the name
                    canonical, end, field_ = f"{canonical} Bidang {unit}", unit_end, None
            if field_ and canonical.startswith(("Staf Ahli", "Asisten")):
                canonical, end = f"{canonical} {field_.group(1)}", field_.end(1)
            topic = COMMITTEE_TOPIC.match(text, end)
            if topic and topic.group(1).lower() not in REGION_LEADS and topic.group(1).lower() not in \
                    self.region_acronyms and canonical.endswith(("Pansus DPRD", "Panja DPRD")):
                # "Ketua Pansus RPJMD DPRD X, Budi", "Ketua Pansus RPJMD Sulawesi Tengah Budi"
                canonical, end = f"{canonical.removesuffix(' DPRD')} {topic.group(1)} DPRD", topic.end()
            joined = COMMISSION_MORE.match(text, end) if re.search(r"Komisi [A-Z]+$", canonical.removesuffix(" DPRD")) \
                else None
            if joined:  # "Anggota Komisi I dan IV DPRD X": one post in several commissions
                others = re.sub(r"\s*,\s*", ", ", " ".join(text[end:joined.end()].split())).removesuffix(" DPRD")
                at = re.search(r"Komisi [A-Z]+", canonical).end()
                canonical = canonical[:at] + ("" if others[:1] == "," else " ") + others + canonical[at:]
                if not canonical.endswith("DPRD") and joined.group("house"):
                    canonical += " DPRD"
                end = joined.end()
            party = FACTION_NAME.match(text, end) if canonical.endswith("Fraksi") else None
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
            office = self._office_after_comma(text, end, canonical, region_at)
            if office:  # "Kepala Bidang Informasi Publik, Diskominfo Kota X, Budi": the office after a comma
                canonical, end = office
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
            late = LATE_FIELD.match(text, after) if canonical.startswith(("Staf Ahli", "Asisten")) \
                and "Bidang" not in canonical else None
            if late:  # "Staf Ahli Bupati X Bidang Hukum, Budi": the field after the region
                canonical, after = f"{canonical} {late.group(1)}", late.end(1)
            elif canonical.startswith(("Staf Ahli", "Asisten")) and "Bidang" not in canonical \
                    and (lower := LATE_FIELD_LOWER.match(text, after)):
                # "staf ahli bupati X bidang Kemasyarakatan dan SDM, Budi", "... bidang pembangunan, ekonomi dan
                # keuangan Budi": the field in unit words, in lower case or not
                unit, unit_end = self._unit(text, lower.end())
                numeral = TRAILING_NUMERAL.search(text, lower.end(), unit_end)
                if numeral:  # "bidang Kemasyarakatan dan SDM, I Ketut Arkaniwa": a Balinese name, no numeral
                    unit_end = numeral.start()
                    unit = _title_unit(text[lower.end():unit_end])
                if unit:
                    canonical, after = f"{canonical} Bidang {unit}", unit_end
            local = LOCAL_WORD.match(text, after)  # "kepala dinas pariwisata setempat, Budi": region inferred
            if local and region is None:
                after = local.end()
            out.append(PositionMention(start, end, canonical, level, region, after))
        return out

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
                return _compose(head, office.group(1))
        for m in reversed(list(UNIT_WORD.finditer(text, max(0, sentence), start))):
            unit = self.units.get(m.group().lower())
            if unit and unit.split()[0] == kind:
                return _compose(head, unit)
        return head

    def unbracketed(self, text: str, regions: list[RegionMention]) -> tuple[str, list[tuple[int, int]]]:
        """``text`` with the acronym in brackets after a title's written-out words taken out, the title moved right
        over it (same length): "Wakil ketua (Waket) Komisi VIII Budi" -> "...Wakil ketua Komisi VIII Budi"; an
        acronym the lexicon knows stands for its words: "Ketua Badan Pembuat Peraturan Daerah (Bapemperda) DPRD X"
        -> "...Ketua Bapemperda DPRD X". Only where the words spell the acronym, a title word opens them or (an
        acronym the lexicon knows) comes before them, and every capitalised word among them is a word of titles or
        units (no name: "Kepala Bidang Pariwisata Budi (KBPB)"). Also the stretches moved: offsets inside them
        are not the text's (``_unshifted``)."""
        if "(" not in text:
            return text, []
        out = None
        moved = []
        for m in BRACKET_ACRONYM.finditer(text):
            acronym = m.group(1)
            words = list(TITLE_WORD.finditer(text, max(0, m.start() - 160), m.start()))
            words = [w for w in words if not re.search(r"[^\w\s,&]|\n", text[w.end():m.start()].replace(",", ""))]
            at = _spelt_from(tuple(w.group() for w in words), acronym.replace(" ", "").replace("-", "").lower())
            if at is None:
                continue
            first = at
            while first > 0 and self._title_word(words[first - 1].group()) \
                    and not text[words[first - 1].end():words[first].start()].strip():
                first -= 1
            known = acronym.lower() in self.units or acronym.lower() in self.positions
            if not known and not self._title_word(words[at].group()):
                continue  # "Presiden Raka Wiradana (Rakawira)", "Badan Strategi ... (BSKDN)": as written
            if known and first == at and acronym.lower() not in self.positions:
                continue  # no title before the office: "Universitas Gadjah Mada (UGM)"
            if not known and not all(self._office_word(w.group()) for w in words[first:]):
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

    def find(self, text: str, regions: list[RegionMention], body_start: int = 0) -> list[Official]:
        """Officials named in ``text``; ``regions`` are the resolved region mentions of the same text.

        Text before ``body_start`` is a headline, where every word is capitalised: a name found there
        counts only when the body also has it ("Bupati Badung Terinspirasi ..." names nobody)."""
        text = unwrapped(text, body_start)  # same length: offsets stay
        text, moved = self.unbracketed(text, regions)  # "Wakil Ketua (Waket) Komisi VIII": same length too
        titles = title_spans(text, body_start)  # the headline, "Baca juga" links, lines written like headlines
        self._read = (text, body_start)
        found: list[Official] = []
        nicknamed: list[Official] = []  # "Sekwan X yang akrab disapa Nunung": a nickname names the holder
        region_starts = {m.start: m for m in regions}
        region_at = _region_index(regions)
        for p, spans in self._council_lists(text, region_at) + self._council_chairs(text, region_at) \
                + self._body_members(text, region_at):
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
                named = self._name(text, place.end(), True) if place else None
                if named and not self.clean_name(text[named[0]:named[1]]):
                    named = None  # "..., S.IP., M.AP": degrees only
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
            if p.canonical.removeprefix("Wakil ").startswith(("Komandan", "Panglima", "Kepala Kepolisian")) \
                    or FORCE_UNIT.match(text, name_at):
                # "Kabid Humas Polda Metro Jaya Kombes Budi": a police or military unit, then the holder's rank
                # "Pangdam I/Bukit Barisan Mayjen TNI Budi", "Dandim 0801 Ngawi Letkol Budi": the unit's code, a rank
                q = name_at
                for k in range(5):
                    word = UNIT_CODE_WORD.match(text, q)
                    if not word:
                        break
                    if k and self._is_honorific(word.group(1)):
                        name_at = word.start(1)
                        break
                    q = word.end()
            nickname = NICKNAME.match(text, name_at)  # "Bupati yang akrab disapa Budi itu"
            if nickname:
                name_at = nickname.end()
            party = self._known_party(text, name_at)  # "Anggota DPRD Fraksi PDIP Budi dan Ani, ..."
            faction = FACTION.match(text, name_at) if party is None else None
            if faction:  # "Anggota Komisi III DPRD Kota X dari Fraksi Y, Budi"
                name_at = faction.end()
            party = party or self._known_party(text, name_at)  # "Anggota DPRD Fraksi Demokrat Budi"
            if party:
                name_at = party
            dapil = DAPIL.match(text, name_at)  # "Anggota DPR RI Fraksi X Daerah Pemilihan Jawa Timur II, Budi"
            if dapil:
                name_at = dapil.end()
            compass = COMPASS_PLACE.match(text, name_at) if p.level in LOCAL and not place else None
            if compass and p.region is None:  # "camat Ternate utara Budi", "camat pulau Hiri Ani": the place first
                name_at, place = compass.end(), compass
            elif p.level in LOCAL and (tail := COMPASS_TAIL.match(text, name_at)):
                name_at = tail.end()  # "Camat Wajo Selatan Budi": the region names the district's first part
            chain = LOCAL_CHAIN.match(text, name_at) if p.level in LOCAL else None
            if chain:  # "Camat di Karangnongko Sri Lestiyani", "Kepala Desa Wangen, Kecamatan Karangnongko, Sri"
                name_at, place = chain.end(), place or chain
            name_span = self._name(text, name_at, p.level in LOCAL)  # "Perbekel Desa Gapene I Made"
            if name_span and NO_HOLDER_BEFORE.search(text, max(0, p.start - 8), p.start):
                continue  # "Jalan Gubernur Suryo": a street; "para petinggi Bawaslu": no one person
            if name_span and "," in text[p.end:name_span[0]] and BUILDING_BEFORE.search(text, max(0, p.start - 20),
                                                                                     p.start):
                continue  # "Kantor Bupati Langkat, Stabat": the town of the office building
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
                if first:
                    for span in self._with_list(text, first):
                        if OWN_POST.match(text, self._skip_degrees(text, span[1])):
                            continue  # "anggota dewan lain, di antaranya Budi selaku Ketua BK": his own post
                        official = self.make(text, span, p, regions, body_start)
                        if official:
                            found.append(official)
                    continue
            if not name_span:  # "Tuga, Kepala Desa Sumber Rejo, berkata": the place closes the apposition
                for span in self._name_before(text, p, regions, closed=bool(place and place.group().rstrip()[-1:]
                                                                             == ",")):
                    official = self.make(text, span, p, regions, body_start)
                    if official:
                        found.append(official)
                continue
            if p.level in LOCAL and not place and p.region is None and not text[p.after:name_span[0]].strip():
                # "Camat Sukamaju Wira Santoso", "Kepala Desa Kebonrejo Tulebo": the place comes first
                # a run of two words is the holder's name unless the text names its first word as a place
                # elsewhere ("Lurah Tuta Sekarwangi", but "Lurah Pasteur Dede ... di Pasteur")
                words = list(re.finditer(r"\S+", text[name_span[0]:name_span[1]]))
                if len(words) >= 2 and not words[0].group().endswith(",") and (
                        len(words) >= 3 or self._is_place(text, words[0].group())
                        or _derived_noun(words[0].group().lower())):  # "Lurah Penarukan Sugeng"
                    name_span = (name_span[0] + words[1].start(), name_span[1])
            first_word = UNIT_WORD.match(text, name_span[0])
            ranked = TITLE_AFTER_WORD.match(text, first_word.end()) if p.region is None else None
            if ranked and len(ranked.group(1).rstrip(".")) >= 2 and not ranked.group(1).isupper() \
                    and self._is_honorific(ranked.group(1)) and (later := self._name(text, ranked.start(1))) \
                    and "\n" not in text[ranked.start():later[1]]:
                name_span = later  # "Direktur RSUD Ngawi dr. Budi": the place, then the titled holder
            titled = TITLED_NAME_AFTER.match(text, name_span[1])
            if titled and p.region is None and len(text[name_span[0]:name_span[1]].split()) <= 2 \
                    and "," not in text[p.after:name_span[0]] and self._is_honorific(titled.group(1)):
                # "Ketua DPRD Tanaraya, Dr. H. Pesa": a place the gazetteer lacks, then the titled holder (no place
                # after a comma: "Anggota Komisi II, Rano Kelimutu, H Budi" lists holders)
                later = self._name(text, titled.start(1))
                if later:
                    name_span = later
            for m in regions:  # a region inside the "name" ends it: "Asisten Sekdakab Pamekasan"
                if name_span[0] <= m.start < name_span[1]:
                    name_span = (name_span[0], len(text[:m.start].rstrip(" ,")))
                    break
            official = self.make(text, name_span, p, regions, body_start)
            comma = re.compile(r"[ \t]*,[ \t]*").match(text, name_span[1])
            words = text[name_span[0]:name_span[1]].split()
            if comma and p.region is None and words and (len(words) == 1 or words[-1].lower() in self.abroad) \
                    and (not official or not PLURAL_POSITION.match(p.canonical)):
                # "Ketua DPRD Tuba, Budi dan Ani" where "Tuba" is a place the gazetteer lacks: the holders follow;
                # "Gubernur Provinsi Quirino Filipina, Budi": a place abroad; "Wali Kota Lindevik, Marten Aaslund,
                # salah satu tamu ... di Lindevik": one word the text also writes as a place, then a fuller name in
                # apposition, is the holder's (foreign) town
                later_span = self._name(text, comma.end())
                if later_span and not self._office_word(text[later_span[0]:later_span[1]].split()[0]) \
                        and not any(r.start < later_span[1] and later_span[0] < r.end for r in regions) \
                        and (not official or (len(words) == 1 and self._is_place(text, words[0])
                                              and len(later := text[later_span[0]:later_span[1]].split()) >= 2
                                              and all(self._name_like(w) or len(w.rstrip(".")) == 1 for w in later)
                                              and APPOSED_CLAUSE.match(text, self._skip_degrees(text, later_span[1])))):
                    name_span = later_span
                    official = self.make(text, name_span, p, regions, body_start)
            if official and nickname:
                nicknamed.append(official)
            elif official:
                # "Anggota Komisi II Ani, Budi, dan Cahyo": a list of names after one position
                spans = self._with_list(text, name_span, require_and=not PLURAL_POSITION.match(p.canonical))
                if spans[0] != name_span:  # "Anggota DPRD Sarpan koko, Budi, Cici, dan Dedi": a lower-case last word
                    official = self.make(text, spans[0], p, regions, body_start) or official
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
        found = one_spelling(outside_titles(found + by_party, text, titles), text)  # a position beside the name first
        return _unshifted(found, moved) if moved else found

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
                if not w or word in self.days or word == "se" or _verb_like(word, self.verbs) \
                        or (field_ and (field_.lower() not in UNIT_WORDS or not OFFICE_LIST_END.match(text, pos))):
                    break  # "Kepala Desa Se Kabupaten X": the heads of all villages; a comma goes on in fields only
                words.append(w.group("word"))
                pos = w.end()
            if region is None or region.weak or "\n" in text[m.start():region.start] \
                    or on_title_line(text, body_start, m.start()) or not any(self._unit_word(w) for w in words):
                continue
            name_at = COMMA_AFTER.match(text, region.end).end()
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

    def _known_party(self, text: str, pos: int) -> int | None:
        """The end of a faction written by a known party's short name right before a capitalised name (or the
        holder's electoral district): "Fraksi PDIP Budi", "F-PKB Ani", "Fraksi X Dapil Y II, Budi"; None when no
        such faction is written at ``pos``."""
        party = FACTION_PARTY.match(text, pos)
        if party and party.group(1).lower() in self.parties and (DAPIL.match(text, party.end())
                                                                 or NAME_NEXT.match(text, party.end())):
            return party.end()
        return None

    def _party_members(self, text: str, regions: list[RegionMention], region_at: dict[int, RegionMention]
                       ) -> list[tuple[PositionMention, tuple[int, int]]]:
        """Council members known by the party written after their name: "Budi (F-Golkar), Ani (PKS)" -> "Anggota
        DPRD" of the council the text names last before them (DPR RI: national); "dari Partai X" counts only in
        a sentence about a council."""
        out = []
        for m in PARTY_ASIDE.finditer(text):
            party = m.group("party") if m.group("party") is not None else m.group("bare")
            if party is not None and m.group("kind") in (None, "F") and party.strip().lower() not in self.parties:
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
        return out

    def _deputies(self, text: str, mentions: list[PositionMention]
                  ) -> list[tuple[PositionMention, list[tuple[int, int]]]]:
        """Deputies named after "wakilnya" following a post that has a deputy: "Bupati X Budi beserta wakilnya
        Ani" -> Ani, Wakil Bupati of X; "Ketua DPRD X didampingi dua wakilnya, A dan B" -> Wakil Ketua DPRD."""
        out = []
        for m in DEPUTIES.finditer(text) if "akilnya" in text else ():
            prev = next((p for p in reversed(mentions) if p.end <= m.start()), None)
            if prev is None or m.start() - prev.end > 120 or self._sentence_end(text, prev.end, m.start()):
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
            prev = next((p for p in reversed(mentions) if p.end <= m.start()), None)
            if prev is None or m.start() - prev.end > 160 or self._sentence_end(text, prev.end, m.start()):
                continue
            body = COUNCIL_POST.match(prev.canonical)
            first = self._name(text, m.end())
            if body is None or first is None or not body.group("body").startswith("DPR"):
                continue
            post = f"Wakil Ketua {m.group(1)} {body.group('body')}"
            out.append((PositionMention(m.start(), m.end(), post, prev.level, prev.region, m.end()), [first]))
        return out

    def _sentence_end(self, text: str, start: int, end: int) -> bool:
        """A sentence ends between ``start`` and ``end``: "... rapat itu. Wakil ..." (not "H. Budi", "A. Yani",
        "S.Sos. dan")."""
        for m in SENTENCE_END.finditer(text, start, end):
            word = m.group(1)
            if word is None or not (len(word) == 1 or word.lower() in self.honorifics
                                    or word.lower() in NAME_ABBREVS or text[m.start(1) - 1:m.start(1)] == "."):
                return True
        return False

    def _shared_members(self, text: str, mentions: list[PositionMention]
                        ) -> list[tuple[PositionMention, list[tuple[int, int]]]]:
        """Members named after a council post in lower case, sharing its body: "Ketua Komisi III Budi dan anggota Ani
        serta Cici" -> Ani and Cici, Anggota Komisi III DPRD."""
        out = []
        for m in SHARED_MEMBERS.finditer(text) if "nggota" in text else ():
            prev = next((p for p in reversed(mentions) if p.end <= m.start()), None)
            if prev is None or m.start() - prev.end > 120 or self._sentence_end(text, prev.end, m.start()):
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
            comma = COMMA_THEN_NAME.match(text, after)
            first = self._name(text, comma.end()) if comma else None
            more = self._list_after(text, first[1], require_and=True) if first else []
            if more:
                canonical = " ".join(w for w in ("Anggota", " ".join(unit.split()), "DPRD") if w)
                out.append((PositionMention(m.start(), m.end(), canonical, "region", region, after), [first] + more))
        return out

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
                         if b.group("house") in ("DPRD", "DPRA", "DPRK", "DPRP")), None)
            if body is None:
                continue
            region, _ = self._region_after(text, body.end(), region_at)
            unit = " ".join((body.group("unit") or "").split())
            canonical = " ".join(w for w in ("Anggota", unit, "DPRD") if w)
            out.append((PositionMention(m.start(), m.end(), canonical, "region", region, m.end()),
                        self._with_list(text, first)))
        return out

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
            post = known[0] if known else " ".join(f"{head}{m.group('title')} {m.group('ministry')}".split())
            canonical = f"Pelaksana Tugas {post}" if acting else post
            out.append((PositionMention(m.start(), m.end("ministry"), canonical, "national", None, m.end()), [span]))
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
            body = COUNCIL_BODY.match(text, pos)
            pos = self._region_after(text, body.end(), region_at)[1] if body else pos
            intro = MEMBERS_INTRO.match(text, pos) or (MEMBERS_CLAUSE.match(text, pos) if COUNTED.search(
                text, max(0, m.start() - 30), m.start()) else None)
            if not intro or not LIST_INTRO.search(text, pos, intro.end()) or PERSON_NOUN.search(text, pos, intro.end()):
                continue  # "Anggota DPRD X menyoroti dua hal, yaitu ...": the clause is no roll of members
            start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), m.start() - 200) + 1
            aside = ROLL_ASIDE.match(text, intro.end())
            first = self._name(text, aside.end() if aside else intro.end())
            names = self._with_list(text, first) if first else []
            if len(names) < 2 or not all(self._name_like(w) for a, b in names for w in text[a:b].split()
                                         if w[:1].isupper() and not self._is_honorific(w)):
                continue  # "... adalah Kampung Sehat dan Lumbung Tarman": no persons
            bodies = [b for b in COUNCIL_BODY.finditer(text, 0, intro.start())
                      if b.group("house") in ("DPRD", "DPRA", "DPRK", "DPRP")]
            if not bodies:
                continue
            # the council named last with its region ("DPRD Kabupaten X"), else the last one
            body, region = bodies[-1], None
            for b in reversed(bodies):
                if (found := self._region_after(text, b.end(), region_at)[0]) is not None:
                    body, region = b, found
                    break
            unit = " ".join((body.group("unit") or "").split()) if body.start() >= start else ""
            canonical = " ".join(w for w in ("Anggota", unit, "DPRD") if w)
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
            represented = REPRESENTED_BY.match(text, after) if not span and m.group("house") else None
            first = self._name(text, represented.end()) if represented else None
            if first:  # "Komisi I DPRD X yang diwakili A dan B": members of the body
                body = " ".join(w for w in ("Anggota", " ".join((unit or "").split()), "DPRD") if w)
                out.append((PositionMention(m.start(), m.end(), body, "region", region, after),
                            self._with_list(text, first)))
                continue
            if not span:
                continue
            body = " ".join(w for w in (" ".join((unit or "").split()), "DPRD") if w)
            canonical = ("Wakil Ketua " if led.groupdict().get("deputy") else "Ketua ") + body
            out.append((PositionMention(m.start(), m.end(), canonical, "region", region, after), [span]))
        return out

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
                or low in FIELD_WORDS or _verb_like(low, self.verbs) or _derived_noun(low):
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
            m = DEGREE_AFTER.match(text, pos)
            if m and m.group(1).lower().replace(".", "") in self.honorifics:
                pos = m.end()
                continue
            m = ASIDE_AFTER.match(text, pos)
            if not m:
                return pos
            pos = m.end()

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
                                or (re.search(r"\(\s*" + re.escape(name) + r"\s*\)", text)
                                    and not (bracketed and not self._abbreviates(name, p)))):
            return None  # "Bupati Meranti": a place; "Dirjen PDTu", "BPKAD", "Gubernur Riau (Gubri)": an office
        if name_span[0] < body_start and not occurs_in(name, text[body_start:]):
            return None
        words = name.split()
        ministry = [i for i, w in enumerate(words) if len(w) > 2 and w[:1].isupper() and MINISTRY.match(w.lower())]
        if ministry:  # "Direktur X Pemdes Kementerian Dalam Negeri": the ministry is no holder; one it closes may
            # follow ("Dirjen X Kementerian Banyu Prasojo")
            rest = words[ministry[-1] + 1:]
            if not rest or not all(self._name_like(w) and w.lower() not in FUNCTION_WORDS for w in rest):
                return None
            name_span = (name_span[1] - len(" ".join(rest)), name_span[1])
            name = " ".join(rest)
        if self._is_place(text, text[name_span[0]:name_span[1]]):
            return None  # "Bupati Hulu Seberang ... wisata di Hulu Seberang": a place the gazetteer lacks
        if name.split()[-1].lower() in self.abroad:
            return None  # "Wali Kota Swedia", "Direktur IHS Universitas Erasmus Belanda": a country closes a place
        if p.level in LOCAL and DEMONSTRATIVE.match(text, name_span[1]):
            return None  # "mantan Camat Medan Denai itu": a place, not a person
        region = p.region
        if VERTICAL.search(p.canonical):
            region = None  # "Kapolres X", "Dandim X": a national institution's post
        elif region is None and (council := COUNCIL_WORD.search(p.canonical)) \
                and council.group() in PROVINCIAL_COUNCILS:
            region = self._council_province(p.start, regions, PROVINCIAL_COUNCILS[council.group()])
        elif region is None and p.level not in NATIONAL:
            region = self._region_before(p.start, regions, p.level)
        return Official(name, p.canonical, region, [name_span], (p.start, p.end), p.region is not None)

    def _past_place(self, text: str, span: tuple[int, int]) -> tuple[int, int]:
        """``span`` without a place the region finder left unread before the name: an upper-case region acronym
        ("OI Banyu Prasojo") or the first two words of a longer region's name ("Tanjung Jabung Budi" for "Tanjung
        Jabung Timur"), when a name of its own follows."""
        words = list(UNIT_WORD.finditer(text, span[0], span[1]))
        cut = 0
        if len(words) >= 2 and words[0].group().isupper() and words[0].group().lower() in self.region_acronyms:
            cut = 1
        elif len(words) >= 3 and f"{words[0].group()} {words[1].group()}".lower() in self.region_heads:
            cut = 2
        if cut and self._name(text, words[cut].start()):
            return words[cut].start(), span[1]
        return span

    def _council_province(self, start: int, regions: list[RegionMention], family: str) -> str | None:
        """The province of a provincial council ("Anggota DPRA" -> Aceh, "Wakil Ketua DPRP" -> a Papua province):
        the province of the region of that family named nearest before (else after) the position."""
        provinces = self.council_provinces[family]
        near = [m for m in regions if self.regions[m.code].province_code in provinces]
        before = [m for m in near if m.start < start]
        if before or near:
            return (before[-1] if before else near[0]).code[:2]
        return next(iter(provinces)) if len(provinces) == 1 else None

    def _abbreviates(self, word: str, p: PositionMention) -> bool:
        """``word`` may shorten the position or its region ("Gubri" for "Gubernur Riau", "Wj" for "Wajo"): it starts
        like one of their words, or its letters are theirs in order."""
        words = p.canonical.split() + (self.regions[p.region].core.split() if p.region else [])
        if word[:3].lower() in {w[:3].lower() for w in words}:
            return True
        letters = iter("".join(words).lower())
        return all(c in letters for c in word.lower())

    def _is_place(self, text: str, name: str) -> bool:
        """``name`` is written somewhere in ``text`` right after a preposition or a place word ("di X", "Desa X")."""
        if self._places[0] is not text:  # where a place may start, by its first word; built once per text
            index: dict[str, list[int]] = {}
            for m in PLACE_BEFORE.finditer(text):
                index.setdefault(UNIT_WORD.match(text, m.end()).group(), []).append(m.end())
            self._places = (text, index)
        first = UNIT_WORD.match(name).group() if UNIT_WORD.match(name) else name
        return any(text.startswith(name, at) and not is_word_char(text[at + len(name):at + len(name) + 1] or " ")
                   for at in self._places[1].get(first, ()))

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

    def _office_to_region(self, text: str, p: PositionMention, region_at: dict[int, RegionMention]
                          ) -> tuple[PositionMention, tuple[int, int]] | None:
        """A head's office written out in capitalised words (commas, "dan", an acronym in brackets) up to its
        region, then the holder: "Kepala Bagian Persidangan, Hukum dan Aspirasi Sekretariat DPRD Kalsel Budi",
        "Asisten I Administrasi Umum dan Pembangunan Kota X Budi" -> the post as written, the region, the name."""
        if p.canonical.split()[0] not in WRITTEN_OUT_HEADS or NO_HOLDER_BEFORE.search(text, max(0, p.start - 8),
                                                                                       p.start):
            return None  # "para Kepala OPD Lingkup Pemerintah Kota X, A, B": no one holder
        pos, words, bracket = p.end, 0, False
        while words <= 10:
            region, after = self._region_after(text, pos, region_at)
            if region is not None:
                span = self._name(text, after)
                if not words or not span or not self._name_like(text[span[0]:span[1]].split()[0]) or (
                        text[p.end:pos].lstrip()[:1] == "," and not re.search(r"\bdan\b", text[p.end:pos])):
                    return None  # "Asisten X, Sekretariat Daerah Y Budi": a comma after the post opens no office
                canonical = " ".join(text[p.start:pos].replace(",", ", ").split()).replace(" ,", ",")  # as written
                if EVENT_OPENING.search(canonical.split(" ", 1)[1]):
                    return None  # "Kepala Bagian Hukum, Program Lorong Asri Tanjung Kota X Budi": a programme
                return dataclasses.replace(p, canonical=canonical, region=region, after=after), span
            w = OFFICE_RUN.match(text, pos)
            if not w or w.group("w").lower() in FORCE_WORDS \
                    or w.group("w").lower().rstrip(".") in self.title_starts or (bracket and not (
                    self._unit_word(w.group("w")) or self._office_word(w.group("w"))
                    or w.group("w").lower() in FIELD_WORDS)):
                # "Kabid Humas Polda X": police, read elsewhere; "... dan Kabag X": the next post; "Kepala Dinas X
                # (PMD) Budi": a name after the acronym
                return None
            pos, words, bracket = w.end(), words + 1, w.group("w").startswith("(")
        return None

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

    def _name(self, text: str, pos: int, local: bool = False) -> tuple[int, int] | None:
        """The span of a person's name starting at ``pos`` (after separators and honorifics); after a ``local``
        position (camat, lurah ...) a derived-looking word may be its place ("Lurah Penarukan Sugeng")."""
        m = SEPARATORS.match(text, pos)
        p = m.end() if m else pos
        if "\n" in text[pos:p]:
            return None
        start = end = None
        count = 0
        ministry = False
        skip_to = 0
        for tm in TOKEN_RE.finditer(text, p):
            if tm.start() < skip_to:
                continue
            retired = RETIRED.match(text, tm.start()) if start is None and tm.group() == "(" else None
            if retired:
                skip_to = retired.end()
                continue  # "Komjen Pol (Purn) Budi": a retired rank's mark among the titles
            nick = QUOTED_NICKNAME.match(text, tm.start()) if start is not None and tm.group() in QUOTES else None
            if nick:  # 'Wardi "Ucok" Simanjuntak': a nickname in quotes inside the name
                skip_to = end = nick.end(1)
                continue
            if end is not None and text[end:tm.start()].strip():
                break
            if end is not None and "\n" in text[end:tm.start()]:
                break
            tok = tm.group()
            bare = tok.rstrip(".")
            if start is None and ministry and tok == ",":
                ministry = False
                continue  # "Dirjen Bina Pembangunan Daerah Kemendagri, Restuardy Daud"
            if not bare[:1].isalpha():
                break
            low = bare.lower()
            if start is None and low in self.skip_words:
                continue  # an abbreviated field of an assistant: "Asisten II Ekbang H. Amir"
            if start is None and low.replace(".", "") in self.honorifics and low not in ADDRESS_FORMS:
                continue  # "dr. Mochamad ...", "AKBP Andhika ..."
            if start is None and (MINISTRY.match(low) or (low == "republik" and text[tm.end():tm.end() + 10]
                                                          .strip().lower().startswith("indonesia"))):
                ministry = True
                continue  # "Dirjen Dukcapil Kemendagri Bambang Arifianto": the ministry is no part of the name
            if start is None and ministry and low == "indonesia":
                continue  # "Menteri PU Republik Indonesia, Budi"
            if start is None and low in ADDRESS_FORMS:
                nxt = TOKEN_RE.match(text, tm.end() + 1) if text[tm.end():tm.end() + 1] == " " else None
                if nxt and nxt.group()[:1].isupper() and nxt.group().rstrip(".").lower() not in self.not_names \
                        and nxt.group().lower() not in self.position_starts:
                    continue  # "Ketua TP PKK, Ibu Kustini": the address form is no part of the name
                return None
            if start is None and tok.endswith(".") and 2 <= len(bare) <= 3 and low not in NAME_ABBREVS \
                    and low not in self.not_names and not bare.isupper() and bare[:1].isupper():
                continue  # an abbreviated title the list lacks: "Drs. Ec. H. Slamet" (not initials: "AR. Budi")
            if start is None and ((low in self.not_names and not self._month_name(text, low, tm.end()))
                                  or low.startswith("se-")  # "Rakorbup Se-Jawa Tengah": "all of", no name
                                  or low in self.position_starts or low in self.units or low in self.positions
                                  or (len(bare) >= 4 and bare.isupper() and not text.isupper())):
                return None
            if _verb_like(low, self.verbs) or (start is None and not local and _derived_noun(low)) \
                    or (not local and _headline_verb(low) and self._read[0] is text
                                             and on_title_line(text, self._read[1], tm.start())):
                if start is None:
                    return None  # "Bupati Sleman Hadir", "Wali Kota X Resmikan Taman"
                break
            if start is not None and low in NAME_LINKERS:
                nxt = TOKEN_RE.match(text, tm.end() + 1)
                if nxt and nxt.group()[:1].isupper() and text[tm.end():tm.end() + 1] == " ":
                    count += 1
                    end = tm.end()
                    continue  # "Ahmad Sarifudin bin Ahmad"
            if not (bare[:1].isupper()):
                break
            if start is not None and (low in self.days or low in self.position_starts or bare in UNIT_TYPES
                                      or (low in self.units and bare.isupper() is False and len(bare) > 3)):
                break  # "Bupati A, Bupati B": the next position starts; "Budi Bagian Umum": an office follows
            if start is not None and low in ADAT_TITLES and tok.endswith(".") != (low == "datuk"):
                break  # "Budi Hartono Dt. Rajo Mudo": a Minangkabau title of custom follows the name
            if start is None:
                start = tm.start()
            count += 1
            if tok.endswith(".") and not (len(bare) == 1 or low in self.honorifics or low in NAME_ABBREVS
                                          or (start == tm.start() and bare.isupper() and len(bare) <= 3)):
                end = tm.start() + len(bare)  # a full stop after a name ends the sentence
                break
            end = tm.end()
            if count >= 7:
                break
        if start is None:
            return None
        return start, end

    def _bare_level_holder(self, text: str, pos: int) -> bool:
        """A holder's name of two words or more at ``pos``, after a bare level word, with no word that begins a region's
        name or names a country ("Provinsi Banyu Prasojo", not "Kabupaten Tanaraya Budi" where the gazetteer lacks the
        place, nor "Gubernur Provinsi Quezon Filipina")."""
        span = self._name(text, pos)
        words = text[span[0]:span[1]].split() if span else []
        return len(words) >= 2 and self._name_like(words[0]) \
            and not any(w.lower() in self.region_starts or w.lower() in self.abroad for w in words)

    def _month_name(self, text: str, low: str, end: int) -> bool:
        """A month's name opening a person's name: "Wakil Bupati Juli Hartanto", "Kadis Agustus Manurung" (a
        capitalised name word follows, no date or year)."""
        if low not in self.months:
            return False
        nxt = MONTH_NAME_NEXT.match(text, end)
        return bool(nxt) and nxt.group(1).lower() not in self.not_names and not self._office_word(nxt.group(1)) \
            and not _verb_like(nxt.group(1).lower(), self.verbs)

    def _name_before(self, text: str, p: PositionMention, regions: list[RegionMention],
                     closed: bool = False) -> list[tuple[int, int]]:
        """Names written before their position: "Menurut Jiwu Nemar, Kepala Dinas Pariwisata Garut, ..."
        (an apposition closed by a comma, full stop or relative clause), "Dora Kenmo selaku Sekda Garut";
        a list sharing a plural position: "A dari Fraksi X, B, dan C selaku anggota Komisi I DPRD Y"."""
        offset = max(0, p.start - 160)
        before = text[offset:p.start]
        last = LAST_DEGREE.search(before)  # "Budi, MM Kepala Dinas X": no comma before the position
        if last and last.group(2).lower().replace(".", "") in self.honorifics \
                and last.group(2).lower() not in ADDRESS_FORMS:
            before = before[:last.start()] + ", "
        while True:  # "Ahmad Sarifudin, M.Si, Asisten I": degrees after the name
            d = TRAILING_DEGREE.search(before)
            if not d or d.group(2).lower().replace(".", "") not in self.honorifics:
                break
            before = before[:d.start()] + ", "
        sep = SEP_BEFORE.search(before)
        if not sep:  # "didampingi Letkol Budi Dandim X", "serta Bapak Budi Kepala Bidang X": a rank opens the name
            span = self._name_run(before.rstrip(" \t"), offset, regions) if before[-1:] in " \t" else None
            first = text[span[0]:span[1]].split()[0] if span else ""
            words = text[span[0]:span[1]].split() if span else []
            if not 2 <= len(words) <= 5 or all(self._is_honorific(w) for w in words):
                return []
            lead = INTRO_WORD.search(text, max(0, span[0] - 16), span[0])
            if self._is_honorific(first) or first.lower() in ADDRESS_FORMS \
                    or (lead and lead.group(1).lower() in ADDRESS_FORMS and lead.group(1)[:1].isupper()
                        and all(self._name_like(w) for w in words)):
                return [span]  # "serta Bapak Banyu Prasojo Gubernur X": the address form is left out of the name
            # "kata Banyu Prasojo Kepala Dinas X kepada ...", "Menurut Banyu Prasojo Kepala Dinas X, ...": a speech
            # word before the name, a comma or verb after the position
            said = lead and lead.group(1).lower() in self.name_intros
            if not said:  # "Sementara itu, Banyu Prasojo Kepala Dinas X mengatakan ...": a clause's opening before the
                # name, a speech verb after the position ("Piala Bupati X dibuka" names no one)
                opening = CLAUSE_OPENING.search(text, max(0, span[0] - 24), span[0]) if span[0] else None
                verb = SPEECH_AFTER.match(text, p.after)
                said = bool((span[0] == 0 or (opening and (opening.group(1) is None
                                                           or opening.group(1).lower() in NAME_INTRO)))
                            and verb and verb.group(1).lower() in self.speech_verbs)
            if said and len(words) <= 4 and all(self._name_like(w) and w.lower() not in ADDRESS_FORMS for w in words) \
                    and (APPOSITION_END.match(text, p.after) or VERB_CLOSE.match(text, p.after)):
                return [span]
            return []
        kind = sep.group().strip(" \t,").split()[0].lower() if sep.group().strip(" \t,") else ","
        if kind == "(" and not OFFICE_THEN_CLOSE.match(text, p.after):
            return []  # "Budi (Kepala Dinas X)", "Ani (Dirjen Keuangan Daerah Kemendagri)" name them
        head = self._strip_item(before[:sep.start()])
        span = self._name_run(head, offset, regions, after_rank=kind != ",")
        if not span:
            return []
        said = SPEECH_BEFORE.search(text, max(0, span[0] - 12), span[0])  # '"...," kata Budi, Sekda X, di ...'
        if kind == "," and not closed and not said and not APPOSITION_END.match(text, p.after) \
                and not (VERB_CLOSE.match(text, p.after) and not CLAUSE_INTRO.search(text, max(0, span[0] - 12),
                                                                                     span[0])):
            return []  # "Tuga, Bupati Wajo Kenri ..." is a list, not an apposition
        spans = [span]
        if kind in ("selaku", "sebagai") and PLURAL_POSITION.match(p.canonical):
            while True:  # "A, B, dan C selaku anggota Komisi I": every listed name holds the position
                head = head[:spans[-1][0] - offset]
                link = LIST_BACK.search(head)
                if not link:
                    break
                head = self._strip_item(head[:link.start()])
                item = self._name_run(head, offset, regions)
                if not item:
                    break
                spans.append(item)
        return spans[::-1]

    def _name_like(self, word: str) -> bool:
        """A capitalised word that may be part of a name: no common word, verb or derived noun."""
        low = word.lower().rstrip(".,")
        return word[:1].isupper() and low not in self.not_names and not _verb_like(low, self.verbs) \
            and not _derived_noun(low) and low not in self.position_words and low not in UNIT_WORDS

    def _strip_item(self, head: str, degrees_only: bool = False) -> str:
        """``head`` without the degrees and the party written after its last name: "Ahmad, M.Si", "Budi dari
        Fraksi Golkar", "Ani (F-PKB)", "Cici, SE (Dapil 2)"; with ``degrees_only`` the degrees alone."""
        while True:
            m = TRAILING_ASIDE.search(head)
            if not m or (m.group("degree") and m.group("degree").lower().replace(".", "") not in self.honorifics) \
                    or (degrees_only and not m.group("degree")):
                return head
            head = head[:m.start()]

    def _name_run(self, head: str, offset: int, regions: list[RegionMention],
                  after_rank: bool = False) -> tuple[int, int] | None:
        """The span of the capitalised name that ends ``head`` (a prefix of the text at ``offset``); with
        ``after_rank`` a long run is cut after its last rank or title: "Ketua Satgas X AKBP Budi yang juga ..."."""
        m = NAME_RUN.search(head)
        if not m and after_rank:
            m = LONG_RUN.search(head)
            ranks = [w for w in re.finditer(r"\S+", m.group("name")) if self._is_honorific(w.group())] if m else []
            if not ranks or ranks[-1].end() >= len(m.group("name")):
                return None
            cut = m.start("name") + ranks[-1].end()
            m = NAME_RUN.search(head, cut - 1) if head[cut - 1:cut].strip() else None
            m = m or re.compile(r"[ \t]+(?P<name>.+)$").match(head, cut)
        if not m:
            return None
        words = list(re.finditer(r"\S+", m.group("name")))
        while words and (words[0].group().lower().rstrip(".") in NAME_INTRO
                         or words[0].group().lower().rstrip(".") in self.not_names
                         or _verb_like(words[0].group().lower(), self.verbs)):
            if words[0].group().lower() in self.local_titles:
                return None  # "Camat Dlingo, Lurah, ...": the place of a local head, not a name
            words.pop(0)  # "Menurut Budi", "Hadir Budi"
        if not words or any(w.group().lower() in self.position_words
                            or (w.group().lower() in UNIT_WORDS and not _balinese(words, w))
                            or w.group().rsplit(".", 1)[-1].lower() in self.units
                            or MINISTRY.match(w.group().lower()) for w in words):
            return None  # "Ka.Bappeda, Kadis X", "Kemendagri, Menpan RB": an office, not a name
        span = (offset + m.start("name") + words[0].start(), offset + m.start("name") + words[-1].end())
        if any(r.start < span[1] and span[0] < r.end for r in regions):
            return None
        return span

    def clean_name(self, raw: str) -> str:
        """Drop honorifics/degrees at either end; keep initials ("R. Sudibyo") and "Moch."."""
        raw = QUOTED_NICKNAME.sub(" ", raw)  # 'Wardi "Ucok" Simanjuntak' is "Wardi Simanjuntak"
        tokens = [t for tok in raw.replace(",", " ").split() for t in self._unglue(tok)]
        while tokens and self._is_honorific(tokens[0]) and len(tokens) > 1:
            tokens.pop(0)
        while len(tokens) > 1:
            if len(tokens) > 2 and len(tokens[-2]) == 2 and tokens[-2].endswith(".") \
                    and self._is_honorific(tokens[-2] + tokens[-1]):
                del tokens[-2:]  # a degree written apart: "S. Sos", "M. Si"
            elif self._is_honorific(tokens[-1]):
                tokens.pop()
            else:
                break
        if len(tokens) == 1 and self._is_honorific(tokens[0]):
            return ""
        name = " ".join(tokens)
        return name if any(len(t.rstrip(".")) >= 2 for t in tokens) else ""

    def _unglue(self, token: str) -> list[str]:
        """ "H.Tulebo" -> "H.", "Tulebo"; "Dr.H.Budi" -> "Dr.", "H.", "Budi"; initials stay as written
        ("R.K.Tolangi", "M.Tirtomulyo")."""
        if self._is_honorific(token) or INITIALS.fullmatch(token):
            return [token]  # "Sp.PD", "S.Sos": one degree, not "Sp." and a name; "H.R.T": initials, no "H." (Haji)
        out = []
        while (m := GLUED_TITLE.match(token)) and self._is_honorific(m.group(1)):
            out.append(m.group(1))
            token = token[m.end():]
        return out + [token]

    def _is_honorific(self, token: str) -> bool:
        return token.lower().replace(".", "") in self.honorifics

    def _region_before(self, start: int, regions: list[RegionMention], level: str) -> str | None:
        """The region an unmarked position belongs to: the nearest fitting region named before it, else the
        first named after it (a dateline or lead usually names it), of the position's level if it has one."""
        def fits(m: RegionMention) -> bool:
            r_level = self.regions[m.code].level
            return r_level == level if level in (KAB, KOTA, PROV) else r_level != PROV

        best = None
        for m in regions:
            if m.start >= start:
                break
            if fits(m):
                best = m.code
        if best is None:
            best = next((m.code for m in regions if m.start >= start and fits(m)), None)
        return best


@functools.lru_cache(maxsize=512)
def _spelt_from(words: tuple[str, ...], letters: str) -> int | None:
    """The first of the last ``words`` whose letters spell ``letters`` in order, each word giving a run of its letters
    that starts with its first ("Dewan Perwakilan Rakyat Daerah" spells "dprd", "Wakil ketua" "waket", "Badan Pembuat
    Peraturan Daerah" "bapemperda"); "dan", "serta", "&" may give none. The longest such run of words, or None."""
    lows = [w.lower() for w in words]

    @functools.cache
    def spells(i: int, k: int) -> bool:  # words[i:] spell letters[k:]
        if i == len(lows):
            return k == len(letters)
        w = lows[i]
        if w in SMALL or w == "&":
            return spells(i + 1, k)
        if k == len(letters) or w[0] != letters[k]:
            return False
        j = k + 1
        ends = [j]
        for c in w[1:]:  # every longer run of the word's letters, in order
            if j < len(letters) and c == letters[j]:
                j += 1
                ends.append(j)
        return any(spells(i + 1, e) for e in reversed(ends))

    best = None
    for i in range(len(lows) - 1, max(-1, len(lows) - len(letters) - 4), -1):
        if lows[i] not in SMALL and spells(i, 0):
            best = i
    return best


def _unshifted(found: list[Official], moved: list[tuple[int, int]]) -> list[Official]:
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


BALINESE_NAMES = frozenset(w.lower() for w in WORDS["balinese"])


def _balinese(words: list[re.Match], w: re.Match) -> bool:
    """ "I" starting a Balinese name ("I Nyoman Budi"), not a roman numeral ("Wakil Ketua I")."""
    at = words.index(w)
    return w.group() == "I" and at + 1 < len(words) and words[at + 1].group().lower() in BALINESE_NAMES


def _one_letter_off(word: str) -> set[str]:
    """The spellings of ``word`` one typing slip away: a letter dropped, added, changed or two swapped."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    return out - {word}


# the long level words of a region misspelt by one letter: "kabupetan Serang", "Provisi Bali"
LEAD_TYPOS = frozenset(t for word in ("kabupaten", "provinsi") for t in _one_letter_off(word))
LEAD_WORDS = REGION_LEADS | COUNCIL_LEADS | LEAD_TYPOS


def _key(form: str) -> str:
    return " ".join(form.lower().replace(",", " ").split())


def _compose(head: str, unit: str) -> str:
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


def outside_titles(found: list[Official], text: str, spans: tuple[tuple[int, int], ...]) -> list[Official]:
    """``found`` without the "names" read only in title-cased lines (the headline, a "Baca juga" link, a line
    written like a headline) that hold a word the text writes in lower case elsewhere: a common word, capitalised
    by the headline's style ("Bupati X Sambut Tamu": "sambut", "Sekda X Promosi Kuliner": "promosi"), unless the
    text writes the whole name, with its capitals, outside such lines (``spans``: ``title_lines``)."""
    inside = [off for off in found if all(any(s <= a and b <= e for s, e in spans) for a, b in off.mentions)]
    if not inside:
        return found
    rest = list(text)
    for start, end in spans:
        rest[start:end] = "\n" * (end - start)
    rest_text = "".join(rest)
    dropped = [off for off in inside if not _whole_word(off.name, rest_text)
               and any(len(w) >= 3 and _whole_word(w.lower(), rest_text) for w in off.name.split())]
    return [off for off in found if off not in dropped]


def _whole_word(words: str, text: str) -> bool:
    """``words`` written in ``text`` as whole words, with their case, any spaces between them."""
    return re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, words.split())) + r"(?!\w)", text) is not None


def one_spelling(found: list[Official], text: str) -> list[Official]:
    """One spelling per person: a name written a letter or two apart in one article ("Khairunas" and "Khairunnas",
    "Budi Santosa" and "Banyu Prasojo") takes the form found most often, else the one ``text`` writes most often,
    else the longer, else the first."""
    names = list(dict.fromkeys(o.name for o in found))
    if len(names) < 2:
        return found
    count = {n: sum(o.name == n for o in found) for n in names}
    rename: dict[str, str] = {}
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if a in rename or b in rename or not _spelt_alike(a, b):
                continue
            keep = max((a, b), key=lambda n: (count[n], len(list(whole_occurrences(n, text))), len(n),
                                              -names.index(n)))
            rename[b if keep == a else a] = keep
    if not rename:
        return found
    return [dataclasses.replace(o, name=rename[o.name]) if o.name in rename else o for o in found]


def _spelt_alike(a: str, b: str) -> bool:
    """Two spellings of one name: as many words, the same first letter, at least 8 letters, and at most two
    letters apart (``difflib`` ratio >= .9)."""
    if len(a.split()) != len(b.split()) or a[:1].lower() != b[:1].lower() or min(len(a), len(b)) < 8 \
            or abs(len(a) - len(b)) > 2 or a.lower() == b.lower():
        return False
    return difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.9
