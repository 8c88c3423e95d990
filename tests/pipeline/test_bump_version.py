"""The version follows the spec: bump_version derives the bump from the change report and writes
the version and the CHANGELOG entry."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from bump_version import next_version, run  # noqa: E402

CHANGELOG = """# Changelog

## [Unreleased]

### Added

- something by hand

## [0.1.0]

- first
"""


def _spec() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((ROOT / "openapi" / "cortex.json").read_text("utf-8"))
    return data


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path, Path]:
    version = tmp_path / "_version.py"
    version.write_text('"""v"""\n\n__all__ = ["VERSION"]\n\nVERSION = "0.1.0"\n', "utf-8")
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(CHANGELOG, "utf-8")
    old = tmp_path / "old.json"
    old.write_text(json.dumps(_spec()), "utf-8")
    return old, version, changelog


def _write(tmp: Path, doc: dict[str, Any]) -> Path:
    path = tmp / "new.json"
    path.write_text(json.dumps(doc), "utf-8")
    return path


def test_a_removed_operation_is_breaking_and_bumps_the_minor_while_0x(
    files: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    old, version, changelog = files
    doc = _spec()
    path = next(p for p in doc["paths"] if "delete" in doc["paths"][p])
    del doc["paths"][path]["delete"]
    result = run(
        old, _write(tmp_path, doc), version_file=version, changelog=changelog, date="2026-12-06"
    )
    assert result == ("breaking", "0.2.0")
    assert 'VERSION = "0.2.0"' in version.read_text("utf-8")
    text = changelog.read_text("utf-8")
    assert (
        text.index("## [Unreleased]")
        < text.index("## [0.2.0] - 2026-12-06")
        < text.index("## [0.1.0]")
    )
    entry = text.split("## [0.2.0]", 1)[1].split("## [0.1.0]", 1)[0]
    assert "- **BREAKING:**" in entry and "DELETE" in entry


def test_an_added_operation_bumps_the_patch(files: tuple[Path, Path, Path], tmp_path: Path) -> None:
    old, version, changelog = files
    doc = _spec()
    some = next(iter(doc["paths"].values()))
    op = copy.deepcopy(next(v for k, v in some.items() if k == "get"))
    op["operationId"] = "brandNewThing"
    doc["paths"]["/api/brand-new-thing"] = {"get": op}
    result = run(
        old, _write(tmp_path, doc), version_file=version, changelog=changelog, date="2026-12-06"
    )
    assert result == ("patch", "0.1.1")
    entry = changelog.read_text("utf-8").split("## [0.1.1]", 1)[1].split("## [0.1.0]", 1)[0]
    assert "BREAKING" not in entry and "/api/brand-new-thing" in entry


def test_an_unchanged_spec_writes_nothing(files: tuple[Path, Path, Path]) -> None:
    old, version, changelog = files
    before = (version.read_text("utf-8"), changelog.read_text("utf-8"))
    assert run(old, old, version_file=version, changelog=changelog) is None
    assert (version.read_text("utf-8"), changelog.read_text("utf-8")) == before


@pytest.mark.parametrize(
    ("current", "kind", "expected"),
    [
        ("0.1.0", "breaking", "0.2.0"),
        ("0.4.7", "patch", "0.4.8"),
        ("1.2.3", "breaking", "2.0.0"),
        ("1.2.3", "patch", "1.2.4"),
    ],
)
def test_next_version_follows_the_policy(current: str, kind: str, expected: str) -> None:
    assert next_version(current, kind) == expected
