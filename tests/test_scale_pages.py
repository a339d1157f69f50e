"""Entity pages and canned queries at 1M articles (issue 14): their SQL reads only what the page shows, through
the indexes that keep it fast, and gives what the plain request-time SQL gives."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from test_aggregates import busy_db, plugin

from kunker import aggregates

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


def graphml_reference(data: dict) -> str:
    """The network's GraphML as ElementTree writes it (how the download was written before it was written line by
    line)."""
    import xml.etree.ElementTree as ET

    network = plugin("kunker_network")
    root = ET.Element("graphml", {"xmlns": "http://graphml.graphdrawing.org/xmlns"})
    types = {"string": "string", "double": "double", "integer": "int"}
    ET.SubElement(root, "key", {"id": "label", "for": "node", "attr.name": "label", "attr.type": "string"})
    for name, kind in network.NODE_ATTRIBUTES:
        ET.SubElement(root, "key", {"id": name, "for": "node", "attr.name": name, "attr.type": types[kind]})
    ET.SubElement(root, "key", {"id": "weight", "for": "edge", "attr.name": "weight", "attr.type": "int"})
    graph = ET.SubElement(root, "graph", {"id": "visits", "edgedefault": "directed"})
    for node in data["nodes"]:
        el = ET.SubElement(graph, "node", {"id": node["id"]})
        ET.SubElement(el, "data", {"key": "label"}).text = node["label"]
        for name, _ in network.NODE_ATTRIBUTES:
            if node.get(name) is not None:
                ET.SubElement(el, "data", {"key": name}).text = str(node[name])
    for i, edge in enumerate(data["edges"]):
        el = ET.SubElement(graph, "edge", {"id": f"e{i}", "source": edge["source"], "target": edge["target"]})
        ET.SubElement(el, "data", {"key": "weight"}).text = str(edge["weight"])
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def test_graphml_is_the_text_elementtree_writes():
    """GraphML, written line by line for speed, is what ElementTree writes: odd names, missing values, empty."""
    network = plugin("kunker_network")
    nodes = [network.node({"code": "35.10", "name": 'Kab. "A" & <B>\n\tC', "level": "kabupaten", "province": "P",
                           "latitude": -8.2, "longitude": 114.3}, 3, 0),
             network.node({"code": "36&04", "name": "", "level": None, "province": None, "latitude": None,
                           "longitude": None}, 0, 3),
             network.node({"code": "37.01", "name": None, "level": "kota", "province": "Q <&>", "latitude": 0.0,
                           "longitude": 0}, 0, 0)]
    edges = [{"source": "36&04", "target": "35.10", "weight": 3}, {"source": "35.10", "target": "35.10", "weight": 0}]
    for data in ({"nodes": nodes, "edges": edges}, {"nodes": nodes, "edges": []}, {"nodes": [], "edges": []}):
        assert network.to_graphml(data) == graphml_reference(data)


def test_network_downloads_without_a_program_equal_the_canned_query(tmp_path):
    """A whole network's downloads (no program) read the pair table through its covering index and name and sort
    the edges in Python: JSON, CSV and GraphML carry exactly the canned query's edges, in its order, with the
    nodes and totals computed from them, for every year and confidence filter."""
    import csv
    import io
    import json

    from datasette_helpers import InProcessSite

    db = busy_db(tmp_path / "k.db")
    network = plugin("kunker_network")
    years = [r[0] for r in db.conn.execute("SELECT DISTINCT year FROM agg_pair_years")] + ["", "1999"]
    expected_all = {}
    for year in years:
        for confidence in ("", "all"):
            params = {"year": year, "program": "", "confidence": confidence}
            cursor = db.conn.execute(network.CANNED_SQL, params)
            fields = [c[0] for c in cursor.description]
            edges = [dict(zip(fields, r, strict=True)) for r in cursor]
            made: dict[str, int] = {}
            hosted: dict[str, int] = {}
            for e in edges:
                made[e["source"]] = made.get(e["source"], 0) + e["weight"]
                hosted[e["target"]] = hosted.get(e["target"], 0) + e["weight"]
            codes = sorted(made.keys() | hosted.keys())
            info = db.conn.execute(
                "select r.code, r.name, r.level, coalesce(p.name, r.name) as province, r.latitude, r.longitude "
                f"from regions r left join regions p on p.code = r.province_code where r.code in "
                f"({', '.join('?' for _ in codes)}) order by r.code", codes).fetchall()
            nodes = [network.node(dict(zip(("code", "name", "level", "province", "latitude", "longitude"), r,
                                           strict=True)), made.get(r[0], 0), hosted.get(r[0], 0)) for r in info]
            expected_all[year, confidence] = {"filters": params, "nodes": nodes, "edges": edges}
        steps = plan(db.conn, network.pair_edges(True, "ok"), {"year": year})
        assert any("COVERING INDEX idx_agg_pair_years_year_visits_ok_visitor_code" in s for s in steps), steps
    db.conn.close()
    with InProcessSite(tmp_path / "k.db") as site:
        shown = 0
        for (year, confidence), expected in expected_all.items():
            query = f"?year={year}&confidence={confidence}"
            status, body, _ = site.request(f"/k/-/network.json{query}")
            assert status == 200 and json.loads(body) == expected, (year, confidence)
            out = io.StringIO()
            writer = csv.DictWriter(out, fieldnames=network.EDGE_FIELDS, lineterminator="\n")
            writer.writeheader()
            writer.writerows(expected["edges"])
            assert site.request(f"/k/-/network.csv{query}")[1] == out.getvalue()
            assert site.request(f"/k/-/network.graphml{query}")[1] == graphml_reference(expected)
            shown += len(expected["edges"])
        assert shown > 300 and expected_all["1999", ""]["edges"] == []


def test_migration_puts_covering_indexes_in_place_of_the_ones_they_supersede(tmp_path):
    """A database with the indexes of migrations before 0010 gets the covering ones instead, and the programs'
    visit snapshot gets the visits' dates (then equal to a full recount)."""
    from kunker import db as store

    db = busy_db(tmp_path / "k.db")
    expected = sorted(db.conn.execute("SELECT * FROM agg_visit_programs").fetchall(), key=repr)
    db.conn.execute("DROP INDEX idx_agg_visit_programs_program_id_date_visit_id")
    db["agg_visit_programs"].transform(drop={"date"})
    for table, columns in store.SUPERSEDED_INDEXES:
        for index in db[table].indexes:
            if index.columns[:len(columns)] == columns:
                db.conn.execute(f"DROP INDEX [{index.name}]")
        db[table].create_index(columns)
    db.conn.execute("DROP INDEX idx_visits_date_host_code_visitor_code_confidence_corrected_article_count")
    db.conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0010_covering_indexes'")
    db.conn.commit()
    assert store.migrate(db) == ["0010_covering_indexes"]
    tables = ("visits", *store.AGGREGATE_SCHEMA)
    indexed = {(t, tuple(i.columns)) for t in tables for i in db[t].indexes}
    wanted = {(t, tuple(c)) for t, c, _ in store.INDEXES + store.AGGREGATE_INDEXES if t in tables}
    assert wanted <= indexed and len(wanted) > 20
    assert not {(t, tuple(c)) for t, c in store.SUPERSEDED_INDEXES} & indexed
    assert ("agg_visit_programs", ("program_id", "date", "visit_id")) in indexed
    got = sorted(db.conn.execute("SELECT * FROM agg_visit_programs").fetchall(), key=repr)
    assert got == expected and sum(1 for row in got if row[2]) > 100
    aggregates.rebuild(db)
    assert sorted(db.conn.execute("SELECT * FROM agg_visit_programs").fetchall(), key=repr) == expected


PROGRAM_VISITS_REQUEST_TIME = "select distinct visit_id, 'studied' as role from visit_programs where program_id = :id"
PROGRAM_OFFICIALS_REQUEST_TIME = """
    select t.id, t.label, t.n,
      (select group_concat(distinct vo.role) from visit_officials vo
       where vo.official_id = t.id and exists (select 1 from visit_programs vp
         where vp.visit_id = vo.visit_id and vp.program_id = :id)) as detail
    from (select f.id, f.name as label, a.visits as n
          from agg_program_officials a join officials f on f.id = a.official_id
          where a.program_id = :id order by n desc, f.name limit 100) t
    order by t.n desc, t.label"""


def test_program_timeline_count_and_officials_equal_reading_every_visit_of_the_program(tmp_path):
    """The program page reads its visits from agg_visit_programs (count from the index, the newest by the dates
    of agg_visits) and each official's roles by role: its timeline (limits 3, 10, 100), count and officials equal
    those read from every visit_programs row."""
    db = busy_db(tmp_path / "k.db")
    entities = plugin("kunker_entities")
    officials = next(s for h, _, s in entities.LINKS["program"] if "officials" in h)
    compared = 0
    for (program,) in db.conn.execute("SELECT id FROM programs").fetchall():
        params = {"id": program}
        for limit in (3, 10, entities.TIMELINE_LIMIT):
            fast = entities.TIMELINE_SQL.format(visits=entities.RECENT_OF["program"].format(limit=limit), limit=limit)
            full = entities.TIMELINE_SQL.format(visits=PROGRAM_VISITS_REQUEST_TIME, limit=limit)
            got = db.conn.execute(fast, params).fetchall()
            assert got == db.conn.execute(full, params).fetchall(), (program, limit)
            compared += len(got)
        count = entities.TIMELINE_COUNT_SQL.format
        assert db.conn.execute(count(visits=entities.VISITS_OF["program"]), params).fetchone() == \
            db.conn.execute(count(visits=PROGRAM_VISITS_REQUEST_TIME), params).fetchone()
        got = db.conn.execute(officials, params).fetchall()
        assert got == db.conn.execute(PROGRAM_OFFICIALS_REQUEST_TIME, params).fetchall(), program
        compared += len(got)
        steps = plan(db.conn, count(visits=entities.VISITS_OF["program"]), params)
        assert steps == ["SEARCH agg_visit_programs USING COVERING INDEX "
                         "idx_agg_visit_programs_program_id_date_visit_id (program_id=?)"], steps
        steps = plan(db.conn, entities.RECENT_OF["program"].format(limit=5), params)
        assert not any("TEMP B-TREE" in s for s in steps), steps  # read newest first, stops at the limit
    assert compared > 300


def one_step_rows_sql(room) -> str:
    """The visits page's rows chosen and read in one step: the query before rowids were picked first (the oracle)."""
    rest = room.VISIT_ROWS_SQL.split("\nselect ", 1)[1]
    return ("with page as (select v.rowid as r, v.* from visits v where {where} order by {order} "
            "limit :limit offset :offset)\nselect " + rest)


def test_visits_page_rows_chosen_by_rowid_first_equal_sorting_the_whole_rows(tmp_path):
    """The visits page picks its rows' rowids first (with a year, from the covering index on visits alone), then
    reads those rows: every mix of filters, sort and page gives the rows of sorting the whole rows."""
    import itertools

    db = busy_db(tmp_path / "k.db")
    room = plugin("kunker_room")
    region = db.conn.execute("SELECT host_code FROM visits WHERE id = 'v-busy-1'").fetchone()[0]
    program = db.conn.execute("SELECT name FROM programs LIMIT 1").fetchone()[0]
    choices = {"year": ["", "2023"], "province": ["", region[:2]], "region": ["", region],
               "kind": ["", "studi banding"], "program": ["", program[:5]], "confidence": ["", "all", "low"],
               "sort": list(room.SORTS)}
    compared = 0
    for values in itertools.product(*choices.values()):
        given, where, params = room.visit_filters(dict(zip(choices, values, strict=True)))
        order = room.SORTS[given["sort"]][1]
        parts = {"where": " and ".join(where), "order": order,
                 "outer_order": order.replace("v.rowid", "page.r").replace("v.", "page.")}
        for limit, offset in ((5, 0), (4, 3), (51, 0)):
            paged = {**params, "limit": limit, "offset": offset}
            got = db.conn.execute(room.VISIT_ROWS_SQL.format(**parts), paged).fetchall()
            assert got == db.conn.execute(one_step_rows_sql(room).format(**parts), paged).fetchall(), (values, limit)
            compared += len(got)
    assert compared > 1000
    given, where, params = room.visit_filters({"year": "2024", "province": region[:2], "sort": "reports"})
    steps = plan(db.conn, room.VISIT_ROWS_SQL.format(where=" and ".join(where), order=room.SORTS["reports"][1],
                                                     outer_order="page.r"), {**params, "limit": 5, "offset": 0})
    assert any("COVERING INDEX idx_visits_date_host_code_visitor_code_confidence_corrected_article_count" in s
               for s in steps), steps
