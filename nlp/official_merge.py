"""One person per article: officials found by ``nlp/officials.py`` merged under one name ("Bupati Kartapradja",
"Kartapradja" and "Wiradarma Sulistyo Kartapradja" are one person reported under the longest name), the shapes of
words that are no names, and the posts that hold no public office."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from nlp.lexicon import official_words
from nlp.official_patterns import FUNCTION_WORDS, LOCAL_COUNCILS
from nlp.textutil import fold, on_title_line

# a title of custom after a name, part of it with the capitalised words after it ("Budi Hartono Dt. Rajo Mudo",
# ``NameReader``); no word a longer name adds
ADAT_TITLES = frozenset({"dt", "datuk"})


@dataclass
class Official:
    name: str
    position: str
    region: str | None  # region code
    mentions: list[tuple[int, int]] = field(default_factory=list)
    position_span: tuple[int, int] = (0, 0)
    explicit_region: bool = False  # written beside the position, not inferred


LOWER_VERB = re.compile(r"(?:me|ber|ter|di)[a-z]{4,}$")  # a verb's prefix on a lower-case word: "menyebut"


def verb_like(low: str, verbs: frozenset[str], lower: bool = False) -> bool:
    """A capitalised verb, not a name: "Hadir", "Resmikan", "Laksanakan", "Diresmikan"; ``verbs``: the finder's.
    With ``lower`` (a word written in lower case by a name) any word in me-/ber-/ter-/di- with four letters or more
    after the prefix is a verb: "Budi menyebut MPP", where a capitalised "Menyebut" could be a surname."""
    return low in verbs or (len(low) >= 7 and low.startswith(("me", "ber", "di", "ter", "per"))
                            and (low.endswith(("kan", "kannya")) or "-" in low)) \
        or bool(lower and LOWER_VERB.match(low))  # "-" in low: "Beramai-ramai"


def headline_verb(low: str) -> bool:
    """A bare verb in -kan as headlines write them ("Bicarakan", "Hentikan"); not a noun in pe-/ke- ... -an
    ("Pendidikan"). Names end in -kan too ("Sulaikan"): only for words on a headline's line."""
    return len(low) >= 8 and low.endswith("kan") and not low.startswith(("pe", "ke"))


def derived_noun(low: str) -> bool:
    """A noun derived with pe-/ke- ... -an, which starts no name: "Pertemuan", "Kegiatan", "Penandatanganan"."""
    return len(low) >= 8 and low.startswith(("pe", "ke")) and low.endswith("an")


# posts held by officials' spouses and civic bodies, not public offices (GUIDELINES: "Not officials: PKK and
# Dekranasda office-holders"); found to keep their holders from other positions, then left out of the result
NOT_PUBLIC_OFFICES = official_words()["not_public"]


def public_officials(officials: list[Official]) -> list[Official]:
    """``officials`` without the holders of posts that are no public office ("Ketua TP PKK Kabupaten X Ani")."""
    return [o for o in officials if not any(post in o.position for post in NOT_PUBLIC_OFFICES)]


def merge_officials(officials: list[Official]) -> list[Official]:
    """One person per article: "Abdur Rahman" and "Abdurrahman" are one (first form kept); a name that is part
    of a longer one ("Kartapradja" in "Wiradarma Sulistyo Kartapradja") joins it unless both state different regions."""
    merged: list[Official] = []
    for off in officials:  # same folded name: keep the first written form
        twin = next((o for o in merged if fold(o.name) == fold(off.name) and _compatible(o, off)), None)
        if twin:
            if twin.name[:1].islower() and off.name[:1].isupper():
                twin.name = off.name  # "H. panca Wijaya ... Bupati Panca Wijaya": the capitalised form
            if _member_of(twin.position, off.position):
                twin.position = off.position  # "anggota DPRD X, Budi (Ketua Banleg)": the post of his own
            _absorb(twin, off)
        else:
            merged.append(Official(off.name, off.position, off.region, list(off.mentions), off.position_span,
                                   off.explicit_region))
    out: list[Official] = []
    for off in sorted(merged, key=lambda o: -len(o.name.split())):
        tokens = name_tokens(off.name)
        # "Wali Kota Bagas Wirotomo" is not "Ny. Rina Bagas Wirotomo", his wife, who heads another office
        target = next((o for o in out
                       if tokens <= name_tokens(o.name) and _compatible(o, off)
                       and _same_office(o.position, off.position)), None)
        if target:
            _absorb(target, off)
        else:
            out.append(off)
    for off in [o for o in out if " " not in o.name and len(o.name) >= 3]:
        # "Bupati Leon" after "Bupati Leonardus Kenmar": a short form of the first name, same office
        low = fold(off.name)
        target = next((o for o in out if o is not off and " " in o.name and _compatible(o, off)
                       and _same_office(o.position, off.position)
                       and (fold(re.split(r"[\s.]+", o.name)[0]).startswith(low) or _blend_of(low, o.name))), None)
        if target:
            _absorb(target, off)
            out.remove(off)
    for off in [o for o in out if " " not in o.name]:
        # "Wagub Sekar Nirmala ... Wali Kota Bonte Galis ... bersama Wagub, Galis menerangkan": the office
        # has its holder already; the short name is the other official's, who starts the next clause
        holder = any(o is not off and o.position == off.position and o.region == off.region and " " in o.name
                     for o in out)
        owner = next((o for o in out if o is not off and fold(off.name) in name_tokens(o.name)), None)
        if holder and owner and not _same_office(owner.position, off.position):
            _absorb(owner, off)
            out.remove(off)
    out.sort(key=lambda o: min(s for s, _ in o.mentions))
    return out


def _member_of(member: str, post: str) -> bool:
    """``member`` is a bare membership ("Anggota DPRD") of the council whose post ``post`` is ("Ketua Badan
    Legislasi DPRD", "Wakil Ketua Komisi II DPRD"): one person's roll item and his own post."""
    if not member.startswith("Anggota ") or post.startswith("Anggota "):
        return False
    house = member.split()[-1]
    return house in LOCAL_COUNCILS and post.split()[-1] == house and post.startswith(
        ("Ketua ", "Wakil Ketua ", "Sekretaris ")) and member.removeprefix("Anggota ") in post


def _blend_of(short: str, name: str) -> bool:
    """``short`` (folded, one word) is a nickname blended from the start of ``name``'s first word and the start of
    its next one, each two letters or more: "Suharwi" from "Suhar Widjojo", "Bamsoe" from "Bambang Soetrisno"."""
    words = [fold(w) for w in re.split(r"[\s.]+", name) if w]
    if len(words) < 2 or len(short) < 5:
        return False
    first, second = words[0], words[1]
    return any(short.startswith(first[:i]) and len(short) - i >= 2 and second.startswith(short[i:])
               for i in range(2, len(first) + 1))


def name_tokens(name: str) -> set[str]:
    """The words of a name, initials glued by full stops apart: "R.K.Tolangi" -> {"r", "k", "tolangi"}."""
    return {fold(t) for t in re.split(r"[\s.]+", name) if t}


def _same_office(a: str, b: str) -> bool:
    """Positions that may name one person: equal, one within the other ("Sekretaris Daerah" / "Pelaksana
    Tugas Sekretaris Daerah"), or mostly the same words ("Ketua Komisi II DPRD" / "Ketua Komisi II DPR RI")."""
    if a == b or a in b or b in a:
        return True
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return len(wa & wb) >= 3 and len(wa & wb) * 2 >= len(wa | wb)


def _compatible(a: Official, b: Official) -> bool:
    if a.region == b.region or None in (a.region, b.region):
        return True
    return not (a.explicit_region and b.explicit_region)


def _absorb(target: Official, other: Official) -> None:
    target.mentions.extend(other.mentions)
    if other.explicit_region and not target.explicit_region:
        target.region, target.explicit_region = other.region, True
    elif target.region is None:
        target.region = other.region


NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z'’\-]+)\b")


class NameWords(Protocol):
    """The words that end a name (``nlp.officials.OfficialFinder`` has them)."""

    not_names: frozenset[str]
    position_words: frozenset[str]
    units: dict[str, str]
    region_words: frozenset[str]
    honorifics: frozenset[str]
    verbs: frozenset[str]
    position_starts: frozenset[str]


def whole_occurrences(name: str, text: str) -> Iterator[int]:
    """Ends of ``name`` written in ``text`` as whole words (no word character, apostrophe or hyphen around)."""
    i, n = text.find(name), len(name)
    while i >= 0:
        before = text[i - 1] if i else " "
        after = text[i + n] if i + n < len(text) else " "
        if not (before.isalnum() or before in "_'’-") and not (after.isalnum() or after in "_'’-"):
            yield i + n
            i = text.find(name, i + n)
        else:
            i = text.find(name, i + 1)


LOWER_RUN = re.compile(r"[a-z'’\-]+")
WORD_CHAR = re.compile(r"\w")


def lower_case_words(text: str) -> set[str]:
    """The words ``text`` writes in lower case whole (no word character or hyphen beside them): each part of a run
    of lower-case letters, hyphens and apostrophes that starts with a letter and is cut at apostrophes or the run's
    ends ("jum'at": "jum'at", "jum", "at"; "'tinjau'": "tinjau")."""
    words: set[str] = set()
    for run in LOWER_RUN.finditer(text):
        s, e = run.span()
        starts = [i for i in range(s, e) if "a" <= text[i] <= "z"
                  and (text[i - 1] in "'’" if i > s else not (s and WORD_CHAR.match(text, s - 1)))]
        ends = [j for j in range(s + 1, e + 1)
                if (text[j] in "'’" if j < e else not WORD_CHAR.match(text, e))]
        words.update(text[i:j] for i in starts for j in ends if j > i)
    return words


def longest_names(text: str, officials: list[Official], finder: NameWords, body_start: int = 0) -> None:
    """An official named once in full and elsewhere shorter is reported under the full name: "Wali Kota X
    Hardiman" and "... kata Hardiman Rosadi" -> Hardiman Rosadi (the words added must read as a name: no
    position, region word, verb or common word). On a headline's line (the headline, a "Baca juga" link, a line
    written like a headline) every word is capitalised: a word the text writes in lower case elsewhere is no part
    of the name there ("Bupati Prasojo Tinjau Sawah ... meninjau sawah, tinjau ulang"), so is a function word, and
    the words added must close the headline's run of capitals ("Bupati Prasojo Ajak Warga Menanam": none do;
    "Baca juga: Bupati Prasojo Wiratama: ..." does)."""
    names = {o.name for o in officials}
    lower_words: set[str] = set()  # the text's lower-case words: scanned once, at the first name on a headline's line
    scanned = False
    for off in officials:
        best = off.name
        for pos in whole_occurrences(off.name, text):
            headline = on_title_line(text, body_start, pos - 1)
            if headline and not scanned:
                lower_words, scanned = lower_case_words(text), True
            words = []
            while len(words) < 2:
                nxt = NEXT_WORD.match(text, pos)
                low = nxt.group(1).lower() if nxt else ""
                if not nxt or low in finder.not_names or low in finder.position_words or low in finder.units \
                        or low in finder.region_words or low in finder.honorifics or verb_like(low, finder.verbs) \
                        or derived_noun(low) or low in finder.position_starts or low in ADAT_TITLES \
                        or (headline and (low in FUNCTION_WORDS or headline_verb(low) or LOWER_VERB.match(low)
                                          or low in lower_words)):
                    break  # "Bupati Prasojo Tinjau Sawah" on a headline's line: "tinjau" is a common word
                words.append(nxt.group(1))
                pos = nxt.end()
            if headline and words and NEXT_WORD.match(text, pos):
                words = []  # "Bupati Prasojo Ajak Warga Menanam": the headline's words go on, no name closes
            longer = " ".join([off.name] + words)
            if len(longer) > len(best):
                best = longer
        if best != off.name and best not in names:
            names.add(best)
            off.name = best
