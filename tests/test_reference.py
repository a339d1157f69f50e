"""kunker/reference.py: the gazetteer as rows of the database's ``regions`` table."""

from __future__ import annotations

from kunker.db import SCHEMA
from kunker.reference import region_rows


def test_region_rows_hold_exactly_the_regions_table_columns() -> None:
    # data/regions.csv also holds the tagger's split_from (nlp/lexicon.py): no column of the table
    rows = region_rows()
    assert rows and all("split_from" not in row for row in rows)
    assert {tuple(row) for row in rows} == {tuple(SCHEMA["regions"]["columns"])}
