"""A source whose scaled-out crawl finds no article is an alert with its reason, as a local crawl's is: a real
redis-server, a crawler worker (``python -m crawler.runner`` with the Redis switch), ``kunker ingest``, then
``kunker status`` and the crawl-health canned query."""

from __future__ import annotations

import subprocess

import yaml
from in_process import run_main
from ops_services import FAST, ROOT, redis_server, run_ingest, worker_command
from sites import newsgen
from sites.dbquery import query
from sites.server import SiteServer

from kunker.cli import main as kunker_main

SOURCE = "Pemkab Sunyi"
HOME = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Pemkab Sunyi</title></head><body>"
        "<h1>Pemerintah Kabupaten Sunyi</h1><p>Selamat datang di laman resmi kami. Laman berita sedang "
        "dibangun.</p><p><a href='/profil'>Profil</a></p></body></html>")
PROFILE = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Profil</title></head><body><h1>Profil</h1>"
           "<p>Kabupaten Sunyi terletak di pesisir dan dihuni oleh sekitar dua ratus ribu jiwa.</p></body></html>")


def crawl_health(db) -> list[dict]:
    queries = yaml.safe_load((ROOT / "datasette_config" / "queries.yml").read_text(encoding="utf-8"))
    sql = queries["crawl_health"]["sql"]
    rows = query(db, sql)
    names = [c.split(" as ")[-1].strip() for c in ("source", "url", "region", "runs", "last_run", "last_status",
                                                    "last_alert")]
    return [dict(zip(names, row[:7], strict=True)) for row in rows]


def test_ingested_run_without_articles_is_an_alert_with_its_reason(tmp_path):
    db = tmp_path / "kunker.db"
    with redis_server(tmp_path) as redis_url, SiteServer(tmp_path / "site") as server:
        server.routes.update({"/": newsgen.page(HOME), "/profil": newsgen.page(PROFILE)})
        sources = tmp_path / "sources.yml"
        sources.write_text(f'- name: "{SOURCE}"\n  url: "{server.url("/")}"\n', encoding="utf-8")
        worker = subprocess.run(worker_command(redis_url, sources, FAST), cwd=ROOT, capture_output=True, text=True,
                                timeout=180)
        assert worker.returncode == 1, worker.stderr[-2000:]  # the worker sees its own failed "articles" check
        ingest = run_ingest(redis_url, db, "--no-tag", "--idle-exit", "1")
        assert ingest.returncode == 0, ingest.stderr[-2000:]
    (status, alert), = query(db, "SELECT status, alert FROM crawl_runs")
    assert status == "empty"
    assert alert.startswith(f"{SOURCE}: articles failed (0 articles seen (min 1): "), alert
    reason = alert.split("(min 1): ", 1)[1]
    assert reason.startswith("no listing found: the entry page links to no article, listing or pagination"), alert
    shown = run_main(kunker_main, ["status", "--db", str(db)], cwd=ROOT, timeout=60)
    assert shown.returncode == 0, shown.stderr[-2000:]
    line = next(line for line in shown.stdout.splitlines() if line.startswith(SOURCE))
    assert "empty" in line and "no listing found: the entry page links to no article" in line, shown.stdout
    health = {row["source"]: row for row in crawl_health(db)}
    assert health[SOURCE]["last_status"] == "empty" and health[SOURCE]["last_alert"] == alert
