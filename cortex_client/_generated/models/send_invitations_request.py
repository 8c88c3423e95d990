from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invited_participant import InvitedParticipant


T = TypeVar("T", bound="SendInvitationsRequest")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "participantIds",
        "participants",
    )
)


@_attrs_define
class SendInvitationsRequest:
    """Invite participants to a gathering (they get an email, with .ics for appointments).

    Attributes:
        participant_ids (list[str] | Unset): Participants to invite Example: ['p2', 'p3'].
        participants (list[InvitedParticipant] | Unset): Invitees by email
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    participant_ids: list[str] | Unset = UNSET
    participants: list[InvitedParticipant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        participant_ids: list[str] | Unset = UNSET
        if not isinstance(self.participant_ids, Unset):
            participant_ids = self.participant_ids

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if participant_ids is not UNSET:
            field_dict["participantIds"] = participant_ids
        if participants is not UNSET:
            field_dict["participants"] = participants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invited_participant import InvitedParticipant  # noqa: PLC0415

        d = src_dict
        participant_ids = cast(list[str], d.get("participantIds", UNSET))

        _participants = d.get("participants", UNSET)
        participants: list[InvitedParticipant] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = InvitedParticipant.from_dict(participants_item_data)

                participants.append(participants_item)

        send_invitations_request = cls(
            participant_ids,
            participants,
        )

        if len(d) > 0 + ("participantIds" in d) + ("participants" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            send_invitations_request.additional_properties = unknown
        return send_invitations_request

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
