from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSessionRequest")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "title",
        "externalRoomId",
        "gateway",
        "idleTimeout",
        "autoStart",
    )
)


@_attrs_define
class CreateSessionRequest:
    """Payload for creating a session.

    Attributes:
        title (str): Session title Example: Daily Standup.
        external_room_id (str): ODIN room id the bot should transcribe Example: room_abc123.
        gateway (str | Unset): ODIN gateway the bot connects to Example: gateway.odin.4players.io.
        idle_timeout (int | Unset): Seconds without participants before the session stops itself; 0 or absent disables
            auto-stop Example: 300.
        auto_start (bool | Unset): Start the bot right after creation; treated as true when omitted Example: True.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "title",
            "externalRoomId",
        )
    )

    title: str
    external_room_id: str
    gateway: str | Unset = UNSET
    idle_timeout: int | Unset = UNSET
    auto_start: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        external_room_id = self.external_room_id

        gateway = self.gateway

        idle_timeout = self.idle_timeout

        auto_start = self.auto_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "externalRoomId": external_room_id,
            }
        )
        if gateway is not UNSET:
            field_dict["gateway"] = gateway
        if idle_timeout is not UNSET:
            field_dict["idleTimeout"] = idle_timeout
        if auto_start is not UNSET:
            field_dict["autoStart"] = auto_start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        create_session_request = cls(
            d["title"],
            d["externalRoomId"],
            d.get("gateway", UNSET),
            d.get("idleTimeout", UNSET),
            d.get("autoStart", UNSET),
        )

        if len(d) > 2 + ("gateway" in d) + ("idleTimeout" in d) + ("autoStart" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            create_session_request.additional_properties = unknown
        return create_session_request

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
