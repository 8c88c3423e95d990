"""Contains endpoint functions for accessing the API, and the client-bound classes over them"""

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, cast

from ...client import ApiClient
from ...models.access_key_response import AccessKeyResponse
from ...models.create_access_key_request import CreateAccessKeyRequest
from ...models.create_access_key_response import CreateAccessKeyResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, File, Response, Unset
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

        `POST /api/projects/{project_id}/voice/activate`; see `activate_voice.asyncio_detailed` for the arguments.
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

        `GET /api/projects/{project_id}/voice/access-keys`; see `list_voice_access_keys.asyncio_detailed` for the arguments.
        """
        response = await _list_voice_access_keys.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        return cast("list[AccessKeyResponse]", response.parsed)

    async def create_voice_access_key(
        self,
        project_id: str,
        *,
        body: CreateAccessKeyRequest,
    ) -> CreateAccessKeyResponse:
        """Create an ODIN Voice access key (secret shown once)

        `POST /api/projects/{project_id}/voice/access-keys`; see `create_voice_access_key.asyncio_detailed` for the arguments.
        """
        response = await _create_voice_access_key.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        return cast("CreateAccessKeyResponse", response.parsed)

    async def delete_voice_access_key(
        self,
        project_id: str,
        access_key_id: str,
    ) -> None:
        """Delete an ODIN Voice access key

        `DELETE /api/projects/{project_id}/voice/access-keys/{access_key_id}`; see `delete_voice_access_key.asyncio_detailed` for the arguments.
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

        `POST /api/projects/{project_id}/voice/activate`; see `activate_voice.asyncio_detailed` for the arguments.
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

        `GET /api/projects/{project_id}/voice/access-keys`; see `list_voice_access_keys.asyncio_detailed` for the arguments.
        """
        response = await _list_voice_access_keys.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        return cast("Response[list[AccessKeyResponse]]", response)

    async def create_voice_access_key(
        self,
        project_id: str,
        *,
        body: CreateAccessKeyRequest,
    ) -> Response[CreateAccessKeyResponse]:
        """Create an ODIN Voice access key (secret shown once)

        `POST /api/projects/{project_id}/voice/access-keys`; see `create_voice_access_key.asyncio_detailed` for the arguments.
        """
        response = await _create_voice_access_key.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        return cast("Response[CreateAccessKeyResponse]", response)

    async def delete_voice_access_key(
        self,
        project_id: str,
        access_key_id: str,
    ) -> Response[None]:
        """Delete an ODIN Voice access key

        `DELETE /api/projects/{project_id}/voice/access-keys/{access_key_id}`; see `delete_voice_access_key.asyncio_detailed` for the arguments.
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

        `POST /api/projects/{project_id}/voice/activate`; see `activate_voice.asyncio_detailed` for the arguments.
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

        `GET /api/projects/{project_id}/voice/access-keys`; see `list_voice_access_keys.asyncio_detailed` for the arguments.
        """
        response = await _list_voice_access_keys.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        return cast("list[AccessKeyResponse]", response.parsed)

    async def create_voice_access_key(
        self,
        *,
        body: CreateAccessKeyRequest,
    ) -> CreateAccessKeyResponse:
        """Create an ODIN Voice access key (secret shown once)

        `POST /api/projects/{project_id}/voice/access-keys`; see `create_voice_access_key.asyncio_detailed` for the arguments.
        """
        response = await _create_voice_access_key.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        return cast("CreateAccessKeyResponse", response.parsed)

    async def delete_voice_access_key(
        self,
        access_key_id: str,
    ) -> None:
        """Delete an ODIN Voice access key

        `DELETE /api/projects/{project_id}/voice/access-keys/{access_key_id}`; see `delete_voice_access_key.asyncio_detailed` for the arguments.
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

        `POST /api/projects/{project_id}/voice/activate`; see `activate_voice.asyncio_detailed` for the arguments.
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

        `GET /api/projects/{project_id}/voice/access-keys`; see `list_voice_access_keys.asyncio_detailed` for the arguments.
        """
        response = await _list_voice_access_keys.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        return cast("Response[list[AccessKeyResponse]]", response)

    async def create_voice_access_key(
        self,
        *,
        body: CreateAccessKeyRequest,
    ) -> Response[CreateAccessKeyResponse]:
        """Create an ODIN Voice access key (secret shown once)

        `POST /api/projects/{project_id}/voice/access-keys`; see `create_voice_access_key.asyncio_detailed` for the arguments.
        """
        response = await _create_voice_access_key.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        return cast("Response[CreateAccessKeyResponse]", response)

    async def delete_voice_access_key(
        self,
        access_key_id: str,
    ) -> Response[None]:
        """Delete an ODIN Voice access key

        `DELETE /api/projects/{project_id}/voice/access-keys/{access_key_id}`; see `delete_voice_access_key.asyncio_detailed` for the arguments.
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
