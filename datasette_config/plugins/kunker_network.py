"""The visit network: regions as nodes, visits as directed edges (visitor -> host) weighted by count.

    /db/-/network                  page with year/program filters, a map-like drawing and the edge table
    /db/-/network.json             {"nodes": [...], "edges": [...]}
    /db/-/network.csv              one line per edge
    /db/-/network.gexf             GEXF 1.3 for Gephi
    /db/-/network.graphml          GraphML

Filters are query-string parameters ``year``, ``program`` and ``confidence`` (``all`` adds the low-confidence
visits, left out by default; visits a maintainer marked wrong are always left out). The edges come from the canned query
``visit_network`` in ``metadata.yml`` (one place for the SQL), which is also downloadable as CSV/JSON.
"""

from __future__ import annotations

import csv
import io
import math
import xml.etree.ElementTree as ET
from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

QUERY = "visit_network"
NODE_ATTRIBUTES = [("province", "string"), ("level", "string"), ("latitude", "double"),
                   ("longitude", "double"), ("visits_made", "integer"), ("visits_hosted", "integer")]
SVG_WIDTH, SVG_HEIGHT = 900, 380
LABELLED_NODES = 25  # names drawn beside the busiest nodes where they do not overlap; all have tooltips
LABEL_CHAR_WIDTH = 6.2  # average width of a label character at 11px, for keeping labels apart
NODE_MIN_R, NODE_MAX_R = 3, 14  # circle radius: area grows with visits hosted, the busiest host largest
CURVE_BEND = 0.15  # how far an edge bows, as a share of its length
PAGE_EDGES = 300  # the page draws and lists the heaviest edges; downloads carry them all
# Bounding box of Indonesia, for placing nodes by their seat of government.
LON_MIN, LON_MAX, LAT_MIN, LAT_MAX = 94.5, 141.5, -11.5, 6.5


async def canned_sql(datasette, database: str) -> str:
    query = await datasette.get_canned_query(database, QUERY, None)
    if not query:
        raise NotFound(f"canned query {QUERY!r} is not configured for {database}")
    return query["sql"]


async def node_rows(db, codes: list[str]) -> list[dict[str, Any]]:
    """Name, level, province and coordinates of the given region codes."""
    if not codes:
        return []
    marks = ", ".join(f":c{i}" for i in range(len(codes)))
    result = await db.execute(
        "select r.code, r.name, r.level, coalesce(p.name, r.name) as province, r.latitude, r.longitude "
        f"from regions r left join regions p on p.code = r.province_code where r.code in ({marks})",
        {f"c{i}": code for i, code in enumerate(codes)})
    return [dict(r) for r in result.rows]


def node(info: dict[str, Any], made: int, hosted: int) -> dict[str, Any]:
    return {"id": info["code"], "label": info["name"], "level": info["level"], "province": info["province"],
            "latitude": info["latitude"], "longitude": info["longitude"], "visits_made": made,
            "visits_hosted": hosted}


async def network_data(datasette, database: str, year: str, program: str, confidence: str = "") -> dict[str, Any]:
    """Nodes and edges of the visit network under the given filters (empty string: no filter)."""
    db = datasette.get_database(database)
    result = await db.execute(await canned_sql(datasette, database),
                              {"year": year, "program": program, "confidence": confidence})
    edges = [dict(r) for r in result.rows]
    made: dict[str, int] = {}
    hosted: dict[str, int] = {}
    for e in edges:
        made[e["source"]] = made.get(e["source"], 0) + e["weight"]
        hosted[e["target"]] = hosted.get(e["target"], 0) + e["weight"]
    codes = sorted(made.keys() | hosted.keys())
    nodes = [node(r, made.get(r["code"], 0), hosted.get(r["code"], 0)) for r in await node_rows(db, codes)]
    return {"filters": {"year": year, "program": program, "confidence": confidence}, "nodes": nodes, "edges": edges}


# For the page: the heaviest edges plus every node's totals and the edge count, in one pass over the canned
# query (materialized once), so a network of tens of thousands of edges is not sent through Python.
PAGE_SQL = """
with e as materialized ({sql}),
strength as (
  select code, sum(made) as made, sum(hosted) as hosted
  from (select source as code, weight as made, 0 as hosted from e
        union all select target, 0, weight from e)
  group by code
)
select * from (
  select 'edge' as part, source, source_name, target, target_name, weight, first_date, last_date from e
  order by weight desc, source_name, target_name limit :limit)
union all
select 'node', code, null, null, null, made, hosted, null from strength
union all
select 'count', null, null, null, null, count(*), null, null from e
"""


# Without a program filter the page reads the aggregates (kunker/aggregates.py) directly, so its cost does not
# grow with the corpus: the heaviest edges through the index on their weight, every node's totals from
# agg_regions / agg_region_years, the edge count from the weight index. Same figures as PAGE_SQL over the canned
# query (tests/test_aggregates.py). {s}: the set counted, 'ok' or 'nw' (confidence=all).
AGG_PAGE_SQL = """
with e as not materialized (
  select visitor_code as source, host_code as target, visits_{s} as weight, first_{s} as first_date,
    last_{s} as last_date
  from {pairs} where visits_{s} > 0 {year}),
cut as (select coalesce((select weight from e order by weight desc limit 1 offset :limit - 1), 1) as weight)
select * from (
  select 'edge' as part, e.source, vr.name as source_name, e.target, hr.name as target_name, e.weight, e.first_date,
    e.last_date
  from e join regions vr on vr.code = e.source join regions hr on hr.code = e.target
  where e.weight >= (select weight from cut)
  order by e.weight desc, source_name, target_name limit :limit)
union all
select 'node', region_code, null, null, null, made_{s}, hosted_{s}, null from {regions}
where (made_{s} > 0 or hosted_{s} > 0) {year}
union all
select 'count', null, null, null, null, count(*), null, null from e
"""


def page_sql(canned: str, year: str, program: str, confidence: str) -> str:
    """The page's SQL: over the aggregates when no program is asked for, else over the canned query."""
    if program:
        return PAGE_SQL.format(sql=canned.strip())
    return AGG_PAGE_SQL.format(s="nw" if confidence == "all" else "ok",
                               pairs="agg_pair_years" if year else "agg_pairs",
                               regions="agg_region_years" if year else "agg_regions",
                               year="and year = :year" if year else "")


async def page_data(datasette, database: str, year: str, program: str, limit: int,
                    confidence: str = "") -> dict[str, Any]:
    """What the page shows: the ``limit`` heaviest edges, their nodes, and totals of the whole network."""
    db = datasette.get_database(database)
    sql = page_sql(await canned_sql(datasette, database), year, program, confidence)
    result = await db.execute(sql, {"year": year, "program": program, "limit": limit, "confidence": confidence})
    edges, strength, edge_count = [], {}, 0
    for r in result.rows:
        if r["part"] == "edge":
            edges.append({k: r[k] for k in ("source", "source_name", "target", "target_name", "weight",
                                             "first_date", "last_date")})
        elif r["part"] == "node":
            strength[r["source"]] = (r["weight"], r["first_date"])  # made, hosted
        else:
            edge_count = r["weight"]
    codes = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    nodes = [node(r, *strength.get(r["code"], (0, 0))) for r in await node_rows(db, codes)]
    totals = {"nodes": len(strength), "edges": edge_count, "visits": sum(m for m, _ in strength.values())}
    return {"filters": {"year": year, "program": program}, "nodes": nodes, "edges": edges, "totals": totals}


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


ATTRIBUTE_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;",
                                   "\r": "&#13;", "\t": "&#09;"})


def _a(value: Any) -> str:
    """An XML attribute value, escaped as ElementTree escapes it."""
    return str(value).translate(ATTRIBUTE_ESCAPES)


def to_gexf(data: dict[str, Any]) -> str:
    """GEXF 1.3 (Gephi's native format): node attributes and weighted directed edges. Written line by line (the
    same text ElementTree writes, about four times faster (bench/README.md): a year's network has tens of
    thousands of edges)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<gexf xmlns="http://gexf.net/1.3" version="1.3">', "  <meta>",
           "    <creator>kunker</creator>",
           "    <description>Inter-regional learning visits (visitor -&gt; host)</description>", "  </meta>",
           '  <graph mode="static" defaultedgetype="directed">', '    <attributes class="node">']
    out += [f'      <attribute id="{i}" title="{name}" type="{kind}" />'
            for i, (name, kind) in enumerate(NODE_ATTRIBUTES)]
    out += ["    </attributes>", "    <nodes>"]
    for node in data["nodes"]:
        out.append(f'      <node id="{_a(node["id"])}" label="{_a(node["label"])}">')
        values = [f'          <attvalue for="{i}" value="{_a(node[name])}" />'
                  for i, (name, _) in enumerate(NODE_ATTRIBUTES) if node.get(name) is not None]
        out += ["        <attvalues>", *values, "        </attvalues>"] if values else ["        <attvalues />"]
        out.append("      </node>")
    out += ["    </nodes>", "    <edges>"]
    out += [f'      <edge id="{i}" source="{_a(e["source"])}" target="{_a(e["target"])}" weight="{_a(e["weight"])}" />'
            for i, e in enumerate(data["edges"])]
    out += ["    </edges>", "  </graph>", "</gexf>"]
    return "\n".join(out) + "\n"


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


def project(longitude: float | None, latitude: float | None) -> tuple[float, float]:
    """Screen position of a point inside Indonesia's bounding box (missing coordinates: the corner)."""
    lon = LON_MIN if longitude is None else longitude
    lat = LAT_MIN if latitude is None else latitude
    x = (lon - LON_MIN) / (LON_MAX - LON_MIN) * (SVG_WIDTH - 40) + 20
    y = (LAT_MAX - lat) / (LAT_MAX - LAT_MIN) * (SVG_HEIGHT - 40) + 20
    return round(x, 1), round(y, 1)


def short_name(name: str) -> str:
    """A map label: 'Kabupaten Banyuwangi' -> 'Banyuwangi'; cities keep 'Kota' to tell them apart."""
    for prefix in ("Kabupaten ", "Provinsi "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def curve(x1: float, y1: float, x2: float, y2: float, r1: float, r2: float) -> str:
    """SVG path of an edge bowed to its right, so visits both ways show as two arcs; it starts and ends at
    the circles' rims (the arrowhead stays visible)."""
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy)
    if length < 1e-6:  # a region visiting itself: a small loop above the node
        return f"M {x1} {y1 - r1} c -14 -18 14 -18 0 0"
    cx, cy = (x1 + x2) / 2 - dy * CURVE_BEND, (y1 + y2) / 2 + dx * CURVE_BEND

    def towards(ax: float, ay: float, bx: float, by: float, gap: float) -> tuple[float, float]:
        d = math.hypot(bx - ax, by - ay) or 1.0
        step = min(gap, d / 2)
        return round(ax + (bx - ax) * step / d, 1), round(ay + (by - ay) * step / d, 1)

    sx, sy = towards(x1, y1, cx, cy, r1)
    ex, ey = towards(x2, y2, cx, cy, r2 + 1.5)
    return f"M {sx} {sy} Q {round(cx, 1)} {round(cy, 1)} {ex} {ey}"


def layout(data: dict[str, Any], background: list[tuple[float | None, float | None]] = ()) -> dict[str, Any]:
    """Screen positions for the drawing: nodes at their seat of government, sized by visits hosted (relative to
    the busiest host), the busiest ones labelled; edges as arcs weighted by count; ``background`` (every
    region's seat) as dots."""
    nodes = []
    busiest_host = max([n["visits_hosted"] for n in data["nodes"]] + [1])
    for n in data["nodes"]:
        x, y = project(n["longitude"], n["latitude"])
        r = round(NODE_MIN_R + (NODE_MAX_R - NODE_MIN_R) * (n["visits_hosted"] / busiest_host) ** 0.5, 1)
        nodes.append({**n, "x": x, "y": y, "r": r, "text": "",
                      "anchor": "start", "tx": x, "ty": y})
    busiest = sorted(nodes, key=lambda n: (-(n["visits_hosted"] + n["visits_made"]), n["label"]))
    placed: list[tuple[float, float, float, float]] = []
    for n in busiest:
        if len(placed) == LABELLED_NODES:
            break
        text = short_name(n["label"])
        width = LABEL_CHAR_WIDTH * len(text)
        x, y, r = n["x"], n["y"], n["r"]
        candidates = (  # (anchor, text x, text baseline y, left edge of the label): right, left, above, below
            ("start", x + r + 3, y + 4, x + r + 3), ("end", x - r - 3, y + 4, x - r - 3 - width),
            ("middle", x, y - r - 3, x - width / 2), ("middle", x, y + r + 11, x - width / 2))
        for anchor, tx, ty, start in candidates:
            box = (start, ty - 9, start + width, ty + 2)
            if all(box[2] < b[0] or box[0] > b[2] or box[3] < b[1] or box[1] > b[3] for b in placed):
                placed.append(box)
                n.update(text=text, anchor=anchor, tx=round(tx, 1), ty=round(ty, 1))
                break
    at = {n["id"]: n for n in nodes}
    top = max([e["weight"] for e in data["edges"]] + [1])
    edges = []
    for e in data["edges"]:
        a, b = at.get(e["source"]), at.get(e["target"])
        if a and b:
            edges.append({**e, "d": curve(a["x"], a["y"], b["x"], b["y"], a["r"], b["r"]),
                          "width": round(1 + 4 * e["weight"] / top, 1)})
    dots = sorted({project(lon, lat) for lon, lat in background if lon is not None and lat is not None})
    return {"nodes": nodes, "edges": edges, "dots": dots, "width": SVG_WIDTH, "height": SVG_HEIGHT}


def svg_groups(drawing: dict[str, Any], base: str) -> Markup:
    """The drawing's SVG elements (region dots, edges, linked nodes, labels), escaped, built in Python because
    a template loop over hundreds of elements costs tens of milliseconds per page."""
    out = ['<g class="regions">', *(f'<circle cx="{x}" cy="{y}" r="1.6"/>' for x, y in drawing["dots"]),
           '</g>\n<g class="edges">']
    for e in drawing["edges"]:
        title = escape(f"{e['source_name']} → {e['target_name']}: {e['weight']} kunjungan / visits")
        out.append(f'<path d="{e["d"]}" stroke-width="{e["width"]}" marker-end="url(#arrow)"><title>{title}</title>'
                   "</path>")
    out.append('</g>\n<g class="nodes">')
    for n in drawing["nodes"]:
        title = escape(f"{n['label']}: {n['visits_hosted']} diterima / hosted, {n['visits_made']} dilakukan / made")
        out.append(f'<a href="{escape(base)}/-/region/{escape(n["id"])}"><circle cx="{n["x"]}" cy="{n["y"]}" '
                   f'r="{n["r"]}"><title>{title}</title></circle></a>')
    out.append('</g>\n<g class="labels">')
    for n in drawing["nodes"]:
        if n["text"]:
            out.append(f'<text x="{n["tx"]}" y="{n["ty"]}" text-anchor="{n["anchor"]}">{escape(n["text"])}</text>')
    out.append("</g>")
    return Markup("\n".join(out))


async def network_view(datasette, request):
    database = request.url_vars["database"]
    try:
        db = datasette.get_database(database)
    except KeyError:
        raise NotFound(f"Database not found: {database}") from None
    await datasette.ensure_permissions(request.actor, [("view-database", database), "view-instance"])
    year = (request.args.get("year") or "").strip()
    program = (request.args.get("program") or "").strip()
    confidence = "all" if request.args.get("confidence") == "all" else ""
    fmt = request.url_vars.get("format")
    name = "kunker-visits" + (f"-{year}" if year else "")
    if fmt:
        data = await network_data(datasette, database, year, program, confidence)
    if fmt == "json":
        return Response.json(data)
    if fmt == "csv":
        return Response(to_csv(data), content_type="text/csv; charset=utf-8",
                        headers={"content-disposition": f'attachment; filename="{name}.csv"'})
    if fmt in ("gexf", "graphml"):
        body = to_gexf(data) if fmt == "gexf" else to_graphml(data)
        return Response(body, content_type="application/xml; charset=utf-8",
                        headers={"content-disposition": f'attachment; filename="{name}.{fmt}"'})
    shown = await page_data(datasette, database, year, program, PAGE_EDGES, confidence)
    years = [r[0] for r in (await db.execute(
        "select distinct year from agg_region_years where year != '' order by 1 desc")).rows]
    seats = (await db.execute("select longitude, latitude from regions where latitude is not null")).rows
    query_string = request.query_string
    base = datasette.urls.database(database)
    drawing = layout(shown, [tuple(r) for r in seats])
    return Response.html(await datasette.render_template(
        "kunker_network.html",
        {"database": database, "years": years, "year": year, "program": program, "confidence": confidence,
         "totals": shown["totals"],
         "drawing": drawing | {"markup": svg_groups(drawing, base)}, "shown": shown["edges"],
         "page_edges": PAGE_EDGES,
         "base": base,
         "suffix": f"?{query_string}" if query_string else ""},
        request=request,
    ))


@hookimpl
def register_routes():
    return [(r"^/(?P<database>[^/]+)/-/network(\.(?P<format>json|csv|gexf|graphml))?$", network_view)]
