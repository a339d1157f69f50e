"""Scale-out on Redis with scrapy-redis: several crawler processes share one source's request queue and
duplicate filter, and push items to one Redis list that ``kunker ingest`` (the single SQLite writer) consumes.

Switched on by ``KUNKER_REDIS_URL`` (see ``crawler/settings.py``). Keys, per source ``S``::

    kunker:S:requests      scrapy-redis priority queue (shared)     kunker:S:dupefilter  request fingerprints
    kunker:S:run           hash: id, started, starter, pages, ...   kunker:S:workers     hash: worker -> busy/idle
    kunker:S:inflight:W    hash: requests worker W popped and has not finished
    kunker:S:local:W       discovery requests queued on worker W (sorted set, like the shared queue)
    kunker:S:known         article URLs already stored (kept by the ingester; workers skip them)
    kunker:worker:W        heartbeat key, expires KUNKER_REDIS_HEARTBEAT seconds after the worker stops
    kunker:items           events for the ingester: run_open, article, error, worker_closed, run_closed

What scrapy-redis alone does not do, and this module adds (each a small subclass or extension):
- per-source keys (scrapy-redis keys by spider name; kunker runs one ``news`` spider per source);
- discovery (WordPress API, feeds, sitemaps, entry page) runs on the worker that opened the run, from a local
  queue: those callbacks keep state in the spider; everything they find goes to the shared queue (a worker
  that joins a run drops its own start requests);
- a request a worker pops (atomically, one Lua script) stays in its ``inflight`` hash until its callback's
  output (items included) has been handled; discovery requests wait in a per-worker ``local`` sorted set;
  when a worker dies (heartbeat expired) another worker puts both back in the shared queue, so SIGKILL
  loses neither an item that reached Redis nor a page that was queued or being fetched;
- a worker goes idle, not closed, while another live worker is busy (it may still find new pages); the last
  worker to close pushes ``run_closed`` and clears the run's queue and duplicate filter;
- a popped request is acknowledged only once every request and item its callback produced was queued or went
  through the item pipelines (pushed synchronously), so an acknowledged page's output is in Redis;
- enqueueing is atomic too (fingerprint and queue entry in one Lua script).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import uuid
from typing import Any

import redis
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Request
from scrapy.utils.serialize import ScrapyJSONEncoder
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.pipelines import RedisPipeline
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from crawler import counters, requestjson
from crawler.items import ArticleItem, CrawlErrorItem
from crawler.monitors import INVALID_ITEMS_STAT
from crawler.runstate import RunState
from kunker.settings import REDIS_ITEMS_KEY

logger = logging.getLogger(__name__)

LOCAL_KINDS = ("entry", "probe", "sitemap")  # discovery requests: stay on the worker that opened the run
INFLIGHT_META = "kunker_inflight"  # on a popped request: its tag in the worker's in-flight hash
PARENT_META = "kunker_parent"  # on a request a callback produced: the tag of the request it came from
_encoder = ScrapyJSONEncoder()


def key(source: str, part: str) -> str:
    return f"kunker:{source}:{part}"


def _literal(name: str) -> str:
    """scrapy-redis formats queue keys with ``% {"spider": ...}``: keep a ``%`` in a source name literal."""
    return name.replace("%", "%%")


def worker_key(worker: str) -> str:
    return f"kunker:worker:{worker}"


def connect(url: str) -> redis.Redis:
    """A Redis client answering str (not bytes)."""
    return redis.Redis.from_url(url, decode_responses=True)


def serialize(item: Any, run_id: str = "") -> str:
    """One ingester event as JSON: ``{"type": "article" | "error", "run_id": ..., **fields}``."""
    kind = "error" if isinstance(item, CrawlErrorItem) else "article" if isinstance(item, ArticleItem) else "item"
    return _encoder.encode({"type": kind, "run_id": run_id, **dict(item)})


def push_event(server: redis.Redis, items_key: str, event: dict[str, Any]) -> None:
    server.rpush(items_key, json.dumps(event, ensure_ascii=False))


# Pop the first request of a sorted-set queue, record it as in flight and the worker as busy, atomically (a
# worker killed in between would otherwise lose the request, or look idle while holding one).
# KEYS: queue, inflight hash, run hash, workers hash; ARGV: tag, worker.
POP_TRACKED = """
local item = redis.call('ZRANGE', KEYS[1], 0, 0)
if #item == 0 then return false end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
redis.call('HSET', KEYS[2], ARGV[1], item[1])
redis.call('HINCRBY', KEYS[3], 'activity', 1)
redis.call('HSET', KEYS[4], ARGV[2], 'busy')
return item[1]
"""


# Record a request's fingerprint and queue it, atomically (a worker killed between the two would leave a
# fingerprint without its request: filtered for ever). KEYS: dupefilter, queue; ARGV: fingerprint, score, data.
PUSH_UNSEEN = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""


class TrackedPriorityQueue(PriorityQueue):
    """scrapy-redis' priority queue (a sorted set scored by -priority) with an atomic pop-and-track and an
    atomic filter-and-push."""

    def push_unseen(self, request: Request, dupefilter: RFPDupeFilter) -> bool:
        """Queue ``request`` unless ``dupefilter`` has seen it (``dont_filter`` requests always)."""
        if request.dont_filter:
            self.push(request)
            return True
        fingerprint = dupefilter.request_fingerprint(request)
        return bool(self.server.eval(PUSH_UNSEEN, 2, dupefilter.key, self.key, fingerprint, -request.priority,
                                     self._encode_request(request)))

    def pop_tracked(self, inflight_key: str, run_key: str, workers_key: str, worker: str) -> Request | None:
        tag = uuid.uuid4().hex[:12]
        data = self.server.eval(POP_TRACKED, 4, self.key, inflight_key, run_key, workers_key, tag, worker)
        if data is None:
            return None
        try:
            request = self._decode_request(data)
        except (ValueError, KeyError, AttributeError) as exc:  # a forged or corrupt entry: drop it, say so
            self.server.hdel(inflight_key, tag)
            logger.error("%s: dropped a queue entry that is not a request (%s): %.120r", self.key, exc, data)
            return self.pop_tracked(inflight_key, run_key, workers_key, worker)
        request.meta[INFLIGHT_META] = tag
        return request


def recover_dead_workers(server: redis.Redis, source: str, queue_key: str, serializer: Any = requestjson) -> int:
    """Put the in-flight and locally queued requests of workers whose heartbeat expired back in the shared
    queue; return how many. ``server`` answers bytes (the queue's encoding)."""
    recovered = 0
    for worker in server.hkeys(key(source, "workers")):
        name = worker.decode()
        if server.exists(worker_key(name)):
            continue
        inflight, local = key(source, f"inflight:{name}"), key(source, f"local:{name}")
        moved = 0
        for data in [*server.hvals(inflight), *server.zrange(local, 0, -1)]:
            try:
                priority = serializer.loads(data).get("priority", 0)
            except ValueError as exc:
                logger.error("%s: dropped a queue entry of worker %s that is not a request (%s)", source, name, exc)
                continue
            server.zadd(queue_key, {data: -priority})
            moved += 1
        server.delete(inflight, local)
        server.hdel(key(source, "workers"), name)
        recovered += moved
        logger.warning("%s: worker %s stopped without closing; %d in-flight requests back in the queue",
                       source, name, moved)
    return recovered


class RedisScheduler(Scheduler):
    """scrapy-redis' scheduler with per-source keys, a local discovery queue, in-flight tracking and a
    shared end of run."""

    def __init__(self, server: Any, crawler: Crawler | None = None, **kwargs: Any) -> None:
        super().__init__(server, **kwargs)
        self.crawler = crawler
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.local: TrackedPriorityQueue | None = None  # discovery requests of this worker
        self.starter = False
        self.busy = False
        self.source = ""
        self.run_id = ""
        self.heartbeat_ttl = 60
        self.heartbeat: task.LoopingCall | None = None
        self.items_key = REDIS_ITEMS_KEY
        self.raw = None
        self.reported_method = "none"
        self.pending: dict[str, list] = {}  # in-flight tag -> [outputs not settled, callback finished]
        self.quiet_activity: str | None = None  # the run's activity counter at this worker's last quiet check

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisScheduler:
        settings = crawler.settings
        server = connect(settings.get("KUNKER_REDIS_URL"))
        server.ping()
        instance = cls(server, crawler=crawler, persist=True, idle_before_close=0,
                       queue_cls="crawler.scaleout.TrackedPriorityQueue", serializer=requestjson)
        instance.stats = crawler.stats
        instance.heartbeat_ttl = settings.getint("KUNKER_REDIS_HEARTBEAT")
        instance.items_key = settings.get("KUNKER_REDIS_ITEMS_KEY")
        crawler.signals.connect(instance.spider_idle, signal=signals.spider_idle)
        # An idle worker looks for shared requests at this interval (Scrapy's engine heartbeat, 5 s by default).
        if crawler.engine is not None:
            crawler.engine._SLOT_HEARTBEAT_INTERVAL = settings.getfloat("KUNKER_REDIS_POLL")
        return instance

    # -- lifecycle -------------------------------------------------------------------------------
    def open(self, spider: Any) -> None:
        source = spider.source
        self.source = source.name
        # the queues read and write bytes (JSON, crawler/requestjson.py); a bytes client on the same server
        self.raw = redis.Redis(connection_pool=redis.ConnectionPool.from_url(
            self.crawler.settings.get("KUNKER_REDIS_URL")))
        self.queue_key = key(self.source, "requests")
        self.df = RFPDupeFilter(self.raw, key=key(self.source, "dupefilter"))
        self._beat()
        self.heartbeat = task.LoopingCall(self._beat)
        self.heartbeat.start(max(self.heartbeat_ttl / 3, 0.5), now=False)
        run = key(self.source, "run")
        self.starter = bool(self.server.hsetnx(run, "id", f"{self.source}:{uuid.uuid4().hex[:12]}"))
        if self.starter:
            from kunker.db import now

            self.server.hset(run, mapping={"started": now(), "starter": self.worker})
        self.run_id = self.server.hget(run, "id")
        self.server.hset(key(self.source, "workers"), self.worker, "busy")
        RunState.of(self.crawler).run_id = self.run_id
        push_event(self.server, self.items_key, {
            "type": "run_open", "run_id": self.run_id, "source": source.name, "url": source.url,
            "region_code": source.region_code, "kind": source.kind, "worker": self.worker,
            "started": self.server.hget(run, "started"), "starter": self.starter})
        recover_dead_workers(self.raw, self.source, self.queue_key)
        self.local = TrackedPriorityQueue(self.raw, spider, _literal(key(self.source, f"local:{self.worker}")),
                                          serializer=requestjson)
        server, self.server, self.queue_key = self.server, self.raw, _literal(self.queue_key)
        try:
            super().open(spider)
        finally:
            self.server, self.queue_key = server, self.queue.key
        logger.info("%s: worker %s %s run %s", self.source, self.worker,
                    "opened" if self.starter else "joined", self.run_id)

    def _beat(self) -> None:
        self.server.set(worker_key(self.worker), "1", ex=max(1, round(self.heartbeat_ttl)))

    def close(self, reason: str) -> None:
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()
        self.server.delete(key(self.source, f"inflight:{self.worker}"), key(self.source, f"local:{self.worker}"))
        self.server.hdel(key(self.source, "workers"), self.worker)
        self.server.delete(worker_key(self.worker))

    def finish_run(self, summary: dict[str, Any]) -> None:
        """Called by the item pipeline when the spider closed: report this worker, end the run if last."""
        run = key(self.source, "run")
        self.server.hincrby(run, "skipped_known", summary.get("skipped_known", 0))
        self.server.hincrby(run, "invalid_items", int(self.stats.get_value(INVALID_ITEMS_STAT, 0) if self.stats else 0))
        if summary.get("empty_reason") and (self.starter or summary.get("pages")):  # the starter's reason wins
            (self.server.hset if self.starter else self.server.hsetnx)(run, "empty_reason", summary["empty_reason"])
        push_event(self.server, self.items_key, {"type": "worker_closed", "run_id": self.run_id,
                                                 "source": self.source, "worker": self.worker, **summary})
        if self.server.hlen(key(self.source, "workers")) == 0 and not len(self.queue) \
                and self.server.hsetnx(run, "closed", "1"):
            totals = self.server.hgetall(run)
            settings = self.crawler.settings
            push_event(self.server, self.items_key, {
                "type": "run_closed", "run_id": self.run_id, "source": self.source,
                **{k: int(totals.get(k, 0)) for k in ("pages", "items", "skipped_known", "invalid_items")},
                "entry_method": totals.get("entry_method", "none"), "entry_reason": totals.get("entry_reason"),
                "empty_reason": totals.get("empty_reason") or "",
                "finish_reason": summary.get("reason") or "finished",  # the last worker's: how the run ended
                "max_error_rate": settings.getfloat("KUNKER_MAX_ERROR_RATE"),
                "min_articles": settings.getint("KUNKER_MIN_ARTICLES")})
            self.server.delete(run, self.queue_key, key(self.source, "dupefilter"))
            logger.info("%s: run %s closed by worker %s", self.source, self.run_id, self.worker)

    # -- requests ----------------------------------------------------------------------------------
    def enqueue_request(self, request: Request) -> bool:
        if request.meta.get("is_start_request") and not self.starter:
            self.output_settled(request.meta.pop(PARENT_META, ""))
            return False  # the worker that opened the run does discovery
        request.meta.pop(INFLIGHT_META, None)
        parent = request.meta.pop(PARENT_META, None)
        queue = self.local if request.meta.get("kind") in LOCAL_KINDS else self.queue
        queued = queue.push_unseen(request, self.df)
        if parent is not None:
            self.output_settled(parent)
        if not queued:
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Request | None:
        keys = (key(self.source, f"inflight:{self.worker}"), key(self.source, "run"), key(self.source, "workers"),
                self.worker)
        request = self.local.pop_tracked(*keys) or self.queue.pop_tracked(*keys)
        if request is None:
            return None
        self.busy = True  # and "busy" in Redis, set by the pop
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    # -- acknowledgements (see InflightAckMiddleware) ------------------------------------------------------
    def outputs_begin(self, tag: str) -> None:
        self.pending[tag] = [0, False]  # outputs not yet settled, callback finished

    def outputs_add(self, tag: str) -> None:
        self.pending[tag][0] += 1

    def outputs_end(self, tag: str) -> None:
        self.pending[tag][1] = True
        self._maybe_ack(tag)

    def output_settled(self, tag: str) -> None:
        if tag in self.pending:
            self.pending[tag][0] -= 1
            self._maybe_ack(tag)

    def _maybe_ack(self, tag: str) -> None:
        count, finished = self.pending[tag]
        if finished and count <= 0:
            del self.pending[tag]
            self.ack(tag)

    def ack(self, tag: str) -> None:
        """Everything the request ``tag`` produced is queued or stored: forget it."""
        method = getattr(self.spider, "entry_method", "none")
        with self.server.pipeline() as batch:
            batch.hdel(key(self.source, f"inflight:{self.worker}"), tag)
            batch.hincrby(key(self.source, "run"), "pages", 1)
            batch.hincrby(key(self.source, "run"), "activity", 1)
            if method != "none" and method != self.reported_method:  # for the run, should this worker die
                batch.hset(key(self.source, "run"), mapping={"entry_method": method,
                                                             "entry_reason": self.spider.entry_reason})
                self.reported_method = method
            batch.execute()

    def has_pending_requests(self) -> bool:
        return len(self.local) > 0 or len(self.queue) > 0

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.server.hset(key(self.source, "workers"), self.worker, "busy" if busy else "idle")

    def spider_idle(self, spider: Any) -> None:
        """Close only when the whole run is quiet: nothing queued, no live peer busy (dead peers' requests are
        put back first), and no request popped or finished anywhere since this worker's previous check."""
        self._set_busy(False)
        if recover_dead_workers(self.raw, self.source, self.queue_key) or len(self.queue) or len(self.local):
            self.quiet_activity = None
            raise DontCloseSpider
        states = self.server.hgetall(key(self.source, "workers"))
        if any(state == "busy" for worker, state in states.items() if worker != self.worker):
            self.quiet_activity = None
            raise DontCloseSpider  # a live peer may still find pages
        activity = self.server.hget(key(self.source, "run"), "activity") or "0"
        if activity != self.quiet_activity:
            self.quiet_activity = activity
            raise DontCloseSpider  # quiet now; close if still quiet at the next check


class InflightAckMiddleware:
    """Spider middleware: count what a popped request's callback produces (requests and items); the scheduler
    acknowledges the request once each of them was queued or went through the item pipelines.

    Not at the end of the callback's output: Scrapy's scraper reads outputs ahead of processing them, so the
    last items or requests of a response may still wait when its output is exhausted.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> InflightAckMiddleware:
        middleware = cls(crawler)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(middleware.item_done, signal=signal)
        return middleware

    def _scheduler(self) -> RedisScheduler | None:
        return redis_scheduler(self.crawler)

    async def process_spider_output(self, response: Any, result: Any) -> Any:
        scheduler = self._scheduler()
        tag = response.meta.get(INFLIGHT_META) if scheduler is not None else None
        if tag is None:
            async for output in result:
                yield output
            return
        scheduler.outputs_begin(tag)
        try:
            async for output in result:
                if output is None:
                    continue
                if isinstance(output, Request):
                    output.meta[PARENT_META] = tag
                scheduler.outputs_add(tag)
                yield output
        finally:
            scheduler.outputs_end(tag)

    def item_done(self, item: Any, response: Any = None, **kwargs: Any) -> None:
        scheduler = self._scheduler()
        tag = getattr(response, "meta", {}).get(INFLIGHT_META) if response is not None else None
        if scheduler is not None and tag is not None:
            scheduler.output_settled(tag)


def redis_scheduler(crawler: Crawler) -> RedisScheduler | None:
    """The crawler's Redis scheduler (None when it crawls without Redis); called while its engine runs."""
    scheduler = crawler.engine.scheduler
    return scheduler if isinstance(scheduler, RedisScheduler) else None


class RedisItemPipeline(RedisPipeline):
    """scrapy-redis' item pipeline, synchronous, with the run id on every event; also notes in the run state
    the article URLs already stored (``kunker:S:known``) and ends the worker's part of the run."""

    def __init__(self, crawler: Crawler) -> None:
        server = connect(crawler.settings.get("KUNKER_REDIS_URL"))
        super().__init__(server, key=crawler.settings.get("KUNKER_REDIS_ITEMS_KEY"))
        self.crawler = crawler
        # items pushed count as "new" in the crawl stats (the ingester tells new from updated)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisItemPipeline:
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        spider, run = self.crawler.spider, RunState.of(self.crawler)
        if self.crawler.settings.getbool("KUNKER_INCREMENTAL"):
            run.known_urls = set(self.server.smembers(key(spider.source.name, "known")))
        last = self.server.get(key(spider.source.name, "last_method"))
        if last and last != "none":
            run.previous_method = last.split("+")[0]

    def process_item(self, item: Any) -> Any:
        spider = self.crawler.spider
        if isinstance(item, ArticleItem) and not item.get("text"):
            return item
        with self.server.pipeline() as batch:  # one round trip; MULTI, so both or neither
            batch.rpush(self.key, serialize(item, RunState.of(self.crawler).run_id))
            if isinstance(item, ArticleItem):
                batch.hincrby(key(spider.source.name, "run"), "items", 1)
            batch.execute()
        self.crawler.stats.inc_value(counters.stored("errors" if isinstance(item, CrawlErrorItem) else "new"))
        return item

    def spider_closed(self, spider: Any, reason: str) -> None:
        scheduler, run = redis_scheduler(self.crawler), RunState.of(self.crawler)
        pages = counters.value(self.crawler.stats, counters.PAGES)
        pushed = counters.store_counts(self.crawler.stats)  # items pushed to Redis: "new" until ingested
        summary = {"reason": reason, "pages": pages, "entry_method": spider.entry_method,
                   "entry_reason": spider.entry_reason, "entry_failed": spider.entry_failed,
                   "skipped_known": counters.value(self.crawler.stats, counters.SKIPPED_KNOWN),
                   "items": pushed["new"], "errors": pushed["errors"],
                   "empty_reason": "" if pushed["new"] else spider.empty_reason()}
        if scheduler is not None:
            scheduler.finish_run(summary)
        status = "failed" if spider.entry_failed else "pushed"
        run.summary = {"status": status, "pages": pages, "articles_new": 0, "articles_updated": 0,
                       "articles_unchanged": 0, "articles_duplicate": 0, "errors": pushed["errors"],
                       "entry_method": spider.entry_method, "entry_reason": spider.entry_reason,
                       "entry_failed": spider.entry_failed, "run_id": run.run_id,
                       "flag": f"{pushed['new']} articles pushed to Redis for kunker ingest"}


class RedisAddon:
    """Scrapy add-on: when ``KUNKER_REDIS_URL`` is set, swap the SQLite pipeline and the memory scheduler for
    the Redis ones. An add-on, so ``-s KUNKER_REDIS_URL=...`` (and Scrapyd's ``setting=``) work too."""

    def update_settings(self, settings: Any) -> None:
        if not settings.get("KUNKER_REDIS_URL"):
            return
        settings.set("SCHEDULER", "crawler.scaleout.RedisScheduler", priority="addon")
        settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", priority="addon")
        settings.set("REDIS_URL", settings.get("KUNKER_REDIS_URL"), priority="addon")
        settings["ITEM_PIPELINES"]["crawler.pipelines.StorePipeline"] = None
        settings["ITEM_PIPELINES"]["crawler.scaleout.RedisItemPipeline"] = 300
        settings["SPIDER_MIDDLEWARES"]["crawler.scaleout.InflightAckMiddleware"] = 1000
