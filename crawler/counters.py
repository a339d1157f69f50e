"""A crawl's counters, kept in Scrapy's stats (``crawler.stats``) under ``kunker/``: the spider counts pages and
known links it skipped, the storage pipelines count what became of each item; the progress line, the run
checks (crawler/monitors.py), the run row and the scale-out summary read them there.
"""

from __future__ import annotations

from typing import Any

PAGES = "kunker/pages"  # pages fetched and parsed
SKIPPED_KNOWN = "kunker/skipped_known"  # article links not followed: already stored (incremental crawls)
OUTCOMES = ("new", "updated", "unchanged", "duplicate", "errors")  # what the store did with each item


def stored(outcome: str) -> str:
    """The stats key of one storage outcome (``upsert_article``'s, or ``errors`` for a failed URL)."""
    return f"kunker/stored/{outcome}"


def value(stats: Any, key: str) -> int:
    """A counter from a stats collector or from the stats dict Spidermon and ``get_stats()`` give."""
    getter = getattr(stats, "get_value", None) or stats.get
    return int(getter(key, 0) or 0)


def store_counts(stats: Any) -> dict[str, int]:
    """Items stored so far, by outcome."""
    return {outcome: value(stats, stored(outcome)) for outcome in OUTCOMES}


def articles_seen(stats: Any) -> int:
    """Articles the run found: stored in any way, or skipped as already known."""
    counts = store_counts(stats)
    return sum(counts[k] for k in ("new", "updated", "unchanged", "duplicate")) + value(stats, SKIPPED_KNOWN)
