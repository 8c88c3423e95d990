"""The wire rules of one event-stream connection: what it asks for, which answer it reads, and
how a frame becomes a :class:`~cortex_client._sink.RawEvent`."""

from __future__ import annotations

import json
import re

import httpx

from ._sink import RawEvent
from ._sse import ServerSentEvent, StreamError

__all__ = ["STREAM_TIMEOUT", "check_event_stream", "raw_event", "request_headers", "short_id"]

# Connecting is bounded; reading is not (the idle timeout watches a live stream instead).
STREAM_TIMEOUT = httpx.Timeout(10.0, read=None)
# Compressed streams are refused: a few KB of gzip inflate to many MB of blank lines, which
# no line or event limit catches, all decoded on the event loop. (Asked for with
# Accept-Encoding: identity; a server that compresses anyway gets a failed connection.)
_IDENTITY = ("", "identity")
# What RFC 9110 forbids in a field value (HTAB aside); a NUL id never gets here (ignored by
# the decoder, as the spec says).
_CONTROL = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")
# How much of an event id goes into a log line or an error message.
_ID_CHARS = 64


def request_headers(last_id: str) -> dict[bytes, bytes]:
    """The headers of a connection that resumes after ``last_id`` ("" for none)."""
    headers = {
        b"Accept": b"text/event-stream",
        b"Accept-Encoding": b"identity",
        b"Cache-Control": b"no-cache",
    }
    last_id_header = _last_event_id_header(last_id) if last_id else None
    if last_id_header is not None:
        headers[b"Last-Event-ID"] = last_id_header
    return headers


def _last_event_id_header(last_id: str) -> bytes | None:
    """``Last-Event-ID`` as UTF-8 bytes (as browsers send it), or None when no HTTP header can
    carry it (control characters, or spaces at either end): the server then starts afresh."""
    value = last_id.encode("utf-8", "replace")
    if value != value.strip(b" \t") or _CONTROL.search(value):
        return None
    return value


def check_event_stream(response: httpx.Response) -> None:
    """Refuse a 2xx answer that is not an uncompressed ``text/event-stream`` (its body is
    never read: an HTML page's ``data:`` line is not an event)."""
    content_type = response.headers.get("content-type", "")
    if content_type.partition(";")[0].strip().lower() != "text/event-stream":
        raise StreamError(
            f"event stream answered {response.status_code} with content type "
            f"{content_type!r}, not text/event-stream"
        )
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding not in _IDENTITY:
        raise StreamError(
            f"event stream answered {response.status_code} with content encoding "
            f"{encoding!r}; only an uncompressed stream is read"
        )


def raw_event(sse: ServerSentEvent) -> RawEvent:
    """The JSON object of one frame; raises when the data is not one."""
    data = json.loads(sse.data)
    if type(data) is not dict:
        raise ValueError(f"the data is a JSON {type(data).__name__}, not an object")
    event_id = data.get("id")
    return RawEvent(event_id if isinstance(event_id, str) else sse.id, data)


def short_id(event_id: str | None) -> str:
    """``event_id`` as it goes into a log line or an error message (repr, cut short)."""
    text = repr(event_id)
    return text if len(text) <= _ID_CHARS else text[: _ID_CHARS - 3] + "..."
