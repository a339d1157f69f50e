"""The offline demo: serve two local news portals, crawl them with the real spider, tag, publish.

``kunker demo`` runs :func:`run_demo`; tests and tools that only need the database call
:func:`build_demo_db` (once per process: Scrapy's Twisted reactor cannot restart, so run it in a
subprocess via ``python -m kunker.demo --build-only --db PATH``).

The portals listen on fixed ports (``DEMO_SITE_PORTS``, override with ``KUNKER_DEMO_SITE_PORTS=8401,8402``)
because article URLs include the port: the same URLs on every run keep re-runs from duplicating anything.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from kunker.demo.site import DemoSite
from kunker.errors import UserError

__all__ = ["DEMO_CRAWL_SETTINGS", "DemoSite", "build_demo_db", "run_demo", "site_ports"]

DEMO_SITE_PORTS = (8401, 8402)
# The demo site is local: no politeness delay is needed, AutoThrottle stays on.
DEMO_CRAWL_SETTINGS: dict[str, Any] = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_START_DELAY": 0.05,
    "AUTOTHROTTLE_MAX_DELAY": 2.0,
    "KUNKER_PROGRESS_INTERVAL": 2.0,
}

Say = Callable[[str], None]


def _say(message: str) -> None:
    print(f"kunker demo: {message}", flush=True)


def site_ports() -> tuple[int, ...]:
    """The demo portals' ports: ``KUNKER_DEMO_SITE_PORTS`` ("8401,8402") or the defaults."""
    raw = os.environ.get("KUNKER_DEMO_SITE_PORTS")
    if not raw:
        return DEMO_SITE_PORTS
    try:
        ports = tuple(int(p) for p in raw.split(","))
    except ValueError:
        ports = ()
    if len(ports) != len(DEMO_SITE_PORTS) or not all(0 <= p < 65536 for p in ports):
        raise UserError(f"KUNKER_DEMO_SITE_PORTS={raw!r}: expected {len(DEMO_SITE_PORTS)} comma-separated "
                        "port numbers, e.g. 8401,8402")
    return ports


def start_site(host: str = "127.0.0.1", ports: tuple[int, ...] | None = None) -> DemoSite:
    """Start the demo portals; a port in use becomes a one-line user error."""
    ports = site_ports() if ports is None else ports
    try:
        return DemoSite(host=host, ports=ports).start()
    except OSError as exc:
        raise UserError(f"cannot serve the demo site on {host} ports {', '.join(map(str, ports))}: "
                        f"{exc.strerror or exc} (another 'kunker demo' running? set KUNKER_DEMO_SITE_PORTS)"
                        ) from exc


def write_sources(site: DemoSite, path: Path) -> Path:
    """Write the sources file (YAML ``{name, url, region, kind}`` per portal) for the running site."""
    path.write_text(yaml.safe_dump(site.sources(), allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _counts(db_path: Path, site: DemoSite) -> dict[str, Any]:
    """Articles per source, visits, and the tagged visits compared with the articles' ``visit`` lines."""
    from kunker import db as store

    db = store.connect(db_path)
    try:
        per_source = {row[0]: row[1] for row in db.conn.execute(
            "SELECT source, count(*) FROM articles WHERE source LIKE 'demo-%' GROUP BY source")}
        found: dict[tuple[str, str], set[tuple[str, str]]] = {}
        for source, title, visitor, host in db.conn.execute(
                "SELECT a.source, a.title, rv.name, rh.name FROM visit_articles va "
                "JOIN articles a ON a.id = va.article_id JOIN visits v ON v.id = va.visit_id "
                "LEFT JOIN regions rv ON rv.code = v.visitor_code "
                "LEFT JOIN regions rh ON rh.code = v.host_code"):
            found.setdefault((source, title), set()).add((visitor, host))
        visits = db.conn.execute("SELECT count(*) FROM visits").fetchone()[0]
    finally:
        db.conn.close()
    expected = {(f"demo-{p.key}", a.title): set(a.visits) for p in site.portals for a in p.articles}
    pairs = {"expected": sum(len(v) for v in expected.values()),
             "found": sum(len(v & expected.get(k, set())) for k, v in found.items()),
             "unexpected": sum(len(v - expected.get(k, set())) for k, v in found.items())}
    return {"articles": sum(per_source.values()), "articles_per_source": per_source, "visits": visits,
            "visit_articles": len(found), "annotated_visits": pairs}


def build_demo_db(db_path: str | Path, site: DemoSite | None = None,
                  crawl_settings: dict[str, Any] | None = None, say: Say = _say) -> dict[str, Any]:
    """Crawl the demo site into ``db_path`` and tag it; returns a summary. Idempotent.

    Uses the running ``site`` or starts one on :func:`site_ports` (stopped again on return). Runs Scrapy in
    this process, so it can be called once per process.
    """
    from crawler.runner import run_crawl
    from crawler.sources import load_sources
    from kunker import db as store
    from kunker.tagging import tag_database
    from nlp import Tagger

    db_path = Path(db_path)
    own_site = site is None
    if site is None:
        site = start_site()
        say(f"news sites up: {', '.join(f'{k} {u}' for k, u in site.urls.items())}")
    try:
        with tempfile.TemporaryDirectory(prefix="kunker-demo-") as tmp:
            sources = load_sources(write_sources(site, Path(tmp) / "demo-sources.yaml"))
            say(f"crawling {len(sources)} sources into {db_path} with the kunker spider")
            crawl = run_crawl(sources, db_path, settings={**DEMO_CRAWL_SETTINGS, **(crawl_settings or {})})
        _restore_sigint()
        say(f"crawl done: {crawl['articles_new']} new, {crawl['articles_updated']} updated, "
            f"{crawl['articles_unchanged']} unchanged articles, {crawl['errors']} errors")
        tagger = Tagger(profile="free")
        say(f"tagging with {tagger.version}")
        db = store.connect(db_path)
        try:
            tag = tag_database(db, tagger)
        finally:
            db.conn.close()
        say(f"tagged {tag['articles']} articles: {tag['regions']} regions, {tag['officials']} officials, "
            f"{tag['programs']} programs")
    finally:
        if own_site:
            site.stop()
    summary = {"crawl": crawl, "tag": tag, **_counts(db_path, site)}
    pairs = summary["annotated_visits"]
    say(f"database {db_path}: {summary['articles']} demo articles, {summary['visits']} visits "
        f"({pairs['found']} of the {pairs['expected']} visits the articles report, "
        f"{pairs['unexpected']} other visitor/host pairs)")
    return summary


def _restore_sigint() -> None:
    """Scrapy leaves its own SIGINT handler installed; give Ctrl-C back to Python for the next stage."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.default_int_handler)


def _block(site: DemoSite) -> None:
    try:
        threading.Event().wait()
    finally:
        site.stop()


def run_demo(db_path: Path, port: int = 8001, host: str = "127.0.0.1", serve_site_only: bool = False) -> int:
    """``kunker demo``: serve the news sites, crawl, tag, then serve Datasette (blocks until Ctrl-C)."""
    db_path = Path(db_path)
    ports = site_ports()
    if port in ports:
        raise UserError(f"--port {port} is one of the demo site's ports ({', '.join(map(str, ports))}); "
                        "choose another port or set KUNKER_DEMO_SITE_PORTS")
    site = start_site()
    for portal in site.portals:
        _say(f"[1/4] news site {portal.name} ({portal.layout} layout, {len(portal.articles)} articles): "
             f"{site.urls[portal.key]}")
    if serve_site_only:
        _say("sources for 'kunker crawl --sources FILE':\n" + yaml.safe_dump(
            site.sources(), allow_unicode=True, sort_keys=False).rstrip())
        _say("serving the news sites only; press Ctrl-C to stop")
        _block(site)
        return 0
    try:
        _say(f"[2/4] crawl, [3/4] tag -> {db_path}")
        summary = build_demo_db(db_path, site=site)
        if summary["crawl"].get("failed"):
            _say("crawl failed for at least one source; see the summary above")
            return 1
        from kunker.serve import serve

        _say(f"[4/4] publishing {db_path} with Datasette (the news sites stay up for the article links)")
        _say(f"Datasette: http://{host}:{port}/ (the demo database: http://{host}:{port}/{db_path.stem})")
        sys.stdout.flush()
        return serve(db_path, port=port, host=host)
    finally:
        site.stop()
