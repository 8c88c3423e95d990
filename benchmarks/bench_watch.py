"""watch_apply: 100,000 events applied to a 10,000-session CollectionWatch, relative to a bare
dict-update loop over the same decoded events.

    watch_apply = CPU time(the watch queues, interprets and applies the events, in batches)
                  / CPU time(for event in events: state[data["id"]] = data  (or pop))

The watch side is what the event path does after the hub has parsed each frame's JSON: the
hub's de-duplication by id, then ``CollectionWatch.events`` per batch (the shared reader reads
each event, checks the document's required fields, the state is updated in place with an undo
log, the changes computed, one snapshot published). Documents are decoded into
``SessionResponse`` models only when read, so ``extra`` also reports the ratio for a consumer
that reads every change's ``data`` (``reading_changes``: one model built per changed
document), and the cost per event when every event arrives alone (a trickle). Events reach a
watch in bursts, one per received chunk, so they are applied ``BATCH`` at a time.

This drives a watch's sink method and the hub's de-duplication directly (no server, no
socket): it measures the apply path alone, and reports "not measured" if that path changes
shape.
"""

from __future__ import annotations

import random
import statistics
import time
from typing import Any

from . import Goal, Result, cpu_seconds, not_measured
from ._recording import PROJECT
from ._recording import session as _session

__all__ = ["GOAL", "run"]

#: Tracked, no longer a goal: the peer (a dict loop that decodes nothing) is nobody's
#: alternative; ``watch_vs_handwritten`` (bench_consumer) measures the watch against one.
GOAL: Goal | None = None
DOCUMENTS = 10_000
EVENTS = 100_000
BATCH = 100
ROUNDS = 2
TRICKLE_EVENTS = 200


def _events(count: int, seed: int = 5) -> list[Any]:
    """Updates to random sessions, with a delete + re-create every 50 events."""
    from cortex_client._sink import RawEvent

    rng = random.Random(seed)
    events: list[Any] = []
    for n in range(count):
        doc = rng.randrange(DOCUMENTS)
        if n % 50 == 49:
            action, kind = ("deleted", "session.deleted") if n % 100 == 49 else ("created", "")
            kind = kind or "session.created"
        else:
            action, kind = "updated", "session.updated"
        event_id = f"evt_{n:08d}"
        event: dict[str, Any] = {
            "id": event_id,
            "type": kind,
            "source": "cortex:api",
            "tenantId": "tnt_4f1c2a9e0b7d",
            "projectId": PROJECT,
            "resourceId": f"session:ses_{doc:06d}",
            "timestamp": "2025-03-01T10:00:00Z",
            "payload": {"action": action, "data": _session(doc, n)},
        }
        events.append(RawEvent(event_id, event))
    return events


def _bare(events: list[Any], initial: dict[str, Any]) -> dict[str, Any]:
    state = dict(initial)
    for event in events:
        payload = event.data["payload"]
        data = payload["data"]
        if payload["action"] == "deleted":
            state.pop(data["id"], None)
        else:
            state[data["id"]] = data
    return state


def _new_watch(initial: dict[str, Any]) -> tuple[Any, Any]:
    from cortex_client._hub import Hub
    from cortex_client._state import State
    from cortex_client._watch import CollectionWatch, Phase

    watch: Any = CollectionWatch(object(), PROJECT, "sessions")
    watch._state = State(initial)
    watch._phase = Phase.LIVE
    return watch, Hub(lambda: None, "/bench")  # type: ignore[arg-type, return-value]


def _fresh(events: list[Any]) -> list[Any]:
    """The same events as new objects, as each round's hub would deliver them (the shared
    reader remembers only the last event it read, so no round starts with a warm cache)."""
    from cortex_client._sink import RawEvent

    return [RawEvent(e.id, e.data) for e in events]


def _timed_watch(events: list[Any], initial: dict[str, Any], *, read: bool = False) -> float:
    fresh = _fresh(events)
    return cpu_seconds(lambda: _through_watch(fresh, initial, BATCH, read=read))


def _through_watch(
    events: list[Any], initial: dict[str, Any], batch: int, *, read: bool = False
) -> Any:
    watch, hub = _new_watch(initial)
    first_sight = hub._first_sight
    for start in range(0, len(events), batch):
        watch._events([event for event in events[start : start + batch] if first_sight(event.id)])
        if read:  # a consumer that looks at every changed document
            for change in watch.current.changes:
                _ = change.data
    return watch


def run(rounds: int = ROUNDS) -> list[Result]:
    """Paired rounds: the watch path and the bare loop over the same events."""
    try:
        from cortex_client._generated.models import SessionResponse

        events = _events(EVENTS)
        initial_dicts = {f"ses_{n:06d}": _session(n, 0) for n in range(DOCUMENTS)}
        initial = {key: SessionResponse.from_dict(value) for key, value in initial_dicts.items()}
        check = _through_watch(_fresh(events), initial, BATCH)
    except (ImportError, AttributeError, TypeError) as exc:
        return [not_measured("watch_apply", GOAL, f"watch internals changed ({exc!r})")]
    expected = _bare(events, initial_dicts)
    titles = {key: value["title"] for key, value in expected.items()}
    if {key: value.title for key, value in check._state.view().items()} != titles:
        raise RuntimeError("the watch's state differs from the bare loop's")
    ratios: list[float] = []
    reading: list[float] = []
    for n in range(rounds):
        if n % 2:
            ours = _timed_watch(events, initial)
            bare = cpu_seconds(lambda: _bare(events, initial_dicts))
        else:
            bare = cpu_seconds(lambda: _bare(events, initial_dicts))
            ours = _timed_watch(events, initial)
        ratios.append(ours / bare)
        reading.append(_timed_watch(events, initial, read=True) / bare)
    trickle = _events(TRICKLE_EVENTS, seed=6)
    start = time.process_time()
    _through_watch(trickle, initial, 1)
    trickle_us = (time.process_time() - start) / TRICKLE_EVENTS * 1e6
    return [
        Result(
            "watch_apply",
            GOAL,
            ratios,
            note=f"{EVENTS} events, {DOCUMENTS} sessions, batches of {BATCH}",
            extra={
                "reading_changes_median": statistics.median(reading),
                "trickle_us_per_event_batch_1": trickle_us,
            },
        )
    ]
