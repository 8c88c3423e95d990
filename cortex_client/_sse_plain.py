"""The event-stream decoder's fast path: runs of plain events cut a whole column at a time.

A plain event is one line per field among ``event`` and ``id`` (each at most once, with a
non-empty value) and exactly one ``data``, each written "name: value", then a blank line. The
decoder (``_sse``) hands runs of them here from a clean state; the spec's line-by-line algorithm
would give them exactly the meaning :func:`plain_run` gives, several times faster.
"""

from __future__ import annotations

from itertools import compress, count, repeat
from operator import methodcaller, not_

from ._sse_event import ServerSentEvent, decode_text, new_event

__all__ = ["FIRST_WINDOW", "MAX_MISSES", "MAX_WINDOW", "plain_run"]

_DATA = b"data: "
_PLAIN_FIELDS = (_DATA, b"id: ", b"event: ")
_SEPARATORS = {prefix: "\n" + prefix.decode() for prefix in _PLAIN_FIELDS}
_STARTS_WITH = {prefix: methodcaller("startswith", prefix) for prefix in _PLAIN_FIELDS}
#: Events checked per attempt (the window doubles while runs fill it): bounds the work wasted
#: on a stream that is irregular every few events.
FIRST_WINDOW = 32
MAX_WINDOW = 512
# Shorter runs are cheaper to read line by line.
_MIN_RUN = 2
#: Failed attempts in a row after which a chunk is read line by line to its end.
MAX_MISSES = 4


def _plain_shape(lines: list[bytes], start: int) -> tuple[bytes, ...] | None:
    """The field prefixes, in order, of the event at ``lines[start:]`` if it looks plain."""
    shape: list[bytes] = []
    for line in lines[start : start + len(_PLAIN_FIELDS) + 1]:
        if not line:
            return tuple(shape) if _DATA in shape else None
        prefix = next(filter(line.startswith, _PLAIN_FIELDS), None)
        if prefix is None or prefix in shape:
            return None
        shape.append(prefix)
    return None


def _plain_prefix(column: list[bytes], prefix: bytes) -> int:
    """How many leading lines of a field column are plain ``prefix`` lines."""
    plain = len(column)
    starts_with = _STARTS_WITH[prefix]
    if not all(map(starts_with, column)):
        plain = next(compress(count(), map(not_, map(starts_with, column))))
    if prefix != _DATA and prefix in column:  # an empty `id` or `event` value
        plain = min(plain, column.index(prefix))
    return plain


def _decode_all(values: list[bytes]) -> list[str]:
    try:
        # Strict decoding without arguments is the cheapest call, and valid UTF-8 the rule.
        return list(map(bytes.decode, values))
    except UnicodeDecodeError:
        return list(map(decode_text, values))


def plain_run(
    lines: list[bytes], start: int, events: list[ServerSentEvent], window: int, id_buffer: str
) -> tuple[int, str | None]:
    """Decode the run of plain events at ``lines[start:]`` (at most ``window`` of them) that
    share the first one's field order into ``events``.

    ``id_buffer`` is the event ID in effect before the run. Returns the number of lines
    consumed and the run's last ``id`` value (``None`` when its events carry none), which the
    decoder commits. The run is checked and cut into values a whole column at a time by C-level
    string methods instead of reading each line in Python.
    """
    if window < _MIN_RUN:
        return 0, None
    shape = _plain_shape(lines, start)
    if shape is None:
        return 0, None
    stride = len(shape) + 1
    groups = min((len(lines) - start) // stride, window)
    # Bound the run by its blank lines first, so an irregular stream costs little here.
    blanks = lines[start + stride - 1 : start + stride * groups : stride]
    if blanks.count(b"") != groups:
        groups = next(compress(count(), blanks))
    if groups < _MIN_RUN:
        return 0, None
    stop = start + stride * groups
    data: list[bytes] = []
    texts: dict[bytes, list[str]] = {}
    for offset, prefix in enumerate(shape):
        column = lines[start + offset : stop : stride]
        # Lines hold no LF, so in the LF-joined column every line but the first starts
        # right after an LF: splitting on LF + prefix checks them all at once (the first
        # line's prefix was checked by _plain_shape).
        joined = b"\n".join(column)
        if prefix == _DATA:
            data = joined.split(b"\n" + prefix)
            plain = len(data) == groups
        else:  # short values: one decode for the column (LF is ASCII: same as per line)
            parts = texts[prefix] = decode_text(joined).split(_SEPARATORS[prefix])
            plain = len(parts) == groups and prefix not in column
        if not plain:
            # Some event in the window is not plain: redo with the exact plain prefix.
            return plain_run(lines, start, events, _plain_prefix(column, prefix), id_buffer)
    data[0] = data[0][len(_DATA) :]
    for prefix, parts in texts.items():
        parts[0] = parts[0][len(prefix) :]
    types = texts.get(b"event: ")
    ids = texts.get(b"id: ")
    fields = zip(
        repeat("message") if types is None else types,
        _decode_all(data),
        repeat(id_buffer or None) if ids is None else ids,
        repeat(None),
    )
    events.extend(map(new_event, repeat(ServerSentEvent), fields))
    return stride * groups, None if ids is None else ids[-1]
