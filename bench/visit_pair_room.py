"""Is there room for a learned decision of visit pairs?  ``python bench/visit_pair_room.py``

Tags a gold file with the free profile and reads each article's visit trace (``nlp.visit_records.Trace``). The candidate
(visitor, host) pairs are the rules' visits plus every region with any visitor firing (cut, ignored or rejected ones
included) times every region with any host firing or taken as the dateline host. Prints, per shard letter (the
letter before the digit of an id) and overall: the rules' pair P/R/F1, the share of gold pairs the candidates reach
(the ceiling of any decision over them) and the candidates' count. Then a logistic pair scorer over general
features (which named rules fired for each side, the sides' scores and margins, the rules' own verdict and the
reasons of their rejections, levels, containment, same sentence, headline, dateline, planned, number of
candidates; no word of any name), cross-validated leaving one shard letter out (trained on the others, its
threshold the best F1 on them), next to the rules on the same articles. Pairs are matched as ``score.py`` matches
them (its ``region_key`` and one-to-one ``greedy_pairs``). With ``--input`` and ``--output`` it is a ``score.py
--run`` command instead: trained on all of ``--gold``, it writes the tagger's results for ``--input`` with the
visits the scorer keeps (new pairs without date, leader or size). Needs numpy; the figures are in
``nlp/MEASUREMENTS.md`` ("A learned decision of visit pairs: measured, not built").
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import pickle
import re
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp.ner_data import letter_of  # noqa: E402
from nlp.regions import PROV  # noqa: E402
from nlp.train_programs import fit  # noqa: E402

MIN_SCORE = 2.0  # nlp.visit_patterns.MIN_SCORE: the rules' bar for a side
VERDICT = ("rules_pair", "status_", "reverse_in_rules")  # the features that carry the rules' own decision


def missing_file(*paths: Path) -> bool:
    """Say on stderr which of ``paths`` is no file (one line each); True when any is missing."""
    missing = [path for path in paths if not path.is_file()]
    for path in missing:
        print(f"{path}: no such file", file=sys.stderr)
    return bool(missing)


def load_score(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def collect(path: Path, results: list | None = None) -> list[dict]:
    """Each article's gold pairs (none without gold), the rules' pairs (region codes) and its trace, as plain
    data; with ``results``, also each article's result (``Tagger.extract``) appended there."""
    from nlp.tagger import Tagger

    tagger = Tagger(profile="free")
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    out, t0 = [], time.time()
    for n, article in enumerate(rows, 1):
        result = tagger.tag(article)
        trace = tagger.last_trace
        title = article.get("title") or ""
        if results is not None:
            results.append(result.to_dict())
        out.append({
            "id": str(article["id"]),
            "gold": [(g["visitor"], g["host"]) for g in article.get("gold", {}).get("visits", [])],
            "rules": [(v.visitor_code, v.host_code, v.status) for v in result.visits],
            "firings": [(f.rule, f.role, f.code, f.weight, f.start, f.sentence, f.planned)
                        for f in (trace.firings if trace else [])],
            "rejected": list(trace.rejected) if trace else [],
            "implicit": trace.implicit_host if trace else None,
            "body_start": len(title) + 2 if title.strip() else 0,
        })
        if n % 100 == 0 or n == len(rows):
            print(f"\r{n}/{len(rows)} tagged, {n / (time.time() - t0):.1f}/s", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return out


def reason(text: str) -> str:
    """A rejection's reason without its numbers and codes: "host score 2 below 2" -> "host_score_below"."""
    return "_".join(re.findall(r"[a-z]+", text.lower())[:4])


def candidates(a: dict, regions: dict) -> list[tuple[tuple[str, str], int, dict[str, float]]]:
    """((visitor, host), times the rules output the pair, features) for each candidate pair of article ``a``."""
    firings = a["firings"]
    visitors = {f[2] for f in firings if f[1] == "visitor" and f[2]}
    hosts = {f[2] for f in firings if f[1] == "host" and f[2]} | ({a["implicit"]} if a["implicit"] else set())
    rules = collections.Counter((v, h) for v, h, _ in a["rules"])
    status = {(v, h): s for v, h, s in a["rules"]}
    score = {"visitor": collections.defaultdict(float), "host": collections.defaultdict(float)}
    for f in firings:
        score[f[1]][f[2]] += f[3]
    best = {role: max(s.values(), default=0.0) or 1.0 for role, s in score.items()}
    many = {role: sum(v >= MIN_SCORE for v in s.values()) > 1 for role, s in score.items()}
    rejected = collections.defaultdict(set)
    for role, what, why in a["rejected"]:
        rejected[(role, what)].add(reason(why))

    def contains(outer: str, inner: str) -> bool:
        return regions[outer].level == PROV and regions[inner].province_code == outer

    pairs = sorted({(v, h) for v in visitors for h in hosts if v != h} | set(rules))
    out = []
    for v, h in pairs:
        x: dict[str, float] = {"rules_pair": float((v, h) in rules), "reverse_in_rules": float((h, v) in rules),
                               "many_visitors": float(many["visitor"]), "many_hosts": float(many["host"]),
                               "candidates": min(len(pairs), 10) / 10}
        if (v, h) in rules:
            x["status_" + status[(v, h)]] = 1.0
        for side, code, role in (("v", v, "visitor"), ("h", h, "host")):
            other = "host" if role == "visitor" else "visitor"
            own = [f for f in firings if f[2] == code and f[1] == role]
            for f in own:
                if f[3] > 0:
                    x[f"{side}_{f[0]}"] = 1.0
            s = score[role][code]
            x[f"{side}_score"] = min(s, 10.0) / 5
            x[f"{side}_other_score"] = min(score[other][code], 10.0) / 5
            x[f"{side}_over_other"] = float(s > score[other][code])
            x[f"{side}_below_min"] = float(s < MIN_SCORE)
            x[f"{side}_share_of_best"] = s / best[role]
            x[f"{side}_level_{regions[code].level}"] = 1.0
            x[f"{side}_planned"] = float(s > 0 and all(f[6] for f in own if f[3] > 0))
            x[f"{side}_headline"] = float(any(f[4] < a["body_start"] for f in own))
            for r in rejected.get((role, code), ()):
                x[f"{side}_rejected_{r}"] = 1.0
        for r in rejected.get(("pair", f"{v} -> {h}"), ()):
            x[f"pair_rejected_{r}"] = 1.0
        x["h_dateline"] = float(a["implicit"] == h)
        x["host_contains_visitor"] = float(contains(h, v))
        x["visitor_contains_host"] = float(contains(v, h))
        x["same_province"] = float(regions[v].province_code == regions[h].province_code)
        sentences = [{f[5] for f in firings if f[2] == c and f[1] == role and f[3] > 0}
                     for c, role in ((v, "visitor"), (h, "host"))]
        x["same_sentence"] = float(bool(sentences[0] & sentences[1]))
        out.append(((v, h), rules[(v, h)], x))
    return out



def pair_data(articles: list[dict], regions: dict, score, key: dict) -> list[tuple]:
    """(letter, gold pairs as region keys, article, candidates, labels) per article."""
    data = []
    for a in articles:
        gold = [(score.region_key(v), score.region_key(h)) for v, h in a["gold"]]
        cands = candidates(a, regions)
        labels = [float((key[v], key[h]) in set(gold)) for (v, h), _, _ in cands]
        data.append((letter_of(a["id"]), gold, a, cands, labels))
    return data


def feature_names(data: list[tuple], leave_out: tuple[str, ...] = ()) -> dict[str, int]:
    """Column of each feature the candidates of ``data`` have, without those starting with ``leave_out``."""
    names = sorted({f for *_, cands, _ in data for _, _, x in cands for f in x
                    if not (leave_out and f.startswith(leave_out))})
    return {n: i for i, n in enumerate(names)}


def matrix(rows: list, index: dict[str, int]) -> np.ndarray:
    m = np.zeros((len(rows), len(index)))
    for k, (_, _, x) in enumerate(rows):
        for f, value in x.items():
            if f in index:
                m[k, index[f]] = value
    return m


def counts(score, items: list[tuple[list, list]]) -> tuple[int, int, int]:
    """Hits, gold and predicted pairs over (gold, predicted) lists, matched one to one as score.py matches them."""
    hit = sum(len(score.greedy_pairs(g, p, lambda x, y: x == y)) for g, p in items)
    return hit, sum(len(g) for g, _ in items), sum(len(p) for _, p in items)


def tally(score, items: list[tuple[list, list]]) -> tuple[float, float, float]:
    hit, n_gold, n_pred = counts(score, items)
    p, r = hit / n_pred if n_pred else 0.0, hit / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def rules_of(key: dict, a: dict) -> list:
    return [(key[v], key[h]) for v, h, _ in a["rules"]]


def chosen(key: dict, cands: list, chances: np.ndarray, t: float) -> list:
    """The candidates at chance >= ``t`` as region keys (a pair the rules output twice, twice)."""
    return [(key[v], key[h]) for ((v, h), n, _), p in zip(cands, chances, strict=True) if p >= t
            for _ in range(max(n, 1))]


def probs(cands: list, index: dict[str, int], bias: float, w: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(bias + matrix(cands, index) @ w))) if cands else np.zeros(0)


def learn(score, key: dict, part: list, index: dict[str, int], l2: float) -> tuple[float, np.ndarray, float]:
    """Bias, weights and the threshold (.20 to .80) with the best F1 on ``part``."""
    rows = [r for *_, c, _ in part for r in c]
    bias, w = fit(matrix(rows, index), np.array([y for *_, ys in part for y in ys]), l2=l2)
    chances = [probs(c, index, bias, w) for *_, c, _ in part]
    threshold = max((tally(score, [(d[1], chosen(key, d[3], ch, t)) for d, ch in zip(part, chances, strict=True)])[2],
                     round(t, 2)) for t in np.arange(0.2, 0.81, 0.05))[1]
    return bias, w, threshold


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "bench" / "corpus" / "train.jsonl")
    ap.add_argument("--score", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py",
                    help="the evaluation's score.py (its pair matching)")
    ap.add_argument("--l2", type=float, default=2.0, help="the penalty on each weight (0.5 and 8 measured no better)")
    ap.add_argument("--without-verdict", action="store_true",
                    help="leave out the features of the rules' verdict (VERDICT): learn from the evidence alone")
    ap.add_argument("--cache", type=Path, default=None, help="keep the tagged traces in this pickle and reuse them")
    ap.add_argument("--input", type=Path, default=None,
                    help="with --output: train on all of --gold, tag these articles and write their results with the "
                         "visits the scorer keeps (score.py --run \"... bench/visit_pair_room.py\" scores it)")
    ap.add_argument("--output", type=Path, default=None)
    args = ap.parse_args(argv)
    if missing_file(args.gold, args.score):
        return 2
    score = load_score(args.score)
    from nlp.lexicon import load_regions

    regions = load_regions()
    key = {c: score.region_key(r.name) for c, r in regions.items()}
    if args.cache and args.cache.is_file():
        articles = pickle.loads(args.cache.read_bytes())
    else:
        articles = collect(args.gold)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(articles))
    data = pair_data(articles, regions, score, key)
    names = feature_names(data, VERDICT if args.without_verdict else ())

    def learn_(part: list) -> tuple[float, np.ndarray, float]:
        return learn(score, key, part, names, args.l2)

    if args.input and args.output:
        bias, w, threshold = learn_(data)
        results: list[dict] = []
        with args.output.open("w", encoding="utf-8") as out:
            for a, result in zip(collect(args.input, results), results, strict=True):
                cands = candidates(a, regions)
                keep = {pair for (pair, _, _), p in zip(cands, probs(cands, names, bias, w), strict=True)
                        if p >= threshold}
                visits = [v for v in result["visits"] if (v["visitor_code"], v["host_code"]) in keep]
                for v, h in sorted(keep - {(v["visitor_code"], v["host_code"]) for v in visits}):
                    visits.append({"visitor": regions[v].name, "visitor_code": v, "host": regions[h].name,
                                   "host_code": h, "date": None, "leader": None, "delegation_size": None})
                out.write(json.dumps({**result, "visits": visits}, ensure_ascii=False) + "\n")
        return 0
    letters = sorted({d[0] for d in data})
    print(f"{'letter':6} {'n':>4} {'pairs':>5} {'rules P':>8} {'R':>6} {'F1':>6} {'reach':>6} {'cands':>6}")
    for k in [*letters, "ALL"]:
        part = [d for d in data if k in ("ALL", d[0])]
        p, r, f = tally(score, [(g, rules_of(key, a)) for _, g, a, _, _ in part])
        n_gold = sum(len(set(g)) for _, g, *_ in part)
        reach = sum(len(set(g) & {(key[v], key[h]) for (v, h), _, _ in c}) for _, g, _, c, _ in part) / n_gold
        print(f"{k:6} {len(part):4} {n_gold:5} {p:8.3f} {r:6.3f} {f:6.3f} {reach:6.3f} "
              f"{sum(len(c) for *_, c, _ in part):6}")
    print(f"\nlogistic pair scorer over {len(names)} general features, leaving one letter out (L2 {args.l2:g})")
    print(f"{'letter':6} {'thr':>5} {'rules F1':>9} {'learned F1':>11} {'P':>6} {'R':>6}")
    all_rules, all_learned, wins = [], [], 0
    for k in letters:
        train = [d for d in data if d[0] != k]
        test = [d for d in data if d[0] == k]
        bias, w, threshold = learn_(train)
        rules = [(g, rules_of(key, a)) for _, g, a, _, _ in test]
        learned = [(g, chosen(key, c, probs(c, names, bias, w), threshold)) for _, g, _, c, _ in test]
        all_rules += rules
        all_learned += learned
        rf, (lp, lr, lf) = tally(score, rules)[2], tally(score, learned)
        wins += lf > rf
        print(f"{k:6} {threshold:5.2f} {rf:9.3f} {lf:11.3f} {lp:6.3f} {lr:6.3f}")
    print(f"{'ALL':6} {'':5} {tally(score, all_rules)[2]:9.3f} {tally(score, all_learned)[2]:11.3f}   "
          f"(learned better on {wins} of {len(letters)} letters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
