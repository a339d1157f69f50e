"""Scheduling with a controlled clock: due times from crawl_runs and frequencies, per-source locks that
expire after a crashed run, and `kunker schedule` / `kunker status` end to end on a local site."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from in_process import run_main
from ops_services import ROOT, SitemapSite

from crawler.sources import Source
from kunker import db as store
from kunker.schedule import (
    LastRun,
    Locks,
    due_sources,
    frequency_of,
    is_due,
    last_runs,
    lock_is_stale,
    next_due,
    status_rows,
)
from kunker.schedule import main as schedule_main

T0 = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
GOV = Source(name="Kab A", url="http://a.example/", kind="government")
PORTAL = Source(name="Portal B", url="http://b.example/", kind="portal")
WEEKLY = Source(name="Kota C", url="http://c.example/", kind="government", frequency="weekly")
PLAIN = Source(name="D", url="http://d.example/")


def test_frequency_defaults_by_kind_and_registry_override():
    assert [frequency_of(s) for s in (GOV, PORTAL, WEEKLY, PLAIN)] == ["daily", "hourly", "weekly", "daily"]


def test_never_crawled_is_due_at_once():
    assert next_due(GOV, None) is None and is_due(GOV, None, T0)


@pytest.mark.parametrize(("source", "status", "age", "due"), [
    (GOV, "ok", timedelta(hours=23, minutes=59), False),
    (GOV, "ok", timedelta(hours=24), True),
    (GOV, "errors", timedelta(hours=25), True),
    (PORTAL, "ok", timedelta(minutes=59), False),
    (PORTAL, "empty", timedelta(minutes=60), True),
    (WEEKLY, "ok", timedelta(days=6, hours=23), False),
    (WEEKLY, "ok", timedelta(days=7), True),
    (GOV, "failed", timedelta(minutes=59), False),  # a failed run is retried after an hour, not a day
    (GOV, "failed", timedelta(hours=1), True),
    (WEEKLY, "interrupted", timedelta(hours=1), True),  # killed mid-run
    (GOV, "stopped: shutdown", timedelta(hours=1), True),
])
def test_due_after_one_interval_from_the_last_start(source, status, age, due):
    assert is_due(source, LastRun(T0 - age, status), T0) is due


def test_due_sources_longest_overdue_first():
    runs = {"Kab A": LastRun(T0 - timedelta(days=3), "ok"), "Portal B": LastRun(T0 - timedelta(hours=2), "ok"),
            "Kota C": LastRun(T0 - timedelta(days=1), "ok")}
    assert [s.name for s in due_sources([GOV, PORTAL, WEEKLY, PLAIN], runs, T0)] == ["D", "Kab A", "Portal B"]


def test_last_runs_reads_the_latest_run_of_each_source(tmp_path):
    db = store.connect(tmp_path / "k.db")
    store.upsert_source(db, "Kab A", "http://a.example/", None)
    for run_id, started, status in [("1", T0 - timedelta(days=2), "ok"), ("2", T0 - timedelta(hours=3), "failed")]:
        db["crawl_runs"].insert({"id": run_id, "source": "Kab A", "started": started.isoformat(), "status": status})
    assert last_runs(db) == {"Kab A": LastRun(T0 - timedelta(hours=3), "failed")}
    assert is_due(GOV, last_runs(db)["Kab A"], T0)


def test_lock_is_held_while_its_owner_lives_and_expires_after_a_crash(tmp_path):
    alive = {"yes": True}
    locks = Locks(tmp_path, alive=lambda owner: alive["yes"], ttl=timedelta(hours=6))
    assert locks.acquire("Kab A", T0)
    assert not locks.acquire("Kab A", T0 + timedelta(minutes=5))  # still running
    assert not locks.acquire("Kab A", T0 + timedelta(hours=5, minutes=59))
    assert locks.acquire("Kab A", T0 + timedelta(hours=6))  # expired: the run crashed long ago
    alive["yes"] = False  # the owner process is gone: stale at once
    assert locks.acquire("Kab A", T0 + timedelta(hours=6, minutes=1))
    assert locks.acquire("Portal B", T0)  # one lock per source
    locks.release("Kab A")
    alive["yes"] = True
    assert locks.acquire("Kab A", T0 + timedelta(hours=6, minutes=2))


def test_lock_staleness_rules():
    owner = {"expires": (T0 + timedelta(hours=1)).isoformat()}
    assert not lock_is_stale(owner, T0, lambda o: True)
    assert lock_is_stale(owner, T0 + timedelta(hours=1), lambda o: True)
    assert lock_is_stale(owner, T0, lambda o: False)
    assert lock_is_stale(None, T0, lambda o: True)  # unreadable lock file


def test_a_lock_of_a_dead_local_process_is_stale(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    locks = Locks(tmp_path)
    assert locks.acquire("Kab A", T0)
    assert not locks.acquire("Kab A", T0)  # this process is alive
    locks.update("Kab A", pids=[int(dead.stdout)])
    assert locks.acquire("Kab A", T0)


def run_kunker(*args: str) -> subprocess.CompletedProcess:
    """``python -m kunker.schedule ARGS`` in this process (tests/in_process.py); its crawls are processes."""
    return run_main(schedule_main, args, cwd=ROOT, timeout=180)


FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]


def test_schedule_crawls_what_is_due_tags_it_and_status_shows_it(tmp_path):
    db = tmp_path / "kunker.db"
    with SitemapSite(tmp_path / "site", 12) as site:
        sources = site.sources_file(tmp_path / "sources.yml", "Pemkab Contoh")
        now = "2026-03-02T06:00:00+00:00"
        first = run_kunker("schedule", "--sources", str(sources), "--db", str(db), "--now", now, *FAST)
        assert first.returncode == 0, first.stderr[-2000:]
        assert "crawling 1 due sources: Pemkab Contoh" in first.stdout
        conn = store.connect(db).conn
        assert conn.execute("SELECT count(*) FROM articles WHERE tagger_version IS NOT NULL").fetchone()[0] == 12
        assert conn.execute("SELECT status FROM crawl_runs").fetchall() == [("ok",)]
        assert not list((tmp_path / "kunker.db.locks").glob("*.lock")), "the lock is released after the crawl"

        again = run_kunker("schedule", "--sources", str(sources), "--db", str(db), "--now", now, *FAST)
        assert again.returncode == 0 and "nothing to start (0 due, 1 sources)" in again.stdout
        requests = len(site.server.paths())

        # a crawl of the source is still running (its lock is held by a live process): not started twice
        later = datetime.now(UTC) + timedelta(days=2)
        Locks(tmp_path / "kunker.db.locks").acquire("Pemkab Contoh", later)
        held = subprocess.run([sys.executable, "-m", "kunker.schedule", "schedule", "--sources", str(sources), "--db",
                               str(db), "--now", later.isoformat(), *FAST], cwd=ROOT, capture_output=True,
                              text=True, timeout=180)  # a process other than the lock's holder
        assert "Pemkab Contoh: still running" in held.stdout and len(site.server.paths()) == requests

        status = run_kunker("status", "--sources", str(sources), "--db", str(db), "--now", now)
        assert status.returncode == 0
        lines = status.stdout.splitlines()
        assert lines[0].split() == ["source", "every", "last", "run", "status", "next", "due", "articles", "new",
                                    "errors", "alert"]
        assert "Pemkab Contoh  daily" in lines[2] and " ok " in lines[2] and "12" in lines[2]


def test_status_rows_show_the_alert_of_the_last_run(tmp_path):
    db = store.connect(tmp_path / "k.db")
    store.upsert_source(db, "Kab A", "http://a.example/", None)
    db["crawl_runs"].insert({"id": "1", "source": "Kab A", "started": (T0 - timedelta(hours=2)).isoformat(),
                             "status": "empty", "errors": 3, "articles_new": 0,
                             "checks": json.dumps([{"name": "articles", "ok": False}]),
                             "alert": "Kab A: articles failed (0 articles seen (min 1))"})
    [row, never] = status_rows([GOV, PORTAL], db, T0)
    assert row["status"] == "empty" and row["errors"] == 3 and row["alert"].startswith("Kab A: articles failed")
    assert row["next due"] == "2026-03-03 04:00"
    assert never["last run"] == "never" and never["next due"] == "now"


def test_bad_now_is_a_one_line_error(tmp_path):
    out = run_kunker("status", "--sources", str(ROOT / "crawler" / "sources.yml"), "--db", str(tmp_path / "x.db"),
                     "--now", "yesterday")
    assert out.returncode == 2 and out.stderr.strip().count("\n") == 0 and "--now 'yesterday'" in out.stderr
