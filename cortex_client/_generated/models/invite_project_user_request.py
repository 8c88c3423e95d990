from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invite_project_user_request_role import InviteProjectUserRequestRole

T = TypeVar("T", bound="InviteProjectUserRequest")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "email",
        "role",
    )
)


@_attrs_define
class InviteProjectUserRequest:
    """Body for inviting a user to a project.

    Attributes:
        email (str): E-mail of the person to invite. Example: user@example.com.
        role (InviteProjectUserRequestRole): Role to grant. Example: developer.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "email",
            "role",
        )
    )

    email: str
    role: InviteProjectUserRequestRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        role = InviteProjectUserRequestRole._value2member_map_.get(
            d["role"]
        ) or InviteProjectUserRequestRole(d["role"])

        invite_project_user_request = cls(
            d["email"],
            role,
        )

        if len(d) > 2:
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            invite_project_user_request.additional_properties = unknown
        return invite_project_user_request

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
