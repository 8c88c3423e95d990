"""A resilient service: token_provider, retries, a total deadline, with_options, logging.

    python examples/resilient_service.py                # against the embedded emulator
    CORTEX_TOKEN=... python examples/resilient_service.py --base-url URL --project ID

Against the emulator it injects the faults a service meets in production and shows the client
riding them out: 503s retried (each retry logged), a rotated bearer token picked up through the
token provider after a 401, and a fail-fast view (`with_options`) for a latency-critical call.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _connect import connect, parser

from cortex_client import APIStatusError, CortexClient

if TYPE_CHECKING:
    from cortex_client.testing import Emulator


class Vault:
    """Stands in for a secret store: the current token, fetched on demand."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.fetches = 0

    async def __call__(self) -> str:
        """The token provider: called for the first request and once again after a 401."""
        self.fetches += 1
        return self.token


async def run(
    client: CortexClient, project_id: str, emulator: Emulator | None, vault: Vault
) -> int:
    """The service's calls; returns the number of failures it could not ride out."""
    project = client.project(project_id)
    failures = 0

    if emulator is not None:
        emulator.fail_next(2, 503, retry_after=0.05)
    sessions = await project.sessions.list_sessions()  # two 503s, retried, then success
    print(f"listed {len(sessions)} sessions despite two 503s")

    if emulator is not None:  # the secret store rotates the token; the old one stops working
        old, vault.token = vault.token, emulator.issue_token()
        emulator.revoke_token(old)
    await project.sessions.list_sessions()  # 401, provider asked again, retried with the new one
    print(f"token provider called {vault.fetches} times (once more after the rotation)")

    fast = client.with_options(max_retries=0, timeout=2.0)  # same pool, no retries
    if emulator is not None:
        emulator.fail_next(1, 503)
    try:
        await fast.project(project_id).sessions.list_sessions()
    except APIStatusError as exc:  # the fail-fast path reports at once
        print(f"fail-fast call: {type(exc).__name__} {exc.status_code}, {exc.attempts} attempt")
        failures += 0 if emulator is not None else 1  # expected only where we injected it
    return failures


async def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit code."""
    args = parser(__doc__.splitlines()[0]).parse_args(argv)
    # One line per request, response and retry (secrets redacted); CORTEX_LOG=debug does the same.
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("cortex_client").setLevel(logging.DEBUG)
    vault = Vault(os.environ.get("CORTEX_TOKEN", ""))
    options: dict[str, Any] = {
        "token_provider": vault,
        "max_retries": 4,
        "deadline": 20.0,
        "timeout": 10.0,
    }
    if args.base_url is None:
        from cortex_client.testing import Emulator, serve

        emulator = Emulator()
        vault.token = emulator.issue_token()
        async with serve(emulator=emulator) as server:
            print(f"emulator listening on {server.base_url}")
            async with CortexClient(server.base_url, **options) as client:
                failures = await run(client, args.project, emulator, vault)
    else:
        async with connect(args.base_url, args.project, **options) as target:
            failures = await run(target.client, args.project, None, vault)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
