"""watch_vs_handwritten and watch_memory: a collection watch against what users write instead.

    watch_vs_handwritten = events/s of ``project.sessions.watch()``
                           / events/s of the hand-written consumer (``benchmarks/_handwritten``)

Both read the same recorded bytes (:mod:`benchmarks._recording`: a list of 10,000 sessions,
then 100,000 session events) from the same loopback server process (``_stream_server``), from
their start until their state holds the last event's document, and must end with the same
documents (checked every round). Time is this process's CPU time (the server's is its own);
the wall-time ratio is reported beside. ``reading_changes_*`` is the ratio for a consumer that
reads every changed document (``change.data``: one model decoded per change).

    watch_memory = bytes a 10,000-session collection watch holds (tracemalloc, after
                   gc.collect(), the client and its connections included)
                   / bytes of the same documents as ``json.loads`` dicts keyed by id

``bytes_per_document`` and ``extra_watcher_bytes`` (per watcher of the same collection on the
same client beyond the first, goal ≤ 1 KiB) are reported with it. These figures use a project
whose stream stays silent, so they hold the listed documents only; ``after_stream_*`` compares
the bytes a watch holds after the whole recording with the hand-written consumer's final dict.
"""

from __future__ import annotations

import asyncio
import gc
import json
import statistics
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

from . import Goal, Result
from ._handwritten import follow
from ._recording import (
    DOCUMENTS,
    EVENTS,
    PROJECT,
    QUIET_PROJECT,
    SENTINEL,
    expected_state,
    list_body,
)
from ._stream_server import stream_server

__all__ = ["MEMORY_GOAL", "SPEED_GOAL", "run"]

SPEED_GOAL = Goal(">=", 1.0)
MEMORY_GOAL = Goal("<=", 1.5)
EXTRA_WATCHER_GOAL_BYTES = 1024
ROUNDS = 3
MEMORY_ROUNDS = 2
EXTRA_WATCHERS = 4
API_KEY = "bench-key"
_TIMEOUT = 120.0


async def _watch(base_url: str, *, read: bool) -> Any:
    from cortex_client import CortexClient

    done = asyncio.Event()
    async with (
        CortexClient(base_url, api_key=API_KEY) as client,
        client.project(PROJECT).sessions.watch() as watch,
    ):

        def on_snapshot(snapshot: Any) -> None:
            if read:  # a consumer that looks at every changed document
                for change in snapshot.changes:
                    _ = change.data
            if SENTINEL in snapshot.by_id:
                done.set()

        watch.on_snapshot(on_snapshot)
        await asyncio.wait_for(done.wait(), _TIMEOUT)
        snapshot: Any = watch.current
        return snapshot.by_id


async def _handwritten(base_url: str) -> dict[str, dict[str, Any]]:
    return await follow(base_url, PROJECT, API_KEY, SENTINEL)


def _timed(side: Callable[[], Any]) -> tuple[float, float, Any]:
    """(CPU seconds, wall seconds, result) of ``asyncio.run(side())``."""
    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    result = asyncio.run(side())
    return time.process_time() - cpu, time.perf_counter() - wall, result


def _same(documents: Any, expected: dict[str, dict[str, Any]], who: str) -> None:
    if isinstance(next(iter(documents.values())), dict):
        held = dict(documents)
    else:  # models: compared with the recording decoded by the same model
        from cortex_client.models import SessionResponse

        held = {key: value.to_dict() for key, value in documents.items()}
        expected = {
            key: SessionResponse.from_dict(value).to_dict() for key, value in expected.items()
        }
    if held != expected:
        raise RuntimeError(f"{who} ended with a state other than the recording's")


def _speed(
    base_url: str, rounds: int
) -> tuple[list[float], list[float], list[float], dict[str, Any]]:
    expected = expected_state()
    ratios: list[float] = []
    walls: list[float] = []
    reading: list[float] = []
    eps: dict[str, list[float]] = {"ours": [], "handwritten": [], "ours_reading": []}
    for n in range(rounds):
        order = [False, True] if n % 2 else [True, False]
        times: dict[bool, tuple[float, float]] = {}
        for ours in order:
            if ours:
                cpu, wall, state = _timed(lambda: _watch(base_url, read=False))
            else:
                cpu, wall, state = _timed(lambda: _handwritten(base_url))
            _same(state, expected, "the watch" if ours else "the hand-written consumer")
            times[ours] = (cpu, wall)
        read_cpu, _, state = _timed(lambda: _watch(base_url, read=True))
        _same(state, expected, "the reading watch")
        ratios.append(times[False][0] / times[True][0])
        walls.append(times[False][1] / times[True][1])
        reading.append(times[False][0] / read_cpu)
        eps["ours"].append(EVENTS / times[True][0])
        eps["handwritten"].append(EVENTS / times[False][0])
        eps["ours_reading"].append(EVENTS / read_cpu)
    extra = {f"cpu_eps_{side}_median": statistics.median(values) for side, values in eps.items()}
    return ratios, walls, reading, extra


def _traced(measure: Callable[[], Any]) -> int:
    """Bytes still held (tracemalloc) by what ``measure()`` returns, after a collection."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = measure()
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
        del kept
        return held
    finally:
        tracemalloc.stop()


async def _held_by_watches(base_url: str, watchers: int) -> tuple[int, int]:
    """(bytes held with one watch, bytes added by each further watcher of the collection)."""
    import contextlib

    from cortex_client import CortexClient

    async with (
        CortexClient(base_url, api_key=API_KEY) as client,
        contextlib.AsyncExitStack() as stack,
    ):
        gc.collect()
        start = tracemalloc.get_traced_memory()[0]
        sizes: list[int] = []
        for _ in range(1 + watchers):
            watch = await stack.enter_async_context(client.project(QUIET_PROJECT).sessions.watch())
            deadline = time.monotonic() + _TIMEOUT
            while watch.current is None:
                if watch.error is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"watch did not start: {watch.error!r}")
                await asyncio.sleep(0.01)
            gc.collect()
            sizes.append(tracemalloc.get_traced_memory()[0] - start)
    return sizes[0], (sizes[-1] - sizes[0]) // max(watchers, 1)


async def _held_after_stream(base_url: str) -> int:
    """Bytes a watch holds once it has applied the whole recording (documents that arrived in
    events are held as received until read)."""
    from cortex_client import CortexClient

    done = asyncio.Event()

    def on_snapshot(snapshot: Any) -> None:
        if SENTINEL in snapshot.by_id:
            done.set()

    async with CortexClient(base_url, api_key=API_KEY) as client:
        gc.collect()
        start = tracemalloc.get_traced_memory()[0]
        async with client.project(PROJECT).sessions.watch() as watch:
            watch.on_snapshot(on_snapshot)
            await asyncio.wait_for(done.wait(), _TIMEOUT)
            gc.collect()
            return tracemalloc.get_traced_memory()[0] - start


def _after_stream(base_url: str) -> dict[str, Any]:
    """The watch's bytes after the recording ÷ the hand-written consumer's final dict."""
    handwritten = _traced(lambda: asyncio.run(_handwritten(base_url)))
    gc.collect()
    tracemalloc.start()
    try:
        watch = asyncio.run(_held_after_stream(base_url))
    finally:
        tracemalloc.stop()
    documents = len(expected_state())
    return {
        "after_stream_ratio": watch / handwritten,
        "after_stream_bytes_per_document_watch": watch // documents,
        "after_stream_bytes_per_document_handwritten": handwritten // documents,
    }


def _memory(base_url: str, rounds: int) -> tuple[list[float], dict[str, Any]]:
    body = list_body()
    ratios: list[float] = []
    per_doc: list[int] = []
    extra_watchers: list[int] = []
    dict_bytes = 0
    # Untraced once first: imports and first-use caches are not the watch's documents.
    asyncio.run(_held_by_watches(base_url, 1))
    for _ in range(rounds):
        dict_bytes = _traced(lambda: {doc["id"]: doc for doc in json.loads(body)})
        gc.collect()
        tracemalloc.start()
        try:
            first, extra = asyncio.run(_held_by_watches(base_url, EXTRA_WATCHERS))
        finally:
            tracemalloc.stop()
        ratios.append(first / dict_bytes)
        per_doc.append(first // DOCUMENTS)
        extra_watchers.append(extra)
    return ratios, {
        "bytes_per_document_watch": statistics.median(per_doc),
        "bytes_per_document_json_loads": dict_bytes // DOCUMENTS,
        "extra_watcher_bytes_median": statistics.median(extra_watchers),
        "extra_watcher_goal_bytes": EXTRA_WATCHER_GOAL_BYTES,
        "extra_watcher_ok": statistics.median(extra_watchers) <= EXTRA_WATCHER_GOAL_BYTES,
        **_after_stream(base_url),
    }


def run(rounds: int = ROUNDS) -> list[Result]:
    """Paired rounds of both consumers over the recording, then the memory rounds."""
    with stream_server() as base_url:
        ratios, walls, reading, speed_extra = _speed(base_url, rounds)
        memory, memory_extra = _memory(base_url, MEMORY_ROUNDS)
    return [
        Result(
            "watch_vs_handwritten",
            SPEED_GOAL,
            ratios,
            note=f"CPU events/s, {EVENTS} events over {DOCUMENTS} sessions from a loopback server",
            extra={
                "wall_median": statistics.median(walls),
                "reading_changes_median": statistics.median(reading),
                "reading_changes_min": min(reading),
                "reading_changes_max": max(reading),
                **speed_extra,
            },
        ),
        Result(
            "watch_memory",
            MEMORY_GOAL,
            memory,
            note=f"tracemalloc bytes of a {DOCUMENTS}-session watch / json.loads dicts by id",
            extra=memory_extra,
        ),
    ]


def main() -> None:
    """Print the results."""
    for result in run():
        print(json.dumps({result.key: result.as_json()}, indent=2))


if __name__ == "__main__":
    main()
