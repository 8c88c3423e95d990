from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_annotation_created_event_data_content import (
        MessageAnnotationCreatedEventDataContent,
    )


T = TypeVar("T", bound="MessageAnnotationCreatedEventData")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "type",
        "content",
        "participantId",
        "externalUserId",
    )
)


@_attrs_define
class MessageAnnotationCreatedEventData:
    """Data of message.annotation.created: an annotation a plugin attached to one message.

    Attributes:
        type_ (str | Unset): The annotation's kind, as the plugin names it (e.g. toxicity, sentiment).
        content (MessageAnnotationCreatedEventDataContent | Unset): Plugin-defined annotation body (free-form).
        participant_id (str | Unset): The participant the annotated message belongs to.
        external_user_id (str | Unset): Your own id of that user (sanction by it to reach them in any session).
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    type_: str | Unset = UNSET
    content: MessageAnnotationCreatedEventDataContent | Unset = UNSET
    participant_id: str | Unset = UNSET
    external_user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        participant_id = self.participant_id

        external_user_id = self.external_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if content is not UNSET:
            field_dict["content"] = content
        if participant_id is not UNSET:
            field_dict["participantId"] = participant_id
        if external_user_id is not UNSET:
            field_dict["externalUserId"] = external_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_annotation_created_event_data_content import (
            MessageAnnotationCreatedEventDataContent,  # noqa: PLC0415
        )

        d = src_dict
        _content = d.get("content", UNSET)
        content: MessageAnnotationCreatedEventDataContent | Unset
        if _content is UNSET:
            content = UNSET
        else:
            content = MessageAnnotationCreatedEventDataContent.from_dict(_content)

        message_annotation_created_event_data = cls(
            d.get("type", UNSET),
            content,
            d.get("participantId", UNSET),
            d.get("externalUserId", UNSET),
        )

        if len(d) > 0 + ("type" in d) + ("content" in d) + ("participantId" in d) + (
            "externalUserId" in d
        ):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            message_annotation_created_event_data.additional_properties = unknown
        return message_annotation_created_event_data

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
