from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_annotation_created_payload_action import MessageAnnotationCreatedPayloadAction

if TYPE_CHECKING:
    from ..models.message_annotation_created_event_data import MessageAnnotationCreatedEventData


T = TypeVar("T", bound="MessageAnnotationCreatedPayload")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "action",
        "data",
    )
)


@_attrs_define
class MessageAnnotationCreatedPayload:
    """Payload of 'message.annotation.created'.

    Attributes:
        action (MessageAnnotationCreatedPayloadAction):
        data (MessageAnnotationCreatedEventData): Data of message.annotation.created: an annotation a plugin attached to
            one message.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "action",
            "data",
        )
    )

    action: MessageAnnotationCreatedPayloadAction
    data: MessageAnnotationCreatedEventData
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
        from ..models.message_annotation_created_event_data import MessageAnnotationCreatedEventData  # noqa: PLC0415

        d = src_dict
        action = MessageAnnotationCreatedPayloadAction._value2member_map_.get(
            d["action"]
        ) or MessageAnnotationCreatedPayloadAction(d["action"])

        data = MessageAnnotationCreatedEventData.from_dict(d["data"])

        message_annotation_created_payload = cls(
            action,
            data,
        )

        if len(d) > 2:
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            message_annotation_created_payload.additional_properties = unknown
        return message_annotation_created_payload

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
