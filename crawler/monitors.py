"""Run health checks with Spidermon: every crawl of a source is checked when its spider closes.

Checks (one function, :func:`evaluate`, used by the Spidermon monitors below and by ``kunker ingest`` for
runs crawled by several Redis workers):

- **finished**: the spider finished normally (``finish_reason`` "finished" or a CLOSESPIDER limit);
- **error rate**: ``crawl_errors / pages`` at most ``KUNKER_MAX_ERROR_RATE``;
- **articles**: at least ``KUNKER_MIN_ARTICLES`` articles seen (new, updated, unchanged or already known);
- **required fields**: every article item has url, source, title and text (Spidermon's item validation,
  JSON schema :data:`ARTICLE_SCHEMA`, counts the items that do not).

Results go to ``crawl_runs.checks`` (JSON list of {name, ok, detail}) and ``crawl_runs.alert`` (the failed
checks in one line, NULL when all passed), and failures to the notifier (:mod:`kunker.notify`).
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass
from typing import Any

from scrapy.exceptions import ScrapyDeprecationWarning
from spidermon import Monitor, MonitorSuite, monitors, settings
from spidermon.core.actions import Action

from crawler import counters
from crawler.runstate import RunState

logger = logging.getLogger(__name__)
# Spidermon 1.27 reports through Spider.log(), deprecated in Scrapy 2.19: not ours to fix, not worth a warning.
warnings.filterwarnings("ignore", message=r"Spider\.log\(\) is deprecated", category=ScrapyDeprecationWarning)


class QuietSpidermonReport(logging.Filter):
    """Keep Spidermon's report (about 25 lines per source and run, and a traceback per failed check) off the
    console: its records are lowered to DEBUG, so they reach only a debug log. The checks are in
    ``crawl_runs.checks`` / ``alert`` and a failure is logged once, in one line, by the notifier."""

    def filter(self, record: logging.LogRecord) -> bool:
        if str(record.msg).startswith("[Spidermon]"):
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return True


logging.getLogger("news").addFilter(QuietSpidermonReport())  # the news spider's logger

NORMAL_FINISH = ("finished", "closespider_itemcount", "closespider_pagecount", "closespider_timeout")
ARTICLE_SCHEMA = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object",
    "properties": {
        "url": {"type": "string", "pattern": "^https?://"},
        "source": {"type": "string", "minLength": 1},
        "title": {"type": "string", "minLength": 1},
        "text": {"type": "string", "minLength": 1},
        "published": {"type": ["string", "null"]},
    },
    "required": ["url", "source", "title", "text"],
}
INVALID_ITEMS_STAT = "spidermon/validation/items/errors"


@dataclass
class RunFacts:
    """What the checks look at, for one source and run."""

    source: str
    finish_reason: str
    pages: int
    errors: int
    articles_seen: int
    invalid_items: int = 0
    empty_reason: str = ""  # why no article was found (crawler/spiders/news.py: NewsSpider.empty_reason)


def evaluate(facts: RunFacts, max_error_rate: float = 0.2, min_articles: int = 1) -> list[dict[str, Any]]:
    """The checks for one run: a list of ``{"name", "ok", "detail"}``."""
    rate = facts.errors / facts.pages if facts.pages else (1.0 if facts.errors else 0.0)
    return [
        {"name": "finished", "ok": facts.finish_reason in NORMAL_FINISH,
         "detail": f"finish reason {facts.finish_reason}"},
        {"name": "error rate", "ok": facts.pages > 0 and rate <= max_error_rate,
         "detail": f"{facts.errors} errors / {facts.pages} pages = {rate:.2f} (max {max_error_rate:.2f})"},
        {"name": "articles", "ok": facts.articles_seen >= min_articles,
         "detail": f"{facts.articles_seen} articles seen (min {min_articles})"
                   + (f": {facts.empty_reason}" if facts.empty_reason and facts.articles_seen < min_articles else "")},
        {"name": "required fields", "ok": facts.invalid_items == 0,
         "detail": f"{facts.invalid_items} article items missing url, source, title or text"},
    ]


def alert_text(source: str, checks: list[dict[str, Any]]) -> str | None:
    """One line naming the failed checks, or None when every check passed."""
    failed = [c for c in checks if not c["ok"]]
    if not failed:
        return None
    return f"{source}: " + "; ".join(f"{c['name']} failed ({c['detail']})" for c in failed)


def record(db: Any, run_id: str, source: str, checks: list[dict[str, Any]]) -> str | None:
    """Store the checks on the ``crawl_runs`` row and notify on failure; return the alert (or None)."""
    from kunker import db as store
    from kunker.notify import notify

    alert = alert_text(source, checks)
    store.record_checks(db, run_id, checks, alert)
    if alert:
        notify(alert, {"source": source, "run_id": run_id, "checks": checks})
    return alert


def facts_from_crawl(data: Any) -> RunFacts:
    """RunFacts of one spider from Spidermon's data (stats and spider)."""
    spider, stats = data.spider, data.stats
    return RunFacts(source=spider.source.name, finish_reason=str(stats.get("finish_reason", "unknown")),
                    pages=counters.value(stats, counters.PAGES),
                    errors=counters.value(stats, counters.stored("errors")),
                    articles_seen=counters.articles_seen(stats),
                    invalid_items=int(stats.get(INVALID_ITEMS_STAT, 0)),
                    empty_reason=spider.empty_reason() if hasattr(spider, "empty_reason") else "")


class _RunCheck(Monitor):
    check = ""

    def _result(self) -> dict[str, Any]:
        settings = self.data.crawler.settings
        checks = evaluate(facts_from_crawl(self.data), settings.getfloat("KUNKER_MAX_ERROR_RATE"),
                          settings.getint("KUNKER_MIN_ARTICLES"))
        return next(c for c in checks if c["name"] == self.check)

    def _assert(self) -> None:
        result = self._result()
        self.assertTrue(result["ok"], msg=result["detail"])


@monitors.name("Run")
class RunMonitor(_RunCheck):
    @monitors.name("finished")
    def test_finished(self) -> None:
        self.check = "finished"
        self._assert()

    @monitors.name("error rate")
    def test_error_rate(self) -> None:
        self.check = "error rate"
        self._assert()

    @monitors.name("articles")
    def test_articles(self) -> None:
        self.check = "articles"
        self._assert()

    @monitors.name("required fields")
    def test_required_fields(self) -> None:
        self.check = "required fields"
        self._assert()


class RecordChecks(Action):
    """Spidermon action: write the monitors' results to ``crawl_runs`` (local crawls; Redis workers leave
    it to ``kunker ingest``, which checks the whole run) and notify on failure."""

    def run_action(self) -> None:
        spider = self.data.spider
        details = {c["name"]: c["detail"] for c in self._evaluate()}
        checks = [{"name": r.item.method_name, "ok": r.status == settings.MONITOR.STATUS.SUCCESS,
                   "detail": details.get(r.item.method_name, r.reason or "")}
                  for r in self.result.monitor_results]
        run = RunState.of(self.data.crawler)
        run.checks = checks
        path = self.data.crawler.settings.get("KUNKER_DB")
        run_id = run.run_id
        if self.data.crawler.settings.get("KUNKER_REDIS_URL") or not path or not run_id:
            return
        from kunker import db as store

        db = store.connect(path)
        try:
            record(db, run_id, spider.source.name, checks)
        finally:
            db.conn.close()

    def _evaluate(self) -> list[dict[str, Any]]:
        crawl_settings = self.data.crawler.settings
        return evaluate(facts_from_crawl(self.data), crawl_settings.getfloat("KUNKER_MAX_ERROR_RATE"),
                        crawl_settings.getint("KUNKER_MIN_ARTICLES"))


class RunMonitorSuite(MonitorSuite):
    """The checks of every crawl run (``SPIDERMON_SPIDER_CLOSE_MONITORS``)."""

    monitors = [RunMonitor]
    monitors_finished_actions = [RecordChecks]
