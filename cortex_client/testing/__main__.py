"""``python -m cortex_client.testing``: serve the emulator until SIGINT or SIGTERM."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys

from ._server import serve

__all__ = ["main"]


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m cortex_client.testing", description="Run the Cortex emulator."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    parser.add_argument("--api-key", action="append", default=[], dest="api_keys")
    parser.add_argument("--token", action="append", default=[], dest="tokens")
    parser.add_argument("--heartbeat", type=float, default=15.0, help="SSE heartbeat seconds")
    parser.add_argument("--spec", default=None, help="path of the OpenAPI document")
    return parser.parse_args(argv)


async def _run(args: argparse.Namespace) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with serve(
        args.api_keys,
        args.tokens,
        heartbeat_interval=args.heartbeat,
        spec=args.spec,
        host=args.host,
        port=args.port,
    ) as server:
        print(server.base_url, flush=True)
        await stop.wait()


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    args = _parse(argv)
    # The access log (one line per request) goes to stderr; stdout carries only the base URL.
    logging.basicConfig(
        level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(name)s %(message)s"
    )
    asyncio.run(_run(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
