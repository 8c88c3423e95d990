from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_participant_request_user_data import CreateParticipantRequestUserData


T = TypeVar("T", bound="CreateParticipantRequest")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "externalUserId",
        "displayName",
        "userData",
    )
)


@_attrs_define
class CreateParticipantRequest:
    """Payload for creating (or finding) a participant.

    Attributes:
        external_user_id (str): Stable user id from ODIN
        display_name (str | Unset): Display name
        user_data (CreateParticipantRequestUserData | Unset): ODIN user data, parsed JSON
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(("externalUserId",))

    external_user_id: str
    display_name: str | Unset = UNSET
    user_data: CreateParticipantRequestUserData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_user_id = self.external_user_id

        display_name = self.display_name

        user_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_data, Unset):
            user_data = self.user_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalUserId": external_user_id,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if user_data is not UNSET:
            field_dict["userData"] = user_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_participant_request_user_data import CreateParticipantRequestUserData  # noqa: PLC0415

        d = src_dict
        _user_data = d.get("userData", UNSET)
        user_data: CreateParticipantRequestUserData | Unset
        if _user_data is UNSET:
            user_data = UNSET
        else:
            user_data = CreateParticipantRequestUserData.from_dict(_user_data)

        create_participant_request = cls(
            d["externalUserId"],
            d.get("displayName", UNSET),
            user_data,
        )

        if len(d) > 1 + ("displayName" in d) + ("userData" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            create_participant_request.additional_properties = unknown
        return create_participant_request

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
