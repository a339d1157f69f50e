"""Storage: the schema, the region gazetteer and idempotent writes on a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

from in_process import run_main

from kunker import db as store
from kunker import serve
from kunker.cli import main as kunker_main
from kunker.importer import import_jsonl

ARTICLES = [
    {"id": "s1", "url": "https://contoh.go.id/berita/1", "title": "Pemkab Contoh Gelar Rakor",
     "published": "2024-03-05", "text": "Pemerintah Kabupaten Sleman menggelar rapat koordinasi."},
    {"id": "s2", "url": "https://contoh.go.id/berita/2", "title": "Studi Banding ke Surabaya",
     "published": None, "text": "Rombongan Pemkot Malang belajar pengelolaan sampah di Surabaya."},
]


def snapshot(db) -> dict[str, list]:
    """Every row of every table, to compare a database before and after a repeated stage."""
    return {name: list(db[name].rows) for name in store.SCHEMA}


def write_jsonl(path: Path, rows: list, extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in rows] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_schema_and_regions(tmp_path):
    db = store.connect(tmp_path / "k.db")
    assert set(store.SCHEMA) <= set(db.table_names())
    assert db["regions"].count == 552
    levels = dict(db.execute("SELECT level, count(*) FROM regions GROUP BY level").fetchall())
    assert levels == {"provinsi": 38, "kabupaten": 416, "kota": 98}
    serang = db["regions"].get("36.04")
    assert serang["name"] == "Kabupaten Serang" and serang["province_code"] == "36"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_connect_twice_changes_nothing(tmp_path):
    path = tmp_path / "k.db"
    before = snapshot(store.connect(path))
    assert snapshot(store.connect(path)) == before


def test_upsert_article_outcomes(tmp_path):
    db = store.connect(tmp_path / "k.db")
    article = dict(ARTICLES[0])
    assert store.upsert_article(db, article) == "new"
    assert store.upsert_article(db, article) == "unchanged"
    db.execute("UPDATE articles SET tagger_version = 'x'")
    db.conn.commit()
    changed = dict(article, text=article["text"] + " Acara dihadiri camat.")
    assert store.upsert_article(db, changed) == "updated"
    row = db["articles"].get(1)
    assert row["text"].endswith("camat.") and row["tagger_version"] is None
    assert db["articles"].count == 1


def test_import_is_idempotent(tmp_path):
    db = store.connect(tmp_path / "k.db")
    path = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    assert import_jsonl(db, path) == {"new": 2, "updated": 0, "unchanged": 0, "bad": 0}
    before = snapshot(db)
    assert import_jsonl(db, path) == {"new": 0, "updated": 0, "unchanged": 2, "bad": 0}
    assert snapshot(db) == before


def test_full_text_search(tmp_path):
    db = store.connect(tmp_path / "k.db")
    serve.prepare(tmp_path / "k.db")  # full-text indexes are made for serving; their triggers keep them current
    import_jsonl(db, write_jsonl(tmp_path / "in.jsonl", ARTICLES))
    hits = [r["title"] for r in db["articles"].search("sampah")]
    assert hits == ["Studi Banding ke Surabaya"]


def test_import_cli_reports_bad_lines_and_keeps_good_ones(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", ARTICLES[:1],
                       ("{not json", json.dumps({"id": "x", "title": "tanpa teks"}),
                        json.dumps(ARTICLES[1])))
    db_path = tmp_path / "k.db"
    proc = run_main(kunker_main, ["import", "--jsonl", str(path), "--db", str(db_path)], timeout=120)
    assert proc.returncode == 1
    assert f"{path}:2: not JSON" in proc.stderr
    assert f'{path}:3: no "text"' in proc.stderr
    assert "2 new" in proc.stdout and "2 bad lines" in proc.stdout
    assert store.connect(db_path)["articles"].count == 2


def test_import_missing_file_is_one_line(tmp_path):
    missing = tmp_path / "nothing.jsonl"
    proc = run_main(kunker_main, ["import", "--jsonl", str(missing), "--db", str(tmp_path / "k.db")], timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"kunker: {missing}: no such file"


def test_syndicated_copy_is_stored_once_with_both_urls(tmp_path):
    db = store.connect(tmp_path / "k.db")
    body = "Rombongan Pemerintah Kota Malang melakukan studi banding ke Kabupaten Banyuwangi. " * 4
    first = {"url": "https://malangkota.example/berita/7", "title": "Studi Banding", "text": body}
    repost = dict(first, url="https://jatimprov.example/read/99/studi-banding", title="Pemkot Malang Belajar")
    assert store.upsert_article(db, first) == "new"
    assert store.upsert_article(db, repost) == "duplicate"
    assert store.upsert_article(db, repost) == "unchanged"
    assert db["articles"].count == 1
    assert [(r["url"], r["article_id"]) for r in db["article_urls"].rows] == [(repost["url"], 1)]
    # A short stub shared by many pages is not treated as a copy.
    stub = {"url": "https://a.example/1", "text": "Berita lengkap menyusul."}
    assert store.upsert_article(db, stub) == "new"
    assert store.upsert_article(db, dict(stub, url="https://b.example/2")) == "new"
