"""Which database and which sources a command uses: one rule for ``crawl``, ``schedule``, ``status`` and ``tag``.

- ``--db`` and ``--sources`` default to ``data/kunker.db`` and ``crawler/sources.yml`` in the project; a relative
  path is relative to the working folder, in this process and in every process a command starts
  (:func:`absolute`).
- Without ``--sources``, ``kunker status`` shows the sources the database's crawls used
  (:func:`database_sources`), not the default registry.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlite_utils

from kunker.errors import UserError

DEFAULT_SOURCES = Path(__file__).resolve().parent.parent / "crawler" / "sources.yml"


def absolute(path: str | Path) -> Path:
    """``path`` made absolute against the working folder (for subprocesses started elsewhere)."""
    return Path(path).expanduser().absolute()


def read_sources(path: str | Path) -> list[Any]:
    """The sources file at ``path``, validated (:func:`crawler.sources.load_sources`); one-line errors."""
    from crawler.sources import load_sources

    try:
        return load_sources(path)
    except RecursionError:
        raise UserError(f"{path}: cannot read: YAML nested too deeply") from None


def database_sources(db: sqlite_utils.Database, registry: str | Path = DEFAULT_SOURCES) -> list[Any]:
    """The sources the database's crawls used, in name order; an entry of ``registry`` with the same name and URL
    stands in for its row (it knows the source's crawl frequency)."""
    from crawler.sources import Source, SourcesError

    try:
        known = {s.name: s for s in read_sources(registry)}
    except (SourcesError, UserError):
        known = {}
    rows = db.conn.execute(
        "SELECT name, url, region_code, kind FROM sources WHERE name IN (SELECT source FROM crawl_runs) "
        "ORDER BY name").fetchall()
    sources = []
    for name, url, region_code, kind in rows:
        entry = known.get(name)
        sources.append(entry if entry is not None and entry.url == url else
                       Source(name=name, url=url or "", region_code=region_code, kind=kind))
    return sources
