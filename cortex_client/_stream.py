"""EventStream: the typed DomainEvents of a project (or the tenant), a sink of the client's hub.

However many streams and watches a program opens on one project, they share one connection
(see ``_hub``); an EventStream keeps the events it was handed in a queue until its consumer
reads them, and turns each into its generated model (``_events.parse_event``) when read.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Collection
from contextlib import AbstractAsyncContextManager, asynccontextmanager

import anyio

from ._defaults import DEFAULT_IDLE_TIMEOUT
from ._events import DomainEvent, event_type, parse_event
from ._hub import hubs_of
from ._hub_wire import short_id
from ._logging import get_logger
from ._sink import RawEvent
from ._sse import StreamError
from ._stream_path import stream_path

__all__ = ["SUBSCRIBER_BUFFER", "EventStream", "open_event_stream"]

_log = get_logger("cortex_client.stream")

#: Events a stream keeps waiting for its consumer; past that the oldest are dropped.
SUBSCRIBER_BUFFER = 10_000


class EventStream:
    """Typed DomainEvents of one project (or the tenant), de-duplicated: ``async for event in
    stream``. Raises the terminal error (401/403/404) when the server refuses the stream.

    An event that cannot be read is skipped (logged at WARNING and counted in
    :attr:`dropped_events`); the stream carries on. Closing the client ends the iteration.
    """

    def __init__(self, types: Collection[str] | None, idle_timeout: float) -> None:
        self._types = frozenset(types) if types is not None else None
        #: Seconds of silence before the connection counts as dead (read by the hub).
        self.idle_timeout = idle_timeout
        self._queue: deque[RawEvent] = deque()
        self._wakeup: anyio.Event | None = None
        self._finished = False
        self._error: BaseException | None = None
        self._dropped_count = 0
        #: Set once the connection is live for this stream, or an attempt failed.
        self._ready = anyio.Event()

    @property
    def dropped_events(self) -> int:
        """How many events this stream skipped because they could not be read."""
        return self._dropped_count

    def __aiter__(self) -> EventStream:
        return self

    async def __anext__(self) -> DomainEvent:
        queue = self._queue
        while True:
            while not queue:
                if self._error is not None:
                    raise self._error
                if self._finished:
                    raise StopAsyncIteration
                self._wakeup = anyio.Event()
                await self._wakeup.wait()
            event = queue.popleft()
            try:
                return parse_event(event.data)
            except Exception as exc:  # EventParseError, or anything a hostile body provokes
                self._dropped_count += 1
                _log.warning(
                    "skipping a malformed event %s: %s", short_id(event.id), type(exc).__name__
                )

    # -- the sink: called by the hub --------------------------------------------------

    def _connected(self) -> None:
        """The connection is live: the ``async with`` block may begin."""
        self._ready.set()

    def _events(self, batch: list[RawEvent]) -> None:
        """Queue the events of the wanted types for the consumer."""
        types, queue = self._types, self._queue
        was_empty = not queue
        for event in batch:
            if types is None or event_type(event.data) in types:
                queue.append(event)
        if len(queue) > SUBSCRIBER_BUFFER:
            lost = len(queue) - SUBSCRIBER_BUFFER
            _log.warning("event stream consumer fell behind; %d events dropped", lost)
            self._dropped_count += lost
            for _ in range(lost):
                queue.popleft()
        if was_empty and queue:
            self._wake()

    def _dropped(self, error: StreamError) -> None:
        """Count an event the connection could not read."""
        self._dropped_count += 1

    def _reconnecting(self, error: Exception | None, failures: int, delay: float) -> None:
        """A failed attempt does not hold the ``async with`` block back."""
        self._ready.set()

    def _ended(self, error: BaseException | None) -> None:
        """The server refused the stream (raised once the queue is read), or the client closed."""
        self._finished, self._error = True, error
        self._ready.set()
        self._wake()

    def _wake(self) -> None:
        if self._wakeup is not None:
            self._wakeup.set()


def open_event_stream(
    client: object,
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
    path = stream_path(project_id)
    if idle_timeout < 0:
        raise ValueError("idle_timeout must be >= 0 (0 turns it off)")
    return _open(client, path, types, idle_timeout)


@asynccontextmanager
async def _open(
    client: object, path: str, types: Collection[str] | None, idle_timeout: float
) -> AsyncIterator[EventStream]:
    stream = EventStream(types, idle_timeout)
    async with hubs_of(client).attached(path, stream):
        await stream._ready.wait()
        yield stream
