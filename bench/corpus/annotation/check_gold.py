#!/usr/bin/env python3
"""Check gold files against ../shared/eval/GUIDELINES.md: python3 check_gold.py FILE [FILE ...]; exit 1 on problems.

Checks keys and types, regions.csv names, leaders among the officials, visit parties among the regions, unique ids
and URLs, pages of the dev set and pages reserved for the owners' evaluation.
"""
from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[4] / "shared"
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
OFFICIAL_KEYS = {"name", "position", "region"}
VISIT_KEYS = {"visitor", "host", "date", "leader", "delegation_size"}


def region_names() -> set[str]:
    with open(SHARED / "data" / "regions.csv", encoding="utf-8") as fh:
        return {row["name"] for row in csv.DictReader(fh)}


def dev_urls() -> set[str]:
    with open(SHARED / "eval" / "dev" / "articles.jsonl", encoding="utf-8") as fh:
        return {json.loads(line).get("url") for line in fh if line.strip()}


def article_problems(article: dict, names: set[str]) -> list[str]:
    """What is wrong with one annotated article."""
    problems = [f"missing {key}" for key in ("id", "url", "title", "published", "text", "gold") if key not in article]
    published = article.get("published")
    if published is not None and not DATE.fullmatch(str(published)):
        problems.append("published is not YYYY-MM-DD or null")
    gold = article.get("gold") or {}
    regions = set(gold.get("regions") or [])
    problems += [f"region not a regions.csv name: {r!r}" for r in regions if r not in names]
    officials = gold.get("officials") or []
    for official in officials:
        if set(official) != OFFICIAL_KEYS:
            problems.append(f"official keys must be name, position, region: {official}")
        elif official["region"] is not None and official["region"] not in names:
            problems.append(f"official region not a regions.csv name: {official}")
    problems += ["programs are strings" for p in gold.get("programs") or [] if not isinstance(p, str)]
    names_of_officials = {o.get("name") for o in officials}
    for visit in gold.get("visits") or []:
        if set(visit) != VISIT_KEYS:
            problems.append(f"visit keys: {visit}")
            continue
        problems += [f"visit {side} {visit[side]!r} not among the regions" for side in ("visitor", "host")
                     if visit[side] not in regions]
        if visit["leader"] and visit["leader"] not in names_of_officials:
            problems.append(f"leader {visit['leader']!r} not among the officials")
        if visit["date"] is not None and not DATE.fullmatch(visit["date"]):
            problems.append("visit date is not YYYY-MM-DD or null")
        if visit["delegation_size"] is not None and not isinstance(visit["delegation_size"], int):
            problems.append("delegation_size is not an integer or null")
    return problems


def main(paths: list[str]) -> int:
    names, dev = region_names(), dev_urls()
    problems: list[str] = []
    ids: set[str] = set()
    urls: set[str] = set()
    articles = without_visits = 0
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    article = json.loads(line)
                except json.JSONDecodeError as exc:
                    problems.append(f"{where}: not JSON: {exc}")
                    continue
                articles += 1
                without_visits += not (article.get("gold") or {}).get("visits")
                url = article.get("url") or ""
                if article.get("id") in ids:
                    problems.append(f"{where}: duplicate id")
                if url in urls:
                    problems.append(f"{where}: duplicate url")
                if url in dev:
                    problems.append(f"{where}: a page of the dev set")
                ids.add(article.get("id"))
                urls.add(url)
                problems += [f"{where}: {p}" for p in article_problems(article, names)]
    reserved = subprocess.run([sys.executable, str(SHARED / "eval" / "reserved.py"), "--jsonl", *paths],
                              capture_output=True, text=True)
    if reserved.returncode:
        problems.append("reserved pages: " + reserved.stdout.strip())
    for problem in problems:
        print(problem)
    print(f"{articles} articles, {without_visits} without visits, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
