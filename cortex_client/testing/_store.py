"""In-memory resource store: records grouped by the concrete collection path they live under."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Record", "Store", "diff_previous"]


@dataclass
class Record:
    """One stored resource.

    ``collection`` is the concrete path (``/api/projects/p1/sessions``), ``template`` the spec
    template of that collection, ``kind`` its last segment (``sessions``).
    """

    id: str
    kind: str
    collection: str
    template: str
    project_id: str | None
    data: dict[str, Any] = field(default_factory=dict)


def diff_previous(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    """Previous values of the fields that differ between ``before`` and ``after``."""
    changed: dict[str, Any] = {}
    for key in set(before) | set(after):
        if before.get(key) != after.get(key):
            changed[key] = copy.deepcopy(before.get(key))
    return changed


class Store:
    """Records per collection path, in insertion order."""

    def __init__(self) -> None:
        self._collections: dict[str, dict[str, Record]] = {}

    def add(
        self,
        collection: str,
        template: str,
        project_id: str | None,
        data: Mapping[str, Any],
    ) -> Record:
        """Store ``data`` under ``collection``; an ``id`` is assigned when ``data`` has none."""
        stored = copy.deepcopy(dict(data))
        record_id = str(stored.setdefault("id", str(uuid.uuid4())))
        kind = collection.rstrip("/").rsplit("/", 1)[-1]
        record = Record(record_id, kind, collection, template, project_id, stored)
        self._collections.setdefault(collection, {})[record_id] = record
        return record

    def get(self, collection: str, record_id: str) -> Record | None:
        """The record ``record_id`` of ``collection``, if stored."""
        return self._collections.get(collection, {}).get(record_id)

    def items(self, collection: str) -> list[Record]:
        """Records of one collection, oldest first."""
        return list(self._collections.get(collection, {}).values())

    def remove(self, record: Record) -> None:
        """Forget ``record`` (no error when already gone)."""
        self._collections.get(record.collection, {}).pop(record.id, None)

    def update(self, record: Record, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Merge ``changes`` into the record; return the previous values of changed fields."""
        before = copy.deepcopy(record.data)
        record.data.update(copy.deepcopy(dict(changes)))
        return diff_previous(before, record.data)

    def all(self) -> Iterator[Record]:
        """Every record, collection by collection."""
        for records in list(self._collections.values()):
            yield from list(records.values())

    def find(
        self,
        kind: str,
        project_id: str | None = None,
        record_id: str | None = None,
        **fields: Any,
    ) -> list[Record]:
        """Records of ``kind`` (optionally one project, one id, and equal field values)."""
        found = []
        for record in self.all():
            if record.kind != kind:
                continue
            if project_id is not None and record.project_id != project_id:
                continue
            if record_id is not None and record.id != record_id:
                continue
            if any(record.data.get(key) != value for key, value in fields.items()):
                continue
            found.append(record)
        return found

    def clear(self) -> None:
        """Drop every record."""
        self._collections.clear()
