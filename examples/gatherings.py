"""A lobby with members and invitations, watched live.

    python examples/gatherings.py                       # against the embedded emulator
    python examples/gatherings.py --base-url URL --project ID   # $CORTEX_API_KEY

Creates three participants and a lobby, watches its members and invitations, adds two members,
invites the third, and prints every change the watches deliver until the lobby is complete.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import anyio

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _connect import connect, parser

from cortex_client import CollectionWatch
from cortex_client.models import (
    AddMemberRequest,
    CreateGatheringRequest,
    CreateGatheringRequestType,
    CreateParticipantRequest,
    SendInvitationsRequest,
)

PEOPLE = [("alice", "Alice"), ("bob", "Bob"), ("carol", "Carol")]


async def follow(label: str, watch: CollectionWatch[Any], want: int, done: anyio.Event) -> None:
    """Print each change of `watch` until it holds `want` items."""
    async for snapshot in watch:
        for change in snapshot.changes:
            print(f"{label}: {change.type} {change.id}", flush=True)
        if len(snapshot.items) >= want:
            done.set()
            return


async def run(base_url: str | None, project_id: str) -> tuple[int, ...]:
    """The whole scenario; returns (members, invitations) as the watches last saw them."""
    async with connect(base_url, project_id) as target:
        project = target.client.project(project_id)
        people = []
        for user_id, name in PEOPLE:
            body = CreateParticipantRequest(external_user_id=user_id, display_name=name)
            people.append(await project.participants.create_participant(body=body))
        lobby = await project.gatherings.create_gathering(
            body=CreateGatheringRequest(
                name="Friday lobby", type_=CreateGatheringRequestType.LOBBY, max_members=4
            )
        )
        print(f"gathering {lobby.id} created ({lobby.status})")
        members_done, invitations_done = anyio.Event(), anyio.Event()
        async with (
            lobby.watch_members() as members,
            lobby.watch_invitations() as invitations,
            anyio.create_task_group() as tasks,
        ):
            tasks.start_soon(follow, "member", members, 2, members_done)
            tasks.start_soon(follow, "invitation", invitations, 1, invitations_done)
            for person in people[:2]:
                member = AddMemberRequest(participant_id=person.id)
                await lobby.add_member(body=member)
            await lobby.send_invitations(
                body=SendInvitationsRequest(participant_ids=[people[2].id])
            )
            with anyio.fail_after(15):
                await members_done.wait()
                await invitations_done.wait()
            counts = tuple(len(w.current.items) if w.current else 0 for w in (members, invitations))
        print(f"lobby complete: {counts[0]} members, {counts[1]} invitation(s)")
        return counts


async def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit code."""
    args = parser(__doc__.splitlines()[0]).parse_args(argv)
    return 0 if await run(args.base_url, args.project) == (2, 1) else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
