"""The ``text/event-stream`` response: replay, live events, heartbeats and stream faults."""

from __future__ import annotations

from typing import TYPE_CHECKING

import anyio
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from ._events import HEARTBEAT, Subscription, encode_frame
from ._faults import StreamDrop

if TYPE_CHECKING:
    from ._emulator import Emulator

__all__ = ["EventStreamResponse"]

_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no", "Connection": "keep-alive"}


class EventStreamResponse(Response):
    """Streams the domain events of one project (or of the tenant when ``project_id`` is None).

    The stream ends when the client disconnects, the emulator shuts down, or a drop fault
    fires; it never blocks server shutdown.
    """

    media_type = "text/event-stream"

    def __init__(self, emulator: Emulator, project_id: str | None, last_event_id: str | None):
        super().__init__(status_code=200, headers=_HEADERS, media_type=self.media_type)
        # Response.__init__ declares an empty body; a stream has no length.
        self.raw_headers = [(k, v) for k, v in self.raw_headers if k != b"content-length"]
        self._emulator = emulator
        self._project_id = project_id
        self._last_event_id = last_event_id

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        emulator = self._emulator
        subscription = emulator.bus.subscribe(self._project_id, self._last_event_id)
        drop = emulator.faults.take_drop()
        try:
            await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
            async with anyio.create_task_group() as group:

                async def watch_disconnect() -> None:
                    await _wait_disconnect(receive)
                    group.cancel_scope.cancel()

                group.start_soon(watch_disconnect)
                group.start_soon(_wait_closing, emulator, group.cancel_scope)
                await self._pump(send, subscription, drop)
                group.cancel_scope.cancel()
            await _send_quietly(send, b"", more=False)
        except OSError:
            pass
        finally:
            emulator.bus.unsubscribe(subscription)

    async def _pump(self, send: Send, subscription: Subscription, drop: StreamDrop | None) -> None:
        emulator = self._emulator
        faults = emulator.faults
        sent = 0
        if not await _send_quietly(send, b": connected\n\n"):
            return
        if drop is not None and drop.after_events == 0 and not drop.mid_event:
            return
        while True:
            if faults.stalled:
                await faults.wait_released()
                continue
            with anyio.move_on_after(emulator.heartbeat_interval) as scope:
                published = await subscription.queue.get()
            if scope.cancelled_caught:
                if not faults.stalled and not await _send_quietly(send, HEARTBEAT):
                    return
                continue
            if faults.stalled:
                await faults.wait_released()
            frame = encode_frame(published)
            if drop is not None and drop.mid_event and sent == drop.after_events:
                await _send_quietly(send, frame[: len(frame) // 2])
                return
            if not await _send_quietly(send, frame):
                return
            sent += 1
            if drop is not None and not drop.mid_event and sent >= drop.after_events:
                return


async def _wait_disconnect(receive: Receive) -> None:
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return


async def _wait_closing(emulator: Emulator, scope: anyio.CancelScope) -> None:
    await emulator.closing.wait()
    scope.cancel()


async def _send_quietly(send: Send, body: bytes, more: bool = True) -> bool:
    """Send a body chunk; False when the client is gone."""
    try:
        await send({"type": "http.response.body", "body": body, "more_body": more})
    except OSError:
        return False
    return True
