"""Programs: named government programs, innovations and services.

Where a name is found:
- after a trigger word: "program Smart Dusun", "inovasi bernama Sigaruda", "aplikasi “Lapor Pak”";
  an acronym keeps its lower-case complement ("program PKK mandiri" -> PKK Mandiri), and a lower-case
  name closing a sentence after "program" is kept when it is no generic topic ("program kampung rukun.");
- in a list after "inovasi ... seperti / antara lain" (coined items only: capitalised or CamelCase);
- in what a delegation came to learn: "tertarik dengan Smart Dusun, Kampung Cakap Digital, serta ...";
- by shape: capitalised names with English program words ("Smart Parking Week") or a program head
  ("Klinik Usaha Rakyat", "Gerakan ..."), and "Name (ACRONYM)" after a program verb
  ("membentuk Pusat Layanan Usaha Terpadu (PLUT)"); the acronym then names it too.
Generic topics ("program kemiskinan", "pelayanan publik"), institutions and awards are not programs. In a
headline (every word capitalised) a name counts only when the body repeats it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice, takewhile

from nlp.dates import DAY_NAMES, MONTHS
from nlp.lexicon import (
    function_words,
    load_positions,
    load_visit_cues,
    load_words,
    longest_first,
    region_words,
    unit_words,
    visit_cue_words,
)
from nlp.program_model import Weights
from nlp.textutil import ASIDE, LIST_LINE, fold, lower_same_length, occurs_in, title_lines


def _vocabulary() -> dict[str, frozenset[str]]:
    """``data/program_words.csv``: kind -> its words (the kinds are listed in data/README.md), read once."""
    kinds: dict[str, set[str]] = {}
    for word, kind in load_words("program_words.csv"):
        kinds.setdefault(kind, set()).add(word)
    return {k: frozenset(v) for k, v in kinds.items()}


def _alternation(words: frozenset[str]) -> str:
    """A regex group matching any of ``words``, longest first."""
    return "(?:" + "|".join(re.escape(w) for w in longest_first(words)) + ")"


WORDS = _vocabulary()
# words that introduce a program name ("program Smart Dusun", "Gerakan Ayo Menabung")
TRIGGER_WORDS = WORDS["trigger"]
TRIGGER = _alternation(TRIGGER_WORDS)
# "aplikasi “Lapor Pak”", "inovasi unggulan bernama “Si Cepat”": an adjective of the trigger may come between
QUOTED = re.compile(r"\b" + TRIGGER + r"\s+(?:(?:unggulan|andalan|baru|terbaru|inovatif|daerah|digital)\s+)?"
                    r"(?:bernama\s+|berjudul\s+|yang\s+(?:diberi\s+)?(?:nama|bernama)\s+)?"
                    r"[\"“‘']([^\"”’'\n]{2,60})[\"”’']", re.IGNORECASE)
# "inovasi layanan kesehatan “Sikesra”": a quoted name after a trigger and its lower-case description
QUOTED_DESCRIBED = re.compile(r"\b(?i:" + TRIGGER + r")((?:[ \t]+[a-z]+){1,3})[ \t]+[\"“‘]((?:[A-Z]|[a-z]+[A-Z])"
                              r"[^\"”’\n]{1,58})[\"”’]")
NAMED = re.compile(r"\b(?:bernama|dinamai|dinamakan|diberi\s+nama|dengan\s+(?:nama|sebutan))\s+[\"“]?", re.IGNORECASE)
# the name a program goes by, right after it: "program andalan Camat Menginap di Dusun, yang biasa disebut “X”"
GOES_BY = re.compile(r",?[ \t]+(?:atau[ \t]+)?yang[ \t]+(?:biasa[ \t]+)?(?:disebut|dikenal[ \t]+dengan)"
                     r"(?:[ \t]+(?:nama|sebutan|istilah))?[ \t]+[\"“]?")
GOES_BY_BEFORE = re.compile(r"\b(?i:" + TRIGGER + r")[ \t]+(?:(?:unggulan|andalan|inovatif|baru)[ \t]+)?"
                            r"([A-Z][\w'’\-]*(?:[ \t]+(?:[A-Z][\w'’\-]*|di|ke|dan|untuk)){0,6})$")
# "menamai programnya ‘Sapa Malam’", "menamakan program mereka Jaga Kampung": the name a unit gave its program
NAMING = re.compile(r"\b(?:menamai|menamakan|memberi\s+nama)\s+(?:program|inovasi|layanan|aplikasi|gerakan|kegiatan)"
                    r"(?:nya)?(?:\s+(?:mereka|kami|ini|itu|tersebut|baru))?\s+(?:dengan\s+)?[\"“‘]?", re.IGNORECASE)
THROUGH = re.compile(r"\b(?:melalui|lewat)\s+(?:program\s+|gerakan\s+|inovasi\s+)?", re.IGNORECASE)
AFTER_TRIGGER = re.compile(r"\b" + TRIGGER + r"\s+(?:unggulan\s+|andalan\s+|inovatif\s+|baru\s+)?",
                           re.IGNORECASE)
# a word naming programs, with its suffix or doubled: "programnya", "inovasi-inovasi"
KIND = _alternation(WORDS["kind_word"]) + r"(?:nya|-" + _alternation(WORDS["kind_word"]) + r"(?:nya)?)?"
# "program bertajuk Jumat Berkah": a title names a program only after a program word; after any other noun it
# titles an event or states a theme ("dialog publik bertajuk “Kolaborasi ...”")
TITLED = re.compile(r"\b(?:" + KIND + r"|gerakan)(?:[ \t]+(?:yang|baru|unggulan|ini))?[ \t]+"
                    r"(?:bertajuk|bertema|berlabel|bertagline)\s+[\"“]?", re.IGNORECASE)
LIST_INTRO = re.compile(r"\b" + KIND + r"\b[^.\n]{0,80}?\b(?:seperti|antara\s+lain|"
                        r"di\s*antaranya|yakni|yaitu|meliputi|adalah|ialah)\s+", re.IGNORECASE)
# "tiga inovasi: Posyandu Digital, Si Jempol ...": a list after a colon in the sentence
COLON_KIND = re.compile(r"\b(?:" + KIND + r"|proyek\s+perubahan|aksi\s+perubahan)\b", re.IGNORECASE)
COLON_INTRO = re.compile(COLON_KIND.pattern + r"[^.\n:]{0,60}:[ \t]+(?=[A-Z])", re.IGNORECASE)
# "53 program strategis, salah satunya Kota Bersinar": examples, whose single words may be places ("misalnya Bogor")
EXAMPLE_INTRO = re.compile(r"\b(?:" + KIND + r"|pelayanan)\b[^.\n]{0,80}?\b(?:salah\s+satunya|contohnya|"
                           r"misalnya|termasuk|berupa)\s+", re.IGNORECASE)
# "Lapor Pak adalah program unggulan ...", "Tabungan Sampah Ceria merupakan inovasi ..."
IS_A = re.compile(r"(?:^|(?<=[.\n])[ \t]*|(?<=,)[ \t]*)((?:[A-Z][\w\-]*[ \t]+){0,4}[A-Z][\w\-]*)[ \t]+"
                  r"(?:merupakan|adalah|ialah|menjadi)[ \t]+(?:salah[ \t]+satu[ \t]+)?(?:program|inovasi|aplikasi|"
                  r"layanan|gerakan)\b", re.MULTILINE)
LEARN_LIST = re.compile(r"\b(?:tertarik\s+(?:dengan|pada|akan)|belajar(?:\s+tentang|\s+mengenai)?|mempelajari|"
                        r"(?:studi\s+(?:banding|tiru|komparasi|lapangan)|kunjungan\s+kerja|benchmarking)\s+"
                        r"(?:tentang|mengenai|terkait|soal)|"
                        r"menimba\s+ilmu\s+(?:tentang|mengenai)|mereplikasi|mengadopsi|meniru)\s+"
                        # "tertarik pada pengelolaan Sekolah Tani Rakyat": what is done with the program
                        r"(?:(?:pengelolaan|penerapan|pelaksanaan|pengembangan|implementasi|pemanfaatan|penggunaan)"
                        r"\s+(?=[A-Z]))?",
                        re.IGNORECASE)
# "(PLUT)", "(BUM Desa)", "(LAKI IDA)": an acronym in brackets, possibly with a second word
PAREN_ACRONYM = re.compile(r"\(([A-Z][A-Za-z\-]{1,9}(?:[ \t][A-Z][A-Za-z]{1,9})?)\)")
# lower-case words that may stand inside a name spelt out before its acronym ("Sinergi dan Kolaborasi untuk ...")
NAME_CONNECTORS = WORDS["name_connector"]
# a coined name and, in brackets, what it stands for: "Sapa Desa (Sistem Aplikasi Pelayanan Desa)"
EXPLAINED = re.compile(r"\b([A-Z][\w\-]*(?:[ \t][A-Z][\w\-]*)?)[ \t]*\(([A-Z][^()\n]{10,120})\)")
# a name and, in brackets, the kind of thing it is, whatever its letters: "Tanam Tuai (layanan konsultasi pupuk)",
# "Jaga Bumil (aplikasi pemantauan ibu hamil)"
EXPLAINED_KIND = re.compile(r"(?<![\w\-])((?:[A-Z][\w\-]*|[a-z]+[A-Z][\w\-]*|[eE]-[A-Za-z][\w\-]*)"
                            r"(?:[ \t][A-Z][\w\-]*){0,2})[ \t]*\(((?i:"
                            + _alternation(WORDS["trigger"] - WORDS["name_only_trigger"])
                            + r")[ \t]+[a-zA-Z][^()\n]{5,120})\)")
# (what lets a text skip it: a bracket opening with a kind word)
KIND_PAREN = re.compile(r"\((?i:" + _alternation(WORDS["trigger"] - WORDS["name_only_trigger"]) + r")[ \t]")
# words of a sentence that speaks of programs
PROGRAM_CUE = re.compile(r"\b" + _alternation(WORDS["program_cue"]), re.IGNORECASE)
# ... and of one that tells of learning or a visit's kind ("menimba ilmu soal", "ingin meniru", "studi tiru"):
# what makes a quoted name no trigger leads a program's (data/visit_cues.csv, roles kind, learn, adopt, model)
_LEARNING = frozenset(c.lower() for role in ("kind", "learn", "adopt", "model") for c in visit_cue_words()[role])
QUOTED_CUE = re.compile(r"\b" + _alternation(WORDS["program_cue"] | WORDS["quoted_cue"] | _LEARNING),
                        re.IGNORECASE)
# a program described in lower case, its name in brackets: "aplikasi pelaporan warga (Lapor Cepat)"
# (a comma only before a capitalised place: "sistem informasi wisata Batu, Jawa Timur (Sip Wisata)"; not a list
# "sistem desa adat, pemilihan kepala desa (Kades)")
DESCRIBED_BEFORE = re.compile(r"\b(?:sistem|aplikasi|layanan|program|inovasi|gerakan)[ \t]+[a-z]"
                              r"(?:[^.()\n;:,]|,(?=[ \t]+[A-Z])){2,80}$")
# ... or after a program's head word in lower case: "mal pelayanan publik (MPP)", "klinik usaha desa (KUD)"
HEAD_DESCRIBED = re.compile(r"\b(" + _alternation(WORDS["head"]) + r")[ \t]+[a-z][a-z \t]{2,60}$")
# "(SIMPUL), program kemitraan ...": the bracketed name explained as a program
KIND_AFTER_PAREN = re.compile(r"[ \t]*,[ \t]*(?:yakni[ \t]+|yaitu[ \t]+)?(?:sebuah[ \t]+|salah[ \t]+satu[ \t]+)?"
                              r"(?:program|inovasi|aplikasi|layanan|gerakan|sistem|platform)\b", re.IGNORECASE)
PROGRAM_VERBS = re.compile(r"\b(?:membentuk|meluncurkan|menggagas|menerapkan|mengembangkan|menciptakan|"
                           r"melahirkan|menginisiasi|program|inovasi|pilot\s+project|percontohan)\b", re.IGNORECASE)
LAUNCH = re.compile(r"\b(?:meluncurkan|mencanangkan|menggagas|menggulirkan|menginisiasi|me-launching|[Ll]aunching|"
                    r"melaunching|meresmikan\s+program)\s+", re.IGNORECASE)
# putting a named program to work: "menerapkan Desa Terbuka", "mereplikasi Kebun Gizi Warga"
APPLY = re.compile(r"\b(?:menerapkan|diterapkannya|menjalankan|mereplikasi|mengadopsi)[ \t]+(?=[A-Z])")
# what follows a listed name: its owner ("dari Dinas X", "milik RSUD Y"), maybe after its acronym in brackets
OWNER_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:dari|milik|besutan|karya|oleh|asal|yang)\b|"
                         r"[ \t]*\([^()\n]{1,60}\)[ \t]*$")
# a line naming a list of programs and ending with a colon, then its numbered or bulleted lines
LIST_LINES_INTRO = re.compile(r"\b" + KIND + r"\b[^\n]{0,120}:[ \t]*\n", re.IGNORECASE)
LIST_THEN = re.compile(r"(?:lalu|kemudian|berikutnya|selanjutnya|terakhir|juga|dan juga)[ \t]+(?=[A-Z])")
# a list item written in lower case with its name in brackets: "produk andalan kampung (Prodeska)"
LOWER_THEN_NAME = re.compile(r"[a-z][a-z \t\-]{2,60}?[ \t]*\(((?:[A-Z][\w\-]*)(?:[ \t][A-Z][\w\-]*){0,3})\)")
# "inovasi itu ialah, pertama, ...": a list counted with ordinals after a program word
ORDINAL_INTRO = re.compile(r"\b" + KIND + r"\b[^.\n]{0,80}?\bpertama\b", re.IGNORECASE)
ORDINAL = re.compile(r"\b(?:pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh)\b",
                     re.IGNORECASE)
ITEM_END = re.compile(r"[ \t]+[-–][ \t]|[ \t]*\(|;")
SENTENCE_CLOSERS = frozenset(".!?:;,\"”’")
SENTENCE_END = re.compile(r"\.(?=\s|$)|\n")
AWARD_BEFORE = re.compile(r"\b(?:penghargaan|anugerah|predikat|status|ajang|kategori|nominasi|trofi|piala)[ \t]+$",
                          re.IGNORECASE)
# a place in a competition's ranking: "naik ke Top 40 Inovasi Pangan ...", "pemenang TOP 15": what follows it is
# the competition's title, the ranking itself no name (searched before a trigger, matched on a whole name)
RANKING = re.compile(r"\btop[ \t]+\d{1,3}[ \t]*$", re.IGNORECASE)
# what a quoted name after these is: a status, a nickname or a slogan ("ditetapkan sebagai “Kota Inovatif”"), or a
# name given to something else ("menyebut kota itu “Kota Seribu Taman”"; program_words kinds designation,
# naming_verb, named_trigger)
DESIGNATION_BEFORE = re.compile(r"\b" + _alternation(WORDS["designation"]) + r"[ \t]*[,:]?[ \t]*$|"
                                r"\b" + _alternation(WORDS["naming_verb"])
                                + r"(?:[ \t]+(?!" + _alternation(WORDS["named_trigger"]) + r")\w+){0,3}[ \t]*$",
                                re.IGNORECASE)
# triggers that lead a name without belonging to it: "Aplikasi Lapor Cepat" is "Lapor Cepat"
LEAD_TRIGGER = re.compile(r"^" + _alternation(WORDS["lead_trigger"]) + r"\s+(?=\S)", re.IGNORECASE)
CALENDAR = frozenset(DAY_NAMES.split("|")) | frozenset(MONTHS.split("|"))
# inside a quoted theme or slogan: a sentence, no name ('mengusung tema "Sukseskan Program Sehat Menuju ..."')
THEME_OPEN = re.compile(r"\b(?:(?:ber)?tema|(?:ber)?tajuk|(?:ber)?judul|slogan|tagline|semboyan|moto|motto)"
                        r"[ \t]*[,:]?[ \t]*[\"“][^\"”\n]*$", re.IGNORECASE)
# a coined word explained right after it: "..., yang berarti ...", "(singkatan dari ...)"
MEANING_AFTER = re.compile(r"[ \t]*[,(]?[ \t]*(?:yang[ \t]+)?"
                           r"(?:berarti|artinya|bermakna|singkatan|kependekan|akronim)\b", re.IGNORECASE)
# a law or a regulation whose title follows: "Rancangan Undang-Undang (RUU) Sistem ...", "Perda tentang ..."
LAW_BEFORE = re.compile(r"\b(?:RUU|UU|Undang-Undang|Perda|Raperda|Ranperda|Perbup|Perwali|Perwal|Pergub|Perpres|"
                        r"Qanun|Perkada|Perwako|Perdes|Keppres|Kepmen|Inpres|Surat[ \t]+Edaran(?:[ \t]+[A-Z]\w*){0,3}|"
                        r"Permendagri|Peraturan(?:[ \t]+[A-Z]\w*){0,3})(?:[ \t]*\([^()\n]{1,20}\))?"
                        r"(?:[ \t]+(?:Nomor|No\.?)[ \t]+\S+(?:[ \t]+[Tt]ahun[ \t]+\d{4})?)?(?:[ \t]+tentang)?[ \t]*$")
# people taking part in what the acronym names
PARTICIPANTS = WORDS["participant"]
# staff named by their post's acronym: "tenaga POPT (Pengamat Organisme ...)", "petugas PPL"
STAFF_BEFORE = re.compile(r"\b(?:tenaga|petugas|pegawai|staf|pejabat|personel|personil|jabatan|fungsional)[ \t]+$",
                          re.IGNORECASE)
BRACKETED_ACRONYM = re.compile(r"\([A-Z]\w*\)")
# a quoted nickname of a place or a building: 'datang ke "Rumah Rakyat"', '"Rumah Rakyat" (Gedung DPRD ...)',
# 'wakil rakyat "Kota Bunga" Sukamaju' (a region named right after it)
PLACE_BEFORE = re.compile(r"\b(?:ke|di|dari|menuju|(?:me)?ninggalkan|tinggalkan|(?:me)?ngunjungi|kunjungi|"
                          r"(?:men)?datangi|(?:meny)?sambangi|(?:me)?ninjau|(?:di)?tinjau)[ \t]*$", re.IGNORECASE)
# "dari" after a program or learning word: what follows comes from a region ("belajar inovasi dari X Smart Nagari")
FROM_BEFORE = re.compile(r"\b" + _alternation(TRIGGER_WORDS | frozenset(
    cue.lower() for cue, _, role in load_visit_cues() if role in ("learn", "adopt")))
    + r"(?:[ \t]+[\w\-]+)?[ \t]+dari[ \t]+$", re.IGNORECASE)
# a quoted name in the clause of an award: "penghargaan dari Presiden yaitu, “Satya Karya Utama”" (unless a program
# word names what won it: "penghargaan berkat inovasi “Sapa Warga”")
AWARD_CLAUSE = re.compile(r"\b(?:penghargaan|anugerah|piala|trofi|predikat|award)\b(?:(?!" + KIND + r")[^.\n\"“”])"
                          r"{0,50}$", re.IGNORECASE)
# an information system's acronym: "SI" and three to eight capitals (not a word written in capitals: a headline)
SI_ACRONYM = re.compile(r"(?<![\w\-])SI[A-Z]{3,8}(?![\w\-])")
YEAR_TAIL = re.compile(r"[ \t]+(?:[Tt]ahun[ \t]+|TA[ \t]+|[Tt]\.[Aa]\.?[ \t]*)?(?:19|20)\d\d[ \t,]*$")
ITEM_NUMBER = re.compile(r"\d{1,2}[.)][ \t]*(?=[A-Z])")
EXPLAINED_BY = re.compile(r"[ \t]*\(([A-Z][a-z]+)[ \t]")  # "(Badan Pendapatan Daerah)" after a name
ACRONYM_BEFORE = re.compile(r"\(([A-Z][A-Za-z0-9\-]{1,14})\)[ \t]+$")
ACRONYM_AFTER = re.compile(r"[ \t]*\([A-Z][A-Za-z0-9\-]{1,14}\)")
# a name inside a longer capitalised run: a capitalised word beside it, only spaces between
CAPITALISED_BEFORE = re.compile(r"(?<![\w\-])[A-Z][\w\-]*[ \t]+$")
CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z]")
# what a one-word name in brackets stands for when no acronym's letters tie it to the capitalised words before
# them ("penghargaan Public Service Award (X)")
SPELT_BEFORE = re.compile(r"((?:[A-Z][\w\-]*[ \t]+){1,6})\($")
# words that open a topic of management or outreach, not a program's name ("Tata Kelola ...", "Sosialisasi ...")
TOPIC_HEADS = WORDS["topic_head"]
BRACKET_ONLY = re.compile(r"[ \t]*\([^()\n]{1,60}\)[ \t]*")
QUOTE_BODY = re.compile(r"[\"“]([^\"”\n]{1,120})[\"”]")
ROMAN = re.compile(r"[IVXLC]{2,}")  # "LXV": a course's number, no word of a name
COINED = re.compile(r"[a-z][A-Z]|^[a-z]-[A-Z]")
# a short quoted name: “Desa Digital”, "Jumat Berkah" (speech is longer or not capitalised word by word)
QUOTED_NAME = re.compile(r"[\"“]((?:[A-Z0-9][\w'\-]*|[a-z]-[A-Z][\w\-]*)(?:[ \t]+(?:[A-Z0-9][\w'\-]*|dan)){1,4})[\"”]|"
                         r"‘((?:[A-Z0-9][\w\-]*|[a-z]-[A-Z][\w\-]*)(?:[ \t]+(?:[A-Z0-9][\w\-]*|dan)){1,4})’")
OWNED = re.compile(r"\s+(?:yang\s+)?(?:digagas|dikembangkan|diluncurkan|diinisiasi|dicanangkan|diciptakan|"
                   r"dirintis|dikelola|dijalankan|besutan|milik|karya|andalan|unggulan)\b")
# what may follow the last word of a listed name: punctuation, a conjunction, a clause about it
COORD_OR_END = re.compile(r"[ \t]*(?:[,.;:)]|$)|[ \t]+(?:dan|serta|yang|yaitu|yakni)\b")
COORD = re.compile(r"[ \t]*(?:,[ \t]*(?:dan|serta)?|[ \t]+(?:dan|serta))[ \t]+(?=[A-Z])")
# a name explained by its kind: "Simonalis, sebuah aplikasi ...", "Senyum Sehat, salah satu inovasi ..."
APPOSITIVE_KIND = re.compile(r"\b((?:[A-Z][\w\-]*[ \t]+){0,3}[A-Z][\w\-]*),[ \t]+(?:sebuah|salah[ \t]+satu)[ \t]+"
                             r"(?:aplikasi|program|inovasi|layanan|gerakan|sistem)\b")
# names explained by a bare program word in mid-sentence: "seperti Tabungan Emas Warga dan Pinjam Tanpa Bunga,
# program pinjaman bagi UMKM" (a lower-case word before the names, a description after the word)
# ("SIPANTAS, aplikasi arsip ...": one word when an acronym or a coined word)
APPOSITIVE_BARE = re.compile(r"(?<=[a-z,][ \t])((?:[A-Z][\w\-]*[ \t]+){1,3}[A-Z][\w\-]*|[A-Z]{4,}|[A-Z][a-z]+[A-Z]\w*)"
                             r",[ \t]+"
                             r"(?:program|inovasi|aplikasi|layanan|gerakan)[ \t]+"
                             r"(?!(?:ini|itu|tersebut|yang|dan|kerja|kami|kita|mereka|pemerintah|pemkab|pemkot)\b)[a-z]{3,}")
COORD_BEFORE = re.compile(r"((?:[A-Z][\w\-]*[ \t]+){1,3}[A-Z][\w\-]*)[ \t]+(?:dan|serta)[ \t]+$")
# a verb after a one-word name ends it: "aplikasi Sirandu memudahkan warga"
VERB_FORM = re.compile(r"(?:me|ber|di|ter)[a-z]{3,}$|(?:bisa|dapat|mampu|sudah|telah|kini|akan)$")
CLAUSE_AFTER = re.compile(r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]+"  # after its acronym, maybe
                          + _alternation(WORDS["clause_word"]) + r"\b")
ALIAS_BEFORE = re.compile(r"[ \t]+atau[ \t]+$")
KE_TAIL = re.compile(r"[ \t]+ke[ \t]+([A-Z][\w\-]*)")
# e-government services written as coined words: "e-Lembur" (not "e-Paspor", a travel document)
E_SERVICE = re.compile(r"(?<![\w\-])[emEM]-[A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]+)?\b")
# a position title doing something names a program, not the office: "Bupati Menyapa Warga", "Camat Ngopi di
# Kampung" (a verb of the ber- / meN- / colloquial ng- shapes right after the title; a title is followed by its region
# or its holder's name otherwise)
TITLE_ACTS = re.compile(r"(?:Ber|Me[mnlr]|Ng)[a-z]{3,}")
# the titles of several words as data/positions.csv writes them ("wali kota", "wakil bupati", "kepala desa"), which
# TITLE_ACTS follows too: "Wali Kota Menyapa Warga"
LONG_TITLES = frozenset(" ".join(form.lower().split()) for form, _, _, kind in load_positions()
                        if kind in ("title", "head") and " " in form.strip())
LONG_TITLE_WORDS = max(len(t.split()) for t in LONG_TITLES)
# "program Jalan Desa dan Air Bersih": what a lower-case "program" names, alone or in a pair
NAMED_AFTER_PROGRAM = re.compile(r"\bprogram[ \t]+(?:(?:[A-Z][\w\-]*[ \t]+){1,4}(?:dan|serta)[ \t]+)?$")
# a coined possessive, the usual shape of an app's name: "tanyaKu", "SehatKu", "Rumah BacaKU" (with a program
# head before it; the endings: program_words kind coined_suffix)
_SUFFIXES = frozenset(f(w) for w in WORDS["coined_suffix"] for f in (str.capitalize, str.upper))
COINED_KU = re.compile(r"(?<![\w\-@/.])(?:([A-Z][a-z]+)[ \t]+)?([A-Za-z][a-z]+" + _alternation(_SUFFIXES)
                       + r")(?![\w\-@/])")
# a name opening with a number, its words in one clause: "3 rumah 1 sumur", "50 Smart School"
NUMBER_NAME = re.compile(r"\d[\d.]*(?:[ \t]+[\w\-]+){1,5}")
YEAR = re.compile(r"(?:19|20)\d\d")
TIME_WORDS = WORDS.get("time", frozenset())
# a verb with its prefix and a stem of four letters or more ("berbasis", "meningkatkan", "ditujukan"), unless a
# noun of that shape (program_words kind not_verb: "digital", "menara")
PREFIXED_VERB = re.compile(r"(?:mem|men|meng|meny|me|ber|ter|di)[a-z]{4,}")
NOT_VERBS = WORDS["not_verb"]
NUMBER_WORDS = WORDS["number_word"]
TIME_DEICTIC = WORDS["time_deictic"]
# a date closing a name: "(Selasa,) 3 Juni (2025)"
DATE_END = re.compile(r"(?:(?:" + DAY_NAMES + r")[ \t]*,?[ \t]+)?\b\d{1,2}[ \t]+(?:" + MONTHS
                      + r")(?:[ \t]+(?:19|20)\d\d)?$", re.IGNORECASE)
KU_HINT = re.compile(r"[a-z]" + _alternation(_SUFFIXES) + r"\b")  # (what lets a text skip it)
# an e-service in lower case, its dash maybe a space: "e-absensi", "e pasar" (spaced, only beside another one)
E_LOWER = re.compile(r"(?<![\w'’\-])[eE](?:-|[ \t](?=[a-z]{5,}))([a-z]{3,})(?![\w\-])")
E_LOWER_COORD = re.compile(r"[ \t]*(?:,[ \t]*(?:dan|serta)?|[ \t]+(?:dan|serta))\s+(" + E_LOWER.pattern + ")")
E_LOWER_BEFORE = re.compile(E_LOWER.pattern + r"[ \t]*(?:,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+)$")
NAME_TOKEN = re.compile(r"[A-Za-z0-9](?:[\w'\-]|’(?=\w))*")  # "Jum'at", "Pa’de"
CAPITAL_RUN = re.compile(r"\b[A-Z][\w'\-]*(?:[ \t]+[A-Z0-9][\w'\-]*)+")
# facilities and buildings are no programs ("Smart City Command Center", "Museum Blambangan")
FACILITY = WORDS.get("facility", frozenset())
# any word naming an organisation or a medium makes a name no program: agencies, parties, foundations, embassies;
# "melalui Zoom Meeting", "lewat Google Form"
# ... and budget and planning documents, wherever their word stands ("Kebijakan Umum Anggaran", "Dokumen ... (DPA)")
ORGANISATION_WORDS = WORDS["organisation"]
# ... and words that make a one-word name a group's acronym only where they stand in what it spells out ("GOP
# (Gabungan Organisasi Pemuda)"; "Sistem Informasi Organisasi ..." stays a name)
GROUP_WORDS = WORDS["group_word"]
# program words among what a name spells out make it no body's acronym ("X (Badan Usaha Milik Desa Online)")
PROGRAM_SPELT = TRIGGER_WORDS | WORDS.get("english", frozenset())
ORGANISATIONS = ORGANISATION_WORDS | WORDS["medium"] | WORDS["document"]
# connectors inside a capitalised name ("Data Terpadu untuk Warga"; "dan" coordinates names instead)
NAME_JOINERS = WORDS["name_joiner"]
# words that end a name written in lower case after a trigger
STOP_AFTER = WORDS["stop_after"]
E_FUNCTION_WORDS = STOP_AFTER | function_words("id")  # no e-service's word ("e selanjutnya")
# English words that mark a capitalised phrase as a program name in Indonesian news
ENGLISH = WORDS.get("english", frozenset())
# ... in a lower-case list item, those that are no Indonesian words too ("data kependudukan warga")
LOWER_ENGLISH = ENGLISH - WORDS["also_indonesian"]
# "e-pasar monitoring", "e-kas budgeting", "e-aduan sistem": an e-service named with a lower-case English program word
# or an Indonesian one of the same role (program_words kind e_service_word) after it
E_TWO = re.compile(r"(?<![\w'’\-])[eE]-[a-z]{3,}[ \t]+([a-z]{4,})(?![\w\-])")
E_TWO_WORDS = LOWER_ENGLISH | WORDS["e_service_word"]
# first words of capitalised program names ("Gerakan ...", "Kartu ...")
PROGRAM_HEADS = WORDS.get("head", frozenset())
# heads of names of places as often as of programs ("Kampung ...", "Rumah ..."): a program in a sentence about one,
# unless the next word makes it a building ("Rumah Sakit") or the word before a place ("Tuan Rumah", "Desa Kampung")
CUED_HEADS = WORDS["cued_head"]
NOT_AFTER_HEAD = WORDS["not_after_head"]
NOT_BEFORE_HEAD = WORDS["not_before_head"]
SHAPE_WORDS = ENGLISH | PROGRAM_HEADS | CUED_HEADS
# capitalised heads that name institutions, places, documents, events or people, not programs
NOT_PROGRAM_HEADS = WORDS.get("not_head", frozenset())
GOVERNMENT_HEADS = WORDS.get("government_head", frozenset())
# a government named inside a capitalised run starts a new name
GOVERNMENTS = WORDS.get("government", frozenset())
REGION_LEVELS = frozenset({"kabupaten", "kota", "provinsi"})
# a village or a district by its level word ("Desa Sukamaju"), and the same place written as one ("di Desa X",
# "X, Kecamatan Y")
VILLAGE = re.compile(r"(?<![\w\-–—/])" + _alternation(frozenset(w.title() for w in WORDS["village_level"]))
                     + r"[ \t]+(?=[A-Z])")
PLACE_PREPOSITION = re.compile(r"\b(?:di|ke|dari)[ \t]+$")
PLACE_LEVEL_AFTER = re.compile(r",[ \t]+(?:Kecamatan|Kec\.|Kabupaten|Kota)\b")
LEVEL_TAILS = REGION_LEVELS | {"daerah", "desa", "kelurahan", "kecamatan"}
# heads that never start a program, even after a trigger: documents, events, bodies, trainings
NEVER_HEADS = WORDS.get("never_head", frozenset())
NOT_PROGRAM_HEADS = NOT_PROGRAM_HEADS | NEVER_HEADS
# one-word position titles ("Inspektur", "Kadis", "Lurah"): a name starting with one is a position, unless a
# trigger introduced it
POSITION_WORDS = frozenset(form.lower() for form, _, _, kind in load_positions()
                           if kind in ("title", "head") and " " not in form)
# and the first words of longer titles ("Asisten Perekonomian", "Staf Ahli", "Penjabat Bupati"), except words
# that open a title only in a few phrases ("Hukum", "Bunda")
POSITION_WORDS |= frozenset(form.split()[0].lower() for form, _, _, kind in load_positions()
                            if kind in ("title", "head", "prefix")) - {"hukum", "bunda"}
# one of them right before a name: "Kepala", "Ketua", "Koordinator" (data/positions' titles and their first
# words)
# (not the words of a member, a former holder or a manager: "anggota", "unsur", "mantan", "tenaga", "pengelola" write
# no unit after them, and "Pengelola Bank Sampah X" manages a program; program_words kind not_unit_head)
NOT_UNIT_HEADS = WORDS["not_unit_head"]
OFFICE_BEFORE = re.compile(r"(?<![\w\-])(?:" + _alternation(POSITION_WORDS - NOT_UNIT_HEADS) + r")[ \t]+$",
                           re.IGNORECASE)
# the positions' forms, lower-cased: "Kepala Kampung" is a title, so "Kepala Kampung Sukamaju" names a village
POSITION_FORMS = frozenset(" ".join(form.lower().split()) for form, _, _, _ in load_positions())
# one-word units of government ("PDAM", "Dinkes", "Puskesmas"): "layanan PDAM" is the unit's service, no name
UNIT_WORDS = unit_words()
# events are not programs: "Festival Kopi", "Kediri Expo" (first or last word)
EVENTS = WORDS.get("event", frozenset())
# ... and words that make an event only opening a name (program_words kind event_opener: an evaluation, "Evaluasi
# Lapangan ..."; closing a name it may name a program's part, "Sistem Monitoring dan Evaluasi", and a trigger before
# it makes a system, "Sistem Evaluasi Layanan Desa"), or anywhere in it (kind event_phrase: a birthday)
EVENT_OPENERS = EVENTS | WORDS["event_opener"]
EVENT_PHRASE = re.compile(r"(?<![\w\-])" + _alternation(WORDS["event_phrase"]) + r"(?![\w\-])")
GENERIC = WORDS.get("generic", frozenset())
# common nouns that alone name no program ("Program Desa", "Program Stop ...")
ONE_WORD_GENERIC = WORDS.get("one_word_generic", frozenset())
# everyday government activities and generic concepts (not named programs)
# concepts and evaluation frameworks, however they are written ("Reformasi Birokrasi", "Big Data")
CONCEPTS = WORDS["concept"]
GENERIC_ACTIVITIES = WORDS.get("generic_activity", frozenset()) | CONCEPTS
# ... those of several words, as whole words in a phrase
GENERIC_PHRASE = re.compile(r"(?<![\w\-])" + _alternation(frozenset(g for g in GENERIC_ACTIVITIES if " " in g))
                            + r"(?![\w\-])")
# kinds of places that open the name of one place ("Desa Wisata Sukamulya" is a village, no program)
PLACE_KINDS = tuple(w + " " for w in sorted(WORDS["place"]))
AWARDS = WORDS.get("award", frozenset())
# acronyms of institutions and groups, not programs
COMMON_ACRONYMS = WORDS.get("common_acronym", frozenset())
# capitalised triggers that belong to the name they introduce ("Gerakan ...", "Sistem ..."); "Program X" is X
NAMING_TRIGGERS = TRIGGER_WORDS - WORDS["lead_trigger"]
# triggers only when capitalised as a name's first word: in lower case an everyday noun ("gerbang kota", a gate)
NAME_ONLY_TRIGGERS = WORDS["name_only_trigger"]
# the stop-lists' unions, built once: heads refused after a trigger, without one, and in a list of programs
TRIGGERED_HEADS = GOVERNMENT_HEADS | NEVER_HEADS
NUMBER_NAME_STOP = STOP_AFTER | TIME_WORDS | POSITION_WORDS  # what ends a name opening with a number
UNTRIGGERED_HEADS = NOT_PROGRAM_HEADS | GOVERNMENT_HEADS | POSITION_WORDS
LISTED_HEADS = GOVERNMENT_HEADS | NEVER_HEADS | POSITION_WORDS
NAME_HEADS = PROGRAM_HEADS | TRIGGER_WORDS
# the first words of organisations as the region finder knows them (data/region_words.csv kind org_head: "Perumda",
# "Pusdiklat", "BPR", "Politeknik"), less the words program_words.csv already weighs as places, bodies or heads of
# either (these kinds only: a new row of another kind leaves its word an opener): a name opening with one is the
# organisation, no program; a cued head ("Kampung", "Koperasi", "Taman", "Madrasah") opens a program in talk of one
ORG_OPEN_EXCEPTIONS = ("not_head", "never_head", "facility", "village_level", "organisation", "common_acronym",
                       "one_word_generic", "cued_head")
ORG_OPENERS = region_words()["org_head"] - frozenset().union(*(WORDS[k] for k in ORG_OPEN_EXCEPTIONS))
# every word the vocabulary weighs, of any kind
VOCABULARY = frozenset().union(*WORDS.values())
BODY_OR_POST = GOVERNMENT_HEADS | POSITION_WORDS
UNIT_NAMES = UNIT_WORDS | COMMON_ACRONYMS | NOT_PROGRAM_HEADS
BODY_WORDS = UNIT_WORDS | GOVERNMENT_HEADS  # first words of bodies ("Arsip", "Badan", "Kementerian")
NATION_NAMES = WORDS["nation"]  # the nation closing a national body's name


@dataclass
class Program:
    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    triggered: bool  # introduced by a trigger word: only government heads are refused
    name: str | None = None  # written differently from the text ("PKK Mandiri")
    listed: bool = False  # an item of a list of programs: an institution's head word needs a longer name
    topical: bool = False  # what guests came to learn, or a means: a topic written with capitals is no name
    source: str = field(default="", compare=False)  # the pattern that found it (a feature of the learned scorer)


@dataclass(frozen=True)
class _Item:
    """A candidate read as a name: what the program step keeps or refuses."""

    cand: _Candidate
    name: str
    key: str  # one program however its letters are doubled or its dashes typed
    span: tuple[int, int]  # the mention, without a leading trigger
    refusals: tuple[str, ...]  # the stop-list checks it fails
    sources: frozenset[str]  # every pattern that found this span
    in_heading: bool


class _Keywords:
    """Cheap substring tests that let a text skip regexes that cannot match in it."""

    def __init__(self, low: str) -> None:
        self.low = low

    def __call__(self, *words: str) -> bool:
        return any(w in self.low for w in words)


def _title_acts(words: list[str]) -> bool:
    """A position title doing something: a body or post word, or a title of several words as positions.csv writes
    it, then a verb of ``TITLE_ACTS``' shapes ("Bupati Menyapa Warga", "Wali Kota Menyapa Warga")."""
    for n in range(min(LONG_TITLE_WORDS, len(words) - 1), 0, -1):
        title = " ".join(words[:n]).lower()
        if title in LONG_TITLES or (n == 1 and title in BODY_OR_POST):
            return TITLE_ACTS.fullmatch(words[n]) is not None and words[n].lower() not in NEVER_HEADS
    return False


def _camel(token: str) -> bool:
    """Coined words: "SiMaNis", "tanyaKu", "eKTP", "e-Lembur" (an upper-case letter after a lower-case one)."""
    return bool(COINED.search(token))


def _topic_word(word: str) -> bool:
    """A word opening a topic rather than a name: a topic noun or a word of management ("Tata Kelola ...",
    "Manajemen ...")."""
    return _generic_word(word) or word.lower() in TOPIC_HEADS


def _generic_word(word: str) -> bool:
    """Topic nouns: pe-...-an / ke-...-an nominalisations ("pengentasan", "kemiskinan") and GENERIC."""
    w = word.lower()
    return w in GENERIC or (len(w) > 6 and w.startswith(("pe", "ke")) and w.endswith("an"))


def _capitalised_run(text: str, pos: int, max_tokens: int = 6) -> tuple[int, int] | None:
    """A run of capitalised / coined tokens starting at ``pos`` (connectors allowed inside)."""
    start = end = None
    count = 0
    joined = None  # end of a connector inside the name
    for m in NAME_TOKEN.finditer(text, pos):
        gap = text[(joined or end if end is not None else pos):m.start()]
        joined = None
        if (gap.strip() or "\n" in gap) and not (end is not None and gap in ("–", "—", "/")):
            break  # "Ekowisata Wonosalam–Permata Hati", "Sekolah/Madrasah ...": a dash or a slash joins a name's words
        tok = m.group()
        if tok[0].isupper() or (tok[0].isdigit() and start is not None) or _camel(tok):
            if start is None:
                start = m.start()
            end = m.end()
            count += 1
        elif tok.lower() in NAME_JOINERS and start is not None:
            nxt = NAME_TOKEN.match(text, m.end() + 1)
            if not (nxt and nxt.group()[0].isupper()):
                break
            joined = m.end()  # "Data Terpadu untuk Warga Sejahtera"; "dan" coordinates names instead
        else:
            break
        if count >= max_tokens:
            break
    if start is None:
        return None
    return start, end


def _lower_words(text: str, pos: int, limit: int) -> list[re.Match]:
    """Lower-case words from ``pos`` up to a stop word, punctuation or ``limit`` words."""
    words: list[re.Match] = []
    end = pos
    for m in NAME_TOKEN.finditer(text, pos):
        if text[end:m.start()].strip() or "\n" in text[end:m.start()]:
            break
        tok = m.group()
        if not tok.islower() or tok in STOP_AFTER:
            break
        words.append(m)
        end = m.end()
        if len(words) > limit:
            break
    return words


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    stop: int
    text: str


def _words_before(text: str, paren: int) -> list[_Word]:
    """The capitalised words (with connectors) written right before a bracket at ``paren``, at most ten."""
    words: list[_Word] = []
    end = paren
    lo = max(0, paren - 160)
    for m in reversed(list(re.finditer(r"\S+", text[lo:paren]))):
        start, stop = m.start() + lo, m.end() + lo
        if text[stop:end].strip() or "\n" in text[stop:end]:
            break
        word = m.group()
        if word[-1] in ",.;:)(\"”" or len(words) >= 10:
            break
        if not (word[0].isupper() or word[0].isdigit() or _camel(word) or word in NAME_CONNECTORS):
            break
        words.append(_Word(start, stop, word))
        end = start
    words.reverse()
    return words


def spelt_out(text: str, paren: int, acronym: str) -> tuple[int, int] | None:
    """The name an acronym in brackets at ``paren`` stands for: the longest run of capitalised words (with
    connectors such as "dan", "untuk" inside) before it that starts with the acronym's first letter and holds
    its letters in order ("Tim Gerakan Ekonomi dan Layanan untuk Anak Sekolah (GELAS)" -> from
    "Gerakan"); a name of at least two words."""
    words = _words_before(text, paren)
    letters = [c for c in acronym.lower() if c.isalpha()]
    for i, w in enumerate(words):
        if i > len(words) - 2 or w.text in NAME_CONNECTORS or w.text[0].lower() != letters[0] \
                or ROMAN.fullmatch(w.text):
            continue
        if w.text.lower() in PARTICIPANTS and i + 1 < len(words) and _spells(text[words[i + 1].start:paren], letters):
            continue  # "Peserta Pelatihan Kepemimpinan Administrator (PKA)": the course, without its participants
        if _spells(text[w.start:paren], letters):
            if any(v.text.lower() in GOVERNMENT_HEADS for v in words[:i]):
                return None  # "Kepala Dinas Pemberdayaan Masyarakat dan Desa (PMD)": a unit
            if words[i].text.lower() not in NAME_HEADS and any(
                    v.text.lower() in GOVERNMENT_HEADS for v in words[i + 1:]):
                return None  # "Pusat Pendidikan Lembaga Pertahanan (PPLP)": a body, unless "Klinik Badan ..."
            return w.start, words[-1].stop
    return None


def spelt_in_lower_case(text: str, start: int, paren: int, acronym: str) -> tuple[int, int] | None:
    """The lower-case words between ``start`` and a bracket at ``paren`` that an acronym of capitals spells out
    ("program gerakan warga bersih sungai (GWBS)" -> "gerakan warga bersih sungai"): from the first word
    opening with the acronym's first letter to the last word, which opens with its last letter, the acronym's
    letters in order; at least two words, none of them a clause's ("itu", "merupakan"), and no common acronym."""
    if not re.fullmatch(r"[A-Z]{3,8}", acronym) or acronym.lower() in COMMON_ACRONYMS:
        return None  # "aparatur sipil negara (ASN)": a group, no program
    letters = acronym.lower()
    words = list(NAME_TOKEN.finditer(text, start, paren))
    if len(words) < 2 or words[-1].group()[0].lower() != letters[-1] or text[words[-1].end():paren].strip():
        return None
    for i, w in enumerate(words[:-1]):
        if w.group()[0].lower() != letters[0] or any(
                v.group().lower() in STOP_AFTER - NAME_CONNECTORS for v in words[i:]):
            continue  # "aplikasi itu merupakan ...": a clause, no name
        if _spells(text[w.start():paren], letters):
            return w.start(), words[-1].end()
    return None


def _says_what(description: str) -> bool:
    """What a bracketed description says a name is (its kind word, then what it does) names no body, document or
    generic concept ("(Sistem Pemerintahan Berbasis Elektronik)" is a framework)."""
    low = description.lower()
    first = low.split()[1]
    return first not in GOVERNMENT_HEADS | NOT_PROGRAM_HEADS and not GENERIC_PHRASE.search(low) \
        and ORGANISATIONS.isdisjoint(low.split())


def _explains(name: str, expansion: str) -> bool:
    """A coined name followed by what it stands for: the expansion has at least three words and no comma (not
    a list of terms), starts with the name's first letter, holds the name's letters in order and names no
    government body ("Bapenda (Badan Pendapatan Daerah)" is a unit)."""
    words = expansion.split()
    if len(words) < 3 or "," in expansion or words[0].lower() in GOVERNMENT_HEADS | NOT_PROGRAM_HEADS:
        return False
    low_words = expansion.lower().split()
    if not NEVER_HEADS.isdisjoint(low_words[:2]) or any(g in expansion.lower() for g in GENERIC_ACTIVITIES
                                                         if " " in g):
        return False  # "SAKIP (Sistem Akuntabilitas ...)", "SPBE (Sistem Pemerintahan Berbasis Elektronik)"
    letters = [c for c in name.lower() if c.isalpha()]
    low = expansion.lower()
    if not letters or letters[0] != low[0]:
        return False
    at = 0
    for c in letters:
        at = low.find(c, at) + 1
        if not at:
            return False
    return True


def _written_in(name: str, text: str) -> bool:
    """A headline's ``name`` is written in ``text`` with its capitals (every word of a headline is capitalised:
    "Belajar Konservasi Laut" names a program only if the body writes "Konservasi Laut"); an all-capitals
    name needs only the letters."""
    if name.isupper():
        return occurs_in(name, text)
    chars = [re.escape(c) for c in name if not c.isspace()]
    return bool(chars) and re.search(r"(?<!\w)" + r"\s*".join(chars) + r"(?!\w)", text) is not None


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for s, e in spans:
        text = text[:s] + " " * (e - s) + text[e:]
    return text


def _before_government(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of a name before a government word inside it: "Bappeda Pemerintah Kota X" -> "Bappeda"."""
    for m in NAME_TOKEN.finditer(text, start, end):
        if m.start() > start and m.group().lower() in GOVERNMENTS:
            level = NAME_TOKEN.match(text, m.end() + 1)
            if m.group().lower() != "pemerintah" or (level and level.group().lower() in REGION_LEVELS):
                return start, len(text[:m.start()].rstrip(" ,"))  # not "Sistem Informasi Pemerintah Daerah"
    return start, end


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``start``..``end``."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    hi = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return lo, hi


def _about_a_program(text: str, start: int, end: int, twice: bool = True) -> bool:
    """The sentence around ``start``..``end`` speaks of a program ("meluncurkan", "inovasi" ...), or (with
    ``twice``) the text names it at least twice."""
    lo, hi = _sentence(text, start, end)
    return bool(PROGRAM_CUE.search(text, lo, hi)) or (twice and text.count(text[start:end]) >= 2)


def _quoted_in_talk(text: str, start: int, end: int) -> bool:
    """A quoted name at ``start``..``end`` stands in talk of programs: its sentence speaks of programs or of
    learning ("ingin meniru", "menimba ilmu soal"), or the text names it again as a whole (not inside a longer
    capitalised run)."""
    lo, hi = _sentence(text, start, end)
    if QUOTED_CUE.search(text, lo, hi):
        return True
    seen = 0
    for m in re.finditer(r"(?<![\w\-])" + re.escape(text[start:end]) + r"(?![\w\-])", text):
        if not CAPITALISED_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                and not CAPITALISED_AFTER.match(text, m.end()):
            seen += 1
    return seen >= 2


def _shouted(text: str, start: int, end: int) -> bool:
    """The word at ``start``..``end`` stands among words written in capitals ("SINERGI PEMKAB DAN DPRD")."""
    before = NAME_TOKEN.findall(text, max(0, start - 30), start)[-1:]
    after = NAME_TOKEN.findall(text, end, end + 30)[:1]
    return any(len(w) >= 3 and w.isupper() for w in before + after)


def _explaining(text: str, start: int, end: int, ends: set[int], reach: int = 40) -> bool:
    """The span ``start``..``end`` stands inside brackets written right after a name ending at one of ``ends``
    (maybe closed by a quote): it spells that name out. ``reach``: how far the bracket may open before it."""
    paren = text.rfind("(", max(0, start - reach), start + 1)
    if paren < 0 or ")" in text[paren:start] or ")" not in text[end:end + 60] or "(" in text[end:text.find(")", end)]:
        return False
    if len(text[:paren].rstrip().rstrip("\"”’'").rstrip()) in ends:
        return True
    # "SiMantap (Sistem Informasi Manajemen Tata Pangan)": a coined word before the bracket that it spells out
    coined = re.search(r"([\w\-]+)[ \t]*$", text[max(0, paren - 30):paren])
    word = coined.group(1) if coined else ""
    letters = [ch for ch in word.lower() if ch.isalpha()]
    return bool(letters) and (_camel(word) or (word.isupper() and len(letters) >= 3)) \
        and text[start:start + 1].lower() == letters[0] and _spells(text[start:end], letters)


def _in_event_title(text: str, pos: int) -> bool:
    """The word at ``pos`` stands inside an event's capitalised title ("Seminar Nasional Budaya Inovasi melalui
    Replikasi ..."): the capitalised words written before it open with an event or a never-program word."""
    words = text[max(0, pos - 120):pos].split()
    run: list[str] = []
    for w in reversed(words):
        if w[-1] in ",.;:)\"”" or not (w[0].isupper() or w in NAME_CONNECTORS):
            break
        run.append(w)
    caps = [w for w in reversed(run) if w[0].isupper()]
    return bool(caps) and caps[0].lower() in EVENTS | NEVER_HEADS


def _program_head(name: str) -> bool:
    """``name`` opens with a word of program names ("Gerakan", "Kartu", "Sistem"), no person's."""
    first = name.split()[0].lower() if name.split() else ""
    return first in PROGRAM_HEADS or first in TRIGGER_WORDS or first in CUED_HEADS


def _no_person(text: str, start: int, end: int, people: list[tuple[int, int]]) -> bool:
    """The list item at ``start:end``, read as an official's name, names no person: it holds a word of the program
    vocabulary ("Lumbung Jagung Warga"), or has three words or more, none a word of a person's name found elsewhere
    in the text ("Sarapan Sehat Pelajar"; not "Darso Wangsadipa", nor "Darso Wangsadipa Kusumo ... kata Kusumo")."""
    words = [w.strip(".,;:()\"“”'‘’").lower() for w in text[start:end].split()]
    if any(w in VOCABULARY for w in words):
        return True
    named = {w.strip(".,;:()\"“”'‘’").lower() for s, e in people if e <= start or s >= end for w in text[s:e].split()}
    return len(words) >= 3 and not any(w in named for w in words)


def _office_of(text: str, name: str) -> bool:
    """The text writes ``name`` right after a position title ("Kepala Dusun Sukamaju ...", "Ketua Forum X"): an
    office's unit, place or body, whose head or staff is meant, not a program; not a name opening with a word of
    program names (:func:`_program_head`: "Ketua Klinik X", "Koordinator Sistem X"), unless the title takes that
    word ("Kepala Kampung Sukamaju": a village's head)."""
    program_head = _program_head(name)
    at = text.find(name)
    while at >= 0:
        before = OFFICE_BEFORE.search(text, max(0, at - 30), at)
        if before and not text[at + len(name):at + len(name) + 1].isalnum() and not (
                program_head and f"{before.group().split()[-1]} {name.split()[0]}".lower() not in POSITION_FORMS):
            return True
        at = text.find(name, at + 1)
    return False


def _lead_length(text: str, start: int, end: int) -> int:
    m = LEAD_TRIGGER.match(text[start:end])
    return m.end() if m else 0


def _single_name(word: str) -> bool:
    """A one-word list item that may be a program: no topic noun ("Perdagangan"), no common acronym and no day or
    month (", Senin.")."""
    return not _generic_word(word) and word.lower() not in COMMON_ACRONYMS and word.lower() not in CALENDAR


def _every(checks: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(checks))


def _first(checks: Iterable[str]) -> tuple[str, ...]:
    return tuple(islice(checks, 1))


def _title(words: list[str]) -> str:
    return " ".join(w if not w.islower() else w[:1].upper() + w[1:] for w in words)


class ProgramFinder:
    def __init__(self, region_cores: set[str], weights: dict[str, Weights] | None = None) -> None:
        """``weights``: the learned scorer's, per profile (``nlp.program_model``); a profile without keeps what the
        stop-lists do not refuse (the hand rules)."""
        self.region_cores = region_cores
        self.weights = weights
        self.keep_items = False  # set by the trainer: ``last_items`` then holds the last text's items and features
        self.last_items: tuple = ()

    def find(self, text: str, regions: list[tuple[int, int, bool]], people: list[tuple[int, int]],
             body_start: int = 0, extra: list[tuple[int, int]] | None = None,
             ner: list[tuple[int, int]] | None = None) -> list[Program]:
        """Programs of ``text``. ``regions`` are region mentions (start, end, written with a level word): a
        program may contain a bare region name ("Bangga Buatan Sleman") but ends before "Kabupaten X";
        ``people`` are officials' names, which no program overlaps; ``extra`` are candidate spans found by
        the parser (full profile), filtered like the others; ``ner`` the NER model's PROGRAM spans (full
        profile with a NER model; None otherwise): features of the learned scorer."""
        blocked = [(s, e) for s, e, _ in regions]
        cut_at = [s for s, _, typed in regions if typed]
        villages = self._villages(text) if VILLAGE.search(text) else []
        cands: list[_Candidate] = []
        low = lower_same_length(text)
        has = _Keywords(low)
        for m in QUOTED.finditer(text) if has("\"", "“", "‘", "'") else ():
            cands.append(_Candidate(*m.span(1), True, source="quoted"))
        for m in QUOTED_DESCRIBED.finditer(text) if has("\"", "“", "‘") else ():
            if m.group()[0].islower() and STOP_AFTER.isdisjoint(m.group(1).split()) \
                    and not DESIGNATION_BEFORE.search(text, max(0, m.start(2) - 40), m.start(2) - 1):
                cands.append(_Candidate(*m.span(2), True, source="quoted"))
        for m in AFTER_TRIGGER.finditer(text):
            # a bracketed acronym stands in the name too: "Bagian Umum (BU) dan Layanan Aspirasi ..."
            # the words before it on its line and in its sentence ("... di Kota X. Program Y" opens a sentence)
            line_start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 30)
            before = [w for w in text[line_start:m.start()].split() if w not in ("dan", "&")]
            if before and before[-1][-1] in SENTENCE_CLOSERS:
                before = []
            title_case = ASIDE.match(text, text.rfind("\n", 0, m.start()) + 1)  # a linked title: all capitals
            if m.group()[0].isupper() and before and not title_case and (
                    before[-1][0].isupper() or BRACKETED_ACRONYM.fullmatch(before[-1])):
                continue  # the trigger is inside a capitalised name: "Pusat Inovasi Desa", "Riset dan Inovasi"
            if LAW_BEFORE.search(text, max(0, m.start() - 50), m.start()):
                continue  # "RUU Sistem Pendidikan ...", "Perda tentang Layanan ...": the title of a law
            if m.group()[0].islower() and text[max(0, m.start() - 1):m.start()] == "-":
                continue  # "program-program pro rakyat": the plural describes programs, it names none
            if RANKING.search(text, max(0, m.start() - 12), m.start()):
                continue  # "Top 40 Inovasi Pangan ...": a competition's title
            if THEME_OPEN.search(text, max(0, m.start() - 160), m.start()):
                continue  # a theme written as a sentence
            if m.group()[0].islower() and m.group().split()[0] in NAME_ONLY_TRIGGERS:
                continue  # "gerbang Labuan Bajo": a gate; "Gerbang ..." opens a name
            cands.extend(self._after_trigger(text, m, blocked))
        for m in QUOTED_NAME.finditer(text) if has("\"", "“", "‘") else ():  # quotes mark it as a name
            group = 1 if m.group(1) else 2
            # quotes alone mark slogans, brandings, dances and films too: a program's only in talk of programs
            # (its sentence, or the text naming it twice)
            if not DESIGNATION_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                    and not AWARD_CLAUSE.search(text, max(0, m.start() - 70), m.start()) \
                    and not self._nickname(text, m, blocked) and _quoted_in_talk(text, *m.span(group)):
                cands.append(_Candidate(*m.span(group), True, source="quoted_name"))
        for m in NAMING.finditer(text) if has("menama", "memberi nama") else ():
            run = _capitalised_run(text, m.end())
            if run:
                cands.append(_Candidate(*run, True, source="naming"))
        for m in TITLED.finditer(text) if has("bertajuk", "bertema", "berlabel", "bertagline") else ():
            run = _capitalised_run(text, m.end())  # an event or campaign title: "bertajuk Banyuwangi Rebound"
            quoted = QUOTE_BODY.match(text, m.end() - 1) if text[m.end() - 1:m.end()] in "\"“" else None
            if run and quoted and run[1] < quoted.end(1):
                continue  # a theme written as a sentence: bertema "Bersatu kita maju, rakyat sejahtera"
            if run:
                cands.append(_Candidate(*run, True, source="titled"))
        for m in THROUGH.finditer(text) if has("melalui", "lewat") else ():
            run = _capitalised_run(text, m.end())  # "melalui Jumat Curhat": a named means
            run = run and _before_government(text, *run)
            if run and len(text[run[0]:run[1]].split()) >= 2 and not _in_event_title(text, m.start()):
                cands.append(_Candidate(*run, False, topical=True, source="through"))
        for m in NAMED.finditer(text) if has("nama", "juluk", "sebutan") else ():
            if re.search(TRIGGER, text[max(0, m.start() - 120):m.start()], re.IGNORECASE):
                run = _capitalised_run(text, m.end())
                if run:
                    cands.append(_Candidate(*run, True, source="named"))
        renamed: list[tuple[int, int]] = []  # where names renamed by the one after them stand
        for m in GOES_BY.finditer(text) if has("disebut", "dikenal") else ():
            # "program X, yang biasa disebut “Y”": Y renames the program named right before it (X of two words or
            # more, no title closing it: "program Bupati yang disebut ..." names a person)
            before = GOES_BY_BEFORE.search(text, max(0, m.start() - 120), m.start())
            own = before and before.group(1).split()
            if own and len(own) >= 2 and own[-1].lower() not in POSITION_WORDS:
                run = _capitalised_run(text, m.end())
                if run:
                    cands.append(_Candidate(*run, True, source="named"))
                    renamed.append((before.start(1), m.start()))
        list_words = ("seperti", "antara", "yakni", "yaitu", "meliputi", "adalah", "ialah")
        for m in LIST_INTRO.finditer(text) if has(*list_words) else ():
            cands.extend(_Candidate(s, e, False, listed=True, source="list")
                         for s, e in self._list_items(text, m.end(), coined_only=True))
        for m in COLON_INTRO.finditer(text) if ":" in text else ():
            kind = list(COLON_KIND.finditer(m.group()))[-1]  # the one nearest the colon
            before = text[max(0, m.start() + kind.start() - 30):m.start() + kind.start()].split()
            if kind.group()[0].isupper() and before and before[-1][0].isupper():
                continue  # "Kelas Inovasi: Drum Up, ...": the word is inside a name, its stages follow
            cands.extend(_Candidate(s, e, False, listed=True, source="colon_list")
                         for s, e in self._list_items(text, m.end(), coined_only=False))
        for m in EXAMPLE_INTRO.finditer(text) if has("satunya", "contoh", "misal", "termasuk", "berupa") else ():
            cands.extend(_Candidate(s, e, False, listed=True, source="example_list")
                         for s, e in self._list_items(text, m.end(), coined_only=False))
        for m in LIST_LINES_INTRO.finditer(text) if ":" in text else ():  # "tiga inovasi, yakni:\n1. Name (...)"
            cands.extend(_Candidate(s, e, False, listed=True, source="line_list")
                         for s, e in self._line_items(text, m.end()))
        for m in ORDINAL_INTRO.finditer(text) if has("pertama") else ():  # "pertama, X; kedua, Y; ..."
            items = self._ordinal_items(text, m.end() - len("pertama"))
            cands.extend(_Candidate(s, e, True, listed=True, source="ordinal") for s, e in items)
        learn_words = ("tertarik", "belajar", "mempelajari", "menimba", "mereplikasi", "mengadopsi", "meniru",
                       "tentang", "mengenai", "terkait", "soal")
        for m in LEARN_LIST.finditer(text) if has(*learn_words) else ():  # what a delegation came to learn
            cands.extend(_Candidate(s, e, True, topical=True, source="learn")
                         for s, e in self._list_items(text, m.end(), coined_only=False, contiguous=True))
        acronyms: dict[str, tuple[int, int]] = {}
        strays: dict[str, tuple[int, int]] = {}  # names an acronym's letters stray from: when none spells it out
        for p in PAREN_ACRONYM.finditer(text) if "(" in text else ():  # "Name Of The Thing (NOTT)"
            span = spelt_out(text, p.start(), p.group(1))
            if not span:
                described = DESCRIBED_BEFORE.search(text, max(0, p.start() - 90), p.start())
                if described and GOVERNMENT_HEADS.isdisjoint(described.group().lower().split()):
                    lower = spelt_in_lower_case(text, described.start(), p.start(), p.group(1))
                    if lower:  # "gerakan warga bersih sungai (GWBS)": the description is the name
                        acronyms[p.group(1)] = lower
                        cands.append(_Candidate(*lower, True, source="acronym"))
                        continue
                    # "sistem informasi wisata Batu (Sip Wisata)"; not the short form of a generic phrase
                    # ("program kerja (Proker)")
                    # ("sistem bangun guna serah (BOT)": an acronym of other words, a foreign term)
                    letters = [ch for ch in p.group(1).lower() if ch.isalpha()]
                    # ("inovasi layanan publik (Yanlik)": of a generic phrase; "penyuluhan Perda (X)": of a law's)
                    said = described.group().lower().split()[1:]
                    if not all(_generic_word(w) or w in TRIGGER_WORDS for w in said) and NEVER_HEADS.isdisjoint(said) \
                            and (not p.group(1).isupper() or _spells(described.group(), letters)):
                        cands.append(_Candidate(*p.span(1), True, source="acronym"))
                else:  # "ke mal pelayanan publik (MPP)": a program's head word, spelt out in lower case
                    headed = HEAD_DESCRIBED.search(text, max(0, p.start() - 90), p.start())
                    lower = headed and spelt_in_lower_case(text, headed.start(), p.start(), p.group(1))
                    if lower and text[lower[0]:lower[0] + len(headed.group(1))] == headed.group(1):
                        acronyms[p.group(1)] = lower
                        cands.append(_Candidate(*lower, True, source="acronym"))
                        continue
                before = _words_before(text, p.start())
                if len(before) >= 2:  # its letters stray from the name's ("... Interaktif (SIBATIK)"): still its name
                    strays.setdefault(p.group(1), (before[0].start, before[-1].stop))
                continue
            acronyms.setdefault(p.group(1), span)  # the first name an acronym is spelt out for
            if p.group(1).lower() in COMMON_ACRONYMS:
                continue  # "Usaha Mikro Kecil Menengah (UMKM)": a sector or a body, named near a program
            # a program verb in the same sentence, before the name (not in the headline above it)
            lo = max(span[0] - 60, text.rfind("\n", 0, span[0]) + 1, text.rfind(". ", 0, span[0]) + 1, 0)
            if PROGRAM_VERBS.search(text[lo:span[0]]) or KIND_AFTER_PAREN.match(text, p.end()) \
                    or OWNED.match(text, p.end()):  # "Pusat Layanan Tani (PLT) yang dikelola Dinas ..."
                cands.append(_Candidate(*span, False, source="acronym"))
        for acronym, span in strays.items():
            acronyms.setdefault(acronym, span)
        for m in EXPLAINED.finditer(text) if "(" in text else ():  # "Sipanda (Sistem Pajak Daerah ...)"
            if _explains(m.group(1), m.group(2)) and not STAFF_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                cands.append(_Candidate(*m.span(1), False, source="explained"))
        for m in EXPLAINED_KIND.finditer(text) if "(" in text and KIND_PAREN.search(text) else ():
            if _says_what(m.group(2)) and not STAFF_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                start, words = m.start(1), m.group(1).split()
                if len(words) > 1 and not words[0].isupper() and not _camel(words[0]) \
                        and all(w.isupper() or _camel(w) for w in words[1:]):
                    # "Launching SIAP KERJA (Sistem ...)", "Ada SiMantap (Sistem ...)": the acronym or coined word
                    start = m.start(1) + len(words[0]) + 1
                cands.append(_Candidate(start, m.end(1), False, source="explained"))
        for m in SI_ACRONYM.finditer(text) if "SI" in text else ():  # "terhubung dengan SIDOMPT" (Sistem Informasi ...)
            if _about_a_program(text, m.start(), m.end()) and not _shouted(text, m.start(), m.end()):
                cands.append(_Candidate(*m.span(), False, source="si_acronym"))
        for m in E_SERVICE.finditer(text) if "-" in text else ():
            cands.append(_Candidate(*m.span(), True, source="e_service"))
        for m in E_TWO.finditer(text) if "-" in text else ():
            if m.group(1) in E_TWO_WORDS:
                cands.append(_Candidate(*m.span(), True, source="e_service"))
        for m in COINED_KU.finditer(text) if KU_HINT.search(text) else ():
            head = m.group(1) and m.group(1).lower() in PROGRAM_HEADS | CUED_HEADS | TRIGGER_WORDS
            if not head and not _about_a_program(text, m.start(2), m.end()) \
                    and not PROGRAM_CUE.search(text, max(0, m.start(2) - 200), m.start(2)):
                continue  # "menginap di Hotel GriyaKu", "lagu NegeriKu": a coined possessive in no talk of programs
            cands.append(_Candidate(m.start(1) if head else m.start(2), m.end(), True, source="shape"))
        for m in CAPITAL_RUN.finditer(text):
            if not SHAPE_WORDS.isdisjoint(m.group().lower().split()):
                cands.extend(self._shaped(text, m, blocked))
        launch_words = ("meluncurkan", "mencanangkan", "menggagas", "menggulirkan", "menginisiasi", "launching",
                        "meresmikan")
        for m in LAUNCH.finditer(text) if has(*launch_words) else ():  # "meluncurkan Sapa Warga", "Simonalis"
            run = _capitalised_run(text, m.end())
            if run:
                cands.append(_Candidate(*run, False, source="launch"))
        for m in APPLY.finditer(text) if has("menerap", "menjalankan", "mereplikasi", "mengadopsi") else ():
            run = _capitalised_run(text, m.end())  # "giat menerapkan Desa Terbuka dan Desa Ramah Difabel"
            if run and len(text[run[0]:run[1]].split()) >= 2:
                cands.append(_Candidate(*run, True, topical=True, source="apply"))
                head = text[run[0]:run[1]].split()[0]
                if head.lower() not in NEVER_HEADS | GOVERNMENT_HEADS:  # not "Anggaran Pendapatan dan Belanja ..."
                    cands.extend(replace(c, topical=True) for c in self._coordinated(text, run[1], head))
        for m in IS_A.finditer(text) if has("merupakan", "adalah", "ialah", "menjadi") else ():
            # "Penanganan Stunting merupakan program prioritas": a topic; "... merupakan inovasi" names one
            cands.append(_Candidate(*m.span(1), False, topical=not m.group().endswith(("inovasi", "aplikasi")),
                                    source="is_a"))
        for m in APPOSITIVE_KIND.finditer(text) if has("sebuah", "salah satu") else ():
            cands.append(_Candidate(*m.span(1), False, source="appositive"))  # "Simonalis, sebuah aplikasi perizinan"
        for m in APPOSITIVE_BARE.finditer(text) if ", " in text else ():
            if VERB_FORM.match(m.group().rsplit(None, 1)[-1]):
                continue  # "X, program menyasar ...": a clause about something else
            cands.append(_Candidate(*m.span(1), False, source="appositive"))
            lo = max(0, m.start(1) - 80)
            lead = COORD_BEFORE.search(text, lo, m.start(1))
            if lead:  # "Tabungan Emas Warga dan Pinjam Tanpa Bunga, program ...": both names
                cands.append(_Candidate(*lead.span(1), False, source="appositive"))
        # from the parser and the NER model (full profile): like English-shaped names, only in a sentence that
        # speaks of a program or when the text names them twice
        cands.extend(_Candidate(s, e, False, source="extra") for s, e in extra or () if _about_a_program(text, s, e))
        cands = [replace(c, start=t[0], end=t[1]) for c in cands
                 if (t := self._trim(text, c.start, c.end, cut_at, villages))]
        # "gerakan 50 sekolah hijau" beside "Gerakan Menuju 50 Sekolah Hijau": the same words name the same program
        numbered = [c for c in cands if text[c.start:c.start + 1].isdigit()]
        if numbered:
            cands = [c for c in cands if c not in numbered or not any(
                o.start != c.start and re.search(r"(?<!\S)" + re.escape(text[c.start:c.end].lower()) + r"(?!\S)",
                                                 text[o.start:o.end].lower()) for o in cands)]
        # "Pusat Layanan Air dan Sanitasi (PLAS)": a list split the name at "dan"; its acronym joins it again
        spans = {s: e for s, e in acronyms.values()}
        cands = [replace(c, end=spans[c.start])
                 if c.name is None and spans.get(c.start, 0) > c.end
                 and re.fullmatch(r"[ \t]+(?:dan|&)[ \t]+[A-Z][^()\n]*", text[c.end:spans[c.start]]) else c
                 for c in cands]
        # "Mal Layanan Warga (MLW) Digital Desa": the words after the acronym go on with the name spelt out before it
        cands = [c for c in cands if not self._after_spelt_acronym(text, c.start, acronyms)
                 and not any(s <= c.start and c.end <= e for s, e in renamed)]
        # a name inside a longer one is the same program ("Gerakan Bela Produk Lokal" / "Bela Produk Lokal")
        lead = {c: c.start + _lead_length(text, c.start, c.end) for c in cands}  # "Aplikasi X" is X
        cands = [c for c in cands if c.end > c.start and not any(
            lead[o] <= lead[c] and c.end <= o.end and (o.end - lead[o]) > (c.end - lead[c]) for o in cands)]
        # no program overlaps an official's name, unless it opens with a program's head ("Bupati, yakni Gerbang
        # Desa Mandiri" read as a name) or is an item of a list a program word opens that reads as no person's name
        # ("program andalan Bupati, yakni A, B dan C": A, B read as the title's holders)
        cands = [c for c in cands if _program_head(text[c.start:c.end])
                 or (c.listed and _no_person(text, c.start, c.end, people))
                 or not any(s < c.end and c.start < e for s, e in people)]
        # "Jalur Emas (Jaringan Layanan Usaha ...)", "“Sapa Malam” (Siap Antar Pelayanan Malam)": what a name in
        # brackets spells out is the same program
        ends = {c.end for c in cands}
        # ... and so is a name coordinated inside them ("SIPADU (Sistem Pengaduan Terpadu ... dan Ramah)")
        cands = [c for c in cands if not _explaining(text, c.start, c.end, ends,
                                                     120 if c.source == "coordinated" else 40)]
        # "Sipanen atau Sistem Pencatatan Panen": a name after "atau" that one of them spells is
        # the same program written again
        cands = [c for c in cands if not self._alias(text, c, cands)]
        weights = (self.weights or {}).get("free" if ner is None else "full")
        items = self._gather(text, cands, blocked, acronyms, body_start, every=weights is not None or self.keep_items)
        if weights is None and not self.keep_items:
            keep = [not item.refusals for item in items]
        else:
            rows = item_features(text, items, blocked, ner)
            keep = [weights.accept(f) for f in rows] if weights else [not item.refusals for item in items]
            if self.keep_items:  # for training (nlp/train_programs.py)
                self.last_items = (text, items, rows, acronyms)
        return self._select(text, items, acronyms, keep)

    @staticmethod
    def _after_spelt_acronym(text: str, start: int, acronyms: dict[str, tuple[int, int]]) -> bool:
        """``start`` follows an acronym in brackets right after the name it spells out: "Name (ACR) Rest"."""
        m = ACRONYM_BEFORE.search(text, max(0, start - 24), start)
        return bool(m) and m.group(1) in acronyms and acronyms[m.group(1)][1] == len(text[:m.start()].rstrip())

    @staticmethod
    def _alias(text: str, c: _Candidate, cands: list[_Candidate]) -> bool:
        """``c`` follows another candidate and "atau", and the one-word name of the two is spelt by the other, or
        ``c`` is a longer name spelling the other (of two words or more): the same program told in full."""
        lead = ALIAS_BEFORE.search(text, max(0, c.start - 12), c.start)
        if not lead:
            return False
        name = text[c.start:c.end]
        for o in cands:
            if o.end == lead.start() and o is not c:
                other = LEAD_TRIGGER.sub("", text[o.start:o.end])
                if 2 <= len(other.split()) < len(name.split()) and _told_in_full(other, name):
                    return True  # "Sapa Dilan atau Sayur di Lahan Pekarangan": the coined name told long
                short, long = sorted((name, other), key=len)
                letters = [ch for ch in short.lower() if ch.isalpha()]
                if letters and long[:1].lower() == letters[0] and len(short.split()) == 1 < len(long.split()) \
                        and _spells(long, letters):
                    return True
        return False

    @staticmethod
    def _nickname(text: str, m: re.Match, blocked: list[tuple[int, int]]) -> bool:
        """A quoted name that names a place or a group: after "ke"/"di"/"dari", explained by a building or a body,
        after the capitalised noun it names, or a "Kota ..." nickname written before the region it stands for."""
        if PLACE_BEFORE.search(text, max(0, m.start() - 15), m.start()):
            return True
        # explained by a building or a body in brackets or right after it: '"Rumah Rakyat" (Gedung DPRD ...)',
        # "‘Rumah Rakyat’ gedung DPRD"
        after = re.match(r"[ \t]*\(?[ \t]*([A-Za-z]+)", text[m.end():m.end() + 40])
        if after and after.group(1).lower() in FACILITY | GOVERNMENT_HEADS | NOT_PROGRAM_HEADS:
            return True
        # the name of what the capitalised word before it names: 'Kelompok Tani "Tunas Harapan"', 'Batik "Sekar"'
        # (not a unit's or a region's word: 'Inovasi Dinas Kesehatan "Sapa Warga"', 'inovasi Sukamaju "Sapa Warga"')
        lo = max(0, m.start() - 30)
        before = re.search(r"(?<![.!?:;,\n])[ \t]([A-Z][a-z]+)[ \t]*$", text[lo:m.start()])
        if before and before.group(1).lower() not in TRIGGER_WORDS | PROGRAM_HEADS | CUED_HEADS | UNIT_WORDS \
                | GOVERNMENT_HEADS and not VERB_FORM.fullmatch(before.group(1).lower()) \
                and not any(s <= lo + before.start(1) < e for s, e in blocked):
            return True
        first = (m.group(1) or m.group(2) or "").split()[0].lower()
        nxt = len(text[:m.end()]) + len(text[m.end():]) - len(text[m.end():].lstrip(" \t"))
        return first in REGION_LEVELS and any(s == nxt for s, _ in blocked)

    @staticmethod
    def _shaped(text: str, m: re.Match, blocked: list[tuple[int, int]]) -> list[_Candidate]:
        """A capitalised run with a program head ("Gerakan ...") or English program words (in a sentence about
        a program, or named twice); a capital that only opens the sentence is not part of the name, nor a region
        opening it after "dari"."""
        words = list(re.finditer(r"\S+", m.group()))
        lows = [w.group().lower() for w in words]
        for i, low in enumerate(lows):
            if low in PROGRAM_HEADS and len(words) - i >= 2:
                if any(w in NOT_PROGRAM_HEADS or w in ORGANISATIONS for w in lows[:i]):
                    return []  # "Partai Gerakan ...", "Kwartir Gerakan ...": the head names an organisation
                return [_Candidate(m.start() + words[i].start(), m.end(), False, source="shape")]
        for i, low in enumerate(lows):
            if low in CUED_HEADS and len(words) - i >= 2 and lows[i + 1] not in NOT_AFTER_HEAD \
                    and not _generic_word(lows[i + 1]) and not (i and lows[i - 1] in NOT_BEFORE_HEAD):
                # "Kampung Siaga Banjir", "Rumah Gizi Anak": a program only in a sentence about one, not a
                # place one goes to ("di Kampung Baru", "Rumah Sakit", "Tuan Rumah", "Desa Kampung Baru")
                start, end = m.start() + words[i].start(), m.end()
                if i + 2 < len(words) and words[i + 1].group().isupper():
                    end = m.start() + words[i + 1].end()  # "Kampung ASI Sukamaju": the program, then its place
                before = text[max(0, start - 20):start].rstrip("\"“‘ \t")
                if before.split()[-1:] and before.split()[-1].lower() in NOT_BEFORE_HEAD \
                        or PLACE_BEFORE.search(before):
                    return []
                if not _about_a_program(text, start, end, twice=False):
                    return []
                return [_Candidate(start, end, True, source="shape")]
        if not any(w in ENGLISH for w in lows):
            return []
        start = m.start()
        opens_sentence = start == 0 or text[max(0, start - 2):start].strip() in (".", "") or \
            text[start - 1] == "\n"
        if opens_sentence and len(words) >= 3 and lows[0] not in ENGLISH:
            start += words[1].start()
        region = next((e for s, e in blocked if s == start and e < m.end()), None)
        if region is not None and FROM_BEFORE.search(text, max(0, start - 60), start):
            start = region + len(text[region:m.end()]) - len(text[region:m.end()].lstrip())
            # "belajar inovasi dari Sukamaju Smart Nagari": the region it comes from, then its name
        # English words alone also name hubs, units, places and events ("Creative Hub", "Smart City" offices):
        # the sentence must speak of a program, or the text name it twice
        if not _about_a_program(text, start, m.end()) or PLACE_BEFORE.search(text, max(0, start - 15), start):
            return []  # "di Sukamaju Food Court", "menuju X Smart City": a venue or a place one goes to
        return [_Candidate(start, m.end(), False, source="english")]

    def _after_trigger(self, text: str, m: re.Match, blocked: list[tuple[int, int]]) -> list[_Candidate]:
        counted = NUMBER_NAME.match(text, m.end())
        if counted:
            # "program 3 rumah 1 sumur", "program 50 smart school": a name that opens with a number (not a year),
            # up to a clause word, a time word, a title, a verb or punctuation ("... tahun ini", "... Bupati"), three
            # words at least, with a second number, a capital or an English program word in it (not "layanan 24 jam
            # nonstop"; nor a number of time units, a duration or a work plan: "program 100 hari kerja")
            words = list(NAME_TOKEN.finditer(text, m.end(), counted.end()))
            kept = list(takewhile(lambda w: w.group().lower() not in NUMBER_NAME_STOP
                                            and not VERB_FORM.fullmatch(w.group().lower()), words))
            if len(kept) >= 3 and not YEAR.fullmatch(kept[0].group()) and any(
                    w.group()[0].isdigit() or w.group()[0].isupper() or w.group().lower() in ENGLISH
                    for w in kept[1:]):
                return [_Candidate(kept[0].start(), kept[-1].end(), True, source="trigger")]
            return []
        run = _capitalised_run(text, m.end())
        if run and any(s <= run[0] and run[1] <= e for s, e in blocked):
            return []  # "inovasi Sumbar, Balitbang Sumbar ...": a region, and no list of programs
        if run:
            name = text[run[0]:run[1]]
            tail = _lower_words(text, run[1], 2)
            if len(name.split()) == 1 and name.isupper() and tail and len(tail) <= 2 \
                    and COORD_OR_END.match(text, tail[-1].end()) \
                    and not (len(tail) == 2 and VERB_FORM.fullmatch(tail[0].group())):
                # "program PKK mandiri": an acronym and its lower-case complement (not a predicate: "layanan LPK
                # tergolong ramai"; "program RTLH terpadu" is one)
                words = [name] + [t.group() for t in tail]
                return [_Candidate(run[0], tail[-1].end(), True, _title(words), source="trigger")]
            if len(name.split()) == 1 and not name.isupper() and tail and not _camel(name) \
                    and not VERB_FORM.match(tail[0].group()):
                if len(tail) <= 2 and COORD_OR_END.match(text, tail[-1].end()) and not any(
                        _generic_word(t.group()) or VERB_FORM.match(t.group()) for t in tail):
                    # "inovasi Ojek sehat serta ...": a name written half in lower case
                    return [_Candidate(run[0], tail[-1].end(), True, source="trigger")] + \
                        self._coordinated(text, tail[-1].end())
                return []  # "program Stop perundungan di sekolah": the name goes on in lower case
            run = self._through_ke(text, run)
            if m.group()[0].isupper() and m.group().split()[0].lower() in NAMING_TRIGGERS:
                run = (m.start(), run[1])  # "Sistem Antrean Daring", "Layanan Klinik Usaha": part of the name
            return [_Candidate(*run, True, source="trigger")] + self._coordinated(text, run[1])
        e_word = E_LOWER.match(text, m.end())
        if e_word and _e_service(e_word, E_LOWER_COORD.match(text, e_word.end())):
            # "inovasi e-absensi, yaitu ...", "sistem e pasar dan e retribusi": e-services written in lower case
            out = [_Candidate(*e_word.span(), True, source="trigger")]
            while (more := E_LOWER_COORD.match(text, out[-1].end)) and _e_service(E_LOWER.match(more.group(1)), True):
                out.append(_Candidate(*more.span(1), True, source="coordinated"))  # "aplikasi e-absensi dan e-cuti"
            return out
        described = self._after_description(text, m.end())
        if described:
            return described
        if not m.group().lower().startswith("program"):
            return []
        words = _lower_words(text, m.end(), 4)
        if not words:
            return []
        after = text[words[-1].end():words[-1].end() + 40]
        ends = after[:1] in (".", ",", ";") or re.match(r"\s+(?:yang|ini|itu|tersebut)\b", after)
        # "program kelas warga berbasis desa yang digagas Pemkab X": a coined program of a government
        owned = OWNED.match(after)
        phrase = " ".join(w.group() for w in words)
        # "program kakak asuh kelurahan": two own words, then the level that runs it
        body = words[:-1] if len(words) >= 3 and words[-1].group() in LEVEL_TAILS else words
        # nor a description: a verb or a process noun first, a span of time in it ("program berbasis data", "program
        # digitalisasi desa", "program lima tahun", "program tahun lalu")
        lowered = [w.group().lower() for w in words]
        described = (PREFIXED_VERB.fullmatch(lowered[0]) and lowered[0] not in NOT_VERBS) \
            or lowered[0].endswith("isasi") or _span_of_time(lowered + after.split()[:1])
        if 2 <= len(words) <= (4 if owned else 3) and ends and phrase not in GENERIC_ACTIVITIES and not described \
                and not any(_generic_word(w.group()) for w in body):
            return [_Candidate(words[0].start(), words[-1].end(), True, _title([w.group() for w in words]),
                               source="trigger")]
        return []

    def _after_description(self, text: str, pos: int) -> list[_Candidate]:
        """ "inovasi kesehatan Senyum Sehat", "program pengentasan kemiskinan Gerdu Taskin": up to three
        lower-case words describing the kind of program, then its capitalised name."""
        words = _lower_words(text, pos, 2)
        if not words or len(words) > 3 or text[words[-1].end():words[-1].end() + 1] != " ":
            return []
        run = _capitalised_run(text, words[-1].end() + 1)
        if not run:
            return []
        name = text[run[0]:run[1]]
        first = name.split()[0]
        if first.lower() in GOVERNMENT_HEADS or first.lower() in NOT_PROGRAM_HEADS or first.lower() in COMMON_ACRONYMS:
            return []
        last = words[-1].group()
        if len(last) > 6 and last.startswith("pe") and last.endswith("an"):
            return []  # "gerakan massal pengendalian HPT": an action, then its object ("... kemiskinan Gerdu X" names)
        if len(name.split()) == 1 and not (name.isupper() and len(name) >= 4 or _camel(name)
                                           or MEANING_AFTER.match(text, run[1])):
            return []  # a lone capitalised word may be a place or a person: "program desa Sukamaju"
        # "program pencegahan Pungutan Liar": a topic written with capitals is no name (topical: refused in _collect)
        return [_Candidate(*run, True, topical=True, source="described")] + self._coordinated(text, run[1])

    @staticmethod
    def _coordinated(text: str, pos: int, head: str | None = None) -> list[_Candidate]:
        """ "program Banyuwangi Rebound dan Jagoan Tani": names joined to a triggered one are programs too
        (two capitalised words, a coined word or one word closing the list; "dan Pemkab X" is no program, but
        "Desa Terbuka dan Desa Ramah Difabel" repeats the ``head`` of the first name)."""
        out = []
        while True:
            m = COORD.match(text, pos)
            if not m:
                return out
            run = _capitalised_run(text, m.end())
            if not run:
                return out
            words = text[run[0]:run[1]].split()
            if words[0].lower() in NOT_PROGRAM_HEADS | POSITION_WORDS and not (words[0] == head and len(words) >= 2):
                return out
            acronym = len(words[0]) >= 3 and words[0].isupper() and words[0].lower() not in UNIT_WORDS
            if len(words) == 1 and not _camel(words[0]) and not acronym and not (
                    _single_name(words[0]) and COORD_OR_END.match(text, run[1])):
                return out  # one word: only a name standing alone ("serta Kancilku, yaitu ...")
            after = NAME_TOKEN.match(text, run[1] + 1) if text[run[1]:run[1] + 1] == " " else None
            if after and VERB_FORM.fullmatch(after.group()) and not re.search(r"\b(?:dan|serta)\b", m.group()):
                return out  # "program X, Banyu Prasojo menegaskan ...": the subject of the next clause
            # "Sistem X serta Manajemen Talenta": a topic
            out.append(_Candidate(*run, True, topical=True, source="coordinated"))
            pos = run[1]

    def _through_ke(self, text: str, run: tuple[int, int]) -> tuple[int, int]:
        """ "Gerakan Kembali ke Sekolah": "ke" inside a name, when what follows is no region or government."""
        m = KE_TAIL.match(text, run[1])
        if m and m.group(1).lower() not in self.region_cores and m.group(1).lower() not in GOVERNMENT_HEADS \
                and m.group(1).lower() not in REGION_LEVELS:  # "... ke Kabupaten X"
            nxt = _capitalised_run(text, m.start(1), 3)
            if nxt:
                return run[0], nxt[1]
        return run

    @staticmethod
    def _trim(text: str, start: int, end: int, cut_at: list[int],
              villages: list[tuple[int, bool, int]] = ()) -> tuple[int, int]:
        """Cut a name before a region written with its level word ("Pusat Inovasi Desa
        Kabupaten Kebumen"), before a village that runs it (``villages``), before a government named after it,
        before its year ("Kampung Sehat Tahun 2025") and a connector left at its end ("... ke")."""
        for b_start in cut_at:
            if start < b_start < end:
                end = b_start
        lead = start + _lead_length(text, start, end)
        for v_start, place, closing in villages:
            if closing and text[v_start + closing:end].strip(" ,"):
                continue  # the place alone cuts only where it closes the name ("Gerakan X Bersih" stays whole)
            if start < v_start < end and (place or len(text[lead:v_start].split()) >= 2):
                end = v_start  # "Smart Dusun Desa Sukamaju" (not "Gerakan Desa Sehat": "Desa Sehat" is its name)
        tail = YEAR_TAIL.search(text, start, end)
        if tail and tail.start() > start:
            end = tail.start()
        end = len(text[:end].rstrip(" ,"))
        if text.endswith("-nya", start, end):
            end -= 4  # "sistem Dapodik-nya": the name without its possessive
        while (last := text[start:end].rsplit(None, 1)) and len(last) == 2 and last[1] in STOP_AFTER:
            end = start + len(last[0].rstrip(" ,"))
        return _before_government(text, start, end)

    @staticmethod
    def _villages(text: str) -> list[tuple[int, bool, int]]:
        """Where villages and districts are named: each "Desa X" (with whether the text writes X as a place:
        "di / ke / dari Desa X", "Desa X, Kecamatan Y"), and X alone where the text writes it so ("Simdeskita X"
        after "di Desa X"), with its length: it cuts a name only where it closes it."""
        named: dict[str, list[int]] = {}
        places: set[str] = set()
        for m in VILLAGE.finditer(text):
            run = _capitalised_run(text, m.end(), 3)
            if run and not VILLAGE.match(text, run[0]):  # "Desa Desa X": the second one names it
                name = text[run[0]:run[1]]
                named.setdefault(name, []).append(m.start())
                if PLACE_PREPOSITION.search(text, max(0, m.start() - 6), m.start()) \
                        or PLACE_LEVEL_AFTER.match(text, run[1]):
                    places.add(name)
        out = []
        for name, starts in named.items():
            out.extend((s, name in places, 0) for s in starts)
            at = text.find(name, 2) if name in places else -1
            while at >= 0:  # the place alone, closing another name: "Simdeskita X"
                after = text[at + len(name):at + len(name) + 1]
                if text[at - 1] == " " and (text[at - 2].isalnum() or text[at - 2] == "-") \
                        and not (after.isalnum() or after == "_"):
                    out.append((at, True, len(name)))
                at = text.find(name, at + 1)
        return out

    @staticmethod
    def _list_items(text: str, pos: int, coined_only: bool, contiguous: bool = False) -> list[tuple[int, int]]:
        """Names in a list: "seperti Desa Pintar, layanan online, Si Ceria, dan Si Rajin". With ``coined_only``
        single capitalised words count; otherwise an item needs two capitalised words or a coined word.
        ``contiguous`` lists end at the first item that is no name ("Smart Dusun, serta pariwisata")."""
        end = len(text)
        for stop in (".\n", ". ", "\n", ";"):
            i = text.find(stop, pos)
            if 0 <= i < end:
                end = i
        if end == len(text) and text.endswith("."):
            end -= 1  # the text's last sentence
        items = []
        in_unit = False  # inside an owner's name split by the list's commas ("dari Dinas Perindustrian, Perdagangan")
        for part in re.split(r",\s*(?:dan\s+|serta\s+|hingga\s+|atau\s+)?|\s+(?:dan|serta|hingga|atau)\s+",
                             text[pos:end]):
            part_start = text.find(part, pos)
            if part_start < 0 or not part.strip():
                continue
            pos = part_start + len(part)
            then = LIST_THEN.match(part)  # "..., lalu Aksi Tani Cerdas atau ...": the next item
            if then:
                part, part_start = part[then.end():], part_start + then.end()
                in_unit = False
            number = ITEM_NUMBER.match(part)  # "yaitu 1) Kampung Cakap, 2) ..."
            if number:
                part, part_start = part[number.end():], part_start + number.end()
            if items and part.split()[0].isupper() and len(part.split()[0]) >= 3 \
                    and re.search(r"\batau\s+$", text[max(0, part_start - 8):part_start]):
                continue  # "Sistem Antrean Daring atau SIAD": the same program's acronym
            if part[:1].isupper():
                run = _capitalised_run(text, part_start)
                words = text[run[0]:run[1]].split() if run else []
                if run and run[1] - run[0] >= len(part.rstrip()) - 1:
                    if not in_unit and (len(words) >= 2 or (coined_only and _single_name(words[0]))):
                        items.append(run)
                    continue
                if run and len(words) >= 2 and BRACKET_ONLY.fullmatch(text, run[1], part_start + len(part)):
                    items.append(run)  # "Sekolah Tani Muda (STM)": the name and its acronym
                    continue
                owner = OWNER_AFTER.match(text, run[1]) if run else None
                if owner and (len(words) >= 2 or _single_name(words[0])):
                    # "Kak Rosa dari Dinas Pariwisata", "Klinik Usaha (KU) dari Kabupaten X": a name and its owner
                    items.append(run)
                    in_unit = any(w.lower() in GOVERNMENT_HEADS | NOT_PROGRAM_HEADS
                                  for w in text[owner.end():part_start + len(part)].split())
                    continue
                if contiguous:
                    # "mempelajari Rumah Layanan Warga yang dibangun ...": the name, then the clause about it
                    if run and len(text[run[0]:run[1]].split()) >= 2 and CLAUSE_AFTER.match(text, run[1]) \
                            and not _generic_word(text[run[0]:run[1]].split()[0]):
                        items.append(run)
                    break
                continue
            if any(w in GOVERNMENT_HEADS for w in part.lower().split()):
                in_unit = True  # "..., yang direplikasi Dinas Koperasi, UKM dan Perindustrian": the unit goes on
            if contiguous and not any(_camel(t.group()) for t in NAME_TOKEN.finditer(part)):
                break
            lead = len(part) - len(part.lstrip())
            e_word = None if in_unit else E_LOWER.fullmatch(part.strip())
            if e_word and _e_service(e_word, E_LOWER_BEFORE.search(text, max(0, part_start - 40), part_start)
                                     or E_LOWER_COORD.match(text, part_start + len(part.rstrip()))):
                items.append((part_start + lead, part_start + len(part.rstrip())))  # "antara lain e-absensi, e pasar"
                continue
            named = LOWER_THEN_NAME.fullmatch(part.rstrip())
            if named and not in_unit:
                # "seperti produk andalan kampung (Prodeska), ...": a program described, its name in brackets
                items.append((part_start + named.start(1), part_start + named.end(1)))
                continue
            low_words = part.split()
            if not in_unit and 2 <= len(low_words) <= 3 and part.islower() and not LOWER_ENGLISH.isdisjoint(low_words) \
                    and low_words[0] not in TRIGGER_WORDS and not _generic_word(low_words[0]):
                items.append((part_start, part_start + len(part.rstrip())))  # "warga corner": a coined name
                continue
            for tok in NAME_TOKEN.finditer(part):  # "produk minuman tanyaKu"
                if _camel(tok.group()):
                    items.append((part_start + tok.start(), part_start + tok.end()))
        return items

    @staticmethod
    def _ordinal_items(text: str, pos: int) -> list[tuple[int, int]]:
        """The items of "pertama, Layanan Antar Dokumen; kedua, smart dusun v 2.0 - urusan ...; ketiga, ...":
        in one sentence, each the words after an ordinal up to a dash, a bracket or the separator (at most six
        words, lower case allowed), when at least two ordinals follow each other."""
        end = SENTENCE_END.search(text, pos)
        stop = end.start() if end else len(text)
        ordinals = list(ORDINAL.finditer(text, pos, stop))
        if len(ordinals) < 2:
            return []
        items = []
        for k, m in enumerate(ordinals):
            piece_end = ordinals[k + 1].start() if k + 1 < len(ordinals) else stop
            piece = text[m.end():piece_end]
            lead = len(piece) - len(piece.lstrip(" \t,:"))
            body = ITEM_END.split(piece[lead:], maxsplit=1)[0]
            if k + 1 < len(ordinals) and not re.search(r"[;,][ \t]*(?:dan|serta)?[ \t]*$", piece):
                return []  # "pertama kali digelar": no list
            body = re.sub(r"[ \t;,]+(?:dan|serta)?[ \t]*$", "", body).rstrip(" ;,")
            words = body.split()
            if 1 <= len(words) <= 6 and not all(_generic_word(w) for w in words):
                start = m.end() + lead
                items.append((start, start + len(body)))
        return items

    @staticmethod
    def _line_items(text: str, pos: int) -> list[tuple[int, int]]:
        """The names opening the numbered or bulleted lines after a list intro: "1. Sapa Warga (Sistem ...)",
        "- Kartu Sagu Lestari, untuk ..."; a line whose opening words are no capitalised name ends the list."""
        items = []
        for line in LIST_LINE.finditer(text, pos):
            if line.start() != pos:
                break
            pos = line.end()
            run = _capitalised_run(text, line.start(1))
            if not run:
                break
            rest = text[run[1]:line.end()].strip()
            if rest and not rest.startswith(("(", ":", "-", "–", ",")) and not OWNER_AFTER.match(text, run[1]):
                continue  # a sentence, not a name
            items.append(run)
        return items

    def _gather(self, text: str, cands: list[_Candidate], blocked: list[tuple[int, int]],
                acronyms: dict[str, tuple[int, int]], body_start: int, every: bool = True) -> list[_Item]:
        """Every candidate as an item: its name, its key and the stop-list checks it fails (``refusals``; the
        rules keep only items without any, the learned scorer weighs them; without ``every`` only the first
        check it fails is run and kept, all the rules need). An acronym written before its name
        is spelt out (a headline's "ILP") joins the program it names: the spelt-out names come first."""
        if not cands:
            return []
        refusals = _every if every else _first
        headings = title_lines(text, body_start)
        prose = _blank(text, headings)
        sources: dict[tuple[int, int], set[str]] = {}
        for c in cands:
            sources.setdefault((c.start, c.end), set()).add(c.source)
        items = []
        for c in sorted(set(cands), key=lambda c: (text[c.start:c.end].strip(" ,.;:") in acronyms, c.start, c.end)):
            raw = text[c.start:c.end].strip(" ,.;:")
            name = LEAD_TRIGGER.sub("", c.name or raw)  # "Aplikasi Lapor Cepat" is "Lapor Cepat"
            words = name.split()
            if not words or len(name) < 3:
                continue
            heading = next((h for h in headings if h[0] <= c.start < h[1]), None)
            # a region closing the name: "Simantap Koltim" is the program "Simantap" of Koltim
            own = text[c.start:next((b[0] for b in blocked if c.start < b[0] < c.start + len(raw) <= b[1]),
                                    c.start + len(raw))].strip(" ,")
            # one program however its letters are doubled: "Mall Perizinan Warga" / "Mal Perizinan Warga"
            # ... and however its dashes are typed ("Wisata Alam–Desa Hijau" / "Wisata Alam-Desa Hijau")
            key = re.sub(r"(.)\1+", r"\1", fold(re.sub(r"[–—]", "-", LEAD_TRIGGER.sub("", own) if own and c.name is None
                                                      else name)))
            items.append(_Item(c, name, key, (c.start + _lead_length(text, c.start, c.end), c.start + len(raw)),
                               refusals(self._refusals(text, c, raw, name, own, blocked, heading, prose, acronyms)),
                               frozenset(sources.get((c.start, c.end), ())), heading is not None))
        return items

    def _refusals(self, text: str, c: _Candidate, raw: str, name: str, own: str, blocked: list[tuple[int, int]],
                  heading: tuple[int, int] | None, prose: str,
                  acronyms: dict[str, tuple[int, int]]) -> Iterator[str]:
        """The names of the stop-list checks candidate ``c`` fails (see ``REFUSALS``), lazily and in a fixed
        order (a name may come twice): the hand rules stop at the first."""
        words = name.split()
        low = name.lower()
        heads = TRIGGERED_HEADS if c.triggered else UNTRIGGERED_HEADS
        if c.listed and (len(words) >= 3 or any(w.isupper() or _camel(w) or w.lower() in ENGLISH
                                                for w in words[1:])):  # "Desa Digital" in a list
            heads = LISTED_HEADS  # "seperti Rumah Singgah Pintar, ..."
        bare = re.sub(r"^(?:program|inovasi)\s+", "", low)  # "Program Stop" is "Stop"
        # "Sistem Akuntabilitas Kinerja ...": what follows a capitalised trigger decides
        core = words[1:] if len(words) > 1 and words[0].lower() in TRIGGER_WORDS else words
        core_phrase = " ".join(core).lower()
        # "program Jalan Desa": after a trigger, an everyday activity written with capitals is its name
        named_activity = c.triggered and len(words) >= 2 and all(w[:1].isupper() for w in words) \
            and NAMED_AFTER_PROGRAM.search(text, max(0, c.start - 60), c.start) is not None
        title_acts = _title_acts(words)
        if (words[0].lower() in heads and not title_acts) or core[0].lower() in NEVER_HEADS:
            yield "head"
        if bare in GENERIC or bare in ONE_WORD_GENERIC or bare in CONCEPTS or core_phrase in CONCEPTS or (
                not named_activity and (bare in GENERIC_ACTIVITIES or core_phrase in GENERIC_ACTIVITIES)):
            yield "generic"
        if low in self.region_cores or any(b[0] <= c.start and c.end <= b[1] for b in blocked):
            yield "region"
        if low.startswith(PLACE_KINDS) and not any(w.lower() in ENGLISH or _camel(w) for w in words[2:]):
            yield "place"  # "Desa Wisata Sukamulya": a place ("Desa Wisata Digital" may name a program)
        if c.listed and not c.triggered and len(words) <= 3 and _generic_word(words[0]) and not any(
                _camel(w) or w.isupper() or w.lower() in ENGLISH for w in words):
            yield "topic"  # "antara lain Penataan Pasar Rakyat, ...": a listed goal, written with capitals
        if c.topical and _topic_word(words[0]) and not LEAD_TRIGGER.match(raw) \
                and not ACRONYM_AFTER.match(text, c.end) and not any(
                _camel(w) or w.isupper() or w.lower() in ENGLISH for w in words):
            yield "topic"  # "mempelajari Tata Kelola Keuangan Desa": a topic the guests came to learn
        # "Curhat Bupati", "Sapa Gubernur": a coined name addressing a head of region, in a list or after a
        # trigger (a title closing it and a first word that is no title or body)
        addressed = (c.triggered or c.listed) and len(core) >= 2 and core[-1].lower() in POSITION_WORDS \
            and core[0].lower() not in UNTRIGGERED_HEADS
        if words[0].lower() not in NAME_HEADS and not addressed and not title_acts and any(
                w.lower() in GOVERNMENT_HEADS or w.lower() in ("dprd", "dpr") for w in core[1:]):
            yield "body"  # "Rencana Kerja DPRD ...", "Pusat Data Dinas ...": a body's document or unit
        if words[0].lower() in ORG_OPENERS:
            yield "body"  # "program Perumda Tirta X", "Politeknik X", "BPR": an enterprise, a school, a bank
        if len(words) >= 3 and any(low.endswith(" " + n) for n in NATION_NAMES) \
                and words[0].lower() in BODY_WORDS - TRIGGER_WORDS:
            yield "body"  # "Arsip Nasional Republik Indonesia": a national body (a body's word first)
        if len(own.split()) == 1 and (own.lower() in NOT_PROGRAM_HEADS or own.lower() in COMMON_ACRONYMS
                                      or own.lower() in UNIT_WORDS or _generic_word(own)):
            yield "unit"  # "inovasi Bappeda yang ...", "inovasi Disdukcapil Tangsel": the unit that made it
        if len(core) == 1 and core[0].lower() in UNIT_NAMES:
            yield "unit"  # "Layanan PDAM" at a sentence's start
        if len(words) >= 2 and all((w.isupper() and (w.lower() in COMMON_ACRONYMS or w.lower() in UNIT_WORDS))
                                   or w.lower() in self.region_cores for w in words):
            yield "unit"  # "program DPR RI", "inovasi Dinkes Sumbar": bodies and places, no name
        explained = EXPLAINED_BY.match(text, c.end) if len(words) == 1 else None
        if explained and explained.group(1).lower() in BODY_OR_POST \
                and _spells(text[explained.start(1):explained.start(1) + 80].split(")")[0], low):
            yield "unit"  # "sistem PPID (Pejabat Pengelola ...)", "Bapenda (Badan ...)": a post or a body spelt out
        if _office_of(text, name):
            yield "unit"  # "Kepala Dusun Sukamaju", "Ketua Forum X": the text names it as an office's unit
        after = ACRONYM_AFTER.match(text, c.end) if c.source != "trigger" else None
        if after and after.group().strip(" \t()").lower() in COMMON_ACRONYMS:
            # "sistem manajemen Aparatur Sipil Negara (ASN)": a group spelt out, no program (right after "program"
            # the acronym may be the program's own: "program Cerdas Sehat Rakyat (CSR)")
            yield "unit"
        # "... Angkatan 12", "... Expo XII": a number after the last word
        last = next((w for w in reversed(words) if not w.isdigit() and not ROMAN.fullmatch(w)), words[-1])
        if words[0].lower() in ("mal", "mall") and len(words) < 3:
            yield "facility"  # "Mal Sukamaju": a shopping mall; "Mal Pelayanan Publik" names a service
        if words[0].lower() in EVENT_OPENERS or last.lower() in EVENTS or EVENT_PHRASE.search(low):
            yield "event"  # ... and a birthday: "Hari Ulang Tahun Kabupaten X"
        if words[-1].lower() in AWARDS or words[0].lower() in AWARDS or (
                not c.triggered and AWARD_BEFORE.search(text, max(0, c.start - 30), c.start)):
            yield "award"  # "meraih penghargaan Green Village Award (GVA)": an award, not a program
        if RANKING.match(low):
            yield "award"  # "pemenang TOP 15": a place in a competition's ranking
        if len(words) == 1 and name.isupper() and len(name) <= 2:
            yield "short"
        if len(words) == 1:
            stands_for = _stands_for(text, c, name, acronyms)
            # an award's whatever leads it; an event's only with no trigger ("inovasi JAFEST (Jagung Festival)")
            if stands_for and (stands_for[-1] in AWARDS or stands_for[0] in AWARDS
                               or (stands_for[-1] in EVENTS and not c.triggered)):
                # "SWTA (Sukamaju Wonderful Tourism Award)", "APK (Anugerah Pelayan Kota)": an award's acronym
                yield "award"
            elif stands_for and not c.triggered and (
                    (stands_for[0] in GOVERNMENT_HEADS and PROGRAM_SPELT.isdisjoint(stands_for))
                    or not GROUP_WORDS.isdisjoint(stands_for) or not ORGANISATION_WORDS.isdisjoint(stands_for)):
                yield "unit"  # "NFC (National Fisheries Board)": a group's or a body's acronym (not "... Online")
        if DATE_END.search(name):
            yield "generic"  # "Selasa 3 Juni": a date coordinated after a name (not "Gerakan Sabtu 5 Menit")
        if any((w.lower() in FACILITY and not (k == 0 and w.lower() in PROGRAM_HEADS)) or w.lower() in ORGANISATIONS
               for k, w in enumerate(words)):
            yield "facility"  # "Mall Perizinan Warga" is a program head's name, "Sukamaju Mall" a building
        if heading and ASIDE.match(text, heading[0]):
            # a link to another article, its title written in capitals: only a name a trigger introduces
            # ("Baca juga: Pemkot Digitalisasi Sekolah Lewat Aplikasi Sapa Guru"), up to a verb
            # (not a trigger that belongs to the name, "Kembali ke Sistem Ekonomi X", unless another trigger leads it,
            # "Program Gerakan X"; nor a lone e-service)
            before = text[max(0, c.start - 20):c.start].split()[-1:]
            if not c.triggered or c.source == "e_service" or (
                    words[0].lower() in NAMING_TRIGGERS and not (before and before[0].lower() in TRIGGER_WORDS)) \
                    or any(VERB_FORM.fullmatch(w.lower()) for w in words):
                yield "headline"
        elif heading and not _written_in(raw, prose):
            yield "headline"  # a headline name the text does not repeat

    def _select(self, text: str, items: list[_Item], acronyms: dict[str, tuple[int, int]],
                keep: list[bool]) -> list[Program]:
        """The programs of the items to ``keep``, one per key; an acronym spelt out by a kept name joins it."""
        programs: dict[str, Program] = {}
        by_span: dict[tuple[int, int], Program] = {}
        for item, kept in zip(items, keep, strict=True):
            if not kept:
                continue
            c, name, span = item.cand, item.name, item.span
            if name in acronyms:
                named = [p for (s, e), p in by_span.items() if s < acronyms[name][1] and acronyms[name][0] < e]
                if named:  # "program PLUT" is the program named earlier
                    if span not in named[0].mentions:
                        named[0].mentions.append(span)
                    continue
                long = text[acronyms[name][0]:acronyms[name][1]]
                spelt = long.split()
                if not c.triggered or spelt[0].lower() in TRIGGERED_HEADS:
                    continue  # "program KKN" after "Kuliah Kerja Nyata (KKN)": a course, so its acronym too
                letters = [ch for ch in name.lower() if ch.isalpha()]
                if item.key not in programs and long[:1].lower() == letters[0] and _spells(long, letters):
                    # "program SPAK" after "Sistem Pelaporan Aduan Kota (SPAK)": the program is named as the text
                    # first wrote it, spelt out
                    programs[item.key] = Program(long[:1].upper() + long[1:], [acronyms[name]])
            prog = programs.get(item.key)
            if prog is None:
                prog = programs[item.key] = Program(name[:1].upper() + name[1:], [span])
            elif span not in prog.mentions:
                prog.mentions.append(span)
            by_span[(c.start, c.end)] = prog
        return self._merge_region_tails(_merge_acronym_forms(text, programs, acronyms))

    def _merge_region_tails(self, programs: dict[str, Program]) -> list[Program]:
        """ "Sekolah Lansia Sukamaju" beside "Sekolah Lansia": the program of a region named after it is the
        same program (its region written bare, without a level word)."""
        for key, prog in list(programs.items()):
            words = prog.name.split()
            for n in (1, 2):
                if len(words) - n < 2 or " ".join(words[-n:]).lower() not in self.region_cores:
                    continue
                other = next((p for k, p in programs.items() if k != key
                              and fold(p.name) == fold(" ".join(words[:-n]))), None)
                if other:
                    other.mentions.extend(m for m in prog.mentions if m not in other.mentions)
                    del programs[key]
                    break
        return list(programs.values())


# words of a sentence that tells of a visit or of learning (a feature of the learned scorer)
VISIT_CUE = re.compile(r"\b" + _alternation(frozenset(cue.lower() for cue, _, role in load_visit_cues()
                                                     if role in ("kind", "learn", "visit", "arrive", "receive")))
                       + r"\b", re.IGNORECASE)
QUOTES = "\"“”‘’'"
# what each feature of ``item_features`` means (written beside the weights in data/program_weights.csv)
FEATURES = {
    "triggered": "introduced by a trigger word (program, inovasi, aplikasi ...)",
    "listed": "an item of a list of programs",
    "topical": "what guests came to learn, or a means ('melalui X')",
    "quoted": "written in quotes",
    "acronym_after": "an acronym in brackets follows it",
    "acronym": "one word in capitals (three letters or more)",
    "coined": "a coined word inside (CamelCase, e-Service)",
    "english": "an English program word inside (smart, center ...)",
    "program_head": "opens with a program head or trigger (Gerakan, Kartu, Sistem ...)",
    "lower_word": "a word in lower case inside (not a connector)",
    "digit": "a number inside",
    "words_1": "one word", "words_2": "two words", "words_3": "three words", "words_4": "four words or more",
    "cue_sentence": "its sentence speaks of a program (program, inovasi, meluncurkan ...) outside the name",
    "cue_near": "a program word within three words before it",
    "visit_sentence": "its sentence tells of a visit or of learning",
    "position_inside": "a position title inside (Bupati, Kepala ...)",
    "government_inside": "a government body's word inside (Dinas, Badan, Pemkab ...)",
    "region_inside": "a region's name inside",
    "stop_inside": "a clause word inside (yang, di, untuk ...)",
    "generic_first": "opens with a topic noun (pe-...-an, ke-...-an)",
    "repeated": "the text writes the name at least twice",
    "many_patterns": "more than one pattern found it",
    "headline": "in the headline or a line written like one",
    "owner_after": "an owner or a clause about it follows (yang digagas, milik, dari ...)",
    "refused": "at least one stop-list refuses it (the hand rules drop it)",
    "ner": "overlaps a PROGRAM span of the NER model (full profile)",
    "ner_same": "is a PROGRAM span of the NER model, to the character (full profile)",
}
FEATURES.update({"src_" + s: f"found by the pattern '{s}'" for s in (
    "quoted", "quoted_name", "naming", "titled", "through", "named", "list", "colon_list", "example_list",
    "line_list", "ordinal", "learn", "acronym", "explained", "si_acronym", "e_service", "launch", "apply", "is_a",
    "appositive", "extra", "shape", "english", "trigger", "described", "coordinated")})
FEATURES.update({"refused_" + r: f"refused by the stop-list check '{r}'" for r in (
    "head", "generic", "region", "place", "topic", "body", "unit", "facility", "event", "award", "short",
    "headline")})


def _stands_for(text: str, c: _Candidate, name: str, acronyms: dict[str, tuple[int, int]]) -> list[str]:
    """The lower-case words a one-word name stands for: spelt out in brackets after it, before it (``acronyms``),
    or written before the brackets it stands in; [] when the text spells it out nowhere."""
    explained = EXPLAINED_BY.match(text, c.end)
    if explained:
        inside = text[explained.start(1):explained.start(1) + 90]
        if ")" in inside and "(" not in inside.split(")")[0]:
            return inside.split(")")[0].lower().split()
    if name in acronyms:
        return text[acronyms[name][0]:acronyms[name][1]].lower().split()
    if text[c.end:c.end + 1] == ")":
        before = SPELT_BEFORE.search(text, max(0, c.start - 80), c.start)
        if before:
            return before.group(1).lower().split()
    return []


def _span_of_time(words: list[str]) -> bool:
    """Lower-case ``words`` hold a span or a point of time: a time word after a number ("lima tahun", "3 bulan") or
    before lalu, ini, depan ("tahun lalu"), not one standing alone ("minggu bersih", "jam malam")."""
    return any(w in TIME_WORDS and ((k > 0 and (words[k - 1] in NUMBER_WORDS or words[k - 1].isdigit()))
                                    or (k + 1 < len(words) and words[k + 1].strip(".,;") in TIME_DEICTIC))
               for k, w in enumerate(words))


def _e_service(e_word: re.Match[str] | None, beside_another: object) -> bool:
    """An e-service in lower case: "e-absensi"; with a space ("e pasar") only ``beside_another`` e-service and its
    word no function word ("program e selanjutnya", "layanan e mereka", "e lainnya")."""
    if not e_word:
        return False
    word = e_word.group(1).lower()
    return e_word.group()[1] == "-" or bool(beside_another) and word not in E_FUNCTION_WORDS \
        and not word.endswith("nya")


def _merge_acronym_forms(text: str, programs: dict[str, Program],
                         acronyms: dict[str, tuple[int, int]]) -> dict[str, Program]:
    """ "Kios Sipdes" beside "Kios Sistem Informasi Desa (Sipdes)": a name with an acronym the text spells out is
    the program named with the words it stands for."""
    if not acronyms or len(programs) < 2:
        return programs
    folded = {fold(p.name): key for key, p in programs.items()}
    for key, prog in list(programs.items()):
        words = prog.name.split()
        if len(words) < 2 or not any(w in acronyms for w in words):
            continue
        long = " ".join(text[acronyms[w][0]:acronyms[w][1]] if w in acronyms else w for w in words)
        other = folded.get(fold(long))
        if other and other != key and other in programs:
            programs[other].mentions.extend(m for m in prog.mentions if m not in programs[other].mentions)
            del programs[key]
    return programs


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    hi = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return lo, hi


def item_features(text: str, items: list[_Item], blocked: list[tuple[int, int]],
                  ner: list[tuple[int, int]] | None) -> list[dict[str, float]]:
    """The general features of each item (names in ``FEATURES``): how it was found, its shape, its sentence,
    the stop-lists it hits; no word of any particular name."""
    patterns: dict[str, set[str]] = {}
    for item in items:
        patterns.setdefault(item.key, set()).update(item.sources)
    rows = []
    for item in items:
        c, (start, end) = item.cand, item.span
        words = item.name.split()
        lows = [w.lower() for w in words]
        f = dict.fromkeys(("src_" + s for s in item.sources if s), 1.0)
        f.update(dict.fromkeys(("refused_" + r for r in item.refusals), 1.0))
        lo, hi = _sentence(text, start, end)
        before = text[lo:start]
        flags = {
            "triggered": c.triggered, "listed": c.listed, "topical": c.topical,
            "quoted": (start > 0 and text[start - 1] in QUOTES) or (end < len(text) and text[end] in QUOTES),
            "acronym_after": ACRONYM_AFTER.match(text, c.end) is not None,
            "acronym": len(words) == 1 and words[0].isupper() and len(words[0]) >= 3,
            "coined": any(_camel(w) for w in words),
            "english": not ENGLISH.isdisjoint(lows),
            "program_head": lows[0] in PROGRAM_HEADS or lows[0] in TRIGGER_WORDS or lows[0] in CUED_HEADS,
            "lower_word": any(w.islower() and w not in NAME_CONNECTORS for w in words),
            "digit": any(ch.isdigit() for ch in item.name),
            "words_" + str(min(len(words), 4)): True,
            "cue_sentence": PROGRAM_CUE.search(before) is not None or PROGRAM_CUE.search(text, end, hi) is not None,
            "cue_near": PROGRAM_CUE.search(" ".join(before.split()[-3:])) is not None,
            "visit_sentence": VISIT_CUE.search(text, lo, hi) is not None,
            "position_inside": not POSITION_WORDS.isdisjoint(lows),
            "government_inside": not (GOVERNMENT_HEADS | GOVERNMENTS).isdisjoint(lows),
            "region_inside": any(s < end and start < e for s, e in blocked),
            "stop_inside": not (STOP_AFTER - NAME_CONNECTORS).isdisjoint(lows),
            "generic_first": _generic_word(words[0]),
            "repeated": text.count(text[start:end]) >= 2,
            "many_patterns": len(patterns[item.key] - {""}) >= 2,
            "headline": item.in_heading,
            "owner_after": OWNED.match(text, c.end) is not None or OWNER_AFTER.match(text, c.end) is not None,
            "refused": bool(item.refusals),
        }
        if ner is not None:
            flags["ner"] = any(s < end and start < e for s, e in ner)
            flags["ner_same"] = any(s == start and e == end for s, e in ner)
        f.update((k, 1.0) for k, v in flags.items() if v)
        rows.append(f)
    return rows


def _told_in_full(short: str, long: str) -> bool:
    """``long`` spells ``short``: an acronym inside ``short`` is ``long``'s initials ("Rompi KPB" / "Kelas Pelajar
    Berintegritas"), or ``short``'s letters stand in order in ``long``, from its first ("Sadil" / "Sayur di Lahan")."""
    initials = "".join(w[0] for w in long.split()).upper()
    if any(len(w) >= 2 and w.isupper() and w == initials for w in short.split()):
        return True
    letters = [ch for ch in short.lower() if ch.isalpha()]
    return bool(letters) and long[:1].lower() == letters[0] and _spells(long, letters)


def _spells(name: str, letters: str | list[str]) -> bool:
    """Whether the acronym's lower-case ``letters`` appear in order in ``name`` ("Layanan Antar Kartu" spells
    "lak")."""
    name, at = name.lower(), 0
    for c in letters:
        at = name.find(c, at) + 1
        if not at:
            return False
    return True
