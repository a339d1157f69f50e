"""The offline demo: its articles, the two portal layouts served over HTTP, and the crawl + tag build."""

from __future__ import annotations

import csv
import json
import os
import re
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Callable
from datetime import date
from pathlib import Path
from urllib.robotparser import RobotFileParser

import pytest
from bs4 import BeautifulSoup
from datasette_helpers import free_ports

from kunker.demo import DemoSite, write_sources
from kunker.demo.content import DAYS, Article, load_articles, long_date, numeric_date
from kunker.demo.site import PemkotPortal, WordPressPortal
from kunker.settings import REGIONS_CSV

ROOT = Path(__file__).resolve().parent.parent
PORTALS = ("trenggalek", "salatiga")
DAY_DATE_RE = re.compile(r"\b(" + "|".join(DAYS) + r") \((\d{1,2})/(\d{1,2})(?:/(\d{4}))?\)")


@pytest.fixture(scope="module")
def site():
    with DemoSite(ports=(0, 0)) as running:
        yield running


def fetch(url: str) -> tuple[int, str, str]:
    """(status, final URL, body) for a GET, following redirects; HTTP errors are returned, not raised."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.url, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, url, exc.read().decode("utf-8")


def portal(site: DemoSite, key: str):
    return next(p for p in site.portals if p.key == key)


def all_articles() -> list[Article]:
    return [a for key in PORTALS for a in load_articles(key)]


# -- the articles ---------------------------------------------------------------------------------------

def test_article_set_has_the_promised_mix():
    articles = all_articles()
    visits = [a for a in articles if a.is_visit]
    assert len(articles) >= 34
    assert len(visits) >= 10
    assert len(articles) - len(visits) >= 15
    for key in PORTALS:
        own = [a for a in articles if a.portal == key]
        assert any(a.is_visit for a in own) and any(not a.is_visit for a in own), key
    # one visit reported by both sides, and one article with two delegations
    pairs = [v for a in articles for v in a.visits]
    reported_twice = {v for v in pairs if pairs.count(v) > 1}
    assert ("Kota Salatiga", "Kabupaten Trenggalek") in reported_twice
    both_sides = {a.portal for a in articles if ("Kota Salatiga", "Kabupaten Trenggalek") in a.visits}
    assert both_sides == set(PORTALS)
    assert any(len(a.visits) == 2 for a in articles)
    text = " ".join(a.text for a in visits)
    for kind in ("studi banding", "kunjungan kerja", "studi tiru", "studi terap"):
        assert kind in text.lower(), kind


def test_articles_are_well_formed():
    with open(REGIONS_CSV, encoding="utf-8", newline="") as fh:
        regions = {row["name"] for row in csv.DictReader(fh)}
    for article in all_articles():
        where = f"{article.portal}/{article.number:02d}"
        assert 150 <= len(article.text.split()) <= 400, where
        assert len(article.paragraphs) >= 3, where
        assert 2023 <= article.published.year <= 2025, where
        assert article.author, where
        for visitor, host in article.visits:
            assert visitor in regions and host in regions and visitor != host, where
        # "Selasa (14/3)" and "Kamis (7/9/2023)" must name the right weekday, on or just before publication
        for match in DAY_DATE_RE.finditer(article.text):
            year = int(match.group(4) or article.published.year)
            day = date(year, int(match.group(3)), int(match.group(2)))
            assert DAYS[day.weekday()] == match.group(1), f"{where}: {match.group(0)}"
            assert 0 <= (article.published.date() - day).days <= 2, f"{where}: {match.group(0)}"
    slugs = [(a.portal, a.slug) for a in all_articles()]
    assert len(slugs) == len(set(slugs))
    ids = [a.external_id for a in load_articles("salatiga")]
    assert None not in ids and len(ids) == len(set(ids))


def test_date_formats():
    article = next(a for a in load_articles("trenggalek") if a.number == 1)
    assert long_date(article.published) == "Rabu, 15 Maret 2023"
    assert numeric_date(article.published) == "15-03-2023 09:20 WIB"


# -- the sites over HTTP ------------------------------------------------------------------------------

def listed_articles(site: DemoSite, key: str) -> tuple[list[str], int]:
    """Article paths listed on the portal's listing pages, following its "next" links; and the page count."""
    base = site.urls[key].rstrip("/")
    url = base + ("/berita/" if key == "trenggalek" else "/berita")
    item_selector = "h2.entry-title a" if key == "trenggalek" else "h4.media-heading a"
    next_selector = "a.next.page-numbers" if key == "trenggalek" else "ul.pagination a[rel=next]"
    found: list[str] = []
    pages = 0
    while url:
        status, _, body = fetch(url)
        assert status == 200, url
        pages += 1
        soup = BeautifulSoup(body, "html.parser")
        found += [a["href"] for a in soup.select(item_selector)]
        following = soup.select_one(next_selector)
        url = base + following["href"] if following else None
        assert pages <= 20, "pagination does not end"
    return found, pages


@pytest.mark.parametrize("key,per_page", [("trenggalek", 5), ("salatiga", 6)])
def test_pagination_lists_every_article_once(site, key, per_page):
    p = portal(site, key)
    found, pages = listed_articles(site, key)
    expected = [p.article_path(a) for a in p.articles]
    assert sorted(found) == sorted(expected)  # each exactly once
    assert found == expected  # newest first
    assert pages == -(-len(expected) // per_page) >= 3
    beyond = f"/berita/page/{pages + 1}/" if key == "trenggalek" else f"/berita?page={pages + 1}"
    assert fetch(site.urls[key].rstrip("/") + beyond)[0] == 404
    for path in found:
        status, _, body = fetch(site.urls[key].rstrip("/") + path)
        assert status == 200, path


def article_page(site: DemoSite, key: str, pick: Callable[[Article], bool]) -> tuple[Article, str, str, BeautifulSoup]:
    """The portal's first article that ``pick`` accepts, its path, and its page (which answers 200) as text and soup."""
    p = portal(site, key)
    article = next(a for a in p.articles if pick(a))
    path = p.article_path(article)
    status, _, body = fetch(site.urls[key].rstrip("/") + path)
    assert status == 200, path
    return article, path, body, BeautifulSoup(body, "html.parser")


def test_wordpress_layout(site):
    assert isinstance(portal(site, "trenggalek"), WordPressPortal)
    article, path, body, soup = article_page(site, "trenggalek", lambda a: a.number == 1)
    assert re.fullmatch(r"/2023/03/15/[a-z0-9-]+/", path)
    assert soup.find("meta", property="article:published_time")["content"] == "2023-03-15T09:20:00+07:00"
    assert soup.select_one("h1.entry-title").get_text() == article.title
    assert soup.select_one("time.entry-date").get_text() == "Rabu, 15 Maret 2023"
    paragraphs = [p_.get_text() for p_ in soup.select("div.entry-content > p")]
    assert paragraphs == list(article.paragraphs)
    for boilerplate in ("Berita Terpopuler", "Tinggalkan Balasan", "Bagikan ini:", "Profil Daerah"):
        assert boilerplate in body
    home = fetch(site.urls["trenggalek"])[2]
    assert home.count('class="entry-title"') == 5 and "/berita/page/2/" in home
    status, final, _ = fetch(site.urls["trenggalek"] + "berita")  # WordPress adds the slash
    assert status == 200 and final.endswith("/berita/")


def test_custom_pemkot_layout(site):
    assert isinstance(portal(site, "salatiga"), PemkotPortal)
    article, path, _, soup = article_page(site, "salatiga", lambda a: a.external_id == 2368)
    assert re.fullmatch(r"/berita/detail/2368/[a-z0-9-]+\.html", path)
    assert soup.find("meta", property=re.compile("published_time")) is None
    assert soup.select_one("h3.judul-berita").get_text() == article.title
    assert soup.select_one("span.tgl").get_text().strip() == "24-08-2023 14:30 WIB"
    assert [p_.get_text() for p_ in soup.select("div.isi-berita > p")] == list(article.paragraphs)
    assert soup.select_one("div.isi-berita > p > strong").get_text() == "SALATIGA"
    assert len(soup.select("div.baca-juga li a")) == 3
    assert [li.get_text() for li in soup.select("ol.breadcrumb li")][:2] == ["Beranda", "Berita"]
    # a wrong slug redirects to the article's canonical address
    status, final, _ = fetch(site.urls["salatiga"].rstrip("/") + "/berita/detail/2368/judul-lama.html")
    assert status == 200 and final.endswith(path)
    assert fetch(site.urls["salatiga"].rstrip("/") + "/berita/detail/9999/x.html")[0] == 404
    assert fetch(site.urls["salatiga"].rstrip("/") + "/berita?page=abc")[0] == 404


def test_text_is_escaped(site):
    p = portal(site, "trenggalek")
    article = next(a for a in p.articles if "&" in a.title)
    body = fetch(site.urls["trenggalek"].rstrip("/") + p.article_path(article))[2]
    assert "Festival Kopi &amp; Cengkih &quot;Jalur Rempah Selatan&quot;" in body
    assert "Kopi & Cengkih" not in body
    hostile = Article(portal="x", number=99, title='Uji <script>alert("x")</script> & "kutip"',
                      published=article.published, author="<b>Humas</b>",
                      paragraphs=("Paragraf <img src=x onerror=alert(1)> satu.", "Dua & tiga."),
                      external_id=7)
    portals = [WordPressPortal("Situs <Uji>", "t", "Kabupaten Trenggalek", [hostile]),
               PemkotPortal("Kota & Uji", "t", "Kota Salatiga", [hostile])]
    with DemoSite(ports=(0, 0), portals=portals) as test_site:
        for p_ in portals:
            page = fetch(test_site.urls[p_.key].rstrip("/") + p_.article_path(hostile))[2]
            assert "<script>alert" not in page and "<img src=x" not in page and "<b>Humas" not in page
            assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
            assert "Dua &amp; tiga." in page
            soup = BeautifulSoup(page, "html.parser")
            assert hostile.title in soup.get_text()


def test_robots_txt_allows_all_but_admin(site):
    for key in PORTALS:
        status, _, body = fetch(site.urls[key] + "robots.txt")
        assert status == 200 and "Disallow: /admin/" in body
        robots = RobotFileParser()
        robots.parse(body.splitlines())
        p = portal(site, key)
        assert robots.can_fetch("kunker", site.urls[key].rstrip("/") + p.article_path(p.articles[0]))
        assert not robots.can_fetch("kunker", site.urls[key] + "admin/login")
        assert fetch(site.urls[key] + "admin/")[0] == 403


def test_sources_file_loads(site, tmp_path):
    from crawler.sources import load_sources

    sources = load_sources(write_sources(site, tmp_path / "sources.yaml"))
    assert [(s.name, s.url, s.region_code) for s in sources] == [
        ("demo-trenggalek", site.urls["trenggalek"], "35.03"),
        ("demo-salatiga", site.urls["salatiga"], "33.73"),
    ]


# -- crawl + tag, end to end ----------------------------------------------------------------------------

def build(db: Path, summary: Path, ports: list[int]) -> dict:
    env = {**os.environ, "KUNKER_DEMO_SITE_PORTS": ",".join(map(str, ports))}
    done = subprocess.run([sys.executable, "-m", "kunker.demo", "--db", str(db), "--summary", str(summary)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    assert "kunker demo: crawling 2 sources" in done.stdout
    return json.loads(summary.read_text(encoding="utf-8"))


def table_counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
                for t in ("articles", "visits", "mentions", "officials", "programs", "visit_articles")}
    finally:
        conn.close()


def test_demo_build_crawls_and_tags_every_article(tmp_path):
    db = tmp_path / "demo.db"
    ports = free_ports(2)
    first = build(db, tmp_path / "first.json", ports)
    articles = all_articles()
    assert first["articles"] == len(articles)
    assert first["articles_per_source"] == {f"demo-{k}": len(load_articles(k)) for k in PORTALS}
    assert first["crawl"]["errors"] == 0 and first["tag"]["articles"] == len(articles)
    assert first["visits"] >= 1

    conn = sqlite3.connect(db)
    stored = {(r[0], r[1]) for r in conn.execute("SELECT title, published FROM articles")}
    assert stored == {(a.title, a.published.date().isoformat()) for a in articles}
    visit_titles = {a.title for a in articles if a.is_visit}
    tagged = {r[0] for r in conn.execute(
        "SELECT DISTINCT a.title FROM visit_articles va JOIN articles a ON a.id = va.article_id")}
    conn.close()
    assert tagged & visit_titles, "no visit found in the articles that report one"

    before = table_counts(db)
    second = build(db, tmp_path / "second.json", ports)
    assert second["crawl"]["articles_new"] == 0 and second["crawl"]["articles_updated"] == 0
    assert second["tag"]["articles"] == 0
    assert table_counts(db) == before
