"""A watch's state: in-place updates, versions that keep their content and order, lazy decoding."""

from __future__ import annotations

import gc
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cortex_client import DocumentDecodeError
from cortex_client import _state as state_module
from cortex_client._diff import Change, apply_changes, diff
from cortex_client._document import LazyDocument, resolve
from cortex_client._generated.models import SessionResponse
from cortex_client._state import State, StateView

SESSION = {
    "id": "ses_1",
    "tenantId": "tnt_1",
    "externalRoomId": "room-1",
    "projectId": "prj_1",
    "gateway": "gw",
    "title": "Standup",
    "createdByUserId": "usr_1",
    "createdAt": "2025-03-01T10:00:00Z",
    "status": "active",
}


def test_replace_keeps_held_positions_and_appends_new_ids() -> None:
    state = State({"b": 0, "a": 0})
    state.replace({"a": 1, "c": 3, "b": 2})
    assert list(state.view().items()) == [("b", 2), ("a", 1), ("c", 3)]


def test_apply_reports_removals_first_and_ignores_equal_documents() -> None:
    state = State({"a": 1, "b": 2})
    changes = state.apply({"b": 2, "c": 3, "a": None})
    assert changes == [Change("removed", "a", 1, 1), Change("added", "c", 3)]
    assert state.apply({"b": 2}) == []


def test_a_view_never_changes_after_later_updates() -> None:
    state = State({"a": 1, "b": 2})
    before = state.view()
    state.apply({"a": None, "b": 20, "c": 3})
    assert dict(before) == {"a": 1, "b": 2}
    assert list(before) == ["a", "b"]
    assert len(before) == 2
    assert "c" not in before and "a" in before
    assert dict(state.view()) == {"b": 20, "c": 3}


def test_iterating_a_current_view_survives_updates_made_meanwhile() -> None:
    state = State({"a": 1, "b": 2})
    view = state.view()
    seen = []
    for key in view:
        state.apply({key + "x": 0})
        seen.append((key, view[key]))
    assert seen == [("a", 1), ("b", 2)]


batches = st.lists(
    st.dictionaries(st.sampled_from("abcdefghij"), st.none() | st.integers(0, 3), max_size=6),
    max_size=25,
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from("abcdefghij"), st.integers(0, 3)), batches, st.booleans())
def test_every_version_keeps_the_content_and_order_it_was_published_with(
    initial: dict[str, int], updates: list[dict[str, int | None]], compact_often: bool
) -> None:
    """Each view, read after every later batch, shows what the live view showed at its time;
    the returned changes turn each version into the next (tombstone compaction included)."""
    original = state_module._COMPACT_AT
    state_module._COMPACT_AT = 1 if compact_often else original
    try:
        state = State(initial)
        published = [(state.view(), list(state.view().items()))]
        for batch in updates:
            before = dict(state.view())
            changes = state.apply(batch)
            after = {k: v for k, v in {**before, **batch}.items() if v is not None}
            assert apply_changes(before, changes) == after
            assert sorted(changes, key=lambda c: c.id) == sorted(
                diff(before, after), key=lambda c: c.id
            )
            published.append((state.view(), list(state.view().items())))
        for view, items in published:
            assert list(view.items()) == items
            assert len(view) == len(items)
    finally:
        state_module._COMPACT_AT = original


def test_pending_documents_decode_once_on_first_read() -> None:
    pending = LazyDocument(SESSION, SessionResponse)
    model = resolve(pending)
    assert isinstance(model, SessionResponse) and model.title == "Standup"
    assert resolve(pending) is model
    assert pending == model and pending == LazyDocument(dict(SESSION), SessionResponse)


def test_a_document_that_does_not_fit_raises_a_typed_error_that_keeps_it() -> None:
    bad = {**SESSION, "createdAt": "not a date"}
    pending = LazyDocument(bad, SessionResponse)
    with pytest.raises(DocumentDecodeError) as caught:
        pending.get()
    assert caught.value.raw is bad and caught.value.model == "SessionResponse"
    assert "not a date" in str(caught.value)
    # Comparing never raises: a document that cannot be read equals no model.
    assert pending != SessionResponse.from_dict(SESSION)


def test_changes_decode_their_documents_when_read() -> None:
    state = State()
    pending = LazyDocument(SESSION, SessionResponse)
    [change] = state.apply({"ses_1": pending})
    data: Any = change.data
    assert isinstance(data, SessionResponse)
    assert data is state.view()["ses_1"]


def test_a_snapshot_kept_for_long_does_not_keep_every_later_undo_log(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(state_module, "_COMPACT_AT", 16)
    state = State({f"d{n}": -1 for n in range(10)})
    kept = [state.view()]
    for n in range(5000):
        state.apply({f"d{n % 10}": n})
        if n == 2500:
            kept.append(state.view())
    gc.collect()
    versions = sum(type(o) is StateView for o in gc.get_objects())
    assert versions <= 2 * 16 + 4  # not 5,000: the kept views were rebuilt and let go
    assert dict(kept[0]) == {f"d{n}": -1 for n in range(10)}
    assert dict(kept[1]) == {f"d{n}": 2500 - (2500 - n) % 10 for n in range(10)}


def test_a_change_whose_document_cannot_be_decoded_still_has_a_repr() -> None:
    change = Change("added", "ses_1", LazyDocument({**SESSION, "createdAt": "?"}, SessionResponse))
    assert "LazyDocument SessionResponse" in repr(change)
    with pytest.raises(DocumentDecodeError):
        _ = change.data
