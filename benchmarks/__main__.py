"""``python -m benchmarks``: run every benchmark, print a table, write benchmarks/results.json.

python -m benchmarks                  # all of them
python -m benchmarks decode import    # only the modules named (bench_<name>.py)
"""

from __future__ import annotations

import datetime
import importlib
import json
import os
import platform
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import Goal, Result, not_measured

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"


def _sse() -> list[Result]:
    from . import bench_sse

    # bench_sse.run() reports one median ratio; one round per call gives a ratio per round.
    ratios = [bench_sse.run(rounds=1)["sse_parse"] for _ in range(7)]
    return [Result("sse_parse", Goal(">=", 2.0), ratios, note="events/s, ours / httpx-sse")]


def _module(name: str) -> Callable[[], list[Result]]:
    def run() -> list[Result]:
        module = importlib.import_module(f".bench_{name}", __package__)
        results: list[Result] = module.run()
        return results

    return run


#: name → (runner, keys it reports, their goals for a "not measured" row)
BENCHMARKS: dict[str, tuple[Callable[[], list[Result]], dict[str, Goal | None]]] = {
    "import": (_module("import"), {"import": Goal("<=", 1.3)}),
    "decode": (_module("decode"), {"decode": Goal("<=", 2.0)}),
    "sse": (_sse, {"sse_parse": Goal(">=", 2.0)}),
    "watch": (_module("watch"), {"watch_apply": None}),
    "consumer": (
        _module("consumer"),
        {"watch_vs_handwritten": Goal(">=", 1.0), "watch_memory": Goal("<=", 1.5)},
    ),
    "generate": (_module("generate"), {"generate_time": Goal("<=", 1.5)}),
    "overhead": (_module("overhead"), {"overhead": Goal("<=", 1.15)}),
    "fanout": (
        _module("fanout"),
        {"fanout_connections": Goal("==", 1), "fanout_ms": Goal("<=", 20)},
    ),
    "concurrency": (
        _module("concurrency"),
        {"concurrency": Goal(">=", 0.85), "concurrency_errors": Goal("==", 0)},
    ),
}


def _machine() -> dict[str, Any]:
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=HERE,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        commit = ""
    return {
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
        "git_commit": commit,
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
    }


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3g}"


def _print_table(results: list[Result]) -> None:
    print(f"{'key':<20}{'median':>9}{'min':>9}{'max':>9}  {'goal':<9}{'ok':<6}note")
    for result in results:
        low = min(result.values) if result.values else None
        high = max(result.values) if result.values else None
        if not result.measured:
            verdict = "n/m"
        elif result.ok is None:
            verdict = "-"
        else:
            verdict = "pass" if result.ok else "FAIL"
        goal = "tracked" if result.goal is None else str(result.goal)
        print(
            f"{result.key:<20}{_fmt(result.median):>9}{_fmt(low):>9}{_fmt(high):>9}  "
            f"{goal:<9}{verdict:<6}{result.note}"
        )


def main(argv: list[str]) -> int:
    """Run the selected benchmarks (all by default); exit 0 even when goals are missed."""
    chosen = argv or list(BENCHMARKS)
    unknown = [name for name in chosen if name not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}")
        return 2
    machine = _machine()
    results: list[Result] = []
    for name in chosen:
        runner, keys = BENCHMARKS[name]
        started = time.perf_counter()
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            results.extend(runner())
        except Exception as exc:
            traceback.print_exc()
            results.extend(not_measured(key, goal, repr(exc)) for key, goal in keys.items())
        print(f"  {name}: {time.perf_counter() - started:.1f}s", file=sys.stderr, flush=True)
    _print_table(results)
    payload: dict[str, Any] = {result.key: result.as_json() for result in results}
    payload["machine"] = machine
    RESULTS.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
