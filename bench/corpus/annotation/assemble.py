#!/usr/bin/env python3
"""Merge annotator shards into train/test splits (split by a hash of the id, so it never changes as shards grow).

    python3 assemble.py OUTDIR     writes OUTDIR/train.jsonl, OUTDIR/test.jsonl and prints counts
"""
import glob, hashlib, json, sys
from pathlib import Path

out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
rows = []
for name in sorted(glob.glob("/work/corpus-work/shard_c*.jsonl")):
    for line in open(name, encoding="utf-8"):
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line being written
        if isinstance(row, dict) and row.get("gold") is not None:
            rows.append(row)
# reports of one event stay in one split: explicit pairs named by the annotators, plus texts that share many
# 4-word sequences or the same dated visits
import itertools, re
SAME_EVENT = [("c4-009", "c4-010"), ("c4-037", "c4-051")]
parent = {r["id"]: r["id"] for r in rows}
def find(x):
    while parent[x] != x:
        x = parent[x]
    return x
def union(a, b):
    if a in parent and b in parent:
        ra, rb = sorted((find(a), find(b)))
        parent[rb] = ra
def shingles(text):
    w = re.findall(r"\w+", text.lower())
    return {tuple(w[i:i + 4]) for i in range(len(w) - 3)}
sh = {r["id"]: shingles(r["text"]) for r in rows}
sig = {r["id"]: frozenset((v["visitor"], v["host"], v["date"]) for v in r["gold"]["visits"]) for r in rows}
for a, b in SAME_EVENT:
    union(a, b)
for a, b in itertools.combinations(rows, 2):
    ia, ib = a["id"], b["id"]
    if (sig[ia] and sig[ia] == sig[ib]) or len(sh[ia] & sh[ib]) / max(1, len(sh[ia] | sh[ib])) > 0.08:
        union(ia, ib)
seen, splits = set(), {"train": [], "test": []}
for row in rows:
    if row["id"] in seen or row["url"] in seen:
        continue
    seen.update((row["id"], row["url"]))
    bucket = int(hashlib.sha256(("kunker-corpus-v1:" + find(row["id"])).encode()).hexdigest(), 16) % 2
    splits["test" if bucket else "train"].append(row)
for name, items in splits.items():
    with open(out / f"{name}.jsonl.tmp", "w", encoding="utf-8") as fh:
        for row in items:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    (out / f"{name}.jsonl.tmp").replace(out / f"{name}.jsonl")
    print(name, len(items), "articles,", sum(1 for r in items if not r["gold"]["visits"]), "without visits")
