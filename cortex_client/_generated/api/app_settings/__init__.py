"""Contains endpoint functions for accessing the API, and the client-bound classes over them"""

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, cast

from ...client import ApiClient
from ...models.app_settings_response import AppSettingsResponse
from ...models.error_response import ErrorResponse
from ...models.update_app_settings_request import UpdateAppSettingsRequest
from ...types import UNSET, File, Response, Unset
from .. import bind as _bind
from . import delete_app_settings as _delete_app_settings
from . import get_app_settings as _get_app_settings
from . import update_app_settings as _update_app_settings


class AppSettingsApi:
    """Operations tagged `app_settings`."""

    __slots__ = (
        "_client",
        "_detailed",
    )

    def __init__(self, client: ApiClient) -> None:
        self._client = client
        self._detailed: AppSettingsApiDetailed | None = None

    @property
    def detailed(self) -> "AppSettingsApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = AppSettingsApiDetailed(self._client)
        return self._detailed

    async def get_app_settings(
        self,
        project_id: str,
    ) -> AppSettingsResponse:
        """Get the project's Cortex settings

        `GET /api/projects/{project_id}/settings`

        Args:
            project_id (str):

        Returns:
            AppSettingsResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_app_settings.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        return cast("AppSettingsResponse", _bind(response.parsed, self._client, project_id))

    async def update_app_settings(
        self,
        project_id: str,
        *,
        body: UpdateAppSettingsRequest,
    ) -> AppSettingsResponse:
        """Create or update the project's Cortex settings

        `PUT /api/projects/{project_id}/settings`

        Args:
            project_id (str):
            body (UpdateAppSettingsRequest): Writable project settings (all optional).

        Returns:
            AppSettingsResponse

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
        response = await _update_app_settings.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        return cast("AppSettingsResponse", _bind(response.parsed, self._client, project_id))

    async def delete_app_settings(
        self,
        project_id: str,
    ) -> None:
        """Delete the project's Cortex settings

        `DELETE /api/projects/{project_id}/settings`

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
        response = await _delete_app_settings.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        return cast("None", response.parsed)


class AppSettingsApiDetailed:
    """Detailed responses (status, headers, parsed) for `app_settings`."""

    __slots__ = ("_client",)

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    async def get_app_settings(
        self,
        project_id: str,
    ) -> Response[AppSettingsResponse]:
        """Get the project's Cortex settings

        `GET /api/projects/{project_id}/settings`

        Args:
            project_id (str):

        Returns:
            Response[AppSettingsResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_app_settings.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[AppSettingsResponse]", response)

    async def update_app_settings(
        self,
        project_id: str,
        *,
        body: UpdateAppSettingsRequest,
    ) -> Response[AppSettingsResponse]:
        """Create or update the project's Cortex settings

        `PUT /api/projects/{project_id}/settings`

        Args:
            project_id (str):
            body (UpdateAppSettingsRequest): Writable project settings (all optional).

        Returns:
            Response[AppSettingsResponse]: status, headers, content and the parsed body.

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
        response = await _update_app_settings.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[AppSettingsResponse]", response)

    async def delete_app_settings(
        self,
        project_id: str,
    ) -> Response[None]:
        """Delete the project's Cortex settings

        `DELETE /api/projects/{project_id}/settings`

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
        response = await _delete_app_settings.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        return cast("Response[None]", response)


class ProjectAppSettingsApi:
    """Operations tagged `app_settings`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
        "_detailed",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id
        self._detailed: ProjectAppSettingsApiDetailed | None = None

    @property
    def detailed(self) -> "ProjectAppSettingsApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = ProjectAppSettingsApiDetailed(self._client, self._project_id)
        return self._detailed

    async def get_app_settings(
        self,
    ) -> AppSettingsResponse:
        """Get the project's Cortex settings

        `GET /api/projects/{project_id}/settings`

        Returns:
            AppSettingsResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_app_settings.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        return cast("AppSettingsResponse", _bind(response.parsed, self._client, self._project_id))

    async def update_app_settings(
        self,
        *,
        body: UpdateAppSettingsRequest,
    ) -> AppSettingsResponse:
        """Create or update the project's Cortex settings

        `PUT /api/projects/{project_id}/settings`

        Args:
            body (UpdateAppSettingsRequest): Writable project settings (all optional).

        Returns:
            AppSettingsResponse

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
        response = await _update_app_settings.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        return cast("AppSettingsResponse", _bind(response.parsed, self._client, self._project_id))

    async def delete_app_settings(
        self,
    ) -> None:
        """Delete the project's Cortex settings

        `DELETE /api/projects/{project_id}/settings`

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
        response = await _delete_app_settings.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        return cast("None", response.parsed)


class ProjectAppSettingsApiDetailed:
    """Detailed responses (status, headers, parsed) for `app_settings`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id

    async def get_app_settings(
        self,
    ) -> Response[AppSettingsResponse]:
        """Get the project's Cortex settings

        `GET /api/projects/{project_id}/settings`

        Returns:
            Response[AppSettingsResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_app_settings.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[AppSettingsResponse]", response)

    async def update_app_settings(
        self,
        *,
        body: UpdateAppSettingsRequest,
    ) -> Response[AppSettingsResponse]:
        """Create or update the project's Cortex settings

        `PUT /api/projects/{project_id}/settings`

        Args:
            body (UpdateAppSettingsRequest): Writable project settings (all optional).

        Returns:
            Response[AppSettingsResponse]: status, headers, content and the parsed body.

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
        response = await _update_app_settings.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[AppSettingsResponse]", response)

    async def delete_app_settings(
        self,
    ) -> Response[None]:
        """Delete the project's Cortex settings

        `DELETE /api/projects/{project_id}/settings`

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
        response = await _delete_app_settings.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        return cast("Response[None]", response)


__all__ = [
    "AppSettingsApi",
    "AppSettingsApiDetailed",
    "ProjectAppSettingsApi",
    "ProjectAppSettingsApiDetailed",
]
