#!/usr/bin/env python3
"""Could an article-level classifier veto the visits the rules emit in articles that report none?

    .venv/bin/python bench/visit_article_gate.py [--train bench/corpus/train.jsonl] [SEALED.jsonl ...]

On fresh text the largest class of false visit pairs is pairs emitted in articles whose gold has no visit at all
(``bench/visit_miss_causes.py``: "article without gold visits"). This measures whether the words of an article tell
such articles apart: a logistic regression over binary features (lower-cased words, word bigrams and title words
seen in at least ``--min-df`` train articles; no list written by hand) is fitted on train to predict "the gold has a
visit". Printed per set: its AUC, the articles where the free profile emits a visit, those of them whose gold has
none, and, per threshold, how many emitting articles a veto (chance below the threshold) would empty, split into
no-visit articles (right vetoes) and visit articles (lost visits). Train's figures are out of letter (fitted on the
other shard letters). Sealed sets are read only through this script's figures. Needs numpy; figures in
nlp/MEASUREMENTS.md ("An article-level gate on visits: measured, not built").
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
THRESHOLDS = (0.05, 0.1, 0.2, 0.3, 0.4)


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def letter(article_id: str) -> str:
    return re.match(r"[a-z]+", article_id).group(0)


def features(article: dict) -> set[str]:
    title = (article.get("title") or "").lower()
    words = WORD.findall(title + "\n" + article["text"].lower())
    found = set(words) | {f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)}
    return found | {"T:" + w for w in WORD.findall(title)}


def matrix(articles: list[dict], index: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(articles), len(index)), dtype=np.float32)
    for row, article in enumerate(articles):
        for feature in features(article):
            if feature in index:
                x[row, index[feature]] = 1.0
    return x


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 300, rate: float = 5.0) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2-regularised logistic regression (full-batch gradient descent)."""
    w, b, n = np.zeros(x.shape[1], dtype=np.float32), np.float32(0.0), np.float32(len(y))
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        w -= np.float32(rate) * (x.T @ (p - y) + np.float32(l2) * w) / n
        b -= np.float32(rate / 10) * (p - y).mean()
    return w, float(b)


def chance(x: np.ndarray, model: tuple[np.ndarray, float]) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(x @ model[0] + model[1])))


def emitting(articles: list[dict]) -> np.ndarray:
    """1 where the free profile emits at least one visit."""
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        src.write_text("".join(json.dumps({k: v for k, v in a.items() if k != "gold"}, ensure_ascii=False) + "\n"
                               for a in articles), encoding="utf-8")
        subprocess.run([sys.executable, "-m", "nlp", "extract", "--input", str(src), "--output", str(out)],
                       check=True, cwd=ROOT, capture_output=True)
        visits = {r["id"]: bool(r.get("visits")) for r in read(out)}
    return np.array([visits[a["id"]] for a in articles])


def report(name: str, articles: list[dict], p: np.ndarray) -> None:
    y = np.array([bool(a["gold"]["visits"]) for a in articles])
    emits = emitting(articles)
    auc = float((p[y][:, None] > p[~y][None, :]).mean())
    print(f"{name}: {len(articles)} articles, {y.sum()} with gold visits, rules emit in {emits.sum()}, "
          f"{(emits & ~y).sum()} of them without gold visits; AUC {auc:.3f}")
    for threshold in THRESHOLDS:
        veto = emits & (p < threshold)
        print(f"  veto below {threshold:.2f}: {veto.sum():3} articles emptied, {(veto & ~y).sum():3} right "
              f"(no gold visit), {(veto & y).sum():3} lost (gold visits)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sealed", nargs="*", type=Path, help="gold files to report on (figures only)")
    ap.add_argument("--train", type=Path, default=ROOT / "bench" / "corpus" / "train.jsonl")
    ap.add_argument("--min-df", type=int, default=5)
    ap.add_argument("--l2", type=float, default=1.0)
    args = ap.parse_args()
    train = read(args.train)
    df = Counter(f for a in train for f in features(a))
    index = {f: i for i, f in enumerate(sorted(f for f, c in df.items() if c >= args.min_df))}
    x, y = matrix(train, index), np.array([float(bool(a["gold"]["visits"])) for a in train], dtype=np.float32)
    letters = np.array([letter(a["id"]) for a in train])
    out_of_letter = np.zeros(len(train))
    for held in sorted(set(letters)):
        mask = letters == held
        out_of_letter[mask] = chance(x[mask], fit(x[~mask], y[~mask], args.l2))
    print(f"{len(index)} features; train out of letter:")
    report("train", train, out_of_letter)
    model = fit(x, y, args.l2)
    for path in args.sealed:
        articles = read(path)
        report(path.name, articles, chance(matrix(articles, index), model))
    return 0


if __name__ == "__main__":
    sys.exit(main())
