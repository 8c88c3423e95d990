from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_member_request_status import UpdateMemberRequestStatus

T = TypeVar("T", bound="UpdateMemberRequest")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(("status",))


@_attrs_define
class UpdateMemberRequest:
    """Change a member's state, e.g. mark ready.

    Attributes:
        status (UpdateMemberRequestStatus): New membership state
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(("status",))

    status: UpdateMemberRequestStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = UpdateMemberRequestStatus._value2member_map_.get(
            d["status"]
        ) or UpdateMemberRequestStatus(d["status"])

        update_member_request = cls(
            status,
        )

        if len(d) > 1:
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            update_member_request.additional_properties = unknown
        return update_member_request

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
