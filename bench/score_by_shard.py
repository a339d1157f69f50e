#!/usr/bin/env python3
"""F1 per field for each annotation shard of a gold file, and for all of it.

    .venv/bin/python bench/score_by_shard.py bench/corpus/train.jsonl [--profile full --models DIR]

Runs ``python -m nlp extract`` once on the articles (gold removed), then scores each shard (the letters an id
starts with: "q" for "q3-014") with ``../shared/eval/score.py --pred``. The newest train shards predict unseen
text best: the rules were mostly written before them.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

SCORE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
FIELDS = ("regions", "officials", "programs", "visits")
MATCHED = ("leader", "date", "delegation_size")


def shard(article_id: str) -> str:
    found = re.match(r"[a-z]+", article_id)
    return found.group(0) if found else "?"


def write_lines(path: Path, lines: list[str]) -> None:
    path.write_text("".join(line if line.endswith("\n") else line + "\n" for line in lines), encoding="utf-8")


def score(gold: list[str], pred: list[str], work: Path) -> dict:
    write_lines(work / "gold.jsonl", gold)
    write_lines(work / "pred.jsonl", pred)
    out = subprocess.run([sys.executable, str(SCORE), "--gold", str(work / "gold.jsonl"), "--pred",
                          str(work / "pred.jsonl"), "--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def row(name: str, count: int, result: dict) -> str:
    matched = result["accuracy_when_matched"]
    values = [result[f]["f1"] for f in FIELDS] + [matched.get("visit_" + f) for f in MATCHED]
    cells = " ".join(f"{v:9.3f}" if isinstance(v, (int, float)) else f"{'-':>9}" for v in values)
    return f"{name:6} {count:5} {cells} {result['overall_f1']:9.3f}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0],
                                     epilog="Other options (--profile, --models, ...) go to nlp extract.")
    parser.add_argument("gold", type=Path, help="gold JSONL file (score.py's format)")
    options, extract_args = parser.parse_known_args(argv)
    gold_path = options.gold
    if not gold_path.is_file():
        print(f"score_by_shard: {gold_path}: no such file", file=sys.stderr)
        return 2
    lines = [line for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [json.loads(line) for line in lines]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        write_lines(work / "in.jsonl", [json.dumps({k: v for k, v in a.items() if k != "gold"}, ensure_ascii=False)
                                        for a in articles])
        subprocess.run([sys.executable, "-m", "nlp", "extract", "--input", str(work / "in.jsonl"), "--output",
                        str(work / "out.jsonl"), *extract_args], check=True, stderr=subprocess.DEVNULL)
        predicted = {json.loads(line)["id"]: line for line in (work / "out.jsonl").read_text(encoding="utf-8")
                     .splitlines() if line.strip()}
        groups: dict[str, list[int]] = defaultdict(list)
        for index, article in enumerate(articles):
            groups[shard(article["id"])].append(index)
        print(f"{'shard':6} {'n':>5} " + " ".join(f"{f[:9]:>9}" for f in FIELDS + MATCHED) + f" {'overall':>9}")
        for name in sorted(groups) + ["all"]:
            members = groups[name] if name != "all" else range(len(articles))
            gold = [lines[i] for i in members]
            pred = [predicted[articles[i]["id"]] for i in members if articles[i]["id"] in predicted]
            print(row(name, len(gold), score(gold, pred, work)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
