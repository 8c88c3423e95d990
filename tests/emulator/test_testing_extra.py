"""Without the ``testing`` extra, the emulator, its ``python -m`` entry point and the pytest plugin
say what to install. Each runs in a subprocess whose import system refuses ``starlette``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HINT = "pip install 'cortex-client[testing]'"
BLOCKER = """\
import sys


class RefuseStarlette:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] == "starlette":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


sys.meta_path.insert(0, RefuseStarlette())
"""


@pytest.fixture
def without_starlette(tmp_path: Path) -> dict[str, str]:
    """The environment of a Python that cannot import starlette (a sitecustomize blocks it)."""
    blocker = tmp_path / "blocker"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(BLOCKER)
    path = os.pathsep.join(p for p in (str(blocker), os.environ.get("PYTHONPATH")) if p)
    return {**os.environ, "PYTHONPATH": path}


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_the_blocker_really_blocks(without_starlette: dict[str, str], tmp_path: Path) -> None:
    result = _run(["-c", "import starlette"], without_starlette, tmp_path)
    assert result.returncode == 1 and "No module named 'starlette'" in result.stderr


def test_importing_the_emulator_says_what_to_install(
    without_starlette: dict[str, str], tmp_path: Path
) -> None:
    script = (
        "try:\n    import cortex_client.testing\n"
        "except ImportError as exc:\n    print(type(exc).__name__, exc)\n"
    )
    result = _run(["-c", script], without_starlette, tmp_path)
    assert result.stdout.startswith("ImportError cortex_client.testing needs starlette")
    assert HINT in result.stdout


def test_python_m_without_the_extra_exits_1_with_one_line(
    without_starlette: dict[str, str], tmp_path: Path
) -> None:
    result = _run(["-m", "cortex_client.testing", "--port", "0"], without_starlette, tmp_path)
    assert result.returncode == 1
    assert HINT in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_pytest_plugin_without_the_extra_says_what_to_install(
    without_starlette: dict[str, str], tmp_path: Path
) -> None:
    (tmp_path / "test_nothing.py").write_text("def test_nothing() -> None:\n    pass\n")
    plugin = "cortex_client.testing.pytest_plugin"
    args = ["-m", "pytest", "-q", "-p", plugin, "-p", "no:cacheprovider", "test_nothing.py"]
    result = _run(args, without_starlette, tmp_path)
    assert result.returncode != 0
    assert HINT in result.stdout + result.stderr
