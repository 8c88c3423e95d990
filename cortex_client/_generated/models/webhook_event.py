from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_status import WebhookEventStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_delivery import WebhookDelivery
    from ..models.webhook_event_payload import WebhookEventPayload


T = TypeVar("T", bound="WebhookEvent")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "tenantId",
        "eventType",
        "payload",
        "status",
        "attemptsCount",
        "nextAttemptAt",
        "createdAt",
        "projectId",
        "lastError",
        "deliveries",
    )
)


@_attrs_define
class WebhookEvent:
    """Item of the webhook delivery log list.

    Attributes:
        id (str): Outbox event id.
        tenant_id (str): Owning tenant.
        event_type (str): Domain event type. Example: message.created.
        payload (WebhookEventPayload): The domain event body that is delivered.
        status (WebhookEventStatus): Outbox delivery state.
        attempts_count (int): How many delivery attempts were made.
        next_attempt_at (str): When the next attempt is scheduled.
        created_at (str): When the event entered the outbox.
        project_id (str | Unset): Owning project (app) id.
        last_error (str | Unset): Error from the most recent failed attempt.
        deliveries (list[WebhookDelivery] | Unset): Delivery attempts, if included.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "tenantId",
            "eventType",
            "payload",
            "status",
            "attemptsCount",
            "nextAttemptAt",
            "createdAt",
        )
    )

    id: str
    tenant_id: str
    event_type: str
    payload: WebhookEventPayload
    status: WebhookEventStatus
    attempts_count: int
    next_attempt_at: str
    created_at: str
    project_id: str | Unset = UNSET
    last_error: str | Unset = UNSET
    deliveries: list[WebhookDelivery] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tenant_id = self.tenant_id

        event_type = self.event_type

        payload = self.payload.to_dict()

        status = self.status.value

        attempts_count = self.attempts_count

        next_attempt_at = self.next_attempt_at

        created_at = self.created_at

        project_id = self.project_id

        last_error = self.last_error

        deliveries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deliveries, Unset):
            deliveries = []
            for deliveries_item_data in self.deliveries:
                deliveries_item = deliveries_item_data.to_dict()
                deliveries.append(deliveries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tenantId": tenant_id,
                "eventType": event_type,
                "payload": payload,
                "status": status,
                "attemptsCount": attempts_count,
                "nextAttemptAt": next_attempt_at,
                "createdAt": created_at,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if last_error is not UNSET:
            field_dict["lastError"] = last_error
        if deliveries is not UNSET:
            field_dict["deliveries"] = deliveries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_delivery import WebhookDelivery  # noqa: PLC0415
        from ..models.webhook_event_payload import WebhookEventPayload  # noqa: PLC0415

        d = src_dict
        payload = WebhookEventPayload.from_dict(d["payload"])

        status = WebhookEventStatus._value2member_map_.get(d["status"]) or WebhookEventStatus(
            d["status"]
        )

        _deliveries = d.get("deliveries", UNSET)
        deliveries: list[WebhookDelivery] | Unset = UNSET
        if _deliveries is not UNSET:
            deliveries = []
            for deliveries_item_data in _deliveries:
                deliveries_item = WebhookDelivery.from_dict(deliveries_item_data)

                deliveries.append(deliveries_item)

        webhook_event = cls(
            d["id"],
            d["tenantId"],
            d["eventType"],
            payload,
            status,
            d["attemptsCount"],
            d["nextAttemptAt"],
            d["createdAt"],
            d.get("projectId", UNSET),
            d.get("lastError", UNSET),
            deliveries,
        )

        if len(d) > 8 + ("projectId" in d) + ("lastError" in d) + ("deliveries" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            webhook_event.additional_properties = unknown
        return webhook_event

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
