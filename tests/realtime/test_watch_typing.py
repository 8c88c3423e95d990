"""Issue 13 item 6 (typed snapshots): ``project.<group>.watch()`` snapshots carry the
collection's model, as ``mypy --strict`` sees it (checked by running mypy as a user would)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

SNIPPET = textwrap.dedent(
    """
    from cortex_client import CortexClient
    from cortex_client.models import Message, SessionResponse


    async def use(client: CortexClient) -> None:
        project = client.project("p")
        async with project.sessions.watch() as watch:
            async for snapshot in watch:
                first: SessionResponse = snapshot.items[0]
                for change in snapshot.changes:
                    data: SessionResponse = change.data
                    reveal_type(snapshot.by_id)
        async with project.sessions.watch("s") as one:
            async for doc in one:
                held: SessionResponse | None = doc.data
        async with project.sessions.watch_messages("s") as messages:
            async for batch in messages:
                line: Message = batch.items[0]
                wrong: SessionResponse = batch.items[0]
    """
)


def test_watch_snapshots_are_typed_with_the_collections_model(tmp_path: Path) -> None:
    (tmp_path / "typed.py").write_text(SNIPPET)
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "typed.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=240,
        env={"MYPYPATH": str(root), "PATH": "/usr/bin:/bin"},
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("typed.py")]
    assert any(
        'Revealed type is "typing.Mapping[str, ' in x and "SessionResponse" in x for x in lines
    ), result.stdout
    errors = [line for line in lines if ": error:" in line]
    # The only error: a Message is not a SessionResponse.
    assert (
        len(errors) == 1
        and "wrong" not in errors[0]
        and "Message" in errors[0]
        and "Message" in errors[0]
    ), result.stdout
