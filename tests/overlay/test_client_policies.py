"""Retry, error, auth and logging policies of CortexClient against the emulator (real HTTP)."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

import pytest

from cortex_client import (
    AuthenticationError,
    CortexClient,
    InternalServerError,
    RateLimitError,
)
from cortex_client.models import CreateSessionRequest
from cortex_client.testing import EmulatorServer

KEY = "test-key"
PID = "proj-1"
BODY = CreateSessionRequest(title="Standup", external_room_id="room-1")


def _client(server: EmulatorServer, **options: object) -> CortexClient:
    return CortexClient(server.base_url, api_key=KEY, **options)  # type: ignore[arg-type]


def _hits(server: EmulatorServer, method: str, suffix: str) -> int:
    return sum(
        1 for r in server.emulator.request_log if r.method == method and r.path.endswith(suffix)
    )


async def test_a_post_answered_429_is_retried_and_succeeds(cortex_emulator: EmulatorServer) -> None:
    cortex_emulator.emulator.fail_next(2, 429, retry_after=0, method="POST")
    async with _client(cortex_emulator, max_retries=2) as client:
        session = await client.project(PID).sessions.create_session(body=BODY)
    assert session.title == "Standup"
    assert _hits(cortex_emulator, "POST", "/sessions") == 3


async def test_a_post_answered_500_is_not_retried(cortex_emulator: EmulatorServer) -> None:
    cortex_emulator.emulator.fail_next(1, 500, method="POST")
    async with _client(cortex_emulator, max_retries=3) as client:
        with pytest.raises(InternalServerError) as caught:
            await client.project(PID).sessions.create_session(body=BODY)
    assert caught.value.attempts == 1
    assert _hits(cortex_emulator, "POST", "/sessions") == 1


async def test_a_get_answered_503_is_retried_until_the_budget_and_reports_attempts(
    cortex_emulator: EmulatorServer,
) -> None:
    cortex_emulator.emulator.fail_next(5, 503, retry_after=0, method="GET")
    async with _client(cortex_emulator, max_retries=2) as client:
        with pytest.raises(InternalServerError) as caught:
            await client.project(PID).sessions.list_sessions()
    assert caught.value.attempts == 3
    assert caught.value.status_code == 503


async def test_a_retry_after_above_the_ceiling_raises_at_once(
    cortex_emulator: EmulatorServer,
) -> None:
    cortex_emulator.emulator.fail_next(1, 429, retry_after=3600)
    async with _client(cortex_emulator, max_retry_after=60) as client:
        started = time.monotonic()
        with pytest.raises(RateLimitError) as caught:
            await client.project(PID).sessions.list_sessions()
    assert caught.value.retry_after == 3600
    assert time.monotonic() - started < 5  # generous: it must not have slept for an hour
    assert _hits(cortex_emulator, "GET", "/sessions") == 1


async def test_an_idempotency_key_makes_a_post_retryable(cortex_emulator: EmulatorServer) -> None:
    cortex_emulator.emulator.fail_next(1, 500, method="POST")
    async with CortexClient(
        cortex_emulator.base_url, api_key=KEY, headers={"Idempotency-Key": "idem-1"}
    ) as client:
        session = await client.project(PID).sessions.create_session(body=BODY)
    assert session.id
    assert _hits(cortex_emulator, "POST", "/sessions") == 2


async def test_a_wrong_key_raises_authentication_error_without_the_key(
    cortex_emulator: EmulatorServer,
) -> None:
    async with CortexClient(cortex_emulator.base_url, api_key="wrong-secret-key") as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.project(PID).sessions.list_sessions()
    assert "wrong-secret-key" not in str(caught.value)
    assert "wrong-secret-key" not in repr(caught.value)


async def test_a_token_provider_is_asked_again_once_after_a_401(
    cortex_emulator: EmulatorServer,
) -> None:
    good = cortex_emulator.emulator.issue_token()
    handed: list[str] = []

    async def provider() -> str:
        token = "expired-token" if not handed else good
        handed.append(token)
        return token

    async with CortexClient(cortex_emulator.base_url, token_provider=provider) as client:
        sessions = await client.project(PID).sessions.list_sessions()
    assert sessions == []
    assert handed == ["expired-token", good]


@pytest.fixture
def restored_logger() -> Iterator[logging.Logger]:
    """CORTEX_LOG attaches a handler to a global logger; put it back as it was."""
    logger = logging.getLogger("cortex_client")
    handlers, level = list(logger.handlers), logger.level
    yield logger
    logger.handlers[:] = handlers
    logger.setLevel(level)


async def test_cortex_log_debug_logs_each_request_with_secrets_redacted(
    cortex_emulator: EmulatorServer,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    restored_logger: logging.Logger,
) -> None:
    monkeypatch.setenv("CORTEX_LOG", "debug")
    cortex_emulator.emulator.fail_next(1, 429, retry_after=0)
    caplog.set_level(logging.DEBUG, logger="cortex_client")
    async with _client(cortex_emulator) as client:
        await client.project(PID).sessions.list_sessions()
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("cortex_client")]
    assert any("retry" in line.lower() for line in lines), lines
    assert any("200" in line and "/api/projects/proj-1/sessions" in line for line in lines), lines
    assert all(KEY not in line for line in lines)
    assert restored_logger.level == logging.DEBUG
