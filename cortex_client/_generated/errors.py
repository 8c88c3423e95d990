"""Contains shared errors types that can be raised from API functions"""


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ResponseParseError(Exception):
    """A response body that the generated models could not read (raised for plain generated clients)."""

    def __init__(self, status_code: int, content: bytes, cause: Exception):
        self.status_code = status_code
        self.content = content
        self.cause = cause
        super().__init__(
            f"Could not parse the {status_code} response body: {type(cause).__name__}: {cause}"
        )


class InvalidPathParameter(ValueError):
    """A path parameter that is empty, "." or "..": it would silently address another resource."""

    def __init__(self, name: str, value: str):
        self.name = name
        self.value = value
        super().__init__(
            f"path parameter {name!r} must not be {value!r}: it would change the request path"
        )


__all__ = ["InvalidPathParameter", "ResponseParseError", "UnexpectedStatus"]
