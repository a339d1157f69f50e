"""No evaluation text inside the project.

Officials' full names (two tokens or more) and program names from the gold of every evaluation set must not
appear in the tagger (``nlp/``, ``data/``; the region gazetteer and region aliases excepted: they name regions,
which every article names) nor in anything the project ships or tests with: ``tests/`` (fixtures, site pages,
expected files, test modules; this file excepted), ``kunker/`` (the demo articles too), ``crawler/`` (``sources.yml``),
``datasette_config/`` (templates, metadata), ``README.md`` and ``DEVELOPERS.md``. The evaluation sets are
``../shared/eval/dev`` and every JSONL file under ``bench/corpus/`` (train, test, the second annotation and the
retired held-out sets); the test reads only their gold and prints only what leaked. Tests and fixtures use
invented names; the few gold terms that may appear are listed in ``ALLOWED`` with their reasons.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
THIS = Path(__file__).resolve()
SHARED_EVAL = ROOT.parent / "shared" / "eval"
SCANNED_PLACES = ("nlp", "data", "tests", "kunker", "crawler", "datasette_config", "README.md",
                  "DEVELOPERS.md")
EXEMPT = {"regions.csv", "region_aliases.csv"}
SCANNED = (".py", ".csv", ".txt", ".md", ".json", ".jsonl", ".tsv", ".conllu", ".html", ".yml", ".yaml", ".sql")
_SEED = ("the guide's own seed example (../shared/seed/example_article.txt; the same visit is in the dev gold): "
         "the owner's text names it as the typical case, nothing else may")

# Gold terms that may appear: term -> (where: a path prefix, "" for everywhere; why). Generic terms, and the
# guide's seed example in the guide alone; never a real official's name (test_allowed_terms_are_few_and_no_official).
ALLOWED: dict[str, tuple[str, str]] = {
    "Mal Pelayanan Publik": ("", "the national one-stop service hall every region builds; GUIDELINES' own example"),
    "Mal Pelayanan Publik (MPP)": ("", "the same national programme with its acronym"),
    "Smart City": ("", "the generic name of a region's digital-city agenda, a lexicon word for units and offices "
                       "(\"Smart City Command Center\"); one article annotated it as a program"),
    "Command Center": ("", "the generic English name of a control room, a facility word of data/program_words.csv "
                           "(\"Smart City Command Center\" is no program); one article annotated it as a program"),
    "Sister City": ("", "the generic name of a twinning agreement between two cities (kota kembar), a lexicon concept "
                        "word; one article annotated it as a program"),
    "Pelayanan Terpadu Satu Pintu": ("", "the national one-stop licensing service (PTSP) every region runs by law, a "
                                         "position and unit word (Kepala Dinas Penanaman Modal dan Pelayanan Terpadu "
                                         "Satu Pintu); one unseen article annotated it as a program"),
    "OpenSID": ("", "the open-source village website and information system most village sites run on, a page layout "
                    "the crawler reads; one unseen article annotated it as a program"),
    "Bank Sampah": ("", "the generic name of a waste bank, the savings scheme for sorted waste that villages and "
                        "schools everywhere run, a lexicon word (\"Pengelola Bank Sampah X\"); an unseen article "
                        "annotated it as a program"),
    "Desa Wisata": ("", "the generic designation of a tourism village (every regency names dozens), a lexicon word "
                        "of data/program_words.csv (a place kind, a generic activity); one unseen article annotated "
                        "it as a program"),
    "UGD Kemiskinan": ("DEVELOPERS.md", _SEED),
    "Smart Kampung": ("DEVELOPERS.md", _SEED),
    "Village Budgeting": ("DEVELOPERS.md", _SEED),
}


def _gold_files() -> list[Path]:
    files = [SHARED_EVAL / "dev" / "articles.jsonl"]
    files += sorted((ROOT / "bench" / "corpus").rglob("*.jsonl"))
    return [f for f in files if f.exists()]


def _names(entries: list, multi_token: bool) -> set[str]:
    out = set()
    for entry in entries or []:
        name = entry.get("name") if isinstance(entry, dict) else entry
        if isinstance(name, str) and name.strip():
            name = " ".join(name.split())
            if not multi_token or len(name.split()) >= 2:
                out.add(name)
    return out


def _region_names() -> set[str]:
    """Every region's name, folded, with and without its level ("Kabupaten Siak", "Siak"): a region some article's
    gold also calls a program ("Jakarta Selatan", "SIAK") is named everywhere, as the gazetteer is."""
    with (ROOT / "data" / "regions.csv").open(encoding="utf-8") as fh:
        names = [row["name"] for row in csv.DictReader(fh)]
    levels = re.compile(r"^(provinsi|kabupaten administrasi|kota administrasi|kabupaten|kota) ", re.IGNORECASE)
    return {_fold(n) for name in names for n in (name, levels.sub("", name))}


def _gold_terms() -> dict[str, str]:
    """name -> "official" | "program", from every gold file present (an official wins over a program); a program
    that is a region's name is left out (:func:`_region_names`)."""
    regions = _region_names()
    terms: dict[str, str] = {}
    for path in _gold_files():
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                gold = json.loads(line).get("gold") or {}
                for name in _names(gold.get("officials"), multi_token=True):
                    terms[name] = "official"
                for name in _names(gold.get("programs"), multi_token=False):
                    if len(name) >= 4 and _fold(name) not in regions:  # shorter names ("KB") are ordinary acronyms
                        terms.setdefault(name, "program")
    return terms


def _scanned_files() -> list[Path]:
    files = []
    for place in SCANNED_PLACES:
        top = ROOT / place
        for path in sorted(top.rglob("*")) if top.is_dir() else [top]:
            if (path.is_file() and path.suffix in SCANNED and path.name not in EXEMPT and path != THIS
                    and "__pycache__" not in path.parts):
                files.append(path)
    return files


def _fold(text: str) -> str:
    return re.sub(r"[\s_\-]+", " ", text).lower()


def _pattern(term: str) -> re.Pattern:
    words = [re.escape(w) for w in term.split()]
    return re.compile(r"(?<!\w)" + r"[\s_\-]+".join(words) + r"(?!\w)", re.IGNORECASE)


def find_leaks(terms: dict[str, str], files: list[Path],
               allowed: dict[str, tuple[str, str]] | None = None) -> list[str]:
    """``path: kind 'term'`` for every term found in a file, except where ``allowed`` lets it appear."""
    allowed = {_fold(term): rule for term, rule in (allowed or {}).items()}  # "smart city" is "Smart City"
    texts = {path: path.read_text(encoding="utf-8", errors="replace") for path in files}
    folded = {path: _fold(text) for path, text in texts.items()}
    leaks = []
    for term, kind in sorted(terms.items()):
        key, pattern = _fold(term), None
        where = allowed.get(key, (None, ""))[0]
        for path, text in texts.items():
            rel = path.relative_to(ROOT).as_posix()
            if key not in folded[path] or (where is not None and rel.startswith(where)):
                continue  # the folded text is a cheap first pass: the pattern decides
            pattern = pattern or _pattern(term)
            if pattern.search(text):
                leaks.append(f"{rel}: {kind} {term!r}")
    return leaks


def test_finder_reports_a_planted_name(tmp_path: Path) -> None:
    """The scanner itself: a planted name and program are found across line breaks, dashes and case; an allowed
    term is skipped only where it is allowed."""
    planted = tmp_path / "rules.py"
    planted.write_text('EXAMPLE = "Bupati Fulan\n  Bin Fulan meluncurkan SIGAP-warga di Balai Kita"\n',
                       encoding="utf-8")
    clean = tmp_path / "clean.py"
    clean.write_text('EXAMPLE = "Bupati Fulanah meluncurkan Sigapura di Balai Kita"\n', encoding="utf-8")
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        terms = {"Fulan Bin Fulan": "official", "Sigap Warga": "program", "Balai Kita": "program"}
        leaks = find_leaks(terms, [planted, clean], allowed={"Balai Kita": ("clean", "generic")})
    finally:
        ROOT = saved
    assert leaks == ["rules.py: program 'Balai Kita'", "rules.py: official 'Fulan Bin Fulan'",
                     "rules.py: program 'Sigap Warga'"]


def test_a_program_named_like_a_region_is_a_region() -> None:
    """A gold program that is a region's name, with or without its level, is no leak; other words stay terms."""
    regions = _region_names()
    assert {"kabupaten siak", "siak", "jakarta selatan", "kota administrasi jakarta selatan"} <= regions
    assert not {"smart kampung", "kabupaten", "kota"} & regions


def test_the_scan_covers_the_tagger_the_tests_and_what_ships() -> None:
    scanned = {path.relative_to(ROOT).as_posix() for path in _scanned_files()}
    for expected in ("nlp/programs.py", "data/positions.csv", "tests/test_nlp_officials.py",
                     "tests/fixtures/nlp/phenomena.jsonl", "tests/sites/pemkab/index.html",
                     "tests/sites/pemkab/expected.json", "tests/fixtures/release_06dea5c.sql",
                     "kunker/demo/articles/salatiga/03.txt", "kunker/cli.py", "crawler/sources.yml",
                     "datasette_config/metadata.yml", "datasette_config/database.yml", "datasette_config/queries.yml",
                     "datasette_config/templates/index.html",
                     "README.md", "DEVELOPERS.md"):
        assert expected in scanned, f"{expected} is not scanned"
    assert "tests/test_no_eval_leak.py" not in scanned
    assert "data/regions.csv" not in scanned


def _gold_or_skip() -> dict[str, str]:
    if not (SHARED_EVAL / "dev" / "articles.jsonl").exists():
        pytest.skip(f"{SHARED_EVAL} is absent: the evaluation gold to check against is not on this machine")
    terms = _gold_terms()
    assert terms, "the evaluation gold holds no officials or programs: the check would prove nothing"
    return terms


def test_allowed_list_is_small() -> None:
    assert len(ALLOWED) <= 12, "keep the allowed list small: rename in the fixture instead"


def test_allowed_terms_are_no_official_and_still_in_the_gold() -> None:
    terms = _gold_or_skip()
    officials = sorted(term for term in ALLOWED if terms.get(term) == "official")
    assert not officials, f"a real official's name is never allowed: {officials}"
    stale = sorted(term for term in ALLOWED if term not in terms)
    assert not stale, f"allowed terms no longer in the gold, remove them: {stale}"


def test_no_official_or_program_of_an_evaluation_set_in_the_project() -> None:
    terms = _gold_or_skip()
    leaks = find_leaks(terms, _scanned_files(), ALLOWED)
    assert not leaks, "evaluation names inside the project:\n" + "\n".join(leaks)
