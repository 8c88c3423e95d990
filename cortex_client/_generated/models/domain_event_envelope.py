from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain_event_payload import DomainEventPayload


T = TypeVar("T", bound="DomainEventEnvelope")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "type",
        "source",
        "tenantId",
        "resourceId",
        "timestamp",
        "payload",
        "projectId",
    )
)


@_attrs_define
class DomainEventEnvelope:
    """Untyped envelope shared by every event; use when 'type' is not one of the known values.

    Attributes:
        id (str): Unique event id; de-duplicate on it.
        type_ (str): Event type, e.g. 'message.created'. Example: message.created.
        source (str): Emitting service (see GenericDomainEvent.source for known values).
        tenant_id (str):
        resource_id (str):  Example: session:abc-123.
        timestamp (str): ISO 8601.
        payload (DomainEventPayload): Generic action-typed payload: {action, data, changes?}.
        project_id (str | Unset):
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "type",
            "source",
            "tenantId",
            "resourceId",
            "timestamp",
            "payload",
        )
    )

    id: str
    type_: str
    source: str
    tenant_id: str
    resource_id: str
    timestamp: str
    payload: DomainEventPayload
    project_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        source = self.source

        tenant_id = self.tenant_id

        resource_id = self.resource_id

        timestamp = self.timestamp

        payload = self.payload.to_dict()

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "source": source,
                "tenantId": tenant_id,
                "resourceId": resource_id,
                "timestamp": timestamp,
                "payload": payload,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_event_payload import DomainEventPayload  # noqa: PLC0415

        d = src_dict
        payload = DomainEventPayload.from_dict(d["payload"])

        domain_event_envelope = cls(
            d["id"],
            d["type"],
            d["source"],
            d["tenantId"],
            d["resourceId"],
            d["timestamp"],
            payload,
            d.get("projectId", UNSET),
        )

        if len(d) > 7 + ("projectId" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            domain_event_envelope.additional_properties = unknown
        return domain_event_envelope

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
