from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gathering_member_joined_payload_action import GatheringMemberJoinedPayloadAction

if TYPE_CHECKING:
    from ..models.gathering_member_joined_event_data import GatheringMemberJoinedEventData


T = TypeVar("T", bound="GatheringMemberJoinedPayload")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "action",
        "data",
    )
)


@_attrs_define
class GatheringMemberJoinedPayload:
    """Payload of 'gathering.member.joined'.

    Attributes:
        action (GatheringMemberJoinedPayloadAction): Kind of change the event reports
        data (GatheringMemberJoinedEventData): Data of gathering.member.joined.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "action",
            "data",
        )
    )

    action: GatheringMemberJoinedPayloadAction
    data: GatheringMemberJoinedEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gathering_member_joined_event_data import GatheringMemberJoinedEventData  # noqa: PLC0415

        d = src_dict
        action = GatheringMemberJoinedPayloadAction._value2member_map_.get(
            d["action"]
        ) or GatheringMemberJoinedPayloadAction(d["action"])

        data = GatheringMemberJoinedEventData.from_dict(d["data"])

        gathering_member_joined_payload = cls(
            action,
            data,
        )

        if len(d) > 2:
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            gathering_member_joined_payload.additional_properties = unknown
        return gathering_member_joined_payload

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
