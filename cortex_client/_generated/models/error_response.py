from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "statusCode",
        "message",
        "error",
    )
)


@_attrs_define
class ErrorResponse:
    """Error body returned by failing requests.

    Attributes:
        status_code (int): HTTP status code Example: 404.
        message (list[str] | str): What went wrong; validation failures list one message per problem Example: Not Found.
        error (str | Unset): Name of the HTTP status Example: Not Found.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "statusCode",
            "message",
        )
    )

    status_code: int
    message: list[str] | str
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        message: list[str] | str
        if isinstance(self.message, list):
            message = self.message

        else:
            message = self.message

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statusCode": status_code,
                "message": message,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_message(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                message_type_1 = cast(list[str], data)

                return message_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        message = _parse_message(d["message"])

        error_response = cls(
            d["statusCode"],
            message,
            d.get("error", UNSET),
        )

        if len(d) > 2 + ("error" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            error_response.additional_properties = unknown
        return error_response

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
