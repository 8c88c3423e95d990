"""concurrency: 1,000 concurrent requests through one CortexClient relative to bare httpx.

    concurrency = requests/s of 1,000 gathered ``client.sessions.get_session(pid, sid)``
                  / requests/s of 1,000 gathered ``json.loads((await http.get(url)).content)``

The peer ``httpx.AsyncClient`` gets the client's own pool limits and timeout
(``DEFAULT_LIMITS``, ``DEFAULT_TIMEOUT`` in ``cortex_client._client``) and, like our client,
lets at most ``max_connections`` requests into its pool at once; each burst gets a fresh
server process (``benchmarks._server``). Raw httpx without that cap is measured once and
reported beside the ratio (it completes almost nothing: encode/httpcore#1035).
``concurrency_errors`` counts the client's failed requests per round.
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
ROUNDS = 3
BURST_CAP = 20.0


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


async def _side(base_url: str, ours: bool, capped: bool = True) -> tuple[float, int]:
    """One burst of one side, with its own client.

    The peer is raw httpx with the same pool limits; ``capped`` also gives it what our client
    does inside (at most ``max_connections`` requests in the pool at once), since an uncapped
    burst of 1,000 completes nothing within the cap on httpcore 1.0 (encode/httpcore#1035).
    """
    pid, sid = SESSION_PATH.split("/")[3::2]
    if ours:
        async with CortexClient(base_url, api_key="bench-key") as client:

            async def full() -> object:
                return await client.sessions.get_session(pid, sid)

            return await _burst(full)
    async with httpx.AsyncClient(
        base_url=base_url, limits=DEFAULT_LIMITS, timeout=DEFAULT_TIMEOUT
    ) as http:
        slots = asyncio.Semaphore(DEFAULT_LIMITS.max_connections or 100)

        async def raw() -> object:
            if capped:
                async with slots:
                    response = await http.get(SESSION_PATH)
            else:
                response = await http.get(SESSION_PATH)
            response.raise_for_status()
            return json.loads(response.content)

        return await _burst(raw)


def _fresh_burst(ours: bool, capped: bool = True) -> tuple[float, int]:
    # A fresh server process per burst: requests the other side abandoned at the cap must not
    # still be queued in the server when this side starts.
    with peer_server() as base_url:
        return asyncio.run(_side(base_url, ours, capped))


def _measure(
    rounds: int,
) -> tuple[list[float], list[float], list[float], list[tuple[float, float]]]:
    ratios: list[float] = []
    errors: list[float] = []
    raw_errors: list[float] = []
    throughput: list[tuple[float, float]] = []
    for n in range(rounds):
        if n % 2:
            theirs = _fresh_burst(ours=False)
            mine = _fresh_burst(ours=True)
        else:
            mine = _fresh_burst(ours=True)
            theirs = _fresh_burst(ours=False)
        if theirs[0] > 0:  # else the peer completed nothing within the cap: no ratio
            ratios.append(mine[0] / theirs[0])
        throughput.append((mine[0], theirs[0]))
        errors.append(mine[1])
        raw_errors.append(theirs[1])
    return ratios, errors, raw_errors, throughput


def run(rounds: int = ROUNDS) -> list[Result]:
    """Paired rounds of one 1,000-request burst per side."""
    ratios, errors, raw_errors, throughput = _measure(rounds)
    uncapped_rps, uncapped_errors = _fresh_burst(ours=False, capped=False)
    limits = f"max_connections={DEFAULT_LIMITS.max_connections}"
    return [
        Result(
            "concurrency",
            GOAL,
            ratios,
            note=f"{REQUESTS} gathered requests per side and round, {limits}, cap {BURST_CAP:g}s",
            extra={
                "successful_rps_ours_peer": throughput,
                "uncapped_raw_httpx": {"rps": uncapped_rps, "errors": uncapped_errors},
            },
        ),
        Result(
            "concurrency_errors",
            ERRORS_GOAL,
            errors,
            note="failed requests of the client per round",
            extra={"peer_errors_median": statistics.median(raw_errors)},
        ),
    ]
