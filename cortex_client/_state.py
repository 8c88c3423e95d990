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
oldest version still viewed outweigh the collection (checked every _COMPACT_AT undo entries),
that version is rebuilt and lets go of them: memory stays within a few copies of the
collection, however long a snapshot is kept.
"""

from __future__ import annotations

import weakref
from collections import deque
from collections.abc import Iterator, Mapping
from typing import Any

from ._diff import Change
from ._document import LazyDocument, resolve

__all__ = ["State", "StateView", "documents_of"]

_GONE: Any = object()  # a removed id's slot (a tombstone)
# Tombstones are dropped once they exceed both this and the number of live documents.
_COMPACT_AT = 1024


class StateView(Mapping[str, Any]):
    """One version of a watch's documents, read-only, each decoded into its model on first read.

    Internally: ``_live`` (shared with later versions until compaction), ``_size``, ``_serial``
    (undo entries recorded before this version), and once a newer version exists, ``_undo``:
    the values that newer version replaced. ``_content`` is the rebuilt state once superseded.
    """

    __slots__ = ("__weakref__", "_content", "_live", "_newer", "_serial", "_size", "_undo")

    def __init__(self, live: dict[str, Any], size: int, serial: int = 0) -> None:
        self._live = live
        self._size = size
        self._serial = serial
        self._undo: dict[str, Any] = {}
        self._newer: StateView | None = None
        self._content: dict[str, Any] | None = None

    def __getitem__(self, key: str) -> Any:
        value = self._entries()[key]
        if value is _GONE:
            raise KeyError(key)
        return resolve(value)

    def __contains__(self, key: object) -> bool:
        return self._entries().get(key, _GONE) is not _GONE  # type: ignore[call-overload]

    def __iter__(self) -> Iterator[str]:
        # A list taken now: the live dict may change while the caller iterates.
        return iter([key for key, value in self._entries().items() if value is not _GONE])

    def __len__(self) -> int:
        return self._size

    def __repr__(self) -> str:
        return f"<StateView of {self._size} documents>"

    def documents(self) -> dict[str, Any]:
        """A plain dict of the documents as held (possibly not yet decoded)."""
        return {key: value for key, value in self._entries().items() if value is not _GONE}

    def decoded_values(self) -> list[Any]:
        """Every document decoded, in order."""
        return [resolve(value) for value in self._entries().values() if value is not _GONE]

    def _entries(self) -> dict[str, Any]:
        """This version's documents, tombstones included (the live dict while newest)."""
        if self._content is not None:
            return self._content
        if self._newer is None:
            return self._live
        undo_logs = []
        version = self
        while (
            version._content is None
            and version._newer is not None
            and version._newer._live is self._live
        ):
            undo_logs.append(version._undo)
            version = version._newer
        # `version` is the newest (the live dict), the last on a retired dict, or rebuilt.
        content = dict(self._live if version._content is None else version._content)
        for undo in reversed(undo_logs):
            content.update(undo)  # every key is already present: the order is kept
        self._content = content
        self._newer = None  # the later undo logs are no longer needed from here
        return content


def documents_of(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    """The documents of ``mapping`` as held: undecoded for a :class:`StateView`."""
    return mapping.documents() if isinstance(mapping, StateView) else mapping


class State:
    """A watch's documents by id, in a stable order (first appearance)."""

    __slots__ = ("_dead", "_head", "_released_at", "_viewed")

    def __init__(self, documents: Mapping[str, Any] | None = None) -> None:
        live = dict(documents or {})
        self._head = StateView(live, len(live))
        self._dead = 0
        # Versions that were given a view, oldest first (only some may still be referenced),
        # checked each time another _COMPACT_AT undo entries have been recorded.
        self._viewed: deque[weakref.ref[StateView]] = deque()
        self._released_at = 0

    def view(self) -> StateView:
        """The current documents, as a read-only mapping that never changes afterwards."""
        head = self._head
        if not self._viewed or self._viewed[-1]() is not head:
            self._viewed.append(weakref.ref(head))
        return head

    def get(self, key: str) -> Any | None:
        """The document held for ``key`` (possibly not yet decoded), or None."""
        value = self._head._live.get(key, _GONE)
        return None if value is _GONE else value

    def documents(self) -> dict[str, Any]:
        """A plain dict of the current documents as held (possibly not yet decoded)."""
        return self._head.documents()

    def apply(self, updates: Mapping[str, Any | None]) -> list[Change[Any]]:
        """Set each id to its document (None removes it); return the changes, removals first,
        then additions and modifications in ``updates`` order. Equal documents change nothing."""
        head = self._head
        live = head._live
        size = head._size
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
                old.raw == new.raw  # LazyDocument.__eq__, without the method call
                if type(old) is LazyDocument and type(new) is LazyDocument
                else old == new  # `not ==`: attrs' __ne__ would call __eq__ again
            ):
                undo[key] = old
                live[key] = new
                changed.append(Change("modified", key, new, old))
        if not undo:
            return []
        head._undo = undo
        newest = StateView(live, size, head._serial + len(undo))
        head._newer = newest
        if dead > _COMPACT_AT and dead > size:
            # The survivors move to a fresh dict; `newest` keeps the retired one, frozen.
            survivors = {key: value for key, value in live.items() if value is not _GONE}
            compacted = StateView(survivors, size, newest._serial)
            newest._newer = compacted
            newest = compacted
            dead = 0
        self._head = newest
        self._dead = dead
        if newest._serial - self._released_at > _COMPACT_AT:
            self._release_old_versions()
        return removed + changed if removed else changed

    def _release_old_versions(self) -> None:
        viewed = self._viewed
        head = self._head
        self._released_at = head._serial
        while viewed:
            oldest = viewed[0]()
            if oldest is not None and oldest._content is None:
                logged = head._serial - oldest._serial  # undo entries kept alive for `oldest`
                if logged <= _COMPACT_AT or logged <= head._size:
                    return
                oldest._entries()  # rebuilt now, it lets go of the later undo logs
            viewed.popleft()  # no longer referenced, already rebuilt, or just rebuilt

    def replace(self, documents: Mapping[str, Any]) -> list[Change[Any]]:
        """Make the documents exactly ``documents``: ids held keep their place, new ids follow
        in ``documents`` order. Returns the changes, as :meth:`apply`."""
        live = self._head._live
        updates: dict[str, Any | None] = {
            key: None for key, value in live.items() if value is not _GONE and key not in documents
        }
        updates.update(documents)
        return self.apply(updates)
