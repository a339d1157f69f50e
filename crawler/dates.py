"""Publication dates: structured metadata values and the Indonesian date forms found in page text.

``parse_date`` normalises one date value (ISO, "Kamis, 13 September 2012", "07-05-2017 19:01 WIB",
"13/09/2012", "(26/3/2024)") to ``YYYY-MM-DD``; ``find_date`` returns the first valid date in free text.
Placeholders such as "00/00/0000" and impossible dates are ignored.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "agst": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

ISO_RE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d|\b)")
NAMED_RE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_ALT})\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
NAMED_US_RE = re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)
NUMERIC_RE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])")

SHORT_RE = re.compile(r"\(\s*(\d{1,2})/(\d{1,2})\s*\)")  # "Sabtu (26/3)": day and month, no year
URL_YEAR_RE = re.compile(r"/((?:19|20)\d\d)/(?:\d{1,2}/)?")

MIN_YEAR = 1990


def _make(year: int, month: int, day: int) -> str | None:
    if year < 100:
        year += 2000
    if not MIN_YEAR <= year <= date.today().year + 1:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _candidates(text: str) -> list[tuple[int, str | None]]:
    """All date-like matches in ``text`` as (position, normalised date or None)."""
    found: list[tuple[int, str | None]] = []
    for m in ISO_RE.finditer(text):
        found.append((m.start(), _make(int(m[1]), int(m[2]), int(m[3]))))
    for m in NAMED_RE.finditer(text):
        found.append((m.start(), _make(int(m[3]), MONTHS[m[2].lower()], int(m[1]))))
    for m in NAMED_US_RE.finditer(text):
        found.append((m.start(), _make(int(m[3]), MONTHS[m[1].lower()], int(m[2]))))
    for m in NUMERIC_RE.finditer(text):
        found.append((m.start(), _make(int(m[4]), int(m[3]), int(m[1]))))
    found.sort(key=lambda c: c[0])
    return found


def find_date(text: str | None) -> str | None:
    """The first valid date written in ``text`` (``YYYY-MM-DD``), or None."""
    if not text:
        return None
    for _, value in _candidates(text):
        if value:
            return value
    return None


def find_short_date(text: str | None, year: int | None) -> str | None:
    """A yearless dateline such as "Sabtu (26/3)" completed with ``year`` (e.g. from the URL), or None."""
    if not text or not year:
        return None
    for m in SHORT_RE.finditer(text):
        if value := _make(year, int(m[2]), int(m[1])):
            return value
    return None


def year_from_url(url: str) -> int | None:
    m = URL_YEAR_RE.search(url)
    return int(m[1]) if m else None


def parse_date(value: str | None) -> str | None:
    """Normalise one date value (metadata attribute or short text) to ``YYYY-MM-DD``."""
    return find_date(value.strip()) if value else None
