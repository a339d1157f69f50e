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

from crawler.items import ArticleItem, CrawlErrorItem
from kunker import db as store


class StorePipeline:
    """Write articles and crawl errors of one spider (one source) to the kunker database."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.db: sqlite_utils.Database | None = None
        self.run_id = ""
        self.started = ""
        self.counts = {"new": 0, "updated": 0, "unchanged": 0, "duplicate": 0, "errors": 0}

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
        with self.db.conn:
            self.db["crawl_runs"].upsert({
                "id": self.run_id, "source": source.name, "started": self.started, "status": "running",
                "entry_method": spider.entry_method, "pages": 0, "articles_new": 0, "articles_updated": 0,
                "errors": 0,
            }, pk="id")
        if self.crawler.settings.getbool("KUNKER_INCREMENTAL"):
            rows = self.db.conn.execute(
                "SELECT url, canonical_url FROM articles WHERE source = ? "
                "UNION ALL SELECT url, NULL FROM article_urls WHERE source = ?", (source.name, source.name))
            spider.known_urls = {u for row in rows for u in row if u}
        spider.store_counts = self.counts

    def _read_history(self, name: str) -> None:
        """Tell the spider the last run's entry method, and whether that run was cut short."""
        assert self.db is not None
        spider = self.spider
        last = self.db.conn.execute(
            "SELECT id, status, entry_method FROM crawl_runs WHERE source = ? "
            "ORDER BY started DESC, rowid DESC LIMIT 1", (name,)).fetchone()
        if last is None:
            return
        run_id, status, method = last
        if status == "running":  # killed mid-run: walk all listing pages once, known articles still skipped
            spider.full_walk = True
            with self.db.conn:
                self.db.conn.execute("UPDATE crawl_runs SET status = 'interrupted' WHERE id = ?", (run_id,))
        elif method and method != "none" and status in ("ok", "errors"):
            spider.previous_method = method.split("+")[0]
        previous = self.db.conn.execute(
            "SELECT max(articles_new + articles_updated) FROM crawl_runs WHERE source = ?",
            (name,)).fetchone()
        spider.previous_articles = previous[0] or 0

    def process_item(self, item: Any) -> Any:
        assert self.db is not None
        if isinstance(item, CrawlErrorItem):
            self.counts["errors"] += 1
            at = store.now()
            with self.db.conn:
                self.db["crawl_errors"].upsert({
                    "id": store.stable_id(self.run_id, item["url"], item["reason"]), "run_id": self.run_id,
                    "source": item["source"], "url": item["url"], "reason": item["reason"], "at": at,
                }, pk="id")
            return item
        if isinstance(item, ArticleItem):
            if not item.get("text"):
                raise DropItem(f"no text: {item.get('url')}")
            outcome = store.upsert_article(self.db, dict(item))
            self.counts[outcome] += 1
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
        if spider.entry_failed or spider.pages == 0:
            status = "failed"
        elif reason not in ("finished", "closespider_itemcount", "closespider_pagecount"):
            status = f"stopped: {reason}"
        elif self.counts["errors"]:
            status = "errors"
        else:
            status = "ok"
        finished = store.now()
        if status in ("ok", "errors") and self.counts["new"] + self.counts["updated"] + \
                self.counts["unchanged"] + self.counts["duplicate"] + spider.skipped_known == 0:
            status = "empty"  # fetched pages but found no article at all: the site may have changed
        summary = {
            "status": status, "finished": finished, "entry_method": spider.entry_method,
            "pages": spider.pages, "articles_new": self.counts["new"],
            "articles_updated": self.counts["updated"], "errors": self.counts["errors"],
        }
        with self.db.conn:
            self.db["crawl_runs"].update(self.run_id, {**summary, "entry_reason": spider.entry_reason})
        spider.run_summary = {**summary, "run_id": self.run_id, "started": self.started,
                              "articles_unchanged": self.counts["unchanged"],
                              "articles_duplicate": self.counts["duplicate"],
                              "skipped_known": spider.skipped_known, "entry_reason": spider.entry_reason,
                              "entry_failed": spider.entry_failed,
                              "empty_reason": spider.empty_reason() if status == "empty" else None,
                              "flag": self._flag(spider, status)}
        self.db.conn.close()
        self.db = None
