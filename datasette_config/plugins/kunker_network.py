"""The visit network: regions as nodes, visits as directed edges (visitor -> host) weighted by count.

    /db/-/network                  page with year/program filters, a map-like drawing and the edge table
    /db/-/network.json             {"nodes": [...], "edges": [...]}
    /db/-/network.csv              one line per edge
    /db/-/network.gexf             GEXF 1.3 for Gephi
    /db/-/network.graphml          GraphML

Filters are query-string parameters ``year`` and ``program``. The edges come from the canned query
``visit_network`` in ``metadata.yml`` (one place for the SQL), which is also downloadable as CSV/JSON.
"""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response

QUERY = "visit_network"
NODE_ATTRIBUTES = [("province", "string"), ("level", "string"), ("latitude", "double"),
                   ("longitude", "double"), ("visits_made", "integer"), ("visits_hosted", "integer")]
SVG_WIDTH, SVG_HEIGHT = 900, 380
PAGE_EDGES = 300  # the page draws and lists the heaviest edges; downloads carry them all
# Bounding box of Indonesia, for placing nodes by their seat of government.
LON_MIN, LON_MAX, LAT_MIN, LAT_MAX = 94.5, 141.5, -11.5, 6.5


async def network_data(datasette, database: str, year: str, program: str) -> dict[str, Any]:
    """Nodes and edges of the visit network under the given filters (empty string: no filter)."""
    query = await datasette.get_canned_query(database, QUERY, None)
    if not query:
        raise NotFound(f"canned query {QUERY!r} is not configured for {database}")
    db = datasette.get_database(database)
    result = await db.execute(query["sql"], {"year": year, "program": program})
    edges = [dict(r) for r in result.rows]
    codes = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    nodes: list[dict[str, Any]] = []
    if codes:
        marks = ", ".join(f":c{i}" for i in range(len(codes)))
        info = await db.execute(
            "select r.code, r.name, r.level, coalesce(p.name, r.name) as province, r.latitude, r.longitude "
            f"from regions r left join regions p on p.code = r.province_code where r.code in ({marks})",
            {f"c{i}": code for i, code in enumerate(codes)})
        made: dict[str, int] = {}
        hosted: dict[str, int] = {}
        for e in edges:
            made[e["source"]] = made.get(e["source"], 0) + e["weight"]
            hosted[e["target"]] = hosted.get(e["target"], 0) + e["weight"]
        for r in info.rows:
            nodes.append({"id": r["code"], "label": r["name"], "level": r["level"], "province": r["province"],
                          "latitude": r["latitude"], "longitude": r["longitude"],
                          "visits_made": made.get(r["code"], 0), "visits_hosted": hosted.get(r["code"], 0)})
    return {"filters": {"year": year, "program": program}, "nodes": nodes, "edges": edges}


def to_csv(data: dict[str, Any]) -> str:
    out = io.StringIO()
    fields = ["source", "source_name", "target", "target_name", "weight", "first_date", "last_date"]
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(data["edges"])
    return out.getvalue()


def _xml(root: ET.Element) -> str:
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def to_gexf(data: dict[str, Any]) -> str:
    """GEXF 1.3 (Gephi's native format): node attributes and weighted directed edges."""
    root = ET.Element("gexf", {"xmlns": "http://gexf.net/1.3", "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "kunker"
    ET.SubElement(meta, "description").text = "Inter-regional learning visits (visitor -> host)"
    graph = ET.SubElement(root, "graph", {"mode": "static", "defaultedgetype": "directed"})
    attributes = ET.SubElement(graph, "attributes", {"class": "node"})
    for i, (name, kind) in enumerate(NODE_ATTRIBUTES):
        ET.SubElement(attributes, "attribute", {"id": str(i), "title": name, "type": kind})
    nodes = ET.SubElement(graph, "nodes")
    for node in data["nodes"]:
        el = ET.SubElement(nodes, "node", {"id": node["id"], "label": node["label"]})
        values = ET.SubElement(el, "attvalues")
        for i, (name, _) in enumerate(NODE_ATTRIBUTES):
            if node.get(name) is not None:
                ET.SubElement(values, "attvalue", {"for": str(i), "value": str(node[name])})
    edges = ET.SubElement(graph, "edges")
    for i, edge in enumerate(data["edges"]):
        ET.SubElement(edges, "edge", {"id": str(i), "source": edge["source"], "target": edge["target"],
                                      "weight": str(edge["weight"])})
    return _xml(root)


def to_graphml(data: dict[str, Any]) -> str:
    """GraphML with the same node attributes and an edge ``weight``."""
    root = ET.Element("graphml", {"xmlns": "http://graphml.graphdrawing.org/xmlns"})
    types = {"string": "string", "double": "double", "integer": "int"}
    ET.SubElement(root, "key", {"id": "label", "for": "node", "attr.name": "label", "attr.type": "string"})
    for name, kind in NODE_ATTRIBUTES:
        ET.SubElement(root, "key", {"id": name, "for": "node", "attr.name": name, "attr.type": types[kind]})
    ET.SubElement(root, "key", {"id": "weight", "for": "edge", "attr.name": "weight", "attr.type": "int"})
    graph = ET.SubElement(root, "graph", {"id": "visits", "edgedefault": "directed"})
    for node in data["nodes"]:
        el = ET.SubElement(graph, "node", {"id": node["id"]})
        ET.SubElement(el, "data", {"key": "label"}).text = node["label"]
        for name, _ in NODE_ATTRIBUTES:
            if node.get(name) is not None:
                ET.SubElement(el, "data", {"key": name}).text = str(node[name])
    for i, edge in enumerate(data["edges"]):
        el = ET.SubElement(graph, "edge", {"id": f"e{i}", "source": edge["source"], "target": edge["target"]})
        ET.SubElement(el, "data", {"key": "weight"}).text = str(edge["weight"])
    return _xml(root)


def layout(data: dict[str, Any]) -> dict[str, Any]:
    """Screen positions for the drawing: nodes at their seat of government, sized by visits hosted."""
    def xy(node: dict[str, Any]) -> tuple[float, float]:
        lon = node["longitude"] if node["longitude"] is not None else LON_MIN
        lat = node["latitude"] if node["latitude"] is not None else LAT_MIN
        x = (lon - LON_MIN) / (LON_MAX - LON_MIN) * (SVG_WIDTH - 40) + 20
        y = (LAT_MAX - lat) / (LAT_MAX - LAT_MIN) * (SVG_HEIGHT - 40) + 20
        return round(x, 1), round(y, 1)

    points = {n["id"]: xy(n) for n in data["nodes"]}
    top = max([e["weight"] for e in data["edges"]] + [1])
    nodes = [{**n, "x": points[n["id"]][0], "y": points[n["id"]][1], "r": 3 + 2 * n["visits_hosted"] ** 0.5}
             for n in data["nodes"]]
    edges = [{**e, "x1": points[e["source"]][0], "y1": points[e["source"]][1], "x2": points[e["target"]][0],
              "y2": points[e["target"]][1], "width": round(1 + 4 * e["weight"] / top, 1)}
             for e in data["edges"] if e["source"] in points and e["target"] in points]
    return {"nodes": nodes, "edges": edges, "width": SVG_WIDTH, "height": SVG_HEIGHT}


async def network_view(datasette, request):
    database = request.url_vars["database"]
    try:
        db = datasette.get_database(database)
    except KeyError:
        raise NotFound(f"Database not found: {database}") from None
    await datasette.ensure_permissions(request.actor, [("view-database", database), "view-instance"])
    year = (request.args.get("year") or "").strip()
    program = (request.args.get("program") or "").strip()
    data = await network_data(datasette, database, year, program)
    fmt = request.url_vars.get("format")
    name = "kunker-visits" + (f"-{year}" if year else "")
    if fmt == "json":
        return Response.json(data)
    if fmt == "csv":
        return Response(to_csv(data), content_type="text/csv; charset=utf-8",
                        headers={"content-disposition": f'attachment; filename="{name}.csv"'})
    if fmt in ("gexf", "graphml"):
        body = to_gexf(data) if fmt == "gexf" else to_graphml(data)
        return Response(body, content_type="application/xml; charset=utf-8",
                        headers={"content-disposition": f'attachment; filename="{name}.{fmt}"'})
    shown = {**data, "edges": data["edges"][:PAGE_EDGES]}
    years = [r[0] for r in (await db.execute(
        "select distinct substr(date, 1, 4) from visits where date is not null order by 1 desc")).rows]
    query_string = request.query_string
    return Response.html(await datasette.render_template(
        "kunker_network.html",
        {**data, "database": database, "years": years, "year": year, "program": program,
         "drawing": layout(shown), "shown": shown["edges"], "page_edges": PAGE_EDGES,
         "base": datasette.urls.database(database),
         "suffix": f"?{query_string}" if query_string else ""},
        request=request,
    ))


@hookimpl
def register_routes():
    return [(r"^/(?P<database>[^/]+)/-/network(\.(?P<format>json|csv|gexf|graphml))?$", network_view)]
