"""Pure diff logic behind watches: diff, apply_changes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cortex_client._diff import Change, apply_changes, diff


def test_diff_of_equal_states_is_empty() -> None:
    assert diff({"a": 1}, {"a": 1}) == []


def test_diff_reports_added_modified_removed_with_previous() -> None:
    changes = diff({"a": 1, "b": 2}, {"b": 3, "c": 4})
    assert changes == [
        Change("removed", "a", 1, 1),
        Change("modified", "b", 3, 2),
        Change("added", "c", 4, None),
    ]


def test_apply_changes_does_not_mutate_its_input() -> None:
    state = {"a": 1}
    apply_changes(state, [Change("removed", "a", 1, 1)])
    assert state == {"a": 1}


states = st.dictionaries(st.sampled_from("abcdefgh"), st.integers(0, 3), max_size=8)


@given(states, states)
def test_applying_a_diff_reproduces_the_target_state(
    old: dict[str, int], new: dict[str, int]
) -> None:
    assert apply_changes(old, diff(old, new)) == new


@given(states, states)
def test_diff_never_reports_an_unchanged_id(old: dict[str, int], new: dict[str, int]) -> None:
    for change in diff(old, new):
        assert old.get(change.id) != new.get(change.id) or (change.id in old) != (change.id in new)
