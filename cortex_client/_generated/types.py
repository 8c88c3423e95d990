"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    # A plain int when the server answers a code outside HTTPStatus (e.g. 520).
    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def http_status(code: int) -> HTTPStatus | int:
    """The HTTPStatus for a code, or the bare int for codes outside the enum (520, 599, ...)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def path_segment(name: str, value: object) -> str:
    """Percent-encode one path parameter, refusing values that would change the path's shape.

    "" would drop a segment, and "." / ".." are removed by URL normalisation (RFC 3986 §5.2.4),
    so a request for session ".." would silently hit the collection instead.
    """
    text = str(value)
    if text in ("", ".", ".."):
        from .errors import InvalidPathParameter

        raise InvalidPathParameter(name, text)
    return quote(text, safe="")


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "http_status",
    "path_segment",
]
