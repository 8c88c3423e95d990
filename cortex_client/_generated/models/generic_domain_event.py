from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generic_domain_event_source import GenericDomainEventSource
from ..models.generic_domain_event_type import GenericDomainEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generic_event_payload import GenericEventPayload


T = TypeVar("T", bound="GenericDomainEvent")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "tenantId",
        "resourceId",
        "timestamp",
        "type",
        "source",
        "payload",
        "projectId",
    )
)


@_attrs_define
class GenericDomainEvent:
    """Fallback envelope for events ingested from outside Cortex (Fleet, voice presence, bot status).

    Attributes:
        id (str): Unique id of this event occurrence (a UUIDv4); use it to de-duplicate.
        tenant_id (str): Tenant that owns the event.
        resource_id (str): Affected resource as '<resource>:<id>'. Example: session:abc-123.
        timestamp (str): When the event happened (ISO 8601).
        type_ (GenericDomainEventType): Event type of an externally-ingested / non-native event.
        source (GenericDomainEventSource): Service that emitted the event.
        payload (GenericEventPayload): Action-typed payload of a GenericDomainEvent; data is free-form.
        project_id (str | Unset): Project (app) id; present on project-scoped events.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "tenantId",
            "resourceId",
            "timestamp",
            "type",
            "source",
            "payload",
        )
    )

    id: str
    tenant_id: str
    resource_id: str
    timestamp: str
    type_: GenericDomainEventType
    source: GenericDomainEventSource
    payload: GenericEventPayload
    project_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tenant_id = self.tenant_id

        resource_id = self.resource_id

        timestamp = self.timestamp

        type_ = self.type_.value

        source = self.source.value

        payload = self.payload.to_dict()

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tenantId": tenant_id,
                "resourceId": resource_id,
                "timestamp": timestamp,
                "type": type_,
                "source": source,
                "payload": payload,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.generic_event_payload import GenericEventPayload  # noqa: PLC0415

        d = src_dict
        type_ = GenericDomainEventType._value2member_map_.get(d["type"]) or GenericDomainEventType(
            d["type"]
        )

        source = GenericDomainEventSource._value2member_map_.get(
            d["source"]
        ) or GenericDomainEventSource(d["source"])

        payload = GenericEventPayload.from_dict(d["payload"])

        generic_domain_event = cls(
            d["id"],
            d["tenantId"],
            d["resourceId"],
            d["timestamp"],
            type_,
            source,
            payload,
            d.get("projectId", UNSET),
        )

        if len(d) > 7 + ("projectId" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            generic_domain_event.additional_properties = unknown
        return generic_domain_event

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
