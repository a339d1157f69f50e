"""Run checks (Spidermon) on real crawls: results in crawl_runs.checks/alert, failures to the notifier
(a log line and a webhook POST to a local server)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from ops_services import ROOT, SitemapSite

from crawler.monitors import RunFacts, alert_text, evaluate
from kunker import db as store
from kunker.notify import notify

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]


class Webhook:
    """A local webhook receiver: every POST body (JSON) lands in ``posts``."""

    def __init__(self, status: int = 200) -> None:
        self.posts: list[dict] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                receiver.posts.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                return

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"

    def __enter__(self) -> Webhook:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def test_checks_pass_and_fail_on_the_right_numbers():
    good = RunFacts("S", "finished", pages=40, errors=2, articles_seen=30)
    assert all(c["ok"] for c in evaluate(good)) and alert_text("S", evaluate(good)) is None
    bad = RunFacts("S", "shutdown", pages=10, errors=5, articles_seen=0, invalid_items=2)
    failed = {c["name"] for c in evaluate(bad) if not c["ok"]}
    assert failed == {"finished", "error rate", "articles", "required fields"}
    assert alert_text("S", evaluate(bad)).startswith("S: finished failed (finish reason shutdown); error rate failed")
    assert not evaluate(RunFacts("S", "finished", pages=0, errors=0, articles_seen=0))[1]["ok"]  # nothing fetched
    assert evaluate(good, min_articles=31)[2]["ok"] is False


def test_notifier_logs_and_posts_to_the_webhook(caplog):
    with Webhook() as hook:
        assert notify("Kab A: articles failed", {"source": "Kab A"}, webhook_url=hook.url)
    assert hook.posts == [{"text": "kunker: Kab A: articles failed", "kunker": {"source": "Kab A"}}]
    assert "ALERT Kab A: articles failed" in caplog.text
    with Webhook(status=500) as broken:
        assert not notify("x", webhook_url=broken.url)  # logged, not raised
    assert "alert webhook failed" in caplog.text


def crawl(tmp_path, site: SitemapSite, env: dict[str, str]) -> subprocess.CompletedProcess:
    sources = site.sources_file(tmp_path / "sources.yml", "Pemkab Contoh")
    return subprocess.run([sys.executable, "-m", "crawler.runner", "--sources", str(sources), "--db",
                           str(tmp_path / "k.db"), *FAST], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, **env})


def test_a_healthy_crawl_records_passing_checks(tmp_path):
    with SitemapSite(tmp_path / "site", 8) as site:
        result = crawl(tmp_path, site, {})
    assert result.returncode == 0, result.stderr[-2000:]
    checks, alert = store.connect(tmp_path / "k.db").conn.execute("SELECT checks, alert FROM crawl_runs").fetchone()
    assert {c["name"]: c["ok"] for c in json.loads(checks)} == {
        "finished": True, "error rate": True, "articles": True, "required fields": True}
    assert alert is None


def test_a_broken_source_is_recorded_and_alerted(tmp_path):
    with SitemapSite(tmp_path / "site", 0) as site, Webhook() as hook:
        for n in range(1, 4):  # the sitemap lists three articles that answer 500
            site.server.statuses[f"/gone/{n}"] = 500
        site.server.routes["/sitemap.xml"] = lambda h: h.reply(200, (
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>{site.server.url(f'/gone/{n}')}</loc></url>" for n in range(1, 4))
            + "</urlset>").encode(), "application/xml")
        result = crawl(tmp_path, site, {"KUNKER_WEBHOOK_URL": hook.url})
    assert result.returncode == 1, result.stderr[-2000:]  # a source failed its checks
    conn = store.connect(tmp_path / "k.db").conn
    status, errors, checks, alert = conn.execute("SELECT status, errors, checks, alert FROM crawl_runs").fetchone()
    assert (status, errors) == ("empty", 3)
    assert "every article candidate failed (3 of 3)" in alert
    assert "Pemkab Contoh: FAILED: no article found: every article candidate failed (3 of 3)" in result.stdout
    assert "Traceback" not in result.stderr and "AssertionError" not in result.stderr
    failed = {c["name"] for c in json.loads(checks) if not c["ok"]}
    assert failed == {"articles", "error rate"}
    assert alert.startswith("Pemkab Contoh: ") and "articles failed (0 articles seen (min 1): " in alert
    assert "error rate failed (3 errors / 5 pages = 0.60 (max 0.20))" in alert
    assert [p["text"] for p in hook.posts] == [f"kunker: {alert}"]
    assert "ALERT Pemkab Contoh" in result.stderr


@pytest.fixture(autouse=True)
def _no_webhook(monkeypatch):
    monkeypatch.delenv("KUNKER_WEBHOOK_URL", raising=False)
