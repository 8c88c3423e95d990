"""Run the emulator under uvicorn on a loopback port for the duration of an ``async with``."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator, Generator, Iterable
from dataclasses import dataclass

import uvicorn

from ._app import create_app
from ._emulator import Emulator
from ._spec import Spec, SpecSource

__all__ = ["EmulatorServer", "serve"]

_STARTUP_TIMEOUT = 10.0
_GRACEFUL_SHUTDOWN = 2


@dataclass(frozen=True)
class EmulatorServer:
    """A running emulator: where it listens and the state behind it."""

    base_url: str
    emulator: Emulator
    host: str
    port: int


class _EmbeddedServer(uvicorn.Server):
    # Signals belong to the host program (pytest, __main__), not to an embedded server.
    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


@contextlib.asynccontextmanager
async def serve(
    api_keys: Iterable[str] = (),
    tokens: Iterable[str] = (),
    *,
    heartbeat_interval: float = 15.0,
    spec: Spec | SpecSource = None,
    host: str = "127.0.0.1",
    port: int = 0,
    tenant_id: str | None = None,
    event_buffer: int = 1000,
    emulator: Emulator | None = None,
) -> AsyncIterator[EmulatorServer]:
    """Serve an emulator over HTTP until the block exits.

    Yields an :class:`EmulatorServer` with ``base_url`` (``http://127.0.0.1:<port>``) and
    ``emulator``. Open event streams are closed on exit, so they never block shutdown.
    """
    if emulator is None:
        extra = {} if tenant_id is None else {"tenant_id": tenant_id}
        emulator = Emulator(
            api_keys,
            tokens,
            spec=spec,
            heartbeat_interval=heartbeat_interval,
            event_buffer=event_buffer,
            **extra,
        )
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on accepted sockets whose proto
    # says TCP, and without it every response waits out Nagle + delayed ACK (~40 ms).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.setblocking(False)
    bound_port = int(sock.getsockname()[1])
    config = uvicorn.Config(
        create_app(emulator),
        lifespan="off",
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=_GRACEFUL_SHUTDOWN,
    )
    server = _EmbeddedServer(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        await _wait_started(server, task)
        netloc = f"[{host}]" if family == socket.AF_INET6 else host
        yield EmulatorServer(f"http://{netloc}:{bound_port}", emulator, host, bound_port)
    finally:
        emulator.close_streams()
        server.should_exit = True
        try:
            await task
        finally:
            sock.close()


async def _wait_started(server: uvicorn.Server, task: asyncio.Task[None]) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + _STARTUP_TIMEOUT
    while not server.started:
        if task.done():
            task.result()
            raise RuntimeError("emulator server stopped during startup")
        if loop.time() > deadline:
            raise TimeoutError("emulator server did not start")
        await asyncio.sleep(0.005)
