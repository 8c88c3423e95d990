"""`make demo` keeps working: the example runs against the embedded emulator and exits 0."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import anyio

from cortex_client.testing import serve
from cortex_client.testing.pytest_plugin import DEFAULT_API_KEY as KEY

ROOT = Path(__file__).resolve().parents[2]


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


async def test_ctrl_c_on_the_live_transcript_stops_the_session_and_exits_quietly() -> None:
    """A person following a transcript presses Ctrl-C: exit 130, no traceback, session stopped."""
    async with serve(api_keys=[KEY]) as server:
        env = {**os.environ, "CORTEX_API_KEY": KEY, "CORTEX_BASE_URL": server.base_url}
        env["PYTHONPATH"] = str(ROOT)
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            str(ROOT / "examples" / "live_transcript.py"),
            "--project",
            "p1",
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=env,
        )
        assert process.stdout is not None and process.stderr is not None
        try:
            with anyio.fail_after(30):
                while not (line := (await process.stdout.readline()).decode()).startswith("["):
                    assert line, "the script ended before any transcript line"
                    if " started (" in line:  # the watch follows now: somebody speaks
                        session_id = line.split()[1]
                        server.emulator.inject_message("p1", session_id, "hi", sender_name="Ann")
                process.send_signal(signal.SIGINT)
                rest, err = await process.communicate()
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
    assert process.returncode == 130, err.decode()
    assert b"Traceback" not in err, err.decode()
    assert b"stopped (ended)" in rest, rest.decode()
