"""A watch's documents: one dict updated in place, and versions that snapshots keep reading.

Copying a 10,000-document collection for every batch of events would dominate the cost of a
watch. Instead the watch updates one dict in place and records, per batch, the values it
replaced (an undo log). A snapshot holds its version: while that version is the newest it reads
the live dict; once a newer one exists, the snapshot's content is rebuilt on first read from the
live dict and the undo logs in between, and kept.

A removed id keeps its slot as a tombstone, so rebuilding an older version restores its exact
order. When tombstones outnumber the documents, the survivors move to a fresh dict; versions
before that read the retired dict, which is never written again.

A snapshot kept for long would keep every later undo log alive. So once the undo logs after the
oldest version still viewed outweigh the collection, that version is rebuilt and lets go of
them: memory stays within a few copies of the collection, however long a snapshot is kept.
"""

from __future__ import annotations

import weakref
from collections import deque
from collections.abc import Iterator, Mapping
from typing import Any

from ._diff import Change
from ._lazy import Pending, resolve

__all__ = ["State", "StateView", "documents_of"]

_GONE: Any = object()
# Tombstones are dropped once they exceed both this and the number of live documents.
_COMPACT_AT = 1024


class _Version:
    """One published state: ``live`` (shared with later versions until compaction), its size,
    ``serial`` (undo entries recorded before it), and once a newer version exists, ``undo``: the
    values that newer version replaced. ``content`` is the rebuilt state of a superseded one."""

    __slots__ = ("__weakref__", "content", "live", "newer", "serial", "size", "undo")

    def __init__(self, live: dict[str, Any], size: int, serial: int = 0) -> None:
        self.live = live
        self.size = size
        self.serial = serial
        self.undo: dict[str, Any] = {}
        self.newer: _Version | None = None
        self.content: dict[str, Any] | None = None

    def entries(self) -> dict[str, Any]:
        """This version's documents, tombstones included (the live dict while newest)."""
        if self.content is not None:
            return self.content
        if self.newer is None:
            return self.live
        undo_logs = []
        version = self
        while (
            version.content is None
            and version.newer is not None
            and version.newer.live is self.live
        ):
            undo_logs.append(version.undo)
            version = version.newer
        # `version` is the newest (the live dict), the last on a retired dict, or rebuilt.
        content = dict(self.live if version.content is None else version.content)
        for undo in reversed(undo_logs):
            content.update(undo)  # every key is already present: the order is kept
        self.content = content
        self.newer = None  # the later undo logs are no longer needed from here
        return content


class StateView(Mapping[str, Any]):
    """The documents of one snapshot, read-only, each decoded into its model on first read."""

    __slots__ = ("_version",)

    def __init__(self, version: _Version) -> None:
        self._version = version

    def __getitem__(self, key: str) -> Any:
        value = self._version.entries()[key]
        if value is _GONE:
            raise KeyError(key)
        return resolve(value)

    def __contains__(self, key: object) -> bool:
        return self._version.entries().get(key, _GONE) is not _GONE  # type: ignore[call-overload]

    def __iter__(self) -> Iterator[str]:
        # A list taken now: the live dict may change while the caller iterates.
        return iter([key for key, value in self._version.entries().items() if value is not _GONE])

    def __len__(self) -> int:
        return self._version.size

    def __repr__(self) -> str:
        return f"<StateView of {self._version.size} documents>"

    def documents(self) -> dict[str, Any]:
        """A plain dict of the documents as held (possibly not yet decoded)."""
        return {key: value for key, value in self._version.entries().items() if value is not _GONE}

    def decoded_values(self) -> list[Any]:
        """Every document decoded, in order."""
        return [resolve(value) for value in self._version.entries().values() if value is not _GONE]


def documents_of(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    """The documents of ``mapping`` as held: undecoded for a :class:`StateView`."""
    return mapping.documents() if isinstance(mapping, StateView) else mapping


class State:
    """A watch's documents by id, in a stable order (first appearance)."""

    __slots__ = ("_dead", "_head", "_viewed")

    def __init__(self, documents: Mapping[str, Any] | None = None) -> None:
        live = dict(documents or {})
        self._head = _Version(live, len(live))
        self._dead = 0
        # Versions that were given a view, oldest first (only some may still be referenced).
        self._viewed: deque[weakref.ref[_Version]] = deque()

    def view(self) -> StateView:
        """A read-only view of the current documents that never changes afterwards."""
        head = self._head
        if not self._viewed or self._viewed[-1]() is not head:
            self._viewed.append(weakref.ref(head))
        return StateView(head)

    def get(self, key: str) -> Any | None:
        """The document held for ``key`` (possibly not yet decoded), or None."""
        value = self._head.live.get(key, _GONE)
        return None if value is _GONE else value

    def documents(self) -> dict[str, Any]:
        """A plain dict of the current documents as held (possibly not yet decoded)."""
        return StateView(self._head).documents()

    def apply(self, updates: Mapping[str, Any | None]) -> list[Change[Any]]:
        """Set each id to its document (None removes it); return the changes, removals first,
        then additions and modifications in ``updates`` order. Equal documents change nothing."""
        head = self._head
        live = head.live
        size = head.size
        dead = self._dead
        undo: dict[str, Any] = {}
        removed: list[Change[Any]] = []
        changed: list[Change[Any]] = []
        for key, new in updates.items():
            old = live.get(key, _GONE)
            if new is None:
                if old is not _GONE:
                    undo[key] = old
                    live[key] = _GONE
                    size -= 1
                    dead += 1
                    removed.append(Change("removed", key, old, old))
            elif old is _GONE:
                if key in live:
                    dead -= 1
                undo[key] = _GONE
                live[key] = new
                size += 1
                changed.append(Change("added", key, new))
            elif old is not new and not (
                old.raw == new.raw  # Pending.__eq__, without the method call
                if type(old) is Pending and type(new) is Pending
                else old == new  # `not ==`: attrs' __ne__ would call __eq__ again
            ):
                undo[key] = old
                live[key] = new
                changed.append(Change("modified", key, new, old))
        if not undo:
            return []
        head.undo = undo
        newest = _Version(live, size, head.serial + len(undo))
        head.newer = newest
        if dead > max(size, _COMPACT_AT):
            # The survivors move to a fresh dict; `newest` keeps the retired one, frozen.
            survivors = {key: value for key, value in live.items() if value is not _GONE}
            compacted = _Version(survivors, size, newest.serial)
            newest.newer = compacted
            newest = compacted
            dead = 0
        self._head = newest
        self._dead = dead
        self._release_old_versions()
        return removed + changed

    def _release_old_versions(self) -> None:
        viewed = self._viewed
        limit = max(self._head.size, _COMPACT_AT)
        while viewed:
            oldest = viewed[0]()
            if oldest is None or oldest.content is not None:
                viewed.popleft()  # no longer referenced, or already rebuilt
            elif oldest is self._head or self._head.serial - oldest.serial <= limit:
                return
            else:
                oldest.entries()  # rebuilt now, it lets go of the later undo logs
                viewed.popleft()

    def replace(self, documents: Mapping[str, Any]) -> list[Change[Any]]:
        """Make the documents exactly ``documents``: ids held keep their place, new ids follow
        in ``documents`` order. Returns the changes, as :meth:`apply`."""
        live = self._head.live
        updates: dict[str, Any | None] = {
            key: None for key, value in live.items() if value is not _GONE and key not in documents
        }
        updates.update(documents)
        return self.apply(updates)
