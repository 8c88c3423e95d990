"""What the event-stream decoder yields and raises: ``ServerSentEvent`` and ``StreamError``.

Also the two cheapest ways to build them from bytes, shared by the line-by-line reader
(``_sse``) and the column-wise fast path (``_sse_plain``).
"""

from __future__ import annotations

from typing import NamedTuple

from ._errors import CortexError

__all__ = ["ServerSentEvent", "StreamError", "decode_text", "new_event"]


class StreamError(CortexError):
    """The event stream misbehaved: a line or an event larger than allowed, an answer that is
    not an event stream, or one event that could not be read or delivered.

    The decoder raises it instead of buffering without bound, and cannot be fed again
    afterwards. A stream reports one for an event it dropped (``event_id`` is that event's id,
    ``__cause__`` the error it raised) and for a connection it refused; it carries on after both.
    """

    def __init__(self, message: str, *, event_id: str | None = None) -> None:
        super().__init__(message)
        self.event_id = event_id


class ServerSentEvent(NamedTuple):
    """One dispatched event (an immutable named tuple).

    ``id`` is the last event ID in effect when the event was dispatched (``None`` when it is
    empty: never set, or reset by an empty ``id`` field). ``retry`` is the reconnection time in
    milliseconds set by this event's own block of fields, if any.
    """

    event: str = "message"
    data: str = ""
    id: str | None = None
    retry: int | None = None


# tuple.__new__ builds an event in C; the NamedTuple constructor (a Python function) or a frozen
# dataclass's __init__ costs several times more, a large share of the per-event cost.
new_event = tuple.__new__


def decode_text(value: bytes | bytearray) -> str:
    """A field value as text: UTF-8 with U+FFFD for what does not decode."""
    return value.decode("utf-8", "replace")
