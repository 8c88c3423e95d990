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

from ...models.create_session_request import CreateSessionRequest
from ...models.error_response import ErrorResponse
from ...models.session_response import SessionResponse
from . import create_session as _create_session
from . import delete_session as _delete_session
from . import get_session as _get_session
from . import list_sessions as _list_sessions
from . import regenerate_session_summary as _regenerate_session_summary
from . import start_session as _start_session
from . import stop_session as _stop_session


class SessionsApi:
    """Operations tagged `sessions`."""

    __slots__ = (
        "_client",
        "_detailed",
    )

    def __init__(self, client: ApiClient) -> None:
        self._client = client
        self._detailed: SessionsApiDetailed | None = None

    @property
    def detailed(self) -> "SessionsApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = SessionsApiDetailed(self._client)
        return self._detailed

    async def list_sessions(
        self,
        project_id: str,
    ) -> list[SessionResponse]:
        """List the sessions of a project

        `GET /api/projects/{project_id}/sessions`

        Args:
            project_id (str):

        Returns:
            list[SessionResponse]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_sessions.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        return cast("list[SessionResponse]", _bind(response.parsed, self._client, project_id))

    async def create_session(
        self,
        project_id: str,
        *,
        body: CreateSessionRequest,
    ) -> SessionResponse:
        """Create a transcription session for an ODIN room

        `POST /api/projects/{project_id}/sessions`

        Args:
            project_id (str):
            body (CreateSessionRequest): Payload for creating a session.

        Returns:
            SessionResponse

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
        response = await _create_session.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        return cast("SessionResponse", _bind(response.parsed, self._client, project_id))

    async def get_session(
        self,
        project_id: str,
        session_id: str,
    ) -> SessionResponse:
        """Get one session

        `GET /api/projects/{project_id}/sessions/{session_id}`

        Args:
            project_id (str):
            session_id (str):

        Returns:
            SessionResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_session.asyncio_detailed(
            project_id=project_id,
            session_id=session_id,
            client=self._client,
        )
        return cast("SessionResponse", _bind(response.parsed, self._client, project_id))

    async def delete_session(
        self,
        project_id: str,
        session_id: str,
    ) -> None:
        """Delete a session

        `DELETE /api/projects/{project_id}/sessions/{session_id}`

        Args:
            project_id (str):
            session_id (str):

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
        response = await _delete_session.asyncio_detailed(
            project_id=project_id,
            session_id=session_id,
            client=self._client,
        )
        return cast("None", response.parsed)

    async def start_session(
        self,
        project_id: str,
        session_id: str,
    ) -> SessionResponse:
        """Start the transcription bot for a session

        `POST /api/projects/{project_id}/sessions/{session_id}/start`

        Args:
            project_id (str):
            session_id (str):

        Returns:
            SessionResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _start_session.asyncio_detailed(
            project_id=project_id,
            session_id=session_id,
            client=self._client,
        )
        return cast("SessionResponse", _bind(response.parsed, self._client, project_id))

    async def stop_session(
        self,
        project_id: str,
        session_id: str,
    ) -> SessionResponse:
        """Stop the transcription bot for a session

        `POST /api/projects/{project_id}/sessions/{session_id}/stop`

        Args:
            project_id (str):
            session_id (str):

        Returns:
            SessionResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _stop_session.asyncio_detailed(
            project_id=project_id,
            session_id=session_id,
            client=self._client,
        )
        return cast("SessionResponse", _bind(response.parsed, self._client, project_id))

    async def regenerate_session_summary(
        self,
        project_id: str,
        session_id: str,
    ) -> None:
        """Ask for the AI summary of a session to be produced again

        `POST /api/projects/{project_id}/sessions/{session_id}/summary/regenerate`

        Args:
            project_id (str):
            session_id (str):

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
        response = await _regenerate_session_summary.asyncio_detailed(
            project_id=project_id,
            session_id=session_id,
            client=self._client,
        )
        return cast("None", response.parsed)


class SessionsApiDetailed:
    """Detailed responses (status, headers, parsed) for `sessions`."""

    __slots__ = ("_client",)

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    async def list_sessions(
        self,
        project_id: str,
    ) -> Response[list[SessionResponse]]:
        """List the sessions of a project

        `GET /api/projects/{project_id}/sessions`

        Args:
            project_id (str):

        Returns:
            Response[list[SessionResponse]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_sessions.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[list[SessionResponse]]", response)

    async def create_session(
        self,
        project_id: str,
        *,
        body: CreateSessionRequest,
    ) -> Response[SessionResponse]:
        """Create a transcription session for an ODIN room

        `POST /api/projects/{project_id}/sessions`

        Args:
            project_id (str):
            body (CreateSessionRequest): Payload for creating a session.

        Returns:
            Response[SessionResponse]: status, headers, content and the parsed body.

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
        response = await _create_session.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[SessionResponse]", response)

    async def get_session(
        self,
        project_id: str,
        session_id: str,
    ) -> Response[SessionResponse]:
        """Get one session

        `GET /api/projects/{project_id}/sessions/{session_id}`

        Args:
            project_id (str):
            session_id (str):

        Returns:
            Response[SessionResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_session.asyncio_detailed(
            project_id=project_id,
            session_id=session_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[SessionResponse]", response)

    async def delete_session(
        self,
        project_id: str,
        session_id: str,
    ) -> Response[None]:
        """Delete a session

        `DELETE /api/projects/{project_id}/sessions/{session_id}`

        Args:
            project_id (str):
            session_id (str):

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
        response = await _delete_session.asyncio_detailed(
            project_id=project_id,
            session_id=session_id,
            client=self._client,
        )
        return cast("Response[None]", response)

    async def start_session(
        self,
        project_id: str,
        session_id: str,
    ) -> Response[SessionResponse]:
        """Start the transcription bot for a session

        `POST /api/projects/{project_id}/sessions/{session_id}/start`

        Args:
            project_id (str):
            session_id (str):

        Returns:
            Response[SessionResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _start_session.asyncio_detailed(
            project_id=project_id,
            session_id=session_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[SessionResponse]", response)

    async def stop_session(
        self,
        project_id: str,
        session_id: str,
    ) -> Response[SessionResponse]:
        """Stop the transcription bot for a session

        `POST /api/projects/{project_id}/sessions/{session_id}/stop`

        Args:
            project_id (str):
            session_id (str):

        Returns:
            Response[SessionResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _stop_session.asyncio_detailed(
            project_id=project_id,
            session_id=session_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[SessionResponse]", response)

    async def regenerate_session_summary(
        self,
        project_id: str,
        session_id: str,
    ) -> Response[None]:
        """Ask for the AI summary of a session to be produced again

        `POST /api/projects/{project_id}/sessions/{session_id}/summary/regenerate`

        Args:
            project_id (str):
            session_id (str):

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
        response = await _regenerate_session_summary.asyncio_detailed(
            project_id=project_id,
            session_id=session_id,
            client=self._client,
        )
        return cast("Response[None]", response)


class ProjectSessionsApi:
    """Operations tagged `sessions`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
        "_detailed",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id
        self._detailed: ProjectSessionsApiDetailed | None = None

    @property
    def detailed(self) -> "ProjectSessionsApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = ProjectSessionsApiDetailed(self._client, self._project_id)
        return self._detailed

    @overload
    def watch(
        self, doc_id: None = None, *, idle_timeout: float | None = None
    ) -> "CollectionWatch[_watch_models.SessionResponse]": ...
    @overload
    def watch(
        self, doc_id: str, *, idle_timeout: float | None = None
    ) -> "DocumentWatch[_watch_models.SessionResponse]": ...
    def watch(
        self, doc_id: str | None = None, *, idle_timeout: float | None = None
    ) -> "CollectionWatch[_watch_models.SessionResponse] | DocumentWatch[_watch_models.SessionResponse]":
        """Live view of the project's `sessions` (or of one document by id), kept in sync.

        The first snapshot holds what `list_sessions` returns (one document: `get_session`);
        events `session.*` keep it current. `idle_timeout` (seconds, 0 = off) defaults
        to the client's. Use as `async with` / `async for`, or with `on_snapshot`.
        """
        return _open_watch(
            self._client,
            WATCHABLE["sessions"],
            self._project_id,
            doc_id=doc_id,
            idle_timeout=idle_timeout,
        )

    def watch_messages(
        self, session_id: str, *, idle_timeout: float | None = None
    ) -> "CollectionWatch[_watch_models.Message]":
        """Live view of the `messages` of one `sessions` document, kept in sync.

        The first snapshot holds what `list_session_messages` returns; events `message.*` keep it
        current. `idle_timeout` (seconds, 0 = off) defaults to the client's.
        """
        return _open_watch(
            self._client,
            WATCHABLE["messages"],
            self._project_id,
            parent_id=session_id,
            idle_timeout=idle_timeout,
        )

    async def list_sessions(
        self,
    ) -> list[SessionResponse]:
        """List the sessions of a project

        `GET /api/projects/{project_id}/sessions`

        Returns:
            list[SessionResponse]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_sessions.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        return cast("list[SessionResponse]", _bind(response.parsed, self._client, self._project_id))

    async def create_session(
        self,
        *,
        body: CreateSessionRequest,
    ) -> SessionResponse:
        """Create a transcription session for an ODIN room

        `POST /api/projects/{project_id}/sessions`

        Args:
            body (CreateSessionRequest): Payload for creating a session.

        Returns:
            SessionResponse

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
        response = await _create_session.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        return cast("SessionResponse", _bind(response.parsed, self._client, self._project_id))

    async def get_session(
        self,
        session_id: str,
    ) -> SessionResponse:
        """Get one session

        `GET /api/projects/{project_id}/sessions/{session_id}`

        Args:
            session_id (str):

        Returns:
            SessionResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_session.asyncio_detailed(
            project_id=self._project_id,
            session_id=session_id,
            client=self._client,
        )
        return cast("SessionResponse", _bind(response.parsed, self._client, self._project_id))

    async def delete_session(
        self,
        session_id: str,
    ) -> None:
        """Delete a session

        `DELETE /api/projects/{project_id}/sessions/{session_id}`

        Args:
            session_id (str):

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
        response = await _delete_session.asyncio_detailed(
            project_id=self._project_id,
            session_id=session_id,
            client=self._client,
        )
        return cast("None", response.parsed)

    async def start_session(
        self,
        session_id: str,
    ) -> SessionResponse:
        """Start the transcription bot for a session

        `POST /api/projects/{project_id}/sessions/{session_id}/start`

        Args:
            session_id (str):

        Returns:
            SessionResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _start_session.asyncio_detailed(
            project_id=self._project_id,
            session_id=session_id,
            client=self._client,
        )
        return cast("SessionResponse", _bind(response.parsed, self._client, self._project_id))

    async def stop_session(
        self,
        session_id: str,
    ) -> SessionResponse:
        """Stop the transcription bot for a session

        `POST /api/projects/{project_id}/sessions/{session_id}/stop`

        Args:
            session_id (str):

        Returns:
            SessionResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _stop_session.asyncio_detailed(
            project_id=self._project_id,
            session_id=session_id,
            client=self._client,
        )
        return cast("SessionResponse", _bind(response.parsed, self._client, self._project_id))

    async def regenerate_session_summary(
        self,
        session_id: str,
    ) -> None:
        """Ask for the AI summary of a session to be produced again

        `POST /api/projects/{project_id}/sessions/{session_id}/summary/regenerate`

        Args:
            session_id (str):

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
        response = await _regenerate_session_summary.asyncio_detailed(
            project_id=self._project_id,
            session_id=session_id,
            client=self._client,
        )
        return cast("None", response.parsed)


class ProjectSessionsApiDetailed:
    """Detailed responses (status, headers, parsed) for `sessions`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id

    async def list_sessions(
        self,
    ) -> Response[list[SessionResponse]]:
        """List the sessions of a project

        `GET /api/projects/{project_id}/sessions`

        Returns:
            Response[list[SessionResponse]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_sessions.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[list[SessionResponse]]", response)

    async def create_session(
        self,
        *,
        body: CreateSessionRequest,
    ) -> Response[SessionResponse]:
        """Create a transcription session for an ODIN room

        `POST /api/projects/{project_id}/sessions`

        Args:
            body (CreateSessionRequest): Payload for creating a session.

        Returns:
            Response[SessionResponse]: status, headers, content and the parsed body.

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
        response = await _create_session.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[SessionResponse]", response)

    async def get_session(
        self,
        session_id: str,
    ) -> Response[SessionResponse]:
        """Get one session

        `GET /api/projects/{project_id}/sessions/{session_id}`

        Args:
            session_id (str):

        Returns:
            Response[SessionResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_session.asyncio_detailed(
            project_id=self._project_id,
            session_id=session_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[SessionResponse]", response)

    async def delete_session(
        self,
        session_id: str,
    ) -> Response[None]:
        """Delete a session

        `DELETE /api/projects/{project_id}/sessions/{session_id}`

        Args:
            session_id (str):

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
        response = await _delete_session.asyncio_detailed(
            project_id=self._project_id,
            session_id=session_id,
            client=self._client,
        )
        return cast("Response[None]", response)

    async def start_session(
        self,
        session_id: str,
    ) -> Response[SessionResponse]:
        """Start the transcription bot for a session

        `POST /api/projects/{project_id}/sessions/{session_id}/start`

        Args:
            session_id (str):

        Returns:
            Response[SessionResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _start_session.asyncio_detailed(
            project_id=self._project_id,
            session_id=session_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[SessionResponse]", response)

    async def stop_session(
        self,
        session_id: str,
    ) -> Response[SessionResponse]:
        """Stop the transcription bot for a session

        `POST /api/projects/{project_id}/sessions/{session_id}/stop`

        Args:
            session_id (str):

        Returns:
            Response[SessionResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _stop_session.asyncio_detailed(
            project_id=self._project_id,
            session_id=session_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[SessionResponse]", response)

    async def regenerate_session_summary(
        self,
        session_id: str,
    ) -> Response[None]:
        """Ask for the AI summary of a session to be produced again

        `POST /api/projects/{project_id}/sessions/{session_id}/summary/regenerate`

        Args:
            session_id (str):

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
        response = await _regenerate_session_summary.asyncio_detailed(
            project_id=self._project_id,
            session_id=session_id,
            client=self._client,
        )
        return cast("Response[None]", response)


__all__ = [
    "SessionsApi",
    "SessionsApiDetailed",
    "ProjectSessionsApi",
    "ProjectSessionsApiDetailed",
]
