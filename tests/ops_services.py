"""Real services for the scale-out tests and bench: a redis-server and a Scrapyd on free localhost ports, the
project deployed to that Scrapyd with scrapyd-deploy, and a generated news site with a sitemap.

Both servers are started by the caller and stopped on exit; nothing is left running. Waiting is polling with
a deadline (:func:`wait_for`), never a fixed sleep.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from datasette_helpers import free_port
from in_process import run_main
from sites import newsgen
from sites.server import SiteServer

from kunker.ingest import main as ingest_main

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
PROJECT_FILES = ("scrapy.cfg", "setup.py", "pyproject.toml", "README.md", "LICENSE", "crawler", "kunker")
FAST = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False", "CONCURRENT_REQUESTS_PER_DOMAIN": "8",
        "LOG_LEVEL": "INFO", "KUNKER_PROGRESS_INTERVAL": "2"}


def wait_for(condition: Callable[[], Any], timeout: float, what: str, interval: float = 0.05) -> Any:
    """Poll ``condition`` until it returns something truthy; fail after ``timeout`` seconds naming ``what``."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)  # polling interval, not a timing assumption


def _answers(probe: Callable[[], Any]) -> bool:
    try:
        probe()
        return True
    except Exception:  # noqa: BLE001 - not up yet
        return False


@contextmanager
def redis_server(workdir: Path) -> Iterator[str]:
    """A throw-away redis-server (no persistence) on a free port; yields its URL."""
    import redis

    if not Path(REDIS_SERVER).exists():
        raise RuntimeError("redis-server not found: install the Debian package redis-server")
    port = free_port()
    proc = subprocess.Popen([REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", str(workdir)], stdout=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        client = redis.Redis.from_url(url)
        wait_for(lambda: _answers(client.ping), 20, "redis-server to answer PING")
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


class Scrapyd:
    """A Scrapyd daemon in ``workdir``: ``call("schedule.json", project=..., ...)`` posts, ``get`` reads."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        workdir.mkdir(parents=True, exist_ok=True)
        (workdir / "scrapyd.conf").write_text(
            "[scrapyd]\nbind_address = 127.0.0.1\n"
            f"http_port = {self.port}\neggs_dir = eggs\nlogs_dir = logs\nitems_dir =\ndbs_dir = dbs\n"
            "max_proc = 8\npoll_interval = 0.2\njobs_to_keep = 20\n", encoding="utf-8")
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> Scrapyd:
        # Jobs run the deployed egg's code; the reference data (data/regions.csv) is not in the egg
        env = {**_env(), "KUNKER_DATA": str(ROOT / "data")}
        self.proc = subprocess.Popen([str(BIN / "scrapyd")], cwd=self.workdir, stdout=subprocess.DEVNULL,
                                     stderr=(self.workdir / "scrapyd.err").open("w"), env=env)
        wait_for(lambda: _answers(lambda: self.get("daemonstatus.json")), 30, "Scrapyd to answer")
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.proc is not None
        for job in self.get("listjobs.json", project="kunker").get("running", []) if self.deployed() else []:
            self.call("cancel.json", project="kunker", job=job["id"], signal="KILL")
        self.proc.terminate()
        self.proc.wait(20)

    def deployed(self) -> bool:
        return "kunker" in self.get("listprojects.json").get("projects", [])

    def get(self, endpoint: str, **params: str) -> dict[str, Any]:
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        with urllib.request.urlopen(self.url + endpoint + query, timeout=10) as response:
            return json.loads(response.read())

    def call(self, endpoint: str, params: list[tuple[str, str]] | None = None, **kw: str) -> dict[str, Any]:
        data = urllib.parse.urlencode([*(params or []), *kw.items()]).encode()
        with urllib.request.urlopen(self.url + endpoint, data=data, timeout=30) as response:
            answer = json.loads(response.read())
        if answer.get("status") != "ok":
            raise RuntimeError(f"Scrapyd {endpoint}: {answer}")
        return answer

    def deploy(self, builddir: Path) -> str:
        """Deploy the project with ``scrapyd-deploy`` (target ``env`` of scrapy.cfg, url from SCRAPYD_URL),
        from a copy of the project files so the build leaves nothing in the working tree."""
        builddir.mkdir(parents=True, exist_ok=True)
        for name in PROJECT_FILES:
            source = ROOT / name
            if not source.exists():
                raise FileNotFoundError(f"{source}: needed to deploy the project with scrapyd-deploy")
            if source.is_dir():
                shutil.copytree(source, builddir / name, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copy2(source, builddir / name)
        if "[project.entry-points.scrapy]" not in (builddir / "pyproject.toml").read_text(encoding="utf-8"):
            raise RuntimeError('pyproject.toml needs [project.entry-points.scrapy] settings = "crawler.settings": '
                               "Scrapyd finds the project's settings module through it")
        out = subprocess.run([str(BIN / "scrapyd-deploy"), "env", "-p", "kunker", "-v", "test"], cwd=builddir,
                             capture_output=True, text=True, timeout=180,
                             env={**_env(), "SCRAPYD_URL": self.url})
        if out.returncode != 0 or '"status": "ok"' not in out.stdout + out.stderr:
            raise RuntimeError(f"scrapyd-deploy failed ({out.returncode}): {out.stdout[-800:]} {out.stderr[-800:]}")
        return out.stdout + out.stderr

    def schedule(self, sources: Path, source_name: str, settings: dict[str, str]) -> str:
        params = [("project", "kunker"), ("spider", "news"), ("sources", str(sources)),
                  ("source_name", source_name), *[("setting", f"{k}={v}") for k, v in settings.items()]]
        return self.call("schedule.json", params)["jobid"]

    def jobs(self) -> dict[str, dict[str, Any]]:
        """job id -> job (with ``state``: pending, running, finished)."""
        listing = self.get("listjobs.json", project="kunker")
        return {job["id"]: {**job, "state": state} for state in ("pending", "running", "finished")
                for job in listing.get(state, [])}

    def log(self, job: str) -> str:
        path = self.workdir / "logs" / "kunker" / "news" / f"{job}.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "SCRAPYD_URL"}


class SitemapSite:
    """A generated news site of ``count`` articles announced by robots.txt -> sitemap.xml; article number
    ``hold`` answers its first request only once ``release`` is set."""

    def __init__(self, workdir: Path, count: int, hold: int | None = None) -> None:
        self.articles = newsgen.make_articles(count, "/read/{n}/{slug}")
        self.server = SiteServer(workdir)
        self.arrived, self.release = threading.Event(), threading.Event()
        routes = newsgen.article_routes(self.articles)
        home = "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Pemkab Contoh</title></head><body>" \
               "<h1>Pemerintah Kabupaten Contoh</h1><p>Selamat datang.</p></body></html>"
        routes["/"] = newsgen.page(home)
        routes["/robots.txt"] = lambda h: h.reply(200, f"User-agent: *\nAllow: /\nSitemap: "
                                                       f"{self.server.url('/sitemap.xml')}\n".encode(), "text/plain")
        routes["/sitemap.xml"] = lambda h: h.reply(
            200, newsgen.urlset([self.server.url(a.path) for a in self.articles]).encode(), "application/xml")
        self.held = self.articles[hold - 1] if hold else None
        if self.held:
            page, first = routes[self.held.path], threading.Lock()

            def held(handler) -> None:
                if first.acquire(blocking=False):  # only the first request waits
                    self.arrived.set()
                    self.release.wait(60)
                page(handler)

            routes[self.held.path] = held
        self.server.routes.update(routes)

    def __enter__(self) -> SitemapSite:
        self.server.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.server.__exit__(*exc)

    def sources_file(self, path: Path, name: str = "Pemkab Contoh") -> Path:
        path.write_text(f'- name: "{name}"\n  url: "{self.server.url("/")}"\n', encoding="utf-8")
        return path

    def urls(self) -> set[str]:
        return {self.server.url(a.path) for a in self.articles}

    def add_articles(self, count: int) -> list[newsgen.Article]:
        """Publish ``count`` more articles (in the sitemap too); return them."""
        more = newsgen.make_articles(len(self.articles) + count, "/read/{n}/{slug}")[len(self.articles):]
        self.articles += more
        self.server.routes.update(newsgen.article_routes(more))
        return more


def ingest_args(redis_url: str, db: Path, *extra: str) -> list[str]:
    return ["--redis", redis_url, "--db", str(db), *extra]


def ingest_command(redis_url: str, db: Path, *extra: str) -> list[str]:
    """``python -m kunker.ingest``, a process of its own (one that runs beside others, or is stopped)."""
    return [sys.executable, "-m", "kunker.ingest", *ingest_args(redis_url, db, *extra)]


def run_ingest(redis_url: str, db: Path, *extra: str) -> subprocess.CompletedProcess:
    """``python -m kunker.ingest`` run to its end in this process (tests/in_process.py)."""
    return run_main(ingest_main, ingest_args(redis_url, db, *extra), cwd=ROOT, timeout=120)


def worker_command(redis_url: str, sources: Path, settings: dict[str, str]) -> list[str]:
    """A crawler worker run locally (``python -m crawler.runner``) with the Redis switch on."""
    sets = [arg for k, v in {**settings, "KUNKER_REDIS_URL": redis_url}.items() for arg in ("-s", f"{k}={v}")]
    return [sys.executable, "-m", "crawler.runner", "--sources", str(sources), "--db", "/dev/null", *sets]
