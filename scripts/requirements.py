"""Print the requirements of the package and the extras named, one per line, from pyproject.toml.

    python scripts/requirements.py testing

`make demo` installs these instead of the package itself and runs from the source tree: building
an editable wheel costs seconds of a first run, and the demo needs only the dependencies.
Self-references such as ``cortex-client[testing]`` in an extra are followed.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path
from typing import Any

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def requirements(extras: list[str], project: dict[str, Any]) -> list[str]:
    """The runtime requirements plus those of `extras`, self-references resolved, in order."""
    optional: dict[str, list[str]] = project.get("optional-dependencies", {})
    self_reference = re.compile(rf"{re.escape(project['name'])}\[([^\]]+)\]")
    groups: list[list[str]] = [project.get("dependencies", []), *(optional[e] for e in extras)]
    found: list[str] = []
    seen = set(extras)
    while groups:
        for requirement in groups.pop(0):
            match = self_reference.fullmatch(requirement.strip())
            if match is None:
                if requirement not in found:
                    found.append(requirement)
                continue
            for extra in (e.strip() for e in match.group(1).split(",")):
                if extra not in seen:
                    seen.add(extra)
                    groups.append(optional[extra])
    return found


def main(argv: list[str]) -> int:
    project = tomllib.loads(PYPROJECT.read_text("utf-8"))["project"]
    print("\n".join(requirements(argv, project)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
