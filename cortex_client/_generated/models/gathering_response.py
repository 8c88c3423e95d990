from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gathering_response_status import GatheringResponseStatus
from ..models.gathering_response_type import GatheringResponseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gathering_member import GatheringMember
    from ..models.gathering_response_properties import GatheringResponseProperties


T = TypeVar("T", bound="GatheringResponse")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "projectId",
        "tenantId",
        "name",
        "type",
        "status",
        "maxMembers",
        "memberCount",
        "accessPolicy",
        "listed",
        "autoStartSession",
        "joinCode",
        "createdAt",
        "description",
        "inviterName",
        "inviterEmail",
        "startsAt",
        "endsAt",
        "timezone",
        "roomId",
        "sessionId",
        "properties",
        "ownerId",
        "expiresAt",
        "members",
    )
)


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

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "projectId",
            "tenantId",
            "name",
            "type",
            "status",
            "maxMembers",
            "memberCount",
            "accessPolicy",
            "listed",
            "autoStartSession",
            "joinCode",
            "createdAt",
        )
    )

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

        d = src_dict
        type_ = GatheringResponseType._value2member_map_.get(d["type"]) or GatheringResponseType(
            d["type"]
        )

        status = GatheringResponseStatus._value2member_map_.get(
            d["status"]
        ) or GatheringResponseStatus(d["status"])

        created_at = datetime.datetime.fromisoformat(d["createdAt"])

        _starts_at = d.get("startsAt", UNSET)
        starts_at: datetime.datetime | Unset
        if _starts_at is UNSET:
            starts_at = UNSET
        else:
            starts_at = datetime.datetime.fromisoformat(_starts_at)

        _ends_at = d.get("endsAt", UNSET)
        ends_at: datetime.datetime | Unset
        if _ends_at is UNSET:
            ends_at = UNSET
        else:
            ends_at = datetime.datetime.fromisoformat(_ends_at)

        _properties = d.get("properties", UNSET)
        properties: GatheringResponseProperties | Unset
        if _properties is UNSET:
            properties = UNSET
        else:
            properties = GatheringResponseProperties.from_dict(_properties)

        _expires_at = d.get("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if _expires_at is UNSET:
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        _members = d.get("members", UNSET)
        members: list[GatheringMember] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = GatheringMember.from_dict(members_item_data)

                members.append(members_item)

        gathering_response = cls(
            d["id"],
            d["projectId"],
            d["tenantId"],
            d["name"],
            type_,
            status,
            d["maxMembers"],
            d["memberCount"],
            d["accessPolicy"],
            d["listed"],
            d["autoStartSession"],
            d["joinCode"],
            created_at,
            d.get("description", UNSET),
            d.get("inviterName", UNSET),
            d.get("inviterEmail", UNSET),
            starts_at,
            ends_at,
            d.get("timezone", UNSET),
            d.get("roomId", UNSET),
            d.get("sessionId", UNSET),
            properties,
            d.get("ownerId", UNSET),
            expires_at,
            members,
        )

        if len(d) > 13 + ("description" in d) + ("inviterName" in d) + ("inviterEmail" in d) + (
            "startsAt" in d
        ) + ("endsAt" in d) + ("timezone" in d) + ("roomId" in d) + ("sessionId" in d) + (
            "properties" in d
        ) + ("ownerId" in d) + ("expiresAt" in d) + ("members" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            gathering_response.additional_properties = unknown
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
