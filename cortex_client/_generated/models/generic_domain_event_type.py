from enum import StrEnum
from typing import Any


class GenericDomainEventType(StrEnum):
    BOT_STATUS_CHANGED = "bot.status.changed"
    CONFIG_CREATED = "config.created"
    CONFIG_READY = "config.ready"
    CONFIG_UPDATED = "config.updated"
    DEPLOYMENT_CREATED = "deployment.created"
    DEPLOYMENT_UPDATED = "deployment.updated"
    IMAGE_CREATED = "image.created"
    IMAGE_READY = "image.ready"
    IMAGE_UPDATED = "image.updated"
    PARTICIPANT_JOINED = "participant.joined"
    PARTICIPANT_LEFT = "participant.left"
    SERVER_CREATED = "server.created"
    SERVER_RUNNING = "server.running"
    SERVER_STARTED = "server.started"
    SERVER_STOPPED = "server.stopped"
    SERVER_UPDATED = "server.updated"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "GenericDomainEventType | None":
        # Forward compatibility: a value a newer server sends is kept as a pseudo-member that
        # still compares equal to its string, instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
