"""Scheduled crawls: ``kunker schedule`` starts the crawls that are due, ``kunker status`` shows each source.

Meant to be run by cron or a systemd timer every few minutes. A source is due when its last run (from
``crawl_runs``) started one crawl interval ago: the source's ``frequency`` in the registry, else the default of
its kind (:data:`DEFAULT_FREQUENCY`). A run that failed or was cut short is retried sooner
(:data:`RETRY_AFTER`). A lock file per source (``<db>.locks/``) keeps a second crawl of a source from starting
while one runs; a lock whose owner died (process gone, or Scrapyd job no longer pending/running) or that is
older than its time to live (:data:`LOCK_TTL`) is stale and taken over.

Local crawls run in a subprocess (``python -m crawler.runner``, the reactor runs once per process) and new
articles are tagged afterwards. With ``--scrapyd URL`` the due crawls are dispatched to Scrapyd's
``schedule.json`` (with ``--redis URL`` the workers push to Redis and ``kunker ingest`` stores and tags, and
``--workers N`` starts N jobs per source on the given Scrapyd hosts in turn; without Redis, the Scrapyd host
writes the database given by ``--db`` itself). Each job carries its source as JSON (``-a source_json``), so the
Scrapyd hosts need no sources file; ``--remote-sources PATH`` names the file on the hosts instead.

The due-time and lock rules are pure functions of ``now`` (tests use a controlled clock).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils
import yaml

from kunker import commands
from kunker import db as store
from kunker.errors import UserError
from kunker.locations import DEFAULT_SOURCES, absolute, database_sources, read_sources
from kunker.tagger_options import add_tagger_options, make_tagger, tagger_settings

FREQUENCY = {"hourly": timedelta(hours=1), "daily": timedelta(days=1), "weekly": timedelta(weeks=1),
             "monthly": timedelta(days=30)}
DEFAULT_FREQUENCY = {"portal": "hourly", "government": "daily"}  # any other kind: daily
RETRY_AFTER = timedelta(hours=1)  # a failed or interrupted run is retried after min(interval, this)
RETRY_STATUSES = ("failed", "interrupted", "running")
LOCK_TTL = timedelta(hours=6)  # longest crawl of one source; an older lock is stale whatever its owner


# -- due times (pure) ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class LastRun:
    started: datetime
    status: str
    finished: datetime | None = None


def frequency_of(source: Any) -> str:
    """The source's crawl frequency: its own, else the default of its kind."""
    return source.frequency or DEFAULT_FREQUENCY.get(source.kind or "", "daily")


def next_due(source: Any, last: LastRun | None) -> datetime | None:
    """When the source is next due; None when it was never crawled (due at once)."""
    if last is None:
        return None
    interval = FREQUENCY[frequency_of(source)]
    if last.status in RETRY_STATUSES or last.status.startswith("stopped"):
        interval = min(interval, RETRY_AFTER)
    return last.started + interval


def is_due(source: Any, last: LastRun | None, now: datetime) -> bool:
    due = next_due(source, last)
    return due is None or due <= now


def due_sources(sources: Iterable[Any], last_runs: dict[str, LastRun], now: datetime) -> list[Any]:
    """The sources due at ``now``, longest overdue first (never crawled first of all)."""
    due = [s for s in sources if is_due(s, last_runs.get(s.name), now)]
    return sorted(due, key=lambda s: next_due(s, last_runs.get(s.name)) or datetime.min.replace(tzinfo=UTC))


def parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def last_runs(db: sqlite_utils.Database) -> dict[str, LastRun]:
    """Each source's latest run from ``crawl_runs``."""
    rows = db.conn.execute(
        "SELECT source, started, status, finished FROM crawl_runs r WHERE rowid = (SELECT rowid FROM crawl_runs "
        "WHERE source = r.source ORDER BY started DESC, rowid DESC LIMIT 1)")
    return {source: LastRun(parse_time(started), status or "unknown", parse_time(finished))
            for source, started, status, finished in rows if started}


# -- locks ----------------------------------------------------------------------------------------------
def lock_is_stale(owner: dict[str, Any] | None, now: datetime, alive: Callable[[dict[str, Any]], bool]) -> bool:
    """A lock is stale when it is unreadable, past its expiry, or its owner is no longer alive."""
    if not owner or "expires" not in owner:
        return True
    return parse_time(owner["expires"]) <= now or not alive(owner)


def local_owner_alive(owner: dict[str, Any]) -> bool:
    """A lock taken on this host is alive while one of its processes runs (other hosts: until expiry)."""
    if owner.get("host") != socket.gethostname():
        return True
    for pid in owner.get("pids", []):
        try:
            os.kill(int(pid), 0)
            return True
        except ProcessLookupError:
            continue
        except PermissionError:
            return True
    return False


class Locks:
    """One lock file per source in ``directory``, created atomically (O_EXCL); see :func:`lock_is_stale`."""

    def __init__(self, directory: Path, alive: Callable[[dict[str, Any]], bool] = local_owner_alive,
                 ttl: timedelta = LOCK_TTL) -> None:
        self.directory = Path(directory)
        self.alive = alive
        self.ttl = ttl

    def path(self, name: str) -> Path:
        return self.directory / (store.stable_id(name) + ".lock")

    def read(self, name: str) -> dict[str, Any] | None:
        try:
            return json.loads(self.path(name).read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return None

    def acquire(self, name: str, now: datetime, **owner: Any) -> bool:
        """Take the lock of source ``name``; False when a live owner holds it."""
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.path(name)
        if path.exists():
            if not lock_is_stale(self.read(name), now, self.alive):
                return False
            try:  # only one of several schedulers taking over a stale lock wins the rename
                path.rename(path.with_suffix(f".stale-{os.getpid()}"))
            except FileNotFoundError:
                return False
            path.with_suffix(f".stale-{os.getpid()}").unlink()
        data = {"source": name, "host": socket.gethostname(), "pids": [os.getpid()], "taken": now.isoformat(),
                "expires": (now + self.ttl).isoformat(), **owner}
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        return True

    def update(self, name: str, **fields: Any) -> None:
        data = {**(self.read(name) or {}), **fields}
        tmp = self.path(name).with_suffix(f".tmp-{os.getpid()}")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        tmp.replace(self.path(name))

    def release(self, name: str) -> None:
        self.path(name).unlink(missing_ok=True)


lock_dir = store.lock_dir


# -- Scrapyd ----------------------------------------------------------------------------------------------
class ScrapydClient:
    """The two Scrapyd endpoints the scheduler uses."""

    def __init__(self, url: str, project: str = "kunker") -> None:
        self.url = url.rstrip("/") + "/"
        self.project = project

    def _open(self, endpoint: str, data: list[tuple[str, str]] | None = None) -> dict[str, Any]:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        query = "" if data is not None else "?" + urllib.parse.urlencode({"project": self.project})
        try:
            with urllib.request.urlopen(self.url + endpoint + query, data=body, timeout=30) as response:
                answer = json.loads(response.read())
        except OSError as exc:
            raise UserError(f"{self.url}: Scrapyd not reachable ({exc.__class__.__name__}: {exc})") from None
        if answer.get("status") != "ok":
            raise UserError(f"{self.url}{endpoint}: {answer.get('message', answer)}")
        return answer

    def active_jobs(self) -> set[str]:
        jobs = self._open("listjobs.json")
        return {job["id"] for state in ("pending", "running") for job in jobs.get(state, [])}

    def schedule(self, sources: str | None, source_name: str, settings: dict[str, str],
                 source_json: str | None = None) -> str:
        """Start one ``news`` job: the source as JSON (``source_json``), else by name from the sources file
        ``sources`` as seen by the Scrapyd host."""
        source = [("source_json", source_json)] if source_json else [("sources", sources or ""),
                                                                     ("source_name", source_name)]
        params = [("project", self.project), ("spider", "news"), *source,
                  *[("setting", f"{k}={v}") for k, v in settings.items()]]
        return self._open("schedule.json", params)["jobid"]


# -- the commands -------------------------------------------------------------------------------------------
def subset_file(sources_path: Path, names: Sequence[str], directory: Path) -> Path:
    """A sources file with only the entries named ``names`` (as written in the registry)."""
    entries = yaml.safe_load(sources_path.read_text(encoding="utf-8"))
    chosen = [e for e in entries if isinstance(e, dict) and e.get("name") in set(names)]
    path = directory / "due-sources.yml"
    path.write_text(yaml.safe_dump(chosen, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def schedule(sources_path: Path, db_path: Path, now: datetime, scrapyd: Sequence[str] = (),
             redis_url: str | None = None, remote_sources: str | None = None, tag: bool = True,
             crawl_settings: Sequence[str] = (), workers: int = 1, stream: Any = None,
             tagger: Callable[[], Any] | None = None, jobs: int = 1) -> dict[str, Any]:
    """Start the crawls due at ``now``; return {due, started, skipped, jobs, exit, tagged, tag_failed}.

    With Scrapyd URLs, each due source becomes ``workers`` jobs (sharing the source's Redis queue when
    ``redis_url`` is given), spread over the Scrapyd hosts in turn. Local crawls are followed by tagging with
    the tagger ``tagger()`` builds (default: the free profile) in ``jobs`` processes. Messages go to ``stream``
    (default: sys.stdout at the time of the call).
    """
    from crawler.sources import source_to_json

    sources = read_sources(sources_path)
    db_path = absolute(db_path)  # the crawl subprocess runs in the project folder
    by_name = {s.name: s for s in sources}
    db = store.connect(db_path)
    due = due_sources(sources, last_runs(db), now)
    clients = [ScrapydClient(url) for url in scrapyd]
    client = clients[0] if clients else None
    active = {job for c in clients for job in c.active_jobs()}
    alive = (lambda owner: bool(set(owner.get("jobs", [])) & active)) if clients else local_owner_alive
    locks = Locks(lock_dir(db_path), alive=alive)
    started, skipped = [], []
    for source in due:
        (started if locks.acquire(source.name, now) else skipped).append(source.name)
    for name in skipped:
        holder = locks.read(name) or {}
        print(f"schedule: {name}: still running ({holder.get('jobs') or holder.get('pids')}, since "
              f"{holder.get('taken')}), not started again", file=stream)
    result: dict[str, Any] = {"due": [s.name for s in due], "started": started, "skipped": skipped, "jobs": {},
                              "exit": 0, "tagged": 0, "tag_failed": 0}
    if not started:
        print(f"schedule: nothing to start ({len(due)} due, {len(sources)} sources)", file=stream)
    elif client:
        settings = {"KUNKER_REDIS_URL": redis_url} if redis_url else {"KUNKER_DB": str(Path(db_path).resolve())}
        settings.update(dict(s.split("=", 1) for s in crawl_settings))
        turn = 0
        for name in started:
            jobs = []
            for _ in range(workers if redis_url else 1):  # without Redis, one writer per source
                host = clients[turn % len(clients)]
                turn += 1
                # The source travels in the job (-a source_json) unless the hosts have the file (--remote-sources)
                jobs.append(host.schedule(remote_sources, name, settings,
                                          source_json=None if remote_sources else source_to_json(by_name[name])))
                print(f"schedule: {name}: Scrapyd job {jobs[-1]} on {host.url}", file=stream)
            locks.update(name, jobs=jobs)
            result["jobs"][name] = jobs
    else:
        with tempfile.TemporaryDirectory() as tmp:
            subset = subset_file(Path(sources_path), started, Path(tmp))
            command = [sys.executable, "-m", "crawler.runner", "--sources", str(subset), "--db", str(db_path)]
            for setting in crawl_settings:
                command += ["-s", setting]
            print(f"schedule: crawling {len(started)} due sources: {', '.join(started)}", file=stream, flush=True)
            process = subprocess.Popen(command, cwd=Path(__file__).resolve().parent.parent)
            for name in started:
                locks.update(name, pids=[os.getpid(), process.pid])
            result["exit"] = process.wait()
        for name in started:
            locks.release(name)
    if tag and not redis_url and started:
        result["tagged"], result["tag_failed"] = tag_new(db, tagger, jobs=jobs, stream=stream)
    return result


def tag_new(db: sqlite_utils.Database, tagger: Callable[[], Any] | None = None, jobs: int = 1,
            stream: Any = None) -> tuple[int, int]:
    """Tag the articles the tagger has not seen; return how many were tagged and how many failed."""
    from kunker.tagging import tag_database
    from nlp import Tagger

    chosen = tagger() if tagger else Tagger(profile="free")
    if not store.article_ids_to_tag(db, chosen.version):
        return 0, 0
    summary = tag_database(db, chosen, progress=None, jobs=jobs)
    print(f"schedule: tagged {summary['articles']} new articles with {summary['tagger_version']}"
          + (f", {summary['failed']} failed" if summary["failed"] else ""), file=stream)
    return summary["articles"], summary["failed"]


def status_rows(sources: Sequence[Any], db: sqlite_utils.Database, now: datetime) -> list[dict[str, Any]]:
    """One row per source: frequency, last run, next due, articles stored, errors and alert of the last run."""
    runs = last_runs(db)
    articles = dict(db.conn.execute("SELECT source, count(*) FROM articles GROUP BY source").fetchall())
    columns = {c for c in db["crawl_runs"].columns_dict}
    alert_sql = "alert" if "alert" in columns else "NULL"
    details = {row[0]: row[1:] for row in db.conn.execute(
        f"SELECT source, errors, articles_new, {alert_sql} FROM crawl_runs r WHERE rowid = (SELECT rowid FROM "
        "crawl_runs WHERE source = r.source ORDER BY started DESC, rowid DESC LIMIT 1)")}
    rows = []
    for source in sources:
        last = runs.get(source.name)
        due = next_due(source, last)
        errors, new, alert = details.get(source.name, (None, None, None))
        rows.append({
            "source": source.name, "every": frequency_of(source),
            "last run": last.started.strftime("%Y-%m-%d %H:%M") if last else "never",
            "status": last.status if last else "-",
            "next due": "now" if due is None or due <= now else due.strftime("%Y-%m-%d %H:%M"),
            "articles": articles.get(source.name, 0), "new": new if new is not None else "-",
            "errors": errors if errors is not None else "-", "alert": alert or "",
        })
    return rows


def print_table(rows: list[dict[str, Any]], stream: Any = None) -> None:
    if not rows:
        return
    header = list(rows[0])
    widths = {h: max(len(h), *(len(str(r[h])) for r in rows)) for h in header}
    numeric = {"articles", "new", "errors"}

    def fmt(row: dict[str, Any]) -> str:
        cells = [str(row[h]).rjust(widths[h]) if h in numeric else str(row[h]).ljust(widths[h]) for h in header]
        return "  ".join(cells).rstrip()

    print(fmt({h: h for h in header}), file=stream)
    print("  ".join("-" * widths[h] for h in header), file=stream)
    for row in rows:
        print(fmt(row), file=stream)


def now_arg(args: argparse.Namespace) -> datetime:
    if args.now:
        try:
            return parse_time(args.now)  # type: ignore[return-value]
        except ValueError:
            raise UserError(f"--now {args.now!r}: expected an ISO 8601 time like 2026-01-31T06:00:00+00:00") from None
    return datetime.now(UTC)


def cmd_schedule(args: argparse.Namespace) -> int:
    if args.redis and not args.scrapyd:
        raise UserError("--redis needs --scrapyd (local crawls write the database directly)")
    if args.workers < 1 or (args.workers > 1 and not args.redis):
        raise UserError(f"--workers {args.workers}: must be 1, or more with --scrapyd and --redis")
    for setting in args.set:
        if "=" not in setting:
            raise UserError(f"-s {setting!r}: expected KEY=VALUE")
    tagger_settings(args)  # a bad --profile/--models stops the run before anything is crawled
    result = schedule(args.sources, args.db, now_arg(args), scrapyd=args.scrapyd, redis_url=args.redis,
                      remote_sources=args.remote_sources, tag=not args.no_tag, crawl_settings=args.set,
                      workers=args.workers, tagger=lambda: make_tagger(args), jobs=args.jobs)
    return 1 if result["exit"] or result["tag_failed"] else 0


def cmd_status(args: argparse.Namespace) -> int:
    """``kunker status``: the sources of ``--sources``, else those the database's crawls used, else the default
    registry (a database never crawled)."""
    now = now_arg(args)
    sources = read_sources(args.sources) if args.sources else None
    if not Path(args.db).exists():
        raise UserError(f"{args.db}: no such database (run 'kunker schedule' or 'kunker crawl' first)")
    db = store.connect(args.db, create=False)
    if sources is None:
        sources = database_sources(db) or read_sources(DEFAULT_SOURCES)
    print_table(status_rows(sources, db, now))
    return 0


def add_parsers(sub: Any) -> None:
    """Register ``kunker schedule`` and ``kunker status`` on the CLI's subparsers."""
    p = sub.add_parser("schedule", help="start the crawls that are due (run me from cron or a systemd timer)")
    p.add_argument("--sources", type=Path, default=DEFAULT_SOURCES, metavar="FILE",
                   help=f"the sources registry (default: {DEFAULT_SOURCES})")
    commands.add_db(p)
    p.add_argument("--scrapyd", metavar="URL", action="append", default=[],
                   help="dispatch to Scrapyd's schedule.json instead of crawling here (repeat for several hosts)")
    p.add_argument("--workers", type=int, default=1,
                   help="with --scrapyd and --redis: Scrapyd jobs per due source, sharing its queue (default 1)")
    p.add_argument("--redis", metavar="URL", help="with --scrapyd: workers push to Redis for `kunker ingest`")
    p.add_argument("--remote-sources", metavar="PATH",
                   help="with --scrapyd: the sources file's path on the Scrapyd hosts (default: each job carries "
                        "its source as JSON)")
    p.add_argument("--no-tag", action="store_true", help="do not tag new articles afterwards")
    add_tagger_options(p, jobs=True)
    p.add_argument("-s", "--set", action="append", default=[], metavar="KEY=VALUE",
                   help="a Scrapy setting for the crawls (repeatable)")
    p.add_argument("--now", help=argparse.SUPPRESS)  # a controlled clock, for tests
    p.set_defaults(func=cmd_schedule)

    p = sub.add_parser("status", help="each source's last run, next due time, articles and errors")
    p.add_argument("--sources", type=Path, default=None, metavar="FILE",
                   help="the sources to show (default: those the database's crawls used; for a database never "
                        f"crawled, {DEFAULT_SOURCES})")
    commands.add_db(p)
    p.add_argument("--now", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_status)


def main(argv: list[str] | None = None) -> int:
    """``python -m kunker.schedule schedule|status ...``: the same as ``kunker schedule|status ...``."""
    return commands.run(commands.build([add_parsers], prog="python -m kunker.schedule"),
                        sys.argv[1:] if argv is None else argv)

if __name__ == "__main__":
    sys.exit(main())
