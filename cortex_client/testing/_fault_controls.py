"""The emulator's fault-injection methods: what a test calls to make the server misbehave."""

from __future__ import annotations

from ._faults import Faults

__all__ = ["FaultControls"]


class FaultControls:
    """``fail_next``, ``fail_randomly``, ``add_latency`` and the stream faults, over ``faults``."""

    faults: Faults

    def fail_next(
        self,
        n: int = 1,
        status: int = 429,
        *,
        retry_after: float | str | None = None,
        method: str | None = None,
        path_prefix: str | None = None,
    ) -> None:
        """Answer the next ``n`` matching requests with ``status`` (429, 503, 500, ...).

        429 carries ``Retry-After: 1`` unless ``retry_after`` says otherwise; other statuses
        carry it only when given.
        """
        self.faults.add_status(
            status,
            times=n,
            retry_after=_retry_after(status, retry_after),
            method=method,
            path_prefix=path_prefix,
        )

    def fail_randomly(
        self,
        fraction: float,
        status: int = 503,
        *,
        seed: int = 0,
        retry_after: float | str | None = None,
        method: str | None = None,
        path_prefix: str | None = None,
    ) -> None:
        """Answer a seeded random ``fraction`` of matching requests with ``status``."""
        self.faults.add_status(
            status,
            fraction=fraction,
            seed=seed,
            retry_after=_retry_after(status, retry_after),
            method=method,
            path_prefix=path_prefix,
        )

    def add_latency(
        self, seconds: float, *, method: str | None = None, path_prefix: str | None = None
    ) -> None:
        """Delay matching requests by ``seconds``."""
        self.faults.add_latency(seconds, method=method, path_prefix=path_prefix)

    def drop_streams(
        self, after_events: int = 0, *, mid_event: bool = False, times: int = 1
    ) -> None:
        """Close the next ``times`` event streams after ``after_events`` frames.

        With ``mid_event`` the following frame is written half-way before the close.
        """
        self.faults.add_drop(after_events, mid_event, times)

    def stall_streams(self, duration: float | None = None) -> None:
        """Silence every event stream (no events, no heartbeats) until released or
        ``duration`` seconds pass; connections stay open and events are kept for later."""
        self.faults.stall(duration)

    def release_streams(self) -> None:
        """End a stall started by :meth:`stall_streams`."""
        self.faults.release()

    def reset_faults(self) -> None:
        """Remove every injected fault."""
        self.faults.reset()


def _retry_after(status: int, value: float | str | None) -> str | None:
    if value is None:
        return "1" if status == 429 else None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
