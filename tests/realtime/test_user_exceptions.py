"""Issue 13 item 2: what the user's code raises inside a watch or a stream leaves the
``async with`` as itself (asyncio and trio), and breaking out under trio leaves no warning."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from cortex_client.testing.pytest_plugin import DEFAULT_API_KEY as API_KEY
from tests.realtime.test_stream import emulator_in_thread

SCRIPT = textwrap.dedent(
    """
    import sys, anyio
    from cortex_client import CortexClient
    from cortex_client._stream import open_event_stream
    from cortex_client._watch import watch_collection

    URL, KEY, BACKEND, WHAT, RAISE = sys.argv[1:6]

    def boom():
        if RAISE == "exit":
            sys.exit(3)
        if RAISE == "interrupt":
            raise KeyboardInterrupt
        if RAISE == "value":
            raise ValueError("mine")

    async def main():
        async with CortexClient(URL, api_key=KEY) as client:
            try:
                if WHAT == "watch":
                    async with watch_collection(client, "p", "sessions") as watch:
                        async for _ in watch:
                            boom()
                            break
                else:
                    async with open_event_stream(client, "p") as events:
                        boom()
            except KeyboardInterrupt:
                sys.exit(4)
            except ValueError:
                sys.exit(5)

    anyio.run(main, backend=BACKEND)
    """
)


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
@pytest.mark.parametrize("what", ["watch", "stream"])
@pytest.mark.parametrize(("raised", "code"), [("exit", 3), ("interrupt", 4), ("value", 5)])
def test_the_users_exception_leaves_the_block_as_itself(
    backend: str, what: str, raised: str, code: int
) -> None:
    with emulator_in_thread() as running:
        done = subprocess.run(
            [
                sys.executable,
                "-X",
                "dev",
                "-c",
                SCRIPT,
                running.base_url,
                API_KEY,
                backend,
                what,
                raised,
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == code, done.stderr
    assert "ExceptionGroup" not in done.stderr


def test_breaking_out_of_a_watch_under_trio_leaves_no_resource_warning() -> None:
    with emulator_in_thread() as running:
        done = subprocess.run(
            [
                sys.executable,
                "-X",
                "dev",
                "-W",
                "error::ResourceWarning",
                "-c",
                SCRIPT,
                running.base_url,
                API_KEY,
                "trio",
                "watch",
                "nothing",
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 0, done.stderr
    assert "ResourceWarning" not in done.stderr and "Warning" not in done.stderr, done.stderr
