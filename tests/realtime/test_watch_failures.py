"""Issue 13 item 1: a watch's failures are never silent (first-sync budget, per-failure
reports, WARNING logs, connection state, oversize events skipped), against loopback servers."""

from __future__ import annotations

import logging
from typing import Any

import anyio
import pytest

from cortex_client import CortexClient
from cortex_client._errors import APIConnectionError, InternalServerError
from cortex_client._generated.models import CreateSessionRequest
from cortex_client._hub import Backoff
from cortex_client._watch import CollectionWatch, Phase, Snapshot
from cortex_client.testing import EmulatorServer
from cortex_client.testing.pytest_plugin import DEFAULT_API_KEY as API_KEY
from tests.realtime.test_watch import next_snapshot

PROJECT = "proj-failures"
WAIT = 10.0
FAST = Backoff(initial=0.05, cap=0.2)
STREAM = f"/api/projects/{PROJECT}/events/stream"
SESSIONS = f"/api/projects/{PROJECT}/sessions"


async def add_session(client: CortexClient, title: str) -> str:
    body = CreateSessionRequest(title=title, external_room_id="room")
    return (await client.sessions.create_session(PROJECT, body=body)).id


async def test_a_wrong_base_url_fails_the_first_sync_with_the_connection_error() -> None:
    errors: list[BaseException] = []
    async with CortexClient("http://127.0.0.1:1", api_key=API_KEY, max_retries=0) as client:
        watch: CollectionWatch[Any] = CollectionWatch(
            client, PROJECT, "sessions", first_sync_timeout=1.0, backoff=FAST
        )
        watch.on_error(errors.append)
        async with watch:
            assert watch.phase in (Phase.CONNECTING, Phase.LISTING)
            with pytest.raises(APIConnectionError), anyio.fail_after(WAIT):
                async for _ in watch:
                    pass
    assert [type(e) for e in errors] == [APIConnectionError]
    assert watch.error is errors[0]
    assert watch.error is not None and not watch.connected


async def test_a_list_that_keeps_failing_fails_the_first_sync_with_the_status_error(
    server: EmulatorServer,
) -> None:
    server.emulator.fail_next(10_000, 500, method="GET", path_prefix=SESSIONS)
    errors: list[BaseException] = []
    async with CortexClient(server.base_url, api_key=API_KEY, max_retries=0) as client:
        watch: CollectionWatch[Any] = CollectionWatch(
            client, PROJECT, "sessions", first_sync_timeout=1.0, backoff=FAST
        )
        watch.on_error(errors.append)
        async with watch:
            with pytest.raises(InternalServerError), anyio.fail_after(WAIT):
                await next_snapshot(aiter(watch))
    assert [type(e) for e in errors] == [InternalServerError]
    assert watch.current is None


async def test_failed_reconnects_are_reported_and_logged_while_the_watch_retries(
    server: EmulatorServer, caplog: pytest.LogCaptureFixture
) -> None:
    emulator = server.emulator
    errors: list[BaseException] = []
    async with CortexClient(server.base_url, api_key=API_KEY, max_retries=0) as client:
        watch: CollectionWatch[Any] = CollectionWatch(
            client, PROJECT, "sessions", idle_timeout=0.3, backoff=FAST
        )
        watch.on_error(errors.append)
        async with watch:
            snapshots = aiter(watch)
            await next_snapshot(snapshots)
            assert watch.connected and watch.phase is Phase.LIVE
            caplog.set_level(logging.WARNING, logger="cortex_client")
            emulator.fail_next(10_000, 500, method="GET", path_prefix=STREAM)
            emulator.stall_streams()  # silence: the idle timeout drops the connection
            await emulator.wait_until(lambda: len(errors) >= 3, WAIT)
            assert not watch.connected
            assert watch.phase is Phase.LIVE  # still retrying, the state is kept
            emulator.reset_faults()
            emulator.release_streams()
            await emulator.wait_until(lambda: watch.connected, WAIT)
            created = await add_session(client, "after the outage")
            latest: Snapshot[Any] = await next_snapshot(snapshots)
            while created not in latest.by_id:
                latest = await next_snapshot(snapshots)
    assert all(isinstance(e, InternalServerError) for e in errors[1:])
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("attempt 2" in w and "reconnecting in" in w for w in warnings), warnings
    assert watch.error is None


async def test_max_failures_gives_up_with_the_last_error(server: EmulatorServer) -> None:
    emulator = server.emulator
    errors: list[BaseException] = []
    async with CortexClient(server.base_url, api_key=API_KEY, max_retries=0) as client:
        watch: CollectionWatch[Any] = CollectionWatch(
            client, PROJECT, "sessions", idle_timeout=0.3, backoff=FAST, max_failures=2
        )
        watch.on_error(errors.append)
        async with watch:
            snapshots = aiter(watch)
            await next_snapshot(snapshots)
            emulator.fail_next(10_000, 500, method="GET", path_prefix=STREAM)
            emulator.stall_streams()
            with pytest.raises(InternalServerError), anyio.fail_after(WAIT):
                async for _ in snapshots:
                    pass
    assert watch.phase is Phase.FAILED
    assert errors[-1] is watch.error


async def test_an_oversize_event_is_skipped_and_the_stream_goes_on(
    server: EmulatorServer, client: CortexClient
) -> None:
    emulator = server.emulator
    errors: list[BaseException] = []
    watch: CollectionWatch[Any] = CollectionWatch(client, PROJECT, "sessions", backoff=FAST)
    watch.on_error(errors.append)
    async with watch:
        snapshots = aiter(watch)
        await next_snapshot(snapshots)
        emulator.emit(
            "session.updated",
            "updated",
            {"id": "huge", "padding": "x" * (1 << 20)},  # one line past max_line_bytes
            project_id=PROJECT,
            resource_id="session:huge",
        )
        created = await add_session(client, "after the huge one")
        latest = await next_snapshot(snapshots)
    assert list(latest.by_id) == [created]
    assert emulator.stream_connections_opened(PROJECT) == 1  # never read again
    assert len(errors) == 1 and "max_line_bytes" in str(errors[0])
