"""Secrets never leak: credentials are cleaned at construction, the client's own secrets are
masked in every error text and log line, and its credential header never follows a redirect to
another origin. Real loopback servers throughout; httpx.MockTransport only for the https->http
downgrade (no loopback TLS) and for a transport error that quotes the key."""

from __future__ import annotations

import logging
import traceback
from collections.abc import AsyncIterator, Callable
from typing import Any

import anyio
import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from cortex_client import (
    APIConnectionError,
    AuthenticationError,
    CortexClient,
    CortexError,
    InternalServerError,
)
from cortex_client._stream import open_event_stream
from cortex_client.testing import EmulatorServer, serve
from cortex_client.testing.pytest_plugin import DEFAULT_API_KEY

from .._loopback import serve_app

KEY = "ck_live_7Qx2mZp9Lr4Tn8Vb"
PASSWORD = "hunter2pw"
PROJECT = "proj-secrets"
WAIT = 10.0


def all_text(exc: BaseException) -> str:
    """Everything a user could print of ``exc``: str, repr and the full chained traceback."""
    return "\n".join([str(exc), repr(exc), "".join(traceback.format_exception(exc))])


def assert_hidden(secret: str, *texts: object) -> None:
    for text in texts:
        assert secret not in str(text)


# --- a scripted loopback server ------------------------------------------------------------


class Scripted:
    """Records request headers; ``respond`` builds each answer from the request."""

    def __init__(self, respond: Callable[[Request], Response]) -> None:
        self.seen: list[dict[str, str]] = []
        self.respond = respond
        self.arrived = anyio.Event()
        self.wanted = 1
        self.app = Starlette(routes=[Route("/{path:path}", self.handle, methods=["GET", "POST"])])

    async def handle(self, request: Request) -> Response:
        self.seen.append(dict(request.headers))
        if len(self.seen) >= self.wanted:
            self.arrived.set()
        return self.respond(request)


def ok(request: Request) -> Response:
    return PlainTextResponse("ok")


@pytest.fixture
async def recorder() -> AsyncIterator[tuple[Scripted, str]]:
    app = Scripted(ok)
    async with serve_app(app.app) as url:
        yield app, url


# --- credentials cleaned at construction ---------------------------------------------------


@pytest.mark.parametrize("suffix", ["\n", "\r\n", " ", "\t\n"], ids=["lf", "crlf", "space", "tab"])
async def test_key_read_from_a_file_is_stripped_and_sent(
    recorder: tuple[Scripted, str], suffix: str
) -> None:
    app, url = recorder
    async with CortexClient(url, api_key=KEY + suffix, max_retries=0) as client:
        response = await client.get_async_httpx_client().get("/api/x")
    assert response.status_code == 200
    assert app.seen[0]["x-api-key"] == KEY


async def test_access_token_and_env_key_are_stripped_too(
    recorder: tuple[Scripted, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    app, url = recorder
    async with CortexClient(url, access_token=f" {KEY}\r\n", max_retries=0) as client:
        await client.get_async_httpx_client().get("/api/x")
    monkeypatch.setenv("CORTEX_API_KEY", f"{KEY}\n")
    async with CortexClient(url, max_retries=0) as client:
        await client.get_async_httpx_client().get("/api/x")
    assert app.seen[0]["authorization"] == f"Bearer {KEY}"
    assert app.seen[1]["x-api-key"] == KEY


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (KEY + "\x00", "control character"),
        (KEY[:6] + "\x01" + KEY[6:], "control character"),
        (KEY[:6] + " " + KEY[6:], "whitespace"),
        (KEY[:6] + "\n" + KEY[6:], "whitespace"),
        (KEY + "é", "non-ASCII"),
        ("", "empty"),
        (" \r\n", "empty"),
    ],
    ids=["nul", "ctrl", "inner-space", "inner-newline", "non-ascii", "empty", "blank"],
)
@pytest.mark.parametrize("param", ["api_key", "access_token", "CORTEX_API_KEY"])
def test_unsendable_credential_is_refused_without_echo(
    value: str, problem: str, param: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CORTEX_API_KEY", raising=False)
    kwargs: dict[str, Any] = {}
    if param == "CORTEX_API_KEY":
        if not value or "\x00" in value:
            pytest.skip("an empty CORTEX_API_KEY means no key; no environment holds a NUL")
        monkeypatch.setenv("CORTEX_API_KEY", value)
    else:
        kwargs[param] = value
    with pytest.raises(ValueError) as caught:
        CortexClient("http://127.0.0.1:1", **kwargs)
    assert isinstance(caught.value, CortexError)
    assert param in str(caught.value)
    assert problem in str(caught.value)
    if value.strip():
        assert_hidden(KEY[:6], all_text(caught.value))
        assert_hidden(KEY[6:], all_text(caught.value))


@pytest.mark.parametrize("returned", [f"{KEY}\n", f" {KEY} "])
async def test_token_from_a_provider_is_stripped(
    recorder: tuple[Scripted, str], returned: str
) -> None:
    app, url = recorder
    async with CortexClient(url, token_provider=lambda: returned, max_retries=0) as client:
        await client.get_async_httpx_client().get("/api/x")
    assert app.seen[0]["authorization"] == f"Bearer {KEY}"


async def test_unsendable_token_from_a_provider_raises_without_echo(
    recorder: tuple[Scripted, str],
) -> None:
    app, url = recorder
    async with CortexClient(url, token_provider=lambda: KEY + "\x00", max_retries=0) as client:
        with pytest.raises(CortexError) as caught:
            await client.get_async_httpx_client().get("/api/x")
    assert "control character" in str(caught.value)
    assert_hidden(KEY, all_text(caught.value))
    assert app.seen == []


# --- secrets masked in error texts ---------------------------------------------------------


def echo_key_json(request: Request) -> Response:
    sent = request.headers.get("x-api-key") or request.headers.get("authorization", "")
    return JSONResponse(
        {"statusCode": 401, "message": f"invalid key {sent}", "error": "Unauthorized"},
        status_code=401,
    )


def echo_key_text(request: Request) -> Response:
    # The key sits across the 200-character snippet boundary of a non-JSON body.
    sent = request.headers.get("x-api-key", "")
    return PlainTextResponse("x" * 190 + sent + " rejected", status_code=401)


@pytest.mark.parametrize("respond", [echo_key_json, echo_key_text], ids=["json", "text"])
async def test_401_body_echoing_the_key_is_masked(
    respond: Callable[[Request], Response],
) -> None:
    app = Scripted(respond)
    async with serve_app(app.app) as url, CortexClient(url, api_key=KEY, max_retries=0) as client:
        response = await client.get_async_httpx_client().get("/api/x")
        with pytest.raises(AuthenticationError) as caught:
            client.check_response(response)
    error = caught.value
    assert app.seen[0]["x-api-key"] == KEY
    assert_hidden(KEY[:8], all_text(error), error.message, error.body)
    assert "***" in error.message


async def test_401_echoing_a_provider_token_is_masked() -> None:
    app = Scripted(echo_key_json)
    async with (
        serve_app(app.app) as url,
        CortexClient(url, token_provider=lambda: KEY, max_retries=0) as client,
    ):
        with pytest.raises(AuthenticationError) as caught:
            await client.sessions.list_sessions(PROJECT)
    assert app.seen[0]["authorization"] == f"Bearer {KEY}"
    assert_hidden(KEY, all_text(caught.value), caught.value.body)


async def test_transport_error_quoting_the_key_is_masked_with_its_cause() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"proxy refused credentials {request.headers['x-api-key']!r}")

    http = httpx.AsyncClient(transport=httpx.MockTransport(refuse))
    async with CortexClient("https://api.test", api_key=KEY, httpx_client=http) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.get_async_httpx_client().get("/api/x")
    assert caught.value.__cause__ is not None
    assert_hidden(KEY, all_text(caught.value))


async def test_base_url_password_never_shows() -> None:
    client = CortexClient(f"http://user:{PASSWORD}@127.0.0.1:1", api_key=KEY, max_retries=0)
    async with client:
        with pytest.raises(APIConnectionError) as caught:
            await client.get_async_httpx_client().get("/api/x")
    assert_hidden(PASSWORD, repr(client), str(client), all_text(caught.value))
    assert_hidden(KEY, repr(client), all_text(caught.value))


# --- secrets masked in log lines -----------------------------------------------------------


def log_text(caplog: pytest.LogCaptureFixture) -> str:
    return caplog.text + "\n".join(record.getMessage() for record in caplog.records)


async def test_stream_reconnect_logs_never_show_a_key_read_from_a_file(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="cortex_client")
    path = f"/api/projects/{PROJECT}/events/stream"
    received: list[str | None] = []
    async with (
        serve(api_keys=[DEFAULT_API_KEY], heartbeat_interval=15.0) as server,
        CortexClient(server.base_url, api_key=DEFAULT_API_KEY + "\n", max_retries=0) as client,
    ):
        emulator = server.emulator
        emulator.fail_next(2, 503, path_prefix=path)
        async with open_event_stream(client, PROJECT) as events:
            if await stream_opened(server):
                emulator.emit(
                    "after.reconnect", "occurred", {}, project_id=PROJECT, resource_id="thing:1"
                )
                with anyio.fail_after(WAIT):
                    received.append((await anext(aiter(events))).type_)
    assert_hidden(DEFAULT_API_KEY, log_text(caplog))
    assert "reconnecting" in log_text(caplog)
    assert received == ["after.reconnect"]


async def stream_opened(server: EmulatorServer) -> bool:
    try:
        await server.emulator.wait_until(
            lambda: server.emulator.stream_connections(PROJECT) == 1, WAIT
        )
    except TimeoutError:
        return False
    return True


def echo_key_503(request: Request) -> Response:
    sent = request.headers.get("x-api-key", "")
    return JSONResponse({"statusCode": 503, "message": f"key {sent} is throttled"}, 503)


async def test_stream_reconnect_logs_mask_a_key_the_server_echoes(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="cortex_client")
    app = Scripted(echo_key_503)
    app.wanted = 2  # a reconnect happened
    async with (
        serve_app(app.app) as url,
        CortexClient(url, api_key=KEY, max_retries=0) as client,
        open_event_stream(client, PROJECT),
    ):
        with anyio.fail_after(WAIT):
            await app.arrived.wait()
    assert app.seen[0]["x-api-key"] == KEY
    assert "503" in log_text(caplog)
    assert_hidden(KEY, log_text(caplog))


def test_package_loggers_mask_secrets_in_messages_and_exceptions(
    caplog: pytest.LogCaptureFixture,
) -> None:
    import cortex_client._stream
    import cortex_client._watch  # noqa: F401  (their loggers exist once imported)

    caplog.set_level(logging.DEBUG, logger="cortex_client")
    client = CortexClient("http://127.0.0.1:1", api_key=KEY)
    try:
        raise RuntimeError(f"callback saw {KEY}")
    except RuntimeError:
        for name in ("cortex_client", "cortex_client.stream", "cortex_client.watch"):
            logging.getLogger(name).debug("got %s", KEY)
            logging.getLogger(name).exception("failed")
    assert len(caplog.records) == 6
    assert_hidden(KEY, log_text(caplog))
    del client


def test_every_package_logger_has_the_masking_filter() -> None:
    import cortex_client._events
    import cortex_client._stream
    import cortex_client._watch  # noqa: F401

    loggers = [
        logging.getLogger(name)
        for name in list(logging.Logger.manager.loggerDict)
        if (name == "cortex_client" or name.startswith("cortex_client."))
        and not name.startswith("cortex_client.testing")
    ]
    assert {"cortex_client", "cortex_client.stream", "cortex_client.watch"} <= {
        logger.name for logger in loggers
    }
    for logger in loggers:
        assert logger.filters, f"{logger.name} logs without the masking filter"


# --- credential header and redirects -------------------------------------------------------


async def test_redirect_to_another_origin_drops_a_custom_key_header() -> None:
    landing = Scripted(ok)
    async with serve_app(landing.app) as other_url:

        def redirect(request: Request) -> Response:
            return RedirectResponse(f"{other_url}/landing", status_code=302)

        origin = Scripted(redirect)
        async with (
            serve_app(origin.app) as url,
            CortexClient(
                url, api_key=KEY, api_key_header="x-cortex-key", follow_redirects=True
            ) as client,
        ):
            response = await client.get_async_httpx_client().get("/api/x")
    assert response.status_code == 200
    assert origin.seen[0]["x-cortex-key"] == KEY
    assert len(landing.seen) == 1
    assert "x-cortex-key" not in landing.seen[0]
    assert_hidden(KEY, landing.seen[0])


@pytest.mark.parametrize(
    ("kwargs", "header"),
    [
        ({"api_key": KEY}, "x-api-key"),
        ({"api_key": KEY, "api_key_header": "X-Cortex-Key"}, "x-cortex-key"),
        ({"api_key": KEY, "api_key_header": "authorization"}, "authorization"),
        ({"access_token": KEY}, "authorization"),
        ({"token_provider": lambda: KEY}, "authorization"),
    ],
    ids=["x-api-key", "custom", "apikey-scheme", "bearer", "provider"],
)
@pytest.mark.parametrize(
    "target",
    ["http://api.test/landing", "https://api.test:8443/landing", "https://other.test/landing"],
    ids=["https-to-http", "other-port", "other-host"],
)
async def test_origin_change_drops_the_credential_header(
    kwargs: dict[str, Any], header: str, target: str
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/redirect":
            return httpx.Response(302, headers={"Location": target})
        return httpx.Response(200)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler), follow_redirects=True)
    async with CortexClient("https://api.test", httpx_client=http, **kwargs) as client:
        await client.get_async_httpx_client().get("/redirect")
    assert [str(r.url) for r in seen] == ["https://api.test/redirect", target]
    assert KEY in seen[0].headers[header]
    assert header not in seen[1].headers
    assert_hidden(KEY, dict(seen[1].headers))


async def test_same_origin_redirect_keeps_a_custom_key_header() -> None:
    def redirect(request: Request) -> Response:
        if request.url.path == "/landing":
            return PlainTextResponse("ok")
        return RedirectResponse("/landing", status_code=302)

    app = Scripted(redirect)
    async with (
        serve_app(app.app) as url,
        CortexClient(url, api_key=KEY, api_key_header="x-cortex-key", follow_redirects=True) as c,
    ):
        await c.get_async_httpx_client().get("/api/x")
    assert [seen.get("x-cortex-key") for seen in app.seen] == [KEY, KEY]


async def test_server_error_echo_is_masked_in_internal_server_error() -> None:
    def echo_500(request: Request) -> Response:
        return JSONResponse({"message": [f"db said {request.headers['x-api-key']}"]}, 500)

    app = Scripted(echo_500)
    async with serve_app(app.app) as url, CortexClient(url, api_key=KEY, max_retries=0) as client:
        response = await client.get_async_httpx_client().get("/api/x")
        with pytest.raises(InternalServerError) as caught:
            client.check_response(response)
    assert_hidden(KEY, all_text(caught.value), caught.value.body)


def test_a_short_secret_is_masked_where_it_stands_alone_not_inside_words() -> None:
    from cortex_client._redact import scrub

    client = CortexClient("http://127.0.0.1:9", api_key="k9")
    long_client = CortexClient("http://127.0.0.1:9", api_key="sk-live-0123456789")
    assert scrub("server: key k9 missing, event k9x skipped") == (
        "server: key *** missing, event k9x skipped"
    )
    assert scrub("token=sk-live-0123456789abc") == "token=***abc"
    del client, long_client
