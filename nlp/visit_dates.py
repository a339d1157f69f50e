"""The day of a visit, decided here only: the patterns that tell a visit's day from others (a day someone spoke, a
dateline's, a day ahead, another event's, the second day of a stay), :func:`visit_day`, the first day of a visit from
its evidence sentence and the article's dates (``nlp.visit_pairs.PairResolver._visit`` calls it for each visit it
builds), and :func:`date_visits` (once all visits are paired: an earlier trip undated, the date written with a host
or after a delegation's name when several share an article).
"""

from __future__ import annotations

import datetime as dt
import re

from nlp.dates import DAY_NAMES, RELATIVE_DAY_RE, DateMention
from nlp.lexicon import visit_cue_words
from nlp.regions import RegionMention
from nlp.textutil import sentence_around
from nlp.visit_patterns import EARLIER, PAST_TRIP
from nlp.visit_records import Visit
from nlp.visit_scan import Scan

# the dated day is not the first of the visit: "hari kedua kunjungan"
ORDINALS = {"kedua": 2, "ketiga": 3, "keempat": 4}
NTH_DAY = re.compile(r"\bhari\s+(kedua|ketiga|keempat)\b[^.\n]{0,30}?\b(?:kunjungan|studi|rangkaian|lawatan|kunker|"
                     r"kegiatan)", re.IGNORECASE)
# "ujarnya, Sabtu (21/3)": the day something was said, not the day of the visit
SPOKEN = re.compile(r"\b(?:ujar|kata|ucap|tutur|terang|jelas|ungkap|tegas|imbuh|tambah|pungkas)(?:nya)?\b"
                    r"[^.;\n]{0,12}$", re.IGNORECASE)
# "saat dikonfirmasi situs.co pada Selasa (10/03)", "informasi yang dihimpun situs.com di Gedung DPRD X, Senin (17/6)",
# "ujarnya ketika dihubungi di ruang kerjanya, Jumat (9/7)", "Kepada Koran X, Senin, 26 Oktober 2020, ...": the day a
# reporter reached the speaker, further from the word of saying than SPOKEN reaches (not past a word of the visit:
# "saat ditemui di sela kunjungan, Senin (5/3)" is the day of the visit)
REPORTED = re.compile(r"(?:\b(?:dikonfirmasi|dihubungi|ditemui|diwawancarai|dihimpun)|^[ \t]*kepada)\b"
                      r"(?:(?!\b(?:kunjungan|kunker|rombongan|tamu|studi|berkunjung|tiba|datang|menerima|menyambut|"
                      r"disambut|diterima|sela)\b)(?:[^.;!?\n]|\.(?=\w))){0,70}?[ \t,]+(?:pada[ \t]+)?(?:hari[ \t]+)?"
                      r"(?:" + DAY_NAMES + r"),?[ \t]*\Z", re.IGNORECASE | re.MULTILINE)
# "Selasa (8 Desember 2015)", "Kamis, 23/2": a date after its day name tells when something happened
DAY_NAMED = re.compile(r"\b(?:" + DAY_NAMES + r")\W{0,3}$", re.IGNORECASE)
# "selama dua hari", "rombongan berada di": the days of a stay
STAY = re.compile(r"\b(?:selama\s+\w+\s+hari|rombongan|berada\s+di|menginap)\b", re.IGNORECASE)
# "Studibanding kami mulai dari tanggal 14 hingga 19 September": a kind of visit written joined names the visit too
JOINED_KIND = re.compile(r"\b(?:" + "|".join(re.escape(w.replace(" ", "")) for w in visit_cue_words()["kind"]
                                              if " " in w) + r")\b", re.IGNORECASE)
# "SUMBAWA BESAR, situs.com (21 Februari 2024) – ...": a dateline's date, the day of writing
# (or a byline's stamp with its clock time: "Kamis, 15 Februari 2018 | 08:10 WIB")
# (the site's name may stand between the date and the dash: "BLORA, Senin (3/2) situs-berita.com – ...")
DATELINE_DATE = re.compile(r"\)?[ \t]*(?:[\w-]+(?:\.[\w-]+)+[ \t]*)?"
                           r"(?:[–—-][ \t]|\|[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:WIB|WITA|WIT)\b)")
# a publication header line (see :func:`_header_line`): a short line opening with the date, "Senin, 4 Maret 2024 -
# 09:15 WIB", or with a place and a day name before it, "Kota X, Jum'at 15 Maret 2024", "Selasa 5 Mar 2024 06:45 WIB"
# (HEADER_DAY_LINE: then nothing but a clock time after the date, not "Kamis 13 Juni 2024 rombongan tiba ...")
HEADER_LINE = re.compile(r"\W*(?:\w+,\s*)?\d")
HEADER_DAY_LINE = re.compile(r"\W*(?:\w+,\s*)?(?:" + DAY_NAMES + r"|jum[’`]at),?\s*\d", re.IGNORECASE)
HEADER_TAIL = re.compile(r"[ \t,.|–—-]*(?:\d{1,2}[:.]\d{2}[ \t]*(?:WIB|WITA|WIT)?)?[ \t.]*$", re.IGNORECASE)
# "yang baru memperingati hari jadinya pada 21 Juli lalu", "diluncurkan pada 5 Mei": another event's day
OTHER_EVENT = re.compile(r"\b(?:memperingati|hari\s+jadi\w*|hut|ulang\s+tahun|diluncurkan|diresmikan|dilantik|"
                         r"berdiri|dibentuk|disahkan)\b[^.;\n]{0,40}$", re.IGNORECASE)
# "besok, Jumat (27/4), kami akan melanjutkan kunjungan ke X": a day still ahead
AHEAD = re.compile(r"\b(?:besok|besoknya|lusa|akan)\b\W{0,3}(?:\w+\W{1,3})?$", re.IGNORECASE)
# "kunjungan itu berlangsung pada Kamis (23/2)", "dijadwalkan tiba di X pada Kamis, 30 November": when it happened
HELD_ON = re.compile(r"\b(?:berlangsung|digelar|dilaksanakan|diselenggarakan|diadakan|dijadwalkan)\b[^.\n]{0,30}?"
                     r"\bpada\s+(?:hari\s+)?(?:(?:" + DAY_NAMES + r"),?\s*)?$", re.IGNORECASE)


def _said(text: str, d: DateMention, start: int = 0) -> bool:
    """Whether ``d`` is the day someone said something (:data:`SPOKEN`) or was reached by a reporter
    (:data:`REPORTED`), looking back no further than ``start``."""
    return bool(SPOKEN.search(text, max(start, d.start - 25), d.start)
                or REPORTED.search(text, max(start, d.start - 110), d.start))


def date_visits(scan: Scan, visits: list[Visit], host_sentences: dict[str, set[tuple[int, int]]],
                dates: list[DateMention], mentions: list[RegionMention]) -> None:
    """The dates of an article's visits once all are paired (``nlp.visit_pairs.PairResolver._resolve`` calls it;
    each visit holds the date :func:`visit_day` read from its evidence), in this order: an earlier trip (the hosts'
    earlier trip, the first leg of a return visit) undated; one delegation with several hosts: each visit, an
    earlier one too, the date written with its host, else none when every sentence naming that host tells a past
    trip; several delegations: each visit of today the date written after its own name."""
    text = scan.text
    for v in visits:
        if v.earlier:
            v.date = None
    for v in visits:  # one delegation, several hosts: each visit takes the date written with its host
        if sum(o.visitor == v.visitor for o in visits) > 1:
            own = _host_date(text, v.host, host_sentences, dates, mentions)
            told_before = all(PAST_TRIP.search(text, *s) for s in host_sentences.get(v.host, ()))
            # "pada tahun lalu, mereka pernah studi tiru di A, B dan C": an earlier trip, undated
            v.date = own or (None if told_before and host_sentences.get(v.host) else v.date)
    visiting = {v.visitor for v in visits if not v.earlier}
    if len(visiting) > 1:  # several delegations: each takes the date written after its own name
        for v in visits:  # (an undated earlier trip, "A pernah studi banding ke B", stays undated)
            if v.date and not v.earlier:
                v.date = _visitor_date(scan, v.visitor, visiting, mentions, dates) or v.date


def _host_date(text: str, host: str, host_sentences: dict[str, set[tuple[int, int]]], dates: list[DateMention],
               mentions: list[RegionMention]) -> dt.date | None:
    """The date written in a sentence naming the host, the first one after the host's name
    ("ke Kota A, Senin (5/6), ... ke Kabupaten B, Selasa (6/6)"); not the day someone said so ("ujarnya,
    Sabtu (21/3)")."""
    for s_start, s_end in sorted(host_sentences.get(host, ())):
        named = [m.end for m in mentions if m.code == host and s_start <= m.start < s_end]
        inside = [d for d in dates if s_start <= d.start < s_end and d.value and not d.weak
                  and not _said(text, d, s_start)]
        if not inside:
            continue
        after = [d for d in inside if named and any(d.start >= e for e in named)]
        best = min(after, key=lambda d: min(d.start - e for e in named if d.start >= e)) if after else inside[0]
        return best.value
    return None


def _visitor_date(scan: Scan, visitor: str, visiting: set[str], mentions: list[RegionMention],
                  dates: list[DateMention]) -> dt.date | None:
    """The first date after a mention of ``visitor`` and before the next delegation's name in its sentence:
    "A berkunjung pada Rabu (30/10), disusul B pada Kamis (31/10)"; not the day someone said so."""
    text = scan.text
    for m in mentions:
        if m.code != visitor:
            continue
        s_start, s_end = scan.sentence_of(m.start)
        stop = next((o.start for o in mentions if m.end <= o.start < s_end and o.code in visiting
                     and o.code != visitor), s_end)
        for d in dates:
            if m.end <= d.start < stop and d.value and not d.weak \
                    and not _said(text, d, s_start):
                return d.value
    return None


def visit_day(text: str, ev: tuple[int, int] | None, dates: list[DateMention],
              visit_word: re.Pattern) -> dt.date | None:
    """The first day of the visit told in the evidence sentence ``ev``: none for an earlier visit ("A pernah belajar
    ke sini") with no date in that sentence; else the dated day (:func:`_dated_day`), within a range the text writes
    for the stay ("selama dua hari, 8-9 Maret, rombongan berada di X"; not a festival's days) the range's first day,
    moved back to the first day when the text dates a later one ("hari kedua kunjungan")."""
    if ev and EARLIER.search(text, *ev) and not any(ev[0] <= d.start < ev[1] for d in dates):
        return None
    day = _dated_day(text, ev, dates, visit_word)
    if day is None:
        return None
    day = next((d.value for d in dates if d.value and d.last and d.value <= day <= d.last
                and (STAY.search(sentence := sentence_around(text, d.start)) or visit_word.search(sentence)
                     or JOINED_KIND.search(sentence))), day)
    nth = NTH_DAY.search(text)
    if nth:  # "hari kedua kunjungan": the visit began the day before
        day -= dt.timedelta(days=ORDINALS[nth.group(1).lower()] - 1)
    return day


def _dated_day(text: str, ev: tuple[int, int] | None, dates: list[DateMention],
               visit_word: re.Pattern) -> dt.date | None:
    """The date in the evidence sentence (one after a day name first: "Selasa (8 Desember 2015)", not the
    event it names), else the first one in a sentence about the visit ("kunjungan itu berlangsung sejak Rabu
    (20/1)"), else the first of the text (not a publication header line); the day someone said something
    ("ujarnya, Rabu (6/10)"), a dateline's and a day told against the report ("hari ini", "kemarin") only after
    those; a day name alone ("pada
    Selasa") only when no fuller date is written, or in the evidence sentence; another event's day ("memperingati
    hari jadinya pada 21 Juli") last."""
    if not dates:
        return None
    spoken = {d.start for d in dates if _said(text, d) or RELATIVE_DAY_RE.fullmatch(d.text)
              or AHEAD.search(text, max(0, d.start - 20), d.start) or _dateline_date(text, d)}
    other = {d.start for d in dates if OTHER_EVENT.search(text, max(0, d.start - 60), d.start)}
    day = _first_day(text, ev, [d for d in dates if d.start not in other], visit_word, spoken)
    return day if day is not None else next((d.value for d in dates if d.start in other and d.value), None)


def _dateline_date(text: str, d: DateMention) -> bool:
    """A dateline's date ("KOTA, situs.com (21 Februari 2024) –"): the day of writing, tried after the dates the
    text gives the visit (a quote's "hari ini", which this also told until round 42, is one of
    :data:`nlp.dates.RELATIVE_DAY`, as every "hari ini" now is)."""
    line_start = text.rfind("\n", 0, d.start) + 1
    return d.start - line_start <= 60 and bool(DATELINE_DATE.match(text, d.end))


def _first_day(text: str, ev: tuple[int, int] | None, dates: list[DateMention], visit_word: re.Pattern,
               spoken: set[int]) -> dt.date | None:
    """:func:`_dated_day` over the candidates, those of ``spoken`` (said, ahead, a dateline's, a relative day) after
    the others."""
    for weak in (False, True):
        for d in dates:
            if d.weak == weak and d.value and HELD_ON.search(text, max(0, d.start - 60), d.start):
                return d.value
        if ev:
            inside = [d for d in dates if ev[0] <= d.start < ev[1] and d.value and d.start not in spoken]
            named = [d for d in inside if not d.weak and DAY_NAMED.search(text, max(0, d.start - 12), d.start)]
            for d in named + [d for d in inside if not d.weak] + [d for d in inside if d.weak]:
                return d.value
        for said in (False, True):
            told = [d for d in dates if d.weak == weak and d.value and (d.start in spoken) == said]
            for d in told:
                sentence = sentence_around(text, d.start)
                if visit_word.search(sentence):  # "digelar 9 Desember, sehari sebelumnya, Selasa (8 Desember)"
                    s_start = d.start - sentence.index(d.text) if d.text in sentence else d.start
                    return next((o.value for o in told if s_start <= o.start < s_start + len(sentence)
                                 and DAY_NAMED.search(text, max(0, o.start - 12), o.start)), d.value)
            for d in told:
                if not _header_line(text, d):
                    return d.value
    return None


def _header_line(text: str, d: DateMention) -> bool:
    """Whether ``d`` stands in a publication header line (:data:`HEADER_LINE`, :data:`HEADER_DAY_LINE`)."""
    line_start = text.rfind("\n", 0, d.start) + 1
    line_end = text.find("\n", d.end)
    line_end = line_end if line_end >= 0 else len(text)
    line = text[line_start:line_end]
    if len(line) >= 60:
        return False
    line = line.strip()
    return bool(HEADER_LINE.match(line) or HEADER_DAY_LINE.match(line) and HEADER_TAIL.match(text, d.end, line_end))
