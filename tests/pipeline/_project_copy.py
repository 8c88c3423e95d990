"""A temporary copy of the project that generates from another spec and config.

The copy holds what generation and the overlay need (scripts, templates, the package), so a test
can regenerate there and import the result in a subprocess without touching the real tree.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
COPIED = ["templates", "scripts", "cortex_client", "generator-config.yml", "pyproject.toml"]


def copy_project(dest: Path, names: list[str] | None = None) -> Path:
    """Copy `names` (default: what generation and the overlay need) of the project into `dest`."""
    for name in names or COPIED:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(
                src,
                dest / name,
                ignore=shutil.ignore_patterns("__pycache__", ".*cache*", ".generating-*"),
            )
        else:
            shutil.copy2(src, dest / name)
    return dest


def run_isolated(package_root: Path, script: str) -> subprocess.CompletedProcess[str]:
    """Run `script` in a clean interpreter (-I -B) that imports from `package_root` only."""
    return subprocess.run(
        [
            sys.executable,
            "-I",
            "-B",
            "-c",
            f"import sys; sys.path.insert(0, {str(package_root)!r})\n{textwrap.dedent(script)}",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def write_config(repo: Path, **changes: Any) -> Path:
    """Rewrite the copy's generator-config.yml with top-level keys replaced."""
    path = repo / "generator-config.yml"
    config = yaml.safe_load(path.read_text("utf-8"))
    config.update(changes)
    path.write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
    return path


def generate(repo: Path, spec: dict[str, Any] | Path) -> subprocess.CompletedProcess[str]:
    """Run the copy's scripts/generate.py on `spec`, writing the copy's _generated package."""
    if isinstance(spec, dict):
        path = repo / "spec.json"
        path.write_text(json.dumps(spec, indent=2), "utf-8")
    else:
        path = spec
    return subprocess.run(
        [sys.executable, "scripts/generate.py", "--spec", str(path)],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=300,
    )


def run_python(repo: Path, code: str) -> subprocess.CompletedProcess[str]:
    """Run `code` in a fresh interpreter that imports the copy's cortex_client."""
    env = {**os.environ, "PYTHONPATH": str(repo)}
    env.pop("CORTEX_BASE_URL", None)
    env.pop("CORTEX_API_KEY", None)
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
