"""The httpx client a ``CortexClient`` (or view) sends through, and its event hooks."""

from __future__ import annotations

from typing import Any

import httpx

from ._adopt import stamp
from ._auth import credential_headers, foreign_credentials_hook
from ._errors import translate_transport_errors
from ._logging import log_request, log_response
from ._settings import ClientSettings

__all__ = ["PolicyClient", "event_hooks"]


class PolicyClient(httpx.AsyncClient):
    """An httpx client that stamps its settings (retry policy, body limit) on every request.

    It is also the client's translation boundary: whatever httpx raises while building or
    sending a request (an invalid URL, a redirect loop, a transport error) leaves as an
    ``APIConnectionError`` / ``APITimeoutError``; RetryTransport has already translated what
    happened on the wire, with the attempt count. Views made by ``with_options`` are instances
    of this class sharing one transport (and so one connection pool).
    """

    def __init__(self, *, settings: ClientSettings, credential: bool, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.settings = settings
        self.credential = credential

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        with translate_transport_errors():
            request = super().build_request(*args, **kwargs)
        stamp(request, self.settings, credential=self.credential)
        return request

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        with translate_transport_errors(request=request):
            return await super().send(request, **kwargs)


def event_hooks(base_url: httpx.URL, auth: httpx.Auth | None) -> dict[str, list[Any]]:
    """The hooks every client's requests pass: no credential to a foreign host, and logging."""
    return {
        "request": [
            foreign_credentials_hook(base_url, headers=credential_headers(auth)),
            log_request,
        ],
        "response": [log_response],
    }
