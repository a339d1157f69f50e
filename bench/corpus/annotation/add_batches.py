#!/usr/bin/env python3
"""Add later annotation rounds to the corpus without moving any article already split.

    python3 add_batches.py CORPUS_DIR --train SHARD.jsonl [...] --sealed SHARD.jsonl [...] --unseen SHARD.jsonl
    python3 add_batches.py CORPUS_DIR --promote LETTER

Train shards are appended to CORPUS_DIR/train.jsonl, sealed shards to CORPUS_DIR/test_b.jsonl and unseen shards
to CORPUS_DIR/unseen_<letter>.jsonl, named by the letters their ids start with (a round's unseen check, sealed like
test until it joins train).
An article that reports the same event as an article of the other side (the sealed splits, test, test_b and the
unseen shards, for a train shard; the train split and the train shards, which tagger writers may read, for a sealed
one; every split for an unseen one) is left out and named: same dated visit, or shared 4-word sequences above
assemble.py's threshold.
provenance.tsv gets one row per added article.

--promote moves an unseen shard, once its round is over, into train: its articles are appended to train.jsonl,
their provenance rows say train, and unseen_<letter>.jsonl is removed. Nothing else moves.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

from assemble import SHARED_SHINGLES, shingles


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def dated_visits(row: dict) -> frozenset:
    return frozenset((v["visitor"], v["host"], v["date"]) for v in row["gold"]["visits"] if v["date"])


def shard_letters(article_id: str) -> str:
    """The shard an id belongs to: its leading letters ("t" for "t3-014")."""
    return re.match(r"[a-z]+", article_id).group(0)


def same_event(row: dict, others: list[dict]) -> str | None:
    """The id of an article among `others` that reports the same event as `row`, else None."""
    words, visits = shingles(row["text"]), dated_visits(row)
    for other in others:
        theirs = shingles(other["text"])
        if visits & dated_visits(other) or len(words & theirs) / max(1, len(words | theirs)) > SHARED_SHINGLES:
            return other["id"]
    return None


def provenance(shard: Path) -> dict[str, list[str]]:
    path = shard.with_name(shard.name.replace(".jsonl", ".provenance.tsv"))
    return {row[0]: row for row in csv.reader(path.open(encoding="utf-8"), delimiter="\t") if row}


def promote(corpus: Path, letter: str) -> int:
    """Move unseen_<letter>.jsonl into train.jsonl and mark its provenance rows train."""
    unseen = corpus / f"unseen_{letter}.jsonl"
    if not unseen.exists():
        print(f"{unseen}: no such unseen shard")
        return 2
    rows = read(unseen)
    ids = {row["id"] for row in rows}
    prov_path = corpus / "provenance.tsv"
    prov = list(csv.reader(prov_path.open(encoding="utf-8"), delimiter="\t"))
    missing = ids - {row[0] for row in prov if row}
    if missing:
        print(f"{prov_path}: no provenance row for {len(missing)} articles of {unseen.name}, e.g. {min(missing)}")
        return 2
    with (corpus / "train.jsonl").open("a", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with prov_path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter="\t", lineterminator="\n")
        out.writerows([row[0], "train", *row[2:]] if row and row[0] in ids else row for row in prov)
    unseen.unlink()
    print(f"moved {len(rows)} articles of {unseen.name} to train")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--train", type=Path, nargs="+", default=[])
    parser.add_argument("--sealed", type=Path, nargs="+", default=[])
    parser.add_argument("--unseen", type=Path, nargs="+", default=[])
    parser.add_argument("--promote", metavar="LETTER", help="move unseen_<LETTER>.jsonl into train")
    args = parser.parse_args()
    if args.promote:
        return promote(args.corpus, args.promote)
    train = read(args.corpus / "train.jsonl")
    sealed_files = [args.corpus / "test.jsonl", args.corpus / "test_b.jsonl",
                    *sorted(args.corpus.glob("unseen_*.jsonl"))]
    sealed = [row for path in sealed_files if path.exists() for row in read(path)]
    new_train = [row for shard in args.train for row in read(shard)]
    new_sealed = [row for shard in args.sealed for row in read(shard)]
    new_unseen = [row for shard in args.unseen for row in read(shard)]
    kept: dict[str, list[dict]] = {"train": [], "test_b": [], "unseen": []}
    for split, rows, others in (("train", new_train, sealed), ("test_b", new_sealed, train + new_train),
                                ("unseen", new_unseen, train + sealed + new_train + new_sealed)):
        for row in rows:
            twin = same_event(row, others)
            if twin:
                print(f"left out {row['id']} ({split}): same event as {twin}")
            else:
                kept[split].append(row)
    prov = {key: value for shard in args.train + args.sealed + args.unseen
            for key, value in provenance(shard).items()}
    for split, rows in kept.items():
        for row in rows:
            name = f"unseen_{shard_letters(row['id'])}" if split == "unseen" else split
            with (args.corpus / f"{name}.jsonl").open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with (args.corpus / "provenance.tsv").open("a", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter="\t", lineterminator="\n")
        for split, rows in kept.items():
            for row in rows:
                _, url, host, provinces, kind, *_ = prov[row["id"]]
                out.writerow([row["id"], split, url, host, provinces, kind])
    print(", ".join(f"added {len(rows)} to {split}" for split, rows in kept.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
