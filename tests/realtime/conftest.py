"""Fixtures of the event-stream and watch tests: an emulator per test and a client of it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from cortex_client import CortexClient
from cortex_client.testing import EmulatorServer, serve
from cortex_client.testing.pytest_plugin import DEFAULT_API_KEY


@pytest.fixture
async def server() -> AsyncIterator[EmulatorServer]:
    # Heartbeats far apart: these tests count what the stream delivers.
    async with serve(api_keys=[DEFAULT_API_KEY], heartbeat_interval=15.0) as running:
        yield running


@pytest.fixture
async def client(server: EmulatorServer) -> AsyncIterator[CortexClient]:
    async with CortexClient(server.base_url, api_key=DEFAULT_API_KEY) as made:
        yield made
