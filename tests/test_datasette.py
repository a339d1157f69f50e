"""Publishing: the real ``kunker serve`` (Datasette) over a real SQLite file built from our own fixtures."""

from __future__ import annotations

import io
import json
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

import pytest

from kunker import db as store
from kunker import serve, views

ROOT = Path(__file__).resolve().parent.parent
STARTUP_SECONDS = 60

ARTICLES = [
    {
        "key": "serang-banyuwangi",
        "url": "https://serangkab.example/berita/studi-banding-banyuwangi",
        "title": "Sekda Serang Pimpin Studi Banding ke Banyuwangi",
        "published": "2024-03-12",
        "text": "Sekretaris Daerah Kabupaten Serang, Budi Santoso, memimpin sebelas pejabat dalam studi "
                "banding ke Kabupaten Banyuwangi untuk mempelajari program Smart Kampung. "
                "Rombongan diterima Asisten Pemerintahan Ani Rahayu di ruang rapat kantor bupati.",
    },
    {
        "key": "sleman-kulonprogo",
        "url": "https://slemankab.example/berita/kunker-kulon-progo",
        "title": "DPRD Sleman Kunjungi Kulon Progo Pelajari Pengelolaan Sampah",
        "published": "2023-11-02",
        "text": "Rombongan Komisi C DPRD Kabupaten Sleman melakukan kunjungan kerja ke Kabupaten Kulon Progo "
                "guna mempelajari program Bank Sampah Dusun.",
    },
    {
        "key": "script",
        "url": "https://padang.example/berita/skrip",
        "title": "Catatan Redaksi Tentang Kode",
        "published": "2022-05-20",
        "text": "<script>alert(1)</script> Redaksi Kota Padang menerima kiriman teks berisi kode yang harus "
                "tampil sebagai teks biasa, bukan sebagai perintah peramban.",
    },
    {
        "key": "serang-banyuwangi-2023",
        "url": "https://serangkab.example/berita/studi-tiru-2023",
        "title": "Pemkab Serang Studi Tiru Smart Kampung",
        "published": "2023-06-05",
        "text": "Budi Santoso kembali memimpin studi tiru Pemkab Serang ke Kabupaten Banyuwangi "
                "untuk mendalami Smart Kampung.",
    },
    {
        "key": "lumajang-banyuwangi",
        "url": "https://lumajangkab.example/berita/belajar-ke-banyuwangi",
        "title": "Wabup Lumajang Belajar Smart Kampung di Banyuwangi",
        "published": "2024-07-20",
        "text": "Wakil Bupati Lumajang Dewi Lestari bersama delapan kepala dinas melakukan studi banding ke "
                "Kabupaten Banyuwangi tentang Smart Kampung.",
    },
    {
        "key": "banyuwangi-serang",
        "url": "https://banyuwangikab.example/berita/balasan-ke-serang",
        "title": "Banyuwangi Balas Kunjungan ke Serang",
        "published": "2024-09-01",
        "text": "Pemkab Banyuwangi melakukan kunjungan kerja balasan ke Kabupaten Serang "
                "dipimpin Ani Rahayu.",
    },
    {
        "key": "padang-surabaya",
        "url": "https://padang.example/berita/studi-banding-surabaya",
        "title": "Pemkot Padang Studi Banding ke Surabaya",
        "published": "2024-02-01",
        "text": "Pemerintah Kota Padang melakukan studi banding ke Kota Surabaya untuk mempelajari "
                "Layanan Pintar Desa.",
    },
]
BY_KEY = {a["key"]: a for a in ARTICLES}

OFFICIALS = [
    {"id": "off-budi", "name": "Budi Santoso", "position": "Sekretaris Daerah", "region_code": "36.04"},
    {"id": "off-ani", "name": "Ani Rahayu", "position": "Asisten Pemerintahan", "region_code": "35.10"},
    {"id": "off-dewi", "name": "Dewi Lestari", "position": "Wakil Bupati", "region_code": "35.08"},
]
PROGRAMS = [
    {"id": "prog-smart", "name": "Smart Kampung", "region_code": "35.10"},
    {"id": "prog-sampah", "name": "Bank Sampah Dusun", "region_code": "34.01"},
    {"id": "prog-lpd", "name": "Layanan Pintar Desa", "region_code": None},
    {"id": "prog kota/desa", "name": "Gerakan Kota/Desa Bersih", "region_code": None},  # id needing encoding
]
# (id, article key, visitor, host, date, kind, leader id, size, programs, (official, role) pairs)
VISITS = [
    ("visit-1", "serang-banyuwangi", "36.04", "35.10", "2024-03-12", "studi banding", "off-budi", 11,
     ["prog-smart"], [("off-budi", "leader"), ("off-ani", "host")]),
    ("visit-2", "sleman-kulonprogo", "34.04", "34.01", "2023-11-02", "kunjungan kerja", None, None,
     ["prog-sampah"], []),
    ("visit-3", "serang-banyuwangi-2023", "36.04", "35.10", "2023-06-05", "studi tiru", "off-budi", None,
     ["prog-smart"], [("off-budi", "leader")]),
    ("visit-4", "lumajang-banyuwangi", "35.08", "35.10", "2024-07-20", "studi banding", "off-dewi", 9,
     ["prog-smart"], [("off-dewi", "leader")]),
    ("visit-5", "banyuwangi-serang", "35.10", "36.04", "2024-09-01", "kunjungan kerja", "off-ani", None,
     [], [("off-ani", "leader")]),
    ("visit-6", "padang-surabaya", "13.71", "35.78", "2024-02-01", "studi banding", None, None,
     ["prog-lpd"], []),
]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def kunker_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "kunker.cli", *args]


def sentence_of(text: str, needle: str) -> tuple[str, int, int]:
    """The sentence of ``text`` containing ``needle``, with its offsets."""
    at = text.index(needle)
    start = text.rfind(". ", 0, at) + 2 if text.rfind(". ", 0, at) >= 0 else 0
    end = text.find(". ", at)
    end = len(text) if end < 0 else end + 1
    return text[start:end], start, end


def mention(article_id: int, text: str, entity_type: str, entity_id: str, words: str) -> dict:
    sentence, _, _ = sentence_of(text, words)
    start = text.index(words)
    return {"id": f"m-{article_id}-{entity_type}-{entity_id}", "article_id": article_id,
            "entity_type": entity_type, "entity_id": entity_id, "start": start, "end": start + len(words),
            "text": words, "sentence": sentence}


def build_fixture_db(path: Path) -> dict[str, object]:
    """A small kunker database: our own articles, officials, programs, visits, mentions and crawl runs."""
    db = store.connect(path)
    views.enable_search(db)
    views.create_views(db)
    store.upsert_source(db, "serangkab", "https://serangkab.example/berita", "36.04", "pemkab")
    store.upsert_source(db, "slemankab", "https://slemankab.example/berita", "34.04", "pemkab")
    for article in ARTICLES:
        source = "slemankab" if article["key"] == "sleman-kulonprogo" else "serangkab"
        fields = {k: v for k, v in article.items() if k != "key"}
        assert store.upsert_article(db, {**fields, "source": source}) == "new"
    ids = {row["url"]: row["id"] for row in db.query("SELECT id, url FROM articles")}
    aid = {a["key"]: ids[a["url"]] for a in ARTICLES}
    names = {o["id"]: o["name"] for o in OFFICIALS} | {p["id"]: p["name"] for p in PROGRAMS}
    mentions = []
    with db.conn:
        db["officials"].insert_all(OFFICIALS, pk="id")
        db["programs"].insert_all(PROGRAMS, pk="id")
        for vid, key, visitor, host, date, kind, leader, size, programs, roles in VISITS:
            text = BY_KEY[key]["text"]
            sentence, start, end = sentence_of(text, text.split(" ")[1])
            db["visits"].insert({
                "id": vid, "visitor_code": visitor, "host_code": host, "date": date, "kind": kind,
                "leader_id": leader, "leader": names.get(leader), "delegation_size": size,
                "evidence": sentence, "article_count": 1}, pk="id")
            db["visit_articles"].insert({"visit_id": vid, "article_id": aid[key], "sentence": sentence,
                                         "start": start, "end": end})
            for program in programs:
                db["visit_programs"].insert({"visit_id": vid, "program_id": program, "article_id": aid[key]})
                mentions.append(mention(aid[key], text, "program", program, names[program]))
            for official, role in roles:
                db["visit_officials"].insert({"visit_id": vid, "official_id": official, "role": role,
                                              "article_id": aid[key]})
                mentions.append(mention(aid[key], text, "official", official, names[official]))
        script = BY_KEY["script"]["text"]
        mentions.append(mention(aid["script"], script, "region", "13.71", "Kota Padang"))
        db["mentions"].upsert_all(mentions, pk="id")
        db.conn.execute(
            "UPDATE officials SET "
            "first_seen = (SELECT min(a.published) FROM mentions m JOIN articles a ON a.id = m.article_id "
            "  WHERE m.entity_type = 'official' AND m.entity_id = officials.id), "
            "last_seen = (SELECT max(a.published) FROM mentions m JOIN articles a ON a.id = m.article_id "
            "  WHERE m.entity_type = 'official' AND m.entity_id = officials.id)")
        db["crawl_runs"].insert_all([
            {"id": "run-1", "source": "serangkab", "started": "2024-10-01T01:00:00+00:00",
             "finished": "2024-10-01T01:05:00+00:00", "status": "ok", "entry_method": "listing",
             "pages": 40, "articles_new": 5, "articles_updated": 0, "errors": 0},
            {"id": "run-2", "source": "serangkab", "started": "2024-10-02T01:00:00+00:00",
             "finished": "2024-10-02T01:04:00+00:00", "status": "partial", "entry_method": "listing",
             "pages": 38, "articles_new": 1, "articles_updated": 1, "errors": 1},
            {"id": "run-3", "source": "slemankab", "started": "2024-10-02T02:00:00+00:00",
             "finished": "2024-10-02T02:00:30+00:00", "status": "failed", "entry_method": "listing",
             "pages": 1, "articles_new": 0, "articles_updated": 0, "errors": 2},
        ], pk="id")
        db["crawl_errors"].insert_all([
            {"id": "err-1", "run_id": "run-2", "source": "serangkab", "url": "https://serangkab.example/x",
             "reason": "HTTP 404", "at": "2024-10-02T01:02:00+00:00"},
            {"id": "err-2", "run_id": "run-3", "source": "slemankab", "url": "https://slemankab.example/",
             "reason": "HTTP 503", "at": "2024-10-02T02:00:10+00:00"},
            {"id": "err-3", "run_id": "run-3", "source": "slemankab", "url": "https://slemankab.example/a",
             "reason": "timeout", "at": "2024-10-02T02:00:20+00:00"},
        ], pk="id")
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return {"article_ids": ids, "aid": aid}


def get(base: str, path: str, timeout: float = 10) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(base + path, timeout=timeout) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def get_json(base: str, path: str) -> object:
    status, body = get(base, path)
    assert status == 200, f"{path}: HTTP {status}: {body[:300]}"
    return json.loads(body)


def wait_until_ready(proc: subprocess.Popen, base: str) -> None:
    """Poll /-/versions.json until the server answers; fail if it exits or takes too long."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"kunker serve exited with {proc.returncode}: {proc.stderr.read()}")
        try:
            with urllib.request.urlopen(base + "/-/versions.json", timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        try:  # wait for the process to exit, at most a poll interval
            proc.wait(timeout=0.2)
        except subprocess.TimeoutExpired:
            pass
    raise AssertionError(f"kunker serve did not answer within {STARTUP_SECONDS} s")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The real server over the fixture database, stopped at the end of the module."""
    db_path = tmp_path_factory.mktemp("publish") / "kunker.db"
    info = build_fixture_db(db_path)
    port = free_port()
    proc = subprocess.Popen(kunker_cmd("serve", "--db", str(db_path), "--port", str(port)), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(proc, base)
        yield {"base": base, "db": db_path, **info}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


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
    assert visit["leader_id"] == {"value": "off-budi", "label": "Budi Santoso"}
    links = get_json(site["base"], "/kunker/visit_programs.json?visit_id=visit-1&_labels=on&_shape=array")
    assert links[0]["program_id"]["label"] == "Smart Kampung"
    article = BY_KEY["serang-banyuwangi"]
    assert links[0]["article_id"] == {"value": site["aid"]["serang-banyuwangi"], "label": article["title"]}


def test_script_in_article_text_is_escaped_in_html(site):
    article_id = site["aid"]["script"]
    for path in (f"/kunker/articles/{article_id}", "/kunker/articles?_search=redaksi"):
        status, page = get(site["base"], path)
        assert status == 200
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        assert "<script>alert(1)</script>" not in page


def test_serve_missing_database_exits_2_with_one_line(tmp_path):
    missing = tmp_path / "nothing.db"
    proc = subprocess.run(kunker_cmd("serve", "--db", str(missing), "--port", str(free_port())), cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and str(missing) in lines[0]
    assert not missing.exists()


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
    assert rows[0]["programs"] == "Smart Kampung" and rows[0]["leader"] == "Budi Santoso"


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
    rows = query(site, "regions_learning_program", program="smart kampung")
    expected = visits_where(lambda v: "prog-smart" in v[8])
    assert [r["visit_id"] for r in rows] == [v[0] for v in expected]
    assert {r["visitor"] for r in rows} == {"Kabupaten Serang", "Kabupaten Lumajang"}
    assert all(r["article_url"] == BY_KEY[v[1]]["url"] for r, v in zip(rows, expected, strict=True))


def test_canned_query_everything_linked_to_an_official(site):
    rows = query(site, "official_links", official="Budi Santoso")
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


def test_region_stats_and_map(site):
    rows = get_json(site["base"], "/kunker/region_stats.json?visits_hosted__gt=0&_shape=array")
    assert {r["code"]: r["visits_hosted"] for r in rows} == dict(Counter(v[3] for v in VISITS))
    status, page = get(site["base"], "/kunker/visit_map")
    assert status == 200 and "datasette-cluster-map" in page
    rows = get_json(site["base"], "/kunker/visit_map.json?_shape=array")
    assert len(rows) == len(VISITS) and all(r["latitude"] and r["longitude"] for r in rows)


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
    assert data["info"]["name"] == "Budi Santoso"
    assert [v["id"] for v in data["timeline"]] == ["visit-1", "visit-3"]
    assert data["timeline"][0]["sources"][0]["url"] == BY_KEY["serang-banyuwangi"]["url"]
    linked = {g["kind"] + ":" + str(i["id"]) for g in data["links"] for i in g["items"]}
    assert {"official:off-ani", "region:35.10", "program:prog-smart"} <= linked
    status, page = get(site["base"], "/kunker/-/official/off-budi")
    assert status == 200
    assert 'href="/kunker/-/official/off-ani"' in page
    assert "<mark>Budi Santoso</mark>" in page
    assert f'href="{BY_KEY["serang-banyuwangi"]["url"]}"' in page
    assert f'href="/kunker/articles/{site["aid"]["serang-banyuwangi"]}"' in page
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
    _, page = get(site["base"], "/kunker/official_links?official=Budi")
    assert 'href="/kunker/-/official/off-ani"' in page and 'href="/kunker/visits/visit-1"' in page


def test_network_downloads(site):
    import networkx as nx

    data = get_json(site["base"], "/kunker/-/network.json")
    assert sum(e["weight"] for e in data["edges"]) == len(VISITS)
    status, body = get(site["base"], "/kunker/-/network.csv?year=2024")
    lines = body.strip().splitlines()
    assert status == 200 and lines[0].startswith("source,source_name,target")
    assert len(lines) - 1 == len({(v[2], v[3]) for v in VISITS if v[4].startswith("2024")})
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


def test_metadata_for_other_database_names():
    meta = serve.metadata_for("mysite")
    assert meta["databases"]["mysite"]["tables"]["articles"]["fts_table"] == "articles_fts"
    assert "official_links" in meta["databases"]["mysite"]["queries"]
    assert serve.load_metadata()["databases"]["demo"] == serve.load_metadata()["databases"]["kunker"]


def test_prepare_adds_missing_views_once(tmp_path):
    db_path = tmp_path / "kunker.db"
    db = store.connect(db_path)
    views.create_views(db)
    views.enable_search(db)
    db["visit_map"].drop()
    db.conn.close()
    assert serve.prepare(db_path) == ["visit_map"]
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
