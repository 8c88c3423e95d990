"""Pytest plugin: ``pytest_plugins = ["cortex_client.testing.pytest_plugin"]`` gives the
``cortex_emulator`` fixture, a running emulator that accepts the API key ``test-key``."""

from __future__ import annotations

from collections.abc import AsyncIterator

from ._extra import needs_testing_extra

with needs_testing_extra(__name__):
    import pytest_asyncio

    from ._server import EmulatorServer, serve

__all__ = ["DEFAULT_API_KEY", "cortex_emulator"]

DEFAULT_API_KEY = "test-key"


@pytest_asyncio.fixture
async def cortex_emulator() -> AsyncIterator[EmulatorServer]:
    """A fresh emulator on a loopback port (``.base_url``, ``.emulator``; heartbeat 1 s),
    stopped afterwards."""
    async with serve(api_keys=[DEFAULT_API_KEY], heartbeat_interval=1.0) as server:
        yield server
