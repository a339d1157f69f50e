"""The region gazetteer (``data/regions.csv``), parsed in one place for storage and the crawler.

Base layer: imports only ``kunker.settings``. (The tagger reads the same file through ``nlp/lexicon.py``, which
must not depend on kunker.)
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import Any

from kunker.settings import REGIONS_CSV

_NUMBERS = (("latitude", float), ("longitude", float), ("area_km2", float), ("population", int))


def region_rows(path: Path = REGIONS_CSV) -> list[dict[str, Any]]:
    """Every region as a row of the ``regions`` table: provinces first, numbers typed, a province's
    ``province_code`` empty (None)."""
    return [dict(row) for row in _read(Path(path))]


@lru_cache(maxsize=4)
def _read(path: Path) -> tuple[dict[str, Any], ...]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    rows.sort(key=lambda r: (r["level"] != "provinsi", r["code"]))
    for row in rows:
        row.pop("split_from", None)  # the tagger's knowledge of split provinces (nlp/lexicon.py), not a table column
        row["province_code"] = row["province_code"] if row["level"] != "provinsi" else None
        for key, cast in _NUMBERS:
            row[key] = cast(row[key]) if row.get(key) not in (None, "") else None
    return tuple(rows)


def region_index(path: Path = REGIONS_CSV) -> dict[str, tuple[str, str]]:
    """Region lookup: code, canonical name and official name (lower-cased) -> (code, canonical name)."""
    index: dict[str, tuple[str, str]] = {}
    for row in _read(Path(path)):
        value = (row["code"], row["name"])
        index[row["code"]] = value
        index[row["name"].lower()] = value
        index.setdefault(row["official_name"].lower(), value)
    return index
