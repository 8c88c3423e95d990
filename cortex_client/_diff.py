"""Pure change computation for watches: diff two states, apply changes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Generic, Literal, TypeVar

from ._document import resolve
from ._errors import DocumentDecodeError

__all__ = ["Change", "ChangeType", "apply_changes", "diff"]

T = TypeVar("T")
ChangeType = Literal["added", "modified", "removed"]


class Change(Generic[T]):
    """One document's change between two snapshots (read-only).

    ``data`` is the new state (for ``removed``: the last known state, as in Firestore);
    ``previous`` the state before (``None`` for ``added``). Documents a watch received in events
    are decoded into their models when ``data`` or ``previous`` is first read.
    """

    __slots__ = ("_data", "_previous", "id", "type")

    def __init__(self, type: ChangeType, id: str, data: T, previous: T | None = None) -> None:
        self.type = type
        self.id = id
        self._data = data
        self._previous = previous

    @property
    def data(self) -> T:
        """The document after the change (the last known one for ``removed``)."""
        return resolve(self._data)  # type: ignore[no-any-return]

    @property
    def previous(self) -> T | None:
        """The document before the change (``None`` for ``added``)."""
        return resolve(self._previous)  # type: ignore[no-any-return]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Change):
            return NotImplemented
        return (self.type, self.id, self._data, self._previous) == (
            other.type,
            other.id,
            other._data,
            other._previous,
        )

    __hash__ = None  # type: ignore[assignment]  # documents are mutable attrs models

    def __repr__(self) -> str:
        data, previous = _shown(self._data), _shown(self._previous)
        return f"Change({self.type!r}, {self.id!r}, data={data}, previous={previous})"


def _shown(value: object) -> str:
    # A repr must not raise: a document that cannot be decoded shows as what was received.
    try:
        return repr(resolve(value))
    except DocumentDecodeError:
        return repr(value)


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


def apply_changes(state: Mapping[str, T], changes: Iterable[Change[T]]) -> dict[str, T]:
    """``state`` with ``changes`` applied in order (a replay; the input is left untouched)."""
    result: dict[str, Any] = dict(state)
    for change in changes:
        if change.type == "removed":
            result.pop(change.id, None)
        else:
            result[change.id] = change.data
    return result
