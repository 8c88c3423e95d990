"""Async Python client for the 4Players ODIN Cortex REST API.

    async with CortexClient(api_key=...) as client:
        session = await client.project(pid).sessions.create_session(body=CreateSessionRequest(...))

Models live in ``cortex_client.models``, the generated endpoint modules in ``cortex_client.api``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._client import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, CortexClient
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CortexError,
    DocumentDecodeError,
    InternalServerError,
    InvalidCredentialError,
    MissingCredentialWarning,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from ._generated.errors import InvalidPathParameter
from ._retry import RetryPolicy
from ._version import VERSION as __version__

if TYPE_CHECKING:
    from ._diff import Change
    from ._events import DomainEvent, parse_event
    from ._generated.types import UNSET, Response, Unset
    from ._project import Project
    from ._snapshots import DocumentSnapshot, Snapshot
    from ._sse_event import StreamError
    from ._stream import EventStream
    from ._watch import CollectionWatch, DocumentWatch
    from ._webhooks import WebhookVerificationError, verify_webhook

# These load on first access (PEP 562): the realtime names import every generated model and the
# generated types import attrs, while `import cortex_client` should cost little more than httpx.
_LAZY = {
    "UNSET": "._generated.types",
    "Response": "._generated.types",
    "Unset": "._generated.types",
    "DomainEvent": "._events",
    "parse_event": "._events",
    "Project": "._project",
    "StreamError": "._sse_event",
    "EventStream": "._stream",
    "Change": "._diff",
    "CollectionWatch": "._watch",
    "DocumentSnapshot": "._snapshots",
    "DocumentWatch": "._watch",
    "Snapshot": "._snapshots",
    "WebhookVerificationError": "._webhooks",
    "verify_webhook": "._webhooks",
}

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "Change",
    "CollectionWatch",
    "ConflictError",
    "CortexClient",
    "CortexError",
    "DocumentDecodeError",
    "DocumentSnapshot",
    "DocumentWatch",
    "DomainEvent",
    "EventStream",
    "InternalServerError",
    "InvalidCredentialError",
    "InvalidPathParameter",
    "MissingCredentialWarning",
    "NotFoundError",
    "PermissionDeniedError",
    "Project",
    "RateLimitError",
    "Response",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryPolicy",
    "Snapshot",
    "StreamError",
    "UnprocessableEntityError",
    "Unset",
    "WebhookVerificationError",
    "__version__",
    "parse_event",
    "verify_webhook",
]


def _public(obj: Any) -> Any:
    # Tracebacks and reprs say `cortex_client.RateLimitError`, not the private module (as httpx).
    if isinstance(obj, type) and obj.__module__.startswith(__name__ + "._"):
        obj.__module__ = __name__
    return obj


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = _public(getattr(importlib.import_module(module, __name__), name))
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


for _name in __all__:
    if _name not in _LAZY:
        _public(globals()[_name])
del _name
