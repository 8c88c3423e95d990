"""Contains endpoint functions for accessing the API, and the client-bound classes over them"""

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, cast, overload

from ...client import ApiClient
from ...types import UNSET, File, Response, Unset
from .. import WATCHABLE
from .. import bind as _bind
from .. import open_watch as _open_watch

if TYPE_CHECKING:
    # Typing only: at run time the generated package imports nothing of the overlay around it.
    from ...._watch import CollectionWatch, DocumentWatch
    from ... import models as _watch_models
from typing import cast

from ...models.create_participant_request import CreateParticipantRequest
from ...models.error_response import ErrorResponse
from ...models.participant_list_response import ParticipantListResponse
from ...models.participant_response import ParticipantResponse
from ...models.update_participant_request import UpdateParticipantRequest
from ...types import UNSET, Unset
from . import create_participant as _create_participant
from . import delete_participant as _delete_participant
from . import get_participant as _get_participant
from . import list_participants as _list_participants
from . import update_participant as _update_participant


class ParticipantsApi:
    """Operations tagged `participants`."""

    __slots__ = (
        "_client",
        "_detailed",
    )

    def __init__(self, client: ApiClient) -> None:
        self._client = client
        self._detailed: ParticipantsApiDetailed | None = None

    @property
    def detailed(self) -> "ParticipantsApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = ParticipantsApiDetailed(self._client)
        return self._detailed

    async def list_participants(
        self,
        project_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> ParticipantListResponse:
        """List participants of a project (paged, searchable)

        `GET /api/projects/{project_id}/participants`

        Args:
            project_id (str):
            limit (int | Unset):
            offset (int | Unset):
            search (str | Unset):

        Returns:
            ParticipantListResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_participants.asyncio_detailed(
            project_id=project_id,
            limit=limit,
            offset=offset,
            search=search,
            client=self._client,
        )
        return cast("ParticipantListResponse", _bind(response.parsed, self._client, project_id))

    async def iter_participants(
        self,
        project_id: str,
        *,
        page_size: int = 100,
        search: str | Unset = UNSET,
    ) -> AsyncIterator[ParticipantResponse]:
        """Every item of `list_participants`, page after page (`page_size` items per request).

        The page's `total` decides when to stop (a server may cap pages below `page_size`); without
        one, a short page is the last. Items already yielded (same `id`) are skipped, and a page
        that brings no new one ends the iteration: a server that ignores `offset` cannot loop it.
        """
        offset = 0
        seen: set[Any] = set()
        while True:
            page = await self.list_participants(
                project_id=project_id,
                limit=page_size,
                offset=offset,
                search=search,
            )
            items = page.participants or []
            fresh = 0
            for item in items:
                key = getattr(item, "id", None)
                if key is not None and not isinstance(key, Unset):
                    if key in seen:
                        continue
                    seen.add(key)
                fresh += 1
                yield item
            if not fresh:
                return
            offset += len(items)
            total = page.total
            if isinstance(total, int) and not isinstance(total, bool):
                if offset >= total:
                    return
            elif len(items) < page_size:
                return

    async def create_participant(
        self,
        project_id: str,
        *,
        body: CreateParticipantRequest,
    ) -> ParticipantResponse:
        """Create a participant, or return the existing one with the same externalUserId

        `POST /api/projects/{project_id}/participants`

        Args:
            project_id (str):
            body (CreateParticipantRequest): Payload for creating (or finding) a participant.

        Returns:
            ParticipantResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _create_participant.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        return cast("ParticipantResponse", _bind(response.parsed, self._client, project_id))

    async def get_participant(
        self,
        project_id: str,
        participant_id: str,
    ) -> ParticipantResponse:
        """Get one participant

        `GET /api/projects/{project_id}/participants/{participant_id}`

        Args:
            project_id (str):
            participant_id (str):

        Returns:
            ParticipantResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_participant.asyncio_detailed(
            project_id=project_id,
            participant_id=participant_id,
            client=self._client,
        )
        return cast("ParticipantResponse", _bind(response.parsed, self._client, project_id))

    async def delete_participant(
        self,
        project_id: str,
        participant_id: str,
    ) -> None:
        """Delete a participant

        `DELETE /api/projects/{project_id}/participants/{participant_id}`

        Args:
            project_id (str):
            participant_id (str):

        Returns:
            None

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _delete_participant.asyncio_detailed(
            project_id=project_id,
            participant_id=participant_id,
            client=self._client,
        )
        return cast("None", response.parsed)

    async def update_participant(
        self,
        project_id: str,
        participant_id: str,
        *,
        body: UpdateParticipantRequest,
    ) -> ParticipantResponse:
        """Update a participant's display name or user data

        `PATCH /api/projects/{project_id}/participants/{participant_id}`

        Args:
            project_id (str):
            participant_id (str):
            body (UpdateParticipantRequest): Fields of a participant that can be changed.

        Returns:
            ParticipantResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _update_participant.asyncio_detailed(
            project_id=project_id,
            participant_id=participant_id,
            body=body,
            client=self._client,
        )
        return cast("ParticipantResponse", _bind(response.parsed, self._client, project_id))


class ParticipantsApiDetailed:
    """Detailed responses (status, headers, parsed) for `participants`."""

    __slots__ = ("_client",)

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    async def list_participants(
        self,
        project_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[ParticipantListResponse]:
        """List participants of a project (paged, searchable)

        `GET /api/projects/{project_id}/participants`

        Args:
            project_id (str):
            limit (int | Unset):
            offset (int | Unset):
            search (str | Unset):

        Returns:
            Response[ParticipantListResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_participants.asyncio_detailed(
            project_id=project_id,
            limit=limit,
            offset=offset,
            search=search,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[ParticipantListResponse]", response)

    async def create_participant(
        self,
        project_id: str,
        *,
        body: CreateParticipantRequest,
    ) -> Response[ParticipantResponse]:
        """Create a participant, or return the existing one with the same externalUserId

        `POST /api/projects/{project_id}/participants`

        Args:
            project_id (str):
            body (CreateParticipantRequest): Payload for creating (or finding) a participant.

        Returns:
            Response[ParticipantResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _create_participant.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[ParticipantResponse]", response)

    async def get_participant(
        self,
        project_id: str,
        participant_id: str,
    ) -> Response[ParticipantResponse]:
        """Get one participant

        `GET /api/projects/{project_id}/participants/{participant_id}`

        Args:
            project_id (str):
            participant_id (str):

        Returns:
            Response[ParticipantResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_participant.asyncio_detailed(
            project_id=project_id,
            participant_id=participant_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[ParticipantResponse]", response)

    async def delete_participant(
        self,
        project_id: str,
        participant_id: str,
    ) -> Response[None]:
        """Delete a participant

        `DELETE /api/projects/{project_id}/participants/{participant_id}`

        Args:
            project_id (str):
            participant_id (str):

        Returns:
            Response[None]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _delete_participant.asyncio_detailed(
            project_id=project_id,
            participant_id=participant_id,
            client=self._client,
        )
        return cast("Response[None]", response)

    async def update_participant(
        self,
        project_id: str,
        participant_id: str,
        *,
        body: UpdateParticipantRequest,
    ) -> Response[ParticipantResponse]:
        """Update a participant's display name or user data

        `PATCH /api/projects/{project_id}/participants/{participant_id}`

        Args:
            project_id (str):
            participant_id (str):
            body (UpdateParticipantRequest): Fields of a participant that can be changed.

        Returns:
            Response[ParticipantResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _update_participant.asyncio_detailed(
            project_id=project_id,
            participant_id=participant_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[ParticipantResponse]", response)


class ProjectParticipantsApi:
    """Operations tagged `participants`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
        "_detailed",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id
        self._detailed: ProjectParticipantsApiDetailed | None = None

    @property
    def detailed(self) -> "ProjectParticipantsApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = ProjectParticipantsApiDetailed(self._client, self._project_id)
        return self._detailed

    @overload
    def watch(
        self, doc_id: None = None, *, idle_timeout: float | None = None
    ) -> "CollectionWatch[_watch_models.ParticipantResponse]": ...
    @overload
    def watch(
        self, doc_id: str, *, idle_timeout: float | None = None
    ) -> "DocumentWatch[_watch_models.ParticipantResponse]": ...
    def watch(
        self, doc_id: str | None = None, *, idle_timeout: float | None = None
    ) -> "CollectionWatch[_watch_models.ParticipantResponse] | DocumentWatch[_watch_models.ParticipantResponse]":
        """Live view of the project's `participants` (or of one document by id), kept in sync.

        The first snapshot holds what `list_participants` returns (one document: `get_participant`);
        events `participant.*` keep it current. `idle_timeout` (seconds, 0 = off) defaults
        to the client's. Use as `async with` / `async for`, or with `on_snapshot`.
        """
        return _open_watch(
            self._client,
            WATCHABLE["participants"],
            self._project_id,
            doc_id=doc_id,
            idle_timeout=idle_timeout,
        )

    async def list_participants(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> ParticipantListResponse:
        """List participants of a project (paged, searchable)

        `GET /api/projects/{project_id}/participants`

        Args:
            limit (int | Unset):
            offset (int | Unset):
            search (str | Unset):

        Returns:
            ParticipantListResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_participants.asyncio_detailed(
            project_id=self._project_id,
            limit=limit,
            offset=offset,
            search=search,
            client=self._client,
        )
        return cast(
            "ParticipantListResponse", _bind(response.parsed, self._client, self._project_id)
        )

    async def iter_participants(
        self,
        *,
        page_size: int = 100,
        search: str | Unset = UNSET,
    ) -> AsyncIterator[ParticipantResponse]:
        """Every item of `list_participants`, page after page (`page_size` items per request).

        The page's `total` decides when to stop (a server may cap pages below `page_size`); without
        one, a short page is the last. Items already yielded (same `id`) are skipped, and a page
        that brings no new one ends the iteration: a server that ignores `offset` cannot loop it.
        """
        offset = 0
        seen: set[Any] = set()
        while True:
            page = await self.list_participants(
                limit=page_size,
                offset=offset,
                search=search,
            )
            items = page.participants or []
            fresh = 0
            for item in items:
                key = getattr(item, "id", None)
                if key is not None and not isinstance(key, Unset):
                    if key in seen:
                        continue
                    seen.add(key)
                fresh += 1
                yield item
            if not fresh:
                return
            offset += len(items)
            total = page.total
            if isinstance(total, int) and not isinstance(total, bool):
                if offset >= total:
                    return
            elif len(items) < page_size:
                return

    async def create_participant(
        self,
        *,
        body: CreateParticipantRequest,
    ) -> ParticipantResponse:
        """Create a participant, or return the existing one with the same externalUserId

        `POST /api/projects/{project_id}/participants`

        Args:
            body (CreateParticipantRequest): Payload for creating (or finding) a participant.

        Returns:
            ParticipantResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _create_participant.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        return cast("ParticipantResponse", _bind(response.parsed, self._client, self._project_id))

    async def get_participant(
        self,
        participant_id: str,
    ) -> ParticipantResponse:
        """Get one participant

        `GET /api/projects/{project_id}/participants/{participant_id}`

        Args:
            participant_id (str):

        Returns:
            ParticipantResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_participant.asyncio_detailed(
            project_id=self._project_id,
            participant_id=participant_id,
            client=self._client,
        )
        return cast("ParticipantResponse", _bind(response.parsed, self._client, self._project_id))

    async def delete_participant(
        self,
        participant_id: str,
    ) -> None:
        """Delete a participant

        `DELETE /api/projects/{project_id}/participants/{participant_id}`

        Args:
            participant_id (str):

        Returns:
            None

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _delete_participant.asyncio_detailed(
            project_id=self._project_id,
            participant_id=participant_id,
            client=self._client,
        )
        return cast("None", response.parsed)

    async def update_participant(
        self,
        participant_id: str,
        *,
        body: UpdateParticipantRequest,
    ) -> ParticipantResponse:
        """Update a participant's display name or user data

        `PATCH /api/projects/{project_id}/participants/{participant_id}`

        Args:
            participant_id (str):
            body (UpdateParticipantRequest): Fields of a participant that can be changed.

        Returns:
            ParticipantResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _update_participant.asyncio_detailed(
            project_id=self._project_id,
            participant_id=participant_id,
            body=body,
            client=self._client,
        )
        return cast("ParticipantResponse", _bind(response.parsed, self._client, self._project_id))


class ProjectParticipantsApiDetailed:
    """Detailed responses (status, headers, parsed) for `participants`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id

    async def list_participants(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[ParticipantListResponse]:
        """List participants of a project (paged, searchable)

        `GET /api/projects/{project_id}/participants`

        Args:
            limit (int | Unset):
            offset (int | Unset):
            search (str | Unset):

        Returns:
            Response[ParticipantListResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_participants.asyncio_detailed(
            project_id=self._project_id,
            limit=limit,
            offset=offset,
            search=search,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[ParticipantListResponse]", response)

    async def create_participant(
        self,
        *,
        body: CreateParticipantRequest,
    ) -> Response[ParticipantResponse]:
        """Create a participant, or return the existing one with the same externalUserId

        `POST /api/projects/{project_id}/participants`

        Args:
            body (CreateParticipantRequest): Payload for creating (or finding) a participant.

        Returns:
            Response[ParticipantResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _create_participant.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[ParticipantResponse]", response)

    async def get_participant(
        self,
        participant_id: str,
    ) -> Response[ParticipantResponse]:
        """Get one participant

        `GET /api/projects/{project_id}/participants/{participant_id}`

        Args:
            participant_id (str):

        Returns:
            Response[ParticipantResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_participant.asyncio_detailed(
            project_id=self._project_id,
            participant_id=participant_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[ParticipantResponse]", response)

    async def delete_participant(
        self,
        participant_id: str,
    ) -> Response[None]:
        """Delete a participant

        `DELETE /api/projects/{project_id}/participants/{participant_id}`

        Args:
            participant_id (str):

        Returns:
            Response[None]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _delete_participant.asyncio_detailed(
            project_id=self._project_id,
            participant_id=participant_id,
            client=self._client,
        )
        return cast("Response[None]", response)

    async def update_participant(
        self,
        participant_id: str,
        *,
        body: UpdateParticipantRequest,
    ) -> Response[ParticipantResponse]:
        """Update a participant's display name or user data

        `PATCH /api/projects/{project_id}/participants/{participant_id}`

        Args:
            participant_id (str):
            body (UpdateParticipantRequest): Fields of a participant that can be changed.

        Returns:
            Response[ParticipantResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.UnprocessableEntityError: 422, The request body did not pass validation
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _update_participant.asyncio_detailed(
            project_id=self._project_id,
            participant_id=participant_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[ParticipantResponse]", response)


__all__ = [
    "ParticipantsApi",
    "ParticipantsApiDetailed",
    "ProjectParticipantsApi",
    "ProjectParticipantsApiDetailed",
]
