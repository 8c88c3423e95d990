from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sanction_response_participant_user_data import SanctionResponseParticipantUserData


T = TypeVar("T", bound="SanctionResponseParticipant")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "displayName",
        "externalUserId",
        "id",
        "projectId",
        "joinedAt",
        "userData",
    )
)


@_attrs_define
class SanctionResponseParticipant:
    """Participant details when available.

    Attributes:
        display_name (str): Participant display name.
        external_user_id (str): ODIN external user id.
        id (str): Participant id.
        project_id (str): Project the participant belongs to.
        joined_at (datetime.datetime | Unset): First time the participant joined the project.
        user_data (SanctionResponseParticipantUserData | Unset): Parsed ODIN user data.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "displayName",
            "externalUserId",
            "id",
            "projectId",
        )
    )

    display_name: str
    external_user_id: str
    id: str
    project_id: str
    joined_at: datetime.datetime | Unset = UNSET
    user_data: SanctionResponseParticipantUserData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        external_user_id = self.external_user_id

        id = self.id

        project_id = self.project_id

        joined_at: str | Unset = UNSET
        if not isinstance(self.joined_at, Unset):
            joined_at = self.joined_at.isoformat()

        user_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_data, Unset):
            user_data = self.user_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displayName": display_name,
                "externalUserId": external_user_id,
                "id": id,
                "projectId": project_id,
            }
        )
        if joined_at is not UNSET:
            field_dict["joinedAt"] = joined_at
        if user_data is not UNSET:
            field_dict["userData"] = user_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sanction_response_participant_user_data import (
            SanctionResponseParticipantUserData,  # noqa: PLC0415
        )

        d = src_dict
        _joined_at = d.get("joinedAt", UNSET)
        joined_at: datetime.datetime | Unset
        if _joined_at is UNSET:
            joined_at = UNSET
        else:
            joined_at = datetime.datetime.fromisoformat(_joined_at)

        _user_data = d.get("userData", UNSET)
        user_data: SanctionResponseParticipantUserData | Unset
        if _user_data is UNSET:
            user_data = UNSET
        else:
            user_data = SanctionResponseParticipantUserData.from_dict(_user_data)

        sanction_response_participant = cls(
            d["displayName"],
            d["externalUserId"],
            d["id"],
            d["projectId"],
            joined_at,
            user_data,
        )

        if len(d) > 4 + ("joinedAt" in d) + ("userData" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            sanction_response_participant.additional_properties = unknown
        return sanction_response_participant

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
