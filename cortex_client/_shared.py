"""What a ``CortexClient`` and its ``with_options`` views share (one object per client)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ._adopt import Mounts
from ._background import Background
from ._defaults import DEFAULT_IDLE_TIMEOUT
from ._redact import Redactor

if TYPE_CHECKING:
    from ._hub import Hubs

__all__ = ["Shared"]


class Shared:
    """What a client and its ``with_options`` views share: credential, transports, base headers."""

    def __init__(
        self,
        *,
        auth: httpx.Auth | None,
        redactor: Redactor,
        transport: httpx.AsyncBaseTransport,
        mounts: Mounts,
        headers: httpx.Headers,
        credential: bool,
    ) -> None:
        self.auth = auth
        self.redactor = redactor
        self.transport = transport
        self.mounts = mounts
        self.headers = headers
        self.credential = credential
        #: The event-stream connections (see _hub), owned by the client that made this.
        self.hubs: Hubs | None = None
        #: Seconds of silence before a stream counts as dead, for every watch and stream.
        self.idle_timeout = DEFAULT_IDLE_TIMEOUT
        #: Where watches started without a block run (see _background), closed with the owner.
        self.background = Background()
        #: How many `async with` blocks of the client are open (block-less watches need one).
        self.blocks = 0
