"""``bench/visit_miss_causes.py``: the causes of missed and extra visit pairs, on sentences of our own (the
evaluation's ``score.py``, for its pair matching, from ``../shared/eval``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
SCRIPT = ROOT / "bench" / "visit_miss_causes.py"
sys.path.insert(0, str(ROOT / "bench"))

ARTICLES = [  # (id, text, gold pairs)
    ("a1-001", "Rombongan DPRD Kabupaten Wajo studi banding ke Kota Madiun, Senin (3/2).",
     [("Kabupaten Wajo", "Kota Madiun")]),
    ("a1-002", "Wali Kota Madiun meresmikan pasar baru di Kota Madiun, Rabu (5/2).", []),
    ("b1-001", "Pemkab Pati belajar ke Kota Bitung tentang pelayanan perizinan.",
     [("Kabupaten Ngawi", "Kota Bitung")]),
    ("b1-002", "Rombongan Pemkab Ngawi studi banding ke Kabupaten Pati, Kamis (6/2).", []),
]

pytestmark = pytest.mark.skipif(not SCORE.is_file(), reason=f"{SCORE} absent: the script matches pairs with it")


def article(gold: list, rules: list, visitors: set, hosts: set, found: set, rejected: list | None = None) -> dict:
    return {"id": "x1-001", "gold": gold, "rules": rules, "visitors": visitors, "hosts": hosts, "found": found,
            "rejected": rejected or []}


def test_each_error_gets_its_cause():
    from visit_miss_causes import causes, load_score

    score = load_score(SCORE)
    a = article([("a", "b"), ("c", "b"), ("d", "e")], [("b", "a"), ("d", "f")], {"b", "d"}, {"a", "b", "e", "f"},
                {"a", "b", "c", "d", "e", "f"}, [("host", "e", "host_score_below_its")])
    got = {(cause, v, h) for _, cause, v, h in causes([a], score)}
    assert got == {("3 missed: emitted the other way round", "a", "b"),
                   ("1a missed: visitor never a candidate", "c", "b"),
                   ("2 missed: both candidates, rejected (host_score_below_its)", "d", "e"),
                   ("4 extra: the reverse of a gold pair", "b", "a"),
                   ("4 extra: right visitor, other host", "d", "f")}
    unfound = article([("a", "b")], [], set(), {"b"}, {"b"})
    assert [c for _, c, _, _ in causes([unfound], score)] == ["1a missed: visitor never a candidate (region not found)"]


def test_the_table_on_a_tiny_gold_file(tmp_path):
    gold = tmp_path / "gold.jsonl"
    with gold.open("w", encoding="utf-8") as f:
        for aid, text, pairs in ARTICLES:
            visits = [{"visitor": v, "host": h, "date": None, "leader": None, "delegation_size": None}
                      for v, h in pairs]
            f.write(json.dumps({"id": aid, "url": "", "title": "", "published": "2025-02-07", "text": text,
                                "gold": {"regions": [], "officials": [], "programs": [], "visits": visits}}) + "\n")
    done = subprocess.run([sys.executable, str(SCRIPT), "--score", str(SCORE), "--gold", str(gold), "--list"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "b1-002: 4 extra: article without gold visits: kabupatenngawi -> kabupatenpati" in lines
    assert "b1-001: 4 extra: right host, other visitor: kabupatenpati -> kotabitung" in lines
    assert not any(line.startswith("a1-") for line in lines)  # the right pair and the article without a visit
    row = next(line for line in lines if line.startswith("4 extra: article without gold visits"))
    assert row.split()[-4:] == ["1", "1", "1", "b"]  # pairs, articles, letters, which
