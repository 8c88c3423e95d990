from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvitedParticipant")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "email",
        "name",
        "participantId",
    )
)


@_attrs_define
class InvitedParticipant:
    """A person invited to a gathering.

    Attributes:
        email (str | Unset): Invitee email address
        name (str | Unset): Invitee display name
        participant_id (str | Unset): Existing participant ID, if any
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    email: str | Unset = UNSET
    name: str | Unset = UNSET
    participant_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        participant_id = self.participant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if participant_id is not UNSET:
            field_dict["participantId"] = participant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        invited_participant = cls(
            d.get("email", UNSET),
            d.get("name", UNSET),
            d.get("participantId", UNSET),
        )

        if len(d) > 0 + ("email" in d) + ("name" in d) + ("participantId" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            invited_participant.additional_properties = unknown
        return invited_participant

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
