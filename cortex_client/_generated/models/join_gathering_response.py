from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gathering_response import GatheringResponse


T = TypeVar("T", bound="JoinGatheringResponse")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "gathering",
        "error",
    )
)


@_attrs_define
class JoinGatheringResponse:
    """Outcome of joining a gathering, by join code or by accepting an invitation.

    Attributes:
        gathering (GatheringResponse | Unset): A gathering (lobby, appointment or open space) as returned by the API.
        error (str | Unset): Error message when the join failed
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    gathering: GatheringResponse | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gathering: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gathering, Unset):
            gathering = self.gathering.to_dict()

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gathering is not UNSET:
            field_dict["gathering"] = gathering
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gathering_response import GatheringResponse  # noqa: PLC0415

        d = src_dict
        _gathering = d.get("gathering", UNSET)
        gathering: GatheringResponse | Unset
        if _gathering is UNSET:
            gathering = UNSET
        else:
            gathering = GatheringResponse.from_dict(_gathering)

        join_gathering_response = cls(
            gathering,
            d.get("error", UNSET),
        )

        if len(d) > 0 + ("gathering" in d) + ("error" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            join_gathering_response.additional_properties = unknown
        return join_gathering_response

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
