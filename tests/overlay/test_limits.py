"""ConcurrencyLimitTransport over a real loopback server."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import anyio
import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from cortex_client._limits import ConcurrencyLimitTransport

from .._loopback import serve_app


class Gate:
    def __init__(self) -> None:
        self.open = anyio.Event()
        self.in_flight = 0
        self.most = 0

    async def handle(self, request: Request) -> PlainTextResponse:
        self.in_flight += 1
        self.most = max(self.most, self.in_flight)
        try:
            await self.open.wait()
            return PlainTextResponse("ok")
        finally:
            self.in_flight -= 1


async def _until(condition: Callable[[], bool], within: float = 10.0) -> None:
    # Polls state owned by other tasks (server handler, semaphore) that offer no event to await.
    with anyio.fail_after(within):
        while not condition():  # noqa: ASYNC110
            await anyio.sleep(0.005)


@pytest.fixture
async def gate() -> AsyncIterator[tuple[Gate, str]]:
    gate = Gate()
    async with serve_app(Starlette(routes=[Route("/", gate.handle)])) as url:
        yield gate, url


async def test_no_more_than_the_limit_reach_the_server(gate: tuple[Gate, str]) -> None:
    server, url = gate
    limited = ConcurrencyLimitTransport(httpx.AsyncHTTPTransport(), limit=2)
    async with (
        httpx.AsyncClient(transport=limited, base_url=url) as client,
        anyio.create_task_group() as tg,
    ):
        for _ in range(5):
            tg.start_soon(client.get, "/")
        await _until(lambda: limited._slots.statistics().tasks_waiting == 3)
        await _until(lambda: server.in_flight == 2)
        assert server.in_flight == 2
        server.open.set()
    assert server.most == 2


async def test_a_held_slot_times_out_as_a_pool_timeout(gate: tuple[Gate, str]) -> None:
    server, url = gate
    server.open.set()
    limited = ConcurrencyLimitTransport(httpx.AsyncHTTPTransport(), limit=1)
    timeout = httpx.Timeout(5.0, pool=0.2)
    async with httpx.AsyncClient(transport=limited, base_url=url, timeout=timeout) as client:
        async with client.stream("GET", "/") as held:
            with pytest.raises(httpx.PoolTimeout):
                await client.get("/")
            await held.aread()
        # closing the held response gave its slot back
        assert (await client.get("/")).text == "ok"


async def test_a_failed_request_gives_its_slot_back() -> None:
    limited = ConcurrencyLimitTransport(httpx.AsyncHTTPTransport(), limit=1)
    async with httpx.AsyncClient(transport=limited) as client:
        for _ in range(3):  # would hang on the second try if the slot leaked
            with anyio.fail_after(10), pytest.raises(httpx.ConnectError):
                await client.get("http://127.0.0.1:9/")
