"""Live objects (issue 14 item 1), the docs' group names (item 3) and typed annotation events
(item 4), against the emulator."""

from __future__ import annotations

import pickle
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from cortex_client import CortexClient
from cortex_client._generated.api import UnboundObjectError
from cortex_client._generated.api.app_settings import ProjectAppSettingsApi
from cortex_client._generated.api.plugin_instances import ProjectPluginInstancesApi
from cortex_client._generated.api.plugins import PluginsApi
from cortex_client.models import (
    AddMemberRequest,
    CreateGatheringRequest,
    CreateGatheringRequestType,
    CreateParticipantRequest,
    CreateSanctionRequest,
    CreateSanctionRequestType,
    CreateSessionRequest,
    GatheringMember,
    MessageAnnotationCreatedEventData,
    SanctionResponse,
    SessionResponse,
    UpdateParticipantRequest,
)
from cortex_client.testing import serve

PROJECT = "demo-project"


@pytest_asyncio.fixture
async def client() -> AsyncIterator[CortexClient]:
    async with (
        serve(api_keys=["k"]) as server,
        CortexClient(base_url=server.base_url, api_key="k") as cortex,
    ):
        yield cortex


async def test_a_session_carries_its_actions_and_returns_new_objects(client: CortexClient) -> None:
    project = client.project(PROJECT)
    session = await project.sessions.create_session(
        body=CreateSessionRequest(title="Match", external_room_id="room-1")
    )
    started: SessionResponse = await session.start()
    assert started is not session and started.id == session.id
    stopped = await started.stop()
    assert str(stopped.status) != str(started.status)
    fresh = await session.refresh()
    assert fresh == stopped and fresh is not stopped
    assert await session.list_messages() == []
    await session.regenerate_summary()
    listed = await project.sessions.list_sessions()
    assert [s.id for s in listed] == [session.id]
    await listed[0].delete()
    assert await project.sessions.list_sessions() == []


async def test_participants_sanctions_and_gatherings_act_through_their_objects(
    client: CortexClient,
) -> None:
    project = client.project(PROJECT)
    ann = await project.participants.create_participant(
        body=CreateParticipantRequest(external_user_id="ann", display_name="Ann")
    )
    renamed = await ann.update(body=UpdateParticipantRequest(display_name="Annie"))
    assert (renamed.display_name, ann.display_name) == ("Annie", "Ann")
    sanction = await project.sanctions.create_sanction(
        body=CreateSanctionRequest(
            type_=CreateSanctionRequestType.MUTE, participant_id=ann.id, reason="toxic"
        )
    )
    revoked: SanctionResponse = await sanction.revoke()
    assert revoked.is_active is False and sanction.is_active is True
    lobby = await project.gatherings.create_gathering(
        body=CreateGatheringRequest(name="Lobby", type_=CreateGatheringRequestType.LOBBY)
    )
    member: GatheringMember = await lobby.add_member(body=AddMemberRequest(participant_id=ann.id))
    assert member.participant_id == ann.id
    assert [m.participant_id for m in await lobby.list_members()] == [ann.id]


async def test_an_object_watches_itself_and_its_nested_collections(client: CortexClient) -> None:
    project = client.project(PROJECT)
    session = await project.sessions.create_session(
        body=CreateSessionRequest(title="Watched", external_room_id="room-2")
    )
    async with session.watch() as document:
        async for snapshot in document:
            assert snapshot.id == session.id
            break
    async with session.watch_messages() as messages:
        async for first in messages:
            assert dict(first.by_id) == {}
            break


async def test_a_model_built_by_hand_has_no_client_and_says_so(client: CortexClient) -> None:
    session = await client.project(PROJECT).sessions.create_session(
        body=CreateSessionRequest(title="t", external_room_id="r")
    )
    by_hand = SessionResponse.from_dict(session.to_dict())
    assert by_hand == session and repr(by_hand) == repr(session)
    with pytest.raises(UnboundObjectError, match=r"SessionResponse\.start\(\) needs a client"):
        await by_hand.start()
    copy = pickle.loads(pickle.dumps(session))
    assert copy.id == session.id and copy.title == session.title
    with pytest.raises(UnboundObjectError):
        await copy.refresh()
    assert "_cortex_scope" not in session.to_dict()


def test_tag_groups_have_the_docs_names(client: CortexClient) -> None:
    project = client.project(PROJECT)
    assert isinstance(project.plugins, ProjectPluginInstancesApi)
    assert isinstance(project.settings, ProjectAppSettingsApi)
    assert isinstance(client.plugin_catalog, PluginsApi)
    for name in ("sessions", "gatherings", "participants", "sanctions", "webhooks", "functions"):
        assert hasattr(project, name), name
    for name in ("voice", "auth", "api_keys"):
        assert hasattr(client, name), name
    assert not hasattr(project, "plugin_instances") and not hasattr(project, "app_settings")


def test_annotation_event_data_has_the_documented_fields() -> None:
    data = MessageAnnotationCreatedEventData.from_dict(
        {"type": "toxicity", "content": {"score": 0.9}, "participantId": "p", "externalUserId": "u"}
    )
    assert (data.type_, data.participant_id, data.external_user_id) == ("toxicity", "p", "u")
    assert data.additional_properties == {}
