"""The peer of ``watch_vs_handwritten``: what a Python service that does not use cortex_client
writes to follow a collection (httpx + httpx-sse + ``json.loads`` + a dict keyed by id).

Written as a competent user would: list the collection once, then read the project's event
stream with ``httpx_sse.aconnect_sse``, keep the ``session.*`` events and apply each to the
dict (``deleted`` pops, anything else stores ``payload.data``). It has what such code usually
lacks: no models, no de-duplication of replayed events, no re-listing on reconnect, and no
snapshot that stays unchanged while the dict moves on.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
from httpx_sse import aconnect_sse

__all__ = ["follow"]


async def follow(
    base_url: str, project_id: str, api_key: str, until: str
) -> dict[str, dict[str, Any]]:
    """List ``sessions``, then apply the stream's session events until document ``until``
    exists; return the documents by id."""
    headers = {"X-API-Key": api_key}
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=30.0) as http:
        response = await http.get(f"/api/projects/{project_id}/sessions")
        response.raise_for_status()
        state = {doc["id"]: doc for doc in json.loads(response.content)}
        stream = f"/api/projects/{project_id}/events/stream"
        async with aconnect_sse(http, "GET", stream, timeout=httpx.Timeout(30.0)) as source:
            source.response.raise_for_status()
            async for sse in source.aiter_sse():
                if not sse.data:
                    continue
                event = json.loads(sse.data)
                if not event["type"].startswith("session."):
                    continue
                payload = event["payload"]
                document = payload["data"]
                if payload["action"] == "deleted":
                    state.pop(document["id"], None)
                else:
                    state[document["id"]] = document
                if until in state:
                    break
    return state
