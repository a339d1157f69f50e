"""Small text helpers shared by the processors."""

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


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


LETTERS_BROKEN = re.compile(r"(?<=[a-zA-Z])\n(?=[a-zA-Z])")


def joined_lines(text: str) -> str:
    """``text`` with every line break between two letters made a space, offsets kept: a name or phrase wrapped onto
    the next line ("Pemko Banda\\nAceh", "Kota\\nPayakumbuh") reads as written on one line."""
    return LETTERS_BROKEN.sub(" ", text)


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


# The opening of a "Baca juga: ..." line (after blanks or bullets): a link to another story, not this one.
ASIDE = re.compile(r"[^\w\n]*(?:baca\s+juga|simak\s+juga|lihat\s+juga|berita\s+terkait)\b", re.IGNORECASE)
