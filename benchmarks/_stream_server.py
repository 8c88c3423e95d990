"""The loopback server of ``watch_vs_handwritten``: the recorded list and event stream.

    python -m benchmarks._stream_server   # prints the port it listens on, serves until stdin closes

A Starlette app under uvicorn in its own process (so its CPU never counts as a consumer's),
serving :mod:`benchmarks._recording`: the sessions list route answers the recorded JSON list,
the project's event-stream route the recorded SSE body in 64 KiB writes, then holds the
connection open until the client leaves.

A stream starts sending only once the list has been served since the previous stream ended: a
real server sends live events, not history, so a consumer that connects the stream before
listing (the watch does, to miss nothing) must not receive the whole recording while it lists.
A consumer that lists first (the hand-written one) gets the stream at once. The same list
under ``QUIET_PROJECT`` comes with a stream that stays silent (for the memory figures).
"""

from __future__ import annotations

import contextlib
import socket
import sys
import threading

from ._server import server_process

__all__ = ["stream_server"]

CHUNK = 64 * 1024


def stream_server() -> contextlib.AbstractContextManager[str]:
    """Run the recorded-stream server process for the block; yield its base URL."""
    return server_process("benchmarks._stream_server")


def _main() -> None:
    import asyncio
    from collections.abc import AsyncIterator

    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response, StreamingResponse
    from starlette.routing import Route

    from ._recording import LIST_PATH, PROJECT, QUIET_PROJECT, STREAM_PATH, list_body, stream_body

    listing = list_body()
    body = stream_body()
    chunks = [body[pos : pos + CHUNK] for pos in range(0, len(body), CHUNK)]
    listed = asyncio.Event()

    async def sessions(request: Request) -> Response:
        listed.set()
        return Response(listing, media_type="application/json")

    async def stream(request: Request) -> Response:
        async def frames() -> AsyncIterator[bytes]:
            try:
                await listed.wait()
                for chunk in chunks:
                    yield chunk
                await asyncio.Event().wait()  # held open until the client leaves
            finally:
                listed.clear()

        return StreamingResponse(frames(), media_type="text/event-stream")

    async def quiet_sessions(request: Request) -> Response:
        return Response(listing, media_type="application/json")

    async def quiet(request: Request) -> Response:
        async def nothing() -> AsyncIterator[bytes]:
            yield b": quiet\n\n"
            await asyncio.Event().wait()

        return StreamingResponse(nothing(), media_type="text/event-stream")

    routes = [
        Route(LIST_PATH, sessions),
        Route(STREAM_PATH, stream),
        Route(LIST_PATH.replace(PROJECT, QUIET_PROJECT), quiet_sessions),
        Route(STREAM_PATH.replace(PROJECT, QUIET_PROJECT), quiet),
    ]
    app = Starlette(routes=routes)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    config = uvicorn.Config(app, lifespan="off", log_level="warning", access_log=False)
    server = uvicorn.Server(config)

    def stop_when_stdin_closes() -> None:
        sys.stdin.read()
        server.should_exit = True

    threading.Thread(target=stop_when_stdin_closes, daemon=True).start()
    print(sock.getsockname()[1], flush=True)
    server.run(sockets=[sock])


if __name__ == "__main__":
    _main()
