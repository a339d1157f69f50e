"""Storage pipeline: every item is written to SQLite through ``kunker.db`` and committed at once.

One ``crawl_runs`` row per source and crawl (written when the spider opens, completed when it closes) and one
``crawl_errors`` row per failed URL. A crash mid-run loses nothing already stored (each write commits; WAL).
What the run learns from earlier runs and its outcome go to the run state (crawler/runstate.py), its counts to
``crawler.stats``; nothing is set on the spider.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlite_utils
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler import counters
from crawler.items import ArticleItem, CrawlErrorItem
from crawler.runstate import RunState
from kunker import db as store


class StorePipeline:
    """Write articles and crawl errors of one spider (one source) to the kunker database."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.db: sqlite_utils.Database | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    @property
    def spider(self) -> Any:
        return self.crawler.spider

    @property
    def run(self) -> RunState:
        return RunState.of(self.crawler)

    def open_spider(self) -> None:
        path = self.crawler.settings.get("KUNKER_DB")
        if not path:
            raise RuntimeError("KUNKER_DB is not set: run crawls with `kunker crawl --sources F --db D`")
        self.db = store.connect(path)
        spider, run = self.spider, self.run
        source = spider.source
        store.upsert_source(self.db, source.name, source.url, source.region_code, source.kind)
        self._read_history(source.name)
        run.started = store.now()
        # The id uses the start time to the microsecond: two runs within one second stay distinct.
        run.run_id = store.stable_id(source.name, datetime.now(UTC).isoformat())
        store.open_run(self.db, run.run_id, source.name, started=run.started, entry_method=spider.entry_method)
        if self.crawler.settings.getbool("KUNKER_INCREMENTAL"):
            run.known_urls = store.known_urls(self.db, source.name)

    def _read_history(self, name: str) -> None:
        """Note the last run's entry method, and whether that run was cut short (``open_run`` then marks it
        interrupted), in the run state."""
        assert self.db is not None
        run = self.run
        last = store.last_run(self.db, name)
        if last is None:
            return
        status, method = last["status"], last["entry_method"]
        if status == "running":  # killed mid-run: walk all listing pages once, known articles still skipped
            run.full_walk = True
        elif method and method != "none" and status in ("ok", "errors"):
            run.previous_method = method.split("+")[0]
        run.previous_articles = store.most_articles(self.db, name)

    def process_item(self, item: Any) -> Any:
        assert self.db is not None
        stats = self.crawler.stats
        if isinstance(item, CrawlErrorItem):
            stats.inc_value(counters.stored("errors"))
            store.record_error(self.db, self.run.run_id, item["source"], item["url"], item["reason"])
            return item
        if isinstance(item, ArticleItem):
            if not item.get("text"):
                raise DropItem(f"no text: {item.get('url')}")
            outcome = store.upsert_article(self.db, dict(item))
            stats.inc_value(counters.stored(outcome))
            return item
        return item

    def _flag(self, status: str) -> str | None:
        """A warning for maintainers: no article this time from a source that used to yield some."""
        previous = self.run.previous_articles
        if status == "empty" and previous:
            return f"no articles found; earlier runs stored up to {previous}"
        if status == "empty":
            return "no articles found"
        return None

    def spider_closed(self, spider: Any, reason: str) -> None:
        """Complete the ``crawl_runs`` row (after the last item; the finish reason is known here)."""
        if self.db is None:
            return
        stats, run = self.crawler.stats, self.run
        counts = counters.store_counts(stats)
        pages = counters.value(stats, counters.PAGES)
        store.set_entry(self.db, run.run_id, spider.entry_method, spider.entry_reason)
        status = store.close_run(self.db, run.run_id, pages=pages, articles_seen=counters.articles_seen(stats),
                                 finish_reason=reason, entry_failed=bool(spider.entry_failed), articles=counts)
        row = self.db["crawl_runs"].get(run.run_id)
        status = status or row["status"]
        summary = {
            "status": status, "finished": row["finished"], "entry_method": spider.entry_method,
            "pages": pages, "articles_new": counts["new"], "articles_updated": counts["updated"],
            "errors": row["errors"],
        }
        run.summary = {**summary, "run_id": run.run_id, "started": run.started,
                       "articles_unchanged": counts["unchanged"],
                       "articles_duplicate": counts["duplicate"],
                       "skipped_known": counters.value(stats, counters.SKIPPED_KNOWN),
                       "entry_reason": spider.entry_reason, "entry_failed": spider.entry_failed,
                       "empty_reason": spider.empty_reason() if status == "empty" else None,
                       "flag": self._flag(status)}
        self.db.conn.close()
        self.db = None
