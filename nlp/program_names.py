"""A program candidate (``Candidate``: a span and the pattern that found it) and how a name stands in a text,
read alike by the candidate finders and the refusals: a run of capitalised or coined words (``capitalised_run``),
lower-case words up to a stop word, the capitalised or lower-case words an acronym in brackets spells out
(``spelt_out``, ``spelt_in_lower_case``, ``spells``, ``spells_from_first``, ``told_in_full``), a coined word, a
topic noun, a program head, a leading trigger, an e-service in lower case, and whether the sentence around a span
speaks of a program (``about_a_program``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nlp.program_patterns import (
    CALENDAR,
    COINED,
    COMMON_ACRONYMS,
    CUED_HEADS,
    E_FUNCTION_WORDS,
    GENERIC,
    GOVERNMENT_HEADS,
    LEAD_TRIGGER,
    NAME_CONNECTORS,
    NAME_HEADS,
    NAME_JOINERS,
    NAME_TOKEN,
    PARTICIPANTS,
    PROGRAM_CUE,
    PROGRAM_HEADS,
    ROMAN,
    SPELT_LIST_JOINS,
    SPELT_LIST_TAIL,
    STOP_AFTER,
    TRIGGER_WORDS,
)
from nlp.textutil import sentence_bounds


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    triggered: bool  # introduced by a trigger word: only government heads are refused
    name: str | None = None  # written differently from the text ("PKK Mandiri")
    listed: bool = False  # an item of a list of programs: an institution's head word needs a longer name
    topical: bool = False  # what guests came to learn, or a means: a topic written with capitals is no name
    source: str = field(default="", compare=False)  # the pattern that found it (a feature of the learned scorer)


def camel(token: str) -> bool:
    """Coined words: "SiMaNis", "tanyaKu", "eKTP", "e-Lembur" (an upper-case letter after a lower-case one)."""
    return bool(COINED.search(token))


def generic_word(word: str) -> bool:
    """Topic nouns: pe-...-an / ke-...-an nominalisations ("pengentasan", "kemiskinan") and GENERIC."""
    w = word.lower()
    return w in GENERIC or (len(w) > 6 and w.startswith(("pe", "ke")) and w.endswith("an"))


def capitalised_run(text: str, pos: int, max_tokens: int = 6) -> tuple[int, int] | None:
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
        if tok[0].isupper() or (tok[0].isdigit() and start is not None) or camel(tok):
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


# a capitalised word with the possessive suffix -nya ("Terpadunya", "Daerahnya"), its stem of four letters or more
POSSESSIVE = re.compile(r"[A-Z][a-z]{3,}nya")


def without_possessive(name: str) -> str:
    """ "Gerai Izin Terpadunya" is "Gerai Izin Terpadu": the possessive -nya a sentence sticks to a name's last
    word names nothing (a name of two words or more; a first word with -nya stays whole)."""
    words = name.split()
    if len(words) >= 2 and POSSESSIVE.fullmatch(words[-1]):
        return name[:-3]
    return name


def lower_words(text: str, pos: int, limit: int) -> list[re.Match]:
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


def words_before(text: str, paren: int) -> list[_Word]:
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
        if not (word[0].isupper() or word[0].isdigit() or camel(word) or word in NAME_CONNECTORS):
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
    words = words_before(text, paren)
    letters = [c for c in acronym.lower() if c.isalpha()]
    for i, w in enumerate(words):
        if i > len(words) - 2 or w.text in NAME_CONNECTORS or w.text[0].lower() != letters[0] \
                or ROMAN.fullmatch(w.text):
            continue
        if w.text.lower() in PARTICIPANTS and i + 1 < len(words) and spells(text[words[i + 1].start:paren], letters):
            continue  # "Peserta Pelatihan Kepemimpinan Administrator (PKA)": the course, without its participants
        if spells(text[w.start:paren], letters):
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
        if spells(text[w.start():paren], letters):
            return w.start(), words[-1].end()
    return None


def about_a_program(text: str, start: int, end: int, twice: bool = True) -> bool:
    """The sentence around ``start``..``end`` speaks of a program ("meluncurkan", "inovasi" ...), or (with
    ``twice``) the text names it at least twice."""
    lo, hi = sentence_bounds(text, start, end)
    return bool(PROGRAM_CUE.search(text, lo, hi)) or (twice and text.count(text[start:end]) >= 2)


def program_head(name: str) -> bool:
    """``name`` opens with a word of program names ("Gerakan", "Kartu", "Sistem"), no person's."""
    first = name.split()[0].lower() if name.split() else ""
    return first in PROGRAM_HEADS or first in TRIGGER_WORDS or first in CUED_HEADS


def lead_length(text: str, start: int, end: int) -> int:
    m = LEAD_TRIGGER.match(text[start:end])
    return m.end() if m else 0


def single_name(word: str) -> bool:
    """A one-word list item that may be a program: no topic noun ("Perdagangan"), no common acronym and no day or
    month (", Senin.")."""
    return not generic_word(word) and word.lower() not in COMMON_ACRONYMS and word.lower() not in CALENDAR


def e_service(e_word: re.Match[str] | None, beside_another: object) -> bool:
    """An e-service in lower case: "e-absensi"; with a space ("e pasar") only ``beside_another`` e-service and its
    word no function word ("program e selanjutnya", "layanan e mereka", "e lainnya")."""
    if not e_word:
        return False
    word = e_word.group(1).lower()
    return e_word.group()[1] == "-" or bool(beside_another) and word not in E_FUNCTION_WORDS \
        and not word.endswith("nya")


def told_in_full(short: str, long: str) -> bool:
    """``long`` spells ``short``: an acronym inside ``short`` is ``long``'s initials ("Rompi KPB" / "Kelas Pelajar
    Berintegritas"), or ``short``'s letters stand in order in ``long``, from its first ("Sadil" / "Sayur di Lahan")."""
    initials = "".join(w[0] for w in long.split()).upper()
    if any(len(w) >= 2 and w.isupper() and w == initials for w in short.split()):
        return True
    return spells_from_first(short, long)


def spelt_list_end(text: str, start: int, first_end: int) -> int | None:
    """Where one name ends whose words a list's commas and "dan" join, when the acronym after it spells them all
    from ``start`` and neither the first item (``start``..``first_end``) nor the last spells it alone: "Kampung
    Bersih, Rapi dan Asri (KABERA)" is one program, not three."""
    m = SPELT_LIST_TAIL.match(text, first_end)
    if not m:
        return None
    acronym = m.group(2) or m.group(3)
    last = SPELT_LIST_JOINS.split(m.group(1))[-1]
    if sum(ch.isalpha() for ch in acronym) < 3 or not spells_from_first(acronym, text[start:m.end(1)]) \
            or spells_from_first(acronym, last) or spells_from_first(acronym, text[start:first_end]):
        return None
    return m.end(1)


def spells_from_first(short: str, long: str) -> bool:
    """``short``'s letters stand in order in ``long``, from its first ("Sadil" / "Sayur di Lahan")."""
    letters = [ch for ch in short.lower() if ch.isalpha()]
    return bool(letters) and long[:1].lower() == letters[0] and spells(long, letters)


def spells(name: str, letters: str | list[str]) -> bool:
    """Whether the acronym's lower-case ``letters`` appear in order in ``name`` ("Layanan Antar Kartu" spells
    "lak")."""
    name, at = name.lower(), 0
    for c in letters:
        at = name.find(c, at) + 1
        if not at:
            return False
    return True
