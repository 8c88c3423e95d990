from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessKeyResponse")


@_attrs_define
class AccessKeyResponse:
    """An ODIN Voice access key as listed (no secret).

    Attributes:
        id (str):
        name (str):
        pub_key (str):
        key_id (str):
        description (str | Unset):
        created (str | Unset):
        updated (str | Unset):
    """

    id: str
    name: str
    pub_key: str
    key_id: str
    description: str | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        pub_key = self.pub_key

        key_id = self.key_id

        description = self.description

        created = self.created

        updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "pubKey": pub_key,
                "keyId": key_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        pub_key = d.pop("pubKey")

        key_id = d.pop("keyId")

        description = d.pop("description", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        access_key_response = cls(
            id=id,
            name=name,
            pub_key=pub_key,
            key_id=key_id,
            description=description,
            created=created,
            updated=updated,
        )

        access_key_response.additional_properties = d
        return access_key_response

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
