"""The import stage: load articles collected elsewhere from JSON lines.

Each line is the tagger's input format: ``{"id", "url", "title", "published", "text"}``.
A line that is not JSON or lacks ``text`` is reported with its line number and skipped;
the other lines are still stored. Articles are keyed by URL (``import:<file>#<id>`` when a
line has no URL), so importing the same file twice changes nothing.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import sqlite_utils

from kunker import db as store
from kunker.errors import UserError

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_line(line: str, where: str) -> tuple[dict[str, Any] | None, str | None]:
    """Return ``(article, None)`` or ``(None, problem)`` for one JSONL line."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, f"{where}: not JSON ({exc.msg})"
    if not isinstance(row, dict):
        return None, f"{where}: not a JSON object"
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        return None, f'{where}: no "text"'
    published = row.get("published")
    if published is not None and not (isinstance(published, str) and DATE.match(published)):
        return None, f'{where}: "published" must be YYYY-MM-DD or null, not {published!r}'
    return row, None


def import_jsonl(db: sqlite_utils.Database, path: Path, source: str | None = None) -> dict[str, int]:
    """Store every good line of ``path`` as an article; report bad lines on stderr."""
    if not path.is_file():
        raise UserError(f"{path}: no such file")
    if source:
        store.upsert_source(db, source, url=f"file:{path.name}", region_code=None, kind="import")
    summary = {"new": 0, "updated": 0, "unchanged": 0, "bad": 0}
    with open(path, encoding="utf-8", errors="replace") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row, problem = parse_line(line, f"{path}:{number}")
            if problem:
                print(problem, file=sys.stderr)
                summary["bad"] += 1
                continue
            external_id = None if row.get("id") is None else str(row["id"])
            url = row.get("url") or f"import:{path.name}#{external_id or number}"
            outcome = store.upsert_article(db, {
                "url": url, "canonical_url": row.get("canonical_url"), "source": source,
                "external_id": external_id, "title": row.get("title"),
                "published": row.get("published"), "text": row["text"],
            })
            summary[outcome] += 1
    return summary
