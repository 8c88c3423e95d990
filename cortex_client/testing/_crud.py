"""Generic behaviour chosen by path shape, for operations without a specific behaviour."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._call import Call, Reply
from ._store import Record

__all__ = ["apply_query", "create", "handle_generic", "page"]

_PAGING = ("limit", "offset", "search")


def handle_generic(call: Call) -> Reply:
    """Serve ``call`` as CRUD: item get/update/delete, list, create, singleton, or action."""
    op = call.op
    if op.last_is_param:
        record = call.item()
        if op.method == "GET" or op.method == "POST":
            return Reply(call.emulator.render(record))
        if op.method in ("PATCH", "PUT"):
            call.emulator.change_record(record, _mapping(call.body))
            return Reply(call.emulator.render(record))
        if op.method == "DELETE":
            call.emulator.delete_record(record)
            return Reply()
        return Reply(call.emulator.render(record))
    resources = call.emulator.resources
    if op.method == "GET" and resources.list_items_schema(op) is not None:
        call.parents(len(op.segments))
        return list_collection(call)
    if op.method == "POST" and resources.is_collection(op.template):
        call.parents(len(op.segments))
        return Reply(call.emulator.render(create(call, _mapping(call.body))))
    if op.method in ("GET", "PUT", "PATCH", "DELETE"):
        return singleton(call)
    return action(call)


def create(call: Call, data: Mapping[str, Any], **options: Any) -> Record:
    """Create a record in the addressed collection, parent ids filled where the item has them.

    The server assigns ids: an ``id`` sent by the client is ignored.
    """
    fields = {key: value for key, value in data.items() if key != "id"}
    schema = call.emulator.resources.item_schema(call.template)
    declared = call.emulator.spec.tools.properties(schema) if schema is not None else {}
    for name, value in call.params.items():
        if name in declared and name != "id":
            fields.setdefault(name, value)
    return call.emulator.new_record(
        call.collection, call.template, call.project_id, fields, **options
    )


def list_collection(call: Call) -> Reply:
    """List the addressed collection with query filters and paging applied."""
    records = call.emulator.store.items(call.collection)
    rendered = [call.emulator.render(record) for record in records]
    return page(call, apply_query(call, rendered))


def apply_query(call: Call, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep items equal to every non-paging query value that names an item field; ``search``
    keeps items with a string field containing the text (case-insensitive)."""
    kept = items
    spec = call.emulator.spec
    item_schema = call.emulator.resources.list_items_schema(call.op) or {}
    declared = spec.tools.properties(item_schema)
    for name, value in call.query.items():
        if name in _PAGING or value is None or name not in declared:
            continue
        kept = [item for item in kept if item.get(name) == value]
    search = call.query.get("search")
    if isinstance(search, str) and search:
        needle = search.casefold()
        kept = [
            item
            for item in kept
            if any(isinstance(v, str) and needle in v.casefold() for v in item.values())
        ]
    return kept


def page(call: Call, items: list[dict[str, Any]]) -> Reply:
    """Apply ``offset``/``limit`` and wrap as the response schema wants (array or page)."""
    total = len(items)
    offset = call.query.get("offset")
    limit = call.query.get("limit")
    start = offset if isinstance(offset, int) and offset > 0 else 0
    window = items[start:]
    if isinstance(limit, int) and limit >= 0:
        window = window[:limit]
    spec = call.emulator.spec
    schema = spec.tools.resolve(call.op.response_schema or {})
    if spec.tools.kind(schema) == "array":
        return Reply(window)
    body: dict[str, Any] = {}
    for name, sub in spec.tools.properties(schema).items():
        kind = spec.tools.kind(sub)
        if kind == "array":
            body[name] = window
        elif name == "total":
            body[name] = total
        elif name in ("limit", "offset") and isinstance(call.query.get(name), int):
            body[name] = call.query[name]
        elif name == "hasMore":
            body[name] = start + len(window) < total
    return Reply(body)


def singleton(call: Call) -> Reply:
    """A resource without id living at its path (settings): read, replace/merge or reset."""
    emulator = call.emulator
    current = emulator.singletons.get(call.path, {})
    if call.op.method == "DELETE":
        emulator.singletons.pop(call.path, None)
        return Reply()
    if call.op.method in ("PUT", "PATCH"):
        current = {**current, **_mapping(call.body)}
        emulator.singletons[call.path] = current
    schema = call.op.response_schema
    if schema is None:
        return Reply()
    tools = emulator.spec.tools
    shaped = tools.conform(dict(current), schema) if current else tools.default(schema)
    if isinstance(shaped, Mapping) and call.path not in emulator.singletons:
        # Defaults are stored on first read so repeated reads agree.
        emulator.singletons[call.path] = dict(shaped)
    return Reply(shaped)


def action(call: Call) -> Reply:
    """A POST on a non-collection path: answer with the parent resource, or nothing."""
    parents = call.parents(len(call.op.segments))
    if call.op.response_schema is None:
        return Reply()
    if parents:
        return Reply(call.emulator.render(parents[-1]))
    return Reply({})


def _mapping(body: Any) -> dict[str, Any]:
    return dict(body) if isinstance(body, Mapping) else {}
