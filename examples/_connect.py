"""What every example shares: a client for --base-url, or for an embedded emulator when none."""

from __future__ import annotations

import argparse
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from cortex_client import CortexClient

EMULATOR_KEY = "example-key"


@dataclass
class Target:
    """The client and, when the example started one, the emulator behind it."""

    client: CortexClient
    project_id: str
    emulator: Any | None  # cortex_client.testing.Emulator (the `testing` extra)


def parser(description: str) -> argparse.ArgumentParser:
    """The shared command line: --base-url (default: an embedded emulator) and --project."""
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--base-url", help="Cortex server (default: start the embedded emulator)")
    p.add_argument("--project", default=os.environ.get("CORTEX_PROJECT_ID", "demo-project"))
    return p


@asynccontextmanager
async def connect(base_url: str | None, project_id: str, **options: Any) -> AsyncIterator[Target]:
    """A client for `base_url` ($CORTEX_API_KEY), or for a fresh embedded emulator."""
    if base_url:
        async with CortexClient(base_url, **options) as client:
            yield Target(client, project_id, None)
        return
    from cortex_client.testing import serve

    async with serve(api_keys=[EMULATOR_KEY]) as server:
        print(f"emulator listening on {server.base_url}")
        options.setdefault("api_key", EMULATOR_KEY)
        async with CortexClient(server.base_url, **options) as client:
            yield Target(client, project_id, server.emulator)
