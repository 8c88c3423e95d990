"""Async Python client for the 4Players ODIN Cortex REST API.

    async with CortexClient(api_key=...) as client:
        session = await client.project(pid).sessions.create_session(body=CreateSessionRequest(...))

Models live in ``cortex_client.models``, the generated endpoint modules in ``cortex_client.api``.
"""

from ._client import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, CortexClient
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CortexError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from ._events import DomainEvent, parse_event
from ._generated.errors import InvalidPathParameter
from ._generated.types import UNSET, Response, Unset
from ._project import (
    Project,
    ProjectGatherings,
    ProjectParticipants,
    ProjectSanctions,
    ProjectSessions,
)
from ._retry import RetryPolicy
from ._sse import StreamError
from ._stream import EventStream
from ._version import VERSION as __version__
from ._watch import Change, CollectionWatch, DocumentSnapshot, DocumentWatch, Snapshot
from ._webhooks import WebhookVerificationError, verify_webhook

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
    "DocumentSnapshot",
    "DocumentWatch",
    "DomainEvent",
    "EventStream",
    "InternalServerError",
    "InvalidPathParameter",
    "NotFoundError",
    "PermissionDeniedError",
    "Project",
    "ProjectGatherings",
    "ProjectParticipants",
    "ProjectSanctions",
    "ProjectSessions",
    "RateLimitError",
    "Response",
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

# Tracebacks and reprs say `cortex_client.RateLimitError`, not the private module (as httpx does).
for _name in __all__:
    _obj = globals()[_name]
    if isinstance(_obj, type) and _obj.__module__.startswith(__name__ + "._"):
        _obj.__module__ = __name__
del _name, _obj
