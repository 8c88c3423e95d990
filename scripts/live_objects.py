"""Which models are live objects, and the actions they carry, derived from the spec.

A resource is the success schema of a get-by-id operation: a GET whose path ends with its one
path parameter besides the project parameter (`/sessions/{sessionId}`), answering a component
schema that has a required `id`. Its actions are the other operations whose path equals the
get path (PATCH, DELETE, ...) or extends it (`/sessions/{sessionId}/start`).

An action is named by its operationId in snake_case without the resource's noun: the get
operation's name minus its leading `get_` (`get_plugin_instance` -> `plugin_instance`), else the
singular of the path segment before the id (`plugins` -> `plugin`); the first run of the noun's
words is dropped (`regenerate_session_summary` -> `regenerate_summary`, `uninstall_plugin` ->
`uninstall`). A name that two actions share, that is empty, or that clashes with a field or a
method every live object has keeps the full operationId name (listed in `conflicts`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from watch_config import PROJECT_PARAMETER

__all__ = ["RESERVED", "live_resources", "snake"]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# What every live object already has (attrs model + the live methods).
RESERVED = frozenset(
    {"refresh", "watch", "to_dict", "from_dict", "additional_properties", "additional_keys"}
)


def snake(name: str, prefix: str = "") -> str:
    """The generator's Python name for a spec name (the one its templates print)."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, prefix))


def _schema_of_success(operation: Mapping[str, Any]) -> str | None:
    for status, response in sorted((operation.get("responses") or {}).items()):
        if not str(status).startswith("2") or not isinstance(response, Mapping):
            continue
        media = (response.get("content") or {}).get("application/json") or {}
        ref = (media.get("schema") or {}).get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            return ref.rsplit("/", 1)[1]
        return None
    return None


def _drop_noun(name: str, nouns: list[str]) -> str | None:
    words = name.split("_")
    for noun in nouns:
        run = noun.split("_")
        for start in range(len(words) - len(run) + 1):
            if words[start : start + len(run)] == run:
                rest = words[:start] + words[start + len(run) :]
                return "_".join(rest) or None
    return None


def live_resources(
    spec: Mapping[str, Any], watch_table: Mapping[str, Mapping[str, Any]] | None = None
) -> dict[str, dict[str, Any]]:
    """`{schema: {get, id_param, actions: [{name, operation}], conflicts, watch, nested}}`.

    `watch` names the `cortex_watch` row that watches one such document by id (its `get`),
    `nested` the rows whose parent that row is (`{row: method}`).
    """
    schemas = (spec.get("components") or {}).get("schemas") or {}
    operations: list[tuple[str, str, str]] = []  # (operationId, method, path)
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for method in _METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping) and isinstance(operation.get("operationId"), str):
                operations.append((operation["operationId"], method, str(path)))
    by_id = {op_id: (method, path) for op_id, method, path in operations}
    found: dict[str, dict[str, Any]] = {}
    for op_id, method, path in operations:
        if method != "get":
            continue
        params = re.findall(r"{([^}]+)}", path)
        others = [p for p in params if p != PROJECT_PARAMETER]
        if len(others) != 1 or not path.endswith("/{" + others[0] + "}"):
            continue
        operation = spec["paths"][path]["get"]
        schema = _schema_of_success(operation)
        if schema is None or schema in found:
            continue
        body = schemas.get(schema) or {}
        if "id" not in (body.get("required") or []):
            continue
        segment = path[: -len(others[0]) - 3].rsplit("/", 1)[-1]
        get_name = snake(op_id)
        nouns = [get_name[4:]] if get_name.startswith("get_") else []
        nouns.append(snake(segment[:-1] if segment.endswith("s") else segment))
        fields = {snake(str(name), "field") for name in body.get("properties") or {}}
        taken = set(RESERVED) | fields
        resource: dict[str, Any] = {
            "get": op_id,
            "id_param": others[0],
            "actions": [],
            "conflicts": [],
            "watch": None,
            "nested": {},
        }
        for row_name, row in (watch_table or {}).items():
            if row.get("get") == op_id:
                resource["watch"] = row_name
                taken.add(str(row["method"]))
                for nested_name, nested in (watch_table or {}).items():
                    if nested.get("parent") == row_name:
                        resource["nested"][nested_name] = str(nested["method"])
                        taken.add(str(nested["method"]))
        wanted: list[tuple[str, str | None]] = []
        for action_id, (action_method, action_path) in by_id.items():
            if action_id == op_id:
                continue
            if (action_path == path and action_method != "get") or action_path.startswith(
                path + "/"
            ):
                wanted.append((action_id, _drop_noun(snake(action_id), nouns)))
        counts: dict[str | None, int] = {}
        for _, short in wanted:
            counts[short] = counts.get(short, 0) + 1
        for action_id, short in wanted:
            full = snake(action_id)
            if short is None or counts[short] > 1 or short in taken:
                if short is not None:
                    resource["conflicts"].append(f"{schema}.{full} (not {short})")
                name = full
            else:
                name = short
            resource["actions"].append({"name": name, "operation": action_id})
        found[schema] = resource
    return found
