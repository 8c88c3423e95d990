from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApiKey")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "name",
        "scopes",
        "projectId",
        "expiresAt",
    )
)


@_attrs_define
class CreateApiKey:
    """Body for creating an API key.

    Attributes:
        name (str): Display name for the key. Example: Aiba Webhook.
        scopes (list[str]): Resource families to grant. Known values: sessions, messages, plugins, plugin-endpoints,
            gatherings, functions. Example: ['plugin-endpoints'].
        project_id (str | Unset): Limit the key to this project; omit for a tenant-wide key. Example: my-project-id.
        expires_at (str | Unset): Optional expiry as an ISO-8601 string. Example: 2025-12-31T23:59:59Z.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "scopes",
        )
    )

    name: str
    scopes: list[str]
    project_id: str | Unset = UNSET
    expires_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        scopes = self.scopes

        project_id = self.project_id

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "scopes": scopes,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        scopes = cast(list[str], d["scopes"])

        create_api_key = cls(
            d["name"],
            scopes,
            d.get("projectId", UNSET),
            d.get("expiresAt", UNSET),
        )

        if len(d) > 2 + ("projectId" in d) + ("expiresAt" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            create_api_key.additional_properties = unknown
        return create_api_key

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
