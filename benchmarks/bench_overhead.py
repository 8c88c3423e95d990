"""overhead: one request through the full client relative to bare httpx, sequential, same server.

    overhead = client CPU time per request of ``await client.sessions.get_session(pid, sid)``
               / client CPU time per request of ``json.loads((await http.get(url)).content)``

The full side goes typed surface → generated code → auth → hooks → RetryTransport → httpx and
builds the ``SessionResponse`` model; the peer is an ``httpx.AsyncClient`` with the same pool
limits. The server (``benchmarks._server``) runs in another process, so the CPU time of this
process is the client's cost alone; the wall-time ratio, which also contains the server's and
the loopback's share, is reported beside it (``wall_*``).
"""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from collections.abc import Awaitable, Callable

import httpx

from cortex_client import CortexClient
from cortex_client._client import DEFAULT_LIMITS

from . import Goal, Result
from ._server import SESSION_PATH, peer_server

__all__ = ["GOAL", "run"]

GOAL = Goal("<=", 1.15)
REQUESTS = 300
ROUNDS = 9
WARMUP = 50


async def _timed(send: Callable[[], Awaitable[object]], count: int) -> tuple[float, float]:
    """(CPU seconds, wall seconds) for ``count`` sequential calls."""
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(count):
        await send()
    return time.process_time() - cpu, time.perf_counter() - wall


async def _measure(base_url: str, rounds: int) -> tuple[list[float], list[float]]:
    cpu_ratios: list[float] = []
    wall_ratios: list[float] = []
    async with (
        CortexClient(base_url, api_key="bench-key") as client,
        httpx.AsyncClient(base_url=base_url, limits=DEFAULT_LIMITS) as http,
    ):
        pid, sid = SESSION_PATH.split("/")[3::2]

        async def full() -> object:
            return await client.sessions.get_session(pid, sid)

        async def raw() -> object:
            response = await http.get(SESSION_PATH)
            return json.loads(response.content)

        if (await client.sessions.get_session(pid, sid)).id != sid:
            raise RuntimeError("the client did not read the session")
        await _timed(full, WARMUP)
        await _timed(raw, WARMUP)
        for n in range(rounds):
            if n % 2:
                ours = await _timed(full, REQUESTS)
                theirs = await _timed(raw, REQUESTS)
            else:
                theirs = await _timed(raw, REQUESTS)
                ours = await _timed(full, REQUESTS)
            cpu_ratios.append(ours[0] / theirs[0])
            wall_ratios.append(ours[1] / theirs[1])
    return cpu_ratios, wall_ratios


def run(rounds: int = ROUNDS) -> list[Result]:
    """Paired rounds of ``REQUESTS`` sequential requests per side."""
    with peer_server() as base_url:
        cpu, wall = asyncio.run(_measure(base_url, rounds))
    return [
        Result(
            "overhead",
            GOAL,
            cpu,
            note=f"client CPU time per request, {REQUESTS} sequential requests per side and round",
            extra={
                "wall_median": statistics.median(wall),
                "wall_min": min(wall),
                "wall_max": max(wall),
            },
        )
    ]
