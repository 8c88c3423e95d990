"""CollectionWatch / DocumentWatch: a collection, or one of its documents, kept in sync.

Both are :class:`~cortex_client._watch_machine.WatchMachine` subclasses that say how to list
(the ``WATCHABLE`` row's operations) and what a snapshot is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ._defaults import DEFAULT_IDLE_TIMEOUT
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


def _id_of(item: Any, id_field: str) -> str:
    value = item.to_dict().get(id_field)
    if not isinstance(value, str):
        raise CortexError(f"listed item without a string {id_field!r}")
    return value


class CollectionWatch(WatchMachine[Snapshot]):
    """A collection kept in sync: ``async with watch as w: async for snapshot in w: ...``.

    The first snapshot is the REST state with no changes (``changes == ()``); each later one
    carries the changes since the previous. ``current`` is the latest snapshot; ``on_snapshot`` /
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

    def on_snapshot(self, callback: Callable[[Snapshot], object]) -> Callable[[], None]:
        """Call ``callback(snapshot)`` for every snapshot (at once with the current state, if
        there is one); returns the function that unregisters it. Outside a block, the first
        registration starts the watch in the client's task group (inside ``async with
        CortexClient(...)``); ``await watch.unsubscribe()`` or the client's exit ends it."""
        return self._subscribe(callback)

    def _snapshot(self, changes: tuple[Change[Any], ...], resync: bool) -> Snapshot:
        return Snapshot(self._state.view(), changes, resync)

    def _documents_of(self, snapshot: Snapshot) -> Mapping[str, Any]:
        return snapshot.by_id


class DocumentWatch(WatchMachine[DocumentSnapshot]):
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

    def on_snapshot(self, callback: Callable[[Any | None], object]) -> Callable[[], None]:
        """Call ``callback(document)`` with the document each time it changes, ``None`` when
        it does not exist or was deleted; returns the function that unregisters it. Outside
        a block, the first registration starts the watch in the client's task group (inside
        ``async with CortexClient(...)``); ``await watch.unsubscribe()`` ends it.
        (Iterating the watch yields :class:`DocumentSnapshot` objects.)"""
        return self._subscribe(lambda snapshot: callback(snapshot.data))

    def _snapshot(self, changes: tuple[Change[Any], ...], resync: bool) -> DocumentSnapshot:
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
