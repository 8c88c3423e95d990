"""Contains endpoint functions for accessing the API, and the client-bound classes over them"""

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, cast

from ...client import ApiClient
from ...models.create_plugin_instance_request import CreatePluginInstanceRequest
from ...models.error_response import ErrorResponse
from ...models.plugin_instance_response import PluginInstanceResponse
from ...models.update_plugin_instance_request import UpdatePluginInstanceRequest
from ...types import UNSET, File, Response, Unset
from .. import bind as _bind
from . import get_plugin_instance as _get_plugin_instance
from . import install_plugin as _install_plugin
from . import list_plugin_instances as _list_plugin_instances
from . import uninstall_plugin as _uninstall_plugin
from . import update_plugin_instance as _update_plugin_instance


class PluginInstancesApi:
    """Operations tagged `plugin_instances`."""

    __slots__ = (
        "_client",
        "_detailed",
    )

    def __init__(self, client: ApiClient) -> None:
        self._client = client
        self._detailed: PluginInstancesApiDetailed | None = None

    @property
    def detailed(self) -> "PluginInstancesApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = PluginInstancesApiDetailed(self._client)
        return self._detailed

    async def list_plugin_instances(
        self,
        project_id: str,
    ) -> list[PluginInstanceResponse]:
        """List plugins activated for a project

        `GET /api/projects/{project_id}/plugins`

        Args:
            project_id (str):

        Returns:
            list[PluginInstanceResponse]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_plugin_instances.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        return cast(
            "list[PluginInstanceResponse]", _bind(response.parsed, self._client, project_id)
        )

    async def install_plugin(
        self,
        project_id: str,
        *,
        body: CreatePluginInstanceRequest,
    ) -> PluginInstanceResponse:
        """Activate (install) a catalog plugin for a project with settings

        `POST /api/projects/{project_id}/plugins`

        Args:
            project_id (str):
            body (CreatePluginInstanceRequest): Activate a catalog plugin for the project.

        Returns:
            PluginInstanceResponse

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
        response = await _install_plugin.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        return cast("PluginInstanceResponse", _bind(response.parsed, self._client, project_id))

    async def get_plugin_instance(
        self,
        project_id: str,
        instance_id: str,
    ) -> PluginInstanceResponse:
        """Get one plugin activation

        `GET /api/projects/{project_id}/plugins/{instance_id}`

        Args:
            project_id (str):
            instance_id (str):

        Returns:
            PluginInstanceResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_plugin_instance.asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=self._client,
        )
        return cast("PluginInstanceResponse", _bind(response.parsed, self._client, project_id))

    async def uninstall_plugin(
        self,
        project_id: str,
        instance_id: str,
    ) -> None:
        """Remove a plugin activation from a project

        `DELETE /api/projects/{project_id}/plugins/{instance_id}`

        Args:
            project_id (str):
            instance_id (str):

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
        response = await _uninstall_plugin.asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=self._client,
        )
        return cast("None", response.parsed)

    async def update_plugin_instance(
        self,
        project_id: str,
        instance_id: str,
        *,
        body: UpdatePluginInstanceRequest,
    ) -> PluginInstanceResponse:
        """Configure, enable or disable a plugin activation

        `PATCH /api/projects/{project_id}/plugins/{instance_id}`

        Args:
            project_id (str):
            instance_id (str):
            body (UpdatePluginInstanceRequest): Change configuration or on/off state of a plugin
                activation.

        Returns:
            PluginInstanceResponse

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
        response = await _update_plugin_instance.asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            body=body,
            client=self._client,
        )
        return cast("PluginInstanceResponse", _bind(response.parsed, self._client, project_id))


class PluginInstancesApiDetailed:
    """Detailed responses (status, headers, parsed) for `plugin_instances`."""

    __slots__ = ("_client",)

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    async def list_plugin_instances(
        self,
        project_id: str,
    ) -> Response[list[PluginInstanceResponse]]:
        """List plugins activated for a project

        `GET /api/projects/{project_id}/plugins`

        Args:
            project_id (str):

        Returns:
            Response[list[PluginInstanceResponse]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_plugin_instances.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[list[PluginInstanceResponse]]", response)

    async def install_plugin(
        self,
        project_id: str,
        *,
        body: CreatePluginInstanceRequest,
    ) -> Response[PluginInstanceResponse]:
        """Activate (install) a catalog plugin for a project with settings

        `POST /api/projects/{project_id}/plugins`

        Args:
            project_id (str):
            body (CreatePluginInstanceRequest): Activate a catalog plugin for the project.

        Returns:
            Response[PluginInstanceResponse]: status, headers, content and the parsed body.

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
        response = await _install_plugin.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[PluginInstanceResponse]", response)

    async def get_plugin_instance(
        self,
        project_id: str,
        instance_id: str,
    ) -> Response[PluginInstanceResponse]:
        """Get one plugin activation

        `GET /api/projects/{project_id}/plugins/{instance_id}`

        Args:
            project_id (str):
            instance_id (str):

        Returns:
            Response[PluginInstanceResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_plugin_instance.asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[PluginInstanceResponse]", response)

    async def uninstall_plugin(
        self,
        project_id: str,
        instance_id: str,
    ) -> Response[None]:
        """Remove a plugin activation from a project

        `DELETE /api/projects/{project_id}/plugins/{instance_id}`

        Args:
            project_id (str):
            instance_id (str):

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
        response = await _uninstall_plugin.asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=self._client,
        )
        return cast("Response[None]", response)

    async def update_plugin_instance(
        self,
        project_id: str,
        instance_id: str,
        *,
        body: UpdatePluginInstanceRequest,
    ) -> Response[PluginInstanceResponse]:
        """Configure, enable or disable a plugin activation

        `PATCH /api/projects/{project_id}/plugins/{instance_id}`

        Args:
            project_id (str):
            instance_id (str):
            body (UpdatePluginInstanceRequest): Change configuration or on/off state of a plugin
                activation.

        Returns:
            Response[PluginInstanceResponse]: status, headers, content and the parsed body.

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
        response = await _update_plugin_instance.asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[PluginInstanceResponse]", response)


class ProjectPluginInstancesApi:
    """Operations tagged `plugin_instances`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
        "_detailed",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id
        self._detailed: ProjectPluginInstancesApiDetailed | None = None

    @property
    def detailed(self) -> "ProjectPluginInstancesApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = ProjectPluginInstancesApiDetailed(self._client, self._project_id)
        return self._detailed

    async def list_plugin_instances(
        self,
    ) -> list[PluginInstanceResponse]:
        """List plugins activated for a project

        `GET /api/projects/{project_id}/plugins`

        Returns:
            list[PluginInstanceResponse]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_plugin_instances.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        return cast(
            "list[PluginInstanceResponse]", _bind(response.parsed, self._client, self._project_id)
        )

    async def install_plugin(
        self,
        *,
        body: CreatePluginInstanceRequest,
    ) -> PluginInstanceResponse:
        """Activate (install) a catalog plugin for a project with settings

        `POST /api/projects/{project_id}/plugins`

        Args:
            body (CreatePluginInstanceRequest): Activate a catalog plugin for the project.

        Returns:
            PluginInstanceResponse

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
        response = await _install_plugin.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        return cast(
            "PluginInstanceResponse", _bind(response.parsed, self._client, self._project_id)
        )

    async def get_plugin_instance(
        self,
        instance_id: str,
    ) -> PluginInstanceResponse:
        """Get one plugin activation

        `GET /api/projects/{project_id}/plugins/{instance_id}`

        Args:
            instance_id (str):

        Returns:
            PluginInstanceResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_plugin_instance.asyncio_detailed(
            project_id=self._project_id,
            instance_id=instance_id,
            client=self._client,
        )
        return cast(
            "PluginInstanceResponse", _bind(response.parsed, self._client, self._project_id)
        )

    async def uninstall_plugin(
        self,
        instance_id: str,
    ) -> None:
        """Remove a plugin activation from a project

        `DELETE /api/projects/{project_id}/plugins/{instance_id}`

        Args:
            instance_id (str):

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
        response = await _uninstall_plugin.asyncio_detailed(
            project_id=self._project_id,
            instance_id=instance_id,
            client=self._client,
        )
        return cast("None", response.parsed)

    async def update_plugin_instance(
        self,
        instance_id: str,
        *,
        body: UpdatePluginInstanceRequest,
    ) -> PluginInstanceResponse:
        """Configure, enable or disable a plugin activation

        `PATCH /api/projects/{project_id}/plugins/{instance_id}`

        Args:
            instance_id (str):
            body (UpdatePluginInstanceRequest): Change configuration or on/off state of a plugin
                activation.

        Returns:
            PluginInstanceResponse

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
        response = await _update_plugin_instance.asyncio_detailed(
            project_id=self._project_id,
            instance_id=instance_id,
            body=body,
            client=self._client,
        )
        return cast(
            "PluginInstanceResponse", _bind(response.parsed, self._client, self._project_id)
        )


class ProjectPluginInstancesApiDetailed:
    """Detailed responses (status, headers, parsed) for `plugin_instances`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id

    async def list_plugin_instances(
        self,
    ) -> Response[list[PluginInstanceResponse]]:
        """List plugins activated for a project

        `GET /api/projects/{project_id}/plugins`

        Returns:
            Response[list[PluginInstanceResponse]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_plugin_instances.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[list[PluginInstanceResponse]]", response)

    async def install_plugin(
        self,
        *,
        body: CreatePluginInstanceRequest,
    ) -> Response[PluginInstanceResponse]:
        """Activate (install) a catalog plugin for a project with settings

        `POST /api/projects/{project_id}/plugins`

        Args:
            body (CreatePluginInstanceRequest): Activate a catalog plugin for the project.

        Returns:
            Response[PluginInstanceResponse]: status, headers, content and the parsed body.

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
        response = await _install_plugin.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[PluginInstanceResponse]", response)

    async def get_plugin_instance(
        self,
        instance_id: str,
    ) -> Response[PluginInstanceResponse]:
        """Get one plugin activation

        `GET /api/projects/{project_id}/plugins/{instance_id}`

        Args:
            instance_id (str):

        Returns:
            Response[PluginInstanceResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_plugin_instance.asyncio_detailed(
            project_id=self._project_id,
            instance_id=instance_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[PluginInstanceResponse]", response)

    async def uninstall_plugin(
        self,
        instance_id: str,
    ) -> Response[None]:
        """Remove a plugin activation from a project

        `DELETE /api/projects/{project_id}/plugins/{instance_id}`

        Args:
            instance_id (str):

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
        response = await _uninstall_plugin.asyncio_detailed(
            project_id=self._project_id,
            instance_id=instance_id,
            client=self._client,
        )
        return cast("Response[None]", response)

    async def update_plugin_instance(
        self,
        instance_id: str,
        *,
        body: UpdatePluginInstanceRequest,
    ) -> Response[PluginInstanceResponse]:
        """Configure, enable or disable a plugin activation

        `PATCH /api/projects/{project_id}/plugins/{instance_id}`

        Args:
            instance_id (str):
            body (UpdatePluginInstanceRequest): Change configuration or on/off state of a plugin
                activation.

        Returns:
            Response[PluginInstanceResponse]: status, headers, content and the parsed body.

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
        response = await _update_plugin_instance.asyncio_detailed(
            project_id=self._project_id,
            instance_id=instance_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[PluginInstanceResponse]", response)


__all__ = [
    "PluginInstancesApi",
    "PluginInstancesApiDetailed",
    "ProjectPluginInstancesApi",
    "ProjectPluginInstancesApiDetailed",
]
