from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_settings_response_e2e_encryption_mode import AppSettingsResponseE2EEncryptionMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_settings_response_bot_user_data import AppSettingsResponseBotUserData


T = TypeVar("T", bound="AppSettingsResponse")
# The JSON keys from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "appId",
        "isConfigured",
        "hasSecret",
        "debugAudioEnabled",
        "e2eEncryptionMode",
        "botUserId",
        "botUserData",
        "projectName",
        "e2eEncryptionPassword",
    )
)


@_attrs_define
class AppSettingsResponse:
    """Per-project Cortex settings (project.settings).

    Attributes:
        id (str): Settings record id.
        app_id (str): App (project) id.
        is_configured (bool): Whether settings have been configured.
        has_secret (bool): Whether a project secret for HMAC auth is cached.
        debug_audio_enabled (bool): Store debug audio for transcription troubleshooting. Default: False.
        e_2_e_encryption_mode (AppSettingsResponseE2EEncryptionMode): End-to-end encryption mode used by the bot.
            Default: AppSettingsResponseE2EEncryptionMode.DISABLED.
        bot_user_id (str | Unset): User id the transcription bot joins with (access_key provider).
        bot_user_data (AppSettingsResponseBotUserData | Unset): userData attached to the bot peer.
        project_name (str | Unset): Project display name (synced from billing).
        e_2_e_encryption_password (str | Unset): Manual cipher password; only present when mode is manual.
    """

    # The JSON keys a document must have: a cheap check for readers that defer from_dict.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "appId",
            "isConfigured",
            "hasSecret",
            "debugAudioEnabled",
            "e2eEncryptionMode",
        )
    )

    id: str
    app_id: str
    is_configured: bool
    has_secret: bool
    debug_audio_enabled: bool = False
    e_2_e_encryption_mode: AppSettingsResponseE2EEncryptionMode = (
        AppSettingsResponseE2EEncryptionMode.DISABLED
    )
    bot_user_id: str | Unset = UNSET
    bot_user_data: AppSettingsResponseBotUserData | Unset = UNSET
    project_name: str | Unset = UNSET
    e_2_e_encryption_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        app_id = self.app_id

        is_configured = self.is_configured

        has_secret = self.has_secret

        debug_audio_enabled = self.debug_audio_enabled

        e_2_e_encryption_mode = self.e_2_e_encryption_mode.value

        bot_user_id = self.bot_user_id

        bot_user_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bot_user_data, Unset):
            bot_user_data = self.bot_user_data.to_dict()

        project_name = self.project_name

        e_2_e_encryption_password = self.e_2_e_encryption_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "appId": app_id,
                "isConfigured": is_configured,
                "hasSecret": has_secret,
                "debugAudioEnabled": debug_audio_enabled,
                "e2eEncryptionMode": e_2_e_encryption_mode,
            }
        )
        if bot_user_id is not UNSET:
            field_dict["botUserId"] = bot_user_id
        if bot_user_data is not UNSET:
            field_dict["botUserData"] = bot_user_data
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if e_2_e_encryption_password is not UNSET:
            field_dict["e2eEncryptionPassword"] = e_2_e_encryption_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_settings_response_bot_user_data import AppSettingsResponseBotUserData  # noqa: PLC0415

        d = src_dict
        e_2_e_encryption_mode = AppSettingsResponseE2EEncryptionMode._value2member_map_.get(
            d["e2eEncryptionMode"]
        ) or AppSettingsResponseE2EEncryptionMode(d["e2eEncryptionMode"])

        _bot_user_data = d.get("botUserData", UNSET)
        bot_user_data: AppSettingsResponseBotUserData | Unset
        if _bot_user_data is UNSET:
            bot_user_data = UNSET
        else:
            bot_user_data = AppSettingsResponseBotUserData.from_dict(_bot_user_data)

        app_settings_response = cls(
            d["id"],
            d["appId"],
            d["isConfigured"],
            d["hasSecret"],
            d["debugAudioEnabled"],
            e_2_e_encryption_mode,
            d.get("botUserId", UNSET),
            bot_user_data,
            d.get("projectName", UNSET),
            d.get("e2eEncryptionPassword", UNSET),
        )

        if len(d) > 6 + ("botUserId" in d) + ("botUserData" in d) + ("projectName" in d) + (
            "e2eEncryptionPassword" in d
        ):
            unknown = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            app_settings_response.additional_properties = unknown
        return app_settings_response

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
