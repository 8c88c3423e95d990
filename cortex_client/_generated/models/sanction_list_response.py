from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sanction_response import SanctionResponse


T = TypeVar("T", bound="SanctionListResponse")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "sanctions",
        "total",
    )
)


@_attrs_define
class SanctionListResponse:
    """Page of sanctions plus total count.

    Attributes:
        sanctions (list[SanctionResponse]): Sanctions on this page.
        total (int): Total number of matching sanctions.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "sanctions",
            "total",
        )
    )

    sanctions: list[SanctionResponse]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sanctions = []
        for sanctions_item_data in self.sanctions:
            sanctions_item = sanctions_item_data.to_dict()
            sanctions.append(sanctions_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sanctions": sanctions,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sanction_response import SanctionResponse  # noqa: PLC0415

        d = src_dict
        sanctions = []
        _sanctions = d["sanctions"]
        for sanctions_item_data in _sanctions:
            sanctions_item = SanctionResponse.from_dict(sanctions_item_data)

            sanctions.append(sanctions_item)

        sanction_list_response = cls(
            sanctions,
            d["total"],
        )

        if len(d) > 2:
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            sanction_list_response.additional_properties = unknown
        return sanction_list_response

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
