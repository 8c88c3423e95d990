from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gathering_started_payload_action import GatheringStartedPayloadAction

if TYPE_CHECKING:
    from ..models.gathering_response import GatheringResponse


T = TypeVar("T", bound="GatheringStartedPayload")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "action",
        "data",
    )
)


@_attrs_define
class GatheringStartedPayload:
    """Payload of 'gathering.started'.

    Attributes:
        action (GatheringStartedPayloadAction): Kind of change the event reports
        data (GatheringResponse): A gathering (lobby, appointment or open space) as returned by the API.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "action",
            "data",
        )
    )

    action: GatheringStartedPayloadAction
    data: GatheringResponse
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
        from ..models.gathering_response import GatheringResponse  # noqa: PLC0415

        d = src_dict
        action = GatheringStartedPayloadAction._value2member_map_.get(
            d["action"]
        ) or GatheringStartedPayloadAction(d["action"])

        data = GatheringResponse.from_dict(d["data"])

        gathering_started_payload = cls(
            action,
            data,
        )

        if len(d) > 2:
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            gathering_started_payload.additional_properties = unknown
        return gathering_started_payload

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
