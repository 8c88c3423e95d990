"""The emulator's access log and request ids: one INFO line per request, an ``x-request-id`` on
every answer, and the client's ``APIStatusError.request_id`` filled against it."""

from __future__ import annotations

import logging

import httpx
import pytest

from cortex_client import CortexClient, NotFoundError
from cortex_client.testing import serve

API_KEY = "log-key"
LOGGER = "cortex_client.testing"


async def test_every_answer_carries_a_fresh_request_id() -> None:
    async with (
        serve(api_keys=[API_KEY]) as server,
        httpx.AsyncClient(base_url=server.base_url) as http,
    ):
        ok = await http.get("/api/projects/p/sessions", headers={"X-API-Key": API_KEY})
        denied = await http.get("/api/projects/p/sessions")
        unknown = await http.get("/nowhere")
    ids = [r.headers.get("x-request-id") for r in (ok, denied, unknown)]
    assert all(ids) and len(set(ids)) == 3


async def test_a_plain_client_request_id_is_echoed_and_a_hostile_one_replaced() -> None:
    async with (
        serve(api_keys=[API_KEY]) as server,
        httpx.AsyncClient(base_url=server.base_url) as http,
    ):
        echoed = await http.get("/api", headers={"X-Request-Id": "trace-42.a"})
        replaced = await http.get("/api", headers={"X-Request-Id": "x" * 500})
    assert echoed.headers["x-request-id"] == "trace-42.a"
    assert replaced.headers["x-request-id"].startswith("req_")
    assert len(replaced.headers.get_list("x-request-id")) == 1


async def test_the_clients_status_error_carries_the_emulators_request_id() -> None:
    async with (
        serve(api_keys=[API_KEY]) as server,
        CortexClient(base_url=server.base_url, api_key=API_KEY) as client,
    ):
        with pytest.raises(NotFoundError) as caught:
            await client.project("p").sessions.get_session("missing")
    logged = server.emulator.request_log[-1]
    assert caught.value.request_id is not None
    assert caught.value.request_id == logged.request_id


async def test_one_info_line_per_request_with_method_path_status_and_id(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    async with (
        serve(api_keys=[API_KEY]) as server,
        httpx.AsyncClient(base_url=server.base_url) as http,
    ):
        first = await http.get(
            "/api/projects/p/sessions?token=hunter2", headers={"X-API-Key": API_KEY}
        )
        second = await http.post("/api/projects/p/sessions", json={})
    lines = [r for r in caplog.records if r.name == LOGGER and r.levelno == logging.INFO]
    assert [r.getMessage() for r in lines] == [
        f"GET /api/projects/p/sessions 200 request_id={first.headers['x-request-id']}",
        f"POST /api/projects/p/sessions 401 request_id={second.headers['x-request-id']}",
    ]
    assert all("hunter2" not in r.getMessage() and API_KEY not in r.getMessage() for r in lines)
