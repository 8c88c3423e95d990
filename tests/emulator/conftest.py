"""Fixtures of the emulator's own tests: one server per module (reset before each test, which
keeps the suite fast) and a raw httpx client of it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest_asyncio

from cortex_client.testing import EmulatorServer, serve
from cortex_client.testing.pytest_plugin import DEFAULT_API_KEY


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def server() -> AsyncIterator[EmulatorServer]:
    async with serve(api_keys=[DEFAULT_API_KEY]) as running:
        yield running


@pytest_asyncio.fixture(loop_scope="module")
async def client(server: EmulatorServer) -> AsyncIterator[httpx.AsyncClient]:
    server.emulator.reset()
    server.emulator.heartbeat_interval = 5.0
    headers = {"X-API-Key": DEFAULT_API_KEY}
    async with httpx.AsyncClient(base_url=server.base_url, headers=headers, timeout=10) as http:
        yield http
