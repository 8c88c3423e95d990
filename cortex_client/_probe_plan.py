"""Which operations of the spec the probe may call, in what order, and where their ids come from.

Only GET operations without a request body. ``projectId`` comes from the command line; any other
path parameter ``{p}`` comes from the first item of the list route whose path is everything
before ``{p}`` (``/a/{pid}/things`` feeds ``/a/{pid}/things/{thingId}``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

__all__ = [
    "PROJECT_PARAM",
    "PathParam",
    "Target",
    "fill_path",
    "first_id",
    "json_schema_of",
    "plan",
]

PROJECT_PARAM = "projectId"
_PARAM = re.compile(r"^\{([^{}]+)\}$")
_EVENT_STREAM = "text/event-stream"


@dataclass(frozen=True)
class PathParam:
    """A path parameter and the list route whose first item's ``id`` fills it (None: project)."""

    name: str
    list_template: str | None


@dataclass(frozen=True)
class Target:
    """One GET operation: what to call, and why not when ``skip`` is set."""

    operation_id: str
    template: str
    responses: Mapping[str, Any]
    params: tuple[PathParam, ...]
    skip: str | None = None


def plan(document: Mapping[str, Any]) -> list[Target]:
    """Every GET operation of the spec, lists before the routes that need their ids."""
    targets: list[Target] = []
    for template, item in (document.get("paths") or {}).items():
        operation = item.get("get")
        if not isinstance(operation, Mapping):
            continue
        shared = [*(item.get("parameters") or []), *(operation.get("parameters") or [])]
        targets.append(_target(document, template, operation, shared))
    # A list route has fewer path parameters than the routes it feeds: sorting is enough.
    return sorted(targets, key=lambda target: len(target.params))


def _target(
    document: Mapping[str, Any], template: str, operation: Mapping[str, Any], params: list[Any]
) -> Target:
    responses: Mapping[str, Any] = operation.get("responses") or {}
    path_params = _path_params(template)
    found = Target(
        operation_id=str(operation.get("operationId") or f"GET {template}"),
        template=template,
        responses=responses,
        params=path_params,
    )
    skip = _skip_reason(document, operation, params, path_params, responses)
    return found if skip is None else dataclasses.replace(found, skip=skip)


def _path_params(template: str) -> tuple[PathParam, ...]:
    segments = [part for part in template.split("/") if part]
    found: list[PathParam] = []
    for index, segment in enumerate(segments):
        match = _PARAM.match(segment)
        if match is None:
            continue
        name = match.group(1)
        source = None if name == PROJECT_PARAM else "/" + "/".join(segments[:index])
        found.append(PathParam(name, source))
    return tuple(found)


def _skip_reason(
    document: Mapping[str, Any],
    operation: Mapping[str, Any],
    params: list[Any],
    path_params: tuple[PathParam, ...],
    responses: Mapping[str, Any],
) -> str | None:
    if operation.get("requestBody"):
        return "skipped (request body)"
    for param in params:
        param = _deref(document, param)
        if param.get("in") in ("query", "header", "cookie") and param.get("required"):
            return f"skipped (required {param.get('in')} parameter {param.get('name')})"
    unaccepted = _key_not_accepted(document, operation)
    if unaccepted:
        return f"skipped (API key not accepted: {unaccepted})"
    media_types = _success_media_types(document, responses)
    if _EVENT_STREAM in media_types:
        return "skipped (event stream)"
    if media_types and not any(_is_json(media) for media in media_types):
        return f"skipped (not JSON: {', '.join(media_types)})"
    gets = {template for template, item in (document.get("paths") or {}).items() if "get" in item}
    for param in path_params:
        if param.list_template is not None and param.list_template not in gets:
            return "skipped (no id)"
    return None


def _key_not_accepted(document: Mapping[str, Any], operation: Mapping[str, Any]) -> str | None:
    """The schemes an operation asks for when none of its alternatives is an API key alone
    (the probe authenticates with ``CORTEX_API_KEY`` only), else None."""
    requirements = operation.get("security", document.get("security"))
    if not requirements:
        return None
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    for requirement in requirements:
        kinds = [_deref(document, schemes.get(name)).get("type") for name in requirement]
        if all(kind == "apiKey" for kind in kinds):
            return None
    return " or ".join(sorted({name for requirement in requirements for name in requirement}))


def _success_media_types(document: Mapping[str, Any], responses: Mapping[str, Any]) -> list[str]:
    for code in sorted(responses):
        if code.startswith("2"):
            return list(_deref(document, responses[code]).get("content") or {})
    return []


def _is_json(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _deref(document: Mapping[str, Any], node: Any) -> Mapping[str, Any]:
    ref = node.get("$ref") if isinstance(node, Mapping) else None
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return node if isinstance(node, Mapping) else {}
    found: Any = document
    for part in ref[2:].split("/"):
        found = found.get(part.replace("~1", "/").replace("~0", "~"), {})
    return found if isinstance(found, Mapping) else {}


def json_schema_of(document: Mapping[str, Any], response: Any) -> Mapping[str, Any] | None:
    """The JSON body schema of one declared response, None when it declares no JSON body."""
    for media_type, entry in (_deref(document, response).get("content") or {}).items():
        if _is_json(media_type) and isinstance(entry, Mapping):
            schema = entry.get("schema")
            return schema if isinstance(schema, Mapping) else {}
    return None


def fill_path(template: str, values: Mapping[str, str]) -> str:
    """``template`` with each ``{name}`` replaced by its percent-encoded value."""
    return re.sub(r"\{([^{}]+)\}", lambda m: quote(values[m.group(1)], safe=""), template)


def first_id(body: Any) -> str | None:
    """The ``id`` of the first item of a list body (an array, or an object with one array)."""
    if isinstance(body, Mapping):
        arrays = [value for value in body.values() if isinstance(value, list)]
        body = arrays[0] if len(arrays) == 1 else None
    if not isinstance(body, list):
        return None
    for item in body:
        found = item.get("id") if isinstance(item, Mapping) else None
        if isinstance(found, str | int) and not isinstance(found, bool):
            return str(found)
    return None
