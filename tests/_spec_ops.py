"""The vendored spec's operations, named as the generator names them (for spec-driven tests)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from openapi_python_client.strings import snake_case

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "cortex.json"
SPEC: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}

#: (path, method, operation) for every operation of the spec, in document order.
OPERATIONS: list[tuple[str, str, dict[str, Any]]] = [
    (path, method, op)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in METHODS
]


def module_name(op: dict[str, Any]) -> str:
    """The generated module (and bound method) name of an operation."""
    return snake_case(str(op["operationId"]))


def tag_name(op: dict[str, Any]) -> str:
    """The generator's tag folder (and client attribute) of an operation."""
    return snake_case(str((op.get("tags") or ["default"])[0]))


def group_name(op: dict[str, Any]) -> str:
    """The client attribute of an operation's tag group (generator-config.yml's cortex_groups)."""
    import yaml

    config = yaml.safe_load((SPEC_PATH.parent.parent / "generator-config.yml").read_text())
    groups = {snake_case(str(k)): str(v) for k, v in (config.get("cortex_groups") or {}).items()}
    return groups.get(tag_name(op), tag_name(op))
