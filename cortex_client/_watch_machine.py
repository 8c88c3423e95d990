"""The watch state machine: REST state kept in sync over the project's event stream.

A watch (``_watch``: CollectionWatch, DocumentWatch) is a sink of the project's hub (see
``_hub``) and a small state machine::

    NEW ─enter─▶ CONNECTING ─connected─▶ LISTING ─listed─▶ LIVE ◀─listed─ RESYNCING
                                                            │ connected, or an event  ▲
                                                            └──── that needs a list ──┘
    any ─aclose / client closed─▶ CLOSED        any ─401/403/404─▶ FAILED
    CONNECTING / LISTING ─first_sync_timeout─▶ FAILED   any ─max_failures in a row─▶ FAILED

Starting, stopping, failing (the first-sync deadline, the failure budget) and iterating a
watch are its base class's (``_watch_lifecycle``); this module is the syncing.

An event that names a document without carrying it costs one GET of that document (by id, in
the runner's task); an event of the collection's type that changes no document (an action
``occurred`` without the document, say ``participant.joined``) is ignored (``_event_reader``).

While listing, events wait in a backlog and are applied over the list once it arrives (they
may predate it; they carry full state, so applying them in order converges). A connection
that comes back during a list starts the list again. Every list is diffed against what the
watch holds, so users see only real ``added`` / ``modified`` / ``removed`` changes, never a
torn state (the Firestore model). Live events are applied in the connection's task, one
state update and one snapshot per received batch.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import anyio

from ._diff import Change, diff
from ._document import LazyDocument
from ._errors import CortexError, DocumentDecodeError
from ._event_reader import Fetch, Scope, Upsert, reader_for
from ._hub import TERMINAL, Backoff, hubs_of
from ._logging import get_logger
from ._sink import RawEvent
from ._snapshots import SnapshotFeed
from ._sse import StreamError
from ._state import State, documents_of
from ._stream_path import stream_path
from ._watch_lifecycle import LISTING_PHASES, OVER_PHASES, Phase, WatchLifecycle

__all__ = ["MAX_BACKLOG", "Phase", "WatchMachine"]

_log = get_logger("cortex_client.watch")

#: Events a listing watch keeps waiting; past that it lists again instead.
MAX_BACKLOG = 10_000

S = TypeVar("S")


class WatchMachine(WatchLifecycle[S]):
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
        first_sync_timeout: float | None = None,
        max_failures: int | None = None,
    ) -> None:
        if idle_timeout < 0:
            raise ValueError("idle_timeout must be >= 0 (0 turns it off)")
        if first_sync_timeout is not None and first_sync_timeout <= 0:
            raise ValueError("first_sync_timeout must be > 0 (None: no limit)")
        if max_failures is not None and max_failures < 1:
            raise ValueError("max_failures must be >= 1 (None: retry forever)")
        self._path = stream_path(project_id)  # "", "." and ".." fail here, before anything is sent
        self._client = client
        self._project_id = project_id
        self._read = reader_for(scope)
        self._doc_id = doc_id
        #: Seconds of silence before the connection counts as dead (read by the hub).
        self.idle_timeout = idle_timeout
        self._backoff = backoff
        self._first_sync_timeout = first_sync_timeout
        self._max_failures = max_failures
        self._phase = Phase.NEW
        # The stream connection is open (between the hub's `connected` and its next failure).
        self._stream_up = False
        # The latest failed attempt (connect or list), raised if the first sync never comes.
        self._last_failure = None
        # Documents named by events without their body: id -> generation of the latest such
        # event (a newer event for the id supersedes a fetch in flight).
        self._to_fetch: dict[str, int] = {}
        self._fetch_serial = 0
        self._error = None
        self._state = State()
        # Events received while listing (None while live); a new list object means "list again".
        self._backlog: list[RawEvent] | None = None
        self._feed = SnapshotFeed(self._catch_up, self._documents_of, self._unchanged)
        # Started without a block, in the client's task group (see _subscribe); `adopted`
        # while a block entered afterwards bounds its life.
        self._detached = False
        self._adopted = False
        self._error_callbacks = ()
        self._list_needed: anyio.Event | None = None
        self._group = None
        self._scope = None
        self._done = None
        # Set by the first snapshot or the end: the first-sync guard stops waiting.
        self._settled = None

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
        self._stream_up = True
        if self._phase is Phase.CONNECTING:
            self._phase = Phase.LISTING
        elif self._phase is Phase.LIVE:
            self._phase = Phase.RESYNCING
        elif self._phase not in LISTING_PHASES:
            return
        self._list_again()

    def _events(self, batch: list[RawEvent]) -> None:
        """Apply ``batch`` when live; hold it while listing."""
        if self._phase is Phase.LIVE:
            touched = self._updates(batch)
            if touched is None:
                self._phase = Phase.RESYNCING
                self._list_again()
                return
            if touched and (changes := self._state.apply(touched)):
                self._publish(changes, resync=False)
            if self._to_fetch:
                self._wake_runner()
        elif self._phase in LISTING_PHASES and self._backlog is not None:
            if len(self._backlog) + len(batch) > MAX_BACKLOG:
                _log.warning("watch fell %d events behind; listing again", MAX_BACKLOG)
                self._list_again()
            else:
                self._backlog.extend(batch)

    def _dropped(self, error: StreamError) -> None:
        """An event the stream could not read: reported, and the watch carries on."""
        self._report(error)

    def _reconnecting(self, error: Exception | None, failures: int, delay: float) -> None:
        """A connection ended or failed (logged by the hub): before the first snapshot the
        error is kept for the first-sync budget, after it reported; ``max_failures`` in a row
        fail the watch."""
        self._stream_up = False
        if error is None or self._phase in OVER_PHASES:
            return
        self._failed_attempt(error, failures)

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
                    while self._phase not in OVER_PHASES:
                        if self._phase in LISTING_PHASES:
                            await self._list()
                        elif self._to_fetch:
                            await self._fetch_named()
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
        self._to_fetch.clear()  # the list brings every document
        self._wake_runner()

    def _wake_runner(self) -> None:
        if self._list_needed is not None:
            self._list_needed.set()

    async def _list(self) -> None:
        """List, apply the backlog over the list, diff against what is held, publish once."""
        while self._phase in LISTING_PHASES:
            backlog = self._backlog
            fetched = await self._fetch_retrying()
            if self._phase not in LISTING_PHASES:
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

    async def _fetch_named(self) -> None:
        """Fetch the documents events named without carrying them, one GET each."""
        while self._to_fetch and self._phase is Phase.LIVE:
            doc_id, serial = next(iter(self._to_fetch.items()))
            document = await self._fetch_retrying(functools.partial(self._fetch_one, doc_id))
            if self._phase is not Phase.LIVE or self._to_fetch.get(doc_id) != serial:
                continue  # a list, a newer event or a newer fetch request supersedes it
            del self._to_fetch[doc_id]
            changes = self._state.apply({doc_id: document})
            if changes:
                self._publish(changes, resync=False)

    async def _fetch_retrying(self, fetch: Callable[[], Any] | None = None) -> Any:
        failures = 0
        rand = random.Random()
        name = self._read.scope.target.name
        while True:
            try:
                return await (fetch or self._fetch)()
            except TERMINAL:
                raise
            except CortexError as exc:
                failures += 1
                delay = self._backoff.delay(failures, 0.0, rand.random())
                _log.warning(
                    "watch of %s: reading the state failed (%s); attempt %d, retrying in %.1f s",
                    name,
                    exc,
                    failures,
                    delay,
                )
                self._failed_attempt(exc, failures)
                if self._phase in OVER_PHASES:
                    raise
                await anyio.sleep(delay)

    def _updates(self, batch: list[RawEvent]) -> dict[str, LazyDocument | None] | None:
        """The newest document per id ``batch`` brings (None: removed), or None when an event
        cannot be applied without listing again. A document named without its body is queued
        in ``_to_fetch`` (fetched by id); a later event for the same id supersedes that."""
        touched: dict[str, LazyDocument | None] = {}
        read, only, to_fetch = self._read, self._doc_id, self._to_fetch
        for event in batch:
            reading = read(event.data)
            if reading is None:
                continue
            if isinstance(reading, Fetch):
                if reading.id is None or only is not None or not self._can_fetch_one():
                    return None
                touched.pop(reading.id, None)
                self._fetch_serial += 1
                to_fetch[reading.id] = self._fetch_serial
                continue
            if to_fetch and reading.id in to_fetch:
                del to_fetch[reading.id]
            if only is not None:
                if reading.id != only:
                    continue
                if type(reading) is Upsert and not _fits(reading.document):
                    return None  # one document: decode it now, and list again if it does not fit
            touched[reading.id] = reading.document if type(reading) is Upsert else None
        return touched

    def _can_fetch_one(self) -> bool:
        """Whether one document can be fetched by id (else a named document means a list)."""
        return False

    async def _fetch_one(self, doc_id: str) -> Any | None:
        """The current document ``doc_id`` (None when it no longer exists)."""
        raise NotImplementedError

    # -- endings and reports ----------------------------------------------------------

    def _publish(self, changes: Sequence[Change[Any]], *, resync: bool) -> None:
        self._feed.publish(self._snapshot(tuple(changes), resync))
        if self._settled is not None:
            self._settled.set()

    def _catch_up(self, since: Mapping[str, Any], resync: bool) -> S:
        return self._snapshot(tuple(diff(documents_of(since), self._state.documents())), resync)

    def _unchanged(self) -> S:
        return self._snapshot((), False)


def _fits(document: LazyDocument) -> bool:
    try:
        document.get()
    except DocumentDecodeError as exc:
        _log.debug("event for %s does not fit %s (%s)", document.id, document.model, exc)
        return False
    return True
