"""Subscriptions as the docs show them: disposers, watches without a block, the first
snapshot without changes, document callbacks, and the client's ``idle_timeout``."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import pytest

from cortex_client import CortexClient, CortexError
from cortex_client._generated.models import CreateSessionRequest
from cortex_client._watch import Phase
from cortex_client.testing import EmulatorServer
from cortex_client.testing.pytest_plugin import DEFAULT_API_KEY as API_KEY

PROJECT = "proj-subs"
WAIT = 10.0


def phase(watch: Any) -> Phase:
    """Where ``watch`` is in its life (read from its state machine)."""
    return watch._phase  # type: ignore[no-any-return]


async def add_session(client: CortexClient, title: str) -> str:
    body = CreateSessionRequest(title=title, external_room_id="room")
    return (await client.sessions.create_session(PROJECT, body=body)).id


async def until(condition: Callable[[], bool], within: float = WAIT) -> None:
    """Wait for ``condition``, bounded (polled: callbacks and task counts signal nothing)."""
    with anyio.fail_after(within):
        while not condition():  # noqa: ASYNC110 - a condition of plain state, bounded
            await anyio.sleep(0.01)


async def test_on_snapshot_returns_a_disposer_that_ends_the_calls(client: CortexClient) -> None:
    kept: list[Any] = []
    dropped: list[Any] = []
    async with client.project(PROJECT).sessions.watch() as watch:
        watch.on_snapshot(kept.append)
        off = watch.on_snapshot(dropped.append)
        await until(lambda: bool(kept and dropped))
        off()
        off()  # idempotent
        session = await add_session(client, "after off")
        await until(lambda: session in kept[-1].by_id)
    assert len(dropped) == 1
    assert len(kept) == 2


async def test_on_error_returns_a_disposer(server: EmulatorServer) -> None:
    kept: list[BaseException] = []
    dropped: list[BaseException] = []
    async with CortexClient(server.base_url, api_key="wrong-key") as bad:
        watch = bad.project(PROJECT).sessions.watch()
        watch.on_error(kept.append)
        off = watch.on_error(dropped.append)
        off()
        async with watch:
            await until(lambda: phase(watch) is Phase.FAILED)
    assert len(kept) == 1 and dropped == []


async def test_a_watch_runs_without_a_block_until_unsubscribed(
    client: CortexClient, server: EmulatorServer
) -> None:
    emulator = server.emulator
    existing = await add_session(client, "existing")
    snapshots: list[Any] = []
    watch = client.project(PROJECT).sessions.watch()
    off = watch.on_snapshot(snapshots.append)
    await until(lambda: bool(snapshots))
    first = snapshots[0]
    assert first.changes == () and [s.id for s in first.items] == [existing]
    created = await add_session(client, "live")
    await until(lambda: created in snapshots[-1].by_id)
    assert [(c.type, c.id) for c in snapshots[-1].changes] == [("added", created)]
    assert emulator.stream_connections(PROJECT) == 1
    await watch.unsubscribe()
    assert phase(watch) is Phase.CLOSED
    await emulator.wait_until(lambda: emulator.stream_connections(PROJECT) == 0, WAIT)
    off()


async def test_the_clients_exit_ends_its_block_less_watches(server: EmulatorServer) -> None:
    emulator = server.emulator
    tasks_before = len(anyio.get_running_tasks())
    got: list[Any] = []
    async with CortexClient(server.base_url, api_key=API_KEY) as client:
        watches = [client.project(PROJECT).sessions.watch() for _ in range(2)]
        for watch in watches:
            watch.on_snapshot(got.append)
        await until(lambda: len(got) == 2)
        assert emulator.stream_connections(PROJECT) == 1
    assert [phase(watch) for watch in watches] == [Phase.CLOSED, Phase.CLOSED]
    assert all(watch.error is None for watch in watches)
    await until(lambda: len(anyio.get_running_tasks()) == tasks_before)
    await emulator.wait_until(lambda: emulator.stream_connections(PROJECT) == 0, WAIT)


async def test_a_block_entered_after_a_block_less_start_bounds_the_watch(
    client: CortexClient,
) -> None:
    got: list[Any] = []
    watch = client.project(PROJECT).sessions.watch()
    watch.on_snapshot(got.append)
    await until(lambda: bool(got))
    async with watch:
        session = await add_session(client, "in the block")
        await until(lambda: session in got[-1].by_id)
    assert phase(watch) is Phase.CLOSED


async def test_a_block_less_watch_needs_an_entered_client(server: EmulatorServer) -> None:
    client = CortexClient(server.base_url, api_key=API_KEY)
    try:
        watch = client.project(PROJECT).sessions.watch()
        with pytest.raises(CortexError, match=r"async with CortexClient\(\.\.\.\)"):
            watch.on_snapshot(print)
        assert phase(watch) is Phase.NEW
        async with watch:  # the block still works, and nothing was registered
            await until(lambda: watch.current is not None)
    finally:
        await client.aclose()
    async with CortexClient(server.base_url, api_key=API_KEY) as entered:
        pass
    with pytest.raises(CortexError, match="aclose"):
        entered.project(PROJECT).sessions.watch().on_snapshot(print)


async def test_a_document_watch_calls_back_with_the_document_or_none(
    client: CortexClient,
) -> None:
    session = await add_session(client, "doc")
    seen: list[Any] = []
    watch = client.project(PROJECT).sessions.watch(session)
    watch.on_snapshot(seen.append)
    await until(lambda: bool(seen))
    await client.sessions.delete_session(PROJECT, session)
    await until(lambda: len(seen) == 2)
    missing: list[Any] = []
    nothing = client.project(PROJECT).sessions.watch("no-such-session")
    nothing.on_snapshot(missing.append)
    await until(lambda: bool(missing))
    await watch.aclose()
    await nothing.aclose()
    assert seen[0].id == session and seen[0].title == "doc"
    assert seen[1] is None
    assert missing == [None]


async def test_the_clients_idle_timeout_is_the_default_of_watches_and_streams(
    server: EmulatorServer,
) -> None:
    emulator = server.emulator
    async with CortexClient(server.base_url, api_key=API_KEY, idle_timeout=0.3) as client:
        project = client.project(PROJECT)
        assert project.sessions.watch().idle_timeout == 0.3
        assert project.sessions.watch(idle_timeout=5).idle_timeout == 5
        async with client.stream_events(PROJECT):
            opened = emulator.stream_connections_opened(PROJECT)
            emulator.stall_streams()  # silence: only the client's 0.3 s notices it in time
            await emulator.wait_until(
                lambda: emulator.stream_connections_opened(PROJECT) > opened, WAIT
            )
    with pytest.raises(ValueError, match="idle_timeout"):
        CortexClient(server.base_url, api_key=API_KEY, idle_timeout=-1)


TYPED = """\
from collections.abc import Callable
from typing import assert_type

from cortex_client import CortexClient


async def use(client: CortexClient) -> None:
    watch = client.project("p1").sessions.watch()
    off = watch.on_snapshot(lambda snapshot: print(snapshot.changes))
    assert_type(off, Callable[[], None])
    document = client.project("p1").sessions.watch("s1")
    off_document = document.on_snapshot(lambda session: print(session))
    assert_type(off_document, Callable[[], None])
    off_error = watch.on_error(print)
    assert_type(off_error, Callable[[], None])
    await watch.unsubscribe()
"""


def test_the_disposers_type_check_as_callables(tmp_path: Path) -> None:
    (tmp_path / "typed.py").write_text(TYPED)
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache")]
    result = subprocess.run(
        [*command, "typed.py"], cwd=tmp_path, capture_output=True, text=True, timeout=240
    )
    assert result.returncode == 0, result.stdout + result.stderr
