"""Spec loading, schema helpers and spec-driven routing of the emulator."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from cortex_client.testing import Spec, serve
from cortex_client.testing._schema import to_json_schema
from cortex_client.testing._spec import default_spec_paths, load_spec_document

REPO_SPEC = Path(__file__).resolve().parents[2] / "openapi" / "cortex.json"


def test_default_loader_prefers_the_generated_copy_then_repository_file() -> None:
    packaged, repository = default_spec_paths()
    assert packaged.parent.name == "_generated" and packaged.name == "openapi.json"
    assert repository == REPO_SPEC
    assert load_spec_document() == load_spec_document(packaged)


def test_spec_loads_from_dict_and_path() -> None:
    from_path = load_spec_document(REPO_SPEC)
    assert load_spec_document(from_path) == from_path
    assert len(Spec(REPO_SPEC).operations) == len(Spec(from_path).operations)


def test_nullable_becomes_a_type_union() -> None:
    schema = {"type": "string", "nullable": True, "enum": ["a"]}
    assert to_json_schema(schema) == {"type": ["string", "null"], "enum": ["a", None]}


def test_nullable_reference_accepts_null() -> None:
    document = {
        "components": {
            "schemas": {
                "Inner": {"type": "object"},
                "Outer": {
                    "type": "object",
                    "properties": {
                        "inner": {
                            "allOf": [{"$ref": "#/components/schemas/Inner"}],
                            "nullable": True,
                        }
                    },
                },
            }
        }
    }
    spec = Spec(document)
    outer = {"$ref": "#/components/schemas/Outer"}
    assert spec.errors({"inner": None}, outer) == []
    assert spec.errors({"inner": 3}, outer) != []


def test_nullable_fields_of_the_real_spec_validate_null() -> None:
    spec = Spec()
    api_key: dict[str, Any] = {
        "id": "k",
        "name": "n",
        "projectId": None,
        "keyPrefix": "p",
        "scopes": [],
        "createdAt": "2024-01-01T00:00:00Z",
    }
    assert spec.errors(api_key, {"$ref": "#/components/schemas/ApiKeyResponse"}) == []


def test_defaults_satisfy_every_component_schema() -> None:
    spec = Spec()
    for name in spec.document["components"]["schemas"]:
        schema = {"$ref": f"#/components/schemas/{name}"}
        assert spec.errors(spec.tools.default(schema), schema) == [], name


def test_every_known_event_type_has_its_schema() -> None:
    spec = Spec()
    assert "session.created" in spec.event_schemas
    assert spec.event_schema("made.up")["$ref"].endswith("DomainEventEnvelope")


def _with_new_operation(document: dict[str, Any]) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    changed["components"]["schemas"]["Widget"] = {
        "type": "object",
        "properties": {"id": {"type": "string"}, "size": {"type": "integer"}},
        "required": ["id", "size"],
    }
    ref = {"$ref": "#/components/schemas/Widget"}
    security: list[dict[str, list[str]]] = [{"apiKey": []}]
    changed["paths"]["/api/projects/{projectId}/widgets"] = {
        "post": {
            "operationId": "createWidget",
            "requestBody": {"required": True, "content": {"application/json": {"schema": ref}}},
            "responses": {
                "201": {"description": "", "content": {"application/json": {"schema": ref}}}
            },
            "security": security,
        },
        "get": {
            "operationId": "listWidgets",
            "responses": {
                "200": {
                    "description": "",
                    "content": {"application/json": {"schema": {"type": "array", "items": ref}}},
                }
            },
            "security": security,
        },
    }
    return changed


async def test_a_new_operation_in_the_spec_is_served_without_code_changes() -> None:
    document = _with_new_operation(json.loads(REPO_SPEC.read_text()))
    async with (
        serve(api_keys=["k"], spec=document) as server,
        httpx.AsyncClient(base_url=server.base_url, headers={"X-API-Key": "k"}) as client,
    ):
        created = await client.post("/api/projects/p/widgets", json={"id": "ignored", "size": 3})
        bad = await client.post("/api/projects/p/widgets", json={"size": "big"})
        listed = await client.get("/api/projects/p/widgets")
    assert created.status_code == 201 and created.json()["size"] == 3
    assert created.json()["id"] != "ignored"
    assert bad.status_code == 422
    assert listed.json() == [created.json()]
    assert server.emulator.events()[0]["type"] == "widget.created"


@pytest.mark.parametrize("missing", ["nope.json"])
def test_missing_spec_path_raises(missing: str, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_spec_document(tmp_path / missing)
