"""Publication dates: structured metadata values and the Indonesian date forms found in page text.

``parse_date`` normalises one date value (ISO, "Kamis, 13 September 2012", "07-05-2017 19:01 WIB",
"13/09/2012", "(26/3/2024)") to ``YYYY-MM-DD``; ``find_date`` returns the first valid date in free text.
Placeholders such as "00/00/0000" and impossible dates are ignored.

A source's ``date_format`` (strptime directives, Indonesian or English month/day names) is read by
``find_formatted_date``; ``check_date_format`` validates one when the sources file loads.

Yearless datelines ("Sabtu (26/3)") are completed by ``find_short_date``: with the year of the URL's date
(``nlp.dates.date_from_url``) when there is one, else by the weekday: the most recent year, not after the
reference date (the page's Last-Modified or the fetch date, see ``reference_date``) and at most
:data:`YEARLESS_MAX_BACK` years back, in which that day falls on that weekday. A yearless date without a weekday
stays unresolved (None): during an archive crawl the fetch date says nothing about an old article's year, and a
wrong year is worse than no date.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime

from nlp.dates import date_from_url

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
DIGIT_RE = re.compile(r"\d")  # in every date form below
NUMERIC_RE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])")

WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
            "ahad": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}
_WEEKDAY_ALT = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
# "Sabtu (26/3)": day and month, no year, with the weekday when it is written just before
SHORT_RE = re.compile(rf"(?:\b({_WEEKDAY_ALT})\s*,?\s*)?\(\s*(\d{{1,2}})/(\d{{1,2}})\s*\)", re.IGNORECASE)
YEARLESS_MAX_BACK = 6  # years searched back for a yearless dateline's weekday
LOCAL_OFFSET = timedelta(hours=9)  # WIT (UTC+9), Indonesia's easternmost zone: no local date is later

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
    """The first valid date written in ``text`` (``YYYY-MM-DD``), or None. Every date form has digits: a text
    without one is answered at once, without the date patterns."""
    if not text or DIGIT_RE.search(text) is None:
        return None
    for _, value in _candidates(text):
        if value:
            return value
    return None


def find_short_date(text: str | None, year: int | None, reference: date | None = None) -> str | None:
    """A yearless dateline such as "Sabtu (26/3)" completed with ``year`` (e.g. from the URL), else resolved by
    its weekday against ``reference`` (see :func:`resolve_yearless`); None when neither works."""
    if not text or not (year or reference):
        return None
    for m in SHORT_RE.finditer(text):
        day, month = int(m[2]), int(m[3])
        if year:
            value = _make(year, month, day)
        else:
            weekday = WEEKDAYS[m[1].lower()] if m[1] else None
            value = resolve_yearless(day, month, weekday, reference)  # type: ignore[arg-type]
        if value:
            return value
    return None


def resolve_yearless(day: int, month: int, weekday: int | None, reference: date) -> str | None:
    """The most recent ``day``/``month`` not after ``reference`` that falls on ``weekday`` (0 = Monday),
    searching back at most :data:`YEARLESS_MAX_BACK` years; None without a weekday or a match."""
    if weekday is None:
        return None
    for year in range(reference.year, reference.year - YEARLESS_MAX_BACK - 1, -1):
        try:
            day_date = date(year, month, day)
        except ValueError:  # 29/2 in a common year, 31/4, 0/13 ...
            continue
        if day_date <= reference and day_date.weekday() == weekday:
            return _make(year, month, day)
    return None


def reference_date(last_modified: str | bytes | None = None, now: datetime | None = None) -> date:
    """The date a page's yearless dates are resolved against: its HTTP Last-Modified, else the fetch time,
    never later than the fetch time; as a local date in Indonesia's easternmost zone (UTC+9)."""
    now = now or datetime.now(UTC)
    when = now
    if last_modified:
        text = last_modified.decode("latin-1") if isinstance(last_modified, bytes) else last_modified
        try:
            modified = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            modified = None
        if modified is not None:
            modified = modified if modified.tzinfo else modified.replace(tzinfo=UTC)
            when = min(modified, now)
    return (when.astimezone(UTC) + LOCAL_OFFSET).date()


def year_from_url(url: str) -> int | None:
    """The year of the date a news URL carries ("/2024/03/", "/read/20240326..."), read by the project's one
    URL-date reader, :func:`nlp.dates.date_from_url`."""
    found = date_from_url(url)
    return found[0].year if found else None


def parse_date(value: str | None) -> str | None:
    """Normalise one date value (metadata attribute or short text) to ``YYYY-MM-DD``."""
    return find_date(value.strip()) if value else None


# -- a source's own date format (strptime directives) ---------------------------------------------------------
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NUMBER = r"\d{1,2}"
DIRECTIVES = {
    "d": _NUMBER, "m": _NUMBER, "Y": r"\d{4}", "y": r"\d{2}", "H": _NUMBER, "I": _NUMBER, "M": _NUMBER,
    "S": _NUMBER, "f": r"\d{1,6}", "p": r"[AaPp]\.?[Mm]\.?", "z": r"(?:Z|[+-]\d\d:?\d\d)",
    "B": "|".join(MONTH_NAMES), "b": "|".join(m[:3] for m in MONTH_NAMES),
    "A": "|".join(DAY_NAMES), "a": "|".join(d[:3] for d in DAY_NAMES), "%": "%",
}
DIRECTIVE_RE = re.compile(r"%(.)")
_DAY_WORD_RE = re.compile(rf"\b({_WEEKDAY_ALT})\b", re.IGNORECASE)
_MONTH_WORD_RE = re.compile(rf"\b({_MONTH_ALT})\b\.?", re.IGNORECASE)
_DAY_NAME_RE = re.compile(rf"\b({'|'.join(DAY_NAMES)}|{'|'.join(d[:3] for d in DAY_NAMES)})\b", re.IGNORECASE)
_FORMATS: dict[str, tuple[re.Pattern[str], bool, bool]] = {}


def check_date_format(fmt: object) -> str | None:
    """What is wrong with a source's ``date_format`` (None when it is usable)."""
    if not isinstance(fmt, str) or not fmt.strip():
        return "date_format must be a strptime format string like \"%d-%m-%Y %H:%M WIB\""
    found = DIRECTIVE_RE.findall(fmt.replace("%%", ""))
    if fmt.replace("%%", "").endswith("%") or any(d not in DIRECTIVES for d in found):
        bad = next((d for d in found if d not in DIRECTIVES), "")
        return (f'date_format "{fmt}": unknown directive "%{bad}" (allowed: '
                f'{" ".join("%" + d for d in DIRECTIVES)})')
    has = set(found)
    if not ("d" in has and has & {"m", "B", "b"} and has & {"Y", "y", "A", "a"}):
        return (f'date_format "{fmt}" needs a day (%d), a month (%m, %B or %b) and a year (%Y or %y) or '
                f"weekday (%A or %a): it is a strptime format, not an example date")
    return None


def _compile_format(fmt: str) -> tuple[re.Pattern[str], bool, bool]:
    """A regular expression finding ``fmt`` in text (after name translation), and whether it has a year and
    full month names."""
    if fmt not in _FORMATS:
        parts, position = [], 0
        for m in DIRECTIVE_RE.finditer(fmt):
            parts.append(_literal(fmt[position:m.start()]))
            parts.append(f"(?:{DIRECTIVES[m[1]]})")
            position = m.end()
        parts.append(_literal(fmt[position:]))
        pattern = re.compile(r"(?<!\d)" + "".join(parts) + r"(?!\d)", re.IGNORECASE)
        _FORMATS[fmt] = (pattern, bool(re.search(r"%[Yy]", fmt)), "%b" not in fmt)
    return _FORMATS[fmt]


def _literal(text: str) -> str:
    return "".join(r"\s+" if c.isspace() else re.escape(c) for c in re.sub(r"\s+", " ", text))


def _translate(text: str, full_months: bool, full_days: bool) -> str:
    """Indonesian (and English) month and day names as strptime's English names, full or abbreviated."""
    def month(m: re.Match[str]) -> str:
        name = MONTH_NAMES[MONTHS[m[1].lower()] - 1]
        return name if full_months else name[:3]

    def day(m: re.Match[str]) -> str:
        name = DAY_NAMES[WEEKDAYS[m[1].lower()]]
        return name if full_days else name[:3]

    return _DAY_WORD_RE.sub(day, _MONTH_WORD_RE.sub(month, text))


def find_formatted_date(text: str | None, fmt: str, reference: date | None = None) -> str | None:
    """The first date in ``text`` written as ``fmt`` (strptime directives; Indonesian names are translated
    first), as ``YYYY-MM-DD``. A format without a year is completed by its weekday against ``reference``."""
    if not text:
        return None
    pattern, has_year, full_months = _compile_format(fmt)
    translated = _translate(re.sub(r"\s+", " ", text), full_months, "%a" not in fmt)
    for m in pattern.finditer(translated):
        try:
            if has_year:
                parsed = datetime.strptime(m[0], fmt)
            else:  # 2000 is a leap year: 29/2 parses, the weekday decides the real year
                parsed = datetime.strptime(f"{m[0]} 2000", f"{fmt} %Y")
        except ValueError:
            continue
        if has_year:
            value = _make(parsed.year, parsed.month, parsed.day)
        elif reference is not None and (word := _DAY_NAME_RE.search(m[0])):
            weekday = next(i for i, d in enumerate(DAY_NAMES) if d[:3].lower() == word[1][:3].lower())
            value = resolve_yearless(parsed.day, parsed.month, weekday, reference)
        else:
            value = None
        if value:
            return value
    return None
