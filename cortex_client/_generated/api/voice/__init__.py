"""Contains endpoint functions for accessing the API, and the client-bound classes over them"""

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, cast

from ...client import ApiClient
from ...models.access_key_response import AccessKeyResponse
from ...models.create_access_key_request import CreateAccessKeyRequest
from ...models.create_access_key_response import CreateAccessKeyResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, File, Response, Unset
from .. import bind as _bind
from . import activate_voice as _activate_voice
from . import create_voice_access_key as _create_voice_access_key
from . import delete_voice_access_key as _delete_voice_access_key
from . import list_voice_access_keys as _list_voice_access_keys


class VoiceApi:
    """Operations tagged `voice`."""

    __slots__ = (
        "_client",
        "_detailed",
    )

    def __init__(self, client: ApiClient) -> None:
        self._client = client
        self._detailed: VoiceApiDetailed | None = None

    @property
    def detailed(self) -> "VoiceApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = VoiceApiDetailed(self._client)
        return self._detailed

    async def activate_voice(
        self,
        project_id: str,
    ) -> None:
        """Turn on ODIN Voice for the project

        `POST /api/projects/{project_id}/voice/activate`

        Args:
            project_id (str):

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
        response = await _activate_voice.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        return cast("None", response.parsed)

    async def list_voice_access_keys(
        self,
        project_id: str,
    ) -> list[AccessKeyResponse]:
        """List the project's ODIN Voice access keys (without secrets)

        `GET /api/projects/{project_id}/voice/access-keys`

        Args:
            project_id (str):

        Returns:
            list[AccessKeyResponse]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_voice_access_keys.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        return cast("list[AccessKeyResponse]", _bind(response.parsed, self._client, project_id))

    async def create_voice_access_key(
        self,
        project_id: str,
        *,
        body: CreateAccessKeyRequest,
    ) -> CreateAccessKeyResponse:
        """Create an ODIN Voice access key (secret shown once)

        `POST /api/projects/{project_id}/voice/access-keys`

        Args:
            project_id (str):
            body (CreateAccessKeyRequest): Payload for creating an ODIN Voice access key.

        Returns:
            CreateAccessKeyResponse

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
        response = await _create_voice_access_key.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        return cast("CreateAccessKeyResponse", _bind(response.parsed, self._client, project_id))

    async def delete_voice_access_key(
        self,
        project_id: str,
        access_key_id: str,
    ) -> None:
        """Delete an ODIN Voice access key

        `DELETE /api/projects/{project_id}/voice/access-keys/{access_key_id}`

        Args:
            project_id (str):
            access_key_id (str):

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
        response = await _delete_voice_access_key.asyncio_detailed(
            project_id=project_id,
            access_key_id=access_key_id,
            client=self._client,
        )
        return cast("None", response.parsed)


class VoiceApiDetailed:
    """Detailed responses (status, headers, parsed) for `voice`."""

    __slots__ = ("_client",)

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    async def activate_voice(
        self,
        project_id: str,
    ) -> Response[None]:
        """Turn on ODIN Voice for the project

        `POST /api/projects/{project_id}/voice/activate`

        Args:
            project_id (str):

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
        response = await _activate_voice.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        return cast("Response[None]", response)

    async def list_voice_access_keys(
        self,
        project_id: str,
    ) -> Response[list[AccessKeyResponse]]:
        """List the project's ODIN Voice access keys (without secrets)

        `GET /api/projects/{project_id}/voice/access-keys`

        Args:
            project_id (str):

        Returns:
            Response[list[AccessKeyResponse]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_voice_access_keys.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[list[AccessKeyResponse]]", response)

    async def create_voice_access_key(
        self,
        project_id: str,
        *,
        body: CreateAccessKeyRequest,
    ) -> Response[CreateAccessKeyResponse]:
        """Create an ODIN Voice access key (secret shown once)

        `POST /api/projects/{project_id}/voice/access-keys`

        Args:
            project_id (str):
            body (CreateAccessKeyRequest): Payload for creating an ODIN Voice access key.

        Returns:
            Response[CreateAccessKeyResponse]: status, headers, content and the parsed body.

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
        response = await _create_voice_access_key.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[CreateAccessKeyResponse]", response)

    async def delete_voice_access_key(
        self,
        project_id: str,
        access_key_id: str,
    ) -> Response[None]:
        """Delete an ODIN Voice access key

        `DELETE /api/projects/{project_id}/voice/access-keys/{access_key_id}`

        Args:
            project_id (str):
            access_key_id (str):

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
        response = await _delete_voice_access_key.asyncio_detailed(
            project_id=project_id,
            access_key_id=access_key_id,
            client=self._client,
        )
        return cast("Response[None]", response)


class ProjectVoiceApi:
    """Operations tagged `voice`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
        "_detailed",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id
        self._detailed: ProjectVoiceApiDetailed | None = None

    @property
    def detailed(self) -> "ProjectVoiceApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = ProjectVoiceApiDetailed(self._client, self._project_id)
        return self._detailed

    async def activate_voice(
        self,
    ) -> None:
        """Turn on ODIN Voice for the project

        `POST /api/projects/{project_id}/voice/activate`

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
        response = await _activate_voice.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        return cast("None", response.parsed)

    async def list_voice_access_keys(
        self,
    ) -> list[AccessKeyResponse]:
        """List the project's ODIN Voice access keys (without secrets)

        `GET /api/projects/{project_id}/voice/access-keys`

        Returns:
            list[AccessKeyResponse]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_voice_access_keys.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        return cast(
            "list[AccessKeyResponse]", _bind(response.parsed, self._client, self._project_id)
        )

    async def create_voice_access_key(
        self,
        *,
        body: CreateAccessKeyRequest,
    ) -> CreateAccessKeyResponse:
        """Create an ODIN Voice access key (secret shown once)

        `POST /api/projects/{project_id}/voice/access-keys`

        Args:
            body (CreateAccessKeyRequest): Payload for creating an ODIN Voice access key.

        Returns:
            CreateAccessKeyResponse

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
        response = await _create_voice_access_key.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        return cast(
            "CreateAccessKeyResponse", _bind(response.parsed, self._client, self._project_id)
        )

    async def delete_voice_access_key(
        self,
        access_key_id: str,
    ) -> None:
        """Delete an ODIN Voice access key

        `DELETE /api/projects/{project_id}/voice/access-keys/{access_key_id}`

        Args:
            access_key_id (str):

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
        response = await _delete_voice_access_key.asyncio_detailed(
            project_id=self._project_id,
            access_key_id=access_key_id,
            client=self._client,
        )
        return cast("None", response.parsed)


class ProjectVoiceApiDetailed:
    """Detailed responses (status, headers, parsed) for `voice`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id

    async def activate_voice(
        self,
    ) -> Response[None]:
        """Turn on ODIN Voice for the project

        `POST /api/projects/{project_id}/voice/activate`

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
        response = await _activate_voice.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        return cast("Response[None]", response)

    async def list_voice_access_keys(
        self,
    ) -> Response[list[AccessKeyResponse]]:
        """List the project's ODIN Voice access keys (without secrets)

        `GET /api/projects/{project_id}/voice/access-keys`

        Returns:
            Response[list[AccessKeyResponse]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_voice_access_keys.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[list[AccessKeyResponse]]", response)

    async def create_voice_access_key(
        self,
        *,
        body: CreateAccessKeyRequest,
    ) -> Response[CreateAccessKeyResponse]:
        """Create an ODIN Voice access key (secret shown once)

        `POST /api/projects/{project_id}/voice/access-keys`

        Args:
            body (CreateAccessKeyRequest): Payload for creating an ODIN Voice access key.

        Returns:
            Response[CreateAccessKeyResponse]: status, headers, content and the parsed body.

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
        response = await _create_voice_access_key.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[CreateAccessKeyResponse]", response)

    async def delete_voice_access_key(
        self,
        access_key_id: str,
    ) -> Response[None]:
        """Delete an ODIN Voice access key

        `DELETE /api/projects/{project_id}/voice/access-keys/{access_key_id}`

        Args:
            access_key_id (str):

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
        response = await _delete_voice_access_key.asyncio_detailed(
            project_id=self._project_id,
            access_key_id=access_key_id,
            client=self._client,
        )
        return cast("Response[None]", response)


__all__ = [
    "VoiceApi",
    "VoiceApiDetailed",
    "ProjectVoiceApi",
    "ProjectVoiceApiDetailed",
]
