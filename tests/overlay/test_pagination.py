"""The generated `iter_*` methods end on any server: one that ignores `offset`, one that caps
pages below `page_size`, one that sends no `total` (issue 13 item 4)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from cortex_client import CortexClient

from .._loopback import serve_app

# Far below any real need: an iterator that does not end fails the test instead of hanging it.
LIMIT_S = 10.0


def _participant(i: int) -> dict[str, Any]:
    return {
        "id": f"u{i}",
        "externalUserId": f"e{i}",
        "displayName": f"P{i}",
        "projectId": "p",
        "tenantId": "t",
        "userData": {},
        "joinedAt": "2026-11-28T10:00:00Z",
    }


def _gathering(i: int) -> dict[str, Any]:
    return {
        "id": f"g{i}",
        "projectId": "p",
        "tenantId": "t",
        "name": f"G{i}",
        "type": "lobby",
        "status": "active",
        "maxMembers": 8,
        "memberCount": 0,
        "accessPolicy": "public",
        "listed": True,
        "autoStartSession": False,
        "joinCode": f"J{i}",
        "createdAt": "2026-11-28T10:00:00Z",
    }


Pager = Callable[[int, int], Any]  # (offset, limit) -> JSON body


@asynccontextmanager
async def _server(pager: Pager, requests: list[tuple[int, int]]) -> AsyncIterator[CortexClient]:
    async def handle(request: Request) -> Response:
        offset = int(request.query_params.get("offset", "0"))
        limit = int(request.query_params.get("limit", "100"))
        requests.append((offset, limit))
        if len(requests) > 50:  # the iterator should have stopped long ago
            return JSONResponse({"statusCode": 500, "message": "looping"}, 500)
        return JSONResponse(pager(offset, limit))

    routes = [Route("/api/projects/p/{collection}", handle)]
    async with (
        serve_app(Starlette(routes=routes)) as url,
        CortexClient(base_url=url, api_key="k", max_retries=0) as client,
    ):
        yield client


async def _ids(items: AsyncIterator[Any]) -> list[str]:
    with anyio.fail_after(LIMIT_S):
        return [str(item.id) async for item in items]


async def test_a_server_ignoring_offset_ends_gatherings_after_the_first_repeated_page() -> None:
    requests: list[tuple[int, int]] = []
    full_page = [_gathering(i) for i in range(3)]
    async with _server(lambda offset, limit: full_page, requests) as client:
        ids = await _ids(client.project("p").gatherings.iter_gatherings(page_size=3))
    assert ids == ["g0", "g1", "g2"]
    assert requests == [(0, 3), (3, 3)]


async def test_a_server_ignoring_offset_ends_participants_without_duplicates() -> None:
    requests: list[tuple[int, int]] = []
    body = {"participants": [_participant(i) for i in range(2)], "total": 10}
    async with _server(lambda offset, limit: body, requests) as client:
        ids = await _ids(client.project("p").participants.iter_participants(page_size=2))
    assert ids == ["u0", "u1"]
    assert len(requests) == 2


async def test_pages_capped_below_page_size_yield_every_item_when_total_says_so() -> None:
    requests: list[tuple[int, int]] = []
    everyone = [_participant(i) for i in range(7)]

    def capped(offset: int, limit: int) -> Any:
        return {"participants": everyone[offset : offset + min(limit, 2)], "total": len(everyone)}

    async with _server(capped, requests) as client:
        ids = await _ids(client.project("p").participants.iter_participants(page_size=5))
    assert ids == [f"u{i}" for i in range(7)]
    assert [offset for offset, _ in requests] == [0, 2, 4, 6]


async def test_an_empty_page_ends_even_when_total_promises_more() -> None:
    requests: list[tuple[int, int]] = []
    everyone = [_participant(i) for i in range(3)]

    def shrinking(offset: int, limit: int) -> Any:
        return {"participants": everyone[offset : offset + limit], "total": 10}

    async with _server(shrinking, requests) as client:
        ids = await _ids(client.project("p").participants.iter_participants(page_size=2))
    assert ids == ["u0", "u1", "u2"]
    assert [offset for offset, _ in requests] == [0, 2, 3]


async def test_without_total_a_short_page_ends_the_iteration() -> None:
    # Gatherings are listed as a bare array: no total (participants and sanctions always have one).
    requests: list[tuple[int, int]] = []
    everyone = [_gathering(i) for i in range(4)]
    async with _server(lambda offset, limit: everyone[offset : offset + limit], requests) as client:
        ids = await _ids(client.project("p").gatherings.iter_gatherings(page_size=3))
    assert ids == ["g0", "g1", "g2", "g3"]
    assert requests == [(0, 3), (3, 3)]
