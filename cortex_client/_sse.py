"""I/O-free decoder for ``text/event-stream`` bodies (WHATWG HTML, "Server-sent events").

The decoder is a pure state machine: feed it byte chunks of any size and it returns the events
that became complete. As in the spec, the stream is split into lines on CR, LF and CRLF in its
byte form, so U+2028/U+2029 or a multi-byte character split across chunks never end a line;
complete lines are decoded as UTF-8 with U+FFFD replacement. Runs of plain events take the
column-wise fast path in ``_sse_plain``; the events and the error live in ``_sse_event``.
https://html.spec.whatwg.org/multipage/server-sent-events.html#parsing-an-event-stream
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator
from typing import NoReturn

from ._sse_event import ServerSentEvent, StreamError, new_event
from ._sse_event import decode_text as _decode
from ._sse_plain import FIRST_WINDOW, MAX_MISSES, MAX_WINDOW, plain_run

__all__ = ["SSEDecoder", "ServerSentEvent", "StreamError", "aiter_sse"]

DEFAULT_MAX_LINE_BYTES = 1 << 20
DEFAULT_MAX_EVENT_BYTES = 8 << 20
#: The longest reconnection time a ``retry:`` field can set (ms; about 24.8 days, the largest
#: delay a browser timer takes). Longer values, however many digits, read as this.
MAX_RETRY_MS = (1 << 31) - 1
_MAX_RETRY_DIGITS = len(str(MAX_RETRY_MS))

_BOM = b"\xef\xbb\xbf"

# Data lines of one event kept as a list before they are joined into one buffer.
_SPILL_LINES = 64


def _parse_retry(value: bytes) -> int | None:
    """The field value as an integer if it is all ASCII digits (at most ``MAX_RETRY_MS``),
    else ``None``."""
    # bytes.isdigit() only knows ASCII digits, exactly the spec's rule (empty is ignored).
    if not value.isdigit():
        return None
    # Capped before conversion: 400 digits would convert, then overflow any float maths, and
    # past the interpreter's int-conversion limit int() raises.
    if len(value) > _MAX_RETRY_DIGITS:
        return MAX_RETRY_MS
    return min(int(value), MAX_RETRY_MS)


class _Oversize(Exception):
    """An event broke ``max_event_bytes`` at ``lines[index - 1]`` (``skip_oversize``)."""

    def __init__(self, reason: str, index: int) -> None:
        super().__init__(reason)
        self.index = index


class SSEDecoder:
    """Incremental, I/O-free ``text/event-stream`` decoder.

    ``feed()`` accepts chunks split anywhere (inside a CRLF, a UTF-8 character or the leading
    BOM) and returns the events completed by that chunk. ``close()`` marks the end of the stream:
    the pending unterminated event is discarded, as the spec requires, and the decoder is ready
    for the next stream of a reconnect, keeping ``last_event_id`` and ``retry``.

    A line longer than ``max_line_bytes``, or an event whose data exceeds ``max_event_bytes``,
    raises :class:`StreamError` before it is buffered in full. The limit counts every buffered
    ``data:`` line with its newline, and the memory held stays close to that count even for a
    flood of empty ``data:`` lines. With ``skip_oversize`` such an event is skipped instead:
    the rest of it is discarded unread up to its blank line, decoding resumes after it, and the
    reason is queued for :meth:`take_skipped` (the stream need not be read again from before it).
    """

    __slots__ = (
        "_block_retry",
        "_broken",
        "_data",
        "_data_size",
        "_event_type",
        "_head",
        "_id_buffer",
        "_last_event_id",
        "_max_event",
        "_max_line",
        "_pending",
        "_retry",
        "_skip_lf",
        "_skip_nl",
        "_skip_oversize",
        "_skipped",
        "_skipping",
        "_spill",
        "_started",
    )

    def __init__(
        self,
        max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
        max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES,
        *,
        skip_oversize: bool = False,
    ) -> None:
        if max_line_bytes < 1 or max_event_bytes < 1:
            raise ValueError("max_line_bytes and max_event_bytes must be positive")
        self._max_line = max_line_bytes
        self._max_event = max_event_bytes
        self._skip_oversize = skip_oversize
        self._skipped: list[str] = []
        self._last_event_id = ""
        self._retry: int | None = None
        self._broken: StreamError | None = None
        self._reset_stream()

    def _reset_stream(self) -> None:
        self._started = False  # False until the leading BOM question is settled
        self._head = b""  # first bytes of the stream, held while they may still be a BOM
        self._pending = bytearray()  # the current unterminated line
        self._skip_lf = False  # the last chunk ended in CR: a leading LF completes that CRLF
        self._data: list[bytes] = []  # the current event's latest data lines
        self._data_size = 0  # bytes of the current event's data so far, one LF per line
        self._spill = bytearray()  # its earlier data lines, each followed by LF
        self._event_type = ""
        self._block_retry: int | None = None
        self._id_buffer = self._last_event_id
        self._skipping = False  # discarding an oversize event up to its blank line
        self._skip_nl = False  # while skipping: the last byte discarded ended a line

    @property
    def last_event_id(self) -> str:
        """The last event ID committed by a blank line ("" when none); send it on reconnect."""
        return self._last_event_id

    @property
    def retry(self) -> int | None:
        """The latest reconnection time in milliseconds set by the server, if any."""
        return self._retry

    def take_skipped(self) -> list[str]:
        """Why each oversize event skipped since the last call was skipped (``skip_oversize``)."""
        skipped, self._skipped = self._skipped, []
        return skipped

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Consume the next chunk of the body and return the events it completed."""
        if self._broken is not None:
            raise StreamError(f"decoder unusable after an earlier error: {self._broken}")
        if not self._started:
            head = self._head + chunk
            if len(head) < len(_BOM) and _BOM.startswith(head):
                self._head = head
                return []
            self._started = True
            self._head = b""
            chunk = head[3:] if head.startswith(_BOM) else head
        elif self._skip_lf and chunk:
            self._skip_lf = False
            if chunk[0] == 10:
                chunk = chunk[1:]
        if not chunk:
            return []
        if b"\r" in chunk:
            self._skip_lf = chunk[-1] == 13
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        return self._lines(chunk)

    def _lines(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode ``chunk`` (line ends already LF) from where the stream stands."""
        if self._skipping:
            joined = b"\n" + chunk if self._skip_nl else chunk
            end = joined.find(b"\n\n")
            if end < 0:
                self._skip_nl = joined.endswith(b"\n")
                return []
            self._skipping = False
            chunk = joined[end + 2 :]
            if not chunk:
                return []
        pending = self._pending
        if b"\n" not in chunk:
            if len(pending) + len(chunk) > self._max_line:
                self._oversize(f"line longer than max_line_bytes={self._max_line}")
                return []
            pending += chunk
            return []
        if pending:
            chunk = b"".join((pending, chunk))
            pending.clear()
        if len(chunk) > self._max_line and max(map(len, chunk.split(b"\n"))) > self._max_line:
            if not self._skip_oversize:
                self._fail(f"line longer than max_line_bytes={self._max_line}")
            # The lines before the long one decode as usual; the long one's event is skipped.
            lines = chunk.split(b"\n")
            long = next(i for i, line in enumerate(lines) if len(line) > self._max_line)
            before = b"".join(line + b"\n" for line in lines[:long])
            events = self._lines(before) if before else []
            self._oversize(f"line longer than max_line_bytes={self._max_line}")
            if long + 1 == len(lines):
                return events  # the long line goes on in the next chunk
            self._skip_nl = True  # the long line ended
            return events + self._lines(b"\n".join(lines[long + 1 :]))
        lines = chunk.split(b"\n")
        pending += lines.pop()

        events = []
        try:
            return self._decode_lines(lines, chunk, events)
        except _Oversize as oversize:
            # Skip the rest of the oversize event: the lines after the one that broke the cap,
            # then the unterminated line (already moved to `pending`).
            rest = lines[oversize.index :]
            rest.append(bytes(pending))
            self._oversize(str(oversize))
            self._skip_nl = True  # the offending line ended
            return events + self._lines(b"\n".join(rest))

    def _decode_lines(
        self, lines: list[bytes], chunk: bytes, events: list[ServerSentEvent]
    ) -> list[ServerSentEvent]:
        # The first lines may continue an event begun in an earlier chunk.
        index = self._interpret(lines, 0, events, until_blank=True)
        # Runs of plain events skip the per-field checks when no event can outgrow the cap in
        # this chunk and no `id` can carry a NUL.
        if len(chunk) < self._max_event and b"\0" not in chunk:
            end = len(lines)
            window = FIRST_WINDOW
            misses = 0
            while index < end and misses < MAX_MISSES:
                decoded = len(events)
                consumed, last_id = plain_run(lines, index, events, window, self._id_buffer)
                if last_id is not None:
                    self._id_buffer = self._last_event_id = last_id
                index += consumed
                run = len(events) - decoded
                # Widen the window while runs fill it; after an irregular event start small
                # again, so a stream that is irregular every few events wastes little work.
                window = min(2 * window, MAX_WINDOW) if run == window else FIRST_WINDOW
                misses = 0 if run else misses + 1
                if index < end:  # an irregular event (or the unterminated one): line by line
                    index = self._interpret(lines, index, events, until_blank=True)
        if index < len(lines):
            self._interpret(lines, index, events, until_blank=False)
        return events

    def close(self) -> list[ServerSentEvent]:
        """Mark the end of the stream.

        Returns the events the end completes, which per the spec is always none: an event
        without its terminating blank line is discarded. The decoder then starts afresh for a
        new stream (a reconnect) and keeps ``last_event_id`` and ``retry``.
        """
        self._reset_stream()
        return []

    def _oversize(self, reason: str) -> None:
        """Start skipping the current event (``skip_oversize``), else fail."""
        if not self._skip_oversize:
            self._fail(reason)
        self._skipped.append(f"event skipped: {reason}")
        self._pending = bytearray()
        self._data = []
        self._data_size = 0
        self._spill = bytearray()
        self._event_type = ""
        self._block_retry = None
        self._last_event_id = self._id_buffer  # resume after it, should the stream reconnect
        self._skipping = True
        self._skip_nl = False

    def _fail(self, reason: str) -> NoReturn:
        error = StreamError(f"event stream rejected: {reason}")
        self._broken = error
        self._pending = bytearray()
        self._data = []
        self._spill = bytearray()
        raise error

    def _interpret(
        self, lines: list[bytes], start: int, events: list[ServerSentEvent], *, until_blank: bool
    ) -> int:
        """Interpret ``lines[start:]`` field by field, as the spec's algorithm does.

        Stops after the first blank line when ``until_blank`` (the state is then clean);
        returns the index of the next line to read.
        """
        # State lives in locals and is written back once at the end.
        emit = events.append
        data = self._data
        data_size = self._data_size
        max_event = self._max_event
        event_type = self._event_type
        id_buffer = self._id_buffer
        last_event_id = self._last_event_id
        block_retry = self._block_retry
        index = start
        end = len(lines)
        while index < end:
            line = lines[index]
            index += 1
            if not line:
                last_event_id = id_buffer
                if data:
                    if self._spill:
                        self._spill += b"\n".join(data)
                        text = _decode(self._spill)
                        self._spill = bytearray()
                    else:
                        text = _decode(b"\n".join(data))
                    event = (event_type or "message", text, id_buffer or None, block_retry)
                    emit(new_event(ServerSentEvent, event))
                    data = []
                    data_size = 0
                event_type = ""
                block_retry = None
                if until_blank:
                    break
                continue
            colon = line.find(b":")
            if colon == 0:
                continue  # comment
            if colon < 0:
                name = line
                value = b""
            else:
                name = line[:colon]
                value_start = colon + 2 if line[colon + 1 : colon + 2] == b" " else colon + 1
                value = line[value_start:]
            if name == b"data":
                data_size += len(value) + 1
                if data_size > max_event:
                    if self._skip_oversize:
                        self._id_buffer, self._last_event_id = id_buffer, last_event_id
                        raise _Oversize(f"event larger than max_event_bytes={max_event}", index)
                    self._fail(f"event larger than max_event_bytes={max_event}")
                data.append(value)
                if len(data) > _SPILL_LINES:
                    # A list entry costs more than a short line's bytes (8 bytes per empty
                    # line): move the lines into one buffer so memory tracks data_size.
                    self._spill += b"\n".join(data[:-1])
                    self._spill += b"\n"
                    del data[:-1]
            elif name == b"id":
                if b"\0" not in value:
                    id_buffer = _decode(value)
            elif name == b"event":
                event_type = _decode(value)
            elif name == b"retry":
                retry = _parse_retry(value)
                if retry is not None:
                    block_retry = self._retry = retry
        self._data = data
        self._data_size = data_size
        self._event_type = event_type
        self._id_buffer = id_buffer
        self._last_event_id = last_event_id
        self._block_retry = block_retry
        return index


async def aiter_sse(
    byte_chunks: AsyncIterable[bytes], decoder: SSEDecoder | None = None
) -> AsyncIterator[ServerSentEvent]:
    """Decode an async iterable of body chunks (e.g. ``response.aiter_bytes()``) into events."""
    if decoder is None:
        decoder = SSEDecoder()
    async for chunk in byte_chunks:
        for event in decoder.feed(chunk):
            yield event
    for event in decoder.close():
        yield event
