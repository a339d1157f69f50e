"""The import stage: load articles collected elsewhere from JSON lines.

Each line is the tagger's input format: ``{"id", "url", "title", "published", "text"}``, read with the same
contract as ``python -m nlp extract`` (:mod:`nlp.jsonl`): a bad line (not JSON, not an object, no text, an
``id`` or ``url`` that is not a string, ...) is reported with its line number and skipped; a repaired line (an
implausible ``published`` dropped, lone surrogates replaced) is reported and stored; the lines after a bad one
are stored too. Articles are keyed by URL (``import:<file>#<id>`` when a line has no URL), so importing the
same file twice changes nothing.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import TextIO

import sqlite_utils

from kunker import db as store
from kunker.errors import UserError
from nlp.jsonl import check_input, read_articles

EMPTY = 'empty "text"'


def import_jsonl(db: sqlite_utils.Database, path: Path, source: str | None = None,
                 err: TextIO | None = None) -> dict[str, int]:
    """Store every good line of ``path`` as an article; report bad and repaired lines on stderr.

    Returns counts: new, updated, unchanged, duplicate (same text under another URL), bad, repaired.
    """
    err = err or sys.stderr
    problem = check_input(path)
    if problem:
        raise UserError(f"{path}: {problem}")
    if source:
        store.upsert_source(db, source, url=f"file:{path.name}", region_code=None, kind="import")
    summary = {"new": 0, "updated": 0, "unchanged": 0, "bad": 0}
    repaired = 0
    for line in read_articles(path):
        where = f"{path}:{line.number}"
        row = line.article
        if row is None or not row["text"].strip():
            print(f"{where}: {line.problem or EMPTY}", file=err)
            summary["bad"] += 1
            continue
        for note in line.notes:
            print(f"{where}: {note}", file=err)
        repaired += bool(line.notes)
        external_id = None if row.get("id") is None else str(row["id"])
        url = row.get("url") or f"import:{path.name}#{external_id or line.number}"
        try:
            outcome = store.upsert_article(db, {
                "url": url, "canonical_url": row.get("canonical_url"), "source": source,
                "external_id": external_id, "title": row.get("title"), "author": row.get("author"),
                "published": row.get("published"), "text": row["text"],
            })
        except (sqlite3.DataError, sqlite3.IntegrityError) as exc:  # e.g. a value too big for SQLite
            print(f"{where}: not stored: {exc}", file=err)
            summary["bad"] += 1
            continue
        summary[outcome] = summary.get(outcome, 0) + 1
    if repaired:
        summary["repaired"] = repaired
    return summary
