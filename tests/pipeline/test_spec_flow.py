"""A changed spec flows through fetch → generate with no hand edit anywhere."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from .._loopback import serve_in_thread
from ._project_copy import copy_project

ROOT = Path(__file__).resolve().parents[2]
COPIED = [
    "openapi",
    "templates",
    "scripts",
    "cortex_client",
    "tests",
    "generator-config.yml",
    "pyproject.toml",
    # without it, the bytecode the scripts write (any machine without PYTHONDONTWRITEBYTECODE)
    # shows up in the copy's git status
    ".gitignore",
]


def _changed_spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads((ROOT / "openapi" / "cortex.json").read_text("utf-8"))
    new = copy.deepcopy(spec)
    schemas = new["components"]["schemas"]
    # a new operation with a new schema
    schemas["SessionSummary"] = {
        "type": "object",
        "properties": {"sessionId": {"type": "string"}, "text": {"type": "string"}},
        "required": ["sessionId", "text"],
    }
    new["paths"]["/api/projects/{projectId}/sessions/{sessionId}/summary"] = {
        "get": {
            "operationId": "getSessionSummary",
            "summary": "The generated summary of a session",
            "tags": ["Sessions"],
            "parameters": [
                {"name": "projectId", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "sessionId", "in": "path", "required": True, "schema": {"type": "string"}},
            ],
            "responses": {
                "200": {
                    "description": "Summary",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/SessionSummary"}
                        }
                    },
                }
            },
            "security": [{"bearer": []}, {"apiKey": []}],
        }
    }
    # a new field, a new enum value, a new event type
    schemas["SessionResponse"]["properties"]["summaryLanguage"] = {"type": "string"}
    schemas["GatheringResponse"]["properties"]["status"]["enum"].append("archived")
    schemas["SessionSummaryReadyEvent"] = copy.deepcopy(schemas["GenericDomainEvent"])
    schemas["SessionSummaryReadyEvent"]["properties"]["type"] = {
        "type": "string",
        "enum": ["session.summary.ready"],
    }
    schemas["DomainEvent"]["oneOf"].append(
        {"$ref": "#/components/schemas/SessionSummaryReadyEvent"}
    )
    return new


def _run(cmd: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        cmd, cwd=cwd, capture_output=True, text=True, timeout=300, env={**os.environ, **env}
    )
    assert result.returncode == 0, f"{cmd}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.mark.timeout(300)
def test_a_changed_spec_regenerates_with_changes_only_in_spec_and_generated(tmp_path: Path) -> None:
    repo = copy_project(tmp_path / "repo", COPIED)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"]
    _run(["git", "init", "-q"], repo)
    _run([*git, "add", "-A"], repo)
    _run([*git, "commit", "-qm", "base"], repo)

    spec = _changed_spec()
    app = Starlette(routes=[Route("/api/docs-json", lambda request: JSONResponse(spec))])
    with serve_in_thread(app) as base_url:
        fetched = _run([sys.executable, "scripts/fetch_spec.py"], repo, CORTEX_BASE_URL=base_url)
    assert "getSessionSummary" in fetched.stdout
    _run([sys.executable, "scripts/generate.py"], repo)

    status = _run(
        ["git", "status", "--porcelain", "--untracked-files=all"], repo
    ).stdout.splitlines()
    paths = [line[3:] for line in status]
    assert paths, "nothing changed"
    assert all(p.startswith(("openapi/", "cortex_client/_generated/")) for p in paths), paths

    script = textwrap.dedent(
        """
        import inspect
        import cortex_client
        from cortex_client import CortexClient
        from cortex_client.models import GatheringResponseStatus, SessionResponse, SessionSummary
        assert cortex_client.__file__.startswith(REPO), cortex_client.__file__
        client = CortexClient("http://127.0.0.1:9", api_key="k")
        assert inspect.iscoroutinefunction(client.sessions.get_session_summary)
        assert inspect.iscoroutinefunction(client.project("p").sessions.get_session_summary)
        assert GatheringResponseStatus("archived") == "archived"
        assert "summary_language" in SessionResponse.__annotations__
        from cortex_client.models import SessionSummaryReadyEvent
        print("ok")
        """
    )
    script = f"REPO = {str(repo)!r}\n" + script
    result = _run([sys.executable, "-c", script], repo, PYTHONPATH=str(repo))
    assert result.stdout.strip() == "ok"
    # the suite's spec-derived contract tests pass on the regenerated package
    _run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/pipeline/test_generated_contract.py",
        ],
        repo,
        PYTHONPATH=str(repo),
    )
