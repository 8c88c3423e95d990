from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionVersionResponse")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "functionId",
        "version",
        "code",
        "createdAt",
    )
)


@_attrs_define
class FunctionVersionResponse:
    """Immutable snapshot created when a function is published.

    Attributes:
        id (str): Version id.
        function_id (str): Function.
        version (int | Unset): Sequential version number.
        code (str | Unset): Source captured in this version.
        created_at (datetime.datetime | Unset): Publish time.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "functionId",
        )
    )

    id: str
    function_id: str
    version: int | Unset = UNSET
    code: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        function_id = self.function_id

        version = self.version

        code = self.code

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "functionId": function_id,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if code is not UNSET:
            field_dict["code"] = code
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        function_version_response = cls(
            d["id"],
            d["functionId"],
            d.get("version", UNSET),
            d.get("code", UNSET),
            created_at,
        )

        if len(d) > 2 + ("version" in d) + ("code" in d) + ("createdAt" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            function_version_response.additional_properties = unknown
        return function_version_response

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
