"""The reading room: kunker's pages for researchers and journalists (bilingual, readable on a phone).

Routes (``db`` is the database name; ``.json`` gives the data behind a page)::

    /db/-/visits[.json|.csv]   visits, filtered by year, province, region, kind, program and confidence, sorted and
                               paged; the downloads hold exactly the rows shown
    /db/-/visit/<id>[.json]    one visit: every report with its evidence, officials of both sides, programs,
                               both regions on a small map, links onward
    /db/-/article/<id>[.json]  an article to read: found entities highlighted and linked, the visits it reports
    /db/-/search[.json]?q=     search that forgives: aliases and abbreviations expanded, prefix matching,
                               snippets with the terms marked, "did you mean" over region, official, program names

Low-confidence visits (kunker/confidence.py) and visits a maintainer marked wrong (kunker/corrections.py) are
left out of the visit list unless ``confidence=all`` asks for them; they are marked wherever they appear.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from typing import Any
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

PAGE_SIZE = 50
YEARS = (1945, 2100)  # the year filter offers the years of visits within these bounds (absurd dates left out)
MAX_PAGE_SIZE = 200
SNIPPET_CHARS = 180
SEARCH_PAGE = 20
SEARCH_COUNT_CAP = 1000  # exact counts stop here ("more than 1,000"), so common words stay fast
SUGGESTIONS = 5
SUGGEST_RATIO = 0.72  # difflib similarity a name needs to be suggested
CONFIDENCE = {"high": "tinggi / high", "medium": "sedang / medium", "low": "rendah / low"}
SORTS = {  # name -> (label, ORDER BY)
    "date": ("terbaru / newest", "v.date DESC, v.rowid DESC"),
    "date_asc": ("terlama / oldest", "v.date ASC, v.rowid ASC"),
    "reports": ("laporan terbanyak / most reports", "v.article_count DESC, v.date DESC, v.rowid DESC"),
}
LEVEL_PREFIXES = ("Kabupaten ", "Kota ", "Provinsi ")


def entity_href(datasette, database: str, kind: str, entity_id: Any) -> str:
    """Link to an entity page (kunker_entities.py) or a reading-room page (visit, article)."""
    text = str(entity_id)
    if not re.fullmatch(r"[A-Za-z0-9._-]+", text):
        text = tilde_encode(text)
    return datasette.urls.database(database) + f"/-/{kind}/" + text


def mark_spans(text: str, spans: list[tuple[int, int, str | None, str]]) -> Markup:
    """``text`` escaped, with each (start, end, href, css class) span marked (and linked); overlaps are skipped."""
    out, at = [], 0
    for start, end, href, css in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if start < at or end <= start:
            continue
        inner = f'<mark class="{escape(css)}">{escape(text[start:end])}</mark>'
        if href:
            inner = f'<a href="{escape(href)}">{inner}</a>'
        out += [str(escape(text[at:start])), inner]
        at = end
    out.append(str(escape(text[at:])))
    return Markup("".join(out))


def word_spans(sentence: str, items: list[tuple[str, str | None, str]]) -> list[tuple[int, int, str | None, str]]:
    """Spans of every occurrence of each item's words in ``sentence``."""
    spans = []
    for words, href, css in items:
        if not words:
            continue
        at = sentence.find(words)
        while at >= 0:
            spans.append((at, at + len(words), href, css))
            at = sentence.find(words, at + len(words))
    return spans


def snippet(text: str | None, limit: int = SNIPPET_CHARS) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


async def rows(db, sql: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    return [dict(r) for r in (await db.execute(sql, params or {})).rows]


async def database_for(datasette, request):
    database = request.url_vars["database"]
    try:
        db = datasette.get_database(database)
    except KeyError:
        raise NotFound(f"Database not found: {database}") from None
    await datasette.ensure_permissions(request.actor, [("view-database", database), "view-instance"])
    return database, db


async def render(datasette, request, template: str, context: dict[str, Any]) -> Response:
    return Response.html(await datasette.render_template(template, context, request=request))


# ---------------------------------------------------------------------------------------------- visit list

# The page's rows are chosen and sorted by rowid first (through the covering index on visits (date, codes,
# confidence, article_count) when a year is asked: 6,000 of a year's visits at 1M articles), then only they are
# read whole.
VISIT_ROWS_SQL = """
with ids as (select v.rowid as r from visits v where {where} order by {order} limit :limit offset :offset),
page as (select ids.r, v.* from ids join visits v on v.rowid = ids.r)
select page.id, page.date, page.kind, page.visitor_code, vr.name as visitor, vp.name as visitor_province,
  page.host_code, hr.name as host, hp.name as host_province, page.leader_id, page.leader, page.delegation_size,
  (select group_concat(name, '; ') from (
     select distinct p.name from visit_programs x join programs p on p.id = x.program_id
     where x.visit_id = page.id and not exists (select 1 from corrections c where c.entity_type = 'program'
       and c.entity_id = p.id and c.action = 'wrong') order by p.name)) as programs,
  page.article_count as reports, page.evidence, page.confidence, page.corrected
from page
left join regions vr on vr.code = page.visitor_code left join regions vp on vp.code = substr(page.visitor_code, 1, 2)
left join regions hr on hr.code = page.host_code left join regions hp on hp.code = substr(page.host_code, 1, 2)
order by {outer_order}
"""
# Columns of the downloads, in reading order; ids and codes last.
VISIT_COLUMNS = ["date", "visitor", "visitor_province", "host", "host_province", "kind", "leader",
                 "delegation_size", "programs", "reports", "evidence", "confidence", "corrected", "id",
                 "visitor_code", "host_code", "leader_id"]


DEFAULT_CONFIDENCE = "v.confidence is not 'low' and v.corrected is not 'wrong'"
# The visits page's count for the default and "all" confidence reads agg_visits, one narrow row per visit with the
# columns the filters use (kept by `kunker tag` and `kunker correct`, kunker/aggregates.py), not the visits' wide
# rows: 32 -> 15 ms CPU (cold 130 -> 34) for a region and kind at 1M articles. Its grade 'ok' is the default set.
VISIT_FACTS = "(select visit_id as id, visitor_code, host_code, date, year, kind, grade from agg_visits) v"


def count_sql(given: dict[str, str], where: list[str]) -> str:
    """SQL counting the visits the filters keep (``visit_filters``' conditions)."""
    if given["confidence"] not in ("", "all"):
        return f"select count(*) as n from visits v where {' and '.join(where)}"
    where = ["v.grade = 'ok'" if w == DEFAULT_CONFIDENCE else w for w in where]
    if given["year"]:  # implied by the dates' range; lets the count read only that year's visits
        where.append("v.year = :year")
    return f"select count(*) as n from {VISIT_FACTS} where {' and '.join(where)}"


def visit_filters(args) -> tuple[dict[str, str], list[str], dict[str, Any]]:
    """(the filters as given, SQL conditions, parameters) from the query string."""
    given = {k: (args.get(k) or "").strip() for k in ("year", "province", "region", "kind", "program",
                                                      "confidence", "sort")}
    where, params = [], {}
    if re.fullmatch(r"\d{4}", given["year"]):
        where.append("v.date >= :year and v.date < :year || '-~'")
        params["year"] = given["year"]
    else:
        given["year"] = ""
    if given["province"]:
        where.append("((v.host_code >= :province and v.host_code < :province || '/') or "
                     "(v.visitor_code >= :province and v.visitor_code < :province || '/'))")
        params["province"] = given["province"]
    if given["region"]:
        where.append("(v.host_code = :region or v.visitor_code = :region)")
        params["region"] = given["region"]
    if given["kind"]:
        where.append("v.kind = :kind")
        params["kind"] = given["kind"]
    if given["program"]:
        # the few matching programs first, then their visits through the program_id index (a join would
        # read every visit_programs row: 35 ms for the count alone at 100,000 articles, 1 ms this way)
        where.append("v.id in (select x.visit_id from visit_programs x where x.program_id in ("
                     "select p.id from programs p where p.id = :program or p.name like '%' || :program || '%'))")
        params["program"] = given["program"]
    level = given["confidence"]
    if level in CONFIDENCE:
        where.append("v.confidence = :confidence and v.corrected is not 'wrong'")
        params["confidence"] = level
    elif level == "corrected":
        where.append("v.corrected is not null")
    elif level != "all":
        given["confidence"] = ""
        where.append(DEFAULT_CONFIDENCE)
    if given["sort"] not in SORTS:
        given["sort"] = "date"
    return given, where or ["1"], params


async def resolve_region(db, text: str) -> tuple[str, str]:
    """A region filter given as a code or (part of) a name -> (code, name); unknown text stays as given."""
    if not text:
        return "", ""
    found = await rows(db, "select code, name from regions where code = :t or name = :t or name like :like "
                           "order by code = :t desc, length(name) limit 1", {"t": text, "like": f"%{text}%"})
    return (found[0]["code"], found[0]["name"]) if found else (text, text)


async def kinds_of(db) -> list[str]:
    """The distinct kinds of visit, by index seeks (not a scan of every visit)."""
    result = await rows(db, """
        with recursive k(kind) as (
          select min(kind) from visits
          union all select (select min(kind) from visits where kind > k.kind) from k where k.kind is not null)
        select kind from k where kind is not null""")
    return [r["kind"] for r in result]


def positive(value: str | None, default: int) -> int:
    """A whole number of at least 1 from the query string, else ``default``."""
    try:
        return max(1, int(value or default))
    except ValueError:
        return default


async def visits_data(datasette, database: str, db, args) -> dict[str, Any]:
    given, where, params = visit_filters(args)
    if given["region"]:
        params["region"], region_name = await resolve_region(db, given["region"])
    else:
        region_name = ""
    page, size = positive(args.get("page"), 1), min(positive(args.get("size"), PAGE_SIZE), MAX_PAGE_SIZE)
    order = SORTS[given["sort"]][1]
    sql = VISIT_ROWS_SQL.format(where=" and ".join(where), order=order,
                                outer_order=order.replace("v.rowid", "page.r").replace("v.", "page."))
    found = await rows(db, sql, {**params, "limit": size + 1, "offset": (page - 1) * size})
    more = len(found) > size
    found = found[:size]
    total = (await rows(db, count_sql(given, where), params))[0]["n"]
    return {"filters": given, "region_name": region_name, "page": page, "page_size": size, "more": more,
            "total": total, "rows": found}


def visits_csv(found: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=VISIT_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(found)
    return out.getvalue()


def with_args(args, **changes: Any) -> str:
    """The current query string with some parameters changed (None removes one)."""
    current = {k: args.get(k) for k in ("year", "province", "region", "kind", "program", "confidence", "sort",
                                        "size", "page") if args.get(k)}
    for key, value in changes.items():
        if value in (None, ""):
            current.pop(key, None)
        else:
            current[key] = str(value)
    return ("?" + urlencode(current)) if current else ""


async def visits_page(datasette, request):
    database, db = await database_for(datasette, request)
    data = await visits_data(datasette, database, db, request.args)
    fmt = request.url_vars.get("format")
    if fmt == "json":
        return Response.json({k: v for k, v in data.items()}, default=str)
    if fmt == "csv":
        return Response(visits_csv(data["rows"]), content_type="text/csv; charset=utf-8",
                        headers={"content-disposition": 'attachment; filename="kunker-visits.csv"'})
    for r in data["rows"]:
        r["snippet"] = snippet(r["evidence"])
    bounds = (await rows(db, "select min(date) as lo, max(date) as hi from visits where date >= :lo and date < :hi",
                         {"lo": f"{YEARS[0]}", "hi": f"{YEARS[1] + 1}"}))[0]
    years = (list(range(int(bounds["hi"][:4]), int(bounds["lo"][:4]) - 1, -1))
             if re.match(r"\d{4}", bounds["lo"] or "") and re.match(r"\d{4}", bounds["hi"] or "") else [])
    provinces = await rows(db, "select code, name from regions where level = 'provinsi' order by name")
    base = datasette.urls.database(database)
    qs = request.query_string
    return await render(datasette, request, "kunker_visits.html", {
        **data, "database": database, "base": base, "years": [str(y) for y in years], "provinces": provinces,
        "kinds": await kinds_of(db), "sorts": {k: v[0] for k, v in SORTS.items()}, "levels": CONFIDENCE,
        "suffix": f"?{qs}" if qs else "",
        "link": lambda **changes: base + "/-/visits" + with_args(request.args, **changes),
        "href": lambda kind, i: entity_href(datasette, database, kind, i),
    })


# ---------------------------------------------------------------------------------------------- one visit

VISIT_SQL = """
select v.*, vr.name as visitor, vr.latitude as visitor_lat, vr.longitude as visitor_lon,
  hr.name as host, hr.latitude as host_lat, hr.longitude as host_lon,
  vp.name as visitor_province, hp.name as host_province
from visits v
left join regions vr on vr.code = v.visitor_code left join regions hr on hr.code = v.host_code
left join regions vp on vp.code = substr(v.visitor_code, 1, 2)
left join regions hp on hp.code = substr(v.host_code, 1, 2)
where v.id = :id
"""
# A sentence is stored once, in its article: the views ``visit_article_sentences`` and ``mention_sentences``
# (kunker/views.py) read it back.
REPORTS_SQL = """
select va.article_id, va.sentence, va.date, va.kind, va.leader, va.delegation_size, a.title,
  a.url, a.source, a.published, s.url as source_url
from visit_article_sentences va join articles a on a.id = va.article_id left join sources s on s.name = a.source
where va.visit_id = :id order by a.published, va.article_id
"""
SENTENCE_MENTIONS_SQL = """
select m.article_id, m.entity_type, m.entity_id, m.text, m.sentence
from mention_sentences m
where m.article_id in (select article_id from visit_articles where visit_id = :id) and m.entity_type != 'visit'
"""
VISIT_OFFICIALS_SQL = """
select o.id, o.name, o.position, o.region_code, group_concat(distinct vo.role) as roles,
  count(distinct vo.article_id) as reports
from visit_officials vo join officials o on o.id = vo.official_id
where vo.visit_id = :id group by o.id order by min(case vo.role when 'leader' then 0 when 'member' then 1 else 2 end),
  o.name
"""
VISIT_PROGRAMS_SQL = """
select p.id, p.name, count(distinct vp.article_id) as reports,
  exists(select 1 from corrections c where c.entity_type = 'program' and c.entity_id = p.id
         and c.action = 'wrong') as wrong
from visit_programs vp join programs p on p.id = vp.program_id where vp.visit_id = :id group by p.id order by p.name
"""
PAIR_SQL = """
select id, date, kind, visitor_code, host_code, confidence, corrected from visits
where ((visitor_code = :a and host_code = :b) or (visitor_code = :b and host_code = :a)) and id != :id
order by date desc limit 20
"""
CORRECTIONS_SQL = "select * from corrections where entity_type = :type and entity_id = :id order by id"

MAP_W, MAP_H = 360, 150
LON_MIN, LON_MAX, LAT_MIN, LAT_MAX = 94.5, 141.5, -11.5, 6.5


def project(lon: float, lat: float) -> tuple[float, float]:
    return (round((lon - LON_MIN) / (LON_MAX - LON_MIN) * (MAP_W - 16) + 8, 1),
            round((LAT_MAX - lat) / (LAT_MAX - LAT_MIN) * (MAP_H - 16) + 8, 1))


def small_map(visit: dict[str, Any], seats: list[tuple[float, float]]) -> Markup | None:
    """SVG of Indonesia's region seats as dots, the visitor and the host marked, an arrow between them."""
    if None in (visit["visitor_lon"], visit["visitor_lat"], visit["host_lon"], visit["host_lat"]):
        return None
    (x1, y1), (x2, y2) = project(visit["visitor_lon"], visit["visitor_lat"]), project(visit["host_lon"],
                                                                                      visit["host_lat"])
    dots = "".join(f'<circle cx="{x}" cy="{y}" r="0.9"/>' for x, y in sorted({project(lo, la) for lo, la in seats}))
    cx, cy = (x1 + x2) / 2 - (y2 - y1) * 0.2, (y1 + y2) / 2 + (x2 - x1) * 0.2
    return Markup(
        f'<svg class="visit-map" viewBox="0 0 {MAP_W} {MAP_H}" width="100%" role="img" '
        f'aria-label="{escape(visit["visitor"] or "")} → {escape(visit["host"] or "")}">'
        '<defs><marker id="head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" '
        'orient="auto"><path d="M 0 0 L 10 5 L 0 10 z" fill="#a33"/></marker></defs>'
        f'<rect class="sea" width="{MAP_W}" height="{MAP_H}"/><g class="regions">{dots}</g>'
        f'<path class="trip" d="M {x1} {y1} Q {round(cx, 1)} {round(cy, 1)} {x2} {y2}" marker-end="url(#head)"/>'
        f'<circle class="visitor" cx="{x1}" cy="{y1}" r="4"><title>{escape(visit["visitor"] or "")}</title></circle>'
        f'<circle class="host" cx="{x2}" cy="{y2}" r="4"><title>{escape(visit["host"] or "")}</title></circle>'
        "</svg>")


async def visit_data(db, visit_id: str) -> dict[str, Any]:
    found = await rows(db, VISIT_SQL, {"id": visit_id})
    if not found:
        raise NotFound(f"No visit with id {visit_id!r}")
    visit = found[0]
    params = {"id": visit_id, "type": "visit", "a": visit["visitor_code"], "b": visit["host_code"]}
    return {"visit": visit, "reports": await rows(db, REPORTS_SQL, params),
            "mentions": await rows(db, SENTENCE_MENTIONS_SQL, params),
            "officials": await rows(db, VISIT_OFFICIALS_SQL, params),
            "programs": await rows(db, VISIT_PROGRAMS_SQL, params),
            "pair": await rows(db, PAIR_SQL, params),
            "corrections": await rows(db, CORRECTIONS_SQL, params)}


def evidence_once(reports: list[dict[str, Any]], mentions: list[dict[str, Any]], href) -> list[dict[str, Any]]:
    """Each distinct evidence sentence once, with every entity it names marked and the reports that carry it."""
    marks: dict[str, list[tuple[str, str | None, str]]] = {}
    for m in mentions:
        kind = m["entity_type"]
        link = href(kind, m["entity_id"]) if kind in ("region", "official", "program") else None
        marks.setdefault(m["sentence"] or "", []).append((m["text"], link, f"ent ent-{kind}"))
    grouped: dict[str, dict[str, Any]] = {}
    for r in reports:
        sentence = r["sentence"] or ""
        if not sentence:
            continue
        group = grouped.setdefault(sentence, {"sentence": sentence, "reports": [],
                                              "marked": mark_spans(sentence, word_spans(sentence,
                                                                                        marks.get(sentence, [])))})
        group["reports"].append(r)
    return list(grouped.values())


async def visit_page(datasette, request):
    database, db = await database_for(datasette, request)
    visit_id = tilde_decode(request.url_vars["id"])
    data = await visit_data(db, visit_id)
    if request.url_vars.get("format") == "json":
        return Response.json(data, default=str)

    def href(kind, i):
        return entity_href(datasette, database, kind, i)

    seats = [tuple(r) for r in (await db.execute(
        "select longitude, latitude from regions where latitude is not null")).rows]
    return await render(datasette, request, "kunker_visit.html", {
        **data, "database": database, "base": datasette.urls.database(database), "href": href,
        "evidence": evidence_once(data["reports"], data["mentions"], href), "levels": CONFIDENCE,
        "map": small_map(data["visit"], seats),
        "visiting": [o for o in data["officials"] if set(o["roles"].split(",")) & {"leader", "member"}],
        "hosting": [o for o in data["officials"] if "host" in o["roles"].split(",")],
    })


# ---------------------------------------------------------------------------------------------- article

ARTICLE_SQL = """
select a.id, a.url, a.canonical_url, a.source, s.url as source_url, a.title, a.author, a.published, a.fetched,
  a.text, a.tagger_version, a.tagged
from articles a left join sources s on s.name = a.source where a.id = :id
"""
ARTICLE_MENTIONS_SQL = """
select m.entity_type, m.entity_id, m.start, m."end", m.text from mentions m
where m.article_id = :id and m.start is not null and m.entity_type != 'visit' order by m.start
"""
ARTICLE_VISITS_SQL = """
select v.id, v.date, v.kind, v.confidence, v.corrected, va.sentence, vr.name as visitor,
  hr.name as host, v.visitor_code, v.host_code
from visit_article_sentences va join visits v on v.id = va.visit_id
left join regions vr on vr.code = v.visitor_code left join regions hr on hr.code = v.host_code
where va.article_id = :id order by va.start
"""
ENTITY_NAME_SQL = {
    "region": "select code as id, name from regions where code in ({marks})",
    "official": "select id, name from officials where id in ({marks})",
    "program": "select id, name from programs where id in ({marks})",
}


async def article_page(datasette, request):
    database, db = await database_for(datasette, request)
    article_id = request.url_vars["id"]
    found = await rows(db, ARTICLE_SQL, {"id": article_id})
    if not found:
        raise NotFound(f"No article with id {article_id!r}")
    article = found[0]
    mentions = await rows(db, ARTICLE_MENTIONS_SQL, {"id": article_id})
    visits = await rows(db, ARTICLE_VISITS_SQL, {"id": article_id})
    copies = await rows(db, "select url, source, first_seen from article_urls where article_id = :id",
                        {"id": article_id})
    if request.url_vars.get("format") == "json":
        return Response.json({"article": article, "mentions": mentions, "visits": visits, "copies": copies},
                             default=str)
    text = article["text"] or ""
    spans = []
    for m in mentions:
        start, end = m["start"], m["end"]
        if 0 <= start < end <= len(text) and text[start:end] == m["text"]:
            spans.append((start, end, entity_href(datasette, database, m["entity_type"], m["entity_id"]),
                          f"ent ent-{m['entity_type']}"))
    entities: dict[str, dict[str, str]] = {}
    for kind, sql in ENTITY_NAME_SQL.items():
        ids = sorted({m["entity_id"] for m in mentions if m["entity_type"] == kind})
        if ids:
            marks = ", ".join(f":p{i}" for i in range(len(ids)))
            named = await rows(db, sql.format(marks=marks), {f"p{i}": v for i, v in enumerate(ids)})
            entities[kind] = {r["id"]: r["name"] for r in named}
    return await render(datasette, request, "kunker_article.html", {
        "database": database, "base": datasette.urls.database(database), "article": article,
        "marked": mark_spans(text, spans), "visits": visits, "copies": copies, "entities": entities,
        "levels": CONFIDENCE, "href": lambda kind, i: entity_href(datasette, database, kind, i),
    })


# ---------------------------------------------------------------------------------------------- search

WORD = re.compile(r"[^\W_]+(?:[.'-][^\W_]+)*\.?")
SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"


async def expand_query(db, q: str) -> tuple[list[dict[str, Any]], list[str]]:
    """The query's words as search units: each a list of alternatives (the words, and what an alias or an
    abbreviation stands for); level words ("Kab.", "Pemkot") are dropped. Returns (units, notes)."""
    words = WORD.findall(q)
    keys = {" ".join(words[i:i + n]).casefold().rstrip(".") for n in (1, 2, 3) for i in range(len(words))}
    known: dict[str, list[dict[str, Any]]] = {}
    if keys:
        marks = ", ".join(f":k{i}" for i in range(len(keys)))
        found = await rows(db, f"select key, expansion, kind, code from search_aliases where key in ({marks})",
                           {f"k{i}": k for i, k in enumerate(sorted(keys))})
        for r in found:
            known.setdefault(r["key"], []).append(r)
    units, notes, i = [], [], 0
    while i < len(words):
        for n in (3, 2, 1):
            phrase = " ".join(words[i:i + n])
            hits = known.get(phrase.casefold().rstrip(".")) if i + n <= len(words) else None
            if hits:
                break
        else:
            phrase, hits, n = words[i], None, 1
        i += n
        if hits and all(h["kind"] == "level" for h in hits):
            notes.append(f"{phrase}: kata tingkat daerah, diabaikan / level word, left out")
            continue
        alternatives = [phrase.rstrip(".")]
        for h in hits or []:
            if h["kind"] == "region":
                name = (await rows(db, "select name from regions where code = :c", {"c": h["code"]}) or
                        [{"name": None}])[0]["name"]
                if name:
                    short = next((name[len(p):] for p in LEVEL_PREFIXES if name.startswith(p)), name)
                    alternatives.append(short)
                    notes.append(f"{phrase} → {name}")
            elif h["kind"] == "position":
                alternatives.append(h["expansion"])
                notes.append(f"{phrase} → {h['expansion']}")
        units.append({"words": phrase, "alternatives": list(dict.fromkeys(alternatives))})
    return units, notes


def fts_query(units: list[dict[str, Any]], prefix: bool = True) -> str:
    """FTS5 query: every unit must match, through any of its alternatives; with ``prefix`` each alternative's last
    word is a prefix ("Banyuwang" finds "Banyuwangi")."""
    parts = []
    for unit in units:
        options = []
        for alt in unit["alternatives"]:
            tokens = re.findall(r"[^\W_]+", alt)
            if tokens:
                options.append('"' + " ".join(tokens) + '"' + ("*" if prefix and len(tokens[-1]) >= 2 else ""))
        if options:
            parts.append("(" + " OR ".join(options) + ")")
    return " AND ".join(parts)


def marked_snippet(text: str | None) -> Markup:
    escaped = str(escape(text or ""))
    return Markup(escaped.replace(SNIPPET_OPEN, "<mark>").replace(SNIPPET_CLOSE, "</mark>"))


async def suggestions(db, q: str) -> list[dict[str, Any]]:
    """Queries close to ``q`` (typos forgiven): any run of up to three of its words that is close to a region,
    official or program name (trigram candidates ranked by string similarity) is replaced by that name."""
    words = [w for w in WORD.findall(q) if w.casefold().rstrip(".") not in LEVEL_KEYS][:8]
    best: dict[str, dict[str, Any]] = {}
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + 3) + 1):
            target = " ".join(words[i:j]).casefold()
            grams = sorted({target[k:k + 3] for k in range(len(target) - 2)})
            grams = [g for g in grams if '"' not in g and " " not in g]
            if len(target) < 4 or not grams:
                continue
            found = await rows(db, "select name, kind, entity_id from entity_names where entity_names match :m "
                                   "order by rank limit 50", {"m": " OR ".join(f'"{g}"' for g in grams)})
            for r in found:
                name = r["name"] or ""
                short = next((name[len(p):] for p in LEVEL_PREFIXES if name.startswith(p)), name)
                if short.casefold() == target or name.casefold() == target:
                    continue
                ratio = max(difflib.SequenceMatcher(None, target, form.casefold()).ratio() for form in {name, short})
                text = " ".join([*words[:i], short, *words[j:]])
                if ratio >= SUGGEST_RATIO and ratio > best.get(text, {}).get("score", 0):
                    best[text] = {**r, "short": short, "query": text, "score": round(ratio, 3)}
    ranked = sorted(best.values(), key=lambda r: (-r["score"], r["kind"] != "region", r["name"]))
    return ranked[:SUGGESTIONS]


LEVEL_KEYS = {"kab", "kabupaten", "pemkab", "kota", "pemkot", "prov", "provinsi", "pemprov", "pemda"}


async def entity_hits(db, units: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Regions, officials and programs whose name contains the whole query, else any of its units."""
    phrases = [" ".join(u["alternatives"][-1] for u in units)] + [u["alternatives"][-1] for u in units]
    for phrase in dict.fromkeys(p.replace('"', "") for p in phrases):
        if len(phrase) < 3:
            continue
        found = await rows(db, "select name, kind, entity_id from entity_names where entity_names match :p "
                               "order by kind != 'region', length(name) limit 20", {"p": f'"{phrase}"'})
        if found:
            return found
    return []


async def shown_articles(db, match: str, ids: list[int]) -> list[dict[str, Any]]:
    """The articles of one result page (``ids``: consecutive matches, newest stored first), each with its snippet
    (terms marked). The matches between the page's first and last id are exactly its rows, so the index seeks
    to them and snippets are made for these rows only, never for the other matches."""
    if not ids:
        return []
    found = await rows(db, """
        select f.rowid as id, a.title, a.published, a.source, a.url,
          snippet(articles_fts, -1, char(2), char(3), '…', 24) as snippet
        from articles_fts f join articles a on a.id = f.rowid
        where articles_fts match :m and f.rowid between :lo and :hi order by f.rowid desc""",
                       {"m": match, "lo": min(ids), "hi": max(ids)})
    for a in found:
        a["marked"] = marked_snippet(a.pop("snippet"))
    return found


async def capped_count(db, match: str) -> int:
    """How many articles ``match`` finds, counted up to one more than ``SEARCH_COUNT_CAP``."""
    found = await rows(db, "select count(*) as n from (select 1 from articles_fts where articles_fts match :m "
                           "limit :cap)", {"m": match, "cap": SEARCH_COUNT_CAP + 1})
    return found[0]["n"]


async def search_data(db, q: str, page: int) -> dict[str, Any]:
    q = q.strip()[:200]
    if not q:
        return {"q": "", "notes": [], "articles": [], "count": 0, "capped": False, "entities": [],
                "suggestions": [], "page": 1, "more": False, "match": ""}
    units, notes = await expand_query(db, q)
    match = fts_query(units, prefix=False)
    articles, count, capped, entities = [], 0, False, []
    if match:
        count = await capped_count(db, match)
        if count < SEARCH_PAGE:  # words matched whole fill no page: every word's end becomes a prefix too
            match = fts_query(units)
            count = await capped_count(db, match)
        params = {"m": match, "limit": SEARCH_PAGE + 1, "offset": (page - 1) * SEARCH_PAGE}
        # Newest stored first through the index's own rowid order: stops at the page, whatever the matches.
        ids = [r["id"] for r in await rows(db, "select rowid as id from articles_fts where articles_fts match :m "
                                               "order by rowid desc limit :limit offset :offset", params)]
        articles = await shown_articles(db, match, ids[:SEARCH_PAGE])
        more = len(ids) > SEARCH_PAGE
        capped = count > SEARCH_COUNT_CAP
        count = min(count, SEARCH_COUNT_CAP)
        entities = await entity_hits(db, units)
    else:
        more = False
    hints = await suggestions(db, q) if not articles or not entities else []
    return {"q": q, "notes": notes, "match": match, "articles": articles, "count": count, "capped": capped,
            "entities": entities, "suggestions": hints, "page": page, "more": more}


async def search_page(datasette, request):
    database, db = await database_for(datasette, request)
    data = await search_data(db, request.args.get("q") or "", positive(request.args.get("page"), 1))
    if request.url_vars.get("format") == "json":
        return Response.json({**data, "articles": [{k: str(v) if k == "marked" else v for k, v in a.items()}
                                                   for a in data["articles"]]}, default=str)
    base = datasette.urls.database(database)
    return await render(datasette, request, "kunker_search.html", {
        **data, "database": database, "base": base,
        "href": lambda kind, i: entity_href(datasette, database, kind, i),
        "search_url": lambda text, page=None: base + "/-/search?" + urlencode(
            {"q": text, **({"page": page} if page else {})}),
    })


@hookimpl
def register_routes():
    return [
        (r"^/(?P<database>[^/]+)/-/visits(\.(?P<format>json|csv))?$", visits_page),
        (r"^/(?P<database>[^/]+)/-/visit/(?P<id>[^/]+?)(\.(?P<format>json))?$", visit_page),
        (r"^/(?P<database>[^/]+)/-/article/(?P<id>\d+)(\.(?P<format>json))?$", article_page),
        (r"^/(?P<database>[^/]+)/-/search(\.(?P<format>json))?$", search_page),
    ]
