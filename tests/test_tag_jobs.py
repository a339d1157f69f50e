"""The tag stage under load: --jobs N gives the same database as one job, two runs on one database never tag
the same article twice, failures are counted and reported, Ctrl-C stops every process cleanly."""

from __future__ import annotations

import json
import os
import queue
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from in_process import run_main

from kunker import db as store
from kunker.cli import main as kunker_main
from kunker.importer import import_jsonl
from kunker.tagging import tag_database
from nlp import Tagger

KUNKER = [sys.executable, "-m", "kunker.cli"]  # for a run beside this process's lock, for Ctrl-C
PLACES = ["Kabupaten Sleman", "Kota Surabaya", "Kabupaten Banyuwangi", "Kota Malang", "Kabupaten Gianyar",
          "Kota Salatiga", "Kabupaten Trenggalek", "Kabupaten Bantul"]
NAMES = ["Hartono Wibisono", "Dewi Anggraini", "Made Suartana", "Rina Kusuma", "Agus Sapardi", "Budi Sasmito"]
PROGRAMS = ["Kampung Hijau Mandiri", "Kampung Cakap Terpadu", "Layanan Sehat Warga", "Pojok Baca Desa"]


def articles(n: int, seed: int = 3) -> list[dict]:
    """``n`` short visit reports of our own, several about the same pair of regions (so visits merge)."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        visitor, host = rng.sample(PLACES[:4] if i % 3 else PLACES, 2)
        day = rng.randint(1, 20)
        text = (f"Rombongan Pemerintah {visitor} yang dipimpin Sekretaris Daerah {rng.choice(NAMES)} melakukan "
                f"studi banding ke {host}, Rabu ({day}/3). Rombongan diterima Wakil Bupati {rng.choice(NAMES)}. "
                f"Mereka ingin mempelajari program \"{rng.choice(PROGRAMS)}\".")
        rows.append({"id": f"j{i}", "url": f"https://contoh.example/{i}", "title": f"Studi Banding {i}",
                     "published": f"2025-03-{day + 1:02d}", "text": text})
    return rows


def make_db(path: Path, rows: list[dict]) -> Path:
    src = path.with_suffix(".jsonl")
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = store.connect(path)
    import_jsonl(db, src)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path


# When each copy was tagged: ``tagged``; everything else must be equal (the confidence key holds no time,
# kunker/confidence.py).
TIMED = ("tagged",)


def content(path: Path) -> dict[str, list]:
    """Every table's rows, without the tagging time."""
    conn = sqlite3.connect(path)
    tables = {}
    for table in store.SCHEMA:
        columns = [c[1] for c in conn.execute(f"PRAGMA table_info([{table}])") if c[1] not in TIMED]
        tables[table] = sorted(conn.execute(f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM [{table}]"),
                               key=repr)
    conn.close()
    return tables


def test_jobs_give_the_same_database_as_one_job(tmp_path: Path, tagger: Tagger) -> None:
    one = make_db(tmp_path / "one.db", articles(130))
    two = tmp_path / "two.db"
    shutil.copy(one, two)  # the same articles, fetched at the same time
    summaries = []
    for path, jobs in ((one, 1), (two, 2)):
        db = store.connect(path)
        summaries.append(tag_database(db, tagger, progress=None, batch=20, jobs=jobs))
        db.conn.close()
    assert summaries[0]["articles"] == summaries[1]["articles"] == 130
    assert summaries[0]["failed"] == summaries[1]["failed"] == 0
    tables = content(one)
    assert len(tables["visits"]) >= 10 and len(tables["visit_articles"]) >= 100
    assert tables == content(two)
    # the summary's visit count is the number of visits stored: one figure for the same thing
    assert summaries[0]["visits"] == summaries[1]["visits"] == len(tables["visits"])


def read_lines(stream, into: queue.Queue) -> None:
    for line in iter(stream.readline, ""):
        into.put(line)
    into.put(None)


def wait_for(lines: queue.Queue, text: str, seen: list[str]) -> None:
    """Read ``lines`` until one contains ``text`` (fails after two minutes)."""
    while True:
        line = lines.get(timeout=120)
        assert line is not None, f"ended without {text!r}: {''.join(seen)}"
        seen.append(line)
        if text in line:
            return


def test_a_second_tag_run_waits_and_does_no_work_twice(tmp_path: Path) -> None:
    path = make_db(tmp_path / "k.db", articles(120))
    holder = store.connect(path)
    runs = []
    with store.exclusive(holder, "tag"):  # a tagging run is under way: both new runs must wait for it
        for _ in range(2):
            proc = subprocess.Popen([*KUNKER, "tag", "--db", str(path)], stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True)
            lines: queue.Queue = queue.Queue()
            threading.Thread(target=read_lines, args=(proc.stderr, lines), daemon=True).start()
            seen: list[str] = []
            wait_for(lines, "waiting for it to finish", seen)
            assert f"pid {os.getpid()}" in seen[-1]
            runs.append(proc)
        conn = sqlite3.connect(path)
        assert conn.execute("SELECT count(*) FROM articles WHERE tagger_version IS NOT NULL").fetchone()[0] == 0
    tagged = []
    for proc in runs:
        out, _ = proc.communicate(timeout=300)
        assert proc.returncode == 0
        tagged.append(int(out.split()[1]))
    assert sorted(tagged) == [0, 120]  # the one that got the lock second found nothing left
    assert conn.execute("SELECT count(*) FROM articles WHERE tagger_version IS NOT NULL").fetchone()[0] == 120


@pytest.mark.parametrize("jobs", [1, 2])
def test_failures_are_counted_reported_and_retried(tmp_path: Path, jobs: int) -> None:
    path = make_db(tmp_path / "k.db", articles(30))
    conn = sqlite3.connect(path)
    # A database that refuses one article's mentions (a trigger): that article fails alone, the others are tagged.
    conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON mentions WHEN NEW.article_id = 7 "
                 "BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END")
    conn.commit()
    proc = run_main(kunker_main, ["tag", "--db", str(path), "--jobs", str(jobs)], timeout=300)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "tagged 29 articles" in proc.stdout and "1 failed (left untagged)" in proc.stdout
    assert "tag: article 7 (https://contoh.example/6): tagging failed: not written: IntegrityError: refused by a " \
           "trigger" in proc.stderr
    assert conn.execute("SELECT id FROM articles WHERE tagger_version IS NULL").fetchall() == [(7,)]
    for table in store.ARTICLE_DERIVED:
        assert conn.execute(f"SELECT count(*) FROM [{table}] WHERE article_id = 7").fetchone()[0] == 0, table
    conn.execute("DROP TRIGGER refuse")
    conn.commit()
    again = run_main(kunker_main, ["tag", "--db", str(path)], timeout=300)
    assert again.returncode == 0 and "tagged 1 articles" in again.stdout


def default_sigint() -> None:
    """In the child: Ctrl-C as in a terminal, even when this test runs in the background (SIGINT ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_stops_every_process_and_keeps_what_was_committed(tmp_path: Path) -> None:
    path = make_db(tmp_path / "k.db", articles(1500))
    proc = subprocess.Popen([*KUNKER, "tag", "--db", str(path), "--jobs", "2"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True, preexec_fn=default_sigint)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=read_lines, args=(proc.stderr, lines), daemon=True).start()
    seen: list[str] = []
    wait_for(lines, "tagger ", seen)  # the tagger is built: the run takes far longer than the rest of this test
    os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C does: the whole process group
    proc.wait(timeout=120)
    rest = []
    while (line := lines.get(timeout=120)) is not None:
        rest.append(line)
    err = "".join(seen + rest)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert err.rstrip("\n").splitlines()[-1] == "kunker: interrupted"
    with pytest.raises(ProcessLookupError):
        os.killpg(proc.pid, 0)  # no worker left behind
    again = run_main(kunker_main, ["tag", "--db", str(path), "--jobs", "2"], timeout=600)
    assert again.returncode == 0
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM articles WHERE tagger_version IS NULL").fetchone()[0] == 0


def _models() -> Path | None:
    from nlp.models import default_models_dir

    path = default_models_dir()
    return path if path and (Path(path) / "depparse.pt").exists() else None


@pytest.mark.skipif(_models() is None, reason="stanza models not found (set KUNKER_MODELS or provide "
                                              "../shared/models/stanza-id)")
@pytest.mark.usefixtures("torch_default_threads")  # the main process's torch as users run it (tests/conftest.py)
def test_jobs_with_the_full_profile_finish(tmp_path: Path) -> None:
    """torch's thread pool hangs in a forked child: full-profile workers are spawned and load the models."""
    path = make_db(tmp_path / "k.db", articles(4))
    proc = subprocess.run([*KUNKER, "tag", "--db", str(path), "--profile", "full", "--models", str(_models()),
                           "--jobs", "2"], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.startswith("tagged 4 articles") and "+full in 2 processes" in proc.stdout, proc.stdout
