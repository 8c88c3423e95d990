from enum import StrEnum
from typing import Any


class SanctionResponseType(StrEnum):
    HUMAN_REVIEW = "human_review"
    LISTEN_ONLY = "listen_only"
    MUTE = "mute"
    PARTY_RESTRICTION = "party_restriction"
    PERM_BAN = "perm_ban"
    QUEUE_DELAY = "queue_delay"
    RANKED_RESTRICTION = "ranked_restriction"
    RATE_LIMIT = "rate_limit"
    SHADOW_MUTE = "shadow_mute"
    TEMP_BAN = "temp_ban"
    TEXT_ONLY = "text_only"
    WARN = "warn"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SanctionResponseType | None":
        # Forward compatibility: a value a newer server sends is kept as a pseudo-member that
        # still compares equal to its string, instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
