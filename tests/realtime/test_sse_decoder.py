"""The WHATWG event-stream decoder: parsing rules, chunking independence, limits."""

from __future__ import annotations

import contextlib
import itertools
import re
import sys
from collections.abc import AsyncIterator, Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cortex_client._sse import (
    MAX_RETRY_MS,
    ServerSentEvent,
    SSEDecoder,
    StreamError,
    aiter_sse,
)

BOM = b"\xef\xbb\xbf"
SSE = ServerSentEvent


# --- helpers ---------------------------------------------------------------------------------


def feed_chunks(chunks: list[bytes], decoder: SSEDecoder | None = None) -> list[SSE]:
    decoder = decoder or SSEDecoder()
    events: list[SSE] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    events.extend(decoder.close())
    return events


def one_chunk(stream: bytes) -> list[SSE]:
    return feed_chunks([stream])


def byte_by_byte(stream: bytes) -> list[SSE]:
    return feed_chunks([stream[i : i + 1] for i in range(len(stream))])


def split_at(stream: bytes, cuts: list[int]) -> list[bytes]:
    bounds = [0, *sorted(cuts), len(stream)]
    return [stream[a:b] for a, b in itertools.pairwise(bounds)]


def reference_events(stream: bytes) -> list[SSE]:
    """A literal transcription of the spec: decode everything, then split lines, then interpret."""
    if stream.startswith(BOM):
        stream = stream[3:]
    lines = re.split("\r\n|\r|\n", stream.decode("utf-8", "replace"))
    lines.pop()  # the last line has no line end: discarded at EOF
    events: list[SSE] = []
    data, event_type, id_buffer, retry = "", "", "", None
    for line in lines:
        if line == "":
            if data:
                events.append(SSE(event_type or "message", data[:-1], id_buffer or None, retry))
            data, event_type, retry = "", "", None
            continue
        if line.startswith(":"):
            continue
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            data += value + "\n"
        elif name == "event":
            event_type = value
        elif name == "id" and "\0" not in value:
            id_buffer = value
        elif name == "retry" and value.isascii() and value.isdigit():
            retry = min(int(value), MAX_RETRY_MS)
    return events


# --- the parsing rules, table-driven ---------------------------------------------------------

RULES: list[tuple[str, bytes, list[SSE]]] = [
    ("simple_data_line", b"data: hello\n\n", [SSE(data="hello")]),
    ("colon_inside_value_is_kept", b"data: a:b\n\n", [SSE(data="a:b")]),
    ("field_without_colon_has_empty_value", b"data\n\n", [SSE(data="")]),
    ("two_bare_data_lines_give_one_newline", b"data\ndata\n\n", [SSE(data="\n")]),
    ("value_without_space_after_colon", b"data:x\n\n", [SSE(data="x")]),
    ("only_one_leading_space_is_stripped", b"data:  x\n\n", [SSE(data=" x")]),
    ("trailing_spaces_are_kept", b"data: x  \n\n", [SSE(data="x  ")]),
    ("empty_data_value_still_dispatches", b"data:\n\n", [SSE(data="")]),
    ("multi_line_data_is_joined_with_lf", b"data: a\ndata: b\ndata: c\n\n", [SSE(data="a\nb\nc")]),
    ("cr_only_line_ends", b"data: a\rdata: b\r\r", [SSE(data="a\nb")]),
    ("crlf_line_ends", b"data: a\r\ndata: b\r\n\r\n", [SSE(data="a\nb")]),
    ("mixed_line_ends", b"data: a\rdata: b\r\ndata: c\n\r\n", [SSE(data="a\nb\nc")]),
    ("lf_cr_is_two_line_ends", b"data: a\n\rdata: b\n\n", [SSE(data="a"), SSE(data="b")]),
    ("comment_lines_are_ignored", b": ping\ndata: x\n:another\n\n", [SSE(data="x")]),
    ("comment_only_block_dispatches_nothing", b": ping\n\n", []),
    ("event_type_is_set", b"event: update\ndata: x\n\n", [SSE("update", "x")]),
    ("empty_event_type_means_message", b"event:\ndata: x\n\n", [SSE("message", "x")]),
    (
        "event_type_resets_after_dispatch",
        b"event: a\ndata: 1\n\ndata: 2\n\n",
        [SSE("a", "1"), SSE("message", "2")],
    ),
    ("event_type_resets_without_dispatch", b"event: a\n\ndata: 2\n\n", [SSE("message", "2")]),
    ("empty_data_is_not_dispatched", b"event: foo\n\nid: 3\n\n", []),
    ("unknown_fields_are_ignored", b"foo: bar\ndata: x\n\n", [SSE(data="x")]),
    ("field_names_are_case_sensitive", b"Data: x\n\n", []),
    ("space_before_colon_is_part_of_the_name", b"data : x\n\n", []),
    ("id_is_attached", b"id: 1\ndata: a\n\n", [SSE(data="a", id="1")]),
    (
        "id_persists_to_later_events",
        b"id: 7\ndata: a\n\ndata: b\n\n",
        [SSE(data="a", id="7"), SSE(data="b", id="7")],
    ),
    (
        "id_without_value_resets",
        b"id: 1\ndata: a\n\nid\ndata: b\n\n",
        [SSE(data="a", id="1"), SSE(data="b", id=None)],
    ),
    (
        "id_with_empty_value_resets",
        b"id: 1\ndata: a\n\nid: \ndata: b\n\n",
        [SSE(data="a", id="1"), SSE(data="b", id=None)],
    ),
    (
        "id_containing_nul_is_ignored",
        b"id: 1\ndata: a\n\nid: 2\x003\ndata: b\n\n",
        [SSE(data="a", id="1"), SSE(data="b", id="1")],
    ),
    ("third_line_of_a_block_is_read", b"id: 1\ndata: a\nevent: x\n\n", [SSE("x", "a", "1")]),
    ("data_without_space_after_an_id", b"id: 9\ndata:a\n\n", [SSE(data="a", id="9")]),
    ("id_without_space_before_data", b"id:9\ndata: a\n\n", [SSE(data="a", id="9")]),
    (
        "bare_id_before_data",
        b"id: 1\ndata: a\n\nid\ndata: b\n\n",
        [SSE(data="a", id="1"), SSE(data="b")],
    ),
    ("id_then_other_field_dispatches_nothing", b"id: 9\nevent: x\n\n", []),
    (
        "data_without_space_after_a_comment_block",
        b": c\n\nid: 9\ndata:a\n\n",
        [SSE(data="a", id="9")],
    ),
    (
        "event_and_id_in_any_order",
        b"id: 1\nevent: t\ndata: a\n\nevent: u\nid: 2\ndata: b\n\n",
        [SSE("t", "a", "1"), SSE("u", "b", "2")],
    ),
    (
        "empty_event_among_typed_events",
        b"event: t\ndata: a\n\nevent: \ndata: b\n\n",
        [SSE("t", "a"), SSE("message", "b")],
    ),
    ("repeated_field_in_a_block", b"event: t\nevent: u\ndata: a\n\n", [SSE("u", "a")]),
    ("multi_line_data_in_consecutive_blocks", b"data: a\ndata: b\n\n" * 3, [SSE(data="a\nb")] * 3),
    (
        "repeated_field_in_consecutive_blocks",
        b"event: t\nevent: u\ndata: a\n\n" * 3,
        [SSE("u", "a")] * 3,
    ),
    ("comment_between_id_and_data", b"id: 9\n: c\ndata: a\n\n", [SSE(data="a", id="9")]),
    ("id_may_follow_data_in_the_block", b"data: a\nid: 9\n\n", [SSE(data="a", id="9")]),
    ("retry_with_digits_is_taken", b"retry: 1000\ndata: x\n\n", [SSE(data="x", retry=1000)]),
    ("retry_with_words_is_ignored", b"retry: one thousand\ndata: x\n\n", [SSE(data="x")]),
    ("retry_with_sign_is_ignored", b"retry: -5\ndata: x\n\n", [SSE(data="x")]),
    ("retry_with_fraction_is_ignored", b"retry: 1.5\ndata: x\n\n", [SSE(data="x")]),
    ("retry_empty_is_ignored", b"retry:\ndata: x\n\n", [SSE(data="x")]),
    ("retry_with_non_ascii_digits_is_ignored", "retry: ١٢\ndata: x\n\n".encode(), [SSE(data="x")]),
    (
        "retry_belongs_to_its_block_only",
        b"retry: 5\ndata: a\n\ndata: b\n\n",
        [SSE(data="a", retry=5), SSE(data="b")],
    ),
    ("leading_bom_is_stripped", BOM + b"data: x\n\n", [SSE(data="x")]),
    ("second_bom_is_not_stripped", BOM + BOM + b"data: x\n\n", []),
    ("bom_after_the_start_is_not_stripped", b"data: x\n\n" + BOM + b"data: y\n\n", [SSE(data="x")]),
    ("bom_inside_data_is_kept", b"data: " + BOM + b"\n\n", [SSE(data="\ufeff")]),
    (
        "u2028_inside_data_is_kept",
        "data: a\u2028b\u2029c\n\n".encode(),
        [SSE(data="a\u2028b\u2029c")],
    ),
    (
        "other_unicode_breaks_are_kept",
        "data: a\x85b\x0bc\x0cd\n\n".encode(),
        [SSE(data="a\x85b\x0bc\x0cd")],
    ),
    ("invalid_utf8_becomes_replacement", b"data: \xff\xfe\n\n", [SSE(data="\ufffd\ufffd")]),
    ("truncated_utf8_before_lf_is_replaced", b"data: \xe2\x82\n\n", [SSE(data="\ufffd")]),
    ("multibyte_utf8_is_decoded", "data: Grüße — 日本\n\n".encode(), [SSE(data="Grüße — 日本")]),
    ("unterminated_event_is_discarded", b"data: x\n", []),
    ("unterminated_line_is_discarded", b"data: x", []),
    ("only_complete_events_survive_eof", b"data: x\n\ndata: y\n", [SSE(data="x")]),
    ("leading_blank_lines_dispatch_nothing", b"\n\n\r\ndata: x\n\n", [SSE(data="x")]),
    ("empty_stream_has_no_events", b"", []),
]

CHUNKERS: list[tuple[str, Callable[[bytes], list[SSE]]]] = [
    ("one_chunk", one_chunk),
    ("byte_by_byte", byte_by_byte),
]


@pytest.mark.parametrize("chunker", [c for _, c in CHUNKERS], ids=[n for n, _ in CHUNKERS])
@pytest.mark.parametrize(("stream", "expected"), [r[1:] for r in RULES], ids=[r[0] for r in RULES])
def test_rule(stream: bytes, expected: list[SSE], chunker: Callable[[bytes], list[SSE]]) -> None:
    assert chunker(stream) == expected


@pytest.mark.parametrize("stream", [r[1] for r in RULES], ids=[r[0] for r in RULES])
def test_rule_holds_after_plain_events(stream: bytes) -> None:
    # The decoder reads runs of plain `id` + `data` events column-wise; a rule's stream placed
    # after such a run (and before another) must still be read line by line.
    plain = b"".join(b"id: %d\ndata: p\n\n" % n for n in range(3))
    for whole in (plain + stream + plain, plain + stream + b"\n\n" + plain):
        assert one_chunk(whole) == reference_events(whole)


@pytest.mark.parametrize(("stream", "expected"), [r[1:] for r in RULES], ids=[r[0] for r in RULES])
def test_reference_agrees_with_rule_table(stream: bytes, expected: list[SSE]) -> None:
    # Keeps the oracle used by the property tests below honest.
    assert reference_events(stream) == expected


# --- chunk boundaries ------------------------------------------------------------------------


def test_crlf_split_across_chunks_is_one_line_end() -> None:
    assert feed_chunks([b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n"]) == [SSE(data="a\nb")]


def test_cr_at_chunk_end_ends_the_line_at_once() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r\r") == [SSE(data="a")]


def test_cr_then_empty_chunk_then_lf_is_still_one_line_end() -> None:
    assert feed_chunks([b"data: a\r", b"", b"\n\r\n"]) == [SSE(data="a")]


def test_utf8_character_split_across_chunks_is_decoded() -> None:
    stream = "data: 日本 — ü\n\n".encode()
    assert byte_by_byte(stream) == [SSE(data="日本 — ü")]


def test_bom_split_across_chunks_is_stripped() -> None:
    assert feed_chunks([b"\xef", b"\xbb", b"\xbfdata: x\n\n"]) == [SSE(data="x")]


def test_partial_bom_prefix_is_not_stripped() -> None:
    # EF BB followed by something else is not a BOM: the bytes stay (as U+FFFD) in the name.
    assert feed_chunks([b"\xef\xbb", b"data: x\n\n"]) == []


def test_events_are_returned_by_the_chunk_that_completes_them() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n") == []
    assert decoder.feed(b"\ndata: b\n\nda") == [SSE(data="a"), SSE(data="b")]
    assert decoder.feed(b"ta: c\n\n") == [SSE(data="c")]


def test_plain_runs_interleaved_with_other_blocks_keep_order_and_ids() -> None:
    plain = b"".join(b'id: %d\ndata: {"n": %d}\n\n' % (n, n) for n in range(600))
    stream = plain + b": ping\n\nevent: x\ndata: y\n\nid: \ndata: z\n\n" + plain
    expected = reference_events(stream)
    assert len(expected) == 1202
    assert one_chunk(stream) == expected
    assert feed_chunks(split_at(stream, list(range(0, len(stream), 4096)))) == expected


# --- decoder state ---------------------------------------------------------------------------


def test_last_event_id_is_committed_by_the_blank_line() -> None:
    decoder = SSEDecoder()
    decoder.feed(b"id: 1\ndata: a\n\nid: 2\n")
    assert decoder.last_event_id == "1"
    decoder.feed(b"\n")
    assert decoder.last_event_id == "2"


def test_last_event_id_starts_empty_and_resets_on_empty_id() -> None:
    decoder = SSEDecoder()
    assert decoder.last_event_id == ""
    decoder.feed(b"id: 5\n\nid\n\n")
    assert decoder.last_event_id == ""


def test_retry_property_keeps_the_latest_valid_value() -> None:
    decoder = SSEDecoder()
    assert decoder.retry is None
    decoder.feed(b"retry: 3000\n\nretry: soon\n\ndata: x\n\n")
    assert decoder.retry == 3000


@pytest.mark.parametrize("digits", [b"99999999999", b"9" * 400, b"1" + b"0" * 5000])
def test_huge_retry_is_capped(digits: bytes) -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"retry: " + digits + b"\ndata: x\n\n") == [
        SSE(data="x", retry=MAX_RETRY_MS)
    ]
    assert decoder.retry == MAX_RETRY_MS


def test_flood_of_empty_data_lines_holds_no_more_than_the_event_limit() -> None:
    # Each empty `data:` line adds one byte (its newline) to the event: the limit must bound
    # the memory those lines hold (a list entry alone is 8 bytes), not only their byte count.
    limit = 1 << 20
    decoder = SSEDecoder(max_event_bytes=limit)
    chunk = b"data:\n" * 60_000
    largest = 0
    with pytest.raises(StreamError, match="max_event_bytes"):
        while True:
            decoder.feed(chunk)
            held = sys.getsizeof(decoder._data) + sys.getsizeof(getattr(decoder, "_spill", b""))
            largest = max(largest, held)
    assert limit // 2 < largest < limit + limit // 4


def test_close_discards_the_pending_event_and_starts_a_new_stream() -> None:
    decoder = SSEDecoder()
    decoder.feed(b"id: 4\nretry: 10\ndata: a\n\ndata: partial\nda")
    assert decoder.close() == []
    assert decoder.last_event_id == "4"
    assert decoder.retry == 10
    # A fresh stream: its own leading BOM is stripped, the old partial line is gone.
    assert decoder.feed(BOM + b"ta: b\n\ndata: c\n\n") == [SSE(data="c", id="4")]


def test_event_is_immutable() -> None:
    event = SSE(data="x")
    with pytest.raises(AttributeError):
        event.data = "y"  # type: ignore[misc]


# --- limits ----------------------------------------------------------------------------------


def test_line_at_the_cap_is_accepted() -> None:
    decoder = SSEDecoder(max_line_bytes=10)
    assert decoder.feed(b"data: 1234\n\n") == [SSE(data="1234")]


def test_complete_line_over_the_cap_raises() -> None:
    decoder = SSEDecoder(max_line_bytes=10)
    with pytest.raises(StreamError, match="max_line_bytes=10"):
        decoder.feed(b"data: 12345\n\n")


def test_unterminated_line_over_the_cap_raises_before_its_end() -> None:
    decoder = SSEDecoder(max_line_bytes=10)
    decoder.feed(b"data: 1234")
    with pytest.raises(StreamError, match="line longer"):
        decoder.feed(b"5")


def test_huge_line_raises_before_it_is_buffered() -> None:
    cap = 1 << 20
    decoder = SSEDecoder(max_line_bytes=cap)
    piece = b"x" * (64 << 10)
    fed = 0
    with pytest.raises(StreamError):
        for _ in range((10 << 20) // len(piece)):  # a 10 MiB line
            decoder.feed(piece)
            fed += len(piece)
    assert cap - len(piece) <= fed <= cap


def test_event_at_the_cap_is_accepted() -> None:
    # The cap counts the spec's data buffer: each value plus its LF.
    decoder = SSEDecoder(max_event_bytes=10)
    assert decoder.feed(b"data: 1234\ndata: 5678\n\n") == [SSE(data="1234\n5678")]


def test_event_over_the_cap_raises() -> None:
    decoder = SSEDecoder(max_event_bytes=10)
    with pytest.raises(StreamError, match="max_event_bytes=10"):
        decoder.feed(b"data: 1234\ndata: 56789\n\n")


def test_event_cap_counts_utf8_bytes_not_characters() -> None:
    decoder = SSEDecoder(max_event_bytes=10)
    with pytest.raises(StreamError):
        decoder.feed("data: ééééé\n\n".encode())  # 5 characters, 10 bytes, plus the LF


def test_event_growing_over_many_chunks_raises_before_it_ends() -> None:
    decoder = SSEDecoder(max_event_bytes=1000)
    with pytest.raises(StreamError):
        for _ in range(1000):
            decoder.feed(b"data: " + b"y" * 50 + b"\n")


def test_decoder_refuses_input_after_an_error() -> None:
    decoder = SSEDecoder(max_line_bytes=4)
    with pytest.raises(StreamError):
        decoder.feed(b"data: x\n\n")
    with pytest.raises(StreamError, match="earlier error"):
        decoder.feed(b"\n")


@pytest.mark.parametrize(("line", "event"), [(0, 10), (10, 0), (-1, 10)])
def test_non_positive_caps_are_rejected(line: int, event: int) -> None:
    with pytest.raises(ValueError, match="positive"):
        SSEDecoder(max_line_bytes=line, max_event_bytes=event)


# --- async helper ----------------------------------------------------------------------------


async def _chunks(*parts: bytes) -> AsyncIterator[bytes]:
    for part in parts:
        yield part


async def test_aiter_sse_yields_events_across_chunks() -> None:
    events = [e async for e in aiter_sse(_chunks(b"id: 1\nda", b"ta: a\n\ndata: b\n\ndata: c"))]
    assert events == [SSE(data="a", id="1"), SSE(data="b", id="1")]


async def test_aiter_sse_uses_the_given_decoder() -> None:
    decoder = SSEDecoder()
    events = [e async for e in aiter_sse(_chunks(b"id: 9\nretry: 7\ndata: a\n\n"), decoder)]
    assert events == [SSE(data="a", id="9", retry=7)]
    assert (decoder.last_event_id, decoder.retry) == ("9", 7)


# --- properties ------------------------------------------------------------------------------

_LINE_ENDS = [b"\n", b"\r", b"\r\n"]
_FIELDS = [
    b"id: 1",
    b"id: 22",
    b"id:3",
    b"id: ",
    b"id",
    b"id: 4\x005",
    b"data: x",
    b"data:y",
    b"data",
    b"data: ",
    b"data: a:b",
    "data: é—\u2028".encode(),
    b"data: \xff\xe2\x82",
    b"event: e",
    b"event:",
    b"retry: 10",
    b"retry: x",
    b": ping",
    b":",
    b"",
    b"",
    b"",
    b"foo: bar",
    BOM,
]


_PLAIN_VALUES = [b"{}", b"", b"x", "é—\u2028".encode(), b"a:b", b"7", b" lead"]


@st.composite
def plain_shapes(draw: st.DrawFn) -> list[bytes]:
    """The field order of a plain event: `data` plus optional `id` and `event`, any order."""
    fields = [b"data", *draw(st.lists(st.sampled_from([b"id", b"event"]), unique=True))]
    return draw(st.permutations(fields))


@st.composite
def plain_events(draw: st.DrawFn, shape: list[bytes]) -> bytes:
    """One event of the decoder's fast-path shape; values may be empty (not plain then)."""
    lines = [name + b": " + draw(st.sampled_from(_PLAIN_VALUES)) for name in shape]
    return b"\n".join(lines) + b"\n\n"


@st.composite
def field_streams(draw: st.DrawFn) -> bytes:
    """Streams of realistic lines and edge cases with random line ends, and runs of plain
    events (the decoder's fast path), some with one line changed."""
    pieces = []
    kinds = st.sampled_from(["line", "plain", "run", "near_plain"])
    for kind in draw(st.lists(kinds, max_size=30)):
        if kind == "line":
            pieces.append(draw(st.sampled_from(_FIELDS)) + draw(st.sampled_from(_LINE_ENDS)))
        elif kind == "plain":
            pieces.append(draw(plain_events(draw(plain_shapes()))))
        elif kind == "run":
            shape = draw(plain_shapes())
            pieces.extend(draw(st.lists(plain_events(shape), min_size=2, max_size=8)))
        else:
            lines = draw(plain_events(draw(plain_shapes()))).split(b"\n")
            lines[draw(st.integers(0, len(lines) - 2))] = draw(st.sampled_from(_FIELDS))
            pieces.append(b"\n".join(lines))
    head = draw(st.sampled_from([b"", BOM]))
    tail = draw(st.sampled_from([b"", b"data: unterminated", b"\r"]))
    return head + b"".join(pieces) + tail


@st.composite
def chunkings(draw: st.DrawFn, stream: bytes) -> list[bytes]:
    cuts = draw(st.lists(st.integers(0, len(stream)), max_size=12))
    return split_at(stream, cuts)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_field_streams_match_the_reference_in_any_chunking(data: st.DataObject) -> None:
    stream = data.draw(field_streams())
    expected = reference_events(stream)
    assert one_chunk(stream) == expected
    assert byte_by_byte(stream) == expected
    assert feed_chunks(data.draw(chunkings(stream))) == expected


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_arbitrary_bytes_match_the_reference_in_any_chunking(data: st.DataObject) -> None:
    stream = data.draw(st.binary(max_size=200))
    expected = reference_events(stream)
    assert one_chunk(stream) == expected
    assert feed_chunks(data.draw(chunkings(stream))) == expected


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_arbitrary_bytes_with_small_caps_raise_only_stream_error(data: st.DataObject) -> None:
    stream = data.draw(st.one_of(st.binary(max_size=300), field_streams()))
    decoder = SSEDecoder(max_line_bytes=data.draw(st.integers(1, 16)), max_event_bytes=16)
    with contextlib.suppress(StreamError):
        feed_chunks(data.draw(chunkings(stream)), decoder)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_whether_a_cap_is_hit_does_not_depend_on_chunking(data: st.DataObject) -> None:
    stream = data.draw(field_streams())
    outcomes: list[list[SSE] | None] = []
    for chunks in ([stream], data.draw(chunkings(stream))):
        try:
            outcomes.append(feed_chunks(chunks, SSEDecoder(max_line_bytes=8, max_event_bytes=12)))
        except StreamError:
            outcomes.append(None)
    assert outcomes[0] == outcomes[1]
