"""The error hierarchy and the one place that turns a response or transport fault into it.

::

    CortexError
    ├── APIConnectionError            nothing usable came back (refused, reset, DNS, ...)
    │   ├── APITimeoutError
    │   └── ResponseTooLargeError     the decoded body passed max_response_bytes
    ├── APIStatusError                a non-2xx response (status_code, message, body, ...)
    │   ├── BadRequestError           400
    │   ├── AuthenticationError       401
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── ConflictError             409
    │   ├── UnprocessableEntityError  422
    │   ├── RateLimitError            429 (+ retry_after)
    │   └── InternalServerError       any status >= 500
    ├── ResponseValidationError       a 2xx body the models cannot read
    └── InvalidCredentialError        a credential that cannot go into a header (also ValueError)

No error text carries a client's secret: messages, ``body`` and header values pass through
``_redact.scrub`` when an error is made, and so do httpx exceptions translated here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from typing import Any

import httpx

from ._body import BODY_TRUNCATED_EXTENSION
from ._error_body import collapse, read_body, safe_headers, status_line
from ._logging import redact_url
from ._redact import scrub, scrub_exception, scrub_value
from ._retry import parse_retry_after

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ATTEMPTS_EXTENSION",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "CortexError",
    "DocumentDecodeError",
    "InternalServerError",
    "InvalidCredentialError",
    "MissingCredentialWarning",
    "NO_CREDENTIAL_EXTENSION",
    "NO_CREDENTIAL_HINT",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "error_from_response",
    "error_from_transport_error",
    "raise_for_status",
    "status_error_class",
    "translate_transport_errors",
]

#: response.extensions key where RetryTransport records how many attempts a call took.
ATTEMPTS_EXTENSION = "cortex_attempts"
#: request.extensions key: set when the request left without any credential.
NO_CREDENTIAL_EXTENSION = "cortex_no_credential"
#: What a 401 to a request without any credential says (and what the client warns).
NO_CREDENTIAL_HINT = "no credential: pass api_key= or set CORTEX_API_KEY"
_REQUEST_ID_HEADERS = ("x-request-id", "request-id")


class CortexError(Exception):
    """Root of every error this client raises.

    Its text never shows a client's secret (API key, token, ``base_url`` password).
    """

    def __init__(self, *args: object) -> None:
        super().__init__(*(scrub(arg) if isinstance(arg, str) else arg for arg in args))

    def __str__(self) -> str:
        return scrub(super().__str__())


class MissingCredentialWarning(UserWarning):
    """A client was built without any credential (no ``api_key``, ``access_token``,
    ``token_provider`` or ``CORTEX_API_KEY``): the server will answer 401."""


class InvalidCredentialError(CortexError, ValueError):
    """A credential that cannot be sent: empty, or not visible ASCII once surrounding
    whitespace is stripped. The message names the parameter and the problem, never the value.
    """


class APIConnectionError(CortexError):
    """The request got no usable response: connection refused or reset, DNS, protocol error.

    ``attempts`` is how many times the call was tried; ``request`` is the failed request.
    """

    def __init__(
        self, message: str, *, request: httpx.Request | None = None, attempts: int = 1
    ) -> None:
        super().__init__(message)
        self.message = scrub(message)
        self.request = request
        self.attempts = attempts

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, attempts={self.attempts})"


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, write, read, pool or the call's deadline)."""


class ResponseTooLargeError(APIConnectionError):
    """The response body, decoded, passed the client's ``max_response_bytes`` (``limit``).

    Reading stopped at the limit, so memory stays bounded; the call is not retried.
    """

    def __init__(
        self,
        message: str,
        *,
        limit: int,
        request: httpx.Request | None = None,
        attempts: int = 1,
    ) -> None:
        super().__init__(message, request=request, attempts=attempts)
        self.limit = limit


class APIStatusError(CortexError):
    """The server answered with a non-2xx status.

    ``message`` is the server's explanation (NestJS ``message``, list items joined with
    ``"; "``) or a description of an unreadable body; ``body`` the decoded JSON body, else its
    text, else ``None``; ``headers`` the response headers minus credential headers;
    ``request_id`` from ``x-request-id`` / ``request-id``; ``attempts`` how many times the
    call was tried.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: object = None,
        headers: httpx.Headers | None = None,
        request_id: str | None = None,
        attempts: int = 1,
        response: httpx.Response | None = None,
    ) -> None:
        message = scrub(message)
        super().__init__(status_line(status_code, message))
        self.status_code = status_code
        self.message = message
        self.body = scrub_value(body)
        self.headers = headers if headers is not None else httpx.Headers()
        self.request_id = request_id
        self.attempts = attempts
        self.response = response

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r}, "
            f"request_id={self.request_id!r}, attempts={self.attempts})"
        )


class BadRequestError(APIStatusError):
    """400: the request was malformed or failed validation."""


class AuthenticationError(APIStatusError):
    """401: missing, invalid or expired credentials."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials are valid but not allowed to do this."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist (or is not visible to these credentials)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but semantically invalid."""


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after`` is the server's requested wait in seconds."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after

    def __repr__(self) -> str:
        return f"{super().__repr__()[:-1]}, retry_after={self.retry_after!r})"


class InternalServerError(APIStatusError):
    """Any status >= 500: the server (or a proxy in front of it) failed."""


class ResponseValidationError(CortexError):
    """A 2xx response whose body the models cannot read.

    ``body`` is the raw body, ``cause`` the parsing exception (also ``__cause__`` when raised
    with ``from``), ``url`` the redacted operation URL.
    """

    def __init__(
        self,
        *,
        status_code: int,
        body: bytes,
        cause: BaseException,
        method: str | None = None,
        url: httpx.URL | str | None = None,
    ) -> None:
        self.status_code = status_code
        self.body = body
        self.cause = cause
        self.method = method
        self.url = redact_url(url) if url is not None else None
        scrub_exception(cause)
        operation = " ".join(part for part in (method, self.url) if part) or "the request"
        detail = collapse(str(cause))
        super().__init__(
            f"could not read the {status_code} response of {operation}: "
            f"{type(cause).__name__}" + (f": {detail}" if detail else "")
        )

    def __repr__(self) -> str:
        return (
            f"ResponseValidationError(status_code={self.status_code}, url={self.url!r}, "
            f"cause={type(self.cause).__name__}, body_bytes={len(self.body)})"
        )


class DocumentDecodeError(CortexError):
    """A document received in an event that its model cannot read.

    Watches decode a document when it is first read; this is raised there. ``model`` is the
    model's name, ``raw`` the document as received (nothing is lost), ``cause`` the exception.
    """

    def __init__(self, model: str, raw: Mapping[str, Any], cause: BaseException) -> None:
        self.model = model
        self.raw = raw
        self.cause = cause
        detail = collapse(str(cause))
        super().__init__(
            f"could not read a {model} from an event: {type(cause).__name__}"
            + (f": {detail}" if detail else "")
        )


# The one status -> class table; codes not listed fall back by range in status_error_class().
_STATUS_ERRORS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for ``status_code``."""
    cls = _STATUS_ERRORS.get(status_code)
    if cls is not None:
        return cls
    return InternalServerError if status_code >= 500 else APIStatusError


def _sent_without_credential(response: httpx.Response) -> bool:
    try:
        request = response.request
    except RuntimeError:  # a response built inside a transport has no request yet
        return False
    return bool(request.extensions.get(NO_CREDENTIAL_EXTENSION))


def error_from_response(response: httpx.Response, *, attempts: int = 1) -> APIStatusError:
    """Build the exception for a non-2xx ``response`` (its body should already be read)."""
    body, message = read_body(response)
    request_id = next(
        (response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None
    )
    truncated_at = response.extensions.get(BODY_TRUNCATED_EXTENSION)
    if truncated_at is not None:
        message = f"{message} (body truncated at {truncated_at} bytes)"
    if response.status_code == 401 and _sent_without_credential(response):
        reason = httpx.codes.get_reason_phrase(401)
        said = "" if message.strip().casefold() == reason.casefold() else f" (server: {message})"
        message = NO_CREDENTIAL_HINT + said
    cls = status_error_class(response.status_code)
    common: dict[str, Any] = {
        "status_code": response.status_code,
        "body": body,
        "headers": safe_headers(response.headers),
        "request_id": request_id,
        "attempts": attempts,
        "response": response,
    }
    if issubclass(cls, RateLimitError):
        return cls(message, retry_after=parse_retry_after(response.headers), **common)
    return cls(message, **common)


def raise_for_status(response: httpx.Response, *, attempts: int | None = None) -> None:
    """Raise the matching :class:`APIStatusError` unless ``response`` is 2xx.

    ``attempts`` defaults to what RetryTransport recorded in ``response.extensions``.
    """
    if 200 <= response.status_code < 300:
        return
    if attempts is None:
        recorded = response.extensions.get(ATTEMPTS_EXTENSION, 1)
        attempts = recorded if isinstance(recorded, int) else 1
    raise error_from_response(response, attempts=attempts)


def _request_of(exc: httpx.RequestError) -> httpx.Request | None:
    # httpx attaches the request only at the client boundary; inside a transport it is unset.
    try:
        return exc.request
    except RuntimeError:
        return None


#: The one table from library exceptions to ours, first match wins; anything else httpx raises
#: while sending (another ``httpx.RequestError``, ``httpx.InvalidURL``) is an APIConnectionError.
_TRANSPORT_ERRORS: tuple[tuple[type[BaseException], type[APIConnectionError]], ...] = (
    (httpx.TimeoutException, APITimeoutError),
)
#: What :func:`translate_transport_errors` catches.
TRANSLATED = (httpx.RequestError, httpx.InvalidURL)


def error_from_transport_error(
    exc: BaseException, *, request: httpx.Request | None = None, attempts: int = 1
) -> APIConnectionError:
    """Map an httpx error to :class:`APITimeoutError` / :class:`APIConnectionError`.

    The message names the exception type and the redacted URL; it holds no header values.
    The clients' secrets are masked in ``exc`` and its chain too (it becomes ``__cause__``).
    """
    scrub_exception(exc)
    if request is None and isinstance(exc, httpx.RequestError):
        request = _request_of(exc)
    where = f" ({request.method} {redact_url(request.url)})" if request is not None else ""
    detail = collapse(str(exc))
    message = type(exc).__name__ + (f": {detail}" if detail else "") + where
    cls = next((ours for theirs, ours in _TRANSPORT_ERRORS if isinstance(exc, theirs)), None)
    return (cls or APIConnectionError)(message, request=request, attempts=attempts)


@contextlib.contextmanager
def translate_transport_errors(
    *, request: httpx.Request | None = None, attempts: int = 1
) -> Iterator[None]:
    """The translation boundary: re-raise what httpx raises in the block (request errors,
    ``InvalidURL``) as :class:`APIConnectionError` / :class:`APITimeoutError`, with the
    original as ``__cause__``. A :class:`CortexError` passes through unchanged.

    Works around ``await`` too: ``with translate_transport_errors(): await client.send(...)``.
    """
    try:
        yield
    except TRANSLATED as exc:
        raise error_from_transport_error(exc, request=request, attempts=attempts) from exc
