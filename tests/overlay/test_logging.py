"""Logging: redaction helpers, the CORTEX_LOG switch, and no secret in any record or error."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from cortex_client._auth import ApiKeyAuth, BearerAuth, foreign_credentials_hook
from cortex_client._errors import APIConnectionError, AuthenticationError, raise_for_status
from cortex_client._logging import (
    configure_from_env,
    log_request,
    log_response,
    logger,
    redact_headers,
    redact_url,
)
from cortex_client._retry import RetryPolicy
from cortex_client._transport import RetryTransport

from .._loopback import serve_app as serve

SECRET = "ck_live_93f0c2d7a41b5e68"


# --- redaction -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://ots.example/api/x", "https://ots.example/api/x"),
        (f"https://me:{SECRET}@ots.example/api", "https://ots.example/api"),
        (
            f"https://ots.example/a?api_key={SECRET}&page=2",
            "https://ots.example/a?api_key=***&page=2",
        ),
        (f"https://ots.example/a?apiKey={SECRET}", "https://ots.example/a?apiKey=***"),
        (f"https://ots.example/a?access_token={SECRET}", "https://ots.example/a?access_token=***"),
        (f"https://ots.example/a?token={SECRET}", "https://ots.example/a?token=***"),
        (
            f"https://ots.example/a?client_secret={SECRET}",
            "https://ots.example/a?client_secret=***",
        ),
        (f"https://ots.example/a?password={SECRET}", "https://ots.example/a?password=***"),
        ("https://ots.example/a?q=hello&flag", "https://ots.example/a?q=hello&flag"),
        (f"https://ots.example/a#key={SECRET}", "https://ots.example/a"),
    ],
)
def test_redact_url_hides_credentials(url: str, expected: str) -> None:
    assert redact_url(url) == expected


def test_redact_url_accepts_httpx_url() -> None:
    assert redact_url(httpx.URL(f"http://h/?key={SECRET}")) == "http://h/?key=***"


def test_redact_url_never_raises() -> None:
    assert redact_url("http://[::1") == "<unparseable URL>"


def test_redact_headers_masks_credential_headers() -> None:
    headers = httpx.Headers(
        {"X-API-Key": SECRET, "Authorization": f"Bearer {SECRET}", "Accept": "application/json"}
    )
    assert redact_headers(headers) == {
        "x-api-key": "***",
        "authorization": "***",
        "accept": "application/json",
    }


# --- CORTEX_LOG ----------------------------------------------------------------------------


@pytest.fixture
def pristine_logger() -> Iterator[logging.Logger]:
    handlers, level = list(logger.handlers), logger.level
    yield logger
    logger.handlers[:] = handlers
    logger.setLevel(level)


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO)])
def test_cortex_log_attaches_one_handler_at_that_level(
    pristine_logger: logging.Logger, value: str, level: int
) -> None:
    before = len(pristine_logger.handlers)
    configure_from_env({"CORTEX_LOG": value})
    configure_from_env({"CORTEX_LOG": value})
    assert pristine_logger.level == level
    assert len(pristine_logger.handlers) == before + 1


@pytest.mark.parametrize("value", ["", "loud"])
def test_cortex_log_unset_or_unknown_changes_nothing(
    pristine_logger: logging.Logger, value: str
) -> None:
    before = (list(pristine_logger.handlers), pristine_logger.level)
    configure_from_env({"CORTEX_LOG": value} if value else {})
    assert (list(pristine_logger.handlers), pristine_logger.level) == before


def test_cortex_log_reads_the_process_environment(
    pristine_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CORTEX_LOG", "debug")
    configure_from_env()
    assert pristine_logger.level == logging.DEBUG


# --- full request path ---------------------------------------------------------------------


class FlakyThenDenied:
    """429 on the first request, then a 401 whose body is a NestJS error."""

    def __init__(self) -> None:
        self.hits = 0
        self.app = Starlette(routes=[Route("/{path:path}", self.handle, methods=["GET", "POST"])])

    async def handle(self, request: Request) -> Response:
        self.hits += 1
        if self.hits == 1:
            return Response("", status_code=429, headers={"Retry-After": "0"})
        return Response(
            '{"statusCode":401,"message":"Invalid API key","error":"Unauthorized"}',
            status_code=401,
            media_type="application/json",
            headers={"x-request-id": "req-1"},
        )


def instrumented_client(base_url: str, auth: httpx.Auth) -> httpx.AsyncClient:
    policy = RetryPolicy(initial_delay=0.01, max_delay=0.02)
    return httpx.AsyncClient(
        base_url=base_url,
        transport=RetryTransport(httpx.AsyncHTTPTransport(), policy),
        auth=auth,
        event_hooks={
            "request": [foreign_credentials_hook(base_url), log_request],
            "response": [log_response],
        },
    )


def all_text(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(
        f"{record.getMessage()} {record.args!r} {record.exc_text or ''}"
        for record in caplog.records
    )


@pytest.mark.parametrize("auth_style", ["x-api-key", "authorization", "bearer"])
async def test_key_appears_in_no_log_record_nor_error(
    caplog: pytest.LogCaptureFixture, auth_style: str
) -> None:
    caplog.set_level(logging.DEBUG, logger="cortex_client")
    server = FlakyThenDenied()
    auth: httpx.Auth = (
        BearerAuth(SECRET) if auth_style == "bearer" else ApiKeyAuth(SECRET, header=auth_style)
    )
    async with serve(server.app) as url, instrumented_client(url, auth) as client:
        response = await client.post(f"/api/things?api_key={SECRET}", json={"a": 1})
        with pytest.raises(AuthenticationError) as info:
            raise_for_status(response)
    error = info.value
    assert error.attempts == 2
    assert error.request_id == "req-1"
    messages = [record.getMessage() for record in caplog.records]
    assert any(m.startswith("request: POST") for m in messages)
    assert any(m.startswith("retrying POST") for m in messages)
    assert any("-> 401 Unauthorized" in m and "(attempt 2)" in m for m in messages)
    assert SECRET not in all_text(caplog)
    assert SECRET not in str(error)
    assert SECRET not in repr(error)


async def test_connection_error_text_holds_no_key(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="cortex_client")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    async with instrumented_client(url, ApiKeyAuth(SECRET)) as client:
        with pytest.raises(APIConnectionError) as info:
            await client.get(f"/api/x?token={SECRET}")
    assert info.value.attempts == 3
    assert SECRET not in str(info.value)
    assert SECRET not in repr(info.value)
    assert SECRET not in all_text(caplog)


async def test_response_line_reports_status_elapsed_and_attempt(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="cortex_client")
    transport = httpx.MockTransport(lambda request: httpx.Response(204))
    async with httpx.AsyncClient(
        transport=transport,
        event_hooks={"request": [log_request], "response": [log_response]},
    ) as client:
        await client.delete("https://ots.example/api/s/1")
    [line] = [r.getMessage() for r in caplog.records if r.name == "cortex_client"]
    assert line.startswith("response: DELETE https://ots.example/api/s/1 -> 204 No Content in ")
    assert line.endswith(" ms (attempt 1)")
