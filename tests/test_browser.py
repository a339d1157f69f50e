"""The published site as a person sees it: Debian's headless Chromium, driven by Playwright, over the real server.

Screenshots of every page visited are saved to ``artifacts/screenshots/`` (kept by CI as test artifacts).
Chromium is required, not optional: without it these tests fail and say how to install it.
"""

from __future__ import annotations

import os
import re
import shutil
import time
import urllib.parse
from pathlib import Path

import pytest
from datasette_helpers import BY_KEY, ROOT, VISITS, build_fixture_db, get_json, running_site

SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TITLE = "kunker — kunjungan kerja & studi banding antar daerah"
TIMEOUT_MS = 20_000


def chromium_executable() -> str:
    """Debian's chromium (or ``KUNKER_CHROMIUM``); a clear failure, not a skip, when it is missing."""
    path = os.environ.get("KUNKER_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).is_file():
        pytest.fail(f"Chromium not found at {path}: install Debian's browser with "
                    "'apt-get install chromium' (or set KUNKER_CHROMIUM to a Chromium binary)", pytrace=False)
    return path


def is_local(url: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    return parts.scheme in ("data", "blob", "about") or parts.hostname in ("127.0.0.1", "localhost")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("browser") / "kunker.db"
    info = build_fixture_db(db_path)
    with running_site(db_path) as base:
        yield {"base": base, **info}


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """A persistent Chromium context with a fresh profile; requests leaving this machine are blocked."""
    executable = chromium_executable()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("Playwright for Python is missing: pip install playwright==1.65.2 (the tests drive Debian's "
                    "chromium, so 'playwright install' is not needed)", pytrace=False)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    blocked: list[str] = []

    def guard(route) -> None:
        if is_local(route.request.url):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=executable, headless=True,
            args=CHROMIUM_ARGS, viewport={"width": 1280, "height": 900}, locale="id-ID")
        context.set_default_timeout(TIMEOUT_MS)
        context.route("**/*", guard)
        try:
            yield {"context": context, "blocked": blocked}
        finally:
            context.close()


@pytest.fixture
def page(browser):
    """A fresh tab that records alert dialogs, JavaScript errors and blocked outside requests."""
    tab = browser["context"].new_page()
    seen = {"dialogs": [], "errors": []}

    def on_dialog(dialog) -> None:
        seen["dialogs"].append(dialog.message)
        dialog.dismiss()

    def on_console(message) -> None:
        if message.type == "error" and "Content Security Policy" in message.text:
            seen["csp"].append(message.text)

    seen["csp"] = []
    tab.on("dialog", on_dialog)
    tab.on("pageerror", lambda exc: seen["errors"].append(str(exc)))
    tab.on("console", on_console)
    browser["blocked"].clear()
    yield tab, seen
    tab.close()
    assert seen["errors"] == [], f"JavaScript errors: {seen['errors']}"
    assert seen["csp"] == [], f"the Content-Security-Policy blocked parts of the page: {seen['csp']}"
    assert browser["blocked"] == [], f"pages asked for outside resources: {browser['blocked']}"


def shoot(tab, name: str) -> None:
    tab.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_home_page_shows_title_and_description(site, page):
    tab, _ = page
    tab.goto(site["base"] + "/")
    assert tab.locator("h1").first.inner_text() == TITLE
    assert tab.title().startswith(TITLE)
    body = tab.locator("body").inner_text()
    assert "learning visits between Indonesian regional governments" in body
    assert "basis data kunjungan kerja, studi banding" in body
    assert tab.get_by_role("link", name="kunker", exact=True).first.is_visible()
    shoot(tab, "home")


def test_article_search_box_finds_the_article(site, page):
    tab, _ = page
    tab.goto(site["base"] + "/kunker/articles")
    rows = tab.locator("table.rows-and-columns tbody tr")
    assert rows.count() == len(BY_KEY)
    box = tab.locator("input#_search")
    box.click()
    box.press_sequentially("bank sampah")
    box.press("Enter")
    tab.wait_for_url(re.compile(r"_search=bank\+sampah"))
    assert rows.count() == 1
    expected = BY_KEY["sleman-kulonprogo"]
    assert expected["title"] in rows.first.inner_text()
    assert expected["url"] in rows.first.inner_text()
    assert box.input_value() == "bank sampah"
    shoot(tab, "search-articles")


def test_official_page_shows_timeline_and_evidence(site, page):
    tab, _ = page
    tab.goto(site["base"] + "/kunker/officials")
    tab.get_by_role("link", name="Banyu Prasojo", exact=True).click()
    tab.wait_for_url("**/kunker/-/official/off-budi")
    assert tab.locator("h1").inner_text() == "Banyu Prasojo"
    visits = tab.locator("ol.timeline > li.visit")
    assert visits.count() == 2
    newest = visits.first.inner_text()
    assert "2024-03-12" in newest and "Kabupaten Serang" in newest and "Kabupaten Banyuwangi" in newest
    assert "Smart Dusun" in newest and "11 orang" in newest
    assert "2023-06-05" in visits.nth(1).inner_text()

    article = BY_KEY["serang-banyuwangi"]
    # The evidence sentence is quoted once, in the timeline, with the official's name marked.
    quotes = tab.locator("blockquote").filter(has_text="memimpin sebelas pejabat dalam studi banding")
    assert quotes.count() == 1
    assert quotes.locator("mark").inner_text() == "Banyu Prasojo"
    source = quotes.get_by_role("link", name=article["title"])
    assert source.get_attribute("href") == article["url"]
    shoot(tab, "official-banyu-prasojo")

    article_id = site["aid"]["serang-banyuwangi"]
    quotes.get_by_role("link", name=f"artikel {article_id}").click()
    tab.wait_for_url(f"**/kunker/-/article/{article_id}")
    assert article["text"][:60] in tab.locator(".article-text").inner_text()


def test_network_view_draws_nodes_and_edges(site, page):
    tab, _ = page
    data = get_json(site["base"], "/kunker/-/network.json")
    tab.goto(site["base"] + "/kunker/-/network")
    drawing = tab.locator("svg.network")
    box = drawing.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 100
    nodes, edges = drawing.locator("g.nodes circle"), drawing.locator("g.edges path")
    assert nodes.count() == len(data["nodes"]) > 0
    assert edges.count() == len(data["edges"]) > 0
    assert all(nodes.nth(i).bounding_box()["width"] > 0 for i in range(nodes.count()))
    assert all(edges.nth(i).bounding_box()["width"] > 0 for i in range(edges.count()))
    labels = drawing.locator("g.labels text").all_text_contents()
    assert "Banyuwangi" in labels and "Kota Surabaya" in labels
    assert drawing.locator("g.regions circle").count() > 500  # every region's seat, as a faint map
    for label, suffix in (("CSV", ".csv"), ("JSON", ".json"), ("GEXF", ".gexf"), ("GraphML", ".graphml")):
        link = tab.locator("p.downloads").get_by_role("link", name=label, exact=True)
        href = link.get_attribute("href")
        assert href.endswith("/-/network" + suffix), href
        response = tab.request.get(site["base"] + href)
        assert response.ok and response.body(), f"{label} download failed: {response.status}"
    shoot(tab, "network")

    tab.locator("select#year").select_option("2023")
    tab.get_by_role("button", name="Filter").click()
    tab.wait_for_url(re.compile(r"year=2023"))
    expected = get_json(site["base"], "/kunker/-/network.json?year=2023")
    assert tab.locator("svg.network g.edges path").count() == len(expected["edges"]) == len(
        {(v[2], v[3]) for v in VISITS if v[4].startswith("2023")})
    gexf = tab.locator("p.downloads a", has_text="GEXF").get_attribute("href")
    assert "/-/network.gexf?year=2023" in gexf
    shoot(tab, "network-2023")


def test_script_in_article_renders_as_text(site, page):
    tab, seen = page
    literal = "<script>alert(1)</script>"
    article_id = site["aid"]["script"]
    for name, path in (("article-script", f"/kunker/articles/{article_id}"),
                       ("search-script", "/kunker/articles?_search=redaksi&_sort=published"),
                       ("region-padang", "/kunker/-/region/13.71")):
        tab.goto(site["base"] + path)
        tab.wait_for_load_state("load")
        assert literal in tab.locator("body").inner_text(), f"{path}: the script text is not shown"
        scripts = tab.evaluate("[...document.scripts].map(s => s.textContent).join('\\n')")
        assert "alert(1)" not in scripts, f"{path}: article text became a script element"
        shoot(tab, name)
    assert seen["dialogs"] == []


def test_visit_list_facet_filters_by_host(site, page):
    tab, _ = page
    tab.goto(site["base"] + "/kunker/visit_list")
    rows = tab.locator("table.rows-and-columns tbody tr")
    assert rows.count() == len(VISITS)
    host_facet = tab.locator("#facet-host")
    hosted = sum(1 for v in VISITS if v[3] == "35.10")
    item = host_facet.locator("li").filter(has_text="Kabupaten Banyuwangi")
    assert item.inner_text().split()[-1] == str(hosted)
    shoot(tab, "visit-list")
    item.get_by_role("link", name="Kabupaten Banyuwangi").click()
    tab.wait_for_url(re.compile(r"host=Kabupaten\+Banyuwangi"))
    assert rows.count() == hosted
    assert all("Kabupaten Banyuwangi" in text for text in rows.locator("td.col-host").all_inner_texts())
    newest = max((v for v in VISITS if v[3] == "35.10"), key=lambda v: v[4])
    rows.first.locator("td.col-id").get_by_role("link").click()
    tab.wait_for_url(f"**/kunker/-/visit/{newest[0]}")
    evidence = tab.locator("ul.evidence").inner_text()
    assert BY_KEY[newest[1]]["text"].split(". ")[0] in evidence  # the evidence sentence
    assert BY_KEY[newest[1]]["title"] in evidence  # and its report


# The reading room at a desktop and a phone width: the main content is visible and nothing scrolls sideways.
WIDTHS = (1280, 390)
ROOM_PAGES = [  # (screenshot name, path, selector of the main content, text it must show)
    ("visits", "/kunker/-/visits", ".kunker-visits ol.visit-rows", "Kabupaten Banyuwangi"),
    ("visits-all", "/kunker/-/visits?confidence=all", ".kunker-visits li.low", "rendah / low"),
    ("visit", "/kunker/-/visit/visit-1", ".kunker-visit ul.evidence", "memimpin sebelas pejabat"),
    ("article", "/kunker/-/article/{serang}", ".kunker-article .article-text", "Smart Dusun"),
    ("search", "/kunker/-/search?q=Sekda+Kab.+Banyuwangi", ".kunker-search ol.search-hits", "Sekretaris Daerah"),
    ("search-typo", "/kunker/-/search?q=Salatga", ".kunker-search .did-you-mean", "Salatiga"),
    ("query", "/kunker/visits_hosted_by_region?region=Banyuwangi", ".kunker-query .kunker-query-form", "region"),
    ("network", "/kunker/-/network", ".kunker-network .network-frame", ""),
    ("region", "/kunker/-/region/35.10", ".kunker-entity ol.timeline", "Kabupaten Serang"),
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name, path, selector, text", ROOM_PAGES, ids=[p[0] for p in ROOM_PAGES])
def test_reading_room_fits_the_screen(site, page, width, name, path, selector, text):
    tab, _ = page
    tab.set_viewport_size({"width": width, "height": 900})
    tab.goto(site["base"] + path.format(serang=site["aid"]["serang-banyuwangi"]))
    main = tab.locator(selector).first
    assert main.is_visible(), f"{path}: {selector} not visible"
    assert not text or text in main.inner_text()
    box = main.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width + 1, f"{path} at {width}px: {box}"
    overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {width}px"
    cut = tab.evaluate("""w => [...document.querySelectorAll('section.content *')]
        .filter(e => !e.closest('.network-frame') && e.getClientRects().length
                     && e.getBoundingClientRect().right > w + 1)
        .map(e => e.tagName + '.' + e.className).slice(0, 5)""", width)
    assert cut == [], f"{path} at {width}px: content runs past the screen's edge: {cut}"
    shoot(tab, f"room-{name}-{width}")


def test_visits_page_filters_in_the_browser(site, page):
    tab, _ = page
    tab.goto(site["base"] + "/kunker/-/visits")
    rows = tab.locator("ol.visit-rows > li")
    assert rows.count() == len([v for v in VISITS if v[0] != "visit-7"])
    tab.locator("select[name=year]").select_option("2023")
    tab.get_by_role("button", name="Tampilkan / show").click()
    tab.wait_for_url(re.compile(r"year=2023"))
    assert rows.count() == len([v for v in VISITS if v[4].startswith("2023")])
    csv_link = tab.locator(".downloads").get_by_role("link", name="CSV")
    assert "year=2023" in csv_link.get_attribute("href")
    response = tab.request.get(site["base"] + csv_link.get_attribute("href"))
    assert response.ok and len(response.text().strip().splitlines()) == rows.count() + 1


def test_search_did_you_mean_leads_to_results(site, page):
    tab, _ = page
    tab.goto(site["base"] + "/kunker/-/search")
    box = tab.locator("input[name=q]")
    box.fill("Banyuwangi Smart Dusunn")
    box.press("Enter")
    tab.wait_for_url(re.compile(r"q=Banyuwangi"))
    suggestion = tab.locator(".did-you-mean a").first
    assert suggestion.is_visible()
    tab.goto(site["base"] + "/kunker/-/search?q=Salatga")
    tab.locator(".did-you-mean").get_by_role("link", name="Salatiga", exact=True).click()
    tab.wait_for_url(re.compile(r"q=Salatiga"))
    shoot(tab, "search-salatiga")


def test_canned_query_sql_behind_a_toggle(site, page):
    tab, _ = page
    tab.goto(site["base"] + "/kunker/visits_hosted_by_region")
    assert tab.title() == "Kunjungan yang diterima daerah / visits hosted by a region"
    sql = tab.locator("details.show-sql pre")
    assert not sql.is_visible()
    form_top = tab.locator("form.kunker-query-form").bounding_box()["y"]
    tab.locator("details.show-sql summary").click()
    assert sql.is_visible() and "from visit_list" in sql.inner_text()
    assert sql.bounding_box()["y"] > form_top
    tab.locator("input[name=region]").fill("Serang")
    tab.get_by_role("button", name="Jalankan / run").click()
    tab.wait_for_url(re.compile(r"region=Serang"))
    assert tab.locator("table.rows-and-columns tbody tr").count() == sum(1 for v in VISITS if v[3] == "36.04")


def test_javascript_article_url_renders_as_text(site, page):
    tab, seen = page
    for path in (f"/kunker/-/article/{site['aid']['rujukan']}", "/kunker/-/visit/visit-7", "/kunker/-/region/35.73",
                 "/kunker/articles"):
        tab.goto(site["base"] + path)
        links = tab.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)"
                             ".filter(h => !/^https?:/i.test(h))")
        assert links == [], f"{path}: links that are not web addresses: {links}"
        if "-/" in path:
            shown = tab.locator(".url-text").first
            assert shown.is_visible()
            shown.click()
    assert seen["dialogs"] == []
    shoot(tab, "javascript-url-as-text")


def test_heavy_function_query_refused_quickly(site, page):
    tab, _ = page
    sql = "select length(hex(randomblob(400000000)))"
    started = time.monotonic()
    tab.goto(site["base"] + "/kunker?" + urllib.parse.urlencode({"sql": sql}))
    assert time.monotonic() - started < 3
    assert "too big" in tab.locator(".message-error").inner_text()


def test_network_on_a_phone(site, page):
    tab, _ = page
    tab.set_viewport_size({"width": 390, "height": 844})
    tab.goto(site["base"] + "/kunker/-/network")
    frame = tab.locator(".network-frame").bounding_box()
    drawing = tab.locator("svg.network").bounding_box()
    assert frame["width"] <= 390 and drawing["height"] > 250  # legible: the map pans inside its frame
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390
    tab.locator(".network-frame").evaluate("f => f.scrollLeft = 200")
    assert tab.locator(".network-frame").evaluate("f => f.scrollLeft") > 0
    assert tab.locator("select#year").is_visible() and tab.get_by_role("button", name="Filter").is_visible()
    row = tab.locator("table.network-edges tbody tr").first
    box = row.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390 and box["height"] < 80  # one compact card per edge
    assert "→" in row.inner_text() or "Kabupaten" in row.inner_text()
    tab.locator("input[name=confidence]").check()
    tab.get_by_role("button", name="Filter").click()
    tab.wait_for_url(re.compile(r"confidence=all"))
    shoot(tab, "network-390-all")
