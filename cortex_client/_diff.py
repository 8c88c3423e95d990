"""Pure change computation for watches: diff two states, apply changes, keep a stable order."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

__all__ = ["Change", "ChangeType", "apply_changes", "diff", "diff_keys", "merge_order"]

T = TypeVar("T")
ChangeType = Literal["added", "modified", "removed"]


@dataclass(frozen=True)
class Change(Generic[T]):
    """One document's change between two snapshots.

    ``data`` is the new state (for ``removed``: the last known state, as in Firestore);
    ``previous`` the state before (``None`` for ``added``).
    """

    type: ChangeType
    id: str
    data: T
    previous: T | None = None


def diff(old: Mapping[str, T], new: Mapping[str, T]) -> list[Change[T]]:
    """The changes that turn ``old`` into ``new``: removals (in ``old``'s order) first, then
    additions and modifications in ``new``'s order. Equal values give no change."""
    changes: list[Change[T]] = [
        Change("removed", key, value, value) for key, value in old.items() if key not in new
    ]
    for key, value in new.items():
        if key not in old:
            changes.append(Change("added", key, value))
        elif old[key] != value:
            changes.append(Change("modified", key, value, old[key]))
    return changes


def diff_keys(old: Mapping[str, T], new: Mapping[str, T], keys: Iterable[str]) -> list[Change[T]]:
    """``diff(old, new)`` when only ``keys`` can differ: removals first, then additions and
    modifications, each in ``keys`` order. Equal values (or the same object) give no change."""
    removed: list[Change[T]] = []
    changed: list[Change[T]] = []
    for key in keys:
        if key not in new:
            if key in old:
                removed.append(Change("removed", key, old[key], old[key]))
        elif key not in old:
            changed.append(Change("added", key, new[key]))
        else:
            before, after = old[key], new[key]
            # `not ==` rather than `!=`: attrs' __ne__ is a Python call that calls __eq__ again.
            if before is not after and not before == after:  # noqa: SIM201
                changed.append(Change("modified", key, after, before))
    return removed + changed


def merge_order(held: Mapping[str, T], fresh: Mapping[str, T]) -> dict[str, T]:
    """``fresh``'s content in a stable order: ids already held keep their place, new ids follow
    in ``fresh``'s order."""
    merged = {key: fresh[key] for key in held if key in fresh}
    merged.update((key, value) for key, value in fresh.items() if key not in merged)
    return merged


def apply_changes(state: Mapping[str, T], changes: Iterable[Change[T]]) -> dict[str, T]:
    """``state`` with ``changes`` applied in order (a replay; the input is left untouched)."""
    result = dict(state)
    for change in changes:
        if change.type == "removed":
            result.pop(change.id, None)
        else:
            result[change.id] = change.data
    return result
