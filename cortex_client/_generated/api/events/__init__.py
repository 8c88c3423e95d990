"""Contains endpoint functions for accessing the API, and the client-bound classes over them"""

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, cast

from ...client import ApiClient
from ...models.error_response import ErrorResponse
from ...models.gathering_member_joined_event import GatheringMemberJoinedEvent
from ...models.gathering_started_event import GatheringStartedEvent
from ...models.generic_domain_event import GenericDomainEvent
from ...models.message_annotation_created_event import MessageAnnotationCreatedEvent
from ...models.message_created_event import MessageCreatedEvent
from ...models.participant_created_event import ParticipantCreatedEvent
from ...models.participant_deleted_event import ParticipantDeletedEvent
from ...models.participant_updated_event import ParticipantUpdatedEvent
from ...models.sanction_created_event import SanctionCreatedEvent
from ...models.session_annotation_created_event import SessionAnnotationCreatedEvent
from ...models.session_created_event import SessionCreatedEvent
from ...models.session_deleted_event import SessionDeletedEvent
from ...models.session_updated_event import SessionUpdatedEvent
from ...types import UNSET, File, Response, Unset
from .. import bind as _bind
from . import get_event_schema as _get_event_schema
from . import stream_events as _stream_events
from . import stream_project_events as _stream_project_events


class EventsApi:
    """Operations tagged `events`."""

    __slots__ = (
        "_client",
        "_detailed",
    )

    def __init__(self, client: ApiClient) -> None:
        self._client = client
        self._detailed: EventsApiDetailed | None = None

    @property
    def detailed(self) -> "EventsApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = EventsApiDetailed(self._client)
        return self._detailed

    async def stream_events(
        self,
    ) -> str:
        """Open the tenant-wide real-time event stream (SSE)

        `GET /api/events/stream`

        Returns:
            str

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _stream_events.asyncio_detailed(
            client=self._client,
        )
        return cast("str", _bind(response.parsed, self._client, None))

    async def stream_project_events(
        self,
        project_id: str,
    ) -> str:
        """Open the real-time event stream for one project (SSE)

        `GET /api/projects/{project_id}/events/stream`

        Args:
            project_id (str):

        Returns:
            str

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _stream_project_events.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        return cast("str", _bind(response.parsed, self._client, project_id))

    async def get_event_schema(
        self,
    ) -> (
        GatheringMemberJoinedEvent
        | GatheringStartedEvent
        | GenericDomainEvent
        | MessageAnnotationCreatedEvent
        | MessageCreatedEvent
        | ParticipantCreatedEvent
        | ParticipantDeletedEvent
        | ParticipantUpdatedEvent
        | SanctionCreatedEvent
        | SessionAnnotationCreatedEvent
        | SessionCreatedEvent
        | SessionDeletedEvent
        | SessionUpdatedEvent
    ):
        """Describe the domain event model

        `GET /api/events/schema`

        Returns:
            GatheringMemberJoinedEvent | GatheringStartedEvent | GenericDomainEvent | MessageAnnotationCreatedEvent | MessageCreatedEvent | ParticipantCreatedEvent | ParticipantDeletedEvent | ParticipantUpdatedEvent | SanctionCreatedEvent | SessionAnnotationCreatedEvent | SessionCreatedEvent | SessionDeletedEvent | SessionUpdatedEvent

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_event_schema.asyncio_detailed(
            client=self._client,
        )
        return cast(
            "GatheringMemberJoinedEvent | GatheringStartedEvent | GenericDomainEvent | MessageAnnotationCreatedEvent | MessageCreatedEvent | ParticipantCreatedEvent | ParticipantDeletedEvent | ParticipantUpdatedEvent | SanctionCreatedEvent | SessionAnnotationCreatedEvent | SessionCreatedEvent | SessionDeletedEvent | SessionUpdatedEvent",
            _bind(response.parsed, self._client, None),
        )


class EventsApiDetailed:
    """Detailed responses (status, headers, parsed) for `events`."""

    __slots__ = ("_client",)

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    async def stream_events(
        self,
    ) -> Response[str]:
        """Open the tenant-wide real-time event stream (SSE)

        `GET /api/events/stream`

        Returns:
            Response[str]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _stream_events.asyncio_detailed(
            client=self._client,
        )
        _bind(response.parsed, self._client, None)
        return cast("Response[str]", response)

    async def stream_project_events(
        self,
        project_id: str,
    ) -> Response[str]:
        """Open the real-time event stream for one project (SSE)

        `GET /api/projects/{project_id}/events/stream`

        Args:
            project_id (str):

        Returns:
            Response[str]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _stream_project_events.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[str]", response)

    async def get_event_schema(
        self,
    ) -> Response[
        GatheringMemberJoinedEvent
        | GatheringStartedEvent
        | GenericDomainEvent
        | MessageAnnotationCreatedEvent
        | MessageCreatedEvent
        | ParticipantCreatedEvent
        | ParticipantDeletedEvent
        | ParticipantUpdatedEvent
        | SanctionCreatedEvent
        | SessionAnnotationCreatedEvent
        | SessionCreatedEvent
        | SessionDeletedEvent
        | SessionUpdatedEvent
    ]:
        """Describe the domain event model

        `GET /api/events/schema`

        Returns:
            Response[GatheringMemberJoinedEvent | GatheringStartedEvent | GenericDomainEvent | MessageAnnotationCreatedEvent | MessageCreatedEvent | ParticipantCreatedEvent | ParticipantDeletedEvent | ParticipantUpdatedEvent | SanctionCreatedEvent | SessionAnnotationCreatedEvent | SessionCreatedEvent | SessionDeletedEvent | SessionUpdatedEvent]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_event_schema.asyncio_detailed(
            client=self._client,
        )
        _bind(response.parsed, self._client, None)
        return cast(
            "Response[GatheringMemberJoinedEvent | GatheringStartedEvent | GenericDomainEvent | MessageAnnotationCreatedEvent | MessageCreatedEvent | ParticipantCreatedEvent | ParticipantDeletedEvent | ParticipantUpdatedEvent | SanctionCreatedEvent | SessionAnnotationCreatedEvent | SessionCreatedEvent | SessionDeletedEvent | SessionUpdatedEvent]",
            response,
        )


class ProjectEventsApi:
    """Operations tagged `events`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
        "_detailed",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id
        self._detailed: ProjectEventsApiDetailed | None = None

    @property
    def detailed(self) -> "ProjectEventsApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = ProjectEventsApiDetailed(self._client, self._project_id)
        return self._detailed

    async def stream_project_events(
        self,
    ) -> str:
        """Open the real-time event stream for one project (SSE)

        `GET /api/projects/{project_id}/events/stream`

        Returns:
            str

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _stream_project_events.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        return cast("str", _bind(response.parsed, self._client, self._project_id))


class ProjectEventsApiDetailed:
    """Detailed responses (status, headers, parsed) for `events`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id

    async def stream_project_events(
        self,
    ) -> Response[str]:
        """Open the real-time event stream for one project (SSE)

        `GET /api/projects/{project_id}/events/stream`

        Returns:
            Response[str]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _stream_project_events.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[str]", response)


__all__ = [
    "EventsApi",
    "EventsApiDetailed",
    "ProjectEventsApi",
    "ProjectEventsApiDetailed",
]
