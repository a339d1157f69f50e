"""Hardening for the published site: bounded SQL values, a Content-Security-Policy, links only to web pages.

- Every Datasette connection caps the size of any string or blob SQLite builds (``SQLITE_LIMIT_LENGTH``), so
  one heavy function call (``hex(randomblob(400000000))``) is refused at once instead of running past the SQL
  time limit and taking gigabytes of memory.
- Every response carries a Content-Security-Policy: scripts, styles, fonts and data only from the site
  itself (map tiles from OpenStreetMap), no plugins, no framing, forms only to the site.
- Templates get the ``http_url`` filter: the URL when it is an ``http``/``https`` address, else ``None``, so an
  article URL such as ``javascript:...`` is shown as text, never as a link.
"""

from __future__ import annotations

import sqlite3
from urllib.parse import urlsplit

from datasette import hookimpl

MAX_VALUE_BYTES = 10_000_000  # far above any article text; a query building more is refused
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",  # Datasette's pages carry small inline scripts
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https://*.tile.openstreetmap.org",  # datasette-cluster-map's tiles
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
EXTRA_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]


def http_url(value: object) -> str | None:
    """``value`` if it is an absolute http(s) URL without control characters or spaces, else ``None``."""
    text = "" if value is None else str(value)
    if not text or any(ord(ch) <= 32 or ord(ch) == 127 for ch in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    return text if parts.scheme.lower() in ("http", "https") and parts.netloc else None


@hookimpl
def prepare_connection(conn):
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["http_url"] = http_url


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def with_headers(scope, receive, send):
            if scope["type"] != "http":
                await app(scope, receive, send)
                return

            async def send_with_headers(event):
                if event["type"] == "http.response.start":
                    names = {name for name, _ in EXTRA_HEADERS}
                    headers = [(k, v) for k, v in event.get("headers", []) if k.lower() not in names]
                    event = {**event, "headers": headers + EXTRA_HEADERS}
                await send(event)

            await app(scope, receive, send_with_headers)

        return with_headers

    return wrap
