"""A hostile server cannot hold a call past its deadline, exhaust memory, or make the client
raise anything but a CortexError (issue 10, items 4-6). Each server here is a raw asyncio TCP
server on a loopback port that speaks just enough HTTP/1.1 to misbehave in one precise way."""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import hmac
import json
import math
import time
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from functools import cache

import httpx
import pytest

from cortex_client import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    CortexClient,
    RateLimitError,
    WebhookVerificationError,
    verify_webhook,
)
from cortex_client._errors import ResponseTooLargeError
from cortex_client.models import CreateSessionRequest

from ._documents import SESSION

KEY = "hostile-test-key"
MiB = 1024 * 1024

Writer = asyncio.StreamWriter
Handler = Callable[[asyncio.StreamReader, Writer, int], Awaitable[None]]


class RawServer:
    """Counts requests and answers each with ``handler(reader, writer, index)``, then closes."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[bytes] = []
        self.tasks: set[asyncio.Task[None]] = set()

    async def serve(self, reader: asyncio.StreamReader, writer: Writer) -> None:
        task = asyncio.current_task()
        assert task is not None
        self.tasks.add(task)
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            await reader.readexactly(length)
            index = len(self.requests)
            self.requests.append(head)
            await self.handler(reader, writer, index)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass  # the client gave up: that is what these servers are for
        finally:
            writer.close()


@asynccontextmanager
async def raw_server(handler: Handler) -> AsyncIterator[tuple[RawServer, str]]:
    server = RawServer(handler)
    listener = await asyncio.start_server(server.serve, "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    try:
        yield server, f"http://127.0.0.1:{port}"
    finally:
        listener.close()
        for task in server.tasks:
            task.cancel()
        await asyncio.gather(*server.tasks, return_exceptions=True)


def head(status: str, *headers: str) -> bytes:
    return (
        "\r\n".join([f"HTTP/1.1 {status}", *headers, "Connection: close"]) + "\r\n\r\n"
    ).encode()


async def respond(writer: Writer, status: str, body: bytes, *headers: str) -> None:
    writer.write(head(status, *headers, f"Content-Length: {len(body)}") + body)
    await writer.drain()


async def until_client_leaves(reader: asyncio.StreamReader) -> None:
    """Wait, sending nothing more, until the client closes the connection (at most 30 s)."""
    async with asyncio.timeout(30):
        await reader.read()


@cache
def gzip_bomb() -> bytes:
    """100 MiB of zeros as ~100 KiB of gzip, built without holding the 100 MiB."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    zeros = bytes(MiB)
    return b"".join([*(packer.compress(zeros) for _ in range(100)), packer.flush()])


def client(url: str, **options: object) -> CortexClient:
    return CortexClient(url, api_key=KEY, **options)  # type: ignore[arg-type]


# --- time ------------------------------------------------------------------------------------


async def test_deadline_bounds_a_body_that_drips_one_byte_every_half_second() -> None:
    async def drip(reader: asyncio.StreamReader, writer: Writer, index: int) -> None:
        writer.write(head("200 OK", "Content-Type: application/json", "Content-Length: 20"))
        for _ in range(20):
            writer.write(b" ")
            await writer.drain()
            await asyncio.sleep(0.5)  # the misbehaviour itself, not synchronisation

    async with raw_server(drip) as (_, url), client(url, deadline=2.0) as api:
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="deadline"):
            await api.sessions.get_session("p1", "s1")
        assert time.monotonic() - started < 6


async def test_a_stalled_body_is_a_timeout_error_after_the_read_timeout() -> None:
    async def stall(reader: asyncio.StreamReader, writer: Writer, index: int) -> None:
        writer.write(head("200 OK", "Content-Length: 100") + b'{"id"')
        await writer.drain()
        await until_client_leaves(reader)

    async with raw_server(stall) as (server, url), client(url, timeout=0.5, max_retries=0) as api:
        with pytest.raises(APITimeoutError) as info:
            await api.sessions.get_session("p1", "s1")
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert len(server.requests) == 1


# --- memory ----------------------------------------------------------------------------------


async def test_a_gzip_bomb_stops_at_max_response_bytes_with_bounded_memory() -> None:
    bomb = gzip_bomb()

    async def explode(reader: asyncio.StreamReader, writer: Writer, index: int) -> None:
        await respond(writer, "200 OK", bomb, "Content-Encoding: gzip")

    async with raw_server(explode) as (_, url), client(url, max_response_bytes=MiB) as api:
        tracemalloc.start()
        try:
            with pytest.raises(ResponseTooLargeError) as info:
                await api.sessions.get_session("p1", "s1")
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert info.value.limit == MiB and info.value.attempts == 1
    assert isinstance(info.value, APIConnectionError)
    assert peak < 16 * MiB, f"peak {peak / MiB:.1f} MiB while reading a 100 MiB bomb"


async def test_a_gzip_bomb_as_error_body_is_kept_truncated_with_bounded_memory() -> None:
    bomb = gzip_bomb()

    async def explode(reader: asyncio.StreamReader, writer: Writer, index: int) -> None:
        await respond(writer, "400 Bad Request", bomb, "Content-Encoding: gzip")

    async with raw_server(explode) as (_, url), client(url) as api:  # default limits
        tracemalloc.start()
        try:
            with pytest.raises(BadRequestError) as info:
                await api.sessions.get_session("p1", "s1")
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert "truncated" in info.value.message
    assert isinstance(info.value.body, str) and len(info.value.body) <= MiB
    assert peak < 16 * MiB, f"peak {peak / MiB:.1f} MiB while reading a 100 MiB error bomb"


async def test_a_declared_length_over_the_limit_fails_before_reading() -> None:
    async def big(reader: asyncio.StreamReader, writer: Writer, index: int) -> None:
        writer.write(head("200 OK", f"Content-Length: {10 * MiB}") + b"{")
        await writer.drain()
        await until_client_leaves(reader)

    async with raw_server(big) as (_, url), client(url, timeout=5.0) as api:
        view = api.with_options(max_response_bytes=MiB)
        with pytest.raises(ResponseTooLargeError, match="max_response_bytes=1048576"):
            await view.sessions.get_session("p1", "s1")


@pytest.mark.parametrize("encoding", ["identity", "gzip"])
async def test_a_head_answer_declaring_a_large_body_is_not_too_large(encoding: str) -> None:
    async def head_only(reader: asyncio.StreamReader, writer: Writer, index: int) -> None:
        writer.write(head("200 OK", f"Content-Length: {10 * MiB}", f"Content-Encoding: {encoding}"))
        await writer.drain()

    async with raw_server(head_only) as (_, url), client(url, max_response_bytes=MiB) as api:
        response = await api.get_async_httpx_client().head("/api/health")
    assert response.status_code == 200 and response.content == b""


async def test_gzip_bodies_still_decode_and_the_limit_counts_decoded_bytes() -> None:
    body = gzip.compress(json.dumps(SESSION).encode())

    async def zipped(reader: asyncio.StreamReader, writer: Writer, index: int) -> None:
        await respond(writer, "200 OK", body, "Content-Encoding: gzip")

    async with raw_server(zipped) as (_, url), client(url) as api:
        session = await api.sessions.get_session("p1", "s1")
        assert session.id == "s1"
        view = api.with_options(max_response_bytes=len(body) + 1)  # compressed fits, decoded not
        with pytest.raises(ResponseTooLargeError):
            await view.sessions.get_session("p1", "s1")


# --- failures outside the typed hierarchy -----------------------------------------------------


async def cut_after_headers(reader: asyncio.StreamReader, writer: Writer, index: int) -> None:
    writer.write(head("200 OK", "Content-Length: 100") + b'{"id": "s1"')
    await writer.drain()


async def test_a_body_cut_short_is_retried_for_get() -> None:
    async with raw_server(cut_after_headers) as (server, url), client(url, max_retries=1) as api:
        with pytest.raises(APIConnectionError) as info:
            await api.sessions.get_session("p1", "s1")
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)
    assert info.value.attempts == 2 and len(server.requests) == 2


async def test_a_body_cut_short_is_not_retried_for_post() -> None:
    body = CreateSessionRequest(title="Standup", external_room_id="room-1")
    async with raw_server(cut_after_headers) as (server, url), client(url, max_retries=1) as api:
        with pytest.raises(APIConnectionError) as info:
            await api.sessions.create_session("p1", body=body)
    assert info.value.attempts == 1 and len(server.requests) == 1


async def test_bad_chunked_framing_is_a_connection_error() -> None:
    async def bad_chunks(reader: asyncio.StreamReader, writer: Writer, index: int) -> None:
        writer.write(head("200 OK", "Transfer-Encoding: chunked") + b"zz\r\nnot hex\r\n")
        await writer.drain()

    async with raw_server(bad_chunks) as (_, url), client(url, max_retries=0) as api:
        with pytest.raises(APIConnectionError) as info:
            await api.sessions.get_session("p1", "s1")
    assert isinstance(info.value.__cause__, httpx.HTTPError)


async def test_invalid_gzip_is_a_connection_error_and_not_retried() -> None:
    async def not_gzip(reader: asyncio.StreamReader, writer: Writer, index: int) -> None:
        await respond(writer, "200 OK", b"this is not gzip", "Content-Encoding: gzip")

    async with raw_server(not_gzip) as (server, url), client(url) as api:
        with pytest.raises(APIConnectionError) as info:
            await api.sessions.get_session("p1", "s1")
    assert isinstance(info.value.__cause__, httpx.DecodingError)
    assert len(server.requests) == 1


async def test_a_redirect_loop_is_a_connection_error() -> None:
    async def loop(reader: asyncio.StreamReader, writer: Writer, index: int) -> None:
        await respond(writer, "302 Found", b"", "Location: /api/projects/p1/sessions/s1")

    async with raw_server(loop) as (_, url), client(url, follow_redirects=True) as api:
        with pytest.raises(APIConnectionError) as info:
            await api.sessions.get_session("p1", "s1")
    assert isinstance(info.value.__cause__, httpx.TooManyRedirects)


async def test_a_redirect_loop_through_an_adopted_httpx_client_is_a_connection_error() -> None:
    async def loop(reader: asyncio.StreamReader, writer: Writer, index: int) -> None:
        await respond(writer, "302 Found", b"", "Location: /api/projects/p1/sessions/s1")

    async with (
        raw_server(loop) as (_, url),
        httpx.AsyncClient(follow_redirects=True) as http,
        client(url, httpx_client=http) as api,
    ):
        with pytest.raises(APIConnectionError) as info:
            await api.sessions.get_session("p1", "s1")
        with pytest.raises(APIConnectionError):
            await api.sessions.get_session("p1", "x" * 100_000)
    assert isinstance(info.value.__cause__, httpx.TooManyRedirects)


async def test_a_100000_character_id_is_a_connection_error() -> None:
    async def never(reader: asyncio.StreamReader, writer: Writer, index: int) -> None:
        raise AssertionError("nothing should be sent")

    async with raw_server(never) as (server, url), client(url) as api:
        with pytest.raises(APIConnectionError) as info:
            await api.sessions.get_session("p1", "x" * 100_000)
    assert isinstance(info.value.__cause__, httpx.InvalidURL)
    assert len(str(info.value)) < 1000 and server.requests == []


async def test_a_deeply_nested_error_body_still_maps_to_its_status() -> None:
    nested = b"[" * 100_000 + b"]" * 100_000

    async def deep(reader: asyncio.StreamReader, writer: Writer, index: int) -> None:
        await respond(writer, "400 Bad Request", nested, "Content-Type: application/json")

    async with raw_server(deep) as (_, url), client(url) as api:
        with pytest.raises(BadRequestError, match="nested too deeply") as info:
            await api.sessions.get_session("p1", "s1")
    assert info.value.body == nested.decode()


# --- Retry-After above every ceiling ----------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["inf", "1e400", "nan", "9" * 400], ids=["inf", "1e400", "nan", "huge-integer"]
)
async def test_a_retry_after_beyond_any_ceiling_raises_at_once(value: str) -> None:
    async def slow_down(reader: asyncio.StreamReader, writer: Writer, index: int) -> None:
        await respond(writer, "429 Too Many Requests", b"{}", f"Retry-After: {value}")

    async with raw_server(slow_down) as (server, url), client(url) as api:
        with pytest.raises(RateLimitError) as info:
            await api.sessions.get_session("p1", "s1")
    assert info.value.retry_after == math.inf
    assert info.value.attempts == 1 and len(server.requests) == 1


# --- webhooks ---------------------------------------------------------------------------------

SECRET = "whsec-test"
EVENT = json.dumps(
    {
        "id": "e1",
        "type": "session.created",
        "source": "cortex",
        "tenantId": "t1",
        "resourceId": "session:s1",
        "timestamp": "2026-01-01T00:00:00Z",
        "payload": {"action": "created", "data": {}},
    }
).encode()


def signed(body: bytes, timestamp: str) -> str:
    return hmac.new(SECRET.encode(), timestamp.encode() + body, hashlib.sha256).hexdigest()


@pytest.mark.parametrize("missing", ["signature", "timestamp"])
def test_a_webhook_without_signature_or_timestamp_is_unverified(missing: str) -> None:
    now = "1767225600"
    headers = {"signature": signed(EVENT, now), "timestamp": now, missing: None}
    with pytest.raises(WebhookVerificationError, match="missing"):
        verify_webhook(EVENT, secret=SECRET, now=float(now), **headers)  # type: ignore[arg-type]


def test_a_deeply_nested_signed_webhook_body_is_unverified() -> None:
    now = "1767225600"
    body = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(WebhookVerificationError, match="nested too deeply"):
        verify_webhook(
            body, signature=signed(body, now), timestamp=now, secret=SECRET, now=float(now)
        )
