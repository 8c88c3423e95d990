from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gathering_member_role import GatheringMemberRole
from ..models.gathering_member_status import GatheringMemberStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="GatheringMember")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "status",
        "id",
        "gatheringId",
        "participantId",
        "role",
        "joinedAt",
        "createdAt",
    )
)


@_attrs_define
class GatheringMember:
    """A member of a gathering.

    Attributes:
        status (GatheringMemberStatus): Membership state
        id (str | Unset): Member record ID
        gathering_id (str | Unset): Gathering ID
        participant_id (str | Unset): Participant ID of the member
        role (GatheringMemberRole | Unset): Role in the gathering
        joined_at (datetime.datetime | Unset): When the member joined
        created_at (datetime.datetime | Unset): When the record was created
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(("status",))

    status: GatheringMemberStatus
    id: str | Unset = UNSET
    gathering_id: str | Unset = UNSET
    participant_id: str | Unset = UNSET
    role: GatheringMemberRole | Unset = UNSET
    joined_at: datetime.datetime | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        id = self.id

        gathering_id = self.gathering_id

        participant_id = self.participant_id

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        joined_at: str | Unset = UNSET
        if not isinstance(self.joined_at, Unset):
            joined_at = self.joined_at.isoformat()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if gathering_id is not UNSET:
            field_dict["gatheringId"] = gathering_id
        if participant_id is not UNSET:
            field_dict["participantId"] = participant_id
        if role is not UNSET:
            field_dict["role"] = role
        if joined_at is not UNSET:
            field_dict["joinedAt"] = joined_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = GatheringMemberStatus._value2member_map_.get(d["status"]) or GatheringMemberStatus(
            d["status"]
        )

        _role = d.get("role", UNSET)
        role: GatheringMemberRole | Unset
        if _role is UNSET:
            role = UNSET
        else:
            role = GatheringMemberRole._value2member_map_.get(_role) or GatheringMemberRole(_role)

        _joined_at = d.get("joinedAt", UNSET)
        joined_at: datetime.datetime | Unset
        if _joined_at is UNSET:
            joined_at = UNSET
        else:
            joined_at = datetime.datetime.fromisoformat(_joined_at)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        gathering_member = cls(
            status,
            d.get("id", UNSET),
            d.get("gatheringId", UNSET),
            d.get("participantId", UNSET),
            role,
            joined_at,
            created_at,
        )

        if len(d) > 1 + ("id" in d) + ("gatheringId" in d) + ("participantId" in d) + (
            "role" in d
        ) + ("joinedAt" in d) + ("createdAt" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            gathering_member.additional_properties = unknown
        return gathering_member

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
