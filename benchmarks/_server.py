"""The peer server for request benchmarks: one fixed JSON body, in a separate process.

    python -m benchmarks._server     # prints the port it listens on, serves until stdin closes

A minimal Starlette app under uvicorn that answers every GET with the same small
``SessionResponse`` body. It runs in its own process so that its CPU time never counts as the
client's; both sides of a ratio talk to the same server. ``peer_server()`` starts and stops it.
"""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator

__all__ = ["BODY", "SESSION_PATH", "peer_server"]

SESSION_PATH = "/api/projects/prj_bench/sessions/ses_bench"
BODY = json.dumps(
    {
        "id": "ses_bench",
        "tenantId": "tnt_4f1c2a9e0b7d",
        "externalRoomId": "room-42",
        "projectId": "prj_bench",
        "gateway": "gateway.odin.4players.io",
        "title": "Weekly sync",
        "createdByUserId": "usr_01",
        "createdAt": "2025-03-01T10:00:00Z",
        "status": "active",
        "idleTimeout": 300,
    },
    separators=(",", ":"),
).encode()


@contextlib.contextmanager
def server_process(module: str) -> Iterator[str]:
    """Run ``python -m <module>`` (it prints its port, serves until stdin closes) for the block;
    yield its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", module],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        if process.stdout is None:
            raise RuntimeError("no pipe to the server process")
        line = process.stdout.readline()
        if not line.strip().isdigit():
            raise RuntimeError(f"server process {module} did not start: {line!r}")
        yield f"http://127.0.0.1:{int(line)}"
    finally:
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def peer_server() -> contextlib.AbstractContextManager[str]:
    """The peer server process of the overhead and concurrency benchmarks."""
    return server_process("benchmarks._server")


def _main() -> None:
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    async def session(request: Request) -> Response:
        return Response(BODY, media_type="application/json")

    app = Starlette(routes=[Route("/{path:path}", session)])
    # IPPROTO_TCP explicitly, so asyncio sets TCP_NODELAY on accepted sockets (no Nagle delay).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(2048)
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
