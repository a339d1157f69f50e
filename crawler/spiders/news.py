"""The one generic news spider: from a source's home or listing page to its articles.

It follows pagination (``/page/N``, ``?page=N``, ``?start=N``, rel=next, "Selanjutnya"/"Berikutnya"/"Next"/"»"
links) and listing links, tells article pages from listings (URL patterns plus page structure), stays on
the source's site and yields :class:`ArticleItem`; every URL that fails becomes a :class:`CrawlErrorItem`.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler import counters, discovery, links, pagekind
from crawler.dates import reference_date
from crawler.encoding import page_text
from crawler.extract import (
    article_text,
    extract_article,
    in_page_chrome,
    looks_like_article,
    parse_html,
)
from crawler.items import ArticleItem, CrawlErrorItem
from crawler.middlewares import RedirectRefused
from crawler.runstate import RunState
from crawler.sources import Source, load_sources, source_from_json

ARTICLE_PRIORITY = 10


TWISTED_FAILURE_RE = re.compile(r"<twisted\.python\.failure\.Failure (?:[\w.]+\.)?(\w+): (.*?)>")


def describe_failure(exc: BaseException) -> str:
    """``ExceptionClass: message``, with Twisted's wrapped failures spelled out."""
    message = str(exc).strip() or repr(exc)
    inner = TWISTED_FAILURE_RE.findall(message)
    if inner:
        message = "; ".join(f"{name}: {text}" for name, text in inner)
    return f"{exc.__class__.__name__}: {message}"[:500]


def response_text(response: TextResponse) -> str:
    """The page's text, decoded by detection when its declared charset is wrong (crawler/encoding.py)."""
    text, how = page_text(response.body, response.encoding)
    if "+" in how:
        logging.getLogger("news").debug("%s: declared %s, read as %s", response.url, response.encoding, how)
    return text


def add_query(url: str, key: str, value: object) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != key]
    return urlunsplit(parts._replace(query=urlencode([*query, (key, str(value))])))

LISTING_PRIORITY = 0


class NewsSpider(scrapy.Spider):
    """Crawl one source. Use ``source=Source(...)``, ``-a sources=FILE -a source_name=NAME`` or
    ``-a source_json='{"name": ..., "url": ..., "region": ...}'`` (a sources file entry as JSON: Scrapyd jobs
    on hosts without the sources file)."""

    name = "news"

    def __init__(self, source: Source | None = None, sources: str | None = None,
                 source_name: str | None = None, source_json: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if source is None and source_json:
            source = source_from_json(source_json)
            self.logger.info("source %r given by -a source_json", source.name)
        if source is None:
            if not sources:
                raise ValueError("news spider needs a source (-a sources=FILE [-a source_name=NAME] or "
                                 "-a source_json=JSON)")
            loaded = load_sources(sources)
            matches = [s for s in loaded if source_name in (None, s.name)]
            if not matches:
                raise ValueError(f"{sources}: no source named {source_name!r}")
            source = matches[0]
        self.source = source
        self.site = links.host_key(source.start_url)
        self.allowed_domains = [self.site]
        self.follow_res = [re.compile(p) for p in source.follow]
        self.skip_res = [re.compile(p) for p in source.skip]
        self.entry_method = "none"
        self.entry_reason = ""
        self.tried: list[str] = []  # what discovery tried before choosing, for crawl reports
        self.order: list[str] = []
        self.entry_response: TextResponse | None = None
        self.pending_listing: list[Any] = []
        self.scheduled: set[str] = set()  # article URLs requested in this run
        self.listing_pages = 0
        self.entry_failed: str | None = None
        self.failed_articles = 0  # article candidates that could not be fetched
        self.listing_signatures: set[frozenset[str]] = set()  # article links of each page followed
        self.page_kinds: Counter[str] = Counter()  # verdicts on fetched pages, for the report of an empty run
        self.candidates = Counter({"article": 0, "listing": 0, "pagination": 0})  # links followed, by kind

    # -- requests ---------------------------------------------------------------------------------
    async def start(self) -> Any:
        order = list(discovery.ENTRY_METHODS)
        if not self.settings.getbool("KUNKER_DISCOVERY"):
            self.tried.append("discovery off")
            order = ["listing"]
        elif self.run.previous_method in order:
            self.tried.append(f"last run used {self.run.previous_method}")
            order = order[order.index(self.run.previous_method):]
        self.order = order
        for request in self._next_method():
            yield request

    @property
    def run(self) -> RunState:
        """What the run knows from earlier runs (known URLs, last entry method), kept by the pipeline in the
        crawler's run state (crawler/runstate.py)."""
        return RunState.of(self.crawler)

    def count(self, key: str, n: int = 1) -> None:
        """Add to one of the run's counters (crawler/counters.py), kept in the crawler's stats."""
        if n:
            self.crawler.stats.inc_value(key, n)

    @property
    def pages(self) -> int:
        """Pages fetched so far (the counter lives in the crawl stats)."""
        return counters.value(self.crawler.stats, counters.PAGES)

    def _next_method(self) -> Iterator[scrapy.Request]:
        """Requests for the next way in still untried (WordPress API, feeds, sitemaps, listing)."""
        while self.order:
            method = self.order.pop(0)
            if method == "wp-json":
                yield self._probe(discovery.wp_posts_url(self.source.start_url), self.parse_wp, wp_page=1)
                return
            if method == "feed":
                if self.entry_response is None:
                    self.order.insert(0, "feed")
                    yield self._entry_request()
                    return
                candidates = self._on_site(discovery.feed_links(self.entry_response.text, self.entry_response.url),
                                           "feed")
                if not candidates:
                    self.tried.append("feed: none announced by <link rel=alternate>")
                    candidates = [urljoin(discovery.site_root(self.source.start_url), "/feed")]
                yield self._probe(candidates[0], self.parse_feed, candidates=candidates[1:])
                return
            if method == "sitemap":
                robots = urljoin(discovery.site_root(self.source.start_url), "/robots.txt")
                yield self._probe(robots, self.parse_robots)
                return
            if method == "listing":
                if self.entry_response is None:
                    self.order.insert(0, "listing")
                    yield self._entry_request()
                    return
                self._choose("listing", "pagination and listing links from the entry page")
                yield from self.pending_listing
                self.pending_listing = []
                return

    def _entry_request(self) -> scrapy.Request:
        return scrapy.Request(self.source.start_url, callback=self.parse_entry, errback=self.on_error,
                              meta={"kind": "entry", "hops": 0}, dont_filter=True)

    def _probe(self, url: str, callback: Any, **meta: Any) -> scrapy.Request:
        return scrapy.Request(url, callback=callback, errback=self.probe_failed, dont_filter=True,
                              meta={"kind": "probe", "handle_httpstatus_all": True, "dont_retry": True,
                                    **meta})

    def _on_site(self, urls: list[str], what: str) -> list[str]:
        """``urls`` on the source's site; the others are noted in the discovery report and never requested
        (discovery keeps the crawl's host policy; robots.txt is obeyed for every request it makes)."""
        kept = [u for u in urls if links.same_site(u, self.site)]
        for url in urls:
            if url not in kept:
                self.tried.append(f"{what} {url[:120]}: on another host, not requested")
        return kept

    def _choose(self, method: str, reason: str) -> None:
        if self.entry_method == "none":
            self.entry_method = method
            self.entry_reason = "; ".join([*self.tried, f"chose {method}: {reason}"])
        elif method not in self.entry_method.split("+"):
            self.entry_method += f"+{method}"
            self.entry_reason += f"; added {method}: {reason}"
        self.logger.debug("%s: entry method %s (%s)", self.source.name, self.entry_method, self.entry_reason)

    def probe_failed(self, failure: Failure) -> Iterator[Any]:
        request = failure.request  # type: ignore[attr-defined]
        exc = failure.value
        self.tried.append(f"{urlsplit(request.url).path or '/'}: {exc.__class__.__name__}: {exc}"[:200])
        yield from self._after_probe(request)

    def _after_probe(self, request: scrapy.Request) -> Iterator[Any]:
        if request.callback == self.parse_feed and request.meta.get("candidates"):
            rest = request.meta["candidates"]
            yield self._probe(rest[0], self.parse_feed, candidates=rest[1:])
        elif request.callback in (self.parse_robots, self.parse_sitemap) and request.meta.get("candidates"):
            rest = request.meta["candidates"]
            yield self._probe(rest[0], self.parse_sitemap, candidates=rest[1:], level=0)
        elif request.callback == self.parse_robots:
            guesses = [urljoin(request.url, g) for g in discovery.SITEMAP_GUESSES]
            yield self._probe(guesses[0], self.parse_sitemap, candidates=guesses[1:], level=0)
        else:
            yield from self._next_method()

    # -- discovery ----------------------------------------------------------------------------------
    def parse_entry(self, response: Response) -> Iterator[Any]:
        """The start URL: kept for feed links and as the listing fallback."""
        self.count(counters.PAGES)
        if not isinstance(response, TextResponse) or not response.body.strip():
            reason = "empty response" if not response.body.strip() else "not an HTML page"
            self.entry_failed = reason
            yield self._error(response.url, reason)
            return
        self.entry_response = response
        try:
            self.pending_listing = list(self._parse_page(response))
        except Exception as exc:
            yield self._error(response.url, f"parse error: {exc.__class__.__name__}: {exc}")
        items = [r for r in self.pending_listing if not isinstance(r, scrapy.Request)]
        self.pending_listing = [r for r in self.pending_listing if isinstance(r, scrapy.Request)]
        yield from items
        yield from self._next_method()

    def parse_wp(self, response: Response) -> Iterator[Any]:
        self.count(counters.PAGES)
        page = response.meta["wp_page"]
        posts = discovery.parse_wp_posts(response.body) if response.status == 200 else None
        if not posts:
            if page == 1:
                why = f"HTTP {response.status}" if response.status != 200 else "not a WordPress posts list"
                self.tried.append(f"wp-json: {why}")
                yield from self._next_method()
            elif response.status >= 500:
                yield self._error(response.url, f"HTTP {response.status}")
            return
        if page == 1:
            total = response.headers.get(b"X-WP-Total", b"?").decode("latin-1")
            self._choose("wp-json", f"WordPress REST API at {discovery.WP_POSTS_PATH} lists {total} posts")
        new = 0
        for post in posts:
            url = links.normalize_url(post.url)
            if not links.same_site(url, self.site):
                self.logger.debug("wp-json post on another host: %s", url)
                continue
            if url in self.run.known_urls:
                self.count(counters.SKIPPED_KNOWN)
                continue
            new += 1
            self.run.known_urls.add(url)
            if post.text and post.title:
                yield ArticleItem(url=url, canonical_url=url, source=self.source.name, title=post.title,
                                  published=post.published, text=post.text, external_id=post.external_id)
            else:
                yield self._request(url, "article", 0)
        total_pages = int(response.headers.get(b"X-WP-TotalPages", b"0") or 0)
        more = page < total_pages if total_pages else len(posts) >= discovery.WP_PER_PAGE
        if new and more and self._more_listing_pages(response.url):
            yield self._probe(discovery.wp_posts_url(self.source.start_url, page + 1), self.parse_wp,
                              wp_page=page + 1)

    def parse_feed(self, response: Response) -> Iterator[Any]:
        self.count(counters.PAGES)
        entries = discovery.parse_feed(response.body) if response.status == 200 else None
        feed_page = response.meta.get("feed_page", 1)
        if feed_page == 1 and not entries:
            why = f"HTTP {response.status}" if response.status != 200 else "not a feed or empty"
            self.tried.append(f"feed {urlsplit(response.url).path}: {why}")
            yield from self._after_probe(response.request)
            return
        if not entries:
            return
        if feed_page == 1:
            self._choose("feed", f"feed {urlsplit(response.url).path} lists {len(entries)} articles")
        new = [links.normalize_url(urljoin(response.url, e.url)) for e in entries]
        new = [u for u in new if links.same_site(u, self.site) and u not in self.run.known_urls]
        self.count(counters.SKIPPED_KNOWN, len(entries) - len(new))
        for url in dict.fromkeys(new):
            yield self._request(url, "article", 0)
        if not new:
            return
        paged = b"wordpress" in response.body[:2000].lower() or urlsplit(response.url).path.rstrip("/") \
            .endswith("/feed")
        if paged and self._more_listing_pages(response.url):
            next_url = add_query(response.url, "paged", feed_page + 1)
            yield scrapy.Request(next_url, callback=self.parse_feed, errback=self.probe_failed,
                                 meta={"kind": "probe", "feed_page": feed_page + 1, "dont_retry": True,
                                       "handle_httpstatus_all": True})
        elif feed_page == 1:
            # A feed holds only the latest articles: go on to a sitemap or the listing for the archive.
            yield from self._next_method()

    def parse_robots(self, response: Response) -> Iterator[Any]:
        self.count(counters.PAGES)
        found = discovery.robots_sitemaps(response.body, response.url) if response.status == 200 else []
        found = self._on_site(found, "sitemap")
        if found:
            yield self._probe(found[0], self.parse_sitemap, candidates=found[1:], level=0)
        else:
            self.tried.append("robots.txt lists no sitemap")
            yield from self._after_probe(response.request)

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        self.count(counters.PAGES)
        level = response.meta.get("level", 0)
        result = discovery.parse_sitemap(response.body) if response.status == 200 else None
        if result is None or not result.urls:
            if level == 0:
                why = f"HTTP {response.status}" if response.status != 200 else "not a sitemap"
                self.tried.append(f"sitemap {urlsplit(response.url).path}: {why}")
                yield from self._after_probe(response.request)
            return
        if level == 0:
            self._choose("sitemap", f"sitemap {urlsplit(response.url).path} ({result.kind}, "
                                    f"{len(result.urls)} entries)")
        if result.kind == "sitemapindex":
            if level >= 2:
                return
            for url in result.urls[: self.settings.getint("KUNKER_MAX_SITEMAPS")]:
                if links.same_site(url, self.site):
                    yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.on_error,
                                         meta={"kind": "sitemap", "level": level + 1})
            return
        for url in result.urls:
            url = links.normalize_url(url)
            if not links.same_site(url, self.site) or self._skipped(url) or url in self.run.known_urls:
                self.count(counters.SKIPPED_KNOWN, int(url in self.run.known_urls))
                continue
            if links.is_pagination_url(url) or links.is_listing_url(url):
                continue
            yield self._request(url, "article", 0)

    def _more_listing_pages(self, url: str) -> bool:
        if self.listing_pages >= self.settings.getint("KUNKER_MAX_LISTING_PAGES"):
            self.logger.warning("%s: listing page limit reached at %s", self.source.name, url)
            return False
        self.listing_pages += 1
        return True

    def _request(self, url: str, kind: str, hops: int, boost: float = 0) -> scrapy.Request:
        priority = (ARTICLE_PRIORITY if kind == "article" else LISTING_PRIORITY) + int(boost)
        self.candidates[kind] += 1
        return scrapy.Request(url, callback=self.parse_page, errback=self.on_error, priority=priority,
                              meta={"kind": kind, "hops": hops})

    # -- responses --------------------------------------------------------------------------------
    def parse_page(self, response: Response) -> Iterator[Any]:
        self.count(counters.PAGES)
        try:
            yield from self._parse_page(response)
        except Exception as exc:  # a broken page must not stop the crawl
            self.logger.warning("cannot parse %s: %r", response.url, exc)
            yield self._error(response.url, f"parse error: {exc.__class__.__name__}: {exc}")

    def _parse_page(self, response: Response) -> Iterator[Any]:
        kind = response.meta.get("kind", "listing")
        if not isinstance(response, TextResponse) or not response.body.strip():
            reason = "empty response" if not response.body.strip() else "not an HTML page"
            if kind in ("entry", "article"):
                yield self._error(response.url, reason)
            return
        url = links.normalize_url(response.url)
        text = response_text(response)
        soup = parse_html(text)
        # what needs the page as it is comes first: extraction then removes its boilerplate
        verdict = pagekind.classify(soup, url)
        found = list(self._links(soup, url))
        reference = reference_date(response.headers.get(b"Last-Modified"))
        extracted = extract_article(text, url, self.source.selectors, self.source.date_format, reference,
                                    engine="bs4", soup=soup)
        verdict = pagekind.with_link_density(verdict, extracted.link_density)
        is_article = self._is_article(url, extracted, kind, verdict)
        page_kind = "article" if is_article else "not stored" if verdict.kind == "article" else verdict.kind
        self.page_kinds[page_kind] += 1
        self.crawler.stats.inc_value(f"kunker/page_kind/{page_kind}")
        if verdict.kind == "article" and not is_article:
            verdict.reasons.append("not stored: no title, no body, a high link density, or no date and no "
                                   "article type or article URL")
        self.logger.debug("%s: %s (%s)", url, "article" if is_article else verdict.kind, "; ".join(verdict.reasons))
        if is_article:
            extracted.text = article_text(text, url, extracted, self.source.selectors)
            if not extracted.text:
                yield self._error(response.url, "article page without body text")
                return
            yield ArticleItem(url=url, canonical_url=extracted.canonical_url or url, source=self.source.name,
                              title=extracted.title, published=extracted.published, text=extracted.text,
                              author=extracted.author)
        yield from self._follow(found, url, response.meta.get("hops", 0), kind,
                                "article" if is_article else verdict.kind)

    def _is_article(self, url: str, extracted: Any, kind: str, verdict: pagekind.PageKind) -> bool:
        """An article page: one dominant text block (crawler/pagekind.py), a title, and a date, an article
        type or an article-like URL; never a home page, a listing or a pagination page."""
        if kind == "pagination" or verdict.kind in ("home", "listing"):
            return False
        if links.is_pagination_url(url) and not links.is_article_url(url):
            return False
        if not extracted.title or not extracted.text or extracted.link_density > 0.25:
            return False
        if verdict.kind == "article":
            if extracted.published or extracted.is_article_type or links.is_article_url(url):
                return True
        if links.is_listing_url(url) and not extracted.is_article_type:
            return False
        return links.is_article_url(url) and looks_like_article(extracted, min_chars=120, strict=False)

    def _links(self, soup: Any, url: str) -> Iterator[tuple[str, str, list[str], bool, bool]]:
        """The page's same-site links not skipped: (URL, text, rel, in a heading, in the page chrome)."""
        for tag in soup.find_all(["a", "link"], href=True):
            rel = tag.get("rel") or []
            rel = rel if isinstance(rel, list) else [rel]
            if tag.name == "link" and "next" not in rel:
                continue
            target = links.normalize_url(urljoin(url, tag["href"].strip()))
            if not target.startswith(("http://", "https://")) or not links.same_site(target, self.site):
                continue
            if target == url or self._skipped(target):
                continue
            text = tag.get_text(" ", strip=True) or (tag.get("title") or "").strip()
            heading = tag.find_parent(["h1", "h2", "h3", "h4", "h5"]) is not None
            yield target, text, rel, heading, in_page_chrome(tag)

    def _follow(self, found: list[tuple[str, str, list[str], bool, bool]], url: str, hops: int, request_kind: str,
                page_kind: str) -> Iterator[Any]:
        """Requests for the links of any page (:meth:`_links`): article candidates, pagination and listing
        links, ordered by how article-like and how listing-like each link looks (crawler/links.py)."""
        article_urls: dict[str, int] = {}
        next_urls: list[str] = []
        listing_urls: dict[str, int] = {}
        for target, text, rel, heading, chrome in found:
            if page_kind != "article" and links.is_pagination_link(url, target, text, rel) \
                    and not links.looks_like_headline(text):
                next_urls.append(target)
                continue
            if self._forced(target) and not links.is_listing_url(target):
                article_urls[target] = max(article_urls.get(target, 0), 10)
                continue
            a_score = links.article_score(target, text, heading, chrome)
            # an article's menus lead to listings its entry page led to already
            l_score = links.listing_score(target, text) if page_kind != "article" or not chrome else 0
            if a_score >= 2 and a_score >= l_score:
                article_urls[target] = max(article_urls.get(target, 0), a_score)
            elif l_score >= 2:
                listing_urls[target] = max(listing_urls.get(target, 0), l_score)
        ranked = sorted(article_urls, key=lambda u: -article_urls[u])
        unknown = [u for u in ranked if u not in self.run.known_urls]
        new_articles = [u for u in unknown if u not in self.scheduled]
        self.count(counters.SKIPPED_KNOWN, len(ranked) - len(unknown))
        self.scheduled.update(new_articles)
        for rank, target in enumerate(new_articles):
            yield self._request(target, "article", hops, boost=article_urls[target] - rank / 1000)
        # Pagination stops on a page that lists articles but none new: all stored by earlier runs
        # (incremental), or, for a pagination page, the same links as a page seen in this run (a trap).
        # A page that lists no article at all is not paginated further either.
        stale = not unknown and not self.run.full_walk
        # a trap repeats a page seen before (articles alone can be scheduled already, from article widgets)
        signature = frozenset(ranked)
        trap = request_kind == "pagination" and signature in self.listing_signatures
        if ranked:
            self.listing_signatures.add(signature)
        if ranked and next_urls and (stale or trap):
            why = "all its articles are stored already" if stale else "it repeats articles seen in this run"
            self.logger.info("%s: not following the pagination of %s: %s", self.source.name, url, why)
        elif ranked and not (stale or trap) or request_kind == "entry":
            for target in dict.fromkeys(next_urls):
                if target in self.scheduled:
                    continue
                if not self._more_listing_pages(target):
                    break
                self.scheduled.add(target)
                yield self._request(target, "pagination", hops)
        if hops < self.settings.getint("KUNKER_MAX_HOPS"):
            for target in sorted(listing_urls, key=lambda u: -listing_urls[u]):
                if target in self.scheduled:
                    continue
                self.scheduled.add(target)
                yield self._request(target, "listing", hops + 1, boost=listing_urls[target])

    def empty_reason(self) -> str:
        """Why a run found no article, in one line (for crawl_runs.alert and the summary)."""
        if self.entry_failed:
            return f"entry page failed: {self.entry_failed}"
        kinds = ", ".join(f"{n} {k}" for k, n in self.page_kinds.most_common()) or "none"
        if not self.candidates["article"] and not self.candidates["listing"] and not self.candidates["pagination"]:
            return f"no listing found: the entry page links to no article, listing or pagination (pages: {kinds})"
        if self.failed_articles and self.failed_articles >= self.candidates["article"]:
            return f"every article candidate failed ({self.failed_articles} of {self.candidates['article']})"
        if not self.candidates["article"]:
            return (f"no article link found on {self.pages} pages ({self.candidates['listing']} listing and "
                    f"{self.candidates['pagination']} pagination links followed; pages: {kinds})")
        return f"every page judged non-article ({self.candidates['article']} candidates fetched; pages: {kinds})"

    def _skipped(self, url: str) -> bool:
        if any(r.search(url) for r in self.skip_res):
            return True
        return links.is_skipped(url) and not self._forced(url)

    def _forced(self, url: str) -> bool:
        return any(r.search(url) for r in self.follow_res)

    # -- failures ---------------------------------------------------------------------------------
    def on_error(self, failure: Failure) -> Iterator[CrawlErrorItem]:
        request = failure.request  # type: ignore[attr-defined]
        exc = failure.value
        if isinstance(exc, HttpError):
            response = exc.response
            reason = f"HTTP {response.status}"
        elif isinstance(exc, RedirectRefused):
            reason = str(exc)[:500]
        elif isinstance(exc, IgnoreRequest):
            self.logger.debug("ignored %s: %s", request.url, exc)
            if "robots.txt" in str(exc):  # polite, not a failure (the entry page aside)
                if request.meta.get("kind") == "entry":
                    self.entry_failed = "entry page forbidden by robots.txt"
                    yield self._error(request.url, "forbidden by robots.txt")
                return
            reason = f"ignored: {exc}"[:500]
        else:
            reason = describe_failure(exc)
        if request.meta.get("kind") == "entry":
            self.entry_failed = reason
        self.failed_articles += request.meta.get("kind") == "article"
        # Record the URL the crawler asked for, not the last hop of a redirect chain.
        yield self._error((request.meta.get("redirect_urls") or [request.url])[0], reason)

    def _error(self, url: str, reason: str) -> CrawlErrorItem:
        return CrawlErrorItem(url=url, source=self.source.name, reason=reason)
