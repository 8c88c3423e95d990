"""verify_webhook: HMAC-SHA256 over timestamp + raw body, constant-time compare, replay window."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from cortex_client._errors import CortexError
from cortex_client._generated.models import DomainEventEnvelope, SessionCreatedEvent
from cortex_client._webhooks import WebhookVerificationError, verify_webhook

SECRET = "whsec_test_secret_value"
NOW = 1_700_000_000.0
EVENT = {
    "id": "evt-1",
    "type": "session.created",
    "source": "cortex:api",
    "tenantId": "t1",
    "projectId": "p1",
    "resourceId": "session:s1",
    "timestamp": "2023-11-14T22:13:20.000Z",
    "payload": {
        "action": "created",
        "data": {
            "id": "s1",
            "tenantId": "t1",
            "projectId": "p1",
            "externalRoomId": "room",
            "gateway": "gateway.odin.4players.io",
            "title": "Standup",
            "createdByUserId": "u1",
            "createdAt": "2023-11-14T22:13:20.000Z",
            "status": "pending",
        },
    },
}
BODY = json.dumps(EVENT, separators=(",", ":")).encode()


def _sign(body: bytes, timestamp: str, secret: str = SECRET) -> str:
    # Computed independently of the module under test.
    return hmac.new(secret.encode(), timestamp.encode() + body, hashlib.sha256).hexdigest()


def test_valid_signature_returns_the_typed_event() -> None:
    ts = str(int(NOW))
    event = verify_webhook(BODY, signature=_sign(BODY, ts), timestamp=ts, secret=SECRET, now=NOW)
    assert isinstance(event, SessionCreatedEvent)
    assert event.id == "evt-1"


def test_known_vector_is_accepted() -> None:
    body = (
        b'{"id":"e","type":"x.y","source":"s","tenantId":"t","resourceId":"x:1",'
        b'"timestamp":"t","payload":{"action":"occurred","data":{}}}'
    )
    ts = "1700000000"
    signature = hmac.new(b"key", b"1700000000" + body, "sha256").hexdigest()
    event = verify_webhook(body, signature=signature, timestamp=ts, secret="key", now=NOW)
    assert isinstance(event, DomainEventEnvelope)


def test_sha256_prefix_and_upper_case_hex_are_accepted() -> None:
    ts = str(int(NOW))
    signature = "sha256=" + _sign(BODY, ts).upper()
    verify_webhook(BODY, signature=signature, timestamp=ts, secret=SECRET, now=NOW)


def test_tampered_body_is_rejected() -> None:
    ts = str(int(NOW))
    signature = _sign(BODY, ts)
    with pytest.raises(WebhookVerificationError):
        verify_webhook(BODY + b" ", signature=signature, timestamp=ts, secret=SECRET, now=NOW)


def test_wrong_secret_is_rejected() -> None:
    ts = str(int(NOW))
    with pytest.raises(WebhookVerificationError):
        verify_webhook(
            BODY, signature=_sign(BODY, ts, "other"), timestamp=ts, secret=SECRET, now=NOW
        )


def test_signature_bound_to_timestamp_rejects_a_swapped_timestamp() -> None:
    ts = str(int(NOW))
    with pytest.raises(WebhookVerificationError):
        verify_webhook(BODY, signature=_sign(BODY, ts), timestamp=ts + "1", secret=SECRET, now=NOW)


def test_stale_timestamp_is_rejected() -> None:
    ts = str(int(NOW - 301))
    with pytest.raises(WebhookVerificationError, match="away from now"):
        verify_webhook(BODY, signature=_sign(BODY, ts), timestamp=ts, secret=SECRET, now=NOW)


def test_future_timestamp_beyond_tolerance_is_rejected() -> None:
    ts = str(int(NOW + 301))
    with pytest.raises(WebhookVerificationError):
        verify_webhook(BODY, signature=_sign(BODY, ts), timestamp=ts, secret=SECRET, now=NOW)


def test_timestamp_inside_custom_tolerance_is_accepted() -> None:
    ts = str(int(NOW - 50))
    verify_webhook(
        BODY, signature=_sign(BODY, ts), timestamp=ts, secret=SECRET, tolerance=60, now=NOW
    )


def test_millisecond_timestamp_is_understood() -> None:
    ts = str(int(NOW * 1000))
    verify_webhook(BODY, signature=_sign(BODY, ts), timestamp=ts, secret=SECRET, now=NOW)


def test_unreadable_timestamp_is_rejected() -> None:
    ts = "yesterday"
    with pytest.raises(WebhookVerificationError):
        verify_webhook(BODY, signature=_sign(BODY, ts), timestamp=ts, secret=SECRET, now=NOW)


def test_non_hex_signature_is_rejected_without_crashing() -> None:
    with pytest.raises(WebhookVerificationError):
        verify_webhook(BODY, signature="zz\u00e9", timestamp=str(int(NOW)), secret=SECRET, now=NOW)


def test_signed_body_that_is_not_an_event_is_rejected() -> None:
    ts = str(int(NOW))
    body = b"[1, 2]"
    with pytest.raises(WebhookVerificationError, match="not a DomainEvent"):
        verify_webhook(body, signature=_sign(body, ts), timestamp=ts, secret=SECRET, now=NOW)


def test_error_is_a_cortex_error_and_never_shows_secret_or_signature() -> None:
    ts = str(int(NOW))
    bad = _sign(BODY, ts, "other")
    with pytest.raises(WebhookVerificationError) as info:
        verify_webhook(BODY, signature=bad, timestamp=ts, secret=SECRET, now=NOW)
    assert isinstance(info.value, CortexError)
    text = str(info.value) + repr(info.value)
    assert SECRET not in text
    assert bad not in text
