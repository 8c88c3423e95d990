"""The realtime API as users reach it: client.stream_events() and project.<collection>.watch*()."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import anyio
import pytest

from cortex_client import CollectionWatch, CortexClient, DocumentWatch
from cortex_client.models import (
    AddMemberRequest,
    CreateGatheringRequest,
    CreateParticipantRequest,
    CreateSessionRequest,
)
from cortex_client.testing import EmulatorServer

PID = "proj-rt"
WAIT = 10.0


@pytest.fixture
async def client(cortex_emulator: EmulatorServer) -> AsyncIterator[CortexClient]:
    async with CortexClient(cortex_emulator.base_url, api_key="test-key") as made:
        yield made


async def _next(watch: CollectionWatch[Any] | DocumentWatch[Any]) -> Any:
    with anyio.fail_after(WAIT):
        return await anext(aiter(watch))


async def test_stream_events_yields_typed_events_of_the_project(client: CortexClient) -> None:
    project = client.project(PID)
    async with client.stream_events(PID) as events:
        body = CreateSessionRequest(title="Standup", external_room_id="room-1")
        session = await project.sessions.create_session(body=body)
        with anyio.fail_after(WAIT):
            event = await anext(aiter(events))
    assert event.type_ == "session.created"
    assert event.resource_id == f"session:{session.id}"


async def test_project_sessions_watch_starts_with_the_rest_state_then_follows(
    client: CortexClient,
) -> None:
    project = client.project(PID)
    body = CreateSessionRequest(title="First", external_room_id="room-1")
    first = await project.sessions.create_session(body=body)
    async with project.sessions.watch() as watch:
        initial = await _next(watch)
        assert initial.changes == ()
        assert list(initial.by_id) == [first.id]
        second = await project.sessions.create_session(
            body=CreateSessionRequest(title="Second", external_room_id="room-2")
        )
        update = await _next(watch)
    assert [(c.type, c.id) for c in update.changes] == [("added", second.id)]
    assert watch.current is update


async def test_watch_with_an_id_follows_one_document(client: CortexClient) -> None:
    project = client.project(PID)
    session = await project.sessions.create_session(
        body=CreateSessionRequest(title="Doc", external_room_id="room-1")
    )
    async with project.sessions.watch(session.id) as watch:
        first = await _next(watch)
        assert first.exists and first.data.id == session.id
        await project.sessions.stop_session(session.id)
        changed = await _next(watch)
    assert changed.data.status == "ended"


async def test_watch_messages_sees_only_its_session(
    client: CortexClient, cortex_emulator: EmulatorServer
) -> None:
    project = client.project(PID)
    mine = await project.sessions.create_session(
        body=CreateSessionRequest(title="Mine", external_room_id="a")
    )
    other = await project.sessions.create_session(
        body=CreateSessionRequest(title="Other", external_room_id="b")
    )
    async with project.sessions.watch_messages(mine.id) as watch:
        assert (await _next(watch)).items == []
        cortex_emulator.emulator.inject_message(PID, other.id, "not for you")
        cortex_emulator.emulator.inject_message(PID, mine.id, "hello", sender_name="Alice")
        snapshot = await _next(watch)
    assert [m.content for m in snapshot.items] == ["hello"]


async def test_gathering_members_watch(client: CortexClient) -> None:
    project = client.project(PID)
    gathering = await project.gatherings.create_gathering(
        body=CreateGatheringRequest.from_dict({"name": "Lobby", "type": "lobby"})
    )
    person = await project.participants.create_participant(
        body=CreateParticipantRequest(external_user_id="u1", display_name="Ann")
    )
    async with project.gatherings.watch_members(gathering.id) as watch:
        before = await _next(watch)
        await project.gatherings.add_gathering_member(
            gathering.id, body=AddMemberRequest(participant_id=person.id)
        )
        after = await _next(watch)
    assert len(after.items) == len(before.items) + 1


async def test_other_collections_expose_watch(client: CortexClient) -> None:
    project = client.project(PID)
    for group in (project.participants, project.sanctions, project.gatherings):
        async with group.watch() as watch:
            assert (await _next(watch)).from_resync is False
    assert isinstance(project.gatherings.watch_invitations("g"), CollectionWatch)
