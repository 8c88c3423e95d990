from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_subscription_response_auth_type import WebhookSubscriptionResponseAuthType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSubscriptionResponse")


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
        d = dict(src_dict)
        auth_type = WebhookSubscriptionResponseAuthType(d.pop("authType"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        id = d.pop("id", UNSET)

        url = d.pop("url", UNSET)

        events = cast(list[str], d.pop("events", UNSET))

        description = d.pop("description", UNSET)

        webhook_subscription_response = cls(
            auth_type=auth_type,
            created_at=created_at,
            id=id,
            url=url,
            events=events,
            description=description,
        )

        webhook_subscription_response.additional_properties = d
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
