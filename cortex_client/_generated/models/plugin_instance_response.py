from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..api import LiveObject
from ..api import scope_of as _scope_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .update_plugin_instance_request import UpdatePluginInstanceRequest


import datetime

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_instance_response_settings import PluginInstanceResponseSettings


T = TypeVar("T", bound="PluginInstanceResponse")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "pluginId",
        "tenantId",
        "projectId",
        "settings",
        "enabled",
        "createdAt",
        "updatedAt",
    )
)


@_attrs_define
class PluginInstanceResponse(LiveObject):
    """A plugin activated in a project.

    Attributes:
        id (str): Activation id.
        plugin_id (str): Catalog plugin id. Example: toxicity.
        tenant_id (str | Unset): Owning tenant.
        project_id (str | Unset): Project.
        settings (PluginInstanceResponseSettings | Unset): Per-plugin configuration.
        enabled (bool | Unset): Whether the plugin runs.
        created_at (datetime.datetime | Unset): Creation time.
        updated_at (datetime.datetime | Unset): Last change time.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "pluginId",
        )
    )

    id: str
    plugin_id: str
    tenant_id: str | Unset = UNSET
    project_id: str | Unset = UNSET
    settings: PluginInstanceResponseSettings | Unset = UNSET
    enabled: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        plugin_id = self.plugin_id

        tenant_id = self.tenant_id

        project_id = self.project_id

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        enabled = self.enabled

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "pluginId": plugin_id,
            }
        )
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if settings is not UNSET:
            field_dict["settings"] = settings
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plugin_instance_response_settings import PluginInstanceResponseSettings  # noqa: PLC0415

        d = src_dict
        _settings = d.get("settings", UNSET)
        settings: PluginInstanceResponseSettings | Unset
        if _settings is UNSET:
            settings = UNSET
        else:
            settings = PluginInstanceResponseSettings.from_dict(_settings)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.get("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        plugin_instance_response = cls(
            d["id"],
            d["pluginId"],
            d.get("tenantId", UNSET),
            d.get("projectId", UNSET),
            settings,
            d.get("enabled", UNSET),
            created_at,
            updated_at,
        )

        if len(d) > 2 + ("tenantId" in d) + ("projectId" in d) + ("settings" in d) + (
            "enabled" in d
        ) + ("createdAt" in d) + ("updatedAt" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            plugin_instance_response.additional_properties = unknown
        return plugin_instance_response

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
    ) -> PluginInstanceResponse:
        """Fetch this object again: a new object with the server's current state.

        `GET /api/projects/{project_id}/plugins/{instance_id}`
        `get_plugin_instance` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.plugin_instances import ProjectPluginInstancesApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "refresh")
        return await ProjectPluginInstancesApi(client, project_id).get_plugin_instance(
            instance_id=self.id,
        )

    async def uninstall(
        self,
    ) -> None:
        """Remove a plugin activation from a project

        `DELETE /api/projects/{project_id}/plugins/{instance_id}`
        `uninstall_plugin` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.plugin_instances import ProjectPluginInstancesApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "uninstall")
        return await ProjectPluginInstancesApi(client, project_id).uninstall_plugin(
            instance_id=self.id,
        )

    async def update(
        self,
        *,
        body: UpdatePluginInstanceRequest,
    ) -> PluginInstanceResponse:
        """Configure, enable or disable a plugin activation

        `PATCH /api/projects/{project_id}/plugins/{instance_id}`
        `update_plugin_instance` with this object's project and id. What the server answers is a new
        object: this one never changes. UnboundObjectError when no client returned this object.
        """
        from ..api.plugin_instances import ProjectPluginInstancesApi  # noqa: PLC0415

        client, project_id = _scope_of(self, "update")
        return await ProjectPluginInstancesApi(client, project_id).update_plugin_instance(
            instance_id=self.id,
            body=body,
        )
