"""Scrapy settings for kunker: polite by default (robots.txt, AutoThrottle, 2 requests per domain).

The User-Agent names kunker and a contact URL, taken from the ``KUNKER_CONTACT_URL`` environment variable.
Tests and the demo override delays through ``run_crawl(settings=...)`` or ``-s KEY=VALUE``.
"""

import os

from crawler.items import ArticleItem
from kunker.settings import REDIS_ITEMS_KEY

BOT_NAME = "kunker"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

CONTACT_URL = os.environ.get("KUNKER_CONTACT_URL", "https://github.com/kunker/kunker#readme")
USER_AGENT = f"kunker/0.1 (+{CONTACT_URL})"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # no local control server during crawls

DOWNLOADER_MIDDLEWARES = {"crawler.middlewares.RedirectGuardMiddleware": 650}
# Scrapy's HTTP(S) handler with a close() that cannot fire its Deferred twice on a busy reactor
# (crawler/handlers.py)
DOWNLOAD_HANDLERS = {"http": "crawler.handlers.HTTPDownloadHandler",
                     "https": "crawler.handlers.HTTPDownloadHandler"}
ITEM_PIPELINES = {
    "spidermon.contrib.scrapy.pipelines.ItemValidationPipeline": 200,  # counts items missing required fields
    "crawler.pipelines.StorePipeline": 300,
}

LOG_LEVEL = "INFO"
LOG_FORMAT = "%(asctime)s [%(name)s] %(levelname)s: %(message)s"
LOGSTATS_INTERVAL = 0  # kunker prints its own progress line
STATS_DUMP = False

# Development: set HTTPCACHE_ENABLED=True (e.g. ``-s HTTPCACHE_ENABLED=True``) to replay pages from
# .scrapy/httpcache instead of fetching them again.
HTTPCACHE_ENABLED = False
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_EXPIRATION_SECS = 0
HTTPCACHE_IGNORE_HTTP_CODES = [500, 502, 503, 504, 408, 429]

FEED_EXPORT_ENCODING = "utf-8"

# kunker's own settings
KUNKER_DB = None  # SQLite path, set by crawler.runner
KUNKER_MAX_LISTING_PAGES = 500  # pagination pages followed per source and run
KUNKER_MAX_HOPS = 2  # links followed from the entry page that are neither articles nor pagination
KUNKER_DISCOVERY = True  # try the WordPress API, feeds and sitemaps before listing pages
KUNKER_MAX_SITEMAPS = 50  # child sitemaps read from a sitemap index
KUNKER_INCREMENTAL = True  # do not fetch article URLs already stored
KUNKER_PARALLEL_SOURCES = 8  # sources crawled at the same time (each keeps its own per-domain limits)
KUNKER_PROGRESS_INTERVAL = 10.0  # seconds between progress lines

# Scale-out (crawler/scaleout.py): with KUNKER_REDIS_URL set (setting or environment), workers share each
# source's request queue and duplicate filter in Redis (scrapy-redis) and push items to the Redis list
# KUNKER_REDIS_ITEMS_KEY instead of writing SQLite; `kunker ingest` stores them.
KUNKER_REDIS_URL = os.environ.get("KUNKER_REDIS_URL") or None
KUNKER_REDIS_ITEMS_KEY = REDIS_ITEMS_KEY
KUNKER_REDIS_HEARTBEAT = 30  # seconds without a heartbeat before a worker counts as dead
KUNKER_REDIS_POLL = 0.5  # seconds between an idle worker's looks at the shared queue
ADDONS = {"crawler.scaleout.RedisAddon": 0}  # applies the switch, after -s overrides are known
SCHEDULER_QUEUE_CLASS = "scrapy_redis.queue.PriorityQueue"

# Monitoring (crawler/monitors.py, Spidermon): every run is checked when its spider closes.
SPIDERMON_ENABLED = True
EXTENSIONS = {
    "crawler.runstate.RunState": 0,  # what the run knows besides its counters (crawler/runstate.py)
    "spidermon.contrib.scrapy.extensions.Spidermon": 500,
}
SPIDERMON_SPIDER_CLOSE_MONITORS = ("crawler.monitors.RunMonitorSuite",)
SPIDERMON_VALIDATION_SCHEMAS = {ArticleItem: "crawler.monitors.ARTICLE_SCHEMA"}
KUNKER_MAX_ERROR_RATE = 0.2  # crawl_errors per page fetched
KUNKER_MIN_ARTICLES = 1  # articles seen (new, updated, unchanged or already known) per run and source
