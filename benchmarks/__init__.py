"""``make bench``: cortex_client measured against peers in the same run, never asserted in tests.

Every figure is a ratio (or a count) with a goal; each benchmark repeats its measurement in
rounds and reports min / median / max, the median being the figure the goal is judged on.
``python -m benchmarks`` runs them all; see ``benchmarks/README.md``.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["Goal", "Result", "cpu_seconds", "not_measured"]


@dataclass(frozen=True)
class Goal:
    """What the median must satisfy: ``op`` one of ``<=``, ``>=``, ``==``."""

    op: Literal["<=", ">=", "=="]
    target: float

    def met(self, value: float) -> bool:
        """Whether ``value`` meets the goal."""
        if self.op == "<=":
            return value <= self.target
        if self.op == ">=":
            return value >= self.target
        return value == self.target

    def __str__(self) -> str:
        return f"{self.op} {self.target:g}"


@dataclass(frozen=True)
class Result:
    """One key of results.json: a value per round (empty when not measured) and its goal
    (None for a figure that is only tracked: it has no ``ok``)."""

    key: str
    goal: Goal | None
    values: Sequence[float] = ()
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def measured(self) -> bool:
        """Whether any round produced a value."""
        return bool(self.values)

    @property
    def median(self) -> float | None:
        """The median over rounds (None when not measured)."""
        return statistics.median(self.values) if self.values else None

    @property
    def ok(self) -> bool | None:
        """Whether the median meets the goal (False when not measured, None when tracked)."""
        if self.goal is None:
            return None
        median = self.median
        return median is not None and self.goal.met(median)

    def as_json(self) -> dict[str, Any]:
        """The results.json entry: median, min, max, goal, ok (+ rounds, note, extra)."""
        entry: dict[str, Any] = {
            "median": self.median,
            "min": min(self.values) if self.values else None,
            "max": max(self.values) if self.values else None,
            "goal": None if self.goal is None else str(self.goal),
            "ok": self.ok,
            "rounds": len(self.values),
        }
        if self.note:
            entry["note"] = self.note
        entry.update(self.extra)
        return entry


def not_measured(key: str, goal: Goal | None, why: str) -> Result:
    """A result for a benchmark that could not run, with the reason."""
    return Result(key, goal, (), note=f"not measured: {why}")


def cpu_seconds(work: Callable[[], object]) -> float:
    """CPU time of this process spent in ``work()``, after a collection of earlier garbage.

    CPU time, not wall time: on a shared machine other processes inflate wall time unevenly.
    The collector stays enabled, since its cost is part of what users pay for allocation.
    """
    gc.collect()
    start = time.process_time()
    work()
    return time.process_time() - start
