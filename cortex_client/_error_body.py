"""What an error answer says: its body read once, the NestJS message found, texts kept short.

The exception classes and the one status -> class mapping live in ``_errors``; this module only
reads and shortens, masking the client's secrets before anything is cut.
"""

from __future__ import annotations

import json
import re

import httpx

from ._logging import CREDENTIAL_HEADERS
from ._redact import scrub

__all__ = ["collapse", "read_body", "safe_headers", "status_line"]

# How much of a non-JSON body goes into an exception message.
_SNIPPET_CHARS = 200
_WHITESPACE = re.compile(r"\s+")


def status_line(status_code: int, message: str) -> str:
    reason = httpx.codes.get_reason_phrase(status_code)
    head = f"{status_code} {reason}" if reason else str(status_code)
    # NestJS's default bodies repeat the reason phrase: "401 Unauthorized", not twice.
    if not message or message.strip().casefold() == reason.casefold():
        return head
    return f"{head}: {message}"


def collapse(text: str) -> str:
    # Masked first: a secret cut in two by the truncation would escape the mask.
    collapsed = _WHITESPACE.sub(" ", scrub(text)).strip()
    if len(collapsed) > _SNIPPET_CHARS:
        return collapsed[:_SNIPPET_CHARS] + "…"
    return collapsed


def safe_headers(headers: httpx.Headers) -> httpx.Headers:
    return httpx.Headers(
        [(k, scrub(v)) for k, v in headers.multi_items() if k.lower() not in CREDENTIAL_HEADERS]
    )


def nest_message(payload: object) -> str | None:
    """The ``message`` of a NestJS error body, or ``None`` when ``payload`` is not one."""
    if not isinstance(payload, dict):
        return None
    message = payload.get("message")
    if isinstance(message, list):
        items = [str(item) for item in message if item is not None]
        if items:
            return "; ".join(items)
    elif isinstance(message, str) and message.strip():
        return message
    error = payload.get("error")
    if isinstance(error, str) and error.strip():
        return error
    return None


def read_body(response: httpx.Response) -> tuple[object, str]:
    """Return ``(body, message)`` for an error response."""
    try:
        text = scrub(response.text)
    except httpx.ResponseNotRead:
        return None, "response body not read"
    if not text.strip():
        return None, "empty response body"
    try:
        payload = json.loads(text)
    except ValueError:
        return text, collapse(text)
    except RecursionError:
        return text, "error body is JSON nested too deeply to read"
    message = nest_message(payload)
    if message is None:
        message = collapse(text)
    return payload, message
