"""Check that a freshly generated package works before it replaces the committed one.

Two checks, both on the fresh tree only (the committed package and the overlay are never
imported):

1. ruff's undefined-name rules (F821, F822, F823), with the ruff pinned in this virtualenv and
   `--isolated`, so no configuration file changes the verdict;
2. every module is compiled, then imported, in a fresh interpreter (`-I -B`: no user paths,
   no bytecode written into the tree). The package is loaded under its real dotted name
   (`cortex_client._generated`) below an empty stand-in for its parent, so a module that reaches
   outside the package (the overlay, or anything but its own relative imports) fails here too.

`problems()` returns one line per failure, `module: error`, with temporary paths removed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

RULES = "F821,F822,F823"
IMPORT_NAME = "cortex_client._generated"
TIMEOUT = 300  # seconds for the import check; a module that hangs on import fails it

# Runs in a child interpreter: argv = [root, dotted name]; prints a JSON list of [module, error].
_IMPORT_ALL = r"""
import importlib, importlib.util, json, sys, traceback, types
from pathlib import Path

root, name = Path(sys.argv[1]), sys.argv[2]
parts = name.split(".")
for i in range(1, len(parts)):
    stub = types.ModuleType(".".join(parts[:i]))
    stub.__path__ = []
    sys.modules[stub.__name__] = stub


def where(exc):
    place = None
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        path = Path(frame.f_code.co_filename)
        if path.is_relative_to(root):
            place = (path, lineno)
    if isinstance(exc, SyntaxError) and exc.filename and exc.lineno:
        place = (Path(exc.filename), exc.lineno)
    if place is None or not place[0].is_relative_to(root):
        return ""
    return f" (at {place[0].relative_to(root).as_posix()}:{place[1]})"


failures = []
modules = []
for path in sorted(root.rglob("*.py")):
    rel = path.relative_to(root).with_suffix("").parts
    if rel[-1] == "__init__":
        rel = rel[:-1]
    module = ".".join((name, *rel))
    try:
        compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        message = exc.args[0] if exc.args else exc
        failures.append([module, f"{type(exc).__name__}: {message}{where(exc)}"])
        continue
    modules.append(module)

spec = importlib.util.spec_from_file_location(
    name, root / "__init__.py", submodule_search_locations=[str(root)]
)
package = importlib.util.module_from_spec(spec)
sys.modules[name] = package
try:
    spec.loader.exec_module(package)
except BaseException as exc:
    failures.append([name, f"{type(exc).__name__}: {exc}{where(exc)}"])
else:
    for module in modules:
        if module == name:
            continue
        try:
            importlib.import_module(module)
        except BaseException as exc:
            failures.append([module, f"{type(exc).__name__}: {exc}{where(exc)}"])
print(json.dumps(failures))
"""


def _ruff() -> str:
    pinned = Path(sys.executable).parent / ("ruff.exe" if os.name == "nt" else "ruff")
    return str(pinned) if pinned.exists() else (shutil.which("ruff") or "ruff")


def _module_name(root: Path, path: Path, name: str) -> str:
    rel = path.relative_to(root).with_suffix("").parts
    return ".".join((name, *(rel[:-1] if rel[-1] == "__init__" else rel)))


def _ruff_command(root: Path) -> list[str]:
    files = sorted(root.rglob("*.py"))
    # Files are passed one by one: explicit paths are checked whatever ruff's default excludes
    # or a .gitignore above the folder say.
    cmd = [_ruff(), "check", "--isolated", "--no-cache", "--select", RULES]
    cmd += ["--output-format", "json", "--exit-zero", *map(str, files)]
    return cmd


def _undefined_names(root: Path, name: str, stdout: str, stderr: str) -> list[str]:
    try:
        findings = json.loads(stdout)
    except ValueError:
        return [f"{name}: ruff failed: {' '.join(stderr.split())[:500]}"]
    # One line per module and message, with all its rows: `Unset` undefined five times is one fault.
    rows: dict[tuple[str, str], list[str]] = {}
    for finding in findings:
        module = _module_name(root, Path(finding["filename"]), name)
        message = f"{finding.get('code') or 'syntax'} {finding['message']}"
        rows.setdefault((module, message), []).append(str(finding["location"]["row"]))
    return [
        f"{module}: {message} (line{'s' if len(at) > 1 else ''} {', '.join(at)})"
        for (module, message), at in rows.items()
    ]


def import_failures(root: Path, name: str = IMPORT_NAME) -> list[str]:
    """Modules of the tree at `root` that do not compile or import, one `module: error` each."""
    cmd = [sys.executable, "-I", "-B", "-c", _IMPORT_ALL, str(root), name]
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return [f"{name}: importing the modules took longer than {TIMEOUT} s"]
    try:
        failures = json.loads(result.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        detail = " ".join(result.stderr.split())[-500:]
        return [f"{name}: the import check itself failed: {detail}"]
    return [f"{module}: {error}" for module, error in failures]


def problems(root: Path, name: str = IMPORT_NAME) -> list[str]:
    """Everything that keeps the tree at `root` from being a working package (empty = fine).

    One `module: error` line per failure: ruff's undefined-name findings first, then modules
    that do not compile or import.
    """
    root = root.resolve()
    if not any(root.rglob("*.py")):
        return [f"{name}: no Python modules were generated"]
    # ruff runs beside the import check: two processes, two cores.
    try:
        ruff = subprocess.Popen(
            _ruff_command(root), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
    except OSError as exc:
        return [f"{name}: cannot run ruff: {exc}"]
    with ruff:
        imports = import_failures(root, name)
        stdout, stderr = ruff.communicate()
    found = _undefined_names(root, name, stdout, stderr) + imports
    return [" ".join(line.replace(str(root), name).split()) for line in found]
