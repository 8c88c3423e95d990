"""DomainEvents: the envelope read in one place (:func:`read_envelope`), and the typed model of
an event (:func:`parse_event`), chosen by the ``type`` field.

The spec's ``DomainEvent`` is a ``oneOf`` the generator emits no class for. The table from event
type to model class is derived once, at import, from the generated event classes themselves
(every class shaped like an event envelope whose ``type`` field is an enum), so a regenerated
package with new event types needs no edit here. Unknown types, and known types whose body the
model cannot read, become the envelope class generator-config.yml's ``cortex_events.envelope``
names (``DomainEventEnvelope`` for Cortex); parsing never fails for them.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, NamedTuple, Protocol, cast

import attrs

from ._generated import models as _models
from ._generated.api import EVENTS
from ._logging import get_logger

__all__ = [
    "EVENT_CLASSES",
    "DomainEvent",
    "Envelope",
    "EventParseError",
    "event_type",
    "parse_event",
    "read_envelope",
    "resource_id",
]

_log = get_logger("cortex_client.events")

# Fields every event model has (attrs names); what tells an event class from other models.
_ENVELOPE_FIELDS = frozenset({"id", "type_", "source", "tenant_id", "resource_id", "payload"})


class DomainEvent(Protocol):
    """What every parsed event offers: the generated event classes and the envelope alike."""

    id: str
    tenant_id: str
    resource_id: str
    timestamp: str
    payload: Any

    @property
    def type_(self) -> str:
        """The event type, e.g. ``session.created`` (the generator names ``type`` ``type_``)."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The event as JSON-ready data."""
        ...


class Envelope(NamedTuple):
    """What a DomainEvent says it does, read without its model: ``type`` ("" when missing),
    ``action`` and ``data`` of its payload, and ``resource`` ("kind:id"); None where a field is
    missing or of the wrong type."""

    type: str
    action: str | None
    data: Mapping[str, Any] | None
    resource: str | None

    @property
    def resource_id(self) -> str | None:
        """The id part of ``resource`` (None when there is none)."""
        return resource_id(self.resource)


def resource_id(resource: str | None) -> str | None:
    """The id part of a ``resourceId`` "kind:id" (None when there is none)."""
    return (resource.partition(":")[2] or None) if resource is not None else None


def event_type(event: Mapping[str, Any]) -> str:
    """The ``type`` of a DomainEvent JSON object ("" when it has none)."""
    kind = event.get("type")
    return kind if type(kind) is str else ""


_NO_PAYLOAD: Mapping[str, Any] = {}


def read_envelope(event: Mapping[str, Any]) -> Envelope:
    """The envelope of a DomainEvent JSON object (never raises)."""
    # `type(x) is dict` first: it is what JSON gives, and much cheaper than an ABC check.
    get = event.get
    payload = get("payload")
    if type(payload) is not dict and not isinstance(payload, Mapping):
        payload = _NO_PAYLOAD
    kind, resource = get("type"), get("resourceId")
    action, data = payload.get("action"), payload.get("data")
    return Envelope(
        kind if type(kind) is str else "",
        action if type(action) is str else None,
        data if type(data) is dict or isinstance(data, Mapping) else None,
        resource if type(resource) is str else None,
    )


class EventParseError(ValueError):
    """The data is not a DomainEvent at all (not an object, or the envelope fields are missing)."""


#: The model an event without a class of its own is read as (None: the spec names none).
_ENVELOPE: type[Any] | None = getattr(_models, EVENTS.envelope) if EVENTS.envelope else None


def _event_classes() -> dict[str, type[Any]]:
    table: dict[str, type[Any]] = {}
    for name in getattr(_models, "__all__", ()):
        cls = getattr(_models, name, None)
        if not isinstance(cls, type) or not attrs.has(cls) or cls is _ENVELOPE:
            continue
        fields = attrs.fields_dict(cls)
        if not fields.keys() >= _ENVELOPE_FIELDS:
            continue
        # The models use postponed annotations: the field type is the enum's name as a string.
        annotation = fields["type_"].type
        enum_cls = getattr(_models, annotation, None) if isinstance(annotation, str) else annotation
        if not (isinstance(enum_cls, type) and issubclass(enum_cls, enum.Enum)):
            continue
        for member in enum_cls:
            # A specific class wins over a catch-all class listing the same value.
            if str(member.value) not in table or len(enum_cls) == 1:
                table[str(member.value)] = cls
    return table


#: Event type → generated model class, derived from the generated package at import.
EVENT_CLASSES: Mapping[str, type[Any]] = _event_classes()


def parse_event(data: object) -> DomainEvent:
    """The typed model for a DomainEvent JSON object (the envelope class when unknown).

    Raises :class:`EventParseError` only when ``data`` is not an event envelope at all.
    """
    if not isinstance(data, Mapping):
        raise EventParseError(f"a DomainEvent is a JSON object, got {type(data).__name__}")
    kind = event_type(data)
    cls = EVENT_CLASSES.get(kind)
    if cls is not None:
        try:
            return cast("DomainEvent", cls.from_dict(data))
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            _log.debug("event %r does not fit %s (%s); using the envelope", kind, cls, exc)
    if _ENVELOPE is None:
        raise EventParseError(
            f"no model for event type {kind!r}, and generator-config.yml names no "
            "cortex_events.envelope to read it as"
        )
    try:
        return cast("DomainEvent", _ENVELOPE.from_dict(data))
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise EventParseError(f"not a DomainEvent envelope: {type(exc).__name__}: {exc}") from exc
