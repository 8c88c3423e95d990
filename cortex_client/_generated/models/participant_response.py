from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.participant_response_user_data import ParticipantResponseUserData


T = TypeVar("T", bound="ParticipantResponse")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "projectId",
        "displayName",
        "externalUserId",
        "userData",
        "tenantId",
        "joinedAt",
    )
)


@_attrs_define
class ParticipantResponse:
    """A per-project speaker identity.

    Attributes:
        id (str): Participant id
        project_id (str): ODIN project the participant belongs to
        display_name (str): Display name
        external_user_id (str): Stable user id passed to ODIN by the client
        user_data (ParticipantResponseUserData): ODIN user data as parsed JSON
        tenant_id (str): Tenant id
        joined_at (datetime.datetime): First time the participant joined any session of the project
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "projectId",
            "displayName",
            "externalUserId",
            "userData",
            "tenantId",
            "joinedAt",
        )
    )

    id: str
    project_id: str
    display_name: str
    external_user_id: str
    user_data: ParticipantResponseUserData
    tenant_id: str
    joined_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        display_name = self.display_name

        external_user_id = self.external_user_id

        user_data = self.user_data.to_dict()

        tenant_id = self.tenant_id

        joined_at = self.joined_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "projectId": project_id,
                "displayName": display_name,
                "externalUserId": external_user_id,
                "userData": user_data,
                "tenantId": tenant_id,
                "joinedAt": joined_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.participant_response_user_data import ParticipantResponseUserData  # noqa: PLC0415

        d = src_dict
        user_data = ParticipantResponseUserData.from_dict(d["userData"])

        joined_at = datetime.datetime.fromisoformat(d["joinedAt"])

        participant_response = cls(
            d["id"],
            d["projectId"],
            d["displayName"],
            d["externalUserId"],
            user_data,
            d["tenantId"],
            joined_at,
        )

        if len(d) > 7:
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            participant_response.additional_properties = unknown
        return participant_response

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
