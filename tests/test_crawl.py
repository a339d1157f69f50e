"""Real Scrapy crawls of a local Indonesian-news-style site (tests/sites/pemkab) into a real SQLite file.

The site has a home page, a listing with three pages of pagination, eight articles in three layouts
(WordPress, a custom CMS, Joomla K2) full of menus, share buttons, related posts and comment forms, a
robots.txt that disallows /internal/, and one article URL that always answers 500.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sites.server import SITES, SiteServer

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = json.loads((SITES / "pemkab" / "expected.json").read_text(encoding="utf-8"))
SOURCE = EXPECTED["source"]
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "RETRY_TIMES=1"]
DISCOVERY_PROBES = ("/wp-json/wp/v2/posts", "/feed", "/sitemap.xml", "/sitemap_index.xml", "/wp-sitemap.xml",
                    "/news-sitemap.xml")
BOILERPLATE = ("Beranda", "Profil Daerah", "Bagikan", "Facebook", "WhatsApp", "Tweet", "Tinggalkan",
               "Komentar", "Kirim", "Mantap pak bupati", "Rogojampi", "Terkait", "Berita Terbaru",
               "Berita Lainnya", "Pengumuman", "Baca juga", "Hak cipta", "Admin Humas", "Ditulis oleh",
               "trackPageView", "Melayani dengan sepenuh hati", "Tag:", "sebelumnya", "email")


def crawl(site: SiteServer, db: Path, tmp: Path, *settings: str) -> subprocess.CompletedProcess:
    sources = tmp / "sources.yml"
    sources.write_text(f'- name: "{SOURCE}"\n  url: "{site.url("/")}"\n  region: "35.10"\n', encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "crawler.runner", "--sources", str(sources), "--db", str(db),
         *FAST, *settings],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )


def rows(db: Path, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def path_of(url: str, site: SiteServer) -> str:
    assert url.startswith(site.url("")), url
    return url[len(site.url("")):]


@pytest.fixture(scope="module")
def first_crawl(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("crawl")
    with SiteServer("pemkab", statuses={EXPECTED["broken"]: 500}) as site:
        result = crawl(site, tmp / "kunker.db", tmp)
        yield site, tmp / "kunker.db", result, site.paths()


def test_crawl_finishes_and_reports(first_crawl):
    _, _, result, _ = first_crawl
    assert result.returncode == 0, result.stderr[-3000:]
    assert SOURCE in result.stdout and "total" in result.stdout
    assert "crawl: " in result.stderr and "pages/s" in result.stderr


def test_every_article_stored_once_with_exact_fields(first_crawl):
    site, db, _, _ = first_crawl
    stored = rows(db, "SELECT * FROM articles ORDER BY url")
    by_path = {path_of(r["url"], site): r for r in stored}
    assert len(by_path) == len(stored) == len(EXPECTED["articles"])
    for expected in EXPECTED["articles"]:
        row = by_path[expected["path"]]
        assert row["title"] == expected["title"], expected["path"]
        assert row["published"] == expected["published"], expected["path"]
        assert row["text"] == expected["text"], expected["path"]
        assert row["source"] == SOURCE
        assert row["canonical_url"] == row["url"]
        assert "?" not in row["url"]  # the listing's utm_ tracking parameters are dropped


def test_boilerplate_never_reaches_the_text(first_crawl):
    _, db, _, _ = first_crawl
    for row in rows(db, "SELECT url, text FROM articles"):
        for noise in BOILERPLATE:
            assert noise not in row["text"], (noise, row["url"])
        assert "\n\n\n" not in row["text"] and row["text"] == row["text"].strip()


def test_discovery_falls_back_to_listing_and_says_why(first_crawl):
    _, _, result, requested = first_crawl
    probes = [p.split("?")[0] for p in requested if p.split("?")[0] in DISCOVERY_PROBES]
    assert probes == list(DISCOVERY_PROBES)  # tried in this order, each once
    assert requested.index("/wp-json/wp/v2/posts?per_page=50&page=1&_fields=id,link,date,title,content") \
        < requested.index("/") < requested.index("/feed") < requested.index("/sitemap.xml")
    assert (f"{SOURCE}: entry listing: wp-json: HTTP 404; feed: none announced by <link rel=alternate>; "
            "feed /feed: HTTP 404; robots.txt lists no sitemap; sitemap /sitemap.xml: HTTP 404; "
            "sitemap /sitemap_index.xml: HTTP 404; sitemap /wp-sitemap.xml: HTTP 404; "
            "sitemap /news-sitemap.xml: HTTP 404; chose listing: pagination and listing links from the "
            "entry page") in result.stdout


def test_robots_txt_obeyed_and_listing_pages_not_stored(first_crawl):
    site, db, _, requested = first_crawl
    assert "/robots.txt" in requested
    assert EXPECTED["robots_disallowed"] not in requested
    assert {"/berita", "/berita/page/2", "/berita/page/3"} <= set(requested)
    urls = {path_of(r["url"], site) for r in rows(db, "SELECT url FROM articles")}
    assert not urls & {"/", "/berita", "/berita/page/2", "/berita/page/3", "/profil",
                       EXPECTED["robots_disallowed"]}


def test_broken_page_recorded_and_run_row_written(first_crawl):
    site, db, _, requested = first_crawl
    errors = rows(db, "SELECT * FROM crawl_errors")
    assert [(path_of(e["url"], site), e["reason"], e["source"]) for e in errors] == \
        [(EXPECTED["broken"], "HTTP 500", SOURCE)]
    assert requested.count(EXPECTED["broken"]) == 2  # retried once (RETRY_TIMES=1)
    (run,) = rows(db, "SELECT * FROM crawl_runs")
    assert errors[0]["run_id"] == run["id"]
    assert (run["source"], run["status"], run["entry_method"]) == (SOURCE, "errors", "listing")
    assert (run["articles_new"], run["articles_updated"], run["errors"]) == (8, 0, 1)
    # home, 3 listing pages, 8 articles (the 500 page counts as an error) and 7 discovery probes
    assert run["pages"] == 12 + 7
    assert run["started"] <= run["finished"]
    (source,) = rows(db, "SELECT * FROM sources")
    assert (source["name"], source["region_code"]) == (SOURCE, "35.10")


def test_recrawl_adds_nothing(first_crawl, tmp_path):
    site, first_db, first, _ = first_crawl
    assert first.returncode == 0
    db = tmp_path / "kunker.db"
    source, copy = sqlite3.connect(first_db), sqlite3.connect(db)
    source.backup(copy)  # the first crawl's database: the re-crawls start from it
    source.close()
    copy.close()
    before = [tuple(r) for r in rows(db, "SELECT * FROM articles ORDER BY id")]
    seen = len(site.paths())
    incremental = crawl(site, db, tmp_path)
    second = site.paths()[seen:]
    seen = len(site.paths())
    full = crawl(site, db, tmp_path, "-s", "KUNKER_INCREMENTAL=False")
    third = site.paths()[seen:]
    assert incremental.returncode == 0 and full.returncode == 0, full.stderr[-2000:]
    assert [tuple(r) for r in rows(db, "SELECT * FROM articles ORDER BY id")] == before
    # Incremental: known articles are not fetched again and pagination stops at the first page with
    # nothing new; the full re-crawl fetches every article again and stores nothing new.
    assert not {p for p in second if p in {a["path"] for a in EXPECTED["articles"]}}
    assert "/berita/page/2" not in second
    assert not [p for p in second + third if p.startswith(DISCOVERY_PROBES)]  # reuses the last method
    assert {a["path"] for a in EXPECTED["articles"]} <= set(third)
    runs = rows(db, "SELECT * FROM crawl_runs ORDER BY started, rowid")
    assert len(runs) == 3 and len({r["id"] for r in runs}) == 3
    assert [(r["articles_new"], r["articles_updated"]) for r in runs] == [(8, 0), (0, 0), (0, 0)]
    assert len(rows(db, "SELECT * FROM crawl_errors")) == 2  # the broken page, once per run that reached it
    assert rows(db, "PRAGMA integrity_check")[0][0] == "ok"
