"""The event reader: what one DomainEvent does to one watched collection.

:func:`read_event` is pure: an event and a :class:`Scope` in, a :data:`Reading` out. Every
watch of the same scope reads an event the same way, so :func:`reader_for` hands them one
shared reader that remembers its last reading: with 1,000 watches of a collection, an event
is read once, not 1,000 times.

An event of the collection's type that carries no document and does not say one was created,
updated or deleted (action ``occurred``: ``participant.joined`` / ``participant.left`` from the
voice server, say) changes none of the collection's documents and reads as None. One that does
say so but carries no full document reads as :class:`Fetch` of the id it names.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ._document import LazyDocument
from ._events import read_envelope, resource_id
from ._generated import models as _models
from ._targets import WatchTarget

__all__ = [
    "Fetch",
    "Reading",
    "Remove",
    "Scope",
    "SharedReader",
    "Upsert",
    "read_event",
    "reader_for",
]

_OCCURRED = "occurred"
_UPSERT_ACTIONS = frozenset({"created", "updated", _OCCURRED})


class Upsert(NamedTuple):
    """The event carries the document ``id`` now holds (decoded when first read)."""

    id: str
    document: LazyDocument


class Remove(NamedTuple):
    """The event removes document ``id``."""

    id: str


class Fetch(NamedTuple):
    """The event changes the collection but carries no document to hold: fetch document
    ``id`` (or the whole collection when the id is unknown)."""

    id: str | None


#: What an event does to a collection; None: nothing (another collection's, another parent's).
Reading = Upsert | Remove | Fetch | None


@dataclass(frozen=True)
class Scope:
    """What a watch follows: one collection of :data:`WATCHABLE` (of one parent, if nested)."""

    target: WatchTarget
    parent_id: str | None = None
    model: Any = field(init=False, compare=False, repr=False)
    required: frozenset[str] = field(init=False, compare=False, repr=False)
    prefix: str = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        model = getattr(_models, self.target.model)
        object.__setattr__(self, "model", model)
        object.__setattr__(self, "required", getattr(model, "_required_keys", frozenset()))
        object.__setattr__(self, "prefix", self.target.events + ".")


def read_event(event: Mapping[str, Any], scope: Scope) -> Reading:
    """What ``event`` (a DomainEvent JSON object) does to the collection of ``scope``."""
    kind, action, data, resource = read_envelope(event)
    prefix = scope.prefix
    if not kind.startswith(prefix) or "." in kind[len(prefix) :]:
        return None  # another collection's event, or a sub-resource's (message.annotation.*)
    if data is None:
        return None if action == _OCCURRED else Fetch(resource_id(resource))
    target = scope.target
    item = data if target.id_field in data else _item_of(data, target.events)
    if action == _OCCURRED and not item.keys() >= scope.required:
        return None  # something happened to the resource (a voice join), not a new state
    parent_key = target.parent_key
    if parent_key is not None and item.get(parent_key, data.get(parent_key)) != scope.parent_id:
        return None
    item_id = item.get(target.id_field)
    if type(item_id) is not str:
        item_id = resource_id(resource)
        if item_id is None:
            return Fetch(None)
    if action == "deleted":
        return Remove(item_id)
    # Decoding waits until someone reads the document; a missing field is found now.
    if action not in _UPSERT_ACTIONS or not item.keys() >= scope.required:
        return Fetch(item_id)
    return Upsert(item_id, LazyDocument(item, scope.model, item_id))


def _item_of(data: Mapping[str, Any], prefix: str) -> Mapping[str, Any]:
    """The resource of an event whose data has no id of its own: some events wrap it
    (gathering.member.joined has {"member": {...}, ...})."""
    wrapped = data.get(prefix.rsplit(".", 1)[-1])
    return wrapped if isinstance(wrapped, Mapping) else data


class SharedReader:
    """:func:`read_event` for one scope, remembering the last event's reading (events reach
    every watch of a hub in turn, so the watches sharing this reader read each one once)."""

    __slots__ = ("__weakref__", "_memo", "scope")

    def __init__(self, scope: Scope) -> None:
        self.scope = scope
        # One attribute, replaced whole: readers in two threads never see half of another's.
        self._memo: tuple[object, Reading] = (None, None)

    def __call__(self, event: Mapping[str, Any]) -> Reading:
        """The reading of ``event`` (the JSON object as the hub delivered it)."""
        last, reading = self._memo
        if event is last:
            return reading
        reading = read_event(event, self.scope)
        self._memo = (event, reading)
        return reading


_readers: weakref.WeakValueDictionary[Scope, SharedReader] = weakref.WeakValueDictionary()


def reader_for(scope: Scope) -> SharedReader:
    """The reader shared by every live watch of ``scope``."""
    reader = _readers.get(scope)
    if reader is None:
        reader = _readers[scope] = SharedReader(scope)
    return reader
