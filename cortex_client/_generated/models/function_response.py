from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionResponse")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "name",
        "projectId",
        "code",
        "status",
        "url",
        "createdAt",
        "updatedAt",
    )
)


@_attrs_define
class FunctionResponse:
    """A serverless function (TypeScript exporting an HTTP handler and/or on<Event> handlers).

    Attributes:
        id (str): Function id.
        name (str): Function name.
        project_id (str | Unset): Project.
        code (str | Unset): TypeScript source (draft).
        status (str | Unset): Deployment state on ODIN Fleet.
        url (str | Unset): HTTP invocation URL of the function.
        created_at (datetime.datetime | Unset): Creation time.
        updated_at (datetime.datetime | Unset): Last change time.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "name",
        )
    )

    id: str
    name: str
    project_id: str | Unset = UNSET
    code: str | Unset = UNSET
    status: str | Unset = UNSET
    url: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        project_id = self.project_id

        code = self.code

        status = self.status

        url = self.url

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if code is not UNSET:
            field_dict["code"] = code
        if status is not UNSET:
            field_dict["status"] = status
        if url is not UNSET:
            field_dict["url"] = url
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

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

        _updated_at = d.get("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        function_response = cls(
            d["id"],
            d["name"],
            d.get("projectId", UNSET),
            d.get("code", UNSET),
            d.get("status", UNSET),
            d.get("url", UNSET),
            created_at,
            updated_at,
        )

        if len(d) > 2 + ("projectId" in d) + ("code" in d) + ("status" in d) + ("url" in d) + (
            "createdAt" in d
        ) + ("updatedAt" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            function_response.additional_properties = unknown
        return function_response

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
