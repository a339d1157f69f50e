"""The one place that defines kunker's SQLite schema and writes to it.

Every stage (import, crawl, tag) writes through the functions here, and every write is
idempotent: running a stage twice leaves the database unchanged.

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
    visit_articles one article's report of a visit: evidence sentence, date, leader, size, kind
    visit_officials / visit_programs   who took part in a visit and what it came to learn
    mentions       every extracted fact -> article, character offsets and sentence
    crawl_runs     one row per source per crawl
    crawl_errors   one row per failed URL
    corrections    a maintainer's correction: an entity marked wrong or a field fixed (who, when, why);
                   re-applied after every tagging run (kunker/corrections.py)
"""

from __future__ import annotations

import csv
import fcntl
import hashlib
import os
import socket
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from kunker import views
from kunker.errors import UserError

# Reference data; KUNKER_DATA points at it where the code runs from an installed egg (Scrapyd workers).
DATA_DIR = Path(os.environ.get("KUNKER_DATA") or Path(__file__).resolve().parent.parent / "data")
REGIONS_CSV = DATA_DIR / "regions.csv"
DEFAULT_DB = DATA_DIR / "kunker.db"

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
        },
        "pk": "id",
        "foreign_keys": [
            ("visitor_code", "regions", "code"), ("host_code", "regions", "code"),
            ("leader_id", "officials", "id"),
        ],
    },
    "visit_articles": {
        "columns": {
            "visit_id": str, "article_id": int, "sentence": str, "start": int, "end": int,
            "date": str, "kind": str, "leader_id": str, "leader": str, "delegation_size": int,
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
            "end": int, "text": str, "sentence": str, "tagger_version": str,
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
    ("visit_articles", ["article_id"], False),
    ("visit_officials", ["article_id"], False),
    ("official_roles", ["article_id"], False),
    ("program_aliases", ["article_id"], False),
    ("visit_articles", ["visit_id"], False),
    ("visit_programs", ["article_id"], False),
    ("visits", ["host_code", "date"], False),
    ("visits", ["visitor_code", "host_code", "date"], False),
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
]

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
        ensure_schema(db)
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


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create missing tables, columns, indexes, the regions table and article full-text search."""
    for name, spec in SCHEMA.items():
        table = db[name]
        if table.exists():
            missing = {c: t for c, t in spec["columns"].items() if c not in table.columns_dict}
            for column, col_type in missing.items():
                table.add_column(column, col_type)
            continue
        table.create(
            spec["columns"], pk=spec["pk"], not_null=spec.get("not_null"),
            foreign_keys=spec.get("foreign_keys", []),
        )
    for table, columns, unique in INDEXES:
        db[table].create_index(columns, unique=unique, if_not_exists=True)
    if not db["regions"].count:
        load_regions(db)
    views.enable_search(db)
    views.create_views(db)


def load_regions(db: sqlite_utils.Database, path: Path = REGIONS_CSV) -> int:
    """Load the region gazetteer (provinces first, so foreign keys hold)."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    rows.sort(key=lambda r: (r["level"] != "provinsi", r["code"]))
    for row in rows:
        row["province_code"] = row["province_code"] if row["level"] != "provinsi" else None
        for key, cast in (("latitude", float), ("longitude", float), ("area_km2", float), ("population", int)):
            row[key] = cast(row[key]) if row.get(key) not in (None, "") else None
    with db.conn:
        db["regions"].upsert_all(rows, pk="code")
    return len(rows)


def upsert_source(db: sqlite_utils.Database, name: str, url: str, region_code: str | None,
                  kind: str | None = None) -> None:
    """Record a configured source; re-running keeps its first ``added`` time."""
    with db.conn:
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
    with db.conn:
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
