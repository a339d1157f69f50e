"""The single writer of a scaled-out crawl: consume the Redis item list, store through ``kunker.db``, tag.

Crawler workers (``KUNKER_REDIS_URL`` set, see ``crawler/scaleout.py``) push events to ``kunker:items``:
``run_open``, ``article``, ``error``, ``worker_closed`` and ``run_closed``. ``kunker ingest`` takes them one by
one with ``BLMOVE kunker:items -> kunker:items:processing``, writes them (each write commits) and only then
removes them from the processing list (the acknowledgement). An ingester killed at any point loses nothing:
at start it moves what is still in the processing list back to the head of the item list, and handling an
event twice changes nothing (articles are upserted by URL, errors keyed by run and URL, runs closed once).
Every event is validated first (:func:`validate_event`: its type, the types and sizes of its fields, an
``http(s)`` URL, a real date, text that is valid Unicode); an event that fails, or that cannot be handled, is
moved to ``kunker:items:failed`` with the reason and logged in one line; the ingester goes on.

Run rows: ``run_open`` creates the ``crawl_runs`` row (status running), articles count into
``articles_new``/``articles_updated``, and ``run_closed`` (sent by the last worker of the run) completes it and
runs the checks of ``crawler/monitors.py`` on the whole run; a run without articles fails its "articles" check
with the reason the workers give (``empty_reason``: no listing found, every page judged non-article, ...), as a
local crawl does. Stored article URLs are added to
``kunker:SOURCE:known`` so that workers skip them on the next run.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import sqlite_utils

from kunker import db as store
from kunker.errors import UserError
from kunker.settings import REDIS_ITEMS_KEY
from kunker.tagger_options import add_tagger_options

logger = logging.getLogger(__name__)

ITEMS_KEY = REDIS_ITEMS_KEY
ARTICLE_FIELDS = ("url", "canonical_url", "source", "title", "published", "text", "author", "external_id")
MAX_TEXT = 2_000_000  # characters of one article's text
MAX_FIELD = 4_000  # characters of a URL, title, author, reason or name
URL_RE = re.compile(r"^https?://[^\s]+$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# event type -> required string fields, optional string fields
EVENT_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "article": (("url", "text"), ("run_id", "canonical_url", "source", "title", "published", "author",
                                  "external_id")),
    "error": (("url", "reason"), ("run_id", "source")),
    "run_open": (("run_id", "source"), ("url", "region_code", "kind", "worker", "started")),
    "worker_closed": (("run_id", "source"), ("worker", "entry_method", "entry_reason", "entry_failed", "reason",
                                             "empty_reason")),
    "run_closed": (("run_id", "source"), ("entry_method", "entry_reason", "finish_reason", "empty_reason")),
}
NUMBER_FIELDS = ("pages", "items", "skipped_known", "invalid_items", "errors", "max_error_rate", "min_articles")


class BadEvent(ValueError):
    """An event that is not one a crawler worker writes."""


def _check_string(name: str, value: Any, limit: int) -> None:
    if not isinstance(value, str):
        raise BadEvent(f"{name} is {type(value).__name__}, not a string")
    if len(value) > limit:
        raise BadEvent(f"{name} is {len(value)} characters long (max {limit})")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise BadEvent(f"{name} holds a lone surrogate (not valid Unicode)") from None


def validate_event(event: Any) -> dict[str, Any]:
    """Return ``event`` when it is a well-formed ingester event; raise :class:`BadEvent` naming the problem."""
    if not isinstance(event, dict):
        raise BadEvent(f"event is {type(event).__name__}, not an object")
    kind = event.get("type")
    if kind not in EVENT_FIELDS:
        raise BadEvent(f"unknown event type {str(kind)[:40]!r}")
    required, optional = EVENT_FIELDS[kind]
    for name in required:
        if event.get(name) in (None, ""):
            raise BadEvent(f"{kind} event without {name}")
    for name in (*required, *optional):
        if event.get(name) is not None:
            _check_string(name, event[name], MAX_TEXT if name == "text" else MAX_FIELD)
    for name in ("url", "canonical_url"):
        if event.get(name) and kind in ("article", "error") and not URL_RE.match(event[name]):
            raise BadEvent(f"{name} is not an http(s) URL: {event[name][:80]!r}")
    if kind == "article" and event.get("published"):
        published = event["published"]
        try:
            day = date.fromisoformat(published) if DATE_RE.match(published) else None
        except ValueError:
            day = None
        if day is None or not 1900 <= day.year <= date.today().year + 1:
            raise BadEvent(f"published is not a plausible YYYY-MM-DD date: {published[:40]!r}")
    for name in NUMBER_FIELDS:
        value = event.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)
                                  or not 0 <= value < 1e12):
            raise BadEvent(f"{name} is not a count: {str(value)[:40]!r}")
    if "starter" in event and not isinstance(event["starter"], bool):
        raise BadEvent("starter is not true or false")
    return event


def processing_key(items_key: str) -> str:
    return f"{items_key}:processing"


def failed_key(items_key: str) -> str:
    return f"{items_key}:failed"


class Ingester:
    """Consume ``items_key`` into the database ``db``; tag new articles with ``tagger`` when given.

    Events are taken in batches of up to ``batch`` and written in one transaction (a savepoint per event, so
    a bad event is set aside alone); Redis side effects (known URLs) follow the commit; acknowledgements
    follow both.
    """

    def __init__(self, db: sqlite_utils.Database, server: Any, items_key: str = ITEMS_KEY, tagger: Any = None,
                 tag_every: int = 500, batch: int = 100, jobs: int = 1) -> None:
        self.db = db
        self.server = server
        self.items_key = items_key
        self.processing = processing_key(items_key)
        self.tagger = tagger
        self.tag_every = tag_every
        self.jobs = jobs  # tagging processes, as ``kunker tag --jobs``
        self.batch = batch
        self.untagged = 0
        self.after_commit: list[Callable[[], Any]] = []
        self.counts = {"events": 0, "new": 0, "updated": 0, "unchanged": 0, "duplicate": 0, "errors": 0,
                       "runs_closed": 0, "failed_events": 0, "tagged": 0, "recovered": 0}

    # -- consumption -------------------------------------------------------------------------------
    def recover(self) -> int:
        """Put events a killed ingester had taken but not acknowledged back at the head of the list."""
        moved = 0
        while self.server.lmove(self.processing, self.items_key, "RIGHT", "LEFT") is not None:
            moved += 1
        if moved:
            logger.warning("ingest: %d unacknowledged events from an earlier ingester back in %s", moved,
                           self.items_key)
        self.counts["recovered"] += moved
        return moved

    def step(self, block: float = 1.0) -> int:
        """Handle the next batch of events (waiting up to ``block`` seconds for the first); return how many."""
        first = self.server.blmove(self.items_key, self.processing, block, "LEFT", "RIGHT")
        if first is None:
            return 0
        raws = [first]
        while len(raws) < self.batch:
            raw = self.server.lmove(self.items_key, self.processing, "LEFT", "RIGHT")
            if raw is None:
                break
            raws.append(raw)
        conn = self.db.conn
        failed: list[tuple[str, str]] = []
        conn.execute("BEGIN")
        try:
            for raw in raws:
                conn.execute("SAVEPOINT event")
                try:
                    self.handle(validate_event(json.loads(raw)))
                except Exception as exc:  # noqa: BLE001 - a bad event must not stop the writer
                    conn.execute("ROLLBACK TO event")
                    failed.append((raw, f"{exc.__class__.__name__}: {str(exc)[:300]}"))
                conn.execute("RELEASE event")
            conn.commit()
        except BaseException:
            conn.rollback()
            self.after_commit.clear()
            raise
        for action in self.after_commit:
            action()
        self.after_commit.clear()
        with self.server.pipeline() as ack:
            for raw, error in failed:
                logger.error("ingest: skipped an event (%s): %s", ascii(error)[1:-1], ascii(raw[:200]))
                ack.rpush(failed_key(self.items_key), json.dumps({"error": error, "event": raw}))
            for raw in raws:
                ack.lrem(self.processing, 1, raw)
            ack.execute()
        self.counts["failed_events"] += len(failed)
        self.counts["events"] += len(raws)
        return len(raws)

    def run(self, idle_exit: float | None = None, block: float = 1.0,
            progress: Callable[[Ingester], None] | None = None, progress_every: float = 10.0) -> dict[str, int]:
        """Consume until interrupted, or until the list stayed empty ``idle_exit`` seconds; return counts."""
        self.recover()
        idle_since = time.monotonic()
        last_progress = time.monotonic()
        while True:
            if self.step(block):
                idle_since = time.monotonic()
                if self.untagged >= self.tag_every:
                    self.tag()
            else:
                self.tag()
                if idle_exit is not None and time.monotonic() - idle_since >= idle_exit:
                    break
            if progress and time.monotonic() - last_progress >= progress_every:
                progress(self)
                last_progress = time.monotonic()
        self.tag()
        return dict(self.counts)

    def tag(self) -> None:
        if self.tagger is None or not self.untagged:
            return
        from kunker.tagging import tag_database

        summary = tag_database(self.db, self.tagger, progress=None, jobs=self.jobs)
        self.counts["tagged"] += summary["articles"]
        self.untagged = 0

    # -- events (inside the batch transaction: kunker.db writes join it as savepoints) ---------------
    def handle(self, event: dict[str, Any]) -> None:
        kind = event.get("type")
        handler = {"article": self.on_article, "error": self.on_error, "run_open": self.on_run_open,
                   "worker_closed": self.on_worker_closed, "run_closed": self.on_run_closed}.get(kind)
        if handler is None:
            raise ValueError(f"unknown event type {kind!r}")
        handler(event)

    def _ensure_source(self, name: str | None) -> None:
        if name and self.db.conn.execute("SELECT 1 FROM sources WHERE name = ?", (name,)).fetchone() is None:
            store.upsert_source(self.db, name, "", None)

    def on_run_open(self, event: dict[str, Any]) -> None:
        store.upsert_source(self.db, event["source"], event.get("url") or "", event.get("region_code"),
                            event.get("kind"))
        store.open_run(self.db, event["run_id"], event["source"], started=event.get("started"))

    def on_article(self, event: dict[str, Any]) -> None:
        article = {k: event.get(k) for k in ARTICLE_FIELDS}
        if not article["url"] or not article["text"]:
            raise ValueError("article event without url or text")
        self._ensure_source(article["source"])
        outcome = store.upsert_article(self.db, article)
        self.counts[outcome] += 1
        store.count_article(self.db, event.get("run_id"), outcome)
        if outcome in ("new", "updated"):
            self.untagged += 1
        if article["source"]:
            known, url = f"kunker:{article['source']}:known", article["url"]
            self.after_commit.append(lambda: self.server.sadd(known, url))

    def on_error(self, event: dict[str, Any]) -> None:
        self._ensure_source(event.get("source"))
        store.record_error(self.db, event.get("run_id") or None, event.get("source"), event["url"], event["reason"])
        self.counts["errors"] += 1

    def on_worker_closed(self, event: dict[str, Any]) -> None:
        method = event.get("entry_method")
        if method and method != "none":
            store.set_entry(self.db, event["run_id"], method, event.get("entry_reason") or "")
        if event.get("entry_failed"):
            store.set_entry(self.db, event["run_id"], reason=f"FAILED: {event['entry_failed']}")

    def on_run_closed(self, event: dict[str, Any]) -> None:
        from crawler import settings as crawl_settings
        from crawler.monitors import RunFacts, evaluate, record

        run_id = event["run_id"]
        run = self.db["crawl_runs"].get(run_id) if self.db["crawl_runs"].count_where("id = ?", [run_id]) else None
        if run is None or run["status"] != "running":
            return  # closed already (an event handled twice, or a duplicate close)
        method, reason = run["entry_method"], run["entry_reason"]
        if (not method or method == "none") and event.get("entry_method", "none") != "none":
            method = event["entry_method"]  # the worker that chose it did not report (killed)
            store.set_entry(self.db, run_id, method, reason or event.get("entry_reason"))
        pages = int(event.get("pages", 0))
        seen = int(event.get("items", 0)) + int(event.get("skipped_known", 0))
        status = store.close_run(self.db, run_id, pages=pages, articles_seen=seen,
                                 finish_reason=event.get("finish_reason") or "finished",
                                 entry_failed=(reason or "").startswith("FAILED"))
        run = self.db["crawl_runs"].get(run_id)
        new, updated, errors = run["articles_new"], run["articles_updated"], run["errors"]
        if method and method != "none":
            last = f"kunker:{event['source']}:last_method"
            self.after_commit.append(lambda: self.server.set(last, method))
        facts = RunFacts(source=event["source"], finish_reason="finished" if pages else "failed", pages=pages,
                         errors=errors, articles_seen=seen, invalid_items=int(event.get("invalid_items", 0)),
                         empty_reason=event.get("empty_reason") or "")
        checks = evaluate(facts, float(event.get("max_error_rate", crawl_settings.KUNKER_MAX_ERROR_RATE)),
                          int(event.get("min_articles", crawl_settings.KUNKER_MIN_ARTICLES)))
        record(self.db, run_id, event["source"], checks)
        self.counts["runs_closed"] += 1
        logger.info("ingest: run %s of %s closed: %s, %d pages, %d new, %d updated, %d errors", run_id,
                    event["source"], status, pages, new, updated, errors)


def print_progress(ingester: Ingester, stream: Any = None) -> None:
    """One line of counts on ``stream`` (default: sys.stderr at the time of the call)."""
    c = ingester.counts
    waiting = ingester.server.llen(ingester.items_key)
    print(f"ingest: {c['events']} events, {c['new']} new, {c['updated']} updated, {c['unchanged']} unchanged, "
          f"{c['errors']} errors, {c['runs_closed']} runs closed, {c['tagged']} tagged, {waiting} waiting",
          file=stream or sys.stderr, flush=True)


def redact(url: str) -> str:
    """``url`` with its password shown as ``***`` (for messages and logs)."""
    return re.sub(r"^(\w+://[^:/@]*:)[^/?#]*@", r"\1***@", url)


def cmd_ingest(args: argparse.Namespace) -> int:
    """``kunker ingest --redis URL --db D``: run the single writer until interrupted (or idle)."""
    import redis

    if not args.redis:
        raise UserError("no Redis URL: give --redis URL or set KUNKER_REDIS_URL")

    # surrogateescape: an event that is not UTF-8 reads as a string (and fails validation), never crashes
    server = redis.Redis.from_url(args.redis, decode_responses=True, encoding_errors="surrogateescape")
    try:
        server.ping()
    except redis.RedisError as exc:
        raise UserError(f"{redact(args.redis)}: cannot reach Redis ({exc.__class__.__name__}: {exc})") from None
    logging.basicConfig(level=logging.INFO, format="%(asctime)s [%(name)s] %(levelname)s: %(message)s")
    tagger = None
    if not args.no_tag:
        from kunker.tagger_options import make_tagger

        tagger = make_tagger(args)
    db = store.connect(args.db)
    ingester = Ingester(db, server, items_key=args.items_key, tagger=tagger, tag_every=args.tag_every,
                        jobs=args.jobs)
    counts = ingester.run(idle_exit=args.idle_exit, progress=print_progress)
    print_progress(ingester, sys.stdout)
    return 1 if counts["failed_events"] else 0


def add_parser(sub: Any) -> argparse.ArgumentParser:
    """Register ``kunker ingest`` on the CLI's subparsers."""
    p = sub.add_parser("ingest", help="store and tag the items Redis crawler workers push (single writer)")
    p.add_argument("--redis", default=os.environ.get("KUNKER_REDIS_URL"),
                   help="Redis URL, e.g. redis://kunker:SECRET@redis.lan:6379/0 or rediss://… for TLS "
                        "(default: $KUNKER_REDIS_URL)")
    p.add_argument("--db", type=Path, default=store.DEFAULT_DB)
    p.add_argument("--items-key", default=ITEMS_KEY, help=f"Redis list to consume (default {ITEMS_KEY})")
    p.add_argument("--idle-exit", type=float, default=None, metavar="SECONDS",
                   help="exit once the list stayed empty this long (default: run until interrupted)")
    p.add_argument("--no-tag", action="store_true", help="store only; run `kunker tag` later")
    p.add_argument("--tag-every", type=int, default=500, help="tag after this many new articles (and when idle)")
    add_tagger_options(p, jobs=True)
    p.set_defaults(func=cmd_ingest)
    return p


def main(argv: list[str] | None = None) -> int:
    """``python -m kunker.ingest ...``: the same as ``kunker ingest ...``."""
    from kunker import commands

    return commands.run(commands.build([add_parser], prog="kunker"),
                        ["ingest", *(sys.argv[1:] if argv is None else argv)])

if __name__ == "__main__":
    sys.exit(main())
