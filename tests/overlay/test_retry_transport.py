"""RetryTransport against a real loopback server that answers from a per-test script."""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

import anyio
import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from cortex_client._errors import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
    raise_for_status,
)
from cortex_client._retry import RetryPolicy
from cortex_client._transport import RetryTransport

from .._loopback import serve_app as serve

ALL_METHODS = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE", "POST", "PATCH"]
# Fast backoff so tests that really sleep stay quick.
FAST = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.02)


# --- loopback server -----------------------------------------------------------------------


@dataclass
class Step:
    """One scripted answer; ``hang`` waits until the test releases it (or 10 s pass)."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b"ok"
    hang: bool = False


@dataclass
class Hit:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class ScriptedApp:
    """Answers requests with the next scripted :class:`Step` (the default once exhausted)."""

    def __init__(self) -> None:
        self.script: list[Step] = []
        self.hits: list[Hit] = []
        self.release = asyncio.Event()
        self.hit_event = asyncio.Event()
        self.app = Starlette(routes=[Route("/{path:path}", self.handle, methods=ALL_METHODS)])

    async def handle(self, request: Request) -> Response:
        body = await request.body()
        self.hits.append(Hit(request.method, request.url.path, dict(request.headers), body))
        self.hit_event.set()
        step = self.script.pop(0) if self.script else Step()
        if step.hang:
            with anyio.move_on_after(10):
                await self.release.wait()
        return Response(step.body, status_code=step.status, headers=step.headers)


@pytest.fixture
async def scripted() -> AsyncIterator[tuple[ScriptedApp, str]]:
    app = ScriptedApp()
    async with serve(app.app) as url:
        try:
            yield app, url
        finally:
            app.release.set()


def closed_port_url() -> str:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


class FakeTime:
    """A monotonic clock that only moves when the transport sleeps; sleeps are recorded."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def client_for(
    base_url: str,
    policy: RetryPolicy = FAST,
    *,
    fake: FakeTime | None = None,
    random: Callable[[], float] = lambda: 0.5,
    timeout: float = 10.0,
) -> httpx.AsyncClient:
    if fake is None:
        transport = RetryTransport(httpx.AsyncHTTPTransport(), policy, random=random)
    else:
        transport = RetryTransport(
            httpx.AsyncHTTPTransport(), policy, random=random, clock=fake.clock, sleep=fake.sleep
        )
    return httpx.AsyncClient(base_url=base_url, transport=transport, timeout=timeout)


# --- status retries ------------------------------------------------------------------------


async def test_post_429_then_200_is_retried(scripted: tuple[ScriptedApp, str]) -> None:
    app, url = scripted
    app.script = [Step(429, {"Retry-After": "0"}), Step(200)]
    async with client_for(url) as client:
        response = await client.post("/api/things", json={"a": 1})
    assert response.status_code == 200
    assert len(app.hits) == 2
    assert response.extensions["cortex_attempts"] == 2
    assert [hit.body for hit in app.hits] == [b'{"a":1}', b'{"a":1}']


async def test_post_500_is_not_retried(scripted: tuple[ScriptedApp, str]) -> None:
    app, url = scripted
    app.script = [Step(500), Step(200)]
    async with client_for(url) as client:
        response = await client.post("/api/things", json={})
    assert response.status_code == 500
    assert len(app.hits) == 1
    assert response.extensions["cortex_attempts"] == 1


async def test_get_500_is_retried(scripted: tuple[ScriptedApp, str]) -> None:
    app, url = scripted
    app.script = [Step(500), Step(500), Step(200, body=b"done")]
    async with client_for(url) as client:
        response = await client.get("/api/things")
    assert response.status_code == 200
    assert response.content == b"done"
    assert len(app.hits) == 3


async def test_post_with_idempotency_key_is_retried_with_the_same_key(
    scripted: tuple[ScriptedApp, str],
) -> None:
    app, url = scripted
    app.script = [Step(502), Step(504), Step(201)]
    async with client_for(url) as client:
        response = await client.post(
            "/api/things", json={"n": 1}, headers={"Idempotency-Key": "key-123"}
        )
    assert response.status_code == 201
    assert [hit.headers["idempotency-key"] for hit in app.hits] == ["key-123"] * 3


async def test_503_with_retry_after_is_retried_for_post(
    scripted: tuple[ScriptedApp, str],
) -> None:
    app, url = scripted
    app.script = [Step(503, {"Retry-After": "0"}), Step(200)]
    async with client_for(url) as client:
        response = await client.post("/api/things", json={})
    assert response.status_code == 200
    assert len(app.hits) == 2


async def test_retry_after_is_obeyed_as_the_sleep(scripted: tuple[ScriptedApp, str]) -> None:
    app, url = scripted
    app.script = [Step(429, {"retry-after-ms": "1500"}), Step(200)]
    fake = FakeTime()
    async with client_for(url, fake=fake) as client:
        await client.post("/api/things", json={})
    assert fake.sleeps == [1.5]


async def test_retry_after_over_ceiling_raises_rate_limit_error_without_sleeping(
    scripted: tuple[ScriptedApp, str],
) -> None:
    app, url = scripted
    app.script = [Step(429, {"Retry-After": "120"}, body=b'{"message":"slow down"}')]
    fake = FakeTime()
    async with client_for(url, fake=fake) as client:
        with pytest.raises(RateLimitError) as info:
            await client.get("/api/things")
    assert info.value.retry_after == 120.0
    assert info.value.attempts == 1
    assert info.value.message == "slow down"
    assert fake.sleeps == []
    assert len(app.hits) == 1


async def test_final_error_carries_attempts(scripted: tuple[ScriptedApp, str]) -> None:
    app, url = scripted
    app.script = [Step(503), Step(503), Step(503)]
    async with client_for(url) as client:
        response = await client.get("/api/things")
    assert response.extensions["cortex_attempts"] == 3
    with pytest.raises(InternalServerError) as info:
        raise_for_status(response)
    assert info.value.attempts == 3


async def test_per_request_policy_overrides_the_transport_policy(
    scripted: tuple[ScriptedApp, str],
) -> None:
    app, url = scripted
    app.script = [Step(500), Step(200)]
    async with client_for(url, RetryPolicy(max_retries=0)) as client:
        response = await client.get("/api/things", extensions={"cortex_retry": FAST})
    assert response.status_code == 200
    assert len(app.hits) == 2


async def test_streaming_body_is_not_retried(scripted: tuple[ScriptedApp, str]) -> None:
    app, url = scripted
    app.script = [Step(502), Step(200)]

    async def body() -> AsyncIterator[bytes]:
        yield b"chunk"

    async with client_for(url) as client:
        response = await client.post(
            "/api/upload", content=body(), headers={"Idempotency-Key": "k"}
        )
    assert response.status_code == 502
    assert len(app.hits) == 1


async def test_each_retry_logs_one_debug_line(
    scripted: tuple[ScriptedApp, str], caplog: pytest.LogCaptureFixture
) -> None:
    app, url = scripted
    app.script = [Step(429, {"Retry-After": "0"}), Step(500), Step(200)]
    caplog.set_level(logging.DEBUG, logger="cortex_client")
    async with client_for(url) as client:
        await client.get("/api/things?token=hunter2")
    lines = [r for r in caplog.records if r.name == "cortex_client" and "retrying" in r.message]
    assert [r.levelno for r in lines] == [logging.DEBUG, logging.DEBUG]
    assert "GET" in lines[0].message
    assert "status 429" in lines[0].message
    assert "attempt 1/3" in lines[0].message
    assert "status 500" in lines[1].message
    assert "attempt 2/3" in lines[1].message
    assert all("hunter2" not in r.message for r in lines)


# --- deadline ------------------------------------------------------------------------------


async def test_deadline_stops_retrying_before_a_sleep_would_overrun_it(
    scripted: tuple[ScriptedApp, str],
) -> None:
    app, url = scripted
    app.script = [Step(500)] * 10
    fake = FakeTime()
    policy = RetryPolicy(max_retries=10, initial_delay=2.0, max_delay=2.0, deadline=5.0)
    async with client_for(url, policy, fake=fake, random=lambda: 0.999) as client:
        response = await client.get("/api/things")
    # ~2 s per sleep: after two sleeps (~4 s) a third would end past 5 s.
    assert len(fake.sleeps) == 2
    assert response.status_code == 500
    assert response.extensions["cortex_attempts"] == 3
    assert len(app.hits) == 3


async def test_deadline_bounds_a_hanging_attempt(scripted: tuple[ScriptedApp, str]) -> None:
    app, url = scripted
    app.script = [Step(hang=True)]
    policy = RetryPolicy(deadline=0.3)
    started = time.monotonic()
    async with client_for(url, policy) as client:
        with pytest.raises(APITimeoutError, match="deadline") as info:
            await client.get("/api/slow")
    assert time.monotonic() - started < 5
    assert info.value.attempts == 1


# --- transport errors ----------------------------------------------------------------------


async def test_connect_error_is_retried_for_post_and_ends_as_api_connection_error() -> None:
    fake = FakeTime()
    async with client_for(closed_port_url(), fake=fake) as client:
        with pytest.raises(APIConnectionError) as info:
            await client.post("/api/things", json={"a": 1})
    error = info.value
    assert not isinstance(error, APITimeoutError)
    assert error.attempts == 3
    assert len(fake.sleeps) == 2
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert "ConnectError" in str(error)
    assert "POST http://127.0.0.1:" in str(error)


async def test_read_timeout_on_post_is_not_retried(scripted: tuple[ScriptedApp, str]) -> None:
    app, url = scripted
    app.script = [Step(hang=True), Step(200)]
    async with client_for(url, timeout=0.2) as client:
        with pytest.raises(APITimeoutError) as info:
            await client.post("/api/things", json={})
    assert info.value.attempts == 1
    assert len(app.hits) == 1
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


async def test_read_timeout_on_get_is_retried(scripted: tuple[ScriptedApp, str]) -> None:
    app, url = scripted
    app.script = [Step(hang=True), Step(200)]
    async with client_for(url, timeout=0.2) as client:
        response = await client.get("/api/things")
    assert response.status_code == 200
    assert len(app.hits) == 2


# --- async behaviour of the backoff --------------------------------------------------------


async def test_event_loop_keeps_running_during_backoff(scripted: tuple[ScriptedApp, str]) -> None:
    app, url = scripted
    app.script = [Step(500), Step(200)]
    policy = RetryPolicy(initial_delay=1.0, max_delay=1.0)
    ticks = 0

    async def heartbeat() -> None:
        nonlocal ticks
        while True:
            await anyio.sleep(0.05)
            ticks += 1

    async with (
        client_for(url, policy, random=lambda: 0.999) as client,
        anyio.create_task_group() as tg,
    ):
        tg.start_soon(heartbeat)
        response = await client.get("/api/things")
        tg.cancel_scope.cancel()
    assert response.status_code == 200
    assert ticks >= 5


async def test_cancelling_during_backoff_returns_promptly(
    scripted: tuple[ScriptedApp, str],
) -> None:
    app, url = scripted
    app.script = [Step(429, {"Retry-After": "30"})]
    async with client_for(url) as client, anyio.create_task_group() as tg:
        tg.start_soon(client.get, "/api/things")
        with anyio.fail_after(10):
            await app.hit_event.wait()
        cancelled_at = time.monotonic()
        tg.cancel_scope.cancel()
    assert time.monotonic() - cancelled_at < 2
    assert len(app.hits) == 1


async def test_aclose_closes_the_inner_transport() -> None:
    closed = False

    class Inner(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200)

        async def aclose(self) -> None:
            nonlocal closed
            closed = True

    transport = RetryTransport(Inner(), FAST)
    await transport.aclose()
    assert closed
