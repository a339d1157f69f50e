"""Why the rules miss gold visit pairs and emit others: ``python bench/visit_miss_causes.py [--gold FILE] [--list]``

Tags a gold file with the free profile, matches the rules' (visitor, host) pairs to the gold ones as ``score.py``
does (its ``region_key`` and one-to-one ``greedy_pairs``) and sorts every error by cause, from the visit finder's
trace (``nlp.visit_records.Trace``):

- a missed gold pair whose visitor or host was never a candidate (no rule fired for it in that role; a region the
  tagger did not find at all is told apart), or neither side was;
- a missed pair both of whose sides were candidates (the rejection that decided it, when the trace names one);
- a missed pair the rules emitted the other way round;
- an emitted pair gold lacks: the reverse of a gold pair, in an article without gold visits, the right visitor with
  another host, the right host with another visitor, both sides in gold but paired otherwise, neither side in gold.

Prints, per cause, the pairs, the articles and the shard letters (the letter before the digit of an id) it holds:
the support a rule for that cause would have. ``--list`` adds one line per error (article id, cause, pair): for
train only, never for the unseen or sealed sets.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from visit_pair_room import collect, load_score, missing_file, reason  # noqa: E402

from nlp.ner_data import letter_of  # noqa: E402


def side(key: str, found: set[str], candidates: set[str]) -> str:
    """How one side of a missed pair stood: "cand", "never" (a region the rules never scored) or "unfound"."""
    return "cand" if key in candidates else "never" if key in found else "unfound"


def missed_cause(visitor: str, host: str, a: dict, rules: list[tuple[str, str]]) -> str:
    """The cause of one missed gold pair (region keys) of article ``a`` (see :func:`causes`)."""
    if (host, visitor) in rules:
        return "3 missed: emitted the other way round"
    v = side(visitor, a["found"], a["visitors"])
    h = side(host, a["found"], a["hosts"])
    if v == "cand" and h == "cand":
        why = [r for role, what, r in a["rejected"] if (role == "host" and what == host)
               or (role == "visitor" and what == visitor) or (role == "pair" and what == f"{visitor} -> {host}")] \
            or [r for role, _, r in a["rejected"] if role == "visits"]
        # (no rejection traced: the pair was emitted fewer times than gold holds it, or dropped after resolving)
        return f"2 missed: both candidates, rejected ({why[0]})" if why else "2 missed: both candidates, no rejection"
    if v != "cand" and h != "cand":
        return "1c missed: neither side a candidate"
    if v != "cand":
        return "1a missed: visitor never a candidate" + (" (region not found)" if v == "unfound" else "")
    return "1b missed: host never a candidate" + (" (region not found)" if h == "unfound" else "")


def extra_cause(visitor: str, host: str, gold: list[tuple[str, str]]) -> str:
    """The cause of one emitted pair that matched no gold pair."""
    if not gold:
        return "4 extra: article without gold visits"
    if (host, visitor) in gold:
        return "4 extra: the reverse of a gold pair"
    v, h = any(visitor == g for g, _ in gold), any(host == g for _, g in gold)
    return "4 extra: " + ("both sides in gold, paired otherwise" if v and h else "right visitor, other host" if v
                          else "right host, other visitor" if h else "neither side in gold")


def causes(articles: list[dict], score) -> list[tuple[str, str, str, str]]:
    """(article id, cause, visitor, host) for every error of the rules on ``articles`` (each: id, gold and
    rules' pairs as region keys, found region keys, candidate visitors and hosts, rejections)."""
    out = []
    for a in articles:
        gold, rules = a["gold"], a["rules"]
        pairs = score.greedy_pairs(gold, rules, lambda x, y: x == y)
        hit_gold, hit_rules = {i for i, _ in pairs}, {j for _, j in pairs}
        out += [(a["id"], missed_cause(v, h, a, rules), v, h) for i, (v, h) in enumerate(gold) if i not in hit_gold]
        out += [(a["id"], extra_cause(v, h, gold), v, h) for j, (v, h) in enumerate(rules) if j not in hit_rules]
    return out


def prepare(path: Path, score) -> list[dict]:
    """Tag ``path`` and keep, per article, what :func:`causes` reads, every region as ``score.region_key``."""
    from nlp.lexicon import load_regions

    regions = load_regions()
    key = {c: score.region_key(r.name) for c, r in regions.items()}
    results: list[dict] = []
    out = []
    for a, result in zip(collect(path, results), results, strict=True):
        firings = a["firings"]
        rejected = []
        for role, what, why in a["rejected"]:
            what = " -> ".join(key.get(c.strip(), c.strip()) for c in what.split("->")) if role == "pair" \
                else key.get(what, what)
            rejected.append((role, what, reason(why)))
        out.append({
            "id": a["id"],
            "gold": [(score.region_key(v), score.region_key(h)) for v, h in a["gold"]],
            "rules": [(key[v], key[h]) for v, h, _ in a["rules"]],
            "found": {score.region_key(r["name"]) for r in result["regions"]},
            "visitors": {key[f[2]] for f in firings if f[1] == "visitor" and f[2] in key},
            "hosts": {key[f[2]] for f in firings if f[1] == "host" and f[2] in key}
            | ({key[a["implicit"]]} if a["implicit"] in key else set()),
            "rejected": rejected,
        })
    return out


def table(errors: list[tuple[str, str, str, str]]) -> list[str]:
    """One line per cause: pairs, articles, letters (count and which)."""
    by_cause: dict[str, list[str]] = collections.defaultdict(list)
    for aid, cause, _, _ in errors:
        by_cause[cause].append(aid)
    lines = [f"{'cause':72} {'pairs':>5} {'articles':>8} {'letters':>7}"]
    for cause in sorted(by_cause):
        ids = by_cause[cause]
        letters = sorted({letter_of(i) for i in ids})
        lines.append(f"{cause:72} {len(ids):5} {len(set(ids)):8} {len(letters):7}  {''.join(letters)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "bench" / "corpus" / "train.jsonl")
    ap.add_argument("--score", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py",
                    help="the evaluation's score.py (its pair matching)")
    ap.add_argument("--list", action="store_true", help="also one line per error (train only)")
    args = ap.parse_args(argv)
    if missing_file(args.gold, args.score):
        return 2
    score = load_score(args.score)
    errors = causes(prepare(args.gold, score), score)
    print("\n".join(table(errors)))
    if args.list:
        print()
        for aid, cause, v, h in sorted(errors):
            print(f"{aid}: {cause}: {v} -> {h}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
