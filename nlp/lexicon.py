"""Reference data for the tagger, read once from the project's ``data/`` folder.

Files (see ``data/README.md``): ``regions.csv`` (the 552 regions), ``region_aliases.csv``,
``positions.csv``, ``honorifics.txt``, ``visit_cues.csv``, ``not_names.csv``,
``program_words.csv``, ``official_words.csv``, ``function_words.csv``, ``government_words.csv``,
``companion_words.csv``. ``KUNKER_DATA``
overrides the folder.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from nlp.textutil import fold

DATA_DIR = Path(os.environ.get("KUNKER_DATA") or Path(__file__).resolve().parent.parent / "data")


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    level: str  # "provinsi" | "kabupaten" | "kota"
    name: str  # canonical, e.g. "Kabupaten Serang"
    core: str  # name without its type word, e.g. "Serang"
    province_code: str
    capital: str = ""  # seat of government ("Kepanjen" for Kabupaten Malang)
    split_from: str = ""  # a province: the province it was split from, where the news still places it (regions.csv)


@dataclass
class Lexicon:
    regions: dict[str, Region]
    aliases: list[tuple[str, str, str]]  # (alias text, region code, marker: "" | "case" | "context" | "nickname")
    positions: list[tuple[str, str, str, str]]  # (written form, canonical, level, kind: title|head|unit|prefix)
    honorifics: frozenset[str]  # lower-case, without dots
    visit_cues: list[tuple[str, str, str]]  # (cue, kind, role)
    extra: dict[str, list] = field(default_factory=dict)  # vocabularies: not_names ([(word, kind)])

    @cached_property
    def _region_keys(self) -> frozenset[str]:
        return frozenset(fold(r.core) for r in self.regions.values())

    def is_region_name(self, text: str) -> bool:
        """``text`` is a whole region's name ("Sulawesi Tenggara", "Kolaka Timur"; case and spacing aside): a place,
        never a person's name."""
        return fold(text) in self._region_keys

    @cached_property
    def seated(self) -> dict[str, frozenset[str]]:
        """Each seat of government (``regions.csv`` column capital: "Kepanjen", "Sengkang", "Makassar"), folded as
        :meth:`is_region_name` folds -> the codes of the regions it seats (a province's and a regency's may share
        one)."""
        seats: dict[str, set[str]] = {}
        for r in self.regions.values():
            if r.capital:
                seats.setdefault(fold(r.capital), set()).add(r.code)
        return {seat: frozenset(codes) for seat, codes in seats.items()}

    def is_seat_name(self, text: str) -> bool:
        """``text`` is a region's seat of government (case and spacing aside; some are region names too): a town,
        never a holder's name unless a rank or honorific opens it (:mod:`nlp.officials`); the seats of one regency
        only are ``visit_places.PlaceRules.seat_of``."""
        return fold(text) in self.seated


class DataError(RuntimeError):
    """A reference data file is missing or malformed."""


def _path(name: str) -> Path:
    path = DATA_DIR / name
    if not path.exists():
        raise DataError(f"reference data file missing: {path}")
    return path


def _rows(name: str) -> list[dict[str, str]]:
    with _path(name).open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.lstrip().startswith("#")]
    return [{(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(lines)]


def _pick(row: dict[str, str], *names: str) -> str:
    for name in names:
        if row.get(name):
            return row[name]
    return ""


def strip_type(name: str) -> str:
    for prefix in ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota ", "Provinsi "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def load_regions() -> dict[str, Region]:
    regions = {}
    for row in _rows("regions.csv"):
        regions[row["code"]] = Region(row["code"], row["level"], row["name"], strip_type(row["name"]),
                                      row.get("province_code") or row["code"][:2], row.get("capital", ""),
                                      row.get("split_from", ""))
    if len(regions) < 500:
        raise DataError(f"regions.csv holds {len(regions)} regions, expected 552")
    return regions


def load_aliases(regions: dict[str, Region]) -> list[tuple[str, str, str]]:
    by_name = {r.name.lower(): r.code for r in regions.values()}
    out = []
    for row in _rows("region_aliases.csv"):
        alias = _pick(row, "alias", "text", "variant")
        target = _pick(row, "code", "region_code")
        if not target:
            target = by_name.get(_pick(row, "name", "region", "region_name").lower(), "")
        note = row.get("note", "")
        # a nickname ("Kota Pahlawan") names its region only when the article names it otherwise too (regions.py)
        marker = "context" if "[context]" in note else "case" if "[case]" in note else \
            "nickname" if row.get("kind") == "nickname" else ""
        if alias and target in regions:
            out.append((alias, target, marker))
    return out


# regional councils named otherwise: DPRK (kabupaten/kota in Aceh), DPRA (Aceh), DPRP (Papua); a council title
# written with "DPRD" holds for them, and the national parliament's committees have the same titles
COUNCILS = ("DPRK", "DPRA", "DPRP")
PROVINCIAL_COUNCILS = {"DPRA": "Aceh", "DPRP": "Papua"}  # the province (family) each belongs to
NATIONAL_COUNCILS = ("DPR RI", "DPR-RI", "DPR")
NATIONAL_HOUSES = ("DPR", "MPR", "DPD")  # the national parliament's houses: a bare deputy chair after one is theirs
# a regional council called by its level in news: "Ketua Dekab Sigi", "Wakil Ketua Dekot Ternate" (DPRD all the same),
# or written out in full after a committee's number, its acronym in brackets maybe after it ("Komisi <n>" + the
# council's full name: the bracket is read as after any post)
COUNCIL_NAMES = ("Dekab", "Dekot", "Dewan Perwakilan Rakyat Daerah")


ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")
# a range of numbered bodies in a row of positions.csv: "Ketua Komisi {VI-XIII} DPR RI" is one row per commission
NUMBERED = re.compile(r"\{(" + "|".join(ROMAN) + r")-(" + "|".join(ROMAN) + r")\}")


def numbered(form: str, canonical: str) -> list[tuple[str, str]]:
    """``(form, canonical)`` once per number of a range written in the form ("Anggota Komisi {VI-VIII}" -> VI, VII,
    VIII), the same number put into the canonical's range; as given when there is none. A reversed range, or one
    the canonical lacks, raises ValueError."""
    m = NUMBERED.search(form)
    if not m:
        return [(form, canonical)]
    numbers = ROMAN[ROMAN.index(m.group(1)):ROMAN.index(m.group(2)) + 1]
    if not numbers or m.group() not in canonical:
        raise ValueError(f"positions.csv: bad range {m.group()} in row {form!r},{canonical!r}")
    return [(form.replace(m.group(), n), canonical.replace(m.group(), n)) for n in numbers]


def load_positions() -> list[tuple[str, str, str, str]]:
    out = []
    for row in _rows("positions.csv"):
        form = _pick(row, "pattern", "alias", "form")
        canonical = _pick(row, "position", "canonical")
        if form and canonical:
            level, kind = _pick(row, "level").lower(), _pick(row, "kind").lower() or "title"
            out += [(f, c, level, kind) for f, c in numbered(form, canonical)]
    return out + council_variants(out)


def council_variants(positions: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    """ "Ketua DPRD" -> "Ketua DPRK" (and DPRA, DPRP); "Wakil Ketua Komisi II DPRD" -> "... DPR RI" (national).
    Rows the file already has are not doubled."""
    known = {form.lower() for form, *_ in positions}
    out = []
    for form, canonical, level, kind in positions:
        if kind != "title" or not re.search(r"\bDPRD$", form) or not canonical.endswith("DPRD"):
            continue
        for council in COUNCILS:  # DPRA (Aceh) and DPRP (Papua) are provincial councils
            out.append((form[:-4] + council, canonical[:-4] + council,
                        "provinsi" if council in PROVINCIAL_COUNCILS else level, kind))
        for council in COUNCIL_NAMES:
            out.append((form[:-4] + council, canonical, level, kind))
        if "Komisi" in form:  # the committees of DPR RI; "Anggota DPR" is a row of its own
            for council in NATIONAL_COUNCILS:
                out.append((form[:-4] + council, canonical[:-4] + "DPR RI", "national", kind))
    return [row for row in out if row[0].lower() not in known and not known.add(row[0].lower())]


def load_honorifics() -> frozenset[str]:
    words = set()
    for line in _path("honorifics.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(line.lower().replace(".", "").replace(",", ""))
    return frozenset(words)


def load_visit_cues() -> list[tuple[str, str, str]]:
    out = []
    for row in _rows("visit_cues.csv"):
        cue = _pick(row, "cue", "phrase", "text", "alias")
        if cue:
            out.append((cue, _pick(row, "kind", "canonical"), _pick(row, "role", "type", "category")))
    return out


@lru_cache(maxsize=1)
def visit_cue_words() -> dict[str, tuple[str, ...]]:
    """The cues of ``visit_cues.csv`` by role, as written, in file order; a ``count_noun`` row of kind
    ``companion`` ("mengajak 11 orang") is a ``count_companion`` cue too, a ``count_total`` row of kind ``makeup``
    ("beranggotakan") a ``count_makeup`` cue too."""
    out: dict[str, list[str]] = {}
    for cue, kind, role in load_visit_cues():
        out.setdefault(role, []).append(cue)
        if role == "count_noun" and kind == "companion":
            out.setdefault("count_companion", []).append(cue)
        if role == "count_total" and kind == "makeup":
            out.setdefault("count_makeup", []).append(cue)
    return {role: tuple(cues) for role, cues in out.items()}


def load_words(name: str, column: str = "word") -> list[tuple[str, str]]:
    """(word, kind) rows of a vocabulary file: ``not_names.csv``, ``program_words.csv`` (their ``comment`` column
    explains each kind for readers)."""
    return [(row[column].lower(), row.get("kind", "")) for row in _rows(name) if row.get(column)]


@lru_cache(maxsize=4)
def function_words(language: str) -> frozenset[str]:
    """Lower-case function words of ``language`` ("id", "en"): ``function_words.csv``."""
    return frozenset(row["word"].lower() for row in _rows("function_words.csv")
                     if row.get("word") and row.get("language") == language)


def longest_first(words: Iterable[str]) -> list[str]:
    """``words`` in a fixed order for a regex alternation: longer words first (one may open another), then
    alphabetical."""
    return sorted(words, key=lambda w: (-len(w), w))


def alternation(words: tuple[str, ...] | list[str], space: str = r"\s+") -> str:
    """A regex alternation of ``words`` in the order given (list longer forms first where one opens another);
    a space inside a word matches ``space``."""
    return "|".join(re.escape(w).replace("\\ ", space) for w in words)


def agent_forms(words: tuple[str, ...] | list[str], ber_with: bool = False) -> tuple[str, ...]:
    """Each of ``words`` as a regex (:func:`alternation`), a passive di- word taking an optional "oleh" after it
    ("didampingi oleh") and, with ``ber_with``, a ber- word an optional "dengan" ("bersama dengan")."""
    return tuple(alternation([w]) + (r"(?:\s+oleh)?" if w.startswith("di") else
                                     r"(?:\s+dengan)?" if ber_with and w.startswith("be") else "") for w in words)


@lru_cache(maxsize=1)
def official_words() -> dict[str, tuple[str, ...]]:
    """The officials finder's vocabulary by kind (``official_words.csv``), words as written, in file order."""
    out: dict[str, list[str]] = {}
    for row in _rows("official_words.csv"):
        if row.get("word"):
            out.setdefault(row.get("kind", ""), []).append(row["word"])
    return {kind: tuple(words) for kind, words in out.items()}


@lru_cache(maxsize=1)
def companion_words() -> dict[str, tuple[str, ...]]:
    """The words joining a person or a group to a delegation, its head or its count (``companion_words.csv``), by
    reader (a word's ``readers`` column names every pattern that takes it), lower case, in file order."""
    out: dict[str, list[str]] = {}
    for row in _rows("companion_words.csv"):
        if row.get("word"):
            for reader in row.get("readers", "").split():
                out.setdefault(reader, []).append(row["word"].lower())
    return {reader: tuple(words) for reader, words in out.items()}


@lru_cache(maxsize=1)
def government_words() -> dict[str, tuple[str, ...]]:
    """Words naming a region's government, council, secretariat or offices by kind (``government_words.csv``),
    lower-case, in file order."""
    out: dict[str, list[str]] = {}
    for row in _rows("government_words.csv"):
        if row.get("word"):
            out.setdefault(row.get("kind", ""), []).append(row["word"].lower())
    return {kind: tuple(words) for kind, words in out.items()}


@lru_cache(maxsize=1)
def region_words() -> dict[str, frozenset[str]]:
    """The region finder's stop-lists by kind (``region_words.csv``), lower-case words."""
    out: dict[str, set[str]] = {}
    for row in _rows("region_words.csv"):
        if row.get("word"):
            out.setdefault(row.get("kind", ""), set()).add(row["word"].lower())
    return {kind: frozenset(words) for kind, words in out.items()}


@lru_cache(maxsize=1)
def unit_words() -> frozenset[str]:
    """Lower-case words of government units: one-word units of ``positions.csv`` ("dinkes", "bappeda",
    "puskesmas") and the field words of unit names (``official_words.csv`` kind ``field``: "kesehatan")."""
    return frozenset(form.lower() for form, _, _, kind in load_positions() if kind == "unit" and " " not in form) \
        | frozenset(w.lower() for w in official_words().get("field", ()))


@lru_cache(maxsize=1)
def load() -> Lexicon:
    regions = load_regions()
    return Lexicon(regions=regions, aliases=load_aliases(regions), positions=load_positions(),
                   honorifics=load_honorifics(), visit_cues=load_visit_cues(),
                   extra={"not_names": load_words("not_names.csv")})
