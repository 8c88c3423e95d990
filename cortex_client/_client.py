"""CortexClient: configuration, lifecycle and the seam the generated endpoint functions call."""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Collection, Coroutine, Mapping
from contextlib import AbstractAsyncContextManager
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

from . import _version
from ._adopt import DEFAULT_LIMITS, adopt_client, has_credential, wrap_transport
from ._auth import TokenProvider
from ._body import ACCEPT_ENCODING
from ._credentials import build_auth, names_a_credential
from ._defaults import DEFAULT_IDLE_TIMEOUT
from ._errors import (
    NO_CREDENTIAL_HINT,
    CortexError,
    MissingCredentialWarning,
    ResponseValidationError,
    raise_for_status,
)
from ._generated.api import Api
from ._http_client import PolicyClient, event_hooks
from ._logging import configure_from_env, redact_url
from ._redact import Redactor
from ._retry import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_AFTER, RetryPolicy
from ._settings import DEFAULT_TIMEOUT, ClientSettings, as_timeout
from ._shared import Shared
from ._transport import DEFAULT_MAX_RESPONSE_BYTES

if TYPE_CHECKING:
    # Imported on first use: they pull in every generated model, and `import cortex_client`
    # should cost little more than `import httpx`.
    from ._generated.api import WatchTarget
    from ._stream import EventStream
    from ._watch import CollectionWatch, DocumentWatch

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_LIMITS", "DEFAULT_TIMEOUT", "CortexClient"]

DEFAULT_BASE_URL = "https://ots.odin.4players.io"


class _NotGiven:
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Any = _NotGiven()
TimeoutTypes = float | httpx.Timeout | None


class CortexClient(Api):
    """Async client for the Cortex REST API.

    Every operation of the spec is a method: ``await client.sessions.get_session(pid, sid)``;
    ``client.project(pid)`` drops the project id; ``client.<tag>.detailed.<op>(...)`` returns the
    full response. The client is also accepted as ``client=`` by every generated function.

    Credentials (one of ``api_key``, ``access_token``, ``token_provider``; else ``CORTEX_API_KEY``)
    are applied by an ``httpx.Auth``, so they cover every request, streams included, and they never
    appear in ``repr``, logs or error messages. Without any, the client warns once
    (:class:`MissingCredentialWarning`) and a 401 says so. Non-2xx answers raise
    ``APIStatusError`` subclasses; 429 and other safe cases are retried (see ``RetryPolicy``).

    ``transport=`` takes any ``httpx.AsyncBaseTransport`` (a proxy, a custom TLS setup, an ASGI
    app, ``httpx.MockTransport``) and puts it under the same layers as the default pool:
    ``RetryTransport`` → ``ConcurrencyLimitTransport`` (100 requests in flight) → your
    transport. As with ``httpx.AsyncClient(transport=...)``, the client closes it on ``aclose``.

    ``httpx_client=`` adopts a whole ``httpx.AsyncClient`` instead (see
    :func:`cortex_client._adopt.adopt_client`): its transport and mounted transports get the same
    layers, and it gets the credential, headers and hooks. It is modified in place and stays
    yours: ``aclose`` leaves it open. Prefer ``transport=``, which touches nothing of httpx's.
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
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
        deadline: float | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        httpx_client: httpx.AsyncClient | None = None,
        headers: Mapping[str, str] | None = None,
        follow_redirects: bool = False,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
    ) -> None:
        configure_from_env()
        if idle_timeout < 0:
            raise ValueError("idle_timeout must be >= 0 (0 turns it off)")
        if transport is not None and httpx_client is not None:
            raise ValueError("pass transport= or httpx_client=, not both")
        resolved_url = base_url or os.environ.get("CORTEX_BASE_URL") or DEFAULT_BASE_URL
        timeout_given = timeout is not NOT_GIVEN
        if not timeout_given:
            timeout = httpx_client.timeout if httpx_client is not None else DEFAULT_TIMEOUT
        settings = ClientSettings(
            base_url=httpx.URL(resolved_url.rstrip("/")),
            timeout=as_timeout(timeout),
            max_retries=max_retries,
            max_retry_after=max_retry_after,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            api_key_header=api_key_header,
            follow_redirects=follow_redirects,
            headers=tuple((headers or {}).items()),
        )
        # Every secret of this client is masked in its errors and log lines (see _redact).
        redactor = Redactor([settings.base_url.password or None])
        api_key_name = "api_key"
        if api_key is None and access_token is None and token_provider is None:
            api_key = os.environ.get("CORTEX_API_KEY") or None
            api_key_name = "CORTEX_API_KEY"
        auth = build_auth(
            api_key=api_key,
            access_token=access_token,
            token_provider=token_provider,
            api_key_header=api_key_header,
            origin=settings.base_url,
            redactor=redactor,
            api_key_name=api_key_name,
        )
        self._owns_http = httpx_client is None
        if httpx_client is None:
            pool = transport or httpx.AsyncHTTPTransport(limits=DEFAULT_LIMITS)
            shared = Shared(
                auth=auth,
                redactor=redactor,
                transport=wrap_transport(pool, settings),
                mounts={},
                headers=httpx.Headers(
                    {
                        "User-Agent": f"cortex-client-python/{_version.VERSION}",
                        # Only the codings whose decoded size the transport can bound (see _body).
                        "Accept-Encoding": ACCEPT_ENCODING,
                        **dict(settings.headers),
                    }
                ),
                credential=auth is not None or names_a_credential(settings),
            )
            self._bind(shared, settings)
        else:
            credential = has_credential(httpx_client, auth)
            mounts = adopt_client(
                httpx_client,
                settings,
                auth=auth,
                hooks=event_hooks(settings.base_url, auth),
                timeout_given=timeout_given,
            )
            shared = Shared(
                auth=httpx_client.auth,
                redactor=redactor,
                transport=httpx_client._transport,
                mounts=mounts,
                headers=httpx_client.headers,
                credential=credential,
            )
            self._bind(shared, settings, http=httpx_client)
        shared.idle_timeout = idle_timeout
        if not shared.credential:
            warnings.warn(MissingCredentialWarning(NO_CREDENTIAL_HINT), stacklevel=2)

    # -- construction ---------------------------------------------------------------------

    def _bind(
        self, shared: Shared, settings: ClientSettings, http: httpx.AsyncClient | None = None
    ) -> None:
        """Make this object a client (or view) of ``shared`` configured by ``settings``."""
        self._shared = shared
        self._settings = settings
        if shared.hubs is None:
            # The event path loads with the first client, not with `import cortex_client`.
            from ._hub import Hubs

            shared.hubs = Hubs(self)
        self._http = http if http is not None else self._build_http()
        Api.__init__(self, self)

    def _build_http(self) -> httpx.AsyncClient:
        shared, settings = self._shared, self._settings
        return PolicyClient(
            settings=settings,
            credential=shared.credential,
            base_url=settings.base_url,
            auth=shared.auth,
            timeout=settings.timeout,
            headers=shared.headers,
            transport=shared.transport,
            mounts=shared.mounts,
            follow_redirects=settings.follow_redirects,
            event_hooks=event_hooks(settings.base_url, shared.auth),
        )

    @property
    def base_url(self) -> httpx.URL:
        """The API's origin (``CORTEX_BASE_URL`` or the 4Players server by default)."""
        return self._settings.base_url

    @property
    def retry_policy(self) -> RetryPolicy:
        """How this client (or view) retries: ``max_retries``, ``max_retry_after``, ``deadline``."""
        return self._settings.retry_policy

    @property
    def max_response_bytes(self) -> int:
        """The largest decoded response body this client (or view) reads."""
        return self._settings.max_response_bytes

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: TimeoutTypes = NOT_GIVEN,
        deadline: float | None = NOT_GIVEN,
        max_retry_after: float | None = None,
        max_response_bytes: int | None = None,
    ) -> Self:
        """A view with other retry/timeout/size settings that shares this client's credential,
        transports and connection pool.

        Closing the view closes nothing; close the client it came from.
        """
        given = {
            "max_retries": max_retries,
            "max_retry_after": max_retry_after,
            "max_response_bytes": max_response_bytes,
        }
        changes: dict[str, Any] = {k: v for k, v in given.items() if v is not None}
        if timeout is not NOT_GIVEN:
            changes["timeout"] = timeout
        if deadline is not NOT_GIVEN:
            changes["deadline"] = deadline
        view = type(self).__new__(type(self))
        view._owns_http = False
        view._bind(self._shared, self._settings.replace(**changes))
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
    ) -> CollectionWatch[Any] | DocumentWatch[Any]:
        """Start a watch of one watchable collection (or one of its documents).

        The generated ``project.<group>.watch()`` methods call this; users call those.
        """
        from ._watch import CollectionWatch, DocumentWatch

        idle = self._shared.idle_timeout if idle_timeout is None else idle_timeout
        if doc_id is not None:
            return DocumentWatch(self, project_id, target, doc_id, idle_timeout=idle)
        return CollectionWatch(self, project_id, target, parent_id=parent_id, idle_timeout=idle)

    def stream_events(
        self,
        project_id: str | None = None,
        types: Collection[str] | None = None,
        *,
        idle_timeout: float | None = None,
    ) -> AbstractAsyncContextManager[EventStream]:
        """Typed DomainEvents of one project (or the whole tenant when ``project_id`` is None).

        ``async with client.stream_events(pid) as events: async for event in events: ...``
        Every stream and watch of a project shares one connection, which reconnects by itself
        (``Last-Event-ID``, jittered backoff); 401/403/404 end it with the typed error.
        """
        from ._stream import open_event_stream

        idle = self._shared.idle_timeout if idle_timeout is None else idle_timeout
        return open_event_stream(self, project_id, types, idle_timeout=idle)

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
        """End the client's event streams and watches, and close the connection pool (a no-op
        for views, and the pool of an ``httpx_client`` you own is left open)."""
        hubs = self._shared.hubs
        if hubs is not None and hubs.owner is self:
            await self._shared.background.aclose()  # block-less watches end CLOSED, not failed
            hubs.close()
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        self._shared.blocks += 1
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._shared.blocks -= 1
        await self.aclose()

    def _start_soon(self, run: Callable[[], Coroutine[Any, Any, object]]) -> None:
        """Run ``run`` in the client's task group (a watch started without a block)."""
        shared = self._shared
        if shared.blocks < 1 or shared.background.closed:
            raise CortexError(
                "a watch without `async with watch:` runs in the client's task group, which "
                "exists only inside `async with CortexClient(...) as client:` (and not after "
                "aclose()); enter the client, or use `async with watch:`"
            )
        shared.background.start_soon(run)

    def __repr__(self) -> str:
        auth = self._shared.auth
        kind = type(auth).__name__ if auth is not None else "no auth"
        url = redact_url(self.base_url)
        return f"CortexClient(base_url={url!r}, auth={kind}, retry={self.retry_policy!r})"
