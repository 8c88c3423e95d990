from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_gathering_request_access_policy import CreateGatheringRequestAccessPolicy
from ..models.create_gathering_request_type import CreateGatheringRequestType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_gathering_request_properties import CreateGatheringRequestProperties
    from ..models.create_gathering_request_search_properties import (
        CreateGatheringRequestSearchProperties,
    )
    from ..models.invited_participant import InvitedParticipant


T = TypeVar("T", bound="CreateGatheringRequest")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "name",
        "type",
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
        "ownerId",
        "description",
        "invitationUrl",
        "participants",
        "inviterName",
        "inviterEmail",
    )
)


@_attrs_define
class CreateGatheringRequest:
    """Payload for creating a gathering.

    Attributes:
        name (str): Display name Example: Friday Game Night.
        type_ (CreateGatheringRequestType): Kind of gathering Example: lobby.
        max_members (int | Unset): Member limit (2-100) Example: 8.
        access_policy (CreateGatheringRequestAccessPolicy | Unset): Join policy Example: public.
        listed (bool | Unset): Show in public search Example: False.
        starts_at (str | Unset): Planned start (appointments) Example: 2024-01-20T15:00:00Z.
        ends_at (str | Unset): Planned end (appointments) Example: 2024-01-20T16:00:00Z.
        timezone (str | Unset): IANA time zone of the scheduled times Example: Europe/Berlin.
        auto_start_session (bool | Unset): Start a transcription session when the gathering starts Example: True.
        properties (CreateGatheringRequestProperties | Unset): Custom data (game mode, lobby settings ...) Example:
            {'gameMode': 'deathmatch', 'map': 'dust2'}.
        search_properties (CreateGatheringRequestSearchProperties | Unset): Indexed properties used for discovery
            Example: {'gameMode': 'deathmatch', 'skillLevel': 1200}.
        room_id (str | Unset): ODIN room ID to use; the join code is used when omitted Example: game-room-lobby-123.
        owner_id (str | Unset): Participant UUID of the owner; defaults to the creator
        description (str | Unset): Context text, shown in invitation mails Example: Weekly team sync to discuss project
            progress and blockers..
        invitation_url (str | Unset): Where invitees join (used as location in mails and calendar entries) Example:
            https://myapp.rooms.chat/room/abc123.
        participants (list[InvitedParticipant] | Unset): People to invite by email; appointments with a start get an
            .ics attachment
        inviter_name (str | Unset): Organizer display name
        inviter_email (str | Unset): Organizer email, Reply-To of invitation mails
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "type",
        )
    )

    name: str
    type_: CreateGatheringRequestType
    max_members: int | Unset = UNSET
    access_policy: CreateGatheringRequestAccessPolicy | Unset = UNSET
    listed: bool | Unset = UNSET
    starts_at: str | Unset = UNSET
    ends_at: str | Unset = UNSET
    timezone: str | Unset = UNSET
    auto_start_session: bool | Unset = UNSET
    properties: CreateGatheringRequestProperties | Unset = UNSET
    search_properties: CreateGatheringRequestSearchProperties | Unset = UNSET
    room_id: str | Unset = UNSET
    owner_id: str | Unset = UNSET
    description: str | Unset = UNSET
    invitation_url: str | Unset = UNSET
    participants: list[InvitedParticipant] | Unset = UNSET
    inviter_name: str | Unset = UNSET
    inviter_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

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

        owner_id = self.owner_id

        description = self.description

        invitation_url = self.invitation_url

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        inviter_name = self.inviter_name

        inviter_email = self.inviter_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
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
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if description is not UNSET:
            field_dict["description"] = description
        if invitation_url is not UNSET:
            field_dict["invitationUrl"] = invitation_url
        if participants is not UNSET:
            field_dict["participants"] = participants
        if inviter_name is not UNSET:
            field_dict["inviterName"] = inviter_name
        if inviter_email is not UNSET:
            field_dict["inviterEmail"] = inviter_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_gathering_request_properties import CreateGatheringRequestProperties  # noqa: PLC0415
        from ..models.create_gathering_request_search_properties import (
            CreateGatheringRequestSearchProperties,  # noqa: PLC0415
        )
        from ..models.invited_participant import InvitedParticipant  # noqa: PLC0415

        d = src_dict
        type_ = CreateGatheringRequestType._value2member_map_.get(
            d["type"]
        ) or CreateGatheringRequestType(d["type"])

        _access_policy = d.get("accessPolicy", UNSET)
        access_policy: CreateGatheringRequestAccessPolicy | Unset
        if _access_policy is UNSET:
            access_policy = UNSET
        else:
            access_policy = CreateGatheringRequestAccessPolicy._value2member_map_.get(
                _access_policy
            ) or CreateGatheringRequestAccessPolicy(_access_policy)

        _properties = d.get("properties", UNSET)
        properties: CreateGatheringRequestProperties | Unset
        if _properties is UNSET:
            properties = UNSET
        else:
            properties = CreateGatheringRequestProperties.from_dict(_properties)

        _search_properties = d.get("searchProperties", UNSET)
        search_properties: CreateGatheringRequestSearchProperties | Unset
        if _search_properties is UNSET:
            search_properties = UNSET
        else:
            search_properties = CreateGatheringRequestSearchProperties.from_dict(_search_properties)

        _participants = d.get("participants", UNSET)
        participants: list[InvitedParticipant] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = InvitedParticipant.from_dict(participants_item_data)

                participants.append(participants_item)

        create_gathering_request = cls(
            d["name"],
            type_,
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
            d.get("ownerId", UNSET),
            d.get("description", UNSET),
            d.get("invitationUrl", UNSET),
            participants,
            d.get("inviterName", UNSET),
            d.get("inviterEmail", UNSET),
        )

        if len(d) > 2 + ("maxMembers" in d) + ("accessPolicy" in d) + ("listed" in d) + (
            "startsAt" in d
        ) + ("endsAt" in d) + ("timezone" in d) + ("autoStartSession" in d) + (
            "properties" in d
        ) + ("searchProperties" in d) + ("roomId" in d) + ("ownerId" in d) + (
            "description" in d
        ) + ("invitationUrl" in d) + ("participants" in d) + ("inviterName" in d) + (
            "inviterEmail" in d
        ):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            create_gathering_request.additional_properties = unknown
        return create_gathering_request

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
