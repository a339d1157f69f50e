"""The visit list's facets, counted when the data changes rather than on every page view.

``visit_list``'s default facets are configured as ``counted`` facets (metadata.yml). On the unfiltered list their
counts come from ``agg_visit_facets``, which ``kunker tag`` and ``kunker correct`` keep current
(kunker/aggregates.py); once a filter, a search or a ``_where`` narrows the list, the facet counts its rows as
Datasette's column facet does. Either way the facet looks and links like a column facet.
"""

from __future__ import annotations

import re

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet
from datasette.utils import path_with_added_args, path_with_removed_args

COUNTED_TABLES = {"visit_list"}
# Facets whose stored value is a region code, shown (like the view) as the region's name: kunker/aggregates.py
# FACETS, whose other facets (year, kind) are stored as shown.
REGION_FACETS = {"host", "visitor", "host_province"}
REGION_SQL = """select r.name as value, sum(f.visits) as count from agg_visit_facets f
  join regions r on r.code = f.value where f.facet = :facet
  group by r.name order by count desc, value limit :limit"""
VALUE_SQL = """select value, visits as count from agg_visit_facets where facet = :facet
  order by count desc, value limit :limit"""
FILTERED = re.compile(r"\bwhere\b", re.IGNORECASE)


class CountedFacet(ColumnFacet):
    """A column facet that reads its counts from ``agg_visit_facets`` while the list is unfiltered."""

    type = "counted"

    def unfiltered(self) -> bool:
        return self.table in COUNTED_TABLES and not FILTERED.search(self.sql)

    async def facet_results(self):
        if not self.unfiltered():
            results, timed_out = await super().facet_results()
            for result in results:
                result["type"] = "column"
            return results, timed_out
        results, timed_out = [], []
        facet_size = self.get_facet_size()
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            try:
                found = await self.ds.execute(
                    self.database, REGION_SQL if column in REGION_FACETS else VALUE_SQL,
                    {"facet": column, "limit": facet_size + 1}, truncate=False,
                    custom_time_limit=self.ds.setting("facet_time_limit_ms"))
            except QueryInterrupted:
                timed_out.append(column)
                continue
            values = [{
                "value": row["value"], "label": row["value"], "count": row["count"], "selected": False,
                "toggle_url": self.ds.absolute_url(
                    self.request, self.ds.urls.path(path_with_added_args(self.request, {column: row["value"]}))),
            } for row in found.rows[:facet_size]]
            results.append({
                "name": column, "type": "column", "hideable": source_and_config["source"] != "metadata",
                "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet": column})),
                "results": values, "truncated": len(found.rows) > facet_size,
            })
        return results, timed_out


@hookimpl
def register_facet_classes():
    return [CountedFacet]
