from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_created_event_data_type import MessageCreatedEventDataType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageCreatedEventData")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "sessionId",
        "participantId",
        "externalUserId",
        "senderName",
        "content",
        "timestamp",
        "type",
        "hasDebugAudio",
    )
)


@_attrs_define
class MessageCreatedEventData:
    """The stored transcribed utterance carried by message.created.

    Attributes:
        id (str): Message id.
        session_id (str): Session the message belongs to.
        participant_id (None | str): Participant id; null on system messages.
        external_user_id (None | str): External ODIN user id; null on system messages.
        sender_name (str): Display name of the sender ('[System]' for system messages).
        content (str): Transcribed text.
        timestamp (str): Message time.
        type_ (MessageCreatedEventDataType | Unset): Message kind; only set on system messages.
        has_debug_audio (bool | Unset): True when a debug WAV exists (user messages only).
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "sessionId",
            "participantId",
            "externalUserId",
            "senderName",
            "content",
            "timestamp",
        )
    )

    id: str
    session_id: str
    participant_id: None | str
    external_user_id: None | str
    sender_name: str
    content: str
    timestamp: str
    type_: MessageCreatedEventDataType | Unset = UNSET
    has_debug_audio: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        session_id = self.session_id

        participant_id: None | str
        participant_id = self.participant_id

        external_user_id: None | str
        external_user_id = self.external_user_id

        sender_name = self.sender_name

        content = self.content

        timestamp = self.timestamp

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        has_debug_audio = self.has_debug_audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sessionId": session_id,
                "participantId": participant_id,
                "externalUserId": external_user_id,
                "senderName": sender_name,
                "content": content,
                "timestamp": timestamp,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if has_debug_audio is not UNSET:
            field_dict["hasDebugAudio"] = has_debug_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_participant_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        participant_id = _parse_participant_id(d["participantId"])

        def _parse_external_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_user_id = _parse_external_user_id(d["externalUserId"])

        _type_ = d.get("type", UNSET)
        type_: MessageCreatedEventDataType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = MessageCreatedEventDataType._value2member_map_.get(
                _type_
            ) or MessageCreatedEventDataType(_type_)

        message_created_event_data = cls(
            d["id"],
            d["sessionId"],
            participant_id,
            external_user_id,
            d["senderName"],
            d["content"],
            d["timestamp"],
            type_,
            d.get("hasDebugAudio", UNSET),
        )

        if len(d) > 7 + ("type" in d) + ("hasDebugAudio" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            message_created_event_data.additional_properties = unknown
        return message_created_event_data

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
