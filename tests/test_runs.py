"""Crawl runs: one lifecycle (open, errors, close) and one status rule, for the pipeline and the ingester."""

from __future__ import annotations

import pytest

from kunker import db as store


@pytest.mark.parametrize(("facts", "status"), [
    ({"pages": 0, "errors": 0, "articles_seen": 0}, "failed"),
    ({"pages": 5, "errors": 0, "articles_seen": 3, "entry_failed": True}, "failed"),
    ({"pages": 5, "errors": 1, "articles_seen": 3, "finish_reason": "shutdown"}, "stopped: shutdown"),
    ({"pages": 5, "errors": 0, "articles_seen": 0}, "empty"),
    ({"pages": 5, "errors": 2, "articles_seen": 3}, "errors"),
    ({"pages": 5, "errors": 0, "articles_seen": 3, "finish_reason": "closespider_pagecount"}, "ok"),
])
def test_run_status(facts, status):
    assert store.run_status(**facts) == status


def test_run_lifecycle(tmp_path):
    db = store.connect(tmp_path / "k.db")
    store.upsert_source(db, "contoh", "https://contoh.go.id", None)
    assert store.open_run(db, "r1", "contoh", started="2024-01-01T00:00:00+00:00")
    assert store.open_run(db, "r2", "contoh", started="2024-01-02T00:00:00+00:00")  # r1 never closed
    assert not store.open_run(db, "r2", "contoh")  # opened already: nothing written
    assert db["crawl_runs"].get("r1")["status"] == "interrupted"
    store.record_error(db, "r2", "contoh", "https://contoh.go.id/a", "HTTP 500")
    store.record_error(db, "r2", "contoh", "https://contoh.go.id/a", "HTTP 500")  # the same failure once
    store.record_error(db, "gone", "contoh", "https://contoh.go.id/b", "timeout")  # unknown run: kept, no run
    store.count_article(db, "r2", "new")
    store.count_article(db, "r2", "unchanged")
    store.set_entry(db, "r2", "sitemap", "sitemap.xml listed 3 articles")
    assert store.close_run(db, "r2", pages=4, articles_seen=2) == "errors"
    assert store.close_run(db, "r2", pages=9, articles_seen=9) is None  # closed already: unchanged
    row = db["crawl_runs"].get("r2")
    assert (row["status"], row["pages"], row["errors"], row["articles_new"], row["entry_method"]) == \
        ("errors", 4, 1, 1, "sitemap")
    assert [(r["run_id"], r["url"]) for r in db["crawl_errors"].rows_where(order_by="url")] == [
        ("r2", "https://contoh.go.id/a"), (None, "https://contoh.go.id/b")]
    assert store.last_run(db, "contoh")["id"] == "r2"
