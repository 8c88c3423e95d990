"""`make docs` works: the site builds strictly and the operations reference covers the spec."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from docs_reference import PAGE_DIR, pages  # noqa: E402

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _spec_routes() -> set[str]:
    doc = json.loads((ROOT / "openapi" / "cortex.json").read_text(encoding="utf-8"))
    return {
        f"`{method.upper()} {path}`"
        for path, item in doc["paths"].items()
        for method in _METHODS
        if method in item
    }


def test_every_operation_of_the_spec_has_its_route_on_a_group_page() -> None:
    generated = pages()
    text = "\n".join(body for name, body in generated.items() if not name.endswith("index.md"))
    missing = {route for route in _spec_routes() if route not in text}
    assert not missing
    assert f"{PAGE_DIR}/sessions.md" in generated


def test_a_group_page_shows_signature_parameters_return_and_errors() -> None:
    page = pages()[f"{PAGE_DIR}/sessions.md"]
    section = page.split("## `create_session`", 1)[1].split("\n## ", 1)[0]
    assert "`POST /api/projects/{projectId}/sessions`" in section
    assert "async def create_session(project_id: str, *, body: CreateSessionRequest)" in section
    assert "| `projectId` | path | string | yes |" in section
    assert "**Returns** `SessionResponse`" in section
    assert "[`NotFoundError`][cortex_client.NotFoundError] (404)" in section
    assert "APITimeoutError" in section
    assert "_generated" not in section  # users never import from the generated package


@pytest.mark.timeout(120)
def test_the_site_builds_in_strict_mode(tmp_path: Path) -> None:
    site = tmp_path / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=110,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    sessions = (site / PAGE_DIR / "sessions" / "index.html").read_text(encoding="utf-8")
    assert "create_session" in sessions
    client = (site / "reference" / "client" / "index.html").read_text(encoding="utf-8")
    assert "with_options" in client
    # No web fonts: the site must render offline.
    assert "fonts.googleapis.com" not in (site / "index.html").read_text(encoding="utf-8")
