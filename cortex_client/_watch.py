"""CollectionWatch / DocumentWatch: REST state kept in sync over the project's event stream.

A watch is a sink of the project's hub (see ``_hub``) and a small state machine::

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
from collections.abc import AsyncIterator, Callable, Mapping
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import anyio
from anyio.abc import TaskGroup

from ._defaults import DEFAULT_IDLE_TIMEOUT
from ._diff import Change, diff
from ._document import LazyDocument, resolve
from ._errors import CortexError, DocumentDecodeError, NotFoundError
from ._event_reader import Fetch, Scope, Upsert, reader_for
from ._generated.api import ProjectApi
from ._hub import DEFAULT_BACKOFF, TERMINAL, Backoff, RawEvent, hubs_of
from ._logging import get_logger
from ._snapshots import MAX_PENDING_SNAPSHOTS, DocumentSnapshot, Snapshot, SnapshotFeed, call
from ._sse import StreamError
from ._state import State, documents_of
from ._stream_path import stream_path
from ._targets import WatchTarget, watch_target

__all__ = [
    "MAX_PENDING_SNAPSHOTS",
    "Change",
    "CollectionWatch",
    "DocumentSnapshot",
    "DocumentWatch",
    "Phase",
    "Snapshot",
    "watch_collection",
    "watch_document",
]

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


class _Watch(Generic[S]):
    """The state machine shared by collection and document watches."""

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
        self.phase = Phase.NEW
        self._error: BaseException | None = None
        self._state = State()
        # Events received while listing (None while live); a new list object means "list again".
        self._backlog: list[RawEvent] | None = None
        self._feed: SnapshotFeed[S] = SnapshotFeed(self._catch_up, self._documents_of)
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

    def on_snapshot(self, callback: Callable[[S], object]) -> Callable[[S], object]:
        """Call ``callback(snapshot)`` for every snapshot (usable as a decorator)."""
        self._feed.subscribe(callback)
        return callback

    def on_error(
        self, callback: Callable[[BaseException], object]
    ) -> Callable[[BaseException], object]:
        """Call ``callback(error)`` when the watch ends with an error (usable as a decorator),
        and with a :class:`~cortex_client.StreamError` for each event the stream dropped or
        answer it refused, after which the watch carries on."""
        self._error_callbacks += (callback,)
        if self._error is not None:
            call(callback, self._error)
        return callback

    async def __aenter__(self) -> Self:
        if self.phase is not Phase.NEW:
            raise RuntimeError("a watch can be entered only once")
        self.phase = Phase.CONNECTING
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

    def __aiter__(self) -> AsyncIterator[S]:
        return self._snapshots()

    async def _snapshots(self) -> AsyncIterator[S]:
        feed = self._feed
        while True:
            snapshot = feed.take()
            if snapshot is not None:
                yield snapshot
            elif self.phase is Phase.FAILED and self._error is not None:
                raise self._error
            elif self.phase is Phase.CLOSED:
                return
            elif self.phase is Phase.NEW:
                raise RuntimeError("enter the watch first: `async with watch as w:`")
            else:
                await feed.wait()

    # -- to be specialised ------------------------------------------------------------

    async def _fetch(self) -> dict[str, Any]:
        raise NotImplementedError

    def _snapshot(self, changes: list[Change[Any]], resync: bool) -> S:
        raise NotImplementedError

    def _documents_of(self, snapshot: S) -> Mapping[str, Any]:
        raise NotImplementedError

    # -- the sink: called by the hub, in the connection's task ------------------------

    def connected(self) -> None:
        """The stream is (again) live: what came before is covered by the list that follows."""
        if self.phase is Phase.CONNECTING:
            self.phase = Phase.LISTING
        elif self.phase is Phase.LIVE:
            self.phase = Phase.RESYNCING
        elif self.phase not in _LISTING:
            return
        self._list_again()

    def events(self, batch: list[RawEvent]) -> None:
        """Apply ``batch`` when live; hold it while listing."""
        if self.phase is Phase.LIVE:
            touched = self._updates(batch)
            if touched is None:
                self.phase = Phase.RESYNCING
                self._list_again()
            elif touched and (changes := self._state.apply(touched)):
                self._publish(changes, resync=False)
        elif self.phase in _LISTING and self._backlog is not None:
            if len(self._backlog) + len(batch) > MAX_BACKLOG:
                _log.warning("watch fell %d events behind; listing again", MAX_BACKLOG)
                self._list_again()
            else:
                self._backlog.extend(batch)

    def dropped(self, error: StreamError) -> None:
        """An event the stream could not read: reported, and the watch carries on."""
        self._report(error)

    def reconnecting(self, error: Exception | None, failures: int, delay: float) -> None:
        """A connection failed; an answer that was not an event stream is reported."""
        if isinstance(error, StreamError):
            self._report(error)

    def ended(self, error: BaseException | None) -> None:
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
                    while self.phase not in _OVER:
                        if self.phase in _LISTING:
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
        while self.phase in _LISTING:
            backlog = self._backlog
            fetched = await self._fetch_retrying()
            if self.phase not in _LISTING:
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
            first = self.phase is Phase.LISTING
            self.phase, self._backlog = Phase.LIVE, None
            if changes or first:
                self._publish(changes, resync=not first)

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

    def _publish(self, changes: list[Change[Any]], *, resync: bool) -> None:
        self._feed.publish(self._snapshot(changes, resync))

    def _catch_up(self, since: Mapping[str, Any], resync: bool) -> S:
        return self._snapshot(diff(documents_of(since), self._state.documents()), resync)

    def _stop(self) -> None:
        if self.phase not in _OVER:
            self.phase = Phase.CLOSED
        if self._scope is not None:
            self._scope.cancel()
        self._feed.wake()

    def _fail(self, error: BaseException) -> None:
        if self.phase in _OVER:
            return
        self.phase, self._error = Phase.FAILED, error
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


def _id_of(item: Any, id_field: str) -> str:
    value = item.to_dict().get(id_field)
    if not isinstance(value, str):
        raise CortexError(f"listed item without a string {id_field!r}")
    return value


class CollectionWatch(_Watch[Snapshot]):
    """A collection kept in sync: ``async with watch as w: async for snapshot in w: ...``.

    The first snapshot is the REST state (every item ``added``); each later one carries the
    changes since the previous. ``current`` is the latest snapshot; ``on_snapshot`` /
    ``on_error`` register callbacks; ``aclose()`` stops it.
    """

    def __init__(
        self,
        client: Any,
        project_id: str,
        collection: str | WatchTarget,
        *,
        parent_id: str | None = None,
        idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
        backoff: Backoff = DEFAULT_BACKOFF,
    ) -> None:
        target = watch_target(collection)
        if (target.parent_key is None) != (parent_id is None):
            need = "needs" if target.parent_key is not None else "takes no"
            raise ValueError(f"collection {target.name!r} {need} parent_id")
        scope = Scope(target, parent_id)
        super().__init__(client, project_id, scope, None, idle_timeout, backoff)

    async def _fetch(self) -> dict[str, Any]:
        target, parent = self._read.scope.target, self._read.scope.parent_id
        group = getattr(ProjectApi(self._client, self._project_id), target.list_group)
        operation = getattr(group, target.list)
        result = operation() if parent is None else operation(parent)
        if hasattr(result, "__aiter__"):
            items = [item async for item in result]
        else:
            items = list(await result)
        return {_id_of(item, target.id_field): item for item in items}

    def _snapshot(self, changes: list[Change[Any]], resync: bool) -> Snapshot:
        return Snapshot(self._state.view(), changes, resync)

    def _documents_of(self, snapshot: Snapshot) -> Mapping[str, Any]:
        return snapshot.by_id


class DocumentWatch(_Watch[DocumentSnapshot]):
    """One document kept in sync; snapshots have ``data`` (None once deleted) and ``exists``."""

    def __init__(
        self,
        client: Any,
        project_id: str,
        collection: str | WatchTarget,
        doc_id: str,
        *,
        idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
        backoff: Backoff = DEFAULT_BACKOFF,
    ) -> None:
        target = watch_target(collection)
        if target.get is None:
            raise ValueError(f"collection {target.name!r} has no single-document operation")
        super().__init__(client, project_id, Scope(target), doc_id, idle_timeout, backoff)

    async def _fetch(self) -> dict[str, Any]:
        target, doc_id = self._read.scope.target, str(self._doc_id)
        group = getattr(ProjectApi(self._client, self._project_id), str(target.get_group))
        try:
            return {doc_id: await getattr(group, str(target.get))(doc_id)}
        except NotFoundError:
            return {}

    def _snapshot(self, changes: list[Change[Any]], resync: bool) -> DocumentSnapshot:
        doc_id = str(self._doc_id)
        return DocumentSnapshot(doc_id, resolve(self._state.get(doc_id)), changes, resync)

    def _documents_of(self, snapshot: DocumentSnapshot) -> dict[str, Any]:
        return {} if snapshot.data is None else {snapshot.id: snapshot.data}


def watch_collection(
    client: Any,
    project_id: str,
    collection: str | WatchTarget,
    *,
    parent_id: str | None = None,
    idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
) -> CollectionWatch:
    """Watch a collection: ``sessions``, ``participants``, ``sanctions``, ``gatherings``, or a
    nested one with ``parent_id``: ``messages`` (of a session), ``members`` / ``invitations``
    (of a gathering)."""
    return CollectionWatch(
        client, project_id, collection, parent_id=parent_id, idle_timeout=idle_timeout
    )


def watch_document(
    client: Any,
    project_id: str,
    collection: str | WatchTarget,
    doc_id: str,
    *,
    idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
) -> DocumentWatch:
    """Watch one document of a top-level collection by id."""
    return DocumentWatch(client, project_id, collection, doc_id, idle_timeout=idle_timeout)
