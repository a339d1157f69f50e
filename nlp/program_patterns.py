"""The program step's vocabulary and patterns, built once: ``WORDS`` (``data/program_words.csv``: kind -> its
words), the word sets drawn from it and from the lexicon (triggers, heads, stop-lists, positions, units), and every
compiled pattern the candidate finders (``nlp.program_candidates``, ``program_triggers``, ``program_lists``), the
reading of a name (``nlp.program_names``), the refusals (``nlp.program_refusals``) and the learned scorer's features
(``nlp.programs.item_features``) use."""

from __future__ import annotations

import re

from nlp.dates import DAY_NAMES, MONTHS
from nlp.lexicon import (
    alternation,
    function_words,
    load_positions,
    load_words,
    longest_first,
    region_words,
    unit_words,
    visit_cue_words,
)


def _vocabulary() -> dict[str, frozenset[str]]:
    """``data/program_words.csv``: kind -> its words (the kinds are listed in data/README.md), read once."""
    kinds: dict[str, set[str]] = {}
    for word, kind in load_words("program_words.csv"):
        kinds.setdefault(kind, set()).add(word)
    return {k: frozenset(v) for k, v in kinds.items()}


def _alternation(words: frozenset[str]) -> str:
    """A regex group matching any of ``words``, longest first."""
    return "(?:" + alternation(longest_first(words), r"\ ") + ")"


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
# the words that name programs as a kind before a list: a program word, or a leadership course's change project
# ("sembilan proyek perubahan itu ialah A, B, ...", "tiga inovasi: A, B"), whose items the gold counts as programs
LIST_KIND = re.compile(r"\b(?:" + KIND + r"|proyek\s+perubahan|aksi\s+perubahan)\b", re.IGNORECASE)
# the words that open a list after it ("program unggulan, yakni A, B dan C")
LIST_INTRO_WORD = r"(?:seperti|antara\s+lain|di\s*antaranya|yakni|yaitu|meliputi|adalah|ialah)"
LIST_INTRO = re.compile(LIST_KIND.pattern + r"[^.\n]{0,80}?\b" + LIST_INTRO_WORD + r"\s+", re.IGNORECASE)
# "program Name, yakni A, B dan C": the program word names one program and the list after its comma is that
# program's parts, the places it serves or what it pays for, not more programs (the words between the program
# word and the list word: a capitalised name of up to seven words, its bracket, a comma)
NAMED_LIST_OWNER = re.compile(r"[ \t]+((?:[A-Z0-9][\w\-’']*[ \t]+){0,6}[A-Z0-9][\w\-’']*)[ \t]*(?:\([^)\n]*\)[ \t]*)?,"
                              r"[ \t]*" + LIST_INTRO_WORD + r"\s+$")
# "tiga inovasi: Posyandu Digital, Si Jempol ...": a list after a colon in the sentence
COLON_INTRO = re.compile(LIST_KIND.pattern + r"[^.\n:]{0,60}:[ \t]+(?=[A-Z])", re.IGNORECASE)
# "53 program strategis, salah satunya Kota Bersinar": examples, whose single words may be places ("misalnya Bogor")
EXAMPLE_INTRO = re.compile(r"\b(?:" + KIND + r"|pelayanan)\b[^.\n]{0,80}?\b(?:salah\s+satunya|contohnya|"
                           r"misalnya|termasuk|berupa)\s+", re.IGNORECASE)
# "Lapor Pak adalah program unggulan ...", "Tabungan Sampah Ceria merupakan inovasi ..."
IS_A = re.compile(r"(?:^|(?<=[.\n])[ \t]*|(?<=,)[ \t]*)((?:[A-Z][\w\-]*[ \t]+){0,4}[A-Z][\w\-]*)[ \t]+"
                  r"(?:merupakan|adalah|ialah|menjadi)[ \t]+(?:salah[ \t]+satu[ \t]+)?(?:program|inovasi|aplikasi|"
                  r"layanan|gerakan)\b", re.MULTILINE)
# what a delegation came to learn; a bare "belajar" opens no list (round 41 second wave: after it the `learn`
# pattern alone read a group, a hamlet, a headline's topic, a photo credit: 10 wrong and 1 right over train, 8
# letters); "belajar tentang / mengenai" and "mempelajari" do
LEARN_LIST = re.compile(r"\b(?:tertarik\s+(?:dengan|pada|akan)|belajar\s+(?:tentang|mengenai)|mempelajari|"
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
# program heads that also name a building (program_words kind building_head): a name of two words opening with one
# is a shopping mall ("Mal Sukamaju"), not a service ("Mal Pelayanan Publik"): nlp.program_refusals
BUILDING_HEADS = WORDS["building_head"]
# the head of a site, an area or a unit (program_words kind site_head: "pusat", "center", "unit", "kawasan", "zona"): a
# name opening or closing with one that is spelt out before its acronym and that only the acronym pattern finds is a
# facility, a unit or an area ("Pusat Kajian Sungai (PKS)", "Sukamaju Trade Center (STC)"): nlp.program_refusals
SITE_HEADS = WORDS["site_head"]
# the word after a national body's acronym that makes the name its central office ("BPSW Pusat"; program_words kind
# central_office): nlp.program_refusals
CENTRAL_OFFICE = WORDS["central_office"]
# "kampung TANGKAS", "rumah SEHATI": a cued head in lower case and an acronym after it (nlp.program_candidates:
# in talk of programs, or named twice)
CUED_LOWER_ACRONYM = re.compile(r"(?<![\w\-])(" + _alternation(WORDS["cued_head"]) + r")[ \t]+[A-Z]{2,}(?![\w\-])")
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
# a prize word before an untriggered name (read without a trigger only; "kategori" is CATEGORY_BEFORE's, below)
AWARD_BEFORE = re.compile(r"\b(?:penghargaan|anugerah|predikat|status|ajang|nominasi|trofi|piala)[ \t]+$",
                          re.IGNORECASE)
# a competition's category, trigger and all: "juara kategori Inovasi Layanan Nelayan", "kategori “Inovasi ...”"
# names a class of entries, not one programme (round 40: 5 candidates over train in 5 letters, w aa ag ai as, none a
# gold program; 3 were outputs, the trigger's, in ag ai as, each wrong). After a prize word a program word may name
# the winner: only "kategori" reads through a trigger
CATEGORY_BEFORE = re.compile(r"\bkategori[ \t]*[\"“”‘’']?[ \t]*(?:" + TRIGGER + r"[ \t]+)?$", re.IGNORECASE)
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
    cue.lower() for role in ("learn", "adopt") for cue in visit_cue_words()[role]))
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
BRACKETED = re.compile(r"\([^()\n]{1,80}\)")
# what parts a list's items: a comma (maybe with a joiner after it) or a joiner
ITEM_SEPARATOR = re.compile(r",\s*(?:dan\s+|serta\s+|hingga\s+|atau\s+)?|\s+(?:dan|serta|hingga|atau)\s+")
QUOTE_BODY = re.compile(r"[\"“]([^\"”\n]{1,120})[\"”]")
ROMAN = re.compile(r"[IVXLC]{2,}")  # "LXV": a course's number, no word of a name
# a ministry's short name with its field's acronym in capitals ("KemenPKB", "KemenPAN-RB": invented), a body; the
# short names in lower case ("Kemenhutbun", "Kemsos") are official_patterns.MINISTRY's
MINISTRY_CAMEL = re.compile(r"Kemen[A-Z]{2,}[\w\-/]*")
# a university's course of study: "program studi Teknik Sipil", "Program Studi (Prodi) ..."
STUDY_COURSE_BEFORE = re.compile(r"\b(?:program[ \t]+studi|prodi)[ \t]+$", re.IGNORECASE)
COINED = re.compile(r"[a-z][A-Z]|^[a-z]-[A-Z]")
# a short quoted name: “Desa Digital”, "Jumat Berkah" (speech is longer or not capitalised word by word)
QUOTED_NAME = re.compile(r"[\"“]((?:[A-Z0-9][\w'\-]*|[a-z]-[A-Z][\w\-]*)(?:[ \t]+(?:[A-Z0-9][\w'\-]*|dan)){1,4})[\"”]|"
                         r"‘((?:[A-Z0-9][\w\-]*|[a-z]-[A-Z][\w\-]*)(?:[ \t]+(?:[A-Z0-9][\w\-]*|dan)){1,4})’")
OWNED = re.compile(r"\s+(?:yang\s+)?(?:digagas|dikembangkan|diluncurkan|diinisiasi|dicanangkan|diciptakan|"
                   r"dirintis|dikelola|dijalankan|besutan|milik|karya|andalan|unggulan)\b")
# what may follow the last word of a listed name: punctuation, a conjunction, a clause about it
COORD_OR_END = re.compile(r"[ \t]*(?:[,.;:)]|$)|[ \t]+(?:dan|serta|yang|yaitu|yakni)\b")
COORD = re.compile(r"[ \t]*(?:,[ \t]*(?:dan|serta)?|[ \t]+(?:dan|serta))[ \t]+(?=[A-Z])")
# what joins the words of one name as a list's items are joined: a comma (maybe with "dan", "serta"), "dan", "&"
SPELT_LIST_JOINER = r"(?:,[ \t]*(?:dan[ \t]+|serta[ \t]+)?|[ \t]+(?:dan|serta|&)[ \t]+)"
SPELT_LIST_JOINS = re.compile(SPELT_LIST_JOINER)
# the words of one name joined by commas and "dan", then the acronym that spells them all, in brackets or after
# "atau" ("Kampung Bersih, Rapi dan Asri (KABERA)", "..., Aman dan Lestari lainnya atau SIBALI": invented)
SPELT_LIST_TAIL = re.compile(
    r"((?:" + SPELT_LIST_JOINER + r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*){1,8})"
    r"(?:[ \t]+lainnya)?(?:[ \t]*\(([A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*)?)\)"
    r"|[ \t]+atau[ \t]+([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?))")
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
# "program Jalan Desa dan Air Bersih": what a lower-case "program" names, alone or in a pair
NAMED_AFTER_PROGRAM = re.compile(r"\bprogram[ \t]+(?:(?:[A-Z][\w\-]*[ \t]+){1,4}(?:dan|serta)[ \t]+)?$")
# a coined possessive, the usual shape of an app's name: "tanyaKu", "SehatKu", "Rumah BacaKU" (with a program
# head before it; the endings: program_words kind coined_suffix)
_SUFFIXES = frozenset(f(w) for w in WORDS["coined_suffix"] for f in (str.capitalize, str.upper))
COINED_KU = re.compile(r"(?<![\w\-@/.])(?:([A-Z][a-z]+)[ \t]+)?([A-Za-z][a-z]+" + _alternation(_SUFFIXES)
                       + r")(?![\w\-@/])")
# number words, which may open a name as a figure does ("program satu kampung satu penghafal") ...
NUMERALS = WORDS["number_word"]
# ... and, with words of a quantity, make a time word after them a span of time ("program lima tahun")
NUMBER_WORDS = NUMERALS | WORDS["quantity_word"]
# a name opening with a number, its words in one clause: "3 rumah 1 sumur", "50 Smart School", "seribu sumur"
NUMBER_NAME = re.compile(r"(?:\d[\d.]*|" + _alternation(NUMERALS) + r"\b)(?:[ \t]+[\w\-]+){1,5}")
YEAR = re.compile(r"(?:19|20)\d\d")
# the end of a line after a name ("program satu kampung satu penghafal\n")
LINE_END = re.compile(r"[ \t]*(?:\n|$)")
TIME_WORDS = WORDS.get("time", frozenset())
# a verb with its prefix and a stem of four letters or more ("berbasis", "meningkatkan", "ditujukan"), unless a
# noun of that shape (program_words kind not_verb: "digital", "menara")
PREFIXED_VERB = re.compile(r"(?:mem|men|meng|meny|me|ber|ter|di)[a-z]{4,}")
NOT_VERBS = WORDS["not_verb"]
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
# ... and a room named by its use ("Situation Room", "Sukamaju City Operation Room"); a name closing with "Room"
# after any other word is a service ("Sukamaju Warta Room")
ROOM_BY_USE = re.compile(r"\b" + _alternation(WORDS["room_use"]) + r"[ \t]+room\b", re.IGNORECASE)
# an English label a city gives its own service after its name ("Sukamaju Command Center"; program_words kind
# region_service): nlp.program_candidates
REGION_SERVICES = WORDS["region_service"]
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
# ... those that name a place ("city", "village": program_words kind english_place, round 40): alone in a capitalised
# run they name a city, a village or a city's label ("Sukamaju City", "Sister City", "City Branding"), no program
ENGLISH_MARKS = ENGLISH - WORDS["english_place"]
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
# either kind of head: the first word of a program's name or of a place where a program runs ("Gerai X")
PROGRAM_OR_CUED_HEADS = PROGRAM_HEADS | CUED_HEADS
SHAPE_WORDS = ENGLISH | PROGRAM_OR_CUED_HEADS
# capitalised heads that name institutions, places, documents, events or people, not programs
NOT_PROGRAM_HEADS = WORDS.get("not_head", frozenset())
GOVERNMENT_HEADS = WORDS.get("government_head", frozenset())
# a government named inside a capitalised run starts a new name
GOVERNMENTS = WORDS.get("government", frozenset())
BODY_HEADS = GOVERNMENT_HEADS - GOVERNMENTS  # "dinas", "kementerian": a body's name goes on past its commas
REGION_LEVELS = frozenset({"kabupaten", "kota", "provinsi"})
VILLAGE_LEVELS = WORDS["village_level"]  # "desa", "kelurahan" ...: a place within a region
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
# data/positions.csv, read once: (form, canonical, level, kind)
POSITIONS = load_positions()
# one-word position titles ("Inspektur", "Kadis", "Lurah"): a name starting with one is a position, unless a
# trigger introduced it
POSITION_WORDS = frozenset(form.lower() for form, _, _, kind in POSITIONS
                           if kind in ("title", "head") and " " not in form)
# and the first words of longer titles ("Asisten Perekonomian", "Staf Ahli", "Penjabat Bupati"), except words
# that open a title only in a few phrases ("Hukum", "Bunda")
POSITION_WORDS |= frozenset(form.split()[0].lower() for form, _, _, kind in POSITIONS
                            if kind in ("title", "head", "prefix")) - {"hukum", "bunda"}
# the titles of several words as data/positions.csv writes them ("wali kota", "wakil bupati", "kepala desa"), which
# TITLE_ACTS follows too: "Wali Kota Menyapa Warga"
LONG_TITLES = frozenset(" ".join(form.lower().split()) for form, _, _, kind in POSITIONS
                        if kind in ("title", "head") and " " in form.strip())
LONG_TITLE_WORDS = max(len(t.split()) for t in LONG_TITLES)
# one of them right before a name: "Kepala", "Ketua", "Koordinator" (data/positions' titles and their first
# words)
# (not the words of a member, a former holder or a manager: "anggota", "unsur", "mantan", "tenaga", "pengelola" write
# no unit after them, and "Pengelola Bank Sampah X" manages a program; program_words kind not_unit_head)
NOT_UNIT_HEADS = WORDS["not_unit_head"]
OFFICE_BEFORE = re.compile(r"(?<![\w\-])(?:" + _alternation(POSITION_WORDS - NOT_UNIT_HEADS) + r")[ \t]+$",
                           re.IGNORECASE)
# the positions' forms, lower-cased: "Kepala Kampung" is a title, so "Kepala Kampung Sukamaju" names a village
POSITION_FORMS = frozenset(" ".join(form.lower().split()) for form, _, _, _ in POSITIONS)
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
# words of a sentence that tells of a visit or of learning (a feature of the learned scorer)
VISIT_CUE = re.compile(r"\b" + _alternation(frozenset(
    cue.lower() for role in ("kind", "learn", "visit", "arrive", "receive") for cue in visit_cue_words()[role]))
    + r"\b", re.IGNORECASE)
QUOTES = "\"“”‘’'"
