"""The download handler's close (crawler/handlers.py): its give-up timer never fires the pool's Deferred twice."""

from __future__ import annotations

import asyncio

from scrapy.settings import Settings
from twisted.internet.defer import Deferred
from twisted.internet.task import Clock

from crawler.handlers import HTTPDownloadHandler, close_pool


class Pool:
    """An HTTPConnectionPool whose cached connections close when the test fires ``closed``."""

    def __init__(self) -> None:
        self.closed: Deferred[None] = Deferred()

    def closeCachedConnections(self) -> Deferred[None]:  # noqa: N802 - Twisted's name
        return self.closed


def close_on(loop: asyncio.AbstractEventLoop, pool: Pool, clock: Clock, race: bool) -> None:
    async def scenario() -> None:
        closing = asyncio.ensure_future(close_pool(pool, 1, clock))
        await asyncio.sleep(0)  # one loop pass: close_pool is now waiting for the pool
        if race:
            # A starved reactor: the connections' loss and the one-second timer fall due in the same pass, before
            # close_pool resumes (with asyncio, a later pass) and could cancel the timer.
            pool.closed.callback(None)
            clock.advance(1)
        else:  # the pool never closes: the timer gives up waiting
            clock.advance(1)
        await closing

    loop.run_until_complete(scenario())


def test_close_fires_the_pool_deferred_once_when_the_timer_falls_due_with_the_close() -> None:
    loop, pool, clock = asyncio.new_event_loop(), Pool(), Clock()
    try:
        close_on(loop, pool, clock, race=True)  # Scrapy's own close raises AlreadyCalledError here
    finally:
        loop.close()
    assert pool.closed.called and clock.getDelayedCalls() == []


def test_close_gives_up_on_a_pool_that_never_closes() -> None:
    loop, pool, clock = asyncio.new_event_loop(), Pool(), Clock()
    try:
        close_on(loop, pool, clock, race=False)
    finally:
        loop.close()
    assert pool.closed.called and clock.getDelayedCalls() == []


def test_crawls_use_the_handler() -> None:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    assert {scheme: settings.getdict("DOWNLOAD_HANDLERS")[scheme] for scheme in ("http", "https")} == {
        "http": "crawler.handlers.HTTPDownloadHandler", "https": "crawler.handlers.HTTPDownloadHandler"}
    assert HTTPDownloadHandler.close is not HTTPDownloadHandler.__mro__[1].close
