"""The recorded Cortex traffic both consumers of ``watch_vs_handwritten`` read.

A project of ``DOCUMENTS`` sessions (the list route's JSON body) and ``EVENTS`` session events
as the SSE body of the project's event stream: updates to random sessions, a delete and a
re-create every 50 events, and last a ``session.created`` of :data:`SENTINEL`, whose arrival
tells a consumer it has seen everything. Deterministic: the server process and the
benchmark build the same bytes.
"""

from __future__ import annotations

import json
import random
from typing import Any

__all__ = [
    "DOCUMENTS",
    "EVENTS",
    "LIST_PATH",
    "PROJECT",
    "QUIET_PROJECT",
    "SENTINEL",
    "STREAM_PATH",
    "expected_state",
    "list_body",
    "session",
    "stream_body",
]

PROJECT = "prj_bench"
#: A project whose list is the same and whose stream stays silent (for memory figures).
QUIET_PROJECT = "prj_quiet"
DOCUMENTS = 10_000
EVENTS = 100_000
SENTINEL = "ses_zz_end"
LIST_PATH = f"/api/projects/{PROJECT}/sessions"
STREAM_PATH = f"/api/projects/{PROJECT}/events/stream"


def session(n: int | str, revision: int) -> dict[str, Any]:
    """One ``SessionResponse`` document (``n``: its number, or its id)."""
    doc_id = n if isinstance(n, str) else f"ses_{n:06d}"
    return {
        "id": doc_id,
        "tenantId": "tnt_4f1c2a9e0b7d",
        "externalRoomId": f"room-{n}",
        "projectId": PROJECT,
        "gateway": "gateway.odin.4players.io",
        "title": f"Room {n} (rev {revision})",
        "createdByUserId": "usr_01",
        "createdAt": "2025-03-01T10:00:00Z",
        "status": "active" if revision % 7 else "idle",
        "idleTimeout": 300,
    }


def initial_documents() -> list[dict[str, Any]]:
    """What the list route returns."""
    return [session(n, 0) for n in range(DOCUMENTS)]


def list_body() -> bytes:
    """The list route's JSON body."""
    return json.dumps(initial_documents(), separators=(",", ":")).encode()


def events(count: int = EVENTS, seed: int = 5) -> list[dict[str, Any]]:
    """The DomainEvents of the stream, the last one creating :data:`SENTINEL`."""
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    for n in range(count):
        doc: int | str = rng.randrange(DOCUMENTS)
        if n == count - 1:
            doc, action = SENTINEL, "created"
        elif n % 50 == 49:
            action = "deleted" if n % 100 == 49 else "created"
        else:
            action = "updated"
        data = session(doc, n + 1)
        out.append(
            {
                "id": f"evt_{n:08d}",
                "type": f"session.{action}",
                "source": "cortex:api",
                "tenantId": "tnt_4f1c2a9e0b7d",
                "projectId": PROJECT,
                "resourceId": f"session:{data['id']}",
                "timestamp": "2025-03-01T10:00:00Z",
                "payload": {"action": action, "data": data},
            }
        )
    return out


def stream_body() -> bytes:
    """The SSE body: one ``id:`` + ``data:`` frame per event, as the Cortex server sends."""
    frames = [
        f"id: {event['id']}\ndata: {json.dumps(event, separators=(',', ':'))}\n\n"
        for event in events()
    ]
    return "".join(frames).encode()


def expected_state() -> dict[str, dict[str, Any]]:
    """The documents after the whole stream, by id."""
    state = {doc["id"]: doc for doc in initial_documents()}
    for event in events():
        data = event["payload"]["data"]
        if event["payload"]["action"] == "deleted":
            state.pop(data["id"], None)
        else:
            state[data["id"]] = data
    return state
