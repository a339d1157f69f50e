"""Small text helpers shared by the processors (offsets kept; the headline and lines written like one, a hard-wrapped
body read across its breaks)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def lower_same_length(text: str) -> str:
    """``text.lower()`` with every character kept at its offset (a few Unicode letters grow when lowered)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# the letters ``re.IGNORECASE`` matches to an ASCII "i" or "s" that lowering leaves non-ASCII or makes two characters
# (the Kelvin sign lowers to "k" itself)
CASE_ODD = ("\u0130", "\u0131", "\u017f")


def may_contain(text: str, low: str, words: tuple[str, ...]) -> bool:
    """One of ``words`` (lower-case ASCII) may stand in ``text`` in any case (``low``: its
    :func:`lower_same_length`): a test before a case-insensitive pattern that can match only where one of them
    stands; true for a text holding one of :data:`CASE_ODD`, which lowering does not fold."""
    return any(w in low for w in words) or any(c in text for c in CASE_ODD)


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


# "sebelas", "dua belas", "tiga puluh lima", "seratus": a number written in words (a delegation's size,
# nlp.delegation_size; villages counted before their region, nlp.visit_rules.PLACE_COUNT)
DIGITS = ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")  # 1 .. 9 in words
DIGIT_WORD = "(?:" + "|".join(DIGITS) + ")"
NUM_WORDS = (r"(?:(?:se|" + DIGIT_WORD + r"\s+)ratus(?:\s+|$))?(?:(?:se|" + DIGIT_WORD + r"\s+)puluh(?:\s+"
             + DIGIT_WORD + r")?|(?:se|" + DIGIT_WORD + r"\s+)belas|sepuluh|" + DIGIT_WORD + r")|(?:se|" + DIGIT_WORD
             + r"\s+)ratus")

# an office's acronym, three capitals or more: "BNPP", "KJRV" (not an initial, "H.", nor a two-letter honorific, "HA");
# read in running text by nlp.ner, and against one word of a head's "name" by nlp.leaders
ACRONYM = re.compile(r"\b[A-Z]{3,}\b(?!\.)")

# a place of one or two title-case words, an item of a list of places: "Camat A, B dan Tegal Sari" (nlp.officials),
# "ke A, B, <a resort>, C dan D" (nlp.visit_rules.UNKNOWN_ITEM)
PLACE_ITEM = r"[A-Z][a-z][\w'\-]*(?:[ \t]+[A-Z][a-z][\w'\-]*)?"

LETTERS_BROKEN = re.compile(r"(?<=[a-zA-Z])\n(?=[a-zA-Z])")


def joined_lines(text: str) -> str:
    """``text`` with every line break between two letters made a space, offsets kept: a name or phrase wrapped onto
    the next line ("Pemko Banda\\nAceh", "Kota\\nPayakumbuh") reads as written on one line."""
    return LETTERS_BROKEN.sub(" ", text)


# a line break between two words (or after a comma): a hard-wrapped line, not a paragraph's end
WRAP_BREAK = re.compile(r"(?<=[\w,])\n(?=[ \t]*[\w(])")


def unwrapped(text: str, body_start: int = 0) -> str:
    """``text`` with the line breaks of a hard-wrapped body ("disambut Wakil Wali Kota\\nBanda Aceh, Budi") made
    spaces, offsets kept: a body is hard-wrapped when half its line breaks (six at least) fall between two words."""
    body = text[body_start:]
    wraps = WRAP_BREAK.findall(body)
    if len(wraps) < 6 or len(wraps) * 2 < body.count("\n") - body.count("\n\n"):
        return text
    return text[:body_start] + WRAP_BREAK.sub(" ", body)


FOLDED_AWAY = re.compile(r"[\s.\-']+")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case- and space-insensitive key: "Abdur Rahman" and "Abdurrahman" fold alike (cached: the same names
    are folded many times an article)."""
    return FOLDED_AWAY.sub("", unicodedata.normalize("NFKC", text).lower())


def occurs_in(name: str, text: str) -> bool:
    """``name`` is written in ``text`` as whole words, ignoring case and spaces ("Abdur Rahman" ~ "Abdurrahman");
    "Luncurkan" does not occur in "meluncurkan"."""
    chars = [re.escape(c) for c in name if not c.isspace()]
    if not chars:
        return False
    return re.search(r"(?<!\w)" + r"\s*".join(chars) + r"(?!\w)", text, re.IGNORECASE) is not None


# The opening of a "Baca juga: ..." line (after blanks or bullets): a link to another story, not this one; also the
# bare "Baca: ..." (a colon right after the word; round 42: 26 train articles in 16 letters write their links so).
ASIDE = re.compile(r"[^\w\n]*(?:(?:baca\s+juga|simak\s+juga|lihat\s+juga|berita\s+terkait)\b|baca\s*:)", re.IGNORECASE)


def aside_at(text: str, pos: int) -> bool:
    """``pos`` stands in a "Baca juga" line."""
    return bool(ASIDE.match(text, text.rfind("\n", 0, pos) + 1))


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence (within its line) around ``start``..``end``: from after the last ". " or line
    break before ``start`` to the first one after ``end``."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    hi = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return lo, hi


def sentence_around(text: str, pos: int) -> str:
    """The sentence (within its line) around ``pos``: the text of :func:`sentence_bounds`."""
    lo, hi = sentence_bounds(text, pos, pos)
    return text[lo:hi]


LINE = re.compile(r"[^\n]+")
# a line of a list: "1. Name", "- Name", "• Name"
LIST_LINE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-•*–])[ \t]+(\S[^\n]*)(?:\n|$)")


def title_lines(text: str, body_start: int) -> list[tuple[int, int]]:
    """The headline, the text's lines written like one ("Sinergi Data dan Pengambilan Keputusan": most words
    capitalised, no closing full stop) and "Baca juga: ..." links to other articles."""
    out = [(0, body_start)] if body_start else []
    headline = text[:body_start].strip()
    for m in LINE.finditer(text, body_start):
        line = m.group().strip()
        if ASIDE.match(line) or (headline and line == headline):  # a link, or the headline written again
            out.append(m.span())
            continue
        if line.endswith((".", ",", ";", ":", "”", '"')):
            continue  # a sentence (most lines): no need to count its words
        words = [w for w in line.split() if w[:1].isalpha() or w[:1] in "“\"'"]
        if not 3 <= len(words) <= 14 or LIST_LINE.match(line):
            continue
        if sum(w.lstrip("“\"'")[:1].isupper() for w in words) >= 0.75 * len(words):
            out.append(m.span())
    return out


@lru_cache(maxsize=8)
def title_spans(text: str, body_start: int) -> tuple[tuple[int, int], ...]:
    """``title_lines`` of ``text``, found once per text and body start (the processors of one article share them)."""
    return tuple(title_lines(text, body_start))


def on_title_line(text: str, body_start: int, pos: int) -> bool:
    """``pos`` is on the headline, a line written like one or a "Baca juga" link of ``text`` (``title_lines``)."""
    return any(a <= pos < b for a, b in title_spans(text, body_start))


def one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one substitution, insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    for i in range(len(long_)):
        if long_[:i] + long_[i + 1:] == short:
            return True
    return False
