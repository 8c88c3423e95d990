from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_project_user_role_request_role import ChangeProjectUserRoleRequestRole

T = TypeVar("T", bound="ChangeProjectUserRoleRequest")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "permissionId",
        "role",
    )
)


@_attrs_define
class ChangeProjectUserRoleRequest:
    """Body for changing a member's role.

    Attributes:
        permission_id (str): ProjectUserDto.id of the member.
        role (ChangeProjectUserRoleRequestRole): New role. Example: maintainer.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "permissionId",
            "role",
        )
    )

    permission_id: str
    role: ChangeProjectUserRoleRequestRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permission_id = self.permission_id

        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "permissionId": permission_id,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        role = ChangeProjectUserRoleRequestRole._value2member_map_.get(
            d["role"]
        ) or ChangeProjectUserRoleRequestRole(d["role"])

        change_project_user_role_request = cls(
            d["permissionId"],
            role,
        )

        if len(d) > 2:
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            change_project_user_role_request.additional_properties = unknown
        return change_project_user_role_request

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
