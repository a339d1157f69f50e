"""Entity pages and canned queries at 1M articles (issue 14): their SQL reads only what the page shows, through
the indexes that keep it fast, and gives what the plain request-time SQL gives."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from test_aggregates import busy_db, plugin

ROOT = Path(__file__).resolve().parents[1]


def plan(conn: sqlite3.Connection, sql: str, params: dict) -> list[str]:
    return [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params)]


def test_region_timeline_from_the_recent_visits_equals_the_one_from_all_visits(tmp_path):
    """A region's timeline reads its hosted visits newest first through an index and stops at the limit; the
    visits, roles and order equal those taken from all its visits (undated, self-visits and small limits)."""
    db = busy_db(tmp_path / "k.db")
    entities = plugin("kunker_entities")
    codes = [r[0] for r in db.conn.execute("SELECT DISTINCT host_code FROM visits UNION "
                                           "SELECT DISTINCT visitor_code FROM visits")]
    compared = 0
    for limit in (3, 10, entities.TIMELINE_LIMIT):
        fast = entities.TIMELINE_SQL.format(visits=entities.RECENT_OF["region"].format(limit=limit), limit=limit)
        full = entities.TIMELINE_SQL.format(visits=entities.VISITS_OF["region"], limit=limit)
        for code in codes:
            got = db.conn.execute(fast, {"id": code}).fetchall()
            assert got == db.conn.execute(full, {"id": code}).fetchall(), (limit, code)
            compared += len(got)
    assert compared > 300
    steps = plan(db.conn, entities.RECENT_OF["region"].format(limit=5), {"id": codes[0]})
    assert any("USING INDEX idx_visits_host_code_date_id (host_code=?)" in step for step in steps), steps
    assert not any("TEMP B-TREE" in step for step in steps), steps  # no sort of all the hosted visits


def test_program_officials_roles_come_from_the_index_alone(tmp_path):
    """Each official's roles in a program's visits (the program page) read the covering index on visit_officials,
    not every visit row of the official, and are the roles found by joining the visits."""
    db = busy_db(tmp_path / "k.db")
    entities = plugin("kunker_entities")
    sql = next(s for h, _, s in entities.LINKS["program"] if "officials" in h)
    reference = """select vo.official_id, vo.role from visit_officials vo join visit_programs vp
                   on vp.visit_id = vo.visit_id where vp.program_id = :id"""
    compared = 0
    for (program,) in db.conn.execute("SELECT id FROM programs").fetchall():
        roles: dict[str, set[str]] = {}
        for official, role in db.conn.execute(reference, {"id": program}):
            roles.setdefault(official, set()).add(role)
        for official, _, _, detail in db.conn.execute(sql, {"id": program}):
            assert set(detail.split(",")) == roles[official], (program, official)
            compared += 1
        steps = plan(db.conn, sql, {"id": program})
        assert any("vo USING COVERING INDEX idx_visit_officials_official_id_role_visit_id" in s for s in steps), steps
    assert compared >= 10


def test_co_mentioned_officials_are_looked_up_by_article_not_by_every_official_mention(tmp_path):
    """The co-mentioned officials (entity page) and everything linked to an official (canned query) read the
    mentions of the official's articles through the article index; the index on entity type would read every
    official's mentions for each article (interrupted by Datasette's time limit at 1M articles)."""
    db = busy_db(tmp_path / "k.db")
    entities = plugin("kunker_entities")
    official = db.conn.execute("SELECT official_id FROM visit_officials LIMIT 1").fetchone()[0]
    link = next(sql for heading, _, sql in entities.LINKS["official"] if "co-mentioned" in heading)
    links = plugin("kunker_metadata").QUERIES["official_links"]["sql"]
    for sql, params in ((link, {"id": official}), (links, {"official": official})):
        steps = plan(db.conn, sql, params)
        looked_up = [s for s in steps if s.startswith("SEARCH m ")]
        assert looked_up and all("idx_mentions_article_id (article_id=?)" in s for s in looked_up), steps


VISIT_MAP_REFERENCE = """select v.id, hr.name, vr.name, v.date, v.kind, hr.latitude, hr.longitude
    from visits v join regions hr on hr.code = v.host_code left join regions vr on vr.code = v.visitor_code
    where hr.latitude is not null and hr.longitude is not null
      and v.confidence is not 'low' and v.corrected is not 'wrong'"""
VISIT_MAP_ALL_REFERENCE = """select v.id, hr.name, vr.name, v.date, v.kind, v.confidence, v.corrected, hr.latitude,
      hr.longitude
    from visits v join regions hr on hr.code = v.host_code left join regions vr on vr.code = v.visitor_code
    where hr.latitude is not null and hr.longitude is not null"""


def test_visit_map_count_reads_a_range_of_the_index_per_region_and_rows_are_the_located_visits(tmp_path):
    """visit_map and visit_map_all (counted by Datasette for the page and every map batch) have the rows of a plain
    join of visits and regions; their counts scan the regions and read each one's visits from the covering index,
    without looking up the visitor's region for each visit."""
    db = busy_db(tmp_path / "k.db")
    got = sorted(db.conn.execute("SELECT * FROM visit_map").fetchall(), key=repr)
    assert got == sorted(db.conn.execute(VISIT_MAP_REFERENCE).fetchall(), key=repr) and len(got) > 100
    got = sorted(db.conn.execute("SELECT * FROM visit_map_all").fetchall(), key=repr)
    assert got == sorted(db.conn.execute(VISIT_MAP_ALL_REFERENCE).fetchall(), key=repr) and len(got) > 250
    for view in ("visit_map", "visit_map_all"):
        steps = plan(db.conn, f"SELECT count(*) FROM {view}", {})
        assert steps[0] == "SCAN hr", steps
        assert any(s.startswith("SEARCH v USING COVERING INDEX") and "(host_code=?)" in s for s in steps), steps
        assert not any("vr" in s or "SCALAR SUBQUERY" in s for s in steps), steps


def test_visit_edges_rows_equal_the_join_and_its_page_reads_the_most_visited_pairs_from_an_index(tmp_path):
    """visit_edges (one row per ordered pair, names as subqueries) equals joining the pairs to the regions; its
    count touches no region and its default page (most visits first) reads agg_pairs' index on visits_all."""
    db = busy_db(tmp_path / "k.db")
    reference = """select a.visitor_code, vr.name, a.host_code, hr.name, a.visits_all, a.first_all, a.last_all
        from agg_pairs a left join regions vr on vr.code = a.visitor_code
        left join regions hr on hr.code = a.host_code"""
    got = db.conn.execute("SELECT * FROM visit_edges").fetchall()
    assert sorted(got, key=repr) == sorted(db.conn.execute(reference).fetchall(), key=repr) and len(got) > 100
    assert all(row[1] and row[3] for row in got)
    assert not any("regions" in s for s in plan(db.conn, "SELECT count(*) FROM visit_edges", {}))
    steps = plan(db.conn, "SELECT * FROM visit_edges ORDER BY visits DESC LIMIT 51", {})
    assert any("USING INDEX idx_agg_pairs_visits_all" in s for s in steps), steps
    assert not any("TEMP B-TREE" in s for s in steps), steps


def test_visits_page_count_from_the_visit_facts_equals_counting_the_visits(tmp_path):
    """The visits page counts the default and "all" confidence from agg_visits (narrow rows): for every mix of
    filters the count equals counting the visits themselves, and only those two levels read agg_visits."""
    import itertools

    db = busy_db(tmp_path / "k.db")
    room = plugin("kunker_room")
    region, visitor = db.conn.execute("SELECT host_code, visitor_code FROM visits WHERE id = 'v-busy-1'").fetchone()
    program = db.conn.execute("SELECT name FROM programs LIMIT 1").fetchone()[0]
    choices = {"year": ["", "2023"], "province": ["", region[:2]], "region": ["", region, visitor],
               "kind": ["", "studi banding"], "program": ["", program[:5]],
               "confidence": ["", "all", "high", "low", "corrected"]}
    seen = set()
    for values in itertools.product(*choices.values()):
        given, where, params = room.visit_filters(dict(zip(choices, values, strict=True)))
        plain = f"select count(*) as n from visits v where {' and '.join(where)}"
        got = db.conn.execute(room.count_sql(given, where), params).fetchone()[0]
        assert got == db.conn.execute(plain, params).fetchone()[0], values
        seen.add(got)
        steps = " ".join(plan(db.conn, room.count_sql(given, where), params))
        assert ("agg_visits" in steps) == (given["confidence"] in ("", "all")), (values, steps)
    assert len(seen) > 20  # the filters tell the visits apart
