"""Create a session, start it, follow its transcript live, stop it.

    CORTEX_BASE_URL=https://ots.odin.4players.io CORTEX_API_KEY=... \
        python examples/live_transcript.py --project my-project

Against the real server the transcription bot joins the ODIN room and lines arrive as people
speak; `make demo` runs the same code against the embedded emulator, whose bot reads a script.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
from collections.abc import Awaitable, Callable

import anyio

from cortex_client import CortexClient
from cortex_client.models import CreateSessionRequest, Message


def render(message: Message) -> str:
    """One transcript line: time, speaker, text."""
    clock = message.timestamp[11:19] if len(message.timestamp) >= 19 else message.timestamp
    return f"[{clock}] {message.sender_name}: {message.content}"


async def follow_transcript(
    client: CortexClient,
    project_id: str,
    *,
    title: str = "Standup",
    room: str = "room-1",
    idle_exit: float = 0.0,
    on_started: Callable[[str], Awaitable[None]] | None = None,
) -> int:
    """Run the whole job; returns the number of transcript lines printed."""
    project = client.project(project_id)
    body = CreateSessionRequest(title=title, external_room_id=room)
    session = await project.sessions.create_session(body=body)
    print(f"session {session.id} created ({session.status})")
    session = await session.start()  # a live object: it acts on itself, returning a new one
    print(f"session {session.id} started ({session.status})")
    if on_started is not None:
        await on_started(session.id)
    seen: set[str] = set()
    try:
        # The first snapshot is the transcript so far; each next one carries only new lines.
        async with session.watch_messages() as watch:
            snapshots = aiter(watch)
            while True:
                with anyio.move_on_after(idle_exit if idle_exit > 0 else math.inf):
                    snapshot = await anext(snapshots)
                    added = [c.data for c in snapshot.changes if c.type == "added"]
                    if not snapshot.changes:  # the first: the transcript so far, no changes
                        added = [m for m in snapshot.items if m.id not in seen]
                    for message in sorted(added, key=lambda m: m.timestamp):
                        seen.add(message.id)
                        print(render(message), flush=True)
                    continue
                break  # quiet for idle_exit seconds
    finally:
        stopped = await session.stop()
        print(f"session {stopped.id} stopped ({stopped.status}); {len(seen)} lines")
    return len(seen)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", default=os.environ.get("CORTEX_PROJECT_ID", "demo-project"))
    parser.add_argument("--title", default="Standup")
    parser.add_argument("--room", default="room-1")
    parser.add_argument(
        "--idle-exit",
        type=float,
        default=0.0,
        help="stop after this many quiet seconds (0 = until Ctrl-C)",
    )
    args = parser.parse_args()
    async with CortexClient() as client:  # CORTEX_BASE_URL / CORTEX_API_KEY
        await follow_transcript(
            client, args.project, title=args.title, room=args.room, idle_exit=args.idle_exit
        )


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:  # Ctrl-C: the session was stopped on the way out
        raise SystemExit(130) from None
