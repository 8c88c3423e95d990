"""Auth flows against real loopback servers that record the headers they receive."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import anyio
import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from cortex_client._auth import (
    ApiKeyAuth,
    BearerAuth,
    TokenProviderAuth,
    foreign_credentials_hook,
    same_origin,
    strip_foreign_credentials,
)
from cortex_client._errors import CortexError
from cortex_client._retry import RetryPolicy
from cortex_client._transport import RetryTransport

from .._loopback import serve_app as serve

SECRET = "ck_live_5f2a9c0e7b1d4386"
CREDENTIAL_HEADERS = ("x-api-key", "authorization")


# --- loopback servers ----------------------------------------------------------------------


class RecordingApp:
    """Records request headers. ``/redirect`` answers 302 to ``redirect_to``. When
    ``accepted_token`` is set, other bearer tokens get 401; ``gate`` holds the first
    401s back until that many requests arrived (to force concurrent failures)."""

    def __init__(self) -> None:
        self.seen: list[dict[str, str]] = []
        self.redirect_to = ""
        self.accepted_token: str | None = None
        self.gate = 0
        self._gate_open = asyncio.Event()
        self.app = Starlette(
            routes=[
                Route("/redirect", self.redirect),
                Route("/{path:path}", self.record, methods=["GET", "POST"]),
            ]
        )

    async def redirect(self, request: Request) -> Response:
        self.seen.append(dict(request.headers))
        return RedirectResponse(self.redirect_to, status_code=302)

    async def record(self, request: Request) -> Response:
        self.seen.append(dict(request.headers))
        if self.accepted_token is None:
            return Response("ok")
        if request.headers.get("authorization") == f"Bearer {self.accepted_token}":
            return Response("ok")
        if len(self.seen) >= self.gate:
            self._gate_open.set()
        with anyio.move_on_after(10):
            await self._gate_open.wait()
        return Response('{"message":"Unauthorized"}', status_code=401)


@pytest.fixture
async def server_a() -> AsyncIterator[tuple[RecordingApp, str]]:
    app = RecordingApp()
    async with serve(app.app) as url:
        yield app, url


@pytest.fixture
async def server_b() -> AsyncIterator[tuple[RecordingApp, str]]:
    app = RecordingApp()
    async with serve(app.app) as url:
        yield app, url


def client_for(
    base_url: str, auth: httpx.Auth, *, follow_redirects: bool = False
) -> httpx.AsyncClient:
    transport = RetryTransport(httpx.AsyncHTTPTransport(), RetryPolicy())
    return httpx.AsyncClient(
        base_url=base_url,
        transport=transport,
        auth=auth,
        follow_redirects=follow_redirects,
        event_hooks={"request": [foreign_credentials_hook(base_url)]},
    )


class CountingProvider:
    """A token provider handing out ``tokens`` in order (the last one repeats)."""

    def __init__(self, *tokens: str) -> None:
        self.tokens = list(tokens)
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        return self.tokens[min(self.calls, len(self.tokens)) - 1]


class AsyncCountingProvider(CountingProvider):
    async def fetch(self) -> str:
        await anyio.lowlevel.checkpoint()
        return self()


# --- header styles -------------------------------------------------------------------------


async def test_api_key_is_sent_as_x_api_key_by_default(
    server_a: tuple[RecordingApp, str],
) -> None:
    app, url = server_a
    async with client_for(url, ApiKeyAuth(SECRET, origin=url)) as client:
        await client.get("/api/x")
    assert app.seen[0]["x-api-key"] == SECRET
    assert "authorization" not in app.seen[0]


async def test_api_key_authorization_style_sends_apikey_scheme(
    server_a: tuple[RecordingApp, str],
) -> None:
    app, url = server_a
    async with client_for(url, ApiKeyAuth(SECRET, header="authorization", origin=url)) as client:
        await client.get("/api/x")
    assert app.seen[0]["authorization"] == f"ApiKey {SECRET}"
    assert "x-api-key" not in app.seen[0]


async def test_bearer_auth_sends_bearer_token(server_a: tuple[RecordingApp, str]) -> None:
    app, url = server_a
    async with client_for(url, BearerAuth(SECRET, origin=url)) as client:
        await client.get("/api/x")
    assert app.seen[0]["authorization"] == f"Bearer {SECRET}"


# --- token provider ------------------------------------------------------------------------


async def test_sync_token_provider_is_called_lazily_once(
    server_a: tuple[RecordingApp, str],
) -> None:
    app, url = server_a
    provider = CountingProvider("tok-1")
    auth = TokenProviderAuth(provider, origin=url)
    assert provider.calls == 0
    async with client_for(url, auth) as client:
        await client.get("/api/x")
        await client.get("/api/y")
    assert provider.calls == 1
    assert [h["authorization"] for h in app.seen] == ["Bearer tok-1"] * 2


async def test_async_token_provider_is_awaited(server_a: tuple[RecordingApp, str]) -> None:
    app, url = server_a
    provider = AsyncCountingProvider("tok-async")
    async with client_for(url, TokenProviderAuth(provider.fetch, origin=url)) as client:
        await client.get("/api/x")
    assert app.seen[0]["authorization"] == "Bearer tok-async"


async def test_token_provider_refreshes_once_on_401_and_resends(
    server_a: tuple[RecordingApp, str],
) -> None:
    app, url = server_a
    app.accepted_token = "fresh"
    provider = CountingProvider("stale", "fresh")
    async with client_for(url, TokenProviderAuth(provider, origin=url)) as client:
        response = await client.post("/api/x", json={"a": 1})
    assert response.status_code == 200
    assert provider.calls == 2
    assert [h["authorization"] for h in app.seen] == ["Bearer stale", "Bearer fresh"]


async def test_token_provider_gives_up_after_one_refresh(
    server_a: tuple[RecordingApp, str],
) -> None:
    app, url = server_a
    app.accepted_token = "never-issued"
    provider = CountingProvider("a", "b", "c")
    async with client_for(url, TokenProviderAuth(provider, origin=url)) as client:
        response = await client.get("/api/x")
    assert response.status_code == 401
    assert provider.calls == 2
    assert len(app.seen) == 2


async def test_concurrent_401s_cause_exactly_one_refresh(
    server_a: tuple[RecordingApp, str],
) -> None:
    app, url = server_a
    app.accepted_token = "fresh"
    app.gate = 20  # every request sees its 401 only once all 20 hold the stale token
    provider = CountingProvider("stale", "fresh", "too-many")
    statuses: list[int] = []
    async with client_for(url, TokenProviderAuth(provider, origin=url)) as client:

        async def call() -> None:
            statuses.append((await client.get("/api/x")).status_code)

        async with anyio.create_task_group() as tg:
            for _ in range(20):
                tg.start_soon(call)
    assert statuses == [200] * 20
    assert provider.calls == 2
    assert sum(h["authorization"] == "Bearer stale" for h in app.seen) == 20


async def test_token_provider_returning_a_non_string_raises_without_the_value(
    server_a: tuple[RecordingApp, str],
) -> None:
    _, url = server_a
    auth = TokenProviderAuth(lambda: None, origin=url)  # type: ignore[arg-type, return-value]
    async with client_for(url, auth) as client:
        with pytest.raises(CortexError, match="returned NoneType"):
            await client.get("/api/x")


def test_token_provider_refuses_sync_clients() -> None:
    auth = TokenProviderAuth(lambda: SECRET)
    transport = httpx.MockTransport(lambda r: httpx.Response(200))
    with httpx.Client(transport=transport) as client, pytest.raises(TypeError, match="AsyncClient"):
        client.get("https://x/", auth=auth)


# --- origins and redirects -----------------------------------------------------------------


def auths_for(origin: str) -> list[httpx.Auth]:
    return [
        ApiKeyAuth(SECRET, origin=origin),
        ApiKeyAuth(SECRET, header="authorization", origin=origin),
        BearerAuth(SECRET, origin=origin),
        TokenProviderAuth(lambda: SECRET, origin=origin),
    ]


@pytest.mark.parametrize("style", range(4), ids=["x-api-key", "apikey", "bearer", "provider"])
async def test_redirect_to_another_origin_carries_no_credentials(
    server_a: tuple[RecordingApp, str], server_b: tuple[RecordingApp, str], style: int
) -> None:
    app_a, url_a = server_a
    app_b, url_b = server_b
    app_a.redirect_to = f"{url_b}/landing"
    async with client_for(url_a, auths_for(url_a)[style], follow_redirects=True) as client:
        response = await client.get("/redirect")
    assert response.status_code == 200
    assert any(SECRET in value for value in app_a.seen[0].values())
    assert len(app_b.seen) == 1
    assert not any(name in app_b.seen[0] for name in CREDENTIAL_HEADERS)
    assert not any(SECRET in value for value in app_b.seen[0].values())


async def test_same_origin_redirect_keeps_the_api_key(
    server_a: tuple[RecordingApp, str],
) -> None:
    app, url = server_a
    app.redirect_to = f"{url}/landing"
    async with client_for(url, ApiKeyAuth(SECRET, origin=url), follow_redirects=True) as client:
        await client.get("/redirect")
    assert [h.get("x-api-key") for h in app.seen] == [SECRET, SECRET]


@pytest.mark.parametrize("style", range(4), ids=["x-api-key", "apikey", "bearer", "provider"])
async def test_auth_bound_to_one_origin_adds_nothing_for_another(
    server_a: tuple[RecordingApp, str], server_b: tuple[RecordingApp, str], style: int
) -> None:
    _, url_a = server_a
    app_b, url_b = server_b
    auth = auths_for(url_a)[style]
    async with httpx.AsyncClient(auth=auth) as client:
        await client.get(f"{url_b}/api/x")
    assert not any(name in app_b.seen[0] for name in CREDENTIAL_HEADERS)


def test_strip_foreign_credentials_removes_credential_headers_only() -> None:
    request = httpx.Request(
        "GET", "https://evil.example/", headers={"X-API-Key": SECRET, "Accept": "a/b"}
    )
    strip_foreign_credentials(request, "https://ots.odin.4players.io")
    assert "x-api-key" not in request.headers
    assert request.headers["accept"] == "a/b"


@pytest.mark.parametrize(
    ("url", "origin", "expected"),
    [
        ("https://a.io/x", "https://a.io", True),
        ("https://a.io:443/x", "https://a.io/api", True),
        ("HTTPS://A.IO/x", "https://a.io", True),
        ("http://a.io/x", "https://a.io", False),
        ("https://a.io:8443/x", "https://a.io", False),
        ("https://b.a.io/x", "https://a.io", False),
    ],
)
def test_same_origin_compares_scheme_host_and_port(url: str, origin: str, expected: bool) -> None:
    assert same_origin(url, origin) is expected


# --- repr ----------------------------------------------------------------------------------


async def test_repr_never_shows_the_secret(server_a: tuple[RecordingApp, str]) -> None:
    _, url = server_a
    provider_auth = TokenProviderAuth(lambda: SECRET, origin=url)
    async with client_for(url, provider_auth) as client:
        await client.get("/api/x")  # the provider's token is now cached
    for auth in [*auths_for(url), provider_auth]:
        assert SECRET not in repr(auth)
        assert SECRET not in str(auth)
    assert repr(ApiKeyAuth(SECRET)) == "ApiKeyAuth(header='x-api-key', key='***')"
    assert repr(BearerAuth(SECRET)) == "BearerAuth(token='***')"


def test_empty_credentials_are_rejected() -> None:
    with pytest.raises(ValueError):
        ApiKeyAuth("")
    with pytest.raises(ValueError):
        BearerAuth("")
