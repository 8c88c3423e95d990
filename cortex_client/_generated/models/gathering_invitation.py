from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatheringInvitation")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "status",
        "gatheringId",
        "participantId",
        "email",
        "name",
        "createdAt",
        "respondedAt",
    )
)


@_attrs_define
class GatheringInvitation:
    """An invitation to a gathering.

    Attributes:
        id (str): Invitation ID
        status (str): Invitation state
        gathering_id (str | Unset): Gathering ID
        participant_id (str | Unset): Invited participant, if known
        email (str | Unset): Invitee email address
        name (str | Unset): Invitee display name
        created_at (datetime.datetime | Unset): When it was sent
        responded_at (datetime.datetime | Unset): When the invitee answered
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "status",
        )
    )

    id: str
    status: str
    gathering_id: str | Unset = UNSET
    participant_id: str | Unset = UNSET
    email: str | Unset = UNSET
    name: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    responded_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        gathering_id = self.gathering_id

        participant_id = self.participant_id

        email = self.email

        name = self.name

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        responded_at: str | Unset = UNSET
        if not isinstance(self.responded_at, Unset):
            responded_at = self.responded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if gathering_id is not UNSET:
            field_dict["gatheringId"] = gathering_id
        if participant_id is not UNSET:
            field_dict["participantId"] = participant_id
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if responded_at is not UNSET:
            field_dict["respondedAt"] = responded_at

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

        _responded_at = d.get("respondedAt", UNSET)
        responded_at: datetime.datetime | Unset
        if _responded_at is UNSET:
            responded_at = UNSET
        else:
            responded_at = datetime.datetime.fromisoformat(_responded_at)

        gathering_invitation = cls(
            d["id"],
            d["status"],
            d.get("gatheringId", UNSET),
            d.get("participantId", UNSET),
            d.get("email", UNSET),
            d.get("name", UNSET),
            created_at,
            responded_at,
        )

        if len(d) > 2 + ("gatheringId" in d) + ("participantId" in d) + ("email" in d) + (
            "name" in d
        ) + ("createdAt" in d) + ("respondedAt" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            gathering_invitation.additional_properties = unknown
        return gathering_invitation

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
