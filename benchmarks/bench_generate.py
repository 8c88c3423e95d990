"""generate_time: ``scripts/generate.py`` on our spec relative to the pinned generator, stock.

    generate_time = CPU time(python scripts/generate.py --output <tmp>/_generated)
                    / CPU time(openapi-python-client generate --path openapi/cortex.json
                               --meta none --output-path <tmp>)

Ours is the full run: the pinned generator with our templates and config, our ruff post-hooks,
the warning check, and the verification (ruff's undefined-name rules, every module compiled and
imported in a fresh interpreter). The stock run uses the generator's own templates and its
default post-hooks for ``--meta none`` (``ruff check --fix-only`` and ``ruff format``), with
the same ruff first on PATH, so it formats too. CPU time is the children's (user + system,
``resource.RUSAGE_CHILDREN``), both commands interleaved per round; the wall ratio is reported
beside.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import Goal, Result

__all__ = ["GOAL", "run"]

GOAL = Goal("<=", 1.5)
ROUNDS = 3
ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(command: list[str]) -> tuple[float, float]:
    """(children CPU seconds, wall seconds) of one command run in ROOT."""
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    cpu, wall = _children_cpu(), time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = (_children_cpu() - cpu, time.perf_counter() - wall)
    if done.returncode != 0:
        raise RuntimeError(f"{command[:2]} failed: {(done.stderr or done.stdout)[-500:]}")
    return elapsed


def _ours(out: Path) -> tuple[float, float]:
    return _timed([sys.executable, "scripts/generate.py", "--output", str(out / "_generated")])


def _stock(out: Path) -> tuple[float, float]:
    command = [str(BIN / "openapi-python-client"), "generate", "--path", "openapi/cortex.json"]
    return _timed([*command, "--meta", "none", "--output-path", str(out)])


def run(rounds: int = ROUNDS) -> list[Result]:
    """Paired rounds, alternating which side runs first."""
    ratios: list[float] = []
    walls: list[float] = []
    seconds: dict[str, list[float]] = {"ours": [], "stock": []}
    for n in range(rounds):
        sides = [("stock", _stock), ("ours", _ours)]
        if n % 2:
            sides.reverse()
        times: dict[str, tuple[float, float]] = {}
        for name, side in sides:
            out = Path(tempfile.mkdtemp(prefix="bench-generate-"))
            try:
                times[name] = side(out / "out")
            finally:
                shutil.rmtree(out, ignore_errors=True)
            seconds[name].append(times[name][0])
        ratios.append(times["ours"][0] / times["stock"][0])
        walls.append(times["ours"][1] / times["stock"][1])
    return [
        Result(
            "generate_time",
            GOAL,
            ratios,
            note="children CPU, scripts/generate.py / stock openapi-python-client (both format)",
            extra={
                "wall_median": statistics.median(walls),
                "ours_cpu_s_median": statistics.median(seconds["ours"]),
                "stock_cpu_s_median": statistics.median(seconds["stock"]),
            },
        )
    ]
