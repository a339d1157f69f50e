"""`kunker schedule`, `crawl`, `tag` and `status` agree on the database and the sources they use; a relative path
means the working folder, also for the processes a command starts."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from in_process import run_main
from ops_services import ROOT, SitemapSite

from kunker.cli import main as kunker_main
from kunker.locations import DEFAULT_SOURCES, read_sources

KUNKER = [sys.executable, "-m", "kunker.cli"]  # crawl: Scrapy's reactor runs once per process
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]
NOW = "2026-03-02T06:00:00+00:00"


def kunker(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    """``kunker ARGS`` run in ``cwd``: in this process (tests/in_process.py), a crawl in a process of its own."""
    if args[0] == "crawl":
        proc = subprocess.run([*KUNKER, *args], cwd=cwd, capture_output=True, text=True, timeout=300)
    else:
        proc = run_main(kunker_main, args, cwd=cwd, timeout=300)
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    return proc


def status_table(stdout: str) -> dict[str, list[str]]:
    rows = stdout.splitlines()[2:]
    return {row.split("  ")[0]: row.split() for row in rows}


def test_relative_db_and_sources_mean_the_working_folder(tmp_path: Path) -> None:
    work = tmp_path / "elsewhere"
    work.mkdir()
    assert not (ROOT / "rel.db").exists()
    with SitemapSite(tmp_path / "site", 12) as site:
        site.sources_file(work / "sources.yml", "Pemkab Contoh")
        scheduled = kunker(work, "schedule", "--sources", "sources.yml", "--db", "rel.db", "--jobs", "2",
                           "--now", NOW, *FAST)
        assert scheduled.returncode == 0, scheduled.stderr[-3000:]
        assert "schedule: tagged 12 new articles" in scheduled.stdout
        assert not (ROOT / "rel.db").exists(), "the crawl wrote into the project folder"
        conn = sqlite3.connect(work / "rel.db")
        assert conn.execute("SELECT count(*), count(tagger_version) FROM articles").fetchone() == (12, 12)

        crawled = kunker(work, "crawl", "--sources", "sources.yml", "--db", "rel.db", *FAST)
        assert crawled.returncode == 0, crawled.stderr[-3000:]
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 12  # the same database, no copies
        assert conn.execute("SELECT count(*) FROM crawl_runs").fetchone()[0] == 2

    tagged = kunker(work, "tag", "--db", "rel.db")
    assert tagged.returncode == 0 and tagged.stdout.startswith("tagged 0 articles"), tagged.stdout

    # status without --sources: the sources this database's crawls used, not the default registry
    status = kunker(work, "status", "--db", "rel.db", "--now", NOW)
    assert status.returncode == 0, status.stderr
    table = status_table(status.stdout)
    assert list(table) == ["Pemkab Contoh"]
    assert "ok" in table["Pemkab Contoh"] and "12" in table["Pemkab Contoh"]
    assert not (ROOT / "rel.db").exists() and not (ROOT / "rel.db.locks").exists()


def test_status_of_a_database_never_crawled_shows_the_registry(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text('{"id": 1, "text": "Bupati Sleman membuka pasar."}\n', encoding="utf-8")
    assert kunker(tmp_path, "import", "--jsonl", "in.jsonl", "--db", "imported.db").returncode == 0
    status = kunker(tmp_path, "status", "--db", "imported.db", "--now", NOW)
    assert status.returncode == 0
    assert list(status_table(status.stdout)) == [s.name for s in read_sources(DEFAULT_SOURCES)]
