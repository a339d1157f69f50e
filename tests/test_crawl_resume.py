"""Interrupted and repeated crawls: SIGKILL loses nothing stored, JOBDIR resumes a stopped crawl without
fetching twice, and the development HTTP cache replays a crawl without touching the site."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
from pathlib import Path

from sites import newsgen
from sites.dbquery import query
from sites.server import SiteServer

ROOT = Path(__file__).resolve().parent.parent
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "KUNKER_DISCOVERY=False",
        "-s", "CONCURRENT_REQUESTS=1"]


def command(site: SiteServer, db: Path, *settings: str) -> list[str]:
    sources = db.parent / "sources.yml"
    sources.write_text(f'- name: "Pemkab Contoh"\n  url: "{site.url("/berita")}"\n', encoding="utf-8")
    return [sys.executable, "-m", "crawler.runner", "--sources", str(sources), "--db", str(db), *FAST,
            *settings]



def held_site(tmp: Path, articles: list[newsgen.Article], hold: str) -> tuple[SiteServer, threading.Event,
                                                                                threading.Event]:
    """A site whose page ``hold`` waits until ``release`` is set (``arrived`` tells the test it was asked)."""
    arrived, release = threading.Event(), threading.Event()
    site = SiteServer(tmp)
    routes = newsgen.listing_routes(list(reversed(articles)))
    held_page = routes[hold]

    def held(handler) -> None:
        arrived.set()
        release.wait(60)
        held_page(handler)

    site.routes.update({**routes, **newsgen.article_routes(articles), hold: held})
    return site, arrived, release


def stored(db: Path, site: SiteServer) -> dict[str, tuple]:
    return {url[len(site.url("")):]: (rowid, title, published, text) for url, rowid, title, published, text
            in query(db, "SELECT url, id, title, published, text FROM articles")}


def test_sigkill_mid_run_loses_nothing_and_the_next_run_completes(tmp_path):
    articles = newsgen.make_articles(30, "/read/{n}/{slug}")
    site, arrived, release = held_site(tmp_path, articles, "/berita/page/2")
    db = tmp_path / "kunker.db"
    with site:
        proc = subprocess.Popen(command(site, db), cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            assert arrived.wait(120), "the crawl never reached page 2"
        finally:
            proc.kill()
            proc.wait(30)
        release.set()
        before = stored(db, site)
        assert query(db, "PRAGMA integrity_check") == [("ok",)]
        assert query(db, "SELECT status FROM crawl_runs") == [("running",)]
        rerun = subprocess.run(command(site, db), cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    expected = {a.path: (a.title, a.published, a.text) for a in articles}
    assert 1 <= len(before) <= 10  # page 1's articles, stored one by one before the kill
    assert {p: row[1:] for p, row in before.items()} == {p: expected[p] for p in before}
    after = stored(db, site)
    assert {p: row[1:] for p, row in after.items()} == expected
    assert all(after[p] == row for p, row in before.items())  # nothing stored earlier was touched
    # The killed run is marked, and the next one walked every listing page despite known articles.
    assert query(db, "SELECT status, articles_new FROM crawl_runs ORDER BY started, rowid") == [
        ("interrupted", 0), ("ok", 30 - len(before))]
    assert query(db, "PRAGMA integrity_check") == [("ok",)]


def test_jobdir_resumes_a_stopped_crawl_without_fetching_twice(tmp_path):
    articles = newsgen.make_articles(30, "/read/{n}/{slug}")
    site, arrived, release = held_site(tmp_path, articles, "/berita/page/2")
    db, jobdir = tmp_path / "kunker.db", tmp_path / "job"
    settings = ("-s", f"JOBDIR={jobdir}", "-s", "KUNKER_INCREMENTAL=False")
    with site:
        proc = subprocess.Popen(command(site, db, *settings), cwd=ROOT, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        assert arrived.wait(120), "the crawl never reached page 2"
        proc.send_signal(signal.SIGINT)  # graceful stop: finish what is in flight, save the queue
        release.set()
        out, err = proc.communicate(timeout=120)
        first = site.paths()
        resumed = subprocess.run(command(site, db, *settings), cwd=ROOT, capture_output=True, text=True,
                                 timeout=120)
        second = site.paths()[len(first):]
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert {p: row[1:] for p, row in stored(db, site).items()} == {
        a.path: (a.title, a.published, a.text) for a in articles}
    article_paths = [p for p in first + second if p.startswith("/read/")]
    assert len(article_paths) == len(set(article_paths)) == 30  # no article fetched twice
    assert [p for p in first if p.startswith("/read/")]  # the first run really did part of the work
    statuses = [s for (s,) in query(db, "SELECT status FROM crawl_runs ORDER BY started, rowid")]
    assert statuses == ["stopped: shutdown", "ok"], (statuses, err[-2000:])
    # Ctrl-C: exit status 130, and the summary's total says so (never "ok" beside "stopped")
    assert proc.returncode == 130, err[-2000:]
    total = next(line for line in out.splitlines() if line.startswith("total"))
    assert total.split()[1] == "interrupted", out


def test_http_cache_replays_a_crawl_without_requests(tmp_path):
    articles = newsgen.make_articles(12, "/read/{n}/{slug}")
    site = SiteServer(tmp_path)
    site.routes.update({**newsgen.listing_routes(list(reversed(articles))), **newsgen.article_routes(articles)})
    db = tmp_path / "kunker.db"
    cache = ("-s", "HTTPCACHE_ENABLED=True", "-s", f"HTTPCACHE_DIR={tmp_path / 'cache'}",
             "-s", "KUNKER_INCREMENTAL=False")
    with site:
        first = subprocess.run(command(site, db, *cache), cwd=ROOT, capture_output=True, text=True, timeout=120)
        seen = len(site.paths())
        second = subprocess.run(command(site, db, *cache), cwd=ROOT, capture_output=True, text=True,
                                timeout=120)
        replay = site.paths()[seen:]
    assert first.returncode == 0 and second.returncode == 0, second.stderr[-3000:]
    assert seen >= 14 and replay == []  # robots.txt, 2 listing pages, 12 articles; then nothing
    assert query(db, "SELECT articles_new, pages FROM crawl_runs ORDER BY started, rowid") == [(12, 14), (0, 14)]
