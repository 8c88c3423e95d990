"""Where the time of ``watch_vs_handwritten`` goes, per event, for both consumers.

    python -m benchmarks.profile_consumer

Runs each consumer over the recording once unprofiled (its CPU time per event) and once under
cProfile, then splits that CPU time by where the profile saw it spent (own time per module
group), scaled to the unprofiled total. cProfile inflates code that makes many small calls
more than C code, so the split is indicative; the totals are measured. Not part of
``make bench``.
"""

from __future__ import annotations

import asyncio
import cProfile
import pstats
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from ._recording import EVENTS
from ._stream_server import stream_server
from .bench_consumer import _handwritten, _watch

__all__ = ["GROUPS", "profile"]

#: (label, substrings of a profiled function's file name or C function name), first match wins.
GROUPS: list[tuple[str, tuple[str, ...]]] = [
    ("SSE decoding (cortex_client._sse)", ("cortex_client/_sse",)),
    ("SSE decoding (httpx-sse)", ("httpx_sse/",)),
    ("json.loads", ("json/",)),
    ("hub: envelope, de-duplication", ("cortex_client/_hub", "cortex_client/_events.py")),
    ("event reader", ("cortex_client/_event_reader.py", "cortex_client/_document.py")),
    ("state: apply, undo log", ("cortex_client/_state.py", "cortex_client/_diff.py")),
    ("watch machine, snapshots", ("cortex_client/_watch", "cortex_client/_snapshots.py")),
    ("list decode (models)", ("cortex_client/_generated/",)),
    ("hand-written loop", ("benchmarks/_handwritten.py",)),
    ("HTTP (httpx, httpcore, h11)", ("httpx/", "httpcore/", "h11/")),
    ("event loop, anyio, sockets", ("asyncio/", "anyio/", "selectors", "socket", "sniffio")),
]


def _group(file: str, name: str) -> str:
    where = f"{file}:{name}"
    for label, needles in GROUPS:
        if any(needle in where for needle in needles):
            return label
    return "other (builtins, dict/set/str methods, rest)"


def profile(side: Callable[[], Any]) -> tuple[float, dict[str, float]]:
    """(unprofiled CPU µs per event, {group: µs per event}) of ``asyncio.run(side())``."""
    start = time.process_time()
    asyncio.run(side())
    total = (time.process_time() - start) / EVENTS * 1e6
    profiler = cProfile.Profile()
    profiler.runcall(asyncio.run, side())
    stats: dict[Any, Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    own: dict[str, float] = defaultdict(float)
    for (file, _line, name), (_cc, _nc, tottime, _ct, callers) in stats.items():
        if file != "~" or not callers:
            own[_group(file, name)] += tottime
            continue
        # A C function (dict.get, str.startswith, ...) counts for the code that called it.
        for (caller_file, _caller_line, caller_name), edge in callers.items():
            own[_group(caller_file, caller_name)] += edge[2]
    scale = total / sum(own.values())
    return total, {label: seconds * scale for label, seconds in own.items()}


def main() -> None:
    """Print the split for both consumers."""
    with stream_server() as base_url:
        asyncio.run(_handwritten(base_url))  # warm: imports, connections, caches
        sides = {
            "watch": lambda: _watch(base_url, read=False),
            "watch, every change read": lambda: _watch(base_url, read=True),
            "hand-written": lambda: _handwritten(base_url),
        }
        for name, side in sides.items():
            total, split = profile(side)
            print(f"{name}: {total:.1f} µs CPU per event")
            for label, micros in sorted(split.items(), key=lambda item: -item[1]):
                print(f"  {micros:6.2f}  {label}")


if __name__ == "__main__":
    main()
