"""What a watch publishes: :class:`Snapshot` / :class:`DocumentSnapshot`, and the
:class:`SnapshotFeed` that hands them to ``current``, callbacks and an iterating consumer."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Generic, TypeVar

import anyio

from ._diff import Change
from ._logging import get_logger
from ._state import StateView

__all__ = ["MAX_PENDING_SNAPSHOTS", "DocumentSnapshot", "Snapshot", "SnapshotFeed"]

_log = get_logger("cortex_client.watch")

#: Snapshots kept for a consumer that falls behind; past that they are merged into one.
MAX_PENDING_SNAPSHOTS = 1000

S = TypeVar("S")
#: The collection's model (``SessionResponse`` for a watch of ``sessions``).
T = TypeVar("T")


@dataclass(frozen=True)
class Snapshot(Generic[T]):
    """A collection's state at one moment and the changes since the previous snapshot.

    ``items`` are in a stable order (first appearance); ``by_id`` maps id → item (read-only);
    ``changes`` is empty (``()``) in the first snapshot a consumer gets: it holds the loaded
    items, as the official SDK's does. ``from_resync`` is True when the changes come from
    re-listing after a reconnect. Documents that arrived in events are decoded into their
    models on first read, which raises :class:`~cortex_client.DocumentDecodeError` if one does
    not fit its model.
    """

    by_id: Mapping[str, T]
    changes: tuple[Change[T], ...]
    from_resync: bool = False

    @cached_property
    def items(self) -> list[T]:
        """The items in a stable order (built on first access)."""
        if isinstance(self.by_id, StateView):
            return self.by_id.decoded_values()
        return list(self.by_id.values())


@dataclass(frozen=True)
class DocumentSnapshot(Generic[T]):
    """One document's state (``data`` is None when it does not exist) and its changes (none in
    the first snapshot)."""

    id: str
    data: T | None
    changes: tuple[Change[T], ...] = ()
    from_resync: bool = False

    @property
    def exists(self) -> bool:
        """Whether the document exists."""
        return self.data is not None


class SnapshotFeed(Generic[S]):
    """Where a watch's snapshots go: :attr:`current`, the callbacks (called inline, in order),
    and the queue of an iterating consumer. Snapshots are queued only once someone iterates
    (a callback-only watch would otherwise fill the queue); a consumer that falls
    ``MAX_PENDING_SNAPSHOTS`` behind gets one snapshot of everything since its last.

    ``catch_up(since, resync)`` makes the snapshot from the documents ``since`` (what the
    consumer last got) to now; ``unchanged()`` the snapshot of now without changes;
    ``documents_of(snapshot)`` the documents a snapshot holds.

    The first snapshot each callback or consumer gets carries no changes, only the state (the
    official SDK's rule): a watch publishes its first with none, and a callback registered, or
    an iteration begun, after that starts from a snapshot of the state without changes.
    """

    def __init__(
        self,
        catch_up: Callable[[Mapping[str, Any], bool], S],
        documents_of: Callable[[S], Mapping[str, Any]],
        unchanged: Callable[[], S],
    ) -> None:
        self.current: S | None = None
        # A tuple, replaced on registration: publishing iterates it without copying.
        self._callbacks: tuple[Callable[[S], object], ...] = ()
        self._queue: deque[S] | None = None
        # What the consumer last got (None: nothing yet, its next snapshot is its first).
        self._delivered: Mapping[str, Any] | None = None
        self._wakeup: anyio.Event | None = None
        self._catch_up = catch_up
        self._documents_of = documents_of
        self._unchanged = unchanged

    def subscribe(self, callback: Callable[[S], object]) -> Callable[[], None]:
        """Call ``callback`` with every snapshot from now on (at once with the current state,
        if there is one); returns the function that unregisters it (idempotent)."""
        self._callbacks += (callback,)
        if self.current is not None:
            call(callback, self._unchanged())
        return disposer(self, "_callbacks", callback)

    def publish(self, snapshot: S) -> None:
        """Make ``snapshot`` current, queue it for the consumer, call the callbacks."""
        self.current = snapshot
        queue = self._queue
        if queue is not None:
            if len(queue) >= MAX_PENDING_SNAPSHOTS:
                queue.clear()
                delivered = self._delivered
                if delivered is None:
                    queue.append(self._unchanged())
                else:
                    queue.append(self._catch_up(delivered, True))
            else:
                queue.append(snapshot)
            self.wake()
        for callback in self._callbacks:  # call(), inlined: once per watcher per event
            try:
                callback(snapshot)
            except Exception:
                _log.exception("watch callback %r raised", callback)

    def take(self) -> S | None:
        """The consumer's next snapshot, or None when none is waiting. The first call starts
        the queue: a consumer that comes late starts from the current state, without changes."""
        queue = self._queue
        if queue is None:
            queue = self._queue = deque()
            if self.current is not None:
                queue.append(self._unchanged())
        if not queue:
            return None
        snapshot = queue.popleft()
        self._delivered = self._documents_of(snapshot)
        return snapshot

    async def wait(self) -> None:
        """Until the next :meth:`publish` or :meth:`wake`."""
        self._wakeup = anyio.Event()
        await self._wakeup.wait()

    def wake(self) -> None:
        """Wake the waiting consumer (the watch ended, or a snapshot is queued)."""
        if self._wakeup is not None:
            self._wakeup.set()


def disposer(owner: object, attribute: str, callback: object) -> Callable[[], None]:
    """The function that unregisters `callback` from the tuple ``owner.<attribute>``, once.

    Callbacks are kept in tuples so that delivery iterates without copying; one call removes
    one registration (the same function may be registered twice), later calls do nothing.
    """
    registered = True

    def dispose() -> None:
        nonlocal registered
        if registered:
            registered = False
            callbacks = list(getattr(owner, attribute))
            callbacks.remove(callback)
            setattr(owner, attribute, tuple(callbacks))

    return dispose


def call(callback: Callable[[Any], object], argument: Any) -> None:
    """``callback(argument)``; a callback that raises is logged, never propagated."""
    try:
        callback(argument)
    except Exception:
        _log.exception("watch callback %r raised", callback)
