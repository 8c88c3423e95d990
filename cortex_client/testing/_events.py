"""Domain event buffer and fan-out to SSE subscribers, plus the event-stream wire format."""

from __future__ import annotations

import asyncio
import json
from collections import Counter, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["HEARTBEAT", "EventBus", "Published", "Subscription", "encode_frame"]

HEARTBEAT = b": ping\n\n"


@dataclass(frozen=True)
class Published:
    """A domain event with its stream position (the SSE ``id``)."""

    seq: int
    project_id: str | None
    event: Mapping[str, Any]


def encode_frame(published: Published) -> bytes:
    """One SSE frame: ``id:`` then the event JSON on a single ``data:`` line."""
    data = json.dumps(published.event, separators=(",", ":"), ensure_ascii=False)
    return f"id: {published.seq}\ndata: {data}\n\n".encode()


@dataclass(eq=False)
class Subscription:
    """One open stream: the project it follows (None = the whole tenant) and its queue."""

    project_id: str | None
    queue: asyncio.Queue[Published] = field(default_factory=asyncio.Queue)

    def wants(self, published: Published) -> bool:
        """Whether this stream delivers ``published``."""
        return self.project_id is None or published.project_id == self.project_id


class EventBus:
    """A bounded replay buffer and the set of live subscriptions."""

    def __init__(self, capacity: int = 1000, on_change: Callable[[], None] | None = None) -> None:
        self._buffer: deque[Published] = deque(maxlen=capacity)
        self._subscriptions: list[Subscription] = []
        self._next_seq = 1
        self._open: Counter[str | None] = Counter()
        self._opened: Counter[str | None] = Counter()
        self._on_change = on_change or (lambda: None)

    def publish(self, event: Mapping[str, Any], project_id: str | None) -> Published:
        """Append ``event`` to the buffer and hand it to every interested subscriber."""
        published = Published(self._next_seq, project_id, event)
        self._next_seq += 1
        self._buffer.append(published)
        for subscription in self._subscriptions:
            if subscription.wants(published):
                subscription.queue.put_nowait(published)
        self._on_change()
        return published

    def subscribe(self, project_id: str | None, last_event_id: str | None) -> Subscription:
        """Open a subscription; replay what followed ``last_event_id`` if it is still buffered."""
        subscription = Subscription(project_id)
        resume_after = _parse_seq(last_event_id)
        if resume_after is not None and any(p.seq == resume_after for p in self._buffer):
            for published in self._buffer:
                if published.seq > resume_after and subscription.wants(published):
                    subscription.queue.put_nowait(published)
        self._subscriptions.append(subscription)
        self._open[project_id] += 1
        self._opened[project_id] += 1
        self._on_change()
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        """Close a subscription (idempotent)."""
        if subscription in self._subscriptions:
            self._subscriptions.remove(subscription)
            self._open[subscription.project_id] -= 1
            self._on_change()

    def open_count(self, project_id: str | None) -> int:
        """Open streams for a project (``None``: the tenant-wide stream)."""
        return self._open[project_id]

    def opened_count(self, project_id: str | None) -> int:
        """Streams ever opened for a project (``None``: the tenant-wide stream)."""
        return self._opened[project_id]

    def events(self, project_id: str | None = None) -> list[Mapping[str, Any]]:
        """Buffered events, oldest first, optionally of one project."""
        return [p.event for p in self._buffer if project_id is None or p.project_id == project_id]

    def clear(self) -> None:
        """Forget buffered events (sequence numbers keep increasing)."""
        self._buffer.clear()


def _parse_seq(value: str | None) -> int | None:
    if value is None or not value.strip().isdigit():
        return None
    return int(value.strip())
