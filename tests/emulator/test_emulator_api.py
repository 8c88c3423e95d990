"""Emulator REST behaviour: validation, errors, auth, and the resource rules of the real API."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from cortex_client.testing import EmulatorServer, serve

# One server for the module (reset before each test) keeps the suite fast.
pytestmark = pytest.mark.asyncio(loop_scope="module")

P = "/api/projects/p1"


async def _ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json() if response.content else None


async def _participant(client: httpx.AsyncClient, user: str) -> dict[str, Any]:
    result: dict[str, Any] = await _ok(
        await client.post(f"{P}/participants", json={"externalUserId": user}), 201
    )
    return result


async def _gathering(client: httpx.AsyncClient, **fields: Any) -> dict[str, Any]:
    body = {"name": "Game night", "type": "lobby", **fields}
    result: dict[str, Any] = await _ok(await client.post(f"{P}/gatherings", json=body), 201)
    return result


# -- validation and errors -----------------------------------------------------------------


async def test_body_missing_required_field_gets_422_nest_body(client: httpx.AsyncClient) -> None:
    response = await client.post(f"{P}/sessions", json={"title": "x"})
    assert response.status_code == 422
    body = response.json()
    assert body["statusCode"] == 422 and body["error"] == "Unprocessable Entity"
    assert body["message"] == ["externalRoomId should not be empty"]


async def test_body_with_wrong_type_gets_422(client: httpx.AsyncClient) -> None:
    response = await client.post(f"{P}/sessions", json={"title": 5, "externalRoomId": "r"})
    assert response.status_code == 422
    assert response.json()["message"] == ["title must be a string"]


async def test_unknown_extra_fields_in_body_are_accepted(client: httpx.AsyncClient) -> None:
    body = {"title": "t", "externalRoomId": "r", "somethingNew": 1}
    await _ok(await client.post(f"{P}/sessions", json=body), 201)


async def test_malformed_json_body_gets_400(client: httpx.AsyncClient) -> None:
    response = await client.post(
        f"{P}/sessions", content=b"{nope", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["statusCode"] == 400


async def test_unknown_id_gets_404_nest_body(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{P}/sessions/missing")
    assert response.status_code == 404
    assert response.json() == {
        "statusCode": 404,
        "message": "Session with id 'missing' not found",
        "error": "Not Found",
    }


async def test_unknown_parent_id_gets_404(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{P}/sessions/missing/messages")
    assert response.status_code == 404


async def test_unknown_route_gets_404_cannot_message(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/nothing-here")
    assert response.status_code == 404
    assert response.json()["message"] == "Cannot GET /api/nothing-here"


@pytest.mark.parametrize("path_id", [".", "..", "%2E", "%2E%2E"])
async def test_dot_path_ids_are_not_found(server: EmulatorServer, path_id: str) -> None:
    # Raw socket: HTTP clients normalise dot segments away before sending.
    reader, writer = await asyncio.open_connection(server.host, server.port)
    request = f"GET {P}/sessions/{path_id} HTTP/1.1\r\nHost: x\r\nX-API-Key: test-key\r\n"
    writer.write((request + "Connection: close\r\n\r\n").encode())
    status_line = await reader.readline()
    writer.close()
    await writer.wait_closed()
    assert status_line.split()[1] == b"404"


async def test_literal_route_beats_parameter_route(client: httpx.AsyncClient) -> None:
    settings = await _ok(await client.get(f"{P}/functions/settings"))
    assert isinstance(settings, dict)


async def test_invalid_integer_query_gets_422(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{P}/participants", params={"limit": "many"})
    assert response.status_code == 422


# -- auth ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [{"X-API-Key": "test-key"}, {"Authorization": "ApiKey test-key"}],
    ids=["x-api-key", "authorization-apikey"],
)
async def test_api_key_is_accepted_in_both_headers(
    server: EmulatorServer, headers: dict[str, str]
) -> None:
    async with httpx.AsyncClient(base_url=server.base_url, headers=headers) as http:
        await _ok(await http.get(f"{P}/sessions"))


@pytest.mark.parametrize(
    "headers",
    [{}, {"X-API-Key": "wrong"}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic x"}],
    ids=["none", "wrong-key", "wrong-token", "basic"],
)
async def test_bad_credentials_get_401(server: EmulatorServer, headers: dict[str, str]) -> None:
    async with httpx.AsyncClient(base_url=server.base_url, headers=headers) as http:
        response = await http.get(f"{P}/sessions")
    assert response.status_code == 401
    assert response.json() == {
        "statusCode": 401,
        "message": "Unauthorized",
        "error": "Unauthorized",
    }


async def test_configured_bearer_token_is_accepted() -> None:
    async with (
        serve(tokens=["tok"]) as server,
        httpx.AsyncClient(
            base_url=server.base_url, headers={"Authorization": "Bearer tok"}
        ) as http,
    ):
        await _ok(await http.get(f"{P}/sessions"))


async def test_open_operations_need_no_credentials(server: EmulatorServer) -> None:
    async with httpx.AsyncClient(base_url=server.base_url) as http:
        await _ok(await http.get("/api"))
        await _ok(await http.post("/api/auth/login", json={}), 201)


async def test_login_token_is_accepted_afterwards(server: EmulatorServer) -> None:
    async with httpx.AsyncClient(base_url=server.base_url) as http:
        login = await _ok(await http.post("/api/auth/login", json={}), 201)
        headers = {"Authorization": f"Bearer {login['accessToken']}"}
        await _ok(await http.get("/api/auth/me", headers=headers))


async def test_bearer_only_operation_refuses_api_key(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/auth/me")
    assert response.status_code == 401


async def test_request_log_omits_credentials(
    server: EmulatorServer, client: httpx.AsyncClient
) -> None:
    await client.get(f"{P}/sessions")
    entry = server.emulator.request_log[-1]
    assert (entry.method, entry.path, entry.status) == ("GET", f"{P}/sessions", 200)
    assert entry.operation_id == "listSessions"
    assert "x-api-key" not in entry.headers
    assert "test-key" not in repr(server.emulator.request_log)
    assert "test-key" not in repr(server.emulator)


async def test_created_api_key_authenticates_until_revoked(client: httpx.AsyncClient) -> None:
    created = await _ok(await client.post("/api/api-keys", json={"name": "n", "scopes": []}), 201)
    headers = {"X-API-Key": created["key"]}
    await _ok(await client.get(f"{P}/sessions", headers=headers))
    listed = await _ok(await client.get("/api/api-keys"))
    assert all("key" not in item for item in listed)
    await _ok(await client.delete(f"/api/api-keys/{created['id']}"), 204)
    assert (await client.get(f"{P}/sessions", headers=headers)).status_code == 401


# -- CRUD ----------------------------------------------------------------------------------


async def test_crud_round_trip_with_server_fields(client: httpx.AsyncClient) -> None:
    created = await _ok(await client.post(f"{P}/functions", json={"name": "f", "code": "x"}), 201)
    assert created["id"] and created["createdAt"] and created["projectId"] == "p1"
    assert await _ok(await client.get(f"{P}/functions/{created['id']}")) == created
    updated = await _ok(await client.patch(f"{P}/functions/{created['id']}", json={"code": "y"}))
    assert updated["code"] == "y" and updated["name"] == "f"
    assert [f["id"] for f in await _ok(await client.get(f"{P}/functions"))] == [created["id"]]
    await _ok(await client.delete(f"{P}/functions/{created['id']}"), 204)
    assert (await client.get(f"{P}/functions/{created['id']}")).status_code == 404


async def test_projects_are_isolated(client: httpx.AsyncClient) -> None:
    await _ok(await client.post(f"{P}/functions", json={"name": "f"}), 201)
    assert await _ok(await client.get("/api/projects/other/functions")) == []


async def test_state_inspection_helpers(server: EmulatorServer, client: httpx.AsyncClient) -> None:
    created = await _participant(client, "u1")
    emulator = server.emulator
    assert [p["id"] for p in emulator.list("participants", "p1")] == [created["id"]]
    assert emulator.get("participants", created["id"])["externalUserId"] == "u1"
    assert emulator.list("participants", "other") == []


# -- sessions and messages -----------------------------------------------------------------


async def test_session_auto_starts_unless_told_not_to(client: httpx.AsyncClient) -> None:
    body = {"title": "t", "externalRoomId": "r"}
    started = await _ok(await client.post(f"{P}/sessions", json=body), 201)
    waiting = await _ok(await client.post(f"{P}/sessions", json={**body, "autoStart": False}), 201)
    assert started["status"] == "active"
    assert waiting["status"] == "pending"


async def test_session_start_and_stop_change_status(client: httpx.AsyncClient) -> None:
    body = {"title": "t", "externalRoomId": "r", "autoStart": False}
    session = await _ok(await client.post(f"{P}/sessions", json=body), 201)
    started = await _ok(await client.post(f"{P}/sessions/{session['id']}/start"), 201)
    stopped = await _ok(await client.post(f"{P}/sessions/{session['id']}/stop"), 201)
    assert (started["status"], stopped["status"]) == ("active", "ended")


async def test_injected_messages_are_listed_in_order(
    server: EmulatorServer, client: httpx.AsyncClient
) -> None:
    session = await _ok(
        await client.post(f"{P}/sessions", json={"title": "t", "externalRoomId": "r"}), 201
    )
    server.emulator.inject_message("p1", session["id"], "first", sender_name="Ann")
    injected = await client.post(
        f"/_emulator/projects/p1/sessions/{session['id']}/messages",
        json={"text": "second", "senderName": "Bob", "participantId": "px"},
    )
    assert injected.status_code == 201
    listed = await _ok(await client.get(f"{P}/sessions/{session['id']}/messages"))
    assert [(m["senderName"], m["content"]) for m in listed] == [
        ("Ann", "first"),
        ("Bob", "second"),
    ]


async def test_injecting_into_unknown_session_gets_404(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/_emulator/projects/p1/sessions/nope/messages", json={"text": "x"}
    )
    assert response.status_code == 404


# -- participants --------------------------------------------------------------------------


async def test_participant_create_finds_existing_external_user(client: httpx.AsyncClient) -> None:
    first = await _participant(client, "ext-1")
    again = await _participant(client, "ext-1")
    assert again["id"] == first["id"]
    listed = await _ok(await client.get(f"{P}/participants"))
    assert listed["total"] == 1


async def test_participant_list_pages_and_searches(client: httpx.AsyncClient) -> None:
    for name in ("alice", "bob", "carol", "alina"):
        await client.post(f"{P}/participants", json={"externalUserId": name, "displayName": name})
    page = await _ok(await client.get(f"{P}/participants", params={"limit": 2, "offset": 1}))
    assert [p["externalUserId"] for p in page["participants"]] == ["bob", "carol"]
    assert page["total"] == 4
    found = await _ok(await client.get(f"{P}/participants", params={"search": "AL"}))
    assert sorted(p["displayName"] for p in found["participants"]) == ["alice", "alina"]
    assert found["total"] == 2


# -- gatherings ----------------------------------------------------------------------------


async def test_join_code_matches_case_insensitively_without_hyphens(
    client: httpx.AsyncClient,
) -> None:
    gathering = await _gathering(client)
    participant = await _participant(client, "u1")
    code = gathering["joinCode"].lower()
    typed = code[:4] + "-" + code[4:]
    joined = await _ok(
        await client.post(
            f"{P}/gatherings/join", json={"joinCode": typed, "participantId": participant["id"]}
        ),
        201,
    )
    assert joined["gathering"]["id"] == gathering["id"]
    assert joined["gathering"]["memberCount"] == 1


async def test_unknown_join_code_gets_404(client: httpx.AsyncClient) -> None:
    participant = await _participant(client, "u1")
    response = await client.post(
        f"{P}/gatherings/join", json={"joinCode": "NOPE0000", "participantId": participant["id"]}
    )
    assert response.status_code == 404


async def test_member_add_ready_leave(client: httpx.AsyncClient) -> None:
    gathering = await _gathering(client)
    pid = (await _participant(client, "u1"))["id"]
    base = f"{P}/gatherings/{gathering['id']}"
    member = await _ok(await client.post(f"{base}/members", json={"participantId": pid}), 201)
    assert member["status"] == "joined"
    again = await client.post(f"{base}/members", json={"participantId": pid})
    assert again.status_code == 409
    ready = await _ok(await client.patch(f"{base}/members/{pid}", json={"status": "ready"}))
    assert ready["status"] == "ready"
    left = await _ok(await client.post(f"{base}/leave", json={"participantId": pid}), 201)
    assert left["status"] == "left"
    assert (await _ok(await client.get(base)))["memberCount"] == 0


async def test_full_gathering_refuses_members(client: httpx.AsyncClient) -> None:
    gathering = await _gathering(client, maxMembers=2)
    base = f"{P}/gatherings/{gathering['id']}/members"
    for user in ("a", "b"):
        pid = (await _participant(client, user))["id"]
        await _ok(await client.post(base, json={"participantId": pid}), 201)
    pid = (await _participant(client, "c"))["id"]
    assert (await client.post(base, json={"participantId": pid})).status_code == 409


async def test_invitations_accept_decline_revoke(client: httpx.AsyncClient) -> None:
    gathering = await _gathering(client)
    base = f"{P}/gatherings/{gathering['id']}"
    people = [{"email": f"{n}@example.com"} for n in ("a", "b", "c")]
    sent = await _ok(await client.post(f"{base}/invitations", json={"participants": people}), 201)
    assert [i["status"] for i in sent] == ["pending"] * 3
    pid = (await _participant(client, "a"))["id"]
    accepted = await _ok(
        await client.post(
            f"{P}/gatherings/invitations/{sent[0]['id']}/accept", json={"participantId": pid}
        ),
        201,
    )
    assert accepted["gathering"]["memberCount"] == 1
    declined = await _ok(
        await client.post(
            f"{P}/gatherings/invitations/{sent[1]['id']}/decline", json={"participantId": "x"}
        ),
        201,
    )
    assert declined["status"] == "declined"
    await _ok(await client.delete(f"{base}/invitations/{sent[2]['id']}"), 204)
    listed = await _ok(await client.get(f"{base}/invitations"))
    assert [i["status"] for i in listed] == ["accepted", "declined", "revoked"]
    again = await client.post(
        f"{P}/gatherings/invitations/{sent[0]['id']}/accept", json={"participantId": pid}
    )
    assert again.status_code == 409


async def test_gathering_lifecycle_rules(client: httpx.AsyncClient) -> None:
    gathering = await _gathering(client)
    base = f"{P}/gatherings/{gathering['id']}"
    assert (await client.post(f"{base}/end")).status_code == 409
    started = await _ok(await client.post(f"{base}/start", json={"roomId": "room-1"}), 201)
    assert (started["status"], started["roomId"]) == ("started", "room-1")
    assert (await client.post(f"{base}/cancel")).status_code == 409
    ended = await _ok(await client.post(f"{base}/end"), 201)
    assert ended["status"] == "ended"
    pid = (await _participant(client, "late"))["id"]
    late = await client.post(f"{base}/members", json={"participantId": pid})
    assert late.status_code == 409


async def test_pending_gathering_can_be_cancelled(client: httpx.AsyncClient) -> None:
    gathering = await _gathering(client)
    cancelled = await _ok(await client.post(f"{P}/gatherings/{gathering['id']}/cancel"), 201)
    assert cancelled["status"] == "cancelled"


async def test_gathering_start_with_auto_session_creates_session(
    client: httpx.AsyncClient,
) -> None:
    gathering = await _gathering(client, autoStartSession=True)
    started = await _ok(await client.post(f"{P}/gatherings/{gathering['id']}/start"), 201)
    session = await _ok(await client.get(f"{P}/sessions/{started['sessionId']}"))
    assert session["status"] == "active"


async def test_gathering_list_filters_by_status(client: httpx.AsyncClient) -> None:
    first = await _gathering(client)
    await _gathering(client)
    await client.post(f"{P}/gatherings/{first['id']}/start")
    started = await _ok(await client.get(f"{P}/gatherings", params={"status": "started"}))
    assert [g["id"] for g in started] == [first["id"]]


# -- sanctions -----------------------------------------------------------------------------


async def test_sanction_create_update_revoke_keeps_record(client: httpx.AsyncClient) -> None:
    pid = (await _participant(client, "troll"))["id"]
    created = await _ok(
        await client.post(f"{P}/sanctions", json={"type": "mute", "participantId": pid}), 201
    )
    assert created["isActive"] is True and created["participant"]["id"] == pid
    updated = await _ok(
        await client.patch(f"{P}/sanctions/{created['id']}", json={"reason": "spam"})
    )
    assert updated["reason"] == "spam"
    revoked = await _ok(await client.post(f"{P}/sanctions/{created['id']}/revoke", json={}), 201)
    assert (revoked["isActive"], revoked["status"]) == (False, "revoked")
    assert (await client.post(f"{P}/sanctions/{created['id']}/revoke", json={})).status_code == 409
    listed = await _ok(await client.get(f"{P}/sanctions"))
    assert listed["total"] == 1


async def test_sanction_list_filters_by_is_active(client: httpx.AsyncClient) -> None:
    kept = await _ok(await client.post(f"{P}/sanctions", json={"type": "warn"}), 201)
    gone = await _ok(await client.post(f"{P}/sanctions", json={"type": "warn"}), 201)
    await client.post(f"{P}/sanctions/{gone['id']}/revoke", json={})
    active = await _ok(await client.get(f"{P}/sanctions", params={"isActive": "true"}))
    assert [s["id"] for s in active["sanctions"]] == [kept["id"]]


async def test_sanction_for_unknown_participant_gets_404(client: httpx.AsyncClient) -> None:
    response = await client.post(f"{P}/sanctions", json={"type": "mute", "participantId": "x"})
    assert response.status_code == 404
