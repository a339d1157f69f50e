"""Is there room for a learned role tagger of region mentions?  ``python bench/visit_role_room.py``

Tags ``--gold`` (train) with the free profile and reads each region mention kunker's region finder gives
(``result.regions``). Labels: a mention of a gold visitor region is VISITOR, of a gold host HOST, any other NEITHER
(a province that only contains a gold region is NEITHER: score.py counts it wrong); a region that is a visitor in
one gold pair and a host in another (a tour's stop that also travels, a return visit) is left out of training
(``logistic``; NEITHER in a ``crf`` sequence, which needs every label) and counts as right for either role.
Regions are matched as ``score.py`` matches them (``region_key``).

Features (:func:`features`): general ones only. The mention is a slot, never its name: its level, whether a level
word is written, headline, dateline, the sentence's place, how often and how early the article names it, its place
among the regions of its sentence, whether a province the article names contains it (or it contains a named
region); the three words either side and eight words of context (other region mentions as "<R>"; a word is
kept only if written all lower-case in at least 5 articles of ``--gold``, no label read; any other is its shape
"<Cap>", "<UP>", "<num>", so no name of a person, program or organisation is a feature); the preposition before
it ("ke", "dari", "asal", "di" ...); the cues of :class:`nlp.visit_patterns.Cues` in its sentence (before or after
it, near or far) and in the article and headline; the number of regions the article names. With ``--firings``
also which named visit rules fired for the mention's region in its sentence and in the article.

Models (python-crfsuite, L-BFGS): ``logistic``, each mention its own one-item sequence (a multinomial logistic
regression), and ``crf``, the mentions of an article as one sequence. Cross-validated leaving one shard letter
out; per letter it prints (a) the rules' visits F1, (b) the tagger's mention-level P/R for VISITOR and HOST (the
most likely label), (c) the room: of the rules' missed gold pairs, how many the tagger marks both sides of (chance
>= .5; the same at .9 below the table) and its wrong marks, (d) the visits F1 of combinations with the rules, each
threshold chosen on the other letters' held-out outputs: ``add`` (where the rules emit no visit, the tagger's best
visitor and best host, both >= t), ``extend`` (a region the rules do not pair and that neither contains nor lies
in a rules side, marked visitor >= t, joins the rules' hosts; marked host >= t, their visitors), ``veto`` (drop a
rules pair whose sides both have chance <= 1 - t of their role), and their unions. Pairs are matched with
score.py's ``greedy_pairs``. The figures are in ``nlp/MEASUREMENTS.md`` ("A role tagger for region mentions, measured,
not built").

With ``--pairs`` it measures instead a decision over ``visit_pair_room``'s candidate pairs that reads the tagger's
out-of-letter chances of both sides beside the rules' firings (:func:`pair_report`, :func:`role_features`): the pair
scorer for letter X is trained on the other letters' rows, without roles, with them, and with them but without the
rules' verdict, next to the rules and the room (a perfect choice among the candidates); ``--nested`` trains the rows'
chances without X too; ``--dump``/``--chances`` keep and reuse the chances. The figures are in
``nlp/MEASUREMENTS.md`` ("A decision of visit pairs with the role tagger's chances: measured, not built").
"""

from __future__ import annotations

import argparse
import collections
import json
import pickle
import re
import sys
import tempfile
import time
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import pycrfsuite  # noqa: E402
from visit_pair_room import (  # noqa: E402
    VERDICT,
    chosen,
    collect,
    counts,
    feature_names,
    learn,
    load_score,
    missing_file,
    pair_data,
    probs,
    rules_of,
)

from nlp.train_programs import letter_of  # noqa: E402

NEWEST = ("o", "q", "t", "u")

# --- the features of a region mention (a slot: its own name is never a feature) ---
WORD = re.compile(r"\w+(?:-\w+)*|[^\w\s]")
LEVEL_WORDS = ("kabupaten", "kab", "kota", "provinsi", "prov")
# cue patterns of nlp.visit_patterns.Cues read around a mention (attribute names)
CUE_PATTERNS = ("learning", "studies", "plain", "not_visit", "to_national", "abroad", "came", "at_home",
                "stopover", "implied_host")
PREPOSITIONS = frozenset({"ke", "dari", "asal", "di", "oleh", "kepada", "bersama", "menuju", "untuk", "dengan",
                          "antara", "yakni", "yaitu", "seperti", "dan", "serta", "se"})
NEAR = 60  # characters: a cue this close to the mention is "near"


@dataclass
class Slot:
    """A region mention as the features see it: offsets into the article's text (headline, a blank line, body),
    its region's code and level, and the sentence holding it."""

    start: int
    end: int
    code: str
    level: str
    sentence: tuple[int, int]


def words_of(text: str) -> Iterable[tuple[int, int, str]]:
    for m in WORD.finditer(text):
        yield m.start(), m.end(), m.group()


def vocabulary(texts: Iterable[str], min_articles: int = 5) -> frozenset[str]:
    """Words written all lower-case in at least ``min_articles`` of ``texts``: common words, never a name."""
    counts: dict[str, int] = {}
    for text in texts:
        for w in {w for _, _, w in words_of(text) if w.islower() and w.isalpha() and len(w) > 1}:
            counts[w] = counts.get(w, 0) + 1
    return frozenset(w for w, n in counts.items() if n >= min_articles)


def token(word: str, vocab: Collection[str]) -> str:
    low = word.lower()
    if low in vocab or not word[0].isalnum():
        return low
    if word.isdigit():
        return "<num>"
    if word.isupper():
        return "<UP>"
    return "<Cap>" if word[0].isupper() else "<w>"


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def features(text: str, body_start: int, slots: list[Slot], cues, contains, vocab: Collection[str],
             dateline=None) -> list[dict[str, float]]:
    """One feature dict per slot (``slots`` sorted by start). ``cues``: an :class:`nlp.visit_patterns.Cues`;
    ``contains(outer, inner)``: whether province ``outer`` contains region ``inner``; ``dateline(text, start,
    after, end)``: :func:`nlp.visit_rules.dateline`."""
    counts: dict[str, int] = {}
    for s in slots:
        counts[s.code] = counts.get(s.code, 0) + 1
    most = max(counts.values(), default=0)
    codes = set(counts)
    sentence_order = sorted({s.sentence for s in slots if s.sentence[0] >= body_start})
    cue_spans: dict[tuple[int, int], list[tuple[str, int, int]]] = {}
    out = []
    spans = [(s.start, s.end) for s in slots]
    # the article as a whole: which cues it and its headline hold, how many regions it names
    article: dict[str, float] = {"regions_in_article=" + _bucket(len(codes), (1, 2, 3, 5, 8)): 1.0}
    for name in CUE_PATTERNS:
        if getattr(cues, name).search(text, body_start):
            article["article_cue=" + name] = 1.0
        if body_start and getattr(cues, name).search(text, 0, body_start):
            article["headline_cue=" + name] = 1.0
    first_of: dict[str, int] = {}
    for i, s in enumerate(slots):
        first_of.setdefault(s.code, i)
    for i, s in enumerate(slots):
        x: dict[str, float] = {"bias": 1.0, "level=" + s.level: 1.0, **article}
        s_start, s_end = s.sentence
        written = text[s.start:s.end].lower()
        x["typed"] = float(written.split(" ")[0].rstrip(".") in LEVEL_WORDS)
        title = s.start < body_start
        x["headline"] = float(title)
        if not title:
            k = sentence_order.index(s.sentence) if s.sentence in sentence_order else 99
            x["sentence=" + _bucket(k, (0, 1, 2, 4, 8))] = 1.0
        if dateline is not None and i < 3 and not title and dateline(text, s.start, text[s.end:s.end + 80], s.end):
            x["dateline"] = 1.0
        x["times=" + _bucket(counts[s.code], (1, 2, 4))] = 1.0
        x["most_named"] = float(counts[s.code] == most)
        x["first_region"] = float(first_of[s.code] == 0)
        x["first_mention_of_it"] = float(first_of[s.code] == i)
        same = [o for o in slots if o.sentence == s.sentence]
        k = same.index(s)
        x["in_sentence=" + _bucket(k, (0, 1, 2))] = 1.0
        x["regions_in_sentence=" + _bucket(len(same), (1, 2, 3, 5))] = 1.0
        x["other_code_in_sentence"] = float(any(o.code != s.code for o in same))
        x["in_a_province_named"] = float(any(contains(c, s.code) for c in codes if c != s.code))
        x["contains_one_named"] = float(any(contains(s.code, c) for c in codes if c != s.code))
        # the words around it, other mentions as slots
        left = _context(text, s_start, s.start, spans, vocab)[-8:]
        right = _context(text, s.end, s_end, spans, vocab)[:8]
        for n, w in enumerate(reversed(left[-3:]), 1):
            x[f"w-{n}={w}"] = 1.0
        for n, w in enumerate(right[:3], 1):
            x[f"w+{n}={w}"] = 1.0
        if len(left) >= 2:
            x[f"w-2-1={left[-2]}_{left[-1]}"] = 1.0
        if len(right) >= 2:
            x[f"w+1+2={right[0]}_{right[1]}"] = 1.0
        for w in left:
            x["L=" + w] = 1.0
        for w in right:
            x["R=" + w] = 1.0
        prep = next((w for w in reversed(left[-4:]) if w in PREPOSITIONS), None)
        if prep:
            x["prep=" + prep] = 1.0
        if not left:
            x["opens_sentence"] = 1.0
        # cue words of the sentence, before or after it, near or far
        found = cue_spans.get(s.sentence)
        if found is None:
            found = cue_spans[s.sentence] = [(name, m.start(), m.end()) for name in CUE_PATTERNS
                                             for m in getattr(cues, name).finditer(text, s_start, s_end)]
        for name, c_start, c_end in found:
            side = "before" if c_end <= s.start else "after" if c_start >= s.end else "over"
            dist = s.start - c_end if side == "before" else c_start - s.end if side == "after" else 0
            x[f"cue={name}"] = 1.0
            x[f"cue={name}:{side}:{'near' if dist <= NEAR else 'far'}"] = 1.0
        out.append(x)
    return out


def _context(text: str, start: int, end: int, spans: list[tuple[int, int]], vocab: Collection[str]) -> list[str]:
    """The tokens of text[start:end], each region mention in it one "<R>"."""
    out: list[str] = []
    pos = start
    for a, b in spans:
        if b <= start or a >= end:
            continue
        out += [token(w, vocab) for _, _, w in words_of(text[pos:a])]
        out.append("<R>")
        pos = max(pos, b)
    out += [token(w, vocab) for _, _, w in words_of(text[pos:end])]
    return out


# --- the measurement ---
CONTAINS = None  # nlp.visit_places.PlaceRules.contains, set in main
GRID = [round(0.3 + 0.05 * k, 2) for k in range(14)] + [0.97, 0.98, 0.99]  # .30 .. .95, then .97 .98 .99


def slots_of(article: dict, result: dict, regions) -> tuple[str, int, list[Slot]]:
    title = article.get("title") or ""
    title = title if title.strip() else ""
    body_start = len(title) + 2 if title else 0
    text = f"{title}\n\n{article.get('text') or ''}" if title else (article.get("text") or "")
    slots = []
    for r in result.get("regions", []):
        for m in r["mentions"]:
            base = 0 if m["field"] == "title" else body_start
            slots.append(Slot(m["start"] + base, m["end"] + base, r["code"], regions[r["code"]].level,
                              (m["sentence_start"] + base, m["sentence_end"] + base)))
    slots.sort(key=lambda s: s.start)
    return text, body_start, slots


def firing_features(x: dict, slot: Slot, firings: list) -> None:
    score = collections.defaultdict(float)
    for rule, role, code, weight, _start, sentence, _planned in firings:
        if code != slot.code or weight <= 0:
            continue
        score[role] += weight
        if tuple(sentence) == slot.sentence:
            x[f"fire_s={role}:{rule}"] = 1.0
    for role, s in score.items():
        x[f"fire_a={role}"] = 1.0
        x[f"fire_a={role}:{'strong' if s >= 2 else 'weak'}"] = 1.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "bench" / "corpus" / "train.jsonl")
    ap.add_argument("--score", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--cache", type=Path, default=None, help="keep the tagged articles in this pickle and reuse them")
    ap.add_argument("--model", choices=("logistic", "crf"), default="logistic")
    ap.add_argument("--firings", action="store_true", help="add the visit rules' firings as features")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iterations", type=int, default=80)
    ap.add_argument("--minfreq", type=float, default=2)
    ap.add_argument("--visit-articles", action="store_true",
                    help="train only on the articles whose gold has a visit (the combinations stay the same)")
    ap.add_argument("--letters", default=None,
                    help="only these held-out letters (comma-separated); the thresholds are then chosen among them")
    ap.add_argument("--dump", type=Path, default=None, help="write the held-out chances here (pickle)")
    ap.add_argument("--chances", type=Path, default=None,
                    help="read the held-out chances from a --dump of the same settings instead of fitting them")
    ap.add_argument("--pairs", action="store_true",
                    help="then the pair decision: visit_pair_room's scorer with the tagger's chances of both sides "
                         "(pair_report)")
    ap.add_argument("--l2", type=float, default=2.0, help="the pair scorer's penalty (visit_pair_room --l2)")
    ap.add_argument("--nested", action="store_true",
                    help="with --pairs: the scorer for letter X is trained on chances from taggers trained without X "
                         "too (one more tagger for each other letter: letters x letters fits)")
    args = ap.parse_args(argv)
    if missing_file(args.gold, args.score):
        return 2
    score = load_score(args.score)
    from nlp.lexicon import load_regions
    from nlp.pipeline import components
    from nlp.visit_rules import dateline

    regions = load_regions()
    finder = components().visits
    global CONTAINS
    CONTAINS = finder.contains
    key = {c: score.region_key(r.name) for c, r in regions.items()}
    rows = [json.loads(line) for line in args.gold.open(encoding="utf-8") if line.strip()]
    if args.cache and args.cache.is_file():
        traced, results = pickle.loads(args.cache.read_bytes())
    else:
        results = []
        traced = collect(args.gold, results)
        if args.cache:
            args.cache.write_bytes(pickle.dumps((traced, results)))
    vocab = vocabulary((r.get("title") or "") + "\n\n" + (r.get("text") or "") for r in rows)
    t0 = time.time()
    data = []
    for article, a, result in zip(rows, traced, results, strict=True):
        text, body_start, slots = slots_of(article, result, regions)
        xs = features(text, body_start, slots, finder.cues, finder.contains, vocab, dateline)
        if args.firings:
            for x, s in zip(xs, slots, strict=True):
                firing_features(x, s, a["firings"])
        gold = [(score.region_key(v), score.region_key(h)) for v, h in a["gold"]]
        gv, gh = {v for v, _ in gold}, {h for _, h in gold}
        labels = []
        for s in slots:
            k = key[s.code]
            labels.append("BOTH" if k in gv and k in gh else "VISITOR" if k in gv else "HOST" if k in gh
                          else "NEITHER")
        rules = [(key[v], key[h]) for v, h, _ in a["rules"]]
        data.append({"id": a["id"], "letter": letter_of(a["id"]), "gold": gold, "rules": rules, "slots": slots,
                     "x": xs, "y": labels, "codes": [s.code for s in slots]})
    print(f"features of {sum(len(d['slots']) for d in data)} mentions in {len(data)} articles, "
          f"{time.time() - t0:.1f}s; vocabulary {len(vocab)} words", file=sys.stderr)
    counts = collections.Counter(y for d in data for y in d["y"])
    print(f"labels: {dict(counts)}", file=sys.stderr)

    letters = sorted({d["letter"] for d in data})
    held = args.letters.split(",") if args.letters else letters
    chances: dict[str, list[dict[str, float]]] = {}  # article id -> per mention {role: chance}
    work = tempfile.TemporaryDirectory()
    if args.chances:
        chances = pickle.loads(args.chances.read_bytes())["chances"]
    for k in letters:
        if (k not in held and args.letters) or args.chances:
            continue
        t1 = time.time()
        path = Path(work.name) / f"roles_{k}.crfsuite"
        train(args, [d for d in data if d["letter"] != k and (d["gold"] or not args.visit_articles)], path)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        for d in data:
            if d["letter"] == k:
                chances[d["id"]] = tag(args, tagger, d["x"])
        tagger.close()
        print(f"letter {k}: {time.time() - t1:.1f}s", file=sys.stderr, flush=True)
    if args.dump:
        args.dump.write_bytes(pickle.dumps({"chances": chances, "data": [
            {k: v for k, v in d.items() if k != "x"} for d in data]}))
    if args.pairs:
        by_letter = {k: chances for k in letters}
        if args.nested:
            for k in [k for k in letters if k in held]:
                t1 = time.time()
                by_letter[k] = {d["id"]: chances[d["id"]] for d in data if d["letter"] == k}
                for other in letters:
                    if other == k:
                        continue
                    path = Path(work.name) / f"roles_{k}_{other}.crfsuite"
                    part = [d for d in data if d["letter"] not in (k, other) and (d["gold"] or not args.visit_articles)]
                    if not part:  # two letters only: no tagger, no chances
                        by_letter[k].update({d["id"]: [{} for _ in d["x"]] for d in data if d["letter"] == other})
                        continue
                    train(args, part, path)
                    tagger = pycrfsuite.Tagger()
                    tagger.open(str(path))
                    by_letter[k].update({d["id"]: tag(args, tagger, d["x"]) for d in data if d["letter"] == other})
                    tagger.close()
                print(f"nested for letter {k}: {time.time() - t1:.1f}s", file=sys.stderr, flush=True)
        pair_report(traced, data, by_letter, regions, key, score, [k for k in letters if k in held], args.l2)
    else:
        report(data, chances, key, score, [k for k in letters if k in held])
    work.cleanup()
    return 0


def train(args, part: list[dict], path: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for d in part:
        xs = [pycrfsuite.ItemSequence([x]) for x in d["x"]] if args.model == "logistic" else None
        if args.model == "logistic":
            for x, y in zip(xs, d["y"], strict=True):
                if y != "BOTH":
                    trainer.append(x, [y])
        elif d["x"]:
            ys = [("NEITHER" if y == "BOTH" else y) for y in d["y"]]  # a sequence needs every label
            trainer.append(pycrfsuite.ItemSequence(d["x"]), ys)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.minfreq": args.minfreq, "feature.possible_transitions": True})
    trainer.train(str(path))


def tag(args, tagger, xs: list[dict]) -> list[dict[str, float]]:
    labels = tagger.labels()
    out = []
    if args.model == "logistic":
        for x in xs:
            tagger.set(pycrfsuite.ItemSequence([x]))
            out.append({y: tagger.marginal(y, 0) for y in labels})
    elif xs:
        tagger.set(pycrfsuite.ItemSequence(xs))
        out = [{y: tagger.marginal(y, i) for y in labels} for i in range(len(xs))]
    return out


def region_chances(d: dict, ch: list[dict[str, float]]) -> dict[str, tuple[float, float]]:
    """Per region code of the article: the highest VISITOR and HOST chance of its mentions."""
    out: dict[str, tuple[float, float]] = {}
    for code, c in zip(d["codes"], ch, strict=True):
        v, h = out.get(code, (0.0, 0.0))
        out[code] = (max(v, c.get("VISITOR", 0.0)), max(h, c.get("HOST", 0.0)))
    return out


def combine(d: dict, rc: dict, key: dict, how: str, t: float) -> list[tuple[str, str]]:
    rules = list(d["rules"])
    out = list(rules)
    if "veto" in how:
        vk = {}
        for code, (v, h) in rc.items():
            a, b = vk.get(key[code], (0.0, 0.0))
            vk[key[code]] = (max(a, v), max(b, h))
        out = [(v, h) for v, h in out if not (vk.get(v, (0, 0))[0] <= 1 - t and vk.get(h, (0, 0))[1] <= 1 - t)]
    if "add" in how and not rules and rc:
        v = max(rc, key=lambda c: rc[c][0])
        h = max(rc, key=lambda c: rc[c][1])
        if v != h and rc[v][0] >= t and rc[h][1] >= t:
            out.append((key[v], key[h]))
    if "extend" in how and rules:
        visitors = {v for v, _ in rules}
        hosts = {h for _, h in rules}
        sides = [c for c in rc if key[c] in visitors or key[c] in hosts]
        for code, (cv, ch) in rc.items():
            k = key[code]
            if k in visitors or k in hosts:
                continue
            if CONTAINS is not None and any(CONTAINS(code, c) or CONTAINS(c, code) for c in sides):
                continue  # a province of a side or a region inside one: the rules chose the level
            if cv >= t and cv >= ch:
                out += [(k, h) for h in sorted(hosts) if h != k]
            elif ch >= t:
                out += [(v, k) for v in sorted(visitors) if v != k]
    return out


def report(data: list[dict], chances: dict, key: dict, score, letters: list[str]) -> None:
    def tally(items) -> tuple[int, int, int]:
        hit = sum(len(score.greedy_pairs(g, p, lambda x, y: x == y)) for g, p in items)
        return hit, sum(len(g) for g, _ in items), sum(len(p) for _, p in items)

    def f1(t3) -> float:
        hit, n_gold, n_pred = t3
        p, r = hit / n_pred if n_pred else 0.0, hit / n_gold if n_gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    scored = [d for d in data if d["id"] in chances]
    rcs = {d["id"]: region_chances(d, chances[d["id"]]) for d in scored}
    hows = ("add", "extend", "veto", "add+veto", "add+extend+veto")

    def run(part, how, t):
        return tally([(d["gold"], combine(d, rcs[d["id"]], key, how, t)) for d in part])

    print(f"\n{'letter':6} {'n':>4} {'rules F1':>8} | {'V P':>5} {'V R':>5} {'H P':>5} {'H R':>5} | "
          f"{'missed':>6} {'both':>4} {'one':>4} {'wrongV':>6} {'wrongH':>6} | "
          + " ".join(f"{h[:14]:>14}" for h in hows))
    pooled = {h: [0, 0, 0] for h in ("rules", *hows)}
    pooled_new = {h: [0, 0, 0] for h in ("rules", *hows)}
    mention_tot = collections.Counter()
    room_tot = collections.Counter()
    for k in [*letters, "ALL"]:
        part = [d for d in scored if k in ("ALL", d["letter"])]
        rules_t = tally([(d["gold"], d["rules"]) for d in part])
        # (b) mention level: the argmax label against the gold label
        m = collections.Counter()
        for d in part:
            for y, c in zip(d["y"], chances[d["id"]], strict=True):
                pred = max(c, key=c.get)
                for role in ("VISITOR", "HOST"):
                    gold_has = y == role or y == "BOTH"
                    m[role, "tp"] += pred == role and gold_has
                    m[role, "pred"] += pred == role
                    m[role, "gold"] += gold_has
        # (c) the room: rules' missed gold pairs whose both sides the tagger marks (>= .5), wrong marks
        room = collections.Counter()
        for d in part:
            rc = rcs[d["id"]]
            hits = score.greedy_pairs(d["gold"], d["rules"], lambda x, y: x == y)
            found = {gi for gi, _ in hits}
            gvs, ghs = {v for v, _ in d["gold"]}, {h for _, h in d["gold"]}
            for bar, tag_ in ((0.5, ""), (0.9, "9")):
                vmark = {key[c] for c, (v, _) in rc.items() if v >= bar}
                hmark = {key[c] for c, (_, h) in rc.items() if h >= bar}
                for gi, (gv, gh) in enumerate(d["gold"]):
                    if gi in found:
                        continue
                    room["missed" + tag_] += 1
                    room["both" + tag_] += gv in vmark and gh in hmark
                    room["one" + tag_] += (gv in vmark) != (gh in hmark)
                room["wrongV" + tag_] += len(vmark - gvs)
                room["wrongH" + tag_] += len(hmark - ghs)
                room["wrong_no_gold" + tag_] += 0 if d["gold"] else len(vmark | hmark)
        cells = []
        for how in hows:
            if k == "ALL":
                t3 = pooled[how]
                cells.append(f"{f1(t3):.3f}".rjust(14))
                continue
            others = [d for d in scored if d["letter"] != k]
            t = max(GRID, key=lambda t: (round(f1(run(others, how, t)), 4), t))
            t3 = run(part, how, t)
            for j in range(3):
                pooled[how][j] += t3[j]
                if k in NEWEST:
                    pooled_new[how][j] += t3[j]
            cells.append(f"{f1(t3):.3f} t{t:.2f}".rjust(14))
        if k != "ALL":
            for j in range(3):
                pooled["rules"][j] += rules_t[j]
                if k in NEWEST:
                    pooled_new["rules"][j] += rules_t[j]
            mention_tot.update(m)
            room_tot.update(room)

        def pr(role, m=m):
            return (m[role, "tp"] / m[role, "pred"] if m[role, "pred"] else 0.0,
                    m[role, "tp"] / m[role, "gold"] if m[role, "gold"] else 0.0)

        (vp, vr), (hp, hr) = pr("VISITOR"), pr("HOST")
        print(f"{k:6} {len(part):4} {f1(rules_t):8.3f} | {vp:5.2f} {vr:5.2f} {hp:5.2f} {hr:5.2f} | "
              f"{room['missed']:6} {room['both']:4} {room['one']:4} {room['wrongV']:6} {room['wrongH']:6} | "
              + " ".join(cells))
    print(f"room at chance >= .9: missed {room_tot['missed9']}, both sides marked {room_tot['both9']}, one "
          f"{room_tot['one9']}; wrong marks V {room_tot['wrongV9']} H {room_tot['wrongH9']} (in articles without "
          f"gold visits {room_tot['wrong_no_gold9']}); at .5 in articles without gold visits "
          f"{room_tot['wrong_no_gold']}")
    new = [k for k in letters if k in NEWEST]
    if new:
        print(f"{'+'.join(new):6} {'':4} {f1(pooled_new['rules']):8.3f} | {'':23} | {'':32} | "
              + " ".join(f"{f1(pooled_new[h]):.3f}".rjust(14) for h in hows))
    print("\npooled hits / gold / predicted: " + "; ".join(f"{h} {tuple(pooled[h])}" for h in ("rules", *hows)))
    if new:
        print(f"the same on {'+'.join(new)}: " + "; ".join(f"{h} {tuple(pooled_new[h])}" for h in ("rules", *hows)))


ROLE = "role_"  # the pair features read from the tagger's chances (left out for "no roles")


def role_features(x: dict[str, float], v: str, h: str, rc: dict[str, list[tuple[float, float]]],
                  top: tuple[float, float]) -> None:
    """Add to a pair's features the tagger's chances of its sides: ``rc`` maps a region code to the (VISITOR, HOST)
    chances of each of its mentions, ``top`` is the article's highest VISITOR and HOST chance anywhere."""
    for side, code, own, other in (("v", v, 0, 1), ("h", h, 1, 0)):
        mentions = rc.get(code, [])
        if not mentions:
            x[f"{ROLE}{side}_no_mention"] = 1.0
            continue
        best = max(m[own] for m in mentions)
        x[f"{ROLE}{side}_own_max"] = best
        x[f"{ROLE}{side}_own_mean"] = sum(m[own] for m in mentions) / len(mentions)
        x[f"{ROLE}{side}_other_max"] = max(m[other] for m in mentions)
        x[f"{ROLE}{side}_own_is_top"] = float(best >= top[own] - 1e-9)
        x[f"{ROLE}{side}_own_share_of_top"] = best / top[own] if top[own] else 0.0
        x[f"{ROLE}{side}_own>=.5"] = float(best >= 0.5)
        x[f"{ROLE}{side}_own>=.9"] = float(best >= 0.9)
    x[f"{ROLE}article_visitor_max"] = top[0]
    x[f"{ROLE}article_host_max"] = top[1]
    x[f"{ROLE}both"] = x.get(f"{ROLE}v_own_max", 0.0) * x.get(f"{ROLE}h_own_max", 0.0)


def pair_report(traced: list[dict], data: list[dict], chances: dict[str, dict], regions, key: dict, score,
                letters: list[str], l2: float) -> None:
    """visit_pair_room's candidates and scorer, leaving one letter out, with and without the tagger's chances of both
    sides (``role_features``; the chances of letter X come from a tagger not trained on X, and the scorer for X is
    trained on the other letters' rows, whose chances are theirs out of letter; ``chances`` holds, for each held-out
    letter, the chances its scorer is trained and applied with): per letter and pooled, the rules,
    the scorer without roles, with them, with them but without the rules' verdict (VERDICT), and the room (a perfect
    choice among the candidates); then the articles without gold visits left with a pair."""
    by_id = {d["id"]: d for d in data}
    pairs = [p for p in pair_data(traced, regions, score, key) if p[2]["id"] in chances[letters[0]]]

    def with_roles(held: dict) -> None:
        for _, _, a, cands, _ in pairs:
            d, ch = by_id[a["id"]], held[a["id"]]
            rc: dict[str, list[tuple[float, float]]] = {}
            for code, c in zip(d["codes"], ch, strict=True):
                rc.setdefault(code, []).append((c.get("VISITOR", 0.0), c.get("HOST", 0.0)))
            top = (max((c.get("VISITOR", 0.0) for c in ch), default=0.0),
                   max((c.get("HOST", 0.0) for c in ch), default=0.0))
            for (v, h), _, x in cands:
                for f in [f for f in x if f.startswith(ROLE)]:
                    del x[f]
                role_features(x, v, h, rc, top)

    with_roles(chances[letters[0]])
    settings = {"no roles": feature_names(pairs, (ROLE,)), "roles": feature_names(pairs),
                "roles, no verdict": feature_names(pairs, VERDICT)}
    names = ("rules", *settings, "room")
    pooled = {k: {n: [0, 0, 0] for n in names} for k in ("ALL", "+".join(x for x in letters if x in NEWEST))}
    empty = {k: collections.Counter() for k in pooled}  # articles without gold visits left with a pair
    moved = {k: collections.Counter() for k in pooled}  # pairs a scorer adds to or drops from the rules', right/wrong
    print(f"pair scorer over {', '.join(f'{n}: {len(i)}' for n, i in settings.items())} features, "
          f"L2 {l2:g}, leaving one letter out (threshold in brackets)")
    print(f"{'letter':6} {'n':>4} {'gold':>5} | " + " ".join(f"{n:>17}" for n in names) + " | no-visit articles "
          "with a pair (" + ", ".join(n for n in names if n != "room") + ")")

    def f1(t3) -> float:
        hit, n_gold, n_pred = t3
        p, r = hit / n_pred if n_pred else 0.0, hit / n_gold if n_gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    for k in letters:
        if chances[k] is not chances[letters[0]]:
            with_roles(chances[k])
        test = [p for p in pairs if p[0] == k]
        train_ = [p for p in pairs if p[0] != k]
        out = {"rules": [(g, rules_of(key, a)) for _, g, a, _, _ in test]}
        cells = {"rules": ""}
        for name, index in settings.items():
            bias, w, t = learn(score, key, train_, index, l2)
            out[name] = [(g, chosen(key, c, probs(c, index, bias, w), t)) for _, g, _, c, _ in test]
            cells[name] = f"({t:.2f})"
        out["room"] = [(g, sorted({(key[v], key[h]) for (v, h), _, _ in c} & set(g))) for _, g, _, c, _ in test]
        cells["room"] = ""
        t3 = {n: counts(score, out[n]) for n in names}
        no_visit = {n: sum(1 for g, p in out[n] if not g and p) for n in names if n != "room"}
        change = collections.Counter()
        for n in settings:
            for (g, rule), (_, mine) in zip(out["rules"], out[n], strict=True):
                for what, pairs_ in (("added", collections.Counter(mine) - collections.Counter(rule)),
                                     ("dropped", collections.Counter(rule) - collections.Counter(mine))):
                    for pair, times in pairs_.items():
                        change[n, what, "right" if pair in set(g) else "wrong"] += times
        for pool in pooled:
            if pool == "ALL" or k in pool.split("+"):
                for n in names:
                    pooled[pool][n] = [a + b for a, b in zip(pooled[pool][n], t3[n], strict=True)]
                empty[pool].update(no_visit)
                moved[pool].update(change)
        print(f"{k:6} {len(test):4} {t3['rules'][1]:5} | "
              + " ".join(f"{f1(t3[n]):.3f} {cells[n]:>6}".rjust(17) for n in names)
              + " | " + " ".join(str(no_visit[n]) for n in no_visit), flush=True)
    for pool, t3 in pooled.items():
        if not pool:
            continue
        print(f"{pool:6} {'':4} {t3['rules'][1]:5} | " + " ".join(f"{f1(t3[n]):.3f}".rjust(17) for n in names)
              + " | " + " ".join(str(empty[pool][n]) for n in names if n != "room"))
    for pool, t3 in pooled.items():
        if pool:
            print(f"{pool} hits / gold / predicted: " + "; ".join(f"{n} {tuple(t3[n])}" for n in names))
            print(f"{pool} against the rules' pairs, added right / wrong, dropped right / wrong: " + "; ".join(
                f"{n} +{moved[pool][n, 'added', 'right']} / +{moved[pool][n, 'added', 'wrong']}, "
                f"-{moved[pool][n, 'dropped', 'right']} / -{moved[pool][n, 'dropped', 'wrong']}" for n in settings))


if __name__ == "__main__":
    raise SystemExit(main())
