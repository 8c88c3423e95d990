from enum import StrEnum
from typing import Any


class ParticipantUpdatedPayloadAction(StrEnum):
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ParticipantUpdatedPayloadAction | None":
        # Forward compatibility: a value a newer server sends is kept as a pseudo-member that
        # still compares equal to its string, instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
