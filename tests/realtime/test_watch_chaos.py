"""Chaos: thousands of random creates/updates/deletes while the stream drops and stalls.

At the end every watcher holds exactly the server's list, and replaying the changes it
delivered, over its first snapshot, reproduces that state.
"""

from __future__ import annotations

import random
from typing import Any

import anyio
import pytest

from cortex_client import CortexClient
from cortex_client._diff import Change, apply_changes
from cortex_client._generated.models import (
    CreateParticipantRequest,
    ParticipantResponse,
    UpdateParticipantRequest,
)
from cortex_client._watch import Snapshot, watch_collection
from cortex_client.testing import EmulatorServer, serve

API_KEY = "test-key"
PROJECT = "proj-chaos"
OPERATIONS_PER_SEED = 1700  # x 3 seeds > 5,000
WORKERS = 4
SETTLE = 20.0


class Recorder:
    """Collects what a watcher delivered."""

    def __init__(self) -> None:
        self.first: dict[str, Any] = {}
        self.changes: list[Change[Any]] = []
        self.last: Snapshot[Any] | None = None
        self.resyncs = 0

    def __call__(self, snapshot: Snapshot[Any]) -> None:
        if self.last is None:
            self.first = dict(snapshot.by_id)  # the first holds the state, no changes
        self.changes.extend(snapshot.changes)
        self.last = snapshot
        self.resyncs += snapshot.from_resync


def server_state(server: EmulatorServer) -> dict[str, ParticipantResponse]:
    return {
        raw["id"]: ParticipantResponse.from_dict(raw)
        for raw in server.emulator.list("participants", PROJECT)
    }


async def mutate(client: CortexClient, server: EmulatorServer, rng: random.Random) -> None:
    """Random operations from a few concurrent workers, with stream drops registered up front
    and short stalls now and then."""
    emulator = server.emulator
    for _ in range(60):
        emulator.drop_streams(rng.randint(0, 150), mid_event=rng.random() < 0.5)
    seeds = [rng.random() for _ in range(WORKERS)]
    async with anyio.create_task_group() as group:
        for index, worker_seed in enumerate(seeds):
            group.start_soon(_worker, client, server, random.Random(worker_seed), index)
    # The drops stay registered: the stream usually lags the writers, and the drops must hit
    # the events still in flight, not be cleared before they are delivered.


async def _worker(
    client: CortexClient, server: EmulatorServer, rng: random.Random, index: int
) -> None:
    alive: list[str] = []
    for n in range(OPERATIONS_PER_SEED // WORKERS):
        roll = rng.random()
        if not alive or (roll < 0.45 and len(alive) < 12):
            name = f"w{index}n{n}"
            body = CreateParticipantRequest(external_user_id=name, display_name=name)
            created = await client.participants.create_participant(PROJECT, body=body)
            alive.append(created.id)
        elif roll < 0.8:
            body_update = UpdateParticipantRequest(display_name=f"w{index}r{n}")
            await client.participants.update_participant(
                PROJECT, rng.choice(alive), body=body_update
            )
        else:
            victim = alive.pop(rng.randrange(len(alive)))
            await client.participants.delete_participant(PROJECT, victim)
        if rng.random() < 0.004:
            server.emulator.stall_streams(rng.uniform(0.3, 0.8))


async def settled(recorders: list[Recorder], server: EmulatorServer) -> bool:
    expected = server_state(server)
    for _ in range(int(SETTLE / 0.05)):  # polling a condition, bounded by SETTLE
        if all(r.last is not None and dict(r.last.by_id) == expected for r in recorders):
            return True
        await anyio.sleep(0.05)
    return False


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_watchers_converge_to_the_server_state_under_chaos(seed: int) -> None:
    rng = random.Random(seed)
    async with (
        serve(api_keys=[API_KEY], heartbeat_interval=0.2, event_buffer=300) as server,
        CortexClient(server.base_url, api_key=API_KEY) as client,
    ):
        iterated, called = Recorder(), Recorder()
        callback_watch = watch_collection(client, PROJECT, "participants", idle_timeout=0.3)
        callback_watch.on_snapshot(called)
        async with (
            watch_collection(client, PROJECT, "participants", idle_timeout=0.3) as watch,
            callback_watch,
            anyio.create_task_group() as group,
        ):

            async def consume() -> None:
                async for snapshot in watch:
                    iterated(snapshot)

            group.start_soon(consume)
            await server.emulator.wait_until(lambda: called.last is not None)
            await mutate(client, server, rng)
            converged = await settled([iterated, called], server)
            server.emulator.reset_faults()
            group.cancel_scope.cancel()
        reconnects = server.emulator.stream_connections_opened(PROJECT)
        expected = server_state(server)

    assert converged, "watchers did not reach the server state"
    # How many drops land depends on how far the stream lags the writers (a resume past the
    # emulator's 300-event buffer re-lists instead of replaying), so only "several" is certain.
    assert reconnects > 1, "the chaos did not force reconnects"
    for recorder in (iterated, called):
        assert recorder.last is not None
        assert dict(recorder.last.by_id) == expected
        assert apply_changes(recorder.first, recorder.changes) == expected
        assert [item.id for item in recorder.last.items] == list(recorder.last.by_id)
