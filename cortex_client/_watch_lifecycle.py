"""The public life of a watch: started by a block or by ``on_snapshot``, stopped, failed and
reported, and iterated; the first-sync deadline and the failure budget that fail it.

Failures are never silent. The first snapshot (stream connected, first list read) must come
within ``first_sync_timeout`` seconds, else the watch fails with the last error (the iterator
raises it, ``on_error`` gets it). After that, every failed reconnect or list goes to
``on_error`` and a WARNING (attempt and next delay) while retrying continues, until
``max_failures`` failures in a row (None: never) fail the watch.
"""

from __future__ import annotations

import enum
from collections.abc import AsyncIterator, Callable
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import anyio
from anyio.abc import TaskGroup

from ._errors import APITimeoutError, CortexError
from ._event_reader import SharedReader
from ._logging import get_logger
from ._snapshots import SnapshotFeed, call, disposer

__all__ = ["LISTING_PHASES", "OVER_PHASES", "Phase", "WatchLifecycle"]

_log = get_logger("cortex_client.watch")

S = TypeVar("S")


class Phase(enum.Enum):
    """Where a watch is in its life (see the diagram in ``_watch_machine``)."""

    NEW = "new"
    CONNECTING = "connecting"
    LISTING = "listing"
    LIVE = "live"
    RESYNCING = "resyncing"
    CLOSED = "closed"
    FAILED = "failed"


LISTING_PHASES = (Phase.LISTING, Phase.RESYNCING)
OVER_PHASES = (Phase.CLOSED, Phase.FAILED)


class WatchLifecycle(Generic[S]):
    """Starting, stopping, failing and iterating a watch; :class:`WatchMachine` (``_watch_machine``)
    sets this state in its ``__init__`` and supplies ``_run``, the work of a started watch."""

    _client: Any
    _read: SharedReader
    _first_sync_timeout: float | None
    _max_failures: int | None
    _phase: Phase
    _stream_up: bool
    _last_failure: BaseException | None
    _error: BaseException | None
    _feed: SnapshotFeed[S]
    _detached: bool
    _adopted: bool
    _error_callbacks: tuple[Callable[[BaseException], object], ...]
    _group: TaskGroup | None
    _scope: anyio.CancelScope | None
    _done: anyio.Event | None
    _settled: anyio.Event | None

    # -- public surface ---------------------------------------------------------------

    @property
    def current(self) -> S | None:
        """The latest snapshot (None before the first)."""
        return self._feed.current

    @property
    def error(self) -> BaseException | None:
        """The error that ended the watch, if any."""
        return self._error

    @property
    def phase(self) -> Phase:
        """Where the watch is: ``CONNECTING``, ``LISTING``, ``LIVE`` (in sync), ``RESYNCING``
        (reconnected, listing again), ``CLOSED`` or ``FAILED`` (see :attr:`error`)."""
        return self._phase

    @property
    def connected(self) -> bool:
        """Whether the event-stream connection is open now (False while reconnecting)."""
        return self._stream_up and self._phase not in OVER_PHASES

    def _subscribe(self, callback: Callable[[S], object]) -> Callable[[], None]:
        """Register ``callback`` for every snapshot and return its disposer; a watch that runs
        in no block yet starts in the client's task group (see ``CortexClient._start_soon``)."""
        if self._phase is Phase.NEW and not self._detached:
            start_soon = getattr(self._client, "_start_soon", None)
            if start_soon is None:
                raise CortexError(
                    f"{type(self._client).__name__} cannot run a watch without a block: "
                    "use `async with watch:`"
                )
            start_soon(self._run_detached)  # raises outside `async with CortexClient(...)`
            self._detached = True
        return self._feed.subscribe(callback)

    def on_error(self, callback: Callable[[BaseException], object]) -> Callable[[], None]:
        """Call ``callback(error)`` when the watch ends with an error;
        after the first snapshot, also with the error of every failed reconnect or list and a
        :class:`~cortex_client.StreamError` for each event the stream dropped, after which the
        watch carries on retrying. Returns the function that unregisters it (idempotent)."""
        self._error_callbacks += (callback,)
        if self._error is not None:
            call(callback, self._error)
        return disposer(self, "_error_callbacks", callback)

    async def __aenter__(self) -> Self:
        if self._detached and self._group is not None and not self._adopted:
            self._adopted = True  # started by on_snapshot: the block now bounds its life
            return self
        if self._phase is not Phase.NEW:
            raise RuntimeError("a watch can be entered only once")
        self._phase = Phase.CONNECTING
        self._scope = anyio.CancelScope()
        self._done = anyio.Event()
        self._settled = anyio.Event()
        self._group = anyio.create_task_group()
        await self._group.__aenter__()
        self._group.start_soon(self._run)
        if self._first_sync_timeout is not None:
            self._group.start_soon(self._guard_first_sync, self._first_sync_timeout)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        if self._adopted:
            self._adopted = False
            await self.aclose()  # the block's own exception propagates as itself
            return None
        self._stop()
        group, self._group = self._group, None
        if group is None:
            return None
        if exc is not None and not isinstance(exc, anyio.get_cancelled_exc_class()):
            # The block's own exception (KeyboardInterrupt and SystemExit included) propagates
            # as itself, not wrapped in an ExceptionGroup: the runner never raises, so the
            # group has nothing else to report. A cancellation is the group's to handle.
            group.cancel_scope.cancel()
            await group.__aexit__(None, None, None)
            return None
        return await group.__aexit__(exc_type, exc, tb)

    async def aclose(self) -> None:
        """Stop the watch and release its share of the connection (idempotent)."""
        self._stop()
        if self._done is not None:
            await self._done.wait()

    async def unsubscribe(self) -> None:
        """Stop the watch: :meth:`aclose` under the official SDK's name."""
        await self.aclose()

    async def _run_detached(self) -> None:
        """The watch started by ``on_snapshot``, in the client's task group, for its life."""
        if self._phase is not Phase.NEW:
            return  # a block entered it before this task ran (or it was closed): it runs there
        async with self:
            done = self._done
            try:
                if done is not None:
                    await done.wait()
            finally:
                self._adopted = False  # ended by itself: a block that adopted it has nothing left

    def __aiter__(self) -> AsyncIterator[S]:
        # An iterator object, not an async generator: breaking out of the loop leaves nothing
        # to finalise (trio warns about an async generator collected unfinished).
        return _Snapshots(self)

    async def _next_snapshot(self) -> S:
        feed = self._feed
        while True:
            snapshot = feed.take()
            if snapshot is not None:
                return snapshot
            if self._phase is Phase.FAILED and self._error is not None:
                raise self._error
            if self._phase is Phase.CLOSED:
                raise StopAsyncIteration
            if self._phase is Phase.NEW and not self._detached:
                raise RuntimeError(
                    "start the watch first: `async with watch:`, or `watch.on_snapshot(fn)` "
                    "inside `async with CortexClient(...)`"
                )
            await feed.wait()

    async def _run(self) -> None:
        """The started watch, until it ends (never raises)."""
        raise NotImplementedError

    # -- the failure budget -----------------------------------------------------------

    async def _guard_first_sync(self, seconds: float) -> None:
        """Fail the watch when its first snapshot has not come within ``seconds``."""
        with anyio.move_on_after(seconds):
            await (self._settled or anyio.Event()).wait()
        if self._phase in (Phase.CONNECTING, Phase.LISTING):
            error = self._last_failure or APITimeoutError(
                f"watch of {self._read.scope.target.name}: no first snapshot within "
                f"first_sync_timeout={seconds:g} s"
            )
            self._fail(error)

    def _failed_attempt(self, error: BaseException, failures: int) -> None:
        """One failed connect or list: kept before the first snapshot, reported after it."""
        self._last_failure = error
        if self._phase not in (Phase.CONNECTING, Phase.LISTING):
            self._report(error)
        if self._max_failures is not None and failures >= self._max_failures:
            self._fail(error)

    # -- endings and reports ----------------------------------------------------------

    def _stop(self) -> None:
        self._stream_up = False
        if self._phase not in OVER_PHASES:
            self._phase = Phase.CLOSED
        if self._scope is not None:
            self._scope.cancel()
        if self._settled is not None:
            self._settled.set()
        self._feed.wake()

    def _fail(self, error: BaseException) -> None:
        if self._phase in OVER_PHASES:
            return
        self._phase, self._error = Phase.FAILED, error
        _log.debug("watch of %s ended: %r", self._read.scope.target.name, error)
        self._report(error)
        self._stop()

    def _report(self, error: BaseException) -> None:
        for callback in self._error_callbacks:
            call(callback, error)


class _Snapshots(AsyncIterator[S]):
    """The iterator of a watch's snapshots (``async for snapshot in watch``)."""

    __slots__ = ("_watch",)

    def __init__(self, watch: WatchLifecycle[S]) -> None:
        self._watch = watch

    def __aiter__(self) -> AsyncIterator[S]:
        return self

    async def __anext__(self) -> S:
        return await self._watch._next_snapshot()
