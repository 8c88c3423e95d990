from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_subscription_response_auth_type import WebhookSubscriptionResponseAuthType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSubscriptionResponse")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "authType",
        "createdAt",
        "id",
        "url",
        "events",
        "description",
    )
)


@_attrs_define
class WebhookSubscriptionResponse:
    """A webhook subscription as returned by the API.

    Attributes:
        auth_type (WebhookSubscriptionResponseAuthType): Receiver authentication type.
        created_at (datetime.datetime): When the subscription was created.
        id (str | Unset): Subscription id.
        url (str | Unset): Receiver URL.
        events (list[str] | Unset): Subscribed event types / wildcards.
        description (str | Unset): Free-text label.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "authType",
            "createdAt",
        )
    )

    auth_type: WebhookSubscriptionResponseAuthType
    created_at: datetime.datetime
    id: str | Unset = UNSET
    url: str | Unset = UNSET
    events: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type.value

        created_at = self.created_at.isoformat()

        id = self.id

        url = self.url

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authType": auth_type,
                "createdAt": created_at,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url
        if events is not UNSET:
            field_dict["events"] = events
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        auth_type = WebhookSubscriptionResponseAuthType._value2member_map_.get(
            d["authType"]
        ) or WebhookSubscriptionResponseAuthType(d["authType"])

        created_at = datetime.datetime.fromisoformat(d["createdAt"])

        events = cast(list[str], d.get("events", UNSET))

        webhook_subscription_response = cls(
            auth_type,
            created_at,
            d.get("id", UNSET),
            d.get("url", UNSET),
            events,
            d.get("description", UNSET),
        )

        if len(d) > 2 + ("id" in d) + ("url" in d) + ("events" in d) + ("description" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            webhook_subscription_response.additional_properties = unknown
        return webhook_subscription_response

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
