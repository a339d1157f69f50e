"""Publishing: the real ``kunker serve`` (Datasette) over a real SQLite file built from our own fixtures."""

from __future__ import annotations

import io
import re
import time
import urllib.parse
import urllib.request
from collections import Counter

import pytest
import yaml
from datasette_helpers import (
    ARTICLES,
    BY_KEY,
    LOW_VISITS,
    PROGRAMS,
    ROOT,
    SHOWN_VISITS,
    VISITS,
    InProcessSite,
    build_fixture_db,
    get,
    get_json,
    running_site,
)
from markupsafe import escape
from test_aggregates import plugin

from kunker import db as store
from kunker import serve, views


@pytest.fixture
def site(fixture_site):
    """kunker's Datasette in this process over the shared fixture database (tests/conftest.py)."""
    return fixture_site


def test_real_server_smoke(tmp_path):
    """`kunker serve` as a process: it starts, serves kunker's pages with its headers, and stops."""
    db_path = tmp_path / "kunker.db"
    build_fixture_db(db_path)
    with running_site(db_path) as base:
        with urllib.request.urlopen(base + "/kunker/-/visits", timeout=10) as resp:
            assert resp.status == 200 and "default-src 'self'" in resp.headers["content-security-policy"]
            assert "Kunjungan / visits" in resp.read().decode("utf-8")
        for path in ("/", "/kunker/-/visit/visit-1", "/kunker/-/search?q=Banyuwangi", "/kunker/-/network"):
            assert get(base, path)[0] == 200, path


def test_full_text_search_returns_the_matching_article(site):
    rows = get_json(site["base"], "/kunker/articles.json?_search=" + urllib.parse.quote("bank sampah")
                    + "&_shape=array")
    assert [r["url"] for r in rows] == [BY_KEY["sleman-kulonprogo"]["url"]]
    rows = get_json(site["base"], "/kunker/articles.json?_search=" + urllib.parse.quote("kembali memimpin")
                    + "&_shape=array")
    assert [r["title"] for r in rows] == [BY_KEY["serang-banyuwangi-2023"]["title"]]


def test_articles_sorted_newest_first_by_default(site):
    rows = get_json(site["base"], "/kunker/articles.json?_shape=array")
    dates = [r["published"] for r in rows]
    assert dates == sorted(dates, reverse=True) and len(dates) == len(ARTICLES)


def test_metadata_title_and_every_table_and_column_described(site):
    meta = get_json(site["base"], "/-/metadata.json")
    assert meta["title"] == "kunker — kunjungan kerja & studi banding antar daerah"
    assert "Apache-2.0" in meta["license"] and meta["source"]
    tables = meta["databases"]["kunker"]["tables"]
    for name, spec in store.SCHEMA.items():
        assert tables[name].get("description"), f"{name} has no description"
        described = tables[name].get("columns", {})
        missing = [c for c in spec["columns"] if not described.get(c)]
        assert not missing, f"{name}: columns without description: {missing}"
    status, home = get(site["base"], "/")
    assert status == 200 and "kunjungan kerja &amp; studi banding antar daerah" in home
    status, page = get(site["base"], "/kunker/visits")
    assert status == 200 and "the visiting region" in page


def test_foreign_keys_are_labelled_with_names(site):
    visit = get_json(site["base"], "/kunker/visits.json?id=visit-1&_labels=on&_shape=array")[0]
    assert visit["visitor_code"] == {"value": "36.04", "label": "Kabupaten Serang"}
    assert visit["host_code"] == {"value": "35.10", "label": "Kabupaten Banyuwangi"}
    assert visit["leader_id"] == {"value": "off-budi", "label": "Banyu Prasojo"}
    links = get_json(site["base"], "/kunker/visit_programs.json?visit_id=visit-1&_labels=on&_shape=array")
    assert links[0]["program_id"]["label"] == "Smart Dusun"
    article = BY_KEY["serang-banyuwangi"]
    assert links[0]["article_id"] == {"value": site["aid"]["serang-banyuwangi"], "label": article["title"]}


def test_script_in_article_text_is_escaped_in_html(site):
    article_id = site["aid"]["script"]
    for path in (f"/kunker/articles/{article_id}", "/kunker/articles?_search=redaksi&_sort=published"):
        status, page = get(site["base"], path)
        assert status == 200
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        assert "<script>alert(1)</script>" not in page


def query(site, name: str, **params: str) -> list[dict]:
    """Rows of a canned query through the JSON API."""
    qs = urllib.parse.urlencode({**params, "_shape": "array"})
    return get_json(site["base"], f"/kunker/{name}.json?{qs}")


def visits_where(predicate) -> list[tuple]:
    """Fixture visits matching ``predicate``, newest first."""
    return sorted((v for v in VISITS if predicate(v)), key=lambda v: v[4], reverse=True)


def test_canned_query_visits_hosted_by_region(site):
    rows = query(site, "visits_hosted_by_region", region="Banyuwangi")
    assert [r["visit_id"] for r in rows] == [v[0] for v in visits_where(lambda v: v[3] == "35.10")]
    assert {r["host"] for r in rows} == {"Kabupaten Banyuwangi"}
    assert query(site, "visits_hosted_by_region", region="35.10") == rows


def test_canned_query_visits_made_by_region(site):
    rows = query(site, "visits_made_by_region", region="36.04")
    assert [r["visit_id"] for r in rows] == [v[0] for v in visits_where(lambda v: v[2] == "36.04")]
    assert rows[0]["programs"] == "Smart Dusun" and rows[0]["leader"] == "Banyu Prasojo"


def test_canned_query_most_visited_regions_per_year(site):
    hosts_2024 = Counter(v[3] for v in VISITS if v[4].startswith("2024"))
    top_code, top_count = hosts_2024.most_common(1)[0]
    rows = query(site, "most_visited_regions_per_year", year="2024", top="1")
    assert [(r["year"], r["rank"], r["host_code"], r["visits"]) for r in rows] == [
        ("2024", 1, top_code, top_count)]
    every_year = query(site, "most_visited_regions_per_year", year="", top="")
    assert {r["year"] for r in every_year} == {v[4][:4] for v in VISITS}
    assert sum(r["visits"] for r in every_year) == len(VISITS)


def test_canned_query_regions_learning_program(site):
    rows = query(site, "regions_learning_program", program="smart dusun")
    expected = visits_where(lambda v: "prog-smart" in v[8])
    assert [r["visit_id"] for r in rows] == [v[0] for v in expected]
    assert {r["visitor"] for r in rows} == {"Kabupaten Serang", "Kabupaten Lumajang"}
    assert all(r["article_url"] == BY_KEY[v[1]]["url"] for r, v in zip(rows, expected, strict=True))


def test_canned_query_everything_linked_to_an_official(site):
    rows = query(site, "official_links", official="Banyu Prasojo")
    by_link: dict[str, set] = {}
    for r in rows:
        by_link.setdefault(r["link"], set()).add(r["entity_id"])
    assert by_link["official"] == {"off-budi"}
    assert by_link["visit"] == {"visit-1", "visit-3"}
    assert by_link["co-mentioned official"] == {"off-ani"}
    assert by_link["region"] == {"36.04", "35.10"}
    assert by_link["program"] == {"prog-smart"}
    assert by_link["article"] == {site["aid"]["serang-banyuwangi"], site["aid"]["serang-banyuwangi-2023"]}
    assert query(site, "official_links", official="") == []


def test_canned_query_repeated_visit_pairs(site):
    rows = query(site, "repeated_visit_pairs", min_visits="2")
    assert len(rows) == 1
    pair = rows[0]
    assert {pair["region_a"], pair["region_b"]} == {"Kabupaten Serang", "Kabupaten Banyuwangi"}
    assert pair["visits"] == 3 and sorted([pair["visits_a_to_b"], pair["visits_b_to_a"]]) == [1, 2]
    assert query(site, "repeated_visit_pairs", min_visits="4") == []
    pairs = {frozenset(v[2:4]) for v in VISITS}
    assert len(query(site, "repeated_visit_pairs", min_visits="1")) == len(pairs)


def test_canned_query_crawl_health(site):
    rows = query(site, "crawl_health")
    assert [r["source"] for r in rows] == ["slemankab", "serangkab"]  # the failing source first
    sleman, serang = rows
    assert (sleman["last_status"], sleman["errors"], sleman["last_error"]) == ("failed", 2, "timeout")
    assert sleman["last_alert"] == "no articles: no listing found on the entry page"
    assert serang["last_alert"] is None
    assert (serang["runs"], serang["pages"], serang["articles"]) == (2, 78, len(ARTICLES) - 1)


def test_canned_query_visit_network_filters(site):
    edges = query(site, "visit_network", year="2023", program="")
    assert {(e["source"], e["target"], e["weight"]) for e in edges} == {
        (v[2], v[3], 1) for v in VISITS if v[4].startswith("2023")}
    edges = query(site, "visit_network", year="", program="Smart")
    assert {(e["source"], e["target"]): e["weight"] for e in edges} == {("36.04", "35.10"): 2,
                                                                      ("35.08", "35.10"): 1}


def test_visit_list_view_has_names_and_default_facets(site):
    data = get_json(site["base"], "/kunker/visit_list.json")
    assert data["rows"][0][data["columns"].index("date")] == max(v[4] for v in VISITS)
    facets = data["facet_results"]
    assert {"host", "visitor", "host_province", "year", "kind"} <= set(facets)
    years = {f["value"]: f["count"] for f in facets["year"]["results"]}
    assert years == dict(Counter(v[4][:4] for v in VISITS))
    provinces = {f["value"]: f["count"] for f in facets["host_province"]["results"]}
    assert provinces["Provinsi Jawa Timur"] == sum(1 for v in VISITS if v[3].startswith("35"))


def test_articles_table_source_facet_counts_every_source_and_still_filters(site):
    """The articles table's source facet (read from agg_sources unfiltered) counts as the table's rows do, links
    like a column facet, and counts the filtered rows once a filter is set."""
    import sqlite3

    conn = sqlite3.connect(site["db"])
    expected = dict(conn.execute("SELECT source, count(*) FROM articles WHERE source IS NOT NULL GROUP BY source"))
    conn.close()
    data = get_json(site["base"], "/kunker/articles.json")
    facet = data["facet_results"]["source"]
    assert {f["value"]: f["count"] for f in facet["results"]} == expected and facet["type"] == "column"
    source = max(expected, key=expected.get)
    assert any(f"source={urllib.parse.quote_plus(source)}" in f["toggle_url"] for f in facet["results"])
    filtered = get_json(site["base"], f"/kunker/articles.json?source={urllib.parse.quote_plus(source)}")
    assert [(f["value"], f["count"]) for f in filtered["facet_results"]["source"]["results"]] == [
        (source, expected[source])]

def test_visit_map_is_counted_from_an_index(site):
    """Datasette counts visit_map for its page and every batch the map loads: the count reads an index of visits
    (no visit row) and equals the visits with a located host, neither low confidence nor marked wrong."""
    import sqlite3

    conn = sqlite3.connect(site["db"])
    plan = [r[3] for r in conn.execute("EXPLAIN QUERY PLAN SELECT count(*) FROM visit_map")]
    assert any("v USING COVERING INDEX" in step for step in plan), plan
    expected = conn.execute("SELECT count(*) FROM visits v JOIN regions r ON r.code = v.host_code "
                            "WHERE r.latitude IS NOT NULL AND r.longitude IS NOT NULL "
                            "AND coalesce(v.confidence, '') != 'low' AND coalesce(v.corrected, '') != 'wrong'"
                            ).fetchone()[0]
    conn.close()
    assert get_json(site["base"], "/kunker/visit_map.json")["filtered_table_rows_count"] == expected > 0

def test_region_stats_and_map(site):
    rows = get_json(site["base"], "/kunker/region_stats.json?visits_hosted__gt=0&_shape=array")
    assert {r["code"]: r["visits_hosted"] for r in rows} == dict(Counter(v[3] for v in VISITS))
    status, page = get(site["base"], "/kunker/visit_map")
    assert status == 200 and "datasette-cluster-map" in page
    rows = get_json(site["base"], "/kunker/visit_map.json?_shape=array")  # low-confidence visits left out
    assert len(rows) == len(SHOWN_VISITS) and all(r["latitude"] and r["longitude"] for r in rows)
    rows = get_json(site["base"], "/kunker/visit_map_all.json?_shape=array")  # asked for: every visit
    assert len(rows) == len(VISITS) and {r["id"] for r in rows if r["confidence"] == "low"} == LOW_VISITS


def test_search_on_officials_programs_visits_and_search_all(site):
    assert [r["id"] for r in get_json(site["base"], "/kunker/officials.json?_search=Dewi&_shape=array")] == [
        "off-dewi"]
    assert [r["id"] for r in get_json(site["base"], "/kunker/programs.json?_search=sampah&_shape=array")] == [
        "prog-sampah"]
    rows = get_json(site["base"], "/kunker/visits.json?_search=balasan&_shape=array")
    assert [r["id"] for r in rows] == ["visit-5"]
    status, page = get(site["base"], "/-/search?q=Banyuwangi")
    assert status == 200 and "/kunker/officials" in page and "/kunker/articles" in page


def test_official_entity_page(site):
    data = get_json(site["base"], "/kunker/-/official/off-budi.json")
    assert data["info"]["name"] == "Banyu Prasojo"
    assert [v["id"] for v in data["timeline"]] == ["visit-1", "visit-3"]
    assert data["timeline"][0]["sources"][0]["url"] == BY_KEY["serang-banyuwangi"]["url"]
    linked = {f'{g["kind"]}:{i["id"]}' for g in data["links"] for i in g["items"]}
    assert {"official:off-ani", "region:35.10", "program:prog-smart"} <= linked
    positions = next(g["items"] for g in data["links"] if g["kind"] is None)
    assert [p["label"] for p in positions] == ["Sekretaris Daerah"]
    assert "Kabupaten Serang" in positions[0]["detail"]
    status, page = get(site["base"], "/kunker/-/official/off-budi")
    assert status == 200
    assert 'href="/kunker/-/official/off-ani"' in page
    assert "<mark>Banyu Prasojo</mark>" in page
    assert f'href="{BY_KEY["serang-banyuwangi"]["url"]}"' in page
    assert f'href="/kunker/-/article/{site["aid"]["serang-banyuwangi"]}"' in page
    assert get(site["base"], "/kunker/-/official/no-such-person")[0] == 404


def test_region_and_program_entity_pages(site):
    region = get_json(site["base"], "/kunker/-/region/35.10.json")
    assert region["info"]["visits_hosted"] == sum(1 for v in VISITS if v[3] == "35.10")
    assert {v["id"] for v in region["timeline"]} == {v[0] for v in VISITS if "35.10" in (v[2], v[3])}
    partners = {i["id"] for g in region["links"] if g["kind"] == "region" for i in g["items"]}
    assert partners == {"36.04", "35.08"}
    program = get_json(site["base"], "/kunker/-/program/prog-smart.json")
    expected = visits_where(lambda v: "prog-smart" in v[8])
    assert [v["id"] for v in program["timeline"]] == [v[0] for v in expected]
    names = next(g["items"] for g in program["links"] if g["kind"] is None)
    assert [n["label"] for n in names] == ["Smart Dusun"]
    status, page = get(site["base"], "/kunker/-/program/prog-smart")
    assert status == 200 and 'href="/kunker/-/region/35.08"' in page


def test_entity_page_escapes_article_html(site):
    status, page = get(site["base"], "/kunker/-/region/13.71")
    assert status == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert(1)" not in page


def test_entity_page_for_an_id_with_slash_and_space(site):
    _, page = get(site["base"], "/kunker/programs")
    links = re.findall(r'href="(/kunker/-/program/[^"]+)"', page)
    odd = [link for link in links if "kota" in link]
    assert len(links) == len(PROGRAMS) and len(odd) == 1
    status, page = get(site["base"], odd[0])
    assert status == 200 and "Gerakan Kota/Desa Bersih" in page


def test_entity_names_link_to_entity_pages(site):
    _, page = get(site["base"], "/kunker/officials")
    assert 'href="/kunker/-/official/off-budi"' in page
    _, page = get(site["base"], "/kunker/mentions?entity_type=region")
    assert 'href="/kunker/-/region/13.71"' in page
    _, page = get(site["base"], "/kunker/official_links?official=Banyu")
    assert 'href="/kunker/-/official/off-ani"' in page and 'href="/kunker/-/visit/visit-1"' in page


def test_network_downloads(site):
    import networkx as nx

    data = get_json(site["base"], "/kunker/-/network.json")
    assert sum(e["weight"] for e in data["edges"]) == len(SHOWN_VISITS)  # low-confidence visits left out
    data = get_json(site["base"], "/kunker/-/network.json?confidence=all")
    assert sum(e["weight"] for e in data["edges"]) == len(VISITS)
    status, body = get(site["base"], "/kunker/-/network.csv?year=2024")
    lines = body.strip().splitlines()
    assert status == 200 and lines[0].startswith("source,source_name,target")
    assert len(lines) - 1 == len({(v[2], v[3]) for v in SHOWN_VISITS if v[4].startswith("2024")})
    for fmt, reader in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        status, body = get(site["base"], f"/kunker/-/network.{fmt}?program=Smart")
        assert status == 200
        graph = reader(io.BytesIO(body.encode("utf-8")))
        assert graph.is_directed()
        assert {(a, b): int(d["weight"]) for a, b, d in graph.edges(data=True)} == {
            ("36.04", "35.10"): 2, ("35.08", "35.10"): 1}
    status, page = get(site["base"], "/kunker/-/network?year=2023")
    assert status == 200 and "<svg" in page and "network.gexf?year=2023" in page
    assert "Kabupaten Kulon Progo" in page and "Kabupaten Lumajang" not in page.split("<svg")[1]


def test_query_past_time_limit_returns_error_and_server_lives(site):
    sql = "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"
    started = time.monotonic()
    status, body = get(site["base"], "/kunker.json?" + urllib.parse.urlencode({"sql": sql}), timeout=30)
    assert status == 400 and "too long" in body.lower()
    assert time.monotonic() - started < 20
    assert get(site["base"], "/-/versions.json")[0] == 200


def configured(name: str) -> dict:
    """A file of datasette_config/ as the plugin serving it reads it."""
    return yaml.safe_load((ROOT / "datasette_config" / name).read_text(encoding="utf-8"))


def test_every_canned_query_on_the_home_and_database_pages(site):
    names = [*configured("queries.yml"), "visit_network"]  # visit_network: plugins/kunker_network.py
    assert [q["name"] for q in get_json(site["base"], "/kunker.json")["queries"]] == names
    status, database_page = get(site["base"], "/kunker")
    assert status == 200
    listed = database_page[database_page.index('<h2 id="queries">'):]
    network = plugin("kunker_network").canned_queries(datasette=None, database="kunker")
    titles = {n: q["title"] for n, q in {**configured("queries.yml"), **network}.items()}
    for name in names:
        assert re.search(rf'<a href="/kunker/{name}" title="[^"]+">{re.escape(escape(titles[name]))}</a>',
                         listed), name
    status, home = get(site["base"], "/")
    assert status == 200
    for name in names:
        assert f'<a href="/kunker/{name}">' in home, name


def test_column_descriptions_where_users_read_them(site):
    """The table page lists every column's description; the row page shows it on the column's header."""
    described = configured("database.yml")["tables"]["visits"]["columns"]
    status, table_page = get(site["base"], "/kunker/visits")
    assert status == 200
    status, row_page = get(site["base"], "/kunker/visits/visit-1")
    assert status == 200
    for column, description in described.items():
        shown = escape(description)  # as Jinja's autoescaping writes it
        assert f"<dt>{column}</dt><dd>{shown}</dd>" in table_page, column
        header = f'data-column-description="{shown}" class="col-{column}"'
        assert header in row_page, column


def test_the_database_description_applies_to_every_database_name(tmp_path):
    """Another file name than kunker.db or demo.db is described and has the queries all the same; the metadata
    Datasette deep-copies for each permission check holds only the site."""
    db_path = tmp_path / "mysite.db"
    store.connect(db_path).conn.close()
    with InProcessSite(db_path) as other:
        meta = get_json(other, "/-/metadata.json")
        assert meta["databases"]["mysite"] == configured("database.yml")
        assert meta["databases"]["mysite"]["tables"]["articles"]["fts_table"] == "articles_fts"
        assert "official_links" in [q["name"] for q in get_json(other, "/mysite.json")["queries"]]
        assert "the visiting region" in get(other, "/mysite/visits")[1]
    assert not {"databases", "tables", "queries"} & set(serve.load_metadata())


@pytest.mark.parametrize("where", ["database", "table"])
def test_database_yml_setting_datasette_would_not_read_is_refused(tmp_path, where):
    database = configured("database.yml")
    (database if where == "database" else database["tables"]["visits"])["allow"] = {"id": "root"}
    path = tmp_path / "database.yml"
    path.write_text(yaml.safe_dump(database), encoding="utf-8")
    with pytest.raises(RuntimeError, match=r"database\.yml: .*allow would be ignored"):
        plugin("kunker_metadata").load_database(path)


def test_prepare_adds_missing_views_once(tmp_path):
    db_path = tmp_path / "kunker.db"
    db = store.connect(db_path)
    views.create_views(db)
    views.enable_search(db)
    db["visit_map"].drop()
    db.conn.close()
    assert serve.prepare(db_path) == ["visit_map", "entity_names", "search_aliases"]
    assert serve.prepare(db_path) == []


@pytest.mark.parametrize("path", [
    "/", "/kunker", "/kunker/visit_list", "/kunker/region_stats", "/kunker/visit_map", "/kunker/visit_edges",
    "/kunker/visits_hosted_by_region", "/kunker/visits_made_by_region",
    "/kunker/most_visited_regions_per_year",
    "/kunker/regions_learning_program", "/kunker/official_links", "/kunker/repeated_visit_pairs",
    "/kunker/crawl_health", "/kunker/visit_network", "/kunker/-/network", "/static/kunker.css",
])
def test_pages_answer(site, path):
    status, body = get(site["base"], path)
    assert status == 200, body[:300]


def test_home_page_starts_people_at_visits_network_and_questions(site):
    status, page = get(site["base"], "/")
    assert status == 200
    assert 'action="/kunker/-/search"' in page  # the forgiving search (kunker_room.py)
    for href in ("/kunker/-/visits", "/kunker/-/search", "/kunker/visit_list", "/kunker/-/network",
                 "/kunker/visit_map", "/kunker/region_stats",
                 "/kunker/visits_hosted_by_region", "/kunker/official_links", "/kunker/crawl_health"):
        assert f'href="{href}"' in page, href
    for href in ("/kunker/visit_list", "/kunker/-/network", "/kunker/official_links"):
        assert get(site["base"], href)[0] == 200, href
