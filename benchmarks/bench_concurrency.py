"""concurrency: 1,000 concurrent requests through one CortexClient relative to bare httpx.

    concurrency = requests/s of 1,000 gathered ``client.sessions.get_session(pid, sid)``
                  / requests/s of 1,000 gathered ``json.loads((await http.get(url)).content)``

The peer ``httpx.AsyncClient`` gets the client's own pool limits and timeout
(``DEFAULT_LIMITS``, ``DEFAULT_TIMEOUT`` in ``cortex_client._client``); both talk to the same
server process (``benchmarks._server``). ``concurrency_errors`` counts the client's failed
requests per round.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from collections.abc import Awaitable, Callable

import httpx

from cortex_client import CortexClient
from cortex_client._client import DEFAULT_LIMITS, DEFAULT_TIMEOUT

from . import Goal, Result
from ._server import SESSION_PATH, peer_server

__all__ = ["ERRORS_GOAL", "GOAL", "run"]

GOAL = Goal(">=", 0.85)
ERRORS_GOAL = Goal("==", 0)
REQUESTS = 1_000
ROUNDS = 1
BURST_CAP = 8.0


async def _burst(send: Callable[[], Awaitable[object]]) -> tuple[float, int]:
    """(successful requests/s, errors) for ``REQUESTS`` calls started at once.

    A request still running after ``BURST_CAP`` seconds is cancelled and counted as an error:
    httpcore 1.0's pool slows down with the square of the queue (encode/httpcore#1035), and an
    uncapped burst of 1,000 takes minutes.
    """
    start = time.perf_counter()
    tasks = [asyncio.ensure_future(send()) for _ in range(REQUESTS)]
    done, pending = await asyncio.wait(tasks, timeout=BURST_CAP)
    elapsed = time.perf_counter() - start
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    failed = len(pending) + sum(task.exception() is not None for task in done)
    return (REQUESTS - failed) / elapsed, failed


async def _measure(
    base_url: str, rounds: int
) -> tuple[list[float], list[float], list[float], list[tuple[float, float]]]:
    ratios: list[float] = []
    errors: list[float] = []
    raw_errors: list[float] = []
    throughput: list[tuple[float, float]] = []
    async with (
        CortexClient(base_url, api_key="bench-key") as client,
        httpx.AsyncClient(
            base_url=base_url, limits=DEFAULT_LIMITS, timeout=DEFAULT_TIMEOUT
        ) as http,
    ):
        pid, sid = SESSION_PATH.split("/")[3::2]

        async def full() -> object:
            return await client.sessions.get_session(pid, sid)

        async def raw() -> object:
            response = await http.get(SESSION_PATH)
            response.raise_for_status()
            return json.loads(response.content)

        for n in range(rounds):
            if n % 2:
                ours, theirs = await _burst(full), await _burst(raw)
            else:
                theirs = await _burst(raw)
                ours = await _burst(full)
            if theirs[0] > 0:  # else the peer completed nothing within the cap: no ratio
                ratios.append(ours[0] / theirs[0])
            throughput.append((ours[0], theirs[0]))
            errors.append(ours[1])
            raw_errors.append(theirs[1])
    return ratios, errors, raw_errors, throughput


def run(rounds: int = ROUNDS) -> list[Result]:
    """Paired rounds of one 1,000-request burst per side."""
    with peer_server() as base_url:
        ratios, errors, raw_errors, throughput = asyncio.run(_measure(base_url, rounds))
    limits = f"max_connections={DEFAULT_LIMITS.max_connections}"
    return [
        Result(
            "concurrency",
            GOAL,
            ratios,
            note=f"{REQUESTS} gathered requests per side and round, {limits}, cap {BURST_CAP:g}s",
            extra={"successful_rps_ours_peer": throughput},
        ),
        Result(
            "concurrency_errors",
            ERRORS_GOAL,
            errors,
            note="failed requests of the client per round",
            extra={"peer_errors_median": statistics.median(raw_errors)},
        ),
    ]
