"""Where program candidates are found: ``CandidateFinder._candidates`` runs every pattern over a text (quoted
names, names after a trigger, named, titled and renamed ones, means, lists, what a delegation came to learn, acronyms
and their spelt-out names, names explained in brackets, information systems' acronyms, e-services, coined
possessives, shapes, launches, names put to work, "X merupakan inovasi", appositives, the parser's spans), trims each
candidate and drops those inside another, over an official's name or spelling out another. ``CandidateFinder`` is
mixed into ``nlp.programs.ProgramFinder``."""

from __future__ import annotations

import re
from dataclasses import replace

from nlp.program_lists import ProgramListReader
from nlp.program_names import (
    Candidate,
    about_a_program,
    camel,
    capitalised_run,
    generic_word,
    lead_length,
    program_head,
    spells,
    spells_from_first,
    spelt_in_lower_case,
    spelt_list_end,
    spelt_out,
    told_in_full,
    words_before,
)
from nlp.program_patterns import (
    ACRONYM_BEFORE,
    AFTER_TRIGGER,
    ALIAS_BEFORE,
    APPLY,
    APPOSITIVE_BARE,
    APPOSITIVE_KIND,
    AWARD_CLAUSE,
    BODY_OR_POST,
    BRACKETED_ACRONYM,
    CAPITAL_RUN,
    CAPITALISED_AFTER,
    CAPITALISED_BEFORE,
    COINED_KU,
    COLON_INTRO,
    COMMON_ACRONYMS,
    COORD_BEFORE,
    CUED_HEADS,
    CUED_LOWER_ACRONYM,
    DESCRIBED_BEFORE,
    DESIGNATION_BEFORE,
    E_SERVICE,
    E_TWO,
    E_TWO_WORDS,
    ENGLISH,
    ENGLISH_MARKS,
    EVENTS,
    EXAMPLE_INTRO,
    EXPLAINED,
    EXPLAINED_KIND,
    FACILITY,
    FROM_BEFORE,
    GENERIC_ACTIVITIES,
    GENERIC_PHRASE,
    GOES_BY,
    GOES_BY_BEFORE,
    GOVERNMENT_HEADS,
    GOVERNMENTS,
    HEAD_DESCRIBED,
    IS_A,
    KIND_AFTER_PAREN,
    KIND_PAREN,
    KU_HINT,
    LAUNCH,
    LAW_BEFORE,
    LEAD_TRIGGER,
    LEARN_LIST,
    LIST_INTRO,
    LIST_KIND,
    LIST_LINES_INTRO,
    NAME_CONNECTORS,
    NAME_ONLY_TRIGGERS,
    NAME_TOKEN,
    NAMED,
    NAMED_LIST_OWNER,
    NAMING,
    NEVER_HEADS,
    NOT_AFTER_HEAD,
    NOT_BEFORE_HEAD,
    NOT_PROGRAM_HEADS,
    ORDINAL_INTRO,
    ORGANISATIONS,
    OWNED,
    PAREN_ACRONYM,
    PLACE_BEFORE,
    PLACE_LEVEL_AFTER,
    PLACE_PREPOSITION,
    POSITION_WORDS,
    PROGRAM_CUE,
    PROGRAM_HEADS,
    PROGRAM_VERBS,
    QUOTE_BODY,
    QUOTED,
    QUOTED_CUE,
    QUOTED_DESCRIBED,
    QUOTED_NAME,
    RANKING,
    REGION_LEVELS,
    REGION_SERVICES,
    SENTENCE_CLOSERS,
    SHAPE_WORDS,
    SI_ACRONYM,
    STAFF_BEFORE,
    STOP_AFTER,
    THEME_OPEN,
    THROUGH,
    TITLED,
    TRIGGER,
    TRIGGER_WORDS,
    UNIT_WORDS,
    VERB_FORM,
    VILLAGE,
    VOCABULARY,
    YEAR_TAIL,
)
from nlp.program_triggers import TriggerReader
from nlp.textutil import aside_at, lower_same_length, on_title_line, sentence_bounds


class _Keywords:
    """Cheap substring tests that let a text skip regexes that cannot match in it."""

    def __init__(self, low: str) -> None:
        self.low = low

    def __call__(self, *words: str) -> bool:
        return any(w in self.low for w in words)


def _says_what(description: str) -> bool:
    """What a bracketed description says a name is (its kind word, then what it does) names no body, document or
    generic concept ("(Sistem Pemerintahan Berbasis Elektronik)" is a framework)."""
    low = description.lower()
    first = low.split()[1]
    return first not in GOVERNMENT_HEADS | NOT_PROGRAM_HEADS and not GENERIC_PHRASE.search(low) \
        and ORGANISATIONS.isdisjoint(low.split())


def _is_expansion(name: str, expansion: str) -> bool:
    """A coined name followed by what it stands for: the expansion has at least three words and no comma (not
    a list of terms), starts with the name's first letter, holds the name's letters in order and names no
    government body ("Bapenda (Badan Pendapatan Daerah)" is a unit). Reads the two strings; whether a span of the
    text stands inside such brackets is :func:`_inside_expansion`."""
    words = expansion.split()
    if len(words) < 3 or "," in expansion or words[0].lower() in GOVERNMENT_HEADS | NOT_PROGRAM_HEADS:
        return False
    low_words = expansion.lower().split()
    if not NEVER_HEADS.isdisjoint(low_words[:2]) or any(g in expansion.lower() for g in GENERIC_ACTIVITIES
                                                         if " " in g):
        return False  # "SAKIP (Sistem Akuntabilitas ...)", "SPBE (Sistem Pemerintahan Berbasis Elektronik)"
    return spells_from_first(name, expansion)


def _before_government(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of a name before a government word inside it: "Bappeda Pemerintah Kota X" -> "Bappeda"."""
    for m in NAME_TOKEN.finditer(text, start, end):
        if m.start() > start and m.group().lower() in GOVERNMENTS:
            level = NAME_TOKEN.match(text, m.end() + 1)
            if m.group().lower() != "pemerintah" or (level and level.group().lower() in REGION_LEVELS):
                return start, len(text[:m.start()].rstrip(" ,"))  # not "Sistem Informasi Pemerintah Daerah"
    return start, end


def _quoted_in_talk(text: str, start: int, end: int) -> bool:
    """A quoted name at ``start``..``end`` stands in talk of programs: its sentence speaks of programs or of
    learning ("ingin meniru", "menimba ilmu soal"), or the text names it again as a whole (not inside a longer
    capitalised run)."""
    lo, hi = sentence_bounds(text, start, end)
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


def _inside_expansion(text: str, start: int, end: int, ends: set[int], reach: int = 40) -> bool:
    """The span ``start``..``end`` stands inside brackets written right after a name ending at one of ``ends``
    (maybe closed by a quote): it spells that name out. ``reach``: how far the bracket may open before it."""
    paren = text.rfind("(", max(0, start - reach), start + 1)
    if paren < 0 or ")" in text[paren:start] or ")" not in text[end:end + 60] or "(" in text[end:text.find(")", end)]:
        return False
    if len(text[:paren].rstrip().rstrip("\"”’'").rstrip()) in ends:
        return True
    # "SiRindang (Sistem Informasi Rincian Dana Gampong)": a coined word before the bracket that it spells out
    coined = re.search(r"([\w\-]+)[ \t]*$", text[max(0, paren - 30):paren])
    word = coined.group(1) if coined else ""
    letters = [ch for ch in word.lower() if ch.isalpha()]
    return (camel(word) or (word.isupper() and len(letters) >= 3)) and spells_from_first(word, text[start:end])


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


def _spelt_by_words(text: str, start: int, intro_end: int, items: list[tuple[int, int]]) -> bool:
    """The list after an acronym is the words it stands for: "ABCD, yakni Aman, Bersih, Cepat dan Damai" (items of
    one word each, three or more, their first letters in the acronym's order, the acronym's letters in theirs)."""
    acronym = re.search(r"\b([A-Z]{3,8})\b[^\w]*\w+[ \t]*$", text[start:intro_end])
    words = [text[s:e] for s, e in items]
    if not acronym or len(words) < 3 or any(len(w.split()) != 1 for w in words):
        return False
    letters = acronym.group(1).lower()
    return spells(letters, "".join(w[0] for w in words).lower()) and spells_from_first(letters, " ".join(words))


def _parts_of_named(text: str, start: int, intro_end: int, blocked: list[tuple[int, int]]) -> bool:
    """The list intro at ``start:intro_end`` names one program before its comma ("program Name, yakni ...",
    ``NAMED_LIST_OWNER``): the items are that program's parts. Not when the name is an owner, opening with a
    government's, a body's or a post's word or a region's mention (``blocked``): "program Dinas X, yakni ...",
    "program Walikota, yakni ...", "inovasi Sukamaju, yakni ...": the owner's programs follow; nor a year
    ("program 2025, yakni ...")."""
    kind = LIST_KIND.match(text, start)
    named = kind and NAMED_LIST_OWNER.fullmatch(text, kind.end(), intro_end)
    return bool(named) and not named.group(1).isdigit() \
        and named.group(1).split()[0].lower() not in BODY_OR_POST | NOT_PROGRAM_HEADS \
        and not any(s <= named.start(1) < e for s, e in blocked)


def _tail_of_longer_name(text: str, start: int) -> bool:
    """The name at ``start`` follows a capitalised word of its sentence that does not open it ("Bupati X (XX) A
    B C": "B C" is the tail of a person's name; not "Lewat SiGesit, aplikasi ...")."""
    before = text[sentence_bounds(text, start, start)[0]:start].lstrip(" \"“'‘(").split()
    return len(before) > 1 and before[-1][:1].isupper() and not before[-1].endswith(",")


def _adverb(name: str) -> bool:
    """``name`` is one word with the suffix -nya, capitalised only as a sentence's first word ("Menurutnya",
    "Sebelumnya", "Akhirnya"): an adverb of the sentence, no name."""
    return " " not in name and name.endswith("nya") and name[1:].islower()


def _no_person(text: str, start: int, end: int, people: list[tuple[int, int]]) -> bool:
    """The list item at ``start:end``, read as an official's name, names no person: it holds a word of the program
    vocabulary ("Lumbung Jagung Warga"), or has three words or more, none a word of a person's name found elsewhere
    in the text ("Sarapan Sehat Pelajar"; not "Darso Wangsadipa", nor "Darso Wangsadipa Kusumo ... kata Kusumo")."""
    words = [w.strip(".,;:()\"“”'‘’").lower() for w in text[start:end].split()]
    if any(w in VOCABULARY for w in words):
        return True
    named = {w.strip(".,;:()\"“”'‘’").lower() for s, e in people if e <= start or s >= end for w in text[s:e].split()}
    return len(words) >= 3 and not any(w in named for w in words)


class CandidateFinder(TriggerReader, ProgramListReader):
    """The candidate finders of ``nlp.programs.ProgramFinder``, with the readers of names after a trigger
    (``TriggerReader``) and of list items (``ProgramListReader``). Reads no attribute of its own; ``region_cores``
    (for ``TriggerReader``) is set only in ``ProgramFinder.__init__``."""

    region_cores: set[str]  # set by ProgramFinder

    def _candidates(self, text: str, regions: list[tuple[int, int, bool]], blocked: list[tuple[int, int]],
                    people: list[tuple[int, int]], extra: list[tuple[int, int]] | None, body_start: int
                    ) -> tuple[list[Candidate], dict[str, tuple[int, int]]]:
        """The candidates of ``text`` (the arguments as ``ProgramFinder.find`` takes them; ``blocked``: the region
        mentions' spans) and the acronyms it spells out (acronym -> the span of the name it stands for)."""
        cut_at = [s for s, _, typed in regions if typed]
        villages = self._villages(text) if VILLAGE.search(text) else []
        cands: list[Candidate] = []
        low = lower_same_length(text)
        has = _Keywords(low)
        for m in QUOTED.finditer(text) if has("\"", "“", "‘", "'") else ():
            cands.append(Candidate(*m.span(1), True, source="quoted"))
        for m in QUOTED_DESCRIBED.finditer(text) if has("\"", "“", "‘") else ():
            if m.group()[0].islower() and STOP_AFTER.isdisjoint(m.group(1).split()) \
                    and not DESIGNATION_BEFORE.search(text, max(0, m.start(2) - 40), m.start(2) - 1):
                cands.append(Candidate(*m.span(2), True, source="quoted"))
        for m in AFTER_TRIGGER.finditer(text):
            # a bracketed acronym stands in the name too: "Bagian Umum (BU) dan Layanan Aspirasi ..."
            # the words before it on its line and in its sentence ("... di Kota X. Program Y" opens a sentence)
            line_start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 30)
            before = [w for w in text[line_start:m.start()].split() if w not in ("dan", "&")]
            if before and before[-1][-1] in SENTENCE_CLOSERS:
                before = []
            title_case = aside_at(text, m.start())  # a linked title: all capitals
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
                cands.append(Candidate(*m.span(group), True, source="quoted_name"))
        for m in NAMING.finditer(text) if has("menama", "memberi nama") else ():
            run = capitalised_run(text, m.end())
            if run:
                cands.append(Candidate(*run, True, source="naming"))
        for m in TITLED.finditer(text) if has("bertajuk", "bertema", "berlabel", "bertagline") else ():
            run = capitalised_run(text, m.end())  # an event or campaign title: "bertajuk Banyuwangi Rebound"
            quoted = QUOTE_BODY.match(text, m.end() - 1) if text[m.end() - 1:m.end()] in "\"“" else None
            if run and quoted and run[1] < quoted.end(1):
                continue  # a theme written as a sentence: bertema "Bersatu kita maju, rakyat sejahtera"
            if run:
                cands.append(Candidate(*run, True, source="titled"))
        for m in THROUGH.finditer(text) if has("melalui", "lewat") else ():
            run = capitalised_run(text, m.end())  # "melalui Jumat Curhat": a named means
            run = run and _before_government(text, *run)
            if run and len(text[run[0]:run[1]].split()) >= 2 and not _in_event_title(text, m.start()):
                cands.append(Candidate(*run, False, topical=True, source="through"))
        for m in NAMED.finditer(text) if has("nama", "juluk", "sebutan") else ():
            # a program word before it, or a naming verb and quotes: "layanan sampah bernama “Pilah Kilat”" names a
            # service ("situs ... dengan nama “X”" may name a site)
            quoted = text[m.end() - 1] in "\"“" and not m.group().lower().startswith("dengan")
            if quoted or re.search(TRIGGER, text[max(0, m.start() - 120):m.start()], re.IGNORECASE):
                run = capitalised_run(text, m.end())
                if run and (whole := spelt_list_end(text, *run)):
                    run = run[0], whole  # "bernama Kampung Bersih, Rapi dan Asri (KBRA)": one name
                if run:
                    cands.append(Candidate(*run, True, source="named"))
        renamed: list[tuple[int, int]] = []  # where names renamed by the one after them stand
        for m in GOES_BY.finditer(text) if has("disebut", "dikenal") else ():
            # "program X, yang biasa disebut “Y”": Y renames the program named right before it (X of two words or
            # more, no title closing it: "program Bupati yang disebut ..." names a person)
            before = GOES_BY_BEFORE.search(text, max(0, m.start() - 120), m.start())
            own = before and before.group(1).split()
            if own and len(own) >= 2 and own[-1].lower() not in POSITION_WORDS:
                run = capitalised_run(text, m.end())
                if run:
                    cands.append(Candidate(*run, True, source="named"))
                    renamed.append((before.start(1), m.start()))
        list_words = ("seperti", "antara", "yakni", "yaitu", "meliputi", "adalah", "ialah")
        for m in LIST_INTRO.finditer(text) if has(*list_words) else ():
            items = self._list_items(text, m.end(), coined_only=True)
            if _spelt_by_words(text, m.start(), m.end(), items):
                continue  # "program ABCD, yakni Aman, Bersih, Cepat dan Damai": the acronym's words, no programs
            if _parts_of_named(text, m.start(), m.end(), blocked):
                continue  # "program Name, yakni A, B dan C": the named program's parts, no programs of their own
            cands.extend(Candidate(s, e, False, listed=True, source="list") for s, e in items)
        for m in COLON_INTRO.finditer(text) if ":" in text else ():
            kind = list(LIST_KIND.finditer(m.group()))[-1]  # the one nearest the colon
            before = text[max(0, m.start() + kind.start() - 30):m.start() + kind.start()].split()
            if kind.group()[0].isupper() and before and before[-1][0].isupper() \
                    and not on_title_line(text, body_start, m.start()):
                continue  # "Kelas Inovasi: Drum Up, ...": the word is inside a name, its stages follow (in a
                # headline every word is capitalised: "Tiga Inovasi Kota X: A, B dan C" lists them; a headline's
                # name still counts only when the body writes it)
            cands.extend(Candidate(s, e, False, listed=True, source="colon_list")
                         for s, e in self._list_items(text, m.end(), coined_only=False))
        for m in EXAMPLE_INTRO.finditer(text) if has("satunya", "contoh", "misal", "termasuk", "berupa") else ():
            cands.extend(Candidate(s, e, False, listed=True, source="example_list")
                         for s, e in self._list_items(text, m.end(), coined_only=False))
        for m in LIST_LINES_INTRO.finditer(text) if ":" in text else ():  # "tiga inovasi, yakni:\n1. Name (...)"
            cands.extend(Candidate(s, e, False, listed=True, source="line_list")
                         for s, e in self._line_items(text, m.end()))
        for m in ORDINAL_INTRO.finditer(text) if has("pertama") else ():  # "pertama, X; kedua, Y; ..."
            items = self._ordinal_items(text, m.end() - len("pertama"))
            cands.extend(Candidate(s, e, True, listed=True, source="ordinal") for s, e in items)
        learn_words = ("tertarik", "belajar", "mempelajari", "menimba", "mereplikasi", "mengadopsi", "meniru",
                       "tentang", "mengenai", "terkait", "soal")
        for m in LEARN_LIST.finditer(text) if has(*learn_words) else ():  # what a delegation came to learn
            cands.extend(Candidate(s, e, True, topical=True, source="learn")
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
                        cands.append(Candidate(*lower, True, source="acronym"))
                        continue
                    # "sistem informasi wisata Batu (Sip Wisata)"; not the short form of a generic phrase
                    # ("program kerja (Proker)")
                    # ("sistem bangun guna serah (BOT)": an acronym of other words, a foreign term)
                    letters = [ch for ch in p.group(1).lower() if ch.isalpha()]
                    # ("inovasi layanan publik (Yanlik)": of a generic phrase; "penyuluhan Perda (X)": of a law's)
                    said = described.group().lower().split()[1:]
                    if not all(generic_word(w) or w in TRIGGER_WORDS for w in said) and NEVER_HEADS.isdisjoint(said) \
                            and (not p.group(1).isupper() or spells(described.group(), letters)):
                        cands.append(Candidate(*p.span(1), True, source="acronym"))
                else:  # "ke mal pelayanan publik (MPP)": a program's head word, spelt out in lower case
                    headed = HEAD_DESCRIBED.search(text, max(0, p.start() - 90), p.start())
                    lower = headed and spelt_in_lower_case(text, headed.start(), p.start(), p.group(1))
                    if lower and text[lower[0]:lower[0] + len(headed.group(1))] == headed.group(1):
                        acronyms[p.group(1)] = lower
                        cands.append(Candidate(*lower, True, source="acronym"))
                        continue
                before = words_before(text, p.start())
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
                cands.append(Candidate(*span, False, source="acronym"))
        for acronym, span in strays.items():
            acronyms.setdefault(acronym, span)
        for m in EXPLAINED.finditer(text) if "(" in text else ():  # "Sipanda (Sistem Pajak Daerah ...)"
            if _is_expansion(m.group(1), m.group(2)) \
                    and not STAFF_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                cands.append(Candidate(*m.span(1), False, source="explained"))
        for m in EXPLAINED_KIND.finditer(text) if "(" in text and KIND_PAREN.search(text) else ():
            if _says_what(m.group(2)) and not STAFF_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                start, words = m.start(1), m.group(1).split()
                if len(words) > 1 and not words[0].isupper() and not camel(words[0]) \
                        and all(w.isupper() or camel(w) for w in words[1:]):
                    # "Launching SIAP KERJA (Sistem ...)", "Ada SiRindang (Sistem ...)": the acronym or coined word
                    start = m.start(1) + len(words[0]) + 1
                cands.append(Candidate(start, m.end(1), False, source="explained"))
        for m in SI_ACRONYM.finditer(text) if "SI" in text else ():  # "terhubung dengan SIDOMPT" (Sistem Informasi ...)
            if about_a_program(text, m.start(), m.end()) and not _shouted(text, m.start(), m.end()):
                cands.append(Candidate(*m.span(), False, source="si_acronym"))
        for m in E_SERVICE.finditer(text) if "-" in text else ():
            cands.append(Candidate(*m.span(), True, source="e_service"))
        for m in E_TWO.finditer(text) if "-" in text else ():
            if m.group(1) in E_TWO_WORDS:
                cands.append(Candidate(*m.span(), True, source="e_service"))
        for m in CUED_LOWER_ACRONYM.finditer(text) if has(*CUED_HEADS) else ():
            # "inovasi andalan desa ialah kampung TANGKAS": a cued head in lower case names a program with an
            # acronym after it, in talk of programs or named twice (not a place, "tuan rumah PON", nor a body's
            # building, "rumah PKK")
            before = text[max(0, m.start() - 20):m.start()].split()
            place = bool(before) and before[-1].lower() in NOT_BEFORE_HEAD
            if not place and m.group().split()[-1].lower() not in UNIT_WORDS and about_a_program(text, *m.span()):
                cands.append(Candidate(m.start(), m.end(), True, source="head_lower"))
        for m in COINED_KU.finditer(text) if KU_HINT.search(text) else ():
            head = m.group(1) and m.group(1).lower() in PROGRAM_HEADS | CUED_HEADS | TRIGGER_WORDS
            if not head and not about_a_program(text, m.start(2), m.end()) \
                    and not PROGRAM_CUE.search(text, max(0, m.start(2) - 200), m.start(2)):
                continue  # "menginap di Hotel GriyaKu", "lagu NegeriKu": a coined possessive in no talk of programs
            cands.append(Candidate(m.start(1) if head else m.start(2), m.end(), True, source="shape"))
        for m in CAPITAL_RUN.finditer(text):
            if not SHAPE_WORDS.isdisjoint(m.group().lower().split()):
                cands.extend(self._shaped(text, m, blocked))
        launch_words = ("meluncurkan", "mencanangkan", "menggagas", "menggulirkan", "menginisiasi", "launching",
                        "meresmikan")
        for m in LAUNCH.finditer(text) if has(*launch_words) else ():  # "meluncurkan Sapa Warga", "Simonalis"
            run = capitalised_run(text, m.end())
            if run:
                cands.append(Candidate(*run, False, source="launch"))
        for m in APPLY.finditer(text) if has("menerap", "menjalankan", "mereplikasi", "mengadopsi") else ():
            run = capitalised_run(text, m.end())  # "giat menerapkan Desa Terbuka dan Desa Ramah Difabel"
            if run and len(text[run[0]:run[1]].split()) >= 2:
                cands.append(Candidate(*run, True, topical=True, source="apply"))
                head = text[run[0]:run[1]].split()[0]
                if head.lower() not in NEVER_HEADS | GOVERNMENT_HEADS:  # not "Anggaran Pendapatan dan Belanja ..."
                    cands.extend(replace(c, topical=True) for c in self._coordinated(text, run[1], head))
        for m in IS_A.finditer(text) if has("merupakan", "adalah", "ialah", "menjadi") else ():
            # "Penanganan Stunting merupakan program prioritas": a topic; "... merupakan inovasi" names one
            cands.append(Candidate(*m.span(1), False, topical=not m.group().endswith(("inovasi", "aplikasi")),
                                    source="is_a"))
        for m in APPOSITIVE_KIND.finditer(text) if has("sebuah", "salah satu") else ():
            if _adverb(m.group(1)):
                continue  # "Baginya, salah satu aplikasi terbaik ...": a sentence's adverb, no name
            cands.append(Candidate(*m.span(1), False, source="appositive"))  # "Simonalis, sebuah aplikasi perizinan"
        for m in APPOSITIVE_BARE.finditer(text) if ", " in text else ():
            if VERB_FORM.match(m.group().rsplit(None, 1)[-1]):
                continue  # "X, program menyasar ...": a clause about something else
            if _tail_of_longer_name(text, m.start(1)):
                continue  # "Bupati X (XX) A B C, inovasi ...": the tail of a longer name, a person's
            cands.append(Candidate(*m.span(1), False, source="appositive"))
            lo = max(0, m.start(1) - 80)
            lead = COORD_BEFORE.search(text, lo, m.start(1))
            if lead:  # "Tabungan Emas Warga dan Pinjam Tanpa Bunga, program ...": both names
                cands.append(Candidate(*lead.span(1), False, source="appositive"))
        # from the parser and the NER model (full profile): like English-shaped names, only in a sentence that
        # speaks of a program or when the text names them twice
        cands.extend(Candidate(s, e, False, source="extra") for s, e in extra or () if about_a_program(text, s, e))
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
        lead = {c: c.start + lead_length(text, c.start, c.end) for c in cands}  # "Aplikasi X" is X
        cands = [c for c in cands if c.end > c.start and not any(
            lead[o] <= lead[c] and c.end <= o.end and (o.end - lead[o]) > (c.end - lead[c]) for o in cands)]
        # no program overlaps an official's name, unless it opens with a program's head ("Bupati, yakni Gerbang
        # Desa Mandiri" read as a name) or is an item of a list a program word opens that reads as no person's name
        # ("program andalan Bupati, yakni A, B dan C": A, B read as the title's holders)
        cands = [c for c in cands if program_head(text[c.start:c.end])
                 or (c.listed and _no_person(text, c.start, c.end, people))
                 or not any(s < c.end and c.start < e for s, e in people)]
        # "Jalur Emas (Jaringan Layanan Usaha ...)", "“Sapa Malam” (Siap Antar Pelayanan Malam)": what a name in
        # brackets spells out is the same program
        ends = {c.end for c in cands}
        # ... and so is a name coordinated inside them ("SIPADU (Sistem Pengaduan Terpadu ... dan Ramah)")
        cands = [c for c in cands if not _inside_expansion(text, c.start, c.end, ends,
                                                           120 if c.source == "coordinated" else 40)]
        # "Sipanen atau Sistem Pencatatan Panen": a name after "atau" that one of them spells is
        # the same program written again
        cands = [c for c in cands if not self._alias(text, c, cands)]
        return cands, acronyms

    @staticmethod
    def _after_spelt_acronym(text: str, start: int, acronyms: dict[str, tuple[int, int]]) -> bool:
        """``start`` follows an acronym in brackets right after the name it spells out: "Name (ACR) Rest"."""
        m = ACRONYM_BEFORE.search(text, max(0, start - 24), start)
        return bool(m) and m.group(1) in acronyms and acronyms[m.group(1)][1] == len(text[:m.start()].rstrip())

    @staticmethod
    def _alias(text: str, c: Candidate, cands: list[Candidate]) -> bool:
        """``c`` follows another candidate and "atau", and the one-word name of the two is spelt by the other, or
        ``c`` is a longer name spelling the other (of two words or more): the same program told in full."""
        lead = ALIAS_BEFORE.search(text, max(0, c.start - 12), c.start)
        if not lead:
            return False
        name = text[c.start:c.end]
        for o in cands:
            if o.end == lead.start() and o is not c:
                other = LEAD_TRIGGER.sub("", text[o.start:o.end])
                if 2 <= len(other.split()) < len(name.split()) and told_in_full(other, name):
                    return True  # "Sapa Dilan atau Sayur di Lahan Pekarangan": the coined name told long
                short, long = sorted((name, other), key=len)
                if len(short.split()) == 1 < len(long.split()) and spells_from_first(short, long):
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
    def _shaped(text: str, m: re.Match, blocked: list[tuple[int, int]]) -> list[Candidate]:
        """A capitalised run with a program head ("Gerakan ...") or English program words (in a sentence about
        a program, or named twice); a capital that only opens the sentence is not part of the name, nor a region
        opening it after "dari"."""
        words = list(re.finditer(r"\S+", m.group()))
        lows = [w.group().lower() for w in words]
        for i, low in enumerate(lows):
            if low in PROGRAM_HEADS and len(words) - i >= 2:
                if any(w in NOT_PROGRAM_HEADS or w in ORGANISATIONS for w in lows[:i]):
                    return []  # "Partai Gerakan ...", "Kwartir Gerakan ...": the head names an organisation
                return [Candidate(m.start() + words[i].start(), m.end(), False, source="shape")]
        for i, low in enumerate(lows):
            if low in CUED_HEADS and len(words) - i >= 2 and lows[i + 1] not in NOT_AFTER_HEAD \
                    and not generic_word(lows[i + 1]) and not (i and lows[i - 1] in NOT_BEFORE_HEAD):
                # "Kampung Siaga Banjir", "Rumah Gizi Anak": a program only in a sentence about one, not a
                # place one goes to ("di Kampung Baru", "Rumah Sakit", "Tuan Rumah", "Desa Kampung Baru")
                start, end = m.start() + words[i].start(), m.end()
                if i + 2 < len(words) and words[i + 1].group().isupper():
                    end = m.start() + words[i + 1].end()  # "Kampung ASI Sukamaju": the program, then its place
                before = text[max(0, start - 20):start].rstrip("\"“‘ \t")
                if before.split()[-1:] and before.split()[-1].lower() in NOT_BEFORE_HEAD \
                        or PLACE_BEFORE.search(before):
                    return []
                if not about_a_program(text, start, end, twice=False):
                    return []
                return [Candidate(start, end, True, source="shape")]
        if not any(w in ENGLISH_MARKS for w in lows):
            return []  # no English program word, or only one naming a place ("Sukamaju City", "Sister City")
        start = m.start()
        if _region_service(text, m, blocked):
            # "Sukamaju Command Center (SCC)": a city's own service, a program with or without a program word, also
            # where one goes to see it ("meninjau Sukamaju Command Center": train's gold names it there too)
            return [Candidate(start, m.end(), False, source="english")]
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
        if not about_a_program(text, start, m.end()) or PLACE_BEFORE.search(text, max(0, start - 15), start):
            return []  # "di Sukamaju Food Court", "menuju X Smart City": a venue or a place one goes to
        return [Candidate(start, m.end(), False, source="english")]

    @staticmethod
    def _trim(text: str, start: int, end: int, cut_at: list[int],
              villages: list[tuple[int, bool, int]] = ()) -> tuple[int, int]:
        """Cut a name before a region written with its level word ("Pusat Inovasi Desa
        Kabupaten Kebumen"), before a village that runs it (``villages``), before a government named after it,
        before its year ("Kampung Sehat Tahun 2025") and a connector left at its end ("... ke")."""
        for b_start in cut_at:
            if start < b_start < end:
                end = b_start
        lead = start + lead_length(text, start, end)
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
            run = capitalised_run(text, m.end(), 3)
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


def _region_service(text: str, m: re.Match, blocked: list[tuple[int, int]]) -> bool:
    """The capitalised run ``m`` is a region's name and an English label a city gives its own service
    (``REGION_SERVICES``: "Sukamaju Command Center")."""
    return any(s == m.start() and text[e:m.end()].strip().lower() in REGION_SERVICES for s, e in blocked)
