"""Delegation sizes: how many people a visiting delegation brings, as Indonesian news writes it.

"berjumlah 35 orang" is 35; "mengajak 11 orang" is 11 plus the one who takes them; "40 peserta" is 40; "tiga puluh
lima orang" is 35; "puluhan" is no number; "12 anggota dewan dan 5 staf" is 17; a grand total outweighs its parts;
the hosts' people ("disambut 30 pegawai Pemkab X") are not counted. :func:`size` reads one scope of an article,
:func:`own_size` the sentences naming one of several delegations alone. Vocabulary: the ``count_*`` rows of
``data/visit_cues.csv``. ``PairResolver`` (``nlp/visit_pairs.py``) calls these; tests in ``tests/test_nlp_sizes.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.leaders import COUNCIL_ALTERNATION, TRIP
from nlp.lexicon import agent_forms, alternation, companion_words, load_positions, unit_words, visit_cue_words
from nlp.regions import TYPE_WORDS, RegionMention
from nlp.textutil import DIGIT_WORD, DIGITS, NUM_WORDS
from nlp.visit_rules import BODIES, GOVERNMENT_WORDS, HONORIFICS, OFFICES

# the words joining people to a head or a count, by the pattern that reads them (data/companion_words.csv: take,
# with_head, takes_along, added, size_companions, about_delegation, companion, after_name, and_more, lone_part)
COMPANIONS = companion_words()
# the words that add a part to a count: "dan", "serta", "beserta", "ditambah", "plus" (reader and_more: AND_MORE,
# NEXT_PART, MEMBER_SEPARATOR, LONE_NOT)
AND_MORE_WORDS = alternation(COMPANIONS["and_more"])
# the words after which the one named goes along with the ones before: "didampingi", "bersama", "beserta" (reader
# companion, the set visit_rules.COMPANION_WORDS reads: ONE_MORE, ONE_MORE_AFTER, LONE_LISTED, MEMBERS_TAKEN)
WITH_WORDS = alternation(COMPANIONS["companion"])
DIGIT_WORDS = {"se": 1} | {word: value for value, word in enumerate(DIGITS, 1)}  # "se" of "sebelas", "seratus"
# "50-an orang", "50an orang": about fifty; "9 (sembilan) anggota", "sembilan (9) anggota": the number with its digits
# or words in brackets
NUM = (r"(\d{1,4}|" + NUM_WORDS + r")(?:[ \t]*\([ \t]*(?:" + NUM_WORDS + r"|\d{1,4})[ \t]*\))?"
       r"(?:-an|(?<=\d)an)?")
ABOUT = r"(?:(?:" + alternation(visit_cue_words()["count_about"]) + r")\s+)?"  # "sekitar", "tak kurang dari"
POSITIONS = load_positions()  # data/positions.csv, read once: (form, canonical, level, kind)
# every title data/positions.csv gives a village head or clerk ("kepala desa", "walinagari", "hukum tua", "sangadi")
VILLAGE_TITLES = tuple(sorted({form.lower() for form, _, level, kind in POSITIONS
                               if level == "village" and kind == "title"}))
# the nouns a head count is made of ("35 orang", "12 anggota", "20 kades"): role count_noun, in file order, and the
# village titles ("64 hukum tua", "45 walinagari": the heads of villages under their region's own title)
PEOPLE = "(?:" + alternation(visit_cue_words()["count_noun"] + VILLAGE_TITLES) + ")"
# "diikuti sembilan anggota dewan lainnya": the others, besides the one who leads them
OTHERS = re.compile(r"[^.,;\n]{0,25}?\blain(?:nya)?\b", re.IGNORECASE)
# "berjumlah 35 orang", "diikuti oleh 12 anggota", "datang dengan 20 orang": the verbs of a count (roles
# count_total and count_with)
SIZE_TOTAL = re.compile(r"\b(?:" + alternation(visit_cue_words()["count_total"] + visit_cue_words()["count_with"])
                        + r")\s+(?:(?:rombongan|peserta|anggota\s+rombongan|delegasi)\s+)?(?:mencapai\s+|sebanyak\s+)?"
                        + ABOUT + NUM + r"\s+" + PEOPLE, re.IGNORECASE)
# "sehingga totalnya 54 orang": a grand total written after the parts outweighs them
GRAND_TOTAL = re.compile(r"\b(?:totalnya|seluruhnya|keseluruhannya|secara\s+keseluruhan|total\s+keseluruhan)\s+"
                         r"(?:berjumlah\s+|mencapai\s+|sebanyak\s+|menjadi\s+)?" + ABOUT + NUM + r"\s+" + PEOPLE,
                         re.IGNORECASE)
# the nouns of the parts a count adds up ("dan 5 staf", "disertai 3 orang pendamping"), whole words: the nouns of the
# ones an official takes along (count_noun rows of kind companion: orang, staf, pejabat ...) and the count_part rows
# (pendamping, tenaga, setwan, wartawan ...: parts, but no head count of their own, or not one a head takes along)
PART_NOUN = (r"(?:" + alternation(visit_cue_words()["count_companion"] + visit_cue_words()["count_part"])
             + r")(?:nya)?\b")
PART = r"\s+" + PART_NOUN
# "sebanyak 7 orang ..., disertai 3 orang pendamping", "lima orang anggota ... dengan pendampingan tiga orang
# kepala dinas": the companions come on top of the count (the words of reader added: disertai, ditambah, didampingi ...)
# (not past a verb of receiving: "disambut Sekda Y didampingi 3 orang staf" counts the hosts' staff)
NOT_RECEIVING = r"(?!\b(?:disambut|diterima|dijamu|menyambut|menerima|menjamu)\b)"
ADDED = re.compile(r"(?:" + NOT_RECEIVING + r"[^.;\n]){0,90}?\b(?:" + alternation(COMPANIONS["added"]) + r")\s+"
                   + ABOUT + NUM + PART, re.IGNORECASE)
# "12 anggota dewan dan 5 staf sekretariat", "15 orang dari Komisi I dan 10 orang dari Komisi II": the parts add up
AND_MORE = re.compile(r"(?:" + NOT_RECEIVING + r"[^\d.;,\n]){0,30}?\s(?:" + AND_MORE_WORDS + r")\s+" + NUM + PART,
                      re.IGNORECASE)
# "15 anggota DPRD, 5 staf sekretariat dan 3 tenaga ahli": a list of parts closed by "dan" adds up
LIST_MORE = re.compile(r"(?:[^\d.;,\n]{0,30}?,\s*" + NUM + PART + r")+[^\d.;,\n]{0,30}?,?\s(?:dan|serta)\s+" + NUM
                       + PART, re.IGNORECASE)
LIST_NUM = re.compile(r"(?:,\s*|\s(?:dan|serta)\s+)" + NUM + PART, re.IGNORECASE)
# a titled person among the parts, one more ("6 anggota komisi satu, 5 anggota komisi empat, Kabag Umum dan 3 orang
# staf", "9 anggota dewan serta Kasubag Humas beserta 2 orang staf"): the titles and heads of data/positions.csv,
# longest first
TITLE = r"(?:" + alternation(sorted({form for form, _, _, kind in POSITIONS if kind in ("title", "head")},
                                    key=len, reverse=True)) + r")\b"
# the next part of a list of parts: a count of people (group 2), or a titled person (counted only before a later
# count), after a comma or a word of adding (group "sep"); the words of the part before it (no number, no stop, no verb
# of receiving, no word of going somewhere or meeting someone: "20 anggota dewan tiba di Kota X dan bertemu Kepala
# Dinas Y serta 30 pegawainya" counts the people met) between
NOT_MET = r"(?!\b(?:di|ke|tiba|bertemu|menemui|berdialog|dengan|dipimpin|oleh)\b)"
NEXT_PART = re.compile(r"(?:" + NOT_RECEIVING + NOT_MET + r"[^\d.;,\n]){0,90}?"
                       r"(?P<sep>,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t](?:" + AND_MORE_WORDS + r")[ \t]+)"
                       r"(?:" + NUM + PART + r"|(?P<title>(?-i:" + TITLE + r")))", re.IGNORECASE)
# "disambut sebanyak 40 orang pejabat": the hosts counted, not the guests
RECEIVED_COUNT = re.compile(r"\b(?:disambut|diterima|dijamu)\s+(?:langsung\s+)?(?:oleh\s+)?$", re.IGNORECASE)
# "Sebanyak 30 pegawai Pemkab X menyambut rombongan": the hosts counted, before the verb of receiving the guests
HOSTS_AFTER = re.compile(r"[^.;\n]{0,60}?\b(?:menyambut|menerima|menjamu|mendampingi)\s+(?:(?:langsung|dengan|"
                         r"hangat|baik|kedatangan|kunjungan)\s+){0,2}(?:para\s+)?(?:rombongan|tamu|delegasi|mereka)\b",
                         re.IGNORECASE)
# per unit, not the group: "tiap komisi membawa satu orang staf"
PER_UNIT = re.compile(r"\b(?:tiap|setiap|masing-masing|per)\s+\w+\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "Bupati X beserta para kepala desa yang berjumlah 60 orang", "Kadis X didampingi sekretarisnya, para kabid dan
# staf lainnya sebanyak 14 orang", "X beserta timnya dari Dinas Y, yang berjumlah 9 orang": the head comes on top of
# the number counting the people he takes along (his own "-nya", or "para|seluruh|sejumlah" among the first words;
# not "beserta rombongan yang berjumlah 47 orang": the delegation, its head among them; not "bersama dinas X dan Y
# yang berjumlah 21 orang": offices; not past a verb of receiving: "Sekda Y bersama para kepala OPD menerima
# rombongan yang berjumlah 40 orang" counts the guests)
# the verbs of taking people along and their bare forms ("X ajak 20 kades"), read by HEAD_TAKES (the patterns above
# and below read the words through their own readers of data/companion_words.csv)
TAKE_VERB = alternation(COMPANIONS["take"])
GROUP = r"(?:para|seluruh|sejumlah)\b"  # a group of people, its size not told ("para kabid", "seluruh camat")
WITH_HEAD = re.compile(r"\b(?:" + alternation(COMPANIONS["with_head"]) + r")\s+(?!rombongan|delegasi)"
                       r"(?:[^.,;\n]{0,30}?,?[ \t]+)??(?:" + GROUP + r"|(?!rombongan|delegasi)\w+nya\b)"
                       r"(?:" + NOT_RECEIVING + r"[^.;\n]){0,100}?(?:,[ \t]*)?(?:\byang\s+|\s)$", re.IGNORECASE)
# "Pertemuan itu dihadiri Bupati X beserta jajarannya ...": a head among the attendees (and, :data:`RECEIVING`, the
# host's head: "disambut Bupati X beserta stafnya yang berjumlah 12 orang"), not the delegation's
ATTENDED = re.compile(r"\bdihadiri\b[^.;!?\n]{0,80}$", re.IGNORECASE)
# the words between the verb of taking along and the count: "mengajak sejumlah pembantunya, yakni lima kepala dinas"
# (a whole named before its parts), "didampingi Kabid Tata Ruang dan 3 staf" (a titled person before the count: one
# more, :data:`TITLED`)
TAKEN_FIRST = (r"(?:sejumlah[ \t]+\w+[ \t]*,?[ \t]*(?:yaitu|yakni)[ \t]+|(?-i:" + TITLE + r")[^\d.;,\n]{0,40}?[ \t]"
               r"(?:dan|serta)[ \t]+)?")
TITLED = re.compile(r"\s(?-i:" + TITLE + r")", re.IGNORECASE)
# "mengajak 11 orang", "membawa serta 13 rombongan dari anggota Komisi III" (13 people; not "bersama tiga
# rombongan lainnya", delegations): the ones taken along, besides the one who takes them
# the village heads and clerks an official takes along, under every title data/positions.csv gives a village post
# ("bersama 23 perbekel", "mengajak 12 kuwu"), beside the count_companion nouns
# (the words before the count: data/companion_words.csv reader size_companions, the take verbs with their bare forms
# "ajak", "bawa", "boyong", and "memimpin", "didampingi", "ditemani", "beserta", "bersama")
SIZE_COMPANIONS = re.compile(r"\b(?:" + alternation(COMPANIONS["size_companions"]) + r")"
                             r"\s+(?:serta\s+)?" + TAKEN_FIRST + ABOUT + NUM +
                             r"\s+(?:" + alternation(visit_cue_words()["count_companion"] + VILLAGE_TITLES) +
                             r"|rombongan\b(?!\s+(?:lain|lainnya|daerah|dari\s+(?:kabupaten|kota|"
                             r"provinsi|daerah|berbagai))\b))", re.IGNORECASE)
# "Rombongan diterima Sekda X bersama 15 kepala OPD": the host's people, not the delegation's
RECEIVING = re.compile(r"\b(?:diterima|disambut|menerima|menyambut|dijamu|menjamu)\b[^.;!?\n]{0,80}$", re.IGNORECASE)
# "Didampingi Sekda X Budi, sembilan kepala bagian mengunjungi ...", "Ketua DPRD Banyu Prasojo dan 9 anggota DPRD":
# one named person on top of the ones counted
ONE_MORE = re.compile(r"(?:(?:^|(?<=[.!?\n–—])|(?<=[ \t]-)(?=[ \t]))[ \t]*(?i:" + WITH_WORDS + r")[ \t]+"
                      r"(?!(?i:para|sejumlah|seluruh|rombongan|jajaran|staf|anggota)\b)[^.;\n]{3,100}?,[ \t]*"
                      r"|(?<![Kk]abupaten )(?<![Kk]ota )(?<!Pemkab )(?<!Pemkot )(?<!DPRD )(?<!Provinsi )"
                      r"\b(?!(?:Kabupaten|Kota|Provinsi|Pemerintah|Pemkab|Pemkot|Pemprov)\b)"
                      r"[A-Z][a-z'’]+[ \t]+[A-Z][a-z'’]+,?[ \t]+(?:" + alternation(COMPANIONS["after_name"])
                      + r")[ \t]+)$")
# "tiga orang staf ahli wali kota bersama kasubag tata usaha", "20 kades bersama camat": one titled person more
# (a passive di- word may take "oleh" after it: "didampingi oleh")
ONE_MORE_AFTER = re.compile(r"[^.;:\n]{0,60}?\s(?:" + "|".join(agent_forms(COMPANIONS["companion"]))
                            + r")\s+(?:seorang\s+)?"
                            r"(?:kasubag|kasubbag|kabag|kepala\s+bagian|kepala\s+subbagian|sekda|sekwan|camat|asisten|"
                            r"(?:wakil\s+)?ketua)\b", re.IGNORECASE)
HEAD_TAKES = re.compile(r"\b(?:" + TAKE_VERB + r")\s+$", re.IGNORECASE)
# "40 peserta", "35 orang rombongan": a head count without its verb
SIZE_BARE = re.compile(r"(?<![\d.,/])\b" + NUM + r"[ \t]+(?:orang\s+(?:rombongan|delegasi|peserta|anggota\s+rombongan)|"
                       r"peserta\b)", re.IGNORECASE)
# "menerima kedatangan 12 anggota DPRD", "menyambut 30 orang rombongan", "kunjungan 15 anggota Komisi I": the
# guests counted by their host (not "kunjungan dua kepala daerah", "tiga rombongan": delegations counted)
# "<verb> N rombongan <body> Kabupaten|Kota|Provinsi X": a count in digits before one named body's delegation is its
# people (not "dua rombongan DPRD, yakni ...", "tiga rombongan pemkab": delegations counted)
ONE_BODY = r"(?:" + BODIES + r"|dinas|komisi|pansus|bappeda)\b"  # a government or council, one office or committee
# (the trip's noun with its kind or its short form before the count: "kunjungan kerja (Kunker) <N> <people>",
# "Study Banding <N> <people>", "kunjungan belajar <N> <people>")
SIZE_RECEIVED = re.compile(r"\b(?:kedatangan|(?:" + TRIP + r"|study\s+\w+)(?:\s+(?:kerja|belajar|lapangan))?"
                           r"(?:[ \t]*\([ \t]*\w{2,12}[ \t]*\))?|didatangi|dikunjungi|disambangi|"
                           r"menerima(?:\s+(?:kunjungan|kedatangan|rombongan))?|"
                           r"menyambut(?:\s+(?:kunjungan|kedatangan|rombongan))?)\s+" + ABOUT + NUM +
                           r"(?:(?<=\d\d)\s+(?:rombongan|delegasi)(?=\s+" + ONE_BODY
                           + r"\s+(?:kabupaten|kota|provinsi)\b)|\s+"
                           r"(?!(?:rombongan|delegasi|kepala\s+daerah|pimpinan\s+daerah)\b)" + PEOPLE + r")\b",
                           re.IGNORECASE)
# a count and its noun: "24 anggota", "tujuh orang staf" (the head of SIZE_SUBJECT and SIZE_JOINED, and COUNTED)
COUNT_NOUN = NUM + r"[ \t]+(?:orang\s+)?" + PEOPLE + r"\b"
# "30 dari 52 wali nagari", "24 dari 40 anggota dewan": the ones who went, of the whole body counted after
OF_WHOLE = re.compile(r"(?<![\d.,/])\b" + NUM + r"[ \t]+(?:orang[ \t]+)?dari[ \t]+$", re.IGNORECASE)
# a count and its noun, where the parts added to it begin: "24 anggota DPRD dan 6 orang staf berangkat studi banding"
# (SIZE_SUBJECT and SIZE_JOINED reach past the parts to the verb)
COUNTED = re.compile(COUNT_NOUN, re.IGNORECASE)
# (a number and its noun on one line: "15\nRombongan X saat diterima", a caption's count, is none)
# "Sebelas kades Wajo studi banding ke ...", "25 anggota DPRD X berkunjung ke ...": the ones who went, counted as
# the subject of the going ("Sembilan orang legislator X disambut Wakil Ketua DPRD Y": of being received)
# (not "hanya dua orang yang berhalangan datang": the ones who did not go)
# "14 orang dari Dinas X yang dikepalai sekretarisnya, Budi, bertandang ke ...": a leader named in commas between the
# count and its verb
LED_APPOSITION = (r"(?:[^.,;:\n]{0,60}?\byang[ \t]+(?:dipimpin|diketuai|dikepalai)\b[^.,;:\n]{0,40},"
                  r"[^.,;:\n]{3,40},)?")
# (a long subject, "<N> anggota <a body's long name> DPRD Kabupaten X (Y) mendatangi ...", "<N> anggota Komisi B DPRD
# Kabupaten X (Y) Provinsi Z pun berkunjung": past 60 characters only a verb of going or "ke <kind of region>" closes
# it, not a noun of the trip, which a count of others reaches too: "<N> anggota DPRD X ... beristirahat ... seusai
# kunjungan", "<N> wakil ketua ... mendampingi kunjungan")
NOT_WENT_WORDS = r"berhalangan|tidak|tak|belum|batal"  # the ones counted did not go
NOT_WENT = r"(?!\b(?:" + NOT_WENT_WORDS + r")\b)"
GOING = (r"berkunjung|bertolak|berangkat|mengunjungi|menyambangi|mendatangi|bertandang|datang|tiba|"
         r"ke\s+(?:kabupaten|kota|provinsi)")
SIZE_SUBJECT = re.compile(r"(?<![\d.,/])\b" + COUNT_NOUN + LED_APPOSITION + r"(?:(?:" + NOT_WENT + r"[^.,;:\n]){0,60}?"
                          r"\b(?:studi|study|kaji|kunjungan|kunker|belajar|benchmarking|mempelajari|menimba|disambut|"
                          r"diterima|dijamu|" + GOING + r")|(?:" + NOT_WENT + r"[^.,;:\n]){61,100}?\b(?:" + GOING
                          + r"))\b", re.IGNORECASE)
# "ada 30 anggota dewan yang ikut", "27 orang yang tergabung", "31 orang yang tercatat", "hanya 21 legislator
# yang dapat ikut", "38 anggota DPRD X yang terbang ke Y": the ones who joined or went, counted before their verb
SIZE_JOINED = re.compile(r"(?<![\d.,/])\b" + COUNT_NOUN + r"[^.,;\n]{0,45}?\b(?:yang\s+(?:(?:dapat|bisa|sempat)\s+)?"
                         r"(?:ikut|turut|mengikuti|berangkat|terbang|hadir|tergabung|terdaftar|tercatat)\b|"
                         r"(?:di\s+)?dalam\s+(?:rombongan|delegasi)\b)", re.IGNORECASE)
# "ke-<N> <people> itu", "ke <N> <people>": "ke" and a number before the noun name the whole group counted (a count
# in digits; "kesepuluh" is written joined)
SIZE_DEFINITE = re.compile(r"(?<![\w.,/-])ke(?:-|[ \t]+)(\d{1,4})[ \t]+(?:orang[ \t]+)?" + PEOPLE + r"\b",
                           re.IGNORECASE)
# where a count can start: the patterns that open with a number (or "sekitar ...") are tried only there
NUMBER_START = re.compile(r"(?<![\d.,/])\b(?=\d|se|" + DIGIT_WORD + r"|kurang|lebih|kira|hampir)", re.IGNORECASE)


def _first(rx: re.Pattern, text: str, starts: list[int], end: int) -> re.Match | None:
    """``rx.search(text, starts[0], end)`` when every match of ``rx`` starts at one of ``starts``."""
    return next((m for m in (rx.match(text, p, end) for p in starts) if m), None)


# "sekira 80 orang jumlahnya": the count before its noun
SIZE_POSTPOSED = re.compile(r"(?<![\d.,/])\b" + ABOUT + NUM + r"\s+(?:orang\s+)?" + PEOPLE +
                            r"\s+(?:jumlahnya|banyaknya|totalnya)\b", re.IGNORECASE)
# "rombongan DPRD A berjumlah 19 orang dan rombongan DPRD B 21 orang": the count right after a delegation's name
SIZE_AFTER_NAME = re.compile(r"\s*,?\s*(?:yang\s+)?(?:(?:berjumlah|sebanyak|sejumlah|beranggotakan|terdiri\s+(?:atas|"
                             r"dari))\s+)?" + ABOUT + NUM + r"\s+(?:orang|peserta)\b", re.IGNORECASE)
# a sentence (within its line) and the words that make it one about the delegation (the trip's words, then the
# companion words of data/companion_words.csv reader about_delegation: "diikuti", the take verbs, "didampingi" ...)
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
ABOUT_DELEGATION = re.compile(r"\b(?:rombongan|delegasi|tamu|peserta|tim|kunjungan|kunker|studi|kaji|benchmarking|"
                              r"berkunjung|mengunjungi|datang|tiba|berangkat|bertolak|belajar|ikut|mengikuti|"
                              + alternation(COMPANIONS["about_delegation"]) + r")\b", re.IGNORECASE)
# "DPRD X beranggotakan 35 orang dengan 9 fraksi": the make-up of a council, not the delegation
COUNCIL_MAKEUP = re.compile(r"[^.;\n]{0,25}?\b(?:\d{1,2}|" + DIGIT_WORD + r"|sepuluh|" + DIGIT_WORD
                            + r"\s+belas)\s+fraksi\b", re.IGNORECASE)


# "DPRD X beranggotakan 35 orang dari tujuh partai", "seluruh anggota DPRD Y yang berjumlah 30 orang", "rapat
# pimpinan yang beranggotakan empat orang": in a sentence with no word of the trip (ABOUT_DELEGATION), a count after a
# verb of make-up (MAKEUP_VERB) with a council or one of its organs (COUNCIL_COUNTED) before it in its sentence and
# no party (PARTY_COUNTED) is the make-up of that body, not the delegation: refused by `count` (SIZE_TOTAL) and by
# `_lone_count` (the lead read unmasked)
# COUNCIL_COUNTED: leaders' council words, the council rows of data/government_words.csv, and a council's leadership
COUNCIL_COUNTED = re.compile(r"\b(?:" + COUNCIL_ALTERNATION + "|" + alternation(GOVERNMENT_WORDS["council"])
                             + r"|pimpinan|rapim|bamus)\b", re.IGNORECASE)
# the party's own words, with the forms ABOUT_DELEGATION lacks: "rombongannya", a misspelt "rombonggan", "kami"
PARTY_COUNTED = re.compile(r"\b(?:rombong\w*|delegasi|tim|peserta\w*|kami|kita|mereka)\b", re.IGNORECASE)
# data/visit_cues.csv, the count_total rows of kind makeup
MAKEUP_VERB = r"(?:" + alternation(visit_cue_words()["count_makeup"], r"[ \t]+") + r")"
MAKEUP_OPENS = re.compile(MAKEUP_VERB, re.IGNORECASE)  # a SIZE_TOTAL match opening with one
MAKEUP_BEFORE = re.compile(r"\b" + MAKEUP_VERB + r"[ \t]+" + ABOUT + "$", re.IGNORECASE)  # one right before a count


def _sentence_open(text: str, lo: int, at: int) -> int:
    """Where the sentence holding ``at`` opens: right after the last full stop, question or exclamation mark or line
    break before ``at``, not before ``lo`` (the one open read by :func:`_council_makeup` and :func:`_taker`)."""
    return max(lo, *(text.rfind(stop, lo, at) + 1 for stop in ".!?\n"))


def _council_makeup(text: str, start: int, at: int) -> bool:
    """The count whose verb stands at ``at`` tells the make-up of a council or its organ (:data:`COUNCIL_COUNTED`
    before the verb in its sentence, no party word, and no word of the trip in the sentence)."""
    opened = _sentence_open(text, max(start, at - 300), at)
    before = text[opened:at]
    sentence = SENTENCE.match(text, opened)
    return bool(COUNCIL_COUNTED.search(before) and not PARTY_COUNTED.search(before)
                and not ABOUT_DELEGATION.search(sentence.group(0) if sentence else before))


def _makeup_before(text: str, at: int) -> bool:
    """A verb of make-up right before the count at ``at``, its subject a council or its organ."""
    verb = MAKEUP_BEFORE.search(text, max(0, at - 40), at)
    return verb is not None and _council_makeup(text, 0, verb.start())


def own_size(text: str, sentence_of: Callable[[int], tuple[int, int]], mentions: list[RegionMention], visitor: str,
             visiting: set[str]) -> int | None:
    """With several delegations, the head count in a sentence that names this visitor and no other
    delegation: "tamu dari A sebanyak 16 orang. Sedangkan dari B, rombongan sebanyak 15 orang"."""
    for m in mentions:
        if m.code != visitor:
            continue
        sentence = sentence_of(m.start)
        others = {o.code for o in mentions if sentence[0] <= o.start < sentence[1]} & visiting
        if others == {visitor}:
            found = size(text, *sentence)
            if found is not None:
                return found
    return None


# "berjumlah 31orang": a count written joined to its noun
GLUED = re.compile(r"(?<![\w.,/])(\d{1,4})(?=" + PEOPLE + r"\b)", re.IGNORECASE)


def _unglued(text: str, start: int, end: int) -> tuple[str, int, int]:
    """``text`` with a space between a count and the noun written joined to it ("31orang"), and ``start``,
    ``end`` moved with it."""
    if not GLUED.search(text):
        return text, start, end
    return (GLUED.sub(r"\1 ", text), start + len(GLUED.findall(text[:start])), end + len(GLUED.findall(text[:end])))


# "datang berdua", "berangkat bertiga": the group counted by the verb's "ber-" numeral (data/visit_cues.csv, roles
# together_verb and count_together; the count is the numeral after "ber")
TOGETHER = re.compile(r"\b(?:" + alternation(visit_cue_words()["together_verb"]) + r")\s+(?:hanya\s+|cuma\s+)?("
                      + alternation(visit_cue_words()["count_together"]) + r")\b", re.IGNORECASE)
# "rombongan berjumlah 60 orang", "sebanyak 60 orang": a count of the whole group, its head among them
WHOLE_GROUP = re.compile(r"\b(?:berjumlah|beranggotakan|sebanyak|totalnya|seluruhnya)\s+" + ABOUT + NUM + r"\s+"
                         + PEOPLE, re.IGNORECASE)


def _whole_group(text: str, start: int, end: int, counted: int) -> bool:
    """The body writes ``counted`` as the whole group's count (:data:`WHOLE_GROUP`)."""
    body = max(start, text.find("\n\n") + 2)
    return any(number(m.group(1)) == counted for m in WHOLE_GROUP.finditer(text, body, end))


# characters of the body (after the title) read as its lead by :func:`size`'s last step: fitted on train (400 loses a
# gain, 650 reads counts of other people; MEASUREMENTS.md, "Dates and sizes, round 39 second wave")
LEAD = 500


def size(text: str, start: int, end: int) -> int | None:
    """The head count of the sentences about the delegation first (not "Kota X sudah melatih sebanyak 300
    kader"), else of the whole scope (see :func:`count`); last, for a whole article, the one count of people of
    the lead (its first :data:`LEAD` characters), whatever its sentences' verbs."""
    text, start, end = _unglued(text, start, end)
    title_end = text.find("\n\n")  # -1: no title
    head = SIZE_SUBJECT.search(text, 0, max(0, title_end)) if start == 0 else None
    if head is not None and not GRAND_TOTAL.search(text, start, end):
        # "39 Anggota DPRD X Studi Banding ke Y": a headline counts the ones who went ("Camat X Ajak Tujuh
        # Kades ...": and the one who takes them)
        # (not when the body writes the same count as the whole group: a headline's "<takes> N Orang" and a
        # body's "berjumlah N orang" is N)
        counted = number(head.group(1))
        takes = HEAD_TAKES.search(text, max(0, head.start() - 12), head.start())
        return counted + (1 if takes and not _whole_group(text, start, end, counted) else 0)
    masked = SENTENCE.sub(lambda m: m.group(0) if ABOUT_DELEGATION.search(m.group(0)) else " " * len(m.group(0)),
                          text[start:end])
    found = count(masked, 0, len(masked))
    found = found if found is not None else count(text, start, end)
    found = found if found is not None else _members(masked, 0, len(masked))  # counted and titled members
    found = found if found is not None else _listed(text, start, end)  # no number: the members named
    found = found if found is not None else _lone_count(masked)
    if found is None and start == 0 and title_end >= 0:
        # the lead after the title, whatever its verbs: "Sekitar 30 orang dari dinas-dinas Pemkab X hadir dalam acara
        # itu" (a sentence with no word of the delegation, masked above)
        found = _lone_count(text[title_end + 2:min(end, title_end + 2 + LEAD)])
    return found


# a count of people anywhere in a sentence about the delegation: "berkunjung ke X dengan 9 personel", "Yang berangkat
# ada 13 orang", "Kunjungan itu dihadiri 14 orang dari seksi Y" (a count of "rombongan" or "delegasi" in two digits
# or more, and not of several origins: "dua rombongan dewan", "23 rombongan dewan dari berbagai provinsi" count
# delegations; "dua kepala daerah" counts heads of regions, each his own delegation)
LONE_COUNT = re.compile(r"(?<![\d.,/])\b" + ABOUT + NUM + r"[ \t]+(?:orang[ \t]+)?"
                        r"(?:(?<=\d\d[ \t])(?:rombongan|delegasi)"
                        r"(?![^.;\n]{0,40}?\b(?:berbagai|beberapa|sejumlah|lain|lainnya|masing-masing)\b)|"
                        r"(?!rombongan|delegasi|(?:kepala|pimpinan)\s+daerah)" + PEOPLE + r")\b", re.IGNORECASE)
# not a part of the group ("bersama Kabag X dan 15 camat", "Ikut pula 25 jurnalis", "Selain 40 kepala desa"), the
# hosts met ("hanya ditemui dua anggota DPRD Y"), a limit ("tamu dibatasi 8 orang", "maksimal 10 orang"), a whole
# some of whom went ("dari 20 lurah yang ada"), a body's make-up ("yang memiliki tiga orang arsiparis") or a guess
# ("satu dua orang", "tiga sampai empat staf")
# (the words of a part of the group: data/companion_words.csv reader lone_part, "dan", "serta", "bersama", "beserta",
# "ditambah", "plus")
LONE_PART = re.compile(r"(?:\b(?:" + alternation(COMPANIONS["lone_part"]) + r"|pula|juga|selain|termasuk|ditemui|"
                       r"menemui|maksimal|maksimum|dibatasi|hanya|boleh|dari|memiliki|mempunyai|punya|sampai|hingga)|\d|"
                       + DIGIT_WORD + r")[ \t]+$", re.IGNORECASE)
# nor an item of a list of the members: after a comma that follows another item, a count or a word opening a list
# ("terdiri atas Kabid X, tiga staf Y, ...", "antara lain A, B, 12 kepala desa ...", "bersama sekretaris, dua kabid,
# ...", "14 anggota komisi, empat pimpinan dewan, ...")
LONE_LISTED = re.compile(r"(?:,|\d|\b(?:" + DIGIT_WORD + r"|terdiri[ \t]+(?:atas|dari)|antara[ \t]+lain|"
                         r"di[ \t]+antaranya|"
                         r"meliputi|yakni|yaitu|" + WITH_WORDS + r")\b)[^.;:!?\n–—]*,[ \t]*$", re.IGNORECASE)
# after the count: the first item of a list of counts ("yakni 14 anggota komisi, tiga pimpinan ...", "16 anggota,
# ditambah 2 staf"), more besides the group ("tiga wakil ketua juga ikut"), and in its clause the ones who did not go
# ("tiga wakil ketua dan sekwan tidak ikut", "hanya tiga orang yang berhalangan": NOT_WENT_WORDS), what came of them
# after the trip ("<N> anggota ... harus beristirahat seusai kunjungan", "dirawat sepulang ..."), a meeting to come
# (the `planned` rows of data/visit_cues.csv: "akan", "dalam waktu dekat"); a count per day ("400 orang per hari"),
# families ("650 kepala keluarga")
LONE_NOT = re.compile(r"[ \t]*(?:keluarga\b|(?:per|tiap|setiap)[ \t]|[^\d.;,\n]{0,60}?(?:,|,?[ \t](?:" + AND_MORE_WORDS
                      + r"))[ \t]+(?<![\d.,/])\b" + NUM + r"[ \t]|[^.;\n]{0,40}?\b(?:juga|pula)\b|"
                      r"[^.;\n]{0,100}?\b(?:" + NOT_WENT_WORDS + r"|seusai|sepulang|usai|setelah|positif|"
                      + alternation(visit_cue_words()["planned"]) + r")\b)", re.IGNORECASE)


def _lone_count(masked: str) -> int | None:
    """The one count of people (two or more) the sentences about the delegation write, when no pattern of
    :func:`count` reads it and every such count is the same number; not a part of the group, a limit or a whole
    (:data:`LONE_PART`), an item of a list of members (:data:`LONE_LISTED`), the first of a list of counts, the ones
    who did not go, more besides the group, what came of them after the trip, a meeting to come, a count per day or
    of families (:data:`LONE_NOT`), a count of the hosts (after a verb of receiving, before one of
    welcoming), per unit, of a whole body some of whom went, or a council's make-up."""
    values = set()
    for m in LONE_COUNT.finditer(masked):
        if LONE_PART.search(masked, max(0, m.start() - 20), m.start()) or LONE_NOT.match(masked, m.end()) \
                or RECEIVING.search(masked, max(0, m.start() - 80), m.start()) \
                or PER_UNIT.search(masked, max(0, m.start() - 40), m.start()) or HOSTS_AFTER.match(masked, m.end()) \
                or COUNCIL_MAKEUP.match(masked, m.end()) or OF_WHOLE.search(masked, max(0, m.start() - 40), m.start()) \
                or LONE_LISTED.search(masked, max(0, m.start() - 120), m.start()) or _makeup_before(masked, m.start()):
            continue
        values.add(number(m.group(1)))
    values.discard(1)
    return values.pop() if len(values) == 1 else None


def _with_head(text: str, start: int, end: int) -> bool:
    """Whether the count at ``end`` follows a head with his own people (:data:`WITH_HEAD`), not a head the
    delegation is received by or one among the attendees (:data:`RECEIVING`, :data:`ATTENDED`)."""
    head = WITH_HEAD.search(text, max(start, end - 150), end)
    return head is not None and not any(p.search(text, max(start, head.start() - 80), head.start())
                                        for p in (RECEIVING, ATTENDED))


# the one who takes his people along ("X mengajak 11 orang": 12, GUIDELINES) is added only when he is a person: not
# a party, an office, a council or a training body that "brings" N people ("Rombongan yang dipimpin X itu membawa 15
# orang", "Dengan membawa 50 rombongan ..." after an office's trip, "Diklat X ... dengan membawa 40 peserta", "Rapat
# digelar DPRD X bersama 20 kepala sekolah"): the sentence before the verb (:data:`TAKER_SPAN` characters at most)
# begins with the party as its subject, is "Dengan" alone, or names an office, a region or a council with no title,
# no two capitalised words (a name) and no pronoun of a person
TAKES_ALONG = re.compile(alternation(COMPANIONS["takes_along"]), re.IGNORECASE)
TAKER_SPAN = 200
PARTY_TAKES = re.compile(r"\s*(?:rombongan\b[^,]*\bitu|dengan)\s+$", re.IGNORECASE)
# (a region's government, council or office as data/government_words.csv lists them, a region's type word as
# data/region_words.csv does, or a training body)
REGION_TYPES = alternation(sorted(TYPE_WORDS, key=len, reverse=True))
BODY_TAKES = re.compile(r"\b(?:diklat\w*|" + BODIES + "|" + OFFICES + "|" + REGION_TYPES + r")\b", re.IGNORECASE)
PERSON_TAKES = re.compile(r"\b(?i:ia|dia|beliau|saya|kami)\b|[A-Z][a-z]+\s+[A-Z][a-z]+")


def _taker(text: str, start: int, at: int) -> int:
    """1 for the one who takes along the people counted at ``at``, 0 when the taker is no person."""
    if not TAKES_ALONG.match(text, at):
        return 1
    lead = text[_sentence_open(text, max(start, at - TAKER_SPAN), at):at]
    if PARTY_TAKES.fullmatch(lead):
        return 0
    return 0 if (BODY_TAKES.search(lead) and not TITLED.search(" " + lead)
                 and not PERSON_TAKES.search(lead)) else 1


def count(text: str, start: int, end: int) -> int | None:
    """"berjumlah 35 orang" is 35; "mengajak 11 orang" is 11 plus the leader; "40 peserta" is 40; "diikuti
    sembilan anggota lainnya" is 9 plus the one they follow."""
    grand = GRAND_TOTAL.search(text, start, end)
    if grand:
        return number(grand.group(1))
    m = SIZE_TOTAL.search(text, start, end)
    while m and (COUNCIL_MAKEUP.match(text, m.end()) or HOSTS_AFTER.match(text, m.end(), end)
                 or RECEIVED_COUNT.search(text, max(0, m.start() - 30), m.start())
                 or (MAKEUP_OPENS.match(m.group(0)) and _council_makeup(text, start, m.start()))):
        m = SIZE_TOTAL.search(text, m.end(), end)
    if m:
        extra = 1 if m.group(0).lower().startswith(("berjumlah", "sebanyak")) and _with_head(
            text, start, m.start()) else 0
        if OTHERS.match(text, m.end()):
            extra = 1
        added = ADDED.match(text, m.end(), end)
        return number(m.group(1)) + extra + (number(added.group(1)) if added else _more(text, m.end(), end))
    m = SIZE_COMPANIONS.search(text, start, end)
    while m and (PER_UNIT.search(text, max(start, m.start() - 40), m.start())
                 or HOSTS_AFTER.match(text, m.end(), end)
                 or RECEIVING.search(text, max(start, m.start() - 80), m.start())):
        m = SIZE_COMPANIONS.search(text, m.end(), end)
    if m:  # "didampingi 8 anggota Komisi I dan 2 staf": the parts after the first add up too
        titled = 1 if TITLED.search(text, m.start(), m.start(1)) else 0  # "didampingi Kabag X dan 2 staf"
        return number(m.group(1)) + _taker(text, start, m.start()) + titled + _more(text, m.end(), end)
    starts = [n.start() for n in NUMBER_START.finditer(text, start, end)]
    m = _first(SIZE_BARE, text, starts, end) or _first(SIZE_JOINED, text, starts, end) \
        or _first(SIZE_POSTPOSED, text, starts, end) \
        or SIZE_RECEIVED.search(text, start, end) or _first(SIZE_SUBJECT, text, starts, end) \
        or SIZE_DEFINITE.search(text, start, end)
    if not m:
        together = TOGETHER.search(text, start, end)  # "datang bertiga": three
        return number(together.group(1)[3:]) if together else None
    if COUNCIL_MAKEUP.match(text, m.end()):
        return None
    part = OF_WHOLE.search(text, max(start, m.start() - 40), m.start()) if m.re is not SIZE_RECEIVED else None
    if part:  # "sekitar 30 dari 52 wali nagari yang ikut": the 30 went, 52 is the whole body
        return number(part.group(1))
    one = m.re is not SIZE_RECEIVED and bool(ONE_MORE.search(text, max(start, m.start() - 100), m.start())
                                              or ONE_MORE_AFTER.match(text, m.end(1), end))
    return number(m.group(1)) + _more(text, _noun_end(text, m), end) + one


# "Rombongan DPRD X beranggotakan Budi, Hj. Ani Lestari, S.E., dan Dedi Kurnia.": the members named, no number
LISTED = re.compile(r"\b(?i:rombongan|delegasi|tim)\b[^.;:\n]{0,60}?\b(?i:beranggotakan|terdiri[ \t]+(?:atas|dari))"
                    r"[ \t]+(?=[A-Z])")
# where the list ends: a full stop after a word of four letters or more (not "Dr.", "Hj.", "S.E."), or the line
LIST_END = re.compile(r"(?<=[a-z]{4})\.(?=\s)|\n|;")
LIST_SEPARATOR = re.compile(r"(,?[ \t]+(?:dan|serta)[ \t]+|,[ \t]*)")
LIST_AND = re.compile(r"\b(?:dan|serta)\b")
BRACKETED_NOTE = re.compile(r"\([^()\n]{0,30}\)")  # "(Dapil 2)", "(Fraksi X)": a note after a name
# an item of degrees or honorifics only ("SH.", "M.Si", "S.E."): part of the name before it
DEGREES_ONLY = re.compile(r"(?:[A-Z][A-Za-z]{0,3}\.?[ \t]?){1,4}")
# a word of a capital and small letters ("Ani", "Budi"): a name's word, unless an honorific ("Drs")
SHORT_NAME = re.compile(r"[A-Z][a-z'’]{2,}")
# a word of a name: a capital before small letters, or an initial ("A.", "R"); not "II", "DPRD"
NAME_WORD = re.compile(r"[A-Z](?:[a-z'’][\w'’.-]*|\.?)")
# the first words of titles and units ("Ketua", "Kepala", "Komisi", "Dinas"): an item opening so is a post, not a name
POST_WORDS = frozenset(form.split()[0].lower() for form, *_ in POSITIONS) | unit_words()


def _listed(text: str, start: int, end: int) -> int | None:
    """A delegation whose members are named and not counted: the names of "<rombongan ...> beranggotakan|terdiri
    atas|dari A, B, C dan D" (at least two, closed by "dan" or "serta"; every item a name of capitalised words, no
    title, unit or body; degrees and bracketed notes skipped)."""
    m = LISTED.search(text, start, end)
    if not m:
        return None
    stop = LIST_END.search(text, m.end(), min(end, m.end() + 300))
    parts = LIST_SEPARATOR.split(BRACKETED_NOTE.sub("", text[m.end():stop.start() if stop else end]))
    items, separators = parts[::2], ["", *parts[1::2]]
    names = 0
    for item, separator in zip(items, separators, strict=True):
        words = item.split()
        if not words or _degrees_only(item.strip()):
            continue
        closing = bool(LIST_AND.search(separator))  # "dan D": the list's last name
        lead = [w for w in words if w.lower().strip(".") not in HONORIFICS]
        if closing:  # "... dan Dedi disambut ...": the name ends where the sentence goes on
            lead = lead[:next((k for k, w in enumerate(lead) if not NAME_WORD.fullmatch(w)), len(lead))]
        if not _a_name(lead):
            return None
        names += 1
        if closing:
            return names if names >= 2 else None
    return None


# "Rombongan terdiri atas Kabid X, Kasubid Y, 3 orang staf dan 25 orang sekdes", "yakni 9 anggota komisi serta 2
# pimpinan dewan": a list of the members, opened by a word of naming them, its counted and titled parts add up
MEMBERS_OPEN = re.compile(r"\b(?:terdiri[ \t]+(?:atas|dari)|yakni|yaitu)[ \t]*:?[ \t]+", re.IGNORECASE)
# an item of the list: a count of people ("5 orang staf", "1 pimpinan dewan") or one titled person ("Kasubid Diklat")
MEMBER_COUNT = re.compile(ABOUT + NUM + r"[ \t]+(?:orang[ \t]+)?(?:" + PEOPLE + r"|" + PART_NOUN + r")\b",
                          re.IGNORECASE)
MEMBER_TITLE = re.compile(r"(?-i:" + TITLE + r")")
# "hadir bersama rombongan ..., yaitu Kadis X dan 15 orang tim teknis": the ones taken along listed, their head on top
# or not, unknown: no sum
MEMBERS_TAKEN = re.compile(r"\b(?:" + WITH_WORDS + r")\b[^.;:!?\n]*$", re.IGNORECASE)
MEMBER_NUMBER = re.compile(r"(?:\d|" + NUM_WORDS + r"\b)", re.IGNORECASE)  # an item opening with a number
MEMBER_GROUP = re.compile(GROUP, re.IGNORECASE)  # an item opening with a group: "para kepala OPD"
# the words between items: a comma, the words that add a part (:data:`AND_MORE_WORDS`)
MEMBER_SEPARATOR = re.compile(r",?[ \t]+(?:" + AND_MORE_WORDS + r")[ \t]+|,[ \t]*", re.IGNORECASE)


def _members(text: str, start: int, end: int) -> int | None:
    """The sum of a list of the members that counts some and titles others (:data:`MEMBERS_OPEN`): each item opening
    with a count adds it, each opening with a title (data/positions.csv) adds one, other items (a name, the rest of a
    title) add none; at least one count and one more item, the last after "dan|serta|...", or None. Not when the first
    item or an item opening with a number is neither ("terdiri atas tujuh Komisi II ..."), nor when an item is a group
    of a size not told (:data:`GROUP`: "para kepala OPD", "seluruh camat"), nor when an item is a name alone
    (members named and not titled: "Ketua Komisi A Budi, Dedi Santoso serta 2 staf" counts only some), nor after
    a companion word in its sentence (:data:`MEMBERS_TAKEN`: "bersama", "beserta", "didampingi")."""
    for m in MEMBERS_OPEN.finditer(text, start, end):
        stop = LIST_END.search(text, m.end(), min(end, m.end() + 400))
        span = BRACKETED_NOTE.sub(lambda b: " " * len(b.group(0)), text[m.end():stop.start() if stop else end])
        if MEMBERS_TAKEN.search(text, max(start, m.start() - 150), m.start()):
            continue
        pieces = MEMBER_SEPARATOR.split(span)
        seps = ["", *MEMBER_SEPARATOR.findall(span)]
        total, counted, items, closed = 0, 0, 0, False
        for k, (piece, sep) in enumerate(zip(pieces, seps, strict=True)):
            piece = piece.strip()
            c = MEMBER_COUNT.match(piece)
            if c:
                total, counted, items = total + number(c.group(1)), counted + 1, items + 1
            elif MEMBER_TITLE.match(piece):
                total, items = total + 1, items + 1
            elif k == 0 or MEMBER_NUMBER.match(piece) or MEMBER_GROUP.match(piece) or _a_name(piece.split(), 2):
                # "terdiri atas tujuh Komisi II ...", "..., para kepala OPD, ...": a group not counted; "..., Anu
                # Tando, ...": a member named, not titled
                break
            else:
                continue
            closed = sep.strip(" \t,") != ""
        else:
            if counted and items >= 2 and closed:
                return total
    return None


def _a_name(words: list[str], least: int = 1) -> bool:
    """``words`` are a person's name alone ("Anu Tando", "H Anu SH"): ``least`` words or more of a name besides the
    honorifics, every one a capital before small letters or an initial, the first no title's, unit's or body's word."""
    words = [w for w in words if w.lower().strip(".") not in HONORIFICS]
    return len(words) >= least and words[0].lower() not in POST_WORDS \
        and not re.match(ONE_BODY, words[0], re.IGNORECASE) and all(NAME_WORD.fullmatch(w) for w in words)


def _degrees_only(item: str) -> bool:
    """``item`` is degrees or honorifics only ("S.E.", "M.Si", "Drs"), not a name of short words ("Ani", "Eko Ani",
    "Drs Ujo"): no word of it is a capital and small letters that is no honorific."""
    if any(SHORT_NAME.fullmatch(w) and w.lower() not in HONORIFICS for w in item.split()):
        return False
    return bool(DEGREES_ONLY.fullmatch(item))


def _noun_end(text: str, m: re.Match) -> int:
    """Where the parts after ``m``'s count may begin: right after its noun when ``m`` reaches on to a verb."""
    if m.re is not SIZE_SUBJECT and m.re is not SIZE_JOINED:
        return m.end()
    counted = COUNTED.match(text, m.start())
    return counted.end() if counted and counted.end() < m.end() else m.end()


def _more(text: str, pos: int, end: int) -> int:
    """The parts counted after a first count: "dan 5 staf" is 5, ", 5 staf sekretariat dan 3 tenaga ahli" is 8;
    a titled person between them is one more (:func:`_parts`)."""
    parts = _parts(text, pos, end)
    if parts is not None:
        return parts
    listed = LIST_MORE.match(text, pos, end)
    if listed:
        return sum(number(n.group(1)) for n in LIST_NUM.finditer(text, pos, listed.end()))
    more = AND_MORE.match(text, pos, end)
    return number(more.group(1)) if more else 0


def _parts(text: str, pos: int, end: int) -> int | None:
    """The sum of a list of parts after a first count, its last part after a word of :data:`AND_MORE_WORDS`, where a
    titled person (one) stands before a later count ("..., 5 anggota komisi empat, Kabag Umum dan 3 orang staf" is 5 + 1
    + 3), or a part lies further than :data:`AND_MORE` reaches ("21 orang penyuluh pertanian dan perikanan ... serta 4
    orang staf"); None when the list has no count."""
    total, titled, closed, at = 0, 0, False, pos
    while (m := NEXT_PART.match(text, at, end)) is not None:
        if m.group("title"):
            titled += 1
        else:
            total, titled = total + titled + number(m.group(2)), 0
            closed = m.group("sep").strip(" \t,") != ""
        at = m.end()
    return total if total and closed else None


def number(value: str) -> int:
    """ "35", "sebelas", "tiga puluh lima", "seratus dua puluh" -> int."""
    if value.isdigit():
        return int(value)
    total = 0
    words = value.lower().replace("sebelas", "se belas").replace("sepuluh", "se puluh").replace("seratus", "se ratus")
    current = 0
    for w in words.split():
        if w in DIGIT_WORDS:
            current = DIGIT_WORDS[w]
        elif w == "belas":
            total, current = total + current + 10, 0
        elif w == "puluh":
            total, current = total + current * 10, 0
        elif w == "ratus":
            total, current = total + current * 100, 0
    return total + current
