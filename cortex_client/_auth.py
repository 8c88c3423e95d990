"""httpx.Auth flows for Cortex: API key, bearer token, and a refreshing token provider.

Each flow is bound to an origin (scheme, host, port): it adds its credential only to requests
for that origin. httpx applies an auth flow to the first request of a call only, and carries
headers over to redirect hops itself; it drops ``Authorization`` across origins but keeps
``X-API-Key`` or any custom key header. Install :func:`foreign_credentials_hook` with
``headers=credential_headers(auth)`` as a request event hook (it runs for every hop) so no
credential header follows a redirect to another origin.

Credentials are cleaned by :func:`clean_credential` (surrounding whitespace stripped, anything
that is not visible ASCII refused without echoing the value) and registered with a
:class:`~cortex_client._redact.Redactor`, tokens from a provider each time one arrives.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterable

import anyio
import httpx

from ._errors import InvalidCredentialError
from ._logging import CREDENTIAL_HEADERS, REDACTED
from ._redact import Redactor

__all__ = [
    "ApiKeyAuth",
    "BearerAuth",
    "TokenProvider",
    "TokenProviderAuth",
    "clean_credential",
    "credential_headers",
    "foreign_credentials_hook",
    "same_origin",
    "strip_foreign_credentials",
]

#: A zero-argument callable returning a token, directly or as an awaitable.
TokenProvider = Callable[[], str | Awaitable[str]]

_DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}

Origin = tuple[str, str, int | None]

# RFC 9110 token: what a header name may be made of.
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def clean_credential(value: object, name: str) -> str:
    """``value`` without surrounding whitespace, or :class:`InvalidCredentialError` (a
    ``ValueError``) naming ``name`` and the problem, never the value.

    A credential goes into an HTTP header, so it must be non-empty visible ASCII; a key read
    from a file usually ends in a newline, which is what the stripping is for.
    """
    if not isinstance(value, str):
        raise InvalidCredentialError(f"{name} must be a str, not {type(value).__name__}")
    cleaned = value.strip()
    if not cleaned:
        blank = " (it is only whitespace)" if value else ""
        raise InvalidCredentialError(f"{name} is empty{blank}")
    for char in cleaned:
        if not "!" <= char <= "~":
            if char.isspace():
                problem = "whitespace inside it"
            elif char.isascii() or not char.isprintable():
                problem = "a control character"
            else:
                problem = "a non-ASCII character"
            raise InvalidCredentialError(
                f"{name} contains {problem}; credentials must be visible ASCII "
                "(they are sent in an HTTP header)"
            )
    return cleaned


def credential_headers(auth: httpx.Auth | None) -> frozenset[str]:
    """The headers to strip on an origin change: the usual credential headers plus the one
    ``auth`` sets, whatever its name."""
    header = getattr(auth, "header", None)
    return CREDENTIAL_HEADERS | {header.lower()} if isinstance(header, str) else CREDENTIAL_HEADERS


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
    """Shared origin check: ``origin=None`` means every request gets the credential.

    ``redactor`` receives the credential (a new one is made when not given), so error texts
    and log lines mask it.
    """

    _header = "authorization"

    def __init__(self, origin: httpx.URL | str | None, redactor: Redactor | None) -> None:
        self._origin = _origin_of(httpx.URL(origin)) if origin is not None else None
        self.redactor = redactor if redactor is not None else Redactor()

    @property
    def header(self) -> str:
        """The (lower-case) header name the credential is sent in."""
        return self._header

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
        redactor: Redactor | None = None,
    ) -> None:
        super().__init__(origin, redactor)
        self._api_key = clean_credential(api_key, "api_key")
        self.redactor.add(self._api_key)
        if not isinstance(header, str) or not _HEADER_NAME.fullmatch(header):
            raise ValueError(f"api_key_header {header!r} is not a valid HTTP header name")
        self._header = header.lower()

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

    def __init__(
        self,
        token: str,
        *,
        origin: httpx.URL | str | None = None,
        redactor: Redactor | None = None,
    ) -> None:
        super().__init__(origin, redactor)
        self._token = clean_credential(token, "token")
        self.redactor.add(self._token)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the bearer header when the request goes to the bound origin."""
        if self._applies_to(request):
            request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def __repr__(self) -> str:
        return f"BearerAuth(token={REDACTED!r})"


class TokenProviderAuth(_OriginBoundAuth):
    """Bearer auth whose token comes from ``provider`` (sync or async, no arguments).

    The token is fetched lazily on the first request; each one is cleaned like a key
    (surrounding whitespace stripped; otherwise invalid raises :class:`InvalidCredentialError`,
    which never shows it) and registered with the redactor. When a request is answered 401, the
    provider is called again once and the request re-sent; concurrent requests failing with
    the same token share a single refresh. Sync providers run on the event loop, so they must
    not block (wrap a blocking one with ``anyio.to_thread.run_sync``). Async clients only.
    """

    # The request is re-sent after a 401, so its body must be replayable.
    requires_request_body = True

    def __init__(
        self,
        provider: TokenProvider,
        *,
        origin: httpx.URL | str | None = None,
        redactor: Redactor | None = None,
    ) -> None:
        super().__init__(origin, redactor)
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
        if isinstance(token, str):
            # Registered before it is checked, so any later text holding it is masked.
            self.redactor.add(token.strip())
        provider = f"token provider {_callable_name(self._provider)}"
        if not isinstance(token, str):
            raise InvalidCredentialError(
                f"{provider} returned {type(token).__name__}, expected a non-empty str"
            )
        self._token = clean_credential(token, f"the token {provider} returned")
        self._generation += 1

    def _require_token(self) -> str:
        if self._token is None:
            raise InvalidCredentialError("token provider gave no token")
        return self._token


def _callable_name(func: object) -> str:
    name = getattr(func, "__qualname__", None)
    return name if isinstance(name, str) else type(func).__name__
