"""The named rules that give a region evidence of being a visit's visitor or host.

Each rule reads one item of an article (a region mention or an official's mention, with the text around it)
and says whether it fires; :class:`nlp.visits.VisitFinder` applies the table in one short loop
(``nlp.visit_candidates``) and records every firing (rule, region, weight, sentence), which ``--explain`` prints.
Word lists come from ``data/visit_cues.csv`` (:class:`nlp.visit_patterns.Cues`); the patterns here only arrange
them. Every rule carries examples (of our own) on which it fires; ``tests/test_nlp_visit_rules.py`` checks each
rule on them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from nlp.dates import DATELINE_DASHES, DAY_NAMES
from nlp.lexicon import (
    agent_forms,
    companion_words,
    government_words,
    load_honorifics,
    longest_first,
    region_words,
    visit_cue_words,
)
from nlp.lexicon import alternation as in_order
from nlp.official_lists import ASIDE_AFTER, DEGREE_AFTER
from nlp.regions import PROV
from nlp.textutil import NUM_WORDS, PLACE_ITEM


def _pattern(cue: str) -> str:
    """One cue as a pattern: spaces match any whitespace; a passive "di-" verb may be written apart ("di pimpin",
    "di terima"), as regional news often does."""
    words = cue.lower().split()
    pattern = r"\s+".join(map(re.escape, words))
    return "di ?" + pattern[2:] if re.match(r"di[a-z]{4,}$", words[0]) else pattern


CUE_WORDS = visit_cue_words()  # data/visit_cues.csv, by role, in file order (in_order keeps that order)
# the verbs of visiting a place or a person ("mengunjungi", "sambangi"): one list for every rule below
VISITING = in_order(CUE_WORDS["visiting_verb"])


def cue_regex(cues: list[str], suffix: str = "") -> re.Pattern:
    """Whole-word, case-insensitive alternation of ``cues`` (longest first), spaces matching any whitespace."""
    return re.compile(r"\b" + cue_alternation(cues) + r"\b" + suffix, re.IGNORECASE)


def cue_alternation(cues: list[str]) -> str:
    """A regex group of ``cues`` read as :func:`_pattern` reads them, longest first (one that never matches when
    there are none); :func:`nlp.lexicon.alternation` (``in_order`` here) keeps the words' own order instead."""
    alternatives = sorted({_pattern(c) for c in cues}, key=len, reverse=True)
    return "(?:" + "|".join(alternatives or ["(?!x)x"]) + ")"


# "ke Desa Pujon Kidul, Kabupaten X": a village or district named before its region
# (or several: "ke Desa A, Kecamatan B, Kabupaten X"; the villages of Aceh, Lampung, Toraja, West Sumatra:
# "ke Gampong A, Kecamatan B, X")
PLACE_WORDS = "(?:" + "|".join(sorted(region_words()["place_in"])) + ")"  # data/region_words.csv
# (round 39: villages counted, not named, before their region: "dari 12 desa di Kabupaten X", "tamu dari beberapa
# kecamatan se-Kabupaten X", "dari satu Kecamatan A, Kabupaten X": the region is where they lie)
PLACE_COUNT = (r"(?:\d{1,3}|" + NUM_WORDS + r"|sejumlah|beberapa|seluruh|semua|puluhan|belasan|ratusan)\s+")
PLACE_IN = (r"(?:" + PLACE_COUNT + PLACE_WORDS + r"\s+(?:(?:yang\s+)?(?:ada\s+|berada\s+)?di\s+|se-?\s*)|"
            r"(?:" + PLACE_COUNT + r")?(?:" + PLACE_WORDS + r"\s+\w+(?:[ -]\w+){0,2},?\s+){1,3}|"
            r"(?-i:(?!(?:Jalan|Jl|Gedung|Hotel|Kantor|Aula|Ruang|Balai|Pendopo|Komplek|Kompleks|Kawasan)\b)"
            r"[A-Z][\w-]+(?:\s[A-Z][\w-]+){0,2}),?\s+)")  # "ke <island>(,) <its province>", not a street
# "ke Pemkab X", "dari DPRD Kabupaten X", "ke Diskominfo Kota X", "rombongan Dinas Kesehatan X": the government,
# its council or one of its offices stands for the region
GOVERNMENT_WORDS = government_words()  # data/government_words.csv, by kind, in file order
# "Pemkab", "DPRD": a region's government or council before its name
BODIES = in_order(GOVERNMENT_WORDS["government"] + GOVERNMENT_WORDS["council"])
# "Setda", "Sekretariat Daerah": its secretariat
SECRETARIATS = in_order(GOVERNMENT_WORDS["secretariat"])
# "Dinas", "Bappeda", "Dukcapil": one of its offices (the head word of its name, or its acronym)
OFFICES = in_order(GOVERNMENT_WORDS["office"] + GOVERNMENT_WORDS["office_acronym"])
OFFICE_ACRONYMS = in_order(GOVERNMENT_WORDS["office_acronym"])
# how the acronym of an office not listed opens, capitalised ("Disperkim", "Balitbangda")
OFFICE_OPENINGS = in_order(tuple(w.capitalize() for w in GOVERNMENT_WORDS["office_acronym_opening"]))
# "Bupati", "Wawali", "Sekda", "Ketua DPRD": its head, deputy head or secretary
HEADS = in_order(GOVERNMENT_WORDS["head"])
OFFICE = (r"(?:(?:" + OFFICES + "|"
          r"komisi\s+(?:[a-e]|[ivx]{1,4}|\d{1,2})\b(?:\s+dprd)?|"
          r"fraksi\s+(?!(?:ke|di|dari)\b)\w+(?:\s+dprd)?|pansus\s+(?!(?:ke|di|dari)\b)\w+(?:\s+dprd)?|badan\s+anggaran)"
          # (a unit's name goes on in capitalised words, not through "itu" or a lower-case verb)
          # ("Dinas Kebudayaan dan Pariwisata": "dan"/"serta" joins two capitalised fields of one unit's name)
          r"(?:\s+(?!(?:ke|di|dari|untuk|pada|yang|itu|tersebut|ini)\b|(?:dan|serta)\b(?!\s+(?-i:[A-Z]))|"
          r"(?-i:(?:di|me|ber)[a-z]{3,}\b))"
          r"[\w-]+){0,5}?\s+)?")
GOVERNMENT = OFFICE + (r"(?:(?:" + BODIES + "|" + SECRETARIATS + "|" + HEADS + r"|jajaran|pejabat|tim)\s+|"
                       # (round 39) a body spelt out, its acronym in brackets: "Dewan Perwakilan Rakyat Daerah (DPRD) X"
                       r"(?-i:(?:[A-Z][a-z]+\s+){1,5})\(\s*(?:" + BODIES + r")\s*\)\s+)?"
                       # "Pemerintah Kota (Pemkot) X": the level word and its short form before the bare name
                       r"(?:(?:kabupaten|kota|provinsi)\s*\(\s*[A-Za-z]{2,10}\s*\)\s+)?")
# "studi tiru", "studi lapangan" (not "studi ke X": X is where the study goes)
STUDY = r"studi\s+(?!(?:ke|di|dari|untuk)\b)\w+"
# a group of a region named in capitalised words before it, an acronym in brackets after them: "Tim Penggerak PKK",
# "Badan Permusyawaratan Desa (BPD)"
GROUP_NAME = r"(?-i:[A-Z][\w-]*\s+(?:(?:dan|serta)\s+(?=[A-Z]))?){1,6}?(?:\(\s*[A-Za-z]{2,12}\s*\)\s+)?"
DELEGATION = re.compile(r"\b(?:rombongan|delegasi|tamu|kunjungan(?:\s+(?:kerja|belajar|dinas|" + STUDY + r"))?|"
                        + STUDY + r"|kaji\s+banding|benchmarking|kunker)\s+(?:dari\s+|"
                        r"yang\s+dipimpin\s+|(?:sejumlah\s+|\d{1,3}\s+(?:orang\s+)?)?(?:pejabat|anggota)\s+|para\s+\w+\s+)?"
                        + GOVERNMENT + "$", re.IGNORECASE)
# someone else does the going: "X membenarkan bahwa anggota dewan berkunjung ke ..."
SOMEONE_ELSE = re.compile(r"\b(?:bahwa|mereka|anggota|pihaknya|para|warga|tim)\b", re.IGNORECASE)
# another subject between the region and the verb: "X membuat daerah lain datang"
# ("seperti milik Jakarta, dan kami datang untuk belajar": a pronoun starts a clause of its own)
OTHER_SUBJECT = re.compile(r"\b(?:bahwa|membuat|mengundang|daerah\s+lain|banyak\s+daerah|pihak\s+lain|tamu|yang\s+"
                           r"(?:di|ter)\w+|kami|kita|mereka|ia|dia|beliau|presiden|wapres|menteri|supaya|agar|sehingga|"
                           r"orang)\b|\b(?:di|ke)\s+$",
                           re.IGNORECASE)
# "SURABAYA - Puluhan anggota DPRD X ...": a dateline names where the news comes from, not who acts; the one reading
# of a dateline, also for the dateline host (visit_pairs.PairResolver._implicit_host): "KOTA –", "Kota (ANTARA) -",
# "Kota, (ANTARA) -" (the outlet in brackets after a comma), "Kompas.com, Surabaya - ..." (an outlet of a few words),
# "Kota, Outlet ~ ...", "Kota Outlet – ..." (the outlet's name of one or two capitalised words right after the town); a
# hyphen with a space on one side ("Toli-Toli" is a name)
DATELINE_DASH = re.compile(r"[ \t]*(?:,?[ \t]*\([^()\n]{1,25}\)[ \t]*)?(?:,[ \t]*[\w./]+(?:[ \t]+[\w./]+){0,3}[ \t]*|"
                           r"(?:[ \t]+[A-Z][\w.]*){1,2}[ \t]*)?(?:[" + DATELINE_DASHES + r"]+|(?<=\s)-+|-+\s)")
# "SURABAYA-Rombongan ...": a dash glued between a place written in capitals and the story's first word
GLUED_DASH = re.compile(r"[-" + DATELINE_DASHES + r"]+(?=[A-Z])")
# "inovasi yang dijalankan X dan ...": the agent of a clause about something else
AGENT_OF_CLAUSE = re.compile(r"\byang\s+(?:di|ter)[a-z]{3,}\s+(?:oleh\s+)?$", re.IGNORECASE)
# "ruang sidang Balai Kota X, lalu mempelajari ...", "Kantor Bupati X": a building of the region, a place
# (data/government_words.csv kinds building, building_visit and room; a room with any one word after it)
BUILDING_BEFORE = re.compile(r"\b(?:" + in_order(GOVERNMENT_WORDS["building"] + GOVERNMENT_WORDS["building_visit"])
                             + "|" + in_order(GOVERNMENT_WORDS["room"]) + r"(?:\s+\w+)?)\s+(?:(?:bupati|wali\s*kota|"
                             r"walikota|gubernur|pemerintah)\s+)?$", re.IGNORECASE)
# "mengunjungi kebun sawit", "meninjau lokasi": a head touring places of his own region, no trip to another
OWN_TOUR = re.compile(r"\s+(?:langsung\s+)?(?:" + in_order(CUE_WORDS["own_tour"]) + r")\b",
                      re.IGNORECASE)  # data/visit_cues.csv role own_tour
# "berdiskusi dengan jajaran Pemkab X di sela kunjungan": X is the counterpart, not the one who came
WITH_PARTY = re.compile(r"\b(?:dengan|bersama)\s+(?:jajaran\s+|pihak\s+|para\s+pejabat\s+)?" + GOVERNMENT + "$",
                        re.IGNORECASE)
# "X kembali disambangi Pemkab Y", "dikunjungi rombongan DPRD Z": the visitor after a passive visit verb
VISITED_BY_HEAD = (r"\b(?:disambangi|dikunjungi|didatangi|kedatangan|menerima\s+(?:kunjungan|rombongan|kedatangan|tamu|"
                   r"delegasi))\s+(?:(?:kerja|dinas|studi\s+\w+|belajar|rombongan|delegasi|tamu|para|pejabat|"
                   r"sejumlah|dari)\s+){0,3}")
# the visited region as the object: "mengunjungi Kabupaten X", "Pemkab X kunjungi Y"
# a place of the region visited: "mengunjungi Mal Pelayanan Publik Kota X", "menyambangi Kantor Bupati X"
VENUE = (r"(?:(?:balai|kantor|pendopo|puspem|aula|ruang|gedung|rumah|sekolah|pasar|puskesmas|rsud|kawasan|lokasi|objek|"
         r"museum|perpustakaan|sentra|mal|mall|pusat|desa\s+wisata)\b[^,.;\n]{0,50}?\s)?")
# ("menemui Dinas Pariwisata dan Dinas Lingkungan Hidup Kabupaten X": two offices of one region)
OTHER_OFFICE = r"(?:(?:dinas|badan|bagian)\s+(?:[\w-]+\s+){1,4}?(?:dan|serta)\s+)?"
VISIT_OBJECT = re.compile(r"\b(?:" + VISITING + r"|menemui|temui)\s+"
                          + OTHER_OFFICE + VENUE + GOVERNMENT
                          + "$", re.IGNORECASE)
TITLE_BEFORE = re.compile(r"\b(?:bupati|wali\s*kota|wakil\s+bupati|wakil\s+wali\s*kota|sekda|sekretaris\s+daerah|"
                          r"ketua\s+dprd)\s+$", re.IGNORECASE)
# people sent by a region: "sebanyak 40 kepala desa dari Kabupaten X", "tim dari Pemkab X", "wakil rakyat dari
# Kabupaten X", "17 perbekel dari Kecamatan A, Kabupaten X"
# ("25 kepala kampung dari Kabupaten X": a village's head as Papua names him)
FROM_GROUP = re.compile(r"\b(?:pejabat|kepala\s+(?:desa|kampung)|kades|perangkat\s+desa|camat|lurah|asn|pegawai|"
                        r"anggota|peserta|utusan|perwakilan|tim|pimpinan\s+opd|kepala\s+opd|jajaran|tamu|wakil\s+rakyat|"
                        r"legislator|perbekel|prebekel|keuchik|geuchik|kuwu|wali\s*nagari|sangadi)\s+"
                        r"(?:\w+\s+){0,2}?dari\s+" + PLACE_IN + "?" + GOVERNMENT + "$", re.IGNORECASE)
# "40 peserta Diklat Kepemimpinan Tingkat IV Angkatan XVIII Kota X": the trainees of a region's course travel
TRAINEES_OF = re.compile(r"\bpeserta\s+(?:\w+\s+){0,3}?(?:diklat\w*|dikpim|pelatihan|pendidikan|pkn|pka|pkp|latsar|"
                         r"kursus|bimtek)\b(?P<gap>[^.;:\n]{0,90}?)\s(?:dari\s+|asal\s+)?" + GOVERNMENT + "$",
                         re.IGNORECASE)
# a verb in the gap ends the course's name: a prefixed one ("menjadikan", "berkunjung"), or a headline's bare verb of
# choosing or visiting ("Peserta Diklat ... Pilih Kabupaten Y", "... Sambangi Kota Y"; visit_cues.csv roles
# chosen_verb and visiting_verb): the region after it is where they went
TRAINEES_GAP = re.compile(r"\b(?:yang|ke|di|untuk|dengan|oleh|pada|(?:me|ber|ter)[a-z]{3,}|"
                          + in_order(CUE_WORDS["chosen_verb"] + CUE_WORDS["visiting_verb"]) + r")\b", re.IGNORECASE)
VISITED_BY = re.compile(VISITED_BY_HEAD + GOVERNMENT + "$", re.IGNORECASE)
# "Kota Y terpilih sebagai (salah satu) lokus belajar": the place named before it hosts ("salah satu", one of
# the destinations: round 32)
HOST_AFTER_SCORE = re.compile(r"[^.\n]{0,20}(?:sebagai|menjadi|jadi|dijadikan)\s+(?:salah\s+satu\s+)?"
                              r"(?:lokus|tempat|tujuan|lokasi|rujukan|referensi|tuan\s+rumah|"
                              r"(?:objek|obyek|sasaran)\s+(?:studi|study|kunjungan|kaji|benchmarking|belajar|pembelajaran))",
                              re.IGNORECASE)
# "BPSDM X Jadikan Kabupaten Y Lokus Studi Lapangan", "memilih Kota Y tujuan studi banding": the chosen place hosts
CHOSEN_BEFORE = re.compile(r"\b(?:" + in_order(CUE_WORDS["chosen_verb"]) + r")\s+" + GOVERNMENT + "$", re.IGNORECASE)
CHOSEN_AFTER = re.compile(r"\s*,?\s*(?:sebagai\s+|menjadi\s+)?(?:lokus|lokasi|tujuan|tempat|rujukan|referensi|objek|"
                          r"sasaran)\b(?!\s+(?:untuk\s+)?(?:menjamu|menyambut|menerima|bertemu|jamuan))", re.IGNORECASE)
# "BPSDM Provinsi X memilih Kabupaten Y sebagai lokus visitasi", "Pemkab X menjadikan Pemkot Y lokasi pelatihan":
# the one who chooses where to go travels
# (not "memilih Bukit A sebagai tempat menjamu tamunya": where the host receives)
CHOOSES_HOST = re.compile(r"(?:\s*\([^()\n]{1,20}\))?[^.;\n]{0,25}?\b(?:memilih|menjadikan|pilih|jadikan|menunjuk|"
                          r"menetapkan|tunjuk|tetapkan)\b"
                          r"[^.;\n]{0,80}?\b(?:sebagai\s+|menjadi\s+)?(?:lokus|lokasi|tujuan|tempat|rujukan|referensi)\b"
                          r"(?!\s+(?:untuk\s+)?(?:menjamu|menyambut|menerima|bertemu|jamuan))", re.IGNORECASE)
# between "rombongan" and a region: no receiving, no verb ("rombongan berterima kasih kepada Pemkot X")
# (a headline capitalises its verbs: "Rombongan Mendapat Sambutan dari Pemkab X"; "Diklat", "Dikpim" are courses:
# "rombongan Benchmarking Diklat PIM IV Kota X")
NOT_VISITOR_GAP = re.compile(r"\b(?:[Dd]iterima|[Dd]isambut|[Dd]ijamu|oleh|[Kk]e|[Dd]i|kepada|menuju|bersama|"
                             r"didampingi|(?:me|ber|ter|Me|Ber|Ter)[a-z]{3,}|di(?!klat|kpim)[a-z]{3,}|"
                             r"Di(?![sn]|klat|kpim)[a-z]{3,})\b")
# "100 kepala kampung di Kabupaten X akan studi banding ke ...": the people of a region, not a place they go to
GROUP_AT = re.compile(r"\b(?:kepala\s+(?:desa|kampung|sekolah|puskesmas|dinas|opd)|kades|keuchik|perangkat\s+desa|"
                      r"camat|lurah|pejabat|asn|pegawai|guru|kader|pelaku\s+umkm)(?:\s*\([^()]{1,15}\))?\s+"
                      r"(?:yang\s+(?:ada|berada)\s+)?$", re.IGNORECASE)
FROM_PLACE = re.compile(r"\W*(?:dari|usai\s+dari|sepulang\s+dari)\s+" + GOVERNMENT + "$", re.IGNORECASE)
# "ke Kota A dan B", "mendatangi A dan B": where the delegation goes, the objects of its visit
PLACE_BEFORE = re.compile(r"\b(?:ke|di|" + VISITING + r")\s+"
                          + PLACE_IN + "?" + GOVERNMENT, re.IGNORECASE)
OFFICIALS_OF = re.compile(r"\b(?:rombongan|delegasi)\b[^.;,\n]{0,60}?$", re.IGNORECASE)
# the head of the delegation named just before the official
HEAD_OF_GROUP = re.compile(r"\b(?:(?:ketua|kepala|pimpinan|pemimpin)\s+(?:rombongan|delegasi)|ketua\s+tim\s+"
                           r"(?:studi|kunjungan|kaji|kunker)\s*\w*)\b(?:\s+yang\s+juga|\s+adalah|\s+yakni|\s*,)?"
                           r"[^.;,]{0,50},?\s*$", re.IGNORECASE)
# "rombongan Bupati X", "delegasi Wakil Wali Kota Y": the official leads the group
GROUP_OF_OFFICIAL = re.compile(r"\b(?:rombongan|delegasi)\s+(?:yang\s+dipimpin\s+)?$", re.IGNORECASE)
HEADS_LIST = re.compile(r"\b(?:kepala\s+daerah|bupati|wali\s*kota|pejabat|tamu|rombongan)\b[^.\n]{0,60}?\b(?:yakni|"
                        r"yaitu|ialah|adalah|antara\s+lain|di\s*antaranya|masing-masing|terdiri\s+(?:dari|atas))\b"
                        r"\s*:?", re.IGNORECASE)
# a trip to a ministry in the capital is no visit to the capital's region: "ke Kementerian X di Jakarta"
MINISTRY_WORD = r"kemen[a-z]{2,12}"
# the words that open a list (data/region_words.csv kind category_intro): "yakni A, B dan C", "ke tiga daerah,
# masing-masing A dan B" (after a counted place noun), "mendatangi ..., yaitu A dan B" (Cues.goes_list)
LIST_OPENS = in_order(longest_first(region_words()["category_intro"]))
# the nouns of a place that is not named: "tiga daerah", "ke luar provinsi"
UNNAMED_PLACES = r"(?:kota|daerah|kabupaten|provinsi|wilayah)"
# "ke tiga daerah", "ke beberapa kota", "ke dua kabupaten/kota", "ke sejumlah daerah lain": a counted place noun
# after "ke" ("lain"/"lainnya" after it: other places than the one just told)
COUNTED_PLACES = r"(?:\w+\s+){0,2}?" + UNNAMED_PLACES + r"(?:/kota)?(?:\s+lain(?:nya)?)?"
# the words of a trip: its kind ("studi banding", "kunjungan kerja") or a going word ("berkunjung", "bertolak")
TRIP_CUES = in_order(longest_first({re.sub(r"\s+(?:ke|di)$", "", w.lower())
                                    for w in CUE_WORDS["kind"] + CUE_WORDS["arrive"]}))
# "tujuan kunjungan antara lain A, B dan C", "lokasi yang dikunjungi yakni ...", "dua kabupaten yang layak dikunjungi
# ..., yaitu A dan B" (a word between "yang" and the passive visit), "tiga lokasi sudah disepakati
# para anggota komisi untuk perjalanan ini, antara lain A dan B" (the list opener up to 60 characters on)
DESTINATIONS = re.compile(r"\b(?:tujuan(?:nya)?|lokasi|lokus|yang\s+(?:\w+\s+)?(?:dikunjungi|disinggahi))\b"
                          r"[^.\n]{0,60}?\b"
                          r"(?:" + LIST_OPENS + r")\b\s*:?|"
                          # "Tujuan pertama A, lalu B, dan terakhir C": the stops in their order
                          r"\btujuan(?:nya)?\s+(?:pertama|awal)\b\s*(?:adalah\s+|ke\s+)?|"
                          # "pergi ke beberapa kota seperti A, B hingga C", "ke tiga daerah, yakni A, B dan C"
                          r"\bke\s+" + COUNTED_PLACES + r"\s*,?\s*(?:" + LIST_OPENS + r")\b\s*:?|"
                          # "rombongan studi banding ... belajar di tiga kota, yaitu A, B dan C": "di" with a trip cue
                          # earlier in the sentence
                          r"\b(?:" + TRIP_CUES + r")\b[^.;:\n]{0,120}?\bdi\s+" + COUNTED_PLACES + r"\s*,?\s*(?:"
                          + LIST_OPENS + r")\b\s*:?|"
                          # a trip "ke dua kota di <province>, yakni A dan B": the province only places the listed
                          # ones (a visit or going word earlier in the clause: goods or a copied program sent "ke tiga
                          # kabupaten di <province>" go to no host)
                          r"\b(?:" + TRIP_CUES + r")\b[^.,;:\n]{0,80}?\bke\s+" + COUNTED_PLACES
                          + r"\s+di\s+(?:provinsi\s+)?(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s*,?\s*"
                          r"(?:" + LIST_OPENS + r")\b\s*:?|"
                          # "<trip> ke luar provinsi <when>, <split in teams>, masing-masing ke A, B dan C": the trip
                          # out of the region told first, its destinations listed after it with "ke"
                          r"\bke\s+luar\s+" + UNNAMED_PLACES + r"\b[^.;:\n]{0,100}?\b(?:"
                          + LIST_OPENS + r")\s+ke\b",
                          re.IGNORECASE)
# the words that open a list of destinations in DESTINATIONS and Cues.goes_list (speed: tried first)
LIST_WORDS = re.compile(r"\b(?:" + LIST_OPENS + r"|tujuan)",
                        re.IGNORECASE)
# a verb by its shape: "berniat", "mengajukan", "direncanakan"
VERB_SHAPE = re.compile(r"\b(?:ber|me|di)[a-z]{4,}\b")
RELATIVE = re.compile(r",\s*yang\b")
# a "sentence" without a word: a quotation mark the sentence splitter left standing alone
NO_WORD = re.compile(r"\W*")
# "(dari) daerah lain, di antaranya A dan B": the list names the other regions (their coming told before or after it)
OTHER_REGIONS = re.compile(r"\b(?:daerah|wilayah|pemda|kabupaten/kota|kota/kabupaten)\s+lain(?:nya)?\s*,?\s*$",
                           re.IGNORECASE)
# "seperti", "antara lain", "yakni": a list follows ("bulan lalu sudah ada A dan B", "ada juga A": guests before)
# ("ada dari A, B dan C", "sebelumnya ada yang dari A": "ada" before "dari" opens a list of where the guests came from)
LIST_INTRO = re.compile(r"\b(?:seperti|antara\s+lain|di\s*antaranya|yakni|yaitu|ialah|adalah|sudah\s+ada|"
                        r"ada\s+(?:juga|pula)|ada(?=\s+(?:yang\s+)?dari\b))\b\s*:?", re.IGNORECASE)
# "DPRD A Sumatera Barat serta DPRD B": a province written right after a region only places it
PLACING_GAP = re.compile(r"\s*(?:,\s*|\(\s*)?(?:provinsi\s+)?", re.IGNORECASE)
PROVINCE_WORD = r"(?:provinsi|propinsi|prov\b\.?)"  # the province's level word, as written before its name
# "Kab. A Prov. P (PP), Kota B Provinsi Q, serta Kota C": a province word with no comma before it places A
PROVINCE_WORD_GAP = re.compile(r"\s+" + PROVINCE_WORD + r"\s*", re.IGNORECASE)
# "Kota A (AA), B": the short form in brackets right after a region
SHORT_FORM_AFTER = re.compile(r"\s*\([^()\n]{1,12}\)")


def past_short_form(gap: str) -> str:
    """The gap after a list's item without the bracket closing it or its short form in brackets: " (AA) dan " in
    "Provinsi A (AA) dan B" is " dan " (read against ``LIST_GAP``)."""
    gap = re.sub(r"^\s*\)", "", gap)
    return gap[short.end():] if (short := SHORT_FORM_AFTER.match(gap)) else gap

# between two regions of one list, of stops or of a delegation's governments, only a list's plain link: a comma, "dan",
# "serta" (lower-case); not LIST_GAP below (also "kemudian", "lalu", a body's name), nor regions.ENUM_GAP, which also
# reads "atau", "hingga", "kemudian" to tell a region's level by its neighbours ("ke A atau B" names no two stops)
PLAIN_LIST_GAP = re.compile(r"^\s*(?:,|,?\s+(?:dan|serta))\s*$")
# after a region: a word going on with a clause, neither a list's link, a province, nor a preposition or time word
# that still belongs to a list of stops ("Belajar ke A, Kota B Benahi ...": B is a subject; "ke A, B untuk ...": a stop)
CLAUSE_AFTER = re.compile(r"\s+(?!(?:dan|serta|dll|dsb|provinsi|prov|untuk|guna|pada|selama|sejak|hingga|sampai|"
                          r"dalam|di|ke|dari|yang|dengan|bersama|beserta|sebagai|pekan|hari|tanggal|bulan|tahun|"
                          + DAY_NAMES + r")\b)[A-Za-z]", re.IGNORECASE)
# a list of governments: "dari Pemkab A, Pemkot B, dan Pemkab C", "Komisi II DPRD A dan DPRD B", "di A, B dan di C"
# ("A, lalu B, dan yang terakhir C": guests or stops in their order; "komisi DPRD A, B dan pimpinan DPRD C"; a body
# named by its building, round 44: "ke Kantor DPRD A dan Kantor DPRD B", data/government_words.csv kind building)
LIST_GAP = re.compile(r"^\s*(?:,|,?\s+(?:dan|serta|kemudian|lalu))\s*(?:yang\s+terakhir\s+|terakhir\s+)?"
                      r"(?:(?:ke|di)\s+)?(?:(?:" + in_order(GOVERNMENT_WORDS["building"]) + r")\s+(?=(?:"
                      + BODIES + r")\s))?(?:(?:" + BODIES + "|"
                      r"(?:komisi|fraksi|pansus)\s+\w+(?:\s+dprd)?|pimpinan(?:\s+dprd)?)\s+)?$", re.IGNORECASE)
# a list's closing link before an item that is no region of ours: "ke A, B, C dan beberapa lembaga pusat", "A, B dan
# lainnya" (round 35: the list of destinations is closed, :meth:`nlp.visit_scan.Scan.closed_list`; not "dan sekitarnya")
LIST_CLOSED_BY = re.compile(r"\s*,?\s*(?:dan|serta)\s+(?!sekitar)\S", re.IGNORECASE)
# an item of a list of regions that is no region of ours, one or two title-case words between commas (PLACE_ITEM),
# between two that are: "A, Telagawening, B dan C" (round 35)
UNKNOWN_ITEM = re.compile(r"\s*,\s*(?-i:" + PLACE_ITEM + r")\s*,\s*(?:(?:dan|serta)\s+)?$")
# between two guests of one list, also the first one's short form or province in brackets and the next one's office
# or committee before its region: "DPRD A (AA), anggota Komisi V dan VI DPRD B", "Dinas PMD A dan Dinas PMD B",
# "Pemkab A (P), Pemerintah Kota B", "Sekretariat DPRD A, PKK B"; round 37: "A, B, bahkan C", "A hingga DPRD B",
# "A dan kemudian pemerintah kabupaten B", "A, serta kabupaten tetangga B dan C" (read by ``_listed_with_visitor`` only)
GUEST_GAP = re.compile(r"^\)?\s*(?:\([^()\n]{1,30}\)\s*)?(?:,|,?\s+(?:dan|serta|kemudian|lalu|hingga|bahkan))\s*"
                       r"(?:(?:kemudian|lalu|juga|pula)\s+)?(?:(?:kabupaten|kota|daerah)\s+tetangga(?:nya)?\s+)?"
                       r"(?:yang\s+terakhir\s+|terakhir\s+)?(?:(?:ke|di|dari)\s+)?(?:(?:anggota|pimpinan|jajaran)\s+)?"
                       r"(?:(?:komisi|fraksi|pansus)\s+\w+(?:\s+(?:dan|serta|&)\s+\w+)?\s+)?"
                       r"(?:(?:" + OFFICES + "|" + SECRETARIATS + r")\s+(?:(?-i:[A-Z]{2,9})\s+)?|(?-i:[A-Z]{2,9})\s+)?"
                       r"(?:(?:" + BODIES + r")\s+)?$", re.IGNORECASE)
RANK = ["Gubernur", "Bupati", "Wali Kota", "Wakil Gubernur", "Wakil Bupati", "Wakil Wali Kota",
        "Sekretaris Daerah", "Ketua DPRD", "Wakil Ketua DPRD"]


@dataclass(frozen=True)
class Rule:
    """One way a region earns evidence: ``role`` visitor or host, ``weight``, on ``scope`` region or official
    mentions; ``leads`` makes the official the delegation's leader; ``unless`` names rules that, when they
    fired on the same item, keep this one silent. ``cues`` (patterns, or names of :class:`nlp.visit_patterns.Cues`
    attributes): the rule fires only where one of them matches in the item's ``window`` (``before``, ``after``,
    ``around`` or ``sentence``: ``RegionItem.window``, ``OfficialItem.window``); the rule loop skips it where none
    of their words (:mod:`nlp.rule_cues`) stands there. No cues: it runs on every item."""

    name: str
    role: str
    weight: float
    scope: str
    fires: Callable[[Any, Any], bool]
    examples: tuple[str, ...]
    leads: bool = False
    unless: tuple[str, ...] = ()
    cues: tuple[str | re.Pattern, ...] = ()
    window: str = "sentence"


# how much of the text an item's ``before`` and ``after`` hold, one place for the items
# (``visit_candidates.EvidenceReader``), for the windows the rule gate reads (``visit_scan.RegionItem.window``,
# ``visit_scan.OfficialItem.window``) and for the rules that read the text beyond them: an official's window after
# it is wider than its ``after``, since :func:`_official_goes` reads ``OFFICIAL_READS_AFTER`` characters of the text
REGION_BEFORE = 90
REGION_AFTER = 80
OFFICIAL_BEFORE = 160
OFFICIAL_AFTER = 60
OFFICIAL_READS_AFTER = 80


# -- region rules: the item is a RegionItem (mention, before, after) -----------------------------------------

def _host_link(scan: Any, it: Any) -> bool:
    if not scan.in_sentence(scan.cues.mover_in, it.sentence):
        return False  # (speed: no going or learning word in the sentence)
    link = scan.cues.host_link.search(it.before) or scan.cues.host_area.search(it.before) \
        or scan.cues.learn_from.search(it.before) \
        or scan.cues.redirected_to.search(it.before)
    # (a stop told with the word before the link: "kembali tiba di Kota X", home again)
    if not link or scan.cues.stopover.search(it.before, max(0, link.start() - 10)) \
            or scan.cues.not_visit.search(link.group(0)) \
            or scan.cues.at_home.search(link.group(0)) \
            or scan.cues.national.search(link.group(0)):
        return False
    # "ke Kota A, DPRD B minta ...": the destination is A; B, after it, is no place of it
    to = [t.start() for t in re.finditer(r"\b(?:ke|di|dari|kepada|pada)\s", link.group(0), re.IGNORECASE)]
    prev, link_start = it.previous, it.mention.start - len(it.before) + link.start() + (to[-1] if to else 0)
    if prev is None or prev.start < link_start:
        return True
    gap = scan.text[prev.end:it.mention.start]
    # "Belajar ke A, Kota B Benahi ...": with a bare comma and no list going on after it, B starts a clause
    return bool(PLAIN_LIST_GAP.match(gap)) \
        and not (gap.strip() == "," and CLAUSE_AFTER.match(scan.text, it.mention.end))


# "Komisi A ke Kota X dan Komisi B dan C ke Kabupaten Y", "Komisi E nanti ke Z", "Komisi A sedang berada di
# Kota X", "Komisi D menuju Kota Y", "Komisi A yang dijadwalkan ke Z": the council's committees go (a few lower-case
# words between, no clause of its own: "Komisi I yang membidangi ... di Kota X")
# (round 34) a part of the group goes the same way: "sebagian ke A dan sebagian lagi ke B", "gelombang kedua menuju
# Kota C" (data/visit_cues.csv roles group_part, group_part_ordinal), not staying "di" anywhere ("sebagian tetap di X"
# is home); "Komisi II dan Komisi III masing-masing ke A dan B": "masing-masing" is one of the words between
ORDINAL = r"(?:pertama|kedua|ketiga|keempat|kelima|[IVX]{1,3}|[1-9])\b"
GROUP_PART = (r"(?:" + in_order(CUE_WORDS["group_part"]) + r"|(?:" + in_order(CUE_WORDS["group_part_ordinal"])
              + r")\s+" + ORDINAL + r")")
COMMITTEE_TO = re.compile(r"\b(?:(?:komisi|pansus|fraksi|bapemperda|banggar|bamus)\s+[A-Z0-9IVX]{1,4}\b(?:\s*,\s*"
                          r"[A-Z0-9IVX]{1,4}\b)*(?:\s*,?\s*(?:dan|serta)\s+(?:komisi\s+)?[A-Z0-9IVX]{1,4}\b)?\s+"
                          r"(?:yang\s+(?=(?:akan\s+)?(?:di|ber)[a-z]))?"
                          r"(?:(?!(?:yang|dan|serta|dengan|untuk|dari|ke|di)\b)(?-i:[a-z]+(?:-[a-z]+)?)\s+){0,3}?"
                          r"(?:ke|di|menuju)|" + GROUP_PART + r"\s+"
                          r"(?:(?!(?:yang|dan|serta|dengan|untuk|dari|ke|di)\b)(?-i:[a-z]+(?:-[a-z]+)?)\s+){0,3}?"
                          r"(?:ke|menuju))\s+" + GOVERNMENT + "$", re.IGNORECASE)


# "Usai dari Kota A, rombongan melanjutkan studi banding ke B", "sepulang studi banding di A": an earlier stop
# (not "sepulang ke X": home)
PREVIOUS_STOP = re.compile(r"\b(?:usai|seusai|setelah|sesudah|selepas|sepulang)\s+(?:(?:studi\s+\w+|kaji\s+\w+|"
                           r"kunjungan(?:\s+kerja)?|kunker|berkunjung|belajar|benchmarking)\s+)?"
                           r"(?:dari|di|(?<!sepulang )ke)\s+"
                           + VENUE + GOVERNMENT + "$", re.IGNORECASE)


def _previous_stop(scan: Any, it: Any) -> bool:
    return bool(PREVIOUS_STOP.search(it.before)) and bool(scan.cues.goes_or_learns.search(scan.text, *it.sentence))


# "DPRD A Studi Banding DPRD B", "Pemkab A Studi Tiru Pemkot B": a headline's visit without "ke", the body studied
# (a government, council or office, not a bare name) named right after the study that follows the visiting region,
# all on one headline line
STUDIED_BODY = re.compile(r"[ \t]+(?:" + in_order(CUE_WORDS["kind"]) + r")[ \t]+(?P<body>" + GOVERNMENT + ")$",
                          re.IGNORECASE)


def _body_studied(scan: Any, it: Any) -> bool:
    prev = it.previous
    if prev is None or prev.end >= it.mention.start:
        return False
    m = STUDIED_BODY.match(scan.text, prev.end, it.mention.start)
    return bool(m and m.group("body")) and "\n" not in m.group(0) and scan.in_title(it.mention.start)


def _committee_to(scan: Any, it: Any) -> bool:
    return bool(COMMITTEE_TO.search(it.before))


# "rombongan bertatap muka dengan jajaran Pemkab X", "berdiskusi dengan DPRD X": the government they meet hosts
MET_PARTY = re.compile(r"\b(?:" + in_order(CUE_WORDS["met_verb"]) + r")\s+(?:langsung\s+)?dengan\s+"
                       r"(?:jajaran\s+|pihak\s+|para\s+pejabat\s+|"
                       r"pimpinan\s+(?:dan\s+anggota\s+)?)?" + OTHER_OFFICE + GOVERNMENT + "$", re.IGNORECASE)


def _visit_object(scan: Any, it: Any) -> bool:
    return bool(VISIT_OBJECT.search(it.before) or MET_PARTY.search(it.before)) \
        and not scan.cues.not_visit.search(scan.text, *it.sentence)


# "bertemu Wali Kota X dan jajarannya", "atas sambutan Bupati X dan jajarannya", "di hadapan Wali Kota X beserta
# jajaran", "dihadiri Wali Kota X beserta jajaran": the head met there, with his people, is the host's
HEAD_MET = re.compile(r"\b(?:bertemu|menemui|hadapan|dihadiri|sambutan|penyambutan)\s+(?:\w+\s+){0,2}?$",
                      re.IGNORECASE)
# "Bupati X berfoto bersama rombongan": a photograph with the guests, no group of his own
PHOTO_WITH = re.compile(r"\bberfoto\s+(?:bersama|dengan)\b", re.IGNORECASE)


def _head_with_group(scan: Any, it: Any) -> bool:
    m = it.mention
    group = scan.cues.with_group.match(it.after)
    if not (m.hint and m.hint != PROV and group and not scan.cues.receive_active.search(it.after[group.end():])):
        return False
    text, end = scan.text, it.sentence[1]
    group_end = it.after_start + group.end()
    # ("Wali Kota X beserta jajaran Pemkot X menyambut rombongan": the receiving verb after the group's own region)
    if PHOTO_WITH.search(text, m.end, group_end) or scan.cues.receive_active.search(text, group_end, end):
        return False
    title = TITLE_BEFORE.search(text, max(0, m.name_start - 40), max(m.name_start, 0))
    # (not "disambut hangat Bupati X beserta jajaran": the host's head receives with his people)
    return bool(title and not scan.cues.received_head.search(text, max(it.sentence[0], title.start() - 60),
                                                             title.start())
                and not HEAD_MET.search(text, max(it.sentence[0], title.start() - 40), title.start()))


def _destination_listed(scan: Any, it: Any) -> bool:
    """A region in the list of a trip's destinations: "daerah tujuan kunjungan di antaranya A, B dan C",
    "mereka mendatangi tiga kabupaten di Provinsi P, yaitu A, B dan C" (no region named between the verb and the
    list but the province placing them)."""
    s_start = it.sentence[0]
    head = scan.text[s_start:it.mention.start]
    # (speed: a list's introduction found in the text up to the region is found in the whole sentence, and first
    # its words)
    listed = scan.in_sentence(LIST_WORDS, it.sentence)
    intros = list(DESTINATIONS.finditer(head)) if listed and scan.in_sentence(DESTINATIONS, it.sentence) else []
    if not intros and listed and scan.in_sentence(scan.cues.goes_list, it.sentence):
        intros = [m for m in scan.cues.goes_list.finditer(head)
                  if all(scan.contains(r.code, it.mention.code) for r in scan.mentions
                         if s_start + m.start() <= r.start < s_start + m.start("intro"))]
    if not intros and s_start:  # "Ada beberapa daerah tujuan kami. Yakni di A, B dan terakhir ke C."
        opening = LIST_OPENING.match(head)
        before = scan.sentence_of(s_start - 1)
        if opening and before != it.sentence and DESTINATIONS_BEFORE.search(scan.text, *before):
            intros = [opening]
    return bool(intros) and scan.only_regions_between(s_start + intros[-1].end(), it.mention.start)


# a sentence opening with its list, the list's subject told in the sentence before
LIST_OPENING = re.compile(r"\W*(?:yakni|yaitu|antara\s+lain|di\s*antaranya|meliputi|masing-masing)\b\s*:?",
                          re.IGNORECASE)
DESTINATIONS_BEFORE = re.compile(r"\b(?:tujuan(?:nya)?|lokasi|lokus|daerah\s+yang\s+(?:akan\s+)?dikunjungi)\b",
                                 re.IGNORECASE)


def _visitor_listed(scan: Any, it: Any) -> bool:
    """A region in a list of the delegations that came: "daerah lain yang datang antara lain A, B dan C",
    "Tiga kabupaten datang ke X. Ketiganya ialah A, B dan C" (the coming told in the list's sentence or the one
    before; offices may stand before the regions: "seperti DPMPTSP A, Dinkes B"); a list right after "daerah
    lain" may have its coming told after it, in its sentence or the next (``OTHER_REGIONS``)."""
    s_start = it.sentence[0]
    head = scan.text[s_start:it.mention.start]
    intros = list(LIST_INTRO.finditer(head))
    if not intros:
        return False
    prev = it.previous
    if prev is not None and scan.level(it.mention.code) == PROV \
            and PLACING_GAP.fullmatch(scan.text[prev.end:it.mention.start]):
        return False  # "Bupati A Jawa Tengah, Bupati B": the province only places A (even when misplaced)
    intro = intros[-1]
    origins = re.match(r"\s*dari\b", head[intro.end():], re.IGNORECASE)  # "di antaranya dari Kabupaten A dan B"
    if not origins and (DESTINATIONS.search(head) or (
            (goes := scan.cues.goes_list.search(head)) and not _destination_named(scan, it, s_start + goes.start(),
                                                                              s_start + intro.start()))):
        return False
    if not scan.only_regions_between(s_start + intro.end(), it.mention.start, offices=True):
        return False
    if scan.cues.came.search(head, 0, intro.start()) or GUESTS_RECEIVED.search(head, 0, intro.start()):
        return True
    if OTHER_REGIONS.search(head, 0, intro.start()):
        # "menjadi rujukan daerah lain, di antaranya A, B dan C. Mereka berkunjung ke ...": the coming told after
        # the list, in its own sentence or the next
        after = scan.sentence_of(it.sentence[1] + 1) if it.sentence[1] < len(scan.text) else None
        if scan.cues.came.search(scan.text, it.mention.end, it.sentence[1]) or (
                after and after != it.sentence and scan.cues.came.search(scan.text, *after)):
            return True
    tail = scan.text[it.mention.end:it.sentence[1]]
    relative = RELATIVE.search(tail)  # "A, B dan C, yang dikumpulkan di aula": a clause about the list, not its own
    if len(head[:intro.start()]) > 60 or VERB_SHAPE.search(tail[:relative.start() if relative else len(tail)]):
        return False  # the list has a clause of its own ("seperti A dan B berniat ..."): not about the coming
    before = scan.sentence_of(s_start - 1) if s_start else None
    while before and before[0] and NO_WORD.fullmatch(scan.text[before[0]:before[1]]):
        before = scan.sentence_of(before[0] - 1)  # a quotation mark opening the list's sentence, standing alone
    return bool(before and before != it.sentence and scan.cues.came.search(scan.text, *before))


# round 37: the host's guests ("tamu") tell their coming as well as a coming word does: "DPRD X kebanjiran tamu,
# antara lain A, B dan C", "Wali Kota X menyambut para tamu, yakni dari A dan B"; not a receiving verb alone
# ("X menerima dana hibah seperti daerah lain, antara lain A dan B", "X dibanjiri pembeli, seperti dari A")
GUESTS_RECEIVED = re.compile(r"\btamu(?:-tamu)?\b", re.IGNORECASE)
# "berkunjung ke Kota B, juga studi banding ke daerah lain, yakni A dan C": a later "ke" opens the list
FURTHER_TRIP = re.compile(r"\b(?:ke|di)\s", re.IGNORECASE)


def _destination_named(scan: Any, it: Any, start: int, end: int) -> bool:
    """The trip before a list already names its destination, a place that holds no listed region: "beberapa
    daerah datang belajar ke Kota B, antara lain A, C dan D" lists the guests ("studi banding ke Provinsi P, yakni A
    dan C", A and C in P, lists the stops)."""
    return any(start <= m.start and m.end <= end and m.code != it.mention.code
               and not scan.contains(m.code, it.mention.code) and not scan.contains(it.mention.code, m.code)
               and not FURTHER_TRIP.search(scan.text, m.end, end) for m in scan.mentions)


def _host_named_after(scan: Any, it: Any) -> bool:
    return bool(scan.cues.receives_after.match(it.after) or HOST_AFTER_SCORE.match(it.after)
                or CHOSEN_BEFORE.search(it.before) and CHOSEN_AFTER.match(it.after)
                or scan.cues.received_by_body.search(it.before))


def _visited_by(scan: Any, it: Any) -> bool:
    return bool(VISITED_BY.search(it.before))


def _from_group(scan: Any, it: Any) -> bool:
    if FROM_GROUP.search(it.before):
        return True
    m = TRAINEES_OF.search(it.before)
    if not m or TRAINEES_GAP.search(m.group("gap")):
        return False
    # "peserta PKP BPSDM Provinsi A Jadikan Kabupaten B ...": the trainees are A's, the first region named
    gap_start = it.mention.start - len(it.before) + m.start("gap")
    return not any(gap_start <= s < it.mention.start for s, _ in scan.region_spans)


# "peserta PKP dari Badan Pengembangan Sumber Daya Manusia (BPSDM) Provinsi X", "Studi Lapangan PKA BPSDM X": a
# region's training agency takes its course's participants on the study trip
TRAINING_BODY = re.compile(r"\b(?:(?P<head>" + in_order(CUE_WORDS["training_head"]) + r")\.?\s+)?"
                           r"(?:" + in_order(CUE_WORDS["training_body"]) + ")"
                           r"(?:\s*\(\s*[A-Za-z]{2,10}\s*\))?\s+(?:provinsi\s+|kabupaten\s+|kota\s+)?$", re.IGNORECASE)
TRAINING_TRIP = re.compile(r"\b(?:peserta|studi\s+lapangan|pelatihan|diklat\w*|pkp|pka|pkn|latsar|benchmarking|"
                           r"visitasi)\b", re.IGNORECASE)


def _training_body(scan: Any, it: Any) -> bool:
    m = TRAINING_BODY.search(scan.text, max(it.sentence[0], it.mention.start - 90), it.mention.start)
    return bool(m) and not m.group("head") and bool(TRAINING_TRIP.search(scan.text, *it.sentence))


# "mantan Gubernur X itu": a person named by a former office, not X's government acting
FORMER = re.compile(r"\b(?:mantan|eks|bekas)\s+(?:\w+\s+){1,3}$", re.IGNORECASE)


def _delegation_of(scan: Any, it: Any) -> bool:
    if scan.cues.abroad.match(it.after.lstrip(" ,")):
        return False  # "kunjungan anggota DPRD X ke luar negeri": X's trip abroad, no visit here
    if DELEGATION.search(it.before):
        return True
    group = OFFICIALS_OF.search(it.before)
    if not group or NOT_VISITOR_GAP.search(_blank_regions(scan, group.group(0), it.mention.start - len(it.before)
                                                          + group.start())):
        return False
    # "rombongan Pemkot A adalah aplikasi Kota B Sehat": the group is A's, not a later region's
    prev, group_start = it.previous, it.mention.start - len(it.before) + group.start()
    return not (prev is not None and prev.start > group_start
                and not PLAIN_LIST_GAP.match(scan.text[prev.end:it.mention.start]))


def _blank_regions(scan: Any, text: str, offset: int) -> str:
    """``text`` (found at ``offset``) with the region names in it blanked ("Pemkot Medan": no verb "Medan")."""
    for s, e in scan.region_spans:
        if offset < e and s < offset + len(text):
            a, b = max(s, offset) - offset, min(e, offset + len(text)) - offset
            text = text[:a] + " " * (b - a) + text[b:]
    return text


# "ke <a beach, a village, a market>, Pemkab X ...": after a place that is no region and a comma, a body of X starts
# the next clause and acts; X is not placed there (_placed took any "ke/di ..., X" for a place)
BODY_AFTER_COMMA = re.compile(r",\s+(?:komisi|fraksi|pansus|" + BODIES + "|" + OFFICES + r")\b", re.IGNORECASE)


def _placed(scan: Any, it: Any) -> bool:
    """The region is where something happens or goes, not who acts: "di Kabupaten X, rombongan ...", "ke Kota A
    dan B untuk studi banding", "Datangi A dan B demi Menggali ..." (after "ke"/"di" or a visit verb, with only regions
    of one list between)."""
    if FROM_PLACE.match(scan.text, it.sentence[0], it.mention.start):
        return True  # "Dari Makassar, Gubernur X akan meneruskan kunker ke ...": where he comes from
    places = list(PLACE_BEFORE.finditer(it.before))
    if not places or GROUP_AT.search(it.before, 0, places[-1].start()):
        return False
    offset = it.mention.start - len(it.before)
    if BODY_AFTER_COMMA.search(places[-1].group(0)) and not any(
            offset + places[-1].start() <= s < it.mention.start for s, _ in scan.region_spans):
        return False  # (a place that is no region: "di Bali, Pemkab X" stays a list of two regions)
    return scan.only_regions_between(offset + places[-1].end(), it.mention.start)


def _acts(scan: Any, it: Any, m: re.Match | None) -> bool:
    """The region is the subject of the verb ``m`` found after it: no other subject between, not a place nor
    the object of a visit ("mengunjungi Kabupaten X untuk belajar"), not a former office's or a counterpart's name."""
    return bool(m) and not OTHER_SUBJECT.search(m.group(0)) and not _placed(scan, it) \
        and not _dateline(scan, it) and not scan.cues.learned_object.search(it.before) \
        and not AGENT_OF_CLAUSE.search(it.before) \
        and not BUILDING_BEFORE.search(scan.text, max(0, it.mention.start - 40), it.mention.start) \
        and not FORMER.search(it.before) and not WITH_PARTY.search(it.before) and not VISIT_OBJECT.search(it.before)


def _dateline(scan: Any, it: Any) -> bool:
    """The region opens its line as a dateline ("SURABAYA - ...", "Liputan6.com, Surabaya - ...")."""
    return dateline(scan.text, it.mention.start, it.after, it.mention.end)


def dateline(text: str, start: int, after: str, end: int) -> bool:
    """The region named at ``start``-``end``, ``after`` following it, opens its line as a dateline: at most 40
    characters into the line (an outlet's name before it), then :data:`DATELINE_DASH`, or the name written in capitals
    and a dash glued to the next word (:data:`GLUED_DASH`); the one reading of a dateline's place for the rules and
    for the dateline host (``visit_pairs.PairResolver._implicit_host``)."""
    line_start = text.rfind("\n", 0, start) + 1
    return start - line_start <= 40 and (bool(DATELINE_DASH.match(after)) or (
        text[start:end].isupper() and bool(GLUED_DASH.match(after))))


def _subject_visits(scan: Any, it: Any) -> bool:
    m = scan.cues.subject_visits.match(it.after)
    return _acts(scan, it, m) and not OWN_TOUR.match(it.after, m.end()) and not _receives(scan, m)


def _receives(scan: Any, m: re.Match) -> bool:
    """"Kabag Humas Pemkot X Budi ketika menerima kunjungan kerja ...": the region's people receive the visit."""
    return bool(scan.cues.receive_active.search(m.group(0)))


def _chooses_host(scan: Any, it: Any) -> bool:
    return _acts(scan, it, CHOOSES_HOST.match(scan.text, it.mention.end, it.sentence[1]))


def _subject_learns(scan: Any, it: Any) -> bool:
    m = scan.cues.learn_after.match(it.after)
    return _acts(scan, it, m) and not _receives(scan, m)


# "Setelah Kabupaten A pekan lalu, kini giliran B yang datang": A came before
# "Mulai dari Pemkot A, B kemudian C, dan kini D": the guests before D, listed
EARLIER_TURN = re.compile(r"\b(?:setelah|sesudah|usai|mulai\s+dari)\s+(?:(?:menerima\s+)?(?:kunjungan|tamu|"
                          r"rombongan)\s+(?:dari\s+)?)?" + GOVERNMENT + "$", re.IGNORECASE)
NOW_TURN = re.compile(r"\b(?:kini|sekarang)\s+(?:giliran|gantian)\b|,?\s+dan\s+(?:kini|sekarang)\b", re.IGNORECASE)
# (round 44) the turn word right after the earlier guest's comma: "Setelah A, kini B ...", "Setelah A, giliran B"
TURN_AFTER = re.compile(r"\s*,\s*(?:kini|sekarang|giliran|gantian)\b", re.IGNORECASE)


# "Rangkaian kunjungan itu diawali DPRD A. Setelahnya datang DPRD B serta DPRD C": guests told in their order
CAME_IN_TURN = re.compile(r"(?:\b(?:kunjungan|kedatangan|tamu|rombongan)\b[^.;\n]{0,60}?\b(?:diawali|dimulai)|"
                          r"(?<!selamat )\b(?:datang|tiba))\s+(?:pula\s+|juga\s+|lagi\s+|kemudian\s+)?"
                          r"(?:oleh\s+)?(?:rombongan\s+|tamu\s+)?(?:dari\s+)?" + GOVERNMENT + "$", re.IGNORECASE)


def _came_in_turn(scan: Any, it: Any) -> bool:
    return bool(CAME_IN_TURN.search(it.before))


def _earlier_turn(scan: Any, it: Any) -> bool:
    return bool(EARLIER_TURN.search(it.before)) \
        and bool(NOW_TURN.search(scan.text, *it.sentence) or TURN_AFTER.match(it.after))


VISITOR_REGION_RULES = ("delegation_of", "visited_by", "from_group", "subject_visits", "subject_learns", "chooses_host",
                        "done_by_region", "training_body", "visitor_listed", "came_in_turn", "earlier_turn",
                        "listed_with_visitor")


# the word that opens a list of destinations, a body's name allowed between: "Ke A dan B, ...", "menuju DPRD A, B"
HEADED_BY_KE = re.compile(r"\b(?:ke|menuju)\s+(?:(?:" + BODIES + r")\s+)?$", re.IGNORECASE)


def _listed_with_visitor(scan: Any, it: Any) -> bool:
    """The region stands in one list with a visiting region: "tamu dari A, B, dan C", "A dan B pernah belajar
    ke sini" (run after the other region rules, so the list's visitor is known)."""
    m = it.mention
    if scan.fired(m, VISITOR_REGION_RULES):
        return False
    # the whole list the region stands in: "di antaranya A, B, dan C, yang sebelumnya datang" (C's evidence
    # reaches A through B)
    items, ends = scan.list_members()
    i = next((k for k, r in enumerate(items) if r is m), None)
    if i is None:
        return False
    # a link wider than a list's own (an office or a short form between, GUEST_GAP) does not reach a region the
    # article names as a host: "ke DPRD A, BK DPRD B ...", "Diskominfo A dan Diskominfo B ..."
    hosted = scan.hosted(m.code)
    # round 44: a list headed by "ke" is where someone goes, whatever it stands beside: "Ke Provinsi A (AA) dan B,
    # Komisi III DPRD C berangkat ..." (B is C's destination, no fellow guest)
    # (the short form closing the item before is no gap: "Provinsi A (AA) dan B")
    first = i
    while first > 0 and LIST_GAP.match(past_short_form(scan.text[ends[first - 1]:items[first].start])):
        first -= 1
    if HEADED_BY_KE.search(scan.text, max(0, items[first].start - 60), items[first].start):
        return False
    chain = []
    for step in (-1, 1):
        k, wide = i, False
        while 0 <= k + step < len(items):
            a, b = sorted((k, k + step))
            gap = scan.text[ends[a]:items[b].start]
            wide = wide or not LIST_GAP.match(gap)
            if wide and (hosted or not GUEST_GAP.match(gap)):
                break
            k += step
            chain.append(items[k])
    return any(scan.fired(o, VISITOR_REGION_RULES) and not scan.contains(o.code, m.code)
               and not scan.contains(m.code, o.code) for o in chain)


# round 37: a region's government, council or office written before its name ("DPRD", "Pemkab", "Dinas PMD",
# "Bapenda"), up to the region
BODY_BEFORE = re.compile(r"\b(?:(?:" + BODIES + r")|(?:" + OFFICES + r")(?:\s+\w+)?)\s+$", re.IGNORECASE)
# between a guest and a later body of the same sentence, a word that leaves the list: a place ("ke", "di"), a
# receiving, meeting or visiting word, a companion ("bersama", "didampingi"), an owner or a passive's doer ("milik",
# "inovasi yang dikembangkan Pemkab B")
NOT_A_LIST_GAP = re.compile(r"\b(?:ke|di|oleh|kepada|menuju|diterima|disambut|dijamu|menerima|menyambut|bertemu|"
                            r"dengan|mengunjungi|mendatangi|bersama|antara|didampingi|mendampingi|milik|dimiliki|"
                            r"(?-i:di[a-z]+kan))\b", re.IGNORECASE)


def _body_after_guest(scan: Any, it: Any) -> bool:
    """A body + region ("DPRD A", "Pemkab A", "Dinas PMD A") later in the sentence of a body + region that visits,
    with no place, receiving, meeting or companion word between, however the list between is broken: "DPRD A yang
    mempelajari X, DPRD B soal Y", "DPRD A, DPRD Kota Bb (misspelt), DPRD C", "rombongan DPRD A yang ... (UKM), serta
    DPRD B" (round 37: the list reader stops at a topic, a misspelt item or a long clause; no region the article
    names as a host, none inside or around the guest)."""
    m = it.mention
    if scan.fired(m, VISITOR_REGION_RULES) or scan.hosted(m.code) \
            or not BODY_BEFORE.search(scan.text, max(0, m.start - 40), m.start):
        return False
    s_start = scan.sentence_of(m.start)[0]
    for o in scan.mentions:
        if o.start >= m.start:
            break
        if o.start >= s_start and o.code != m.code and not scan.contains(o.code, m.code) \
                and not scan.contains(m.code, o.code) and scan.fired(o, VISITOR_REGION_RULES) \
                and BODY_BEFORE.search(scan.text, max(0, o.start - 40), o.start) \
                and not NOT_A_LIST_GAP.search(scan.text, o.end, m.start):
            return True
    return False


HOST_REGION_RULES = ("host_link", "visit_object", "previous_stop", "committee_to", "listed_with_host", "body_studied")


GOVERNMENTS_JOINED = re.compile(r"\b(?:dan|serta)\s+(?:" + BODIES + r")\b", re.IGNORECASE)
PLACED_IN_BRACKETS = re.compile(r"\s*\((?:provinsi\s+)?[^()\n]{2,30}\)", re.IGNORECASE)
# a province written out after a destination to place it: "Kota A, P", "Kab. A Prov. P (PP)"
PROVINCE_PLACING = re.compile(r"\s*,?\s*(?:" + PROVINCE_WORD + r"\s*)?", re.IGNORECASE)


def _placing_province_end(scan: Any, prev: Any, stop: int) -> int:
    """Where the province placing the destination ``prev`` ends (with its short form in brackets), when one is
    written right after it before ``stop``: "Kab. A Prov. P (PP), Kota B" -> after "(PP)"; else ``prev.end``."""
    for r in scan.mentions:
        if prev.end < r.start and r.end <= stop and scan.level(r.code) == PROV and scan.contains(r.code, prev.code) \
                and PROVINCE_PLACING.fullmatch(scan.text, prev.end, r.start):
            short = SHORT_FORM_AFTER.match(scan.text, r.end, stop)
            return short.end() if short else r.end
    return prev.end


def _listed_with_host(scan: Any, it: Any) -> bool:
    """The region follows a destination in one list: "bertolak ke Kabupaten A dan B", "studi banding ke Kota A,
    B, dan C", "ke Provinsi A (AA) dan B" (each listed region is one destination)."""
    m, prev = it.mention, it.previous
    if prev is None or scan.fired(m, VISITOR_REGION_RULES + HOST_REGION_RULES):
        return False
    gap = scan.text[prev.end:m.start]
    placed = PLACED_IN_BRACKETS.match(gap)  # "ke Kota A(P) dan B(Q)": the province in brackets only places A
    if placed and any(prev.end <= s and e <= prev.end + placed.end() for s, e in scan.region_spans):
        gap = gap[placed.end():]
    else:
        gap = scan.text[_placing_province_end(scan, prev, m.start):m.start]
    # ("ke DPRD Provinsi P dan DPRD Kabupaten X": two governments, though X lies in P)
    bodies = bool(GOVERNMENTS_JOINED.search(gap))
    return bool(LIST_GAP.match(gap.lstrip(")"))) and scan.fired_as(prev, HOST_REGION_RULES) \
        and (bodies or not scan.contains(prev.code, m.code) and not scan.contains(m.code, prev.code)) \
        and (scan.closed_list(prev.end) or scan.level(prev.code) == scan.level(m.code) == PROV)
    # "ke Kecamatan X, Kabupaten Y, Yogyakarta" places Y; "ke Banten, Jawa Barat" is two provinces


# -- official rules: the item is an OfficialItem (official, start, end, before, after) --------------------------

def _led_by(scan: Any, it: Any) -> bool:
    window = it.before[-160:]
    if scan.cues.receivers_led.search(window):
        return False  # "diterima para pejabat yang dipimpin Sekda X": he heads the hosts
    leads = list(scan.cues.led_by.finditer(window))
    if leads and scan.cues.governed.search(window, 0, leads[-1].start()):
        return False  # "ke kabupaten yang dipimpin Bupati X", "daerah yang dipimpinnya": he governs a place
    gap = window[leads[-1].end():] if leads else ""
    lead_start = it.start - len(window) + leads[-1].start() if leads else it.start
    s_start = scan.sentence_of(it.start)[0]
    # the cue in the name's sentence (the tokenizer's sentences: the period of "dr.", "Drs." or "MM." before the name
    # ends none), and no semicolon or quote's end between them: '"..., dipimpin Ketua DPRD A, untuk ...," ujar
    # Sekretaris DPRD B': past a quote's end he speaks, not leads
    # (not one of the companions named after the leader: "dipimpin Wakil Ketua A, bersama anggota lainnya, yaitu B")
    if leads and s_start <= lead_start and not GAP_STOP.search(gap) and not scan.cues.receive_any.search(gap) \
            and not COMPANIONS_OPEN.search(gap):
        led = scan.text[s_start:lead_start]
        return not (_hosts_official(scan, it) and not TRIP_WORD.search(led))
    start = it.official.position_span[0] if it.official.position_span != (0, 0) else it.start
    companion = COMPANION.search(scan.text, max(0, start - 20), start)  # "A didampingi B memimpin ...": A leads
    return bool(scan.cues.leads_after.match(it.after) and not companion or HEAD_OF_GROUP.search(it.before)
                or JOINED_WITH_GROUP.match(it.after) and JOINED.search(it.before)
                or FOR_THE_GROUP_BEFORE.search(it.before) or FOR_THE_GROUP_AFTER.match(it.after))


# what stops a led-by cue within its sentence before the name: a semicolon or a quote's end (a full stop ends the
# sentence: `_led_by` asks the tokenizer's sentences)
GAP_STOP = re.compile(r"[;\"”]")


# what a delegation's leader leads: "Rombongan yang bertandang ke B dipimpin X" (not "Audiensi dipimpin X")
# (role trip_word: not built from the arrive cues, which hold "audiensi", the reception itself)
TRIP_WORD = re.compile(r"\b(?:" + in_order(CUE_WORDS["trip_word"]) + r")\b", re.IGNORECASE)


def _hosts_official(scan: Any, it: Any) -> bool:
    """"... berkunjung ke Kota B. Audiensi dipimpin Sekda Kota B": the one said to lead is of the region the trip
    went to (a host by the region rules, no visitor), while another region travels: he chairs the reception
    (unless the sentence says he leads the trip)."""
    code, trace = it.official.region, scan.trace
    return bool(code) and it.official.explicit_region and trace.score("host", code) >= 2 \
        and trace.score("visitor", code) == 0 and any(f.role == "visitor" and f.weight > 0 for f in trace.firings)


def _group_of_official(scan: Any, it: Any) -> bool:
    return bool(GROUP_OF_OFFICIAL.search(scan.text, max(0, it.official.position_span[0] - 40),
                                         it.official.position_span[0]))


def _official_with_group(scan: Any, it: Any) -> bool:
    """"X beserta rombongan" travels, unless the group receives ("Bupati X bersama jajaran menyambut ...")."""
    m = scan.cues.with_group.match(it.after)
    if not m:
        return False
    rest = it.after[m.end():]
    return not scan.cues.receive_active.search(rest) and bool(scan.cues.goes_or_learns.search(rest)
                                                              or scan.cues.receive_any.search(rest))


# "kunjungan itu diikuti Kepala Bappeda X Budi dan ...": the official travels with the delegation
JOINED = re.compile(r"\b(?:kunjungan|kunker|studi\s+\w+|kaji\s+\w+|rombongan|delegasi|benchmarking)\b[^.;\n]{0,40}?"
                    r"\bdiikuti\s+(?:oleh\s+)?(?:(?:antara\s+lain|di\s*antaranya|para|sejumlah)\s+)?[^.;\n]{0,90}$",
                    re.IGNORECASE)


# "Mewakili rombongan, Anggota Banggar DPRD X Budi ...", "Budi menyampaikan maksud dan tujuan kunjungan": he speaks
# for the group
FOR_THE_GROUP_BEFORE = re.compile(r"\b(?:mewakili|atas\s+nama)\s+(?:rombongan|delegasi|tim)\b,?[ \t]*"
                                  r"[^.;,\n]{0,60},?[ \t]*$", re.IGNORECASE)
FOR_THE_GROUP_AFTER = re.compile(r"[^.;\n]{0,60}?\b(?:" + in_order(CUE_WORDS["for_the_group_verb"]) + r")\s+maksud\s+"
                                 r"(?:dan\s+tujuan\s+)?(?:kunjungan|kedatangan|rombongan)", re.IGNORECASE)
# "kunker itu diikuti Wakil Ketua DPRD Budi beserta anggota DPRD lainnya": the first named brings the others
JOINED_WITH_GROUP = re.compile(r"[ \t]*,?[ \t]*(?:beserta|bersama)[ \t]+(?:para[ \t]+|seluruh[ \t]+)?"
                               r"(?:anggota|rombongan|jajaran|staf)\b", re.IGNORECASE)


def _joins(scan: Any, it: Any) -> bool:
    m = JOINED.search(it.before)
    return bool(m) and not scan.cues.receive_any.search(m.group(0))


# "Kunjungan kerja ke X dilakukan Wakil Bupati Y", "studi tiru itu dilaksanakan oleh DPRD Z": the passive's agent goes
# a trip named as a noun, the verb told of it to follow within its clause
TRIP_NOUN = r"\b(?:kunjungan|kunker|studi\s+\w+|kaji\s+\w+|benchmarking|lawatan)\b[^.;\n]{0,80}?\b"
DONE_BY = (TRIP_NOUN + r"(?:dilakukan|dilaksanakan|digelar|diadakan|dijalani)\s+(?:langsung\s+)?(?:oleh\s+)?"
           r"(?:rombongan\s+|jajaran\s+)?")
DONE_BY_OFFICIAL = re.compile(DONE_BY + "$", re.IGNORECASE)
# "Studi banding ke Kota B diikuti 20 anggota DPRD A": the members of A's council go
JOINED_BY = (TRIP_NOUN + r"diikuti\s+(?:oleh\s+)?(?:(?:sebanyak|sejumlah|seluruh|para)\s+)?(?:\d{1,3}\s+(?:orang\s+)?)?"
             r"(?:anggota|pejabat|rombongan|jajaran)\s+")
# the passive's agent named as a group of the region before it: "dilakukan TP PKK Y",
# "digelar Badan Permusyawaratan Desa (BPD) Y", "dilakukan sebanyak 40 kepala desa di Kabupaten Y" (a count of
# people, a `count_noun` first: "dilaksanakan 3 hari di Y" is a stay in the host, no agent)
AGENT_GROUP = (r"(?:(?:(?:sebanyak|sejumlah)\s+)?\d{1,4}\s+(?:orang\s+)?(?:" + in_order(CUE_WORDS["count_noun"])
               + r")\b(?:\s+[a-z]+){0,2}?\s+(?:di|dari|se)\s+|" + GROUP_NAME + ")")
DONE_BY_REGION = re.compile("(?:" + DONE_BY + "(?:" + AGENT_GROUP + ")?|" + JOINED_BY + ")" + GOVERNMENT + "$",
                            re.IGNORECASE)
# "Ketua Komisi C DPRD X, Budi, menyebut tujuan kedatangannya ke Batam ...": his own trip
# ("kunjungan mereka ke", "kunjungan pihaknya ke": others' trip, SOMEONE_ELSE, read by ``_own_trip``, refuses them)
OWN_TRIP = re.compile(r"[^.;\n]{0,60}?\b(?:kunjungan|kedatangan|lawatan|kunker)(?:nya|\s+(?:kerja\s+)?"
                      r"(?:kami|rombongannya))\s+(?:\w+\s+){0,2}?ke\s", re.IGNORECASE)


def _done_by(scan: Any, it: Any) -> bool:
    start = it.official.position_span[0] if it.official.position_span != (0, 0) else it.start
    s_start = scan.sentence_of(start)[0]
    return bool(DONE_BY_OFFICIAL.search(scan.text, s_start, start))


def _done_by_region(scan: Any, it: Any) -> bool:
    """The passive's agent, unless the trip went to that same region ("Kunjungan ke DPRD X dilakukan DPRD X ...")."""
    m = DONE_BY_REGION.search(scan.text, it.sentence[0], it.mention.start)
    return bool(m) and not any(r.code == it.mention.code and m.start() <= r.start < it.mention.start
                               for r in scan.mentions)


def _own_trip(scan: Any, it: Any) -> bool:
    m = OWN_TRIP.match(it.after)
    return bool(m) and not SOMEONE_ELSE.search(m.group(0)) and not scan.cues.receive_any.search(m.group(0))


def _official_learns(scan: Any, it: Any) -> bool:
    """His side's learning told with a pronoun (``Cues.self_learns``), no other official named between him and it."""
    m = scan.cues.self_learns.match(scan.text, it.end, it.end + OFFICIAL_READS_AFTER + 40)
    return bool(m) and not any(it.end < s < m.end() for s, _ in scan.official_spans)


def _received_by(scan: Any, it: Any) -> bool:
    return bool(scan.cues.received_by.search(it.before[-70:]) or scan.cues.receives.match(it.after)
                or scan.cues.receivers_led.search(it.before[-160:]))


# "Wali Kota A, bersama Sekda B, berkunjung ke ...": B goes along; A, named first, leads
# (data/companion_words.csv reader companion; a passive di- word may take "oleh" after it, a ber- word "dengan":
# "didampingi oleh", "bersama dengan")
COMPANION_WORDS = agent_forms(companion_words()["companion"], ber_with=True)  # regexes
COMPANION = re.compile(r"\b(?:" + "|".join(COMPANION_WORDS + ("dan",)) + r")\s*$", re.IGNORECASE)
# "Bupati A bersama Ketua DPRD B, Anggota DPRD C dan OPD terkait berkunjung ke ...": C is listed among A's companions
COMPANIONS_OPEN = re.compile(r"\b(?:" + "|".join(COMPANION_WORDS) + r")\s+", re.IGNORECASE)
# "Sekda X bersama 15 orang tim teknis belajar ke ...": the others go with him, the official goes himself
# (data/companion_words.csv reader goes_with; ``_official_goes``)
GOES_WITH = re.compile(r"\s*,?\s*(?:" + in_order(companion_words()["goes_with"]) + r")\b")


HONORIFICS = load_honorifics()
# a group named among the companions without a name: "rombongan", "jajaran", "para staf", "para kepala dinas"
LISTED_GROUP = re.compile(r"(?:para )?(?:" + in_order(CUE_WORDS["with_group"], " ") + r")|para(?: [a-z]+){1,2}")
LIST_LINK = re.compile(r" ?,[ ,]*(?:(?:dan|serta) )?| (?:dan|serta) ")  # ", ", ",, ", " dan ", ", dan " (single spaces)


def _list_gap(gap: str) -> bool:
    """Between two listed officials only the first one's degrees and party ("SH, M.Si", "(F-PKB)", as
    official_lists.DEGREE_AFTER and ASIDE_AFTER read them), a list's links and groups named without a name
    ("para staf")."""
    pos = 0
    while True:
        m = DEGREE_AFTER.match(gap, pos)
        if not (m and m.group(1).lower().replace(".", "") in HONORIFICS):
            m = ASIDE_AFTER.match(gap, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
    items = LIST_LINK.split(" " + re.sub(r"\s+", " ", gap[pos:]) + " ")
    return all(not item.strip() or LISTED_GROUP.fullmatch(item.strip()) for item in items)


def _listed_companion(scan: Any, start: int) -> bool:
    """The official whose position starts at ``start`` stands in a list of companions of an official named before
    it in the sentence (only officials, commas and "dan" between the companion word and him)."""
    s_start = scan.sentence_of(start)[0]
    for m in COMPANIONS_OPEN.finditer(scan.text, s_start, start):
        if not any(m.start() - 40 <= e <= m.start() for _, e in scan.official_spans):
            continue  # no official named right before the companion word
        pos, gaps = m.end(), []
        for s, e in scan.official_spans:
            if m.end() <= s < start:
                gaps.append(scan.text[pos:s])
                pos = max(pos, e)
        gaps.append(scan.text[pos:start])
        if all(_list_gap(g) for g in gaps):
            return True
    return False


# "Wakil Wali Kota A Budi didampingi Asisten III menemui Wali Kota B": the official visits whom he meets
# (not "mengunjungi kebun warga": a tour of his own region; not "menemui rombongan": he receives; not "tak temui")
OFFICIAL_MEETS = re.compile(r"[^.;\n]{0,60}?(?<!\btak )(?<!\btidak )(?<!\bbelum )(?<!\bgagal )\b(?:"
                            + VISITING + r"|menemui|temui)\b(?!\s+(?:para\s+)?"
                            r"(?:rombongan|tamu|delegasi|peserta))", re.IGNORECASE)


def _official_goes(scan: Any, it: Any) -> bool:
    """"Bupati X beserta jajaran berkunjung ke ...", "Wakil Wali Kota X menemui Wali Kota Y" (not "X membenarkan
    bahwa anggota dewan berkunjung ke ...", nor the companion of another official named before him)."""
    m = scan.cues.official_goes.match(it.after)
    if not m:
        # (in the text: "Tak" may end a misread name)
        m = OFFICIAL_MEETS.match(scan.text, it.end, it.end + OFFICIAL_READS_AFTER)
        m = None if m and OWN_TOUR.match(scan.text, m.end()) else m
    start = it.official.position_span[0] if it.official.position_span != (0, 0) else it.start
    # "Sekda X bersama 15 orang tim teknis belajar ke ...": the others go with him
    with_others = bool(m) and GOES_WITH.match(m.group(0))
    return bool(m) and (with_others or not SOMEONE_ELSE.search(m.group(0))) \
        and not COMPANION.search(scan.text, max(0, start - 20), start) \
        and not scan.cues.learned_object.search(scan.text, max(0, start - 60), start) \
        and not _listed_companion(scan, start)


def _listed_guest(scan: Any, it: Any) -> bool:
    """A head of region in a list of guests: "kedatangan tiga kepala daerah, yakni Bupati A X, Wali Kota B
    Y, dan ...", "menerima kunjungan Bupati A X, Bupati B Y, dan Wali Kota C Z"."""
    off = it.official
    if not off.explicit_region or off.position not in RANK[:6] + RANK[7:]:
        return False
    start = off.position_span[0]
    s_start = scan.sentence_of(start)[0]
    head = scan.text[s_start:start]
    intro = None
    for m in HEADS_LIST.finditer(head):
        intro = m
    for m in scan.cues.receive_guests.finditer(head):
        if intro is None or m.end() > intro.end():
            intro = m
    if intro is None:
        return False
    # only other listed officials (their positions, regions, names), commas and "dan" in between
    return scan.only_officials_between(s_start + intro.end(), start)


# the heads of regions and councils a list of guests names one after another (not a regional secretary)
LISTED_HEADS = frozenset(RANK) - {"Sekretaris Daerah"}
# an acting head's post: "Penjabat Bupati", "Pelaksana Tugas Wali Kota" (``official_titles.ACTING``'s long forms)
ACTING_POST = re.compile(r"^(?:Penjabat(?:\s+Sementara)?|Pelaksana\s+(?:Tugas|Harian))\s+")


# a sentence going on with more heads of the list before: "Selain itu ada", "Di samping itu, hadir pula"
MORE_HEADS = re.compile(r"\W*(?:selain\s+itu|di\s+samping\s+itu)\s*,?\s*(?:(?:ada|hadir|turut|ikut)\s+"
                        r"(?:pula\s+|juga\s+)?(?:hadir\s+)?)?|\W*(?:ada|hadir)\s+(?:pula|juga)\s+", re.IGNORECASE)


def _listed_after_guest(scan: Any, it: Any) -> bool:
    """A head of region listed after a head whose region is a guest, in one sentence, with only listed officials
    (posts, regions, names), commas and "dan", "serta" between: "yang ikut antara lain Bupati A X, Pj. Bupati B Y,
    serta Wakil Bupati C Z" (round 37: the list's opener is no ``HEADS_LIST`` one, or the first guest's evidence is
    its own; not a region the article names as a host, nor one inside or around the guest's). Two heads joined by
    "dan" alone are the two sides of a meeting or a signing ("Bupati A X dan Bupati B Y meneken ..."): a comma
    stands between the guest's post and this one."""
    off = it.official
    if not off.explicit_region or ACTING_POST.sub("", off.position) not in LISTED_HEADS \
            or scan.hosted(off.region):
        return False
    start = off.position_span[0]
    s_start = scan.sentence_of(start)[0]
    if scan.sentence_of(it.start)[0] != s_start:  # the head named again later: his post's sentence only
        return False
    # the sentence before too, when this one opens with "Selain itu ada" and the list before ends it: "... dan
    # Bupati A X. Selain itu ada Bupati B Y, serta Wali Kota C Z."
    opened = MORE_HEADS.fullmatch(scan.text, s_start, start)
    p_start = scan.sentence_of(s_start - 1)[0] if opened and s_start > 0 else s_start
    p_end = s_start  # the sentence before without its full stop
    while p_end > p_start and scan.text[p_end - 1] in ". \n\t":
        p_end -= 1
    for s, e, code in scan.placed_heads:
        if s >= start:
            break
        if s >= p_start and code != off.region and not scan.contains(code, off.region) \
                and not scan.contains(off.region, code) and scan.visiting(code) and not scan.hosted(code) \
                and (scan.only_listed_officials_between(s, start) and "," in scan.text[e:start] if s >= s_start
                     else scan.only_listed_officials_between(s, p_end)):
            return True
    return False


def _guest_official(scan: Any, it: Any) -> bool:
    """The official whose visit is received: "Wakil Wali Kota A menerima kunjungan Kepala Bappeda Kabupaten B
    Budi beserta rombongan" (any office, its region written)."""
    off = it.official
    if not off.explicit_region or off.position_span == (0, 0):
        return False
    start = off.position_span[0]
    s_start = scan.sentence_of(start)[0]
    intro = None
    for m in scan.cues.receive_guests.finditer(scan.text, max(s_start, start - 80), start):
        intro = m
    return intro is not None and intro.end() == start


REGION_RULES: tuple[Rule, ...] = (
    Rule("host_link", "host", 2.0, "region", _host_link,
         ("Rombongan Pemkab Sragen studi banding ke Kota Madiun.", "Mereka belajar dari Kabupaten Kebumen."),
         cues=("host_link", "host_area", "learn_from", "redirected_to"), window="before"),
    Rule("visit_object", "host", 2.0, "region", _visit_object,
         ("Jajaran Pemkab Pinrang mengunjungi Kabupaten Wajo untuk belajar tata kelola pasar.",),
         cues=(VISIT_OBJECT, MET_PARTY), window="before"),
    Rule("previous_stop", "host", 2.0, "region", _previous_stop,
         ("Usai dari Kota Madiun, rombongan Pemkab Wajo melanjutkan studi banding ke Kabupaten Ngawi.",),
         unless=("host_link", "visit_object"),
         cues=(PREVIOUS_STOP,), window="before"),
    Rule("committee_to", "host", 2.0, "region", _committee_to,
         ("DPRD Kota Bitung studi banding pekan ini. Komisi A ke Kabupaten Wajo dan Komisi B dan C ke Kota Madiun.",
          "DPRD Kota Bitung kunjungan kerja pekan ini. Komisi A, B, dan C akan ke Kabupaten Pati.",
          "DPRD Kota Bitung studi banding pekan ini. Sebagian menuju Kabupaten Wajo, sebagian lagi ke Kota Madiun.",
          "Pemkot Bitung studi tiru pekan ini. Kelompok kedua menuju Kabupaten Wajo."),
         unless=("host_link",),
         cues=(COMMITTEE_TO,), window="before"),
    Rule("destination_listed", "host", 2.0, "region", _destination_listed,
         ("DPRD Kota Bitung kunjungan kerja ke Jawa Timur. Daerah tujuan antara lain Kediri, Blitar dan "
          "Kabupaten Malang.",
          "DPRD Kota Bitung akan studi banding ke beberapa daerah tujuan. Yakni di Kabupaten Wajo, Kota Madiun dan "
          "terakhir ke Kabupaten Pati.",
          "Komisi I DPRD Kota Bitung studi banding. Mereka mendatangi tiga kabupaten, yaitu Kabupaten Wajo, "
          "Kabupaten Pati dan Kabupaten Ngawi."),
         cues=(LIST_WORDS, LIST_OPENING), window="sentence"),
    Rule("head_with_group", "visitor", 3.0, "region", _head_with_group,
         ("Wali Kota Pariaman dan rombongan tiba di Kabupaten Agam untuk belajar.",),
         cues=("with_group",), window="after"),
    Rule("host_named_after", "host", 2.0, "region", _host_named_after,
         ("Kabupaten Klaten kedatangan rombongan yang ingin belajar.",
          "Pemkab Sragen memilih Kota Madiun sebagai lokus studi tiru.",
          "Pemdes se-Kabupaten Wajo memilih Desa Sukamaju, Kabupaten Klaten sebagai salah satu lokasi belajar pasar.",
          "Rombongan yang ingin belajar disambut hangat oleh Pemerintah Kota Madiun.",
          "BPSDM Provinsi Jambi Jadikan Kabupaten Klaten Lokus Studi Lapangan"),
         cues=("receives_after", HOST_AFTER_SCORE, CHOSEN_AFTER, "received_by_body"), window="around"),
    Rule("visited_by", "visitor", 2.0, "region", _visited_by,
         ("Kota Bitung kembali disambangi Pemkab Wajo yang ingin belajar.",
          "Pemkab Klaten menerima kunjungan kerja DPRD Kabupaten Wajo untuk belajar."),
         cues=(VISITED_BY,), window="before"),
    Rule("from_group", "visitor", 3.0, "region", _from_group,
         ("Sebanyak 30 kepala desa dari Kabupaten Ngawi belajar ke Kabupaten Magetan.",
          "Sebanyak 35 peserta Pelatihan Kepemimpinan Angkatan II Kabupaten Wajo belajar ke Kota Bitung."),
         cues=(FROM_GROUP, TRAINEES_OF), window="before"),
    Rule("body_studied", "host", 2.0, "region", _body_studied,
         ("DPRD Kabupaten Wajo Studi Banding DPRD Kota Madiun", "Pemkab Wajo Studi Tiru Pemkot Madiun soal Pasar")),
    Rule("delegation_of", "visitor", 3.0, "region", _delegation_of,
         ("Rombongan Pemkab Blora belajar ke Kabupaten Rembang.", "Kunjungan kerja DPRD Kota Bitung untuk belajar."),
         unless=("body_studied",),
         cues=(DELEGATION, OFFICIALS_OF), window="before"),
    Rule("subject_visits", "visitor", 3.0, "region", _subject_visits,
         ("Pemkab Tegal melakukan studi banding untuk belajar pengelolaan sampah.",),
         unless=("host_named_after", "destination_listed"),
         cues=("subject_visits",), window="after"),
    Rule("chooses_host", "visitor", 3.0, "region", _chooses_host,
         ("Peserta pelatihan BPSDM Provinsi Jambi memilih Kabupaten Klaten sebagai lokus studi lapangan.",
          "Pemerintah Kabupaten Wajo menjadikan Pemerintah Kota Bitung lokasi kunjungan belajar."),
         unless=("host_named_after",),
         cues=(CHOOSES_HOST,), window="sentence"),
    Rule("subject_learns", "visitor", 2.0, "region", _subject_learns,
         ("Pemkot Blitar pelajari pengelolaan sampah di sana.",),
         unless=("subject_visits", "host_named_after", "destination_listed"),
         cues=("learn_after",), window="after"),
    Rule("training_body", "visitor", 3.0, "region", _training_body,
         ("Kabupaten Klaten menerima kunjungan studi lapangan Pelatihan Kepemimpinan Pengawas (PKP) yang digelar "
          "Badan Pengembangan Sumber Daya Manusia (BPSDM) Provinsi Jambi.",
          "Pemkab Klaten Jadi Tujuan Studi Lapangan PKA BPSDM Jambi"),
         unless=("delegation_of", "from_group", "subject_visits", "visited_by"),
         cues=(TRAINING_BODY,), window="sentence"),
    Rule("done_by_region", "visitor", 3.0, "region", _done_by_region,
         ("Studi tiru ke Kota Madiun itu dilaksanakan oleh DPRD Kabupaten Wajo.",
          "Studi banding ke Kota Madiun pekan lalu diikuti 20 anggota DPRD Kabupaten Wajo.",
          "Kunjungan belajar ke Kabupaten Wajo digelar Tim Penggerak PKK Kota Bitung."),
         cues=(DONE_BY_REGION,), window="sentence"),
    Rule("visitor_listed", "visitor", 3.0, "region", _visitor_listed,
         ("Kota Madiun kerap dikunjungi daerah lain untuk studi banding, antara lain Kabupaten Wajo, Kota Bitung dan "
          "Kabupaten Pati.",
          "Tiga kabupaten datang ke Kota Madiun untuk studi tiru. Ketiganya ialah Kabupaten Wajo, Pati dan Ngawi.",
          "Banyak daerah datang belajar ke sini. Dari luar provinsi juga ada, seperti DPMPTSP Kabupaten Wajo dan "
          "Dinkes Kota Bitung.",
          "DPRD Kota Madiun menjadi rujukan daerah lain, di antaranya Kabupaten Wajo dan Kota Bitung. Mereka "
          "berkunjung kerja ke Kota Madiun pekan lalu."),
         unless=("host_link", "visit_object", "destination_listed", "host_named_after"),
         cues=(LIST_INTRO,), window="sentence"),
)
REGION_RULES += (
    Rule("came_in_turn", "visitor", 3.0, "region", _came_in_turn,
         ("Rangkaian kunjungan ke DPRD Kota Madiun itu diawali DPRD Kabupaten Wajo.",
          "Setelahnya datang DPRD Kabupaten Pati untuk studi banding."), unless=("host_link", "visit_object"),
         cues=(CAME_IN_TURN,), window="before"),
    Rule("earlier_turn", "visitor", 3.0, "region", _earlier_turn,
         ("Kabupaten Klaten kembali jadi tujuan studi banding. Setelah Kabupaten Pati pekan lalu, kini giliran DPRD "
          "Kabupaten Wajo yang datang.",
          "Kabupaten Klaten kembali jadi tujuan studi banding. Setelah Kabupaten Pati, kini DPRD Kabupaten Wajo "
          "yang datang."), unless=("host_link", "visit_object", "destination_listed"),
         cues=(EARLIER_TURN,), window="before"),
)
# applied after REGION_RULES, once every region's own evidence is known
LIST_RULES: tuple[Rule, ...] = (

    Rule("listed_with_visitor", "visitor", 3.0, "region", _listed_with_visitor,
         ("Sesudah menerima tamu dari Kabupaten Pati dan Kabupaten Kudus, kini Kota Salatiga belajar ke sini.",
          "Kabupaten Pati dan Kota Salatiga pernah belajar ke sini.")),
    Rule("body_after_guest", "visitor", 3.0, "region", _body_after_guest,
         ("Tamu DPRD Kota Madiun pekan ini datang dari DPRD Kabupaten Wajo yang mempelajari tata tertib, DPRD "
          "Kabupaten Pati soal pasar dan DPRD Kota Bitung soal pajak.",)),
    Rule("listed_with_host", "host", 2.0, "region", _listed_with_host,
         ("Komisi II DPRD Kota Bitung bertolak ke Kabupaten Minahasa dan Bolaang Mongondow untuk studi banding.",
          "Rombongan Pemkab Ngawi studi banding ke Kota Madiun, Magetan, dan Ponorogo.")),
)
OFFICIAL_RULES: tuple[Rule, ...] = (
    Rule("led_by", "visitor", 3.0, "official", _led_by,
         ("Rombongan dipimpin Sekda Kabupaten Blora Budi Darmawan untuk belajar.",
          "Ketua rombongan, Asisten I Setda Kota Bitung, Rudi Lumenta, ingin belajar.",
          "Studi banding itu diikuti Wakil Ketua DPRD Blora Budi Darmawan beserta anggota DPRD lainnya.",
          "Mewakili rombongan, Wakil Ketua DPRD Blora Budi Darmawan mengaku ingin belajar.",
          "Wakil Ketua DPRD Blora Budi Darmawan menyampaikan maksud dan tujuan kunjungan, yakni belajar."),
         leads=True,
         cues=("led_by", "leads_after", HEAD_OF_GROUP, JOINED_WITH_GROUP, FOR_THE_GROUP_BEFORE,
               FOR_THE_GROUP_AFTER), window="around"),
    Rule("group_of_official", "visitor", 3.0, "official", _group_of_official,
         ("Rombongan Bupati Wajo Anton Sukma tiba untuk belajar.",), leads=True),
    Rule("official_with_group", "visitor", 3.0, "official", _official_with_group,
         ("Bupati Wajo Anton Sukma beserta rombongan belajar ke sini.",
          "Kepala Bappeda Wajo Anton Sukma dan rombongan disambut Sekda Klaten untuk belajar.",
          "Wali Kota Bitung Rudi Lumenta bersama jajaran studi banding."), leads=True,
         cues=("with_group",), window="after"),
    Rule("received_by", "host", 2.0, "official", _received_by,
         ("Rombongan diterima Sekda Kabupaten Klaten Joko Santosa untuk belajar.",
          "Bupati Klaten Sri Handayaningsih menerima rombongan yang ingin belajar."),
         cues=("received_by", "receives", "receivers_led"), window="around"),
    Rule("official_goes", "visitor", 2.0, "official", _official_goes,
         ("Bupati Wajo Anton Sukma berkunjung ke Kabupaten Klaten untuk belajar.",), leads=True,
         unless=("received_by",),
         cues=("official_goes", OFFICIAL_MEETS), window="after"),
    Rule("done_by", "visitor", 3.0, "official", _done_by,
         ("Kunjungan kerja ke Kabupaten Klaten dilakukan Wakil Bupati Wajo Anton Sukma untuk belajar.",), leads=True,
         unless=("received_by",)),
    Rule("own_trip", "visitor", 2.0, "official", _own_trip,
         ("Ketua Komisi C DPRD Wajo, Anton Sukma, menyebut tujuan kedatangannya ke Klaten untuk belajar.",),
         leads=True, unless=("received_by", "official_goes"),
         cues=(OWN_TRIP,), window="after"),
    # round 42: the visitor named only through its official telling of his side's learning; it does not lead (the
    # speaker is often a member, not the delegation's head)
    Rule("official_learns", "visitor", 2.0, "official", _official_learns,
         ("Bupati Wajo, Anton Sukma, mengatakan ia dan stafnya mempelajari pengelolaan pasar di Kabupaten Klaten.",),
         unless=("received_by", "official_goes", "own_trip"),
         cues=("self_learns",), window="after"),
    Rule("joins", "visitor", 2.0, "official", _joins,
         ("Studi banding ke Kabupaten Klaten itu diikuti Kepala Bappeda Wajo Anton Sukma dan sejumlah kepala dinas.",),
         unless=("received_by",),
         cues=(JOINED,), window="before"),
    Rule("guest_official", "visitor", 3.0, "official", _guest_official,
         ("Wakil Wali Kota Madiun menerima kunjungan Kepala Bappeda Kabupaten Wajo Anton Sukma beserta rombongan.",),
         leads=True, unless=("received_by",)),
    Rule("listed_guest", "visitor", 3.0, "official", _listed_guest,
         ("Bupati Klaten menerima kunjungan Bupati Wajo Anton Sukma, Wali Kota Bitung Rudi Lumenta, dan "
          "Bupati Pati Hadi Suseno untuk belajar.",), leads=True, unless=("received_by", "guest_official")),
    Rule("listed_after_guest", "visitor", 3.0, "official", _listed_after_guest,
         ("Yang ikut dalam kunjungan ke Kabupaten Klaten antara lain Bupati Wajo Anton Sukma, Pj. Bupati Pati "
          "Hadi Suseno, serta Wakil Wali Kota Bitung Rudi Lumenta.",), leads=True,
         unless=("received_by", "guest_official", "listed_guest")),
)
RULES = REGION_RULES + LIST_RULES + OFFICIAL_RULES
