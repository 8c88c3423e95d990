from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_user_dto_role import ProjectUserDtoRole
from ..models.project_user_dto_status import ProjectUserDtoStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectUserDto")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "name",
        "email",
        "role",
        "status",
        "created",
    )
)


@_attrs_define
class ProjectUserDto:
    """A member of a project.

    Attributes:
        id (str): Member/permission id (used as permissionId when changing roles).
        name (str): Display name.
        email (str): E-mail address.
        role (ProjectUserDtoRole): Role within the project.
        status (ProjectUserDtoStatus): State of the membership.
        created (str | Unset): When the user was added.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "name",
            "email",
            "role",
            "status",
        )
    )

    id: str
    name: str
    email: str
    role: ProjectUserDtoRole
    status: ProjectUserDtoStatus
    created: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        email = self.email

        role = self.role.value

        status = self.status.value

        created = self.created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "email": email,
                "role": role,
                "status": status,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        role = ProjectUserDtoRole._value2member_map_.get(d["role"]) or ProjectUserDtoRole(d["role"])

        status = ProjectUserDtoStatus._value2member_map_.get(d["status"]) or ProjectUserDtoStatus(
            d["status"]
        )

        project_user_dto = cls(
            d["id"],
            d["name"],
            d["email"],
            role,
            status,
            d.get("created", UNSET),
        )

        if len(d) > 5 + ("created" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            project_user_dto.additional_properties = unknown
        return project_user_dto

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
