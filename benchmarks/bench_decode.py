"""decode: a 10,000-message transcript read into ``Message`` models, relative to ``json.loads``.

    decode = CPU time(json.loads + Message.from_dict for every item) / CPU time(json.loads)

Both sides parse the same bytes in the same round, in alternating order. The messages carry
every field of the spec's ``Message`` (``hasDebugAudio`` on 70% of them, 5% system notes),
uuid ids and 4-30 word texts, as a transcript listing returns them.
"""

from __future__ import annotations

import json
import random
import uuid
from typing import Any

from cortex_client.models import Message

from . import Goal, Result, cpu_seconds

__all__ = ["GOAL", "build_transcript", "run"]

GOAL = Goal("<=", 2.0)
MESSAGES = 10_000
ROUNDS = 15
_WORDS = [
    "hello",
    "team",
    "we",
    "should",
    "ship",
    "the",
    "release",
    "today",
    "ok",
    "agreed",
    "let",
    "me",
    "check",
    "the",
    "logs",
    "again",
    "thanks",
    "could",
    "you",
    "share",
    "your",
    "screen",
    "I",
    "think",
    "the",
    "build",
    "is",
    "green",
    "now",
    "great",
]


def build_transcript(count: int = MESSAGES, seed: int = 3) -> bytes:
    """The JSON body of a transcript listing: ``count`` realistic Message objects."""
    rng = random.Random(seed)
    messages: list[dict[str, Any]] = []
    for n in range(count):
        system = rng.random() < 0.05
        message: dict[str, Any] = {
            "id": str(uuid.UUID(int=rng.getrandbits(128))),
            "sessionId": "sess_01HZX3K7Q9",
            "type": "system" if system else "user",
            "senderName": "[System]" if system else rng.choice(["Alice", "Bob", "Chen", "Dana"]),
            "content": " ".join(rng.choice(_WORDS) for _ in range(rng.randint(4, 30))),
            "timestamp": f"2025-03-01T10:{n // 60 % 60:02d}:{n % 60:02d}.{n % 1000:03d}Z",
        }
        if rng.random() < 0.7:
            message["hasDebugAudio"] = rng.random() < 0.2
        messages.append(message)
    return json.dumps(messages, ensure_ascii=False).encode()


def _json_only(body: bytes) -> object:
    return json.loads(body)


def _models(body: bytes) -> list[Message]:
    return [Message.from_dict(item) for item in json.loads(body)]


def run(rounds: int = ROUNDS) -> list[Result]:
    """Measure ``rounds`` paired rounds; one ratio per round."""
    body = build_transcript()
    decoded = _models(body)
    if len(decoded) != MESSAGES or decoded[0].to_dict() != json.loads(body)[0]:
        raise RuntimeError("decoding lost or changed messages")
    ratios: list[float] = []
    for n in range(rounds):
        # Alternating order, so a slow spell of the machine does not always hit the same side.
        if n % 2:
            models = cpu_seconds(lambda: _models(body))
            loads = cpu_seconds(lambda: _json_only(body))
        else:
            loads = cpu_seconds(lambda: _json_only(body))
            models = cpu_seconds(lambda: _models(body))
        ratios.append(models / loads)
    return [Result("decode", GOAL, ratios, note=f"{MESSAGES} messages, {len(body) // 1024} KiB")]
