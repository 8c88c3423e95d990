"""Schema fuzzing: whatever body an operation is sent, the emulator's answer is in the spec.

Bodies come from schemathesis's generators, in its positive mode (conforming to the request
schema) and negative mode (violating it: wrong types, missing required fields, bad formats, a
body of the wrong kind). They go over HTTP to the emulator under uvicorn, at a path whose
parameters name real resources. The oracle is openapi-schema-validator's OAS 3.0 validator with its
format checker, a third-party reading of the spec independent of the emulator's own validator:
- a body the request schema refuses is answered 422 with a valid ErrorResponse;
- any other body gets a status the operation declares (409, the API's state conflict, is the
  one the spec leaves out) and a body valid for it, and when it succeeded, what the emulator
  then serves for the same resource (its item and collection routes) is valid too.
Derandomised and bounded (``MAX_EXAMPLES``) so a run is reproducible and takes seconds.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from jsonschema.protocols import Validator
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from schemathesis import GenerationMode
from schemathesis.core import NotSet
from schemathesis.openapi import from_dict

from cortex_client.testing import Emulator, Operation, Spec, create_app
from cortex_client.testing._routing import Router

from .._loopback import serve_in_thread
from .test_emulator_conformance import API_KEY, Driver, fill

SPEC = Spec()
BODY_OPERATIONS = [op for op in SPEC.operations if op.request_schema is not None]
MAX_EXAMPLES = 20
# The API's state conflicts (a gathering already started, a member added twice) are 409s the
# spec does not list; they must still be NestJS error bodies.
# A body that is not JSON at all gets NestJS's 400 (a parse error, not a validation failure).
UNDECLARED_ERRORS = {400, 409}
FUZZER = from_dict(SPEC.document)
JSON = {"Content-Type": "application/json"}
FUZZ = settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@dataclass
class Target:
    """The running emulator and, per operation, a path whose parameters name real resources."""

    http: httpx.Client
    router: Router
    paths: dict[str, str]


@pytest.fixture(scope="module")
def target() -> Iterator[Target]:
    emulator = Emulator([API_KEY], heartbeat_interval=0.2, spec=SPEC)
    with serve_in_thread(create_app(emulator)) as base_url:
        token, paths = asyncio.run(_prepare(base_url, emulator))
        headers = {"X-API-Key": API_KEY, "Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=base_url, headers=headers, timeout=10) as http:
            yield Target(http, Router(SPEC.operations), paths)


async def _prepare(base_url: str, emulator: Emulator) -> tuple[str, dict[str, str]]:
    async with httpx.AsyncClient(base_url=base_url, headers={"X-API-Key": API_KEY}) as client:
        driver = Driver(client, SPEC, emulator)
        token = (await client.post("/api/auth/login", json={})).json()["accessToken"]
        paths = {}
        for op in BODY_OPERATIONS:
            paths[op.operation_id] = fill(op.template, await driver.resolve_params(op.template, {}))
        return str(token), paths


def oracle(schema: Any) -> Validator:
    """An OAS 3.0 validator (nullable, formats) for ``schema``, refs resolved in the spec."""
    root = {"allOf": [schema], "components": SPEC.document.get("components", {})}
    validator: Validator = OAS30Validator(root, format_checker=oas30_format_checker)
    return validator


@functools.cache
def _cases(operation_id: str, mode: GenerationMode) -> st.SearchStrategy[Any]:
    op = SPEC.by_id[operation_id]
    strategy: st.SearchStrategy[Any] = FUZZER[op.template][op.method].as_strategy(
        generation_mode=mode
    )
    return strategy


def valid_bodies(op: Operation) -> st.SearchStrategy[Any]:
    """Bodies the fuzzer generates as conforming to the request schema."""
    return _cases(op.operation_id, GenerationMode.POSITIVE).map(lambda case: case.body)


@st.composite
def malformed_bodies(draw: st.DrawFn, op: Operation) -> Any:
    """Bodies the fuzzer generates to violate the request schema (wrong types, missing
    required fields, a body of the wrong kind), kept only when the oracle refuses them (a
    negative case may break a parameter instead of the body)."""
    body = draw(_cases(op.operation_id, GenerationMode.NEGATIVE)).body
    assume(not isinstance(body, NotSet))
    assume(isinstance(body, bytes) or not oracle(op.request_schema).is_valid(body))
    return body


def send(target: Target, op: Operation, body: Any) -> httpx.Response:
    """Send ``body`` (bytes as they are, anything else as JSON) to the operation's path."""
    path = target.paths[op.operation_id]
    if isinstance(body, NotSet):
        return target.http.request(op.method, path)
    if body is None:
        return target.http.request(op.method, path, content=b"null", headers=JSON)
    if isinstance(body, bytes):
        return target.http.request(op.method, path, content=body, headers=JSON)
    return target.http.request(op.method, path, json=body)


def check_answer(op: Operation, response: httpx.Response) -> None:
    """The answer's status is declared (or a known state conflict) and its body valid."""
    declared = {int(code) for code in op.raw.get("responses", {}) if code.isdigit()}
    assert response.status_code < 500, (op.operation_id, response.text)
    assert response.status_code in declared | UNDECLARED_ERRORS, (
        op.operation_id,
        response.status_code,
        response.text,
    )
    schema = SPEC.response_schema(op.operation_id, response.status_code)
    if response.status_code in UNDECLARED_ERRORS:
        schema = {"$ref": "#/components/schemas/ErrorResponse"}
    if schema is None:
        assert response.content == b"" or response.status_code != 204
        return
    problems = [e.message for e in oracle(schema).iter_errors(response.json())]
    assert not problems, (op.operation_id, response.status_code, problems, response.json())


def check_served(target: Target, path: str) -> None:
    """What GET serves at ``path`` (when a GET operation routes there) is valid."""
    match = target.router.match("GET", path)
    if match is None or match.operation.is_event_stream:
        return
    response = target.http.get(path)
    check_answer(match.operation, response)


def resource_paths(op: Operation, path: str, answer: Any) -> list[str]:
    """The item and collection routes of what ``op`` just wrote."""
    found = [path]
    if op.last_is_param:
        found.append(path.rsplit("/", 1)[0])
    if isinstance(answer, dict) and isinstance(answer.get("id"), str):
        found.append(f"{path}/{answer['id']}")
    return found


@pytest.mark.parametrize("op", BODY_OPERATIONS, ids=lambda op: op.operation_id)
def test_malformed_bodies_get_a_spec_valid_422(target: Target, op: Operation) -> None:
    @FUZZ
    @given(body=malformed_bodies(op))
    def run(body: Any) -> None:
        response = send(target, op, body)
        expected = 400 if isinstance(body, bytes) else 422
        assert response.status_code == expected, (op.operation_id, body, response.text)
        check_answer(op, response)
        messages = response.json()["message"]
        assert messages and all(isinstance(line, str) and line for line in messages)
        assert isinstance(messages, list) or expected == 400

    run()


@pytest.mark.parametrize("op", BODY_OPERATIONS, ids=lambda op: op.operation_id)
def test_conforming_bodies_get_spec_valid_answers_and_leave_valid_resources(
    target: Target, op: Operation
) -> None:
    @FUZZ
    @given(body=valid_bodies(op))
    def run(body: Any) -> None:
        path = target.paths[op.operation_id]
        response = send(target, op, body)
        check_answer(op, response)
        if response.is_success:
            answer = response.json() if response.content else None
            for served in resource_paths(op, path, answer):
                check_served(target, served)

    run()


def test_a_json_null_body_is_refused_when_a_body_is_required(target: Target) -> None:
    op = SPEC.by_id["createSession"]
    response = target.http.post(target.paths[op.operation_id], content=b"null")
    assert response.status_code == 422
    check_answer(op, response)
