from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAccessKeyResponse")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "name",
        "pubKey",
        "keyId",
        "accessKey",
        "description",
        "created",
        "updated",
    )
)


@_attrs_define
class CreateAccessKeyResponse:
    """A newly created ODIN Voice access key, including the secret that is returned only once.

    Attributes:
        id (str): Access key id
        name (str): Key name
        pub_key (str): Public key, base64, 44 characters
        key_id (str): Short id derived from the public key
        access_key (str): The access key secret; cannot be fetched again
        description (str | Unset): Optional description
        created (str | Unset): ISO 8601 creation time
        updated (str | Unset): ISO 8601 last update time
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "name",
            "pubKey",
            "keyId",
            "accessKey",
        )
    )

    id: str
    name: str
    pub_key: str
    key_id: str
    access_key: str
    description: str | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        pub_key = self.pub_key

        key_id = self.key_id

        access_key = self.access_key

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
                "accessKey": access_key,
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
        d = src_dict
        create_access_key_response = cls(
            d["id"],
            d["name"],
            d["pubKey"],
            d["keyId"],
            d["accessKey"],
            d.get("description", UNSET),
            d.get("created", UNSET),
            d.get("updated", UNSET),
        )

        if len(d) > 5 + ("description" in d) + ("created" in d) + ("updated" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            create_access_key_response.additional_properties = unknown
        return create_access_key_response

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
