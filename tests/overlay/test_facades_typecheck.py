"""What a user's ``mypy --strict`` sees of the public surface, checked by running mypy.

Typed: the client's methods (``client.<group>.<op>``, ``client.project(pid).<group>.<op>``),
``cortex_client.models`` and ``cortex_client.api.Api`` / ``ProjectApi``. The per-tag modules
are typed under ``cortex_client._generated.api.<tag>``; their runtime alias
``cortex_client.api.<tag>`` is invisible to mypy (it is made by an import hook, and the overlay
may not name tags), which the last test pins so the README stays true.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

TYPED = """\
from typing import assert_type

from cortex_client import CortexClient
from cortex_client._generated.api.sessions import get_session
from cortex_client.api import Api, ProjectApi
from cortex_client.models import SessionResponse


async def use(client: CortexClient) -> None:
    session = await client.sessions.get_session("p1", "s1")
    assert_type(session, SessionResponse)
    scoped = await client.project("p1").sessions.get_session("s1")
    assert_type(scoped, SessionResponse)
    assert_type(client.project("p1"), ProjectApi)
    api: Api = client
    assert_type(api, Api)
    direct = await get_session.asyncio("p1", "s1", client=client)
    if isinstance(direct, SessionResponse):
        assert_type(direct.id, str)
"""

ALIASED = """\
from cortex_client.api.sessions import get_session

print(get_session)
"""


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One mypy run, as a user would (no project config), over both snippets."""
    where = tmp_path_factory.mktemp("typecheck")
    (where / "typed.py").write_text(TYPED)
    (where / "aliased.py").write_text(ALIASED)
    command = [sys.executable, "-m", "mypy", "--strict", "--disallow-any-expr"]
    command += ["--cache-dir", str(where / "cache"), "typed.py", "aliased.py"]
    result = subprocess.run(command, cwd=where, capture_output=True, text=True, timeout=240)
    return result.stdout + result.stderr


def _errors(output: str, file: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(f"{file}:") and "error" in line]


def test_the_documented_forms_pass_mypy_strict_without_any(mypy_output: str) -> None:
    assert _errors(mypy_output, "typed.py") == [], mypy_output


def test_the_runtime_alias_of_a_tag_module_is_not_visible_to_mypy(mypy_output: str) -> None:
    errors = _errors(mypy_output, "aliased.py")
    assert errors and "import-not-found" in errors[0], mypy_output


def test_the_runtime_alias_is_the_generated_module_itself() -> None:
    from cortex_client.api.sessions import get_session as public  # type: ignore[import-not-found]

    from cortex_client._generated.api.sessions import get_session as generated

    assert public is generated
