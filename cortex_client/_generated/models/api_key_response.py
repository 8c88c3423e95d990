from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKeyResponse")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "name",
        "keyPrefix",
        "scopes",
        "createdAt",
        "projectId",
        "lastUsedAt",
        "expiresAt",
    )
)


@_attrs_define
class ApiKeyResponse:
    """An API key without its secret.

    Attributes:
        id (str): Key id.
        name (str): Key name.
        key_prefix (str): Leading characters of the key, for display. Example: ots_live_abc1....
        scopes (list[str]): Resource families the key may access. Known values: sessions, messages, plugins, plugin-
            endpoints, gatherings, functions.
        created_at (datetime.datetime): Creation time.
        project_id (None | str | Unset): Project the key is limited to; null means every project of the tenant.
        last_used_at (datetime.datetime | Unset): Last time the key was used.
        expires_at (datetime.datetime | Unset): Expiry time.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "name",
            "keyPrefix",
            "scopes",
            "createdAt",
        )
    )

    id: str
    name: str
    key_prefix: str
    scopes: list[str]
    created_at: datetime.datetime
    project_id: None | str | Unset = UNSET
    last_used_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        key_prefix = self.key_prefix

        scopes = self.scopes

        created_at = self.created_at.isoformat()

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        last_used_at: str | Unset = UNSET
        if not isinstance(self.last_used_at, Unset):
            last_used_at = self.last_used_at.isoformat()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "keyPrefix": key_prefix,
                "scopes": scopes,
                "createdAt": created_at,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if last_used_at is not UNSET:
            field_dict["lastUsedAt"] = last_used_at
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        scopes = cast(list[str], d["scopes"])

        created_at = datetime.datetime.fromisoformat(d["createdAt"])

        def _parse_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_id = _parse_project_id(d.get("projectId", UNSET))

        _last_used_at = d.get("lastUsedAt", UNSET)
        last_used_at: datetime.datetime | Unset
        if _last_used_at is UNSET:
            last_used_at = UNSET
        else:
            last_used_at = datetime.datetime.fromisoformat(_last_used_at)

        _expires_at = d.get("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if _expires_at is UNSET:
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        api_key_response = cls(
            d["id"],
            d["name"],
            d["keyPrefix"],
            scopes,
            created_at,
            project_id,
            last_used_at,
            expires_at,
        )

        if len(d) > 5 + ("projectId" in d) + ("lastUsedAt" in d) + ("expiresAt" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            api_key_response.additional_properties = unknown
        return api_key_response

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
