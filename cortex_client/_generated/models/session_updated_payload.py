from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_updated_payload_action import SessionUpdatedPayloadAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_response import SessionResponse
    from ..models.session_updated_payload_changes import SessionUpdatedPayloadChanges


T = TypeVar("T", bound="SessionUpdatedPayload")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "action",
        "data",
        "changes",
    )
)


@_attrs_define
class SessionUpdatedPayload:
    """Payload of 'session.updated'.

    Attributes:
        action (SessionUpdatedPayloadAction):
        data (SessionResponse): A transcription session.
        changes (SessionUpdatedPayloadChanges | Unset): Previous values of the fields that changed (a partial copy of
            data). A changed nested object is included whole.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "action",
            "data",
        )
    )

    action: SessionUpdatedPayloadAction
    data: SessionResponse
    changes: SessionUpdatedPayloadChanges | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        data = self.data.to_dict()

        changes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = self.changes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "data": data,
            }
        )
        if changes is not UNSET:
            field_dict["changes"] = changes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_response import SessionResponse  # noqa: PLC0415
        from ..models.session_updated_payload_changes import SessionUpdatedPayloadChanges  # noqa: PLC0415

        d = src_dict
        action = SessionUpdatedPayloadAction._value2member_map_.get(
            d["action"]
        ) or SessionUpdatedPayloadAction(d["action"])

        data = SessionResponse.from_dict(d["data"])

        _changes = d.get("changes", UNSET)
        changes: SessionUpdatedPayloadChanges | Unset
        if _changes is UNSET:
            changes = UNSET
        else:
            changes = SessionUpdatedPayloadChanges.from_dict(_changes)

        session_updated_payload = cls(
            action,
            data,
            changes,
        )

        if len(d) > 2 + ("changes" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            session_updated_payload.additional_properties = unknown
        return session_updated_payload

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
