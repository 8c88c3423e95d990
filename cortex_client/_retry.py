"""Pure retry policy: what is retryable, Retry-After parsing, backoff and deadline maths.

Nothing here performs I/O or sleeps; :class:`~cortex_client._transport.RetryTransport` is the
async shell that acts on the :class:`Decision` returned by :func:`decide`.
"""

from __future__ import annotations

import datetime
import email.utils
import math
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

import httpx

__all__ = [
    "RETRYABLE_STATUSES",
    "DEFAULT_INITIAL_DELAY",
    "DEFAULT_MAX_DELAY",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_AFTER",
    "IDEMPOTENT_METHODS",
    "IDEMPOTENCY_KEY_HEADER",
    "Decision",
    "RetryPolicy",
    "backoff_delay",
    "decide",
    "exponential_backoff",
    "is_idempotent",
    "parse_retry_after",
]

DEFAULT_MAX_RETRIES = 2
DEFAULT_INITIAL_DELAY = 0.5
DEFAULT_MAX_DELAY = 8.0
DEFAULT_MAX_RETRY_AFTER = 60.0

#: Methods RFC 9110 §9.2.2 defines as idempotent: repeating them has the same effect as once.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
#: A request carrying this header may be retried whatever its method: the server de-duplicates.
IDEMPOTENCY_KEY_HEADER = "idempotency-key"

# 429: the server refused before doing any work. 503 + Retry-After: the server says when to
# come back. Both are safe to repeat for every method.
_ALWAYS_RETRY_STATUSES = frozenset({429})
# These may arrive after the server acted on the request, so only repeat what is idempotent.
_IDEMPOTENT_RETRY_STATUSES = frozenset({408, 500, 502, 503, 504})
#: Every status that can ever be retried; any other response is final without further thought.
RETRYABLE_STATUSES = _ALWAYS_RETRY_STATUSES | _IDEMPOTENT_RETRY_STATUSES
# Failures before a single byte of the request left this process.
_NOTHING_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
# Failures after (part of) the request may have reached the server.
_MAYBE_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)
# Doubling beyond this many retries cannot matter (any cap is reached) and 2.0**n must not overflow.
_MAX_EXPONENT = 60

Jitter = Literal["full", "equal"]


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How a call is retried: attempt budget, backoff shape, Retry-After ceiling and deadline.

    ``max_retries`` counts repeats (so ``max_retries=2`` allows three attempts). The backoff
    before retry ``n`` (0-based) is ``min(initial_delay * 2**n, max_delay)`` with ``jitter``
    applied: ``"full"`` draws from ``[0, d)``, ``"equal"`` from ``[d/2, d)``. A server
    Retry-After is obeyed as is, unless it exceeds ``max_retry_after``, in which case the call
    fails at once. ``deadline`` (seconds, ``None`` = unbounded) bounds the whole call,
    attempts and sleeps together; no sleep starts that would overrun it. Derive variants
    with ``dataclasses.replace(policy, max_retries=0)``.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = DEFAULT_INITIAL_DELAY
    max_delay: float = DEFAULT_MAX_DELAY
    max_retry_after: float = DEFAULT_MAX_RETRY_AFTER
    deadline: float | None = None
    jitter: Jitter = "equal"

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {self.max_retries!r}")
        for name in ("initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if not (value >= 0 and math.isfinite(value)):
                raise ValueError(f"{name} must be a finite number >= 0, got {value!r}")
        if self.deadline is not None and not self.deadline > 0:
            raise ValueError(f"deadline must be > 0 seconds or None, got {self.deadline!r}")
        if self.jitter not in ("full", "equal"):
            raise ValueError(f"jitter must be 'full' or 'equal', got {self.jitter!r}")

    @property
    def max_attempts(self) -> int:
        """Total number of attempts the policy allows (first try included)."""
        return self.max_retries + 1


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do after one attempt.

    ``retry``: sleep ``delay`` seconds and try again. Otherwise the attempt's outcome is final;
    ``exceeds_ceiling`` then means the server asked to wait ``retry_after`` seconds, more than
    the policy allows, and the caller should fail at once rather than come back early.
    """

    retry: bool
    reason: str
    delay: float = 0.0
    retry_after: float | None = None
    exceeds_ceiling: bool = False


def _header(headers: Mapping[str, str], name: str) -> str | None:
    # httpx.Headers is case-insensitive; a plain dict is not, so fall back to a scan.
    value = headers.get(name)
    if value is not None:
        return value
    for key, candidate in headers.items():
        if key.lower() == name:
            return candidate
    return None


def _non_negative_float(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    if math.isnan(value):
        # "nan" is no wait the client could honour early; treat it like "longer than any".
        return math.inf
    if value < 0:
        return None
    return value  # "inf", "1e400" and huge integers are math.inf: above every ceiling.


def parse_retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Return how many seconds the server asks to wait, or ``None`` when it does not say.

    ``retry-after-ms`` (milliseconds, an OpenAI/Azure convention) wins over ``Retry-After``,
    which is either delay-seconds (fractions tolerated) or an HTTP-date (RFC 9110 §10.2.3);
    a date in the past means 0. ``now`` is the wall-clock time (epoch seconds) dates are
    measured from, ``time.time()`` by default. Unparseable or negative values give ``None``;
    ``inf``, ``nan`` and numbers too large for a float give ``math.inf`` (longer than any
    ceiling), never an OverflowError.
    """
    millis = _header(headers, "retry-after-ms")
    if millis is not None:
        value = _non_negative_float(millis)
        if value is not None:
            return value / 1000.0
    raw = _header(headers, "retry-after")
    if raw is None:
        return None
    seconds = _non_negative_float(raw)
    if seconds is not None:
        return seconds
    try:
        when = email.utils.parsedate_to_datetime(raw.strip())
        if when.tzinfo is None:
            # HTTP-dates are always GMT (RFC 9110 §5.6.7); email.utils leaves "-0000" naive.
            when = when.replace(tzinfo=datetime.UTC)
        timestamp = when.timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return _seconds_until(timestamp, now)


def _seconds_until(timestamp: float, now: float | None) -> float:
    current = time.time() if now is None else now
    return max(0.0, timestamp - current)


def _is_retry_safe(method: str, headers: Mapping[str, str]) -> bool:
    return (
        method.upper() in IDEMPOTENT_METHODS or _header(headers, IDEMPOTENCY_KEY_HEADER) is not None
    )


def is_idempotent(request: httpx.Request) -> bool:
    """Whether repeating ``request`` is safe: an idempotent method or an Idempotency-Key header."""
    return _is_retry_safe(request.method, request.headers)


def exponential_backoff(
    n: int, rand: float, *, initial: float, cap: float, jitter: Jitter = "equal"
) -> float:
    """``min(initial * 2**n, cap)`` jittered by ``rand`` in [0, 1): the one backoff formula of
    the package (retried calls and reconnecting event streams alike)."""
    ceiling = min(initial * 2.0 ** min(n, _MAX_EXPONENT), cap)
    if jitter == "full":
        return ceiling * rand
    return ceiling / 2.0 + ceiling / 2.0 * rand


def backoff_delay(policy: RetryPolicy, retry_index: int, rand: float) -> float:
    """Seconds to wait before retry ``retry_index`` (0-based), jittered by ``rand`` in [0, 1)."""
    return exponential_backoff(
        retry_index, rand, initial=policy.initial_delay, cap=policy.max_delay, jitter=policy.jitter
    )


def _classify_status(
    status: int, method: str, headers: Mapping[str, str], retry_after: float | None
) -> str | None:
    """Return why ``status`` may be retried, or ``None`` when it must not be."""
    if status in _ALWAYS_RETRY_STATUSES:
        return f"status {status}"
    if status == 503 and retry_after is not None:
        return "status 503 with Retry-After"
    if status in _IDEMPOTENT_RETRY_STATUSES and _is_retry_safe(method, headers):
        return f"status {status}"
    return None


def _classify_error(exc: BaseException, method: str, headers: Mapping[str, str]) -> str | None:
    """Return why transport error ``exc`` may be retried, or ``None`` when it must not be."""
    if isinstance(exc, _NOTHING_SENT_ERRORS):
        return type(exc).__name__
    if isinstance(exc, _MAYBE_SENT_ERRORS) and _is_retry_safe(method, headers):
        return type(exc).__name__
    return None


def decide(
    policy: RetryPolicy,
    *,
    method: str,
    headers: Mapping[str, str],
    status: int | None = None,
    response_headers: Mapping[str, str] | None = None,
    exc: BaseException | None = None,
    attempt: int,
    elapsed: float,
    rand: float,
    now: float | None = None,
) -> Decision:
    """Decide whether to retry after attempt number ``attempt`` (1-based) of a request.

    The attempt ended either with a response (``status`` and ``response_headers``) or with
    the transport error ``exc``. ``method`` and ``headers`` describe the request; ``elapsed``
    is the time since the call started; ``rand`` in [0, 1) drives the jitter; ``now`` is the
    wall clock for HTTP-date Retry-After values.
    """
    retry_after: float | None = None
    if exc is not None:
        reason = _classify_error(exc, method, headers)
        label = type(exc).__name__
    elif status is not None:
        retry_after = parse_retry_after(response_headers or {}, now)
        reason = _classify_status(status, method, headers, retry_after)
        label = f"status {status}"
    else:
        raise ValueError("decide() needs either a status or an exception")

    if reason is None:
        if status is not None and 200 <= status < 400:
            return Decision(retry=False, reason=f"{label} is final")
        return Decision(retry=False, reason=f"{label} is not retryable for {method.upper()}")
    if retry_after is not None and retry_after > policy.max_retry_after:
        return Decision(
            retry=False,
            reason=f"{reason}: Retry-After {retry_after:g}s exceeds {policy.max_retry_after:g}s",
            retry_after=retry_after,
            exceeds_ceiling=True,
        )
    if attempt > policy.max_retries:
        return Decision(
            retry=False,
            reason=f"{reason}: {attempt} of {policy.max_attempts} attempts used",
            retry_after=retry_after,
        )
    delay = retry_after if retry_after is not None else backoff_delay(policy, attempt - 1, rand)
    if policy.deadline is not None and elapsed + delay > policy.deadline:
        return Decision(
            retry=False,
            reason=f"{reason}: a {delay:.3g}s wait would overrun the {policy.deadline:g}s deadline",
            retry_after=retry_after,
        )
    return Decision(retry=True, reason=reason, delay=delay, retry_after=retry_after)
