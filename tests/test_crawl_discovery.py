"""Discovery: the crawler finds the best way into a site (WordPress REST API, then feeds, then sitemaps,
then listing pages), records which it chose, and re-crawls incrementally. Real crawls, local servers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sites import newsgen
from sites.dbquery import query
from sites.server import SiteServer

ROOT = Path(__file__).resolve().parent.parent
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "RETRY_TIMES=1"]


def crawl(site: SiteServer, db: Path, *settings: str, name: str = "Pemkab Contoh",
          expect: int = 0) -> subprocess.CompletedProcess:
    sources = db.parent / "sources.yml"
    sources.write_text(f'- name: "{name}"\n  url: "{site.url("/")}"\n  region: "Kabupaten Sleman"\n',
                       encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "crawler.runner", "--sources", str(sources), "--db", str(db), *FAST, *settings],
        cwd=ROOT, capture_output=True, text=True, timeout=180,
    )
    assert result.returncode == expect, result.stdout + result.stderr[-3000:]
    return result



def assert_stored_exactly(db: Path, site: SiteServer, articles: list[newsgen.Article]) -> None:
    stored = {url[len(site.url("")):]: (title, published, text)
              for url, title, published, text in query(db, "SELECT url, title, published, text FROM articles")}
    assert stored == {a.path: (a.title, a.published, a.text) for a in articles}


def home(extra_head: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Pemkab Contoh</title>{extra_head}</head>'
            '<body><nav><a href="/berita">Berita</a></nav><main><h1>Selamat datang</h1></main></body></html>')


def test_wordpress_api_is_preferred_and_paged(tmp_path):
    articles = newsgen.make_articles(60, "/{n}/2024/{slug}/")
    site = SiteServer(tmp_path)
    site.routes.update({"/": newsgen.page(home()), "/wp-json/wp/v2/posts": newsgen.wp_api_route(
        articles, lambda: site.url("")), **newsgen.article_routes(articles),
        **newsgen.listing_routes(articles)})
    db = tmp_path / "kunker.db"
    with site:
        first = crawl(site, db)
        fetched_first = site.paths()
        seen = len(fetched_first)
        crawl(site, db)
        fetched_second = site.paths()[seen:]
    assert_stored_exactly(db, site, articles)
    # 60 posts in two API pages of 50; no article page, listing or home page fetched
    assert [p for p in fetched_first if p != "/robots.txt"] == [
        "/wp-json/wp/v2/posts?per_page=50&page=1&_fields=id,link,date,title,content",
        "/wp-json/wp/v2/posts?per_page=50&page=2&_fields=id,link,date,title,content"]
    assert "entry wp-json: chose wp-json: WordPress REST API at /wp-json/wp/v2/posts lists 60 posts" \
        in first.stdout
    assert query(db, "SELECT count(DISTINCT external_id) FROM articles")[0][0] == 60
    # Re-crawl: the first API page brings nothing new, so paging stops there.
    assert [p for p in fetched_second if p != "/robots.txt"] == [
        "/wp-json/wp/v2/posts?per_page=50&page=1&_fields=id,link,date,title,content"]
    runs = query(db, "SELECT entry_method, articles_new, status FROM crawl_runs ORDER BY started, rowid")
    assert runs == [("wp-json", 60, "ok"), ("wp-json", 0, "ok")]


def test_feed_then_sitemap_index_for_the_archive(tmp_path):
    articles = newsgen.make_articles(25, "/berita/detail/{n}/{slug}.html")
    site = SiteServer(tmp_path)
    host = site.url("")
    pages = [a.path for a in articles]
    site.routes.update({
        "/": newsgen.page(home('<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml">'
                               '<link rel="alternate" type="application/rss+xml" href="/comments/feed">')),
        "/rss.xml": newsgen.page(newsgen.rss(articles[-10:], host), "application/rss+xml"),
        "/robots.txt": newsgen.page(f"User-agent: *\nDisallow: /admin/\nSitemap: {host}/sitemap-index.xml\n",
                                    "text/plain"),
        "/sitemap-index.xml": newsgen.page(newsgen.sitemapindex(
            [f"{host}/page-sitemap.xml", f"{host}/post-sitemap.xml"]), "application/xml"),
        "/post-sitemap.xml": newsgen.page(newsgen.urlset([host + p for p in pages] + [host + "/berita"]),
                                          "application/xml"),
        "/page-sitemap.xml": newsgen.page(newsgen.urlset([host + "/profil"]), "application/xml"),
        **newsgen.article_routes(articles),
    })
    db = tmp_path / "kunker.db"
    with site:
        result = crawl(site, db)
        fetched = site.paths()
    assert_stored_exactly(db, site, articles)
    assert query(db, "SELECT entry_method FROM crawl_runs") == [("feed+sitemap",)]
    assert "chose feed: feed /rss.xml lists 10 articles; added sitemap: sitemap /sitemap-index.xml" \
        in result.stdout
    assert "/comments/feed" not in fetched and "/page-sitemap.xml" not in fetched and "/profil" not in fetched
    assert "/wp-json/wp/v2/posts?per_page=50&page=1&_fields=id,link,date,title,content" in fetched
    assert all(fetched.count(p) == 1 for p in pages)  # feed and sitemap overlap: each article fetched once


def test_sitemap_guess_when_nothing_is_announced(tmp_path):
    articles = newsgen.make_articles(6, "/index.php/artikel/2024/3/{n}/{slug}")
    site = SiteServer(tmp_path)
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
    db = tmp_path / "kunker.db"
    with site:
        crawl(site, db)
        fetched = site.paths()
    assert_stored_exactly(db, site, articles)  # the static page is read but not stored as an article
    assert "/profil" in fetched and "/agenda/2024/03" not in fetched and "/tag/pemerintahan" not in fetched
    assert query(db, "SELECT entry_method, articles_new FROM crawl_runs") == [("sitemap", 6)]


def test_listing_pagination_stops_when_a_page_brings_nothing_new(tmp_path):
    articles = newsgen.make_articles(30, "/read/{n}/{slug}")
    newest_first = list(reversed(articles))
    site = SiteServer(tmp_path)
    site.routes.update({"/": newsgen.page(home()), **newsgen.article_routes(articles),
                        **newsgen.listing_routes(newest_first[2:])})
    db = tmp_path / "kunker.db"
    with site:
        crawl(site, db)
        assert len(query(db, "SELECT id FROM articles")) == 28
        # Two new articles are published: they push the listing by two.
        site.routes.update(newsgen.listing_routes(newest_first))
        seen = len(site.paths())
        crawl(site, db)
        second = site.paths()[seen:]
    assert_stored_exactly(db, site, articles)
    assert sorted(p for p in second if p.startswith("/read/")) == sorted(a.path for a in articles[-2:])
    # page 1 brought the two new ones, page 2 nothing new: page 3 is not fetched
    assert "/berita/page/2" in second and "/berita/page/3" not in second
    assert query(db, "SELECT articles_new FROM crawl_runs ORDER BY started, rowid") == [(28,), (2,)]


def test_a_source_that_stops_yielding_articles_is_flagged(tmp_path):
    articles = newsgen.make_articles(6, "/read/{n}/{slug}")
    site = SiteServer(tmp_path)
    site.routes.update({"/": newsgen.page(home()), **newsgen.listing_routes(articles),
                        **newsgen.article_routes(articles)})
    db = tmp_path / "kunker.db"
    with site:
        crawl(site, db)
        # A redesign: the listing no longer links to any article the crawler recognises.
        site.routes["/berita"] = newsgen.page("<html><body><h1>Berita</h1><div id=app></div></body></html>")
        second = crawl(site, db, expect=1)  # a source that found no article failed
    assert query(db, "SELECT status, articles_new FROM crawl_runs ORDER BY started, rowid") == [
        ("ok", 6), ("empty", 0)]
    assert "Pemkab Contoh: FAILED: no article found: no article link found on 2 pages" in second.stdout
    assert "Pemkab Contoh: WARNING: no articles found; earlier runs stored up to 6" in second.stdout
    assert "no article link found on 2 pages" in query(db, "SELECT alert FROM crawl_runs ORDER BY started DESC")[0][0]


def test_listing_is_paginated_even_when_the_home_page_features_its_first_page(tmp_path):
    articles = list(reversed(newsgen.make_articles(25, "/berita/detail/{n}/{slug}.html")))
    featured = "".join(f'<h2><a href="{a.path}">{a.title}</a></h2>' for a in articles[:10])
    site = SiteServer(tmp_path)
    site.routes.update({"/": newsgen.page(f"<html><body><nav><a href='/berita'>Berita</a></nav><main>{featured}"
                                          "</main></body></html>"),
                        **newsgen.listing_routes(articles), **newsgen.article_routes(articles)})
    db = tmp_path / "kunker.db"
    with site:
        crawl(site, db, "-s", "KUNKER_DISCOVERY=False")
    assert_stored_exactly(db, site, articles)


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
             "-s", "KUNKER_PARALLEL_SOURCES=1", "-s", "KUNKER_DISCOVERY=False"],
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


def test_source_overrides_follow_skip_and_selectors(tmp_path):
    articles = newsgen.make_articles(5, "/kabar.php?id={n}")
    custom = newsgen.make_articles(1, "/kabar.php?id=99", first=99)[0]
    site = SiteServer(tmp_path)
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
    sources = tmp_path / "sources.yml"
    sources.write_text(
        f'- name: "Pemkab Khusus"\n  url: "{site.url("/")}"\n  entry_url: "{site.url("/berita")}"\n'
        '  follow: ["/kabar\\\\.php\\\\?id=\\\\d+"]\n  skip: ["id=3$"]\n'
        '  selectors: {title: ".jdl", date: ".tgl", body: ".naskah"}\n', encoding="utf-8")
    db = tmp_path / "kunker.db"
    with site:
        result = subprocess.run(
            [sys.executable, "-m", "crawler.runner", "--sources", str(sources), "--db", str(db), *FAST,
             "-s", "KUNKER_DISCOVERY=False"], cwd=ROOT, capture_output=True, text=True, timeout=120)
        fetched = site.paths()
    assert result.returncode == 0, result.stderr[-3000:]
    assert "/kabar.php?id=3" not in fetched
    stored = {url[len(site.url("")):]: (title, published, text)
              for url, title, published, text in query(db, "SELECT url, title, published, text FROM articles")}
    assert stored == {a.path: (a.title, a.published, a.text) for a in [*articles, custom] if a.number != 3
                      or a is custom}


def test_unknown_url_shapes_found_through_headline_links(tmp_path):
    articles = newsgen.make_articles(4, "/p/{n}")
    site = SiteServer(tmp_path)
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
    db = tmp_path / "kunker.db"
    with site:
        crawl(site, db, "-s", "KUNKER_DISCOVERY=False")
        fetched = site.paths()
    assert_stored_exactly(db, site, articles)  # the history page is fetched but is no article (no date)
    assert "/s/sejarah" in fetched and "/x/menu" not in fetched


def test_discovery_keeps_to_the_site_and_obeys_robots(tmp_path):
    """Feeds and sitemaps announced on another host are never requested; discovery probes robots.txt forbids
    are not fetched; the listing still yields every article."""
    articles = newsgen.make_articles(6, "/read/{n}/{slug}")
    (tmp_path / "other").mkdir()
    other = SiteServer(tmp_path / "other")
    site = SiteServer(tmp_path)
    with other, site:
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
        result = crawl(site, tmp_path / "kunker.db")
        fetched = site.paths()
    assert other.paths() == []
    assert not {"/feed", "/sitemap.xml"} & set(fetched) and not [p for p in fetched if p.startswith("/wp-json")]
    assert_stored_exactly(tmp_path / "kunker.db", site, articles)
    assert f"feed {elsewhere}/feed.xml: on another host, not requested" in result.stdout
    assert f"sitemap {elsewhere}/sitemap.xml: on another host, not requested" in result.stdout
    assert "Forbidden by robots.txt" in result.stdout
