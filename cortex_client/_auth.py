"""httpx.Auth flows for Cortex: API key, bearer token, and a refreshing token provider.

Each flow is bound to an origin (scheme, host, port): it adds its credential only to requests
for that origin. httpx applies an auth flow to the first request of a call only, and carries
headers over to redirect hops itself; it drops ``Authorization`` across origins but keeps
``X-API-Key``. Install :func:`foreign_credentials_hook` as a request event hook (it runs for
every hop) so no credential header follows a redirect to another origin.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterable

import anyio
import httpx

from ._errors import CortexError
from ._logging import CREDENTIAL_HEADERS, REDACTED

__all__ = [
    "ApiKeyAuth",
    "BearerAuth",
    "TokenProvider",
    "TokenProviderAuth",
    "foreign_credentials_hook",
    "same_origin",
    "strip_foreign_credentials",
]

#: A zero-argument callable returning a token, directly or as an awaitable.
TokenProvider = Callable[[], str | Awaitable[str]]

_DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}

Origin = tuple[str, str, int | None]


def _origin_of(url: httpx.URL) -> Origin:
    scheme = url.scheme.lower()
    return scheme, url.host.lower(), url.port or _DEFAULT_PORTS.get(scheme)


def same_origin(url: httpx.URL | str, origin: httpx.URL | str) -> bool:
    """Whether ``url`` has the scheme, host and (effective) port of ``origin``."""
    return _origin_of(httpx.URL(url)) == _origin_of(httpx.URL(origin))


def strip_foreign_credentials(
    request: httpx.Request,
    origin: httpx.URL | str,
    *,
    headers: Iterable[str] = CREDENTIAL_HEADERS,
) -> None:
    """Remove credential headers from ``request`` unless it goes to ``origin``."""
    _strip_unless(request, _origin_of(httpx.URL(origin)), headers)


def _strip_unless(request: httpx.Request, origin: Origin, headers: Iterable[str]) -> None:
    if _origin_of(request.url) != origin:
        for name in headers:
            request.headers.pop(name, None)


def foreign_credentials_hook(
    origin: httpx.URL | str,
    *,
    headers: Iterable[str] = CREDENTIAL_HEADERS,
) -> Callable[[httpx.Request], Awaitable[None]]:
    """An ``httpx.AsyncClient`` ``event_hooks["request"]`` hook applying
    :func:`strip_foreign_credentials` to each request, redirect hops included."""
    bound = _origin_of(httpx.URL(origin))
    names = tuple(headers)

    async def hook(request: httpx.Request) -> None:
        # Runs for every request: the origin is parsed once, here, not per request.
        _strip_unless(request, bound, names)

    return hook


class _OriginBoundAuth(httpx.Auth):
    """Shared origin check: ``origin=None`` means every request gets the credential."""

    def __init__(self, origin: httpx.URL | str | None) -> None:
        self._origin = _origin_of(httpx.URL(origin)) if origin is not None else None

    def _applies_to(self, request: httpx.Request) -> bool:
        return self._origin is None or _origin_of(request.url) == self._origin


class ApiKeyAuth(_OriginBoundAuth):
    """Send an API key: ``X-API-Key: <key>`` by default, or ``Authorization: ApiKey <key>``
    with ``header="authorization"`` (any other header name carries the bare key)."""

    def __init__(
        self,
        api_key: str,
        header: str = "x-api-key",
        *,
        origin: httpx.URL | str | None = None,
    ) -> None:
        super().__init__(origin)
        if not api_key:
            raise ValueError("api_key must be a non-empty string")
        self._api_key = api_key
        self._header = header.lower()

    @property
    def header(self) -> str:
        """The (lower-case) header name the key is sent in."""
        return self._header

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the key header when the request goes to the bound origin."""
        if self._applies_to(request):
            if self._header == "authorization":
                request.headers["Authorization"] = f"ApiKey {self._api_key}"
            else:
                request.headers[self._header] = self._api_key
        yield request

    def __repr__(self) -> str:
        return f"ApiKeyAuth(header={self._header!r}, key={REDACTED!r})"


class BearerAuth(_OriginBoundAuth):
    """Send a fixed token as ``Authorization: Bearer <token>``."""

    def __init__(self, token: str, *, origin: httpx.URL | str | None = None) -> None:
        super().__init__(origin)
        if not token:
            raise ValueError("token must be a non-empty string")
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the bearer header when the request goes to the bound origin."""
        if self._applies_to(request):
            request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def __repr__(self) -> str:
        return f"BearerAuth(token={REDACTED!r})"


class TokenProviderAuth(_OriginBoundAuth):
    """Bearer auth whose token comes from ``provider`` (sync or async, no arguments).

    The token is fetched lazily on the first request. When a request is answered 401, the
    provider is called again once and the request re-sent; concurrent requests failing with
    the same token share a single refresh. Sync providers run on the event loop, so they must
    not block (wrap a blocking one with ``anyio.to_thread.run_sync``). Async clients only.
    """

    # The request is re-sent after a 401, so its body must be replayable.
    requires_request_body = True

    def __init__(self, provider: TokenProvider, *, origin: httpx.URL | str | None = None) -> None:
        super().__init__(origin)
        self._provider = provider
        self._token: str | None = None
        # Bumped on every fetch; a refresh happens only if the failed token is still current.
        self._generation = 0
        self._lock = anyio.Lock()

    def __repr__(self) -> str:
        state = "unset" if self._token is None else REDACTED
        return f"TokenProviderAuth(provider={_callable_name(self._provider)}, token={state!r})"

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Not supported: the provider may be async and refreshing needs an async lock."""
        raise TypeError("TokenProviderAuth works with httpx.AsyncClient only")

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Send with the current token; on 401 refresh once and re-send."""
        if not self._applies_to(request):
            yield request
            return
        token, generation = await self._current()
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code != 401:
            return
        token, _ = await self._refresh(generation)
        request.headers["Authorization"] = f"Bearer {token}"
        yield request

    async def _current(self) -> tuple[str, int]:
        if self._token is not None:
            return self._token, self._generation
        async with self._lock:
            if self._token is None:
                await self._fetch()
            return self._require_token(), self._generation

    async def _refresh(self, failed_generation: int) -> tuple[str, int]:
        async with self._lock:
            if self._generation == failed_generation:
                await self._fetch()
            return self._require_token(), self._generation

    async def _fetch(self) -> None:
        result = self._provider()
        token = await result if inspect.isawaitable(result) else result
        if not isinstance(token, str) or not token:
            raise CortexError(
                f"token provider {_callable_name(self._provider)} returned "
                f"{type(token).__name__}, expected a non-empty str"
            )
        self._token = token
        self._generation += 1

    def _require_token(self) -> str:
        if self._token is None:
            raise CortexError("token provider gave no token")
        return self._token


def _callable_name(func: object) -> str:
    name = getattr(func, "__qualname__", None)
    return name if isinstance(name, str) else type(func).__name__
