"""Schema changes: named migrations, recorded in the database, that upgrade a previous release's database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kunker import db as store
from kunker import serve

OLD_RELEASE = Path(__file__).parent / "fixtures" / "release_06dea5c.sql"


def old_database(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript(OLD_RELEASE.read_text(encoding="utf-8"))
    conn.close()
    return path


def test_previous_release_database_is_upgraded_keeping_its_rows(tmp_path):
    path = old_database(tmp_path / "old.db")
    before = sqlite3.connect(path)
    assert "corrections" not in {r[0] for r in before.execute("SELECT name FROM sqlite_master")}
    assert "confidence" not in {r[1] for r in before.execute("PRAGMA table_info(visits)")}
    before.close()

    db = store.connect(path, create=False)
    assert [m["name"] for m in db["_sqlite_migrations"].rows] == [m.name for m in store.MIGRATIONS._migrations]
    for name, spec in store.SCHEMA.items():
        assert set(spec["columns"]) <= set(db[name].columns_dict), name
    indexed = {(t, tuple(i.columns)) for t in store.SCHEMA for i in db[t].indexes}
    assert {(t, tuple(c)) for t, c, _ in store.INDEXES} <= indexed
    assert db["regions"].count == 552
    assert [(r["url"], r["title"]) for r in db["articles"].rows] == [
        ("https://contoh.go.id/berita/1", "Studi Banding ke Surabaya")]
    assert [(r["id"], r["status"], r["pages"]) for r in db["crawl_runs"].rows] == [("r1", "ok", 3)]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert store.migrate(db) == []  # recorded: a second connect applies nothing
    db.conn.close()

    assert serve.prepare(path)  # the previous release's views are replaced by the current ones
    db = store.connect(path, create=False)
    assert [r["title"] for r in db["articles"].search("sampah")] == ["Studi Banding ke Surabaya"]
    assert db.execute("SELECT count(*) FROM visit_list").fetchone()[0] == 0


def test_new_database_records_every_migration_in_order(tmp_path):
    db = store.connect(tmp_path / "k.db")
    names = [m["name"] for m in db["_sqlite_migrations"].rows_where(order_by="id")]
    assert names == ["0001_tables_and_columns", "0002_indexes", "0003_regions", "0004_aggregates"]
    assert store.migrate(db) == []


def test_connect_creates_no_serving_artefacts(tmp_path):
    db = store.connect(tmp_path / "k.db")
    assert db.view_names() == []
    assert db["articles"].detect_fts() is None
    db.conn.close()
    added = serve.prepare(tmp_path / "k.db")
    assert "articles_fts" in added and "visit_list" in added
    db = store.connect(tmp_path / "k.db")
    assert "visit_list" in db.view_names() and db["articles"].detect_fts() == "articles_fts"
    assert serve.prepare(tmp_path / "k.db") == []
