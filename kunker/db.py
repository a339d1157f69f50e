"""The one place that defines kunker's SQLite schema and writes to it.

Every stage (import, crawl, tag) writes through the functions here, and every write is
idempotent: running a stage twice leaves the database unchanged.

A sentence is stored once, in its article: mentions and reports point at it by the offsets the tagger gives
(``Mention.sentence_start``/``sentence_end``), and ``sentence_sql`` reads it back (migration 0004 converted the
earlier copies).

Tables (in creation order, so foreign keys always point at an existing table)
    regions        the 552 Kemendagri regions, loaded from ``data/regions.csv``
    sources        one row per configured news source
    articles       one row per article (unique URL), with text and a content hash
    article_urls   further URLs of the same text (syndicated or reposted copies)
    officials      a person with a public position, keyed by name and region
    official_roles the position an article gives an official (positions held, first/last seen)
    programs       a named government program or innovation, under one canonical name
    program_aliases the names articles use for a program
    visits         one delegation of one region visiting another to learn, merged across reports
    visit_articles one article's report of a visit: where its evidence sentence lies (title or text, start, end),
                   date, leader, size, kind
    visit_officials / visit_programs   who took part in a visit and what it came to learn
    mentions       every extracted fact -> article, character offsets of the words and of their sentence
                   (in the title when ``start`` is empty, else in the text)
    crawl_runs     one row per source per crawl
    crawl_errors   one row per failed URL
    corrections    a maintainer's correction: an entity marked wrong or a field fixed (who, when, why);
                   re-applied after every tagging run (kunker/corrections.py)
    agg_*          counts derived from the visits for the pages (``AGGREGATE_SCHEMA``): three snapshot tables
                   (agg_visits, agg_visit_programs, agg_visit_officials) and nine aggregates (agg_pairs,
                   agg_pair_years, agg_program_pairs, agg_region_pairs, agg_regions, agg_region_years,
                   agg_officials, agg_program_officials, agg_visit_facets), created and filled by migration 0005
                   and kept current by kunker/aggregates.py, the only other module that writes rows.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import json
import os
import re
import socket
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from kunker.errors import UserError
from kunker.reference import region_rows
from kunker.settings import DATA_DIR, DEFAULT_DB, REGIONS_CSV
from nlp.results import Mention, Result, VisitResult

__all__ = ["DATA_DIR", "DEFAULT_DB", "REGIONS_CSV"]  # re-exported for callers that name them through db

SCHEMA: dict[str, dict[str, Any]] = {
    "regions": {
        "columns": {
            "code": str, "level": str, "name": str, "official_name": str, "province_code": str,
            "capital": str, "latitude": float, "longitude": float, "area_km2": float, "population": int,
        },
        "pk": "code",
        "foreign_keys": [("province_code", "regions", "code")],
    },
    "sources": {
        "columns": {"name": str, "url": str, "region_code": str, "kind": str, "added": str},
        "pk": "name",
        "foreign_keys": [("region_code", "regions", "code")],
    },
    "articles": {
        "columns": {
            "id": int, "url": str, "canonical_url": str, "source": str, "external_id": str,
            "title": str, "author": str, "published": str, "fetched": str, "text": str,
            "content_hash": str, "tagger_version": str, "tagged": str,
        },
        "pk": "id",
        "not_null": {"url", "text", "content_hash"},
        "foreign_keys": [("source", "sources", "name")],
    },
    "article_urls": {
        "columns": {"url": str, "article_id": int, "source": str, "first_seen": str},
        "pk": "url",
        "foreign_keys": [("article_id", "articles", "id"), ("source", "sources", "name")],
    },
    "officials": {
        "columns": {
            "id": str, "name": str, "position": str, "region_code": str,
            "first_seen": str, "last_seen": str, "tagger_version": str,
        },
        "pk": "id",
        "foreign_keys": [("region_code", "regions", "code")],
    },
    "official_roles": {
        "columns": {"official_id": str, "position": str, "region_code": str, "article_id": int},
        "pk": ("official_id", "position", "article_id"),
        "foreign_keys": [
            ("official_id", "officials", "id"), ("region_code", "regions", "code"),
            ("article_id", "articles", "id"),
        ],
    },
    "programs": {
        "columns": {"id": str, "name": str, "region_code": str, "tagger_version": str},
        "pk": "id",
        "foreign_keys": [("region_code", "regions", "code")],
    },
    "program_aliases": {
        "columns": {"program_id": str, "alias": str, "article_id": int},
        "pk": ("program_id", "alias", "article_id"),
        "foreign_keys": [("program_id", "programs", "id"), ("article_id", "articles", "id")],
    },
    "visits": {
        "columns": {
            "id": str, "visitor_code": str, "host_code": str, "date": str, "kind": str,
            "leader_id": str, "leader": str, "delegation_size": int, "evidence": str,
            "article_count": int, "tagger_version": str,
            "confidence": str, "confidence_basis": str, "confidence_key": str, "corrected": str,
            "status": str,  # reported | planned | earlier (nlp.results.VisitStatus); added by migration 0008
        },
        "pk": "id",
        "foreign_keys": [
            ("visitor_code", "regions", "code"), ("host_code", "regions", "code"),
            ("leader_id", "officials", "id"),
        ],
    },
    "visit_articles": {
        "columns": {
            "visit_id": str, "article_id": int, "sentence_field": str, "start": int, "end": int,
            "date": str, "kind": str, "leader_id": str, "leader": str, "delegation_size": int,
            "status": str,
        },
        "pk": ("visit_id", "article_id"),
        "foreign_keys": [("visit_id", "visits", "id"), ("article_id", "articles", "id")],
    },
    "visit_officials": {
        "columns": {"visit_id": str, "official_id": str, "role": str, "article_id": int},
        "pk": ("visit_id", "official_id", "role", "article_id"),
        "foreign_keys": [
            ("visit_id", "visits", "id"), ("official_id", "officials", "id"),
            ("article_id", "articles", "id"),
        ],
    },
    "visit_programs": {
        "columns": {"visit_id": str, "program_id": str, "article_id": int},
        "pk": ("visit_id", "program_id", "article_id"),
        "foreign_keys": [
            ("visit_id", "visits", "id"), ("program_id", "programs", "id"),
            ("article_id", "articles", "id"),
        ],
    },
    "mentions": {
        "columns": {
            "id": str, "article_id": int, "entity_type": str, "entity_id": str, "start": int,
            "end": int, "text": str, "sentence_start": int, "sentence_end": int, "tagger_version": str,
            "published": str,  # the article's, copied so an entity's newest evidence is read from an index
        },
        "pk": "id",
        "foreign_keys": [("article_id", "articles", "id")],
    },
    "corrections": {
        "columns": {
            "id": int, "entity_type": str, "entity_id": str, "action": str, "field": str, "value": str,
            "who": str, "at": str, "why": str,
        },
        "pk": "id",
        "not_null": {"entity_type", "entity_id", "action", "who", "at", "why"},
    },
    "crawl_runs": {
        "columns": {
            "id": str, "source": str, "started": str, "finished": str, "status": str,
            "entry_method": str, "entry_reason": str, "pages": int, "articles_new": int, "articles_updated": int,
            "errors": int, "checks": str, "alert": str,
        },
        "pk": "id",
        "foreign_keys": [("source", "sources", "name")],
    },
    "crawl_errors": {
        "columns": {"id": str, "run_id": str, "source": str, "url": str, "reason": str, "at": str},
        "pk": "id",
        "foreign_keys": [("run_id", "crawl_runs", "id"), ("source", "sources", "name")],
    },
}

INDEXES: list[tuple[str, list[str], bool]] = [
    ("articles", ["url"], True),
    ("articles", ["content_hash"], False),
    ("article_urls", ["article_id"], False),
    ("articles", ["tagger_version"], False),
    ("mentions", ["article_id"], False),
    ("mentions", ["entity_type", "entity_id"], False),
    # an entity's evidence newest first (the entity pages), read in index order, LIMIT rows
    ("mentions", ["entity_type", "entity_id", sqlite_utils.db.DescIndex("published"), "article_id", "start"], False),
    ("visit_articles", ["article_id"], False),
    ("visit_officials", ["article_id"], False),
    ("official_roles", ["article_id"], False),
    ("program_aliases", ["article_id"], False),
    ("visit_articles", ["visit_id"], False),
    ("visit_programs", ["article_id"], False),
    ("visits", ["host_code", "date"], False),
    ("visits", ["visitor_code", "host_code", "date"], False),
    # visit_map's count (Datasette counts the view on every page and map batch) from the index, not the rows
    ("visits", ["host_code", "confidence", "corrected", "visitor_code"], False),
    ("officials", ["region_code"], False),
    ("articles", ["published"], False),
    ("articles", ["source", "published"], False),
    ("crawl_runs", ["source", "started"], False),
    ("crawl_errors", ["source", "at"], False),
    ("visit_officials", ["official_id"], False),
    ("visit_programs", ["program_id"], False),
    ("visits", ["leader_id"], False),
    ("visits", ["date"], False),
    ("visits", ["kind", "date"], False),
    ("corrections", ["entity_type", "entity_id"], False),
    # a region page's most recent hosted visits (date, then id), read in index order, LIMIT rows
    ("visits", ["host_code", sqlite_utils.db.DescIndex("date"), "id"], False),
    # a program page's officials: each one's roles in the program's visits, from the index alone
    ("visit_officials", ["official_id", "role", "visit_id"], False),
    # the visits page with a year: the year's visits filtered and sorted from the index alone (migration 0010)
    ("visits", ["date", "host_code", "visitor_code", "confidence", "corrected", "article_count"], False),
]

# Counts derived from the visits for the pages: three snapshots of what each visit contributed when last counted
# and nine aggregates over them, in three sets ('ok': neither low confidence nor marked wrong, 'nw': not marked
# wrong, 'all'). kunker/aggregates.py holds the SQL that fills each table (column for column in this order) and
# keeps them current; migration 0005 creates and fills them. Apart from SCHEMA because none of it is stored data:
# every row can be recomputed from the visits (and, unlike SCHEMA's tables, their columns are documented here
# rather than in the Datasette metadata, which Datasette 0.65 copies for every table listed on a page).
_SETS = {f"{what}_{grade}": kind for grade in ("ok", "nw", "all")
         for what, kind in (("visits", int), ("first", str), ("last", str))}  # visits, first and last date
_REGION = {"made_ok": int, "made_nw": int, "made_all": int, "hosted_ok": int, "hosted_nw": int, "hosted_all": int,
           "last_hosted": str, "visiting_regions": int}


def _aggregate(keys: tuple[str, ...], values: dict[str, type]) -> dict[str, Any]:
    return {"columns": {**dict.fromkeys(keys, str), **values}, "pk": keys, "not_null": set(keys)}


AGGREGATE_SCHEMA: dict[str, dict[str, Any]] = {
    # snapshots: what every visit contributed at the last refresh (grade: 'ok', 'low' or 'wrong'; year '' undated)
    "agg_visits": {"columns": {"visit_id": str, "visitor_code": str, "host_code": str, "host_province": str,
                               "year": str, "date": str, "kind": str, "grade": str},
                   "pk": "visit_id", "not_null": {"year", "grade"}},
    # (a program's visits carry the visit's date: the program page reads its newest visits in index order)
    "agg_visit_programs": {"columns": {"visit_id": str, "program_id": str, "date": str},
                           "pk": ("visit_id", "program_id")},
    "agg_visit_officials": {"columns": {"visit_id": str, "official_id": str}, "pk": ("visit_id", "official_id")},
    # visitor -> host, all years / per year / per program and year
    "agg_pairs": _aggregate(("visitor_code", "host_code"), _SETS),
    "agg_region_pairs": _aggregate(("code_a", "code_b"), {  # two regions either way (code_a < code_b)
        "visits": int, "visits_a_to_b": int, "visits_b_to_a": int, "first_date": str, "last_date": str}),
    "agg_pair_years": _aggregate(("visitor_code", "host_code", "year"), _SETS),
    "agg_program_pairs": _aggregate(("program_id", "visitor_code", "host_code", "year"), _SETS),
    # per region and year / per region: visits made and hosted, last hosted, regions that came
    "agg_region_years": _aggregate(("region_code", "year"), _REGION),
    "agg_regions": _aggregate(("region_code",), _REGION),
    # per official / per program and official: visits taken part in
    "agg_officials": _aggregate(("official_id",), {"visits": int, "first_date": str, "last_date": str}),
    "agg_program_officials": _aggregate(("program_id", "official_id"), {"visits": int}),
    # the visit list's facet counts (facet: host, visitor, host_province, year, kind)
    "agg_visit_facets": _aggregate(("facet", "value"), {"visits": int}),
    # per source: articles stored and the newest one's date (crawl_health), kept by AGGREGATE_TRIGGERS
    "agg_sources": _aggregate(("source",), {"articles": int, "newest_article": str}),
}
# The network's edges, heaviest first, read from the index alone (the page's heaviest 300 and a whole year's
# download: 30,000 edges at 1M articles); migration 0010 put them in place of the indexes on the weight alone.
PAIR_WEIGHT_INDEXES: list[tuple[str, list[str], bool]] = [
    (table, [*year, f"visits_{grade}", "visitor_code", "host_code", f"first_{grade}", f"last_{grade}"], False)
    for table, year in (("agg_pairs", []), ("agg_pair_years", ["year"])) for grade in ("ok", "nw")]
AGGREGATE_INDEXES: list[tuple[str, list[str], bool]] = [
    ("agg_visits", ["visitor_code", "host_code", "year"], False), ("agg_visits", ["host_code", "year"], False),
    ("agg_visits", ["host_code", "visitor_code"], False), ("agg_visits", ["host_province"], False),
    ("agg_visits", ["year"], False), ("agg_visits", ["kind"], False),
    # a program's visits and their pairs read from the indexes alone (the program page, the network of programs)
    ("agg_visits", ["visit_id", "visitor_code", "host_code", "year", "grade", "date"], False),
    ("agg_visit_officials", ["official_id"], False),
    ("agg_pairs", ["host_code"], False),
    ("agg_pairs", ["visits_all"], False),  # visit_edges, most visits first
    ("agg_region_pairs", ["visits", "last_date"], False),
    *PAIR_WEIGHT_INDEXES,
    ("agg_pair_years", ["host_code", "year"], False), ("agg_pair_years", ["visitor_code", "year"], False),
    ("agg_program_pairs", ["visitor_code"], False), ("agg_program_pairs", ["host_code"], False),
    ("agg_region_years", ["year"], False),
    ("agg_program_officials", ["program_id", "visits"], False),
]
# agg_sources changes with every article written (crawls, imports), so SQLite keeps it in the same statement;
# the newest date is looked up through the index on articles (source, published).
_SOURCE_GONE = """UPDATE agg_sources SET articles = articles - 1, newest_article = (SELECT max(published)
    FROM articles WHERE source = old.source) WHERE source = old.source;
  DELETE FROM agg_sources WHERE source = old.source AND articles <= 0;"""
_SOURCE_ADDED = """INSERT INTO agg_sources (source, articles, newest_article) SELECT new.source, 1, new.published
    WHERE new.source IS NOT NULL ON CONFLICT (source) DO UPDATE SET articles = articles + 1,
    newest_article = (SELECT max(published) FROM articles WHERE source = new.source);"""
AGGREGATE_TRIGGERS: dict[str, str] = {
    "agg_sources_insert": f"AFTER INSERT ON articles BEGIN {_SOURCE_ADDED} END",
    "agg_sources_delete": f"AFTER DELETE ON articles BEGIN {_SOURCE_GONE} END",
    "agg_sources_update": "AFTER UPDATE OF source, published ON articles "
                          "WHEN old.source IS NOT new.source OR old.published IS NOT new.published "
                          f"BEGIN {_SOURCE_GONE} {_SOURCE_ADDED} END",
}
# mentions.published is a copy of its article's date: set from the article when a row comes without it, and
# changed with the article's.
COPY_TRIGGERS: dict[str, str] = {
    "mentions_published_insert": "AFTER INSERT ON mentions WHEN new.published IS NULL BEGIN UPDATE mentions "
                                 "SET published = (SELECT published FROM articles WHERE id = new.article_id) "
                                 "WHERE id = new.id; END",
    "mentions_published_update": "AFTER UPDATE OF published ON articles WHEN old.published IS NOT new.published "
                                 "BEGIN UPDATE mentions SET published = new.published WHERE article_id = new.id; END",
}

# Child tables first: the order in which an article's derived rows are removed.
ARTICLE_DERIVED = ("mentions", "visit_officials", "visit_programs", "visit_articles", "official_roles",
                   "program_aliases")


def now() -> str:
    """Current UTC time as an ISO 8601 string (seconds precision)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def stable_id(*parts: object) -> str:
    """A short deterministic id from the given parts (same parts, same id)."""
    key = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def content_hash(text: str) -> str:
    """Hash of an article's text with whitespace folded, to spot unchanged or syndicated copies."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def connect(path: str | Path = DEFAULT_DB, create: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) a kunker database with the schema and regions in place.

    With ``create=False`` the database must already exist and hold kunker's ``articles`` table. A path that is
    a folder, not SQLite, unreadable or not kunker's raises :class:`UserError` (one line naming the file).
    """
    path = Path(path)
    if not create and not path.exists():
        raise UserError(f"{path}: no such database (run 'kunker crawl' or 'kunker import' first)")
    if path.is_dir():
        raise UserError(f"{path}: is a folder, not a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite_utils.Database(path)
        if not create and not db["articles"].exists():  # checked before anything is written to the file
            db.conn.close()
            raise UserError(f"{path}: not a kunker database (no articles table)")
        db.conn.execute("PRAGMA journal_mode=WAL")
        db.conn.execute("PRAGMA synchronous=NORMAL")
        db.conn.execute("PRAGMA busy_timeout=30000")
        db.conn.execute("PRAGMA foreign_keys=ON")
        migrate(db)
    except sqlite3.DatabaseError as exc:
        raise UserError(f"{path}: {_open_problem(exc)}") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot open: {exc.strerror or exc}") from None
    return db


def _open_problem(exc: sqlite3.DatabaseError) -> str:
    message = str(exc)
    if "file is not a database" in message:
        return "not a SQLite database"
    if "unable to open" in message:
        return "cannot open the database file (missing folder or no permission)"
    if "readonly" in message:
        return "read-only: kunker needs to write to this database"
    return f"cannot use the database: {message}"


def database_path(db: sqlite_utils.Database) -> Path | None:
    """The file behind an open database (None in memory)."""
    for _, name, file in db.conn.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file)
    return None


def lock_dir(db_path: str | Path) -> Path:
    """The folder of a database's lock files: ``<db>.locks``."""
    return Path(f"{db_path}.locks")


@contextmanager
def exclusive(db: sqlite_utils.Database, name: str,
              on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the database-wide lock ``name`` (``<db>.locks/<name>.flock``) for the block: a second holder waits.

    An OS file lock (``flock``): released when the block ends or its process dies, even by SIGKILL.
    ``on_wait`` is told who holds the lock before waiting. No lock for an in-memory database.
    """
    path = database_path(db)
    if path is None:
        yield
        return
    folder = lock_dir(path)
    try:
        folder.mkdir(exist_ok=True)
        fh = open(folder / f"{name}.flock", "a+", encoding="utf-8")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise UserError(f"{folder}: cannot take the {name} lock: {exc.strerror or exc}") from None
    with fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait:
                fh.seek(0)
                on_wait(fh.read().strip() or "another process")
            fcntl.flock(fh, fcntl.LOCK_EX)
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()} on {socket.gethostname()} since {now()}")
        fh.flush()
        try:
            yield
        finally:
            fh.seek(0)
            fh.truncate()
            fcntl.flock(fh, fcntl.LOCK_UN)


MIGRATIONS = sqlite_utils.Migrations("kunker")
"""kunker's schema changes, named, applied in order and recorded in ``_sqlite_migrations``.

A new column, table or index is a new function below; the ones before it never change. The first migration
adopts any earlier database (made before migrations were recorded) by adding what it lacks."""


@MIGRATIONS(name="0001_tables_and_columns")
def _tables_and_columns(db: sqlite_utils.Database) -> None:
    for name, spec in SCHEMA.items():
        table = db[name]
        if table.exists():
            for column, col_type in spec["columns"].items():
                if column not in table.columns_dict:
                    table.add_column(column, col_type)
            continue
        table.create(spec["columns"], pk=spec["pk"], not_null=spec.get("not_null"),
                     foreign_keys=spec.get("foreign_keys", []))


@MIGRATIONS(name="0002_indexes")
def _indexes(db: sqlite_utils.Database) -> None:
    for table, columns, unique in INDEXES:
        db[table].create_index(columns, unique=unique, if_not_exists=True)


@MIGRATIONS(name="0003_regions")
def _regions(db: sqlite_utils.Database) -> None:
    if not db["regions"].count:
        load_regions(db)


MIGRATION_BATCH = 20_000  # articles per step of the sentence conversion (bounded memory on a large database)


@MIGRATIONS(name="0004_sentences_by_offset")
def _sentences_by_offset(db: sqlite_utils.Database) -> None:
    """Sentences stored once: mentions and reports that carried a copy of their sentence point at it in the
    article by offsets. A copy no longer found in its article (the text changed since tagging) marks the article
    for re-tagging, which writes its rows again. The freed pages are reused by later writes; ``VACUUM`` (or
    ``kunker publish``, which copies with ``VACUUM INTO``) gives the space back to the file system."""
    converts = [t for t in ("mentions", "visit_articles") if "sentence" in db[t].columns_dict]
    for table, column in (("mentions", "sentence_start"), ("mentions", "sentence_end"),
                          ("visit_articles", "sentence_field")):
        if column not in db[table].columns_dict:
            db[table].add_column(column, str if column == "sentence_field" else int)
    if not converts:
        return
    stale: set[int] = set()
    last = db.conn.execute("SELECT max(id) FROM articles").fetchone()[0] or 0
    for low in range(0, last + 1, MIGRATION_BATCH):
        span = (low, low + MIGRATION_BATCH)
        fields = {r[0]: {"title": r[1] or "", "text": r[2] or ""} for r in db.conn.execute(
            "SELECT id, title, text FROM articles WHERE id >= ? AND id < ?", span)}
        for table in converts:
            stale |= _point_at_sentences(db, table, fields, span)
    db.conn.executemany("UPDATE articles SET tagger_version = NULL, tagged = NULL WHERE id = ?",
                        [(i,) for i in sorted(stale)])
    # Views are serving artefacts (kunker/views.py) that ``kunker serve`` recreates; one naming a dropped
    # column would stop the drop.
    for (view,) in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'view' AND sql LIKE '%sentence%'"
                                   ).fetchall():
        db.conn.execute(f"DROP VIEW [{view}]")
    for table in converts:
        db.conn.execute(f"ALTER TABLE [{table}] DROP COLUMN sentence")


# Where each table records a sentence's place once converted: a mention keeps its words' offsets and its field
# (no ``start`` means the title); a report's offsets become the sentence's, with its field.
SENTENCE_PLACE = {"mentions": "sentence_start = ?, sentence_end = ?",
                  "visit_articles": "sentence_field = ?, start = ?, [end] = ?"}


def _point_at_sentences(db: sqlite_utils.Database, table: str, fields: dict[int, dict[str, str]],
                        span: tuple[int, int]) -> set[int]:
    """Point one batch of ``table``'s rows (articles ``span``) at their sentence in ``fields`` (article id ->
    title and text); returns the articles where a sentence was not found."""
    stale: set[int] = set()
    updates = []
    for rowid, article_id, start, end, sentence in db.conn.execute(
            f"SELECT rowid, article_id, start, [end], sentence FROM [{table}] WHERE article_id >= ? AND article_id < ?",
            span).fetchall():
        places = ("text", "title") if table == "visit_articles" else ("text",) if start is not None else ("title",)
        found = None
        for field in places if sentence else ():
            at = _find_sentence(fields.get(article_id, {}).get(field, ""), sentence, start, end)
            if at is not None:
                found = (field, at, at + len(sentence))
                break
        if sentence and found is None:
            stale.add(article_id)
        field, at, stop = found or (None, None, None)
        updates.append((at, stop, rowid) if table == "mentions" else (field, at, stop, rowid))
    db.conn.executemany(f"UPDATE [{table}] SET {SENTENCE_PLACE[table]} WHERE rowid = ?", updates)
    return stale


def _find_sentence(source: str, sentence: str, start: int | None, end: int | None) -> int | None:
    """Where ``sentence`` starts in ``source``: at ``start`` when it is there, else around the words at
    ``start``-``end``, else its first occurrence; None when ``source`` does not hold it."""
    if start is not None and source[start:start + len(sentence)] == sentence:
        return start
    if start is not None and end is not None:
        at = source.find(sentence, max(0, end - len(sentence)), start + len(sentence))
        if at >= 0:
            return at
    at = source.find(sentence)
    return at if at >= 0 else None


@MIGRATIONS(name="0005_aggregates")
def _aggregates(db: sqlite_utils.Database) -> None:
    """The agg_* tables counted from the visits (``aggregates.VISIT_TABLES``; agg_sources is 0006's) and their
    indexes, filled from the visits already stored."""
    from kunker import aggregates

    for name in aggregates.VISIT_TABLES:
        spec = AGGREGATE_SCHEMA[name]
        if not db[name].exists():
            db[name].create(spec["columns"], pk=spec["pk"], not_null=spec.get("not_null"))
    for table, columns, unique in AGGREGATE_INDEXES:
        db[table].create_index(columns, unique=unique, if_not_exists=True)
    aggregates.timed_rebuild(db)


@MIGRATIONS(name="0006_source_counts")
def _source_counts(db: sqlite_utils.Database) -> None:
    """agg_sources (articles per source, for crawl_health), counted once and then kept by its triggers."""
    from kunker import aggregates

    spec = AGGREGATE_SCHEMA["agg_sources"]
    if not db["agg_sources"].exists():
        db["agg_sources"].create(spec["columns"], pk=spec["pk"], not_null=spec.get("not_null"))
    for name, sql in AGGREGATE_TRIGGERS.items():
        db.conn.execute(f"CREATE TRIGGER IF NOT EXISTS [{name}] {sql}")
    aggregates.recount(db, "agg_sources")


@MIGRATIONS(name="0007_mentions_published")
def _mentions_published(db: sqlite_utils.Database) -> None:
    """mentions.published (the article's date, kept by COPY_TRIGGERS), the index of evidence newest first and the
    index that counts visit_map."""
    if "published" not in db["mentions"].columns_dict:
        db["mentions"].add_column("published", str)
    count = db.conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
    if count:
        print(f"mentions: copying the article's date into {count:,} mentions (about 4 s per 500,000)",
              file=sys.stderr, flush=True)
    db.conn.execute("UPDATE mentions SET published = (SELECT published FROM articles a WHERE a.id = article_id)")
    for name, sql in COPY_TRIGGERS.items():
        db.conn.execute(f"CREATE TRIGGER IF NOT EXISTS [{name}] {sql}")
    for table, columns, unique in INDEXES:
        db[table].create_index(columns, unique=unique, if_not_exists=True)


@MIGRATIONS(name="0008_visit_status")
def _visit_status(db: sqlite_utils.Database) -> None:
    """visits.status and visit_articles.status: a visit reported, told only as planned, or an earlier one told in
    passing. Rows tagged before keep NULL (not known) until their article is tagged again."""
    for table in ("visits", "visit_articles"):
        if "status" not in db[table].columns_dict:
            db[table].add_column("status", str)


@MIGRATIONS(name="0009_page_indexes")
def _entity_page_indexes(db: sqlite_utils.Database) -> None:
    """The indexes the pages read at 1M articles (region timeline, program officials, visit_edges; issue 14)."""
    for table, columns, unique in INDEXES + AGGREGATE_INDEXES:
        db[table].create_index(columns, unique=unique, if_not_exists=True)


# Indexes that covering ones (same leading columns) replaced in migration 0010: (table, columns).
SUPERSEDED_INDEXES = [*((table, columns[:-4]) for table, columns, _ in PAIR_WEIGHT_INDEXES),
                      ("agg_visit_programs", ["program_id"])]
# A program's visits newest first (the program page's timeline stops at its limit), counted and read from the index
# alone (the network of programs). Made by migration 0010, which adds the date it needs.
PROGRAM_VISITS_INDEX = ("agg_visit_programs", ["program_id", sqlite_utils.db.DescIndex("date"), "visit_id"])


@MIGRATIONS(name="0010_covering_indexes")
def _covering_indexes(db: sqlite_utils.Database) -> None:
    """Covering indexes for the pages at 1M articles (issue 14): the network's weight indexes also carry the edge
    (``PAIR_WEIGHT_INDEXES``: a year's edges from the index alone), a program's visits newest first (with the
    visit's date in agg_visit_programs) and their pairs, the visits page's year; the indexes they supersede go."""
    for table, columns in SUPERSEDED_INDEXES:
        db.conn.execute(f"DROP INDEX IF EXISTS [idx_{table}_{'_'.join(columns)}]")
    for table, columns, unique in INDEXES + AGGREGATE_INDEXES:
        db[table].create_index(columns, unique=unique, if_not_exists=True)
    if "date" not in db["agg_visit_programs"].columns_dict:  # the snapshot's date (kunker/aggregates.py)
        db["agg_visit_programs"].add_column("date", str)
        db.conn.execute("UPDATE agg_visit_programs SET date = (SELECT date FROM visits WHERE id = visit_id)")
    table, columns = PROGRAM_VISITS_INDEX
    db[table].create_index(columns, if_not_exists=True)


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply the pending migrations (none on a current database: one query); returns their names.

    Views and full-text indexes are serving artefacts, made by ``kunker serve``/``publish`` (kunker/serve.py),
    not here."""
    names = [m.name for m in MIGRATIONS.pending(db)]
    if names:
        MIGRATIONS.apply(db)
    return names


def load_regions(db: sqlite_utils.Database, path: Path = REGIONS_CSV) -> int:
    """Load the region gazetteer (provinces first, so foreign keys hold)."""
    rows = region_rows(path)
    with db.atomic():
        db["regions"].upsert_all(rows, pk="code")
    return len(rows)


def upsert_source(db: sqlite_utils.Database, name: str, url: str, region_code: str | None,
                  kind: str | None = None) -> None:
    """Record a configured source; re-running keeps its first ``added`` time."""
    with db.atomic():
        db.conn.execute(
            "INSERT INTO sources (name, url, region_code, kind, added) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET url=excluded.url, region_code=excluded.region_code, "
            "kind=coalesce(excluded.kind, sources.kind)",
            (name, url, region_code, kind, now()),
        )


SYNDICATION_MIN_CHARS = 200  # shorter texts (stubs, captions) are too generic to call copies


def upsert_article(db: sqlite_utils.Database, article: dict[str, Any]) -> str:
    """Insert or update one article by URL.

    Returns ``"new"``, ``"updated"``, ``"unchanged"`` or ``"duplicate"``: the same text already stored
    under another URL (a syndicated or reposted copy), recorded in ``article_urls`` instead.
    An article whose text changed loses its tagger version, so ``kunker tag`` picks it up again.
    """
    text = article["text"]
    digest = content_hash(text)
    url = article["url"]
    row = db.conn.execute(
        "SELECT id, content_hash, title, published, canonical_url, author FROM articles WHERE url = ?",
        (url,),
    ).fetchone()
    values = {
        "url": url,
        "canonical_url": article.get("canonical_url") or url,
        "source": article.get("source"),
        "external_id": article.get("external_id"),
        "title": article.get("title"),
        "author": article.get("author"),
        "published": article.get("published"),
        "fetched": article.get("fetched") or now(),
        "text": text,
        "content_hash": digest,
    }
    with db.atomic():
        if row is None:
            if db.conn.execute("SELECT 1 FROM article_urls WHERE url = ?", (url,)).fetchone():
                return "unchanged"
            original = db.conn.execute(
                "SELECT id FROM articles WHERE content_hash = ? AND length(text) >= ? ORDER BY id LIMIT 1",
                (digest, SYNDICATION_MIN_CHARS)).fetchone()
            if original is not None:
                db.conn.execute(
                    "INSERT INTO article_urls (url, article_id, source, first_seen) VALUES (?, ?, ?, ?)",
                    (url, original[0], values["source"], values["fetched"]))
                return "duplicate"
            columns = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            db.conn.execute(f"INSERT INTO articles ({columns}) VALUES ({marks})", tuple(values.values()))
            return "new"
        if tuple(row[1:]) == (digest, values["title"], values["published"], values["canonical_url"],
                              values["author"]):
            return "unchanged"
        db.conn.execute(
            "UPDATE articles SET canonical_url=?, source=coalesce(?, source), "
            "external_id=coalesce(?, external_id), title=?, author=?, published=?, fetched=?, text=?, "
            "content_hash=?, tagger_version=NULL, tagged=NULL WHERE id=?",
            (values["canonical_url"], values["source"], values["external_id"], values["title"],
             values["author"], values["published"], values["fetched"], text, digest, row[0]),
        )
        return "updated"


def article_ids_to_tag(db: sqlite_utils.Database, tagger_version: str,
                       retag_all: bool = False) -> list[int]:
    """Ids of articles not yet tagged by ``tagger_version`` (every article with ``retag_all``)."""
    where = "" if retag_all else "WHERE tagger_version IS NULL OR tagger_version != ?"
    params = () if retag_all else (tagger_version,)
    return [r[0] for r in db.conn.execute(f"SELECT id FROM articles {where} ORDER BY id", params)]


# Tag results: what the tagger found in one article, and the entities merged across articles.

# Two reports of the same visitor and host are one visit when their visit dates are this close,
# or, when a report gives no date, when it was published this close to the other report.
VISIT_DATE_WINDOW_DAYS = 3
REPORT_WINDOW_DAYS = 7

PROGRAM_PREFIX = re.compile(r"^(?:program|inovasi|aplikasi|gerakan)\s+", re.IGNORECASE)


def official_id(name: str, region_code: str | None) -> str:
    """The same person across articles: same name (case and spacing folded) and same region."""
    return stable_id("official", " ".join(name.casefold().split()), region_code)


def program_key(name: str) -> str:
    """Fold the ways articles write one program: case, quotes, hyphens, a leading "program"/"inovasi"."""
    folded = re.sub(r"[\"'“”‘’]", "", name).replace("-", " ")
    folded = " ".join(folded.casefold().split())
    return PROGRAM_PREFIX.sub("", folded) or folded


def program_id(name: str) -> str:
    return stable_id("program", program_key(name))


def find_visit(db: sqlite_utils.Database, visit: VisitResult, article: dict[str, Any]) -> str | None:
    """An already stored visit that this report describes too (same pair, close in time), if any."""
    pair = (visit.visitor_code, visit.host_code)
    date, published = visit.date, article.get("published")
    if date:
        row = db.conn.execute(
            "SELECT id FROM visits WHERE visitor_code = ? AND host_code = ? AND date IS NOT NULL "
            "AND abs(julianday(date) - julianday(?)) <= ? ORDER BY abs(julianday(date) - julianday(?)) LIMIT 1",
            (*pair, date, VISIT_DATE_WINDOW_DAYS, date)).fetchone()
        if row:
            return row[0]
    anchor = date or published
    if not anchor:
        return None
    # An undated visit reported near this date, or (for an undated report) a dated visit shortly before.
    row = db.conn.execute(
        "SELECT v.id FROM visits v JOIN visit_articles va ON va.visit_id = v.id "
        "JOIN articles a ON a.id = va.article_id WHERE v.visitor_code = ? AND v.host_code = ? AND ("
        "  (v.date IS NULL AND abs(julianday(a.published) - julianday(?)) <= ?)"
        "  OR (? IS NULL AND julianday(?) - julianday(v.date) BETWEEN -1 AND ?)"
        ") ORDER BY v.id LIMIT 1",
        (*pair, anchor, REPORT_WINDOW_DAYS, date, anchor, REPORT_WINDOW_DAYS)).fetchone()
    return row[0] if row else None


def visit_id(db: sqlite_utils.Database, visit: VisitResult, article: dict[str, Any]) -> str:
    """The visit this report belongs to: an existing one it matches, else a new deterministic id."""
    found = find_visit(db, visit, article)
    if found:
        return found
    anchor = visit.date or f"article:{article['id']}"
    return stable_id("visit", visit.visitor_code, visit.host_code, anchor)


def sentence_sql(row: str, article: str, table: str = "mentions") -> str:
    """SQL for the sentence a ``mentions`` or ``visit_articles`` row (alias ``row``) points at: its slice of the
    article's (alias ``article``) title or text. A mention without ``start`` is in the title; a report says
    where in ``sentence_field`` and has no sentence when it is empty."""
    if table == "mentions":
        start, end, in_title = "sentence_start", "sentence_end", f"{row}.start IS NULL"
    else:
        start, end, in_title = "start", "[end]", f"{row}.sentence_field = 'title'"
    length = f"{row}.{end} - {row}.{start}"
    return (f"CASE WHEN {row}.{start} IS NULL THEN NULL WHEN {in_title} THEN substr({article}.title, {row}.{start} "
            f"+ 1, {length}) ELSE substr({article}.text, {row}.{start} + 1, {length}) END")


def _mention_rows(article_id: int, published: str | None, entity_type: str, entity_id: str,
                  mentions: list[Mention], version: str) -> list[dict[str, Any]]:
    """``mentions`` as rows of the mentions table; ``published`` is the article's stored date (its copy)."""
    rows = []
    for m in mentions:
        rows.append({
            "id": stable_id(article_id, entity_type, entity_id, m.field, m.start, m.end),
            "article_id": article_id, "entity_type": entity_type, "entity_id": entity_id,
            "start": m.start if m.field == "text" else None, "end": m.end if m.field == "text" else None,
            "text": m.text, "sentence_start": m.sentence_start, "sentence_end": m.sentence_end,
            "tagger_version": version, "published": published,
        })
    return rows


@functools.cache
def _upsert_sql(table: str, columns: tuple[str, ...]) -> str:
    pk = SCHEMA[table]["pk"]
    keys = (pk,) if isinstance(pk, str) else pk
    update = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns if c not in keys)
    return (f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)}) ON CONFLICT({', '.join(keys)}) "
            + (f"DO UPDATE SET {update}" if update else "DO NOTHING"))


def upsert(db: sqlite_utils.Database, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert or update ``rows`` (all with the same keys) by the table's primary key, as sqlite-utils' ``upsert``
    does, without its per-call schema introspection (the tag stage's writer is its bottleneck with --jobs)."""
    if rows:
        columns = tuple(rows[0])
        db.conn.executemany(_upsert_sql(table, columns), [tuple(r[c] for c in columns) for r in rows])


def clear_article(db: sqlite_utils.Database, article_id: int) -> None:
    """Remove every row derived from one article (not the article itself)."""
    for table in ARTICLE_DERIVED:
        db.conn.execute(f"DELETE FROM [{table}] WHERE article_id = ?", (article_id,))


def write_result(db: sqlite_utils.Database, article: dict[str, Any], result: Result, version: str) -> set[str]:
    """Replace one article's derived rows with the tagger's ``result`` (in the caller's transaction);
    returns the ids of the visits the article reports."""
    article_id = article["id"]
    clear_article(db, article_id)
    # the mentions' copy of the article's date is the stored one (as COPY_TRIGGERS keep it), not the tagger's
    # checked date; given here so that the insert trigger need not look it up for every mention
    published = db.conn.execute("SELECT published FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
    mentions: list[dict[str, Any]] = []
    visit_ids: set[str] = set()

    for region in result.regions:
        mentions += _mention_rows(article_id, published, "region", region.code, region.mentions, version)

    officials_by_name: dict[str, str] = {}
    for official in result.officials:
        oid = official_id(official.name, official.region_code)
        officials_by_name[official.name] = oid
        db.conn.execute(
            "INSERT INTO officials (id, name, position, region_code, tagger_version) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET tagger_version = excluded.tagger_version",
            (oid, official.name, official.position, official.region_code, version))
        if official.position:
            db.conn.execute(
                "INSERT OR IGNORE INTO official_roles (official_id, position, region_code, article_id) "
                "VALUES (?, ?, ?, ?)", (oid, official.position, official.region_code, article_id))
        mentions += _mention_rows(article_id, published, "official", oid, official.mentions, version)

    programs_by_name: dict[str, str] = {}
    for program in result.programs:
        pid = program_id(program.name)
        programs_by_name[program.name] = pid
        db.conn.execute(
            "INSERT INTO programs (id, name, region_code, tagger_version) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET region_code = coalesce(programs.region_code, excluded.region_code)",
            (pid, program.name, None, version))
        db.conn.execute("INSERT OR IGNORE INTO program_aliases (program_id, alias, article_id) VALUES (?, ?, ?)",
                        (pid, program.name, article_id))
        mentions += _mention_rows(article_id, published, "program", pid, program.mentions, version)

    for visit in result.visits:
        if not (visit.visitor_code and visit.host_code):
            continue
        vid = visit_id(db, visit, article)
        visit_ids.add(vid)
        leader_id = officials_by_name.get(visit.leader or "")
        evidence = visit.evidence
        report = {"date": visit.date, "kind": visit.kind, "leader_id": leader_id, "leader": visit.leader,
                  "delegation_size": visit.delegation_size, "status": visit.status}
        db.conn.execute(
            "INSERT OR IGNORE INTO visits (id, visitor_code, host_code, date, kind, leader_id, leader, "
            "delegation_size, evidence, article_count, tagger_version, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
            (vid, visit.visitor_code, visit.host_code, report["date"], report["kind"], leader_id,
             report["leader"], report["delegation_size"], evidence.text if evidence else None, version,
             visit.status))
        upsert(db, "visit_articles", [{
            "visit_id": vid, "article_id": article_id, "sentence_field": evidence.field if evidence else None,
            "start": evidence.sentence_start if evidence else None, "end": evidence.sentence_end if evidence else None,
            **report}])
        roles = [("leader", [visit.leader]), ("member", visit.members), ("host", visit.host_officials)]
        for role, names in roles:
            for name in names:
                if name and name in officials_by_name:
                    upsert(db, "visit_officials", [{
                        "visit_id": vid, "official_id": officials_by_name[name], "role": role,
                        "article_id": article_id,
                    }])
        for name in visit.programs:
            if name in programs_by_name:
                upsert(db, "visit_programs", [{
                    "visit_id": vid, "program_id": programs_by_name[name], "article_id": article_id,
                }])
        if evidence is not None:
            mentions += _mention_rows(article_id, published, "visit", vid, [evidence], version)

    if mentions:
        upsert(db, "mentions", mentions)
    db.conn.execute("UPDATE articles SET tagger_version = ?, tagged = ? WHERE id = ?",
                    (version, now(), article_id))
    return visit_ids


def _most_reported(column: str) -> str:
    """SQL for the value of a visit_articles column that most reports of a visit agree on."""
    return (f"(SELECT {column} FROM visit_articles WHERE visit_id = visits.id AND {column} IS NOT NULL "
            f"GROUP BY {column} ORDER BY count(*) DESC, min(article_id) LIMIT 1)")


def merge_reports(db: sqlite_utils.Database) -> None:
    """Drop entities no article supports any more; merge what the reports say into visits, officials
    (current position, first/last seen) and programs (canonical name: the name most articles use)."""
    with db.conn:
        db.conn.execute("DELETE FROM visits WHERE id NOT IN (SELECT visit_id FROM visit_articles)")
        db.conn.execute(
            "DELETE FROM officials WHERE id NOT IN (SELECT entity_id FROM mentions WHERE entity_type = 'official') "
            "AND id NOT IN (SELECT official_id FROM official_roles) "
            "AND id NOT IN (SELECT leader_id FROM visit_articles WHERE leader_id IS NOT NULL)")
        db.conn.execute("DELETE FROM programs WHERE id NOT IN (SELECT program_id FROM program_aliases)")
        db.conn.execute(
            "UPDATE visits SET article_count = (SELECT count(*) FROM visit_articles WHERE visit_id = visits.id), "
            f"date = {_most_reported('date')}, kind = {_most_reported('kind')}, "
            f"leader = {_most_reported('leader')}, delegation_size = {_most_reported('delegation_size')}, "
            f"status = {_most_reported('status')}, "
            f"evidence = (SELECT {sentence_sql('va', 'a', 'visit_articles')} FROM visit_articles va "
            "  JOIN articles a ON a.id = va.article_id WHERE va.visit_id = visits.id "
            "  ORDER BY va.start IS NULL, va.article_id LIMIT 1)")
        db.conn.execute(
            "UPDATE visits SET leader_id = (SELECT leader_id FROM visit_articles WHERE visit_id = visits.id "
            "AND leader = visits.leader AND leader_id IS NOT NULL LIMIT 1)")
        db.conn.execute(
            "UPDATE officials SET "
            "position = coalesce((SELECT r.position FROM official_roles r JOIN articles a ON a.id = r.article_id "
            "  WHERE r.official_id = officials.id ORDER BY a.published DESC, r.article_id DESC LIMIT 1), position), "
            "first_seen = (SELECT min(a.published) FROM official_roles r JOIN articles a ON a.id = r.article_id "
            "  WHERE r.official_id = officials.id), "
            "last_seen = (SELECT max(a.published) FROM official_roles r JOIN articles a ON a.id = r.article_id "
            "  WHERE r.official_id = officials.id)")
        db.conn.execute(
            "UPDATE programs SET name = (SELECT alias FROM program_aliases WHERE program_id = programs.id "
            "GROUP BY alias ORDER BY count(*) DESC, length(alias) DESC, alias LIMIT 1)")


# Crawl runs: one lifecycle for the Scrapy pipeline (crawler/pipelines.py) and the Redis ingester (kunker/ingest.py).

FINISHED_REASONS = ("finished", "closespider_itemcount", "closespider_pagecount")  # a crawl that ran its course


def run_status(*, pages: int, errors: int, articles_seen: int, finish_reason: str = "finished",
               entry_failed: bool = False) -> str:
    """The one rule that gives a crawl run its status.

    ``failed``: the entry point failed or no page was fetched; ``stopped: REASON``: Scrapy closed the spider for
    another reason than finishing (shutdown, timeout); ``empty``: pages fetched but no article seen (stored or
    skipped as known: the site may have changed); ``errors``: some URLs failed; else ``ok``.
    """
    if entry_failed or pages == 0:
        return "failed"
    if finish_reason not in FINISHED_REASONS:
        return f"stopped: {finish_reason}"
    if articles_seen == 0:
        return "empty"
    return "errors" if errors else "ok"


def last_run(db: sqlite_utils.Database, source: str) -> dict[str, Any] | None:
    """The latest ``crawl_runs`` row of ``source`` (None before its first crawl)."""
    rows = list(db.query("SELECT * FROM crawl_runs WHERE source = ? ORDER BY started DESC, rowid DESC LIMIT 1",
                         [source]))
    return rows[0] if rows else None


def most_articles(db: sqlite_utils.Database, source: str) -> int:
    """The most articles (new and updated) one run of ``source`` ever stored; 0 before its first crawl."""
    row = db.conn.execute("SELECT max(articles_new + articles_updated) FROM crawl_runs WHERE source = ?",
                          (source,)).fetchone()
    return row[0] or 0


def known_urls(db: sqlite_utils.Database, source: str) -> set[str]:
    """Every URL of ``source`` stored already: articles' URLs and canonical URLs, and their copies' URLs."""
    rows = db.conn.execute("SELECT url, canonical_url FROM articles WHERE source = ? "
                           "UNION ALL SELECT url, NULL FROM article_urls WHERE source = ?", (source, source))
    return {url for row in rows for url in row if url}


def open_run(db: sqlite_utils.Database, run_id: str, source: str, started: str | None = None,
             entry_method: str = "none") -> bool:
    """Record the start of a crawl run (status ``running``); a run of the same source still marked running was
    cut short, so it becomes ``interrupted``. Returns False when the run was opened already (nothing written)."""
    with db.atomic():
        if db.conn.execute("SELECT 1 FROM crawl_runs WHERE id = ?", (run_id,)).fetchone():
            return False
        db.conn.execute("UPDATE crawl_runs SET status = 'interrupted' WHERE source = ? AND status = 'running'",
                        (source,))
        db.conn.execute(
            "INSERT INTO crawl_runs (id, source, started, status, entry_method, pages, articles_new, "
            "articles_updated, errors) VALUES (?, ?, ?, 'running', ?, 0, 0, 0, 0)",
            (run_id, source, started or now(), entry_method))
    return True


def record_error(db: sqlite_utils.Database, run_id: str | None, source: str | None, url: str, reason: str) -> None:
    """Record a URL that failed in a run (once per run, URL and reason). An unknown run id is recorded as None."""
    with db.atomic():
        if run_id and not db.conn.execute("SELECT 1 FROM crawl_runs WHERE id = ?", (run_id,)).fetchone():
            run_id = None
        db.conn.execute(
            "INSERT OR REPLACE INTO crawl_errors (id, run_id, source, url, reason, at) VALUES (?, ?, ?, ?, ?, ?)",
            (stable_id(run_id, url, reason), run_id, source, url, reason, now()))


def count_article(db: sqlite_utils.Database, run_id: str | None, outcome: str) -> None:
    """Count a new or updated article into its run's row as it is stored (``upsert_article``'s outcome)."""
    if run_id and outcome in ("new", "updated"):
        with db.atomic():
            db.conn.execute(f"UPDATE crawl_runs SET articles_{outcome} = articles_{outcome} + 1 WHERE id = ?",
                            (run_id,))


def set_entry(db: sqlite_utils.Database, run_id: str, method: str | None = None, reason: str | None = None) -> None:
    """Record how a run entered its source (sitemap, feed, listing...) and why; None keeps what is stored."""
    with db.atomic():
        db.conn.execute("UPDATE crawl_runs SET entry_method = coalesce(?, entry_method), "
                        "entry_reason = coalesce(?, entry_reason) WHERE id = ?", (method, reason, run_id))


def close_run(db: sqlite_utils.Database, run_id: str, *, pages: int, articles_seen: int,
              finish_reason: str = "finished", entry_failed: bool = False,
              articles: dict[str, int] | None = None) -> str | None:
    """Complete a run: its status by :func:`run_status`, finish time, pages and errors (counted from
    ``crawl_errors``); ``articles`` (new, updated) replaces the counts kept so far. Returns the status, or None
    when the run is unknown or closed already (a close handled twice changes nothing)."""
    with db.atomic():
        row = db.conn.execute("SELECT status FROM crawl_runs WHERE id = ?", (run_id,)).fetchone()
        if row is None or row[0] != "running":
            return None
        errors = db.conn.execute("SELECT count(*) FROM crawl_errors WHERE run_id = ?", (run_id,)).fetchone()[0]
        status = run_status(pages=pages, errors=errors, articles_seen=articles_seen, finish_reason=finish_reason,
                            entry_failed=entry_failed)
        db.conn.execute("UPDATE crawl_runs SET status = ?, finished = ?, pages = ?, errors = ? WHERE id = ?",
                        (status, now(), pages, errors, run_id))
        if articles is not None:
            db.conn.execute("UPDATE crawl_runs SET articles_new = ?, articles_updated = ? WHERE id = ?",
                            (articles.get("new", 0), articles.get("updated", 0), run_id))
    return status


def record_checks(db: sqlite_utils.Database, run_id: str, checks: list[dict[str, Any]], alert: str | None) -> None:
    """Store a run's checks (crawler/monitors.py) and the alert they raised."""
    with db.atomic():
        db.conn.execute("UPDATE crawl_runs SET checks = ?, alert = ? WHERE id = ?",
                        (json.dumps(checks, ensure_ascii=False), alert, run_id))


# Corrections (kunker/corrections.py) and visits' confidence (kunker/confidence.py).

Correctable = dict[str, tuple[str, tuple[str, ...]]]  # entity type -> (table, fields a correction may set)


def add_corrections(db: sqlite_utils.Database, entity_type: str, entity_id: str, rows: list[dict[str, Any]],
                    who: str, why: str) -> list[int]:
    """Record maintainers' corrections of one entity (``rows``: action, field, value); returns their row ids."""
    at, ids = now(), []
    with db.conn:
        for row in rows:
            cursor = db.conn.execute(
                "INSERT INTO corrections (entity_type, entity_id, action, field, value, who, at, why) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (entity_type, entity_id, row["action"], row["field"], row["value"], who, at, why))
            ids.append(cursor.lastrowid)
    return ids


def apply_corrections(db: sqlite_utils.Database, correctable: Correctable) -> int:
    """Re-apply every correction, in the order they were made; returns how many apply to existing rows.
    ``correctable`` says which table each entity type lives in and which of its fields a fix may set."""
    applied = 0
    with db.conn:
        db.conn.execute("UPDATE visits SET corrected = NULL WHERE corrected IS NOT NULL")
        for entity_type, entity_id, action, field, value in db.conn.execute(
                "SELECT entity_type, entity_id, action, field, value FROM corrections ORDER BY id").fetchall():
            table, allowed = correctable[entity_type]
            if action == "fix" and field in allowed:
                cursor = db.conn.execute(f"UPDATE [{table}] SET [{field}] = ? WHERE id = ?", (value, entity_id))
                if entity_type == "visit" and field == "leader":
                    db.conn.execute("UPDATE visits SET leader_id = NULL WHERE id = ?", (entity_id,))
            else:
                cursor = db.conn.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", (entity_id,))
            found = cursor.rowcount > 0 if action == "fix" else cursor.fetchone() is not None
            applied += found
            if entity_type == "visit" and found:
                db.conn.execute(
                    "UPDATE visits SET corrected = CASE WHEN ? = 'wrong' OR corrected = 'wrong' THEN 'wrong' "
                    "ELSE 'fixed' END WHERE id = ?", (action, entity_id))
    return applied


def set_confidence(db: sqlite_utils.Database, scores: list[tuple[str, str, str, str]]) -> None:
    """Store visits' confidence: ``scores`` of (confidence, basis, key it was computed from, visit id)."""
    with db.conn:
        db.conn.executemany("UPDATE visits SET confidence = ?, confidence_basis = ?, confidence_key = ? WHERE id = ?",
                            scores)
