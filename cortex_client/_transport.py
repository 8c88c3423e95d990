"""RetryTransport: the async shell that applies a RetryPolicy around an inner httpx transport.

Retrying lives in the transport (not the client) so it sits below auth and redirects: a
retried attempt re-sends the very request object, credentials and Idempotency-Key included.
Requests with a streaming body (an async iterator, not bytes) are sent once and never retried,
since the stream cannot be replayed.

The transport also reads the response body (see :mod:`._body`): inside the retry loop, so a
body cut short or stalled on an idempotent request is retried like any connection failure, and
inside the deadline, so ``deadline`` bounds the whole call, body included. The decoded body is
capped at ``max_response_bytes`` (:class:`ResponseTooLargeError`); an error body at
:data:`ERROR_BODY_LIMIT`, beyond which it is kept truncated. Event streams (``Accept:
text/event-stream``, or the ``cortex_stream`` extension set) are handed up unread: they are
long-lived, so the deadline covers only their headers, and they bound their own lines/events.
"""

from __future__ import annotations

import dataclasses
import math
import random as _random
import time
from collections.abc import Awaitable, Callable

import anyio
import httpx

from ._body import BODY_TRUNCATED_EXTENSION, BodyTooLarge, read_bounded
from ._errors import (
    ATTEMPTS_EXTENSION,
    APITimeoutError,
    ResponseTooLargeError,
    error_from_response,
    error_from_transport_error,
)
from ._logging import log_retry, redact_url
from ._retry import RETRYABLE_STATUSES, Decision, RetryPolicy, decide

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "ERROR_BODY_LIMIT",
    "MAX_RESPONSE_BYTES_EXTENSION",
    "RETRY_POLICY_EXTENSION",
    "STREAM_EXTENSION",
    "RetryTransport",
]

#: request.extensions key: a RetryPolicy here replaces the transport's policy for that request.
RETRY_POLICY_EXTENSION = "cortex_retry"
#: request.extensions key: an int here replaces the transport's max_response_bytes.
MAX_RESPONSE_BYTES_EXTENSION = "cortex_max_response_bytes"
#: request.extensions key: when true, the response is handed up unread (a long-lived stream).
STREAM_EXTENSION = "cortex_stream"
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
#: A non-2xx body is only read for its message: beyond this many bytes it is kept truncated.
ERROR_BODY_LIMIT = 1024 * 1024
# A retried response is drained (so its connection can be reused) only up to this many bytes.
_DRAIN_LIMIT = 64 * 1024


class RetryTransport(httpx.AsyncBaseTransport):
    """Retries what :func:`~cortex_client._retry.decide` says is retryable, then hands back the
    final response with ``response.extensions["cortex_attempts"]`` set.

    A final transport error is raised as :class:`APIConnectionError` / :class:`APITimeoutError`
    carrying ``attempts``; a Retry-After above the policy's ceiling raises the response's error
    (``RateLimitError`` for a 429) at once. ``random``, ``clock``, ``wall_clock`` and ``sleep``
    are injectable for tests.
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        *,
        random: Callable[[], float] = _random.random,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        if max_response_bytes < 1:
            raise ValueError(f"max_response_bytes must be >= 1, got {max_response_bytes!r}")
        self._inner = inner
        self.max_response_bytes = max_response_bytes
        self._policy = policy if policy is not None else RetryPolicy()
        self._random = random
        self._clock = clock
        self._wall_clock = wall_clock
        self._sleep = sleep

    @property
    def policy(self) -> RetryPolicy:
        """The default policy (a request's ``cortex_retry`` extension overrides it)."""
        return self._policy

    def __repr__(self) -> str:
        return f"RetryTransport({self._inner!r}, {self._policy!r})"

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying per policy; return the final response."""
        policy = self._policy_for(request)
        limit = self._limit_for(request)
        started = self._clock()
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self._attempt(request, policy, limit, started, attempt)
            except BodyTooLarge as exc:
                raise ResponseTooLargeError(
                    f"response body exceeds max_response_bytes={exc.limit} "
                    f"({request.method} {redact_url(request.url)})",
                    limit=exc.limit,
                    request=request,
                    attempts=attempt,
                ) from None
            except httpx.RequestError as exc:
                decision = self._decide(policy, request, started, attempt, exc=exc)
                if not decision.retry:
                    raise error_from_transport_error(
                        exc, request=request, attempts=attempt
                    ) from exc
                outcome = type(exc).__name__
            else:
                if response.status_code not in RETRYABLE_STATUSES:  # the common, final case
                    response.extensions[ATTEMPTS_EXTENSION] = attempt
                    return response
                decision = self._decide(policy, request, started, attempt, response=response)
                if decision.exceeds_ceiling:
                    # Coming back before the server's Retry-After is pointless; fail now.
                    response = await self._read_error_body(response, request, policy, started)
                    await response.aread()  # already in memory: this only fills .content
                    raise error_from_response(response, attempts=attempt)
                if not decision.retry:
                    response = await self._read_error_body(response, request, policy, started)
                    response.extensions[ATTEMPTS_EXTENSION] = attempt
                    return response
                await _discard(response)
                outcome = f"status {response.status_code}"
            log_retry(request, outcome, attempt, policy.max_attempts, decision.delay)
            await self._sleep(decision.delay)

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self._inner.aclose()

    def _policy_for(self, request: httpx.Request) -> RetryPolicy:
        override = request.extensions.get(RETRY_POLICY_EXTENSION)
        policy = override if isinstance(override, RetryPolicy) else self._policy
        if not isinstance(request.stream, httpx.ByteStream):
            return dataclasses.replace(policy, max_retries=0) if policy.max_retries else policy
        return policy

    def _limit_for(self, request: httpx.Request) -> int | None:
        """The body limit of ``request``, or ``None`` for a stream handed up unread."""
        if request.extensions.get(STREAM_EXTENSION) or "text/event-stream" in request.headers.get(
            "accept", ""
        ):
            return None
        override = request.extensions.get(MAX_RESPONSE_BYTES_EXTENSION)
        return override if isinstance(override, int) else self.max_response_bytes

    async def _send(self, request: httpx.Request, limit: int | None) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        if limit is None or response.status_code in RETRYABLE_STATUSES:
            return response  # a stream, or a body that may be discarded for a retry
        if 200 <= response.status_code < 300:
            return await read_bounded(response, request, limit, truncate=False)
        return await read_bounded(response, request, min(limit, ERROR_BODY_LIMIT), truncate=True)

    async def _attempt(
        self,
        request: httpx.Request,
        policy: RetryPolicy,
        limit: int | None,
        started: float,
        attempt: int,
    ) -> httpx.Response:
        if policy.deadline is None:
            return await self._send(request, limit)
        remaining = policy.deadline - (self._clock() - started)
        with anyio.move_on_after(max(remaining, 0.0)):
            return await self._send(request, limit)
        # Only the deadline's cancel scope can end the block without a return or an exception.
        raise APITimeoutError(
            f"deadline of {policy.deadline:g}s exceeded ({request.method} "
            f"{redact_url(request.url)})",
            request=request,
            attempts=attempt,
        )

    async def _read_error_body(
        self, response: httpx.Response, request: httpx.Request, policy: RetryPolicy, started: float
    ) -> httpx.Response:
        """Read a final retryable-status body for its message, within the deadline; a body that
        fails to arrive is replaced by an empty one marked as truncated."""
        limit = self._limit_for(request)
        if limit is None:
            return response
        remaining = math.inf
        if policy.deadline is not None:
            remaining = max(policy.deadline - (self._clock() - started), 0.0)
        with anyio.move_on_after(remaining):
            try:
                return await read_bounded(
                    response, request, min(limit, ERROR_BODY_LIMIT), truncate=True
                )
            except httpx.HTTPError:
                pass  # The status is what matters; error_from_response() copes with no body.
        headers = [
            (k, v)
            for k, v in response.headers.multi_items()
            if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")
        ]
        return httpx.Response(
            response.status_code,
            headers=headers,
            content=b"",
            extensions={**response.extensions, BODY_TRUNCATED_EXTENSION: 0},
            request=request,
        )

    def _decide(
        self,
        policy: RetryPolicy,
        request: httpx.Request,
        started: float,
        attempt: int,
        *,
        response: httpx.Response | None = None,
        exc: BaseException | None = None,
    ) -> Decision:
        return decide(
            policy,
            method=request.method,
            headers=request.headers,
            status=response.status_code if response is not None else None,
            response_headers=response.headers if response is not None else None,
            exc=exc,
            attempt=attempt,
            elapsed=self._clock() - started,
            rand=self._random(),
            now=self._wall_clock(),
        )


async def _discard(response: httpx.Response) -> None:
    """Drain a little of a response we will not use, then close it.

    Draining a small body lets the pooled connection be reused for the retry; a large or
    stalled one is cut off by closing, which drops the connection instead.
    """
    try:
        received = 0
        async for chunk in response.aiter_raw():
            received += len(chunk)
            if received > _DRAIN_LIMIT:
                break
    except httpx.HTTPError:
        pass  # The retry decides what happens next; a broken discarded body is irrelevant.
    finally:
        with anyio.CancelScope(shield=True):
            await response.aclose()
