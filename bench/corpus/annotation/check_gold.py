#!/usr/bin/env python3
"""Check a gold shard against GUIDELINES.md: python3 check_gold.py FILE [FILE...]  (exit 1 on problems)."""
import csv, json, re, subprocess, sys
from pathlib import Path
SHARED = Path("/work/shared")
NAMES = {r["name"] for r in csv.DictReader(open(SHARED / "data/regions.csv", encoding="utf-8"))}
DEV_URLS = {json.loads(l).get("url") for l in open(SHARED / "eval/dev/articles.jsonl") if l.strip()}
problems, ids, urls, hosts, n, neg = [], set(), set(), set(), 0, 0
for name in sys.argv[1:]:
    for i, line in enumerate(open(name, encoding="utf-8"), 1):
        if not line.strip():
            continue
        where = f"{name}:{i}"
        try:
            a = json.loads(line)
        except Exception as e:
            problems.append(f"{where}: not JSON: {e}"); continue
        n += 1
        for k in ("id", "url", "title", "published", "text", "gold"):
            if k not in a: problems.append(f"{where}: missing {k}")
        if a.get("id") in ids: problems.append(f"{where}: duplicate id {a.get('id')}")
        ids.add(a.get("id"))
        url = a.get("url") or ""
        if not url.startswith("http"): problems.append(f"{where}: url must be the page's http(s) address")
        if url in urls: problems.append(f"{where}: duplicate url")
        if url in DEV_URLS: problems.append(f"{where}: page of the dev set")
        urls.add(url); hosts.add(re.sub(r"^(www\.|m\.)", "", url.split("/")[2]) if url.count("/") >= 2 else "")
        p = a.get("published")
        if p is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(p)): problems.append(f"{where}: published not YYYY-MM-DD or null")
        if len((a.get("text") or "").split()) < 60: problems.append(f"{where}: text under 60 words")
        g = a.get("gold") or {}
        for k in ("regions", "officials", "programs", "visits"):
            if not isinstance(g.get(k), list): problems.append(f"{where}: gold.{k} must be a list")
        regs = set(g.get("regions") or [])
        for r in regs:
            if r not in NAMES: problems.append(f"{where}: region not a regions.csv name: {r!r}")
        offs = {o.get("name") for o in g.get("officials") or []}
        for o in g.get("officials") or []:
            if set(o) != {"name", "position", "region"}: problems.append(f"{where}: official keys must be name, position, region: {o}")
            if o.get("region") is not None and o.get("region") not in NAMES: problems.append(f"{where}: official region not a regions.csv name: {o}")
        for pr in g.get("programs") or []:
            if not isinstance(pr, str): problems.append(f"{where}: programs are strings")
        vis = g.get("visits") or []
        if not vis: neg += 1
        for v in vis:
            if set(v) != {"visitor", "host", "date", "leader", "delegation_size"}: problems.append(f"{where}: visit keys: {v}")
            for side in ("visitor", "host"):
                if v.get(side) not in regs: problems.append(f"{where}: visit {side} {v.get(side)!r} not in this article's regions")
            if v.get("leader") and v["leader"] not in offs: problems.append(f"{where}: leader {v['leader']!r} not in officials")
            d = v.get("date")
            if d is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d): problems.append(f"{where}: visit date format")
            s = v.get("delegation_size")
            if s is not None and not isinstance(s, int): problems.append(f"{where}: delegation_size int or null")
res = subprocess.run([sys.executable, str(SHARED / "eval/reserved.py"), "--jsonl", *sys.argv[1:]], capture_output=True, text=True)
if res.returncode: problems.append("reserved pages: " + res.stdout.strip())
for p in problems: print(p)
print(f"{n} articles, {len(hosts)} outlets (hosts), {neg} without visits, {len(problems)} problems")
sys.exit(1 if problems else 0)
