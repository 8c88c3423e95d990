"""CollectionWatch / DocumentWatch: a collection, or one of its documents, kept in sync.

Both are :class:`~cortex_client._watch_machine.WatchMachine` subclasses that say how to list
(the ``WATCHABLE`` row's operations) and what a snapshot is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

from ._defaults import DEFAULT_FIRST_SYNC_TIMEOUT, DEFAULT_IDLE_TIMEOUT
from ._diff import Change
from ._document import resolve
from ._errors import CortexError, NotFoundError
from ._event_reader import Scope
from ._generated.api import ProjectApi
from ._hub import DEFAULT_BACKOFF, Backoff
from ._snapshots import DocumentSnapshot, Snapshot
from ._targets import WatchTarget, watch_target
from ._watch_machine import Phase, WatchMachine

__all__ = [
    "Change",
    "CollectionWatch",
    "DocumentSnapshot",
    "DocumentWatch",
    "Phase",
    "Snapshot",
    "watch_collection",
    "watch_document",
]


#: The collection's model (``SessionResponse`` for ``project.sessions.watch()``).
T = TypeVar("T")


def _id_of(item: Any, id_field: str) -> str:
    value = item.to_dict().get(id_field)
    if not isinstance(value, str):
        raise CortexError(f"listed item without a string {id_field!r}")
    return value


class CollectionWatch(WatchMachine[Snapshot[T]], Generic[T]):
    """A collection kept in sync: ``async with watch as w: async for snapshot in w: ...``.

    The first snapshot is the REST state with no changes (``changes == ()``); each later one
    carries the changes since the previous. ``current`` is the latest snapshot; ``on_snapshot`` /
    ``on_error`` register callbacks; ``aclose()`` stops it; ``phase`` / ``connected`` say
    where it is. The first snapshot must come within ``first_sync_timeout`` seconds (None: no
    limit), else the watch fails with the last error; later failed reconnects and lists go to
    ``on_error`` while retrying continues, until ``max_failures`` in a row (None: never).
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
        first_sync_timeout: float | None = DEFAULT_FIRST_SYNC_TIMEOUT,
        max_failures: int | None = None,
    ) -> None:
        target = watch_target(collection)
        if (target.parent_key is None) != (parent_id is None):
            need = "needs" if target.parent_key is not None else "takes no"
            raise ValueError(f"collection {target.name!r} {need} parent_id")
        scope = Scope(target, parent_id)
        super().__init__(
            client,
            project_id,
            scope,
            None,
            idle_timeout,
            backoff,
            first_sync_timeout,
            max_failures,
        )

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

    def _can_fetch_one(self) -> bool:
        target = self._read.scope.target
        return target.get is not None and target.parent_key is None

    async def _fetch_one(self, doc_id: str) -> Any | None:
        return await _get(self._client, self._project_id, self._read.scope.target, doc_id)

    def on_snapshot(self, callback: Callable[[Snapshot[T]], object]) -> Callable[[], None]:
        """Call ``callback(snapshot)`` for every snapshot (at once with the current state, if
        there is one); returns the function that unregisters it. Outside a block, the first
        registration starts the watch in the client's task group (inside ``async with
        CortexClient(...)``); ``await watch.unsubscribe()`` or the client's exit ends it."""
        return self._subscribe(callback)

    def _snapshot(self, changes: tuple[Change[Any], ...], resync: bool) -> Snapshot[T]:
        return Snapshot(self._state.view(), changes, resync)

    def _documents_of(self, snapshot: Snapshot[T]) -> Mapping[str, Any]:
        return snapshot.by_id


async def _get(client: Any, project_id: str, target: WatchTarget, doc_id: str) -> Any | None:
    """Document ``doc_id`` of ``target`` (None when the server says it does not exist)."""
    group = getattr(ProjectApi(client, project_id), str(target.get_group))
    try:
        return await getattr(group, str(target.get))(doc_id)
    except NotFoundError:
        return None


class DocumentWatch(WatchMachine[DocumentSnapshot[T]], Generic[T]):
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
        first_sync_timeout: float | None = DEFAULT_FIRST_SYNC_TIMEOUT,
        max_failures: int | None = None,
    ) -> None:
        target = watch_target(collection)
        if target.get is None:
            raise ValueError(f"collection {target.name!r} has no single-document operation")
        super().__init__(
            client,
            project_id,
            Scope(target),
            doc_id,
            idle_timeout,
            backoff,
            first_sync_timeout,
            max_failures,
        )

    async def _fetch(self) -> dict[str, Any]:
        doc_id = str(self._doc_id)
        document = await _get(self._client, self._project_id, self._read.scope.target, doc_id)
        return {} if document is None else {doc_id: document}

    def on_snapshot(self, callback: Callable[[T | None], object]) -> Callable[[], None]:
        """Call ``callback(document)`` with the document each time it changes, ``None`` when
        it does not exist or was deleted; returns the function that unregisters it. Outside
        a block, the first registration starts the watch in the client's task group (inside
        ``async with CortexClient(...)``); ``await watch.unsubscribe()`` ends it.
        (Iterating the watch yields :class:`DocumentSnapshot` objects.)"""
        return self._subscribe(lambda snapshot: callback(snapshot.data))

    def _snapshot(self, changes: tuple[Change[Any], ...], resync: bool) -> DocumentSnapshot[T]:
        doc_id = str(self._doc_id)
        return DocumentSnapshot(doc_id, resolve(self._state.get(doc_id)), changes, resync)

    def _documents_of(self, snapshot: DocumentSnapshot[T]) -> dict[str, Any]:
        return {} if snapshot.data is None else {snapshot.id: snapshot.data}


def watch_collection(
    client: Any,
    project_id: str,
    collection: str | WatchTarget,
    *,
    parent_id: str | None = None,
    idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
    first_sync_timeout: float | None = DEFAULT_FIRST_SYNC_TIMEOUT,
    max_failures: int | None = None,
) -> CollectionWatch[Any]:
    """Watch a collection: ``sessions``, ``participants``, ``sanctions``, ``gatherings``, or a
    nested one with ``parent_id``: ``messages`` (of a session), ``members`` / ``invitations``
    (of a gathering). See :class:`CollectionWatch` for ``first_sync_timeout`` and
    ``max_failures``."""
    return CollectionWatch(
        client,
        project_id,
        collection,
        parent_id=parent_id,
        idle_timeout=idle_timeout,
        first_sync_timeout=first_sync_timeout,
        max_failures=max_failures,
    )


def watch_document(
    client: Any,
    project_id: str,
    collection: str | WatchTarget,
    doc_id: str,
    *,
    idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
    first_sync_timeout: float | None = DEFAULT_FIRST_SYNC_TIMEOUT,
    max_failures: int | None = None,
) -> DocumentWatch[Any]:
    """Watch one document of a top-level collection by id."""
    return DocumentWatch(
        client,
        project_id,
        collection,
        doc_id,
        idle_timeout=idle_timeout,
        first_sync_timeout=first_sync_timeout,
        max_failures=max_failures,
    )
