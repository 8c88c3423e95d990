"""Emulator fault injection: failing statuses, latency, dropped and stalled streams."""

from __future__ import annotations

import asyncio
import time
import uuid

import httpx
import pytest

from cortex_client.testing import EmulatorServer

pytestmark = pytest.mark.asyncio(loop_scope="module")

P = "/api/projects/p1"


async def _create_session(client: httpx.AsyncClient, project: str) -> None:
    response = await client.post(
        f"/api/projects/{project}/sessions", json={"title": "t", "externalRoomId": "r"}
    )
    assert response.status_code == 201


async def test_next_request_gets_429_with_retry_after(
    server: EmulatorServer, client: httpx.AsyncClient
) -> None:
    server.emulator.fail_next(1, 429)
    failed = await client.get(f"{P}/sessions")
    recovered = await client.get(f"{P}/sessions")
    assert failed.status_code == 429
    assert failed.headers["retry-after"] == "1"
    assert failed.json()["statusCode"] == 429 and failed.json()["error"] == "Too Many Requests"
    assert recovered.status_code == 200


async def test_retry_after_value_is_configurable(
    server: EmulatorServer, client: httpx.AsyncClient
) -> None:
    server.emulator.fail_next(2, 503, retry_after=7)
    first = await client.get(f"{P}/sessions")
    second = await client.get(f"{P}/sessions")
    assert [first.status_code, second.status_code] == [503, 503]
    assert first.headers["retry-after"] == "7"


async def test_500_has_nest_body_and_no_retry_after(
    server: EmulatorServer, client: httpx.AsyncClient
) -> None:
    server.emulator.fail_next(1, 500)
    response = await client.get(f"{P}/sessions")
    assert response.status_code == 500
    assert "retry-after" not in response.headers
    assert response.json()["message"] == "Internal server error"


async def test_faults_can_target_a_method_and_path_prefix(
    server: EmulatorServer, client: httpx.AsyncClient
) -> None:
    server.emulator.fail_next(1, 503, method="POST", path_prefix=f"{P}/sessions")
    assert (await client.get(f"{P}/sessions")).status_code == 200
    assert (await client.post(f"{P}/participants", json={"externalUserId": "u"})).status_code == 201
    failed = await client.post(f"{P}/sessions", json={"title": "t", "externalRoomId": "r"})
    assert failed.status_code == 503


async def test_random_faults_are_reproducible_with_a_seed(
    server: EmulatorServer, client: httpx.AsyncClient
) -> None:
    outcomes = []
    for _ in range(2):
        server.emulator.reset_faults()
        server.emulator.fail_randomly(0.5, 503, seed=42)
        outcomes.append([(await client.get(f"{P}/sessions")).status_code for _ in range(20)])
    assert outcomes[0] == outcomes[1]
    assert set(outcomes[0]) == {200, 503}


async def test_latency_delays_responses(server: EmulatorServer, client: httpx.AsyncClient) -> None:
    server.emulator.add_latency(0.2, path_prefix=f"{P}/sessions")
    started = time.monotonic()
    response = await client.get(f"{P}/sessions")
    assert response.status_code == 200
    assert time.monotonic() - started >= 0.15


async def test_reset_faults_removes_them(server: EmulatorServer, client: httpx.AsyncClient) -> None:
    server.emulator.fail_next(5, 500)
    server.emulator.reset_faults()
    assert (await client.get(f"{P}/sessions")).status_code == 200


async def test_faults_route_adds_and_resets_faults(client: httpx.AsyncClient) -> None:
    added = await client.post(
        "/_emulator/faults", json={"kind": "status", "status": 503, "times": 3}
    )
    assert added.status_code == 204
    assert (await client.get(f"{P}/sessions")).status_code == 503
    assert (await client.delete("/_emulator/faults")).status_code == 204
    assert (await client.get(f"{P}/sessions")).status_code == 200


async def test_faults_route_rejects_unknown_kind(client: httpx.AsyncClient) -> None:
    response = await client.post("/_emulator/faults", json={"kind": "meteor"})
    assert response.status_code == 400


async def _stream_text(
    client: httpx.AsyncClient, server: EmulatorServer, project: str, events: int
) -> str:
    """Open the project's stream, cause ``events`` mutations, return all it sent until EOF."""
    async with client.stream("GET", f"/api/projects/{project}/events/stream") as response:
        await server.emulator.wait_until(lambda: server.emulator.stream_connections(project) == 1)
        for _ in range(events):
            await _create_session(client, project)
        async with asyncio.timeout(5):
            return (await response.aread()).decode()


async def test_stream_drops_after_k_events(
    server: EmulatorServer, client: httpx.AsyncClient
) -> None:
    project = uuid.uuid4().hex
    server.emulator.drop_streams(after_events=2)
    text = await _stream_text(client, server, project, 3)
    assert text.count("data: ") == 2
    assert text.endswith("\n\n")


async def test_stream_drops_in_the_middle_of_an_event(
    server: EmulatorServer, client: httpx.AsyncClient
) -> None:
    project = uuid.uuid4().hex
    server.emulator.drop_streams(after_events=1, mid_event=True)
    text = await _stream_text(client, server, project, 2)
    complete, _, partial = text.rpartition("\n\n")
    assert complete.count("data: ") == 1
    assert partial and not partial.endswith("\n")


async def test_drop_applies_to_the_next_stream_only(
    server: EmulatorServer, client: httpx.AsyncClient
) -> None:
    server.emulator.drop_streams(after_events=0)
    first = await _stream_text(client, server, uuid.uuid4().hex, 0)
    assert first == ": connected\n\n"
    project = uuid.uuid4().hex
    async with client.stream("GET", f"/api/projects/{project}/events/stream") as response:
        await _create_session(client, project)
        chunks = response.aiter_text()
        received = ""
        async with asyncio.timeout(5):
            while "data: " not in received:
                received += await anext(chunks)


async def test_stalled_stream_stays_silent_until_released(
    server: EmulatorServer, client: httpx.AsyncClient
) -> None:
    # Long enough that no heartbeat is in flight when the stall starts, short enough that one
    # would be due inside the silent window below.
    server.emulator.heartbeat_interval = 0.2
    project = uuid.uuid4().hex
    received: asyncio.Queue[str] = asyncio.Queue()

    async def pump(response: httpx.Response) -> None:
        # A cancelled httpx read breaks the stream, so waiting with a timeout happens on a queue.
        async for chunk in response.aiter_text():
            received.put_nowait(chunk)

    async with client.stream("GET", f"/api/projects/{project}/events/stream") as response:
        reader = asyncio.create_task(pump(response))
        try:
            assert (await asyncio.wait_for(received.get(), 5)).startswith(": connected")
            server.emulator.stall_streams()
            await _create_session(client, project)
            while not received.empty():  # a heartbeat may have been in flight before the stall
                received.get_nowait()
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(received.get(), 0.3)
            assert server.emulator.stream_connections(project) == 1
            server.emulator.release_streams()
            text = ""
            while "session.created" not in text:
                text += await asyncio.wait_for(received.get(), 5)
        finally:
            reader.cancel()


async def test_stall_with_duration_ends_by_itself(
    server: EmulatorServer, client: httpx.AsyncClient
) -> None:
    project = uuid.uuid4().hex
    async with client.stream("GET", f"/api/projects/{project}/events/stream") as response:
        chunks = response.aiter_text()
        await anext(chunks)
        server.emulator.stall_streams(duration=0.2)
        await _create_session(client, project)
        received = ""
        async with asyncio.timeout(5):
            while "session.created" not in received:
                received += await anext(chunks)


async def test_stream_connect_can_be_refused_with_429(
    server: EmulatorServer, client: httpx.AsyncClient
) -> None:
    server.emulator.fail_next(1, 429, path_prefix="/api/events/stream")
    response = await client.get("/api/events/stream")
    assert response.status_code == 429
