"""The pytest plugin's ``cortex_emulator`` fixture serves a ready emulator."""

from __future__ import annotations

import httpx

from cortex_client.testing import EmulatorServer

pytest_plugins = ["cortex_client.testing.pytest_plugin"]


async def test_fixture_serves_an_emulator_accepting_the_default_key(
    cortex_emulator: EmulatorServer,
) -> None:
    async with httpx.AsyncClient(
        base_url=cortex_emulator.base_url, headers={"X-API-Key": "test-key"}
    ) as client:
        response = await client.get("/api/projects/p1/sessions")
    assert response.status_code == 200
    assert cortex_emulator.base_url.startswith("http://127.0.0.1:")
    assert cortex_emulator.emulator.request_log[-1].status == 200
