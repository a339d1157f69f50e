"""A local HTTP server for crawl tests: serves a folder of static pages plus programmable misbehaviour.

Clean URLs map to files: ``/`` -> ``index.html``, ``/berita/page/2`` -> ``berita/page/2.html``,
``/a/b.html`` -> ``a/b.html``, a query string ``/arsip?page=2`` -> ``arsip@page=2.html``. ``routes`` maps a
path (with query, or without to match any query) to a handler ``fn(handler) -> None`` that writes its own
response (``handler.reply(status, body, content_type, headers)``); ``statuses`` maps a
path to an HTTP error status. Every request path is recorded in ``requests``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

SITES = Path(__file__).resolve().parent
TYPES = {".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8",
         ".xml": "application/xml; charset=utf-8", ".json": "application/json; charset=utf-8"}


class SiteServer:
    """``with SiteServer("pemkab") as site: site.url("/berita")``."""

    def __init__(self, root: str | Path, statuses: dict[str, int] | None = None,
                 routes: dict[str, Callable[[BaseHTTPRequestHandler], None]] | None = None) -> None:
        self.root = (Path(root) if Path(root).is_absolute() else SITES / root).resolve()
        self.statuses = statuses or {}
        self.routes = routes or {}
        self.requests: list[str] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def handle(self) -> None:
                try:
                    super().handle()
                except ConnectionError:  # the tests close connections on purpose
                    pass

            def do_GET(self) -> None:  # noqa: N802
                with server._lock:
                    server.requests.append(self.path)
                parts = urlsplit(self.path)
                key = parts.path + (f"?{parts.query}" if parts.query else "")
                route = server.routes.get(key) or server.routes.get(parts.path)
                if route is not None:
                    route(self)
                    return
                if key in server.statuses:
                    self.reply(server.statuses[key], b"<html><body><h1>Server error</h1></body></html>")
                    return
                file = server.file_for(parts.path, parts.query)
                if file is None:
                    self.reply(404, b"<html><body><h1>404 Halaman tidak ditemukan</h1></body></html>")
                    return
                self.reply(200, file.read_bytes(), TYPES.get(file.suffix, "application/octet-stream"))

            def reply(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
                      headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                return

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def file_for(self, path: str, query: str = "") -> Path | None:
        name = path.strip("/") or "index"
        if query:
            name += "@" + query
        candidates = [name] if Path(name).suffix in TYPES else [name + ".html", name]
        for candidate in candidates:
            file = (self.root / candidate).resolve()
            if file.is_file() and self.root in file.parents:
                return file
        return None

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def paths(self) -> list[str]:
        with self._lock:
            return list(self.requests)

    def __enter__(self) -> SiteServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
