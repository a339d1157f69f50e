"""Where do the full profile's programs differ from the free ones, and what could the NER model add?

``python bench/full_programs_room.py tag --input FILE --cache CACHE [--part K --parts N]`` tags the articles of
``FILE`` once with the full profile and appends to ``CACHE`` (JSONL) each article's programs-step inputs (text, region
mentions, officials' mentions, the parser's objects before and after ``checked_programs``), the NER model's entities
and every token's PROGRAM chance (slow: run it over the NER model's held-out articles, ``artifacts/ner/holdout.jsonl``).
``python bench/full_programs_room.py measure --cache CACHE... --gold FILE... --free FILE...`` replays the program step
on the cache (checked against the full output) and prints: each program free and full differ on, by the full-profile
step responsible (officials / regions of the full profile, the parser's objects, the veto), and their count per step
(the learned scorer is no step while ``data/program_weights.csv`` leaves it disabled); right / wrong programs
added by the model's PROGRAM spans as candidates (through the rules' refusals, as ``program_spans`` read them before
2026-12-04) and by refused candidates the model reads as a program, for each confidence floor (every token's chance
>= t); right / wrong programs below each ``PROGRAM_VETO``. Programs are matched as ``score.py`` matches them. Figures:
``nlp/MEASUREMENTS.md``, "The full profile's programs, round 26" and "..., round 34".
"""

from __future__ import annotations

import argparse
import bisect
import collections
import importlib.util
import itertools
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp.ner import NUMBERED, checked_programs, ner_program_spans  # noqa: E402
from nlp.program_names import COMMON_ACRONYMS, spelt_out  # noqa: E402

SCORE = ROOT.parent / "shared" / "eval" / "score.py"  # the workplace's scorer, beside the checkout
FLOORS = (0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99)
VETOES = (0.001, 0.0015, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.02, 0.05)
WITH_ACRONYM = re.compile(r"\(([A-Z][A-Za-z\-]{1,9})\)[ \t]*$")
BARE_ACRONYM = re.compile(r"[A-Z]{2,}")
NAME_START = re.compile(r"[A-Z]")


def tag(args: argparse.Namespace) -> None:
    """Tag with the full profile; cache what the program step saw."""
    from nlp import pipeline
    from nlp.syntax import has_syntax, object_programs
    from nlp.tagger import Tagger

    records: list[dict[str, Any]] = []
    original = pipeline.ProgramsProcessor.process

    def process(self: Any, doc: Any) -> Any:
        raw = object_programs(doc) if has_syntax(doc) else []
        rec = {"text": doc.text, "regions": [(m.start, m.end, m.start != m.name_start) for m in doc.kunker_regions],
               "people": [span for o in doc.kunker_officials for span in o.mentions],
               "body_start": self.context().get("body_start", 0), "extra_raw": raw,
               "extra_checked": checked_programs(doc, raw), "ner": ner_program_spans(doc),
               "ents": [(e.start, e.end, e.label) for e in getattr(doc, "kunker_ner", None) or ()],
               "chances": [(s, e, round(float(c), 7)) for s, e, c in doc.kunker_program_chances or ()]}
        out = original(self, doc)
        records.append(rec)
        return out

    pipeline.ProgramsProcessor.process = process
    tagger = Tagger("full", args.models)
    with open(args.input, encoding="utf-8") as f, open(args.cache, "a", encoding="utf-8") as out:
        for k, line in enumerate(f):
            if k % args.parts != args.part:
                continue
            article = json.loads(line)
            records.clear()
            pred = tagger.extract({key: v for key, v in article.items() if key != "gold"})
            out.write(json.dumps({"id": article["id"], "pred": pred, "recs": records}) + "\n")
            out.flush()


def _score_module() -> Any:
    spec = importlib.util.spec_from_file_location("score", SCORE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _chances_over(chances: list, starts: list[int], start: int, end: int) -> list[float]:
    i = max(0, bisect.bisect_right(starts, start) - 1)
    out = []
    while i < len(chances) and chances[i][0] < end:
        if chances[i][1] > start:
            out.append(chances[i][2])
        i += 1
    return out


def model_candidates(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The model's PROGRAM spans read as candidates, as ``nlp.ner.program_spans`` did before 2026-12-04."""
    out = []
    for s, e in spans:
        first = NAME_START.search(text, s, e)
        if first is None:
            continue
        start = first.start()
        acronym = WITH_ACRONYM.search(text, start, e)
        if acronym:
            span = None if acronym.group(1).lower() in COMMON_ACRONYMS else spelt_out(text, acronym.start(),
                                                                                         acronym.group(1))
            if span and span[0] >= start:
                out.append(span)
            continue
        words = text[start:e].split()
        if len(words) >= 2 and not any(BARE_ACRONYM.fullmatch(w.strip(",.;:()")) for w in words):
            out.append((start, e))
    return out


def measure(args: argparse.Namespace) -> None:
    """Replay the program step on the cache and print the counts."""
    from nlp.tagger import Tagger

    score = _score_module()
    finder = Tagger("free").parts.programs
    gold = {a["id"]: a["gold"]["programs"] for path in args.gold for a in map(json.loads, open(path, encoding="utf-8"))}
    free = {a["id"]: [p["name"] for p in a["programs"]]
            for path in args.free for a in map(json.loads, open(path, encoding="utf-8"))}
    cache = {d["id"]: d for path in args.cache for d in map(json.loads, open(path, encoding="utf-8"))}

    def right(g: list, names: list[str]) -> tuple[set[str], int]:
        names = [n for n in names if score.program_tokens(n)]
        return {names[j] for _, j in score.greedy_pairs(g, names, score.programs_match)}, len(names)

    totals: collections.Counter = collections.Counter()
    vetoed: list[tuple[bool, float]] = []
    mismatches = 0
    for aid, d in sorted(cache.items()):
        rec, g = d["recs"][0], gold[aid]
        chances = rec["chances"]
        starts = [c[0] for c in chances]

        def find(extra: list, rec: dict = rec) -> list:
            return finder.find(rec["text"], [tuple(x) for x in rec["regions"]], [tuple(x) for x in rec["people"]],
                               rec["body_start"], [tuple(x) for x in extra], None)

        def veto(programs: list, t: float = 0.005, chances: list = chances, starts: list = starts) -> list:
            return [p for p in programs if not chances or NUMBERED.match(p.name) or any(
                max(_chances_over(chances, starts, s, e), default=0.0) >= t for s, e in p.mentions)]

        steps = [("free", free[aid]), ("officials and regions", [p.name for p in find([])])]
        before = find(rec["extra_checked"])
        steps += [("parser objects", [p.name for p in before]), ("veto", [p.name for p in veto(before)])]
        full = [p["name"] for p in d["pred"]["programs"]]
        mismatches += steps[-1][1] != full
        for (_, old), (step, new) in itertools.pairwise(steps):
            r_old, r_new = right(g, old)[0], right(g, new)[0]
            for n in sorted(set(old) - set(new)):
                print(f"{aid} | {step} | lost {'right' if n in r_old else 'wrong'} | {n}")
                totals[f"{step}: lost {'right' if n in r_old else 'wrong'}"] += 1
            for n in sorted(set(new) - set(old)):
                print(f"{aid} | {step} | added {'right' if n in r_new else 'wrong'} | {n}")
                totals[f"{step}: added {'right' if n in r_new else 'wrong'}"] += 1
        base_right, base_emitted = len(right(g, full)[0]), right(g, full)[1]
        totals["gold"] += len(g)
        totals["free right"] += len(right(g, free[aid])[0])
        totals["free emitted"] += right(g, free[aid])[1]
        totals["full right"] += base_right
        totals["full emitted"] += base_emitted
        if not chances:
            continue
        before_right = right(g, [p.name for p in before])[0]
        vetoed += [(p.name in before_right, max(max(_chances_over(chances, starts, s, e), default=0.0)
                                                for s, e in p.mentions))
                   for p in before if not NUMBERED.match(p.name)]
        cands = model_candidates(rec["text"], [tuple(x) for x in rec["ner"] or ()])
        finder.keep_items = True
        find(rec["extra_checked"])
        text, items, _, acronyms = finder.last_items or ("", [], [], {})
        finder.keep_items, finder.last_items = False, ()
        lowest = [min(_chances_over(chances, starts, *it.span), default=0.0) for it in items]
        for t in FLOORS:
            kept = [c for c in cands if min(_chances_over(chances, starts, *c), default=0.0) >= t]
            r, n = right(g, [p.name for p in veto(find(rec["extra_checked"] + kept))])
            totals[f"spans >= {t} right"] += len(r) - base_right
            totals[f"spans >= {t} emitted"] += n - base_emitted
            keep = [not it.refusals or low >= t for it, low in zip(items, lowest, strict=True)]
            r, n = right(g, [p.name for p in veto(finder._select(text, items, acronyms, keep))])
            totals[f"rescue >= {t} right"] += len(r) - base_right
            totals[f"rescue >= {t} emitted"] += n - base_emitted
    print(f"{len(cache)} articles; replay differs from the full output on {mismatches}")
    for key, value in totals.items():
        print(f"{key}: {value}")
    for t in VETOES:
        below = [ok for ok, best in vetoed if best < t]
        print(f"veto {t}: right {sum(below)} wrong {len(below) - sum(below)} below (of {len(vetoed)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    t = sub.add_parser("tag")
    t.add_argument("--input", required=True)
    t.add_argument("--cache", required=True)
    t.add_argument("--models", default=str(ROOT.parent / "shared" / "models" / "stanza-id"))
    t.add_argument("--part", type=int, default=0)
    t.add_argument("--parts", type=int, default=1)
    m = sub.add_parser("measure")
    m.add_argument("--cache", nargs="+", required=True)
    m.add_argument("--gold", nargs="+", required=True)
    m.add_argument("--free", nargs="+", required=True, help="the free profile's output (nlp extract)")
    args = parser.parse_args()
    tag(args) if args.command == "tag" else measure(args)


if __name__ == "__main__":
    main()
