"""Read a response body with a bound on its decoded size, decoding Content-Encoding on the way.

httpx decodes ``Content-Encoding`` above the transport (in ``Response.aread``), one network
chunk at a time and without an output bound, so 64 KiB of gzip can inflate to 64 MiB in one
step, and no transport can count what the user will finally hold. RetryTransport therefore
reads the body itself, inside its retry loop and deadline: gzip and deflate are inflated here
with ``zlib``'s ``max_length`` (never more than :data:`_PIECE` bytes of output per step), the
decoded bytes are counted against the limit as they arrive, and the response handed upward
carries the decoded body with ``Content-Encoding`` removed (``Content-Length`` then gives the
decoded length), so httpx has nothing left to inflate. We only ask for what we can decode
(``Accept-Encoding: gzip, deflate``); any other coding fails as a decoding error.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

import anyio
import httpx

__all__ = [
    "ACCEPT_ENCODING",
    "BODY_TRUNCATED_EXTENSION",
    "BodyTooLarge",
    "read_bounded",
]

#: What to send as Accept-Encoding: exactly the codings :func:`read_bounded` can bound.
ACCEPT_ENCODING = "gzip, deflate"
#: response.extensions key set to the limit when an error body was cut short at that limit.
BODY_TRUNCATED_EXTENSION = "cortex_body_truncated"
# Most bytes of output one inflate step may produce.
_PIECE = 64 * 1024
_IDENTITY = frozenset({"", "identity"})


class BodyTooLarge(Exception):
    """The decoded body passed ``limit`` bytes (internal: the transport maps it to its error)."""

    def __init__(self, limit: int, received: int) -> None:
        super().__init__(f"response body exceeds {limit} bytes (at least {received} received)")
        self.limit = limit
        self.received = received


class _Inflater:
    """One gzip or deflate layer, producing at most ``_PIECE`` bytes per step."""

    def __init__(self, coding: str) -> None:
        self._coding = coding
        # deflate is meant to be zlib-wrapped, but servers also send raw deflate: try both.
        self._raw_fallback = coding == "deflate"
        wbits = zlib.MAX_WBITS | 16 if coding != "deflate" else zlib.MAX_WBITS
        self._zlib = zlib.decompressobj(wbits)
        self._fed = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        self._fed = self._fed or bool(data)
        pending = data
        while True:
            try:
                out = self._zlib.decompress(pending, _PIECE)
            except zlib.error as exc:
                if self._raw_fallback:
                    self._raw_fallback = False
                    self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise httpx.DecodingError(f"invalid {self._coding} body: {exc}") from exc
            self._raw_fallback = False
            pending = self._zlib.unconsumed_tail
            if out:
                yield out
            # A full piece may leave output pending inside zlib even with no input left.
            if not pending and len(out) < _PIECE:
                return

    def flush(self) -> Iterator[bytes]:
        yield from self.feed(b"")
        # No body at all (HEAD, 204, 304) is fine; a body that stops mid-stream is not.
        if self._fed and not self._zlib.eof:
            raise httpx.DecodingError(f"{self._coding} body ends before its end marker")


def _inflaters(content_encoding: str | None) -> list[_Inflater]:
    """The layers to undo, outermost (last applied) first; raise for a coding we cannot bound."""
    if content_encoding is None:
        return []
    codings = [c.strip().lower() for c in content_encoding.split(",")]
    layers: list[_Inflater] = []
    for coding in reversed(codings):
        if coding in _IDENTITY:
            continue
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise httpx.DecodingError(f"unsupported Content-Encoding {coding[:40]!r}")
        layers.append(_Inflater("deflate" if coding == "deflate" else "gzip"))
    return layers


def _through(layers: list[_Inflater], data: bytes, index: int = 0) -> Iterator[bytes]:
    if index == len(layers):
        yield data
        return
    for piece in layers[index].feed(data):
        yield from _through(layers, piece, index + 1)


def _flushed(layers: list[_Inflater], index: int = 0) -> Iterator[bytes]:
    if index == len(layers):
        return
    for piece in layers[index].flush():
        yield from _through(layers, piece, index + 1)
    yield from _flushed(layers, index + 1)


class _Full(Exception):
    """The truncated body is complete: stop reading."""


class _Collector:
    def __init__(self, limit: int, truncate: bool) -> None:
        self.limit = limit
        self.truncate = truncate
        self.chunks: list[bytes] = []
        self.size = 0
        self.truncated = False

    def add(self, piece: bytes) -> None:
        self.size += len(piece)
        if self.size <= self.limit:
            self.chunks.append(piece)
            return
        if not self.truncate:
            raise BodyTooLarge(self.limit, self.size)
        self.chunks.append(piece[: len(piece) - (self.size - self.limit)])
        self.truncated = True
        raise _Full


async def read_bounded(
    response: httpx.Response, request: httpx.Request, limit: int, *, truncate: bool
) -> httpx.Response:
    """Read ``response``'s body (decoded) and return a response holding it; close the original.

    More than ``limit`` decoded bytes raise :class:`BodyTooLarge`, or, with ``truncate``, keep
    the first ``limit`` bytes and record the cut in ``extensions[BODY_TRUNCATED_EXTENSION]``.
    Network and framing failures surface as the httpx errors the stream raises; a body that
    does not decode raises ``httpx.DecodingError``.
    """
    stream = response.stream
    headers = response.headers
    collector = _Collector(limit, truncate)
    try:
        layers = _inflaters(headers.get("content-encoding"))
        declared = headers.get("content-length", "")
        if (
            not layers
            and not truncate
            and declared.isdigit()
            and int(declared) > limit
            # A HEAD answer's Content-Length describes the GET body, which is not sent.
            and request.method != "HEAD"
        ):
            raise BodyTooLarge(limit, int(declared))
        if not isinstance(stream, httpx.AsyncByteStream):
            raise TypeError("an async transport must return an async byte stream")
        try:
            async for raw in stream:
                if not layers:
                    collector.add(raw)
                    continue
                for piece in _through(layers, raw):
                    collector.add(piece)
            for piece in _flushed(layers):
                collector.add(piece)
        except _Full:
            pass
    finally:
        with anyio.CancelScope(shield=True):
            await response.aclose()
    body = b"".join(collector.chunks)
    extensions = response.extensions
    if layers or collector.truncated:
        headers = headers.copy()
        headers.pop("content-encoding", None)
        headers["content-length"] = str(len(body))
    if collector.truncated:
        extensions = {**extensions, BODY_TRUNCATED_EXTENSION: limit}
    return httpx.Response(
        response.status_code,
        headers=headers,
        stream=httpx.ByteStream(body),
        extensions=extensions,
        request=request,
    )
