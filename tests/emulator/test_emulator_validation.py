"""Request validation: formats in bodies and parameters, values the served resource constrains,
and messages naming the field and the problem in class-validator's words."""

from __future__ import annotations

import copy
import uuid
from typing import Any

import httpx

from cortex_client.testing import Spec, serve

API_KEY = "validation-key"
HEADERS = {"X-API-Key": API_KEY}
SESSION = "/api/projects/{projectId}/sessions/{sessionId}"


def _spec_with_formats() -> dict[str, Any]:
    """Our spec with a uuid path parameter, a date-time query parameter and a date-time body
    field: what a refreshed spec may declare."""
    document = copy.deepcopy(Spec().document)
    for parameter in document["paths"][SESSION]["get"]["parameters"]:
        if parameter["name"] == "sessionId":
            parameter["schema"] = {"type": "string", "format": "uuid"}
    listing = document["paths"]["/api/projects/{projectId}/sessions"]["get"]
    listing.setdefault("parameters", []).append(
        {"name": "since", "in": "query", "schema": {"type": "string", "format": "date-time"}}
    )
    body = document["components"]["schemas"]["CreateSessionRequest"]["properties"]
    body["scheduledAt"] = {"type": "string", "format": "date-time"}
    return document


async def test_a_served_date_time_field_refuses_a_non_date_with_422() -> None:
    async with (
        serve(api_keys=[API_KEY]) as server,
        httpx.AsyncClient(base_url=server.base_url, headers=HEADERS) as http,
    ):
        refused = await http.post(
            "/api/api-keys", json={"name": "k", "scopes": [], "expiresAt": "next tuesday"}
        )
        listed = await http.get("/api/api-keys")
    assert refused.status_code == 422
    assert refused.json() == {
        "statusCode": 422,
        "message": ["expiresAt must be a valid ISO 8601 date string"],
        "error": "Unprocessable Entity",
    }
    assert all(key.get("expiresAt") != "next tuesday" for key in listed.json())


async def test_formats_declared_on_body_path_and_query_are_enforced_with_422() -> None:
    async with (
        serve(api_keys=[API_KEY], spec=_spec_with_formats()) as server,
        httpx.AsyncClient(base_url=server.base_url, headers=HEADERS) as http,
    ):
        body = {"title": "t", "externalRoomId": "r", "scheduledAt": "soon"}
        bad_body = await http.post("/api/projects/p/sessions", json=body)
        bad_path = await http.get("/api/projects/p/sessions/not-a-uuid")
        good_path = await http.get(f"/api/projects/p/sessions/{uuid.uuid4()}")
        bad_query = await http.get("/api/projects/p/sessions", params={"since": "yesterday"})
        good_query = await http.get(
            "/api/projects/p/sessions", params={"since": "2026-01-01T00:00:00Z"}
        )
    assert (bad_body.status_code, bad_body.json()["message"]) == (
        422,
        ["scheduledAt must be a valid ISO 8601 date string"],
    )
    assert (bad_path.status_code, bad_path.json()["message"]) == (422, ["sessionId must be a UUID"])
    assert good_path.status_code == 404
    assert (bad_query.status_code, bad_query.json()["message"]) == (
        422,
        ["since must be a valid ISO 8601 date string"],
    )
    assert good_query.status_code == 200
