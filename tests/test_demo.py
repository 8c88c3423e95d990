"""`make demo` keeps working: the example runs against the embedded emulator and exits 0."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_demo_prints_the_whole_dialogue_and_exits_zero() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "run_demo.py")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Carol: None here, the emulator is green." in result.stdout
    assert "stopped (ended); 5 lines" in result.stdout
