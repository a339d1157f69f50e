"""The HTTP(S) download handler: Scrapy's, closed without racing its own disconnect timeout.

Scrapy's ``HTTP11DownloadHandler.close()`` (Scrapy 2.19) closes the connection pool's idle connections and, as
``closeCachedConnections()`` can hang (Twisted #7738, Scrapy #985/#999), fires that Deferred itself after one
second, through a ``reactor.callLater(1, d.callback, ())``. It cancels that timer only when ``close()`` resumes
after the Deferred fired, and with the asyncio reactor that resumption is a later pass of the event loop. When the
loop is held for a second or more right after a spider's ``close()`` started (the other spiders' callbacks on a
loaded machine), the aborted connections' ``connectionLost`` (a ``callLater(0)``) and the one-second timer fall due
in the same pass: the first fires the Deferred, the second fires it again before ``close()`` could cancel it, and
Twisted logs "while handling timed call" with an ``AlreadyCalledError`` traceback on the crawl's stderr
(tests/test_crawl_generated.py saw it once). Here the timer fires the Deferred only if nothing has yet.
"""

from __future__ import annotations

from typing import Any

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred


def fire_unless_fired(d: Deferred[Any]) -> None:
    """Give up waiting for ``d``: fire it with None, unless it has fired already."""
    if not d.called:
        d.callback(None)


async def close_pool(pool: Any, timeout: float, clock: Any) -> None:
    """Close ``pool``'s cached connections; stop waiting after ``timeout`` seconds on ``clock`` (the reactor)."""
    d: Deferred[None] = pool.closeCachedConnections()
    give_up = clock.callLater(timeout, fire_unless_fired, d)
    try:
        await maybe_deferred_to_future(d)
    finally:
        if give_up.active():
            give_up.cancel()


class HTTPDownloadHandler(HTTP11DownloadHandler):
    """``HTTP11DownloadHandler`` whose ``close()`` cannot fire its Deferred twice (see the module's docstring)."""

    async def close(self) -> None:
        from twisted.internet import reactor

        await close_pool(self._pool, self._disconnect_timeout, reactor)
