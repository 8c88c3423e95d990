from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_plugin_instance_request_settings import CreatePluginInstanceRequestSettings


T = TypeVar("T", bound="CreatePluginInstanceRequest")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "pluginId",
        "settings",
    )
)


@_attrs_define
class CreatePluginInstanceRequest:
    """Activate a catalog plugin for the project.

    Attributes:
        plugin_id (str): Catalog plugin to activate. Example: toxicity.
        settings (CreatePluginInstanceRequestSettings | Unset): Per-plugin configuration (plugin-defined).
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(("pluginId",))

    plugin_id: str
    settings: CreatePluginInstanceRequestSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plugin_id = self.plugin_id

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pluginId": plugin_id,
            }
        )
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_plugin_instance_request_settings import (
            CreatePluginInstanceRequestSettings,  # noqa: PLC0415
        )

        d = src_dict
        _settings = d.get("settings", UNSET)
        settings: CreatePluginInstanceRequestSettings | Unset
        if _settings is UNSET:
            settings = UNSET
        else:
            settings = CreatePluginInstanceRequestSettings.from_dict(_settings)

        create_plugin_instance_request = cls(
            d["pluginId"],
            settings,
        )

        if len(d) > 1 + ("settings" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            create_plugin_instance_request.additional_properties = unknown
        return create_plugin_instance_request

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
