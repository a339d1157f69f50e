"""Read what a crawl stored: one query on the SQLite file, connection closed after."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def query(db: Path, sql: str, *params: object) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
