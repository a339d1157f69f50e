"""Crawl speed: a real crawl of a local site of N generated articles with politeness off, beside `scrapy bench`.

Usage: python bench/bench_crawl.py [--articles 2000] [--no-scrapy-bench]
Prints pages/s for kunker's spider (listing pagination + article extraction + SQLite storage) and the
pages/s `scrapy bench` reaches on the same machine (its own local server, link following only).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROOT = ROOT if (ROOT / "crawler").is_dir() else Path.cwd()
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from sites import newsgen  # noqa: E402
from sites.server import SiteServer  # noqa: E402

IMPOLITE = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "ROBOTSTXT_OBEY=False",
            "-s", "CONCURRENT_REQUESTS=16", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
            "-s", "KUNKER_DISCOVERY=False", "-s", "LOG_LEVEL=WARNING"]


def kunker_rate(count: int) -> dict:
    articles = newsgen.make_articles(count, "/read/{n}/{slug}")
    with tempfile.TemporaryDirectory() as tmp:
        site = SiteServer(tmp)
        site.routes.update({**newsgen.listing_routes(list(reversed(articles)), per_page=20),
                            **newsgen.article_routes(articles)})
        db = Path(tmp) / "bench.db"
        sources = Path(tmp) / "sources.yml"
        with site:
            sources.write_text(f'- name: bench\n  url: "{site.url("/berita")}"\n', encoding="utf-8")
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "crawler.runner", "--sources", str(sources), "--db", str(db),
                            *IMPOLITE], cwd=ROOT, check=True, capture_output=True)
            elapsed = time.perf_counter() - started
            pages = len(site.paths())
        import sqlite3

        stored = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
    return {"pages": pages, "articles": stored, "seconds": round(elapsed, 2),
            "pages_per_s": round(pages / elapsed, 1)}


def scrapy_bench_rate() -> float | None:
    out = subprocess.run([sys.executable, "-m", "scrapy", "bench", "-s", "CLOSESPIDER_TIMEOUT=10",
                          "-s", "LOGSTATS_INTERVAL=1"], capture_output=True, text=True, cwd=tempfile.gettempdir())
    rates = [int(r) for r in re.findall(r"\(at (\d+) pages/min\)", out.stderr)]
    rates = [r for r in rates if r > 0]
    return round(max(rates) / 60, 1) if rates else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--no-scrapy-bench", action="store_true")
    args = parser.parse_args()
    result = kunker_rate(args.articles)
    print(f"kunker crawl: {result['articles']} articles stored, {result['pages']} pages in {result['seconds']} s "
          f"(process start included) = {result['pages_per_s']} pages/s")
    if not args.no_scrapy_bench:
        rate = scrapy_bench_rate()
        print(f"scrapy bench: {rate} pages/s (best 1-s interval)" if rate else "scrapy bench: no rate found")
        if rate:
            print(f"ratio: {result['pages_per_s'] / rate:.2f} (target >= 0.5)")


if __name__ == "__main__":
    main()
