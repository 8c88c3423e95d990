from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..api import LiveObject
from ..api import scope_of as _scope_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..._watch import CollectionWatch, DocumentWatch
    from ..types import UNSET, Unset
    from .add_member_request import AddMemberRequest
    from .gathering_invitation import GatheringInvitation
    from .gathering_member import GatheringMember
    from .leave_gathering_request import LeaveGatheringRequest
    from .send_invitations_request import SendInvitationsRequest
    from .start_gathering_request import StartGatheringRequest
    from .update_gathering_request import UpdateGatheringRequest
    from .update_member_request import UpdateMemberRequest


import datetime

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
class GatheringResponse(LiveObject):
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

    async def refresh(
        self,
    ) -> GatheringResponse:
        """Fetch this object again: a new object with the server's current state.

        `GET /api/projects/{project_id}/gatherings/{gathering_id}`
        `get_gathering` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.gatherings import ProjectGatheringsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "refresh")
        return await ProjectGatheringsApi(client, project_id).get_gathering(
            gathering_id=self.id,
        )

    async def delete(
        self,
    ) -> None:
        """Delete a gathering

        `DELETE /api/projects/{project_id}/gatherings/{gathering_id}`
        `delete_gathering` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.gatherings import ProjectGatheringsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "delete")
        return await ProjectGatheringsApi(client, project_id).delete_gathering(
            gathering_id=self.id,
        )

    async def update(
        self,
        *,
        body: UpdateGatheringRequest,
    ) -> GatheringResponse:
        """Update a gathering

        `PATCH /api/projects/{project_id}/gatherings/{gathering_id}`
        `update_gathering` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.gatherings import ProjectGatheringsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "update")
        return await ProjectGatheringsApi(client, project_id).update_gathering(
            gathering_id=self.id,
            body=body,
        )

    async def start(
        self,
        *,
        body: StartGatheringRequest | Unset = UNSET,
    ) -> GatheringResponse:
        """Start a gathering (optionally its session)

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/start`
        `start_gathering` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.gatherings import ProjectGatheringsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "start")
        return await ProjectGatheringsApi(client, project_id).start_gathering(
            gathering_id=self.id,
            body=body,
        )

    async def end(
        self,
    ) -> GatheringResponse:
        """End a gathering

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/end`
        `end_gathering` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.gatherings import ProjectGatheringsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "end")
        return await ProjectGatheringsApi(client, project_id).end_gathering(
            gathering_id=self.id,
        )

    async def cancel(
        self,
    ) -> GatheringResponse:
        """Cancel a gathering

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/cancel`
        `cancel_gathering` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.gatherings import ProjectGatheringsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "cancel")
        return await ProjectGatheringsApi(client, project_id).cancel_gathering(
            gathering_id=self.id,
        )

    async def list_members(
        self,
    ) -> list[GatheringMember]:
        """List members

        `GET /api/projects/{project_id}/gatherings/{gathering_id}/members`
        `list_gathering_members` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.gatherings import ProjectGatheringsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "list_members")
        return await ProjectGatheringsApi(client, project_id).list_gathering_members(
            gathering_id=self.id,
        )

    async def add_member(
        self,
        *,
        body: AddMemberRequest,
    ) -> GatheringMember:
        """Add a member

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/members`
        `add_gathering_member` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.gatherings import ProjectGatheringsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "add_member")
        return await ProjectGatheringsApi(client, project_id).add_gathering_member(
            gathering_id=self.id,
            body=body,
        )

    async def remove_member(
        self,
        participant_id: str,
    ) -> None:
        """Remove a member

        `DELETE /api/projects/{project_id}/gatherings/{gathering_id}/members/{participant_id}`
        `remove_gathering_member` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.gatherings import ProjectGatheringsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "remove_member")
        return await ProjectGatheringsApi(client, project_id).remove_gathering_member(
            participant_id=participant_id,
            gathering_id=self.id,
        )

    async def update_member(
        self,
        participant_id: str,
        *,
        body: UpdateMemberRequest,
    ) -> GatheringMember:
        """Update a member (e.g. mark ready)

        `PATCH /api/projects/{project_id}/gatherings/{gathering_id}/members/{participant_id}`
        `update_gathering_member` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.gatherings import ProjectGatheringsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "update_member")
        return await ProjectGatheringsApi(client, project_id).update_gathering_member(
            participant_id=participant_id,
            gathering_id=self.id,
            body=body,
        )

    async def leave(
        self,
        *,
        body: LeaveGatheringRequest,
    ) -> GatheringMember:
        """Leave a gathering

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/leave`
        `leave_gathering` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.gatherings import ProjectGatheringsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "leave")
        return await ProjectGatheringsApi(client, project_id).leave_gathering(
            gathering_id=self.id,
            body=body,
        )

    async def list_invitations(
        self,
    ) -> list[GatheringInvitation]:
        """List invitations

        `GET /api/projects/{project_id}/gatherings/{gathering_id}/invitations`
        `list_gathering_invitations` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.gatherings import ProjectGatheringsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "list_invitations")
        return await ProjectGatheringsApi(client, project_id).list_gathering_invitations(
            gathering_id=self.id,
        )

    async def send_invitations(
        self,
        *,
        body: SendInvitationsRequest,
    ) -> list[GatheringInvitation]:
        """Send invitations

        `POST /api/projects/{project_id}/gatherings/{gathering_id}/invitations`
        `send_gathering_invitations` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.gatherings import ProjectGatheringsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "send_invitations")
        return await ProjectGatheringsApi(client, project_id).send_gathering_invitations(
            gathering_id=self.id,
            body=body,
        )

    async def revoke_invitation(
        self,
        invitation_id: str,
    ) -> None:
        """Revoke an invitation

        `DELETE /api/projects/{project_id}/gatherings/{gathering_id}/invitations/{invitation_id}`
        `revoke_gathering_invitation` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.gatherings import ProjectGatheringsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "revoke_invitation")
        return await ProjectGatheringsApi(client, project_id).revoke_gathering_invitation(
            invitation_id=invitation_id,
            gathering_id=self.id,
        )

    def watch(self, *, idle_timeout: float | None = None) -> DocumentWatch[GatheringResponse]:
        """Live view of this document, kept in sync (the group's `watch(id)`).

        `idle_timeout` (seconds, 0 = off) defaults to the client's. Raises UnboundObjectError
        when no client returned this object.
        """
        from ..api import WATCHABLE, open_watch  # noqa: PLC0415

        client, project_id = _scope_of(self, "watch")
        return open_watch(  # type: ignore[no-any-return]
            client, WATCHABLE["gatherings"], project_id, doc_id=self.id, idle_timeout=idle_timeout
        )

    def watch_members(
        self, *, idle_timeout: float | None = None
    ) -> CollectionWatch[GatheringMember]:
        """Live view of this document's `members`, kept in sync.

        `idle_timeout` (seconds, 0 = off) defaults to the client's. Raises UnboundObjectError
        when no client returned this object.
        """
        from ..api import WATCHABLE, open_watch  # noqa: PLC0415

        client, project_id = _scope_of(self, "watch_members")
        return open_watch(  # type: ignore[no-any-return]
            client, WATCHABLE["members"], project_id, parent_id=self.id, idle_timeout=idle_timeout
        )

    def watch_invitations(
        self, *, idle_timeout: float | None = None
    ) -> CollectionWatch[GatheringInvitation]:
        """Live view of this document's `invitations`, kept in sync.

        `idle_timeout` (seconds, 0 = off) defaults to the client's. Raises UnboundObjectError
        when no client returned this object.
        """
        from ..api import WATCHABLE, open_watch  # noqa: PLC0415

        client, project_id = _scope_of(self, "watch_invitations")
        return open_watch(  # type: ignore[no-any-return]
            client,
            WATCHABLE["invitations"],
            project_id,
            parent_id=self.id,
            idle_timeout=idle_timeout,
        )
