"""Names after a trigger word ("program", "inovasi", "aplikasi" ...): a capitalised name ("program Smart
Dusun", "Sistem Antrean Daring", "Gerakan Kembali ke Sekolah"), an acronym with its lower-case complement ("program
PKK mandiri"), a name opening with a number ("program 3 rumah 1 sumur"), e-services in lower case ("inovasi
e-absensi"), a name after a lower-case description ("inovasi kesehatan Senyum Sehat"), a lower-case name closing a
sentence after "program" ("program kampung rukun."), and the names coordinated after one ("program A dan B").
``TriggerReader`` is mixed into ``nlp.program_candidates.CandidateFinder``."""

from __future__ import annotations

import re
from itertools import takewhile

from nlp.program_names import (
    Candidate,
    camel,
    capitalised_run,
    e_service,
    generic_word,
    lower_words,
    single_name,
    spelt_list_end,
)
from nlp.program_patterns import (
    BODY_HEADS,
    COMMON_ACRONYMS,
    COORD,
    COORD_OR_END,
    E_LOWER,
    E_LOWER_COORD,
    ENGLISH,
    GENERIC_ACTIVITIES,
    GOVERNMENT_HEADS,
    KE_TAIL,
    LEVEL_TAILS,
    LINE_END,
    MEANING_AFTER,
    NAME_TOKEN,
    NAMING_TRIGGERS,
    NOT_PROGRAM_HEADS,
    NOT_VERBS,
    NUMBER_NAME,
    NUMBER_NAME_STOP,
    NUMBER_WORDS,
    OWNED,
    POSITION_WORDS,
    PREFIXED_VERB,
    REGION_LEVELS,
    TIME_DEICTIC,
    TIME_WORDS,
    UNIT_WORDS,
    VERB_FORM,
    YEAR,
)


def _title(words: list[str]) -> str:
    return " ".join(w if not w.islower() else w[:1].upper() + w[1:] for w in words)


def _span_of_time(words: list[str]) -> bool:
    """Lower-case ``words`` hold a span or a point of time: a time word after a number ("lima tahun", "3 bulan") or
    before lalu, ini, depan ("tahun lalu"), not one standing alone ("minggu bersih", "jam malam")."""
    return any(w in TIME_WORDS and ((k > 0 and (words[k - 1] in NUMBER_WORDS or words[k - 1].isdigit()))
                                    or (k + 1 < len(words) and words[k + 1].strip(".,;") in TIME_DEICTIC))
               for k, w in enumerate(words))


def _numbered(text: str, counted: re.Match, program: bool) -> list[Candidate]:
    """The name opening with a number that ``counted`` starts, up to a clause word, a time word, a title, a verb or
    punctuation ("... tahun ini", "... Bupati"): three words at least, with a second number, a capital or an English
    program word in it ("program 3 rumah 1 sumur", "inovasi 50 smart school"; not "layanan 24 jam nonstop", nor a
    number of time units, a duration or a work plan: "program 100 hari kerja"). After "program" (``program``) a
    name of two words or more that closes its clause is one too ("program 500 petani milenial yang ...", "program
    300 beasiswa dan ..."), and a number word opens such names as a figure does ("program sejuta ikan lele dan
    ...", "program satu kampung satu penghafal."; not "program sejuta pohon di ...")."""
    figure = counted.group()[0].isdigit()
    if not figure and not program:
        return []  # "layanan satu pintu": a number word opens a name only after "program"
    words = list(NAME_TOKEN.finditer(text, counted.start(), counted.end()))
    kept = list(takewhile(lambda w: w.group().lower() not in NUMBER_NAME_STOP
                                    and not VERB_FORM.fullmatch(w.group().lower()), words))
    if len(kept) < 2 or YEAR.fullmatch(kept[0].group()):
        return []
    marked = len(kept) >= 3 and any(w.group()[0].isdigit() or w.group()[0].isupper()
                                    or w.group().lower() in ENGLISH for w in kept[1:])
    end = kept[-1].end()
    closed = program and bool(COORD_OR_END.match(text, end) or LINE_END.match(text, end))
    if not (marked or closed):
        return []
    name = None if figure else _title([w.group() for w in kept])
    return [Candidate(kept[0].start(), end, True, name, source="trigger")]


class TriggerReader:
    """The readers of names after a trigger word. Reads ``self.region_cores`` (``_through_ke``: a name goes on over
    "ke" unless a region follows), set only in ``nlp.programs.ProgramFinder.__init__``."""

    region_cores: set[str]  # set by ProgramFinder

    def _after_trigger(self, text: str, m: re.Match, blocked: list[tuple[int, int]]) -> list[Candidate]:
        counted = NUMBER_NAME.match(text, m.end())
        if counted:
            numbered = _numbered(text, counted, m.group().lower().startswith("program"))
            if numbered or counted.group()[0].isdigit():
                return numbered
        run = capitalised_run(text, m.end())
        if run and any(s <= run[0] and run[1] <= e for s, e in blocked):
            return []  # "inovasi Sumbar, Balitbang Sumbar ...": a region, and no list of programs
        if run:
            name = text[run[0]:run[1]]
            tail = lower_words(text, run[1], 2)
            if len(name.split()) == 1 and name.isupper() and tail and len(tail) <= 2 \
                    and COORD_OR_END.match(text, tail[-1].end()) \
                    and not (len(tail) == 2 and VERB_FORM.fullmatch(tail[0].group())):
                # "program PKK mandiri": an acronym and its lower-case complement (not a predicate: "layanan LPK
                # tergolong ramai"; "program RTLH terpadu" is one)
                words = [name] + [t.group() for t in tail]
                return [Candidate(run[0], tail[-1].end(), True, _title(words), source="trigger")]
            if len(name.split()) == 1 and not name.isupper() and tail and not camel(name) \
                    and not VERB_FORM.match(tail[0].group()):
                if len(tail) <= 2 and COORD_OR_END.match(text, tail[-1].end()) and not any(
                        generic_word(t.group()) or VERB_FORM.match(t.group()) for t in tail):
                    # "inovasi Ojek sehat serta ...": a name written half in lower case
                    return [Candidate(run[0], tail[-1].end(), True, source="trigger")] + \
                        self._coordinated(text, tail[-1].end())
                return []  # "program Stop perundungan di sekolah": the name goes on in lower case
            run = self._through_ke(text, run)
            if m.group()[0].isupper() and m.group().split()[0].lower() in NAMING_TRIGGERS:
                run = (m.start(), run[1])  # "Sistem Antrean Daring", "Layanan Klinik Usaha": part of the name
            whole = spelt_list_end(text, run[0], run[1])
            if whole:  # "inovasi Kampung Bersih, Rapi dan Asri (KBRA)": one name, not three
                return [Candidate(run[0], whole, True, source="trigger")]
            found = [Candidate(*run, True, source="trigger")]
            if text[run[0]:run[1]].split()[0].lower() in BODY_HEADS:
                # "program Kementerian Pertanian, Perikanan, dan Kehutanan": a body's name goes on past its commas
                # (not a government's: "Inovasi Pemerintah Kabupaten X, Lapor Cepat (LC), ..." names it after one)
                return found
            return found + self._coordinated(text, run[1])
        e_word = E_LOWER.match(text, m.end())
        if e_word and e_service(e_word, E_LOWER_COORD.match(text, e_word.end())):
            # "inovasi e-absensi, yaitu ...", "sistem e pasar dan e retribusi": e-services written in lower case
            out = [Candidate(*e_word.span(), True, source="trigger")]
            while (more := E_LOWER_COORD.match(text, out[-1].end)) and e_service(E_LOWER.match(more.group(1)), True):
                out.append(Candidate(*more.span(1), True, source="coordinated"))  # "aplikasi e-absensi dan e-cuti"
            return out
        described = self._after_description(text, m.end())
        if described:
            return described
        if not m.group().lower().startswith("program"):
            return []
        words = lower_words(text, m.end(), 4)
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
                and not any(generic_word(w.group()) for w in body):
            return [Candidate(words[0].start(), words[-1].end(), True, _title([w.group() for w in words]),
                               source="trigger")]
        return []

    def _after_description(self, text: str, pos: int) -> list[Candidate]:
        """ "inovasi kesehatan Senyum Sehat", "program pengentasan kemiskinan Gerdu Taskin": up to three
        lower-case words describing the kind of program, then its capitalised name."""
        words = lower_words(text, pos, 2)
        if not words or len(words) > 3 or text[words[-1].end():words[-1].end() + 1] != " ":
            return []
        run = capitalised_run(text, words[-1].end() + 1)
        if not run:
            return []
        name = text[run[0]:run[1]]
        first = name.split()[0]
        if first.lower() in GOVERNMENT_HEADS or first.lower() in NOT_PROGRAM_HEADS or first.lower() in COMMON_ACRONYMS:
            return []
        last = words[-1].group()
        if len(last) > 6 and last.startswith("pe") and last.endswith("an"):
            return []  # "gerakan massal pengendalian HPT": an action, then its object ("... kemiskinan Gerdu X" names)
        if len(name.split()) == 1 and not (name.isupper() and len(name) >= 4 or camel(name)
                                           or MEANING_AFTER.match(text, run[1])):
            return []  # a lone capitalised word may be a place or a person: "program desa Sukamaju"
        # "program pencegahan Pungutan Liar": a topic written with capitals is no name (topical: refused in _collect)
        return [Candidate(*run, True, topical=True, source="described")] + self._coordinated(text, run[1])

    @staticmethod
    def _coordinated(text: str, pos: int, head: str | None = None) -> list[Candidate]:
        """ "program Banyuwangi Rebound dan Jagoan Tani": names joined to a triggered one are programs too
        (two capitalised words, a coined word or one word closing the list; "dan Pemkab X" is no program, but
        "Desa Terbuka dan Desa Ramah Difabel" repeats the ``head`` of the first name)."""
        out = []
        while True:
            m = COORD.match(text, pos)
            if not m:
                return out
            run = capitalised_run(text, m.end())
            if not run:
                return out
            words = text[run[0]:run[1]].split()
            if words[0].lower() in NOT_PROGRAM_HEADS | POSITION_WORDS and not (words[0] == head and len(words) >= 2):
                return out
            acronym = len(words[0]) >= 3 and words[0].isupper() and words[0].lower() not in UNIT_WORDS
            if len(words) == 1 and not camel(words[0]) and not acronym and not (
                    single_name(words[0]) and COORD_OR_END.match(text, run[1])):
                return out  # one word: only a name standing alone ("serta Kancilku, yaitu ...")
            after = NAME_TOKEN.match(text, run[1] + 1) if text[run[1]:run[1] + 1] == " " else None
            if after and VERB_FORM.fullmatch(after.group()) and not re.search(r"\b(?:dan|serta)\b", m.group()):
                return out  # "program X, Banyu Prasojo menegaskan ...": the subject of the next clause
            # "Sistem X serta Manajemen Talenta": a topic
            out.append(Candidate(*run, True, topical=True, source="coordinated"))
            pos = run[1]

    def _through_ke(self, text: str, run: tuple[int, int]) -> tuple[int, int]:
        """ "Gerakan Kembali ke Sekolah": "ke" inside a name, when what follows is no region or government."""
        m = KE_TAIL.match(text, run[1])
        if m and m.group(1).lower() not in self.region_cores and m.group(1).lower() not in GOVERNMENT_HEADS \
                and m.group(1).lower() not in REGION_LEVELS:  # "... ke Kabupaten X"
            nxt = capitalised_run(text, m.start(1), 3)
            if nxt:
                return run[0], nxt[1]
        return run
