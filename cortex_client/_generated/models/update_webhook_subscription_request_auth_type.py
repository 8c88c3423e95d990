from enum import StrEnum
from typing import Any


class UpdateWebhookSubscriptionRequestAuthType(StrEnum):
    API_KEY = "api_key"
    BASIC_AUTH = "basic_auth"
    CUSTOM_HEADERS = "custom_headers"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "UpdateWebhookSubscriptionRequestAuthType | None":
        # Forward compatibility: a value a newer server sends is kept as a pseudo-member that
        # still compares equal to its string, instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
