"""fanout: 1,000 collection watches of one project on one CortexClient, against the emulator.

    fanout_connections = event streams the server has open for the project while all watch
    fanout_ms          = time from the server publishing one event until every watch has a
                         snapshot that contains it

The emulator runs in this process (``cortex_client.testing.serve``), so the event is published
at a known instant. Watches are started in groups of ``START_GROUP`` (each lists the
collection over REST once) so that starting them measures nothing about the pool.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import Any

from . import Goal, Result, not_measured

__all__ = ["CONNECTIONS_GOAL", "MS_GOAL", "run"]

CONNECTIONS_GOAL = Goal("==", 1)
MS_GOAL = Goal("<=", 20)
WATCHERS = 1_000
ROUNDS = 5
START_GROUP = 20
_TIMEOUT = 30.0


async def _measure(rounds: int) -> tuple[list[float], list[float]]:
    from cortex_client import CortexClient
    from cortex_client._watch import watch_collection
    from cortex_client.models import CreateSessionRequest
    from cortex_client.testing import serve

    connections: list[float] = []
    latencies: list[float] = []
    async with (
        serve(api_keys=["bench-key"], heartbeat_interval=60.0) as server,
        CortexClient(server.base_url, api_key="bench-key") as client,
    ):
        project = "prj_fanout"
        created = await client.sessions.create_session(
            project, body=CreateSessionRequest(title="Fan-out", external_room_id="room-0")
        )
        target: dict[str, Any] = {"id": "", "seen": 0}
        everyone = asyncio.Event()

        def on_snapshot(snapshot: Any) -> None:
            if target["id"] and target["id"] in snapshot.by_id:
                target["seen"] += 1
                if target["seen"] == WATCHERS:
                    everyone.set()

        async with contextlib.AsyncExitStack() as stack:
            for start in range(0, WATCHERS, START_GROUP):
                group = [watch_collection(client, project, "sessions") for _ in range(START_GROUP)]
                for watch in group:
                    await stack.enter_async_context(watch)
                for watch in group:
                    deadline = time.monotonic() + _TIMEOUT
                    while watch.current is None:
                        if watch.error is not None or time.monotonic() > deadline:
                            raise RuntimeError(f"watch {start} did not start: {watch.error!r}")
                        await asyncio.sleep(0.001)
                    watch.on_snapshot(on_snapshot)
            for n in range(rounds):
                connections.append(server.emulator.stream_connections(project))
                record = dict(created.to_dict(), id=f"ses_fanout_{n}")
                target["id"], target["seen"] = record["id"], 0
                everyone.clear()
                start_time = time.perf_counter()
                server.emulator.emit(
                    "session.created",
                    "created",
                    record,
                    project_id=project,
                    resource_id=f"session:{record['id']}",
                )
                await asyncio.wait_for(everyone.wait(), _TIMEOUT)
                latencies.append((time.perf_counter() - start_time) * 1000)
    return connections, latencies


def run(rounds: int = ROUNDS) -> list[Result]:
    """One event per round, published to 1,000 watches."""
    try:
        connections, latencies = asyncio.run(_measure(rounds))
    except ImportError as exc:
        return [
            not_measured("fanout_connections", CONNECTIONS_GOAL, repr(exc)),
            not_measured("fanout_ms", MS_GOAL, repr(exc)),
        ]
    note = f"{WATCHERS} watch_collection(client, project, 'sessions') on one client"
    return [
        Result("fanout_connections", CONNECTIONS_GOAL, connections, note=note),
        Result("fanout_ms", MS_GOAL, latencies, note=note + "; in-process emulator"),
    ]
