from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_sanction_request_type import CreateSanctionRequestType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_sanction_request_metadata import CreateSanctionRequestMetadata
    from ..models.create_sanction_request_scope import CreateSanctionRequestScope


T = TypeVar("T", bound="CreateSanctionRequest")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "type",
        "participantId",
        "externalUserId",
        "sessionId",
        "scope",
        "reason",
        "metadata",
        "startAt",
        "endAt",
    )
)


@_attrs_define
class CreateSanctionRequest:
    """Payload to record a sanction. Target either a participant/session (session-scoped) or an externalUserId (cross-
    session).

        Attributes:
            type_ (CreateSanctionRequestType): Kind of moderation action. Example: mute.
            participant_id (str | Unset): Participant to sanction (session-scoped sanctions). Example:
                550e8400-e29b-41d4-a716-446655440000.
            external_user_id (str | Unset): ODIN external user id (cross-session sanctions). Example: user_abc123.
            session_id (str | Unset): Session the sanction is scoped to. Example: 550e8400-e29b-41d4-a716-446655440001.
            scope (CreateSanctionRequestScope | Unset): Channel scoping for channel-specific sanctions. Example:
                {'channels': ['team', 'proximity']}.
            reason (str | Unset): Why the sanction is applied. Example: Repeated use of profanity detected by automated
                filter.
            metadata (CreateSanctionRequestMetadata | Unset): Free-form extra data such as evidence or model confidence.
                Example: {'confidence': 0.95, 'triggeredBy': 'profanity_filter'}.
            start_at (str | Unset): Start time; server uses now when omitted. Example: 2024-01-15T10:00:00Z.
            end_at (str | Unset): End time; absent/null means permanent. Example: 2024-01-15T11:00:00Z.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(("type",))

    type_: CreateSanctionRequestType
    participant_id: str | Unset = UNSET
    external_user_id: str | Unset = UNSET
    session_id: str | Unset = UNSET
    scope: CreateSanctionRequestScope | Unset = UNSET
    reason: str | Unset = UNSET
    metadata: CreateSanctionRequestMetadata | Unset = UNSET
    start_at: str | Unset = UNSET
    end_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

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

        start_at = self.start_at

        end_at = self.end_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
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
        if start_at is not UNSET:
            field_dict["startAt"] = start_at
        if end_at is not UNSET:
            field_dict["endAt"] = end_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_sanction_request_metadata import CreateSanctionRequestMetadata  # noqa: PLC0415
        from ..models.create_sanction_request_scope import CreateSanctionRequestScope  # noqa: PLC0415

        d = src_dict
        type_ = CreateSanctionRequestType._value2member_map_.get(
            d["type"]
        ) or CreateSanctionRequestType(d["type"])

        _scope = d.get("scope", UNSET)
        scope: CreateSanctionRequestScope | Unset
        if _scope is UNSET:
            scope = UNSET
        else:
            scope = CreateSanctionRequestScope.from_dict(_scope)

        _metadata = d.get("metadata", UNSET)
        metadata: CreateSanctionRequestMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = CreateSanctionRequestMetadata.from_dict(_metadata)

        create_sanction_request = cls(
            type_,
            d.get("participantId", UNSET),
            d.get("externalUserId", UNSET),
            d.get("sessionId", UNSET),
            scope,
            d.get("reason", UNSET),
            metadata,
            d.get("startAt", UNSET),
            d.get("endAt", UNSET),
        )

        if len(d) > 1 + ("participantId" in d) + ("externalUserId" in d) + ("sessionId" in d) + (
            "scope" in d
        ) + ("reason" in d) + ("metadata" in d) + ("startAt" in d) + ("endAt" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            create_sanction_request.additional_properties = unknown
        return create_sanction_request

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
