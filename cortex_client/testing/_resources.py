"""The resource model read from the spec: collections, their item schemas and event names."""

from __future__ import annotations

from ._schema import Schema, is_list_wrapper
from ._spec import Operation, Spec, param_name

__all__ = ["Resources", "singular"]


def singular(word: str) -> str:
    """``sessions`` → ``session``, ``api-keys`` → ``api-key``, ``policies`` → ``policy``."""
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith("ses") and not word.endswith("sses"):
        return word[:-1]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def collection_template(op: Operation) -> str:
    """Template of the collection an operation addresses (item routes drop the id)."""
    segments = op.segments[:-1] if op.last_is_param else op.segments
    return "/" + "/".join(segments)


class Resources:
    """Spec-derived facts about collections, computed once."""

    def __init__(self, spec: Spec) -> None:
        self._spec = spec
        self._item_schemas: dict[str, Schema] = {}
        self._collections: set[str] = set()
        self._collect(spec.operations)

    def _collect(self, operations: list[Operation]) -> None:
        tools = self._spec.tools
        # Item GET routes are the most faithful picture of a resource, then list items, then
        # what a create returns.
        for op in operations:
            if op.last_is_param and op.method == "GET" and op.response_schema is not None:
                self._collections.add(collection_template(op))
                self._item_schemas.setdefault(collection_template(op), op.response_schema)
        for op in operations:
            if op.last_is_param:
                self._collections.add(collection_template(op))
            if op.method != "GET" or op.last_is_param or op.response_schema is None:
                continue
            items = self.list_items_schema(op)
            if items is not None:
                self._collections.add(op.template)
                self._item_schemas.setdefault(op.template, items)
        for op in operations:
            if op.method == "POST" and op.template in self._collections:
                schema = op.response_schema
                if schema is not None and tools.kind(schema) == "object":
                    self._item_schemas.setdefault(op.template, schema)

    def list_items_schema(self, op: Operation) -> Schema | None:
        """Item schema of a list response (plain array or page wrapper), else None."""
        if op.response_schema is None:
            return None
        tools = self._spec.tools
        schema = tools.resolve(op.response_schema)
        if tools.kind(schema) == "array":
            items: Schema = schema.get("items") or {}
            return items
        wrapper = is_list_wrapper(schema)
        if wrapper is not None:
            array = tools.resolve(tools.properties(schema)[wrapper])
            found: Schema = array.get("items") or {}
            return found
        return None

    def is_collection(self, template: str) -> bool:
        """True when ``template`` names a collection (it has item routes or a list route)."""
        return template in self._collections

    def item_schema(self, template: str) -> Schema | None:
        """Schema of one item of the collection at ``template``."""
        return self._item_schemas.get(template)

    def resource_kind(self, template: str) -> str:
        """Singular resource name used in ``resourceId`` (``session`` for ``.../sessions``)."""
        return singular(template.rstrip("/").rsplit("/", 1)[-1])

    def event_prefix(self, template: str) -> str:
        """Event type prefix of a collection: ``session``, ``message``, ``gathering.member``.

        A nested collection is prefixed by its parent unless the spec already knows events
        named after the bare resource (``message.created`` for a session's messages).
        """
        segments = [s for s in template.split("/") if s and s != "api"]
        if len(segments) >= 2 and segments[0] == "projects" and param_name(segments[1]):
            segments = segments[2:]
        if not segments:
            return "resource"
        name = singular(segments[-1])
        known = self._spec.event_schemas
        if len(segments) == 1 or any(t.startswith(name + ".") for t in known):
            return name
        parent = segments[-2]
        if param_name(parent) and len(segments) >= 3:
            parent = segments[-3]
        return f"{singular(parent)}.{name}"
