from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_webhook_subscription_request_auth_type import (
    UpdateWebhookSubscriptionRequestAuthType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_webhook_subscription_request_custom_headers import (
        UpdateWebhookSubscriptionRequestCustomHeaders,
    )


T = TypeVar("T", bound="UpdateWebhookSubscriptionRequest")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "url",
        "secret",
        "events",
        "description",
        "authType",
        "apiKey",
        "apiKeyHeader",
        "basicAuthUsername",
        "basicAuthPassword",
        "customHeaders",
    )
)


@_attrs_define
class UpdateWebhookSubscriptionRequest:
    """Partial update of a webhook subscription (all fields optional).

    Attributes:
        url (str | Unset): Receiver URL Cortex POSTs deliveries to. Example: https://example.com/webhook.
        secret (str | Unset): Shared secret; deliveries are signed with HMAC-SHA256 using it. Example: my_secret_key.
        events (list[str] | Unset): Event types to receive; exact names, domain wildcards (e.g. message.*) or * for all.
            Example: ['session.created', 'message.*'].
        description (str | Unset): Free-text label. Example: Production webhook endpoint.
        auth_type (UpdateWebhookSubscriptionRequestAuthType | Unset): How Cortex authenticates to the receiver; server
            treats a missing value as 'none'.
        api_key (str | Unset): Key value sent when authType is api_key. Example: sk_live_xxx.
        api_key_header (str | Unset): Header carrying apiKey; server uses X-API-Key when omitted. Example: X-API-Key.
        basic_auth_username (str | Unset): User name for basic_auth.
        basic_auth_password (str | Unset): Password for basic_auth.
        custom_headers (UpdateWebhookSubscriptionRequestCustomHeaders | Unset): Extra headers added to each delivery
            (custom_headers). Example: {'X-Custom-Header': 'value'}.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    url: str | Unset = UNSET
    secret: str | Unset = UNSET
    events: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    auth_type: UpdateWebhookSubscriptionRequestAuthType | Unset = UNSET
    api_key: str | Unset = UNSET
    api_key_header: str | Unset = UNSET
    basic_auth_username: str | Unset = UNSET
    basic_auth_password: str | Unset = UNSET
    custom_headers: UpdateWebhookSubscriptionRequestCustomHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        secret = self.secret

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        description = self.description

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type.value

        api_key = self.api_key

        api_key_header = self.api_key_header

        basic_auth_username = self.basic_auth_username

        basic_auth_password = self.basic_auth_password

        custom_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_headers, Unset):
            custom_headers = self.custom_headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if secret is not UNSET:
            field_dict["secret"] = secret
        if events is not UNSET:
            field_dict["events"] = events
        if description is not UNSET:
            field_dict["description"] = description
        if auth_type is not UNSET:
            field_dict["authType"] = auth_type
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if api_key_header is not UNSET:
            field_dict["apiKeyHeader"] = api_key_header
        if basic_auth_username is not UNSET:
            field_dict["basicAuthUsername"] = basic_auth_username
        if basic_auth_password is not UNSET:
            field_dict["basicAuthPassword"] = basic_auth_password
        if custom_headers is not UNSET:
            field_dict["customHeaders"] = custom_headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_webhook_subscription_request_custom_headers import (
            UpdateWebhookSubscriptionRequestCustomHeaders,  # noqa: PLC0415
        )

        d = src_dict
        events = cast(list[str], d.get("events", UNSET))

        _auth_type = d.get("authType", UNSET)
        auth_type: UpdateWebhookSubscriptionRequestAuthType | Unset
        if _auth_type is UNSET:
            auth_type = UNSET
        else:
            auth_type = UpdateWebhookSubscriptionRequestAuthType._value2member_map_.get(
                _auth_type
            ) or UpdateWebhookSubscriptionRequestAuthType(_auth_type)

        _custom_headers = d.get("customHeaders", UNSET)
        custom_headers: UpdateWebhookSubscriptionRequestCustomHeaders | Unset
        if _custom_headers is UNSET:
            custom_headers = UNSET
        else:
            custom_headers = UpdateWebhookSubscriptionRequestCustomHeaders.from_dict(
                _custom_headers
            )

        update_webhook_subscription_request = cls(
            d.get("url", UNSET),
            d.get("secret", UNSET),
            events,
            d.get("description", UNSET),
            auth_type,
            d.get("apiKey", UNSET),
            d.get("apiKeyHeader", UNSET),
            d.get("basicAuthUsername", UNSET),
            d.get("basicAuthPassword", UNSET),
            custom_headers,
        )

        if len(d) > 0 + ("url" in d) + ("secret" in d) + ("events" in d) + ("description" in d) + (
            "authType" in d
        ) + ("apiKey" in d) + ("apiKeyHeader" in d) + ("basicAuthUsername" in d) + (
            "basicAuthPassword" in d
        ) + ("customHeaders" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            update_webhook_subscription_request.additional_properties = unknown
        return update_webhook_subscription_request

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
