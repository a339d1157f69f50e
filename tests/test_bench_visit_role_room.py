"""``bench/visit_role_room.py`` on a tiny gold file of our own: the features of a region mention hold no name, and the
leave-one-letter-out table runs (the evaluation's ``score.py``, for its pair matching, from ``../shared/eval``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from nlp_helpers import load_bench_script, write_pair_gold

ROOT = Path(__file__).resolve().parent.parent
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
SCRIPT = ROOT / "bench" / "visit_role_room.py"

ARTICLES = [  # (id, text, gold pairs): invented sentences
    ("a1-001", "Anggota DPRD Kabupaten Wajo melakukan studi banding ke Kota Madiun pekan ini. Mereka disambut Sekda "
               "Kota Madiun di ruang rapat.", [("Kabupaten Wajo", "Kota Madiun")]),
    ("a1-002", "Tim Pemkab Pati belajar ke Kota Bitung soal layanan izin usaha. Rombongan dipimpin Asisten I Pati.",
     [("Kabupaten Pati", "Kota Bitung")]),
    ("a1-003", "Wali Kota Madiun membuka lomba kebersihan di alun-alun Kota Madiun, Rabu (5/2).", []),
    ("b1-001", "Rombongan Pemkab Ngawi tiba di Kota Salatiga untuk studi tiru tentang pengelolaan sampah.",
     [("Kabupaten Ngawi", "Kota Salatiga")]),
    ("b1-002", "Pemkab Pati menerima tamu studi banding dari Pemkab Ngawi di pendapa, Kamis (6/2).",
     [("Kabupaten Ngawi", "Kabupaten Pati")]),
    ("b1-003", "Bupati Ngawi meninjau panen jagung bersama petani di Kabupaten Ngawi.", []),
]

pytestmark = pytest.mark.skipif(not SCORE.is_file(), reason=f"{SCORE} absent: the script matches pairs with it")


def load_bench():
    return load_bench_script("visit_role_room")



def test_a_mention_is_a_slot_and_names_are_shapes():
    bench = load_bench()
    from nlp.pipeline import components

    finder = components().visits
    text = "Rombongan Bu Larasmita dari Kabupaten Wajo studi banding ke Kota Madiun soal Lumbung Wangi Ceria."
    wajo, madiun = text.index("Kabupaten Wajo"), text.index("Kota Madiun")
    slots = [bench.Slot(wajo, wajo + 14, "73.13", "kabupaten", (0, len(text))),
             bench.Slot(madiun, madiun + 11, "35.77", "kota", (0, len(text)))]
    vocab = frozenset({"rombongan", "dari", "studi", "banding", "ke", "soal"})
    xs = bench.features(text, 0, slots, finder.cues, finder.contains, vocab)
    names = ("wajo", "madiun", "larasmita", "lumbung", "wangi", "ceria")
    assert not [f for x in xs for f in x if any(n in f.lower() for n in names)]
    first, second = xs
    assert first["prep=dari"] == 1.0 and first["w-1=dari"] == 1.0 and first["w-2=<Cap>"] == 1.0
    assert second["prep=ke"] == 1.0 and second["typed"] == 1.0 and second["level=kota"] == 1.0
    assert second["L=<R>"] == 1.0  # the other mention is one slot word
    assert any(f.startswith("cue=learning:before") for f in second)


def test_room_table_leaving_one_letter_out(tmp_path):
    gold = tmp_path / "gold.jsonl"
    write_pair_gold(gold, ARTICLES)
    done = subprocess.run([sys.executable, str(SCRIPT), "--gold", str(gold), "--score", str(SCORE)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    rows = {line.split()[0]: line for line in done.stdout.splitlines() if line.strip()}
    assert {"a", "b", "ALL"} <= set(rows)
    assert "pooled hits / gold / predicted: rules" in done.stdout


def test_a_missing_gold_file_is_a_clear_error(tmp_path):
    done = subprocess.run([sys.executable, str(SCRIPT), "--gold", str(tmp_path / "none.jsonl"), "--score",
                           str(SCORE)], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 2
    assert "none.jsonl: no such file" in done.stderr


def test_role_features_of_a_pair_read_both_sides_and_the_article():
    bench = load_bench()
    x: dict[str, float] = {}
    rc = {"v1": [(0.2, 0.1), (0.8, 0.1)], "h1": [(0.1, 0.6)]}
    bench.role_features(x, "v1", "h1", rc, (0.8, 0.9))
    assert x["role_v_own_max"] == 0.8 and x["role_v_own_mean"] == 0.5 and x["role_v_own_is_top"] == 1.0
    assert x["role_h_own_max"] == 0.6 and x["role_h_own_is_top"] == 0.0
    assert abs(x["role_h_own_share_of_top"] - 0.6 / 0.9) < 1e-9
    assert x["role_article_visitor_max"] == 0.8 and x["role_article_host_max"] == 0.9
    assert abs(x["role_both"] - 0.48) < 1e-9
    y: dict[str, float] = {}
    bench.role_features(y, "v2", "h1", rc, (0.8, 0.9))  # a side the region finder never gave a mention
    assert y["role_v_no_mention"] == 1.0 and "role_v_own_max" not in y


def test_pair_decision_with_the_taggers_chances_leaving_one_letter_out(tmp_path):
    gold = tmp_path / "gold.jsonl"
    write_pair_gold(gold, ARTICLES)
    dump = tmp_path / "chances.pkl"
    done = subprocess.run([sys.executable, str(SCRIPT), "--gold", str(gold), "--score", str(SCORE), "--pairs",
                           "--dump", str(dump)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    rows = {line.split()[0]: line for line in done.stdout.splitlines() if line.strip()}
    assert {"a", "b", "ALL"} <= set(rows)
    assert "ALL hits / gold / predicted: rules" in done.stdout
    for setting in ("no roles", "roles (", "roles, no verdict", "room"):
        assert setting in done.stdout.split("ALL hits")[1]
    again = subprocess.run([sys.executable, str(SCRIPT), "--gold", str(gold), "--score", str(SCORE), "--pairs",
                            "--chances", str(dump)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert again.returncode == 0, again.stderr
    assert again.stdout == done.stdout  # the dumped chances give the same table


def test_nested_chances_train_the_scorer_without_the_held_out_letter(tmp_path):
    gold = tmp_path / "gold.jsonl"
    write_pair_gold(gold, ARTICLES)
    extra = [("c1-001", "Rombongan Pemkot Bitung studi banding ke Kabupaten Wajo tentang pasar desa, Selasa (4/2).",
              [("Kota Bitung", "Kabupaten Wajo")]),
             ("c1-002", "Bupati Wajo meninjau pembangunan jalan desa di Kabupaten Wajo.", [])]
    with gold.open("a", encoding="utf-8") as f:
        for aid, text, pairs in extra:
            visits = [{"visitor": v, "host": h, "date": None, "leader": None, "delegation_size": None}
                      for v, h in pairs]
            f.write(json.dumps({"id": aid, "url": "", "title": "", "published": "2025-02-07", "text": text,
                                "gold": {"regions": [], "officials": [], "programs": [], "visits": visits}}) + "\n")
    done = subprocess.run([sys.executable, str(SCRIPT), "--gold", str(gold), "--score", str(SCORE), "--pairs",
                           "--nested", "--iterations", "10"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    rows = {line.split()[0]: line for line in done.stdout.splitlines() if line.strip()}
    assert {"a", "b", "c", "ALL"} <= set(rows)
    assert "nested for letter c" in done.stderr
