from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_function_settings_request_dependencies import (
        UpdateFunctionSettingsRequestDependencies,
    )
    from ..models.update_function_settings_request_environment_variables import (
        UpdateFunctionSettingsRequestEnvironmentVariables,
    )


T = TypeVar("T", bound="UpdateFunctionSettingsRequest")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "dependencies",
        "environmentVariables",
    )
)


@_attrs_define
class UpdateFunctionSettingsRequest:
    """New project-wide function settings.

    Attributes:
        dependencies (UpdateFunctionSettingsRequestDependencies | Unset): npm package name -> version range.
        environment_variables (UpdateFunctionSettingsRequestEnvironmentVariables | Unset): Environment variables.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    dependencies: UpdateFunctionSettingsRequestDependencies | Unset = UNSET
    environment_variables: UpdateFunctionSettingsRequestEnvironmentVariables | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dependencies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = self.dependencies.to_dict()

        environment_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = self.environment_variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies
        if environment_variables is not UNSET:
            field_dict["environmentVariables"] = environment_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_function_settings_request_dependencies import (
            UpdateFunctionSettingsRequestDependencies,  # noqa: PLC0415
        )
        from ..models.update_function_settings_request_environment_variables import (
            UpdateFunctionSettingsRequestEnvironmentVariables,  # noqa: PLC0415
        )

        d = src_dict
        _dependencies = d.get("dependencies", UNSET)
        dependencies: UpdateFunctionSettingsRequestDependencies | Unset
        if _dependencies is UNSET:
            dependencies = UNSET
        else:
            dependencies = UpdateFunctionSettingsRequestDependencies.from_dict(_dependencies)

        _environment_variables = d.get("environmentVariables", UNSET)
        environment_variables: UpdateFunctionSettingsRequestEnvironmentVariables | Unset
        if _environment_variables is UNSET:
            environment_variables = UNSET
        else:
            environment_variables = UpdateFunctionSettingsRequestEnvironmentVariables.from_dict(
                _environment_variables
            )

        update_function_settings_request = cls(
            dependencies,
            environment_variables,
        )

        if len(d) > 0 + ("dependencies" in d) + ("environmentVariables" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            update_function_settings_request.additional_properties = unknown
        return update_function_settings_request

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
