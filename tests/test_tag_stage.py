"""The tag stage over a real database: evidence offsets, idempotence, re-tagging without duplicates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from in_process import run_main

from kunker import db as store
from kunker import views
from kunker.cli import main as kunker_main
from kunker.db import program_key
from kunker.importer import import_jsonl
from kunker.tagging import tag_database
from nlp import Tagger

VISIT = (
    "Rombongan Pemerintah Kabupaten Sleman yang dipimpin Bupati Sleman, Hartono Wibisono, "
    "melakukan studi banding ke Kota Surabaya, Rabu (6/3). Rombongan diterima Wali Kota Surabaya, "
    "Dewi Anggraini, di Balai Kota. Mereka ingin mempelajari program \"Kampung Hijau Mandiri\"."
)
NO_VISIT = "Bupati Gianyar, Made Suartana, meresmikan pasar rakyat di Kecamatan Ubud, Senin (4/3)."
ARTICLES = [
    {"id": "t1", "url": "https://slemankab.example/berita/1", "title": "Pemkab Sleman Studi Banding ke Surabaya",
     "published": "2024-03-07", "text": VISIT},
    {"id": "t2", "url": "https://gianyarkab.example/berita/2", "title": "Pasar Rakyat Ubud Diresmikan",
     "published": "2024-03-05", "text": NO_VISIT},
]


def snapshot(db) -> dict[str, list]:
    return {name: list(db[name].rows) for name in store.SCHEMA}


def tagged_db(tmp_path: Path, tagger: Tagger):
    db = store.connect(tmp_path / "k.db")
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    import_jsonl(db, path)
    summary = tag_database(db, tagger, progress=None)
    return db, summary


def test_tagging_writes_entities_with_evidence(tmp_path, tagger):
    db, summary = tagged_db(tmp_path, tagger)
    assert summary["articles"] == 2
    visits = list(db.query(
        "SELECT v.*, r1.name AS visitor, r2.name AS host FROM visits v "
        "JOIN regions r1 ON r1.code = v.visitor_code JOIN regions r2 ON r2.code = v.host_code"))
    assert [(v["visitor"], v["host"]) for v in visits] == [("Kabupaten Sleman", "Kota Surabaya")]
    assert visits[0]["article_count"] == 1
    # Every mention's offsets point at its own text in the article.
    rows = db.query("SELECT m.start, m.end, m.text, a.text AS body FROM mentions m "
                    "JOIN articles a ON a.id = m.article_id WHERE m.start IS NOT NULL")
    checked = 0
    for row in rows:
        assert row["body"][row["start"]:row["end"]] == row["text"]
        checked += 1
    assert checked >= 4
    regions = {r["entity_id"] for r in db.query("SELECT entity_id FROM mentions WHERE entity_type='region'")}
    assert {"34.04", "35.78"} <= regions  # Kabupaten Sleman, Kota Surabaya
    assert all(r["tagger_version"] == tagger.version for r in db["articles"].rows)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_each_sentence_is_stored_once_and_read_back_as_the_tagger_gave_it(tmp_path, tagger):
    db, _ = tagged_db(tmp_path, tagger)
    expected = set()
    for article in ARTICLES:
        result = tagger.tag(article)
        found = [*result.regions, *result.officials, *result.programs]
        expected |= {(m.field, m.text, m.sentence) for entity in found for m in entity.mentions}
        expected |= {(v.evidence.field, v.evidence.text, v.evidence.sentence) for v in result.visits if v.evidence}
    assert any(field == "title" for field, _, _ in expected) and any(field == "text" for field, _, _ in expected)
    stored = db.execute(f"SELECT CASE WHEN m.start IS NULL THEN 'title' ELSE 'text' END, m.text, "
                        f"{store.sentence_sql('m', 'a')} FROM mentions m JOIN articles a ON a.id = m.article_id")
    assert set(stored.fetchall()) == expected
    assert "sentence" not in db["mentions"].columns_dict and "sentence" not in db["visit_articles"].columns_dict
    evidence = db.execute(f"SELECT {store.sentence_sql('va', 'a', 'visit_articles')}, v.evidence "
                          "FROM visit_articles va JOIN articles a ON a.id = va.article_id "
                          "JOIN visits v ON v.id = va.visit_id").fetchall()
    assert evidence and all(sentence and sentence == kept and "studi banding" in sentence.lower()
                            for sentence, kept in evidence)


def test_tagging_twice_changes_nothing(tmp_path, tagger):
    db, _ = tagged_db(tmp_path, tagger)
    before = snapshot(db)
    assert tag_database(db, tagger, progress=None)["articles"] == 0
    assert snapshot(db) == before
    # Re-tagging everything replaces rows instead of adding to them.
    assert tag_database(db, tagger, retag_all=True, progress=None)["articles"] == 2
    after = snapshot(db)
    for table in ("mentions", "visits", "visit_articles", "officials", "programs", "regions"):
        assert len(after[table]) == len(before[table]), table


def test_changed_article_is_retagged_alone(tmp_path, tagger):
    db, _ = tagged_db(tmp_path, tagger)
    changed = dict(ARTICLES[0], title="Pameran Batik Dibuka",
                   text="Bupati Sleman membuka pameran batik di Yogyakarta.")
    assert store.upsert_article(db, changed) == "updated"
    assert store.article_ids_to_tag(db, tagger.version) == [1]
    tag_database(db, tagger, progress=None)
    assert db["visits"].count == 0 and db["visit_articles"].count == 0


def test_tag_cli_reports_profile_and_summary(tmp_path):
    db_path = tmp_path / "k.db"
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    assert run_main(kunker_main, ["import", "--jsonl", str(path), "--db", str(db_path)],
                    timeout=120).returncode == 0
    proc = run_main(kunker_main, ["tag", "--db", str(db_path)], timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "free" in proc.stderr
    assert proc.stdout.startswith("tagged 2 articles")


HOST_REPORT = {
    "id": "t3", "url": "https://surabaya.example/berita/3", "title": "Wali Kota Terima Rombongan Pemkab Sleman",
    "published": "2024-03-07",
    "text": ("Wali Kota Surabaya, Dewi Anggraini, menerima kunjungan kerja rombongan Pemerintah Kabupaten Sleman "
             "di Balai Kota Surabaya, kemarin. Rombongan dipimpin Bupati Sleman, Hartono Wibisono. Dalam "
             "kunjungan itu Pemkab Sleman mempelajari program Kampung Hijau Mandiri yang digagas Pemkot Surabaya."),
}
EARLIER_ROLE = {
    "id": "t4", "url": "https://slemankab.example/berita/4", "title": "Sekda Sleman Buka Pelatihan",
    "published": "2021-08-02",
    "text": "Sekretaris Daerah Kabupaten Sleman, Hartono Wibisono, membuka pelatihan kader posyandu, Senin (2/8).",
}


def test_reports_of_one_visit_merge_across_articles(tmp_path, tagger):
    db = store.connect(tmp_path / "k.db")
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in [*ARTICLES, HOST_REPORT, EARLIER_ROLE]) + "\n",
                    encoding="utf-8")
    import_jsonl(db, path)
    tag_database(db, tagger, progress=None)
    visits = list(db["visits"].rows)
    assert len(visits) == 1, visits
    visit = visits[0]
    assert (visit["visitor_code"], visit["host_code"], visit["date"]) == ("34.04", "35.78", "2024-03-06")
    assert visit["article_count"] == 2
    assert visit["leader"] == "Hartono Wibisono"
    # One program under one canonical name, whatever the articles call it.
    programs = list(db.query("SELECT p.name, count(DISTINCT a.article_id) AS n FROM programs p "
                             "JOIN program_aliases a ON a.program_id = p.id GROUP BY p.id"))
    assert programs == [{"name": "Kampung Hijau Mandiri", "n": 2}]
    # One person across articles, with every position held and when.
    views.create_views(db)  # made for serving (kunker serve), not by connect
    positions = list(db.query("SELECT position, first_seen, last_seen FROM official_positions "
                              "WHERE name = 'Hartono Wibisono' ORDER BY first_seen"))
    assert positions == [
        {"position": "Sekretaris Daerah", "first_seen": "2021-08-02", "last_seen": "2021-08-02"},
        {"position": "Bupati", "first_seen": "2024-03-07", "last_seen": "2024-03-07"},
    ]
    official = next(db.query("SELECT * FROM officials WHERE name = 'Hartono Wibisono'"))
    assert (official["position"], official["first_seen"], official["last_seen"]) == (
        "Bupati", "2021-08-02", "2024-03-07")
    # Re-tagging everything gives the same merged rows.
    before = snapshot(db)
    tag_database(db, tagger, retag_all=True, progress=None)
    after = snapshot(db)
    for table in ("visits", "visit_articles", "officials", "official_roles", "programs", "program_aliases"):
        strip = [{k: v for k, v in row.items() if k != "tagged"} for row in after[table]]
        assert strip == [{k: v for k, v in row.items() if k != "tagged"} for row in before[table]], table


@pytest.mark.parametrize("written", ["Kampung Hijau Mandiri", "program Kampung Hijau Mandiri",
                                     '"Kampung Hijau Mandiri"', "Inovasi KAMPUNG HIJAU  MANDIRI",
                                     "Kampung-Hijau Mandiri"])
def test_program_names_fold_to_one_key(written):
    assert program_key(written) == "kampung hijau mandiri"
