"""Every generated operation, called through CortexClient, sends a request the spec accepts.

Prism (npm @stoplight/prism-cli, installed by `make test` into .tools/) mocks openapi/cortex.json
and validates each request; a 422 from Prism or an `sl-violations` header is a failure.
"""

from __future__ import annotations

import inspect
import os
import socket
import subprocess
import time
import typing
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import snake_case

from cortex_client import CortexClient, UnprocessableEntityError
from cortex_client.testing._schema import SchemaTools

from .._spec_ops import OPERATIONS, SPEC, SPEC_PATH, group_name, module_name

ROOT = Path(__file__).resolve().parents[2]
PRISM = os.environ.get("CORTEX_PRISM") or str(ROOT / ".tools/prism/node_modules/.bin/prism")
VALUES = SchemaTools(SPEC)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def prism() -> Iterator[str]:
    if not Path(PRISM).exists():
        pytest.fail(f"Prism is not installed at {PRISM}; run `make prism` (make test does it)")
    port = _free_port()
    proc = subprocess.Popen(
        [PRISM, "mock", str(SPEC_PATH), "-h", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client() as http:
            for _ in range(600):  # up to 60 s for node to start
                if proc.poll() is not None:
                    pytest.fail(f"prism exited: {proc.stdout.read() if proc.stdout else ''}")
                try:
                    http.get(f"{base}/api", timeout=0.5)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)  # polling a child process for readiness
            else:
                pytest.fail("prism did not start within 60 s")
        yield base
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture
async def clients(prism: str) -> AsyncIterator[dict[str, CortexClient]]:
    async with (
        CortexClient(prism, api_key="prism-key", max_retries=0) as by_key,
        CortexClient(prism, access_token="prism-jwt", max_retries=0) as by_token,
    ):
        yield {"apiKey": by_key, "bearer": by_token}


def _scheme(op: dict[str, Any]) -> str:
    """API key where the operation accepts it, else bearer (e.g. getProfile is bearer-only)."""
    schemes = {
        name for requirement in op.get("security", SPEC.get("security", [])) for name in requirement
    }
    return "apiKey" if "apiKey" in schemes or not schemes else "bearer"


def _body_value(method: Any, op: dict[str, Any]) -> Any:
    hints = typing.get_type_hints(method)
    content = op["requestBody"]["content"]
    schema = next(iter(content.values()))
    value = VALUES.default(schema["schema"])
    for candidate in typing.get_args(hints["body"]) or (hints["body"],):
        if hasattr(candidate, "from_dict"):
            return candidate.from_dict(value)
    return value


@pytest.mark.parametrize(
    ("path", "method", "op"), OPERATIONS, ids=[o["operationId"] for _, _, o in OPERATIONS]
)
async def test_every_operation_sends_a_spec_valid_request(
    clients: dict[str, CortexClient], path: str, method: str, op: dict[str, Any]
) -> None:
    client = clients[_scheme(op)]
    group = getattr(client, group_name(op)).detailed
    bound = getattr(group, module_name(op))
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in op.get("parameters", []):
        if param["in"] == "path":
            args.append("id-1")
        elif param.get("required"):
            kwargs[snake_case(param["name"])] = VALUES.default(param.get("schema", {}))
    if "requestBody" in op:
        kwargs["body"] = _body_value(bound, op)
    assert len(args) == len(
        [
            p
            for p in inspect.signature(bound).parameters.values()
            if p.kind is p.POSITIONAL_OR_KEYWORD
        ]
    )
    try:
        response = await bound(*args, **kwargs)
    except UnprocessableEntityError as exc:
        pytest.fail(f"Prism rejected the request: {exc.body}")
    assert "sl-violations" not in response.headers, response.headers["sl-violations"]
    assert 200 <= response.status_code < 300
