"""EventStream: one shared SSE connection per (client, project), reconnects, idle timeout, fan-out.

However many streams and watches a program opens on one project, they share one HTTP
connection (a "hub"). The connection is driven by a task of one of the subscribers (the
leader); when the leader leaves, another subscriber takes over, and when the last one leaves the
connection closes. Everything is written against anyio, so it runs under asyncio and trio.
"""

from __future__ import annotations

import json
import random
import re
import weakref
from collections import deque
from collections.abc import AsyncIterator, Callable, Collection
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx

from ._defaults import DEFAULT_IDLE_TIMEOUT
from ._errors import (
    AuthenticationError,
    CortexError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    raise_for_status,
    translate_transport_errors,
)
from ._events import DomainEvent, parse_event
from ._generated.api import EVENTS
from ._generated.types import path_segment
from ._logging import get_logger
from ._sse import ServerSentEvent, SSEDecoder, StreamError

__all__ = [
    "DEFAULT_IDLE_TIMEOUT",
    "Backoff",
    "Connected",
    "EventStream",
    "RawEvent",
    "Subscription",
    "open_event_stream",
    "stream_path",
    "subscribe",
]

_log = get_logger("cortex_client.stream")

#: Events a subscriber may have waiting; past that it is told to resynchronise instead.
SUBSCRIBER_BUFFER = 10_000
#: How many recent event ids each subscriber remembers to drop duplicates.
DEDUP_WINDOW = 10_000
# Connecting is bounded; reading is not (the idle timeout watches a live stream instead).
_STREAM_TIMEOUT = httpx.Timeout(10.0, read=None)
# The server's verdict on the credentials or the path will not change by retrying.
_TERMINAL = (AuthenticationError, PermissionDeniedError, NotFoundError)
# Compressed streams are refused: a few KB of gzip inflate to many MB of blank lines, which
# no line or event limit catches, all decoded on the event loop. (Asked for with
# Accept-Encoding: identity; a server that compresses anyway gets a failed connection.)
_IDENTITY = ("", "identity")
# What RFC 9110 forbids in a field value (HTAB aside); a NUL id never gets here (ignored by
# the decoder, as the spec says).
_CONTROL = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")
# How much of an event id goes into a log line or an error message.
_ID_CHARS = 64


_NO_STREAM = "this API has no such event stream: generator-config.yml names no cortex_events.{}"


def stream_path(project_id: str | None) -> str:
    """The event-stream path of a project (the tenant's when ``project_id`` is None).

    The project id goes through the operations' path-segment rule: "", "." and ".." raise
    :class:`~cortex_client.InvalidPathParameter` (they would address the tenant-wide stream).
    """
    # The routes come from generator-config.yml's cortex_events, checked against the spec.
    if project_id is None:
        if EVENTS.tenant_stream is None:
            raise CortexError(_NO_STREAM.format("tenant_stream"))
        return EVENTS.tenant_stream
    if EVENTS.project_stream is None:
        raise CortexError(_NO_STREAM.format("project_stream"))
    name = EVENTS.project_parameter
    return EVENTS.project_stream.replace("{" + name + "}", path_segment(name, project_id))


def _last_event_id_header(last_id: str) -> bytes | None:
    """``Last-Event-ID`` as UTF-8 bytes (as browsers send it), or None when no HTTP header can
    carry it (control characters, or spaces at either end): the server then starts afresh."""
    value = last_id.encode("utf-8", "replace")
    if value != value.strip(b" \t") or _CONTROL.search(value):
        return None
    return value


def _short(event_id: str | None) -> str:
    text = repr(event_id)
    return text if len(text) <= _ID_CHARS else text[: _ID_CHARS - 3] + "..."


@dataclass(frozen=True)
class Backoff:
    """Reconnect delays: ``min(initial * 2**n, cap)`` with jitter, never below the server's
    ``retry:`` time (n counts consecutive failed connections)."""

    initial: float = 0.5
    cap: float = 30.0

    def delay(self, failures: int, floor: float, rand: float) -> float:
        """Seconds to wait before the next connection; ``rand`` in [0, 1) spreads clients."""
        base = min(self.initial * 2.0 ** min(failures, 32), self.cap)
        return max(floor, base * (0.5 + rand / 2))


DEFAULT_BACKOFF = Backoff()


@dataclass(frozen=True)
class RawEvent:
    """A decoded DomainEvent as JSON (``id`` is the event's own id, used to de-duplicate)."""

    id: str | None
    type: str
    data: dict[str, Any]
    #: What watches read from this event, shared by every watch that receives it (one reading
    #: per event, not one per watcher); keyed by the reader.
    decoded: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Connected:
    """Marker: a connection is (again) live; anything before it may have been missed."""


class _IdleTimeout(Exception):
    pass


@dataclass(eq=False)
class Subscription:
    """One subscriber's view of a hub: a queue of :class:`RawEvent` and :class:`Connected`."""

    types: frozenset[str] | None
    idle_timeout: float
    _items: deque[RawEvent | Connected] = field(default_factory=deque)
    _wakeup: anyio.Event = field(default_factory=anyio.Event)
    _seen: set[str] = field(default_factory=set)
    _seen_order: deque[str] = field(default_factory=deque)
    error: BaseException | None = None
    #: Set once the connection is live for this subscriber, or its first attempt failed.
    ready: anyio.Event = field(default_factory=anyio.Event)
    #: Optional synchronous consumer: called with an event when nothing is queued; returning
    #: True means it was fully handled, so the subscriber's task need not wake up at all.
    direct: Callable[[RawEvent], bool] | None = None
    #: Optional: told of each :class:`StreamError` the connection carries on after (an event
    #: it dropped, an answer it refused).
    report: Callable[[StreamError], object] | None = None
    #: Events this subscriber lost because they could not be read or delivered.
    dropped: int = 0

    def notify(self, error: StreamError) -> None:
        """Pass a non-terminal stream error to :attr:`report`, if set (never raises)."""
        if self.report is not None:
            try:
                self.report(error)
            except Exception:
                _log.exception("event stream error listener %r raised", self.report)

    def put(self, item: RawEvent | Connected) -> None:
        """Queue an item (filtered by type, de-duplicated by id)."""
        items = self._items
        if type(item) is RawEvent:
            if self.types is not None and item.type not in self.types:
                return
            event_id = item.id
            if event_id is not None:
                seen = self._seen
                if event_id in seen:
                    return
                seen.add(event_id)
                order = self._seen_order
                order.append(event_id)
                if len(order) > DEDUP_WINDOW:
                    seen.discard(order.popleft())
            if not items and self.direct is not None and self.direct(item):
                # Handled in the delivering task: with 1,000 watchers, waking 1,000 tasks per
                # event alone costs ~20 ms, while the direct path costs microseconds per watcher.
                return
        else:
            self.ready.set()
        if len(items) >= SUBSCRIBER_BUFFER:
            _log.warning(
                "event subscriber fell %d events behind; resynchronising", SUBSCRIBER_BUFFER
            )
            items.clear()
            item = Connected()
        items.append(item)
        if len(items) == 1:
            # get() waits only on an empty queue, so only the first item can have a waiter.
            self._wakeup.set()

    def fail(self, error: BaseException) -> None:
        """End the subscription with ``error`` (raised by :meth:`get` once the queue drains)."""
        self.error = error
        self.ready.set()
        self._wakeup.set()

    async def get(self) -> RawEvent | Connected:
        """The next item; raises the stream's terminal error once everything queued is read."""
        while not self._items:
            if self.error is not None:
                raise self.error
            self._wakeup = anyio.Event()
            await self._wakeup.wait()
        return self._items.popleft()

    def get_nowait(self) -> RawEvent | Connected | None:
        """The next queued item, or None when nothing is waiting."""
        return self._items.popleft() if self._items else None


class _Hub:
    """The shared connection of one (client, project) and its subscribers."""

    def __init__(self, client: Any, project_id: str | None, backoff: Backoff) -> None:
        self._client = client
        self.path = stream_path(project_id)
        self._backoff = backoff
        self.subscribers: list[Subscription] = []
        self.error: BaseException | None = None
        self._leader_active = False
        self._leader_free = anyio.Event()
        self._leader_free.set()
        self._live = False
        self._decoder = SSEDecoder()
        self._last_id = ""
        self._retry_ms: int | None = None
        self._random = random.Random()

    def join(self, subscription: Subscription) -> None:
        self.subscribers.append(subscription)
        if self._live:
            subscription.put(Connected())

    def leave(self, subscription: Subscription) -> None:
        if subscription in self.subscribers:
            self.subscribers.remove(subscription)

    def _idle_timeout(self) -> float | None:
        timeouts = [s.idle_timeout for s in self.subscribers if s.idle_timeout > 0]
        return min(timeouts) if timeouts else None

    async def drive(self, subscription: Subscription) -> None:
        """Run the connection whenever no other subscriber does (the leader hand-over)."""
        while True:
            await self._leader_free.wait()
            if self.error is not None or subscription not in self.subscribers:
                return
            if self._leader_active:
                continue
            self._leader_active = True
            self._leader_free = anyio.Event()
            try:
                await self._run()
            except Exception as exc:  # a bug must end the streams, not the user's task group
                _log.exception("event stream failed")
                self._fail_all(exc)
            finally:
                self._leader_active = False
                self._live = False
                self._leader_free.set()
            return

    def _fail_all(self, error: BaseException) -> None:
        self.error = error
        for subscription in list(self.subscribers):
            subscription.fail(error)

    async def _run(self) -> None:
        failures = 0
        while True:
            delivered = False
            retry_after = 0.0
            try:
                delivered = await self._connect_once()
                _log.debug("event stream %s ended by the server; reconnecting", self.path)
            except _TERMINAL as exc:
                self._fail_all(exc)
                return
            except StreamError as exc:
                # The server misbehaved (not an event stream, a limit broken): worth a warning.
                _log.warning("event stream %s failed (%s); reconnecting", self.path, exc)
                for subscription in list(self.subscribers):
                    subscription.notify(exc)
            except (CortexError, _IdleTimeout) as exc:
                if isinstance(exc, RateLimitError) and exc.retry_after is not None:
                    retry_after = exc.retry_after
                _log.debug("event stream %s interrupted (%s); reconnecting", self.path, exc)
            for subscription in list(self.subscribers):
                subscription.ready.set()  # a failed attempt: do not hold anyone back
            failures = 0 if delivered else failures + 1
            # The server's `retry:` and Retry-After are floors, but never above the backoff's own
            # maximum (a Retry-After of `inf` would otherwise end the stream in a silent sleep).
            floor = min(max(retry_after, (self._retry_ms or 0) / 1000), self._backoff.cap)
            await anyio.sleep(self._backoff.delay(failures, floor, self._random.random()))

    async def _connect_once(self) -> bool:
        """One connection, until it ends; True when it delivered at least one event."""
        http: httpx.AsyncClient = self._client.get_async_httpx_client()
        headers = {
            b"Accept": b"text/event-stream",
            b"Accept-Encoding": b"identity",
            b"Cache-Control": b"no-cache",
        }
        if self._last_id:
            last_id = _last_event_id_header(self._last_id)
            if last_id is not None:
                headers[b"Last-Event-ID"] = last_id
        delivered = False
        try:
            with translate_transport_errors():
                async with http.stream(
                    "GET", self.path, headers=headers, timeout=_STREAM_TIMEOUT
                ) as response:
                    if not 200 <= response.status_code < 300:
                        await response.aread()
                        raise_for_status(response)
                    _check_event_stream(response)
                    self._live = True
                    for subscription in list(self.subscribers):
                        subscription.put(Connected())
                    chunks = response.aiter_bytes()
                    while True:
                        try:
                            with anyio.fail_after(self._idle_timeout()):
                                chunk = await chunks.__anext__()
                        except StopAsyncIteration:
                            return delivered
                        except TimeoutError:
                            raise _IdleTimeout("no data within the idle timeout") from None
                        for sse in self._feed(chunk):
                            try:
                                delivered = self._dispatch(sse) or delivered
                            except Exception as exc:
                                self._drop(sse.id, exc)
        finally:
            self._live = False
            self._decoder.close()

    def _feed(self, chunk: bytes) -> list[ServerSentEvent]:
        try:
            events = self._decoder.feed(chunk)
        except Exception as exc:
            # A broken decoder cannot be fed again; the next connection gets a new one.
            self._decoder = SSEDecoder()
            if isinstance(exc, StreamError):
                raise
            raise StreamError(f"event stream undecodable: {type(exc).__name__}") from exc
        self._last_id = self._decoder.last_event_id or self._last_id
        self._retry_ms = self._decoder.retry or self._retry_ms
        return events

    def _dispatch(self, sse: ServerSentEvent) -> bool:
        """Deliver one event to every subscriber; raises when its data is not a JSON object
        (RecursionError for deep nesting included), and the caller drops it."""
        data = json.loads(sse.data)
        if type(data) is not dict:
            raise ValueError(f"the data is a JSON {type(data).__name__}, not an object")
        event_id = data.get("id")
        event_type = data.get("type", "")
        raw = RawEvent(
            event_id if isinstance(event_id, str) else sse.id,
            event_type if type(event_type) is str else "",
            data,
        )
        for subscription in list(self.subscribers):
            try:
                subscription.put(raw)
            except Exception as exc:  # one sink's bug costs that sink this event, no more
                self._drop(raw.id, exc, (subscription,))
        return True

    def _drop(
        self,
        event_id: str | None,
        error: Exception,
        subscribers: Collection[Subscription] | None = None,
    ) -> None:
        """Count, log and report an event that could not be read (or, for ``subscribers``,
        delivered); the connection and everyone else carry on."""
        reason = type(error).__name__
        _log.warning("event stream %s dropped event %s: %s", self.path, _short(event_id), reason)
        dropped = StreamError(f"event {_short(event_id)} dropped: {reason}", event_id=event_id)
        dropped.__cause__ = error
        for subscription in list(self.subscribers if subscribers is None else subscribers):
            subscription.dropped += 1
            subscription.notify(dropped)


def _check_event_stream(response: httpx.Response) -> None:
    """Refuse a 2xx answer that is not an uncompressed ``text/event-stream`` (its body is
    never read: an HTML page's ``data:`` line is not an event)."""
    content_type = response.headers.get("content-type", "")
    if content_type.partition(";")[0].strip().lower() != "text/event-stream":
        raise StreamError(
            f"event stream answered {response.status_code} with content type "
            f"{content_type!r}, not text/event-stream"
        )
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding not in _IDENTITY:
        raise StreamError(
            f"event stream answered {response.status_code} with content encoding "
            f"{encoding!r}; only an uncompressed stream is read"
        )


_hubs: weakref.WeakKeyDictionary[Any, dict[str | None, _Hub]] = weakref.WeakKeyDictionary()


@asynccontextmanager
async def subscribe(
    client: Any,
    project_id: str | None = None,
    types: Collection[str] | None = None,
    *,
    idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
    backoff: Backoff = DEFAULT_BACKOFF,
) -> AsyncIterator[Subscription]:
    """Join the shared connection of ``(client, project_id)`` for the duration of the block.

    The subscription yields :class:`Connected` each time the connection becomes live and
    :class:`RawEvent` for each event; the connection's terminal error is raised by ``get()``.
    """
    if idle_timeout < 0:
        raise ValueError("idle_timeout must be >= 0 (0 turns it off)")
    stream_path(project_id)  # a bad project id fails before any connection
    hubs = _hubs.setdefault(client, {})
    hub = hubs.get(project_id)
    if hub is None or hub.error is not None:
        hub = hubs[project_id] = _Hub(client, project_id, backoff)
    subscription = Subscription(frozenset(types) if types is not None else None, idle_timeout)
    hub.join(subscription)
    # An error of the block (say the stream's AuthenticationError raised by the iterator) is
    # re-raised as itself, not wrapped in the task group's ExceptionGroup.
    body_error: Exception | None = None
    try:
        async with anyio.create_task_group() as group:
            group.start_soon(hub.drive, subscription)
            try:
                yield subscription
            except Exception as exc:
                body_error = exc
            finally:
                hub.leave(subscription)
                group.cancel_scope.cancel()
        if body_error is not None:
            raise body_error
    finally:
        hub.leave(subscription)
        if not hub.subscribers and hubs.get(project_id) is hub:
            del hubs[project_id]


class EventStream:
    """Typed DomainEvents of one project (or the tenant), de-duplicated: ``async for event in
    stream``. Raises the terminal error (401/403/404) when the server refuses the stream.

    An event that cannot be read is skipped (logged at WARNING and counted in
    :attr:`dropped_events`); the stream carries on.
    """

    def __init__(self, subscription: Subscription) -> None:
        self._subscription = subscription

    @property
    def dropped_events(self) -> int:
        """How many events this stream skipped because they could not be read."""
        return self._subscription.dropped

    def __aiter__(self) -> EventStream:
        return self

    async def __anext__(self) -> DomainEvent:
        subscription = self._subscription
        while True:
            item = await subscription.get()
            if isinstance(item, Connected):
                continue
            try:
                return parse_event(item.data)
            except Exception as exc:  # EventParseError, or anything a hostile body provokes
                subscription.dropped += 1
                _log.warning(
                    "skipping a malformed event %s: %s", _short(item.id), type(exc).__name__
                )


def open_event_stream(
    client: Any,
    project_id: str | None = None,
    types: Collection[str] | None = None,
    *,
    idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
) -> AbstractAsyncContextManager[EventStream]:
    """Stream typed DomainEvents over the shared connection of ``(client, project_id)``.

    ``project_id=None`` follows the whole tenant (``/api/events/stream``); "", "." and ".."
    raise :class:`~cortex_client.InvalidPathParameter` here, before anything is sent.
    ``types`` keeps only those event types. The connection reconnects by itself (jittered
    backoff, ``Last-Event-ID``); ``idle_timeout`` seconds without any byte (heartbeats
    included) count as a dead connection (0 = never). 401/403/404 end the stream: the iterator
    raises the typed error. The block is entered once the connection is live (or its first
    attempt failed), so every event published after that point is delivered.

        async with open_event_stream(client, project_id) as events:
            async for event in events:
                ...
    """
    stream_path(project_id)
    if idle_timeout < 0:
        raise ValueError("idle_timeout must be >= 0 (0 turns it off)")
    return _open_event_stream(client, project_id, types, idle_timeout)


@asynccontextmanager
async def _open_event_stream(
    client: Any, project_id: str | None, types: Collection[str] | None, idle_timeout: float
) -> AsyncIterator[EventStream]:
    async with subscribe(client, project_id, types, idle_timeout=idle_timeout) as subscription:
        await subscription.ready.wait()
        yield EventStream(subscription)
