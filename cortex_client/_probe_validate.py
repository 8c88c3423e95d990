"""A small walker that lists how a JSON value differs from an OpenAPI 3.0/3.1 schema.

Stricter than the spec requires on purpose: an object that declares ``properties`` and says
nothing about ``additionalProperties`` reports fields it does not declare ("extra field"),
because the probe's job is to find what the vendored spec does not know yet.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

__all__ = ["differences", "json_path"]

Schema = Mapping[str, Any]

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
_COMPOSITIONS = ("oneOf", "anyOf")


def json_path(parent: str, key: str | int) -> str:
    """``$.a``, ``$.a[0]``, ``$["odd key"]``."""
    if isinstance(key, int):
        return f"{parent}[{key}]"
    if _IDENTIFIER.match(key):
        return f"{parent}.{key}"
    return f'{parent}["{key}"]'


def differences(
    value: Any, schema: Schema, document: Mapping[str, Any], *, limit: int = 20
) -> list[str]:
    """Up to ``limit`` lines ``<json path>: <what differs>``; empty when ``value`` conforms."""
    found: list[str] = []
    _Walker(document, found, limit).walk(value, schema, "$")
    return found


class _Walker:
    def __init__(self, document: Mapping[str, Any], found: list[str], limit: int) -> None:
        self._document = document
        self._found = found
        self._limit = limit

    def _report(self, path: str, problem: str) -> None:
        if len(self._found) < self._limit:
            self._found.append(f"{path}: {problem}")

    # -- schema shape -------------------------------------------------------------------

    def resolve(self, schema: Schema) -> Schema:
        """Follow ``$ref`` chains; sibling keywords (3.1) are kept next to the target's."""
        seen: set[str] = set()
        while isinstance(ref := schema.get("$ref"), str) and ref not in seen:
            seen.add(ref)
            target = self._pointer(ref)
            siblings = {key: value for key, value in schema.items() if key != "$ref"}
            schema = {**target, **siblings} if siblings else target
        return schema

    def _pointer(self, ref: str) -> Schema:
        node: Any = self._document
        if not ref.startswith("#/"):
            return {}
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            node = node.get(part) if isinstance(node, Mapping) else None
        return node if isinstance(node, Mapping) else {}

    def flatten(self, schema: Schema) -> Schema:
        """Resolve refs and merge ``allOf`` parts into one schema (properties and required
        unioned), so an object split over parts is checked for extra fields as a whole."""
        schema = self.resolve(schema)
        parts = schema.get("allOf")
        if not isinstance(parts, list):
            return schema
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        properties: dict[str, Any] = dict(merged.get("properties") or {})
        required: list[str] = list(merged.get("required") or [])
        for part in parts:
            flat = self.flatten(part)
            properties.update(flat.get("properties") or {})
            required.extend(flat.get("required") or [])
            for key, value in flat.items():
                if key not in ("properties", "required"):
                    merged.setdefault(key, value)
        if properties:
            merged["properties"] = properties
        if required:
            merged["required"] = list(dict.fromkeys(required))
        return merged

    @staticmethod
    def types(schema: Schema) -> list[str]:
        declared = schema.get("type")
        kinds = list(declared) if isinstance(declared, list) else [declared] if declared else []
        if not kinds and ("properties" in schema or "additionalProperties" in schema):
            kinds = ["object"]
        return [str(kind) for kind in kinds]

    def allows_null(self, schema: Schema) -> bool:
        if schema.get("nullable") is True or "null" in self.types(schema):
            return True
        if None in (schema.get("enum") or []):
            return True
        return any(
            self.allows_null(self.flatten(option))
            for key in _COMPOSITIONS
            for option in schema.get(key) or []
        )

    # -- the walk -----------------------------------------------------------------------

    def walk(self, value: Any, schema: Schema, path: str) -> None:
        schema = self.flatten(schema)
        if value is None:
            if not self.allows_null(schema) and (self.types(schema) or "enum" in schema):
                self._report(path, f"is null, expected {self._describe_type(schema)}")
            return
        for key in _COMPOSITIONS:
            options = schema.get(key)
            if isinstance(options, list) and options:
                self._walk_options(value, options, path)
        kinds = self.types(schema)
        if kinds and not any(_is_type(value, kind) for kind in kinds):
            self._report(path, f"expected {self._describe_type(schema)}, got {_type_of(value)}")
            return
        self._check_enum(value, schema, path)
        if isinstance(value, str):
            self._check_format(value, schema.get("format"), path)
        elif isinstance(value, Mapping):
            self._walk_object(value, schema, path)
        elif isinstance(value, list):
            items = schema.get("items")
            if isinstance(items, Mapping):
                for index, item in enumerate(value):
                    self.walk(item, items, json_path(path, index))

    def _walk_options(self, value: Any, options: list[Any], path: str) -> None:
        # The closest option stands for the whole union in the report: one of the value's own
        # type first, then the one with the fewest differences.
        best: tuple[bool, int] | None = None
        best_found: list[str] = []
        for option in options:
            found: list[str] = []
            _Walker(self._document, found, self._limit).walk(value, option, path)
            if not found:
                return
            kinds = self.types(self.flatten(option))
            score = (bool(kinds) and not any(_is_type(value, k) for k in kinds), len(found))
            if best is None or score < best:
                best, best_found = score, found
        for line in best_found:
            path_part, _, problem = line.partition(": ")
            self._report(path_part, problem)

    def _check_enum(self, value: Any, schema: Schema, path: str) -> None:
        allowed = schema.get("enum")
        if "const" in schema:
            allowed = [schema["const"]]
        if isinstance(allowed, list) and value not in allowed:
            self._report(path, f"unknown enum value {value!r}")

    def _check_format(self, value: str, fmt: Any, path: str) -> None:
        if not isinstance(fmt, str) or _format_ok(value, fmt):
            return
        self._report(path, f"{value!r} is not a valid {fmt}")

    def _walk_object(self, value: Mapping[str, Any], schema: Schema, path: str) -> None:
        properties: Mapping[str, Any] = schema.get("properties") or {}
        for name in schema.get("required") or []:
            if name not in value:
                self._report(json_path(path, name), "missing required field")
        extra = schema.get("additionalProperties")
        for name, item in value.items():
            if name in properties:
                self.walk(item, properties[name], json_path(path, name))
            elif isinstance(extra, Mapping):
                self.walk(item, extra, json_path(path, name))
            elif extra is False or (extra is None and properties):
                self._report(json_path(path, name), "extra field")

    def _describe_type(self, schema: Schema) -> str:
        kinds = [kind for kind in self.types(schema) if kind != "null"]
        return " or ".join(kinds) if kinds else "a value"


def _is_type(value: Any, kind: str) -> bool:
    if kind == "null":
        return value is None
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        whole = isinstance(value, float) and value.is_integer()
        return (isinstance(value, int) and not isinstance(value, bool)) or whole
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "string":
        return isinstance(value, str)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, Mapping)
    return True


def _type_of(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _format_ok(value: str, fmt: str) -> bool:
    try:
        if fmt == "date-time":
            return bool(_DATE_TIME.match(value)) and bool(
                datetime.fromisoformat(value.replace("z", "Z").replace("Z", "+00:00"))
            )
        if fmt == "date":
            return bool(_DATE.match(value)) and bool(date.fromisoformat(value))
        if fmt == "uuid":
            return bool(_UUID.match(value)) and bool(uuid.UUID(value))
    except ValueError:
        return False
    if fmt == "email":
        return bool(_EMAIL.match(value))
    if fmt in ("uri", "url"):
        return bool(_URI.match(value))
    return True
