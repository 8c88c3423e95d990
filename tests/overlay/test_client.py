"""CortexClient over a real loopback server: typed surface, generated functions, policies."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from cortex_client import (
    DEFAULT_TIMEOUT,
    APITimeoutError,
    AuthenticationError,
    CortexClient,
    InternalServerError,
    InvalidPathParameter,
    NotFoundError,
    ResponseValidationError,
    UnprocessableEntityError,
)

# The same modules users reach as cortex_client.api.*; mypy only follows this spelling.
from cortex_client._generated.api.gatherings import get_gathering
from cortex_client._generated.api.sessions import get_session
from cortex_client.models import CreateSessionRequest, GatheringResponse, GatheringResponseStatus

from .._loopback import serve_app
from ._documents import SESSION

KEY = "sk-live-very-secret-key"


@dataclass
class Script:
    """What the server answers next, per path; and what it saw."""

    answers: dict[str, list[Response]] = field(default_factory=dict)
    seen: list[Request] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)

    async def handle(self, request: Request) -> Response:
        self.seen.append(request)
        self.headers.append(dict(request.headers))
        queue = self.answers.get(request.url.path) or self.answers.get("*") or []
        if not queue:
            return JSONResponse(
                {"statusCode": 404, "message": "no script", "error": "Not Found"}, 404
            )
        return queue.pop(0) if len(queue) > 1 else queue[0]


@pytest.fixture
async def script() -> Script:
    return Script()


@pytest.fixture
async def client(script: Script) -> AsyncIterator[CortexClient]:
    app = Starlette(
        routes=[
            Route("/{path:path}", script.handle, methods=["GET", "POST", "PATCH", "DELETE", "PUT"])
        ]
    )
    async with serve_app(app) as base_url, CortexClient(base_url, api_key=KEY, max_retries=0) as c:
        yield c


def _json(body: Any, status: int = 200, **headers: str) -> Response:
    return JSONResponse(body, status, headers=headers)


async def test_typed_surface_returns_the_model(client: CortexClient, script: Script) -> None:
    script.answers["*"] = [_json(SESSION)]
    session = await client.sessions.get_session("p1", "s1")
    assert session.id == "s1" and session.title == "Standup"
    assert script.seen[0].url.path == "/api/projects/p1/sessions/s1"
    assert script.headers[0]["x-api-key"] == KEY


async def test_project_scope_fills_in_the_project_id(client: CortexClient, script: Script) -> None:
    script.answers["*"] = [_json(SESSION, 201)]
    body = CreateSessionRequest(title="Standup", external_room_id="room-1")
    session = await client.project("p9").sessions.create_session(body=body)
    assert session.external_room_id == "room-1"
    assert script.seen[0].url.path == "/api/projects/p9/sessions"
    assert script.seen[0].method == "POST"


async def test_detailed_gives_status_headers_and_parsed(
    client: CortexClient, script: Script
) -> None:
    script.answers["*"] = [_json(SESSION, 200, **{"x-request-id": "req-1"})]
    response = await client.project("p1").sessions.detailed.get_session("s1")
    assert response.status_code == 200
    assert response.headers["x-request-id"] == "req-1"
    assert response.parsed is not None and response.parsed.id == "s1"


async def test_a_success_code_the_spec_does_not_list_is_still_parsed(
    client: CortexClient, script: Script
) -> None:
    script.answers["*"] = [_json(SESSION, 200)]  # the spec documents 201 for createSession
    body = CreateSessionRequest(title="Standup", external_room_id="room-1")
    session = await client.project("p1").sessions.create_session(body=body)
    assert session.id == "s1"


async def test_generated_functions_accept_the_client_and_raise_typed_errors(
    client: CortexClient, script: Script
) -> None:
    script.answers["*"] = [
        _json({"statusCode": 404, "message": "Session not found", "error": "Not Found"}, 404)
    ]
    with pytest.raises(NotFoundError, match="Session not found") as caught:
        await get_session.asyncio("p1", "nope", client=client)
    assert caught.value.status_code == 404
    with pytest.raises(NotFoundError):
        await get_session.asyncio_detailed("p1", "nope", client=client)


async def test_a_nestjs_message_list_is_joined(client: CortexClient, script: Script) -> None:
    body = {
        "statusCode": 422,
        "message": ["title must be a string", "externalRoomId is required"],
        "error": "Unprocessable Entity",
    }
    script.answers["*"] = [_json(body, 422)]
    with pytest.raises(UnprocessableEntityError) as caught:
        await client.project("p1").sessions.create_session(
            body=CreateSessionRequest(title="x", external_room_id="r")
        )
    assert "title must be a string" in str(caught.value) and "externalRoomId is required" in str(
        caught.value
    )
    assert "422" in str(caught.value)


@pytest.mark.parametrize("status", [520, 599])
async def test_codes_outside_httpstatus_raise_internal_server_error(
    client: CortexClient, script: Script, status: int
) -> None:
    script.answers["*"] = [Response(b"<html>origin down</html>", status, media_type="text/html")]
    with pytest.raises(InternalServerError) as caught:
        await client.sessions.get_session("p1", "s1")
    assert caught.value.status_code == status and str(status) in str(caught.value)


async def test_an_unreadable_success_body_raises_response_validation_error(
    client: CortexClient, script: Script
) -> None:
    script.answers["*"] = [Response(b"{not json", 200, media_type="application/json")]
    with pytest.raises(ResponseValidationError) as caught:
        await client.sessions.get_session("p1", "s1")
    assert caught.value.body == b"{not json"


async def test_a_missing_required_field_raises_response_validation_error(
    client: CortexClient, script: Script
) -> None:
    script.answers["*"] = [_json({"id": "s1"})]
    with pytest.raises(ResponseValidationError) as caught:
        await client.sessions.get_session("p1", "s1")
    assert isinstance(caught.value.cause, KeyError)


async def test_an_unknown_enum_value_is_kept_and_equals_its_string(
    client: CortexClient, script: Script
) -> None:
    gathering = {
        "id": "g1",
        "projectId": "p1",
        "tenantId": "t",
        "name": "Lobby",
        "type": "lobby",
        "status": "archived",
        "maxMembers": 8,
        "memberCount": 0,
        "accessPolicy": "public",
        "listed": True,
        "autoStartSession": False,
        "joinCode": "ABC-123",
        "createdAt": "2026-11-28T10:00:00Z",
        "somethingNew": {"nested": True},
    }
    script.answers["*"] = [_json(gathering)]
    typed = await client.project("p1").gatherings.get_gathering("g1")
    raw = await get_gathering.asyncio("p1", "g1", client=client)
    for result in (typed, raw):
        assert isinstance(result, GatheringResponse)
        assert result.status == "archived"
        assert isinstance(result.status, GatheringResponseStatus)
        assert result.additional_properties["somethingNew"] == {"nested": True}


@pytest.mark.parametrize("bad", ["", ".", ".."])
async def test_dot_segments_are_rejected_before_sending(
    client: CortexClient, script: Script, bad: str
) -> None:
    with pytest.raises(InvalidPathParameter, match="session_id"):
        await client.sessions.get_session("p1", bad)
    assert script.seen == []


async def test_other_ids_are_percent_encoded(client: CortexClient, script: Script) -> None:
    script.answers["*"] = [_json(SESSION)]
    await client.sessions.get_session("p1", "a/../b?c")
    assert script.seen[0].scope["raw_path"] == b"/api/projects/p1/sessions/a%2F..%2Fb%3Fc"


async def test_iterator_walks_every_page_and_stops_on_total(
    client: CortexClient, script: Script
) -> None:
    def page(ids: list[int]) -> Response:
        return _json(
            {
                "participants": [
                    {
                        "id": f"u{i}",
                        "externalUserId": f"e{i}",
                        "displayName": f"P{i}",
                        "projectId": "p1",
                        "tenantId": "t",
                        "userData": {},
                        "joinedAt": "2026-11-28T10:00:00Z",
                    }
                    for i in ids
                ],
                "total": 5,
            }
        )

    script.answers["*"] = [page([0, 1]), page([2, 3]), page([4]), page([])]
    seen = [p.id async for p in client.project("p1").participants.iter_participants(page_size=2)]
    assert seen == ["u0", "u1", "u2", "u3", "u4"]
    assert [r.query_params["offset"] for r in script.seen] == ["0", "2", "4"]


async def test_sync_functions_refuse_the_async_client(client: CortexClient) -> None:
    with pytest.raises(TypeError, match="async-only"):
        get_session.sync("p1", "s1", client=client)


async def test_with_options_shares_the_pool_and_changes_the_policy(
    client: CortexClient, script: Script
) -> None:
    view = client.with_options(max_retries=3, timeout=5.0)
    assert view.get_async_httpx_client()._transport is client.get_async_httpx_client()._transport
    assert view.retry_policy.max_retries == 3 and client.retry_policy.max_retries == 0
    assert view.get_async_httpx_client().timeout.read == 5.0
    script.answers["*"] = [_json(SESSION)]
    assert (await view.sessions.get_session("p1", "s1")).id == "s1"
    await view.aclose()
    assert (await client.sessions.get_session("p1", "s1")).id == "s1"  # the pool is still open


async def test_the_default_timeout_is_finite() -> None:
    async with CortexClient("http://127.0.0.1:9", api_key=KEY) as client:
        timeout = client.get_async_httpx_client().timeout
    assert timeout == DEFAULT_TIMEOUT and timeout.read is not None and timeout.connect is not None


async def test_a_slow_server_raises_api_timeout_error() -> None:
    import anyio

    async def slow(request: Request) -> Response:
        await anyio.sleep(5)  # the behaviour under test: a server slower than the timeout
        return _json(SESSION)

    app = Starlette(routes=[Route("/{path:path}", slow)])
    async with (
        serve_app(app) as base_url,
        CortexClient(base_url, api_key=KEY, timeout=0.2, max_retries=0) as client,
    ):
        with pytest.raises(APITimeoutError):
            await client.sessions.get_session("p1", "s1")


async def test_an_injected_httpx_client_gets_auth_and_typed_errors(script: Script) -> None:
    app = Starlette(routes=[Route("/{path:path}", script.handle)])
    script.answers["*"] = [
        _json({"statusCode": 401, "message": "bad key", "error": "Unauthorized"}, 401)
    ]
    async with serve_app(app) as base_url, httpx.AsyncClient(base_url=base_url) as mine:
        client = CortexClient(base_url, api_key=KEY, httpx_client=mine, max_retries=0)
        with pytest.raises(AuthenticationError) as caught:
            await client.sessions.get_session("p1", "s1")
        assert script.headers[0]["x-api-key"] == KEY
        assert KEY not in str(caught.value) and KEY not in repr(caught.value)
        await client.aclose()
        assert not mine.is_closed  # the caller owns it


async def test_authorization_apikey_style(script: Script) -> None:
    app = Starlette(routes=[Route("/{path:path}", script.handle)])
    script.answers["*"] = [_json(SESSION)]
    async with (
        serve_app(app) as base_url,
        CortexClient(base_url, api_key=KEY, api_key_header="authorization") as c,
    ):
        await c.sessions.get_session("p1", "s1")
    assert script.headers[0]["authorization"] == f"ApiKey {KEY}"
    assert "x-api-key" not in script.headers[0]


async def test_credentials_never_show_in_repr_or_logs(
    client: CortexClient, script: Script, caplog: pytest.LogCaptureFixture
) -> None:
    script.answers["*"] = [_json({"statusCode": 403, "message": "nope", "error": "Forbidden"}, 403)]
    caplog.set_level(logging.DEBUG, logger="cortex_client")
    with pytest.raises(Exception) as caught:
        await client.sessions.get_session("p1", "s1")
    assert (
        KEY not in repr(client) and KEY not in str(caught.value) and KEY not in repr(caught.value)
    )
    assert caplog.records and all(KEY not in r.getMessage() for r in caplog.records)


def test_only_one_credential_kind_is_accepted() -> None:
    with pytest.raises(ValueError, match="only one credential"):
        CortexClient("http://127.0.0.1:9", api_key="a", access_token="b")


def test_base_url_and_key_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CORTEX_BASE_URL", "http://127.0.0.1:7777/")
    monkeypatch.setenv("CORTEX_API_KEY", KEY)
    client = CortexClient()
    assert str(client.base_url) == "http://127.0.0.1:7777"
    assert client.get_async_httpx_client().auth is not None


def test_the_public_api_path_aliases_the_generated_modules() -> None:
    import importlib

    public = importlib.import_module("cortex_client.api.sessions.get_session")
    assert public is get_session


async def test_credentials_do_not_follow_a_redirect_to_another_origin(script: Script) -> None:
    async def redirect(request: Request) -> Response:
        return Response(
            status_code=307, headers={"location": f"{other}/api/projects/p1/sessions/s1"}
        )

    script.answers["*"] = [_json(SESSION)]
    target = Starlette(routes=[Route("/{path:path}", script.handle)])
    source = Starlette(routes=[Route("/{path:path}", redirect)])
    async with (
        serve_app(target) as other,
        serve_app(source) as base_url,
        CortexClient(base_url, api_key=KEY, follow_redirects=True) as c,
    ):
        session = await c.sessions.get_session("p1", "s1")
    assert session.id == "s1"
    assert "x-api-key" not in script.headers[0] and "authorization" not in script.headers[0]
