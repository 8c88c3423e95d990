"""RetryTransport: the async shell that applies a RetryPolicy around an inner httpx transport.

Retrying lives in the transport (not the client) so it sits below auth and redirects: a
retried attempt re-sends the very request object, credentials and Idempotency-Key included.
Requests with a streaming body (an async iterator, not bytes) are sent once and never retried,
since the stream cannot be replayed.
"""

from __future__ import annotations

import dataclasses
import random as _random
import time
from collections.abc import Awaitable, Callable

import anyio
import httpx

from ._errors import (
    ATTEMPTS_EXTENSION,
    APITimeoutError,
    error_from_response,
    error_from_transport_error,
)
from ._logging import log_retry, redact_url
from ._retry import RETRYABLE_STATUSES, Decision, RetryPolicy, decide

__all__ = ["RETRY_POLICY_EXTENSION", "RetryTransport"]

#: request.extensions key: a RetryPolicy here replaces the transport's policy for that request.
RETRY_POLICY_EXTENSION = "cortex_retry"
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
    ) -> None:
        self._inner = inner
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
        started = self._clock()
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self._attempt(request, policy, started, attempt)
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
                    response.request = request
                    await _read_quietly(response)
                    raise error_from_response(response, attempts=attempt)
                if not decision.retry:
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

    async def _attempt(
        self, request: httpx.Request, policy: RetryPolicy, started: float, attempt: int
    ) -> httpx.Response:
        if policy.deadline is None:
            return await self._inner.handle_async_request(request)
        remaining = policy.deadline - (self._clock() - started)
        with anyio.move_on_after(max(remaining, 0.0)):
            return await self._inner.handle_async_request(request)
        # Only the deadline's cancel scope can end the block without a return or an exception.
        raise APITimeoutError(
            f"deadline of {policy.deadline:g}s exceeded ({request.method} "
            f"{redact_url(request.url)})",
            request=request,
            attempts=attempt,
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


async def _read_quietly(response: httpx.Response) -> None:
    """Read an error body for its message; a body that fails to arrive just stays unread."""
    try:
        await response.aread()
    except httpx.HTTPError:
        pass  # error_from_response() copes with an unread body.
    finally:
        with anyio.CancelScope(shield=True):
            await response.aclose()
