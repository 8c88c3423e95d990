"""Project scoping binds `projectId` by name, of any type and position; `watch()` comes from the
`cortex_watch` table, wherever the spec puts the collection."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from ._project_copy import ROOT, copy_project, generate, run_python, write_config

OUR_SPEC: dict[str, Any] = json.loads((ROOT / "openapi" / "cortex.json").read_text("utf-8"))

# A server that answers every GET with JSON and reports the paths it saw (in the subprocess).
RECORDER = """
import asyncio, inspect, json, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SEEN = []

class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        SEEN.append(self.path)
        body = b"[]" if self.path.endswith("/things") else b'{"id": "t1"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
BASE = f"http://127.0.0.1:{server.server_address[1]}"
"""


def _things_spec(project_schema: dict[str, Any]) -> dict[str, Any]:
    def param(name: str, schema: dict[str, Any]) -> dict[str, Any]:
        return {"name": name, "in": "path", "required": True, "schema": schema}

    thing = {"$ref": "#/components/schemas/Thing"}
    return {
        "openapi": "3.0.0",
        "info": {"title": "things", "version": "1"},
        "paths": {
            # projectId between two other path parameters
            "/api/orgs/{orgId}/projects/{projectId}/things/{thingId}": {
                "get": {
                    "operationId": "getThing",
                    "tags": ["Things"],
                    "parameters": [
                        param("orgId", {"type": "string"}),
                        param("projectId", project_schema),
                        param("thingId", {"type": "string"}),
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": thing}},
                        }
                    },
                }
            },
            "/api/projects/{projectId}/things": {
                "get": {
                    "operationId": "listThings",
                    "tags": ["Things"],
                    "parameters": [param("projectId", project_schema)],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"type": "array", "items": thing}}
                            },
                        }
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "properties": {"id": {"type": "string"}},
                    "required": ["id"],
                }
            }
        },
    }


PROJECT_TYPES = {
    "string": ({"type": "string"}, '"p-1"', "p-1"),
    "uuid": (
        {"type": "string", "format": "uuid"},
        'UUID("5f0c0b8e-8f43-4d6a-9d4e-0d7b8c1e2f3a")',
        "5f0c0b8e-8f43-4d6a-9d4e-0d7b8c1e2f3a",
    ),
    "integer": ({"type": "integer"}, "42", "42"),
    "number": ({"type": "number"}, "2.5", "2.5"),
}


@pytest.mark.parametrize("kind", list(PROJECT_TYPES))
def test_project_scoping_binds_project_id_of_any_type_and_position(
    tmp_path: Path, kind: str
) -> None:
    schema, literal, in_path = PROJECT_TYPES[kind]
    repo = copy_project(tmp_path)
    write_config(repo, cortex_watch={}, cortex_events={}, cortex_groups={})
    result = generate(repo, _things_spec(schema))
    assert result.returncode == 0, result.stderr
    script = (
        RECORDER
        + f"""
from uuid import UUID
from cortex_client import CortexClient

async def main():
    async with CortexClient(BASE, api_key="k") as client:
        things = client.project({literal}).things
        for method in (things.get_thing, things.list_things, things.detailed.get_thing):
            assert "project_id" not in inspect.signature(method).parameters, method
        assert list(inspect.signature(things.get_thing).parameters) == ["org_id", "thing_id"]
        thing = await things.get_thing("o1", "t1")
        assert thing.id == "t1"
        assert await things.list_things() == []
        assert not hasattr(things, "watch")

asyncio.run(main())
print(json.dumps(SEEN))
"""
    )
    ran = run_python(repo, script)
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout) == [
        f"/api/orgs/o1/projects/{in_path}/things/t1",
        f"/api/projects/{in_path}/things",
    ]


def test_a_spec_without_project_id_has_no_project_scope(tmp_path: Path) -> None:
    spec = _things_spec({"type": "string"})
    for item in spec["paths"].values():
        for parameter in item["get"]["parameters"]:
            if parameter["name"] == "projectId":
                parameter["name"] = "workspaceId"
    spec["paths"] = {
        path.replace("{projectId}", "{workspaceId}"): item for path, item in spec["paths"].items()
    }
    repo = copy_project(tmp_path)
    write_config(repo, cortex_watch={}, cortex_events={}, cortex_groups={})
    result = generate(repo, spec)
    assert result.returncode == 0, result.stderr
    ran = run_python(
        repo,
        """
        import inspect
        from cortex_client import CortexClient
        client = CortexClient("http://127.0.0.1:9", api_key="k")
        assert not hasattr(client, "project")
        assert inspect.iscoroutinefunction(client.things.get_thing)
        # no event side in this spec: every public name still imports, streams say why not
        import cortex_client
        for name in cortex_client.__all__:
            getattr(cortex_client, name)
        try:
            client.stream_events("p")
        except cortex_client.CortexError as exc:
            assert "cortex_events.project_stream" in str(exc), exc
        else:
            raise AssertionError("stream_events() without a stream route")
        print("ok")
        """,
    )
    assert ran.stdout.strip() == "ok", ran.stderr


def _tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    return digest.hexdigest()


def test_a_watch_row_naming_a_missing_operation_fails_and_leaves_the_package(
    tmp_path: Path,
) -> None:
    repo = copy_project(tmp_path)
    before = _tree_digest(repo / "cortex_client" / "_generated")
    spec = copy.deepcopy(OUR_SPEC)
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == "listSanctions":
                operation["operationId"] = "listModerationSanctions"
    result = generate(repo, spec)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "generate: error: generator-config.yml: cortex_watch.sanctions.list: "
        "no operation 'listSanctions' in the spec"
    ]
    assert _tree_digest(repo / "cortex_client" / "_generated") == before


def test_an_empty_watch_table_still_generates_a_complete_client(tmp_path: Path) -> None:
    repo = copy_project(tmp_path)
    write_config(repo, cortex_watch={}, cortex_events={}, cortex_groups={})
    result = generate(repo, OUR_SPEC)
    assert result.returncode == 0, result.stderr
    ran = run_python(
        repo,
        """
        import inspect
        from cortex_client import CortexClient
        client = CortexClient("http://127.0.0.1:9", api_key="k")
        sessions = client.project("p").sessions
        assert inspect.iscoroutinefunction(sessions.create_session)
        assert not hasattr(sessions, "watch") and not hasattr(sessions, "watch_messages")
        print("ok")
        """,
    )
    assert ran.stdout.strip() == "ok", ran.stderr


def test_a_renamed_tag_carries_its_watch_to_the_new_group(tmp_path: Path) -> None:
    spec = copy.deepcopy(OUR_SPEC)
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("tags") == ["Sanctions"]:
                operation["tags"] = ["Moderation"]
    for tag in spec.get("tags", []):
        if tag["name"] == "Sanctions":
            tag["name"] = "Moderation"
    repo = copy_project(tmp_path)
    result = generate(repo, spec)
    assert result.returncode == 0, result.stderr
    ran = run_python(
        repo,
        """
        import anyio
        from cortex_client import CortexClient
        from cortex_client.models import CreateSanctionRequest
        from cortex_client.testing import serve

        SANCTION = {"externalUserId": "user-1", "type": "mute", "reason": "spam"}

        async def main():
            async with serve(api_keys=["k"]) as server:
                async with CortexClient(server.base_url, api_key="k") as client:
                    project = client.project("p1")
                    assert not hasattr(project, "sanctions")
                    body = CreateSanctionRequest.from_dict(SANCTION)
                    created = await project.moderation.create_sanction(body=body)
                    async with project.moderation.watch() as watch:
                        with anyio.fail_after(10):
                            async for snapshot in watch:
                                assert created.id in snapshot.by_id
                                break
            print("ok")

        anyio.run(main)
        """,
    )
    assert ran.stdout.strip() == "ok", ran.stderr


def test_watches_without_a_project_stream_fail_generation_saying_so(tmp_path: Path) -> None:
    repo = copy_project(tmp_path)
    write_config(repo, cortex_events={})
    result = generate(repo, OUR_SPEC)
    assert result.returncode == 1
    assert "cortex_watch needs cortex_events.project_stream" in result.stderr
    assert "Traceback" not in result.stderr
