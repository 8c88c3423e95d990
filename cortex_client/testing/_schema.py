"""Pure OpenAPI 3.0 schema helpers: ``$ref`` resolution, nullable translation, defaults, shaping."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

__all__ = [
    "REF_PREFIX",
    "Schema",
    "SchemaTools",
    "is_list_wrapper",
    "now_iso",
    "to_json_schema",
]

Schema = Mapping[str, Any]

REF_PREFIX = "#/components/schemas/"
_JSON_SCHEMA_REF_PREFIX = "#/definitions/"
_SUB_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")


def now_iso() -> str:
    """The current UTC time in ISO 8601 with milliseconds, like JavaScript's toISOString."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def to_json_schema(schema: Any) -> Any:
    """Translate an OpenAPI 3.0 schema to JSON Schema draft 4.

    ``nullable: true`` becomes a type union with ``null`` (and ``None`` joins an ``enum``);
    component references are rewritten to point into a ``definitions`` section.
    """
    if isinstance(schema, list):
        return [to_json_schema(item) for item in schema]
    if not isinstance(schema, Mapping):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "$ref" and isinstance(value, str) and value.startswith(REF_PREFIX):
            out[key] = _JSON_SCHEMA_REF_PREFIX + value[len(REF_PREFIX) :]
        elif key in ("properties", "patternProperties", "definitions"):
            out[key] = {name: to_json_schema(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "not") or key in _SUB_SCHEMA_LISTS:
            out[key] = to_json_schema(value)
        elif key in ("nullable", "discriminator", "example", "xml", "externalDocs"):
            continue
        else:
            out[key] = value
    if not schema.get("nullable"):
        return out
    if "type" in out:
        types = out["type"] if isinstance(out["type"], list) else [out["type"]]
        out["type"] = [*types, "null"]
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        return out
    return {"anyOf": [out, {"type": "null"}]}


def is_list_wrapper(schema: Schema) -> str | None:
    """Name of the array property when ``schema`` is a page wrapper like ``{items: [...], total}``.

    A wrapper has exactly one array property and otherwise only counters or flags.
    """
    properties: Mapping[str, Any] = schema.get("properties") or {}
    arrays = [name for name, sub in properties.items() if sub.get("type") == "array"]
    if len(arrays) != 1:
        return None
    others = [sub for name, sub in properties.items() if name != arrays[0]]
    if all(sub.get("type") in ("integer", "number", "boolean") for sub in others):
        return arrays[0]
    return None


class SchemaTools:
    """Schema operations that need the document, for resolving ``$ref``."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._schemas: Mapping[str, Any] = document.get("components", {}).get("schemas", {})

    def resolve(self, schema: Schema) -> Schema:
        """Follow ``$ref`` (and single-element ``allOf`` wrappers) to the schema they name."""
        seen: set[str] = set()
        while True:
            ref = schema.get("$ref")
            if isinstance(ref, str) and ref.startswith(REF_PREFIX) and ref not in seen:
                seen.add(ref)
                schema = self._schemas.get(ref[len(REF_PREFIX) :], {})
                continue
            parts = schema.get("allOf")
            if isinstance(parts, list) and len(parts) == 1 and len(schema) == 1:
                schema = parts[0]
                continue
            return schema

    def named(self, name: str) -> Schema | None:
        """The component schema called ``name``, if the document has it."""
        found = self._schemas.get(name)
        return found if isinstance(found, Mapping) else None

    def properties(self, schema: Schema) -> dict[str, Schema]:
        """Declared properties of an object schema, ``allOf`` parts merged."""
        schema = self.resolve(schema)
        merged: dict[str, Schema] = {}
        for part in schema.get("allOf") or []:
            merged.update(self.properties(part))
        merged.update(schema.get("properties") or {})
        return merged

    def required(self, schema: Schema) -> list[str]:
        """Required property names of an object schema, ``allOf`` parts merged."""
        schema = self.resolve(schema)
        names: list[str] = []
        for part in schema.get("allOf") or []:
            names.extend(self.required(part))
        names.extend(schema.get("required") or [])
        return list(dict.fromkeys(names))

    def kind(self, schema: Schema) -> str | None:
        """The JSON type of a schema (``object`` when it only declares properties)."""
        schema = self.resolve(schema)
        declared = schema.get("type")
        if isinstance(declared, str):
            return declared
        if schema.get("properties") is not None or schema.get("allOf"):
            return "object"
        return None

    def default(self, schema: Schema, name: str = "") -> Any:
        """A value valid for ``schema``: its default, first enum value, a format-aware value,
        the example, or the plainest value of its type; objects get their required properties."""
        schema = self.resolve(schema)
        if "default" in schema:
            return copy.deepcopy(schema["default"])
        enum = [value for value in schema.get("enum") or [] if value is not None]
        if enum:
            return enum[0]
        for key in ("oneOf", "anyOf"):
            options = schema.get(key)
            if options:
                return self.default(options[0], name)
        kind = self.kind(schema)
        example = schema.get("example")
        if kind == "string":
            return self._string_default(schema, name, example)
        if kind == "integer":
            if isinstance(example, int) and not isinstance(example, bool):
                return example
            return int(schema.get("minimum", 0))
        if kind == "number":
            if isinstance(example, int | float) and not isinstance(example, bool):
                return example
            return schema.get("minimum", 0)
        if kind == "boolean":
            return example if isinstance(example, bool) else False
        if kind == "array":
            count = int(schema.get("minItems", 0))
            return [self.default(schema.get("items", {}), name) for _ in range(count)]
        if kind == "object":
            return self.conform({}, schema)
        return example

    def _string_default(self, schema: Schema, name: str, example: Any) -> str:
        fmt = schema.get("format")
        if fmt == "date-time" or name.endswith("At") or name in ("created", "updated"):
            return now_iso()
        if fmt == "date":
            return date.today().isoformat()
        if fmt == "uuid" or name == "id":
            return str(uuid.uuid4())
        if fmt == "email":
            return "user@example.com"
        if fmt in ("uri", "url"):
            return "https://example.com"
        if fmt == "binary":
            return ""
        if isinstance(example, str):
            return example
        return name or "string"

    def conform(self, value: Any, schema: Schema) -> Any:
        """Shape ``value`` to ``schema``: keep declared properties only (unless the schema is
        open), fill missing required ones with defaults, recurse into objects and arrays."""
        schema = self.resolve(schema)
        kind = self.kind(schema)
        if kind == "array" and isinstance(value, list):
            items = schema.get("items", {})
            return [self.conform(item, items) for item in value]
        if kind != "object" or not isinstance(value, Mapping):
            return value
        declared = self.properties(schema)
        keep_all = not declared or schema.get("additionalProperties") is True
        out: dict[str, Any] = {}
        for key, item in value.items():
            if key in declared:
                out[key] = self.conform(item, declared[key])
            elif keep_all:
                out[key] = item
        for key in self.required(schema):
            if key not in out:
                out[key] = self.default(declared.get(key, {}), key)
        return out
