"""Read-only SQL views and extra full-text indexes for browsing a kunker database in Datasette.

Views join codes to names so a person can read, facet and map visits without knowing the schema in
``kunker/db.py``. ``kunker serve`` and ``publish`` create them (kunker/serve.py: ``prepare``), not every connection.
"""

from __future__ import annotations

import csv
from pathlib import Path

import sqlite_utils
from sqlite_utils.db import quote_identifier

from kunker.db import sentence_sql
from kunker.settings import DATA_DIR
from nlp.lexicon import numbered

# Counts per region and per pair come from the agg_* tables (kunker/aggregates.py), kept current by `kunker tag`.
# Names are scalar subqueries rather than joins: SQLite computes only the columns a query uses, so a facet or a
# count over a view does one lookup per row instead of four joins. A region's province is the region whose
# code is the first two digits of its own ('35.10' -> '35'; a province is its own province).
_NAME = "(SELECT name FROM regions WHERE code = {code})"
_PROVINCE = "(SELECT name FROM regions WHERE code = substr({code}, 1, 2))"
# An entity a maintainer marked wrong (kunker/corrections.py) is left out of names and lists.
_NOT_WRONG = ("NOT EXISTS (SELECT 1 FROM corrections c WHERE c.entity_type = '{kind}' AND c.entity_id = {id} "
              "AND c.action = 'wrong')")

# The located visits for the map: visit_map leaves out low-confidence visits and those marked wrong, visit_map_all
# keeps them and shows why.
_VISIT_MAP = """
SELECT
  v.id,
  hr.name AS host,
  (SELECT name FROM regions WHERE code = v.visitor_code) AS visitor,
  v.date,
  v.kind,{columns}
  hr.latitude,
  hr.longitude
FROM regions hr
CROSS JOIN visits v ON v.host_code = hr.code
WHERE hr.latitude IS NOT NULL AND hr.longitude IS NOT NULL{where}
"""

VIEWS: dict[str, str] = {
    "official_positions": """
SELECT
  r.official_id,
  o.name,
  r.position,
  r.region_code,
  min(a.published) AS first_seen,
  max(a.published) AS last_seen,
  count(*) AS articles
FROM official_roles r
JOIN officials o ON o.id = r.official_id
JOIN articles a ON a.id = r.article_id
GROUP BY r.official_id, r.position, r.region_code
""",
    "visit_list": f"""
SELECT
  v.id,
  v.date,
  substr(v.date, 1, 4) AS year,
  v.kind,
  v.visitor_code,
  {_NAME.format(code="v.visitor_code")} AS visitor,
  {_PROVINCE.format(code="v.visitor_code")} AS visitor_province,
  v.host_code,
  {_NAME.format(code="v.host_code")} AS host,
  {_PROVINCE.format(code="v.host_code")} AS host_province,
  v.leader_id,
  v.leader,
  v.delegation_size,
  v.article_count,
  (SELECT group_concat(name, '; ') FROM (
     SELECT DISTINCT p.name FROM visit_programs x JOIN programs p ON p.id = x.program_id
     WHERE x.visit_id = v.id AND {_NOT_WRONG.format(kind="program", id="p.id")} ORDER BY p.name)) AS programs,
  v.evidence,
  v.confidence,
  v.corrected
FROM visits v
""",
    "region_stats": f"""
SELECT
  r.code,
  r.name,
  r.level,
  {_PROVINCE.format(code="r.code")} AS province,
  r.latitude,
  r.longitude,
  coalesce(a.made_all, 0) AS visits_made,
  coalesce(a.hosted_all, 0) AS visits_hosted,
  a.last_hosted
FROM regions r
LEFT JOIN agg_regions a ON a.region_code = r.code
""",
    # Datasette counts visit_map (and visit_map_all) on its page and for every batch the map loads: regions first
    # (552 rows, each with a range of the covering index on visits) and the visitor's name as a subquery the count
    # never runs.
    "visit_map": _VISIT_MAP.format(
        columns="", where="\n  AND v.confidence IS NOT 'low' AND v.corrected IS NOT 'wrong'"),
    "visit_map_all": _VISIT_MAP.format(columns="\n  v.confidence,\n  v.corrected,", where=""),
    # names as subqueries: Datasette's count reads only the index, its page (most visits first) only 51 rows
    "visit_edges": """
SELECT
  a.visitor_code,
  (SELECT name FROM regions WHERE code = a.visitor_code) AS visitor,
  a.host_code,
  (SELECT name FROM regions WHERE code = a.host_code) AS host,
  a.visits_all AS visits,
  a.first_all AS first_date,
  a.last_all AS last_date
FROM agg_pairs a
""",
    # Sentences are stored once, in their article (kunker/db.py): these read them back for browsing.
    "mention_sentences": f"""
SELECT m.*, {sentence_sql("m", "a")} AS sentence
FROM mentions m
JOIN articles a ON a.id = m.article_id
""",
    "visit_article_sentences": f"""
SELECT va.*, {sentence_sql("va", "a", "visit_articles")} AS sentence
FROM visit_articles va
JOIN articles a ON a.id = va.article_id
""",
}

# Full-text indexes (FTS5, kept current by triggers): table -> columns.
SEARCH: dict[str, list[str]] = {
    "articles": ["title", "text"],
    "officials": ["name", "position"],
    "programs": ["name"],
    "visits": ["evidence", "leader", "kind"],
}


def stale_views(db: sqlite_utils.Database) -> list[str]:
    """Names of the views in ``VIEWS`` that ``db`` lacks or defines differently."""
    current = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'").fetchall())
    return [name for name, sql in VIEWS.items()
            if current.get(name) != f"CREATE VIEW {quote_identifier(name)} AS {sql.strip()}"]


def create_views(db: sqlite_utils.Database) -> None:
    """Create the browsing views, replacing only those whose definition changed."""
    for name in stale_views(db):
        db.create_view(name, VIEWS[name].strip(), replace=True)


def enable_search(db: sqlite_utils.Database) -> None:
    """Full-text search on articles, officials, programs and visits' evidence (see ``SEARCH``)."""
    for table, columns in SEARCH.items():
        if not db[table].detect_fts():
            db[table].enable_fts(columns, create_triggers=True, tokenize="unicode61")


# Entity names for "did you mean" (trigram full-text index, so a misspelt name still shares most trigrams).
NAMES_TABLE = "entity_names"
NAMES_SQL = f"""
SELECT name, 'region' AS kind, code AS entity_id FROM regions
UNION ALL SELECT name, 'official', id FROM officials
UNION ALL SELECT p.name, 'program', p.id FROM programs p WHERE {_NOT_WRONG.format(kind="program", id="p.id")}
"""


# Words of a search that mean a region's level, not its name ("Kab. Banyuwangi", "Pemkot Salatiga"): the
# search leaves them out, as articles write the level in any of these forms (the tagger's forms, data/README.md).
LEVEL_WORDS = {"kab": "Kabupaten", "kab.": "Kabupaten", "kabupaten": "Kabupaten", "pemkab": "Kabupaten",
               "kota": "Kota", "pemkot": "Kota", "prov": "Provinsi", "prov.": "Provinsi", "provinsi": "Provinsi",
               "pemprov": "Provinsi", "pemda": "Pemerintah Daerah"}
ALIASES_TABLE = "search_aliases"


def search_alias_rows(data_dir: Path) -> list[tuple[str, str, str, str | None]]:
    """(key, expansion, kind, region code) for the search: region aliases (``region_aliases.csv``), position
    abbreviations (``positions.csv``) and level words. ``key`` is the lower-cased term without a final dot."""
    rows: list[tuple[str, str, str, str | None]] = []
    with open(data_dir / "region_aliases.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            rows.append((row["alias"].casefold().rstrip("."), row["code"], "region", row["code"]))
    with open(data_dir / "positions.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for pattern, position in numbered(row["pattern"], row["position"]):  # "Komisi {VI-XIII}": one each
                if pattern.casefold().rstrip(".") != position.casefold():
                    rows.append((pattern.casefold().rstrip("."), position, "position", None))
    rows += [(word.rstrip("."), level, "level", None) for word, level in LEVEL_WORDS.items()]
    return sorted(set(rows))


def build_name_index(db: sqlite_utils.Database, data_dir: Path | None = None) -> int:
    """(Re)build the search helpers: the trigram index of region, official and program names and the alias
    table (``search_alias_rows``); returns the number of names."""
    aliases = search_alias_rows(data_dir or DATA_DIR)
    with db.conn:
        db.conn.execute(f"CREATE TABLE IF NOT EXISTS {ALIASES_TABLE} (key TEXT, expansion TEXT, kind TEXT, "
                        "code TEXT)")
        db.conn.execute(f"CREATE INDEX IF NOT EXISTS {ALIASES_TABLE}_key ON {ALIASES_TABLE} (key)")
        db.conn.execute(f"DELETE FROM {ALIASES_TABLE}")
        db.conn.executemany(f"INSERT INTO {ALIASES_TABLE} VALUES (?, ?, ?, ?)", aliases)
        db.conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {NAMES_TABLE} USING fts5("
                        "name, kind UNINDEXED, entity_id UNINDEXED, tokenize = 'trigram')")
        db.conn.execute(f"DELETE FROM {NAMES_TABLE}")
        db.conn.execute(f"INSERT INTO {NAMES_TABLE} (name, kind, entity_id) {NAMES_SQL}")
    return db.conn.execute(f"SELECT count(*) FROM {NAMES_TABLE}").fetchone()[0]
