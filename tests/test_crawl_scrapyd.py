"""Scrapyd jobs without the sources file: the spider takes its source as ``-a source_json`` and ``kunker schedule
--scrapyd`` passes it (``--remote-sources`` still names a file on the hosts instead). A unit test of the
arguments and one real dispatch to a Scrapyd started here."""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from in_process import run_main
from ops_services import FAST, ROOT, Scrapyd, SitemapSite, wait_for

from crawler.sources import SourcesError, load_sources, source_from_json
from crawler.spiders.news import NewsSpider
from kunker import schedule as scheduler
from kunker.schedule import main as schedule_main

SOURCE = "Pemkab Contoh"
ARTICLES = 12


class RecordingClient(scheduler.ScrapydClient):
    """Scrapyd's answers without a Scrapyd: records each request's parameters."""

    calls: list[tuple[str, list[tuple[str, str]] | None]] = []

    def _open(self, endpoint: str, data: list[tuple[str, str]] | None = None) -> dict:
        self.calls.append((endpoint, data))
        return {"status": "ok", "jobid": f"job{len(self.calls)}", "pending": [], "running": []}


def write_sources(path: Path) -> Path:
    path.write_text('- name: "Pemkab Contoh"\n  url: "https://contoh.go.id/"\n  region: "35.10"\n'
                    '  date_format: "%d-%m-%Y %H:%M WIB"\n  selectors: {body: ".isi"}\n  kind: government\n',
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("remote", [None, "/srv/kunker/sources.yml"])
def test_schedule_passes_the_source_as_json_unless_remote_sources(tmp_path, monkeypatch, remote):
    monkeypatch.setattr(scheduler, "ScrapydClient", RecordingClient)
    RecordingClient.calls = []
    sources = write_sources(tmp_path / "sources.yml")
    result = scheduler.schedule(sources, tmp_path / "k.db", datetime(2026, 1, 1, tzinfo=UTC),
                                scrapyd=["http://scrapyd.test:6800"], remote_sources=remote, tag=False,
                                stream=io.StringIO())
    assert result["jobs"] == {SOURCE: ["job2"]}
    (endpoint, params), = [c for c in RecordingClient.calls if c[0] == "schedule.json"]
    args = dict(p for p in params if p[0] != "setting")
    assert (args["project"], args["spider"]) == ("kunker", "news")
    if remote:
        assert (args["sources"], args["source_name"]) == (remote, SOURCE) and "source_json" not in args
    else:
        assert "sources" not in args and "source_name" not in args
        (expected,) = load_sources(sources)
        assert source_from_json(args["source_json"]) == expected
        assert json.loads(args["source_json"])["date_format"] == "%d-%m-%Y %H:%M WIB"


def test_spider_takes_source_json_validated_like_the_file():
    spider = NewsSpider(source_json='{"name": "Pemkab Contoh", "url": "https://contoh.go.id/", "region": "35.10", '
                                    '"selectors": {"body": ".isi"}}')
    assert (spider.source.name, spider.source.region_code, spider.source.selectors) == \
        ("Pemkab Contoh", "35.10", {"body": ".isi"})
    assert spider.allowed_domains == ["contoh.go.id"]
    with pytest.raises(SourcesError, match=r'source_json: entry 1 \("Pemkab Contoh"\): unknown kind "pemda"'):
        NewsSpider(source_json='{"name": "Pemkab Contoh", "url": "https://contoh.go.id/", "kind": "pemda"}')


def test_schedule_dispatches_to_scrapyd_without_the_sources_file_on_the_host(tmp_path):
    db = tmp_path / "kunker.db"
    with Scrapyd(tmp_path / "scrapyd") as scrapyd, SitemapSite(tmp_path / "site", ARTICLES) as site:
        scrapyd.deploy(tmp_path / "build")
        (tmp_path / "scheduler").mkdir()
        sources = site.sources_file(tmp_path / "scheduler" / "sources.yml", SOURCE)
        fast = [arg for k, v in FAST.items() for arg in ("-s", f"{k}={v}")]
        result = run_main(schedule_main, ["schedule", "--sources", str(sources), "--db", str(db), "--scrapyd",
                                          scrapyd.url, "--no-tag", *fast], cwd=ROOT, timeout=60)
        assert result.returncode == 0, result.stderr[-2000:]
        sources.unlink()  # the job does not read it
        (job,) = [line.split("Scrapyd job ")[1].split()[0] for line in result.stdout.splitlines()
                  if "Scrapyd job" in line]
        wait_for(lambda: scrapyd.jobs().get(job, {}).get("state") == "finished", 90, "the Scrapyd job to finish")
        log = scrapyd.log(job)
        assert f"source '{SOURCE}' given by -a source_json" in log, log[-3000:]
        conn = sqlite3.connect(db)
        try:
            urls = {row[0] for row in conn.execute("SELECT url FROM articles")}
            runs = conn.execute("SELECT source, status, articles_new FROM crawl_runs").fetchall()
        finally:
            conn.close()
        assert urls == site.urls()
        assert runs == [(SOURCE, "ok", ARTICLES)]
