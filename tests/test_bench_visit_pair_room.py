"""``bench/visit_pair_room.py`` on a tiny gold file of our own: the room table, the leave-one-letter-out scorer
trained on it, and the ``score.py --run`` mode that writes the scorer's pairs (the evaluation's ``score.py``, for its
pair matching, from ``../shared/eval``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from nlp_helpers import load_bench_script, write_pair_gold

ROOT = Path(__file__).resolve().parent.parent
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
SCRIPT = ROOT / "bench" / "visit_pair_room.py"

ARTICLES = [  # (id, text, gold pairs)
    ("a1-001", "Rombongan DPRD Kabupaten Wajo studi banding ke Kota Madiun, Senin (3/2). Rombongan diterima Sekda "
               "Kota Madiun.", [("Kabupaten Wajo", "Kota Madiun")]),
    ("a1-002", "Pemkab Pati belajar ke Kota Bitung tentang pelayanan perizinan. Kunjungan itu dipimpin Sekda Pati.",
     [("Kabupaten Pati", "Kota Bitung")]),
    ("a1-003", "Wali Kota Madiun meresmikan pasar baru di Kota Madiun, Rabu (5/2).", []),
    ("b1-001", "DPRD Kabupaten Ngawi berkunjung ke DPRD Kota Salatiga untuk studi banding tentang tata tertib.",
     [("Kabupaten Ngawi", "Kota Salatiga")]),
    ("b1-002", "Pemkab Pati menerima rombongan studi banding dari Pemkab Ngawi di pendapa, Kamis (6/2).",
     [("Kabupaten Ngawi", "Kabupaten Pati")]),
]

pytestmark = pytest.mark.skipif(not SCORE.is_file(), reason=f"{SCORE} absent: the script matches pairs with it")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), "--score", str(SCORE), *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=300)


def test_room_table_and_cross_validation_on_a_tiny_gold_file(tmp_path):
    gold = tmp_path / "gold.jsonl"
    write_pair_gold(gold, ARTICLES)
    done = run("--gold", str(gold))
    assert done.returncode == 0, done.stderr
    room, scorer = done.stdout.split("logistic pair scorer")
    rows = {line.split()[0]: line.split() for line in room.splitlines() if line.strip()}
    assert {"a", "b", "ALL"} <= set(rows)
    n, pairs, p, r, f1, reach, cands = rows["ALL"][1:8]
    assert (int(n), int(pairs)) == (5, 4)
    assert float(reach) >= float(r)  # the candidates hold every pair the rules find
    assert int(cands) >= 4
    learned = {line.split()[0]: line.split() for line in scorer.splitlines()[2:] if line.strip()}
    assert {"a", "b", "ALL"} <= set(learned)  # trained on one letter, scored on the other
    assert "learned better on" in scorer


def test_score_run_mode_writes_one_result_per_article(tmp_path):
    gold = tmp_path / "gold.jsonl"
    write_pair_gold(gold, ARTICLES)
    out = tmp_path / "out.jsonl"
    done = run("--gold", str(gold), "--input", str(gold), "--output", str(out))
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in results] == [a[0] for a in ARTICLES]
    assert all(isinstance(r["visits"], list) for r in results)
    assert all({"visitor", "host", "visitor_code", "host_code"} <= set(v) for r in results for v in r["visits"])


def test_a_missing_gold_file_is_a_clear_error(tmp_path):
    done = run("--gold", str(tmp_path / "none.jsonl"))
    assert done.returncode == 2
    assert "none.jsonl: no such file" in done.stderr


def test_pairs_are_counted_one_to_one_as_score_py_matches_them():
    bench = load_bench_script("visit_pair_room")
    score = bench.load_score(SCORE)
    items = [([("a", "b"), ("a", "b")], [("a", "b"), ("c", "b")]), ([], [("a", "b")])]
    assert bench.counts(score, items) == (1, 2, 3)
    p, r, f1 = bench.tally(score, items)
    assert (round(p, 3), r, round(f1, 3)) == (0.333, 0.5, 0.4)
    cands = [(("x", "y"), 2, {}), (("x", "z"), 0, {})]
    key = {"x": "kx", "y": "ky", "z": "kz"}
    assert bench.chosen(key, cands, [0.9, 0.6], 0.5) == [("kx", "ky"), ("kx", "ky"), ("kx", "kz")]
