from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.gathering_member import GatheringMember


T = TypeVar("T", bound="GatheringMemberJoinedEventData")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(("member",))


@_attrs_define
class GatheringMemberJoinedEventData:
    """Data of gathering.member.joined.

    Attributes:
        member (GatheringMember): A member of a gathering.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(("member",))

    member: GatheringMember
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member = self.member.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "member": member,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gathering_member import GatheringMember  # noqa: PLC0415

        d = src_dict
        member = GatheringMember.from_dict(d["member"])

        gathering_member_joined_event_data = cls(
            member,
        )

        if len(d) > 1:
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            gathering_member_joined_event_data.additional_properties = unknown
        return gathering_member_joined_event_data

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
