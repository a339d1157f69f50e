"""What one crawl run knows besides its counters: a Scrapy extension the components reach through the crawler.

Counters live in ``crawler.stats`` (crawler/counters.py). The rest of a run's state lives here, on the one
:class:`RunState` of each crawler (``EXTENSIONS`` in crawler/settings.py), read and written by name:

    run_id, started      the run's id and start time (the storage pipeline, or the Redis scheduler)
    known_urls           article URLs stored before this run, then the ones requested in it (incremental crawls)
    previous_method      the entry method of the last completed run: discovery tries it first
    previous_articles    the most articles a run of this source ever stored (for the "no articles" warning)
    full_walk            the last run was killed: walk every listing page once, known articles still skipped
    summary, checks      the run's outcome (pipeline) and its checks (crawler/monitors.py), for the summary table

No component sets attributes on the spider: ``RunState.of(crawler)`` is how they share what they know.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler


class RunState:
    """The state of one crawler's run (a Scrapy extension: one instance per crawler)."""

    def __init__(self) -> None:
        self.run_id = ""
        self.started = ""
        self.known_urls: set[str] = set()
        self.previous_method: str | None = None
        self.previous_articles = 0
        self.full_walk = False
        self.summary: dict[str, Any] | None = None
        self.checks: list[dict[str, Any]] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunState:
        return cls()

    @staticmethod
    def of(crawler: Crawler) -> RunState:
        """The run state of ``crawler``; a clear error when the extension is not enabled."""
        state = crawler.get_extension(RunState)
        if state is None:
            raise RuntimeError("crawler.runstate.RunState is not in EXTENSIONS (crawler/settings.py)")
        return state

    @staticmethod
    def find(crawler: Crawler) -> RunState | None:
        """The run state of ``crawler``, or None when its crawl never started (no extensions built)."""
        try:
            return crawler.get_extension(RunState)
        except RuntimeError:
            return None
