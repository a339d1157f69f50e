"""Would a CRF person-name reader find the officials the free profile misses?  ``python bench/official_crf_cv.py``

The gold official names of train are aligned to their occurrences in title and text (case-insensitive, on word
bounds: ``program_crf_cv.occurrences``) as BIO tags over kunker's tokens. A CRF (python-crfsuite, ``PARAMS``) is
trained leaving one shard letter out and reads the held-out letter; the newest four letters (u, v, w, x) are held out
by default. Its features per token are general (no word of any name is a rule): the lower-cased word, its shape,
prefixes and suffixes, length, whether it is an honorific or degree (``data/honorifics.txt``), a position title or
the first word of one (``data/positions.csv``, as ``nlp.program_patterns.POSITION_WORDS``), a region or function
word; the same of the words three either side; how far back (1, 2-3, 4-8 tokens) a position title stands, and how
far ahead; the run of capitalised words it is in (length and place); where in the sentence it is and whether the
sentence is the title. The span tagging, training and alignment are ``program_crf_cv``'s, given this module's
features and gold names (``features=person_features``, ``names=official_names``).

Per held-out letter, given the free profile's output (``python -m nlp extract``, ``--rules``): (a) gold official
names the free profile misses (names only, case-insensitive), (b) how many of those a CRF span of chance >= t writes
exactly (and how many a span at least overlaps), (c) the cost: distinct CRF names of chance >= t per article that
are no gold official and no official the rules found (and of these, how many are only words of such a name, e.g. a
surname), and how many recovered names stand within 8 tokens of a position title. Measured, not built: figures in
nlp/MEASUREMENTS.md ("A CRF person-name reader for missed officials: measured, not built").
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import program_crf_cv as pc  # noqa: E402

from nlp.lexicon import load_honorifics  # noqa: E402
from nlp.ner_data import letter_of  # noqa: E402
from nlp.program_patterns import POSITION_WORDS  # noqa: E402
from nlp.tokenizer import tokenize  # noqa: E402

THRESHOLDS = (0.3, 0.5, 0.8)
PARAMS = {"c1": 0.1, "c2": 0.05, "max_iterations": 80, "feature.possible_transitions": True}
HONORIFICS = load_honorifics()
NEAR = 8  # tokens between a recovered name and a position title


def _kinds(word: str) -> list[str]:
    low = word.lower()
    out = [kind for kind, words in (("position", POSITION_WORDS), ("region", pc.REGION_WORDS),
                                    ("function", pc.FUNCTION_WORDS)) if low in words]
    if low.replace(".", "").replace(",", "") in HONORIFICS:
        out.append("honorific")
    return out


def _distance(d: int) -> str:
    return "1" if d == 1 else "3" if d <= 3 else "8" if d <= NEAR else ""


def person_features(words: list[str], in_title: bool = False, context=None) -> list[list[str]]:
    """The features of each word of one sentence (``context`` is unused: program_crf_cv's signature)."""
    n = len(words)
    lows = [w.lower() for w in words]
    shapes = [pc.shape(w) for w in words]
    kinds = [_kinds(w) for w in words]
    positions = [i for i in range(n) if "position" in kinds[i]]
    capital = [s in ("Xx", "XX", "xX") for s in shapes]
    run_start, run_len = [0] * n, [0] * n
    i = 0
    while i < n:
        j = i
        while j < n and capital[j]:
            j += 1
        for k in range(i, j):
            run_start[k], run_len[k] = i, j - i
        i = max(j, i + 1)
    feats: list[list[str]] = []
    for i, low in enumerate(lows):
        f = ["bias", "w=" + low, "s=" + shapes[i], "p2=" + low[:2], "p3=" + low[:3], "x2=" + low[-2:],
             "x3=" + low[-3:], "len=" + str(min(len(low), 8)), "pos=" + (
                 "0" if i == 0 else "1" if i == 1 else "end" if i == n - 1 else "mid")]
        if in_title:
            f.append("title")
        if "." in words[i]:
            f.append("dot")
        f.extend("k=" + k for k in kinds[i])
        for d in (-3, -2, -1, 1, 2, 3):
            j = i + d
            if 0 <= j < n:
                if abs(d) <= 2:
                    f.append(f"w{d}={lows[j]}")
                    f.append(f"s{d}={shapes[j]}")
                f.extend(f"k{d}={k}" for k in kinds[j])
            else:
                f.append(f"w{d}=<edge>")
        before = [i - p for p in positions if p < i]
        after = [p - i for p in positions if p > i]
        if before and _distance(min(before)):
            f.append("position_before=" + _distance(min(before)))
        if after and _distance(min(after)):
            f.append("position_after=" + _distance(min(after)))
        if capital[i]:
            f.append(f"run={min(run_len[i], 5)}")
            f.append(f"run_at={min(i - run_start[i], 3)}")
        f.append(f"s-1s0={shapes[i - 1] if i else '<'}|{shapes[i]}")
        f.append(f"s0s1={shapes[i]}|{shapes[i + 1] if i + 1 < n else '>'}")
        feats.append(f)
    return feats


def official_names(article: dict) -> list[str]:
    """The names of the article's gold officials; an official without a name is skipped."""
    names = (g.get("name") if isinstance(g, dict) else g for g in article["gold"].get("officials") or [])
    return [n for n in names if n and n.strip()]


def norm(name: str) -> str:
    return " ".join(name.lower().split())


def near_position(article: dict, span: tuple[int, int]) -> bool:
    """A position title stands within ``NEAR`` tokens of the span, in its sentence."""
    text, _ = pc.combined(article)
    for toks in tokenize(text):
        if toks[0].start <= span[0] < toks[-1].end:
            inside = [k for k, t in enumerate(toks) if t.start < span[1] and span[0] < t.end]
            if not inside:
                return False
            lo, hi = inside[0] - NEAR, inside[-1] + NEAR
            return any("position" in _kinds(t.text) for k, t in enumerate(toks) if lo <= k <= hi
                       and k not in inside)
    return False


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "bench" / "corpus" / "train.jsonl")
    ap.add_argument("--rules", type=Path, required=True, help="the free profile's output for --gold")
    ap.add_argument("--letters", default="u,v,w,x", help="held-out letters (comma-separated)")
    args = ap.parse_args(argv)
    articles = [json.loads(x) for x in args.gold.open(encoding="utf-8") if x.strip()]
    rules = {}
    for line in args.rules.open(encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            rules[r["id"]] = [o["name"] for o in r.get("officials", []) if o.get("name")]
    t0 = time.time()
    data, aligned, missed = {}, 0, 0
    for a in articles:
        data[a["id"]], al, mi = pc.labelled(a, names=official_names)
        aligned, missed = aligned + al, missed + mi
    print(f"{len(articles)} articles; gold official names aligned {aligned}, not aligned {missed} "
          f"({time.time() - t0:.0f} s)", file=sys.stderr)
    print("letter | gold officials | free finds | (a) free misses (aligned in text) | t | (b) CRF writes exactly "
          "(overlaps) | of (b) near a post | (c) cost: CRF names no gold, no rules (only part of one) | "
          "of (c) near a post | CRF alone hits/gold/predicted")
    totals = {t: [0] * 12 for t in THRESHOLDS}
    with tempfile.TemporaryDirectory() as tmp:
        for held in args.letters.split(","):
            path = f"{tmp}/{held}.crfsuite"
            t1 = time.time()
            pc.train([s for a in articles if letter_of(a["id"]) != held for s in data[a["id"]]], path,
                     features=person_features)
            tagger = pycrfsuite.Tagger()
            tagger.open(path)
            spans = {a["id"]: pc.crf_spans(tagger, a, min(THRESHOLDS), features=person_features) for a in articles
                     if letter_of(a["id"]) == held}
            print(f"letter {held}: trained and tagged in {time.time() - t1:.0f} s", file=sys.stderr)
            gold_n = found_n = miss_n = miss_al = 0
            # per t: exact, overlap, near a post, cost, cost only part of a name, hits, predicted, cost near a post
            rows = {t: [0] * 8 for t in THRESHOLDS}
            for a in articles:
                if letter_of(a["id"]) != held:
                    continue
                text, _ = pc.combined(a)
                gold = {norm(g) for g in official_names(a)}
                found = {norm(r) for r in rules.get(a["id"], [])}
                misses = gold - found
                gold_n, found_n, miss_n = gold_n + len(gold), found_n + len(gold & found), miss_n + len(misses)
                occ = {m: pc.occurrences(text, m) for m in misses}
                miss_al += sum(bool(v) for v in occ.values())
                known_words = [set(x.split()) for x in gold | found]
                for t in THRESHOLDS:
                    kept = [(s, e) for s, e, p in spans[a["id"]] if p >= t]
                    names = {norm(text[s:e]) for s, e in kept}
                    row = rows[t]
                    for m in misses:
                        if m in names:
                            row[0] += 1
                            row[2] += any(near_position(a, (s, e)) for s, e in kept if norm(text[s:e]) == m)
                        row[1] += any(s < oe and os < e for s, e in kept for os, oe in occ[m])
                    wrong = names - gold - found
                    row[3] += len(wrong)
                    row[7] += sum(any(near_position(a, (s, e)) for s, e in kept if norm(text[s:e]) == w) for w in wrong)
                    row[4] += sum(any(set(w.split()) <= k for k in known_words) for w in wrong)
                    row[5] += len(names & gold)
                    row[6] += len(names)
            for t in THRESHOLDS:
                r = rows[t]
                print(f"{held} | {gold_n} | {found_n} | {miss_n} ({miss_al}) | {t} | {r[0]} ({r[1]}) | {r[2]} | "
                      f"{r[3]} ({r[4]}) | {r[7]} | {r[5]}/{gold_n}/{r[6]}", flush=True)
                pc.add(totals[t], [gold_n, found_n, miss_n, miss_al, *r])
    for t in THRESHOLDS:
        g, f, m, ma, *r = totals[t]
        print(f"all | {g} | {f} | {m} ({ma}) | {t} | {r[0]} ({r[1]}) | {r[2]} | {r[3]} ({r[4]}) | {r[7]} | "
              f"{r[5]}/{g}/{r[6]}")
    print(f"done in {time.time() - t0:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
