"""ConcurrencyLimitTransport: at most N requests inside the connection pool at once.

httpcore's pool rescans its whole queue on every state change, so a burst of 1,000 requests
through 100 connections costs O(queued x connections) per event and ends in PoolTimeouts
(encode/httpcore#1035). Queueing the excess here, in a fair semaphore, keeps the pool's queue
short: the same burst then completes without errors (see benchmarks/bench_concurrency.py).
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Callable

import anyio
import httpx

__all__ = ["ConcurrencyLimitTransport"]


class ConcurrencyLimitTransport(httpx.AsyncBaseTransport):
    """Let at most ``limit`` requests (and their open response bodies) through to ``inner``.

    A slot is held until the response body is closed, since that is when the connection goes
    back to the pool. Waiting for a slot honours the request's pool timeout
    (``httpx.PoolTimeout``), as waiting inside the pool would.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, limit: int) -> None:
        if limit < 1:
            raise ValueError(f"limit must be >= 1, got {limit!r}")
        self._inner = inner
        self._slots = anyio.Semaphore(limit)
        self.limit = limit

    def __repr__(self) -> str:
        return f"ConcurrencyLimitTransport({self._inner!r}, limit={self.limit})"

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Wait for a slot, send, and hand the slot back when the response is closed."""
        try:
            # The common case (a free slot) skips the cancel scope and checkpoint of a wait.
            self._slots.acquire_nowait()
        except anyio.WouldBlock:
            await self._wait_for_slot(request)
        try:
            response = await self._inner.handle_async_request(request)
        except BaseException:
            self._slots.release()
            raise
        response.stream = _ReleasingStream(response.stream, self._slots.release)
        return response

    async def _wait_for_slot(self, request: httpx.Request) -> None:
        timeouts = request.extensions.get("timeout", {})
        pool_timeout = timeouts.get("pool") if isinstance(timeouts, dict) else None
        with anyio.move_on_after(pool_timeout if pool_timeout is not None else math.inf) as scope:
            await self._slots.acquire()
        if scope.cancelled_caught:
            raise httpx.PoolTimeout("timed out waiting for a connection slot", request=request)

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self._inner.aclose()


class _ReleasingStream(httpx.AsyncByteStream):
    def __init__(
        self, stream: httpx.SyncByteStream | httpx.AsyncByteStream, release: Callable[[], None]
    ) -> None:
        self._stream = stream
        self._release: Callable[[], None] | None = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if not isinstance(self._stream, httpx.AsyncByteStream):
            raise TypeError("an async transport must return an async byte stream")
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            if isinstance(self._stream, httpx.AsyncByteStream):
                await self._stream.aclose()
        finally:
            release, self._release = self._release, None
            if release is not None:
                release()
