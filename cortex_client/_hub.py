"""The event-stream connection: one per (client, stream path), feeding every sink attached to it.

A hub knows no spec. It connects to a path it is given, decodes the Server-Sent Events, reads
each ``data:`` as a JSON object (de-duplicated by its ``id``), and hands each received batch to
its sinks; it reconnects with backoff (``Last-Event-ID``, the server's ``retry:``) and treats
``idle_timeout`` seconds of silence as a dead connection. What an event means is the sinks'
business: the typed :class:`~cortex_client.EventStream` and every watch are sinks (``_sink``).

The connection runs in the task of one of its sinks (the leader); when the leader leaves,
another takes over, and when the last one leaves the connection closes. The client owns its
hubs (:class:`Hubs`) and closes them with itself. Everything is written against anyio.
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import AsyncIterator, Callable, Collection
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import anyio
import httpx

from ._errors import (
    AuthenticationError,
    CortexError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    raise_for_status,
    translate_transport_errors,
)
from ._hub_wire import STREAM_TIMEOUT, check_event_stream, raw_event, request_headers, short_id
from ._logging import get_logger
from ._retry import exponential_backoff
from ._sink import RawEvent, Sink
from ._sse import SSEDecoder, StreamError

__all__ = [
    "DEFAULT_BACKOFF",
    "TERMINAL",
    "Backoff",
    "Hub",
    "Hubs",
    "RawEvent",
    "Sink",
    "hubs_of",
]

_log = get_logger("cortex_client.stream")

#: How many recent event ids a hub remembers to drop duplicates (replays after a reconnect).
DEDUP_WINDOW = 10_000
#: The server's verdict on the credentials or the path will not change by retrying.
TERMINAL = (AuthenticationError, PermissionDeniedError, NotFoundError)


@dataclass(frozen=True)
class Backoff:
    """Reconnect delays: the package's backoff (:func:`~cortex_client._retry.exponential_backoff`,
    equal jitter) between ``initial`` and ``cap``, never below the server's ``retry:``."""

    initial: float = 0.5
    cap: float = 30.0

    def delay(self, failures: int, floor: float, rand: float) -> float:
        """Seconds to wait before the next connection; ``rand`` in [0, 1) spreads clients."""
        return max(floor, exponential_backoff(failures, rand, initial=self.initial, cap=self.cap))


DEFAULT_BACKOFF = Backoff()


class _IdleTimeout(CortexError):
    """No byte arrived within the idle timeout."""


class Hub:
    """The shared connection of one stream path and its sinks."""

    def __init__(
        self, http: Callable[[], httpx.AsyncClient], path: str, backoff: Backoff = DEFAULT_BACKOFF
    ) -> None:
        self.path = path
        self.sinks: list[Sink] = []
        #: Set once the hub can never connect again (a terminal error, or closed).
        self.ended = False
        self._http = http
        self._backoff = backoff
        self._leader: anyio.CancelScope | None = None
        self._leader_free = anyio.Event()
        self._live = False
        self._last_id = ""
        self._retry_ms: int | None = None
        self._seen: set[str] = set()
        self._seen_order: deque[str] = deque()
        self._random = random.Random()

    # -- sinks ------------------------------------------------------------------------

    def join(self, sink: Sink) -> None:
        """Attach ``sink`` (told at once when the connection is already live)."""
        self.sinks.append(sink)
        if self._live:
            self._tell(sink._connected)

    def leave(self, sink: Sink) -> None:
        """Detach ``sink`` (idempotent)."""
        if sink in self.sinks:
            self.sinks.remove(sink)

    def close(self) -> None:
        """End every sink (``ended(None)``) and the connection; the hub is not reused."""
        self._end(None)
        if self._leader is not None:
            self._leader.cancel()

    def _end(self, error: BaseException | None) -> None:
        if self.ended:
            return
        self.ended = True
        for sink in list(self.sinks):
            self._tell(sink._ended, error)

    @staticmethod
    def _tell(method: Callable[..., object], *args: Any) -> None:
        try:
            method(*args)
        except Exception:
            _log.exception("event stream sink method %r raised", method)

    # -- the connection ---------------------------------------------------------------

    async def drive(self, sink: Sink) -> None:
        """Run the connection whenever no other sink's task does (the leader hand-over)."""
        while not self.ended and sink in self.sinks:
            if self._leader is not None:
                await self._leader_free.wait()
                continue
            self._leader_free = anyio.Event()
            try:
                with anyio.CancelScope() as self._leader:
                    await self._run()
            except Exception as exc:  # a bug must end the streams, not the user's task group
                _log.exception("event stream failed")
                self._end(exc)
            finally:
                self._leader = None
                self._live = False
                self._leader_free.set()
            return

    async def _run(self) -> None:
        failures = 0
        while True:
            error: Exception | None = None
            delivered = False
            retry_after = 0.0
            try:
                delivered = await self._connect_once()
            except TERMINAL as exc:
                self._end(exc)
                return
            except CortexError as exc:
                if isinstance(exc, RateLimitError) and exc.retry_after is not None:
                    retry_after = exc.retry_after
                error = exc
            failures = 0 if delivered else failures + 1
            # The server's `retry:` and Retry-After are floors, but never above the backoff's own
            # maximum (a Retry-After of `inf` would otherwise end the stream in a silent sleep).
            floor = min(max(retry_after, (self._retry_ms or 0) / 1000), self._backoff.cap)
            delay = self._backoff.delay(failures, floor, self._random.random())
            if error is None:
                # A server closing a stream is routine (a deploy, a proxy's timeout).
                _log.info("event stream %s ended by the server; reconnecting", self.path)
            else:
                _log.warning(
                    "event stream %s failed (%s); attempt %d, reconnecting in %.1f s",
                    self.path,
                    error,
                    max(failures, 1),
                    delay,
                )
            for sink in list(self.sinks):
                self._tell(sink._reconnecting, error, failures, delay)
            await anyio.sleep(delay)

    async def _connect_once(self) -> bool:
        """One connection, until it ends; True when it delivered at least one event."""
        headers = request_headers(self._last_id)
        delivered = False
        # An event past the size limits is skipped where it stands: reconnecting would read
        # it again from Last-Event-ID, forever.
        decoder = SSEDecoder(skip_oversize=True)
        try:
            with translate_transport_errors():
                async with self._http().stream(
                    "GET", self.path, headers=headers, timeout=STREAM_TIMEOUT
                ) as response:
                    if not 200 <= response.status_code < 300:
                        await response.aread()
                        raise_for_status(response)
                    check_event_stream(response)
                    self._live = True
                    for sink in list(self.sinks):
                        self._tell(sink._connected)
                    chunks = response.aiter_bytes()
                    while True:
                        try:
                            with anyio.fail_after(self._idle_timeout()):
                                chunk = await chunks.__anext__()
                        except StopAsyncIteration:
                            return delivered
                        except TimeoutError:
                            raise _IdleTimeout("no data within the idle timeout") from None
                        batch = self._read(decoder, chunk)
                        if batch is not None:
                            delivered = True
                            if batch:
                                self._deliver(batch)
        finally:
            self._live = False

    def _idle_timeout(self) -> float | None:
        timeouts = [sink.idle_timeout for sink in self.sinks if sink.idle_timeout > 0]
        return min(timeouts) if timeouts else None

    def _read(self, decoder: SSEDecoder, chunk: bytes) -> list[RawEvent] | None:
        """The new events of ``chunk`` (None when it held no readable event, duplicates
        included); an unreadable event is dropped, a broken decoder ends the connection."""
        try:
            frames = decoder.feed(chunk)
        except StreamError:
            raise
        except Exception as exc:
            raise StreamError(f"event stream undecodable: {type(exc).__name__}") from exc
        self._last_id = decoder.last_event_id or self._last_id
        self._retry_ms = decoder.retry or self._retry_ms
        for reason in decoder.take_skipped():
            self._drop(decoder.last_event_id or None, StreamError(reason))
        batch: list[RawEvent] | None = None
        for sse in frames:
            try:
                event = raw_event(sse)
            except Exception as exc:  # RecursionError for deep nesting included
                self._drop(sse.id, exc)
                continue
            if batch is None:
                batch = []
            if event.id is None or self._first_sight(event.id):
                batch.append(event)
        return batch

    def _first_sight(self, event_id: str) -> bool:
        """Whether ``event_id`` is new (remembered from now on, for ``DEDUP_WINDOW`` ids)."""
        seen = self._seen
        if event_id in seen:
            return False
        seen.add(event_id)
        order = self._seen_order
        order.append(event_id)
        if len(order) > DEDUP_WINDOW:
            seen.discard(order.popleft())
        return True

    def _deliver(self, batch: list[RawEvent]) -> None:
        # One read per event, one call per sink per chunk: 1,000 watches cost 1,000 calls.
        for sink in list(self.sinks):
            try:
                sink._events(batch)
            except Exception as exc:  # one sink's bug costs that sink this batch, no more
                for event in batch:
                    self._drop(event.id, exc, (sink,))

    def _drop(self, event_id: str | None, error: Exception, sinks: Collection[Sink] = ()) -> None:
        """Log and report an event that could not be read (to every sink) or delivered (to
        ``sinks``); the connection and everyone else carry on."""
        reason = str(error) if type(error) is StreamError else type(error).__name__
        _log.warning("event stream %s dropped event %s: %s", self.path, short_id(event_id), reason)
        dropped = StreamError(f"event {short_id(event_id)} dropped: {reason}", event_id=event_id)
        dropped.__cause__ = error
        for sink in list(sinks or self.sinks):
            self._tell(sink._dropped, dropped)


class Hubs:
    """A client's hubs by stream path: two clients never share one; closed with the client
    (``owner``), and shared by its ``with_options`` views."""

    def __init__(self, owner: Any) -> None:
        self.owner = owner
        self._http: Callable[[], httpx.AsyncClient] = owner.get_async_httpx_client
        self._hubs: dict[str, Hub] = {}
        self._closed = False

    @asynccontextmanager
    async def attached(
        self, path: str, sink: Sink, backoff: Backoff = DEFAULT_BACKOFF
    ) -> AsyncIterator[None]:
        """Feed ``sink`` from the connection of ``path`` for the duration of the block (this
        task takes its turn at running the connection)."""
        if self._closed:
            raise CortexError("the client is closed: open a new one to stream events")
        hub = self._hubs.get(path)
        if hub is None or hub.ended:
            hub = self._hubs[path] = Hub(self._http, path, backoff)
        hub.join(sink)
        # An exception of the block (the stream's AuthenticationError raised by the iterator,
        # the user's KeyboardInterrupt or SystemExit) is re-raised as itself, not wrapped in the
        # task group's ExceptionGroup; a cancellation is the group's to handle.
        body_error: BaseException | None = None
        try:
            async with anyio.create_task_group() as group:
                group.start_soon(hub.drive, sink)
                try:
                    yield
                except anyio.get_cancelled_exc_class():
                    raise
                except BaseException as exc:
                    body_error = exc
                finally:
                    hub.leave(sink)
                    group.cancel_scope.cancel()
            if body_error is not None:
                raise body_error
        finally:
            hub.leave(sink)
            if not hub.sinks and self._hubs.get(path) is hub:
                del self._hubs[path]

    def close(self) -> None:
        """End every hub and its sinks; attaching afterwards raises."""
        self._closed = True
        hubs, self._hubs = list(self._hubs.values()), {}
        for hub in hubs:
            hub.close()


def hubs_of(client: Any) -> Hubs:
    """The hubs of ``client``: a CortexClient's (shared with its views), else made on first use."""
    hubs = getattr(getattr(client, "_shared", None), "hubs", None)
    if not isinstance(hubs, Hubs):
        hubs = getattr(client, "_cortex_hubs", None)
        if not isinstance(hubs, Hubs):
            hubs = Hubs(client)
            setattr(client, "_cortex_hubs", hubs)  # noqa: B010
    return hubs
