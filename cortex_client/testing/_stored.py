"""What a request body may carry into stored state.

A request schema is often looser than the resource it fills: ``CreateApiKey.expiresAt`` is any
string, the ``expiresAt`` every key is served with is a ``date-time``. The emulator stores body
fields under their own names, so a value that passes the request schema but not the served one
would come back in answers that break the spec. Such a body is refused (422) instead, like the
real server's DTO validation does. The narrowed schema is derived from the spec, per operation:
for each body field the operation's answer or its collection's items also declare with the same
kind, the declared schema of that field.
"""

from __future__ import annotations

from typing import Any

from ._resources import Resources, collection_template
from ._schema import Schema, is_list_wrapper
from ._spec import Operation, Spec

__all__ = ["StoredFields"]

_SCALARS = ("string", "integer", "number", "boolean")
# Keywords that constrain nothing a same-kind request value could break.
_ANNOTATIONS = frozenset(
    {"type", "description", "example", "examples", "title", "default", "readOnly", "nullable"}
)


class StoredFields:
    """Per operation, the schema a body must also satisfy so that what it stores is servable."""

    def __init__(self, spec: Spec, resources: Resources) -> None:
        self._spec = spec
        self._resources = resources
        self._cache: dict[str, Schema | None] = {}

    def schema(self, op: Operation) -> Schema | None:
        """The narrowing schema of ``op``'s body, or None when nothing narrows it."""
        if op.operation_id not in self._cache:
            self._cache[op.operation_id] = self._derive(op)
        return self._cache[op.operation_id]

    def _derive(self, op: Operation) -> Schema | None:
        if op.request_schema is None:
            return None
        targets = [self._served(op.response_schema)]
        targets.append(self._resources.item_schema(collection_template(op)))
        parts = [
            narrowed
            for target in targets
            if target is not None
            and (narrowed := self._narrow(op.request_schema, target, frozenset())) is not None
        ]
        return {"allOf": parts} if parts else None

    def _served(self, schema: Schema | None) -> Schema | None:
        """The resource an answer carries (a list's or page's items, else the answer itself)."""
        if schema is None:
            return None
        tools = self._spec.tools
        resolved = tools.resolve(schema)
        if tools.kind(resolved) == "array":
            items: Schema = resolved.get("items") or {}
            return items
        wrapper = is_list_wrapper(resolved)
        if wrapper is not None:
            found: Schema = tools.resolve(tools.properties(resolved)[wrapper]).get("items") or {}
            return found
        return resolved

    def _narrow(
        self, request: Schema, served: Schema, seen: frozenset[tuple[int, int]]
    ) -> Schema | None:
        tools = self._spec.tools
        request, served = tools.resolve(request), tools.resolve(served)
        pair = (id(request), id(served))
        if pair in seen:
            return None  # a recursive schema: the outer level already narrows this pair
        seen = seen | {pair}
        kind = tools.kind(request)
        if kind is None or kind != tools.kind(served):
            return None
        if kind in _SCALARS:
            narrows = set(served) - _ANNOTATIONS or (
                request.get("nullable") and not served.get("nullable")
            )
            return served if narrows else None
        if kind == "array":
            items = self._narrow(request.get("items") or {}, served.get("items") or {}, seen)
            return None if items is None else {"items": items}
        if kind == "object":
            wanted = tools.properties(request)
            offered = tools.properties(served)
            properties: dict[str, Any] = {}
            for name, sub in wanted.items():
                if name in offered:
                    narrowed = self._narrow(sub, offered[name], seen)
                    if narrowed is not None:
                        properties[name] = narrowed
            return {"properties": properties} if properties else None
        return None
