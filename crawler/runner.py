"""Run a real Scrapy crawl of the configured sources into a kunker database.

``run_crawl(sources, db_path, settings=None)`` starts one ``news`` spider per source in a CrawlerProcess,
prints a progress line while it runs and a summary table at the end, and returns the summary.

Twisted's reactor cannot be restarted, so ``run_crawl`` can run **once per process**; a second call raises
``RuntimeError``. Tests and tools that crawl several times run ``python -m crawler.runner`` (or
``kunker crawl``) in a subprocess::

    python -m crawler.runner --sources sources.yml --db data/kunker.db [-s DOWNLOAD_DELAY=0 ...]
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings

from crawler import counters
from crawler.runstate import RunState
from crawler.sources import Source, load_sources
from crawler.spiders.news import NewsSpider
from kunker import db as store
from kunker.errors import UserError, report

QUIET_LOGGERS = ("scrapy.utils.log", "scrapy.crawler", "scrapy.middleware", "scrapy.addons",
                 "scrapy.extensions.telnet", "scrapy.core.engine", "scrapy.statscollectors", "py.warnings")
_ran = False


def _warnings_only(record: logging.LogRecord) -> bool:
    return record.levelno >= logging.WARNING


def quiet_scrapy_logs() -> None:
    """Keep Scrapy's start-up chatter (versions, settings, middleware lists) out of INFO output.

    A filter, not a level: Scrapy's logging set-up resets the levels of its child loggers.
    """
    for name in QUIET_LOGGERS:
        logger = logging.getLogger(name)
        if _warnings_only not in logger.filters:
            logger.addFilter(_warnings_only)


def build_settings(db_path: str | Path, overrides: dict[str, Any] | None = None) -> Settings:
    """kunker's Scrapy settings (``crawler.settings``) with the database path and ``overrides`` applied."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("KUNKER_DB", str(db_path), priority="cmdline")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


class Progress:
    """Prints ``pages, articles, errors, rate`` for all running spiders every few seconds."""

    def __init__(self, crawlers: Sequence[Crawler], stream: Any = sys.stderr) -> None:
        self.crawlers = crawlers
        self.stream = stream
        self.started = time.monotonic()

    def totals(self) -> dict[str, int]:
        totals = {"pages": 0, "new": 0, "updated": 0, "unchanged": 0, "duplicate": 0, "errors": 0, "done": 0,
                  "queued": 0}
        for crawler in self.crawlers:
            spider = crawler.spider
            if spider is None:
                continue
            totals["pages"] += counters.value(crawler.stats, counters.PAGES)
            for key, value in counters.store_counts(crawler.stats).items():
                totals[key] += value
            run = RunState.find(crawler)
            totals["done"] += run is not None and run.summary is not None
            scheduler = crawler.engine.scheduler if crawler.engine is not None else None
            if scheduler is not None and hasattr(scheduler, "__len__"):
                totals["queued"] += len(scheduler)
        return totals

    def line(self) -> str:
        t = self.totals()
        elapsed = max(time.monotonic() - self.started, 1e-6)
        articles = t["new"] + t["updated"] + t["unchanged"] + t["duplicate"]
        rate = t["pages"] / elapsed
        return (f"crawl: {t['pages']} pages, {articles} articles ({t['new']} new, {t['updated']} updated, "
                f"{t['duplicate']} copies), "
                f"{t['errors']} errors, {rate:.1f} pages/s, {t['done']}/{len(self.crawlers)} sources done, "
                f"{elapsed:.0f}s, {self.eta(t, elapsed, rate)}")

    def eta(self, totals: dict[str, int], elapsed: float, rate: float) -> str:
        """Time left: the queued pages at the current rate, and the sources not done at the pace of those
        done (whichever is longer); "ETA ?" until there is something to go by."""
        total, done = len(self.crawlers), totals["done"]
        if done >= total:
            return "ETA 0s"
        guesses = []
        if totals["queued"] and rate:
            guesses.append(totals["queued"] / rate)
        if done:
            guesses.append(elapsed / done * (total - done))
        if not guesses:
            return "ETA ?"
        return f"ETA {max(guesses):.0f}s ({totals['queued']} pages queued, {total - done} sources to go)"

    def tick(self) -> None:
        print(self.line(), file=self.stream, flush=True)


def run_crawl(sources: Sequence[Source], db_path: str | Path,
              settings: dict[str, Any] | None = None) -> dict[str, Any]:
    """Crawl ``sources`` into the SQLite database at ``db_path``; return the per-source summary.

    The result has ``sources`` (name -> status, pages, articles_new, articles_updated, articles_unchanged,
    errors, entry_method, run_id), totals, and ``failed``: True when a source could not be crawled at all
    (entry page unreachable, nothing fetched). Per-URL errors are counted but do not fail the crawl.
    """
    global _ran
    if _ran:
        raise RuntimeError("run_crawl can run once per process (Twisted's reactor cannot restart); "
                           "run `python -m crawler.runner` in a new process")
    _ran = True
    scrapy_settings = build_settings(db_path, settings)
    if not scrapy_settings.get("KUNKER_REDIS_URL"):  # Redis workers push items; `kunker ingest` writes SQLite
        store.connect(db_path).conn.close()  # create the schema once, before spiders open concurrently
    quiet_scrapy_logs()
    process = CrawlerProcess(scrapy_settings)
    crawlers = [process.create_crawler(NewsSpider) for _ in sources]
    waiting = list(zip(sources, crawlers, strict=True))

    def launch_next(result: Any = None) -> Any:
        """Start the next source; at most KUNKER_PARALLEL_SOURCES crawl at once."""
        if waiting:
            source, crawler = waiting.pop(0)
            process.crawl(crawler, source=source).addBoth(launch_next)
        return result

    for _ in range(max(1, scrapy_settings.getint("KUNKER_PARALLEL_SOURCES"))):
        launch_next()
    progress = Progress(crawlers)
    from twisted.internet import task

    ticker = task.LoopingCall(progress.tick)
    ticker.start(scrapy_settings.getfloat("KUNKER_PROGRESS_INTERVAL"), now=False)
    process.start()
    if ticker.running:
        ticker.stop()
    progress.tick()
    summary = summarize(sources, crawlers, time.monotonic() - progress.started)
    print_summary(summary)
    return summary


INTERRUPTED = ("shutdown", "interrupted")


def summarize(sources: Sequence[Source], crawlers: Sequence[Crawler], elapsed: float) -> dict[str, Any]:
    """Per-source runs, totals, and the crawl's outcome: ``failed`` (a source could not be crawled, found no
    article, or failed its run checks), ``interrupted`` (stopped by a signal) and ``exit_code`` (0 ok,
    1 a source failed, 130 interrupted)."""
    per_source: dict[str, dict[str, Any]] = {}
    for source, crawler in zip(sources, crawlers, strict=True):
        state = RunState.find(crawler)
        run = state.summary if state is not None else None
        if run is None:
            run = {"status": "failed", "pages": 0, "articles_new": 0, "articles_updated": 0,
                   "articles_unchanged": 0, "articles_duplicate": 0, "errors": 0, "entry_method": None,
                   "entry_failed": "spider did not run"}
        checks = state.checks if state is not None else []
        run["failed_checks"] = [c for c in checks if not c["ok"] and c["name"] != "finished"]
        per_source[source.name] = run
    totals = {key: sum(r.get(key, 0) for r in per_source.values())
              for key in ("pages", "articles_new", "articles_updated", "articles_unchanged", "articles_duplicate",
                          "errors")}
    interrupted = any(r["status"].startswith("stopped") and r["status"].split(": ", 1)[-1] in INTERRUPTED
                      for r in per_source.values())
    failed = any(r["status"] in ("failed", "empty") or r["failed_checks"] for r in per_source.values())
    stopped = any(r["status"].startswith("stopped") for r in per_source.values())
    outcome = "interrupted" if interrupted else "failed" if failed else "stopped" if stopped else "ok"
    return {"sources": per_source, **totals, "elapsed": round(elapsed, 2), "failed": failed,
            "interrupted": interrupted, "outcome": outcome,
            "exit_code": 130 if interrupted else 1 if failed or stopped else 0}


def print_summary(summary: dict[str, Any], stream: Any = sys.stdout) -> None:
    """A table: one row per source, then totals."""
    header = ("source", "status", "entry", "pages", "new", "updated", "unchanged", "copies", "errors")
    rows = [(name, r["status"], r.get("entry_method") or "-", r["pages"], r["articles_new"],
             r["articles_updated"], r.get("articles_unchanged", 0), r.get("articles_duplicate", 0), r["errors"])
            for name, r in summary["sources"].items()]
    rows.append(("total", summary["outcome"], "", summary["pages"],
                 summary["articles_new"], summary["articles_updated"], summary["articles_unchanged"],
                 summary["articles_duplicate"], summary["errors"]))
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    for index, row in enumerate([header, *rows]):
        pairs = enumerate(zip(row, widths, strict=True))
        cells = [str(v).ljust(w) if i < 3 else str(v).rjust(w) for i, (v, w) in pairs]
        print("  ".join(cells).rstrip(), file=stream)
        if index == 0 or index == len(rows) - 1:
            print("  ".join("-" * w for w in widths), file=stream)
    for name, r in summary["sources"].items():
        if r.get("entry_reason"):
            print(f"{name}: entry {r.get('entry_method')}: {r['entry_reason']}", file=stream)
        if r.get("entry_failed"):
            print(f"{name}: FAILED: {r['entry_failed']}", file=stream)
        elif r["status"] == "empty":
            print(f"{name}: FAILED: no article found: {r.get('empty_reason') or 'no reason recorded'}", file=stream)
        if r.get("flag") and r["flag"] != "no articles found":
            print(f"{name}: WARNING: {r['flag']}", file=stream)
        for check in r.get("failed_checks", []):
            if check["name"] != "articles" or r["status"] != "empty":
                print(f"{name}: FAILED check {check['name']}: {check['detail']}", file=stream)
    stream.flush()


def parse_setting(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
    return key.strip(), value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.runner", description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, required=True, help="YAML list of {name, url, region?}")
    parser.add_argument("--db", type=Path, default=store.DEFAULT_DB)
    parser.add_argument("-s", "--set", dest="settings", action="append", type=parse_setting, default=[],
                        metavar="KEY=VALUE", help="override a Scrapy setting")
    args = parser.parse_args(argv)
    try:
        sources = load_sources(args.sources)
    except UserError as exc:
        return report(exc)
    summary = run_crawl(sources, args.db, dict(args.settings))
    return summary["exit_code"]


if __name__ == "__main__":
    sys.exit(main())
