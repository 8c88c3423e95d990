"""CollectionWatch / DocumentWatch against the emulator on a loopback port."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import anyio
import pytest

from cortex_client import CortexClient, DocumentDecodeError
from cortex_client._diff import apply_changes
from cortex_client._errors import AuthenticationError
from cortex_client._generated.models import (
    CreateParticipantRequest,
    CreateSessionRequest,
    UpdateParticipantRequest,
)
from cortex_client._watch import Snapshot, watch_collection, watch_document
from cortex_client.testing import EmulatorServer
from cortex_client.testing.pytest_plugin import DEFAULT_API_KEY as API_KEY
from tests.realtime.test_stream import emulator_in_thread, wait_in_thread

PROJECT = "proj-watch"
WAIT = 10.0


async def add_participant(client: CortexClient, user: str) -> str:
    body = CreateParticipantRequest(external_user_id=user, display_name=user)
    return (await client.participants.create_participant(PROJECT, body=body)).id


async def rename(client: CortexClient, participant_id: str, name: str) -> None:
    body = UpdateParticipantRequest(display_name=name)
    await client.participants.update_participant(PROJECT, participant_id, body=body)


async def add_session(client: CortexClient, title: str) -> str:
    body = CreateSessionRequest(title=title, external_room_id="room")
    return (await client.sessions.create_session(PROJECT, body=body)).id


async def next_snapshot(snapshots: AsyncIterator[Any]) -> Any:
    with anyio.fail_after(WAIT):
        return await anext(snapshots)


def names(snapshot: Snapshot[Any]) -> dict[str, str]:
    return {key: item.display_name for key, item in snapshot.by_id.items()}


def server_names(server: EmulatorServer) -> dict[str, str]:
    return {p["id"]: p["displayName"] for p in server.emulator.list("participants", PROJECT)}


async def test_first_snapshot_is_the_rest_state_without_changes(client: CortexClient) -> None:
    ids = [await add_participant(client, user) for user in ("ann", "bob")]
    async with watch_collection(client, PROJECT, "participants") as watch:
        snapshot = await next_snapshot(aiter(watch))
    assert [item.id for item in snapshot.items] == ids
    assert snapshot.changes == ()
    assert snapshot.from_resync is False
    assert watch.current is snapshot


async def test_create_update_delete_arrive_as_added_modified_removed(
    client: CortexClient,
) -> None:
    async with watch_collection(client, PROJECT, "participants") as watch:
        snapshots = aiter(watch)
        assert (await next_snapshot(snapshots)).items == []
        pid = await add_participant(client, "cat")
        added = await next_snapshot(snapshots)
        await rename(client, pid, "Cat")
        modified = await next_snapshot(snapshots)
        await client.participants.delete_participant(PROJECT, pid)
        removed = await next_snapshot(snapshots)
    assert [(c.type, c.id) for c in added.changes] == [("added", pid)]
    change = modified.changes[0]
    assert (change.type, change.data.display_name, change.previous.display_name) == (
        "modified",
        "Cat",
        "cat",
    )
    assert [(c.type, c.id) for c in removed.changes] == [("removed", pid)]
    assert removed.items == []


async def test_changes_made_during_the_initial_list_are_applied_once(
    client: CortexClient, server: EmulatorServer
) -> None:
    emulator = server.emulator
    first = await add_participant(client, "early")
    emulator.add_latency(0.5, method="GET", path_prefix=f"/api/projects/{PROJECT}/participants")
    async with watch_collection(client, PROJECT, "participants") as watch:
        await emulator.wait_until(lambda: emulator.stream_connections(PROJECT) == 1)
        during = await add_participant(client, "during")  # while the list is delayed
        await rename(client, first, "renamed")
        seen: list[Snapshot[Any]] = []
        async for snapshot in watch:
            seen.append(snapshot)
            if names(snapshot) == server_names(server):
                break
    assert names(seen[-1]) == {first: "renamed", during: "during"}
    replayed = apply_changes(dict(seen[0].by_id), [c for s in seen[1:] for c in s.changes])
    assert replayed == dict(seen[-1].by_id)


async def test_resync_after_reconnect_reports_only_real_changes(
    client: CortexClient, server: EmulatorServer
) -> None:
    emulator = server.emulator
    keep, change, drop = [await add_participant(client, u) for u in ("keep", "change", "drop")]
    async with watch_collection(client, PROJECT, "participants", idle_timeout=0.5) as watch:
        snapshots = aiter(watch)
        await next_snapshot(snapshots)
        opened = emulator.stream_connections_opened(PROJECT)
        emulator.stall_streams()
        await rename(client, change, "changed")
        await client.participants.delete_participant(PROJECT, drop)
        new = await add_participant(client, "new")
        await emulator.wait_until(
            lambda: emulator.stream_connections_opened(PROJECT) > opened, WAIT
        )
        resync = await next_snapshot(snapshots)
        emulator.release_streams()  # the stalled events now arrive too, and change nothing
        sentinel = await add_participant(client, "sentinel")
        after = await next_snapshot(snapshots)
    assert resync.from_resync is True
    assert sorted((c.type, c.id) for c in resync.changes) == sorted(
        [("modified", change), ("removed", drop), ("added", new)]
    )
    assert keep in resync.by_id
    assert [(c.type, c.id) for c in after.changes] == [("added", sentinel)]
    assert after.from_resync is False


async def test_nested_watch_sees_only_its_parents_children(
    client: CortexClient, server: EmulatorServer
) -> None:
    mine, other = await add_session(client, "mine"), await add_session(client, "other")
    emulator = server.emulator
    emulator.inject_message(PROJECT, mine, "before")
    async with watch_collection(client, PROJECT, "messages", parent_id=mine) as watch:
        snapshots = aiter(watch)
        initial = await next_snapshot(snapshots)
        emulator.inject_message(PROJECT, other, "not mine")
        emulator.inject_message(PROJECT, mine, "mine too")
        latest = await next_snapshot(snapshots)
        while len(latest.items) < 2:
            latest = await next_snapshot(snapshots)
    assert [m.content for m in initial.items] == ["before"]
    assert [m.content for m in latest.items] == ["before", "mine too"]
    assert all(m.session_id == mine for m in latest.items)


async def test_unauthorised_watch_reports_the_error_to_on_error_and_the_iterator(
    server: EmulatorServer,
) -> None:
    errors: list[BaseException] = []
    async with CortexClient(server.base_url, api_key="wrong-key") as bad:
        watch = watch_collection(bad, PROJECT, "sessions")
        watch.on_error(errors.append)
        async with watch:
            with pytest.raises(AuthenticationError), anyio.fail_after(WAIT):
                async for _ in watch:
                    pass
    assert len(errors) == 1
    assert isinstance(errors[0], AuthenticationError)


async def test_document_watch_follows_one_document_until_it_is_deleted(
    client: CortexClient,
) -> None:
    target = await add_participant(client, "doc")
    async with watch_document(client, PROJECT, "participants", target) as watch:
        snapshots = aiter(watch)
        first = await next_snapshot(snapshots)
        await add_participant(client, "someone else")
        await rename(client, target, "Doc")
        renamed = await next_snapshot(snapshots)
        await client.participants.delete_participant(PROJECT, target)
        gone = await next_snapshot(snapshots)
    assert first.exists and first.data.display_name == "doc"
    assert renamed.data.display_name == "Doc"
    assert [c.type for c in renamed.changes] == ["modified"]
    assert not gone.exists and gone.data is None


async def test_document_watch_of_a_missing_document_says_it_does_not_exist(
    client: CortexClient,
) -> None:
    async with watch_document(client, PROJECT, "sessions", "no-such-session") as watch:
        snapshot = await next_snapshot(aiter(watch))
    assert snapshot.exists is False


async def test_on_snapshot_callback_sees_every_snapshot(client: CortexClient) -> None:
    delivered: list[Snapshot[Any]] = []
    watch = watch_collection(client, PROJECT, "sessions")
    watch.on_snapshot(delivered.append)
    async with watch:
        snapshots = aiter(watch)
        await next_snapshot(snapshots)
        await add_session(client, "x")
        await next_snapshot(snapshots)
    assert [len(s.items) for s in delivered] == [0, 1]


async def test_a_callback_only_watch_gets_each_change_even_past_the_queue_limit(
    client: CortexClient, server: EmulatorServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("cortex_client._snapshots.MAX_PENDING_SNAPSHOTS", 2)
    delivered: list[Snapshot[Any]] = []
    watch = watch_collection(client, PROJECT, "sessions")
    watch.on_snapshot(delivered.append)
    async with watch:
        await server.emulator.wait_until(lambda: len(delivered) == 1, WAIT)
        for n in range(5):
            await add_session(client, f"s{n}")
        await server.emulator.wait_until(lambda: len(watch.current.items) == 5, WAIT)  # type: ignore[union-attr]
    later = delivered[1:]
    assert sum(len(s.changes) for s in later) == 5
    assert all(c.type == "added" for s in later for c in s.changes)
    assert not any(s.from_resync for s in later)


async def test_iteration_started_late_begins_with_the_current_state(
    client: CortexClient, server: EmulatorServer
) -> None:
    async with watch_collection(client, PROJECT, "sessions") as watch:
        await server.emulator.wait_until(lambda: watch.current is not None, WAIT)
        await add_session(client, "early")
        await server.emulator.wait_until(lambda: len(watch.current.items) == 1, WAIT)  # type: ignore[union-attr]
        first = await next_snapshot(aiter(watch))
    assert first.changes == ()
    assert len(first.items) == 1 and first.from_resync is False


async def test_aclose_releases_the_connection_and_ends_iteration(
    client: CortexClient, server: EmulatorServer
) -> None:
    emulator = server.emulator
    async with watch_collection(client, PROJECT, "sessions") as watch:
        await next_snapshot(aiter(watch))
        assert emulator.stream_connections(PROJECT) == 1
        await watch.aclose()
        await emulator.wait_until(lambda: emulator.stream_connections(PROJECT) == 0, WAIT)
        assert [s async for s in watch] == []


def test_unknown_collection_and_missing_parent_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown collection"):
        watch_collection(object(), PROJECT, "nope")
    with pytest.raises(ValueError, match="needs parent_id"):
        watch_collection(object(), PROJECT, "messages")


def test_watch_follows_changes_on_trio() -> None:
    with emulator_in_thread() as running:

        async def main() -> list[Snapshot[Any]]:
            async with (
                CortexClient(running.base_url, api_key=API_KEY) as trio_client,
                watch_collection(trio_client, PROJECT, "sessions") as watch,
            ):
                snapshots = aiter(watch)
                first = await next_snapshot(snapshots)
                await add_session(trio_client, "trio")
                return [first, await next_snapshot(snapshots)]

        first, second = anyio.run(main, backend="trio")
        assert wait_in_thread(lambda: running.emulator.stream_connections(PROJECT) == 0)
    assert first.items == []
    assert [c.type for c in second.changes] == ["added"]
    assert second.items[0].title == "trio"


async def test_an_error_raised_inside_the_watch_block_propagates_unwrapped(
    client: CortexClient,
) -> None:
    with pytest.raises(LookupError, match="mine"):
        async with watch_collection(client, PROJECT, "sessions") as watch:
            await next_snapshot(aiter(watch))
            raise LookupError("mine")


def participant_reads(server: EmulatorServer) -> tuple[int, list[str]]:
    """The list requests and the ids of single GETs the emulator answered for participants."""
    base = f"/api/projects/{PROJECT}/participants"
    log = [r for r in server.emulator.request_log if r.method == "GET"]
    lists = sum(1 for r in log if r.path == base)
    gets = [r.path[len(base) + 1 :] for r in log if r.path.startswith(base + "/")]
    return lists, gets


async def test_an_event_naming_a_document_without_its_body_fetches_that_document_only(
    client: CortexClient, server: EmulatorServer
) -> None:
    emulator = server.emulator
    participant = await add_participant(client, "before")
    async with watch_collection(client, PROJECT, "participants") as watch:
        snapshots = aiter(watch)
        await next_snapshot(snapshots)
        assert participant_reads(server) == (1, [])
        [record] = emulator.store.find("participants", PROJECT, participant)
        record.data["displayName"] = "silently renamed"  # no event: only a read shows it
        emulator.emit(
            "participant.updated",
            "updated",
            {"id": participant, "displayName": "half a document"},
            project_id=PROJECT,
            resource_id=f"participant:{participant}",
        )
        fetched = await next_snapshot(snapshots)
    assert fetched.from_resync is False
    assert [(c.type, c.id) for c in fetched.changes] == [("modified", participant)]
    assert names(fetched) == {participant: "silently renamed"}
    assert participant_reads(server) == (1, [participant])  # one GET by id, no list


async def test_voice_presence_events_cost_no_request(
    client: CortexClient, server: EmulatorServer
) -> None:
    emulator = server.emulator
    ids = [await add_participant(client, user) for user in ("ann", "bob")]
    async with watch_collection(client, PROJECT, "participants") as watch:
        snapshots = aiter(watch)
        await next_snapshot(snapshots)
        for n in range(20):
            pid = ids[n % 2]
            emulator.emit(
                "participant.joined" if n % 4 < 2 else "participant.left",
                "occurred",
                {"participantId": pid, "roomId": "room-1", "peerId": n},
                project_id=PROJECT,
                resource_id=f"participant:{pid}",
                source="voice:server",
            )
        sentinel = await add_participant(client, "sentinel")  # every event before it was read
        after = await next_snapshot(snapshots)
    assert [(c.type, c.id) for c in after.changes] == [("added", sentinel)]
    assert participant_reads(server) == (1, [])


async def test_a_document_that_does_not_fit_its_model_raises_a_typed_error_when_read(
    client: CortexClient, server: EmulatorServer
) -> None:
    emulator = server.emulator
    good, bad = [await add_participant(client, u) for u in ("good", "bad")]
    async with watch_collection(client, PROJECT, "participants") as watch:
        snapshots = aiter(watch)
        await next_snapshot(snapshots)
        document = {**emulator.get("participants", bad, PROJECT), "joinedAt": "yesterday"}
        emulator.emit(
            "participant.updated",
            "updated",
            document,
            project_id=PROJECT,
            resource_id=f"participant:{bad}",
        )
        snapshot = await next_snapshot(snapshots)
        await rename(client, good, "still followed")
        after = await next_snapshot(snapshots)
    assert [(c.type, c.id) for c in snapshot.changes] == [("modified", bad)]
    with pytest.raises(DocumentDecodeError) as caught:
        snapshot.by_id[bad]
    assert caught.value.raw["joinedAt"] == "yesterday"
    assert after.by_id[good].display_name == "still followed"
