"""The tag stage: run the ``nlp`` tagger over stored articles and write entities, visits and mentions.

Re-tagging an article first removes everything previously derived from it, so the stage is
idempotent and a better tagger simply replaces old results. Entities shared across articles
(officials, programs, visits) are keyed deterministically and removed once no article supports them.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.pool
import signal
import sqlite3
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

import sqlite_utils

from kunker import aggregates, corrections
from kunker import db as store
from nlp.results import Result
from nlp.robust import check_published

ProgressFn = Callable[[int, int, float], None]


def finish(db: sqlite_utils.Database, visit_ids: set[str]) -> None:
    """After a tagging run: merge the reports into visits, officials and programs (kunker/db.py), score the
    visits' confidence and re-apply the maintainers' corrections (kunker/corrections.py), then count the visits
    the run touched (``visit_ids``) and those re-scored into the agg_* tables (kunker/aggregates.py, which
    rebuilds them all when that is most of the visits, e.g. after the confidence rules changed)."""
    store.merge_reports(db)
    aggregates.refresh(db, visit_ids | corrections.refresh(db))


def print_progress(done: int, total: int, elapsed: float) -> None:
    rate = done / elapsed if elapsed > 0 else 0.0
    eta = (total - done) / rate if rate > 0 else 0.0
    print(f"\rtagged {done}/{total} articles, {rate:.1f}/s, ETA {eta:.0f} s", end="", file=sys.stderr,
          flush=True)


def say_waiting(holder: str) -> None:
    print(f"tag: another tagging run holds this database ({holder}); waiting for it to finish", file=sys.stderr,
          flush=True)


Outcome = tuple[Result | None, str | None]  # (result, None) or (None, why tagging failed)
SHOWN_FAILURES = 20  # failures printed one per line; the rest only counted


def extract_checked(tagger: Any, article: dict[str, Any]) -> Outcome:
    """Tag one article; a failure (raised, or reported by the tagger as a warning) becomes its reason."""
    try:
        result = tagger.tag(article)
    except Exception as exc:  # noqa: BLE001 - one article must not stop the run; counted and reported
        return None, f"{type(exc).__name__}: {exc}"
    failure = result.failure()
    return (None, failure.removeprefix("tagging failed").lstrip(": ")) if failure else (result, None)


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
            finish(db, run.touched | run.visits)
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
        self.touched: set[str] = set()  # visits the tagged articles reported before this run
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
        self.touched |= aggregates.visits_of_articles(self.db, [a["id"] for a, (r, _) in zip(
            articles, outcomes, strict=True) if r is not None])
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
                    visits.update(store.write_result(db, article, result, version))
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
            counts["regions"] += len(result.regions)
            counts["officials"] += len(result.officials)
            counts["programs"] += len(result.programs)
            counts["warnings"] += bool(result.warnings)
    return failures
