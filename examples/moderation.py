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

from cortex_client import CortexClient, Unset
from cortex_client.models import (
    CreateParticipantRequest,
    CreateSanctionRequest,
    CreateSanctionRequestType,
    CreateSessionRequest,
    MessageAnnotationCreatedEvent,
    SanctionResponse,
)

ANNOTATION = "message.annotation.created"
THRESHOLD = 0.8
# (speaker index, label, score) as the emulated plugin reports them: Ann is muted, then cleared
# by a confident "friendly" annotation (her sanction revoked); Ben stays below the threshold; Cid
# is muted.
ANNOTATIONS = [
    (0, "toxic", 0.95),
    (1, "toxic", 0.40),
    (0, "friendly", 0.97),
    (2, "toxic", 0.88),
]


def score_of(content: Mapping[str, Any], label: str) -> float:
    """The plugin's confidence for `label`, or 0."""
    score = content.get("score")
    if content.get("label") != label or not isinstance(score, int | float):
        return 0.0
    return float(score)


async def moderate(client: CortexClient, project_id: str, max_sanctions: int) -> list[str]:
    """Follow annotations: mute toxic speakers, lift a mute a confident "friendly" label clears.

    Returns the ids of the sanctions issued once `max_sanctions` exist. The sanction is a live
    object: it revokes itself (`sanction.revoke()`), no ids passed around again.
    """
    project = client.project(project_id)
    issued: list[str] = []
    muted: dict[str, SanctionResponse] = {}
    async with client.stream_events(project_id, types=[ANNOTATION]) as events:
        async for event in events:
            if not isinstance(event, MessageAnnotationCreatedEvent):
                continue
            data = event.payload.data  # typed: type_, content, participant_id, external_user_id
            if isinstance(data.content, Unset) or isinstance(data.participant_id, Unset):
                continue
            content, speaker = data.content.to_dict(), data.participant_id
            if speaker in muted and score_of(content, "friendly") >= THRESHOLD:
                lifted = await muted.pop(speaker).revoke()
                print(f"sanction {lifted.id} revoked for {speaker} ({lifted.status})", flush=True)
            elif speaker not in muted and score_of(content, "toxic") >= THRESHOLD:
                body = CreateSanctionRequest(
                    type_=CreateSanctionRequestType.MUTE,
                    participant_id=speaker,
                    reason=f"{data.type_} on message {content.get('messageId')}",
                )
                if isinstance(session_id := content.get("sessionId"), str):
                    body.session_id = session_id
                sanction = await project.sanctions.create_sanction(body=body)
                muted[speaker] = sanction
                print(f"sanction {sanction.id}: mute {speaker} ({sanction.reason})", flush=True)
                issued.append(sanction.id)
                if len(issued) >= max_sanctions:
                    return issued
    return issued


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
        # The fields the moderation guide documents: type, content, participantId,
        # externalUserId; what `content` holds is the plugin's own.
        data = {
            "type": "toxicity",
            "content": {
                "label": label,
                "score": score,
                "messageId": message_id,
                "sessionId": session.id,
            },
            "participantId": speakers[speaker].id,
            "externalUserId": speakers[speaker].external_user_id,
        }
        emulator.emit(
            ANNOTATION,
            "occurred",
            data,
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
