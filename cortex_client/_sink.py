"""The seam between the hub and what it feeds: a :class:`RawEvent` and the :class:`Sink` protocol.

The hub calls a sink's methods in the connection's task; they are private by name (a sink is
also a public object, an EventStream or a watch, whose users should not call them).
"""

from __future__ import annotations

from typing import Any, NamedTuple, Protocol

from ._sse import StreamError

__all__ = ["RawEvent", "Sink"]


class RawEvent(NamedTuple):
    """One event as received: its JSON object, and its ``id`` (used to de-duplicate)."""

    id: str | None
    data: dict[str, Any]


class Sink(Protocol):
    """What a hub feeds. Every method is called in the connection's task and must not block;
    one that raises costs that sink the call (logged; for :meth:`_events`, counted as dropped)."""

    #: Seconds without a byte before the connection counts as dead (0: never); the hub uses
    #: the smallest of its sinks'.
    idle_timeout: float

    def _connected(self) -> None:
        """The connection is (again) live: events before this may have been missed."""

    def _events(self, batch: list[RawEvent]) -> None:
        """New events, in order (one batch per received chunk)."""

    def _dropped(self, error: StreamError) -> None:
        """An event this sink will not get (unreadable, or its delivery raised)."""

    def _reconnecting(self, error: Exception | None, failures: int, delay: float) -> None:
        """The connection ended (``error`` None: closed by the server) or failed to open;
        the hub tries again in ``delay`` seconds (``failures`` in a row so far)."""

    def _ended(self, error: BaseException | None) -> None:
        """No more calls: the server refused the stream (``error``) or the client closed."""
