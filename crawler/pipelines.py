"""Storage pipeline: every item is written to SQLite through ``kunker.db`` and committed at once.

One ``crawl_runs`` row per source and crawl (written when the spider opens, completed when it closes) and one
``crawl_errors`` row per failed URL. A crash mid-run loses nothing already stored (each write commits; WAL).
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
from kunker import db as store


class StorePipeline:
    """Write articles and crawl errors of one spider (one source) to the kunker database."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.db: sqlite_utils.Database | None = None
        self.run_id = ""
        self.started = ""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    @property
    def spider(self) -> Any:
        return self.crawler.spider

    def open_spider(self) -> None:
        path = self.crawler.settings.get("KUNKER_DB")
        if not path:
            raise RuntimeError("KUNKER_DB is not set: run crawls with `kunker crawl --sources F --db D`")
        self.db = store.connect(path)
        spider = self.spider
        source = spider.source
        store.upsert_source(self.db, source.name, source.url, source.region_code, source.kind)
        self._read_history(source.name)
        self.started = store.now()
        # The id uses the start time to the microsecond: two runs within one second stay distinct.
        self.run_id = store.stable_id(source.name, datetime.now(UTC).isoformat())
        spider.run_id = self.run_id  # for the run checks (crawler/monitors.py)
        store.open_run(self.db, self.run_id, source.name, started=self.started, entry_method=spider.entry_method)
        if self.crawler.settings.getbool("KUNKER_INCREMENTAL"):
            rows = self.db.conn.execute(
                "SELECT url, canonical_url FROM articles WHERE source = ? "
                "UNION ALL SELECT url, NULL FROM article_urls WHERE source = ?", (source.name, source.name))
            spider.known_urls = {u for row in rows for u in row if u}

    def _read_history(self, name: str) -> None:
        """Tell the spider the last run's entry method, and whether that run was cut short (``open_run`` then
        marks it interrupted)."""
        assert self.db is not None
        spider = self.spider
        last = store.last_run(self.db, name)
        if last is None:
            return
        status, method = last["status"], last["entry_method"]
        if status == "running":  # killed mid-run: walk all listing pages once, known articles still skipped
            spider.full_walk = True
        elif method and method != "none" and status in ("ok", "errors"):
            spider.previous_method = method.split("+")[0]
        previous = self.db.conn.execute(
            "SELECT max(articles_new + articles_updated) FROM crawl_runs WHERE source = ?",
            (name,)).fetchone()
        spider.previous_articles = previous[0] or 0

    def process_item(self, item: Any) -> Any:
        assert self.db is not None
        stats = self.crawler.stats
        if isinstance(item, CrawlErrorItem):
            stats.inc_value(counters.stored("errors"))
            store.record_error(self.db, self.run_id, item["source"], item["url"], item["reason"])
            return item
        if isinstance(item, ArticleItem):
            if not item.get("text"):
                raise DropItem(f"no text: {item.get('url')}")
            outcome = store.upsert_article(self.db, dict(item))
            stats.inc_value(counters.stored(outcome))
            return item
        return item

    def _flag(self, spider: Any, status: str) -> str | None:
        """A warning for maintainers: no article this time from a source that used to yield some."""
        if status == "empty" and getattr(spider, "previous_articles", 0):
            return f"no articles found; earlier runs stored up to {spider.previous_articles}"
        if status == "empty":
            return "no articles found"
        return None

    def spider_closed(self, spider: Any, reason: str) -> None:
        """Complete the ``crawl_runs`` row (after the last item; the finish reason is known here)."""
        if self.db is None:
            return
        stats = self.crawler.stats
        counts = counters.store_counts(stats)
        pages = counters.value(stats, counters.PAGES)
        store.set_entry(self.db, self.run_id, spider.entry_method, spider.entry_reason)
        status = store.close_run(self.db, self.run_id, pages=pages, articles_seen=counters.articles_seen(stats),
                                 finish_reason=reason, entry_failed=bool(spider.entry_failed), articles=counts)
        row = self.db["crawl_runs"].get(self.run_id)
        status = status or row["status"]
        summary = {
            "status": status, "finished": row["finished"], "entry_method": spider.entry_method,
            "pages": pages, "articles_new": counts["new"], "articles_updated": counts["updated"],
            "errors": row["errors"],
        }
        spider.run_summary = {**summary, "run_id": self.run_id, "started": self.started,
                              "articles_unchanged": counts["unchanged"],
                              "articles_duplicate": counts["duplicate"],
                              "skipped_known": counters.value(stats, counters.SKIPPED_KNOWN),
                              "entry_reason": spider.entry_reason, "entry_failed": spider.entry_failed,
                              "empty_reason": spider.empty_reason() if status == "empty" else None,
                              "flag": self._flag(spider, status)}
        self.db.conn.close()
        self.db = None
