"""scripts/requirements.py: what `make demo` installs, read from pyproject.toml."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from requirements import requirements  # noqa: E402

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]


def test_demo_requirements_are_the_runtime_and_the_testing_extra() -> None:
    wanted = [*PROJECT["dependencies"], *PROJECT["optional-dependencies"]["testing"]]
    assert requirements(["testing"], PROJECT) == list(dict.fromkeys(wanted))


def test_an_extra_naming_the_package_itself_is_followed_once() -> None:
    project = {
        "name": "pkg",
        "dependencies": ["a"],
        "optional-dependencies": {"x": ["b", "pkg[y]"], "y": ["c", "pkg[x]"]},
    }
    assert requirements(["x"], project) == ["a", "b", "c"]
    dev = requirements(["dev"], PROJECT)
    assert not any(line.startswith("cortex-client") for line in dev)
    assert set(PROJECT["optional-dependencies"]["testing"]) <= set(dev)
