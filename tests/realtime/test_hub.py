"""The client owns its event-stream connections: views share them, two clients never do, and
closing the client ends its streams and watches. Reconnects use the package's one backoff."""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from cortex_client import CortexClient, CortexError, RetryPolicy
from cortex_client._hub import Backoff
from cortex_client._retry import backoff_delay
from cortex_client._watch import watch_collection
from cortex_client.testing import EmulatorServer
from cortex_client.testing.pytest_plugin import DEFAULT_API_KEY as API_KEY

PROJECT = "proj-hub"
WAIT = 10.0


def emit(server: EmulatorServer, n: int) -> None:
    server.emulator.emit(
        "test.thing", "occurred", {"n": n}, project_id=PROJECT, resource_id=f"thing:{n}"
    )


async def next_event(events: Any) -> Any:
    with anyio.fail_after(WAIT):
        return await anext(aiter(events))


async def test_a_view_streams_over_its_clients_connection(
    client: CortexClient, server: EmulatorServer
) -> None:
    view = client.with_options(max_retries=0)
    async with client.stream_events(PROJECT) as events, view.stream_events(PROJECT) as seen:
        assert server.emulator.stream_connections(PROJECT) == 1
        emit(server, 1)
        assert (await next_event(events)).id == (await next_event(seen)).id


async def test_closing_a_view_leaves_the_clients_streams_running(
    client: CortexClient, server: EmulatorServer
) -> None:
    view = client.with_options(max_retries=0)
    async with view.stream_events(PROJECT) as events:
        await view.aclose()
        emit(server, 1)
        assert (await next_event(events)).type_ == "test.thing"


async def test_two_clients_never_share_a_connection(
    client: CortexClient, server: EmulatorServer
) -> None:
    async with (
        CortexClient(server.base_url, api_key=API_KEY) as other,
        client.stream_events(PROJECT),
        other.stream_events(PROJECT),
    ):
        assert server.emulator.stream_connections(PROJECT) == 2


async def test_closing_the_client_ends_its_streams_and_watches(server: EmulatorServer) -> None:
    client = CortexClient(server.base_url, api_key=API_KEY)
    async with (
        client.stream_events(PROJECT) as events,
        watch_collection(client, PROJECT, "sessions") as watch,
    ):
        snapshots = aiter(watch)
        with anyio.fail_after(WAIT):
            await anext(snapshots)
        await client.aclose()
        with anyio.fail_after(WAIT):
            assert [event async for event in events] == []
            assert [snapshot async for snapshot in snapshots] == []
    assert watch.error is None
    emulator = server.emulator
    await emulator.wait_until(lambda: emulator.stream_connections(PROJECT) == 0, WAIT)


async def test_a_closed_client_refuses_to_stream(server: EmulatorServer) -> None:
    client = CortexClient(server.base_url, api_key=API_KEY)
    await client.aclose()
    with pytest.raises(CortexError, match="closed"):
        async with client.stream_events(PROJECT):
            pass


@pytest.mark.parametrize("failures", [0, 1, 3, 10, 100])
@pytest.mark.parametrize("rand", [0.0, 0.3, 0.999])
def test_reconnects_use_the_retry_policys_backoff_formula(failures: int, rand: float) -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=30.0, jitter="equal")
    backoff = Backoff(initial=0.5, cap=30.0)
    assert backoff.delay(failures, 0.0, rand) == backoff_delay(policy, failures, rand)
    assert backoff.delay(failures, 29.0, rand) == max(29.0, backoff_delay(policy, failures, rand))
