"""`make demo`: the live-transcript job against the embedded emulator, no network needed."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from live_transcript import follow_transcript

from cortex_client import CortexClient
from cortex_client.testing import serve

PROJECT = "demo-project"
DIALOGUE = [
    ("Alice", "Morning everyone, let's keep this short."),
    ("Bob", "I finished the retry transport yesterday."),
    ("Alice", "Nice. Any blockers?"),
    ("Carol", "None here, the emulator is green."),
    ("Alice", "Great, see you tomorrow."),
]


async def main() -> int:
    async with serve(api_keys=["demo-key"]) as server:
        print(f"emulator listening on {server.base_url}")

        async def bot(session_id: str) -> None:
            async def speak() -> None:
                for speaker, line in DIALOGUE:
                    await asyncio.sleep(0.3)  # pacing of the scripted speakers
                    server.emulator.inject_message(PROJECT, session_id, line, sender_name=speaker)

            asyncio.get_running_loop().create_task(speak())

        async with CortexClient(server.base_url, api_key="demo-key") as client:
            lines = await follow_transcript(client, PROJECT, idle_exit=1.5, on_started=bot)
    if lines != len(DIALOGUE):
        print(f"demo: expected {len(DIALOGUE)} lines, got {lines}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
