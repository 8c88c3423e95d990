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

from ...models.create_sanction_request import CreateSanctionRequest
from ...models.error_response import ErrorResponse
from ...models.list_sanctions_type import ListSanctionsType
from ...models.revoke_sanction_request import RevokeSanctionRequest
from ...models.sanction_list_response import SanctionListResponse
from ...models.sanction_response import SanctionResponse
from ...models.update_sanction_request import UpdateSanctionRequest
from ...types import UNSET, Unset
from . import create_sanction as _create_sanction
from . import get_sanction as _get_sanction
from . import list_sanctions as _list_sanctions
from . import revoke_sanction as _revoke_sanction
from . import update_sanction as _update_sanction


class SanctionsApi:
    """Operations tagged `sanctions`."""

    __slots__ = (
        "_client",
        "_detailed",
    )

    def __init__(self, client: ApiClient) -> None:
        self._client = client
        self._detailed: SanctionsApiDetailed | None = None

    @property
    def detailed(self) -> "SanctionsApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = SanctionsApiDetailed(self._client)
        return self._detailed

    async def list_sanctions(
        self,
        project_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        participant_id: str | Unset = UNSET,
        external_user_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        type_: ListSanctionsType | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> SanctionListResponse:
        """List sanctions of a project (audit trail)

        `GET /api/projects/{project_id}/sanctions`

        Args:
            project_id (str):
            limit (int | Unset):
            offset (int | Unset):
            participant_id (str | Unset):
            external_user_id (str | Unset):
            session_id (str | Unset):
            type_ (ListSanctionsType | Unset):
            is_active (bool | Unset):

        Returns:
            SanctionListResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_sanctions.asyncio_detailed(
            project_id=project_id,
            limit=limit,
            offset=offset,
            participant_id=participant_id,
            external_user_id=external_user_id,
            session_id=session_id,
            type_=type_,
            is_active=is_active,
            client=self._client,
        )
        return cast("SanctionListResponse", _bind(response.parsed, self._client, project_id))

    async def iter_sanctions(
        self,
        project_id: str,
        *,
        page_size: int = 100,
        participant_id: str | Unset = UNSET,
        external_user_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        type_: ListSanctionsType | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> AsyncIterator[SanctionResponse]:
        """Every item of `list_sanctions`, page after page (`page_size` items per request).

        The page's `total` decides when to stop (a server may cap pages below `page_size`); without
        one, a short page is the last. Items already yielded (same `id`) are skipped, and a page
        that brings no new one ends the iteration: a server that ignores `offset` cannot loop it.
        """
        offset = 0
        seen: set[Any] = set()
        while True:
            page = await self.list_sanctions(
                project_id=project_id,
                limit=page_size,
                offset=offset,
                participant_id=participant_id,
                external_user_id=external_user_id,
                session_id=session_id,
                type_=type_,
                is_active=is_active,
            )
            items = page.sanctions or []
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

    async def create_sanction(
        self,
        project_id: str,
        *,
        body: CreateSanctionRequest,
    ) -> SanctionResponse:
        """Record a new sanction (moderation action)

        `POST /api/projects/{project_id}/sanctions`

        Args:
            project_id (str):
            body (CreateSanctionRequest): Payload to record a sanction. Target either a
                participant/session (session-scoped) or an externalUserId (cross-session).

        Returns:
            SanctionResponse

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
        response = await _create_sanction.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        return cast("SanctionResponse", _bind(response.parsed, self._client, project_id))

    async def get_sanction(
        self,
        project_id: str,
        sanction_id: str,
    ) -> SanctionResponse:
        """Get one sanction by id

        `GET /api/projects/{project_id}/sanctions/{sanction_id}`

        Args:
            project_id (str):
            sanction_id (str):

        Returns:
            SanctionResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_sanction.asyncio_detailed(
            project_id=project_id,
            sanction_id=sanction_id,
            client=self._client,
        )
        return cast("SanctionResponse", _bind(response.parsed, self._client, project_id))

    async def update_sanction(
        self,
        project_id: str,
        sanction_id: str,
        *,
        body: UpdateSanctionRequest,
    ) -> SanctionResponse:
        """Change a sanction (e.g. reason or end time)

        `PATCH /api/projects/{project_id}/sanctions/{sanction_id}`

        Args:
            project_id (str):
            sanction_id (str):
            body (UpdateSanctionRequest): Fields of a sanction that may be changed.

        Returns:
            SanctionResponse

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
        response = await _update_sanction.asyncio_detailed(
            project_id=project_id,
            sanction_id=sanction_id,
            body=body,
            client=self._client,
        )
        return cast("SanctionResponse", _bind(response.parsed, self._client, project_id))

    async def revoke_sanction(
        self,
        project_id: str,
        sanction_id: str,
        *,
        body: RevokeSanctionRequest | Unset = UNSET,
    ) -> SanctionResponse:
        """Revoke (lift) a sanction while keeping its history

        `POST /api/projects/{project_id}/sanctions/{sanction_id}/revoke`

        Args:
            project_id (str):
            sanction_id (str):
            body (RevokeSanctionRequest | Unset): Optional details when lifting a sanction.

        Returns:
            SanctionResponse

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
        response = await _revoke_sanction.asyncio_detailed(
            project_id=project_id,
            sanction_id=sanction_id,
            body=body,
            client=self._client,
        )
        return cast("SanctionResponse", _bind(response.parsed, self._client, project_id))


class SanctionsApiDetailed:
    """Detailed responses (status, headers, parsed) for `sanctions`."""

    __slots__ = ("_client",)

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    async def list_sanctions(
        self,
        project_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        participant_id: str | Unset = UNSET,
        external_user_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        type_: ListSanctionsType | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> Response[SanctionListResponse]:
        """List sanctions of a project (audit trail)

        `GET /api/projects/{project_id}/sanctions`

        Args:
            project_id (str):
            limit (int | Unset):
            offset (int | Unset):
            participant_id (str | Unset):
            external_user_id (str | Unset):
            session_id (str | Unset):
            type_ (ListSanctionsType | Unset):
            is_active (bool | Unset):

        Returns:
            Response[SanctionListResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_sanctions.asyncio_detailed(
            project_id=project_id,
            limit=limit,
            offset=offset,
            participant_id=participant_id,
            external_user_id=external_user_id,
            session_id=session_id,
            type_=type_,
            is_active=is_active,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[SanctionListResponse]", response)

    async def create_sanction(
        self,
        project_id: str,
        *,
        body: CreateSanctionRequest,
    ) -> Response[SanctionResponse]:
        """Record a new sanction (moderation action)

        `POST /api/projects/{project_id}/sanctions`

        Args:
            project_id (str):
            body (CreateSanctionRequest): Payload to record a sanction. Target either a
                participant/session (session-scoped) or an externalUserId (cross-session).

        Returns:
            Response[SanctionResponse]: status, headers, content and the parsed body.

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
        response = await _create_sanction.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[SanctionResponse]", response)

    async def get_sanction(
        self,
        project_id: str,
        sanction_id: str,
    ) -> Response[SanctionResponse]:
        """Get one sanction by id

        `GET /api/projects/{project_id}/sanctions/{sanction_id}`

        Args:
            project_id (str):
            sanction_id (str):

        Returns:
            Response[SanctionResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_sanction.asyncio_detailed(
            project_id=project_id,
            sanction_id=sanction_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[SanctionResponse]", response)

    async def update_sanction(
        self,
        project_id: str,
        sanction_id: str,
        *,
        body: UpdateSanctionRequest,
    ) -> Response[SanctionResponse]:
        """Change a sanction (e.g. reason or end time)

        `PATCH /api/projects/{project_id}/sanctions/{sanction_id}`

        Args:
            project_id (str):
            sanction_id (str):
            body (UpdateSanctionRequest): Fields of a sanction that may be changed.

        Returns:
            Response[SanctionResponse]: status, headers, content and the parsed body.

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
        response = await _update_sanction.asyncio_detailed(
            project_id=project_id,
            sanction_id=sanction_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[SanctionResponse]", response)

    async def revoke_sanction(
        self,
        project_id: str,
        sanction_id: str,
        *,
        body: RevokeSanctionRequest | Unset = UNSET,
    ) -> Response[SanctionResponse]:
        """Revoke (lift) a sanction while keeping its history

        `POST /api/projects/{project_id}/sanctions/{sanction_id}/revoke`

        Args:
            project_id (str):
            sanction_id (str):
            body (RevokeSanctionRequest | Unset): Optional details when lifting a sanction.

        Returns:
            Response[SanctionResponse]: status, headers, content and the parsed body.

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
        response = await _revoke_sanction.asyncio_detailed(
            project_id=project_id,
            sanction_id=sanction_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[SanctionResponse]", response)


class ProjectSanctionsApi:
    """Operations tagged `sanctions`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
        "_detailed",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id
        self._detailed: ProjectSanctionsApiDetailed | None = None

    @property
    def detailed(self) -> "ProjectSanctionsApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = ProjectSanctionsApiDetailed(self._client, self._project_id)
        return self._detailed

    @overload
    def watch(
        self, doc_id: None = None, *, idle_timeout: float | None = None
    ) -> "CollectionWatch[_watch_models.SanctionResponse]": ...
    @overload
    def watch(
        self, doc_id: str, *, idle_timeout: float | None = None
    ) -> "DocumentWatch[_watch_models.SanctionResponse]": ...
    def watch(
        self, doc_id: str | None = None, *, idle_timeout: float | None = None
    ) -> "CollectionWatch[_watch_models.SanctionResponse] | DocumentWatch[_watch_models.SanctionResponse]":
        """Live view of the project's `sanctions` (or of one document by id), kept in sync.

        The first snapshot holds what `list_sanctions` returns (one document: `get_sanction`);
        events `sanction.*` keep it current. `idle_timeout` (seconds, 0 = off) defaults
        to the client's. Use as `async with` / `async for`, or with `on_snapshot`.
        """
        return _open_watch(
            self._client,
            WATCHABLE["sanctions"],
            self._project_id,
            doc_id=doc_id,
            idle_timeout=idle_timeout,
        )

    async def list_sanctions(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        participant_id: str | Unset = UNSET,
        external_user_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        type_: ListSanctionsType | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> SanctionListResponse:
        """List sanctions of a project (audit trail)

        `GET /api/projects/{project_id}/sanctions`

        Args:
            limit (int | Unset):
            offset (int | Unset):
            participant_id (str | Unset):
            external_user_id (str | Unset):
            session_id (str | Unset):
            type_ (ListSanctionsType | Unset):
            is_active (bool | Unset):

        Returns:
            SanctionListResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_sanctions.asyncio_detailed(
            project_id=self._project_id,
            limit=limit,
            offset=offset,
            participant_id=participant_id,
            external_user_id=external_user_id,
            session_id=session_id,
            type_=type_,
            is_active=is_active,
            client=self._client,
        )
        return cast("SanctionListResponse", _bind(response.parsed, self._client, self._project_id))

    async def iter_sanctions(
        self,
        *,
        page_size: int = 100,
        participant_id: str | Unset = UNSET,
        external_user_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        type_: ListSanctionsType | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> AsyncIterator[SanctionResponse]:
        """Every item of `list_sanctions`, page after page (`page_size` items per request).

        The page's `total` decides when to stop (a server may cap pages below `page_size`); without
        one, a short page is the last. Items already yielded (same `id`) are skipped, and a page
        that brings no new one ends the iteration: a server that ignores `offset` cannot loop it.
        """
        offset = 0
        seen: set[Any] = set()
        while True:
            page = await self.list_sanctions(
                limit=page_size,
                offset=offset,
                participant_id=participant_id,
                external_user_id=external_user_id,
                session_id=session_id,
                type_=type_,
                is_active=is_active,
            )
            items = page.sanctions or []
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

    async def create_sanction(
        self,
        *,
        body: CreateSanctionRequest,
    ) -> SanctionResponse:
        """Record a new sanction (moderation action)

        `POST /api/projects/{project_id}/sanctions`

        Args:
            body (CreateSanctionRequest): Payload to record a sanction. Target either a
                participant/session (session-scoped) or an externalUserId (cross-session).

        Returns:
            SanctionResponse

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
        response = await _create_sanction.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        return cast("SanctionResponse", _bind(response.parsed, self._client, self._project_id))

    async def get_sanction(
        self,
        sanction_id: str,
    ) -> SanctionResponse:
        """Get one sanction by id

        `GET /api/projects/{project_id}/sanctions/{sanction_id}`

        Args:
            sanction_id (str):

        Returns:
            SanctionResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_sanction.asyncio_detailed(
            project_id=self._project_id,
            sanction_id=sanction_id,
            client=self._client,
        )
        return cast("SanctionResponse", _bind(response.parsed, self._client, self._project_id))

    async def update_sanction(
        self,
        sanction_id: str,
        *,
        body: UpdateSanctionRequest,
    ) -> SanctionResponse:
        """Change a sanction (e.g. reason or end time)

        `PATCH /api/projects/{project_id}/sanctions/{sanction_id}`

        Args:
            sanction_id (str):
            body (UpdateSanctionRequest): Fields of a sanction that may be changed.

        Returns:
            SanctionResponse

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
        response = await _update_sanction.asyncio_detailed(
            project_id=self._project_id,
            sanction_id=sanction_id,
            body=body,
            client=self._client,
        )
        return cast("SanctionResponse", _bind(response.parsed, self._client, self._project_id))

    async def revoke_sanction(
        self,
        sanction_id: str,
        *,
        body: RevokeSanctionRequest | Unset = UNSET,
    ) -> SanctionResponse:
        """Revoke (lift) a sanction while keeping its history

        `POST /api/projects/{project_id}/sanctions/{sanction_id}/revoke`

        Args:
            sanction_id (str):
            body (RevokeSanctionRequest | Unset): Optional details when lifting a sanction.

        Returns:
            SanctionResponse

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
        response = await _revoke_sanction.asyncio_detailed(
            project_id=self._project_id,
            sanction_id=sanction_id,
            body=body,
            client=self._client,
        )
        return cast("SanctionResponse", _bind(response.parsed, self._client, self._project_id))


class ProjectSanctionsApiDetailed:
    """Detailed responses (status, headers, parsed) for `sanctions`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id

    async def list_sanctions(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        participant_id: str | Unset = UNSET,
        external_user_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        type_: ListSanctionsType | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> Response[SanctionListResponse]:
        """List sanctions of a project (audit trail)

        `GET /api/projects/{project_id}/sanctions`

        Args:
            limit (int | Unset):
            offset (int | Unset):
            participant_id (str | Unset):
            external_user_id (str | Unset):
            session_id (str | Unset):
            type_ (ListSanctionsType | Unset):
            is_active (bool | Unset):

        Returns:
            Response[SanctionListResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_sanctions.asyncio_detailed(
            project_id=self._project_id,
            limit=limit,
            offset=offset,
            participant_id=participant_id,
            external_user_id=external_user_id,
            session_id=session_id,
            type_=type_,
            is_active=is_active,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[SanctionListResponse]", response)

    async def create_sanction(
        self,
        *,
        body: CreateSanctionRequest,
    ) -> Response[SanctionResponse]:
        """Record a new sanction (moderation action)

        `POST /api/projects/{project_id}/sanctions`

        Args:
            body (CreateSanctionRequest): Payload to record a sanction. Target either a
                participant/session (session-scoped) or an externalUserId (cross-session).

        Returns:
            Response[SanctionResponse]: status, headers, content and the parsed body.

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
        response = await _create_sanction.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[SanctionResponse]", response)

    async def get_sanction(
        self,
        sanction_id: str,
    ) -> Response[SanctionResponse]:
        """Get one sanction by id

        `GET /api/projects/{project_id}/sanctions/{sanction_id}`

        Args:
            sanction_id (str):

        Returns:
            Response[SanctionResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_sanction.asyncio_detailed(
            project_id=self._project_id,
            sanction_id=sanction_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[SanctionResponse]", response)

    async def update_sanction(
        self,
        sanction_id: str,
        *,
        body: UpdateSanctionRequest,
    ) -> Response[SanctionResponse]:
        """Change a sanction (e.g. reason or end time)

        `PATCH /api/projects/{project_id}/sanctions/{sanction_id}`

        Args:
            sanction_id (str):
            body (UpdateSanctionRequest): Fields of a sanction that may be changed.

        Returns:
            Response[SanctionResponse]: status, headers, content and the parsed body.

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
        response = await _update_sanction.asyncio_detailed(
            project_id=self._project_id,
            sanction_id=sanction_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[SanctionResponse]", response)

    async def revoke_sanction(
        self,
        sanction_id: str,
        *,
        body: RevokeSanctionRequest | Unset = UNSET,
    ) -> Response[SanctionResponse]:
        """Revoke (lift) a sanction while keeping its history

        `POST /api/projects/{project_id}/sanctions/{sanction_id}/revoke`

        Args:
            sanction_id (str):
            body (RevokeSanctionRequest | Unset): Optional details when lifting a sanction.

        Returns:
            Response[SanctionResponse]: status, headers, content and the parsed body.

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
        response = await _revoke_sanction.asyncio_detailed(
            project_id=self._project_id,
            sanction_id=sanction_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[SanctionResponse]", response)


__all__ = [
    "SanctionsApi",
    "SanctionsApiDetailed",
    "ProjectSanctionsApi",
    "ProjectSanctionsApiDetailed",
]
