"""`make dist` works: sdist and wheel build, pass `twine check`, and the wheel installs and imports
in a fresh virtualenv. Slow (~10-60 s: a build and a venv with the runtime dependencies)."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(300)
def test_make_dist_builds_checks_installs_and_imports_the_wheel(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_dist.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=280,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    from cortex_client import __version__

    assert f"the wheel installs and imports ({__version__})" in result.stdout
    (wheel,) = tmp_path.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
    assert "cortex_client/_generated/api/sessions/__init__.py" in names
    assert "cortex_client/py.typed" in names
    text = metadata.decode()
    assert f"Version: {__version__}" in text
    for field in (
        "Project-URL: Documentation",
        "Project-URL: Changelog",
        "Classifier: ",
        "Keywords",
    ):
        assert field in text, field
    (sdist,) = tmp_path.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        assert any(n.endswith("/CHANGELOG.md") for n in archive.getnames())
