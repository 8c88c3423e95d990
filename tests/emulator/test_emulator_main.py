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


async def test_standalone_server_logs_one_line_per_request_to_stderr() -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "cortex_client.testing",
        "--port",
        "0",
        "--api-key",
        "standalone-key",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stdout is not None and process.stderr is not None
        line = await asyncio.wait_for(process.stdout.readline(), 15)
        async with httpx.AsyncClient(base_url=line.decode().strip()) as client:
            health = await client.get("/api")
            denied = await client.get("/api/projects/p/sessions?apiKey=standalone-key")
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 15) == 0
        logged = (await process.stderr.read()).decode()
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    lines = [entry for entry in logged.splitlines() if " request_id=" in entry]
    assert len(lines) == 2, logged
    assert lines[0].endswith(f"GET /api 200 request_id={health.headers['x-request-id']}")
    assert lines[1].endswith(
        f"GET /api/projects/p/sessions 401 request_id={denied.headers['x-request-id']}"
    )
    assert "standalone-key" not in logged
