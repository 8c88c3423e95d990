"""What a user reads: status lines, the 401 of a client without a credential, and its warning."""

from __future__ import annotations

import warnings

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from cortex_client import AuthenticationError, CortexClient, MissingCredentialWarning
from cortex_client.testing import EmulatorServer

from .._loopback import serve_app

PID = "proj-1"
HINT = "no credential: pass api_key= or set CORTEX_API_KEY"


@pytest.fixture(autouse=True)
def _no_env_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CORTEX_API_KEY", raising=False)


def _anonymous(base_url: str, **options: object) -> CortexClient:
    with pytest.warns(MissingCredentialWarning):
        return CortexClient(base_url, **options)  # type: ignore[arg-type]


async def test_a_401_does_not_repeat_the_reason_phrase(cortex_emulator: EmulatorServer) -> None:
    async with CortexClient(cortex_emulator.base_url, api_key="wrong-key") as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.project(PID).sessions.list_sessions()
    assert str(caught.value) == "401 Unauthorized"
    assert caught.value.message == "Unauthorized"


async def test_a_401_without_any_credential_says_how_to_pass_one(
    cortex_emulator: EmulatorServer,
) -> None:
    async with _anonymous(cortex_emulator.base_url) as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.project(PID).sessions.list_sessions()
    assert str(caught.value) == f"401 Unauthorized: {HINT}"


async def test_the_no_credential_hint_keeps_the_servers_own_message() -> None:
    async def deny(request: Request) -> JSONResponse:
        body = {"statusCode": 401, "message": "API key missing", "error": "Unauthorized"}
        return JSONResponse(body, 401)

    app = Starlette(routes=[Route("/{path:path}", deny)])
    async with serve_app(app) as url, _anonymous(url, max_retries=0) as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.project(PID).sessions.list_sessions()
    assert str(caught.value) == f"401 Unauthorized: {HINT} (server: API key missing)"


async def test_a_401_with_a_credential_does_not_mention_the_hint(
    cortex_emulator: EmulatorServer,
) -> None:
    async with CortexClient(cortex_emulator.base_url, access_token="expired") as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.project(PID).sessions.list_sessions()
    assert HINT not in str(caught.value)


async def test_an_adopted_client_with_its_own_key_header_is_not_anonymous(
    cortex_emulator: EmulatorServer,
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", MissingCredentialWarning)
        async with httpx.AsyncClient(headers={"X-API-Key": "test-key"}) as mine:
            client = CortexClient(cortex_emulator.base_url, httpx_client=mine)
            assert await client.project(PID).sessions.list_sessions() is not None


def test_a_client_without_any_credential_warns_once() -> None:
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        client = CortexClient("http://127.0.0.1:9")
        client.with_options(max_retries=0)  # a view is no new client: no second warning
    relevant = [w for w in seen if issubclass(w.category, MissingCredentialWarning)]
    assert [str(w.message) for w in relevant] == [HINT]
    assert relevant[0].filename == __file__  # it points at the caller's line


def test_a_client_with_a_credential_does_not_warn(monkeypatch: pytest.MonkeyPatch) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", MissingCredentialWarning)
        CortexClient("http://127.0.0.1:9", api_key="k")
        CortexClient("http://127.0.0.1:9", headers={"Authorization": "Bearer t"})
        CortexClient("http://127.0.0.1:9", api_key_header="X-Key", headers={"x-key": "k"})
        monkeypatch.setenv("CORTEX_API_KEY", "k")
        CortexClient("http://127.0.0.1:9")
