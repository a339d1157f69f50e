"""Dates in Indonesian news, resolved against the publication date.

"Selasa (31/5)", "Kamis (13/9)", "Jumat (26 /1/ 2018)", "tanggal 08-02-22",
"Selasa 22/8/2017" (day/month: the year comes from the publication date,
preferring the past), "(9/11/2016)", "Kamis, 29 Mei 2014", "kemarin", "2 hari yang lalu", "Senin lalu" (the last Monday
before publication), "Senin pekan lalu" (Monday of the previous week). Without a publication date, a date with
no year (or a relative one) stays unresolved (None). dateparser (``languages=['id']``) parses the strings the
patterns below locate, so its cost is paid only for the few candidates of visit articles.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from nlp.lexicon import alternation, visit_cue_words

# the months as written, with their numbers (one table for the pattern and for :func:`month_number`)
MONTH_NUMBERS = {"januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
                 "agustus": 8, "september": 9, "oktober": 10, "nopember": 11, "november": 11, "desember": 12,
                 "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "ags": 8, "agst": 8,
                 "sep": 9, "sept": 9, "okt": 10, "nov": 11, "des": 12}
MONTHS = "|".join(MONTH_NUMBERS)


def month_number(word: str) -> int:
    """ "Juni", "Agst" -> 6, 8."""
    return MONTH_NUMBERS[word.lower()]
# the rest of a range of days, whose first day is the date: "14-15", "5 dan 6", "5 sampai tanggal 7", "5 s.d. 7",
# "5 sampai dengan 7"
DAY_NAMES = "senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad"
# ("Senin 8 – Kamis 11 Maret": a day name may open the last day)
RANGE_TO = (r"(?:\s*[-–]\s*(?:(?:" + DAY_NAMES + r")\s*,?\s+)?(?P<last>\d{1,2})"
            r"|\s+(?:dan|sampai(?:\s+dengan)?|hingga|s\.?\s?d\.?|s/d)\s+(?:(?:tanggal|tgl\.?)\s+)?(?P<last2>\d{1,2}))")
# "kemarin", "kemarin lusa", "dua hari yang lalu", "hari ini": a day told only against the day of writing (one
# alternation: DATE_RE's ``rel``, and :mod:`nlp.visit_dates`, which tries such a day after the dates the text writes)
RELATIVE_DAY = r"kemarin(?:\s+lusa)?|(?:\d+|dua|tiga|empat|lima)\s+hari\s+(?:yang\s+)?lalu|hari\s+ini"
RELATIVE_DAY_RE = re.compile(RELATIVE_DAY, re.IGNORECASE)
DATE_RE = re.compile(
    # (31/5), (1/2/26), (3-4/7), (4/11-2021): the year also after a hyphen
    r"\(\s?(?P<d1>\d{1,2})(?:\s*[-–]\s*(?P<last1>\d{1,2}))?\s?/\s?(?P<m1>\d{1,2})(?:\s?[/-]\s?(?P<y1>\d{4}|\d{2}))?\s?\)"
    r"|\b(?P<d2>\d{1,2})" + RANGE_TO + r"?\s+(?P<m2>" + MONTHS + r")\.?(?:\s+(?P<y2>\d{4}))?\b"  # 29 Mei 2014
    r"|\b(?P<wd>" + DAY_NAMES + r")\s+(?P<week>pekan\s+|minggu\s+)?(?:lalu|kemarin)\b"  # Senin lalu: the last Monday
    r"|\b(?P<rel>" + RELATIVE_DAY + r")\b",
    re.IGNORECASE)
# "Selasa 22/8/2017", "Rabu, 20/3": a day name before a day/month written without brackets
DAY_SLASH_RE = re.compile(r"\b(?P<wd>" + DAY_NAMES + r")(?:[ \t]*,[ \t]*|[ \t]+)(?P<d>\d{1,2})/(?P<m>\d{1,2})"
                          r"(?:/(?P<y>\d{2,4}))?\b", re.IGNORECASE)
# Speed: JOINED_RE, BARE_SLASH_RE and TYPO_RE open with what their scan tries at every word or number; each ends
# with a tail of digits and separators (one constant) also compiled alone as its cue. Every match of the pattern
# holds a match of its cue, so a text the cue (a faster scan) finds nothing in skips the pattern
# (tests/test_nlp_cues.py checks the construction).
# "tanggal 08-02-22", "Selasa, 8.2.2022": day, month and year joined by hyphens or dots (the year required, so
# that a range "8-9" is no date)
JOINED_TAIL = r"(?P<d>\d{1,2})(?P<sep>[-.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})\b"
JOINED_RE = re.compile(r"\b(?:tanggal|tgl\.?|" + DAY_NAMES + r")[ \t]*,?[ \t]+(?:(?:tanggal|tgl\.?)[ \t]+)?"
                       + JOINED_TAIL, re.IGNORECASE)
JOINED_CUE = re.compile(JOINED_TAIL, re.IGNORECASE)
# "Senin (12-02-2024)", "(12.02.2024)": a bracketed day, month and year joined by hyphens or dots
BRACKET_JOINED_RE = re.compile(r"\((?P<d>\d{1,2})(?P<sep>[-.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})\)")
# "di Ruang Pola, 22/11/2018 itu": a bare day/month/year, the year in four digits (not "Nomor 5/11/2018")
BARE_SLASH_TAIL = r"/(?P<y>(?:19|20)\d\d)(?![\w/])"
BARE_SLASH_RE = re.compile(r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})" + BARE_SLASH_TAIL)
BARE_SLASH_CUE = re.compile(BARE_SLASH_TAIL)
NUMBER_BEFORE = re.compile(r"(?:[\w/.-]|\b(?:nomor|no\.?)[ \t])$", re.IGNORECASE)
# the dashes that close a dateline ("SLEMAN –", "Kota, Outlet ~"), one class for the dateline patterns (also
# visit_rules.DATELINE_DASH); each reads a plain hyphen with its own spacing
DATELINE_DASHES = "–—~"
# "SLEMAN, 21/3 –": a dateline's day/month
DATELINE_RE = re.compile(r"^[ \t]*[A-Z][\w.' ]{1,30},[ \t]*(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{2,4}))?"
                         r"[ \t]*[-" + DATELINE_DASHES + "]", re.MULTILINE)
# "pada Selasa", "Rabu malam": a day name alone, the last such day up to the publication date (weak evidence)
DAY_ALONE = re.compile(r"\b(?P<wd>Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)\b(?![ \t]*(?:[(,]?[ \t]*\d|"
                       r"\(|pekan|minggu|lalu|kemarin|depan|mendatang|besok))")


# "Rabu (110/3/2021)", "Sabtu 9 Juni7 2019", "Minggu (15/09/2024x": a day name before a date its writer mistyped,
# which the day name can set right (:func:`_repaired`); one separator twice and a month 1-12 as written (not the
# clock times of "Rabu 10.00-24.00")
TYPO_TAIL = (r"(?P<d>\d{1,3})[ \t]*(?:(?P<sep>[/.-])[ \t]*(?P<m>0?[1-9]|1[0-2])[ \t]*(?P=sep)"
             r"|[ \t]+(?P<mw>" + MONTHS + r")\w?\.?[ \t]+)[ \t]*(?P<y>\d{2,5})")
TYPO_RE = re.compile(r"\b(?P<wd>" + DAY_NAMES + r")[ \t]*,?[ \t]*\(?[ \t]*" + TYPO_TAIL, re.IGNORECASE)
TYPO_CUE = re.compile(TYPO_TAIL, re.IGNORECASE)
MAX_AGE_DAYS = 730
NEWS_SINCE = dt.date(1945, 8, 17)  # no report is older (as for a line's "published", ../README.md)
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6, "ahad": 6}


def _weekday(name: str) -> int:
    """The weekday (Monday 0) of a day name as written: "Jum'at" or "JUMAT" is Friday."""
    return WEEKDAYS[name.lower().replace("'", "")]


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    value: dt.date | None
    explicit_year: bool
    weak: bool = False  # a day name alone: used only when no fuller date is written
    last: dt.date | None = None  # the last day of a range ("8-9 Maret 2022"), whose first day is ``value``
    planned: bool = False  # moved to the next such day: set in the future by the text (:func:`_planned`)


@lru_cache(maxsize=1)
def _parser():
    import dateparser

    return dateparser


def parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    """``dt.date(year, month, day)``, or None when there is no such day."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _with_year(day: int, month: int, published: dt.date) -> dt.date | None:
    """The latest such day/month not after the publication date (news reports the past)."""
    for year in (published.year, published.year - 1):
        candidate = _date_or_none(year, month, day)
        if candidate is not None and candidate <= published + dt.timedelta(days=1):
            return candidate
    return None


# the month words dateparser reads in Indonesian ("ags", "agst" it reads as no date)
PARSED_MONTHS = {w: n for w, n in MONTH_NUMBERS.items() if w not in ("ags", "agst")}


def _written_date(day: str, month: str, year: str) -> dt.date | None:
    """ "5 Juli 2023" as dateparser reads it (round 33, speed: a dateparser call costs about 3 ms; the test compares
    the two over every month word and day); None: left to dateparser (an unknown or non-ASCII word, a year outside
    1900-2099, no such day)."""
    number = PARSED_MONTHS.get(month.lower())
    if number is None or not (day + month + year).isascii() or not 1900 <= int(year) <= 2099:
        return None
    return _date_or_none(int(year), number, int(day))


def resolve(text: str, published: dt.date | None) -> dt.date | None:
    """One date expression (as matched by :data:`DATE_RE`) to a date, or None."""
    m = DATE_RE.fullmatch(text.strip()) or DATE_RE.search(text)
    if not m:
        return None
    if m.group("d1"):
        day, month, year = int(m.group("d1")), int(m.group("m1")), m.group("y1")
        if year:
            return _date_or_none(int(year) + (2000 if len(year) == 2 else 0), month, day)
        return _with_year(day, month, published) if published else None
    if m.group("wd"):
        if not published:
            return None
        weekday = _weekday(m.group("wd"))
        back = (published.weekday() - weekday) % 7 or 7  # strictly before the publication day
        if m.group("week"):  # "Senin pekan lalu": that day of the previous calendar week
            back = published.weekday() - weekday + 7
        return published - dt.timedelta(days=back)
    if m.group("d2") and m.group("y2"):
        written = _written_date(m.group("d2"), m.group("m2"), m.group("y2"))
        if written is not None:
            return written
    settings = {"PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time(12))
    if m.group("d2"):
        if not m.group("y2") and not published:
            return None
    elif not published:
        return None  # "kemarin" needs the publication date
    phrase = f"{m.group('d2')} {m.group('m2')} {m.group('y2') or ''}".strip() if m.group("d2") else m.group(0)
    parsed = _parser().parse(phrase, languages=["id"], settings=settings)  # "14-15 Juli 2023": the first day
    return parsed.date() if parsed else None


# a news URL's date: "/2016/09/06/", "/2016/09/" (month only), "/read/20230825..."
URL_DATE = re.compile(r"/(?P<y>20\d\d|19\d\d)/(?P<m>0?[1-9]|1[0-2])/(?:(?P<d>0?[1-9]|[12]\d|3[01])/)?"
                      r"|/(?P<y2>20\d\d)(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01])")


def date_from_url(url: str | None) -> tuple[dt.date, bool] | None:
    """The publication date a news URL carries: (date, exact); a month alone gives its last day, not exact."""
    m = URL_DATE.search(url or "")
    if not m:
        return None
    year, month = int(m.group("y") or m.group("y2")), int(m.group("m") or m.group("m2"))
    day = m.group("d") or m.group("d2")
    try:
        if day:
            return dt.date(year, month, int(day)), True
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return following - dt.timedelta(days=1), False
    except ValueError:
        return None


# "<day> (d/m)", "<day> <part of the day> (d/m)", "<day> lalu (d/m)": a day name before a date, a part of the
# day or "lalu" between
DAY_BEFORE = re.compile(r"\b(?P<wd>" + DAY_NAMES + r")(?:\W{1,3}(?:pagi|siang|sore|petang|malam|lalu|kemarin))?"
                        r"\W{0,3}$", re.IGNORECASE)
# "Kunker Bupati X ke Kabupaten Y Tahun 2014": a headline's year
TITLE_YEAR = re.compile(r"\A[^\n]*?\btahun\s+(?P<y>(?:19|20)\d\d)\b[^\n]*\n", re.IGNORECASE)


def year_hint(text: str) -> dt.date | None:
    """Without a publication date, the latest day a full date of the text (or a headline's "Tahun 2014") writes:
    the report is no older, so "Kamis (23/2)" next to "ujarnya, Jumat (24/2/2023)" is 2023-02-23."""
    latest = None
    for m in DATE_RE.finditer(text):  # a news day ("(24/2/2023)", "Jumat, 24 Februari 2023"), not a history one
        if m.group("y1") or m.group("y2") and DAY_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            value = resolve(m.group(0), None)
            if value and value >= NEWS_SINCE and (latest is None or value > latest):  # before 1945: a typo or history
                latest = value
    title = TITLE_YEAR.match(text)
    if title:
        end = dt.date(int(title.group("y")), 12, 31)
        latest = max(latest, end) if latest else end
    return latest


def _last_day(m: re.Match, first: dt.date | None) -> dt.date | None:
    """The last day of a range whose first day is ``first``: "8-9 Maret 2022", "(3-4/7)", "5 sampai 7 Maret"."""
    last = m.group("last") or m.group("last2") or m.group("last1")
    if not first or not last or int(last) <= first.day:
        return None
    try:
        return first.replace(day=int(last))
    except ValueError:
        return None


def find_dates(text: str, published: dt.date | None, month_end: dt.date | None = None) -> list[DateMention]:
    """Dates in ``text`` resolved against ``published``; without it, ``month_end`` (the last day of the month a
    URL names), else the latest full date the text writes (:func:`year_hint`), still gives day/month dates their
    year, but not day names or "kemarin"."""
    out = []
    hint = None if published or month_end else year_hint(text)
    # the report is no older than its latest full date, and likely written within a month of it
    reference = published or month_end or (hint + dt.timedelta(days=31) if hint else None)
    years = None
    closers: list[tuple[int, dt.date]] = []
    for m in DATE_RE.finditer(text):
        explicit = bool(m.group("y1") or m.group("y2"))
        ref = published if m.group("wd") or m.group("rel") else reference
        if UNTIL_BEFORE.search(text, max(0, m.start() - 25), m.start()) and not (m.group("last") or m.group("last2")
                                                                                  or m.group("last1")):
            if (closing := resolve(m.group(0), reference)) is not None:
                closers.append((m.start(), closing))
            continue  # "berlangsung sampai Jumat 5 Juni": the last day of a stay, not a day it began
        value = resolve(m.group(0), ref)
        if value is None and ref is None and not explicit and not m.group("wd") and not m.group("rel") \
                and (day := DAY_BEFORE.search(text, max(0, m.start() - 20), m.start())):
            years = _years(text) if years is None else years
            value = _year_by_weekday(m.group(0), day.group("wd"), years)
        out.append(DateMention(m.start(), m.end(), m.group(0), value, explicit, last=_last_day(m, value)))
    for m in (*(JOINED_RE.finditer(text) if JOINED_CUE.search(text) else ()), *BRACKET_JOINED_RE.finditer(text)):
        value = _day_month(int(m.group("d")), int(m.group("m")), m.group("y"), reference)
        out.append(DateMention(m.start(), m.end(), m.group(0), value, True))
    for m in DAY_SLASH_RE.finditer(text):
        value = _day_month(int(m.group("d")), int(m.group("m")), m.group("y"), reference)
        if value is None and reference is None and not m.group("y"):  # "<day>,d/m": the year its day name takes
            years = _years(text) if years is None else years
            value = _year_by_weekday(f"({m.group('d')}/{m.group('m')})", m.group("wd"), years)
        out.append(DateMention(m.start(), m.end(), m.group(0), value, bool(m.group("y"))))
    for m in (BARE_SLASH_RE.finditer(text) if BARE_SLASH_CUE.search(text) else ()):
        if NUMBER_BEFORE.search(text, max(0, m.start() - 6), m.start()) or any(d.start <= m.start() < d.end
                                                                               for d in out):
            continue  # a decree's number, or inside "(22/11/2018)" or "Kamis 22/11/2018"
        value = _day_month(int(m.group("d")), int(m.group("m")), m.group("y"), reference)
        out.append(DateMention(m.start(), m.end(), m.group(0), value, True))
    for m in DATELINE_RE.finditer(text):
        value = _day_month(int(m.group("d")), int(m.group("m")), m.group("y"), reference)
        out.append(DateMention(m.start("d"), m.end("m"), m.group(0), value, bool(m.group("y"))))
    if published:
        taken = [(d.start, d.end) for d in out]
        for m in DAY_ALONE.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            back = (published.weekday() - _weekday(m.group("wd"))) % 7
            out.append(DateMention(m.start(), m.end(), m.group(0), published - dt.timedelta(days=back), False, True))
    out = _with_repairs(text, out, published)
    out.sort(key=lambda d: d.start)
    out = _closed_ranges(text, out, closers)
    if published:
        # a day and month without a year keep the year picked whatever day name is written (round 40: moving them
        # to the neighbouring year the day name agrees with was never right on train, the writer's slip of the day
        # name, not a report a year late)
        out = [_planned(text, d, published) for d in out]
    if reference:  # "berdiri sejak 1 April 1914": a date years before the report is history, not the visit
        out = [_dated_or_dropped(d, reference, published) for d in out]
    return out


def _dated_or_dropped(d: DateMention, reference: dt.date, published: dt.date | None) -> DateMention:
    """``d`` as :func:`find_dates` keeps it: its value dropped when history (over :data:`MAX_AGE_DAYS` before the
    report) or over two days after the report, unless the text set it ahead (``planned``); a date written with
    its year up to :data:`PLAN_DAYS` after the report stands as written (round 41: the day the writer gives a
    trip still to come, "keberangkatan dijadwalkan <day> (<d/m/y>)", or a month the writer slipped, which gold
    dates as written too); not marked ``planned``: a slipped month's visit took place."""
    if not d.value or d.planned:
        return d
    age = (reference - d.value).days
    if -2 <= age <= MAX_AGE_DAYS:
        return d
    if published and d.explicit_year and -PLAN_DAYS <= age < -2:
        return d
    return replace(d, value=None)


# "dijadwalkan pada 22 Oktober", "akan berkunjung Kamis (5/10)", "Senin (9/10) mendatang": a day still to come
PLANNED_BEFORE = re.compile(r"\b(?:" + alternation(visit_cue_words()["planned"]) + r")\b[^.;!?\n]{0,50}$",
                            re.IGNORECASE)
PLANNED_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:" + alternation(visit_cue_words()["planned_after"]) + r")\b",
                           re.IGNORECASE)  # data/visit_cues.csv role planned_after
# the `happened` cues of visit_cues.csv, but not "tiba": "dijadwalkan tiba pada 3 November" still sets the day ahead
HAPPENED_BEFORE = re.compile(r"\b(?:" + alternation([w for w in visit_cue_words()["happened"] if w != "tiba"])
                             + r")\b[^.;!?\n]{0,50}$", re.IGNORECASE)
PLAN_DAYS = 92
# a day and month without a year at most this many days after the report are that day, not one a year back
# (round 41: "mulai tanggal 17 hingga 19 April" in a report of 14 April)
SOON_DAYS = 7


def _planned(text: str, d: DateMention, published: dt.date) -> DateMention:
    """A day and month without a year that the text sets in the future ("<trip> dijadwalkan pada <d> sampai <d>
    Oktober" published on 20 October) are the next such day, within :data:`PLAN_DAYS` after the report, not
    the last one before it; within :data:`SOON_DAYS` after it, whatever the words (round 41); marked ``planned``
    (no history, no day past the report to drop)."""
    if d.explicit_year or d.weak or d.value is None or d.value > published:
        return d
    nxt = _date_or_none(d.value.year + 1, d.value.month, d.value.day)
    if nxt is None or not 0 < (nxt - published).days <= PLAN_DAYS:
        return d
    before = text[max(0, d.start - 60):d.start]
    if (nxt - published).days > SOON_DAYS and (  # a few days ahead: no cue needed
            not (PLANNED_BEFORE.search(before) or PLANNED_AFTER.match(text, d.end)) or HAPPENED_BEFORE.search(before)):
        return d
    return DateMention(d.start, d.end, d.text, nxt, False, d.weak, _same_days(d, nxt), planned=True)


# "sampai Jumat 5 Juni", "hingga Rabu (7/6)", "s.d. 9 Juni": the date that closes a stay (not "SD", a school)
UNTIL_BEFORE = re.compile(r"\b(?:sampai|hingga|s\.\s?d\.?|s/d)\s+(?:dengan\s+)?(?:(?:tanggal|tgl\.?)\s+)?"
                          r"(?:(?:" + DAY_NAMES + r")\s*,?\s*)?$", re.IGNORECASE)
WRITTEN_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/])")


# what stands between a stay's first day and the date that closes it: "13 Mei hingga 16 Mei 2024",
# "(13/05/24) sampai dengan (16/05/24)"
UNTIL_BETWEEN = re.compile(r"[ \t),]*" + UNTIL_BEFORE.pattern, re.IGNORECASE)
RANGE_DAYS = 31
CLOSER_REACH = 40  # characters from a first day's end to the start of the date that closes it, at most


def _closed_ranges(text: str, found: list[DateMention], closers: list[tuple[int, dt.date]]) -> list[DateMention]:
    """``found`` with a date that a closing date follows ("sejak 13 Mei hingga 16 Mei 2024", "dari tanggal
    (13/05/24) sampai dengan (16/05/24)": two dates of their own) read as a range up to that date, when it closes
    the date within :data:`RANGE_DAYS`; the closing date itself is no mention (:func:`find_dates` skips it)."""
    if not closers:
        return found
    ends = dict(closers)
    out = []
    for d in found:
        close = next((ends[s] for s in ends
                      if d.end <= s <= d.end + CLOSER_REACH and UNTIL_BETWEEN.fullmatch(text, d.end, s)), None)
        if d.value and not d.last and close and 0 < (close - d.value).days <= RANGE_DAYS:
            d = DateMention(d.start, d.end, d.text, d.value, d.explicit_year, d.weak, close, d.planned)
        out.append(d)
    return out


def _years(text: str) -> frozenset[int]:
    """The years the text writes that may be the report's: the latest ("APBD Tahun 2022", "28 Oktober 2021") and
    the one before it, not a founding year ("berdiri tahun 1991")."""
    written = {int(y) for y in WRITTEN_YEAR.findall(text)}
    return frozenset(y for y in written if y >= max(written) - 1)


def _year_by_weekday(expression: str, day_name: str, years: frozenset[int]) -> dt.date | None:
    """Without a publication date, "Selasa (12/10)" is of the one year of ``years`` (:func:`_years`) in which 12
    October is a Tuesday (None when none or several are)."""
    weekday = _weekday(day_name)
    fits = {v for y in years if (v := resolve(expression, dt.date(y, 12, 31))) and v.year == y
            and v.weekday() == weekday}
    return fits.pop() if len(fits) == 1 else None


def _day_month(day: int, month: int, year: str | None, published: dt.date | None) -> dt.date | None:
    if year:
        try:
            return dt.date(int(year) + (2000 if len(year) == 2 else 0), month, day)
        except ValueError:
            return None
    return _with_year(day, month, published) if published else None


def _variants(digits: str, size: int) -> set[str]:
    """A number as written, or, when longer than ``size`` digits, with one of its digits dropped ("030" -> "30",
    "03"; "20256" -> "2025", "2026", ...)."""
    if len(digits) <= size:
        return {digits}
    return {digits[:i] + digits[i + 1:] for i in range(len(digits))}


def _repaired(m: re.Match, published: dt.date | None) -> dt.date | None:
    """The one date within a typo of what is written ("030" for "03", a stray digit in the year; else, when no
    reading falls on the day name, the month one off) that falls on the day name written before it and not after
    the report; None when none or several do, or when it falls on its day name only after the report (a day
    ahead, not a typo)."""
    weekday = _weekday(m.group("wd"))
    month = int(m.group("m")) if m.group("m") else month_number(m.group("mw"))
    years = {int(y) + (2000 if len(y) == 2 else 0) for y in _variants(m.group("y"), 4) if len(y) in (2, 4)
             and (len(y) == 2 or 1990 <= int(y) <= 2100)}
    days = {int(d) for d in _variants(m.group("d"), 2)}
    for months in ((month,), () if m.group("mw") else (month - 1, month + 1)):
        on_day = {value for y in years for d in days for mo in months
                  if (value := _date_or_none(y, mo, d)) and value.weekday() == weekday}
        if on_day:
            fits = {v for v in on_day if published is None or 0 <= (published - v).days <= MAX_AGE_DAYS}
            return fits.pop() if len(fits) == 1 else None
    return None


def _with_repairs(text: str, found: list[DateMention], published: dt.date | None) -> list[DateMention]:
    """``found`` with the mistyped dates after a day name (:data:`TYPO_RE`) that gave no date as written replaced
    by the date the day name confirms (:func:`_repaired`); a date as written after the report is a plan ("Jumat
    (14/4/2025) nanti"), not a typo, and stays as it is."""
    for m in (TYPO_RE.finditer(text) if TYPO_CUE.search(text) else ()):
        start = m.start("d")
        over = [d for d in found if d.start < m.end() and start < d.end]
        if over and all(d.value for d in over):
            year_fix = _other_year(m, over, published)
            if year_fix is not None:  # "Jumat (16/01/2025)" published on Saturday 17 January 2026
                found = [d if d not in over else DateMention(d.start, d.end, d.text, year_fix, True, d.weak,
                                                             _same_days(d, year_fix)) for d in found]
            continue
        if any(d.value for d in over) or _after_report(m, published):
            continue  # read as written
        value = _repaired(m, published)
        if value is not None:
            opening = text.rfind("(", m.start(), start)
            last = next((d.last for d in over if d.last), None)
            begin = opening if opening >= 0 else start
            close = m.end() + (text.startswith(")", m.end()) and opening >= 0)
            found = [d for d in found if d not in over]
            found.append(DateMention(begin, close, text[begin:close], value, True, last=last))
    return found


def _other_year(m: re.Match, over: list[DateMention], published: dt.date | None) -> dt.date | None:
    """A date written with its year whose day name the calendar denies, set right by the year in which that day and
    month fall on that day name, in two cases only: a January date of the year before the report ("Jumat
    (16/01/2025)" published in January 2026: the year not yet turned in the writer's hand) and a year before any
    news ("<day>, <d> <month> 19yy": the century); not after the report. Otherwise the written year stands: a
    written day name errs more often than a written year (train gold keeps a written Monday that was a Tuesday)."""
    y = m.group("y")
    written = next((d.value for d in over if d.explicit_year and d.value is not None), None)
    weekday = _weekday(m.group("wd"))
    if len(y) != 4 or written is None or written.year != int(y) or written.weekday() == weekday:
        return None
    if written < NEWS_SINCE:
        years = {written.year + 100}
    elif published is not None and written.month == 1 and published.year == written.year + 1:
        years = {published.year}  # January: the old year still written (the written weekday more often errs)
    else:
        return None
    fits = {v for year in years if (v := _date_or_none(year, written.month, written.day)) and v.weekday() == weekday
            and (published is None or -1 <= (published - v).days <= MAX_AGE_DAYS) and v >= NEWS_SINCE}
    return fits.pop() if len(fits) == 1 else None


def _same_days(d: DateMention, first: dt.date) -> dt.date | None:
    """A range's last day moved with its first to ``first``'s year."""
    return _date_or_none(first.year, d.last.month, d.last.day) if d.last else None


def _after_report(m: re.Match, published: dt.date | None) -> bool:
    """Whether the date of a :data:`TYPO_RE` match, as written, is a calendar date after the report."""
    y, d = m.group("y"), m.group("d")
    month = int(m.group("m")) if m.group("m") else month_number(m.group("mw"))
    if published is None or len(y) != 4 or len(d) > 2:
        return False
    written = _date_or_none(int(y), month, int(d))
    return written is not None and written > published + dt.timedelta(days=1)
