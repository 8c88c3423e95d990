"""import: ``import cortex_client`` relative to ``import httpx``, each in a fresh interpreter.

    import = (wall(python -c "import cortex_client") - wall(python -c "pass"))
             / (wall(python -c "import httpx") - wall(python -c "pass"))

Same interpreter and venv, bytecode caches warm (one untimed start of each first), the three
commands interleaved per round. ``import_breakdown()`` lists what ``-X importtime`` attributes to
the heaviest modules under ``import cortex_client``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from . import Goal, Result

__all__ = ["GOAL", "import_breakdown", "run"]

GOAL = Goal("<=", 1.3)
ROUNDS = 15
_CODE = {"empty": "pass", "httpx": "import httpx", "ours": "import cortex_client"}


# The interpreters see what a user's would: bytecode caches written and used. A machine that
# sets PYTHONDONTWRITEBYTECODE (as ours does) would otherwise compile our package on every start
# while httpx loads from its installed caches, and the ratio would time the compiler.
_ENV = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}


def _wall(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=_ENV)
    return time.perf_counter() - start


def import_breakdown(top: int = 12) -> list[tuple[str, int, int]]:
    """``(module, self µs, cumulative µs)`` of the costliest imports under ``cortex_client``."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import cortex_client"],
        check=True,
        env=_ENV,
        capture_output=True,
        text=True,
    )
    rows: list[tuple[str, int, int]] = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = line.removeprefix("import time:").split("|")
        rows.append((name.rstrip(), int(own), int(cumulative)))
    rows.sort(key=lambda row: row[2], reverse=True)
    return rows[:top]


def run(rounds: int = ROUNDS) -> list[Result]:
    """One ratio per round of three fresh interpreters."""
    for code in _CODE.values():
        _wall(code)  # write bytecode caches; the first start of each is not timed
    ratios: list[float] = []
    ours_ms: list[float] = []
    httpx_ms: list[float] = []
    for _ in range(rounds):
        times = {name: _wall(code) for name, code in _CODE.items()}
        ours = times["ours"] - times["empty"]
        theirs = times["httpx"] - times["empty"]
        ours_ms.append(ours * 1000)
        httpx_ms.append(theirs * 1000)
        ratios.append(ours / theirs)
    ours_ms.sort()
    httpx_ms.sort()
    heaviest = [
        f"{name.strip()} {cumulative / 1000:.1f} ms" for name, _, cumulative in import_breakdown()
    ]
    return [
        Result(
            "import",
            GOAL,
            ratios,
            note="wall time of a fresh interpreter minus `python -c pass`",
            extra={
                "cortex_client_ms_median": ours_ms[len(ours_ms) // 2],
                "httpx_ms_median": httpx_ms[len(httpx_ms) // 2],
                "heaviest_imports_cumulative": heaviest,
            },
        )
    ]
