#!/usr/bin/env python3
"""Inter-annotator agreement: python3 agreement.py FIRST.jsonl SECOND.jsonl

Scores the second annotation against the first with ../shared/eval/score.py's matching rules, over the articles
both hold.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

SCORE = Path(__file__).resolve().parents[4] / "shared" / "eval" / "score.py"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SCORE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(first_path: str, second_path: str) -> int:
    score = load_scorer()
    second = {row["id"]: dict(row["gold"], id=row["id"]) for row in read(second_path)}
    first = [row for row in read(first_path) if row["id"] in second]
    result = score.score(first, second, [])
    print(f"articles compared: {len(first)}")
    for field in ("regions", "officials", "programs", "visits"):
        r = result[field]
        print(f"{field:<10} P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f}  "
              f"first {r['gold']} second {r['predicted']} agreed {r['matched']}")
    when = {k: (round(v, 2) if v is not None else None) for k, v in result["accuracy_when_matched"].items()}
    print("when matched:", when)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
