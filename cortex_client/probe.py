"""``python -m cortex_client.probe --project <id>``: check a live server against the vendored spec.

Every GET operation of the spec this package was generated from that needs no request body is
called once (lists first, then item routes with an id from their list), and each response is
compared with what the spec declares: status, required fields, types, formats, enum values and
extra fields. Nothing is ever written.

The base URL comes from ``--base-url`` or ``CORTEX_BASE_URL``; the key only from
``CORTEX_API_KEY`` (a secret does not belong on a command line, where ``ps`` and shell
history see it). Exit 0: every probed operation conforms; 1: drift, missing routes or refusals;
2: the probe could not run (no project, no key, server unreachable).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from typing import TextIO

from ._client import CortexClient
from ._errors import APIConnectionError
from ._logging import redact_url
from ._probe_report import EXIT_USAGE, exit_code, render
from ._probe_run import probe as probe_server

__all__ = ["main", "run"]

_PROG = "python -m cortex_client.probe"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One line, not argparse's usage block: this output is pasted into bug reports.
        raise _UsageError(message)


class _UsageError(Exception):
    pass


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = _Parser(
        prog=_PROG,
        description="Call every safe GET operation of the vendored spec on a live server and "
        "report how each response differs from the spec. Never writes. "
        "The API key is read from CORTEX_API_KEY.",
    )
    parser.add_argument("--project", help="id of a project of yours (fills {projectId})")
    parser.add_argument("--base-url", help="server origin (default: CORTEX_BASE_URL)")
    return parser.parse_args(argv)


async def run(argv: list[str] | None = None, *, out: TextIO | None = None) -> int:
    """Parse ``argv``, probe, print the table to ``out`` (stdout); return the exit code."""
    out = sys.stdout if out is None else out
    try:
        args = _parse(argv)
    except _UsageError as exc:
        return _fail(out, str(exc))
    if not args.project:
        return _fail(out, "--project <id> is required (the id of one of your projects)")
    if not os.environ.get("CORTEX_API_KEY"):
        return _fail(out, "set CORTEX_API_KEY in the environment (never on the command line)")
    async with CortexClient(args.base_url) as client:
        where = redact_url(client.base_url)
        try:
            results = await probe_server(client.get_async_httpx_client(), args.project)
        except APIConnectionError as exc:
            return _fail(out, f"cannot reach {where}: {exc}")
        out.write(render(results, where))
    return exit_code(results)


def _fail(out: TextIO, message: str) -> int:
    out.write(f"{_PROG}: {message}\n")
    return EXIT_USAGE


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    return asyncio.run(run(argv))


if __name__ == "__main__":
    sys.exit(main())
