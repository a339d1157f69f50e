"""Discovery: the crawler finds the best way into a site (WordPress REST API, then feeds, then sitemaps,
then listing pages), records which it chose, and re-crawls incrementally. Real crawls, local servers.

The sites of most tests are crawled together (fixture ``crawled``): one run with discovery for the sites it
concerns, a second run for the sites that are re-crawled (after their changes), and one run with discovery off;
each site has its own source name and article numbers, and every check reads that source's rows only.
"""

from __future__ import annotations

import subprocess
import sys
from contextlib import ExitStack
from pathlib import Path

import pytest
from sites import newsgen
from sites.dbquery import query
from sites.server import SiteServer

ROOT = Path(__file__).resolve().parent.parent
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "RETRY_TIMES=1"]
OFF = ["-s", "KUNKER_DISCOVERY=False"]


def entry(name: str, site: SiteServer) -> str:
    return f'- name: "{name}"\n  url: "{site.url("/")}"\n  region: "Kabupaten Sleman"\n'


def crawl(db: Path, entries: list[str], *settings: str, expect: int = 0) -> subprocess.CompletedProcess:
    """One crawl run of the sources ``entries`` (sources.yml items) into ``db``."""
    sources = db.parent / f"sources-{len(list(db.parent.glob('sources-*.yml')))}.yml"
    sources.write_text("".join(entries), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "crawler.runner", "--sources", str(sources), "--db", str(db), *FAST, *settings],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == expect, result.stdout + result.stderr[-3000:]
    return result


def assert_stored_exactly(db: Path, site: SiteServer, articles: list[newsgen.Article], source: str) -> None:
    stored = {url[len(site.url("")):]: (title, published, text) for url, title, published, text in query(
        db, "SELECT url, title, published, text FROM articles WHERE source = ?", source)}
    assert stored == {a.path: (a.title, a.published, a.text) for a in articles}


def entry_line(result: subprocess.CompletedProcess, source: str) -> str:
    """The run summary's line on how ``source`` was entered (its discovery's findings)."""
    (line,) = [line for line in result.stdout.splitlines() if line.startswith(f"{source}: entry ")]
    return line


def runs_of(db: Path, source: str, columns: str) -> list[tuple]:
    return query(db, f"SELECT {columns} FROM crawl_runs WHERE source = ? ORDER BY started, rowid", source)


def home(extra_head: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Pemkab Contoh</title>{extra_head}</head>'
            '<body><nav><a href="/berita">Berita</a></nav><main><h1>Selamat datang</h1></main></body></html>')


def server(tmp: Path, name: str) -> SiteServer:
    (tmp / name).mkdir()
    return SiteServer(tmp / name)


# -- the sites: each builder returns its server(s) and what its test checks against --------------------------


def wordpress_site(tmp: Path) -> dict:
    articles = newsgen.make_articles(60, "/{n}/2024/{slug}/", first=1001)
    site = server(tmp, "wordpress")
    site.routes.update({"/": newsgen.page(home()), "/wp-json/wp/v2/posts": newsgen.wp_api_route(
        articles, lambda: site.url("")), **newsgen.article_routes(articles),
        **newsgen.listing_routes(articles)})
    return {"site": site, "articles": articles}


def feed_site(tmp: Path) -> dict:
    articles = newsgen.make_articles(25, "/berita/detail/{n}/{slug}.html", first=2001)
    site = server(tmp, "feed")
    host = site.url("")
    site.routes.update({
        "/": newsgen.page(home('<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml">'
                               '<link rel="alternate" type="application/rss+xml" href="/comments/feed">')),
        "/rss.xml": newsgen.page(newsgen.rss(articles[-10:], host), "application/rss+xml"),
        "/robots.txt": newsgen.page(f"User-agent: *\nDisallow: /admin/\nSitemap: {host}/sitemap-index.xml\n",
                                    "text/plain"),
        "/sitemap-index.xml": newsgen.page(newsgen.sitemapindex(
            [f"{host}/page-sitemap.xml", f"{host}/post-sitemap.xml"]), "application/xml"),
        "/post-sitemap.xml": newsgen.page(newsgen.urlset([host + a.path for a in articles] + [host + "/berita"]),
                                          "application/xml"),
        "/page-sitemap.xml": newsgen.page(newsgen.urlset([host + "/profil"]), "application/xml"),
        **newsgen.article_routes(articles),
    })
    return {"site": site, "articles": articles}


def sitemap_guess_site(tmp: Path) -> dict:
    articles = newsgen.make_articles(6, "/index.php/artikel/2024/3/{n}/{slug}", first=3001)
    site = server(tmp, "guess")
    host = site.url("")
    static = ("<html><head><title>Profil Desa</title></head><body><main><h1>Profil Desa</h1>"
              + "<p>Desa Sukamaju terletak di kaki gunung dengan luas wilayah sekitar dua ribu hektare.</p>" * 6
              + "</main></body></html>")
    agenda = "<html><body><h1>Agenda Kegiatan</h1><ul><li>Senin, 4 Maret 2024: Rapat</li></ul></body></html>"
    extra = ["/profil", "/agenda/2024/03", "/tag/pemerintahan"]
    site.routes.update({"/": newsgen.page(home()),
                        "/sitemap_index.xml": newsgen.page(newsgen.urlset(
                            [host + a.path for a in articles] + [host + p for p in extra]), "text/xml"),
                        "/profil": newsgen.page(static), "/agenda/2024/03": newsgen.page(agenda),
                        **newsgen.article_routes(articles)})
    return {"site": site, "articles": articles}


def listing_site(tmp: Path) -> dict:
    articles = newsgen.make_articles(30, "/read/{n}/{slug}", first=4001)
    newest_first = list(reversed(articles))
    site = server(tmp, "listing")
    site.routes.update({"/": newsgen.page(home()), **newsgen.article_routes(articles),
                        **newsgen.listing_routes(newest_first[2:])})

    def change() -> None:  # two new articles are published: they push the listing by two
        site.routes.update(newsgen.listing_routes(newest_first))

    return {"site": site, "articles": articles, "change": change}


def stopping_site(tmp: Path) -> dict:
    articles = newsgen.make_articles(6, "/read/{n}/{slug}", first=5001)
    site = server(tmp, "stopping")
    site.routes.update({"/": newsgen.page(home()), **newsgen.listing_routes(articles),
                        **newsgen.article_routes(articles)})

    def change() -> None:  # a redesign: the listing no longer links to any article the crawler recognises
        site.routes["/berita"] = newsgen.page("<html><body><h1>Berita</h1><div id=app></div></body></html>")

    return {"site": site, "articles": articles, "change": change}


def robots_site(tmp: Path) -> dict:
    articles = newsgen.make_articles(6, "/read/{n}/{slug}", first=6001)
    other = server(tmp, "other")
    site = server(tmp, "robots")
    elsewhere = other.url("").replace("127.0.0.1", "localhost")  # another host name, same machine
    other.routes.update({"/feed.xml": newsgen.page(newsgen.rss(articles, site.url("")), "application/rss+xml"),
                         "/sitemap.xml": newsgen.page(newsgen.urlset([site.url(a.path) for a in articles]),
                                                      "application/xml")})
    site.routes.update({
        "/": newsgen.page(home(f'<link rel="alternate" type="application/rss+xml" href="{elsewhere}/feed.xml">')),
        "/robots.txt": newsgen.page(f"User-agent: *\nDisallow: /feed\nDisallow: /sitemap.xml\n"
                                    f"Disallow: /wp-json/\nSitemap: {elsewhere}/sitemap.xml\n", "text/plain"),
        "/feed": newsgen.page(newsgen.rss(articles, site.url("")), "application/rss+xml"),
        "/sitemap.xml": newsgen.page(newsgen.urlset([site.url(a.path) for a in articles]), "application/xml"),
        **newsgen.listing_routes(articles), **newsgen.article_routes(articles)})
    return {"site": site, "articles": articles, "other": other, "elsewhere": elsewhere}


def featured_site(tmp: Path) -> dict:
    articles = list(reversed(newsgen.make_articles(25, "/berita/detail/{n}/{slug}.html", first=7001)))
    featured = "".join(f'<h2><a href="{a.path}">{a.title}</a></h2>' for a in articles[:10])
    site = server(tmp, "featured")
    site.routes.update({"/": newsgen.page(f"<html><body><nav><a href='/berita'>Berita</a></nav><main>{featured}"
                                          "</main></body></html>"),
                        **newsgen.listing_routes(articles), **newsgen.article_routes(articles)})
    return {"site": site, "articles": articles}


def headline_site(tmp: Path) -> dict:
    articles = newsgen.make_articles(4, "/p/{n}", first=8001)
    site = server(tmp, "headline")
    headlines = "".join(f'<h3><a href="{a.path}">{a.title}</a></h3>' for a in articles)
    static = "<html><body><h1>Sejarah Singkat Pemerintah Kabupaten Contoh</h1>" + \
        "<p>Kabupaten Contoh dibentuk berdasarkan undang-undang tentang pembentukan daerah tingkat dua.</p>" * 5 + \
        "</body></html>"
    site.routes.update({
        "/berita": newsgen.page(
            "<html><body><nav><a href='/x/menu'>Layanan Informasi Publik Pemerintah Kabupaten Contoh "
            f"Terpadu</a></nav><main><h1>Kabar Terkini</h1>{headlines}<p><a href='/s/sejarah'>Sejarah Singkat "
            "Berdirinya Pemerintah Kabupaten Contoh</a></p></main></body></html>"),
        "/": newsgen.page(home()), "/s/sejarah": newsgen.page(static), **newsgen.article_routes(articles)})
    return {"site": site, "articles": articles}


def overrides_site(tmp: Path) -> dict:
    articles = newsgen.make_articles(5, "/kabar.php?id={n}")
    custom = newsgen.make_articles(1, "/kabar.php?id=99", first=99)[0]
    site = server(tmp, "overrides")
    # One page with an unusual layout: the title and the date are only found through the source's selectors.
    odd = (f"<html><body><div class='head'><span class='jdl'>{custom.title}</span></div>"
           f"<div class='tgl'>Diunggah {custom.day_line}</div><div class='naskah'>"
           + "".join(f"<p>{p}</p>" for p in custom.paragraphs) + "</div><div class='x'><p>" + "Iklan baris. " * 30
           + "</p></div></body></html>")
    links_html = "".join(f'<p><a href="{a.path}">{a.title}</a></p>' for a in [*articles, custom])
    site.routes.update({"/kabar.php": newsgen.page("x"), "/berita": newsgen.page(
        f"<html><body><h1>Kabar</h1>{links_html}</body></html>")})

    def kabar(handler) -> None:
        number = int(handler.path.rsplit("=", 1)[-1])
        page = odd if number == 99 else newsgen.article_html(articles[number - 1])
        handler.reply(200, page.encode())

    site.routes["/kabar.php"] = kabar
    entry = (f'- name: "Pemkab Khusus"\n  url: "{site.url("/")}"\n  entry_url: "{site.url("/berita")}"\n'
             '  follow: ["/kabar\\\\.php\\\\?id=\\\\d+"]\n  skip: ["id=3$"]\n'
             '  selectors: {title: ".jdl", date: ".tgl", body: ".naskah"}\n')
    return {"site": site, "articles": [*articles, custom], "entry": entry, "custom": custom}


DISCOVERED = {"Pemkab WordPress": wordpress_site, "Pemkab Feed": feed_site, "Pemkab Tebakan": sitemap_guess_site,
              "Pemkab Daftar": listing_site, "Pemkab Contoh": stopping_site, "Pemkab Robots": robots_site}
RECRAWLED = ("Pemkab WordPress", "Pemkab Daftar", "Pemkab Contoh")
UNDISCOVERED = {"Pemkab Unggulan": featured_site, "Pemkab Judul": headline_site, "Pemkab Khusus": overrides_site}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory) -> dict:
    """Per source name: its site's data, ``first`` / ``second`` (the runs' output), ``fetched_first`` /
    ``fetched_second`` (the paths its server was asked for in each run) and ``after_first`` (articles stored)."""
    tmp = tmp_path_factory.mktemp("discovery")
    db = tmp / "kunker.db"
    sites = {name: build(tmp) for name, build in {**DISCOVERED, **UNDISCOVERED}.items()}
    with ExitStack() as stack:
        for data in sites.values():
            stack.enter_context(data["site"])
            if "other" in data:
                stack.enter_context(data["other"])
        first = crawl(db, [entry(n, sites[n]["site"]) for n in DISCOVERED])
        for name in DISCOVERED:
            sites[name].update(first=first, fetched_first=sites[name]["site"].paths(), after_first=query(
                db, "SELECT count(*) FROM articles WHERE source = ?", name)[0][0])
            if "change" in sites[name]:
                sites[name]["change"]()
        second = crawl(db, [entry(n, sites[n]["site"]) for n in RECRAWLED], expect=1)  # Pemkab Contoh fails
        for name in RECRAWLED:
            sites[name].update(second=second, fetched_second=sites[name]["site"].paths()[
                len(sites[name]["fetched_first"]):])
        off = crawl(db, [sites[n].get("entry") or entry(n, sites[n]["site"]) for n in UNDISCOVERED], *OFF)
        for name in UNDISCOVERED:
            sites[name].update(first=off, fetched_first=sites[name]["site"].paths())
        for data in sites.values():
            data["db"] = db
    return sites


def test_wordpress_api_is_preferred_and_paged(crawled):
    name = "Pemkab WordPress"
    c = crawled[name]
    site, db = c["site"], c["db"]
    assert_stored_exactly(db, site, c["articles"], name)
    # 60 posts in two API pages of 50; no article page, listing or home page fetched
    assert [p for p in c["fetched_first"] if p != "/robots.txt"] == [
        "/wp-json/wp/v2/posts?per_page=50&page=1&_fields=id,link,date,title,content",
        "/wp-json/wp/v2/posts?per_page=50&page=2&_fields=id,link,date,title,content"]
    assert "entry wp-json: chose wp-json: WordPress REST API at /wp-json/wp/v2/posts lists 60 posts" \
        in entry_line(c["first"], name)
    assert query(db, "SELECT count(DISTINCT external_id) FROM articles WHERE source = ?", name)[0][0] == 60
    # Re-crawl: the first API page brings nothing new, so paging stops there.
    assert [p for p in c["fetched_second"] if p != "/robots.txt"] == [
        "/wp-json/wp/v2/posts?per_page=50&page=1&_fields=id,link,date,title,content"]
    assert runs_of(db, name, "entry_method, articles_new, status") == [("wp-json", 60, "ok"), ("wp-json", 0, "ok")]


def test_feed_then_sitemap_index_for_the_archive(crawled):
    name = "Pemkab Feed"
    c = crawled[name]
    site, db, fetched = c["site"], c["db"], c["fetched_first"]
    pages = [a.path for a in c["articles"]]
    assert_stored_exactly(db, site, c["articles"], name)
    assert runs_of(db, name, "entry_method") == [("feed+sitemap",)]
    assert "chose feed: feed /rss.xml lists 10 articles; added sitemap: sitemap /sitemap-index.xml" \
        in entry_line(c["first"], name)
    assert "/comments/feed" not in fetched and "/page-sitemap.xml" not in fetched and "/profil" not in fetched
    assert "/wp-json/wp/v2/posts?per_page=50&page=1&_fields=id,link,date,title,content" in fetched
    assert all(fetched.count(p) == 1 for p in pages)  # feed and sitemap overlap: each article fetched once


def test_sitemap_guess_when_nothing_is_announced(crawled):
    name = "Pemkab Tebakan"
    c = crawled[name]
    fetched = c["fetched_first"]
    assert_stored_exactly(c["db"], c["site"], c["articles"], name)  # the static page is read, not stored
    assert "/profil" in fetched and "/agenda/2024/03" not in fetched and "/tag/pemerintahan" not in fetched
    assert runs_of(c["db"], name, "entry_method, articles_new") == [("sitemap", 6)]


def test_listing_pagination_stops_when_a_page_brings_nothing_new(crawled):
    name = "Pemkab Daftar"
    c = crawled[name]
    articles, second = c["articles"], c["fetched_second"]
    assert c["after_first"] == 28
    assert_stored_exactly(c["db"], c["site"], articles, name)
    assert sorted(p for p in second if p.startswith("/read/")) == sorted(a.path for a in articles[-2:])
    # page 1 brought the two new ones, page 2 nothing new: page 3 is not fetched
    assert "/berita/page/2" in second and "/berita/page/3" not in second
    assert runs_of(c["db"], name, "articles_new") == [(28,), (2,)]


def test_a_source_that_stops_yielding_articles_is_flagged(crawled):
    name = "Pemkab Contoh"
    c = crawled[name]
    db = c["db"]
    assert runs_of(db, name, "status, articles_new") == [("ok", 6), ("empty", 0)]
    assert "Pemkab Contoh: FAILED: no article found: no article link found on 2 pages" in c["second"].stdout
    assert "Pemkab Contoh: WARNING: no articles found; earlier runs stored up to 6" in c["second"].stdout
    assert "no article link found on 2 pages" in query(
        db, "SELECT alert FROM crawl_runs WHERE source = ? ORDER BY started DESC", name)[0][0]
    # the other sources of the same run are not touched by its failure
    assert all(runs_of(db, n, "status")[-1] == ("ok",) for n in RECRAWLED if n != name)


def test_listing_is_paginated_even_when_the_home_page_features_its_first_page(crawled):
    c = crawled["Pemkab Unggulan"]
    assert_stored_exactly(c["db"], c["site"], c["articles"], "Pemkab Unggulan")


def test_several_sources_crawled_at_most_n_at_once(tmp_path):
    sites, expected = [], {}
    for number in range(3):
        articles = newsgen.make_articles(4 + number, "/read/{n}/{slug}", first=100 * number + 1)
        site = SiteServer(tmp_path)
        site.routes.update({**newsgen.listing_routes(articles), **newsgen.article_routes(articles)})
        sites.append(site)
        expected[f"Sumber {number}"] = (site, articles)
    sources = tmp_path / "sources.yml"
    sources.write_text("".join(f'- name: "{name}"\n  url: "{site.url("/berita")}"\n'
                               for name, (site, _) in expected.items()), encoding="utf-8")
    db = tmp_path / "kunker.db"
    for site in sites:
        site.__enter__()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "crawler.runner", "--sources", str(sources), "--db", str(db), *FAST,
             "-s", "KUNKER_PARALLEL_SOURCES=1", *OFF],
            cwd=ROOT, capture_output=True, text=True, timeout=180)
    finally:
        for site in sites:
            site.__exit__()
    assert result.returncode == 0, result.stderr[-3000:]
    runs = query(db, "SELECT source, started, finished, articles_new, status FROM crawl_runs ORDER BY started, rowid")
    assert [(r[0], r[3], r[4]) for r in runs] == [("Sumber 0", 4, "ok"), ("Sumber 1", 5, "ok"), ("Sumber 2", 6, "ok")]
    assert all(a[2] <= b[1] for a, b in zip(runs, runs[1:], strict=False))  # one after the other
    for name, (site, articles) in expected.items():
        stored = {url[len(site.url("")):] for url, in query(db, f"SELECT url FROM articles WHERE source = '{name}'")}
        assert stored == {a.path for a in articles}


def test_source_overrides_follow_skip_and_selectors(crawled):
    name = "Pemkab Khusus"
    c = crawled[name]
    site, custom = c["site"], c["custom"]
    assert "/kabar.php?id=3" not in c["fetched_first"]
    stored = {url[len(site.url("")):]: (title, published, text) for url, title, published, text in query(
        c["db"], "SELECT url, title, published, text FROM articles WHERE source = ?", name)}
    assert stored == {a.path: (a.title, a.published, a.text) for a in c["articles"] if a.number != 3
                      or a is custom}


def test_unknown_url_shapes_found_through_headline_links(crawled):
    c = crawled["Pemkab Judul"]
    fetched = c["fetched_first"]
    assert_stored_exactly(c["db"], c["site"], c["articles"], "Pemkab Judul")  # the history page: no date
    assert "/s/sejarah" in fetched and "/x/menu" not in fetched


def test_discovery_keeps_to_the_site_and_obeys_robots(crawled):
    """Feeds and sitemaps announced on another host are never requested; discovery probes robots.txt forbids
    are not fetched; the listing still yields every article."""
    name = "Pemkab Robots"
    c = crawled[name]
    site, elsewhere, fetched, out = c["site"], c["elsewhere"], c["fetched_first"], entry_line(c["first"], name)
    assert c["other"].paths() == []
    assert not {"/feed", "/sitemap.xml"} & set(fetched) and not [p for p in fetched if p.startswith("/wp-json")]
    assert_stored_exactly(c["db"], site, c["articles"], name)
    assert f"feed {elsewhere}/feed.xml: on another host, not requested" in out
    assert f"sitemap {elsewhere}/sitemap.xml: on another host, not requested" in out
    assert "Forbidden by robots.txt" in out
