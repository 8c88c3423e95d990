from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_type import MessageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Message")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "sessionId",
        "senderName",
        "content",
        "timestamp",
        "type",
        "hasDebugAudio",
    )
)


@_attrs_define
class Message:
    """One transcript message (a transcribed utterance or a system join/leave note).

    Attributes:
        id (str): Message id Example: msg_123.
        session_id (str): Session id Example: sess_789.
        sender_name (str): Speaker name, or [System] for system messages Example: Alice.
        content (str): Message text Example: Hello team!.
        timestamp (str): Time of the message (ISO 8601) Example: 2023-10-01T10:05:00Z.
        type_ (MessageType | Unset): user = transcribed speech, system = join/leave event Example: user.
        has_debug_audio (bool | Unset): True when a debug WAV can be downloaded for this message
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "sessionId",
            "senderName",
            "content",
            "timestamp",
        )
    )

    id: str
    session_id: str
    sender_name: str
    content: str
    timestamp: str
    type_: MessageType | Unset = UNSET
    has_debug_audio: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        session_id = self.session_id

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
        _type_ = d.get("type", UNSET)
        type_: MessageType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = MessageType._value2member_map_.get(_type_) or MessageType(_type_)

        message = cls(
            d["id"],
            d["sessionId"],
            d["senderName"],
            d["content"],
            d["timestamp"],
            type_,
            d.get("hasDebugAudio", UNSET),
        )

        if len(d) > 5 + ("type" in d) + ("hasDebugAudio" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            message.additional_properties = unknown
        return message

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
