"""The tag stage: run the ``nlp`` tagger over stored articles and write entities, visits and mentions.

Re-tagging an article first removes everything previously derived from it, so the stage is
idempotent and a better tagger simply replaces old results. Entities shared across articles
(officials, programs, visits) are keyed deterministically and removed once no article supports them.
"""

from __future__ import annotations

import ctypes
import functools
import multiprocessing
import multiprocessing.pool
import re
import signal
import sqlite3
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

import sqlite_utils

from kunker import db as store
from nlp.robust import check_published

ProgressFn = Callable[[int, int, float], None]


# Two reports of the same visitor and host are one visit when their visit dates are this close,
# or, when a report gives no date, when it was published this close to the other report.
VISIT_DATE_WINDOW_DAYS = 3
REPORT_WINDOW_DAYS = 7

PROGRAM_PREFIX = re.compile(r"^(?:program|inovasi|aplikasi|gerakan)\s+", re.IGNORECASE)


def official_id(name: str, region_code: str | None) -> str:
    """The same person across articles: same name (case and spacing folded) and same region."""
    return store.stable_id("official", " ".join(name.casefold().split()), region_code)


def program_key(name: str) -> str:
    """Fold the ways articles write one program: case, quotes, hyphens, a leading "program"/"inovasi"."""
    folded = re.sub(r"[\"'“”‘’]", "", name).replace("-", " ")
    folded = " ".join(folded.casefold().split())
    return PROGRAM_PREFIX.sub("", folded) or folded


def program_id(name: str) -> str:
    return store.stable_id("program", program_key(name))


def find_visit(db: sqlite_utils.Database, visit: dict[str, Any], article: dict[str, Any]) -> str | None:
    """An already stored visit that this report describes too (same pair, close in time), if any."""
    pair = (visit["visitor_code"], visit["host_code"])
    date, published = visit.get("date"), article.get("published")
    if date:
        row = db.conn.execute(
            "SELECT id FROM visits WHERE visitor_code = ? AND host_code = ? AND date IS NOT NULL "
            "AND abs(julianday(date) - julianday(?)) <= ? ORDER BY abs(julianday(date) - julianday(?)) LIMIT 1",
            (*pair, date, VISIT_DATE_WINDOW_DAYS, date)).fetchone()
        if row:
            return row[0]
    anchor = date or published
    if not anchor:
        return None
    # An undated visit reported near this date, or (for an undated report) a dated visit shortly before.
    row = db.conn.execute(
        "SELECT v.id FROM visits v JOIN visit_articles va ON va.visit_id = v.id "
        "JOIN articles a ON a.id = va.article_id WHERE v.visitor_code = ? AND v.host_code = ? AND ("
        "  (v.date IS NULL AND abs(julianday(a.published) - julianday(?)) <= ?)"
        "  OR (? IS NULL AND julianday(?) - julianday(v.date) BETWEEN -1 AND ?)"
        ") ORDER BY v.id LIMIT 1",
        (*pair, anchor, REPORT_WINDOW_DAYS, date, anchor, REPORT_WINDOW_DAYS)).fetchone()
    return row[0] if row else None


def visit_id(db: sqlite_utils.Database, visit: dict[str, Any], article: dict[str, Any]) -> str:
    """The visit this report belongs to: an existing one it matches, else a new deterministic id."""
    found = find_visit(db, visit, article)
    if found:
        return found
    anchor = visit.get("date") or f"article:{article['id']}"
    return store.stable_id("visit", visit["visitor_code"], visit["host_code"], anchor)


def _mention_rows(article_id: int, entity_type: str, entity_id: str, mentions: list[dict],
                  version: str) -> list[dict[str, Any]]:
    rows = []
    for m in mentions or []:
        field = m.get("field", "text")
        rows.append({
            "id": store.stable_id(article_id, entity_type, entity_id, field, m["start"], m["end"]),
            "article_id": article_id, "entity_type": entity_type, "entity_id": entity_id,
            "start": m["start"] if field == "text" else None,
            "end": m["end"] if field == "text" else None,
            "text": m.get("text"), "sentence": m.get("sentence"), "tagger_version": version,
        })
    return rows


@functools.cache
def _upsert_sql(table: str, columns: tuple[str, ...]) -> str:
    pk = store.SCHEMA[table]["pk"]
    keys = (pk,) if isinstance(pk, str) else pk
    update = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns if c not in keys)
    return (f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)}) ON CONFLICT({', '.join(keys)}) "
            + (f"DO UPDATE SET {update}" if update else "DO NOTHING"))


def upsert(db: sqlite_utils.Database, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert or update ``rows`` (all with the same keys) by the table's primary key, as sqlite-utils' ``upsert``
    does, without its per-call schema introspection (the tag stage's writer is its bottleneck with --jobs)."""
    if rows:
        columns = tuple(rows[0])
        db.conn.executemany(_upsert_sql(table, columns), [tuple(r[c] for c in columns) for r in rows])


def clear_article(db: sqlite_utils.Database, article_id: int) -> None:
    """Remove every row derived from one article (not the article itself)."""
    for table in store.ARTICLE_DERIVED:
        db.conn.execute(f"DELETE FROM [{table}] WHERE article_id = ?", (article_id,))


def write_result(db: sqlite_utils.Database, article: dict[str, Any], result: dict[str, Any],
                 version: str) -> set[str]:
    """Replace one article's derived rows with the tagger's ``result`` (in the caller's transaction);
    returns the ids of the visits the article reports."""
    article_id = article["id"]
    clear_article(db, article_id)
    mentions: list[dict[str, Any]] = []
    visit_ids: set[str] = set()

    for region in result.get("regions", []):
        mentions += _mention_rows(article_id, "region", region["code"], region.get("mentions"), version)

    officials_by_name: dict[str, str] = {}
    for official in result.get("officials", []):
        oid = official_id(official["name"], official.get("region_code"))
        officials_by_name[official["name"]] = oid
        db.conn.execute(
            "INSERT INTO officials (id, name, position, region_code, tagger_version) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET tagger_version = excluded.tagger_version",
            (oid, official["name"], official.get("position"), official.get("region_code"), version))
        if official.get("position"):
            db.conn.execute(
                "INSERT OR IGNORE INTO official_roles (official_id, position, region_code, article_id) "
                "VALUES (?, ?, ?, ?)", (oid, official["position"], official.get("region_code"), article_id))
        mentions += _mention_rows(article_id, "official", oid, official.get("mentions"), version)

    programs_by_name: dict[str, str] = {}
    for program in result.get("programs", []):
        pid = program_id(program["name"])
        programs_by_name[program["name"]] = pid
        db.conn.execute(
            "INSERT INTO programs (id, name, region_code, tagger_version) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET region_code = coalesce(programs.region_code, excluded.region_code)",
            (pid, program["name"], program.get("region_code"), version))
        db.conn.execute("INSERT OR IGNORE INTO program_aliases (program_id, alias, article_id) VALUES (?, ?, ?)",
                        (pid, program["name"], article_id))
        mentions += _mention_rows(article_id, "program", pid, program.get("mentions"), version)

    for visit in result.get("visits", []):
        if not (visit.get("visitor_code") and visit.get("host_code")):
            continue
        vid = visit_id(db, visit, article)
        visit_ids.add(vid)
        leader_id = officials_by_name.get(visit.get("leader") or "")
        evidence = visit.get("evidence") or {}
        report = {"date": visit.get("date"), "kind": visit.get("kind"), "leader_id": leader_id,
                  "leader": visit.get("leader"), "delegation_size": visit.get("delegation_size")}
        db.conn.execute(
            "INSERT OR IGNORE INTO visits (id, visitor_code, host_code, date, kind, leader_id, leader, "
            "delegation_size, evidence, article_count, tagger_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
            (vid, visit["visitor_code"], visit["host_code"], report["date"], report["kind"], leader_id,
             report["leader"], report["delegation_size"], evidence.get("text"), version))
        upsert(db, "visit_articles", [{
            "visit_id": vid, "article_id": article_id, "sentence": evidence.get("text"),
            "start": evidence.get("start"), "end": evidence.get("end"), **report,
        }])
        roles = [("leader", [visit.get("leader")]), ("member", visit.get("members") or []),
                 ("host", visit.get("host_officials") or [])]
        for role, names in roles:
            for name in names:
                if name and name in officials_by_name:
                    upsert(db, "visit_officials", [{
                        "visit_id": vid, "official_id": officials_by_name[name], "role": role,
                        "article_id": article_id,
                    }])
        for name in visit.get("programs") or []:
            if name in programs_by_name:
                upsert(db, "visit_programs", [{
                    "visit_id": vid, "program_id": programs_by_name[name], "article_id": article_id,
                }])
        if evidence.get("start") is not None:
            mentions += _mention_rows(article_id, "visit", vid, [evidence], version)

    if mentions:
        upsert(db, "mentions", mentions)
    db.conn.execute("UPDATE articles SET tagger_version = ?, tagged = ? WHERE id = ?",
                    (version, store.now(), article_id))
    return visit_ids


def _most_reported(column: str) -> str:
    """SQL for the value of a visit_articles column that most reports of a visit agree on."""
    return (f"(SELECT {column} FROM visit_articles WHERE visit_id = visits.id AND {column} IS NOT NULL "
            f"GROUP BY {column} ORDER BY count(*) DESC, min(article_id) LIMIT 1)")


def refresh_aggregates(db: sqlite_utils.Database) -> None:
    """Drop entities no article supports any more; merge what the reports say into visits, officials
    (current position, first/last seen) and programs (canonical name: the name most articles use)."""
    with db.conn:
        db.conn.execute("DELETE FROM visits WHERE id NOT IN (SELECT visit_id FROM visit_articles)")
        db.conn.execute(
            "DELETE FROM officials WHERE id NOT IN (SELECT entity_id FROM mentions WHERE entity_type = 'official') "
            "AND id NOT IN (SELECT official_id FROM official_roles) "
            "AND id NOT IN (SELECT leader_id FROM visit_articles WHERE leader_id IS NOT NULL)")
        db.conn.execute("DELETE FROM programs WHERE id NOT IN (SELECT program_id FROM program_aliases)")
        db.conn.execute(
            "UPDATE visits SET article_count = (SELECT count(*) FROM visit_articles WHERE visit_id = visits.id), "
            f"date = {_most_reported('date')}, kind = {_most_reported('kind')}, "
            f"leader = {_most_reported('leader')}, delegation_size = {_most_reported('delegation_size')}, "
            "evidence = (SELECT sentence FROM visit_articles WHERE visit_id = visits.id "
            "  ORDER BY sentence IS NULL, article_id LIMIT 1)")
        db.conn.execute(
            "UPDATE visits SET leader_id = (SELECT leader_id FROM visit_articles WHERE visit_id = visits.id "
            "AND leader = visits.leader AND leader_id IS NOT NULL LIMIT 1)")
        db.conn.execute(
            "UPDATE officials SET "
            "position = coalesce((SELECT r.position FROM official_roles r JOIN articles a ON a.id = r.article_id "
            "  WHERE r.official_id = officials.id ORDER BY a.published DESC, r.article_id DESC LIMIT 1), position), "
            "first_seen = (SELECT min(a.published) FROM official_roles r JOIN articles a ON a.id = r.article_id "
            "  WHERE r.official_id = officials.id), "
            "last_seen = (SELECT max(a.published) FROM official_roles r JOIN articles a ON a.id = r.article_id "
            "  WHERE r.official_id = officials.id)")
        db.conn.execute(
            "UPDATE programs SET name = (SELECT alias FROM program_aliases WHERE program_id = programs.id "
            "GROUP BY alias ORDER BY count(*) DESC, length(alias) DESC, alias LIMIT 1)")
    from kunker import corrections  # visits' confidence, then the maintainers' corrections re-applied

    corrections.refresh(db)


def print_progress(done: int, total: int, elapsed: float) -> None:
    rate = done / elapsed if elapsed > 0 else 0.0
    eta = (total - done) / rate if rate > 0 else 0.0
    print(f"\rtagged {done}/{total} articles, {rate:.1f}/s, ETA {eta:.0f} s", end="", file=sys.stderr,
          flush=True)


def say_waiting(holder: str) -> None:
    print(f"tag: another tagging run holds this database ({holder}); waiting for it to finish", file=sys.stderr,
          flush=True)


Outcome = tuple[dict[str, Any] | None, str | None]  # (result, None) or (None, why tagging failed)
FAILURE = "tagging failed"  # the prefix of the warning the tagger gives when it caught its own error
SHOWN_FAILURES = 20  # failures printed one per line; the rest only counted


def extract_checked(tagger: Any, article: dict[str, Any]) -> Outcome:
    """Tag one article; a failure (raised, or reported by the tagger as a warning) becomes its reason."""
    try:
        result = tagger.extract(article)
    except Exception as exc:  # noqa: BLE001 - one article must not stop the run; counted and reported
        return None, f"{type(exc).__name__}: {exc}"
    failure = next((w for w in result.get("warnings") or [] if w.startswith(FAILURE)), None)
    return (None, failure.removeprefix(FAILURE).lstrip(": ")) if failure else (result, None)


_WORKER_TAGGER: Any = None  # the tagger a --jobs worker inherits from the main process (fork)


def _worker_init(profile: str | None = None, models: str | None = None) -> None:
    """Start a worker; with ``profile`` (spawned, not forked) it builds its own tagger."""
    global _WORKER_TAGGER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the main process handles it
    try:  # die with the main process, even when it is killed
        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if profile is not None:
        import torch

        from nlp import Tagger

        torch.set_num_threads(1)  # N workers on N cores, not N x cores threads
        _WORKER_TAGGER = Tagger(profile=profile, models=models)


def _worker_extract(article: dict[str, Any]) -> Outcome:
    return extract_checked(_WORKER_TAGGER, article)


def start_workers(tagger: Any, jobs: int) -> multiprocessing.pool.Pool | None:
    """``jobs`` tagging processes, or None for one job. The model-free tagger is shared by forking (instant);
    the full profile's torch does not survive a fork (its thread pool hangs), so those workers are spawned and
    load the models themselves."""
    global _WORKER_TAGGER
    if jobs <= 1:
        return None
    _WORKER_TAGGER = tagger
    profile = getattr(tagger, "profile", "free")
    spawn = profile != "free"
    # A Ctrl-C while the workers start is held back and raised once they all exist (it may land on any thread, and
    # a KeyboardInterrupt raised between a fork and the pool's bookkeeping would orphan a worker).
    held: list[int] = []
    in_main = threading.current_thread() is threading.main_thread()  # only there can a handler be set
    previous = signal.signal(signal.SIGINT, lambda signum, frame: held.append(signum)) if in_main else None
    pool = None
    try:
        context = multiprocessing.get_context("spawn" if spawn else "fork")
        initargs = (profile, tagger.models) if spawn else ()
        pool = context.Pool(jobs, initializer=_worker_init, initargs=initargs)
    finally:
        if in_main:
            signal.signal(signal.SIGINT, previous)
    if held:
        stop_workers(pool)
        raise KeyboardInterrupt
    return pool


def stop_workers(pool: multiprocessing.pool.Pool | None) -> None:
    """Stop the tagging processes and reap every one, also those a half-built or stopping pool left behind."""
    if pool is not None:
        pool.terminate()
        pool.join()
    for child in multiprocessing.active_children():
        child.terminate()
        child.join()


def tag_database(db: sqlite_utils.Database, tagger: Any, retag_all: bool = False,
                 progress: ProgressFn | None = print_progress, batch: int = 50, jobs: int = 1,
                 on_wait: Callable[[str], None] | None = say_waiting) -> dict[str, Any]:
    """Tag every article not yet tagged by ``tagger.version``; commit every ``batch`` articles.

    One tagging run per database at a time: a second one waits (``on_wait`` says so), then finds only what is
    left. With ``jobs`` > 1 the articles are tagged in that many processes and written here, in id order, so
    the database ends the same as with one job. An article whose tagging fails is reported on stderr, counted
    in ``failed`` and left untagged (tried again next run); an implausible ``published`` is reported and the
    article tagged without it.

    Returns a summary: articles tagged, failed, regions/officials/programs found, visits (distinct stored visits
    the tagged articles report), seconds.
    """
    run = _Run(db, tagger.version, progress)
    pool = None
    try:
        pool = start_workers(tagger, jobs)  # before the lock is taken: the workers must not inherit it
        with store.exclusive(db, "tag", on_wait=on_wait):
            todo = store.article_ids_to_tag(db, tagger.version, retag_all)
            run.total = len(todo)
            batches = (run.fetch(todo[i:i + batch]) for i in range(0, len(todo), batch))
            if pool is None:
                for articles in batches:
                    run.write(articles, [extract_checked(tagger, a) for a in articles])
            else:
                pending: deque[tuple[list[dict[str, Any]], Any]] = deque()
                chunk = max(1, batch // (jobs * 2))
                for articles in batches:
                    pending.append((articles, pool.map_async(_worker_extract, articles, chunksize=chunk)))
                    if len(pending) > jobs:  # keep the workers busy while this process writes
                        done, waiting = pending.popleft()
                        run.write(done, waiting.get())
                while pending:
                    done, waiting = pending.popleft()
                    run.write(done, waiting.get())
            refresh_aggregates(db)
    finally:
        run.close_progress()
        stop_workers(pool)
    return run.summary()


class _Run:
    """One tagging run's counts, reports and progress line."""

    def __init__(self, db: sqlite_utils.Database, version: str, progress: ProgressFn | None) -> None:
        self.db, self.version, self.progress = db, version, progress
        self.started = time.perf_counter()
        self.total = 0
        self.counts: dict[str, Any] = {"articles": 0, "failed": 0, "regions": 0, "officials": 0, "programs": 0,
                                       "visits": 0, "warnings": 0}
        self.visits: set[str] = set()
        self.open_line = False  # a progress line waits for its newline

    def report(self, message: str) -> None:
        print(("\n" if self.open_line else "") + f"tag: {message}", file=sys.stderr)
        self.open_line = False

    def close_progress(self) -> None:
        if self.open_line:
            print(file=sys.stderr)
            self.open_line = False

    def fetch(self, ids: list[int]) -> list[dict[str, Any]]:
        """The articles to tag, an implausible ``published`` dropped (and reported)."""
        marks = ",".join("?" for _ in ids)
        articles = list(self.db.query(
            f"SELECT id, url, title, published, text FROM articles WHERE id IN ({marks}) ORDER BY id", ids))
        for article in articles:
            article["published"], why = check_published(article["published"])
            if why:
                self.report(f"article {article['id']} ({article['url']}): {why}")
        return articles

    def write(self, articles: list[dict[str, Any]], outcomes: list[Outcome]) -> None:
        before = self.counts["failed"]
        for n, failure in enumerate(_write_batch(self.db, articles, outcomes, self.version, self.counts,
                                                 self.visits)):
            if before + n < SHOWN_FAILURES:
                self.report(failure)
        if self.progress:
            done = self.counts["articles"] + self.counts["failed"]
            self.progress(done, self.total, time.perf_counter() - self.started)
            self.open_line = True

    def summary(self) -> dict[str, Any]:
        if self.counts["failed"] > SHOWN_FAILURES:
            self.report(f"... and {self.counts['failed'] - SHOWN_FAILURES} more failures")
        return {**self.counts, "visits": len(self.visits), "tagger_version": self.version,
                "seconds": round(time.perf_counter() - self.started, 2)}


def _write_batch(db: sqlite_utils.Database, articles: list[dict[str, Any]], outcomes: list[Outcome],
                 version: str, counts: dict[str, Any], visits: set[str]) -> list[str]:
    """Write one batch in one transaction; an article that cannot be written is rolled back alone.
    Returns a line per failed article."""
    failures = []
    with db.conn:
        if not db.conn.in_transaction:
            db.conn.execute("BEGIN")
        for article, (result, failure) in zip(articles, outcomes, strict=True):
            if result is not None:
                db.conn.execute("SAVEPOINT article")
                try:
                    visits.update(write_result(db, article, result, version))
                except (sqlite3.Error, KeyError, TypeError, ValueError) as exc:
                    db.conn.execute("ROLLBACK TO article")
                    failure = f"not written: {type(exc).__name__}: {exc}"
                finally:
                    db.conn.execute("RELEASE article")
            if failure is not None:
                counts["failed"] += 1
                failures.append(f"article {article['id']} ({article['url']}): tagging failed: {failure}")
                continue
            counts["articles"] += 1
            for key in ("regions", "officials", "programs"):
                counts[key] += len(result.get(key, []))
            counts["warnings"] += bool(result.get("warnings"))
    return failures
