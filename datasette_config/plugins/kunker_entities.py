"""Entity pages for kunker: an official, a region or a program with its timeline, links and evidence.

Routes (``db`` is the database name, e.g. ``kunker``; add ``.json`` for the data behind the page)::

    /db/-/official/<id>    /db/-/region/<code>    /db/-/program/<id>

Every fact on a page links to the sentence and article it came from. Cells naming an entity elsewhere in
Datasette (officials, regions, programs tables; ids in canned query results) link to these pages.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

KINDS = ("official", "region", "program")
KIND_LABELS = {"official": "pejabat / official", "region": "daerah / region", "program": "program"}
EVIDENCE_LIMIT = 100  # mentions read; the full list is one link away (mentions table)
EVIDENCE_SHOWN = 10  # distinct sentences shown open; the rest behind "N more"
TIMELINE_SHOWN = 20  # visits shown open; the rest of the most recent TIMELINE_LIMIT behind "N more"
TIMELINE_LIMIT = 100  # most recent visits shown; the full list is one link away (canned queries)

# Visits an entity takes part in: the SQL returns visit ids plus a 'role' for each kind of entity.
VISITS_OF = {
    "official": """
        select visit_id, group_concat(distinct role) as role from (
          select visit_id, role from visit_officials where official_id = :id
          union select id, 'leader' from visits where leader_id = :id)
        group by visit_id""",
    "region": """
        select id as visit_id, case when visitor_code = :id then 'visitor' else 'host' end as role
        from visits where visitor_code = :id or host_code = :id""",
    # agg_visit_programs: one row per visit and program (kunker/aggregates.py), counted from its index alone
    "program": "select visit_id, 'studied' as role from agg_visit_programs where program_id = :id",
}
# The timeline needs only the most recent TIMELINE_LIMIT of them: where an index gives them in date order, a
# shorter list that still holds them (a busy host has tens of thousands of visits at 1M articles).
RECENT_OF = VISITS_OF | {
    "region": """
        select id as visit_id, 'visitor' as role from visits where visitor_code = :id
        union all
        select visit_id, role from (
          select id as visit_id, 'host' as role from visits where host_code = :id and visitor_code is not :id
          order by date desc, id limit {limit})""",
    # the newest of a program's visits, in the order of the index on agg_visit_programs (program_id, date desc,
    # visit_id), which puts the undated last; a program has thousands of visits at 1M articles
    "program": """
        select visit_id, role from (
          select visit_id, 'studied' as role from agg_visit_programs where program_id = :id
          order by date desc, visit_id limit {limit})""",
}

# A sentence is stored once, in its article: the views ``visit_article_sentences`` and ``mention_sentences``
# (kunker/views.py) read it back. A view that is a join cannot be flattened into the right side of a LEFT JOIN
# (SQLite would build all of it), so the timeline looks up each report's sentence by the view's key instead.
TIMELINE_SQL = """
    with these as ({visits}),
    recent as (
      select these.visit_id, these.role from these join visits x on x.id = these.visit_id
      order by x.date is null, x.date desc, x.id limit {limit})
    select v.id, v.date, v.kind, v.visitor_code, v.visitor, v.host_code, v.host, v.leader_id, v.leader,
      v.delegation_size, v.programs, v.confidence, v.corrected, recent.role,
      (select s.sentence from visit_article_sentences s where s.visit_id = va.visit_id and s.article_id = va.article_id)
        as sentence,
      a.id as article_id, a.title, a.url, a.published
    from recent
    join visit_list v on v.id = recent.visit_id
    left join visit_articles va on va.visit_id = v.id
    left join articles a on a.id = va.article_id
    order by v.date is null, v.date desc, v.id, a.published
"""
TIMELINE_COUNT_SQL = "select count(*) as n from ({visits})"

CORRECTIONS_SQL = "select * from corrections where entity_type = :type and entity_id = :id order by id"
EVIDENCE_COUNT_SQL = "select count(*) as n from mentions where entity_type = :type and entity_id = :id"
# The newest mentions are read in the order of the index on mentions (entity_type, entity_id, published desc,
# article_id, start), which stops at the limit; only their sentences are cut from the articles.
EVIDENCE_SQL = """
    with recent as (
      select id from mentions where entity_type = :type and entity_id = :id
      order by published desc, article_id, start limit {limit})
    select m.text, m.sentence, m.start, m.end, a.id as article_id, a.title, a.url, a.published
    from recent join mention_sentences m on m.id = recent.id join articles a on a.id = m.article_id
    order by a.published desc, a.id, m.start
"""

# Linked entities: (heading, kind of the linked entity or None, SQL returning id, label, n, detail). Counts of
# visits come from the agg_* tables (kunker/aggregates.py), kept current by `kunker tag` and `kunker correct`.
# `+m.entity_type` keeps SQLite on the article index for the articles' mentions: the index on entity type would
# read every official's mentions once per article (minutes at 1M articles).
LINKS: dict[str, list[tuple[str, str | None, str]]] = {
    "official": [
        ("Jabatan yang pernah dipegang / positions held", None, """
            select p.position as id, p.position as label, p.articles as n,
              trim(coalesce(r.name, '') || ' ' || coalesce(p.first_seen, '') || ' – ' || coalesce(p.last_seen, ''))
                as detail
            from official_positions p left join regions r on r.code = p.region_code
            where p.official_id = :id order by p.last_seen desc, p.position"""),
        ("Pejabat lain di artikel yang sama / co-mentioned officials", "official", """
            with arts as (
              select article_id from mentions where entity_type = 'official' and entity_id = :id
              union select article_id from visit_officials where official_id = :id)
            select f.id, f.name as label, count(distinct m.article_id) as n, f.position as detail
            from arts cross join mentions m on m.article_id = arts.article_id
            join officials f on f.id = m.entity_id
            where +m.entity_type = 'official' and f.id != :id
            group by f.id order by n desc, f.name limit 100"""),
        ("Daerah / regions", "region", """
            select r.code as id, r.name as label, count(*) as n, group_concat(distinct x.how) as detail
            from (select visitor_code as code, 'visitor' as how from visits where id in (
                    select visit_id from visit_officials where official_id = :id
                    union select id from visits where leader_id = :id)
                  union all select host_code, 'host' from visits where id in (
                    select visit_id from visit_officials where official_id = :id
                    union select id from visits where leader_id = :id)
                  union all select region_code, 'serves' from officials where id = :id) x
            join regions r on r.code = x.code
            group by r.code order by n desc, r.name limit 100"""),
        ("Program / programs", "program", """
            select p.id, p.name as label, count(distinct vp.visit_id) as n, 'visits' as detail
            from visit_programs vp join programs p on p.id = vp.program_id
            where vp.visit_id in (select visit_id from visit_officials where official_id = :id
                                  union select id from visits where leader_id = :id)
            group by p.id order by n desc, p.name limit 100"""),
    ],
    "region": [
        ("Daerah mitra / partner regions", "region", """
            select r.code as id, r.name as label, sum(a.visits_all) as n,
              group_concat(distinct case when a.visitor_code = :id then 'visited' else 'came from' end)
                as detail
            from agg_pairs a join regions r
              on r.code = case when a.visitor_code = :id then a.host_code else a.visitor_code end
            where a.visitor_code = :id or a.host_code = :id
            group by r.code order by n desc, r.name limit 100"""),
        ("Program yang dipelajari atau diajarkan / programs learned or shown", "program", """
            select p.id, p.name as label, sum(a.visits_all) as n,
              group_concat(distinct case when a.visitor_code = :id then 'learned' else 'shown' end) as detail
            from agg_program_pairs a join programs p on p.id = a.program_id
            where a.visitor_code = :id or a.host_code = :id
            group by p.id order by n desc, p.name limit 100"""),
        ("Pejabat / officials", "official", """
            select f.id, f.name as label, coalesce(a.visits, 0) as n, f.position as detail
            from officials f left join agg_officials a on a.official_id = f.id
            where f.region_code = :id
            order by n desc, f.name limit 100"""),
    ],
    "program": [
        ("Nama yang dipakai artikel / names used by articles", None, """
            select alias as id, alias as label, count(distinct article_id) as n, 'articles' as detail
            from program_aliases where program_id = :id group by alias order by n desc, alias"""),
        ("Daerah yang belajar / regions that came to learn", "region", """
            select r.code as id, r.name as label, sum(a.visits_all) as n, 'visitor' as detail
            from agg_program_pairs a join regions r on r.code = a.visitor_code
            where a.program_id = :id group by r.code order by n desc, r.name limit 100"""),
        ("Daerah tuan rumah / host regions", "region", """
            select r.code as id, r.name as label, sum(a.visits_all) as n, 'host' as detail
            from agg_program_pairs a join regions r on r.code = a.host_code
            where a.program_id = :id group by r.code order by n desc, r.name limit 100"""),
        # an official's roles (a few) each checked by an EXISTS that stops at the first of the program's visits,
        # not every visit of the official tested against the program
        ("Pejabat dalam kunjungan / officials in these visits", "official", """
            select t.id, t.label, t.n,
              (select group_concat(r.role) from (
                 select distinct role from visit_officials where official_id = t.id order by role) r
               where exists (select 1 from visit_officials vo join visit_programs vp on vp.visit_id = vo.visit_id
                 where vo.official_id = t.id and vo.role = r.role and vp.program_id = :id)) as detail
            from (select f.id, f.name as label, a.visits as n
                  from agg_program_officials a join officials f on f.id = a.official_id
                  where a.program_id = :id order by n desc, f.name limit 100) t
            order by t.n desc, t.label"""),
    ],
}

# Where the complete list of an entity's visits is (the page shows the most recent): (title, query, parameter).
FULL_LISTS = {
    "official": [("semua kunjungan dan tautan / all visits and links", "official_links", "official")],
    "region": [("kunjungan diterima / visits hosted", "visits_hosted_by_region", "region"),
               ("kunjungan dilakukan / visits made", "visits_made_by_region", "region")],
    "program": [("semua kunjungan / all visits", "regions_learning_program", "program")],
}

INFO_SQL = {
    "official": """select f.id, f.name, f.position, f.region_code, r.name as region, f.first_seen, f.last_seen
                   from officials f left join regions r on r.code = f.region_code where f.id = :id""",
    "region": "select * from region_stats where code = :id",
    "program": """select p.id, p.name, p.region_code, r.name as region
                  from programs p left join regions r on r.code = p.region_code where p.id = :id""",
}


def entity_path(datasette, database: str, kind: str, entity_id: Any) -> str:
    text = str(entity_id)
    if not re.fullmatch(r"[A-Za-z0-9._-]+", text):
        text = tilde_encode(text)
    return datasette.urls.database(database) + f"/-/{kind}/" + text


def highlight(sentence: str | None, words: list[str] | str | None) -> Markup:
    """The sentence, escaped, with every occurrence of each of the mentions' words marked."""
    sentence = sentence or ""
    words = [words] if isinstance(words, str) else [w for w in words or [] if w]
    spans = []
    for w in words:
        at = sentence.find(w)
        while at >= 0:
            spans.append((at, at + len(w)))
            at = sentence.find(w, at + len(w))
    out, at = [], 0
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start >= at:
            out += [str(escape(sentence[at:start])), f"<mark>{escape(sentence[start:end])}</mark>"]
            at = end
    return Markup("".join(out) + str(escape(sentence[at:])))


def evidence_once(evidence: list[dict[str, Any]], timeline: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each evidence sentence once, with all its highlights and the articles it comes from. A sentence the
    timeline already quotes is not repeated: its highlights go to the timeline's quote instead."""
    groups: dict[tuple[Any, str], dict[str, Any]] = {}
    for item in evidence:
        key = (item["article_id"], item["sentence"] or "")
        group = groups.setdefault(key, {**item, "words": []})
        if item["text"] and item["text"] not in group["words"]:
            group["words"].append(item["text"])
    by_sentence: dict[str, list[str]] = {}
    for (_, sentence), group in groups.items():
        by_sentence.setdefault(sentence, []).extend(group["words"])
    quoted = set()
    for visit in timeline:
        for source in visit["sources"]:
            quoted.add(source["sentence"] or "")
            source["marked"] = highlight(source["sentence"], by_sentence.get(source["sentence"] or "", []))
    shown = []
    for (_, sentence), group in groups.items():
        if sentence not in quoted:
            group["marked"] = highlight(sentence, group["words"])
            shown.append(group)
    return shown


async def rows(db, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(r) for r in (await db.execute(sql, params)).rows]


async def entity_data(datasette, database: str, kind: str, entity_id: str) -> dict[str, Any]:
    """Everything shown on an entity page, as plain data (also served as JSON)."""
    db = datasette.get_database(database)
    params = {"id": entity_id, "type": kind}
    info = await rows(db, INFO_SQL[kind], params)
    if not info:
        raise NotFound(f"No {kind} with id {entity_id!r}")
    visits: dict[str, dict[str, Any]] = {}
    recent = RECENT_OF[kind].format(limit=TIMELINE_LIMIT)
    sql = TIMELINE_SQL.format(visits=recent, limit=TIMELINE_LIMIT)
    for r in await rows(db, sql, params):
        visit = visits.setdefault(r["id"], {
            key: r[key] for key in ("id", "date", "kind", "visitor_code", "visitor", "host_code", "host",
                                    "leader_id", "leader", "delegation_size", "programs", "confidence",
                                    "corrected", "role")
        } | {"sources": []})
        if r["article_id"] is not None:
            visit["sources"].append({key: r[key] for key in ("sentence", "article_id", "title", "url",
                                                             "published")})
    links = []
    for heading, linked_kind, link_sql in LINKS[kind]:
        items = await rows(db, link_sql, params)
        links.append({"heading": heading, "kind": linked_kind, "items": items})
    evidence = await rows(db, EVIDENCE_SQL.format(limit=EVIDENCE_LIMIT), params)
    totals = {"visits": (await rows(db, TIMELINE_COUNT_SQL.format(visits=VISITS_OF[kind]), params))[0]["n"],
              "evidence": (await rows(db, EVIDENCE_COUNT_SQL, params))[0]["n"]}
    return {"kind": kind, "id": entity_id, "database": database, "info": info[0],
            "timeline": list(visits.values()), "links": links, "evidence": evidence, "totals": totals}


async def entity_page(datasette, request):
    database = request.url_vars["database"]
    kind = request.url_vars["kind"]
    entity_id = tilde_decode(request.url_vars["id"])  # Datasette redirects %XX in paths to ~XX
    try:
        datasette.get_database(database)
    except KeyError:
        raise NotFound(f"Database not found: {database}") from None
    await datasette.ensure_permissions(request.actor, [("view-database", database), "view-instance"])
    data = await entity_data(datasette, database, kind, entity_id)
    if request.url_vars.get("format") == "json":
        return Response.json(data, default=str)
    evidence = evidence_once(data["evidence"], data["timeline"])
    label = data["info"].get("name") or entity_id
    base = datasette.urls.database(database)
    full_lists = [(title, f"{base}/{query}?{urlencode({param: entity_id})}")
                  for title, query, param in FULL_LISTS[kind]]
    mentions_url = f"{base}/mentions?{urlencode({'entity_type': kind, 'entity_id': entity_id})}"
    return Response.html(await datasette.render_template(
        "kunker_entity.html",
        {**data, "label": label, "kind_label": KIND_LABELS[kind], "database_url": base, "full_lists": full_lists,
         "mentions_url": mentions_url,
         "evidence_groups": evidence[:EVIDENCE_SHOWN], "evidence_more": evidence[EVIDENCE_SHOWN:],
         "timeline_shown": TIMELINE_SHOWN,
         "corrections": await rows(datasette.get_database(database), CORRECTIONS_SQL, {"type": kind, "id": entity_id}),
         "entity_url": lambda k, i: entity_path(datasette, database, k, i),
         "article_url": lambda i: entity_path(datasette, database, "article", i),
         "visit_url": lambda i: entity_path(datasette, database, "visit", i),
         "table_url": lambda t: datasette.urls.table(database, t)},
        request=request,
    ))


@hookimpl
def register_routes():
    kinds = "|".join(KINDS)
    return [(rf"^/(?P<database>[^/]+)/-/(?P<kind>{kinds})/(?P<id>[^/]+?)(\.(?P<format>json))?$", entity_page)]


# Cells that name an entity link to its page: (table or None for queries, column) -> (kind, id column).
TABLE_LINKS = {
    ("officials", "name"): ("official", "id"),
    ("regions", "name"): ("region", "code"),
    ("programs", "name"): ("program", "id"),
    ("region_stats", "name"): ("region", "code"),
    ("visit_list", "visitor"): ("region", "visitor_code"),
    ("visit_list", "host"): ("region", "host_code"),
    ("visit_list", "leader"): ("official", "leader_id"),
}
QUERY_LINK_KINDS = {"official": "official", "co-mentioned official": "official", "region": "region",
                    "program": "program"}


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if value is None or database is None:
        return None
    keys = row.keys() if hasattr(row, "keys") else []
    target = TABLE_LINKS.get((table, column))
    if target and target[1] in keys and row[target[1]] is not None:
        href = entity_path(datasette, database, target[0], row[target[1]])
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    if table == "articles" and column == "title" and "id" in keys:  # titles open the reading view
        href = entity_path(datasette, database, "article", row["id"])
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    if table in ("visit_list", "visit_map", "visits") and column == "id":
        href = entity_path(datasette, database, "visit", value)
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    if table == "mentions" and column == "entity_id" and "entity_type" in keys:
        kind = row["entity_type"]
        if kind in KINDS:
            href = entity_path(datasette, database, kind, value)
        elif kind == "visit":
            href = entity_path(datasette, database, "visit", value)
        else:
            return None
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    if table is not None:
        return None
    if column == "entity_id" and "link" in keys:
        link = row["link"]
        if link in QUERY_LINK_KINDS:
            href = entity_path(datasette, database, QUERY_LINK_KINDS[link], value)
        elif link in ("visit", "article"):
            href = entity_path(datasette, database, link, value)
        else:
            return None
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    simple = {"visit_id": ("entity", "visit"), "article_id": ("entity", "article"),
              "program_id": ("entity", "program"), "official_id": ("entity", "official"),
              "host_code": ("entity", "region"), "visitor_code": ("entity", "region"),
              "code_a": ("entity", "region"), "code_b": ("entity", "region")}
    if column in simple:
        how, what = simple[column]
        href = (datasette.urls.row(database, what, str(value)) if how == "row"
                else entity_path(datasette, database, what, value))
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    return None


@hookimpl
def menu_links(datasette, actor):
    databases = [name for name in datasette.databases if not name.startswith("_")]
    if not databases:
        return []
    base = datasette.urls.database(databases[0])
    return [
        {"href": base + "/-/visits", "label": "Kunjungan / visits"},
        {"href": base + "/-/search", "label": "Cari / search"},
        {"href": base + "/-/network", "label": "Jaringan kunjungan / visit network"},
        {"href": base + "/visit_map", "label": "Peta kunjungan / map of visits"},
    ]

