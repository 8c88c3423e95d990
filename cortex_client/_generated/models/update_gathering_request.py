from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_gathering_request_access_policy import UpdateGatheringRequestAccessPolicy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_gathering_request_properties import UpdateGatheringRequestProperties
    from ..models.update_gathering_request_search_properties import (
        UpdateGatheringRequestSearchProperties,
    )


T = TypeVar("T", bound="UpdateGatheringRequest")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "name",
        "description",
        "maxMembers",
        "accessPolicy",
        "listed",
        "startsAt",
        "endsAt",
        "timezone",
        "autoStartSession",
        "properties",
        "searchProperties",
        "roomId",
        "invitationUrl",
        "inviterName",
        "inviterEmail",
    )
)


@_attrs_define
class UpdateGatheringRequest:
    """Partial update of a gathering; every field is optional.

    Attributes:
        name (str | Unset):
        description (str | Unset):
        max_members (int | Unset):
        access_policy (UpdateGatheringRequestAccessPolicy | Unset):
        listed (bool | Unset):
        starts_at (str | Unset):
        ends_at (str | Unset):
        timezone (str | Unset):
        auto_start_session (bool | Unset):
        properties (UpdateGatheringRequestProperties | Unset):
        search_properties (UpdateGatheringRequestSearchProperties | Unset):
        room_id (str | Unset):
        invitation_url (str | Unset):
        inviter_name (str | Unset):
        inviter_email (str | Unset):
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    max_members: int | Unset = UNSET
    access_policy: UpdateGatheringRequestAccessPolicy | Unset = UNSET
    listed: bool | Unset = UNSET
    starts_at: str | Unset = UNSET
    ends_at: str | Unset = UNSET
    timezone: str | Unset = UNSET
    auto_start_session: bool | Unset = UNSET
    properties: UpdateGatheringRequestProperties | Unset = UNSET
    search_properties: UpdateGatheringRequestSearchProperties | Unset = UNSET
    room_id: str | Unset = UNSET
    invitation_url: str | Unset = UNSET
    inviter_name: str | Unset = UNSET
    inviter_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        max_members = self.max_members

        access_policy: str | Unset = UNSET
        if not isinstance(self.access_policy, Unset):
            access_policy = self.access_policy.value

        listed = self.listed

        starts_at = self.starts_at

        ends_at = self.ends_at

        timezone = self.timezone

        auto_start_session = self.auto_start_session

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        search_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search_properties, Unset):
            search_properties = self.search_properties.to_dict()

        room_id = self.room_id

        invitation_url = self.invitation_url

        inviter_name = self.inviter_name

        inviter_email = self.inviter_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if max_members is not UNSET:
            field_dict["maxMembers"] = max_members
        if access_policy is not UNSET:
            field_dict["accessPolicy"] = access_policy
        if listed is not UNSET:
            field_dict["listed"] = listed
        if starts_at is not UNSET:
            field_dict["startsAt"] = starts_at
        if ends_at is not UNSET:
            field_dict["endsAt"] = ends_at
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if auto_start_session is not UNSET:
            field_dict["autoStartSession"] = auto_start_session
        if properties is not UNSET:
            field_dict["properties"] = properties
        if search_properties is not UNSET:
            field_dict["searchProperties"] = search_properties
        if room_id is not UNSET:
            field_dict["roomId"] = room_id
        if invitation_url is not UNSET:
            field_dict["invitationUrl"] = invitation_url
        if inviter_name is not UNSET:
            field_dict["inviterName"] = inviter_name
        if inviter_email is not UNSET:
            field_dict["inviterEmail"] = inviter_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_gathering_request_properties import UpdateGatheringRequestProperties  # noqa: PLC0415
        from ..models.update_gathering_request_search_properties import (
            UpdateGatheringRequestSearchProperties,  # noqa: PLC0415
        )

        d = src_dict
        _access_policy = d.get("accessPolicy", UNSET)
        access_policy: UpdateGatheringRequestAccessPolicy | Unset
        if _access_policy is UNSET:
            access_policy = UNSET
        else:
            access_policy = UpdateGatheringRequestAccessPolicy._value2member_map_.get(
                _access_policy
            ) or UpdateGatheringRequestAccessPolicy(_access_policy)

        _properties = d.get("properties", UNSET)
        properties: UpdateGatheringRequestProperties | Unset
        if _properties is UNSET:
            properties = UNSET
        else:
            properties = UpdateGatheringRequestProperties.from_dict(_properties)

        _search_properties = d.get("searchProperties", UNSET)
        search_properties: UpdateGatheringRequestSearchProperties | Unset
        if _search_properties is UNSET:
            search_properties = UNSET
        else:
            search_properties = UpdateGatheringRequestSearchProperties.from_dict(_search_properties)

        update_gathering_request = cls(
            d.get("name", UNSET),
            d.get("description", UNSET),
            d.get("maxMembers", UNSET),
            access_policy,
            d.get("listed", UNSET),
            d.get("startsAt", UNSET),
            d.get("endsAt", UNSET),
            d.get("timezone", UNSET),
            d.get("autoStartSession", UNSET),
            properties,
            search_properties,
            d.get("roomId", UNSET),
            d.get("invitationUrl", UNSET),
            d.get("inviterName", UNSET),
            d.get("inviterEmail", UNSET),
        )

        if len(d) > 0 + ("name" in d) + ("description" in d) + ("maxMembers" in d) + (
            "accessPolicy" in d
        ) + ("listed" in d) + ("startsAt" in d) + ("endsAt" in d) + ("timezone" in d) + (
            "autoStartSession" in d
        ) + ("properties" in d) + ("searchProperties" in d) + ("roomId" in d) + (
            "invitationUrl" in d
        ) + ("inviterName" in d) + ("inviterEmail" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            update_gathering_request.additional_properties = unknown
        return update_gathering_request

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
