"""Contains endpoint functions for accessing the API, and the client-bound classes over them"""

from collections.abc import AsyncIterator
from io import BytesIO
from typing import TYPE_CHECKING, Any, cast

from ...client import ApiClient
from ...models.error_response import ErrorResponse
from ...models.message import Message
from ...types import UNSET, File, FileTypes, Response, Unset
from .. import bind as _bind
from . import get_message_debug_audio as _get_message_debug_audio
from . import list_session_messages as _list_session_messages


class MessagesApi:
    """Operations tagged `messages`."""

    __slots__ = (
        "_client",
        "_detailed",
    )

    def __init__(self, client: ApiClient) -> None:
        self._client = client
        self._detailed: MessagesApiDetailed | None = None

    @property
    def detailed(self) -> "MessagesApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = MessagesApiDetailed(self._client)
        return self._detailed

    async def list_session_messages(
        self,
        project_id: str,
        session_id: str,
    ) -> list[Message]:
        """List the transcript messages of a session

        `GET /api/projects/{project_id}/sessions/{session_id}/messages`

        Args:
            project_id (str):
            session_id (str):

        Returns:
            list[Message]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_session_messages.asyncio_detailed(
            project_id=project_id,
            session_id=session_id,
            client=self._client,
        )
        return cast("list[Message]", _bind(response.parsed, self._client, project_id))

    async def get_message_debug_audio(
        self,
        project_id: str,
        session_id: str,
        message_id: str,
    ) -> File:
        """Download the debug audio (WAV) recorded for one message

        `GET /api/projects/{project_id}/sessions/{session_id}/messages/{message_id}/debug-audio`

        Args:
            project_id (str):
            session_id (str):
            message_id (str):

        Returns:
            File

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_message_debug_audio.asyncio_detailed(
            project_id=project_id,
            session_id=session_id,
            message_id=message_id,
            client=self._client,
        )
        return cast("File", _bind(response.parsed, self._client, project_id))


class MessagesApiDetailed:
    """Detailed responses (status, headers, parsed) for `messages`."""

    __slots__ = ("_client",)

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    async def list_session_messages(
        self,
        project_id: str,
        session_id: str,
    ) -> Response[list[Message]]:
        """List the transcript messages of a session

        `GET /api/projects/{project_id}/sessions/{session_id}/messages`

        Args:
            project_id (str):
            session_id (str):

        Returns:
            Response[list[Message]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_session_messages.asyncio_detailed(
            project_id=project_id,
            session_id=session_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[list[Message]]", response)

    async def get_message_debug_audio(
        self,
        project_id: str,
        session_id: str,
        message_id: str,
    ) -> Response[File]:
        """Download the debug audio (WAV) recorded for one message

        `GET /api/projects/{project_id}/sessions/{session_id}/messages/{message_id}/debug-audio`

        Args:
            project_id (str):
            session_id (str):
            message_id (str):

        Returns:
            Response[File]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_message_debug_audio.asyncio_detailed(
            project_id=project_id,
            session_id=session_id,
            message_id=message_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[File]", response)


class ProjectMessagesApi:
    """Operations tagged `messages`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
        "_detailed",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id
        self._detailed: ProjectMessagesApiDetailed | None = None

    @property
    def detailed(self) -> "ProjectMessagesApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = ProjectMessagesApiDetailed(self._client, self._project_id)
        return self._detailed

    async def list_session_messages(
        self,
        session_id: str,
    ) -> list[Message]:
        """List the transcript messages of a session

        `GET /api/projects/{project_id}/sessions/{session_id}/messages`

        Args:
            session_id (str):

        Returns:
            list[Message]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_session_messages.asyncio_detailed(
            project_id=self._project_id,
            session_id=session_id,
            client=self._client,
        )
        return cast("list[Message]", _bind(response.parsed, self._client, self._project_id))

    async def get_message_debug_audio(
        self,
        session_id: str,
        message_id: str,
    ) -> File:
        """Download the debug audio (WAV) recorded for one message

        `GET /api/projects/{project_id}/sessions/{session_id}/messages/{message_id}/debug-audio`

        Args:
            session_id (str):
            message_id (str):

        Returns:
            File

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_message_debug_audio.asyncio_detailed(
            project_id=self._project_id,
            session_id=session_id,
            message_id=message_id,
            client=self._client,
        )
        return cast("File", _bind(response.parsed, self._client, self._project_id))


class ProjectMessagesApiDetailed:
    """Detailed responses (status, headers, parsed) for `messages`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id

    async def list_session_messages(
        self,
        session_id: str,
    ) -> Response[list[Message]]:
        """List the transcript messages of a session

        `GET /api/projects/{project_id}/sessions/{session_id}/messages`

        Args:
            session_id (str):

        Returns:
            Response[list[Message]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_session_messages.asyncio_detailed(
            project_id=self._project_id,
            session_id=session_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[list[Message]]", response)

    async def get_message_debug_audio(
        self,
        session_id: str,
        message_id: str,
    ) -> Response[File]:
        """Download the debug audio (WAV) recorded for one message

        `GET /api/projects/{project_id}/sessions/{session_id}/messages/{message_id}/debug-audio`

        Args:
            session_id (str):
            message_id (str):

        Returns:
            Response[File]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_message_debug_audio.asyncio_detailed(
            project_id=self._project_id,
            session_id=session_id,
            message_id=message_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[File]", response)


__all__ = [
    "MessagesApi",
    "MessagesApiDetailed",
    "ProjectMessagesApi",
    "ProjectMessagesApiDetailed",
]
