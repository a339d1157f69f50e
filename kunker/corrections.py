"""Maintainers' corrections: a visit, official or program marked wrong, or one of its fields fixed.

Corrections live in their own table (kunker/db.py: ``corrections``, with who, when and why) and are never
touched by tagging or crawling. ``refresh`` runs after every tagging run (kunker/tagging.py) and re-applies
them all, so a correction survives ``kunker tag --all`` and a re-crawl as long as the entity's id stays
(ids are deterministic: a visit from its regions and date, an official from name and region, a program
from its folded name).

    kunker correct visit <id> --wrong --why "not a visit: hospital referrals"
    kunker correct visit <id> --set date=2024-03-12 --why "the article dates the visit"
    kunker correct program <id> --wrong --why "Android is a platform, not a program"
    kunker correct --list
"""

from __future__ import annotations

import getpass
import os
from typing import Any

import sqlite_utils

from kunker import aggregates, confidence, views
from kunker import db as store
from kunker.errors import UserError

# What can be corrected: entity type -> (table, fields a correction may set).
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "visit": ("visits", ("date", "kind", "visitor_code", "host_code", "leader", "delegation_size")),
    "official": ("officials", ("name", "position", "region_code")),
    "program": ("programs", ("name", "region_code")),
}
REGION_FIELDS = {"visitor_code", "host_code", "region_code"}


def who_default() -> str:
    """The maintainer's name: ``KUNKER_USER``, else the login name."""
    try:
        return os.environ.get("KUNKER_USER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def add(db: sqlite_utils.Database, entity_type: str, entity_id: str, why: str, wrong: bool = False,
        fixes: dict[str, str] | None = None, who: str | None = None) -> list[int]:
    """Record a correction (one row per fixed field, or one "wrong" row) and apply it; returns the row ids."""
    if entity_type not in FIELDS:
        raise UserError(f"{entity_type}: not correctable (choose from {', '.join(FIELDS)})")
    table, allowed = FIELDS[entity_type]
    if not why or not why.strip():
        raise UserError("--why is required: say why the correction is right")
    fixes = fixes or {}
    if wrong == bool(fixes):
        raise UserError("give either --wrong or at least one --set FIELD=VALUE")
    if not db.conn.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", (entity_id,)).fetchone():
        raise UserError(f"{entity_type} {entity_id!r}: not in the database")
    for field, value in fixes.items():
        if field not in allowed:
            raise UserError(f"{entity_type} field {field!r} cannot be set (choose from {', '.join(allowed)})")
        if field in REGION_FIELDS and not db.conn.execute(
                "SELECT 1 FROM regions WHERE code = ?", (value,)).fetchone():
            raise UserError(f"{field}={value!r}: no region with that code")
        if field == "delegation_size" and not value.isdigit():
            raise UserError(f"delegation_size={value!r}: not a whole number")
    rows = ([{"action": "wrong", "field": None, "value": None}] if wrong else
            [{"action": "fix", "field": f, "value": v} for f, v in fixes.items()])
    ids = store.add_corrections(db, entity_type, entity_id, rows, who or who_default(), why.strip())
    apply(db)
    if entity_type == "visit":
        aggregates.refresh(db, [entity_id])  # its old and new regions, year and set in the agg_* tables
    views.build_name_index(db)
    return ids


def apply(db: sqlite_utils.Database) -> int:
    """Re-apply every correction, in the order they were made; returns how many apply to existing rows."""
    return store.apply_corrections(db, FIELDS)


def refresh(db: sqlite_utils.Database) -> set[str]:
    """After tagging: score the visits' confidence, re-apply the corrections, rebuild the name index. Returns the
    ids of the visits re-scored."""
    rescored = confidence.refresh_confidence(db)
    apply(db)
    views.build_name_index(db)
    return rescored


def listing(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every correction, newest first, with whether its entity still exists."""
    out = []
    for row in db.query("SELECT * FROM corrections ORDER BY id DESC"):
        table = FIELDS[row["entity_type"]][0]
        row["exists"] = db.conn.execute(f"SELECT 1 FROM [{table}] WHERE id = ?",
                                        (row["entity_id"],)).fetchone() is not None
        out.append(row)
    return out


def of_entity(db: sqlite_utils.Database, entity_type: str, entity_id: str) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM corrections WHERE entity_type = ? AND entity_id = ? ORDER BY id",
                         [entity_type, entity_id]))
