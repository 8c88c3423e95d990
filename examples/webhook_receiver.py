"""A webhook receiver: a Starlette endpoint that verifies each delivery with `verify_webhook`.

    python examples/webhook_receiver.py                 # against the embedded emulator

Subscribes the receiver to `session.*` events, starts a session, and delivers what the
emulator's webhook outbox recorded, signed as Cortex signs them (HMAC-SHA256 of timestamp +
body under the subscription's secret); one forged delivery shows the rejection. Against a real
server (--base-url, --public-url pointing at this receiver), Cortex itself delivers.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import secrets
import sys
import time
from pathlib import Path

import anyio
import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _connect import Target, connect, parser

from cortex_client import DomainEvent, WebhookVerificationError, verify_webhook
from cortex_client.models import CreateSessionRequest, CreateWebhookSubscriptionRequest

SIGNATURE_HEADER = "x-cortex-signature"
TIMESTAMP_HEADER = "x-cortex-timestamp"


class Inbox:
    """The authentic events received so far; `wait_for(n)` returns once there are `n`."""

    def __init__(self) -> None:
        self.events: list[DomainEvent] = []
        self._arrived = anyio.Event()

    def add(self, event: DomainEvent) -> None:
        """Record one event and wake the waiters."""
        self.events.append(event)
        self._arrived.set()
        self._arrived = anyio.Event()

    async def wait_for(self, count: int) -> None:
        """Wait until `count` events have arrived."""
        while len(self.events) < count:
            await self._arrived.wait()


def receiver(secret: str, received: Inbox) -> Starlette:
    """The ASGI app: POST /webhooks answers 204 for an authentic delivery, 400 otherwise."""

    async def webhook(request: Request) -> Response:
        body = await request.body()  # the raw bytes: the signature covers them exactly
        try:
            event = verify_webhook(
                body,
                signature=request.headers.get(SIGNATURE_HEADER),
                timestamp=request.headers.get(TIMESTAMP_HEADER),
                secret=secret,
            )
        except WebhookVerificationError as exc:
            print(f"rejected delivery: {exc}", flush=True)
            return Response(status_code=400)
        received.add(event)
        print(f"received {event.type_} for {event.to_dict().get('resourceId')}", flush=True)
        return Response(status_code=204)

    return Starlette(routes=[Route("/webhooks", webhook, methods=["POST"])])


def sign(body: bytes, timestamp: str, secret: str) -> str:
    """What Cortex sends in the signature header."""
    return (
        "sha256=" + hmac.new(secret.encode(), timestamp.encode() + body, hashlib.sha256).hexdigest()
    )


async def deliver_outbox(target: Target, url: str, secret: str) -> int:
    """Play Cortex's delivery worker: POST every outbox event to `url`; returns the count sent."""
    project = target.client.project(target.project_id)
    outbox = await project.webhooks.list_webhook_events()
    async with httpx.AsyncClient() as http:
        for item in outbox:
            body = json.dumps(item.payload.to_dict()).encode()
            timestamp = str(int(time.time()))
            headers = {SIGNATURE_HEADER: sign(body, timestamp, secret), TIMESTAMP_HEADER: timestamp}
            (await http.post(url, content=body, headers=headers)).raise_for_status()
        forged = {SIGNATURE_HEADER: sign(b"{}", "0", "wrong"), TIMESTAMP_HEADER: "0"}
        answer = await http.post(url, content=b'{"type": "session.deleted"}', headers=forged)
        print(f"forged delivery answered {answer.status_code}")
    return len(outbox)


async def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit code."""
    cli = parser(__doc__.splitlines()[0])
    cli.add_argument("--port", type=int, default=0, help="receiver port (0: any free port)")
    cli.add_argument("--public-url", help="URL Cortex reaches the receiver at (real server)")
    cli.add_argument("--max-deliveries", type=int, default=1, help="real server: stop after")
    args = cli.parse_args(argv)
    secret = secrets.token_urlsafe(24)
    received = Inbox()
    server = uvicorn.Server(
        uvicorn.Config(
            receiver(secret, received), host="127.0.0.1", port=args.port, log_level="warning"
        )
    )
    async with connect(args.base_url, args.project) as target, anyio.create_task_group() as tasks:
        tasks.start_soon(server.serve)
        while not server.started:  # noqa: ASYNC110 (uvicorn offers no startup event)
            await anyio.sleep(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        url = args.public_url or f"http://127.0.0.1:{port}/webhooks"
        print(f"receiver listening on {url}")
        project = target.client.project(args.project)
        await project.webhooks.create_webhook_subscription(
            body=CreateWebhookSubscriptionRequest(url=url, secret=secret, events=["session.*"])
        )
        session = await project.sessions.create_session(
            body=CreateSessionRequest(title="Webhook demo", external_room_id="room-9")
        )
        await project.sessions.start_session(session.id)
        expected = args.max_deliveries
        if target.emulator is not None:
            expected = await deliver_outbox(target, url, secret)
        with anyio.fail_after(30 if target.emulator is not None else None):
            await received.wait_for(expected)  # a real server delivers at its own pace
        server.should_exit = True
    events = received.events
    print(f"{len(events)} authentic deliveries: {', '.join(e.type_ for e in events)}")
    return 0 if events and len(events) >= expected else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
