"""Request ids and the access log: every answer carries ``x-request-id``, every request is one
INFO line (method, path, status, request id) on the ``cortex_client.testing`` logger."""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import MutableMapping
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["REQUEST_ID_HEADER", "RequestLog", "request_id_of"]

logger = logging.getLogger("cortex_client.testing")

REQUEST_ID_HEADER = "x-request-id"
_SCOPE_KEY = "cortex_client.request_id"
# A client's own id is echoed only when it is short and plain: a header value or log line must
# never become a carrier for control characters or a megabyte of text.
_ACCEPTABLE_ID = re.compile(r"[A-Za-z0-9._:/+=-]{1,128}")


def request_id_of(scope: MutableMapping[str, Any]) -> str | None:
    """The id :class:`RequestLog` gave the request of ``scope``."""
    found = scope.get(_SCOPE_KEY)
    return found if isinstance(found, str) else None


def _choose_id(scope: Scope) -> str:
    for name, value in scope.get("headers") or []:
        if name.lower() == REQUEST_ID_HEADER.encode():
            sent = bytes(value).decode("latin-1")
            if _ACCEPTABLE_ID.fullmatch(sent):
                return sent
            break
    return f"req_{uuid.uuid4().hex}"


def _printable(text: str) -> str:
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in text)


class RequestLog:
    """ASGI middleware: assign the request id (the client's ``x-request-id`` when it sent a
    plain one, else a fresh one), send it on the answer, log the request when it is answered."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _choose_id(scope)
        scope[_SCOPE_KEY] = request_id
        raw_path = scope.get("raw_path") or scope["path"].encode()
        # The path only: a query string may carry a secret (a token in a URL).
        path = _printable(raw_path.decode("latin-1").split("?", 1)[0])
        answered = False

        async def send_with_id(message: Message) -> None:
            nonlocal answered
            if message["type"] == "http.response.start" and not answered:
                answered = True
                headers = [
                    (name, value)
                    for name, value in message.get("headers") or []
                    if name.lower() != REQUEST_ID_HEADER.encode()
                ]
                headers.append((REQUEST_ID_HEADER.encode(), request_id.encode()))
                message = {**message, "headers": headers}
                logger.info(
                    "%s %s %s request_id=%s",
                    scope["method"],
                    path,
                    message["status"],
                    request_id,
                )
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            if not answered:
                logger.info("%s %s unanswered request_id=%s", scope["method"], path, request_id)
