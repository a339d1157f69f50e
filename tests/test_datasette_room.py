"""The reading room (datasette_config/plugins/kunker_room.py) and the site's hardening, through Datasette in
this process: visits page, visit page, article view, forgiving search, canned queries, evidence once, CSP,
bounded SQL values, http-only links, ``kunker serve`` on a database that is not kunker's."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import subprocess
import time
import urllib.parse

import pytest
import yaml
from datasette.tracer import capture_traces
from datasette_helpers import (
    ARTICLES,
    BY_KEY,
    LOW_VISITS,
    ROOT,
    SHOWN_VISITS,
    VISITS,
    InProcessSite,
    build_fixture_db,
    free_port,
    get,
    get_json,
    kunker_cmd,
)

from kunker import serve


@pytest.fixture
def site(fixture_site):
    """kunker's Datasette in this process over the shared fixture database (tests/conftest.py)."""
    return fixture_site


def visit_ids(site, query: str = "") -> list[str]:
    return [r["id"] for r in get_json(site["base"], f"/kunker/-/visits.json{query}")["rows"]]


def newest_first(visits) -> list[str]:
    return [v[0] for v in sorted(visits, key=lambda v: v[4], reverse=True)]


def test_visits_page_leaves_out_low_confidence_unless_asked(site):
    assert visit_ids(site) == newest_first(SHOWN_VISITS)
    assert visit_ids(site, "?confidence=all") == newest_first(VISITS)
    assert visit_ids(site, "?confidence=low") == sorted(LOW_VISITS)
    status, page = get(site["base"], "/kunker/-/visits?confidence=all")
    assert status == 200
    low = re.search(r'<li class="visit-row low">(.*?)</li>', page, re.S).group(1)
    assert "/-/visit/visit-7" in low and "rendah / low" in low


@pytest.mark.parametrize("query, keep", [
    ("?year=2023", lambda v: v[4].startswith("2023")),
    ("?province=35", lambda v: v[2].startswith("35") or v[3].startswith("35")),
    ("?region=Banyuwangi", lambda v: "35.10" in (v[2], v[3])),
    ("?region=36.04", lambda v: "36.04" in (v[2], v[3])),
    ("?kind=studi+banding", lambda v: v[5] == "studi banding"),
    ("?program=smart", lambda v: "prog-smart" in v[8]),
    ("?program=prog-lpd&year=2024", lambda v: "prog-lpd" in v[8] and v[4].startswith("2024")),
])
def test_visits_page_filters(site, query, keep):
    expected = newest_first(v for v in SHOWN_VISITS if keep(v))
    assert expected and visit_ids(site, query) == expected
    data = get_json(site["base"], f"/kunker/-/visits.json{query}")
    assert data["total"] == len(expected)


def test_program_filter_reaches_visits_through_the_program_index(site):
    """The matching programs first, then their visits by index: no pass over every visit_programs row."""
    async def traced():
        tracer: list[dict] = []
        with capture_traces(tracer):
            await site["base"].datasette.client.get("/kunker/-/visits.json?program=smart")
        return [t for t in tracer if t["type"] == "sql" and "count(*)" in t["sql"]]

    (count,) = site["base"].loop.run_until_complete(traced())
    conn = sqlite3.connect(site["db"])
    plan = [row[3] for row in conn.execute("explain query plan " + count["sql"], count["params"])]
    conn.close()
    assert any("x USING INDEX idx_visit_programs_program_id" in step for step in plan), plan
    assert not any(step.startswith("SCAN x") for step in plan), plan


def test_visits_page_sorting_and_paging(site):
    oldest = [v[0] for v in sorted(SHOWN_VISITS, key=lambda v: v[4])]
    assert visit_ids(site, "?sort=date_asc") == oldest
    pages = [visit_ids(site, f"?sort=date_asc&size=2&page={n}") for n in (1, 2, 3, 4)]
    assert [i for p in pages for i in p] == oldest and [len(p) for p in pages] == [2, 2, 2, 0]
    _, page = get(site["base"], "/kunker/-/visits?sort=date_asc&size=2&page=2")
    assert 'href="/kunker/-/visits?sort=date_asc&amp;size=2&amp;page=3"' in page
    assert 'href="/kunker/-/visits?sort=date_asc&amp;size=2"' in page  # previous: page 1
    reports = get_json(site["base"], "/kunker/-/visits.json?sort=reports")["rows"]
    assert [r["reports"] for r in reports] == sorted((r["reports"] for r in reports), reverse=True)


def test_visits_downloads_hold_exactly_what_is_shown(site):
    query = "?province=35&sort=date_asc&size=2&page=2"
    _, page = get(site["base"], f"/kunker/-/visits{query}")
    shown = re.findall(r'id <a href="/kunker/-/visit/([^"]+)"', page)
    assert len(shown) == 2
    assert [r["id"] for r in get_json(site["base"], f"/kunker/-/visits.json{query}")["rows"]] == shown
    status, body = get(site["base"], f"/kunker/-/visits.csv{query}")
    table = list(csv.DictReader(io.StringIO(body)))
    assert status == 200 and [r["id"] for r in table] == shown
    header = body.splitlines()[0].split(",")
    assert header[:4] == ["date", "visitor", "visitor_province", "host"] and header.index("id") > 10
    first = next(v for v in VISITS if v[0] == shown[0])
    assert table[0]["date"] == first[4] and table[0]["host_code"] == first[3]


def test_visits_page_reads_as_a_list_with_names_first(site):
    _, page = get(site["base"], "/kunker/-/visits")
    row = re.search(r'<li class="visit-row">(.*?)</li>', page, re.S).group(1)
    newest = max(SHOWN_VISITS, key=lambda v: v[4])
    text = re.sub(r"<[^>]+>", " ", row)
    assert text.index(newest[4]) < text.index("Kabupaten Banyuwangi") < text.index(newest[0])  # id last
    for label in ("Tahun / year", "Provinsi / province", "Daerah / region", "Jenis / kind", "Program",
                  "Keyakinan / confidence", "Urutkan / sort"):
        assert label in page, label


def test_visit_page(site):
    status, page = get(site["base"], "/kunker/-/visit/visit-1")
    assert status == 200
    article = BY_KEY["serang-banyuwangi"]
    aid = site["aid"]["serang-banyuwangi"]
    assert page.count("memimpin sebelas pejabat dalam studi banding") == 1  # evidence once
    assert '<a href="/kunker/-/official/off-budi"><mark class="ent ent-official">Banyu Prasojo</mark></a>' in page
    assert '<a href="/kunker/-/program/prog-smart"><mark class="ent ent-program">Smart Dusun</mark></a>' in page
    assert f'href="/kunker/-/article/{aid}"' in page and f'href="{article["url"]}"' in page
    visiting = page.split("Pejabat pengunjung / visiting officials")[1].split("Pejabat tuan rumah")[0]
    hosting = page.split("Pejabat tuan rumah / host officials")[1].split("<h2")[0]
    assert "off-budi" in visiting and "off-ani" not in visiting
    assert "off-ani" in hosting and "off-budi" not in hosting
    assert '<svg class="visit-map"' in page and 'class="visitor"' in page and 'class="host"' in page
    for href in ("/kunker/-/region/36.04", "/kunker/-/region/35.10", "/kunker/-/visit/visit-3",
                 "/kunker/-/network", "/kunker/-/visits?region=35.10"):
        assert f'href="{href}"' in page, href
    assert "tinggi / high" in page
    data = get_json(site["base"], "/kunker/-/visit/visit-1.json")
    assert data["visit"]["host"] == "Kabupaten Banyuwangi" and [p["id"] for p in data["programs"]] == ["prog-smart"]
    assert get(site["base"], "/kunker/-/visit/no-such-visit")[0] == 404


def test_article_view(site):
    aid = site["aid"]["serang-banyuwangi"]
    status, page = get(site["base"], f"/kunker/-/article/{aid}")
    article = BY_KEY["serang-banyuwangi"]
    assert status == 200
    assert f"<h1>{article['title']}</h1>" in page and "serangkab" in page and article["published"] in page
    assert '<a href="/kunker/-/official/off-budi"><mark class="ent ent-official">Banyu Prasojo</mark></a>' in page
    assert "Rombongan diterima Asisten Pemerintahan" in page
    assert 'href="/kunker/-/visit/visit-1"' in page
    assert "penanda / tagger" in page
    assert get(site["base"], "/kunker/-/article/999999")[0] == 404


@pytest.mark.parametrize("path", [
    "/kunker/-/article/{rujukan}", "/kunker/-/visit/visit-7", "/kunker/-/region/35.73",
    "/kunker/-/search?q=rujukan", "/kunker/articles", "/kunker/articles/{rujukan}",
])
def test_javascript_url_is_never_a_link(site, path):
    status, page = get(site["base"], path.format(rujukan=site["aid"]["rujukan"]))
    assert status == 200
    assert not re.search(r"href=[\"']?\s*javascript:", page, re.I)
    if "-/" in path and "search" not in path:
        assert 'class="url-text"' in page  # the address shown as text


@pytest.mark.parametrize("q, article_keys, shows", [
    ("Sekda Kab. Banyuwangi", ["serang-banyuwangi"], ["<mark>Sekretaris Daerah</mark>", "Sekda → Sekretaris Daerah",
                                                     "level word, left out"]),
    ("Banyuwang", None, ["<mark>Banyuwangi</mark>"]),
    ("Pemkot Padang", ["padang-surabaya", "script"], ["<mark>Padang</mark>"]),
    ("Salatga", [], ["did you mean", 'href="/kunker/-/search?q=Salatiga"', 'href="/kunker/-/region/33.73"']),
    ("Smart Dusunn", [], ['href="/kunker/-/search?q=Smart+Dusun"']),
    ("Jatim", [], ["Jatim → Provinsi Jawa Timur", 'href="/kunker/-/region/35"']),
])
def test_search_forgives(site, q, article_keys, shows):
    status, page = get(site["base"], "/kunker/-/search?" + urllib.parse.urlencode({"q": q}))
    assert status == 200
    for text in shows:
        assert text in page, text
    data = get_json(site["base"], "/kunker/-/search.json?" + urllib.parse.urlencode({"q": q}))
    ids = {a["id"] for a in data["articles"]}
    if article_keys is None:
        article_keys = [a["key"] for a in ARTICLES if "Banyuwangi" in a["title"] + a["text"]]
    assert ids == {site["aid"][k] for k in article_keys}
    assert data["count"] == len(ids)


@pytest.mark.parametrize("q", ['"', "*", "AND (", "NEAR(", "a" * 500, "\u0000x", "'; drop table articles"])
def test_search_survives_odd_input(site, q):
    status, page = get(site["base"], "/kunker/-/search?" + urllib.parse.urlencode({"q": q}))
    assert status == 200 and "Cari / search" in page


def test_canned_query_opens_with_title_description_and_form(site):
    meta = yaml.safe_load(serve.QUERIES.read_text(encoding="utf-8"))["visits_hosted_by_region"]
    status, page = get(site["base"], "/kunker/visits_hosted_by_region?region=Banyuwangi")
    assert status == 200
    assert re.search(r"<title>(.*?)</title>", page, re.S).group(1).strip() == meta["title"]
    order = [page.index(meta["description"]), page.index('name="region"'), page.index("show SQL"),
             page.index("from visit_list")]
    assert order == sorted(order)
    assert re.search(r"<details class=\"show-sql\">\s*<summary>[^<]*show SQL</summary>\s*<pre", page)
    assert page.index("<table") > page.index("show SQL")


def test_evidence_sentence_once_with_all_highlights(tmp_path):
    db_path = tmp_path / "kunker.db"
    info = build_fixture_db(db_path)
    conn = sqlite3.connect(db_path)
    aid = info["aid"]["script"]
    text = conn.execute("SELECT text FROM articles WHERE id = ?", (aid,)).fetchone()[0]
    sentence = "Redaksi Kota Padang dan warga Padang menulis tentang Padang."
    tests = [f"Kalimat uji {i} tentang Padang." for i in range(12)]
    text = " ".join([text, sentence, *tests])  # each sentence stored once, in the article; mentions point at it
    rows = []
    for i, words in enumerate(["Kota Padang", "warga Padang", "tentang Padang"]):
        at, start = text.index(sentence), text.index(sentence) + sentence.index(words)
        rows.append((f"x-{i}", aid, "region", "13.71", start, start + len(words), words, at, at + len(sentence)))
    for i, test in enumerate(tests):
        at = text.index(test)
        start = at + test.index("Padang")
        rows.append((f"y-{i}", aid, "region", "13.71", start, start + 6, "Padang", at, at + len(test)))
    with conn:
        conn.execute("UPDATE articles SET text = ? WHERE id = ?", (text, aid))
        conn.executemany("INSERT INTO mentions (id, article_id, entity_type, entity_id, start, [end], text, "
                         "sentence_start, sentence_end, tagger_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'test')",
                         rows)
    conn.close()
    with InProcessSite(db_path) as inprocess:
        _, page = get(inprocess, "/kunker/-/region/13.71")
    quoted = re.findall(r"“(Redaksi <mark>.*?)”", page)
    assert len(quoted) == 1
    assert quoted[0].count("<mark>") == 3
    assert re.search(r"<summary>\d+ lagi / more</summary>", page)
    before, more = page.split('<details class="more">')
    assert before.count("Kalimat uji") + more.count("Kalimat uji") == 12 and 0 < before.count("Kalimat uji") < 12


@pytest.mark.parametrize("path", ["/", "/kunker", "/kunker/articles", "/kunker/-/visits", "/kunker/-/visits.json",
                                  "/kunker/-/search?q=x", "/static/kunker.css", "/kunker/-/nothing-here"])
def test_content_security_policy_on_every_page(site, path):
    status, _, headers = site["base"].request(path)
    policy = headers.get("content-security-policy", "")
    assert "default-src 'self'" in policy and "object-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert headers.get("x-content-type-options") == "nosniff"


def test_heavy_function_call_is_refused_quickly(site):
    sql = "select length(hex(randomblob(400000000)))"
    started = time.monotonic()
    status, body = get(site["base"], "/kunker.json?" + urllib.parse.urlencode({"sql": sql}))
    assert status == 400 and "too big" in body
    assert time.monotonic() - started < 1.5
    assert get(site["base"], "/kunker.json?sql=" + urllib.parse.quote("select length(hex(randomblob(1000)))"))[0] == 200


def not_kunkers(path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()


# (case id, file name, how the file is made (None: there is none), what the stderr line says besides the path)
BAD_DATABASES = [
    ("missing", "nothing.db", None, ""),
    ("not kunker's", "other.db", not_kunkers, "not a kunker database"),
    ("not sqlite", "junk.db", lambda path: path.write_bytes(b"not sqlite at all" * 100), ""),
]


@pytest.mark.parametrize(("name", "make", "says"), [c[1:] for c in BAD_DATABASES], ids=[c[0] for c in BAD_DATABASES])
def test_serve_refuses_a_database_it_cannot_serve(tmp_path, name, make, says):
    """`kunker serve` as a process: exit 2 with one line naming the database, which is left as it was."""
    path = tmp_path / name
    if make:
        make(path)
    before = path.read_bytes() if path.exists() else None
    proc = subprocess.run(kunker_cmd("serve", "--db", str(path), "--port", str(free_port())), cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2 and len(lines) == 1, proc.stderr
    assert says in lines[0] and str(path) in lines[0]
    assert "added" not in proc.stdout
    assert (path.read_bytes() if path.exists() else None) == before


def test_menu_and_home_lead_to_the_reading_room(site):
    _, page = get(site["base"], "/kunker/-/visits")
    assert 'href="/kunker/-/search"' in page and 'href="/kunker/-/network"' in page
    data = json.loads(get(site["base"], "/kunker/-/visits.json")[1])
    assert data["filters"]["confidence"] == ""


def test_year_filter_ignores_absurd_dates(tmp_path):
    db_path = tmp_path / "kunker.db"
    build_fixture_db(db_path)
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE visits SET date = '9999-12-31' WHERE id = 'visit-2'")
    conn.close()
    with InProcessSite(db_path) as inprocess:
        _, page = get(inprocess, "/kunker/-/visits")
    select = re.search(r'<select name="year">(.*?)</select>', page, re.S).group(1)
    assert re.findall(r'<option value="(\d+)"', select) == ["2024", "2023"]


def test_article_titles_in_tables_open_the_reading_view(site):
    aid = site["aid"]["sleman-kulonprogo"]
    # a sort keeps Datasette's table page (a plain ?_search= redirects to the reading room's search)
    _, page = get(site["base"], "/kunker/articles?_sort=published&_search=" + urllib.parse.quote("bank sampah"))
    title = BY_KEY["sleman-kulonprogo"]["title"]
    assert f'<a href="/kunker/-/article/{aid}">{title}</a>' in page


def test_long_timelines_collapse_behind_n_more(tmp_path):
    db_path = tmp_path / "kunker.db"
    build_fixture_db(db_path)
    conn = sqlite3.connect(db_path)
    with conn:
        conn.executemany("INSERT INTO visits (id, visitor_code, host_code, date, article_count) VALUES (?, ?, ?, ?, 1)",
                         [(f"extra-{i}", "13.71", "35.78", f"2020-01-{i + 1:02d}") for i in range(25)])
    conn.close()
    with InProcessSite(db_path) as inprocess:
        _, page = get(inprocess, "/kunker/-/region/35.78")
    shown, hidden = page.split('<details class="more"><summary>', 1)
    total = 25 + sum(1 for v in VISITS if "35.78" in (v[2], v[3]))
    assert shown.count('<li class="visit') == 20 and hidden.startswith(f"{total - 20} kunjungan lagi / more visits")
    assert hidden.count('<li class="visit') == total - 20


def test_visits_by_region_queries_page_by_100_with_links(tmp_path):
    """A busy host's canned query shows 100 visits a page (rendering 1,000 rows took ~300 ms at 100,000
    articles); the pages follow on, newest first, and link to each other."""
    db_path = tmp_path / "kunker.db"
    build_fixture_db(db_path)
    conn = sqlite3.connect(db_path)
    with conn:
        conn.executemany("INSERT INTO visits (id, visitor_code, host_code, date, article_count) VALUES (?, ?, ?, ?, 1)",
                         [(f"busy-{i:03d}", "13.71", "35.78", f"20{10 + i // 28 % 10}-02-{1 + i % 28:02d}")
                          for i in range(230)])
    expected = [r[0] for r in conn.execute("select id from visits where host_code = '35.78' "
                                           "order by date desc, id desc")]
    conn.close()
    with InProcessSite(db_path) as inprocess:
        pages = [get_json(inprocess, f"/kunker/visits_hosted_by_region.json?_shape=array&region=35.78&page={n}")
                 for n in (1, 2, 3, 4)]
        html = {n: get(inprocess, f"/kunker/visits_hosted_by_region?region=35.78&page={n}")[1] for n in (1, 3)}
        made = get_json(inprocess, "/kunker/visits_made_by_region.json?_shape=array&region=13.71")
    assert len(expected) > 200 and [len(p) for p in pages] == [100, 100, len(expected) - 200, 0]
    assert [r["visit_id"] for p in pages for r in p] == expected
    assert 'rel="next" href="/kunker/visits_hosted_by_region?region=35.78&amp;page=2"' in html[1]
    assert 'rel="prev"' not in html[1]
    assert 'rel="prev" href="/kunker/visits_hosted_by_region?region=35.78&amp;page=2"' in html[3]
    assert 'rel="next"' not in html[3]
    assert len(made) == 100 and made[0]["date"] >= made[-1]["date"]


def test_sentence_views_are_read_by_index(site):
    """Pages read sentences through the views ``mention_sentences`` / ``visit_article_sentences``; SQLite must
    fold them into each query (look rows up by index), never build a whole view or scan a table."""
    conn = sqlite3.connect(site["db"])
    visit, article = conn.execute("select visit_id, article_id from visit_articles where start is not null").fetchone()
    official = conn.execute("select entity_id from mentions where entity_type = 'official'").fetchone()[0]
    region, program = conn.execute("select host_code, program_id from visits join visit_programs on visit_id = id"
                                   ).fetchone()
    paths = [f"/kunker/-/visit/{visit}", f"/kunker/-/article/{article}", f"/kunker/-/official/{official}",
             f"/kunker/-/region/{region}", f"/kunker/-/program/{program}"]

    async def traced():
        tracer: list[dict] = []
        with capture_traces(tracer):
            for path in paths:
                assert (await site["base"].datasette.client.get(path)).status_code == 200, path
        return [t for t in tracer if t["type"] == "sql" and "_sentences" in t["sql"]]

    queries = site["base"].loop.run_until_complete(traced())
    assert len(queries) >= 5
    for query in queries:
        plan = [row[3] for row in conn.execute("explain query plan " + query["sql"], query["params"] or {})]
        scans = [s for s in plan if s.startswith(("SCAN", "MATERIALIZE")) and not re.match(
            r"(SCAN|MATERIALIZE) (recent|these|\(subquery-\d+\))$", s)]
        assert not scans, (query["sql"], plan)
    conn.close()
