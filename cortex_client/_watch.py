"""CollectionWatch / DocumentWatch: REST state kept in sync over the shared event stream.

A watch subscribes to the project's stream first, then lists over REST once the connection is
live, so no event is lost between the two. After every (re)connection it lists again and
diffs against what it holds: users see only real ``added`` / ``modified`` / ``removed``
changes, never a torn state (the Firestore model).
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import TracebackType
from typing import Any, Generic, NamedTuple, Self, TypeVar

import anyio

from ._diff import Change, diff
from ._errors import (
    AuthenticationError,
    CortexError,
    DocumentDecodeError,
    NotFoundError,
    PermissionDeniedError,
)
from ._generated import models as _models
from ._generated.api import ProjectApi
from ._lazy import Pending, resolve
from ._logging import get_logger
from ._sse import StreamError
from ._state import State, StateView, documents_of
from ._stream import (
    DEFAULT_BACKOFF,
    DEFAULT_IDLE_TIMEOUT,
    Backoff,
    Connected,
    RawEvent,
    Subscription,
    stream_path,
    subscribe,
)
from ._targets import WatchTarget, watch_target

__all__ = [
    "Change",
    "CollectionWatch",
    "DocumentSnapshot",
    "DocumentWatch",
    "Snapshot",
    "watch_collection",
    "watch_document",
]

_log = get_logger("cortex_client.watch")

#: Snapshots kept for a consumer that falls behind; past that they are merged into one.
MAX_PENDING_SNAPSHOTS = 1000
_TERMINAL = (AuthenticationError, PermissionDeniedError, NotFoundError)
_UPSERT_ACTIONS = frozenset({"created", "updated", "occurred"})

S = TypeVar("S")


@dataclass(frozen=True)
class Snapshot:
    """A collection's state at one moment and the changes since the previous snapshot.

    ``items`` are in a stable order (first appearance); ``by_id`` maps id → item (read-only);
    ``from_resync`` is True when the changes come from re-listing after a reconnect. Documents
    that arrived in events are decoded into their models on first read, which raises
    :class:`~cortex_client.DocumentDecodeError` if one does not fit its model.
    """

    by_id: Mapping[str, Any]
    changes: list[Change[Any]]
    from_resync: bool = False

    @cached_property
    def items(self) -> list[Any]:
        """The items in a stable order (built on first access)."""
        if isinstance(self.by_id, StateView):
            return self.by_id.decoded_values()
        return list(self.by_id.values())


@dataclass(frozen=True)
class DocumentSnapshot:
    """One document's state (``data`` is None when it does not exist) and its changes."""

    id: str
    data: Any | None
    changes: list[Change[Any]] = field(default_factory=list)
    from_resync: bool = False

    @property
    def exists(self) -> bool:
        """Whether the document exists."""
        return self.data is not None


class _Removed(NamedTuple):
    """An event's reading that removes a document (an upsert reads as its :class:`Pending`
    document, which carries its id: one object per event, not two)."""

    id: str


#: What an event does to a watch: a document to hold, or the id of one to drop.
_Update = Pending | _Removed


class _ResyncNeeded(Exception):
    pass


_UNREAD: Any = object()
#: The reading of an event that cannot be applied without re-listing.
_RESYNC: Any = object()


class _Watch(Generic[S]):
    """The machinery shared by collection and document watches."""

    def __init__(
        self,
        client: Any,
        project_id: str,
        info: WatchTarget,
        *,
        idle_timeout: float,
        backoff: Backoff,
    ) -> None:
        self._client = client
        stream_path(project_id)  # "", "." and ".." fail here, before anything is sent
        self._project_id = project_id
        self._info = info
        self._model: Any = getattr(_models, info.model)
        self._required: frozenset[str] = getattr(self._model, "_required_keys", frozenset())
        self._idle_timeout = idle_timeout
        self._backoff = backoff
        self._state = State()
        self._synced = False
        self._resyncing = False
        self._iterating = False
        self._current: S | None = None
        self._pending: deque[S] = deque()
        self._delivered: Mapping[str, Any] = {}
        # A tuple, replaced on registration: publishing iterates it without copying.
        self._snapshot_callbacks: tuple[Callable[[S], object], ...] = ()
        self._error_callbacks: list[Callable[[BaseException], object]] = []
        self._error: BaseException | None = None
        self._closed = False
        self._wakeup: anyio.Event | None = None
        self._group: Any = None
        self._run_scope: anyio.CancelScope | None = None
        self._done: anyio.Event | None = None
        self._random = random.Random()

    # -- public surface ---------------------------------------------------------------

    @property
    def current(self) -> S | None:
        """The latest snapshot (None before the first)."""
        return self._current

    @property
    def error(self) -> BaseException | None:
        """The error that ended the watch, if any."""
        return self._error

    def on_snapshot(self, callback: Callable[[S], object]) -> Callable[[S], object]:
        """Call ``callback(snapshot)`` for every snapshot (usable as a decorator)."""
        self._snapshot_callbacks += (callback,)
        if self._current is not None:
            self._call(callback, self._current)
        return callback

    def on_error(
        self, callback: Callable[[BaseException], object]
    ) -> Callable[[BaseException], object]:
        """Call ``callback(error)`` when the watch ends with an error (usable as a decorator),
        and with a :class:`~cortex_client.StreamError` for each event the stream dropped or
        answer it refused, after which the watch carries on."""
        self._error_callbacks.append(callback)
        if self._error is not None:
            self._call(callback, self._error)
        return callback

    async def __aenter__(self) -> Self:
        if self._group is not None:
            raise RuntimeError("a watch can be entered only once")
        self._done = anyio.Event()
        self._wakeup = anyio.Event()
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
        group, self._group = self._group, False
        if not group:
            return None
        if isinstance(exc, Exception):
            # The block's own error propagates as itself, not wrapped in an ExceptionGroup;
            # the runner never raises, so the group has nothing else to report.
            await group.__aexit__(None, None, None)
            return None
        result: bool | None = await group.__aexit__(exc_type, exc, tb)
        return result

    async def aclose(self) -> None:
        """Stop the watch and release its share of the connection (idempotent)."""
        self._stop()
        if self._done is not None and self._run_scope is not None:
            await self._done.wait()

    def __aiter__(self) -> AsyncIterator[S]:
        return self._snapshots()

    async def _snapshots(self) -> AsyncIterator[S]:
        if not self._iterating:
            self._iterating = True
            if self._current is not None and not self._pending:
                # Iteration began after snapshots were published (callback users, or a late
                # loop): it starts from the current state, every item added, as a first snapshot.
                self._pending.append(self._snapshot(diff({}, self._state.documents()), False))
        while True:
            if self._pending:
                snapshot = self._pending.popleft()
                self._delivered = self._state_of(snapshot)
                yield snapshot
                continue
            if self._error is not None:
                raise self._error
            if self._closed:
                return
            if self._wakeup is None:
                raise RuntimeError("enter the watch first: `async with watch as w:`")
            self._wakeup = anyio.Event()
            await self._wakeup.wait()

    # -- to be specialised ------------------------------------------------------------

    async def _fetch(self) -> dict[str, Any]:
        raise NotImplementedError

    #: Whether _accept does more than accept everything (checked per event when it does).
    _filters = False

    def _accept(self, update: _Update) -> bool:
        return True

    def _snapshot(self, changes: list[Change[Any]], resync: bool) -> S:
        raise NotImplementedError

    def _state_of(self, snapshot: S) -> Mapping[str, Any]:
        raise NotImplementedError

    # -- the runner -------------------------------------------------------------------

    def _stop(self) -> None:
        self._closed = True
        if self._run_scope is not None:
            self._run_scope.cancel()
        self._wake()

    def _wake(self) -> None:
        if self._wakeup is not None:
            self._wakeup.set()

    async def _run(self) -> None:
        try:
            with anyio.CancelScope() as self._run_scope:
                if self._closed:
                    return
                async with subscribe(
                    self._client,
                    self._project_id,
                    idle_timeout=self._idle_timeout,
                    backoff=self._backoff,
                ) as subscription:
                    subscription.direct = self._apply_directly
                    subscription.report = self._report
                    await self._follow(subscription)
        except Exception as exc:
            self._fail(exc)
        finally:
            self._closed = True
            self._wake()
            if self._done is not None:
                self._done.set()

    async def _follow(self, subscription: Subscription) -> None:
        while True:
            batch = [await subscription.get()]
            batch += _drain(subscription)
            if self._synced and not any(isinstance(item, Connected) for item in batch):
                try:
                    self._apply_events(batch)
                    continue
                except _ResyncNeeded:
                    pass
            await self._resync(subscription, batch)

    def _apply_directly(self, event: RawEvent) -> bool:
        """Apply one event synchronously in the delivering task when the watch is idle and in
        sync; anything else (a resync under way, an event that needs one) goes to the queue."""
        if not self._synced or self._resyncing or self._closed:
            return False
        try:
            self._apply_events([event])
        except Exception:
            return False  # the runner will meet it again from the queue, in its own context
        return True

    def _apply_events(self, batch: list[RawEvent | Connected]) -> None:
        touched = self._updates(batch)
        # Only the touched ids can differ: the cost is O(batch), whatever the collection's size.
        if touched and (changes := self._state.apply(touched)):
            self._publish(changes, resync=False)

    def _updates(self, batch: list[RawEvent | Connected]) -> dict[str, Any]:
        """The newest document per id that ``batch`` brings (None: removed); raises
        _ResyncNeeded when an event cannot be applied without re-listing.

        Every watch of the same collection (and parent) reads an event the same way, so the
        reading is done once per event and shared through ``event.decoded``.
        """
        touched: dict[str, Any] = {}
        key = self._read_key
        accept = self._accept if self._filters else None
        for item in batch:
            if type(item) is not RawEvent:
                continue
            update = item.decoded.get(key, _UNREAD)
            if update is _UNREAD:
                update = item.decoded[key] = self._read(item)
            if update is _RESYNC:
                raise _ResyncNeeded
            if update is not None and (accept is None or accept(update)):
                touched[update.id] = None if type(update) is _Removed else update
        return touched

    async def _resync(self, subscription: Subscription, batch: list[RawEvent | Connected]) -> None:
        """Re-list, apply what arrived since the connection went live, diff, publish once."""
        self._resyncing = True
        try:
            await self._resync_once(subscription, batch)
        finally:
            self._resyncing = False

    async def _resync_once(
        self, subscription: Subscription, batch: list[RawEvent | Connected]
    ) -> None:
        while True:
            # Events before the latest (re)connection are covered by the list that follows it.
            marks = [i for i, item in enumerate(batch) if isinstance(item, Connected)]
            events = batch[marks[-1] + 1 :] if marks else batch
            fetched = await self._fetch_retrying()
            # Events read while listing may predate the list; they carry full state, so
            # applying them in order converges to the newest.
            batch = events + _drain(subscription)
            if any(isinstance(item, Connected) for item in batch):
                continue
            try:
                updates = self._updates(batch)
            except _ResyncNeeded:
                batch = []
                continue
            state = dict(fetched)
            for key, document in updates.items():
                if document is None:
                    state.pop(key, None)
                else:
                    state[key] = document
            changes = self._state.replace(state)
            was_synced, self._synced = self._synced, True
            if changes or not was_synced:
                self._publish(changes, resync=was_synced)
            return

    async def _fetch_retrying(self) -> dict[str, Any]:
        failures = 0
        while True:
            try:
                return await self._fetch()
            except _TERMINAL:
                raise
            except CortexError as exc:
                failures += 1
                _log.debug("listing %s failed (%s); retrying", self._info.name, exc)
                await anyio.sleep(self._backoff.delay(failures, 0.0, self._random.random()))

    @cached_property
    def _read_key(self) -> tuple[str, str | None]:
        # Watches with the same collection and parent read an event identically.
        return (self._info.name, self._parent_id())

    @cached_property
    def _type_prefix(self) -> str:
        return self._info.events + "."

    def _read(self, event: RawEvent) -> Any:
        """What ``event`` does to this collection: an update, None (nothing), or _RESYNC (it
        cannot be applied without re-listing)."""
        prefix = self._type_prefix
        kind = event.type
        if not kind.startswith(prefix) or "." in kind[len(prefix) :]:
            return None  # another collection's event, or a sub-resource's (message.annotation.*)
        payload = event.data.get("payload")
        if type(payload) is not dict and not isinstance(payload, Mapping):
            return None
        action = payload.get("action")
        data = payload.get("data")
        if type(data) is not dict and not isinstance(data, Mapping):
            return _RESYNC
        item = data if self._info.id_field in data else _item_of(data, self._info.events)
        parent_key = self._info.parent_key
        if parent_key is not None:
            parent = item.get(parent_key, data.get(parent_key))
            if parent != self._parent_id():
                return None
        item_id = item.get(self._info.id_field)
        if not isinstance(item_id, str):
            resource = event.data.get("resourceId")
            if not isinstance(resource, str) or ":" not in resource:
                return _RESYNC
            item_id = resource.split(":", 1)[1]
        if action == "deleted":
            return _Removed(item_id)
        if action not in _UPSERT_ACTIONS:
            return _RESYNC
        # Decoding waits until someone reads the document; a missing field is found now.
        if not item.keys() >= self._required:
            _log.debug("event %s lacks fields of %s", event.type, self._info.model)
            return _RESYNC
        return Pending(item, self._model, item_id)

    def _parent_id(self) -> str | None:
        return None

    def _publish(self, changes: list[Change[Any]], *, resync: bool) -> None:
        snapshot = self._snapshot(changes, resync)
        self._current = snapshot
        # Snapshots are queued only for an iterating consumer: a callback-only watch would
        # otherwise fill the queue and then pay a full diff on every event.
        if self._iterating:
            if len(self._pending) >= MAX_PENDING_SNAPSHOTS:
                # A consumer this far behind gets one snapshot of everything since its last one.
                self._pending.clear()
                changes = diff(documents_of(self._delivered), self._state.documents())
                merged = self._snapshot(changes, True)
                self._pending.append(merged)
            else:
                self._pending.append(snapshot)
            self._wake()
        for callback in self._snapshot_callbacks:  # _call, inlined: once per watcher per event
            try:
                callback(snapshot)
            except Exception:
                _log.exception("watch callback %r raised", callback)

    def _report(self, error: StreamError) -> None:
        for callback in list(self._error_callbacks):
            self._call(callback, error)

    def _fail(self, error: BaseException) -> None:
        self._error = error
        _log.debug("watch of %s ended: %r", self._info.name, error)
        for callback in list(self._error_callbacks):
            self._call(callback, error)
        self._wake()

    @staticmethod
    def _call(callback: Callable[[Any], object], argument: Any) -> None:
        try:
            callback(argument)
        except Exception:
            _log.exception("watch callback %r raised", callback)


def _drain(subscription: Subscription) -> list[RawEvent | Connected]:
    items: list[RawEvent | Connected] = []
    while (item := subscription.get_nowait()) is not None:
        items.append(item)
    return items


def _item_of(data: Mapping[str, Any], prefix: str) -> Mapping[str, Any]:
    """The resource of an event whose data has no id of its own: some events wrap it
    (gathering.member.joined has {"member": {...}, ...})."""
    wrapped = data.get(prefix.rsplit(".", 1)[-1])
    return wrapped if isinstance(wrapped, Mapping) else data


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
        info = watch_target(collection)
        if (info.parent_key is None) != (parent_id is None):
            need = "needs" if info.parent_key is not None else "takes no"
            raise ValueError(f"collection {info.name!r} {need} parent_id")
        super().__init__(client, project_id, info, idle_timeout=idle_timeout, backoff=backoff)
        self._parent = parent_id

    def _parent_id(self) -> str | None:
        return self._parent

    async def _fetch(self) -> dict[str, Any]:
        group = getattr(ProjectApi(self._client, self._project_id), self._info.list_group)
        operation = getattr(group, self._info.list)
        result = operation() if self._parent is None else operation(self._parent)
        if hasattr(result, "__aiter__"):
            items = [item async for item in result]
        else:
            items = list(await result)
        return {_id_of(item, self._info.id_field): item for item in items}

    def _snapshot(self, changes: list[Change[Any]], resync: bool) -> Snapshot:
        return Snapshot(self._state.view(), changes, resync)

    def _state_of(self, snapshot: Snapshot) -> Mapping[str, Any]:
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
        info = watch_target(collection)
        if info.get is None:
            raise ValueError(f"collection {info.name!r} has no single-document operation")
        super().__init__(client, project_id, info, idle_timeout=idle_timeout, backoff=backoff)
        self._doc_id = doc_id

    _filters = True

    def _accept(self, update: _Update) -> bool:
        if update.id != self._doc_id:
            return False
        if type(update) is Pending:
            try:
                update.get()  # one document: decode it now, and re-list if it does not fit
            except DocumentDecodeError as exc:
                _log.debug("event for %s does not fit %s (%s)", update.id, self._info.model, exc)
                raise _ResyncNeeded from exc
        return True

    async def _fetch(self) -> dict[str, Any]:
        group = getattr(ProjectApi(self._client, self._project_id), str(self._info.get_group))
        operation = getattr(group, str(self._info.get))
        try:
            return {self._doc_id: await operation(self._doc_id)}
        except NotFoundError:
            return {}

    def _snapshot(self, changes: list[Change[Any]], resync: bool) -> DocumentSnapshot:
        data = resolve(self._state.get(self._doc_id))
        return DocumentSnapshot(self._doc_id, data, changes, resync)

    def _state_of(self, snapshot: DocumentSnapshot) -> dict[str, Any]:
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
