"""What a behaviour receives (a routed, validated call) and what it returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ._resources import collection_template, singular
from ._spec import Operation, param_name
from ._store import Record

if TYPE_CHECKING:
    from ._emulator import Emulator

__all__ = ["Call", "HttpError", "Reply", "nest_error_body", "not_found"]


def nest_error_body(status: int, message: str | list[str]) -> dict[str, Any]:
    """The NestJS default error body: ``{statusCode, message, error}``."""
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Error"
    return {"statusCode": status, "message": message, "error": reason}


class HttpError(Exception):
    """Raised by a behaviour to answer with a NestJS error body."""

    def __init__(self, status: int, message: str | list[str]) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class Reply:
    """A behaviour's answer. ``status`` None means the operation's declared success status.

    ``body`` is shaped to the declared response schema by the app; ``raw`` bytes skip that.
    """

    body: Any = None
    status: int | None = None
    raw: bytes | None = None
    media_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Call:
    """A routed request that passed auth and validation."""

    emulator: Emulator
    op: Operation
    path: str
    params: dict[str, str]
    query: dict[str, Any]
    body: Any

    @property
    def project_id(self) -> str | None:
        """The ``projectId`` path parameter, if the route has one."""
        return self.params.get("projectId")

    @property
    def segments(self) -> list[str]:
        """Concrete path segments (``['api', 'projects', 'p1', ...]``)."""
        return [part for part in self.path.split("/") if part]

    @property
    def collection(self) -> str:
        """Concrete path of the addressed collection (item routes drop their id)."""
        parts = self.segments[:-1] if self.op.last_is_param else self.segments
        return "/" + "/".join(parts)

    @property
    def template(self) -> str:
        """Spec template of the addressed collection."""
        return collection_template(self.op)

    def sub(self, depth: int) -> tuple[str, str]:
        """Concrete path and template of the first ``depth`` segments."""
        return (
            "/" + "/".join(self.segments[:depth]),
            "/" + "/".join(self.op.segments[:depth]),
        )

    def item(self) -> Record:
        """The record an item route addresses (parents checked); 404 when absent."""
        self.parents()
        record = self.emulator.store.get(self.collection, self.segments[-1])
        if record is None:
            raise not_found(self.op.segments[-2], self.segments[-1])
        return record

    def parents(self, upto: int | None = None) -> list[Record]:
        """Records named by the path's parameters before the last segment; 404 when absent.

        ``projectId`` is a scope, not a record: every project exists implicitly.
        """
        found = []
        last = len(self.op.segments) - 1 if upto is None else upto
        for index, segment in enumerate(self.op.segments[:last]):
            name = param_name(segment)
            if name is None or name == "projectId" or index == 0:
                continue
            collection, _ = self.sub(index)
            record = self.emulator.store.get(collection, self.segments[index])
            if record is None:
                raise not_found(self.op.segments[index - 1], self.segments[index])
            found.append(record)
        return found


def not_found(collection_name: str, record_id: str) -> HttpError:
    """404 for a missing resource, worded like the NestJS services do."""
    kind = singular(collection_name).replace("-", " ").capitalize()
    return HttpError(404, f"{kind} with id '{record_id}' not found")
