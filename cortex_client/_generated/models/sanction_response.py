from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..api import LiveObject
from ..api import scope_of as _scope_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..._watch import DocumentWatch
    from ..types import UNSET, Unset
    from .revoke_sanction_request import RevokeSanctionRequest
    from .update_sanction_request import UpdateSanctionRequest


import datetime

from ..models.sanction_response_type import SanctionResponseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sanction_response_metadata import SanctionResponseMetadata
    from ..models.sanction_response_participant import SanctionResponseParticipant
    from ..models.sanction_response_scope import SanctionResponseScope


T = TypeVar("T", bound="SanctionResponse")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "tenantId",
        "type",
        "startAt",
        "createdAt",
        "updatedAt",
        "isActive",
        "status",
        "participantId",
        "externalUserId",
        "sessionId",
        "scope",
        "reason",
        "metadata",
        "endAt",
        "createdByUserId",
        "revokedAt",
        "revokedByUserId",
        "participant",
    )
)


@_attrs_define
class SanctionResponse(LiveObject):
    """A recorded sanction with its audit fields.

    Attributes:
        id (str): Sanction id.
        tenant_id (str): Owning tenant.
        type_ (SanctionResponseType): Kind of moderation action.
        start_at (datetime.datetime): When the sanction takes effect.
        created_at (datetime.datetime): Creation time.
        updated_at (datetime.datetime): Last change time.
        is_active (bool): True while the sanction is in force.
        status (str): Lifecycle state, for example active, expired or revoked
        participant_id (str | Unset): Participant (session-scoped sanctions).
        external_user_id (str | Unset): External user id.
        session_id (str | Unset): Session (session-scoped sanctions).
        scope (SanctionResponseScope | Unset): Channel scoping.
        reason (str | Unset): Reason given.
        metadata (SanctionResponseMetadata | Unset): Free-form extra data.
        end_at (datetime.datetime | Unset): When it expires; absent/null means permanent.
        created_by_user_id (str | Unset): Dashboard user who created it.
        revoked_at (datetime.datetime | Unset): When it was revoked.
        revoked_by_user_id (str | Unset): Dashboard user who revoked it.
        participant (SanctionResponseParticipant | Unset): Participant details when available.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "tenantId",
            "type",
            "startAt",
            "createdAt",
            "updatedAt",
            "isActive",
            "status",
        )
    )

    id: str
    tenant_id: str
    type_: SanctionResponseType
    start_at: datetime.datetime
    created_at: datetime.datetime
    updated_at: datetime.datetime
    is_active: bool
    status: str
    participant_id: str | Unset = UNSET
    external_user_id: str | Unset = UNSET
    session_id: str | Unset = UNSET
    scope: SanctionResponseScope | Unset = UNSET
    reason: str | Unset = UNSET
    metadata: SanctionResponseMetadata | Unset = UNSET
    end_at: datetime.datetime | Unset = UNSET
    created_by_user_id: str | Unset = UNSET
    revoked_at: datetime.datetime | Unset = UNSET
    revoked_by_user_id: str | Unset = UNSET
    participant: SanctionResponseParticipant | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tenant_id = self.tenant_id

        type_ = self.type_.value

        start_at = self.start_at.isoformat()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        is_active = self.is_active

        status = self.status

        participant_id = self.participant_id

        external_user_id = self.external_user_id

        session_id = self.session_id

        scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.to_dict()

        reason = self.reason

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        end_at: str | Unset = UNSET
        if not isinstance(self.end_at, Unset):
            end_at = self.end_at.isoformat()

        created_by_user_id = self.created_by_user_id

        revoked_at: str | Unset = UNSET
        if not isinstance(self.revoked_at, Unset):
            revoked_at = self.revoked_at.isoformat()

        revoked_by_user_id = self.revoked_by_user_id

        participant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.participant, Unset):
            participant = self.participant.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tenantId": tenant_id,
                "type": type_,
                "startAt": start_at,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "isActive": is_active,
                "status": status,
            }
        )
        if participant_id is not UNSET:
            field_dict["participantId"] = participant_id
        if external_user_id is not UNSET:
            field_dict["externalUserId"] = external_user_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if scope is not UNSET:
            field_dict["scope"] = scope
        if reason is not UNSET:
            field_dict["reason"] = reason
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if end_at is not UNSET:
            field_dict["endAt"] = end_at
        if created_by_user_id is not UNSET:
            field_dict["createdByUserId"] = created_by_user_id
        if revoked_at is not UNSET:
            field_dict["revokedAt"] = revoked_at
        if revoked_by_user_id is not UNSET:
            field_dict["revokedByUserId"] = revoked_by_user_id
        if participant is not UNSET:
            field_dict["participant"] = participant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sanction_response_metadata import SanctionResponseMetadata  # noqa: PLC0415
        from ..models.sanction_response_participant import SanctionResponseParticipant  # noqa: PLC0415
        from ..models.sanction_response_scope import SanctionResponseScope  # noqa: PLC0415

        d = src_dict
        type_ = SanctionResponseType._value2member_map_.get(d["type"]) or SanctionResponseType(
            d["type"]
        )

        start_at = datetime.datetime.fromisoformat(d["startAt"])

        created_at = datetime.datetime.fromisoformat(d["createdAt"])

        updated_at = datetime.datetime.fromisoformat(d["updatedAt"])

        _scope = d.get("scope", UNSET)
        scope: SanctionResponseScope | Unset
        if _scope is UNSET:
            scope = UNSET
        else:
            scope = SanctionResponseScope.from_dict(_scope)

        _metadata = d.get("metadata", UNSET)
        metadata: SanctionResponseMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = SanctionResponseMetadata.from_dict(_metadata)

        _end_at = d.get("endAt", UNSET)
        end_at: datetime.datetime | Unset
        if _end_at is UNSET:
            end_at = UNSET
        else:
            end_at = datetime.datetime.fromisoformat(_end_at)

        _revoked_at = d.get("revokedAt", UNSET)
        revoked_at: datetime.datetime | Unset
        if _revoked_at is UNSET:
            revoked_at = UNSET
        else:
            revoked_at = datetime.datetime.fromisoformat(_revoked_at)

        _participant = d.get("participant", UNSET)
        participant: SanctionResponseParticipant | Unset
        if _participant is UNSET:
            participant = UNSET
        else:
            participant = SanctionResponseParticipant.from_dict(_participant)

        sanction_response = cls(
            d["id"],
            d["tenantId"],
            type_,
            start_at,
            created_at,
            updated_at,
            d["isActive"],
            d["status"],
            d.get("participantId", UNSET),
            d.get("externalUserId", UNSET),
            d.get("sessionId", UNSET),
            scope,
            d.get("reason", UNSET),
            metadata,
            end_at,
            d.get("createdByUserId", UNSET),
            revoked_at,
            d.get("revokedByUserId", UNSET),
            participant,
        )

        if len(d) > 8 + ("participantId" in d) + ("externalUserId" in d) + ("sessionId" in d) + (
            "scope" in d
        ) + ("reason" in d) + ("metadata" in d) + ("endAt" in d) + ("createdByUserId" in d) + (
            "revokedAt" in d
        ) + ("revokedByUserId" in d) + ("participant" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            sanction_response.additional_properties = unknown
        return sanction_response

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
    ) -> SanctionResponse:
        """Fetch this object again: a new object with the server's current state.

        `GET /api/projects/{project_id}/sanctions/{sanction_id}`
        `get_sanction` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.sanctions import ProjectSanctionsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "refresh")
        return await ProjectSanctionsApi(client, project_id).get_sanction(
            sanction_id=self.id,
        )

    async def update(
        self,
        *,
        body: UpdateSanctionRequest,
    ) -> SanctionResponse:
        """Change a sanction (e.g. reason or end time)

        `PATCH /api/projects/{project_id}/sanctions/{sanction_id}`
        `update_sanction` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.sanctions import ProjectSanctionsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "update")
        return await ProjectSanctionsApi(client, project_id).update_sanction(
            sanction_id=self.id,
            body=body,
        )

    async def revoke(
        self,
        *,
        body: RevokeSanctionRequest | Unset = UNSET,
    ) -> SanctionResponse:
        """Revoke (lift) a sanction while keeping its history

        `POST /api/projects/{project_id}/sanctions/{sanction_id}/revoke`
        `revoke_sanction` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.sanctions import ProjectSanctionsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "revoke")
        return await ProjectSanctionsApi(client, project_id).revoke_sanction(
            sanction_id=self.id,
            body=body,
        )

    def watch(self, *, idle_timeout: float | None = None) -> DocumentWatch[SanctionResponse]:
        """Live view of this document, kept in sync (the group's `watch(id)`).

        `idle_timeout` (seconds, 0 = off) defaults to the client's. Raises UnboundObjectError
        when no client returned this object.
        """
        from ..api import WATCHABLE, open_watch  # noqa: PLC0415

        client, project_id = _scope_of(self, "watch")
        return open_watch(  # type: ignore[no-any-return]
            client, WATCHABLE["sanctions"], project_id, doc_id=self.id, idle_timeout=idle_timeout
        )
