"""Fault injection state: failing responses, latency, dropped and stalled event streams."""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass

__all__ = ["Faults", "StatusFault", "StreamDrop"]


@dataclass
class _Filter:
    method: str | None
    path_prefix: str | None

    def applies(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self.path_prefix is None or path.startswith(self.path_prefix)


@dataclass
class StatusFault(_Filter):
    """Answer matching requests with ``status`` (next ``remaining`` ones, or a random fraction)."""

    status: int
    retry_after: str | None
    remaining: int | None
    fraction: float | None
    rng: random.Random | None


@dataclass
class _Latency(_Filter):
    seconds: float


@dataclass
class StreamDrop:
    """Close the next ``remaining`` event streams after ``after_events`` complete frames;
    with ``mid_event`` the next frame is cut in half before closing."""

    after_events: int
    mid_event: bool
    remaining: int


class Faults:
    """Every injected fault; reset with :meth:`reset`."""

    def __init__(self) -> None:
        self._status: list[StatusFault] = []
        self._latency: list[_Latency] = []
        self._drops: list[StreamDrop] = []
        self._released = asyncio.Event()
        self._released.set()
        self._stall_deadline: float | None = None

    def add_status(
        self,
        status: int,
        *,
        times: int | None = 1,
        fraction: float | None = None,
        seed: int | None = None,
        retry_after: str | None = None,
        method: str | None = None,
        path_prefix: str | None = None,
    ) -> None:
        """Register a failing-response rule (see :meth:`Emulator.fail_next`)."""
        rng = random.Random(seed) if fraction is not None else None
        remaining = None if fraction is not None else times
        self._status.append(
            StatusFault(method, path_prefix, status, retry_after, remaining, fraction, rng)
        )

    def take_status(self, method: str, path: str) -> StatusFault | None:
        """The rule that fails this request, consuming one use of it."""
        for fault in self._status:
            if not fault.applies(method, path):
                continue
            if fault.rng is not None and fault.fraction is not None:
                if fault.rng.random() < fault.fraction:
                    return fault
                continue
            if fault.remaining is not None and fault.remaining > 0:
                fault.remaining -= 1
                return fault
        return None

    def add_latency(
        self, seconds: float, *, method: str | None = None, path_prefix: str | None = None
    ) -> None:
        """Delay matching requests by ``seconds`` before they are handled."""
        self._latency.append(_Latency(method, path_prefix, seconds))

    def latency_for(self, method: str, path: str) -> float:
        """Total delay for a request."""
        return sum(rule.seconds for rule in self._latency if rule.applies(method, path))

    def add_drop(self, after_events: int, mid_event: bool, times: int) -> None:
        """Register a stream-drop rule for the next ``times`` event streams."""
        self._drops.append(StreamDrop(after_events, mid_event, times))

    def take_drop(self) -> StreamDrop | None:
        """The drop rule for a stream that is opening now, consuming one use."""
        for drop in self._drops:
            if drop.remaining > 0:
                drop.remaining -= 1
                return drop
        return None

    def stall(self, duration: float | None) -> None:
        """Make every event stream go silent (no events, no heartbeats)."""
        self._released.clear()
        self._stall_deadline = None if duration is None else time.monotonic() + duration

    def release(self) -> None:
        """End a stall; queued events flow again."""
        self._stall_deadline = None
        self._released.set()

    @property
    def stalled(self) -> bool:
        """Whether streams must stay silent right now."""
        if self._released.is_set():
            return False
        if self._stall_deadline is not None and time.monotonic() >= self._stall_deadline:
            self.release()
            return False
        return True

    async def wait_released(self) -> None:
        """Return once the stall ends (released or its duration elapsed)."""
        while self.stalled:
            timeout = None
            if self._stall_deadline is not None:
                timeout = max(0.0, self._stall_deadline - time.monotonic())
            try:
                await asyncio.wait_for(self._released.wait(), timeout)
            except TimeoutError:
                continue

    def reset(self) -> None:
        """Remove every fault and release stalled streams."""
        self._status.clear()
        self._latency.clear()
        self._drops.clear()
        self.release()
