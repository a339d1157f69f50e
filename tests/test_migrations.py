"""Schema changes: named migrations, recorded in the database, that upgrade a previous release's database."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from kunker import aggregates, serve
from kunker import db as store
from nlp.results import Result, TaggerInfo, VisitResult

OLD_RELEASE = Path(__file__).parent / "fixtures" / "release_06dea5c.sql"
# The triggers' SQL as their migrations (0006, 0007) created it: a database made then keeps it.
TRIGGERS = Path(__file__).parent / "fixtures" / "triggers.json"


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
    for name, spec in store.AGGREGATE_SCHEMA.items():  # the agg_* tables, columns in order (filled by position)
        assert list(db[name].columns_dict) == list(spec["columns"]), name
    indexed = {(t, tuple(i.columns)) for t in store.AGGREGATE_SCHEMA for i in db[t].indexes}
    assert {(t, tuple(c)) for t, c, _ in store.AGGREGATE_INDEXES} <= indexed
    triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert set(store.AGGREGATE_TRIGGERS) | set(store.COPY_TRIGGERS) <= triggers
    assert db.execute("SELECT source, articles FROM agg_sources").fetchall() == [
        (r[0], r[1]) for r in db.execute(aggregates.WRITE_COUNTED["agg_sources"])] != []
    assert db.execute("SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id "
                      "WHERE m.published IS NOT a.published").fetchone()[0] == 0
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


TITLE = "Studi Banding ke Surabaya"
TEXT = "Rombongan Pemkot Malang belajar pengelolaan sampah di Surabaya."  # article 1 of the old release
STALE_TEXT = "Kota Batu menata pasar. Kota Batu juga membuka taman."


def test_previous_release_sentence_copies_become_offsets_reading_back_the_same(tmp_path):
    path = old_database(tmp_path / "old.db")
    old = sqlite3.connect(path)
    with old:
        old.execute("UPDATE articles SET tagger_version = 'v1' WHERE id = 1")
        old.execute("INSERT INTO articles (id, url, title, text, content_hash, tagger_version) VALUES "
                    "(2, 'https://contoh.go.id/berita/2', 'Pasar', ?, 'h2', 'v1')", (STALE_TEXT,))
        old.executemany("INSERT INTO visits (id, visitor_code, host_code, evidence, article_count) VALUES "
                        "(?, '35.73', '35.78', ?, 1)", [("v-text", TEXT), ("v-title", TITLE)])
        old.executemany("INSERT INTO visit_articles (visit_id, article_id, sentence, start, [end]) VALUES "
                        "(?, ?, ?, ?, ?)", [("v-text", 1, TEXT, 0, len(TEXT)), ("v-title", 1, TITLE, 0, len(TITLE))])
        old.executemany("INSERT INTO mentions (id, article_id, entity_type, entity_id, start, [end], text, sentence) "
                        "VALUES (?, ?, 'region', ?, ?, ?, ?, ?)", [
                            ("in-text", 1, "35.78", TEXT.index("Surabaya"), TEXT.index("Surabaya") + 8, "Surabaya",
                             TEXT),
                            ("in-title", 1, "35.78", None, None, "Surabaya", TITLE),
                            ("text-changed", 2, "35.79", 0, 9, "Kota Batu", "Kota Batu menata pasar lama.")])
    old.close()

    db = store.connect(path, create=False)
    assert "sentence" not in db["mentions"].columns_dict and "sentence" not in db["visit_articles"].columns_dict
    sentences = dict(db.execute(f"SELECT m.id, {store.sentence_sql('m', 'a')} FROM mentions m "
                                "JOIN articles a ON a.id = m.article_id").fetchall())
    assert sentences == {"in-text": TEXT, "in-title": TITLE, "text-changed": None}
    reports = db.execute(f"SELECT va.visit_id, va.sentence_field, {store.sentence_sql('va', 'a', 'visit_articles')} "
                         "FROM visit_articles va JOIN articles a ON a.id = va.article_id ORDER BY va.visit_id")
    assert reports.fetchall() == [("v-text", "text", TEXT), ("v-title", "title", TITLE)]
    # The article whose text no longer holds its sentence is tagged again; the other keeps its tagging.
    assert dict(db.execute("SELECT id, tagger_version FROM articles").fetchall()) == {1: "v1", 2: None}
    db.conn.close()
    assert serve.prepare(path)
    db = store.connect(path, create=False)
    assert dict(db.execute("SELECT id, sentence FROM mention_sentences").fetchall()) == sentences


def test_new_database_records_every_migration_in_order(tmp_path):
    db = store.connect(tmp_path / "k.db")
    names = [m["name"] for m in db["_sqlite_migrations"].rows_where(order_by="id")]
    assert names == ["0001_tables_and_columns", "0002_indexes", "0003_regions", "0004_sentences_by_offset",
                     "0005_aggregates", "0006_source_counts",
                     "0007_mentions_published", "0008_visit_status",
                     "0009_page_indexes", "0010_covering_indexes"]
    assert store.migrate(db) == []


def test_database_made_before_visit_status_gains_it_and_stores_the_taggers(tmp_path):
    path = tmp_path / "k.db"
    db = store.connect(path)
    db["articles"].insert({"id": 1, "url": "https://contoh.go.id/berita/1", "title": "Rencana", "text": "Teks.",
                           "content_hash": "h1"})
    db.execute("INSERT INTO visits (id, visitor_code, host_code, article_count) VALUES ('old', '73.13', '33.10', 1)")
    db.execute("INSERT INTO visit_articles (visit_id, article_id) VALUES ('old', 1)")
    for table in ("visits", "visit_articles"):  # the schema as 0001-0007 left it
        db.execute(f"ALTER TABLE [{table}] DROP COLUMN status")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0008_visit_status'")
    db.conn.commit()
    db.conn.close()

    db = store.connect(path, create=False)
    assert "status" in db["visits"].columns_dict and "status" in db["visit_articles"].columns_dict
    assert db.execute("SELECT id, status FROM visits").fetchall() == [("old", None)]  # not known until re-tagged
    planned = VisitResult("Kabupaten Wajo", "73.13", "Kabupaten Klaten", "33.10", None, None, None, None,
                          status="planned")
    with db.conn:
        store.write_result(db, {"id": 1}, Result(id=1, tagger=TaggerInfo("t", "p", None), visits=[planned]), "t")
        store.merge_reports(db)
    assert db.execute("SELECT visitor_code, host_code, status FROM visits").fetchall() == [
        ("73.13", "33.10", "planned")]
    assert store.migrate(db) == []


def test_trigger_sql_is_the_dicts_and_changes_only_by_a_migration(tmp_path):
    """Every trigger of a new and of an upgraded database is one of AGGREGATE_TRIGGERS and COPY_TRIGGERS, body for
    body. A body changed in those dicts is not applied to a database that has the trigger (CREATE TRIGGER IF NOT
    EXISTS): it needs a migration that replaces the trigger, and then an update of tests/fixtures/triggers.json."""
    body = {**store.AGGREGATE_TRIGGERS, **store.COPY_TRIGGERS}
    expected = {name: f"CREATE TRIGGER [{name}] {sql}" for name, sql in body.items()}
    for db in (store.connect(tmp_path / "new.db"), store.connect(old_database(tmp_path / "old.db"), create=False)):
        stored = {name: sql for name, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
                  if "_fts" not in sql}  # the old release's full-text index triggers are serving artefacts
        assert stored == expected
        db.conn.close()
    assert expected == json.loads(TRIGGERS.read_text(encoding="utf-8"))


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
