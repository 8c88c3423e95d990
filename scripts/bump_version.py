"""Derive the next version from the spec change report; write it and its CHANGELOG entry.

    python scripts/bump_version.py --old old-spec.json [--new openapi/cortex.json]

The version follows the spec: a breaking change for callers (as `scripts/spec_report.py` flags
it) bumps the minor version while 0.x and the major from 1.0; any other change the patch. No
change: nothing is written. Writes `cortex_client/_version.py` and a `## [X.Y.Z] - date` entry
in CHANGELOG.md (below `## [Unreleased]`), prints `version=X.Y.Z` and `bump=<kind>` lines
(append them to $GITHUB_OUTPUT in a workflow).
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from spec_report import Report, compare  # noqa: E402

__all__ = ["bump", "changelog_entry", "insert_entry", "next_version", "run"]

VERSION_FILE = ROOT / "cortex_client" / "_version.py"
CHANGELOG = ROOT / "CHANGELOG.md"
_VERSION_LINE = re.compile(r'^VERSION = "(\d+)\.(\d+)\.(\d+)"$', re.MULTILINE)
_RELEASE_HEADING = re.compile(r"^## \[(?!Unreleased\])", re.MULTILINE)


def bump(report: Report) -> str | None:
    """`breaking`, `patch`, or None when the report holds no change."""
    if report.breaking:
        return "breaking"
    return "patch" if report.changes else None


def next_version(current: str, kind: str) -> str:
    """The version after `current` for a `breaking` or `patch` change."""
    major, minor, patch = (int(part) for part in current.split("."))
    if kind == "breaking":
        return f"{major + 1}.0.0" if major >= 1 else f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def changelog_entry(version: str, report: Report, date: str, spec_version: str | None) -> str:
    """The Keep a Changelog section for `version`, from the change report."""
    lines = [f"## [{version}] - {date}", ""]
    source = f" (`info.version` {spec_version})" if spec_version else ""
    lines += [f"Regenerated from the Cortex API spec{source}.", "", "### Changed", ""]
    lines += [f"- **BREAKING:** {text}" for text in report.breaking]
    lines += [f"- {text}" for text in report.changes]
    return "\n".join(lines) + "\n\n"


def insert_entry(changelog: str, entry: str) -> str:
    """`changelog` with `entry` above its latest release (below `## [Unreleased]`)."""
    match = _RELEASE_HEADING.search(changelog)
    if match is None:
        return changelog.rstrip("\n") + "\n\n" + entry.rstrip("\n") + "\n"
    return changelog[: match.start()] + entry + changelog[match.start() :]


def _read_version(text: str) -> str:
    match = _VERSION_LINE.search(text)
    if match is None:
        raise SystemExit(f'bump_version: no `VERSION = "X.Y.Z"` line in {VERSION_FILE}')
    return ".".join(match.groups())


def _load(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise SystemExit(f"bump_version: {path} is not an OpenAPI document")
    return data


def run(
    old: Path,
    new: Path,
    *,
    version_file: Path = VERSION_FILE,
    changelog: Path = CHANGELOG,
    date: str | None = None,
) -> tuple[str, str] | None:
    """Compare, bump and write; returns (kind, version), or None when nothing changed."""
    new_doc = _load(new)
    report = compare(_load(old), new_doc)
    kind = bump(report)
    if kind is None:
        return None
    version_text = version_file.read_text(encoding="utf-8")
    version = next_version(_read_version(version_text), kind)
    version_file.write_text(
        _VERSION_LINE.sub(f'VERSION = "{version}"', version_text, count=1), encoding="utf-8"
    )
    info = new_doc.get("info")
    spec_version = info.get("version") if isinstance(info, dict) else None
    day = date or datetime.date.today().isoformat()
    entry = changelog_entry(
        version, report, day, spec_version if isinstance(spec_version, str) else None
    )
    changelog.write_text(
        insert_entry(changelog.read_text(encoding="utf-8"), entry), encoding="utf-8"
    )
    return kind, version


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--old", type=Path, required=True, help="the spec before the change")
    parser.add_argument("--new", type=Path, default=ROOT / "openapi" / "cortex.json")
    parser.add_argument("--date", help="release date (default: today)")
    args = parser.parse_args(argv)
    result = run(args.old, args.new, date=args.date)
    if result is None:
        print("bump=none")
        return 0
    kind, version = result
    print(f"bump={kind}")
    print(f"version={version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
