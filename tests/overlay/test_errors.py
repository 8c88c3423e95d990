"""The error hierarchy and the mapping from responses and transport faults to it."""

from __future__ import annotations

import httpx
import pytest

from cortex_client._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CortexError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
    error_from_response,
    raise_for_status,
    status_error_class,
    translate_transport_errors,
)

SECRET = "sk-live-0123456789abcdef"
URL = "https://cortex.example/api/projects/p1/sessions"


def response(
    status: int,
    *,
    json: object = None,
    text: str | None = None,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    request = httpx.Request("POST", URL, headers={"X-API-Key": SECRET})
    if json is not None:
        return httpx.Response(status, json=json, headers=headers, request=request)
    return httpx.Response(status, text=text, headers=headers, request=request)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (520, InternalServerError),
        (599, InternalServerError),
        (405, APIStatusError),
        (418, APIStatusError),
        (451, APIStatusError),
        (499, APIStatusError),
    ],
)
def test_status_maps_to_its_exception_class(status: int, cls: type[APIStatusError]) -> None:
    assert status_error_class(status) is cls
    assert type(error_from_response(response(status, text=""))) is cls


def test_hierarchy_has_one_root() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)
    for cls in (APIConnectionError, APIStatusError, ResponseValidationError):
        assert issubclass(cls, CortexError)
    assert issubclass(RateLimitError, APIStatusError)


def test_nestjs_string_message_is_used() -> None:
    body = {"statusCode": 404, "message": "Session s1 not found", "error": "Not Found"}
    error = error_from_response(response(404, json=body))
    assert error.message == "Session s1 not found"
    assert str(error) == "404 Not Found: Session s1 not found"
    assert error.body == body


def test_nestjs_list_message_is_joined() -> None:
    body = {"statusCode": 400, "message": ["name must be a string", "ttl > 0"], "error": "Bad"}
    error = error_from_response(response(400, json=body))
    assert error.message == "name must be a string; ttl > 0"
    assert "400" in str(error)


def test_nestjs_body_without_message_falls_back_to_error_field() -> None:
    error = error_from_response(response(403, json={"statusCode": 403, "error": "Forbidden"}))
    assert error.message == "Forbidden"


def test_json_body_of_another_shape_is_quoted() -> None:
    error = error_from_response(response(409, json={"detail": "taken"}))
    assert error.message == '{"detail":"taken"}'
    assert error.body == {"detail": "taken"}


def test_html_body_gives_collapsed_snippet() -> None:
    html = "<html>\n  <head><title>502 Bad Gateway</title></head>\n<body>" + "x" * 500
    error = error_from_response(response(502, text=html))
    assert str(error).startswith("502 Bad Gateway: <html> <head><title>502 Bad Gateway")
    assert len(error.message) <= 201
    assert error.body == html


def test_empty_body_says_so() -> None:
    error = error_from_response(response(520, text=""))
    assert str(error) == "520: empty response body"
    assert error.body is None


def test_whitespace_body_counts_as_empty() -> None:
    assert error_from_response(response(500, text=" \n ")).message == "empty response body"


def test_plain_text_body_is_the_message() -> None:
    assert error_from_response(response(503, text="upstream down")).message == "upstream down"


def test_unread_streaming_body_does_not_crash() -> None:
    streamed = httpx.Response(500, stream=httpx.ByteStream(b"boom"))
    assert error_from_response(streamed).message == "response body not read"


@pytest.mark.parametrize("header", ["x-request-id", "request-id"])
def test_request_id_is_read_from_headers(header: str) -> None:
    error = error_from_response(response(500, text="", headers={header: "req-42"}))
    assert error.request_id == "req-42"


def test_credential_headers_are_removed_from_error_headers() -> None:
    headers = {"set-cookie": f"session={SECRET}", "x-api-key": SECRET, "x-request-id": "r1"}
    error = error_from_response(response(401, text="no", headers=headers))
    assert "set-cookie" not in error.headers
    assert "x-api-key" not in error.headers
    assert error.headers["x-request-id"] == "r1"


def test_exception_text_never_contains_the_request_credentials() -> None:
    error = error_from_response(response(401, json={"message": "bad key"}))
    for text in (str(error), repr(error)):
        assert SECRET not in text


def test_rate_limit_error_carries_retry_after() -> None:
    error = error_from_response(response(429, text="", headers={"Retry-After": "12"}))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 12.0
    assert "retry_after=12.0" in repr(error)


def test_rate_limit_error_without_header_has_no_retry_after() -> None:
    error = error_from_response(response(429, text=""))
    assert isinstance(error, RateLimitError)
    assert error.retry_after is None


def test_status_error_repr_is_readable() -> None:
    error = error_from_response(response(404, json={"message": "gone"}), attempts=2)
    assert repr(error) == (
        "NotFoundError(status_code=404, message='gone', request_id=None, attempts=2)"
    )


@pytest.mark.parametrize("status", [200, 201, 204, 299])
def test_raise_for_status_passes_2xx(status: int) -> None:
    raise_for_status(response(status, text=""))


@pytest.mark.parametrize("status", [301, 304, 400, 500])
def test_raise_for_status_raises_for_non_2xx(status: int) -> None:
    with pytest.raises(APIStatusError) as info:
        raise_for_status(response(status, text=""))
    assert info.value.status_code == status


def test_raise_for_status_reads_attempts_from_extensions() -> None:
    failed = response(500, text="")
    failed.extensions["cortex_attempts"] = 3
    with pytest.raises(InternalServerError) as info:
        raise_for_status(failed)
    assert info.value.attempts == 3


def test_raise_for_status_explicit_attempts_wins() -> None:
    with pytest.raises(APIStatusError) as info:
        raise_for_status(response(400, text=""), attempts=5)
    assert info.value.attempts == 5


def test_response_validation_error_names_cause_and_operation() -> None:
    cause = KeyError("id")
    error = ResponseValidationError(
        status_code=200,
        body=b'{"name": 1}',
        cause=cause,
        method="GET",
        url=f"https://user:{SECRET}@cortex.example/api/sessions?api_key={SECRET}",
    )
    assert error.cause is cause
    assert error.body == b'{"name": 1}'
    assert error.status_code == 200
    assert "KeyError" in str(error)
    assert "GET https://cortex.example/api/sessions" in str(error)
    assert SECRET not in str(error)
    assert SECRET not in repr(error)


@pytest.mark.parametrize(
    ("exc", "cls"),
    [
        (httpx.ReadTimeout("timed out"), APITimeoutError),
        (httpx.ConnectTimeout("timed out"), APITimeoutError),
        (httpx.PoolTimeout("timed out"), APITimeoutError),
        (httpx.ConnectError("refused"), APIConnectionError),
        (httpx.RemoteProtocolError("disconnected"), APIConnectionError),
        (httpx.TooManyRedirects("loop"), APIConnectionError),
    ],
)
def test_transport_errors_are_translated(exc: httpx.RequestError, cls: type[Exception]) -> None:
    exc.request = httpx.Request("GET", f"{URL}?token={SECRET}", headers={"X-API-Key": SECRET})
    with pytest.raises(cls) as info, translate_transport_errors(attempts=2):
        raise exc
    error = info.value
    assert type(error) is cls
    assert error.__cause__ is exc
    assert isinstance(error, APIConnectionError)
    assert error.attempts == 2
    assert type(exc).__name__ in str(error)
    assert URL in str(error)
    assert SECRET not in str(error)
    assert SECRET not in repr(error)


def test_translate_transport_errors_leaves_other_exceptions_alone() -> None:
    with pytest.raises(KeyError), translate_transport_errors():
        raise KeyError("x")


def test_transport_error_without_request_still_translates() -> None:
    with (
        pytest.raises(APIConnectionError, match="ConnectError: refused"),
        translate_transport_errors(),
    ):
        raise httpx.ConnectError("refused")
