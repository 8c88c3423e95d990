"""Emulator event streams: order, ids, changes, resume, heartbeats, filtering, counting."""

from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any

import httpx
import pytest

from cortex_client.testing import EmulatorServer, serve

pytestmark = pytest.mark.asyncio(loop_scope="module")

KEY = {"X-API-Key": "test-key"}


class SSEReader:
    """Reads blank-line separated SSE blocks from a streaming response."""

    def __init__(self, response: httpx.Response) -> None:
        self._chunks = response.aiter_text()
        self._buffer = ""

    async def block(self, within: float = 5.0) -> str:
        async with asyncio.timeout(within):
            while "\n\n" not in self._buffer:
                self._buffer += await anext(self._chunks)
        block, self._buffer = self._buffer.split("\n\n", 1)
        return block

    async def event(self, within: float = 5.0) -> tuple[int, dict[str, Any]]:
        while True:
            block = await self.block(within)
            if block.startswith(":"):
                continue
            fields = dict(line.split(": ", 1) for line in block.split("\n"))
            return int(fields["id"]), json.loads(fields["data"])


@pytest.fixture
def pid() -> str:
    return "p-" + uuid.uuid4().hex[:8]


async def _open(
    client: httpx.AsyncClient,
    server: EmulatorServer,
    project: str | None,
    headers: dict[str, str] | None = None,
) -> tuple[Any, SSEReader]:
    path = f"/api/projects/{project}/events/stream" if project else "/api/events/stream"
    before = server.emulator.stream_connections_opened(project)
    context = client.stream("GET", path, headers=headers)
    response = await context.__aenter__()
    assert response.status_code == 200
    # The subscription exists once the server counted the connection.
    await server.emulator.wait_until(
        lambda: server.emulator.stream_connections_opened(project) > before
    )
    return context, SSEReader(response)


async def _session(client: httpx.AsyncClient, project: str) -> dict[str, Any]:
    response = await client.post(
        f"/api/projects/{project}/sessions", json={"title": "t", "externalRoomId": "r"}
    )
    assert response.status_code == 201
    result: dict[str, Any] = response.json()
    return result


async def test_mutations_stream_in_order_with_increasing_ids(
    server: EmulatorServer, client: httpx.AsyncClient, pid: str
) -> None:
    context, reader = await _open(client, server, pid)
    session = await _session(client, pid)
    await client.post(f"/api/projects/{pid}/sessions/{session['id']}/stop")
    server.emulator.inject_message(pid, session["id"], "hi")
    await client.delete(f"/api/projects/{pid}/sessions/{session['id']}")
    seen = [await reader.event() for _ in range(4)]
    await context.__aexit__(None, None, None)
    ids = [event_id for event_id, _ in seen]
    assert ids == sorted(ids) and len(set(ids)) == 4
    assert [e["type"] for _, e in seen] == [
        "session.created",
        "session.updated",
        "message.created",
        "session.deleted",
    ]
    first = seen[0][1]
    assert first["resourceId"] == f"session:{session['id']}"
    assert first["projectId"] == pid and first["tenantId"] and first["source"] == "cortex:api"
    assert first["payload"] == {"action": "created", "data": session}
    assert seen[2][1]["source"] == "cortex:bot"


async def test_update_event_carries_previous_values(
    server: EmulatorServer, client: httpx.AsyncClient, pid: str
) -> None:
    created = await client.post(
        f"/api/projects/{pid}/participants", json={"externalUserId": "u", "displayName": "Old"}
    )
    participant = created.json()
    context, reader = await _open(client, server, pid)
    await client.patch(
        f"/api/projects/{pid}/participants/{participant['id']}", json={"displayName": "New"}
    )
    _, event = await reader.event()
    await context.__aexit__(None, None, None)
    assert event["type"] == "participant.updated"
    assert event["payload"]["action"] == "updated"
    assert event["payload"]["changes"] == {"displayName": "Old"}
    assert event["payload"]["data"]["displayName"] == "New"


async def test_last_event_id_resumes_after_that_event(
    server: EmulatorServer, client: httpx.AsyncClient, pid: str
) -> None:
    context, reader = await _open(client, server, pid)
    await _session(client, pid)
    first_id, _ = await reader.event()
    await context.__aexit__(None, None, None)
    missed = [await _session(client, pid) for _ in range(2)]
    context, reader = await _open(client, server, pid, {"Last-Event-ID": str(first_id)})
    replayed = [await reader.event() for _ in range(2)]
    await context.__aexit__(None, None, None)
    assert [e["payload"]["data"]["id"] for _, e in replayed] == [s["id"] for s in missed]
    assert [i for i, _ in replayed] == [first_id + 1, first_id + 2]


async def test_unknown_last_event_id_starts_from_now(
    server: EmulatorServer, client: httpx.AsyncClient, pid: str
) -> None:
    await _session(client, pid)
    context, reader = await _open(client, server, pid, {"Last-Event-ID": "999999999"})
    fresh = await _session(client, pid)
    _, event = await reader.event()
    await context.__aexit__(None, None, None)
    assert event["payload"]["data"]["id"] == fresh["id"]


async def test_idle_stream_sends_heartbeat_comments(
    server: EmulatorServer, client: httpx.AsyncClient, pid: str
) -> None:
    server.emulator.heartbeat_interval = 0.05
    context, reader = await _open(client, server, pid)
    blocks = [await reader.block() for _ in range(3)]
    await context.__aexit__(None, None, None)
    assert ": ping" in blocks


async def test_project_stream_sees_only_its_project(
    server: EmulatorServer, client: httpx.AsyncClient, pid: str
) -> None:
    context, reader = await _open(client, server, pid)
    await _session(client, "someone-else")
    mine = await _session(client, pid)
    _, event = await reader.event()
    await context.__aexit__(None, None, None)
    assert event["payload"]["data"]["id"] == mine["id"]


async def test_tenant_stream_sees_every_project(
    server: EmulatorServer, client: httpx.AsyncClient, pid: str
) -> None:
    context, reader = await _open(client, server, None)
    await _session(client, pid)
    await _session(client, pid + "-b")
    projects = [(await reader.event())[1]["projectId"] for _ in range(2)]
    await context.__aexit__(None, None, None)
    assert projects == [pid, pid + "-b"]


async def test_open_connections_are_counted_per_project(
    server: EmulatorServer, client: httpx.AsyncClient, pid: str
) -> None:
    emulator = server.emulator
    first, _ = await _open(client, server, pid)
    second, _ = await _open(client, server, pid)
    assert emulator.stream_connections(pid) == 2
    assert emulator.stream_connections(pid + "-other") == 0
    await first.__aexit__(None, None, None)
    await second.__aexit__(None, None, None)
    await emulator.wait_until(lambda: emulator.stream_connections(pid) == 0)
    assert emulator.stream_connections_opened(pid) == 2


async def test_stream_needs_credentials(server: EmulatorServer, pid: str) -> None:
    async with httpx.AsyncClient(base_url=server.base_url) as http:
        response = await http.get(f"/api/projects/{pid}/events/stream")
    assert response.status_code == 401


async def test_shutdown_is_not_blocked_by_an_open_stream() -> None:
    async with serve(api_keys=["k"]) as running:
        http = httpx.AsyncClient(base_url=running.base_url, headers={"X-API-Key": "k"})
        context = http.stream("GET", "/api/events/stream")
        response = await context.__aenter__()
        await running.emulator.wait_until(lambda: running.emulator.stream_connections() == 1)
        exit_started = asyncio.get_running_loop().time()
    elapsed = asyncio.get_running_loop().time() - exit_started
    body = await response.aread()
    await context.__aexit__(None, None, None)
    await http.aclose()
    assert body.startswith(b": connected")
    assert elapsed < 2.0
