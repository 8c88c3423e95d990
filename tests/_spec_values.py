"""Minimal spec-valid JSON values built from an OpenAPI 3.0 schema (for conformance tests)."""

from __future__ import annotations

from typing import Any

_FORMATS = {
    "date-time": "2026-11-28T10:00:00Z",
    "date": "2026-11-28",
    "email": "a@example.com",
    "uri": "https://example.com/x",
    "uuid": "8f1c6b9e-2f7a-4c1e-9a43-1b2c3d4e5f60",
}


def resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Follow `$ref`s to the schema they name."""
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def example(spec: dict[str, Any], schema: dict[str, Any]) -> Any:
    """A small value valid for `schema`: required properties only, first enum value, etc."""
    schema = resolve(spec, schema)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return example(spec, schema[key][0])
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = example(spec, part)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    if "example" in schema:
        return schema["example"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object")
    if kind == "object":
        props = schema.get("properties", {})
        return {
            name: example(spec, props[name]) for name in schema.get("required", []) if name in props
        }
    if kind == "array":
        return [example(spec, schema.get("items", {}))] if schema.get("minItems") else []
    if kind == "integer":
        return max(int(schema.get("minimum", 1)), 1)
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return False
    if kind == "string":
        value = _FORMATS.get(schema.get("format", ""), "x")
        return value * max(int(schema.get("minLength", 1)), 1) if value == "x" else value
    return None
