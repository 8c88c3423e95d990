"""Moderation: annotation events from the event stream turned into sanctions.

    python examples/moderation.py                       # against the embedded emulator
    python examples/moderation.py --base-url URL --project ID --max-sanctions 10

A moderation plugin annotates transcript messages (`message.annotation.created`); this service
follows the project's event stream and mutes the speaker of every message labelled toxic with
a score above the threshold. Against the emulator, the script plays the plugin itself.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import anyio

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _connect import Target, connect, parser

from cortex_client import CortexClient
from cortex_client.models import (
    CreateParticipantRequest,
    CreateSanctionRequest,
    CreateSanctionRequestType,
    CreateSessionRequest,
)

ANNOTATION = "message.annotation.created"
THRESHOLD = 0.8
# (speaker index, label, score) as the emulated plugin reports them.
ANNOTATIONS = [(0, "toxic", 0.95), (1, "toxic", 0.40), (1, "friendly", 0.99), (2, "toxic", 0.88)]


def verdict(content: Mapping[str, Any]) -> str | None:
    """The participant to mute for one annotation, or None."""
    score = content.get("score")
    if content.get("label") != "toxic" or not isinstance(score, int | float) or score < THRESHOLD:
        return None
    participant = content.get("participantId")
    return participant if isinstance(participant, str) else None


async def moderate(client: CortexClient, project_id: str, max_sanctions: int) -> list[str]:
    """Follow annotations and sanction; returns the sanction ids once `max_sanctions` exist."""
    project = client.project(project_id)
    sanctions: list[str] = []
    async with client.stream_events(project_id, types=[ANNOTATION]) as events:
        async for event in events:
            data = event.to_dict().get("payload", {}).get("data", {})
            content = data.get("content") if isinstance(data, Mapping) else None
            if not isinstance(content, Mapping) or (participant := verdict(content)) is None:
                continue
            body = CreateSanctionRequest(
                type_=CreateSanctionRequestType.MUTE,
                participant_id=participant,
                reason=f"toxic message {content.get('messageId')} (score {content.get('score')})",
            )
            if isinstance(session_id := content.get("sessionId"), str):
                body.session_id = session_id
            sanction = await project.sanctions.create_sanction(body=body)
            print(f"sanction {sanction.id}: mute {participant} ({sanction.reason})", flush=True)
            sanctions.append(sanction.id)
            if len(sanctions) >= max_sanctions:
                return sanctions
    return sanctions


async def play_plugin(target: Target) -> None:
    """What a moderation plugin would do on the real server: annotate messages."""
    emulator, project_id = target.emulator, target.project_id
    if emulator is None:  # a real server has real plugins
        return
    project = target.client.project(project_id)
    session = await project.sessions.create_session(
        body=CreateSessionRequest(title="Ranked match", external_room_id="room-7")
    )
    speakers = []
    for name in ("Ann", "Ben", "Cid"):
        body = CreateParticipantRequest(external_user_id=name.lower(), display_name=name)
        speakers.append(await project.participants.create_participant(body=body))
    await emulator.wait_until(lambda: emulator.stream_connections(project_id) > 0)
    for number, (speaker, label, score) in enumerate(ANNOTATIONS):
        message_id = f"msg-{number}"
        content = {
            "label": label,
            "score": score,
            "participantId": speakers[speaker].id,
            "sessionId": session.id,
            "messageId": message_id,
        }
        emulator.emit(
            ANNOTATION,
            "occurred",
            {"content": content},
            project_id=project_id,
            resource_id=f"message:{message_id}",
            source="cortex:plugin",
        )


async def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit code."""
    cli = parser(__doc__.splitlines()[0])
    cli.add_argument("--max-sanctions", type=int, default=2, help="stop after this many")
    args = cli.parse_args(argv)
    async with connect(args.base_url, args.project) as target:
        with anyio.fail_after(30 if target.emulator is not None else None):
            async with anyio.create_task_group() as tasks:
                if target.emulator is not None:
                    tasks.start_soon(play_plugin, target)
                sanctions = await moderate(target.client, args.project, args.max_sanctions)
    print(f"{len(sanctions)} sanction(s) issued")
    return 0 if len(sanctions) == args.max_sanctions else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
