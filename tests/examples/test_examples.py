"""Every example runs to the end by itself against the embedded emulator and exits 0."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# (script, a line its output must contain)
CASES = [
    ("gatherings.py", "lobby complete: 2 members, 1 invitation(s)"),
    ("moderation.py", "2 sanction(s) issued"),
    ("webhook_receiver.py", "forged delivery answered 400"),
    ("resilient_service.py", "token provider called 2 times"),
]


@pytest.mark.parametrize(("script", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_example_runs_against_the_emulator(script: str, expected: str) -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / script)],
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    assert expected in result.stdout


def test_every_example_script_is_tested() -> None:
    scripts = {p.name for p in EXAMPLES.glob("*.py") if not p.name.startswith("_")}
    # live_transcript.py and run_demo.py are run by tests/examples/test_demo.py
    covered = {c[0] for c in CASES} | {"live_transcript.py", "run_demo.py"}
    assert scripts <= covered, scripts - covered
