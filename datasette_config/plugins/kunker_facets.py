"""Default facets counted when the data changes rather than on every page view.

``visit_list``'s default facets and the articles table's ``source`` facet are configured as ``counted`` facets
(database.yml). On the unfiltered table their counts come from ``agg_visit_facets`` (which ``kunker tag`` and
``kunker correct`` keep current) and ``agg_sources`` (kept by triggers on articles; kunker/aggregates.py); once a
filter, a search or a ``_where`` narrows the list, the facet counts its rows as Datasette's column facet does.
Either way the facet looks and links like a column facet.
"""

from __future__ import annotations

import re

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet
from datasette.utils import path_with_added_args, path_with_removed_args

# Facets whose stored value is a region code, shown (like the view) as the region's name: kunker/aggregates.py
# FACETS, whose other facets (year, kind) are stored as shown.
REGION_FACETS = {"host", "visitor", "host_province"}
REGION_SQL = """select r.name as value, sum(f.visits) as count from agg_visit_facets f
  join regions r on r.code = f.value where f.facet = :facet
  group by r.name order by count desc, value limit :limit"""
VALUE_SQL = """select value, visits as count from agg_visit_facets where facet = :facet
  order by count desc, value limit :limit"""
SOURCE_SQL = """select source as value, articles as count from agg_sources
  order by count desc, value limit :limit"""
# table -> column -> the SQL of its unfiltered counts (value, count), most first
COUNTED: dict[str, dict[str, str]] = {
    "visit_list": {column: REGION_SQL if column in REGION_FACETS else VALUE_SQL
                   for column in ("host", "visitor", "host_province", "year", "kind")},
    "articles": {"source": SOURCE_SQL},
}
FILTERED = re.compile(r"\bwhere\b", re.IGNORECASE)


class CountedFacet(ColumnFacet):
    """A column facet that reads its counts from an aggregate (``COUNTED``) while the table is unfiltered."""

    type = "counted"

    def unfiltered(self) -> bool:
        return self.table in COUNTED and not FILTERED.search(self.sql)

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
            if column not in COUNTED[self.table]:
                raise ValueError(f"counted facet {self.table}.{column}: no aggregate counts it (kunker_facets.COUNTED)")
            try:
                found = await self.ds.execute(
                    self.database, COUNTED[self.table][column],
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
