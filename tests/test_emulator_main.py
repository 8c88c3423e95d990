"""``python -m cortex_client.testing`` runs as a standalone server."""

from __future__ import annotations

import asyncio
import signal
import sys

import httpx


async def test_standalone_server_prints_url_serves_and_exits_0_on_sigterm() -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "cortex_client.testing",
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--api-key",
        "standalone-key",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        line = await asyncio.wait_for(process.stdout.readline(), 15)
        base_url = line.decode().strip()
        assert base_url.startswith("http://127.0.0.1:")
        async with httpx.AsyncClient(base_url=base_url) as client:
            health = await client.get("/api")
            listed = await client.get(
                "/api/projects/p/sessions", headers={"X-API-Key": "standalone-key"}
            )
        assert health.status_code == 200
        assert listed.status_code == 200
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 15) == 0
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
