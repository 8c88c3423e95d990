"""Show how templates/ differs from the pinned generator's own templates; fail on unmarked changes.

    python scripts/template_diff.py            # per-file summary + the diff of every fork
    python scripts/template_diff.py --summary  # per-file summary only

The generator searches templates/ first and its own templates second, so a file in templates/
is one of two kinds:

- a **fork**: the generator ships a template of the same name, which ours replaces. A fork is
  byte-identical to the pinned upstream file except inside marked regions:

      {# cortex: why this differs (may span lines) #}
      ... our lines ...
      {# /cortex #}

  Jinja renders the marker comments as nothing (trim_blocks/lstrip_blocks are on). Every line
  the diff against upstream adds or changes must sit inside a region (markers included), and a
  deletion of upstream lines must touch one. So the whole of a fork's intent is the list of its
  regions, each with its reason, and the diff this script prints is exactly those regions.
  Jinja's `{% extends %}` cannot help: the upstream templates have no blocks, and the loader
  resolves a same-named template to ours (no prefix reaches the package's copy), so a fork is
  the only way to change one; the regions keep it small and reviewable.
- **ours**: no upstream file of that name (bound_macros.py.jinja, cortex_*.jinja). Listed, not
  diffed. Large additions live there and a fork only includes or imports them.

scripts/template_upstream.json records the sha256 of each upstream file a fork was reviewed
against. A change inside a region's replaced upstream lines would not show as an unmarked
difference, so a changed hash fails the check by itself. Upgrading the generator: bump the pin,
run this script; it names every fork whose upstream changed (and prints the unmarked differences).
Take the new upstream file, carry the regions over, then `--lock` records the new hashes. A file
with regions whose upstream disappeared fails too.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import re
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
PYPROJECT = ROOT / "pyproject.toml"
LOCK = ROOT / "scripts" / "template_upstream.json"
GENERATOR = "openapi-python-client"

OPEN = re.compile(r"^\s*\{#\s*cortex:")
CLOSE = re.compile(r"^\s*\{#\s*/cortex\s*#\}\s*$")


class TemplateDiffError(Exception):
    """The comparison cannot run (no generator, wrong version, unbalanced markers)."""


@dataclass
class Report:
    """The comparison of one template file with its upstream namesake."""

    name: str
    lines: int
    upstream: int | None = None  # None: the file is ours
    upstream_sha256: str = ""
    identical: int = 0
    regions: int = 0
    region_lines: int = 0
    problems: list[str] = field(default_factory=list)
    diff: list[str] = field(default_factory=list)


def pinned_version(pyproject: Path = PYPROJECT) -> str | None:
    """The generator version pinned in pyproject.toml (any dependency list), if any."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    project = data.get("project", {})
    lists = [project.get("dependencies", []), *project.get("optional-dependencies", {}).values()]
    for requirement in (r for deps in lists for r in deps):
        name, sep, version = requirement.partition("==")
        if sep and name.strip().lower().replace("_", "-") == GENERATOR:
            return str(version).strip()
    return None


def upstream_templates() -> Path:
    """The templates folder of the installed generator."""
    try:
        import openapi_python_client
    except ImportError:  # pragma: no cover - the dev extra installs it
        raise TemplateDiffError(f"{GENERATOR} is not installed (make venv)") from None
    return Path(openapi_python_client.__file__).resolve().parent / "templates"


def regions(lines: list[str]) -> list[tuple[int, int]]:
    """The marked regions as inclusive (first, last) 0-based line ranges, markers included."""
    found: list[tuple[int, int]] = []
    start: int | None = None
    for number, line in enumerate(lines):
        if OPEN.match(line):
            if start is not None:
                raise TemplateDiffError(f"line {number + 1}: region opened inside another")
            start = number
        elif CLOSE.match(line):
            if start is None:
                raise TemplateDiffError(f"line {number + 1}: {{# /cortex #}} without an opening")
            found.append((start, number))
            start = None
    if start is not None:
        raise TemplateDiffError(f"line {start + 1}: region never closed with {{# /cortex #}}")
    return found


def compare(name: str, ours: str, upstream: str | None) -> Report:
    """Compare one template with its upstream text (None: no upstream file of that name)."""
    mine = ours.splitlines(keepends=True)
    report = Report(name=name, lines=len(mine))
    try:
        spans = regions(mine)
    except TemplateDiffError as exc:
        report.problems.append(f"templates/{name}: {exc}")
        return report
    if upstream is None:
        if spans:
            report.problems.append(
                f"templates/{name}: has marked regions but the generator ships no such template "
                "(renamed or removed upstream?)"
            )
        return report
    theirs = upstream.splitlines(keepends=True)
    report.upstream = len(theirs)
    report.upstream_sha256 = hashlib.sha256(upstream.encode("utf-8")).hexdigest()
    report.regions = len(spans)
    inside = {n for first, last in spans for n in range(first, last + 1)}
    report.region_lines = len(inside)
    matcher = difflib.SequenceMatcher(None, theirs, mine, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            report.identical += j2 - j1
            continue
        if j2 > j1:
            outside = [n for n in range(j1, j2) if n not in inside]
        else:  # upstream lines deleted: the deletion must touch a region
            outside = [] if {j1 - 1, j1} & inside else [j1]
        if outside:
            what = (
                f"lines added after upstream line {i1}"
                if tag == "insert"
                else f"upstream lines {i1 + 1}-{i2} {'deleted' if tag == 'delete' else 'changed'}"
            )
            report.problems.append(
                f"templates/{name}:{outside[0] + 1}: outside a marked region: {what}"
            )
    report.diff = list(
        difflib.unified_diff(theirs, mine, f"upstream/{name}", f"templates/{name}", n=1)
    )
    return report


def _files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*.jinja")):
        yield path.relative_to(root)


def compare_all(templates: Path = TEMPLATES, upstream: Path | None = None) -> list[Report]:
    """One report per template file of ours, in path order."""
    base = upstream or upstream_templates()
    reports = []
    for relative in _files(templates):
        theirs = base / relative
        reports.append(
            compare(
                relative.as_posix(),
                (templates / relative).read_text(encoding="utf-8"),
                theirs.read_text(encoding="utf-8") if theirs.is_file() else None,
            )
        )
    return reports


def lock_problems(reports: list[Report], lock: dict[str, str]) -> list[str]:
    """Forks whose upstream file is not the one recorded in the lock."""
    problems = []
    for report in reports:
        if report.upstream is not None and lock.get(report.name) != report.upstream_sha256:
            problems.append(
                f"templates/{report.name}: the upstream file is not the one this fork was reviewed "
                f"against ({LOCK.name}); carry the regions over to it, then run --lock"
            )
    return problems


def read_lock(path: Path = LOCK) -> dict[str, str]:
    """The recorded upstream hashes, by template name ({} without a lock file)."""
    if not path.is_file():
        return {}
    files: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))["files"]
    return files


def write_lock(reports: list[Report], version: str, path: Path = LOCK) -> None:
    """Record the upstream hash of every fork."""
    files = {r.name: r.upstream_sha256 for r in reports if r.upstream is not None}
    data = {"generator": f"{GENERATOR}=={version}", "files": files}
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def summary(reports: list[Report]) -> list[str]:
    """One line per file, then the totals."""
    lines = []
    for report in reports:
        if report.upstream is None:
            lines.append(f"  ours  {report.name}: {report.lines} lines")
        else:
            lines.append(
                f"  fork  {report.name}: {report.lines} lines, {report.identical} identical to "
                f"upstream, {report.lines - report.identical} changed in {report.regions} "
                f"marked region(s)"
            )
    total = sum(r.lines for r in reports)
    identical = sum(r.identical for r in reports)
    forks = [r for r in reports if r.upstream is not None]
    changed = sum(r.lines - r.identical for r in forks)
    own = sum(r.lines for r in reports if r.upstream is None)
    lines.append(
        f"  total: {total} template lines; forks: {len(forks)} files, {identical} lines identical "
        f"to upstream, {changed} changed; ours: {own} lines in {len(reports) - len(forks)} files"
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--summary", action="store_true", help="no diffs, only the summary")
    parser.add_argument(
        "--lock", action="store_true", help=f"record the upstream hashes in {LOCK.name}"
    )
    parser.add_argument("--templates", type=Path, default=TEMPLATES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        installed = metadata.version(GENERATOR)
        pinned = pinned_version()
        if pinned is not None and installed != pinned:
            raise TemplateDiffError(
                f"{GENERATOR} {installed} is installed but pyproject.toml pins {pinned} (make venv)"
            )
        reports = compare_all(args.templates)
    except (TemplateDiffError, metadata.PackageNotFoundError) as exc:
        print(f"template_diff: error: {exc}", file=sys.stderr)
        return 1
    if not args.summary:
        for report in reports:
            sys.stdout.writelines(report.diff)
    print(f"template_diff: templates/ against {GENERATOR} {installed}:")
    print("\n".join(summary(reports)))
    problems = [p for r in reports for p in r.problems]
    if args.lock and not problems:
        write_lock(reports, installed)
        print(f"template_diff: wrote {LOCK.relative_to(ROOT)}")
    problems += lock_problems(reports, read_lock())
    if problems:
        print("template_diff: templates/ does not match the pinned generator:", file=sys.stderr)
        print("\n".join(f"  {p}" for p in problems), file=sys.stderr)
        print(
            "  wrap each change in {# cortex: <why> #} ... {# /cortex #}, or take the upstream "
            "text back",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
