"""The narrow contract between the overlay and the generated package.

If a regeneration (new generator version, changed templates) breaks one of these, the overlay's
assumptions no longer hold; fix the templates, not the overlay.
"""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import pytest

import cortex_client
from cortex_client import CortexClient
from cortex_client._generated import client as generated_client
from cortex_client._generated import errors as generated_errors
from cortex_client._generated import types as generated_types
from cortex_client._generated.api import Api, ProjectApi

from .._spec_ops import OPERATIONS, group_name, module_name, tag_name

ROOT = Path(__file__).resolve().parents[2]


def test_the_seam_protocol_has_exactly_the_members_the_overlay_implements() -> None:
    members = {
        "raise_on_unexpected_status",
        "get_httpx_client",
        "get_async_httpx_client",
        "check_response",
        "parse_error",
    }
    declared = set(generated_client.ApiClient.__annotations__) | {
        name for name in vars(generated_client.ApiClient) if not name.startswith("_")
    }
    assert members <= declared
    for name in members:
        assert hasattr(CortexClient, name), name


def test_generated_helpers_the_overlay_imports_exist() -> None:
    assert callable(generated_types.path_segment)
    assert callable(generated_types.http_status)
    assert issubclass(generated_errors.InvalidPathParameter, ValueError)
    assert issubclass(generated_errors.ResponseParseError, Exception)
    assert generated_types.Response is cortex_client.Response


@pytest.mark.parametrize(
    ("path", "method", "op"), OPERATIONS, ids=[o["operationId"] for _, _, o in OPERATIONS]
)
def test_every_operation_has_a_module_and_a_bound_method(
    path: str, method: str, op: dict[str, object]
) -> None:
    tag, name = tag_name(op), module_name(op)
    module = importlib.import_module(f"cortex_client._generated.api.{tag}.{name}")
    for function in ("asyncio", "asyncio_detailed", "sync", "sync_detailed"):
        if function in ("asyncio", "sync") and not hasattr(module, function):
            continue  # operations without a parsed body only have the *_detailed variants
        assert inspect.isfunction(getattr(module, function))
    bound = getattr(getattr(Api, group_name(op)).func(Api(None)), name)  # type: ignore[arg-type]
    assert inspect.iscoroutinefunction(bound)
    assert "client" not in inspect.signature(bound).parameters
    if "{projectId}" in path:
        scoped = getattr(getattr(ProjectApi, group_name(op)).func(ProjectApi(None, "p")), name)  # type: ignore[arg-type]
        assert "project_id" not in inspect.signature(scoped).parameters


def test_one_module_per_operation() -> None:
    api_dir = ROOT / "cortex_client" / "_generated" / "api"
    modules = [p for p in api_dir.glob("*/*.py") if p.name != "__init__.py"]
    assert len(modules) == len(OPERATIONS)


def test_paged_operations_get_an_iterator() -> None:
    for path, _, op in OPERATIONS:
        names = {p["name"] for p in op.get("parameters", []) if isinstance(p, dict)}
        if {"limit", "offset"} <= names:
            group = getattr(Api, tag_name(op)).func(Api(None))  # type: ignore[arg-type]
            name = module_name(op).removeprefix("list_")
            assert inspect.isasyncgenfunction(getattr(group, f"iter_{name}")), path
