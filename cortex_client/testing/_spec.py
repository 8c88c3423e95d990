"""Load the Cortex OpenAPI document and expose its operations and validators."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import jsonschema

from ._schema import Schema, SchemaTools, to_json_schema
from ._validation import FORMAT_CHECKER, describe_error

__all__ = ["Operation", "Spec", "SpecSource", "default_spec_paths", "load_spec_document"]

SpecSource = Mapping[str, Any] | str | Path | None

_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PARAM = re.compile(r"^\{([^{}]+)\}$")


def default_spec_paths() -> list[Path]:
    """Where the spec is looked for: the copy generation ships inside the package (so the
    emulator always matches the generated client, installed or vendored), then the repository's."""
    here = Path(__file__).resolve()
    return [
        here.parents[1] / "_generated" / "openapi.json",
        here.parents[2] / "openapi" / "cortex.json",
    ]


def load_spec_document(spec: SpecSource = None) -> dict[str, Any]:
    """Return the spec as a dict: ``spec`` itself, the file it names, or the default file."""
    if isinstance(spec, Mapping):
        return dict(spec)
    if spec is not None:
        return dict(json.loads(Path(spec).read_text(encoding="utf-8")))
    for candidate in default_spec_paths():
        if candidate.is_file():
            return dict(json.loads(candidate.read_text(encoding="utf-8")))
    searched = ", ".join(str(path) for path in default_spec_paths())
    raise FileNotFoundError(f"Cortex OpenAPI document not found (searched {searched})")


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with what the emulator needs to serve it."""

    operation_id: str
    method: str
    template: str
    segments: tuple[str, ...]
    path_params: tuple[str, ...]
    path_param_schemas: Mapping[str, Schema]
    query_params: Mapping[str, Schema]
    request_schema: Schema | None
    body_required: bool
    success_status: int
    response_schema: Schema | None
    response_media_type: str | None
    security_schemes: frozenset[str]
    is_open: bool
    raw: Mapping[str, Any] = field(repr=False)

    @property
    def last_is_param(self) -> bool:
        """True when the path ends with a parameter (an item route)."""
        return bool(self.segments) and _PARAM.match(self.segments[-1]) is not None

    @property
    def is_event_stream(self) -> bool:
        """True for server-sent event routes."""
        return self.response_media_type == "text/event-stream"


def param_name(segment: str) -> str | None:
    """The parameter name of a ``{name}`` path segment, else None."""
    found = _PARAM.match(segment)
    return found.group(1) if found else None


class Spec:
    """The parsed document: operations, schema tools, validators (cached per schema)."""

    def __init__(self, source: SpecSource = None) -> None:
        self.document = load_spec_document(source)
        self.tools = SchemaTools(self.document)
        self.operations = [op for op in self._walk_operations()]
        self.by_id = {op.operation_id: op for op in self.operations}
        schemas = self.document.get("components", {}).get("schemas", {})
        self._definitions = {name: to_json_schema(schema) for name, schema in schemas.items()}
        self._validators: dict[str, jsonschema.Draft4Validator] = {}

    def _walk_operations(self) -> list[Operation]:
        found: list[Operation] = []
        global_security = self.document.get("security")
        for template, item in (self.document.get("paths") or {}).items():
            shared = list(item.get("parameters") or [])
            for method in _HTTP_METHODS:
                raw = item.get(method)
                if raw is None:
                    continue
                found.append(self._operation(template, method, raw, shared, global_security))
        return found

    def _operation(
        self,
        template: str,
        method: str,
        raw: Mapping[str, Any],
        shared: list[Any],
        global_security: Any,
    ) -> Operation:
        params = [*shared, *(raw.get("parameters") or [])]
        query = {p["name"]: p.get("schema", {}) for p in params if p.get("in") == "query"}
        in_path = {p["name"]: p.get("schema", {}) for p in params if p.get("in") == "path"}
        segments = tuple(part for part in template.split("/") if part)
        body = raw.get("requestBody") or {}
        request_schema = _json_content_schema(body.get("content"))
        responses: Mapping[str, Any] = raw.get("responses") or {}
        success = sorted(code for code in responses if code.isdigit() and code.startswith("2"))
        status = int(success[0]) if success else 200
        content = (responses.get(str(status)) or {}).get("content") or {}
        media_type = next(iter(content), None)
        response_schema = content[media_type].get("schema") if media_type else None
        security = raw.get("security", global_security)
        schemes = frozenset(name for entry in security or [] for name in entry)
        is_open = not security or any(not entry for entry in security)
        operation_id = raw.get("operationId") or f"{method} {template}"
        return Operation(
            operation_id=operation_id,
            method=method.upper(),
            template=template,
            segments=segments,
            path_params=tuple(name for s in segments if (name := param_name(s))),
            path_param_schemas=in_path,
            query_params=query,
            request_schema=request_schema,
            body_required=bool(body.get("required")),
            success_status=status,
            response_schema=response_schema,
            response_media_type=media_type,
            security_schemes=schemes,
            is_open=is_open,
            raw=raw,
        )

    def validator(self, schema: Schema) -> jsonschema.Draft4Validator:
        """A draft 4 validator for an OpenAPI schema (``nullable`` handled, refs resolvable,
        every ``format`` jsonschema or OpenAPI defines checked)."""
        key = json.dumps(schema, sort_keys=True)
        found = self._validators.get(key)
        if found is None:
            root = {"allOf": [to_json_schema(schema)], "definitions": self._definitions}
            found = jsonschema.Draft4Validator(root, format_checker=FORMAT_CHECKER)
            self._validators[key] = found
        return found

    def errors(self, instance: Any, schema: Schema, *, at: str = "") -> list[str]:
        """Validation problems of ``instance`` against ``schema``, one readable line each,
        worded like class-validator; ``at`` names the instance (a parameter) in them."""
        found = self.validator(schema).iter_errors(instance)
        return sorted({describe_error(error, at) for error in found})

    def response_schema(self, operation_id: str, status: int) -> Schema | None:
        """The JSON schema an operation declares for ``status``, if any."""
        op = self.by_id[operation_id]
        response = (op.raw.get("responses") or {}).get(str(status)) or {}
        return _json_content_schema(response.get("content"))

    @cached_property
    def event_schemas(self) -> dict[str, Schema]:
        """Known event ``type`` values mapped to their schema, read from the DomainEvent union."""
        found: dict[str, Schema] = {}
        union = self.tools.named("DomainEvent") or {}
        for option in union.get("oneOf") or union.get("anyOf") or []:
            type_schema = self.tools.properties(option).get("type") or {}
            for value in self.tools.resolve(type_schema).get("enum") or []:
                found.setdefault(value, option)
        return found

    def event_schema(self, event_type: str) -> Schema:
        """The schema an event of ``event_type`` must satisfy (the generic envelope if unknown)."""
        known = self.event_schemas.get(event_type)
        if known is not None:
            return known
        return {"$ref": "#/components/schemas/DomainEventEnvelope"}

    def event_sources(self, event_type: str) -> list[str]:
        """The ``source`` values the spec allows for an event type (empty when unconstrained)."""
        schema = self.event_schemas.get(event_type)
        if schema is None:
            return []
        source = self.tools.properties(schema).get("source") or {}
        return list(self.tools.resolve(source).get("enum") or [])


def _json_content_schema(content: Mapping[str, Any] | None) -> Schema | None:
    for media_type, entry in (content or {}).items():
        if media_type == "application/json" or media_type.endswith("+json"):
            schema = entry.get("schema")
            return schema if isinstance(schema, Mapping) else None
    return None
