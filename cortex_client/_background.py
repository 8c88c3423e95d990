"""A client's background tasks: the task group where watches started without a block run.

The group lives in a task of its own, spawned on first use, not in the task that entered the
client: ``async with CortexClient(...)`` may be entered and left in different tasks (a pytest
fixture's setup and teardown), which a task group held across them would not allow. Closing
cancels every task in it and waits for them to finish.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

import anyio

if TYPE_CHECKING:
    from anyio.abc import TaskGroup

__all__ = ["Background"]

Run = Callable[[], Coroutine[Any, Any, object]]


class Background:
    """A task group served by a task of its own (asyncio or trio), started on first use."""

    def __init__(self) -> None:
        self._group: TaskGroup | None = None
        self._pending: list[Run] = []
        self._stop: anyio.Event | None = None
        self._done: anyio.Event | None = None
        self._task: object = None  # the serving task, kept referenced (asyncio keeps weak ones)
        self.closed = False

    def start_soon(self, run: Run) -> None:
        """Run ``run()`` in the group (queued until the serving task has opened it)."""
        if self.closed:
            raise RuntimeError("closed")
        if self._group is not None:
            self._group.start_soon(run)
            return
        self._pending.append(run)
        if self._stop is None:
            self._stop, self._done = anyio.Event(), anyio.Event()
            self._task = _spawn(self._serve)

    async def aclose(self) -> None:
        """Cancel every task and wait until they have finished (idempotent)."""
        self.closed = True
        if self._stop is not None and self._done is not None:
            self._stop.set()
            await self._done.wait()

    async def _serve(self) -> None:
        try:
            async with anyio.create_task_group() as group:
                self._group = group
                pending, self._pending = self._pending, []
                for run in pending:
                    group.start_soon(run)
                if self._stop is not None:
                    await self._stop.wait()
                group.cancel_scope.cancel()
        finally:
            self._group = None
            if self._done is not None:
                self._done.set()


def _spawn(serve: Callable[[], Coroutine[Any, Any, None]]) -> object:
    """Start ``serve()`` in a task of its own on the running event loop (asyncio or trio)."""
    import asyncio

    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        import trio  # anyio runs on asyncio or trio; not asyncio, so trio

        # A system task: cancelled when the run ends; serve() never raises (its tasks don't).
        trio.lowlevel.spawn_system_task(serve)
        return None
    return loop.create_task(serve())
