"""No evaluation text inside the tagger.

Officials' full names (two tokens or more) and program names from the gold of every evaluation set must not
appear in ``nlp/`` or ``data/`` (the region gazetteer and region aliases excepted: they name regions, which
every article names). The evaluation sets are ``../shared/eval/dev`` and every JSONL file under
``bench/corpus/`` (train, test, the second annotation and the retired held-out sets); the test reads only their
gold and prints only what leaked.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
EXEMPT = {"regions.csv", "region_aliases.csv"}
SCANNED = (".py", ".csv", ".txt", ".md", ".json", ".jsonl", ".tsv", ".conllu")


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


def _gold_terms() -> dict[str, str]:
    """name -> "official" | "program", from every gold file present."""
    terms: dict[str, str] = {}
    for path in _gold_files():
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                gold = json.loads(line).get("gold") or {}
                for name in _names(gold.get("officials"), multi_token=True):
                    terms.setdefault(name, "official")
                for name in _names(gold.get("programs"), multi_token=False):
                    if len(name) >= 4:  # shorter names ("KB") are ordinary acronyms
                        terms.setdefault(name, "program")
    return terms


def _tagger_files() -> list[Path]:
    files = []
    for folder in ("nlp", "data"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in SCANNED and path.name not in EXEMPT:
                files.append(path)
    return files


def _pattern(term: str) -> re.Pattern:
    words = [re.escape(w) for w in term.split()]
    return re.compile(r"(?<!\w)" + r"[\s_\-]+".join(words) + r"(?!\w)", re.IGNORECASE)


def find_leaks(terms: dict[str, str], files: list[Path]) -> list[str]:
    texts = {path: path.read_text(encoding="utf-8", errors="replace") for path in files}
    leaks = []
    for term, kind in sorted(terms.items()):
        pattern = _pattern(term)
        for path, text in texts.items():
            if pattern.search(text):
                leaks.append(f"{path.relative_to(ROOT)}: {kind} {term!r}")
    return leaks


def test_finder_reports_a_planted_name(tmp_path: Path) -> None:
    """The scanner itself: a planted name and program are found across line breaks and case."""
    planted = tmp_path / "rules.py"
    planted.write_text('EXAMPLE = "Bupati Fulan\n  Bin Fulan meluncurkan SIGAP warga"\n', encoding="utf-8")
    clean = tmp_path / "clean.py"
    clean.write_text('EXAMPLE = "Bupati Fulanah meluncurkan Sigapura"\n', encoding="utf-8")
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        leaks = find_leaks({"Fulan Bin Fulan": "official", "Sigap Warga": "program"}, [planted, clean])
    finally:
        ROOT = saved
    assert leaks == ["rules.py: official 'Fulan Bin Fulan'", "rules.py: program 'Sigap Warga'"]


def test_no_official_or_program_of_an_evaluation_set_in_the_tagger() -> None:
    if not (SHARED_EVAL / "dev" / "articles.jsonl").exists():
        pytest.skip(f"{SHARED_EVAL} is absent: the evaluation gold to check against is not on this machine")
    terms = _gold_terms()
    assert terms, "the evaluation gold holds no officials or programs: the check would prove nothing"
    leaks = find_leaks(terms, _tagger_files())
    assert not leaks, "evaluation names inside the tagger:\n" + "\n".join(leaks)
