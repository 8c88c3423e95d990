from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..api import LiveObject
from ..api import scope_of as _scope_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_response_settings_schema import PluginResponseSettingsSchema


T = TypeVar("T", bound="PluginResponse")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "name",
        "description",
        "version",
        "settingsSchema",
    )
)


@_attrs_define
class PluginResponse(LiveObject):
    """A plugin offered in the catalog.

    Attributes:
        id (str): Catalog plugin id. Example: toxicity.
        name (str): Display name.
        description (str | Unset): What the plugin does.
        version (str | Unset): Plugin version.
        settings_schema (PluginResponseSettingsSchema | Unset): Shape of the per-project settings the plugin accepts.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "name",
        )
    )

    id: str
    name: str
    description: str | Unset = UNSET
    version: str | Unset = UNSET
    settings_schema: PluginResponseSettingsSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        version = self.version

        settings_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings_schema, Unset):
            settings_schema = self.settings_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if version is not UNSET:
            field_dict["version"] = version
        if settings_schema is not UNSET:
            field_dict["settingsSchema"] = settings_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plugin_response_settings_schema import PluginResponseSettingsSchema  # noqa: PLC0415

        d = src_dict
        _settings_schema = d.get("settingsSchema", UNSET)
        settings_schema: PluginResponseSettingsSchema | Unset
        if _settings_schema is UNSET:
            settings_schema = UNSET
        else:
            settings_schema = PluginResponseSettingsSchema.from_dict(_settings_schema)

        plugin_response = cls(
            d["id"],
            d["name"],
            d.get("description", UNSET),
            d.get("version", UNSET),
            settings_schema,
        )

        if len(d) > 2 + ("description" in d) + ("version" in d) + ("settingsSchema" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            plugin_response.additional_properties = unknown
        return plugin_response

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

    async def refresh(
        self,
    ) -> PluginResponse:
        """Fetch this object again: a new object with the server's current state.

        `GET /api/plugins/{plugin_id}`
        `get_plugin` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.plugins import PluginsApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "refresh")
        return await PluginsApi(client).get_plugin(
            plugin_id=self.id,
        )
