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

# abbreviations that never end a sentence when followed by a full stop (lower-cased, without dot; round 37: an
# acting official's "Pj.", "Plt.", "Plh.", "Pjs." before his post)
ABBREVIATIONS = frozenset("""
h hj ir dr drs dra prof kh st ny nn tn sdr sdri bpk bp ibu moch mokh moh muh mukh mohd muhd mhd md abd ach
kab kec kel ds jl jln no nomor tel telp hp rp prov pj plt plh pjs
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
    new = tuple.__new__  # Tok(...) without the Python-level constructor: one tuple per token
    for line in LINE_RE.finditer(text):
        toks = [new(Tok, (m.group(), *m.span())) for m in TOKEN_RE.finditer(text, line.start(), line.end())]
        first = 0
        for i in [i for i, t in enumerate(toks) if t[0] in END_PUNCT]:
            if _ends_sentence(toks, first, i):
                sentences.append(toks[first:i + 1])
                first = i + 1
        if first < len(toks):
            sentences.append(toks[first:] if first else toks)
    return _attach_closers(sentences)


def _ends_sentence(toks: list[Tok], first: int, i: int) -> bool:
    """The end mark ``toks[i]`` closes the sentence that began at ``toks[first]``."""
    tok = toks[i]
    if tok.text != ".":  # "!" and "?"
        return _next_is_start(toks, i)
    if i == first:
        return False
    prev = toks[i - 1]
    if prev.end != tok.start:  # " . " stray dot
        return True
    word = prev.text.lower()
    if word in ABBREVIATIONS or word.replace(".", "") in ABBREVIATIONS:
        return False
    if len(prev.text) == 1 and prev.text.isalpha() and prev.text.isupper():  # initial "R."
        return False
    if "." in prev.text and all(len(part) <= 3 for part in prev.text.split(".")) and prev.text[0].isupper():
        return False  # "S.Sos", "M.Si" style degrees not in the list
    return _next_is_start(toks, i)


def _next_is_start(toks: list[Tok], i: int) -> bool:
    """Nothing follows on the line, or the next token can open a sentence: upper-case letter, digit, quote or
    bracket."""
    j, n = i + 1, len(toks)
    while j < n and toks[j].text in CLOSERS:
        j += 1
    if j >= n:
        return True
    first = toks[j].text[0]
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
