"""Round 33's speed change gives exactly what the rule loop gave before: a rule skipped because none of its cue
words stands in its window (``nlp.rule_cues``, ``nlp.visit_scan.Scan.silent_rules``) would not have fired there; the
words derived from a pattern stand in every match of it; each item's windows hold what the rules read of it; a date
written "5 Juli 2023" is read as dateparser reads it (``nlp.dates._written_date``)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import Tagger
from nlp.dates import MONTH_NUMBERS, _written_date, resolve
from nlp.rule_cues import required_words, rule_words
from nlp.textutil import CASE_ODD, lower_same_length
from nlp.visit_rules import LIST_RULES, OFFICIAL_RULES, REGION_RULES, RULES
from nlp.visit_scan import Scan, undot
from nlp.visits import VisitFinder

# invented sentences (invented places and people), a few around every gated rule, and some near misses
SENTENCES = [
    "Rombongan Pemkab Wajo studi banding ke Kota Kotamobagu, Senin (6/3).",
    "Jajaran Pemkab Wajo menyambangi Kantor Bupati Klaten untuk belajar tata kelola pasar.",
    "Usai dari Kota Tomohon, rombongan DPRD Wajo melanjutkan kunjungan kerja ke Kabupaten Klaten.",
    "DPRD Kota Tomohon kunker pekan ini. Komisi II ke Kabupaten Wajo dan Komisi III ke Kota Salatiga.",
    "DPRD Wajo studi tiru ke Maluku. Tujuan kunjungan yakni Kabupaten Klaten, Kota Salatiga dan Kabupaten Pati.",
    "Bupati Wajo Anton Sukma beserta rombongan tiba di Kabupaten Klaten untuk belajar.",
    "Kota Tomohon dikunjungi rombongan DPRD Kabupaten Wajo yang ingin belajar pengelolaan sampah.",
    "Sebanyak 25 kepala desa dari Kabupaten Wajo belajar ke Kabupaten Klaten.",
    "Peserta Pelatihan Kepemimpinan Administrator Kabupaten Wajo menjadikan Kabupaten Klaten lokus studi lapangan.",
    "Delegasi DPRD Kabupaten Wajo belajar ke Kota Tomohon soal pasar rakyat.",
    "Pemkab Wajo melakukan benchmarking untuk mempelajari layanan perizinan.",
    "Pemkot Salatiga pelajari pengelolaan sampah di Kabupaten Klaten.",
    "Kabupaten Klaten menerima kunjungan studi lapangan pelatihan yang digelar BPSDM Provinsi Jambi.",
    "Studi tiru ke Kota Tomohon itu dilaksanakan oleh DPRD Kabupaten Wajo.",
    "Kota Salatiga kerap didatangi daerah lain guna studi banding, seperti Kabupaten Wajo dan Kota Tomohon.",
    "Kunjungan ke DPRD Kota Tomohon itu diawali DPRD Kabupaten Wajo. Setelahnya datang DPRD Kabupaten Pati.",
    "Setelah Kabupaten Pati pekan lalu, kini giliran DPRD Kabupaten Wajo yang datang menimba ilmu ke Kota Salatiga.",
    "Rombongan dipimpin Sekda Kabupaten Wajo Anton Sukma untuk belajar ke Kota Tomohon.",
    "Rombongan diterima Sekda Kota Tomohon Rudi Lumenta, yang ingin belajar pasar.",
    "Wakil Bupati Wajo Anton Sukma berkunjung ke Kota Tomohon untuk belajar.",
    "Ketua Komisi B DPRD Wajo, Anton Sukma, menyebut kunjungannya ke Tomohon untuk belajar.",
    "Studi banding ke Kota Kotamobagu itu diikuti Kepala Bappeda Wajo Anton Sukma dan sejumlah kepala dinas.",
    "Wali Kota Tomohon Rudi Lumenta bersama jajaran studi banding ke Kabupaten Wakatobi.",
    "Mewakili rombongan, Wakil Ketua DPRD Wajo Anton Sukma mengaku ingin belajar.",
    # near misses and odd writing: capitals, abbreviations' dots, broken lines, a headline
    "ROMBONGAN PEMKAB WAJO STUDI BANDING KE KOTA KOTAMOBAGU",
    "Rombongan Pemkab Wajo dipimpin Dr. Ir. Anton Sukma, M.Si. belajar ke Kota Tomohon.",
    "Rombongan DPRD\nKabupaten Wajo berkunjung\nke Kota Tomohon untuk belajar.",
    "DPRD Kabupaten Wajo Studi Banding DPRD Kota Tomohon\nRombongan tiba pada Senin pagi.",
    "Bupati Klaten meresmikan pasar di Kabupaten Klaten, lalu meninjau lokasi banjir.",
    "Kabupaten Wajo dan Kota Tomohon pernah belajar ke sini, ujar Bupati Klaten.",
]


def fired(tagger: Tagger, text: str) -> list[tuple[str, str, float, int, str]]:
    tagger.extract({"id": "s", "url": None, "title": None, "published": "2024-03-08", "text": text})
    return [(f.rule, f.code, f.weight, f.start, f.note) for f in tagger.last_trace.firings]


def _texts() -> list[str]:
    examples = [e for r in RULES for e in r.examples]
    return SENTENCES + examples + [s.upper() for s in SENTENCES[:8]] + [" ".join(SENTENCES[i:i + 3])
                                                                          for i in range(0, len(SENTENCES), 3)]


def test_a_skipped_rule_would_not_have_fired(tagger: Tagger, monkeypatch: pytest.MonkeyPatch) -> None:
    """Over every rule's examples and the sentences above: each rule the gate skips returns False on its item."""
    original = Scan.silent_rules
    skipped, wrong = 0, []

    def checked(self: Scan, rules: tuple, item: object) -> int:
        nonlocal skipped
        silent = original(self, rules, item)
        for i, rule in enumerate(rules):
            if silent >> i & 1:
                skipped += 1
                if rule.fires(self, item):
                    wrong.append((rule.name, self.text))
        return silent

    monkeypatch.setattr(Scan, "silent_rules", checked)
    for text in _texts():
        fired(tagger, text)
    assert not wrong
    assert skipped > 100  # the gate does skip


def test_firings_are_those_of_the_ungated_loop(tagger: Tagger, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    gated = [fired(tagger, t) for t in texts]
    monkeypatch.setattr(Scan, "silent_rules", lambda self, rules, item: 0)
    assert [fired(tagger, t) for t in texts] == gated


def test_every_declared_rule_has_cue_words(tagger: Tagger) -> None:
    cues = _finder(tagger).cues
    declared = [r for r in RULES if r.cues]
    assert len(declared) >= 20
    for rule in declared:
        words = rule_words(rule, cues)
        assert words and all(len(w) >= 3 and w == w.lower() and w.isascii() and " " not in w for w in words), rule.name


def _finder(tagger: Tagger) -> VisitFinder:
    return tagger.parts.visits


@pytest.mark.parametrize("pattern, words", [
    (r"\b(?:studi\s+banding|belajar)\b", {"banding", "belajar"}),
    (r"x*kunjungan", {"kunjungan"}),
    (r"(?:kunjungan\s+)?tamu", {"tamu"}),
    (r"[Dd]iterima\s+oleh", {"diterima"}),
    (r"(?<=rombongan )tiba", {"tiba"}),
    (r"(?:beserta|bersama)\s+jajaran", {"jajaran"}),
    (r"(?:beserta|bersama)\s+(?:para\s+)?staf", {"serta", "rsama"}),
    (r"STUDI", {"studi"}),
    (r"rombongan tiba", {"rombongan"}),
    (r"(?:datang){2,}", {"datang"}),
    (r"(?:tamu|)kunjungan", {"kunjungan"}),
    (r"[^k]unjungan", {"unjungan"}),
    (r"[Kk\u212a]unjungan", {"kunjungan"}),
    (r"(?-i:K)unjungan", {"unjungan"}),
    (r"di(?!kunjungi)\w+ tamu", {"tamu"}),
])
def test_required_words_of_patterns(pattern: str, words: set[str]) -> None:
    assert required_words(re.compile(pattern, re.IGNORECASE)) == words


@pytest.mark.parametrize("pattern", [r"ke\s", r"(?:studi)?\s+x", r"a|b", r"(?:kunjungan|ke)\s+", r"\w+", r"(?:tamu)*",
                                     r"di(?!kunjungi)\w+", r"(?=kunjungan)\w+", r"(?<=kunjungan )\w+", r"(?:studi|)",
                                     r"(x)?(?(1)kunjungan|)", r"(\w+) \1", r"(?:kunjungan){0,3}"])
def test_no_words_where_a_match_needs_none(pattern: str) -> None:
    assert required_words(re.compile(pattern, re.IGNORECASE)) is None


PIECES = ["studi", "Banding", "BELAJAR", "kunjungan", "tamu", "Diterima", "oleh", "rombongan", "tiba", " ", "  ", "\n",
          "beserta", "Bersama", "jajaran", "para", "staf", "ke", "Dr.", ".", "\u0130", "\u0131", "\u017f", "\u212a",
          "x", "Kota Anu"]
PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    r"\b(?:studi\s+banding|belajar)\b", r"(?:kunjungan\s+)?tamu", r"[Dd]iterima\s+oleh", r"(?<=rombongan )tiba",
    r"(?:beserta|bersama)\s+(?:para\s+)?staf", r"rombongan[\s.]+tiba", r"x*kunjungan", r"[^k]unjungan",
    r"(?:tamu|)kunjungan", r"[Kk\u212a]unjungan")]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=14).map("".join))
def test_a_match_holds_a_required_word(text: str) -> None:
    """Every match of a pattern holds one of its words in the lowered text (a text with a letter of ``CASE_ODD``
    is read whole by the gate)."""
    if any(c in text for c in CASE_ODD):
        return
    low = lower_same_length(text)
    for rx in PATTERNS:
        words = required_words(rx)
        for m in rx.finditer(text):
            assert any(w in low[m.start():m.end()] for w in words), (rx.pattern, text)


# cue words written with a letter ``re.IGNORECASE`` folds to "i" or "s" but lowering leaves non-ASCII (dotless i,
# dotted capital I, long s: :data:`nlp.textutil.CASE_ODD`), or with the Kelvin sign, which lowers to "k": the rule
# reads its cue there, so the gate must let it run
ODD_SPELLINGS = [
    "Kota Tomohon d\u0131kunjungi rombongan DPRD Kabupaten Wajo yang ingin belajar pengelolaan sampah.",
    "Kabupaten Klaten mener\u0131ma kunjungan DPRD Kabupaten Wajo yang ingin belajar.",
    "Kota Tomohon d\u0130kunjungi rombongan DPRD Kabupaten Wajo yang ingin belajar pengelolaan sampah.",
    "U\u017fai dari Kota Tomohon, rombongan DPRD Wajo melanjutkan kunjungan kerja ke Kabupaten Klaten.",
    "Kota Tomohon \u212aedatangan rombongan DPRD Kabupaten Wajo yang ingin belajar.",
]


ODD_RULES = ("visited_by", "visited_by", "visited_by", "previous_stop", "visited_by")  # the rule each one fires


@pytest.mark.parametrize("text, rule", list(zip(ODD_SPELLINGS, ODD_RULES, strict=True)))
def test_odd_letters_in_cue_words_keep_the_firings(tagger: Tagger, monkeypatch: pytest.MonkeyPatch, text: str,
                                                   rule: str) -> None:
    """The rule fires on the odd spelling (its only cue word there), gated as ungated."""
    gated = fired(tagger, text)
    assert rule in {f[0] for f in gated}
    monkeypatch.setattr(Scan, "silent_rules", lambda self, rules, item: 0)
    assert fired(tagger, text) == gated


def test_windows_hold_what_the_rules_read(tagger: Tagger) -> None:
    """A region item's ``before`` and ``after``, an official item's, lie in their windows."""
    finder = _finder(tagger)
    seen: list[object] = []
    original = Scan.silent_rules

    def keep(self: Scan, rules: tuple, item: object) -> int:
        seen.append((self.text, item))
        return original(self, rules, item)

    Scan.silent_rules = keep
    try:
        for text in SENTENCES:
            fired(tagger, text)
    finally:
        Scan.silent_rules = original
    assert finder and len(seen) > 50
    for text, item in seen:
        for kind, read in (("before", item.before), ("after", item.after)):
            lo, hi = item.window(kind)
            assert read in undot(text[lo:hi]), (kind, text)
            assert item.window("around")[0] <= lo and hi <= item.window("around")[1]
        if hasattr(item, "sentence"):
            assert item.window("sentence") == item.sentence


def test_the_tables_keep_their_order() -> None:
    assert RULES == REGION_RULES + LIST_RULES + OFFICIAL_RULES


def _dateparser_date(phrase: str, base: dt.date) -> dt.date | None:
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY",
                "RELATIVE_BASE": dt.datetime.combine(base, dt.time(12))}
    parsed = dateparser.parse(phrase, languages=["id"], settings=settings)
    return parsed.date() if parsed else None


def _written_phrases() -> list[tuple[str, str, str]]:
    days = [str(d) for d in range(0, 33)] + [f"0{d}" for d in range(10)]
    phrases = [(d, w.capitalize(), y) for w in MONTH_NUMBERS for d in days for y in ("2023", "2024")]
    phrases += [("5", form, "2023") for w in MONTH_NUMBERS for form in (w, w.upper(), w[0] + w[1:].upper())]
    phrases += [(d, w, y) for w in MONTH_NUMBERS for d in ("1", "29", "31")
                for y in ("1899", "1900", "1999", "2000", "2099", "2100")]
    odd = [("5", "o\u212atober", "2023"), ("\u0665", "Juli", "2023"), ("5", "Juli", "\u0662\u0660\u0662\u0663")]
    return phrases + odd


def test_a_written_date_is_read_as_dateparser_reads_it() -> None:
    """Every month word, every day (and a few impossible ones), both years and the years at the edges: the fast
    reading, where it gives a date, gives dateparser's date; where it gives none, dateparser is asked as before."""
    base = dt.date(2023, 6, 1)
    read = 0
    for day, month, year in _written_phrases():
        written = _written_date(day, month, year)
        if written is not None:
            read += 1
            assert written == _dateparser_date(f"{day} {month} {year}", base), (day, month, year)
    assert read > 2000
    assert resolve("pada 7 Agustus 2023 lalu", base) == dt.date(2023, 8, 7)
    assert resolve("5 Agst 2023", base) == _dateparser_date("5 Agst 2023", base)


@pytest.mark.parametrize("published", [None, dt.date(1950, 1, 1), dt.date(2099, 12, 31)])
def test_a_written_date_reads_the_same_whatever_the_publication_date(published: dt.date | None) -> None:
    """``resolve`` on "29 <month> 2024" (and 2099) with no publication date, or one long before or after it, gives
    what dateparser gives with the settings ``resolve`` passes it."""
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time(12))
    for word in MONTH_NUMBERS:
        for phrase in (f"29 {word.upper()} 2024", f"1 {word.capitalize()} 2099"):
            parsed = dateparser.parse(phrase, languages=["id"], settings=settings)
            assert resolve(phrase, published) == (parsed.date() if parsed else None), (phrase, published)
