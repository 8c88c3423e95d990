"""Regenerate cortex_client/_generated from openapi/cortex.json with the pinned generator.

    python scripts/generate.py           # write cortex_client/_generated (atomically)
    python scripts/generate.py --check   # exit 1 if the committed tree is stale

The generator (openapi-python-client, pinned in pyproject.toml) runs with our templates/ into
a temporary folder; only a complete, warning-free result replaces the package. Generator
warnings fail the run unless generator-config.yml lists them under `cortex_allowed_warnings`
with a reason. Spec fixes, if ever needed, live in openapi/overrides.json (JSON pointer →
value, each with a reason) and are applied to a copy of the spec; the vendored spec itself is
never edited by hand.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "cortex.json"
OVERRIDES = ROOT / "openapi" / "overrides.json"
CONFIG = ROOT / "generator-config.yml"
TEMPLATES = ROOT / "templates"
PACKAGE = ROOT / "cortex_client"
TARGET = PACKAGE / "_generated"
# The spec ships inside the generated package: the emulator routes by it and nothing else copies it.
SPEC_COPY = "openapi.json"
IGNORED = {"__pycache__", ".ruff_cache"}


class GenerationError(Exception):
    """The generator failed or warned; the message is one readable paragraph."""


def _load_config() -> tuple[Any, dict[str, str]]:
    import yaml
    from openapi_python_client.config import ConfigFile

    raw = yaml.safe_load(CONFIG.read_text(encoding="utf-8")) or {}
    allowed = raw.pop("cortex_allowed_warnings", None) or {}
    if not isinstance(allowed, dict):
        raise GenerationError("cortex_allowed_warnings must map a warning's text to its reason")
    return ConfigFile(**raw), {str(k): str(v) for k, v in allowed.items()}


def _resolve_pointer(doc: Any, pointer: str) -> tuple[Any, str]:
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("/").split("/")]
    node = doc
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node, parts[-1]


def _spec_with_overrides(workdir: Path) -> Path:
    if not OVERRIDES.exists():
        return SPEC
    doc = json.loads(SPEC.read_text(encoding="utf-8"))
    for override in json.loads(OVERRIDES.read_text(encoding="utf-8")):
        if not override.get("reason"):
            raise GenerationError(f"override {override.get('pointer')} has no reason")
        parent, key = _resolve_pointer(doc, override["pointer"])
        parent[key] = override["value"]
    patched = workdir / "cortex.json"
    patched.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return patched


def generate_into(output: Path) -> None:
    """Run the pinned generator with our templates into `output` (which must not exist)."""
    from openapi_python_client import generate
    from openapi_python_client.config import Config, MetaType
    from openapi_python_client.parser.errors import ErrorLevel

    config_file, allowed = _load_config()
    # The post-generation hooks call `ruff`; use the one pinned in this virtualenv.
    bin_dir = str(Path(sys.executable).parent)
    os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")
    os.environ["RUFF_NO_CACHE"] = "true"
    with tempfile.TemporaryDirectory() as work:
        config = Config.from_sources(
            config_file,
            MetaType.NONE,
            _spec_with_overrides(Path(work)),
            "utf-8",
            overwrite=False,
            output_path=output,
        )
        problems = []
        for error in generate(config=config, custom_template_path=TEMPLATES):
            text = f"{error.header}: {error.detail or ''}".strip()
            if error.level == ErrorLevel.WARNING and any(a in text for a in allowed):
                continue
            problems.append(text)
    if problems:
        raise GenerationError("the generator reported:\n  " + "\n  ".join(problems))
    shutil.copyfile(SPEC, output / SPEC_COPY)
    for leftover in output.rglob("__pycache__"):
        shutil.rmtree(leftover)


def _files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and not IGNORED.intersection(path.relative_to(root).parts):
            yield path.relative_to(root)


def differences(a: Path, b: Path) -> list[str]:
    """Relative paths that differ between two trees (added, removed or changed)."""
    left, right = set(_files(a)), set(_files(b))
    changed = [p for p in sorted(left & right) if not filecmp.cmp(a / p, b / p, shallow=False)]
    return (
        [f"only in committed tree: {p}" for p in sorted(left - right)]
        + [f"only in fresh generation: {p}" for p in sorted(right - left)]
        + [f"differs: {p}" for p in changed]
    )


def replace_atomically(fresh: Path, target: Path) -> None:
    """Swap `fresh` in for `target` with two renames: never a half-written package."""
    backup = target.with_name(target.name + ".old")
    shutil.rmtree(backup, ignore_errors=True)
    if target.exists():
        target.rename(backup)
    fresh.rename(target)
    shutil.rmtree(backup, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    # The fresh tree is built beside the target so the final rename stays on one filesystem.
    with tempfile.TemporaryDirectory(dir=PACKAGE, prefix=".generating-") as work:
        fresh = Path(work) / "_generated"
        try:
            generate_into(fresh)
        except GenerationError as exc:
            print(f"generate: error: {exc}", file=sys.stderr)
            return 1
        if args.check:
            diff = (
                differences(TARGET, fresh)
                if TARGET.exists()
                else ["cortex_client/_generated missing"]
            )
            if diff:
                print("generate --check: the committed package differs from a fresh generation:")
                print("\n".join(f"  {line}" for line in diff[:50]))
                print("run `make generate` and commit the result")
                return 1
            count = len(list(_files(fresh)))
            print(f"generate --check: cortex_client/_generated is up to date ({count} files)")
            return 0
        replace_atomically(fresh, TARGET)
    modules = len(list((TARGET / "api").glob("*/[!_]*.py")))
    print(f"generate: wrote cortex_client/_generated ({modules} operation modules)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
