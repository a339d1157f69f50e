"""Aggregates computed when the data changes, not when a page is read.

The pages and canned queries of the published site count visits per region, per pair of regions, per year, per
program and per official, and Datasette counts the visit list's facets. Those numbers change only when
``kunker tag`` or ``kunker correct`` writes (and when tagging re-scores confidence), so they are kept in
``agg_*`` tables, whose columns and indexes ``kunker.db.AGGREGATE_SCHEMA`` defines; this module fills them:

    agg_pairs              visitor -> host, all years: visits, first/last date     network page, visit_network
    agg_pair_years         the same per year ('' = undated)                        network of one year
    agg_program_pairs      the same per program and year                           network of a program, pages
    agg_region_pairs       two regions either way (code_a < code_b)                repeated_visit_pairs
    agg_regions            per region: visits made and hosted, last hosted         region_stats, network nodes
    agg_region_years       the same per year, with the number of visiting regions  most_visited_regions_per_year
    agg_officials          per official: visits taken part in, first/last date     region page
    agg_program_officials  per program and official: visits taken part in          program page
    agg_visit_facets       the visit list's facet counts (host, visitor, host_province, year, kind)
    agg_sources            per source: articles stored, newest article's date           crawl_health

``agg_sources`` changes with every article a crawl writes, not with the visits: triggers on ``articles``
(``kunker.db.AGGREGATE_TRIGGERS``) keep it in the writing statement; migration 0006 counted it once
(``recount``), ``rebuild`` leaves it.

Counts come in three sets, by what the pages leave out: ``ok`` (neither low confidence nor marked wrong: the
network's default), ``nw`` (not marked wrong: the network with ``confidence=all``) and ``all`` (every visit:
region_stats, repeated pairs, most visited). ``first_*``/``last_*`` are the dates of the same sets.

Each aggregate is a GROUP BY over three narrow snapshot tables (``agg_visits``, ``agg_visit_programs``,
``agg_visit_officials``): what every visit contributed when the aggregates were last refreshed (the programs' rows
carry the visit's date, for the program page's newest visits). ``refresh(db, visit_ids)`` reads the keys those
visits touched before (from the snapshot) and after (from ``visits``), updates their snapshot rows and recomputes
only those keys; ``rebuild(db)`` recomputes everything. The two always agree (tests/test_aggregates.py).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import sqlite_utils

Cond = Callable[..., str]  # cond("col_a", "col_b"[, facet=...]) -> SQL keeping those columns' touched keys

# What one visit contributes: its regions, year, date, kind and grade (the set it counts in).
GRADE = "CASE WHEN corrected = 'wrong' THEN 'wrong' WHEN confidence = 'low' THEN 'low' ELSE 'ok' END"
VISIT_FACTS = f"""SELECT id, visitor_code, host_code, substr(host_code, 1, 2), coalesce(substr(date, 1, 4), ''),
  date, kind, {GRADE} FROM visits"""
SNAPSHOTS: dict[str, str] = {  # table -> the SQL of its rows (its key column is visit_id)
    "agg_visits": VISIT_FACTS,
    "agg_visit_programs": "SELECT DISTINCT visit_id, program_id, (SELECT date FROM visits WHERE id = visit_id) "
                          "FROM visit_programs",
    "agg_visit_officials": "SELECT DISTINCT visit_id, official_id FROM visit_officials",
}


def _sets(date: str = "date") -> str:
    """Visits and first/last dates in the three sets (ok, nw, all)."""
    out = []
    for name, test in (("ok", "grade = 'ok'"), ("nw", "grade != 'wrong'"), ("all", "1")):
        out += [f"sum({test}) AS visits_{name}", f"min(CASE WHEN {test} THEN {date} END) AS first_{name}",
                f"max(CASE WHEN {test} THEN {date} END) AS last_{name}"]
    return ", ".join(out)



def _region_year_rows(cond: Cond) -> str:
    """Per region and year, from agg_pair_years (so a popular region costs its partners, not its visits)."""
    return f"""
SELECT region_code, year, sum(made_ok), sum(made_nw), sum(made_all), sum(hosted_ok), sum(hosted_nw), sum(hosted_all),
  max(last_hosted), count(partner)
FROM (SELECT visitor_code AS region_code, year, visits_ok AS made_ok, visits_nw AS made_nw, visits_all AS made_all,
        0 AS hosted_ok, 0 AS hosted_nw, 0 AS hosted_all, NULL AS last_hosted, NULL AS partner
      FROM agg_pair_years WHERE {cond('visitor_code', 'year')}
      UNION ALL
      SELECT host_code, year, 0, 0, 0, visits_ok, visits_nw, visits_all, last_all, visitor_code
      FROM agg_pair_years WHERE {cond('host_code', 'year')})
GROUP BY region_code, year"""


def _region_rows(cond: Cond) -> str:
    """Per region, from agg_region_years (summed over years) and agg_pairs (the regions that visited it)."""
    return f"""
SELECT region_code, sum(made_ok), sum(made_nw), sum(made_all), sum(hosted_ok), sum(hosted_nw), sum(hosted_all),
  max(last_hosted), (SELECT count(*) FROM agg_pairs p WHERE p.host_code = y.region_code)
FROM agg_region_years y WHERE {cond('region_code')} GROUP BY region_code"""


def _region_keys(by_year: bool) -> str:
    year = ", year" if by_year else ""
    return (f"SELECT visitor_code{year} FROM agg_visits WHERE visit_id IN (SELECT id FROM temp.agg_ids) "
            f"AND visitor_code IS NOT NULL UNION SELECT host_code{year} FROM agg_visits "
            f"WHERE visit_id IN (SELECT id FROM temp.agg_ids) AND host_code IS NOT NULL")


@dataclass(frozen=True)
class Aggregate:
    """One aggregate table (its columns: ``kunker.db.AGGREGATE_SCHEMA``): its key columns, the keys a set of visits
    touches (``keys_sql``, over ``temp.agg_ids``) and its rows for the keys a condition allows (``rows_sql``, the
    table's columns in order). An aggregate may be computed from one listed before it, which ``rebuild`` and
    ``refresh`` bring up to date first."""

    table: str
    keys: tuple[str, ...]
    keys_sql: str
    rows_sql: Callable[[Cond], str]
    refresh_sql: str = ""  # rows of the touched keys driven from their table ({keys}), when faster than rows_sql


PAIRED = "visitor_code IS NOT NULL AND host_code IS NOT NULL"
IN_IDS = "visit_id IN (SELECT id FROM temp.agg_ids)"
# visit_list column -> the agg_visits column it counts and which values count (year '' is an undated visit, which
# visit_list leaves without a year). The facets of region codes show names (datasette_config/plugins/kunker_facets.py).
FACETS: dict[str, tuple[str, str]] = {
    "host": ("host_code", "host_code IS NOT NULL"), "visitor": ("visitor_code", "visitor_code IS NOT NULL"),
    "host_province": ("host_province", "host_province IS NOT NULL"), "year": ("year", "year != ''"),
    "kind": ("kind", "kind IS NOT NULL"),
}

AGGREGATES: list[Aggregate] = [
    Aggregate("agg_pairs", ("visitor_code", "host_code"),
              f"SELECT DISTINCT visitor_code, host_code FROM agg_visits WHERE {IN_IDS} AND {PAIRED}",
              lambda cond: f"SELECT visitor_code, host_code, {_sets()} FROM agg_visits "
                           f"WHERE {PAIRED} AND {cond('visitor_code', 'host_code')} GROUP BY visitor_code, host_code"),
    Aggregate("agg_region_pairs", ("code_a", "code_b"),
              "SELECT DISTINCT min(visitor_code, host_code), max(visitor_code, host_code) FROM agg_visits "
              f"WHERE {IN_IDS} AND {PAIRED}",
              lambda cond: "SELECT code_a, code_b, count(*), sum(visitor_code <= host_code), "
                           "sum(visitor_code >= host_code), min(date), max(date) FROM ("
                           "SELECT visitor_code AS code_a, host_code AS code_b, visitor_code, host_code, date "
                           f"FROM agg_visits WHERE {PAIRED} AND visitor_code <= host_code "
                           f"AND {cond('visitor_code', 'host_code')} UNION ALL "
                           "SELECT host_code, visitor_code, visitor_code, host_code, date "
                           f"FROM agg_visits WHERE {PAIRED} AND visitor_code > host_code "
                           f"AND {cond('host_code', 'visitor_code')}) GROUP BY code_a, code_b"),
    Aggregate("agg_pair_years", ("visitor_code", "host_code", "year"),
              f"SELECT DISTINCT visitor_code, host_code, year FROM agg_visits WHERE {IN_IDS} AND {PAIRED}",
              lambda cond: f"SELECT visitor_code, host_code, year, {_sets()} FROM agg_visits "
                           f"WHERE {PAIRED} AND {cond('visitor_code', 'host_code', 'year')} "
                           "GROUP BY visitor_code, host_code, year"),
    Aggregate("agg_program_pairs", ("program_id", "visitor_code", "host_code", "year"),
              "SELECT DISTINCT p.program_id, v.visitor_code, v.host_code, v.year FROM agg_visit_programs p "
              f"JOIN agg_visits v ON v.visit_id = p.visit_id WHERE p.{IN_IDS} AND v.{PAIRED}",
              lambda cond: f"SELECT p.program_id, v.visitor_code, v.host_code, v.year, {_sets('v.date')} "
                           "FROM agg_visit_programs p JOIN agg_visits v ON v.visit_id = p.visit_id "
                           f"WHERE v.{PAIRED} AND {cond('p.program_id', 'v.visitor_code', 'v.host_code', 'v.year')} "
                           "GROUP BY p.program_id, v.visitor_code, v.host_code, v.year",
              # a key's visits found through its pair and year (few), not through its program (maybe thousands)
              f"SELECT k.program_id, k.visitor_code, k.host_code, k.year, {_sets('v.date')} FROM {{keys}} k "
              "CROSS JOIN agg_visits v ON v.visitor_code = k.visitor_code AND v.host_code = k.host_code "
              "AND v.year = k.year CROSS JOIN agg_visit_programs p ON p.visit_id = v.visit_id "
              "AND p.program_id = k.program_id GROUP BY k.program_id, k.visitor_code, k.host_code, k.year"),
    Aggregate("agg_region_years", ("region_code", "year"), _region_keys(True), _region_year_rows),
    Aggregate("agg_regions", ("region_code",), _region_keys(False), _region_rows),
    Aggregate("agg_officials", ("official_id",),
              f"SELECT DISTINCT official_id FROM agg_visit_officials WHERE {IN_IDS}",
              lambda cond: "SELECT o.official_id, count(*), min(v.date), max(v.date) FROM agg_visit_officials o "
                           "JOIN agg_visits v ON v.visit_id = o.visit_id "
                           f"WHERE {cond('o.official_id')} GROUP BY o.official_id"),
    Aggregate("agg_program_officials", ("program_id", "official_id"),
              "SELECT DISTINCT p.program_id, o.official_id FROM agg_visit_programs p "
              f"JOIN agg_visit_officials o ON o.visit_id = p.visit_id WHERE p.{IN_IDS}",
              lambda cond: "SELECT p.program_id, o.official_id, count(*) FROM agg_visit_programs p "
                           "JOIN agg_visit_officials o ON o.visit_id = p.visit_id "
                           f"WHERE {cond('p.program_id', 'o.official_id')} GROUP BY p.program_id, o.official_id",
              # a key's visits found through its official (few), not through its program (maybe thousands)
              "SELECT k.program_id, k.official_id, count(*) FROM {keys} k "
              "CROSS JOIN agg_visit_officials o ON o.official_id = k.official_id "
              "CROSS JOIN agg_visit_programs p ON p.visit_id = o.visit_id AND p.program_id = k.program_id "
              "GROUP BY k.program_id, k.official_id"),
    Aggregate("agg_visit_facets", ("facet", "value"),
              " UNION ".join(f"SELECT '{facet}', {column} FROM agg_visits WHERE {IN_IDS} AND {counts}"
                             for facet, (column, counts) in FACETS.items()),
              lambda cond: " UNION ALL ".join(
                  f"SELECT '{facet}', {column}, count(*) FROM agg_visits WHERE {counts} AND "
                  f"{cond(column, facet=facet)} GROUP BY {column}" for facet, (column, counts) in FACETS.items())),
]
# tables kept by triggers (kunker.db.AGGREGATE_TRIGGERS) -> the SQL of all their rows, to fill or check them
WRITE_COUNTED: dict[str, str] = {
    "agg_sources": "SELECT source, count(*), max(published) FROM articles WHERE source IS NOT NULL GROUP BY source",
}
VISIT_TABLES = [*SNAPSHOTS, *(a.table for a in AGGREGATES)]  # counted from the visits (migration 0005)
TABLES = [*VISIT_TABLES, *WRITE_COUNTED]
FULL_REBUILD_OVER = 1000  # more visits touched than this and a tenth of all: one full rebuild is faster


def _everything(*columns: str, facet: str | None = None) -> str:
    return "1"


def rebuild(db: sqlite_utils.Database) -> dict[str, int]:
    """Recompute every snapshot and aggregate table (``VISIT_TABLES``) from ``visits``, ``visit_programs`` and
    ``visit_officials``, in one transaction; returns each aggregate table's row count. The tables exist on every
    database that ``kunker.db.connect`` opened (migration 0005). The ``WRITE_COUNTED`` tables are not the
    visits': their triggers keep them (counted once by their migration, ``recount``)."""
    with db.atomic():
        for table in VISIT_TABLES:
            db.conn.execute(f"DELETE FROM [{table}]")
        for table, fill in SNAPSHOTS.items():
            db.conn.execute(f"INSERT INTO [{table}] {fill}")
        for agg in AGGREGATES:
            db.conn.execute(f"INSERT INTO [{agg.table}] {agg.rows_sql(_everything)}")
    return {agg.table: db.conn.execute(f"SELECT count(*) FROM [{agg.table}]").fetchone()[0] for agg in AGGREGATES}


def recount(db: sqlite_utils.Database, table: str) -> None:
    """Count one of the ``WRITE_COUNTED`` tables again from the rows it counts (its triggers keep it after)."""
    with db.atomic():
        db.conn.execute(f"DELETE FROM [{table}]")
        db.conn.execute(f"INSERT INTO [{table}] {WRITE_COUNTED[table]}")


def _keys_table(agg: Aggregate) -> str:
    return f"temp.[keys_{agg.table}]"


def _touched(agg: Aggregate) -> Cond:
    """A condition keeping the rows whose key columns (given in key order) are among the touched keys; a facet
    branch gives its facet name, the first key, and its value column."""
    def cond(*columns: str, facet: str | None = None) -> str:
        row = columns[0] if len(columns) == 1 else f"({', '.join(columns)})"
        if facet is not None:
            return f"{row} IN (SELECT value FROM {_keys_table(agg)} WHERE facet = '{facet}')"
        return f"{row} IN (SELECT {', '.join(agg.keys)} FROM {_keys_table(agg)})"
    return cond


def refresh(db: sqlite_utils.Database, visit_ids: Iterable[str]) -> int:
    """Bring the aggregates up to date after the visits ``visit_ids`` changed (added, edited, re-scored, corrected
    or deleted): recompute only the keys they touched, before and after. Runs in the caller's transaction when
    there is one. Returns the number of aggregate keys recomputed (-1: a full rebuild, for many visits)."""
    ids = sorted(set(visit_ids))
    if not ids:
        return 0
    if len(ids) > max(FULL_REBUILD_OVER, db["agg_visits"].count // 10):
        timed_rebuild(db)
        return -1
    touched = 0
    with db.atomic():
        db.conn.execute("CREATE TEMP TABLE IF NOT EXISTS agg_ids (id TEXT PRIMARY KEY)")
        db.conn.execute("DELETE FROM temp.agg_ids")
        db.conn.executemany("INSERT OR IGNORE INTO temp.agg_ids VALUES (?)", [(i,) for i in ids])
        for agg in AGGREGATES:  # keys before
            db.conn.execute(f"DROP TABLE IF EXISTS {_keys_table(agg)}")
            names = ", ".join(agg.keys)
            db.conn.execute(f"CREATE TEMP TABLE [keys_{agg.table}] ({names}, PRIMARY KEY ({names}))")
            db.conn.execute(f"INSERT OR IGNORE INTO {_keys_table(agg)} {agg.keys_sql}")
        for table, fill in SNAPSHOTS.items():  # the visits' contributions now
            db.conn.execute(f"DELETE FROM [{table}] WHERE visit_id IN (SELECT id FROM temp.agg_ids)")
            column = "id" if table == "agg_visits" else "visit_id"
            db.conn.execute(f"INSERT INTO [{table}] {fill} WHERE {column} IN (SELECT id FROM temp.agg_ids)")
        for agg in AGGREGATES:  # keys after, then recompute them all
            db.conn.execute(f"INSERT OR IGNORE INTO {_keys_table(agg)} {agg.keys_sql}")
            row = agg.keys[0] if len(agg.keys) == 1 else f"({', '.join(agg.keys)})"
            names = ", ".join(agg.keys)
            db.conn.execute(f"DELETE FROM [{agg.table}] WHERE {row} IN (SELECT {names} FROM {_keys_table(agg)})")
            rows = agg.refresh_sql.format(keys=_keys_table(agg)) if agg.refresh_sql else agg.rows_sql(_touched(agg))
            db.conn.execute(f"INSERT INTO [{agg.table}] {rows}")
            touched += db.conn.execute(f"SELECT count(*) FROM {_keys_table(agg)}").fetchone()[0]
            db.conn.execute(f"DROP TABLE {_keys_table(agg)}")
        db.conn.execute("DROP TABLE temp.agg_ids")
    return touched


def visits_of_articles(db: sqlite_utils.Database, article_ids: Iterable[int]) -> set[str]:
    """The visits the given articles report now (call it before and after rewriting them)."""
    ids = list(article_ids)
    found: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        found.update(r[0] for r in db.conn.execute(
            f"SELECT DISTINCT visit_id FROM visit_articles WHERE article_id IN ({', '.join('?' for _ in chunk)})",
            chunk))
    return found


def timed_rebuild(db: sqlite_utils.Database) -> dict[str, int]:
    """``rebuild``, saying so on stderr (visits, then tables, rows and seconds) when there are visits to count."""
    visits = db.conn.execute("SELECT count(*) FROM visits").fetchone()[0] if db["visits"].exists() else 0
    if visits:
        print(f"aggregates: counting {visits:,} visits into the agg_* tables", file=sys.stderr, flush=True)
    started = time.perf_counter()
    counts = rebuild(db)
    if visits:
        print(f"aggregates: {sum(counts.values()):,} rows in {len(counts)} tables in "
              f"{time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return counts
