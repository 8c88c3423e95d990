"""The watch state machine: REST state kept in sync over the project's event stream.

A watch (``_watch``: CollectionWatch, DocumentWatch) is a sink of the project's hub (see
``_hub``) and a small state machine::

    NEW ─enter─▶ CONNECTING ─connected─▶ LISTING ─listed─▶ LIVE ◀─listed─ RESYNCING
                                                            │ connected, or an event  ▲
                                                            └──── that needs a list ──┘
    any ─aclose / client closed─▶ CLOSED        any ─401/403/404─▶ FAILED

While listing, events wait in a backlog and are applied over the list once it arrives (they
may predate it; they carry full state, so applying them in order converges). A connection
that comes back during a list starts the list again. Every list is diffed against what the
watch holds, so users see only real ``added`` / ``modified`` / ``removed`` changes, never a
torn state (the Firestore model). Live events are applied in the connection's task, one
state update and one snapshot per received batch.
"""

from __future__ import annotations

import enum
import random
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import anyio
from anyio.abc import TaskGroup

from ._diff import Change, diff
from ._document import LazyDocument
from ._errors import CortexError, DocumentDecodeError
from ._event_reader import Fetch, Scope, Upsert, reader_for
from ._hub import TERMINAL, Backoff, hubs_of
from ._logging import get_logger
from ._sink import RawEvent
from ._snapshots import SnapshotFeed, call
from ._sse import StreamError
from ._state import State, documents_of
from ._stream_path import stream_path

__all__ = ["MAX_BACKLOG", "Phase", "WatchMachine"]

_log = get_logger("cortex_client.watch")

#: Events a listing watch keeps waiting; past that it lists again instead.
MAX_BACKLOG = 10_000

S = TypeVar("S")


class Phase(enum.Enum):
    """Where a watch is in its life (see the module's diagram)."""

    NEW = "new"
    CONNECTING = "connecting"
    LISTING = "listing"
    LIVE = "live"
    RESYNCING = "resyncing"
    CLOSED = "closed"
    FAILED = "failed"


_LISTING = (Phase.LISTING, Phase.RESYNCING)
_OVER = (Phase.CLOSED, Phase.FAILED)


class WatchMachine(Generic[S]):
    """The state machine shared by collection and document watches; a subclass says how to
    fetch the documents (``_fetch``) and how to make a snapshot (``_snapshot``)."""

    def __init__(
        self,
        client: Any,
        project_id: str,
        scope: Scope,
        doc_id: str | None,
        idle_timeout: float,
        backoff: Backoff,
    ) -> None:
        if idle_timeout < 0:
            raise ValueError("idle_timeout must be >= 0 (0 turns it off)")
        self._path = stream_path(project_id)  # "", "." and ".." fail here, before anything is sent
        self._client = client
        self._project_id = project_id
        self._read = reader_for(scope)
        self._doc_id = doc_id
        #: Seconds of silence before the connection counts as dead (read by the hub).
        self.idle_timeout = idle_timeout
        self._backoff = backoff
        self._phase = Phase.NEW
        self._error: BaseException | None = None
        self._state = State()
        # Events received while listing (None while live); a new list object means "list again".
        self._backlog: list[RawEvent] | None = None
        self._feed: SnapshotFeed[S] = SnapshotFeed(
            self._catch_up, self._documents_of, self._unchanged
        )
        # Started without a block, in the client's task group (see _subscribe); `adopted`
        # while a block entered afterwards bounds its life.
        self._detached = False
        self._adopted = False
        self._error_callbacks: tuple[Callable[[BaseException], object], ...] = ()
        self._list_needed: anyio.Event | None = None
        self._group: TaskGroup | None = None
        self._scope: anyio.CancelScope | None = None
        self._done: anyio.Event | None = None

    # -- public surface ---------------------------------------------------------------

    @property
    def current(self) -> S | None:
        """The latest snapshot (None before the first)."""
        return self._feed.current

    @property
    def error(self) -> BaseException | None:
        """The error that ended the watch, if any."""
        return self._error

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
        """Call ``callback(error)`` when the watch ends with an error,
        and with a :class:`~cortex_client.StreamError` for each event the stream dropped or
        answer it refused, after which the watch carries on. Returns the function that
        unregisters it (idempotent)."""
        self._error_callbacks += (callback,)
        if self._error is not None:
            call(callback, self._error)
        registered = True

        def unsubscribe() -> None:
            nonlocal registered
            if registered:
                registered = False
                callbacks = list(self._error_callbacks)
                callbacks.remove(callback)
                self._error_callbacks = tuple(callbacks)

        return unsubscribe

    async def __aenter__(self) -> Self:
        if self._detached and self._group is not None and not self._adopted:
            self._adopted = True  # started by on_snapshot: the block now bounds its life
            return self
        if self._phase is not Phase.NEW:
            raise RuntimeError("a watch can be entered only once")
        self._phase = Phase.CONNECTING
        self._scope = anyio.CancelScope()
        self._done = anyio.Event()
        self._group = anyio.create_task_group()
        await self._group.__aenter__()
        self._group.start_soon(self._run)
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
        if isinstance(exc, Exception):
            # The block's own error propagates as itself, not wrapped in an ExceptionGroup;
            # the runner never raises, so the group has nothing else to report.
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
        return self._snapshots()

    async def _snapshots(self) -> AsyncIterator[S]:
        feed = self._feed
        while True:
            snapshot = feed.take()
            if snapshot is not None:
                yield snapshot
            elif self._phase is Phase.FAILED and self._error is not None:
                raise self._error
            elif self._phase is Phase.CLOSED:
                return
            elif self._phase is Phase.NEW and not self._detached:
                raise RuntimeError(
                    "start the watch first: `async with watch:`, or `watch.on_snapshot(fn)` "
                    "inside `async with CortexClient(...)`"
                )
            else:
                await feed.wait()

    # -- to be specialised ------------------------------------------------------------

    async def _fetch(self) -> dict[str, Any]:
        raise NotImplementedError

    def _snapshot(self, changes: tuple[Change[Any], ...], resync: bool) -> S:
        raise NotImplementedError

    def _documents_of(self, snapshot: S) -> Mapping[str, Any]:
        raise NotImplementedError

    # -- the sink: called by the hub, in the connection's task ------------------------

    def _connected(self) -> None:
        """The stream is (again) live: what came before is covered by the list that follows."""
        if self._phase is Phase.CONNECTING:
            self._phase = Phase.LISTING
        elif self._phase is Phase.LIVE:
            self._phase = Phase.RESYNCING
        elif self._phase not in _LISTING:
            return
        self._list_again()

    def _events(self, batch: list[RawEvent]) -> None:
        """Apply ``batch`` when live; hold it while listing."""
        if self._phase is Phase.LIVE:
            touched = self._updates(batch)
            if touched is None:
                self._phase = Phase.RESYNCING
                self._list_again()
            elif touched and (changes := self._state.apply(touched)):
                self._publish(changes, resync=False)
        elif self._phase in _LISTING and self._backlog is not None:
            if len(self._backlog) + len(batch) > MAX_BACKLOG:
                _log.warning("watch fell %d events behind; listing again", MAX_BACKLOG)
                self._list_again()
            else:
                self._backlog.extend(batch)

    def _dropped(self, error: StreamError) -> None:
        """An event the stream could not read: reported, and the watch carries on."""
        self._report(error)

    def _reconnecting(self, error: Exception | None, failures: int, delay: float) -> None:
        """A connection failed; an answer that was not an event stream is reported."""
        if isinstance(error, StreamError):
            self._report(error)

    def _ended(self, error: BaseException | None) -> None:
        """The stream refused us for good (``error``), or the client closed."""
        if error is None:
            self._stop()
        else:
            self._fail(error)

    # -- the runner: lists when the sink asks ----------------------------------------

    async def _run(self) -> None:
        try:
            with self._scope or anyio.CancelScope():
                async with hubs_of(self._client).attached(self._path, self, self._backoff):
                    while self._phase not in _OVER:
                        if self._phase in _LISTING:
                            await self._list()
                        else:
                            self._list_needed = anyio.Event()
                            await self._list_needed.wait()
        except Exception as exc:
            self._fail(exc)
        finally:
            self._stop()
            if self._done is not None:
                self._done.set()

    def _list_again(self) -> None:
        self._backlog = []
        if self._list_needed is not None:
            self._list_needed.set()

    async def _list(self) -> None:
        """List, apply the backlog over the list, diff against what is held, publish once."""
        while self._phase in _LISTING:
            backlog = self._backlog
            fetched = await self._fetch_retrying()
            if self._phase not in _LISTING:
                return
            if backlog is not self._backlog or backlog is None:
                continue  # the connection came back (or fell behind) meanwhile: list again
            updates = self._updates(backlog)
            if updates is None:
                self._backlog = []
                continue
            for key, document in updates.items():
                if document is None:
                    fetched.pop(key, None)
                else:
                    fetched[key] = document
            changes = self._state.replace(fetched)
            first = self._phase is Phase.LISTING
            self._phase, self._backlog = Phase.LIVE, None
            if first:
                self._publish((), resync=False)  # the loaded state, no changes (the SDK's rule)
            elif changes:
                self._publish(changes, resync=True)

    async def _fetch_retrying(self) -> dict[str, Any]:
        failures = 0
        rand = random.Random()
        while True:
            try:
                return await self._fetch()
            except TERMINAL:
                raise
            except CortexError as exc:
                failures += 1
                _log.debug("listing %s failed (%s); retrying", self._read.scope.target.name, exc)
                await anyio.sleep(self._backoff.delay(failures, 0.0, rand.random()))

    def _updates(self, batch: list[RawEvent]) -> dict[str, LazyDocument | None] | None:
        """The newest document per id ``batch`` brings (None: removed), or None when an event
        cannot be applied without listing again."""
        touched: dict[str, LazyDocument | None] = {}
        read, only = self._read, self._doc_id
        for event in batch:
            reading = read(event.data)
            if reading is None:
                continue
            if isinstance(reading, Fetch):
                return None
            if only is not None:
                if reading.id != only:
                    continue
                if type(reading) is Upsert and not _fits(reading.document):
                    return None  # one document: decode it now, and list again if it does not fit
            touched[reading.id] = reading.document if type(reading) is Upsert else None
        return touched

    # -- endings and reports ----------------------------------------------------------

    def _publish(self, changes: Sequence[Change[Any]], *, resync: bool) -> None:
        self._feed.publish(self._snapshot(tuple(changes), resync))

    def _catch_up(self, since: Mapping[str, Any], resync: bool) -> S:
        return self._snapshot(tuple(diff(documents_of(since), self._state.documents())), resync)

    def _unchanged(self) -> S:
        return self._snapshot((), False)

    def _stop(self) -> None:
        if self._phase not in _OVER:
            self._phase = Phase.CLOSED
        if self._scope is not None:
            self._scope.cancel()
        self._feed.wake()

    def _fail(self, error: BaseException) -> None:
        if self._phase in _OVER:
            return
        self._phase, self._error = Phase.FAILED, error
        _log.debug("watch of %s ended: %r", self._read.scope.target.name, error)
        self._report(error)
        self._stop()

    def _report(self, error: BaseException) -> None:
        for callback in self._error_callbacks:
            call(callback, error)


def _fits(document: LazyDocument) -> bool:
    try:
        document.get()
    except DocumentDecodeError as exc:
        _log.debug("event for %s does not fit %s (%s)", document.id, document.model, exc)
        return False
    return True
