"""``python -m nlp.train_programs``: learn which program candidates to keep (``data/program_weights.csv``).

The program step (``nlp/programs.py``; candidates in ``nlp/program_candidates.py``, stop-lists in
``nlp/program_refusals.py``) finds candidates with its patterns and checks each against its stop-lists;
the hand rules keep a candidate no stop-list refuses. The learned scorer weighs general features instead
(``nlp.programs.FEATURES``: the pattern, the shape, the sentence, the stop-lists hit; no word of any name) with a
logistic model (``nlp.program_model``). A candidate's label is whether its name matches a gold program of its
article (token Jaccard >= .5 after a leading "program"/"inovasi", as ``score.py`` matches).

Free weights: L2-regularised logistic regression on every article of the corpus; the threshold that gives the
best F1 on them. Full weights (``--profile full``): a few features (``FULL_FEATURES``: the rules' verdict and the NER
model's reading) fit on the articles the NER model never trained on (those its split holds out,
``nlp.ner_data.split_of``, and those added to the corpus after it was trained, ``--ner-trained-ids``). The
``enabled`` row of the weights file is kept as it was.
Prints 5-fold article-level cross-validated P/R/F1 of the learned scorer next to the hand rules on the same
articles; ``--cv letters`` instead leaves one shard letter out at a time (the letter before the digit of an id: a
batch of news collected together) and prints each letter's F1 for the rules and for weights fitted on the other
letters (``--inner-threshold``: their threshold chosen on out-of-letter probabilities). Needs numpy
(training only).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import re
import sys
import time
import unicodedata
import zlib
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from nlp.models import REPO_ROOT
from nlp.ner_data import letter_of, split_of
from nlp.program_model import SCORER_ENV, WEIGHTS_FILE, Weights, read_weights, write_weights
from nlp.programs import FEATURES

CORPUS = REPO_ROOT / "bench" / "corpus" / "train.jsonl"
FOLDS = 5
L2 = 5.0  # the penalty on each weight (features are 0/1; a few hundred positive candidates; 2 and 8 measured no better)
# the free weights' penalty: leave-one-letter-out on 1,254 articles, 5 / 10 / 20 / 50 / 100: F1 .768 / .772 / .769 /
# .778 / .776 (nlp/MEASUREMENTS.md, "The learned program scorer: measurements")
FREE_L2 = 50.0
NER_FEATURES = ("ner", "ner_same")
# the full profile's features: the hand rules' verdict and the NER model's reading (few: its training articles are
# the few the NER model never saw)
FULL_FEATURES = ["refused", *NER_FEATURES]


@dataclass
class Article:
    id: str
    gold: list[str]
    text: str
    items: list
    rows: list[dict[str, float]]
    acronyms: dict
    labels: list[int]


def program_tokens(name: str) -> frozenset[str]:
    """The tokens ``score.py`` compares: NFKC, lower case, dashes as spaces, a leading "program"/"inovasi" dropped."""
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", name).lower().strip()).replace("-", " ")
    text = re.sub(r"^(program|inovasi)\s+", "", text)
    return frozenset(t for t in re.split(r"[^\w]+", text) if t)


def same_program(a: str, b: str) -> bool:
    ta, tb = program_tokens(a), program_tokens(b)
    return bool(ta and tb) and len(ta & tb) / len(ta | tb) >= 0.5


def tally(gold: list[str], pred: list[str]) -> tuple[int, int, int]:
    """(hits, gold, predicted) with ``score.py``'s one-to-one matching, first come first served."""
    pred = [p for p in pred if program_tokens(p)]
    used, hits = set(), 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and same_program(g, p):
                used.add(i)
                hits += 1
                break
    return hits, len(gold), len(pred)


def prf(hits: int, gold: int, pred: int) -> tuple[float, float, float]:
    p = hits / pred if pred else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def collect(corpus: Path, profile: str, models: str | None, only: set[str] | None = None) -> list[Article]:
    """Tag every article (with the hand rules' selection) and keep the program step's items and features."""
    from nlp.tagger import Tagger

    tagger = Tagger(profile=profile, models=models)
    finder = tagger.parts.programs
    finder.weights, finder.keep_items = None, True
    out = []
    lines = [json.loads(line) for line in corpus.open(encoding="utf-8") if line.strip()]
    lines = [a for a in lines if only is None or str(a["id"]) in only]
    t0 = time.time()
    for n, article in enumerate(lines, 1):
        finder.last_items = ()
        tagger.extract(article)
        text, items, rows, acronyms = finder.last_items or ("", [], [], {})
        gold = [g["name"] if isinstance(g, dict) else g for g in article["gold"].get("programs", [])]
        labels = [int(any(same_program(item.name, g) for g in gold)) for item in items]
        out.append(Article(str(article["id"]), gold, text, items, rows, acronyms, labels))
        if n % 50 == 0 or n == len(lines):
            rate = n / (time.time() - t0)
            print(f"\r{n}/{len(lines)} articles tagged, {rate:.1f}/s, ETA {(len(lines) - n) / rate:.0f} s",
                  end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return out


def cached(path: Path | None, make) -> list[Article]:
    """``make()``'s articles, read from ``path`` when it exists, else written there."""
    if path is not None and path.is_file():
        with path.open("rb") as f:
            return pickle.load(f)
    articles = make()
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as f:
            pickle.dump(articles, f)
    return articles


def matrix(articles: list[Article], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    index = {n: i for i, n in enumerate(names)}
    rows = [r for a in articles for r in a.rows]
    x = np.zeros((len(rows), len(names)))
    for k, r in enumerate(rows):
        for f, v in r.items():
            if f in index:
                x[k, index[f]] = v
    return x, np.array([y for a in articles for y in a.labels], dtype=float)


def fit(x: np.ndarray, y: np.ndarray, offset: np.ndarray | None = None, l2: float | None = None
        ) -> tuple[float, np.ndarray]:
    """Bias and weights of an L2-regularised logistic regression (Newton's method; the bias unpenalised)."""
    l2 = L2 if l2 is None else l2
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    off = np.zeros(len(x)) if offset is None else offset
    penalty = np.full(xb.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w + off, -30, 30)))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return float(w[0]), w[1:]


def predict(finder, article: Article, keep: list[bool]) -> list[str]:
    return [p.name for p in finder._select(article.text, article.items, article.acronyms, keep)]


def evaluate(finder, articles: list[Article], keeps: list[list[bool]]) -> tuple[int, int, int]:
    total = [0, 0, 0]
    for a, keep in zip(articles, keeps, strict=True):
        for i, v in enumerate(tally(a.gold, predict(finder, a, keep))):
            total[i] += v
    return total[0], total[1], total[2]


def best_threshold(finder, articles: list[Article], probs: list[list[float]]) -> float:
    """The threshold (.20 to .70) giving the best article-level F1 on ``articles``."""
    best = (-1.0, 0.5)
    for t in np.arange(0.20, 0.71, 0.05):
        f1 = prf(*evaluate(finder, articles, [[p >= t for p in ps] for ps in probs]))[2]
        best = max(best, (f1, float(round(t, 2))))
    return best[1]


def learn(finder, articles: list[Article], names: list[str], base: Weights | None = None, l2: float | None = None
          ) -> Weights:
    """Weights over ``names`` (with ``base``: refit only ``names``, the base score as offset)."""
    x, y = matrix(articles, names)
    offset = None
    if base is not None:
        offset = np.array([np.log(q / (1 - q)) for a in articles for r in a.rows
                           for q in [min(max(base.probability(r), 1e-9), 1 - 1e-9)]])
    bias, w = fit(x, y, offset, l2)
    weights = dict(zip(names, (float(v) for v in w), strict=True))
    if base is not None:
        weights = {**base.weights, **weights}
        bias += base.bias
    model = Weights(bias, weights, 0.5)
    probs = [[model.probability(r) for r in a.rows] for a in articles]
    return Weights(bias, weights, best_threshold(finder, articles, probs))


def fold_of(article_id: str) -> int:
    return zlib.crc32(article_id.encode("utf-8")) % FOLDS


def rules_decisions(articles: list[Article]) -> list[list[bool]]:
    """The hand rules' decisions: a candidate no stop-list refuses."""
    return [[not i.refusals for i in a.items] for a in articles]


def inner_threshold(finder, articles: list[Article], names: list[str], l2: float | None) -> float:
    """The threshold chosen on out-of-letter probabilities: each training letter scored by weights fitted on the
    others (a threshold fitted in-sample is too low for news the weights never saw)."""
    letters = sorted({letter_of(a.id) for a in articles})
    probs: dict[str, list[float]] = {}
    for held in letters:
        rest = [a for a in articles if letter_of(a.id) != held]
        x, y = matrix(rest, names)
        bias, w = fit(x, y, l2=l2)
        model = Weights(bias, dict(zip(names, (float(v) for v in w), strict=True)), 0.5)
        probs.update({a.id: [model.probability(r) for r in a.rows] for a in articles if letter_of(a.id) == held})
    return best_threshold(finder, articles, [probs[a.id] for a in articles])


def letter_cv(finder, articles: list[Article], names: list[str], l2: float | None = None, inner: bool = False
              ) -> dict[str, tuple[tuple[int, int, int], tuple[int, int, int], float]]:
    """Leave one shard letter out: per letter, (the hand rules' counts, the learned scorer's counts, its threshold)
    with weights fitted on the other letters (and the threshold chosen on them: in-sample, or ``inner``)."""
    out = {}
    for held in sorted({letter_of(a.id) for a in articles}):
        train = [a for a in articles if letter_of(a.id) != held]
        test = [a for a in articles if letter_of(a.id) == held]
        x, y = matrix(train, names)
        bias, w = fit(x, y, l2=l2)
        weights = dict(zip(names, (float(v) for v in w), strict=True))
        model = Weights(bias, weights, 0.5)
        if inner:
            threshold = inner_threshold(finder, train, names, l2)
        else:
            threshold = best_threshold(finder, train, [[model.probability(r) for r in a.rows] for a in train])
        model = Weights(bias, weights, threshold)
        out[held] = (evaluate(finder, test, rules_decisions(test)),
                     evaluate(finder, test, [[model.accept(r) for r in a.rows] for a in test]), threshold)
    return out


def print_letter_cv(result: dict[str, tuple[tuple[int, int, int], tuple[int, int, int], float]]) -> None:
    print(f"{'letter':<7}{'rules F1 (P R)':<24}{'learned F1 (P R)':<24}threshold")
    sums = [[0, 0, 0], [0, 0, 0]]
    wins = 0
    for held, (rules, learned, threshold) in result.items():
        cells = []
        for k, counts in enumerate((rules, learned)):
            p, r, f = prf(*counts)
            cells.append(f"{f:.3f} ({p:.3f} {r:.3f})")
            sums[k] = [s + v for s, v in zip(sums[k], counts, strict=True)]
        wins += prf(*learned)[2] > prf(*rules)[2]
        print(f"{held:<7}{cells[0]:<24}{cells[1]:<24}{threshold:.2f}")
    cells = [f"{prf(*c)[2]:.3f} ({prf(*c)[0]:.3f} {prf(*c)[1]:.3f})" for c in sums]
    print(f"{'all':<7}{cells[0]:<24}{cells[1]:<24}learned better on {wins} of {len(result)} letters")


def cross_validate(finder, articles: list[Article], names: list[str], base: Weights | None = None,
                   l2: float | None = None) -> tuple[int, int, int]:
    total = [0, 0, 0]
    for k in range(FOLDS):
        train = [a for a in articles if fold_of(a.id) != k]
        test = [a for a in articles if fold_of(a.id) == k]
        model = learn(finder, train, names, base, l2)
        result = evaluate(finder, test, [[model.accept(r) for r in a.rows] for a in test])
        total = [t + v for t, v in zip(total, result, strict=True)]
    return total[0], total[1], total[2]


def line(label: str, counts: tuple[int, int, int]) -> str:
    p, r, f = prf(*counts)
    return f"{label:<44} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (hit {counts[0]}, gold {counts[1]}, pred {counts[2]})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m nlp.train_programs", description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="gold articles (default bench/corpus/train.jsonl)")
    ap.add_argument("--profile", choices=("free", "full"), default="free",
                    help="free: learn the free weights; full: refit the NER features on the free weights")
    ap.add_argument("--models", default=None, help="the full profile's stanza models folder")
    ap.add_argument("--ner-trained-ids", type=Path, default=None,
                    help="full: a gold file whose articles the NER model was trained on (its split's train and "
                         "dev parts are left out); default: the split of every corpus article")
    ap.add_argument("--output", type=Path, default=WEIGHTS_FILE, help="weights file (default data/program_weights.csv)")
    ap.add_argument("--holdout", type=Path, default=None,
                    help="free: also train on the corpus without this gold file's articles and score on them "
                         "(articles the rules were not written against)")
    ap.add_argument("--cache", type=Path, default=None,
                    help="keep the tagged candidates in this file (pickle) and reuse them when it exists (the full "
                         "profile tags about 0.2 articles a second on a busy machine)")
    ap.add_argument("--dry-run", action="store_true", help="measure only; write nothing")
    ap.add_argument("--cv", choices=("folds", "letters"), default="folds",
                    help="folds: 5-fold by article; letters: leave one shard letter out, per letter beside the rules")
    ap.add_argument("--inner-threshold", action="store_true",
                    help="letters: choose each fold's threshold on out-of-letter probabilities of its training letters")
    ap.add_argument("--l2", type=float, default=None,
                    help=f"the penalty on each weight (default: free {FREE_L2:g}, full {L2:g})")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"{args.corpus}: no such gold file", file=sys.stderr)
        return 2
    os.environ[SCORER_ENV] = "rules"  # the trainer reads every candidate; the weights are what it writes
    old = read_weights(args.output) if args.output.is_file() else None
    t0 = time.time()
    free_names = [n for n in FEATURES if n not in NER_FEATURES]
    if args.profile == "free":
        l2 = FREE_L2 if args.l2 is None else args.l2
        articles = cached(args.cache, lambda: collect(args.corpus, "free", None))
        from nlp.pipeline import components
        finder = components().programs
        if args.cv == "letters":
            print_letter_cv(letter_cv(finder, articles, free_names, l2, args.inner_threshold))
            return 0
        rules = evaluate(finder, articles, rules_decisions(articles))
        n_items = sum(len(a.items) for a in articles)
        reach = sum(tally(a.gold, predict(finder, a, [True] * len(a.items)))[0] for a in articles)
        print(f"{len(articles)} articles, {n_items} candidates ({sum(sum(a.labels) for a in articles)} matching a "
              f"gold program); every candidate kept would find {reach} of {rules[1]} gold programs")
        print(line("hand rules, on the same articles (in-sample)", rules))
        print(line(f"learned, {FOLDS}-fold cross-validated", cross_validate(finder, articles, free_names, l2=l2)))
        if args.holdout:
            held = {str(json.loads(x)["id"]) for x in args.holdout.open(encoding="utf-8") if x.strip()}
            rest = [a for a in articles if a.id not in held]
            test = [a for a in articles if a.id in held]
            model = learn(finder, rest, free_names, l2=l2)
            print(line(f"hand rules on {len(test)} held-out articles", evaluate(
                finder, test, rules_decisions(test))))
            print(line(f"learned on the other {len(rest)}, on them", evaluate(
                finder, test, [[model.accept(r) for r in a.rows] for a in test])))
        model = learn(finder, articles, free_names, l2=l2)
        print(line(f"learned, in-sample (threshold {model.threshold:.2f})",
                   evaluate(finder, articles, [[model.accept(r) for r in a.rows] for a in articles])))
        free = replace(model, enabled=old["free"].enabled if old else False)
        full = old["full"] if old else replace(model, enabled=False)
    else:
        trained: set[str] = set()
        if args.ner_trained_ids:
            trained = {str(json.loads(x)["id"]) for x in args.ner_trained_ids.open(encoding="utf-8") if x.strip()}
            trained = {i for i in trained if split_of(i) != "holdout"}
        ids = {str(json.loads(x)["id"]) for x in args.corpus.open(encoding="utf-8") if x.strip()}
        if args.ner_trained_ids:
            unseen = ids - trained
        else:
            unseen = {i for i in ids if split_of(i) == "holdout"}
        print(f"{len(unseen)} articles the NER model never trained on", file=sys.stderr)
        articles = cached(args.cache, lambda: collect(args.corpus, "full", args.models, unseen))
        from nlp.pipeline import components
        finder = components().programs
        if old is None:
            print(f"{args.output}: no free weights yet; run python -m nlp.train_programs first", file=sys.stderr)
            return 2
        free = old["free"]
        rules = evaluate(finder, articles, rules_decisions(articles))
        print(line("hand rules (full profile)", rules))
        print(line("learned free weights (trained on these too)",
                   evaluate(finder, articles, [[free.accept(r) for r in a.rows] for a in articles])))
        print(line(f"learned full weights, {FOLDS}-fold cross-validated",
                   cross_validate(finder, articles, FULL_FEATURES, l2=args.l2)))
        full = replace(learn(finder, articles, FULL_FEATURES, l2=args.l2),
                       enabled=old["full"].enabled if old else False)
        print(line(f"learned full weights, in-sample (threshold {full.threshold:.2f})",
                   evaluate(finder, articles, [[full.accept(r) for r in a.rows] for a in articles])))
    if not args.dry_run:
        write_weights(args.output, free, full, FEATURES)
        print(f"wrote {args.output}")
    print(f"done in {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
