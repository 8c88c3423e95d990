"""Verify a webhook delivery: HMAC-SHA256 over the timestamp and the raw body, then parse it."""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import time
from datetime import datetime

from ._errors import CortexError
from ._events import DomainEvent, EventParseError, parse_event

__all__ = ["DEFAULT_TOLERANCE", "WebhookVerificationError", "sign_webhook", "verify_webhook"]

#: Seconds a delivery's timestamp may differ from now before it counts as a replay.
DEFAULT_TOLERANCE = 300.0
_PREFIX = "sha256="


class WebhookVerificationError(CortexError):
    """The delivery is not authentic (bad signature, stale or unreadable timestamp) or its body
    is not a DomainEvent. The message never contains the secret or the signature."""


def sign_webhook(body: bytes, *, timestamp: str, secret: str) -> str:
    """The hex HMAC-SHA256 of ``timestamp + body`` under ``secret`` (what the server sends)."""
    message = timestamp.encode() + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def _parse_timestamp(timestamp: str) -> float:
    text = timestamp.strip()
    try:
        value = float(text)
    except ValueError:
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise WebhookVerificationError("webhook timestamp is not a time") from None
        if parsed.tzinfo is None:
            raise WebhookVerificationError("webhook timestamp has no time zone") from None
        return parsed.timestamp()
    if not math.isfinite(value):
        raise WebhookVerificationError("webhook timestamp is not a time")
    # Epoch milliseconds are common in JavaScript services; seconds stay below 1e11 until 5138.
    return value / 1000 if value > 1e11 else value


def verify_webhook(
    body: bytes,
    *,
    signature: str | None,
    timestamp: str | None,
    secret: str,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> DomainEvent:
    """Check a delivery and return its typed event.

    ``body`` is the raw request body (bytes exactly as received, before any JSON parsing);
    ``signature`` the hex HMAC-SHA256 of ``timestamp + body`` (an optional ``sha256=`` prefix is
    accepted); ``timestamp`` the delivery time as sent (Unix seconds or milliseconds, or ISO
    8601). A timestamp more than ``tolerance`` seconds from ``now`` (default: the current time)
    is rejected to stop replays. A missing (``None``) signature or timestamp, or a body too
    deeply nested to parse, raises :class:`WebhookVerificationError` like any other failure.
    """
    if tolerance < 0:
        raise ValueError("tolerance must be >= 0")
    if not secret:
        raise ValueError("secret must not be empty")
    # Headers a framework could not find arrive as None: a missing header is an unverified
    # delivery, not a programming error.
    if not isinstance(signature, str):
        raise WebhookVerificationError("webhook signature is missing")
    if not isinstance(timestamp, str):
        raise WebhookVerificationError("webhook timestamp is missing")
    if not isinstance(body, bytes | bytearray | memoryview):
        raise WebhookVerificationError("webhook body is not bytes")
    body = bytes(body)
    given = signature.strip()
    if given[: len(_PREFIX)].lower() == _PREFIX:
        given = given[len(_PREFIX) :]
    expected = sign_webhook(body, timestamp=timestamp, secret=secret)
    # compare_digest on ASCII-only bytes: constant time, and no TypeError for odd characters.
    if not hmac.compare_digest(expected.encode(), given.lower().encode("ascii", "replace")):
        raise WebhookVerificationError("webhook signature does not match")
    sent = _parse_timestamp(timestamp)
    current = time.time() if now is None else now
    if abs(current - sent) > tolerance:
        raise WebhookVerificationError(
            f"webhook timestamp is {abs(current - sent):.0f}s away from now "
            f"(tolerance {tolerance:.0f}s)"
        )
    try:
        return parse_event(json.loads(body))
    except (ValueError, EventParseError) as exc:
        raise WebhookVerificationError(f"webhook body is not a DomainEvent: {exc}") from None
    except RecursionError:
        raise WebhookVerificationError(
            "webhook body is not a DomainEvent: JSON nested too deeply"
        ) from None
