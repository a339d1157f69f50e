#!/usr/bin/env python3
"""Write a shard's provenance rows for add_batches.py: python3 provenance_rows.py SHARD.jsonl [...]

For SHARD.jsonl writes SHARD.provenance.tsv: id, url, outlet host, the provinces of its gold regions
(official names, "; "-joined, in order of first mention) and positive (a gold visit) or negative.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

REGIONS = Path(__file__).resolve().parents[4] / "shared" / "data" / "regions.csv"


def province_of() -> dict[str, str]:
    with REGIONS.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    names = {row["code"]: row["official_name"] for row in rows if row["level"] == "provinsi"}
    return {row["name"]: names[row["province_code"]] for row in rows}


def rows(shard: Path, provinces: dict[str, str]) -> list[list[str]]:
    out = []
    for line in shard.open(encoding="utf-8"):
        if not line.strip():
            continue
        article = json.loads(line)
        host = urlsplit(article["url"]).netloc.lower().removeprefix("www.")
        named = dict.fromkeys(provinces[r] for r in article["gold"]["regions"] if r in provinces)
        kind = "positive" if article["gold"]["visits"] else "negative"
        out.append([article["id"], article["url"], host, "; ".join(named), kind])
    return out


def main(paths: list[str]) -> int:
    provinces = province_of()
    for name in paths:
        shard = Path(name)
        target = shard.with_name(shard.name.replace(".jsonl", ".provenance.tsv"))
        with target.open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh, delimiter="\t", lineterminator="\n").writerows(rows(shard, provinces))
        print(f"{target}: {sum(1 for _ in target.open(encoding='utf-8'))} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
