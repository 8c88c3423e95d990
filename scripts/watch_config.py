"""The `cortex_watch` table of generator-config.yml, validated against the spec before generation.

Each row names a watchable collection by the spec's own operationIds and schema names (see the
comment above the table in generator-config.yml). A row that does not fit the spec fails the
generation with one line naming the row and the field, so a changed spec never produces a client
whose `watch()` points at nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = [
    "PROJECT_PARAMETER",
    "WatchConfigError",
    "validate_events_config",
    "validate_groups_table",
    "validate_watch_table",
]

# Project scoping binds this path parameter (by its name in the spec, whatever its type).
PROJECT_PARAMETER = "projectId"

_FIELDS = {"list", "get", "model", "events", "parent", "parent_key", "method"}
_REQUIRED = ("list", "model", "events")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_EVENTS = re.compile(r"^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$")
_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


class WatchConfigError(Exception):
    """A row of `cortex_watch` does not fit the spec; the message is one line naming it."""


def _operations(spec: Mapping[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for method, operation in item.items():
            if method in _METHODS and isinstance(operation, Mapping):
                operation_id = operation.get("operationId")
                if isinstance(operation_id, str):
                    found[operation_id] = (method, path, dict(operation))
    return found


def _path_parameters(path: str) -> list[str]:
    return re.findall(r"{([^}]+)}", path)


def _check_operation(
    where: str, operation_id: Any, operations: Mapping[str, Any], extra: int
) -> None:
    if not isinstance(operation_id, str) or not operation_id:
        raise WatchConfigError(f"{where}: must be an operationId")
    if operation_id not in operations:
        raise WatchConfigError(f"{where}: no operation {operation_id!r} in the spec")
    method, path, _ = operations[operation_id]
    if method != "get":
        raise WatchConfigError(f"{where}: {operation_id!r} is {method.upper()}, not GET")
    params = _path_parameters(path)
    if PROJECT_PARAMETER not in params:
        raise WatchConfigError(
            f"{where}: {operation_id!r} ({path}) has no {PROJECT_PARAMETER!r} path parameter"
        )
    others = [p for p in params if p != PROJECT_PARAMETER]
    if len(others) != extra:
        want = "no other path parameter" if extra == 0 else f"exactly {extra} other"
        raise WatchConfigError(
            f"{where}: {operation_id!r} ({path}) must have {want} besides "
            f"{PROJECT_PARAMETER!r}, has {others}"
        )


def _check_row(
    name: str,
    row: Any,
    table: Mapping[str, Any],
    operations: Mapping[str, Any],
    schemas: Mapping[str, Any],
) -> None:
    where = f"generator-config.yml: cortex_watch.{name}"
    if not _NAME.match(name):
        raise WatchConfigError(f"{where}: the name must be a lower-case Python identifier")
    if not isinstance(row, Mapping):
        raise WatchConfigError(f"{where}: must be a mapping of {sorted(_FIELDS)}")
    unknown = sorted(set(row) - _FIELDS)
    if unknown:
        raise WatchConfigError(f"{where}: unknown field(s) {unknown}")
    for field in _REQUIRED:
        if field not in row:
            raise WatchConfigError(f"{where}: missing {field!r}")
    nested = "parent" in row
    if nested != ("parent_key" in row):
        raise WatchConfigError(f"{where}: 'parent' and 'parent_key' go together")
    if nested:
        parent = row["parent"]
        if parent not in table or parent == name:
            raise WatchConfigError(f"{where}.parent: no row {parent!r} in cortex_watch")
        if "parent" in (table[parent] or {}):
            raise WatchConfigError(f"{where}.parent: {parent!r} is itself nested")
        if not isinstance(row["parent_key"], str) or not row["parent_key"]:
            raise WatchConfigError(f"{where}.parent_key: must be a field name")
        if "get" in row:
            raise WatchConfigError(f"{where}.get: nested collections are watched as a whole")
    _check_operation(f"{where}.list", row["list"], operations, 1 if nested else 0)
    if "get" in row:
        _check_operation(f"{where}.get", row["get"], operations, 1)
    model = row["model"]
    if not isinstance(model, str) or model not in schemas:
        raise WatchConfigError(f"{where}.model: no schema {model!r} in components.schemas")
    if not isinstance(row["events"], str) or not _EVENTS.match(row["events"]):
        raise WatchConfigError(f"{where}.events: must be a dotted event-type prefix")
    method = row.get("method")
    if method is not None and (not isinstance(method, str) or not _NAME.match(method)):
        raise WatchConfigError(f"{where}.method: must be a lower-case Python identifier")


def validate_watch_table(table: Any, spec: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Check every row against `spec`; return the table with each row's method name filled in.

    Raises WatchConfigError (one line, naming the row) on the first row that does not fit.
    """
    if table is None:
        return {}
    if not isinstance(table, Mapping):
        raise WatchConfigError("generator-config.yml: cortex_watch must map names to rows")
    operations = _operations(spec)
    schemas = (spec.get("components") or {}).get("schemas") or {}
    result: dict[str, dict[str, Any]] = {}
    for name, row in table.items():
        _check_row(str(name), row, table, operations, schemas)
        filled = dict(row)
        filled.setdefault("method", f"watch_{name}" if "parent" in row else "watch")
        result[str(name)] = filled
    # Two rows may not give one tag group two methods of the same name.
    seen: dict[tuple[Any, str], str] = {}
    for name, row in result.items():
        owner = result[row["parent"]]["list"] if "parent" in row else row["list"]
        tags = tuple(operations[owner][2].get("tags") or ["default"])
        key = (tags[:1], row["method"])
        if key in seen:
            raise WatchConfigError(
                f"generator-config.yml: cortex_watch.{name}: method {row['method']!r} is also "
                f"given by cortex_watch.{seen[key]} on the same tag group; set 'method'"
            )
        seen[key] = name
    return result


_EVENT_FIELDS = {"envelope", "project_stream", "tenant_stream"}


def _stream_path(
    where: str, operation_id: Any, operations: Mapping[str, Any], project: bool
) -> str:
    if not isinstance(operation_id, str) or operation_id not in operations:
        raise WatchConfigError(f"{where}: no operation {operation_id!r} in the spec")
    method, path, operation = operations[operation_id]
    path = str(path)
    if method != "get":
        raise WatchConfigError(f"{where}: {operation_id!r} is {method.upper()}, not GET")
    media = {
        media_type
        for response in (operation.get("responses") or {}).values()
        if isinstance(response, Mapping)
        for media_type in (response.get("content") or {})
    }
    if "text/event-stream" not in media:
        raise WatchConfigError(f"{where}: {operation_id!r} answers no text/event-stream")
    params = _path_parameters(path)
    want = [PROJECT_PARAMETER] if project else []
    if params != want:
        raise WatchConfigError(
            f"{where}: {operation_id!r} ({path}) must have path parameters {want}, has {params}"
        )
    return path


def validate_events_config(config: Any, spec: Mapping[str, Any]) -> dict[str, str]:
    """Check `cortex_events` (the SSE routes and the fallback event schema) against `spec`.

    Returns `{envelope, project_stream_path, tenant_stream_path}` for the keys given; raises
    WatchConfigError (one line naming the key) when one does not fit.
    """
    if config is None:
        return {}
    where = "generator-config.yml: cortex_events"
    if not isinstance(config, Mapping):
        raise WatchConfigError(f"{where}: must be a mapping of {sorted(_EVENT_FIELDS)}")
    unknown = sorted(set(config) - _EVENT_FIELDS)
    if unknown:
        raise WatchConfigError(f"{where}: unknown field(s) {unknown}")
    operations = _operations(spec)
    schemas = (spec.get("components") or {}).get("schemas") or {}
    result: dict[str, str] = {}
    if "envelope" in config:
        if config["envelope"] not in schemas:
            raise WatchConfigError(
                f"{where}.envelope: no schema {config['envelope']!r} in components.schemas"
            )
        result["envelope"] = str(config["envelope"])
    if "project_stream" in config:
        result["project_stream_path"] = _stream_path(
            f"{where}.project_stream", config["project_stream"], operations, project=True
        )
    if "tenant_stream" in config:
        result["tenant_stream_path"] = _stream_path(
            f"{where}.tenant_stream", config["tenant_stream"], operations, project=False
        )
    return result


def validate_groups_table(table: Any, spec: Mapping[str, Any]) -> dict[str, str]:
    """Check `cortex_groups` (tag -> the attribute name `Api` / `ProjectApi` expose it under).

    A key is a tag as the spec spells it or as the generator names its module
    (`Plugin Instances` or `plugin_instances`). Returns `{module name: attribute name}`; raises
    WatchConfigError (one line naming the entry) for a tag the spec does not have, a name that is
    not a lower-case identifier, or two groups that would share one attribute.
    """
    if table is None:
        return {}
    where = "generator-config.yml: cortex_groups"
    if not isinstance(table, Mapping):
        raise WatchConfigError(f"{where}: must map tags to attribute names")
    from openapi_python_client.strings import PythonIdentifier

    tags: set[str] = set()
    for _, _, operation in _operations(spec).values():
        tags.add(str(PythonIdentifier((operation.get("tags") or ["default"])[0], "tag")))
    result: dict[str, str] = {}
    for key, name in table.items():
        module = str(PythonIdentifier(str(key), "tag"))
        if module not in tags:
            raise WatchConfigError(f"{where}.{key}: no tag {key!r} in the spec")
        if not isinstance(name, str) or not _NAME.match(name) or name == "project":
            raise WatchConfigError(
                f"{where}.{key}: {name!r} must be a lower-case Python identifier (not 'project')"
            )
        result[module] = name
    final: dict[str, str] = {}
    for module in sorted(tags):
        name = result.get(module, module)
        if name in final:
            raise WatchConfigError(
                f"{where}: tags {final[name]!r} and {module!r} would both be exposed as {name!r}"
            )
        final[name] = module
    return result
