"""The agg_* tables (kunker/aggregates.py): the incremental refresh always equals a full recomputation, and
``kunker tag`` and ``kunker correct`` keep them current."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest
from datasette_helpers import build_fixture_db

from kunker import aggregates, corrections
from kunker import db as store
from kunker.tagging import tag_database

REGIONS = [("Kabupaten Sleman", "Sleman"), ("Kota Surabaya", "Surabaya"), ("Kabupaten Banyuwangi", "Banyuwangi"),
           ("Kota Salatiga", "Salatiga"), ("Kabupaten Gianyar", "Gianyar")]
PEOPLE = ["Hartono Wibisono", "Rudi Prasetyo", "Sulastri Wardani", "Yohanes Tamba"]
PROGRAMS = ["Kampung Hijau Mandiri", "Dapur Sehat Warga", "Sapa Desa Digital"]
DAYS = ["Senin (4/3)", "Rabu (6/3)", "Selasa (14/5)", "Kamis (10/10)"]
NO_VISIT = "Bupati Gianyar, Made Suartana, meresmikan pasar rakyat di Kecamatan Ubud, Senin (4/3)."


def visit_text(rng: random.Random) -> str:
    (visitor, short), (host, _) = rng.sample(REGIONS, 2)
    programs = " dan ".join(f'"{p}"' for p in rng.sample(PROGRAMS, rng.randint(1, 2)))
    kind = rng.choice(["studi banding", "kunjungan kerja"])
    return (f"Rombongan Pemerintah {visitor} yang dipimpin Sekretaris Daerah {short}, {rng.choice(PEOPLE)}, "
            f"melakukan {kind} ke {host}, {rng.choice(DAYS)}. Mereka ingin mempelajari program {programs}.")


def tables(db) -> dict[str, list[tuple]]:
    return {t: sorted(db.conn.execute(f"SELECT * FROM [{t}]").fetchall(), key=repr) for t in aggregates.TABLES}


def assert_equals_full(db) -> None:
    """The tables as the incremental refreshes left them equal a full recomputation (whole tables compared)."""
    incremental = tables(db)
    aggregates.rebuild(db)
    assert incremental == tables(db)


def undo_aggregates(db) -> None:
    """Make ``db`` a database from before the aggregates: no agg_* tables or their triggers, migrations 0005 and
    0006 not applied."""
    for table in aggregates.TABLES:
        db[table].drop()
    for name in store.AGGREGATE_TRIGGERS:
        db.conn.execute(f"DROP TRIGGER [{name}]")
    db.conn.execute("DELETE FROM _sqlite_migrations WHERE name IN ('0005_aggregates', '0006_source_counts')")
    db.conn.commit()


def test_migration_creates_and_fills_the_aggregates(tmp_path):
    """A database made before the aggregates gets them, filled, when it is next opened."""
    build_fixture_db(tmp_path / "k.db")
    undo_aggregates(store.connect(tmp_path / "k.db"))
    db = store.connect(tmp_path / "k.db")
    assert set(aggregates.TABLES) == set(store.AGGREGATE_SCHEMA) <= set(db.table_names())
    visits = db.conn.execute("SELECT count(*) FROM visits").fetchone()[0]
    assert db.conn.execute("SELECT sum(visits_all) FROM agg_pairs").fetchone()[0] == visits
    kinds = db.conn.execute("SELECT kind, count(*) FROM visits WHERE kind IS NOT NULL GROUP BY kind").fetchall()
    assert db.conn.execute("SELECT value, visits FROM agg_visit_facets WHERE facet = 'kind' "
                           "ORDER BY value").fetchall() == kinds


def test_upgraded_database_is_counted_once(tmp_path, tagger, capsys):
    """The migration counts an upgraded database's visits; the first tagging run after it, with nothing to tag,
    does not count them all again."""
    db = store.connect(tmp_path / "k.db")
    put(db, 1, visit_text(random.Random(3)), "2024-03-07")
    tag_database(db, tagger, progress=None)
    undo_aggregates(db)
    capsys.readouterr()
    db = store.connect(tmp_path / "k.db")
    assert capsys.readouterr().err.count("aggregates: counting 1 visits") == 1
    assert tag_database(db, tagger, progress=None)["articles"] == 0
    assert "aggregates:" not in capsys.readouterr().err
    assert db.conn.execute("SELECT sum(visits_all) FROM agg_pairs").fetchone()[0] == 1
    assert_equals_full(db)


def test_random_changes_to_visits_refresh_like_a_full_rebuild(tmp_path):
    """Storage level: random edits of visits (regions, dates, confidence, wrong), deletions and program links,
    each followed by ``refresh`` of the visits edited, leave every aggregate equal to a rebuild."""
    build_fixture_db(tmp_path / "k.db")
    db = store.connect(tmp_path / "k.db")
    rng = random.Random(14)
    codes = [r[0] for r in db.conn.execute("SELECT code FROM regions WHERE level != 'provinsi' LIMIT 40")]
    programs = [r[0] for r in db.conn.execute("SELECT id FROM programs")]
    for step in range(60):
        ids = [r[0] for r in db.conn.execute("SELECT id FROM visits ORDER BY id")]
        chosen = rng.sample(ids, min(len(ids), rng.randint(1, 3)))
        for vid in chosen:
            change = rng.choice(["host", "visitor", "date", "undated", "confidence", "wrong", "program", "delete",
                                 "new"])
            if change in ("host", "visitor"):
                db.conn.execute(f"UPDATE visits SET {change}_code = ? WHERE id = ?", (rng.choice(codes), vid))
            elif change in ("date", "undated"):
                date = None if change == "undated" else f"{rng.randint(2021, 2025)}-0{rng.randint(1, 9)}-1{step % 9}"
                db.conn.execute("UPDATE visits SET date = ? WHERE id = ?", (date, vid))
            elif change == "confidence":
                db.conn.execute("UPDATE visits SET confidence = ? WHERE id = ?", (rng.choice(["low", "high"]), vid))
            elif change == "wrong":
                db.conn.execute("UPDATE visits SET corrected = ? WHERE id = ?", (rng.choice(["wrong", None]), vid))
            elif change == "program":
                db.conn.execute("INSERT OR IGNORE INTO visit_programs (visit_id, program_id, article_id) "
                                "SELECT ?, ?, article_id FROM visit_articles WHERE visit_id = ? LIMIT 1",
                                (vid, rng.choice(programs), vid))
            elif change == "delete" and len(ids) > 3:
                for table in ("visit_programs", "visit_officials", "visit_articles", "visits"):
                    db.conn.execute(f"DELETE FROM {table} WHERE {'id' if table == 'visits' else 'visit_id'} = ?",
                                    (vid,))
            elif change == "new":
                new = f"v-new-{step}-{vid}"
                db.conn.execute("INSERT INTO visits (id, visitor_code, host_code, date, kind, confidence) "
                                "VALUES (?, ?, ?, ?, 'studi banding', 'medium')",
                                (new, rng.choice(codes), rng.choice(codes), f"202{step % 5}-05-0{step % 9 + 1}"))
                chosen.append(new)
        db.conn.commit()
        aggregates.refresh(db, chosen)
        if step % 6 == 5:
            assert_equals_full(db)
    assert_equals_full(db)


def test_refresh_of_no_visits_changes_nothing(tmp_path):
    build_fixture_db(tmp_path / "k.db")
    db = store.connect(tmp_path / "k.db")
    before = tables(db)
    assert aggregates.refresh(db, []) == 0
    assert tables(db) == before


@pytest.fixture
def article_db(tmp_path: Path):
    return store.connect(tmp_path / "tagged.db")


def put(db, article_id: int, text: str, published: str) -> None:
    store.upsert_article(db, {"url": f"https://slemankab.example/berita/{article_id}", "title": f"Berita {article_id}",
                              "published": published, "text": text})


def test_tag_retag_correct_and_recrawl_keep_the_aggregates_exact(article_db, tagger):
    """Through kunker's own write paths: random sequences of new articles, re-crawled texts (a visit's report
    gone), re-tagging everything and corrections; after each, the tables equal a full recomputation."""
    db, rng = article_db, random.Random(9)
    urls = 0
    for step in range(10):
        action = rng.choice(["tag", "tag", "recrawl", "retag", "correct"]) if step else "tag"
        if action == "tag":
            for _ in range(rng.randint(1, 3)):
                urls += 1
                put(db, urls, visit_text(rng), f"202{rng.randint(3, 4)}-0{rng.randint(1, 9)}-2{rng.randint(0, 8)}")
            tag_database(db, tagger, progress=None)
        elif action == "recrawl" and urls:
            put(db, rng.randint(1, urls), rng.choice([NO_VISIT, visit_text(rng)]), "2024-06-01")
            tag_database(db, tagger, progress=None)
        elif action == "retag":
            tag_database(db, tagger, retag_all=True, progress=None)
        else:
            visits = [r[0] for r in db.conn.execute("SELECT id FROM visits ORDER BY id")]
            if not visits:
                continue
            vid = rng.choice(visits)
            if rng.random() < 0.5:
                corrections.add(db, "visit", vid, "test: not a visit", wrong=True, who="tester")
            else:
                code = rng.choice(["35.10", "33.73", "51.04"])
                corrections.add(db, "visit", vid, "test: the article names another host", who="tester",
                                fixes={"host_code": code, "date": "2022-02-02"})
        assert_equals_full(db)
    assert db.conn.execute("SELECT count(*) FROM agg_pairs").fetchone()[0] > 0


def test_tag_hook_counts_a_new_visit_and_forgets_a_removed_one(article_db, tagger):
    db = article_db
    put(db, 1, 'Rombongan Pemerintah Kabupaten Sleman yang dipimpin Sekretaris Daerah Sleman, Hartono Wibisono, '
               'melakukan studi banding ke Kota Surabaya, Rabu (6/3). Mereka ingin mempelajari program '
               '"Kampung Hijau Mandiri".', "2024-03-07")
    tag_database(db, tagger, progress=None)
    pairs = db.conn.execute("SELECT visitor_code, host_code, visits_all, first_all FROM agg_pairs").fetchall()
    assert pairs == [("34.04", "35.78", 1, "2024-03-06")]
    facets = dict(db.conn.execute("SELECT value, visits FROM agg_visit_facets WHERE facet = 'year'").fetchall())
    assert facets == {"2024": 1}
    put(db, 1, NO_VISIT, "2024-03-07")  # re-crawled: the report is gone, so is the visit
    tag_database(db, tagger, progress=None)
    assert db.conn.execute("SELECT count(*) FROM agg_pairs").fetchone()[0] == 0
    assert db.conn.execute("SELECT count(*) FROM agg_visit_facets").fetchone()[0] == 0


def test_correct_hook_moves_a_visit_to_its_corrected_host_and_out_of_the_network(tmp_path):
    build_fixture_db(tmp_path / "k.db")
    db = store.connect(tmp_path / "k.db")
    vid, visitor, host = db.conn.execute(
        "SELECT id, visitor_code, host_code FROM visits WHERE corrected IS NULL AND confidence != 'low' "
        "ORDER BY id LIMIT 1").fetchone()
    new_host = "51.04" if host != "51.04" else "35.10"

    def pair(h: str) -> tuple | None:
        return db.conn.execute("SELECT visits_ok, visits_all FROM agg_pairs WHERE visitor_code = ? AND host_code = ?",
                               (visitor, h)).fetchone()

    before, before_new = pair(host), pair(new_host) or (0, 0)
    corrections.add(db, "visit", vid, "test: the article names another host", fixes={"host_code": new_host},
                    who="tester")
    assert (pair(host) or (0, 0)) == (before[0] - 1, before[1] - 1)
    assert pair(new_host) == (before_new[0] + 1, before_new[1] + 1)
    corrections.add(db, "visit", vid, "test: not a visit", wrong=True, who="tester")
    assert pair(new_host) == (before_new[0], before_new[1] + 1)  # still counted in 'all', not in the network
    assert_equals_full(db)


# What the pages counted at request time before the aggregates: the reference the aggregate-backed SQL must equal.
REFERENCE = {
    "visit_network": """
select e.source, vr.name as source_name, e.target, hr.name as target_name, e.weight, e.first_date, e.last_date
from (select v.visitor_code as source, v.host_code as target, count(*) as weight, min(v.date) as first_date,
        max(v.date) as last_date
      from visits v
      where v.visitor_code is not null and v.host_code is not null
        and v.corrected is not 'wrong' and (:confidence = 'all' or v.confidence is not 'low')
        and (:year = '' or (v.date >= :year and v.date < :year || '-~'))
        and (:program = '' or v.id in (
          select x.visit_id from visit_programs x join programs p on p.id = x.program_id
          where p.id = :program or p.name like '%' || :program || '%'))
      group by v.visitor_code, v.host_code) e
join regions vr on vr.code = e.source join regions hr on hr.code = e.target""",
    "repeated_visit_pairs": """
with pairs as (
  select min(visitor_code, host_code) as code_a, max(visitor_code, host_code) as code_b, count(*) as visits,
    sum(visitor_code <= host_code) as visits_a_to_b, sum(visitor_code >= host_code) as visits_b_to_a,
    min(date) as first_date, max(date) as last_date
  from visits where visitor_code is not null and host_code is not null group by code_a, code_b
  having count(*) >= coalesce(nullif(cast(:min_visits as integer), 0), 2))
select ra.name as region_a, rb.name as region_b, visits, visits_a_to_b, visits_b_to_a, first_date, last_date,
  code_a, code_b
from pairs join regions ra on ra.code = code_a join regions rb on rb.code = code_b""",
    "most_visited_regions_per_year": """
with counts as (
  select year, host_code, host, host_province, count(*) as visits, count(distinct visitor_code) as visiting_regions
  from visit_list where year is not null and (:year = '' or year = :year) group by year, host_code),
ranked as (select *, rank() over (partition by year order by visits desc) as rank from counts)
select year, rank, host, host_province, visits, visiting_regions, host_code from ranked
where rank <= coalesce(nullif(cast(:top as integer), 0), 10)""",
}
REGION_STATS = """select r.code, (select count(*) from visits where visitor_code = r.code),
  (select count(*) from visits where host_code = r.code), (select max(date) from visits where host_code = r.code)
from regions r"""


def plugin(name: str):
    import importlib.util

    from kunker import serve

    spec = importlib.util.spec_from_file_location(name, serve.PLUGINS_DIR / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def busy_db(path: Path):
    """The fixture database with 300 more visits: random regions, years, kinds, grades, programs, officials."""
    build_fixture_db(path)
    db = store.connect(path)
    rng = random.Random(5)
    codes = [r[0] for r in db.conn.execute("SELECT code FROM regions WHERE level != 'provinsi' LIMIT 25")]
    programs = [r[0] for r in db.conn.execute("SELECT id FROM programs")]
    officials = [r[0] for r in db.conn.execute("SELECT id FROM officials")]
    article = db.conn.execute("SELECT min(id) FROM articles").fetchone()[0]
    for n in range(300):
        vid = f"v-busy-{n}"
        date = None if n % 17 == 0 else f"{rng.randint(2020, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        db.conn.execute(
            "INSERT INTO visits (id, visitor_code, host_code, date, kind, confidence, corrected) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (vid, rng.choice(codes), rng.choice(codes[:8]), date,
             rng.choice(["studi banding", "kunjungan kerja", None]), rng.choice(["high", "medium", "low"]),
             "wrong" if n % 11 == 0 else None))
        for program in rng.sample(programs, rng.randint(0, 2)):
            db.conn.execute("INSERT INTO visit_programs VALUES (?, ?, ?)", (vid, program, article))
        for official in rng.sample(officials, rng.randint(0, 3)):
            db.conn.execute("INSERT INTO visit_officials VALUES (?, ?, ?, ?)",
                            (vid, official, rng.choice(["leader", "member", "host"]), article))
    db.conn.commit()
    aggregates.refresh(db, [f"v-busy-{n}" for n in range(300)])
    from kunker import views

    views.create_views(db)
    return db


def test_aggregate_backed_queries_equal_request_time_counting(tmp_path):
    db = busy_db(tmp_path / "k.db")
    queries = plugin("kunker_metadata").QUERIES
    network = plugin("kunker_network")  # visit_network is defined with the network page, which reads it too

    def rows(sql: str, params: dict) -> list:
        return sorted(db.conn.execute(sql, params).fetchall(), key=repr)

    checked = 0
    for year in ("", "2023", "1999"):
        for program in ("", "Smart", "smart dusun", "prog-smart", "no such program"):
            for confidence in ("", "all"):
                params = {"year": year, "program": program, "confidence": confidence}
                expected = rows(REFERENCE["visit_network"], params)
                assert rows(network.CANNED_SQL, params) == expected, params
                checked += len(expected)
    assert checked > 100
    for min_visits in ("", "1", "3"):
        params = {"min_visits": min_visits}
        assert rows(queries["repeated_visit_pairs"]["sql"], params) == rows(REFERENCE["repeated_visit_pairs"], params)
    for year, top in (("", ""), ("2024", "3"), ("", "1")):
        params = {"year": year, "top": top}
        assert rows(queries["most_visited_regions_per_year"]["sql"], params) == rows(
            REFERENCE["most_visited_regions_per_year"], params)
    assert rows("select code, visits_made, visits_hosted, last_hosted from region_stats", {}) == rows(REGION_STATS, {})


# What the network page showed before the aggregates: the heaviest edges, node totals and the edge count, computed
# over the request-time edges.
REFERENCE_PAGE = """
with e as materialized ({sql}),
strength as (
  select code, sum(made) as made, sum(hosted) as hosted
  from (select source as code, weight as made, 0 as hosted from e
        union all select target, 0, weight from e)
  group by code
)
select * from (
  select 'edge' as part, source, source_name, target, target_name, weight, first_date, last_date from e
  order by weight desc, source_name, target_name limit :limit)
union all
select 'node', code, null, null, null, made, hosted, null from strength
union all
select 'count', null, null, null, null, count(*), null, null from e
"""


def totals(rows: list) -> dict[str, list]:
    return {part: sorted(r for r in rows if r[0] == part) for part in ("node", "count")}


def weights(rows: list) -> list[int]:
    return [r[5] for r in rows if r[0] == "edge"]


def test_network_page_and_facets_equal_request_time_counting(tmp_path):
    db = busy_db(tmp_path / "k.db")
    network = plugin("kunker_network")
    reference = REFERENCE_PAGE.format(sql=REFERENCE["visit_network"])
    pages = 0
    for year, program in itertools.product(("", "2022"), ("", "Smart", "prog-smart", "no such program")):
        for confidence in ("", "all"):
            for limit in (5, 300):
                params = {"year": year, "program": program, "confidence": confidence, "limit": limit}
                got = db.conn.execute(network.page_sql(year, program, confidence), params).fetchall()
                expected = db.conn.execute(reference, params).fetchall()
                assert totals(got) == totals(expected), params
                assert weights(got) == weights(expected), params  # the heaviest (ties may come in another order)
                assert len(weights(got)) == min(limit, totals(got)["count"][0][5])
                pages += bool(weights(got))
    assert pages > 20
    facets = plugin("kunker_facets")
    assert set(facets.COUNTED["visit_list"]) == set(aggregates.FACETS)
    for column in aggregates.FACETS:
        sql = facets.COUNTED["visit_list"][column]
        got = db.conn.execute(sql, {"facet": column, "limit": 1000}).fetchall()
        expected = db.conn.execute(f"select {column}, count(*) from visit_list where {column} is not null "
                                   f"group by {column} order by 2 desc, 1").fetchall()
        assert got == expected, column
    got = db.conn.execute(facets.COUNTED["articles"]["source"], {"limit": 1000}).fetchall()
    assert got == db.conn.execute("select source, count(*) from articles where source is not null "
                                  "group by source order by 2 desc, 1").fetchall() != []


ENTITY_COUNTS = {  # (kind, heading start) -> request-time (id, n) of the entity page's linked entities
    ("region", "Daerah mitra"): """
        select case when visitor_code = :id then host_code else visitor_code end as partner, count(*) from visits
        where visitor_code = :id or host_code = :id group by partner""",
    ("region", "Program yang"): """
        select vp.program_id, count(distinct v.id) from visits v join visit_programs vp on vp.visit_id = v.id
        where v.visitor_code = :id or v.host_code = :id group by vp.program_id""",
    ("region", "Pejabat"): """
        select f.id, count(distinct vo.visit_id) from officials f left join visit_officials vo on vo.official_id = f.id
        where f.region_code = :id group by f.id""",
    ("program", "Daerah yang belajar"): """
        select v.visitor_code, count(distinct v.id) from visit_programs vp join visits v on v.id = vp.visit_id
        where vp.program_id = :id group by v.visitor_code""",
    ("program", "Daerah tuan rumah"): """
        select v.host_code, count(distinct v.id) from visit_programs vp join visits v on v.id = vp.visit_id
        where vp.program_id = :id group by v.host_code""",
    ("program", "Pejabat dalam"): """
        select vo.official_id, count(distinct vo.visit_id) from visit_programs vp
        join visit_officials vo on vo.visit_id = vp.visit_id where vp.program_id = :id group by vo.official_id""",
}


def test_entity_page_links_equal_request_time_counting(tmp_path):
    db = busy_db(tmp_path / "k.db")
    entities = plugin("kunker_entities")
    ids = {"region": [r[0] for r in db.conn.execute("SELECT DISTINCT host_code FROM visits LIMIT 6")],
           "program": [r[0] for r in db.conn.execute("SELECT id FROM programs")]}
    compared = 0
    for (kind, heading), reference in ENTITY_COUNTS.items():
        sql = next(s for h, _, s in entities.LINKS[kind] if h.startswith(heading))
        for entity_id in ids[kind]:
            got = sorted((r[0], r[2]) for r in db.conn.execute(sql, {"id": entity_id}))
            assert got == sorted(db.conn.execute(reference, {"id": entity_id}).fetchall()), (heading, entity_id)
            compared += len(got)
    assert compared > 100


EVIDENCE_REFERENCE = """select m.text, m.sentence, m.start, m.end, a.id, a.title, a.url, a.published
    from mention_sentences m join articles a on a.id = m.article_id where m.entity_type = :type and m.entity_id = :id
    order by a.published desc, a.id, m.start limit 5"""


def test_entity_evidence_read_newest_first_from_the_index_equals_sorting_every_mention(tmp_path):
    """The entity pages' evidence (the newest mentions through the index on mentions.published, a copy of the
    article's date kept by triggers) equals sorting every mention of the entity by its article's date, after
    mentions written without the date and articles re-dated or undated."""
    build_fixture_db(tmp_path / "k.db")
    db, rng = store.connect(tmp_path / "k.db"), random.Random(3)
    text = "Bupati Sleman menerima tamu dari Surabaya. Rombongan Surabaya belajar program di Sleman."
    for n in range(40):
        store.upsert_article(db, {"url": f"https://ev.example/{n}", "title": f"Tamu {n}", "text": f"{text} ({n})",
                                  "published": None if n % 9 == 0 else f"2024-0{rng.randint(1, 9)}-1{n % 10}"})
    ids = [r[0] for r in db.conn.execute("SELECT id FROM articles WHERE url LIKE 'https://ev.example/%'")]
    rows = [(f"ev-{a}-{entity}-{start}", a, entity, start, start + 6, text[start:start + 6], 0, 42)
            for a in ids for entity in ("ev-1", "ev-2") for start in rng.sample([0, 7, 33, 54, 80], 2)]
    db.conn.executemany("INSERT INTO mentions (id, article_id, entity_type, entity_id, start, [end], text, "
                        "sentence_start, sentence_end) VALUES (?, ?, 'region', ?, ?, ?, ?, ?, ?)", rows)
    for article in rng.sample(ids, 15):
        db.conn.execute("UPDATE articles SET published = ? WHERE id = ?",
                        (rng.choice([None, "2023-12-31", "2025-01-0" + str(rng.randint(1, 9))]), article))
    db.conn.commit()
    from kunker import views

    views.create_views(db)
    entities = plugin("kunker_entities")
    for entity in ("ev-1", "ev-2"):
        params = {"type": "region", "id": entity}
        got = db.conn.execute(entities.EVIDENCE_SQL.format(limit=5), params).fetchall()
        assert got == db.conn.execute(EVIDENCE_REFERENCE, params).fetchall() and len(got) == 5
    plan = " ".join(r[3] for r in db.conn.execute(f"EXPLAIN QUERY PLAN {entities.EVIDENCE_SQL.format(limit=5)}",
                                                  {"type": "region", "id": "ev-1"}))
    assert "idx_mentions_entity_type_entity_id_published_article_id_start" in plan
    assert db.conn.execute("SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id "
                           "WHERE m.published IS NOT a.published").fetchone()[0] == 0


def test_gexf_is_the_text_elementtree_writes():
    """The network's GEXF, written line by line for speed, is what ElementTree would write (odd names included)."""
    import xml.etree.ElementTree as ET

    network = plugin("kunker_network")
    nodes = [network.node({"code": "35.10", "name": 'Kab. "A" & <B>\n\tC', "level": "kabupaten", "province": "P",
                           "latitude": -8.2, "longitude": 114.3}, 3, 0),
             network.node({"code": "36.04", "name": "Serang", "level": None, "province": None, "latitude": None,
                           "longitude": None}, 0, 3)]
    data = {"nodes": nodes, "edges": [{"source": "36.04", "target": "35.10", "weight": 3}]}
    root = ET.Element("gexf", {"xmlns": "http://gexf.net/1.3", "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "kunker"
    ET.SubElement(meta, "description").text = "Inter-regional learning visits (visitor -> host)"
    graph = ET.SubElement(root, "graph", {"mode": "static", "defaultedgetype": "directed"})
    attributes = ET.SubElement(graph, "attributes", {"class": "node"})
    for i, (name, kind) in enumerate(network.NODE_ATTRIBUTES):
        ET.SubElement(attributes, "attribute", {"id": str(i), "title": name, "type": kind})
    elements = ET.SubElement(graph, "nodes")
    for node in nodes:
        values = ET.SubElement(ET.SubElement(elements, "node", {"id": node["id"], "label": node["label"]}), "attvalues")
        for i, (name, _) in enumerate(network.NODE_ATTRIBUTES):
            if node.get(name) is not None:
                ET.SubElement(values, "attvalue", {"for": str(i), "value": str(node[name])})
    edges = ET.SubElement(graph, "edges")
    ET.SubElement(edges, "edge", {"id": "0", "source": "36.04", "target": "35.10", "weight": "3"})
    ET.indent(root)
    expected = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
    assert network.to_gexf(data) == expected


def test_new_confidence_rules_recount_every_visit(article_db, tagger, monkeypatch):
    """A tagging run after the confidence rules changed re-scores every visit, so it recounts them all."""
    from kunker import confidence

    db = article_db
    put(db, 1, visit_text(random.Random(3)), "2024-03-07")
    tag_database(db, tagger, progress=None)
    assert db.conn.execute("SELECT sum(visits_ok) FROM agg_pairs").fetchone()[0] == 1
    monkeypatch.setattr(confidence, "KEY_SQL", confidence.KEY_SQL.replace("'2|'", "'test|'"))
    monkeypatch.setattr(confidence, "score", lambda *args, **kwargs: ("low", "test: every visit low"))
    tag_database(db, tagger, progress=None)  # nothing new to tag: only the visits' scores changed
    assert db.conn.execute("SELECT sum(visits_ok), sum(visits_all) FROM agg_pairs").fetchone() == (0, 1)
    assert_equals_full(db)


def test_articles_written_renamed_and_deleted_keep_source_counts_exact(tmp_path):
    """agg_sources (crawl_health's articles per source) is kept by triggers on articles: after random new,
    re-crawled, re-dated, moved and deleted articles it equals a recount, row for row."""
    db, rng = store.connect(tmp_path / "k.db"), random.Random(14)
    for name in ("a", "b", "c"):
        store.upsert_source(db, name, f"https://{name}.example", None)
    urls = 0
    for _ in range(200):
        action = rng.choice(["new", "new", "recrawl", "move", "delete", "undated"])
        ids = [r[0] for r in db.conn.execute("SELECT id FROM articles")]
        if action == "new" or not ids:
            urls += 1
            store.upsert_article(db, {"url": f"https://x.example/{urls}", "source": rng.choice("abc"),
                                      "published": f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                                      "text": f"Berita nomor {urls} dari daerah."})
        elif action == "recrawl":
            url = db.conn.execute("SELECT url FROM articles WHERE id = ?", (rng.choice(ids),)).fetchone()[0]
            store.upsert_article(db, {"url": url, "published": f"2025-0{rng.randint(1, 9)}-01",
                                      "text": f"Berita diperbarui {rng.random()}."})
        elif action == "move":
            db.conn.execute("UPDATE articles SET source = ? WHERE id = ?", (rng.choice(["a", "b", "c", None]),
                                                                         rng.choice(ids)))
        elif action == "undated":
            db.conn.execute("UPDATE articles SET published = NULL WHERE id = ?", (rng.choice(ids),))
        else:
            db.conn.execute("DELETE FROM articles WHERE id = ?", (rng.choice(ids),))
    kept = db.conn.execute("SELECT * FROM agg_sources ORDER BY source").fetchall()
    recounted = db.conn.execute(f"{aggregates.WRITE_COUNTED['agg_sources']} ORDER BY source").fetchall()
    assert kept == recounted
    assert {r[0] for r in kept} == {"a", "b", "c"} and sum(r[1] for r in kept) > 30
