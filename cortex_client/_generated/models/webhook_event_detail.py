from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..api import LiveObject
from ..api import scope_of as _scope_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


from ..models.webhook_event_detail_status import WebhookEventDetailStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_delivery import WebhookDelivery
    from ..models.webhook_event_detail_payload import WebhookEventDetailPayload


T = TypeVar("T", bound="WebhookEventDetail")
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
        "deliveries",
        "projectId",
        "lastError",
    )
)


@_attrs_define
class WebhookEventDetail(LiveObject):
    """An outbox event together with its recorded delivery attempts.

    Attributes:
        id (str): Outbox event id.
        tenant_id (str): Owning tenant.
        event_type (str): Domain event type. Example: message.created.
        payload (WebhookEventDetailPayload): The domain event body that is delivered.
        status (WebhookEventDetailStatus): Outbox delivery state.
        attempts_count (int): How many delivery attempts were made.
        next_attempt_at (str): When the next attempt is scheduled.
        created_at (str): When the event entered the outbox.
        deliveries (list[WebhookDelivery]): Individual delivery attempts.
        project_id (str | Unset): Owning project (app) id.
        last_error (str | Unset): Error from the most recent failed attempt.
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
            "deliveries",
        )
    )

    id: str
    tenant_id: str
    event_type: str
    payload: WebhookEventDetailPayload
    status: WebhookEventDetailStatus
    attempts_count: int
    next_attempt_at: str
    created_at: str
    deliveries: list[WebhookDelivery]
    project_id: str | Unset = UNSET
    last_error: str | Unset = UNSET
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

        deliveries = []
        for deliveries_item_data in self.deliveries:
            deliveries_item = deliveries_item_data.to_dict()
            deliveries.append(deliveries_item)

        project_id = self.project_id

        last_error = self.last_error

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
                "deliveries": deliveries,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if last_error is not UNSET:
            field_dict["lastError"] = last_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_delivery import WebhookDelivery  # noqa: PLC0415
        from ..models.webhook_event_detail_payload import WebhookEventDetailPayload  # noqa: PLC0415

        d = src_dict
        payload = WebhookEventDetailPayload.from_dict(d["payload"])

        status = WebhookEventDetailStatus._value2member_map_.get(
            d["status"]
        ) or WebhookEventDetailStatus(d["status"])

        deliveries = []
        _deliveries = d["deliveries"]
        for deliveries_item_data in _deliveries:
            deliveries_item = WebhookDelivery.from_dict(deliveries_item_data)

            deliveries.append(deliveries_item)

        webhook_event_detail = cls(
            d["id"],
            d["tenantId"],
            d["eventType"],
            payload,
            status,
            d["attemptsCount"],
            d["nextAttemptAt"],
            d["createdAt"],
            deliveries,
            d.get("projectId", UNSET),
            d.get("lastError", UNSET),
        )

        if len(d) > 9 + ("projectId" in d) + ("lastError" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            webhook_event_detail.additional_properties = unknown
        return webhook_event_detail

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

    async def refresh(
        self,
    ) -> WebhookEventDetail:
        """Fetch this object again: a new object with the server's current state.

        `GET /api/projects/{project_id}/webhooks/events/{event_id}`
        `get_webhook_event` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.webhooks import ProjectWebhooksApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "refresh")
        return await ProjectWebhooksApi(client, project_id).get_webhook_event(
            event_id=self.id,
        )
