"""Scale-out throughput: articles per second stored through Redis with 1, 2 and 4 crawler workers, and the
ingester's storing and tagging throughput.

Usage: python bench/bench_ops.py [--articles 2000] [--workers 1,2,4]

For each worker count: a fresh redis-server, a local site of N articles (robots.txt -> sitemap), one
`kunker ingest --no-tag` and W `python -m crawler.runner` workers with KUNKER_REDIS_URL; the time runs from the
workers' start until all N articles are in SQLite (process start-up included). Politeness is off. The site is
a Python HTTP server in this process, on the same cores as the workers: on a small machine it, Redis and the
ingester compete with the workers, so the ratio is a floor for separate machines.
Then: the ingester alone on N pre-pushed article events (store only), and `kunker tag` speed on them.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from ops_services import SitemapSite, ingest_command, redis_server, wait_for, worker_command  # noqa: E402

SETTINGS = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False", "ROBOTSTXT_OBEY": "False",
            "CONCURRENT_REQUESTS": "16", "CONCURRENT_REQUESTS_PER_DOMAIN": "16", "LOG_LEVEL": "WARNING",
            "KUNKER_REDIS_HEARTBEAT": "5", "KUNKER_REDIS_POLL": "0.2", "KUNKER_PROGRESS_INTERVAL": "60"}


def stored(db: Path) -> int:
    try:
        conn = sqlite3.connect(db)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def crawl_rate(count: int, workers: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        db = tmp_path / "bench.db"
        with redis_server(tmp_path) as redis_url, SitemapSite(tmp_path / "site", count) as site:
            sources = site.sources_file(tmp_path / "sources.yml", "bench")
            ingester = subprocess.Popen(ingest_command(redis_url, db, "--no-tag"), cwd=ROOT,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wait_for(lambda: db.exists() and stored(db) == 0 and _has_schema(db), 60, "the ingester to start")
            started, site_cpu = time.perf_counter(), time.process_time()
            procs = [subprocess.Popen(worker_command(redis_url, sources, SETTINGS), cwd=ROOT,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(workers)]
            wait_for(lambda: stored(db) >= count, 600, f"{count} articles stored", interval=0.1)
            elapsed = time.perf_counter() - started
            site_cpu = time.process_time() - site_cpu  # this process: mostly the site's HTTP server threads
            worker_cpu = sum(cpu_seconds(proc) for proc in procs)
            ingester.terminate()
            ingester_cpu = cpu_seconds(ingester)
            pages = len(site.server.paths())
    return {"workers": workers, "articles": count, "pages": pages, "seconds": round(elapsed, 2),
            "articles_per_s": round(count / elapsed, 1), "worker_cpu": round(worker_cpu, 1),
            "site_cpu": round(site_cpu, 1), "ingester_cpu": round(ingester_cpu, 1)}


def cpu_seconds(proc: subprocess.Popen) -> float:
    """Wait for ``proc`` and return the CPU time (user + system) it used."""
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_utime + usage.ru_stime


def _has_schema(db: Path) -> bool:
    try:
        conn = sqlite3.connect(db)
        try:
            return bool(conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'crawl_runs'").fetchone())
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return False


def ingest_and_tag_rate(count: int) -> dict:
    import redis

    sys.path.insert(0, str(ROOT / "tests"))
    from sites import newsgen

    from kunker import db as store
    from kunker.ingest import Ingester

    articles = newsgen.make_articles(count, "/read/{n}/{slug}")
    with tempfile.TemporaryDirectory() as tmp, redis_server(Path(tmp)) as redis_url:
        client = redis.Redis.from_url(redis_url, decode_responses=True)
        events = [{"type": "run_open", "run_id": "r", "source": "bench", "url": "http://127.0.0.1/",
                   "started": store.now()}]
        events += [{"type": "article", "run_id": "r", "source": "bench", "url": f"http://127.0.0.1{a.path}",
                    "title": a.title, "published": a.published, "text": a.text} for a in articles]
        events.append({"type": "run_closed", "run_id": "r", "source": "bench", "pages": count, "items": count})
        client.rpush("kunker:items", *[json.dumps(e) for e in events])
        db = store.connect(Path(tmp) / "bench.db")
        started = time.perf_counter()
        counts = Ingester(db, client).run(idle_exit=0, block=0.1)
        store_seconds = time.perf_counter() - started
        from kunker.tagging import tag_database
        from nlp import Tagger

        tagger = Tagger(profile="free")
        started = time.perf_counter()
        tagged = tag_database(db, tagger, progress=None)["articles"]
        tag_seconds = time.perf_counter() - started
    return {"stored": counts["new"], "store_per_s": round(counts["new"] / store_seconds, 1),
            "tagged": tagged, "tag_per_s": round(tagged / tag_seconds, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", default="1,2,4")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} CPUs; site, redis-server, ingester and workers share them")
    results = []
    for workers in [int(w) for w in args.workers.split(",")]:
        result = crawl_rate(args.articles, workers)
        results.append(result)
        print(f"{workers} worker(s): {result['articles']} articles stored in {result['seconds']} s "
              f"({result['pages']} pages) = {result['articles_per_s']} articles/s; CPU s: workers "
              f"{result['worker_cpu']}, site {result['site_cpu']}, ingester {result['ingester_cpu']}", flush=True)
    base = results[0]["articles_per_s"]
    print("scaling ratio vs 1 worker: " + ", ".join(f"{r['workers']} workers {r['articles_per_s'] / base:.2f}x"
                                                     for r in results[1:]))
    rates = ingest_and_tag_rate(args.articles)
    print(f"ingester alone: {rates['stored']} articles stored at {rates['store_per_s']} articles/s; "
          f"tagging (free profile): {rates['tagged']} articles at {rates['tag_per_s']} articles/s")


if __name__ == "__main__":
    main()
