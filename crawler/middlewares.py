"""Downloader middleware: redirects that leave the source's site or go round in circles become failures
with a clear reason (Scrapy would otherwise drop them silently)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response

from crawler import links

REDIRECT_STATUSES = {301, 302, 303, 307, 308}


class RedirectRefused(IgnoreRequest):
    """A redirect the crawler will not follow (off-site or a loop)."""


class RedirectGuardMiddleware:
    """Runs before RedirectMiddleware sees the response (a higher order number than its 600)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedirectGuardMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        if response.status not in REDIRECT_STATUSES or b"Location" not in response.headers:
            return response
        if request.meta.get("handle_httpstatus_all") or request.meta.get("dont_redirect"):
            return response
        target = links.normalize_url(urljoin(request.url, response.headers[b"Location"].decode("latin-1")))
        site = getattr(self.crawler.spider, "site", None)
        if site and not links.same_site(target, site):
            raise RedirectRefused(f"redirected off-site to {target}")
        chain = [links.normalize_url(u) for u in request.meta.get("redirect_urls", [])] + \
            [links.normalize_url(request.url)]
        if target in chain:
            raise RedirectRefused("redirect loop: " + " -> ".join([*chain[chain.index(target):], target]))
        return response
