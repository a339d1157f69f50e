"""kunker's rule-based tokenizer and sentence splitter for Indonesian news (no model).

Tokens keep character offsets. A full stop ends a sentence unless it closes an abbreviation
("H.", "Ir.", "Kab.", "No.", "S.E.", "M.Si."), an initial ("R.") or a number ("Rp2.500").
"""

from __future__ import annotations

import re
from typing import NamedTuple

# words with inner dots, hyphens, apostrophes or slashes stay one token: "M.Si", "Bau-Bau", "31/5", "2.500"
TOKEN_RE = re.compile(r"\w+(?:[.\-'’/,]\w+)*|\S", re.UNICODE)
# a sentence ends at . ! ? (optionally followed by closing quotes/brackets); newlines end paragraphs
END_PUNCT = frozenset(".!?")
LINE_RE = re.compile(r"[^\n]+")
CLOSERS = frozenset("\"'”’)]»")

# abbreviations that never end a sentence when followed by a full stop (lower-cased, without dot)
ABBREVIATIONS = frozenset("""
h hj ir dr drs dra prof kh st ny nn tn sdr sdri bpk bp ibu moch mokh moh muh mukh mohd muhd mhd md abd ach
kab kec kel ds jl jln no nomor tel telp hp rp prov
s.e s.h s.pd s.sos s.ip s.kom s.t s.ag s.hut s.p s.kep s.km s.ked m.si m.m m.h m.pd m.t m.kes m.ag m.ap m.sc
ph.d s.e.i m.e dll dsb dkk tsb a.n u.p spd se sh mm msi mh mpd sip sstp sos ssos skm mkes mt ak
jan feb mar apr jun jul agu agt ags sep sept okt nov des
""".split())


class Tok(NamedTuple):
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[list[Tok]]:
    """Split ``text`` into sentences of tokens with character offsets; a line break ends a sentence."""
    sentences: list[list[Tok]] = []
    for line in LINE_RE.finditer(text):
        current: list[Tok] = []
        matches = list(TOKEN_RE.finditer(text, line.start(), line.end()))
        n = len(matches)
        for i, m in enumerate(matches):
            tok = Tok(m.group(), m.start(), m.end())
            current.append(tok)
            if tok.text in END_PUNCT and _ends_sentence(current, matches, i, n, text):
                sentences.append(current)
                current = []
        if current:
            sentences.append(current)
    return _attach_closers(sentences)


def _ends_sentence(current: list[Tok], matches: list[re.Match], i: int, n: int, text: str) -> bool:
    tok = current[-1]
    if tok.text != ".":  # "!" and "?"
        return i + 1 >= n or _next_is_start(matches, i, n)
    if len(current) < 2:
        return False
    prev = current[-2]
    if prev.end != tok.start:  # " . " stray dot
        return True
    word = prev.text.lower()
    if word in ABBREVIATIONS or word.replace(".", "") in ABBREVIATIONS:
        return False
    if len(prev.text) == 1 and prev.text.isalpha() and prev.text.isupper():  # initial "R."
        return False
    if "." in prev.text and all(len(part) <= 3 for part in prev.text.split(".")) and prev.text[0].isupper():
        return False  # "S.Sos", "M.Si" style degrees not in the list
    if i + 1 >= n:
        return True
    return _next_is_start(matches, i, n)


def _next_is_start(matches: list[re.Match], i: int, n: int) -> bool:
    """The next token can open a sentence: upper-case letter, digit, quote or bracket."""
    j = i + 1
    while j < n and matches[j].group() in CLOSERS:
        j += 1
    if j >= n:
        return True
    first = matches[j].group()[0]
    return first.isupper() or first.isdigit() or first in "\"'“‘([-–—"


def _attach_closers(sentences: list[list[Tok]]) -> list[list[Tok]]:
    """Move closing quotes/brackets that start a sentence back to the previous one."""
    out: list[list[Tok]] = []
    for sent in sentences:
        k = 0
        while out and k < len(sent) - 1 and sent[k].text in "\"”’)»" and out[-1][-1].text in END_PUNCT:
            out[-1].append(sent[k])
            k += 1
        rest = sent[k:]
        if rest:
            out.append(rest)
    return out
