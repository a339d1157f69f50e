"""``kunker correct``: a maintainer's correction survives ``kunker tag --all`` and a re-crawl, and shows.

The pipeline is the real one: a Scrapy crawl of a local copy of tests/sites/pemkab (its fictional host
"Kabupaten Contoh" renamed to a real regency so the tagger finds visits), ``kunker tag``, ``kunker correct``,
``kunker tag --all``, a second full crawl after one article's text changed, ``kunker tag`` again.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest
from datasette_helpers import ROOT, InProcessSite, get
from in_process import run_main
from sites.dbquery import query
from sites.server import SITES, SiteServer

from kunker import serve
from kunker.cli import main as kunker_main

EXPECTED = json.loads((SITES / "pemkab" / "expected.json").read_text(encoding="utf-8"))
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "RETRY_TIMES=1"]
HOST = "35.10"  # Kabupaten Banyuwangi


def run(*args: str) -> subprocess.CompletedProcess:
    """``kunker ARGS`` in this process (tests/in_process.py); crawls run in processes of their own."""
    return run_main(kunker_main, args, cwd=ROOT, timeout=120)


def crawl(site: SiteServer, db: Path, tmp: Path, *settings: str) -> None:
    sources = tmp / "sources.yml"
    sources.write_text(f'- name: "{EXPECTED["source"]}"\n  url: "{site.url("/")}"\n  region: "{HOST}"\n',
                       encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "crawler.runner", "--sources", str(sources), "--db",
                             str(db), *FAST, *settings], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]


def corrected_state(db: Path, visit_wrong: str, visit_fixed: str, program: str) -> dict[str, object]:
    serve.prepare(db)  # the views a site shows (made by kunker serve, not by crawls)
    return {
        "wrong": query(db, "SELECT corrected FROM visits WHERE id = ?", visit_wrong),
        "fixed": query(db, "SELECT date, delegation_size, corrected FROM visits WHERE id = ?", visit_fixed),
        "program_listed": query(db, "SELECT count(*) FROM visit_list WHERE programs LIKE '%' || "
                                    "(SELECT name FROM programs WHERE id = ?) || '%'", program)[0][0],
    }


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("corrections")
    site = tmp / "site"
    shutil.copytree(SITES / "pemkab", site)
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        page.write_text(html.replace("Kabupaten Contoh", "Kabupaten Banyuwangi").replace(
            "Bupati Contoh", "Bupati Banyuwangi"), encoding="utf-8")
    db = tmp / "kunker.db"
    with SiteServer(site, statuses={EXPECTED["broken"]: 500}) as server:  # one server: re-crawls keep URLs
        crawl(server, db, tmp)
        tagged = run("tag", "--db", str(db))
        assert tagged.returncode == 0, tagged.stderr
        yield {"site": site, "server": server, "db": db, "tmp": tmp}


def test_correction_survives_retag_and_recrawl(crawled):
    db, tmp = crawled["db"], crawled["tmp"]
    visits = query(db, "SELECT v.id, a.url FROM visits v JOIN visit_articles va ON va.visit_id = v.id "
                       "JOIN articles a ON a.id = va.article_id WHERE v.host_code = ? ORDER BY a.url", HOST)
    assert len(visits) >= 2, visits
    (wrong_id, _), (fixed_id, fixed_url) = visits[0], visits[1]
    program = query(db, "SELECT program_id FROM visit_programs WHERE visit_id = ?", fixed_id)[0][0]
    for args in (("visit", wrong_id, "--wrong", "--why", "not a learning visit"),
                 ("visit", fixed_id, "--set", "date=2024-03-11", "--set", "delegation_size=12",
                  "--why", "the article gives the first day and counts the leader"),
                 ("program", program, "--wrong", "--why", "a platform, not a program")):
        result = run("correct", *args, "--who", "tester", "--db", str(db))
        assert result.returncode == 0, result.stderr
    expected = {"wrong": [("wrong",)], "fixed": [("2024-03-11", 12, "fixed")], "program_listed": 0}
    assert corrected_state(db, wrong_id, fixed_id, program) == expected

    retag = run("tag", "--all", "--db", str(db))
    assert retag.returncode == 0 and "tagged 8 articles" in retag.stdout, retag.stderr
    assert corrected_state(db, wrong_id, fixed_id, program) == expected

    # Re-crawl after the article behind the fixed visit changed: it is stored again, untagged, re-tagged.
    text = query(db, "SELECT text FROM articles WHERE url = ?", fixed_url)[0][0]
    needle = " ".join(text.split()[:8])
    path = crawled["server"].file_for(urllib.parse.urlsplit(fixed_url).path, "")
    assert path is not None and needle in path.read_text(encoding="utf-8")
    path.write_text(path.read_text(encoding="utf-8").replace(needle, "Menurut catatan redaksi, " + needle, 1),
                    encoding="utf-8")
    crawl(crawled["server"], db, tmp, "-s", "KUNKER_INCREMENTAL=False")
    assert query(db, "SELECT tagger_version FROM articles WHERE url = ?", fixed_url) == [(None,)]
    again = run("tag", "--db", str(db))
    assert again.returncode == 0 and "tagged 1 articles" in again.stdout, again.stdout + again.stderr
    assert corrected_state(db, wrong_id, fixed_id, program) == expected

    listing = run("correct", "--list", "--db", str(db))
    assert listing.returncode == 0 and len(listing.stdout.strip().splitlines()) == 4
    assert "tester" in listing.stdout and "not a learning visit" in listing.stdout

    with InProcessSite(db) as site_in:
        _, page_html = get(site_in, f"/{db.stem}/-/visit/{fixed_id}")
        assert "diperbaiki / corrected" in page_html and "2024-03-11" in page_html
        assert "the article gives the first day" in page_html
        _, listed = get(site_in, f"/{db.stem}/-/visits")
        assert f"/-/visit/{fixed_id}" in listed and f"/-/visit/{wrong_id}" not in listed
        _, everything = get(site_in, f"/{db.stem}/-/visits?confidence=all")
        assert f"/-/visit/{wrong_id}" in everything and "salah / wrong" in everything
        network = get(site_in, f"/{db.stem}/-/network.json?confidence=all")[1]
        weights = sum(e["weight"] for e in json.loads(network)["edges"])
        assert weights == query(db, "SELECT count(*) FROM visits WHERE corrected IS NOT 'wrong'")[0][0]


@pytest.mark.parametrize("args, message", [
    (("visit", "no-such-visit", "--wrong", "--why", "x"), "not in the database"),
    (("visit", "{visit}", "--wrong"), "--why is required"),
    (("visit", "{visit}", "--set", "colour=red", "--why", "x"), "cannot be set"),
    (("visit", "{visit}", "--set", "host_code=99.99", "--why", "x"), "no region with that code"),
    (("visit", "{visit}", "--why", "x"), "either --wrong or"),
    (("visit",), "name what to correct"),
])
def test_correct_bad_input_is_one_line_exit_2(crawled, args, message):
    visit = query(crawled["db"], "SELECT id FROM visits ORDER BY id LIMIT 1")[0][0]
    before = query(crawled["db"], "SELECT count(*) FROM corrections")
    result = run("correct", *[a.format(visit=visit) for a in args], "--db", str(crawled["db"]))
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1 and message in lines[0], result.stderr
    assert query(crawled["db"], "SELECT count(*) FROM corrections") == before


def test_correct_missing_database_is_one_line(tmp_path):
    result = run("correct", "--list", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 2 and result.stderr.strip().endswith("no such database")
    assert not (tmp_path / "none.db").exists()


def test_official_and_program_corrections_outlive_the_aggregate_refresh(tmp_path):
    """The refresh after tagging recomputes an official's position and a program's name from the articles;
    the corrections are applied after it, so they win; an official's page lists them."""
    from datasette_helpers import build_fixture_db

    from kunker import corrections
    from kunker import db as store
    from kunker.tagging import finish

    db_path = tmp_path / "kunker.db"
    build_fixture_db(db_path)
    db = store.connect(db_path)
    corrections.add(db, "official", "off-budi", "promoted in 2024", fixes={"position": "Bupati"}, who="tester")
    corrections.add(db, "program", "prog-lpd", "a slogan, not a program", wrong=True, who="tester")
    finish(db, set())
    assert db.execute("SELECT position FROM officials WHERE id = 'off-budi'").fetchone() == ("Bupati",)
    programs = [r[0] for r in db.execute("SELECT programs FROM visit_list WHERE programs IS NOT NULL")]
    assert programs and not any("Layanan Pintar Desa" in p for p in programs)
    assert not db.execute("SELECT 1 FROM entity_names WHERE entity_id = 'prog-lpd'").fetchone()
    db.conn.close()
    with InProcessSite(db_path) as site:
        _, page = get(site, "/kunker/-/official/off-budi")
        assert "Koreksi / corrections" in page and "promoted in 2024" in page and "tester" in page
        _, page = get(site, "/kunker/-/program/prog-lpd")
        assert "ditandai salah / marked wrong" in page
