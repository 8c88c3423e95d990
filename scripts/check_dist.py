"""`make dist`: build the sdist and the wheel, check them, and prove the wheel installs and imports.

    python scripts/check_dist.py --out dist

Builds with `python -m build` into --out, runs `twine check --strict`, creates a fresh virtualenv,
installs the wheel there (with its runtime dependencies, from the package index) and imports
`cortex_client` from outside the source tree. Exits non-zero naming the step that failed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_IMPORT_CHECK = (
    "import cortex_client, pathlib; from cortex_client import CortexClient; "
    "assert 'site-packages' in pathlib.Path(cortex_client.__file__).parts, cortex_client.__file__; "
    "print(cortex_client.__version__)"
)


class DistError(Exception):
    """A step of the check failed."""


def _run(step: str, command: list[str], cwd: Path) -> str:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise DistError(f"{step} failed:\n{result.stdout[-3000:]}{result.stderr[-3000:]}")
    return result.stdout


def check(out: Path) -> tuple[Path, Path, str]:
    """Build into `out`, check, install the wheel in a fresh venv: (sdist, wheel, version)."""
    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob("cortex_client-*.whl"), *out.glob("cortex_client-*.tar.gz")]:
        old.unlink()
    _run("build", [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], ROOT)
    wheels = sorted(out.glob("cortex_client-*.whl"))
    sdists = sorted(out.glob("cortex_client-*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        raise DistError(f"expected one wheel and one sdist in {out}, found {wheels + sdists}")
    _run(
        "twine check",
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, wheels + sdists)],
        ROOT,
    )
    with tempfile.TemporaryDirectory(prefix="cortex-dist-") as tmp:
        env_dir = Path(tmp) / "venv"
        venv.create(env_dir, with_pip=True)
        python = str(env_dir / "bin" / "python")
        _run("install", [python, "-m", "pip", "install", "--quiet", str(wheels[0])], Path(tmp))
        version = _run("import", [python, "-I", "-c", _IMPORT_CHECK], Path(tmp)).strip()
    return sdists[0], wheels[0], version


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit code."""
    parser = argparse.ArgumentParser(description="Build and check the sdist and the wheel.")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="output folder")
    args = parser.parse_args(argv)
    try:
        sdist, wheel, version = check(args.out)
    except DistError as exc:
        print(f"check_dist: {exc}", file=sys.stderr)
        return 1
    print(
        f"check_dist: {sdist.name} and {wheel.name} pass twine check; "
        f"the wheel installs and imports ({version})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
