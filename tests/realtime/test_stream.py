"""EventStream against the emulator on a loopback port: typed events, one shared connection,
reconnects (drops, stalls, 5xx), terminal errors, cancellation, and trio."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AsyncExitStack, contextmanager
from typing import Any

import anyio
import httpx
import pytest

from cortex_client import CortexClient
from cortex_client._errors import AuthenticationError
from cortex_client._events import parse_event
from cortex_client._generated.models import (
    CreateSessionRequest,
    DomainEventEnvelope,
    SessionCreatedEvent,
)
from cortex_client._stream import open_event_stream
from cortex_client._watch import watch_collection
from cortex_client.testing import EmulatorServer, serve
from cortex_client.testing.pytest_plugin import DEFAULT_API_KEY as API_KEY

PROJECT = "proj-stream"
WAIT = 10.0


async def create_session(client: CortexClient, title: str = "s") -> str:
    body = CreateSessionRequest(title=title, external_room_id="room")
    session = await client.sessions.create_session(PROJECT, body=body)
    return session.id


def emit_custom(server: EmulatorServer, event_type: str, n: int = 0) -> dict[str, Any]:
    return server.emulator.emit(
        event_type, "occurred", {"n": n}, project_id=PROJECT, resource_id=f"thing:{n}"
    )


async def next_event(events: Any) -> Any:
    with anyio.fail_after(WAIT):
        return await anext(aiter(events))


async def test_events_arrive_as_typed_models(client: CortexClient) -> None:
    async with open_event_stream(client, PROJECT) as events:
        await create_session(client, "typed")
        event = await next_event(events)
    assert isinstance(event, SessionCreatedEvent)
    assert event.payload.data.title == "typed"


async def test_unknown_event_type_arrives_as_envelope(
    client: CortexClient, server: EmulatorServer
) -> None:
    async with open_event_stream(client, PROJECT) as events:
        await server.emulator.wait_until(lambda: server.emulator.stream_connections(PROJECT) == 1)
        emit_custom(server, "brand.new.thing")
        event = await next_event(events)
    assert isinstance(event, DomainEventEnvelope)
    assert event.type_ == "brand.new.thing"


async def test_types_filter_keeps_only_requested_types(
    client: CortexClient, server: EmulatorServer
) -> None:
    async with open_event_stream(client, PROJECT, types={"wanted.thing"}) as events:
        await server.emulator.wait_until(lambda: server.emulator.stream_connections(PROJECT) == 1)
        emit_custom(server, "other.thing", 1)
        emit_custom(server, "wanted.thing", 2)
        event = await next_event(events)
    assert event.type_ == "wanted.thing"


async def test_five_watchers_and_two_streams_share_one_connection(
    client: CortexClient, server: EmulatorServer
) -> None:
    emulator = server.emulator
    async with (
        open_event_stream(client, PROJECT) as first,
        open_event_stream(client, PROJECT) as second,
        AsyncExitStack() as stack,
    ):
        for _ in range(5):
            watch = await stack.enter_async_context(watch_collection(client, PROJECT, "sessions"))
            with anyio.fail_after(WAIT):
                await anext(aiter(watch))
        await create_session(client)
        assert isinstance(await next_event(first), SessionCreatedEvent)
        assert isinstance(await next_event(second), SessionCreatedEvent)
        assert emulator.stream_connections(PROJECT) == 1
        assert emulator.stream_connections_opened(PROJECT) == 1
    await emulator.wait_until(lambda: emulator.stream_connections(PROJECT) == 0, WAIT)


async def test_remaining_stream_keeps_receiving_after_the_first_subscriber_leaves(
    client: CortexClient, server: EmulatorServer
) -> None:
    async with open_event_stream(client, PROJECT) as staying:
        async with open_event_stream(client, PROJECT):
            await server.emulator.wait_until(
                lambda: server.emulator.stream_connections(PROJECT) == 1
            )
        emit_custom(server, "after.leave", 1)
        event = await next_event(staying)
        assert event.type_ == "after.leave"
        assert server.emulator.stream_connections(PROJECT) == 1


async def test_reconnects_after_a_drop_and_resumes_with_last_event_id(
    client: CortexClient, server: EmulatorServer
) -> None:
    emulator = server.emulator
    emulator.drop_streams(after_events=2)
    async with open_event_stream(client, PROJECT) as events:
        await emulator.wait_until(lambda: emulator.stream_connections(PROJECT) == 1)
        sent = [emit_custom(server, "seq.thing", n)["id"] for n in range(5)]
        received = [(await next_event(events)).id for _ in range(5)]
    assert received == sent
    assert emulator.stream_connections_opened(PROJECT) == 2
    resumed = [r for r in emulator.request_log if r.path.endswith("/events/stream")][-1]
    assert resumed.headers.get("last-event-id") == "2"


async def test_reconnects_after_a_drop_in_the_middle_of_an_event(
    client: CortexClient, server: EmulatorServer
) -> None:
    emulator = server.emulator
    emulator.drop_streams(after_events=1, mid_event=True)
    async with open_event_stream(client, PROJECT) as events:
        await emulator.wait_until(lambda: emulator.stream_connections(PROJECT) == 1)
        sent = [emit_custom(server, "cut.thing", n)["id"] for n in range(3)]
        received = [(await next_event(events)).id for _ in range(3)]
    assert received == sent


async def test_server_errors_on_connect_are_retried_until_the_stream_opens(
    client: CortexClient, server: EmulatorServer
) -> None:
    emulator = server.emulator
    emulator.fail_next(4, 503, path_prefix=f"/api/projects/{PROJECT}/events/stream")
    async with open_event_stream(client, PROJECT) as events:
        await emulator.wait_until(lambda: emulator.stream_connections(PROJECT) == 1, WAIT)
        emit_custom(server, "after.errors")
        assert (await next_event(events)).type_ == "after.errors"


async def test_unauthorised_stream_ends_with_authentication_error(
    server: EmulatorServer,
) -> None:
    async with (
        CortexClient(server.base_url, api_key="wrong-key") as bad,
        open_event_stream(bad, PROJECT) as events,
    ):
        with pytest.raises(AuthenticationError), anyio.fail_after(WAIT):
            await anext(aiter(events))
    assert "wrong-key" not in repr(events)


async def test_stalled_stream_reconnects_after_the_idle_timeout(
    client: CortexClient, server: EmulatorServer
) -> None:
    emulator = server.emulator
    async with open_event_stream(client, PROJECT, idle_timeout=0.5) as events:
        await emulator.wait_until(lambda: emulator.stream_connections(PROJECT) == 1)
        emulator.stall_streams()
        await emulator.wait_until(lambda: emulator.stream_connections_opened(PROJECT) >= 2, WAIT)
        emulator.release_streams()
        emit_custom(server, "after.stall")
        assert (await next_event(events)).type_ == "after.stall"


async def test_cancelling_a_consumer_leaves_no_task_and_no_connection(
    client: CortexClient, server: EmulatorServer
) -> None:
    emulator = server.emulator
    before = asyncio.all_tasks()

    async def consume() -> None:
        async with (
            open_event_stream(client, PROJECT) as events,
            watch_collection(client, PROJECT, "sessions") as watch,
        ):
            await anext(aiter(watch))
            async for _ in events:
                pass

    task = asyncio.create_task(consume())
    await emulator.wait_until(lambda: emulator.stream_connections(PROJECT) == 1, WAIT)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await emulator.wait_until(lambda: emulator.stream_connections(PROJECT) == 0, WAIT)
    await eventually(lambda: not asyncio.all_tasks() - before - {asyncio.current_task()})


async def test_an_event_id_seen_before_is_delivered_once() -> None:
    body = emit_frame("first.thing") + emit_frame("first.thing") + emit_frame("second.thing")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with (
        CortexClient("http://cortex.test", api_key=API_KEY, httpx_client=http) as mocked,
        open_event_stream(mocked, PROJECT) as events,
    ):
        received = [(await next_event(events)).type_, (await next_event(events)).type_]
    assert received == ["first.thing", "second.thing"]


async def test_non_json_data_is_skipped_and_the_stream_goes_on() -> None:
    good = emit_frame("good.thing")
    body = b": hi\n\ndata: not json\n\ndata: [1]\n\n" + good

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with (
        CortexClient("http://cortex.test", api_key=API_KEY, httpx_client=http) as mocked,
        open_event_stream(mocked, PROJECT) as events,
    ):
        assert (await next_event(events)).type_ == "good.thing"


async def eventually(predicate: Callable[[], bool], within: float = WAIT) -> None:
    """Wait until ``predicate()`` holds (checked every 10 ms); fail after ``within`` seconds."""
    for _ in range(int(within / 0.01)):
        if predicate():
            return
        await anyio.sleep(0.01)
    raise AssertionError("condition not met in time")


def emit_frame(event_type: str) -> bytes:
    event = {
        "id": "e-" + event_type,
        "type": event_type,
        "source": "cortex:api",
        "tenantId": "t",
        "resourceId": "thing:1",
        "timestamp": "2024-01-01T00:00:00.000Z",
        "payload": {"action": "occurred", "data": {}},
    }
    assert parse_event(event).id == event["id"]
    return b"id: 1\ndata: " + json.dumps(event).encode() + b"\n\n"


# -- trio: the emulator is asyncio-only, so it runs in a thread with its own loop ----------


@contextmanager
def emulator_in_thread() -> Iterator[EmulatorServer]:
    """The emulator served from a background asyncio loop, for tests on another event loop."""
    ready = threading.Event()
    box: dict[str, Any] = {}

    async def main() -> None:
        box["stop"] = asyncio.Event()
        async with serve(api_keys=[API_KEY], heartbeat_interval=15.0) as running:
            box["server"] = running
            box["loop"] = asyncio.get_running_loop()
            ready.set()
            await box["stop"].wait()

    thread = threading.Thread(target=asyncio.run, args=(main(),), daemon=True)
    thread.start()
    if not ready.wait(WAIT):
        raise RuntimeError("emulator thread did not start")
    try:
        yield box["server"]
    finally:
        box["loop"].call_soon_threadsafe(box["stop"].set)
        thread.join(WAIT)


def test_stream_delivers_typed_events_on_trio() -> None:
    with emulator_in_thread() as running:

        async def main() -> Any:
            async with (
                CortexClient(running.base_url, api_key=API_KEY) as trio_client,
                open_event_stream(trio_client, PROJECT) as events,
            ):
                assert running.emulator.stream_connections(PROJECT) == 1
                await create_session(trio_client, "on trio")
                return await next_event(events)

        event = anyio.run(main, backend="trio")
        assert wait_in_thread(lambda: running.emulator.stream_connections(PROJECT) == 0)
    assert isinstance(event, SessionCreatedEvent)
    assert event.payload.data.title == "on trio"


def wait_in_thread(predicate: Callable[[], bool], within: float = WAIT) -> bool:
    """Poll ``predicate`` from a thread without an event loop; True once it holds."""
    deadline = time.monotonic() + within
    pause = threading.Event()
    while not predicate():
        if time.monotonic() > deadline:
            return False
        pause.wait(0.01)
    return True


async def test_the_streams_error_leaves_the_block_unwrapped(server: EmulatorServer) -> None:
    async with CortexClient(server.base_url, api_key="wrong-key") as bad:
        with pytest.raises(AuthenticationError), anyio.fail_after(WAIT):
            async with open_event_stream(bad, PROJECT) as events:
                async for _ in events:
                    pass
