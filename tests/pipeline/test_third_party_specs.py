"""The generation pipeline on specs nobody here wrote, and on two variants of our own.

Each case runs `scripts/generate.py` in a temporary copy of the project with the spec at
openapi/cortex.json. The outcome is either a clean failure (non-zero exit, one line per problem
on stderr, no traceback) or a client whose generated modules all import, whose public names
import, whose tag groups are attributes of `CortexClient`, and, where the spec has a `projectId`
path parameter, whose `client.project(pid)` sends the id in the right path segment and takes no
`project_id` itself. `EXPECTED` records the outcome of every case, so a change shows up here.

A third-party spec that fails only because the generator warned is also run a second time with
those warnings allowed (stage "allowed"), so the templates and the client see it too.
Where the documents come from, and why they are not in the repository:
tests/fixtures/specs/PROVENANCE.md (npm @readme/oas-examples, installed by `make test`, and
documents from public repositories that the steering repo's shared/ may provide).
"""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from .._loopback import serve_in_thread
from ._project_copy import ROOT, copy_project, write_config

FIXTURES = ROOT / "tests" / "fixtures" / "specs"
CHECK = Path(__file__).with_name("_client_check.py")
PROJECT_ID = "3f1b7c9e-5d2a-4c1e-9b7a-0c4d2e6f8a10"
# Project-scoped operations called per tag group: one shows the path shape of the group.
SCOPED_CALLS_PER_GROUP = 1
ALLOWED_REASON = "third-party spec under test"


def _spec_dirs() -> list[Path]:
    dirs = [FIXTURES, ROOT.parent / "shared" / "spec" / "third-party"]
    if os.environ.get("CORTEX_THIRD_PARTY_SPECS"):
        dirs.insert(0, Path(os.environ["CORTEX_THIRD_PARTY_SPECS"]))
    return dirs


def _oas_examples() -> Path:
    # `make test` installs the npm package @readme/oas-examples (MIT) into .tools/ and names it
    default = ROOT / ".tools" / "oas-examples" / "node_modules" / "@readme" / "oas-examples"
    return Path(os.environ.get("CORTEX_OAS_EXAMPLES", default))


def _third_party(name: str) -> str:
    if name.startswith(OAS):
        path = _oas_examples() / name.removeprefix(OAS)
        if path.is_file():
            return path.read_text("utf-8")
        message = f"{path} missing: `make test` installs @readme/oas-examples from npm"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI runs `make test`, which always installs it
        pytest.skip(message)
    for folder in _spec_dirs():
        path = folder / f"{name}.json"
        if path.is_file():
            return path.read_text("utf-8")
    pytest.skip(f"{name}.json is in none of {[str(d) for d in _spec_dirs()]} (see PROVENANCE.md)")


def _own() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads((ROOT / "openapi" / "cortex.json").read_text("utf-8"))
    return spec


def _parameters(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield from spec.get("components", {}).get("parameters", {}).values()
    for item in spec["paths"].values():
        yield from item.get("parameters", [])
        for op in item.values():
            if isinstance(op, dict):
                yield from op.get("parameters", [])


def _own_project_id_uuid() -> dict[str, Any]:
    spec = copy.deepcopy(_own())
    for param in _parameters(spec):
        if param.get("name") == "projectId":
            param["schema"] = {"type": "string", "format": "uuid"}
    return spec


def _own_sanctions_renamed() -> dict[str, Any]:
    spec = copy.deepcopy(_own())
    rename = {"Sanctions": "Moderation"}
    for tag in spec.get("tags", []):
        tag["name"] = rename.get(tag["name"], tag["name"])
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "tags" in op:
                op["tags"] = [rename.get(t, t) for t in op["tags"]]
    return spec


@dataclass(frozen=True)
class Case:
    name: str
    third_party: bool

    def text(self) -> str:
        """The document as openapi/cortex.json of the copy holds it (third-party: as published)."""
        if self.name == "own-projectid-uuid":
            return json.dumps(_own_project_id_uuid(), indent=2) + "\n"
        if self.name == "own-sanctions-as-moderation":
            return json.dumps(_own_sanctions_renamed(), indent=2) + "\n"
        return _third_party(self.name)


# Documents of the npm package @readme/oas-examples 8.2.2 (MIT, github.com/readmeio/oas-examples),
# named by their path in the package: installed by `make test`, never committed.
OAS = "oas:"
CASES = [
    Case(OAS + "3.0/json/petstore-expanded.json", True),
    Case(OAS + "3.0/json/uspto.json", True),
    Case(OAS + "3.0/json/star-trek.json", True),
    Case(OAS + "3.1/json/train-travel.json", True),
    Case(OAS + "3.0/json/file-uploads.json", True),
    Case(OAS + "3.0/json/response-multiple-mediatypes.json", True),
    Case(OAS + "3.0/json/complex-nesting.json", True),
    Case(OAS + "3.0/json/polymorphism.json", True),
    Case("nestjs-swagger-4.5", True),
    Case("nestjs-swagger-7.1", True),
    Case("nestjs-swagger-11.4", True),
    Case("coolify-3.1", True),
    Case("langfuse-public", True),
    Case("anitrend-edge", True),
    Case("own-projectid-uuid", False),
    Case("own-sanctions-as-moderation", False),
]

# (case, stage) -> outcome. "generates": the client passes every check. "fails cleanly: <text>":
# generate.py exits non-zero with <text> on stderr. "client broken: <a> | <b>": it generates,
# and each of the client's problems contains one of the texts, each text in at least one
# problem (so a new kind of problem changes the outcome). Stage "allowed" exists only where
# "stock" failed because the generator warned.
EXPECTED: dict[tuple[str, str], str] = {
    (OAS + "3.0/json/petstore-expanded.json", "stock"): "generates",
    (OAS + "3.0/json/uspto.json", "stock"): "generates",
    (OAS + "3.0/json/star-trek.json", "stock"): "generates",
    (OAS + "3.1/json/train-travel.json", "stock"): (
        "fails cleanly: POST /bookings within bookings. Unsupported content type application/xml"
    ),
    (OAS + "3.1/json/train-travel.json", "allowed"): "generates",
    (OAS + "3.0/json/file-uploads.json", "stock"): (
        "fails cleanly: POST /anything/image-png within imagepng. Endpoint will not be generated"
    ),
    (OAS + "3.0/json/file-uploads.json", "allowed"): "generates",
    (OAS + "3.0/json/response-multiple-mediatypes.json", "stock"): (
        "fails cleanly: Unsupported content_type application/xml"
    ),
    (OAS + "3.0/json/response-multiple-mediatypes.json", "allowed"): "generates",
    (OAS + "3.0/json/complex-nesting.json", "stock"): (
        "fails cleanly: Could not find reference in parsed models or enums"
    ),
    # upstream: the generator drops a model an endpoint still imports; the import check says so
    (OAS + "3.0/json/complex-nesting.json", "allowed"): (
        "fails cleanly: No module named 'cortex_client._generated.models.multischema_of_everything"
    ),
    # upstream: a union-of-primitives body renders an `else:` without its `if`
    (OAS + "3.0/json/polymorphism.json", "stock"): (
        "fails cleanly: Failed to parse api/default/post_anything_any_of_primitive.py"
    ),
    ("nestjs-swagger-4.5", "stock"): "generates",
    ("nestjs-swagger-7.1", "stock"): "fails cleanly: Incorrect path templating",
    ("nestjs-swagger-7.1", "allowed"): "generates",
    ("nestjs-swagger-11.4", "stock"): "fails cleanly: Unsupported content_type application/pdf",
    ("nestjs-swagger-11.4", "allowed"): "generates",
    ("coolify-3.1", "stock"): "fails cleanly: type array must have items or prefixItems",
    ("coolify-3.1", "allowed"): "generates",
    ("langfuse-public", "stock"): "fails cleanly: Could not find reference in parsed models",
    ("langfuse-public", "allowed"): (
        "fails cleanly: No module named 'cortex_client._generated.models.unstable_create_code_"
    ),
    ("anitrend-edge", "stock"): "fails cleanly: Invalid property in union",
    ("anitrend-edge", "allowed"): (
        "fails cleanly: No module named 'cortex_client._generated.models.character'"
    ),
    ("own-projectid-uuid", "stock"): "generates",
    ("own-sanctions-as-moderation", "stock"): "generates",
}


def _configure(repo: Path, third_party: bool, allowed: list[str]) -> None:
    changes: dict[str, Any] = {}
    if third_party:
        # Our tables name our operations and schemas; another API has none of them.
        changes["cortex_watch"] = {}
        changes["cortex_events"] = {}
        changes["cortex_groups"] = {}
    if allowed:
        changes["cortex_allowed_warnings"] = dict.fromkeys(allowed, ALLOWED_REASON)
    if changes:
        write_config(repo, **changes)


def _generate(repo: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "scripts/generate.py"],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=240,
        # The generator lists some removed schemas in set order, which differs from one
        # interpreter to the next; a fixed seed keeps the warning texts (and the allowed stage)
        # the same on every run.
        env={**os.environ, "PYTHONPATH": str(repo), "PYTHONHASHSEED": "0"},
    )


def _warned(stderr: str) -> list[str]:
    """The warning texts generate.py printed in its paste-ready `"text": "<reason>"` form."""
    if "the generator warned" not in stderr or "the generator failed" in stderr:
        return []
    texts = []
    for line in stderr.splitlines():
        if line.startswith('  "'):
            texts.extend(json.loads("{" + line.strip() + "}"))
    return texts


def _project_templates(spec: dict[str, Any]) -> list[str]:
    return [path for path in spec["paths"] if "{projectId}" in path]


def _path_pattern(template: str) -> re.Pattern[str]:
    pattern = ""
    for part in re.split(r"(\{[^}]+\})", template):
        if part == "{projectId}":
            pattern += re.escape(PROJECT_ID)
        elif part.startswith("{"):
            pattern += "[^/]+"
        else:
            pattern += re.escape(part)
    return re.compile(pattern)


@pytest.fixture(scope="module")
def recorder() -> Iterator[tuple[str, list[str]]]:
    """A loopback server that answers `{}` to everything and records each request's path."""
    paths: list[str] = []

    async def record(request: Request) -> JSONResponse:
        paths.append(request.url.path)
        return JSONResponse({})

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]
    app = Starlette(routes=[Route("/{path:path}", record, methods=methods)])
    with serve_in_thread(app) as base_url:
        yield base_url, paths


def _client_problems(
    repo: Path, spec: dict[str, Any], recorder: tuple[str, list[str]]
) -> list[str]:
    base_url, paths = recorder
    paths.clear()
    templates = _project_templates(spec)
    calls = SCOPED_CALLS_PER_GROUP if templates else 0
    check = subprocess.run(
        [sys.executable, str(CHECK), str(repo), base_url, PROJECT_ID, str(calls)],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(repo)},
    )
    assert check.returncode == 0, check.stderr
    report = json.loads(check.stdout)
    problems: list[str] = report["problems"]
    if templates:
        patterns = [_path_pattern(t) for t in templates]
        if not report["called"] and not problems:
            problems.append("client.project(): no scoped operation could be called")
        problems += [
            f"client.project() sent {p}: matches no {{projectId}} path of the spec"
            for p in paths
            if not any(pattern.fullmatch(p) for pattern in patterns)
        ]
        if len(paths) < len(report["called"]):
            problems.append(f"called {report['called']}, the server saw only {paths}")
    return problems


def _outcome(
    result: subprocess.CompletedProcess[str],
    repo: Path,
    spec: dict[str, Any],
    recorder: tuple[str, list[str]],
) -> tuple[str, str]:
    """(kind, details): kind is "generates", "fails cleanly" or "client broken"."""
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    if result.returncode != 0:
        assert result.stderr.startswith("generate: error: "), output
        return "fails cleanly", result.stderr
    problems = _client_problems(repo, spec, recorder)
    return ("client broken", "\n".join(problems)) if problems else ("generates", "")


def _check(name: str, stage: str, kind: str, details: str) -> None:
    expected = EXPECTED[(name, stage)]
    want_kind, _, want = expected.partition(": ")
    shown = f"{name} ({stage}): expected {expected!r}, got {kind}:\n{details}"
    assert kind == want_kind, shown
    if kind == "fails cleanly":
        assert want in details, shown
    elif kind == "client broken":
        # every problem is one the table names, and every named one still happens
        named = want.split(" | ")
        lines = details.splitlines()
        assert all(any(n in line for n in named) for line in lines), shown
        assert all(any(n in line for line in lines) for n in named), shown


@pytest.mark.timeout(600)
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_pipeline_outcome(case: Case, tmp_path: Path, recorder: tuple[str, list[str]]) -> None:
    text = case.text()
    spec = json.loads(text)
    repo = copy_project(tmp_path / "repo")
    # where the project keeps its spec, so generate.py runs exactly as `make generate` does
    (repo / "openapi").mkdir()
    (repo / "openapi" / "cortex.json").write_text(text, "utf-8")
    _configure(repo, case.third_party, [])
    result = _generate(repo)
    kind, details = _outcome(result, repo, spec, recorder)
    _check(case.name, "stock", kind, details)

    allowed = _warned(result.stderr) if case.third_party else []
    assert bool(allowed) == ((case.name, "allowed") in EXPECTED), (
        f"{case.name}: warnings {allowed}; EXPECTED has no 'allowed' stage to match"
    )
    if allowed:
        _configure(repo, case.third_party, allowed)
        kind, details = _outcome(_generate(repo), repo, spec, recorder)
        _check(case.name, "allowed", kind, details)


def test_path_pattern_places_the_project_id() -> None:
    pattern = _path_pattern("/api/public/projects/{projectId}/apiKeys/{apiKeyId}")
    assert pattern.fullmatch(f"/api/public/projects/{PROJECT_ID}/apiKeys/k1")
    assert not pattern.fullmatch(f"/api/public/projects/k1/apiKeys/{PROJECT_ID}")
    assert not pattern.fullmatch("/api/public/projects/x1/apiKeys/k1")
    assert not pattern.fullmatch(f"/api/public/projects/{PROJECT_ID}/apiKeys")
