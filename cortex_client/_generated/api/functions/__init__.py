"""Contains endpoint functions for accessing the API, and the client-bound classes over them"""

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, cast

from ...client import ApiClient
from ...models.create_function_request import CreateFunctionRequest
from ...models.error_response import ErrorResponse
from ...models.function_response import FunctionResponse
from ...models.function_settings_response import FunctionSettingsResponse
from ...models.function_version_response import FunctionVersionResponse
from ...models.update_function_request import UpdateFunctionRequest
from ...models.update_function_settings_request import UpdateFunctionSettingsRequest
from ...types import UNSET, File, Response, Unset
from .. import bind as _bind
from . import create_function as _create_function
from . import delete_function as _delete_function
from . import get_function as _get_function
from . import get_function_settings as _get_function_settings
from . import list_function_versions as _list_function_versions
from . import list_functions as _list_functions
from . import publish_function as _publish_function
from . import update_function as _update_function
from . import update_function_settings as _update_function_settings


class FunctionsApi:
    """Operations tagged `functions`."""

    __slots__ = (
        "_client",
        "_detailed",
    )

    def __init__(self, client: ApiClient) -> None:
        self._client = client
        self._detailed: FunctionsApiDetailed | None = None

    @property
    def detailed(self) -> "FunctionsApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = FunctionsApiDetailed(self._client)
        return self._detailed

    async def list_functions(
        self,
        project_id: str,
    ) -> list[FunctionResponse]:
        """List serverless functions of a project

        `GET /api/projects/{project_id}/functions`

        Args:
            project_id (str):

        Returns:
            list[FunctionResponse]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_functions.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        return cast("list[FunctionResponse]", _bind(response.parsed, self._client, project_id))

    async def create_function(
        self,
        project_id: str,
        *,
        body: CreateFunctionRequest,
    ) -> FunctionResponse:
        """Create a serverless function

        `POST /api/projects/{project_id}/functions`

        Args:
            project_id (str):
            body (CreateFunctionRequest): Create a function.

        Returns:
            FunctionResponse

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
        response = await _create_function.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        return cast("FunctionResponse", _bind(response.parsed, self._client, project_id))

    async def get_function_settings(
        self,
        project_id: str,
    ) -> FunctionSettingsResponse:
        """Read project-wide function settings (npm dependencies, environment variables)

        `GET /api/projects/{project_id}/functions/settings`

        Args:
            project_id (str):

        Returns:
            FunctionSettingsResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_function_settings.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        return cast("FunctionSettingsResponse", _bind(response.parsed, self._client, project_id))

    async def update_function_settings(
        self,
        project_id: str,
        *,
        body: UpdateFunctionSettingsRequest,
    ) -> FunctionSettingsResponse:
        """Replace project-wide function settings

        `PUT /api/projects/{project_id}/functions/settings`

        Args:
            project_id (str):
            body (UpdateFunctionSettingsRequest): New project-wide function settings.

        Returns:
            FunctionSettingsResponse

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
        response = await _update_function_settings.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        return cast("FunctionSettingsResponse", _bind(response.parsed, self._client, project_id))

    async def get_function(
        self,
        project_id: str,
        function_id: str,
    ) -> FunctionResponse:
        """Get one serverless function

        `GET /api/projects/{project_id}/functions/{function_id}`

        Args:
            project_id (str):
            function_id (str):

        Returns:
            FunctionResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_function.asyncio_detailed(
            project_id=project_id,
            function_id=function_id,
            client=self._client,
        )
        return cast("FunctionResponse", _bind(response.parsed, self._client, project_id))

    async def delete_function(
        self,
        project_id: str,
        function_id: str,
    ) -> None:
        """Delete a serverless function

        `DELETE /api/projects/{project_id}/functions/{function_id}`

        Args:
            project_id (str):
            function_id (str):

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
        response = await _delete_function.asyncio_detailed(
            project_id=project_id,
            function_id=function_id,
            client=self._client,
        )
        return cast("None", response.parsed)

    async def update_function(
        self,
        project_id: str,
        function_id: str,
        *,
        body: UpdateFunctionRequest,
    ) -> FunctionResponse:
        """Update a function's draft code or name

        `PATCH /api/projects/{project_id}/functions/{function_id}`

        Args:
            project_id (str):
            function_id (str):
            body (UpdateFunctionRequest): Change a function's name or draft source.

        Returns:
            FunctionResponse

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
        response = await _update_function.asyncio_detailed(
            project_id=project_id,
            function_id=function_id,
            body=body,
            client=self._client,
        )
        return cast("FunctionResponse", _bind(response.parsed, self._client, project_id))

    async def publish_function(
        self,
        project_id: str,
        function_id: str,
    ) -> FunctionVersionResponse:
        """Publish a function: transpile, snapshot as a version and deploy to ODIN Fleet

        `POST /api/projects/{project_id}/functions/{function_id}/publish`

        Args:
            project_id (str):
            function_id (str):

        Returns:
            FunctionVersionResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _publish_function.asyncio_detailed(
            project_id=project_id,
            function_id=function_id,
            client=self._client,
        )
        return cast("FunctionVersionResponse", _bind(response.parsed, self._client, project_id))

    async def list_function_versions(
        self,
        project_id: str,
        function_id: str,
    ) -> list[FunctionVersionResponse]:
        """List published versions (snapshots) of a function

        `GET /api/projects/{project_id}/functions/{function_id}/versions`

        Args:
            project_id (str):
            function_id (str):

        Returns:
            list[FunctionVersionResponse]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_function_versions.asyncio_detailed(
            project_id=project_id,
            function_id=function_id,
            client=self._client,
        )
        return cast(
            "list[FunctionVersionResponse]", _bind(response.parsed, self._client, project_id)
        )


class FunctionsApiDetailed:
    """Detailed responses (status, headers, parsed) for `functions`."""

    __slots__ = ("_client",)

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    async def list_functions(
        self,
        project_id: str,
    ) -> Response[list[FunctionResponse]]:
        """List serverless functions of a project

        `GET /api/projects/{project_id}/functions`

        Args:
            project_id (str):

        Returns:
            Response[list[FunctionResponse]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_functions.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[list[FunctionResponse]]", response)

    async def create_function(
        self,
        project_id: str,
        *,
        body: CreateFunctionRequest,
    ) -> Response[FunctionResponse]:
        """Create a serverless function

        `POST /api/projects/{project_id}/functions`

        Args:
            project_id (str):
            body (CreateFunctionRequest): Create a function.

        Returns:
            Response[FunctionResponse]: status, headers, content and the parsed body.

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
        response = await _create_function.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[FunctionResponse]", response)

    async def get_function_settings(
        self,
        project_id: str,
    ) -> Response[FunctionSettingsResponse]:
        """Read project-wide function settings (npm dependencies, environment variables)

        `GET /api/projects/{project_id}/functions/settings`

        Args:
            project_id (str):

        Returns:
            Response[FunctionSettingsResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_function_settings.asyncio_detailed(
            project_id=project_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[FunctionSettingsResponse]", response)

    async def update_function_settings(
        self,
        project_id: str,
        *,
        body: UpdateFunctionSettingsRequest,
    ) -> Response[FunctionSettingsResponse]:
        """Replace project-wide function settings

        `PUT /api/projects/{project_id}/functions/settings`

        Args:
            project_id (str):
            body (UpdateFunctionSettingsRequest): New project-wide function settings.

        Returns:
            Response[FunctionSettingsResponse]: status, headers, content and the parsed body.

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
        response = await _update_function_settings.asyncio_detailed(
            project_id=project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[FunctionSettingsResponse]", response)

    async def get_function(
        self,
        project_id: str,
        function_id: str,
    ) -> Response[FunctionResponse]:
        """Get one serverless function

        `GET /api/projects/{project_id}/functions/{function_id}`

        Args:
            project_id (str):
            function_id (str):

        Returns:
            Response[FunctionResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_function.asyncio_detailed(
            project_id=project_id,
            function_id=function_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[FunctionResponse]", response)

    async def delete_function(
        self,
        project_id: str,
        function_id: str,
    ) -> Response[None]:
        """Delete a serverless function

        `DELETE /api/projects/{project_id}/functions/{function_id}`

        Args:
            project_id (str):
            function_id (str):

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
        response = await _delete_function.asyncio_detailed(
            project_id=project_id,
            function_id=function_id,
            client=self._client,
        )
        return cast("Response[None]", response)

    async def update_function(
        self,
        project_id: str,
        function_id: str,
        *,
        body: UpdateFunctionRequest,
    ) -> Response[FunctionResponse]:
        """Update a function's draft code or name

        `PATCH /api/projects/{project_id}/functions/{function_id}`

        Args:
            project_id (str):
            function_id (str):
            body (UpdateFunctionRequest): Change a function's name or draft source.

        Returns:
            Response[FunctionResponse]: status, headers, content and the parsed body.

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
        response = await _update_function.asyncio_detailed(
            project_id=project_id,
            function_id=function_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[FunctionResponse]", response)

    async def publish_function(
        self,
        project_id: str,
        function_id: str,
    ) -> Response[FunctionVersionResponse]:
        """Publish a function: transpile, snapshot as a version and deploy to ODIN Fleet

        `POST /api/projects/{project_id}/functions/{function_id}/publish`

        Args:
            project_id (str):
            function_id (str):

        Returns:
            Response[FunctionVersionResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _publish_function.asyncio_detailed(
            project_id=project_id,
            function_id=function_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[FunctionVersionResponse]", response)

    async def list_function_versions(
        self,
        project_id: str,
        function_id: str,
    ) -> Response[list[FunctionVersionResponse]]:
        """List published versions (snapshots) of a function

        `GET /api/projects/{project_id}/functions/{function_id}/versions`

        Args:
            project_id (str):
            function_id (str):

        Returns:
            Response[list[FunctionVersionResponse]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_function_versions.asyncio_detailed(
            project_id=project_id,
            function_id=function_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, project_id)
        return cast("Response[list[FunctionVersionResponse]]", response)


class ProjectFunctionsApi:
    """Operations tagged `functions`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
        "_detailed",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id
        self._detailed: ProjectFunctionsApiDetailed | None = None

    @property
    def detailed(self) -> "ProjectFunctionsApiDetailed":
        """The same operations, returning the full `Response` (status, headers, content, parsed)."""
        if self._detailed is None:
            self._detailed = ProjectFunctionsApiDetailed(self._client, self._project_id)
        return self._detailed

    async def list_functions(
        self,
    ) -> list[FunctionResponse]:
        """List serverless functions of a project

        `GET /api/projects/{project_id}/functions`

        Returns:
            list[FunctionResponse]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_functions.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        return cast(
            "list[FunctionResponse]", _bind(response.parsed, self._client, self._project_id)
        )

    async def create_function(
        self,
        *,
        body: CreateFunctionRequest,
    ) -> FunctionResponse:
        """Create a serverless function

        `POST /api/projects/{project_id}/functions`

        Args:
            body (CreateFunctionRequest): Create a function.

        Returns:
            FunctionResponse

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
        response = await _create_function.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        return cast("FunctionResponse", _bind(response.parsed, self._client, self._project_id))

    async def get_function_settings(
        self,
    ) -> FunctionSettingsResponse:
        """Read project-wide function settings (npm dependencies, environment variables)

        `GET /api/projects/{project_id}/functions/settings`

        Returns:
            FunctionSettingsResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_function_settings.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        return cast(
            "FunctionSettingsResponse", _bind(response.parsed, self._client, self._project_id)
        )

    async def update_function_settings(
        self,
        *,
        body: UpdateFunctionSettingsRequest,
    ) -> FunctionSettingsResponse:
        """Replace project-wide function settings

        `PUT /api/projects/{project_id}/functions/settings`

        Args:
            body (UpdateFunctionSettingsRequest): New project-wide function settings.

        Returns:
            FunctionSettingsResponse

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
        response = await _update_function_settings.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        return cast(
            "FunctionSettingsResponse", _bind(response.parsed, self._client, self._project_id)
        )

    async def get_function(
        self,
        function_id: str,
    ) -> FunctionResponse:
        """Get one serverless function

        `GET /api/projects/{project_id}/functions/{function_id}`

        Args:
            function_id (str):

        Returns:
            FunctionResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_function.asyncio_detailed(
            project_id=self._project_id,
            function_id=function_id,
            client=self._client,
        )
        return cast("FunctionResponse", _bind(response.parsed, self._client, self._project_id))

    async def delete_function(
        self,
        function_id: str,
    ) -> None:
        """Delete a serverless function

        `DELETE /api/projects/{project_id}/functions/{function_id}`

        Args:
            function_id (str):

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
        response = await _delete_function.asyncio_detailed(
            project_id=self._project_id,
            function_id=function_id,
            client=self._client,
        )
        return cast("None", response.parsed)

    async def update_function(
        self,
        function_id: str,
        *,
        body: UpdateFunctionRequest,
    ) -> FunctionResponse:
        """Update a function's draft code or name

        `PATCH /api/projects/{project_id}/functions/{function_id}`

        Args:
            function_id (str):
            body (UpdateFunctionRequest): Change a function's name or draft source.

        Returns:
            FunctionResponse

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
        response = await _update_function.asyncio_detailed(
            project_id=self._project_id,
            function_id=function_id,
            body=body,
            client=self._client,
        )
        return cast("FunctionResponse", _bind(response.parsed, self._client, self._project_id))

    async def publish_function(
        self,
        function_id: str,
    ) -> FunctionVersionResponse:
        """Publish a function: transpile, snapshot as a version and deploy to ODIN Fleet

        `POST /api/projects/{project_id}/functions/{function_id}/publish`

        Args:
            function_id (str):

        Returns:
            FunctionVersionResponse

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _publish_function.asyncio_detailed(
            project_id=self._project_id,
            function_id=function_id,
            client=self._client,
        )
        return cast(
            "FunctionVersionResponse", _bind(response.parsed, self._client, self._project_id)
        )

    async def list_function_versions(
        self,
        function_id: str,
    ) -> list[FunctionVersionResponse]:
        """List published versions (snapshots) of a function

        `GET /api/projects/{project_id}/functions/{function_id}/versions`

        Args:
            function_id (str):

        Returns:
            list[FunctionVersionResponse]

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_function_versions.asyncio_detailed(
            project_id=self._project_id,
            function_id=function_id,
            client=self._client,
        )
        return cast(
            "list[FunctionVersionResponse]", _bind(response.parsed, self._client, self._project_id)
        )


class ProjectFunctionsApiDetailed:
    """Detailed responses (status, headers, parsed) for `functions`, scoped to one project."""

    __slots__ = (
        "_client",
        "_project_id",
    )

    def __init__(self, client: ApiClient, project_id: str) -> None:
        self._client = client
        self._project_id = project_id

    async def list_functions(
        self,
    ) -> Response[list[FunctionResponse]]:
        """List serverless functions of a project

        `GET /api/projects/{project_id}/functions`

        Returns:
            Response[list[FunctionResponse]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_functions.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[list[FunctionResponse]]", response)

    async def create_function(
        self,
        *,
        body: CreateFunctionRequest,
    ) -> Response[FunctionResponse]:
        """Create a serverless function

        `POST /api/projects/{project_id}/functions`

        Args:
            body (CreateFunctionRequest): Create a function.

        Returns:
            Response[FunctionResponse]: status, headers, content and the parsed body.

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
        response = await _create_function.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[FunctionResponse]", response)

    async def get_function_settings(
        self,
    ) -> Response[FunctionSettingsResponse]:
        """Read project-wide function settings (npm dependencies, environment variables)

        `GET /api/projects/{project_id}/functions/settings`

        Returns:
            Response[FunctionSettingsResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_function_settings.asyncio_detailed(
            project_id=self._project_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[FunctionSettingsResponse]", response)

    async def update_function_settings(
        self,
        *,
        body: UpdateFunctionSettingsRequest,
    ) -> Response[FunctionSettingsResponse]:
        """Replace project-wide function settings

        `PUT /api/projects/{project_id}/functions/settings`

        Args:
            body (UpdateFunctionSettingsRequest): New project-wide function settings.

        Returns:
            Response[FunctionSettingsResponse]: status, headers, content and the parsed body.

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
        response = await _update_function_settings.asyncio_detailed(
            project_id=self._project_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[FunctionSettingsResponse]", response)

    async def get_function(
        self,
        function_id: str,
    ) -> Response[FunctionResponse]:
        """Get one serverless function

        `GET /api/projects/{project_id}/functions/{function_id}`

        Args:
            function_id (str):

        Returns:
            Response[FunctionResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _get_function.asyncio_detailed(
            project_id=self._project_id,
            function_id=function_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[FunctionResponse]", response)

    async def delete_function(
        self,
        function_id: str,
    ) -> Response[None]:
        """Delete a serverless function

        `DELETE /api/projects/{project_id}/functions/{function_id}`

        Args:
            function_id (str):

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
        response = await _delete_function.asyncio_detailed(
            project_id=self._project_id,
            function_id=function_id,
            client=self._client,
        )
        return cast("Response[None]", response)

    async def update_function(
        self,
        function_id: str,
        *,
        body: UpdateFunctionRequest,
    ) -> Response[FunctionResponse]:
        """Update a function's draft code or name

        `PATCH /api/projects/{project_id}/functions/{function_id}`

        Args:
            function_id (str):
            body (UpdateFunctionRequest): Change a function's name or draft source.

        Returns:
            Response[FunctionResponse]: status, headers, content and the parsed body.

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
        response = await _update_function.asyncio_detailed(
            project_id=self._project_id,
            function_id=function_id,
            body=body,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[FunctionResponse]", response)

    async def publish_function(
        self,
        function_id: str,
    ) -> Response[FunctionVersionResponse]:
        """Publish a function: transpile, snapshot as a version and deploy to ODIN Fleet

        `POST /api/projects/{project_id}/functions/{function_id}/publish`

        Args:
            function_id (str):

        Returns:
            Response[FunctionVersionResponse]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _publish_function.asyncio_detailed(
            project_id=self._project_id,
            function_id=function_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[FunctionVersionResponse]", response)

    async def list_function_versions(
        self,
        function_id: str,
    ) -> Response[list[FunctionVersionResponse]]:
        """List published versions (snapshots) of a function

        `GET /api/projects/{project_id}/functions/{function_id}/versions`

        Args:
            function_id (str):

        Returns:
            Response[list[FunctionVersionResponse]]: status, headers, content and the parsed body.

        Raises:
            cortex_client.AuthenticationError: 401, Credentials are missing or not valid
            cortex_client.PermissionDeniedError: 403, The credentials do not grant access to this project or resource
            cortex_client.NotFoundError: 404, The addressed resource does not exist
            cortex_client.RateLimitError: 429, Too many requests; the rate limit was reached
            cortex_client.APIStatusError: Any other non-2xx status, as its subclass (429 and 503 once the retries are spent).
            cortex_client.APIConnectionError: Nothing usable came back (cortex_client.APITimeoutError: the request or the deadline timed out).
            cortex_client.ResponseValidationError: A 2xx body the models cannot read.
        """
        response = await _list_function_versions.asyncio_detailed(
            project_id=self._project_id,
            function_id=function_id,
            client=self._client,
        )
        _bind(response.parsed, self._client, self._project_id)
        return cast("Response[list[FunctionVersionResponse]]", response)


__all__ = [
    "FunctionsApi",
    "FunctionsApiDetailed",
    "ProjectFunctionsApi",
    "ProjectFunctionsApiDetailed",
]
