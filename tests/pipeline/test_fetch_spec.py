"""scripts/fetch_spec.py end to end: a real loopback server, the script as a subprocess."""

from __future__ import annotations

import copy
import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio.to_thread
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "fetch_spec.py"
OLD_MTIME = 1_000_000_000  # a fixed past time, so "untouched" does not depend on clock grain


def minimal_spec(**extra_paths: Any) -> dict[str, Any]:
    """A small valid OpenAPI 3.0 document with one operation and one schema."""
    paths: dict[str, Any] = {
        "/api/things": {
            "get": {
                "operationId": "listThings",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    }
                },
            }
        },
        **extra_paths,
    }
    return {
        "openapi": "3.0.0",
        "info": {"title": "Cortex API — test", "version": "1.0"},
        "paths": paths,
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
                }
            }
        },
    }


@dataclass
class Reply:
    """What the fake server answers on /api/docs-json."""

    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    hang: bool = False


@dataclass
class SpecServer:
    """A uvicorn server on a free loopback port serving a configurable docs-json reply."""

    base_url: str = ""
    reply: Reply = field(default_factory=Reply)
    requests: list[str] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    def serve_json(self, doc: Any) -> None:
        self.reply = Reply(body=json.dumps(doc, ensure_ascii=False).encode())

    def serve(self, status: int, body: bytes, content_type: str) -> None:
        self.reply = Reply(status=status, body=body, content_type=content_type)

    async def endpoint(self, request: Request) -> Response:
        self.requests.append(request.url.path)
        if self.reply.hang:
            # Held until the fixture tears down, so the client's timeout is what ends it.
            await anyio.to_thread.run_sync(self.release.wait, 30.0)
        return Response(self.reply.body, self.reply.status, media_type=self.reply.content_type)


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.ready.set()


@pytest.fixture(scope="module")
def spec_server() -> Iterator[SpecServer]:
    state = SpecServer()
    app = Starlette(routes=[Route("/api/docs-json", state.endpoint)])
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="error", lifespan="off")
    server = _Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    if not server.ready.wait(15):
        raise RuntimeError("uvicorn did not start")
    port = server.servers[0].sockets[0].getsockname()[1]
    state.base_url = f"http://127.0.0.1:{port}"
    try:
        yield state
    finally:
        state.release.set()
        server.should_exit = True
        thread.join(15)


@pytest.fixture
def server(spec_server: SpecServer) -> SpecServer:
    spec_server.reply = Reply()
    spec_server.requests.clear()
    return spec_server


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A port that is bound but not listening: connecting to it is refused."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    try:
        yield sock.getsockname()[1]
    finally:
        sock.close()


def run_script(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base_env = {k: v for k, v in os.environ.items() if k != "CORTEX_BASE_URL"}
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**base_env, **(env or {})},
        check=False,
    )


def rendered(doc: dict[str, Any]) -> bytes:
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode()


def existing_output(tmp_path: Path, doc: dict[str, Any]) -> Path:
    """A pre-existing spec file with a fixed old mtime."""
    output = tmp_path / "openapi" / "cortex.json"
    output.parent.mkdir()
    output.write_bytes(rendered(doc))
    os.utime(output, (OLD_MTIME, OLD_MTIME))
    return output


def assert_untouched(output: Path, expected: bytes) -> None:
    assert output.read_bytes() == expected
    assert output.stat().st_mtime == OLD_MTIME
    assert sorted(p.name for p in output.parent.iterdir()) == [output.name]


# --- success ------------------------------------------------------------------------------------


def test_fetch_writes_the_spec_with_the_vendored_formatting(
    server: SpecServer, tmp_path: Path
) -> None:
    doc = minimal_spec()
    server.serve_json(doc)
    output = tmp_path / "out" / "cortex.json"

    result = run_script("--base-url", server.base_url, "--output", str(output))

    assert result.returncode == 0, result.stderr
    assert output.read_bytes() == rendered(doc)
    assert "wrote" in result.stdout
    assert "1 operations and 1 schemas" in result.stdout
    assert server.requests == ["/api/docs-json"]


def test_fetch_reproduces_the_vendored_spec_byte_for_byte(
    server: SpecServer, tmp_path: Path
) -> None:
    vendored = (ROOT / "openapi" / "cortex.json").read_bytes()
    server.serve(200, json.dumps(json.loads(vendored)).encode(), "application/json")
    output = tmp_path / "cortex.json"

    result = run_script("--base-url", server.base_url, "--output", str(output))

    assert result.returncode == 0, result.stderr
    assert output.read_bytes() == vendored


def test_fetch_reports_changes_against_the_previous_file(
    server: SpecServer, tmp_path: Path
) -> None:
    old = minimal_spec()
    output = existing_output(tmp_path, old)
    new = copy.deepcopy(old)
    new["paths"]["/api/widgets"] = {
        "post": {"operationId": "createWidget", "responses": {"204": {"description": "done"}}}
    }
    server.serve_json(new)
    report_file = tmp_path / "report.md"

    result = run_script(
        "--base-url", server.base_url, "--output", str(output), "--report-file", str(report_file)
    )

    assert result.returncode == 0, result.stderr
    assert output.read_bytes() == rendered(new)
    assert "Added operation POST /api/widgets (createWidget)" in result.stdout
    assert "Added operation POST /api/widgets (createWidget)" in report_file.read_text()
    assert report_file.read_text().startswith("## Cortex API spec changes")


def test_unchanged_spec_reports_no_changes_and_keeps_the_file(
    server: SpecServer, tmp_path: Path
) -> None:
    doc = minimal_spec()
    output = existing_output(tmp_path, doc)
    server.serve_json(doc)

    result = run_script("--base-url", server.base_url, "--output", str(output))

    assert result.returncode == 0, result.stderr
    assert "No changes." in result.stdout
    assert_untouched(output, rendered(doc))


def test_base_url_comes_from_the_environment_with_trailing_slash_stripped(
    server: SpecServer, tmp_path: Path
) -> None:
    server.serve_json(minimal_spec())
    output = tmp_path / "cortex.json"

    result = run_script("--output", str(output), env={"CORTEX_BASE_URL": server.base_url + "/"})

    assert result.returncode == 0, result.stderr
    assert server.requests == ["/api/docs-json"]


def test_breaking_change_with_fail_on_breaking_exits_3_and_still_writes(
    server: SpecServer, tmp_path: Path
) -> None:
    old = minimal_spec()
    output = existing_output(tmp_path, old)
    new = copy.deepcopy(old)
    del new["components"]["schemas"]["Thing"]["properties"]["name"]
    server.serve_json(new)

    result = run_script(
        "--base-url", server.base_url, "--output", str(output), "--fail-on-breaking"
    )

    assert result.returncode == 3
    assert "BREAKING" in result.stdout
    assert "property 'name' removed" in result.stdout
    assert output.read_bytes() == rendered(new)


def test_breaking_change_without_the_flag_exits_0(server: SpecServer, tmp_path: Path) -> None:
    old = minimal_spec()
    output = existing_output(tmp_path, old)
    new = copy.deepcopy(old)
    del new["paths"]["/api/things"]
    server.serve_json(new)

    result = run_script("--base-url", server.base_url, "--output", str(output))

    assert result.returncode == 0, result.stderr
    assert "Removed operation GET /api/things (listThings)" in result.stdout


def nestjs_bearer_spec() -> dict[str, Any]:
    """NestJS's `addBearerAuth()` output: an http bearer scheme that also carries `name`/`in`.

    openapi-spec-validator rejects it (those belong to apiKey schemes); the generator accepts it.
    """
    doc = minimal_spec()
    doc["components"]["securitySchemes"] = {
        "bearer": {
            "type": "http",
            "scheme": "bearer",
            "bearerFormat": "JWT",
            "name": "Authorization",
            "in": "header",
        }
    }
    doc["paths"]["/api/things"]["get"]["security"] = [{"bearer": []}]
    return doc


@pytest.mark.parametrize("previous", [True, False], ids=["with_previous", "first_fetch"])
def test_a_spec_the_generator_accepts_is_written_with_the_validator_error_as_a_warning(
    server: SpecServer, tmp_path: Path, previous: bool
) -> None:
    new = nestjs_bearer_spec()
    output = existing_output(tmp_path, minimal_spec()) if previous else tmp_path / "cortex.json"
    server.serve_json(new)
    report_file = tmp_path / "report.md"

    result = run_script(
        "--base-url", server.base_url, "--output", str(output), "--report-file", str(report_file)
    )

    assert result.returncode == 0, result.stderr
    assert output.read_bytes() == rendered(new)
    warning = "openapi-spec-validator rejects the document, but the pinned generator accepts it"
    assert "### Spec warnings (1)" in report_file.read_text()
    assert warning in report_file.read_text()
    assert warning in result.stdout
    [line] = result.stderr.splitlines()
    assert line.startswith(f"fetch_spec: warning: {warning}: ")
    assert "securitySchemes" in line


# --- failures leave the output untouched --------------------------------------------------------

NOT_OPENAPI = json.dumps({"hello": "world"}).encode()
SWAGGER_2 = json.dumps({"swagger": "2.0", "info": {"title": "x", "version": "1"}}).encode()
INVALID_OPENAPI = json.dumps({"openapi": "3.0.0", "paths": {}}).encode()  # no info
BAD_OPERATION = json.dumps(
    {**minimal_spec(), "paths": {"/api/x": {"get": {"responses": "nope"}}}}
).encode()

BAD_REPLIES = {
    "http_404": (404, b'{"statusCode":404,"message":"Cannot GET"}', "application/json"),
    "http_500": (500, b"boom", "text/plain"),
    "html_page": (200, b"<!doctype html><html><body>Login</body></html>", "text/html"),
    "html_labelled_json": (200, b"<html><body>proxy error</body></html>", "application/json"),
    "invalid_json": (200, b'{"openapi": "3.0.0", ', "application/json"),
    "empty_body": (200, b"", "application/json"),
    "json_array": (200, b"[1, 2, 3]", "application/json"),
    "json_not_openapi": (200, NOT_OPENAPI, "application/json"),
    "swagger_2": (200, SWAGGER_2, "application/json"),
    "openapi_missing_info": (200, INVALID_OPENAPI, "application/json"),
    "openapi_bad_operation": (200, BAD_OPERATION, "application/json"),
}


def assert_one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("fetch_spec: error: ")
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.mark.parametrize("case", sorted(BAD_REPLIES))
def test_bad_reply_fails_with_one_line_and_leaves_output_untouched(
    server: SpecServer, tmp_path: Path, case: str
) -> None:
    status, body, content_type = BAD_REPLIES[case]
    server.serve(status, body, content_type)
    before = rendered(minimal_spec())
    output = existing_output(tmp_path, minimal_spec())

    result = run_script("--base-url", server.base_url, "--output", str(output))

    assert_one_error_line(result)
    assert_untouched(output, before)


def test_http_status_is_named_in_the_error(server: SpecServer, tmp_path: Path) -> None:
    server.serve(404, b"not here", "text/plain")

    result = run_script("--base-url", server.base_url, "--output", str(tmp_path / "x.json"))

    assert "HTTP 404" in assert_one_error_line(result)
    assert not (tmp_path / "x.json").exists()


def test_html_page_is_named_in_the_error(server: SpecServer, tmp_path: Path) -> None:
    server.serve(200, b"<html></html>", "text/html; charset=utf-8")

    result = run_script("--base-url", server.base_url, "--output", str(tmp_path / "x.json"))

    assert "HTML page" in assert_one_error_line(result)


def test_server_down_fails_with_one_line_and_leaves_output_untouched(
    closed_port: int, tmp_path: Path
) -> None:
    before = rendered(minimal_spec())
    output = existing_output(tmp_path, minimal_spec())

    result = run_script("--base-url", f"http://127.0.0.1:{closed_port}", "--output", str(output))

    assert "cannot connect" in assert_one_error_line(result)
    assert_untouched(output, before)


def test_timeout_fails_with_one_line_and_leaves_output_untouched(
    server: SpecServer, tmp_path: Path
) -> None:
    server.reply = Reply(body=b"{}", hang=True)
    before = rendered(minimal_spec())
    output = existing_output(tmp_path, minimal_spec())

    result = run_script("--base-url", server.base_url, "--output", str(output), "--timeout", "0.5")

    assert "timed out" in assert_one_error_line(result)
    assert_untouched(output, before)


@pytest.mark.parametrize(
    "args",
    [["--timeout", "0"], ["--timeout", "soon"], ["--base-url", "ftp://x"], ["--no-such-flag"]],
)
def test_usage_error_exits_2_with_one_line(args: list[str], tmp_path: Path) -> None:
    result = run_script(*args, "--output", str(tmp_path / "x.json"))

    assert result.returncode == 2
    assert result.stderr.startswith("fetch_spec: error: ")
    assert len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "x.json").exists()
