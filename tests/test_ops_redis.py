"""Scale-out for real: a redis-server and a Scrapyd started here, the project deployed with scrapyd-deploy,
two Scrapyd workers sharing one source's queue in Redis, one killed with SIGKILL mid-crawl, the ingester
killed too, and every article stored exactly once with the run recorded."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis
from in_process import run_main
from ops_services import (
    FAST,
    REDIS_SERVER,
    ROOT,
    Scrapyd,
    SitemapSite,
    free_port,
    ingest_command,
    redis_server,
    run_ingest,
    wait_for,
    worker_command,
)
from sites.dbquery import query

from crawler import requestjson
from kunker import db as store
from kunker.ingest import Ingester
from kunker.ingest import main as ingest_main
from kunker.schedule import main as schedule_main

SOURCE = "Pemkab Contoh"
ARTICLES = 400
HOLD = 150  # the article whose first request the killed worker is waiting for



def stored_count(db: Path) -> int:
    try:
        return query(db, "SELECT count(*) FROM articles")[0][0]
    except sqlite3.OperationalError:  # the ingester is still creating the schema
        return 0


def inflight_urls(client: redis.Redis) -> dict[str, set[str]]:
    """worker id -> URLs it popped and has not finished (decoded from the queue's JSON requests)."""
    found = {}
    for name in client.scan_iter(f"kunker:{SOURCE}:inflight:*"):
        worker = name.decode().rsplit(":inflight:", 1)[1]
        found[worker] = {requestjson.loads(v)["url"] for v in client.hvals(name)}
    return found


def test_schema_has_the_run_check_columns(tmp_path):
    db = store.connect(tmp_path / "k.db")
    assert {"checks", "alert"} <= set(db["crawl_runs"].columns_dict), \
        "kunker/db.py: crawl_runs needs the columns checks (TEXT) and alert (TEXT)"


def test_two_scrapyd_workers_one_killed_every_article_stored_once(tmp_path):
    db = tmp_path / "kunker.db"
    with redis_server(tmp_path) as redis_url, Scrapyd(tmp_path / "scrapyd") as scrapyd, \
            SitemapSite(tmp_path / "site", ARTICLES, hold=HOLD) as site:
        held = site.held
        out = scrapyd.deploy(tmp_path / "build")
        assert "kunker" in scrapyd.get("listprojects.json")["projects"], out
        assert scrapyd.get("listspiders.json", project="kunker")["spiders"] == ["news"]
        client = redis.Redis.from_url(redis_url)
        sources = site.sources_file(tmp_path / "sources.yml", SOURCE)
        settings = {**FAST, "KUNKER_REDIS_URL": redis_url, "KUNKER_REDIS_HEARTBEAT": "2",
                    "KUNKER_REDIS_POLL": "0.2"}
        jobs = [scrapyd.schedule(sources, SOURCE, settings) for _ in range(2)]

        # the held article is in one worker's in-flight hash: that worker is killed with SIGKILL
        held_url = site.server.url(held.path)
        wait_for(site.arrived.is_set, 60, "a worker to request the held article")
        victim_worker = wait_for(lambda: next((w for w, urls in inflight_urls(client).items() if held_url in urls),
                                              None), 30, "the held article in a worker's in-flight hash")
        running = wait_for(lambda: {j["pid"]: j["id"] for j in scrapyd.jobs().values() if j["state"] == "running"
                                    and j.get("pid")} if len(client.hkeys(f"kunker:{SOURCE}:workers")) == 2
                           else None, 30, "both workers registered")
        victim_job = running[int(victim_worker.split(":")[1])]
        survivor_job = next(j for j in jobs if j != victim_job)
        ingester = subprocess.Popen(ingest_command(redis_url, db, "--no-tag"), cwd=ROOT,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: stored_count(db) >= 20, 60, "the first ingester to store 20 articles")
        scrapyd.call("cancel.json", project="kunker", job=victim_job, signal="KILL")
        ingester.send_signal(signal.SIGKILL)
        ingester.wait(10)
        site.release.set()
        wait_for(lambda: scrapyd.jobs()[victim_job]["state"] == "finished", 30, "the killed job to end")
        wait_for(lambda: scrapyd.jobs()[survivor_job]["state"] == "finished", 90, "the surviving worker to finish")
        survivor_log = scrapyd.log(survivor_job)
        assert "in-flight requests back in the queue" in survivor_log, survivor_log[-3000:]

        drained = run_ingest(redis_url, db, "--no-tag", "--idle-exit", "1")
        assert drained.returncode == 0, drained.stderr[-2000:]

        stored = query(db, "SELECT url FROM articles")
        fetched = [p for p in site.server.paths() if p.startswith("/read/")]
        missing = site.urls() - {u for (u,) in stored}
        assert not missing, ({p: fetched.count(p) for p in fetched if site.server.url(p) in missing},
                             survivor_log[-2000:], drained.stderr[-1000:])
        assert len(stored) == ARTICLES
        assert fetched.count(held.path) == 2  # once by the killed worker, once more after its recovery
        twice = {p for p in fetched if fetched.count(p) > 1}
        assert len(twice) <= 32, "only requests in flight at the kill may be fetched again"
        runs = query(db, "SELECT status, pages, articles_new, errors, finished, entry_method, checks, alert "
                         "FROM crawl_runs WHERE source = ?", SOURCE)
        assert len(runs) == 1
        status, pages, new, errors, finished, method, checks, alert = runs[0]
        assert (status, new, errors, method) == ("ok", ARTICLES, 0, "sitemap")
        assert pages >= ARTICLES and finished
        assert all(c["ok"] for c in json.loads(checks)) and alert is None
        assert client.llen("kunker:items") == 0 and client.llen("kunker:items:processing") == 0
        assert client.llen("kunker:items:failed") == 0
        assert not client.exists(f"kunker:{SOURCE}:requests"), "the finished run's queue is cleared"


def test_restarted_worker_does_not_refetch_and_next_run_skips_stored(tmp_path):
    """A worker stopped mid-run (SIGKILL) and started again continues the same run from Redis; the next run
    fetches only what is new (stored URLs come back from the ingester through Redis)."""
    db = tmp_path / "kunker.db"
    with redis_server(tmp_path) as redis_url, SitemapSite(tmp_path / "site", 120, hold=60) as site:
        held = site.held
        sources = site.sources_file(tmp_path / "sources.yml", SOURCE)
        settings = {**FAST, "KUNKER_REDIS_HEARTBEAT": "2", "KUNKER_REDIS_POLL": "0.2"}
        first = subprocess.Popen(worker_command(redis_url, sources, settings), cwd=ROOT,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(site.arrived.is_set, 60, "the worker to request the held article")
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        before = [p for p in site.server.paths() if p.startswith("/read/")]
        site.release.set()
        again = subprocess.run(worker_command(redis_url, sources, settings), cwd=ROOT, capture_output=True,
                               text=True, timeout=120)
        assert again.returncode == 0, again.stderr[-2000:]
        assert "in-flight requests back in the queue" in again.stderr
        after = [p for p in site.server.paths() if p.startswith("/read/")]
        refetched = [p for p in after[len(before):] if p in before]
        assert held.path in refetched  # the request that was in flight when the worker died
        assert len(refetched) <= 32, f"pages fetched before the kill were fetched again: {refetched}"
        ingest = run_ingest(redis_url, db, "--no-tag", "--idle-exit", "1")
        assert ingest.returncode == 0, ingest.stderr[-2000:]
        missing = site.urls() - {u for (u,) in query(db, "SELECT url FROM articles")}
        assert not missing, ({u: after.count(u[len(site.server.url("")):]) for u in missing}, again.stderr[-3000:])
        assert query(db, "SELECT count(*), count(DISTINCT url) FROM articles")[0] == (120, 120)

        more = site.add_articles(5)
        count_before = len(site.server.paths())
        rerun = subprocess.run(worker_command(redis_url, sources, settings), cwd=ROOT, capture_output=True,
                               text=True, timeout=120)
        assert rerun.returncode == 0, rerun.stderr[-2000:]
        fetched = [p for p in site.server.paths()[count_before:] if p.startswith("/read/")]
        assert sorted(fetched) == sorted(a.path for a in more)
        assert run_ingest(redis_url, db, "--no-tag", "--idle-exit", "1").returncode == 0
        statuses = query(db, "SELECT status, articles_new FROM crawl_runs ORDER BY started")
        assert statuses[-1] == ("ok", 5)
        assert query(db, "SELECT count(*) FROM articles")[0][0] == 125


def test_ingester_recovers_unacknowledged_events_and_sets_aside_bad_ones(tmp_path):
    with redis_server(tmp_path) as redis_url:
        client = redis.Redis.from_url(redis_url, decode_responses=True)
        db = store.connect(tmp_path / "k.db")
        run = {"type": "run_open", "run_id": "r1", "source": "S", "url": "http://127.0.0.1/", "started": store.now()}
        article = {"type": "article", "run_id": "r1", "source": "S", "url": "http://127.0.0.1/a/1", "title": "A",
                   "text": "Teks berita yang cukup panjang. " * 3, "published": "2024-01-02"}
        # an ingester died after taking two events and before acknowledging them
        client.rpush("kunker:items:processing", json.dumps(run), json.dumps(article))
        client.rpush("kunker:items", json.dumps(article), "{not json",
                     json.dumps({"type": "run_closed", "run_id": "r1", "source": "S", "pages": 1, "items": 2}))
        counts = Ingester(db, client).run(idle_exit=0, block=0.1)
        assert counts["recovered"] == 2 and counts["failed_events"] == 1
        assert (counts["new"], counts["unchanged"]) == (1, 1)
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        assert db.execute("SELECT status, articles_new, pages FROM crawl_runs").fetchall() == [("ok", 1, 1)]
        assert client.llen("kunker:items") == 0 and client.llen("kunker:items:processing") == 0
        assert "JSONDecodeError" in client.lindex("kunker:items:failed", 0)
        assert client.sismember("kunker:S:known", "http://127.0.0.1/a/1")


@pytest.fixture(autouse=True)
def _no_webhook(monkeypatch):
    monkeypatch.delenv("KUNKER_WEBHOOK_URL", raising=False)
    os.environ.pop("SCRAPYD_URL", None)


def test_kunker_schedule_dispatches_due_crawls_to_scrapyd(tmp_path):
    db = tmp_path / "kunker.db"
    with redis_server(tmp_path) as redis_url, Scrapyd(tmp_path / "scrapyd") as scrapyd, \
            SitemapSite(tmp_path / "site", 30, hold=5) as site:
        scrapyd.deploy(tmp_path / "build")
        sources = site.sources_file(tmp_path / "sources.yml", SOURCE)
        fast = [arg for k, v in FAST.items() for arg in ("-s", f"{k}={v}")]

        def schedule() -> subprocess.CompletedProcess:
            return run_main(schedule_main, ["schedule", "--sources", str(sources), "--db", str(db), "--scrapyd",
                                            scrapyd.url, "--redis", redis_url, "--workers", "2", *fast], cwd=ROOT,
                            timeout=60)

        first = schedule()
        assert first.returncode == 0, first.stderr[-2000:]
        jobs = [line.split("Scrapyd job ")[1].split()[0] for line in first.stdout.splitlines() if "Scrapyd job" in line]
        assert len(jobs) == 2 and all(scrapyd.jobs()[job]["spider"] == "news" for job in jobs)  # --workers 2
        wait_for(site.arrived.is_set, 60, "the Scrapyd jobs to crawl")
        second = schedule()  # the jobs still run: the source's lock holds
        assert f"{SOURCE}: still running" in second.stdout and len(scrapyd.jobs()) == 2
        site.release.set()
        wait_for(lambda: all(scrapyd.jobs()[job]["state"] == "finished" for job in jobs), 60,
                 "the Scrapyd jobs to finish")
        ingest = run_ingest(redis_url, db, "--idle-exit", "1")
        assert ingest.returncode == 0, ingest.stderr[-2000:]
        conn = sqlite3.connect(db)
        assert conn.execute("SELECT count(*), count(tagged) FROM articles").fetchone() == (30, 30)  # stored, tagged
        assert conn.execute("SELECT status, articles_new FROM crawl_runs").fetchall() == [("ok", 30)]
        third = schedule()  # crawled just now: not due
        assert "nothing to start (0 due, 1 sources)" in third.stdout and len(scrapyd.jobs()) == 2


@contextmanager
def redis_with_password(workdir: Path, password: str) -> Iterator[str]:
    """A throw-away redis-server that requires ``password``; yields its URL with the credentials."""
    port = free_port()
    proc = subprocess.Popen([REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", str(workdir), "--requirepass", password],
                            stdout=subprocess.DEVNULL)
    url = f"redis://:{password}@127.0.0.1:{port}/0"
    try:
        client = redis.Redis.from_url(url)
        wait_for(lambda: _pings(client), 20, "redis-server to answer PING")
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def _pings(client: redis.Redis) -> bool:
    try:
        return bool(client.ping())
    except redis.ConnectionError:
        return False


def test_ingest_with_a_password_validates_every_event_and_never_crashes(tmp_path):
    """Events a hostile or broken writer could push: each is set aside with its reason, the good ones stored;
    the password comes from KUNKER_REDIS_URL and is never printed."""
    secret = "s3cret-Pa55word"
    good = {"type": "article", "run_id": "r1", "source": "S", "url": "http://127.0.0.1/a/1", "title": "Judul",
            "text": "Teks berita yang cukup panjang untuk disimpan. " * 3, "published": "2024-01-02"}
    bad = [
        b"\xff\xfe not utf-8 at all",
        json.dumps({**good, "url": "http://127.0.0.1/a/2", "text": "lone \ud800 surrogate"}),
        "[" * 100_000 + "]" * 100_000,
        json.dumps({**good, "url": "http://127.0.0.1/a/3", "title": ["a", "list"]}),
        json.dumps({**good, "url": "javascript:alert(1)"}),
        json.dumps({**good, "url": "http://127.0.0.1/a/4", "published": "9999-12-31"}),
        json.dumps({**good, "url": "http://127.0.0.1/a/5", "text": 12}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"type": "run_closed", "run_id": "r1", "source": "S", "pages": "many"}),
        json.dumps({"type": "shell", "cmd": "rm -rf /"}),
    ]
    with redis_with_password(tmp_path, secret) as url:
        client = redis.Redis.from_url(url)
        with pytest.raises(redis.AuthenticationError):
            redis.Redis.from_url(url.replace(f":{secret}@", "@")).ping()  # no password, no access
        client.rpush("kunker:items", *bad, json.dumps(good))
        run = run_main(ingest_main, ["--db", str(tmp_path / "k.db"), "--no-tag", "--idle-exit", "0.5"], cwd=ROOT,
                       env={"KUNKER_REDIS_URL": url}, timeout=60)
        failed = [json.loads(e) for e in client.lrange("kunker:items:failed", 0, -1)]
        assert client.llen("kunker:items") == 0 and client.llen("kunker:items:processing") == 0
    assert run.returncode == 1, run.stderr[-2000:]  # events were skipped
    assert "Traceback" not in run.stderr and secret not in run.stdout + run.stderr
    assert query(tmp_path / "k.db", "SELECT url FROM articles") == [("http://127.0.0.1/a/1",)]
    assert len(failed) == len(bad)
    reasons = " | ".join(f["error"] for f in failed)
    for expected in ("JSONDecodeError", "lone surrogate", "RecursionError", "title is list",
                     "url is not an http(s) URL", "published is not a plausible", "text is int",
                     "event is list", "pages is not a count", "unknown event type"):
        assert expected in reasons, reasons
    assert run.stderr.count("ingest: skipped an event") == len(bad)


def test_request_queue_holds_json_and_drops_forged_entries(tmp_path):
    """Requests go to Redis as JSON (no pickle); a forged entry (a pickle, a foreign request class, a private
    callback) is refused when read, logged, and the queue goes on with the next request."""
    import pickle

    from scrapy import Request

    from crawler.scaleout import TrackedPriorityQueue
    from crawler.sources import Source
    from crawler.spiders.news import NewsSpider

    spider = NewsSpider(source=Source(name="S", url="http://127.0.0.1/"))
    request = Request("http://127.0.0.1/read/1", callback=spider.parse_page, errback=spider.on_error, priority=10,
                      meta={"kind": "article", "hops": 1, "candidates": ["http://127.0.0.1/x"]},
                      headers={"X-Test": b"\xff"})
    data = requestjson.dumps(request.to_dict(spider=spider))
    assert json.loads(data)["meta"]["kind"] == "article"
    forged = [pickle.dumps({"url": "http://127.0.0.1/evil"}),
              json.dumps({"url": "http://127.0.0.1/evil", "_class": "os.system"}),
              json.dumps({"url": "http://127.0.0.1/evil", "callback": "__init__"}),
              json.dumps({"url": "file:///etc/passwd"})]
    for entry in forged:
        with pytest.raises(requestjson.BadRequestData):
            requestjson.loads(entry)
    with redis_with_password(tmp_path, "pw") as url:
        server = redis.Redis.from_url(url)
        queue = TrackedPriorityQueue(server, spider, "kunker:S:requests", serializer=requestjson)
        for score, entry in enumerate(forged):
            server.zadd("kunker:S:requests", {entry: -100 + score})
        queue.push(request)
        popped = queue.pop_tracked("kunker:S:inflight:w", "kunker:S:run", "kunker:S:workers", "w")
        assert popped is not None and popped.url == request.url and popped.callback == spider.parse_page
        assert popped.meta["candidates"] == ["http://127.0.0.1/x"] and popped.headers[b"X-Test"] == b"\xff"
        assert len(queue) == 0 and server.hlen("kunker:S:inflight:w") == 1  # only the real request in flight
