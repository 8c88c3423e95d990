"""Bringing a caller's transport, or a caller's whole ``httpx.AsyncClient``, under the client's
policies: the retry and concurrency-limit layers, the translation boundary, auth and hooks.

``transport=`` (httpx's own extension point) needs nothing private. ``httpx_client=`` does:
httpx has no public way to wrap the transports of an existing client, so :func:`adopt_client`
rewrites its ``_transport`` and ``_mounts`` — the two names in :data:`HTTPX_INTERNALS`, which
``tests/test_transport_option.py`` pins against the installed httpx.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import httpx

from ._body import ACCEPT_ENCODING
from ._errors import NO_CREDENTIAL_EXTENSION, translate_transport_errors
from ._limits import ConcurrencyLimitTransport
from ._logging import CREDENTIAL_HEADERS
from ._settings import ClientSettings
from ._transport import MAX_RESPONSE_BYTES_EXTENSION, RETRY_POLICY_EXTENSION, RetryTransport

__all__ = [
    "DEFAULT_LIMITS",
    "HTTPX_INTERNALS",
    "Mounts",
    "adopt_client",
    "has_credential",
    "stamp",
    "wrap_transport",
]

#: Keep-alive matches the pool size so that a burst does not end with connections thrown away.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
#: The private httpx.AsyncClient attributes adopt_client() rewrites.
HTTPX_INTERNALS = ("_transport", "_mounts")
#: Mounted transports by URL pattern, as ``httpx.AsyncClient(mounts=...)`` takes them.
Mounts = Mapping[str, httpx.AsyncBaseTransport | None]


def wrap_transport(
    inner: httpx.AsyncBaseTransport, settings: ClientSettings
) -> httpx.AsyncBaseTransport:
    """``RetryTransport(ConcurrencyLimitTransport(inner))``, the chain every request takes.

    The limit sits inside the retries, so a request sleeping in backoff holds no slot. A
    transport that is already a RetryTransport is returned as it is (adopting twice is a no-op).
    """
    if isinstance(inner, RetryTransport):
        return inner
    limited = ConcurrencyLimitTransport(inner, DEFAULT_LIMITS.max_connections or 100)
    return RetryTransport(
        limited, settings.retry_policy, max_response_bytes=settings.max_response_bytes
    )


def stamp(request: httpx.Request, settings: ClientSettings, *, credential: bool) -> None:
    """Put the view's retry policy and body limit (and the lack of a credential) on a request."""
    request.extensions.setdefault(RETRY_POLICY_EXTENSION, settings.retry_policy)
    request.extensions.setdefault(MAX_RESPONSE_BYTES_EXTENSION, settings.max_response_bytes)
    if not credential:
        request.extensions.setdefault(NO_CREDENTIAL_EXTENSION, True)


def has_credential(client: httpx.AsyncClient, auth: httpx.Auth | None) -> bool:
    """Whether requests of ``client`` carry a credential: ours, its own auth or a header."""
    if auth is not None or client.auth is not None:
        return True
    return any(name.lower() in CREDENTIAL_HEADERS for name in client.headers)


def adopt_client(
    client: httpx.AsyncClient,
    settings: ClientSettings,
    *,
    auth: httpx.Auth | None,
    hooks: Mapping[str, list[Callable[..., Any]]],
    timeout_given: bool,
) -> Mounts:
    """Install the client's policies on a caller's ``httpx.AsyncClient``, in place.

    Its default transport and every mounted one are wrapped by :func:`wrap_transport` (so
    proxies and per-host mounts are retried and limited too); ``auth`` replaces its auth when
    given; an empty base URL becomes ``settings.base_url``; ``settings.timeout`` replaces its
    timeout when the caller passed ``timeout=``; our headers and hooks are added to its own; and
    whatever httpx raises leaves it as a ``CortexError``. Returns the wrapped mounts, for views.
    The caller keeps ownership: closing the CortexClient leaves ``client`` open.
    """
    missing = [name for name in HTTPX_INTERNALS if not hasattr(client, name)]
    if missing:
        raise TypeError(
            f"httpx {httpx.__version__} has no AsyncClient.{missing[0]}, which httpx_client= "
            "relies on: pass transport= instead"
        )
    credential = has_credential(client, auth)
    client._transport = wrap_transport(client._transport, settings)
    wrapped: dict[int, httpx.AsyncBaseTransport] = {}
    mounts: dict[str, httpx.AsyncBaseTransport | None] = {}
    for pattern, transport in client._mounts.items():
        if transport is not None:
            # One transport mounted under several patterns keeps one pool, so one limit.
            transport = wrapped.setdefault(id(transport), wrap_transport(transport, settings))
        client._mounts[pattern] = transport
        mounts[pattern.pattern] = transport
    if auth is not None:
        client.auth = auth
    if str(client.base_url) in ("", "/"):
        client.base_url = settings.base_url
    if timeout_given:
        client.timeout = settings.timeout
    # Only the codings whose decoded size the transport can bound (see _body).
    client.headers.update({"Accept-Encoding": ACCEPT_ENCODING, **dict(settings.headers)})
    _install_boundary(client, settings, credential=credential)
    client.event_hooks = {
        "request": [*client.event_hooks["request"], *hooks["request"]],
        "response": [*client.event_hooks["response"], *hooks["response"]],
    }
    return mounts


def _install_boundary(
    client: httpx.AsyncClient, settings: ClientSettings, *, credential: bool
) -> None:
    """Give an adopted client the stamps and translation boundary PolicyClient has by class."""
    if getattr(client, "_cortex_boundary", False):
        return
    build, send = client.build_request, client.send

    def build_request(*args: Any, **kwargs: Any) -> httpx.Request:
        with translate_transport_errors():
            request = build(*args, **kwargs)
        stamp(request, settings, credential=credential)
        return request

    async def send_translated(request: httpx.Request, **kwargs: Any) -> httpx.Response:
        with translate_transport_errors(request=request):
            return await send(request, **kwargs)

    # httpx offers no hook around send; instance attributes shadow the methods for this client.
    setattr(client, "build_request", build_request)  # noqa: B010
    setattr(client, "send", send_translated)  # noqa: B010
    setattr(client, "_cortex_boundary", True)  # noqa: B010
