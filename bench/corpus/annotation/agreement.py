#!/usr/bin/env python3
"""Inter-annotator agreement: python3 agreement.py FIRST.jsonl SECOND.jsonl (second scored against first)."""
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("score", "/work/shared/eval/score.py")
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
second = {}
for line in open(sys.argv[2], encoding="utf-8"):
    if line.strip():
        r = json.loads(line); second[r["id"]] = dict(r["gold"], id=r["id"])
first = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
first = [r for r in first if r["id"] in second]
res = score.score(first, second, [])
print(f"articles compared: {len(first)}")
for k in ("regions", "officials", "programs", "visits"):
    r = res[k]; print(f"{k:<10} P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f}  first {r['gold']} second {r['predicted']} agreed {r['matched']}")
print("when matched:", {k: (round(v, 2) if v is not None else None) for k, v in res["accuracy_when_matched"].items()})
print("\nper-article differences:")
for row in first:
    g, s = row["gold"], second[row["id"]]
    fr = {score.region_key(x) for x in g["regions"]}; sr = {score.region_key(x) for x in s["regions"]}
    fo = sorted(o["name"] for o in g["officials"]); so = sorted(o["name"] for o in s["officials"])
    fp = sorted(g["programs"]); sp = sorted(s["programs"])
    fv = sorted((v["visitor"], v["host"], v["date"], v["leader"], v["delegation_size"]) for v in g["visits"])
    sv = sorted((v["visitor"], v["host"], v["date"], v["leader"], v["delegation_size"]) for v in s["visits"])
    diffs = []
    if fr != sr: diffs.append(f"  regions first-only {sorted(fr - sr)} second-only {sorted(sr - fr)}")
    if fo != so: diffs.append(f"  officials first {fo}\n            second {so}")
    if fp != sp: diffs.append(f"  programs first {fp}\n           second {sp}")
    if fv != sv: diffs.append(f"  visits first {fv}\n         second {sv}")
    if diffs:
        print(row["id"]); print("\n".join(diffs))
