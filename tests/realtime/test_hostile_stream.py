"""Hostile event streams (issue 10): one bad frame or one bad answer costs that frame or that
connection, never the other subscribers; stream paths follow the operations' segment rules.

The stream is served by a small scripted ASGI app on a loopback port (the emulator cannot
misbehave this way); where a watch needs REST, the rest of the API is the emulator's.
"""

from __future__ import annotations

import asyncio
import gzip
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import anyio
import pytest

from cortex_client import CortexClient, InvalidPathParameter, StreamError
from cortex_client._generated.models import CreateSessionRequest
from cortex_client._hub import Backoff, hubs_of
from cortex_client._sink import RawEvent
from cortex_client._stream_path import stream_path
from cortex_client._watch import Snapshot, watch_collection
from cortex_client.testing import Emulator
from cortex_client.testing._app import create_app
from cortex_client.testing.pytest_plugin import DEFAULT_API_KEY as API_KEY
from tests._loopback import serve_app

PROJECT = "proj-hostile"
WAIT = 10.0
FAST = Backoff(initial=0.01, cap=0.05)
POISON = b"data: " + b"[" * 100_000 + b"\n\n"  # 100k nested arrays: RecursionError in json

ASGI = Callable[[dict[str, Any], Any, Any], Awaitable[None]]


def frame(n: int, *, event_id: str | None = None, extra: bytes = b"") -> bytes:
    """One DomainEvent frame of type ``test.thing`` carrying ``n``."""
    event = {
        "id": f"evt-{n}",
        "type": "test.thing",
        "source": "test",
        "tenantId": "t",
        "projectId": PROJECT,
        "resourceId": f"thing:{n}",
        "timestamp": "2025-01-01T00:00:00Z",
        "payload": {"action": "occurred", "data": {"n": n}},
    }
    head = b"" if event_id is None else f"id: {event_id}\n".encode()
    return extra + head + b"data: " + json.dumps(event).encode() + b"\n\n"


class Signal:
    """Wakes a waiter whenever something it may be waiting for changed."""

    def __init__(self) -> None:
        self._event: anyio.Event | None = None

    def set(self, *_: object) -> None:
        if self._event is not None:
            self._event.set()

    async def wait_for(self, predicate: Callable[[], bool]) -> None:
        with anyio.fail_after(WAIT):
            while True:
                event = self._event = anyio.Event()
                if predicate():
                    return
                await event.wait()


@dataclass
class Answer:
    """What the scripted stream answers one connection: a status, headers, chunks, and then
    either the end of the body or (``hold``) whatever :meth:`ScriptedStream.push` sends."""

    chunks: list[bytes] = field(default_factory=list)
    status: int = 200
    content_type: str = "text/event-stream"
    encoding: str | None = None
    hold: bool = False
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)


class ScriptedStream:
    """An ASGI app serving ``/events/stream`` paths from a script (the last answer repeats);
    anything else goes to ``fallback``. Records each stream request's path and headers."""

    def __init__(self, *answers: Answer, fallback: ASGI | None = None) -> None:
        self.answers = list(answers) or [Answer(hold=True)]
        self.fallback = fallback
        self.requests: list[tuple[str, dict[bytes, bytes]]] = []
        self.others: list[str] = []
        self._live: asyncio.Queue[bytes | None] | None = None
        self.signal = Signal()

    @property
    def connections(self) -> int:
        return len(self.requests)

    def header(self, connection: int, name: bytes) -> bytes | None:
        return self.requests[connection][1].get(name.lower())

    def push(self, chunk: bytes) -> None:
        """Send ``chunk`` on the held connection."""
        assert self._live is not None, "no held connection"
        self._live.put_nowait(chunk)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        path: str = scope["path"]
        if not path.endswith("/events/stream"):
            self.others.append(path)
            if self.fallback is None:
                await send({"type": "http.response.start", "status": 404, "headers": []})
                await send({"type": "http.response.body", "body": b""})
                return
            await self.fallback(scope, receive, send)
            return
        raw_path = scope.get("raw_path") or path.encode()
        self.requests.append((raw_path.decode(), {k.lower(): v for k, v in scope["headers"]}))
        self.signal.set()
        answer = self.answers[min(len(self.requests), len(self.answers)) - 1]
        headers = [(b"content-type", answer.content_type.encode()), *answer.headers]
        body = b"".join(answer.chunks)
        if answer.encoding == "gzip":
            headers.append((b"content-encoding", b"gzip"))
            body = gzip.compress(body)
        await send({"type": "http.response.start", "status": answer.status, "headers": headers})
        await send({"type": "http.response.body", "body": body, "more_body": answer.hold})
        if not answer.hold:
            return
        queue = self._live = asyncio.Queue()
        while (chunk := await queue.get()) is not None:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})


@asynccontextmanager
async def running(stream: ScriptedStream) -> AsyncIterator[CortexClient]:
    async with serve_app(stream) as base_url, CortexClient(base_url, api_key=API_KEY) as client:
        yield client
        if stream._live is not None:
            stream._live.put_nowait(None)


class Recorder:
    """A sink of the hub that keeps what it is told; :meth:`next_event` waits for events."""

    def __init__(self) -> None:
        self.idle_timeout = 0.0
        self.events_seen: list[RawEvent] = []
        self.connections = 0
        self.dropped_errors: list[StreamError] = []
        self.failures: list[Exception | None] = []
        self.error: BaseException | None = None
        self.signal = Signal()
        self._read = 0

    def _connected(self) -> None:
        self.connections += 1
        self.signal.set()

    def _events(self, batch: list[RawEvent]) -> None:
        self.events_seen.extend(batch)
        self.signal.set()

    def _dropped(self, error: StreamError) -> None:
        self.dropped_errors.append(error)

    def _reconnecting(self, error: Exception | None, failures: int, delay: float) -> None:
        self.failures.append(error)

    def _ended(self, error: BaseException | None) -> None:
        self.error = error
        self.signal.set()

    async def next_event(self) -> RawEvent:
        await self.signal.wait_for(lambda: len(self.events_seen) > self._read)
        self._read += 1
        return self.events_seen[self._read - 1]


@asynccontextmanager
async def attached(
    client: CortexClient, project_id: str, sink: Any = None, backoff: Backoff = FAST
) -> AsyncIterator[Recorder]:
    """``sink`` (a new :class:`Recorder` by default) fed by the client's hub of the project."""
    sink = sink or Recorder()
    async with hubs_of(client).attached(stream_path(project_id), sink, backoff):
        yield sink


def numbers(events: list[RawEvent]) -> list[int]:
    return [event.data["payload"]["data"]["n"] for event in events]


# --- one bad frame costs that frame -----------------------------------------------------------


async def test_non_ascii_event_id_is_sent_back_as_utf8() -> None:
    stream = ScriptedStream(Answer([frame(1, event_id="évt-ü-1")]), Answer([frame(2)], hold=True))
    async with running(stream) as client, attached(client, PROJECT) as sub:
        assert numbers([await sub.next_event(), await sub.next_event()]) == [1, 2]
        assert sub.error is None
    assert stream.header(1, b"last-event-id") == "évt-ü-1".encode()


async def test_event_id_no_header_can_carry_is_left_out() -> None:
    stream = ScriptedStream(Answer([frame(1, event_id="x ")]), Answer([frame(2)], hold=True))
    async with running(stream) as client, attached(client, PROJECT) as sub:
        assert numbers([await sub.next_event(), await sub.next_event()]) == [1, 2]
    assert stream.header(1, b"last-event-id") is None


async def test_deeply_nested_data_costs_only_that_event() -> None:
    stream = ScriptedStream(Answer([frame(1), POISON, b"data: [1]\n\n", frame(2)], hold=True))
    async with running(stream) as client, attached(client, PROJECT) as sub:
        assert numbers([await sub.next_event(), await sub.next_event()]) == [1, 2]
    assert stream.connections == 1
    assert [type(error.__cause__) for error in sub.dropped_errors] == [RecursionError, ValueError]


async def test_huge_retry_field_does_not_end_the_stream() -> None:
    retry = b"retry: " + b"9" * 400 + b"\n"
    stream = ScriptedStream(Answer([frame(1, extra=retry)]), Answer([frame(2)], hold=True))
    async with running(stream) as client, attached(client, PROJECT) as sub:
        assert numbers([await sub.next_event(), await sub.next_event()]) == [1, 2]
        assert sub.error is None


async def test_retry_field_is_capped_at_the_backoff_maximum() -> None:
    # 99999999999 ms is 1157 days; the reconnect must come after at most FAST.cap.
    stream = ScriptedStream(
        Answer([frame(1, extra=b"retry: 99999999999\n")]), Answer([frame(2)], hold=True)
    )
    async with running(stream) as client, attached(client, PROJECT) as sub:
        assert numbers([await sub.next_event(), await sub.next_event()]) == [1, 2]


@pytest.mark.parametrize("retry_after", [b"inf", b"1e400", b"99999999999"])
async def test_a_stream_told_to_retry_after_forever_comes_back_after_the_backoff_maximum(
    retry_after: bytes,
) -> None:
    # A 429 whose Retry-After is beyond any bound must not put the stream to sleep for good.
    limited = Answer(
        status=429, content_type="application/json", headers=[(b"retry-after", retry_after)]
    )
    stream = ScriptedStream(limited, Answer([frame(1)], hold=True))
    async with running(stream) as client, attached(client, PROJECT) as sub:
        assert numbers([await sub.next_event()]) == [1]
    assert stream.connections == 2


async def test_a_sink_that_raises_loses_only_that_delivery() -> None:
    stream = ScriptedStream(Answer([frame(1)], hold=True))

    class Buggy(Recorder):
        def _events(self, batch: list[RawEvent]) -> None:
            if any(event.id == "evt-2" for event in batch):
                raise RuntimeError("bug in a sink")
            super()._events(batch)

    async with running(stream) as client, AsyncExitStack() as stack:
        first = await stack.enter_async_context(attached(client, PROJECT, Buggy()))
        second = await stack.enter_async_context(attached(client, PROJECT))
        assert numbers([await first.next_event()]) == numbers([await second.next_event()]) == [1]
        stream.push(frame(2))
        assert numbers([await second.next_event()]) == [2]
        stream.push(frame(3))
        assert numbers([await first.next_event()]) == [3]
        assert numbers([await second.next_event()]) == [3]
    assert [error.event_id for error in first.dropped_errors] == ["evt-2"]
    assert (second.dropped_errors, stream.connections) == ([], 1)


async def test_two_watches_survive_a_poison_event_on_one_connection() -> None:
    emulator = Emulator([API_KEY], heartbeat_interval=15.0)
    stream = ScriptedStream(Answer(hold=True), fallback=create_app(emulator))
    async with running(stream) as client:
        first = watch_collection(client, PROJECT, "sessions")
        second = watch_collection(client, PROJECT, "sessions")
        errors: list[BaseException] = []
        first.on_error(errors.append)
        second.on_error(errors.append)
        async with first, second:
            seen: dict[int, list[Snapshot[Any]]] = {0: [], 1: []}
            signal = Signal()
            for index, watch in enumerate((first, second)):
                watch.on_snapshot(seen[index].append)
                watch.on_snapshot(signal.set)
            await signal.wait_for(lambda: bool(seen[0] and seen[1]))
            body = CreateSessionRequest(title="after the poison", external_room_id="room")
            session = await client.sessions.create_session(PROJECT, body=body)
            event = {
                "id": "evt-session",
                "type": "session.created",
                "source": "test",
                "tenantId": "t",
                "projectId": PROJECT,
                "resourceId": f"session:{session.id}",
                "timestamp": "2025-01-01T00:00:00Z",
                "payload": {"action": "created", "data": session.to_dict()},
            }
            stream.push(POISON + b"data: " + json.dumps(event).encode() + b"\n\n")
            await signal.wait_for(
                lambda: all(session.id in snaps[-1].by_id for snaps in seen.values())
            )
            assert first.error is None and second.error is None
    assert stream.connections == 1
    assert [type(error) for error in errors] == [StreamError, StreamError]


async def test_event_stream_skips_and_counts_unreadable_events() -> None:
    not_an_event = b'data: {"id": "evt-x"}\n\n'
    stream = ScriptedStream(Answer([frame(1), POISON, not_an_event, frame(2)], hold=True))
    async with running(stream) as client, client.stream_events(PROJECT) as events:
        with anyio.fail_after(WAIT):
            received = [await anext(events), await anext(events)]
        assert [event.id for event in received] == ["evt-1", "evt-2"]
        assert events.dropped_events == 2


# --- one bad answer costs that connection -----------------------------------------------------


async def test_stream_asks_for_identity_and_refuses_a_compressed_answer() -> None:
    stream = ScriptedStream(Answer([frame(1)], encoding="gzip"), Answer([frame(2)], hold=True))
    async with running(stream) as client, attached(client, PROJECT) as sub:
        assert numbers([await sub.next_event()]) == [2]
    assert stream.header(0, b"accept-encoding") == b"identity"
    assert stream.connections == 2
    [refused] = [error for error in sub.failures if error is not None]
    assert isinstance(refused, StreamError) and "gzip" in str(refused)


@dataclass(frozen=True)
class RecordingBackoff(Backoff):
    """Backoff that records the failure count it is asked for and waits almost nothing."""

    seen: list[int] = field(default_factory=list)
    signal: Signal = field(default_factory=Signal)

    def delay(self, failures: int, floor: float, rand: float) -> float:
        self.seen.append(failures)
        self.signal.set()
        return 0.001


async def test_an_answer_that_is_not_an_event_stream_is_a_failed_connection() -> None:
    page = b"<html><body><pre>\n" + frame(1) + b"</pre></body></html>\n"
    stream = ScriptedStream(Answer([page], content_type="text/html; charset=utf-8"))
    backoff = RecordingBackoff()
    async with running(stream) as client, attached(client, PROJECT, backoff=backoff) as sub:
        await backoff.signal.wait_for(lambda: len(backoff.seen) >= 4)
    assert sub.events_seen == [] and sub.connections == 0  # the page is never parsed
    assert backoff.seen[:4] == [1, 2, 3, 4]  # the backoff keeps growing
    refused = sub.failures[0]
    assert isinstance(refused, StreamError)
    assert "200" in str(refused) and "text/html" in str(refused)


async def test_event_stream_content_type_parameters_are_accepted() -> None:
    answer = Answer([frame(1)], content_type="Text/Event-Stream; charset=utf-8", hold=True)
    stream = ScriptedStream(answer)
    async with running(stream) as client, attached(client, PROJECT) as sub:
        assert numbers([await sub.next_event()]) == [1]


# --- stream paths -----------------------------------------------------------------------------


@pytest.mark.parametrize("project_id", ["", ".", ".."])
async def test_stream_path_refuses_segments_that_change_the_path(project_id: str) -> None:
    stream = ScriptedStream()
    async with running(stream) as client:
        with pytest.raises(InvalidPathParameter):
            client.stream_events(project_id)
        with pytest.raises(InvalidPathParameter):
            watch_collection(client, project_id, "sessions")
        with pytest.raises(InvalidPathParameter):
            client.project(project_id).sessions.watch()
        with pytest.raises(InvalidPathParameter):
            async with attached(client, project_id):
                pass
    assert stream.connections == 0 and stream.others == []


async def test_stream_path_escapes_the_project_id() -> None:
    stream = ScriptedStream(Answer([frame(1)], hold=True))
    async with running(stream) as client, attached(client, "a/b c") as sub:
        await sub.next_event()
    assert stream.requests[0][0] == "/api/projects/a%2Fb%20c/events/stream"
    assert stream.header(0, b"accept") == b"text/event-stream"
