"""Events/second of ``cortex_client._sse.SSEDecoder`` against httpx-sse on the same bytes.

Not a test: ``python -m benchmarks.bench_sse`` prints a table; ``run()`` returns the numbers,
including ``sse_parse`` = our median events/s divided by httpx-sse's on the DomainEvent stream
(``id:`` + ``data:`` frames, the shape the Cortex server sends), and ``sse_parse_typed`` on the
same stream with an ``event:`` line added to every frame (our general, line-by-line path).

Rounds alternate between the decoders and are timed in process CPU time with the garbage
collector paused (as ``timeit`` does), so a busy machine skews both sides alike.

httpx-sse is driven the way ``EventSource.iter_sse`` drives it: httpx's ``TextDecoder``
(incremental UTF-8 over the body chunks), httpx-sse's ``SSELineDecoder``, then
``SSEDecoder.decode(line.rstrip("\\n"))`` per line. Needs ``pip install httpx-sse``.
"""

from __future__ import annotations

import gc
import json
import random
import statistics
import time
from collections.abc import Callable, Iterator

from httpx._decoders import TextDecoder
from httpx_sse._decoders import SSEDecoder as TheirDecoder
from httpx_sse._decoders import SSELineDecoder

from cortex_client._sse import SSEDecoder

EVENTS = 20_000
ROUNDS = 7
PING_EVERY = 200  # a keep-alive comment every this many events


def build_stream(events: int = EVENTS, seed: int = 1, *, typed: bool = False) -> bytes:
    """A realistic body: DomainEvent frames with ids, ~300-byte JSON data, occasional pings.

    ``typed`` adds an ``event: <type>`` line to every frame.
    """
    rng = random.Random(seed)
    actions = ["created", "updated", "deleted", "occurred"]
    parts: list[bytes] = []
    for n in range(events):
        if n % PING_EVERY == 0:
            parts.append(b": ping\n\n")
        event = {
            "id": f"evt_{n:08d}_{rng.getrandbits(48):012x}",
            "type": "transcript.message.created",
            "source": "cortex/transcription",
            "tenantId": "tnt_4f1c2a9e0b7d",
            "projectId": "prj_8a7b6c5d4e3f",
            "resourceId": f"message:msg_{rng.getrandbits(40):010x}",
            "timestamp": "2025-01-01T12:00:00.000Z",
            "payload": {
                "action": rng.choice(actions),
                "data": {"sessionId": "ses_01", "text": "Grüße, hello there — ok", "seq": n},
            },
        }
        data = json.dumps(event, ensure_ascii=False, separators=(",", ":"))
        head = f"event: {event['type']}\n" if typed else ""
        parts.append(f"{head}id: {n}\ndata: {data}\n\n".encode())
    return b"".join(parts)


def chunk_stream(body: bytes, seed: int = 2) -> list[bytes]:
    """Split the body into 4-16 KiB pieces, as a socket would deliver it."""
    rng = random.Random(seed)
    chunks: list[bytes] = []
    pos = 0
    while pos < len(body):
        size = rng.randint(4 * 1024, 16 * 1024)
        chunks.append(body[pos : pos + size])
        pos += size
    return chunks


def ours(chunks: list[bytes]) -> int:
    """Decode with cortex_client's decoder; return the number of events."""
    decoder = SSEDecoder()
    count = 0
    for chunk in chunks:
        for _event in decoder.feed(chunk):
            count += 1
    for _event in decoder.close():
        count += 1
    return count


def _their_lines(chunks: list[bytes]) -> Iterator[str]:
    # Mirrors httpx_sse._api._iter_sse_lines over Response.iter_text().
    text_decoder = TextDecoder("utf-8")
    line_decoder = SSELineDecoder()
    for chunk in chunks:
        text = text_decoder.decode(chunk)
        if text:
            yield from line_decoder.decode(text)
    rest = text_decoder.flush()
    if rest:
        yield from line_decoder.decode(rest)
    yield from line_decoder.flush()


def theirs(chunks: list[bytes]) -> int:
    """Decode with httpx-sse as EventSource.iter_sse does; return the number of events."""
    decoder = TheirDecoder()
    count = 0
    for line in _their_lines(chunks):
        line = line.rstrip("\n")
        sse = decoder.decode(line)
        if sse is not None:
            count += 1
    return count


def _seconds(decode: Callable[[list[bytes]], int], chunks: list[bytes]) -> float:
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        decode(chunks)
        return time.process_time() - start
    finally:
        gc.enable()


def _measure(chunks: list[bytes], rounds: int, prefix: str) -> dict[str, float]:
    # httpx-sse also dispatches an empty event for each blank line after a `: ping` comment
    # once an id was seen, so it may count more; rates below count DomainEvents only.
    if ours(chunks) != EVENTS or theirs(chunks) < EVENTS:
        raise RuntimeError("a decoder lost events")
    rates: dict[str, list[float]] = {"ours": [], "httpx_sse": []}
    for _ in range(rounds):
        rates["ours"].append(EVENTS / _seconds(ours, chunks))
        rates["httpx_sse"].append(EVENTS / _seconds(theirs, chunks))
    result: dict[str, float] = {}
    for name, values in rates.items():
        result[f"{prefix}{name}_eps_min"] = min(values)
        result[f"{prefix}{name}_eps_median"] = statistics.median(values)
        result[f"{prefix}{name}_eps_max"] = max(values)
    return result


def run(rounds: int = ROUNDS) -> dict[str, float]:
    """Measure both decoders on the same chunks; return events/s figures and the ratios."""
    result: dict[str, float] = {}
    for prefix, typed in (("", False), ("typed_", True)):
        result |= _measure(chunk_stream(build_stream(typed=typed)), rounds, prefix)
        ratio = result[f"{prefix}ours_eps_median"] / result[f"{prefix}httpx_sse_eps_median"]
        result["sse_parse_typed" if typed else "sse_parse"] = ratio
    return result


def main() -> None:
    """Print the events/s table and the median ratios."""
    result = run()
    size = len(build_stream())
    print(f"SSE decode: {EVENTS} events, {size / 1e6:.1f} MB, 4-16 KiB chunks, {ROUNDS} rounds")
    print(f"{'stream / decoder':<24}{'min ev/s':>12}{'median ev/s':>14}{'max ev/s':>12}")
    for prefix, label in (("", "id+data"), ("typed_", "event+id+data")):
        for name in ("ours", "httpx_sse"):
            row = [result[f"{prefix}{name}_eps_{stat}"] for stat in ("min", "median", "max")]
            print(f"{label + ' / ' + name:<24}" + "".join(f"{v:>12,.0f}" for v in row))
    print(f"sse_parse       (ours/httpx_sse, median, id+data):       {result['sse_parse']:.2f}x")
    print(
        f"sse_parse_typed (ours/httpx_sse, median, event+id+data): {result['sse_parse_typed']:.2f}x"
    )


if __name__ == "__main__":
    main()
