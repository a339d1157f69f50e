"""The tag stage: run the ``nlp`` tagger over stored articles and write entities, visits and mentions.

Re-tagging an article first removes everything previously derived from it, so the stage is
idempotent and a better tagger simply replaces old results. Entities shared across articles
(officials, programs, visits) are keyed deterministically and removed once no article supports them.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

import sqlite_utils

from kunker import db as store

ProgressFn = Callable[[int, int, float], None]


def official_id(name: str, region_code: str | None) -> str:
    return store.stable_id("official", " ".join(name.casefold().split()), region_code)


def program_id(name: str) -> str:
    return store.stable_id("program", " ".join(name.casefold().split()))


def visit_id(visit: dict[str, Any], article_id: int) -> str:
    """Same visitor, host and date is one visit across articles; undated visits stay per article."""
    anchor = visit.get("date") or f"article:{article_id}"
    return store.stable_id("visit", visit.get("visitor_code"), visit.get("host_code"), anchor)


def _mention_rows(article_id: int, entity_type: str, entity_id: str, mentions: list[dict],
                  version: str) -> list[dict[str, Any]]:
    rows = []
    for m in mentions or []:
        field = m.get("field", "text")
        rows.append({
            "id": store.stable_id(article_id, entity_type, entity_id, field, m["start"], m["end"]),
            "article_id": article_id, "entity_type": entity_type, "entity_id": entity_id,
            "start": m["start"] if field == "text" else None,
            "end": m["end"] if field == "text" else None,
            "text": m.get("text"), "sentence": m.get("sentence"), "tagger_version": version,
        })
    return rows


def clear_article(db: sqlite_utils.Database, article_id: int) -> None:
    """Remove every row derived from one article (not the article itself)."""
    for table in store.ARTICLE_DERIVED:
        db.conn.execute(f"DELETE FROM [{table}] WHERE article_id = ?", (article_id,))


def write_result(db: sqlite_utils.Database, article: dict[str, Any], result: dict[str, Any],
                 version: str) -> None:
    """Replace one article's derived rows with the tagger's ``result`` (in the caller's transaction)."""
    article_id = article["id"]
    clear_article(db, article_id)
    mentions: list[dict[str, Any]] = []

    for region in result.get("regions", []):
        mentions += _mention_rows(article_id, "region", region["code"], region.get("mentions"), version)

    officials_by_name: dict[str, str] = {}
    for official in result.get("officials", []):
        oid = official_id(official["name"], official.get("region_code"))
        officials_by_name[official["name"]] = oid
        db["officials"].upsert({
            "id": oid, "name": official["name"], "position": official.get("position"),
            "region_code": official.get("region_code"), "tagger_version": version,
        }, pk="id")
        mentions += _mention_rows(article_id, "official", oid, official.get("mentions"), version)

    programs_by_name: dict[str, str] = {}
    for program in result.get("programs", []):
        pid = program_id(program["name"])
        programs_by_name[program["name"]] = pid
        existing = db.conn.execute("SELECT 1 FROM programs WHERE id = ?", (pid,)).fetchone()
        if existing is None:
            db["programs"].insert({"id": pid, "name": program["name"],
                                   "region_code": program.get("region_code"),
                                   "tagger_version": version}, pk="id")
        mentions += _mention_rows(article_id, "program", pid, program.get("mentions"), version)

    for visit in result.get("visits", []):
        if not (visit.get("visitor_code") and visit.get("host_code")):
            continue
        vid = visit_id(visit, article_id)
        leader_id = officials_by_name.get(visit.get("leader") or "")
        evidence = visit.get("evidence") or {}
        db["visits"].upsert({
            "id": vid, "visitor_code": visit["visitor_code"], "host_code": visit["host_code"],
            "date": visit.get("date"), "kind": visit.get("kind"), "leader_id": leader_id,
            "leader": visit.get("leader"), "delegation_size": visit.get("delegation_size"),
            "evidence": evidence.get("text"), "tagger_version": version,
        }, pk="id")
        db["visit_articles"].upsert({
            "visit_id": vid, "article_id": article_id, "sentence": evidence.get("text"),
            "start": evidence.get("start"), "end": evidence.get("end"),
        }, pk=("visit_id", "article_id"))
        roles = [("leader", [visit.get("leader")]), ("member", visit.get("members") or []),
                 ("host", visit.get("host_officials") or [])]
        for role, names in roles:
            for name in names:
                if name and name in officials_by_name:
                    db["visit_officials"].upsert({
                        "visit_id": vid, "official_id": officials_by_name[name], "role": role,
                        "article_id": article_id,
                    }, pk=("visit_id", "official_id", "role", "article_id"))
        for name in visit.get("programs") or []:
            if name in programs_by_name:
                db["visit_programs"].upsert({
                    "visit_id": vid, "program_id": programs_by_name[name], "article_id": article_id,
                }, pk=("visit_id", "program_id", "article_id"))
        if evidence.get("start") is not None:
            mentions += _mention_rows(article_id, "visit", vid, [evidence], version)

    if mentions:
        db["mentions"].upsert_all(mentions, pk="id")
    db.conn.execute("UPDATE articles SET tagger_version = ?, tagged = ? WHERE id = ?",
                    (version, store.now(), article_id))


def refresh_aggregates(db: sqlite_utils.Database) -> None:
    """Drop entities no article supports any more and recompute counts and first/last seen."""
    with db.conn:
        db.conn.execute("DELETE FROM visits WHERE id NOT IN (SELECT visit_id FROM visit_articles)")
        db.conn.execute(
            "DELETE FROM officials WHERE id NOT IN "
            "(SELECT entity_id FROM mentions WHERE entity_type = 'official') "
            "AND id NOT IN (SELECT leader_id FROM visits WHERE leader_id IS NOT NULL)")
        db.conn.execute(
            "DELETE FROM programs WHERE id NOT IN "
            "(SELECT entity_id FROM mentions WHERE entity_type = 'program')")
        db.conn.execute(
            "UPDATE visits SET article_count = "
            "(SELECT count(*) FROM visit_articles WHERE visit_id = visits.id)")
        db.conn.execute(
            "UPDATE officials SET "
            "first_seen = (SELECT min(a.published) FROM mentions m JOIN articles a ON a.id = m.article_id "
            "  WHERE m.entity_type = 'official' AND m.entity_id = officials.id), "
            "last_seen = (SELECT max(a.published) FROM mentions m JOIN articles a ON a.id = m.article_id "
            "  WHERE m.entity_type = 'official' AND m.entity_id = officials.id)")


def print_progress(done: int, total: int, elapsed: float) -> None:
    rate = done / elapsed if elapsed > 0 else 0.0
    eta = (total - done) / rate if rate > 0 else 0.0
    print(f"\rtagged {done}/{total} articles, {rate:.1f}/s, ETA {eta:.0f} s", end="", file=sys.stderr,
          flush=True)


def tag_database(db: sqlite_utils.Database, tagger: Any, retag_all: bool = False,
                 progress: ProgressFn | None = print_progress, batch: int = 50) -> dict[str, Any]:
    """Tag every article not yet tagged by ``tagger.version``; commit every ``batch`` articles.

    Returns a summary: articles tagged, regions/officials/programs/visits found, seconds.
    """
    version = tagger.version
    todo = store.article_ids_to_tag(db, version, retag_all)
    total = len(todo)
    started = time.perf_counter()
    counts = {"articles": 0, "regions": 0, "officials": 0, "programs": 0, "visits": 0, "warnings": 0}
    for offset in range(0, len(todo), batch):
        ids = todo[offset:offset + batch]
        marks = ",".join("?" for _ in ids)
        articles = list(db.query(
            f"SELECT id, url, title, published, text FROM articles WHERE id IN ({marks}) ORDER BY id", ids))
        results = [tagger.extract(article) for article in articles]
        with db.conn:
            for article, result in zip(articles, results, strict=True):
                write_result(db, article, result, version)
                counts["articles"] += 1
                for key in ("regions", "officials", "programs", "visits"):
                    counts[key] += len(result.get(key, []))
                counts["warnings"] += bool(result.get("warnings"))
        if progress:
            progress(counts["articles"], total, time.perf_counter() - started)
    if progress and total:
        print(file=sys.stderr)
    refresh_aggregates(db)
    counts["seconds"] = round(time.perf_counter() - started, 2)
    counts["tagger_version"] = version
    return counts
