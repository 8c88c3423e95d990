"""Regenerate cortex_client/_generated from openapi/cortex.json with the pinned generator.

    python scripts/generate.py           # write cortex_client/_generated (atomically)
    python scripts/generate.py --check   # exit 1 if the committed tree is stale
    python scripts/generate.py --spec api.json --output /tmp/x/_generated  # any spec, any place

The generator (openapi-python-client, pinned in pyproject.toml) runs with our templates/ into
a temporary folder beside the target. Only a complete, warning-free result that works replaces
the package: before the swap (and before `--check` compares), ruff's undefined-name rules pass
on the fresh tree and every module of it compiles and imports in a fresh interpreter
(scripts/verify_package.py); otherwise the run fails naming the module and the error, and the
committed tree is untouched.

Generator warnings fail the run unless generator-config.yml lists them under
`cortex_allowed_warnings` with a reason. Each warning is printed as one stable line (no memory
addresses, no temporary paths; a spec string the generator would show as an object is shown as
its quoted value) in exactly the form to paste there, `"text": "<reason>"`; an allowed entry
matches only a warning with exactly that text, so a new warning is never silently covered.
Dropped endpoints name their method and path. Spec fixes, if ever needed, live in
openapi/overrides.json (JSON pointer → value, each with a reason) and are applied to a copy of
the default spec; the vendored spec itself is never edited by hand.
"""

from __future__ import annotations

import argparse
import contextlib
import filecmp
import io
import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import verify_package
from live_objects import live_resources
from watch_config import (
    PROJECT_PARAMETER,
    WatchConfigError,
    validate_events_config,
    validate_groups_table,
    validate_watch_table,
)

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
# A reason nobody filled in does not allow anything.
REASON_PLACEHOLDER = "<reason>"
SHOWN_PROBLEMS = 10

# `<openapi_python_client.….UntrustedString object at 0x7f…>`: whatever is left after the spec
# strings are made readable still differs on every run; keep the class name only.
_OBJECT_AT = re.compile(r"<(?:[\w.]+\.)?(\w+) object at 0x[0-9a-fA-F]+>")
# Any other temporary folder (tempfile's default names) that ends up in a warning.
_TEMP_DIR = re.compile(re.escape(tempfile.gettempdir()) + r"[/\\]tmp[\w-]+")


class GenerationError(Exception):
    """The generator failed or warned, or its output does not work; the message is for people."""


def _load_config(path: Path | None = None) -> tuple[Any, dict[str, str]]:
    import yaml
    from openapi_python_client.config import ConfigFile

    raw = yaml.safe_load((path or CONFIG).read_text(encoding="utf-8")) or {}
    raw.pop("cortex_watch", None)  # ours, read by _spec_tables
    raw.pop("cortex_events", None)
    raw.pop("cortex_groups", None)
    allowed = raw.pop("cortex_allowed_warnings", None) or {}
    if not isinstance(allowed, dict):
        raise GenerationError("cortex_allowed_warnings must map a warning's text to its reason")
    for text, reason in allowed.items():
        if not str(reason or "").strip() or str(reason).strip() == REASON_PLACEHOLDER:
            raise GenerationError(f"cortex_allowed_warnings: give a reason for {text!r}")
    return ConfigFile(**raw), {" ".join(str(k).split()): str(v) for k, v in allowed.items()}


def _resolve_pointer(doc: Any, pointer: str) -> tuple[Any, str]:
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("/").split("/")]
    node = doc
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node, parts[-1]


def _spec_with_overrides(workdir: Path, spec: Path) -> Path:
    # The overrides fix our vendored spec; another spec is generated as it is.
    if spec != SPEC or not OVERRIDES.exists():
        return spec
    doc = json.loads(spec.read_text(encoding="utf-8"))
    for override in json.loads(OVERRIDES.read_text(encoding="utf-8")):
        if not override.get("reason"):
            raise GenerationError(f"override {override.get('pointer')} has no reason")
        parent, key = _resolve_pointer(doc, override["pointer"])
        parent[key] = override["value"]
    patched = workdir / "cortex.json"
    patched.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return patched


@contextlib.contextmanager
def _readable_spec_strings() -> Iterator[None]:
    """While the spec is parsed, a spec string formatted into a warning shows its quoted value.

    The generator wraps spec strings in `UntrustedString`, which has no `__repr__`, and some of
    its warnings format one (`Invalid property in union <…UntrustedString object at 0x7f…>`).
    Only parsing is covered: templates render with the class as shipped, and `repr()` of a str is
    a quoted literal, so a spec string cannot become code either way.
    """
    from openapi_python_client.schema.untrusted_string import UntrustedString

    cls: Any = UntrustedString
    saved = cls.__dict__.get("__repr__")
    cls.__repr__ = lambda self: repr(self.get_untrusted_value())
    try:
        yield
    finally:
        if saved is None:
            del cls.__repr__
        else:
            cls.__repr__ = saved


def _one_line(text: str) -> str:
    joined = ""
    for line in (" ".join(line.split()) for line in text.splitlines()):
        if line:
            gap = "" if not joined else " " if joined.endswith(tuple(".:;,!?")) else ". "
            joined += gap + line
    return joined


# The generator lists the schemas a failure removed in set order, which follows the hash seed:
# sorted, the line is the same on every run.
_REMOVALS = "Failure to process schema has resulted in the removal of:"


def _sorted_removals(detail: str) -> str:
    head, marker, removed = detail.partition(_REMOVALS)
    if not marker:
        return detail
    names = sorted({line.strip() for line in removed.splitlines() if line.strip()})
    return head + marker + "\n" + "\n".join(names)


def warning_text(error: Any, paths: dict[Path, str] | None = None) -> str:
    """One stable line for a generator error: the form `cortex_allowed_warnings` matches.

    `paths` maps temporary folders to the placeholder shown instead (longest first wins).
    """
    header = _one_line(str(error.header or "")).rstrip(" :")
    detail = _one_line(_sorted_removals(str(error.detail or "")))
    text = f"{header}{'' if header.endswith('.') else ':'} {detail}" if detail else header
    for path, shown in sorted((paths or {}).items(), key=lambda item: -len(str(item[0]))):
        text = text.replace(str(path), shown)
    return _TEMP_DIR.sub("<temp>", _OBJECT_AT.sub(r"<\1>", text)).strip()


def _spec_tables(config: Path | None, spec: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """generator-config.yml's `cortex_watch` and `cortex_events`, checked against the spec."""
    import yaml

    raw = yaml.safe_load((config or CONFIG).read_text(encoding="utf-8")) or {}
    try:
        document = json.loads(spec.read_text(encoding="utf-8"))
    except ValueError:
        return {}, {}  # not JSON: the generator reports it in its own words
    try:
        watch = validate_watch_table(raw.get("cortex_watch"), document)
        events = validate_events_config(raw.get("cortex_events"), document)
    except WatchConfigError as exc:
        raise GenerationError(str(exc)) from None
    if watch and "project_stream_path" not in events:
        raise GenerationError(
            "generator-config.yml: cortex_watch needs cortex_events.project_stream "
            "(the project's event stream keeps watches current)"
        )
    return watch, events


def _live_tables(
    config: Path | None, spec: Path, watch: dict[str, Any]
) -> tuple[dict[str, str], dict[str, Any]]:
    """`cortex_groups` checked against the spec, and the live objects the spec implies."""
    import yaml

    raw = yaml.safe_load((config or CONFIG).read_text(encoding="utf-8")) or {}
    try:
        document = json.loads(spec.read_text(encoding="utf-8"))
    except ValueError:
        return {}, {}
    try:
        groups = validate_groups_table(raw.get("cortex_groups"), document)
    except WatchConfigError as exc:
        raise GenerationError(str(exc)) from None
    return groups, live_resources(document, watch)


def generate_into(output: Path, spec: Path | None = None, config: Path | None = None) -> None:
    """Run the pinned generator with our templates into `output` (which must not exist).

    `spec` and `config` default to openapi/cortex.json and generator-config.yml.
    """
    from openapi_python_client import _get_project_for_url_or_path
    from openapi_python_client.config import Config, MetaType
    from openapi_python_client.parser.errors import ErrorLevel

    config_file, allowed = _load_config(config)
    # The post-generation hooks call `ruff`; use the one pinned in this virtualenv.
    bin_dir = str(Path(sys.executable).parent)
    os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")
    os.environ["RUFF_NO_CACHE"] = "true"
    warnings: list[str] = []
    errors: list[str] = []
    with tempfile.TemporaryDirectory() as work:
        source = _spec_with_overrides(Path(work), (spec or SPEC).resolve())
        watch_table, events = _spec_tables(config, source)
        groups, live = _live_tables(config, source, watch_table)
        generator_config = Config.from_sources(
            config_file, MetaType.NONE, source, "utf-8", overwrite=False, output_path=output
        )
        # Same steps as openapi_python_client.generate(), split so that only parsing sees the
        # readable spec strings; its "Generating <temporary path>" line is not ours to print.
        with contextlib.redirect_stdout(io.StringIO()):
            with _readable_spec_strings():
                project = _get_project_for_url_or_path(
                    config=generator_config, custom_template_path=TEMPLATES
                )
            if hasattr(project, "env"):
                # What the templates know beyond the spec: the watch table, and the path
                # parameter that project scoping binds (see templates/bound_macros.py.jinja).
                project.env.globals.update(
                    cortex_watch=watch_table,
                    cortex_events=events,
                    cortex_groups=groups,
                    cortex_live=live,
                    cortex_project_parameter=PROJECT_PARAMETER,
                )
            reported = [project] if not hasattr(project, "build") else project.build()
        shown = {output: "<output>", Path(work): "<spec folder>", source: "<spec>"}
        if output.parent.name.startswith(".generating-"):
            shown[output.parent] = "<output folder>"
        for error in reported:
            text = warning_text(error, shown)
            if error.level != ErrorLevel.WARNING:
                errors.append(text)
            elif text not in allowed:
                warnings.append(text)
    if errors or warnings:
        raise GenerationError(_report(errors, warnings))
    shutil.copyfile(spec or SPEC, output / SPEC_COPY)
    for leftover in output.rglob("__pycache__"):
        shutil.rmtree(leftover)


def _report(errors: list[str], warnings: list[str]) -> str:
    lines = []
    if errors:
        lines += ["the generator failed:", *(f"  {text}" for text in errors)]
    if warnings:
        lines.append(
            f"the generator warned ({len(warnings)}). To allow a warning, fix what it names, or "
            "paste its line under `cortex_allowed_warnings:` in generator-config.yml and give "
            "the reason:"
        )
        lines += [
            f"  {json.dumps(text, ensure_ascii=False)}: {json.dumps(REASON_PLACEHOLDER)}"
            for text in warnings
        ]
    return "\n".join(lines)


def verify(fresh: Path) -> None:
    """Fail unless the generated tree at `fresh` is a package that imports (see verify_package)."""
    found = verify_package.problems(fresh)
    if found:
        shown = [f"  {line}" for line in found[:SHOWN_PROBLEMS]]
        more = len(found) - SHOWN_PROBLEMS
        raise GenerationError(
            "the generated package does not work, so it replaces nothing:\n"
            + "\n".join(shown)
            + (f"\n  … and {more} more" if more > 0 else "")
        )


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


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument(
        "--spec", type=Path, help="the OpenAPI document (default: openapi/cortex.json)"
    )
    parser.add_argument(
        "--config", type=Path, help="the generator config (default: generator-config.yml)"
    )
    parser.add_argument(
        "--output",
        type=Path,
        help="the package folder to write or compare (default: cortex_client/_generated)",
    )
    args = parser.parse_args(argv)
    target: Path = (args.output or TARGET).resolve()
    spec: Path = args.spec or SPEC
    # The fresh tree is built beside the target so the final rename stays on one filesystem.
    if not args.check:
        target.parent.mkdir(parents=True, exist_ok=True)
    beside = target.parent if target.parent.is_dir() else None
    with tempfile.TemporaryDirectory(dir=beside, prefix=".generating-") as work:
        fresh = Path(work) / "_generated"
        try:
            generate_into(fresh, spec, args.config)
            verify(fresh)
        except GenerationError as exc:
            print(f"generate: error: {exc}", file=sys.stderr)
            return 1
        if args.check:
            diff = differences(target, fresh) if target.exists() else [f"{target} missing"]
            if diff:
                print("generate --check: the committed package differs from a fresh generation:")
                print("\n".join(f"  {line}" for line in diff[:50]))
                print("run `make generate` and commit the result")
                return 1
            count = len(list(_files(fresh)))
            print(f"generate --check: {_shown(target)} is up to date ({count} files)")
            return 0
        replace_atomically(fresh, target)
    modules = len(list((target / "api").glob("*/[!_]*.py")))
    print(f"generate: wrote {_shown(target)} ({modules} operation modules)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
