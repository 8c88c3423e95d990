from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_app_settings_request_e2e_encryption_mode import (
    UpdateAppSettingsRequestE2EEncryptionMode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_app_settings_request_bot_user_data import (
        UpdateAppSettingsRequestBotUserData,
    )


T = TypeVar("T", bound="UpdateAppSettingsRequest")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "botUserId",
        "botUserData",
        "debugAudioEnabled",
        "e2eEncryptionMode",
        "e2eEncryptionPassword",
    )
)


@_attrs_define
class UpdateAppSettingsRequest:
    """Writable project settings (all optional).

    Attributes:
        bot_user_id (str | Unset): Bot user id.
        bot_user_data (UpdateAppSettingsRequestBotUserData | Unset): Bot peer userData.
        debug_audio_enabled (bool | Unset): Enable debug audio storage.
        e_2_e_encryption_mode (UpdateAppSettingsRequestE2EEncryptionMode | Unset): End-to-end encryption mode.
        e_2_e_encryption_password (str | Unset): Cipher password for manual mode.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    bot_user_id: str | Unset = UNSET
    bot_user_data: UpdateAppSettingsRequestBotUserData | Unset = UNSET
    debug_audio_enabled: bool | Unset = UNSET
    e_2_e_encryption_mode: UpdateAppSettingsRequestE2EEncryptionMode | Unset = UNSET
    e_2_e_encryption_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bot_user_id = self.bot_user_id

        bot_user_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bot_user_data, Unset):
            bot_user_data = self.bot_user_data.to_dict()

        debug_audio_enabled = self.debug_audio_enabled

        e_2_e_encryption_mode: str | Unset = UNSET
        if not isinstance(self.e_2_e_encryption_mode, Unset):
            e_2_e_encryption_mode = self.e_2_e_encryption_mode.value

        e_2_e_encryption_password = self.e_2_e_encryption_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bot_user_id is not UNSET:
            field_dict["botUserId"] = bot_user_id
        if bot_user_data is not UNSET:
            field_dict["botUserData"] = bot_user_data
        if debug_audio_enabled is not UNSET:
            field_dict["debugAudioEnabled"] = debug_audio_enabled
        if e_2_e_encryption_mode is not UNSET:
            field_dict["e2eEncryptionMode"] = e_2_e_encryption_mode
        if e_2_e_encryption_password is not UNSET:
            field_dict["e2eEncryptionPassword"] = e_2_e_encryption_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_app_settings_request_bot_user_data import (
            UpdateAppSettingsRequestBotUserData,  # noqa: PLC0415
        )

        d = src_dict
        _bot_user_data = d.get("botUserData", UNSET)
        bot_user_data: UpdateAppSettingsRequestBotUserData | Unset
        if _bot_user_data is UNSET:
            bot_user_data = UNSET
        else:
            bot_user_data = UpdateAppSettingsRequestBotUserData.from_dict(_bot_user_data)

        _e_2_e_encryption_mode = d.get("e2eEncryptionMode", UNSET)
        e_2_e_encryption_mode: UpdateAppSettingsRequestE2EEncryptionMode | Unset
        if _e_2_e_encryption_mode is UNSET:
            e_2_e_encryption_mode = UNSET
        else:
            e_2_e_encryption_mode = (
                UpdateAppSettingsRequestE2EEncryptionMode._value2member_map_.get(
                    _e_2_e_encryption_mode
                )
                or UpdateAppSettingsRequestE2EEncryptionMode(_e_2_e_encryption_mode)
            )

        update_app_settings_request = cls(
            d.get("botUserId", UNSET),
            bot_user_data,
            d.get("debugAudioEnabled", UNSET),
            e_2_e_encryption_mode,
            d.get("e2eEncryptionPassword", UNSET),
        )

        if len(d) > 0 + ("botUserId" in d) + ("botUserData" in d) + ("debugAudioEnabled" in d) + (
            "e2eEncryptionMode" in d
        ) + ("e2eEncryptionPassword" in d):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            update_app_settings_request.additional_properties = unknown
        return update_app_settings_request

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
