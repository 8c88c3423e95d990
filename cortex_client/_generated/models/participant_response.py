from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..api import LiveObject
from ..api import scope_of as _scope_of

if TYPE_CHECKING:
    from ..._watch import DocumentWatch
    from .update_participant_request import UpdateParticipantRequest


import datetime

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
class ParticipantResponse(LiveObject):
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

    async def refresh(
        self,
    ) -> ParticipantResponse:
        """Fetch this object again: a new object with the server's current state.

        `GET /api/projects/{project_id}/participants/{participant_id}`
        `get_participant` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.participants import ProjectParticipantsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "refresh")
        return await ProjectParticipantsApi(client, project_id).get_participant(
            participant_id=self.id,
        )

    async def delete(
        self,
    ) -> None:
        """Delete a participant

        `DELETE /api/projects/{project_id}/participants/{participant_id}`
        `delete_participant` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.participants import ProjectParticipantsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "delete")
        return await ProjectParticipantsApi(client, project_id).delete_participant(
            participant_id=self.id,
        )

    async def update(
        self,
        *,
        body: UpdateParticipantRequest,
    ) -> ParticipantResponse:
        """Update a participant's display name or user data

        `PATCH /api/projects/{project_id}/participants/{participant_id}`
        `update_participant` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.participants import ProjectParticipantsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "update")
        return await ProjectParticipantsApi(client, project_id).update_participant(
            participant_id=self.id,
            body=body,
        )

    def watch(self, *, idle_timeout: float | None = None) -> DocumentWatch[ParticipantResponse]:
        """Live view of this document, kept in sync (the group's `watch(id)`).

        `idle_timeout` (seconds, 0 = off) defaults to the client's. Raises UnboundObjectError
        when no client returned this object.
        """
        from ..api import WATCHABLE, open_watch  # noqa: PLC0415

        client, project_id = _scope_of(self, "watch")
        return open_watch(  # type: ignore[no-any-return]
            client, WATCHABLE["participants"], project_id, doc_id=self.id, idle_timeout=idle_timeout
        )
