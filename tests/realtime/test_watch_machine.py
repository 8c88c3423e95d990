"""The watch state machine driven through its sink methods, without a server: listing, the
backlog, a reconnect during a list, re-listing on an unreadable event, and its endings."""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from cortex_client import AuthenticationError
from cortex_client._generated.models import SessionResponse
from cortex_client._sink import RawEvent
from cortex_client._watch import CollectionWatch
from cortex_client._watch_machine import Phase

WAIT = 10.0


def session(n: int, title: str = "t") -> dict[str, Any]:
    return {
        "id": f"ses_{n}",
        "tenantId": "t",
        "externalRoomId": f"room-{n}",
        "projectId": "p",
        "gateway": "gw",
        "title": title,
        "createdByUserId": "u",
        "createdAt": "2025-03-01T10:00:00Z",
        "status": "active",
        "idleTimeout": 300,
    }


def updated(n: int, title: str) -> RawEvent:
    data = {"id": f"e-{n}-{title}", "type": "session.updated", "resourceId": f"session:ses_{n}"}
    data["payload"] = {"action": "updated", "data": session(n, title)}  # type: ignore[assignment]
    return RawEvent(str(data["id"]), data)


class Scripted(CollectionWatch[Any]):
    """A sessions watch whose list answers come from the test, one per ``answer()``."""

    def __init__(self) -> None:
        super().__init__(object(), "p", "sessions")
        self.lists = 0
        self.answers: list[dict[str, Any]] = []
        self.asked = anyio.Event()
        self._answered = anyio.Event()

    async def _fetch(self) -> dict[str, Any]:
        self.lists += 1
        self.asked.set()
        await self._answered.wait()
        self._answered, self.asked = anyio.Event(), anyio.Event()
        return {key: SessionResponse.from_dict(raw) for key, raw in self.answers.pop(0).items()}

    async def answer(self, *sessions: dict[str, Any]) -> None:
        with anyio.fail_after(WAIT):
            await self.asked.wait()
        self.answers.append({raw["id"]: raw for raw in sessions})
        self._answered.set()


def phase(watch: CollectionWatch[Any]) -> Phase:
    return watch._phase


def titles(watch: CollectionWatch[Any]) -> dict[str, str]:
    assert watch.current is not None
    return {key: value.title for key, value in watch.current.by_id.items()}


async def listed(watch: Scripted, *sessions: dict[str, Any]) -> None:
    """Connect the watch and let its first list answer ``sessions``."""
    watch._phase = Phase.CONNECTING
    watch._connected()
    async with anyio.create_task_group() as group:
        group.start_soon(watch._list)
        await watch.answer(*sessions)


async def test_events_received_while_listing_are_applied_over_the_list() -> None:
    watch = Scripted()
    watch._phase = Phase.CONNECTING
    watch._connected()
    assert phase(watch) is Phase.LISTING
    async with anyio.create_task_group() as group:
        group.start_soon(watch._list)
        with anyio.fail_after(WAIT):
            await watch.asked.wait()
        watch._events([updated(1, "newer")])
        await watch.answer(session(1, "listed"), session(2))
    assert phase(watch) is Phase.LIVE
    assert titles(watch) == {"ses_1": "newer", "ses_2": "t"}
    assert watch.current is not None and watch.current.from_resync is False


async def test_a_reconnect_during_a_list_lists_again_and_drops_the_older_backlog() -> None:
    watch = Scripted()
    watch._phase = Phase.CONNECTING
    watch._connected()
    async with anyio.create_task_group() as group:
        group.start_soon(watch._list)
        with anyio.fail_after(WAIT):
            await watch.asked.wait()
        watch._events([updated(1, "before the reconnect")])
        watch._connected()  # the connection came back: the first answer may be stale
        await watch.answer(session(1, "stale"))
        await watch.answer(session(1, "fresh"))
    assert watch.lists == 2
    assert titles(watch) == {"ses_1": "fresh"}


async def test_live_events_apply_in_the_delivering_call() -> None:
    watch = Scripted()
    await listed(watch, session(1))
    watch._events([updated(1, "a"), updated(2, "b"), updated(1, "c")])
    assert titles(watch) == {"ses_1": "c", "ses_2": "b"}
    assert [(c.type, c.id) for c in watch.current.changes] == [  # type: ignore[union-attr]
        ("modified", "ses_1"),
        ("added", "ses_2"),
    ]


async def test_an_event_without_a_document_makes_a_live_watch_list_again() -> None:
    watch = Scripted()
    await listed(watch, session(1), session(2))
    no_document = RawEvent("e-x", {"type": "session.updated", "payload": {"action": "updated"}})
    watch._events([no_document])
    assert phase(watch) is Phase.RESYNCING
    async with anyio.create_task_group() as group:
        group.start_soon(watch._list)
        await watch.answer(session(1, "renamed"), session(2))
    assert watch.current is not None and watch.current.from_resync is True
    assert [(c.type, c.id) for c in watch.current.changes] == [("modified", "ses_1")]


async def test_a_relist_that_changes_nothing_publishes_nothing() -> None:
    watch = Scripted()
    await listed(watch, session(1))
    first = watch.current
    watch._connected()
    assert phase(watch) is Phase.RESYNCING
    async with anyio.create_task_group() as group:
        group.start_soon(watch._list)
        await watch.answer(session(1))
    assert watch.current is first and phase(watch) is Phase.LIVE


async def test_a_refused_stream_fails_the_watch_and_its_iteration_raises() -> None:
    watch = Scripted()
    errors: list[BaseException] = []
    watch.on_error(errors.append)
    await listed(watch, session(1))
    refused = AuthenticationError("no", status_code=401)
    watch._ended(refused)
    assert phase(watch) is Phase.FAILED and watch.error is refused and errors == [refused]
    snapshots = aiter(watch)
    await anext(snapshots)  # the snapshot already published is still delivered
    with pytest.raises(AuthenticationError):
        await anext(snapshots)


async def test_a_closed_client_closes_the_watch_and_its_iteration_ends() -> None:
    watch = Scripted()
    await listed(watch, session(1))
    watch._ended(None)
    assert phase(watch) is Phase.CLOSED and watch.error is None
    assert len([snapshot async for snapshot in watch]) == 1
