"""Every operation of the spec answers, and every answer (and event) validates against it.

Requests are built from the spec: path parameters get fresh parent resources created through
the spec's own create operations, bodies come from the request schemas.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from cortex_client.testing import Operation, Spec, serve
from cortex_client.testing._resources import Resources
from cortex_client.testing._spec import param_name

PROJECT = "proj_conformance"
API_KEY = "conformance-key"

# Body fields whose value must come from another resource, by the operation that makes it.
FIELD_SOURCES = {
    "joinCode": ("createGathering", "joinCode"),
    "permissionId": ("inviteProjectUser", "id"),
}
# Operations whose body participant must already be a member of the gathering in the path.
NEEDS_MEMBERSHIP = {"leaveGathering"}
# Operations only valid after another one on the same resource (status rules).
PRECEDED_BY = {"endGathering": "startGathering"}


class Driver:
    """Builds and sends valid requests for any operation of the spec."""

    def __init__(self, client: httpx.AsyncClient, spec: Spec, server_emulator: Any) -> None:
        self.client = client
        self.spec = spec
        self.emulator = server_emulator
        self.resources = Resources(spec)
        self.token: str | None = None
        self.creates = {
            op.template: op
            for op in spec.operations
            if op.method == "POST"
            and not op.last_is_param
            and self.resources.is_collection(op.template)
        }

    def body_for(self, op: Operation) -> Any:
        if op.request_schema is None:
            return None
        return self.spec.tools.default(op.request_schema)

    async def fill_body(self, op: Operation, params: dict[str, str]) -> Any:
        body = self.body_for(op)
        if not isinstance(body, dict):
            return body
        declared = self.spec.tools.properties(op.request_schema or {})
        for name in declared:
            if name in FIELD_SOURCES:
                source_id, field = FIELD_SOURCES[name]
                made = await self.make(self.spec.by_id[source_id], {"projectId": PROJECT})
                body[name] = made[field]
            elif name.endswith("Ids") and self.collection_for(name[:-1]) is not None:
                body[name] = [await self.fresh_id(name[:-1])]
            elif self.collection_for(name) is not None and name not in params:
                body[name] = await self.fresh_id(name)
            elif name in params:
                body[name] = params[name]
        if op.operation_id in NEEDS_MEMBERSHIP:
            members = "/".join(op.template.split("/")[:-1]) + "/members"
            await self.make(
                self.creates[members], {**params, "participantId": body["participantId"]}
            )
        return body

    def collection_for(self, param: str) -> str | None:
        """Collection template whose items a parameter of this name identifies (shortest)."""
        found = []
        for op in self.spec.operations:
            for index, segment in enumerate(op.segments):
                if param_name(segment) == param and index > 0:
                    found.append("/" + "/".join(op.segments[:index]))
        with_create = sorted((t for t in found if t in self.creates), key=len)
        return with_create[0] if with_create else (sorted(found, key=len)[0] if found else None)

    async def fresh_id(self, param: str, context: dict[str, str] | None = None) -> str:
        template = self.collection_for(param)
        assert template is not None, param
        made = await self.make_in(template, context or {"projectId": PROJECT})
        return str(made.get(param, made["id"]))

    async def make_in(self, template: str, context: dict[str, str]) -> dict[str, Any]:
        create = self.creates.get(template)
        if create is not None:
            return await self.make(create, context)
        return await self.existing(template, context)

    async def existing(self, template: str, context: dict[str, str]) -> dict[str, Any]:
        # Collections the API cannot add to (catalogs, outboxes, bot transcripts) are listed.
        params = await self.resolve_params(template, context)
        if template.endswith("/messages"):
            self.emulator.inject_message(params["projectId"], params["sessionId"], "hello")
        path = fill(template, params)
        response = await self.send("GET", path, None, bearer=False)
        data = response.json()
        items = (
            data
            if isinstance(data, list)
            else next(v for v in data.values() if isinstance(v, list))
        )
        assert items, f"no item to address in {path}"
        return dict(items[0])

    async def make(self, op: Operation, context: dict[str, str]) -> dict[str, Any]:
        params = await self.resolve_params(op.template, context)
        body = await self.fill_body(op, params)
        response = await self.send(op.method, fill(op.template, params), body)
        assert response.status_code == op.success_status, (op.operation_id, response.text)
        data = response.json()
        return dict(data[0] if isinstance(data, list) else data)

    async def resolve_params(self, template: str, context: dict[str, str]) -> dict[str, str]:
        params = dict(context)
        params.setdefault("projectId", PROJECT)
        segments = [s for s in template.split("/") if s]
        for index, segment in enumerate(segments):
            name = param_name(segment)
            if name is None or name in params:
                continue
            prefix = "/" + "/".join(segments[:index])
            if prefix in self.creates or self.resources.is_collection(prefix):
                made = await self.make_in(prefix, params)
                params[name] = str(made.get(name, made["id"]))
            else:
                params[name] = await self.fresh_id(name, params)
        return params

    async def send(self, method: str, path: str, body: Any, bearer: bool = False) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.token}"} if bearer else {}
        return await self.client.request(method, path, json=body, headers=headers)


def fill(template: str, params: dict[str, str]) -> str:
    for name, value in params.items():
        template = template.replace("{" + name + "}", value)
    return template


@pytest.fixture
async def running() -> AsyncIterator[Any]:
    async with serve(api_keys=[API_KEY], heartbeat_interval=0.2) as server:
        yield server


async def test_every_operation_answers_with_a_spec_valid_response(running: Any) -> None:
    spec: Spec = running.emulator.spec
    emulator = running.emulator
    async with httpx.AsyncClient(
        base_url=running.base_url, headers={"X-API-Key": API_KEY}
    ) as client:
        driver = Driver(client, spec, emulator)
        login = await client.post("/api/auth/login", json={})
        driver.token = login.json()["accessToken"]
        await client.post(
            f"/api/projects/{PROJECT}/webhooks/subscriptions",
            json={"url": "https://example.com/hook", "secret": "s", "events": ["*"]},
        )
        called: set[str] = set()
        for op in spec.operations:
            params = await driver.resolve_params(op.template, {})
            body = await driver.fill_body(op, params)
            path = fill(op.template, params)
            if op.operation_id in PRECEDED_BY:
                before = spec.by_id[PRECEDED_BY[op.operation_id]]
                await driver.send(
                    before.method, fill(before.template, params), driver.body_for(before)
                )
            bearer_only = bool(op.security_schemes) and "apiKey" not in op.security_schemes
            if op.is_event_stream:
                async with client.stream("GET", path) as response:
                    first = await anext(response.aiter_bytes())
                assert response.status_code == 200, op.operation_id
                assert response.headers["content-type"].startswith("text/event-stream")
                assert first.startswith(b":")
                called.add(op.operation_id)
                continue
            response = await driver.send(op.method, path, body, bearer=bearer_only)
            assert response.status_code == op.success_status, (op.operation_id, response.text)
            schema = spec.response_schema(op.operation_id, response.status_code)
            if schema is not None:
                problems = spec.errors(response.json(), schema)
                assert not problems, (op.operation_id, problems, response.json())
            elif op.response_media_type and "json" not in op.response_media_type:
                assert response.headers["content-type"].startswith(op.response_media_type)
            elif response.status_code == 204:
                assert response.content == b""
            called.add(op.operation_id)
    assert called == set(spec.by_id)
    assert len(called) == len(spec.operations)
    events = emulator.events()
    assert events
    for event in events:
        problems = spec.errors(event, spec.event_schema(event["type"]))
        assert not problems, (event["type"], problems)


async def test_every_error_answer_matches_the_error_schema(running: Any) -> None:
    spec: Spec = running.emulator.spec
    async with httpx.AsyncClient(base_url=running.base_url) as client:
        unauthorised = await client.get(f"/api/projects/{PROJECT}/sessions")
        missing = await client.get(
            f"/api/projects/{PROJECT}/sessions/nope", headers={"X-API-Key": API_KEY}
        )
        invalid = await client.post(
            f"/api/projects/{PROJECT}/sessions", json={"title": 1}, headers={"X-API-Key": API_KEY}
        )
    for response, op_id in (
        (unauthorised, "listSessions"),
        (missing, "getSession"),
        (invalid, "createSession"),
    ):
        schema = spec.response_schema(op_id, response.status_code)
        assert schema is not None, (op_id, response.status_code)
        assert spec.errors(response.json(), schema) == []
