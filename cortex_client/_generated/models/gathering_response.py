from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gathering_response_status import GatheringResponseStatus
from ..models.gathering_response_type import GatheringResponseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gathering_member import GatheringMember
    from ..models.gathering_response_properties import GatheringResponseProperties


T = TypeVar("T", bound="GatheringResponse")


@_attrs_define
class GatheringResponse:
    """A gathering (lobby, appointment or open space) as returned by the API.

    Attributes:
        id (str): Gathering ID
        project_id (str): Project ID
        tenant_id (str): Tenant ID
        name (str): Name of the gathering
        type_ (GatheringResponseType): Gathering type
        status (GatheringResponseStatus): Lifecycle status
        max_members (int): Upper limit of members
        member_count (int): Number of current members
        access_policy (str): Who may join (the create request restricts it to public / private / invite-only)
        listed (bool): Whether the gathering shows up in discovery
        auto_start_session (bool): Whether a transcription session is started automatically
        join_code (str): Shareable join code
        created_at (datetime.datetime): When it was created
        description (str | Unset): Free-text description
        inviter_name (str | Unset): Organizer display name
        inviter_email (str | Unset): Organizer email; used as Reply-To on invitation mails
        starts_at (datetime.datetime | Unset): Planned start
        ends_at (datetime.datetime | Unset): Planned end
        timezone (str | Unset): Time zone of the scheduled times
        room_id (str | Unset): ODIN room the gathering targets
        session_id (str | Unset): ID of the session that was created for it
        properties (GatheringResponseProperties | Unset): Custom key/value data
        owner_id (str | Unset): Participant ID of the owner
        expires_at (datetime.datetime | Unset): When it expires
        members (list[GatheringMember] | Unset): Members; only present in the detailed (single-gathering) view
    """

    id: str
    project_id: str
    tenant_id: str
    name: str
    type_: GatheringResponseType
    status: GatheringResponseStatus
    max_members: int
    member_count: int
    access_policy: str
    listed: bool
    auto_start_session: bool
    join_code: str
    created_at: datetime.datetime
    description: str | Unset = UNSET
    inviter_name: str | Unset = UNSET
    inviter_email: str | Unset = UNSET
    starts_at: datetime.datetime | Unset = UNSET
    ends_at: datetime.datetime | Unset = UNSET
    timezone: str | Unset = UNSET
    room_id: str | Unset = UNSET
    session_id: str | Unset = UNSET
    properties: GatheringResponseProperties | Unset = UNSET
    owner_id: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    members: list[GatheringMember] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        tenant_id = self.tenant_id

        name = self.name

        type_ = self.type_.value

        status = self.status.value

        max_members = self.max_members

        member_count = self.member_count

        access_policy = self.access_policy

        listed = self.listed

        auto_start_session = self.auto_start_session

        join_code = self.join_code

        created_at = self.created_at.isoformat()

        description = self.description

        inviter_name = self.inviter_name

        inviter_email = self.inviter_email

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat()

        ends_at: str | Unset = UNSET
        if not isinstance(self.ends_at, Unset):
            ends_at = self.ends_at.isoformat()

        timezone = self.timezone

        room_id = self.room_id

        session_id = self.session_id

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        owner_id = self.owner_id

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "projectId": project_id,
                "tenantId": tenant_id,
                "name": name,
                "type": type_,
                "status": status,
                "maxMembers": max_members,
                "memberCount": member_count,
                "accessPolicy": access_policy,
                "listed": listed,
                "autoStartSession": auto_start_session,
                "joinCode": join_code,
                "createdAt": created_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if inviter_name is not UNSET:
            field_dict["inviterName"] = inviter_name
        if inviter_email is not UNSET:
            field_dict["inviterEmail"] = inviter_email
        if starts_at is not UNSET:
            field_dict["startsAt"] = starts_at
        if ends_at is not UNSET:
            field_dict["endsAt"] = ends_at
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if room_id is not UNSET:
            field_dict["roomId"] = room_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if properties is not UNSET:
            field_dict["properties"] = properties
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if members is not UNSET:
            field_dict["members"] = members

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gathering_member import GatheringMember  # noqa: PLC0415
        from ..models.gathering_response_properties import GatheringResponseProperties  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("projectId")

        tenant_id = d.pop("tenantId")

        name = d.pop("name")

        type_ = GatheringResponseType(d.pop("type"))

        status = GatheringResponseStatus(d.pop("status"))

        max_members = d.pop("maxMembers")

        member_count = d.pop("memberCount")

        access_policy = d.pop("accessPolicy")

        listed = d.pop("listed")

        auto_start_session = d.pop("autoStartSession")

        join_code = d.pop("joinCode")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        description = d.pop("description", UNSET)

        inviter_name = d.pop("inviterName", UNSET)

        inviter_email = d.pop("inviterEmail", UNSET)

        _starts_at = d.pop("startsAt", UNSET)
        starts_at: datetime.datetime | Unset
        if isinstance(_starts_at, Unset):
            starts_at = UNSET
        else:
            starts_at = datetime.datetime.fromisoformat(_starts_at)

        _ends_at = d.pop("endsAt", UNSET)
        ends_at: datetime.datetime | Unset
        if isinstance(_ends_at, Unset):
            ends_at = UNSET
        else:
            ends_at = datetime.datetime.fromisoformat(_ends_at)

        timezone = d.pop("timezone", UNSET)

        room_id = d.pop("roomId", UNSET)

        session_id = d.pop("sessionId", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: GatheringResponseProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = GatheringResponseProperties.from_dict(_properties)

        owner_id = d.pop("ownerId", UNSET)

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        _members = d.pop("members", UNSET)
        members: list[GatheringMember] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = GatheringMember.from_dict(members_item_data)

                members.append(members_item)

        gathering_response = cls(
            id=id,
            project_id=project_id,
            tenant_id=tenant_id,
            name=name,
            type_=type_,
            status=status,
            max_members=max_members,
            member_count=member_count,
            access_policy=access_policy,
            listed=listed,
            auto_start_session=auto_start_session,
            join_code=join_code,
            created_at=created_at,
            description=description,
            inviter_name=inviter_name,
            inviter_email=inviter_email,
            starts_at=starts_at,
            ends_at=ends_at,
            timezone=timezone,
            room_id=room_id,
            session_id=session_id,
            properties=properties,
            owner_id=owner_id,
            expires_at=expires_at,
            members=members,
        )

        gathering_response.additional_properties = d
        return gathering_response

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
