"""The visit network: regions as nodes, visits as directed edges (visitor -> host) weighted by count.

    /db/-/network                  page with year/program filters, a map-like drawing and the edge table
    /db/-/network.json             {"nodes": [...], "edges": [...]}
    /db/-/network.csv              one line per edge
    /db/-/network.gexf             GEXF 1.3 for Gephi
    /db/-/network.graphml          GraphML

Filters are query-string parameters ``year``, ``program`` and ``confidence`` (``all`` adds the low-confidence
visits, left out by default; visits a maintainer marked wrong are always left out). The edges are defined once, below
(``pair_edges``, ``PROGRAM_EDGES``): the canned query ``visit_network`` (registered here, also as CSV/JSON), the
downloads and the page read them.
"""

from __future__ import annotations

import csv
import io
import math
import operator
import sqlite3
from typing import Any

import orjson
from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.utils import sqlite_timelimit
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


async def node_rows(db, codes: list[str]) -> list[dict[str, Any]]:
    """Name, level, province and coordinates of the given region codes."""
    if not codes:
        return []
    marks = ", ".join(f":c{i}" for i in range(len(codes)))
    result = await db.execute(
        "select r.code, r.name, r.level, coalesce(p.name, r.name) as province, r.latitude, r.longitude "
        f"from regions r left join regions p on p.code = r.province_code where r.code in ({marks}) order by r.code",
        {f"c{i}": code for i, code in enumerate(codes)})
    return [dict(r) for r in result.rows]


def node(info: dict[str, Any], made: int, hosted: int) -> dict[str, Any]:
    return {"id": info["code"], "label": info["name"], "level": info["level"], "province": info["province"],
            "latitude": info["latitude"], "longitude": info["longitude"], "visits_made": made,
            "visits_hosted": hosted}


# The network's edges under the filters (:year, :program, :confidence; '' = none), from the aggregates
# (kunker/aggregates.py): defined once, here, for the canned query ``visit_network`` (registered below: its page,
# CSV and JSON), the downloads and the page. Without a program, one table per year filter and one weight column per
# set ('ok', or 'nw' with confidence=all), read straight so the heaviest edges come through the index on it; with a
# program, agg_program_pairs (one program matched) or the visits' snapshot (several matched).
GRADES = {"": "ok", "all": "nw"}  # confidence filter -> the set counted


def pair_edges(per_year: bool, grade: str) -> str:
    """The edges of every visit in the set ``grade``, of all years or of the year :year."""
    table, year = ("agg_pair_years", " and year = :year") if per_year else ("agg_pairs", "")
    return (f"select visitor_code as source, host_code as target, visits_{grade} as weight, first_{grade} as "
            f"first_date, last_{grade} as last_date from {table} where visits_{grade} > 0{year}")


MATCHED = """matched as (
  select id from programs where :program != '' and (id = :program or name like '%' || :program || '%')
)"""
PROGRAM_EDGES = """
  select * from (
    select visitor_code, host_code, sum(iif(:confidence = 'all', visits_nw, visits_ok)) as weight,
      min(iif(:confidence = 'all', first_nw, first_ok)), max(iif(:confidence = 'all', last_nw, last_ok))
    from agg_program_pairs
    where (select count(*) from matched) = 1 and program_id = (select id from matched)
      and (:year = '' or year = :year)
    group by visitor_code, host_code)
  where weight > 0
  union all
  select v.visitor_code, v.host_code, count(*), min(v.date), max(v.date)
  from (select distinct visit_id from agg_visit_programs where program_id in (select id from matched)) x
  join agg_visits v on v.visit_id = x.visit_id
  where (select count(*) from matched) > 1 and v.visitor_code is not null and v.host_code is not null
    and v.grade != 'wrong' and (:confidence = 'all' or v.grade = 'ok') and (:year = '' or v.year = :year)
  group by v.visitor_code, v.host_code"""
EDGE_COLUMNS = "e(source, target, weight, first_date, last_date)"
NAMED = """select e.source, vr.name as source_name, e.target, hr.name as target_name, e.weight, e.first_date,
  e.last_date
from {edges} e join regions vr on vr.code = e.source join regions hr on hr.code = e.target"""
# Every filter in one statement: each branch runs only when the parameters ask for it.
ALL_EDGES = "\n  union all\n".join(
    f"  {pair_edges(per_year, grade)}\n    and :program = '' and :year {'!=' if per_year else '='} '' "
    f"and :confidence {'=' if confidence else '!='} 'all'"
    for per_year in (False, True) for confidence, grade in GRADES.items()) + "\n  union all" + PROGRAM_EDGES
CANNED_SQL = (f"with {MATCHED},\n{EDGE_COLUMNS} as (\n{ALL_EDGES}\n)\n{NAMED.format(edges='e')}\n"
              "order by e.weight desc, source_name, target_name")

# The page: the :limit heaviest edges (the :limit-th weight first, then the edges at least as heavy, so without a
# program both come through the weight index), every node's totals and the edge count. Without a program the
# node totals come from agg_regions / agg_region_years (the same sums, tests/test_aggregates.py), so nothing walks
# every edge but the count over the weight index; with one, from the edges (materialized once).
PAGE_SQL = """with {matched}{columns} as {how} ({edges}),
cut as (select coalesce((select weight from e order by weight desc limit 1 offset :limit - 1), 1) as weight),
heavy as (select * from e where weight >= (select weight from cut)),
strength as ({strength})
select * from (
  select 'edge' as part, source, source_name, target, target_name, weight, first_date, last_date
  from ({named})
  order by weight desc, source_name, target_name limit :limit)
union all
select 'node', code, null, null, null, made, hosted, null from strength where made > 0 or hosted > 0
union all
select 'count', null, null, null, null, count(*), null, null from e
"""
STRENGTH_FROM_EDGES = """select code, sum(made) as made, sum(hosted) as hosted
  from (select source as code, weight as made, 0 as hosted from e union all select target, 0, weight from e)
  group by code"""


def page_sql(year: str, program: str, confidence: str) -> str:
    """The page's SQL for these filters: without a program, the one table and weight column they ask for (so the
    heaviest edges come through its index); with one, the program's edges, kept in a temporary table (read four
    times)."""
    if program:
        return PAGE_SQL.format(matched=f"{MATCHED},\n", columns=EDGE_COLUMNS, how="materialized", edges=PROGRAM_EDGES,
                               strength=STRENGTH_FROM_EDGES, named=NAMED.format(edges="heavy"))
    grade = GRADES["all" if confidence == "all" else ""]
    regions = "agg_region_years where year = :year" if year else "agg_regions"
    return PAGE_SQL.format(matched="", columns=EDGE_COLUMNS, how="not materialized",
                           edges=pair_edges(bool(year), grade),
                           strength=f"select region_code as code, made_{grade} as made, hosted_{grade} as hosted "
                                    f"from {regions}",
                           named=NAMED.format(edges="heavy"))


EDGE_FIELDS = ("source", "source_name", "target", "target_name", "weight", "first_date", "last_date")
REGIONS_SQL = ("select r.code, r.name, r.level, coalesce(p.name, r.name) as province, r.latitude, r.longitude "
               "from regions r left join regions p on p.code = r.province_code order by r.code")


def _name_key(name: str | None) -> tuple[bool, str]:
    """Sort key of a region name as SQLite orders text (NULL first, then by code point)."""
    return (name is not None, name or "")


def pair_network(conn: sqlite3.Connection, year: str, confidence: str) -> tuple[list[dict], list[tuple]]:
    """Without a program: the edges of CANNED_SQL's pair branches (same rows, same order), read straight from the
    pair table and named and sorted here, with every region's row for the nodes. For a year's 30,000 edges at 1M
    articles this is about half the time of the SQL join and sort (bench/README.md)."""
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples
    regions = cursor.execute(REGIONS_SQL).fetchall()
    names = {r[0]: r[1] for r in regions}
    order = {name: i for i, name in enumerate(sorted(set(names.values()), key=_name_key))}
    rank = {code: order[name] for code, name in names.items()}  # same name, same rank: ties as in SQL
    n = len(order)
    keyed = [((rank[s] - w * n) * n + rank[t], (s, t, w, first, last))
             for s, t, w, first, last in cursor.execute(pair_edges(bool(year), GRADES[confidence]), {"year": year})
             if s in rank and t in rank]
    keyed.sort(key=operator.itemgetter(0))  # weight descending, then source and target name
    edges = [{"source": s, "source_name": names[s], "target": t, "target_name": names[t], "weight": w,
              "first_date": first, "last_date": last} for _, (s, t, w, first, last) in keyed]
    return edges, regions


async def network_data(datasette, database: str, year: str, program: str, confidence: str = "") -> dict[str, Any]:
    """Nodes and edges of the visit network under the given filters (empty string: no filter)."""
    db = datasette.get_database(database)
    if program:
        result = await db.execute(CANNED_SQL, {"year": year, "program": program, "confidence": confidence})
        edges, regions = [dict(r) for r in result.rows], None
    else:
        def read(conn: sqlite3.Connection) -> tuple[list[dict], list[tuple]]:
            try:
                with sqlite_timelimit(conn, datasette.setting("sql_time_limit_ms")):
                    return pair_network(conn, year, confidence)
            except sqlite3.OperationalError as e:  # as db.execute does: Datasette's "query took too long" page
                if e.args == ("interrupted",):
                    raise QueryInterrupted(e, "network of visit pairs", {"year": year}) from e
                raise

        edges, regions = await db.execute_fn(read)
    made: dict[str, int] = {}
    hosted: dict[str, int] = {}
    for e in edges:
        made[e["source"]] = made.get(e["source"], 0) + e["weight"]
        hosted[e["target"]] = hosted.get(e["target"], 0) + e["weight"]
    codes = made.keys() | hosted.keys()
    if regions is None:
        infos = await node_rows(db, sorted(codes))
    else:
        infos = [dict(zip(("code", "name", "level", "province", "latitude", "longitude"), r, strict=True))
                 for r in regions if r[0] in codes]
    nodes = [node(r, made.get(r["code"], 0), hosted.get(r["code"], 0)) for r in infos]
    return {"filters": {"year": year, "program": program, "confidence": confidence}, "nodes": nodes, "edges": edges}


async def page_data(datasette, database: str, year: str, program: str, limit: int,
                    confidence: str = "") -> dict[str, Any]:
    """What the page shows: the ``limit`` heaviest edges, their nodes, and totals of the whole network."""
    db = datasette.get_database(database)
    result = await db.execute(page_sql(year, program, confidence),
                              {"year": year, "program": program, "limit": limit, "confidence": confidence})
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
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EDGE_FIELDS)
    writer.writerows(map(operator.itemgetter(*EDGE_FIELDS), data["edges"]))
    return out.getvalue()


ATTRIBUTE_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;",
                                   "\r": "&#13;", "\t": "&#09;"})
TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _a(value: Any) -> str:
    """An XML attribute value, escaped as ElementTree escapes it."""
    return str(value).translate(ATTRIBUTE_ESCAPES)


def _escaped_codes(data: dict[str, Any]) -> dict[str, str]:
    """Each region code of the edges, escaped once (a year's network has tens of thousands of edges)."""
    codes = {e["source"] for e in data["edges"]} | {e["target"] for e in data["edges"]}
    return {code: _a(code) for code in codes}


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
    code = _escaped_codes(data)
    out += [f'      <edge id="{i}" source="{code[e["source"]]}" target="{code[e["target"]]}" '
            f'weight="{_a(e["weight"])}" />' for i, e in enumerate(data["edges"])]
    out += ["    </edges>", "  </graph>", "</gexf>"]
    return "\n".join(out) + "\n"


def _data(key: str, value: Any, indent: str) -> str:
    """A GraphML ``data`` element as ElementTree writes it (no text: an empty element)."""
    text = "" if value is None else str(value)
    if not text:
        return f'{indent}<data key="{key}" />'
    return f'{indent}<data key="{key}">{text.translate(TEXT_ESCAPES)}</data>'


def to_graphml(data: dict[str, Any]) -> str:
    """GraphML with the same node attributes and an edge ``weight``. Written line by line like the GEXF (the text
    ElementTree writes, tests/test_scale_pages.py)."""
    types = {"string": "string", "double": "double", "integer": "int"}
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
           '  <key id="label" for="node" attr.name="label" attr.type="string" />']
    out += [f'  <key id="{name}" for="node" attr.name="{name}" attr.type="{types[kind]}" />'
            for name, kind in NODE_ATTRIBUTES]
    out.append('  <key id="weight" for="edge" attr.name="weight" attr.type="int" />')
    if not data["nodes"] and not data["edges"]:
        out.append('  <graph id="visits" edgedefault="directed" />')
        return "\n".join([*out, "</graphml>"]) + "\n"
    out.append('  <graph id="visits" edgedefault="directed">')
    for node in data["nodes"]:
        out += [f'    <node id="{_a(node["id"])}">', _data("label", node["label"], "      ")]
        out += [_data(name, node[name], "      ") for name, _ in NODE_ATTRIBUTES if node.get(name) is not None]
        out.append("    </node>")
    code = _escaped_codes(data)
    for i, edge in enumerate(data["edges"]):
        out += [f'    <edge id="e{i}" source="{code[edge["source"]]}" target="{code[edge["target"]]}">',
                _data("weight", edge["weight"], "      "), "    </edge>"]
    out += ["  </graph>", "</graphml>"]
    return "\n".join(out) + "\n"


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
    # kunker_room.database_for's lines: Datasette execs each plugin file alone, so no plugin imports another
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
    if fmt == "json":  # orjson: a year's network is megabytes of JSON (8x faster than json.dumps)
        return Response(orjson.dumps(data), content_type="application/json; charset=utf-8")
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
def canned_queries(datasette, database):
    """The canned query ``visit_network`` on every kunker database: the edges the page and downloads show."""
    if database == "_internal":
        return None
    return {QUERY: {
        "title": "Jaringan kunjungan / visit network (edges)",
        "description": "Regions as nodes, visits as directed edges (visitor → host) weighted by count. Filter by "
                       "year and by program (part of a name); leave empty for all. Low-confidence visits are left "
                       "out unless confidence is 'all'; visits marked wrong always are. Also as GEXF and GraphML "
                       "at /-/network.",
        "sql": CANNED_SQL}}


@hookimpl
def register_routes():
    return [(r"^/(?P<database>[^/]+)/-/network(\.(?P<format>json|csv|gexf|graphml))?$", network_view)]
