"""Read-only SQL views and extra full-text indexes for browsing a kunker database in Datasette.

Views join codes to names so a person can read, facet and map visits without knowing the schema in
``kunker/db.py``. ``create_views`` replaces every view, so it is safe to run on each connect.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.db import quote_identifier

# Name of the region's province: its own name for a province, else its province's name.
_PROVINCE = "coalesce({p}.name, {r}.name)"

VIEWS: dict[str, str] = {
    "visit_list": f"""
SELECT
  v.id,
  v.date,
  substr(v.date, 1, 4) AS year,
  v.kind,
  v.visitor_code,
  vr.name AS visitor,
  {_PROVINCE.format(p="vp", r="vr")} AS visitor_province,
  v.host_code,
  hr.name AS host,
  {_PROVINCE.format(p="hp", r="hr")} AS host_province,
  v.leader_id,
  v.leader,
  v.delegation_size,
  v.article_count,
  (SELECT group_concat(name, '; ') FROM (
     SELECT DISTINCT p.name FROM visit_programs x JOIN programs p ON p.id = x.program_id
     WHERE x.visit_id = v.id ORDER BY p.name)) AS programs,
  v.evidence
FROM visits v
LEFT JOIN regions vr ON vr.code = v.visitor_code
LEFT JOIN regions vp ON vp.code = vr.province_code
LEFT JOIN regions hr ON hr.code = v.host_code
LEFT JOIN regions hp ON hp.code = hr.province_code
""",
    "region_stats": f"""
SELECT
  r.code,
  r.name,
  r.level,
  {_PROVINCE.format(p="p", r="r")} AS province,
  r.latitude,
  r.longitude,
  coalesce(made.n, 0) AS visits_made,
  coalesce(hosted.n, 0) AS visits_hosted,
  hosted.last_date AS last_hosted
FROM regions r
LEFT JOIN regions p ON p.code = r.province_code
LEFT JOIN (SELECT visitor_code AS code, count(*) AS n FROM visits GROUP BY visitor_code) made
  ON made.code = r.code
LEFT JOIN (SELECT host_code AS code, count(*) AS n, max(date) AS last_date
           FROM visits GROUP BY host_code) hosted
  ON hosted.code = r.code
""",
    "visit_map": """
SELECT
  v.id,
  hr.name AS host,
  vr.name AS visitor,
  v.date,
  v.kind,
  hr.latitude,
  hr.longitude
FROM visits v
JOIN regions hr ON hr.code = v.host_code
LEFT JOIN regions vr ON vr.code = v.visitor_code
WHERE hr.latitude IS NOT NULL AND hr.longitude IS NOT NULL
""",
    "visit_edges": """
SELECT
  v.visitor_code,
  vr.name AS visitor,
  v.host_code,
  hr.name AS host,
  count(*) AS visits,
  min(v.date) AS first_date,
  max(v.date) AS last_date
FROM visits v
LEFT JOIN regions vr ON vr.code = v.visitor_code
LEFT JOIN regions hr ON hr.code = v.host_code
GROUP BY v.visitor_code, v.host_code
""",
}

# Full-text indexes (FTS5, kept current by triggers): table -> columns.
SEARCH: dict[str, list[str]] = {
    "articles": ["title", "text"],
    "officials": ["name", "position"],
    "programs": ["name"],
    "visits": ["evidence", "leader", "kind"],
}


def create_views(db: sqlite_utils.Database) -> None:
    """Create the browsing views, replacing only those whose definition changed."""
    current = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'").fetchall())
    for name, sql in VIEWS.items():
        wanted = f"CREATE VIEW {quote_identifier(name)} AS {sql.strip()}"
        if current.get(name) != wanted:
            db.create_view(name, sql.strip(), replace=True)


def enable_search(db: sqlite_utils.Database) -> None:
    """Full-text search on articles, officials, programs and visits' evidence (see ``SEARCH``)."""
    for table, columns in SEARCH.items():
        if not db[table].detect_fts():
            db[table].enable_fts(columns, create_triggers=True, tokenize="unicode61")
