#!/usr/bin/env python3
"""Merge annotator shards into train and test: python3 assemble.py OUTDIR SHARD.jsonl [SHARD.jsonl ...]

The split follows a hash of the article id, so it never changes as shards grow. Reports of one event stay in one
split: the pairs the annotators named, plus texts that share many 4-word sequences or the same dated visits.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import re
import sys
from pathlib import Path

SAME_EVENT = [("c4-009", "c4-010"), ("c4-037", "c4-051")]
SHARED_SHINGLES = 0.08


def shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 4]) for i in range(len(words) - 3)}


def event_groups(rows: list[dict]) -> dict[str, str]:
    """Article id -> the smallest id among the reports of its event (union-find)."""
    parent = {row["id"]: row["id"] for row in rows}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        if a in parent and b in parent:
            low, high = sorted((find(a), find(b)))
            parent[high] = low

    sh = {row["id"]: shingles(row["text"]) for row in rows}
    sig = {row["id"]: frozenset((v["visitor"], v["host"], v["date"]) for v in row["gold"]["visits"]) for row in rows}
    for a, b in SAME_EVENT:
        union(a, b)
    for a, b in itertools.combinations(parent, 2):
        overlap = len(sh[a] & sh[b]) / max(1, len(sh[a] | sh[b]))
        if (sig[a] and sig[a] == sig[b]) or overlap > SHARED_SHINGLES:
            union(a, b)
    return {key: find(key) for key in parent}


def main(out: str, shards: list[str]) -> int:
    rows, seen = [], set()
    for shard in shards:
        with open(shard, encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line) if line.strip() else None
                if row and row["id"] not in seen and row["url"] not in seen:
                    seen.update((row["id"], row["url"]))
                    rows.append(row)
    group = event_groups(rows)
    splits: dict[str, list[dict]] = {"train": [], "test": []}
    for row in rows:
        bucket = int(hashlib.sha256(f"kunker-corpus-v1:{group[row['id']]}".encode()).hexdigest(), 16) % 2
        splits["test" if bucket else "train"].append(row)
    for name, items in splits.items():
        path = Path(out) / f"{name}.jsonl"
        tmp = path.with_suffix(".jsonl.tmp")
        tmp.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in items), encoding="utf-8")
        tmp.replace(path)
        print(f"{name}: {len(items)} articles, {sum(not r['gold']['visits'] for r in items)} without visits")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
