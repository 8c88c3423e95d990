from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_plugin_instance_request_settings import UpdatePluginInstanceRequestSettings


T = TypeVar("T", bound="UpdatePluginInstanceRequest")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "settings",
        "enabled",
    )
)


@_attrs_define
class UpdatePluginInstanceRequest:
    """Change configuration or on/off state of a plugin activation.

    Attributes:
        settings (UpdatePluginInstanceRequestSettings | Unset): New per-plugin configuration.
        enabled (bool | Unset): Whether the plugin runs for this project.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    settings: UpdatePluginInstanceRequestSettings | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if settings is not UNSET:
            field_dict["settings"] = settings
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_plugin_instance_request_settings import (
            UpdatePluginInstanceRequestSettings,  # noqa: PLC0415
        )

        d = src_dict
        _settings = d.get("settings", UNSET)
        settings: UpdatePluginInstanceRequestSettings | Unset
        if _settings is UNSET:
            settings = UNSET
        else:
            settings = UpdatePluginInstanceRequestSettings.from_dict(_settings)

        update_plugin_instance_request = cls(
            settings,
            d.get("enabled", UNSET),
        )

        if len(d) > 0 + ("settings" in d) + ("enabled" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            update_plugin_instance_request.additional_properties = unknown
        return update_plugin_instance_request

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
