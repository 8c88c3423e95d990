"""CortexClient: configuration, lifecycle and the seam the generated endpoint functions call."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Collection, Mapping
from contextlib import AbstractAsyncContextManager
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

from . import _version
from ._auth import (
    ApiKeyAuth,
    BearerAuth,
    TokenProvider,
    TokenProviderAuth,
    clean_credential,
    credential_headers,
    foreign_credentials_hook,
)
from ._body import ACCEPT_ENCODING
from ._defaults import DEFAULT_IDLE_TIMEOUT
from ._errors import ResponseValidationError, raise_for_status, translate_transport_errors
from ._generated.api import Api
from ._limits import ConcurrencyLimitTransport
from ._logging import configure_from_env, log_request, log_response, redact_url
from ._redact import Redactor
from ._retry import RetryPolicy
from ._transport import (
    DEFAULT_MAX_RESPONSE_BYTES,
    MAX_RESPONSE_BYTES_EXTENSION,
    RETRY_POLICY_EXTENSION,
    RetryTransport,
)

if TYPE_CHECKING:
    # Imported on first use: they pull in every generated model, and `import cortex_client`
    # should cost little more than `import httpx`.
    from ._generated.api import WatchTarget
    from ._stream import EventStream
    from ._watch import CollectionWatch, DocumentWatch

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "CortexClient"]

DEFAULT_BASE_URL = "https://ots.odin.4players.io"
#: Finite by default (the generator's default is none): 30 s per read, 10 s to connect.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
#: Keep-alive matches the pool size so that a burst does not end with connections thrown away.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)


class _NotGiven:
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Any = _NotGiven()
TimeoutTypes = float | httpx.Timeout | None


class _PolicyClient(httpx.AsyncClient):
    """An httpx client that stamps its retry policy and body limit on every request it builds.

    It is also the client's translation boundary: whatever httpx raises while building or
    sending a request (an invalid URL, a redirect loop, a transport error) leaves as an
    ``APIConnectionError`` / ``APITimeoutError``; RetryTransport has already translated what
    happened on the wire, with the attempt count. Views made by ``with_options`` are instances
    of this class sharing one transport (and so one connection pool).
    """

    def __init__(
        self, *, retry_policy: RetryPolicy, max_response_bytes: int, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.retry_policy = retry_policy
        self.max_response_bytes = max_response_bytes

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        with translate_transport_errors():
            request = super().build_request(*args, **kwargs)
        request.extensions.setdefault(RETRY_POLICY_EXTENSION, self.retry_policy)
        request.extensions.setdefault(MAX_RESPONSE_BYTES_EXTENSION, self.max_response_bytes)
        return request

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        with translate_transport_errors(request=request):
            return await super().send(request, **kwargs)


def _install_boundary(client: httpx.AsyncClient) -> None:
    """Give an adopted client the translation boundary _PolicyClient has by its class."""
    if isinstance(client, _PolicyClient) or getattr(client, "_cortex_boundary", False):
        return
    build, send = client.build_request, client.send

    def build_request(*args: Any, **kwargs: Any) -> httpx.Request:
        with translate_transport_errors():
            return build(*args, **kwargs)

    async def send_translated(request: httpx.Request, **kwargs: Any) -> httpx.Response:
        with translate_transport_errors(request=request):
            return await send(request, **kwargs)

    # httpx offers no hook around send; instance attributes shadow the methods for this client.
    setattr(client, "build_request", build_request)  # noqa: B010
    setattr(client, "send", send_translated)  # noqa: B010
    setattr(client, "_cortex_boundary", True)  # noqa: B010


def _build_auth(
    *,
    api_key: str | None,
    access_token: str | None,
    token_provider: TokenProvider | None,
    api_key_header: str,
    origin: httpx.URL,
    redactor: Redactor,
    api_key_name: str = "api_key",
) -> httpx.Auth | None:
    given = [
        name
        for name, value in (
            ("api_key", api_key),
            ("access_token", access_token),
            ("token_provider", token_provider),
        )
        if value is not None
    ]
    if len(given) > 1:
        raise ValueError(f"pass only one credential, got {' and '.join(given)}")
    # Cleaned here too, so an error names the parameter the caller used.
    if api_key is not None:
        key = clean_credential(api_key, api_key_name)
        return ApiKeyAuth(key, header=api_key_header, origin=origin, redactor=redactor)
    if access_token is not None:
        token = clean_credential(access_token, "access_token")
        return BearerAuth(token, origin=origin, redactor=redactor)
    if token_provider is not None:
        return TokenProviderAuth(token_provider, origin=origin, redactor=redactor)
    return None


class CortexClient(Api):
    """Async client for the Cortex REST API.

    Every operation of the spec is a method: ``await client.sessions.get_session(pid, sid)``;
    ``client.project(pid)`` drops the project id; ``client.<tag>.detailed.<op>(...)`` returns the
    full response. The client is also accepted as ``client=`` by every generated function.

    Credentials (one of ``api_key``, ``access_token``, ``token_provider``; else ``CORTEX_API_KEY``)
    are applied by an ``httpx.Auth``, so they cover every request, streams included, and they never
    appear in ``repr``, logs or error messages. Non-2xx answers raise ``APIStatusError``
    subclasses; 429 and other safe cases are retried (see ``RetryPolicy``).
    """

    # The generated functions consult this only for undocumented non-2xx codes, which
    # check_response() has already turned into typed errors.
    raise_on_unexpected_status = False

    def __init__(
        self,
        base_url: str | None = None,
        *,
        api_key: str | None = None,
        access_token: str | None = None,
        token_provider: TokenProvider | None = None,
        api_key_header: str = "x-api-key",
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int = 2,
        max_retry_after: float = 60.0,
        deadline: float | None = None,
        httpx_client: httpx.AsyncClient | None = None,
        headers: Mapping[str, str] | None = None,
        follow_redirects: bool = False,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        configure_from_env()
        if max_response_bytes < 1:
            raise ValueError(f"max_response_bytes must be >= 1, got {max_response_bytes!r}")
        self.max_response_bytes = max_response_bytes
        resolved_url = base_url or os.environ.get("CORTEX_BASE_URL") or DEFAULT_BASE_URL
        self.base_url = httpx.URL(resolved_url.rstrip("/"))
        # Every secret of this client is masked in its errors and log lines (see _redact).
        self._redactor = Redactor([self.base_url.password or None])
        api_key_name = "api_key"
        if api_key is None and access_token is None and token_provider is None:
            api_key = os.environ.get("CORTEX_API_KEY") or None
            api_key_name = "CORTEX_API_KEY"
        self._auth = _build_auth(
            api_key=api_key,
            access_token=access_token,
            token_provider=token_provider,
            api_key_header=api_key_header,
            origin=self.base_url,
            redactor=self._redactor,
            api_key_name=api_key_name,
        )
        self.retry_policy = RetryPolicy(
            max_retries=max_retries, max_retry_after=max_retry_after, deadline=deadline
        )
        self._owns_http = httpx_client is None
        if httpx_client is None:
            pool = httpx.AsyncHTTPTransport(limits=DEFAULT_LIMITS)
            limited = ConcurrencyLimitTransport(pool, DEFAULT_LIMITS.max_connections or 100)
            # The limit sits inside the retries: a request sleeping in backoff holds no slot.
            self._transport = RetryTransport(
                limited, self.retry_policy, max_response_bytes=max_response_bytes
            )
            self._http: httpx.AsyncClient = self._build_http(
                timeout=DEFAULT_TIMEOUT if timeout is NOT_GIVEN else timeout,
                retry_policy=self.retry_policy,
                headers=headers,
                follow_redirects=follow_redirects,
            )
        else:
            self._http = self._adopt(httpx_client, timeout=timeout, headers=headers)
        super().__init__(self)

    # -- construction ---------------------------------------------------------------------

    def _hooks(self) -> dict[str, list[Any]]:
        return {
            "request": [
                foreign_credentials_hook(self.base_url, headers=credential_headers(self._auth)),
                log_request,
            ],
            "response": [log_response],
        }

    def _build_http(
        self,
        *,
        timeout: TimeoutTypes,
        retry_policy: RetryPolicy,
        headers: Mapping[str, str] | None,
        follow_redirects: bool,
    ) -> httpx.AsyncClient:
        return _PolicyClient(
            retry_policy=retry_policy,
            max_response_bytes=self.max_response_bytes,
            base_url=self.base_url,
            auth=self._auth,
            timeout=timeout,
            headers={
                "User-Agent": f"cortex-client-python/{_version.VERSION}",
                # Only the codings whose decoded size the transport can bound (see _body).
                "Accept-Encoding": ACCEPT_ENCODING,
                **(headers or {}),
            },
            transport=self._transport,
            follow_redirects=follow_redirects,
            event_hooks=self._hooks(),
        )

    def _adopt(
        self, client: httpx.AsyncClient, *, timeout: TimeoutTypes, headers: Mapping[str, str] | None
    ) -> httpx.AsyncClient:
        # A user's client keeps its own transport, limits and proxies; we add our auth, retries
        # and hooks to it. httpx has no public way to wrap an existing client's transport.
        inner: httpx.AsyncBaseTransport = client._transport
        self._transport = (
            inner
            if isinstance(inner, RetryTransport)
            else RetryTransport(
                inner, self.retry_policy, max_response_bytes=self.max_response_bytes
            )
        )
        client._transport = self._transport
        if self._auth is not None:
            client.auth = self._auth
        if str(client.base_url) in ("", "/"):
            client.base_url = self.base_url
        if timeout is not NOT_GIVEN:
            client.timeout = httpx.Timeout(timeout)
        # Only the codings whose decoded size the transport can bound (see _body).
        client.headers.update({"Accept-Encoding": ACCEPT_ENCODING, **(headers or {})})
        _install_boundary(client)
        hooks = self._hooks()
        client.event_hooks = {
            "request": [*client.event_hooks["request"], *hooks["request"]],
            "response": [*client.event_hooks["response"], *hooks["response"]],
        }
        return client

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: TimeoutTypes = NOT_GIVEN,
        deadline: float | None = NOT_GIVEN,
        max_response_bytes: int | None = None,
    ) -> CortexClient:
        """A view with other retry/timeout/size settings that shares this client's connection pool.

        Closing the view closes nothing; close the client it came from.
        """
        changes: dict[str, Any] = {}
        if max_retries is not None:
            changes["max_retries"] = max_retries
        if deadline is not NOT_GIVEN:
            changes["deadline"] = deadline
        policy = dataclasses.replace(self.retry_policy, **changes)
        view = object.__new__(type(self))
        view.base_url = self.base_url
        view._redactor = self._redactor
        view._auth = self._auth
        view._transport = self._transport
        view.retry_policy = policy
        if max_response_bytes is not None and max_response_bytes < 1:
            raise ValueError(f"max_response_bytes must be >= 1, got {max_response_bytes!r}")
        view.max_response_bytes = max_response_bytes or self.max_response_bytes
        view._owns_http = False
        view._http = view._build_http(
            timeout=self._http.timeout if timeout is NOT_GIVEN else timeout,
            retry_policy=policy,
            headers=self._http.headers,
            follow_redirects=self._http.follow_redirects,
        )
        Api.__init__(view, view)
        return view

    # -- scopes and streams ------------------------------------------------------------------

    def open_watch(
        self,
        target: WatchTarget,
        project_id: Any,
        *,
        doc_id: Any = None,
        parent_id: Any = None,
        idle_timeout: float | None = None,
    ) -> CollectionWatch | DocumentWatch:
        """Start a watch of one watchable collection (or one of its documents).

        The generated ``project.<group>.watch()`` methods call this; users call those.
        """
        from ._watch import CollectionWatch, DocumentWatch

        idle = DEFAULT_IDLE_TIMEOUT if idle_timeout is None else idle_timeout
        if doc_id is not None:
            return DocumentWatch(self, project_id, target, doc_id, idle_timeout=idle)
        return CollectionWatch(self, project_id, target, parent_id=parent_id, idle_timeout=idle)

    def stream_events(
        self,
        project_id: str | None = None,
        types: Collection[str] | None = None,
        *,
        idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
    ) -> AbstractAsyncContextManager[EventStream]:
        """Typed DomainEvents of one project (or the whole tenant when ``project_id`` is None).

        ``async with client.stream_events(pid) as events: async for event in events: ...``
        Every stream and watch of a project shares one connection, which reconnects by itself
        (``Last-Event-ID``, jittered backoff); 401/403/404 end it with the typed error.
        """
        from ._stream import open_event_stream

        return open_event_stream(self, project_id, types, idle_timeout=idle_timeout)

    # -- the seam used by generated code (see _generated.client.ApiClient) ----------------

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying httpx client (auth, retries and hooks installed)."""
        return self._http

    def get_httpx_client(self) -> httpx.Client:
        """Refused: CortexClient is async-only, so the generated ``sync()`` functions cannot bypass
        its auth, retry and error policies by running on a separate, unconfigured client."""
        raise TypeError(
            "CortexClient is async-only: call the generated asyncio() / asyncio_detailed() "
            "functions (or the client's methods) instead of sync() / sync_detailed()"
        )

    def check_response(self, response: httpx.Response) -> None:
        """Raise the typed error for any non-2xx response."""
        raise_for_status(response)

    def parse_error(self, response: httpx.Response, cause: Exception) -> Exception:
        """A 2xx body the models cannot read becomes ``ResponseValidationError``."""
        return ResponseValidationError(
            status_code=response.status_code,
            body=response.content,
            cause=cause,
            method=response.request.method,
            url=response.request.url,
        )

    # -- lifecycle ------------------------------------------------------------------------

    async def aclose(self) -> None:
        """Close the connection pool (a no-op for views and for an ``httpx_client`` you own)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        auth = type(self._auth).__name__ if self._auth is not None else "no auth"
        url = redact_url(self.base_url)
        return f"CortexClient(base_url={url!r}, auth={auth}, retry={self.retry_policy!r})"
