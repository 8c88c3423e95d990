"""`python -m cortex_client.probe`: the schema walker, the spec-driven plan, and whole runs
against the emulator (faithful, serving an altered spec, missing a route, refusing the key)."""

from __future__ import annotations

import copy
import io
import os
import re
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from cortex_client import CortexClient
from cortex_client._probe_plan import plan
from cortex_client._probe_run import ProbeError, _read, probe, vendored_spec
from cortex_client._probe_validate import differences
from cortex_client.probe import run
from cortex_client.testing import EmulatorServer, serve
from cortex_client.testing._resources import Resources

API_KEY = "probe-test-key"
PROJECT = "proj_probe"
DRIFT_ENUM_VALUE = "probe-drift"

# -- the schema walker ----------------------------------------------------------------------

DOC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["id", "status"],
                "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "status": {"type": "string", "enum": ["active", "ended"]},
                    "note": {"type": "string", "nullable": True},
                    "tags": {"type": "array", "items": {"type": "string"}},
                },
            },
            "Page": {
                "type": "object",
                "properties": {
                    "things": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                    "total": {"type": "integer"},
                },
            },
            "Named": {"type": "object", "properties": {"name": {"type": "string"}}},
        }
    }
}
UUID = "123e4567-e89b-12d3-a456-426614174000"
THING = {"$ref": "#/components/schemas/Thing"}
PAGE = {"$ref": "#/components/schemas/Page"}

WALKER_CASES: list[tuple[str, Any, dict[str, Any], list[str]]] = [
    ("conforms", {"id": UUID, "status": "active"}, THING, []),
    (
        "unknown enum value in a page",
        {"things": [{"id": UUID, "status": "archived"}], "total": 1},
        PAGE,
        ["$.things[0].status: unknown enum value 'archived'"],
    ),
    ("missing required", {"id": UUID}, THING, ["$.status: missing required field"]),
    (
        "extra field",
        {"id": UUID, "status": "ended", "colour": "red"},
        THING,
        ["$.colour: extra field"],
    ),
    (
        "extra field with an odd name",
        {"a b": 1},
        {"$ref": "#/components/schemas/Named"},
        ['$["a b"]: extra field'],
    ),
    ("wrong type", {"id": 5, "status": "active"}, THING, ["$.id: expected string, got integer"]),
    ("bad uuid", {"id": "nope", "status": "active"}, THING, ["$.id: 'nope' is not a valid uuid"]),
    ("nullable accepts null", {"id": UUID, "status": "active", "note": None}, THING, []),
    (
        "null where not nullable",
        {"id": UUID, "status": None},
        THING,
        ["$.status: is null, expected string"],
    ),
    ("3.1 type list with null", None, {"type": ["string", "null"]}, []),
    (
        "3.1 type list without null",
        3,
        {"type": ["string", "boolean"]},
        ["$: expected string or boolean, got integer"],
    ),
    (
        "array items",
        {"id": UUID, "status": "active", "tags": ["a", 2]},
        THING,
        ["$.tags[1]: expected string, got integer"],
    ),
    ("boolean is not an integer", True, {"type": "integer"}, ["$: expected integer, got boolean"]),
    ("date-time", "2026-12-06T10:31:23.123Z", {"type": "string", "format": "date-time"}, []),
    (
        "bad date-time",
        "06/12/2026",
        {"type": "string", "format": "date-time"},
        ["$: '06/12/2026' is not a valid date-time"],
    ),
    ("date", "2026-12-06", {"type": "string", "format": "date"}, []),
    (
        "bad date",
        "2026-13-40",
        {"type": "string", "format": "date"},
        ["$: '2026-13-40' is not a valid date"],
    ),
    ("email", "a@example.com", {"type": "string", "format": "email"}, []),
    (
        "bad email",
        "a-at-b",
        {"type": "string", "format": "email"},
        ["$: 'a-at-b' is not a valid email"],
    ),
    ("uri", "https://example.com/x", {"type": "string", "format": "uri"}, []),
    (
        "bad uri",
        "not a uri",
        {"type": "string", "format": "uri"},
        ["$: 'not a uri' is not a valid uri"],
    ),
    ("unknown format ignored", "x", {"type": "string", "format": "colour"}, []),
    (
        "allOf parts share properties (no extra field across parts)",
        {"name": "n", "size": 2},
        {
            "allOf": [
                {"$ref": "#/components/schemas/Named"},
                {"type": "object", "properties": {"size": {"type": "integer"}}},
            ]
        },
        [],
    ),
    (
        "allOf still finds extra fields",
        {"name": "n", "other": 2},
        {"allOf": [{"$ref": "#/components/schemas/Named"}]},
        ["$.other: extra field"],
    ),
    (
        "oneOf picks the matching option",
        "x",
        {"oneOf": [{"type": "integer"}, {"type": "string"}]},
        [],
    ),
    (
        "oneOf reports the closest option",
        {"id": UUID, "status": "gone"},
        {"oneOf": [{"type": "integer"}, THING]},
        ["$.status: unknown enum value 'gone'"],
    ),
    ("anyOf with null", None, {"anyOf": [THING, {"type": "null"}]}, []),
    (
        "additionalProperties schema",
        {"a": 1, "b": "x"},
        {"type": "object", "additionalProperties": {"type": "integer"}},
        ["$.b: expected integer, got string"],
    ),
    ("free-form object", {"anything": [1]}, {"type": "object"}, []),
    ("const", "b", {"const": "a"}, ["$: unknown enum value 'b'"]),
]


@pytest.mark.parametrize(
    ("value", "schema", "expected"),
    [case[1:] for case in WALKER_CASES],
    ids=[case[0] for case in WALKER_CASES],
)
def test_walker_reports_differences_with_json_paths(
    value: Any, schema: dict[str, Any], expected: list[str]
) -> None:
    assert differences(value, schema, DOC) == expected


def test_walker_stops_at_the_limit() -> None:
    items = [{"id": UUID, "status": "x"}] * 50
    found = differences({"things": items}, PAGE, DOC, limit=5)
    assert len(found) == 5


# -- the plan -------------------------------------------------------------------------------


def _op(op_id: str, content: str = "application/json", **extra: Any) -> dict[str, Any]:
    responses: dict[str, Any] = {"200": {"content": {content: {"schema": {}}}}}
    return {"operationId": op_id, "responses": responses, **extra}


def test_plan_orders_lists_first_and_says_why_it_skips() -> None:
    document: dict[str, Any] = {
        "components": {"securitySchemes": {"key": {"type": "apiKey"}, "jwt": {"type": "http"}}},
        "security": [{"key": []}],
        "paths": {
            "/p/{projectId}/things/{thingId}/parts": {"get": _op("listParts")},
            "/p/{projectId}/things/{thingId}": {"get": _op("getThing"), "delete": _op("del")},
            "/p/{projectId}/things": {"get": _op("listThings"), "post": _op("make")},
            "/p/{projectId}/stream": {"get": _op("stream", "text/event-stream")},
            "/p/{projectId}/audio": {"get": _op("audio", "audio/wav")},
            "/p/{projectId}/search": {
                "get": _op("search", parameters=[{"name": "q", "in": "query", "required": True}])
            },
            "/p/{projectId}/orphans/{orphanId}": {"get": _op("getOrphan")},
            "/me": {"get": _op("me", security=[{"jwt": []}])},
        },
    }
    found = {t.operation_id: t for t in plan(document)}
    order = [t.operation_id for t in plan(document)]
    assert order.index("listThings") < min(order.index("getThing"), order.index("listParts"))
    assert "del" not in found and "make" not in found
    assert found["getThing"].params[1].list_template == "/p/{projectId}/things"
    assert found["listParts"].params[1].list_template == "/p/{projectId}/things"
    skips = {name: target.skip for name, target in found.items()}
    assert skips == {
        "listParts": None,
        "getThing": None,
        "listThings": None,
        "stream": "skipped (event stream)",
        "audio": "skipped (not JSON: audio/wav)",
        "search": "skipped (required query parameter q)",
        "getOrphan": "skipped (no id)",
        "me": "skipped (API key not accepted: jwt)",
    }


# -- whole runs against the emulator --------------------------------------------------------


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    monkeypatch.delenv("CORTEX_BASE_URL", raising=False)
    monkeypatch.setenv("CORTEX_API_KEY", API_KEY)
    yield monkeypatch


async def populate(server: EmulatorServer) -> None:
    """Create one resource through every create route the spec has (parents first), so that
    every list the probe reads has an item to address."""
    spec = server.emulator.spec
    resources = Resources(spec)
    creates = sorted(
        (
            op
            for op in spec.operations
            if op.method == "POST" and not op.last_is_param and resources.is_collection(op.template)
        ),
        key=lambda op: len(op.path_params),
    )
    made: dict[str, str] = {}
    async with CortexClient(server.base_url, api_key=API_KEY) as client:
        http = client.get_async_httpx_client()
        for op in creates:
            values = {"projectId": PROJECT}
            for index, segment in enumerate(op.segments):
                prefix = "/" + "/".join(op.segments[:index])
                if segment.startswith("{") and segment != "{projectId}" and prefix in made:
                    values[segment[1:-1]] = made[prefix]
            if len(values) < len(op.path_params):
                continue
            path = op.template.format(**values)
            body = spec.tools.default(op.request_schema) if op.request_schema else None
            response = await http.post(path, json=body)
            if response.is_success and isinstance(data := response.json(), dict) and "id" in data:
                made[op.template] = str(data["id"])


@pytest.fixture
async def faithful() -> AsyncIterator[EmulatorServer]:
    async with serve(api_keys=[API_KEY]) as server:
        await populate(server)
        server.emulator.request_log.clear()
        yield server


async def _run(server: EmulatorServer, env: pytest.MonkeyPatch) -> tuple[int, str]:
    env.setenv("CORTEX_BASE_URL", server.base_url)
    out = io.StringIO()
    code = await run(["--project", PROJECT], out=out)
    return code, out.getvalue()


def _rows(output: str) -> dict[str, str]:
    """operation id → the rest of its table row."""
    rows: dict[str, str] = {}
    for line in output.splitlines()[2:-1]:
        if not line.startswith(" "):
            name, _, rest = line.partition(" ")
            rows[name] = rest.strip()
    return rows


async def test_every_probed_operation_of_the_emulator_conforms(
    faithful: EmulatorServer, env: pytest.MonkeyPatch
) -> None:
    code, output = await _run(faithful, env)
    rows = _rows(output)
    gets = [t.operation_id for t in plan(vendored_spec())]
    assert sorted(rows) == sorted(gets)
    probed = {name: row for name, row in rows.items() if "skipped" not in row}
    assert probed and all(row.endswith("conforms") for row in probed.values()), output
    item_routes = [t for t in plan(vendored_spec()) if len(t.params) > 1 and t.skip is None]
    assert any(t.operation_id in probed for t in item_routes), output
    assert code == 0
    assert output.splitlines()[-1].startswith(f"probed {len(probed)} of {len(gets)} GET")


async def test_the_probe_sends_only_gets(faithful: EmulatorServer, env: pytest.MonkeyPatch) -> None:
    await _run(faithful, env)
    methods = {request.method for request in faithful.emulator.request_log}
    assert methods == {"GET"}


async def test_the_read_guard_refuses_any_other_method(faithful: EmulatorServer) -> None:
    async with CortexClient(faithful.base_url, api_key=API_KEY) as client:
        with pytest.raises(ProbeError, match="only reads"):
            await _read(client.get_async_httpx_client(), "DELETE", "/api")
    assert faithful.emulator.request_log == []


def _response_only_components(document: dict[str, Any]) -> list[str]:
    """Component schemas some GET answers with and no request body mentions (renaming one
    cannot break the creates that populate the emulator)."""
    schemas = document["components"]["schemas"]

    def refs(node: Any, out: set[str]) -> set[str]:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and (name := ref.rsplit("/", 1)[-1]) not in out:
                out.add(name)
                refs(schemas.get(name, {}), out)
            for value in node.values():
                refs(value, out)
        elif isinstance(node, list):
            for value in node:
                refs(value, out)
        return out

    requested: set[str] = set()
    answered: set[str] = set()
    for item in document["paths"].values():
        for method, op in item.items():
            if isinstance(op, dict):
                refs(op.get("requestBody", {}), requested)
                if method == "get":
                    refs(op.get("responses", {}).get("200", {}), answered)
    return sorted(answered - requested)


def _altered_spec() -> tuple[dict[str, Any], str, str]:
    """The vendored spec with one required field renamed, and a new first value in the enums of
    required fields (the emulator's default); returns the document, the field and an enum field."""
    altered = copy.deepcopy(vendored_spec())
    schemas = altered["components"]["schemas"]
    renamed = enum_field = ""
    for name in _response_only_components(altered):
        schema = schemas[name]
        properties = schema.get("properties") or {}
        for field in schema.get("required") or []:
            declared = properties.get(field, {})
            plain = declared.get("type") == "string" and not {"enum", "format"} & set(declared)
            if not renamed and field != "id" and plain:
                properties[field + "Renamed"] = properties.pop(field)
                schema["required"] = [
                    f + "Renamed" if f == field else f for f in schema["required"]
                ]
                renamed = field
                break
            if "enum" in declared and "default" not in declared:
                declared["enum"] = [DRIFT_ENUM_VALUE, *declared["enum"]]
                enum_field = field
    assert renamed and enum_field
    return altered, renamed, enum_field


async def test_drift_from_an_altered_emulator_is_found_and_named(
    env: pytest.MonkeyPatch,
) -> None:
    altered, renamed, _ = _altered_spec()
    async with serve(api_keys=[API_KEY], spec=altered) as server:
        await populate(server)
        code, output = await _run(server, env)
    assert code == 1, output
    assert f".{renamed}: missing required field" in output
    assert f".{renamed}Renamed: extra field" in output
    assert f"unknown enum value '{DRIFT_ENUM_VALUE}'" in output
    assert re.search(r"conform, [1-9][0-9]* drift", output.splitlines()[-1]), output


async def test_a_route_the_server_lacks_is_reported_missing(faithful: EmulatorServer) -> None:
    document = copy.deepcopy(vendored_spec())
    a_list = next(t for t in plan(document) if t.skip is None and len(t.params) == 1)
    document["paths"][a_list.template + "-not-served"] = document["paths"][a_list.template]
    async with CortexClient(faithful.base_url, api_key=API_KEY) as client:
        results = await probe(client.get_async_httpx_client(), PROJECT, document)
    missing = [r for r in results if r.template == a_list.template + "-not-served"]
    assert [(r.status, r.verdict) for r in missing] == [(404, "route missing")]


async def test_a_refused_key_is_reported_and_never_printed(
    faithful: EmulatorServer, env: pytest.MonkeyPatch
) -> None:
    env.setenv("CORTEX_API_KEY", "wrong-secret-key-4711")
    code, output = await _run(faithful, env)
    assert code == 1
    assert "refused" in output
    assert "wrong-secret-key-4711" not in output


@pytest.mark.parametrize(
    ("argv", "key", "message"),
    [
        ([], API_KEY, "--project <id> is required"),
        (["--project", PROJECT], None, "set CORTEX_API_KEY"),
        (["--project", PROJECT, "--api-key", "k"], API_KEY, "unrecognized arguments: --api-key"),
    ],
    ids=["no project", "no key", "no key on the command line"],
)
async def test_usage_errors_exit_2_with_one_line(
    env: pytest.MonkeyPatch, argv: list[str], key: str | None, message: str
) -> None:
    if key is None:
        env.delenv("CORTEX_API_KEY")
    out = io.StringIO()
    assert await run(argv, out=out) == 2
    assert len(out.getvalue().splitlines()) == 1 and message in out.getvalue()


async def test_an_unreachable_server_exits_2(env: pytest.MonkeyPatch) -> None:
    async with serve(api_keys=[API_KEY]) as server:
        gone = server.base_url
    env.setenv("CORTEX_BASE_URL", gone)
    out = io.StringIO()
    assert await run(["--project", PROJECT], out=out) == 2
    assert out.getvalue().startswith("python -m cortex_client.probe: cannot reach")


def test_the_module_runs_as_a_program() -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CORTEX_")}
    done = subprocess.run(
        [sys.executable, "-m", "cortex_client.probe", "--project", PROJECT],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "set CORTEX_API_KEY" in done.stdout
