"""The pure retry policy: Retry-After parsing, backoff maths and the retry rules."""

from __future__ import annotations

import dataclasses
import email.utils

import httpx
import pytest

from cortex_client._retry import (
    RetryPolicy,
    backoff_delay,
    decide,
    is_idempotent,
    parse_retry_after,
)

NOW = 1_700_000_000.0
IDEMPOTENT = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"]
NON_IDEMPOTENT = ["POST", "PATCH"]
ALL_METHODS = IDEMPOTENT + NON_IDEMPOTENT


def http_date(timestamp: float) -> str:
    return email.utils.formatdate(timestamp, usegmt=True)


# --- parse_retry_after -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"retry-after": "0"}, 0.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"Retry-After": " 2 "}, 2.0),
        ({"Retry-After": http_date(NOW + 30)}, 30.0),
        ({"Retry-After": http_date(NOW - 30)}, 0.0),
        ({"Retry-After": "soon"}, None),
        ({"Retry-After": ""}, None),
        ({"Retry-After": "-5"}, None),
        # Not a wait the client could honour early: longer than any ceiling (issue 10, item 6).
        ({"Retry-After": "nan"}, float("inf")),
        ({"Retry-After": "inf"}, float("inf")),
        ({"Retry-After": "1e400"}, float("inf")),
        ({"Retry-After": "9" * 400}, float("inf")),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "Retry-After": "9"}, 0.25),
        ({"retry-after-ms": "junk", "Retry-After": "9"}, 9.0),
        ({}, None),
    ],
    ids=[
        "seconds",
        "zero",
        "fractional",
        "padded",
        "future-date",
        "past-date-is-zero",
        "garbage",
        "empty",
        "negative",
        "nan",
        "inf",
        "1e400",
        "huge-integer",
        "ms",
        "ms-preferred",
        "bad-ms-falls-back",
        "absent",
    ],
)
def test_parse_retry_after_reads_each_form(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(headers, now=NOW) == expected


def test_parse_retry_after_accepts_httpx_headers() -> None:
    assert parse_retry_after(httpx.Headers({"RETRY-AFTER": "4"})) == 4.0


def test_parse_retry_after_uses_wall_clock_by_default() -> None:
    import time

    delay = parse_retry_after({"Retry-After": http_date(time.time() + 120)})
    assert delay is not None
    assert 100 < delay <= 121


# --- backoff -------------------------------------------------------------------------------


def test_backoff_doubles_from_initial_delay_until_cap() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=8.0, jitter="full")
    ceilings = [backoff_delay(policy, n, rand=0.999999) for n in range(7)]
    assert ceilings == pytest.approx([0.5, 1, 2, 4, 8, 8, 8], rel=1e-5)


def test_full_jitter_spans_zero_to_ceiling() -> None:
    policy = RetryPolicy(initial_delay=1.0, max_delay=8.0, jitter="full")
    assert backoff_delay(policy, 2, rand=0.0) == 0.0
    assert backoff_delay(policy, 2, rand=0.5) == 2.0


def test_equal_jitter_keeps_at_least_half_the_ceiling() -> None:
    policy = RetryPolicy(initial_delay=1.0, max_delay=8.0, jitter="equal")
    assert backoff_delay(policy, 2, rand=0.0) == 2.0
    assert backoff_delay(policy, 2, rand=0.5) == 3.0


def test_backoff_of_huge_retry_index_stays_at_cap() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=8.0, jitter="full")
    assert backoff_delay(policy, 10_000, rand=0.5) == 4.0


# --- retry rules ---------------------------------------------------------------------------


def verdict(
    method: str,
    *,
    status: int | None = None,
    exc: BaseException | None = None,
    headers: dict[str, str] | None = None,
    response_headers: dict[str, str] | None = None,
    policy: RetryPolicy | None = None,
    attempt: int = 1,
    elapsed: float = 0.0,
) -> bool:
    return decide(
        policy or RetryPolicy(),
        method=method,
        headers=headers or {},
        status=status,
        response_headers=response_headers,
        exc=exc,
        attempt=attempt,
        elapsed=elapsed,
        rand=0.5,
        now=NOW,
    ).retry


STATUS_RULES = [
    # status, Retry-After header?, retried for idempotent, retried for non-idempotent
    (429, False, True, True),
    (429, True, True, True),
    (503, True, True, True),
    (503, False, True, False),
    (408, False, True, False),
    (500, False, True, False),
    (502, False, True, False),
    (504, False, True, False),
    (501, False, False, False),
    (520, False, False, False),
    (400, False, False, False),
    (401, False, False, False),
    (403, False, False, False),
    (404, False, False, False),
    (409, False, False, False),
    (422, False, False, False),
    (200, False, False, False),
    (204, False, False, False),
]


@pytest.mark.parametrize("method", ALL_METHODS)
@pytest.mark.parametrize(("status", "with_retry_after", "idem", "non_idem"), STATUS_RULES)
def test_status_retry_matrix(
    method: str, status: int, with_retry_after: bool, idem: bool, non_idem: bool
) -> None:
    response_headers = {"Retry-After": "1"} if with_retry_after else {}
    expected = idem if method in IDEMPOTENT else non_idem
    assert verdict(method, status=status, response_headers=response_headers) is expected


EXCEPTION_RULES = [
    # exception, retried for idempotent, retried for non-idempotent
    (httpx.ConnectError("refused"), True, True),
    (httpx.ConnectTimeout("slow connect"), True, True),
    (httpx.PoolTimeout("no connection"), True, True),
    (httpx.ReadTimeout("slow read"), True, False),
    (httpx.WriteTimeout("slow write"), True, False),
    (httpx.ReadError("reset"), True, False),
    (httpx.WriteError("broken pipe"), True, False),
    (httpx.RemoteProtocolError("server disconnected"), True, False),
    (httpx.UnsupportedProtocol("ftp"), False, False),
    (httpx.LocalProtocolError("bad header"), False, False),
]


@pytest.mark.parametrize("method", ALL_METHODS)
@pytest.mark.parametrize(("exc", "idem", "non_idem"), EXCEPTION_RULES, ids=lambda v: repr(v))
def test_exception_retry_matrix(method: str, exc: Exception, idem: bool, non_idem: bool) -> None:
    expected = idem if method in IDEMPOTENT else non_idem
    assert verdict(method, exc=exc) is expected


@pytest.mark.parametrize("status", [408, 500, 502, 504])
def test_idempotency_key_makes_post_retryable_for_status(status: int) -> None:
    assert verdict("POST", status=status, headers={"Idempotency-Key": "k1"})


def test_idempotency_key_makes_post_retryable_after_read_timeout() -> None:
    assert verdict("POST", exc=httpx.ReadTimeout("slow"), headers={"idempotency-key": "k1"})


def test_lowercase_method_counts_as_idempotent() -> None:
    assert verdict("get", status=500)


def test_is_idempotent_reads_method_and_idempotency_key() -> None:
    assert is_idempotent(httpx.Request("PUT", "https://x/"))
    assert not is_idempotent(httpx.Request("POST", "https://x/"))
    assert is_idempotent(httpx.Request("POST", "https://x/", headers={"Idempotency-Key": "k"}))


def test_no_retry_once_max_retries_used() -> None:
    policy = RetryPolicy(max_retries=2)
    assert verdict("GET", status=500, policy=policy, attempt=2)
    assert not verdict("GET", status=500, policy=policy, attempt=3)


def test_max_retries_zero_never_retries() -> None:
    assert not verdict("GET", status=429, policy=RetryPolicy(max_retries=0))


def test_retry_after_is_the_delay_without_jitter() -> None:
    decision = decide(
        RetryPolicy(),
        method="POST",
        headers={},
        status=429,
        response_headers={"Retry-After": "7"},
        attempt=1,
        elapsed=0.0,
        rand=0.123,
    )
    assert decision.retry
    assert decision.delay == 7.0
    assert decision.retry_after == 7.0


def test_backoff_is_the_delay_without_retry_after() -> None:
    policy = RetryPolicy(initial_delay=1.0, jitter="equal")
    decision = decide(
        policy, method="GET", headers={}, status=500, attempt=2, elapsed=0.0, rand=0.0
    )
    assert decision.delay == 1.0  # retry index 1: ceiling 2.0, equal jitter floor 1.0


def test_retry_after_above_ceiling_gives_up_and_flags_it() -> None:
    decision = decide(
        RetryPolicy(max_retry_after=60),
        method="GET",
        headers={},
        status=429,
        response_headers={"Retry-After": "61"},
        attempt=1,
        elapsed=0.0,
        rand=0.5,
    )
    assert not decision.retry
    assert decision.exceeds_ceiling
    assert decision.retry_after == 61.0


def test_retry_after_equal_to_ceiling_is_obeyed() -> None:
    assert verdict("GET", status=429, response_headers={"Retry-After": "60"})


def test_no_sleep_that_would_overrun_the_deadline() -> None:
    policy = RetryPolicy(deadline=10.0)
    headers = {"Retry-After": "3"}
    assert verdict("GET", status=429, response_headers=headers, policy=policy, elapsed=7.0)
    assert not verdict("GET", status=429, response_headers=headers, policy=policy, elapsed=7.5)


def test_decide_needs_a_status_or_an_exception() -> None:
    with pytest.raises(ValueError, match="status or an exception"):
        decide(RetryPolicy(), method="GET", headers={}, attempt=1, elapsed=0.0, rand=0.5)


def test_decision_reason_names_the_outcome() -> None:
    decision = decide(
        RetryPolicy(), method="POST", headers={}, status=500, attempt=1, elapsed=0, rand=0.5
    )
    assert "500" in decision.reason
    assert "POST" in decision.reason


# --- RetryPolicy value object ---------------------------------------------------------------


def test_policy_defaults_match_the_design() -> None:
    policy = RetryPolicy()
    assert (policy.max_retries, policy.max_retry_after, policy.deadline) == (2, 60.0, None)
    assert policy.max_attempts == 3


def test_policy_repr_is_readable() -> None:
    assert repr(RetryPolicy(max_retries=5)).startswith("RetryPolicy(max_retries=5, ")


def test_policy_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        RetryPolicy().max_retries = 9  # type: ignore[misc]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_retries": -1},
        {"initial_delay": -0.1},
        {"max_delay": float("inf")},
        {"max_retry_after": float("nan")},
        {"deadline": 0},
        {"jitter": "none"},
    ],
)
def test_policy_rejects_invalid_values(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]
