from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_sanction_request_metadata import UpdateSanctionRequestMetadata
    from ..models.update_sanction_request_scope import UpdateSanctionRequestScope


T = TypeVar("T", bound="UpdateSanctionRequest")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "reason",
        "endAt",
        "scope",
        "metadata",
    )
)


@_attrs_define
class UpdateSanctionRequest:
    """Fields of a sanction that may be changed.

    Attributes:
        reason (str | Unset): New reason.
        end_at (str | Unset): New end time; null/absent = permanent. Example: 2024-01-15T11:00:00Z.
        scope (UpdateSanctionRequestScope | Unset): New channel scoping.
        metadata (UpdateSanctionRequestMetadata | Unset): New free-form data.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    reason: str | Unset = UNSET
    end_at: str | Unset = UNSET
    scope: UpdateSanctionRequestScope | Unset = UNSET
    metadata: UpdateSanctionRequestMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        end_at = self.end_at

        scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if end_at is not UNSET:
            field_dict["endAt"] = end_at
        if scope is not UNSET:
            field_dict["scope"] = scope
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_sanction_request_metadata import UpdateSanctionRequestMetadata  # noqa: PLC0415
        from ..models.update_sanction_request_scope import UpdateSanctionRequestScope  # noqa: PLC0415

        d = src_dict
        _scope = d.get("scope", UNSET)
        scope: UpdateSanctionRequestScope | Unset
        if _scope is UNSET:
            scope = UNSET
        else:
            scope = UpdateSanctionRequestScope.from_dict(_scope)

        _metadata = d.get("metadata", UNSET)
        metadata: UpdateSanctionRequestMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = UpdateSanctionRequestMetadata.from_dict(_metadata)

        update_sanction_request = cls(
            d.get("reason", UNSET),
            d.get("endAt", UNSET),
            scope,
            metadata,
        )

        if len(d) > 0 + ("reason" in d) + ("endAt" in d) + ("scope" in d) + ("metadata" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            update_sanction_request.additional_properties = unknown
        return update_sanction_request

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
